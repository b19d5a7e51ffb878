"""The buildings dock's filters: the attribute filter and the area (extent, selection or drawn shape; see
:mod:`.area_filters`) as a buildings :class:`~core.buildings.buildings.Area` with its predicate."""

from ..core.buildings.buildings import Area, BuildingFilter
from ..core.i18n import tr
from ..core.times import iso_utc, to_utc
from .area_filters import DRAWN, EXTENT, SELECTION, WGS84, AreaMixin, AreaUnavailable

__all__ = ["DRAWN", "EXTENT", "SELECTION", "WGS84", "AreaUnavailable", "BuildingsFiltersMixin"]


class BuildingsFiltersMixin(AreaMixin):
    """The buildings dock's filters: attributes, and the area as buildings are asked for it."""

    @property
    def empty_area_text(self):
        return tr("The area to load buildings for is empty.")

    def attribute_filter(self):
        def value(spin):
            return spin.value() or None

        valid_at = None
        if self.valid_check.isChecked():
            valid_at = iso_utc(to_utc(self.valid_edit.dateTime()))
        return BuildingFilter(
            code=self.code_edit.text(), code_starts_with=self.code_starts_check.isChecked(),
            build_year_min=value(self.year_min), build_year_max=value(self.year_max),
            postalcode=self.postal_edit.text(),
            house_number_min=value(self.number_min), house_number_max=value(self.number_max),
            valid_at=valid_at, organisation=self.organisation_edit.text())

    def predicate(self):
        return self.predicate_combo.currentData()

    def _area_of_extent(self, rectangle, crs, description, context):
        return Area.from_extent(rectangle, crs, description, context)

    def _area_of_geometries(self, geometries, crs, description, context):
        return Area.from_geometries(geometries, crs, self.predicate(), description, transform_context=context)

    def _area_mode_changed(self, *_args):
        self.predicate_combo.setEnabled(self.area_mode() != EXTENT)
        super()._area_mode_changed()
