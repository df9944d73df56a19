// The app shell: loading, routes, languages, accessibility, CSP,
// all against the release build served under a sub-path.
import { expect, type Page, test } from "@playwright/test";
import { AppPage } from "../support/app-page";

test.use({ locale: "en-US" });

/** A real campaign link, made by the app's planner ("share"). */
async function campaignLink(page: Page) {
  const maker = new AppPage(page);
  await maker.open("./?lang=en#/plan");
  await maker.testId("share").click();
  const link = await maker.testId("share-url").inputValue();
  expect(link).toMatch(/#\/s\/c1\./);
  return link;
}

const ROUTES = [
  { hash: "#/", testid: "page-home", title: /micro- or macro-influencers/ },
  { hash: "#/checklist", testid: "page-checklist", title: /Checklist game/ },
  { hash: "#/plan", testid: "page-plan", title: /Campaign planner/ },
  { hash: "#/campaigns", testid: "page-campaigns", title: /Saved campaigns/ },
  { hash: "#/s/AbCd", testid: "page-shared", title: /Shared campaign/ },
  { hash: "#/no-such-page", testid: "page-not-found", title: /Page not found/ },
];

test("loads under a sub-path with no console errors, failed requests or CSP violations", async ({ page }) => {
  const app = new AppPage(page);
  await app.watchCsp();
  const started = Date.now();
  await app.open();
  console.log(`app-ready after ${Date.now() - started} ms`);
  expect(new URL(page.url()).pathname).toBe("/micromacro/");
  await expect(app.testId("page-home")).toBeVisible();
  await expect(page).toHaveTitle(/Micro·Macro/);
  expect(await app.cspViolations()).toEqual([]);
  app.expectNoProblems();
});

test("the CSP allows the wasm and the loader by hash, and nothing inline", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toMatch(/script-src[^;]*'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("__INLINE_SCRIPT_HASHES__");
  // The inlined style sheet is allowed by its hash too; nothing else inline is.
  expect(csp).toMatch(/style-src[^;]*'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).not.toContain("__INLINE_STYLE_HASHES__");
  const styled = await page.evaluate(async () => {
    const style = document.createElement("style");
    style.textContent = "body { outline: 7px solid rgb(1, 2, 3); }";
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 50));
    return getComputedStyle(document.body).outlineColor === "rgb(1, 2, 3)";
  });
  expect(styled).toBe(false);
  // The policy is live: an inline script added now is refused.
  const ran = await page.evaluate(async () => {
    (window as any).__injected = false;
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 50));
    return (window as any).__injected;
  });
  expect(ran).toBe(false);
});

for (const route of ROUTES) {
  test(`route ${route.hash} renders its page`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open(`./${route.hash}`);
    await expect(app.testId(route.testid)).toBeVisible();
    await expect(page.locator("main h1")).toHaveCount(1);
    await expect(page).toHaveTitle(route.title);
    app.expectNoProblems();
  });
}

test("navigation moves between pages and marks the current one", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  for (const [nav, testid, hash] of [
    ["nav-checklist", "page-checklist", "#/checklist"],
    ["nav-plan", "page-plan", "#/plan"],
    ["nav-campaigns", "page-campaigns", "#/campaigns"],
  ]) {
    await app.testId(nav).click();
    await expect(app.testId(testid)).toBeVisible();
    expect(new URL(page.url()).hash).toBe(hash);
    await expect(app.testId(nav)).toHaveAttribute("aria-current", "page");
  }
  await app.testId("nav-home").click();
  await expect(app.testId("page-home")).toBeVisible();
  await page.goBack();
  await expect(app.testId("page-campaigns")).toBeVisible();
  app.expectNoProblems();
});

test("the language switch changes the texts and is remembered", async ({ page }) => {
  const app = new AppPage(page);
  await app.open("./#/campaigns");
  await expect(app.testId("nav-campaigns")).toHaveText("Saved campaigns");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await app.testId("lang-nl").click();
  await expect(app.testId("nav-campaigns")).toHaveText("Opgeslagen campagnes");
  await expect(page.locator("main h1")).toHaveText("Opgeslagen campagnes");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page).toHaveTitle(/Opgeslagen campagnes/);
  await expect(app.testId("lang-nl")).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await app.ready();
  await expect(app.testId("nav-campaigns")).toHaveText("Opgeslagen campagnes");

  await app.testId("lang-en").click();
  await expect(app.testId("nav-campaigns")).toHaveText("Saved campaigns");
  app.expectNoProblems();
});

test("?lang= forces the language and an unknown one is explained", async ({ page }) => {
  const app = new AppPage(page);
  await app.open("./?lang=nl");
  await expect(app.testId("nav-home")).toBeVisible();
  await expect(page.locator("main h1")).toHaveText("Micro, macro of een mix?");

  await app.open("./?lang=fr");
  const notice = app.testId("notice");
  await expect(notice).toHaveAttribute("data-kind", "info");
  await expect(notice).toContainText("“fr”");
  await notice.getByRole("button").click();
  await expect(notice).toHaveCount(0);
});

test.describe("a Dutch browser", () => {
  test.use({ locale: "nl-NL" });
  test("gets Dutch without asking", async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(app.testId("nav-plan")).toHaveText("Planner");
    // Numbers are written the Dutch way.
    await expect(app.testId("home-example")).toContainText("6.000");
    await expect(app.testId("nav-campaigns")).toHaveText("Opgeslagen campagnes");
  });
});

test("the home page leads to the checklist and the planner", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  // The sources' headline example, computed by the engine and written the English way.
  await expect(app.testId("home-example")).toHaveAttribute("data-micro", "6000");
  await expect(app.testId("home-example")).toHaveAttribute("data-macro", "5000");
  await expect(app.testId("home-example")).toContainText("6,000");
  await expect(app.testId("home-factors").locator("li")).toHaveCount(9);
  await app.testId("home-plan").click();
  await expect(app.testId("page-plan")).toBeVisible();
  await page.goBack();
  await app.testId("home-checklist").click();
  await expect(app.testId("page-checklist")).toBeVisible();
});

test("the keyboard reaches the skip link, the navigation and the switch", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await app.testId("nav-plan").focus();
  await page.keyboard.press("Enter");
  await expect(app.testId("page-plan")).toBeVisible();
  await app.testId("lang-nl").focus();
  await page.keyboard.press("Space");
  await expect(app.testId("nav-campaigns")).toHaveText("Opgeslagen campagnes");
});

for (const lang of ["en", "nl"]) {
  test(`no serious accessibility violations on any page (${lang})`, async ({ page }) => {
    const app = new AppPage(page);
    for (const route of ROUTES) {
      await app.open(`./?lang=${lang}${route.hash}`);
      await expect(app.testId(route.testid)).toBeVisible();
      await app.expectAccessible(`${route.hash} (${lang})`);
    }
  });

  test(`screenshots of the home page (${lang})`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open(`./?lang=${lang}`);
    await app.screenshot(`home-${lang}-desktop`);
    await page.setViewportSize({ width: 390, height: 844 });
    await app.screenshot(`home-${lang}-phone`);
    // Nothing may stick out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("after the first visit every route works offline, from the service worker's cache", async ({ page, context }) => {
  const app = new AppPage(page);
  await app.watchCsp();
  await app.open("./");
  // The worker installs, then controls the page from the next load on.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await app.ready();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  const cacheName = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith("micromacro-")));
  expect(cacheName).toMatch(/^micromacro-[0-9a-f]{16}$/);
  await context.setOffline(true);
  // Each split module too: the planner's, the pages' and the report's.
  for (const route of ["#/", "#/plan", "#/checklist", "#/report", "#/campaigns"]) {
    await page.goto(`./${route}`);
    await page.reload();
    await app.ready();
    await expect(app.testId("part-not-loaded")).toHaveCount(0);
  }
  await expect(app.testId("page-campaigns")).toBeVisible();
  await context.setOffline(false);
  // The manifest is served and names the app.
  const manifest = await (await page.request.get("./manifest.webmanifest")).json();
  expect(manifest.short_name).toBe("Micro·Macro");
  // Installable on phones: PNG icons of 192 and 512 px and a maskable one, each served at
  // the size it declares (a PNG's width and height are the IHDR's first two fields).
  for (const icon of manifest.icons) {
    const response = await page.request.get(`./${icon.src}`);
    expect(response.ok(), icon.src).toBe(true);
    if (icon.type === "image/png") {
      const body = await response.body();
      expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  }
  const pngSizes = manifest.icons.filter((i: { type: string }) => i.type === "image/png").map((i: { sizes: string }) => i.sizes);
  expect(pngSizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i: { purpose: string }) => i.purpose === "maskable")).toBe(true);
  expect(await app.cspViolations()).toEqual([]);
});

test("before the wasm arrives each entry route shows its own first lines, and the app takes over in place", async ({ page, browser }) => {
  const link = await campaignLink(page);
  const cases = [
    { url: "./?lang=nl#/plan", h1: "Campagneplanner", lead: /Beschrijf de campagne/, app: "page-plan" },
    { url: "./?lang=en#/plan", h1: "Campaign planner", lead: /Describe the campaign/, app: "page-plan" },
    { url: link, h1: "A shared campaign plan", lead: /Working out the plan in your browser/, app: "page-shared" },
    { url: "./?lang=en#/", h1: "Micro, macro or a mix?", lead: /Find out which kind of creators/, app: "page-home" },
    { url: "./?lang=en#/checklist", h1: "The checklist game", lead: /Fifteen quick questions/, app: "page-checklist" },
    { url: "./?lang=nl#/campaigns", h1: "Opgeslagen campagnes", lead: /Campagnes die je bewaart/, app: "page-campaigns" },
    { url: "./?lang=en#/no-such-page", h1: null, lead: null, app: "page-not-found" },
    // The report page opens with its introduction, no heading (nothing to report here).
    { url: "./?lang=en#/report", h1: null, lead: /This page sets out a campaign plan/, app: "report" },
  ];
  for (const { url, h1, lead, app } of cases) {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
    const visitor = await context.newPage();
    // Hold the wasm back: what shows now is the static page alone.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await visitor.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await visitor.goto(url);
    const visible = visitor.locator("main h1:visible");
    const firstLines = lead === null ? null : visitor.locator("main p:visible", { hasText: lead });
    if (h1 === null) {
      // Routes without a skeleton heading show the header alone, never another page's text,
      // or their own first lines.
      await expect(visitor.locator(".site-header")).toBeVisible();
      await expect(visible).toHaveCount(0);
    } else {
      await expect(visible).toHaveCount(1);
      await expect(visible).toHaveText(h1);
    }
    if (firstLines === null) {
      await expect(visitor.locator("main p:visible")).toHaveCount(0);
    } else {
      await expect(firstLines).toHaveCount(1);
    }
    // What the app must put in the same place: the heading, or else the first lines.
    const anchor = h1 !== null ? visible : firstLines;
    const before = anchor === null ? null : await anchor.boundingBox();
    release();
    await expect(visitor.getByTestId("app-ready")).toBeVisible();
    await expect(visitor.getByTestId(app)).toBeVisible();
    if (before !== null) {
      // The app's copy lands where the skeleton's was: nothing jumps.
      const after = await (h1 !== null ? visitor.locator("main h1") : visitor.locator("main p", { hasText: lead! })).boundingBox();
      expect(Math.abs(after!.y - before.y), `${url}: first lines moved`).toBeLessThanOrEqual(1);
      expect(Math.abs(after!.x - before.x), `${url}: first lines moved`).toBeLessThanOrEqual(1);
    }
    await context.close();
  }
});

/**
 * `counts`, a list's items as seen after each change to the page, came one first, then more
 * (never fewer) up to `all`; and what is below the list (`below`, seen at the same changes)
 * came only once it was whole.
 */
function expectOneThenMore(counts: number[], all: number, below: boolean[], what: string) {
  const trace = `${what} seen: ${counts.join(",")}`;
  expect(counts.at(-1), trace).toBe(all);
  expect(counts.find((n) => n > 0), trace).toBe(1);
  for (let i = 1; i < counts.length; i++) expect(counts[i], trace).toBeGreaterThanOrEqual(counts[i - 1]);
  expect(below.every((shown, i) => !shown || counts[i] === all), trace).toBe(true);
}

test("the app takes the skeleton's place with its page built, and a plan's rows and cards come a few a task before what is below them", async ({ page, browser }) => {
  // A plan with seven creators, shared.
  const maker = new AppPage(page);
  await maker.open("./?lang=en#/plan");
  const made = maker.testId("creator-row");
  for (let n = await made.count(); n < 7; n++) await maker.testId("add-creator").click();
  await expect(made).toHaveCount(7);
  await maker.testId("share").click();
  const link = await maker.testId("share-url").inputValue();
  for (const url of [link, "./?lang=en#/plan", "./?lang=en#/"]) {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
    const visitor = await context.newPage();
    // What the app's part of the document holds after every change to it.
    await visitor.addInitScript(() => {
      const w = window as unknown as { seen: { page: boolean; rows: number; roster: boolean; loading: boolean; cards: number; charts: boolean }[] };
      w.seen = [];
      new MutationObserver(() => {
        const app = document.querySelector("[data-testid=app-ready]");
        if (app === null) return;
        w.seen.push({
          page: app.querySelector("main [data-testid^=page-]") !== null,
          rows: app.querySelectorAll("[data-testid=creator-row]").length,
          roster: app.querySelector(".planner > .roster") !== null,
          loading: app.querySelector("[data-testid=planner-loading]") !== null,
          cards: app.querySelectorAll(".scenarios > article").length,
          charts: app.querySelector("[data-testid=charts]") !== null,
        });
      }).observe(document, { childList: true, subtree: true });
    });
    await visitor.goto(url);
    await new AppPage(visitor).ready();
    const seen = await visitor.evaluate(() => (window as unknown as { seen: { page: boolean; rows: number; roster: boolean; loading: boolean; cards: number; charts: boolean }[] }).seen);
    // The app is built off the page and replaces the skeleton whole: never a frame without its page.
    expect(seen.length, url).toBeGreaterThan(0);
    expect(seen[0].page, `${url}: the app arrived without its page`).toBe(true);
    if (url === link) {
      // The list comes with one row; the others follow in later tasks (as many a task as are
      // built in a few milliseconds: staged::in_steps), none goes away meanwhile, and the
      // sections below the list wait for its last row.
      expectOneThenMore(seen.map((s) => s.rows), 7, seen.map((s) => s.roster), "rows");
      // The line that stands in for the planner's module is gone once rows come.
      expect(seen.some((s) => s.loading && s.rows > 0)).toBe(false);
    }
    if (url !== "./?lang=en#/") {
      // The same for the three plans' cards, and the charts below them.
      expectOneThenMore(seen.map((s) => s.cards), 3, seen.map((s) => s.charts), "cards");
    }
    await context.close();
  }
});

test("no entry route moves what is on screen while it loads, on a phone or a desktop", async ({ page, browser }) => {
  const link = await campaignLink(page);
  const viewports = [
    { width: 390, height: 844 },
    { width: 1350, height: 940 },
  ];
  for (const viewport of viewports) {
    for (const url of ["./?lang=en#/", "./?lang=nl#/plan", link, "./?lang=en#/report", "./?lang=en#/checklist"]) {
      const context = await browser.newContext({ locale: "en-US", viewport });
      const visitor = await context.newPage();
      await visitor.addInitScript(() => {
        const w = window as unknown as { shifts: string[]; shifted: number };
        w.shifts = [];
        w.shifted = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
            if (entry.hadRecentInput) continue;
            w.shifted += entry.value;
            w.shifts.push(entry.sources.map((s) => s.node?.nodeName ?? "?").join(","));
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await visitor.goto(url);
      const app = new AppPage(visitor);
      await app.ready();
      // The planner's ranges arrive after its mount; the confidence line is their last sign.
      if (url.includes("plan") || url === link) await expect(visitor.getByTestId("confidence")).toHaveCount(1);
      const { shifted, shifts } = await visitor.evaluate(() => {
        const w = window as unknown as { shifts: string[]; shifted: number };
        return { shifted: w.shifted, shifts: w.shifts };
      });
      expect(shifted, `${url} at ${viewport.width} px moved: ${shifts.join(" | ")}`).toBeLessThan(0.01);
      await context.close();
    }
  }
});

test("the wasm is fetched only after the skeleton's first paint, and only once; the page's language before it, the page's module beside it", async ({ page }) => {
  const app = new AppPage(page);
  await app.open("./?lang=en#/plan");
  const { paint, wasm } = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    wasm: performance
      .getEntriesByType("resource")
      .filter((e) => e.name.endsWith(".wasm"))
      .map((e) => ({ file: new URL(e.name).pathname.split("/").pop()!, start: e.startTime, end: e.responseEnd })),
  }));
  expect(paint).not.toBeNull();
  // The main module, after the paint; then the planner's lower parts' module (with the
  // chunks it shares with other modules), each file once.
  const main = wasm.filter((w) => /^micromacro-[0-9a-f]+_bg\.wasm$/.test(w.file));
  expect(main).toHaveLength(1);
  expect(main[0].start).toBeGreaterThanOrEqual(paint!);
  const files = wasm.map((w) => w.file);
  expect(new Set(files).size, files.join(", ")).toBe(files.length);
  expect(files.some((f) => f.startsWith("split_planner_parts-"))).toBe(true);
  // The page's language (its texts, src/i18n/texts.rs) is preloaded by the page's inline
  // script, before the main module; the other language is not fetched at all.
  const language = wasm.filter((w) => w.file.startsWith("split_lang_"));
  expect(language.map((w) => w.file.replace(/-[0-9a-f]+\.wasm$/, ""))).toEqual(["split_lang_en"]);
  expect(language[0].start).toBeLessThan(main[0].start);
  // The page's module (the planner's first screen) with its chunks, the names in the page's
  // meta, beside the main module: each once, after the paint, and not after the main module
  // has arrived.
  const named = await page.evaluate(() => document.querySelector('meta[name="micromacro-modules"]')!.getAttribute("content")!);
  const planFiles = named.split(" ").find((m) => m.startsWith("planner_screen="))!.slice("planner_screen=".length).split(",");
  expect(planFiles[0]).toMatch(/^split_planner_screen-[0-9a-f]+\.wasm$/);
  const early = [...language.map((w) => w.file), ...planFiles];
  const mainEnd = main[0].end;
  for (const file of planFiles) {
    const fetched = wasm.filter((w) => w.file === file);
    expect(fetched, file).toHaveLength(1);
    expect(fetched[0].start, file).toBeGreaterThanOrEqual(paint!);
    expect(fetched[0].start, file).toBeLessThan(mainEnd);
  }
  for (const w of wasm.filter((w) => !early.includes(w.file))) {
    expect(w.start).toBeGreaterThanOrEqual(main[0].start);
  }
});

test("each page fetches its own module: the checklist and saved campaigns not the report's charts, the report not the checklist", async ({ page }) => {
  const app = new AppPage(page);
  const modules = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name).pathname.split("/").pop()!)
        .filter((f) => f.startsWith("split_") && !f.startsWith("split_lang_"))
        .map((f) => f.replace(/-[0-9a-f]+\.wasm$/, ""))
        .sort(),
    );
  await app.open("./?lang=en#/checklist");
  await expect(app.testId("page-checklist")).toBeVisible();
  expect(await modules()).toEqual(["split_pages"]);
  // Another query, so the browser loads the page anew rather than only changing its fragment.
  await app.open("./?lang=nl#/report");
  await expect(app.testId("report")).toBeVisible();
  expect(await modules()).toEqual(["split_report"]);
  // Moving on within the app fetches the next page's module then; the creator library under the
  // saved campaigns shares the planner's module (its import and the roster panel are one code).
  await app.testId("nav-campaigns").click();
  await expect(app.testId("page-campaigns")).toBeVisible();
  await expect(app.testId("library")).toBeVisible();
  expect(await modules()).toEqual(["split_pages", "split_planner_parts", "split_report"]);
});

test.describe("without the service worker (its cache would answer instead of the network)", () => {
  test.use({ serviceWorkers: "block" });

  test("a language whose texts cannot be fetched leaves the page as it was, and says so", async ({ page }) => {
    let blocked = true;
    await page.route(/\/split_lang_nl-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
    const app = new AppPage(page);
    await app.open("./?lang=en#/plan");
    await app.testId("lang-nl").click();
    await expect(app.testId("notice").filter({ hasText: "other language could not be loaded" })).toBeVisible();
    await expect(app.testId("lang-en")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    blocked = false;
    await app.testId("lang-nl").click();
    await expect(app.testId("lang-nl")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("h1")).toHaveText("Campagneplanner");
  });

  test("a page whose language cannot be fetched keeps its skeleton and offers a reload", async ({ page }) => {
    await page.route(/\/split_lang_nl-[0-9a-f]+\.wasm$/, (route) => route.abort());
    await page.goto("./?lang=nl#/plan");
    const notice = page.getByTestId("notice").filter({ hasText: "kon niet helemaal worden geladen" });
    await expect(notice).toBeVisible();
    await expect(page.getByTestId("crash-reload")).toHaveText("Pagina opnieuw laden");
    // The skeleton's Dutch first lines stay; the app never mounted.
    await expect(page.locator(".skeleton-view--plan h1:visible")).toHaveText("Campagneplanner");
    await expect(page.getByTestId("app-ready")).toHaveCount(0);
  });

  test("a part of the page that cannot be fetched says so, and comes once it can", async ({ page }) => {
    let blocked = true;
    await page.route(/\/split_pages-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
    const app = new AppPage(page);
    await app.open("./?lang=en#/checklist");
    // The shell works; the message stands where the page would be.
    await expect(page.getByRole("navigation")).toBeVisible();
    const message = app.testId("part-not-loaded");
    await expect(message).toBeVisible();
    await expect(message).toHaveCount(1);
    await expect(message).toContainText("could not be loaded");
    await expect(app.testId("page-checklist")).toHaveCount(0);
    blocked = false;
    await message.getByRole("button", { name: "Try again" }).click();
    await expect(app.testId("page-checklist")).toBeVisible();
    await expect(app.testId("part-not-loaded")).toHaveCount(0);
    // Elsewhere in the app, a page whose module loads works as ever.
    await page.goto("./?lang=en#/plan");
    await app.ready();
    await expect(page.locator("#brief-title")).toBeVisible();
  });

  test("while the planner's lower parts are on their way, a line says what is coming", async ({ page }) => {
    // A slow connection: the planner's module arrives a while after the page.
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/split_planner_parts-[0-9a-f]+\.wasm$/, async (route) => {
      await arrived;
      await route.continue();
    });
    const app = new AppPage(page);
    // Not app.open: it waits for the whole planner, which waits for the module.
    await page.goto("./?lang=nl#/plan");
    await expect(app.testId("recommendation")).toBeVisible();
    const loading = app.testId("planner-loading");
    await expect(loading).toBeVisible();
    await expect(loading).toHaveAttribute("role", "status");
    await expect(loading).toContainText("grafieken worden geladen");
    await expect(app.testId("add-creator")).toHaveCount(0);
    release();
    await expect(app.testId("add-creator")).toBeVisible();
    await expect(loading).toHaveCount(0);
    await app.ready();
  });

  test("the planner without its lower parts' module still gives its verdict, and gets them once it can", async ({ page }) => {
    let blocked = true;
    await page.route(/\/split_planner_parts-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
    const app = new AppPage(page);
    await app.open("./?lang=en#/plan");
    await app.ready();
    // The brief and the recommendation are the main module's; the message stands where the
    // creators and everything below them would be.
    await expect(page.locator("#brief-title")).toBeVisible();
    await expect(app.testId("recommendation")).toBeVisible();
    const message = app.testId("part-not-loaded");
    await expect(message).toHaveCount(1);
    await expect(message).toContainText("could not be loaded");
    await expect(app.testId("add-creator")).toHaveCount(0);
    await expect(app.testId("charts")).toHaveCount(0);
    // The sampled worlds come with that module (src/ui/plan/plan_view.rs): no confidence yet.
    const recommendation = app.testId("recommendation");
    await expect(recommendation).toHaveAttribute("data-confidence", "");
    blocked = false;
    await message.getByRole("button", { name: "Try again" }).click();
    await expect(app.testId("add-creator")).toBeVisible();
    await expect(app.testId("roster")).toBeVisible();
    await expect(app.testId("charts")).toHaveCount(1);
    await expect(app.testId("part-not-loaded")).toHaveCount(0);
    await expect(recommendation).toHaveAttribute("data-confidence", /^(0|1|0\.\d+)$/);
  });
});
