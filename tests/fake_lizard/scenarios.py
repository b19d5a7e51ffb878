"""3Di scenarios (``/api/v4/scenarios/``), their results and raw files, as CONTRACT-scenarios.md describes them.

Seed facts (deterministic):

- :data:`SCENARIO_COUNT` scenarios ``i = 0..299`` (uuid ``stable_uuid("scenario", i)``, id ``9000 + i``) over
  the organisations of :data:`SCENARIO_ORGS` (``i % 3``). Access: Public when ``i % 5 < 3``, Common when 3,
  Private when 4. ``last_modified`` is a permutation of ``i`` (so "newest first" is not the seed order).
- Grid in ``projection`` (EPSG:28992; EPSG:32631 when ``i % 10 == 6``), ``origin_*`` the lower-left corner,
  ``upper_bound_*`` the upper-right, positive ``pixelsize_*``. Simulations last two hours.
- Results (ids ``200000 + 10 i + k``, all on one page): raw files ``results-3di`` (its ``attachment_url``
  answers with a 302 to the server's ``result_host``, another origin: the key must not follow),
  ``grid-admin`` and ``logfiles`` when ``has_raw_results``; rasters ``depth-max-dtri``, ``s1-max-dtri``
  (Basic), ``depth-dtri`` (Basic, temporal: steps every 30 minutes from ``simulation_start`` to
  ``simulation_end``), ``depth-first-dtri`` (Arrival) and, for even ``i``, ``total-damage`` (Damage).
  Scenario :data:`EMPTY_SCENARIO` has no results at all.
- The result rasters are in ``/rasters/<uuid>/`` (not in the ``/rasters/`` list) with every grid field
  ``null`` (the LDOCS notebook): a client must use the scenario's grid. Their ``/data/`` pixels follow
  ``rasterdata.pixel_values`` like every other raster. ``wms_info`` = the store's WMS endpoint with layer
  ``scenarios:<scenario id>:<code>``.
- Raw files are :func:`file_bytes` of their result id (``size`` bytes), served with ``Range`` support.

Both paging styles work: ``limit``/``offset`` and ``page``/``page_size``; ``count`` is the total.
``/results`` is answered with and without its trailing slash.
"""

import datetime as dt
import functools
import re
from operator import itemgetter
from urllib.parse import urlencode

import numpy
from osgeo import osr

from .base import DEFAULT_PAGE_SIZE, organisation_name, organisation_uuid, paginate
from .filters import CustomFilter, TextFilter, UuidFilter, apply_filters, apply_ordering
from .store import HUNZE, MAASTRICHT, NS, PLACES, SUPPLIERS, can_read, stable_uuid
from .util import ApiError, Response, format_datetime, json_response, slugify, to_epoch_ms, uuid_from_url

SCENARIO_COUNT = 300
SCENARIO_ORGS = (NS, MAASTRICHT, HUNZE)
EMPTY_SCENARIO = 7  # i of the scenario without results
FIRST_RESULT_ID = 200000
EVENTS = ("T10 bui", "T100 bui", "T1000 bui", "dijkdoorbraak", "piekbui")
STEP_MINUTES = 30
DURATION_HOURS = 2
RAW = (  # code, name, file name, size
    ("results-3di", "Raw 3Di output", "results_3di.nc", 300_000),
    ("grid-admin", "Grid administration", "gridadmin.h5", 120_000),
    ("logfiles", "Log files", "log_files.zip", 20_000),
)
RASTERS = (  # code, name, family, temporal
    ("depth-max-dtri", "Max water depth", "Basic", False),
    ("s1-max-dtri", "Max water level", "Basic", False),
    ("depth-dtri", "Water depth (timeseries)", "Basic", True),
    ("depth-first-dtri", "Arrival time", "Arrival", False),
    ("total-damage", "Total damage", "Damage", False),
)
REDIRECTED = "results-3di"  # its attachment answers with a redirect to another origin
ORDERINGS = ("name", "model_name", "last_modified", "total_size", "created", "simulation_start")
FAMILIES = {"raw": "Raw", "basic": "Basic", "arrival": "Arrival", "damage": "Damage"}
BASE_TIME = dt.datetime(2023, 1, 2, tzinfo=dt.timezone.utc)
MODIFIED_TIME = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)


def file_bytes(result_id, size):
    """The deterministic content of a raw file: ``(7 * offset + result_id) % 251`` per byte."""
    return ((numpy.arange(size, dtype=numpy.int64) * 7 + result_id) % 251).astype(numpy.uint8).tobytes()


def range_response(data, range_header, content_type="application/octet-stream", filename=None):
    """A 200 with the whole file, or for ``Range: bytes=a-[b]`` a 206 with that part (416 when outside)."""
    headers = {"Accept-Ranges": "bytes"}
    if filename:
        headers["Content-Disposition"] = 'attachment; filename="{}"'.format(filename)
    match = re.fullmatch(r"\s*bytes=(\d+)-(\d*)\s*", range_header or "")
    if not match:
        return Response(200, data, content_type=content_type, headers=headers)
    start = int(match.group(1))
    end = min(int(match.group(2)) if match.group(2) else len(data) - 1, len(data) - 1)
    if start >= len(data) or end < start:
        headers["Content-Range"] = "bytes */{}".format(len(data))
        return Response(416, b"", content_type=None, headers=headers)
    headers["Content-Range"] = "bytes {}-{}/{}".format(start, end, len(data))
    return Response(206, data[start : end + 1], content_type=content_type, headers=headers)


@functools.cache
def _from_wgs84(epsg):
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = osr.SpatialReference()
    target.ImportFromEPSG(epsg)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(wgs, target)


def _grid(i):
    """(projection, origin_x, origin_y, upper_bound_x, upper_bound_y, pixel size) of scenario ``i``."""
    _place, lon, lat = PLACES[i % len(PLACES)]
    lon += ((i // len(PLACES)) % 7 - 3) * 0.02
    lat += ((i // 70) % 3 - 1) * 0.015
    width, height = 1000 + (i % 4) * 500, 800 + (i % 3) * 400
    pixel = (5.0, 10.0, 4.0)[i % 3]
    epsg = 32631 if i % 10 == 6 else 28992
    x, y, _z = _from_wgs84(epsg).TransformPoint(lon, lat)
    ox = round((x - width / 2.0) / pixel) * pixel
    oy = round((y - height / 2.0) / pixel) * pixel
    return "EPSG:{}".format(epsg), float(ox), float(oy), float(ox + width), float(oy + height), pixel


def seed_scenarios(store):
    """(scenarios, results by scenario uuid, result rasters, raw files by result id) for ``store``;
    registers the temporal rasters' steps in ``store.source_steps``."""
    scenarios, results, rasters, files = [], {}, [], {}
    projects = [(stable_uuid("project", n), "Project {}".format(name)) for n, name in
                enumerate(("Klimaatatlas", "Deltaplan", "Stresstest"))]
    for i in range(SCENARIO_COUNT):
        org = SCENARIO_ORGS[i % 3]
        place = PLACES[i % len(PLACES)][0]
        scenario_uuid = stable_uuid("scenario", i)
        scenario_url = store.url("scenarios", scenario_uuid)
        access = ("Public", "Public", "Public", "Common", "Private")[i % 5]
        start = BASE_TIME + dt.timedelta(days=(i * 29) % 365, hours=i % 24)
        end = start + dt.timedelta(hours=DURATION_HOURS)
        modified = MODIFIED_TIME + dt.timedelta(hours=(i * 37) % SCENARIO_COUNT, microseconds=i)
        projection, ox, oy, ux, uy, pixel = _grid(i)
        model = "v2_{}-{:040x}".format(slugify(place), (i // 2) * 7919)
        project = projects[i % 4] if i % 4 < 3 else None
        has_raw = i % 6 != 5
        scenario = {
            "url": scenario_url,
            "uuid": scenario_uuid,
            "id": 9000 + i,
            "name": "{} {} {:03d}".format(place, EVENTS[i % len(EVENTS)], i),
            "source": "3Di",
            "description": "3Di simulation of a {} in {}.".format(EVENTS[i % len(EVENTS)], place),
            "organisation": store.organisation_ref(org),
            "access_modifier": access,
            "last_modified": format_datetime(modified),
            "created": format_datetime(modified - dt.timedelta(hours=1, microseconds=-123456)),
            "simulation_identifier": str(110000 + i),
            "simulation_start": format_datetime(start),
            "simulation_end": format_datetime(end),
            "supplier": SUPPLIERS[org],
            "model_identifier": "" if i % 11 == 10 else str(50000 + i // 2),
            "model_revision": str(1 + i % 9),
            "model_name": model,
            "has_raw_results": has_raw,
            "total_size": 0,
            "extra_metadata": {},
            "project": store.url("projects", project[0]) if project else None,
            "projection": projection,
            "origin_x": ox, "origin_y": oy, "upper_bound_x": ux, "upper_bound_y": uy,
            "pixelsize_x": pixel, "pixelsize_y": pixel,
        }
        scenario["_project_name"] = project[1] if project else None
        own = []
        if i != EMPTY_SCENARIO:
            k = 0
            for code, name, filename, size in RAW if has_raw else ():
                result_id = FIRST_RESULT_ID + 10 * i + k
                size += i * 10
                files[result_id] = (filename, size, code == REDIRECTED, scenario)
                own.append(_result(store, scenario, result_id, name, code, "Raw", None,
                                   store.url("scenario-results", result_id, filename)))
                scenario["total_size"] += size
                k += 1
            for code, name, family, temporal in RASTERS:
                if code == "total-damage" and i % 2:
                    continue
                result_id = FIRST_RESULT_ID + 10 * i + k
                raster = _raster(store, scenario, code, name, temporal, start, end)
                rasters.append(raster)
                own.append(_result(store, scenario, result_id, name, code, family, raster["url"], None))
                scenario["total_size"] += 4 * (ux - ox) * (uy - oy) // (pixel * pixel)
                k += 1
        scenario["total_size"] = int(scenario["total_size"])
        results[scenario_uuid] = own
        scenarios.append(scenario)
    return scenarios, results, rasters, files


def _result(store, scenario, result_id, name, code, family, raster_url, attachment_url):
    return {
        "url": "{}results/{}/".format(scenario["url"], result_id),
        "id": result_id,
        "name": name,
        "code": code,
        "description": "",
        "family": family,
        "scenario": scenario["url"],
        "raster": raster_url,
        "attachment_url": attachment_url,
    }


def _raster(store, scenario, code, name, temporal, start, end):
    raster_uuid = stable_uuid("scenario-raster", scenario["uuid"], code)
    source_uuid = stable_uuid("scenario-source", scenario["uuid"], code)
    if temporal:
        steps, moment = [], start
        while moment <= end:
            steps.append(to_epoch_ms(moment))
            moment += dt.timedelta(minutes=STEP_MINUTES)
        store.source_steps[source_uuid] = steps
    return {
        "url": store.url("rasters", raster_uuid),
        "uuid": raster_uuid,
        "name": "{}: {}".format(scenario["name"], name),
        "description": "",
        "organisation": dict(scenario["organisation"]),
        "access_modifier": scenario["access_modifier"],
        "supplier": scenario["supplier"],
        "created": scenario["created"],
        "last_modified": scenario["last_modified"],
        "temporal": temporal,
        "interval": "00:{:02d}:00".format(STEP_MINUTES) if temporal else None,
        "first_value_timestamp": scenario["simulation_start"] if temporal else None,
        "last_value_timestamp": scenario["simulation_end"] if temporal else None,
        "raster_sources": [store.url("rastersources", source_uuid)],
        "spatial_bounds": None,
        "projection": None, "origin_x": None, "origin_y": None, "upper_bound_x": None, "upper_bound_y": None,
        "pixelsize_x": None, "pixelsize_y": None,
        "dtype": "f4",
        "fill_value": -9999.0,
        "wms_info": {"endpoint": store.wms_endpoint, "layer": "scenarios:{}:{}".format(scenario["id"], code)},
        "options": {"styles": "Blues:0:2"},
        "observation_type": None,
        "scenario": scenario["url"],
    }


def render_scenario(obj):
    return {key: value for key, value in obj.items() if not key.startswith("_")}


def limit_offset(req, base_url, items, render, maximum):
    """DRF's LimitOffsetPagination: ``limit`` (default the page size, capped) from ``offset``."""
    try:
        limit = int(req.param("limit"))
        limit = min(limit, maximum) if limit > 0 else DEFAULT_PAGE_SIZE
    except (TypeError, ValueError):
        limit = DEFAULT_PAGE_SIZE
    try:
        offset = max(0, int(req.param("offset") or 0))
    except ValueError:
        offset = 0

    def link(new_offset):
        pairs = [(k, v) for k, v in req.query_pairs if k not in ("limit", "offset")]
        pairs += [("limit", str(limit)), ("offset", str(new_offset))]
        return base_url + req.path + "?" + urlencode(pairs)

    return json_response(200, {
        "count": len(items),
        "next": link(offset + limit) if offset + limit < len(items) else None,
        "previous": link(max(0, offset - limit)) if offset > 0 else None,
        "results": [render(obj) for obj in items[offset : offset + limit]],
    })


class ScenariosApi:
    """``/scenarios/`` (list, detail), ``/scenarios/<uuid>/results[/<family>]/`` and the raw files."""

    def scenario_routes(self, key):
        scenario = r"/api/v4/scenarios/(?P<key>[^/]+)"
        return [
            ("/api/v4/scenarios/", {"GET": self.scenario_list}),
            (f"/api/v4/scenarios/{key}/", {"GET": self.scenario_detail}),
            (scenario + r"/results/?", {"GET": self.scenario_results}),  # TSD asks without the slash
            (scenario + r"/results/(?P<family>raw|basic|arrival|damage)/", {"GET": self.scenario_results}),
            (scenario + r"/results/(?P<result_id>\d+)/", {"GET": self.scenario_result_detail}),
            (r"/api/v4/scenario-results/(?P<result_id>\d+)/(?P<filename>[^/]+)", {"GET": self.scenario_file}),
        ]

    def _scenario(self, req, key):
        return self.get_visible(req, "scenarios", key, "Scenario")

    def scenario_list(self, req):
        def project_uuid(lookup, value):
            wanted = value.strip().lower()
            return lambda obj: bool(obj["project"]) and uuid_from_url(obj["project"]).lower() == wanted

        specs = [
            TextFilter("name", itemgetter("name")),
            UuidFilter("uuid", itemgetter("uuid")),
            TextFilter("model_name", itemgetter("model_name")),
            TextFilter("model_revision", itemgetter("model_revision")),
            UuidFilter("organisation__uuid", organisation_uuid),
            TextFilter("organisation__name", organisation_name),
            TextFilter("organisation", organisation_name),
            CustomFilter("project__uuid", project_uuid),
            TextFilter("project__name", itemgetter("_project_name")),
            TextFilter("supplier__username", itemgetter("supplier")),
            TextFilter("username", itemgetter("supplier")),
        ]
        items = apply_filters(self.visible(req, "scenarios"), specs, req.query)
        fields = {name: itemgetter(name) for name in ORDERINGS}
        items = apply_ordering(items, req.param("ordering") or "-last_modified", fields)
        if req.param("limit") is not None or req.param("offset") is not None:
            return limit_offset(req, self.store.base_url, items, render_scenario, self.max_page_size)
        return paginate(req, self.store.base_url, items, render_scenario, self.max_page_size)

    def scenario_detail(self, req, key):
        return json_response(200, render_scenario(self._scenario(req, key)))

    def scenario_results(self, req, key, family=None):
        scenario = self._scenario(req, key)
        results = self.store.scenario_results[scenario["uuid"]]
        if family:
            results = [r for r in results if r["family"] == FAMILIES[family]]
        return paginate(req, self.store.base_url, results, dict, self.max_page_size, default=100)

    def scenario_result_detail(self, req, key, result_id):
        scenario = self._scenario(req, key)
        for result in self.store.scenario_results[scenario["uuid"]]:
            if result["id"] == int(result_id):
                return json_response(200, result)
        raise ApiError(404, "No Result matches the given query.")

    def scenario_file(self, req, result_id, filename):
        found = self.store.scenario_files.get(int(result_id))
        if found is None or found[0] != filename or not can_read(req.user, found[3]):
            raise ApiError(404, "Not found.")
        name, size, redirected, _scenario = found
        if redirected:  # presigned storage on another origin: the client's key must not go along
            location = self.result_host.add_file(name, file_bytes(int(result_id), size))
            return Response(302, b"", content_type=None, headers={"Location": location})
        return range_response(file_bytes(int(result_id), size), req.headers.get("Range"), filename=name)
