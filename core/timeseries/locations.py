"""Lizard monitoring locations (``/api/v4/locations/``) and their timeseries.

:func:`search_locations` yields one record per location as it reads them, so a caller can write as it
goes. Only filters that Lizard documents for locations are sent (``geom_within`` as WGS84 WKT,
``name__startswith``, ``organisation__uuid``); an organisation given by name and the observation type are
applied here: the observation type through ``/timeseries/?observation_type__code=`` grouped by the
series' location, whose locations are then fetched one by one with the ``uuid`` filter (and checked: a
server that ignores a filter must not add locations). Geometry is parsed loosely: ``null`` is no point, and a point
may have two or three coordinates.
"""

from .. import errors
from ..client import cancel_check
from ..i18n import tr
from ..query import as_uuid, check_uuid

PAGE_SIZE = 100


def point_of(location):
    """``(lon, lat)`` of a location's GeoJSON point, or ``None`` (null, not a point, unreadable)."""
    geometry = location.get("geometry") if isinstance(location, dict) else None
    if not isinstance(geometry, dict) or str(geometry.get("type", "Point")).lower() != "point":
        return None
    coordinates = geometry.get("coordinates")
    if not isinstance(coordinates, (list, tuple)) or len(coordinates) < 2:
        return None
    try:
        return float(coordinates[0]), float(coordinates[1])
    except (TypeError, ValueError):
        return None


def record(location, timeseries_count=None):
    """The fields a caller writes for one location (missing values are ``None``)."""
    organisation = location.get("organisation") or {}
    kind = location.get("object") or {}
    return {
        "uuid": location.get("uuid"),
        "code": location.get("code"),
        "name": location.get("name"),
        "organisation": organisation.get("name") if isinstance(organisation, dict) else None,
        "object_type": kind.get("type") if isinstance(kind, dict) else None,
        "timeseries_count": timeseries_count,
        "point": point_of(location),
    }


def _wkt(area):
    """WGS84 WKT of ``area``: WKT text as it is, a QgsGeometry, or anything with a ``geometry`` attribute."""
    if area is None:
        return None
    if isinstance(area, str):
        return area.strip() or None
    geometry = getattr(area, "geometry", area)
    if callable(geometry):  # QgsFeature.geometry()
        geometry = geometry()
    if geometry.isEmpty():
        raise errors.InvalidRequestError(tr("The area to search in is empty."))
    return geometry.asWkt(6)


def _location_params(extent, name_prefix, organisation):
    params = {}
    wkt = _wkt(extent)
    if wkt:
        params["geom_within"] = wkt
    if (name_prefix or "").strip():
        params["name__startswith"] = name_prefix.strip()
    org_uuid = as_uuid(organisation or "")
    if org_uuid:
        params["organisation__uuid"] = org_uuid
    return params


def _organisation_matches(organisation):
    """Client-side test for an organisation given by (part of) its name; Lizard documents only the UUID."""
    text = (organisation or "").strip().lower()
    if not text or as_uuid(text):
        return lambda location: True
    return lambda location: text in str((location.get("organisation") or {}).get("name") or "").lower()


def _count_series(client, location_uuid, cancel):
    answer = client.get("timeseries/", {"location__uuid": location_uuid, "page_size": 1}, cancel=cancel)
    if isinstance(answer, dict) and isinstance(answer.get("count"), int):
        return answer["count"]
    return len(answer) if isinstance(answer, list) else None


def series_per_location(client, observation_type, cancel=None, progress=None):
    """``{location uuid: number of series}`` of the timeseries with this observation type code."""
    counts = {}
    for series in client.paginate("timeseries/", {"observation_type__code": observation_type.strip()},
                                  page_size=PAGE_SIZE, cancel=cancel, progress=progress):
        location = series.get("location") if isinstance(series, dict) else None
        code = ((series.get("observation_type") or {}) if isinstance(series, dict) else {}).get("code")
        if code is not None and code != observation_type.strip():
            continue  # a server that ignored the filter
        if isinstance(location, dict) and location.get("uuid"):
            counts[location["uuid"]] = counts.get(location["uuid"], 0) + 1
    return counts


def search_locations(client, extent_wgs84_geometry=None, name_prefix=None, organisation=None,
                     observation_type=None, cancel=None, progress=None):
    """Yield a :func:`record` per matching location, with its number of timeseries.

    ``extent_wgs84_geometry``: a WGS84 QgsGeometry (map extent, polygons), a SpatialFilter or WKT.
    ``progress(done, total)`` as locations are read (total may grow while the first pages come in).
    """
    cancelled = cancel_check(cancel)
    params = _location_params(extent_wgs84_geometry, name_prefix, organisation)
    wanted = _organisation_matches(organisation)
    if (observation_type or "").strip():
        counts = series_per_location(client, observation_type, cancel=cancelled)
        yield from _by_uuid(client, counts, params, wanted, cancelled, progress)
        return
    done = 0
    for page in client.pages("locations/", params, page_size=PAGE_SIZE, cancel=cancelled):
        for location in page.results:
            if cancelled():
                raise errors.CancelledError()
            done += 1
            if isinstance(location, dict) and wanted(location):
                yield record(location, _count_series(client, location.get("uuid"), cancelled))
            if progress is not None:
                progress(done, page.count or done)


def _by_uuid(client, counts, params, wanted, cancelled, progress):
    """The locations of ``counts`` (uuid → number of series), each asked with the one ``uuid`` filter Lizard
    documents (a list of UUIDs in one filter is not documented for locations), together with the area and
    name filters; an answer that is not the location asked for is dropped."""
    uuids = sorted(counts)
    for done, location_uuid in enumerate(uuids, start=1):
        if cancelled():
            raise errors.CancelledError()
        page = client.page("locations/", dict(params, uuid=location_uuid, page_size=1), cancel=cancelled)
        for location in page.results:
            if isinstance(location, dict) and location.get("uuid") == location_uuid and wanted(location):
                yield record(location, counts[location_uuid])
        if progress is not None:
            progress(done, len(uuids))


def timeseries_of(client, location_uuid, cancel=None):
    """The timeseries (Lizard's objects) of one location, checked to belong to it."""
    location_uuid = check_uuid(location_uuid, tr("location"))
    found = []
    for series in client.paginate("timeseries/", {"location__uuid": location_uuid}, page_size=PAGE_SIZE,
                                  cancel=cancel):
        owner = (series.get("location") or {}) if isinstance(series, dict) else {}
        if owner.get("uuid") in (None, location_uuid):
            found.append(series)
    return found
