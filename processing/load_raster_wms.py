from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..core import credentials, errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.query import as_uuid
from ..core.rasters import wms
from .base import LizardAlgorithm


def report_outcome(outcome, feedback):
    """Tells ``feedback`` which layers went without the key and which rasters could not become layers."""
    if outcome.keyless:
        feedback.pushWarning(wms.keyless_message(outcome.keyless))
    for failure in outcome.failures:
        feedback.reportError(str(failure), fatalError=False)
        if failure.details:
            feedback.pushDebugInfo(failure.details)


class LoadRasterWmsAlgorithm(LizardAlgorithm):
    """Lizard raster layers as WMS layers in the project: one raster layer, or every one of a rastersource."""

    RASTER = "RASTER"
    URIS = "URIS"

    def name(self):
        return "loadrasterwms"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Load raster as WMS layer")



    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Adds a Lizard raster to the project as a WMS layer, named after it and styled as in Lizard. "
            "Temporal rasters become WMS-T layers that follow the Temporal Controller. It uses the portal "
            "and key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY "
            "when they are set. The layers use the project's CRS when Lizard's WMS offers it, else "
            "EPSG:3857. A key saved in the Lizard settings reaches the layers as a QGIS authentication "
            "configuration (authcfg), never as text in the layer source or the project file, and only on "
            "layers that the portal itself serves over https; a layer served by another host is added without "
            "it. With only LIZARD_API_KEY set, the layers load public data.\n\n"
            "RASTER: the UUID of a raster layer, or of a rastersource: then every raster layer that shows "
            "that source is added. A rastersource without raster layers is an error.\n\n"
            "URIS: the WMS data source of each layer, one per line (without any key); with qgis_process, "
            "where no layers are added, use these to open the layers elsewhere."
        )


    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(self.RASTER, tr("Raster layer or rastersource UUID")))
        self.addOutput(QgsProcessingOutputString(self.URIS, tr("WMS data sources")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        text = self.parameterAsString(parameters, self.RASTER, context)
        uuid = as_uuid(text)
        if uuid is None:
            raise QgsProcessingException(
                tr("“{text}” is not the UUID of a Lizard raster layer or rastersource.").format(text=text.strip()))
        project = context.project()
        project_crs = project.crs().authid() if project is not None and project.crs().isValid() else ""
        try:
            with LizardClient.from_settings() as client:
                outcome = wms.build_layers(client, "rasters", [{"uuid": uuid}], project_crs,
                                           credentials.layer_authcfg(), cancel=feedback, create=project is not None)
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        if outcome.unshown_sources:
            raise QgsProcessingException(wms.unshown_message(outcome.unshown_sources[0]))
        report_outcome(outcome, feedback)
        made = outcome.layers if project is not None else outcome.uris
        if not made:  # every raster failed (a source without rasters was handled above)
            raise QgsProcessingException(str(outcome.failures[0]) if outcome.failures else str(errors.NotFoundError(
                tr("Lizard has no such object, or it is not visible with your key."))))
        for layer in outcome.layers:
            context.temporaryLayerStore().addMapLayer(layer)
            details = QgsProcessingContext.LayerDetails(layer.name(), project, "", QgsProcessingUtils.LayerHint.Raster)
            details.forceName = True  # the raster's name, not one QGIS derives from the WMS address
            context.addLayerToLoadOnCompletion(layer.id(), details)
        for raster, uri in outcome.uris:
            feedback.pushInfo("{}: {}".format(raster.get("name"), uri))
        return {self.URIS: "\n".join(uri for _, uri in outcome.uris)}
