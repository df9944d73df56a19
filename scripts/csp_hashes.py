#!/usr/bin/env python3
"""Trunk post_build hook: allow the built page's inline scripts and styles by hash in its CSP.

Trunk writes an inline <script type="module"> that loads the wasm; its text names
the hashed file names, so it changes with every build and its CSP hash must be
computed after the build. The style sheet is inlined too (one request less before
the first paint), and minified with the page. This script reads
$TRUNK_STAGING_DIR/index.html, computes the sha256 of every inline <script> and
<style> body exactly as written, and puts the hashes where index.html's CSP <meta>
says __INLINE_SCRIPT_HASHES__ and __INLINE_STYLE_HASHES__.

It fails the build when a placeholder is missing, so a page is never shipped
with a CSP that blocks its own loader or styles, or with 'unsafe-inline' slipped in.
"""
import base64
import hashlib
import os
import re
import sys

SCRIPT_PLACEHOLDER = "__INLINE_SCRIPT_HASHES__"
STYLE_PLACEHOLDER = "__INLINE_STYLE_HASHES__"
# An inline script: a <script> without a src attribute, and its body.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
# An inline style sheet and its body.
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)
# HTML comments (debug builds keep them; one may mention "<script>").
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# The CSP <meta>, whose content holds the placeholder.
CSP_META = re.compile(r"<meta[^>]*http-equiv=\"?Content-Security-Policy\"?[^>]*>", re.IGNORECASE)


def csp_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("csp_hashes.py: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)", file=sys.stderr)
        return 2
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    meta = CSP_META.search(html)
    for placeholder in (SCRIPT_PLACEHOLDER, STYLE_PLACEHOLDER):
        if not meta or placeholder not in meta.group(0):
            print(f"csp_hashes.py: no CSP <meta> with {placeholder} in {path}", file=sys.stderr)
            return 1
    # Scripts and styles are looked for outside comments, so text in a comment is never
    # mistaken for one; each body is hashed exactly as the browser sees it.
    uncommented = COMMENT.sub("", html)

    def hashes_of(pattern):
        bodies = [m.group(1) for m in pattern.finditer(uncommented) if m.group(1).strip()]
        return sorted({csp_hash(body) for body in bodies})

    scripts, styles = hashes_of(INLINE_SCRIPT), hashes_of(INLINE_STYLE)
    policy = meta.group(0).replace(SCRIPT_PLACEHOLDER, " ".join(scripts)).replace(STYLE_PLACEHOLDER, " ".join(styles))
    html = html[: meta.start()] + policy + html[meta.end() :]
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"csp_hashes.py: allowed {len(scripts)} inline script(s) and {len(styles)} style sheet(s) by hash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
