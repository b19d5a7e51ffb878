"""The plot of Lizard series (timeseries events and aggregates, a raster's values through time).

:class:`SeriesPlot` draws a list of :class:`~core.series.SeriesData` with matplotlib's Qt
backend (the Qt binding QGIS has loaded): one y-axis per unit, two at most, small multiples beyond; gaps as
breaks; flagged values marked; aggregates as a min–max band around the mean; zoom and pan from matplotlib's
toolbar; the value under the mouse in a line under the plot; a cursor line that can follow the Temporal
Controller. Every draw hands matplotlib at most a few points per pixel column (ui/plot_decimate.py), taken
again from the full arrays after each zoom or pan, so a year of 5-minute data draws as fast as a day's.
Without matplotlib the widget says so in one sentence.
"""

import datetime
import os

import numpy
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ..core import errors
from ..core.compat import temporal_range_now
from ..core.i18n import tr
from ..core.log import get_logger
from ..core.partial import remove, temp_file
from ..core.series import AGGREGATE
from ..core.times import display_utc, from_ms, to_utc
from .plot_decimate import decimate, gap_threshold, with_breaks
from .qt import alive, disconnect

try:
    import matplotlib
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
    from matplotlib.figure import Figure
except ImportError:  # QGIS without matplotlib: the widget says so
    matplotlib = None

log = get_logger("plot")

UTC = datetime.timezone.utc
_DAY_MS = 86_400_000.0
FORMATS = {".png": "png", ".svg": "svg"}
MIN_COLUMNS, MAX_COLUMNS = 200, 4000
MARGINS_PT = {"left": 58, "right": 14, "twin": 58, "top": 24, "bottom": 38, "between": 10}  # around the axes


def _window_name(window):
    names = {"minute": tr("minute"), "hour": tr("hour"), "day": tr("day"), "week": tr("week"),
             "month": tr("month"), "year": tr("year")}
    return names.get(window, window)


def describe_kinds(series_list):
    """The sentence a plot shows about what it draws: raw events, aggregates (per window), or both."""
    parts = []
    for series in series_list:
        if series.kind == AGGREGATE:
            text = (tr("aggregates per {window}: mean with min–max band").format(window=_window_name(series.window))
                    if series.window else tr("aggregates: mean with min–max band"))
        else:
            text = tr("raw events")
        if text not in parts:
            parts.append(text)
    return "; ".join(parts)


class _Drawn:
    """One series on the plot: its full arrays (in matplotlib's date numbers, breaks inserted) and artists."""

    def __init__(self, series, ax, color):
        self.series, self.ax, self.color = series, ax, color
        self.x_points = _date_numbers(series.times)
        interval = series.interval / 86400.0 if series.interval else None
        self.threshold = gap_threshold(self.x_points, interval)
        values = numpy.asarray(series.values, dtype="float64")
        low = high = None
        if series.kind == AGGREGATE and series.low is not None and series.high is not None:
            low = numpy.asarray(series.low, dtype="float64")
            high = numpy.asarray(series.high, dtype="float64")
        self.values = values
        self.x, self.y, self.low, self.high = with_breaks(self.x_points, values, self.threshold, low, high)
        flagged = series.flagged
        if flagged is not None and len(flagged) == len(values) and numpy.any(flagged):
            mask = numpy.asarray(flagged, dtype=bool)
            self.flag_x, self.flag_y = self.x_points[mask], values[mask]
        else:
            self.flag_x = self.flag_y = None
        self.line = self.band = self.flags = None

    def nearest(self, x):
        """(index, distance) of the point nearest to ``x``, or None for an empty series."""
        count = self.x_points.shape[0]
        if count == 0:
            return None
        at = int(numpy.searchsorted(self.x_points, x))
        candidates = [i for i in (at - 1, at) if 0 <= i < count]
        best = min(candidates, key=lambda i: abs(self.x_points[i] - x))
        return best, abs(self.x_points[best] - x)


def _epoch():
    return numpy.datetime64(mdates.get_epoch(), "ms") if matplotlib else numpy.datetime64(0, "ms")


def _date_numbers(times):
    """matplotlib's date numbers (days since its epoch) for datetime64 times."""
    ms = numpy.asarray(times).astype("datetime64[ms]", copy=False).view("int64")
    return (ms - _epoch().astype("int64")) * (1.0 / _DAY_MS)


def _date_number(moment):
    return _date_numbers(numpy.array([numpy.datetime64(int(moment.timestamp() * 1000), "ms")]))[0]


def _moment(number):
    ms = float(number) * _DAY_MS + _epoch().astype("int64")
    return from_ms(round(ms))


def _unfollow_gone(controller, slot):
    if alive(controller):
        disconnect(controller.updateTemporalRange, slot)


def _format_value(value):
    return "{:.6g}".format(value)


class SeriesPlot(QWidget):
    """A plot of SeriesData with zoom, pan, the value under the mouse and a time cursor."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._series = []
        self._drawn = []
        self._axes = []
        self._cursor = None
        self._cursor_lines = []
        self._controller = None
        self._temporal_slot = None
        self._autoscale_y = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget()
        layout.addWidget(self._stack)
        self.message_label = QLabel()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.value_label = QLabel()
        self.value_label.setWordWrap(True)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if matplotlib is None:
            self.figure = self.canvas = self.toolbar = None
            self._stack.addWidget(self.message_label)
            self.message_label.setText(tr("The plot needs matplotlib, which this QGIS installation lacks; "
                                          "install the python3-matplotlib package (or matplotlib) to see it."))
            return
        self.figure = Figure(figsize=(6, 3.5))  # fixed margins (_fit_margins): a constrained layout doubles a draw
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(160)
        self.toolbar = NavigationToolbar2QT(self.canvas, self)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.toolbar)
        page_layout.addWidget(self.canvas, 1)
        page_layout.addWidget(self.value_label)
        self._stack.addWidget(page)
        self._stack.addWidget(self.message_label)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(30)
        self._refresh_timer.timeout.connect(self._refresh_after_zoom)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("axes_leave_event", lambda _event: self.value_label.setText(""))
        self.canvas.mpl_connect("resize_event", lambda _event: self._resized())
        self.show_message(tr("No series to show."))

    # ------------------------------------------------------------------------------------------ public

    @property
    def series(self):
        """The series currently drawn (empty while a message shows)."""
        return list(self._series)

    def show_message(self, text):
        """A centred message instead of the plot."""
        self._series, self._drawn, self._axes, self._cursor_lines = [], [], [], []
        if self.figure is not None:
            self.figure.clear()
            self.value_label.setText("")
            self.message_label.setText(text)
            self._stack.setCurrentIndex(1)

    def set_series(self, series_list, note="", kinds=None):
        """Draw ``series_list`` (SeriesData); the line above the plot says what it shows (``kinds``, by default
        :func:`describe_kinds`), then ``note``."""
        series_list = [series for series in (series_list or []) if series is not None]
        if not any(len(series) for series in series_list):
            self.show_message(tr("No data in this period."))
            return
        if self.figure is None:
            self._series = series_list
            return
        self.show_message("")
        self._series = series_list
        units = []
        for series in series_list:
            if series.unit not in units:
                units.append(series.unit)
        self._axes = self._make_axes(len(units))
        colors = matplotlib.rcParams["axes.prop_cycle"].by_key().get("color") or ["C0"]
        flagged_labelled = False
        for number, series in enumerate(series_list):
            ax = self._axes[min(units.index(series.unit), len(self._axes) - 1)]
            drawn = _Drawn(series, ax, colors[number % len(colors)])
            label = series.label or series.uuid
            if series.unit:
                label = "{} ({})".format(label, series.unit)
            drawn.line, = ax.plot([], [], color=drawn.color, linewidth=1.2, label=label)
            if drawn.flag_x is not None:
                drawn.flags, = ax.plot([], [], linestyle="none", marker="x", markersize=6, color="#d62728",
                                       label="_nolegend_" if flagged_labelled else tr("flagged"), zorder=4)
                flagged_labelled = True
            self._drawn.append(drawn)
        for ax, unit in zip(self._axes, units):
            first = next(series for series in series_list if series.unit == unit)
            ax.set_ylabel(first.axis_label or tr("value"), fontsize="small" if len(units) > 2 else None)
        xs = [d.x_points for d in self._drawn if d.x_points.shape[0]]
        x0 = min(float(x[0]) for x in xs)
        x1 = max(float(x[-1]) for x in xs)
        if x1 <= x0:
            x0, x1 = x0 - 0.5, x1 + 0.5
        self._axes[0].set_xlim(x0, x1)
        self._decorate(kinds or describe_kinds(series_list), note)
        self._fit_margins()
        self._update_lines(autoscale_y=True)
        for ax in self._axes:
            ax.callbacks.connect("xlim_changed", lambda _ax: self._schedule_refresh())
        self._draw_cursor()
        self._stack.setCurrentIndex(0)
        self.canvas.draw_idle()

    def set_cursor_time(self, moment):
        """A vertical line at ``moment`` (an aware datetime, or anything core.times reads); None removes it."""
        self._cursor = to_utc(moment) if moment is not None else None
        if self.figure is not None and self._axes:
            self._draw_cursor()
            self.canvas.draw_idle()

    @property
    def cursor_time(self):
        return self._cursor

    def follow_temporal_controller(self, controller):
        """Keep the cursor on the begin of ``controller``'s current range (a QgsTemporalController); None
        stops following."""
        self._unfollow()
        if controller is None:
            return
        self._controller = controller
        slot = self._temporal_slot = self._on_temporal_range
        controller.updateTemporalRange.connect(slot)
        # Disconnect when this widget goes, without touching the (then deleted) widget itself.
        self.destroyed.connect(lambda _obj=None, c=controller, s=slot: _unfollow_gone(c, s))
        now = temporal_range_now(controller)
        self.set_cursor_time(to_utc(now.begin()) if now is not None else None)

    def save_image(self, path):
        """The plot as it shows now, to ``path`` (PNG or SVG by its suffix); no half-written file on error."""
        suffix = os.path.splitext(path)[1].lower()
        if suffix not in FORMATS:
            raise errors.InvalidRequestError(
                tr("A plot can be saved as .png or .svg, not as “{suffix}”.").format(suffix=suffix or path))
        if self.figure is None or not self._series:
            raise errors.ExportError(tr("There is no plot to save."))
        partial = None
        try:
            partial = temp_file(path, suffix)
            self.figure.savefig(partial, format=FORMATS[suffix], dpi=150)
            os.replace(partial, path)
        except OSError as exc:
            remove(partial)
            raise errors.ExportError(tr("The plot could not be saved as {path}: {error}").format(
                path=path, error=exc.strerror or exc), details=repr(exc)) from None
        except Exception:
            remove(partial)
            raise
        return path

    # ----------------------------------------------------------------------------------------- drawing

    def _fit_margins(self):
        """Axes placed with fixed margins (in points, so the labels fit at any size): cheaper than a layout
        engine that measures every label at every draw."""
        if not self._axes:
            return
        width, height = self.figure.get_size_inches() * 72.0
        if width < 100 or height < 80:
            return
        right = MARGINS_PT["twin"] if len(self._axes) == 2 else MARGINS_PT["right"]
        rows = len(self._axes) if len(self._axes) > 2 else 1
        inner = max(height - MARGINS_PT["top"] - MARGINS_PT["bottom"], 1.0)
        self.figure.subplots_adjust(left=MARGINS_PT["left"] / width, right=1 - right / width,
                                    bottom=MARGINS_PT["bottom"] / height, top=1 - MARGINS_PT["top"] / height,
                                    hspace=MARGINS_PT["between"] * rows / inner if rows > 1 else 0.2)

    def _resized(self):
        self._fit_margins()
        self._schedule_refresh()

    def _make_axes(self, unit_count):
        if unit_count <= 2:
            ax = self.figure.add_subplot(1, 1, 1)
            axes = [ax] + ([ax.twinx()] if unit_count == 2 else [])
        else:
            axes = list(self.figure.subplots(unit_count, 1, sharex=True, squeeze=False)[:, 0])
        for ax in axes:
            ax.xaxis_date(tz=UTC)
        locator = mdates.AutoDateLocator(tz=UTC)
        bottom = axes[-1] if unit_count > 2 else axes[0]
        bottom.xaxis.set_major_locator(locator)
        bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=UTC))
        bottom.set_xlabel(tr("Time (UTC)"))
        for ax in axes[:-1] if unit_count > 2 else ():
            ax.tick_params(labelbottom=False)
        for ax in axes[:1] if unit_count == 2 else axes:
            ax.grid(True, linewidth=0.4, alpha=0.5)
        return axes

    def _decorate(self, kinds, note):
        text = kinds[:1].upper() + kinds[1:]
        if note:
            text = "{} — {}".format(text, note)
        self.figure.suptitle(text, fontsize="small", x=0.01, ha="left")
        if len(self._axes) == 2:  # one legend for both axes
            handles, labels = [], []
            for ax in self._axes:
                more_handles, more_labels = ax.get_legend_handles_labels()
                handles += more_handles
                labels += more_labels
            self._axes[0].legend(handles + self._band_handles(self._axes), labels + self._band_labels(self._axes),
                                 fontsize="small", loc="upper left")
        else:
            for ax in self._axes:
                handles, labels = ax.get_legend_handles_labels()
                ax.legend(handles + self._band_handles([ax]), labels + self._band_labels([ax]), fontsize="small",
                          loc="upper left")

    def _has_band(self, axes):
        return any(d.low is not None and d.ax in axes for d in self._drawn)

    def _band_handles(self, axes):
        if not self._has_band(axes):
            return []
        from matplotlib.patches import Patch

        return [Patch(facecolor="0.5", alpha=0.3, linewidth=0)]

    def _band_labels(self, axes):
        return [tr("min–max")] if self._has_band(axes) else []

    def _columns(self, ax):
        width = ax.bbox.width if ax.bbox is not None else 800
        return int(min(max(width, MIN_COLUMNS), MAX_COLUMNS))

    def _update_lines(self, autoscale_y):
        for drawn in self._drawn:
            ax = drawn.ax
            x0, x1 = ax.get_xlim()
            columns = self._columns(ax)
            kept = decimate(drawn.x, drawn.y, x0, x1, columns, extra=(drawn.low, drawn.high))
            drawn.line.set_data(drawn.x[kept], drawn.y[kept])
            if drawn.band is not None:
                drawn.band.remove()
                drawn.band = None
            if drawn.low is not None:
                drawn.band = ax.fill_between(drawn.x[kept], drawn.low[kept], drawn.high[kept], color=drawn.color,
                                             alpha=0.25, linewidth=0, label="_nolegend_")
            if drawn.flags is not None:
                shown = decimate(drawn.flag_x, drawn.flag_y, x0, x1, columns)
                drawn.flags.set_data(drawn.flag_x[shown], drawn.flag_y[shown])
        if autoscale_y:
            for ax in self._axes:
                self._fit_y(ax)

    def _fit_y(self, ax):
        """The y-range of ``ax``: its lines, bands and flags with a 5 % margin (relim() skips the bands)."""
        low, high = numpy.inf, -numpy.inf
        for drawn in self._drawn:
            if drawn.ax is not ax:
                continue
            for values in (drawn.y, drawn.low, drawn.high, drawn.flag_y):
                if values is not None and values.shape[0] and not numpy.isnan(values).all():
                    low, high = min(low, numpy.nanmin(values)), max(high, numpy.nanmax(values))
        if not numpy.isfinite(low) or not numpy.isfinite(high):
            return
        margin = (high - low) * 0.05 or abs(high) * 0.05 or 1.0
        ax.set_ylim(low - margin, high + margin)

    def _schedule_refresh(self):
        if self._drawn:
            self._refresh_timer.start()

    def _refresh_after_zoom(self):
        if not self._drawn or not alive(self.canvas):
            return
        self._update_lines(autoscale_y=False)
        self.canvas.draw_idle()

    def _draw_cursor(self):
        for line in self._cursor_lines:
            try:
                line.remove()
            except (ValueError, NotImplementedError):  # its axes were cleared already
                pass
        self._cursor_lines = []
        if self._cursor is None:
            return
        x = _date_number(self._cursor)
        for ax in self._axes[:1] if len(self._axes) == 2 else self._axes:
            self._cursor_lines.append(ax.axvline(x, color="0.25", linestyle="--", linewidth=1, zorder=5))

    # ------------------------------------------------------------------------------------ interaction

    def _on_motion(self, event):
        if event.inaxes is None or event.xdata is None or not self._drawn:
            return
        self.value_label.setText(self.value_text(event.xdata))

    def value_text(self, x):
        """The line under the plot for the date number ``x``: the time and each series' nearest value."""
        parts = [display_utc(_moment(x), seconds=True)]
        for drawn in self._drawn:
            series = drawn.series
            found = drawn.nearest(x)
            name = series.label or series.uuid
            if found is None or (drawn.threshold is not None and found[1] > drawn.threshold / 2.0) \
                    or numpy.isnan(drawn.values[found[0]]):
                parts.append(tr("{name}: no value").format(name=name))
                continue
            index = found[0]
            text = _format_value(drawn.values[index])
            if drawn.low is not None and series.low is not None:
                text = "{} ({}–{})".format(text, _format_value(series.low[index]), _format_value(series.high[index]))
            if series.unit:
                text = "{} {}".format(text, series.unit)
            if series.flagged is not None and len(series.flagged) > index and series.flagged[index]:
                text = tr("{value}, flagged").format(value=text)
            parts.append("{}: {}".format(name, text))
        return "  ·  ".join(parts)

    def _on_temporal_range(self, time_range):
        if not alive(self):
            return
        begin = time_range.begin() if time_range is not None else None
        self.set_cursor_time(to_utc(begin) if begin is not None and begin.isValid() else None)

    def _unfollow(self):
        if self._controller is not None and alive(self._controller) and self._temporal_slot is not None:
            disconnect(self._controller.updateTemporalRange, self._temporal_slot)
        self._controller = self._temporal_slot = None
