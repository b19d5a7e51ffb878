"""What a user asks for in any domain: UUIDs, the organisation filter and spatial filters in WGS84.

Shared by the rasters, the buildings and the timeseries: a UUID typed with or without dashes, the documented
organisation filter (UUID or part of the name), and an area (map extent or features in any CRS) as a WGS84
geometry that objects' ``spatial_bounds`` are matched against.
"""

import re
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

from . import errors
from .i18n import tr

WGS84 = "EPSG:4326"
MAX_WKT = 3000  # characters of a filter geometry in a URL (CONTRACT.md: long WKT makes long URLs)
UUID = re.compile(r"^\s*([0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})\s*$", re.I)


def as_uuid(text):
    """The canonical UUID when ``text`` is one (with or without dashes), else ``None``."""
    found = UUID.match(text or "")
    if not found:
        return None
    raw = found.group(1).replace("-", "").lower()
    return "{}-{}-{}-{}-{}".format(raw[:8], raw[8:12], raw[12:16], raw[16:20], raw[20:])


def text_params(text, field="name__icontains"):
    """The filter for what a user typed in a search box: ``uuid`` when it is a UUID, else ``field`` (part of
    the name); nothing when empty."""
    text = (text or "").strip()
    uuid = as_uuid(text)
    if uuid:
        return {"uuid": uuid}
    return {field: text} if text else {}


def organisation_params(text):
    """The documented organisation filter for what a user typed: a UUID, else part of the name."""
    text = (text or "").strip()
    if not text:
        return {}
    organisation = as_uuid(text)
    if organisation:
        return {"organisation__uuid": organisation}
    return {"organisation__name__icontains": text}


def check_uuid(value, what):
    """The lower-case UUID text, or a sentence naming ``what`` when ``value`` is not a UUID."""
    try:
        return str(uuid.UUID(str(value).strip()))
    except ValueError:
        raise errors.InvalidRequestError(
            tr("The {what} “{value}” is not a UUID.").format(what=what, value=value)) from None


def bounds_rectangle(bounds):
    """A WGS84 ``QgsRectangle`` from Lizard's ``spatial_bounds``, or ``None`` when missing or incomplete."""
    if not isinstance(bounds, dict):
        return None
    try:
        west, east, south, north = (float(bounds[k]) for k in ("west", "east", "south", "north"))
    except (KeyError, TypeError, ValueError):
        return None
    return QgsRectangle(min(west, east), min(south, north), max(west, east), max(south, north))


def footprint(obj):
    """The object's footprint as a WGS84 polygon geometry, or ``None``."""
    rectangle = bounds_rectangle(obj.get("spatial_bounds"))
    return QgsGeometry.fromRect(rectangle) if rectangle is not None else None


class SpatialFilter:
    """An area in WGS84; an object matches when its ``spatial_bounds`` intersect it (no bounds: no match)."""

    def __init__(self, geometry, description=""):
        if geometry is None or geometry.isEmpty():
            raise errors.LizardError(tr("The area to search in is empty."))
        self.geometry = geometry
        self.description = description
        self._engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        self._engine.prepareGeometry()

    @classmethod
    def from_extent(cls, rectangle, crs, description="", transform_context=None):
        """The map extent ``rectangle`` in ``crs`` (densified when transformed, so edges stay right).
        ``transform_context``: the project's or the Processing context's (see :func:`wgs84_transform`)."""
        transform = wgs84_transform(crs, transform_context)
        box = transform.transformBoundingBox(rectangle) if transform else QgsRectangle(rectangle)
        return cls(QgsGeometry.fromRect(box), description)

    @classmethod
    def from_geometries(cls, geometries, crs, description="", transform_context=None):
        """The union of ``geometries`` (e.g. the selected features of a layer) in ``crs``."""
        parts = [QgsGeometry(g) for g in geometries if g is not None and not g.isEmpty()]
        if not parts:
            raise errors.LizardError(tr("No features are selected to search in."))
        union = QgsGeometry.unaryUnion(parts)
        transform = wgs84_transform(crs, transform_context)
        if transform is not None:
            union.transform(transform)
        return cls(union, description)

    def matches(self, bounds):
        rectangle = bounds_rectangle(bounds)
        if rectangle is None:
            return False
        candidate = QgsGeometry.fromRect(rectangle)  # must outlive the call: constGet() does not keep it alive
        return self._engine.intersects(candidate.constGet())


def wgs84_transform(crs, transform_context=None):
    """The transform from ``crs`` to WGS84 (``None`` when there is nothing to transform) with
    ``transform_context``, which the caller takes on the GUI thread (``QgsProject.instance()
    .transformContext()``) or from Processing (``context.transformContext()``): this may run in a task or an
    algorithm's thread, where ``QgsProject.instance()`` must not be asked. Default: the plain PROJ transforms."""
    target = QgsCoordinateReferenceSystem(WGS84)
    if crs is None or not crs.isValid() or crs == target:
        return None
    context = transform_context if transform_context is not None else QgsCoordinateTransformContext()
    return QgsCoordinateTransform(crs, target, context)


def short_wkt(geometry, predicate="intersects", limit=MAX_WKT):
    """WKT of a WGS84 filter ``geometry`` short enough for a URL: simplified with a growing tolerance.

    The simplified shape is grown by the tolerance (a little more, for the buffer's polygonal corners), so
    it covers the original and the server's answer is a superset for both predicates (an object within
    the original is within anything that covers it); the caller does the exact test locally (the buildings'
    ``Area.accepts``, the locations' search). The server gets the box when no short enough shape exists.
    """
    wkt = geometry.asWkt(7)
    tolerance = 1e-5
    candidate = geometry
    while len(wkt) > limit and tolerance < 1.0:
        candidate = geometry.simplify(tolerance).buffer(tolerance * 1.1, 2)
        wkt = candidate.asWkt(7)
        tolerance *= 2
    if len(wkt) > limit:
        wkt = QgsGeometry.fromRect(geometry.boundingBox()).asWkt(7)
    return wkt
