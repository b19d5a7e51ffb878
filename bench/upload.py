#!/usr/bin/env python3
"""Upload benchmark: a 1 GiB GeoTIFF sent to a rastersource by the plugin and by curl, same server, same run.

Usage: bench/upload.py [--size-mib N] [--repeat N] [--keep] [--profile]

Writes a real GeoTIFF of about ``--size-mib`` MiB (default 1024: single band, float32, uncompressed, striped,
NODATA, EPSG:28992) in a temporary folder, checks that ``core.rasters.upload.prepare_file`` sends it as it is, starts
the fake Lizard (``python -m fake_lizard``) in its own process, creates a rastersource there, and uploads the
file to ``/api/v4/rastersources/<uuid>/data/``:

- ``curl``: ``curl -F file=@<path> -u __key__:<key> <url>`` (``Expect:`` off, so it does not wait for a
  ``100 Continue``): the floor for sending this file to this server;
- ``upload_file``: ``core.rasters.upload.upload_file`` (the streamed ``MultipartFile`` through ``LizardClient``) in a
  fresh Python process per run, which reports the wall time of the call and its peak resident memory
  (``VmHWM`` in ``/proc/self/status``) before and after the call.

Each is run ``--repeat`` times (default 3); the table shows the medians. Targets (from the issue): the
uploading process's peak RSS grows by at most 64 MiB, and the wall time is within 1.3× curl's. The figures are
reported, not asserted (the exit status is 0 either way). ``--profile`` adds one cProfile'd run of
``upload_file`` and prints its top functions. The file is deleted at the end unless ``--keep``.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from run import ROOT, import_paths  # noqa: E402

TARGET_RSS_MIB = 64.0
TARGET_RATIO = 1.3
EPSG = 28992
NODATA = -9999.0
WIDTH = 16384  # float32: 64 KiB per row


# ------------------------------------------------------------------------------------------- the file


def make_geotiff(path, size_mib):
    """A single-band float32 GeoTIFF of about ``size_mib`` MiB, uncompressed, written in blocks of rows."""
    import numpy
    from osgeo import gdal, osr

    gdal.UseExceptions()
    rows = max(1, int(size_mib * 1024 * 1024 // (WIDTH * 4)))
    options = ["COMPRESS=NONE", "TILED=NO", "BLOCKYSIZE=16"]
    if size_mib >= 4000:
        options.append("BIGTIFF=YES")
    dataset = gdal.GetDriverByName("GTiff").Create(path, WIDTH, rows, 1, gdal.GDT_Float32, options=options)
    dataset.SetGeoTransform((0.0, 1.0, 0.0, 600000.0, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    block = 512
    ramp = numpy.arange(WIDTH, dtype=numpy.float32)
    for top in range(0, rows, block):
        count = min(block, rows - top)
        data = ramp[None, :] + numpy.arange(top, top + count, dtype=numpy.float32)[:, None]  # not constant
        band.WriteArray(data, 0, top)
    band.FlushCache()
    dataset = None
    return os.path.getsize(path)


# --------------------------------------------------------------------------------------------- server


def start_fake_lizard():
    """The fake Lizard CLI in its own process; returns (process, base URL, {name: key})."""
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "tests"))
    process = subprocess.Popen(
        [sys.executable, "-m", "fake_lizard", "--port", "0", "--buildings", "10"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True, env=env,
    )
    url, keys = None, {}
    for line in process.stdout:
        if line.startswith("FAKE_LIZARD_URL="):
            url = line.split("=", 1)[1].strip()
        elif line.startswith("FAKE_LIZARD_KEY_"):
            name, _, key = line[len("FAKE_LIZARD_KEY_"):].partition("=")
            keys[name.strip().lower()] = key.strip()
            if "supplier" in keys and url:
                return process, url, keys
    process.kill()
    raise SystemExit("the fake Lizard did not start")


# ------------------------------------------------------------------------------------------ the child


def vm_hwm_kib():
    """Peak resident memory of this process so far (``VmHWM``), in KiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def child(args):
    """One measured upload_file in this (fresh) process; prints one JSON line."""
    link_dir = import_paths()
    try:
        return _child(args)
    finally:
        shutil.rmtree(link_dir, ignore_errors=True)


def _child(args):
    from lizard_explorer.core.client import LizardClient
    from lizard_explorer.core.rasters import upload
    from lizard_explorer.core.rasters.upload import prepare_file, upload_file

    if args.chunk_kib:
        upload.STREAM_CHUNK = args.chunk_kib * 1024  # MultipartFile.read's minimum read, for experiments

    with LizardClient(args.url, args.key, proxies={}) as client:
        source = client.get("rastersources/{}/".format(args.source))
        path, warnings = prepare_file(args.path, tempfile.gettempdir())
        if path != args.path:
            raise SystemExit("prepare_file did not send the file as it is: {}".format(warnings))
        calls = [0]

        def progress(sent, total):
            calls[0] += 1

        before = vm_hwm_kib()
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            start = time.perf_counter()
            profiler.enable()
            task = upload_file(client, source, path, progress=progress)
            profiler.disable()
            seconds = time.perf_counter() - start
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(15)
        else:
            start = time.perf_counter()
            task = upload_file(client, source, path, progress=progress)
            seconds = time.perf_counter() - start
        after = vm_hwm_kib()
    print(json.dumps({"seconds": seconds, "hwm_before_kib": before, "hwm_after_kib": after,
                      "progress_calls": calls[0], "task": task}), flush=True)


def run_child(url, key, source, path, profile=False, chunk_kib=None):
    command = [sys.executable, os.path.abspath(__file__), "--child", "--url", url, "--key", key, "--source", source,
               "--path", path]
    if chunk_kib:
        command += ["--chunk-kib", str(chunk_kib)]
    if profile:
        command.append("--profile")
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit("the upload_file child failed:\n" + done.stderr)
    if profile:
        print(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------- curl


def run_curl(url, key, path):
    """(seconds, peak RSS MiB of curl or None) for one curl upload.

    curl's own peak memory comes from GNU time when it is installed: a process forked from this Python
    inherits Python's high-water mark in ``ru_maxrss``, one forked from ``time`` does not.
    """
    command = ["curl", "--silent", "--show-error", "--noproxy", "*", "--output", os.devnull,
               "--write-out", "%{http_code}", "-H", "Expect:", "-u", "__key__:" + key,
               "-F", "file=@{};type=image/tiff".format(path), url]
    gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    report = None
    if gnu_time:
        handle, report = tempfile.mkstemp(prefix="curl-rss-")
        os.close(handle)
        command = [gnu_time, "--format", "%M", "--output", report] + command
    try:
        start = time.perf_counter()
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode or done.stdout.strip() != "200":
            raise SystemExit("curl failed (exit {}, HTTP {}): {}".format(done.returncode, done.stdout, done.stderr))
        rss = None
        if report:
            with open(report) as handle:
                rss = int(handle.read().split()[-1]) / 1024.0
        return seconds, rss
    finally:
        if report:
            os.remove(report)


# --------------------------------------------------------------------------------------------- table


def print_table(size, curl_runs, client_runs):
    mib = size / 1024.0 / 1024.0
    curl_seconds = statistics.median(s for s, _ in curl_runs)
    client_seconds = statistics.median(run["seconds"] for run in client_runs)
    growth = statistics.median((run["hwm_after_kib"] - run["hwm_before_kib"]) / 1024.0 for run in client_runs)
    worst_growth = max((run["hwm_after_kib"] - run["hwm_before_kib"]) / 1024.0 for run in client_runs)
    header = ("tool", "seconds", "MiB/s", "× curl", "peak RSS MiB", "RSS growth MiB", "runs (s)")
    rows = [
        ("curl -F", "{:.2f}".format(curl_seconds), "{:.0f}".format(mib / curl_seconds), "1.00",
         "{:.0f}".format(statistics.median(r for _, r in curl_runs)) if curl_runs[0][1] is not None else "-", "-",
         " ".join("{:.2f}".format(s) for s, _ in curl_runs)),
        ("upload_file", "{:.2f}".format(client_seconds), "{:.0f}".format(mib / client_seconds),
         "{:.2f}".format(client_seconds / curl_seconds),
         "{:.0f}".format(statistics.median(run["hwm_after_kib"] / 1024.0 for run in client_runs)),
         "{:.1f}".format(growth), " ".join("{:.2f}".format(run["seconds"]) for run in client_runs)),
    ]
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]

    def line(cells):
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(cells, widths)))

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    print()
    ratio = client_seconds / curl_seconds
    print("seconds: median wall time of the upload (curl: the whole curl process; upload_file: the call, in a "
          "fresh Python process per run).")
    print("RSS growth: the upload_file process's peak resident memory (VmHWM) after the call minus before it; "
          "peak RSS: VmHWM after (curl: its maximum RSS from GNU time).")
    print()
    print("target: RSS growth <= {:.0f} MiB: {:.1f} MiB (worst run {:.1f}) -> {}".format(
        TARGET_RSS_MIB, growth, worst_growth, "met" if worst_growth <= TARGET_RSS_MIB else "NOT met"))
    print("target: wall <= {:.1f}x curl: {:.2f}x -> {}".format(
        TARGET_RATIO, ratio, "met" if ratio <= TARGET_RATIO else "NOT met"))


# --------------------------------------------------------------------------------------------- main


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the GeoTIFF (its path is printed)")
    parser.add_argument("--profile", action="store_true", help="one more upload_file run under cProfile")
    parser.add_argument("--chunk-kib", type=int, help="experiment: core.rasters.upload.STREAM_CHUNK in the upload_file "
                        "process, in KiB (default: as in core/rasters/upload.py, 1024)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args)
    if shutil.which("curl") is None:
        raise SystemExit("curl is not installed (apt-get install curl): the upload benchmark needs it.")

    link_dir = import_paths()
    folder = tempfile.mkdtemp(prefix="lizard-bench-upload-")
    path = os.path.join(folder, "bench_{}mib.tif".format(args.size_mib))
    server = None
    try:
        start = time.perf_counter()
        size = make_geotiff(path, args.size_mib)
        print("Wrote {} ({:.0f} MiB, single band float32, NODATA, EPSG:{}) in {:.1f} s".format(
            path, size / 1024.0 / 1024.0, EPSG, time.perf_counter() - start))
        from lizard_explorer.core.client import LizardClient
        from lizard_explorer.core.rasters.upload import create_rastersource

        server, base_url, keys = start_fake_lizard()
        key = keys["supplier"]
        with LizardClient(base_url, key, proxies={}) as client:
            organisation = client.get("organisations/", {"role": "supplier"})["results"][0]["uuid"]
            source = create_rastersource(client, "Upload benchmark", organisation)
        url = "{}/api/v4/rastersources/{}/data/".format(base_url, source["uuid"])
        print("Fake Lizard (own process) at {}; uploading to rastersource {}".format(base_url, source["uuid"]))
        print("Python {} ({}), {} runs each\n".format(sys.version.split()[0], sys.executable, args.repeat))
        run_curl(url, key, path)  # warm-up: the page cache holds the file, the server has run once
        curl_runs, client_runs = [], []
        for _ in range(args.repeat):  # interleaved, so both see the same machine load
            curl_runs.append(run_curl(url, key, path))
            client_runs.append(run_child(base_url, key, source["uuid"], path, chunk_kib=args.chunk_kib))
        print_table(size, curl_runs, client_runs)
        if args.profile:
            print("\ncProfile of one upload_file run (sorted by own time):")
            run_child(base_url, key, source["uuid"], path, profile=True, chunk_kib=args.chunk_kib)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        if args.keep and os.path.exists(path):
            print("kept", path)
        else:
            shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(link_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
