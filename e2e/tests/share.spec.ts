// Share links: a checklist result travels in
// the URL fragment and opens the same in a fresh browser; a broken link gets a
// clear message and the app keeps working.
import { expect, test } from "@playwright/test";
import { ChecklistGame } from "../support/checklist-page";

test.use({ locale: "en-US" });

async function finishedGameLink(game: ChecklistGame, answers: ("a" | "b")[]) {
  await game.start();
  await game.play(answers);
  await expect(game.verdict()).toBeVisible();
  await game.testId("share-result").click();
  const url = await game.testId("share-url").inputValue();
  expect(url).toMatch(/\/micromacro\/#\/s\/k1\.[A-Za-z0-9_-]+$/);
  return url;
}

test("a shared result opens the same in a fresh browser and can be kept", async ({ page, browser }) => {
  const game = new ChecklistGame(page);
  await game.start();
  const total = await game.total();
  const answers = Array.from({ length: total }, (_, i) => (i < total - 4 ? "b" : "a")) as ("a" | "b")[];
  const url = await finishedGameLink(game, answers);
  expect(url.length).toBeLessThan(2000);
  const verdict = await game.verdict().getAttribute("data-verdict");

  const context = await browser.newContext({ locale: "nl-NL" });
  const other = new ChecklistGame(await context.newPage());
  await other.page.goto(url);
  await other.ready();
  await expect(other.testId("page-shared")).toBeVisible();
  await expect(other.verdict()).toHaveAttribute("data-verdict", verdict!);
  await expect(other.verdict()).toHaveAttribute("data-b", String(total - 4));
  await expect(other.verdict()).toHaveAttribute("data-a", "4");
  // The recipient reads it in their own language.
  await expect(other.page.locator("html")).toHaveAttribute("lang", "nl");

  await other.testId("save-copy").click();
  await expect(other.testId("save-copy")).toBeDisabled();
  await other.testId("nav-checklist").click();
  await expect(other.verdict()).toHaveAttribute("data-verdict", verdict!);
  other.expectNoProblems();
  await context.close();
});

test("keeping a shared result asks before replacing the player's own game", async ({ page }) => {
  const game = new ChecklistGame(page);
  const url = await finishedGameLink(game, Array(15).fill("a"));
  await game.testId("restart").click();
  await game.play(["b", "b"]); // an own game in progress
  let asked = "";
  page.once("dialog", async (dialog) => {
    asked = dialog.message();
    await dialog.dismiss();
  });
  await page.goto(url);
  await game.testId("save-copy").click();
  await expect.poll(() => asked).toContain("Replace your own checklist answers");
  await game.testId("nav-checklist").click();
  await expect(game.testId("progress")).toHaveAttribute("data-answered", "2");
});

test("every kind of broken link gets a clear message and the app keeps working", async ({ page }) => {
  const game = new ChecklistGame(page);
  const url = await finishedGameLink(game, Array(15).fill("b"));
  const cut = url.slice(0, url.length - 12);
  const cases: [string, RegExp][] = [
    ["./#/s/", /no data/],
    ["./#/s/hello-there", /not a Micro·Macro share link/],
    ["./#/s/k7.AAAA", /newer version/],
    ["./#/s/c9.AAAA", /newer version/],
    ["./#/s/c1.AAAA", /damaged or incomplete/],
    [cut, /damaged or incomplete/],
    [`./#/s/k1.${"A".repeat(17000)}`, /longer than a Micro·Macro link/],
  ];
  for (const [href, message] of cases) {
    await page.goto(href);
    await game.ready();
    const notice = game.testId("notice");
    await expect(notice).toHaveAttribute("data-kind", "error");
    await expect(notice).toContainText(message);
    await game.expectAccessible(`broken link ${href.slice(0, 40)}`);
  }
  // The app still works, and nothing of the player's was touched.
  await game.testId("nav-checklist").click();
  await expect(game.verdict()).toHaveAttribute("data-verdict", "macro");
  game.expectNoProblems();
});

test("text from the address is shown as text, never run", async ({ page }) => {
  const game = new ChecklistGame(page);
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto("./#/<img src=x onerror=alert(1)>");
  await game.ready();
  await expect(game.testId("page-not-found")).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator("main img")).toHaveCount(0);
  await page.goto("./#/s/<img src=x onerror=alert(2)>");
  await expect(game.testId("notice")).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toBe(0);
});
