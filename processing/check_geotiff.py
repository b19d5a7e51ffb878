from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterRasterLayer,
)

from ..core.i18n import tr
from ..core.rasters.geotiff import FAILED, PASSED, WARNING, check_geotiff, is_valid, status_of
from .base import LizardAlgorithm
from .export_geotiff import layer_file


def report_lines(report):
    """One line per rule: ``OK``, ``WARNING`` or ``FAIL``, the rule id and its message."""
    words = {PASSED: tr("OK"), WARNING: tr("WARNING"), FAILED: tr("FAIL")}
    return "\n".join("{} {}: {}".format(words[status_of(result)], result.rule, result.message) for result in report)


class CheckGeotiffAlgorithm(LizardAlgorithm):
    """Whether a raster file follows Lizard's GeoTIFF rules, rule by rule."""

    GROUP = "export"
    INPUT = "INPUT"
    VALID = "VALID"
    REPORT = "REPORT"

    def name(self):
        return "checkgeotiff"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Check GeoTIFF for Lizard")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Checks a raster file against Lizard's rules for rastersource data: GeoTIFF format, a single band, "
            "a NODATA value and a CRS with an EPSG code. It also warns when the file is larger than 4 GiB "
            "(a warning only: the file may still be uploaded).\n\n"
            "INPUT: a raster layer stored in a file.\n\n"
            "VALID: 1 when every rule passes (warnings aside), else 0.\n"
            "REPORT: one line per rule: OK, WARNING or FAIL, the rule and what was found."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Raster layer")))
        self.addOutput(QgsProcessingOutputNumber(self.VALID, tr("Valid")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = layer_file(self.parameterAsRasterLayer(parameters, self.INPUT, context))
        report = check_geotiff(source)
        text = report_lines(report)
        valid = is_valid(report)
        for line in text.splitlines():
            feedback.pushInfo(line)
        return {self.VALID: 1 if valid else 0, self.REPORT: text}
