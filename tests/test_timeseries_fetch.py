"""core/timeseries/fetch.py against the fake Lizard: the period presets, raw events or aggregates for a plot,
and the fallback to raw events when Lizard refuses aggregates."""

import datetime

import numpy
import pytest
from fake_lizard.store import TS_EMPTY, TS_GROUNDWATER, TS_MILLION
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.series import AGGREGATE, RAW
from lizard_explorer.core.timeseries import fetch
from lizard_explorer.core.timeseries.series import describe

UTC = datetime.timezone.utc


@pytest.fixture
def client(lizard):
    with LizardClient(lizard.base_url, retries=0, proxies={}) as session:
        yield session


def info_of(client, ts_uuid):
    return describe(client.get("timeseries/{}/".format(ts_uuid)))


def ms(moment):
    return numpy.datetime64(int(moment.timestamp() * 1000), "ms")


# --------------------------------------------------------------------------------------------- periods


def test_default_period_is_the_last_30_days_of_data_not_of_now():
    infos = [{"end": datetime.datetime(2020, 5, 1, tzinfo=UTC)}, {"end": "2021-01-31T12:00:00Z"}, {"end": None}]
    start, end = fetch.default_period(infos)
    assert end == datetime.datetime(2021, 1, 31, 12, tzinfo=UTC)
    assert start == end - datetime.timedelta(days=30)
    assert start.tzinfo is not None and start.utcoffset() == datetime.timedelta(0)


def test_presets_count_back_from_the_last_data(machine_tz):
    infos = [{"end": "2024-03-31T01:30:00Z"}]
    end = datetime.datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert fetch.period_for("day", infos) == (end - datetime.timedelta(days=1), end)
    assert fetch.period_for("week", infos) == (end - datetime.timedelta(days=7), end)
    assert fetch.period_for("year", infos)[0] == end - datetime.timedelta(days=365)
    assert fetch.period_for("all", infos) == (None, None)
    assert set(fetch.PRESETS) == {"day", "week", "month", "year", "all"}


def test_no_end_known_means_everything():
    assert fetch.default_period([{"end": None}, {}]) == (None, None)
    assert fetch.period_for("week", []) == (None, None)
    with pytest.raises(errors.InvalidRequestError, match="not a period"):
        fetch.period_for("fortnight", [])


def test_the_period_a_preset_shows_is_the_one_it_loads_and_all_is_the_data_span(machine_tz):
    infos = [{"start": "2019-06-01T00:00:00Z", "end": "2024-03-31T01:30:00Z"},
             {"start": "2018-01-01T06:00:00+01:00", "end": "2020-01-01T00:00:00Z"}, {"start": None, "end": None}]
    end = datetime.datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert fetch.shown_period("default", infos) == fetch.default_period(infos) == (
        end - datetime.timedelta(days=30), end)
    assert fetch.shown_period("week", infos) == fetch.period_for("week", infos)
    assert fetch.shown_period("all", infos) == (datetime.datetime(2018, 1, 1, 5, tzinfo=UTC), end)
    assert fetch.shown_period("all", []) == (None, None) and fetch.shown_period("default", []) == (None, None)


def test_window_keeps_the_rows_under_max_points():
    start = datetime.datetime(2015, 1, 1, tzinfo=UTC)
    for days, points in ((2, 4000), (400, 4000), (3650, 4000), (3650, 100), (30, 10)):
        end = start + datetime.timedelta(days=days)
        window = fetch.choose_window(start, end, points)
        seconds = dict(fetch.WINDOWS)[window]
        assert (end - start).total_seconds() // seconds + 1 <= points
    assert fetch.choose_window(start, start + datetime.timedelta(days=3650), 4000) == "day"


# --------------------------------------------------------------------------------------------- raw


def test_raw_events_of_a_short_series_in_utc(client, lizard, machine_tz):
    info = info_of(client, TS_GROUNDWATER)
    series = fetch.load_series(client, info, None, None)
    events = lizard.data.events[TS_GROUNDWATER]
    assert series.kind == RAW and series.window == ""
    assert len(series) == len(events)
    first = min(events)
    assert series.times[0] == ms(first)
    assert series.values[0] == pytest.approx(events[first]["value"])
    assert series.unit == info["unit"] and series.parameter == info["parameter"]
    assert series.location == info["location_code"]
    assert (numpy.diff(series.times.astype("int64")) > 0).all()


def test_an_empty_series_is_no_data_not_zero(client, lizard):
    # one of the series without events (TS_EMPTY itself gets events from the upload tests of this session)
    empty = next(ts["uuid"] for ts in lizard.data.timeseries if ts["uuid"] != TS_EMPTY and ts["access_modifier"]
                 == "Public" and ts["uuid"] in lizard.data.events and not lizard.data.events[ts["uuid"]])
    info = info_of(client, empty)
    assert info["start"] is None and info["end"] is None
    series = fetch.load_series(client, info, None, None)
    assert len(series) == 0 and series.values.size == 0
    assert fetch.default_period([info]) == (None, None)


def test_cancel_stops_loading(client):
    with pytest.raises(errors.CancelledError):
        fetch.load_series(client, info_of(client, TS_GROUNDWATER), None, None, cancel=lambda: True)


def test_refused_aggregates_fall_back_to_raw_events(client, lizard):
    info = info_of(client, TS_GROUNDWATER)
    lizard.inject(status=400, times=1, path="/api/v4/timeseries/{}/aggregates/".format(TS_GROUNDWATER))
    series = fetch.load_series(client, info, None, None, max_points=10)
    assert [r.path for r in lizard.requests if "aggregates" in r.path]  # asked, refused
    assert series.kind == RAW and series.kind != AGGREGATE and series.window == ""
    assert len(series) == len(lizard.data.events[TS_GROUNDWATER])


# --------------------------------------------------------------------------------------------- generated


def generated(lizard, k):
    """Generated series number ``k`` of the fake (see tests/fake_lizard/locations.py) and its formula."""
    from fake_lizard.locations import stable_uuid

    ts_uuid = stable_uuid("formula", k)
    return lizard.data.index["timeseries"][ts_uuid], lizard.data.formulas[ts_uuid]


def test_a_long_period_is_aggregated_under_max_points(client, lizard, machine_tz):
    info = info_of(client, TS_MILLION)
    seen = []
    series = fetch.load_series(client, info, None, None, max_points=600, progress=lambda d, t: seen.append((d, t)))
    assert series.kind == AGGREGATE and series.window == "week" and series.interval == 7 * 86400.0
    assert 500 < len(series) <= 600 and seen[-1] == (len(series), len(series))
    asked = [r.query for r in lizard.requests if r.path.endswith("/aggregates/")][0]
    assert asked["window"] == ["week"] and {"min", "max", "avg"} <= set(asked["fields"][0].split(","))
    ok = ~numpy.isnan(series.values)
    assert (series.low[ok] <= series.values[ok]).all() and (series.values[ok] <= series.high[ok]).all()
    # the first week: the mean of the fake's own values of 2015-01-01 (a Thursday) up to Monday 2015-01-05
    formula = lizard.data.formulas[TS_MILLION]
    times, values = formula.arrays(1420070400000, 1420416000000)
    assert series.times[0] == numpy.datetime64("2015-01-01T00:00:00", "ms")  # first_timestamp, in UTC
    assert series.values[0] == pytest.approx(numpy.nanmean(values))
    assert series.low[0] == numpy.nanmin(values) and series.high[0] == numpy.nanmax(values)


def test_a_short_period_is_raw_with_gaps_as_nan_or_absent_and_flags_marked(client, lizard, machine_tz):
    info = info_of(client, TS_MILLION)
    start = datetime.datetime(2015, 1, 25, tzinfo=UTC)
    series = fetch.load_series(client, info, start, start + datetime.timedelta(days=4), max_points=4000)
    assert series.kind == RAW and series.window == ""
    formula = lizard.data.formulas[TS_MILLION]
    times, values = formula.arrays(ms(start).astype("int64").item(),
                                   ms(start + datetime.timedelta(days=4, milliseconds=1)).astype("int64").item())
    assert len(series) == len(times) < 4 * 288  # a hole: those events are absent
    assert numpy.array_equal(series.times.astype("int64"), times)
    assert numpy.isnan(series.values).any() and numpy.array_equal(numpy.isnan(series.values), numpy.isnan(values))
    assert numpy.diff(series.times.astype("int64")).max() > 300_000  # the hole is a jump in time
    index = (times - formula.start_ms) // formula.step_ms
    assert numpy.array_equal(series.flagged, index % 101 == 5) and series.flagged.any()


def test_refused_aggregates_give_raw_events_and_say_so(client, lizard):
    ts, formula = generated(lizard, 53)  # value_type integer: the fake refuses its aggregates
    assert ts["value_type"] == "integer" and formula.step_ms == 86_400_000
    series = fetch.load_series(client, info_of(client, ts["uuid"]), None, None, max_points=100)
    refused = [r for r in lizard.requests if r.path.endswith("/aggregates/")]
    assert refused and refused[0].status == 400
    assert series.kind == RAW and series.window == "" and series.low is None
    assert len(series) == len(formula.indices()) > 100


def test_without_an_interval_the_count_decides(client, lizard):
    ts, formula = generated(lizard, 14)  # no interval stated, daily values
    info = info_of(client, ts["uuid"])
    assert info["interval"] is None
    series = fetch.load_series(client, info, None, None, max_points=100)
    assert series.kind == AGGREGATE and len(series) <= 100
    counted = [r.query for r in lizard.requests if r.path.endswith("/events/")]
    assert counted and counted[0]["page_size"] == ["1"]
    raw = fetch.load_series(client, info, None, None, max_points=1000)
    assert raw.kind == RAW and len(raw) == len(formula.indices())


@pytest.mark.parametrize("key, time_format", [("timestamp", "epoch_ms"), ("time", "iso"), ("start", "epoch_s")])
def test_both_aggregate_time_keys_are_read(client, lizard, machine_tz, key, time_format):
    info = info_of(client, TS_MILLION)
    documented = fetch.load_series(client, info, None, None, max_points=600)
    lizard.aggregate_time_key, lizard.aggregate_time_format = key, time_format
    other = fetch.load_series(client, info, None, None, max_points=600)
    assert other.window == documented.window == "week"
    assert other.kind == AGGREGATE and len(other) == len(documented)
    assert numpy.array_equal(other.values, documented.values, equal_nan=True)
    # the other key gives the start of each week (Monday 00:00 UTC), the documented one the first event's time
    assert other.times[1] == numpy.datetime64("2015-01-05T00:00:00", "ms")
    assert (other.times.astype("datetime64[D]").astype("int64") % 7 == 4).all()  # 1970-01-05 was a Monday
    assert (other.times <= documented.times).all()


def test_a_period_without_events_is_no_data_not_zeros(client, lizard):
    info = info_of(client, TS_MILLION)
    start = datetime.datetime(2030, 1, 1, tzinfo=UTC)
    series = fetch.load_series(client, info, start, start + datetime.timedelta(days=365), max_points=100)
    assert series.kind == AGGREGATE and len(series) == 0 and series.values.size == 0


def test_aggregate_rows_are_read_loosely():
    times, mean, low, high = fetch.parse_aggregates([
        {"last_timestamp": 1704067200, "avg": "2.5", "min": 1, "max": None},
        {"time": "2023-12-31T00:00:00", "mean": None},
        {"avg": 9.0},  # no time: left out
    ])
    assert times.tolist() == [numpy.datetime64("2023-12-31T00:00", "ms").item(),
                              numpy.datetime64("2024-01-01T00:00", "ms").item()]
    assert numpy.isnan(mean[0]) and mean[1] == 2.5 and low[1] == 1.0 and numpy.isnan(high[1])
    with pytest.raises(errors.InvalidResponseError):
        fetch.parse_aggregates([{"avg": 1.0}, {"max": 2.0}])


def test_cancel_stops_aggregates(client, lizard):
    calls = []
    with pytest.raises(errors.CancelledError):
        fetch.load_series(client, info_of(client, TS_MILLION), None, None, max_points=500,
                          cancel=lambda: len(calls) > 1, progress=lambda d, t: calls.append(d))
