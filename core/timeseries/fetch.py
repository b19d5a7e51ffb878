"""What a plot of one Lizard timeseries shows for a period: :func:`load_series` → :class:`~core.series.SeriesData`.

- **Period.** :func:`default_period` is the last 30 days of data, :func:`period_for` the last day, week,
  month (30 days), year (365 days) or everything (``"all"``), both counted back from the latest ``end``
  of the series shown (the :func:`~.series.describe` rows), not from now: a series that stopped last year
  still shows its data. :func:`shown_period` is what a preset means for people (``"all"``: the first
  ``start`` to the last ``end`` of the series).
- **Raw or aggregated.** When the period would hold more than ``max_points`` events (estimated from the
  series' ``interval``, else from the ``count`` of a one-event page), Lizard is asked for
  ``/timeseries/<uuid>/aggregates/`` with the smallest window (``hour``, ``2hour`` … ``day``, ``3day``,
  ``week`` … ``year``, ``2year`` …) that gives at most ``max_points`` rows, fields ``min,max,avg`` and
  the timestamps. The result is ``kind=AGGREGATE``: ``values`` the mean, ``low``/``high`` the minimum
  and maximum of each window, ``window`` the window asked for, ``interval`` the window's length in seconds
  (not the series' own interval: the plot breaks its line where points lie more than two intervals apart,
  so a whole window without data is a gap and consecutive windows join; months and years count their mean
  length, 30.44 and 365.25 days).
- **Fallback.** When Lizard refuses aggregates (400, 404) or answers rows without a readable time, the
  raw events are read instead (``kind=RAW``), page by page straight into numpy arrays.
- **Aggregate rows are read loosely**: the key of a row's time is not documented (a **[guess]** in the
  contract), so the first of :data:`AGGREGATE_TIME_KEYS` present is used, ISO 8601 (zone-less = UTC)
  or epoch seconds/milliseconds. Empty results are "no data": an empty series, never zeros. A window
  without a mean (``null``) is NaN.
- **Raw events**: a ``null`` value is NaN (a gap the plot shows as a gap). ``flagged`` is true where the
  event has a flag that is not null and greater than 0: Lizard's flags are quality codes where 0 (or
  none) means "not flagged" and a higher number a doubtful or rejected value; the plot marks those.
- The end of a period is inclusive (whether Lizard's ``end`` is, is not documented; a millisecond is
  added to the request). Cancellable between requests (``cancel``: see :mod:`core.client`);
  ``progress(done, total)`` in events or rows.
"""

import datetime
import math

import numpy

from .. import errors
from ..client import cancel_check
from ..i18n import tr
from ..query import check_uuid
from ..series import AGGREGATE, RAW, SeriesData
from ..times import iso_utc_ms, loose_utc, to_utc, utc_ms_array
from .download import PAGE_SIZE, time_params

PRESETS = ("day", "week", "month", "year", "all")
PRESET_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
DEFAULT_DAYS = 30
MAX_POINTS = 4000
AGGREGATE_FIELDS = ("min", "max", "avg", "first_timestamp", "last_timestamp")
# Where an aggregate row may keep its time (undocumented): the window's own time first, then its events'.
AGGREGATE_TIME_KEYS = ("time", "timestamp", "datetime", "start", "window_start", "first_timestamp",
                       "min_timestamp", "last_timestamp", "end")
_HOUR, _DAY = 3600.0, 86400.0
# (window, seconds): the windows the contract documents, with multipliers, smallest first.
WINDOWS = (
    ("hour", _HOUR), ("2hour", 2 * _HOUR), ("3hour", 3 * _HOUR), ("6hour", 6 * _HOUR), ("12hour", 12 * _HOUR),
    ("day", _DAY), ("2day", 2 * _DAY), ("3day", 3 * _DAY), ("week", 7 * _DAY), ("2week", 14 * _DAY),
    ("month", 30.44 * _DAY), ("2month", 60.88 * _DAY), ("3month", 91.31 * _DAY), ("6month", 182.62 * _DAY),
    ("year", 365.25 * _DAY), ("2year", 730.5 * _DAY), ("5year", 1826.25 * _DAY), ("10year", 3652.5 * _DAY),
)


# ------------------------------------------------------------------------------------------------ period


def last_end(infos):
    """The latest ``end`` among :func:`~.series.describe` rows (aware UTC), or None when none has one."""
    ends = [to_utc(info.get("end")) for info in infos or () if isinstance(info, dict) and info.get("end")]
    ends = [end for end in ends if end is not None]
    return max(ends) if ends else None


def default_period(infos):
    """``(start, end)``: the last 30 days of data of these series; ``(None, None)`` when none has an end."""
    end = last_end(infos)
    return (None, None) if end is None else (end - datetime.timedelta(days=DEFAULT_DAYS), end)


def period_for(preset, infos):
    """``(start, end)`` for one of :data:`PRESETS`, counted back from the last data; ``"all"`` (or no end
    known) is ``(None, None)``: everything."""
    if preset not in PRESETS:
        raise errors.InvalidRequestError(
            tr("“{preset}” is not a period; choose day, week, month, year or all.").format(preset=preset))
    end = last_end(infos)
    if preset == "all" or end is None:
        return None, None
    return end - datetime.timedelta(days=PRESET_DAYS[preset]), end


def shown_period(preset, infos):
    """``(start, end)`` a preset (:data:`PRESETS` or ``"default"``, the last 30 days of data) means for these
    :func:`~.series.describe` rows, to show people: ``"all"`` is the first ``start`` to the last ``end`` of the
    series; a part nobody knows is None."""
    if preset == "all":
        starts = [to_utc(info.get("start")) for info in infos or () if isinstance(info, dict) and info.get("start")]
        starts = [start for start in starts if start is not None]
        return (min(starts) if starts else None), last_end(infos)
    return default_period(infos) if preset == "default" else period_for(preset, infos)


# ------------------------------------------------------------------------------------------------ window


def choose_window(start, end, max_points=MAX_POINTS):
    """The smallest window in :data:`WINDOWS` that cuts ``start``..``end`` into at most ``max_points`` rows
    (the largest window when none does)."""
    span = max(0.0, (end - start).total_seconds())
    for name, seconds in WINDOWS:
        if math.floor(span / seconds) + 1 <= max_points:
            return name
    return WINDOWS[-1][0]


def window_seconds(window):
    """The length of an aggregation window in seconds (a month or year: its mean length); None if unknown."""
    return dict(WINDOWS).get(window)


def _period(info, start, end):
    """The period to ask: the given bounds, else the series' own first and last event (None when unknown)."""
    begin = to_utc(start) if start not in (None, "") else to_utc(info.get("start"))
    finish = to_utc(end) if end not in (None, "") else to_utc(info.get("end"))
    if begin is not None and finish is not None and finish < begin:
        raise errors.InvalidRequestError(tr("The end time is before the start time."))
    return begin, finish


def estimate_events(client, ts_uuid, info, begin, finish, cancel=None):
    """How many events the period holds: from ``interval`` when known, else Lizard's ``count`` of a
    one-event page (None when Lizard gives no count)."""
    interval = info.get("interval")
    if interval and begin is not None and finish is not None and interval > 0:
        return int((finish - begin).total_seconds() // interval) + 1
    params = dict(time_params(begin, finish), page_size=1)
    page = client.page("timeseries/{}/events/".format(ts_uuid), params, cancel=cancel)
    return page.count if isinstance(page.count, int) else None


# ------------------------------------------------------------------------------------------------ rows


def _floats(values):
    """float64 of loosely typed numbers (None and anything unreadable → NaN)."""
    try:
        return numpy.array(values, dtype="float64")
    except (TypeError, ValueError):
        result = numpy.full(len(values), numpy.nan)
        for index, value in enumerate(values):
            try:
                result[index] = float(value)
            except (TypeError, ValueError):
                pass
        return result


def _row_time(row):
    for key in AGGREGATE_TIME_KEYS:
        value = row.get(key)
        if value not in (None, ""):
            try:
                moment = loose_utc(value)
            except (ValueError, OverflowError):
                moment = None
            if moment is not None:
                return moment
    return None


def _first(row, *keys):
    for key in keys:
        if key in row:
            return row[key]
    return None


def parse_aggregates(rows):
    """``(times, mean, low, high)`` numpy arrays of aggregate rows, sorted by time; rows without a readable
    time are left out. Raises :class:`~core.errors.InvalidResponseError` when rows exist but none has a
    time (the caller falls back to raw events)."""
    rows = [row for row in rows if isinstance(row, dict)]
    times, kept = [], []
    for row in rows:
        moment = _row_time(row)
        if moment is not None:
            times.append(iso_utc_ms(moment))
            kept.append(row)
    if rows and not kept:
        raise errors.InvalidResponseError(tr("Lizard answered aggregates without a time."))
    stamps = utc_ms_array(times)
    mean = _floats([_first(row, "avg", "mean", "average", "value") for row in kept])
    low = _floats([row.get("min") for row in kept])
    high = _floats([row.get("max") for row in kept])
    order = numpy.argsort(stamps, kind="stable")
    return stamps[order], mean[order], low[order], high[order]


class _RawColumns:
    """Raw events appended page by page as numpy arrays (no per-event objects are kept)."""

    def __init__(self):
        self.times, self.values, self.flagged = [], [], []

    def add(self, events):
        events = [event for event in events if isinstance(event, dict)]
        if not events:
            return
        stamps = utc_ms_array([event.get("time") for event in events])
        values = _floats([event.get("value") for event in events])
        flags = _floats([event.get("flag") for event in events])
        keep = ~numpy.isnat(stamps)
        self.times.append(stamps[keep])
        self.values.append(values[keep])
        self.flagged.append((flags > 0)[keep])

    def arrays(self):
        if not self.times:
            return (numpy.empty(0, dtype="datetime64[ms]"), numpy.empty(0, dtype="float64"),
                    numpy.empty(0, dtype=bool))
        times, values, flagged = (numpy.concatenate(self.times), numpy.concatenate(self.values),
                                  numpy.concatenate(self.flagged))
        if times.size > 1 and bool((times[1:] < times[:-1]).any()):
            order = numpy.argsort(times, kind="stable")
            times, values, flagged = times[order], values[order], flagged[order]
        return times, values, flagged


# ------------------------------------------------------------------------------------------------ load


def _series(info, ts_uuid, kind, window=""):
    return SeriesData(
        uuid=ts_uuid,
        label=info.get("name") or info.get("code") or ts_uuid,
        unit=info.get("unit") or "",
        parameter=info.get("parameter") or "",
        location=info.get("location_code") or info.get("location_name") or "",
        kind=kind,
        window=window,
        interval=info.get("interval"),
    )


def load_raw(client, info, start=None, end=None, cancel=None, progress=None):
    """The raw events of the series ``info`` (a :func:`~.series.describe` row) in the period, as a RAW
    :class:`~core.series.SeriesData`."""
    ts_uuid = check_uuid(info.get("uuid"), tr("timeseries"))
    begin, finish = _period(info, start, end) if (start or end) else (None, None)
    cancelled = cancel_check(cancel)
    columns = _RawColumns()
    done = 0
    for page in client.pages("timeseries/{}/events/".format(ts_uuid), time_params(begin, finish),
                             page_size=PAGE_SIZE, cancel=cancelled, concurrency=1):
        if cancelled():
            raise errors.CancelledError()
        columns.add(page.results)
        done += len(page.results)
        if progress is not None:
            progress(done, page.count if isinstance(page.count, int) else done)
    result = _series(info, ts_uuid, RAW)
    result.times, result.values, result.flagged = columns.arrays()
    return result


def load_aggregates(client, info, begin, finish, window, cancel=None, progress=None):
    """Aggregate rows of ``window`` over ``begin``..``finish`` as an AGGREGATE SeriesData; a refusal
    (400/404) or rows without a time raise (see :func:`load_series`)."""
    ts_uuid = check_uuid(info.get("uuid"), tr("timeseries"))
    cancelled = cancel_check(cancel)
    params = dict(time_params(begin, finish), fields=",".join(AGGREGATE_FIELDS), window=window,
                  timezone="UTC")
    rows = []
    for page in client.pages("timeseries/{}/aggregates/".format(ts_uuid), params, page_size=MAX_POINTS + 100,
                             cancel=cancelled, concurrency=1):
        if cancelled():
            raise errors.CancelledError()
        rows.extend(page.results)
        if progress is not None:
            progress(len(rows), page.count if isinstance(page.count, int) else len(rows))
    result = _series(info, ts_uuid, AGGREGATE, window)
    result.interval = window_seconds(window)  # the spacing of the windows, not of the series' own events
    result.times, result.values, result.low, result.high = parse_aggregates(rows)
    return result


def load_series(client, info, start, end, max_points=MAX_POINTS, cancel=None, progress=None):
    """What a plot shows of the series ``info`` (a :func:`~.series.describe` row) from ``start`` to
    ``end`` (None: from the first / to the last event): raw events when there are at most ``max_points``,
    else Lizard's aggregates per window (see the module docstring); raw events again when Lizard refuses
    those."""
    ts_uuid = check_uuid((info or {}).get("uuid"), tr("timeseries"))
    cancelled = cancel_check(cancel)
    begin, finish = _period(info, start, end)
    if cancelled():
        raise errors.CancelledError()
    if begin is not None and finish is not None:
        estimate = estimate_events(client, ts_uuid, info, begin, finish, cancel=cancelled)
        if estimate is not None and estimate > max_points:
            window = choose_window(begin, finish, max_points)
            try:
                return load_aggregates(client, info, begin, finish, window, cancel=cancelled, progress=progress)
            except (errors.InvalidRequestError, errors.NotFoundError, errors.InvalidResponseError):
                pass  # Lizard refuses aggregates for this series: its raw events instead
    return load_raw(client, info, start, end, cancel=cancelled, progress=progress)
