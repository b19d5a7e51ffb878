"""The export dialogs (asset bundle, GeoTIFF for Lizard) and their wiring in the plugin."""

import os
import zipfile

import pytest
from lizard_explorer import classFactory
from lizard_explorer.core.rasters.geotiff import is_valid
from lizard_explorer.ui import asset_bundle_dialog
from lizard_explorer.ui.asset_bundle_dialog import SETTINGS_PROPERTY, AssetBundleDialog
from lizard_explorer.ui.geotiff_dialog import GeoTiffDialog
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsGeometry,
    QgsMapLayerType,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction
from test_geotiff import make_raster

TIMEOUT = 20000


def point_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string&field=height:double", "stations", "memory")
    features = []
    for i, (x, y) in enumerate([(155000, 463000), (155100, 463100), (155200, 463200)]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["S{}".format(i), 1.5 * i])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return add(layer)


def add(layer):
    """Layers must be in the project for the dialogs' layer combos; ``clean_project`` removes them."""
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture(autouse=True)
def clean_project():
    yield
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def layer():
    return point_layer()


def wait_for(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.export_result is not None or dialog.error is not None, timeout=TIMEOUT)


def fill_bundle(dialog, output):
    dialog.type_combo.setCurrentText("MeasuringStation")
    dialog.columns_table.item(0, 0).setText("code")
    dialog.columns_table.cellWidget(0, 1).setCurrentText("code")
    row = dialog.add_column_row("height", "height")
    assert dialog.columns_table.cellWidget(row, 1).currentText() == "height"
    dialog.add_default_row("station_type", "1")
    dialog.output_widget.setFilePath(str(output))


def test_asset_dialog_exports_a_zip_with_shapefile_and_ini(iface, qtbot, layer, tmp_path, monkeypatch):
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    assert dialog.layer() is layer
    fill_bundle(dialog, tmp_path / "stations.zip")
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert dialog.error is None
    assert dialog.export_result.feature_count == 3 and dialog.export_result.skipped == 0
    with zipfile.ZipFile(str(tmp_path / "stations.zip")) as archive:
        names = archive.namelist()
        ini = archive.read("stations.ini").decode("utf-8")
    assert {"stations.shp", "stations.ini", "stations.dbf"} <= set(names)
    assert "MeasuringStation" in ini and "station_type" in ini
    messages = iface.messageBar().get_messages(Qgis.Success)
    assert any("3 feature" in m for m in messages)
    assert dialog.open_import_button.isVisibleTo(dialog)
    opened = []
    monkeypatch.setattr(asset_bundle_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setenv("LIZARD_URL", "https://demo.lizard.net/")
    dialog.open_import_button.click()
    assert opened == ["https://demo.lizard.net/import/"]


def test_mapping_is_remembered_for_the_layer(iface, qtbot, layer, tmp_path):
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    fill_bundle(dialog, tmp_path / "a.zip")
    dialog.organisation_edit.setText("0c5a2b0e-0000-4000-8000-000000000000")
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert dialog.error is None
    assert layer.customProperty(SETTINGS_PROPERTY)

    again = AssetBundleDialog(iface, layer)
    qtbot.addWidget(again)
    assert again.columns() == {"code": "code", "height": "height"}
    assert again.defaults() == {"station_type": "1"}
    assert again.type_combo.currentText() == "MeasuringStation"
    assert again.organisation_edit.text() == "0c5a2b0e-0000-4000-8000-000000000000"

    other = AssetBundleDialog(iface, point_layer())
    qtbot.addWidget(other)
    assert other.columns() == {}  # one empty row, nothing remembered


def test_refusal_shows_the_sentence_and_leaves_no_file(iface, qtbot, layer, tmp_path):
    layer.setCustomProperty(SETTINGS_PROPERTY, '{"asset_type": "MeasuringStation", "columns": [["code", "gone"]]}')
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    assert dialog.columns() == {"code": "gone"}
    dialog.output_widget.setFilePath(str(tmp_path / "refused.zip"))
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert dialog.export_result is None
    assert "gone" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    assert any("gone" in m for m in iface.messageBar().get_messages(Qgis.Critical))
    assert os.listdir(str(tmp_path)) == []


def test_geotiff_check_fails_a_three_band_file_and_passes_a_good_one(iface, qtbot, tmp_path):
    multi = add(QgsRasterLayer(make_raster(tmp_path / "multi.tif", bands=3, nodata=-9999), "multi"))
    good = add(QgsRasterLayer(make_raster(tmp_path / "good.tif", bands=1, nodata=-9999), "good"))
    dialog = GeoTiffDialog(iface, multi)
    qtbot.addWidget(dialog)
    assert dialog.nodata_edit.text() == "-9999"
    report = dialog.check_layer()
    assert not is_valid(report)
    rows = {dialog.report_table.item(r, 1).text(): dialog.report_table.item(r, 0).text()
            for r in range(dialog.report_table.rowCount())}
    assert rows["single_band"] == "fail" and rows["format"] == "pass"

    dialog.layer_combo.setLayer(good)
    report = dialog.check_layer()
    assert is_valid(report)
    assert {dialog.report_table.item(r, 0).text() for r in range(dialog.report_table.rowCount())} == {"pass"}


def test_geotiff_export_writes_a_valid_file(iface, qtbot, tmp_path):
    source = add(QgsRasterLayer(make_raster(tmp_path / "multi.tif", bands=3), "multi"))
    dialog = GeoTiffDialog(iface, source)
    qtbot.addWidget(dialog)
    assert dialog.nodata_edit.text() == ""
    dialog.band_combo.setBand(2)
    dialog.nodata_edit.setText("-1")
    dialog.output_widget.setFilePath(str(tmp_path / "band2.tif"))
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert dialog.error is None, dialog.error
    assert os.path.exists(str(tmp_path / "band2.tif"))
    assert is_valid(dialog.report)
    assert any("band2.tif" in m for m in iface.messageBar().get_messages(Qgis.Success))


def test_geotiff_export_without_nodata_is_refused(iface, qtbot, tmp_path):
    source = add(QgsRasterLayer(make_raster(tmp_path / "multi.tif", bands=1), "multi"))
    dialog = GeoTiffDialog(iface, source)
    qtbot.addWidget(dialog)
    dialog.output_widget.setFilePath(str(tmp_path / "out.tif"))
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert "NODATA" in dialog.error_label.text()
    assert not os.path.exists(str(tmp_path / "out.tif"))


def test_plugin_adds_export_actions_and_context_entries_and_removes_them(iface, qtbot, tmp_path):
    iface.addCustomActionForLayerType.reset_mock()
    iface.removeCustomActionForLayerType.reset_mock()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        names = {a.objectName() for a in plugin.actions}
        assert {"LizardAssetBundleAction", "LizardGeoTiffAction"} <= names
        calls = iface.addCustomActionForLayerType.call_args_list
        # The export entries (other issues may add entries of their own after them).
        assert [(c.args[0].objectName(), c.args[2]) for c in calls][:2] == [
            ("LizardAssetBundleContextAction", QgsMapLayerType.VectorLayer),
            ("LizardGeoTiffContextAction", QgsMapLayerType.RasterLayer)]
        by_name = {a.objectName(): a for a in plugin.context_actions}
        layer = point_layer()
        dialog = plugin.show_asset_bundle(layer)
        assert isinstance(dialog, AssetBundleDialog) and dialog.layer() is layer
        raster = add(QgsRasterLayer(make_raster(tmp_path / "r.tif", bands=1, nodata=0), "r"))
        iface.layerTreeView().currentLayer.return_value = raster
        by_name["LizardGeoTiffContextAction"].trigger()
        assert plugin.export_dialogs["geotiff"].layer() is raster
        iface.layerTreeView().currentLayer.return_value = layer
        by_name["LizardAssetBundleContextAction"].trigger()
        assert plugin.export_dialogs["bundle"].layer() is layer
        context = list(plugin.context_actions)
    finally:
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, 0)
    removed = [c.args[0] for c in iface.removeCustomActionForLayerType.call_args_list]
    assert removed == context
    assert not plugin.context_actions and not plugin.export_dialogs
    assert not [a for a in iface.mainWindow().findChildren(QAction) if a.objectName().startswith("Lizard")]


def test_selected_features_only_and_nested_assets(iface, qtbot, layer, tmp_path):
    layer.selectByIds([f.id() for f in layer.getFeatures()][:2])
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    assert dialog.selected_only.isEnabled()
    fill_bundle(dialog, tmp_path / "nested.zip")
    dialog.columns_table.removeRow(1)  # height is the nested block
    dialog.selected_only.setChecked(True)
    dialog.nested_box.setChecked(True)
    dialog.nested_type_combo.setCurrentText("Filter")
    dialog.nested_first_combo.setField("height")
    dialog.nested_fields_edit.setText("depth")
    assert dialog.nested() == ("Filter", "height", ["depth"])
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert dialog.error is None, dialog.error
    assert dialog.export_result.feature_count == 2
    with zipfile.ZipFile(str(tmp_path / "nested.zip")) as archive:
        ini = archive.read("nested.ini").decode("utf-8")
    assert "Filter" in ini and "depth" in ini

    again = AssetBundleDialog(iface, layer)
    qtbot.addWidget(again)
    assert again.nested() == ("Filter", "height", ["depth"]) and again.selected_only.isChecked()


def polygon_layer(rows):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string(400)", "polders", "memory")
    features = []
    for wkt, code in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return add(layer)


SQUARE = "Polygon((0 0, 1 0, 1 1, 0 1, 0 0))"
BOWTIE = "Polygon((0 0, 1 1, 1 0, 0 1, 0 0))"


def export_polders(qtbot, dialog, output):
    dialog.type_combo.setCurrentText("Polder")
    dialog.columns_table.item(0, 0).setText("code")
    dialog.columns_table.cellWidget(0, 1).setCurrentText("code")
    dialog.output_widget.setFilePath(str(output))
    dialog.export_result = dialog.error = None
    dialog.export_button.click()
    wait_for(qtbot, dialog)


def test_invalid_geometries_are_skipped_or_refused_as_chosen(iface, qtbot, tmp_path):
    layer = polygon_layer([(SQUARE, "P1"), (BOWTIE, "BAD")])
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    assert dialog.invalid() == "skip" and dialog.long_text() == "refuse"  # the defaults
    export_polders(qtbot, dialog, tmp_path / "skip.zip")
    assert dialog.error is None, dialog.error
    assert (dialog.export_result.feature_count, dialog.export_result.skipped) == (1, 1)
    assert "1 skipped" in dialog.status_label.text()

    dialog.invalid_combo.setCurrentIndex(dialog.invalid_combo.findData("refuse"))
    export_polders(qtbot, dialog, tmp_path / "refuse.zip")
    assert dialog.export_result is None
    assert "has no geometry or an invalid one" in dialog.error_label.text()
    assert sorted(os.listdir(str(tmp_path))) == ["skip.zip"]
    again = AssetBundleDialog(iface, layer)  # the choice is remembered with the mapping
    qtbot.addWidget(again)
    assert again.invalid() == "refuse"


def test_long_text_is_refused_or_cut_as_chosen(iface, qtbot, tmp_path):
    layer = polygon_layer([(SQUARE, "x" * 300)])
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    export_polders(qtbot, dialog, tmp_path / "refused.zip")
    assert "Field code holds text longer than 254 bytes" in dialog.error_label.text()
    assert os.listdir(str(tmp_path)) == []

    dialog.long_text_combo.setCurrentIndex(dialog.long_text_combo.findData("truncate"))
    export_polders(qtbot, dialog, tmp_path / "cut.zip")
    assert dialog.error is None, dialog.error
    assert "1 text value(s) longer than 254 bytes were cut" in dialog.status_label.text()
    assert any("were cut" in m for m in iface.messageBar().get_messages(Qgis.Warning))


def test_a_geopackage_layer_is_exported_from_a_copy_of_its_file(iface, qtbot, tmp_path):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    gpkg = str(tmp_path / "polders.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    table = dataset.CreateLayer("polders", srs, ogr.wkbPolygon)
    table.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    for code in ("P1", "P2"):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("code", code)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(SQUARE))
        table.CreateFeature(feature)
    feature = table = dataset = None
    layer = add(QgsVectorLayer(gpkg, "polders", "ogr"))
    assert asset_bundle_dialog.file_copy(layer) is not None  # so GDAL writes it
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    export_polders(qtbot, dialog, tmp_path / "g.zip")
    assert dialog.error is None, dialog.error
    assert dialog.export_result.feature_count == 2
    # A selection of it: only the selected feature, from the copy (the project's layer keeps its selection).
    layer.selectByIds([max(layer.allFeatureIds())])
    dialog = AssetBundleDialog(iface, layer)
    qtbot.addWidget(dialog)
    dialog.selected_only.setChecked(True)
    export_polders(qtbot, dialog, tmp_path / "s.zip")
    assert dialog.error is None, dialog.error
    assert dialog.export_result.feature_count == 1
    written = ogr.Open("/vsizip/{}/s.shp".format(tmp_path / "s.zip"))
    rows = [f.GetField("code") for f in written.GetLayer(0)]
    written = None
    assert rows == ["P2"] and layer.selectedFeatureIds() == [max(layer.allFeatureIds())]


def test_a_multi_band_raster_can_be_written_as_one_file_per_time_step(iface, qtbot, tmp_path):
    from test_export_timesteps import make_netcdf

    single = add(QgsRasterLayer(make_raster(tmp_path / "one.tif", bands=1, nodata=-9999), "one"))
    dialog = GeoTiffDialog(iface, single)
    qtbot.addWidget(dialog)
    assert not dialog.steps_box.isVisibleTo(dialog) and not dialog.time_steps()

    netcdf = add(QgsRasterLayer(make_netcdf(tmp_path / "rain.nc"), "rain"))
    dialog.layer_combo.setLayer(netcdf)
    assert dialog.steps_box.isVisibleTo(dialog)
    assert dialog.timestamps_edit.text() == "2020-01-01T00:00:00Z, 2020-01-01T06:00:00Z, 2020-01-01T12:30:00Z"
    dialog.steps_box.setChecked(True)
    assert dialog.time_steps() and not dialog.band_combo.isEnabled()
    out = tmp_path / "steps"
    out.mkdir()
    dialog.folder_widget.setFilePath(str(out))
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert dialog.error is None, dialog.error
    assert [os.path.basename(p) for p, _t in dialog.export_result] == [
        "rain_20200101T000000Z.tif", "rain_20200101T060000Z.tif", "rain_20200101T123000Z.tif"]
    assert "timesteps.csv" in os.listdir(str(out))
    assert "3 GeoTIFF(s) and timesteps.csv were written" in dialog.status_label.text()

    multi = add(QgsRasterLayer(make_raster(tmp_path / "multi.tif", bands=2, nodata=-9999), "multi"))
    dialog.layer_combo.setLayer(multi)
    assert dialog.timestamps_edit.text() == ""  # no times in its metadata: the user gives them
    dialog.steps_box.setChecked(True)
    dialog.timestamps_edit.setText("2020-01-01T00:00:00Z")
    dialog.folder_widget.setFilePath(str(out))
    dialog.export_result = dialog.error = None
    dialog.export_button.click()
    wait_for(qtbot, dialog)
    assert "has 2 band(s) but 1 timestamp(s) were given" in dialog.error_label.text()
    assert not [n for n in os.listdir(str(out)) if n.startswith("multi")]
