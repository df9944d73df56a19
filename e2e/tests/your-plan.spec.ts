// Your plan first: the creators typed in are the plan, all hired; the optimiser advises
// beside it, and a client opening a link sees the plan's own creators.
import { expect, test } from "@playwright/test";
import { Planner } from "../support/plan-page";
import { TEN_NAMED_AMSTERDAM } from "../support/fixtures";

test.use({ locale: "en-US" });

test("the sources' ten micros for $5,000 are your plan: all ten hired, 25,000 engaged, at the default settings", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("currency").selectOption("USD");
  await plan.testId("budget").fill("5000");
  for (let i = 1; i <= 10; i++) {
    await plan.addCreator({ name: `@micro_${i}`, followers: "50000", engagement: "5", price: "500" });
  }
  const yours = plan.testId("your-plan");
  await expect(yours).toHaveAttribute("data-creators", "10");
  await expect(yours).toHaveAttribute("data-spent", "5000");
  await expect(yours).toHaveAttribute("data-net-reach", "25000");
  await expect(yours).toHaveAttribute("data-over-budget", "0");
  await expect(yours.getByTestId("your-plan-creator")).toHaveCount(10);
  await expect(yours.getByTestId("your-plan-budget")).toContainText("exactly");
  // One more creator and the plan is over budget, said with the amount and the share.
  await plan.addCreator({ name: "@one_more", followers: "50000", engagement: "5", price: "500" });
  await expect(yours).toHaveAttribute("data-over-budget", "500");
  await expect(yours.getByTestId("your-plan-budget")).toContainText("$500 over budget: 10% more");
  await expect(plan.testId("advice-change").first()).toHaveAttribute("data-kind", /^(drop|swap)$/);
  await plan.expectAccessible("your plan and the advice");
  await plan.testId("your-plan").screenshot({ path: "e2e/artifacts/your-plan-en.png" });
  await plan.testId("advice").screenshot({ path: "e2e/artifacts/advice-en.png" });
  plan.expectNoProblems();
});

test("a change of the advice is adopted in one action, and undo restores the plan exactly", async ({ page }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("budget").fill("6000");
  await plan.addCreator({ name: "@pricey", followers: "20000", engagement: "2", price: "2500" });
  await plan.addCreator({ name: "@fair", followers: "60000", engagement: "4", price: "600" });
  const yours = plan.testId("your-plan");
  const gap = plan.testId("advice-gap");
  await expect(gap).toHaveAttribute("data-gain", /\d/);
  expect(await plan.number(gap, "data-gain")).toBeGreaterThan(0);
  const value = await yours.getAttribute("data-value");
  const names = await plan.rows().getByTestId("creator-name").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

  const change = plan.testId("advice-change").first();
  await expect(change).toHaveAttribute("data-kind", /^(swap|add|drop)$/);
  const gain = await plan.number(change, "data-gain");
  expect(gain).toBeGreaterThan(0);
  await change.getByTestId("adopt-change").click();
  // The plan's figures follow at once, and its value is what the advice said it would be.
  await expect.poll(async () => Number(await yours.getAttribute("data-value"))).toBeCloseTo(Number(value) * (1 + gain), 0);
  await expect(plan.testId("undo-adopt")).toBeVisible();

  await plan.testId("undo-adopt").click();
  await expect(yours).toHaveAttribute("data-value", value!);
  await expect(plan.rows()).toHaveCount(2);
  expect(await plan.rows().getByTestId("creator-name").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(names);

  // The whole best plan, adopted: your plan is then worth what the best plan is.
  const best = await plan.testId("scenario-mix").getAttribute("data-value");
  await plan.testId("adopt-best").click();
  await expect.poll(async () => Number(await yours.getAttribute("data-value"))).toBeCloseTo(Number(best), 0);
  await expect(plan.testId("advice-gap")).toHaveAttribute("data-gain", "0");
  // A typical creator adopted is a row marked as one still to be found.
  if ((await plan.testId("scenario-mix").getByTestId("plan-typical").count()) > 0) {
    await expect(plan.rows().getByTestId("creator-typical").first()).toContainText("still to be found");
  }
  plan.expectNoProblems();
});

for (const lang of ["nl", "en"]) {
  test(`a link of ten named creators from 2026-11 opens with all ten, by name, for the client (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: lang === "nl" ? "nl-NL" : "en-US" });
    const client = new Planner(await context.newPage());
    await client.open(`./#/s/${TEN_NAMED_AMSTERDAM.link}`);
    await expect(client.testId("shared-title")).toHaveText(TEN_NAMED_AMSTERDAM.name);
    const hired = client.testId("shared-plan-creator");
    await expect(hired).toHaveCount(10);
    for (const name of TEN_NAMED_AMSTERDAM.creators) {
      await expect(hired.filter({ hasText: name })).toHaveCount(1);
    }
    await expect(client.testId("client-view")).not.toContainText(lang === "nl" ? "typische" : "typical");
    await expect(client.testId("client-verdict")).toHaveAttribute("data-verdict", /^(micro|macro|mix)$/);
    await expect(client.testId("your-plan")).toHaveAttribute("data-creators", "10");
    await client.expectAccessible(`client view of a 2026-11 link (${lang})`);
    await client.testId("client-view").screenshot({ path: `e2e/artifacts/client-2026-11-${lang}.png` });

    // The report of that plan lists the same ten, and no typical creator.
    await client.testId("print-report").click();
    await expect(client.testId("report-creator")).toHaveCount(10);
    for (const name of TEN_NAMED_AMSTERDAM.creators) {
      await expect(client.testId("report-creator").filter({ hasText: name })).toHaveCount(1);
    }
    client.expectNoProblems();
    await context.close();
  });
}
