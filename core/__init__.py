"""The Lizard domain: the shared base at this package's root (API client and its responses, errors, settings,
credentials, tasks, times, transport, partial files, outputs, areas, layer sources) and one subpackage per
domain: ``rasters``, ``buildings``, ``assets`` and ``timeseries``.

Nothing in this package imports widgets or ``iface``: it runs the same inside QGIS, under
``qgis_process`` and in plain tests.
"""
