"""Timeseries whose events are computed from a formula when asked (nothing is stored per event), and the
aggregates of any series.

:class:`Formula`: event ``i`` is at ``start + i * step``; its value a smooth deterministic curve
(``base + amplitude * sin(...)`` plus a small saw-tooth), rounded to 3 decimals. Optional features:

- ``gaps``: events ``i`` with ``(i // 1000) % 50 == 7`` are absent (a hole in the series, no event at all),
  and events with ``i % 997 < 3`` have ``value: null``;
- ``flagged``: ``flag`` is 3 where ``i % 101 == 5`` and 0 elsewhere (without: ``null``);
- ``integer``: whole values (``value_type`` "integer").

Event pages are built with numpy and one format string per event, never a dict per event, so a page of
100000 events of the 1,000,000-event series is fast; the only filters a formula series takes are the time
filters (``start`` ≥, ``end`` <, ``time`` with ``__gt/__gte/__lt/__lte``); other filters are ignored.

:func:`aggregate` computes ``/timeseries/<uuid>/aggregates/`` rows: windows ``hour``, ``day``, ``week``
(from Monday), ``month``, ``year`` and ``<n>min``, each with a multiplier (``3day``, ``6hour``); no
``window`` is one row for the whole period [guess]. Fields min, max, avg, sum, count (values that are not
null), nans, first, last (values), first_timestamp, last_timestamp, min_timestamp, max_timestamp. A window
without events has no row.
"""

import json
import math
import re

import numpy

from .util import ApiError, format_datetime, from_epoch_ms

MINUTE, HOUR, DAY = 60_000, 3_600_000, 86_400_000
MONDAY_MS = 4 * DAY  # 1970-01-05, the first Monday after the epoch
AGGREGATE_FIELDS = ("max", "min", "avg", "sum", "count", "first", "last", "first_timestamp", "last_timestamp",
                    "max_timestamp", "min_timestamp", "nans")
TIMESTAMP_FIELDS = ("first_timestamp", "last_timestamp", "max_timestamp", "min_timestamp")
TIME_FORMATS = ("iso", "epoch_ms", "epoch_s")
_WINDOW = re.compile(r"^(\d*)(min|hour|day|week|month|year)$")
_EVENT = ('{"time":"%sZ","value":%s,"flag":%s,"validation_code":"","comment":"",'
          '"last_modified":"2025-06-01T00:00:00Z","detection_limit":""}')


class Formula:
    """The events of one generated series (see the module docstring)."""

    def __init__(self, start_ms, step_ms, count, base=0.0, amplitude=1.0, period_ms=DAY, gaps=False,
                 flagged=False, integer=False):
        self.start_ms, self.step_ms, self.count = int(start_ms), int(step_ms), int(count)
        self.base, self.amplitude, self.period_ms = base, amplitude, period_ms
        self.gaps, self.flagged, self.integer = gaps, flagged, integer

    # --- which events ---------------------------------------------------------------------------------

    def present(self, index):
        return index if not self.gaps else index[(index // 1000) % 50 != 7]

    def indices(self, low_ms=None, high_ms=None):
        """Indices of the events with ``low_ms <= time < high_ms`` (None: open), in time order."""
        first = 0 if low_ms is None else max(0, -(-(low_ms - self.start_ms) // self.step_ms))
        last = self.count if high_ms is None else min(self.count, -(-(high_ms - self.start_ms) // self.step_ms))
        return self.present(numpy.arange(first, max(first, last), dtype=numpy.int64))

    def times_ms(self, index):
        return self.start_ms + index * self.step_ms

    def values(self, index):
        """float64, NaN where the value is null."""
        phase = 2 * numpy.pi * (self.times_ms(index) % self.period_ms) / self.period_ms
        values = self.base + self.amplitude * numpy.sin(phase) + ((index * 7919) % 1000) / 5000.0
        values = numpy.round(values) if self.integer else numpy.round(values, 3)
        if self.gaps:
            values[index % 997 < 3] = numpy.nan
        return values

    def flags(self, index):
        """Flags as a list (None = null)."""
        if not self.flagged:
            return [None] * len(index)
        return numpy.where(index % 101 == 5, 3, 0).tolist()

    def last(self):
        """(first ms, last ms, last value) of the series, or Nones when it has no events."""
        index = self.present(numpy.arange(max(0, self.count - 60000), self.count, dtype=numpy.int64))
        if not self.count or not index.size:
            return None, None, None
        first = self.present(numpy.arange(0, min(self.count, 60000), dtype=numpy.int64))[0]
        value = self.values(index[-1:])[0]
        return (int(self.times_ms(first)), int(self.times_ms(index[-1])),
                None if math.isnan(value) else (int(value) if self.integer else float(value)))

    # --- answers --------------------------------------------------------------------------------------

    def arrays(self, low_ms=None, high_ms=None):
        index = self.indices(low_ms, high_ms)
        return self.times_ms(index), self.values(index)

    def results_json(self, index):
        """The JSON text of a page's ``results`` list for these event indices."""
        if not len(index):
            return "[]"
        stamps = numpy.datetime_as_string(self.times_ms(index).astype("datetime64[ms]"), unit="s")
        values = self.values(index)
        texts = ["null" if v != v else (str(int(v)) if self.integer else repr(v)) for v in values.tolist()]
        flags = ["null" if f is None else str(f) for f in self.flags(index)]
        return "[" + ",".join([_EVENT % row for row in zip(stamps.tolist(), texts, flags)]) + "]"


# ------------------------------------------------------------------------------------------- aggregates


def parse_window(text):
    """``(count, unit)`` of a window such as ``3day``; None for no window; 400 for anything else."""
    if text in (None, ""):
        return None
    match = _WINDOW.match(text.strip().lower())
    if not match or (match.group(1) and int(match.group(1)) < 1):
        raise ApiError(400, {"window": [f'"{text}" is not a valid window; use e.g. hour, day, week, month, '
                                        "year, 5min or 3day."]})
    return int(match.group(1) or 1), match.group(2)


def window_keys(times_ms, window):
    """(bucket key per event, start ms of each key)."""
    if window is None:
        return numpy.zeros(len(times_ms), dtype=numpy.int64), lambda keys: numpy.full(len(keys), times_ms[0])
    count, unit = window
    if unit in ("min", "hour", "day", "week"):
        size = {"min": MINUTE, "hour": HOUR, "day": DAY, "week": 7 * DAY}[unit] * count
        origin = MONDAY_MS if unit == "week" else 0
        return (times_ms - origin) // size, lambda keys: keys * size + origin
    kind = "M" if unit == "month" else "Y"
    periods = times_ms.astype("datetime64[ms]").astype(f"datetime64[{kind}]").astype(numpy.int64) // count
    return periods, lambda keys: (keys * count).astype(f"datetime64[{kind}]").astype("datetime64[ms]").astype(
        numpy.int64)


def _time(ms, time_format):
    if time_format == "epoch_ms":
        return int(ms)
    if time_format == "epoch_s":
        return int(ms) / 1000.0 if ms % 1000 else int(ms) // 1000
    return format_datetime(from_epoch_ms(int(ms)))


def _number(value):
    return None if value is None or value != value else float(value)


def aggregate(times_ms, values, fields, window, time_key=None, time_format="iso"):
    """Aggregate rows (dicts) of events sorted by time. Rows hold the ``fields`` asked for; with ``time_key``
    they hold the window's start under that key instead of the ``*_timestamp`` fields (see server.py)."""
    if not len(times_ms):
        return []
    keys, start_of = window_keys(times_ms, window)
    edges = numpy.flatnonzero(numpy.diff(keys)) + 1
    starts = numpy.concatenate(([0], edges))
    ends = numpy.concatenate((edges, [len(keys)]))
    valid = ~numpy.isnan(values)
    filled = numpy.where(valid, values, 0.0)
    counts = numpy.add.reduceat(valid.astype(numpy.int64), starts)
    sums = numpy.add.reduceat(filled, starts)
    lows = numpy.fmin.reduceat(values, starts)
    highs = numpy.fmax.reduceat(values, starts)
    window_starts = start_of(keys[starts])
    rows = []
    for n, (a, b) in enumerate(zip(starts.tolist(), ends.tolist())):
        counted = int(counts[n])
        stats = {
            "count": counted,
            "nans": (b - a) - counted,
            "sum": float(sums[n]) if counted else None,
            "avg": float(sums[n]) / counted if counted else None,
            "min": _number(lows[n]),
            "max": _number(highs[n]),
            "first": _number(values[a]),
            "last": _number(values[b - 1]),
        }
        row = {}
        for field in fields:
            if field in stats:
                row[field] = stats[field]
            elif time_key is None:
                row[field] = _timestamp(field, times_ms, values, a, b, time_format)
        if time_key is not None:
            row[time_key] = _time(window_starts[n], time_format)
        rows.append(row)
    return rows


def _timestamp(field, times_ms, values, a, b, time_format):
    if field == "first_timestamp":
        return _time(times_ms[a], time_format)
    if field == "last_timestamp":
        return _time(times_ms[b - 1], time_format)
    part = values[a:b]
    if numpy.isnan(part).all():
        return None
    at = numpy.nanargmin(part) if field == "min_timestamp" else numpy.nanargmax(part)
    return _time(times_ms[a + at], time_format)


def page_body(count, next_url, previous_url, results_json):
    """A list page as bytes, with ``results`` given as JSON text."""
    head = json.dumps({"count": count, "next": next_url, "previous": previous_url})
    return (head[:-1] + ',"results":' + results_json + "}").encode("utf-8")
