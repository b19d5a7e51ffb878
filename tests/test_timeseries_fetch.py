"""core/timeseries/fetch.py against the fake Lizard: the period presets, raw events or aggregates for a plot,
and the fallback to raw events when Lizard refuses aggregates."""

import datetime

import numpy
import pytest
from fake_lizard.store import TS_EMPTY, TS_GROUNDWATER
from lizard_explorer.core import errors
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.timeseries import fetch
from lizard_explorer.core.timeseries.series import AGGREGATE, RAW, describe

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


def test_an_empty_series_is_no_data_not_zero(client):
    series = fetch.load_series(client, info_of(client, TS_EMPTY), None, None)
    assert len(series) == 0 and series.values.size == 0


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
