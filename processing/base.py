from qgis.core import QgsProcessingAlgorithm

from ..core.i18n import tr


def group_name(group_id):
    return {"settings": tr("Settings"), "rasters": tr("Rasters"), "buildings": tr("Buildings"),
            "export": tr("Export"), "upload": tr("Upload")}.get(group_id, group_id)


class LizardAlgorithm(QgsProcessingAlgorithm):
    """What every Lizard algorithm shares: its group (``GROUP``, an id) and a fresh instance of its class."""

    GROUP = "rasters"

    def group(self):
        return group_name(self.GROUP)

    def groupId(self):  # noqa: N802 - QGIS API
        return self.GROUP

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()
