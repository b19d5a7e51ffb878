"""Lizard buildings: fetching ``/api/v4/buildings/`` for an area with attribute filters, streamed page by
page as QGIS features (``buildings``), and naming the layers of the GeoPackage they are saved to
(``geopackage``). The shared base (client, errors, areas) is at ``core/``'s root.
"""
