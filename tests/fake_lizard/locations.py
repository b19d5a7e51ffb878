"""/api/v4/locations/ (CONTRACT-timeseries.md) and the generated timeseries that belong to them.

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

LOCATION_COUNT = 300
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
