"""Times (core/times.py): one parser and one formatter per output form, and zone-less times read as wall-clock
times in the chosen zone (UTC by default) whatever this machine's zone is.

Every test here runs twice, with the machine's zone Europe/Amsterdam and UTC (the ``machine_tz`` fixture).
"""

import datetime

import pytest
from lizard_explorer.core import errors, times
from lizard_explorer.core.rasters import download
from lizard_explorer.core.rasters.geotiff import timestamp_for, write_timesteps_csv
from lizard_explorer.core.timeseries.events import events_from_rows, rows_from_source
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

pytestmark = pytest.mark.usefixtures("machine_tz")

UTC = datetime.timezone.utc
AMSTERDAM = "Europe/Amsterdam"


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def local(year, month, day, hour, minute=0):
    """A QDateTime as OGR and delimited text give a zone-less value: the LocalTime spec."""
    return QDateTime(QDate(year, month, day), QTime(hour, minute))


def event_times(rows, zone=None):
    events, _skipped = events_from_rows([(i, when, 1.0, None, None) for i, when in enumerate(rows)], zone=zone)
    return [event["time"] for event in events]


def csv_layer(tmp_path, lines):
    path = tmp_path / "measurements.csv"
    path.write_text("time,value\n" + "".join("{},{}\n".format(when, i) for i, when in enumerate(lines)))
    layer = QgsVectorLayer("file://{}?type=csv&detectTypes=yes&geomType=none".format(path), "m", "delimitedtext")
    assert layer.isValid() and layer.fields().field("time").typeName() == "datetime"
    return layer


def test_the_machine_zone_reaches_qt(machine_tz):
    shifted = local(2024, 7, 1, 12).toUTC().time().hour()
    assert shifted == (10 if machine_tz == AMSTERDAM else 12)


# --------------------------------------------------------------------------------- zone-less times


def test_zone_less_times_from_a_csv_date_time_field_are_utc_not_the_machines_zone(tmp_path):
    layer = csv_layer(tmp_path, ["2024-07-01 12:00:00", "2024-01-01 12:00:00"])
    rows = rows_from_source(layer, "time", "value")
    assert rows[0][1].timeSpec() == Qt.TimeSpec.LocalTime  # what the provider gives: zone-less
    assert event_times([row[1] for row in rows]) == ["2024-01-01T12:00:00Z", "2024-07-01T12:00:00Z"]


def test_zone_less_values_of_every_kind_agree():
    kinds = [local(2024, 7, 1, 12), "2024-07-01 12:00", "2024-07-01T12:00:00", datetime.datetime(2024, 7, 1, 12)]
    for value in kinds:
        assert event_times([value]) == ["2024-07-01T12:00:00Z"], value
    assert times.to_utc(QDate(2024, 7, 1)) == times.to_utc(datetime.date(2024, 7, 1)) == utc(2024, 7, 1)
    # 02:30 on 2024-03-31 does not exist in Amsterdam (Qt then calls the value invalid), but it does in UTC.
    assert event_times([local(2024, 3, 31, 2, 30)]) == ["2024-03-31T02:30:00Z"]


def test_zone_less_times_are_read_in_the_chosen_zone_with_summer_time(tmp_path):
    layer = csv_layer(tmp_path, ["2024-07-01 12:00:00", "2024-01-01 12:00:00"])
    rows = [row[1] for row in rows_from_source(layer, "time", "value")]
    assert event_times(rows, AMSTERDAM) == ["2024-01-01T11:00:00Z", "2024-07-01T10:00:00Z"]
    for value in ("2024-07-01 12:00", datetime.datetime(2024, 7, 1, 12), local(2024, 7, 1, 12)):
        assert times.utc_timestamp(value, AMSTERDAM) == "2024-07-01T10:00:00Z", value
    assert times.to_utc(QDate(2024, 1, 1), AMSTERDAM) == utc(2023, 12, 31, 23)


def test_times_with_a_zone_keep_their_moment_whatever_the_chosen_zone():
    moments = [QDateTime(QDate(2024, 7, 1), QTime(12, 0), Qt.TimeSpec.UTC),
               QDateTime(QDate(2024, 7, 1), QTime(14, 0), Qt.TimeSpec.OffsetFromUTC, 7200),
               "2024-07-01T12:00:00Z", "2024-07-01T13:00:00+01:00", utc(2024, 7, 1, 12)]
    for zone in (None, AMSTERDAM, "America/New_York"):
        assert event_times(moments[:1], zone) == ["2024-07-01T12:00:00Z"]
        assert {times.utc_timestamp(value, zone) for value in moments} == {"2024-07-01T12:00:00Z"}


def test_times_at_the_summer_time_switch_are_read_one_documented_way():
    # 02:30 happens twice on 2024-10-27 in Amsterdam: the first, still summer time (+02:00).
    assert times.utc_timestamp("2024-10-27 02:30", AMSTERDAM) == "2024-10-27T00:30:00Z"
    # 02:30 does not exist on 2024-03-31: read with the offset before the switch (+01:00), i.e. 03:30 CEST.
    assert times.utc_timestamp("2024-03-31 02:30", AMSTERDAM) == "2024-03-31T01:30:00Z"
    assert times.utc_timestamp(local(2024, 3, 31, 2, 30), AMSTERDAM) == "2024-03-31T01:30:00Z"


def test_an_unknown_zone_is_one_clear_sentence():
    with pytest.raises(errors.InvalidRequestError, match="“Mars/Olympus” is not a time zone"):
        events_from_rows([(1, "2024-07-01 12:00", 1.0, None, None)], zone="Mars/Olympus")
    assert times.zone_names()[0] == "UTC" and AMSTERDAM in times.zone_names()


def test_download_reads_a_zone_less_date_time_as_utc():
    assert download.select_steps([times.to_ms(utc(2024, 7, 1, h)) for h in (10, 12)], local(2024, 7, 1, 12)) == \
        [times.to_ms(utc(2024, 7, 1, 12))]
    assert times.to_ms(local(2024, 7, 1, 12)) == times.to_ms("2024-07-01T12:00:00Z") == 1719835200000


# ------------------------------------------------------------------------------------------ formats


def test_each_output_form_has_one_formatter():
    moment = utc(2024, 7, 1, 12, 0, 0, 250000)
    assert times.iso_utc(moment) == "2024-07-01T12:00:00Z"
    assert times.iso_utc_ms(moment) == "2024-07-01T12:00:00.250Z"
    assert times.iso_utc_ms(1719835200000) == "2024-07-01T12:00:00Z"
    assert times.compact_utc(moment) == "20240701T120000Z"
    assert times.iso_duration(3600) == "PT1H" and times.iso_duration(129600) == "P1DT12H"  # WMS-T
    assert times.lizard_interval("1h") == "P0DT1H0M0S"  # a rastersource's interval
    assert times.iso_interval(utc(2024, 1, 1), utc(2024, 1, 2), 3600) == \
        "2024-01-01T00:00:00Z/2024-01-02T00:00:00Z/PT1H"


def test_one_parser_reads_every_spelling():
    for text in ("2024-07-01T12:00:00Z", "2024-07-01 12:00", "2024-07-01T14:00:00+02:00", "2024-07-01T12Z",
                 "2024-07-01T12:00:00.000000001Z", "20240701T120000Z", "2024-07-01 12:00 UTC", "2024-7-1 12:00"):
        assert times.parse(text) == utc(2024, 7, 1, 12), text
    with pytest.raises(ValueError):
        times.parse("yesterday")
    assert times.to_utc("yesterday") is None and times.to_utc("2024-13-01") is None
    assert times.from_ms(1719835200000) == utc(2024, 7, 1, 12)


@pytest.mark.parametrize("text, seconds", [
    ("01:00:00", 3600), ("1 00:00:00", 86400), ("1 day, 0:00:00", 86400), ("P0DT1H0M0S", 3600), ("PT15M", 900),
    ("1h", 3600), ("15min", 900), ("1d", 86400), ("01:30", 5400), ("00:00:00", None), ("weekly", None),
])
def test_durations_in_lizards_and_peoples_spellings(text, seconds):
    assert times.duration_seconds(text) == seconds


def test_timestamp_for_a_file_comes_from_its_list_or_its_name(tmp_path):
    listed, named, plain = (str(tmp_path / name) for name in ("a.tif", "rain_20240101T060000Z.tif", "b.tif"))
    write_timesteps_csv(str(tmp_path), [(listed, utc(2024, 7, 1, 12))])
    assert timestamp_for(listed) == "2024-07-01T12:00:00Z"
    assert timestamp_for(named) == "2024-01-01T06:00:00Z"
    assert timestamp_for(plain) == ""


@pytest.mark.parametrize("text, expected_ms", [
    ("2024-01-26T06:34:29.870830Z", 1706250869871),  # Lizard's microseconds, rounded to Qt's milliseconds
    ("2024-01-26T06:34:29Z", 1706250869000),
    ("2024-01-26T07:34:29+01:00", 1706250869000),
    ("2024-01-26T06:34:29", 1706250869000),  # zone-less: UTC, not this machine's zone
    ("2024-03-31T02:30:00", 1711852200000),  # a clock Amsterdam skips: still 02:30 UTC
])
def test_qdatetime_utc_gives_the_moment_lizard_meant_as_utc(qgis_app, text, expected_ms):
    from qgis.PyQt.QtCore import Qt

    moment = times.qdatetime_utc(text)
    assert moment.isValid() and moment.timeSpec() == Qt.TimeSpec.UTC
    assert moment.toMSecsSinceEpoch() == expected_ms


def test_qdatetime_utc_of_a_datetime_is_its_moment_in_utc(qgis_app):
    from qgis.PyQt.QtCore import Qt

    aware = datetime.datetime(2024, 3, 31, 3, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    naive = datetime.datetime(2024, 3, 31, 2, 30)  # a wall-clock time Amsterdam skips; naive means UTC
    for value, expected in ((aware, 1711848600000), (naive, 1711852200000)):
        moment = times.qdatetime_utc(value)
        assert moment.timeSpec() == Qt.TimeSpec.UTC and moment.toMSecsSinceEpoch() == expected


@pytest.mark.parametrize("text", [None, "", "yesterday"])
def test_qdatetime_utc_of_no_time_is_none(qgis_app, text):
    assert times.qdatetime_utc(text) is None


def test_times_for_people_are_utc_and_say_so_whatever_the_machine_zone():
    assert times.display_utc("2024-08-12T16:39:30+02:00") == "2024-08-12 14:39 UTC"
    assert times.display_utc("2024-08-12T14:39:30Z", seconds=True) == "2024-08-12 14:39:30 UTC"
    # seconds=None: only when there are some (the timeseries dock's period, series starts, raster values)
    assert times.display_utc("2024-08-12T14:39:30Z", seconds=None) == "2024-08-12 14:39:30 UTC"
    assert times.display_utc("2024-08-12T14:39:00Z", seconds=None, zone=False) == "2024-08-12 14:39"
    assert times.display_utc("2024-08-12 14:39", zone=False) == "2024-08-12 14:39"  # zone-less: UTC
    assert times.display_utc(datetime.datetime(2024, 8, 12, 14, 39)) == "2024-08-12 14:39 UTC"  # naive: UTC
    assert times.display_utc(None) == times.display_utc("") == ""
