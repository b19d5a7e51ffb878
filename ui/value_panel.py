"""The "Lizard value at point" dock: what every Lizard raster says at the point clicked on the map, or its
statistics (mean, min, max) over a rectangle dragged on the map or over the polygons selected in the active
layer (:mod:`core.rasters.zonal`).

The rasters are the Lizard WMS layers in the layer tree (custom property ``lizard/uuid``) and the raster
selected in the "Lizard rasters" dock. One background task asks Lizard about all of them, a few at a time
(core/rasters/values.py ``run_parallel``); a new click cancels the stale task. Each raster gets a row: its
name, its value and unit, "no value here" where Lizard has none (never 0), or one sentence saying why it
failed. A temporal raster's values through time at the point (the Temporal Controller's range when it is on,
else the raster's last 30 steps) are drawn in the plot below, and can be saved as CSV or GeoPackage (the
values) and PNG or SVG (the plot).
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.compat import temporal_extent
from ..core.i18n import tr
from ..core.query import WGS84, SpatialFilter
from ..core.rasters.values import answer_at, run_parallel
from ..core.rasters.zonal import rectangle_wgs84, zonal_summary
from ..core.tasks import LatestTask, LizardTask
from ..core.times import display_utc, to_utc
from .docks import LizardDock
from .messages import sentence, show_error
from .plot import SeriesPlot

GPKG_TABLE = "lizard_raster_values"
POLYGONS = QgsWkbTypes.PolygonGeometry


class Target:
    """One raster to ask: its name on the map, its UUID, and Lizard's JSON of it when already known."""

    def __init__(self, name, uuid, raster=None):
        self.name, self.uuid, self.raster = name, uuid, raster

    def __repr__(self):
        return "Target({!r}, {!r})".format(self.name, self.uuid)


def lizard_layer_targets(project=None):
    """A Target per Lizard raster layer in the layer tree (in tree order, one per raster)."""
    project = project or QgsProject.instance()
    found, seen = [], set()
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        uuid = str(layer.customProperty("lizard/uuid") or "") if layer is not None else ""
        if uuid and uuid not in seen:
            seen.add(uuid)
            found.append(Target(layer.name(), uuid))
    return found


def _number(value):
    return "{:.6g}".format(value) if value is not None else "–"


def area_text(answer):
    """A raster's statistics over an area, for the table: ``mean 1.5 · min 0 · max 3`` (with the time step and
    the pixel size when they are not the raster's own), or "no value here"."""
    shown = answer["values"]
    if all(value is None for value in shown.values()):
        return tr("no value here")
    text = tr("mean {mean} · min {min} · max {max}").format(
        mean=_number(shown.get("mean")), min=_number(shown.get("min")), max=_number(shown.get("max")))
    if answer.get("time") is not None:
        text += " " + tr("at {time}").format(time=display_utc(answer["time"], seconds=None))
    if answer.get("pixel_size"):
        text += " " + tr("(pixels of {size:g} m in {projection}: coarser than the raster's own for this area)").format(
            size=answer["pixel_size"], projection=answer["projection"])
    return text


class ValueDock(LizardDock):
    """The values of the Lizard rasters at a clicked point, and a temporal raster's values through time."""

    answered = pyqtSignal()  # a click's answers are in the table (or it failed)
    selection_asked = pyqtSignal()  # the statistics over the selected polygons were asked (not over the map's mark)

    def __init__(self, iface, parent=None, selected_raster=None):
        """``selected_raster``: a callable giving the raster selected in the rasters dock (Lizard's JSON)."""
        super().__init__(tr("Lizard value at point"), "LizardValueDock", iface, parent)
        self.selected_raster = selected_raster
        self._loader = LatestTask()
        self.point = None  # the last click, WGS84 QgsPointXY
        self.area = None  # the last area asked about (a dragged rectangle, selected polygons), WGS84 QgsGeometry
        self.results = []  # (Target, answer dict or None, error or None)
        self.answer_count = 0  # questions (a click, an area) answered so far (in the table)
        self._build()

    def _build(self):
        self.point_label = QLabel(tr("Choose “Lizard value at point” and click the map, or drag a "
                                     "rectangle for statistics over it."))
        self.point_label.setObjectName("point")
        self.point_label.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("values")
        self.table.setHorizontalHeaderLabels([tr("Layer"), tr("Value"), tr("Unit")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 200)
        self.plot = SeriesPlot()
        self.plot.setObjectName("plot")
        self.export_button = QPushButton(tr("Export values…"))
        self.export_button.setObjectName("export")
        self.export_button.setToolTip(tr("Save the values through time as CSV or as a GeoPackage table"))
        self.export_button.clicked.connect(self._ask_export)
        self.save_button = QPushButton(tr("Save plot…"))
        self.save_button.setObjectName("save_plot")
        self.save_button.setToolTip(tr("Save the plot as PNG or SVG"))
        self.save_button.clicked.connect(self._ask_save)
        self.selection_button = QPushButton(tr("Over selected polygons"))
        self.selection_button.setObjectName("over_selection")
        self.selection_button.setToolTip(tr("The mean, min and max of every Lizard raster over the polygons "
                                            "selected in the active layer"))
        self.selection_button.clicked.connect(self.query_selection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.selection_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.save_button)
        lower = QWidget()
        lower_box = QHBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.plot)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.box.addWidget(self.point_label)
        self.box.addWidget(self.splitter, 1)
        self.box.addLayout(buttons)
        self._show_series([])

    # ----------------------------------------------------------------------------------------- asking

    def targets(self):
        """The rasters a click asks about: the Lizard layers in the tree, then the one selected in the dock."""
        found = lizard_layer_targets()
        selected = self.selected_raster() if self.selected_raster is not None else None
        if selected and selected.get("uuid"):
            known = next((t for t in found if t.uuid == selected["uuid"]), None)
            if known is not None:
                known.raster = selected
            else:
                found.append(Target(selected.get("name") or selected["uuid"], selected["uuid"], selected))
        return found

    def period(self):
        """(start, stop) of the Temporal Controller's range when it is on, else None."""
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        controller = canvas.temporalController() if canvas is not None else None
        extent = temporal_extent(controller)
        if extent is None:
            return None
        return to_utc(extent.begin()), to_utc(extent.end())

    def query(self, point, crs):
        """Ask every Lizard raster for its value at ``point`` (in ``crs``); returns the task (None when there
        is nothing to ask)."""
        self._loader.cancel()
        try:
            transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84),
                                               QgsProject.instance().transformContext())
            wgs84 = transform.transform(QgsPointXY(point))
        except QgsCsException:
            self._fail(errors.InvalidRequestError(tr("This point has no place in WGS84; click inside the map.")))
            return None
        self.point, self.area = wgs84, None
        self.point_label.setText(tr("Point {lon:.5f}, {lat:.5f} (WGS84)").format(lon=wgs84.x(), lat=wgs84.y()))
        lonlat, period = (wgs84.x(), wgs84.y()), self.period()

        def one(client, target, task):
            return answer_at(client, target.uuid, lonlat, period, task, raster=target.raster, label=target.name)

        return self._ask(tr("Lizard values at a point"), one)

    def query_area(self, rectangle, crs):
        """Ask every Lizard raster for its statistics over ``rectangle`` (in ``crs``); returns the task (None
        when there is nothing to ask)."""
        self._loader.cancel()
        try:
            polygon = rectangle_wgs84(rectangle, crs, QgsProject.instance().transformContext())
        except errors.LizardError as exc:
            self._fail(exc)
            return None
        box = polygon.boundingBox()
        return self.query_polygon(polygon, tr("Area {west:.5f}, {south:.5f} to {east:.5f}, {north:.5f} (WGS84): "
                                              "mean, min and max over it").format(
            west=box.xMinimum(), south=box.yMinimum(), east=box.xMaximum(), north=box.yMaximum()))

    def query_selection(self):
        """Ask every Lizard raster for its statistics over the polygons selected in the active layer."""
        self._loader.cancel()
        layer = self.iface.activeLayer() if self.iface is not None else None
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != POLYGONS:
            self._fail(errors.InvalidRequestError(tr("Make a polygon layer active and select polygons in it.")))
            return None
        geometries = [feature.geometry() for feature in layer.getSelectedFeatures() if feature.hasGeometry()]
        if not geometries:
            self._fail(errors.InvalidRequestError(tr("Select polygons of “{layer}” first.").format(
                layer=layer.name())))
            return None
        try:
            polygon = SpatialFilter.from_geometries(
                geometries, layer.crs(), transform_context=QgsProject.instance().transformContext()).geometry
        except (errors.LizardError, QgsCsException):
            self._fail(errors.InvalidRequestError(tr("The selected polygons have no place in WGS84.")))
            return None
        self.selection_asked.emit()
        return self.query_polygon(polygon, tr("%n selected polygon(s) of “{layer}”: mean, min and max over them",
                                              "", len(geometries)).format(layer=layer.name()))

    def query_polygon(self, polygon, description):
        """Ask every Lizard raster for its statistics over ``polygon`` (WGS84), described to the user by
        ``description``; returns the task (None when there is nothing to ask)."""
        self._loader.cancel()
        context = QgsProject.instance().transformContext()
        self.point, self.area = None, polygon
        self.point_label.setText(description)
        period = self.period()

        def one(client, target, task):
            raster = target.raster or client.get("rasters/{}/".format(target.uuid), cancel=task)
            return zonal_summary(client, raster, polygon, period, transform_context=context, cancel=task,
                                 label=target.name)

        return self._ask(tr("Lizard statistics over an area"), one)

    def _ask(self, title, one):
        """Run ``one(client, target, task)`` for every target in a background task, into the table."""
        targets = self.targets()
        self.results = []
        self.table.setRowCount(0)
        self._show_series([])
        if not targets:
            self._fail(errors.InvalidRequestError(tr("There is no Lizard raster on the map and none selected in "
                                                     "the Lizard rasters dock.")))
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self._fail(exc)
            return None
        self.refresh_header()
        self._fill([(target, None, None) for target in targets], busy=True)

        def work(task):
            answers, failures = run_parallel(targets, lambda target: one(client, target, task),
                                             progress=lambda done: task.setProgress(100.0 * done), cancel=task)
            failed = dict(failures)
            return [(target, answers[i], failed.get(i)) for i, target in enumerate(targets)]

        task = LizardTask(title, work, closing=(client,))
        task.succeeded.connect(lambda results, t=task: self._answered(t, results))
        task.failed.connect(lambda error, t=task: self._failed(t, error))
        return self._loader.start(task)

    def _answered(self, task, results):
        if not self._loader.is_current(task):
            return
        self._loader.task = None
        self.results = results
        self._fill(results)
        self._show_series([answer["series"] for _t, answer, _e in results
                           if answer and answer.get("series") is not None])
        for _target, _answer, error in results:
            if error is not None:
                show_error(None, error)  # the details in the log; the sentence is in the table
        self.answer_count += 1
        self.answered.emit()

    def _failed(self, task, error):
        if not self._loader.is_current(task):
            return
        self._loader.task = None
        if not isinstance(error, errors.CancelledError):
            self._fail(error)
            show_error(self.iface, error)

    def _fail(self, error):
        self.table.setRowCount(1)
        item = QTableWidgetItem(sentence(error))
        item.setForeground(QColor("#b00020"))
        self.table.setItem(0, 0, item)
        self.table.setSpan(0, 0, 1, 3)
        self.answer_count += 1
        self.answered.emit()

    # ------------------------------------------------------------------------------------------ showing

    def _fill(self, results, busy=False):
        self.table.clearSpans()
        self.table.setRowCount(len(results))
        for row, (target, answer, error) in enumerate(results):
            unit = answer["unit"] if answer else ""
            if busy:
                text = tr("asking Lizard…")
            elif error is not None:
                text = sentence(error)
            elif answer is not None and "values" in answer:
                text = area_text(answer)
                if answer.get("series") is not None and len(answer["series"]):
                    text += " " + tr("(the mean through time in the plot)")
            elif answer is None or answer["value"] is None:
                text = tr("no value here")
            elif answer["series"] is not None:
                text = tr("{value} at {time} (through time: {count} steps, in the plot)").format(
                    value="{:.6g}".format(answer["value"]), time=display_utc(answer["time"], seconds=None),
                    count=len(answer["series"]))
            else:
                text = "{:.6g}".format(answer["value"])
            cells = (target.name, text, unit)
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell if column else "{}\nUUID: {}".format(target.name, target.uuid))
                if column == 1 and error is not None:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _show_series(self, series_list):
        shown = [series for series in series_list if series is not None]
        if any(len(series) for series in shown) and self.area is not None:
            self.plot.set_series(shown, note=tr("means over the area"), kinds=tr("raster values through time"))
        elif any(len(series) for series in shown):
            self.plot.set_series(shown, note=tr("at {lon:.5f}, {lat:.5f}").format(lon=self.point.x(),
                                                                                    lat=self.point.y()),
                                 kinds=tr("raster values through time"))
        elif self.area is not None:
            self.plot.show_message(tr("A temporal raster's mean over the area through time shows here.")
                                   if not shown else tr("No values in this period."))
        else:
            self.plot.show_message(tr("A temporal raster's values through time at the point show here.")
                                   if not shown else tr("No values in this period."))
        self.export_button.setEnabled(bool(self.plot.series))
        self.save_button.setEnabled(bool(self.plot.series))

    def values_at(self):
        """{layer name: the text of its value cell} as the table shows it."""
        return {self.table.item(row, 0).text(): self.table.item(row, 1).text() for row in range(self.table.rowCount())
                if self.table.item(row, 1) is not None}

    # ------------------------------------------------------------------------------------------ saving

    def export_values(self, path):
        """The plotted values through time to ``path`` (.csv or .gpkg); returns the path."""
        from ..core.timeseries.export import write_series

        series = self.plot.series
        if not series:
            raise errors.ExportError(tr("There are no values through time to export."))
        write_series(path, series, layer_name=GPKG_TABLE if path.lower().endswith(".gpkg") else None)
        return path

    def save_plot(self, path):
        return self.plot.save_image(path)

    def _ask_export(self):
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export values"), "",
                                                    tr("CSV (*.csv);;GeoPackage (*.gpkg)"))
        if path:
            self._run_saving(self.export_values, path)

    def _ask_save(self):
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save plot"), "", tr("PNG image (*.png);;SVG (*.svg)"))
        if path:
            self._run_saving(self.save_plot, path)

    def _run_saving(self, function, path):
        try:
            function(path)
        except errors.LizardError as exc:
            show_error(self.iface, exc)
        except OSError as exc:
            show_error(self.iface, errors.ExportError(tr("{path} could not be written: {error}").format(
                path=path, error=exc.strerror or exc)))

    # ------------------------------------------------------------------------------------------ unload

    def cancel(self):
        """Stop the running request (the plugin calls this on unload)."""
        self._loader.cancel()
