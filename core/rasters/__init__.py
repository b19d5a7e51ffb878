"""Lizard rasters: finding raster layers and rastersources (``search``), describing them for the result
table and details pane (``describe``), adding them to the map as WMS/WMS-T layers (``wms``), downloading
them as GeoTIFFs or VRTs (``download`` plans, ``download_grid`` holds the area, pixel grid, tiles and output
items, ``download_run`` fetches the tiles and writes the files), making GeoTIFFs Lizard accepts
(``geotiff``) and uploading them to rastersources (``upload``). The shared base (client, errors, times,
tasks) is at ``core/``'s root.
"""
