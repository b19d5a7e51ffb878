#!/usr/bin/env python3
"""Plot benchmark: one year of 5-minute data (105,120 points) in the series plot, against matplotlib drawing the
same points undecimated, in the same run.

Usage: bench/plot.py [--repeat N] [--points N]   (make bench runs it)

Starts QGIS (offscreen) and, per run, a new widget of 1000 × 600 pixels:

- ``SeriesPlot``: ``ui.plot.SeriesPlot.set_series`` of one SeriesData (a year of 5-minute values with a
  two-day gap, a few missing values and 1 % flagged), until matplotlib's first completed draw; then five
  zooms and pans (``set_xlim``: a month, a week, a day, a pan, the whole year back), each until its redraw
  (the plot draws from the full arrays again, decimated to the new range).
- ``matplotlib (undecimated)``: the reference: a ``Figure`` on the same Qt canvas class with ``ax.plot`` of
  all points, the same zooms.

Meanwhile a 10 ms ``QTimer`` on the main thread records the largest gap between its ticks: how long the GUI
stalled at worst, while drawing and while zooming. Targets (issue #13): first draw ≤ 1 s, no stall over
100 ms. The figures are reported, not asserted. See bench/README.md.
"""

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from run import import_paths, peak_rss_mib  # noqa: E402

TARGET_FIRST_DRAW_S = 1.0
TARGET_GAP_MS = 100.0
POINTS = 105_120  # a year of 5-minute values
SIZE = (1000, 600)
DAY = 1.0  # matplotlib date numbers are days


def make_series(points):
    import numpy
    from lizard_explorer.core.series import SeriesData

    rng = numpy.random.default_rng(13)
    start = numpy.datetime64("2025-01-01T00:00:00", "ms")
    times = start + numpy.arange(points, dtype="int64") * numpy.timedelta64(300_000, "ms")
    times[points // 2:] += numpy.timedelta64(2, "D")  # two days without data
    values = 1.5 + numpy.sin(numpy.arange(points) / 2000.0) + rng.normal(scale=0.05, size=points)
    values[rng.integers(0, points, 50)] = numpy.nan
    flagged = rng.random(points) < 0.01
    return SeriesData(uuid="bench", label="Water level", unit="m", parameter="Water level", interval=300.0,
                      times=times, values=values, flagged=flagged)


class Heartbeat:
    """A 10 ms QTimer on the main thread; ``gap`` is the largest interval between ticks since ``reset()``."""

    def __init__(self):
        from qgis.PyQt.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.last, self.gap = None, 0.0

    def tick(self):
        now = time.perf_counter()
        if self.last is not None:
            self.gap = max(self.gap, now - self.last)
        self.last = now

    def reset(self):
        self.last, self.gap = time.perf_counter(), 0.0

    def start(self):
        self.timer.start()
        self.reset()

    def stop(self):
        self.tick()
        self.timer.stop()
        return self.gap * 1000.0


def wait_for_draw(canvas, action, timeout=60.0):
    """Run ``action()``, then the event loop until ``canvas`` has completed a draw; returns the seconds."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    done = {}

    def drawn(_event):
        done.setdefault("at", time.perf_counter())
        loop.quit()

    connection = canvas.mpl_connect("draw_event", drawn)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    start = time.perf_counter()
    action()
    if "at" not in done:
        loop.exec()
    canvas.mpl_disconnect(connection)
    if "at" not in done:
        raise SystemExit("no draw within {} s".format(timeout))
    return done["at"] - start


def zoom_ranges(x0, x1):
    month, week = 30 * DAY, 7 * DAY
    middle = x0 + (x1 - x0) / 2
    return [(middle, middle + month), (middle, middle + week), (middle + 2, middle + 3), (middle + 3, middle + 4),
            (x0, x1)]


def points_drawn(figure):
    return sum(len(line.get_xdata()) for ax in figure.axes for line in ax.get_lines())


def run_series_plot(series):
    """One SeriesPlot run: (first draw s, stall while drawing ms, zoom redraws s, stall while zooming ms,
    points drawn)."""
    from lizard_explorer.ui.plot import SeriesPlot

    widget = SeriesPlot()
    widget.resize(*SIZE)
    widget.show()
    heartbeat = Heartbeat()
    heartbeat.start()
    first = wait_for_draw(widget.canvas, lambda: widget.set_series([series]))
    draw_gap = heartbeat.stop()
    drawn = points_drawn(widget.figure)
    ax = widget.figure.axes[0]
    heartbeat.start()
    zooms = [wait_for_draw(widget.canvas, lambda r=r: ax.set_xlim(*r))
             for r in zoom_ranges(*ax.get_xlim())]
    zoom_gap = heartbeat.stop()
    widget.close()
    widget.deleteLater()
    return first, draw_gap, zooms, zoom_gap, drawn


def run_reference(series):
    """The same points drawn by matplotlib as they are (no decimation), in the same Qt canvas class."""
    from lizard_explorer.ui.plot import _date_numbers
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(SIZE[0] / 100.0, SIZE[1] / 100.0), layout="constrained")
    canvas = FigureCanvasQTAgg(figure)
    canvas.resize(*SIZE)
    canvas.show()
    x = _date_numbers(series.times)

    def draw():
        ax = figure.add_subplot(1, 1, 1)
        ax.xaxis_date()
        ax.plot(x, series.values, linewidth=1.2)
        canvas.draw_idle()

    heartbeat = Heartbeat()
    heartbeat.start()
    first = wait_for_draw(canvas, draw)
    draw_gap = heartbeat.stop()
    ax = figure.axes[0]

    def zoom(r):
        ax.set_xlim(*r)
        canvas.draw_idle()

    heartbeat.start()
    zooms = [wait_for_draw(canvas, lambda r=r: zoom(r)) for r in zoom_ranges(*ax.get_xlim())]
    zoom_gap = heartbeat.stop()
    drawn = points_drawn(figure)
    canvas.close()
    canvas.deleteLater()
    return first, draw_gap, zooms, zoom_gap, drawn


def summarise(name, runs):
    return {
        "name": name,
        "first": statistics.median(r[0] for r in runs),
        "firsts": [r[0] for r in runs],
        "draw_gap": max(r[1] for r in runs),
        "zoom": statistics.median(z for r in runs for z in r[2]),
        "zoom_gap": max(r[3] for r in runs),
        "points": runs[0][4],
    }


def print_table(rows, points, baseline_rss):
    header = ("tool", "points drawn", "first draw s", "zoom redraw s", "max GUI gap ms (draw)",
              "max GUI gap ms (zoom)", "runs: first draw (s)")
    lines = [(r["name"], "{:,}".format(r["points"]), "{:.3f}".format(r["first"]), "{:.3f}".format(r["zoom"]),
              "{:.0f}".format(r["draw_gap"]), "{:.0f}".format(r["zoom_gap"]),
              " ".join("{:.3f}".format(t) for t in r["firsts"])) for r in rows]
    widths = [max(len(str(row[i])) for row in [header] + lines) for i in range(len(header))]

    def line(cells):
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(cells, widths)))

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in lines:
        print(line(row))
    print()
    print("{:,} points in; first draw: set_series (or ax.plot) until matplotlib's first completed draw, median of "
          "the runs; zoom redraw: set_xlim until the redraw, median of all zooms; max GUI gap: the largest interval "
          "between two ticks of a 10 ms QTimer on the main thread (worst of the runs). Peak RSS {:.0f} MiB before, "
          "{:.0f} MiB after.".format(points, baseline_rss, peak_rss_mib()))
    plot = rows[0]
    print("target first draw ≤ {:.1f} s, SeriesPlot: {:.3f} s → {}".format(
        TARGET_FIRST_DRAW_S, plot["first"], "MET" if plot["first"] <= TARGET_FIRST_DRAW_S else "NOT MET"))
    worst = max(plot["draw_gap"], plot["zoom_gap"])
    print("target GUI gap ≤ {:.0f} ms, SeriesPlot (drawing and zooming): {:.0f} ms → {}".format(
        TARGET_GAP_MS, worst, "MET" if worst <= TARGET_GAP_MS else "NOT MET"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--points", type=int, default=POINTS)
    args = parser.parse_args(argv)

    import_paths()
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], True)
        app.initQgis()
    import matplotlib

    series = make_series(args.points)
    print("Plot: {:,} points (a year of 5-minute values), widget {} × {} px, matplotlib {}, {} runs each\n".format(
        len(series), SIZE[0], SIZE[1], matplotlib.__version__, args.repeat))
    baseline_rss = peak_rss_mib()
    run_series_plot(make_series(1000))  # warm-up: imports, fonts, the first figure
    plot_runs, reference_runs = [], []
    for _ in range(args.repeat):  # interleaved, so both see the same load on the machine
        plot_runs.append(run_series_plot(series))
        reference_runs.append(run_reference(series))
    print_table([summarise("SeriesPlot", plot_runs), summarise("matplotlib (undecimated)", reference_runs)],
                len(series), baseline_rss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
