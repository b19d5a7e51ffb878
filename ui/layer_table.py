"""A table of a layer's features kept in step with the layer: :class:`FeatureTableModel` (one row per
feature) and :class:`LayerTableMixin` (selecting rows selects the features and back; clicking a row pans the
map to the feature and flashes it). Shared by the buildings and timeseries docks.
"""

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProject,
)
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)

from .qt import alive, disconnect


class FeatureTableModel(QAbstractTableModel):
    """A layer's features: one row per feature (feature id, the attributes of ``columns``)."""

    def __init__(self, columns, headers, parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows = []  # (feature id, [values])
        self._row_of = {}
        self._headers = dict(headers)

    def reset(self, features=()):
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._add(features)
        self.endResetModel()

    def append(self, features):
        if not features:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(features) - 1)
        self._add(features)
        self.endInsertRows()

    def _add(self, features):
        for feature in features:
            self._row_of[feature.id()] = len(self._rows)
            self._rows.append((feature.id(), [feature[name] for name in self.columns]))

    def set_values(self, column, values):
        """``values`` ({feature id: value}) into ``column`` (a name of :attr:`columns`) of their rows."""
        index = self.columns.index(column)
        rows = []
        for fid, value in values.items():
            row = self._row_of.get(fid)
            if row is not None:
                self._rows[row][1][index] = value
                rows.append(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows), index), self.index(max(rows), index))

    def feature_id(self, row):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, fid):
        return self._row_of.get(fid, -1)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()][1][index.column()]
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return None
        return str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self._headers[self.columns[section]]
        return None


class LayerTableMixin:
    """For a dock with ``iface``, ``layer``, ``model`` (a :class:`FeatureTableModel`), ``results`` (its view)
    and ``_syncing``; connect ``results``' selection to ``_rows_selected`` and its clicks to ``_row_clicked``."""

    def _show_layer(self, layer):
        """Show ``layer``'s features in the table and keep the table's and the map's selections in step."""
        if alive(self.layer):
            disconnect(self.layer.selectionChanged, self._layer_selection_changed)
        self.layer = layer
        features = []
        if layer is not None:
            layer.selectionChanged.connect(self._layer_selection_changed)
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
                list(self.model.columns), layer.fields())
            features = list(layer.getFeatures(request))
        self.model.reset(features)

    def _rows_selected(self, *_args):
        if self._syncing or not alive(self.layer):
            return
        rows = {index.row() for index in self.results.selectionModel().selectedRows()}
        ids = [fid for fid in (self.model.feature_id(row) for row in rows) if fid is not None]
        self._syncing = True
        try:
            self.layer.selectByIds(ids)
        finally:
            self._syncing = False

    def _row_clicked(self, index):
        fid = self.model.feature_id(index.row())
        if fid is not None:
            self.show_feature(fid)

    def show_feature(self, fid):
        """Flash the feature ``fid`` and pan the map to it."""
        layer, canvas = self.layer, self.iface.mapCanvas()
        if not alive(layer):
            return
        feature = layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        box = feature.geometry().boundingBox()
        target = canvas.mapSettings().destinationCrs()
        if target.isValid() and target != layer.crs():
            try:
                transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
                box = transform.transformBoundingBox(box)
            except QgsCsException:
                return
        canvas.setCenter(box.center())
        canvas.refresh()
        canvas.flashFeatureIds(layer, [fid])

    def _layer_selection_changed(self, selected, _deselected, _clear):
        if self._syncing or not alive(self.layer):
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for fid in self.layer.selectedFeatureIds():
            row = self.model.row_of(fid)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        self._syncing = True
        try:
            self.results.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            rows = [self.model.row_of(fid) for fid in selected]
            rows = [row for row in rows if row >= 0]
            if rows:
                self.results.scrollTo(self.model.index(rows[0], 0))
        finally:
            self._syncing = False
