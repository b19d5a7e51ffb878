"""The in-memory data of the fake Lizard: organisations, users, the seed objects and their lookups.

Seed data: the sample objects of the documentation pages (``samples.json``, URLs rewritten to the fake
server) plus deterministic generated objects. Stored dicts are exactly what the API renders, except
``writable`` which is computed per user when rendering.
"""

import datetime as dt
import json
import math
import os
import threading
import uuid

from .util import format_datetime, parse_datetime, parse_duration, slugify, to_epoch_ms, uuid_from_url

NS = "61f5a464-c350-44c1-9bc7-d4b42d7f58cb"
MAASTRICHT = "d19b76d3-93b1-42c2-9ffe-b06af89b16dd"
HUNZE = "3f0f1c7a-8d2b-4b8e-9a51-6c2e4d7b9a10"
SUDWEST = "7c4e2b19-5a3d-4f6e-8b2a-1d9c0e5f4a21"
DELFLAND = "a2b8d4e6-1c3f-4a5b-9d7e-8f0a2c4e6b32"
DDSC = "e5d7c9b1-3a2f-4e6d-8c0b-9a1f3e5d7c43"

# uuid, name, WMS namespace
ORGANISATIONS = [
    (NS, "Nelen & Schuurmans Consultancy", "nelen-schuurmans"),
    (MAASTRICHT, "Maastricht", "maastricht"),
    (HUNZE, "Waterschap Hunze en Aa’s", "hunze-en-aas"),
    (SUDWEST, "Gemeente Súdwest-Fryslân", "sudwest-fryslan"),
    (DELFLAND, "Hoogheemraadschap van Delfland", "delfland"),
    (DDSC, "DDSC", "ddsc"),
]

# name in KEYS -> user; roles: organisation uuid -> role names
USERS = {
    "supplier": {
        "key": "fake-key-jane-supplier-0001",
        "username": "jane.supplier",
        "first_name": "Jane",
        "last_name": "Supplier",
        "roles": {NS: ["user", "supplier"]},
    },
    "reader": {
        "key": "fake-key-rob-reader-0002",
        "username": "rob.reader",
        "first_name": "Rob",
        "last_name": "Reader",
        "roles": {NS: ["user"]},
    },
    "other_org": {
        "key": "fake-key-piet-maas-0003",
        "username": "piet.maas",
        "first_name": "Piet",
        "last_name": "Maas",
        "roles": {MAASTRICHT: ["user", "supplier"]},
    },
}

ACCESS_CODES = {"Public": 0, "Common": 100, "Private": 200, "Hidden": 300}
LOCHEM_SOURCE = "0b7a4c1e-5d3f-4e8a-9c6b-2f1d8e7a3b50"
TS_GROUNDWATER = "ea5aa87d-7a65-4941-b2d1-afc64f5f10c4"
TS_PRIVATE = "5b1e3c7d-9f2a-4d6b-8e0c-1a3b5c7d9e02"
TS_EMPTY = "c3d5e7f9-1b2a-4c6d-8e0f-2a4b6c8d0e13"
TS_MAASTRICHT = "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e024"
TS_MILLION = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"  # 1,000,000 events every 5 minutes from 2015 (generated)

# id, code, parameter, unit
OBSERVATION_TYPES = [
    (1, "neerslag", "Neerslag", "mm"),
    (2, "GWS_NAP", "Grondwaterstand", "m NAP"),
    (3, "DEM", "Hoogte", "m NAP"),
    (4, "kwel", "Kwel/wegzijging", "mm/d"),
    (5, "PET", "Gevoelstemperatuur (PET)", "°C"),
    (6, "bodemberging", "Bodemberging", "mm"),
    (7, "verdamping", "Verdamping", "mm/d"),
    (8, "Q", "Debiet", "m3/s"),
    (9, "WATERTEMP", "Watertemperatuur", "°C"),
]
# theme, unit, observation type id, interval (None: not temporal), style, dtype
THEMES = [
    ("Neerslag", "mm/u", 1, "01:00:00", "Blues:0:20", "f4"),
    ("Grondwaterstand", "m NAP", 2, "1 00:00:00", "RdYlBu:-2:2", "f4"),
    ("Waterdiepte", "m", 521, None, "Blues:0:1.5", "f4"),
    ("Hoogtekaart AHN4", "m NAP", 3, None, "dem_nl", "f4"),
    ("Kwel en wegzijging", "mm/d", 4, None, "RdBu_r:-4.6:-1.17", "f4"),
    ("Hittestress PET", "°C", 5, None, "magma:20:45", "f4"),
    ("Bodemberging", "mm", 6, None, "YlGnBu:0:200", "i2"),
    ("Verdamping", "mm/d", 7, "1 00:00:00", "Greens:0:6", "f4"),
]
PLACES = [
    ("’s-Hertogenbosch", 5.30, 51.69),
    ("Súdwest-Fryslân", 5.55, 53.00),
    ("Lochem", 6.41, 52.16),
    ("Rotterdam", 4.48, 51.92),
    ("Maastricht", 5.69, 50.85),
    ("Delft", 4.36, 52.01),
    ("Assen", 6.56, 52.99),
    ("Rijswijk", 4.32, 52.03),
    ("IJsselmonde", 4.57, 51.89),
    ("Zwolle", 6.09, 52.51),
]
GENERATED_SOURCE_ORGS = [NS, MAASTRICHT, HUNZE, SUDWEST, DELFLAND]
SUPPLIERS = {
    NS: "jane.supplier",
    MAASTRICHT: "piet.maas",
    HUNZE: "h.de.vries",
    SUDWEST: "s.de.boer",
    DELFLAND: "d.jansen",
}
SPECIAL_NAMES = {9: "Grondwaterstand Súdwest-Fryslân"}
GENERATED_SOURCES = 240
LAYER_COLLECTION_THEMES = {"Hittestress PET": "klimaatatlas", "Kwel en wegzijging": "klimaatatlas"}

_SAMPLES_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples.json")
_DEMO_ROOT = "https://demo.lizard.net"
_UUID_NAMESPACE = uuid.UUID("4b0a3c2e-8f55-4c1a-9d2b-6e7f8a9b0c1d")


def stable_uuid(*parts):
    return str(uuid.uuid5(_UUID_NAMESPACE, ":".join(str(part) for part in parts)))


def can_read(user, obj):
    """Public for all, Common for logged-in users, Private/Hidden for members of the organisation."""
    access = obj["access_modifier"]
    if access == "Public":
        return True
    if user is None:
        return False
    if access == "Common":
        return True
    return obj["organisation"]["uuid"] in user["roles"]


def has_role(user, organisation_uuid, role):
    return user is not None and role in user["roles"].get(organisation_uuid, ())


def _rd(lon, lat):
    """A rough WGS84 -> RD New (EPSG:28992) approximation: good enough for fake georeferencing."""
    return round(155000 + (lon - 5.38721) * 68600, 1), round(463000 + (lat - 52.15517) * 111300, 1)


class Store:
    """All objects of one fake server. ``lock`` guards every change."""

    def __init__(self, base_url, wms_endpoint=None, buildings=2000, seed=1):
        self.lock = threading.RLock()
        self.base_url = base_url.rstrip("/")
        self.api_url = self.base_url + "/api/v4/"
        self.wms_endpoint = wms_endpoint or self.base_url + "/wms/"
        self.users = {name: dict(user, roles=dict(user["roles"])) for name, user in USERS.items()}
        self.users_by_key = {user["key"]: user for user in self.users.values()}
        self.samples = self._load_samples()
        self.organisations = [
            {"url": self.url("organisations", org_uuid), "uuid": org_uuid, "name": name}
            for org_uuid, name, _ in ORGANISATIONS
        ]
        self._organisations = {org["uuid"]: org for org in self.organisations}
        self.wms_namespaces = {org_uuid: namespace for org_uuid, _, namespace in ORGANISATIONS}
        self.observation_types = self._observation_types()
        self.rastersources, self.rasters = [], []
        self.source_steps = {}  # rastersource uuid -> sorted epoch ms of its time steps (temporal only)
        self.scenario_sources = set()  # rastersources used in a (fake) scenario
        self._seed_rastersources()
        self._seed_rasters()
        self.buildings, self.building_bbox = self._seed_buildings(buildings, seed)
        self.formulas = {}  # timeseries uuid -> generated.Formula (events computed when asked)
        self.no_aggregates = set()  # timeseries whose /aggregates/ answers 400
        self.timeseries, self.events = self._seed_timeseries()
        self._seed_locations()
        self._seed_scenarios()
        self.tasks = {}  # task id -> {"task": rendered task, "polls": n, ...}
        self.uploads = []  # {source_uuid, filename, size, timestamp, sha256, task_id, content_type}
        self.reindex()

    # --- helpers -------------------------------------------------------------------------------------

    def url(self, endpoint, key=None, suffix=""):
        url = f"{self.api_url}{endpoint}/"
        if key is not None:
            url += f"{key}/"
        return url + suffix

    def rewrite(self, data):
        """Sample JSON -> this server: demo.lizard.net becomes base_url, '?format=api' is dropped."""
        if isinstance(data, dict):
            return {key: self.rewrite(value) for key, value in data.items()}
        if isinstance(data, list):
            return [self.rewrite(value) for value in data]
        if isinstance(data, str) and data.startswith(_DEMO_ROOT):
            return self.base_url + data[len(_DEMO_ROOT) :].replace("?format=api", "")
        return data

    def _load_samples(self):
        with open(_SAMPLES_PATH, encoding="utf-8") as handle:
            return self.rewrite(json.load(handle))

    def organisation_ref(self, org_uuid):
        org = self._organisations[org_uuid]
        return {"url": org["url"], "uuid": org["uuid"], "name": org["name"]}

    def reindex(self):
        with self.lock:
            self.index = {
                "organisations": {org["uuid"]: org for org in self.organisations},
                "rastersources": {obj["uuid"]: obj for obj in self.rastersources},
                "rasters": {obj["uuid"]: obj for obj in self.rasters + self.scenario_rasters},
                "scenarios": {obj["uuid"]: obj for obj in self.scenarios},
                "buildings": {obj["id"]: obj for obj in self.buildings},
                "timeseries": {obj["uuid"]: obj for obj in self.timeseries},
                "locations": {obj["uuid"]: obj for obj in self.locations},
                "observationtypes": {obj["id"]: obj for obj in self.observation_types},
            }

    def add(self, kind, obj, key="uuid"):
        with self.lock:
            getattr(self, kind).append(obj)
            self.index[kind][obj[key]] = obj

    def wms_layer_name(self, org_uuid, name):
        return f"{self.wms_namespaces.get(org_uuid, 'lizard')}:{slugify(name)}"

    def set_wms_layers(self, layer_names, endpoint=None):
        """Points the first len(layer_names) rasters at ``endpoint`` with these layer names.

        Returns the uuids of the rasters changed (in order).
        """
        changed = []
        with self.lock:
            for raster, layer in zip(self.rasters, layer_names):
                raster["wms_info"] = {"endpoint": endpoint or self.wms_endpoint, "layer": layer}
                changed.append(raster["uuid"])
        return changed

    # --- observation types --------------------------------------------------------------------------

    def _observation_types(self):
        sample = dict(self.samples["raster"]["observation_type"])
        created = "2016-07-14T10:07:22.899825Z"
        result = [sample]
        for type_id, code, parameter, unit in OBSERVATION_TYPES:
            result.append(
                {
                    "url": self.url("observationtypes", type_id),
                    "id": type_id,
                    "code": code,
                    "parameter": parameter,
                    "unit": unit,
                    "scale": "ratio",
                    "description": "",
                    "domain_values": None,
                    "reference_frame": None,
                    "compartment": None,
                    "created": created,
                    "last_modified": created,
                }
            )
        return sorted(result, key=lambda obs: obs["id"])

    def observation_type(self, type_id):
        return next(obs for obs in self.observation_types if obs["id"] == type_id)

    # --- rastersources -------------------------------------------------------------------------------

    def _seed_rastersources(self):
        lochem = self._lochem_source()
        samples = [dict(obj) for obj in self.samples["rastersources_page"]["results"]]
        generated = [self._generated_source(i) for i in range(GENERATED_SOURCES)]
        for source in [lochem] + samples + generated:
            self._init_steps(source)
        self.rastersources = sorted([lochem] + samples + generated, key=lambda obj: obj["id"])

    def _lochem_source(self):
        raster = self.samples["raster"]
        fields = (
            "spatial_bounds",
            "projection",
            "origin_x",
            "origin_y",
            "upper_bound_x",
            "upper_bound_y",
            "pixelsize_x",
            "pixelsize_y",
            "temporal",
            "interval",
            "first_value_timestamp",
            "last_value_timestamp",
        )
        return dict(
            {key: raster[key] for key in fields},
            id=310442,
            uuid=LOCHEM_SOURCE,
            url=self.url("rastersources", LOCHEM_SOURCE),
            name=raster["name"],
            description="Kwel en wegzijging 2050, klimaatatlas Lochem.",
            organisation=raster["organisation"],
            access_modifier="Public",
            supplier="chris.kerklaan",
            supplier_code=None,
            created="2020-05-19T11:58:02.120551Z",
            last_modified="2020-05-19T12:01:44.904318Z",
            writable=False,
            layers=[raster["url"]],
            labeltypes=[],
            size=21845,
            dtype="f4",
            fill_value="-9999.0",
        )

    def _generated_source(self, i):
        theme, unit, _, interval, _, dtype = THEMES[i % len(THEMES)]
        place, lon, lat = PLACES[(i // len(THEMES)) % len(PLACES)]
        org_uuid = GENERATED_SOURCE_ORGS[(i // 4) % len(GENERATED_SOURCE_ORGS)]
        source_uuid = stable_uuid("rastersource", i)
        created = dt.datetime(2019, 1, 7, 9, tzinfo=dt.timezone.utc) + dt.timedelta(
            days=3 * i, seconds=1234 * i, microseconds=(i * 45677) % 1000000
        )
        name = SPECIAL_NAMES.get(i, f"{theme} {place} – {2024 - i // 80} ({unit})")
        if i % 6 == 5:
            description = None
        elif i % 3 == 0:
            description = ""
        else:
            description = f"{theme} voor {place}; bron: klimaatatlas, bewerkt door {SUPPLIERS[org_uuid]}."
        source = {
            "id": 480001 + i,
            "uuid": source_uuid,
            "url": self.url("rastersources", source_uuid),
            "name": name,
            "description": description,
            "organisation": self.organisation_ref(org_uuid),
            "access_modifier": ("Public", "Public", "Common", "Private")[i % 4],
            "supplier": SUPPLIERS[org_uuid],
            "supplier_code": f"RS-{i:04d}" if i % 2 == 0 else None,
            "temporal": interval is not None,
            "interval": interval,
            "created": format_datetime(created),
            "last_modified": format_datetime(created + dt.timedelta(days=i % 90, minutes=17)),
            "writable": False,
            "layers": [],
            "labeltypes": [],
            "size": (i * 7919993) % 900000000 + 1000,
            "dtype": dtype,
            "fill_value": "-32768" if dtype == "i2" else "-9999.0",
        }
        if i % 23 == 11:  # a new, empty source: no data yet
            source.update(
                self.empty_georeference(),
                first_value_timestamp=None,
                last_value_timestamp=None,
                size=0,
                dtype=None,
                fill_value=None,
            )
            return source
        half = 0.02 + (i % 5) * 0.02
        center = (lon + ((i * 37) % 11 - 5) * 0.01, lat + ((i * 53) % 7 - 3) * 0.01)
        projection = {3: "EPSG:4326", 5: "EPSG:3857"}.get(i % 7, "EPSG:28992")
        source.update(self.georeference(center, half, projection, (0.5, 5.0, 10.0, 25.0, 100.0)[i % 5]))
        if i % 37 == 5:
            source["spatial_bounds"] = None
        if interval:
            first = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=i % 30)
            count = 48 if interval == "01:00:00" else 30
            last = first + (count - 1) * parse_duration(interval)
            source.update(
                first_value_timestamp=format_datetime(first), last_value_timestamp=format_datetime(last)
            )
        else:
            source.update(
                first_value_timestamp="1970-01-01T00:00:00Z", last_value_timestamp="1970-01-01T00:00:00Z"
            )
        if i % 10 == 6:
            self.scenario_sources.add(source_uuid)
        return source

    @staticmethod
    def empty_georeference():
        keys = (
            "spatial_bounds",
            "projection",
            "origin_x",
            "origin_y",
            "upper_bound_x",
            "upper_bound_y",
            "pixelsize_x",
            "pixelsize_y",
        )
        return dict.fromkeys(keys)

    @staticmethod
    def georeference(center, half, projection, pixel):
        """Bounds around ``center`` (lon, lat) and plausible grid numbers in ``projection``."""
        west, east = center[0] - half, center[0] + half
        south, north = center[1] - half * 0.6, center[1] + half * 0.6
        if projection == "EPSG:4326":
            lower, upper, pixel = (west, south), (east, north), 0.0001
        elif projection == "EPSG:3857":

            def merc(lon, lat):
                return (
                    round(lon * 111319.49079, 1),
                    round(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * 6378137.0, 1),
                )

            lower, upper = merc(west, south), merc(east, north)
        else:
            lower, upper = _rd(west, south), _rd(east, north)
        return {
            "spatial_bounds": {"west": west, "east": east, "north": north, "south": south},
            "projection": projection,
            "origin_x": lower[0],
            "origin_y": lower[1],
            "upper_bound_x": upper[0],
            "upper_bound_y": upper[1],
            "pixelsize_x": pixel,
            "pixelsize_y": -pixel,
        }

    def _init_steps(self, source):
        """Time steps of a seeded temporal source: first..last by interval, or just first and last."""
        if not source["temporal"] or not source["first_value_timestamp"]:
            return
        first = to_epoch_ms(parse_datetime(source["first_value_timestamp"]))
        last = to_epoch_ms(parse_datetime(source["last_value_timestamp"]))
        if first <= 0:  # 1970-01-01: a placeholder, no data yet
            return
        steps = {first, last}
        if source["interval"]:
            step = parse_duration(source["interval"]) // dt.timedelta(milliseconds=1)
            steps.update(range(first, last + 1, step) if step else ())
        self.source_steps[source["uuid"]] = sorted(steps)

    # --- rasters -------------------------------------------------------------------------------------

    def _seed_rasters(self):
        by_uuid = {source["uuid"]: source for source in self.rastersources}
        sample = dict(self.samples["raster"])
        sample["wms_info"] = dict(sample["wms_info"], endpoint=self.wms_endpoint)
        rasters = [sample]
        layer_sources = {}
        for source in self.samples["rastersources_page"]["results"]:
            for layer_url in source["layers"]:
                layer_sources.setdefault(uuid_from_url(layer_url), []).append(by_uuid[source["uuid"]])
        for layer_uuid, sources in layer_sources.items():
            name = (
                sources[0]["name"] if len(sources) == 1 else f"{sources[0]['name']} + {len(sources) - 1} more"
            )
            rasters.append(
                self.new_raster(
                    layer_uuid,
                    name,
                    sources,
                    observation_type=521,
                    created=sources[0]["last_modified"],
                    supplier=sources[0]["supplier"],
                    style="Blues:0:1.5",
                )
            )
        generated = [source for source in self.rastersources if source["id"] > 480000]
        for i, source in enumerate(generated):
            theme = THEMES[i % len(THEMES)]
            if i % 3 == 2:
                continue
            variants = [("", theme[4])] + ([(" (klassen)", "viridis")] if i % 12 == 0 else [])
            for suffix, style in variants:
                raster = self.new_raster(
                    stable_uuid("raster", i, suffix),
                    source["name"] + suffix,
                    [source],
                    observation_type=theme[2],
                    created=source["last_modified"],
                    supplier=source["supplier"],
                    style=style,
                    layer_collections=[LAYER_COLLECTION_THEMES[theme[0]]]
                    if theme[0] in LAYER_COLLECTION_THEMES
                    else [],
                )
                rasters.append(raster)
                source["layers"].append(raster["url"])
        self.rasters = rasters

    def new_raster(
        self,
        raster_uuid,
        name,
        sources,
        observation_type,
        created,
        supplier,
        style,
        access_modifier=None,
        description="",
        layer_collections=(),
    ):
        """A raster layer for ``sources``: georeference and times derived from them."""
        org_uuid = sources[0]["organisation"]["uuid"]
        raster = {
            "url": self.url("rasters", raster_uuid),
            "uuid": raster_uuid,
            "last_modified": created,
            "created": created,
            "organisation": self.organisation_ref(org_uuid),
            "access_modifier": access_modifier or sources[0]["access_modifier"],
            "supplier": supplier,
            "shared_with": [],
            "writable": False,
            "is_geoblock": len(sources) > 1,
            "source": {
                "name": "raster",
                "graph": {"raster": ["lizard_nxt.blocks.LizardRasterSource", sources[0]["uuid"]]},
            },
            "weight": 0,
            "raster_sources": [source["url"] for source in sources],
            "name": name,
            "description": description,
            "observation_type": self.observation_type(observation_type),
            "layer_collections": list(layer_collections),
            "wms_info": {"endpoint": self.wms_endpoint, "layer": self.wms_layer_name(org_uuid, name)},
            "options": {"styles": style},
            "colormap": {},
            "rescalable": True,
            "aggregation_type": "none",
        }
        self.derive_from_sources(raster, sources)
        return raster

    @staticmethod
    def derive_from_sources(raster, sources):
        """Sets a raster's temporal fields, georeference and dtype from its sources (the first one leads)."""
        first = sources[0]
        raster["temporal"] = any(source["temporal"] for source in sources)
        raster["interval"] = next((source["interval"] for source in sources if source["interval"]), None)
        for key, pick in (("first_value_timestamp", min), ("last_value_timestamp", max)):
            values = [parse_datetime(source[key]) for source in sources if source[key]]
            raster[key] = format_datetime(pick(values)) if values else None
        boxes = [source["spatial_bounds"] for source in sources if source["spatial_bounds"]]
        raster["spatial_bounds"] = (
            {
                "west": min(box["west"] for box in boxes),
                "east": max(box["east"] for box in boxes),
                "north": max(box["north"] for box in boxes),
                "south": min(box["south"] for box in boxes),
            }
            if boxes
            else None
        )
        for key in (
            "projection",
            "origin_x",
            "origin_y",
            "upper_bound_x",
            "upper_bound_y",
            "pixelsize_x",
            "pixelsize_y",
            "dtype",
            "fill_value",
        ):
            raster[key] = first[key]

    def raster_steps(self, raster):
        """Sorted epoch ms of a raster's time steps: the union of its temporal sources' steps."""
        steps = set()
        for source_url in raster["raster_sources"]:
            steps.update(self.source_steps.get(uuid_from_url(source_url), ()))
        return sorted(steps)

    # --- buildings -----------------------------------------------------------------------------------

    def _seed_buildings(self, count, seed):
        """The sample building and ``count`` generated ones (buildings.py); (buildings, id -> WGS84 bbox)."""
        from .buildings import seed_buildings

        return seed_buildings(self, count, seed)

    # --- timeseries ----------------------------------------------------------------------------------

    def _seed_timeseries(self):
        specs = [
            (TS_GROUNDWATER, "Grondwaterstand peilbuis B32C0123-001", "B32C0123-001", NS, "Public", 2),
            (TS_PRIVATE, "Waterstand gemaal De Zuidpolder", "GML-ZP-01", NS, "Private", 2),
            (TS_EMPTY, "Neerslag Rijswijk (handmatig)", "NS-RW-01", NS, "Public", 1),
            (TS_MAASTRICHT, "Grondwaterstand Maastricht Jekerdal", "MS-JK-07", MAASTRICHT, "Private", 2),
        ]
        timeseries, events = [], {}
        for ts_uuid, name, code, org_uuid, access, obs in specs:
            timeseries.append(
                {
                    "url": self.url("timeseries", ts_uuid),
                    "uuid": ts_uuid,
                    "name": name,
                    "code": code,
                    "organisation": self.organisation_ref(org_uuid),
                    "observation_type": self.observation_type(obs),
                    "value_type": "float",
                    "interval": None,
                    "access_modifier": access,
                    "supplier": SUPPLIERS[org_uuid],
                    "supplier_code": code,
                    "created": "2016-03-01T08:00:00Z",
                    "last_modified": "2025-02-18T10:29:41.962911Z",
                    "events": self.url("timeseries", ts_uuid, "events/"),
                }
            )
            events[ts_uuid] = {}
        sample_events = self.samples["events_page"]["results"]
        first_sample = parse_datetime(sample_events[0]["time"])
        generated = self.samples["events_page"]["count"] - len(sample_events)
        for k in range(generated):
            time = first_sample - dt.timedelta(weeks=generated - k, hours=k % 5)
            self._store_event(
                events[TS_GROUNDWATER],
                {
                    "time": format_datetime(time),
                    "value": round(17.2 + ((k * 37) % 100) / 60.0, 3),
                    "flag": 0,
                    "validation_code": "",
                    "comment": "",
                    "detection_limit": "",
                    "last_modified": format_datetime(time + dt.timedelta(days=14)),
                },
            )
        for event in sample_events:
            self._store_event(events[TS_GROUNDWATER], dict(event))
        for k in range(24):
            time = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc) + dt.timedelta(hours=k)
            self._store_event(
                events[TS_PRIVATE],
                {
                    "time": format_datetime(time),
                    "value": round(-0.42 + k * 0.01, 3),
                    "flag": None,
                    "validation_code": "",
                    "comment": "",
                    "detection_limit": "",
                    "last_modified": "2024-03-02T06:00:00Z",
                },
            )
        return timeseries, events

    def _seed_locations(self):
        """Locations (tests/fake_lizard/locations.py); the first four carry the four timeseries above."""
        from .locations import (
            FIRST_FORMULA_LOCATION,
            formula_timeseries,
            generated_timeseries,
            location_ref,
            seed_locations,
        )

        self.locations = seed_locations(self, [NS, NS, MAASTRICHT, HUNZE, DELFLAND])
        for ts, location in zip(self.timeseries, self.locations):
            location["organisation"] = dict(ts["organisation"])
            location["access_modifier"] = ts["access_modifier"]
            ts["location"] = location_ref(location)
        for ts in generated_timeseries(self, self.locations[4:FIRST_FORMULA_LOCATION]):
            self.timeseries.append(ts)
            self.events[ts["uuid"]] = {}
        for ts, formula in formula_timeseries(self, self.locations[FIRST_FORMULA_LOCATION:], len(self.timeseries)):
            self.timeseries.append(ts)
            self.formulas[ts["uuid"]] = formula
            if ts["value_type"] != "float":
                self.no_aggregates.add(ts["uuid"])

    def _seed_scenarios(self):
        """3Di scenarios, their results, result rasters (not in ``rasters``) and raw files: scenarios.py."""
        from .scenarios import seed_scenarios

        self.scenarios, self.scenario_results, self.scenario_rasters, self.scenario_files = seed_scenarios(self)

    @staticmethod
    def _store_event(series, event):
        series[parse_datetime(event["time"])] = event
