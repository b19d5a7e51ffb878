"""``GET /api/v4/rasters/<uuid>/point/`` and ``/zonal/``: values of the deterministic field of ``/data/``.

Point: ``geom=POINT (lon lat)`` (WGS84 WKT) → ``{"results": [{"value": v}]}`` with ``v`` =
:func:`~.rasterdata.pixel_values` at the point in the raster's projection; ``{"results": []}`` outside the
raster's ``spatial_bounds``. A temporal raster answers one row per time step in ``start``..``stop`` (the last
step without them). The key and format of a temporal row's time are a **[guess]** in the contract: this fake
says ``"time"`` with ISO 8601 UTC, and the plugin must not rely on it.

Zonal: ``geom`` (WKT polygon, WGS84), ``zonal_statistic`` (sum, count, min, max, mean, median, p0..p100),
``zonal_projection`` (default the raster's), ``pixel_size`` (projection units, default the raster's) over the
pixel centres inside the polygon; temporal rasters: one row per step, or one with ``temporal_statistic``.
More than :data:`MAX_ZONAL_PIXELS` pixels → 400 ``{"detail": …}``.
"""

import re

import numpy
from osgeo import gdal, ogr, osr

from .base import ApiBase, parse_form_datetime
from .rasterdata import pixel_values
from .util import ApiError, format_datetime, from_epoch_ms, json_response, to_epoch_ms

MAX_ZONAL_PIXELS = 1_000_000
STATISTICS = {"sum": numpy.sum, "count": numpy.size, "min": numpy.min, "max": numpy.max, "mean": numpy.mean,
              "median": numpy.median}


def _srs(text):
    srs = osr.SpatialReference()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    match = re.fullmatch(r"(?i)epsg:(\d+)", (text or "").strip())
    if match is None or srs.ImportFromEPSG(int(match.group(1))) != 0:
        raise ApiError(400, {"zonal_projection": ["Unknown projection \"{}\".".format(text)]})
    return srs


def _geometry(req, kinds):
    text = req.param("geom") or ""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        geometry = ogr.CreateGeometryFromWkt(re.sub(r"^SRID=\d+;", "", text.strip()))
    except RuntimeError:
        geometry = None
    finally:
        gdal.PopErrorHandler()
    if geometry is None or geometry.GetGeometryName() not in kinds:
        raise ApiError(400, {"geom": ["Invalid geometry: expected WKT {}.".format(" or ".join(kinds))]})
    return geometry


def _statistic(name, values):
    if values.size == 0:
        return None
    if name in STATISTICS:
        return float(STATISTICS[name](values))
    return float(numpy.percentile(values, float(name[1:])))


class RasterValuesApi(ApiBase):
    """The ``point`` and ``zonal`` endpoints of a raster layer."""

    def _steps(self, req, raster):
        if not raster["temporal"]:
            return [None]
        steps = self.store.raster_steps(raster)
        if not steps:
            return []
        start, stop = req.param("start"), req.param("stop")
        if not start and not stop:
            return [steps[-1]]
        low = to_epoch_ms(parse_form_datetime("start", start)) if start else steps[0]
        high = to_epoch_ms(parse_form_datetime("stop", stop)) if stop else steps[-1]
        return [step for step in steps if low <= step <= high]

    @staticmethod
    def _row(step, value):
        row = {"value": value}
        if step is not None:
            row["time"] = format_datetime(from_epoch_ms(step))
        return row

    @staticmethod
    def _inside(raster, geometry):
        bounds = raster.get("spatial_bounds")
        if not bounds:
            return False
        minx, maxx, miny, maxy = geometry.GetEnvelope()
        return bounds["west"] <= maxx and minx <= bounds["east"] and bounds["south"] <= maxy and miny <= bounds["north"]

    @staticmethod
    def _to(geometry, srs):
        wgs84 = osr.SpatialReference()
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        wgs84.ImportFromEPSG(4326)
        moved = geometry.Clone()
        moved.Transform(osr.CoordinateTransformation(wgs84, srs))
        return moved

    def raster_point(self, req, key):
        raster = self.get_visible(req, "rasters", key, "RasterLayer")
        point = _geometry(req, ("POINT",))
        steps = self._steps(req, raster)
        if not self._inside(raster, point):
            return json_response(200, {"results": []})
        local = self._to(point, _srs(raster.get("projection")))
        rows = [self._row(step, float(pixel_values(local.GetX(), local.GetY(), step))) for step in steps]
        return json_response(200, {"results": rows})

    def raster_zonal(self, req, key):
        raster = self.get_visible(req, "rasters", key, "RasterLayer")
        polygon = _geometry(req, ("POLYGON", "MULTIPOLYGON"))
        statistic = (req.param("zonal_statistic") or "mean").lower()
        if statistic not in STATISTICS and not (re.fullmatch(r"p\d{1,3}", statistic) and int(statistic[1:]) <= 100):
            raise ApiError(400, {"zonal_statistic": ["\"{}\" is not a valid statistic.".format(statistic)]})
        temporal = (req.param("temporal_statistic") or "").lower()
        if temporal and temporal not in STATISTICS:
            raise ApiError(400, {"temporal_statistic": ["\"{}\" is not a valid statistic.".format(temporal)]})
        srs = _srs(req.param("zonal_projection") or raster.get("projection"))
        try:
            pixel = float(req.param("pixel_size") or abs(raster.get("pixelsize_x") or 0) or 1.0)
        except ValueError:
            pixel = 0.0
        if not pixel > 0:
            raise ApiError(400, {"pixel_size": ["A positive number is required."]})
        steps = self._steps(req, raster)
        if not self._inside(raster, polygon):
            return json_response(200, {"results": []})
        local = self._to(polygon, srs)
        minx, maxx, miny, maxy = local.GetEnvelope()
        width, height = max(1, int(numpy.ceil((maxx - minx) / pixel))), max(1, int(numpy.ceil((maxy - miny) / pixel)))
        if width * height > MAX_ZONAL_PIXELS:
            raise ApiError(400, "Too large request: {} pixels, the maximum is {}; use a larger pixel_size.".format(
                width * height, MAX_ZONAL_PIXELS))
        xs, ys = self._centres(local, srs, minx, maxy, pixel, width, height)
        rows = [self._row(step, _statistic(statistic, pixel_values(xs, ys, step).astype(numpy.float64)))
                for step in steps]
        if temporal and raster["temporal"]:
            values = numpy.array([row["value"] for row in rows if row["value"] is not None])
            rows = [{"value": _statistic(temporal, values)}]
        return json_response(200, {"results": rows})

    @staticmethod
    def _centres(polygon, srs, minx, maxy, pixel, width, height):
        """World coordinates of the pixel centres inside ``polygon`` (GDAL's rasterize, centre rule)."""
        target = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
        target.SetGeoTransform((minx, pixel, 0.0, maxy, 0.0, -pixel))
        target.SetProjection(srs.ExportToWkt())
        source = ogr.GetDriverByName("Memory").CreateDataSource("zone")
        layer = source.CreateLayer("zone", srs)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
        gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
        rows, cols = numpy.nonzero(target.GetRasterBand(1).ReadAsArray())
        return minx + (cols + 0.5) * pixel, maxy - (rows + 0.5) * pixel
