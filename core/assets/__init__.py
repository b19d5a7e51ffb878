"""Asset bundles for Lizard's asset import: the column mapping, checks and the zipped bundle with its
``.ini`` (``bundle``), and writing the shapefile inside it, through OGR's SQL fast path or feature by
feature (``shapefile``). The shared base (errors, outputs, partial files) is at ``core/``'s root.
"""
