"""Lizard rasters as local GeoTIFFs (or VRTs): plan a download, then run it with progress and cancel.

GUI-free (QGIS core + GDAL), so it runs in a ``QgsTask``, a Processing algorithm or ``qgis_process``::

    plan = plan_download(client, raster_uuid, "/data/out.tif", Area.from_extent(rect, crs),
                         crs="EPSG:28992", pixel_size=0.5, nodata=-9999, time=t0, time_end=t1)
    plan.run(client, progress=lambda fraction, message: ..., cancel=feedback)   # -> list of paths

**Planning** (:func:`plan_download`, :func:`plan_per_feature`) asks Lizard for the raster (and its
``/timesteps/`` when temporal) and decides everything before a pixel is fetched: the target CRS (any CRS
with an EPSG code; default the raster's ``projection``), the pixel size (default the raster's native one,
converted when the CRS differs by transforming a one-pixel segment at the area's centre), one pixel grid
(anchored on the raster's origin in its own CRS at its own size, else on multiples of the pixel size), the
outputs (:class:`Item`: one per time step, and per feature with :func:`plan_per_feature`) and their tiles
(:class:`Tile`: never more than :data:`MAX_PIXELS` pixels per request, at most :data:`TILE_PIXELS` for
concurrency, all cut from that one grid so they join without a seam).

**Running** (:meth:`Plan.run`) fetches ``/rasters/<uuid>/data/?format=geotiff&bbox=..&width=..&height=..
&projection=EPSG:..[&start=..][&async=true]`` for every tile with :data:`CONCURRENCY` requests in flight,
each streamed to disk (``LizardClient.download``). An answer that is a task (JSON) is followed to its end
(``core.server_tasks.follow_task``) and its ``result`` URL downloaded; the key goes only to the portal's own
origin, never to the host of a result URL. Each tile is written into its output GeoTIFF (tiled, DEFLATE with
a predictor, the plan's NODATA; the tile's own NODATA mapped to it) as soon as it arrives, in the caller's
thread while the other tiles download, and its file deleted; or, for a ``.vrt`` output, the tiles are kept
(``<name>_tiles/`` beside the ``.vrt``) with a VRT over them. With a polygon the output is clipped to it
(pixels whose centre is outside are NODATA; the grid is kept, not cropped). Outputs are written under
hidden temporary names in the target folder (``core.partial``) and renamed into place at the end: a cancel
or failure leaves no partial file and no tiles, and what a killed QGIS left is removed by the next run.
All GDAL work happens in the caller's thread; the workers only download.

Output names: ``output`` ending in ``.tif``/``.tiff`` is the GeoTIFF, ``.vrt`` a VRT over the tiles;
anything else is a folder (created when missing) that gets ``<raster name>.tif`` (``.vrt`` with
``vrt=True``). Several outputs (time steps, features) are ``<base>[_<feature>][_<YYYYMMDDTHHMMSSZ>].tif``
where ``<base>`` is the file's stem, or nothing for a folder with features, or the raster's name.

**Resumable queue**: each output is an :class:`Item` with a ``status``. Running a plan again (or a new plan
for the same outputs) skips every item whose final file already exists (status ``SKIPPED``): after a
cancel or failure, run again to fetch only what is missing. ``overwrite=True`` fetches everything again.
Cancelling keeps outputs that were complete and deletes everything partial.

Progress ``progress(fraction, message)`` (overall, 0..1) and ``item_progress(item, fraction)`` (per file)
and ``on_item(item)`` (an item changed status) are all called in the thread that called ``run``.
Cancel: ``None``, a callable, or an object with ``isCanceled()`` / ``is_set()``. Every error is a
:class:`~core.errors.LizardError` with one sentence.
"""

import json
import math
import os
import re
import threading
import unicodedata
import uuid
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from osgeo import gdal, gdal_array, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

from .. import areas, errors, outputs, partial, server_tasks
from ..client import cancel_check
from ..i18n import tr
from ..log import get_logger
from ..times import compact_utc, from_ms, iso_utc_ms, to_ms
from .geotiff import quiet_gdal, releases_gdal

log = get_logger("download")

MAX_PIXELS = 100_000_000  # Lizard refuses a /data/ request above this many pixels
TILE_PIXELS = 4096 * 4096  # tiles are cut smaller than MAX_PIXELS so several can be fetched at once
CONCURRENCY = 4
DEFAULT_NODATA = -9999.0
BLOCK = 256  # the GeoTIFF's block size (GDAL's default for TILED=YES)
# DEFLATE level 3: about twice as fast as the default 6 for a few percent more bytes; PREDICTOR (3 for
# floating point, 2 for integers) is added per data type and makes both smaller and faster.
CREATION_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=3",
                    "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
TIFF_MAGIC = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")

PENDING, RUNNING, DONE, SKIPPED, FAILED, CANCELLED = "pending", "running", "done", "skipped", "failed", "cancelled"


class DownloadError(errors.LizardError):
    """A download cannot be planned or written as asked; the sentence says why."""


# ------------------------------------------------------------------------------------------------- area


def _crs(value):
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value
    crs = QgsCoordinateReferenceSystem(str(value))
    return crs


def _extent_rectangle(extent):
    """(rectangle, crs) of an extent :class:`Area` (its bounding box when it is a polygon), or (None, None)."""
    if extent is None:
        return None, None
    if extent.rectangle is not None:
        return extent.rectangle, extent.crs
    return extent.geometry.boundingBox(), extent.crs


def _transform(source, target, context):
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
        self.crs = _crs(crs)
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
        rectangle, rectangle_crs = _extent_rectangle(extent)
        geometry = areas.mask_in_extent(geometries, _crs(crs), rectangle, rectangle_crs, transform_context)
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
                if geometry.transform(_transform(self.crs, target, self.transform_context)) != 0:
                    raise DownloadError(tr("The area cannot be converted to {crs}.").format(crs=target.authid()))
            return geometry.boundingBox(), geometry
        if same:
            return QgsRectangle(self.rectangle), None
        try:
            return _transform(self.crs, target, self.transform_context).transformBoundingBox(self.rectangle), None
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


class Plan:
    """What :func:`plan_download` decided: ``raster`` (Lizard's JSON), ``crs`` (authid), ``pixel_size``
    (x, y), ``nodata``, ``items`` (one per output file), ``notes`` (sentences for the user)."""

    def __init__(self, raster, crs, pixel_size, nodata, items, use_async=True, notes=None):
        self.raster = raster
        self.crs = crs
        self.pixel_size = pixel_size
        self.nodata = nodata
        self.items = items
        self.use_async = use_async
        self.notes = list(notes or [])

    @property
    def uuid(self):
        return self.raster["uuid"]

    @property
    def paths(self):
        return [item.path for item in self.items]

    @property
    def tile_count(self):
        return sum(len(item.tiles) for item in self.items)

    @property
    def pixel_count(self):
        """Pixels of all outputs together (4 bytes each for float32 data, before compression): for a
        dialog to say how big the download is before it starts."""
        return sum(item.pixels for item in self.items)

    def tile_params(self, item, tile):
        """The query of one tile's request (without ``async``)."""
        params = {
            "format": "geotiff",
            "bbox": ",".join(repr(float(v)) for v in tile.bbox),
            "width": tile.width,
            "height": tile.height,
            "projection": self.crs,
        }
        if item.step_ms is not None:
            params["start"] = iso_utc_ms(item.step_ms)
        return params

    def tile_urls(self, client):
        """Every tile's request URL (synchronous), in order: for a benchmark or a log."""
        endpoint = data_endpoint(self.uuid)
        return [client.url(endpoint, self.tile_params(item, tile)) for item in self.items for tile in item.tiles]

    def run(self, client, *, progress=None, item_progress=None, on_item=None, cancel=None,
            concurrency=CONCURRENCY, stop_on_error=True, overwrite=False, poll=None):
        """Fetch, join and write every pending item; returns the paths of the items that are done or
        skipped. ``stop_on_error`` (default) stops at the first failure and raises it; otherwise the other
        items go on and a :class:`DownloadError` naming how many failed is raised at the end (each failed
        item keeps its ``error``). ``poll``: keyword arguments for ``follow_task`` (``first``, ``factor``,
        ``maximum``, ``deadline``). Raises :class:`~core.errors.CancelledError` when cancelled.
        """
        return _Runner(self, client, progress, item_progress, on_item, cancel, concurrency, stop_on_error,
                       overwrite, poll or {}).run()


# ------------------------------------------------------------------------------------------ helpers


def data_endpoint(raster_uuid):
    return "rasters/{}/data/".format(raster_uuid)


def sanitise_name(text, fallback="raster"):
    """A file name part: letters, digits, ``-``, ``_`` and ``.``; accents dropped; at most 100 characters."""
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._-")[:100].strip("._-")
    return text or fallback


def unique_names(names):
    """The names with ``_2``, ``_3``... added to repeats (case-insensitively, as file systems may be)."""
    seen, result = set(), []
    for name in names:
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            candidate = "{}_{}".format(name, n)
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def _epsg_authid(crs):
    """``EPSG:nnnn`` of a QgsCoordinateReferenceSystem, or None."""
    authid = crs.authid() if crs.isValid() else ""
    if authid.upper().startswith("EPSG:"):
        return authid.upper()
    if crs.isValid():
        srs = osr.SpatialReference()
        if srs.ImportFromWkt(crs.toWkt()) == 0:
            with quiet_gdal():
                srs.AutoIdentifyEPSG()
            if srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None):
                return "EPSG:" + srs.GetAuthorityCode(None)
    return None


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


# ------------------------------------------------------------------------------------------ planning


def fetch_raster(client, raster, cancel=None):
    """The raster layer's JSON (``raster`` may already be it, or a UUID); a clear error for a 404."""
    if isinstance(raster, dict):
        return raster
    key = str(raster or "").strip()
    if not key:
        raise DownloadError(tr("No raster was given; give the UUID of a Lizard raster layer."))
    try:
        return client.get("rasters/{}/".format(key), cancel=cancel)
    except errors.NotFoundError as exc:
        raise errors.NotFoundError(
            tr("Lizard has no raster {uuid}, or your key may not read it.").format(uuid=key),
            status=exc.status, url=exc.url, details=exc.details) from None


def fetch_steps(client, raster_uuid, cancel=None):
    """Epoch milliseconds of a raster's time steps (``/rasters/<uuid>/timesteps/``), sorted."""
    answer = client.get("rasters/{}/timesteps/".format(raster_uuid), cancel=cancel)
    steps = answer.get("steps") if isinstance(answer, dict) else answer
    if not isinstance(steps, list):
        raise errors.InvalidResponseError(tr("Lizard's answer about the time steps is not a list of steps."),
                                          details=repr(answer)[:500])
    return sorted({int(step) for step in steps})


def select_steps(steps, time=None, time_end=None):
    """The steps to fetch: with ``time_end`` every step from ``time`` (or the first) to ``time_end``; with
    ``time`` alone the step nearest to it (the earlier one on a tie); with neither the last step."""
    if not steps:
        return []
    start, end = to_ms(time), to_ms(time_end)
    if end is not None:
        return [step for step in steps if (start is None or step >= start) and step <= end]
    if start is None:
        return [steps[-1]]
    return [min(steps, key=lambda step: (abs(step - start), step))]


def _native_pixel_size(raster):
    x, y = _number(raster.get("pixelsize_x")), _number(raster.get("pixelsize_y"))
    if not x or not y:
        return None
    return abs(x), abs(y)


def _convert_pixel_size(size, source, target, centre, context):
    """A pixel of ``size`` at ``centre`` (in ``source``) measured in ``target``: a one-pixel segment along
    each axis, transformed (with the transform ``context``)."""
    transform = _transform(source, target, context)
    try:
        origin = transform.transform(centre)
        along_x = transform.transform(QgsPointXY(centre.x() + size[0], centre.y()))
        along_y = transform.transform(QgsPointXY(centre.x(), centre.y() + size[1]))
    except Exception as exc:  # QgsCsException
        raise DownloadError(tr("The pixel size cannot be converted to {crs}.").format(crs=target.authid()),
                            details=str(exc)) from None
    x = math.hypot(along_x.x() - origin.x(), along_x.y() - origin.y())
    y = math.hypot(along_y.x() - origin.x(), along_y.y() - origin.y())
    if not (x > 0 and y > 0):
        raise DownloadError(tr("The pixel size cannot be converted to {crs}.").format(crs=target.authid()))
    return _round_significant(x), _round_significant(y)


def _round_significant(value, digits=8):
    return float("{:.{}g}".format(value, digits))


class _Settings:
    """What every output of one plan shares."""

    def __init__(self, raster, target, authid, res, anchor, nodata, steps, notes):
        self.raster, self.target, self.authid, self.res, self.anchor = raster, target, authid, res, anchor
        self.nodata, self.steps, self.notes = nodata, steps, notes


def _settings(client, raster, areas, crs, pixel_size, nodata, time, time_end, cancel):
    notes = []
    raster = fetch_raster(client, raster, cancel)
    name = raster.get("name") or raster.get("uuid")
    native_authid = raster.get("projection")
    native = _crs(native_authid) if native_authid else None
    target = _crs(crs) if crs not in (None, "") else native
    if target is None or not target.isValid():
        if crs not in (None, ""):
            raise DownloadError(tr("{crs} is not a coordinate reference system.").format(crs=crs))
        raise DownloadError(tr("The raster {name} has no projection in Lizard; choose a CRS.").format(name=name))
    authid = _epsg_authid(target)
    if authid is None:
        raise DownloadError(tr(
            "The CRS {crs} has no EPSG code, which Lizard needs; choose a CRS with an EPSG code, for example "
            "EPSG:28992.").format(crs=target.description() or target.toProj()))
    target = _crs(authid)

    # Pixel size: given (in the target CRS's units), or the raster's, converted when the CRS differs.
    native_size = _native_pixel_size(raster)
    same_crs = native is not None and native.isValid() and _epsg_authid(native) == authid
    if pixel_size not in (None, "", 0):
        if isinstance(pixel_size, (tuple, list)):
            res = (abs(float(pixel_size[0])), abs(float(pixel_size[1])))
        else:
            res = (abs(float(pixel_size)),) * 2
        if not (res[0] > 0 and res[1] > 0 and all(math.isfinite(v) for v in res)):
            raise DownloadError(tr("The pixel size must be a positive number."))
    elif native_size is None:
        raise DownloadError(tr("The raster {name} has no pixel size in Lizard; give a pixel size.").format(
            name=name))
    elif same_crs:
        res = native_size
    else:
        if native is None or not native.isValid():
            raise DownloadError(tr(
                "The raster {name} has no projection in Lizard, so its pixel size cannot be converted; give a "
                "pixel size.").format(name=name))
        boxes = [area.in_crs(native)[0] for area in areas]
        centre = _union_rect(boxes).center()
        res = _convert_pixel_size(native_size, native, target, centre, areas[0].transform_context)
        notes.append(tr("The pixel size {x} x {y} in {crs} matches the raster's own at the area's centre.").format(
            x=res[0], y=res[1], crs=authid))

    anchor = (0.0, 0.0)
    if same_crs and res == native_size:
        ox, oy = _number(raster.get("origin_x")), _number(raster.get("origin_y"))
        if ox is not None and oy is not None:
            anchor = (ox, oy)

    if nodata in (None, ""):
        nodata = _number(raster.get("fill_value"))
        nodata = DEFAULT_NODATA if nodata is None else nodata
    else:
        nodata = float(nodata)

    steps = [None]
    if raster.get("temporal"):
        all_steps = fetch_steps(client, raster["uuid"], cancel)
        steps = select_steps(all_steps, time, time_end)
        if not all_steps:
            raise DownloadError(tr("The raster {name} has no time steps yet: it holds no data.").format(name=name))
        if not steps:
            raise DownloadError(tr("The raster {name} has no time step between {start} and {end}.").format(
                name=name, start=iso_utc_ms(to_ms(time)) if time is not None else "-", end=iso_utc_ms(to_ms(time_end))))
        if time is None and time_end is None:
            notes.append(tr("No time was given: the last time step, {time}, is downloaded.").format(
                time=iso_utc_ms(steps[0])))
    elif time is not None or time_end is not None:
        notes.append(tr("The raster {name} is not temporal: the time is ignored.").format(name=name))
    return _Settings(raster, target, authid, res, anchor, nodata, steps, notes)


def _union_rect(rects):
    box = QgsRectangle(rects[0])
    for rect in rects[1:]:
        box.combineExtentWith(rect)
    return box


def _raster_area(raster):
    bounds = raster.get("spatial_bounds")
    if not bounds:
        raise DownloadError(tr("The raster {name} has no extent in Lizard; give an area.").format(
            name=raster.get("name") or raster.get("uuid")))
    return Area.from_extent(QgsRectangle(bounds["west"], bounds["south"], bounds["east"], bounds["north"]),
                            "EPSG:4326")


def _make_items(settings, named_areas, output, vrt, several_features):
    folder, stem, extension = outputs.download_layout(output, vrt)
    vrt = extension == ".vrt"
    raster_name = sanitise_name(settings.raster.get("name"), "raster")
    several_steps = len(settings.steps) > 1
    names = []
    for feature_name, _area in named_areas:
        for step in settings.steps:
            parts = []
            if stem is not None:
                parts.append(stem)
            elif not several_features:
                parts.append(raster_name)
            if several_features:
                parts.append(feature_name)
            if step is not None and (several_steps or stem is None):
                parts.append(compact_utc(from_ms(step)))
            names.append("_".join(parts))
    if stem is not None and not several_steps and not several_features:
        names = [stem]
    names = unique_names(names)
    items = []
    index = 0
    for feature_name, area in named_areas:
        bbox, geometry = area.in_crs(settings.target)
        if not (bbox.width() > 0 and bbox.height() > 0):
            raise DownloadError(tr("The area is empty."))
        grid = Grid.covering(settings.authid, settings.anchor, settings.res, bbox)
        clip_wkt = geometry.asWkt() if geometry is not None else None
        for step in settings.steps:
            name = names[index]
            index += 1
            item = Item(name, os.path.join(folder, name + extension), grid, step, clip_wkt, vrt, feature_name)
            tile_w, tile_h = tile_shape(grid.width, grid.height)
            for row in range(0, grid.height, tile_h):
                for col in range(0, grid.width, tile_w):
                    width, height = min(tile_w, grid.width - col), min(tile_h, grid.height - row)
                    item.tiles.append(Tile(len(item.tiles), col, row, width, height,
                                           grid.bbox(col, row, col + width, row + height)))
            items.append(item)
    return items


@releases_gdal
def plan_download(client, raster, output, area=None, *, crs=None, pixel_size=None, nodata=None, time=None,
                  time_end=None, vrt=False, use_async=True, cancel=None):
    """Plan the download of ``raster`` (UUID or Lizard's JSON of a raster layer) for ``area`` (an
    :class:`Area`; default the raster's whole extent) into ``output`` (see the module docstring for names).

    ``crs``: the target CRS (authid or QgsCoordinateReferenceSystem with an EPSG code; default the raster's
    ``projection``); ``pixel_size``: a number or (x, y) in the target CRS's units (default the raster's own,
    converted); ``nodata`` (default the raster's ``fill_value``, else -9999); ``time``/``time_end`` (datetime,
    QDateTime, epoch ms or ISO text) pick time steps of a temporal raster (see :func:`select_steps`);
    ``vrt``: keep the tiles with a VRT over them instead of joining them (also chosen by a ``.vrt`` output);
    ``use_async``: ask ``async=true`` (the answer may then be a task that is followed). Returns a :class:`Plan`.
    """
    raster = fetch_raster(client, raster, cancel)
    area = area if area is not None else _raster_area(raster)
    settings = _settings(client, raster, [area], crs, pixel_size, nodata, time, time_end, cancel)
    items = _make_items(settings, [("", area)], output, vrt, several_features=False)
    return Plan(settings.raster, settings.authid, settings.res, settings.nodata, items, use_async, settings.notes)


@releases_gdal
def plan_per_feature(client, raster, features, name_field, output, features_crs, *, extent=None, crs=None,
                     pixel_size=None, nodata=None, time=None, time_end=None, vrt=False, use_async=True,
                     cancel=None, transform_context=None):
    """Like :func:`plan_download` with one output per feature (``QgsFeature`` with a polygon, in
    ``features_crs``), each clipped to its polygon and named from the field ``name_field`` (sanitised; made
    unique with ``_2``, ``_3``...; ``feature_<id>`` when empty). ``extent`` (an :class:`Area`) limits every
    feature to it. ``output`` is a folder (or a file whose stem prefixes the names). ``transform_context``:
    see :class:`Area` (default: the extent's)."""
    features_crs = _crs(features_crs)
    if transform_context is None and extent is not None:
        transform_context = extent.transform_context
    named = []
    rectangle, rectangle_crs = _extent_rectangle(extent)
    for feature in features:
        if not feature.hasGeometry():
            continue
        geometry = areas.clip_to_extent(feature.geometry(), features_crs, rectangle, rectangle_crs,
                                        transform_context)
        if geometry.isEmpty() or geometry.area() <= 0:  # outside the extent, or not a polygon
            continue
        value = None
        if name_field:
            index = feature.fields().indexOf(name_field)
            if index < 0:
                raise DownloadError(tr("The layer has no field {field}.").format(field=name_field))
            value = feature.attribute(index)
        if value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() == "":
            name = "feature_{}".format(feature.id())
        else:
            name = sanitise_name(value, "feature_{}".format(feature.id()))
        named.append((name, Area.from_geometry(geometry, features_crs, transform_context)))
    if not named:
        raise DownloadError(tr("There are no features with a geometry in the area."))
    names = unique_names([name for name, _area in named])
    named = [(name, area) for name, (_old, area) in zip(names, named)]
    settings = _settings(client, raster, [area for _name, area in named], crs, pixel_size, nodata, time,
                         time_end, cancel)
    items = _make_items(settings, named, output, vrt, several_features=True)
    return Plan(settings.raster, settings.authid, settings.res, settings.nodata, items, use_async, settings.notes)


# ------------------------------------------------------------------------------------------- running


def _sniff(path):
    with open(path, "rb") as handle:
        head = handle.read(64)
    if head[:4] in TIFF_MAGIC:
        return "tiff"
    if head.lstrip()[:1] in (b"{", b"["):
        return "json"
    return "other"


class _Runner:
    def __init__(self, plan, client, progress, item_progress, on_item, cancel, concurrency, stop_on_error,
                 overwrite, poll):
        self.plan, self.client = plan, client
        self.progress_cb, self.item_progress_cb, self.on_item_cb = progress, item_progress, on_item
        self.user_cancelled = cancel_check(cancel)
        self.concurrency = max(1, int(concurrency))
        self.stop_on_error, self.overwrite, self.poll = stop_on_error, overwrite, poll
        self.abort = threading.Event()
        self.lock = threading.Lock()
        self.message = ""
        self.writers = {}
        self.trash = []  # folders of failed items: deleted again once every worker has stopped

    # ------------------------------------------------------------------ callbacks (caller's thread only)

    def _cancelled(self):
        return self.abort.is_set() or self.user_cancelled()

    def _report(self, message=None):
        if message is not None:
            self.message = message
        items = self.plan.items
        for item in items:
            if item.status in (DONE, SKIPPED):
                item.fraction = 1.0
            elif item.tiles and item.status == RUNNING:
                with self.lock:
                    fetched = sum(t.fraction * t.pixels for t in item.tiles) / float(item.pixels or 1)
                item.fraction = min(0.9 * fetched, 0.9)
            if self.item_progress_cb is not None:
                self.item_progress_cb(item, item.fraction)
        total = sum(item.pixels for item in items) or 1
        fraction = sum(item.fraction * item.pixels for item in items) / float(total)
        if self.progress_cb is not None:
            self.progress_cb(min(1.0, fraction), self.message)

    def _changed(self, item):
        if self.on_item_cb is not None:
            self.on_item_cb(item)

    # ------------------------------------------------------------------ the queue

    @releases_gdal
    def run(self):
        plan = self.plan
        todo = []
        for item in plan.items:
            item.error = None
            partial.clean_leftovers(item.path)  # hidden partial files of a run that was killed
            if not self.overwrite and outputs.already_there(item.path):
                item.status, item.fraction = SKIPPED, 1.0
                log.info("Already there, skipped: %s", item.path)
                self._changed(item)
                continue
            folder = os.path.dirname(item.path)
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                raise DownloadError(tr("The folder {folder} cannot be created.").format(folder=folder),
                                    details=str(exc)) from None
            item.status, item.fraction = PENDING, 0.0
            for tile in item.tiles:
                tile.status, tile.fraction, tile.path = PENDING, 0.0, None
            todo.append(item)
        if not todo:
            self._report(tr("Every file is already there."))
            return [item.path for item in plan.items if item.status in (DONE, SKIPPED)]
        failures = []
        try:
            self._run_items(todo, failures)
        except BaseException:
            self.abort.set()
            for item in todo:
                if item.status not in (DONE, FAILED):
                    item.status = CANCELLED
                self._cleanup(item)
            raise
        if failures:
            first = failures[0]
            if len(failures) == 1 and len(todo) == 1:
                raise first.error
            raise DownloadError(tr("{failed} of {count} files could not be downloaded; the first: {reason}").format(
                failed=len(failures), count=len(todo), reason=str(first.error)), details=first.error.details)
        self._report(tr("Done."))
        return [item.path for item in plan.items if item.status in (DONE, SKIPPED)]

    def _run_items(self, todo, failures):
        pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="lizard-download")
        futures = {}
        try:
            for item in todo:
                item.workdir = partial.temp_dir(item.path)
                for tile in item.tiles:
                    futures[pool.submit(self._fetch, item, tile)] = (item, tile)
            remaining = {item: len(item.tiles) for item in todo}
            pending = set(futures)
            self._report(tr("Downloading {count} file(s) in {tiles} tile(s).").format(
                count=len(todo), tiles=len(futures)))
            while pending:
                done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if self.user_cancelled():
                    raise errors.CancelledError()
                for future in done:
                    item, tile = futures[future]
                    if future.cancelled():
                        continue
                    error = future.exception()
                    if item.status == FAILED:
                        continue
                    if error is not None:
                        if isinstance(error, errors.CancelledError) and self._cancelled():
                            raise errors.CancelledError()
                        if not isinstance(error, errors.LizardError):
                            error = DownloadError(tr("Downloading {name} failed: {error}").format(
                                name=item.name, error=error), details=repr(error))
                        self._fail(item, error, failures)
                        for other, (other_item, _tile) in futures.items():
                            if other_item is item:
                                other.cancel()
                        if self.stop_on_error:
                            raise error
                        continue
                    remaining[item] -= 1
                    try:
                        if not item.vrt:
                            self._writer(item).add(tile)
                        if remaining[item] == 0:
                            self._finish(item)
                    except errors.CancelledError:
                        raise
                    except errors.LizardError as exc:
                        self._fail(item, exc, failures)
                        if self.stop_on_error:
                            raise
                self._report()
        finally:
            if pending_futures := [f for f in futures if not f.done()]:
                self.abort.set()
                for future in pending_futures:
                    future.cancel()
            pool.shutdown(wait=True)
            for folder in self.trash:  # a worker may have written there after the folder was deleted
                partial.remove(folder)

    def _fail(self, item, error, failures):
        item.status, item.error = FAILED, error
        log.warning("Download of %s failed: %s", item.path, error.log_text() if hasattr(error, "log_text") else error)
        failures.append(item)
        self._cleanup(item)
        self._changed(item)

    def _cleanup(self, item):
        """Deletes an unfinished item's tiles and temporary files (its final file is written last)."""
        writer = self.writers.pop(item, None)
        if writer is not None:
            writer.discard()
        if item.workdir:
            self.trash.append(item.workdir)
        partial.remove(item.workdir)
        item.workdir = None

    def _writer(self, item):
        writer = self.writers.get(item)
        if writer is None:
            writer = self.writers[item] = _TifWriter(item, self.plan.crs, self.plan.nodata)
        return writer

    # ------------------------------------------------------------------ one tile (worker threads)

    def _fetch(self, item, tile):
        def cancelled():
            return self._cancelled() or item.status == FAILED

        if cancelled():
            raise errors.CancelledError()
        if item.status == PENDING:
            item.status = RUNNING
        path = os.path.join(item.workdir, "tile_{:05d}.tif".format(tile.index))
        tile.status = RUNNING

        def progress(done, total):
            if total:
                with self.lock:
                    tile.fraction = min(1.0, done / float(total))

        params = self.plan.tile_params(item, tile)
        if self.plan.use_async:
            params["async"] = "true"
        self.client.download(data_endpoint(self.plan.uuid), path, params, progress=progress, cancel=cancelled)
        kind = _sniff(path)
        if kind == "json":
            with open(path, "rb") as handle:
                try:
                    answer = json.loads(handle.read(1024 * 1024).decode("utf-8"))
                except ValueError:
                    answer = None
            url = server_tasks.task_url(answer, self.client)
            task = server_tasks.follow_task(self.client, url, cancel=cancelled, **self.poll)
            result = task.get("result")
            if isinstance(result, dict):
                result = result.get("url") or result.get("result")
            if not isinstance(result, str) or not result.strip():
                raise errors.InvalidResponseError(
                    tr("Lizard finished the download task but did not say where the file is."),
                    details=repr(task)[:500], url=url)
            self.client.download(result.strip(), path, progress=progress, cancel=cancelled)
            kind = _sniff(path)
        if kind != "tiff":
            raise errors.InvalidResponseError(
                tr("Lizard answered with something that is not a GeoTIFF for {name}.").format(name=item.name))
        with self.lock:
            tile.fraction = 1.0
            tile.path = path
            tile.status = DONE
        return path

    # ------------------------------------------------------------------ joining (caller's thread)

    def _finish(self, item):
        self._report(tr("Writing {name}…").format(name=os.path.basename(item.path)))
        if item.vrt:
            self._write_vrt(item)
        else:
            self._write_tif(item)
        item.status, item.fraction = DONE, 1.0
        log.info("Downloaded %s", item.path)
        self._changed(item)

    def _source_nodata(self, item):
        with quiet_gdal():
            dataset = gdal.Open(item.tiles[0].path)
        if dataset is None:
            raise DownloadError(tr("GDAL cannot read the tile Lizard sent for {name}.").format(name=item.name),
                                details=gdal.GetLastErrorMsg())
        value = dataset.GetRasterBand(1).GetNoDataValue()
        dataset = None
        return self.plan.nodata if value is None else value

    def _mosaic(self, item, path):
        src = self._source_nodata(item)
        with quiet_gdal():
            options = gdal.BuildVRTOptions(srcNodata=src, VRTNodata=self.plan.nodata)
            mosaic = gdal.BuildVRT(path, [tile.path for tile in item.tiles], options=options)
            if mosaic is not None:
                mosaic.FlushCache()
        if mosaic is None:
            raise DownloadError(tr("The tiles of {name} cannot be joined.").format(name=item.name),
                                details=gdal.GetLastErrorMsg())
        return mosaic

    def _cutline(self, item):
        path = "/vsimem/lizard_cutline_{}.gpkg".format(uuid.uuid4().hex)
        srs = osr.SpatialReference()
        srs.SetFromUserInput(self.plan.crs)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        driver = ogr.GetDriverByName("GPKG")
        with quiet_gdal():
            source = driver.CreateDataSource(path)
            layer = source.CreateLayer("cutline", srs, ogr.wkbMultiPolygon)
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(item.clip_wkt)))
            layer.CreateFeature(feature)
            feature = layer = None
            source = None
        return path

    def _warp(self, item, destination, mosaic, fmt, creation_options, callback):
        cutline = self._cutline(item)
        grid = item.grid
        try:
            with quiet_gdal():
                options = gdal.WarpOptions(
                    format=fmt, cutlineDSName=cutline, cutlineLayer="cutline", cropToCutline=False,
                    outputBounds=grid.bbox(), width=grid.width, height=grid.height, dstSRS=self.plan.crs,
                    srcNodata=self.plan.nodata, dstNodata=self.plan.nodata,
                    creationOptions=creation_options, multithread=True, warpOptions=["NUM_THREADS=ALL_CPUS"],
                    callback=callback)
                result = gdal.Warp(destination, mosaic, options=options)
                if result is not None:
                    result.FlushCache()
                ok = result is not None
                result = None
        finally:
            gdal.Unlink(cutline)
        return ok

    def _write_tif(self, item):
        writer = self.writers.pop(item)
        try:
            writer.commit()
        except BaseException:
            writer.discard()
            raise
        self._cleanup(item)

    def _write_vrt(self, item):
        tiles_dir = item.tiles_dir
        partial.remove(tiles_dir)  # left by an earlier run that did not finish its VRT
        os.replace(item.workdir, tiles_dir)
        item.workdir = tiles_dir  # deleted with the item if anything below fails
        for tile in item.tiles:
            tile.path = os.path.join(tiles_dir, os.path.basename(tile.path))
        temp = partial.temp_file(item.path, ".vrt")
        try:
            if item.clip_wkt:
                mosaic = self._mosaic(item, os.path.join(tiles_dir, "mosaic.vrt"))
                ok = self._warp(item, temp, mosaic, "VRT", [], None)
                mosaic = None
            else:
                mosaic = self._mosaic(item, temp)
                ok = mosaic is not None
                mosaic = None
            if not ok:
                raise DownloadError(tr("{path} cannot be written.").format(path=item.path),
                                    details=gdal.GetLastErrorMsg())
            os.replace(temp, item.path)
        except BaseException:
            partial.remove(temp)
            raise
        item.workdir = None  # the tiles stay: the VRT reads them


def _output_type(datatype, nodata):
    """The tiles' GDAL data type, or a wider one when ``nodata`` does not fit it (e.g. -9999 for Byte)."""
    import numpy

    numeric = gdal_array.GDALTypeCodeToNumericTypeCode(datatype)
    if numeric is None or numpy.issubdtype(numeric, numpy.floating):
        return datatype
    info = numpy.iinfo(numeric)
    if math.isfinite(nodata) and float(nodata).is_integer() and info.min <= nodata <= info.max:
        return datatype
    if math.isfinite(nodata) and float(nodata).is_integer() and -2 ** 31 <= nodata < 2 ** 31 and info.bits < 32:
        return gdal.GDT_Int32
    return gdal.GDT_Float64 if info.bits >= 32 else gdal.GDT_Float32


class _TifWriter:
    """An item's GeoTIFF, written tile by tile as the tiles arrive (in the caller's thread, while the other
    tiles download) under a temporary name: NODATA mapped to the plan's, pixels outside the polygon set
    to NODATA, each tile's file deleted once it is in. Tiles that are whole blocks are compressed at once."""

    def __init__(self, item, crs, nodata):
        self.item, self.crs, self.nodata = item, crs, nodata
        self.dataset = self.band = None
        self.temp = None
        self.clip = None
        self.datatype = None
        grid = item.grid
        self.flush_each = all(
            tile.col % BLOCK == 0 and tile.row % BLOCK == 0
            and (tile.width % BLOCK == 0 or tile.col + tile.width == grid.width)
            and (tile.height % BLOCK == 0 or tile.row + tile.height == grid.height)
            for tile in item.tiles)

    def _create(self, datatype):
        item = self.item
        self.temp = partial.temp_file(item.path, ".tif")
        floating = datatype in (gdal.GDT_Float32, gdal.GDT_Float64)
        options = CREATION_OPTIONS + ["PREDICTOR={}".format(3 if floating else 2)]
        srs = osr.SpatialReference()
        srs.SetFromUserInput(self.crs)
        with quiet_gdal():
            dataset = gdal.GetDriverByName("GTiff").Create(self.temp, item.grid.width, item.grid.height, 1,
                                                           datatype, options)
        if dataset is None:
            raise DownloadError(tr("{path} cannot be written.").format(path=item.path),
                                details=gdal.GetLastErrorMsg())
        dataset.SetGeoTransform(item.grid.geotransform)
        dataset.SetProjection(srs.ExportToWkt())
        self.dataset = dataset
        self.band = dataset.GetRasterBand(1)
        self.band.SetNoDataValue(self.nodata)

    def _outside(self, tile):
        """A boolean array: the tile's pixels whose centre is outside the item's polygon."""
        import numpy

        if self.clip is None:
            srs = osr.SpatialReference()
            srs.SetFromUserInput(self.crs)
            driver = ogr.GetDriverByName("Memory") or ogr.GetDriverByName("MEM")  # GDAL >= 3.11: MEM
            source = driver.CreateDataSource("clip")
            layer = source.CreateLayer("clip", srs, ogr.wkbMultiPolygon)
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(self.item.clip_wkt))
            layer.CreateFeature(feature)
            feature = None
            self.clip = (source, layer)
        grid = self.item.grid
        mask = gdal.GetDriverByName("MEM").Create("", tile.width, tile.height, 1, gdal.GDT_Byte)
        mask.SetGeoTransform((grid.x(tile.col), grid.res_x, 0.0, grid.y(tile.row), 0.0, -grid.res_y))
        gdal.RasterizeLayer(mask, [1], self.clip[1], burn_values=[1])
        outside = mask.GetRasterBand(1).ReadAsArray() == 0
        mask = None
        return numpy.asarray(outside)

    def add(self, tile):
        import numpy

        item = self.item
        with quiet_gdal():
            source = gdal.Open(tile.path)
        if source is None:
            raise DownloadError(tr("GDAL cannot read the tile Lizard sent for {name}.").format(name=item.name),
                                details=gdal.GetLastErrorMsg())
        size = (source.RasterXSize, source.RasterYSize)
        band = source.GetRasterBand(1)
        datatype, src_nodata = band.DataType, band.GetNoDataValue()
        data = band.ReadAsArray() if size == (tile.width, tile.height) else None
        band = source = None
        if data is None:
            raise DownloadError(tr("Lizard sent {got} pixels for a tile of {name} where {want} were asked.").format(
                got="{} x {}".format(*size), name=item.name, want="{} x {}".format(tile.width, tile.height)))
        if self.dataset is None:
            self.datatype = _output_type(datatype, self.nodata)
            self._create(self.datatype)
        if datatype != self.datatype:
            data = data.astype(gdal_array.GDALTypeCodeToNumericTypeCode(self.datatype))
        if src_nodata is not None and src_nodata != self.nodata:
            hole = numpy.isnan(data) if math.isnan(src_nodata) else data == src_nodata
            data[hole] = self.nodata
        if item.clip_wkt:
            data[self._outside(tile)] = self.nodata
        if self.band.WriteArray(data, tile.col, tile.row) != 0:
            raise DownloadError(tr("{path} cannot be written.").format(path=item.path),
                                details=gdal.GetLastErrorMsg())
        if self.flush_each:
            self.band.FlushCache()
        partial.remove(tile.path)

    def commit(self):
        """Closes the file and moves it into place."""
        if self.dataset is None:
            raise DownloadError(tr("{path} cannot be written.").format(path=self.item.path))
        self.band = None
        with quiet_gdal():
            self.dataset.FlushCache()
            failed = gdal.GetLastErrorType() >= gdal.CE_Failure
            message = gdal.GetLastErrorMsg()
        self.dataset = None
        self.clip = None
        if failed:
            raise DownloadError(tr("{path} cannot be written.").format(path=self.item.path), details=message)
        os.replace(self.temp, self.item.path)
        self.temp = None

    def discard(self):
        self.band = self.dataset = self.clip = None
        partial.remove(self.temp)
        self.temp = None
