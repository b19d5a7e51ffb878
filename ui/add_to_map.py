"""Put Lizard rasters on the map as WMS layers, styled as in Lizard: from a button, a menu or a drop.

The work is split so that every part runs where it must:

- :func:`core.rasters.wms.build_layers` is GUI-free and runs in a background task: it resolves rastersources to the
  raster layers that show them, asks the WMS which CRS it offers and a temporal raster for its time steps,
  creates the QGIS layers (creating a WMS layer makes QGIS fetch the capabilities, synchronously) and hands
  them to the GUI thread (``moveToThread``).
- :func:`add_layers_to_project` runs on the GUI thread and puts them at the top of the layer tree.
- :class:`MapAdder` ties both together for the UI (task, messages, cancellation);
  :class:`RasterDropHandler` lets QGIS hand it what is dropped from the raster dock onto the map.

What is dragged is :data:`MIME_TYPE`: the scope and the Lizard objects as JSON (see :func:`encode_mime`).
"""

import json
import os

from qgis.core import Qgis, QgsLayerTree, QgsProject, QgsRasterLayer
from qgis.gui import QgsCustomDropHandler
from qgis.PyQt.QtCore import QCoreApplication, QMimeData, QObject, QTimer, pyqtSignal

from ..core import credentials, errors
from ..core.client import LizardClient
from ..core.i18n import tr
from ..core.log import get_logger
from ..core.rasters import wms
from ..core.rasters.search import SCOPES
from ..core.tasks import LizardTask, run_task
from .messages import show_error, show_info
from .qt import cancel_quietly

log = get_logger("add_to_map")
MIME_TYPE = "application/x-lizard-explorer-objects+json"


# ---------------------------------------------------------------------------------------- drag data


def encode_mime(scope, objects):
    """Mime data for dragging Lizard objects: :data:`MIME_TYPE` plus their UUIDs as plain text."""
    data = QMimeData()
    payload = {"scope": scope, "objects": list(objects)}
    data.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
    data.setText("\n".join(obj.get("uuid") or "" for obj in objects))
    return data


def decode_mime(data):
    """``(scope, objects)`` from mime data made by :func:`encode_mime`, else ``None``."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE)).decode("utf-8"))
        scope, objects = payload["scope"], payload["objects"]
    except (ValueError, KeyError, TypeError):
        return None
    if scope not in SCOPES or not isinstance(objects, list):
        return None
    objects = [obj for obj in objects if isinstance(obj, dict) and obj.get("uuid")]
    return (scope, objects) if objects else None


# ----------------------------------------------------------------------------------- the work itself


def add_layers_to_project(layers, project=None, group=None):
    """Add ``layers`` at the top of the layer tree (or of the group named ``group``, made at the top when
    there is none), the first one on top. GUI thread only."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    if group and layers:
        root = layer_group(project, group)
    for layer in reversed(layers):
        project.addMapLayer(layer, False)
        root.insertLayer(0, layer)
    return layers


def layer_group(project, name, create=True):
    """The top-level layer group called ``name`` (made at the top when there is none and ``create``)."""
    root = project.layerTreeRoot()
    group = next((node for node in root.children() if QgsLayerTree.isGroup(node) and node.name() == name), None)
    if group is None and create:
        group = root.insertGroup(0, name)
    return group


def lizard_layer(uuid, project=None):
    """The layer in the project that shows the Lizard raster ``uuid`` (custom property ``lizard/uuid``)."""
    project = project or QgsProject.instance()
    return next((layer for layer in project.mapLayers().values()
                 if uuid and layer.customProperty("lizard/uuid") == uuid), None)


def add_files_to_group(paths, name, project=None):
    """Add the raster files ``paths`` to the layer group ``name`` at the top of the layer tree (a file already
    in that group is not added twice); returns the new layers."""
    project = project or QgsProject.instance()
    group = layer_group(project, name, create=False)
    known = set()
    if group is not None:
        known = {os.path.normcase(os.path.abspath(node.layer().source())) for node in group.findLayers()
                 if node.layer() is not None}
    added = []
    for path in paths:
        if os.path.normcase(os.path.abspath(path)) in known:
            continue
        layer = QgsRasterLayer(path, os.path.splitext(os.path.basename(path))[0], "gdal")
        if not layer.isValid():
            log.warning("QGIS cannot open the downloaded file %s", path)
            continue
        group = group or layer_group(project, name)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        added.append(layer)
    return added


def layer_settings():
    """(project CRS, authcfg) for new layers, read on the GUI thread.

    A stored key goes into layers as ``authcfg``; the QGIS auth database is unlocked here, on the GUI
    thread, because the WMS provider that uses it runs in a task, where QGIS cannot ask for the password.
    """
    authcfg = credentials.layer_authcfg()
    if authcfg:
        credentials.unlock()
    return QgsProject.instance().crs().authid(), authcfg


# ------------------------------------------------------------------------------------------- the UI


class MapAdder(QObject):
    """Adds Lizard objects to the map in background tasks and says what happened in the message bar.

    ``done`` is emitted (on the GUI thread) with the :class:`AddOutcome` once the layers are in the
    project, or with the error when it failed.
    """

    done = pyqtSignal(object)

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self._tasks = []

    def add(self, scope, objects, group=None):
        """Start adding ``objects`` (dicts with at least a ``uuid``) of ``scope``, into the layer group named
        ``group`` when given (then a raster already on the map is selected instead of added again); returns
        the task or None."""
        objects = [obj for obj in objects if obj and obj.get("uuid")]
        if group:
            there = [layer for layer in (lizard_layer(obj["uuid"]) for obj in objects) if layer is not None]
            if there:
                self.select(there[0])
            objects = [obj for obj in objects if lizard_layer(obj["uuid"]) is None]
        if not objects:
            return None
        try:
            client = LizardClient.from_settings()
            project_crs, authcfg = layer_settings()
        except errors.LizardError as exc:
            show_error(self.iface, exc)
            self.done.emit(exc)
            return None

        def work(task):
            return wms.build_layers(client, scope, objects, project_crs=project_crs, authcfg=authcfg, cancel=task,
                                    progress=task.setProgress, owner_thread=QCoreApplication.instance().thread())

        if len(objects) == 1:
            name = objects[0].get("name") or objects[0].get("uuid")
            description = tr("Adding “{name}” to the map").format(name=name)
        else:
            description = tr("Adding Lizard rasters to the map")
        task = LizardTask(description, work, closing=[client])
        task.succeeded.connect(lambda outcome: self._succeeded(task, outcome, group))
        task.failed.connect(lambda error: self._failed(task, error))
        self._tasks.append(task)
        return run_task(task)

    def _forget(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
            return True
        return False  # cancelled: the plugin is going away, leave the project alone

    def select(self, layer):
        """Make ``layer`` the current one in the layer tree (what adding a layer that is there does)."""
        view = self.iface.layerTreeView() if hasattr(self.iface, "layerTreeView") else None
        if view is not None:
            view.setCurrentLayer(layer)
        else:
            self.iface.setActiveLayer(layer)

    def _succeeded(self, task, outcome, group=None):
        if not self._forget(task):
            return
        add_layers_to_project(outcome.layers, group=group)
        names = outcome.names
        if len(names) == 1:
            show_info(self.iface, tr("Added “{name}” to the map.").format(name=names[0]), level=Qgis.Success)
        elif names:
            show_info(self.iface, tr("Added %n layer(s) to the map: {names}.", "", len(names)).format(
                names=", ".join(names)), level=Qgis.Success)
        if outcome.keyless:
            show_info(self.iface, wms.keyless_message(outcome.keyless), level=Qgis.Warning)
        for source in outcome.unshown_sources:
            show_info(self.iface, wms.unshown_message(source), level=Qgis.Warning)
        if outcome.failures:
            show_error(self.iface, outcome.failures[0])
        self.done.emit(outcome)

    def _failed(self, task, error):
        if not self._forget(task):
            return
        show_error(self.iface, error)
        self.done.emit(error)

    def busy(self):
        return bool(self._tasks)

    def cancel(self):
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            cancel_quietly(task)


class RasterDropHandler(QgsCustomDropHandler):
    """Lets QGIS pass Lizard objects dropped on the map (or anywhere on its window) to a :class:`MapAdder`.

    QGIS asks ``canHandleMimeData`` while dragging and calls ``handleMimeDataV2`` on the drop; the drop
    must return at once, so the adding starts from the event loop.
    """

    def __init__(self, adder, parent=None):
        super().__init__()  # QgsCustomDropHandler takes no parent argument
        if parent is not None:
            self.setParent(parent)
        self.adder = adder

    def canHandleMimeData(self, data):  # noqa: N802 - QGIS API
        return decode_mime(data) is not None

    def handleMimeDataV2(self, data):  # noqa: N802 - QGIS API
        decoded = decode_mime(data)
        if decoded is None:
            return False
        scope, objects = decoded
        QTimer.singleShot(0, lambda: self.adder.add(scope, objects))
        return True
