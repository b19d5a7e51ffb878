"""Raster values at points (``/rasters/<uuid>/point/``) and zonal statistics (``/rasters/<uuid>/zonal/``).

Both answer ``{"results": [...]}``; each row is read loosely: ``{"value": v}`` with an optional time under
``time``, ``timestamp`` or ``datetime`` (ISO 8601, zone-less = UTC, or epoch seconds/milliseconds), or an
older ``[time, value]`` array. Empty ``results`` mean "no value here": an empty list, never 0.

:func:`values_through_time` reads a temporal raster's values at a point for a period (its last
:data:`LAST_STEPS` time steps by default) as a plot's series (:class:`~core.series.SeriesData`, shared with
timeseries at core/'s root).

:func:`run_parallel` (from :mod:`core.parallel`) runs one request per feature, at most ``WORKERS`` at a
time, and records each failure per feature while the rest go on.
"""

import datetime
import re

import numpy

from .. import errors
from ..i18n import tr
from ..parallel import WORKERS, run_parallel  # noqa: F401 - run_parallel is part of this module's API
from ..series import RAW, SeriesData
from ..times import duration_seconds, from_ms, iso_utc, to_ms, to_utc

LAST_STEPS = 30  # a temporal raster's values through time, without a period: its last steps
STATISTICS = ("mean", "min", "max", "sum", "count", "median", "p10", "p90")
TEMPORAL_STATISTICS = ("mean", "min", "max", "sum", "count", "median")
TIME_KEYS = ("time", "timestamp", "datetime", "date")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def parse_time(value):
    """An aware UTC datetime from ISO text (zone-less = UTC) or epoch seconds/milliseconds; None if none."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return from_ms(value if abs(value) >= 1e11 else value * 1000)
    text = str(value).strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return parse_time(float(text))
    moment = to_utc(text)
    if moment is None:
        raise errors.InvalidResponseError(tr("Lizard answered a time that is not one: {value}").format(value=text))
    return moment


def _number(value):
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise errors.InvalidResponseError(
            tr("Lizard answered a value that is not a number: {value}").format(value=value)) from None


def parse_rows(data):
    """``[(time or None, value), ...]`` from a point or zonal answer (rows whose value is null are dropped)."""
    results = data.get("results") if isinstance(data, dict) else data
    if results is None:
        results = []
    if not isinstance(results, list):
        raise errors.InvalidResponseError(tr("Lizard answered values in an unexpected form."))
    rows = []
    for row in results:
        if isinstance(row, dict):
            time = next((row[key] for key in TIME_KEYS if row.get(key) not in (None, "")), None)
            value = row.get("value")
        elif isinstance(row, (list, tuple)) and len(row) >= 2:
            time, value = row[0], row[1]
        elif isinstance(row, (int, float)):
            time, value = None, row
        else:
            raise errors.InvalidResponseError(tr("Lizard answered values in an unexpected form."))
        value = _number(value)
        if value is not None:
            rows.append((parse_time(time), value))
    return rows


def _time_params(params, start, stop):
    if start is not None:
        params["start"] = iso_utc(to_utc(start))
    if stop is not None:
        params["stop"] = iso_utc(to_utc(stop))
    return params


def value_at(client, raster_uuid, point_wgs84, start=None, stop=None, cancel=None):
    """The value(s) of a raster at a WGS84 point (``(lon, lat)`` or anything with ``x()``/``y()``):
    ``[(time or None, value), ...]``; ``[]`` where the raster has no value."""
    lon, lat = (point_wgs84.x(), point_wgs84.y()) if hasattr(point_wgs84, "x") else point_wgs84
    params = _time_params({"geom": "POINT ({!r} {!r})".format(float(lon), float(lat))}, start, stop)
    return parse_rows(client.get("rasters/{}/point/".format(raster_uuid), params, cancel=cancel))


def last_steps_period(client, raster, count=LAST_STEPS, cancel=None):
    """``(start, stop)``, aware UTC, covering a temporal raster's last ``count`` time steps: from its
    ``last_value_timestamp`` and ``interval``, else from ``/timesteps/``; ``(None, None)`` when neither is
    known (Lizard then answers its last step)."""
    last = to_utc(raster.get("last_value_timestamp"))
    first = to_utc(raster.get("first_value_timestamp"))
    seconds = duration_seconds(raster.get("interval"))
    if last is not None and seconds:
        start = last - datetime.timedelta(seconds=seconds * (count - 1))
        return (max(start, first) if first is not None and first <= last else start), last
    from .wms import timesteps

    steps = sorted(timesteps(client, raster, cancel=cancel))[-count:] if raster.get("uuid") else []
    if steps:
        return from_ms(steps[0]), from_ms(steps[-1])
    return None, None


def values_through_time(client, raster, point_wgs84, start=None, stop=None, cancel=None, label=None):
    """A temporal raster's values at a WGS84 point through time: a RAW :class:`~core.series.SeriesData`
    (uuid, label = ``label`` or the raster's name, location = the point as WKT, unit, parameter, interval =
    the raster's time step, times as datetime64[ms] UTC sorted, values float64).

    ``raster`` is Lizard's JSON of the raster layer. Without ``start`` and ``stop`` the period is its last
    :data:`LAST_STEPS` steps. Rows without a time are left out; no rows (outside the raster) give an empty
    series: no value here, never 0.
    """
    if start is None and stop is None:
        start, stop = last_steps_period(client, raster, cancel=cancel)
    rows = sorted((to_ms(time), value) for time, value in
                  value_at(client, raster["uuid"], point_wgs84, start=start, stop=stop, cancel=cancel)
                  if time is not None)
    lon, lat = (point_wgs84.x(), point_wgs84.y()) if hasattr(point_wgs84, "x") else point_wgs84
    return raster_series(raster, "POINT ({:.6f} {:.6f})".format(float(lon), float(lat)),
                         label or raster.get("name") or raster.get("uuid") or "", rows)


def raster_series(raster, location, label, timed):
    """A raster's values through time as a plot's RAW :class:`~core.series.SeriesData`: ``timed`` is
    ``[(epoch ms, value), ...]`` in time order; unit, parameter and interval come from Lizard's JSON of it."""
    kind = raster.get("observation_type") if isinstance(raster.get("observation_type"), dict) else {}
    return SeriesData(
        uuid=raster.get("uuid") or "",
        location=location,
        label=label,
        unit=kind.get("unit") or "",
        parameter=kind.get("parameter") or kind.get("code") or "",
        kind=RAW,
        interval=duration_seconds(raster.get("interval")),
        times=numpy.array([ms for ms, _value in timed], dtype="int64").astype("datetime64[ms]"),
        values=numpy.array([value for _ms, value in timed], dtype="float64"),
    )


def zonal(client, raster_uuid, polygon_wgs84, statistic, pixel_size=None, projection=None, start=None,
          stop=None, temporal_statistic=None, cancel=None):
    """A zonal statistic of a raster over a WGS84 polygon (WKT, or anything with ``asWkt()``):
    ``[(time or None, value), ...]``; ``[]`` where there is no value."""
    wkt = polygon_wgs84.asWkt() if hasattr(polygon_wgs84, "asWkt") else str(polygon_wgs84)
    params = {"geom": wkt, "zonal_statistic": statistic}
    if projection:
        params["zonal_projection"] = projection
    if pixel_size:
        params["pixel_size"] = "{:g}".format(pixel_size)
    if temporal_statistic:
        params["temporal_statistic"] = temporal_statistic
    _time_params(params, start, stop)
    return parse_rows(client.get("rasters/{}/zonal/".format(raster_uuid), params, cancel=cancel))


def resolve_raster(client, text, cancel=None):
    """The raster layer object for a UUID or an exact name (``InvalidRequestError`` when none or several)."""
    text = (text or "").strip()
    if _UUID.match(text):
        return client.get("rasters/{}/".format(text), cancel=cancel)
    matches = [obj for obj in client.get_all("rasters/", {"name": text}, cancel=cancel)
               if obj.get("name") == text] if text else []
    if len(matches) != 1:
        raise errors.InvalidRequestError(
            tr("No raster is called “{name}”; give its UUID.").format(name=text) if not matches else
            tr("Several rasters are called “{name}”; give the UUID.").format(name=text))
    return matches[0]


def answer_at(client, raster_uuid, point_wgs84, period=None, cancel=None, raster=None, label=""):
    """What Lizard says about a raster at the WGS84 ``point_wgs84``: a dict with the ``raster`` (Lizard's JSON;
    asked when not given), its ``unit``, and either ``value`` (None: no value here) with its ``time``, or, for a
    temporal raster, also ``series`` (a SeriesData through ``period`` = (start, stop), the last value in
    ``value``)."""
    raster = raster or client.get("rasters/{}/".format(raster_uuid), cancel=cancel)
    kind = raster.get("observation_type") if isinstance(raster.get("observation_type"), dict) else {}
    answer = {"raster": raster, "unit": kind.get("unit") or "", "value": None, "time": None, "series": None}
    if raster.get("temporal"):
        start, stop = period or (None, None)
        series = answer["series"] = values_through_time(client, raster, point_wgs84, start=start, stop=stop,
                                                        cancel=cancel, label=label)
        if len(series):
            answer["value"] = float(series.values[-1])
            answer["time"] = to_utc(str(series.times[-1]))
        return answer
    rows = value_at(client, raster.get("uuid") or raster_uuid, point_wgs84, cancel=cancel)
    if rows:
        answer["time"], answer["value"] = rows[0]
    return answer
