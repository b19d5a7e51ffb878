#!/usr/bin/python3
"""The test matrix: the whole suite, unchanged, on this machine's QGIS and inside Debian roots with newer QGIS.

    make test-matrix                 # this machine (3.22 on Debian 12), Debian 13 (3.40 LTR), Debian unstable (3.44)
    make test-matrix QGIS=3.40       # one row
    make demo QGIS=3.40              # scripts/demo.py inside the Debian 13 root, under Xvfb

Each root is built once with ``debootstrap --variant=minbase`` from Debian's packages and kept under
``$MATRIX_DIR`` (default ``.matrix``, ignored by git); it is built again from scratch when its package list
(the Makefile's APT_PACKAGES plus the root's own) changes. Inside a root the repository is bind-mounted at
``/plugin`` and the plugin's own ``make test`` runs there (so ``make setup`` is what installs the root), with a
venv of its own (``.venv-qgis3.40``) that does not clash with the host's ``.venv``.

Needs root (debootstrap, chroot, bind mounts). Standard library only: runs with /usr/bin/python3.
"""

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIRROR = os.environ.get("MATRIX_MIRROR", "http://deb.debian.org/debian")
# Debian suite per QGIS row. The host row is whatever QGIS this machine has.
ROOTS = {"3.40": "trixie", "3.44": "sid"}
# What a root needs before the plugin's `make setup` can run in it.
BASE_PACKAGES = ["make", "ca-certificates", "python3"]
# The archive here is a dated snapshot: its Release files are past their Valid-Until.
APT_CONF = 'Acquire::Check-Valid-Until "false";\nAPT::Install-Recommends "false";\n'
MOUNTS = [("proc", "proc"), ("sysfs", "sys"), ("/dev", "dev"), ("/dev/pts", "dev/pts")]
PASSED_ENV = ("http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY",
              "PIP_INDEX_URL", "PIP_DEFAULT_TIMEOUT")
HOST_CA = "/etc/ssl/certs/ca-certificates.crt"
ROOT_CA = "/usr/local/share/host-ca-certificates.crt"


class MatrixError(Exception):
    pass


def log(*parts):
    print("[matrix]", *parts, flush=True)


def run(argv, **kwargs):
    log("$", " ".join(argv))
    done = subprocess.run(argv, **kwargs)
    if done.returncode:
        raise MatrixError("{} exited with {}".format(argv[0], done.returncode))
    return done


def apt_packages():
    out = subprocess.run(["make", "-s", "--no-print-directory", "apt-packages"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def package_hash(suite):
    text = "\n".join([suite, MIRROR, APT_CONF] + BASE_PACKAGES + sorted(apt_packages()))
    return hashlib.sha256(text.encode()).hexdigest()


class Chroot:
    """A Debian root with /proc, /sys, /dev and the repository (at /plugin) mounted while inside ``with``."""

    def __init__(self, path, extra_mounts=()):
        self.path = path
        self.extra_mounts = list(extra_mounts)
        self.mounted = []

    def __enter__(self):
        try:
            for source, target in MOUNTS + [(ROOT, "plugin")] + self.extra_mounts:
                where = os.path.join(self.path, target)
                os.makedirs(where, exist_ok=True)
                if source in ("proc", "sysfs"):
                    run(["mount", "-t", source, source, where])
                else:
                    run(["mount", "--bind", source, where])
                self.mounted.append(where)
            shutil.copyfile("/etc/resolv.conf", os.path.join(self.path, "etc/resolv.conf"))
            if os.path.exists(HOST_CA):
                shutil.copyfile(HOST_CA, os.path.join(self.path, ROOT_CA.lstrip("/")))
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for where in reversed(self.mounted):
            subprocess.run(["umount", "-l", where])
        self.mounted = []

    def env(self, **extra):
        env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root",
               "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive", "TERM": "dumb"}
        env.update({k: os.environ[k] for k in PASSED_ENV if k in os.environ})
        env["PIP_CERT"] = ROOT_CA
        env.update(extra)
        return env

    def run(self, argv, capture=False, **extra_env):
        argv = ["chroot", self.path, *argv]
        log("$", " ".join(argv))
        return subprocess.run(argv, env=self.env(**extra_env), stdin=subprocess.DEVNULL, text=True,
                              capture_output=capture)


def build(version, matrix_dir):
    """The root for ``version``, built (or rebuilt, when its package list changed) if needed."""
    suite = ROOTS[version]
    path = os.path.join(matrix_dir, "qgis-" + version)
    stamp = path + ".stamp"
    want = package_hash(suite)
    have = None
    if os.path.exists(stamp):
        with open(stamp) as previous:
            have = previous.read().strip()
    if have == want:
        return path
    if have is not None or not os.path.exists(os.path.join(path, ".bootstrapped")):
        log("building the root for QGIS", version, "(Debian", suite + ") in", path)
        if os.path.exists(stamp):
            os.remove(stamp)
        if os.path.exists(path):
            run(["rm", "-rf", "--one-file-system", path])
        os.makedirs(matrix_dir, exist_ok=True)
        run(["debootstrap", "--variant=minbase", suite, path, MIRROR])
        open(os.path.join(path, ".bootstrapped"), "w").close()
    with open(os.path.join(path, "etc/apt/apt.conf.d/99lizard-matrix"), "w") as conf:
        conf.write(APT_CONF)
    with Chroot(path) as root:
        for step in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", *BASE_PACKAGES],
                     ["make", "-C", "/plugin", "apt"]):
            if root.run(step).returncode:
                raise MatrixError("building the QGIS {} root failed at: {}".format(version, " ".join(step)))
    with open(stamp, "w") as out:
        out.write(want + "\n")
    return path


VERSIONS_PY = ("import sys; from qgis.core import Qgis; from osgeo import gdal; "
               "print(Qgis.QGIS_VERSION.split('-')[0], sys.version.split()[0], gdal.__version__)")


def summary(output):
    """passed / failed / skipped / errors from pytest's closing line."""
    counts = {"passed": 0, "failed": 0, "skipped": 0, "error": 0}
    lines = [line for line in output.splitlines() if re.search(r"=+ .*\d+ (passed|failed|error).* in ", line)]
    if lines:
        for number, word in re.findall(r"(\d+) (passed|failed|skipped|errors?)", lines[-1]):
            counts["error" if word.startswith("error") else word] += int(number)
    return counts


def run_logged(argv, logfile, env=None):
    """Run, echoing the output and keeping it in ``logfile``; returns (exit code, output)."""
    log("$", " ".join(argv), ">", logfile)
    with open(logfile, "w") as out:
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        chunks = []
        for line in proc.stdout:
            sys.stdout.write(line)
            out.write(line)
            chunks.append(line)
        return proc.wait(), "".join(chunks)


def test_row(version, matrix_dir, pytest_args):
    """Run the whole suite via the plugin's ``make test`` for one row; returns the row's dict."""
    make = ["make", "-C", "{plugin}", "test", "VENV=.venv-qgis" + version]
    if pytest_args:
        make.append("PYTEST_ARGS=" + pytest_args)
    logfile = os.path.join(matrix_dir, "test-qgis-{}.log".format(version))
    os.makedirs(matrix_dir, exist_ok=True)
    if version == "host":
        versions = subprocess.run(["/usr/bin/python3", "-c", VERSIONS_PY], capture_output=True, text=True,
                                  check=True).stdout.split()
        minor = ".".join(versions[0].split(".")[:2])
        make[4] = "VENV=.venv-qgis" + minor
        logfile = os.path.join(matrix_dir, "test-qgis-{}.log".format(minor))
        started = time.monotonic()
        code, output = run_logged([arg.format(plugin=ROOT) for arg in make], logfile)
    else:
        path = build(version, matrix_dir)
        started = time.monotonic()  # the wall time is `make test`'s, not the root's build
        with Chroot(path) as root:
            versions = root.run(["python3", "-c", VERSIONS_PY], capture=True).stdout.split()
            argv = ["chroot", path] + [arg.format(plugin="/plugin") for arg in make]
            code, output = run_logged(argv, logfile, env=root.env(QT_QPA_PLATFORM="offscreen"))
    row = dict(zip(("qgis", "python", "gdal"), versions or ["?", "?", "?"]), code=code, log=logfile,
               seconds=time.monotonic() - started, **summary(output))
    return row


def table(rows):
    head = ["QGIS", "Python", "GDAL", "passed", "failed", "skipped", "wall time"]
    body = [[r.get("qgis", "?"), r.get("python", "?"), r.get("gdal", "?"), str(r["passed"]),
             str(r["failed"] + r["error"]), str(r["skipped"]),
             "{}m{:02d}s".format(int(r["seconds"]) // 60, int(r["seconds"]) % 60)] for r in rows]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    return "\n".join(lines)


def demo(version, matrix_dir, demo_args):
    """scripts/demo.py in the root: on this machine's X display when there is one, else on Xvfb in the root."""
    path = build(version, matrix_dir)
    display = {}
    mounts = []
    if os.environ.get("DISPLAY") and os.path.isdir("/tmp/.X11-unix"):
        display["DISPLAY"] = os.environ["DISPLAY"]
        mounts.append(("/tmp/.X11-unix", "tmp/.X11-unix"))
        if os.path.isfile(os.environ.get("XAUTHORITY", "")):
            shutil.copyfile(os.environ["XAUTHORITY"], os.path.join(path, "root/.Xauthority"))
            display["XAUTHORITY"] = "/root/.Xauthority"
    with Chroot(path, mounts) as root:
        argv = ["make", "-C", "/plugin", "demo", "VENV=.venv-qgis" + version]
        if demo_args:
            argv.append("DEMO_ARGS=" + demo_args)
        return root.run(argv, **display).returncode


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qgis", default="", help="one row: 3.40, 3.44 or this machine's version (default: all)")
    parser.add_argument("--matrix-dir", default=os.environ.get("MATRIX_DIR", ".matrix"))
    parser.add_argument("--demo", action="store_true", help="run `make demo` in the --qgis root instead of tests")
    parser.add_argument("--build-only", action="store_true", help="only build (or refresh) the roots")
    parser.add_argument("--pytest-args", default="", help="passed to pytest (e.g. a test file), for debugging")
    parser.add_argument("--demo-args", default="", help="passed to scripts/demo.py")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    matrix_dir = os.path.abspath(os.path.join(ROOT, args.matrix_dir))
    if os.geteuid() != 0:
        sys.exit("make test-matrix needs root (debootstrap, chroot, mount): run it with sudo")
    for tool in ("debootstrap", "chroot", "mount"):
        if not shutil.which(tool):
            sys.exit("{} is missing: apt-get install debootstrap".format(tool))
    host = subprocess.run(["/usr/bin/python3", "-c", VERSIONS_PY], capture_output=True, text=True).stdout.split()
    host_minor = ".".join(host[0].split(".")[:2]) if host else None
    if args.qgis and args.qgis not in ROOTS and args.qgis != host_minor:
        sys.exit("QGIS={} is not in the matrix: choose one of {}".format(args.qgis, ", ".join(
            ([host_minor] if host_minor else []) + sorted(ROOTS))))
    try:
        if args.demo:
            if not args.qgis or args.qgis == host_minor:  # this machine's QGIS: the plain `make demo`
                return subprocess.call(["make", "-C", ROOT, "demo", "QGIS=", "DEMO_ARGS=" + args.demo_args])
            return demo(args.qgis, matrix_dir, args.demo_args)
        wanted = [args.qgis] if args.qgis else ([host_minor] if host_minor else []) + sorted(ROOTS)
        if args.build_only:
            for version in wanted:
                if version in ROOTS:
                    build(version, matrix_dir)
            return 0
        rows = []
        for version in wanted:
            if version in ROOTS and version != host_minor:
                rows.append(test_row(version, matrix_dir, args.pytest_args))
            else:
                rows.append(test_row("host", matrix_dir, args.pytest_args))
    except MatrixError as error:
        sys.exit("make test-matrix: {}".format(error))
    text = table(rows)
    print()
    print(text)
    with open(os.path.join(matrix_dir, "last-table.md"), "w") as out:
        out.write(text + "\n")
    for row in rows:
        if row["code"]:
            print("QGIS {}: make test exited with {}; log: {}".format(row.get("qgis"), row["code"], row["log"]))
    return 1 if any(row["code"] or row["failed"] or row["error"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
