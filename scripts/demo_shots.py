"""The demo's shots, inside QGIS: each a generator that drives the GUI one step per tick of the
:class:`demo_driver.Driver` (see demo.py's docstring for what each shows).
"""

import os

from demo import (
    AREA_BOX,
    DOWNLOAD_AREA,
    DOWNLOAD_FILE,
    LAYERS_WIDTH,
    SCENARIO_RESULT,
    SCENARIO_SEARCH,
    UPLOAD_NAME,
    UPLOAD_ORGANISATION,
    VALUES_POINT,
    VALUES_RASTERS,
)
from demo_driver import Driver, StepFailed


class Shots(Driver):
    """The shots by name (``--shot``)."""

    def scenario(self, shot):
        return {"rasters": self.rasters_scenario, "settings": self.settings_scenario,
                "buildings": self.buildings_scenario, "upload": self.upload_scenario,
                "download": self.download_scenario, "timeseries": self.timeseries_scenario,
                "values": self.values_scenario, "area": lambda: self.values_scenario(area=True),
                "scenarios": self.scenarios_scenario}[shot]

    def rasters_scenario(self):
        plugin = yield from self.plugin()
        window = self.main_window()
        dock, shown = yield from self.search_served_raster(plugin, window)
        added = yield from self.add_first_result_to_map(dock)
        self.save(window, message="raster dock: {}; on the map: {}".format(shown, added),
                  results=dock.results.count())

    def buildings_scenario(self):
        """Buildings in the map extent around Rijswijk: count, load into a layer, pick one in the table."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "buildings")
        canvas = iface.mapCanvas()
        QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        canvas.setExtent(QgsRectangle(478600, 6803500, 481000, 6805600))  # Rijswijk (Z-H): about 500 buildings
        dock.set_area_mode("extent")
        yield from self.settle(0.5)
        counted = []
        dock.counted.connect(lambda: counted.append(True))
        dock.count()
        self.status("progress", "counting buildings")
        yield from self.wait_for("the count", lambda: counted or None)
        ended = []
        dock.load_ended.connect(lambda: ended.append(True))
        dock.load()
        self.status("progress", "loading buildings")
        yield from self.wait_for("the buildings to load", lambda: ended or None)
        layers = list(QgsProject.instance().mapLayers().values())
        if not layers or not layers[0].featureCount():
            raise StepFailed("no buildings were loaded: {} {}".format(dock.status.text(), self.message_bar_text()))
        canvas.refresh()
        yield from self.settle(1.5)
        self.save(window, message="buildings: {} in {}".format(layers[0].featureCount(), layers[0].name()))

    def settings_scenario(self):
        import importlib

        plugin = yield from self.plugin()
        window = self.main_window()
        module = importlib.import_module(type(plugin).__module__.rsplit(".", 1)[0] + ".ui.settings_dialog")
        dialog = module.SettingsDialog(window)
        plugin.settings_dialog = dialog  # keep it alive (and where the plugin keeps its own)
        dialog.show()
        dialog.raise_()
        yield from self.settle(0.5)
        self.type_into(dialog.form.key_edit, self.config["key"])
        dialog.form.test_button.click()
        self.status("progress", "testing the connection")
        yield from self.wait_for("the connection test", lambda: dialog.form.test_button.isEnabled())
        report = dialog.form.report
        if report is None or not report.ok or not report.username:
            raise StepFailed("the connection test did not accept the key: " + dialog.form.result_label.text())
        dialog.adjustSize()
        yield from self.settle()
        self.save(dialog, message="settings: " + " ".join(report.lines()))

    def upload_scenario(self):
        """The raster upload dialog: a demo GeoTIFF into a new rastersource, until Lizard has processed it."""
        import importlib

        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        module = importlib.import_module(type(plugin).__module__.rsplit(".", 1)[0] + ".ui.upload_raster_dialog")
        dialog = module.RasterUploadDialog(iface, layer=None, parent=window)
        plugin.upload_dialogs["raster"] = dialog  # keep it alive (where the plugin keeps its own)
        if isinstance(getattr(dialog, "poll", None), dict):
            dialog.poll = {"first": 0.2, "maximum": 0.5}  # check the processing task often: a short demo
        dialog.show()
        dialog.raise_()
        yield from self.settle(0.5)
        path = self.make_demo_geotiff(os.path.join(self.config["workdir"], "neerslag_lochem.tif"))
        dialog.add_file(path)
        dialog.new_radio.click()  # what choosing "A new rastersource" does; starts loading the organisations
        self.type_into(dialog.name_edit, UPLOAD_NAME)
        self.status("progress", "loading the organisations")
        combo = dialog.organisation_combo

        def organisation():
            for index in range(combo.count()):
                if combo.itemText(index).startswith(UPLOAD_ORGANISATION):
                    return index + 1  # true also for the first item
            if combo.count() or dialog.error_label.isVisible():
                raise StepFailed("no organisation {!r} to choose: [{}] {}".format(
                    UPLOAD_ORGANISATION, ", ".join(combo.itemText(i) for i in range(combo.count())),
                    dialog.error_label.text()))
            return None

        combo.setCurrentIndex((yield from self.wait_for("the organisations", organisation)) - 1)
        yield from self.settle(0.5)
        if not dialog.upload_button.isEnabled():
            raise StepFailed("Upload is not enabled: " + dialog.reason_label.text())
        dialog.upload_button.click()
        self.status("progress", "uploading {} into a new rastersource {!r} of {}".format(
            os.path.basename(path), UPLOAD_NAME, combo.currentText()))
        seen = []

        def uploaded():
            state = dialog.state_of(0)
            if state and (not seen or seen[-1] != state):
                seen.append(state)
                self.log("file state: " + state)
            if dialog.busy():
                return None
            if dialog.error is not None or state != "done":
                raise StepFailed("the upload did not succeed: {} {} {}".format(
                    state, dialog.status_label.text(), dialog.error_label.text()))
            return state

        yield from self.wait_for("the upload to end", uploaded)
        yield from self.wait_for("the offer to create a raster layer", dialog.layer_box.isVisible)
        yield from self.wait_for("the observation types", lambda: dialog.observation_combo.count() > 0)
        hint = dialog.sizeHint()
        dialog.resize(max(hint.width(), 560), hint.height())  # just what it shows, wide enough to read
        yield from self.settle()
        self.save(dialog, message="upload: {} into {!r}: {}; {}".format(
            os.path.basename(path), (dialog.created_source or {}).get("name"), dialog.state_of(0),
            dialog.status_label.text()), states=seen)

    def download_scenario(self):
        """The raster download dialog: a small part of the Lochem raster (or another one the demo WMS draws) as a
        GeoTIFF, for the map canvas extent, until the file is done and on the map."""
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsLayerTree,
            QgsProject,
            QgsRectangle,
        )
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDockWidget
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock, _shown = yield from self.search_served_raster(plugin, window)
        layers_dock = window.findChild(QDockWidget, "Layers")
        if layers_dock is not None:
            # As much room for the group's name as the dock's and the map's minimum widths leave.
            window.resizeDocks([layers_dock, dock], [LAYERS_WIDTH, 0], Qt.Orientation.Horizontal)
            yield from self.settle(0.5)
        raster = dock.selected_objects()[0]
        if raster.get("access_modifier") != "Public":
            raise StepFailed("{} is {}: the demo downloads without an API key".format(
                raster.get("name"), raster.get("access_modifier")))
        added = yield from self.add_first_result_to_map(dock)

        # Zoom in on DOWNLOAD_AREA around the raster's centre, in its native CRS: a few hundred of its pixels.
        canvas = iface.mapCanvas()
        native = QgsCoordinateReferenceSystem(raster["projection"])
        x = (raster["origin_x"] + raster["upper_bound_x"]) / 2.0
        y = (raster["origin_y"] + raster["upper_bound_y"]) / 2.0
        width, height = DOWNLOAD_AREA
        area = QgsRectangle(x - width / 2, y - height / 2, x + width / 2, y + height / 2)
        transform = QgsCoordinateTransform(native, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        canvas.setExtent(transform.transformBoundingBox(area))
        canvas.refresh()
        self.status("progress", "zoomed in on {:.0f} × {:.0f} m (or a little more: the map's shape) in the middle "
                    "of {} (pixels of {:g} m)".format(width, height, added, abs(raster["pixelsize_x"])))
        yield from self.settle()

        dock.download_action.trigger()  # what clicking "Download…" does
        dialog = dock.download_dialogs[-1] if dock.download_dialogs else None
        if dialog is None or not dialog.isVisible():
            raise StepFailed("Download… opened no dialog")
        if isinstance(getattr(dialog, "poll", None), dict):
            dialog.poll = {"first": 0.2, "maximum": 0.5}  # check Lizard's export task often: a short demo
        dialog.set_area_mode("extent")  # "Map canvas extent" (the default)
        path = os.path.join(self.config["workdir"], DOWNLOAD_FILE)
        dialog.output_widget.setFilePath(path)
        yield from self.wait_for("the download's size", lambda: dialog.plan is not None or dialog.error is not None)
        if not dialog.download_button.isEnabled():
            raise StepFailed("Download is not enabled: {} {}".format(
                dialog.reason_label.text(), dialog.error_label.text()))
        self.status("progress", "downloading: " + dialog.summary_label.text())
        dialog.download_button.click()
        seen = []

        def downloaded():
            state = dialog.state_of(0)
            if state and (not seen or seen[-1] != state):
                seen.append(state)
                self.log("file state: " + state)
            if dialog.busy():
                return None
            if dialog.error is not None or state != "done" or not dialog.result_paths:
                raise StepFailed("the download did not succeed: {} {} {}".format(
                    state, dialog.status_label.text(), dialog.error_label.text()))
            return state

        yield from self.wait_for("the download to end", downloaded)
        name = dialog.raster_name()

        def group():
            root = QgsProject.instance().layerTreeRoot()
            return next((node for node in root.children()
                         if QgsLayerTree.isGroup(node) and node.name() == name and node.findLayers()), None)

        group = yield from self.wait_for("the group {!r} in the layer tree".format(name), group)
        iface.layerTreeView().expandAll()
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        yield from self.wait_for("the map to draw the download", lambda: rendered or None)

        # The dialog over the dock (which shows nothing new now): the map and the layer tree stay visible.
        hint = dialog.sizeHint()
        geometry = window.geometry()
        dialog.resize(max(hint.width(), 600), min(hint.height(), geometry.height() - 80))
        dialog.move(geometry.right() - dialog.width() - 8, geometry.bottom() - dialog.height() - 40)
        dialog.raise_()
        yield from self.settle()
        self.save(window, overlays=[dialog], message="download: {} of {!r} into group {!r}: {}; {}".format(
            os.path.basename(dialog.result_paths[0]), name, group.name(), dialog.state_of(0),
            dialog.status_label.text()), states=seen, summary=dialog.summary_label.text())

    def timeseries_scenario(self):
        """The timeseries dock: Lizard's locations in the map extent, one with data picked on the map with
        "Pick a Lizard location", its series plotted (the last 30 days of data)."""
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsPointXY,
            QgsProject,
            QgsRectangle,
            QgsSettings,
        )
        from qgis.PyQt.QtCore import QPoint, Qt
        from qgis.PyQt.QtTest import QTest
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "timeseries")
        canvas = iface.mapCanvas()
        mercator, wgs84 = QgsCoordinateReferenceSystem("EPSG:3857"), QgsCoordinateReferenceSystem("EPSG:4326")
        # Keep the map in web mercator when the locations layer comes (by default QGIS gives an empty project
        # the CRS of its first layer); only this throw-away profile's setting changes.
        QgsSettings().setValue("/projections/newProjectCrsBehavior", "UsePresetCrs", QgsSettings.App)
        QgsProject.instance().setCrs(mercator)
        canvas.setDestinationCrs(mercator)
        to_map = QgsCoordinateTransform(wgs84, mercator, QgsProject.instance())
        canvas.setExtent(to_map.transformBoundingBox(QgsRectangle(3.3, 50.7, 7.3, 53.6)))  # the Netherlands
        canvas.refresh()
        yield from self.settle(0.5)
        signals = {"search": [], "series": [], "plot": []}
        dock.search_ended.connect(lambda: signals["search"].append(True))
        dock.series_listed.connect(lambda: signals["series"].append(True))
        dock.plot_ended.connect(lambda: signals["plot"].append(True))
        dock.max_spin.setValue(0)  # All
        dock.search_button.click()
        self.status("progress", "searching locations in the map extent")
        yield from self.wait_for("the location search", lambda: signals["search"] or None)
        layer = dock.layer
        if layer is None or not layer.featureCount():
            raise StepFailed("no locations were found: {} {}".format(dock.status.text(), self.message_bar_text()))

        # The location whose series has the most data in its last 30 days is what a user would pick.
        with_data = []  # (feature, series row) with events, the most frequent first
        for feature in sorted(layer.getFeatures(), key=lambda f: -(f["timeseries_count"] or 0))[:40]:
            if not feature["timeseries_count"] or not feature.hasGeometry():
                continue
            signals["series"].clear()
            dock.list_series([feature["uuid"]])
            yield from self.wait_for("the series of {}".format(feature["code"]), lambda: signals["series"] or None)
            with_data += [(feature, row) for row in dock.series_model.rows() if row["end"] is not None]
            if any(row["interval"] and row["interval"] <= 3600 for _feature, row in with_data):
                break
        if not with_data:
            raise StepFailed("no location in the extent has a series with data")
        feature, row = min(with_data, key=lambda pair: pair[1]["interval"] or float("inf"))
        # (The project may have taken the CRS of its first layer, the locations': ask the canvas.)
        to_canvas = QgsCoordinateTransform(wgs84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        point = to_canvas.transform(feature.geometry().asPoint())
        pixel = canvas.getCoordinateTransform().transform(QgsPointXY(point))
        layer.removeSelection()  # as the user starts: nothing selected, no series listed
        dock.list_series([])
        signals["series"].clear()
        dock.pick_button.click()  # "Pick a Lizard location", then a click on the point on the map
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(round(pixel.x()), round(pixel.y())))
        self.status("progress", "picked {} on the map".format(feature["code"]))
        yield from self.wait_for("the picked location's series", lambda: signals["series"] or None)
        self.status("progress", "series: {}".format(dock.series_status.text()))
        signals["plot"].clear()
        dock.select_series(row["uuid"])
        self.status("progress", "plotting {} ({})".format(row["name"], row["uuid"]))
        yield from self.wait_for("the plot", lambda: signals["plot"] or None)
        if not dock.plot.series or not len(dock.plot.series[0]):
            raise StepFailed("nothing was plotted: {} {}".format(dock.plot_status.text(), self.message_bar_text()))
        dock.find_box.setCollapsed(True)  # as a user does once the locations are on the map: room for the plot
        canvas.refresh()
        yield from self.settle(1.5)
        self.save(window, message="timeseries: {}; {} picked; {}".format(
            dock.status.text(), feature["code"], dock.plot_status.text()))

    def values_scenario(self, area=False):
        """"Lizard value at point": two Lochem rasters on the map (one temporal), a click in Lochem with the
        tool, the dock with both values and the temporal one's values through time plotted; with ``area`` a
        rectangle dragged in Lochem instead, the dock with both rasters' mean, min and max over it."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
        from qgis.PyQt.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, Qt
        from qgis.PyQt.QtGui import QMouseEvent
        from qgis.PyQt.QtTest import QTest
        from qgis.PyQt.QtWidgets import QAction, QApplication
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "rasters")
        self.type_into(dock.search_edit, "Lochem")
        self.status("progress", "searching for 'Lochem'")

        def found():
            names = [obj.get("name") for obj in dock.model.objects()]
            if all(name in names for name in VALUES_RASTERS) and "…" not in dock.status.text():
                return names
            return None

        names = yield from self.wait_for("both Lochem rasters in the results", found)
        canvas = iface.mapCanvas()
        for name in VALUES_RASTERS:  # one at a time, in the order of the layer tree's bottom to top
            row = names.index(name)
            dock.results.selectionModel().select(
                dock.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            count = len(QgsProject.instance().mapLayers())
            dock.add_selected()
            self.status("progress", "adding {} to the map".format(name))

            def added(count=count):
                if len(QgsProject.instance().mapLayers()) > count:
                    return True
                if not dock.adder.busy():
                    raise StepFailed("adding to the map failed: {}".format(self.message_bar_text()))
                return None

            yield from self.wait_for("{} on the map".format(name), added)
        dock.zoom_to_selected()  # the rain raster: the middle of Lochem
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        yield from self.wait_for("the map to draw the rasters", lambda: rendered or None)

        action = window.findChild(QAction, "LizardValueAtPointAction")
        if action is None:
            raise StepFailed("the plugin has no Lizard value at point action")
        action.trigger()  # what clicking its toolbar button does
        for name in plugin.docks:  # the value dock gets the room of the others
            dock_action = window.findChild(QAction, "Lizard{}Action".format(name))
            if dock_action is not None and dock_action.isChecked():
                dock_action.trigger()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_canvas = QgsCoordinateTransform(wgs84, canvas.mapSettings().destinationCrs(), QgsProject.instance())

        def pixel_at(lon, lat):
            pixel = canvas.getCoordinateTransform().transform(to_canvas.transform(QgsPointXY(lon, lat)))
            return QPoint(round(pixel.x()), round(pixel.y()))

        if area:
            start, end = pixel_at(*AREA_BOX[:2]), pixel_at(*AREA_BOX[2:])
            QTest.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
            for step in range(1, 9):  # sent as events: QTest.mouseMove does not carry the pressed button
                at = QPointF(start + (end - start) * (step / 8.0))
                QApplication.sendEvent(canvas.viewport(), QMouseEvent(
                    QEvent.Type.MouseMove, at, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier))
            QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
            self.status("progress", "dragged {:.3f}, {:.3f} to {:.3f}, {:.3f} with Lizard value at point".format(
                *AREA_BOX))
        else:
            QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             pixel_at(*VALUES_POINT))
            self.status("progress", "clicked at {:.3f}, {:.3f} with Lizard value at point".format(*VALUES_POINT))
        values = plugin.value_at_point.dock
        if values is None:
            raise StepFailed("the click opened no Lizard value at point dock")
        yield from self.wait_for("the values", lambda: values.answer_count or None)
        shown = values.values_at()
        plotted = values.plot.series
        if (not area and (not plotted or not len(plotted[0]))) or any("no value" in text for text in shown.values()):
            raise StepFailed("not every raster answered: {} {}".format(shown, self.message_bar_text()))
        window.resizeDocks([values], [self.config["dock_width"]], Qt.Orientation.Horizontal)
        iface.messageBar().clearWidgets()  # "Added … to the map" would cover the top of the map
        yield from self.settle(1.5)
        self.save(window, message="{}: {}{}".format(
            "area" if area else "values", "; ".join("{} = {}".format(name, text) for name, text in shown.items()),
            "; plotted {} ({} steps)".format(plotted[0].label, len(plotted[0])) if plotted else ""))


    def scenarios_scenario(self):
        """The scenario dock: 3Di scenarios found, one selected (grid on the map, results by family), its maximum
        water depth downloaded for the whole grid and shown in a group named after the scenario."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsProject
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDockWidget
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "scenarios")
        layers_dock = window.findChild(QDockWidget, "Layers")
        if layers_dock is not None:
            window.resizeDocks([layers_dock, dock], [LAYERS_WIDTH, self.config["dock_width"]],
                               Qt.Orientation.Horizontal)
        canvas = iface.mapCanvas()
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))  # before the grid is outlined on it
        self.type_into(dock.search_edit, SCENARIO_SEARCH)  # the dock searches after a short pause in typing
        self.status("progress", "searching scenarios for {!r}".format(SCENARIO_SEARCH))

        def found():
            status = dock.status.text()
            if dock.results.count() and "…" not in status:
                return status
            if dock.results.count() == 0 and status and "…" not in status:
                raise StepFailed("the search showed no scenarios: {} {}".format(status, self.message_bar_text()))
            return None

        shown = yield from self.wait_for("scenarios in the dock", found)
        rows = [row for row, obj in enumerate(dock.model.objects()) if obj.get("projection") == "EPSG:28992"]
        if not rows:
            raise StepFailed("no scenario on RD New was found")
        loaded = []
        dock.results_loaded.connect(lambda: loaded.append(True))
        dock.results.setCurrentRow(rows[0])
        scenario = dock.selected_scenario()
        yield from self.wait_for("the scenario's results", lambda: loaded or None)
        if not dock.result_tree.results():
            raise StepFailed("the scenario shows no results: {}".format(self.message_bar_text()))

        dock.download_action.trigger()  # what clicking "Download…" does
        dialog = dock.download_dialogs[-1] if dock.download_dialogs else None
        if dialog is None or not dialog.isVisible():
            raise StepFailed("Download… opened no dialog")
        dialog.poll = {"first": 0.2, "maximum": 0.5}  # check Lizard's export task often: a short demo
        def ready():
            if dialog.error is not None:
                raise StepFailed("the dialog failed: " + dialog.error_label.text())
            return dialog.download_button.isEnabled()

        yield from self.wait_for("the results to choose from", ready)
        dialog.set_codes([SCENARIO_RESULT])
        dialog.folder_widget.setFilePath(os.path.join(self.config["workdir"], "scenarios"))
        dialog.download_button.click()
        self.status("progress", "downloading {} of {}".format(SCENARIO_RESULT, scenario.get("name")))

        def downloaded():
            if dialog.busy():
                return None
            if dialog.error is not None or not dialog.result_paths:
                raise StepFailed("the download did not succeed: {} {}".format(
                    dialog.status_label.text(), dialog.error_label.text()))
            return dialog.result_paths

        paths = yield from self.wait_for("the download to end", downloaded)
        group = QgsProject.instance().layerTreeRoot().findGroup(scenario["name"])
        if group is None or not group.findLayers():
            raise StepFailed("the download is not on the map in the group {!r}".format(scenario["name"]))
        dialog.close()
        iface.layerTreeView().expandAll()
        dock.result_tree.select_codes([SCENARIO_RESULT])
        dock.zoom_to_selected()
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        yield from self.wait_for("the map to draw the download", lambda: rendered or None)
        yield from self.settle(1.0)
        self.save(window, message="scenarios: {}; {} downloaded into group {!r}".format(
            shown, os.path.basename(paths[0]), group.name()))
