"""core.areas: the one "mask ∩ extent" that the raster download and the buildings both use."""

import pytest
from lizard_explorer.core import areas, errors
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
)
from test_assets import memory_layer
from test_processing import provider  # noqa: F401 - fixture

import processing  # QGIS's Processing plugin

RD = QgsCoordinateReferenceSystem("EPSG:28992")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SQUARES = ("POLYGON((155000 463000,155100 463000,155100 463100,155000 463100,155000 463000))",
           "POLYGON((155200 463000,155300 463000,155300 463100,155200 463100,155200 463000))")


def rd_box_in_wgs84(x0, y0, x1, y1):
    transform = QgsCoordinateTransform(RD, WGS84, QgsProject.instance())
    return transform.transformBoundingBox(QgsRectangle(x0, y0, x1, y1))


def test_mask_in_extent_keeps_the_part_of_the_union_inside_an_extent_in_another_crs():
    geometries = [QgsGeometry.fromWkt(wkt) for wkt in SQUARES]
    extent = rd_box_in_wgs84(155050, 463000, 155250, 463100)  # half of each square
    mask = areas.mask_in_extent(geometries, RD, extent, WGS84)
    assert mask.area() == pytest.approx(2 * 50 * 100, rel=0.02)
    box = mask.boundingBox()
    assert box.xMinimum() == pytest.approx(155050, abs=2) and box.xMaximum() == pytest.approx(155250, abs=2)
    assert areas.mask_in_extent(geometries, RD).area() == pytest.approx(2 * 100 * 100)  # no extent: the union


def test_mask_in_extent_refuses_a_mask_outside_the_extent_and_a_mask_without_geometry():
    geometries = [QgsGeometry.fromWkt(wkt) for wkt in SQUARES]
    with pytest.raises(errors.LizardError, match="outside the extent"):
        areas.mask_in_extent(geometries, RD, QgsRectangle(0, 0, 10, 10), RD)
    with pytest.raises(errors.LizardError, match="no .*features with a geometry"):
        areas.mask_in_extent([QgsGeometry()], RD)


def test_clip_to_extent_gives_an_empty_geometry_outside_and_the_geometry_without_extent():
    square = QgsGeometry.fromWkt(SQUARES[0])
    assert areas.clip_to_extent(square, RD, QgsRectangle(0, 0, 10, 10), RD).isEmpty()
    assert areas.clip_to_extent(square, RD).equals(square)
    assert areas.clip_to_extent(square, RD, QgsRectangle(155000, 463000, 155010, 463100)).area() == pytest.approx(1000)


def mask_layer():
    return memory_layer([("name", "string")], [(wkt, ["square"]) for wkt in SQUARES], "Polygon")


def test_raster_download_and_buildings_limit_a_mask_to_the_extent_through_core_areas(
        provider, lizard, monkeypatch, tmp_path):  # noqa: F811
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    calls = []
    original = areas.mask_in_extent

    def spy(geometries, crs, rectangle=None, rectangle_crs=None, transform_context=None):
        calls.append(rectangle)
        return original(geometries, crs, rectangle, rectangle_crs, transform_context)

    monkeypatch.setattr(areas, "mask_in_extent", spy)
    outside = "0,10,0,10 [EPSG:28992]"
    sentences = []
    for algorithm, parameters in (
            ("lizard:downloadraster", {"RASTER": "00000000-0000-0000-0000-000000000000", "MASK_LAYER": mask_layer(),
                                       "EXTENT": outside, "OUTPUT": str(tmp_path / "out.tif")}),
            ("lizard:downloadbuildings", {"FILTER_LAYER": mask_layer(), "EXTENT": outside,
                                          "OUTPUT": "TEMPORARY_OUTPUT"})):
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(algorithm, parameters)
        sentences.append(str(caught.value))
    assert len(calls) == 2 and all(rectangle is not None for rectangle in calls)
    assert sentences[0] == sentences[1] and "outside the extent" in sentences[0]
