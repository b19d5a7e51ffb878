"""A fake Lizard API v4 server (real HTTP on 127.0.0.1) for the plugin's tests and demo.

    from fake_lizard import FakeLizard
    with FakeLizard(max_page_size=100, buildings=2000, seed=1) as lz:
        requests.get(lz.api_url + "rastersources/", auth=("__key__", lz.KEYS["supplier"]))

Interface (see ``server.FakeLizard``): ``base_url``, ``api_url``, ``KEYS``, ``inject(...)``,
``clear_faults()``, ``requests`` (snapshot list of RecordedRequest), ``reset_requests()``,
``buildings_mode`` ("paginated" | "bare"), ``aggregate_time_key`` (None | a key),
``aggregate_time_format`` ("iso" | "epoch_ms" | "epoch_s"), ``task_outcome`` (None | "SUCCESS" | "FAILURE"), ``data``
(``store.Store``: rastersources, rasters, buildings, timeseries, events, tasks, uploads, ...),
``errors`` (tracebacks of unexpected 500s), ``start()``/``stop()``, context manager,
``result_host`` (``rasterdata.ResultHost``: the other origin serving asynchronous ``/rasters/<uuid>/data/``
results, with ``requests`` recording their headers; see ``rasterdata.py`` for the deterministic pixels).
CLI: ``PYTHONPATH=tests python3 -m fake_lizard --port 8642 [--wms-endpoint URL --wms-layers a,b]``.

Seed facts (independent of ``seed``, which only drives the generated buildings):

- Users (``KEYS``): "supplier" jane.supplier (Nelen & Schuurmans: user+supplier), "reader" rob.reader
  (N&S: user), "other_org" piet.maas (Maastricht: user+supplier).
- 251 rastersources: 131 Public, 60 Common, 60 Private. Anonymous sees 131; every user sees 203 (Public +
  Common + the 12 Private ones of their own organisation). Ids: 310442 (Lochem source of the sample
  raster), the 10 sample objects 474265..474892 (all Public: 474265 Maastricht, the rest N&S), generated
  480001..480240 (i = id - 480001: Public when i % 4 in (0, 1), Common when 2, Private when 3;
  organisation cycles N&S, Maastricht, Hunze en Aa's, Súdwest-Fryslân, Delfland per block of 4).
- 196 raster layers: the sample d8f36211-68c5-4211-b530-2c22932f396b first, then the 15 layers the sample
  sources link to, then generated ones; 81 are temporal. Ordering without ``ordering`` is this order.
- Buildings: sample 15614306 plus ``buildings`` generated (ids from 20000001), around Rijswijk,
  's-Gravenzande, Lochem, Kampen, Sneek and Maastricht; all are visible to everyone.
- Timeseries: ea5aa87d-7a65-4941-b2d1-afc64f5f10c4 (Public, 400 events, the sample page is the last),
  a Private N&S one (24 events), an empty Public N&S one, a Private Maastricht one (``store.TS_*``).
- 2000 locations and 5000 timeseries (``locations.py``): beyond the seeded ones, series whose events a
  formula computes when asked (``generated.py``; nothing stored per event), among them ``store.TS_MILLION``
  with 1,000,000 events every 5 minutes. ``/timeseries/<uuid>/aggregates/`` (``start``, ``end``, ``fields``
  required) answers 400 for the series in ``data.no_aggregates``; ``aggregate_time_key`` and
  ``aggregate_time_format`` switch where and how its rows give their time (a [guess] in the contract).
"""

from .server import FakeLizard, Fault, RecordedRequest

__all__ = ["FakeLizard", "Fault", "RecordedRequest"]
