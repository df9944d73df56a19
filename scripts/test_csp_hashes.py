"""Tests of the CSP post-build hook (run by `make test`)."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

HOOK = os.path.join(os.path.dirname(__file__), "csp_hashes.py")
sys.path.insert(0, os.path.dirname(__file__))
from csp_hashes import csp_hash  # noqa: E402

PAGE = """<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self' __INLINE_SCRIPT_HASHES__; style-src 'self' __INLINE_STYLE_HASHES__">
<!-- this comment mentions <script> and <style>, __INLINE_SCRIPT_HASHES__ and __INLINE_STYLE_HASHES__ -->
<style>body{color:red}</style>
<script>var a = 1;</script>
<script type="module">import x from './x.js';</script>
<script src="external.js"></script>
</head><body></body></html>"""


def run_hook(html):
    with tempfile.TemporaryDirectory() as staging:
        path = os.path.join(staging, "index.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(html)
        env = dict(os.environ, TRUNK_STAGING_DIR=staging)
        result = subprocess.run([sys.executable, HOOK], env=env, capture_output=True, text=True)
        with open(path, encoding="utf-8") as f:
            return result.returncode, f.read()


class CspHashesTest(unittest.TestCase):
    def test_hashes_each_inline_script_exactly_and_ignores_comments(self):
        # Regression: a comment mentioning <script> made the hook hash the
        # wrong text in debug builds (which keep comments).
        code, html = run_hook(PAGE)
        self.assertEqual(code, 0)
        meta = re.search(r"<meta[^>]*Content-Security-Policy[^>]*>", html).group(0)
        script_src, style_src = re.search(r"script-src([^;]*);\s*style-src([^\"]*)", meta).groups()
        self.assertIn(csp_hash("var a = 1;"), script_src)
        self.assertIn(csp_hash("import x from './x.js';"), script_src)
        self.assertEqual(script_src.count("sha256-"), 2)
        self.assertIn(csp_hash("body{color:red}"), style_src)
        self.assertEqual(style_src.count("sha256-"), 1)
        self.assertIn("__INLINE_STYLE_HASHES__ -->", html, "comments are left as they are")

    def test_a_page_without_a_placeholder_fails_the_build(self):
        code, _ = run_hook("<html><head><meta http-equiv='Content-Security-Policy' content=\"script-src 'self'\"></head></html>")
        self.assertNotEqual(code, 0)
        # The style placeholder is required too: a page with inline styles and no hashes
        # for them would show unstyled.
        code, _ = run_hook(
            "<html><head><meta http-equiv='Content-Security-Policy' content=\"script-src 'self' __INLINE_SCRIPT_HASHES__\"></head></html>"
        )
        self.assertNotEqual(code, 0)


if __name__ == "__main__":
    unittest.main()
