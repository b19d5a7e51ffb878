"""The buildings dock's loading: every page into a memory layer or a GeoPackage, as batches arrive."""

import time

from qgis.core import (
    Qgis,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import QMessageBox

from ..core import errors
from ..core.buildings import geopackage
from ..core.buildings.buildings import Download, crs, fields, rate_text, to_features
from ..core.i18n import tr
from ..core.outputs import geopackage_path
from ..core.tasks import LizardTask
from .buildings_filters import WGS84
from .messages import show_error, show_info
from .qt import alive, disconnect

MEMORY, GEOPACKAGE = "memory", "gpkg"
GPKG_LAYER = "buildings"  # the layer the dock writes in a GeoPackage; the file's other layers are kept


class BuildingsLoadMixin:
    """The buildings dock's load: into a memory layer or a GeoPackage, batch by batch, and its end."""

    # ---------------------------------------------------------------------------------------- load

    def _output_changed(self, *_args):
        file = self.output() == GEOPACKAGE
        self.file_widget.setEnabled(file)
        self.file_widget.setVisible(file)

    def output(self):
        return self.output_combo.currentData()

    def set_output(self, kind, path=""):
        self.output_combo.setCurrentIndex(self.output_combo.findData(kind))
        if path:
            self.file_widget.setFilePath(path)

    def load(self):
        """Load every matching building into a new layer (a running load is stopped first); returns the task."""
        self._load = None  # the running load ends quietly: its layer keeps what arrived
        self._loader.cancel()
        path = ""
        if self.output() == GEOPACKAGE:
            path = self.file_widget.filePath().strip()
            if not path:
                self.status.setText(tr("Choose a GeoPackage file to save the buildings in."))
                self.load_ended.emit()
                return None
            path = geopackage_path(path)
            if geopackage.has_layer(path, GPKG_LAYER) and not self.confirm_replace_layer(path, GPKG_LAYER):
                self.status.setText(tr("Not loaded: the layer “{layer}” in {path} was kept.").format(
                    layer=GPKG_LAYER, path=path))
                self.load_ended.emit()
                return None
        prepared = self._prepare()
        if prepared is None:
            self.load_ended.emit()
            return None
        client, area, attributes = prepared
        download = Download(client, area, attributes, max_features=self.max_spin.value())
        name = tr("Lizard buildings ({area})").format(area=area.description)
        layer = QgsVectorLayer("MultiPolygon?crs={}".format(WGS84), name, "memory")
        layer.dataProvider().addAttributes(fields().toList())
        layer.updateFields()
        layer_fields = layer.fields()
        context = QgsCoordinateTransformContext(QgsProject.instance().transformContext())

        def work(task):
            writer = None
            if path:
                writer = geopackage.create_writer(path, GPKG_LAYER, layer_fields, QgsWkbTypes.MultiPolygon, crs(),
                                                  context)
            try:
                def progress(done, total):
                    if total:
                        task.setProgress(min(100.0, 100.0 * done / total))
                    task.emit_interim("progress", (done, total))

                for buildings in download.pages(cancel=task, progress=progress):
                    features = to_features(buildings, layer_fields)
                    if writer is not None and not writer.addFeatures(features):
                        raise errors.LizardError(tr("Could not write {path}: {error}").format(
                            path=path, error=writer.errorMessage()))
                    if task.isCanceled():
                        raise errors.CancelledError()
                    task.emit_interim("batch", features)
            finally:
                if writer is not None:
                    writer.flushBuffer()
                    del writer  # closes the file
            return download

        task = LizardTask(tr("Loading Lizard buildings"), work, closing=[client])
        self._load = task.load = {"layer": layer, "path": path, "download": download, "start": time.monotonic(),
                                  "ended": False}
        task.interim.connect(lambda kind, payload: self._interim_arrived(task, kind, payload))
        task.succeeded.connect(lambda _result: self._load_ended(task, None))
        task.failed.connect(lambda error: self._load_ended(task, error))
        self._show_layer(layer)
        QgsProject.instance().addMapLayer(layer)
        layer.willBeDeleted.connect(self._layer_deleted)
        self.progress.setRange(0, 0)
        self.progress.setFormat("")
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(tr("Loading…"))
        return self._loader.start(task)

    def confirm_replace_layer(self, path, layer):
        """Ask whether the layer ``layer`` of the GeoPackage ``path`` may be replaced (its other layers stay)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Lizard buildings"), tr(
            "{path} already has a layer “{layer}”. Replace that layer? The other layers in the file are kept."
        ).format(path=path, layer=layer), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _current_load(self, task):
        return self._load is not None and getattr(task, "load", None) is self._load

    def _interim_arrived(self, task, kind, payload):
        """What the load task hands over while it runs (queued to the GUI thread by the task's signal)."""
        if kind == "batch":
            self._batch_arrived(task, payload)
        else:
            self._progress_arrived(task, *payload)

    def _batch_arrived(self, task, features):
        """Add a batch to its load's layer (a stopped load's late batches too: they arrived)."""
        load = getattr(task, "load", None)
        layer = load["layer"] if load is not None else None
        if not alive(layer) or load["ended"]:
            return
        ok, added = layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        layer.triggerRepaint()
        if layer is self.layer:
            self.model.append(added if ok else [])

    def _progress_arrived(self, task, done, total):
        if not self._current_load(task):
            return
        elapsed = time.monotonic() - self._load["start"]
        rate = rate_text(done, elapsed)
        if total:
            self.progress.setRange(0, max(total, done))
            self.progress.setValue(done)
            text = tr("{done} of {total}").format(done=done, total=total)
        else:
            self.progress.setRange(0, 0)
            text = tr("{done} loaded").format(done=done)
        self.progress.setFormat("{}  {}".format(text, rate).strip())
        self.status.setText(tr("Loading… {progress}").format(progress=self.progress.format()))

    def _load_ended(self, task, error):
        load = getattr(task, "load", None)
        if load is None or load["ended"] or sip.isdeleted(self):
            return
        load["ended"] = True
        current = load is self._load
        if not current:  # replaced by a newer load: only put its GeoPackage on the map
            if load["path"]:
                self._add_file_layer(load, load["layer"], show=False)
            return
        self._load = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        layer = load["layer"]
        download = load["download"]
        count = layer.featureCount() if alive(layer) else 0
        if load["path"]:
            self._add_file_layer(load, layer)
        if isinstance(error, errors.CancelledError):
            self.status.setText(tr("Stopped: %n building(s) loaded.", "", count))
        elif error is not None:
            self.status.setText(tr("Loading stopped by an error: %n building(s) loaded.", "", count))
            if not count and not load["path"] and alive(layer):
                QgsProject.instance().removeMapLayer(layer.id())  # nothing arrived: no empty layer left behind
            show_error(self.iface, error)
        else:
            text = tr("%n building(s) loaded.", "", count)
            if download.incomplete:
                warning = download.incomplete_text()
                text = "{} {}".format(text, warning)
                show_info(self.iface, warning, tr("Lizard buildings"), Qgis.Warning)
            self.status.setText(text)
        self.load_ended.emit()

    def _add_file_layer(self, load, preview, show=True):
        """Swap the temporary preview for the written GeoPackage layer."""
        path = load["path"]
        name = preview.name() if alive(preview) else tr("Lizard buildings")
        file_layer = QgsVectorLayer("{}|layername={}".format(path, GPKG_LAYER), name, "ogr")
        if alive(preview):
            disconnect(preview.willBeDeleted, self._layer_deleted)
            if self.layer is preview:
                self._show_layer(None)
            QgsProject.instance().removeMapLayer(preview.id())
        if not file_layer.isValid():
            show_error(self.iface, errors.LizardError(tr("Could not open {path}.").format(path=path)))
            return
        QgsProject.instance().addMapLayer(file_layer)
        if show:
            file_layer.willBeDeleted.connect(self._layer_deleted)
            self._show_layer(file_layer)

    def cancel_load(self):
        """Stop loading; what arrived stays in the layer."""
        if self._load is not None:
            self._loader.cancel()
            self.status.setText(tr("Stopping…"))

    @property
    def loading(self):
        return self._load is not None

    def _layer_deleted(self):
        layer = self.sender()
        if self._load is not None and self._load["layer"] is layer:
            self._load = None
            self._loader.cancel()
            self.progress.hide()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("The layer was removed; loading stopped."))
        if layer is self.layer:
            self._show_layer(None)
