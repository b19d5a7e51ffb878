"""The scenario dock's tables: the scenarios found (:class:`ScenarioModel`, paged like the raster dock's) and
the results of the selected scenario grouped by family (:class:`ResultsTree`)."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ..core import times
from ..core.i18n import tr
from ..core.rasters import describe, scenario_results
from .raster_results import ResultsModel

RESULT_ROLE = Qt.ItemDataRole.UserRole


def size_text(size):
    """Bytes as ``"12.3 MB"`` (``""`` when unknown)."""
    return describe.megabytes({"size": size}) if isinstance(size, (int, float)) else ""


def supplier(scenario):
    value = scenario.get("supplier")
    return (value.get("username") or "") if isinstance(value, dict) else str(value or "")


def scenario_details(scenario):
    """(label, text) rows of a scenario for the details pane."""
    return [
        (tr("Name"), scenario.get("name") or ""),
        (tr("UUID"), scenario.get("uuid") or ""),
        (tr("Model"), scenario.get("model_name") or ""),
        (tr("Model revision"), scenario.get("model_revision") or ""),
        (tr("Simulation start"), times.display_utc(scenario.get("simulation_start"))),
        (tr("Simulation end"), times.display_utc(scenario.get("simulation_end"))),
        (tr("Size"), size_text(scenario.get("total_size"))),
        (tr("Raw results"), describe.yes_no(scenario.get("has_raw_results"))),
        (tr("Organisation"), describe.organisation(scenario)),
        (tr("Supplier"), supplier(scenario)),
        (tr("Projection"), scenario.get("projection") or ""),
        (tr("Resolution"), describe.resolution(scenario)),
        (tr("Description"), (scenario.get("description") or "").strip()),
    ]


class ScenarioModel(ResultsModel):
    """The scenarios found, newest first as Lizard sends them; more are asked for near the end."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scope = "scenarios"
        self.columns = [("name", tr("Name")), ("model", tr("Model")), ("organisation", tr("Organisation")),
                        ("start", tr("Simulation start")), ("size", tr("Size"))]

    def cell(self, obj, key):
        if key == "model":
            return obj.get("model_name") or ""
        if key == "organisation":
            return describe.organisation(obj)
        if key == "start":
            return times.display_utc(obj.get("simulation_start"))
        if key == "size":
            return size_text(obj.get("total_size"))
        return obj.get("name") or obj.get("uuid") or ""

    def sort_key(self, obj, key):
        if key == "size":
            return int(obj.get("total_size") or 0)
        if key == "start":
            return obj.get("simulation_start") or ""
        return self.cell(obj, key).lower()

    def flags(self, index):
        return super().flags(index) & ~Qt.ItemFlag.ItemIsDragEnabled

    def reset(self, _scope=None):
        super().reset("scenarios")


class ResultsTree(QTreeWidget):
    """The results of one scenario under their family (Raw, Basic, Arrival, Damage)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([tr("Result"), tr("Code"), tr("Kind"), tr("Size")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setRootIsDecorated(True)
        self.setAlternatingRowColors(True)
        self.setColumnWidth(0, 200)

    def show_results(self, results):
        self.clear()
        for family, members in scenario_results.by_family(results):
            parent = QTreeWidgetItem([family or tr("Other"), "", "", ""])
            parent.setFirstColumnSpanned(False)
            self.addTopLevelItem(parent)
            for result in members:
                item = QTreeWidgetItem([result.name, result.code, scenario_results.kind_label(result.kind),
                                        size_text(result.size)])
                item.setData(0, RESULT_ROLE, result)
                item.setToolTip(0, result.name)
                parent.addChild(item)
            parent.setExpanded(True)

    def show_message(self, text):
        self.clear()
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addTopLevelItem(item)

    def results(self):
        """Every result shown, in order."""
        found = []
        for top in range(self.topLevelItemCount()):
            family = self.topLevelItem(top)
            found += [family.child(n).data(0, RESULT_ROLE) for n in range(family.childCount())]
        return [result for result in found if result is not None]

    def selected_results(self):
        """The selected results (a selected family stands for all of its results)."""
        chosen = []
        for item in self.selectedItems():
            items = [item.child(n) for n in range(item.childCount())] or [item]
            for child in items:
                result = child.data(0, RESULT_ROLE)
                if result is not None and result not in chosen:
                    chosen.append(result)
        return chosen

    def select_codes(self, codes):
        """Select the results with these codes (what a test or a user's click does)."""
        self.clearSelection()
        for top in range(self.topLevelItemCount()):
            family = self.topLevelItem(top)
            for n in range(family.childCount()):
                result = family.child(n).data(0, RESULT_ROLE)
                if result is not None and result.code in codes:
                    family.child(n).setSelected(True)
