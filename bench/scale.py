#!/usr/bin/env python3
"""Scaling benchmark: do time and memory grow with the input as they should (time linearly, memory not)?

Usage: bench/scale.py [--polygons A,B] [--sizes A,B] [--only bundle|download]
(make bench runs it last; the default sizes take about three minutes here; see bench/README.md)

Each measurement runs in a fresh Python process (QGIS started, the plugin imported), which reports its wall
time and its peak resident memory (``VmHWM``, reset with ``/proc/self/clear_refs`` just before the call, so
starting QGIS does not count) beside the resident memory before the call:

- asset bundle: ``export_bundle`` of a GeoPackage of N polygons (the bench/export.py data: file layer, GDAL
  in place) and of the same features in a memory layer (QGIS copies it into a GeoPackage, then GDAL; the
  memory layer itself is made before the reset, so it is not counted);
- raster download: ``Plan.run`` of an N × N float32 area of a fake Lizard raster into one GeoTIFF, in tiles
  of at most ``TILE_PIXELS`` pixels, 4 at a time.

Defaults: 100,000 and 1,000,000 polygons; 20000 and 40000 pixels square (1.6 and 6.4 GB of float32). Targets
(issue #15), printed as MET / NOT MET, not asserted: the time per unit at the larger size within 1.5× that at
the smaller (linear), and the peak RSS growth at most 64 MiB more (memory does not follow the input).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = os.path.abspath(__file__)


def status_mib(field):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def reset_peak():
    """Make VmHWM start again from the current RSS (Linux >= 4.0); False when that is not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def child(args):
    """One measurement in this (fresh) process; prints one JSON line."""
    from run import import_paths

    link_dir = import_paths()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        if args.child == "bundle":
            from export import COLUMNS
            from lizard_explorer.core.assets.bundle import export_bundle
            from qgis.core import QgsFeatureRequest, QgsVectorLayer

            layer = QgsVectorLayer(args.input + "|layername=polders", "polders", "ogr")
            if args.kind == "memory":
                layer = layer.materialize(QgsFeatureRequest())
            before = status_mib("VmRSS")
            reset_peak()
            start = time.perf_counter()
            result = export_bundle(layer, os.path.join(args.out, "bundle.zip"), "Polder", COLUMNS)
            seconds = time.perf_counter() - start
            count = result.feature_count
        else:
            from download import make_plan
            from lizard_explorer.core.client import LizardClient

            before = status_mib("VmRSS")
            reset_peak()
            with LizardClient(args.input, proxies={}) as client:
                start = time.perf_counter()
                plan = make_plan(client, args.raster, args.size, os.path.join(args.out, "raster.tif"))
                plan.run(client, concurrency=4)
                seconds = time.perf_counter() - start
            count = args.size * args.size
        print(json.dumps({"seconds": seconds, "before": before, "peak": status_mib("VmHWM"), "count": count}))
    finally:
        shutil.rmtree(link_dir, ignore_errors=True)
    return 0


def measure(argv):
    out = tempfile.mkdtemp(prefix="lizard-bench-scale-")
    try:
        done = subprocess.run([sys.executable, HERE, "--out", out] + argv, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True)
        if done.returncode:
            raise SystemExit("measurement {} failed: {}".format(argv, done.stderr[-2000:]))
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(out, ignore_errors=True)


# Targets (issue #15): time per unit at the larger size at most this many times that at the smaller one
# (linear: 1.0, with room for noise), and the peak RSS growth at most this many MiB above the smaller one's.
TARGET_LINEAR = 1.5
TARGET_MEMORY_MIB = 64.0


def verdicts(rows):
    """MET / NOT MET lines for each input: time per unit and memory growth, largest size against smallest."""
    lines = []
    for what in sorted({r["what"] for r in rows}):
        mine = sorted((r for r in rows if r["what"] == what), key=lambda r: r["count"])
        small, large = mine[0], mine[-1]
        if small is large:
            continue
        per_unit = (large["seconds"] / large["count"]) / (small["seconds"] / small["count"])
        extra = (large["peak"] - large["before"]) - (small["peak"] - small["before"])
        lines.append("target {}: time per unit at {:,} ≤ {:.1f}× that at {:,}: {:.2f}× → {}; peak RSS growth "
                     "≤ {:.0f} MiB more: {:+.0f} MiB → {}".format(
                         what, large["count"], TARGET_LINEAR, small["count"], per_unit,
                         "MET" if per_unit <= TARGET_LINEAR else "NOT MET", TARGET_MEMORY_MIB, extra,
                         "MET" if extra <= TARGET_MEMORY_MIB else "NOT MET"))
    return lines


def print_rows(title, unit, rows):
    print(title)
    header = ("input", "size", "seconds", "µs per {}".format(unit), "RSS before MiB", "peak RSS MiB", "growth MiB")
    lines = [(r["what"], "{:,}".format(r["count"]), "{:.2f}".format(r["seconds"]),
              "{:.3f}".format(r["seconds"] / r["count"] * 1e6), "{:.0f}".format(r["before"]),
              "{:.0f}".format(r["peak"]), "{:.0f}".format(r["peak"] - r["before"])) for r in rows]
    widths = [max(len(row[i]) for row in [header] + lines) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths]] + lines:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    for line in verdicts(rows):
        print(line)
    print()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polygons", default="100000,1000000", help="two (or more) numbers of polygons")
    parser.add_argument("--sizes", default="20000,40000", help="two (or more) raster sizes (pixels square)")
    parser.add_argument("--only", choices=("bundle", "download"))
    parser.add_argument("--repeat", type=int, default=1, help="ignored (make bench passes it): one run a size")
    parser.add_argument("--child", choices=("bundle", "download"), help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="file", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--raster", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)
    print("Scaling: each measurement in a fresh process; peak RSS is VmHWM reset just before the call.\n")
    work = tempfile.mkdtemp(prefix="lizard-bench-scale-data-")
    try:
        if args.only != "download":
            rows = []
            for count in [int(n) for n in args.polygons.split(",")]:
                start = time.perf_counter()
                gpkg = os.path.join(work, "polders.gpkg")
                if os.path.exists(gpkg):
                    os.remove(gpkg)
                subprocess.run([sys.executable, "-c", "import export; export.make_polygons({!r}, {})".format(
                    gpkg, count)], check=True, stdin=subprocess.DEVNULL, cwd=os.path.dirname(HERE))
                print("generated {:,} polygons in {:.0f} s".format(count, time.perf_counter() - start), flush=True)
                for kind in ("file", "memory"):
                    row = measure(["--child", "bundle", "--kind", kind, "--input", gpkg])
                    row["what"] = "bundle, {} layer".format(kind)
                    rows.append(row)
            rows.sort(key=lambda r: (r["what"], r["count"]))
            print_rows("Asset bundle (export_bundle, polygons → zipped shapefile)", "polygon", rows)
        if args.only != "bundle":
            from run import import_paths, start_fake_lizard

            link_dir = import_paths()
            from download import find_raster

            server, base_url = start_fake_lizard(10)
            try:
                raster = find_raster(base_url)
                rows = []
                for size in [int(n) for n in args.sizes.split(",")]:
                    row = measure(["--child", "download", "--input", base_url, "--raster", raster, "--size",
                                   str(size)])
                    row["what"] = "download → GeoTIFF"
                    rows.append(row)
                    print("downloaded {0} × {0} in {1:.0f} s".format(size, row["seconds"]), flush=True)
            finally:
                server.terminate()
                server.wait(10)
                shutil.rmtree(link_dir, ignore_errors=True)
            print_rows("Raster download (Plan.run → one tiled DEFLATE GeoTIFF, float32, 4 tiles in flight)", "pixel",
                       rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
