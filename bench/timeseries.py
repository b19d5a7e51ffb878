#!/usr/bin/env python3
"""Timeseries export benchmark: core.timeseries.export.write_events against curl fetching the same pages.

Usage: bench/timeseries.py [--repeat N] [--page-size N] [--profile]

Starts the fake Lizard (``python -m fake_lizard --max-page-size 100000``) in its own process and exports the
1,000,000 events of its 5-minute series (``store.TS_MILLION``) to CSV, in the same run as:

- ``curl``: one curl process fetching exactly the pages the plugin fetches (``page_size=100000``, the
  ``next`` links collected once beforehand), one after another over one connection, bodies thrown away: the
  floor for fetching these pages;
- ``write_events → CSV``: ``write_events(path, client, [info])``: every page fetched (the next one while
  the current one is written), decoded and written as CSV rows to a partial file that is renamed at the
  end.

The runs are interleaved (curl, plugin, curl, …); the table shows the median of ``--repeat`` (3). Target:
write_events ≤ 1.3× curl. When it is not met (or with ``--profile``) a cProfile of one export is printed
(main thread; the prefetching thread shows up as lock waits). The figures are reported, not asserted.
"""

import argparse
import cProfile
import io
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from run import ROOT, import_paths, peak_rss_mib  # noqa: E402
from run import Result as Row  # noqa: E402

TARGET_RATIO = 1.3
TS_MILLION = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def start_fake_lizard(max_page_size):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "tests"))
    process = subprocess.Popen(
        [sys.executable, "-m", "fake_lizard", "--port", "0", "--buildings", "10", "--max-page-size",
         str(max_page_size)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True, env=env)
    for line in process.stdout:
        if line.startswith("FAKE_LIZARD_URL="):
            return process, line.split("=", 1)[1].strip()
    process.kill()
    raise SystemExit("the fake Lizard did not start")


def page_urls(api_url, page_size):
    """The URLs of every page, following ``next`` as the plugin does (fetched once, untimed)."""
    import requests

    url = "{}timeseries/{}/events/?page_size={}".format(api_url, TS_MILLION, page_size)
    urls, count = [], None
    with requests.Session() as session:
        while url:
            urls.append(url)
            page = session.get(url, timeout=120).json()
            count = page["count"] if count is None else count
            url = page["next"]
    return urls, count


def run_curl(urls):
    command = ["curl", "--silent", "--show-error", "--noproxy", "*", "--fail", "--write-out", "%{http_code}\\n"]
    for url in urls:
        command += ["--output", os.devnull, url]
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode or done.stdout.split() != ["200"] * len(urls):
        raise SystemExit("curl failed (status {}): {}".format(done.returncode, done.stderr))
    return seconds


def run_plugin(base_url, info, folder):
    """One export: (seconds, rows, bytes)."""
    from lizard_explorer.core.client import LizardClient
    from lizard_explorer.core.timeseries.export import write_events

    path = os.path.join(folder, "events.csv")
    with LizardClient(base_url, proxies={}) as client:
        start = time.perf_counter()
        rows = write_events(path, client, [info])
        seconds = time.perf_counter() - start
    size = os.path.getsize(path)
    os.remove(path)
    return seconds, rows, size


def profile(base_url, info, folder):
    profiler = cProfile.Profile()
    profiler.enable()
    run_plugin(base_url, info, folder)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("tottime").print_stats(18)
    print("Where write_events spends its time (cProfile of one export, main thread, by own time):")
    print("\n".join(text.getvalue().splitlines()[4:]))


def print_table(rows, baseline_rss, count):
    curl = next((r for r in rows if r.tool == "curl"), None)
    header = ("tool", "pages", "events", "seconds", "events/s", "× curl", "peak RSS MiB", "runs (s)", "what")
    lines = [(r.tool, str(r.pages), str(r.objects), "{:.2f}".format(r.seconds),
              "{:,.0f}".format(r.objects / r.seconds),
              "{:.2f}".format(r.seconds / curl.seconds) if curl else "n/a",
              "{:.0f}".format(r.rss) if r.rss is not None else "-",
              " ".join("{:.2f}".format(t) for t in r.timings), r.note) for r in rows]
    widths = [max(len(row[i]) for row in [header] + lines) for i in range(len(header))]

    def line(cells):
        return "  ".join(c.ljust(w) if i in (0, len(cells) - 1) else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths)))

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in lines:
        print(line(row))
    print()
    print("seconds: median of the runs; × curl: seconds / curl's seconds. peak RSS: this Python process "
          "(high-water mark); {:.0f} MiB before any run.".format(baseline_rss))
    if curl is None:
        return None
    plugin = next(r for r in rows if r.tool != "curl")
    ratio = plugin.seconds / curl.seconds
    met = ratio <= TARGET_RATIO
    print("target write_events ≤ {:.1f}× curl (same {} pages of the {:,} events): {:.2f}× → {}".format(
        TARGET_RATIO, plugin.pages, count, ratio, "MET" if met else "NOT MET"))
    return met


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--page-size", type=int, default=100000, help="the fake's max page size")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one export in any case")
    args = parser.parse_args(argv)

    link_dir = import_paths()
    server = None
    folder = tempfile.mkdtemp(prefix="lizard-bench-timeseries-")
    try:
        import requests
        from lizard_explorer.core.timeseries import export
        from lizard_explorer.core.timeseries.series import describe

        server, base_url = start_fake_lizard(args.page_size)
        api_url = base_url + "/api/v4/"
        info = describe(requests.get("{}timeseries/{}/".format(api_url, TS_MILLION), timeout=30).json())
        urls, count = page_urls(api_url, min(args.page_size, export.PAGE_SIZE))
        print("Timeseries export: fake Lizard (own process) at {}, series {} ({:,} events) in {} pages of {}".format(
            base_url, TS_MILLION, count, len(urls), min(args.page_size, export.PAGE_SIZE)))
        print("Python {}, {} run(s) each, interleaved\n".format(sys.version.split()[0], args.repeat))
        has_curl = shutil.which("curl") is not None
        if not has_curl:
            print("curl is not installed: no curl baseline (apt-get install curl).\n")
        baseline_rss = peak_rss_mib()
        curl_runs, plugin_runs = [], []
        for _ in range(args.repeat):
            if has_curl:
                curl_runs.append(run_curl(urls))
            plugin_runs.append(run_plugin(base_url, info, folder))
        if any(rows != count for _s, rows, _b in plugin_runs):
            raise SystemExit("write_events wrote {} rows, expected {}".format(plugin_runs[-1][1], count))
        rows = []
        if has_curl:
            rows.append(Row("curl", len(urls), count, curl_runs, note="1 process, 1 connection, bodies discarded"))
        rows.append(Row("write_events → CSV", len(urls), count, [r[0] for r in plugin_runs], rss=peak_rss_mib(),
                        note="fetch + decode + CSV ({:.0f} MB) + rename".format(plugin_runs[-1][2] / 1e6)))
        met = print_table(rows, baseline_rss, count)
        if args.profile or met is False:
            print()
            profile(base_url, info, folder)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(link_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
