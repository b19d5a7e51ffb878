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

Inside QGIS the startup script imports this file and calls :func:`qgis_startup`, which runs the shot with
demo_shots.py (the shots) on demo_driver.py (stepping, reporting, the screenshot); so the module level of all
three must import only the standard library (QGIS only inside functions).
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
# Inside QGIS: the startup script calls qgis_startup(); the GUI steps are in demo_driver.py and demo_shots.py.
# =============================================================================================

_KEEP = []  # the driver and its timer must outlive the startup script


def qgis_startup():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import demo_shots

    config = json.loads(os.environ[ENV_CONFIG])
    _KEEP.append(demo_shots.Shots(config))


if __name__ == "__main__":
    sys.exit(main())
