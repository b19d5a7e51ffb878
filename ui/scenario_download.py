"""Downloading 3Di scenarios from the scenario dock: which results, raw files or not, the area (whole grid, map
extent, selected polygons), pixel size, CRS and time steps; then one background task downloads the scenarios in
turn with :func:`~lizard_explorer.core.rasters.scenario_download.plan_scenario` (raw files resumable, raster
results through Lizard's ``/data/`` tiles), shows progress per file and overall, and adds each GeoTIFF to the map
in a group named after its scenario. Cancel leaves no partial file (the core removes it)."""

import os

from qgis.core import Qgis, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsDoubleSpinBox, QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import errors, times
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.rasters import download_grid, scenario_download, scenario_results
from ..core.tasks import LatestTask, LizardTask, run_task
from .add_to_map import add_files_to_group
from .download_dialog import open_dialog
from .messages import error_label, sentence, show_dialog_error, show_info
from .qt import cancel_quietly, make_combo

GRID, EXTENT, SELECTION = "grid", "extent", "selection"
LAST, ALL, CHOSEN = "last", "all", "chosen"
STATE_COLUMN, PERCENT_COLUMN = 2, 3


def download_one(client, task, scenario, place, request, poll):
    """Download the chosen results of one scenario (``place``: its index and the queue's length) in ``task``,
    telling the dialog through the task's interim signal; returns the core's DownloadOutcome."""
    index, count = place
    uuid = scenario.get("uuid")
    results = scenario_results.fetch_results(client, scenario, cancel=task)
    chosen = [r for r in results if r.code in request["codes"]]
    if request["raw"]:
        chosen += [r for r in results if r.kind == scenario_results.FILE and r not in chosen]
    plan = scenario_download.plan_scenario(
        client, scenario, chosen, request["folder"], area=request["area"], crs=request["crs"],
        pixel_size=request["pixel_size"], times=request["times"], cancel=task)
    task.emit_interim("planned", (scenario, [job.result.code for job in plan.jobs]))

    def progress(fraction, _message):
        task.setProgress(100.0 * (index + fraction) / count)
        task.emit_interim("progress", ((index + fraction) / count,))

    return plan.run(client, progress=progress, cancel=task, poll=poll,
                    on_result=lambda result, written, error: task.emit_interim(
                        "result", (scenario, result.code, written, error)),
                    result_progress=lambda result, fraction: task.emit_interim(
                        "result_progress", (uuid, result.code, fraction)))


class ScenarioDownloadDialog(QDialog):
    """Download one scenario or several (in turn) into a folder."""

    ended = pyqtSignal()  # a download ended (done, failed or cancelled)
    results_loaded = pyqtSignal()

    def __init__(self, iface, scenarios, codes=(), parent=None):
        super().__init__(parent)
        self.setObjectName("LizardScenarioDownload")
        self.iface = iface
        self.scenarios = list(scenarios)
        self.codes = list(codes)
        self.poll = {}  # how Lizard's tasks are followed (tests make it short)
        self.error = None
        self.result_paths = None
        self.layers = []
        self._run_task = None
        self._rows = {}
        self._loader = LatestTask()
        self._build()
        self._load_results()
        self.update_state()

    # ------------------------------------------------------------------------------------ building

    def _build(self):
        self.setWindowTitle(tr("Download scenarios from Lizard"))
        names = ", ".join(s.get("name") or s.get("uuid") for s in self.scenarios)
        self.scenario_label = QLabel(tr("%n scenario(s): {names}", "", len(self.scenarios)).format(names=names))
        self.scenario_label.setWordWrap(True)
        self.result_list = QListWidget()
        self.result_list.setObjectName("results")
        self.result_list.setToolTip(tr("The results to download (of every scenario that has them)"))
        self.raw_check = QCheckBox(tr("Raw files too (results NetCDF, grid administration, logs)"))
        self.raw_check.setObjectName("raw")
        self.area_combo = make_combo("area", (
            (tr("The scenario's whole grid"), GRID), (tr("Map canvas extent"), EXTENT),
            (tr("Selected polygons of the active layer"), SELECTION)))
        self.pixel_spin = QgsDoubleSpinBox()
        self.pixel_spin.setObjectName("pixel_size")
        self.pixel_spin.setRange(0, 1e6)
        self.pixel_spin.setDecimals(6)
        self.pixel_spin.setSpecialValueText(tr("native"))
        self.pixel_spin.setClearValue(0)
        self.pixel_spin.setToolTip(tr("In the units of the CRS; native: the scenario's own pixel size"))
        self.own_crs_check = QCheckBox(tr("In the scenario's projection"))
        self.own_crs_check.setObjectName("own_crs")
        self.own_crs_check.setChecked(True)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setObjectName("crs")
        self.crs_widget.setCrs(QgsProject.instance().crs())
        self.crs_widget.setEnabled(False)
        self.own_crs_check.toggled.connect(lambda on: self.crs_widget.setEnabled(not on))
        self.time_combo = make_combo("time_steps", ((tr("The last time step"), LAST), (tr("Every time step"), ALL),
                                                    (tr("The steps nearest to these times (UTC)"), CHOSEN)))
        self.time_combo.setToolTip(tr("For temporal results: one GeoTIFF per time step"))
        self.times_edit = QLineEdit()
        self.times_edit.setObjectName("times")
        self.times_edit.setPlaceholderText("2024-01-01T00:30Z, 2024-01-01T01:00Z")
        self.times_edit.setEnabled(False)
        self.time_combo.currentIndexChanged.connect(
            lambda _i: self.times_edit.setEnabled(self.time_combo.currentData() == CHOSEN))
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setObjectName("folder")
        self.folder_widget.setStorageMode(QgsFileWidget.GetDirectory)

        form = QFormLayout()
        form.addRow(tr("Results"), self.result_list)
        form.addRow("", self.raw_check)
        form.addRow(tr("Area"), self.area_combo)
        form.addRow(tr("Pixel size"), self.pixel_spin)
        form.addRow(tr("CRS"), self.own_crs_check)
        form.addRow("", self.crs_widget)
        form.addRow(tr("Time steps"), self.time_combo)
        form.addRow("", self.times_edit)
        form.addRow(tr("Folder"), self.folder_widget)

        self.files_table = QTableWidget(0, 4)
        self.files_table.setObjectName("files")
        self.files_table.setHorizontalHeaderLabels([tr("Scenario"), tr("Result"), tr("State"), "%"])
        self.files_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_table.verticalHeader().setVisible(False)
        self.files_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progress")
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.error_label = error_label()

        self.download_button = QPushButton(tr("Download"))
        self.download_button.setObjectName("download")
        self.download_button.clicked.connect(self.download)
        self.cancel_button = QPushButton(tr("Cancel download"))
        self.cancel_button.setObjectName("cancel_download")
        self.cancel_button.clicked.connect(self.cancel_download)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(self.scenario_label)
        box.addLayout(form)
        box.addWidget(self.files_table, 1)
        box.addWidget(self.progress_bar)
        box.addWidget(self.status_label)
        box.addWidget(self.error_label)
        box.addWidget(buttons)
        self.resize(560, 640)
        self.update_state()

    # ------------------------------------------------------------------------------ the results list

    def _load_results(self):
        """The results of the first scenario, read in a task, make the list to choose from."""
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        scenario = self.scenarios[0]
        task = LizardTask(tr("Reading the results of “{name}”").format(name=scenario.get("name")),
                          lambda task: scenario_results.fetch_results(client, scenario, cancel=task), closing=[client])
        task.succeeded.connect(lambda results: self._results_arrived(task, results, None))
        task.failed.connect(lambda error: self._results_arrived(task, None, error))
        self.status_label.setText(tr("Loading the results…"))
        return self._loader.start(task)

    def _results_arrived(self, task, results, error):
        if not self._loader.is_current(task):
            return
        self._loader.task = None
        self.status_label.clear()
        if error is not None:
            self._show_error(error)
        else:
            default = {r.code for r in scenario_results.choose(results)}
            for result in results:
                if result.kind == scenario_results.FILE:
                    continue
                item = QListWidgetItem("{} ({}, {})".format(result.name, result.code,
                                                            scenario_results.kind_label(result.kind)))
                item.setData(Qt.ItemDataRole.UserRole, result.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                chosen = result.code in self.codes if self.codes else result.code in default
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                self.result_list.addItem(item)
            self.raw_check.setChecked(any(r.code in self.codes and r.kind == scenario_results.FILE for r in results))
        self.results_loaded.emit()
        self.update_state()

    def chosen_codes(self):
        return [self.result_list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.result_list.count())
                if self.result_list.item(n).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes):
        for n in range(self.result_list.count()):
            item = self.result_list.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ---------------------------------------------------------------------------------------- form

    def request(self):
        """Keyword arguments for the planner and the run; a LizardError says what is missing."""
        codes, raw = self.chosen_codes(), self.raw_check.isChecked()
        if not codes and not raw:
            raise errors.InvalidRequestError(tr("Choose the results to download, or raw files."))
        folder = self.folder_widget.filePath().strip()
        if not folder:
            raise errors.InvalidRequestError(tr("Choose a folder to save the files in."))
        request = {"codes": codes, "raw": raw, "folder": folder, "area": self.area(),
                   "pixel_size": self.pixel_spin.value() or None, "crs": None, "times": None}
        if not self.own_crs_check.isChecked():
            crs = self.crs_widget.crs()
            if not crs.isValid() or not crs.authid().upper().startswith("EPSG:"):
                raise errors.InvalidRequestError(tr("Choose a CRS with an EPSG code, for example EPSG:28992."))
            request["crs"] = crs.authid().upper()
        mode = self.time_combo.currentData()
        if mode == ALL:
            request["times"] = "all"
        elif mode == CHOSEN:
            try:
                request["times"] = times.parse_list(self.times_edit.text())
            except ValueError:
                request["times"] = None
            if not request["times"]:
                raise errors.InvalidRequestError(tr("Give the UTC times, separated by commas, e.g. "
                                                    "2024-01-01T00:30Z."))
        return request

    def area(self):
        """The download area (None: the whole grid)."""
        mode = self.area_combo.currentData()
        context = QgsProject.instance().transformContext()
        if mode == EXTENT:
            canvas = self.iface.mapCanvas()
            return download_grid.Area.from_extent(canvas.extent(), canvas.mapSettings().destinationCrs(), context)
        if mode == SELECTION:
            layer = self.iface.activeLayer()
            if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.PolygonGeometry:
                raise errors.InvalidRequestError(tr("Make a polygon layer active and select polygons in it."))
            geometries = [feature.geometry() for feature in layer.getSelectedFeatures()]
            if not geometries:
                raise errors.InvalidRequestError(tr("Select polygons of “{layer}” first.").format(layer=layer.name()))
            return download_grid.Area.from_mask(geometries, layer.crs(), transform_context=context)
        return None

    def busy(self):
        return self._run_task is not None

    def update_state(self):
        busy = self.busy()
        self.download_button.setEnabled(not busy and self._loader.task is None)
        self.cancel_button.setEnabled(busy)

    # ------------------------------------------------------------------------------------ download

    def download(self):
        """Start downloading the scenarios in turn; returns the task (None when the form is not complete)."""
        if self.busy():
            return None
        self.error_label.hide()
        self.error = None
        try:
            request = self.request()
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        self.files_table.setRowCount(0)
        self._rows = {}
        self.result_paths = None
        scenarios, poll = list(self.scenarios), dict(self.poll)

        def work(task):
            paths, failures = [], []
            for index, scenario in enumerate(scenarios):
                try:
                    outcome = download_one(client, task, scenario, (index, len(scenarios)), request, poll)
                except errors.CancelledError:
                    raise
                except errors.LizardError as exc:
                    if len(scenarios) == 1:
                        raise
                    failures.append((scenario.get("name") or scenario.get("uuid"), exc))  # the next one goes on
                    continue
                paths += outcome.paths
                failures += outcome.failures
            return paths, failures

        task = LizardTask(tr("Downloading scenarios from Lizard"), work, closing=[client])
        slots = {"planned": self._planned, "progress": self._progress, "result": self._result_done,
                 "result_progress": self._result_progress}
        task.interim.connect(lambda kind, payload: slots[kind](*payload))
        task.succeeded.connect(lambda answer: self._finished(task, answer, None))
        task.failed.connect(lambda error: self._finished(task, None, error))
        self._run_task = task
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(tr("Downloading…"))
        self.update_state()
        return run_task(task)

    def _set(self, key, column, text):
        row = self._rows.get(key)
        item = self.files_table.item(row, column) if row is not None else None
        if item is not None:
            item.setText(text)
            item.setToolTip(text)

    def _planned(self, scenario, codes):
        for code in codes:
            row = self.files_table.rowCount()
            self.files_table.insertRow(row)
            for column, text in enumerate((scenario.get("name") or "", code, tr("waiting"), "0")):
                self.files_table.setItem(row, column, QTableWidgetItem(text))
            self._rows[(scenario.get("uuid"), code)] = row

    def _progress(self, fraction):
        if self._run_task is not None:
            self.progress_bar.setValue(int(round(100 * fraction)))

    def _result_progress(self, uuid, code, fraction):
        self._set((uuid, code), PERCENT_COLUMN, str(int(round(100 * fraction))))
        if 0 < fraction < 1:
            self._set((uuid, code), STATE_COLUMN, tr("downloading"))

    def _result_done(self, scenario, code, paths, error):
        key = (scenario.get("uuid"), code)
        if error is not None:
            self._set(key, STATE_COLUMN, tr("failed: {reason}").format(reason=sentence(error)))
            return
        self._set(key, STATE_COLUMN, tr("done"))
        self._set(key, PERCENT_COLUMN, "100")
        tifs = [path for path in paths if os.path.splitext(path)[1].lower() in (".tif", ".tiff")]
        self.layers += add_files_to_group(tifs, scenario.get("name") or scenario.get("uuid"))

    def cancel_download(self):
        """Stop the download: complete files are kept, nothing partial is left."""
        if self._run_task is not None:
            self.status_label.setText(tr("Cancelling…"))
            cancel_quietly(self._run_task)

    def _finished(self, task, answer, error):
        if task is not self._run_task:
            return
        self._run_task = None
        self.progress_bar.hide()
        if error is None:
            paths, failures = answer
            self.result_paths = list(paths)
            text = tr("Downloaded {count} file(s).").format(count=len(paths))
            self.status_label.setText(text)
            if failures:
                outcome = scenario_download.DownloadOutcome()
                outcome.failures = failures
                self._show_error(errors.LizardError(outcome.failure_message()))
            else:
                show_info(self.iface, text, tr("Download from Lizard"), Qgis.Success)
        elif isinstance(error, errors.CancelledError):
            self.error = error
            self.status_label.setText(tr("Cancelled: the files that were complete are kept, nothing partial is left."))
        else:
            self.status_label.clear()
            self._show_error(error)
        self.update_state()
        self.ended.emit()

    def _show_error(self, error):
        show_dialog_error(self, error, tr("Download from Lizard"))

    # ---------------------------------------------------------------------------------- closing

    def cancel(self):
        """Stop everything (the plugin is unloading)."""
        self._loader.cancel()
        self.cancel_download()


def show_scenario_download(iface, scenarios, codes, dialogs):
    """Open a download dialog for ``scenarios`` (closed idle dialogs in ``dialogs`` are disposed of)."""
    return open_dialog(dialogs, lambda: ScenarioDownloadDialog(iface, scenarios, codes, iface.mainWindow()))
