from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import credentials, errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.rasters import scenario_results
from ..core.rasters.scenarios import fetch_scenario
from .base import LizardAlgorithm
from .download_scenario import result_codes
from .load_raster_wms import report_outcome


class LoadScenarioWmsAlgorithm(LizardAlgorithm):
    """A 3Di scenario's raster results as WMS layers, in a layer group named after the scenario."""

    GROUP = "scenarios"
    SCENARIO = "SCENARIO"
    RESULTS = "RESULTS"
    URIS = "URIS"

    def __init__(self):
        super().__init__()
        self._group, self._layers = None, []

    def name(self):
        return "loadscenariowms"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Load scenario results as WMS layers")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Adds the raster results of a 3Di scenario stored in Lizard to the project as WMS layers, in a "
            "layer group named after the scenario, each layer named after its result and styled as in Lizard. "
            "Temporal results become WMS-T layers that follow the Temporal Controller. It uses the portal and "
            "key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they "
            "are set. A key saved in the Lizard settings reaches the layers as a QGIS authentication "
            "configuration (authcfg), never as text in the layer source or the project file.\n\n"
            "SCENARIO: the scenario's UUID or its exact name.\n"
            "RESULTS: result codes, separated by commas (for example depth-max-dtri, depth-dtri). Empty: every "
            "raster result. Raw files cannot be shown as layers.\n\n"
            "URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, where "
            "no layers are added, use these to open the layers elsewhere."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.SCENARIO, tr("Scenario (UUID or exact name)")))
        self.addParameter(QgsProcessingParameterString(
            self.RESULTS, tr("Result codes, comma-separated (empty: every raster result)"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.URIS, tr("WMS data sources")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        project = context.project()
        project_crs = project.crs().authid() if project is not None and project.crs().isValid() else ""
        codes = result_codes(self.parameterAsString(parameters, self.RESULTS, context))
        self._group, self._layers = None, []
        try:
            with LizardClient.from_settings() as client:
                scenario = fetch_scenario(client, self.parameterAsString(parameters, self.SCENARIO, context),
                                          cancel=feedback)
                results = scenario_results.fetch_results(client, scenario, cancel=feedback)
                rasters = [r for r in results if r.kind != scenario_results.FILE]
                if codes:
                    rasters = [r for r in scenario_results.choose(results, codes) if r.kind != scenario_results.FILE]
                if not rasters:
                    raise errors.NotFoundError(tr("The scenario “{name}” has no raster results to show.").format(
                        name=scenario.get("name")))
                outcome = scenario_results.wms_layers(
                    client, rasters, project_crs, credentials.layer_authcfg(), cancel=feedback,
                    create=project is not None, owner_thread=QCoreApplication.instance().thread())
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        report_outcome(outcome, feedback)
        if not outcome.uris:
            raise QgsProcessingException(str(outcome.failures[0]) if outcome.failures else tr(
                "No result of the scenario could become a layer."))
        for raster, uri in outcome.uris:
            feedback.pushInfo("{}: {}".format(raster.get("name"), uri))
        self._group, self._layers = scenario.get("name") or scenario.get("uuid"), list(outcome.layers)
        return {self.URIS: "\n".join(uri for _, uri in outcome.uris)}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 - QGIS API
        """On the main thread: the layers go into the project, in a group named after the scenario."""
        project = context.project()
        if project is not None and self._layers:
            root = project.layerTreeRoot()
            group = root.findGroup(self._group) or root.insertGroup(0, self._group)
            for layer in self._layers:
                project.addMapLayer(layer, False)
                group.addLayer(layer)
        self._layers = []
        return {}
