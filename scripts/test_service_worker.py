"""Tests of the service-worker post-build hook (run by `make test`)."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HOOK = os.path.join(os.path.dirname(__file__), "service_worker.py")
TEMPLATE = os.path.join(os.path.dirname(__file__), "..", "assets", "sw.js")


def build(files):
    """Runs the hook on a staging folder holding `files` and the real worker template."""
    with tempfile.TemporaryDirectory() as staging:
        for rel, content in files.items():
            os.makedirs(os.path.dirname(os.path.join(staging, rel)), exist_ok=True)
            with open(os.path.join(staging, rel), "w", encoding="utf-8") as f:
                f.write(content)
        with open(TEMPLATE, encoding="utf-8") as f:
            template = f.read()
        with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
            f.write(template)
        env = dict(os.environ, TRUNK_STAGING_DIR=staging)
        result = subprocess.run([sys.executable, HOOK], env=env, capture_output=True, text=True)
        with open(os.path.join(staging, "sw.js"), encoding="utf-8") as f:
            return result.returncode, f.read()


def precache(worker):
    return json.loads(re.search(r"const PRECACHE = (\[.*?\]);", worker).group(1))


def cache(worker):
    return re.search(r'const CACHE = "([^"]+)";', worker).group(1)


class ServiceWorkerHook(unittest.TestCase):
    FILES = {"index.html": "<html>", "app-1a2b.wasm": "wasm", "app-1a2b.js": "js", "assets/x.svg": "<svg>"}

    def test_lists_every_built_file_relative_and_not_itself(self):
        code, worker = build(self.FILES)
        self.assertEqual(code, 0)
        self.assertEqual(precache(worker), ["./", "./app-1a2b.js", "./app-1a2b.wasm", "./assets/x.svg", "./index.html"])
        self.assertNotIn("__", worker)

    def test_a_new_build_gets_a_new_cache_and_the_same_build_the_same(self):
        _, first = build(self.FILES)
        _, again = build(self.FILES)
        _, changed = build(dict(self.FILES, **{"app-1a2b.wasm": "other wasm"}))
        self.assertEqual(cache(first), cache(again))
        self.assertNotEqual(cache(first), cache(changed))
        self.assertTrue(cache(first).startswith("micromacro-"))

    def test_a_worker_without_placeholders_fails_the_build(self):
        with tempfile.TemporaryDirectory() as staging:
            with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
                f.write("// nothing to fill in")
            env = dict(os.environ, TRUNK_STAGING_DIR=staging)
            result = subprocess.run([sys.executable, HOOK], env=env, capture_output=True, text=True)
            self.assertEqual(result.returncode, 1)


if __name__ == "__main__":
    unittest.main()
