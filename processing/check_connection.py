from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.connection import check_connection
from ..core.i18n import tr
from .base import LizardAlgorithm


class CheckConnectionAlgorithm(LizardAlgorithm):
    """Says whether the configured portal answers and accepts the key (``LIZARD_URL``/``LIZARD_API_KEY``)."""

    GROUP = "settings"

    PORTAL = "PORTAL"
    AUTHENTICATED = "AUTHENTICATED"
    USERNAME = "USERNAME"
    ORGANISATIONS = "ORGANISATIONS"
    REPORT = "REPORT"

    def name(self):
        return "checkconnection"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Check Lizard connection")



    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Checks that the Lizard portal answers and whether it accepts the API key. It uses the portal and "
            "key from the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when "
            "they are set (useful with qgis_process). Fails when the portal cannot be reached or the key is "
            "refused.\n\nOutputs: PORTAL (the portal address), AUTHENTICATED (1 when a key was accepted, "
            "0 when working anonymously), USERNAME, ORGANISATIONS (one per line, with roles) and REPORT "
            "(the result in words)."
        )


    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addOutput(QgsProcessingOutputString(self.PORTAL, tr("Portal")))
        self.addOutput(QgsProcessingOutputNumber(self.AUTHENTICATED, tr("Key accepted")))
        self.addOutput(QgsProcessingOutputString(self.USERNAME, tr("User name")))
        self.addOutput(QgsProcessingOutputString(self.ORGANISATIONS, tr("Organisations")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        try:
            with LizardClient.from_settings() as client:
                report = check_connection(client, cancel=feedback)
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        for line in report.lines():
            feedback.pushInfo(line)
        if not report.ok:
            raise QgsProcessingException(report.summary())
        return {
            self.PORTAL: report.portal_url,
            self.AUTHENTICATED: 1 if report.key_accepted else 0,
            self.USERNAME: report.username or "",
            self.ORGANISATIONS: "\n".join(
                "{} ({})".format(name, ", ".join(roles)) for name, roles in report.organisations),
            self.REPORT: report.summary(),
        }
