import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..core import errors
from ..core.i18n import tr
from ..core.rasters.geotiff import export_geotiff
from .base import LizardAlgorithm


def layer_file(layer):
    """The file behind a raster layer, or ``QgsProcessingException`` with a sentence when it has none."""
    source = layer.source() if layer is not None else ""
    if layer is None or layer.providerType() != "gdal" or not os.path.isfile(source):
        raise QgsProcessingException(tr(
            "The layer {name} is not a raster file on disk; save it as a file first.").format(
                name=layer.name() if layer is not None else ""))
    return source


class ExportGeotiffAlgorithm(LizardAlgorithm):
    """One band of a raster layer as a GeoTIFF that Lizard accepts."""

    GROUP = "export"
    INPUT = "INPUT"
    BAND = "BAND"
    NODATA = "NODATA"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"

    def name(self):
        return "exportgeotiff"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Export GeoTIFF for Lizard")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Writes one band of a raster layer as a GeoTIFF that Lizard accepts: a single band, tiled and "
            "DEFLATE-compressed, with a NODATA value and a CRS with an EPSG code. Nothing is left behind when "
            "it fails or is cancelled.\n\n"
            "INPUT: a raster layer stored in a file.\n"
            "BAND: the band to write (default 1).\n"
            "NODATA: the no-data value, needed only when the band has none (the band's own value is kept). "
            "It should not occur in the data; you are warned when it does.\n"
            "TARGET_CRS: reproject to this CRS (it must have an EPSG code). Without it the layer's CRS is "
            "kept; a CRS without an EPSG code is refused.\n\n"
            "OUTPUT: the GeoTIFF (.tif)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Raster layer")))
        self.add_band_and_nodata()
        self.addParameter(QgsProcessingParameterCrs(self.TARGET_CRS, tr("Target CRS"), optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("GeoTIFF")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        source = layer_file(layer)
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        nodata = self.optional_number(parameters, self.NODATA, context)
        target = self.crs_text(parameters, self.TARGET_CRS, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        try:
            result = export_geotiff(source, output, band=band, nodata=nodata, target_crs=target,
                                    feedback=feedback)
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        for warning in result.warnings:
            feedback.pushWarning(warning)
        return {self.OUTPUT: result.path}
