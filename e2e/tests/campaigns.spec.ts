// Saved campaigns and campaign links: nothing a marketer saves is lost.
import { expect, test } from "@playwright/test";
import { Planner } from "../support/plan-page";

test.use({ locale: "en-US" });

async function planWithCreators(plan: Planner, name: string) {
  await plan.start();
  await plan.testId("campaign-name").fill(name);
  await plan.testId("budget").fill("8000");
  await plan.addCreator({ name: "@lisa.bakes", followers: "48000", engagement: "3.2", price: "450" });
  await plan.addCreator({ name: "Big name", followers: "650000", engagement: "1.1" });
}

test("save, reload: the campaign is listed and opens with the same figures", async ({ page }) => {
  const plan = new Planner(page);
  await planWithCreators(plan, "Spring launch");
  const reach = await plan.testId("scenario-micro").getAttribute("data-net-reach");
  const verdict = await plan.testId("recommendation").getAttribute("data-verdict");
  await plan.testId("save-campaign").click();
  await expect(plan.testId("save-status")).toContainText("Saved in this browser at");
  expect(new URL(page.url()).hash).toMatch(/^#\/plan\/[a-z0-9]+$/);

  // Autosave: an edit after saving is kept too.
  await plan.rows().nth(0).getByTestId("creator-engagement").fill("3.6");
  const edited = await plan.rows().nth(0).getAttribute("data-net-reach");
  const editedReach = await plan.testId("scenario-micro").getAttribute("data-net-reach");
  await page.waitForTimeout(900);

  await page.reload();
  await plan.ready();
  await expect(plan.testId("campaign-name")).toHaveValue("Spring launch");
  await expect(plan.rows().nth(0)).toHaveAttribute("data-net-reach", edited!);

  await plan.testId("nav-campaigns").click();
  const row = plan.testId("campaign-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Spring launch");
  await row.getByTestId("open").click();
  // The figures of the plan as it was left (the edit included).
  await expect(plan.testId("scenario-micro")).toHaveAttribute("data-net-reach", editedReach!);
  expect(reach).not.toBeNull();
  await expect(plan.testId("recommendation")).toHaveAttribute("data-verdict", verdict!);
  plan.expectNoProblems();
});

test("an edit made just before leaving the planner is saved as the page goes, with nothing left running", async ({ page }) => {
  const plan = new Planner(page);
  await planWithCreators(plan, "Quick edit");
  await plan.testId("save-campaign").click();
  await expect(plan.testId("save-status")).toContainText("Saved in this browser at");
  // Straight to the campaigns, well within the autosave's delay.
  await plan.rows().nth(1).getByTestId("creator-engagement").fill("2.4");
  await plan.testId("nav-campaigns").click();
  await expect(plan.testId("campaign-row")).toHaveCount(1);
  await plan.testId("campaign-row").getByTestId("open").click();
  await expect(plan.rows().nth(1).getByTestId("creator-engagement")).toHaveValue("2.4");
  // Tasks the planner had started (the ranges, rows still being added) ended with it.
  await page.waitForTimeout(1000);
  plan.expectNoProblems();
});

test("rename, duplicate, delete and undo", async ({ page }) => {
  const plan = new Planner(page);
  await planWithCreators(plan, "Autumn");
  await plan.testId("save-campaign").click();
  await plan.testId("nav-campaigns").click();
  const rows = plan.testId("campaign-row");
  await rows.first().getByTestId("rename").click();
  await plan.testId("rename-input").fill("Autumn drop");
  await plan.testId("rename-input").press("Enter");
  await expect(rows.first()).toContainText("Autumn drop");
  await rows.first().getByTestId("duplicate").click();
  await expect(rows).toHaveCount(2);
  await expect(plan.page.getByText("Autumn drop (copy)")).toBeVisible();
  await rows.first().getByTestId("delete").click();
  await expect(rows).toHaveCount(1);
  await plan.testId("undo").click();
  await expect(rows).toHaveCount(2);
  await plan.expectAccessible("saved campaigns");
  await plan.screenshot("campaigns-en");
});

test("a shared campaign opens the same in a fresh browser and a copy can be saved", async ({ page, browser }) => {
  const plan = new Planner(page);
  await planWithCreators(plan, "For the client");
  await plan.testId("share").click();
  const url = await plan.testId("share-url").inputValue();
  expect(url).toMatch(/#\/s\/c1\./);
  const reach = await plan.testId("scenario-mix").getAttribute("data-net-reach");
  const rowReach = await plan.rows().nth(1).getAttribute("data-net-reach");

  const context = await browser.newContext({ locale: "nl-NL" });
  const client = new Planner(await context.newPage());
  await client.page.goto(url);
  await client.ready();
  await expect(client.testId("page-shared")).toBeVisible();
  // The client view first: the campaign's name as the title, the verdict and the plan.
  await expect(client.testId("shared-title")).toHaveText("For the client");
  await expect(client.page).toHaveTitle("For the client");
  const verdict = await plan.testId("recommendation").getAttribute("data-verdict");
  await expect(client.testId("client-verdict")).toHaveAttribute("data-verdict", verdict!);
  // The plan the sender made, by name: exactly its creators.
  await expect(client.testId("shared-plan-creator")).toHaveCount(await plan.rows().count());
  await expect(client.testId("shared-plan-creator").first()).toBeVisible();
  await client.expectAccessible("client view (nl)");
  await expect(client.testId("campaign-name")).toHaveValue("For the client");
  await expect(client.rows().nth(1)).toHaveAttribute("data-net-reach", rowReach!);
  await expect(client.testId("scenario-mix")).toHaveAttribute("data-net-reach", reach!);
  await expect(client.rows().nth(0).getByTestId("creator-engagement")).toHaveValue("3,2");
  await client.testId("save-copy").click();
  await client.testId("nav-campaigns").click();
  await expect(client.testId("campaign-row")).toContainText("For the client");
  client.expectNoProblems();
  await context.close();
  // The same link for an English-speaking client.
  const englishContext = await browser.newContext({ locale: "en-US" });
  const english = new Planner(await englishContext.newPage());
  await english.page.goto(url);
  await english.ready();
  await expect(english.testId("shared-title")).toHaveText("For the client");
  await expect(english.testId("client-verdict")).toHaveAttribute("data-verdict", verdict!);
  await english.expectAccessible("client view (en)");
  english.expectNoProblems();
  await englishContext.close();
});

test("a campaign named like HTML is shown as text and runs nothing", async ({ page, browser }) => {
  const plan = new Planner(page);
  const evil = "<img src=x onerror=alert(1)>";
  await planWithCreators(plan, evil);
  await plan.testId("share").click();
  const url = await plan.testId("share-url").inputValue();
  await plan.testId("save-campaign").click();

  const context = await browser.newContext();
  const other = await context.newPage();
  let dialogs = 0;
  other.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await other.goto(url);
  await expect(other.getByTestId("campaign-name")).toHaveValue(evil);
  await other.getByTestId("save-copy").click();
  await other.getByTestId("nav-campaigns").click();
  await expect(other.getByTestId("campaign-row")).toContainText(evil);
  await expect(other.locator("main img")).toHaveCount(0);
  expect(dialogs).toBe(0);
  await context.close();
});

test("corrupt entries never stop the app or the other campaigns", async ({ page }) => {
  const plan = new Planner(page);
  await planWithCreators(plan, "Good one");
  await plan.testId("save-campaign").click();
  await page.evaluate(() => {
    localStorage.setItem("micromacro:campaign:broken", "{not json");
    localStorage.setItem("micromacro:campaign:future", JSON.stringify({ v: 99, id: "future" }));
  });
  await page.reload();
  await plan.ready();
  await plan.testId("nav-campaigns").click();
  await expect(plan.testId("notice").first()).toHaveAttribute("data-kind", "error");
  await expect(plan.testId("notice").first()).toContainText("2 saved item");
  await expect(plan.testId("campaign-row")).toHaveCount(1);
  await expect(plan.testId("campaign-row")).toContainText("Good one");
  // Left untouched.
  expect(await page.evaluate(() => localStorage.getItem("micromacro:campaign:broken"))).toBe("{not json");
});

test("two tabs follow each other's saves", async ({ page, context }) => {
  const list = new Planner(page);
  await list.open("./#/campaigns");
  await expect(list.testId("campaigns-empty")).toBeVisible();
  const editor = new Planner(await context.newPage());
  await planWithCreators(editor, "From the other tab");
  await editor.testId("save-campaign").click();
  await expect(list.testId("campaign-row")).toContainText("From the other tab");
});

test("a tab never silently overwrites a newer save from another tab", async ({ page, context }) => {
  const first = new Planner(page);
  await planWithCreators(first, "Shared desk");
  await first.testId("save-campaign").click();
  await expect(first.testId("save-status")).toContainText("Saved in this browser at");
  const url = page.url();

  const second = new Planner(await context.newPage());
  await second.page.goto(url);
  await second.ready();
  await second.testId("campaign-name").fill("Shared desk, edited in tab two");
  await second.testId("save-campaign").click();
  await expect(second.testId("save-status")).toContainText("Saved in this browser at");

  // The first tab still has the old version open; its next save asks.
  let asked = "";
  page.once("dialog", async (dialog) => {
    asked = dialog.message();
    await dialog.dismiss();
  });
  await first.testId("save-campaign").click();
  await expect.poll(() => asked).toContain("changed in another tab");
  await expect(first.testId("notice")).toContainText("version from the other tab was kept");
  await first.testId("nav-campaigns").click();
  await expect(first.testId("campaign-row")).toContainText("edited in tab two");
});

test("export all to a file and import it back, duplicates detected", async ({ page }) => {
  const plan = new Planner(page);
  await planWithCreators(plan, "Backed up");
  await plan.testId("save-campaign").click();
  await plan.testId("nav-campaigns").click();
  const downloading = page.waitForEvent("download");
  await plan.testId("export-all").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^micromacro-campaigns-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  await plan.testId("campaign-row").getByTestId("delete").click();
  await expect(plan.testId("campaigns-empty")).toBeVisible();
  await plan.testId("import-file").setInputFiles(file!);
  await expect(plan.testId("import-report")).toHaveAttribute("data-imported", "1");
  await expect(plan.testId("campaign-row")).toContainText("Backed up");

  // The same file again: everything is already here.
  await plan.testId("import-file").setInputFiles(file!);
  await expect(plan.testId("import-report")).toHaveAttribute("data-duplicates", "1");
  await expect(plan.testId("campaign-row")).toHaveCount(1);

  // Not an export: refused whole, nothing changed.
  await plan.testId("import-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
  await expect(plan.testId("import-report")).toHaveAttribute("data-kind", "error");
  await expect(plan.testId("import-report")).toContainText("not a Micro·Macro export");
  await expect(plan.testId("campaign-row")).toHaveCount(1);
  await plan.expectAccessible("campaigns after import");
  // In Dutch the reason is Dutch too (it used to be the developer's English message).
  await plan.testId("lang-nl").click();
  await plan.testId("import-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
  await expect(plan.testId("import-report")).toContainText("geen export van Micro·Macro");
  // An export with one entry from a newer version: the entry's reason is Dutch as well.
  const newer = Buffer.from('{"app":"micromacro","v":1,"exported":1,"campaigns":[{"v":9}]}');
  await plan.testId("import-file").setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: newer });
  await expect(plan.testId("import-report")).toHaveAttribute("data-rejected", "1");
  await expect(plan.testId("import-report")).toContainText("nieuwere versie van Micro·Macro (formaat 9)");
});

test("edited benchmarks are saved and shared with the campaign", async ({ page, browser }) => {
  const plan = new Planner(page);
  await plan.start();
  await plan.testId("quick-add").click(); // a typical micro creator on the engagement benchmark
  await plan.testId("defaults-panel").locator("summary").click();
  await plan.testId("default-engagement-instagram-micro").fill("5");
  const reach = await plan.rows().nth(0).getAttribute("data-net-reach");
  await plan.testId("save-campaign").click();
  await page.waitForTimeout(300);

  await page.reload();
  await plan.ready();
  await expect(plan.rows().nth(0)).toHaveAttribute("data-net-reach", reach!);
  await plan.testId("defaults-panel").locator("summary").click();
  await expect(plan.testId("default-engagement-instagram-micro")).toHaveValue("5");
  await expect(page.locator("#default-engagement-instagram-micro-source")).toHaveText("your value");

  await plan.testId("share").click();
  const url = await plan.testId("share-url").inputValue();
  const context = await browser.newContext({ locale: "en-US" });
  const client = new Planner(await context.newPage());
  await client.page.goto(url);
  await client.ready();
  await expect(client.rows().nth(0)).toHaveAttribute("data-net-reach", reach!);
  await context.close();
});
