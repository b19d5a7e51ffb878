"""What a raster download is made of: the :class:`Area` to cover, the pixel :class:`Grid` of an output,
the :class:`Tile` s it is fetched in (never more than :data:`MAX_PIXELS` pixels per request, at most
:data:`TILE_PIXELS` for concurrency) and the output :class:`Item` s with their statuses. Planned by
:mod:`core.rasters.download`, fetched and written by :mod:`core.rasters.download_run`.
"""

import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

from .. import areas, errors
from ..i18n import tr
from ..times import from_ms

MAX_PIXELS = 100_000_000  # Lizard refuses a /data/ request above this many pixels
TILE_PIXELS = 4096 * 4096  # tiles are cut smaller than MAX_PIXELS so several can be fetched at once
BLOCK = 256  # the GeoTIFF's block size (GDAL's default for TILED=YES)

PENDING, RUNNING, DONE, SKIPPED, FAILED, CANCELLED = "pending", "running", "done", "skipped", "failed", "cancelled"


class DownloadError(errors.LizardError):
    """A download cannot be planned or written as asked; the sentence says why."""


# ------------------------------------------------------------------------------------------------- area


def as_crs(value):
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value
    crs = QgsCoordinateReferenceSystem(str(value))
    return crs


def extent_rectangle(extent):
    """(rectangle, crs) of an extent :class:`Area` (its bounding box when it is a polygon), or (None, None)."""
    if extent is None:
        return None, None
    if extent.rectangle is not None:
        return extent.rectangle, extent.crs
    return extent.geometry.boundingBox(), extent.crs


def crs_transform(source, target, context):
    """A transform with ``context`` (the project's or Processing's, copied on the GUI thread): a worker
    thread never asks ``QgsProject.instance()``."""
    return QgsCoordinateTransform(source, target, context)


class Area:
    """What to download: a rectangle or a (multi)polygon, in a CRS (``QgsCoordinateReferenceSystem`` or
    an ``authid`` such as ``"EPSG:28992"``). With a polygon the output is clipped to it.
    ``transform_context``: the ``QgsCoordinateTransformContext`` for its transforms (give the project's, or
    the Processing context's; default: none, the plain PROJ transforms)."""

    def __init__(self, crs, rectangle=None, geometry=None, transform_context=None):
        if rectangle is None and geometry is None:
            raise ValueError("an Area needs a rectangle or a geometry")
        self.crs = as_crs(crs)
        self.rectangle = QgsRectangle(rectangle) if rectangle is not None else None
        self.geometry = QgsGeometry(geometry) if geometry is not None else None
        self.transform_context = QgsCoordinateTransformContext(transform_context) \
            if transform_context is not None else QgsCoordinateTransformContext()

    @classmethod
    def from_extent(cls, rectangle, crs, transform_context=None):
        return cls(crs, rectangle=rectangle, transform_context=transform_context)

    @classmethod
    def from_geometry(cls, geometry, crs, transform_context=None):
        return cls(crs, geometry=geometry, transform_context=transform_context)

    @classmethod
    def from_mask(cls, geometries, crs, extent=None, transform_context=None):
        """The union of ``geometries`` (polygons in ``crs``), limited to ``extent`` (an :class:`Area`) when
        given: :func:`core.areas.mask_in_extent`. ``transform_context``: see above (default: the extent's)."""
        if transform_context is None and extent is not None:
            transform_context = extent.transform_context
        rectangle, rectangle_crs = extent_rectangle(extent)
        geometry = areas.mask_in_extent(geometries, as_crs(crs), rectangle, rectangle_crs, transform_context)
        return cls(crs, geometry=geometry, transform_context=transform_context)

    def in_crs(self, target):
        """(bounding QgsRectangle, QgsGeometry or None) in ``target``."""
        same = not self.crs.isValid() or self.crs == target
        if self.geometry is not None:
            geometry = QgsGeometry(self.geometry)
            if not same:
                denser = geometry.densifyByCount(8)  # edges stay close to their true shape in the target CRS
                if denser is not None and not denser.isNull() and not denser.isEmpty():
                    geometry = denser
                if geometry.transform(crs_transform(self.crs, target, self.transform_context)) != 0:
                    raise DownloadError(tr("The area cannot be converted to {crs}.").format(crs=target.authid()))
            return geometry.boundingBox(), geometry
        if same:
            return QgsRectangle(self.rectangle), None
        try:
            return crs_transform(self.crs, target, self.transform_context).transformBoundingBox(self.rectangle), None
        except Exception as exc:  # QgsCsException
            raise DownloadError(tr("The area cannot be converted to {crs}.").format(crs=target.authid()),
                                details=str(exc)) from None


# ------------------------------------------------------------------------------------------------- grid


class Grid:
    """A pixel grid in one CRS: columns ``i0..i0+width``, rows from the top ``j_top`` downwards.

    Pixel column ``i`` spans ``x = anchor_x + i * res_x .. + res_x``; grid line ``j`` is at
    ``y = anchor_y + j * res_y``. Every coordinate is computed from integers, so tiles share exact edges.
    """

    def __init__(self, authid, anchor, res, i0, j_top, width, height):
        self.authid = authid
        self.anchor_x, self.anchor_y = anchor
        self.res_x, self.res_y = res
        self.i0, self.j_top, self.width, self.height = i0, j_top, width, height

    @classmethod
    def covering(cls, authid, anchor, res, rectangle):
        eps = 1e-6
        ax, ay = anchor
        rx, ry = res
        i0 = math.floor((rectangle.xMinimum() - ax) / rx + eps)
        i1 = math.ceil((rectangle.xMaximum() - ax) / rx - eps)
        j0 = math.floor((rectangle.yMinimum() - ay) / ry + eps)
        j1 = math.ceil((rectangle.yMaximum() - ay) / ry - eps)
        return cls(authid, anchor, res, i0, j1, max(1, i1 - i0), max(1, j1 - j0))

    def x(self, col):
        return self.anchor_x + (self.i0 + col) * self.res_x

    def y(self, row):
        return self.anchor_y + (self.j_top - row) * self.res_y

    def bbox(self, col0=0, row0=0, col1=None, row1=None):
        col1 = self.width if col1 is None else col1
        row1 = self.height if row1 is None else row1
        return (self.x(col0), self.y(row1), self.x(col1), self.y(row0))

    @property
    def geotransform(self):
        return (self.x(0), self.res_x, 0.0, self.y(0), 0.0, -self.res_y)

    @property
    def pixels(self):
        return self.width * self.height


def tile_shape(width, height, max_pixels=None, tile_pixels=None):
    """(tile width, tile height): tiles of at most min(MAX_PIXELS, TILE_PIXELS) pixels, about square, and
    (when the limit allows) multiples of the output's :data:`BLOCK` so each output block comes from one tile."""
    limit = max(1, int(min(MAX_PIXELS if max_pixels is None else max_pixels,
                           TILE_PIXELS if tile_pixels is None else tile_pixels)))
    if width * height <= limit:
        return width, height
    side = max(1, math.isqrt(limit))
    tile_w = min(width, side)
    if tile_w < width and tile_w >= BLOCK:
        tile_w -= tile_w % BLOCK
    tile_h = min(height, max(1, limit // tile_w))
    if tile_h < height and tile_h >= BLOCK:
        tile_h -= tile_h % BLOCK
    return tile_w, tile_h


# ------------------------------------------------------------------------------------------- the plan


class Tile:
    """One request: a window of an item's grid."""

    __slots__ = ("index", "col", "row", "width", "height", "bbox", "path", "fraction", "status")

    def __init__(self, index, col, row, width, height, bbox):
        self.index, self.col, self.row, self.width, self.height, self.bbox = index, col, row, width, height, bbox
        self.path = None
        self.fraction = 0.0
        self.status = PENDING

    @property
    def pixels(self):
        return self.width * self.height


class Item:
    """One output file of a plan. ``status``: pending, running, done, skipped, failed or cancelled;
    ``error`` the LizardError of a failed item; ``fraction`` its progress (0..1)."""

    def __init__(self, name, path, grid, step_ms=None, clip_wkt=None, vrt=False, label=""):
        self.name = name
        self.path = path
        self.grid = grid
        self.step_ms = step_ms
        self.clip_wkt = clip_wkt
        self.vrt = vrt
        self.label = label
        self.status = PENDING
        self.error = None
        self.fraction = 0.0
        self.tiles = []
        self.workdir = None

    @property
    def step(self):
        """The time step as an aware UTC datetime, or None."""
        return None if self.step_ms is None else from_ms(self.step_ms)

    @property
    def tiles_dir(self):
        """Where a VRT output keeps its tiles."""
        return os.path.splitext(self.path)[0] + "_tiles"

    @property
    def pixels(self):
        return self.grid.pixels

    def __repr__(self):
        return "Item({!r}, {}, {} tiles)".format(self.path, self.status, len(self.tiles))


def data_endpoint(raster_uuid):
    return "rasters/{}/data/".format(raster_uuid)
