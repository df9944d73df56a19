#!/usr/bin/env python3
"""Trunk post_build step: split the release wasm into modules fetched when first used.

Trunk 0.21 cannot split a wasm, so this step redoes its last three steps for a release
built with `--cfg micromacro_split` (`make dist`), whose split points are the functions in
src/ui/lazy.rs:

1. `wasm-split-cli` reads the wasm as rustc wrote it (linked with `--emit-relocs`, which
   the split needs) and writes the main module, one module per split point, chunks of
   code that several of them share, and `__wasm_split.js`, which fetches and instantiates
   them against the main module's memory and function table.
2. `wasm-bindgen` makes the page's JS glue for the main module (`--keep-lld-exports`: the
   split modules import the main module's functions by their linker names).
3. `wasm-opt -Oz` shrinks every module, and terser minifies the JS, as Trunk does.

Then every new file gets a content hash in its name (a page never mixes modules of two
builds from a cache), and the main module and glue replace Trunk's in the staging dir
under Trunk's names, which index.html already references.

Trunk itself runs no wasm-opt (index.html: `data-wasm-opt="0"`): it would shrink a wasm this
step replaces. A debug build (`make serve`) is left as Trunk made it; a release built without
the cfg (no split points) gets `wasm-opt -Oz` on its one wasm here. A failing tool fails the
build: a half-split page would not load.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PLACEHOLDER_MODULE = b"__wasm_split_placeholder__"
LINK_JS = "__wasm_split.js"
# What each split module fetches, by served file name, for the size report (not served).
MANIFEST = "wasm-split.json"
# The main module as wasm-split-cli wrote it, names kept (not served).
MAIN_WITH_NAMES = "micromacro-main.wasm"
# In index.html, the content of `<meta name="micromacro-languages">`: replaced by each
# language's module (`en=<file> nl=<file>`), which the page's inline script preloads for the
# language it shows (src/i18n/texts.rs). Left as it is in a build without split points, where
# the script finds no file to preload.
LANGUAGES_PLACEHOLDER = "__LANGUAGE_MODULES__"
# In index.html, the content of `<meta name="micromacro-modules">`: each other split module's
# files, its own first (`plan=<file>,<chunk>,... pages=...`), which the page's inline script
# preloads for the route it shows, so a page's module downloads beside the main module rather
# than after it. Left as it is in a build without split points.
MODULES_PLACEHOLDER = "__SPLIT_MODULES__"
# In the loader: `const <name> = makeLoad(() => { ... new URL("./<file>", ...) ... }, [<deps>])`,
# where a split point's loader is exported as `__wasm_split_load_<module>`.
LOADER = re.compile(
    r"(?:export )?const (\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{.*?"
    r"new URL\(\"\./([^\"]+)\".*?\n\}\s*,\s*\[([^\]]*)\]\)",
    re.DOTALL,
)


def leb128(data, pos):
    """An unsigned LEB128 number at `pos`: (value, position after it)."""
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def import_modules(wasm):
    """The module names of a wasm's imports."""
    if wasm[:4] != b"\0asm":
        raise ValueError("not a wasm module")
    pos, modules = 8, set()
    while pos < len(wasm):
        section, pos = wasm[pos], pos + 1
        size, pos = leb128(wasm, pos)
        if section == 2:
            count, at = leb128(wasm, pos)
            for _ in range(count):
                length, at = leb128(wasm, at)
                modules.add(wasm[at : at + length])
                at += length
                length, at = leb128(wasm, at)
                at += length
                kind, at = wasm[at], at + 1
                if kind == 0:  # function: type index
                    _, at = leb128(wasm, at)
                elif kind == 1:  # table: element type, limits
                    at += 1
                    flags, at = leb128(wasm, at)
                    _, at = leb128(wasm, at)
                    if flags & 1:
                        _, at = leb128(wasm, at)
                elif kind == 2:  # memory: limits
                    flags, at = leb128(wasm, at)
                    _, at = leb128(wasm, at)
                    if flags & 1:
                        _, at = leb128(wasm, at)
                elif kind == 3:  # global: value type, mutability
                    at += 2
                else:  # tag
                    at += 1
                    _, at = leb128(wasm, at)
            return modules
        pos += size
    return modules


def hashed(name, content):
    """`name` with a short hash of `content` before its extension."""
    stem, ext = os.path.splitext(name)
    return f"{stem}-{hashlib.sha256(content).hexdigest()[:16]}{ext}"


def module_files(loader):
    """{split module: [its file, then the chunk files it needs]} from the unminified loader."""
    consts = {}
    for name, file, deps in LOADER.findall(loader):
        consts[name] = (file, [d.strip() for d in deps.split(",") if d.strip()])
    modules = {}
    for name, (file, deps) in consts.items():
        if name.startswith("__wasm_split_load_"):
            modules[name[len("__wasm_split_load_") :]] = [file] + [consts[d][0] for d in deps]
    if not modules:
        raise SystemExit(f"wasm_split: no split modules found in {LINK_JS}")
    return modules


def run(*command):
    subprocess.run(command, check=True)


def split(rustc_wasm, staging, work):
    """Splits `rustc_wasm` into `staging`, replacing Trunk's glue and main module there."""
    glue = [f for f in os.listdir(staging) if re.fullmatch(r"micromacro-[0-9a-f]+\.js", f)]
    if len(glue) != 1:
        raise SystemExit(f"wasm_split: expected one micromacro-<hash>.js in staging, found {glue}")
    stem = glue[0][: -len(".js")]

    split_dir = os.path.join(work, "split")
    run("wasm-split-cli", rustc_wasm, split_dir, "--target", "web", "--out-name", stem)
    bindgen_dir = os.path.join(work, "bindgen")
    run(
        "wasm-bindgen", "--target=web", "--no-typescript", "--keep-lld-exports",
        "--no-demangle", f"--out-dir={bindgen_dir}", f"--out-name={stem}",
        os.path.join(split_dir, stem + ".wasm"),
    )

    parts = sorted(f for f in os.listdir(split_dir) if f.endswith(".wasm") and f != stem + ".wasm")
    main_wasm = os.path.join(bindgen_dir, stem + "_bg.wasm")
    for wasm in [main_wasm] + [os.path.join(split_dir, p) for p in parts]:
        run("wasm-opt", "-Oz", wasm, "-o", wasm)

    # The loader names each part as `new URL("./<part>.wasm", import.meta.url)`.
    with open(os.path.join(split_dir, LINK_JS), encoding="utf-8") as f:
        loader = f.read()
    modules = module_files(loader)
    served_as = {}
    for part in parts:
        with open(os.path.join(split_dir, part), "rb") as f:
            content = f.read()
        served = hashed(part, content)
        if f'"./{part}"' not in loader:
            raise SystemExit(f"wasm_split: {LINK_JS} does not name {part}")
        loader = loader.replace(f'"./{part}"', f'"./{served}"')
        served_as[part] = served
        with open(os.path.join(staging, served), "wb") as f:
            f.write(content)

    with open(os.path.join(bindgen_dir, stem + ".js"), encoding="utf-8") as f:
        main_js = f.read()
    # Only the import statements take the hashed name: the import object's keys stay the
    # module name the wasm imports from.
    link_import = re.compile(r"""(\bfrom\s*)(["'])\./""" + re.escape(LINK_JS) + r"\2")
    if not link_import.search(main_js):
        raise SystemExit(f"wasm_split: the glue does not import {LINK_JS}")
    loader_path = os.path.join(work, LINK_JS)
    with open(loader_path, "w", encoding="utf-8") as f:
        f.write(loader)
    minify(loader_path)
    with open(loader_path, "rb") as f:
        loader_bytes = f.read()
    served_loader = hashed(LINK_JS, loader_bytes)
    with open(os.path.join(staging, served_loader), "wb") as f:
        f.write(loader_bytes)
    main_js = link_import.sub(lambda m: f"{m[1]}{m[2]}./{served_loader}{m[2]}", main_js)
    main_js_path = os.path.join(work, stem + ".js")
    with open(main_js_path, "w", encoding="utf-8") as f:
        f.write(main_js)
    minify(main_js_path)
    shutil.copyfile(main_js_path, os.path.join(staging, stem + ".js"))
    shutil.copyfile(main_wasm, os.path.join(staging, stem + "_bg.wasm"))
    name_languages(os.path.join(staging, "index.html"), modules, served_as)
    name_modules(os.path.join(staging, "index.html"), modules, served_as)
    manifest = {
        "main": stem + "_bg.wasm",
        "modules": {m: [served_as[f] for f in files] for m, files in sorted(modules.items())},
    }
    beside = os.path.dirname(rustc_wasm)
    with open(os.path.join(beside, MANIFEST), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
    # The main module with its names, for the size report's breakdown by crate.
    shutil.copyfile(os.path.join(split_dir, stem + ".wasm"), os.path.join(beside, MAIN_WITH_NAMES))
    print(f"wasm_split: main module, {len(modules)} split modules and {len(parts) - len(modules)} shared chunks in {staging}")


def name_languages(index_html, modules, served_as):
    """Writes each language module's served file into the page, for its inline script."""
    languages = " ".join(
        f"{module[len('lang_'):]}={served_as[files[0]]}"
        for module, files in sorted(modules.items())
        if module.startswith("lang_")
    )
    if not languages:
        raise SystemExit("wasm_split: no language modules (lang_<code>) among the split modules")
    fill(index_html, LANGUAGES_PLACEHOLDER, languages)


def name_modules(index_html, modules, served_as):
    """Writes every other split module's served files into the page, for its inline script."""
    named = " ".join(
        f"{module}=" + ",".join(served_as[file] for file in files)
        for module, files in sorted(modules.items())
        if not module.startswith("lang_")
    )
    if not named:
        raise SystemExit("wasm_split: no split modules but languages")
    fill(index_html, MODULES_PLACEHOLDER, named)


def fill(index_html, placeholder_text, value):
    """Puts `value` in place of the page's one `placeholder_text` (an attribute's value)."""
    with open(index_html, encoding="utf-8") as f:
        html = f.read()
    # The minified page may have dropped the attribute's quotes: the value is quoted anew.
    placeholder = re.compile(r"""(["']?)""" + placeholder_text + r"\1")
    html, found = placeholder.subn(f'"{value}"', html)
    if found != 1:
        raise SystemExit(f"wasm_split: index.html has {found} {placeholder_text} to fill, not 1")
    with open(index_html, "w", encoding="utf-8") as f:
        f.write(html)


def minify(path):
    run("terser", path, "--module", "--compress", "--mangle", "--output", path)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("wasm_split: TRUNK_STAGING_DIR is not set (run by Trunk)", file=sys.stderr)
        return 1
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    rustc_wasm = os.path.join(target, "wasm32-unknown-unknown", "release", "micromacro.wasm")
    with open(rustc_wasm, "rb") as f:
        wasm = f.read()
    if PLACEHOLDER_MODULE not in import_modules(wasm):
        # An unsplit release: shrink Trunk's one wasm, as Trunk would have.
        for name in os.listdir(staging):
            if name.endswith("_bg.wasm"):
                path = os.path.join(staging, name)
                run("wasm-opt", "-Oz", path, "-o", path)
        return 0
    with tempfile.TemporaryDirectory() as work:
        split(rustc_wasm, staging, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
