"""core/compat.py: the plugin behaves the same on QGIS 3.22, 3.40 and 3.44 (and is ready for QGIS 4).

QGIS 3.40's Processing turns GDAL's Python exceptions on for the whole process; the GDAL tests below run with
them on (whatever QGIS this is), so a custom CRS or a cancel still reaches the user as the plugin's sentence
rather than GDAL's raw "OGR Error: Unsupported SRS" / "User terminated CreateCopy()".
"""

import warnings

import pytest
import test_download_core
import test_geotiff
from lizard_explorer.core import compat
from osgeo import gdal, ogr, osr
from qgis.core import QgsField, QgsPointXY, QgsRasterLayer, QgsRectangle
from qgis.gui import QgsMapLayerComboBox

GDAL_MODULES = (gdal, ogr, osr)


@pytest.fixture
def gdal_exceptions_on():
    """GDAL, OGR and OSR raise Python exceptions, as after QGIS 3.40's Processing started; restored after."""
    before = [module.GetUseExceptions() for module in GDAL_MODULES]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for module in GDAL_MODULES:
            module.UseExceptions()
    yield
    for module, was_on in reversed(list(zip(GDAL_MODULES, before))):
        if not was_on:
            module.DontUseExceptions()


def test_custom_crs_is_refused_with_our_sentence_when_gdal_raises(gdal_exceptions_on, tmp_path):
    test_geotiff.test_custom_crs_is_refused_naming_it_and_leaves_no_file(tmp_path)
    assert gdal.GetUseExceptions() and osr.GetUseExceptions()  # restored after each GDAL call


def test_target_crs_without_epsg_is_refused_when_gdal_raises(gdal_exceptions_on, tmp_path):
    test_geotiff.test_target_crs_without_epsg_code_is_refused(tmp_path)


def test_cancelled_export_is_a_cancel_not_an_error_when_gdal_raises(gdal_exceptions_on, tmp_path):
    test_geotiff.test_cancel_leaves_no_file(tmp_path)


def test_unreadable_file_fails_the_format_rule_when_gdal_raises(gdal_exceptions_on, tmp_path):
    test_geotiff.test_validator_fails_a_file_gdal_cannot_read(tmp_path)


def test_download_in_a_crs_without_epsg_is_refused_when_gdal_raises(gdal_exceptions_on, lizard, tmp_path):
    with test_download_core.LizardClient(lizard.base_url, proxies={}, retries=1, backoff=0.01) as client:
        test_download_core.test_crs_without_epsg_is_refused(lizard, client, tmp_path)


def test_field_types_make_fields_of_that_type():
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        fields = {name: QgsField(name, getattr(compat.FieldType, name)) for name in (
            "String", "Int", "UInt", "LongLong", "ULongLong", "Double", "Bool", "Date", "DateTime")}
        same = {name: field.type() == getattr(compat.FieldType, name) for name, field in fields.items()}
    assert same == dict.fromkeys(fields, True)
    assert fields["Double"].isNumeric() and fields["LongLong"].isNumeric() and not fields["Date"].isNumeric()


def test_layer_filter_restricts_the_layer_combo(qgis_new_project):
    from qgis.core import QgsProject, QgsVectorLayer

    polygons = QgsVectorLayer("Polygon?crs=EPSG:28992", "polygons", "memory")
    points = QgsVectorLayer("Point?crs=EPSG:28992", "points", "memory")
    table = QgsVectorLayer("None", "table", "memory")
    QgsProject.instance().addMapLayers([polygons, points, table])
    combo = QgsMapLayerComboBox()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        combo.setFilters(compat.layer_filter("PolygonLayer"))
        shown = {combo.layer(i).name() for i in range(combo.count())}
        assert shown == {"polygons"}
        combo.setFilters(compat.layer_filter("NoGeometry", "VectorLayer"))
    shown = {combo.layer(i).name() for i in range(combo.count())}
    assert shown == {"polygons", "points", "table"}


def test_empty_rectangle_grows_from_nothing():
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        rectangle = compat.empty_rectangle()
        assert rectangle.xMinimum() > rectangle.xMaximum()
        rectangle.combineExtentWith(QgsRectangle(QgsPointXY(1, 2), QgsPointXY(3, 4)))
    assert (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum()) == (1, 2, 3, 4)


def test_layer_abstract_is_set():
    layer = QgsRasterLayer("", "empty", "gdal")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        compat.set_layer_abstract(layer, "Kwel en wegzijging")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # QgsMapLayer.abstract() itself is deprecated on 3.38+
        assert layer.abstract() == "Kwel en wegzijging"
