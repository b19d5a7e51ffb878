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


def make_polygons(path, count):
    """A GeoPackage (EPSG:28992) of ``count`` small squares with a few attributes, in one transaction."""
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


def bench_bundle_reference(gpkg, work, repeat):
    """ogr2ogr to a shapefile, then zip its parts: the floor for an asset bundle."""
    timings = []
    for n in range(repeat):
        folder = os.path.join(work, "ref-{}".format(n))
        os.mkdir(folder)
        shp = os.path.join(folder, "polders.shp")
        zip_path = os.path.join(work, "ref-{}.zip".format(n))
        start = time.perf_counter()
        run_command(["ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", shp, gpkg])
        parts = [os.path.join(folder, "polders" + ext) for ext in SHAPEFILE_PARTS
                 if os.path.exists(os.path.join(folder, "polders" + ext))]
        run_command(["zip", "-q", "-j", zip_path] + parts)
        timings.append(time.perf_counter() - start)
        size = os.path.getsize(zip_path)
        shutil.rmtree(folder)
        os.remove(zip_path)
    return Row("ogr2ogr + zip", 1, size, timings, rss=None, note="reference")


def bench_bundle(gpkg, work, repeat, memory=False):
    from lizard_explorer.core.assets.bundle import export_bundle
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    timings, count = [], None
    for n in range(repeat):
        out = os.path.join(work, "bundle-{}.zip".format(n))
        copy = None
        if memory:
            copy = QgsVectorLayer(gpkg + "|layername=polders", "polders", "ogr").materialize(QgsFeatureRequest())
        start = time.perf_counter()
        layer = copy or QgsVectorLayer(gpkg + "|layername=polders", "polders", "ogr")
        if not layer.isValid():
            raise SystemExit("QGIS cannot open {}".format(gpkg))
        result = export_bundle(layer, out, "Polder", COLUMNS)
        timings.append(time.perf_counter() - start)
        count, size = result.feature_count, os.path.getsize(out)
        os.remove(out)
        layer = copy = None
    if memory:
        return Row("export_bundle (memory)", 1, size, timings, rss=peak_rss_mib(),
                   note="feature by feature, not the target")
    return Row("export_bundle", 1, size, timings, rss=peak_rss_mib(),
               note="{} features".format(count))


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
    parser.add_argument("--generate", metavar="FOLDER", help=argparse.SUPPRESS)  # internal: make the data only
    args = parser.parse_args(argv)
    if args.generate:
        make_polygons(os.path.join(args.generate, "polders.gpkg"), args.polygons)
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
                     str(args.polygons), "--size", str(args.size)])
        print("Export: generated {} polygons (GeoPackage, {:.1f} MiB) and a {}×{} float32 GeoTIFF ({:.0f} MiB) "
              "in {:.1f} s".format(args.polygons, os.path.getsize(gpkg) / 1024.0 ** 2, args.size, args.size,
                                   os.path.getsize(tif) / 1024.0 ** 2, time.perf_counter() - start))
        print("Python {}, bundle {} runs, GeoTIFF {} runs each; seconds are medians\n".format(
            sys.version.split()[0], args.repeat, raster_repeat))
        baseline_rss = peak_rss_mib()
        bundle = [bench_bundle_reference(gpkg, work, args.repeat), bench_bundle(gpkg, work, args.repeat, True),
                  bench_bundle(gpkg, work, args.repeat)]
        print_table("Asset bundle ({} polygons → zipped shapefile)".format(args.polygons), bundle, TARGET_BUNDLE,
                    baseline_rss)
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
