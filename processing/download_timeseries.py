from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.compat import FieldType
from ..core.i18n import tr
from ..core.query import check_uuid
from ..core.timeseries.download import download_events, period_params
from ..core.timeseries.locations import timeseries_of
from .base import LizardAlgorithm
from .staged import StagedSink

FIELDS = (
    ("timeseries_uuid", FieldType.String),
    ("location_code", FieldType.String),
    ("time", FieldType.String),
    ("value", FieldType.Double),
    ("flag", FieldType.Int),
    ("validation_code", FieldType.String),
    ("comment", FieldType.String),
)


def output_fields():
    fields = QgsFields()
    for name, kind in FIELDS:
        fields.append(QgsField(name, kind))
    return fields


def _number(value, kind):
    try:
        return None if value in (None, "") else kind(value)
    except (TypeError, ValueError):
        return None


class DownloadTimeseriesAlgorithm(LizardAlgorithm):
    """The events of Lizard timeseries (given by uuid, or the series of locations) into one table."""

    GROUP = "timeseries"
    TIMESERIES = "TIMESERIES"
    LOCATIONS = "LOCATIONS"
    OBSERVATION_TYPE = "OBSERVATION_TYPE"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"
    EVENTS = "EVENTS"

    def name(self):
        return "downloadtimeseries"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Download timeseries")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Downloads the events of Lizard timeseries into a table. It uses the portal and key from the "
            "Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY.\n\n"
            "TIMESERIES: one or more timeseries UUIDs, separated by commas.\n"
            "LOCATIONS: or a point layer with a uuid field (e.g. the output of Search locations): the "
            "timeseries of these locations.\n"
            "OBSERVATION_TYPE: with LOCATIONS, only the timeseries of this observation type code.\n"
            "START, END: the period in UTC, both included (a time without a zone is UTC); empty means all events.\n\n"
            "OUTPUT: a table with timeseries_uuid, location_code, time (ISO 8601 text in UTC), value, flag, "
            "validation_code and comment. When the download fails or is cancelled, nothing is written: an "
            "existing file, or a GeoPackage and its tables, stays as it was.\n"
            "EVENTS: the number of events written."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.TIMESERIES, tr("Timeseries UUIDs (comma-separated)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOCATIONS, tr("Locations (a layer with a uuid field)"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.OBSERVATION_TYPE, tr("Observation type code"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.START, tr("Start (UTC)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.END, tr("End (UTC)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Events"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputNumber(self.EVENTS, tr("Number of events")))

    def _location_uuids(self, parameters, context):
        source = self.parameterAsSource(parameters, self.LOCATIONS, context)
        if source is None:
            return []
        index = source.fields().indexFromName("uuid")
        if index < 0:
            raise QgsProcessingException(tr("The locations layer has no field uuid."))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
        uuids = []
        for feature in source.getFeatures(request):
            value = feature.attributes()[index]
            if value in (None, "") or (hasattr(value, "isNull") and value.isNull()):
                continue
            uuids.append(check_uuid(value, tr("location")))
        return list(dict.fromkeys(uuids))

    def _series(self, client, parameters, context, feedback):
        """``{timeseries uuid: location code}`` to download, in order."""
        text = self.parameterAsString(parameters, self.TIMESERIES, context)
        series = {check_uuid(part, tr("timeseries")): None for part in text.split(",") if part.strip()}
        observation_type = self.parameterAsString(parameters, self.OBSERVATION_TYPE, context).strip()
        for location_uuid in self._location_uuids(parameters, context):
            if feedback.isCanceled():
                raise errors.CancelledError()
            for found in timeseries_of(client, location_uuid, cancel=feedback):
                code = (found.get("observation_type") or {}).get("code")
                if observation_type and code != observation_type:
                    continue
                series[found["uuid"]] = (found.get("location") or {}).get("code")
        for ts_uuid, code in series.items():
            if code is None:
                found = client.get("timeseries/{}/".format(ts_uuid), cancel=feedback)
                series[ts_uuid] = ((found or {}).get("location") or {}).get("code")
        return series

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        if not self.given(parameters, self.TIMESERIES) and not self.given(parameters, self.LOCATIONS):
            raise QgsProcessingException(tr("Give timeseries UUIDs or a locations layer."))
        start = self.parameterAsString(parameters, self.START, context)
        end = self.parameterAsString(parameters, self.END, context)
        fields = output_fields()
        staged = None
        written = 0
        try:
            period_params(start, end)  # a clear sentence for a bad time before anything is fetched
            with LizardClient.from_settings() as client:
                series = self._series(client, parameters, context, feedback)
                if not series:
                    feedback.pushWarning(tr("No timeseries match; the table is empty."))
                # the rows go to a hidden partial copy: the output changes only when all are in
                staged = StagedSink(self, parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)

                def sink(ts_uuid, events):  # each page goes into the output as it arrives
                    nonlocal written
                    code = series.get(ts_uuid)
                    features = []
                    for event in events:
                        feature = QgsFeature(fields)
                        feature.setAttributes([ts_uuid, code, event["time"], _number(event["value"], float),
                                               _number(event["flag"], int), event["validation_code"],
                                               event["comment"]])
                        features.append(feature)
                    if not staged.sink.addFeatures(features, QgsFeatureSink.FastInsert):
                        raise QgsProcessingException(self.writeFeatureError(staged.sink, parameters, self.OUTPUT))
                    written += len(features)

                def progress(done, total, count):
                    feedback.setProgress(100.0 * done / total if total else 100.0)

                download_events(client, list(series), start=start, end=end, sink=sink, cancel=feedback,
                                progress=progress)
                dest_id = staged.commit()
        except errors.CancelledError:
            _abort(staged)
            raise QgsProcessingException(tr("Cancelled; nothing was written.")) from None
        except errors.LizardError as exc:
            _abort(staged)
            raise QgsProcessingException(str(exc)) from None
        except BaseException:
            _abort(staged)
            raise
        feedback.pushInfo(tr("%n event(s) written.", "", written))
        return {self.OUTPUT: dest_id, self.EVENTS: written}


def _abort(staged):
    if staged is not None:
        staged.abort()
