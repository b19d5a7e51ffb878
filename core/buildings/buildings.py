"""Lizard buildings (``/api/v4/buildings/``) for an area, as QGIS features, streamed page by page.

- Attribute filters are the ones the endpoint documents (code, build year, postal code, house number,
  valid at, organisation).
- The area is either a WGS84 box, sent as ``in_bbox=minLon,minLat,maxLon,maxLat`` (longitude first, as
  every official client sends it, see CONTRACT.md), or a geometry (e.g. the selected polygons of a layer)
  sent as ``geom_intersects``/``geom_within`` WKT, simplified so the URL stays short; the exact geometry is
  then checked here, so simplification never changes the result.
- The root endpoint may answer with a bare array truncated to ``page_size``. A full bare answer may have
  lost buildings, so the box is split in four and each part asked again (recursively), and every building
  is yielded once (by ``id``). Splitting has a budget: at most :data:`MAX_SPLIT_DEPTH` levels and
  :data:`MAX_SPLITS` splits per download. A box that is still truncated when the budget is spent keeps
  what arrived and is listed in ``Download.incomplete_boxes``; :meth:`Download.incomplete_text` is the
  sentence for the user.
"""

import json
import math
import struct

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsRectangle,
    QgsWkbTypes,
)

from .. import areas, errors
from ..client import cancel_check
from ..compat import FieldType
from ..i18n import tr
from ..log import get_logger
from ..query import MAX_WKT, SpatialFilter, organisation_params, short_wkt  # noqa: F401 - MAX_WKT: API
from ..times import qdatetime_utc

log = get_logger("buildings")
ENDPOINT = "buildings/"
PAGE_SIZE = 100  # the documented maximum for buildings
MAX_SPLIT_DEPTH = 10  # a box split ten times is ~1/1,000,000 of the area: give up with a warning there
MAX_SPLITS = 250  # splits per download (4 requests each, ~25,000 buildings): give up with a warning then
MAX_BOXES_NAMED = 5  # incomplete boxes named in the sentence for the user; the log has them all
CRS = "EPSG:4326"
PREDICATES = ("intersects", "within")

# (name, type) of the layer's fields, in order.
FIELD_SPEC = (
    ("id", FieldType.LongLong), ("code", FieldType.String), ("build_year", FieldType.Int),
    ("start", FieldType.DateTime), ("end", FieldType.DateTime), ("last_modified", FieldType.DateTime),
    ("organisation", FieldType.String), ("street", FieldType.String), ("house_number", FieldType.Int),
    ("house_letter", FieldType.String), ("house_number_suffix", FieldType.String), ("postalcode", FieldType.String),
    ("city", FieldType.String), ("address_count", FieldType.Int), ("addresses", FieldType.String),
)
ADDRESS_FIELDS = ("street", "house_number", "house_letter", "house_number_suffix", "postalcode", "city")


def fields():
    result = QgsFields()
    for name, kind in FIELD_SPEC:
        result.append(QgsField(name, kind))
    return result


def crs():
    return QgsCoordinateReferenceSystem(CRS)


WKB_TYPE = QgsWkbTypes.MultiPolygon


# ---------------------------------------------------------------------------------------------- filters


class BuildingFilter:
    """The attribute filters, as the endpoint documents them. Empty values are not sent."""

    def __init__(self, code="", code_starts_with=False, build_year_min=None, build_year_max=None,
                 postalcode="", house_number_min=None, house_number_max=None, valid_at=None, organisation=""):
        self.code = (code or "").strip()
        self.code_starts_with = code_starts_with
        self.build_year_min, self.build_year_max = build_year_min, build_year_max
        self.postalcode = (postalcode or "").replace(" ", "").upper()
        self.house_number_min, self.house_number_max = house_number_min, house_number_max
        self.valid_at = valid_at  # ISO 8601 text (UTC)
        self.organisation = (organisation or "").strip()

    def params(self):
        params = {}
        if self.code:
            params["code__startswith" if self.code_starts_with else "code"] = self.code
        for name, value in (("build_year__gte", self.build_year_min), ("build_year__lte", self.build_year_max),
                            ("addresses__house_number__gte", self.house_number_min),
                            ("addresses__house_number__lte", self.house_number_max)):
            if value not in (None, ""):
                params[name] = int(value)
        if self.postalcode:
            params["addresses__postalcode__startswith"] = self.postalcode
        if self.valid_at:
            params["valid_at"] = self.valid_at
        params.update(organisation_params(self.organisation))
        return params


class Area:
    """Where to look: a WGS84 box (``in_bbox``) or a WGS84 geometry with a predicate (``geom_*``)."""

    def __init__(self, box=None, geometry=None, predicate="intersects", description=""):
        if predicate not in PREDICATES:
            raise ValueError("predicate must be one of {}".format(PREDICATES))
        if geometry is not None and (geometry.isEmpty() or not geometry.isGeosValid()):
            geometry = geometry.makeValid() if not geometry.isEmpty() else geometry
        if (box is None or box.isEmpty()) and (geometry is None or geometry.isEmpty()):
            raise errors.LizardError(tr("The area to load buildings for is empty."))
        self.geometry = geometry
        self.box = QgsRectangle(box) if geometry is None else geometry.boundingBox()
        self.predicate = predicate
        self.description = description
        self._engine = None
        if geometry is not None:
            self._engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            self._engine.prepareGeometry()

    @classmethod
    def from_extent(cls, rectangle, source_crs, description="", transform_context=None):
        """A map extent in ``source_crs`` as a WGS84 box (transformed densely, so edges stay right), with
        ``transform_context`` (the project's or Processing's; see ``query.wgs84_transform``)."""
        spatial = SpatialFilter.from_extent(rectangle, source_crs, transform_context=transform_context)
        return cls(box=spatial.geometry.boundingBox(), description=description)

    @classmethod
    def from_geometries(cls, geometries, source_crs, predicate="intersects", description="", extent=None,
                        extent_crs=None, transform_context=None):
        """The union of ``geometries`` (any CRS) in WGS84; with ``extent`` (a rectangle in ``extent_crs``) only
        the part inside it (:func:`core.areas.mask_in_extent`)."""
        if extent is not None and not extent.isNull():
            geometries = [areas.mask_in_extent(geometries, source_crs, extent, extent_crs, transform_context)]
        spatial = SpatialFilter.from_geometries(geometries, source_crs, transform_context=transform_context)
        return cls(geometry=spatial.geometry, predicate=predicate, description=description)

    def params(self, box=None):
        """The spatial query parameters, optionally narrowed to ``box`` (a part of the area)."""
        params = {}
        part = box or self.box
        if self.geometry is None or box is not None:
            params["in_bbox"] = bbox_text(part)
        if self.geometry is not None:
            params["geom_" + self.predicate] = short_wkt(self.geometry, self.predicate)
        return params

    def accepts(self, geometry):
        """The exact test (the server saw a simplified geometry); a box area accepts what the server sent."""
        if self._engine is None or geometry is None:
            return True
        if self.predicate == "within":
            return self._engine.contains(geometry.constGet())
        return self._engine.intersects(geometry.constGet())


def bbox_text(box):
    """``minLon,minLat,maxLon,maxLat``: longitude first."""
    return ",".join("{:.7f}".format(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))


def quarters(box):
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    xm, ym = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    return [QgsRectangle(x0, y0, xm, ym), QgsRectangle(xm, y0, x1, ym),
            QgsRectangle(x0, ym, xm, y1), QgsRectangle(xm, ym, x1, y1)]


# --------------------------------------------------------------------------------------------- download


class Download:
    """Streams the buildings of ``area`` matching ``attributes``: ``pages()`` yields lists of buildings.

    Afterwards ``total`` is Lizard's count (``None`` when the server sent bare arrays), ``received`` how
    many arrived, ``yielded`` how many passed, ``splits`` how often a full bare answer made it split a box,
    ``incomplete_boxes`` the WGS84 boxes whose answer was still truncated when the split budget
    (``max_depth`` levels, ``max_splits`` splits) was spent, and ``incomplete`` whether there are any.
    """

    def __init__(self, client, area, attributes=None, max_features=0, concurrency=4, max_depth=None,
                 max_splits=None):
        self.client = client
        self.area = area
        self.attributes = attributes or BuildingFilter()
        self.max_features = max(0, int(max_features or 0))
        self.concurrency = concurrency
        self.total = None
        self.received = 0
        self.yielded = 0
        self.splits = 0
        self.max_depth = MAX_SPLIT_DEPTH if max_depth is None else max(0, int(max_depth))
        self.max_splits = MAX_SPLITS if max_splits is None else max(0, int(max_splits))
        self.incomplete_boxes = []
        self._seen = set()

    @property
    def incomplete(self):
        """Whether some box kept answering with a full, truncated list: buildings may be missing there."""
        return bool(self.incomplete_boxes)

    def incomplete_text(self):
        """One sentence naming the boxes that may miss buildings (``""`` when none)."""
        boxes = self.incomplete_boxes
        if not boxes:
            return ""
        named = "; ".join(bbox_text(box) for box in boxes[:MAX_BOXES_NAMED])
        if len(boxes) > MAX_BOXES_NAMED:
            named += "; …"
        return tr("Lizard kept truncating its answer for %n box(es) (west,south,east,north), so buildings may be "
                  "missing there: {boxes}.", "", len(boxes)).format(boxes=named)

    def count(self, cancel=None):
        """How many buildings match, before loading (``None`` when Lizard does not say)."""
        params = dict(self.attributes.params(), **self.area.params())
        page = self.client.page(ENDPOINT, dict(params, page_size=1), cancel=cancel)
        return None if page.bare else page.count

    def pages(self, cancel=None, progress=None):
        """Lists of new, matching buildings as they arrive; ``progress(done, total)`` after each."""
        check = cancel_check(cancel)
        for batch in self._box_pages(None, 0, check):
            fresh = []
            for building in batch:
                ident = building.get("id")
                if ident in self._seen:
                    continue
                self._seen.add(ident)
                if self.area.geometry is not None:
                    geometry = building[GEOMETRY_KEY] = geometry_of(building)  # parsed once, reused
                    if not self.area.accepts(geometry):
                        continue
                fresh.append(building)
                if self.max_features and self.yielded + len(fresh) >= self.max_features:
                    break
            self.yielded += len(fresh)
            if progress is not None:
                progress(self.yielded, self.total)
            if fresh:
                yield fresh
            if self.max_features and self.yielded >= self.max_features:
                return

    def _box_pages(self, box, depth, check):
        params = dict(self.attributes.params(), **self.area.params(box))
        for page in self.client.pages(ENDPOINT, params, page_size=PAGE_SIZE, cancel=check,
                                      concurrency=self.concurrency):
            if check():
                raise errors.CancelledError()
            self.received += len(page.results)
            if not page.bare:
                if self.total is None and box is None:
                    self.total = page.count
                yield page.results
                continue
            if len(page.results) < PAGE_SIZE:
                yield page.results
            elif depth >= self.max_depth or self.splits >= self.max_splits:
                part = QgsRectangle(box or self.area.box)
                self.incomplete_boxes.append(part)
                log.warning("Lizard still sent a full, truncated answer for the box %s after %d split(s) (depth %d)",
                            bbox_text(part), self.splits, depth)
                yield page.results
            else:
                self.splits += 1
                for part in quarters(box or self.area.box):
                    yield from self._box_pages(part, depth + 1, check)


# --------------------------------------------------------------------------------------------- features


_WKB_HEADER = struct.Struct("<BII")  # little-endian byte order marker, geometry type, number of parts
_WKB_MULTIPOLYGON, _WKB_POLYGON = 6, 3


def _polygons_wkb(polygons):
    """2D little-endian WKB of a MultiPolygon from GeoJSON polygons (third coordinates dropped)."""
    parts = [_WKB_HEADER.pack(1, _WKB_MULTIPOLYGON, len(polygons))]
    for polygon in polygons:
        parts.append(_WKB_HEADER.pack(1, _WKB_POLYGON, len(polygon)))
        for ring in polygon:
            parts.append(struct.pack("<I{}d".format(2 * len(ring)), len(ring),
                                     *[c for point in ring for c in (point[0], point[1])]))
    return b"".join(parts)


GEOMETRY_KEY = "_lizard_explorer_geometry"
_ADDRESSES_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False), built once


def geometry_of(building):
    """A 2D MultiPolygon from the building's GeoJSON (lon/lat, third coordinate dropped), or ``None``."""
    if GEOMETRY_KEY in building:
        return building[GEOMETRY_KEY]
    shape = building.get("geometry") or {}
    kind, coordinates = shape.get("type"), shape.get("coordinates")
    if not coordinates:
        return None
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates
    else:
        return None
    try:  # WKB: packing doubles is several times faster than formatting and parsing WKT
        wkb = _polygons_wkb(polygons)
    except (TypeError, IndexError, ValueError, struct.error):
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return None if geometry.isNull() else geometry


def attributes_of(building):
    """The field values (in :data:`FIELD_SPEC` order): the first address spread out, all as JSON."""
    addresses = [a for a in (building.get("addresses") or []) if isinstance(a, dict)]
    first = addresses[0] if addresses else {}
    return [
        building.get("id"), building.get("code"), building.get("build_year"),
        qdatetime_utc(building.get("start")), qdatetime_utc(building.get("end")),
        qdatetime_utc(building.get("last_modified")),
        (building.get("organisation") or {}).get("name"),
        first.get("street"), first.get("house_number"), first.get("house_letter"),
        first.get("house_number_suffix"), first.get("postalcode"), first.get("city"),
        len(addresses), _ADDRESSES_JSON(addresses) if addresses else None,
    ]


def to_features(buildings, layer_fields):
    features = []
    for building in buildings:
        feature = QgsFeature(layer_fields)
        feature.setAttributes(attributes_of(building))
        geometry = geometry_of(building)
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    return features


def rate_text(count, seconds):
    if seconds <= 0:
        return ""
    return tr("{rate} buildings/s").format(rate=int(math.floor(count / seconds)))
