"""The buildings dock's table model: the loaded buildings, one row per feature of the layer."""

from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)

from ..core.i18n import tr

# (field, header) of the results table; the layer has more.
COLUMNS = ("id", "code", "street", "house_number", "postalcode", "city", "build_year", "address_count")


def _headers():
    return {
        "id": tr("Id"), "code": tr("Code"), "street": tr("Street"), "house_number": tr("Number"),
        "postalcode": tr("Postal code"), "city": tr("City"), "build_year": tr("Build year"),
        "address_count": tr("Addresses"),
    }


class BuildingsModel(QAbstractTableModel):
    """The loaded buildings: one row per feature of the layer (feature id, a few attributes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []  # (feature id, [values])
        self._row_of = {}
        self._headers = _headers()

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
            self._rows.append((feature.id(), [feature[name] for name in COLUMNS]))

    def feature_id(self, row):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, fid):
        return self._row_of.get(fid, -1)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()][1][index.column()]
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return None
        return str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self._headers[COLUMNS[section]]
        return None
