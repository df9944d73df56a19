// A small static file server for the release build, serving dist/ under a
// sub-path the way GitHub Pages serves a project site (/<repo>/), so the
// end-to-end tests prove the build works off the domain root.
//
//   node e2e/serve.mjs [--root dist] [--base /micromacro/] [--port 4173]
//
// Only listens on 127.0.0.1. Paths are resolved inside the root; anything
// outside it, or missing, is a 404. Like GitHub Pages, it gzips text and wasm
// for clients that accept it, so timings (Lighthouse, the e2e load time)
// reflect what users download.
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.root ?? "dist");
const base = args.base ?? "/micromacro/";
const port = Number(args.port ?? 4173);

// path -> { source, gzip }: a file's gzip body, made again when the file changes (a server
// left running across rebuilds must not serve the previous build's index.html).
const gzipped = new Map();
const compressible = new Set([".html", ".js", ".css", ".wasm", ".svg", ".json", ".txt"]);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  const relative = decodeURIComponent(urlPath.slice(base.length)) || "index.html";
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const info = await stat(path);
    return info.isDirectory() ? join(path, "index.html") : path;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const urlPath = new URL(req.url, "http://localhost").pathname;
  if (urlPath === base.replace(/\/$/, "")) {
    res.writeHead(301, { Location: base });
    return res.end();
  }
  const path = urlPath.startsWith(base) ? await fileFor(urlPath) : null;
  if (!path) {
    res.writeHead(404, { "Content-Type": "text/plain" });
    return res.end("not found");
  }
  try {
    let body = await readFile(path);
    const headers = {
      "Content-Type": types[extname(path)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
    };
    if (compressible.has(extname(path)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      const cached = gzipped.get(path);
      if (!cached || !cached.source.equals(body)) {
        gzipped.set(path, { source: body, gzip: gzipSync(body, { level: 9 }) });
      }
      body = gzipped.get(path).gzip;
      headers["Content-Encoding"] = "gzip";
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
