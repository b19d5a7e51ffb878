"""Small Qt helpers the docks and dialogs share."""

import html

from qgis.core import QgsApplication
from qgis.gui import QgsDateTimeEdit
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QAction, QComboBox, QHeaderView, QLineEdit, QTableView, QToolBar

from ..core.i18n import tr


def alive(obj):
    """Whether a Qt object still exists (not None, not deleted on the C++ side)."""
    return obj is not None and not sip.isdeleted(obj)


def disconnect(signal, slot):
    """Disconnect ``slot`` from ``signal`` if it is connected and the sender still exists."""
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):  # not connected, or the sender is gone
        pass


def cancel_quietly(task):
    """Cancel ``task`` unless it is None or the task manager has already deleted it."""
    if task is None:
        return
    try:
        task.cancel()
    except RuntimeError:  # already deleted by the task manager
        pass


def details_html(rows):
    """A details pane's HTML: a two-column table of (label, text) rows, escaped."""
    cells = "".join(
        "<tr><td style='padding-right:8px'><b>{}</b></td><td style='white-space:pre-wrap'>{}</td></tr>".format(
            html.escape(str(label)), html.escape(str(text))) for label, text in rows)
    return "<table cellspacing='0' cellpadding='2'>{}</table>".format(cells)


def results_table(model, name, view=None):
    """A docks' results table (``view``, a new QTableView by default) over ``model``: whole rows selected, several
    at a time, read-only, compact rows, columns resized by the user, the last one stretched."""
    view = view if view is not None else QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def line_edit(name, placeholder, tooltip=""):
    """A docks' text filter: a placeholder, a clear button."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    if tooltip:
        edit.setToolTip(tooltip)
    return edit


def utc_edit(name, days_back=0):
    """A date and time field in UTC (says so in its tooltip), set to ``days_back`` days before now."""
    edit = QgsDateTimeEdit()
    edit.setObjectName(name)
    edit.setAllowNull(False)
    edit.setTimeSpec(Qt.TimeSpec.UTC)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setDateTime(QDateTime.currentDateTimeUtc().addDays(-days_back))
    edit.setToolTip(tr("UTC"))
    return edit


def make_combo(name, choices):
    """A combo box named ``name`` with (label, data) ``choices``."""
    box = QComboBox()
    box.setObjectName(name)
    for label, value in choices:
        box.addItem(label, value)
    return box


def make_action(parent, name, text, icon, tooltip, slot):
    """A toolbar action named ``name`` with a QGIS theme ``icon``, calling ``slot``."""
    made = QAction(QgsApplication.getThemeIcon(icon), text, parent)
    made.setObjectName(name)
    made.setToolTip(tooltip)
    made.triggered.connect(slot)
    return made


def action_toolbar(actions):
    """A dock's toolbar (object name ``actions``) with ``actions``, their text beside their icons."""
    toolbar = QToolBar()
    toolbar.setObjectName("actions")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in actions:
        toolbar.addAction(action)
    return toolbar
