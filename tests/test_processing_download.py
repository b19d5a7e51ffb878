"""Processing: lizard:downloadraster (registered by the plugin's provider) against the fake Lizard."""

import datetime as dt
import os

import numpy
import pytest
from fake_lizard.rasterdata import pixel_values
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant
from test_processing import provider  # noqa: F401 - fixture

import processing  # QGIS's Processing plugin

UTC = dt.timezone.utc


@pytest.fixture
def algorithm_id(provider):  # noqa: F811 - fixture
    assert QgsApplication.processingRegistry().algorithmById("lizard:downloadraster") is not None
    return "lizard:downloadraster"


@pytest.fixture
def portal(lizard, monkeypatch):
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    return lizard


def pick(lizard, temporal=False, min_steps=0):
    for raster in lizard.data.rasters:
        if (raster["access_modifier"] == "Public" and raster["temporal"] == temporal
                and raster["projection"] == "EPSG:28992" and raster["pixelsize_x"] == 0.5
                and len(lizard.data.raster_steps(raster)) >= min_steps):
            return raster
    raise AssertionError("no such raster")


def read(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    data, transform, nodata = band.ReadAsArray(), dataset.GetGeoTransform(), band.GetNoDataValue()
    size = (dataset.RasterXSize, dataset.RasterYSize)
    band = dataset = None
    x0, rx, _, y0, _, ry = transform
    xs = x0 + (numpy.arange(size[0]) + 0.5) * rx
    ys = y0 + (numpy.arange(size[1]) + 0.5) * ry
    return data, transform, nodata, xs, ys


def test_extent_to_a_tif(algorithm_id, portal, tmp_path):
    raster = pick(portal)
    out = str(tmp_path / "dem.tif")
    result = processing.run(algorithm_id, {
        "RASTER": raster["uuid"], "EXTENT": "155000,155050,463000,463020 [EPSG:28992]", "NODATA": -1,
        "OUTPUT": out})
    assert result["FILES"] == out and result["OUTPUT"] == out
    data, transform, nodata, xs, ys = read(out)
    assert transform == (155000.0, 0.5, 0.0, 463020.0, 0.0, -0.5) and data.shape == (40, 100)
    assert nodata == -1
    numpy.testing.assert_allclose(data, pixel_values(xs[None, :], ys[:, None]), atol=1e-3)


def test_mask_split_by_feature_with_a_time_range_into_a_folder(algorithm_id, portal, tmp_path):
    raster = pick(portal, temporal=True, min_steps=30)
    steps = portal.data.raster_steps(raster)
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "areas", "memory")
    layer.dataProvider().addAttributes([QgsField("naam", QVariant.String)])
    layer.updateFields()
    features = []
    for name, x in (("Noord", 155000), ("Zuid", 155100)):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("naam", name)
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 463000, x + 5, 463005)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    start = QDateTime.fromMSecsSinceEpoch(steps[1], Qt.UTC)
    end = QDateTime.fromMSecsSinceEpoch(steps[2], Qt.UTC)
    folder = tmp_path / "out"
    result = processing.run(algorithm_id, {
        "RASTER": raster["uuid"], "MASK_LAYER": layer, "SPLIT_BY_FEATURE": True, "NAME_FIELD": "naam",
        "TIME": start, "TIME_END": end, "OUTPUT": str(folder)})
    stamps = [dt.datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y%m%dT%H%M%SZ") for ms in steps[1:3]]
    want = [str(folder / "{}_{}.tif".format(name, stamp)) for name in ("Noord", "Zuid") for stamp in stamps]
    assert result["FILES"].split("\n") == want
    assert all(os.path.exists(path) for path in want)
    starts = sorted({r.query["start"][0] for r in portal.requests if r.path.endswith("/data/")})
    assert len(starts) == 2


def test_mask_union_clips(algorithm_id, portal, tmp_path):
    raster = pick(portal)
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "areas", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((155000 463000,155020 463000,155000 463020,155000 463000))"))
    layer.dataProvider().addFeatures([feature])
    out = str(tmp_path / "clip.tif")
    processing.run(algorithm_id, {"RASTER": raster["uuid"], "MASK_LAYER": layer, "NODATA": -7, "OUTPUT": out})
    data, transform, nodata, xs, ys = read(out)
    assert data.shape == (40, 40) and nodata == -7
    assert data[-1, 0] != -7 and data[0, -1] == -7


def test_errors_are_one_sentence(algorithm_id, portal, tmp_path):
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(algorithm_id, {"RASTER": "00000000-0000-0000-0000-000000000000",
                                      "EXTENT": "155000,155050,463000,463020 [EPSG:28992]",
                                      "OUTPUT": str(tmp_path / "x.tif")})
    assert "00000000-0000-0000-0000-000000000000" in str(caught.value)
    assert os.listdir(tmp_path) == []
