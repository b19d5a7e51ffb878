"""Processing: lizard:uploadraster and lizard:uploadtimeseries through processing.run, against the fake Lizard.

The headless run (qgis_process with the packaged plugin) is in test_processing.py.
"""

import time
import uuid

import pytest
from fake_lizard.store import NS, TS_EMPTY
from lizard_explorer.core import errors, times
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.rasters.upload import UploadItem, UploadQueue, create_rastersource
from lizard_explorer.processing import upload_raster
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from test_processing import provider  # noqa: F401 - fixture
from test_upload_core import make_tif, sha256

import processing  # QGIS's Processing plugin (the repository root is not on sys.path)

FAST_POLL = {"first": 0.01, "maximum": 0.02}


@pytest.fixture
def portal(lizard, monkeypatch):
    """The fake Lizard as the portal, the supplier's key, and tasks polled every few milliseconds."""
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    monkeypatch.setenv("LIZARD_API_KEY", lizard.KEYS["supplier"])
    monkeypatch.setattr(upload_raster, "POLL", dict(FAST_POLL))
    return lizard


class Recorder(QgsProcessingFeedback):
    """A feedback that keeps what the algorithm said and the progress it reported."""

    def __init__(self, cancel_when=None):
        super().__init__()
        self.infos, self.warnings, self.progress = [], [], []
        self.progressChanged.connect(self.progress.append)
        self.cancel_when = cancel_when

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.infos.append(text)
        if self.cancel_when and self.cancel_when in text:
            self.cancel()

    def pushWarning(self, text):  # noqa: N802 - QGIS API
        self.warnings.append(text)


def unique(prefix):
    return "{} {}".format(prefix, uuid.uuid4().hex[:8])


def supplier_source(lizard, temporal=False):
    with LizardClient(lizard.base_url, lizard.KEYS["supplier"]) as client:
        return create_rastersource(client, unique("Existing"), NS, "Private", temporal=temporal,
                                   interval="1h" if temporal else None)


def posts(lizard, ending):
    return [r for r in lizard.requests if r.method == "POST" and r.path.endswith(ending)]


def upload(feedback=None, **parameters):
    return processing.run("lizard:uploadraster", parameters, feedback=feedback)


def refused(**parameters):
    with pytest.raises(QgsProcessingException) as caught:
        upload(**parameters)
    return str(caught.value)


# ------------------------------------------------------------------------------------------------ raster


def test_create_upload_and_follow_the_task_to_success(provider, portal, tmp_path):  # noqa: F811
    path = make_tif(tmp_path / "grid.tif")
    name = unique("Processing upload")
    feedback = Recorder()
    result = upload(feedback, INPUT=path, NAME=name, ORGANISATION=NS, ACCESS=1)
    assert result["TASK_STATUS"] == "SUCCESS"
    source = next(s for s in portal.data.rastersources if s["uuid"] == result["RASTERSOURCE"])
    assert source["name"] == name and source["access_modifier"] == "Common" and source["temporal"] is False
    assert source["projection"] == "EPSG:28992"  # Lizard applied the upload
    record = portal.data.uploads[-1]
    assert record["source_uuid"] == source["uuid"] and record["sha256"] == sha256(path)  # sent as it is
    assert result["TASK_URL"].rstrip("/").endswith(record["task_id"])
    assert feedback.progress[-1] == 100
    said = "\n".join(feedback.infos)
    for words in ("Created the rastersource", "Uploading grid.tif", "Processing on Lizard", "Done"):
        assert words in said
    assert portal.KEYS["supplier"] not in said


def test_upload_to_an_existing_temporal_source_with_its_timestamp(provider, portal, tmp_path):  # noqa: F811
    source = supplier_source(portal, temporal=True)
    portal.reset_requests()
    result = upload(INPUT=make_tif(tmp_path / "step.tif"), RASTERSOURCE=source["uuid"].upper(),
                    TIMESTAMP="2024-05-01T14:00:00+02:00")
    assert (result["RASTERSOURCE"], result["TASK_STATUS"]) == (source["uuid"], "SUCCESS")
    assert portal.data.uploads[-1]["timestamp"] == "2024-05-01T12:00:00Z"
    assert posts(portal, "/rastersources/") == []  # nothing created


def test_a_new_temporal_source_gets_its_interval_and_the_first_time_step(provider, portal, tmp_path):  # noqa: F811
    result = upload(INPUT=make_tif(tmp_path / "first.tif"), NAME=unique("Temporal"), ORGANISATION=NS,
                    TEMPORAL=True, INTERVAL="15min", TIMESTAMP="2024-06-01 00:15")
    assert result["TASK_STATUS"] == "SUCCESS"
    source = next(s for s in portal.data.rastersources if s["uuid"] == result["RASTERSOURCE"])
    assert source["temporal"] is True
    (created,) = posts(portal, "/rastersources/")
    assert created.status == 201
    assert portal.data.uploads[-1]["timestamp"] == "2024-06-01T00:15:00Z"


def test_a_file_that_is_not_lizard_ready_is_exported_with_the_chosen_band_and_nodata(
        provider, portal, tmp_path):  # noqa: F811
    path = make_tif(tmp_path / "bands.tif", nodata=None, bands=2)
    result = upload(INPUT=path, BAND=2, NODATA=-1, NAME=unique("Exported"), ORGANISATION=NS)
    assert result["TASK_STATUS"] == "SUCCESS"
    assert portal.data.uploads[-1]["sha256"] != sha256(path)


def test_a_file_lizard_cannot_take_is_refused_before_a_source_is_created(provider, portal, tmp_path):  # noqa: F811
    message = refused(INPUT=make_tif(tmp_path / "no_nodata.tif", nodata=None), NAME=unique("Never"),
                      ORGANISATION=NS)
    assert "NODATA" in message
    assert posts(portal, "/rastersources/") == [] and posts(portal, "/data/") == []


def queue_refusal(lizard, source, path, **keywords):
    """The sentence the core's UploadQueue (the upload dialog's) refuses one file with."""
    item = UploadItem(path, keywords.pop("timestamp", None))
    with LizardClient(lizard.base_url, lizard.KEYS["supplier"]) as client, \
            pytest.raises(errors.LizardError) as caught:
        UploadQueue(client, source, [item], **keywords).run()
    return str(caught.value)


def test_an_existing_temporal_source_without_timestamp_is_refused_as_the_queue_refuses_it(
        provider, portal, tmp_path):  # noqa: F811
    source = supplier_source(portal, temporal=True)
    path = make_tif(tmp_path / "step.tif")
    portal.reset_requests()
    message = refused(INPUT=path, RASTERSOURCE=source["uuid"])
    assert message == queue_refusal(portal, source, path)
    assert "temporal" in message and "step.tif" in message and source["name"] in message
    assert posts(portal, "/data/") == []


def test_a_new_temporal_source_is_refused_as_the_queue_refuses_it_before_anything_is_sent(
        provider, portal, tmp_path):  # noqa: F811
    path = make_tif(tmp_path / "step.tif")
    name = unique("T")
    new = {"name": name, "organisation": NS, "access": "Private", "temporal": True}
    no_time = refused(INPUT=path, NAME=name, ORGANISATION=NS, TEMPORAL=True, INTERVAL="1h")
    assert no_time == queue_refusal(portal, None, path, new=dict(new, interval="1h"))
    assert "temporal" in no_time and "step.tif" in no_time
    no_interval = refused(INPUT=path, NAME=name, ORGANISATION=NS, TEMPORAL=True, TIMESTAMP="2024-01-01T00:00:00Z")
    assert no_interval == queue_refusal(portal, None, path, new=new, timestamp="2024-01-01T00:00:00Z")
    assert "interval" in no_interval
    assert "not a date and time" in refused(INPUT=path, NAME=unique("T"), ORGANISATION=NS, TIMESTAMP="soon")
    assert [r for r in portal.requests if r.method == "POST"] == []


def test_a_timestamp_for_a_source_that_is_not_temporal_is_ignored_with_a_warning(
        provider, portal, tmp_path):  # noqa: F811
    source = supplier_source(portal)
    feedback = Recorder()
    result = upload(feedback, INPUT=make_tif(tmp_path / "grid.tif"), RASTERSOURCE=source["uuid"],
                    TIMESTAMP="2024-01-01T00:00:00Z")
    assert result["TASK_STATUS"] == "SUCCESS"
    assert any("not temporal" in text and "ignored" in text for text in feedback.warnings)


def test_creating_needs_name_and_organisation(provider, portal, tmp_path):  # noqa: F811
    path = make_tif(tmp_path / "grid.tif")
    message = refused(INPUT=path, NAME=unique("No organisation"))
    assert "NAME" in message and "ORGANISATION" in message and "RASTERSOURCE" in message
    assert "not a UUID" in refused(INPUT=path, NAME="x", ORGANISATION="Nelen & Schuurmans")
    assert "not a UUID" in refused(INPUT=path, RASTERSOURCE="my source")
    assert portal.requests == []


def test_task_failure_fails_with_the_servers_detail(provider, portal, tmp_path):  # noqa: F811
    portal.task_outcome = "FAILURE"
    message = refused(INPUT=make_tif(tmp_path / "grid.tif"), NAME=unique("Failing"), ORGANISATION=NS)
    detail = portal.data.tasks[portal.data.uploads[-1]["task_id"]]["task"]["detail"]
    assert detail and detail in message


def test_a_reader_key_gets_the_permission_sentence(provider, portal, tmp_path, monkeypatch):  # noqa: F811
    source = supplier_source(portal)
    monkeypatch.setenv("LIZARD_API_KEY", portal.KEYS["reader"])
    portal.reset_requests()
    path = make_tif(tmp_path / "grid.tif")
    message = refused(INPUT=path, RASTERSOURCE=source["uuid"])
    assert "may not upload" in message and "supplier role" in message
    message = refused(INPUT=path, NAME=unique("Not allowed"), ORGANISATION=NS)
    assert "permission" in message
    assert posts(portal, "/data/") == []
    assert portal.KEYS["reader"] not in message


def test_without_wait_it_returns_at_once_with_the_pending_status(provider, portal, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(upload_raster, "POLL", {"first": 30.0})  # a poll would take 30 s
    started = time.monotonic()
    result = upload(INPUT=make_tif(tmp_path / "grid.tif"), NAME=unique("No wait"), ORGANISATION=NS, WAIT=False)
    assert time.monotonic() - started < 10
    assert result["TASK_STATUS"] == "PENDING"
    task = portal.data.tasks[portal.data.uploads[-1]["task_id"]]
    assert task["polls"] == 1  # the one request that read the status


def test_cancel_during_the_upload_stops_it(provider, portal, tmp_path):  # noqa: F811
    feedback = Recorder(cancel_when="Uploading")
    with pytest.raises(QgsProcessingException, match="cancelled"):
        upload(feedback, INPUT=make_tif(tmp_path / "grid.tif"), RASTERSOURCE=supplier_source(portal)["uuid"])
    assert posts(portal, "/data/") == [] or all(r.status != 200 for r in posts(portal, "/data/"))


# -------------------------------------------------------------------------------------------- timeseries


def events_table(rows, with_flag=True):
    layer = QgsVectorLayer("None?field=t:datetime&field=v:double&field=flag:integer&field=note:string", "table",
                           "memory")
    features = []
    for when, value, flag, note in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([when, value, flag, note])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def utc(year, month, day, hour):
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt.UTC)


def test_upload_timeseries_stores_the_events_and_returns_the_count(provider, portal):  # noqa: F811
    table = events_table([(utc(2031, 3, 1, hour), hour * 1.5, hour % 2, "n{}".format(hour)) for hour in range(6)]
                         + [(utc(2031, 3, 1, 7), None, None, None)])
    feedback = Recorder()
    result = processing.run("lizard:uploadtimeseries", {
        "INPUT": table, "TIMESERIES": TS_EMPTY, "TIME_FIELD": "t", "VALUE_FIELD": "v", "FLAG_FIELD": "flag",
        "COMMENT_FIELD": "note"}, feedback=feedback)
    assert result["EVENTS"] == 6
    assert any("Skipped 1 rows without a value" in text for text in feedback.warnings)
    with LizardClient(portal.base_url, portal.KEYS["supplier"]) as client:
        stored = client.get_all("timeseries/{}/events/".format(TS_EMPTY), {"start": "2031-03-01", "end": "2031-03-02"})
    assert [(e["value"], e.get("flag"), e.get("comment")) for e in stored] == [
        (hour * 1.5, hour % 2, "n{}".format(hour)) for hour in range(6)]


def test_upload_timeseries_refuses_duplicate_times_naming_rows_with_nothing_posted(provider, portal):  # noqa: F811
    table = events_table([(utc(2031, 4, 1, 0), 1.0, None, None), (utc(2031, 4, 1, 1), 2.0, None, None),
                          (utc(2031, 4, 1, 0), 3.0, None, None)])
    first, _second, third = [feature.id() for feature in table.getFeatures()]
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("lizard:uploadtimeseries", {"INPUT": table, "TIMESERIES": TS_EMPTY, "TIME_FIELD": "t",
                                                   "VALUE_FIELD": "v"})
    assert "{} = {}".format(first, third) in str(caught.value) and "duplicate" in str(caught.value)
    assert posts(portal, "/events/") == []


def test_upload_timeseries_needs_a_uuid_and_rights(provider, portal, monkeypatch):  # noqa: F811
    table = events_table([(utc(2031, 5, 1, 0), 1.0, None, None)])
    parameters = {"INPUT": table, "TIMESERIES": "groundwater", "TIME_FIELD": "t", "VALUE_FIELD": "v"}
    with pytest.raises(QgsProcessingException, match="not a UUID"):
        processing.run("lizard:uploadtimeseries", parameters)
    monkeypatch.setenv("LIZARD_API_KEY", portal.KEYS["reader"])
    with pytest.raises(QgsProcessingException, match="permission"):
        processing.run("lizard:uploadtimeseries", dict(parameters, TIMESERIES=TS_EMPTY))


@pytest.mark.usefixtures("machine_tz")
def test_upload_timeseries_reads_zone_less_times_in_time_zone(provider, portal):  # noqa: F811
    def run(value, **zone):
        table = events_table([(QDateTime(QDate(2031, 7, 1), QTime(12, 0)), value, None, None)])
        processing.run("lizard:uploadtimeseries", dict(
            {"INPUT": table, "TIMESERIES": TS_EMPTY, "TIME_FIELD": "t", "VALUE_FIELD": "v"}, **zone))

    with pytest.raises(QgsProcessingException, match="“Mars” is not a time zone"):
        run(0.0, TIME_ZONE="Mars")
    assert posts(portal, "/events/") == []
    run(1.0, TIME_ZONE="Europe/Amsterdam")  # 12:00 summer time is 10:00 UTC
    run(2.0)  # UTC by default
    with LizardClient(portal.base_url, portal.KEYS["supplier"]) as client:
        stored = client.get_all("timeseries/{}/events/".format(TS_EMPTY), {"start": "2031-07-01", "end": "2031-07-02"})
    assert [(times.iso_utc(times.parse(e["time"])), e["value"]) for e in stored] == [
        ("2031-07-01T10:00:00Z", 1.0), ("2031-07-01T12:00:00Z", 2.0)]
