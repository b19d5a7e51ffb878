"""Finding raster layers and rastersources (core.rasters.search) and describing them (core.rasters.describe).

Against the fake Lizard, anonymously: only Public objects are visible. Expected sets are computed from
``lizard.data`` with plain rectangle math, independent of the QGIS geometry code under test.
"""

import threading
import time

import pytest
from lizard_explorer.core import errors, times
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.query import SpatialFilter, as_uuid, bounds_rectangle, footprint
from lizard_explorer.core.rasters import describe
from lizard_explorer.core.rasters.search import ORDERINGS, RasterQuery, RasterSearch
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle

LOCHEM_RASTER = "d8f36211-68c5-4211-b530-2c22932f396b"
NS = "61f5a464-c350-44c1-9bc7-d4b42d7f58cb"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
RD = QgsCoordinateReferenceSystem("EPSG:28992")
DOCUMENTED = {"name__icontains", "uuid", "organisation__uuid", "organisation__name__icontains", "access_modifier",
              "observation_type__code", "ordering", "page_size", "page"}


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, retries=0) as session:
        yield session


def public(lizard, scope):
    return [obj for obj in getattr(lizard.data, scope) if obj["access_modifier"] == "Public"]


def overlaps(bounds, box):
    """Plain rectangle math: ``bounds`` (Lizard's dict) and ``box`` (west, south, east, north) share a point."""
    west, south, east, north = box
    return bounds["west"] <= east and west <= bounds["east"] and bounds["south"] <= north and south <= bounds["north"]


def uuids(objects):
    found = [obj["uuid"] for obj in objects]
    assert len(found) == len(set(found)), "an object came back twice"
    return set(found)


def sent(lizard, endpoint):
    """The query parameters of the requests for the list ``endpoint`` (e.g. "rastersources/")."""
    return [r.query for r in lizard.requests if r.path == "/api/v4/" + endpoint]


def run(client, query, page_size=None, **kwargs):
    return list(RasterSearch(client, query, page_size=page_size).all(**kwargs))


# ------------------------------------------------------------------------------------ query parameters


def test_name_text_is_sent_as_name_icontains(client, lizard):
    found = run(client, RasterQuery("rastersources", text="  rotterdam_BLOEMHOF "))
    (params,) = sent(lizard, "rastersources/")
    assert params["name__icontains"] == ["rotterdam_BLOEMHOF"]
    assert params["ordering"] == ["name"]
    assert set(params) <= DOCUMENTED
    assert uuids(found) == {o["uuid"] for o in public(lizard, "rastersources")
                            if "rotterdam_bloemhof" in o["name"].lower()}
    assert [o["name"] for o in found] == sorted(o["name"] for o in found)


@pytest.mark.parametrize("typed", [str.upper, lambda u: u.replace("-", ""), lambda u: " {} ".format(u)])
def test_uuid_typed_with_or_without_dashes_is_sent_as_uuid(client, lizard, typed):
    found = run(client, RasterQuery("rasters", text=typed(LOCHEM_RASTER)))
    (params,) = sent(lizard, "rasters/")
    assert params["uuid"] == [LOCHEM_RASTER]
    assert "name__icontains" not in params
    assert uuids(found) == {LOCHEM_RASTER}


def test_as_uuid_refuses_text_that_is_not_a_uuid():
    assert as_uuid(LOCHEM_RASTER.replace("-", "").upper()) == LOCHEM_RASTER
    for text in ("", None, "lochem", LOCHEM_RASTER[:-1], LOCHEM_RASTER + "0"):
        assert as_uuid(text) is None


def test_organisation_uuid_is_sent_as_organisation_uuid(client, lizard):
    found = run(client, RasterQuery("rastersources", organisation=NS.upper()))
    (params,) = sent(lizard, "rastersources/")
    assert params["organisation__uuid"] == [NS]
    assert "organisation__name__icontains" not in params
    assert found and {o["organisation"]["uuid"] for o in found} == {NS}


def test_organisation_name_is_sent_as_name_contains(client, lizard):
    search = RasterSearch(client, RasterQuery("rastersources", organisation="maastricht"))
    found = list(search.all())
    (params,) = sent(lizard, "rastersources/")
    assert params["organisation__name__icontains"] == ["maastricht"]
    expected = [o for o in public(lizard, "rastersources") if o["organisation"]["name"] == "Maastricht"]
    assert uuids(found) == uuids(expected)
    assert search.total == len(expected)


def test_access_modifier_is_sent(lizard):
    with LizardClient(lizard.base_url, lizard.KEYS["reader"], retries=0) as reader:
        found = run(reader, RasterQuery("rastersources", access="Common"))
    (params,) = sent(lizard, "rastersources/")
    assert params["access_modifier"] == ["Common"]
    assert found and {o["access_modifier"] for o in found} == {"Common"}


def test_observation_type_code_is_sent_for_rasters_only(client, lizard):
    found = run(client, RasterQuery("rasters", observation_type="kwel"))
    run(client, RasterQuery("rastersources", observation_type="kwel"))
    assert sent(lizard, "rasters/")[0]["observation_type__code"] == ["kwel"]
    assert "observation_type__code" not in sent(lizard, "rastersources/")[0]
    assert found and {o["observation_type"]["code"] for o in found} == {"kwel"}


@pytest.mark.parametrize("scope", ["rasters", "rastersources"])
def test_every_offered_ordering_is_sent_and_followed(client, lizard, scope):
    for ordering in ORDERINGS[scope]:
        lizard.reset_requests()
        found = run(client, RasterQuery(scope, text="lochem", ordering=ordering))
        (params,) = sent(lizard, scope + "/")
        assert params["ordering"] == [ordering]
        assert found


def test_temporal_and_spatial_filters_are_not_sent(client, lizard):
    spatial = SpatialFilter.from_extent(QgsRectangle(3, 50, 8, 54), WGS84)
    run(client, RasterQuery("rastersources", temporal=True, spatial=spatial))
    assert set(sent(lizard, "rastersources/")[0]) == {"ordering", "page_size"}


# -------------------------------------------------------------------------------------------- searching

ROTTERDAM_AREA = (4.40, 51.85, 4.60, 52.05)  # west, south, east, north


def test_extent_filter_keeps_exactly_the_sources_whose_bounds_intersect(client, lizard):
    box = ROTTERDAM_AREA
    spatial = SpatialFilter.from_extent(QgsRectangle(box[0], box[1], box[2], box[3]), WGS84)
    search = RasterSearch(client, RasterQuery("rastersources", spatial=spatial), page_size=50)
    found = list(search.all())
    visible = public(lizard, "rastersources")
    expected = {o["uuid"] for o in visible if o["spatial_bounds"] and overlaps(o["spatial_bounds"], box)}
    assert 5 < len(expected) < len(visible) / 2  # the test means something
    assert uuids(found) == expected
    assert search.scanned == len(visible) == search.total == 131
    assert search.matched == len(expected)
    assert search.exhausted


def test_extent_filter_keeps_exactly_the_rasters_whose_bounds_intersect(client, lizard):
    box = (6.0, 52.0, 6.5, 52.3)  # Lochem
    spatial = SpatialFilter.from_extent(QgsRectangle(box[0], box[1], box[2], box[3]), WGS84)
    found = run(client, RasterQuery("rasters", spatial=spatial))
    expected = {o["uuid"] for o in public(lizard, "rasters")
                if o["spatial_bounds"] and overlaps(o["spatial_bounds"], box)}
    assert LOCHEM_RASTER in expected
    assert uuids(found) == expected


def test_sources_without_bounds_are_excluded_by_a_spatial_filter_and_kept_without(client, lizard):
    unbounded = {o["uuid"] for o in public(lizard, "rastersources") if not o["spatial_bounds"]}
    assert unbounded
    everywhere = SpatialFilter.from_extent(QgsRectangle(-180, -90, 180, 90), WGS84)
    with_filter = uuids(run(client, RasterQuery("rastersources", spatial=everywhere)))
    without = uuids(run(client, RasterQuery("rastersources")))
    assert unbounded <= without
    assert not unbounded & with_filter
    assert with_filter | unbounded == without


def test_bounds_are_read_whatever_order_lizard_gives_them():
    assert bounds_rectangle({"west": 5, "east": 4, "south": 52, "north": 51}) == QgsRectangle(4, 51, 5, 52)
    for broken in (None, {}, {"west": 4, "east": 5, "south": None, "north": 52}, {"west": "x", "east": 5}):
        assert bounds_rectangle(broken) is None
        assert footprint({"spatial_bounds": broken}) is None
    assert footprint({"spatial_bounds": {"west": 4, "east": 5, "south": 51, "north": 52}}).area() == 1.0


def test_a_spatial_filter_matches_bounds_touching_its_edge_and_not_beyond():
    spatial = SpatialFilter.from_extent(QgsRectangle(4, 51, 5, 52), WGS84)
    assert spatial.matches({"west": 5, "east": 6, "south": 51.5, "north": 51.6})
    assert not spatial.matches({"west": 5.0001, "east": 6, "south": 51.5, "north": 51.6})
    assert spatial.matches({"west": 3, "east": 6, "south": 50, "north": 53})  # around it


def test_selection_in_rd_new_is_transformed_to_wgs84(client, lizard):
    # A triangle around Lochem in RD New (Lochem is at about x=225000, y=463000).
    triangle = QgsGeometry.fromWkt("POLYGON((221000 460000, 229000 460000, 225000 467000, 221000 460000))")
    spatial = SpatialFilter.from_geometries([triangle], RD)
    box = spatial.geometry.boundingBox()
    assert 6.3 < box.xMinimum() < box.xMaximum() < 6.5 and 52.1 < box.yMinimum() < box.yMaximum() < 52.25
    found = uuids(run(client, RasterQuery("rasters", spatial=spatial)))
    rotterdam = [o for o in public(lizard, "rasters") if o["name"].startswith("BODIS_Testcase_v4_Rotterdam")]
    assert LOCHEM_RASTER in found
    assert rotterdam and not uuids(rotterdam) & found


def test_selection_of_several_features_is_their_union(client, lizard):
    lochem = QgsGeometry.fromRect(QgsRectangle(214000, 459000, 222000, 466000))
    rotterdam = QgsGeometry.fromRect(QgsRectangle(93000, 433500, 94000, 434500))
    spatial = SpatialFilter.from_geometries([lochem, None, QgsGeometry(), rotterdam], RD)
    found = uuids(run(client, RasterQuery("rasters", spatial=spatial)))
    assert LOCHEM_RASTER in found
    assert any(o["name"].startswith("BODIS_Testcase_v4_Rotterdam") for o in public(lizard, "rasters")
               if o["uuid"] in found)


def test_no_selected_features_is_an_error_with_a_sentence():
    with pytest.raises(errors.LizardError, match="No features are selected"):
        SpatialFilter.from_geometries([None, QgsGeometry()], RD)


@pytest.mark.parametrize("temporal", [True, False])
def test_temporal_filter_keeps_only_temporal_or_only_non_temporal(client, lizard, temporal):
    search = RasterSearch(client, RasterQuery("rasters", temporal=temporal))
    found = list(search.all())
    visible = public(lizard, "rasters")
    assert uuids(found) == {o["uuid"] for o in visible if bool(o["temporal"]) == temporal}
    assert search.scanned == len(visible) and search.matched == len(found)


def test_scanned_counts_whole_pages_and_matched_the_kept_ones(client, lizard):
    search = RasterSearch(client, RasterQuery("rasters", temporal=True), page_size=20)
    first = search.fetch_more(want=1)
    first_page = sorted(public(lizard, "rasters"), key=lambda o: o["name"])[:20]  # ordered by name
    assert search.scanned == 20
    assert search.matched == len(first) == sum(1 for o in first_page if o["temporal"])
    assert search.total == len(public(lizard, "rasters"))
    assert not search.exhausted


def test_fetch_more_pages_without_duplicates_until_exhausted(client, lizard):
    search = RasterSearch(client, RasterQuery("rastersources"), page_size=10)
    batches, progress = [], []
    while not search.exhausted:
        batch = search.fetch_more(want=7, progress=lambda scanned, total: progress.append((scanned, total)))
        assert batch
        batches.append(batch)
    assert search.fetch_more(want=7) == []
    found = [o for batch in batches for o in batch]
    assert uuids(found) == uuids(public(lizard, "rastersources"))
    assert len(sent(lizard, "rastersources/")) == 14  # 131 in pages of 10, each fetched once
    assert progress[-1] == (131, 131)
    assert [scanned for scanned, _ in progress] == sorted(scanned for scanned, _ in progress)


def test_a_failed_page_loses_no_results_when_fetching_again(client, lizard):
    search = RasterSearch(client, RasterQuery("rastersources"), page_size=10)
    lizard.inject(status=500, times=1, path="/api/v4/rastersources/")
    with pytest.raises(errors.ServerError):
        search.fetch_more(want=5)
    found = search.fetch_more(want=5)

    def fail_after_the_next_page(scanned, total):
        if scanned == 20:
            lizard.inject(status=500, times=1, path="/api/v4/rastersources/")

    with pytest.raises(errors.ServerError):
        search.fetch_more(want=25, progress=fail_after_the_next_page)  # page 2 arrives, page 3 fails
    while not search.exhausted:
        found += search.fetch_more(want=25)
    assert uuids(found) == uuids(public(lizard, "rastersources"))


def test_cancelling_stops_the_search_between_pages(client, lizard):
    cancel = threading.Event()
    search = RasterSearch(client, RasterQuery("rastersources"), page_size=10)
    with pytest.raises(errors.CancelledError):
        list(search.all(cancel=cancel, progress=lambda scanned, total: cancel.set()))
    assert len(sent(lizard, "rastersources/")) == 1
    assert search.scanned == 10


def test_cancelling_accepts_a_feedback_like_object(client, lizard):
    class Feedback:
        def isCanceled(self):  # noqa: N802 - as QgsFeedback
            return True

    with pytest.raises(errors.CancelledError):
        RasterSearch(client, RasterQuery("rasters")).fetch_more(cancel=Feedback())
    assert not sent(lizard, "rasters/")


def test_an_unknown_scope_is_refused():
    with pytest.raises(ValueError):
        RasterQuery("buildings")


# ------------------------------------------------------------------------------------------- describing


@pytest.fixture
def amsterdam_time(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_resolution_in_metres_or_degrees():
    assert describe.resolution({"pixelsize_x": 250.0, "projection": "EPSG:28992"}) == "250 m"
    assert describe.resolution({"pixelsize_x": -0.5, "projection": "EPSG:3857"}) == "0.5 m"
    assert describe.resolution({"pixelsize_x": 0.0001, "projection": "EPSG:4326"}) == "0.0001°"
    assert describe.resolution({"pixelsize_x": None, "projection": "EPSG:28992"}) == ""


def test_megabytes():
    assert describe.megabytes({"size": 123456789}) == "123.5 MB"
    assert describe.megabytes({"size": 2500000000}) == "2,500.0 MB"
    assert describe.megabytes({"size": None}) == ""
    assert describe.megabytes({"size": 21845}) == "0.022 MB"
    assert describe.megabytes({"size": 0}) == "0 MB"


def test_local_time_notes_utc(amsterdam_time):
    assert times.display_local("2024-08-12T14:39:05.123456Z") == "2024-08-12 16:39 (14:39 UTC)"
    assert times.display_local("2024-01-31T23:30:00Z") == "2024-02-01 00:30 (2024-01-31 23:30 UTC)"
    assert times.display_local(None) == ""


def test_local_time_in_utc_says_so_once(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert times.display_local("2024-08-12T14:39:00Z") == "2024-08-12 14:39 UTC"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_temporal_cell_names_the_interval_in_every_lizard_spelling():
    assert describe.temporal({"temporal": True, "interval": "01:00:00"}) == "yes, every PT1H"
    assert describe.temporal({"temporal": True, "interval": "1 00:00:00"}) == "yes, every P1D"
    assert describe.temporal({"temporal": True, "interval": None}) == "yes"
    assert describe.temporal({"temporal": False}) == "no"


# Fields shown under a readable label instead of their own name (first_value_timestamp/last_value_timestamp only
# for temporal objects: for others Lizard fills in 1970-01-01 as a placeholder).
LABELLED = {"name": "Name", "uuid": "UUID", "description": "Description", "organisation": "Organisation",
            "access_modifier": "Access", "temporal": "Temporal", "interval": "Temporal",
            "first_value_timestamp": "First time step", "last_value_timestamp": "Last time step",
            "observation_type": "Observation type", "pixelsize_x": "Resolution", "projection": "Projection",
            "spatial_bounds": "Extent (WGS84)", "size": "Size", "dtype": "Data type", "fill_value": "No-data value",
            "supplier": "Supplier", "created": "Created", "last_modified": "Last modified"}


@pytest.mark.parametrize("scope", ["rasters", "rastersources"])
def test_details_show_every_field_that_has_a_value(client, lizard, scope):
    objects = [o for o in public(lizard, scope) if o["temporal"] and o["interval"] and o["spatial_bounds"]][-1:]
    objects += [o for o in public(lizard, scope) if not o["temporal"]][:1]
    for stored in objects:
        obj = client.get("{}/{}/".format(scope, stored["uuid"]))  # as the API renders it
        rows = describe.details(obj)
        labels = [label for label, _ in rows]
        assert all(text not in (None, "") for _, text in rows)
        assert len(labels) == len(set(labels))
        for key, value in obj.items():
            if value in (None, "", [], {}):
                continue
            if key in ("first_value_timestamp", "last_value_timestamp") and not obj["temporal"]:
                continue
            assert LABELLED.get(key, key) in labels, key
        shown = dict(rows)
        assert shown["UUID"] == obj["uuid"]
        assert shown["Organisation"] == obj["organisation"]["name"]
        if obj["temporal"]:
            assert shown["Temporal"].startswith("yes, every P")
