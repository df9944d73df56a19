// Offline: a second deploy replaces the first one's cache, end to end.
// The first deploy is the release build in dist/; the second is a copy of it with one
// file changed and its worker written again by the build's own hook
// (scripts/service_worker.py), as `make dist` would after a change.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const PORT = 4181;
const BASE = "/micromacro/";

/** Serves `root` like the test server does; resolves once it listens. */
function serve(root: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn("node", ["e2e/serve.mjs", "--root", root, "--base", BASE, "--port", String(PORT)]);
    server.stdout!.once("data", () => resolve(server));
    server.once("error", reject);
  });
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill();
  });
}

const cacheNames = (page: import("@playwright/test").Page) =>
  page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("micromacro-")).sort());

test("a new deploy installs beside the old one, offers a reload, and then replaces the old cache", async ({ browser }) => {
  const root = mkdtempSync(join(tmpdir(), "micromacro-deploy-"));
  cpSync("dist", root, { recursive: true });
  let server = await serve(root);
  const context = await browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${BASE}`);
    await expect(page.getByTestId("app-ready")).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect(page.getByTestId("app-ready")).toBeVisible();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const first = await cacheNames(page);
    expect(first).toHaveLength(1);
    await expect(page.getByTestId("update-ready")).toHaveCount(0);

    // Deploy a new version: the page changes (it holds the style sheet), the build hook
    // writes the worker again.
    const changed = "index.html";
    writeFileSync(join(root, changed), `${readFileSync(join(root, changed), "utf8")}\n<!-- the second deploy -->\n`);
    cpSync("assets/sw.js", join(root, "sw.js"));
    execFileSync("python3", ["scripts/service_worker.py"], { env: { ...process.env, TRUNK_STAGING_DIR: root } });
    const second = readFileSync(join(root, "sw.js"), "utf8").match(/micromacro-[0-9a-f]{16}/)![0];
    expect(second).not.toBe(first[0]);
    await stop(server);
    server = await serve(root);

    // The page finds the new worker, which waits while the old one still serves the page.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    await expect(page.getByTestId("update-ready")).toBeVisible();
    expect(await cacheNames(page)).toEqual([first[0], second].sort());

    // Accepted: the new worker takes over, the page reloads, and only the new cache is left.
    // The old page stays on screen until the new worker takes control, so wait for the
    // reload itself before reading anything from the page (an evaluate would race it).
    const reloaded = page.waitForEvent("load");
    await page.getByTestId("update-reload").click();
    await reloaded;
    await expect(page.getByTestId("app-ready")).toBeVisible();
    await expect.poll(() => cacheNames(page)).toEqual([second]);
    const cached = await page.evaluate(async (name) => {
      const hit = await caches.match(`./${name}`);
      return hit ? hit.text() : "";
    }, changed);
    expect(cached).toContain("the second deploy");
    await expect(page.getByTestId("update-ready")).toHaveCount(0);
  } finally {
    await context.close();
    await stop(server);
    rmSync(root, { recursive: true, force: true });
  }
});
