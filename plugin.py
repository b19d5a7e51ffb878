"""Wiring only: translator, Processing provider, toolbar, Web menu and docks; ``unload()`` undoes it all."""

import os

from qgis.core import QgsApplication, QgsMapLayerType, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtWidgets import QAction, QMessageBox

from .core.i18n import tr
from .core.log import install_qgis_handler, remove_qgis_handler
from .core.version import plugin_version

HERE = os.path.dirname(os.path.abspath(__file__))
MENU = "&Lizard"


def _locale():
    """The language QGIS speaks: its own setting, else the system's."""
    value = QgsSettings().value("locale/userLocale", "") or QLocale().name()
    return str(value)[:2]


def help_html():
    """The Help box's text: what the plugin does today."""
    return tr(
        "<p>Lizard Explorer connects QGIS to the Lizard water and climate data warehouse.</p>"
        "<p><b>Web → Lizard → Lizard settings…</b> sets your portal (e.g. https://demo.lizard.net, "
        "which shows public data without a key) and your Personal API Key, which is kept in the QGIS "
        "authentication database and sent only to that portal over https. Use <b>Test connection</b> "
        "to check both.</p>"
        "<p><b>Browse and load</b>: the <b>Lizard rasters</b> dock finds raster layers and "
        "rastersources (by name, organisation, time, map extent or selected features) and adds them to "
        "the map as WMS layers; temporal rasters step through the Temporal Controller. The "
        "<b>Lizard buildings</b> dock loads the buildings of an area into a layer or GeoPackage.</p>"
        "<p><b>Timeseries</b>: the <b>Lizard timeseries</b> dock finds monitoring locations (in the map "
        "extent, selected polygons or a drawn shape; by name or code, organisation, observation type and "
        "period) and puts them on the map; pick a location to list its series, select series to plot them "
        "(the last 30 days of data, or a day, week, month, year, all or your own period; the plot follows "
        "the Temporal Controller), and export their events to CSV or GeoPackage or the plot as PNG or "
        "SVG.</p>"
        "<p><b>3Di scenarios</b>: the <b>Lizard scenarios</b> dock finds scenarios (by name or model name, "
        "UUID, organisation, project, supplier, simulation period, map extent or selected features), shows "
        "their grid on the map and their results by family, adds raster results as WMS layers in a group "
        "named after the scenario, and downloads raw files and results as GeoTIFF files.</p>"
        "<p><b>Raster values</b>: choose <b>Lizard value at point</b> and click the map for the value and unit "
        "of every Lizard raster layer on the map (and of the raster selected in the rasters dock) at that "
        "point, or drag a rectangle (or choose Over selected polygons) for their mean, min and max over it; a "
        "temporal raster's values through time at a point are plotted (the Temporal Controller's range, else "
        "its last 30 time steps) and can be exported to CSV or GeoPackage, the plot as PNG or SVG.</p>"
        "<p><b>Download</b>: <b>Download…</b> in the rasters dock (or on a Lizard layer's context menu) "
        "saves a raster as GeoTIFF for the map extent, selected polygons or a drawn shape, per time "
        "step if you like.</p>"
        "<p><b>Export and upload</b> (Web → Lizard, and a layer's context menu): export a vector layer "
        "as a Lizard asset bundle or a raster as a Lizard-ready GeoTIFF, upload rasters into a "
        "rastersource and follow Lizard's processing, and upload timeseries values from any table.</p>"
        "<p>The <b>Lizard</b> group in the Processing toolbox has the same tools for models and "
        "qgis_process (set LIZARD_URL and LIZARD_API_KEY there). The README in the plugin's folder "
        "describes every tool.</p>"
        "<p>Messages and details of any problem are in the log panel, tab <b>Lizard</b>.</p>"
    )


class LizardExplorerPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.toolbar = None
        self.actions = []
        self.docks = {}
        self.settings_dialog = None
        self.options_factory = None
        self.log_handler = None
        self.translator = None
        self.context_actions = []
        self.export_dialogs = {}
        self.upload_dialogs = {}
        self.download_dialogs = []
        self.wms_download_action = None
        self.value_at_point = None
        path = os.path.join(HERE, "i18n", "lizard_explorer_{}.qm".format(_locale()))
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                self.translator = translator

    # ---------------------------------------------------------------------------------- processing

    def initProcessing(self):  # noqa: N802 - QGIS API
        """Register the Processing provider (GUI-free: qgis_process calls only this)."""
        if self.provider is None:
            from .processing.provider import LizardProvider

            self.provider = LizardProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # ------------------------------------------------------------------------------------------ GUI

    def initGui(self):  # noqa: N802 - QGIS API
        from .ui.buildings_dock import BuildingsDock
        from .ui.raster_dock import RasterDock
        from .ui.scenario_dock import ScenarioDock
        from .ui.settings_dialog import LizardOptionsFactory
        from .ui.timeseries_dock import TimeseriesDock

        self.log_handler = install_qgis_handler()
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Lizard"))
        self.toolbar.setObjectName("LizardExplorerToolbar")
        for key, dock_class, icon in (("rasters", RasterDock, "/mIconRaster.svg"),
                                      ("buildings", BuildingsDock, "/mIconPolygonLayer.svg"),
                                      ("timeseries", TimeseriesDock, "/mIndicatorTemporal.svg"),
                                      ("scenarios", ScenarioDock, "/mIconRasterGroup.svg")):
            dock = dock_class(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()  # after adding: QGIS shows added docks; its saved window state reopens them later
            self.docks[key] = dock
            action = self._action(dock.windowTitle(), None, icon, checkable=True, name="Lizard{}Action".format(key))
            action.toggled.connect(dock.setUserVisible)
            dock.visibilityChanged.connect(action.setChecked)
        self._action(tr("Lizard settings…"), self.show_settings, "/mActionOptions.svg", name="LizardSettingsAction")
        self._action(tr("Lizard help"), self.show_help, "/mActionHelpContents.svg", toolbar=False,
                     name="LizardHelpAction")
        self._action(tr("Export asset bundle…"), lambda: self.show_asset_bundle(), "/mActionFileSave.svg",
                     toolbar=False, name="LizardAssetBundleAction")
        self._action(tr("Export GeoTIFF for Lizard…"), lambda: self.show_geotiff(), "/mActionFileSave.svg",
                     toolbar=False, name="LizardGeoTiffAction")
        self._action(tr("Upload to Lizard…"), lambda: self.show_raster_upload(), "/mActionSharingExport.svg",
                     name="LizardRasterUploadAction")
        self._action(tr("Upload timeseries events…"), lambda: self.show_events_upload(), "/mIconTableLayer.svg",
                     toolbar=False, name="LizardEventsUploadAction")
        from .ui.value_tool import ValueAtPoint

        self.value_at_point = ValueAtPoint(self.iface, self._action(
            tr("Lizard value at point"), None, "/mActionIdentify.svg", checkable=True, name="LizardValueAtPointAction"),
            self.docks.get("rasters"))
        self._context_action(tr("Export asset bundle for Lizard…"), QgsMapLayerType.VectorLayer,
                             self._asset_bundle_from_tree, "LizardAssetBundleContextAction")
        self._context_action(tr("Export GeoTIFF for Lizard…"), QgsMapLayerType.RasterLayer,
                             self._geotiff_from_tree, "LizardGeoTiffContextAction")
        self._context_action(tr("Upload to Lizard…"), QgsMapLayerType.RasterLayer, self._raster_upload_from_tree,
                             "LizardRasterUploadContextAction", "/mActionSharingExport.svg")
        self._context_action(tr("Upload timeseries events…"), QgsMapLayerType.VectorLayer,
                             self._events_upload_from_tree, "LizardEventsUploadContextAction", "/mIconTableLayer.svg")
        self._wms_download_action()
        self.options_factory = LizardOptionsFactory(os.path.join(HERE, "icon.svg"))
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def _action(self, text, slot, theme_icon, checkable=False, toolbar=True, name=None):
        """An action in the Web > Lizard menu (and the toolbar), with a QGIS theme icon."""
        action = QAction(QgsApplication.getThemeIcon(theme_icon), text, self.iface.mainWindow())
        action.setObjectName(name or text)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.iface.addPluginToWebMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _context_action(self, text, layer_type, slot, name, theme_icon="/mActionFileSave.svg"):
        """An entry in the layer tree's context menu for all layers of ``layer_type``."""
        action = QAction(QgsApplication.getThemeIcon(theme_icon), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.iface.addCustomActionForLayerType(action, "", layer_type, True)
        self.context_actions.append(action)
        return action

    def _wms_download_action(self):
        """"Download from Lizard…" in the context menu of the Lizard WMS layers (those with "lizard/uuid"):
        registered for no layer type at large, then per layer, for the layers there now and those added later."""
        action = QAction(QgsApplication.getThemeIcon("/mActionFileSave.svg"), tr("Download from Lizard…"),
                         self.iface.mainWindow())
        action.setObjectName("LizardDownloadContextAction")
        action.triggered.connect(self._download_from_tree)
        self.iface.addCustomActionForLayerType(action, "", QgsMapLayerType.RasterLayer, False)
        self.context_actions.append(action)
        self.wms_download_action = action
        QgsProject.instance().layersAdded.connect(self._layers_added)
        self._layers_added(QgsProject.instance().mapLayers().values())

    def _layers_added(self, layers):
        action = self.wms_download_action
        if action is None:
            return
        for layer in layers:
            if layer is not None and layer.customProperty("lizard/uuid"):
                self.iface.addCustomActionForLayer(action, layer)

    def _download_from_tree(self):
        layer = self.iface.activeLayer()
        if layer is None or not layer.customProperty("lizard/uuid"):
            from qgis.core import QgsRasterLayer

            from .ui.export_common import layer_for_context

            layer = layer_for_context(self.iface, QgsRasterLayer)
        uuid = layer.customProperty("lizard/uuid") if layer is not None else None
        if not uuid:
            return None
        return self.show_download(str(uuid))

    def show_download(self, raster):
        """The download dialog for ``raster`` (Lizard's JSON of a raster layer, or its UUID)."""
        from .ui.download_dialog import show_download_dialog

        return show_download_dialog(self.iface, raster, self.download_dialogs)

    def _show_export_dialog(self, key, dialog_class, layer=None):
        old = self.export_dialogs.pop(key, None)
        if old is not None:
            old.close()
            old.deleteLater()
        dialog = dialog_class(self.iface, layer, self.iface.mainWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.export_dialogs[key] = dialog
        dialog.show()
        return dialog

    def show_asset_bundle(self, layer=None):
        from .ui.asset_bundle_dialog import AssetBundleDialog

        return self._show_export_dialog("bundle", AssetBundleDialog, layer or self.iface.activeLayer())

    def show_geotiff(self, layer=None):
        from .ui.geotiff_dialog import GeoTiffDialog

        return self._show_export_dialog("geotiff", GeoTiffDialog, layer or self.iface.activeLayer())

    def _asset_bundle_from_tree(self):
        from qgis.core import QgsVectorLayer

        from .ui.export_common import layer_for_context

        return self.show_asset_bundle(layer_for_context(self.iface, QgsVectorLayer))

    def _geotiff_from_tree(self):
        from qgis.core import QgsRasterLayer

        from .ui.export_common import layer_for_context

        return self.show_geotiff(layer_for_context(self.iface, QgsRasterLayer))

    def _show_upload_dialog(self, key, dialog_class, layer=None):
        """The upload dialog of ``key``: a new one for ``layer``, unless an upload is still running in the
        open one (then that one comes to the front as it is)."""
        old = self.upload_dialogs.get(key)
        if old is not None and old.busy():
            old.show()
            old.raise_()
            old.activateWindow()
            return old
        if old is not None:
            self.upload_dialogs.pop(key)
            old.cancel()
            old.close()
            old.deleteLater()
        dialog = dialog_class(self.iface, layer, self.iface.mainWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.upload_dialogs[key] = dialog
        dialog.show()
        return dialog

    def show_raster_upload(self, layer=None):
        from qgis.core import QgsRasterLayer

        from .ui.upload_raster_dialog import RasterUploadDialog

        layer = layer or self.iface.activeLayer()
        return self._show_upload_dialog("raster", RasterUploadDialog,
                                        layer if isinstance(layer, QgsRasterLayer) else None)

    def show_events_upload(self, layer=None):
        from qgis.core import QgsVectorLayer

        from .ui.events_dialog import EventsUploadDialog

        layer = layer or self.iface.activeLayer()
        return self._show_upload_dialog("events", EventsUploadDialog,
                                        layer if isinstance(layer, QgsVectorLayer) else None)

    def _raster_upload_from_tree(self):
        from qgis.core import QgsRasterLayer

        from .ui.export_common import layer_for_context

        return self.show_raster_upload(layer_for_context(self.iface, QgsRasterLayer))

    def _events_upload_from_tree(self):
        from qgis.core import QgsVectorLayer

        from .ui.export_common import layer_for_context

        return self.show_events_upload(layer_for_context(self.iface, QgsVectorLayer))

    def show_settings(self):
        from .ui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.iface.mainWindow())
        if self.settings_dialog.exec():
            for dock in self.docks.values():
                dock.refresh_header()
        self.settings_dialog = None

    def show_help(self):
        QMessageBox.about(self.iface.mainWindow(), tr("Lizard Explorer {version}").format(version=plugin_version()),
                          help_html())

    # --------------------------------------------------------------------------------------- unload

    def unload(self):
        from .core.tasks import detach_all

        detach_all()  # running tasks are cancelled and end on their own, reaching no widget of this plugin
        if self.value_at_point is not None:
            self.value_at_point.unload()
            self.value_at_point = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        for dialog in self.export_dialogs.values():
            dialog.close()
            dialog.setParent(None)
            dialog.deleteLater()
        self.export_dialogs = {}
        for dialog in self.upload_dialogs.values():
            dialog.cancel()  # a running upload stops cleanly; its task ends on its own
            dialog.close()
            dialog.setParent(None)
            dialog.deleteLater()
        self.upload_dialogs = {}
        if self.wms_download_action is not None:
            try:
                QgsProject.instance().layersAdded.disconnect(self._layers_added)
            except (TypeError, RuntimeError):
                pass
            self.wms_download_action = None
        if self.download_dialogs:
            from .ui.download_dialog import close_download_dialogs

            close_download_dialogs(self.download_dialogs)
        for action in self.context_actions:
            self.iface.removeCustomActionForLayerType(action)
            action.setParent(None)
            action.deleteLater()
        self.context_actions = []
        for dock in self.docks.values():
            dock.cancel()
            self.iface.removeDockWidget(dock)
            dock.setParent(None)
            dock.deleteLater()
        self.docks = {}
        for action in self.actions:
            self.iface.removePluginWebMenu(MENU, action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.setParent(None)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_qgis_handler(self.log_handler)
        self.log_handler = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
