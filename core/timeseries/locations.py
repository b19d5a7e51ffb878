"""Lizard monitoring locations (``/api/v4/locations/``) and their timeseries.

:func:`search_locations` yields one record per location as it reads them, a page at a time, so a caller can
write (or draw) as it goes. Only filters that Lizard documents for locations are sent (``geom_within`` as
WGS84 WKT, ``name__startswith``, ``code__startswith``, ``organisation__uuid``, ``timeseries__start__lte`` /
``timeseries__end__gte``), and every one of them is checked here as well: a server that ignores a filter must
not add locations. An organisation given by name and the observation type are applied here: the
observation type through ``/timeseries/?observation_type__code=`` grouped by the series' location, whose
locations are then fetched with the one ``uuid`` filter. Geometry is parsed loosely: ``null`` is no point, and
a point may have two or three coordinates.

"Name or code starts with" asks Lizard twice (``name__startswith`` and ``code__startswith``; it documents no
"or") and merges the answers without duplicates: users type either and should not have to say which.

The number of series of a location costs one request each (``/timeseries/?location__uuid=`` with
``page_size=1``: its ``count``; Lizard documents no filter that counts the series of many locations at once:
``uuid__in`` is the series' own uuid, ``location__organisation__uuid`` "requires also filter on code"); they
are asked for a page of locations at a time, at most ``workers`` at once (:func:`core.parallel.run_parallel`).
A caller that shows the locations at once passes ``count_series=False`` (``timeseries_count`` None) and asks
the counts afterwards with :func:`count_series`. With "has data between" the series of each location are read
instead (the same one request for nearly every location), which gives the count and the check together.
"""

from .. import errors
from ..client import cancel_check
from ..compat import FieldType
from ..i18n import tr
from ..log import get_logger
from ..parallel import run_parallel
from ..query import as_uuid, check_uuid, short_wkt
from ..times import iso_utc, to_utc

log = get_logger("locations")

PAGE_SIZE = 100
WORKERS = 8  # series requests in flight at once while locations stream in


# The fields of a layer of locations (the dock's, lizard:searchlocations' output), in order.
FIELDS = (
    ("uuid", FieldType.String),
    ("code", FieldType.String),
    ("name", FieldType.String),
    ("organisation", FieldType.String),
    ("object_type", FieldType.String),
    ("timeseries_count", FieldType.Int),
)


def fields():
    """The :data:`FIELDS` as QgsFields."""
    from qgis.core import QgsField, QgsFields

    result = QgsFields()
    for name, kind in FIELDS:
        result.append(QgsField(name, kind))
    return result


def to_features(records, layer_fields):
    """QgsFeatures (WGS84 points; none for a location without one) of :func:`record` dicts."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    features = []
    for found in records:
        feature = QgsFeature(layer_fields)
        if found["point"] is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*found["point"])))
        feature.setAttributes([found[name] for name, _kind in FIELDS])
        features.append(feature)
    return features


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


def _geometry(area):
    """The WGS84 QgsGeometry of ``area`` (a QgsGeometry, a SpatialFilter, a feature) or None for WKT/None."""
    if area is None or isinstance(area, str):
        return None
    geometry = getattr(area, "geometry", area)
    if callable(geometry):  # QgsFeature.geometry()
        geometry = geometry()
    if geometry.isEmpty():
        raise errors.InvalidRequestError(tr("The area to search in is empty."))
    return geometry


def _wkt(area):
    """WGS84 WKT of ``area``: WKT text as it is, a QgsGeometry, or anything with a ``geometry`` attribute (a
    detailed one simplified to a shape that covers it, so the URL stays short; the search checks each location
    against the exact geometry)."""
    if isinstance(area, str):
        return area.strip() or None
    geometry = _geometry(area)
    return short_wkt(geometry, "within") if geometry is not None else None


def _period(data_between):
    """``(start, end)`` as aware UTC datetimes (either may be None), or None when no period is asked."""
    if not data_between:
        return None
    start, end = (to_utc(value) if value not in (None, "") else None for value in data_between)
    if start is None and end is None:
        return None
    if start is not None and end is not None and end < start:
        raise errors.InvalidRequestError(tr("The end time is before the start time."))
    return start, end


def _location_params(extent, organisation, period):
    params = {}
    wkt = _wkt(extent)
    if wkt:
        params["geom_within"] = wkt
    org_uuid = as_uuid(organisation or "")
    if org_uuid:
        params["organisation__uuid"] = org_uuid
    if period is not None:
        start, end = period
        if end is not None:
            params["timeseries__start__lte"] = iso_utc(end)
        if start is not None:
            params["timeseries__end__gte"] = iso_utc(start)
    return params


class _Checks:
    """What every location must pass here, whatever the server did with the filters."""

    def __init__(self, area, organisation, prefixes, any_prefix=False):
        self.geometry = _geometry(area)
        self.engine = None
        if self.geometry is not None:
            from qgis.core import QgsGeometry

            self.engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
            self.engine.prepareGeometry()
        text = (organisation or "").strip()
        self.organisation = "" if not text or as_uuid(text) else text.lower()
        self.organisation_uuid = as_uuid(text)
        self.prefixes = prefixes  # {"name": text} and/or {"code": text}
        self.any_prefix = any_prefix  # one of the prefixes matching is enough (else: all of them)

    def __call__(self, location):
        if not isinstance(location, dict) or not location.get("uuid"):
            return False
        if self.organisation or self.organisation_uuid:
            owner = location.get("organisation") if isinstance(location.get("organisation"), dict) else {}
            if self.organisation and self.organisation not in str(owner.get("name") or "").lower():
                return False
            if self.organisation_uuid and owner.get("uuid") not in (None, self.organisation_uuid):
                return False
        if self.prefixes:
            matches = [str(location.get(key) or "").startswith(text) for key, text in self.prefixes.items()]
            if not (any(matches) if self.any_prefix else all(matches)):
                return False
        if self.engine is not None:
            point = point_of(location)
            if point is None:
                return False
            from qgis.core import QgsGeometry, QgsPointXY

            candidate = QgsGeometry.fromPointXY(QgsPointXY(*point))  # outlives the call (constGet keeps no ref)
            if not self.engine.intersects(candidate.constGet()):
                return False
        return True


def has_data_in(series, period):
    """Whether a timeseries (Lizard's JSON) has data in ``period`` (``(start, end)``, either may be None):
    its ``start``–``end`` overlaps it. A series without a start or end has no data."""
    try:
        first, last = to_utc(series.get("start")), to_utc(series.get("end"))
    except (errors.LizardError, ValueError, AttributeError):
        return False
    if first is None or last is None:
        return False
    start, end = period
    return (end is None or first <= end) and (start is None or last >= start)


def _count_series(client, location_uuid, cancel):
    answer = client.get("timeseries/", {"location__uuid": location_uuid, "page_size": 1}, cancel=cancel)
    if isinstance(answer, dict) and isinstance(answer.get("count"), int):
        return answer["count"]
    return len(answer) if isinstance(answer, list) else None


def count_series(client, location_uuids, cancel=None, workers=WORKERS, batch=PAGE_SIZE // 2):
    """Yield ``{location uuid: number of series}`` for ``batch`` locations at a time, in the order given, asked
    ``workers`` at a time (one ``/timeseries/?location__uuid=`` request each); a count that could not be asked
    is None (logged)."""
    cancelled = cancel_check(cancel)
    uuids = list(location_uuids)
    for start in range(0, len(uuids), batch):
        if cancelled():
            raise errors.CancelledError()
        chunk = uuids[start:start + batch]
        answers, failures = run_parallel(chunk, lambda uuid: _count_series(client, uuid, cancelled),
                                         cancel=cancelled, workers=workers)
        if failures:
            log.warning("The series of %d location(s) could not be counted: %s", len(failures), failures[0][1])
        yield dict(zip(chunk, answers))


def series_per_location(client, observation_type, cancel=None, progress=None, period=None):
    """``{location uuid: number of series}`` of the timeseries with this observation type code (with data in
    ``period`` when given: ``(start, end)``)."""
    code = observation_type.strip()
    params = {"observation_type__code": code}
    if period is not None:
        if period[1] is not None:
            params["start__lte"] = iso_utc(period[1])
        if period[0] is not None:
            params["end__gte"] = iso_utc(period[0])
    counts = {}
    for series in client.paginate("timeseries/", params, page_size=PAGE_SIZE, cancel=cancel, progress=progress):
        location = series.get("location") if isinstance(series, dict) else None
        found = ((series.get("observation_type") or {}) if isinstance(series, dict) else {}).get("code")
        if found is not None and found != code:
            continue  # a server that ignored the filter
        if period is not None and not has_data_in(series, period):
            continue
        if isinstance(location, dict) and location.get("uuid"):
            counts[location["uuid"]] = counts.get(location["uuid"], 0) + 1
    return counts


def search_locations(client, extent_wgs84_geometry=None, name_prefix=None, organisation=None,
                     observation_type=None, cancel=None, progress=None, *, code_prefix=None, name_or_code=None,
                     data_between=None, limit=None, workers=WORKERS, count=True):
    """Yield a :func:`record` per matching location, with its number of timeseries (``count=False``: None
    where it would cost a request per location — ask :func:`count_series` afterwards).

    ``extent_wgs84_geometry``: a WGS84 QgsGeometry (map extent, polygons), a SpatialFilter or WKT.
    ``name_prefix`` / ``code_prefix``: the name / code starts with this; ``name_or_code``: either does (two
    searches, merged). ``data_between``: ``(start, end)`` (UTC; either may be None): only locations with a
    series that has data in that period. ``limit``: stop after this many locations (0/None: all).
    ``progress(done, total)`` as locations are read (total may grow while the first pages come in).
    """
    cancelled = cancel_check(cancel)
    period = _period(data_between)
    prefixes = {}
    for key, text in (("name", name_prefix), ("code", code_prefix)):
        if (text or "").strip():
            prefixes[key] = text.strip()
    searches = [prefixes]
    either = dict(prefixes)  # the observation-type path checks the prefixes here only: any of them
    if (name_or_code or "").strip() and not prefixes:
        text = name_or_code.strip()
        searches = [{"name": text}, {"code": text}]
        either = {"name": text, "code": text}
    params = _location_params(extent_wgs84_geometry, organisation, period)
    state = {"yielded": 0, "seen": set(), "limit": int(limit or 0)}
    if (observation_type or "").strip():
        counts = series_per_location(client, observation_type, cancel=cancelled, period=period)
        checks = _Checks(extent_wgs84_geometry, organisation, either, any_prefix=len(searches) > 1)
        yield from _by_uuid(client, counts, params, checks, cancelled, progress, state, workers)
        return
    totals = {}
    for number, wanted in enumerate(searches):
        query = dict(params, **{"{}__startswith".format(key): text for key, text in wanted.items()})
        checks = _Checks(extent_wgs84_geometry, organisation, wanted)
        done = 0
        for page in client.pages("locations/", query, page_size=PAGE_SIZE, cancel=cancelled):
            if cancelled():
                raise errors.CancelledError()
            done += len(page.results)
            totals[number] = max(page.count or 0, done)
            fresh = [loc for loc in page.results if checks(loc) and loc["uuid"] not in state["seen"]]
            yield from _counted(client, fresh, period, cancelled, state, workers, count)
            if progress is not None:
                progress(sum(totals.values()) - totals[number] + done, sum(totals.values()))
            if state["limit"] and state["yielded"] >= state["limit"]:
                return


def _room(state, records):
    """``records`` cut to what the limit leaves; each marked as seen."""
    if state["limit"]:
        records = records[:max(0, state["limit"] - state["yielded"])]
    state["yielded"] += len(records)
    state["seen"].update(found["uuid"] for found in records)
    return records


def _counted(client, locations, period, cancelled, state, workers, count=True):
    """Records of ``locations`` with their number of series, asked ``workers`` at a time (``count=False``:
    None, not asked); with ``period`` only those with a series that has data in it."""
    if period is None and not count:
        return _room(state, [record(location) for location in locations])
    if period is None:
        def job(location):
            return _count_series(client, location["uuid"], cancelled)
    else:
        def job(location):
            return timeseries_of(client, location["uuid"], cancel=cancelled)
    if state["limit"] and period is None:
        locations = locations[:max(0, state["limit"] - state["yielded"])]
    answers, failures = run_parallel(locations, job, cancel=cancelled, workers=workers)
    if failures:
        log.warning("The series of %d location(s) could not be counted: %s", len(failures), failures[0][1])
    records = []
    for location, answer in zip(locations, answers):
        if period is None or answer is None:
            records.append(record(location, answer))  # a failed check keeps what the server filtered
        elif any(has_data_in(series, period) for series in answer):
            records.append(record(location, len(answer)))
    return _room(state, records)


def _by_uuid(client, counts, params, checks, cancelled, progress, state, workers):
    """The locations of ``counts`` (uuid → number of series), each asked with the one ``uuid`` filter Lizard
    documents (a list of UUIDs in one filter is not documented for locations), together with the area and
    organisation filters, ``workers`` at a time; an answer that is not the location asked for is dropped."""
    uuids = sorted(counts)

    def job(location_uuid):
        page = client.page("locations/", dict(params, uuid=location_uuid, page_size=1), cancel=cancelled)
        return next((loc for loc in page.results if isinstance(loc, dict) and loc.get("uuid") == location_uuid
                     and checks(loc)), None)

    for start in range(0, len(uuids), PAGE_SIZE):
        if cancelled():
            raise errors.CancelledError()
        chunk = uuids[start:start + PAGE_SIZE]
        answers, failures = run_parallel(chunk, job, cancel=cancelled, workers=workers)
        if failures:
            raise failures[0][1]
        yield from _room(state, [record(loc, counts[loc["uuid"]]) for loc in answers if loc is not None])
        if progress is not None:
            progress(start + len(chunk), len(uuids))
        if state["limit"] and state["yielded"] >= state["limit"]:
            return


def timeseries_of(client, location_uuid, cancel=None):
    """The timeseries (Lizard's JSON) of one location, checked to belong to it."""
    location_uuid = check_uuid(location_uuid, tr("location"))
    found = []
    for series in client.paginate("timeseries/", {"location__uuid": location_uuid}, page_size=PAGE_SIZE,
                                  cancel=cancel):
        owner = (series.get("location") or {}) if isinstance(series, dict) else {}
        if owner.get("uuid") in (None, location_uuid):
            found.append(series)
    return found
