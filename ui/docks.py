"""The plugin's dock widgets share :class:`LizardDock`, a frame that shows which portal the dock talks to.

The raster dock is in :mod:`.raster_dock`, the buildings dock in :mod:`.buildings_dock`.
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

