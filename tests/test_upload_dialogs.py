"""The upload dialogs (rasters into rastersources, timeseries events) against the fake Lizard, and their wiring."""

import re
import uuid

import pytest
from fake_lizard.store import NS, TS_EMPTY
from lizard_explorer import classFactory
from lizard_explorer.core import errors, times
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters.geotiff import write_timesteps_csv
from lizard_explorer.core.rasters.upload import (
    CANCELLED,
    DONE,
    UploadItem,
    check_items,
    create_rastersource,
    rastersource_body,
)
from lizard_explorer.ui.events_dialog import EventsUploadDialog
from lizard_explorer.ui.upload_raster_dialog import RasterUploadDialog
from mapserver import MapServer, make_demo_data
from qgis.core import Qgis, QgsFeature, QgsMapLayerType, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, Qt, QThread, QTime
from qgis.PyQt.QtWidgets import QAction
from test_upload_core import make_tif, sha256

WAIT = 20000
FAST_POLL = {"first": 0.01, "maximum": 0.02}


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def clean_project():
    yield
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def as_user(lizard, monkeypatch):
    """Point the plugin at the fake Lizard with the key of ``who`` (through the environment overrides)."""

    def use(who="supplier"):
        monkeypatch.setenv("LIZARD_URL", lizard.base_url)
        monkeypatch.setenv("LIZARD_API_KEY", lizard.KEYS[who])
        return LizardClient(lizard.base_url, lizard.KEYS[who], sleep=lambda seconds: None)

    return use


@pytest.fixture
def supplier(as_user):
    return as_user("supplier")


@pytest.fixture
def dialogs(qtbot):
    """Dialogs made by a test; every task they started has ended before the next test."""
    made = []
    yield made
    for dialog in made:
        dialog.cancel()
    for dialog in made:
        qtbot.waitUntil(lambda d=dialog: not d.busy(), timeout=WAIT)
    from lizard_explorer.core import tasks

    qtbot.waitUntil(lambda: not tasks._running, timeout=WAIT)


def raster_dialog(iface, qtbot, dialogs, layer=None):
    dialog = RasterUploadDialog(iface, layer)
    dialog.poll = dict(FAST_POLL)
    qtbot.addWidget(dialog)
    dialogs.append(dialog)
    return dialog


def new_target(dialog, qtbot, name, temporal=False, interval="1h"):
    dialog.new_radio.setChecked(True)
    qtbot.waitUntil(lambda: dialog.organisation_combo.count() > 0, timeout=WAIT)
    dialog.organisation_combo.setCurrentIndex(dialog.organisation_combo.findData(NS))
    dialog.name_edit.setText(name)
    dialog.temporal_check.setChecked(temporal)
    if temporal:
        dialog.interval_edit.setText(interval)


def choose_existing(dialog, qtbot, source):
    """Search for ``source`` by name and select it in the list."""
    dialog.existing_radio.setChecked(True)
    dialog.search_edit.setText(source["name"])
    dialog.search_sources()
    qtbot.waitUntil(lambda: any(dialog.sources_list.item(i).data(Qt.UserRole + 1)["uuid"] == source["uuid"]
                                for i in range(dialog.sources_list.count())), timeout=WAIT)
    for i in range(dialog.sources_list.count()):
        if dialog.sources_list.item(i).data(Qt.UserRole + 1)["uuid"] == source["uuid"]:
            dialog.sources_list.item(i).setSelected(True)


def wait_done(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.result_items is not None or (dialog.error is not None and not dialog.busy()),
                    timeout=WAIT)
    assert not dialog.busy()


def unique(name):
    return "{} {}".format(name, uuid.uuid4().hex[:6])


def uploads_to(lizard, source_uuid):
    return [record for record in lizard.data.uploads if record["source_uuid"] == source_uuid]


# ------------------------------------------------------------------------------------------ rasters


def test_a_layer_goes_into_a_new_rastersource_and_the_task_success_is_shown(iface, qtbot, dialogs, lizard, supplier,
                                                                              tmp_path, monkeypatch):
    path = make_tif(tmp_path / "grid.tif")
    layer = QgsRasterLayer(path, "My grid")
    QgsProject.instance().addMapLayer(layer)
    dialog = raster_dialog(iface, qtbot, dialogs, layer)
    assert [label for _path, label, _time in dialog.rows()] == ["My grid"]
    name = unique("Dialog upload")
    new_target(dialog, qtbot, name)
    assert dialog.upload_button.isEnabled(), dialog.reason_label.text()
    threads = []  # the queue's callbacks reach the widgets on the GUI thread only
    for slot in ("_item_changed", "_bytes_sent"):
        original = getattr(dialog, slot)
        monkeypatch.setattr(dialog, slot, lambda *args, original=original: threads.append(
            QThread.currentThread() == QCoreApplication.instance().thread()) or original(*args))
    dialog.upload_button.click()
    assert dialog.busy() and not dialog.upload_button.isEnabled() and dialog.cancel_button.isEnabled()
    wait_done(qtbot, dialog)
    assert dialog.error is None, dialog.error_label.text()
    assert [item.state for item in dialog.result_items] == [DONE]
    assert dialog.state_of(0) == "done"
    assert threads and all(threads)
    assert dialog.status_label.text() == "1 of 1 files uploaded."
    assert iface.messageBar().get_messages(Qgis.Success) == ["Upload to Lizard:1 of 1 files uploaded."]
    source = dialog.created_source
    assert source["name"] == name
    (record,) = uploads_to(lizard, source["uuid"])
    assert record["sha256"] == sha256(path)
    assert dialog.layer_box.isVisibleTo(dialog) and dialog.layer_name_edit.text() == name
    assert not dialog.resume_button.isVisibleTo(dialog)


def test_a_temporal_target_needs_a_time_for_every_file_before_upload_is_possible(iface, qtbot, dialogs, supplier,
                                                                                 tmp_path):
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog.add_files([make_tif(tmp_path / "a.tif"), make_tif(tmp_path / "b.tif")])
    new_target(dialog, qtbot, unique("Temporal"), temporal=True)
    assert not dialog.files_table.isColumnHidden(1)
    assert not dialog.upload_button.isEnabled()
    assert "a.tif, b.tif" in dialog.reason_label.text() and dialog.reason_label.isVisibleTo(dialog)
    dialog.files_table.item(0, 1).setText("2024-05-01T10:00:00Z")
    assert not dialog.upload_button.isEnabled() and "b.tif" in dialog.reason_label.text()
    dialog.files_table.item(1, 1).setText("tomorrow")
    assert not dialog.upload_button.isEnabled() and "not a date and time" in dialog.reason_label.text()
    dialog.files_table.item(1, 1).setText("2024-05-01 12:00")
    assert dialog.upload_button.isEnabled() and not dialog.reason_label.isVisibleTo(dialog)
    dialog.temporal_check.setChecked(False)  # one raster only
    assert not dialog.upload_button.isEnabled() and "one file" in dialog.reason_label.text()
    assert dialog.files_table.isColumnHidden(1)


def core_refusal(source, files):
    """The sentence core.rasters.upload.check_items (the Processing algorithm's check) gives for ``files``."""
    with pytest.raises(errors.LizardError) as refused:
        check_items(source, [UploadItem(path, stamp or None) for path, stamp in files])
    return str(refused.value)


def test_the_dialog_refuses_a_temporal_upload_with_the_cores_sentence(iface, qtbot, dialogs, supplier, tmp_path):
    a, b = make_tif(tmp_path / "a.tif"), make_tif(tmp_path / "b.tif")
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog.add_files([a, b])
    name = unique("Same sentence")
    new_target(dialog, qtbot, name, temporal=True)
    body = rastersource_body(name, NS, temporal=True, interval="1h")
    dialog.files_table.item(0, 1).setText("2024-05-01T10:00:00Z")  # b.tif has no time
    assert dialog.reason_label.text() == core_refusal(body, [(a, "2024-05-01T10:00:00Z"), (b, "")])
    dialog.files_table.item(1, 1).setText("2024-05-01T12:00:00+02:00")  # the same moment as a.tif
    assert dialog.reason_label.text() == core_refusal(body, [(a, "2024-05-01T10:00:00Z"),
                                                             (b, "2024-05-01T12:00:00+02:00")])
    assert "same time" in dialog.reason_label.text() and not dialog.upload_button.isEnabled()
    source = create_rastersource(supplier, unique("Existing temporal"), NS, temporal=True, interval="1h")
    choose_existing(dialog, qtbot, source)
    dialog.files_table.item(1, 1).setText("")
    assert dialog.reason_label.text() == core_refusal(source, [(a, "2024-05-01T10:00:00Z"), (b, "")])
    assert source["name"] in dialog.reason_label.text()


def test_timesteps_csv_beside_the_files_fills_their_times(iface, qtbot, dialogs, supplier, tmp_path):
    paths = [make_tif(tmp_path / "rain_{}.tif".format(i)) for i in range(2)]
    write_timesteps_csv(str(tmp_path), [(paths[0], times.parse("2024-01-01T00:00:00Z")),
                                        (paths[1], times.parse("2024-01-01T01:00:00Z"))])  # as the export does
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog.add_files(paths)
    assert [stamp for _path, _label, stamp in dialog.rows()] == ["2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z"]
    other = raster_dialog(iface, qtbot, dialogs)
    other.add_files([str(tmp_path / "timesteps.csv")])  # the list itself adds its files
    assert [(label, stamp) for _path, label, stamp in other.rows()] == [
        ("rain_0.tif", "2024-01-01T00:00:00Z"), ("rain_1.tif", "2024-01-01T01:00:00Z")]


def test_temporal_files_go_to_an_existing_source_with_their_times(iface, qtbot, dialogs, lizard, supplier, tmp_path):
    source = create_rastersource(supplier, unique("Existing temporal"), NS, temporal=True, interval="1h")
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog.add_file(make_tif(tmp_path / "t0.tif"), timestamp="2024-05-01T10:00:00+02:00")
    dialog.add_file(make_tif(tmp_path / "t1.tif"), timestamp="2024-05-01T09:00:00Z")
    choose_existing(dialog, qtbot, source)
    assert dialog.target_is_temporal() and dialog.upload_button.isEnabled(), dialog.reason_label.text()
    dialog.upload_button.click()
    wait_done(qtbot, dialog)
    assert [r["timestamp"] for r in uploads_to(lizard, source["uuid"])] == ["2024-05-01T08:00:00Z",
                                                                            "2024-05-01T09:00:00Z"]
    assert dialog.created_source is None and not dialog.layer_box.isVisibleTo(dialog)


def test_typing_searches_writable_sources_again_and_a_stale_search_is_cancelled(iface, qtbot, dialogs, lizard,
                                                                                supplier):
    source = create_rastersource(supplier, unique("Zoekbaar"), NS)
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog._search_timer.stop()  # not the opening search: this test starts its own
    lizard.inject(delay=1.0, times=1, path="/api/v4/rastersources/", method="GET")
    dialog.search_edit.setText("no such source")
    stale = dialog.search_sources()  # answered slowly
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, source["name"])  # typing searches by itself after a pause
    assert dialog._search_timer.isActive()
    qtbot.waitUntil(lambda: dialog.sources_list.count() == 1 and dialog._search.task is None, timeout=WAIT)
    assert stale.isCanceled()
    assert dialog.sources_list.item(0).data(Qt.UserRole + 1)["uuid"] == source["uuid"]
    assert dialog.sources_label.text() in ("1 writable rastersource.", "1 writable rastersource(s).")
    searches = [r for r in lizard.requests if r.method == "GET" and r.path == "/api/v4/rastersources/"]
    assert searches[-1].query["name__icontains"] == [source["name"]]


def test_an_upload_without_rights_shows_the_permission_sentence(iface, qtbot, dialogs, lizard, as_user, tmp_path):
    supplier = as_user("supplier")
    source = create_rastersource(supplier, unique("Public"), NS, "Public")
    as_user("reader")
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog.add_file(make_tif(tmp_path / "grid.tif"))
    dialog.show_sources([source])  # readers see it, but it is not among their writable sources
    dialog.sources_list.item(0).setSelected(True)
    dialog.upload_button.click()
    wait_done(qtbot, dialog)
    assert dialog.result_items[0].state == "failed"
    assert "no permission" in dialog.state_of(0)
    assert "no permission" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    (message,) = iface.messageBar().get_messages(Qgis.Critical)
    assert "no permission" in message and lizard.KEYS["reader"] not in message
    assert uploads_to(lizard, source["uuid"]) == []


def test_a_failed_task_on_lizard_shows_the_servers_reason(iface, qtbot, dialogs, lizard, supplier, tmp_path):
    lizard.task_outcome = "FAILURE"
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog.add_file(make_tif(tmp_path / "grid.tif"))
    new_target(dialog, qtbot, unique("Fails"))
    dialog.upload_button.click()
    wait_done(qtbot, dialog)
    (item,) = dialog.result_items
    task_id = item.task_url.rstrip("/").rsplit("/", 1)[-1]
    reason = lizard.data.tasks[task_id]["task"]["detail"]
    assert reason and reason in dialog.state_of(0) and reason in dialog.error_label.text()
    assert dialog.state_of(0).startswith("failed: ")
    assert not dialog.layer_box.isVisibleTo(dialog)
    assert dialog.resume_button.isVisibleTo(dialog)  # the source exists: try again into it


def test_cancel_stops_the_queue_and_resume_sends_only_the_rest(iface, qtbot, dialogs, lizard, supplier, tmp_path):
    source = create_rastersource(supplier, unique("Cancel me"), NS, temporal=True, interval="1h")
    dialog = raster_dialog(iface, qtbot, dialogs)
    for i in range(3):
        dialog.add_file(make_tif(tmp_path / "s{}.tif".format(i)), timestamp="2024-02-0{}T00:00:00Z".format(i + 1))
    choose_existing(dialog, qtbot, source)
    dialog.poll = {"first": 0.4, "maximum": 0.4}  # each file stays "processing on Lizard" for a while
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.state_of(0) == "processing on Lizard", timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.state_of(0) == "done", timeout=WAIT)
    dialog.cancel_button.click()
    wait_done(qtbot, dialog)
    states = [item.state for item in dialog.result_items]
    assert states[0] == DONE and states[2] == CANCELLED and states[1] in (CANCELLED, "processing")
    assert "Upload cancelled." in dialog.status_label.text() and "Not sent" in dialog.status_label.text()
    assert dialog.resume_button.isVisibleTo(dialog) and dialog.resume_button.isEnabled()
    assert len(uploads_to(lizard, source["uuid"])) <= 2
    dialog.poll = dict(FAST_POLL)
    dialog.result_items = None
    dialog.resume_button.click()
    wait_done(qtbot, dialog)
    assert [item.state for item in dialog.result_items] == [DONE, DONE, DONE]
    names = [r["filename"] for r in uploads_to(lizard, source["uuid"])]
    assert names.count("s0.tif") == 1 and "s2.tif" in names  # the done file was not sent again
    assert not dialog.resume_button.isVisibleTo(dialog)


@pytest.fixture
def wms_server(tmp_path_factory):
    demo = make_demo_data(tmp_path_factory.mktemp("upload_wms"))
    with MapServer(demo.project_path) as server:
        yield server


def test_a_raster_layer_made_for_the_new_source_is_added_to_the_map(iface, qtbot, dialogs, lizard, supplier,
                                                                     tmp_path, wms_server, monkeypatch):
    # New raster layers of the fake are served by the local WMS as its "lochem_kwel" layer.
    monkeypatch.setattr(lizard.data, "wms_endpoint", wms_server.url)
    monkeypatch.setattr(lizard.data, "wms_layer_name", lambda *args: "lochem_kwel")
    dialog = raster_dialog(iface, qtbot, dialogs)
    dialog.add_file(make_tif(tmp_path / "grid.tif"))
    name = unique("For the map")
    new_target(dialog, qtbot, name)
    dialog.upload_button.click()
    wait_done(qtbot, dialog)
    assert dialog.layer_box.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.observation_combo.count() > 0 and dialog.create_layer_button.isEnabled(),
                    timeout=WAIT)
    dialog.observation_search.setText("hoogte")
    dialog.load_observation_types()  # typing searches after a pause; here at once
    qtbot.waitUntil(lambda: dialog._observations_task.task is None, timeout=WAIT)
    assert dialog.observation_combo.count() > 0
    dialog.layer_name_edit.setText("Mijn laag")
    with qtbot.waitSignal(dialog.adder.done, timeout=WAIT) as signal:
        dialog.create_layer_button.click()
    outcome = signal.args[0]
    assert dialog.created_raster["name"] == "Mijn laag"
    assert [raster["uuid"] for raster in supplier.get_all(
        "rasters/", {"raster_sources__uuid": dialog.created_source["uuid"]})] == [dialog.created_raster["uuid"]]
    layers = list(QgsProject.instance().mapLayers().values())
    assert outcome.layers and [layer.name() for layer in layers] == ["Mijn laag"]
    assert layers[0].providerType() == "wms" and layers[0].isValid()
    assert "Added “Mijn laag” to the map." in dialog.status_label.text()


# ------------------------------------------------------------------------------------------- events


def events_table(rows):
    layer = QgsVectorLayer("None?field=t:datetime&field=v:double&field=note:string", "measurements", "memory")
    features = []
    for when, value, note in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([when, value, note])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def at(hour, minute=0):
    return QDateTime(QDate(2023, 7, 1), QTime(hour, minute), Qt.UTC)


def events_dialog(iface, qtbot, dialogs, layer):
    dialog = EventsUploadDialog(iface, layer)
    qtbot.addWidget(dialog)
    dialogs.append(dialog)
    return dialog


def event_posts(lizard):
    return [r for r in lizard.requests if r.method == "POST" and "/events/" in r.path]


def test_duplicate_times_are_named_and_nothing_is_sent(iface, qtbot, dialogs, lizard, supplier):
    layer = events_table([(at(1), 1.0, "a"), (at(2), 2.0, "b"), (at(1), 3.0, "c")])
    dialog = events_dialog(iface, qtbot, dialogs, layer)
    assert not dialog.upload_button.isEnabled() and "UUID" in dialog.reason_label.text()
    dialog.timeseries_edit.setText("not-a-uuid")
    assert not dialog.upload_button.isEnabled() and "not a UUID" in dialog.reason_label.text()
    dialog.timeseries_edit.setText(TS_EMPTY)
    assert dialog.time_combo.currentField() == "t" and dialog.value_combo.currentField() == "v"
    assert dialog.upload_button.isEnabled()
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=WAIT)
    ids = [f.id() for f in layer.getFeatures()]
    assert "{} = {}".format(ids[0], ids[2]) in dialog.error_label.text()
    assert "duplicate" in iface.messageBar().get_messages(Qgis.Critical)[0]
    assert event_posts(lizard) == []
    assert dialog.upload_button.isEnabled()


def test_events_are_stored_and_the_count_is_shown(iface, qtbot, dialogs, lizard, supplier):
    layer = events_table([(at(h), float(h), "n{}".format(h)) for h in range(5)] + [(at(9), None, None)])
    dialog = events_dialog(iface, qtbot, dialogs, layer)
    dialog.timeseries_edit.setText(TS_EMPTY)
    dialog.comment_combo.setField("note")
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.stored is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None, dialog.error_label.text()
    assert dialog.stored == 5
    # (plural forms come from the compiled English translation; without it Qt shows "event(s)")
    pattern = r"5 event(s|\(s\)) stored\. 1 row(\(s\))? without a value skipped\."
    assert re.fullmatch(pattern, dialog.status_label.text()), dialog.status_label.text()
    assert iface.messageBar().get_messages(Qgis.Success) == ["Timeseries events:" + dialog.status_label.text()]
    (post,) = event_posts(lizard)
    stored = supplier.get_all("timeseries/{}/events/".format(TS_EMPTY), {"start": "2023-07-01T00:00:00Z",
                                                                         "end": "2023-07-01T05:00:00Z"})
    assert [(e["value"], e.get("comment")) for e in stored][:5] == [(float(h), "n{}".format(h)) for h in range(5)]


def test_selected_features_only_sends_the_selection(iface, qtbot, dialogs, lizard, supplier):
    layer = events_table([(at(10, m), float(m), None) for m in range(4)])
    layer.selectByIds([f.id() for f in layer.getFeatures()][:2])
    dialog = events_dialog(iface, qtbot, dialogs, layer)
    assert dialog.selected_only.isEnabled()
    dialog.selected_only.setChecked(True)
    dialog.timeseries_edit.setText(TS_EMPTY)
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.stored is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.stored == 2


@pytest.mark.usefixtures("machine_tz")
def test_events_read_zone_less_times_in_the_chosen_zone_and_remember_it(iface, qtbot, dialogs, lizard, supplier):
    zone_less = [QDateTime(QDate(2029, 7, 1), QTime(12, 0)), QDateTime(QDate(2029, 1, 1), QTime(12, 0))]
    layer = events_table([(when, 1.0, None) for when in zone_less])
    dialog = events_dialog(iface, qtbot, dialogs, layer)
    assert dialog.time_zone() == "UTC"  # the default
    dialog.timeseries_edit.setText(TS_EMPTY)
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("Europe/Amsterdam"))
    dialog.upload_button.click()
    qtbot.waitUntil(lambda: dialog.stored is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None, dialog.error_label.text()
    stored = supplier.get_all("timeseries/{}/events/".format(TS_EMPTY), {"start": "2029-01-01", "end": "2029-12-31"})
    assert [times.iso_utc(times.parse(e["time"])) for e in stored] == ["2029-01-01T11:00:00Z", "2029-07-01T10:00:00Z"]
    again = events_dialog(iface, qtbot, dialogs, layer)
    assert again.time_zone() == "Europe/Amsterdam"


def test_each_upload_dialog_module_holds_one_part_and_stays_short():
    import importlib
    import inspect
    import os

    parts = {"upload_raster_dialog": {"RasterUploadDialog"}, "events_dialog": {"EventsUploadDialog"},
             "upload_files": {"UploadFilesMixin"}, "upload_target": {"UploadTargetMixin", "NewRasterLayerMixin"},
             "upload_common": set()}
    for name, classes in parts.items():
        module = importlib.import_module("lizard_explorer.ui." + name)
        own = {n for n, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__}
        assert own == classes, name
        with open(module.__file__, encoding="utf-8") as handle:
            assert len(handle.readlines()) <= 600, name
    ui = os.path.dirname(importlib.import_module("lizard_explorer.ui").__file__)
    assert not os.path.exists(os.path.join(ui, "upload_dialogs.py"))


# ------------------------------------------------------------------------------------------- wiring


def test_plugin_adds_upload_actions_and_context_entries_and_removes_them(iface, qtbot, lizard, supplier, tmp_path):
    iface.addCustomActionForLayerType.reset_mock()
    iface.removeCustomActionForLayerType.reset_mock()
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        names = {a.objectName() for a in plugin.actions}
        assert {"LizardRasterUploadAction", "LizardEventsUploadAction"} <= names
        added = {c.args[0].objectName(): (c.args[0], c.args[2])
                 for c in iface.addCustomActionForLayerType.call_args_list}
        raster_action, raster_type = added["LizardRasterUploadContextAction"]
        events_action, events_type = added["LizardEventsUploadContextAction"]
        assert raster_type == QgsMapLayerType.RasterLayer and events_type == QgsMapLayerType.VectorLayer
        assert raster_action.text() == "Upload to Lizard…" and events_action.text() == "Upload timeseries events…"
        raster = QgsRasterLayer(make_tif(tmp_path / "r.tif"), "r")
        QgsProject.instance().addMapLayer(raster)
        iface.layerTreeView().currentLayer.return_value = raster
        raster_action.trigger()
        dialog = plugin.upload_dialogs["raster"]
        assert isinstance(dialog, RasterUploadDialog) and [r[1] for r in dialog.rows()] == ["r"]
        table = events_table([(at(1), 1.0, None)])
        iface.layerTreeView().currentLayer.return_value = table
        events_action.trigger()
        assert plugin.upload_dialogs["events"].layer() is table
        qtbot.waitUntil(lambda: dialog._search.task is None, timeout=WAIT)
    finally:
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, 0)
    removed = {c.args[0].objectName() for c in iface.removeCustomActionForLayerType.call_args_list}
    assert {"LizardRasterUploadContextAction", "LizardEventsUploadContextAction"} <= removed
    assert not plugin.upload_dialogs
    assert not [a for a in iface.mainWindow().findChildren(QAction) if a.objectName().startswith("Lizard")]
