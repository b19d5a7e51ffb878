"""The plugin's dock widgets: :class:`LizardDock`, the frame every dock shares, and the buildings dock.

Every dock shows which portal it talks to. The raster dock is in :mod:`.raster_dock`; the buildings dock's
content grows on this frame.
"""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core import credentials, settings
from ..core.i18n import tr


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
