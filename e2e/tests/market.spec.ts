// A market that behaves like the real one, through the planner at its default settings: a
// country's finite supply of creators per band and niche, audiences per region and niche, the
// team's time as a cost rather than a wall. Nothing forces a verdict; these briefs are where
// the mechanisms lead.
import { expect, test } from "@playwright/test";
import { Planner } from "../support/plan-page";

test.use({ locale: "en-US" });

async function brief(plan: Planner, b: { geography: string; niche: string; objective: string; budget: string; country?: string }) {
  if (b.country) await plan.testId("country").selectOption(b.country);
  await plan.testId("geography").selectOption(b.geography);
  await plan.testId("niche-depth").selectOption(b.niche);
  await plan.testId("objective").selectOption(b.objective);
  await plan.testId("budget").fill(b.budget);
}

test("a local deep-niche community brief is micro, a broad international awareness brief at €2M is macro", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await expect(plan.testId("country")).toHaveValue("nl");
  await expect(plan.testId("capacity")).toHaveValue("");
  const recommendation = plan.testId("recommendation");

  await brief(plan, { geography: "local", niche: "deep", objective: "community", budget: "20000" });
  await expect(recommendation).toHaveAttribute("data-verdict", "micro");
  // The few creators of a city's specialist niche are hired; the rest is explained.
  const free = plan.testId("scenario-mix");
  await expect(free).toHaveAttribute("data-unspent-reason", /^(supply|saturation|worth)$/);
  expect(await plan.number(free, "data-hours")).toBeGreaterThan(0);

  await brief(plan, { geography: "international", niche: "broad", objective: "awareness", budget: "2000000" });
  await expect(recommendation).toHaveAttribute("data-verdict", "macro");
  plan.expectNoProblems();
});

test("national briefs mix where a niche's small creators run out, and the country matters", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  const recommendation = plan.testId("recommendation");
  // In the Netherlands a focused niche's small creators run out (or saturate its audience)
  // around half a million.
  await brief(plan, { geography: "national", niche: "focused", objective: "community", budget: "500000" });
  await expect(recommendation).toHaveAttribute("data-verdict", "mix");
  await expect(plan.testId("scenario-micro")).toHaveAttribute("data-unspent-reason", /^(supply|saturation)$/);
  // Germany has about four times the creators: the same budget stays micro.
  await plan.testId("country").selectOption("de");
  await expect(recommendation).toHaveAttribute("data-verdict", "micro");
  plan.expectNoProblems();
});

test("the team's hours do not top what moves the verdict unless the team limits them", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("budget").fill("20000");
  const rows = plan.testId("sensitivity-row");
  await expect(rows).toHaveCount(12, { timeout: 15000 });
  await expect(rows.first()).not.toHaveAttribute("data-assumption", "hours");
  // The market's figures and the people per platform and country, each with its source.
  await plan.testId("defaults-panel").locator("summary").click();
  await expect(plan.testId("defaults-market")).toBeVisible();
  await expect(plan.testId("market-users")).toHaveCount(8 * 3);
  await expect(plan.page.locator('[data-testid="market-users"][data-country="nl"][data-platform="instagram"]')).toHaveAttribute("data-source", "meta_dsa");
  await plan.expectAccessible("benchmarks with the market");
  plan.expectNoProblems();
});

test("where the plan is all micro, the factors still say which way they pull", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  const recommendation = plan.testId("recommendation");
  await expect(recommendation).toHaveAttribute("data-micro-share", "1");
  await expect(plan.testId("factor")).toHaveCount(9);
  const pulls = await plan.testId("factor").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-pull"))));
  expect(pulls.filter((p) => Math.abs(p) >= 0.01).length).toBeGreaterThanOrEqual(3);
  await expect(recommendation).toContainText("still favours");
  plan.expectNoProblems();
});

test("the best plan's cost per 1,000 impressions stands beside paid social's in the brief's country, which can be edited", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  const yardstick = plan.testId("paid-social");
  await expect(yardstick).toHaveAttribute("data-country", "nl");
  await expect(yardstick).toContainText("Netherlands");
  await expect(yardstick).toContainText("superads");
  const nl = await plan.number(yardstick, "data-reference");
  expect(nl).toBeGreaterThan(0);
  expect(await plan.number(yardstick, "data-plan")).toBeGreaterThan(0);
  // Ads cost more in the United States.
  await plan.testId("country").selectOption("us");
  await expect(yardstick).toHaveAttribute("data-country", "us");
  expect(await plan.number(yardstick, "data-reference")).toBeGreaterThan(nl);
  // The figure is the user's to change, in dollars per 1,000 impressions.
  await plan.testId("defaults-panel").locator("summary").click();
  await plan.testId("default-paid-social-cpm-us").fill("50");
  await expect(yardstick).toContainText("your value");
  const edited = await plan.number(yardstick, "data-reference");
  const rate = Number((await plan.testId("default-exchange-rate").inputValue()).replace(",", "."));
  expect(Math.abs(edited - Math.round(5000 / rate))).toBeLessThanOrEqual(1);
  plan.expectNoProblems();
});

test("a price ceiling buys only results that cost no more, says what is left and why, and is saved", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.ownCreatorsOnly();
  await plan.testId("currency").selectOption("USD");
  await plan.testId("objective").selectOption("community");
  await plan.testId("budget").fill("10000");
  await plan.testId("hourly-cost").fill("0");
  // The sources' example: ten micros at 5 % for $500, a macro at 1 % for $5,000.
  await plan.addTenMicros();
  await plan.addCreator({ name: "Big star", followers: "500000", engagement: "1", price: "5000" });
  const ceiling = plan.testId("price-ceiling");
  await expect(page.getByLabel("Most you pay per engaged person")).toBeVisible();
  await expect(ceiling).toHaveValue("");
  const free = plan.testId("scenario-mix");
  const recommendation = plan.testId("recommendation");

  // 30 cents per engaged person: the micros (about 19 cents each) are hired, the macro not.
  await ceiling.fill("0.30");
  await expect(free).toHaveAttribute("data-unspent-reason", "worth");
  await expect(free).toHaveAttribute("data-creators", "10");
  await expect(free.getByTestId("unspent")).toContainText("not worth it at this price");
  await expect(free.getByTestId("unspent")).toContainText("per engaged person, above your ceiling of $0.30");
  await expect(recommendation).toHaveAttribute("data-verdict", "micro");

  // Ten cents: nobody's result is worth it, and the recommendation says so with the figure.
  await ceiling.fill("0.10");
  await expect(recommendation).toHaveAttribute("data-state", "not-worth");
  await expect(recommendation).toContainText("Not worth it at this price");
  await expect(recommendation).toContainText("above your $0.10");
  // With no plan there is nothing for the factors to have moved; each side says why it is empty.
  await expect(plan.testId("factor")).toHaveCount(0);
  await expect(plan.testId("scenario-macro")).toContainText("no creator on this side is worth their price");

  // Nothing above zero is a ceiling: the field says so and keeps the text.
  await ceiling.fill("0");
  await expect(page.locator("#price-ceiling-error")).toContainText("above zero");
  await expect(ceiling).toHaveValue("0");

  // Content has no ceiling; awareness asks per 1,000 people reached.
  await ceiling.fill("0.30");
  await plan.testId("objective").selectOption("content");
  await expect(ceiling).toHaveCount(0);
  await plan.testId("objective").selectOption("awareness");
  await expect(page.getByLabel("Most you pay per 1,000 people reached")).toHaveValue("0.30");

  // Kept with the campaign.
  await plan.testId("objective").selectOption("community");
  await plan.testId("save-campaign").click();
  await expect(plan.testId("save-status")).toContainText("Saved in this browser at");
  await page.reload();
  await plan.ready();
  // Stored as the number it reads as (as every number field is).
  await expect(plan.testId("price-ceiling")).toHaveValue("0.3");
  await expect(plan.testId("scenario-mix")).toHaveAttribute("data-unspent-reason", "worth");
  // The client's report says where the best plan stopped, and why.
  await plan.testId("print-report").click();
  await expect(plan.testId("report-worth")).toContainText("per engaged person, above your ceiling of $0.30");
  plan.expectNoProblems();
});

test("what paid media would charge for an engagement, the yardstick for a ceiling per engaged person, is sourced and editable", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("defaults-panel").locator("summary").click();
  const emv = plan.testId("defaults-emv");
  await expect(emv.getByTestId("default-emv-engagement-instagram")).toHaveValue("0.25");
  await expect(emv.getByTestId("default-emv-engagement-tiktok")).toHaveValue("0.15");
  await expect(emv.getByTestId("default-emv-engagement-youtube")).toHaveValue("0.35");
  await expect(emv.getByTestId("default-emv-cpm-instagram")).toHaveValue("8");
  const source = page.locator("#default-emv-engagement-instagram-source");
  const published = await source.textContent();
  expect(published).toMatch(/fair-influence/);
  await emv.getByTestId("default-emv-engagement-instagram").fill("0.40");
  await expect(source).not.toHaveText(published!);
  await expect(emv.getByTestId("default-emv-engagement-instagram")).toHaveValue("0.40");
  plan.expectNoProblems();
});
