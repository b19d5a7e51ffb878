#!/usr/bin/env python3
"""Buildings benchmark: loading buildings into a layer against curl fetching the same pages, same run.

Usage: bench/buildings.py [--buildings N] [--repeat N] [--concurrency N] [--profile]   (make bench runs it)

Starts the fake Lizard (``python -m fake_lizard --buildings 20000``) in its own process and loads every
building in a box around all of the fake's buildings (``in_bbox``, 20001 buildings, 201 pages of 100):

- ``curl``: one curl process fetching the same 201 page URLs one after another (the floor);
- ``load concurrency=1`` / ``load concurrency=N``: ``core.buildings.buildings.Download`` → ``to_features`` →
  ``dataProvider().addFeatures`` of a memory layer, batch by batch (fetch, parse, features written);
- ``task concurrency=N``: the same load as a ``LizardTask`` in the QGIS task manager, features built in
  the task and added to the layer on the main thread, while a 10 ms ``QTimer`` on the main thread records
  the largest gap between its ticks (how long the GUI event loop stalled at worst).

By default (``--fake fast``) the pages come from bench/fast_pages.py: the fake's answers fetched once and
served as stored bytes, so that neither curl nor the plugin waits for the fake's per-request filtering and
the floor is transport plus the client's own work; ``--fake filtering`` measures against the fake itself.
Then it prints where the client's time goes: the same pages fetched with ``requests`` (HTTP), decoded
(``json.loads``), turned into features (``to_features``) and added to a memory layer, each step timed alone.

Targets (issue #15): the load within 1.3× curl's time against the fast fake; the event loop never stalled
more than 100 ms. The figures are reported, not asserted. See bench/README.md.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from run import Result as Row  # noqa: E402
from run import bench_curl, import_paths, peak_rss_mib, start_fake_lizard

BOX = (4.0, 50.0, 7.0, 54.0)  # west, south, east, north: every area the fake generates buildings in
TARGET_RATIO = 1.3
TARGET_GAP_MS = 100.0
BATCH = 1000  # features per addFeatures call


def make_area():
    from lizard_explorer.core.buildings.buildings import Area
    from qgis.core import QgsRectangle

    return Area(box=QgsRectangle(*BOX))


def page_urls(api_url):
    """The URLs the plugin fetches: the first page with its query, then the numbered pages."""
    from lizard_explorer.core.buildings.buildings import ENDPOINT, PAGE_SIZE, BuildingFilter
    from lizard_explorer.core.client import LizardClient, numbered_page_urls

    with LizardClient(api_url.rsplit("/api/v4/", 1)[0], proxies={}) as client:
        params = dict(BuildingFilter().params(), **make_area().params(), page_size=PAGE_SIZE)
        first = client.page(ENDPOINT, params)
        return [first.url] + (numbered_page_urls(first) or []), first.count


def new_layer():
    from lizard_explorer.core.buildings.buildings import fields
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "buildings", "memory")
    layer.dataProvider().addAttributes(fields().toList())
    layer.updateFields()
    return layer


def load(portal, concurrency, cancel=None, sink=None):
    """Download → features → ``sink(features)`` (default: a new memory layer); returns (pages, features)."""
    from lizard_explorer.core.buildings.buildings import Download, fields, to_features
    from lizard_explorer.core.client import LizardClient

    layer = None
    if sink is None:
        layer = new_layer()
        sink = layer.dataProvider().addFeatures
    layer_fields = fields()
    pages = 0
    with LizardClient(portal, proxies={}) as client:
        download = Download(client, make_area(), concurrency=concurrency)
        pending = []
        for batch in download.pages(cancel=cancel):
            pages += 1
            pending += to_features(batch, layer_fields)
            if len(pending) >= BATCH:
                sink(pending)
                pending = []
        if pending:
            sink(pending)
    if layer is not None:
        assert layer.featureCount() == download.yielded, (layer.featureCount(), download.yielded)
    return pages, download.yielded


def bench_load(portal, repeat, concurrency):
    timings, pages, objects = [], None, None
    for _ in range(repeat):
        start = time.perf_counter()
        pages, objects = load(portal, concurrency)
        timings.append(time.perf_counter() - start)
    return Row("load concurrency={}".format(concurrency), pages, objects, timings, rss=peak_rss_mib(),
               note="Download → to_features → memory layer")


def task_run(portal, concurrency):
    """One load as a LizardTask; the main thread adds the batches to the layer and ticks a 10 ms timer.

    Returns (seconds, largest gap between ticks in ms, pages, buildings).
    """
    from lizard_explorer.core.tasks import LizardTask, run_task
    from qgis.PyQt.QtCore import QEventLoop, QObject, QTimer, pyqtSignal

    class Batches(QObject):
        arrived = pyqtSignal(object)

    layer = new_layer()
    batches = Batches()
    batches.arrived.connect(layer.dataProvider().addFeatures)  # emitted in the task: queued to the main thread
    ticks = {"last": None, "gap": 0.0}

    def tick():
        now = time.perf_counter()
        if ticks["last"] is not None:
            ticks["gap"] = max(ticks["gap"], now - ticks["last"])
        ticks["last"] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()  # stands in for the application's main loop
    task = LizardTask("Benchmark: load buildings",
                      lambda task: load(portal, concurrency, cancel=task, sink=batches.arrived.emit))
    outcome = {}
    task.succeeded.connect(lambda result: (outcome.update(result=result), loop.quit()))
    task.failed.connect(lambda error: (outcome.update(error=error), loop.quit()))
    timer.start()
    tick()
    start = time.perf_counter()
    run_task(task)
    QTimer.singleShot(300000, loop.quit)
    loop.exec_()
    elapsed = time.perf_counter() - start
    timer.stop()
    if "result" not in outcome:
        raise SystemExit("the task failed: {}".format(outcome.get("error")))
    pages, objects = outcome["result"]
    if layer.featureCount() != objects:
        raise SystemExit("the layer has {} features, the task loaded {}".format(layer.featureCount(), objects))
    return elapsed, ticks["gap"] * 1000.0, pages, objects


def bench_task(portal, repeat, concurrency):
    runs = [task_run(portal, concurrency) for _ in range(repeat)]
    return Row("task concurrency={}".format(concurrency), runs[-1][2], runs[-1][3], [r[0] for r in runs],
               rss=peak_rss_mib(), gap=max(r[1] for r in runs), note="LizardTask; layer filled on the main thread")


def print_table(rows, baseline_rss):
    curl = next((r for r in rows if r.tool == "curl"), None)
    header = ("tool", "pages", "buildings", "seconds", "buildings/s", "× curl", "max GUI gap ms", "peak RSS MiB",
              "runs (s)")
    lines = []
    for r in rows:
        lines.append((
            r.tool, str(r.pages), str(r.objects), "{:.3f}".format(r.seconds), "{:,.0f}".format(r.objects / r.seconds),
            "{:.2f}".format(r.seconds / curl.seconds) if curl else "n/a",
            "{:.0f}".format(r.gap) if r.gap is not None else "-",
            "{:.0f}".format(r.rss) if r.rss is not None else "-",
            " ".join("{:.3f}".format(t) for t in r.timings),
        ))
    widths = [max(len(row[i]) for row in [header] + lines) for i in range(len(header))]

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in lines:
        print(line(row))
    print()
    print("seconds: median of the runs; × curl: seconds / curl's seconds; max GUI gap: the largest interval "
          "between two ticks of a 10 ms QTimer on the main thread during the task (worst of the runs).")
    print("peak RSS: this Python process (high-water mark) after the row; {:.0f} MiB before any load "
          "(QGIS started, plugin imported; an untimed warm-up load comes first).".format(baseline_rss))
    print()
    if curl:
        for r in rows:
            if r.tool.startswith(("load", "task")):
                ratio = r.seconds / curl.seconds
                verdict = "MET" if ratio <= TARGET_RATIO else "NOT MET"
                if r.tool.endswith("concurrency=1"):
                    verdict = "(reference: the target is for concurrent fetches)"
                print("target load ≤ {:.1f}× curl, {}: {:.2f}× → {}".format(TARGET_RATIO, r.tool, ratio, verdict))
    for r in rows:
        if r.gap is not None:
            print("target GUI gap ≤ {:.0f} ms, {}: {:.0f} ms → {}".format(
                TARGET_GAP_MS, r.tool, r.gap, "MET" if r.gap <= TARGET_GAP_MS else "NOT MET"))


def start_fast_pages(base_url, urls):
    """bench/fast_pages.py serving ``urls`` (fetched once from ``base_url``); (process, its base URL)."""
    process = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                             "fast_pages.py"), base_url],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    process.stdin.write("\n".join(urls) + "\n")
    process.stdin.close()
    for line in process.stdout:
        if line.startswith("FAST_PAGES_URL="):
            return process, line.split("=", 1)[1].strip()
    process.kill()
    raise SystemExit("bench/fast_pages.py did not start")


def breakdown(urls, repeat):
    """Where the client's time goes, each step alone on the same pages (medians): seconds by step."""
    import statistics

    import requests
    from lizard_explorer.core.buildings.buildings import fields, to_features

    steps = {"HTTP (requests, one connection)": [], "JSON decoding (json.loads)": [],
             "feature building (to_features)": [], "layer writes (addFeatures)": []}
    names = list(steps)
    layer_fields = fields()
    for _ in range(repeat):
        with requests.Session() as session:
            session.trust_env = False
            start = time.perf_counter()
            bodies = [session.get(url, timeout=60).content for url in urls]
            steps[names[0]].append(time.perf_counter() - start)
        # Page by page, as the load does (a page's objects are dropped once its features exist): holding every
        # decoded page at once would make Python's cyclic garbage collector walk them all again and again.
        layer = new_layer()
        decoding = building = writing = 0.0
        for body in bodies:
            start = time.perf_counter()
            page = json.loads(body)
            decoded = time.perf_counter()
            features = to_features(page["results"], layer_fields)
            built = time.perf_counter()
            layer.dataProvider().addFeatures(features)
            decoding, building = decoding + decoded - start, building + built - decoded
            writing += time.perf_counter() - built
            del page, features
        for name, seconds in zip(names[1:], (decoding, building, writing)):
            steps[name].append(seconds)
    megabytes = sum(len(body) for body in bodies) / 1e6
    return {name: statistics.median(times) for name, times in steps.items()}, megabytes


def print_breakdown(steps, megabytes, curl):
    print("Where the client's time goes ({:.1f} MB of JSON; each step alone, single-threaded, medians):".format(
        megabytes))
    for name, seconds in steps.items():
        print("  {:<34} {:6.3f} s{}".format(name, seconds, "  ({:.1f}× curl)".format(seconds / curl.seconds)
                                              if curl else ""))
    print("  {:<34} {:6.3f} s".format("sum", sum(steps.values())))
    if curl:
        floor = sum(list(steps.values())[:2])
        print("Floor of a Python client (HTTP + JSON decoding, nothing else): {:.3f} s = {:.1f}× curl; the "
              "{:.1f}× target is {}.".format(floor, floor / curl.seconds, TARGET_RATIO,
                                             "below it" if floor / curl.seconds > TARGET_RATIO else "above it"))
    print()


def profile_load(portal, concurrency):
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    load(portal, concurrency)
    profiler.disable()
    print("\ncProfile of one load (concurrency={}, main thread only; worker threads fetch pages):".format(
        concurrency))
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buildings", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of one load")
    parser.add_argument("--fake", choices=("fast", "filtering"), default="fast",
                        help="fast: pre-serialised pages (bench/fast_pages.py); filtering: the fake Lizard itself")
    args = parser.parse_args(argv)

    link_dir = import_paths()
    server = fast = None
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    try:
        server, base_url = start_fake_lizard(args.buildings)
        api_url = base_url + "/api/v4/"
        urls, count = page_urls(api_url)
        print("Buildings: fake Lizard (own process) at {} with {} buildings in the box {}: {} pages of 100".format(
            base_url, count, ",".join(str(v) for v in BOX), len(urls)))
        if args.fake == "fast":
            fast, fast_url = start_fast_pages(base_url, urls)
            urls = [url.replace(base_url, fast_url, 1) for url in urls]
            base_url = fast_url
            print("Fast fake (bench/fast_pages.py, own process) at {}: the same pages pre-serialised, answered "
                  "without filtering".format(fast_url))
        print("Python {}, {} runs each\n".format(sys.version.split()[0], args.repeat))
        baseline_rss = peak_rss_mib()
        load(base_url, args.concurrency)  # warm-up: the server's caches, imports
        rows = []
        curl = bench_curl(urls, count, args.repeat)
        if curl is None:
            print("curl is not installed: no curl baseline (apt-get install curl).\n")
        else:
            rows.append(curl)
        rows.append(bench_load(base_url, args.repeat, 1))
        rows.append(bench_load(base_url, args.repeat, args.concurrency))
        rows.append(bench_task(base_url, args.repeat, args.concurrency))
        for r in rows:
            if r.objects != count:
                raise SystemExit("{} got {} buildings, expected {}".format(r.tool, r.objects, count))
        print_table(rows, baseline_rss)
        print()
        print_breakdown(*breakdown(urls, args.repeat), curl)
        if args.profile:
            profile_load(base_url, args.concurrency)
    finally:
        for process in (fast, server):
            if process is not None:
                process.terminate()
                process.wait(10)
        shutil.rmtree(link_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
