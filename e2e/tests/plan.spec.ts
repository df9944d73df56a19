// The campaign planner (issue 5): brief, creators, comparison, recommendation, charts.
import { expect, test } from "@playwright/test";
import { CHARTS, Planner } from "../support/plan-page";

test.use({ locale: "en-US" });

test("the sources' example: 50k at 12% reaches 6,000 engaged people, 500k at 1% only 5,000", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  const micro = await plan.addCreator({ name: "Niche runner", followers: "50000", engagement: "12", price: "500" });
  const macro = await plan.addCreator({ name: "Big star", followers: "500000", engagement: "1", price: "5000" });
  await expect(micro).toHaveAttribute("data-net-reach", "6000");
  await expect(macro).toHaveAttribute("data-net-reach", "5000");
  await expect(micro).toHaveAttribute("data-tier", "micro");
  await expect(macro).toHaveAttribute("data-tier", "macro");
  await expect(micro.getByTestId("creator-net-reach")).toHaveText("6,000");
  plan.expectNoProblems();
});

test("for the same budget the micro swarm beats the single macro (the ten-micros example)", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("currency").selectOption("USD");
  await plan.testId("budget").fill("5000");
  const swarm = plan.testId("scenario-micro");
  const single = plan.testId("scenario-macro");
  await expect(swarm).toHaveAttribute("data-cost", /^[1-9]/);
  const swarmReach = await plan.number(swarm, "data-net-reach");
  const macroReach = await plan.number(single, "data-net-reach");
  expect(swarmReach).toBeGreaterThan(macroReach);
  expect(await plan.number(swarm, "data-cost")).toBeLessThanOrEqual(5000);
  expect(await plan.number(swarm, "data-cpm")).toBeLessThan(await plan.number(single, "data-cpm"));
  await expect(plan.testId("scenario-mix")).toHaveAttribute("data-net-reach", /\d/);
  await expect(plan.testId("break-even")).toContainText("%");
});

test("the recommendation follows the objective", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  const recommendation = plan.testId("recommendation");
  await expect(plan.testId("factor")).toHaveCount(9);
  const objectives = recommendation.locator('[data-factor="objectives"]');

  await plan.testId("objective").selectOption("awareness");
  await expect(objectives).toHaveAttribute("data-lean", /^[0-9.]+$/);
  const awarenessLean = await plan.number(objectives, "data-lean");
  const awarenessVerdict = await recommendation.getAttribute("data-verdict");

  await plan.testId("objective").selectOption("community");
  await expect.poll(() => plan.number(objectives, "data-lean")).toBeLessThan(0);
  expect(awarenessLean).toBeGreaterThan(0);
  const communityVerdict = await recommendation.getAttribute("data-verdict");
  expect(["micro", "macro", "mix"]).toContain(communityVerdict);
  // Community pulls towards micro: the verdict never moves towards macro.
  const order = { micro: 0, mix: 1, macro: 2 } as Record<string, number>;
  expect(order[communityVerdict!]).toBeLessThanOrEqual(order[awarenessVerdict!]);
});

test("every chart draws something and redraws when an input changes", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.addCreator({ followers: "20000", engagement: "4" });
  await plan.addCreator({ followers: "400000", engagement: "1.5" });
  const before: Record<string, string> = {};
  for (const chart of CHARTS) {
    const canvas = plan.testId(chart);
    await expect(canvas).toHaveAttribute("role", "img");
    await expect(canvas).toHaveAttribute("aria-label", /.{20,}/);
    const state = await plan.canvasState(chart);
    expect(state.colours, `${chart} is not blank`).toBeGreaterThan(5);
    before[chart] = state.url;
  }
  await plan.testId("budget").fill("12000");
  await plan.testId("objective").selectOption("community");
  await plan.rows().nth(0).getByTestId("creator-followers").fill("60000");
  for (const chart of CHARTS) {
    await expect.poll(async () => (await plan.canvasState(chart)).url, { message: `${chart} redraws` }).not.toBe(before[chart]);
  }
});

test("invalid input shows a message next to the field and keeps everything else", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("campaign-name").fill("Spring launch");
  const row = await plan.addCreator({ followers: "30000", engagement: "5" });
  const reachBefore = await plan.testId("scenario-micro").getAttribute("data-net-reach");

  await plan.testId("budget").fill("lots");
  await expect(plan.testId("budget-error")).toHaveText(/not a number/);
  await expect(plan.testId("budget")).toHaveAttribute("aria-invalid", "true");
  await expect(plan.testId("budget")).toHaveValue("lots");
  await expect(plan.testId("campaign-name")).toHaveValue("Spring launch");
  // The figures keep the last valid brief rather than going blank.
  await expect(plan.testId("scenario-micro")).toHaveAttribute("data-net-reach", reachBefore!);

  await row.getByTestId("creator-engagement").fill("140");
  await expect(row.getByTestId("creator-engagement-error")).toHaveText(/0 to 100/);
  await expect(row.getByTestId("creator-followers")).toHaveValue("30000");

  await plan.testId("budget").fill("7500");
  await expect(plan.testId("budget-error")).toHaveText("");
  await expect(plan.testId("budget")).not.toHaveAttribute("aria-invalid", "true");
});

test("creators can be reordered, removed and added from a tier", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.addCreator({ name: "First", followers: "5000" });
  await plan.addCreator({ name: "Second", followers: "2000000" });
  await plan.rows().nth(1).getByTestId("creator-up").click();
  await expect(plan.rows().nth(0).getByTestId("creator-name")).toHaveValue("Second");
  await expect(plan.rows().nth(0)).toHaveAttribute("data-tier", "mega");
  await plan.rows().nth(0).getByTestId("creator-remove").click();
  await expect(plan.rows()).toHaveCount(1);
  await plan.testId("quick-add-tier").selectOption("nano");
  await plan.testId("quick-add").click();
  await expect(plan.rows().nth(1)).toHaveAttribute("data-tier", "nano");
  await expect(plan.rows().nth(1)).toHaveAttribute("data-net-reach", /^[1-9]/);
});

test("the benchmarks panel shows each value's source, and an edit changes the figures", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("quick-add").click(); // a typical micro creator, engagement from the benchmark
  const row = plan.rows().nth(0);
  const reachBefore = await plan.number(row, "data-net-reach");
  await plan.testId("defaults-panel").locator("summary").click();
  const cell = plan.testId("default-engagement-instagram-micro");
  await expect(cell).toBeVisible();
  const source = page.locator("#default-engagement-instagram-micro-source");
  await expect(source).toContainText("Modash");
  await plan.expectAccessible("benchmarks panel");

  await cell.fill("5");
  await expect(source).toHaveText("your value");
  await expect.poll(() => plan.number(row, "data-net-reach")).not.toBe(reachBefore);
  const followers = Number(await row.getByTestId("creator-followers").inputValue());
  await expect(row).toHaveAttribute("data-net-reach", String(Math.round(followers * 0.05 * 1e6) / 1e6));

  await cell.fill("150");
  await expect(cell).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#default-engagement-instagram-micro-error")).toHaveText(/0 to 100/);
  await expect.poll(() => plan.number(row, "data-net-reach")).toBeCloseTo(followers * 0.05, 3);

  await plan.testId("defaults-reset").click();
  await expect(source).toContainText("Modash");
  await expect(row).toHaveAttribute("data-net-reach", String(reachBefore));
});

test("Dutch: numbers are written and read the Dutch way", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start("nl");
  const row = await plan.addCreator({ followers: "50.000", engagement: "12,5" });
  await expect(row).toHaveAttribute("data-net-reach", "6250");
  await expect(row.getByTestId("creator-net-reach")).toHaveText("6.250");

  // Switching the language rewrites the typed numbers, never their values.
  await plan.testId("lang-en").click();
  await expect(row.getByTestId("creator-followers")).toHaveValue("50000");
  await expect(row.getByTestId("creator-engagement")).toHaveValue("12.5");
  await expect(row).toHaveAttribute("data-net-reach", "6250");
  await expect(row.getByTestId("creator-net-reach")).toHaveText("6,250");
});

for (const lang of ["en", "nl"]) {
  test(`accessible, and screenshots (${lang})`, async ({ page }) => {
    const plan = new Planner(page);
    await plan.start(lang);
    await plan.addCreator({ name: "Local foodie", followers: lang === "en" ? "35000" : "35.000", engagement: "6" });
    await plan.testId("quick-add").click();
    await plan.testId("quick-add-tier").selectOption("macro");
    await plan.testId("quick-add").click();
    await plan.expectAccessible(`planner (${lang})`);
    await plan.screenshot(`plan-${lang}`);
    await plan.testId("charts").screenshot({ path: `e2e/artifacts/plan-charts-${lang}.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await plan.screenshot(`plan-${lang}-phone`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("with 100 creators the charts redraw within a frame of an edit (measured)", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  for (let i = 0; i < 100; i++) await plan.testId("quick-add").click();
  await expect(plan.rows()).toHaveCount(100);
  const samples: number[] = [];
  for (const budget of ["6000", "7000", "8000", "9000", "10000"]) {
    await plan.testId("budget").fill(budget);
    await expect(plan.testId("charts")).toHaveAttribute("data-redraw-ms", /\d/);
    samples.push(Number(await plan.testId("charts").getAttribute("data-redraw-ms")));
  }
  samples.sort((a, b) => a - b);
  console.log(`redraw after an edit with 100 creators: median ${samples[2]} ms, max ${samples[4]} ms (${samples.join(", ")})`);
  expect(samples.every((ms) => ms > 0)).toBe(true);
});
