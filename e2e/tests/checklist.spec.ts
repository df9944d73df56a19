// The checklist game: A leans micro, B leans macro, balanced is a mix.
import { expect, test } from "@playwright/test";
import { ChecklistGame } from "../support/checklist-page";

test.use({ locale: "en-US" });

const repeat = (answer: "a" | "b", n: number) => Array.from({ length: n }, () => answer);

test("all A answers end in micro", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  const total = await game.total();
  expect(total).toBeGreaterThanOrEqual(12);
  await game.play(repeat("a", total));
  await expect(game.verdict()).toHaveAttribute("data-verdict", "micro");
  await expect(game.verdict()).toHaveAttribute("data-a", String(total));
  await expect(game.verdict()).toHaveAttribute("data-b", "0");
  await expect(game.testId("factor-lean")).toHaveCount(9);
  await expect(game.testId("verdict")).toContainText(`A ${total} times`);
  game.expectNoProblems();
});

test("all B answers end in macro", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  await game.play(repeat("b", await game.total()));
  await expect(game.verdict()).toHaveAttribute("data-verdict", "macro");
});

test("alternating answers end in a mix", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  const total = await game.total();
  await game.play(Array.from({ length: total }, (_, i) => (i % 2 === 0 ? "a" : "b")));
  await expect(game.verdict()).toHaveAttribute("data-verdict", "mix");
  await expect(game.verdict()).toHaveAttribute("data-a", String(Math.ceil(total / 2)));
});

test("progress and the meter follow the answers", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  const progress = game.testId("progress");
  await expect(progress).toHaveAttribute("data-answered", "0");
  await expect(game.testId("question")).toHaveAttribute("data-index", "0");
  await game.answer("a");
  await expect(progress).toHaveAttribute("data-answered", "1");
  await expect(game.testId("question")).toHaveAttribute("data-index", "1");
  await expect(game.testId("lean-meter")).toHaveAttribute("data-lean", "-1");
  await game.answer("b");
  await expect(game.testId("lean-meter")).toHaveAttribute("data-lean", "0");
});

test("back and change an answer", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  const total = await game.total();
  await game.play(repeat("a", total));
  await expect(game.verdict()).toHaveAttribute("data-verdict", "micro");

  await game.testId("change").click();
  await expect(game.testId("question")).toHaveAttribute("data-index", String(total - 1));
  await expect(game.testId("answer-a")).toHaveAttribute("aria-pressed", "true");
  await game.testId("back").click();
  await expect(game.testId("question")).toHaveAttribute("data-index", String(total - 2));
  await game.answer("b");
  await game.testId("forward").click();
  await expect(game.verdict()).toHaveAttribute("data-b", "1");
  await expect(game.verdict()).toHaveAttribute("data-a", String(total - 1));

  await game.testId("restart").click();
  await expect(game.testId("progress")).toHaveAttribute("data-answered", "0");
  await expect(game.testId("question")).toHaveAttribute("data-index", "0");
});

test("the keyboard alone plays to a verdict", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  const total = await game.total();
  await page.keyboard.press("b");
  await expect(game.testId("progress")).toHaveAttribute("data-answered", "1");
  await page.keyboard.press("ArrowLeft");
  await expect(game.testId("question")).toHaveAttribute("data-index", "0");
  await page.keyboard.press("1"); // change the first answer to A
  await expect(game.testId("question")).toHaveAttribute("data-index", "1");
  for (let i = 1; i < total; i++) {
    await page.keyboard.press(i % 3 === 0 ? "2" : "a");
    await expect(game.testId("progress")).toHaveAttribute("data-answered", String(i + 1));
  }
  await expect(game.verdict()).toBeVisible();
  // The verdict takes the focus, so a screen reader announces it.
  await expect(page.locator("#verdict-title")).toBeFocused();
  // Tab reaches the result's buttons; Enter on "restart" starts over.
  const restart = game.testId("restart");
  for (let i = 0; i < 10 && !(await restart.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(restart).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(game.testId("question")).toHaveAttribute("data-index", "0");

  // Tab and Enter on an answer button work too.
  await game.testId("answer-b").focus();
  await page.keyboard.press("Enter");
  await expect(game.testId("progress")).toHaveAttribute("data-answered", "1");
});

test("a reload mid-game keeps the answers and the place", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  await game.play(["a", "b", "b", "a"]);
  await page.reload();
  await game.ready();
  await expect(game.testId("progress")).toHaveAttribute("data-answered", "4");
  await expect(game.testId("question")).toHaveAttribute("data-index", "4");
  await expect(game.testId("lean-meter")).toHaveAttribute("data-lean", "0");
  await game.testId("back").click();
  await expect(game.testId("answer-a")).toHaveAttribute("aria-pressed", "true");
});

test("the last result is kept across visits", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  await game.play(repeat("b", await game.total()));
  await page.goto("./#/");
  await game.ready();
  await game.testId("nav-checklist").click();
  await expect(game.verdict()).toHaveAttribute("data-verdict", "macro");
});

test("an unreadable saved game is set aside with a notice, never lost", async ({ page }) => {
  const game = new ChecklistGame(page);
  await page.goto("./");
  await game.ready();
  await page.evaluate(() => localStorage.setItem("micromacro:checklist", "{not json"));
  await page.goto("./#/checklist");
  await expect(game.testId("notice")).toHaveAttribute("data-kind", "error");
  await expect(game.testId("question")).toHaveAttribute("data-index", "0");
  const aside = await page.evaluate(() => localStorage.getItem("micromacro:checklist:unreadable"));
  expect(aside).toBe("{not json");
});

test("'turn this into a plan' opens the planner with the brief filled in from the answers", async ({ page }) => {
  const game = new ChecklistGame(page);
  await game.start();
  await game.play(repeat("a", await game.total()));
  await game.testId("to-plan").click();
  await expect(game.testId("page-plan")).toBeVisible();
  expect(new URL(page.url()).hash).toBe("#/plan");
  await expect(game.testId("prefilled")).toBeVisible();
  // All A: community over awareness, a team that can manage many creators,
  // reusable content, a long horizon, low risk, authentic content.
  await expect(game.testId("objective")).toHaveValue("community");
  await expect(game.testId("capacity")).toHaveValue("40");
  await expect(game.testId("horizon")).toHaveValue("26");
  await expect(game.testId("usage-rights")).toBeChecked();
  await expect(game.testId("risk-tolerance")).toHaveValue("low");
  await expect(game.testId("content-style")).toHaveValue("authentic");
  await expect(game.testId("recommendation")).toHaveAttribute("data-verdict", /micro|mix/);

  // All B gives the other brief.
  await game.testId("nav-checklist").click();
  await game.testId("restart").click();
  await game.play(repeat("b", await game.total()));
  await game.testId("to-plan").click();
  await expect(game.testId("objective")).toHaveValue("awareness");
  await expect(game.testId("horizon")).toHaveValue("4");
  await expect(game.testId("usage-rights")).not.toBeChecked();
});

for (const lang of ["en", "nl"]) {
  test(`question and result screens: accessible, and screenshots (${lang})`, async ({ page }) => {
    const game = new ChecklistGame(page);
    await game.open(`./?lang=${lang}#/checklist`);
    await game.play(["a", "b", "a"]);
    await game.expectAccessible(`question screen (${lang})`);
    await game.screenshot(`checklist-question-${lang}`);
    const total = await game.total();
    await game.play(Array.from({ length: total - 3 }, (_, i) => (i % 4 === 0 ? "b" : "a")));
    await expect(game.verdict()).toBeVisible();
    await game.expectAccessible(`result screen (${lang})`);
    await game.screenshot(`checklist-result-${lang}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await game.screenshot(`checklist-result-${lang}-phone`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
