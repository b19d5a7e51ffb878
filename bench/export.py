#!/usr/bin/env python3
"""Export benchmark: asset bundles and GeoTIFFs against the GDAL command-line tools, same run, same data.

Usage: bench/export.py [--polygons N] [--size N] [--repeat N] [--raster-repeat N] [--profile]
(make bench runs it after bench/buildings.py)

Generates its data in a temporary folder (in a process of its own), then times:

- asset bundle: ``ogr2ogr -f "ESRI Shapefile"`` of a GeoPackage of ``--polygons`` small polygons (default
  100000; fields id, code, name and two with names longer than 10 characters) followed by ``zip`` of the
  shapefile's parts (the reference), against ``core.assets.bundle.export_bundle`` of the same GeoPackage opened as
  a ``QgsVectorLayer`` (asset type ``Polder``, every field mapped) to a zip — checked with SQL and written
  by ``gdal.VectorTranslate``, the path a file-backed layer takes; the row before it (not the target) is
  the same layer copied into memory first (what a selection, an edited or a non-file layer takes: read
  through QGIS and written feature by feature), with the copy not timed;
- GeoTIFF: ``gdal_translate -b 1 -co TILED=YES -co COMPRESS=DEFLATE`` of a ``--size`` × ``--size`` float32
  GeoTIFF (default 8000 × 8000, EPSG:28992, NODATA -9999 set on the band, some NODATA cells; the reference),
  against ``core.rasters.geotiff.export_geotiff(src, out, band=1)``. No ``nodata`` argument: the band has one,
  so ``export_geotiff`` does not scan the data for the NODATA value (the common case).

Targets (from the issue): the bundle within 1.3× the reference, the GeoTIFF within 1.2×. The figures are
reported, not asserted. See bench/README.md.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from run import Result as Row  # noqa: E402
from run import import_paths, peak_rss_mib

TARGET_BUNDLE = 1.3
TARGET_GEOTIFF = 1.2
NODATA = -9999.0
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
# Lizard field -> layer field: every field of the generated layer, so both tools write the same columns.
COLUMNS = {"code": "code", "name": "name", "description": "polder_description", "target_level":
           "target_water_level", "ref": "id"}


# ------------------------------------------------------------------------------------------------- data


def make_polygons(path, count, bad_every=0):
    """A GeoPackage (EPSG:28992) of ``count`` small squares with a few attributes, in one transaction; with
    ``bad_every``, one feature in that many has no geometry and another a self-intersecting one (a bow tie)."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = dataset.CreateLayer("polders", srs, ogr.wkbPolygon)
    for name, kind in (("code", ogr.OFTString), ("name", ogr.OFTString),
                       ("polder_description", ogr.OFTString), ("target_water_level", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    # An integer attribute called "id" (the GeoPackage's own key is "fid").
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    columns = 400
    layer.StartTransaction()
    for n in range(count):
        x = 100000.0 + (n % columns) * 50.0
        y = 400000.0 + (n // columns) * 50.0
        feature = ogr.Feature(definition)
        feature.SetField("code", "P{:06d}".format(n))
        feature.SetField("name", "Polder nummer {} van waterschap {}".format(n, n % 21))
        feature.SetField("polder_description", "Peilgebied {} met vast streefpeil".format(n))
        feature.SetField("target_water_level", -1.5 + (n % 300) / 100.0)
        feature.SetField("id", n)
        if bad_every and n % bad_every == 1:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                "POLYGON (({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))".format(
                    x0=x, y0=y, x1=x + 40.0, y1=y + 30.0)))
        elif not (bad_every and n % bad_every == 2):
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                "POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))".format(
                    x0=x, y0=y, x1=x + 40.0, y1=y + 30.0)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    layer = dataset = None


def make_raster(path, size):
    """A ``size`` × ``size`` float32 GeoTIFF (EPSG:28992, NODATA set, a NODATA square), written in strips."""
    import numpy
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((100000.0, 0.5, 0.0, 500000.0, 0.0, -0.5))
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    strip = 512
    columns = numpy.arange(size, dtype=numpy.float32)
    for start in range(0, size, strip):
        rows = numpy.arange(start, min(start + strip, size), dtype=numpy.float32)[:, None]
        data = (columns[None, :] * 0.001 + rows * 0.002 + numpy.sin(rows * 0.01) * 0.5).astype(numpy.float32)
        hole = slice(max(size // 4 - start, 0), max(min(size // 2 - start, len(rows)), 0))
        data[hole, size // 4:size // 2] = NODATA
        band.WriteArray(data, 0, start)
    band = dataset = None


# --------------------------------------------------------------------------------------------- timing


def run_command(command):
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit("{} failed ({}): {}".format(command[0], done.returncode, done.stderr.strip()))


BUNDLE_WHERE = '"id" % 2 = 0'  # the selection's and the subset's features: every other one (OGR SQL and SQLite)


def zip_parts(folder, stem, zip_path):
    parts = [os.path.join(folder, stem + ext) for ext in SHAPEFILE_PARTS
             if os.path.exists(os.path.join(folder, stem + ext))]
    run_command(["zip", "-q", "-j", zip_path] + parts)


def bundle_reference(gpkg, work, n, where=None):
    """ogr2ogr to a shapefile (the same features: ``-where`` for a selection or a subset), then zip its parts:
    the floor for an asset bundle. Seconds and the zip's size."""
    folder = os.path.join(work, "ref-{}".format(n))
    os.mkdir(folder)
    zip_path = os.path.join(work, "ref-{}.zip".format(n))
    start = time.perf_counter()
    run_command(["ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8"] + (["-where", where] if where else [])
                + [os.path.join(folder, "polders.shp"), gpkg])
    zip_parts(folder, "polders", zip_path)
    seconds = time.perf_counter() - start
    size = os.path.getsize(zip_path)
    shutil.rmtree(folder)
    os.remove(zip_path)
    return seconds, size


class PathSpy:
    """Which way ``export_bundle`` wrote the shapefile (the bench wraps the module's functions; nothing in the
    plugin changes): ``GDAL in place``, ``QGIS copy → GDAL`` or ``feature by feature``."""

    def __init__(self):
        from lizard_explorer.core.assets import shapefile

        self.module, self.seen = shapefile, []
        for name in ("_stage", "python_write", "_gdal_write"):
            original = getattr(shapefile, name)
            setattr(shapefile, name, self._wrap(name, original))

    def _wrap(self, name, original):
        def wrapper(*args, **kwargs):
            self.seen.append(name)
            return original(*args, **kwargs)
        return wrapper

    def take(self):
        seen, self.seen = self.seen, []
        if "python_write" in seen:
            return "feature by feature"
        return "QGIS copy → GDAL" if "_stage" in seen else "GDAL in place"


def bundle_layer(kind, gpkg, bad_gpkg):
    """The input layer of one kind (made before the clock starts, like a user's layer in a project)."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    if kind == "skips":
        return QgsVectorLayer(bad_gpkg + "|layername=polders", "polders", "ogr")
    layer = QgsVectorLayer(gpkg + "|layername=polders", "polders", "ogr")
    if kind == "memory":
        return layer.materialize(QgsFeatureRequest())
    if kind == "selection":
        layer.selectByExpression(BUNDLE_WHERE)
    if kind == "subset":
        layer.setSubsetString(BUNDLE_WHERE)
    return layer


BUNDLE_KINDS = (
    ("file", "a GeoPackage layer", None),
    ("memory", "the same copied into a memory layer", None),
    ("selection", "half of it selected (selected only)", BUNDLE_WHERE),
    ("subset", "a subset string selecting half", BUNDLE_WHERE),
    ("skips", "0.2 % null or invalid geometries, skip mode", None),
)


def bench_bundles(gpkg, bad_gpkg, work, repeat):
    """Every input kind, ours and the reference interleaved (reference, ours, reference, ours ...)."""
    from lizard_explorer.core.assets.bundle import export_bundle

    spy = PathSpy()
    rows = []
    for kind, what, where in BUNDLE_KINDS:
        ours, reference, paths = [], [], set()
        for n in range(repeat):
            seconds, ref_size = bundle_reference(bad_gpkg if kind == "skips" else gpkg, work, n, where)
            reference.append(seconds)
            layer = bundle_layer(kind, gpkg, bad_gpkg)
            if not layer.isValid():
                raise SystemExit("QGIS cannot open {}".format(gpkg))
            out = os.path.join(work, "bundle-{}.zip".format(n))
            start = time.perf_counter()
            result = export_bundle(layer, out, "Polder", COLUMNS, selected_only=kind == "selection")
            ours.append(time.perf_counter() - start)
            paths.add(spy.take())
            size = os.path.getsize(out)
            os.remove(out)
            layer = None
        rows.append(dict(kind=kind, what=what, path=" / ".join(sorted(paths)), ours=ours, reference=reference,
                         features=result.feature_count, skipped=result.skipped, size=size, ref_size=ref_size,
                         rss=peak_rss_mib()))
    return rows


def print_bundles(rows, polygons):
    import statistics

    print("Asset bundle ({} polygons → zipped shapefile), per input kind; reference: ogr2ogr (-where for the same "
          "features) + zip, run alternately with ours".format(polygons))
    header = ("input", "path", "features", "ours s", "ogr2ogr+zip s", "ratio", "target", "", "peak RSS MiB")
    lines = []
    met = True
    for r in rows:
        ratio = statistics.median(r["ours"]) / statistics.median(r["reference"])
        met = met and ratio <= TARGET_BUNDLE
        lines.append((r["kind"], r["path"], "{}{}".format(r["features"], " (+{} skipped)".format(r["skipped"])
                                                            if r["skipped"] else ""),
                      "{:.3f}".format(statistics.median(r["ours"])), "{:.3f}".format(statistics.median(r["reference"])),
                      "{:.2f}×".format(ratio), "≤ {:.1f}×".format(TARGET_BUNDLE),
                      "MET" if ratio <= TARGET_BUNDLE else "NOT MET", "{:.0f}".format(r["rss"])))
    widths = [max(len(row[i]) for row in [header] + lines) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths]] + lines:
        print("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    for r in rows:
        print("  {}: {}; ours {} s, reference {} s".format(r["kind"], r["what"], " ".join(
            "{:.3f}".format(t) for t in r["ours"]), " ".join("{:.3f}".format(t) for t in r["reference"])))
    print()
    return met


def bench_geotiff_reference(tif, work, repeat):
    timings = []
    out = os.path.join(work, "ref.tif")
    for _ in range(repeat):
        start = time.perf_counter()
        run_command(["gdal_translate", "-q", "-b", "1", "-co", "TILED=YES", "-co", "COMPRESS=DEFLATE", tif, out])
        timings.append(time.perf_counter() - start)
        size = os.path.getsize(out)
        os.remove(out)
    return Row("gdal_translate", 1, size, timings, rss=None, note="reference")


def bench_geotiff(tif, work, repeat):
    from lizard_explorer.core.rasters.geotiff import export_geotiff

    timings = []
    out = os.path.join(work, "export.tif")
    for _ in range(repeat):
        start = time.perf_counter()
        export_geotiff(tif, out, band=1)
        timings.append(time.perf_counter() - start)
        size = os.path.getsize(out)
        os.remove(out)
    return Row("export_geotiff", 1, size, timings, rss=peak_rss_mib(), note="no nodata argument: no scan")


# --------------------------------------------------------------------------------------------- report


def print_table(title, rows, target, baseline_rss):
    reference = rows[0]
    header = ("tool", "seconds", "× reference", "output MiB", "peak RSS MiB", "runs (s)")
    lines = []
    for r in rows:
        lines.append((
            r.tool, "{:.3f}".format(r.seconds), "{:.2f}".format(r.seconds / reference.seconds),
            "{:.1f}".format(r.objects / 1024.0 ** 2), "{:.0f}".format(r.rss) if r.rss is not None else "-",
            " ".join("{:.3f}".format(t) for t in r.timings),
        ))
    widths = [max(len(row[i]) for row in [header] + lines) for i in range(len(header))]

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print(title)
    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in lines:
        print(line(row))
    ratio = rows[-1].seconds / reference.seconds
    print("target {} ≤ {:.1f}× {}: {:.2f}× → {}".format(
        rows[-1].tool, target, reference.tool, ratio, "MET" if ratio <= target else "NOT MET"))
    print()
    return ratio <= target


def profile(function, *args):
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    function(*args)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polygons", type=int, default=100000)
    parser.add_argument("--size", type=int, default=8000, help="raster width and height in pixels")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--raster-repeat", type=int, default=None, help="runs for the raster (default: --repeat)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of each export")
    parser.add_argument("--only", choices=("bundle", "geotiff"), help="run one of the two benchmarks")
    parser.add_argument("--generate", metavar="FOLDER", help=argparse.SUPPRESS)  # internal: make the data only
    args = parser.parse_args(argv)
    if args.generate:
        make_polygons(os.path.join(args.generate, "polders.gpkg"), args.polygons)
        make_polygons(os.path.join(args.generate, "polders-bad.gpkg"), args.polygons, bad_every=1000)
        make_raster(os.path.join(args.generate, "raster.tif"), args.size)
        return 0
    raster_repeat = args.raster_repeat or args.repeat

    link_dir = import_paths()
    work = tempfile.mkdtemp(prefix="lizard-bench-export-")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    try:
        gpkg = os.path.join(work, "polders.gpkg")
        tif = os.path.join(work, "raster.tif")
        start = time.perf_counter()
        # In a process of its own, so that this process's peak RSS is not the data generation's.
        run_command([sys.executable, os.path.abspath(__file__), "--generate", work, "--polygons",
                     str(args.polygons), "--size", str(args.size if args.only != "bundle" else 16)])
        print("Export: generated {} polygons (GeoPackage, {:.1f} MiB) and a {}×{} float32 GeoTIFF ({:.0f} MiB) "
              "in {:.1f} s".format(args.polygons, os.path.getsize(gpkg) / 1024.0 ** 2, args.size, args.size,
                                   os.path.getsize(tif) / 1024.0 ** 2, time.perf_counter() - start))
        print("Python {}, bundle {} runs, GeoTIFF {} runs each; seconds are medians\n".format(
            sys.version.split()[0], args.repeat, raster_repeat))
        baseline_rss = peak_rss_mib()
        if args.only != "geotiff":
            print_bundles(bench_bundles(gpkg, os.path.join(work, "polders-bad.gpkg"), work, args.repeat),
                          args.polygons)
        if args.only == "bundle":
            return 0
        geotiff = [bench_geotiff_reference(tif, work, raster_repeat), bench_geotiff(tif, work, raster_repeat)]
        print_table("GeoTIFF ({0}×{0} float32, band 1 → tiled DEFLATE GeoTIFF)".format(args.size), geotiff,
                    TARGET_GEOTIFF, baseline_rss)
        print("seconds: median of the runs, wall clock; × reference: seconds / the first row's seconds.")
        print("peak RSS: this Python process's high-water mark after the row (not measured for the command-line "
              "tools); {:.0f} MiB before any run (QGIS started; the data is generated in another process)."
              .format(baseline_rss))
        if args.profile:
            from lizard_explorer.core.assets.bundle import export_bundle
            from lizard_explorer.core.rasters.geotiff import export_geotiff
            from qgis.core import QgsVectorLayer

            print("\ncProfile of export_bundle:")
            profile(export_bundle, QgsVectorLayer(gpkg + "|layername=polders", "polders", "ogr"),
                    os.path.join(work, "p.zip"), "Polder", COLUMNS)
            print("\ncProfile of export_geotiff:")
            profile(export_geotiff, tif, os.path.join(work, "p.tif"), 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(link_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
