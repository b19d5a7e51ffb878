"""Where the raster upload dialog sends the files (an existing writable rastersource or a new one), and the
raster layer it offers to create for a new rastersource. Every Lizard call runs in a task.
"""

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..core import errors
from ..core.i18n import tr
from ..core.rasters.upload import (
    ACCESS_MODIFIERS,
    create_raster_layer,
    observation_types,
    supplier_organisations,
    writable_rastersources,
)
from ..core.tasks import LizardTask, run_task
from .messages import sentence, show_error
from .upload_common import saved_client, wrapped_label

SEARCH_DELAY_MS = 300
SOURCE_LIMIT = 100
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1


class UploadTargetMixin:
    """The "Upload into" part: search the writable rastersources, or name a new one."""

    def _build_target(self):
        self.existing_radio = QRadioButton(tr("An existing rastersource"))
        self.existing_radio.setObjectName("existing")
        self.new_radio = QRadioButton(tr("A new rastersource"))
        self.new_radio.setObjectName("new")
        self.existing_radio.setChecked(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(tr("Search your writable rastersources by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.sources_list = QListWidget()
        self.sources_list.setObjectName("sources")
        self.sources_list.itemSelectionChanged.connect(self.update_state)
        self.sources_label = wrapped_label("sources_status")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_sources)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search_sources)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.name_edit.textChanged.connect(self.update_state)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setObjectName("organisation")
        self.organisation_combo.currentIndexChanged.connect(self.update_state)
        self.access_combo = QComboBox()
        self.access_combo.setObjectName("access")
        for value, text in zip(ACCESS_MODIFIERS, (tr("Private"), tr("Common"), tr("Public"))):
            self.access_combo.addItem(text, value)
        self.temporal_check = QCheckBox(tr("Temporal (one file per time step)"))
        self.temporal_check.setObjectName("temporal")
        self.temporal_check.toggled.connect(self.update_state)
        self.interval_edit = QLineEdit()
        self.interval_edit.setObjectName("interval")
        self.interval_edit.setPlaceholderText(tr("Time between steps, e.g. 1h, 15min, 1d or 01:00:00"))
        self.interval_edit.textChanged.connect(self.update_state)

        self.existing_box = QGroupBox()
        existing_layout = QVBoxLayout(self.existing_box)
        existing_layout.addWidget(self.search_edit)
        existing_layout.addWidget(self.sources_list)
        existing_layout.addWidget(self.sources_label)
        self.new_box = QGroupBox()
        new_form = QFormLayout(self.new_box)
        new_form.addRow(tr("Name"), self.name_edit)
        new_form.addRow(tr("Organisation"), self.organisation_combo)
        new_form.addRow(tr("Access"), self.access_combo)
        new_form.addRow("", self.temporal_check)
        new_form.addRow(tr("Interval"), self.interval_edit)
        self.existing_radio.toggled.connect(self._mode_changed)


    def _target_box(self):
        target_box = QGroupBox(tr("Upload into"))
        target_layout = QVBoxLayout(target_box)
        radios = QHBoxLayout()
        radios.addWidget(self.existing_radio)
        radios.addWidget(self.new_radio)
        radios.addStretch(1)
        target_layout.addLayout(radios)
        target_layout.addWidget(self.existing_box)
        target_layout.addWidget(self.new_box)
        return target_box

    def _mode_changed(self, *_args):
        existing = self.existing_radio.isChecked()
        self.existing_box.setVisible(existing)
        self.new_box.setVisible(not existing)
        if not existing and self.organisation_combo.count() == 0 and self._organisations_task.task is None:
            self.load_organisations()
        self._items = None if self._upload_task is None else self._items
        self.update_state()

    def selected_source(self):
        items = self.sources_list.selectedItems()
        return items[0].data(SOURCE_ROLE) if items else None

    def target_is_temporal(self):
        if self.existing_radio.isChecked():
            source = self.selected_source()
            return bool(source and source.get("temporal"))
        return self.temporal_check.isChecked()

    def search_sources(self):
        """Search the writable rastersources (in a task; a newer search cancels this one)."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        try:
            client = saved_client()
        except errors.LizardError as exc:
            self.sources_label.setText(sentence(exc))
            return None

        def work(task):
            return writable_rastersources(client, text or None, cancel=task, limit=SOURCE_LIMIT)

        task = LizardTask(tr("Searching your writable rastersources"), work, closing=[client])
        task.succeeded.connect(lambda found: self._sources_found(task, found))
        task.failed.connect(lambda error: self._sources_failed(task, error))
        self.sources_label.setText(tr("Searching…"))
        return self._search.start(task)

    def _sources_found(self, task, found):
        if not self._search.is_current(task):
            return
        self._search.task = None
        self.show_sources(found)

    def show_sources(self, sources):
        """Fill the list with ``sources`` (rastersource dicts), keeping the selection when it is still there."""
        current = self.selected_source()
        keep = current.get("uuid") if current else None
        self.sources_list.blockSignals(True)
        try:
            self.sources_list.clear()
            for source in sources:
                organisation = (source.get("organisation") or {}).get("name") or ""
                details = [organisation] if organisation else []
                if source.get("temporal"):
                    details.append(tr("temporal, every {interval}").format(interval=source.get("interval") or "?"))
                text = source.get("name") or source.get("uuid")
                if details:
                    text = "{} ({})".format(text, ", ".join(details))
                item = QListWidgetItem(text)
                item.setData(SOURCE_ROLE, source)
                item.setToolTip(source.get("uuid") or "")
                self.sources_list.addItem(item)
                if keep and source.get("uuid") == keep:
                    item.setSelected(True)
        finally:
            self.sources_list.blockSignals(False)
        if sources:
            self.sources_label.setText(tr("%n writable rastersource(s).", "", len(sources)))
        else:
            self.sources_label.setText(tr("None of the rastersources you may write to matches; create a new one."))
        self.update_state()

    def _sources_failed(self, task, error):
        if not self._search.is_current(task):
            return
        self._search.task = None
        if isinstance(error, errors.CancelledError):
            return
        self.sources_label.setText(sentence(error))
        show_error(self.iface, error, tr("Upload to Lizard"))

    def load_organisations(self):
        """Fill the organisation list with the organisations where you may create data (a task)."""
        try:
            client = saved_client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        task = LizardTask(tr("Loading your organisations"), lambda task: supplier_organisations(client, cancel=task),
                          closing=[client])
        task.succeeded.connect(self._organisations_loaded)
        task.failed.connect(self._organisations_failed)
        return self._organisations_task.start(task)

    def _organisations_loaded(self, organisations):
        self._organisations_task.task = None
        self.organisation_combo.clear()
        for uuid, name in organisations:
            self.organisation_combo.addItem(name, uuid)
        self.update_state()

    def _organisations_failed(self, error):
        self._organisations_task.task = None
        if not isinstance(error, errors.CancelledError):
            self._show_error(error)
        self.update_state()



class NewRasterLayerMixin:
    """After the first upload into a new rastersource: a form that creates a raster layer showing it."""

    def _build_layer_box(self):
        self.layer_box = QGroupBox(tr("Create a raster layer"))
        self.layer_box.setObjectName("raster_layer")
        self.layer_name_edit = QLineEdit()
        self.layer_name_edit.setObjectName("layer_name")
        self.observation_search = QLineEdit()
        self.observation_search.setObjectName("observation_search")
        self.observation_search.setPlaceholderText(tr("Search observation types"))
        self.observation_search.setClearButtonEnabled(True)
        self.observation_combo = QComboBox()
        self.observation_combo.setObjectName("observation_type")
        self._observation_timer = QTimer(self)
        self._observation_timer.setSingleShot(True)
        self._observation_timer.setInterval(SEARCH_DELAY_MS)
        self._observation_timer.timeout.connect(self.load_observation_types)
        self.observation_search.textEdited.connect(lambda _text: self._observation_timer.start())
        self.create_layer_button = QPushButton(tr("Create raster layer and add it to the map"))
        self.create_layer_button.setObjectName("create_layer")
        self.create_layer_button.clicked.connect(self.create_layer)
        layer_form = QFormLayout(self.layer_box)
        layer_form.addRow(tr("Name"), self.layer_name_edit)
        layer_form.addRow(tr("Observation type"), self.observation_search)
        layer_form.addRow("", self.observation_combo)
        layer_form.addRow("", self.create_layer_button)
        self.layer_box.hide()


    def offer_raster_layer(self):
        """After the first upload into a new source: a form to make a raster layer showing it."""
        source = self.created_source
        self.layer_name_edit.setText(source.get("name") or "")
        self.layer_box.show()
        if self.observation_combo.count() == 0:
            self.load_observation_types()

    def load_observation_types(self):
        self._observation_timer.stop()
        text = self.observation_search.text().strip()
        try:
            client = saved_client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        task = LizardTask(tr("Loading observation types"),
                          lambda task: observation_types(client, text or None, cancel=task), closing=[client])
        task.succeeded.connect(lambda found: self._observation_types_loaded(task, found))
        task.failed.connect(lambda error: self._observation_types_failed(task, error))
        self.create_layer_button.setEnabled(False)
        return self._observations_task.start(task)

    def _observation_types_loaded(self, task, found):
        if not self._observations_task.is_current(task):
            return
        self._observations_task.task = None
        current = self.observation_combo.currentData()
        self.observation_combo.clear()
        for obs in found:
            code = obs.get("code") or str(obs.get("id") or "")
            parameter = obs.get("parameter") or code
            unit = obs.get("unit")
            text = "{} ({}) — {}".format(parameter, unit, code) if unit else "{} — {}".format(parameter, code)
            self.observation_combo.addItem(text, code)
        if current is not None and self.observation_combo.findData(current) >= 0:
            self.observation_combo.setCurrentIndex(self.observation_combo.findData(current))
        self.create_layer_button.setEnabled(self.observation_combo.count() > 0)

    def _observation_types_failed(self, task, error):
        if not self._observations_task.is_current(task):
            return
        self._observations_task.task = None
        self.create_layer_button.setEnabled(self.observation_combo.count() > 0)
        self._show_error(error)

    def create_layer(self):
        """Create a raster layer for the new source (a task), then add it to the map as WMS."""
        self.error_label.hide()
        source = self.created_source
        if source is None:
            return None
        name = self.layer_name_edit.text().strip()
        code = self.observation_combo.currentData()
        try:
            if not name:
                raise errors.InvalidRequestError(tr("Give the new raster layer a name."))
            if not code:
                raise errors.InvalidRequestError(tr("Choose an observation type for the new raster layer."))
            client = saved_client()
        except errors.LizardError as exc:
            self._show_error(exc)
            return None
        if not isinstance(source.get("organisation"), dict):
            source = dict(source, organisation={"uuid": self.organisation_combo.currentData()})

        def work(task):
            return create_raster_layer(client, source, name, code, cancel=task)

        task = LizardTask(tr("Creating the raster layer “{name}” in Lizard").format(name=name), work,
                          closing=[client])
        task.succeeded.connect(self._layer_created)
        task.failed.connect(self._layer_failed)
        self._layer_task = task
        self.create_layer_button.setEnabled(False)
        self.status_label.setText(tr("Creating the raster layer…"))
        return run_task(task)

    def _layer_created(self, raster):
        self._layer_task = None
        self.created_raster = raster
        self.status_label.setText(tr("Raster layer “{name}” created in Lizard; adding it to the map…").format(
            name=raster.get("name")))
        self.layer_box.hide()
        self.adder.add("rasters", [raster])

    def _layer_failed(self, error):
        self._layer_task = None
        self.create_layer_button.setEnabled(True)
        self.status_label.clear()
        self._show_error(error)

    def _added_to_map(self, outcome):
        if isinstance(outcome, Exception):
            self.status_label.setText(sentence(outcome))
        elif getattr(outcome, "layers", None):
            self.status_label.setText(tr("Added “{name}” to the map.").format(name=outcome.names[0]))
