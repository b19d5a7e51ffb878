"""The "Lizard timeseries" dock against the fake Lizard, used as a user would: find locations, pick one on the
map, select series, plot, change the period, export, and what happens on errors and cancels.

Expected sets are computed from the fake's own data (``lizard.data``) with plain arithmetic.
"""

import csv
import datetime

import pytest
import test_buildings_dock as buildings_tests
from fake_lizard.store import TS_MILLION
from lizard_explorer.core.series import AGGREGATE, RAW
from lizard_explorer.core.times import to_utc
from lizard_explorer.ui.area_filters import SELECTION
from lizard_explorer.ui.timeseries_dock import PLOT_DELAY_MS, TimeseriesDock
from lizard_explorer.ui.timeseries_plot import CUSTOM
from qgis.core import (
    NULL,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

WAIT = 30000
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
RD = QgsCoordinateReferenceSystem("EPSG:28992")
BOX = QgsRectangle(4.0, 51.6, 6.0, 53.0)  # a good part of the fake's locations
UTC = datetime.timezone.utc


# --------------------------------------------------------------------------------------------- fixtures

canvas, project, show = buildings_tests.canvas, buildings_tests.project, buildings_tests.show  # as the buildings dock's


@pytest.fixture
def dock(iface, qtbot, lizard, monkeypatch):
    yield from buildings_tests.opened_dock(TimeseriesDock, iface, qtbot, lizard, monkeypatch)


def qdt(moment):
    from qgis.PyQt.QtCore import QDateTime

    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), Qt.TimeSpec.UTC)


def public(items):
    return [obj for obj in items if obj["access_modifier"] == "Public"]


def inside(location, box):
    if location["geometry"] is None:
        return False
    lon, lat = location["geometry"]["coordinates"][:2]
    return box.xMinimum() < lon < box.xMaximum() and box.yMinimum() < lat < box.yMaximum()


def expected_in(lizard, box):
    return {loc["uuid"]: loc for loc in public(lizard.data.locations) if inside(loc, box)}


def series_of(lizard, location_uuid):
    return [ts for ts in public(lizard.data.timeseries) if (ts.get("location") or {}).get("uuid") == location_uuid]


def event_times(lizard, series, start=None, end=None):
    """The fake's event times (aware UTC, sorted) of a series from ``start`` to ``end`` inclusive."""
    formula = lizard.data.formulas.get(series["uuid"])
    if formula is not None:
        low = None if start is None else int(start.timestamp() * 1000)
        high = None if end is None else int(end.timestamp() * 1000) + 1
        stamps = formula.times_ms(formula.indices(low, high))
        return [datetime.datetime.fromtimestamp(ms / 1000.0, UTC) for ms in stamps.tolist()]
    return sorted(t for t in lizard.data.events.get(series["uuid"]) or ()
                  if (start is None or t >= start) and (end is None or t <= end))


def span(lizard, series):
    """(first, last) event time of a series in the fake (aware UTC), or None without events."""
    formula = lizard.data.formulas.get(series["uuid"])
    if formula is not None:
        first, last, _value = formula.last()
        return None if first is None else (datetime.datetime.fromtimestamp(first / 1000.0, UTC),
                                           datetime.datetime.fromtimestamp(last / 1000.0, UTC))
    times = sorted(lizard.data.events.get(series["uuid"]) or ())
    return (times[0], times[-1]) if times else None


def run_search(dock, qtbot, timeout=WAIT):
    with qtbot.waitSignal(dock.search_ended, timeout=timeout):
        dock.search_button.click()
    return dock.layer


def uuids_of(layer):
    return [feature["uuid"] for feature in layer.getFeatures()]


def location_requests(lizard):
    return [r for r in lizard.requests if r.path == "/api/v4/locations/"]


def with_events(lizard, box=None):
    """A public location (in ``box``) with a public series that has a few hundred to some thousands of events
    in its last 30 days, and that series."""
    for location in public(lizard.data.locations):
        if location["geometry"] is None or (box is not None and not inside(location, box)):
            continue
        for series in series_of(lizard, location["uuid"]):
            last = span(lizard, series)
            if last and 100 < len(event_times(lizard, series, last[1] - datetime.timedelta(days=30), last[1])) < 4000:
                return location, series
    raise AssertionError("the fake has no public location with events")


def search_around(dock, canvas, qtbot, location, margin=0.02):
    lon, lat = location["geometry"]["coordinates"][:2]
    show(canvas, QgsRectangle(lon - margin, lat - margin, lon + margin, lat + margin))
    return run_search(dock, qtbot)


def pixel_of(canvas, lon, lat):
    point = canvas.getCoordinateTransform().transform(QgsPointXY(lon, lat))
    return QPoint(round(point.x()), round(point.y()))


def list_series_by_click(dock, canvas, qtbot, location):
    tool = dock.pick_location()
    assert canvas.mapTool() is tool and dock.pick_button.isChecked()
    lon, lat = location["geometry"]["coordinates"][:2]
    with qtbot.waitSignal(dock.series_listed, timeout=WAIT):
        QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                         pixel_of(canvas, lon, lat))
    return [row["uuid"] for row in dock.series_model.rows()]


def plot(dock, qtbot, *series_uuids):
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.select_series(*series_uuids)
    return dock.plot.series


# ------------------------------------------------------------------------------------- find locations


def test_search_in_the_map_extent_streams_locations_into_a_point_layer(dock, canvas, project, lizard, qtbot):
    show(canvas, BOX)
    dock.max_spin.setValue(0)  # All
    layer = run_search(dock, qtbot)
    expected = expected_in(lizard, canvas.extent())
    assert len(expected) > 20
    assert layer.name() == "Lizard locations" and layer.crs() == WGS84 and layer.id() in project.mapLayers()
    assert sorted(uuids_of(layer)) == sorted(expected)
    assert [f.name() for f in layer.fields()] == ["uuid", "code", "name", "organisation", "object_type",
                                                  "timeseries_count"]
    for feature in layer.getFeatures():
        source = expected[feature["uuid"]]
        assert (feature["code"], feature["name"]) == (source["code"], source["name"])
        assert feature["organisation"] == source["organisation"]["name"]
        assert feature["object_type"] == (source["object"]["type"] or None) or not source["object"]["type"]
        assert feature["timeseries_count"] == len(series_of(lizard, source["uuid"]))
        point = feature.geometry().asPoint()
        assert (round(point.x(), 6), round(point.y(), 6)) == tuple(source["geometry"]["coordinates"][:2])
    sent = location_requests(lizard)[0].query["geom_within"][0]
    assert QgsGeometry.fromWkt(sent).boundingBox().contains(canvas.extent().center())
    assert dock.model.rowCount() == layer.featureCount()
    assert str(layer.featureCount()) in dock.status.text() and not dock.progress.isVisible()


def test_the_points_are_on_the_map_before_their_series_are_counted(dock, canvas, project, lizard, qtbot):
    show(canvas, BOX)
    dock.max_spin.setValue(0)  # All
    expected = expected_in(lizard, canvas.extent())
    seen = {}

    def located():
        layer = dock.layer
        seen["features"] = sorted(uuids_of(layer))
        seen["counts"] = {f["timeseries_count"] for f in layer.getFeatures()}
        seen["rows"] = dock.model.rowCount()

    dock.search_located.connect(located)
    with qtbot.waitSignal(dock.search_ended, timeout=WAIT):
        dock.search_button.click()
    # every point was there at once, none counted yet; then the counts filled the layer and the table
    assert seen["features"] == sorted(expected) and seen["rows"] == len(expected) > 20
    assert all(count is None or count == NULL for count in seen["counts"])
    layer = dock.layer
    counts = {f["uuid"]: f["timeseries_count"] for f in layer.getFeatures()}
    assert counts == {uuid: len(series_of(lizard, uuid)) for uuid in expected}
    column = dock.model.columns.index("timeseries_count")
    shown = {dock.model.feature_id(row): dock.model.data(dock.model.index(row, column))
             for row in range(dock.model.rowCount())}
    assert shown == {f.id(): str(f["timeseries_count"]) for f in layer.getFeatures()}


def test_the_maximum_limits_the_search_and_says_so(dock, canvas, project, qtbot):
    show(canvas, BOX)
    dock.max_spin.setValue(7)
    layer = run_search(dock, qtbot)
    assert layer.featureCount() == 7
    assert "maximum" in dock.status.text()


def test_name_or_code_asks_both_prefixes_and_merges_them(dock, canvas, project, lizard, qtbot):
    show(canvas, QgsRectangle(3.0, 50.0, 8.0, 54.0))
    target = [loc for loc in public(lizard.data.locations) if loc["geometry"] is not None][5]
    dock.name_edit.setText(target["code"])
    layer = run_search(dock, qtbot)
    expected = {loc["uuid"] for loc in expected_in(lizard, canvas.extent()).values()
                if loc["code"].startswith(target["code"]) or loc["name"].startswith(target["code"])}
    assert target["uuid"] in expected and sorted(uuids_of(layer)) == sorted(expected)
    sent = [r.query for r in location_requests(lizard)]
    assert any("code__startswith" in q for q in sent) and any("name__startswith" in q for q in sent)


def test_an_observation_type_finds_the_locations_with_such_a_series(dock, canvas, project, lizard, qtbot):
    show(canvas, BOX)
    dock.max_spin.setValue(0)
    code = public(lizard.data.timeseries)[-1]["observation_type"]["code"]
    dock.observation_edit.setText(code)
    layer = run_search(dock, qtbot)
    visible = expected_in(lizard, canvas.extent())
    counts = {}
    for ts in public(lizard.data.timeseries):
        owner = (ts.get("location") or {}).get("uuid")
        if ts["observation_type"]["code"] == code and owner in visible:
            counts[owner] = counts.get(owner, 0) + 1
    assert counts and {f["uuid"]: f["timeseries_count"] for f in layer.getFeatures()} == counts


POLDER = ((4.2, 51.8), (5.6, 51.8), (5.6, 52.8), (4.2, 52.8))


def test_selected_polygons_of_a_layer_in_another_crs_are_the_area(dock, canvas, project, lizard, qtbot, iface):
    _polygons, feature = buildings_tests.selected_rd_polygon(project, iface, POLDER)
    dock.set_area_mode(SELECTION)
    dock.max_spin.setValue(0)
    layer = run_search(dock, qtbot)
    shape = QgsGeometry(feature.geometry())
    shape.transform(QgsCoordinateTransform(RD, WGS84, QgsProject.instance()))
    expected = [loc["uuid"] for loc in public(lizard.data.locations) if loc["geometry"] is not None
                and shape.contains(QgsPointXY(*loc["geometry"]["coordinates"][:2]))]
    assert expected and sorted(uuids_of(layer)) == sorted(expected)
    assert dock.area_band is not None


def test_the_outline_of_the_selected_polygons_follows_a_change_of_the_map_crs(dock, canvas, project, iface):
    canvas.setDestinationCrs(WGS84)
    show(canvas, BOX)
    _polygons, feature = buildings_tests.selected_rd_polygon(project, iface, POLDER)
    dock.set_area_mode(SELECTION)
    band, area = dock.area_band, dock.area().geometry.asWkt()
    in_wgs84 = QgsGeometry(feature.geometry())
    in_wgs84.transform(QgsCoordinateTransform(RD, WGS84, QgsProject.instance()))
    assert buildings_tests.near(band.asGeometry(), in_wgs84, 1e-6)

    canvas.setDestinationCrs(RD)
    assert dock.area_band is band and buildings_tests.near(band.asGeometry(), feature.geometry(), 0.01)  # metres
    assert dock.area().geometry.asWkt() == area  # a search looks in the same place


def test_has_data_between_keeps_only_locations_with_data_then(dock, canvas, project, lizard, qtbot, machine_tz):
    show(canvas, BOX)
    dock.max_spin.setValue(0)
    visible = {loc["uuid"] for loc in expected_in(lizard, canvas.extent()).values()}
    dated = [ts for ts in public(lizard.data.timeseries) if ts.get("location") and ts["location"]["uuid"] in visible
             and span(lizard, ts)]
    assert dated, "the fake has public series with events"
    some = dated[len(dated) // 2]
    end = span(lizard, some)[1]
    start = end - datetime.timedelta(days=2)
    dock.period_check.setChecked(True)
    dock.period_start.setDateTime(qdt(start))
    dock.period_end.setDateTime(qdt(end))
    layer = run_search(dock, qtbot)
    expected = set()
    for ts in dated:
        first, last = span(lizard, ts)
        owner = ts["location"]["uuid"]
        if owner in visible and first <= end and last >= start:
            expected.add(owner)
    assert some["location"]["uuid"] in expected
    assert sorted(uuids_of(layer)) == sorted(expected)
    sent = location_requests(lizard)[0].query
    assert "timeseries__start__lte" in sent and "timeseries__end__gte" in sent


def test_cancel_stops_and_keeps_what_arrived(dock, canvas, project, lizard, qtbot):
    show(canvas, QgsRectangle(3.0, 50.0, 8.0, 54.0))
    dock.max_spin.setValue(0)
    lizard.inject(delay=0.01, times=1, path="/api/v4/locations/")  # the first page comes at once
    lizard.inject(delay=1.5, times=40, path="/api/v4/locations/")  # the others are slow
    dock.search_button.click()
    layer = dock.layer
    qtbot.waitUntil(lambda: layer.featureCount() > 0, timeout=WAIT)  # streamed in while the search runs
    assert dock.searching and dock.progress.isVisible()
    with qtbot.waitSignal(dock.search_ended, timeout=WAIT):
        dock.cancel_button.click()
    lizard.clear_faults()
    count = layer.featureCount()
    assert 0 < count < len(expected_in(lizard, canvas.extent()))
    assert "Stopped" in dock.status.text() and not dock.searching and not dock.cancel_button.isEnabled()


def test_a_new_search_cancels_the_stale_one(dock, canvas, project, lizard, qtbot):
    show(canvas, QgsRectangle(3.0, 50.0, 8.0, 54.0))
    dock.max_spin.setValue(0)
    lizard.inject(delay=1.0, times=3, path="/api/v4/locations/")
    dock.search_button.click()
    first = dock.layer
    lizard.clear_faults()
    show(canvas, BOX)
    layer = run_search(dock, qtbot)
    qtbot.wait(1500)  # the stale search's slow pages arrive meanwhile: they must not land in the layer
    assert layer is first  # one "Lizard locations" layer, refilled
    assert sorted(uuids_of(layer)) == sorted(expected_in(lizard, canvas.extent()))


# ---------------------------------------------------------------------------------- series and the plot


def test_a_click_on_a_location_lists_its_series(dock, canvas, project, lizard, qtbot):
    location, _series = with_events(lizard)
    search_around(dock, canvas, qtbot, location)
    listed = list_series_by_click(dock, canvas, qtbot, location)
    assert sorted(listed) == sorted(ts["uuid"] for ts in series_of(lizard, location["uuid"]))
    assert [f["uuid"] for f in dock.layer.getSelectedFeatures()] == [location["uuid"]]
    assert [dock.model.feature_id(i.row()) for i in dock.results.selectionModel().selectedRows()] == \
        [f.id() for f in dock.layer.getSelectedFeatures()]
    row = dock.series_model.rows()[0]
    assert row["location_code"] == location["code"] and dock.series_model.data(dock.series_model.index(0, 1))


def test_a_click_in_the_table_lists_the_series_too(dock, canvas, project, lizard, qtbot):
    location, _series = with_events(lizard)
    search_around(dock, canvas, qtbot, location)
    row = next(r for r in range(dock.model.rowCount())
               if dock.layer.getFeature(dock.model.feature_id(r))["uuid"] == location["uuid"])
    with qtbot.waitSignal(dock.series_listed, timeout=WAIT):
        qtbot.mouseClick(dock.results.viewport(), Qt.LeftButton,
                         pos=dock.results.visualRect(dock.model.index(row, 0)).center())
    assert sorted(r["uuid"] for r in dock.series_model.rows()) == \
        sorted(ts["uuid"] for ts in series_of(lizard, location["uuid"]))


def test_selecting_series_plots_the_last_30_days_of_data_as_raw_events(dock, canvas, project, lizard, qtbot):
    location, series = with_events(lizard)
    search_around(dock, canvas, qtbot, location)
    list_series_by_click(dock, canvas, qtbot, location)
    plotted = plot(dock, qtbot, series["uuid"])
    assert [s.uuid for s in plotted] == [series["uuid"]]
    (shown,) = plotted
    end = span(lizard, series)[1]
    times = event_times(lizard, series, end - datetime.timedelta(days=30), end)
    assert shown.kind == RAW and len(shown) == len(times)
    assert dock.plotted["end"] == end and dock.plotted["start"] == end - datetime.timedelta(days=30)
    assert "raw events" in dock.plot_status.text()


def test_a_preset_change_reloads_and_long_periods_come_as_aggregates(dock, canvas, project, lizard, qtbot):
    big = next(ts for ts in lizard.data.timeseries if ts["uuid"] == TS_MILLION)
    location = next(loc for loc in lizard.data.locations if loc["uuid"] == big["location"]["uuid"])
    search_around(dock, canvas, qtbot, location)
    list_series_by_click(dock, canvas, qtbot, location)
    (first,) = plot(dock, qtbot, big["uuid"])
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.set_period_preset("year")
    (yearly,) = dock.plot.series
    assert yearly.kind == AGGREGATE and 0 < len(yearly) <= 4000
    line = dock.plot.figure.axes[0].get_lines()[0].get_ydata()
    assert (line == line).sum() > 0.9 * len(line)  # the windows join into a line (NaN only at real gaps)
    assert "aggregates" in dock.plot_status.text()
    assert dock.plotted["start"] == dock.plotted["end"] - datetime.timedelta(days=365)
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.set_period_preset("day")
    (daily,) = dock.plot.series
    assert daily.kind == RAW and len(daily) < len(first)


def test_a_custom_period_is_utc_whatever_the_machine_zone(dock, canvas, project, lizard, qtbot, machine_tz):
    location, series = with_events(lizard)
    search_around(dock, canvas, qtbot, location)
    list_series_by_click(dock, canvas, qtbot, location)
    plot(dock, qtbot, series["uuid"])
    end = span(lizard, series)[1].replace(minute=0, second=0, microsecond=0)
    start = end - datetime.timedelta(days=3)
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.set_period_preset(CUSTOM)  # the period the default preset showed first (the last 30 days of data)
    assert dock.custom_start.isEnabled()
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.custom_start.setDateTime(qdt(start))
        dock.custom_end.setDateTime(qdt(end))  # typed within a moment: one load
    (shown,) = dock.plot.series
    assert (dock.plotted["start"], dock.plotted["end"]) == (start, end)
    assert len(shown) == len(event_times(lizard, series, start, end))
    assert "{:%Y-%m-%d %H}".format(end) in dock.plot_status.text()  # said in UTC


def test_the_greyed_period_fields_show_the_preset_period_and_custom_starts_there(dock, canvas, project, lizard, qtbot,
                                                                                 machine_tz):
    location, series = with_events(lizard)
    search_around(dock, canvas, qtbot, location)
    list_series_by_click(dock, canvas, qtbot, location)
    plot(dock, qtbot, series["uuid"])
    end = dock.selected_series()[0]["end"]  # Lizard's end of the series: where the presets count back from

    def shown():
        return to_utc(dock.custom_start.dateTime()), to_utc(dock.custom_end.dateTime())

    assert not dock.custom_start.isEnabled() and shown() == (end - datetime.timedelta(days=30), end)
    assert "{:%Y-%m-%d %H:%M}".format(end) == dock.custom_end.text()  # in UTC, whatever the machine's zone
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.set_period_preset("week")
    assert shown() == (end - datetime.timedelta(days=7), end) == (dock.plotted["start"], dock.plotted["end"])
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.set_period_preset("all")
    assert shown() == (dock.selected_series()[0]["start"], end)
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.set_period_preset("day")
    plots = []
    dock.plot_ended.connect(lambda: plots.append(dock.plotted))
    with qtbot.waitSignal(dock.plot_ended, timeout=WAIT):
        dock.set_period_preset(CUSTOM)  # starts from what was just shown: the last day
    assert dock.custom_start.isEnabled()
    assert (dock.plotted["start"], dock.plotted["end"]) == (end - datetime.timedelta(days=1), end)
    qtbot.wait(PLOT_DELAY_MS + 300)
    assert len(plots) == 1  # one load: the fields taking the preset's period did not start another


def test_the_plot_follows_the_temporal_controller(iface, qtbot, lizard, monkeypatch):
    from qgis.core import QgsDateTimeRange, QgsTemporalController

    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    canvas = iface.mapCanvas()
    if canvas.temporalController() is None:  # QGIS gives its canvas one; the test iface's has none
        canvas.setTemporalController(QgsTemporalController(canvas))  # owned by the canvas: outlives the test
    controller = canvas.temporalController()
    widget = TimeseriesDock(iface, iface.mainWindow())
    try:
        moment = datetime.datetime(2024, 3, 1, 12, tzinfo=UTC)
        controller.updateTemporalRange.emit(QgsDateTimeRange(qdt(moment), qdt(moment + datetime.timedelta(hours=1))))
        assert widget.plot.cursor_time == moment
    finally:
        widget.cancel()
        widget.deleteLater()


# ------------------------------------------------------------------------------------------------ export


def plotted_series(dock, canvas, qtbot, lizard):
    location, series = with_events(lizard)
    search_around(dock, canvas, qtbot, location)
    list_series_by_click(dock, canvas, qtbot, location)
    plot(dock, qtbot, series["uuid"])
    end = span(lizard, series)[1]
    expected = event_times(lizard, series, end - datetime.timedelta(days=30), end)
    return series, expected


def run_export(dock, qtbot, path):
    with qtbot.waitSignal(dock.export_ended, timeout=WAIT):
        dock.export_events(str(path))
    return dock.last_export


def test_export_events_to_csv_writes_the_plotted_period(dock, canvas, project, lizard, qtbot, tmp_path):
    series, expected = plotted_series(dock, canvas, qtbot, lizard)
    path, rows, error = run_export(dock, qtbot, tmp_path / "events.csv")
    assert error is None and rows == len(expected)
    with open(path, newline="", encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    assert len(written) == len(expected) and {row["timeseries_uuid"] for row in written} == {series["uuid"]}
    assert str(rows) in dock.plot_status.text()


def test_export_events_to_a_geopackage_table(dock, canvas, project, lizard, qtbot, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog

    _series, expected = plotted_series(dock, canvas, qtbot, lizard)
    path = tmp_path / "events.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    with qtbot.waitSignal(dock.export_ended, timeout=WAIT):
        dock.export_button.click()
    table = QgsVectorLayer(str(path), "events", "ogr")
    assert table.isValid() and table.featureCount() == len(expected)


def test_save_plot_as_png(dock, canvas, project, lizard, qtbot, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog

    plotted_series(dock, canvas, qtbot, lizard)
    path = tmp_path / "plot.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    dock.save_plot_button.click()
    with open(path, "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > 5000


# ------------------------------------------------------------------------------------------------ errors


def test_a_failing_search_is_one_sentence_and_the_dock_works_after(dock, canvas, project, lizard, qtbot, iface):
    show(canvas, BOX)
    lizard.inject(status=500, times=10, path="/api/v4/locations/")
    run_search(dock, qtbot)
    messages = iface.messageBar().get_messages(Qgis.Critical)
    assert len(messages) == 1 and "\n" not in messages[0] and "Traceback" not in messages[0]
    assert "error" in dock.status.text()
    lizard.clear_faults()
    layer = run_search(dock, qtbot)
    assert layer.featureCount() > 0


def test_a_failing_plot_load_is_one_sentence(dock, canvas, project, lizard, qtbot, iface):
    location, series = with_events(lizard)
    search_around(dock, canvas, qtbot, location)
    list_series_by_click(dock, canvas, qtbot, location)
    lizard.inject(status=500, times=20, path="/api/v4/timeseries/{}/".format(series["uuid"]))
    plot(dock, qtbot, series["uuid"])
    lizard.clear_faults()
    messages = iface.messageBar().get_messages(Qgis.Critical)
    assert len(messages) == 1 and "\n" not in messages[0]
    assert "failed" in dock.plot_status.text()


def test_folding_find_locations_gives_its_room_to_the_plot(dock, qtbot):
    before = dock.splitter.sizes()
    dock.find_box.setCollapsed(True)
    qtbot.waitUntil(lambda: dock.splitter.sizes()[2] > before[2], timeout=5000)
    after = dock.splitter.sizes()
    assert after[0] < before[0] and after[1] == before[1] and abs(sum(after) - sum(before)) <= 2


def test_no_area_is_said_in_the_dock(dock, project, qtbot):
    dock.set_area_mode(SELECTION)
    with qtbot.waitSignal(dock.search_ended, timeout=WAIT):
        dock.search_button.click()
    assert "select" in dock.status.text().lower()
