"""Finding raster layers (``/rasters/``) and rastersources (``/rastersources/``).

The endpoints filter on what their pages document (name, uuid, organisation, access, observation type,
ordering). They have **no spatial filter and no temporal filter** (unknown parameters are silently ignored,
see CONTRACT.md), so "only temporal", "only non-temporal" and "intersects the map" are applied here, page by
page; :class:`RasterSearch` reports how many objects matched of how many were scanned.
"""

import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

from .. import errors
from ..i18n import tr

SCOPES = ("rasters", "rastersources")
ACCESS = ("Public", "Common", "Private")
WGS84 = "EPSG:4326"
UUID = re.compile(r"^\s*([0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})\s*$", re.I)

# Orderings each endpoint documents, as (value, label) pairs; the first is the default.
ORDERINGS = {
    "rasters": ("name", "-name", "-last_modified", "last_modified", "organisation__name",
                "observation_type__code", "-first_value_timestamp", "-last_value_timestamp"),
    "rastersources": ("name", "-name", "-last_modified", "last_modified", "-size", "size", "supplier_code"),
}


def ordering_label(value):
    labels = {
        "name": tr("Name (A–Z)"), "-name": tr("Name (Z–A)"),
        "-last_modified": tr("Newest change first"), "last_modified": tr("Oldest change first"),
        "organisation__name": tr("Organisation"), "observation_type__code": tr("Observation type"),
        "-first_value_timestamp": tr("Latest start first"), "-last_value_timestamp": tr("Latest end first"),
        "-size": tr("Largest first"), "size": tr("Smallest first"), "supplier_code": tr("Supplier code"),
    }
    return labels.get(value, value)


def as_uuid(text):
    """The canonical UUID when ``text`` is one (with or without dashes), else ``None``."""
    found = UUID.match(text or "")
    if not found:
        return None
    raw = found.group(1).replace("-", "").lower()
    return "{}-{}-{}-{}-{}".format(raw[:8], raw[8:12], raw[12:16], raw[16:20], raw[20:])


def organisation_params(text):
    """The documented organisation filter for what a user typed: a UUID, else part of the name."""
    text = (text or "").strip()
    if not text:
        return {}
    organisation = as_uuid(text)
    if organisation:
        return {"organisation__uuid": organisation}
    return {"organisation__name__icontains": text}


def endpoint(scope):
    if scope not in SCOPES:
        raise ValueError("scope must be one of {}".format(SCOPES))
    return scope + "/"


class RasterQuery:
    """What the user asked for. :meth:`params` holds what the server filters; :meth:`accepts` the rest."""

    def __init__(self, scope="rasters", text="", organisation="", temporal=None, access=None,
                 observation_type="", ordering=None, spatial=None):
        endpoint(scope)
        self.scope = scope
        self.text = (text or "").strip()
        self.organisation = (organisation or "").strip()
        self.temporal = temporal  # None: any, True: temporal only, False: non-temporal only
        self.access = access or None
        self.observation_type = (observation_type or "").strip()
        self.ordering = ordering or ORDERINGS[scope][0]
        self.spatial = spatial  # a SpatialFilter or None

    @property
    def endpoint(self):
        return endpoint(self.scope)

    def params(self):
        params = {"ordering": self.ordering}
        uuid = as_uuid(self.text)
        if uuid:
            params["uuid"] = uuid
        elif self.text:
            params["name__icontains"] = self.text
        params.update(organisation_params(self.organisation))
        if self.access:
            params["access_modifier"] = self.access
        if self.observation_type and self.scope == "rasters":
            params["observation_type__code"] = self.observation_type
        return params

    @property
    def client_side(self):
        """True when some of the filtering happens here (so matched < scanned is possible)."""
        return self.temporal is not None or self.spatial is not None

    def accepts(self, obj):
        if self.temporal is not None and bool(obj.get("temporal")) != self.temporal:
            return False
        return self.spatial is None or self.spatial.matches(obj.get("spatial_bounds"))


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
        ``transform_context``: the project's or the Processing context's (see :func:`_to_wgs84`)."""
        transform = _to_wgs84(crs, transform_context)
        box = transform.transformBoundingBox(rectangle) if transform else QgsRectangle(rectangle)
        return cls(QgsGeometry.fromRect(box), description)

    @classmethod
    def from_geometries(cls, geometries, crs, description="", transform_context=None):
        """The union of ``geometries`` (e.g. the selected features of a layer) in ``crs``."""
        parts = [QgsGeometry(g) for g in geometries if g is not None and not g.isEmpty()]
        if not parts:
            raise errors.LizardError(tr("No features are selected to search in."))
        union = QgsGeometry.unaryUnion(parts)
        transform = _to_wgs84(crs, transform_context)
        if transform is not None:
            union.transform(transform)
        return cls(union, description)

    def matches(self, bounds):
        rectangle = bounds_rectangle(bounds)
        if rectangle is None:
            return False
        candidate = QgsGeometry.fromRect(rectangle)  # must outlive the call: constGet() does not keep it alive
        return self._engine.intersects(candidate.constGet())


def _to_wgs84(crs, transform_context=None):
    """The transform from ``crs`` to WGS84 (``None`` when there is nothing to transform) with
    ``transform_context``, which the caller takes on the GUI thread (``QgsProject.instance()
    .transformContext()``) or from Processing (``context.transformContext()``): this may run in a task or an
    algorithm's thread, where ``QgsProject.instance()`` must not be asked. Default: the plain PROJ transforms."""
    target = QgsCoordinateReferenceSystem(WGS84)
    if crs is None or not crs.isValid() or crs == target:
        return None
    context = transform_context if transform_context is not None else QgsCoordinateTransformContext()
    return QgsCoordinateTransform(crs, target, context)


class RasterSearch:
    """A search that fetches pages as more results are wanted, keeping count of what it has scanned. It owns
    ``client`` (used over several calls, e.g. one task per batch): :meth:`close` it when the search is over."""

    def __init__(self, client, query, page_size=None):
        self.client = client
        self.query = query
        self.page_size = page_size or client.page_size
        self.total = None  # what the server counts for the server-side filters
        self.scanned = 0
        self.matched = 0
        self.exhausted = False
        self._next = None
        self._started = False
        self._seen = set()
        self._pending = []  # matches of a call that failed half-way, handed out by the next call

    def close(self):
        self.client.close()

    def fetch_more(self, want=50, cancel=None, progress=None):
        """Fetch pages until ``want`` new matches arrived or nothing is left; return the new matches.

        When a page fails (error or cancellation) the matches of the pages before it are not lost: the next
        call returns them.
        """
        found, self._pending = self._pending, []
        try:
            self._fetch(found, want, cancel, progress)
        except BaseException:
            self._pending = found
            raise
        return found

    def _fetch(self, found, want, cancel, progress):
        while not self.exhausted and len(found) < want:
            if self._started:
                page = self.client.page(self._next, cancel=cancel)
            else:
                params = dict(self.query.params(), page_size=self.page_size)
                page = self.client.page(self.query.endpoint, params, cancel=cancel)
                self._started = True
                self.total = page.count if page.count is not None else len(page.results)
            for obj in page.results:
                key = obj.get("uuid")
                if key in self._seen:
                    continue
                self._seen.add(key)
                self.scanned += 1
                if self.query.accepts(obj):
                    self.matched += 1
                    found.append(obj)
            self._next = page.next
            self.exhausted = not page.next
            if progress is not None:
                progress(self.scanned, self.total)

    def all(self, cancel=None, progress=None):
        """Every match, page by page."""
        while not self.exhausted:
            yield from self.fetch_more(self.page_size, cancel=cancel, progress=progress)
