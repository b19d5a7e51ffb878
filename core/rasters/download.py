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

import math
import os
import re
import unicodedata

from osgeo import osr
from qgis.core import (
    QgsPointXY,
    QgsRectangle,
)

from .. import areas, errors, outputs
from ..gdal_errors import quiet_gdal, releases_gdal
from ..i18n import tr
from ..times import compact_utc, from_ms, iso_utc_ms, to_ms
from .download_grid import (
    Area,
    DownloadError,
    Grid,
    Item,
    Tile,
    as_crs,
    crs_transform,
    data_endpoint,
    extent_rectangle,
    tile_shape,
)
from .download_run import _Runner

CONCURRENCY = 4
DEFAULT_NODATA = -9999.0


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
    """Epoch milliseconds of a raster's time steps (``/rasters/<uuid>/timesteps/``), sorted. Steps may be
    epoch milliseconds or ISO 8601 text (as the scenario downloaders read them)."""
    answer = client.get("rasters/{}/timesteps/".format(raster_uuid), cancel=cancel)
    steps = answer.get("steps") if isinstance(answer, dict) else answer
    try:
        return sorted({int(step) if isinstance(step, (int, float)) else to_ms(step) for step in steps})
    except (TypeError, ValueError):
        raise errors.InvalidResponseError(tr("Lizard's answer about the time steps is not a list of steps."),
                                          details=repr(answer)[:500]) from None


def select_steps(steps, time=None, time_end=None, times=None):
    """The steps to fetch: with ``time_end`` every step from ``time`` (or the first) to ``time_end``; with
    ``time`` alone the step nearest to it (the earlier one on a tie); with neither the last step.
    ``times``: ``"all"`` for every step, or a list of moments, each giving its nearest step (in order, once)."""
    if not steps:
        return []
    if times == "all":
        return list(steps)
    if times:
        return list(dict.fromkeys(select_steps(steps, moment)[0] for moment in times))
    start, end = to_ms(time), to_ms(time_end)
    if end is not None:
        return [step for step in steps if (start is None or step >= start) and step <= end]
    if start is None:
        return [steps[-1]]
    return [min(steps, key=lambda step: (abs(step - start), step))]


GRID_FIELDS = ("projection", "origin_x", "origin_y", "upper_bound_x", "upper_bound_y", "pixelsize_x", "pixelsize_y")


def with_grid(raster, grid):
    """A copy of the raster's JSON whose missing grid fields (:data:`GRID_FIELDS`) come from ``grid`` (a dict
    with those keys, e.g. a 3Di scenario: its result rasters have them all ``null``)."""
    if not grid:
        return raster
    filled = dict(raster)
    for key in GRID_FIELDS:
        if filled.get(key) in (None, "") and grid.get(key) not in (None, ""):
            filled[key] = grid[key]
    return filled


def _native_pixel_size(raster):
    x, y = _number(raster.get("pixelsize_x")), _number(raster.get("pixelsize_y"))
    if not x or not y:
        return None
    return abs(x), abs(y)


def _convert_pixel_size(size, source, target, centre, context):
    """A pixel of ``size`` at ``centre`` (in ``source``) measured in ``target``: a one-pixel segment along
    each axis, transformed (with the transform ``context``)."""
    transform = crs_transform(source, target, context)
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


def _settings(client, raster, areas, crs, pixel_size, nodata, time, time_end, cancel, times=None):
    notes = []
    raster = fetch_raster(client, raster, cancel)
    name = raster.get("name") or raster.get("uuid")
    native_authid = raster.get("projection")
    native = as_crs(native_authid) if native_authid else None
    target = as_crs(crs) if crs not in (None, "") else native
    if target is None or not target.isValid():
        if crs not in (None, ""):
            raise DownloadError(tr("{crs} is not a coordinate reference system.").format(crs=crs))
        raise DownloadError(tr("The raster {name} has no projection in Lizard; choose a CRS.").format(name=name))
    authid = _epsg_authid(target)
    if authid is None:
        raise DownloadError(tr(
            "The CRS {crs} has no EPSG code, which Lizard needs; choose a CRS with an EPSG code, for example "
            "EPSG:28992.").format(crs=target.description() or target.toProj()))
    target = as_crs(authid)

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
        steps = select_steps(all_steps, time, time_end, times)
        if not all_steps:
            raise DownloadError(tr("The raster {name} has no time steps yet: it holds no data.").format(name=name))
        if not steps:
            raise DownloadError(tr("The raster {name} has no time step between {start} and {end}.").format(
                name=name, start=iso_utc_ms(to_ms(time)) if time is not None else "-", end=iso_utc_ms(to_ms(time_end))))
        if time is None and time_end is None and not times:
            notes.append(tr("No time was given: the last time step, {time}, is downloaded.").format(
                time=iso_utc_ms(steps[0])))
    elif time is not None or time_end is not None or times:
        notes.append(tr("The raster {name} is not temporal: the time is ignored.").format(name=name))
    return _Settings(raster, target, authid, res, anchor, nodata, steps, notes)


def _union_rect(rects):
    box = QgsRectangle(rects[0])
    for rect in rects[1:]:
        box.combineExtentWith(rect)
    return box


def _raster_area(raster):
    bounds = raster.get("spatial_bounds")
    corners = [_number(raster.get(key)) for key in GRID_FIELDS[1:5]]
    if not bounds and raster.get("projection") and None not in corners:  # its grid (e.g. a scenario's)
        return Area.from_extent(QgsRectangle(*corners), raster["projection"])
    if not bounds:
        raise DownloadError(tr("The raster {name} has no extent in Lizard; give an area.").format(
            name=raster.get("name") or raster.get("uuid")))
    return Area.from_extent(QgsRectangle(bounds["west"], bounds["south"], bounds["east"], bounds["north"]),
                            "EPSG:4326")


def _make_items(settings, named_areas, output, vrt, several_features, name=None):
    folder, stem, extension = outputs.download_layout(output, vrt)
    vrt = extension == ".vrt"
    raster_name = sanitise_name(name or settings.raster.get("name"), "raster")
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
                  time_end=None, vrt=False, use_async=True, cancel=None, grid=None, times=None, name=None):
    """Plan the download of ``raster`` (UUID or Lizard's JSON of a raster layer) for ``area`` (an
    :class:`Area`; default the raster's whole extent) into ``output`` (see the module docstring for names).

    ``crs``: the target CRS (authid or QgsCoordinateReferenceSystem with an EPSG code; default the raster's
    ``projection``); ``pixel_size``: a number or (x, y) in the target CRS's units (default the raster's own,
    converted); ``nodata`` (default the raster's ``fill_value``, else -9999); ``time``/``time_end`` (datetime,
    QDateTime, epoch ms or ISO text) pick time steps of a temporal raster (see :func:`select_steps`);
    ``vrt``: keep the tiles with a VRT over them instead of joining them (also chosen by a ``.vrt`` output);
    ``use_async``: ask ``async=true`` (the answer may then be a task that is followed); ``grid``: where the
    raster's grid fields are ``null``, this grid's (:func:`with_grid`); ``times``: ``"all"`` or a list of
    moments (see :func:`select_steps`); ``name``: the file names' base in a folder output (default the
    raster's name). Returns a :class:`Plan`.
    """
    raster = with_grid(fetch_raster(client, raster, cancel), grid)
    area = area if area is not None else _raster_area(raster)
    settings = _settings(client, raster, [area], crs, pixel_size, nodata, time, time_end, cancel, times)
    items = _make_items(settings, [("", area)], output, vrt, several_features=False, name=name)
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
    features_crs = as_crs(features_crs)
    if transform_context is None and extent is not None:
        transform_context = extent.transform_context
    named = []
    rectangle, rectangle_crs = extent_rectangle(extent)
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
