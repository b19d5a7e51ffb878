"""The row a list of Lizard timeseries shows: :func:`describe` turns Lizard's JSON of a timeseries into
name, code, parameter and unit, start, end, last value and interval.

What a plot shows of a series (:class:`~core.series.SeriesData`) is shared with raster values and lives at
core/'s root (core/series.py).
"""

from ..times import to_utc


def _text(value):
    return "" if value is None else str(value)


def describe(series):
    """The row a list of series shows for Lizard's JSON of one timeseries (missing parts are empty/None)."""
    series = series if isinstance(series, dict) else {}
    kind = series.get("observation_type") if isinstance(series.get("observation_type"), dict) else {}
    location = series.get("location") if isinstance(series.get("location"), dict) else {}
    interval = series.get("interval")
    try:
        interval = None if interval in (None, "") else float(interval)
    except (TypeError, ValueError):
        interval = None
    moments = {}
    for key in ("start", "end"):
        try:
            moments[key] = to_utc(series.get(key)) if series.get(key) not in (None, "") else None
        except ValueError:
            moments[key] = None
    return {
        "uuid": _text(series.get("uuid")),
        "name": _text(series.get("name")),
        "code": _text(series.get("code")),
        "parameter": _text(kind.get("parameter")),
        "unit": _text(kind.get("unit")),
        "observation_type": _text(kind.get("code")),
        "location_code": _text(location.get("code")),
        "location_name": _text(location.get("name")),
        "start": moments["start"],
        "end": moments["end"],
        "last_value": series.get("last_value"),
        "interval": interval,
        "value_type": _text(series.get("value_type")),
    }
