import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const port = process.argv[2];
const shared = readFileSync("/work/main/e2e/fixtures/campaign-link.txt", "utf8").trim();
const route = process.argv[3] === "shared" ? shared : process.argv[3];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new"] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.addInitScript(() => {
  window.__added = {};
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      const keys = [n.id && "#" + n.id, ...[...n.classList].slice(0, 1).map((c) => "." + c)].filter(Boolean);
      for (const k of keys) window.__added[k] = (window.__added[k] ?? 0) + 1;
      window.__added.__total = (window.__added.__total ?? 0) + 1 + n.querySelectorAll("*").length;
    }
  }).observe(document, { childList: true, subtree: true });
});
await page.goto(`http://127.0.0.1:${port}/micromacro/${route}`);
await page.waitForSelector("[data-testid=app-ready]");
await page.waitForFunction(() => !document.querySelector("[data-mounting]"));
await page.waitForTimeout(2000);
const added = await page.evaluate(() => window.__added);
const top = Object.entries(added).sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log(JSON.stringify(top));
await browser.close();
