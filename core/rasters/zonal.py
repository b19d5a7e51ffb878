"""Zonal statistics of a raster over an area the user points at (the value tool's dragged rectangle, the
selected polygons; :func:`zonal_summary`, with a temporal raster's mean through time), and what
``lizard:zonalstatistics`` shares with it (:func:`zonal_wkt`, :func:`zonal_grid`).

Lizard computes them (``/rasters/<uuid>/zonal/``, :func:`.values.zonal`) on a pixel grid in a projection; an area
of many square kilometres at a raster's own pixel size (often 0.5 m) is more than one request may cover ("too
large request" in Lizard's release notes). :func:`zonal_grid` therefore picks the pixel size: the raster's own
when the area holds at most :data:`MAX_PIXELS` of its pixels (then nothing is sent and Lizard uses its own
grid), else the smallest round size in metres that keeps the area under that count, in the raster's projection
when that is in metres and in EPSG:3857 otherwise (:func:`metric_projection`). The answer says which, so the
user knows what the numbers stand for.

The polygon travels in the URL as WKT (``geom``), and long URLs fail (CONTRACT.md: simplify long WKT).
:func:`zonal_wkt` writes it with 7 decimals (about 1 cm) and, when that is longer than :data:`MAX_WKT`
characters, simplifies it by at most a quarter of a pixel, so that only pixels on its edge can change sides;
a polygon still too long then is refused with a sentence that says what to do.
"""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsUnitTypes,
)

from .. import errors
from ..i18n import tr
from ..log import get_logger
from ..query import wgs84_transform
from ..times import from_ms, to_ms
from .values import last_steps_period, raster_series, zonal

log = get_logger("zonal")

SHOWN = ("mean", "min", "max")  # the statistics the value dock shows for an area
MAX_PIXELS = 1_000_000  # pixels of one zonal request at most (Lizard's own limit is not documented)
WGS84 = "EPSG:4326"
COARSER_TRIES = 6  # times the value dock doubles the pixel size for a polygon too detailed to send
MAX_WKT = 6000  # characters of polygon WKT in one zonal URL (a request line of about 8 KB with the rest)
METRES_PER_DEGREE = 111_320.0  # of latitude; a degree of longitude is shorter, so tolerances stay on the safe side
_NICE = (1.0, 2.0, 2.5, 5.0, 10.0)


def metric_projection(raster):
    """The raster's own projection when its units are metres, else EPSG:3857 (so a pixel size is in metres)."""
    crs = QgsCoordinateReferenceSystem(raster.get("projection") or "")
    if crs.isValid() and crs.mapUnits() == QgsUnitTypes.DistanceMeters and crs.authid().startswith("EPSG:"):
        return crs.authid()
    return "EPSG:3857"


def round_up(size):
    """The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least ``size`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(size))
    return next(step * power for step in _NICE if step * power >= size * (1 - 1e-12))


def _area_in(polygon_wgs84, authid, transform_context):
    geometry = QgsGeometry(polygon_wgs84)
    try:
        geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84),
                                                  QgsCoordinateReferenceSystem(authid),
                                                  transform_context or QgsCoordinateTransformContext()))
    except QgsCsException:
        raise errors.InvalidRequestError(tr("This area has no place in the raster's projection.")) from None
    return geometry.area()


def zonal_grid(raster, polygon_wgs84, max_pixels=MAX_PIXELS, transform_context=None):
    """``(projection, pixel size in metres)`` for a zonal request over ``polygon_wgs84`` (a QgsGeometry), or
    ``(None, None)`` when the raster's own grid keeps it within ``max_pixels`` (counted in the raster's own
    projection and pixels, degrees included)."""
    own_crs = QgsCoordinateReferenceSystem(raster.get("projection") or "")
    own_x = abs(float(raster.get("pixelsize_x") or 0.0))
    own_y = abs(float(raster.get("pixelsize_y") or 0.0)) or own_x
    projection = metric_projection(raster)
    own_area = None
    if own_x and own_crs.isValid():
        own_area = _area_in(polygon_wgs84, own_crs.authid(), transform_context)
        if own_area / (own_x * own_y) <= max_pixels:
            return None, None
    in_metres = projection == own_crs.authid()  # the raster's own projection is in metres: its area is that one
    area = own_area if in_metres and own_area is not None else _area_in(polygon_wgs84, projection, transform_context)
    needed = math.sqrt(area / max_pixels)
    own_m = own_x if in_metres else 0.0  # the raster's own pixel, when it is in metres
    return projection, round_up(max(needed, own_m, 0.01))


def pixel_metres(raster, pixel_size=None):
    """The pixel size in metres a zonal request works with: ``pixel_size`` (metres) when given, else the
    raster's own (a raster in degrees: its pixel in metres of latitude)."""
    if pixel_size:
        return float(pixel_size)
    own = abs(float(raster.get("pixelsize_x") or 0.0))
    crs = QgsCoordinateReferenceSystem(raster.get("projection") or "")
    if own and crs.isValid() and crs.isGeographic():
        own *= METRES_PER_DEGREE
    return own or 1.0


def zonal_wkt(polygon_wgs84, pixel_m, limit=MAX_WKT):
    """The WKT of a WGS84 polygon (a QgsGeometry) for a zonal URL: 7 decimals; longer than ``limit`` characters,
    simplified by at most a quarter of ``pixel_m`` (the statistics' pixel size in metres), so only pixels on
    its edge can change sides. Raises InvalidRequestError when even that is too long."""
    wkt = polygon_wgs84.asWkt(7)
    if len(wkt) <= limit:
        return wkt
    tolerance = pixel_m / 64.0
    while tolerance <= pixel_m / 4.0:
        simplified = polygon_wgs84.simplify(tolerance / METRES_PER_DEGREE)
        if simplified is not None and not simplified.isEmpty():
            short = simplified.asWkt(7)
            if len(short) <= limit:
                log.info("A polygon of %d characters of WKT was simplified by %g m (pixels of %g m) to %d",
                         len(wkt), tolerance, pixel_m, len(short))
                return short
        tolerance *= 2.0
    raise errors.InvalidRequestError(tr(
        "This polygon is too detailed to send to Lizard ({vertices} vertices, even simplified by a quarter of a "
        "{size:g} m pixel); give a larger pixel size or simplify the polygon.").format(
            vertices=polygon_wgs84.constGet().nCoordinates(), size=pixel_m))


def zonal_summary(client, raster, polygon_wgs84, period=None, statistics=SHOWN, max_pixels=MAX_PIXELS,
                  transform_context=None, cancel=None, label=None):
    """Lizard's ``statistics`` of ``raster`` (Lizard's JSON of it) over ``polygon_wgs84``: a dict with the
    ``unit``, ``values`` ({statistic: value, None where Lizard has none}), the ``time`` the values are for
    (None when Lizard does not say), the ``pixel_size``/``projection`` sent (None: the raster's own) and, for a
    temporal raster, the ``series`` of its mean over the area through ``period`` = (start, stop) (its last
    :data:`~.values.LAST_STEPS` steps without one; a :class:`~core.series.SeriesData` labelled ``label``), the
    values being those of the last time step. The pixels are coarser than the raster's own for a large area
    (:func:`zonal_grid`) and for a polygon too detailed to send on them (:func:`zonal_wkt`; doubled up to
    :data:`COARSER_TRIES` times)."""
    kind = raster.get("observation_type") if isinstance(raster.get("observation_type"), dict) else {}
    temporal = bool(raster.get("temporal"))
    start, stop = (period or (None, None)) if temporal else (None, None)
    if temporal and start is None and stop is None:
        start, stop = last_steps_period(client, raster, cancel=cancel)
    projection, size = zonal_grid(raster, polygon_wgs84, max_pixels, transform_context)
    wkt = None
    for _attempt in range(COARSER_TRIES):  # a polygon too detailed for its pixels: coarser pixels, and say so
        try:
            wkt = zonal_wkt(polygon_wgs84, pixel_metres(raster, size))
            break
        except errors.InvalidRequestError:
            if _attempt == COARSER_TRIES - 1:
                raise
            size, projection = round_up(2.0 * pixel_metres(raster, size)), projection or metric_projection(raster)
    answer = {"unit": kind.get("unit") or "", "values": {}, "time": None, "pixel_size": size,
              "projection": projection, "series": None}
    for statistic in statistics:
        rows = zonal(client, raster["uuid"], wkt, statistic, pixel_size=size, projection=projection,
                     start=start, stop=stop, cancel=cancel)
        timed = sorted((to_ms(time), value) for time, value in rows if time is not None)
        answer["values"][statistic] = timed[-1][1] if timed else (rows[-1][1] if rows else None)
        if timed:
            answer["time"] = from_ms(timed[-1][0])
        if temporal and statistic == "mean":
            answer["series"] = _area_series(raster, polygon_wgs84, timed, label)
    return answer


def _area_series(raster, polygon_wgs84, timed, label):
    """A temporal raster's mean over an area through time as a plot's series; its location is the area's
    bounding box (WKT)."""
    name = label or raster.get("name") or raster.get("uuid")
    return raster_series(raster, QgsGeometry.fromRect(polygon_wgs84.boundingBox()).asWkt(6),
                         tr("{name} (mean over the area)").format(name=name), timed)


def rectangle_wgs84(rectangle, crs, transform_context=None):
    """A map rectangle (in the QgsCoordinateReferenceSystem ``crs``) as a WGS84 polygon, its edges densified so
    they stay where they were drawn."""
    polygon = QgsGeometry.fromRect(rectangle).densifyByCount(16)
    transform = wgs84_transform(crs, transform_context)
    if transform is not None:
        try:
            polygon.transform(transform)
        except QgsCsException:
            raise errors.InvalidRequestError(tr("This area has no place in WGS84; draw it inside the map.")) from None
    return polygon
