"""Lizard settings: portal address, API key (kept in the QGIS authentication database), Test connection.

One form, two homes: the plugin's own dialog (Web > Lizard > Lizard settings…) and a "Lizard" page in
QGIS's Settings > Options.
"""

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import credentials, errors, settings
from ..core.client import LizardClient, normalise_portal_url
from ..core.connection import check_connection
from ..core.i18n import tr
from ..core.tasks import LatestTask, LizardTask


class SettingsForm(QWidget):
    """Edits the portal and key. Nothing is saved until :meth:`save`; "Test connection" tests what is typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("LizardSettingsForm")
        self._test = LatestTask()
        self.report = None

        self.portal_edit = QLineEdit(settings.saved_portal_url())
        self.portal_edit.setObjectName("portal")
        self.portal_edit.setPlaceholderText(settings.DEFAULT_PORTAL)
        self.portal_edit.setToolTip(tr("Your organisation's Lizard portal, e.g. https://demo.lizard.net"))
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("api_key")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setToolTip(tr("Your Personal API Key. It is kept in the QGIS authentication database."))
        self.forget_button = QPushButton(tr("Forget key"))
        self.forget_button.setObjectName("forget_key")
        self.forget_button.clicked.connect(self._forget_key)
        self.key_link = QLabel()
        self.key_link.setObjectName("key_link")
        self.key_link.setOpenExternalLinks(True)
        self.key_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.env_note = QLabel()
        self.env_note.setWordWrap(True)
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.forget_button)
        form = QFormLayout()
        form.addRow(tr("Portal"), self.portal_edit)
        form.addRow(tr("API key"), key_row)
        form.addRow("", self.key_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.env_note)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

        self.portal_edit.textChanged.connect(self._update_link)
        self.portal_edit.textChanged.connect(self._update_key_state)
        self._update_link()
        self._update_key_state()

    # ------------------------------------------------------------------------------------------ state

    def _portal(self):
        """The normalised portal typed in the dialog (raises ConfigurationError when unusable)."""
        return normalise_portal_url(self.portal_edit.text() or settings.DEFAULT_PORTAL)

    def _update_link(self):
        try:
            url = settings.key_management_url(self._portal())
        except errors.ConfigurationError:
            self.key_link.setText("")
            return
        self.key_link.setText('<a href="{url}">{text}</a>'.format(url=url, text=tr("Get a key")))

    def _update_key_state(self):
        stored = bool(settings.authcfg_id())
        self.forget_button.setEnabled(stored)
        self.key_edit.setPlaceholderText(
            tr("Saved in the QGIS authentication database; type to replace it") if stored
            else tr("No key: public data only")
        )
        notes = []
        if settings.portal_from_environment():
            notes.append(tr("LIZARD_URL is set: it overrides the portal saved here."))
        if credentials.environment_key():
            notes.append(tr("LIZARD_API_KEY is set: it overrides the key saved here."))
        elif stored:
            portal = self._portal_in_use()
            stored_for = credentials.key_portal_mismatch(portal) if portal else None
            if stored_for:
                notes.append(tr("The saved key was saved for {saved}, not for {portal}, so it is not used; "
                                "enter the key for {portal} to use one.").format(saved=stored_for, portal=portal))
        self.env_note.setText(" ".join(notes))
        self.env_note.setVisible(bool(notes))

    def _portal_in_use(self):
        """The portal the saved key would be used for: ``LIZARD_URL`` when set, else the one typed here."""
        if settings.portal_from_environment():
            return settings.portal_url()
        try:
            return self._portal()
        except errors.ConfigurationError:
            return None

    def _forget_key(self):
        credentials.forget_api_key()
        self.key_edit.clear()
        self._update_key_state()
        self.result_label.setText(tr("The saved key was removed."))

    def _key_to_test(self, portal):
        typed = self.key_edit.text().strip()
        return typed or credentials.load_api_key(portal)

    # -------------------------------------------------------------------------------------- actions

    def test_connection(self):
        """Check what is typed (not yet saved) in the background; the answer appears below the button."""
        try:
            portal = self._portal()
            client = LizardClient(portal, self._key_to_test(portal), retries=1, timeout=(10.0, 30.0))
        except errors.LizardError as exc:
            self._show_result(None, exc)
            return
        self.test_button.setEnabled(False)
        self.result_label.setText(tr("Testing {portal}…").format(portal=portal))
        task = LizardTask(tr("Testing the Lizard connection"), lambda t: check_connection(client, cancel=t),
                          closing=[client])
        task.succeeded.connect(lambda report: self._show_result(report, None))
        task.failed.connect(lambda error: self._show_result(None, error))
        self._test.start(task)

    def _show_result(self, report, error):
        self.test_button.setEnabled(True)
        self.report = report
        if error is not None:
            if not isinstance(error, errors.CancelledError):
                self.result_label.setText(str(error))
            return
        self.result_label.setText("\n".join(report.lines()))

    def save(self):
        """Save what is typed; on a problem say it below the form and return False."""
        try:
            portal = self._portal()
            key = self.key_edit.text().strip()
            if key:
                LizardClient(portal, key)  # refuses a key over plain http to another host
                credentials.store_api_key(key, portal)
        except errors.LizardError as exc:
            self.result_label.setText(str(exc))
            return False
        settings.set_portal_url(portal)
        self.key_edit.clear()
        self._update_key_state()
        return True

    def cancel(self):
        self._test.cancel()


class SettingsDialog(QDialog):
    """The form with OK (save) and Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("LizardSettingsDialog")
        self.setWindowTitle(tr("Lizard settings"))
        self.setMinimumWidth(520)
        self.form = SettingsForm(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

    def accept(self):
        if self.form.save():
            self.form.cancel()
            super().accept()

    def reject(self):
        self.form.cancel()
        super().reject()


class LizardOptionsPage(QgsOptionsPageWidget):
    """The form as a page of QGIS's Settings > Options; QGIS calls apply() on OK."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("LizardOptionsPage")
        self.form = SettingsForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def apply(self):
        self.form.save()
        self.form.cancel()


class LizardOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self, icon_path):
        super().__init__(tr("Lizard"), QIcon(icon_path))

    def createWidget(self, parent):  # noqa: N802 - QGIS API
        return LizardOptionsPage(parent)
