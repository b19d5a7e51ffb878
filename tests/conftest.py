"""Shared fixtures: the plugin importable as ``lizard_explorer``, a fake Lizard, clean settings, an iface.

pytest-qgis starts QGIS (offscreen) before this file is imported and points QGIS at ``.qgis-settings`` in
the repository (``make test`` deletes it first, so every run starts from an empty profile).
"""

import logging
import os
import sys
import tempfile
import time
import warnings

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROCESSING = "/usr/share/qgis/python/plugins"

# The repository root is the plugin folder; whatever the clone is called, import it as ``lizard_explorer``.
# The root itself must not be on sys.path (``python -m pytest`` puts the cwd there): its ``processing``
# package would hide QGIS's ``processing``.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != ROOT]
_LINK_DIR = tempfile.mkdtemp(prefix="lizard-explorer-import-")
os.symlink(ROOT, os.path.join(_LINK_DIR, "lizard_explorer"))
sys.path.insert(0, _LINK_DIR)
if PROCESSING not in sys.path:
    sys.path.append(PROCESSING)

from qgis.core import QgsApplication, QgsSettings  # noqa: E402
from qgis.PyQt.QtWidgets import QMenu  # noqa: E402

MASTER_PASSWORD = "lizard-explorer-tests"


@pytest.fixture(scope="session")
def fake_server():
    from fake_lizard import FakeLizard

    with FakeLizard(max_page_size=100) as server:
        yield server


@pytest.fixture
def lizard(fake_server):
    """The session's fake Lizard with no faults, no recorded requests, paginated buildings, upload tasks
    whose outcome the uploaded file decides and aggregate rows as documented (no extra time key, ISO)."""
    fake_server.clear_faults()
    fake_server.reset_requests()
    fake_server.buildings_mode = "paginated"
    fake_server.task_outcome = None
    fake_server.aggregate_time_key = None
    fake_server.aggregate_time_format = "iso"
    yield fake_server
    fake_server.clear_faults()


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch):
    """Every test starts without saved Lizard settings and without LIZARD_URL / LIZARD_API_KEY."""
    monkeypatch.delenv("LIZARD_URL", raising=False)
    monkeypatch.delenv("LIZARD_API_KEY", raising=False)
    QgsSettings().remove("lizard_explorer")
    yield
    QgsSettings().remove("lizard_explorer")


@pytest.fixture(params=["Europe/Amsterdam", "UTC"])
def machine_tz(request):
    """Run the test once with this machine's zone Europe/Amsterdam and once with UTC (``TZ`` and
    ``time.tzset()``; Qt's local time follows), and restore the zone afterwards."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def auth_db(qgis_app):
    """The QGIS authentication database, unlocked with the tests' master password."""
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER_PASSWORD, True)
    yield manager
    for config_id in manager.configIds():
        manager.removeAuthenticationConfig(config_id)


@pytest.fixture
def all_logs(caplog):
    """Every log record of every logger (the plugin's, urllib3's, requests'), at DEBUG."""
    caplog.set_level(logging.DEBUG)
    yield caplog


class RecordingIface:
    """Enough of ``QgisInterface`` for the plugin, on a real main window, so unload can be checked.

    pytest-qgis's iface ignores docks and menus; this one really adds them, like QGIS does.
    """

    def __init__(self, base):
        self.base = base
        self.window = base.mainWindow()
        self.window.show()  # docks can only become visible in a shown window
        self.options_factories = []

    def __getattr__(self, name):
        return getattr(self.base, name)

    def mainWindow(self):  # noqa: N802
        return self.window

    def messageBar(self):  # noqa: N802
        return self.base.messageBar()

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)
        dock.show()  # as QgisApp::addDockWidget does

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def registerOptionsWidgetFactory(self, factory):  # noqa: N802
        self.options_factories.append(factory)

    def unregisterOptionsWidgetFactory(self, factory):  # noqa: N802
        self.options_factories.remove(factory)

    def web_menu(self):
        for action in self.window.menuBar().actions():
            if action.text() == "&Web":
                return action.menu()
        return self.window.menuBar().addMenu("&Web")

    def plugin_menu(self, name):
        for action in self.web_menu().actions():
            if action.text() == name and action.menu() is not None:
                return action.menu()
        return None

    def addPluginToWebMenu(self, name, action):  # noqa: N802
        menu = self.plugin_menu(name)
        if menu is None:
            menu = QMenu(name, self.window)
            self.web_menu().addMenu(menu)
        menu.addAction(action)

    def removePluginWebMenu(self, name, action):  # noqa: N802
        menu = self.plugin_menu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.web_menu().removeAction(menu.menuAction())
            menu.deleteLater()


@pytest.fixture
def layer_tree_view(qgis_iface, monkeypatch):
    """A real layer tree view behind ``iface.layerTreeView()``, as in QGIS (pytest-qgis's iface answers with a
    MagicMock): QGIS ≥ 3.44's Processing hands it to C++ when it loads an algorithm's result layers."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    yield view
    view.deleteLater()


@pytest.fixture
def iface(qgis_iface):
    qgis_iface.messageBar().clear_messages()
    return RecordingIface(qgis_iface)


# The plugin's own code, where a DeprecationWarning of the QGIS / Qt / Python it runs on must not come from
# (QGIS 3.40 and 3.44 deprecate API that 3.22 offers; core/compat.py is where the two meet).
PLUGIN_CODE = tuple(os.path.join(ROOT, name) for name in ("__init__.py", "plugin.py", "core", "ui", "processing"))


def deprecations_from_plugin(records):
    return ["{}:{}: {}".format(os.path.relpath(os.path.realpath(r.filename), ROOT), r.lineno, r.message)
            for r in records if issubclass(r.category, DeprecationWarning)
            and os.path.realpath(r.filename).startswith(PLUGIN_CODE)]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A test fails when the plugin's own code raised a DeprecationWarning while it ran (other warnings are
    passed on to pytest's summary as usual)."""
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        result = yield
    ours = deprecations_from_plugin(records)
    for record in records:
        warnings.warn_explicit(record.message, record.category, record.filename, record.lineno)
    if ours:
        raise AssertionError("DeprecationWarning from the plugin's own code:\n" + "\n".join(sorted(set(ours))))
    return result
