#!/usr/bin/env python3
"""Offline demo of Lizard Explorer: a local WMS, a fake Lizard and QGIS with the plugin in a throw-away profile.

Usage: demo.py [--shot rasters|settings|buildings|upload|download|timeseries|values|area|scenarios]
               [--screenshot PATH | --update-docs] [--exit-after-screenshot] [--search TEXT] [--xvfb]
               [--timeout SECONDS]

What it does, all on 127.0.0.1 and in a temporary folder:

1. starts the demo WMS (``tests/mapserver``, qgis_mapserver) and the fake Lizard (``tests/fake_lizard``)
   with its rasters' ``wms_info`` pointing at that WMS;
2. builds the plugin zip (``scripts/package.py``) and installs it into a new QGIS profiles folder
   (``scripts/install.py``), whose settings point the plugin at the fake Lizard;
3. starts QGIS on that profile (on a private Xvfb display when there is no ``$DISPLAY``, or with ``--xvfb``)
   with a startup script that drives the GUI:
   - ``--shot rasters`` (default): opens the "Lizard rasters" dock and searches (``--search``);
   - ``--shot settings``: opens the Lizard settings dialog and runs "Test connection" with the fake
     server's ``supplier`` key (typed into the password field, so it does not show);
   - ``--shot buildings``: opens the "Lizard buildings" dock, counts the buildings around Rijswijk and loads
     them into a layer;
   - ``--shot upload``: opens the raster upload dialog, adds a small demo GeoTIFF (made with GDAL in the
     temporary folder) and uploads it into a new rastersource of Nelen & Schuurmans, as the fake server's
     ``supplier`` (its key reaches QGIS as ``LIZARD_API_KEY``), until the upload is done and the dialog offers
     to create a raster layer;
   - ``--shot download``: searches the "Lizard rasters" dock like ``rasters``, adds the raster to the map,
     zooms in on a small part of it (a few hundred of its pixels), opens "Download…" for the map canvas extent
     and downloads it as a GeoTIFF in the temporary folder (the raster is Public: no API key needed), until
     the file is done and on the map in a group named after the raster; the screenshot is the main window
     with the download dialog on top;
   - ``--shot timeseries``: opens the "Lizard timeseries" dock, finds the locations in the map extent (the
     Netherlands), picks one whose series has data with "Pick a Lizard location" (a click on its point) and
     plots that series for the last 30 days of its data;
   - ``--shot values``: searches the "Lizard rasters" dock for Lochem, adds the seepage raster and the hourly
     rain raster (temporal; the fake serves it from the demo WMS too) to the map, chooses "Lizard value at
     point" and clicks in Lochem: the "Lizard value at point" dock shows both values and the rain's last 30
     hours at that point in its plot;
   - ``--shot area``: as ``values``, but drags a rectangle in Lochem (``AREA_BOX``) with the tool: the dock
     shows both rasters' mean, min and max over it;
   - ``--shot scenarios``: opens the "Lizard scenarios" dock, searches 3Di scenarios (``SCENARIO_SEARCH``),
     selects the first on RD New (its grid outlined on the map, its results listed by family), downloads its
     maximum water depth for the whole grid through the download dialog and shows the GeoTIFF on the map in a
     group named after the scenario;
4. once the result shows, saves a screenshot: by default as ``<shot>.png`` in the folder
   ``lizard-demo-screenshots`` of the system's temporary folder (a demo never changes the repository); with
   ``--update-docs`` over the README's picture ``docs/screenshots/<shot>.png`` (``demo.png`` for ``rasters``);
   with ``--screenshot PATH`` where you say.

Then everything keeps running until Ctrl-C (or SIGTERM, or QGIS is closed), and is stopped cleanly.
``--exit-after-screenshot`` stops at once after the screenshot instead (exit status 0), and fails with a
message (exit status 1) when anything goes wrong or takes longer than ``--timeout``.

This file is also the startup script's code: QGIS imports it and calls :func:`qgis_startup` (see the bottom
part), so the module level must import only the standard library.
"""

import argparse
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
SLUG = "lizard_explorer"
SYSTEM_PYTHON = "/usr/bin/python3"
SCREENSHOTS = {
    "rasters": os.path.join(ROOT, "docs", "screenshots", "demo.png"),
    "settings": os.path.join(ROOT, "docs", "screenshots", "settings.png"),
    "buildings": os.path.join(ROOT, "docs", "screenshots", "buildings.png"),
    "upload": os.path.join(ROOT, "docs", "screenshots", "upload.png"),
    "download": os.path.join(ROOT, "docs", "screenshots", "download.png"),
    "timeseries": os.path.join(ROOT, "docs", "screenshots", "timeseries.png"),
    "values": os.path.join(ROOT, "docs", "screenshots", "values.png"),
    "area": os.path.join(ROOT, "docs", "screenshots", "area.png"),
    "scenarios": os.path.join(ROOT, "docs", "screenshots", "scenarios.png"),
}
WINDOW_SIZE = (1280, 800)
DOCK_WIDTH = 620
BUILDINGS = 5000
UPLOAD_NAME = "Neerslag Lochem (demo)"  # the new rastersource of the upload shot
UPLOAD_ORGANISATION = "Nelen & Schuurmans"
DOWNLOAD_AREA = (4000.0, 3000.0)  # the download shot's map extent around the raster's centre, in its native units
DOWNLOAD_FILE = "lochem_detail.tif"
SCENARIO_SEARCH = "T100 bui"  # the scenarios shot's search (public scenarios of the fake)
SCENARIO_RESULT = "depth-max-dtri"  # the result the scenarios shot downloads
LAYERS_WIDTH = 280  # the download shot's Layers panel: wide enough for the group's name, if the window allows
# The values shot: a temporal raster the demo WMS draws too (with --wms-layer-map), and where to click (WGS84).
VALUES_RASTERS = ("p_lochem_kwel_wegzijging_2050", "Neerslag Lochem – 2024 (mm/u)")
VALUES_WMS_LAYER = "lochem_kwel"
VALUES_POINT = (6.452, 52.141)
AREA_BOX = (6.440, 52.134, 6.466, 52.148)  # the area shot's dragged rectangle (west, south, east, north), in Lochem
# Environment of the QGIS process <-> the startup script running inside it.
ENV_CONFIG = "LIZARD_DEMO_CONFIG"


class DemoError(Exception):
    """Something went wrong; the message says what, for the person running the demo."""


class Stop(Exception):
    """SIGINT (Ctrl-C) or SIGTERM asked us to stop."""


# ----------------------------------------------------------------------------------- processes


class Deadline:
    def __init__(self, seconds):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self):
        return max(0.0, self.end - time.monotonic())

    def expired(self):
        return self.remaining() <= 0


class Process:
    """A child process in its own session; its stdout is read line by line (see :meth:`expect`) and, with its
    stderr, goes to ``<workdir>/<name>.log``.

    The child gets SIGTERM if we die without stopping it (``setpriv --pdeathsig``, Linux).
    """

    def __init__(self, name, command, workdir, env=None, cwd=None):
        self.name = name
        self.log_path = os.path.join(workdir, "{}.log".format(name))
        if shutil.which("setpriv"):
            command = ["setpriv", "--pdeathsig", "TERM", "--"] + list(command)
        self._lines = queue.Queue()
        with open(self.log_path, "ab") as log:  # appending: the child's stderr and our copy of its stdout
            try:
                self.popen = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log, env=env, cwd=cwd,
                    start_new_session=True,  # Ctrl-C in the terminal reaches only us; we stop the children
                )
            except OSError as exc:
                raise DemoError("could not start {}: {}".format(name, exc)) from None
        threading.Thread(target=self._read, name=name + "-stdout", daemon=True).start()

    def _read(self):
        with open(self.log_path, "a", encoding="utf-8", errors="replace") as copy:
            for raw in self.popen.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                copy.write(line + "\n")
                copy.flush()
                self._lines.put(line)
        self._lines.put(None)

    @property
    def running(self):
        return self.popen.poll() is None

    def log_tail(self, lines=25):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as handle:
                return "".join(handle.readlines()[-lines:]).rstrip()
        except OSError:
            return ""

    def failure(self, message):
        tail = self.log_tail()
        return DemoError("{}: {}{}".format(self.name, message, "\n--- {} ---\n{}".format(self.log_path, tail)
                                            if tail else ""))

    def expect(self, prefix, deadline):
        """The rest of the first stdout line starting with ``prefix``, waiting at most until ``deadline``."""
        while True:
            try:
                line = self._lines.get(timeout=min(0.5, deadline.remaining()) or 0.01)
            except queue.Empty:
                if deadline.expired():
                    raise self.failure("no line starting with {!r} within {:.0f} s".format(
                        prefix, deadline.seconds)) from None
                continue
            if line is None:
                self.popen.wait()
                raise self.failure("exited with status {} before printing {!r}".format(
                    self.popen.returncode, prefix))
            if line.startswith(prefix):
                return line[len(prefix):].strip()

    def stop(self, grace=10.0):
        """SIGTERM, then SIGKILL to its whole process group after ``grace`` seconds."""
        if self.running:
            try:
                self.popen.send_signal(signal.SIGTERM)
                self.popen.wait(grace)
            except subprocess.TimeoutExpired:
                print("{} did not stop within {:.0f} s; killing it".format(self.name, grace), file=sys.stderr)
        try:
            os.killpg(self.popen.pid, signal.SIGKILL)  # anything it left behind in its session
        except (ProcessLookupError, PermissionError):
            pass
        self.popen.wait()


class Processes:
    """Started processes, stopped in reverse order."""

    def __init__(self):
        self.started = []

    def start(self, *args, **kwargs):
        process = Process(*args, **kwargs)
        self.started.append(process)
        return process

    def stop_all(self):
        """Stop them all; returns their names."""
        names = []
        for process in reversed(self.started):
            process.stop()
            names.append(process.name)
        self.started = []
        return names


def tool_python():
    """The interpreter for helpers that need QGIS/GDAL: Debian's, else the one running us."""
    return SYSTEM_PYTHON if os.access(SYSTEM_PYTHON, os.X_OK) else sys.executable


def tests_env():
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [TESTS, env.get("PYTHONPATH")]))
    return env


# ------------------------------------------------------------------------------------ the pieces


def start_display(processes, workdir, deadline):
    """A private X display (Xvfb, picking a free display number); returns ``":N"``."""
    if not shutil.which("Xvfb"):
        raise DemoError("there is no $DISPLAY and Xvfb is not installed (apt-get install xvfb)")
    width, height = WINDOW_SIZE
    xvfb = processes.start("xvfb", ["Xvfb", "-displayfd", "1", "-screen", "0", "{}x{}x24".format(width, height),
                                    "-nolisten", "tcp", "-noreset"], workdir)
    return ":" + xvfb.expect("", deadline)


def start_wms(processes, workdir, deadline):
    """The demo WMS; returns (url, [layer names])."""
    wms = processes.start("wms", [tool_python(), "-m", "mapserver", "--dir", os.path.join(workdir, "wms-data")],
                          workdir, env=tests_env())
    url = wms.expect("WMS_URL=", deadline)
    layers = wms.expect("WMS_LAYERS=", deadline)
    return url, layers


def start_fake_lizard(processes, workdir, deadline, wms_url, wms_layers, layer_map=()):
    """The fake Lizard, its rasters' WMS at ``wms_url`` (``layer_map``: more ``LAYER=RASTER`` pairs);
    returns (portal URL, the supplier's API key)."""
    mapped = [option for pair in layer_map for option in ("--wms-layer-map", pair)]
    lizard = processes.start("fake-lizard", [
        tool_python(), "-m", "fake_lizard", "--port", "0", "--buildings", str(BUILDINGS),
        "--wms-endpoint", wms_url, "--wms-layers", wms_layers,
    ] + mapped, workdir, env=tests_env())
    return lizard.expect("FAKE_LIZARD_URL=", deadline), lizard.expect("FAKE_LIZARD_KEY_SUPPLIER=", deadline)


def run_script(name, *args):
    """Run ``scripts/<name>`` with our interpreter; its last line of output."""
    command = [sys.executable, os.path.join(ROOT, "scripts", name)] + list(args)
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise DemoError("{} failed (status {}):\n{}{}".format(name, done.returncode, done.stdout, done.stderr))
    return done.stdout.strip().splitlines()[-1]


def write_qgis_settings(ini, values):
    """Set ``section -> {key: value}`` in a QGIS settings file (QSettings' ini format), keeping the rest."""
    import configparser

    parser = configparser.RawConfigParser(strict=False)
    parser.optionxform = str
    if os.path.exists(ini):
        parser.read(ini, encoding="utf-8")
    for section, pairs in values.items():
        if not parser.has_section(section):
            parser.add_section(section)
        for key, value in pairs.items():
            parser.set(section, key.replace("/", "\\"), value)
    with open(ini, "w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)


def make_profile(workdir, portal_url):
    """A QGIS profiles folder with the plugin installed and pointing at ``portal_url``; returns it."""
    profiles = os.path.join(workdir, "qgis-profiles")
    profile = os.path.join(profiles, "profiles", "default")
    package = run_script("package.py", "--output", os.path.join(workdir, "dist"))
    run_script("install.py", "--profile", profile, package)
    write_qgis_settings(os.path.join(profile, "QGIS", "QGIS3.ini"), {
        SLUG: {"portal_url": portal_url},
        "qgis": {"checkVersion": "false", "showTips": "false", "showTips322": "false"},
        "core": {"NewsFeed/httpsfeedqgisorg/disabled": "true"},
        "app": {"plugin_installer/checkOnStart": "false", "plugin_installer/checkOnStartLastDate": "2999-01-01"},
        "locale": {"overrideFlag": "true", "userLocale": "en_US", "globalLocale": "en_US"},
    })
    return profiles


def qgis_env(display, portal_url, config, api_key=None):
    """QGIS's environment: ours minus anything headless or test-specific, plus the demo's settings (and
    ``LIZARD_API_KEY`` when ``api_key`` is given)."""
    dropped = ("QT_QPA_PLATFORM", "QGIS_OPTIONS_PATH", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_PROJECT_FILE",
               "LIZARD_URL", "LIZARD_API_KEY", "PYTEST_CURRENT_TEST")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("QGIS_SERVER_")}
    runtime = os.path.join(config["workdir"], "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=runtime, PYTHONDONTWRITEBYTECODE="1")
    env[ENV_CONFIG] = json.dumps(config)
    if portal_url:
        env["LIZARD_URL"] = portal_url
    if api_key:
        env["LIZARD_API_KEY"] = api_key
    return env


def write_startup_script(workdir):
    """The file QGIS runs (``--code``): it loads this module and calls :func:`qgis_startup`."""
    path = os.path.join(workdir, "startup.py")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(
            "# Written by scripts/demo.py: run the demo's GUI steps inside QGIS.\n"
            "import importlib.util, traceback\n"
            "try:\n"
            "    _spec = importlib.util.spec_from_file_location('lizard_demo', {demo!r})\n"
            "    _demo = importlib.util.module_from_spec(_spec)\n"
            "    _spec.loader.exec_module(_demo)\n"
            "    _demo.qgis_startup()\n"
            "except Exception:\n"
            "    with open({log!r}, 'a') as _log:\n"
            "        _log.write(traceback.format_exc())\n"
            "    with open({status!r}, 'a') as _status:\n"
            "        _status.write('{{\"event\": \"error\", \"message\": \"the startup script failed\"}}\\n')\n"
            .format(demo=os.path.abspath(__file__), log=os.path.join(workdir, "startup.log"),
                    status=os.path.join(workdir, "status.jsonl"))
        )
    return path


def wait_for_screenshot(qgis, config, deadline):
    """Follow the startup script's status file until it reports the screenshot (or an error)."""
    status_path, log_path = config["status"], config["log"]
    seen = 0
    while True:
        try:
            with open(status_path, encoding="utf-8") as handle:
                events = [json.loads(line) for line in handle if line.strip()]
        except FileNotFoundError:
            events = []
        for event in events[seen:]:
            if event["event"] == "screenshot":
                return event
            if event["event"] == "error":
                raise DemoError("in QGIS: {}\n--- {} ---\n{}".format(event["message"], log_path, _read(log_path)))
            print("  QGIS:", event.get("message", event))
        seen = len(events)
        if not qgis.running:
            raise qgis.failure("QGIS exited with status {}".format(qgis.popen.returncode))
        if deadline.expired():
            raise DemoError("no screenshot within {:.0f} s\n--- {} ---\n{}".format(
                deadline.seconds, log_path, _read(log_path)))
        time.sleep(0.2)


def _read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read().rstrip() or "(empty)"
    except OSError:
        return "(missing)"


# ---------------------------------------------------------------------------------------- main


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shot", choices=sorted(SCREENSHOTS), default="rasters",
                        help="what to show: the raster dock's search (default), the settings dialog, the "
                             "buildings dock, the raster upload dialog, the raster download dialog, the "
                             "timeseries dock or the value of the rasters at a point")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--screenshot", help="where to save the screenshot (default: <tmp>/lizard-demo-screenshots/)")
    where.add_argument("--update-docs", action="store_true",
                       help="save the screenshot over the README's picture in docs/screenshots/")
    parser.add_argument("--exit-after-screenshot", action="store_true",
                        help="stop everything once the screenshot is saved (a smoke test)")
    parser.add_argument("--search", default="Lochem", help="what to type into the raster search")
    parser.add_argument("--xvfb", action="store_true", help="use a private Xvfb display even if $DISPLAY is set")
    parser.add_argument("--keep-logs", action="store_true", help="keep the temporary folder with all logs")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds until the screenshot must be saved (default 120)")
    return parser.parse_args(argv)


def screenshot_path(args):
    """Where the screenshot goes: ``--screenshot``, the docs picture with ``--update-docs``, else a temporary
    folder that outlives the demo (so a first ``make demo`` leaves the clone unchanged)."""
    if args.screenshot:
        return os.path.abspath(args.screenshot)
    if args.update_docs:
        return SCREENSHOTS[args.shot]
    folder = os.path.join(tempfile.gettempdir(), "lizard-demo-screenshots")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, os.path.basename(SCREENSHOTS[args.shot]))


def _raise_stop(signum, frame):
    raise Stop()


def run(args, processes, workdir):
    deadline = Deadline(args.timeout)
    screenshot = screenshot_path(args)
    display = os.environ.get("DISPLAY")
    if args.xvfb or not display:
        display = start_display(processes, workdir, deadline)
        print("Started Xvfb on display", display)
    wms_url, wms_layers = start_wms(processes, workdir, deadline)
    print("WMS:", wms_url, "layers", wms_layers)
    layer_map = ["{}={}".format(VALUES_WMS_LAYER, VALUES_RASTERS[1])] if args.shot in ("values", "area") else []
    portal, supplier_key = start_fake_lizard(processes, workdir, deadline, wms_url, wms_layers, layer_map)
    print("Fake Lizard:", portal)
    profiles = make_profile(workdir, portal)
    print("Plugin installed in the throw-away QGIS profile", profiles)

    config = {
        "shot": args.shot, "screenshot": screenshot, "search": args.search, "timeout": deadline.remaining(),
        "key": supplier_key if args.shot == "settings" else "", "workdir": workdir,
        "status": os.path.join(workdir, "status.jsonl"), "log": os.path.join(workdir, "startup.log"),
        "window": WINDOW_SIZE, "dock_width": DOCK_WIDTH,
        "wms_layers": wms_layers.split(",") + ([VALUES_WMS_LAYER] if layer_map else []),
    }
    # The settings dialog would say "LIZARD_URL is set: ..."; there the saved portal is enough.
    # The upload dialog uses the saved key, or LIZARD_API_KEY: the supplier's, so it may create a rastersource.
    env = qgis_env(display, portal if args.shot != "settings" else None, config,
                   api_key=supplier_key if args.shot == "upload" else None)
    qgis = processes.start("qgis", [
        "qgis", "--profiles-path", profiles, "--profile", "default", "--nologo", "--noversioncheck",
        "--code", write_startup_script(workdir),
    ], workdir, env=env, cwd=workdir)
    print("Started QGIS (log: {})".format(qgis.log_path))
    try:
        event = wait_for_screenshot(qgis, config, deadline)
    except DemoError as exc:
        if args.exit_after_screenshot or not qgis.running:
            raise
        print("No screenshot: {}\nQGIS keeps running so you can look.".format(exc), file=sys.stderr)
    else:
        print("Screenshot saved: {} ({})".format(screenshot, event.get("message", "")))
        if args.exit_after_screenshot:
            return 0
    print("Everything is running (fake Lizard at {}, logs in {}).".format(portal, workdir))
    print("In QGIS, try Web > Lizard > Lizard settings… with the API key {} (user jane.supplier).".format(
        supplier_key))
    print("Press Ctrl-C to stop.")
    while qgis.running:
        time.sleep(0.5)
    print("QGIS was closed.")
    return 0


def main(argv=None):
    args = parse_args(argv)
    for signum in (signal.SIGINT, signal.SIGTERM):  # explicitly: a background job starts with SIGINT ignored
        signal.signal(signum, _raise_stop)
    processes = Processes()
    workdir = tempfile.mkdtemp(prefix="lizard-demo-")
    keep = args.keep_logs
    try:
        return run(args, processes, workdir)
    except DemoError as exc:
        print("Demo failed: {}".format(exc), file=sys.stderr)
        keep = True
        return 1
    except Stop:
        print("\nStopping…")
        return 0 if not args.exit_after_screenshot else 130
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not interrupt the cleanup
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stopped = processes.stop_all()
        if stopped:
            print("Stopped:", ", ".join(stopped))
        if keep:
            print("Logs kept in", workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


# =============================================================================================
# Inside QGIS: the startup script calls qgis_startup(). Everything below runs in QGIS's Python.
# =============================================================================================

_KEEP = []  # the driver and its timer must outlive the startup script


def qgis_startup():
    config = json.loads(os.environ[ENV_CONFIG])
    _KEEP.append(_Driver(config))


class StepFailed(Exception):
    pass


class _Driver:
    """Runs a scenario (a generator) on QGIS's event loop: every ``yield`` waits one tick of ``TICK_MS``.

    Errors never reach QGIS: they go to the log file and the status file that demo.py follows.
    """

    TICK_MS = 100
    TITLE_BAR = 26  # pixels: the title bar save() draws over a dialog

    def __init__(self, config):
        from qgis.PyQt.QtCore import QTimer

        self.config = config
        self.deadline = Deadline(config["timeout"])
        scenario = {"rasters": self.rasters_scenario, "settings": self.settings_scenario,
                    "buildings": self.buildings_scenario, "upload": self.upload_scenario,
                    "download": self.download_scenario, "timeseries": self.timeseries_scenario,
                    "values": self.values_scenario, "area": lambda: self.values_scenario(area=True),
                    "scenarios": self.scenarios_scenario}[config["shot"]]
        self.steps = scenario()
        self.timer = QTimer()
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self):
        try:
            next(self.steps)
        except StopIteration:
            self.timer.stop()
        except Exception as exc:  # noqa: BLE001 - report, never crash QGIS
            import traceback

            self.timer.stop()
            self.log(traceback.format_exc())
            self.status("error", "{}: {}".format(type(exc).__name__, exc))

    # -------------------------------------------------------------------------------- reporting

    def log(self, text):
        with open(self.config["log"], "a", encoding="utf-8") as handle:
            handle.write(text.rstrip() + "\n")

    def status(self, event, message, **extra):
        self.log("[{}] {}".format(event, message))
        with open(self.config["status"], "a", encoding="utf-8") as handle:
            handle.write(json.dumps(dict(extra, event=event, message=message)) + "\n")

    # ---------------------------------------------------------------------------------- helpers

    def wait_for(self, what, condition):
        """Yield until ``condition()`` returns something true (returned), failing at the deadline."""
        while True:
            value = condition()
            if value:
                return value
            if self.deadline.expired():
                raise StepFailed("timed out waiting for {}".format(what))
            yield

    def settle(self, seconds=1.0):
        """Let QGIS process events and repaint for a moment."""
        for _ in range(int(seconds * 1000 / self.TICK_MS)):
            yield

    def plugin(self):
        import qgis.utils

        plugin = yield from self.wait_for("the plugin to load", lambda: qgis.utils.plugins.get(SLUG))
        self.status("progress", "the plugin is loaded")
        return plugin

    def main_window(self):
        from qgis.utils import iface

        window = iface.mainWindow()
        window.showNormal()
        window.resize(*self.config["window"])
        window.move(0, 0)
        window.raise_()
        window.activateWindow()
        return window

    def save(self, widget, overlays=(), **extra):
        """Screenshot ``widget``, with the windows in ``overlays`` (e.g. a dialog) painted over it where they
        are on the screen, each with a frame and a title bar (Xvfb has no window manager to draw them)."""
        from qgis.PyQt.QtCore import QPoint, QRect, Qt
        from qgis.PyQt.QtGui import QColor, QFont, QPainter

        path = self.config["screenshot"]
        os.makedirs(os.path.dirname(path), exist_ok=True)
        image = widget.grab()
        if overlays:
            painter = QPainter(image)
            origin = widget.mapToGlobal(QPoint(0, 0))
            for overlay in overlays:
                top_left = overlay.mapToGlobal(QPoint(0, 0)) - origin
                title = QRect(top_left.x(), top_left.y() - self.TITLE_BAR, overlay.width(), self.TITLE_BAR)
                painter.fillRect(title, QColor("#3b4252"))
                font = QFont(painter.font())
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor("white"))
                painter.drawText(title.adjusted(10, 0, -10, 0), Qt.AlignVCenter | Qt.AlignLeft, overlay.windowTitle())
                painter.drawPixmap(top_left, overlay.grab())
                painter.setPen(QColor("#3b4252"))
                painter.drawRect(QRect(title.topLeft(), overlay.geometry().size()).adjusted(
                    0, 0, -1, self.TITLE_BAR - 1))
            painter.end()
        if not image.save(path, "PNG"):
            raise StepFailed("could not save the screenshot to {}".format(path))
        self.status("screenshot", extra.pop("message", ""), path=path, **extra)

    @staticmethod
    def type_into(widget, text):
        from qgis.PyQt.QtTest import QTest

        widget.setFocus()
        QTest.keyClicks(widget, text)

    def message_bar_text(self):
        from qgis.utils import iface

        texts = []
        for item in iface.messageBar().items():
            texts.append(" ".join(filter(None, [item.title(), item.text()])))
        return "; ".join(texts)

    # -------------------------------------------------------------------------------- scenarios

    def rasters_scenario(self):
        plugin = yield from self.plugin()
        window = self.main_window()
        dock, shown = yield from self.search_served_raster(plugin, window)
        added = yield from self.add_first_result_to_map(dock)
        self.save(window, message="raster dock: {}; on the map: {}".format(shown, added),
                  results=dock.results.count())

    def search_served_raster(self, plugin, window):
        """Open the raster dock, search (``--search``) and select a raster the demo WMS serves; returns
        (the dock, its status line)."""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QAction

        yield from self.settle(0.5)
        for name, dock in plugin.docks.items():
            self.log("{} dock visible at start: {}".format(name, dock.isVisible()))
        for name, wanted in (("buildings", False), ("rasters", True)):
            action = window.findChild(QAction, "Lizard{}Action".format(name))
            if action is None:
                raise StepFailed("the plugin has no Lizard {} action".format(name))
            if action.isChecked() != wanted:
                action.trigger()  # what clicking its toolbar button does
        dock = plugin.docks["rasters"]
        yield from self.wait_for("the raster dock to show", dock.isVisible)
        window.resizeDocks([dock], [self.config["dock_width"]], Qt.Horizontal)
        search = self.config["search"]
        if search:
            self.type_into(dock.search_edit, search)  # the dock searches after a short pause in typing
        else:
            dock.search()
        self.status("progress", "searching for {!r}".format(search))

        def results():
            status = dock.status.text()
            if dock.results.count() and "…" not in status:
                return status
            if dock.results.count() == 0 and status and "…" not in status:
                raise StepFailed("the search showed no results: {} {}".format(status, self.message_bar_text()))
            return None

        shown = yield from self.wait_for("search results in the dock", results)
        served = [row for row, obj in enumerate(dock.model.objects())
                  if (obj.get("wms_info") or {}).get("layer") in self.config["wms_layers"]]
        if not served:
            raise StepFailed("no result is served by the demo WMS ({})".format(", ".join(self.config["wms_layers"])))
        dock.results.setCurrentRow(served[0])  # a raster the demo's local WMS draws
        yield from self.settle()
        return dock, shown

    def add_first_result_to_map(self, dock):
        """What "Add to map" does for the selected raster; waits until the map has drawn it."""
        from qgis.core import QgsProject
        from qgis.utils import iface

        self.status("progress", "adding the first result to the map")
        dock.add_selected()
        def on_map():
            layers = QgsProject.instance().mapLayers()
            if not layers and not dock.adder.busy():
                raise StepFailed("adding to the map failed: {}".format(self.message_bar_text()))
            return layers

        layers = yield from self.wait_for("the raster on the map", on_map)
        layer = list(layers.values())[0]
        canvas = iface.mapCanvas()
        dock.zoom_to_selected()
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        self.status("progress", "drawing {}".format(layer.name()))
        yield from self.wait_for("the map to draw the layer", lambda: rendered or None)
        yield from self.settle()
        return layer.name()

    def show_only_dock(self, plugin, wanted):
        """Open the ``wanted`` dock with its toolbar button and close the other one; returns the dock."""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QAction

        window = self.main_window()
        for name in plugin.docks:
            action = window.findChild(QAction, "Lizard{}Action".format(name))
            if action is None:
                raise StepFailed("the plugin has no Lizard {} action".format(name))
            if action.isChecked() != (name == wanted):
                action.trigger()  # what clicking its toolbar button does
        dock = plugin.docks[wanted]
        yield from self.wait_for("the {} dock to show".format(wanted), dock.isVisible)
        window.resizeDocks([dock], [self.config["dock_width"]], Qt.Horizontal)
        return dock

    def buildings_scenario(self):
        """Buildings in the map extent around Rijswijk: count, load into a layer, pick one in the table."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "buildings")
        canvas = iface.mapCanvas()
        QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        canvas.setExtent(QgsRectangle(478600, 6803500, 481000, 6805600))  # Rijswijk (Z-H): about 500 buildings
        dock.set_area_mode("extent")
        yield from self.settle(0.5)
        counted = []
        dock.counted.connect(lambda: counted.append(True))
        dock.count()
        self.status("progress", "counting buildings")
        yield from self.wait_for("the count", lambda: counted or None)
        ended = []
        dock.load_ended.connect(lambda: ended.append(True))
        dock.load()
        self.status("progress", "loading buildings")
        yield from self.wait_for("the buildings to load", lambda: ended or None)
        layers = list(QgsProject.instance().mapLayers().values())
        if not layers or not layers[0].featureCount():
            raise StepFailed("no buildings were loaded: {} {}".format(dock.status.text(), self.message_bar_text()))
        canvas.refresh()
        yield from self.settle(1.5)
        self.save(window, message="buildings: {} in {}".format(layers[0].featureCount(), layers[0].name()))

    def settings_scenario(self):
        import importlib

        plugin = yield from self.plugin()
        window = self.main_window()
        module = importlib.import_module(type(plugin).__module__.rsplit(".", 1)[0] + ".ui.settings_dialog")
        dialog = module.SettingsDialog(window)
        plugin.settings_dialog = dialog  # keep it alive (and where the plugin keeps its own)
        dialog.show()
        dialog.raise_()
        yield from self.settle(0.5)
        self.type_into(dialog.form.key_edit, self.config["key"])
        dialog.form.test_button.click()
        self.status("progress", "testing the connection")
        yield from self.wait_for("the connection test", lambda: dialog.form.test_button.isEnabled())
        report = dialog.form.report
        if report is None or not report.ok or not report.username:
            raise StepFailed("the connection test did not accept the key: " + dialog.form.result_label.text())
        dialog.adjustSize()
        yield from self.settle()
        self.save(dialog, message="settings: " + " ".join(report.lines()))


    @staticmethod
    def make_demo_geotiff(path, width=200, height=150):
        """A small single-band float32 GeoTIFF in EPSG:28992 near Lochem: a smooth "rainfall" field, NODATA -9999
        in one corner."""
        import numpy
        from osgeo import gdal, osr

        rows, cols = numpy.mgrid[0:height, 0:width].astype("float32")
        values = (12.0 + 6.0 * numpy.exp(-(((cols - 0.6 * width) / (0.3 * width)) ** 2
                                           + ((rows - 0.4 * height) / (0.35 * height)) ** 2))
                  + 2.0 * numpy.sin(cols / 17.0) * numpy.cos(rows / 23.0)).astype("float32")
        values[(rows + cols) < 25] = -9999.0  # some NODATA, so the file shows it has some
        driver = gdal.GetDriverByName("GTiff")
        dataset = driver.Create(path, width, height, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "TILED=YES"])
        dataset.SetGeoTransform((224000.0, 10.0, 0.0, 467500.0, 0.0, -10.0))  # 2 x 1.5 km around Lochem
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(28992)
        dataset.SetProjection(srs.ExportToWkt())
        band = dataset.GetRasterBand(1)
        band.SetNoDataValue(-9999.0)
        band.WriteArray(values)
        band.FlushCache()
        dataset = None  # closes (writes) the file
        return path

    def upload_scenario(self):
        """The raster upload dialog: a demo GeoTIFF into a new rastersource, until Lizard has processed it."""
        import importlib

        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        module = importlib.import_module(type(plugin).__module__.rsplit(".", 1)[0] + ".ui.upload_raster_dialog")
        dialog = module.RasterUploadDialog(iface, layer=None, parent=window)
        plugin.upload_dialogs["raster"] = dialog  # keep it alive (where the plugin keeps its own)
        if isinstance(getattr(dialog, "poll", None), dict):
            dialog.poll = {"first": 0.2, "maximum": 0.5}  # check the processing task often: a short demo
        dialog.show()
        dialog.raise_()
        yield from self.settle(0.5)
        path = self.make_demo_geotiff(os.path.join(self.config["workdir"], "neerslag_lochem.tif"))
        dialog.add_file(path)
        dialog.new_radio.click()  # what choosing "A new rastersource" does; starts loading the organisations
        self.type_into(dialog.name_edit, UPLOAD_NAME)
        self.status("progress", "loading the organisations")
        combo = dialog.organisation_combo

        def organisation():
            for index in range(combo.count()):
                if combo.itemText(index).startswith(UPLOAD_ORGANISATION):
                    return index + 1  # true also for the first item
            if combo.count() or dialog.error_label.isVisible():
                raise StepFailed("no organisation {!r} to choose: [{}] {}".format(
                    UPLOAD_ORGANISATION, ", ".join(combo.itemText(i) for i in range(combo.count())),
                    dialog.error_label.text()))
            return None

        combo.setCurrentIndex((yield from self.wait_for("the organisations", organisation)) - 1)
        yield from self.settle(0.5)
        if not dialog.upload_button.isEnabled():
            raise StepFailed("Upload is not enabled: " + dialog.reason_label.text())
        dialog.upload_button.click()
        self.status("progress", "uploading {} into a new rastersource {!r} of {}".format(
            os.path.basename(path), UPLOAD_NAME, combo.currentText()))
        seen = []

        def uploaded():
            state = dialog.state_of(0)
            if state and (not seen or seen[-1] != state):
                seen.append(state)
                self.log("file state: " + state)
            if dialog.busy():
                return None
            if dialog.error is not None or state != "done":
                raise StepFailed("the upload did not succeed: {} {} {}".format(
                    state, dialog.status_label.text(), dialog.error_label.text()))
            return state

        yield from self.wait_for("the upload to end", uploaded)
        yield from self.wait_for("the offer to create a raster layer", dialog.layer_box.isVisible)
        yield from self.wait_for("the observation types", lambda: dialog.observation_combo.count() > 0)
        hint = dialog.sizeHint()
        dialog.resize(max(hint.width(), 560), hint.height())  # just what it shows, wide enough to read
        yield from self.settle()
        self.save(dialog, message="upload: {} into {!r}: {}; {}".format(
            os.path.basename(path), (dialog.created_source or {}).get("name"), dialog.state_of(0),
            dialog.status_label.text()), states=seen)

    def download_scenario(self):
        """The raster download dialog: a small part of the Lochem raster (or another one the demo WMS draws) as a
        GeoTIFF, for the map canvas extent, until the file is done and on the map."""
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsLayerTree,
            QgsProject,
            QgsRectangle,
        )
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDockWidget
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock, _shown = yield from self.search_served_raster(plugin, window)
        layers_dock = window.findChild(QDockWidget, "Layers")
        if layers_dock is not None:
            # As much room for the group's name as the dock's and the map's minimum widths leave.
            window.resizeDocks([layers_dock, dock], [LAYERS_WIDTH, 0], Qt.Horizontal)
            yield from self.settle(0.5)
        raster = dock.selected_objects()[0]
        if raster.get("access_modifier") != "Public":
            raise StepFailed("{} is {}: the demo downloads without an API key".format(
                raster.get("name"), raster.get("access_modifier")))
        added = yield from self.add_first_result_to_map(dock)

        # Zoom in on DOWNLOAD_AREA around the raster's centre, in its native CRS: a few hundred of its pixels.
        canvas = iface.mapCanvas()
        native = QgsCoordinateReferenceSystem(raster["projection"])
        x = (raster["origin_x"] + raster["upper_bound_x"]) / 2.0
        y = (raster["origin_y"] + raster["upper_bound_y"]) / 2.0
        width, height = DOWNLOAD_AREA
        area = QgsRectangle(x - width / 2, y - height / 2, x + width / 2, y + height / 2)
        transform = QgsCoordinateTransform(native, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        canvas.setExtent(transform.transformBoundingBox(area))
        canvas.refresh()
        self.status("progress", "zoomed in on {:.0f} × {:.0f} m (or a little more: the map's shape) in the middle "
                    "of {} (pixels of {:g} m)".format(width, height, added, abs(raster["pixelsize_x"])))
        yield from self.settle()

        dock.download_action.trigger()  # what clicking "Download…" does
        dialog = dock.download_dialogs[-1] if dock.download_dialogs else None
        if dialog is None or not dialog.isVisible():
            raise StepFailed("Download… opened no dialog")
        if isinstance(getattr(dialog, "poll", None), dict):
            dialog.poll = {"first": 0.2, "maximum": 0.5}  # check Lizard's export task often: a short demo
        dialog.set_area_mode("extent")  # "Map canvas extent" (the default)
        path = os.path.join(self.config["workdir"], DOWNLOAD_FILE)
        dialog.output_widget.setFilePath(path)
        yield from self.wait_for("the download's size", lambda: dialog.plan is not None or dialog.error is not None)
        if not dialog.download_button.isEnabled():
            raise StepFailed("Download is not enabled: {} {}".format(
                dialog.reason_label.text(), dialog.error_label.text()))
        self.status("progress", "downloading: " + dialog.summary_label.text())
        dialog.download_button.click()
        seen = []

        def downloaded():
            state = dialog.state_of(0)
            if state and (not seen or seen[-1] != state):
                seen.append(state)
                self.log("file state: " + state)
            if dialog.busy():
                return None
            if dialog.error is not None or state != "done" or not dialog.result_paths:
                raise StepFailed("the download did not succeed: {} {} {}".format(
                    state, dialog.status_label.text(), dialog.error_label.text()))
            return state

        yield from self.wait_for("the download to end", downloaded)
        name = dialog.raster_name()

        def group():
            root = QgsProject.instance().layerTreeRoot()
            return next((node for node in root.children()
                         if QgsLayerTree.isGroup(node) and node.name() == name and node.findLayers()), None)

        group = yield from self.wait_for("the group {!r} in the layer tree".format(name), group)
        iface.layerTreeView().expandAll()
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        yield from self.wait_for("the map to draw the download", lambda: rendered or None)

        # The dialog over the dock (which shows nothing new now): the map and the layer tree stay visible.
        hint = dialog.sizeHint()
        geometry = window.geometry()
        dialog.resize(max(hint.width(), 600), min(hint.height(), geometry.height() - 80))
        dialog.move(geometry.right() - dialog.width() - 8, geometry.bottom() - dialog.height() - 40)
        dialog.raise_()
        yield from self.settle()
        self.save(window, overlays=[dialog], message="download: {} of {!r} into group {!r}: {}; {}".format(
            os.path.basename(dialog.result_paths[0]), name, group.name(), dialog.state_of(0),
            dialog.status_label.text()), states=seen, summary=dialog.summary_label.text())

    def timeseries_scenario(self):
        """The timeseries dock: Lizard's locations in the map extent, one with data picked on the map with
        "Pick a Lizard location", its series plotted (the last 30 days of data)."""
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsPointXY,
            QgsProject,
            QgsRectangle,
            QgsSettings,
        )
        from qgis.PyQt.QtCore import QPoint, Qt
        from qgis.PyQt.QtTest import QTest
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "timeseries")
        canvas = iface.mapCanvas()
        mercator, wgs84 = QgsCoordinateReferenceSystem("EPSG:3857"), QgsCoordinateReferenceSystem("EPSG:4326")
        # Keep the map in web mercator when the locations layer comes (by default QGIS gives an empty project
        # the CRS of its first layer); only this throw-away profile's setting changes.
        QgsSettings().setValue("/projections/newProjectCrsBehavior", "UsePresetCrs", QgsSettings.App)
        QgsProject.instance().setCrs(mercator)
        canvas.setDestinationCrs(mercator)
        to_map = QgsCoordinateTransform(wgs84, mercator, QgsProject.instance())
        canvas.setExtent(to_map.transformBoundingBox(QgsRectangle(3.3, 50.7, 7.3, 53.6)))  # the Netherlands
        canvas.refresh()
        yield from self.settle(0.5)
        signals = {"search": [], "series": [], "plot": []}
        dock.search_ended.connect(lambda: signals["search"].append(True))
        dock.series_listed.connect(lambda: signals["series"].append(True))
        dock.plot_ended.connect(lambda: signals["plot"].append(True))
        dock.max_spin.setValue(0)  # All
        dock.search_button.click()
        self.status("progress", "searching locations in the map extent")
        yield from self.wait_for("the location search", lambda: signals["search"] or None)
        layer = dock.layer
        if layer is None or not layer.featureCount():
            raise StepFailed("no locations were found: {} {}".format(dock.status.text(), self.message_bar_text()))

        # The location whose series has the most data in its last 30 days is what a user would pick.
        with_data = []  # (feature, series row) with events, the most frequent first
        for feature in sorted(layer.getFeatures(), key=lambda f: -(f["timeseries_count"] or 0))[:40]:
            if not feature["timeseries_count"] or not feature.hasGeometry():
                continue
            signals["series"].clear()
            dock.list_series([feature["uuid"]])
            yield from self.wait_for("the series of {}".format(feature["code"]), lambda: signals["series"] or None)
            with_data += [(feature, row) for row in dock.series_model.rows() if row["end"] is not None]
            if any(row["interval"] and row["interval"] <= 3600 for _feature, row in with_data):
                break
        if not with_data:
            raise StepFailed("no location in the extent has a series with data")
        feature, row = min(with_data, key=lambda pair: pair[1]["interval"] or float("inf"))
        # (The project may have taken the CRS of its first layer, the locations': ask the canvas.)
        to_canvas = QgsCoordinateTransform(wgs84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        point = to_canvas.transform(feature.geometry().asPoint())
        pixel = canvas.getCoordinateTransform().transform(QgsPointXY(point))
        layer.removeSelection()  # as the user starts: nothing selected, no series listed
        dock.list_series([])
        signals["series"].clear()
        dock.pick_button.click()  # "Pick a Lizard location", then a click on the point on the map
        QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(round(pixel.x()), round(pixel.y())))
        self.status("progress", "picked {} on the map".format(feature["code"]))
        yield from self.wait_for("the picked location's series", lambda: signals["series"] or None)
        self.status("progress", "series: {}".format(dock.series_status.text()))
        signals["plot"].clear()
        dock.select_series(row["uuid"])
        self.status("progress", "plotting {} ({})".format(row["name"], row["uuid"]))
        yield from self.wait_for("the plot", lambda: signals["plot"] or None)
        if not dock.plot.series or not len(dock.plot.series[0]):
            raise StepFailed("nothing was plotted: {} {}".format(dock.plot_status.text(), self.message_bar_text()))
        dock.find_box.setCollapsed(True)  # as a user does once the locations are on the map: room for the plot
        canvas.refresh()
        yield from self.settle(1.5)
        self.save(window, message="timeseries: {}; {} picked; {}".format(
            dock.status.text(), feature["code"], dock.plot_status.text()))

    def values_scenario(self, area=False):
        """"Lizard value at point": two Lochem rasters on the map (one temporal), a click in Lochem with the
        tool, the dock with both values and the temporal one's values through time plotted; with ``area`` a
        rectangle dragged in Lochem instead, the dock with both rasters' mean, min and max over it."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
        from qgis.PyQt.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, Qt
        from qgis.PyQt.QtGui import QMouseEvent
        from qgis.PyQt.QtTest import QTest
        from qgis.PyQt.QtWidgets import QAction, QApplication
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "rasters")
        self.type_into(dock.search_edit, "Lochem")
        self.status("progress", "searching for 'Lochem'")

        def found():
            names = [obj.get("name") for obj in dock.model.objects()]
            if all(name in names for name in VALUES_RASTERS) and "…" not in dock.status.text():
                return names
            return None

        names = yield from self.wait_for("both Lochem rasters in the results", found)
        canvas = iface.mapCanvas()
        for name in VALUES_RASTERS:  # one at a time, in the order of the layer tree's bottom to top
            row = names.index(name)
            dock.results.selectionModel().select(
                dock.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            count = len(QgsProject.instance().mapLayers())
            dock.add_selected()
            self.status("progress", "adding {} to the map".format(name))

            def added(count=count):
                if len(QgsProject.instance().mapLayers()) > count:
                    return True
                if not dock.adder.busy():
                    raise StepFailed("adding to the map failed: {}".format(self.message_bar_text()))
                return None

            yield from self.wait_for("{} on the map".format(name), added)
        dock.zoom_to_selected()  # the rain raster: the middle of Lochem
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        yield from self.wait_for("the map to draw the rasters", lambda: rendered or None)

        action = window.findChild(QAction, "LizardValueAtPointAction")
        if action is None:
            raise StepFailed("the plugin has no Lizard value at point action")
        action.trigger()  # what clicking its toolbar button does
        for name in plugin.docks:  # the value dock gets the room of the others
            dock_action = window.findChild(QAction, "Lizard{}Action".format(name))
            if dock_action is not None and dock_action.isChecked():
                dock_action.trigger()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        to_canvas = QgsCoordinateTransform(wgs84, canvas.mapSettings().destinationCrs(), QgsProject.instance())

        def pixel_at(lon, lat):
            pixel = canvas.getCoordinateTransform().transform(to_canvas.transform(QgsPointXY(lon, lat)))
            return QPoint(round(pixel.x()), round(pixel.y()))

        if area:
            start, end = pixel_at(*AREA_BOX[:2]), pixel_at(*AREA_BOX[2:])
            QTest.mousePress(canvas.viewport(), Qt.LeftButton, Qt.KeyboardModifier.NoModifier, start)
            for step in range(1, 9):  # sent as events: QTest.mouseMove does not carry the pressed button
                at = QPointF(start + (end - start) * (step / 8.0))
                QApplication.sendEvent(canvas.viewport(), QMouseEvent(
                    QEvent.Type.MouseMove, at, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier))
            QTest.mouseRelease(canvas.viewport(), Qt.LeftButton, Qt.KeyboardModifier.NoModifier, end)
            self.status("progress", "dragged {:.3f}, {:.3f} to {:.3f}, {:.3f} with Lizard value at point".format(
                *AREA_BOX))
        else:
            QTest.mouseClick(canvas.viewport(), Qt.LeftButton, Qt.KeyboardModifier.NoModifier,
                             pixel_at(*VALUES_POINT))
            self.status("progress", "clicked at {:.3f}, {:.3f} with Lizard value at point".format(*VALUES_POINT))
        values = plugin.value_at_point.dock
        if values is None:
            raise StepFailed("the click opened no Lizard value at point dock")
        yield from self.wait_for("the values", lambda: values.answer_count or None)
        shown = values.values_at()
        plotted = values.plot.series
        if (not area and (not plotted or not len(plotted[0]))) or any("no value" in text for text in shown.values()):
            raise StepFailed("not every raster answered: {} {}".format(shown, self.message_bar_text()))
        window.resizeDocks([values], [self.config["dock_width"]], Qt.Horizontal)
        iface.messageBar().clearWidgets()  # "Added … to the map" would cover the top of the map
        yield from self.settle(1.5)
        self.save(window, message="{}: {}{}".format(
            "area" if area else "values", "; ".join("{} = {}".format(name, text) for name, text in shown.items()),
            "; plotted {} ({} steps)".format(plotted[0].label, len(plotted[0])) if plotted else ""))


    def scenarios_scenario(self):
        """The scenario dock: 3Di scenarios found, one selected (grid on the map, results by family), its maximum
        water depth downloaded for the whole grid and shown in a group named after the scenario."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsProject
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDockWidget
        from qgis.utils import iface

        plugin = yield from self.plugin()
        window = self.main_window()
        dock = yield from self.show_only_dock(plugin, "scenarios")
        layers_dock = window.findChild(QDockWidget, "Layers")
        if layers_dock is not None:
            window.resizeDocks([layers_dock, dock], [LAYERS_WIDTH, self.config["dock_width"]], Qt.Horizontal)
        canvas = iface.mapCanvas()
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))  # before the grid is outlined on it
        self.type_into(dock.search_edit, SCENARIO_SEARCH)  # the dock searches after a short pause in typing
        self.status("progress", "searching scenarios for {!r}".format(SCENARIO_SEARCH))

        def found():
            status = dock.status.text()
            if dock.results.count() and "…" not in status:
                return status
            if dock.results.count() == 0 and status and "…" not in status:
                raise StepFailed("the search showed no scenarios: {} {}".format(status, self.message_bar_text()))
            return None

        shown = yield from self.wait_for("scenarios in the dock", found)
        rows = [row for row, obj in enumerate(dock.model.objects()) if obj.get("projection") == "EPSG:28992"]
        if not rows:
            raise StepFailed("no scenario on RD New was found")
        loaded = []
        dock.results_loaded.connect(lambda: loaded.append(True))
        dock.results.setCurrentRow(rows[0])
        scenario = dock.selected_scenario()
        yield from self.wait_for("the scenario's results", lambda: loaded or None)
        if not dock.result_tree.results():
            raise StepFailed("the scenario shows no results: {}".format(self.message_bar_text()))

        dock.download_action.trigger()  # what clicking "Download…" does
        dialog = dock.download_dialogs[-1] if dock.download_dialogs else None
        if dialog is None or not dialog.isVisible():
            raise StepFailed("Download… opened no dialog")
        dialog.poll = {"first": 0.2, "maximum": 0.5}  # check Lizard's export task often: a short demo
        def ready():
            if dialog.error is not None:
                raise StepFailed("the dialog failed: " + dialog.error_label.text())
            return dialog.download_button.isEnabled()

        yield from self.wait_for("the results to choose from", ready)
        dialog.set_codes([SCENARIO_RESULT])
        dialog.folder_widget.setFilePath(os.path.join(self.config["workdir"], "scenarios"))
        dialog.download_button.click()
        self.status("progress", "downloading {} of {}".format(SCENARIO_RESULT, scenario.get("name")))

        def downloaded():
            if dialog.busy():
                return None
            if dialog.error is not None or not dialog.result_paths:
                raise StepFailed("the download did not succeed: {} {}".format(
                    dialog.status_label.text(), dialog.error_label.text()))
            return dialog.result_paths

        paths = yield from self.wait_for("the download to end", downloaded)
        group = QgsProject.instance().layerTreeRoot().findGroup(scenario["name"])
        if group is None or not group.findLayers():
            raise StepFailed("the download is not on the map in the group {!r}".format(scenario["name"]))
        dialog.close()
        iface.layerTreeView().expandAll()
        dock.result_tree.select_codes([SCENARIO_RESULT])
        dock.zoom_to_selected()
        rendered = []
        canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
        canvas.refresh()
        yield from self.wait_for("the map to draw the download", lambda: rendered or None)
        yield from self.settle(1.0)
        self.save(window, message="scenarios: {}; {} downloaded into group {!r}".format(
            shown, os.path.basename(paths[0]), group.name()))


if __name__ == "__main__":
    sys.exit(main())
