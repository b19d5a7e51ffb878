"""Offline demo WMS: ``PYTHONPATH=tests python3 -m mapserver --dir DIR [--port N]``
(or ``python3 tests/mapserver/__main__.py ...``).

Creates the demo data in DIR (a temporary directory if omitted), starts qgis_mapserver on 127.0.0.1 and prints
``WMS_URL=http://127.0.0.1:PORT/`` and ``WMS_LAYERS=name1,name2``; serves until SIGINT/SIGTERM.
"""

import argparse
import signal
import sys
import tempfile
import threading
from pathlib import Path

if not __package__:  # run as a script: make the ``mapserver`` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mapserver import MapServer, MapServerError, make_demo_data  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="mapserver", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="directory for the demo data (default: a temporary one)")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    args = parser.parse_args(argv)

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())

    with tempfile.TemporaryDirectory(prefix="lizard-demo-") as tmp:
        demo = make_demo_data(args.dir or tmp)
        try:
            server = MapServer(demo.project_path, port=args.port).start()
        except MapServerError as error:
            print(error, file=sys.stderr)
            return 1
        try:
            print(f"WMS_URL={server.url}", flush=True)
            print(f"WMS_LAYERS={','.join(demo.layers)}", flush=True)
            while not stop.wait(0.5):
                if not server.running:
                    print(f"qgis_mapserver died:\n{server.stderr_tail()}", file=sys.stderr)
                    return 1
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
