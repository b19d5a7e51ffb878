"""Settings, the key in the QGIS authentication database, environment overrides, the settings dialog."""

import os

import pytest
from lizard_explorer.core import credentials, errors, settings
from lizard_explorer.core.client import LizardClient
from lizard_explorer.ui.settings_dialog import LizardOptionsFactory, SettingsDialog
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

KEY = "a-Personal-API-Key-0123456789"


def all_saved_settings_text():
    saved = QgsSettings()
    return " ".join("{}={}".format(name, saved.value(name)) for name in saved.allKeys())


def settings_files_text():
    root = QgsApplication.qgisSettingsDirPath()
    text = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith((".ini", ".conf")):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
                    text.append(handle.read())
    return "\n".join(text)


def test_defaults_to_the_public_demo_portal_without_a_key():
    assert settings.portal_url() == "https://demo.lizard.net"
    assert credentials.load_api_key() is None
    assert credentials.key_source() is None


def test_key_is_stored_in_the_auth_database_and_settings_keep_only_its_id(auth_db):
    config_id = credentials.store_api_key(KEY, "https://demo.lizard.net")
    QgsSettings().sync()
    assert settings.authcfg_id() == config_id
    assert KEY not in all_saved_settings_text()
    assert KEY not in settings_files_text()
    config = QgsAuthMethodConfig()
    auth_db.loadAuthenticationConfig(config_id, config, True)
    assert config.method() == "Basic"
    assert config.config("username") == "__key__"
    assert config.config("password") == KEY
    assert credentials.load_api_key() == KEY


def test_storing_a_new_key_updates_the_same_auth_config(auth_db):
    first = credentials.store_api_key(KEY)
    second = credentials.store_api_key("another-key-987654321")
    assert first == second
    assert credentials.load_api_key() == "another-key-987654321"
    assert len(auth_db.configIds()) == 1


def test_forgetting_the_key_removes_the_auth_config(auth_db):
    config_id = credentials.store_api_key(KEY)
    credentials.forget_api_key()
    assert config_id not in auth_db.configIds()
    assert settings.authcfg_id() == ""
    assert credentials.load_api_key() is None


def test_empty_key_is_refused(auth_db):
    with pytest.raises(errors.CredentialsError):
        credentials.store_api_key("   ")


def test_a_vanished_auth_config_gives_a_clear_error(auth_db):
    settings.set_authcfg_id("nosuch1")
    with pytest.raises(errors.CredentialsError) as caught:
        credentials.load_api_key()
    assert "enter it again" in str(caught.value)


def test_environment_overrides_the_saved_portal_and_key(auth_db, monkeypatch, lizard):
    settings.set_portal_url("https://nxt3.staging.lizard.net")
    credentials.store_api_key(KEY)
    monkeypatch.setenv("LIZARD_URL", lizard.base_url)
    monkeypatch.setenv("LIZARD_API_KEY", lizard.KEYS["supplier"])
    assert settings.portal_url() == lizard.base_url
    assert credentials.load_api_key() == lizard.KEYS["supplier"]
    assert credentials.key_source() == "environment"
    client = LizardClient.from_settings()
    assert client.portal_url == lizard.base_url and client.has_key


def test_client_from_settings_uses_the_saved_portal_and_key(auth_db, lizard):
    settings.set_portal_url(lizard.base_url + "/api/v4/")
    credentials.store_api_key(lizard.KEYS["supplier"])
    client = LizardClient.from_settings()
    assert client.portal_url == lizard.base_url
    client.get("rastersources/")
    assert lizard.requests[-1].headers.get("Authorization") == "<redacted>"


def test_a_key_saved_for_one_portal_is_not_used_for_another_lizard_url(auth_db, monkeypatch, lizard, qtbot):
    settings.set_portal_url(lizard.base_url)
    config_id = credentials.store_api_key(lizard.KEYS["supplier"], lizard.base_url)
    other = lizard.base_url.replace("127.0.0.1", "localhost")  # the same server under another origin
    monkeypatch.setenv("LIZARD_URL", other)
    with LizardClient.from_settings() as client:
        client.get("rastersources/")
        assert client.portal_url == other and not client.has_key
    assert "Authorization" not in lizard.requests[-1].headers
    assert credentials.load_api_key() is None and credentials.key_source() is None
    assert credentials.layer_authcfg() == ""
    assert credentials.key_portal_mismatch() == lizard.base_url
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.form.env_note.text() == (
        "LIZARD_URL is set: it overrides the portal saved here. The saved key was saved for {0}, not for {1}, so "
        "it is not used; enter the key for {1} to use one.").format(lizard.base_url, other)
    monkeypatch.setenv("LIZARD_URL", lizard.base_url + "/api/v4/")  # the portal it was saved for, written otherwise
    assert credentials.load_api_key() == lizard.KEYS["supplier"] and credentials.layer_authcfg() == config_id


def test_key_management_link_follows_the_portal():
    assert settings.key_management_url("https://demo.lizard.net") == (
        "https://demo.lizard.net/management/personal_api_keys/")


# ------------------------------------------------------------------------------------------- dialog


@pytest.fixture
def dialog(qtbot, auth_db):
    widget = SettingsDialog()
    qtbot.addWidget(widget)
    return widget


def wait_for_result(qtbot, dialog):
    form = dialog.form
    qtbot.waitUntil(lambda: bool(form.test_button.isEnabled() and form.result_label.text()), timeout=20000)
    return form.result_label.text()


def test_dialog_shows_the_saved_portal_and_a_get_a_key_link(dialog):
    assert dialog.form.portal_edit.text() == "https://demo.lizard.net"
    assert "https://demo.lizard.net/management/personal_api_keys/" in dialog.form.key_link.text()
    dialog.form.portal_edit.setText("rotterdam.lizard.net")
    assert "https://rotterdam.lizard.net/management/personal_api_keys/" in dialog.form.key_link.text()


def test_test_connection_says_the_key_was_accepted_and_as_whom(dialog, qtbot, lizard):
    dialog.form.portal_edit.setText(lizard.base_url)
    dialog.form.key_edit.setText(lizard.KEYS["supplier"])
    dialog.form.test_button.click()
    text = wait_for_result(qtbot, dialog)
    assert "answered" in text
    assert "accepted: you are jane.supplier" in text
    assert "Nelen & Schuurmans" in text
    assert lizard.KEYS["supplier"] not in text


def test_test_connection_says_when_the_key_is_refused(dialog, qtbot, lizard):
    dialog.form.portal_edit.setText(lizard.base_url)
    dialog.form.key_edit.setText("wrong-key-1234567")
    dialog.form.test_button.click()
    assert "Your API key was not accepted." in wait_for_result(qtbot, dialog)


def test_test_connection_without_key_says_public_data_only(dialog, qtbot, lizard):
    dialog.form.portal_edit.setText(lizard.base_url)
    dialog.form.test_button.click()
    assert "No API key is set: you see public data only." in wait_for_result(qtbot, dialog)


def test_test_connection_says_when_the_portal_does_not_answer(dialog, qtbot):
    dialog.form.portal_edit.setText("http://127.0.0.1:9")
    dialog.form.test_button.click()
    assert "did not answer" in wait_for_result(qtbot, dialog)


def test_ok_saves_portal_and_key_in_the_auth_database(dialog, lizard):
    dialog.form.portal_edit.setText(lizard.base_url + "/api/v4/")
    dialog.form.key_edit.setText(KEY)
    dialog.accept()
    assert settings.saved_portal_url() == lizard.base_url
    assert credentials.load_api_key() == KEY
    assert KEY not in all_saved_settings_text()


def test_changing_the_portal_does_not_take_the_saved_key_along_and_the_settings_say_why(dialog, qtbot, lizard):
    credentials.store_api_key(KEY, "https://demo.lizard.net")
    form = dialog.form
    assert form.env_note.isHidden()
    form.portal_edit.setText(lizard.base_url)
    note = ("The saved key was saved for https://demo.lizard.net, not for {0}, so it is not used; enter the key "
            "for {0} to use one.").format(lizard.base_url)
    assert form.env_note.text() == note and not form.env_note.isHidden()
    form.test_button.click()
    assert "No API key is set: you see public data only." in wait_for_result(qtbot, dialog)
    assert "Authorization" not in lizard.requests[-1].headers
    dialog.accept()
    assert settings.portal_url() == lizard.base_url
    assert credentials.load_api_key() is None and credentials.layer_authcfg() == ""
    reopened = SettingsDialog()
    qtbot.addWidget(reopened)
    assert reopened.form.env_note.text() == note  # said again when the settings are opened


def test_ok_refuses_a_key_over_plain_http_and_keeps_the_dialog_open(dialog):
    dialog.show()
    dialog.form.portal_edit.setText("http://lizard.example.org")
    dialog.form.key_edit.setText(KEY)
    dialog.accept()
    assert dialog.isVisible()
    assert "unencrypted" in dialog.form.result_label.text()
    assert settings.authcfg_id() == ""


def test_the_same_form_is_a_page_in_qgis_options(qtbot, auth_db, lizard):
    page = LizardOptionsFactory("icon.svg").createWidget(None)
    qtbot.addWidget(page)
    page.form.portal_edit.setText(lizard.base_url)
    page.form.key_edit.setText(KEY)
    page.apply()
    assert settings.saved_portal_url() == lizard.base_url
    assert credentials.load_api_key() == KEY


def test_a_locked_auth_database_is_never_prompted_for_off_the_gui_thread(auth_db):
    import threading

    from conftest import MASTER_PASSWORD

    credentials.store_api_key(KEY)
    auth_db.clearMasterPassword()
    outcome = []

    def background():
        try:
            outcome.append(credentials.load_api_key())
        except errors.CredentialsError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=background)
    worker.start()
    worker.join(10)
    auth_db.setMasterPassword(MASTER_PASSWORD, True)
    assert isinstance(outcome[0], errors.CredentialsError)
    assert "LIZARD_API_KEY" in str(outcome[0])
