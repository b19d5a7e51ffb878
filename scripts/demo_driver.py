"""The demo's driver inside QGIS (scripts/demo.py starts QGIS with a startup script that calls
``demo.qgis_startup``): runs one shot of :mod:`demo_shots` on QGIS's event loop, reports progress and errors to
the files demo.py follows, and saves the screenshot. Helpers the shots share are here too.

Runs in QGIS's Python; imports QGIS only inside functions, like demo.py.
"""

import json
import os

from demo import SLUG, Deadline


class StepFailed(Exception):
    pass


class Driver:
    """Runs a scenario (a generator) on QGIS's event loop: every ``yield`` waits one tick of ``TICK_MS``.

    Errors never reach QGIS: they go to the log file and the status file that demo.py follows.
    """

    TICK_MS = 100
    TITLE_BAR = 26  # pixels: the title bar save() draws over a dialog

    def __init__(self, config):
        from qgis.PyQt.QtCore import QTimer

        self.config = config
        self.deadline = Deadline(config["timeout"])
        self.steps = self.scenario(config["shot"])()
        self.timer = QTimer()
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def scenario(self, shot):
        """The generator function of ``shot`` (the shots are in :class:`demo_shots.Shots`)."""
        raise NotImplementedError

    def tick(self):
        try:
            next(self.steps)
        except StopIteration:
            self.timer.stop()
        except Exception as exc:  # noqa: BLE001 - report, never crash QGIS
            import traceback

            self.timer.stop()
            self.log(traceback.format_exc())
            self.status("error", "{}: {}".format(type(exc).__name__, exc))

    # -------------------------------------------------------------------------------- reporting

    def log(self, text):
        with open(self.config["log"], "a", encoding="utf-8") as handle:
            handle.write(text.rstrip() + "\n")

    def status(self, event, message, **extra):
        self.log("[{}] {}".format(event, message))
        with open(self.config["status"], "a", encoding="utf-8") as handle:
            handle.write(json.dumps(dict(extra, event=event, message=message)) + "\n")

    # ---------------------------------------------------------------------------------- helpers

    def wait_for(self, what, condition):
        """Yield until ``condition()`` returns something true (returned), failing at the deadline."""
        while True:
            value = condition()
            if value:
                return value
            if self.deadline.expired():
                raise StepFailed("timed out waiting for {}".format(what))
            yield

    def settle(self, seconds=1.0):
        """Let QGIS process events and repaint for a moment."""
        for _ in range(int(seconds * 1000 / self.TICK_MS)):
            yield

    def plugin(self):
        import qgis.utils

        plugin = yield from self.wait_for("the plugin to load", lambda: qgis.utils.plugins.get(SLUG))
        self.status("progress", "the plugin is loaded")
        return plugin

    def main_window(self):
        from qgis.utils import iface

        window = iface.mainWindow()
        window.showNormal()
        window.resize(*self.config["window"])
        window.move(0, 0)
        window.raise_()
        window.activateWindow()
        return window

    def save(self, widget, overlays=(), **extra):
        """Screenshot ``widget``, with the windows in ``overlays`` (e.g. a dialog) painted over it where they
        are on the screen, each with a frame and a title bar (Xvfb has no window manager to draw them)."""
        from qgis.PyQt.QtCore import QPoint, QRect, Qt
        from qgis.PyQt.QtGui import QColor, QFont, QPainter

        path = self.config["screenshot"]
        os.makedirs(os.path.dirname(path), exist_ok=True)
        image = widget.grab()
        if overlays:
            painter = QPainter(image)
            origin = widget.mapToGlobal(QPoint(0, 0))
            for overlay in overlays:
                top_left = overlay.mapToGlobal(QPoint(0, 0)) - origin
                title = QRect(top_left.x(), top_left.y() - self.TITLE_BAR, overlay.width(), self.TITLE_BAR)
                painter.fillRect(title, QColor("#3b4252"))
                font = QFont(painter.font())
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor("white"))
                painter.drawText(title.adjusted(10, 0, -10, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, overlay.windowTitle())
                painter.drawPixmap(top_left, overlay.grab())
                painter.setPen(QColor("#3b4252"))
                painter.drawRect(QRect(title.topLeft(), overlay.geometry().size()).adjusted(
                    0, 0, -1, self.TITLE_BAR - 1))
            painter.end()
        if not image.save(path, "PNG"):
            raise StepFailed("could not save the screenshot to {}".format(path))
        self.status("screenshot", extra.pop("message", ""), path=path, **extra)

    @staticmethod
    def type_into(widget, text):
        from qgis.PyQt.QtTest import QTest

        widget.setFocus()
        QTest.keyClicks(widget, text)

    def message_bar_text(self):
        from qgis.utils import iface

        texts = []
        for item in iface.messageBar().items():
            texts.append(" ".join(filter(None, [item.title(), item.text()])))
        return "; ".join(texts)

    # -------------------------------------------------------------------------------- shared steps

    def search_served_raster(self, plugin, window):
        """Open the raster dock, search (``--search``) and select a raster the demo WMS serves; returns
        (the dock, its status line)."""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QAction

        yield from self.settle(0.5)
        for name, dock in plugin.docks.items():
            self.log("{} dock visible at start: {}".format(name, dock.isVisible()))
        for name, wanted in (("buildings", False), ("rasters", True)):
            action = window.findChild(QAction, "Lizard{}Action".format(name))
            if action is None:
                raise StepFailed("the plugin has no Lizard {} action".format(name))
            if action.isChecked() != wanted:
                action.trigger()  # what clicking its toolbar button does
        dock = plugin.docks["rasters"]
        yield from self.wait_for("the raster dock to show", dock.isVisible)
        window.resizeDocks([dock], [self.config["dock_width"]], Qt.Orientation.Horizontal)
        search = self.config["search"]
        if search:
            self.type_into(dock.search_edit, search)  # the dock searches after a short pause in typing
        else:
            dock.search()
        self.status("progress", "searching for {!r}".format(search))

        def results():
            status = dock.status.text()
            if dock.results.count() and "…" not in status:
                return status
            if dock.results.count() == 0 and status and "…" not in status:
                raise StepFailed("the search showed no results: {} {}".format(status, self.message_bar_text()))
            return None

        shown = yield from self.wait_for("search results in the dock", results)
        served = [row for row, obj in enumerate(dock.model.objects())
                  if (obj.get("wms_info") or {}).get("layer") in self.config["wms_layers"]]
        if not served:
            raise StepFailed("no result is served by the demo WMS ({})".format(", ".join(self.config["wms_layers"])))
        dock.results.setCurrentRow(served[0])  # a raster the demo's local WMS draws
        yield from self.settle()
        return dock, shown

    def add_first_result_to_map(self, dock):
        """What "Add to map" does for the selected raster; waits until the map has drawn it."""
        from qgis.core import QgsProject
        from qgis.utils import iface

        self.status("progress", "adding the first result to the map")
        dock.add_selected()
        def on_map():
            layers = QgsProject.instance().mapLayers()
            if not layers and not dock.adder.busy():
                raise StepFailed("adding to the map failed: {}".format(self.message_bar_text()))
            return layers

        layers = yield from self.wait_for("the raster on the map", on_map)
        layer = list(layers.values())[0]
        canvas = iface.mapCanvas()
        dock.zoom_to_selected()
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        self.status("progress", "drawing {}".format(layer.name()))
        yield from self.wait_for("the map to draw the layer", lambda: rendered or None)
        yield from self.settle()
        return layer.name()

    def show_only_dock(self, plugin, wanted):
        """Open the ``wanted`` dock with its toolbar button and close the other one; returns the dock."""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QAction

        window = self.main_window()
        for name in plugin.docks:
            action = window.findChild(QAction, "Lizard{}Action".format(name))
            if action is None:
                raise StepFailed("the plugin has no Lizard {} action".format(name))
            if action.isChecked() != (name == wanted):
                action.trigger()  # what clicking its toolbar button does
        dock = plugin.docks[wanted]
        yield from self.wait_for("the {} dock to show".format(wanted), dock.isVisible)
        window.resizeDocks([dock], [self.config["dock_width"]], Qt.Orientation.Horizontal)
        return dock

    @staticmethod
    def make_demo_geotiff(path, width=200, height=150):
        """A small single-band float32 GeoTIFF in EPSG:28992 near Lochem: a smooth "rainfall" field, NODATA -9999
        in one corner."""
        import numpy
        from osgeo import gdal, osr

        rows, cols = numpy.mgrid[0:height, 0:width].astype("float32")
        values = (12.0 + 6.0 * numpy.exp(-(((cols - 0.6 * width) / (0.3 * width)) ** 2
                                           + ((rows - 0.4 * height) / (0.35 * height)) ** 2))
                  + 2.0 * numpy.sin(cols / 17.0) * numpy.cos(rows / 23.0)).astype("float32")
        values[(rows + cols) < 25] = -9999.0  # some NODATA, so the file shows it has some
        driver = gdal.GetDriverByName("GTiff")
        dataset = driver.Create(path, width, height, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "TILED=YES"])
        dataset.SetGeoTransform((224000.0, 10.0, 0.0, 467500.0, 0.0, -10.0))  # 2 x 1.5 km around Lochem
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(28992)
        dataset.SetProjection(srs.ExportToWkt())
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(-9999.0)
        band.WriteArray(values)
        band.FlushCache()
        dataset = None  # closes (writes) the file
        return path
