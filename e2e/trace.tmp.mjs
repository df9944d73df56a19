import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const port = process.argv[2];
const shared = readFileSync("/work/main/e2e/fixtures/campaign-link.txt", "utf8").trim();
const route = process.argv[3] === "shared" ? shared : process.argv[3];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new"] });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await browser.startTracing(page, { categories: ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline", "v8.wasm", "disabled-by-default-v8.wasm.detailed"] });
await page.goto(`http://127.0.0.1:${port}/micromacro/${route}`);
await page.waitForSelector("[data-testid=app-ready]");
await page.waitForFunction(() => !document.querySelector("[data-mounting]"));
await page.waitForTimeout(1500);
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const main = events.find((e) => e.name === "thread_name" && e.args.name === "CrRendererMain");
const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === "RunTask" && e.dur > 50000).sort((a, b) => a.ts - b.ts);
const names = new Map();
for (const e of events) if (e.pid === main.pid && e.tid === main.tid && e.dur) names.set(e.name, (names.get(e.name) ?? 0));
let total = 0;
for (const t of tasks) {
  const inside = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.dur);
  const by = new Map();
  for (const e of inside) if (/wasm|compile|Compile|FunctionCall|Layout|Paint|ParseHTML|EvaluateScript|v8\./i.test(e.name)) by.set(e.name, (by.get(e.name) ?? 0) + e.dur);
  const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, d]) => `${n}=${(d / 1000).toFixed(0)}`).join(" ");
  total += t.dur / 1000 - 50;
  const lazy = inside.filter((e) => e.name === "wasm.CompileLazy");
  const argsKeys = lazy[0] ? JSON.stringify(lazy[0].args).slice(0, 200) : "";
  console.log(`task ${(t.dur / 1000).toFixed(0)} ms: ${top} | lazy compiles ${lazy.length} ${argsKeys}`);
}
console.log("blocking sum", total.toFixed(0));
const agg = new Map();
for (const t of tasks) {
  for (const e of events) {
    if (e.pid === main.pid && e.tid === main.tid && e.dur && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== "RunTask")
      agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur);
  }
}
console.log([...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 22).map(([n, d]) => `${n}=${(d / 1000).toFixed(0)}`).join(" "));
await browser.close();
