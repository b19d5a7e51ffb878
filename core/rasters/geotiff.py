"""GeoTIFFs that Lizard accepts: export one band of a raster, check a file against Lizard's rules.

Lizard's rules for rastersource data (``shared/lizard-api/CONTRACT.md``): a GeoTIFF with a single band, a
NODATA value and a projection with an EPSG code; temporal data is one GeoTIFF per timestamp; no NetCDF.
GUI-free (GDAL only), so it runs under ``qgis_process``. Errors are :class:`ExportError` with one sentence.
"""

import csv
import os
import re
from collections import namedtuple
from datetime import timedelta

from osgeo import gdal, osr

from .. import partial
from ..errors import CancelledError, ExportError
from ..gdal_errors import quiet_gdal, releases_gdal
from ..i18n import tr
from ..log import get_logger
from ..outputs import geotiff_path, output_folder
from ..times import compact_utc, iso_utc, parse

log = get_logger("geotiff")

CREATION_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE"]

# Lizard documents no size limit. Above 4 GiB a GeoTIFF has to be a BigTIFF, which not every reader accepts,
# and an upload that large is slow and likely to be interrupted: the size rule warns there, it does not refuse.
SIZE_WARNING_BYTES = 4 * 1024 ** 3

# Rules whose failure is a warning: the file may still be uploaded.
WARNING_RULES = frozenset({"size"})

# Rows read at a time when looking for the NODATA value in the data.
_ROWS_PER_READ = 256

RuleResult = namedtuple("RuleResult", ("rule", "passed", "message"))
ExportResult = namedtuple("ExportResult", ("path", "warnings"))


# ----------------------------------------------------------------------------------------------- helpers


def _open(path):
    with quiet_gdal():
        dataset = gdal.Open(str(path))
        message = gdal.GetLastErrorMsg()
    if dataset is None:
        raise ExportError(tr("GDAL cannot read {path}.").format(path=path), details=message)
    return dataset


def _srs(dataset):
    wkt = dataset.GetProjection()
    if not wkt:
        return None
    srs = osr.SpatialReference()
    if srs.ImportFromWkt(wkt) != 0:
        return None
    return srs


def epsg_code(srs):
    """The EPSG code (int) of an ``osr.SpatialReference``, or ``None`` when it has none."""
    if srs is None:
        return None
    srs = srs.Clone()
    if srs.GetAuthorityName(None) != "EPSG":
        with quiet_gdal():
            srs.AutoIdentifyEPSG()
    if srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None):
        return int(srs.GetAuthorityCode(None))
    return None


def _describe(srs):
    """A short name for a CRS in a message: its name, else (GDAL calls it "unknown") its PROJ string."""
    if srs is None:
        return tr("none")
    name = srs.GetName()
    if name and name.lower() not in ("unknown", "unnamed"):
        return name
    with quiet_gdal():
        proj = srs.ExportToProj4()
    return (proj or srs.ExportToWkt()).strip()


def _user_srs(text):
    srs = osr.SpatialReference()
    with quiet_gdal():
        status = srs.SetFromUserInput(str(text))
    if status != 0:
        raise ExportError(tr("The target CRS {crs} is not a coordinate reference system.").format(crs=text))
    return srs


def _value_occurs(band, value, feedback=None):
    """Whether ``value`` occurs in ``band`` (read in strips of rows)."""
    import numpy

    rows = band.YSize
    for start in range(0, rows, _ROWS_PER_READ):
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        data = band.ReadAsArray(0, start, band.XSize, min(_ROWS_PER_READ, rows - start))
        if numpy.isnan(value):
            if numpy.issubdtype(data.dtype, numpy.floating) and numpy.isnan(data).any():
                return True
        elif (data == value).any():
            return True
    return False


def _progress_callback(feedback, start=0.0, end=100.0):
    def callback(complete, message, data):
        if feedback is None:
            return 1
        feedback.setProgress(start + (end - start) * complete)
        return 0 if feedback.isCanceled() else 1

    return callback


_remove = partial.remove


def _temp_path(output_path):
    """A hidden temporary file beside ``output_path`` (see ``core.partial``), after removing what a killed
    run left there."""
    folder = os.path.dirname(os.path.abspath(output_path)) or os.curdir
    if not os.path.isdir(folder):
        raise ExportError(tr("The folder {folder} does not exist.").format(folder=folder))
    partial.clean_leftovers(output_path)
    return partial.temp_file(output_path, ".tif")


# ------------------------------------------------------------------------------------------------ export


@releases_gdal
def export_geotiff(source_path, output_path, band=1, nodata=None, target_crs=None, feedback=None):
    """Write band ``band`` of ``source_path`` as a GeoTIFF that Lizard accepts at ``output_path``.

    Single band, tiled, DEFLATE-compressed, with a NODATA value and a CRS with an EPSG code. The band's own
    NODATA value is kept; a band without one needs ``nodata``. ``target_crs`` (e.g. ``"EPSG:28992"``)
    reprojects. The file is written next to ``output_path`` under a temporary name and moved into place at
    the end, so a failure or cancel (``feedback.isCanceled()``) leaves nothing behind.
    Returns an :class:`ExportResult` (``path``, ``warnings``: sentences for the user).
    """
    output_path = geotiff_path(output_path)
    warnings = []
    dataset = _open(source_path)
    if not 1 <= int(band) <= dataset.RasterCount:
        raise ExportError(tr("{path} has no band {band}; it has {count} band(s).").format(
            path=source_path, band=band, count=dataset.RasterCount))
    band = int(band)
    source_band = dataset.GetRasterBand(band)

    # The CRS: the target's, or the layer's; either must have an EPSG code.
    if target_crs:
        target = _user_srs(target_crs)
        code = epsg_code(target)
        if code is None:
            raise ExportError(tr(
                "The target CRS {crs} has no EPSG code, which Lizard requires; choose a CRS with an EPSG code, "
                "for example EPSG:28992.").format(crs=_describe(target)))
        if _srs(dataset) is None:
            raise ExportError(tr("{path} has no CRS, so it cannot be reprojected; assign its CRS first.").format(
                path=source_path))
    else:
        source_srs = _srs(dataset)
        if source_srs is None:
            raise ExportError(tr(
                "{path} has no CRS; Lizard needs a CRS with an EPSG code, so assign one or reproject to an "
                "EPSG CRS such as EPSG:28992.").format(path=source_path))
        code = epsg_code(source_srs)
        if code is None:
            raise ExportError(tr(
                "The layer's CRS ({crs}) has no EPSG code, which Lizard requires; reproject it to a CRS with an "
                "EPSG code, for example EPSG:28992.").format(crs=_describe(source_srs)))

    # NODATA: the band's own, else the one given, which should not be a value in the data.
    band_nodata = source_band.GetNoDataValue()
    if band_nodata is not None:
        if nodata is not None and float(nodata) != band_nodata:
            warnings.append(tr("The band already has NODATA value {kept}; {given} was not used.").format(
                kept=band_nodata, given=nodata))
        nodata = band_nodata
    elif nodata is None:
        raise ExportError(tr(
            "Band {band} of {path} has no NODATA value; give one (a value that does not occur in the data)."
        ).format(band=band, path=source_path))
    elif _value_occurs(source_band, float(nodata), feedback):
        warnings.append(tr(
            "The NODATA value {nodata} occurs in the data; those cells will be treated as missing.").format(
                nodata=nodata))
    nodata = float(nodata)

    temp = _temp_path(output_path)
    try:
        with quiet_gdal():
            # One band, as an in-memory VRT, so that reprojection and copying see only that band.
            single = gdal.Translate("", dataset, format="VRT", bandList=[band])
            if single is None:
                raise ExportError(tr("GDAL could not read band {band} of {path}.").format(
                    band=band, path=source_path), details=gdal.GetLastErrorMsg())
            single.GetRasterBand(1).SetNoDataValue(nodata)
            callback = _progress_callback(feedback)
            if target_crs:
                written = gdal.Warp(temp, single, format="GTiff", dstSRS="EPSG:{}".format(code),
                                    srcNodata=nodata, dstNodata=nodata, creationOptions=CREATION_OPTIONS,
                                    callback=callback)
            else:
                written = gdal.Translate(temp, single, format="GTiff", outputSRS="EPSG:{}".format(code),
                                         noData=nodata, creationOptions=CREATION_OPTIONS, callback=callback)
            message = gdal.GetLastErrorMsg()
            if written is not None:
                written.FlushCache()
            written = written is not None
            single = None
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        if not written:
            raise ExportError(tr("GDAL could not write {path}.").format(path=output_path), details=message)
        os.replace(temp, output_path)
    except BaseException:
        _remove(temp)
        raise
    _remove(temp)  # a sidecar GDAL may have left
    return ExportResult(output_path, warnings)


# ------------------------------------------------------------------------------------------------- check


@releases_gdal
def check_geotiff(path):
    """Check ``path`` against Lizard's rules: a list of :class:`RuleResult` (rule id, passed, message).

    Rules: ``format`` (GeoTIFF), ``single_band``, ``nodata``, ``crs_epsg`` and ``size`` (a warning above
    :data:`SIZE_WARNING_BYTES`; see :data:`WARNING_RULES`).
    """
    with quiet_gdal():
        dataset = gdal.Open(str(path))
    if dataset is None:
        unreadable = tr("GDAL cannot read the file.")
        return [RuleResult("format", False, tr("{path} is not a raster GDAL can read.").format(path=path)),
                RuleResult("single_band", False, unreadable), RuleResult("nodata", False, unreadable),
                RuleResult("crs_epsg", False, unreadable), _size_rule(path)]
    results = []
    driver = dataset.GetDriver().ShortName
    if driver == "GTiff":
        results.append(RuleResult("format", True, tr("The file is a GeoTIFF.")))
    else:
        results.append(RuleResult("format", False, tr(
            "The file is {format}, not a GeoTIFF; Lizard accepts GeoTIFF only.").format(format=driver)))

    count = dataset.RasterCount
    if count == 1:
        results.append(RuleResult("single_band", True, tr("The file has a single band.")))
    else:
        results.append(RuleResult("single_band", False, tr(
            "The file has {count} bands; Lizard accepts a single band (export one band per file).").format(
                count=count)))

    missing = [i for i in range(1, count + 1) if dataset.GetRasterBand(i).GetNoDataValue() is None]
    if count and not missing:
        results.append(RuleResult("nodata", True, tr("NODATA is set ({value}).").format(
            value=dataset.GetRasterBand(1).GetNoDataValue())))
    else:
        results.append(RuleResult("nodata", False, tr("The file has no NODATA value; Lizard requires one.")))

    srs = _srs(dataset)
    code = epsg_code(srs)
    if code is not None:
        results.append(RuleResult("crs_epsg", True, tr("The CRS is EPSG:{code}.").format(code=code)))
    elif srs is None:
        results.append(RuleResult("crs_epsg", False, tr(
            "The file has no CRS; Lizard requires a CRS with an EPSG code.")))
    else:
        results.append(RuleResult("crs_epsg", False, tr(
            "The CRS ({crs}) has no EPSG code; reproject to a CRS with an EPSG code, for example "
            "EPSG:28992.").format(crs=_describe(srs))))
    dataset = None
    results.append(_size_rule(path))
    return results


def _size_rule(path):
    try:
        size = os.path.getsize(path)
    except OSError:
        return RuleResult("size", False, tr("The file's size cannot be read."))
    gib = size / 1024 ** 3
    if size > SIZE_WARNING_BYTES:
        return RuleResult("size", False, tr(
            "The file is {size:.1f} GiB; files above {limit} GiB upload slowly and may be interrupted, "
            "consider splitting it.").format(size=gib, limit=SIZE_WARNING_BYTES // 1024 ** 3))
    return RuleResult("size", True, tr("The file is {size:.2f} GiB.").format(size=gib))


PASSED, WARNING, FAILED = "passed", "warning", "failed"


def status_of(result):
    """PASSED, WARNING (a rule that only warns, e.g. the size) or FAILED for one :class:`RuleResult`."""
    if result.passed:
        return PASSED
    return WARNING if result.rule in WARNING_RULES else FAILED


def is_valid(report):
    """Whether a :func:`check_geotiff` report passes every rule that is not a mere warning."""
    return all(result.passed for result in report if result.rule not in WARNING_RULES)


# ------------------------------------------------------------------------------------------ temporal split


def split_bands(source_path, folder, timestamps, name=None, nodata=None, target_crs=None, feedback=None):
    """One GeoTIFF per band in ``folder``, band ``i`` for ``timestamps[i - 1]``, named
    ``<name>_20200101T000000Z.tif`` (``name`` defaults to the source's file name). Returns a list of
    ``(path, timestamp)`` pairs. If one file fails, the files already written by this call are removed.
    """
    dataset = _open(source_path)
    count = dataset.RasterCount
    dataset = None
    timestamps = list(timestamps)
    if len(timestamps) != count:
        raise ExportError(tr("{path} has {count} band(s) but {given} timestamp(s) were given.").format(
            path=source_path, count=count, given=len(timestamps)))
    name = name or os.path.splitext(os.path.basename(source_path))[0]
    return _write_steps([(source_path, index) for index in range(1, count + 1)], timestamps, folder, name,
                        nodata, target_crs, feedback)


@releases_gdal
def split_layers(sources, folder, timestamps, name="timestep", nodata=None, target_crs=None, feedback=None):
    """Band 1 of each raster in ``sources`` (a set of layers, one per time step) as a GeoTIFF in ``folder``
    named ``<name>_<UTC timestamp>.tif``, for the timestamp at the same position. Returns the ``(path,
    timestamp)`` pairs; on failure the files already written by this call are removed."""
    sources, timestamps = list(sources), list(timestamps)
    if len(sources) != len(timestamps):
        raise ExportError(tr("{count} layer(s) but {given} timestamp(s) were given; give one timestamp per "
                             "layer, in the same order.").format(count=len(sources), given=len(timestamps)))
    return _write_steps([(source, 1) for source in sources], timestamps, folder, name, nodata, target_crs,
                        feedback)


def _write_steps(jobs, timestamps, folder, name, nodata, target_crs, feedback):
    names = [compact_utc(t) for t in timestamps]
    if len(set(names)) != len(names):
        raise ExportError(tr("The timestamps are not unique; Lizard takes one GeoTIFF per timestamp."))
    folder = output_folder(folder)
    written = []
    try:
        for number, ((source, band), timestamp, stamp) in enumerate(zip(jobs, timestamps, names), start=1):
            if feedback is not None and feedback.isCanceled():
                raise CancelledError()
            path = os.path.join(folder, "{}_{}.tif".format(name, stamp))
            export_geotiff(source, path, band=band, nodata=nodata, target_crs=target_crs)
            written.append((path, timestamp))
            if feedback is not None:
                feedback.setProgress(100.0 * number / len(jobs))
    except BaseException:
        for path, _timestamp in written:
            _remove(path)
        raise
    return written


TIMESTEPS_CSV = "timesteps.csv"


def file_stem(name):
    """A layer name made safe as the start of a file name (``rain radar`` -> ``rain_radar``)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name or "").strip("._") or "timestep"


def write_timesteps_csv(folder, pairs, filename=TIMESTEPS_CSV):
    """``folder/timesteps.csv``: a ``file,timestamp`` header, then one row per ``(path, timestamp)`` pair
    (the file name relative to ``folder``, the timestamp as ISO 8601 UTC), for the upload step. Returns its
    path."""
    path = os.path.join(folder, filename)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "timestamp"])
        for file_path, timestamp in pairs:
            writer.writerow([os.path.relpath(file_path, folder), iso_utc(timestamp)])
    return path


def read_timesteps_csv(path):
    """The ``(absolute path, aware UTC datetime)`` pairs of a :func:`write_timesteps_csv` file."""
    folder = os.path.dirname(os.path.abspath(path))
    with open(path, newline="", encoding="utf-8") as handle:
        return [(os.path.join(folder, row["file"]), parse(row["timestamp"]))
                for row in csv.DictReader(handle)]


def read_timesteps(path):
    """``{normalised absolute file path: timestamp text}`` from a ``timesteps.csv`` (written by
    :func:`write_timesteps_csv`). Unreadable lists give ``{}`` (logged)."""
    try:
        pairs = read_timesteps_csv(path)
    except (OSError, UnicodeError, csv.Error, KeyError, ValueError) as exc:
        log.warning("Could not read %s: %s", path, exc)
        return {}
    return {os.path.normcase(os.path.abspath(file_path)): iso_utc(stamp) for file_path, stamp in pairs}


_STAMP_IN_NAME = re.compile(r"_(\d{8}T\d{6}Z)\.tiff?$", re.IGNORECASE)


def timestamp_for(path, lists=None):
    """The time of ``path`` (ISO 8601 UTC text) from ``timesteps.csv`` beside it, else from a
    ``..._20240101T000000Z.tif`` name (as :func:`split_bands` writes them), else ``""``. ``lists`` caches
    the lists read, per folder."""
    lists = {} if lists is None else lists
    folder = os.path.dirname(os.path.abspath(path))
    if folder not in lists:
        csv_path = os.path.join(folder, TIMESTEPS_CSV)
        lists[folder] = read_timesteps(csv_path) if os.path.isfile(csv_path) else {}
    stamp = lists[folder].get(os.path.normcase(os.path.abspath(path)))
    if stamp:
        return stamp
    match = _STAMP_IN_NAME.search(os.path.basename(path))
    try:
        return iso_utc(parse(match.group(1))) if match else ""
    except ValueError:  # not a real date, e.g. month 13
        return ""


# ---------------------------------------------------------------------------------------- timestamps

_SECONDS = {"second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1, "minute": 60, "minutes": 60, "min": 60,
            "mins": 60, "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600, "day": 86400,
            "days": 86400, "d": 86400}
_CALENDARS = ("", "standard", "gregorian", "proleptic_gregorian")


def _cf_times(dataset):
    """Band times from NetCDF (CF) metadata: ``NETCDF_DIM_<dim>`` per band, ``<dim>#units`` "<unit> since
    <date>" on the dataset, a standard calendar. None when the bands do not carry them."""
    metadata = dataset.GetMetadata() or {}
    for dimension in ("time", "t", "Time", "TIME"):
        units = metadata.get("{}#units".format(dimension), "")
        match = re.match(r"^\s*(\w+)\s+since\s+(.+?)\s*$", units)
        if not match or match.group(1).lower() not in _SECONDS:
            continue
        if metadata.get("{}#calendar".format(dimension), "").lower() not in _CALENDARS:
            return None
        try:
            origin = parse(match.group(2))
        except ValueError:
            return None
        factor = _SECONDS[match.group(1).lower()]
        times = []
        for index in range(1, dataset.RasterCount + 1):
            value = (dataset.GetRasterBand(index).GetMetadata() or {}).get("NETCDF_DIM_{}".format(dimension))
            try:
                times.append(origin + timedelta(seconds=round(float(value) * factor, 6)))
            except (TypeError, ValueError, OverflowError):
                return None
        return times
    return None


@releases_gdal
def raster_timestamps(source_path):
    """The time of each band of ``source_path`` as aware UTC datetimes, from NetCDF time metadata or from
    band descriptions that are ISO 8601 dates; None when the raster does not say."""
    dataset = _open(source_path)
    times = _cf_times(dataset)
    if times is None:
        try:
            times = [parse(dataset.GetRasterBand(i).GetDescription())
                     for i in range(1, dataset.RasterCount + 1)]
        except ValueError:
            times = None
    dataset = None
    return times or None
