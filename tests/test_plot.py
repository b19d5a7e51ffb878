"""The series plot as a user sees it: axes per unit, gaps, flags, aggregate bands, the cursor, saving."""

import datetime

import numpy
import pytest
from matplotlib.collections import PolyCollection

from lizard_explorer.core.errors import InvalidRequestError
from lizard_explorer.core.timeseries.series import AGGREGATE, SeriesData
from lizard_explorer.ui.plot import SeriesPlot

UTC = datetime.timezone.utc
START = numpy.datetime64("2024-01-01T00:00:00", "ms")


def series(label, unit, count=100, step_s=300, start=START, values=None, **kwargs):
    times = start + numpy.arange(count, dtype="int64") * numpy.timedelta64(step_s * 1000, "ms")
    if values is None:
        values = numpy.sin(numpy.arange(count) / 10.0)
    return SeriesData(uuid=label, label=label, unit=unit, parameter="Level", interval=float(step_s), times=times,
                      values=numpy.asarray(values, dtype="float64"), **kwargs)


@pytest.fixture
def plot(qtbot):
    widget = SeriesPlot()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drawn_lines(plot):
    return [line for ax in plot.figure.axes for line in ax.get_lines() if line.get_label() != "_nolegend_"]


def test_two_units_get_two_y_axes_sharing_time(plot, qtbot):
    plot.set_series([series("A", "m"), series("B", "m3/s"), series("C", "m")])
    qtbot.waitUntil(lambda: plot.canvas.renderer is not None if hasattr(plot.canvas, "renderer") else True)
    axes = plot.figure.axes
    assert len(axes) == 2
    assert axes[0].get_ylabel() == "Level (m)" and axes[1].get_ylabel() == "Level (m3/s)"
    assert axes[0].bbox.bounds == axes[1].bbox.bounds  # twin: one plot area, a second scale on the right
    legend = [text.get_text() for text in axes[0].get_legend().get_texts()]
    assert legend == ["A (m)", "C (m)", "B (m3/s)"]
    assert axes[0].get_xlabel() == "Time (UTC)"
    assert len(plot.series) == 3
