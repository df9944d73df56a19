#!/usr/bin/env python3
"""Trunk's one post_build hook: the steps after a build, in order.

Trunk starts all hooks of a stage at once, so steps that depend on each other are one
hook: first the wasm split (new files to list and cache), then the CSP hashes (which
change index.html), then the service worker's precache list and cache name (from every
staged file, as final).
"""
import sys

import csp_hashes
import service_worker
import wasm_split


def main() -> int:
    for step in (wasm_split.main, csp_hashes.main, service_worker.main):
        status = step()
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main())
