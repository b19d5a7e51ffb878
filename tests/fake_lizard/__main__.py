"""Command line: serve a fake Lizard for a demo until SIGINT/SIGTERM.

    PYTHONPATH=tests python3 -m fake_lizard --port 8642 --buildings 5000 \\
        --wms-endpoint http://127.0.0.1:9000/ --wms-layers demo_a,demo_b

Prints ``FAKE_LIZARD_URL=http://127.0.0.1:PORT`` (then the API keys and WMS layer mappings) and flushes.
"""

import argparse
import signal
import sys
import threading

from .server import BUILDINGS_MODES, FakeLizard


def _parse_args(argv):
    parser = argparse.ArgumentParser(prog="python3 -m fake_lizard", description="Serve a fake Lizard API v4.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8642, help="port (0: any free port; default 8642)")
    parser.add_argument("--buildings", type=int, default=2000, help="number of generated buildings")
    parser.add_argument("--buildings-mode", choices=BUILDINGS_MODES, default="paginated")
    parser.add_argument("--max-page-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated buildings")
    parser.add_argument("--wms-endpoint", help="wms_info.endpoint of every raster (default <url>/wms/)")
    parser.add_argument(
        "--wms-layers", default="", help="comma separated WMS layer names: the first N rasters point at them"
    )
    parser.add_argument(
        "--wms-layer-map",
        action="append",
        default=[],
        metavar="LAYER=RASTER",
        help="point the raster RASTER (uuid or exact name) at WMS layer LAYER; repeatable",
    )
    return parser.parse_args(argv)


def _apply_wms(lizard, args):
    """Returns [(layer, raster uuid)] of the rasters pointed at the given WMS layers."""
    names = [name.strip() for name in args.wms_layers.split(",") if name.strip()]
    mapped = list(zip(names, lizard.set_wms_layers(names, args.wms_endpoint)))
    for item in args.wms_layer_map:
        layer, separator, raster_ref = item.partition("=")
        raster = next((r for r in lizard.data.rasters if raster_ref in (r["uuid"], r["name"])), None)
        if not separator or raster is None:
            sys.exit(f"--wms-layer-map {item!r}: expected LAYER=RASTER with an existing raster uuid or name")
        raster["wms_info"] = {"endpoint": args.wms_endpoint or lizard.data.wms_endpoint, "layer": layer}
        mapped.append((layer, raster["uuid"]))
    # A local WMS (the demo's qgis_mapserver) knows none of Lizard's colour-map styles ("RdBu_r:-4.6:-1.17")
    # and draws nothing for them: the rasters it serves ask for its default style.
    for _layer, uuid in mapped:
        raster = next(r for r in lizard.data.rasters if r["uuid"] == uuid)
        raster["options"] = dict(raster.get("options") or {}, styles="")
    return mapped


def main(argv=None):
    args = _parse_args(argv)
    lizard = FakeLizard(
        max_page_size=args.max_page_size,
        buildings=args.buildings,
        buildings_mode=args.buildings_mode,
        wms_endpoint=args.wms_endpoint,
        seed=args.seed,
        host=args.host,
        port=args.port,
    )
    mapped = _apply_wms(lizard, args)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    lizard.start()
    print(f"FAKE_LIZARD_URL={lizard.base_url}", flush=True)
    for name, key in lizard.KEYS.items():
        print(f"FAKE_LIZARD_KEY_{name.upper()}={key}", flush=True)
    for layer, raster_uuid in mapped:
        print(f"FAKE_LIZARD_WMS_LAYER {layer}={raster_uuid}", flush=True)
    try:
        while not stop.wait(0.2):
            pass
    finally:
        lizard.stop()


if __name__ == "__main__":
    main()
