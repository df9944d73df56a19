"""Tests of the wasm split step of the post-build hook (run by `make test`).

The split itself is wasm-split-cli's, and the end-to-end tests load the split release in a
browser; these check this script's own reading of a wasm's imports and of the loader.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import wasm_split  # noqa: E402


def leb(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def name(text):
    return leb(len(text)) + text


def wasm_importing(*imports):
    """A module whose import section holds `imports`: (module, field, kind, descriptor)."""
    body = leb(len(imports)) + b"".join(
        name(module) + name(field) + bytes([kind]) + descriptor
        for module, field, kind, descriptor in imports
    )
    types = b"\x01" + leb(1) + b"\x60\x00\x00"  # one type: [] -> []
    return (
        b"\0asm\x01\0\0\0"
        + types[:1] + leb(len(types) - 1) + types[1:]
        + b"\x02" + leb(len(body)) + body
    )


LOADER = """import { initSync } from "./m.js";
const __chunk_8 = makeLoad(() => {
    const src = fetch(new URL("./chunk_8.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
const __chunk_9 = makeLoad(() => {
    const src = fetch(new URL("./chunk_9.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_report = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_report.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_8, __chunk_9]));
export const __wasm_split_load_checklist = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_checklist.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_9]));
"""


class ImportModules(unittest.TestCase):
    def test_reads_every_kind_of_import(self):
        wasm = wasm_importing(
            (b"wbg", b"f", 0, leb(0)),
            (b"env", b"table", 1, b"\x70\x01" + leb(1) + leb(2)),
            (b"env", b"memory", 2, b"\x00" + leb(17)),
            (b"env", b"g", 3, b"\x7f\x00"),
            (b"__wasm_split_placeholder__", b"__wasm_split_load_report", 0, leb(0)),
        )
        self.assertEqual(
            wasm_split.import_modules(wasm), {b"wbg", b"env", b"__wasm_split_placeholder__"}
        )

    def test_a_module_without_split_points_is_left_alone(self):
        self.assertNotIn(
            wasm_split.PLACEHOLDER_MODULE, wasm_split.import_modules(wasm_importing((b"wbg", b"f", 0, leb(0))))
        )

    def test_refuses_what_is_not_wasm(self):
        with self.assertRaises(ValueError):
            wasm_split.import_modules(b"<html></html>")


class ModuleFiles(unittest.TestCase):
    def test_each_split_module_with_the_chunks_it_needs(self):
        self.assertEqual(
            wasm_split.module_files(LOADER),
            {
                "report": ["split_report.wasm", "chunk_8.wasm", "chunk_9.wasm"],
                "checklist": ["split_checklist.wasm", "chunk_9.wasm"],
            },
        )

    def test_a_loader_it_cannot_read_fails_the_build(self):
        with self.assertRaises(SystemExit):
            wasm_split.module_files("export const x = 1;")


def page_file(html):
    """A page holding `html`, in a folder of its own."""
    import tempfile

    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "index.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    return path


class NameLanguages(unittest.TestCase):
    MODULES = {
        "lang_en": ["split_lang_en.wasm"],
        "lang_nl": ["split_lang_nl.wasm"],
        "pages": ["split_pages.wasm", "chunk_3.wasm"],
    }
    SERVED = {"split_lang_en.wasm": "split_lang_en-aa.wasm", "split_lang_nl.wasm": "split_lang_nl-bb.wasm"}

    def page(self, html):
        return page_file(html)

    def test_each_language_module_is_named_in_the_page(self):
        # Quoted or not (the minified page drops the quotes), the value is quoted anew.
        for placeholder in ("__LANGUAGE_MODULES__", '"__LANGUAGE_MODULES__"'):
            path = self.page(f"<meta content={placeholder} name=micromacro-languages><p>x</p>")
            wasm_split.name_languages(path, self.MODULES, self.SERVED)
            with open(path, encoding="utf-8") as f:
                self.assertEqual(
                    f.read(),
                    '<meta content="en=split_lang_en-aa.wasm nl=split_lang_nl-bb.wasm"'
                    " name=micromacro-languages><p>x</p>",
                )

    def test_a_page_or_a_split_without_its_languages_fails_the_build(self):
        with self.assertRaises(SystemExit):
            wasm_split.name_languages(self.page("<p>no placeholder</p>"), self.MODULES, self.SERVED)
        with self.assertRaises(SystemExit):
            wasm_split.name_languages(
                self.page('<meta content="__LANGUAGE_MODULES__">'), {"pages": ["split_pages.wasm"]}, {}
            )


class NameModules(unittest.TestCase):
    MODULES = {
        "lang_en": ["split_lang_en.wasm"],
        "plan": ["split_plan.wasm", "chunk_7.wasm", "chunk_8.wasm"],
        "pages": ["split_pages.wasm", "chunk_7.wasm"],
    }
    SERVED = {
        "split_lang_en.wasm": "split_lang_en-aa.wasm",
        "split_plan.wasm": "split_plan-bb.wasm",
        "split_pages.wasm": "split_pages-cc.wasm",
        "chunk_7.wasm": "chunk_7-dd.wasm",
        "chunk_8.wasm": "chunk_8-ee.wasm",
    }

    def test_each_module_is_named_with_its_chunks_its_own_file_first(self):
        path = page_file("<meta content=__SPLIT_MODULES__ name=micromacro-modules>")
        wasm_split.name_modules(path, self.MODULES, self.SERVED)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(
                f.read(),
                '<meta content="pages=split_pages-cc.wasm,chunk_7-dd.wasm'
                ' plan=split_plan-bb.wasm,chunk_7-dd.wasm,chunk_8-ee.wasm" name=micromacro-modules>',
            )

    def test_a_page_without_the_placeholder_or_a_split_of_languages_alone_fails_the_build(self):
        with self.assertRaises(SystemExit):
            wasm_split.name_modules(page_file("<p>none</p>"), self.MODULES, self.SERVED)
        with self.assertRaises(SystemExit):
            wasm_split.name_modules(
                page_file('<meta content="__SPLIT_MODULES__">'),
                {"lang_en": ["split_lang_en.wasm"]},
                self.SERVED,
            )


class Hashed(unittest.TestCase):
    def test_the_name_changes_with_the_content_only(self):
        a = wasm_split.hashed("split_report.wasm", b"one")
        self.assertRegex(a, r"^split_report-[0-9a-f]{16}\.wasm$")
        self.assertEqual(a, wasm_split.hashed("split_report.wasm", b"one"))
        self.assertNotEqual(a, wasm_split.hashed("split_report.wasm", b"two"))


class Profile(unittest.TestCase):
    def test_a_debug_build_is_not_split(self):
        env = dict(os.environ)
        os.environ.update(TRUNK_STAGING_DIR="/nonexistent", TRUNK_PROFILE="debug")
        try:
            self.assertEqual(wasm_split.main(), 0)
        finally:
            os.environ.clear()
            os.environ.update(env)



class UnsplitRelease(unittest.TestCase):
    """Trunk runs no wasm-opt, so a release without split points gets it from this step."""

    def test_shrinks_the_one_wasm_and_nothing_else(self):
        import tempfile
        from unittest import mock

        with tempfile.TemporaryDirectory() as root:
            staging = os.path.join(root, "dist")
            release = os.path.join(root, "target", "wasm32-unknown-unknown", "release")
            os.makedirs(staging)
            os.makedirs(release)
            with open(os.path.join(release, "micromacro.wasm"), "wb") as f:
                f.write(wasm_importing((b"wbg", b"f", 0, leb(0))))
            for name in ("app-1_bg.wasm", "app-1.js"):
                open(os.path.join(staging, name), "wb").close()
            env = {
                "TRUNK_STAGING_DIR": staging,
                "TRUNK_PROFILE": "release",
                "CARGO_TARGET_DIR": os.path.join(root, "target"),
            }
            with mock.patch.dict(os.environ, env), mock.patch.object(wasm_split, "run") as run:
                self.assertEqual(wasm_split.main(), 0)
            wasm = os.path.join(staging, "app-1_bg.wasm")
            run.assert_called_once_with("wasm-opt", "-Oz", wasm, "-o", wasm)
            debug = {**env, "TRUNK_PROFILE": "debug"}
            with mock.patch.dict(os.environ, debug), mock.patch.object(wasm_split, "run") as run:
                self.assertEqual(wasm_split.main(), 0)
            run.assert_not_called()


if __name__ == "__main__":
    unittest.main()
