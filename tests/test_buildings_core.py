"""Buildings for an area (core.buildings.buildings) against the fake Lizard.

Expected sets are computed from ``lizard.data.buildings`` with plain rectangle math or OGR (the fake's own
geometry library), independent of the QGIS geometry code under test.
"""

import json
import math
import threading

import pytest
from lizard_explorer.core import errors
from lizard_explorer.core.buildings.buildings import (
    MAX_WKT,
    PAGE_SIZE,
    WKB_TYPE,
    Area,
    BuildingFilter,
    Download,
    bbox_text,
    crs,
    fields,
    to_features,
)
from lizard_explorer.core.client import LizardClient
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

RD = QgsCoordinateReferenceSystem("EPSG:28992")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
NS = "61f5a464-c350-44c1-9bc7-d4b42d7f58cb"
RIJSWIJK = (4.29, 52.015, 4.335, 52.045)  # west, south, east, north: the whole generated Rijswijk cluster
# A pentagon in RD New (EPSG:28992) over part of the Rijswijk cluster (x 79800-82600, y 448250-451000).
RD_POLYGON = "POLYGON((80500 449000,82000 449100,82300 450000,81200 450700,80400 450100,80500 449000))"


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, retries=0, proxies={}) as session:
        yield session


def building_requests(lizard):
    return [r.query for r in lizard.requests if r.path == "/api/v4/buildings/"]


def bbox(building):
    ring = building["geometry"]["coordinates"][0]
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def overlaps(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def ogr_polygon(building):
    ring = building["geometry"]["coordinates"][0]
    return ogr.CreateGeometryFromWkt("POLYGON((" + ",".join("{!r} {!r}".format(p[0], p[1]) for p in ring) + "))")


def load(client, area, attributes=None, **kwargs):
    download = Download(client, area, attributes, **kwargs)
    buildings = [b for batch in download.pages() for b in batch]
    ids = [b["id"] for b in buildings]
    assert len(ids) == len(set(ids)), "a building came back twice"
    return download, buildings


def ids_of(buildings):
    return {b["id"] for b in buildings}


def box_area(west, south, east, north):
    return Area(box=QgsRectangle(west, south, east, north))


def rd_to_wgs84_ogr(wkt):
    """The RD polygon in WGS84 (lon, lat) with OGR/OSR: vertex by vertex, as a client sends it."""
    shape = ogr.CreateGeometryFromWkt(wkt)
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(28992)
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    shape.Transform(osr.CoordinateTransformation(source, target))
    return shape


# ------------------------------------------------------------------------------------------------ in_bbox


def test_in_bbox_is_sent_longitude_first_and_returns_the_overlapping_buildings(client, lizard):
    west, south, east, north = 4.30, 52.02, 4.32, 52.035
    download, buildings = load(client, box_area(west, south, east, north))

    (first, *rest) = building_requests(lizard)
    sent = [float(v) for v in first["in_bbox"][0].split(",")]
    assert sent == pytest.approx([west, south, east, north])
    assert all(q["in_bbox"] == first["in_bbox"] for q in rest)
    expected = {b["id"] for b in lizard.data.buildings if overlaps(bbox(b), (west, south, east, north))}
    assert 15614306 in expected and len(expected) > PAGE_SIZE  # the sample building, and several pages
    assert ids_of(buildings) == expected
    assert download.total == len(expected) and download.yielded == len(expected)


# --------------------------------------------------------------------------------------- geometry filters


def test_rd_selection_becomes_a_wgs84_geom_intersects_with_the_right_buildings(client, lizard):
    polygon = QgsGeometry.fromWkt(RD_POLYGON)
    area = Area.from_geometries([polygon], RD)
    _, buildings = load(client, area)

    (query, *_) = building_requests(lizard)
    assert "in_bbox" not in query
    sent = ogr.CreateGeometryFromWkt(query["geom_intersects"][0])
    assert sent is not None
    # Its vertices are lon/lat; transformed back to RD they lie on the selection's outline (within 1 m).
    to_rd = osr.CoordinateTransformation(*_srs_pair(4326, 28992))
    back = sent.Clone()
    back.Transform(to_rd)
    outline = ogr.CreateGeometryFromWkt(RD_POLYGON).GetBoundary()
    ring = back.GetGeometryRef(0)
    for i in range(ring.GetPointCount()):
        x, y = ring.GetX(i), ring.GetY(i)
        assert 80000 < x < 82500 and 448900 < y < 450800
        point = ogr.CreateGeometryFromWkt("POINT({!r} {!r})".format(x, y))
        assert point.Distance(outline) < 1.0

    shape = rd_to_wgs84_ogr(RD_POLYGON)
    expected = {b["id"] for b in lizard.data.buildings if shape.Intersects(ogr_polygon(b))}
    assert 50 < len(expected) < 700
    assert ids_of(buildings) == expected


def _srs_pair(source_epsg, target_epsg):
    pair = []
    for code in (source_epsg, target_epsg):
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(code)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        pair.append(srs)
    return pair


def test_within_predicate_returns_only_buildings_wholly_inside(client, lizard):
    polygon = QgsGeometry.fromWkt(RD_POLYGON)
    _, within = load(client, Area.from_geometries([polygon], RD, predicate="within"))
    lizard.reset_requests()
    _, intersecting = load(client, Area.from_geometries([polygon], RD))

    shape = rd_to_wgs84_ogr(RD_POLYGON)
    expected = {b["id"] for b in lizard.data.buildings if ogr_polygon(b).Within(shape)}
    assert ids_of(within) == expected
    assert ids_of(within) < ids_of(intersecting)  # the buildings on the outline are left out


def test_within_predicate_is_sent_as_geom_within(client, lizard):
    load(client, Area.from_geometries([QgsGeometry.fromWkt(RD_POLYGON)], RD, predicate="within"))
    (query, *_) = building_requests(lizard)
    assert "geom_within" in query and "geom_intersects" not in query and "in_bbox" not in query


def flower(cx, cy, radius, vertices, lobes=150, amplitude=0.05):
    """A WGS84 polygon with thousands of vertices and many small lobes, which simplification cuts off."""
    points = []
    for k in range(vertices):
        angle = 2 * math.pi * k / vertices
        r = radius * (1 + amplitude * math.sin(lobes * angle))
        points.append(QgsPointXY(cx + r * math.cos(angle), cy + 0.6 * r * math.sin(angle)))
    return QgsGeometry.fromPolygonXY([points + [points[0]]])


@pytest.mark.parametrize("predicate", ["intersects", "within"])
def test_detailed_polygon_is_sent_short_and_the_result_is_still_exact(client, lizard, predicate):
    polygon = flower(4.312, 52.030, 0.012, 8000)
    assert len(polygon.asWkt(7)) > 20 * MAX_WKT
    _, buildings = load(client, Area.from_geometries([polygon], WGS84, predicate=predicate))

    queries = building_requests(lizard)
    assert queries and all(len(q["geom_" + predicate][0]) <= MAX_WKT for q in queries)
    shape = ogr.CreateGeometryFromWkt(polygon.asWkt(17))
    relation = (lambda b: shape.Intersects(ogr_polygon(b))) if predicate == "intersects" else (
        lambda b: ogr_polygon(b).Within(shape))
    expected = {b["id"] for b in lizard.data.buildings if relation(b)}
    assert len(expected) > 100
    assert ids_of(buildings) == expected


# ---------------------------------------------------------------------------------------- pages, features


def test_all_pages_arrive_once_with_their_attributes_and_2d_multipolygons(client, lizard):
    by_id = {b["id"]: b for b in lizard.data.buildings}
    layer_fields = fields()
    seen = {}
    for box in ((5.89, 52.54, 5.94, 52.57), (5.63, 53.01, 5.69, 53.05), RIJSWIJK):  # Kampen, Sneek, Rijswijk
        _, buildings = load(client, box_area(*box))
        for feature in to_features(buildings, layer_fields):
            ident = feature["id"]
            assert ident not in seen
            seen[ident] = feature
    assert len(seen) > 3 * PAGE_SIZE

    streets, counts = set(), set()
    for ident, feature in seen.items():
        original = by_id[ident]
        addresses = original["addresses"]
        counts.add(min(len(addresses), 2))
        assert feature["code"] == original["code"]
        assert feature["address_count"] == len(addresses)
        value = feature["addresses"]
        if addresses:
            assert json.loads(value) == addresses
            assert feature["street"] == addresses[0]["street"]
            assert feature["house_number"] == addresses[0]["house_number"]
            assert feature["postalcode"] == addresses[0]["postalcode"]
            streets.add(feature["street"])
        else:
            assert value is None or (isinstance(value, QVariant) and value.isNull())
        build_year = feature["build_year"]
        if original["build_year"] is None:
            assert build_year is None or (isinstance(build_year, QVariant) and build_year.isNull())
        else:
            assert build_year == original["build_year"]
        geometry = feature.geometry()
        assert geometry.wkbType() == WKB_TYPE == QgsWkbTypes.MultiPolygon
        x0, y0, x1, y1 = bbox(original)
        box = geometry.boundingBox()
        assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == pytest.approx(
            (x0, y0, x1, y1), abs=1e-9)
    assert {"Ĳsselkade", "Súdwei"} <= streets
    assert counts == {0, 1, 2}  # none, one and several addresses were among them
    assert crs().authid() == "EPSG:4326"


def test_sample_building_has_its_documented_attributes(client, lizard):
    _, buildings = load(client, box_area(4.3123, 52.0256, 4.3125, 52.0258))
    features = {f["id"]: f for f in to_features(buildings, fields())}
    feature = features[15614306]
    assert feature["code"] == "0603100000003566"
    assert feature["organisation"] == "Nelen & Schuurmans Consultancy"
    assert feature["street"] == "Suze Groenewegstraat" and feature["house_number"] == 32
    assert feature["postalcode"] == "2286JG" and feature["city"] == "Rijswijk"
    assert feature["build_year"] == 1970 and feature["address_count"] == 1
    assert feature["start"].toString("yyyy-MM-dd") == "2010-11-26"
    assert feature["end"].toString("yyyy-MM-dd") == "2023-07-04"


# -------------------------------------------------------------------------------------- limit and cancel


def test_max_features_stops_at_the_limit(client, lizard):
    download, buildings = load(client, box_area(*RIJSWIJK), max_features=250)
    assert len(buildings) == 250 and download.yielded == 250
    assert len(building_requests(lizard)) < 8  # it did not fetch every page of the ~730 buildings


def test_cancel_midway_raises_cancelled_after_some_batches(client, lizard):
    stop = threading.Event()
    download = Download(client, box_area(*RIJSWIJK), concurrency=1)
    batches = []
    with pytest.raises(errors.CancelledError):
        for batch in download.pages(cancel=stop):
            batches.append(batch)
            if len(batches) == 2:
                stop.set()
    assert len(batches) == 2
    assert download.total > 3 * PAGE_SIZE


# --------------------------------------------------------------------------------------------- bare mode


def test_bare_arrays_lose_nothing_by_splitting_the_box(client, lizard):
    _, paginated = load(client, box_area(*RIJSWIJK))
    lizard.buildings_mode = "bare"
    download, bare = load(client, box_area(*RIJSWIJK))

    assert len(paginated) > PAGE_SIZE
    assert ids_of(bare) == ids_of(paginated)
    assert download.splits > 0 and download.total is None and not download.incomplete


def test_split_budget_stops_splitting_keeps_what_arrived_and_names_the_incomplete_boxes(client, lizard,
                                                                                       monkeypatch):
    from lizard_explorer.core.buildings import buildings

    lizard.buildings_mode = "bare"
    monkeypatch.setattr(buildings, "MAX_SPLITS", 1, raising=False)
    download, bare = load(client, box_area(*RIJSWIJK))
    assert download.splits == 1
    assert len(building_requests(lizard)) == 5  # the whole box, then its four quarters: no more
    assert download.incomplete and download.incomplete_boxes
    assert len(bare) >= PAGE_SIZE  # what arrived is kept
    text = download.incomplete_text()
    assert all(bbox_text(box) in text for box in download.incomplete_boxes)
    assert "may be missing" in text


def test_split_depth_budget_names_the_tiny_box(client, lizard):
    lizard.buildings_mode = "bare"
    download, bare = load(client, box_area(*RIJSWIJK), max_depth=0)
    assert download.splits == 0 and len(building_requests(lizard)) == 1
    assert [bbox_text(box) for box in download.incomplete_boxes] == [bbox_text(QgsRectangle(*RIJSWIJK))]
    assert len(bare) == PAGE_SIZE


def test_count_is_known_when_paginated_and_none_for_bare_arrays(client, lizard):
    expected = sum(1 for b in lizard.data.buildings if overlaps(bbox(b), RIJSWIJK))
    assert Download(client, box_area(*RIJSWIJK)).count() == expected
    lizard.buildings_mode = "bare"
    assert Download(client, box_area(*RIJSWIJK)).count() is None


# ------------------------------------------------------------------------------------- attribute filters


def sent_filters(lizard):
    (query, *_) = building_requests(lizard)
    return {k: v[0] for k, v in query.items() if k not in ("in_bbox", "page_size", "page")}


@pytest.mark.parametrize("attributes, params, keep", [
    (BuildingFilter(code="0603100000003566"), {"code": "0603100000003566"},
     lambda b: b["code"] == "0603100000003566"),
    (BuildingFilter(code="1900", code_starts_with=True), {"code__startswith": "1900"},
     lambda b: b["code"].startswith("1900")),
    (BuildingFilter(build_year_min=1950, build_year_max=1960),
     {"build_year__gte": "1950", "build_year__lte": "1960"},
     lambda b: b["build_year"] is not None and 1950 <= b["build_year"] <= 1960),
    (BuildingFilter(postalcode="2286 a"), {"addresses__postalcode__startswith": "2286A"},
     lambda b: any(a["postalcode"].startswith("2286A") for a in b["addresses"])),
    (BuildingFilter(house_number_min=10, house_number_max=20),
     {"addresses__house_number__gte": "10", "addresses__house_number__lte": "20"},
     lambda b: any(10 <= a["house_number"] <= 20 for a in b["addresses"])),
    (BuildingFilter(organisation=NS), {"organisation__uuid": NS},
     lambda b: b["organisation"]["uuid"] == NS),
    (BuildingFilter(organisation="nelen"), {"organisation__name__icontains": "nelen"},
     lambda b: "nelen" in b["organisation"]["name"].lower()),
])
def test_attribute_filters_map_to_the_documented_parameters(client, lizard, attributes, params, keep):
    box = (4.0, 50.0, 7.0, 54.0)  # every generated area
    _, buildings = load(client, box_area(*box), attributes)
    assert sent_filters(lizard) == params
    expected = {b["id"] for b in lizard.data.buildings if keep(b)}
    assert expected
    assert ids_of(buildings) == expected


def test_valid_at_filter_is_sent_and_applied(client, lizard):
    moment = "2015-06-01T00:00:00Z"
    _, buildings = load(client, box_area(*RIJSWIJK), BuildingFilter(valid_at=moment))
    assert sent_filters(lizard) == {"valid_at": moment}
    assert buildings
    for building in buildings:
        assert building["start"] is None or building["start"] <= moment
        assert building["end"] is None or building["end"] > moment


def test_multipolygons_with_holes_become_2d_and_broken_geometry_leaves_the_feature_without_one():
    square = [[0.0, 0.0, 0.0], [4.0, 0.0, 0.0], [4.0, 4.0, 0.0], [0.0, 4.0, 0.0], [0.0, 0.0, 0.0]]
    hole = [[1.0, 1.0, 0.0], [2.0, 1.0, 0.0], [2.0, 2.0, 0.0], [1.0, 1.0, 0.0]]
    other = [[5.0, 5.0, 0.0], [6.0, 5.0, 0.0], [6.0, 6.0, 0.0], [5.0, 5.0, 0.0]]
    good = {"id": 1, "geometry": {"type": "MultiPolygon", "coordinates": [[square, hole], [other]]}, "addresses": []}
    broken = {"id": 2, "geometry": {"type": "Polygon", "coordinates": [[[1.0], [2.0, "x"]]]}, "addresses": []}
    missing = {"id": 3, "geometry": None, "addresses": []}
    first, second, third = to_features([good, broken, missing], fields())
    assert first.geometry().wkbType() == QgsWkbTypes.MultiPolygon
    assert first.geometry().area() == pytest.approx(16 - 0.5 + 0.5)
    assert first.geometry().constGet().numGeometries() == 2
    assert not second.hasGeometry() and not third.hasGeometry()
    assert [f["id"] for f in (first, second, third)] == [1, 2, 3]
