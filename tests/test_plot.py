"""The series plot as a user sees it: axes per unit, gaps, flags, aggregate bands, the cursor, saving."""

import datetime
import os
import xml.etree.ElementTree as ET

import numpy
import pytest
from fake_lizard.locations import stable_uuid
from fake_lizard.store import TS_MILLION
from lizard_explorer.core.client import LizardClient
from lizard_explorer.core.errors import InvalidRequestError
from lizard_explorer.core.series import AGGREGATE, SeriesData
from lizard_explorer.core.timeseries import fetch
from lizard_explorer.core.timeseries.series import describe
from lizard_explorer.ui.plot import SeriesPlot, _date_number
from lizard_explorer.ui.plot_decimate import decimate, gap_threshold, with_breaks
from matplotlib.collections import PolyCollection
from qgis.core import Qgis, QgsDateTimeRange, QgsInterval, QgsTemporalNavigationObject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDateTime, QEvent, QPointF, Qt, QTimeZone
from qgis.PyQt.QtGui import QImage, QMouseEvent
from qgis.PyQt.QtWidgets import QApplication

UTC = datetime.timezone.utc
START = numpy.datetime64("2024-01-01T00:00:00", "ms")
FIVE_MINUTES = 300
ANIMATED = getattr(getattr(Qgis, "TemporalNavigationMode", None), "Animated", None) or \
    QgsTemporalNavigationObject.Animated  # 3.36 moved the enum into Qgis


def series(label, unit, count=100, step_s=FIVE_MINUTES, start=START, values=None, **kwargs):
    times = start + numpy.arange(count, dtype="int64") * numpy.timedelta64(step_s * 1000, "ms")
    if values is None:
        values = numpy.sin(numpy.arange(count) / 10.0)
    kwargs.setdefault("interval", float(step_s))
    return SeriesData(uuid=label, label=label, unit=unit, parameter="Level", times=times,
                      values=numpy.asarray(values, dtype="float64"), **kwargs)


@pytest.fixture
def plot(qtbot):
    widget = SeriesPlot()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drawn(plot, qtbot):
    """Wait for the plot's pending draw."""
    done = []
    connection = plot.canvas.mpl_connect("draw_event", lambda _event: done.append(True))
    plot.canvas.draw_idle()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    plot.canvas.mpl_disconnect(connection)


def lines(ax):
    return [line for line in ax.get_lines() if not line.get_label().startswith("_")]


def utc_qdatetime(moment):
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())


# ------------------------------------------------------------------------------------------------ axes


def test_two_units_get_two_y_axes_sharing_one_time_axis_in_utc(plot, qtbot):
    plot.set_series([series("A", "m"), series("B", "m3/s"), series("C", "m")])
    drawn(plot, qtbot)
    axes = plot.figure.axes
    assert len(axes) == 2
    assert axes[0].get_ylabel() == "Level (m)" and axes[1].get_ylabel() == "Level (m3/s)"
    assert axes[0].bbox.bounds == axes[1].bbox.bounds  # twin: one plot area, a second scale on the right
    legend = [text.get_text() for text in axes[0].get_legend().get_texts()]
    assert legend == ["A (m)", "C (m)", "B (m3/s)"]
    assert axes[0].get_xlabel() == "Time (UTC)"
    assert [s.label for s in plot.series] == ["A", "B", "C"]
    assert plot.figure._suptitle.get_text() == "Raw events"


def test_three_units_are_small_multiples_sharing_the_time_axis(plot, qtbot):
    plot.set_series([series("A", "m"), series("B", "m3/s"), series("C", "mm"), series("D", "m")])
    drawn(plot, qtbot)
    axes = plot.figure.axes
    assert [ax.get_ylabel() for ax in axes] == ["Level (m)", "Level (m3/s)", "Level (mm)"]
    tops = [ax.get_position().y0 for ax in axes]
    assert tops == sorted(tops, reverse=True)  # stacked, one under the other
    assert [line.get_label() for line in lines(axes[0])] == ["A (m)", "D (m)"]
    axes[0].set_xlim(_date_number(datetime.datetime(2024, 1, 1, 1, tzinfo=UTC)),
                     _date_number(datetime.datetime(2024, 1, 1, 2, tzinfo=UTC)))
    assert axes[2].get_xlim() == axes[0].get_xlim()  # zooming one zooms all
    assert axes[2].get_xlabel() == "Time (UTC)" and axes[0].get_xlabel() == ""


def test_a_gap_in_the_data_and_a_missing_value_are_breaks_in_the_line(plot, qtbot):
    values = numpy.ones(200)
    values[150] = numpy.nan
    data = series("A", "m", count=200, values=values)
    data.times[100:] += numpy.timedelta64(6, "h")  # six hours without data
    plot.set_series([data])
    drawn(plot, qtbot)
    (line,) = lines(plot.figure.axes[0])
    x, y = line.get_xdata(), line.get_ydata()
    breaks = numpy.flatnonzero(numpy.isnan(y))
    assert len(breaks) == 2
    gap_start, gap_end = _date_number(datetime.datetime(2024, 1, 1, 8, 15, tzinfo=UTC)), \
        _date_number(datetime.datetime(2024, 1, 1, 14, 20, tzinfo=UTC))
    assert gap_start < x[breaks[0]] < gap_end  # the line stops where the data stop
    assert numpy.count_nonzero(~numpy.isnan(y)) == 199


def test_the_gap_follows_the_median_step_when_the_interval_is_unknown(plot, qtbot):
    data = series("A", "m", count=50, interval=None)
    data.times[25:] += numpy.timedelta64(1, "h")
    plot.set_series([data])
    drawn(plot, qtbot)
    assert numpy.isnan(lines(plot.figure.axes[0])[0].get_ydata()).sum() == 1


def test_flagged_values_are_marked_and_named_in_the_legend(plot, qtbot):
    flagged = numpy.zeros(100, dtype=bool)
    flagged[[10, 60]] = True
    plot.set_series([series("A", "m", flagged=flagged), series("B", "m", flagged=flagged.copy())])
    drawn(plot, qtbot)
    ax = plot.figure.axes[0]
    marks = [line for line in ax.get_lines() if line.get_marker() == "x"]
    assert len(marks) == 2
    assert list(marks[0].get_ydata()) == pytest.approx(list(plot.series[0].values[[10, 60]]))
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert legend.count("flagged") == 1


def test_aggregates_are_a_min_max_band_around_the_mean(plot, qtbot):
    mean = numpy.array([1.0, 2.0, 3.0, 2.0, 1.0])
    data = series("A", "m", count=5, step_s=86400, values=mean, kind=AGGREGATE, window="day",
                  low=mean - 0.5, high=mean + 1.0)
    plot.set_series([data], note="fetched as aggregates")
    drawn(plot, qtbot)
    ax = plot.figure.axes[0]
    (band,) = [c for c in ax.collections if isinstance(c, PolyCollection)]
    ys = band.get_paths()[0].vertices[:, 1]
    assert ys.min() == pytest.approx(0.5) and ys.max() == pytest.approx(4.0)
    assert list(lines(ax)[0].get_ydata()) == list(mean)
    assert "min–max" in [text.get_text() for text in ax.get_legend().get_texts()]
    assert plot.figure._suptitle.get_text() == \
        "Aggregates per day: mean with min–max band — fetched as aggregates"


def test_nothing_to_draw_is_a_message(plot, qtbot):
    plot.set_series([series("A", "m", count=0)])
    assert plot.message_label.isVisible() and plot.message_label.text() == "No data in this period."
    assert plot.series == []
    plot.set_series([series("A", "m")])
    assert not plot.message_label.isVisible() and plot.canvas.isVisible()
    plot.show_message("No data in this period")
    assert plot.message_label.text() == "No data in this period" and not plot.canvas.isVisible()


# ------------------------------------------------------------------------------------ the value and cursor


def test_the_value_under_the_mouse_shows_under_the_plot(plot, qtbot, machine_tz):
    flagged = numpy.zeros(100, dtype=bool)
    flagged[40] = True
    plot.set_series([series("A", "m", values=numpy.arange(100.0), flagged=flagged),
                     series("B", "m3/s", values=numpy.arange(100.0) * 2)])
    drawn(plot, qtbot)
    ax = plot.figure.axes[0]
    x = _date_number(datetime.datetime(2024, 1, 1, 3, 21, tzinfo=UTC))  # nearest: 03:20, the 40th point
    px, py = ax.transData.transform((x, 50.0))
    height = plot.canvas.figure.bbox.height / plot.canvas.device_pixel_ratio
    position = QPointF(px / plot.canvas.device_pixel_ratio, height - py / plot.canvas.device_pixel_ratio)
    # Sent to the canvas itself: QTest.mouseMove moves the cursor, which another top-level window may cover.
    QApplication.sendEvent(plot.canvas, QMouseEvent(QEvent.Type.MouseMove, position, Qt.MouseButton.NoButton,
                                                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: "A:" in plot.value_label.text(), timeout=3000)
    text = plot.value_label.text()
    assert text.startswith("2024-01-01 03:2")
    ax.set_xlim(_date_number(datetime.datetime(2024, 1, 1, tzinfo=UTC)),
                _date_number(datetime.datetime(2024, 1, 1, 6, tzinfo=UTC)))
    drawn(plot, qtbot)
    labels = [label.get_text() for label in ax.get_xticklabels()]
    # The time axis speaks UTC on any machine: midnight UTC is the day's tick, then every hour.
    assert labels == ["Jan-01", "01:00", "02:00", "03:00", "04:00", "05:00", "06:00"]
    assert "A: 40 m, flagged" in text and "B: 80 m3/s" in text


def test_the_cursor_follows_the_temporal_controller(plot, qtbot, machine_tz):
    plot.set_series([series("A", "m", count=288)])
    controller = QgsTemporalNavigationObject()
    start = datetime.datetime(2024, 1, 1, tzinfo=UTC)
    controller.setTemporalExtents(QgsDateTimeRange(utc_qdatetime(start),
                                                   utc_qdatetime(start + datetime.timedelta(days=1))))
    controller.setFrameDuration(QgsInterval(3600))
    controller.setNavigationMode(ANIMATED)
    plot.follow_temporal_controller(controller)
    assert plot.cursor_time == start
    controller.setCurrentFrameNumber(5)
    assert plot.cursor_time == start + datetime.timedelta(hours=5)
    (cursor,) = [line for line in plot.figure.axes[0].get_lines() if line.get_linestyle() == "--"]
    assert cursor.get_xdata()[0] == pytest.approx(_date_number(start + datetime.timedelta(hours=5)))
    plot.set_cursor_time(None)
    assert not [line for line in plot.figure.axes[0].get_lines() if line.get_linestyle() == "--"]
    controller.setCurrentFrameNumber(7)
    assert plot.cursor_time == start + datetime.timedelta(hours=7)



def test_a_deleted_plot_stops_following_the_controller(qtbot):
    controller = QgsTemporalNavigationObject()
    received = []
    controller.updateTemporalRange.connect(lambda _range: received.append(True))
    plot = SeriesPlot()
    plot.set_series([series("A", "m")])
    plot.follow_temporal_controller(controller)
    assert controller.receivers(controller.updateTemporalRange) == 2
    sip.delete(plot)  # the C++ widget goes, as when its dock is closed and deleted
    assert controller.receivers(controller.updateTemporalRange) == 1
    controller.setNavigationMode(ANIMATED)  # reaches no deleted widget
    assert received


# ---------------------------------------------------------------------------------------------- saving


def test_the_plot_saves_as_png_and_svg_and_refuses_other_suffixes(plot, qtbot, tmp_path):
    plot.set_series([series("A", "m"), series("B", "m3/s")])
    drawn(plot, qtbot)
    png, svg = str(tmp_path / "plot.png"), str(tmp_path / "plot.svg")
    plot.save_image(png)
    image = QImage(png)
    assert not image.isNull() and image.width() > 500
    plot.save_image(svg)
    assert ET.parse(svg).getroot().tag.endswith("svg")
    with pytest.raises(InvalidRequestError) as caught:
        plot.save_image(str(tmp_path / "plot.jpg"))
    assert str(caught.value) == "A plot can be saved as .png or .svg, not as “.jpg”."
    assert sorted(os.listdir(tmp_path)) == ["plot.png", "plot.svg"]  # no partial file, no jpg


def test_a_failed_save_leaves_no_file(plot, qtbot, tmp_path, monkeypatch):
    plot.set_series([series("A", "m")])
    drawn(plot, qtbot)

    def broken(path, **kwargs):
        with open(path, "wb") as handle:
            handle.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(plot.figure, "savefig", broken)
    with pytest.raises(Exception) as caught:
        plot.save_image(str(tmp_path / "plot.png"))
    assert "No space left on device" in str(caught.value)
    assert os.listdir(tmp_path) == []


# ------------------------------------------------------------------------------- aggregates from Lizard


def runs(y):
    """How many unbroken stretches a line through ``y`` has (a NaN breaks it)."""
    ok = ~numpy.isnan(numpy.asarray(y, dtype="float64"))
    return int(ok[:1].sum()) + int(numpy.count_nonzero(ok[1:] & ~ok[:-1]))


def fetched_year(lizard, ts_uuid, start=None):
    """A year of the fake's series ``ts_uuid`` as the dock loads it (aggregates: over 4000 events)."""
    with LizardClient(lizard.base_url, retries=0, proxies={}) as client:
        info = describe(client.get("timeseries/{}/".format(ts_uuid)))
        end = info["end"] if start is None else start + datetime.timedelta(days=365)
        return fetch.load_series(client, info, end - datetime.timedelta(days=365), end)


def plotted_band(plot, qtbot, data):
    plot.set_series([data])
    drawn(plot, qtbot)
    ax = plot.figure.axes[0]
    (band,) = [c for c in ax.collections if isinstance(c, PolyCollection)]
    return lines(ax)[0], band


def test_a_year_of_complete_data_as_aggregates_is_one_unbroken_line_and_band(plot, qtbot, lizard):
    ts_uuid = stable_uuid("formula", 10)  # every 15 minutes for two years, no gaps, interval stated
    formula = lizard.data.formulas[ts_uuid]
    assert formula.step_ms == 900_000 and not formula.gaps
    data = fetched_year(lizard, ts_uuid)
    assert data.kind == AGGREGATE and data.window == "3hour" and 2900 < len(data) <= 4000
    assert data.interval == 3 * 3600.0  # the windows' spacing, not the series' 15 minutes
    line, band = plotted_band(plot, qtbot, data)
    assert runs(line.get_ydata()) == 1 and len(band.get_paths()) == 1


def test_aggregates_break_only_where_whole_windows_have_no_data(plot, qtbot, lizard):
    start = datetime.datetime(2015, 1, 1, tzinfo=UTC)
    data = fetched_year(lizard, TS_MILLION, start)  # 5-minute data; 1000 events are absent twice in 2015
    assert data.kind == AGGREGATE and data.interval == fetch.window_seconds(data.window)
    line, band = plotted_band(plot, qtbot, data)
    assert runs(line.get_ydata()) == 3 and len(band.get_paths()) == 3
    x, y = line.get_xdata(), line.get_ydata()
    five_minutes = datetime.timedelta(minutes=5)
    for first in (7000, 57000):  # the holes: events 7000-7999 and 57000-57999
        hole = (_date_number(start + first * five_minutes), _date_number(start + (first + 1000) * five_minutes))
        assert numpy.isnan(y[(x > hole[0]) & (x < hole[1])]).any()


# -------------------------------------------------------------------------------------------- decimation


def test_decimation_keeps_every_extreme_and_break_of_a_long_series():
    count = 105_120
    x = numpy.arange(count, dtype="float64")
    rng = numpy.random.default_rng(7)
    y = rng.normal(size=count)
    y[[12_345, 80_000]] = [50.0, -50.0]  # single spikes
    y[40_000:40_010] = numpy.nan
    kept = decimate(x, y, 0.0, float(count), 1000)
    assert len(kept) <= 5 * 1000 + 2
    assert {12_345, 80_000} <= set(kept.tolist())
    assert numpy.isnan(y[kept]).any()
    assert kept[0] == 0 and kept[-1] == count - 1
    assert (numpy.diff(kept) > 0).all()
    # every pixel column keeps its own min and max
    columns = (x[kept] * 1000 / count).astype(int)
    for column in (0, 123, 999):
        inside = slice(column * count // 1000, (column + 1) * count // 1000)
        assert numpy.nanmax(y[kept][columns == column]) == pytest.approx(numpy.nanmax(y[inside]), abs=1e-12) \
            or column * count % 1000


def test_zooming_in_draws_the_full_detail_of_the_visible_part(plot, qtbot):
    count = 105_120
    plot.set_series([series("A", "m", count=count, values=numpy.random.default_rng(1).normal(size=count))])
    drawn(plot, qtbot)
    (line,) = lines(plot.figure.axes[0])
    assert len(line.get_xdata()) < 20_000
    ax = plot.figure.axes[0]
    day = _date_number(datetime.datetime(2024, 6, 1, tzinfo=UTC))
    ax.set_xlim(day, day + 1.0 / 24)  # one hour: 12 points
    qtbot.waitUntil(lambda: len(line.get_xdata()) <= 20, timeout=3000)
    inside = [x for x in line.get_xdata() if day <= x <= day + 1.0 / 24]
    assert len(inside) == 13


def test_breaks_are_inserted_only_where_steps_exceed_the_threshold():
    x = numpy.array([0.0, 1.0, 2.0, 10.0, 11.0])
    assert gap_threshold(x, None) == 2.0
    bx, by, blow = with_breaks(x, numpy.ones(5), 2.0, numpy.zeros(5))
    assert list(bx) == [0.0, 1.0, 2.0, 6.0, 10.0, 11.0]
    assert numpy.isnan(by[3]) and numpy.isnan(blow[3])


def test_without_matplotlib_the_widget_says_so_in_one_sentence(qtbot, monkeypatch):
    from lizard_explorer.ui import plot as plot_module

    monkeypatch.setattr(plot_module, "matplotlib", None)
    widget = SeriesPlot()
    qtbot.addWidget(widget)
    widget.set_series([series("A", "m")])
    widget.set_cursor_time(datetime.datetime(2024, 1, 1, tzinfo=UTC))
    assert widget.message_label.text().startswith("The plot needs matplotlib")
    assert widget.canvas is None and widget.toolbar is None
