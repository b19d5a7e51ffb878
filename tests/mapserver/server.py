"""Run ``qgis_mapserver`` (QGIS development server) for a project on 127.0.0.1 as a subprocess."""

import atexit
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional, Union

HOST = "127.0.0.1"
_LISTENING = re.compile(r"listening on http://[^:\s]+:(\d+)")
_RUNNING: "set[MapServer]" = set()  # stopped at exit if still running


class MapServerError(RuntimeError):
    pass


class MapServer:
    """``with MapServer(project) as server: ... server.url ...``

    ``port=0`` (default) lets the server pick a free port; it reports it on stdout. The server's stdout and
    stderr go to files in a throw-away directory that is also its ``HOME`` (QGIS settings, cache). Servers
    still running are stopped at interpreter exit; on Linux (``setpriv``) the server also gets SIGTERM when
    the thread that started it dies, so start it from a long-lived thread.
    """

    def __init__(
        self,
        project_path: Union[str, Path],
        port: int = 0,
        startup_timeout: float = 30.0,
        log_level: int = 1,
        executable: str = "qgis_mapserver",
    ):
        self.project_path = Path(project_path).resolve()
        self.requested_port = port
        self.port = 0  # the actual port, known once started
        self.startup_timeout = startup_timeout
        self.log_level = log_level
        self.executable = executable
        self.process: Optional[subprocess.Popen] = None
        self.pid: Optional[int] = None
        self.returncode: Optional[int] = None
        self._workdir: Optional[Path] = None

    @property
    def url(self) -> str:
        """WMS endpoint base URL, e.g. ``http://127.0.0.1:41211/``."""
        if not self.port:
            raise MapServerError("server not started")
        return f"http://{HOST}:{self.port}/"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def _environment(self) -> dict:
        # Drop server settings and config paths of the caller (pytest-qgis sets QGIS_OPTIONS_PATH).
        dropped = ("QGIS_PROJECT_FILE", "QGIS_OPTIONS_PATH", "QGIS_CUSTOM_CONFIG_PATH")
        env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_SERVER_") and k not in dropped}
        env.update(
            HOME=str(self._workdir),
            XDG_RUNTIME_DIR=str(self._workdir),
            TMPDIR=str(self._workdir),  # qgis_mapserver leaves a temp dir behind when terminated
            QT_QPA_PLATFORM="offscreen",
            QGIS_SERVER_LOG_STDERR="1",
            QGIS_SERVER_LOG_LEVEL=str(self.log_level),
        )
        return env

    def start(self) -> "MapServer":
        if self.process is not None:
            raise MapServerError("already started")
        if not self.project_path.is_file():
            raise MapServerError(f"project not found: {self.project_path}")
        executable = shutil.which(self.executable)
        if executable is None:
            raise MapServerError(f"{self.executable} not found")
        self._workdir = Path(tempfile.mkdtemp(prefix="qgis_mapserver-"))
        os.chmod(self._workdir, 0o700)
        self.port = self.requested_port
        command = [executable, "-p", str(self.project_path), f"{HOST}:{self.port}"]
        if shutil.which("setpriv"):  # Linux: the server gets SIGTERM if we die without cleaning up
            command = ["setpriv", "--pdeathsig", "TERM", "--", *command]
        with open(self._workdir / "stdout.log", "wb") as out, open(self._workdir / "stderr.log", "wb") as err:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env=self._environment(),
                cwd=self._workdir,
                start_new_session=True,  # Ctrl+C in a terminal reaches us, not the server directly
            )
        self.pid = self.process.pid
        _RUNNING.add(self)
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _log(self, name: str) -> str:
        try:
            return (self._workdir / name).read_text(errors="replace")
        except (OSError, TypeError):
            return ""

    def stderr_tail(self, lines: int = 30) -> str:
        return "\n".join(self._log("stderr.log").splitlines()[-lines:])

    def _fail(self, message: str) -> MapServerError:
        return MapServerError(f"{message}\n--- qgis_mapserver stderr (tail) ---\n{self.stderr_tail()}")

    def _wait_until_ready(self) -> None:
        """Wait for "listening on http://HOST:PORT" on stdout, then for an answer to GetCapabilities."""
        deadline = time.monotonic() + self.startup_timeout
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # ignore *_proxy variables
        listening, last_error = False, "not listening"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise self._fail(f"qgis_mapserver exited with code {self.process.returncode}")
            if not listening:
                match = _LISTENING.search(self._log("stdout.log"))
                if match:
                    self.port, listening = int(match.group(1)), True
                elif "Unable to start the server" in self._log("stderr.log"):  # e.g. port in use
                    raise self._fail("qgis_mapserver could not listen")
            if listening:
                try:
                    url = self.url + "?SERVICE=WMS&REQUEST=GetCapabilities"
                    with opener.open(url, timeout=max(0.1, deadline - time.monotonic())) as response:
                        if b"WMS_Capabilities" in response.read():
                            return
                        last_error = "GetCapabilities answered without WMS_Capabilities"
                except (urllib.error.URLError, OSError) as error:
                    last_error = str(error)
            time.sleep(0.05)
        raise self._fail(f"qgis_mapserver not ready within {self.startup_timeout} s ({last_error})")

    def stop(self, grace: float = 5.0) -> None:
        """Terminate the server (SIGTERM, SIGKILL after ``grace`` seconds) and remove its directory."""
        process, self.process = self.process, None
        if process is not None:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(grace)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            self.returncode = process.returncode
        _RUNNING.discard(self)
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def __enter__(self) -> "MapServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


@atexit.register
def _stop_all() -> None:
    for server in list(_RUNNING):
        server.stop(grace=2.0)
