"""Asset bundles for Lizard's asset import: the column mapping, checks, the shapefile and the zipped bundle
with its ``.ini`` (``bundle``). The shared base (errors, outputs, partial files) is at ``core/``'s root.
"""
