"""What a plot shows of one Lizard series: :class:`SeriesData`, shared by timeseries and raster values.

Times are ``numpy.datetime64[ms]`` in UTC, sorted; values ``float64`` with NaN where there is no value.
A series is either ``raw`` events or ``aggregate`` rows (``values`` = the mean of each window, ``low`` /
``high`` its minimum and maximum). ``interval`` is the expected spacing of its points in seconds: a raw
series' interval as Lizard states it, an aggregate's window length; the plot breaks its line where two
points lie further apart than twice that (None: the plot finds the spacing itself).

core/timeseries/fetch.py fills one from a timeseries' events or aggregates, core/rasters/values.py from a
temporal raster's values at a point; ui/plot.py draws them and core/timeseries/export.py writes them.
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy

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
    interval: Optional[float] = None  # seconds between points (raw: Lizard's interval; aggregate: the window)
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
