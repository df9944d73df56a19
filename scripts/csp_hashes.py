#!/usr/bin/env python3
"""Trunk post_build hook: allow the built page's inline scripts by hash in its CSP.

Trunk writes an inline <script type="module"> that loads the wasm; its text names
the hashed file names, so it changes with every build and its CSP hash must be
computed after the build. This script reads $TRUNK_STAGING_DIR/index.html,
computes the sha256 of every inline <script> body exactly as written, and puts
the hashes where index.html's CSP <meta> says __INLINE_SCRIPT_HASHES__.

It fails the build when the placeholder is missing, so a page is never shipped
with a CSP that blocks its own loader or with 'unsafe-inline' slipped in.
"""
import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "__INLINE_SCRIPT_HASHES__"
# An inline script: a <script> without a src attribute, and its body.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
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
    if not meta or PLACEHOLDER not in meta.group(0):
        print(f"csp_hashes.py: no CSP <meta> with {PLACEHOLDER} in {path}", file=sys.stderr)
        return 1
    # Scripts are looked for outside comments, so text in a comment is never
    # mistaken for a script; the body is hashed exactly as the browser sees it.
    bodies = [m.group(1) for m in INLINE_SCRIPT.finditer(COMMENT.sub("", html)) if m.group(1).strip()]
    hashes = sorted({csp_hash(body) for body in bodies})
    policy = meta.group(0).replace(PLACEHOLDER, " ".join(hashes))
    html = html[: meta.start()] + policy + html[meta.end() :]
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"csp_hashes.py: allowed {len(hashes)} inline script(s) by hash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
