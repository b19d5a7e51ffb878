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

import contextlib
import csv
import gc
import io
import itertools
import json
import operator
import os
import queue
import re
import shutil
import threading

import numpy

from .. import errors, partial
from ..client import Page, cancel_check, with_query
from ..i18n import tr
from ..log import get_logger
from ..query import check_uuid
from ..times import iso_utc_ms, loose_utc
from .download import period_params

log = get_logger("timeseries.export")

COLUMNS = ("timeseries_uuid", "location_code", "name", "time", "value", "flag", "validation_code", "comment")
DEFAULT_LAYER = "lizard_events"
PAGE_SIZE = 100000  # events per request (Lizard's users ask this many; the server may cap it)
AHEAD = 2  # pages fetched and waiting to be written, at most
PART_BYTES = 1 << 20  # a page's events are decoded and written in pieces of about this size
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
    """CSV rows. A page of events is written without a Python loop per event when it can be
    (:func:`_fast_lines`), else row by row through the csv module."""

    def __init__(self, path):
        self.path = path
        self.temp = partial.temp_file(path, ".csv")
        self.handle = open(self.temp, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in commit/abort
        self.writer = csv.writer(self.handle, lineterminator="\n")
        self.writer.writerow(COLUMNS)

    def add(self, rows):
        self.writer.writerows(rows)

    def add_events(self, ts_uuid, code, name, events):
        prefix = io.StringIO()
        csv.writer(prefix, lineterminator="").writerow((ts_uuid, code, name))
        fast = _fast_lines(events, prefix.getvalue())
        if fast is None:  # a page that needs the careful way
            rows = _event_rows(ts_uuid, code, name, events)
            self.writer.writerows(rows)
            return len(rows)
        self.handle.write(fast)
        return len(events)

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

    def add_events(self, ts_uuid, code, name, events):
        rows = _event_rows(ts_uuid, code, name, events)
        self.add(rows)
        return len(rows)

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


@contextlib.contextmanager
def _gc_paused():
    """Decoding a page makes a few hundred thousand objects that all live on; the cyclic garbage collector
    would walk them again and again meanwhile (about a tenth of the decoding time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_NEXT = re.compile(rb'"next"\s*:\s*(null|"(?:[^"\\]|\\.)*")')


def _fetch(client, url_or_path, params, cancelled):
    """``(url, body bytes)`` of one page; a ``next`` link is followed only on the portal's own host."""
    if url_or_path.startswith(("http://", "https://")):
        url = client.same_portal(url_or_path)
        url = with_query(url, params) if params else url
    else:
        url = client.url(url_or_path, params)
    return url, client.get_bytes(url, cancel=cancelled)


def _next_link(body):
    """The ``next`` link of a page read from the head of its body without decoding it all (Lizard writes
    ``count``, ``next``, ``previous`` before ``results``); None when it is not there."""
    head = body[:4096]
    end = head.find(b'"results"')
    found = _NEXT.search(head, 0, end if end >= 0 else len(head))
    if found is None:
        return None
    try:
        return json.loads(found.group(1))
    except ValueError:
        return None


def _decode(url, body):
    """The :class:`Page` of a body; the events' numbers stay the text Lizard sent (written as they are, no
    round trip through float or int); the page's ``count`` is a number."""
    try:
        with _gc_paused():
            data = json.loads(body, parse_float=str, parse_int=str)
    except ValueError:
        raise errors.InvalidResponseError(
            tr("Lizard answered with something that is not JSON; is the portal address right?"),
            details=body[:300].decode("utf-8", "replace"), url=url) from None
    if isinstance(data, dict) and isinstance(data.get("count"), str) and data["count"].isdigit():
        data["count"] = int(data["count"])
    return Page.from_json(data, url)


def _split_results(body, size=None):
    """``(head, parts)``: a page as Lizard writes it (``{…,"results":[…]}``, results last) cut into the page
    without its results and pieces of about ``size`` bytes of the results list, cut between two events
    (``},{``); None for any other shape. A cut that falls inside a text or a nested value leaves a piece that
    is not valid JSON, so :func:`_decode_parts` notices it."""
    size = size or PART_BYTES
    if not body.endswith(b"]}"):
        return None
    key = body.find(b'"results":[', 0, 4096)
    if key < 0:
        return None
    start, end = key + len(b'"results":['), len(body) - 2
    parts, position = [], start
    while end - position > size:
        cut = body.find(b"},{", position + size, end)
        if cut < 0:
            break
        parts.append(body[position:cut + 1])
        position = cut + 2
    if end > position:
        parts.append(body[position:end])
    return body[:start] + b"]}", parts


def _decode_parts(url, body):
    """``(page, parts)``: the page (its ``results`` empty) and its events as a list of lists, their numbers
    as the text Lizard sent (:func:`_decode`). A large page is decoded piece by piece, so that the thread
    fetching the next page gets the interpreter every few milliseconds instead of waiting out one long
    decode."""
    split = _split_results(body)
    if split is not None:
        head, pieces = split
        try:
            with _gc_paused():
                data = json.loads(head, parse_float=str)
                parts = [json.loads(b"[" + piece + b"]", parse_float=str, parse_int=str) for piece in pieces]
        except ValueError:
            data = None
        if isinstance(data, dict) and data.get("results") == []:
            return Page.from_json(data, url), parts
    page = _decode(url, body)
    return page, [page.results]


class _Fetcher:
    """Fetches pages one after another in a thread of its own, following each page's ``next`` link as read
    from the head of its body (:func:`_next_link`), and hands the bodies over through a small queue: the
    server is kept busy while this thread's caller decodes and writes, and at most :data:`AHEAD` bodies wait."""

    def __init__(self, client, url_or_path, params, cancelled):
        self.queue = queue.Queue(maxsize=AHEAD)
        self.stop = threading.Event()
        self._cancelled = cancelled
        self.thread = threading.Thread(target=self._run, args=(client, url_or_path, params),
                                       name="lizard-events", daemon=True)
        self.thread.start()

    def _stopped(self):
        return self.stop.is_set() or self._cancelled()

    def _put(self, item):
        while not self.stop.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, client, url_or_path, params):
        try:
            while url_or_path and not self._stopped():
                url, body = _fetch(client, url_or_path, params, self._stopped)
                url_or_path, params = _next_link(body), None
                if not self._put((url, body, url_or_path)):
                    return
            self._put(None)
        except BaseException as exc:  # handed to the reader
            self._put(exc)

    def get(self):
        """``(url, body, next link as guessed)``, or None after the last page."""
        while True:
            if self._cancelled():
                raise errors.CancelledError()
            try:
                item = self.queue.get(timeout=0.1)
            except queue.Empty:
                continue
            if isinstance(item, BaseException):
                raise item
            return item

    def close(self):
        self.stop.set()
        while True:
            try:
                self.queue.get_nowait()
            except queue.Empty:
                break


def _pages_ahead(client, path, params, cancelled):
    """The pages of ``path`` in order, fetched ahead by a :class:`_Fetcher` while each is decoded and written
    here. A guessed ``next`` link that differs from the decoded page's is dropped with what was fetched after
    it, and fetching starts again from the right link."""
    fetcher = _Fetcher(client, path, dict(params, page_size=PAGE_SIZE), cancelled)
    try:
        while True:
            item = fetcher.get()
            if item is None:
                return
            url, body, guess = item
            page, parts = _decode_parts(url, body)
            body = None
            if page.next != guess:
                fetcher.close()
                fetcher = _Fetcher(client, page.next, None, cancelled) if page.next else None
            yield page, parts
            if fetcher is None:
                return
            if cancelled():
                raise errors.CancelledError()
    finally:
        if fetcher is not None:
            fetcher.close()


def _event_rows(ts_uuid, code, name, events):
    rows = []
    append = rows.append
    for event in events:
        if isinstance(event, dict):
            get = event.get
            append((ts_uuid, code, name, _iso(get("time")), get("value"), get("flag"), get("validation_code"),
                    get("comment")))
    return rows


_EVENT_GETTERS = tuple(operator.itemgetter(name) for name in ("time", "value", "flag", "validation_code", "comment"))
_ENDS_IN_Z = operator.methodcaller("endswith", "Z")


def _plain(text):
    """Whether ``text`` holds nothing the csv module would quote (a comma, a quote, a line break)."""
    return "," not in text and '"' not in text and "\n" not in text and "\r" not in text


def _texts(values):
    """``values`` with ``None`` as empty text, as the csv module writes it."""
    if None in values:
        values = ["" if value is None else value for value in values]
    return values


def _in_utc(times, joined):
    """Whether every time (text; ``joined`` = all of them) ends in ``Z``, as Lizard writes UTC."""
    lengths = set(map(len, times))
    if len(lengths) == 1:
        width = lengths.pop()
        return width > 0 and joined[width - 1::width] == "Z" * len(times)
    return all(map(_ENDS_IN_Z, times))


def _joined(prefix, times, joined, values, flags, codes, comments):
    """The lines of :func:`_fast_lines` from its columns (all text; TypeError otherwise), None when a text
    needs quoting."""
    if not all(map(_plain, (joined, "".join(values), "".join(flags), "".join(codes), "".join(comments)))):
        return None
    return "\n".join(map(",".join, zip(itertools.repeat(prefix, len(times)), times, values, flags, codes,
                                        comments))) + "\n"


def _fast_lines(events, prefix):
    """CSV lines (``prefix`` = the series' columns as CSV, then time, value, flag, validation_code, comment)
    of a page of events, exactly as the csv module writes them, or None when the page needs the careful way
    (an event that is not an object or lacks a field, a time that is not text in UTC ending in ``Z`` as
    Lizard writes it, a text the csv module would quote). No Python code runs per event: the columns are
    taken with ``itemgetter`` and joined with ``str.join`` (both C), checked a column at a time."""
    if not events:
        return ""
    try:
        times, values, flags, codes, comments = [list(map(getter, events)) for getter in _EVENT_GETTERS]
        joined = "".join(times)
        if not _in_utc(times, joined):
            return None
        values, flags = _texts(values), _texts(flags)
        try:
            return _joined(prefix, times, joined, values, flags, codes, comments)
        except TypeError:  # numbers that are not text (a page decoded whole), booleans, …
            return _joined(prefix, times, joined, list(map(str, values)), list(map(str, flags)), codes, comments)
    except (KeyError, TypeError, AttributeError):
        return None


def write_events(path, client, infos, start=None, end=None, cancel=None, progress=None, layer_name=None):
    """Write the raw events of the series ``infos`` (:func:`~.series.describe` rows) from ``start`` to
    ``end`` (None: all) to ``path`` (.csv or .gpkg); returns the number of rows written.

    ``end`` is inclusive, as in :func:`~.fetch.load_series`: an event exactly at ``end`` is written.
    ``progress(done, total)`` in events; ``total`` is the sum of the counts of the series begun so far.
    """
    export_format(path)
    params = period_params(start, end, inclusive=True)
    cancelled = cancel_check(cancel)
    series = [(check_uuid((info or {}).get("uuid"), tr("timeseries")), (info or {}).get("location_code") or "",
               (info or {}).get("name") or "") for info in infos]

    def fill(table):
        done = total = 0
        for ts_uuid, code, name in series:
            first = True
            for page, parts in _pages_ahead(client, "timeseries/{}/events/".format(ts_uuid), params, cancelled):
                if first:
                    total += page.count if isinstance(page.count, int) else 0
                    first = False
                for events in parts:
                    done += table.add_events(ts_uuid, code, name, events)
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
