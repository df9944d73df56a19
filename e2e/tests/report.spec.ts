// The client report: an A4 page to print or save as PDF.
import { mkdirSync } from "node:fs";
import { type Browser, expect, test } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { Planner } from "../support/plan-page";

/** The text of each page of a PDF, as pdf.js reads it (what a PDF reader copies). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  // verbosity 0: errors only (pdf.js would warn that it cannot draw here; text needs no drawing).
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return pages;
}

/**
 * Draws each page of a PDF with pdf.js in a page of its own (served from node_modules under a
 * made-up origin, so neither the app nor its CSP is involved) and saves one PNG per page.
 */
async function savePageImages(browser: Browser, pdf: Buffer, name: string): Promise<number> {
  const page = await browser.newPage();
  const files: Record<string, string> = {
    "/pdf.mjs": "node_modules/pdfjs-dist/legacy/build/pdf.min.mjs",
    "/pdf.worker.mjs": "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs",
  };
  await page.route("http://pdf.test/**", (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/") return route.fulfill({ contentType: "text/html", body: "<!doctype html><body style='margin:0'></body>" });
    return files[path] ? route.fulfill({ path: files[path], contentType: "text/javascript" }) : route.abort();
  });
  await page.goto("http://pdf.test/");
  const count = await page.evaluate(async (base64) => {
    const pdfjs = await import("/pdf.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.mjs";
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const doc = await pdfjs.getDocument({ data }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const pdfPage = await doc.getPage(n);
      const viewport = pdfPage.getViewport({ scale: 1.25 });
      const canvas = document.createElement("canvas");
      canvas.width = viewport.width;
      canvas.height = viewport.height;
      canvas.dataset.page = String(n);
      canvas.style.display = "block";
      document.body.append(canvas);
      await pdfPage.render({ canvasContext: canvas.getContext("2d")!, viewport }).promise;
    }
    return doc.numPages;
  }, pdf.toString("base64"));
  mkdirSync("e2e/artifacts", { recursive: true });
  for (let n = 1; n <= count; n++) {
    await page.locator(`canvas[data-page="${n}"]`).screenshot({ path: `e2e/artifacts/${name}-page-${n}.png` });
  }
  await page.close();
  return count;
}

/** Text compared without its white space: a PDF breaks lines and runs where it likes. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

async function planWithTenCreators(plan: Planner, lang: string) {
  await plan.start(lang);
  await plan.testId("campaign-name").fill(lang === "nl" ? "Voorjaarscampagne" : "Spring launch");
  await plan.testId("capacity").fill("100");
  await plan.ownCreatorsOnly();
  for (let i = 1; i <= 10; i++) {
    await plan.addCreator({ name: `@creator_${i}`, followers: String(10000 * i), engagement: "4", price: String(150 * i) });
  }
}

for (const lang of ["en", "nl"]) {
  test(`the report of a plan with named creators prints to 1–4 A4 pages (${lang})`, async ({ page, browser }) => {
    const plan = new Planner(page);
    await planWithTenCreators(plan, lang);
    const verdict = await plan.testId("recommendation").getAttribute("data-verdict");
    await plan.testId("print-report").click();
    const report = plan.testId("report");
    await expect(report).toBeVisible();
    await expect(plan.testId("report-title")).toHaveText(lang === "nl" ? "Voorjaarscampagne" : "Spring launch");
    await expect(plan.testId("report-verdict")).toHaveAttribute("data-verdict", verdict!);
    // Who the plan hires: the ten creators of the plan, whatever the best plan would hire.
    await expect(plan.testId("report-creator")).toHaveCount(10);
    await expect(plan.testId("report-creator").first()).toContainText("@creator_");
    // The best plan's cost per 1,000 impressions beside paid social's, with its source.
    await expect(plan.testId("report-paid-social")).toContainText(lang === "nl" ? "Meta-advertenties" : "Meta ads");
    await expect(plan.testId("report-paid-social")).toContainText("superads 2025");
    // The charts are vector images drawn by the same code as the planner's canvases.
    const charts = report.locator("img[data-chart]");
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      expect(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await chart.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    }
    await plan.expectAccessible(`report (${lang})`);
    // Printed to PDF by Chromium: A4, one to four pages.
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = await pdfPages(pdf);
    console.log(`report (${lang}): ${pages.length} A4 pages, ${Math.round(pdf.length / 1024)} KB`);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    // What the client reads in the PDF: the campaign's name, the verdict and every hired creator.
    const text = squeeze(pages.join(" "));
    expect(text).toContain(squeeze(lang === "nl" ? "Voorjaarscampagne" : "Spring launch"));
    expect(text).toContain(squeeze(await plan.testId("report-verdict").innerText()));
    for (const row of await plan.testId("report-creator").all()) {
      expect(text).toContain(squeeze(await row.locator("td, th").first().innerText()));
    }
    // Each printed page as an image, drawn from the PDF itself.
    expect(await savePageImages(browser, pdf, `report-${lang}`)).toBe(pages.length);
    plan.expectNoProblems();
  });
}

test("a saved campaign's report has its own address and survives a reload", async ({ page }) => {
  const plan = new Planner(page);
  await planWithTenCreators(plan, "en");
  await plan.testId("save-campaign").click();
  await plan.testId("print-report").click();
  await expect(page).toHaveURL(/#\/report\/[^/]+$/);
  await page.reload();
  await expect(plan.testId("report-title")).toHaveText("Spring launch");
  // Without a plan there is nothing to report, and the page says so.
  await page.goto("./#/report");
  await expect(plan.testId("report")).toContainText("no plan to report on");
  // ... and offers nothing to print.
  await expect(plan.testId("report-print")).toHaveCount(0);
  await plan.expectAccessible("report without a plan");
});
