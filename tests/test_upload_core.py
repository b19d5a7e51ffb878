"""Uploading rasters to rastersources and timeseries events, against the fake Lizard over real HTTP."""

import datetime
import hashlib
import uuid

import pytest
from fake_lizard.store import NS, TS_EMPTY
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters.upload import (
    CANCELLED,
    DONE,
    FAILED,
    MultipartFile,
    UploadItem,
    UploadQueue,
    create_raster_layer,
    create_rastersource,
    prepare_file,
    summary,
    supplier_organisations,
    upload_file,
    writable_rastersources,
)
from lizard_explorer.core.server_tasks import TaskFailedError, follow_task
from lizard_explorer.core.times import lizard_interval, utc_timestamp
from lizard_explorer.core.timeseries.events import EventsError, events_from_rows, upload_events
from osgeo import gdal, osr
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

FAST_POLL = {"first": 0.01, "maximum": 0.02}


def client_for(lizard, who="supplier", **kwargs):
    kwargs.setdefault("sleep", lambda seconds: None)
    return LizardClient(lizard.base_url, lizard.KEYS[who], **kwargs)


def make_tif(path, bands=1, nodata=-9999.0, value=1.5, epsg=28992, width=20, height=10):
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, bands, gdal.GDT_Float32)
    dataset.SetGeoTransform((85000.0, 10.0, 0.0, 447000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    for number in range(1, bands + 1):
        band = dataset.GetRasterBand(number)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.Fill(value + number)
    dataset = None
    return str(path)


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def new_source(client, temporal=False):
    return create_rastersource(client, "Upload test {}".format(uuid.uuid4().hex[:6]), NS, "Private",
                               temporal=temporal, interval="1h" if temporal else None)


def data_posts(lizard, source):
    return [r for r in lizard.requests if r.method == "POST" and r.path.endswith(source["uuid"] + "/data/")]


# --- values --------------------------------------------------------------------------------------------


def test_times_and_intervals_are_written_as_lizard_wants_them():
    assert utc_timestamp("2024-05-01T14:00:00+02:00") == "2024-05-01T12:00:00Z"
    assert utc_timestamp("2024-05-01 12:00") == "2024-05-01T12:00:00Z"  # no zone: UTC
    assert utc_timestamp(datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.timezone.utc)) == "2024-05-01T12:00:00Z"
    local = QDateTime(QDate(2024, 1, 1), QTime(13, 0), Qt.OffsetFromUTC, 3600)
    assert utc_timestamp(local) == "2024-01-01T12:00:00Z"
    with pytest.raises(errors.InvalidRequestError, match="not a date and time"):
        utc_timestamp("yesterday")
    assert lizard_interval("1h") == "P0DT1H0M0S"
    assert lizard_interval("01:30:00") == "P0DT1H30M0S"
    assert lizard_interval(86400) == "P1DT0H0M0S"
    assert lizard_interval("P1D") == "P1D"
    with pytest.raises(errors.InvalidRequestError, match="not an interval"):
        lizard_interval("often")


def test_multipart_body_streams_the_file_and_reports_bytes(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * (3 * 1024 * 1024 + 7))
    seen = []
    with MultipartFile(str(path), {"timestamp": "2024-01-01T00:00:00Z"},
                       progress=lambda done, total: seen.append((done, total))) as body:
        first = body.read(8192)
        assert b'name="timestamp"' in first and len(first) <= 2 * 1024 * 1024
        rest = b"".join(iter(lambda: body.read(8192), b""))
        data = first + rest
        assert len(data) == len(body)
        body.seek(0)
        assert body.read(len(body) + 10) == data  # rewinds for a retry
    assert b"x" * (3 * 1024 * 1024 + 7) in data
    assert seen[-1] == (len(data), len(data))
    assert data.endswith(("--" + body.boundary + "--\r\n").encode())


# --- rastersources -------------------------------------------------------------------------------------


def test_create_upload_and_follow_the_task_to_success(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client)
    path = make_tif(tmp_path / "grid.tif")
    states = []
    sent = []
    queue = UploadQueue(client, source, [UploadItem(path)], poll=FAST_POLL,
                        on_item=lambda item: states.append(item.state),
                        on_bytes=lambda item, done, total: sent.append((done, total)))
    items = queue.run()
    assert [item.state for item in items] == [DONE]
    assert states == ["preparing", "uploading", "processing", "done"]
    assert items[0].task["status"] == "SUCCESS"
    record = lizard.data.uploads[-1]
    assert record["source_uuid"] == source["uuid"] and record["sha256"] == sha256(path)  # sent as it is
    assert sent[-1][0] == sent[-1][1] == data_posts(lizard, source)[-1].body_size
    assert client.get("rastersources/{}/".format(source["uuid"]))["projection"] == "EPSG:28992"
    assert summary(items) == "1 of 1 files uploaded."


def test_a_file_that_is_not_lizard_ready_is_exported_first_or_refused_before_sending(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client)
    three_bands = make_tif(tmp_path / "three.tif", bands=3)
    item = UploadItem(three_bands, band=2)
    UploadQueue(client, source, [item], poll=FAST_POLL).run()
    assert item.state == DONE
    assert lizard.data.uploads[-1]["sha256"] != sha256(three_bands)  # a single-band export was sent
    no_nodata = make_tif(tmp_path / "no_nodata.tif", nodata=None)
    lizard.reset_requests()
    refused = UploadItem(no_nodata)
    UploadQueue(client, source, [refused], poll=FAST_POLL).run()
    assert refused.state == FAILED and "NODATA" in str(refused.error)
    assert data_posts(lizard, source) == []


def test_prepare_file_keeps_a_ready_file_and_exports_the_chosen_band(tmp_path):
    ready = make_tif(tmp_path / "ready.tif")
    assert prepare_file(ready, str(tmp_path)) == (ready, [])
    multi = make_tif(tmp_path / "multi.tif", bands=2)
    path, _warnings = prepare_file(multi, str(tmp_path), band=2)
    dataset = gdal.Open(path)
    try:
        assert dataset.RasterCount == 1
        assert dataset.GetRasterBand(1).ReadAsArray()[0, 0] == pytest.approx(3.5)
    finally:
        dataset = None


def test_task_failure_shows_the_servers_reason(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client)
    lizard.task_outcome = "FAILURE"
    item = UploadItem(make_tif(tmp_path / "grid.tif"))
    UploadQueue(client, source, [item], poll=FAST_POLL).run()
    assert item.state == FAILED
    assert isinstance(item.error, TaskFailedError)
    detail = lizard.data.tasks[item.task_url.rstrip("/").rsplit("/", 1)[-1]]["task"]["detail"]
    assert detail and detail in str(item.error)
    assert "failed" in summary([item])


def test_a_temporal_upload_without_a_timestamp_is_refused_before_sending(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client, temporal=True)
    lizard.reset_requests()
    path = make_tif(tmp_path / "step.tif")
    with pytest.raises(errors.InvalidRequestError, match="temporal"):
        UploadQueue(client, source, [UploadItem(path)]).run()
    with pytest.raises(errors.InvalidRequestError, match="temporal"):
        upload_file(client, source, path)
    assert data_posts(lizard, source) == []


def test_temporal_files_go_with_their_utc_timestamps(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client, temporal=True)
    items = [UploadItem(make_tif(tmp_path / "t{}.tif".format(i)), "2024-05-01T{:02d}:00:00+02:00".format(10 + i))
             for i in range(2)]
    UploadQueue(client, source, items, poll=FAST_POLL).run()
    assert [item.state for item in items] == [DONE, DONE]
    stamps = [record["timestamp"] for record in lizard.data.uploads if record["source_uuid"] == source["uuid"]]
    assert stamps == ["2024-05-01T08:00:00Z", "2024-05-01T09:00:00Z"]
    with pytest.raises(errors.InvalidRequestError, match="same time"):
        UploadQueue(client, source, [UploadItem(items[0].path, "2024-01-01T00:00:00Z"),
                                     UploadItem(items[1].path, "2024-01-01T00:00:00Z")]).check()


def test_a_write_without_rights_says_so(lizard, tmp_path):
    source = new_source(client_for(lizard))
    reader = client_for(lizard, "reader")
    with pytest.raises(errors.PermissionDeniedError) as caught:
        upload_file(reader, source, make_tif(tmp_path / "grid.tif"))
    assert "permission" in str(caught.value).lower() or "may not" in str(caught.value).lower()
    with pytest.raises(errors.LizardError):
        create_rastersource(reader, "Not allowed", NS)


def test_polling_survives_a_503_burst_but_reports_a_lasting_error(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client)
    url = upload_file(client, source, make_tif(tmp_path / "grid.tif"))
    lizard.inject(status=503, times=3, path="/api/v4/tasks/")
    assert follow_task(client, url, **FAST_POLL)["status"] == "SUCCESS"
    url = upload_file(client, source, make_tif(tmp_path / "again.tif"))
    lizard.inject(status=500, times=20, path="/api/v4/tasks/")
    with pytest.raises(errors.ServerError):
        follow_task(client, url, **FAST_POLL)


def test_polling_gives_up_at_the_deadline(lizard, tmp_path):
    client = client_for(lizard)
    url = upload_file(client, new_source(client), make_tif(tmp_path / "grid.tif"))
    ticks = iter(range(0, 10000, 100))
    from lizard_explorer.core.server_tasks import TaskTimeoutError

    with pytest.raises(TaskTimeoutError, match="still processing"):
        follow_task(client, url, deadline=50, sleep=lambda s: None, clock=lambda: next(ticks))


def test_504_on_upload_advises_to_split_the_file(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client)
    lizard.inject(status=504, times=1, path="/api/v4/rastersources/{}/data/".format(source["uuid"]))
    with pytest.raises(errors.ServerError, match="[Ss]plit"):
        upload_file(client, source, make_tif(tmp_path / "grid.tif"))


def test_429_on_upload_is_retried_with_the_whole_file_again(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client)
    path = make_tif(tmp_path / "grid.tif")
    lizard.inject(status=429, retry_after=0, times=1, path="/api/v4/rastersources/{}/data/".format(source["uuid"]))
    follow_task(client, upload_file(client, source, path), **FAST_POLL)
    assert lizard.data.uploads[-1]["sha256"] == sha256(path)
    assert len(data_posts(lizard, source)) == 2


def test_cancel_mid_queue_stops_cleanly_and_the_rest_can_be_resumed(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client, temporal=True)
    items = [UploadItem(make_tif(tmp_path / "s{}.tif".format(i)), "2024-02-0{}T00:00:00Z".format(i + 1))
             for i in range(3)]
    stop = {"now": False, "armed": True}

    def on_item(item):
        if item.state == DONE and stop["armed"]:
            stop["now"] = True

    queue = UploadQueue(client, source, items, poll=FAST_POLL, on_item=on_item, cancel=lambda: stop["now"])
    with pytest.raises(errors.CancelledError):
        queue.run()
    assert [item.state for item in items] == [DONE, CANCELLED, CANCELLED]
    assert len(data_posts(lizard, source)) == 1
    assert "Not sent" in summary(items)
    stop.update(now=False, armed=False)
    queue.run()  # resume: only the two that did not succeed are sent
    assert [item.state for item in items] == [DONE, DONE, DONE]
    assert len(data_posts(lizard, source)) == 3


def test_writable_sources_organisations_and_a_raster_layer_for_a_new_source(lizard, tmp_path):
    client = client_for(lizard)
    source = new_source(client)
    found = writable_rastersources(client, "Upload test")
    assert source["uuid"] in {s["uuid"] for s in found} and all(s["writable"] for s in found)
    assert NS in dict(supplier_organisations(client))
    assert supplier_organisations(client_for(lizard, "reader")) == []
    UploadQueue(client, source, [UploadItem(make_tif(tmp_path / "grid.tif"))], poll=FAST_POLL).run()
    layer = create_raster_layer(client, source, "Mijn laag", "DEM")
    listed = client.get_all("rasters/", {"raster_sources__uuid": source["uuid"]})
    assert [raster["uuid"] for raster in listed] == [layer["uuid"]]
    assert layer["wms_info"]["layer"] and layer["organisation"]["uuid"] == NS


# --- timeseries events ---------------------------------------------------------------------------------


def test_events_catch_duplicates_and_bad_rows_before_sending():
    rows = [(1, "2024-01-01T00:00:00Z", 1.0, None, None),
            (2, "2024-01-01T01:00:00+01:00", 2.0, None, None),  # the same moment as row 1
            (3, "2024-01-01T02:00:00Z", 3.0, None, None)]
    with pytest.raises(EventsError, match="1 = 2") as caught:
        events_from_rows(rows)
    assert caught.value.rows == [2]
    with pytest.raises(EventsError, match="rows 7"):
        events_from_rows([(7, None, 1.0, None, None)])
    with pytest.raises(EventsError, match="not a number"):
        events_from_rows([(8, "2024-01-01", "abc", None, None)])
    events, skipped = events_from_rows([(9, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt.UTC), "2,5", 3, "ok"),
                                        (10, "2024-01-02", None, None, None)])
    assert events == [{"time": "2024-01-01T00:00:00Z", "value": 2.5, "flag": 3, "comment": "ok"}]
    assert skipped == [10]


def test_events_go_in_batches_and_the_stored_count_is_reported(lizard):
    client = client_for(lizard)
    rows = [(i, "2023-06-01T{:02d}:00:00Z".format(i), float(i), None, None) for i in range(7)]
    events, _ = events_from_rows(rows)
    progress = []
    stored = upload_events(client, TS_EMPTY, events, batch_size=3, progress=lambda d, t: progress.append(d))
    assert stored == 7
    posts = [r for r in lizard.requests if r.method == "POST" and "/events/" in r.path]
    assert len(posts) == 3 and progress == [3, 6, 7]
    values = [e["value"] for e in client.get_all("timeseries/{}/events/".format(TS_EMPTY), {"start": "2023-06-01"})]
    assert values[:7] == [float(i) for i in range(7)]


def test_event_upload_without_rights_says_so(lizard):
    events, _ = events_from_rows([(1, "2023-01-01", 1.0, None, None)])
    with pytest.raises(errors.PermissionDeniedError):
        upload_events(client_for(lizard, "reader"), TS_EMPTY, events)


def test_rows_come_from_any_table_with_the_chosen_fields():
    from lizard_explorer.core.timeseries.events import rows_from_source
    from qgis.core import QgsFeature, QgsVectorLayer

    layer = QgsVectorLayer("None?field=t:datetime&field=v:double&field=note:string", "table", "memory")
    features = []
    for hour, value in ((1, 1.5), (2, None)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([QDateTime(QDate(2024, 3, 1), QTime(hour, 0), Qt.UTC), value, "n{}".format(hour)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    rows = rows_from_source(layer, "t", "v", comment_field="note")
    events, skipped = events_from_rows(rows)
    assert events == [{"time": "2024-03-01T01:00:00Z", "value": 1.5, "comment": "n1"}]
    assert len(skipped) == 1
    with pytest.raises(EventsError, match="no field tijd"):
        rows_from_source(layer, "tijd", "v")
