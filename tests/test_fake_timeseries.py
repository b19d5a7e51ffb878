"""The fake Lizard's timeseries at scale: 2000 locations, 5000 series with events computed when asked, the
1,000,000-event series, and /timeseries/<uuid>/aggregates/ (contract: CONTRACT-timeseries.md)."""

import datetime

import numpy
import pytest
import requests
from fake_lizard.generated import Formula, aggregate
from fake_lizard.locations import formula_timeseries
from fake_lizard.store import TS_GROUNDWATER, TS_MILLION

TIMEOUT = 30


def get(lizard, path, **params):
    return requests.get(lizard.api_url + path, params=params, timeout=TIMEOUT)


def formula_series(lizard, test):
    """The first public generated series for which ``test(ts, formula)`` holds."""
    for ts in lizard.data.timeseries:
        formula = lizard.data.formulas.get(ts["uuid"])
        if formula is not None and ts["access_modifier"] == "Public" and test(ts, formula):
            return ts, formula
    raise AssertionError("no such series")


def test_locations_and_series_at_scale(lizard):
    assert len(lizard.data.locations) == 2000 and len(lizard.data.timeseries) == 5000
    points = [loc["geometry"] for loc in lizard.data.locations]
    assert any(point is None for point in points)
    assert all(len(point["coordinates"]) == 3 for point in points if point is not None)
    units = {(ts["observation_type"]["code"], ts["observation_type"]["unit"]) for ts in lizard.data.timeseries}
    assert {("Q", "m3/s"), ("WATERTEMP", "°C"), ("GWS_NAP", "m NAP"), ("neerslag", "mm")} <= units
    answer = get(lizard, "locations/", page_size=1000).json()
    assert answer["count"] == sum(1 for loc in lizard.data.locations if loc["access_modifier"] == "Public")
    assert len(answer["results"]) == 100  # the session's fake caps page_size at 100


def test_generated_events_are_computed_when_asked_not_stored(lizard):
    assert TS_MILLION not in lizard.data.events and len(lizard.data.formulas) > 4000
    ts, formula = formula_series(lizard, lambda ts, f: f.gaps and f.flagged and f.step_ms == 3_600_000)
    again = Formula(formula.start_ms, formula.step_ms, formula.count, formula.base, formula.amplitude,
                    formula.period_ms, gaps=True, flagged=True)
    index = again.indices()
    page = get(lizard, "timeseries/{}/events/".format(ts["uuid"]), page_size=100, page=80).json()
    assert page["count"] == len(index)
    expected = index[7900:8000]
    times = [datetime.datetime.fromisoformat(event["time"].replace("Z", "+00:00")) for event in page["results"]]
    assert [int(t.timestamp() * 1000) for t in times] == again.times_ms(expected).tolist()
    values = again.values(expected)
    assert [event["value"] for event in page["results"]] == [None if v != v else v for v in values.tolist()]
    assert {event["flag"] for event in page["results"]} <= {0, 3}


def test_the_million_event_series_pages_follow_next_with_gaps_and_flags(lizard):
    detail = get(lizard, "timeseries/{}/".format(TS_MILLION)).json()
    assert detail["start"] == "2015-01-01T00:00:00Z" and detail["interval"] == 300
    assert detail["observation_type"]["unit"] == "m3/s"
    first = get(lizard, "timeseries/{}/events/".format(TS_MILLION), page_size=100).json()
    assert first["count"] == 1_000_000
    second = requests.get(first["next"], timeout=TIMEOUT).json()
    steps = numpy.diff([datetime.datetime.fromisoformat(e["time"][:-1]).timestamp()
                        for e in first["results"] + second["results"]])
    assert set(steps.tolist()) == {300.0}
    gap = get(lizard, "timeseries/{}/events/".format(TS_MILLION), start="2015-01-25T00:00:00Z",
              end="2015-01-29T00:00:00Z", page_size=100).json()
    assert gap["count"] < 4 * 288  # a hole of 1000 five-minute steps starts on 2015-01-25
    window = get(lizard, "timeseries/{}/events/".format(TS_MILLION), start="2015-01-01T00:00:00Z",
                 end="2015-01-02T00:00:00Z", page_size=100, page=3).json()
    assert window["count"] == 288 and window["next"] is None and len(window["results"]) == 88
    assert any(e["flag"] == 3 for e in first["results"]) and {e["flag"] for e in first["results"]} == {0, 3}
    assert any(e["value"] is None for e in gap["results"])  # and a few null values


def test_aggregates_need_start_end_and_fields_as_lizard_says(lizard):
    path = "timeseries/{}/aggregates/".format(TS_GROUNDWATER)
    missing = get(lizard, path, window="day")
    assert missing.status_code == 400
    body = missing.json()
    assert body["status"] == 400 and body["message"].startswith("Bad request.")
    assert set(body["detail"]) == {"start", "end", "fields"}
    bad = get(lizard, path, start="2020-01-01", end="2025-01-01", fields="avg,median")
    assert bad.status_code == 400 and "median" in bad.text
    assert get(lizard, path, start="2020-01-01", end="2025-01-01", fields="avg", window="fortnight").status_code == 400


def test_aggregates_per_window_match_the_raw_events(lizard):
    ts, formula = formula_series(lizard, lambda ts, f: f.gaps and f.step_ms == 900_000 and ts["value_type"] == "float")
    start, end = "2022-03-01T00:00:00Z", "2022-03-08T00:00:00Z"
    rows = get(lizard, "timeseries/{}/aggregates/".format(ts["uuid"]), start=start, end=end, window="day",
               fields="min,max,avg,count,nans,first_timestamp,last_timestamp", page_size=100).json()["results"]
    events = get(lizard, "timeseries/{}/events/".format(ts["uuid"]), start=start, end=end, page_size=100)
    assert len(rows) == 7 and set(rows[0]) == {"min", "max", "avg", "count", "nans", "first_timestamp",
                                               "last_timestamp"}
    raw = []
    url = events.url
    while url:
        page = requests.get(url, timeout=TIMEOUT).json()
        raw += page["results"]
        url = page["next"]
    day = [e["value"] for e in raw if e["time"].startswith("2022-03-02")]
    numbers = [v for v in day if v is not None]
    row = rows[1]
    assert row["first_timestamp"].startswith("2022-03-02") and row["last_timestamp"].startswith("2022-03-02")
    assert row["count"] == len(numbers) and row["nans"] == len(day) - len(numbers)
    assert row["avg"] == pytest.approx(sum(numbers) / len(numbers))
    assert (row["min"], row["max"]) == (min(numbers), max(numbers))


def test_windows_without_events_have_no_row_and_multipliers_work():
    times = numpy.array([0, 3_600_000, 10 * 86_400_000], dtype=numpy.int64)
    values = numpy.array([1.0, numpy.nan, 5.0])
    rows = aggregate(times, values, ["avg", "count", "nans"], (3, "day"), time_key="time")
    assert rows == [{"avg": 1.0, "count": 1, "nans": 1, "time": "1970-01-01T00:00:00Z"},
                    {"avg": 5.0, "count": 1, "nans": 0, "time": "1970-01-10T00:00:00Z"}]
    monthly = aggregate(times, values, ["sum"], (1, "month"), time_key="t", time_format="epoch_s")
    assert monthly == [{"sum": 6.0, "t": 0}]
    weekly = aggregate(times, values, ["first_timestamp"], (1, "week"), time_format="epoch_ms")
    assert weekly == [{"first_timestamp": 0}, {"first_timestamp": 10 * 86_400_000}]


def test_some_series_refuse_aggregates(lizard):
    ts, _ = formula_series(lizard, lambda ts, f: ts["value_type"] == "integer")
    assert ts["uuid"] in lizard.data.no_aggregates
    answer = get(lizard, "timeseries/{}/aggregates/".format(ts["uuid"]), start="2022-01-01", end="2023-01-01",
                 fields="avg", window="month")
    assert answer.status_code == 400 and answer.json()["detail"]
    assert get(lizard, "timeseries/{}/events/".format(ts["uuid"]), page_size=1).json()["count"] > 0


def test_the_aggregate_time_key_switch(lizard):
    path = "timeseries/{}/aggregates/".format(TS_MILLION)
    params = dict(start="2016-01-01T00:00:00Z", end="2016-04-01T00:00:00Z", window="month",
                  fields="avg,first_timestamp")
    assert get(lizard, path, **params).json()["results"][0] == {
        "avg": pytest.approx(4.0, abs=3.5), "first_timestamp": "2016-01-01T00:00:00Z"}
    lizard.aggregate_time_key = "timestamp"
    lizard.aggregate_time_format = "epoch_ms"
    rows = get(lizard, path, **params).json()["results"]
    assert [set(row) for row in rows] == [{"avg", "timestamp"}] * 3
    assert [row["timestamp"] for row in rows] == [1451606400000, 1454284800000, 1456790400000]
    with pytest.raises(ValueError):
        lizard.aggregate_time_key = "avg"


def test_every_formula_series_is_deterministic(lizard):
    existing = len(lizard.data.timeseries) - len(lizard.data.formulas)
    again = formula_timeseries(lizard.data, lizard.data.locations[300:], existing)
    assert [ts["uuid"] for ts, _ in again] == [ts["uuid"] for ts in lizard.data.timeseries[existing:]]
    ts, formula = again[10]
    stored = lizard.data.formulas[ts["uuid"]]
    index = formula.indices()[:500]
    assert numpy.array_equal(formula.values(index), stored.values(index), equal_nan=True)
