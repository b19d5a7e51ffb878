"""The plugin's dock widgets.

Both docks show which portal they talk to. The raster dock searches rastersources and raster layers by
name in a background task (a new search cancels the stale one); the full browser (filters, map extent,
add to map) and the buildings dock's content grow on this frame.
"""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core import credentials, errors, settings
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.tasks import LatestTask, LizardTask
from .messages import show_error

SEARCH_LIMIT = 200


class LizardDock(QgsDockWidget):
    """A dock with a header saying which portal it uses and whether a key is set."""

    def __init__(self, title, object_name, iface, parent=None):
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.iface = iface
        self.body = QWidget()
        self.box = QVBoxLayout(self.body)
        self.header = QLabel()
        self.header.setObjectName("portal")
        self.header.setWordWrap(True)
        self.box.addWidget(self.header)
        self.setWidget(self.body)
        self.refresh_header()

    def refresh_header(self):
        key = tr("with your API key") if credentials.key_source() else tr("anonymously (public data)")
        self.header.setText(tr("{portal}, {key}").format(portal=settings.portal_url(), key=key))


class RasterDock(LizardDock):
    """Find raster layers or rastersources by name."""

    def __init__(self, iface, parent=None):
        super().__init__(tr("Lizard rasters"), "LizardRasterDock", iface, parent)
        self._search = LatestTask()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(tr("Search by name…"))
        self.search_edit.setClearButtonEnabled(True)
        self.scope_group = QButtonGroup(self)
        scope_row = QHBoxLayout()
        for index, (label, endpoint) in enumerate(((tr("Raster layers"), "rasters/"),
                                                   (tr("Rastersources"), "rastersources/"))):
            button = QRadioButton(label)
            button.setProperty("endpoint", endpoint)
            button.setChecked(index == 0)
            self.scope_group.addButton(button, index)
            scope_row.addWidget(button)
        scope_row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.box.addWidget(self.search_edit)
        self.box.addLayout(scope_row)
        self.box.addWidget(self.status)
        self.box.addWidget(self.results, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.scope_group.buttonClicked.connect(lambda _button: self.search())

    def endpoint(self):
        return self.scope_group.checkedButton().property("endpoint")

    def search(self):
        """Start a search for what is typed; a running search is cancelled."""
        self._debounce.stop()
        text = self.search_edit.text().strip()
        params = {"name__icontains": text} if text else {}
        endpoint = self.endpoint()
        try:
            client = LizardClient.from_settings()
        except errors.LizardError as exc:
            show_error(self.iface, exc)
            return None
        self.refresh_header()
        self.status.setText(tr("Searching…"))

        def work(task):
            found, total = [], None
            for page in client.pages(endpoint, params, cancel=task):
                total = page.count if total is None else total
                found.extend(page.results)
                task.setProgress(100.0 * len(found) / max(1, total or len(found)))
                if len(found) >= SEARCH_LIMIT:
                    break
            return found[:SEARCH_LIMIT], total

        task = LizardTask(tr("Searching Lizard"), work)
        task.succeeded.connect(lambda answer: self._search.is_current(task) and self._show_results(answer))
        task.failed.connect(lambda error: self._search.is_current(task) and self._search_failed(error))
        return self._search.start(task)

    def _show_results(self, answer):
        found, total = answer
        self.results.clear()
        for item in found:
            organisation = (item.get("organisation") or {}).get("name") or ""
            row = QListWidgetItem("{}  —  {}".format(item.get("name") or item.get("uuid"), organisation))
            row.setData(Qt.UserRole, item.get("uuid"))
            row.setToolTip(item.get("uuid") or "")
            self.results.addItem(row)
        if not found:
            self.status.setText(tr("Nothing found."))
        else:
            self.status.setText(tr("{shown} shown of {total}").format(shown=len(found), total=total or len(found)))

    def _search_failed(self, error):
        if isinstance(error, errors.CancelledError):
            return
        self.status.setText(tr("The search failed."))
        show_error(self.iface, error)

    def cancel(self):
        self._search.cancel()


class BuildingsDock(LizardDock):
    """Lizard buildings for an area of the map (filters and loading are added on this frame)."""

    def __init__(self, iface, parent=None):
        super().__init__(tr("Lizard buildings"), "LizardBuildingsDock", iface, parent)
        note = QLabel(tr("Loading buildings for the map extent, a selection or a drawn shape comes in the "
                         "next version of Lizard Explorer."))
        note.setWordWrap(True)
        self.box.addWidget(note)
        self.box.addStretch(1)

    def cancel(self):
        pass
