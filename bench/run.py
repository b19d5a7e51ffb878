#!/usr/bin/env python3
"""Pagination benchmark: LizardClient.paginate against curl, both measured now against the same fake Lizard.

Usage: bench/run.py [--buildings N] [--repeat N] [--concurrency N]   (make bench)

Starts the fake Lizard (``python -m fake_lizard``, 20000 generated buildings) in its own process, so the
client and the server do not share one interpreter, and fetches every page of
``/api/v4/buildings/?page_size=100`` (20001 buildings, 201 pages):

- ``curl``: one curl process with all page URLs on its command line, one after another over one reused
  connection: the floor for fetching these pages sequentially;
- ``client``: ``LizardClient.paginate()`` following ``next`` links (sequential);
- ``client concurrency=N``: the same with N pages in flight.

Each is run ``--repeat`` times (default 3); the table shows the median. Then it runs bench/buildings.py (the
buildings loaded into a layer, against curl) in a process of its own with the same options, and bench/export.py
(asset bundle and GeoTIFF export, against ogr2ogr + zip and gdal_translate), bench/upload.py (a 1 GiB upload,
against curl -F), bench/download.py (a 20000 x 20000 download in tiles, against curl), bench/scenarios.py (a
3Di scenario result, against curl and curl + gdalbuildvrt + gdal_translate), bench/scale.py (large inputs:
time and memory at two sizes), bench/plot.py (a year of 5-minute data in the series plot, against matplotlib
undecimated), bench/timeseries.py (1,000,000 timeseries events to CSV, against curl) and
bench/timeseries_gui.py (the GUI's longest stall while the timeseries dock finds 2,000 locations and plots the
1,000,000-event series) each in another with the same ``--repeat``. See bench/README.md.
"""

import argparse
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE_SIZE = 100
ENDPOINT = "buildings/"


def import_paths():
    """Make ``fake_lizard`` (tests/) and the plugin (the repository root, as ``lizard_explorer``) importable."""
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    link_dir = tempfile.mkdtemp(prefix="lizard-bench-")
    os.symlink(ROOT, os.path.join(link_dir, "lizard_explorer"))
    sys.path.insert(0, link_dir)
    return link_dir


def peak_rss_mib():
    """This process's peak resident set size so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class Result:
    """One row of a benchmark table; ``gap`` is the longest stall of the GUI's event loop (ms), if measured."""

    def __init__(self, tool, pages, objects, timings, rss=None, note="", gap=None):
        self.tool, self.pages, self.objects, self.timings, self.rss, self.note, self.gap = (
            tool, pages, objects, timings, rss, note, gap)

    @property
    def seconds(self):
        return statistics.median(self.timings)


def page_urls(api_url, count):
    pages = int(math.ceil(count / float(PAGE_SIZE)))
    urls = ["{}{}?page_size={}".format(api_url, ENDPOINT, PAGE_SIZE)]
    urls += ["{}{}?page_size={}&page={}".format(api_url, ENDPOINT, PAGE_SIZE, n) for n in range(2, pages + 1)]
    return urls


def bench_curl(urls, count, repeat):
    curl = shutil.which("curl")
    if curl is None:
        return None
    command = [curl, "--silent", "--show-error", "--noproxy", "*", "--write-out", "%{http_code}\\n"]
    for url in urls:
        command += ["--output", os.devnull, url]
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        timings.append(time.perf_counter() - start)
        codes = done.stdout.split()
        if done.returncode or codes != ["200"] * len(urls):
            raise SystemExit("curl failed (status {}): {}{}".format(
                done.returncode, done.stderr, sorted(set(codes))))
    return Result("curl", len(urls), count, timings, note="1 process, 1 connection, sequential")


def bench_client(api_url, repeat, concurrency):
    from lizard_explorer.core.client import LizardClient

    timings, objects, pages = [], None, None
    for _ in range(repeat):
        client = LizardClient(api_url, page_size=PAGE_SIZE, proxies={})  # a new session (connection) per run
        page_count = [0]

        def progress(done, count, page_count=page_count):
            page_count[0] += 1

        start = time.perf_counter()
        got = sum(1 for _ in client.paginate(ENDPOINT, concurrency=concurrency, progress=progress))
        timings.append(time.perf_counter() - start)
        if objects is not None and got != objects:
            raise SystemExit("the client got {} objects, before {}".format(got, objects))
        objects, pages = got, page_count[0]
    name = "client" if concurrency == 1 else "client concurrency={}".format(concurrency)
    return Result(name, pages, objects, timings, rss=peak_rss_mib(), note="LizardClient.paginate")


def print_table(results, baseline_rss):
    curl = next((r for r in results if r.tool == "curl"), None)
    header = ("tool", "pages", "objects", "seconds", "objects/s", "× curl", "peak RSS MiB", "runs (s)")
    rows = []
    for r in results:
        rows.append((
            r.tool, str(r.pages), str(r.objects), "{:.3f}".format(r.seconds),
            "{:,.0f}".format(r.objects / r.seconds),
            "{:.2f}".format(r.seconds / curl.seconds) if curl else "n/a",
            "{:.0f}".format(r.rss) if r.rss is not None else "-",
            " ".join("{:.3f}".format(t) for t in r.timings),
        ))
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]

    def line(cells):
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(cells, widths)))

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    print()
    print("seconds: median of the runs; × curl: seconds / curl's seconds (1.00 = as fast as curl).")
    print("peak RSS: this Python process (the client) after the run; "
          "{:.0f} MiB before any run.".format(baseline_rss))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buildings", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args(argv)

    link_dir = import_paths()
    server = None
    try:
        import requests

        server, base_url = start_fake_lizard(args.buildings)
        api_url = base_url + "/api/v4/"
        count = requests.get(api_url + ENDPOINT, params={"page_size": 1}, timeout=30).json()["count"]
        urls = page_urls(api_url, count)
        print("Fake Lizard (own process) at {} with {} buildings: {} pages of {} from /api/v4/{}".format(
            base_url, count, len(urls), PAGE_SIZE, ENDPOINT))
        print("Python {} ({}), {} runs each\n".format(sys.version.split()[0], sys.executable, args.repeat))
        bench_client(api_url, 1, 1)  # warm-up: the server's caches, imports
        baseline_rss = peak_rss_mib()
        results = []
        curl = bench_curl(urls, count, args.repeat)
        if curl is None:
            print("curl is not installed: no curl baseline (apt-get install curl).\n")
        else:
            results.append(curl)
        results.append(bench_client(api_url, args.repeat, 1))
        results.append(bench_client(api_url, args.repeat, args.concurrency))
        for r in results:
            if r.objects != count:
                raise SystemExit("{} got {} objects, expected {}".format(r.tool, r.objects, count))
        print_table(results, baseline_rss)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        shutil.rmtree(link_dir, ignore_errors=True)
    print()
    buildings = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "buildings.py"),
                                "--buildings", str(args.buildings), "--repeat", str(args.repeat),
                                "--concurrency", str(args.concurrency)], stdin=subprocess.DEVNULL)
    codes = [buildings.returncode]
    for name in ("export.py", "upload.py", "download.py", "scenarios.py", "scale.py", "plot.py",
                 "timeseries.py", "timeseries_gui.py"):
        if not os.path.exists(os.path.join(ROOT, "bench", name)):
            continue
        print()
        done = subprocess.run([sys.executable, os.path.join(ROOT, "bench", name), "--repeat", str(args.repeat)],
                              stdin=subprocess.DEVNULL)
        codes.append(done.returncode)
    return next((code for code in codes if code), 0)


def start_fake_lizard(buildings):
    """The fake Lizard CLI in its own process; returns (process, base URL)."""
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "tests"))
    process = subprocess.Popen(
        [sys.executable, "-m", "fake_lizard", "--port", "0", "--buildings", str(buildings)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True, env=env,
    )
    for line in process.stdout:
        if line.startswith("FAKE_LIZARD_URL="):
            return process, line.split("=", 1)[1].strip()
    process.kill()
    raise SystemExit("the fake Lizard did not start")

if __name__ == "__main__":
    sys.exit(main())
