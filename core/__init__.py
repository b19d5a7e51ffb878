"""The Lizard domain: API client, errors, settings and credentials.

Nothing in this package imports widgets or ``iface``: it runs the same inside QGIS, under
``qgis_process`` and in plain tests.
"""
