from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.query import check_uuid
from ..core.times import time_zone
from ..core.timeseries.events import events_from_rows, rows_from_source, upload_events
from .base import LizardAlgorithm
from .upload_raster import UPLOAD_GROUP

MAX_NAMED = 5


class UploadTimeseriesAlgorithm(LizardAlgorithm):
    """The rows of a table or layer as events of a Lizard timeseries."""

    GROUP = UPLOAD_GROUP
    INPUT = "INPUT"
    TIMESERIES = "TIMESERIES"
    TIME_FIELD = "TIME_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    FLAG_FIELD = "FLAG_FIELD"
    COMMENT_FIELD = "COMMENT_FIELD"
    TIME_ZONE = "TIME_ZONE"
    EVENTS = "EVENTS"

    def name(self):
        return "uploadtimeseries"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Upload timeseries events to Lizard")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Sends the rows of a table or layer as events (time and value) to a Lizard timeseries. Lizard "
            "creates the events or updates the ones that have the same time. It uses the portal and key from "
            "the Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are "
            "set; the key needs write permission on the timeseries.\n\n"
            "Every row is checked before anything is sent: a row without a usable time, a value or flag that "
            "is not a number, and two rows with the same time stop the algorithm, naming the rows (by feature "
            "id). Rows with an empty value are skipped, with a warning. Times are sent as ISO 8601 UTC; a "
            "time without a time zone (also a date/time field of a CSV file or GeoPackage that has none) is "
            "read in TIME_ZONE. Events go in batches of a few thousand.\n\n"
            "INPUT: any table or layer (with \"selected features only\", only the selected rows).\n"
            "TIMESERIES: the UUID of the Lizard timeseries.\n"
            "TIME_FIELD: the field with the time (a date/time field, a date, or text like "
            "2024-05-01T12:00:00Z).\n"
            "VALUE_FIELD: the field with the value (a number, or text holding one).\n"
            "FLAG_FIELD: optional, a field with a whole-number quality flag.\n"
            "COMMENT_FIELD: optional, a field with a comment per event.\n"
            "TIME_ZONE: how times without a zone are read: UTC (the default) or a time zone name such as "
            "Europe/Amsterdam, with its summer time. A clock time that occurs twice when summer time ends "
            "is read as the first (summer time); one that does not exist when summer time starts is read "
            "an hour later (02:30 becomes 03:30 summer time). Times with a zone keep their moment.\n\n"
            "EVENTS: the number of events Lizard stored."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        # TypeVector takes every vector layer, with or without geometry (tables, CSV files).
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Table or layer"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterString(self.TIMESERIES, tr("Timeseries UUID")))
        self.addParameter(QgsProcessingParameterField(
            self.TIME_FIELD, tr("Time field"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Any))
        self.addParameter(QgsProcessingParameterField(
            self.VALUE_FIELD, tr("Value field"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Any))
        self.addParameter(QgsProcessingParameterField(
            self.FLAG_FIELD, tr("Flag field"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Any, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COMMENT_FIELD, tr("Comment field"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Any, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TIME_ZONE, tr("Times without a zone are in (UTC or a zone like Europe/Amsterdam)"),
            defaultValue="UTC", optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.EVENTS, tr("Events stored")))

    def _field(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsString(parameters, name, context) or None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        try:
            zone = time_zone(self.parameterAsString(parameters, self.TIME_ZONE, context) or None)
            timeseries = check_uuid(self.parameterAsString(parameters, self.TIMESERIES, context), tr("timeseries"))
            rows = rows_from_source(source, self._field(parameters, self.TIME_FIELD, context),
                                    self._field(parameters, self.VALUE_FIELD, context),
                                    self._field(parameters, self.FLAG_FIELD, context),
                                    self._field(parameters, self.COMMENT_FIELD, context), cancel=feedback)
            events, skipped = events_from_rows(rows, zone=zone)
        except errors.CancelledError:
            raise QgsProcessingException(tr("Cancelled; nothing was sent.")) from None
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        if skipped:
            named = ", ".join(str(row) for row in skipped[:MAX_NAMED])
            if len(skipped) > MAX_NAMED:
                named = tr("{shown} and {more} more").format(shown=named, more=len(skipped) - MAX_NAMED)
            feedback.pushWarning(tr("Skipped {count} rows without a value (rows {rows}).").format(
                count=len(skipped), rows=named))
        if not events:
            raise QgsProcessingException(tr("The table has no rows with a time and a value: nothing to send."))
        feedback.pushInfo(tr("Sending {count} events to the timeseries {uuid}.").format(
            count=len(events), uuid=timeseries))

        def progress(sent, total):
            feedback.setProgress(100.0 * sent / total if total else 100.0)

        try:
            with LizardClient.from_settings() as client:
                stored = upload_events(client, timeseries, events, progress=progress, cancel=feedback)
        except errors.CancelledError:
            raise QgsProcessingException(tr(
                "Cancelled; the batches sent before were stored (sending them again is harmless).")) from None
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("Lizard stored {count} events.").format(count=stored))
        return {self.EVENTS: stored}
