import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const port = process.argv[2];
const shared = readFileSync("/work/main/e2e/fixtures/campaign-link.txt", "utf8").trim();
const route = process.argv[3] === "shared" ? shared : process.argv[3];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new"] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await browser.startTracing(page, { categories: ["devtools.timeline", "v8", "v8.wasm", "disabled-by-default-v8.wasm.detailed"] });
await page.goto(`http://127.0.0.1:${port}/micromacro/${route}`);
await page.waitForSelector("[data-testid=app-ready]");
await page.waitForFunction(() => !document.querySelector("[data-mounting]"));
await page.waitForTimeout(1500);
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const main = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain");
const onMain = (e) => e.pid === main.pid && e.tid === main.tid;
const sum = (f) => events.filter(f).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
const inRenderer = (e) => e.pid === main.pid && !onMain(e);
console.log(
  "main RunTask>5ms", sum((e) => onMain(e) && e.name === "RunTask" && e.dur > 5000).toFixed(0),
  "| main CompileLazy", sum((e) => onMain(e) && e.name === "wasm.CompileLazy").toFixed(0),
  "| other threads wasm compile", sum((e) => inRenderer(e) && /wasm\.(Compile|BackgroundCompile|Execute)/.test(e.name)).toFixed(0),
  "| main long tasks", events.filter((e) => onMain(e) && e.name === "RunTask" && e.dur > 12500).map((e) => (e.dur / 1000).toFixed(0)).join(" "),
);
await browser.close();
