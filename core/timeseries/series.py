"""What a plot shows of one Lizard series: :class:`SeriesData`, shared by timeseries and raster values.

Times are ``numpy.datetime64[ms]`` in UTC, sorted; values ``float64`` with NaN where there is no value.
A series is either ``raw`` events or ``aggregate`` rows (``values`` = the mean of each window, ``low`` /
``high`` its minimum and maximum). :func:`describe` turns Lizard's JSON of a timeseries into the row a list
shows (name, code, parameter and unit, start, end, last value, interval).
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy

from ..times import to_utc

RAW = "raw"
AGGREGATE = "aggregate"


def _empty_times():
    return numpy.empty(0, dtype="datetime64[ms]")


def _empty_values():
    return numpy.empty(0, dtype="float64")


@dataclass
class SeriesData:
    """The points of one series as a plot draws them."""

    uuid: str
    label: str
    unit: str = ""
    parameter: str = ""
    location: str = ""
    kind: str = RAW  # RAW or AGGREGATE
    window: str = ""  # the aggregation window Lizard was asked for (``hour``, ``day`` …), "" for raw events
    interval: Optional[float] = None  # seconds between events as Lizard states it, None when unknown
    times: numpy.ndarray = field(default_factory=_empty_times)
    values: numpy.ndarray = field(default_factory=_empty_values)
    low: Optional[numpy.ndarray] = None  # aggregate minimum per window
    high: Optional[numpy.ndarray] = None  # aggregate maximum per window
    flagged: Optional[numpy.ndarray] = None  # bool per point: Lizard flagged this value
    truncated: bool = False  # fewer points than the period holds (a cap was reached)

    def __len__(self):
        return int(self.times.shape[0])

    @property
    def axis_label(self):
        """``parameter (unit)``, or whichever of the two is known."""
        if self.parameter and self.unit:
            return "{} ({})".format(self.parameter, self.unit)
        return self.parameter or self.unit


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
