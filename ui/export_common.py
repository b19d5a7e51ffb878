"""What the export dialogs (:mod:`.asset_bundle_dialog`, :mod:`.geotiff_dialog`) share: their error label,
tables and failure message, and the layer a layer-tree context menu was opened on."""

from qgis.core import QgsMapLayer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
)

from .messages import show_dialog_error


def _table(headers, name):
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def _show_dialog_error(dialog, error, title):
    """An export dialog's failure: the sentence under the form and in the message bar (not for a cancel)."""
    dialog.export_button.setEnabled(True)
    dialog.status_label.clear()
    show_dialog_error(dialog, error, title)


def layer_for_context(iface, layer_type):
    """The layer the layer-tree context menu was opened on (the current one), if it is a ``layer_type``."""
    layer = None
    try:
        layer = iface.layerTreeView().currentLayer()
    except (AttributeError, RuntimeError):
        pass
    if not isinstance(layer, QgsMapLayer):
        layer = iface.activeLayer()
    return layer if isinstance(layer, layer_type) else None
