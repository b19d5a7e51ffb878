"""Timeseries to a file: the raw events of Lizard series (:func:`write_events`) or the points of plotted
series (:func:`write_series`, e.g. raster values through time), as CSV or as a table in a GeoPackage.

The format follows the path's suffix: ``.csv`` (UTF-8, a header line, comma-separated) or ``.gpkg`` (a table
without geometry, :data:`DEFAULT_LAYER` unless ``layer_name`` is given). Columns: :data:`COLUMNS`; ``time``
is ISO 8601 in UTC (``2024-05-01T12:00:00Z``), an empty ``value`` is an event without a value.

Events are streamed: a page is written while the next one is being fetched, so the whole series is never
in memory. Everything is written to a hidden partial file beside the target (:mod:`core.partial`) and
renamed into place when complete: a cancelled or failed export leaves no file (and an existing target as
it was). A GeoPackage that exists keeps its other layers: it is copied to the partial file, only the table
of that name is replaced there, and the copy replaces the original.
"""

import csv
import os
import shutil
from concurrent.futures import ThreadPoolExecutor

import numpy

from .. import errors, partial
from ..client import cancel_check
from ..i18n import tr
from ..log import get_logger
from ..query import check_uuid
from ..times import iso_utc_ms, loose_utc
from .download import period_params

log = get_logger("timeseries.export")

COLUMNS = ("timeseries_uuid", "location_code", "name", "time", "value", "flag", "validation_code", "comment")
DEFAULT_LAYER = "lizard_events"
PAGE_SIZE = 100000  # events per request (Lizard's users ask this many; the server may cap it)
FORMATS = {".csv": "csv", ".gpkg": "gpkg"}


def export_format(path):
    """``"csv"`` or ``"gpkg"`` for ``path``'s suffix; anything else raises InvalidRequestError."""
    suffix = os.path.splitext(str(path or ""))[1].lower()
    if suffix not in FORMATS:
        raise errors.InvalidRequestError(
            tr("Timeseries can be written to a .csv or a .gpkg file, not to “{name}”.").format(
                name=os.path.basename(str(path or ""))))
    return FORMATS[suffix]


def _iso(value):
    """Lizard's event time as ISO 8601 UTC: kept when it already is (``…Z``), else converted."""
    if isinstance(value, str) and len(value) >= 20 and value[-1] == "Z" and value[10] == "T":
        return value
    moment = loose_utc(value)
    return iso_utc_ms(moment) if moment is not None else (None if value in (None, "") else str(value))


# ---------------------------------------------------------------------------------------------- writers


class _CsvTable:
    def __init__(self, path):
        self.path = path
        self.temp = partial.temp_file(path, ".csv")
        self.handle = open(self.temp, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in commit/abort
        self.writer = csv.writer(self.handle, lineterminator="\n")
        self.writer.writerow(COLUMNS)

    def add(self, rows):
        self.writer.writerows(rows)

    def commit(self):
        self.handle.close()
        os.replace(self.temp, self.path)

    def abort(self):
        self.handle.close()
        partial.remove(self.temp)


class _GpkgTable:
    """One attribute table written with OGR into a copy of the GeoPackage (or a new one)."""

    def __init__(self, path, layer_name):
        from osgeo import ogr

        self.ogr = ogr
        self.path = path
        self.temp = partial.temp_file(path, ".gpkg")
        try:
            self._open(layer_name)
        except BaseException:
            self.source = None
            partial.remove(self.temp)
            raise

    def _open(self, layer_name):
        ogr = self.ogr
        driver = ogr.GetDriverByName("GPKG")
        if os.path.exists(self.path):
            shutil.copyfile(self.path, self.temp)
            self.source = ogr.Open(self.temp, 1)
            if self.source is None or self.source.GetDriver().GetName() != "GPKG":
                raise errors.ExportError(tr("{path} exists and is not a GeoPackage; choose another file.").format(
                    path=self.path))
        else:
            os.remove(self.temp)
            self.source = driver.CreateDataSource(self.temp)
            if self.source is None:
                raise errors.ExportError(tr("Could not write {path}.").format(path=self.path))
        for index in range(self.source.GetLayerCount()):
            if self.source.GetLayerByIndex(index).GetName().lower() == layer_name.lower():
                self.source.DeleteLayer(index)
                break
        self.layer = self.source.CreateLayer(layer_name, geom_type=ogr.wkbNone)
        if self.layer is None:
            raise errors.ExportError(tr("Could not write {path}.").format(path=self.path))
        kinds = {"value": ogr.OFTReal, "flag": ogr.OFTInteger}
        for name in COLUMNS:
            self.layer.CreateField(ogr.FieldDefn(name, kinds.get(name, ogr.OFTString)))
        self.definition = self.layer.GetLayerDefn()

    def add(self, rows):
        ogr = self.ogr
        self.layer.StartTransaction()
        for row in rows:
            feature = ogr.Feature(self.definition)
            for index, value in enumerate(row):
                if value is None or value == "":
                    continue
                if index == 4:
                    feature.SetField(index, float(value))
                elif index == 5:
                    feature.SetField(index, int(value))
                else:
                    feature.SetField(index, str(value))
            self.layer.CreateFeature(feature)
        self.layer.CommitTransaction()

    def commit(self):
        self.layer = self.definition = None
        self.source = None  # closes the file
        os.replace(self.temp, self.path)

    def abort(self):
        self.layer = self.definition = None
        self.source = None
        partial.remove(self.temp)


def _open_table(path, layer_name):
    kind = export_format(path)
    path = os.path.abspath(str(path))
    if not os.path.isdir(os.path.dirname(path)):
        raise errors.ExportError(tr("The folder of {path} does not exist.").format(path=path))
    partial.clean_leftovers(path)
    return _CsvTable(path) if kind == "csv" else _GpkgTable(path, layer_name or DEFAULT_LAYER)


def _write(path, layer_name, fill):
    """Open the table, let ``fill(table)`` add rows, commit; any failure removes the partial file."""
    table = _open_table(path, layer_name)
    try:
        count = fill(table)
    except BaseException:
        table.abort()
        raise
    table.commit()
    log.info("Wrote %d timeseries rows to %s", count, path)
    return count


# ---------------------------------------------------------------------------------------------- events


def _pages_ahead(client, path, params, cancelled):
    """The pages of ``path`` in order, the next one fetched while the caller handles the current one."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lizard-events")
    try:
        pending = executor.submit(client.page, path, dict(params, page_size=PAGE_SIZE), cancel=cancelled)
        while pending is not None:
            page = pending.result()
            pending = executor.submit(client.page, page.next, cancel=cancelled) if page.next else None
            yield page
            if cancelled():
                raise errors.CancelledError()
    finally:
        if pending is not None:
            pending.cancel()
        executor.shutdown(wait=False)


def _event_rows(ts_uuid, code, name, events):
    rows = []
    append = rows.append
    for event in events:
        if isinstance(event, dict):
            get = event.get
            append((ts_uuid, code, name, _iso(get("time")), get("value"), get("flag"), get("validation_code"),
                    get("comment")))
    return rows


def write_events(path, client, infos, start=None, end=None, cancel=None, progress=None, layer_name=None):
    """Write the raw events of the series ``infos`` (:func:`~.series.describe` rows) from ``start`` to
    ``end`` (None: all) to ``path`` (.csv or .gpkg); returns the number of rows written.

    ``progress(done, total)`` in events; ``total`` is the sum of the counts of the series begun so far.
    """
    export_format(path)
    params = period_params(start, end)
    cancelled = cancel_check(cancel)
    series = [(check_uuid((info or {}).get("uuid"), tr("timeseries")), (info or {}).get("location_code") or "",
               (info or {}).get("name") or "") for info in infos]

    def fill(table):
        done = total = 0
        for ts_uuid, code, name in series:
            first = True
            for page in _pages_ahead(client, "timeseries/{}/events/".format(ts_uuid), params, cancelled):
                if first:
                    total += page.count if isinstance(page.count, int) else 0
                    first = False
                rows = _event_rows(ts_uuid, code, name, page.results)
                table.add(rows)
                done += len(rows)
                if progress is not None:
                    progress(done, max(total, done))
        return done

    return _write(path, layer_name, fill)


# ---------------------------------------------------------------------------------------------- series


def _time_texts(times):
    texts = numpy.datetime_as_string(numpy.asarray(times, dtype="datetime64[ms]"), unit="ms")
    return [None if text == "NaT" else (text[:-4] if text.endswith(".000") else text) + "Z" for text in texts]


def write_series(path, series, layer_name=None, cancel=None):
    """Write the points of ``series`` (SeriesData) to ``path`` (.csv or .gpkg): the same columns as
    :func:`write_events`, ``location_code`` = the series' location, ``name`` = its label, ``flag``,
    ``validation_code`` and ``comment`` empty; a point without a value has an empty value. Returns rows."""
    export_format(path)
    cancelled = cancel_check(cancel)

    def fill(table):
        count = 0
        for one in series:
            if cancelled():
                raise errors.CancelledError()
            values = [None if numpy.isnan(value) else float(value) for value in one.values]
            rows = [(one.uuid, one.location, one.label, time, value, None, None, None)
                    for time, value in zip(_time_texts(one.times), values)]
            table.add(rows)
            count += len(rows)
        return count

    return _write(path, layer_name, fill)
