"""/api/v4/locations/ (CONTRACT-timeseries.md) and the generated timeseries that belong to them.

2000 locations (:data:`LOCATION_COUNT`). The first 300 carry the four seeded series and a few generated
series without events (as before); from location 300 on, series whose events a formula computes when asked
(generated.py), 5000 series in all (:data:`TIMESERIES_COUNT`), over several observation types and units:

- the 1,000,000-event series ``store.TS_MILLION`` (5-minute steps from 2015-01-01, discharge in m3/s,
  with gaps and flags) at LOC-0300;
- generated series ``k`` (0, 1, …): observation type from :data:`FORMULA_TYPES` by ``k``; hourly,
  15-minute or daily steps over about two years; ``interval`` stated except when ``k % 5 == 4``;
  gaps (absent events and null values) when ``k % 4 == 1``, flags when ``k % 3 == 0``; ``k % 50 == 3``
  has value_type "integer", and its ``/aggregates/`` answer 400 (the plugin's fallback to raw events).

Only the documented filters are served: ``uuid``, ``name``/``code`` (exact, ``__startswith``),
``organisation__uuid``, ``geom_within`` (WKT/HEXEWKB/GeoJSON), ``object__type`` and ``ordering`` (name,
last_modified). Anything else is ignored, as Django does. Geometry: a GeoJSON Point with three coordinates,
or null.
"""

import random
import uuid
from operator import itemgetter

from osgeo import ogr

from .base import ApiBase, organisation_uuid
from .filters import CustomFilter, TextFilter, UuidFilter, parse_geometry
from .util import json_response

LOCATION_COUNT = 2000
TIMESERIES_COUNT = 5000
FIRST_FORMULA_LOCATION = 300
# (observation type id, base, amplitude, period ms) of formula series by k % 20: mostly the new types, so
# that searching by GWS_NAP stays a few hundred locations
FORMULA_TYPES = [(8, 4.0, 3.0, 86_400_000 * 365)] * 6 + [(9, 12.0, 8.0, 86_400_000 * 365)] * 6 + \
    [(1, 0.4, 0.4, 86_400_000)] * 4 + [(7, 1.5, 1.4, 86_400_000 * 365)] * 3 + [(2, -1.2, 0.6, 86_400_000 * 365)]
FORMULA_STEPS = (3_600_000, 900_000, 86_400_000)
MILLION_STEPS = 1_021_000  # 5-minute steps of TS_MILLION: with its gaps, exactly 1,000,000 events
OBJECT_TYPES = ("measuringstation", "groundwaterstation", "pumpstation", "weir", "filter")
OBSERVATION_CYCLE = (2, 1, 7)  # observation type ids of the generated timeseries (GWS_NAP, neerslag, verdamping)


def stable_uuid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "fake-lizard:" + ":".join(str(part) for part in parts)))


def _text(obj, *keys):
    for key in keys:
        obj = (obj or {}).get(key)
    return obj


def seed_locations(store, organisations, count=LOCATION_COUNT, seed=7):
    """``count`` locations over the Netherlands; every 25th has no geometry, every 10th is Private."""
    rng = random.Random(seed)
    locations = []
    for i in range(count):
        org_uuid = organisations[i % len(organisations)]
        loc_uuid = stable_uuid("location", i)
        if i % 25 == 7:
            geometry = None
        else:
            geometry = {"type": "Point",
                        "coordinates": [round(rng.uniform(3.6, 7.0), 6), round(rng.uniform(50.8, 53.4), 6), 0.0]}
        kind = None if i % 17 == 5 else OBJECT_TYPES[i % len(OBJECT_TYPES)]
        locations.append({
            "url": store.url("locations", loc_uuid),
            "uuid": loc_uuid,
            "name": f"Meetpunt {i:03d}",
            "code": f"LOC-{i:04d}",
            "geometry": geometry,
            "organisation": store.organisation_ref(org_uuid),
            "object": {"id": None if kind is None else 1000 + i, "type": kind},
            "access_modifier": "Private" if i % 10 == 9 else "Public",
            "extra_metadata": {},
            "created": "2019-05-01T08:00:00Z",
            "last_modified": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T12:00:00Z",
            "last_modified_by": None,
        })
    return locations


def location_ref(location):
    return {key: location[key] for key in ("url", "uuid", "name", "code")}


def generated_timeseries(store, locations):
    """One or two timeseries for every third location (same access as the location), without events."""
    series = []
    for i, location in enumerate(locations):
        if i % 3:
            continue
        for n in range(1 + (i % 2)):
            obs = OBSERVATION_CYCLE[(i // 3 + n) % len(OBSERVATION_CYCLE)]
            ts_uuid = stable_uuid("timeseries", i, n)
            series.append({
                "url": store.url("timeseries", ts_uuid),
                "uuid": ts_uuid,
                "name": f"{location['name']} serie {n + 1}",
                "code": f"{location['code']}-{n + 1}",
                "organisation": dict(location["organisation"]),
                "observation_type": store.observation_type(obs),
                "value_type": "float",
                "interval": 3600 if n == 0 else None,
                "access_modifier": location["access_modifier"],
                "supplier": None,
                "supplier_code": f"{location['code']}-{n + 1}",
                "location": location_ref(location),
                "created": "2019-05-01T08:00:00Z",
                "last_modified": location["last_modified"],
                "events": store.url("timeseries", ts_uuid, "events/"),
            })
    return series


def formula_timeseries(store, locations, existing):
    """``(timeseries, Formula)`` pairs: the 1,000,000-event series, then generated ones until the store has
    :data:`TIMESERIES_COUNT` (``existing`` already), spread over ``locations`` (module docstring)."""
    from .generated import Formula
    from .store import TS_MILLION

    start = 1_420_070_400_000  # 2015-01-01T00:00:00Z
    pairs = [(_formula_series(store, TS_MILLION, locations[0], "Debiet gemaal (5 minuten)", 8, 300),
              Formula(start, 300_000, MILLION_STEPS, 4.0, 3.0, 86_400_000 * 365, gaps=True, flagged=True))]
    for k in range(TIMESERIES_COUNT - existing - 1):
        location = locations[(k + 1) % len(locations)]
        obs, base, amplitude, period = FORMULA_TYPES[k % len(FORMULA_TYPES)]
        step = FORMULA_STEPS[k % len(FORMULA_STEPS)]
        ts = _formula_series(store, stable_uuid("formula", k), location, f"{location['name']} reeks {k}", obs,
                             None if k % 5 == 4 else step // 1000)
        if k % 50 == 3:
            ts["value_type"] = "integer"
        count = (2 * 365 * 86_400_000) // step
        formula = Formula(1_640_995_200_000 + (k % 24) * 3_600_000, step, count, base, amplitude, period,
                          gaps=k % 4 == 1, flagged=k % 3 == 0, integer=k % 50 == 3)
        pairs.append((ts, formula))
    return pairs


def _formula_series(store, ts_uuid, location, name, obs, interval):
    return {
        "url": store.url("timeseries", ts_uuid),
        "uuid": ts_uuid,
        "name": name,
        "code": f"{location['code']}-{ts_uuid[:4]}",
        "organisation": dict(location["organisation"]),
        "observation_type": store.observation_type(obs),
        "value_type": "float",
        "interval": interval,
        "access_modifier": location["access_modifier"],
        "supplier": None,
        "supplier_code": None,
        "location": location_ref(location),
        "created": "2021-12-01T08:00:00Z",
        "last_modified": location["last_modified"],
        "events": store.url("timeseries", ts_uuid, "events/"),
    }


def _point(location):
    geometry = location["geometry"]
    if geometry is None:
        return None
    lon, lat = geometry["coordinates"][:2]
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(lon, lat)
    return point


def geom_within_filter():
    def make(lookup, value):
        shape = parse_geometry(value)
        minx, maxx, miny, maxy = shape.GetEnvelope()

        def test(location):
            if location["geometry"] is None:
                return False
            lon, lat = location["geometry"]["coordinates"][:2]
            return minx <= lon <= maxx and miny <= lat <= maxy and _point(location).Within(shape)

        return test

    return CustomFilter("geom_within", make, cost=10)


class LocationsApi(ApiBase):
    @staticmethod
    def location_filters():
        return [
            UuidFilter("uuid", itemgetter("uuid")),
            TextFilter("name", itemgetter("name"), lookups=("exact", "startswith")),
            TextFilter("code", itemgetter("code"), lookups=("exact", "startswith")),
            UuidFilter("organisation__uuid", organisation_uuid),
            TextFilter("object__type", lambda obj: _text(obj, "object", "type"), lookups=("exact",)),
            geom_within_filter(),
        ]

    def location_list(self, req):
        orderings = {"name": itemgetter("name"), "last_modified": itemgetter("last_modified")}
        return self.list_objects(req, self.visible(req, "locations"), self.location_filters(), orderings)

    def location_detail(self, req, key):
        return json_response(200, self.render(req, self.get_visible(req, "locations", key, "Location")))
