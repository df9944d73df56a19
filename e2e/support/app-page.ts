// Page object for the app shell: opening pages by hash route, the hooks of
// docs/test-hooks.md, and the problems a page must not have (console errors,
// failed requests, CSP violations).
import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";

export const ARTIFACTS = "e2e/artifacts";

export class AppPage {
  readonly problems: string[] = [];

  constructor(readonly page: Page) {
    page.on("console", (msg) => {
      if (msg.type() === "error") this.problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => this.problems.push(`page error: ${err.message}`));
    page.on("response", (res) => {
      if (res.status() >= 400) this.problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on("requestfailed", (req) => {
      // The browser's own request for the favicon is dropped when a test reloads the page
      // while it is still on its way (seen once in CI, after a save and a reload): that is the
      // browser's doing, not the page's. Any other failed request is a problem.
      const favicon = /\/favicon[-.][^/]*$/.test(new URL(req.url()).pathname);
      if (favicon && req.failure()?.errorText === "net::ERR_ABORTED") return;
      this.problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? "?"})`);
    });
  }

  /** Records CSP violations in the page, before any of its scripts run. */
  async watchCsp() {
    await this.page.addInitScript(() => {
      (window as any).__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as any).__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as any).__cspViolations ?? []);
  }

  /** Opens `path` (relative to the sub-path, e.g. "./#/plan") and waits for the app. */
  async open(path = "./") {
    await this.page.goto(path);
    await this.ready();
  }

  async ready() {
    await expect(this.page.getByTestId("app-ready")).toBeVisible();
    // Long pages mount in steps (src/ui/staged.rs); read them once every step is in.
    await expect(this.page.locator("[data-mounting]")).toHaveCount(0);
  }

  testId(id: string) {
    return this.page.getByTestId(id);
  }

  /** Fails on serious or critical accessibility violations; returns all of them. */
  async expectAccessible(label: string) {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, `axe violations on ${label}`).toEqual([]);
    return results.violations;
  }

  async screenshot(name: string) {
    mkdirSync(ARTIFACTS, { recursive: true });
    // Sections with `content-visibility: auto` are painted only near the screen; a picture
    // of the whole page needs all of them painted.
    await this.page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>("body *")) {
        if (getComputedStyle(el).contentVisibility === "auto") el.style.contentVisibility = "visible";
      }
    });
    await this.page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  }

  expectNoProblems() {
    expect(this.problems).toEqual([]);
  }
}
