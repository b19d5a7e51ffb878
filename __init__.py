"""Lizard Explorer: a QGIS plugin for the Lizard water and climate data warehouse."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    from .plugin import LizardExplorerPlugin

    return LizardExplorerPlugin(iface)
