// The first-load size of the release build, and where its bytes come from.
//
//   node scripts/size-report.mjs [dist] [--budget-gzip=BYTES] [--budget-main-gzip=BYTES]
//                                [--names=WASM] [--code=WASM] [--split=JSON] [--top=N]
//                                [--forbid=TEXT ...]
//
// 1. Every .html, .wasm, .js and .css in `dist` (the page carries the style sheet,
//    inlined): raw, gzip (level 9, as GitHub Pages serves it) and brotli (quality 11); the
//    small chunks of code that split modules share are summed on one line.
// 2. With `--split` (the manifest scripts/wasm_split.py writes beside the release wasm:
//    the main module, and each split module's files), the wasm each route fetches before
//    its page shows, and what the planner fetches after its first screen.
// 3. With `--names`, the code of a wasm that still has its name section (the release
//    main module as wasm-split-cli wrote it, before wasm-bindgen and wasm-opt) by crate,
//    and the app's largest functions. wasm-opt moves bytes around but keeps these shares
//    roughly; the served figures of steps 1 and 2 are the ones that count.
// 4. With `--budget-gzip`, exits 1 when the wasm a route fetches before its page shows
//    passes the budget on any route (without a manifest: all the wasm). A size is
//    deterministic for a given toolchain and lock file, so this check belongs in
//    `make test` (the Makefile holds the budget). With `--budget-main-gzip` (and a manifest),
//    likewise when the main module and the page's language pass their budget: all the wasm
//    the home page fetches before it shows, and what every other route fetches first. Every
//    route fetches one language module (`lang_<code>`, the texts of src/i18n/texts.rs); the
//    larger of them is counted.
// 4b. With `--code` (the whole linked wasm, before it is split; names kept), exits 1 when it,
//    or the main module of `--names`, holds code the app must not bring in (FORBIDDEN_CODE),
//    naming the function and what to use instead: each rule keeps a large piece of a library
//    out, and a broken one is found by name rather than as a total over budget.
// 5. With `--forbid` (repeatable), exits 1 when a served file holds that text: the Makefile
//    forbids the build machine's folders (the checkout, Cargo's home), so that no path of it
//    ships in a panic location or a source map.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const dir = args.find((a) => !a.startsWith("--")) ?? "dist";
const budget = option("budget-gzip") ? Number(option("budget-gzip")) : null;
const mainBudget = option("budget-main-gzip") ? Number(option("budget-main-gzip")) : null;
const namesWasm = option("names");
const splitManifest = option("split");
const codeWasm = option("code");
const top = Number(option("top") ?? 15);
const forbidden = args.filter((a) => a.startsWith("--forbid=")).map((a) => a.slice("--forbid=".length));

// The page each route opens with fetches its split module before it shows (src/ui/lazy.rs,
// `preload_page`); home (and not-found) show with the main module alone.
const ROUTES = [
  ["home", null],
  ["#/plan, a shared campaign", "planner_screen"],
  ["#/checklist, #/campaigns", "pages"],
  ["#/report", "report"],
];
// Fetched while a page mounts (the planner's lower parts and share box, from the planner's
// start; the mount waits for them at the creators' step), with the module of the page that
// fetches it, whose files (chunks they share) are not fetched twice; any other module is
// "later".
const LATER = {
  planner_parts: ["then the planner's lower parts", "planner_screen"],
};

// Code that must not be in the app's wasm: a path (a crate, or a module of one), in the whole
// wasm or in the main module (which every route fetches first), and what to use instead.
// Found in the linker's names, legacy (`_ZN4core3num7flt2dec…`) or v0 mangled
// (`_RNv…_4core3num7flt2dec…`): both write the path's segments as length-prefixed names.
const FORBIDDEN_CODE = [
  ["serde", "all", "serde: read and write JSON with src/json, the stored format with src/format"],
  ["serde_json", "all", "serde_json: read and write JSON with src/json"],
  ["core::num::dec2flt", "all", "core's float parser (`str::parse::<f64>`): parse numbers with src/num (parse_f64)"],
  ["core::num::flt2dec", "all", "core's float printer (`{}` or `to_string` of an f64): write numbers with src/num (fixed, shortest, plain)"],
  ["core::unicode::unicode_data::conversions", "all", "core's case tables (`to_lowercase`, `to_uppercase`): fold case with micromacro_engine::case_fold"],
  ["core::unicode::unicode_data::alphabetic", "all", "core's letter tables (`is_alphabetic`): micromacro_engine::case_fold::is_letter"],
].map(([path, scope, why]) => {
  const mangled = path.split("::").map((segment) => `${segment.length}${segment}`).join("");
  return { path, scope, why, pattern: new RegExp(`(^|[^0-9])${mangled}($|[^a-z_])`) };
});

const DESCRIPTORS = "(wasm-bindgen descriptors)";
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(11);
const files = readdirSync(dir).filter((f) => /\.(html|wasm|js|css)$/.test(f)).sort();
if (!files.some((f) => f.endsWith(".wasm"))) {
  console.error(`size-report: no .wasm in ${dir}; build first (make dist)`);
  process.exit(1);
}
const isChunk = (file) => /^chunk_\d+-[0-9a-f]+\.wasm$/.test(file);
console.log(`size report (${dir})`);
console.log(`${"file".padEnd(44)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
const gzipOf = new Map();
const chunks = { count: 0, raw: 0, gzip: 0, brotli: 0 };
for (const file of files) {
  const body = readFileSync(join(dir, file));
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  if (file.endsWith(".wasm")) gzipOf.set(file, gzip);
  if (isChunk(file)) {
    chunks.count++;
    chunks.raw += body.length;
    chunks.gzip += gzip;
    chunks.brotli += brotli;
  } else {
    console.log(`${file.padEnd(44)}${kb(body.length)}${kb(gzip)}${kb(brotli)}`);
  }
}
if (chunks.count) {
  const label = `(${chunks.count} chunks shared by split modules)`;
  console.log(`${label.padEnd(44)}${kb(chunks.raw)}${kb(chunks.gzip)}${kb(chunks.brotli)}`);
}

// The gzip bytes the budget applies to: the largest first load of a route.
let firstLoad = [...gzipOf.values()].reduce((a, b) => a + b, 0);
let mainLoad = null;
if (splitManifest) {
  if (!existsSync(splitManifest)) {
    console.error(`size-report: no ${splitManifest}; build first (make dist)`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(splitManifest, "utf8"));
  const sizeOf = (file) => {
    if (!gzipOf.has(file)) {
      console.error(`size-report: ${splitManifest} names ${file}, which is not in ${dir} (a stale build?)`);
      process.exit(1);
    }
    return gzipOf.get(file);
  };
  const sum = (list) => [...new Set(list)].reduce((total, file) => total + sizeOf(file), 0);
  const moduleFiles = (name) => {
    const list = manifest.modules[name];
    if (!list) {
      console.error(`size-report: ${splitManifest} has no split module "${name}"`);
      process.exit(1);
    }
    return list;
  };
  // Each page fetches its language's module before it shows; the larger one counts.
  const languages = Object.keys(manifest.modules).filter((m) => m.startsWith("lang_")).sort();
  const language = languages.reduce(
    (larger, m) => (larger && sum(moduleFiles(larger)) >= sum(moduleFiles(m)) ? larger : m),
    null,
  );
  console.log(`\nwasm fetched before the page shows (gzip)`);
  console.log(`${"main module".padEnd(72)}${kb(sizeOf(manifest.main))}`);
  for (const m of languages) {
    console.log(`${`+ language ${m}`.padEnd(72)}${kb(sum(moduleFiles(m)))}`);
  }
  firstLoad = 0;
  for (const [route, module] of ROUTES) {
    const list = [
      manifest.main,
      ...(language ? moduleFiles(language) : []),
      ...(module ? moduleFiles(module) : []),
    ];
    const bytes = sum(list);
    firstLoad = Math.max(firstLoad, bytes);
    if (module === null) mainLoad = bytes;
    const what = ["main", language, module].filter(Boolean).join(" + ");
    console.log(`${route.padEnd(38)}${`${what} (${list.length} files)`.padEnd(34)}${kb(bytes)}`);
  }
  // The modules no page waits for: fetched once a page has shown (src/ui/lazy.rs).
  const routed = new Set([...ROUTES.map(([, module]) => module), ...languages]);
  for (const module of Object.keys(manifest.modules).filter((m) => !routed.has(m))) {
    const [label, after] = LATER[module] ?? ["later", null];
    const fetched = new Set(after ? moduleFiles(after) : []);
    const parts = moduleFiles(module).filter((file) => !fetched.has(file));
    const what = `+ ${module} (${parts.length} more files)`;
    console.log(`${label.padEnd(38)}${what.padEnd(34)}${kb(sum(parts))}`);
  }
  const all = sum([manifest.main, ...Object.values(manifest.modules).flat()]);
  console.log(`${"every module".padEnd(72)}${kb(all)}`);
}

if (namesWasm) {
  if (existsSync(namesWasm)) breakdown(readFileSync(namesWasm));
  else console.log(`\n(no ${namesWasm}: no breakdown by crate)`);
}
if (codeWasm) {
  const scopes = { all: codeWasm, main: namesWasm };
  const found = Object.entries(scopes).flatMap(([scope, wasm]) => {
    if (!wasm) return [];
    const names = [...readModule(readFileSync(wasm)).names.values()];
    return FORBIDDEN_CODE.filter((rule) => rule.scope === scope).flatMap(({ path, why, pattern }) => {
      const hits = names.filter((name) => pattern.test(name));
      return hits.length === 0 ? [] : [`${path} in ${wasm} (${hits.length} functions, such as ${hits[0].slice(0, 90)}):\n    ${why}`];
    });
  });
  if (found.length > 0) {
    console.error(`\nsize-report: the wasm holds code the app must not bring in:\n  ${found.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`\nno forbidden code: ${FORBIDDEN_CODE.map(({ path, scope }) => `${path} (${scope === "all" ? "whole wasm" : "main module"})`).join(", ")}`);
}

const served = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile());
const leaks = served.flatMap(({ name: file }) => {
  const bytes = readFileSync(join(dir, file));
  return forbidden.filter((text) => text.length > 1 && bytes.includes(text)).map((text) => `${file}: ${text}`);
});
if (leaks.length > 0) {
  console.error(`\nsize-report: a path of the build machine ships in:\n  ${leaks.join("\n  ")}`);
  process.exit(1);
}

if (budget !== null) {
  const verdict = firstLoad <= budget ? "within" : "OVER";
  console.log(`\nwasm gzip ${firstLoad} B before a page shows, on its largest route: ${verdict} the budget of ${budget} B`);
  if (firstLoad > budget) process.exit(1);
}
if (mainBudget !== null && mainLoad === null) {
  console.error("size-report: --budget-main-gzip needs --split (the main module is only known from it)");
  process.exit(1);
}
if (mainBudget !== null) {
  const verdict = mainLoad <= mainBudget ? "within" : "OVER";
  console.log(`wasm gzip ${mainLoad} B in the main module and a language (home, and every route's first): ${verdict} its budget of ${mainBudget} B`);
  if (mainLoad > mainBudget) process.exit(1);
}

// ---- the breakdown -------------------------------------------------------------

/** Code bytes per crate and the app's largest functions, from the name section. */
function breakdown(wasm) {
  const { bodies, names, dataBytes } = readModule(wasm);
  const perCrate = new Map();
  const appFunctions = [];
  let code = 0;
  let functions = 0;
  bodies.forEach((size, index) => {
    const name = names.get(index) ?? "";
    const crate = crateOf(name);
    if (crate === DESCRIPTORS) return; // never shipped
    code += size;
    functions++;
    perCrate.set(crate, (perCrate.get(crate) ?? 0) + size);
    if (crate === "micromacro" || crate === "micromacro_engine") {
      appFunctions.push({ size, name: demangle(name) });
    }
  });
  console.log(`\ncode by crate (${namesWasm}: ${functions} functions, ${code} B of code, ${dataBytes} B of data)`);
  const rows = [...perCrate].sort((a, b) => b[1] - a[1]);
  for (const [crate, size] of rows.slice(0, top)) {
    console.log(`${crate.padEnd(44)}${String(size).padStart(11)} B${pct(size, code).padStart(8)}`);
  }
  const rest = rows.slice(top).reduce((sum, [, size]) => sum + size, 0);
  if (rest > 0) console.log(`${`(${rows.length - top} more)`.padEnd(44)}${String(rest).padStart(11)} B${pct(rest, code).padStart(8)}`);
  console.log(`\nthe app's largest functions`);
  appFunctions.sort((a, b) => b.size - a.size);
  for (const { size, name } of appFunctions.slice(0, top)) {
    console.log(`${String(size).padStart(8)} B  ${name.slice(0, 110)}`);
  }
}

function pct(part, whole) {
  return `${((100 * part) / whole).toFixed(1)}%`;
}

/** Function body sizes (indexed like the name section) and the data segment bytes. */
function readModule(wasm) {
  let at = 8; // magic and version
  const uleb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = wasm[at++];
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  };
  const text = () => {
    const length = uleb();
    const value = new TextDecoder().decode(wasm.subarray(at, at + length));
    at += length;
    return value;
  };
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  let dataBytes = 0;
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = uleb();
    const end = at + size;
    if (id === 2) {
      // Imports: functions among them take the first indices.
      for (let n = uleb(); n > 0; n--) {
        text();
        text();
        const kind = wasm[at++];
        if (kind === 0) {
          uleb();
          importedFunctions++;
        } else if (kind === 1) {
          at++;
          limits();
        } else if (kind === 2) {
          limits();
        } else {
          at += 2; // global: value type and mutability
        }
      }
    } else if (id === 10) {
      for (let n = uleb(); n > 0; n--) {
        const length = uleb();
        bodies.push(length);
        at += length;
      }
    } else if (id === 11) {
      dataBytes = size;
    } else if (id === 0 && text() === "name") {
      while (at < end) {
        const sub = wasm[at++];
        const subSize = uleb();
        const subEnd = at + subSize;
        if (sub === 1) {
          for (let n = uleb(); n > 0; n--) {
            const index = uleb();
            names.set(index - importedFunctions, text());
          }
        }
        at = subEnd;
      }
    }
    at = end;
  }
  return { bodies, names, dataBytes };

  function limits() {
    const flags = wasm[at++];
    uleb();
    if (flags & 1) uleb();
  }
}

/**
 * The crate a Rust symbol belongs to: the first path segment,
 * or for `<Type as Trait>::f` the type's crate (the trait's when the type is a
 * bare parameter or primitive).
 */
function crateOf(symbol) {
  // wasm-bindgen reads its descriptor functions at build time and removes them.
  if (symbol.startsWith("__wbindgen_describe")) return DESCRIPTORS;
  if (symbol.startsWith("__wbg") || symbol.startsWith("__wbindgen")) return "wasm_bindgen";
  if (!symbol.startsWith("_ZN") && !symbol.startsWith("_R")) return "(other)";
  if (symbol.startsWith("_R")) {
    // v0 mangling (the prebuilt standard library): the first crate root, `C[s<hash>_]<len><name>`.
    const root = symbol.match(/C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_][A-Za-z0-9_]*)/);
    return root ? root[2].slice(0, Number(root[1])) : "(other)";
  }
  const path = demangle(symbol);
  if (!path) return "(unnamed)";
  const qualified = path.match(/^<(?:&(?:mut )?)?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)(::)?.*? as ([A-Za-z_][A-Za-z0-9_]*)/);
  if (qualified) return qualified[2] ? qualified[1] : qualified[3];
  const plain = path.match(/^([A-Za-z_][A-Za-z0-9_]*)/);
  return plain ? plain[1] : "(other)";
}

/** `_ZN6tachys4html3foo17h0123E` → `tachys::html::foo`; other names unchanged. */
function demangle(symbol) {
  if (!symbol.startsWith("_ZN")) return symbol;
  const parts = [];
  let at = 3;
  while (at < symbol.length && symbol[at] !== "E") {
    let digits = "";
    while (/[0-9]/.test(symbol[at])) digits += symbol[at++];
    if (!digits) break;
    parts.push(symbol.slice(at, at + Number(digits)));
    at += Number(digits);
  }
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts
    .join("::")
    .replace(/\$LT\$/g, "<")
    .replace(/\$GT\$/g, ">")
    .replace(/\$u20\$/g, " ")
    .replace(/\$RF\$/g, "&")
    .replace(/\$BP\$/g, "*")
    .replace(/\$C\$/g, ",")
    .replace(/\$u7b\$/g, "{")
    .replace(/\$u7d\$/g, "}")
    .replace(/\$u5b\$/g, "[")
    .replace(/\$u5d\$/g, "]")
    .replace(/\$u27\$/g, "'")
    .replace(/\.\./g, "::")
    .replace(/^_</, "<");
}
