// Prints the size of the built wasm, JS and CSS: raw, gzip (level 9) and
// brotli (quality 11), as a static host would serve them compressed.
//
//   node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(11);
const files = readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
if (files.length === 0) {
  console.error(`size-report: no .wasm/.js/.css in ${dir}; build first (make dist)`);
  process.exit(1);
}
console.log(`size report (${dir})`);
console.log(`${"file".padEnd(44)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
for (const file of files) {
  const body = readFileSync(join(dir, file));
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  console.log(`${file.padEnd(44)}${kb(body.length)}${kb(gzip)}${kb(brotli)}`);
}
