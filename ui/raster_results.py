"""The raster dock's results: the table model of the loaded search results, and its view."""

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QTableView

from ..core.i18n import tr
from ..core.rasters import describe
from .add_to_map import MIME_TYPE, encode_mime


class ResultsModel(QAbstractTableModel):
    """The loaded search results. Asks for more (``more_requested``) when the view scrolls to the end."""

    more_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = describe.columns()
        self.scope = "rasters"
        self._rows = []  # (arrival number, object): sorting on a column keeps server order restorable
        self._more = False
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    # -- contents

    def reset(self, scope):
        self.beginResetModel()
        self.scope = scope
        self._rows = []
        self._more = False
        self.endResetModel()

    def append(self, objects):
        if not objects:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(objects) - 1)
        self._rows.extend((start + i, obj) for i, obj in enumerate(objects))
        self.endInsertRows()
        if self._sort[0] >= 0:
            self._resort()

    def objects(self):
        return [obj for _n, obj in self._rows]

    def object_at(self, row):
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid):
        return next((row for row, (_n, obj) in enumerate(self._rows) if obj.get("uuid") == uuid), -1)

    def set_more_available(self, more):
        self._more = bool(more)

    # -- what a cell shows (a subclass shows other objects: override these and ``columns``)

    def cell(self, obj, key):
        return describe.cell(obj, key)

    def sort_key(self, obj, key):
        return describe.sort_key(obj, key)

    def name(self, obj):
        return describe.name(obj)

    # -- QAbstractTableModel

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        obj = self.object_at(index.row()) if index.isValid() else None
        if obj is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(obj, self.columns[index.column()][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{name}\nUUID: {uuid}").format(name=self.name(obj), uuid=obj.get("uuid") or "")
        if role == Qt.ItemDataRole.UserRole:
            return obj
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section][1]
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self):  # noqa: N802 - Qt API
        return [MIME_TYPE, "text/plain"]

    def mimeData(self, indexes):  # noqa: N802 - Qt API
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return encode_mime(self.scope, [self.object_at(row) for row in rows])

    def supportedDragActions(self):  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction

    def canFetchMore(self, parent):  # noqa: N802 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent):  # noqa: N802 - Qt API
        if self.canFetchMore(parent):
            self._more = False  # until the batch has arrived
            self.more_requested.emit()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Sort the loaded rows on a column (``-1``: back to the order Lizard sent them in)."""
        self._sort = (column, order)
        self._resort()

    def _resort(self):
        column, order = self._sort
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(index, self._rows[index.row()][0]) for index in before]
        if 0 <= column < len(self.columns):
            key = self.columns[column][0]
            self._rows.sort(key=lambda item: (self.sort_key(item[1], key), item[0]),
                            reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            self._rows.sort(key=lambda item: item[0])
        position = {number: row for row, (number, _obj) in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _n in moved], [self.index(position[n], index.column()) for index, n in moved])
        self.layoutChanged.emit()


class ResultsView(QTableView):
    """The results table (``count()`` and ``setCurrentRow()`` as a list would have them)."""

    def count(self):
        return self.model().rowCount() if self.model() is not None else 0

    def setCurrentRow(self, row):  # noqa: N802 - like QListWidget
        self.selectRow(row)
