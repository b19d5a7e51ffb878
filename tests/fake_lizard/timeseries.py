"""/api/v4/timeseries/ and its events: GET with time filters, POST of JSON lists or CSV files."""

import csv
from collections import Counter
from operator import itemgetter

import numpy

from .base import ApiBase, cleanup_parts, organisation_uuid, page_link, page_size, parse_form_datetime
from .filters import COMPARE_LOOKUPS, DateTimeFilter, NumberFilter, TextFilter, UuidFilter
from .generated import AGGREGATE_FIELDS, aggregate, page_body, parse_window
from .util import ApiError, Response, format_datetime, from_epoch_ms, json_response, now, parse_datetime, to_epoch_ms

DETECTION_LIMITS = ("", "<", ">")


class EventErrors:
    """Collects 'Item 3: message' errors per field (a dict field -> [messages], as everywhere)."""

    def __init__(self, label):
        self.label = label
        self.errors = {}

    def add(self, number, field, message):
        self.errors.setdefault(field, []).append(f"{self.label} {number}: {message}")


def _convert(value, kind, from_text):
    """A number (or numeric text, as DRF takes) -> ``kind``; None is null, and so is '' in a CSV file."""
    if value is None or (from_text and value == ""):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(value)
    if kind is int and not isinstance(value, str) and value != int(value):
        raise ValueError(value)
    return kind(value)


def _text(value, max_length=None):
    value = "" if value is None else value
    if not isinstance(value, str) or (max_length is not None and len(value) > max_length):
        raise ValueError(value)
    return value


def _detection_limit(value):
    value = _text(value)
    if value not in DETECTION_LIMITS:
        raise ValueError(value)
    return value


def validate_events(rows, label, from_text=False):
    """Rows (dicts) -> [(datetime, fields)]; 400 with field errors, also for duplicate timestamps."""
    errors, events = EventErrors(label), []
    converters = {
        "value": ("A valid number is required.", lambda v: _convert(v, float, from_text)),
        "flag": ("A valid integer is required.", lambda v: _convert(v, int, from_text)),
        "validation_code": (
            "Ensure this field has no more than 3 characters.",
            lambda v: _text(v, 3),
        ),
        "comment": ("Not a valid string.", _text),
        "detection_limit": ('Must be "", "<" or ">".', _detection_limit),
    }
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            errors.add(number, "non_field_errors", "Expected an object with at least 'time'.")
            continue
        moment, fields = None, {}
        if row.get("time") in (None, ""):
            errors.add(number, "time", "This field is required.")
        else:
            try:
                moment = parse_datetime(str(row["time"]))
            except ValueError:
                errors.add(number, "time", "Enter a valid date/time.")
        for field, (message, convert) in converters.items():
            if field in row:
                try:
                    fields[field] = convert(row[field])
                except (ValueError, TypeError, OverflowError):
                    errors.add(number, field, message)
        events.append((moment, fields))
    if errors.errors:
        raise ApiError(400, errors.errors)
    duplicates = sorted(
        moment for moment, count in Counter(moment for moment, _ in events).items() if count > 1
    )
    if duplicates:
        raise ApiError(
            400,
            {
                "time": [
                    "Duplicate timestamps in one upload: "
                    + ", ".join(format_datetime(moment) for moment in duplicates)
                ]
            },
        )
    return events


def read_csv_events(path):
    """A CSV file with a header naming at least time and value (spaces allowed: 'time, value')."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = [name.strip().lower() for name in next(reader, [])]
        if "time" not in header or "value" not in header:
            raise ApiError(400, {"file": ["The first line must name the columns, at least: time,value."]})
        return [
            dict(zip(header, (cell.strip() for cell in row))) for row in reader if any(c.strip() for c in row)
        ]


def _ms(req, name):
    value = req.param(name)
    return None if value in (None, "") else to_epoch_ms(parse_form_datetime(name, value))


def _time_bounds(req):
    """(low ms inclusive, high ms exclusive) from start/end and time__gte/gt/lte/lt/time (None: open)."""
    low, high = _ms(req, "start"), _ms(req, "end")
    for name, shift, is_low in (("time__gte", 0, True), ("time__gt", 1, True), ("time__lt", 0, False),
                                ("time__lte", 1, False), ("time", 0, None)):
        value = _ms(req, name)
        if value is None:
            continue
        if is_low is None:  # exact
            low, high = max(low or value, value), min(high or value + 1, value + 1)
        elif is_low:
            low = value + shift if low is None else max(low, value + shift)
        else:
            high = value + shift if high is None else min(high, value + shift)
    return low, high


class TimeseriesApi(ApiBase):
    aggregate_time_key = None  # None: rows hold the fields asked for; else the window start under this key
    aggregate_time_format = "iso"  # or "epoch_ms", "epoch_s"

    def render_timeseries(self, req, ts):
        formula = self.store.formulas.get(ts["uuid"])
        if formula is not None:
            first, last, last_value = formula.last()
            return dict(
                self.render(req, ts),
                start=None if first is None else format_datetime(from_epoch_ms(first)),
                end=None if last is None else format_datetime(from_epoch_ms(last)),
                last_value=last_value,
            )
        with self.store.lock:
            series = self.store.events[ts["uuid"]]
            times = sorted(series)
            last_value = series[times[-1]]["value"] if times else None
        return dict(
            self.render(req, ts),
            start=format_datetime(times[0]) if times else None,
            end=format_datetime(times[-1]) if times else None,
            last_value=last_value,
        )

    def timeseries_list(self, req):
        specs = [
            UuidFilter("uuid", itemgetter("uuid")),
            TextFilter("name", itemgetter("name")),
            TextFilter("code", itemgetter("code")),
            UuidFilter("organisation__uuid", organisation_uuid),
            UuidFilter("location__uuid", lambda ts: (ts.get("location") or {}).get("uuid")),
            TextFilter("observation_type__code", lambda ts: ts["observation_type"]["code"],
                       lookups=("exact", "startswith")),
        ]
        return self.list_objects(
            req, self.visible(req, "timeseries"), specs, render=lambda ts: self.render_timeseries(req, ts)
        )

    def timeseries_detail(self, req, key):
        return json_response(
            200, self.render_timeseries(req, self.get_visible(req, "timeseries", key, "Timeseries"))
        )

    def event_list(self, req, key):
        ts = self.get_visible(req, "timeseries", key, "Timeseries")
        formula = self.store.formulas.get(ts["uuid"])
        if formula is not None:
            return self._formula_events(req, formula)
        with self.store.lock:
            series = self.store.events[ts["uuid"]]
            items = [series[moment] for moment in sorted(series)]
        time = itemgetter("time")
        specs = [
            DateTimeFilter("time", time),
            DateTimeFilter("start", time, lookups=(), default_lookup="gte"),
            DateTimeFilter("end", time, lookups=(), default_lookup="lt"),
            NumberFilter("value", itemgetter("value"), lookups=COMPARE_LOOKUPS + ("isnull",)),
            NumberFilter("flag", itemgetter("flag"), lookups=COMPARE_LOOKUPS + ("isnull", "in")),
        ]
        return self.list_objects(req, items, specs)

    def _formula_events(self, req, formula):
        """A page of a generated series' events, built without a dict per event (time filters only)."""
        low, high = _time_bounds(req)
        index = formula.indices(low, high)
        size = page_size(req, 10, self.max_page_size)
        last = max(1, -(-len(index) // size))
        raw = req.param("page", "1")
        try:
            number = last if raw == "last" else int(raw)
        except ValueError:
            number = 0
        if not 1 <= number <= last:
            raise ApiError(404, "Invalid page.")
        base = self.store.base_url
        body = page_body(len(index), page_link(req, base, number + 1) if number < last else None,
                         page_link(req, base, number - 1) if number > 1 else None,
                         formula.results_json(index[(number - 1) * size:number * size]))
        return Response(200, body)

    def series_arrays(self, ts_uuid, low, high):
        """(times ms int64, values float64 with NaN) of a series' events with low <= time < high."""
        formula = self.store.formulas.get(ts_uuid)
        if formula is not None:
            return formula.arrays(low, high)
        with self.store.lock:
            series = self.store.events[ts_uuid]
            items = [(to_epoch_ms(moment), series[moment]["value"]) for moment in sorted(series)]
        items = [(ms, value) for ms, value in items if (low is None or ms >= low) and (high is None or ms < high)]
        times = numpy.array([ms for ms, _ in items], dtype=numpy.int64)
        values = numpy.array([value for _, value in items], dtype=numpy.float64)
        return times, values

    def aggregates(self, req, key):
        """``/timeseries/<uuid>/aggregates/``: start, end and fields are required (see generated.py)."""
        ts = self.get_visible(req, "timeseries", key, "Timeseries")
        missing = {name: ["This field is required."] for name in ("start", "end", "fields") if not req.param(name)}
        if missing:
            raise ApiError(400, missing)
        fields = [name.strip() for name in req.param("fields").split(",") if name.strip()]
        unknown = [name for name in fields if name not in AGGREGATE_FIELDS]
        if unknown or not fields:
            raise ApiError(400, {"fields": [f'"{name}" is not a valid choice.' for name in unknown or [""]]})
        window = parse_window(req.param("window"))
        low, high = _ms(req, "start"), _ms(req, "end")
        if ts["uuid"] in self.store.no_aggregates or ts.get("value_type") != "float":
            raise ApiError(400, "Aggregates are not available for this timeseries.")
        rows = self._aggregate_rows(ts["uuid"], low, high, tuple(fields), window, self.aggregate_time_key,
                                    self.aggregate_time_format)
        return self.list_objects(req, rows, [], render=lambda row: row)

    def _aggregate_rows(self, ts_uuid, *args):
        """Rows of one query; those of a generated series (which never changes) are kept for its next pages."""
        cache = self.__dict__.setdefault("_aggregate_cache", {})
        key = (ts_uuid,) + args
        if key in cache:
            return cache[key]
        low, high, fields, window, time_key, time_format = args
        times, values = self.series_arrays(ts_uuid, low, high)
        rows = aggregate(times, values, fields, window, time_key, time_format)
        if ts_uuid in self.store.formulas:
            if len(cache) >= 16:
                cache.pop(next(iter(cache)))
            cache[key] = rows
        return rows

    def event_create(self, req, key):
        """JSON list of events or a CSV ``file``; creates or updates; 201 with the stored events."""
        ts = self.get_visible(req, "timeseries", key, "Timeseries")
        self.require_supplier(req, ts["organisation"]["uuid"])
        if ts["uuid"] in self.store.formulas:
            raise ApiError(400, "This generated timeseries of the fake is read-only.")
        if req.content_type[0] == "multipart/form-data":
            parts = self.read_multipart(req)
            try:
                upload = parts.get("file")
                if upload is None or upload.filename is None:
                    raise ApiError(400, {"file": ["No file was submitted."]})
                events = validate_events(read_csv_events(upload.path), "Row", from_text=True)
            finally:
                cleanup_parts(parts)
        else:
            rows = self.read_json(req)
            if not isinstance(rows, list):
                raise ApiError(
                    400,
                    {"non_field_errors": [f'Expected a list of items but got type "{type(rows).__name__}".']},
                )
            events = validate_events(rows, "Item")
        stamp = format_datetime(now())
        with self.store.lock:
            series = self.store.events[ts["uuid"]]
            for moment, fields in events:
                event = series.get(moment) or {
                    "time": format_datetime(moment),
                    "value": None,
                    "flag": None,
                    "validation_code": "",
                    "comment": "",
                    "last_modified": None,
                    "detection_limit": "",
                }
                series[moment] = dict(event, **fields, last_modified=stamp)
            stored = [series[moment] for moment in sorted(moment for moment, _ in events)]
        return json_response(201, stored)
