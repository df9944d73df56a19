#!/usr/bin/env python3
"""Trunk post_build hook: fill in the service worker's precache list and cache name.

Runs after csp_hashes.py (so index.html is final). Lists every file Trunk staged for this
build (hashed names included), writes them as the precache list of $TRUNK_STAGING_DIR/sw.js,
and names the cache after a sha256 of their contents: a new build gets a new cache, and the
old one is deleted when the new worker activates. Paths are relative ("./..."), so the page
works under any sub-path (GitHub Pages serves /<repo>/).

It fails the build when sw.js or its placeholders are missing, so a page is never shipped
with a worker that caches nothing or caches forever under one name.
"""
import hashlib
import json
import os
import sys

CACHE_PLACEHOLDER = "__CACHE_NAME__"
LIST_PLACEHOLDER = "__PRECACHE_LIST__"
WORKER = "sw.js"


def build_files(staging):
    """Every staged file but the worker itself, as sorted relative paths."""
    found = []
    for root, _dirs, files in os.walk(staging):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
            if rel != WORKER:
                found.append(rel)
    return sorted(found)


def cache_name(staging, files):
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode("utf-8"))
        with open(os.path.join(staging, rel), "rb") as f:
            digest.update(f.read())
    return "micromacro-" + digest.hexdigest()[:16]


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("service_worker.py: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)", file=sys.stderr)
        return 2
    path = os.path.join(staging, WORKER)
    if not os.path.exists(path):
        print(f"service_worker.py: no {WORKER} in {staging}", file=sys.stderr)
        return 1
    with open(path, encoding="utf-8") as f:
        worker = f.read()
    if CACHE_PLACEHOLDER not in worker or LIST_PLACEHOLDER not in worker:
        print(f"service_worker.py: {WORKER} lacks its placeholders", file=sys.stderr)
        return 1
    files = build_files(staging)
    precache = ["./"] + ["./" + rel for rel in files]
    worker = worker.replace(CACHE_PLACEHOLDER, cache_name(staging, files))
    worker = worker.replace(LIST_PLACEHOLDER, json.dumps(precache))
    with open(path, "w", encoding="utf-8") as f:
        f.write(worker)
    print(f"service_worker.py: {len(precache)} files to precache")
    return 0


if __name__ == "__main__":
    sys.exit(main())
