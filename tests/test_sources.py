"""A layer snapshot made on the GUI thread is read in a background thread: only the chosen features."""

import threading
import zipfile

from lizard_explorer.core.assets.bundle import export_bundle
from lizard_explorer.core.sources import LayerSnapshot
from osgeo import ogr
from qgis.core import QgsFeatureRequest
from test_assets import memory_layer


def points(count):
    return memory_layer([("code", "string")],
                        [("POINT({} {})".format(85000 + i, 447000 + i), ["P{}".format(i)]) for i in range(count)])


def read_in_thread(snapshot, request=None):
    found = []
    thread = threading.Thread(target=lambda: found.extend(
        f["code"] for f in snapshot.getFeatures(request)))
    thread.start()
    thread.join(10)
    return sorted(found)  # a feature id filter has no order


def test_a_snapshot_reads_the_chosen_features_in_another_thread_and_keeps_the_layers_shape():
    layer = points(6)
    ids = sorted(layer.allFeatureIds())
    snapshot = LayerSnapshot(layer, ids[1:3])
    layer.dataProvider().deleteFeatures([ids[5]])  # later changes to the layer do not change the count
    assert snapshot.featureCount() == 2 and snapshot.sourceCrs().authid() == "EPSG:28992"
    assert snapshot.wkbType() == layer.wkbType() and snapshot.fields().names() == ["code"]
    assert read_in_thread(snapshot) == ["P1", "P2"]
    assert read_in_thread(snapshot, QgsFeatureRequest().setFilterFids([ids[2], ids[4]])) == ["P2"]
    assert len(read_in_thread(LayerSnapshot(layer))) == 5


def test_an_asset_bundle_is_written_from_a_snapshot_of_selected_features(tmp_path):
    layer = points(5)
    layer.selectByIds(sorted(layer.allFeatureIds())[:2])
    snapshot = LayerSnapshot(layer, layer.selectedFeatureIds())
    output = tmp_path / "stations.zip"
    export_bundle(snapshot, str(output), "GroundwaterStation", {"code": "code"})
    names = zipfile.ZipFile(output).namelist()
    shp = next(name for name in names if name.endswith(".shp"))
    dataset = ogr.Open("/vsizip/{}/{}".format(output, shp))
    try:
        assert sorted(f.GetField(0) for f in dataset.GetLayer(0)) == ["P0", "P1"]
    finally:
        dataset = None
