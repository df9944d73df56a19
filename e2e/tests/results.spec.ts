// After the campaign: results imported or typed per creator, set against the forecast's
// range, and the benchmarks they calibrate for new plans.
import { expect, test, type Page } from "@playwright/test";
import { Planner } from "../support/plan-page";

test.use({ locale: "en-US" });

type Creator = { handle: string; followers: number };

const TEN: Creator[] = Array.from({ length: 10 }, (_, i) => ({ handle: `@creator_${i + 1}`, followers: 20_000 + 5_000 * i }));

/** A saved campaign record as the app stores it (format 1), with `results` rows. */
function record(id: string, creators: Creator[], results: object[] = []) {
  const plan: Record<string, unknown> = {
    v: 1, name: `Campaign ${id}`, cur: "EUR", obj: "awareness", pf: "instagram", geo: "national",
    niche: "broad", risk: "medium", style: "balanced", budget: 20000, hcost: 45, weeks: 12,
    cr: creators.map((c) => ({ n: c.handle, pf: "instagram", f: c.followers, p: 300 })),
  };
  if (results.length) plan.res = results;
  return JSON.stringify({ v: 1, id, updated: 1765000000000, plan });
}

async function seed(page: Page, entries: Record<string, string>) {
  await page.evaluate((e) => {
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

test("an Instagram results file: matched by handle, the unknown and the broken row reported, each figure against its range, kept on reload", async ({ page }) => {
  const plan = new Planner(page);
  await plan.open("./");
  await seed(page, { "micromacro:campaign:run1": record("run1", TEN) });
  await plan.open("./?lang=en#/plan/run1");
  const results = plan.testId("campaign-results");
  await expect(results).toBeVisible();
  await expect(results.getByTestId("result-row")).toHaveCount(10);
  await expect(results.getByTestId("results-none")).toBeVisible();

  const lines = ["Post ID,Account username,Reach,Impressions,Likes,Comments,Saves,Shares"];
  for (let i = 1; i <= 9; i++) {
    // creator_1 far below any forecast, creator_2 far above; the rest ordinary.
    const reach = i === 1 ? 10 : i === 2 ? 900000 : 4000 + 500 * i;
    lines.push(`${i},creator_${i},${reach},${reach * 2},${40 * i},${3 * i},${i},${i}`);
  }
  lines.push("90,somebody_else,5000,8000,100,5,1,1");
  lines.push("91,creator_10,lots,8000,100,5,1,1");
  await plan.testId("results-import").setInputFiles({ name: "instagram-insights.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });

  const report = plan.testId("results-report");
  await expect(report).toHaveAttribute("data-matched", "9");
  await expect(report).toHaveAttribute("data-unmatched", "1");
  await expect(report).toHaveAttribute("data-rejected", "1");
  await expect(report.getByTestId("results-unmatched")).toContainText("somebody_else");
  await expect(report.getByTestId("results-error")).toHaveAttribute("data-line", "12");

  const row = (n: number) => results.locator(`[data-testid="result-row"][data-handle="@creator_${n}"]`);
  await expect(row(1)).toHaveAttribute("data-status", "below");
  await expect(row(2)).toHaveAttribute("data-status", "above");
  for (let i = 3; i <= 9; i++) await expect(row(i)).toHaveAttribute("data-status", /^(within|above|below)$/);
  await expect(row(10)).not.toHaveAttribute("data-status", /./);
  const reachTotal = 10 + 900000 + [3, 4, 5, 6, 7, 8, 9].reduce((s, i) => s + 4000 + 500 * i, 0);
  await expect(results).toHaveAttribute("data-reach-actual", String(reachTotal));
  await expect(results).toHaveAttribute("data-reach-status", /^(within|above|below)$/);
  // Every figure of every matched creator is set against its range.
  const figures = results.getByTestId("result-figure");
  await expect(figures).toHaveCount(9 * 3);
  for (const f of await figures.all()) {
    const [low, high] = [Number(await f.getAttribute("data-low")), Number(await f.getAttribute("data-high"))];
    expect(low).toBeLessThanOrEqual(high);
  }
  await expect(results.locator('[data-kpi="cpm"]')).toHaveCount(0);
  // A typed fee for one creator gives the realised cost per engagement.
  await row(3).locator('input[data-figure="fee"]').fill("300");
  await expect(results.locator('[data-kpi="cpe"]')).toBeVisible();
  await row(4).locator('input[data-figure="posts"]').fill("1.5");
  await expect(row(4).locator(".field__error")).toContainText("whole number");

  // The chart: each creator's range and result, drawn once near the screen, with its data.
  const chart = plan.testId("chart-results");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).not.toHaveAttribute("data-draws", "0");
  await expect(plan.testId("chart-results-png")).toBeVisible();
  await plan.expectAccessible("results");
  await results.screenshot({ path: "e2e/artifacts/results-en.png" });

  // Kept with the campaign (autosave): a reload shows the same.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("micromacro:campaign:run1") ?? "")).toContain('"res"');
  await page.reload();
  await expect(results).toHaveAttribute("data-reach-actual", String(reachTotal));
  await expect(row(1)).toHaveAttribute("data-status", "below");
  // The report has a results page, with the chart as an image.
  await plan.open("./?lang=en#/report/run1");
  const page2 = plan.testId("report-results");
  await expect(page2).toBeVisible();
  await expect(page2.locator("tbody tr")).toHaveCount(9 * 3 + 1 + 4);
  await expect(page2.locator('img[data-chart="results"]')).toBeVisible();
});

test("three campaigns whose engagement ran at half the forecast: calibration lowers a new plan's engagement by 0.5^0.6, and off restores it", async ({ page }) => {
  const plan = new Planner(page);
  await plan.open("./");
  // First the forecast of each creator, from a campaign whose results say nothing yet.
  await seed(page, {
    "micromacro:campaign:probe": record("probe", TEN, TEN.map((c) => ({ h: c.handle, e: 1 }))),
  });
  await plan.open("./?lang=en#/plan/probe");
  const figures = plan.testId("result-figure");
  await expect(figures).toHaveCount(10);
  const forecast = new Map<string, number>();
  for (const f of await figures.all()) {
    forecast.set((await f.locator("th").textContent())!.trim(), Number(await f.getAttribute("data-planned")));
  }
  const half = TEN.map((c) => ({ h: c.handle, e: forecast.get(c.handle)! / 2 }));
  await page.evaluate(() => localStorage.clear());
  await seed(page, Object.fromEntries(["a", "b", "c"].map((id) => [`micromacro:campaign:${id}`, record(id, TEN, half)])));

  // A new plan in a fresh page load (the saved campaigns are read when the planner opens).
  await page.goto("about:blank");
  await plan.open("./?lang=en#/plan");
  await plan.addCreator({ name: "@new_creator", followers: "40000", price: "300" });
  const calibration = plan.testId("calibration");
  await expect(calibration).toHaveAttribute("data-campaigns", "3");
  await expect(calibration.getByTestId("calibration-row")).toHaveCount(1);
  const yours = plan.testId("your-plan");
  await expect(yours).toHaveAttribute("data-net-reach", /\d/);
  const before = Number(await yours.getAttribute("data-net-reach"));
  await plan.testId("use-calibration").check();
  await expect(yours).not.toHaveAttribute("data-net-reach", String(before));
  const after = Number(await yours.getAttribute("data-net-reach"));
  expect(after / before).toBeCloseTo(Math.pow(0.5, 0.6), 6);
  await expect(calibration.getByTestId("calibration-row")).toContainText("−34.0%");
  await plan.expectAccessible("calibration");
  await calibration.screenshot({ path: "e2e/artifacts/calibration-en.png" });

  // The choice survives a reload; switched off, the published figures are back.
  await page.reload();
  await plan.addCreator({ name: "@new_creator", followers: "40000", price: "300" });
  await expect(plan.testId("use-calibration")).toBeChecked();
  await expect(yours).toHaveAttribute("data-net-reach", String(after));
  await plan.testId("use-calibration").uncheck();
  await expect(yours).toHaveAttribute("data-net-reach", String(before));
});
