#!/usr/bin/env python3
"""Scenario result download benchmark: core.rasters.scenario_download against curl and a scripted GDAL pipeline.

Usage: bench/scenarios.py [--size N] [--repeat N] [--concurrency N] [--folder DIR]

Starts the fake Lizard (``python -m fake_lizard``) in its own process and plans the download of a 3Di
scenario's ``depth-max-dtri`` result (a raster whose grid fields are ``null``: the scenario's grid is used) for a
``--size`` × ``--size`` area (default 20000 × 20000 = 4e8 pixels, 1.6 GB of float32) at 0.5 m in the scenario's
projection, synchronously (curl cannot follow Lizard's tasks), in tiles of at most
``core.rasters.download_grid.TILE_PIXELS`` pixels. Then, in the same run, interleaved:

- ``curl``: one curl process fetching exactly the plan's tile URLs, ``--parallel-max N`` (the plugin's
  concurrency, default 4), each to a file: the floor;
- ``scenario → VRT``: ``ScenarioPlan.run`` with ``vrt=True``: the tiles fetched, kept, a VRT over them;
- ``curl + gdalbuildvrt + gdal_translate``: what a power user scripts for one GeoTIFF: the same curl, then
  ``gdalbuildvrt`` and ``gdal_translate`` with the plugin's creation options (tiled 256, DEFLATE level 3,
  predictor 3, all CPUs);
- ``scenario → GeoTIFF``: ``ScenarioPlan.run``: each tile written into one tiled, DEFLATE GeoTIFF as it arrives.

Targets (issue 14): VRT ≤ 1.3× curl, GeoTIFF ≤ 1.2× the pipeline. Reported, not asserted; the median of the
runs is shown.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from download import arguments, clean_up, run_curl, start_qgis  # noqa: E402
from run import Result as Row  # noqa: E402
from run import import_paths, peak_rss_mib, start_fake_lizard  # noqa: E402

VRT_TARGET, TIF_TARGET = 1.3, 1.2
PIXEL = 0.5
CODE = "depth-max-dtri"


def find_scenario(client):
    """A public scenario on RD New with a non-temporal ``depth-max-dtri`` result: (scenario, [result])."""
    from lizard_explorer.core.rasters import scenario_results

    for scenario in client.paginate("scenarios/", {"page_size": 100}):
        if scenario.get("projection") != "EPSG:28992":
            continue
        results = [r for r in scenario_results.fetch_results(client, scenario) if r.code == CODE]
        if results:
            return scenario, results
    raise SystemExit("no suitable scenario in the fake Lizard")


def make_plan(client, scenario, results, size, folder, vrt):
    from lizard_explorer.core.rasters import download_grid, scenario_download
    from qgis.core import QgsRectangle

    x, y, side = scenario["origin_x"], scenario["origin_y"], size * PIXEL
    area = download_grid.Area.from_extent(QgsRectangle(x, y, x + side, y + side), scenario["projection"])
    plan = scenario_download.plan_scenario(client, scenario, results, folder, area=area, pixel_size=PIXEL,
                                           vrt=vrt, use_async=False)
    (job,) = plan.jobs
    item = job.plan.items[0]
    assert (item.grid.width, item.grid.height) == (size, size), (item.grid.width, item.grid.height)
    return plan


def run_plugin(base_url, scenario, results, size, folder, concurrency, vrt):
    """One plan + run: (seconds, tiles, bytes written)."""
    from lizard_explorer.core.client import LizardClient

    target = tempfile.mkdtemp(prefix="plugin-", dir=folder)
    with LizardClient(base_url, proxies={}, concurrency=concurrency) as client:
        start = time.perf_counter()
        plan = make_plan(client, scenario, results, size, target, vrt)
        outcome = plan.run(client)
        seconds = time.perf_counter() - start
    if outcome.failures:
        raise SystemExit(outcome.failure_message())
    written = sum(os.path.getsize(os.path.join(root, name)) for root, _dirs, names in os.walk(target) for name in names)
    shutil.rmtree(target)
    return seconds, plan.jobs[0].plan.tile_count, written


def run_pipeline(urls, folder, concurrency):
    """curl the tiles, gdalbuildvrt, gdal_translate with the plugin's creation options: (seconds, bytes)."""
    from lizard_explorer.core.rasters.download_run import CREATION_OPTIONS

    target = tempfile.mkdtemp(prefix="pipeline-", dir=folder)
    tiles = os.path.join(target, "tiles")
    os.mkdir(tiles)
    command = ["curl", "--silent", "--show-error", "--noproxy", "*", "--fail", "--parallel", "--parallel-max",
               str(concurrency)]
    for index, url in enumerate(urls):
        command += ["--output", os.path.join(tiles, "tile_{:05d}.tif".format(index)), url]
    options = [arg for option in CREATION_OPTIONS + ["PREDICTOR=3"] for arg in ("-co", option)]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdin=subprocess.DEVNULL, capture_output=True)
    names = sorted(os.path.join(tiles, name) for name in os.listdir(tiles))
    subprocess.run(["gdalbuildvrt", "-q", os.path.join(target, "all.vrt")] + names, check=True,
                   stdin=subprocess.DEVNULL, capture_output=True)
    subprocess.run(["gdal_translate", "-q"] + options + [os.path.join(target, "all.vrt"),
                                                         os.path.join(target, "all.tif")],
                   check=True, stdin=subprocess.DEVNULL, capture_output=True)
    seconds = time.perf_counter() - start
    size = os.path.getsize(os.path.join(target, "all.tif"))
    shutil.rmtree(target)
    return seconds, size


def bench_all(base_url, scenario, results, size, urls, folder, repeat, concurrency):
    runs = {"curl": [], "vrt": [], "pipeline": [], "tif": []}
    for _ in range(repeat):
        # As in bench/download.py: the previous run's dirty pages are flushed first (untimed), so that no tool
        # pays for the writeback of another's 0.4–1.6 GB.
        os.sync()
        runs["curl"].append(run_curl(urls, folder, concurrency))
        os.sync()
        runs["vrt"].append(run_plugin(base_url, scenario, results, size, folder, concurrency, True))
        os.sync()
        runs["pipeline"].append(run_pipeline(urls, folder, concurrency))
        os.sync()
        runs["tif"].append(run_plugin(base_url, scenario, results, size, folder, concurrency, False))
    return [
        Row("curl", len(urls), runs["curl"][-1][1], [r[0] for r in runs["curl"]],
            note="1 process, --parallel-max {}, tiles to files".format(concurrency)),
        Row("scenario → VRT", runs["vrt"][-1][1], runs["vrt"][-1][2], [r[0] for r in runs["vrt"]],
            rss=peak_rss_mib(), note="plan (scenario grid) + fetch + VRT"),
        Row("curl + gdalbuildvrt + gdal_translate", len(urls), runs["pipeline"][-1][1],
            [r[0] for r in runs["pipeline"]], note="the same tiles, one GeoTIFF, the same creation options"),
        Row("scenario → GeoTIFF", runs["tif"][-1][1], runs["tif"][-1][2], [r[0] for r in runs["tif"]],
            rss=peak_rss_mib(), note="plan + fetch + join as tiles arrive (tiled, DEFLATE)"),
    ]


def print_table(rows, baseline_rss, megapixels):
    header = ("tool", "tiles", "MB on disk", "seconds", "Mpixel/s", "runs (s)", "what")
    lines = [(r.tool, str(r.pages), "{:.0f}".format(r.objects / 1e6), "{:.2f}".format(r.seconds),
              "{:.0f}".format(megapixels / r.seconds), " ".join("{:.2f}".format(t) for t in r.timings), r.note)
             for r in rows]
    widths = [max(len(row[i]) for row in [header] + lines) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths]] + lines:
        print("  ".join(c.ljust(w) if i in (0, len(row) - 1) else c.rjust(w)
                        for i, (c, w) in enumerate(zip(row, widths))))
    by_tool = {r.tool: r.seconds for r in rows}
    vrt = by_tool["scenario → VRT"] / by_tool["curl"]
    tif = by_tool["scenario → GeoTIFF"] / by_tool["curl + gdalbuildvrt + gdal_translate"]
    print("\nseconds: median of the runs. peak RSS: {:.0f} MiB before any run, {:.0f} MiB after.".format(
        baseline_rss, max(r.rss or 0 for r in rows)))
    print("target scenario → VRT ≤ {:.1f}× curl: {:.2f}× → {}".format(
        VRT_TARGET, vrt, "MET" if vrt <= VRT_TARGET else "NOT MET"))
    print("target scenario → GeoTIFF ≤ {:.1f}× curl + gdalbuildvrt + gdal_translate: {:.2f}× → {}".format(
        TIF_TARGET, tif, "MET" if tif <= TIF_TARGET else "NOT MET"))


def main(argv=None):
    args = arguments(__doc__.split("\n\n")[0], argv)
    for tool in ("curl", "gdalbuildvrt", "gdal_translate"):
        if shutil.which(tool) is None:
            print("{} is not installed: no scenario benchmark (apt-get install curl gdal-bin).".format(tool))
            return 0

    link_dir = import_paths()
    app = start_qgis()  # noqa: F841 - kept alive while the benchmark runs
    server = None
    folder = tempfile.mkdtemp(prefix="lizard-bench-scenarios-", dir=args.folder)
    try:
        from lizard_explorer.core.client import LizardClient

        server, base_url = start_fake_lizard(10)
        with LizardClient(base_url, proxies={}) as client:
            scenario, results = find_scenario(client)
            plan = make_plan(client, scenario, results, args.size, os.path.join(folder, "probe"), False)
            urls = plan.jobs[0].plan.tile_urls(client)
        megapixels = args.size * args.size / 1e6
        print("Scenario download: fake Lizard (own process) at {}, scenario “{}”, result {}, {} × {} pixels "
              "({:.0f} Mpixel, float32) in {} tiles, concurrency {}".format(
                  base_url, scenario["name"], CODE, args.size, args.size, megapixels, len(urls), args.concurrency))
        print("Python {}, {} run(s) each, files in {}\n".format(sys.version.split()[0], args.repeat, folder))
        run_plugin(base_url, scenario, results, 2000, folder, args.concurrency, False)  # warm-up, untimed
        baseline_rss = peak_rss_mib()
        rows = bench_all(base_url, scenario, results, args.size, urls, folder, args.repeat, args.concurrency)
        print_table(rows, baseline_rss, megapixels)
    finally:
        clean_up(server, folder, link_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
