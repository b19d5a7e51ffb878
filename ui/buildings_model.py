"""The buildings dock's table model: the loaded buildings, one row per feature of the layer."""

from ..core.i18n import tr
from .layer_table import FeatureTableModel

# (field, header) of the results table; the layer has more.
COLUMNS = ("id", "code", "street", "house_number", "postalcode", "city", "build_year", "address_count")


def _headers():
    return {
        "id": tr("Id"), "code": tr("Code"), "street": tr("Street"), "house_number": tr("Number"),
        "postalcode": tr("Postal code"), "city": tr("City"), "build_year": tr("Build year"),
        "address_count": tr("Addresses"),
    }


class BuildingsModel(FeatureTableModel):
    """The loaded buildings: one row per feature of the layer (feature id, a few attributes)."""

    def __init__(self, parent=None):
        super().__init__(COLUMNS, _headers(), parent)
