"""The raster download dialog's raster part: the raster and its time steps, loaded from Lizard in a task."""

import html

from qgis.core import QgsCoordinateReferenceSystem

from ..core import errors, times
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.rasters import download
from ..core.tasks import LizardTask


class DownloadRasterMixin:
    """The download dialog's raster: shown, loaded (with its time steps) and the steps chosen."""

    # ---------------------------------------------------------------------------------- the raster

    def raster_name(self):
        raster = self.raster or {}
        return raster.get("name") or raster.get("uuid") or self.uuid

    def _show_raster(self):
        raster = self.raster
        if raster is None:
            self.raster_label.setText(tr("Loading the raster {uuid} from Lizard…").format(uuid=self.uuid))
            return
        self.setWindowTitle(tr("Download “{name}” from Lizard").format(name=self.raster_name()))
        x, y = raster.get("pixelsize_x"), raster.get("pixelsize_y")
        native = raster.get("projection") or tr("unknown")
        if x and y:
            text = tr("<b>{name}</b><br>Native: {crs}, pixels of {x} × {y}.").format(
                name=html.escape(self.raster_name()), crs=html.escape(native), x=abs(float(x)), y=abs(float(y)))
        else:
            text = tr("<b>{name}</b><br>Native: {crs}.").format(name=html.escape(self.raster_name()),
                                                                crs=html.escape(native))
        self.raster_label.setText(text)
        if raster.get("projection"):
            crs = QgsCoordinateReferenceSystem(raster["projection"])
            if crs.isValid():
                self.crs_widget.setCrs(crs)
        self.time_box.setVisible(bool(raster.get("temporal")))

    def _needs_fetch(self):
        return self.raster is None or not all(key in self.raster for key in ("projection", "temporal"))

    def _load_raster(self):
        """Fetch the raster (when only its UUID is known) and, for a temporal raster, its time steps."""
        needs_raster = self._needs_fetch()
        if not needs_raster and not self.raster.get("temporal"):
            self._changed()
            return None
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        known = None if needs_raster else self.raster
        key = self.uuid

        def work(task):
            raster = known or download.fetch_raster(client, key, cancel=task)
            steps = download.fetch_steps(client, raster["uuid"], cancel=task) if raster.get("temporal") else None
            return raster, steps

        task = LizardTask(tr("Loading the Lizard raster {name}").format(name=self.raster_name()), work,
                          closing=[client])
        task.succeeded.connect(lambda result: self._raster_loaded(task, result))
        task.failed.connect(lambda error: self._raster_failed(task, error))
        if not needs_raster:
            self.steps_label.setText(tr("Loading the time steps…"))
        return self._loader.start(task)

    def loading(self):
        return self._loader.task is not None

    def _raster_loaded(self, task, result):
        if not self._loader.is_current(task):
            return
        self._loader.task = None
        self.raster, steps = result
        self.uuid = self.raster.get("uuid") or self.uuid
        self._show_raster()
        if self.raster.get("temporal"):
            self._fill_steps(steps or [])
        self._changed()

    def _raster_failed(self, task, error):
        if not self._loader.is_current(task):
            return
        self._loader.task = None
        self.steps_label.setText(tr("The time steps could not be loaded."))
        self._show_error(error)
        self.update_state()

    def _fill_steps(self, steps):
        self.steps = list(steps)
        for combo in (self.step_combo, self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for ms in self.steps:
                combo.addItem(times.iso_utc_ms(ms), ms)
            combo.setCurrentIndex(len(self.steps) - 1)
            combo.blockSignals(False)
        if not self.steps:
            self.steps_label.setText(tr("This raster has no time steps yet: it holds no data."))

    def selected_steps(self):
        """The time steps the form picks (epoch ms), or ``None`` for a raster that is not temporal."""
        if not (self.raster or {}).get("temporal") or self.steps is None:
            return None
        if self.one_step_radio.isChecked():
            value = self.step_combo.currentData()
            return [] if value is None else [value]
        start, end = self.from_combo.currentData(), self.to_combo.currentData()
        if start is None or end is None:
            return []
        return [ms for ms in self.steps if start <= ms <= end]
