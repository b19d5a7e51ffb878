"""Processing: lizard:downloadbuildings through processing.run, against the fake Lizard.

Expected sets are computed from ``lizard.data.buildings`` with plain rectangle math or OGR.
"""

import json

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from test_processing import provider  # noqa: F401 - fixture

import processing  # QGIS's Processing plugin (the repository root is not on sys.path)

# Two squares in RD New over the Rijswijk cluster (x 79800-82600, y 448250-451000).
RD_SQUARES = (
    "POLYGON((80200 448600,81000 448600,81000 449400,80200 449400,80200 448600))",
    "POLYGON((81400 449800,82200 449800,82200 450600,81400 450600,81400 449800))",
)


@pytest.fixture
def portal(lizard, monkeypatch):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    return lizard


@pytest.fixture
def project(qgis_new_project):
    yield qgis_new_project
    qgis_new_project.clear()


def plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def download(**parameters):
    result = processing.run("lizard:downloadbuildings", dict(parameters, OUTPUT="TEMPORARY_OUTPUT"))
    layer = result["OUTPUT"]
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    return layer


def rows(layer):
    found = {}
    for feature in layer.getFeatures():
        row = {name: plain(feature[name]) for name in layer.fields().names()}
        assert row["id"] not in found
        found[row["id"]] = (row, feature.geometry())
    return found


def bbox(building):
    ring = building["geometry"]["coordinates"][0]
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def overlaps(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def ogr_polygon(building):
    ring = building["geometry"]["coordinates"][0]
    return ogr.CreateGeometryFromWkt("POLYGON((" + ",".join("{!r} {!r}".format(p[0], p[1]) for p in ring) + "))")


def rd_in_wgs84(wkt):
    shape = ogr.CreateGeometryFromWkt(wkt)
    pair = []
    for code in (28992, 4326):
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(code)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        pair.append(srs)
    shape.Transform(osr.CoordinateTransformation(*pair))
    return shape


def test_extent_output_has_the_overlapping_buildings_with_their_attributes(provider, portal):  # noqa: F811
    west, south, east, north = 4.30, 52.02, 4.32, 52.035
    layer = download(EXTENT="{},{},{},{} [EPSG:4326]".format(west, east, south, north))

    assert layer.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.MultiPolygon
    found = rows(layer)
    expected = {b["id"]: b for b in portal.data.buildings if overlaps(bbox(b), (west, south, east, north))}
    assert len(expected) > 100 and set(found) == set(expected)
    for ident, (row, geometry) in found.items():
        building = expected[ident]
        assert row["code"] == building["code"]
        assert row["build_year"] == building["build_year"]
        assert row["organisation"] == building["organisation"]["name"]
        assert row["address_count"] == len(building["addresses"])
        assert (json.loads(row["addresses"]) if row["addresses"] else []) == building["addresses"]
        assert not geometry.isEmpty()
    sample, _ = found[15614306]
    assert sample["street"] == "Suze Groenewegstraat" and sample["postalcode"] == "2286JG"


def test_filter_layer_with_selected_features_only_uses_just_the_selection(provider, portal, project):  # noqa: F811
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "areas", "memory")
    features = []
    for wkt in RD_SQUARES:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    project.addMapLayer(layer)
    second = [f.id() for f in layer.getFeatures()][1]
    layer.selectByIds([second])

    output = download(FILTER_LAYER=QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True))

    selected, other = rd_in_wgs84(RD_SQUARES[1]), rd_in_wgs84(RD_SQUARES[0])
    expected = {b["id"] for b in portal.data.buildings if selected.Intersects(ogr_polygon(b))}
    not_expected = {b["id"] for b in portal.data.buildings if other.Intersects(ogr_polygon(b))}
    assert expected and not_expected
    assert set(rows(output)) == expected


def test_filter_layer_within_and_attribute_filters(provider, portal, project):  # noqa: F811
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "areas", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(RD_SQUARES[0]))
    layer.dataProvider().addFeatures([feature])
    project.addMapLayer(layer)

    output = download(FILTER_LAYER=layer.id(), PREDICATE=1, BUILD_YEAR_MIN=1900, BUILD_YEAR_MAX=2000,
                      POSTALCODE="2286", VALID_AT="2015-06-01T00:00:00Z")

    query = next(r.query for r in portal.requests if r.path == "/api/v4/buildings/")
    assert "geom_within" in query
    assert query["build_year__gte"] == ["1900"] and query["build_year__lte"] == ["2000"]
    assert query["addresses__postalcode__startswith"] == ["2286"]
    assert query["valid_at"][0].startswith("2015-06-01T00:00:00")
    shape = rd_in_wgs84(RD_SQUARES[0])
    candidates = {b["id"] for b in portal.data.buildings if ogr_polygon(b).Within(shape)
                  and b["build_year"] is not None and 1900 <= b["build_year"] <= 2000}
    found = set(rows(output))
    assert found and found <= candidates


def test_max_features_limits_the_output(provider, portal):  # noqa: F811
    layer = download(EXTENT="4.29,4.335,52.015,52.045 [EPSG:4326]", MAX_FEATURES=150)
    assert layer.featureCount() == 150


def test_refuses_without_an_extent_or_a_layer(provider, portal):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="extent or an area layer"):
        processing.run("lizard:downloadbuildings", {"OUTPUT": "TEMPORARY_OUTPUT"})
    assert not [r for r in portal.requests if r.path.startswith("/api/v4/buildings")]


def test_lizard_error_becomes_a_processing_exception_with_its_sentence(provider, portal):  # noqa: F811
    portal.inject(status=404, path="/api/v4/buildings/", times=10)
    with pytest.raises(QgsProcessingException) as raised:
        download(EXTENT="4.30,4.32,52.02,52.035 [EPSG:4326]")
    assert "Lizard has no such object, or it is not visible with your key." in str(raised.value)


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.progress, self.warnings = [], [], []
        self.progressChanged.connect(self.progress.append)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.infos.append(info)
        super().pushInfo(info)


def test_progress_is_a_percentage_or_counts_when_lizard_sends_no_total(provider, portal):  # noqa: F811
    extent = "4.29,4.335,52.015,52.045 [EPSG:4326]"
    feedback = RecordingFeedback()
    processing.run("lizard:downloadbuildings", {"EXTENT": extent, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert feedback.progress and feedback.progress[-1] == pytest.approx(100.0)
    assert all(0 <= p <= 100 for p in feedback.progress)

    portal.buildings_mode = "bare"
    feedback = RecordingFeedback()
    result = processing.run("lizard:downloadbuildings", {"EXTENT": extent, "OUTPUT": "TEMPORARY_OUTPUT"},
                            feedback=feedback)
    count = result["OUTPUT"].featureCount()
    assert count > 100
    assert any("so far" in info for info in feedback.infos)
    assert any(info == "{} building(s) loaded.".format(count) or str(count) in info for info in feedback.infos)


def test_when_lizard_keeps_truncating_the_algorithm_warns_which_boxes(provider, portal, monkeypatch):  # noqa: F811
    from lizard_explorer.core.buildings import buildings

    portal.buildings_mode = "bare"
    monkeypatch.setattr(buildings, "MAX_SPLITS", 1, raising=False)
    feedback = RecordingFeedback()
    result = processing.run("lizard:downloadbuildings", {"EXTENT": "4.29,4.335,52.015,52.045 [EPSG:4326]",
                                                         "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert result["OUTPUT"].featureCount() >= 100
    (warning,) = feedback.warnings
    assert "may be missing" in warning and "4.29" in warning  # a quarter of the extent, named


def test_save_to_geopackage_adds_the_layer_and_keeps_the_others(provider, portal, tmp_path):  # noqa: F811
    path = str(tmp_path / "city.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    source.CreateLayer("roads", None, ogr.wkbLineString)
    source = None
    output = "ogr:dbname='{}' table=\"buildings\" (geom)".format(path)
    processing.run("lizard:downloadbuildings", {"EXTENT": "4.30,4.31,52.02,52.03 [EPSG:4326]", "OUTPUT": output})
    source = ogr.Open(path)
    names = sorted(source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount()))
    assert names == ["buildings", "roads"] and source.GetLayerByName("buildings").GetFeatureCount() > 0
