"""Asset bundles for Lizard's asset import: zipped shapefile + .ini, built from small memory layers."""

import configparser
import os
import zipfile

import pytest
from lizard_explorer.core.assets.bundle import ExportError, export_bundle, shapefile_names
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from test_processing import provider  # noqa: F401 - fixture


def memory_layer(fields, rows, geometry="Point", crs="EPSG:28992"):
    """``fields``: [(name, "string"|"integer"|"double")]; ``rows``: [(wkt or None, [values])]."""
    uri = "{}?{}".format(geometry, "crs={}&".format(crs) if crs else "")
    uri += "&".join("field={}:{}".format(name, kind) for name, kind in fields)
    layer = QgsVectorLayer(uri, "assets", "memory")
    assert layer.isValid()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def stations(rows=None):
    return memory_layer(
        [("ID_1", "string"), ("NAME", "string"), ("HEIGHT", "double")],
        rows or [("Point(155000 463000)", ["GW1", "Grondwaterstation één", 1.5]),
                 ("Point(155100 463100)", ["GW2", "Straße 2 — ça", 2.5])])


def read_zip(path, stem):
    dataset = ogr.Open("/vsizip/{}/{}.shp".format(path, stem))
    layer = dataset.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows = [[feature.GetField(i) for i in range(len(names))] for feature in layer]
    with zipfile.ZipFile(path) as archive:
        members = sorted(archive.namelist())
        ini_text = archive.read(stem + ".ini").decode("utf-8")
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str
    ini.read_string(ini_text)
    return names, rows, members, ini, ini_text


def test_long_names_that_collide_get_unique_deterministic_ten_character_names():
    names = ["surface_level_nap", "surface_level_mv", "surface__1", "Straße_höhe", "ok", "OK"]
    first = shapefile_names(names)
    assert first == shapefile_names(list(names))
    assert all(len(n.encode("ascii")) <= 10 for n in first.values())
    assert len({n.lower() for n in first.values()}) == len(names)
    assert first["surface_level_nap"] == "surface_le"
    assert first["surface_level_mv"] == "surface__2"  # "surface__1" is another field's own name
    assert first["surface__1"] == "surface__1"
    assert first["Straße_höhe"] == "Strae_hohe"
    assert (first["ok"], first["OK"]) == ("ok", "OK_1")  # dBASE names ignore case


def test_bundle_ini_refers_to_the_shortened_names_and_values_survive(tmp_path):
    layer = memory_layer(
        [("identification", "string"), ("identifier_x", "string"), ("surface_level", "double")],
        [("Point(1 2)", ["Één", "ça", 1.25])])
    out = str(tmp_path / "stations.zip")
    result = export_bundle(layer, out, "groundwaterstations",
                           {"code": "identification", "name": "identifier_x", "surface_level": "surface_level"},
                           defaults={"frequency": "daily", "scale": 1}, organisation="abc-123")
    assert result.path == out and result.feature_count == 1 and result.skipped == 0
    names, rows, members, ini, text = read_zip(out, "stations")
    assert members == sorted("stations" + e for e in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".ini"))
    assert dict(ini["columns"]) == {"code": names[0], "name": names[1], "surface_level": names[2]}
    assert len(set(names)) == 3 and all(len(n) <= 10 for n in names)
    assert rows == [["Één", "ça", 1.25]]
    assert dict(ini["general"]) == {"asset_name": "GroundwaterStation", "organisation": "abc-123"}
    assert "[defaults]" in text and "[default]\n" not in text
    assert dict(ini["defaults"]) == {"frequency": "daily", "scale": "1"}
    assert sorted(os.listdir(tmp_path)) == ["stations.zip"]


def test_non_ascii_values_survive_through_ogr(tmp_path):
    out = str(tmp_path / "gw.zip")
    export_bundle(stations(), out, "GroundwaterStation", {"code": "ID_1", "name": "NAME"})
    _names, rows, _members, _ini, _text = read_zip(out, "gw")
    assert [r[1] for r in rows] == ["Grondwaterstation één", "Straße 2 — ça"]


def test_nested_block_keeps_layer_order(tmp_path):
    layer = memory_layer(
        [("ID_1", "string"), ("2_code", "string"), ("2_bottom", "double"), ("3_code", "string"),
         ("3_bottom", "double")],
        [("Point(1 2)", ["GW1", "F1", -3.0, "F2", -6.0])])
    out = str(tmp_path / "nested.zip")
    export_bundle(layer, out, "GroundwaterStation", {"code": "ID_1"},
                  nested=("Filter", "2_code", ["code", "filter_bottom_level"]))
    names, rows, _members, ini, _text = read_zip(out, "nested")
    assert names == ["ID_1", "2_code", "2_bottom", "3_code", "3_bottom"]
    assert rows == [["GW1", "F1", -3.0, "F2", -6.0]]
    assert ini["general"]["nested_asset"] == "Filter"
    assert dict(ini["nested"]) == {"first": "2_code", "fields": "[code, filter_bottom_level]"}


def test_invalid_geometries_are_skipped_and_counted(tmp_path):
    layer = stations([("Point(1 2)", ["A", "a", 1.0]), (None, ["B", "b", 2.0])])
    result = export_bundle(layer, str(tmp_path / "s.zip"), "GroundwaterStation", {"code": "ID_1"})
    assert (result.feature_count, result.skipped) == (1, 1)
    assert "1 feature(s) without a valid geometry were skipped." in result.warnings


def refuse(tmp_path, layer, message, **kwargs):
    out = str(tmp_path / "refused.zip")
    args = dict(asset_type="GroundwaterStation", columns={"code": "ID_1"})
    args.update(kwargs)
    with pytest.raises(ExportError) as caught:
        export_bundle(layer, out, **args)
    assert message in str(caught.value)
    assert os.listdir(tmp_path) == []


def test_refuses_fields_that_do_not_exist(tmp_path):
    refuse(tmp_path, stations(), "The layer has no field(s) NOPE.", columns={"code": "ID_1", "name": "NOPE"})


def test_refuses_a_geometry_that_does_not_fit_the_asset_type(tmp_path):
    refuse(tmp_path, stations(), "Pipe assets need line geometries, but the layer has point geometries.",
           asset_type="pipes")


def test_refuses_a_layer_without_crs(tmp_path):
    layer = memory_layer([("ID_1", "string")], [("Point(1 2)", ["A"])])
    layer.setCrs(QgsCoordinateReferenceSystem())
    refuse(tmp_path, layer, "The layer has no coordinate reference system")


def test_refuses_invalid_geometries_when_asked(tmp_path):
    layer = memory_layer([("ID_1", "string")], [("Polygon((0 0, 1 1, 1 0, 0 1, 0 0))", ["A"])], "Polygon")
    refuse(tmp_path, layer, "has no geometry or an invalid one", asset_type="Polder", invalid="refuse")


def test_refuses_text_longer_than_a_shapefile_holds(tmp_path):
    layer = stations([("Point(1 2)", ["A" * 255, "a", 1.0])])
    refuse(tmp_path, layer, "Field ID_1 holds text longer than 254 bytes")


def test_refuses_nested_columns_that_are_not_a_multiple_of_the_fields(tmp_path):
    refuse(tmp_path, stations(), "The layer has 2 columns from NAME onwards, which is not a multiple of the 3 "
           "nested fields.", nested=("Filter", "NAME", ["code", "filter_top_level", "filter_bottom_level"]))
    refuse(tmp_path, stations(), "which is not a multiple of the 2 nested fields",
           nested=("Filter", "HEIGHT", ["code", "filter_top_level"]))


def test_refuses_an_unknown_asset_type(tmp_path):
    refuse(tmp_path, stations(), "“Spaceship” is not a Lizard asset type.", asset_type="Spaceship")


def test_algorithm_writes_the_bundle_of_the_selected_features(provider, tmp_path):  # noqa: F811
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    import processing

    layer = stations()
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([next(layer.getFeatures()).id()])
        out = str(tmp_path / "alg.zip")
        result = processing.run("lizard:exportassetbundle", {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True),
            "ASSET_TYPE": "GroundwaterStation", "COLUMNS": "code=ID_1; name=NAME;surface_level=HEIGHT",
            "DEFAULTS": "frequency=daily;scale=1", "OUTPUT": out})
        assert result["OUTPUT"] == out and result["FEATURES"] == 1 and result["SKIPPED"] == 0
        names, rows, _members, ini, _text = read_zip(out, "alg")
        assert rows == [["GW1", "Grondwaterstation één", 1.5]]
        assert dict(ini["columns"]) == {"code": "ID_1", "name": "NAME", "surface_level": "HEIGHT"}
        assert dict(ini["defaults"]) == {"frequency": "daily", "scale": "1"}

        with pytest.raises(QgsProcessingException) as caught:
            processing.run("lizard:exportassetbundle", {
                "INPUT": layer, "ASSET_TYPE": "GroundwaterStation", "COLUMNS": "code", "OUTPUT": out + "2.zip"})
        assert "COLUMNS: “code” is not of the form lizard_field=value." in str(caught.value)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert sorted(os.listdir(tmp_path)) == ["alg.zip"]


def test_lines_and_polygons_are_written_with_their_kind(tmp_path):
    pipes = memory_layer([("ID_1", "string")], [("LineString(0 0, 1 1)", ["P1"]),
                                                ("MultiLineString((0 0, 1 0),(2 2, 3 3))", ["P2"])], "MultiLineString")
    result = export_bundle(pipes, str(tmp_path / "pipes.zip"), "Pipe", {"code": "ID_1"})
    assert result.feature_count == 2
    polders = memory_layer([("ID_1", "string")], [("Polygon((0 0, 1 0, 1 1, 0 0))", ["X"])], "Polygon")
    export_bundle(polders, str(tmp_path / "polders.zip"), "polders", {"code": "ID_1"})
    dataset = ogr.Open("/vsizip/{}/polders.shp".format(tmp_path / "polders.zip"))
    assert ogr.GT_Flatten(dataset.GetLayer(0).GetGeomType()) == ogr.wkbPolygon
    with zipfile.ZipFile(str(tmp_path / "polders.zip")) as archive:
        assert "Amersfoort" in archive.read("polders.prj").decode("ascii")
        assert archive.read("polders.cpg").decode("ascii").strip().upper() in ("UTF-8", "UTF8")


# ------------------------------------------------------------- file-backed layers (GDAL writes), limits


def gpkg_layer(path, rows, geometry=ogr.wkbPolygon, fields=(("code", ogr.OFTString), ("long_field_name", ogr.OFTString),
                                                             ("level", ogr.OFTReal), ("n", ogr.OFTInteger64))):
    """A GeoPackage (EPSG:28992) with ``rows`` = [(wkt or None, [values])], opened as a QGIS ogr layer."""
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("assets", srs, geometry)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            if value is not None:
                feature.SetField(i, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    feature = layer = dataset = None
    qgis_layer = QgsVectorLayer(str(path) + "|layername=assets", "assets", "ogr")
    assert qgis_layer.isValid()
    return qgis_layer


SQUARE = "Polygon(({x} 0, {x1} 0, {x1} 1, {x} 1, {x} 0))"
BOWTIE = "Polygon((0 0, 1 1, 1 0, 0 1, 0 0))"
POLDER_COLUMNS = {"code": "code", "description": "long_field_name", "target_level": "level", "ref": "n"}


def polders(tmp_path, extra=()):
    rows = [(SQUARE.format(x=i, x1=i + 1), ["P{}".format(i), "Peilgebied één {}".format("x" * i), i / 4.0, i])
            for i in range(5)]
    return gpkg_layer(tmp_path / "polders.gpkg", rows + list(extra))


def dbf_widths(zip_path, stem):
    dataset = ogr.Open("/vsizip/{}/{}.shp".format(zip_path, stem))
    definition = dataset.GetLayer(0).GetLayerDefn()
    return {definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetWidth()
            for i in range(definition.GetFieldCount())}


def test_a_geopackage_layer_is_written_by_gdal_like_a_memory_layer(tmp_path, monkeypatch):
    from lizard_explorer.core.assets import shapefile

    layer = polders(tmp_path)
    fast = str(tmp_path / "fast.zip")
    python_write = shapefile.python_write
    monkeypatch.setattr(shapefile, "python_write", lambda *args: pytest.fail("not written by GDAL"))
    result = export_bundle(layer, fast, "Polder", POLDER_COLUMNS)
    monkeypatch.setattr(shapefile, "python_write", python_write)
    assert (result.feature_count, result.skipped, result.warnings) == (5, 0, [])
    slow = str(tmp_path / "slow.zip")
    export_bundle(layer.materialize(QgsFeatureRequest()), slow, "Polder", POLDER_COLUMNS)
    fast_read, slow_read = read_zip(fast, "fast"), read_zip(slow, "slow")
    assert fast_read[0] == slow_read[0] == ["code", "long_field", "level", "n"]
    assert fast_read[1] == slow_read[1]
    assert fast_read[1][4] == ["P4", "Peilgebied één xxxx", 1.0, 4]
    assert dict(fast_read[3]["columns"]) == {"code": "code", "description": "long_field", "target_level": "level",
                                            "ref": "n"}
    # Text fields are as wide as their longest value in bytes ("é" is two), not 254.
    assert dbf_widths(fast, "fast")["long_field"] == len("Peilgebied één xxxx".encode())
    assert dbf_widths(fast, "fast") == dbf_widths(slow, "slow")
    with zipfile.ZipFile(fast) as archive:
        assert "Amersfoort" in archive.read("fast.prj").decode("ascii")


def test_a_geopackage_with_invalid_or_missing_geometries_is_skipped_and_counted(tmp_path):
    layer = polders(tmp_path, [(BOWTIE, ["BAD", "bow tie", 0.0, 9]), (None, ["NONE", "none", 0.0, 10])])
    result = export_bundle(layer, str(tmp_path / "s.zip"), "Polder", POLDER_COLUMNS)
    assert (result.feature_count, result.skipped) == (5, 2)
    assert [r[0] for r in read_zip(str(tmp_path / "s.zip"), "s")[1]] == ["P0", "P1", "P2", "P3", "P4"]


def test_a_geopackage_with_invalid_geometries_is_refused_when_asked(tmp_path):
    layer = polders(tmp_path, [(BOWTIE, ["BAD", "bow tie", 0.0, 9])])
    with pytest.raises(ExportError) as caught:
        export_bundle(layer, str(tmp_path / "r.zip"), "Polder", POLDER_COLUMNS, invalid="refuse")
    message = str(caught.value)
    del caught  # its traceback holds this frame, whose layer (an OGR dataset) must not outlive QGIS
    assert "has no geometry or an invalid one" in message
    assert sorted(os.listdir(tmp_path)) == ["polders.gpkg"]


@pytest.mark.parametrize("backed", ["memory", "geopackage"])
def test_a_shapefile_that_would_pass_the_size_limit_is_refused_before_writing(tmp_path, monkeypatch, backed):
    from lizard_explorer.core.assets import shapefile

    monkeypatch.setattr(shapefile, "MAX_FILE_BYTES", 150)  # each .dbf and .shp here is larger
    layer = polders(tmp_path) if backed == "geopackage" else stations()
    columns = POLDER_COLUMNS if backed == "geopackage" else {"code": "ID_1", "name": "NAME"}
    written = []
    monkeypatch.setattr(shapefile, "_write_shapefile", lambda *args: written.append(args))
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(ExportError) as caught:
        export_bundle(layer, str(tmp_path / "big.zip"), "Polder" if backed == "geopackage" else "GroundwaterStation",
                      columns)
    message = str(caught.value)
    del caught  # its traceback holds this frame, whose layer (an OGR dataset) must not outlive QGIS
    assert "more than the 0 MB a shapefile can hold" in message
    assert ".dbf" in message or ".shp" in message
    assert written == [] and sorted(os.listdir(tmp_path)) == before


def test_size_estimate_counts_header_records_and_vertices():
    from lizard_explorer.core.assets import shapefile

    assert shapefile._dbf_bytes(10, [7, 9]) == 32 + 64 + 1 + 10 * 17 + 1
    assert shapefile._shp_bytes(2, 10, False) == 100 + 2 * 52 + 10 * 17
    assert shapefile._shp_bytes(2, 10, True) > shapefile._shp_bytes(2, 10, False)


@pytest.mark.parametrize("backed", ["memory", "geopackage"])
def test_long_text_is_cut_to_254_bytes_and_reported_when_asked(tmp_path, backed):
    long_value = "é" * 200  # 400 bytes
    if backed == "geopackage":
        layer = polders(tmp_path, [(SQUARE.format(x=9, x1=10), ["LONG", long_value, 0.0, 9])])
        columns, asset = POLDER_COLUMNS, "Polder"
    else:
        layer = stations([("Point(1 2)", ["A", long_value, 1.0]), ("Point(2 3)", ["B", "b", 1.0])])
        columns, asset = {"code": "ID_1", "description": "NAME"}, "GroundwaterStation"
    out = str(tmp_path / "cut.zip")
    with pytest.raises(ExportError) as caught:
        export_bundle(layer, out, asset, columns)
    message = str(caught.value)
    del caught  # its traceback holds this frame, whose layer (an OGR dataset) must not outlive QGIS
    assert "holds text longer than 254 bytes (e.g. feature" in message
    assert not os.path.exists(out)
    result = export_bundle(layer, out, asset, columns, long_text="truncate")
    assert any("1 text value(s) longer than 254 bytes were cut" in w for w in result.warnings)
    rows = read_zip(out, "cut")[1]
    cut = [r[1] for r in rows if r[1].startswith("é")][0]
    assert cut == "é" * 127  # 254 bytes, not split inside a character


def test_a_shapefile_layer_is_written_by_gdal_too(tmp_path, monkeypatch):
    from lizard_explorer.core.assets import shapefile

    source = polders(tmp_path)
    shp = str(tmp_path / "in.shp")
    dataset = ogr.GetDriverByName("ESRI Shapefile").CopyDataSource(ogr.Open(str(tmp_path / "polders.gpkg")), shp)
    assert dataset is not None
    dataset = None
    layer = QgsVectorLayer(shp, "in", "ogr")
    assert layer.isValid() and source.isValid()
    monkeypatch.setattr(shapefile, "python_write", lambda *args: pytest.fail("not written by GDAL"))
    columns = {"code": "code", "description": "long_field", "ref": "n"}
    result = export_bundle(layer, str(tmp_path / "out.zip"), "Polder", columns)
    assert result.feature_count == 5
    assert read_zip(str(tmp_path / "out.zip"), "out")[1][1] == ["P1", "Peilgebied één x", 1]


def export_both(layer, tmp_path, monkeypatch, name, **kwargs):
    """Export ``layer`` through GDAL (the feature-by-feature path must not run) and feature by feature; the
    result and the zip's members' bytes of both."""
    from lizard_explorer.core.assets import shapefile

    python_write = shapefile.python_write
    monkeypatch.setattr(shapefile, "python_write", lambda *args: pytest.fail("not written by GDAL"))
    fast = export_bundle(layer, str(tmp_path / (name + ".zip")), "Polder", POLDER_COLUMNS, **kwargs)
    monkeypatch.setattr(shapefile, "python_write", python_write)
    monkeypatch.setattr(shapefile, "fast_write", lambda *args: None)
    slow = export_bundle(layer, str(tmp_path / (name + "_slow.zip")), "Polder", POLDER_COLUMNS, **kwargs)
    monkeypatch.undo()

    def members(path, stem):
        with zipfile.ZipFile(path) as archive:
            return {member.replace(stem, "x"): archive.read(member) for member in archive.namelist()}

    assert members(fast.path, name) == members(slow.path, name + "_slow")
    return fast, read_zip(fast.path, name)[1]


def test_memory_layers_selections_and_subsets_are_written_by_gdal_like_feature_by_feature(tmp_path, monkeypatch):
    layer = polders(tmp_path, [(BOWTIE, ["BAD", "bow tie", 0.0, 9]), (None, ["NONE", "none", 0.0, 10])])
    memory = layer.materialize(QgsFeatureRequest())
    result, rows = export_both(memory, tmp_path, monkeypatch, "memory")
    assert (result.feature_count, result.skipped) == (5, 2)
    assert result.warnings == ["2 feature(s) without a valid geometry were skipped."]
    assert [r[0] for r in rows] == ["P0", "P1", "P2", "P3", "P4"]
    layer.selectByExpression('"n" IN (1, 3, 9)')
    result, rows = export_both(layer, tmp_path, monkeypatch, "selection", selected_only=True)
    assert (result.feature_count, result.skipped) == (2, 1)
    assert [r[0] for r in rows] == ["P1", "P3"]
    memory.selectByExpression('"n" IN (0, 4)')
    result, rows = export_both(memory, tmp_path, monkeypatch, "memsel", selected_only=True)
    assert sorted(r[0] for r in rows) == ["P0", "P4"]  # a selection has no order
    layer.setSubsetString('"n" >= 2')
    result, rows = export_both(layer, tmp_path, monkeypatch, "subset")
    assert (result.feature_count, result.skipped) == (3, 2)
    assert [r[0] for r in rows] == ["P2", "P3", "P4"]


def test_a_geopackage_subset_layer_is_copied_for_gdal_with_its_subset(tmp_path):
    from lizard_explorer.core.assets.shapefile import file_copy

    layer = polders(tmp_path)
    layer.setSubsetString('"n" < 2')
    copy = file_copy(layer)
    assert copy is not None and copy.subsetString() == '"n" < 2' and copy.featureCount() == 2
    layer.setSubsetString('SELECT * FROM assets')
    assert file_copy(layer) is None


def test_a_multi_part_feature_in_a_single_part_memory_layer_keeps_its_parts(tmp_path, monkeypatch):
    layer = memory_layer([("code", "string"), ("long_field_name", "string"), ("level", "double"), ("n", "integer")],
                         [(SQUARE.format(x=0, x1=1), ["P0", "a", 0.5, 0]),
                          ("MultiPolygon(((0 5, 1 5, 1 6, 0 5)),((5 5, 6 5, 6 6, 5 5)))", ["P1", "b", 1.5, 1])],
                         "Polygon")
    result, rows = export_both(layer, tmp_path, monkeypatch, "multi")
    assert result.feature_count == 2 and [r[0] for r in rows] == ["P0", "P1"]
    written = ogr.Open("/vsizip/{}/multi.shp".format(result.path))
    parts = [f.GetGeometryRef().GetGeometryCount() for f in written.GetLayer(0)]
    written = None
    assert parts == [1, 2]
