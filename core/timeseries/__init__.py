"""Lizard timeseries: turning the rows of a table or layer into timeseries events and uploading them to
``/api/v4/timeseries/<uuid>/events/`` (``events``). The shared base (client, errors, times) is at
``core/``'s root.
"""
