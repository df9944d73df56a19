"""The one route → module table, checked against its three readers.

Which split module a route's page lives in is written down in `ROUTE_MODULES` below, and
three places act on it: the page's inline script (index.html) preloads the route's module
beside the main module, the app's `preload_page` (src/ui/lazy.rs) fetches it before the page
mounts, and the size report (scripts/size-report.mjs) counts it in the route's first load.
Each is read here and must say the same, so a route moved to another module is moved in all
three or the tests fail.
"""
import os
import re
import unittest

ROOT = os.path.join(os.path.dirname(__file__), "..")

# The table: each route's skeleton view (index.html's names) and the module its page is in
# (None: the main module alone).
ROUTE_MODULES = {
    "home": None,
    "plan": "planner_screen",
    "client": "planner_screen",
    "report": "report",
    "checklist": "pages",
    "campaigns": "pages",
}

# The app's routes (src/route.rs) for each view.
APP_ROUTES = {
    "home": ["Home"],
    "plan": ["Plan", "SavedPlan"],
    "client": ["Shared"],
    "report": ["Report"],
    "checklist": ["Checklist"],
    "campaigns": ["Campaigns"],
}


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


class RouteModules(unittest.TestCase):
    def test_the_inline_script_preloads_each_routes_module(self):
        html = read("index.html")
        table = re.search(r"var pages = \{([^}]*)\};", html).group(1)
        pages = dict(re.findall(r'(\w+): "(\w+)"', table))
        expected = {view: module for view, module in ROUTE_MODULES.items() if module}
        self.assertEqual(pages, expected)
        views = set(re.findall(r'\[/[^\n]*/, "(\w+)"\]', html))
        self.assertEqual(views, set(ROUTE_MODULES))

    def test_preload_page_fetches_the_same_module(self):
        rust = read("src/ui/lazy.rs")
        body = re.search(r"pub async fn preload_page\(route: &Route\) \{(.*?)\n\}", rust, re.S).group(1)
        arms = re.findall(r"((?:Route::\w+(?:\([^)]*\))?\s*\|?\s*)+)(?:if [^=]*)?=>\s*([^,\n{]*)", body)
        fetched = {}
        for routes, call in arms:
            module = re.search(r"preload_(\w+)\(\)", call)
            for route in re.findall(r"Route::(\w+)", routes):
                # A checklist result's link also fetches the pages' module: the first arm
                # for `Shared` is that special case; the plain one follows.
                fetched[route] = module.group(1) if module else None
        for view, routes in APP_ROUTES.items():
            for route in routes:
                self.assertEqual(fetched.get(route), ROUTE_MODULES[view], f"{route} ({view})")

    def test_the_size_report_counts_the_same_module(self):
        js = read("scripts/size-report.mjs")
        table = re.search(r"const ROUTES = \[(.*?)\];", js, re.S).group(1)
        rows = re.findall(r'\["([^"]+)", (null|"(\w+)")\]', table)
        counted = {label: module or None for label, _, module in rows}
        self.assertEqual(counted["home"], ROUTE_MODULES["home"])
        self.assertEqual(counted["#/plan, a shared campaign"], ROUTE_MODULES["plan"])
        self.assertEqual(ROUTE_MODULES["client"], ROUTE_MODULES["plan"])
        self.assertEqual(counted["#/checklist, #/campaigns"], ROUTE_MODULES["checklist"])
        self.assertEqual(ROUTE_MODULES["campaigns"], ROUTE_MODULES["checklist"])
        self.assertEqual(counted["#/report"], ROUTE_MODULES["report"])


if __name__ == "__main__":
    unittest.main()
