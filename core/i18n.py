"""Translation helper shared by every module of the plugin.

``pylupdate5`` files a call to a module-level ``tr()`` under the ``@default`` context, so this helper
translates in that context: one function, one context, no mismatch between extraction and lookup.
Translate first, then format: ``tr("Uploading {name}").format(name=...)``; plurals with ``%n``:
``tr("Loaded %n building(s)", "", n)``.
"""

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "@default"


def tr(text, disambiguation=None, n=-1):
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)
