"""The timeseries dock's plot and exports.

Selecting series plots them for the chosen period (the last 30 days of data by default; the last day, week,
month, year, all data, or a custom start and end in UTC): one background task reads every series with
:func:`core.timeseries.fetch.load_series` (aggregates for long periods, raw events otherwise), at most
:data:`WORKERS` at a time; a newer selection or period cancels the stale load. The dock says whether the plot
shows aggregates or raw events. "Export events…" writes the raw events of the plotted (else the selected)
series for that period to CSV or a GeoPackage table in a task; "Save plot…" saves the plot as PNG or SVG.
"""

import os

from qgis.PyQt.QtWidgets import QFileDialog

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.parallel import run_parallel
from ..core.tasks import LizardTask
from ..core.times import display_utc, qdatetime_utc, to_utc
from ..core.timeseries import export, fetch
from .messages import show_error, show_info
from .plot import describe_kinds

WORKERS = 4
DEFAULT, CUSTOM = "default", "custom"


def _when(moment):
    return display_utc(moment, seconds=None, zone=False) if moment else "…"


def period_text(start, end):
    """The period a plot or export covers, for people."""
    if start is None and end is None:
        return tr("all data")
    return tr("{start} to {end} (UTC)").format(start=_when(start), end=_when(end))


class TimeseriesPlotMixin:
    """Plot the selected series for a period; export their events and the plot."""

    # ----------------------------------------------------------------------------------- the period

    def period_preset(self):
        return self.period_combo.currentData()

    def set_period_preset(self, preset):
        self.period_combo.setCurrentIndex(self.period_combo.findData(preset))

    def _period_changed(self, *_args):
        custom = self.period_preset() == CUSTOM
        self.custom_start.setEnabled(custom)
        self.custom_end.setEnabled(custom)
        self._show_preset_period()
        self.plot_selected()

    def _custom_period_edited(self, *_args):
        if self.period_preset() == CUSTOM:  # not the preset's period being shown
            self._plot_timer.start()

    def _show_preset_period(self):
        """Show the period the preset means for the selected series in the greyed start and end fields, so
        "Custom" starts from it (a part not known, e.g. nothing selected, stays as it was)."""
        preset = self.period_preset()
        if preset == CUSTOM:
            return
        for edit, moment in zip((self.custom_start, self.custom_end),
                                fetch.shown_period(preset, self.selected_series())):
            if moment is not None:
                edit.setDateTime(qdatetime_utc(moment))

    def period(self, infos):
        """``(start, end)`` aware UTC for ``infos`` (describe rows) as the period widgets say."""
        preset = self.period_preset()
        if preset == CUSTOM:
            start, end = to_utc(self.custom_start.dateTime()), to_utc(self.custom_end.dateTime())
            if end < start:
                raise errors.InvalidRequestError(tr("The end time is before the start time."))
            return start, end
        if preset == DEFAULT:
            return fetch.default_period(infos)
        return fetch.period_for(preset, infos)

    # ------------------------------------------------------------------------------------ plotting

    def _series_selection_changed(self, *_args):
        self._show_preset_period()
        self._plot_timer.start()

    def plot_selected(self):
        """Plot the selected series (a running load is cancelled); returns the task."""
        self._plot_timer.stop()
        self._plotter.cancel()
        infos = self.selected_series()
        if not infos:
            self._end_plot_work(tr("Select one or more series to plot them."))
            if not self.plot.series:
                self.plot.show_message(tr("Select one or more series to plot them."))
            self.plot_ended.emit()
            return None
        try:
            start, end = self.period(infos)
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self._end_plot_work(str(exc))
            show_error(self.iface, exc)
            self.plot_ended.emit()
            return None

        def work(task):
            def load(info):
                return fetch.load_series(client, info, start, end, cancel=task)

            series, failures = run_parallel(infos, load, cancel=task, workers=WORKERS,
                                            progress=lambda fraction: task.setProgress(100.0 * fraction))
            if failures and len(failures) == len(infos):
                raise failures[0][1]
            return [item for item in series if item is not None], failures

        task = LizardTask(tr("Loading Lizard timeseries"), work, closing=[client])
        task.period = (start, end)
        task.infos = infos
        task.succeeded.connect(lambda result: self._plot_arrived(task, *result))
        task.failed.connect(lambda error: self._plot_failed(task, error))
        task.progressChanged.connect(lambda value: self._plot_progress(task, value))
        self._begin_plot_work(tr("Loading %n series…", "", len(infos)))
        return self._plotter.start(task)

    def _plot_progress(self, task, value):
        if self._plotter.is_current(task) or self._exporter.is_current(task):
            self.plot_progress.setRange(0, 100)
            self.plot_progress.setValue(int(value))

    def _plot_arrived(self, task, series, failures):
        if not self._plotter.is_current(task):
            return
        start, end = task.period
        self.plotted = {"infos": task.infos, "start": start, "end": end}
        kinds = describe_kinds(series)
        period = period_text(start, end)
        self.plot.set_series(series, note=period)
        if not any(len(item) for item in series):
            text = tr("No data in this period ({period}).").format(period=period)
        else:
            text = tr("%n series, {period}: {kinds}.", "", len(series)).format(period=period, kinds=kinds)
        if failures:
            text = "{} {}".format(text, tr("%n series could not be read.", "", len(failures)))
            show_error(self.iface, failures[0][1])
        self._end_plot_work(text)
        self.plot_ended.emit()

    def _plot_failed(self, task, error):
        if not self._plotter.is_current(task):
            return
        if isinstance(error, errors.CancelledError):
            self._end_plot_work(tr("Loading stopped."))
        else:
            self._end_plot_work(tr("Loading the series failed."))
            self.plot.show_message(tr("Loading the series failed."))
            show_error(self.iface, error)
        self.plot_ended.emit()

    def _begin_plot_work(self, text, kind="plot"):
        self._busy.add(kind)
        self.plot_status.setText(text)
        self.plot_progress.setRange(0, 0)
        self.plot_progress.show()
        self.plot_cancel.setEnabled(True)

    def _end_plot_work(self, text, kind="plot"):
        """``kind`` (plot or export) ended; the progress bar goes when nothing else runs."""
        self._busy.discard(kind)
        if not self._busy:
            self.plot_progress.hide()
            self.plot_cancel.setEnabled(False)
        self.plot_status.setText(text)

    def cancel_plot_work(self):
        """Stop loading and exporting (what the Cancel button under the plot does)."""
        self._plotter.cancel()
        self._exporter.cancel()

    # -------------------------------------------------------------------------------------- export

    def _export_infos(self):
        """(infos, start, end) of the plotted series, else of the selected ones for the chosen period."""
        if self.plotted and self.plot.series:
            return self.plotted["infos"], self.plotted["start"], self.plotted["end"]
        infos = self.selected_series()
        if not infos:
            raise errors.InvalidRequestError(tr("Select one or more series to export their events."))
        start, end = self.period(infos)
        return infos, start, end

    def export_events(self, path=None):
        """Write the raw events of the plotted (else selected) series to ``path`` (.csv or .gpkg; asked when
        None); returns the task."""
        try:
            infos, start, end = self._export_infos()
        except errors.LizardError as exc:
            self.plot_status.setText(str(exc))
            self.export_ended.emit()
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Export events"), "",
                                                        tr("CSV (*.csv);;GeoPackage (*.gpkg)"))
            if not path:
                return None
        try:
            export.export_format(path)
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            self.plot_status.setText(str(exc))
            show_error(self.iface, exc)
            self.export_ended.emit()
            return None
        self._exporter.cancel()

        def work(task):
            def progress(done, total):
                if total:
                    task.setProgress(min(100.0, 100.0 * done / total))

            return export.write_events(path, client, infos, start, end, cancel=task, progress=progress)

        task = LizardTask(tr("Exporting Lizard timeseries events"), work, closing=[client])
        task.succeeded.connect(lambda rows: self._export_done(task, path, rows, None))
        task.failed.connect(lambda error: self._export_done(task, path, None, error))
        task.progressChanged.connect(lambda value: self._plot_progress(task, value))
        self._begin_plot_work(tr("Exporting events to {path}…").format(path=path), "export")
        return self._exporter.start(task)

    def _export_done(self, task, path, rows, error):
        if not self._exporter.is_current(task):
            return
        self.last_export = (path, rows, error)
        if isinstance(error, errors.CancelledError):
            self._end_plot_work(tr("Export stopped; nothing was written."), "export")
        elif error is not None:
            self._end_plot_work(tr("The export failed."), "export")
            show_error(self.iface, error)
        else:
            text = tr("%n event(s) written to {path}.", "", rows).format(path=path)
            self._end_plot_work(text, "export")
            show_info(self.iface, text, tr("Lizard timeseries"))
        self.export_ended.emit()

    def save_plot(self, path=None):
        """Save the plot as PNG or SVG (by the suffix; asked when None); returns the path, or None."""
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(self, tr("Save plot"), "",
                                                       tr("PNG image (*.png);;SVG image (*.svg)"))
            if not path:
                return None
            if not os.path.splitext(path)[1]:
                path += ".svg" if "svg" in chosen else ".png"
        try:
            saved = self.plot.save_image(path)
        except errors.LizardError as exc:
            self.plot_status.setText(str(exc))
            show_error(self.iface, exc)
            return None
        self.plot_status.setText(tr("The plot was saved as {path}.").format(path=saved))
        return saved
