"""core/timeseries/export.py: events and plotted series to CSV or a GeoPackage table, against the fake."""

import csv
import io
import os

import numpy
import pytest
from fake_lizard.store import TS_GROUNDWATER
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.series import SeriesData
from lizard_explorer.core.timeseries import export
from lizard_explorer.core.timeseries.series import describe
from osgeo import ogr


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, retries=0, proxies={}) as session:
        yield session


def info_of(client, ts_uuid):
    return describe(client.get("timeseries/{}/".format(ts_uuid)))


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def table(path, name):
    source = ogr.Open(str(path))
    layer = source.GetLayerByName(name)
    rows = [feature.items() for feature in layer]
    names = [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())]
    return rows, names


def test_events_to_csv_in_utc(client, lizard, tmp_path, machine_tz):
    info = info_of(client, TS_GROUNDWATER)
    path = tmp_path / "events.csv"
    done = []
    count = export.write_events(path, client, [info], start="2016-01-01", end="2024-05-01 11:04:15",
                                progress=lambda d, t: done.append((d, t)))
    rows = read_csv(path)
    expected = [e for m, e in sorted(lizard.data.events[TS_GROUNDWATER].items())
                if "2016-01-01T00:00:00Z" <= e["time"] <= "2024-05-01T11:04:15Z"]
    assert count == len(rows) == len(expected) > 1
    assert list(rows[0]) == list(export.COLUMNS)
    assert rows[0]["time"] == expected[0]["time"] and rows[0]["time"].endswith("Z")
    assert float(rows[-1]["value"]) == pytest.approx(expected[-1]["value"])
    assert {row["location_code"] for row in rows} == {info["location_code"]}
    assert {row["name"] for row in rows} == {info["name"]}
    assert done[-1][0] == count
    assert os.listdir(tmp_path) == ["events.csv"]


def test_the_end_of_the_period_is_included_like_the_plot(client, lizard, tmp_path):
    # 2024-05-01T11:04:15Z is an event's time: the plot (load_series) shows it, so its export writes it too,
    # whether Lizard's ``end`` is inclusive or not (the fake's is exclusive).
    info = info_of(client, TS_GROUNDWATER)
    path = tmp_path / "events.csv"
    count = export.write_events(path, client, [info], start="2024-04-18T11:54:16Z", end="2024-05-01T11:04:15Z")
    rows = read_csv(path)
    assert [row["time"] for row in rows] == ["2024-04-18T11:54:16Z", "2024-05-01T11:04:15Z"]
    assert count == 2


def test_bad_suffix_is_one_clear_sentence(client, tmp_path):
    with pytest.raises(errors.InvalidRequestError, match=r"\.csv or a \.gpkg file.*events\.xlsx"):
        export.write_events(tmp_path / "events.xlsx", client, [info_of(client, TS_GROUNDWATER)])
    assert os.listdir(tmp_path) == []


def test_cancel_leaves_no_file(client, tmp_path):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2

    for name in ("events.csv", "events.gpkg"):
        with pytest.raises(errors.CancelledError):
            export.write_events(tmp_path / name, client, [info_of(client, TS_GROUNDWATER)], cancel=cancel)
        calls.clear()
    assert os.listdir(tmp_path) == []


def test_an_error_leaves_an_existing_file_as_it_was(client, lizard, tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("old\n")
    lizard.inject(status=500, times=5, path="/api/v4/timeseries/")
    with pytest.raises(errors.LizardError):
        export.write_events(path, client, [{"uuid": TS_GROUNDWATER}])
    assert path.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["events.csv"]


def test_geopackage_keeps_its_other_layers(client, lizard, tmp_path):
    path = tmp_path / "out.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    keep = source.CreateLayer("polders", geom_type=ogr.wkbPolygon)
    keep.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    feature = ogr.Feature(keep.GetLayerDefn())
    feature.SetField("name", "Zuidpolder")
    keep.CreateFeature(feature)
    old = source.CreateLayer("lizard_events", geom_type=ogr.wkbNone)
    old.CreateField(ogr.FieldDefn("stale", ogr.OFTString))
    source = keep = old = feature = None
    count = export.write_events(path, client, [info_of(client, TS_GROUNDWATER)])
    rows, names = table(path, "lizard_events")
    assert sorted(names) == ["lizard_events", "polders"]
    assert len(rows) == count == len(lizard.data.events[TS_GROUNDWATER])
    assert "stale" not in rows[0] and rows[0]["timeseries_uuid"] == TS_GROUNDWATER
    assert table(path, "polders")[0] == [{"name": "Zuidpolder"}]
    export.write_events(path, client, [info_of(client, TS_GROUNDWATER)], layer_name="second")
    assert sorted(table(path, "second")[1]) == ["lizard_events", "polders", "second"]


def test_series_to_csv_and_geopackage(tmp_path):
    times = numpy.array(["2024-01-01T00:00", "2024-01-01T01:00:00.250", "2024-01-01T02:00"], dtype="datetime64[ms]")
    series = SeriesData(uuid="r1", label="Neerslag", location="POINT (5 52)", times=times,
                        values=numpy.array([1.5, numpy.nan, 3.0]))
    assert export.write_series(tmp_path / "s.csv", [series]) == 3
    rows = read_csv(tmp_path / "s.csv")
    assert [row["time"] for row in rows] == ["2024-01-01T00:00:00Z", "2024-01-01T01:00:00.250Z",
                                              "2024-01-01T02:00:00Z"]
    assert [row["value"] for row in rows] == ["1.5", "", "3.0"]
    assert rows[0]["name"] == "Neerslag" and rows[0]["location_code"] == "POINT (5 52)" and rows[0]["flag"] == ""
    assert export.write_series(tmp_path / "s.gpkg", [series], layer_name="raster_values") == 3
    gpkg_rows, _ = table(tmp_path / "s.gpkg", "raster_values")
    assert [row["value"] for row in gpkg_rows] == [1.5, None, 3.0]


def test_the_next_link_is_read_from_the_head_of_a_page_or_left_to_the_decoder():
    head = b'{"count":3,"next":"https://x.nl/api/v4/t/?page=2","previous":null,"results":[{"next":"no"}]}'
    assert export._next_link(head) == "https://x.nl/api/v4/t/?page=2"
    assert export._next_link(b'{"results":[{"next":"https://x.nl/no"}],"next":null}') is None
    assert export._next_link(b'{"count":3,"next":null,"results":[]}') is None


@pytest.mark.parametrize("comment", ["", 'a "},{" inside', "x},{y", "é\\n,;"])
@pytest.mark.parametrize("nested", [False, True])
def test_a_page_decoded_in_pieces_gives_the_same_events(comment, nested, monkeypatch):
    import json

    monkeypatch.setattr(export, "PART_BYTES", 500)
    events = [{"time": "2024-01-01T00:{:02d}:00{}".format(i % 60, "+01:00" if i == 299 else "Z"),
               "value": i / 3 if i % 7 else None, "flag": i % 3,
               "validation_code": "", "comment": comment if i % 5 == 0 else ""} for i in range(300)]
    if nested:
        events[150]["extra"] = [{"a": 1}, {"b": 2}]
    body = json.dumps({"count": 300, "next": None, "previous": None, "results": events},
                      separators=(",", ":")).encode()
    page, parts = export._decode_parts("http://x/", body)
    whole = json.loads(body, parse_float=str, parse_int=str)["results"]  # numbers as the text Lizard sent
    assert [event for part in parts for event in part] == whole
    assert page.count == 300
    head, pieces = export._split_results(body)
    assert len(pieces) > 5 and head.endswith(b'"results":[]}')


def test_a_cut_inside_a_text_is_noticed_and_the_page_decoded_whole(monkeypatch):
    monkeypatch.setattr(export, "PART_BYTES", 10)
    body = b'{"count":2,"next":null,"results":[{"comment":"' + b"a" * 50 + b'},{b"},{"comment":"c"}]}'
    assert len(export._split_results(body)[1]) == 2  # cut inside the first comment
    page, parts = export._decode_parts("http://x/", body)
    assert parts == [[{"comment": "a" * 50 + "},{b"}, {"comment": "c"}]] and page.count == 2


@pytest.mark.parametrize("guess", ["none", "wrong"])
def test_a_wrong_guess_of_the_next_page_is_dropped(client, lizard, tmp_path, monkeypatch, guess):
    first_page = lizard.api_url + "timeseries/{}/events/?page_size=100000".format(TS_GROUNDWATER)
    monkeypatch.setattr(export, "_next_link", lambda body: None if guess == "none" else first_page)
    path = tmp_path / "events.csv"
    count = export.write_events(path, client, [info_of(client, TS_GROUNDWATER)])
    rows = read_csv(path)
    assert count == len(rows) == len(lizard.data.events[TS_GROUNDWATER])
    assert len({row["time"] for row in rows}) == count  # every event once


def test_events_with_line_breaks_commas_and_other_zones_are_written_right(tmp_path):
    events = [
        {"time": "2024-01-01T00:00:00Z", "value": "1.50", "flag": 0, "validation_code": "", "comment": "a,\nb \"c\""},
        {"time": "2024-01-01T01:00:00+01:00", "value": None, "flag": None, "validation_code": "V",
         "comment": ""},
        {"time": "2024-01-01T02:00:00Z", "value": 3, "flag": 5},  # no validation_code, no comment
    ]
    table = export._CsvTable(str(tmp_path / "e.csv"))
    for _ in range(2):
        assert table.add_events("u1", "LOC,1", "Naam \"x\"", events[:1]) == 1
    assert table.add_events("u1", "LOC,1", "Naam \"x\"", events) == 3
    table.commit()
    rows = read_csv(tmp_path / "e.csv")
    assert [row["comment"] for row in rows] == ["a,\nb \"c\""] * 3 + ["", ""]
    assert {(row["location_code"], row["name"]) for row in rows} == {("LOC,1", "Naam \"x\"")}
    assert [row["time"] for row in rows[2:]] == ["2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z",
                                                  "2024-01-01T02:00:00Z"]
    assert [row["value"] for row in rows[2:]] == ["1.50", "", "3"]


@pytest.mark.parametrize("name", ["Debiet", "Debiet, \"gemaal\"", ""])
@pytest.mark.parametrize("times", [("2024-01-01T00:00:00Z", "2024-01-01T00:05:00Z"),
                                   ("2024-01-01T00:00:00.250Z", "2024-01-01T00:05:00Z")])
def test_a_plain_page_is_written_byte_for_byte_as_the_csv_module_writes_it(tmp_path, name, times):
    events = [{"time": times[0], "value": "1.50", "flag": None, "validation_code": "", "comment": "",
               "last_modified": "2025-01-01T00:00:00Z"},
              {"time": times[1], "value": None, "flag": 3, "validation_code": "V", "comment": "ok",
               "detection_limit": ""},
              {"time": times[1], "value": 7, "flag": 0, "validation_code": "", "comment": "x y"}]
    table = export._CsvTable(str(tmp_path / "e.csv"))
    assert table.add_events("u1", "LOC,1", name, events) == 3
    table.commit()
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\n")
    writer.writerow(export.COLUMNS)
    writer.writerows(("u1", "LOC,1", name, e["time"], e["value"], e["flag"], e["validation_code"], e["comment"])
                     for e in events)
    assert (tmp_path / "e.csv").read_text(encoding="utf-8") == expected.getvalue()
    assert export._fast_lines(events, "u1") is not None  # the fast way was taken
