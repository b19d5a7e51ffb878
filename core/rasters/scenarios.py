"""Finding 3Di scenarios (``/scenarios/``): by name (falling back to the model name when no name matches, as
Lizard's catalogue does), by a pasted UUID, by organisation, project, supplier and model name (all filtered by
Lizard), and by simulation period and area (checked here, page by page: the endpoint has no such filters).

A scenario's area is its grid: ``origin_*`` (lower-left) to ``upper_bound_*`` in its ``projection``; an area
to search in is converted to each scenario's projection before it is compared. Scenarios come newest first
(``-last_modified``) unless asked otherwise; :class:`ScenarioSearch` pages through them as more are wanted and
keeps Lizard's true total (``total``) beside what it scanned and matched.

Scenarios live here, beside the rasters, because every result the plugin shows or downloads of one is a
Lizard raster on the scenario's grid (or a file attached to it): see :mod:`.scenario_results` and
:mod:`.scenario_download`.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
)

from .. import errors, times
from ..i18n import tr
from ..query import WGS84, as_uuid, organisation_params, text_params
from .search import RasterSearch

ENDPOINT = "scenarios/"
ORDERINGS = ("-last_modified", "last_modified", "name", "-name", "model_name", "-total_size", "total_size")
GRID_KEYS = ("origin_x", "origin_y", "upper_bound_x", "upper_bound_y")


def grid_extent(scenario):
    """The scenario's grid as a QgsRectangle in its ``projection``, or None when Lizard gives none."""
    try:
        x1, y1, x2, y2 = (float(scenario[key]) for key in GRID_KEYS)
    except (KeyError, TypeError, ValueError):
        return None
    rectangle = QgsRectangle(min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
    return rectangle if rectangle.width() > 0 and rectangle.height() > 0 else None


def grid_crs(scenario):
    crs = QgsCoordinateReferenceSystem(str(scenario.get("projection") or ""))
    return crs if crs.isValid() else None


def footprint(scenario, transform_context=None):
    """The grid's outline as a WGS84 polygon (edges densified, so they stay right), or None."""
    rectangle, crs = grid_extent(scenario), grid_crs(scenario)
    if rectangle is None or crs is None:
        return None
    geometry = QgsGeometry.fromRect(rectangle).densifyByCount(8)
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    if crs != wgs84:
        context = transform_context if transform_context is not None else QgsCoordinateTransformContext()
        try:
            if geometry.transform(QgsCoordinateTransform(crs, wgs84, context)) != 0:
                return None
        except Exception:  # QgsCsException: a grid outside its CRS's area
            return None
    return geometry


class GridArea:
    """An area to search in (geometry in ``crs``); a scenario matches when its grid extent, in the
    scenario's own projection, intersects the area converted to that projection."""

    def __init__(self, geometry, crs, transform_context=None):
        if geometry is None or geometry.isEmpty():
            raise errors.LizardError(tr("The area to search in is empty."))
        self.geometry = QgsGeometry(geometry)
        self.crs = crs
        self.context = transform_context if transform_context is not None else QgsCoordinateTransformContext()
        self._in = {}  # authid -> the area in that CRS (None when it cannot be converted)

    @classmethod
    def from_extent(cls, rectangle, crs, transform_context=None):
        return cls(QgsGeometry.fromRect(rectangle).densifyByCount(8), crs, transform_context)

    def _area_in(self, crs):
        key = crs.authid() or crs.toWkt()
        if key not in self._in:
            geometry = QgsGeometry(self.geometry)
            if crs != self.crs:
                try:
                    if geometry.transform(QgsCoordinateTransform(self.crs, crs, self.context)) != 0:
                        geometry = None
                except Exception:  # QgsCsException
                    geometry = None
            self._in[key] = geometry
        return self._in[key]

    def matches(self, scenario):
        rectangle, crs = grid_extent(scenario), grid_crs(scenario)
        if rectangle is None or crs is None:
            return False
        area = self._area_in(crs)
        return area is not None and area.intersects(QgsGeometry.fromRect(rectangle))


class ScenarioQuery:
    """What the user asked for: :meth:`params` for what Lizard filters, :meth:`accepts` for the rest.

    ``text``: part of the name, or a UUID; ``model``: part of the model name; ``organisation``: a UUID or part
    of the name; ``project``: a UUID or part of the name; ``supplier``: part of the username; ``start``/``end``:
    the simulation must overlap this period (either may be missing); ``area``: a :class:`GridArea`.
    """

    endpoint = ENDPOINT

    def __init__(self, text="", model="", organisation="", project="", supplier="", start=None, end=None,
                 area=None, ordering=None):
        self.text = (text or "").strip()
        self.model = (model or "").strip()
        self.organisation = (organisation or "").strip()
        self.project = (project or "").strip()
        self.supplier = (supplier or "").strip()
        self.start, self.end = times.to_utc(start), times.to_utc(end)
        self.area = area
        self.ordering = ordering or ORDERINGS[0]
        self.by_model = False  # the name search fell back to the model name

    def params(self):
        params = dict(text_params(self.text, "model_name__icontains" if self.by_model else "name__icontains"),
                      ordering=self.ordering)
        if self.model:
            params["model_name__icontains"] = self.model
        params.update(organisation_params(self.organisation))
        project = as_uuid(self.project)
        if project:
            params["project__uuid"] = project
        elif self.project:
            params["project__name__icontains"] = self.project
        if self.supplier:
            params["supplier__username__icontains"] = self.supplier
        return params

    @property
    def client_side(self):
        """True when some of the filtering happens here (so matched < scanned is possible)."""
        return self.start is not None or self.end is not None or self.area is not None

    def fall_back(self):
        """Search the text in the model names instead (once); False when that makes no sense."""
        if self.by_model or not self.text or as_uuid(self.text) or self.model:
            return False
        self.by_model = True
        return True

    def accepts(self, scenario):
        if not self._organisation_matches(scenario.get("organisation") or {}):
            return False
        project = as_uuid(self.project)
        if project and project not in str(scenario.get("project") or "").lower():
            return False
        if self.start is not None or self.end is not None:
            begin = times.to_utc(scenario.get("simulation_start"))
            finish = times.to_utc(scenario.get("simulation_end")) or begin
            if begin is None:
                return False
            if self.end is not None and begin > self.end:
                return False
            if self.start is not None and finish < self.start:
                return False
        return self.area is None or self.area.matches(scenario)


    def _organisation_matches(self, organisation):
        """The organisation filter checked here too: Lizard's own name filter for scenarios is not certain."""
        if not self.organisation:
            return True
        uuid = as_uuid(self.organisation)
        if uuid:
            return str(organisation.get("uuid") or "").lower() == uuid
        return self.organisation.lower() in str(organisation.get("name") or "").lower()


class ScenarioSearch(RasterSearch):
    """Pages of scenarios as more are wanted (see :class:`~core.rasters.search.RasterSearch`): ``total`` is
    Lizard's count, ``scanned``/``matched`` what was seen and kept here. When a name matches no scenario at
    all, the same text is looked for in the model names (``query.by_model`` then says so)."""

    def _fetch(self, found, want, cancel, progress):
        super()._fetch(found, want, cancel, progress)
        if self.total == 0 and self.query.fall_back():
            self._started, self.exhausted, self.total, self._next = False, False, None, None
            super()._fetch(found, want, cancel, progress)


def fetch_scenario(client, text, cancel=None):
    """The scenario for a UUID or an exact name; a clear error when there is none, or several by that name."""
    text = (text or "").strip()
    if not text:
        raise errors.InvalidRequestError(tr("No scenario was given; give its UUID or its exact name."))
    uuid = as_uuid(text)
    if uuid:
        try:
            return client.get("{}{}/".format(ENDPOINT, uuid), cancel=cancel)
        except errors.NotFoundError as exc:
            raise errors.NotFoundError(
                tr("Lizard has no scenario {uuid}, or your key may not read it.").format(uuid=uuid),
                status=exc.status, url=exc.url, details=exc.details) from None
    # name__icontains is what every client sends; the exact name is checked here, so an exact ``name`` filter
    # Lizard might ignore cannot make another scenario pass for this one.
    found = [s for s in client.paginate(ENDPOINT, {"name__icontains": text}, cancel=cancel)
             if (s.get("name") or "").strip() == text]
    if not found:
        raise errors.NotFoundError(tr("Lizard has no scenario named “{name}” that your key may read.").format(
            name=text))
    if len(found) > 1:
        raise errors.InvalidRequestError(tr(
            "{count} scenarios are named “{name}”; give the UUID of the one you mean.").format(
            count=len(found), name=text))
    return found[0]
