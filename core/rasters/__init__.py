"""Lizard rasters: finding raster layers and rastersources (``search``), describing them for the result
table and details pane (``describe``), adding them to the map as WMS/WMS-T layers (``wms``), downloading
them as GeoTIFFs or VRTs (``download``), making GeoTIFFs Lizard accepts (``geotiff``) and uploading them to
rastersources (``upload``). The shared base (client, errors, times, tasks) is at ``core/``'s root.
"""
