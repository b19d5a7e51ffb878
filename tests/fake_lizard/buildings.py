"""The fake Lizard's buildings: the documentation's sample building and generated ones, clustered in a few
Dutch towns (:data:`BUILDING_AREAS`), with addresses, times and organisations like Lizard's."""

import datetime as dt
import random

from .store import GENERATED_SOURCE_ORGS, HUNZE, MAASTRICHT, NS, SUDWEST
from .util import format_datetime

# name, lon, lat, weight, organisation, municipality code, city, postal code prefix, streets
BUILDING_AREAS = [
    (
        "Rijswijk",
        4.312,
        52.030,
        4,
        NS,
        "0603",
        "Rijswijk",
        "2286",
        ("Suze Groenewegstraat", "Generaal Spoorlaan", "Haagweg", "Van Vredenburchweg"),
    ),
    (
        "’s-Gravenzande",
        4.165,
        52.002,
        2,
        NS,
        "1783",
        "'s-Gravenzande",
        "2691",
        ("Pieter Zeemanstraat 's-Gravenzande", "Naaldwijkseweg", "Langestraat"),
    ),
    ("Lochem", 6.412, 52.160, 2, NS, "0262", "Lochem", "7241", ("Nieuweweg", "Zwiepseweg", "Tramstraat")),
    ("Kampen", 5.915, 52.556, 1, HUNZE, "0166", "Kampen", "8261", ("Ĳsselkade", "Oudestraat", "Burgwal")),
    ("Sneek", 5.660, 53.032, 1, SUDWEST, "1900", "Snits", "8601", ("Súdwei", "Marktstraat", "Kleinzand")),
    (
        "Maastricht",
        5.690,
        50.850,
        1,
        MAASTRICHT,
        "0935",
        "Maastricht",
        "6211",
        ("Boschstraat", "Markt", "Wycker Brugstraat"),
    ),
]
BUILDING_AREA_SPAN = (0.04, 0.025)  # lon, lat extent of each area's cluster
FIRST_BUILDING_ID = 20000001
_POSTAL_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"


def seed_buildings(store, count, seed):
    """The sample building of the documentation and ``count`` generated ones in :data:`BUILDING_AREAS`
    (deterministic for ``seed``): (buildings as the API renders them, building id -> WGS84 bbox)."""
    sample = store.samples["building"]
    buildings = [sample]
    bbox = {sample["id"]: ring_bbox(sample["geometry"]["coordinates"][0])}
    rng = random.Random(seed)
    areas = [area for area in BUILDING_AREAS for _ in range(area[3])]
    orgs = {org_uuid: store.organisation_ref(org_uuid) for org_uuid in GENERATED_SOURCE_ORGS}
    created_base = dt.datetime(2019, 6, 25, 13, 54, 16, tzinfo=dt.timezone.utc)
    start_base = dt.date(2009, 1, 1).toordinal()
    for k in range(count):
        building_id = FIRST_BUILDING_ID + k
        name, lon, lat, _, org_uuid, municipality, city, postal, streets = areas[
            rng.randrange(len(areas))
        ]
        cx = lon + (rng.random() - 0.5) * BUILDING_AREA_SPAN[0]
        cy = lat + (rng.random() - 0.5) * BUILDING_AREA_SPAN[1]
        half_w, half_h = 0.00004 + rng.random() * 0.0001, 0.000025 + rng.random() * 0.00008
        x0, x1, y0, y1 = (
            round(cx - half_w, 7),
            round(cx + half_w, 7),
            round(cy - half_h, 7),
            round(cy + half_h, 7),
        )
        created = created_base + dt.timedelta(seconds=rng.randrange(400 * 86400))
        start = dt.date.fromordinal(start_base + rng.randrange(5000))
        end = None
        if rng.random() < 0.1:
            end = (
                dt.date.fromordinal(start.toordinal() + 1 + rng.randrange(3000)).isoformat()
                + "T00:00:00Z"
            )
        build_year = None if rng.random() < 0.1 else rng.randint(1850, 2023)
        buildings.append(
            {
                "url": f"{store.api_url}buildings/{building_id}/",
                "id": building_id,
                "code": f"{municipality}10{k:010d}",
                "organisation": orgs[org_uuid],
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [
                        [[x0, y0, 0.0], [x1, y0, 0.0], [x1, y1, 0.0], [x0, y1, 0.0], [x0, y0, 0.0]]
                    ],
                },
                "last_modified": format_datetime(created + dt.timedelta(days=rng.randrange(1500))),
                "created": format_datetime(created),
                "image_url": "",
                "addresses": _addresses(rng, streets, city, postal),
                "start": start.isoformat() + "T00:00:00Z",
                "end": end,
                "build_year": build_year,
            }
        )
        bbox[building_id] = (x0, y0, x1, y1)
    return buildings, bbox


def ring_bbox(ring):
    xs = [point[0] for point in ring]
    ys = [point[1] for point in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _addresses(rng, streets, city, postal):
    """None (20%), one (65%) or several (15%: an apartment block with letters or suffixes)."""
    roll = rng.random()
    if roll < 0.2:
        return []
    street = streets[rng.randrange(len(streets))]
    postalcode = postal + _POSTAL_LETTERS[rng.randrange(21)] + _POSTAL_LETTERS[rng.randrange(21)]
    number = rng.randint(1, 250)
    if roll < 0.85:
        letter = "ABCD"[rng.randrange(4)] if rng.random() < 0.2 else ""
        suffix = ("bis", "1", "2")[rng.randrange(3)] if rng.random() < 0.1 else ""
        return [_address(street, number, letter, suffix, postalcode, city)]
    use_letters = rng.random() < 0.5
    return [
        _address(
            street,
            number,
            "ABCD"[n] if use_letters else "",
            "" if use_letters else str(n + 1),
            postalcode,
            city,
        )
        for n in range(2 + rng.randrange(3))
    ]


def _address(street, number, letter, suffix, postalcode, city):
    return {
        "street": street,
        "house_number": number,
        "house_letter": letter,
        "house_number_suffix": suffix,
        "postalcode": postalcode,
        "city": city,
    }
