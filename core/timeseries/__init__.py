"""Lizard timeseries: turning the rows of a table or layer into timeseries events and uploading them to
``/api/v4/timeseries/<uuid>/events/`` (``events``); finding monitoring locations and their series
(``locations``) and reading events page by page (``download``); what a plot shows of a series for a period,
raw events or Lizard's aggregates (``fetch``, into ``SeriesData``); events and plotted series to CSV or a
GeoPackage table (``export``). The shared base (client, errors, times, and ``SeriesData`` in core/series.py,
which raster values use too) is at ``core/``'s root.
"""
