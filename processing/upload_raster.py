from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.query import check_uuid
from ..core.rasters.upload import (
    ACCESS_MODIFIERS,
    FAILED,
    PREPARING,
    PROCESSING,
    UPLOADING,
    UploadItem,
    UploadQueue,
    get_rastersource,
)
from .base import LizardAlgorithm
from .export_geotiff import layer_file

# The UploadQueue's poll: keyword arguments for core.server_tasks.follow_task (first, factor, maximum,
# deadline); empty means its defaults. Tests replace it with short intervals.
POLL = {}

UPLOAD_GROUP = "upload"


def megabytes(size):
    return "{:.1f}".format(size / 1e6)


def label(source):
    return source.get("name") or source["uuid"]


class UploadRasterAlgorithm(LizardAlgorithm):
    """One band of a raster layer into a new or existing Lizard rastersource, with Lizard's task followed."""

    GROUP = UPLOAD_GROUP
    INPUT = "INPUT"
    BAND = "BAND"
    NODATA = "NODATA"
    RASTERSOURCE = "RASTERSOURCE"
    NAME = "NAME"
    ORGANISATION = "ORGANISATION"
    ACCESS = "ACCESS"
    TEMPORAL = "TEMPORAL"
    INTERVAL = "INTERVAL"
    TIMESTAMP = "TIMESTAMP"
    WAIT = "WAIT"
    TASK_STATUS = "TASK_STATUS"
    TASK_URL = "TASK_URL"

    def name(self):
        return "uploadraster"

    def displayName(self):  # noqa: N802 - QGIS API
        return tr("Upload raster to Lizard")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return tr(
            "Uploads one band of a raster layer to a Lizard rastersource — an existing one, or a new one it "
            "creates — and follows Lizard's processing of it to the end. It uses the portal and key from the "
            "Lizard settings, or the environment variables LIZARD_URL and LIZARD_API_KEY when they are set; "
            "the key needs the supplier role in the rastersource's organisation.\n\n"
            "The file is made Lizard-ready first (single band, NODATA, a CRS with an EPSG code): a file that "
            "already is one is sent as it is, anything else is exported to a temporary GeoTIFF. The file is "
            "streamed from disk, so large files do not fill the memory; the progress bar follows the bytes "
            "sent.\n\n"
            "INPUT: a raster layer stored in a file.\n"
            "BAND: the band to upload (default 1).\n"
            "NODATA: the no-data value, needed only when the band has none.\n"
            "RASTERSOURCE: the UUID of the rastersource to upload to. Leave it empty to create a new one with "
            "NAME, ORGANISATION, ACCESS, TEMPORAL and INTERVAL (which are ignored otherwise).\n"
            "NAME: the name of the new rastersource.\n"
            "ORGANISATION: the UUID of the new rastersource's organisation.\n"
            "ACCESS: who may see the new rastersource: Private (your organisation), Common (every logged-in "
            "user) or Public (everyone).\n"
            "TEMPORAL: the new rastersource holds a raster per time step.\n"
            "INTERVAL: the time between steps of a new temporal rastersource, e.g. 01:00:00, 1h, 15min or "
            "P1D.\n"
            "TIMESTAMP: the time of this raster in ISO 8601, e.g. 2024-05-01T12:00:00Z (a time without a zone "
            "is taken as UTC). Required for a temporal rastersource: without it nothing is sent.\n"
            "WAIT: follow Lizard's processing until it ends (default). Without it the algorithm returns as soon "
            "as the file is sent and Lizard has accepted it.\n\n"
            "RASTERSOURCE (output): the UUID of the rastersource.\n"
            "TASK_STATUS: the status of Lizard's task: SUCCESS when it waited and all went well; without WAIT "
            "the status when the algorithm returned (e.g. PENDING). A task that fails makes the algorithm fail "
            "with Lizard's reason.\n"
            "TASK_URL: the address of Lizard's task, to check on it later."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Raster layer")))
        self.add_band_and_nodata()
        self.addParameter(QgsProcessingParameterString(
            self.RASTERSOURCE, tr("Rastersource UUID (empty: create a new rastersource)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.NAME, tr("Name of a new rastersource"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.ORGANISATION, tr("Organisation UUID of a new rastersource"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.ACCESS, tr("Access of a new rastersource"), options=[tr("Private"), tr("Common"), tr("Public")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.TEMPORAL, tr("New rastersource is temporal"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(
            self.INTERVAL, tr("Interval of a new temporal rastersource (e.g. 1h)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TIMESTAMP, tr("Time of this raster (ISO 8601, UTC)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.WAIT, tr("Wait until Lizard has processed the file"), defaultValue=True))
        self.addOutput(QgsProcessingOutputString(self.RASTERSOURCE, tr("Rastersource UUID")))
        self.addOutput(QgsProcessingOutputString(self.TASK_STATUS, tr("Task status")))
        self.addOutput(QgsProcessingOutputString(self.TASK_URL, tr("Task URL")))

    # ------------------------------------------------------------------------------------ parameters

    def _text(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return ""
        return (self.parameterAsString(parameters, name, context) or "").strip()

    def _request(self, parameters, context):
        """Everything that can be checked without the network, as a dict; LizardError when it cannot be."""
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        item = UploadItem(layer_file(layer), self._text(parameters, self.TIMESTAMP, context) or None,
                          band=self.parameterAsInt(parameters, self.BAND, context) or 1,
                          nodata=self.optional_number(parameters, self.NODATA, context))
        request = {"item": item, "wait": self.parameterAsBool(parameters, self.WAIT, context), "source": None,
                   "new": None}
        source_uuid = self._text(parameters, self.RASTERSOURCE, context)
        if source_uuid:
            request["source"] = check_uuid(source_uuid, tr("rastersource"))
            return request
        name = self._text(parameters, self.NAME, context)
        organisation = self._text(parameters, self.ORGANISATION, context)
        if not name or not organisation:
            raise errors.InvalidRequestError(tr(
                "To create a rastersource give its NAME and ORGANISATION (a UUID), or give the UUID of an "
                "existing rastersource as RASTERSOURCE."))
        temporal = self.parameterAsBool(parameters, self.TEMPORAL, context)
        request["new"] = {
            "name": name,
            "organisation": organisation,
            "access": ACCESS_MODIFIERS[self.parameterAsEnum(parameters, self.ACCESS, context)],
            "temporal": temporal,
            "interval": self._text(parameters, self.INTERVAL, context) if temporal else None,
        }
        return request

    # ---------------------------------------------------------------------------------------- running

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        try:
            request = self._request(parameters, context)
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None
        try:
            with LizardClient.from_settings() as client:
                return self._run(client, request, feedback)
        except errors.CancelledError:
            raise QgsProcessingException(tr("The upload was cancelled.")) from None
        except errors.LizardError as exc:
            raise QgsProcessingException(str(exc)) from None

    def _queue(self, client, request, feedback):
        """The core's upload queue (the one the upload dialog uses) for the one file, with its messages."""
        item = request["item"]
        shown = [-1]

        def on_source(source):
            feedback.pushInfo(tr("Created the rastersource {name} ({uuid}).").format(
                name=source.get("name"), uuid=source["uuid"]))

        def on_item(changed):
            if changed.state == PREPARING:
                feedback.pushInfo(tr("Checking {file} for Lizard.").format(file=changed.label))
            elif changed.state == UPLOADING:
                for warning in changed.warnings:
                    feedback.pushWarning(warning)
                feedback.pushInfo(tr("Uploading {file} ({size} MB) to {name}.").format(
                    file=changed.label, size=megabytes(changed.size or 0), name=label(queue.source)))
            elif changed.state == PROCESSING:
                feedback.setProgress(100)
                feedback.pushInfo(tr("Uploaded; processing on Lizard (task {url}).").format(url=changed.task_url))

        def on_bytes(_item, sent, total):
            percent = int(100.0 * sent / total) if total else 100
            if percent != shown[0]:
                shown[0] = percent
                feedback.setProgress(percent)
                feedback.setProgressText(tr("Uploading: {sent} of {total} MB sent").format(
                    sent=megabytes(sent), total=megabytes(total)))

        def on_status(_item, status):
            feedback.setProgressText(tr("Processing on Lizard ({status})").format(status=status))
            feedback.pushInfo(tr("Processing on Lizard: {status}.").format(status=status))

        source = get_rastersource(client, request["source"], cancel=feedback) if request["source"] else None
        queue = UploadQueue(client, source, [item], new=request["new"], wait=request["wait"], poll=POLL,
                            on_item=on_item, on_bytes=on_bytes, on_status=on_status, on_source=on_source,
                            cancel=feedback)
        return queue

    def _run(self, client, request, feedback):
        queue = self._queue(client, request, feedback)
        item = request["item"]
        for warning in queue.check():
            feedback.pushWarning(warning)
        try:
            queue.run()
        except errors.CancelledError:
            if not item.task_url:
                raise
            feedback.pushWarning(tr(
                "Stopped waiting; the file was sent and Lizard goes on processing it (task {url}).").format(
                    url=item.task_url))
            return self._result(queue, item, self._status_now(client, item.task_url, feedback))
        if item.state == FAILED:
            raise item.error
        if not request["wait"]:
            status = self._status_now(client, item.task_url, feedback)
            feedback.pushInfo(tr("Not waiting: the task is {status}; Lizard goes on processing the file.").format(
                status=status))
            return self._result(queue, item, status)
        feedback.pushInfo(tr("Done: Lizard has processed the file into {name}.").format(name=label(queue.source)))
        return self._result(queue, item, str(item.task.get("status") or "SUCCESS").upper())

    def _result(self, queue, item, status):
        return {self.RASTERSOURCE: queue.source["uuid"], self.TASK_URL: item.task_url, self.TASK_STATUS: status}

    def _status_now(self, client, url, feedback):
        """The task's status right now (one request); UNKNOWN, with a warning, when Lizard does not say."""
        try:
            task = client.get(url)
        except errors.LizardError as exc:
            feedback.pushWarning(tr("Could not read the task's status: {error}").format(error=exc))
            return "UNKNOWN"
        status = task.get("status") if isinstance(task, dict) else None
        return str(status).upper() if status else "UNKNOWN"
