#!/usr/bin/env python3
"""GUI-stall benchmark of the "Lizard timeseries" dock: how long the GUI thread stalls at worst while the dock
finds 2,000 locations and plots the 1,000,000-event series.

Usage: bench/timeseries_gui.py [--repeat N]   (make bench runs it)

Starts the fake Lizard in its own process (2,000 locations, 5,000 series, one of 1,000,000 events every 5
minutes) and QGIS (offscreen) with the dock on a bare map canvas, then per run, as a user would:

- ``search: points on the map``: "Search" in a map extent holding all of the fake's locations, maximum All:
  every page of locations streams into the "Lizard locations" layer, until all of them are there (the dock's
  ``search_located``);
- ``search: series counted``: then each location's number of series is asked (eight requests at a time) in
  the task and filled into the layer and the table, until the search ends;
- ``list the series``: the series of the 1,000,000-event series' location;
- ``plot: last 30 days`` / ``plot: a year`` / ``plot: all``: that series selected and plotted for the default
  period, then with the presets year and all (aggregates: at most 4,000 windows each).

Meanwhile a 10 ms ``QTimer`` on the main thread records the largest gap between its ticks (bench/plot.py's
``Heartbeat``). Target (issue #13): no stall over 100 ms. The figures are reported, not asserted; see
bench/README.md.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from plot import Heartbeat  # noqa: E402
from run import import_paths, peak_rss_mib  # noqa: E402
from timeseries import TS_MILLION, start_fake_lizard  # noqa: E402

TARGET_GAP_MS = 100.0
EXTENT = (3.0, 50.0, 8.0, 54.0)  # around all of the fake's locations
TIMEOUT_S = 300


class Iface:
    """What the dock asks of QGIS's iface, on a bare canvas."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas, QgsMessageBar

        self.canvas = QgsMapCanvas()
        self.canvas.resize(800, 600)
        self.bar = QgsMessageBar()
        self.window = None

    def mapCanvas(self):  # noqa: N802 - QGIS API
        return self.canvas

    def messageBar(self):  # noqa: N802 - QGIS API
        return self.bar

    def activeLayer(self):  # noqa: N802 - QGIS API
        return None

    def mainWindow(self):  # noqa: N802 - QGIS API
        return self.window


def wait(signal, action, timeout=TIMEOUT_S):
    """Run ``action()``, then the event loop until ``signal`` fires; returns the seconds."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired = {}

    def done(*_args):
        fired.setdefault("at", time.perf_counter())
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    start = time.perf_counter()
    action()
    if "at" not in fired:
        loop.exec()
    signal.disconnect(done)
    if "at" not in fired:
        raise SystemExit("nothing happened within {} s".format(timeout))
    return fired["at"] - start


def counted(layer):
    """How many features of ``layer`` have their number of series."""
    from qgis.core import NULL

    if layer is None:
        return 0
    return sum(1 for f in layer.getFeatures() if f["timeseries_count"] is not None and f["timeseries_count"] != NULL)


def one_run(iface, location_uuid):
    """One run, a fresh dock: [(phase, seconds, largest gap ms, what it shows)]."""
    from lizard_explorer.ui.timeseries_dock import TimeseriesDock
    from qgis.core import QgsProject

    QgsProject.instance().removeAllMapLayers()
    dock = TimeseriesDock(iface)
    dock.resize(620, 900)
    dock.show()
    dock.max_spin.setValue(0)  # All
    heartbeat = Heartbeat()
    phases = []

    def phase(name, signal, action, shows):
        heartbeat.start()
        seconds = wait(signal, action)
        phases.append((name, seconds, heartbeat.stop(), shows()))

    try:
        phase("search: points on the map", dock.search_located, dock.search,
              lambda: "{} locations".format(dock.layer.featureCount() if dock.layer is not None else 0))
        phase("search: series counted", dock.search_ended, lambda: None,
              lambda: "{} counted".format(counted(dock.layer)))
        phase("list the series", dock.series_listed, lambda: dock.list_series([location_uuid]),
              lambda: "{} series".format(dock.series_model.rowCount()))

        def plotted():
            series = dock.plot.series
            return "; ".join("{} {} points{}".format(s.kind, len(s), " per " + s.window if s.window else "")
                             for s in series) or dock.plot_status.text()

        phase("plot: last 30 days", dock.plot_ended, lambda: dock.select_series(TS_MILLION), plotted)
        phase("plot: a year", dock.plot_ended, lambda: dock.set_period_preset("year"), plotted)
        phase("plot: all", dock.plot_ended, lambda: dock.set_period_preset("all"), plotted)
    finally:
        dock.cancel()
        dock.deleteLater()
    return phases


def print_table(runs):
    names = [name for name, _s, _g, _w in runs[0]]
    header = ("phase", "seconds (median)", "max GUI gap ms (worst)", "gaps of the runs", "shows")
    rows = []
    for index, name in enumerate(names):
        seconds = sorted(run[index][1] for run in runs)[len(runs) // 2]
        gaps = [run[index][2] for run in runs]
        rows.append((name, "{:.2f}".format(seconds), "{:.0f}".format(max(gaps)),
                     " ".join("{:.0f}".format(g) for g in gaps), runs[-1][index][3]))
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]

    def line(cells):
        return "  ".join(cell.ljust(w) if i in (0, 4) else cell.rjust(w)
                         for i, (cell, w) in enumerate(zip(cells, widths)))

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    print()
    worst = max(run[index][2] for run in runs for index in range(len(names)))
    print("max GUI gap: the largest interval between two ticks of a 10 ms QTimer on the main thread during the "
          "phase (worst of the runs).")
    print("target GUI gap ≤ {:.0f} ms, timeseries dock: {:.0f} ms → {}".format(
        TARGET_GAP_MS, worst, "MET" if worst <= TARGET_GAP_MS else "NOT MET"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import_paths()
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsRectangle

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], True)
        app.initQgis()
    server, base_url = start_fake_lizard(100)
    try:
        os.environ["LIZARD_URL"] = base_url
        import requests

        series = requests.get("{}/api/v4/timeseries/{}/".format(base_url, TS_MILLION), timeout=30).json()
        location_uuid = series["location"]["uuid"]
        iface = Iface()
        iface.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        iface.canvas.setExtent(QgsRectangle(*EXTENT))
        print("Timeseries dock GUI stalls: fake Lizard (own process) at {}; {} run(s), each with a new dock".format(
            base_url, args.repeat))
        print("peak RSS before: {:.0f} MiB\n".format(peak_rss_mib()))
        runs = [one_run(iface, location_uuid) for _ in range(args.repeat)]
        print_table(runs)
        print("peak RSS after: {:.0f} MiB".format(peak_rss_mib()))
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
