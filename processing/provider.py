import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.version import plugin_version
from .check_connection import CheckConnectionAlgorithm
from .check_geotiff import CheckGeotiffAlgorithm
from .download_buildings import DownloadBuildingsAlgorithm
from .download_raster import DownloadRasterAlgorithm
from .download_scenario import DownloadScenarioAlgorithm
from .download_timeseries import DownloadTimeseriesAlgorithm
from .export_asset_bundle import ExportAssetBundleAlgorithm
from .export_geotiff import ExportGeotiffAlgorithm
from .export_timesteps import ExportTimestepsAlgorithm
from .load_raster_wms import LoadRasterWmsAlgorithm
from .load_scenario_wms import LoadScenarioWmsAlgorithm
from .raster_values import RasterValuesAtPointsAlgorithm, ZonalStatisticsAlgorithm
from .search_locations import SearchLocationsAlgorithm
from .search_rastersources import SearchRastersourcesAlgorithm
from .search_scenarios import SearchScenariosAlgorithm
from .upload_raster import UploadRasterAlgorithm
from .upload_timeseries import UploadTimeseriesAlgorithm

# One algorithm class per line; the provider adds a fresh instance of each.
ALGORITHMS = (
    CheckConnectionAlgorithm,
    SearchRastersourcesAlgorithm,
    LoadRasterWmsAlgorithm,
    DownloadRasterAlgorithm,
    DownloadBuildingsAlgorithm,
    ExportGeotiffAlgorithm,
    CheckGeotiffAlgorithm,
    ExportTimestepsAlgorithm,
    ExportAssetBundleAlgorithm,
    UploadRasterAlgorithm,
    UploadTimeseriesAlgorithm,
    SearchLocationsAlgorithm,
    DownloadTimeseriesAlgorithm,
    RasterValuesAtPointsAlgorithm,
    ZonalStatisticsAlgorithm,
    SearchScenariosAlgorithm,
    DownloadScenarioAlgorithm,
    LoadScenarioWmsAlgorithm,
)

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "icon.svg")


class LizardProvider(QgsProcessingProvider):
    def id(self):
        return "lizard"

    def name(self):
        return tr("Lizard")

    def longName(self):  # noqa: N802 - QGIS API
        return tr("Lizard Explorer {version}").format(version=plugin_version())

    def icon(self):
        return QIcon(ICON)

    def versionInfo(self):  # noqa: N802 - QGIS API
        return plugin_version()

    def loadAlgorithms(self):  # noqa: N802 - QGIS API
        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())
