// The campaign planner: brief, creators, comparison, recommendation, charts.
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

test("the ten-micros example, from the creators typed in: 25,000 engaged versus 12,000, verdict micro", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.ownCreatorsOnly();
  await plan.testId("currency").selectOption("USD");
  await plan.testId("budget").fill("5000");
  await plan.testId("capacity").fill("100");
  await plan.testId("objective").selectOption("community");
  await plan.addTenMicros();
  await plan.addCreator({ name: "Macro", followers: "400000", engagement: "3", price: "5000" });
  const micro = plan.testId("scenario-micro");
  const macro = plan.testId("scenario-macro");
  await expect(micro).toHaveAttribute("data-net-reach", "25000");
  await expect(micro).toHaveAttribute("data-creators", "10");
  await expect(micro).toHaveAttribute("data-spent", "5000");
  await expect(macro).toHaveAttribute("data-net-reach", "12000");
  await expect(macro).toHaveAttribute("data-creators", "1");
  expect(await plan.number(micro, "data-cpm")).toBeLessThan(await plan.number(macro, "data-cpm"));
  // The best plan is the ten micros; the verdict is its split.
  const recommendation = plan.testId("recommendation");
  await expect(recommendation).toHaveAttribute("data-verdict", "micro");
  await expect(recommendation).toHaveAttribute("data-state", "ok");
  await expect(recommendation).toHaveAttribute("data-micro-share", "1");
  await expect(plan.testId("scenario-mix").getByTestId("plan-creator")).toHaveCount(10);
  await expect(plan.testId("scenario-mix").getByTestId("plan-typical")).toHaveCount(0);
  await expect(plan.testId("plan-bound")).toHaveAttribute("data-bound", /^(0\.9\d*|1)$/);
  await expect(plan.rows().nth(0).getByTestId("creator-in-plan")).toBeVisible();
  await expect(plan.rows().nth(10).getByTestId("creator-in-plan")).toHaveCount(0);
  plan.expectNoProblems();
});

test("calcbee's case: $83.33 versus $38.10 per conversion, with revenue and ROI from order value and margin", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.ownCreatorsOnly();
  await plan.testId("currency").selectOption("USD");
  await plan.testId("budget").fill("10000");
  await plan.testId("capacity").fill("100");
  // calcbee counts no team time: its profit is orders' gross profit minus fees.
  await plan.testId("hourly-cost").fill("0");
  await plan.testId("objective").selectOption("conversion");
  await plan.addCreator({ name: "Star", followers: "1250000", engagement: "1.2", price: "10000", conversion: "0.8" });
  for (let i = 1; i <= 10; i++) {
    await plan.addCreator({ name: `Niche ${i}`, followers: "50000", engagement: "3.5", price: "1000", conversion: "1.5" });
  }
  const micro = plan.testId("scenario-micro");
  const macro = plan.testId("scenario-macro");
  await expect(macro).toHaveAttribute("data-cpa", "83.33");
  await expect(micro).toHaveAttribute("data-cpa", "38.1");
  expect(await plan.number(macro, "data-conversions")).toBeCloseTo(120, 6);
  expect(await plan.number(micro, "data-conversions")).toBeCloseTo(262.5, 6);
  await expect(plan.testId("recommendation")).toHaveAttribute("data-verdict", "micro");
  // Order value and margin bring revenue, profit and ROI (and the value becomes money).
  await expect(micro).not.toContainText("ROI");
  await plan.testId("aov").fill("80");
  await plan.testId("margin").fill("50");
  await expect(micro).toContainText("ROI");
  // 262.5 conversions × $80 × 50 % = $10,500 gross profit, minus $10,000 of fees.
  await expect(micro).toContainText("$500");
  await plan.testId("margin").fill("150");
  await expect(plan.testId("margin-error")).toHaveText(/0 to 100/);
});

test("at real budgets the macro side spends the budget and the verdict is read from the best plan", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("geography").selectOption("international");
  await plan.testId("budget").fill("500000");
  const recommendation = plan.testId("recommendation");
  const macro = plan.testId("scenario-macro");
  // The macro side hires several creators, not one fee (engine review: €9,259 of €500,000).
  await expect.poll(() => plan.number(macro, "data-creators")).toBeGreaterThan(1);
  expect(await plan.number(macro, "data-spent")).toBeGreaterThan(50000);
  await expect(macro.getByTestId("plan-typical").first()).toBeVisible();
  const share = await plan.number(recommendation, "data-micro-share");
  const verdict = await recommendation.getAttribute("data-verdict");
  expect(verdict).toBe(share >= 2 / 3 ? "micro" : share <= 1 / 3 ? "macro" : "mix");
  // With no limit on the team's hours, what a plan leaves is explained by the market.
  await expect(plan.testId("scenario-mix")).toHaveAttribute("data-unspent-reason", /^(none|supply|saturation|worth)$/);
  expect(await plan.number(plan.testId("scenario-mix"), "data-hours")).toBeGreaterThan(0);
  // A team that limits its hours to 40: a half-million budget goes to a few big names, and
  // what is left is the hours' doing.
  await plan.testId("capacity").fill("40");
  await expect(plan.testId("scenario-mix")).toHaveAttribute("data-unspent-reason", "hours");
  await expect(recommendation).toHaveAttribute("data-verdict", "macro");
  await expect(plan.testId("scenario-mix").getByTestId("unspent")).toHaveAttribute("data-limit", "hours");
  // The split shown is that plan's split.
  const split = plan.testId("budget-split");
  const spent = await plan.number(plan.testId("scenario-mix"), "data-spent");
  expect((await plan.number(split, "data-micro")) + (await plan.number(split, "data-macro"))).toBeCloseTo(spent, 0);

  // A budget that buys nobody is "too small", not a verdict.
  await plan.testId("budget").fill("5");
  await expect(recommendation).toHaveAttribute("data-state", "too-small");
  await expect(recommendation).toHaveAttribute("data-verdict", "");
  await expect(plan.testId("plan-bound")).toHaveCount(0);
  plan.expectNoProblems();
});

test("a small roster's best plan is searched to the end and said to be proven", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.ownCreatorsOnly();
  await plan.testId("budget").fill("1050");
  await plan.testId("capacity").fill("100");
  // Anna reaches the most per euro, so a greedy plan takes her first; then neither of the
  // others fits. Bo and Cas together reach more, and leave 50 euros that nobody fits in.
  await plan.addCreator({ name: "Anna", followers: "60000", engagement: "5", price: "600" });
  await plan.addCreator({ name: "Bo", followers: "49000", engagement: "5", price: "500" });
  await plan.addCreator({ name: "Cas", followers: "49000", engagement: "5", price: "500" });
  const free = plan.testId("scenario-mix");
  await expect(free.getByTestId("plan-creator")).toHaveCount(2);
  await expect(free.getByTestId("plan-creator").filter({ hasText: "Anna" })).toHaveCount(0);
  const bound = plan.testId("plan-bound");
  await expect(bound).toHaveAttribute("data-proven", "true");
  await expect(bound).toHaveAttribute("data-bound", "1");
  await expect(bound).toContainText("complete search");
  await plan.testId("show-math").locator("summary").click();
  await expect(plan.testId("show-math")).toContainText("branch-and-bound");
  plan.expectNoProblems();
});

test("the nine factors explain the best plan, and the objective changes it", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  const recommendation = plan.testId("recommendation");
  await expect(plan.testId("factor")).toHaveCount(9);
  for (const f of await plan.testId("factor").all()) {
    await expect(f).toHaveAttribute("data-lean", /^-?[0-9.e-]+$/);
    await expect(f).toHaveAttribute("data-direction", /^(micro|macro|none|inactive)$/);
    expect(Math.abs(await plan.number(f, "data-lean"))).toBeLessThanOrEqual(1);
  }
  // Awareness counts people reached, not engagement: that factor cannot act.
  await expect(recommendation.locator('[data-factor="engagement"]')).toHaveAttribute("data-direction", "inactive");
  await plan.testId("objective").selectOption("community");
  await expect(recommendation.locator('[data-factor="engagement"]')).not.toHaveAttribute("data-direction", "inactive");
  // The formula behind the value is on the page, with its inputs.
  await plan.testId("show-math").locator("summary").click();
  // The audience universe: the Netherlands' 11.9M Instagram users in a focused niche (13.8 %).
  await expect(plan.testId("show-math")).toContainText("1,642,200");
  await expect(plan.testId("show-math")).toContainText("Minter");
});

test("pinned creators are always in the best plan, excluded ones never", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  const pricey = await plan.addCreator({ name: "Pricey", followers: "20000", engagement: "0.5", price: "2000", choice: "pinned" });
  // Cheap and large for a micro creator: the best plan wants it as soon as it may.
  const great = await plan.addCreator({ name: "Great", followers: "95000", engagement: "6", price: "100", choice: "excluded" });
  const free = plan.testId("scenario-mix");
  await expect(free.getByTestId("plan-creator").filter({ hasText: "Pricey" })).toHaveCount(1);
  await expect(free.getByTestId("plan-creator").filter({ hasText: "Great" })).toHaveCount(0);
  await expect(pricey.getByTestId("creator-in-plan")).toBeVisible();
  await great.getByTestId("creator-choice").selectOption("open");
  await expect(free.getByTestId("plan-creator").filter({ hasText: "Great" })).toHaveCount(1);
  // Without the market and without creators there is nothing to choose from.
  await plan.ownCreatorsOnly();
  await pricey.getByTestId("creator-remove").click();
  await plan.rows().nth(0).getByTestId("creator-remove").click();
  await expect(plan.testId("recommendation")).toHaveAttribute("data-state", "empty");
});

test("ranges, confidence and what moves the verdict arrive without blocking input (measured)", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  // A creator whose engagement comes from the benchmarks.
  const benchmarked = await plan.addCreator({ name: "@benchmarked", followers: "40000", price: "400" });
  // Long tasks (over 50 ms) on the main thread while the ranges fill in after an edit.
  await page.evaluate(() => {
    (window as any).__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as any).__longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  const started = await page.evaluate(() => performance.now());
  await plan.testId("budget").fill("20000");
  const recommendation = plan.testId("recommendation");
  await expect(plan.testId("ranges-note")).toHaveAttribute("data-samples", "200", { timeout: 15000 });
  // One row per uncertain assumption (12, the market's supply and availability among them).
  await expect(plan.testId("sensitivity-row")).toHaveCount(12, { timeout: 15000 });
  const finished = await page.evaluate(() => performance.now());
  const longTasks: number[] = await page.evaluate(() => (window as any).__longTasks);
  console.log(
    `ranges (200 worlds) and the tornado after an edit: ${Math.round(finished - started)} ms; ` +
      `long tasks meanwhile: ${longTasks.length ? longTasks.map(Math.round).join(", ") + " ms" : "none"}`,
  );
  // Confidence is the share of worlds with the same verdict.
  const confidence = await plan.number(recommendation, "data-confidence");
  expect(confidence).toBeGreaterThanOrEqual(0);
  expect(confidence).toBeLessThanOrEqual(1);
  await expect(plan.testId("confidence")).toContainText("%");
  // Every plan's net reach sits inside its P10–P90 range.
  for (const id of ["scenario-micro", "scenario-macro", "scenario-mix"]) {
    const card = plan.testId(id);
    const low = await plan.number(card, "data-net-reach-low");
    const mid = await plan.number(card, "data-net-reach");
    const high = await plan.number(card, "data-net-reach-high");
    expect(low).toBeLessThanOrEqual(mid);
    expect(mid).toBeLessThanOrEqual(high);
  }
  // The creator row's net reach has its own range, from the same worlds, shown beside it.
  const rowLow = await plan.number(benchmarked, "data-net-reach-low");
  const rowMid = await plan.number(benchmarked, "data-net-reach");
  const rowHigh = await plan.number(benchmarked, "data-net-reach-high");
  expect(rowLow).toBeLessThan(rowHigh);
  expect(rowLow).toBeLessThanOrEqual(rowMid);
  expect(rowMid).toBeLessThanOrEqual(rowHigh);
  await expect(benchmarked.getByTestId("creator-net-reach-range")).toHaveText(/^\([\d,]+–[\d,]+\)$/);
  // The tornado lists the largest swing first.
  const swings = await plan.testId("sensitivity-row").evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-swing"))));
  expect(swings.every((s, i) => i === 0 || swings[i - 1] >= s)).toBe(true);
  const state = await plan.canvasState("chart-sensitivity");
  expect(state.colours).toBeGreaterThan(5);
  // The charts carry the same ranges: each plan's value at the budget, and the best plan's
  // value so far by week, written beside the figures in the charts' data tables.
  // A table is built when its disclosure is opened (by keyboard here).
  for (const chart of ["chart-budget-curves", "chart-value-time"]) {
    const figure = page.locator("figure", { has: plan.testId(chart) });
    await expect(figure.locator("table")).toHaveCount(0);
    await figure.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(figure.locator("tbody"), `${chart} has ranges`).toContainText(/\([\d,.]+–[\d,.]+\)/);
  }
  plan.expectNoProblems();
});

test("every headline figure opens to its formula, its inputs and their sources", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.ownCreatorsOnly();
  await plan.addCreator({ name: "Niche runner", followers: "50000", engagement: "12", price: "500" });
  await plan.addCreator({ name: "@benchmarked", followers: "40000", price: "400" });
  const best = plan.testId("scenario-mix");
  await expect(best.getByTestId("plan-creator")).toHaveCount(2);
  // Every figure row has its "How?" button, closed until asked.
  const buttons = best.getByTestId("figure-math-open");
  expect(await buttons.count()).toBeGreaterThanOrEqual(10);
  await expect(best.getByTestId("figure-math")).toHaveCount(0);
  const netReach = best.locator('[data-testid="figure-math-open"][data-figure="net_reach"]');
  await expect(netReach).toHaveAttribute("aria-expanded", "false");
  // By keyboard: focus and press Enter.
  await netReach.focus();
  await page.keyboard.press("Enter");
  await expect(netReach).toHaveAttribute("aria-expanded", "true");
  const math = best.locator('[data-testid="figure-math"][data-figure="net_reach"]');
  await expect(math).toBeVisible();
  await expect(netReach).toHaveAttribute("aria-controls", (await math.getAttribute("id"))!);
  // The terms are the hires' own inputs; the total is the figure on the card.
  await expect(math).toContainText("Niche runner: 50,000 × 12.00% = 6,000");
  const total = Number(await best.getAttribute("data-net-reach"));
  await expect(math).toContainText(`= ${Math.round(total).toLocaleString("en-US")}`);
  // The creator without an engagement rate uses the benchmark, and the source is named.
  await expect(math).toContainText("@benchmarked: 40,000 ×");
  await expect(math).toContainText("Modash");
  // An edit keeps the math open and updates it.
  await plan.rows().nth(0).getByTestId("creator-followers").fill("60000");
  await expect(math).toContainText("Niche runner: 60,000 × 12.00% = 7,200");
  // Costs per result show their division with the figures filled in.
  await best.locator('[data-testid="figure-math-open"][data-figure="cpm"]').click();
  await expect(best.locator('[data-testid="figure-math"][data-figure="cpm"]')).toContainText("fees ÷ (net reach ÷ 1,000) = €");
  await plan.expectAccessible("planner with the math open");
  // Closing it again.
  await netReach.click();
  await expect(math).toHaveCount(0);
  plan.expectNoProblems();
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

test("every chart's text is drawn at one size, the full-width tornado's too, on a desktop and a phone", async ({ page }) => {
  // Every length in a chart is a multiple of its frame's unit, min(width / 640, height / 360)
  // of its bitmap (src/chart/frame.rs): equal units, equal titles and labels.
  const plan = new Planner(page);
  for (const viewport of [{ width: 1350, height: 940 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await plan.start();
    const units: Record<string, number> = {};
    for (const chart of [...CHARTS, "chart-sensitivity"]) {
      await plan.canvasState(chart);
      units[chart] = await plan.testId(chart).evaluate((c: HTMLCanvasElement) => Math.min(c.width / 640, c.height / 360));
    }
    const reference = units["chart-reach-cost"];
    for (const [chart, unit] of Object.entries(units)) {
      expect(Math.abs(unit / reference - 1), `${chart} at ${viewport.width} px: ${JSON.stringify(units)}`).toBeLessThan(0.03);
    }
  }
});

test("invalid input shows a message next to the field and keeps everything else", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("campaign-name").fill("Spring launch");
  const row = await plan.addCreator({ followers: "30000", engagement: "5" });
  const reachBefore = await plan.testId("scenario-micro").getAttribute("data-net-reach");
  expect(reachBefore).toMatch(/^[1-9]/);

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
    await plan.chartsDrawn();
    await plan.screenshot(`plan-${lang}`);
    await plan.testId("charts").screenshot({ path: `e2e/artifacts/plan-charts-${lang}.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await plan.screenshot(`plan-${lang}-phone`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("with 100 creators every figure and chart follows an edit (measured)", async ({ page }) => {
  // A hundred clicks, each followed by a new decision and a new round of ranges (each click
  // is some 450 ms of Playwright round trips on a 2-core machine, whatever the page does).
  test.setTimeout(180_000);
  const plan = new Planner(page);
  await plan.start();
  for (let i = 0; i < 100; i++) await plan.testId("quick-add").click();
  await expect(plan.rows()).toHaveCount(100);
  // Charts are drawn near the screen only: scroll to them, and type each budget by script so
  // the page stays there (a fill would scroll up to the field). The charts near the screen
  // redraw in the edit's own task, so the count has moved for all of them at once.
  await plan.chartsDrawn();
  const charts = plan.testId("charts");
  const samples: number[] = [];
  for (const budget of ["6000", "7000", "8000", "9000", "10000"]) {
    const redraws = Number(await charts.getAttribute("data-redraws"));
    await plan.testId("budget").evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, budget);
    await expect.poll(async () => Number(await charts.getAttribute("data-redraws"))).toBeGreaterThan(redraws);
    samples.push(Number(await charts.getAttribute("data-redraw-ms")));
  }
  samples.sort((a, b) => a - b);
  console.log(`all figures and charts after an edit with 100 creators: median ${samples[2]} ms, max ${samples[4]} ms (${samples.join(", ")})`);
  expect(samples.every((ms) => ms > 0)).toBe(true);
});

test("a benchmark's range is edited like its value, and the ranges follow", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  // An Instagram micro creator whose engagement comes from the benchmarks.
  const row = await plan.addCreator({ name: "@benchmarked", followers: "40000", price: "400" });
  await expect(row).toHaveAttribute("data-tier", "micro");
  await expect(row).toHaveAttribute("data-net-reach-low", /\d/, { timeout: 15000 });
  const before = await plan.number(row, "data-net-reach-low");
  await plan.testId("defaults-panel").locator("summary").click();
  // The published range shows beside its source, in percent.
  const low = plan.testId("default-engagement-range-instagram-micro-low");
  await expect(low).toHaveValue("0.84");
  await expect(plan.testId("defaults-ranges")).toContainText("Modash");
  await low.fill("0.1");
  await expect.poll(() => plan.number(row, "data-net-reach-low"), { timeout: 15000 }).toBeLessThan(before);
  await expect(plan.testId("defaults-ranges")).toContainText("your value");
  // A range turned upside down is refused next to the field, and nothing else changes.
  const priceLow = plan.testId("default-range-price-low");
  await priceLow.fill("200");
  await expect(priceLow).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#default-range-price-low-error")).toHaveText("The low end cannot be above the high end.");
  // Kept with the campaign: the range survives a save and a reload.
  await plan.testId("save-campaign").click();
  await page.reload();
  await plan.ready();
  await plan.testId("defaults-panel").locator("summary").click();
  await expect(plan.testId("default-engagement-range-instagram-micro-low")).toHaveValue("0.1");
  await plan.expectAccessible("benchmarks panel with ranges");
  plan.expectNoProblems();
});
