"""A parent and a commune pair through their dialogs, then a record crosses a real broker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.push.keys import KeyStore
from studio.store import settings, sync_state
from studio.store.models import Pronunciation, StationKind
from studio.sync import access
from studio.sync.service import PASSWORD_FILE
from tests.push.broker import running_from_studio_files
from tests.sync.stations import make_station, sync_together

from studio.ui.pairing_dialog import PairingDialog
from studio.ui.sync_page import SyncPage
from studio.ui.tasks import InlineTaskRunner


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def paste_code(qtbot, source: PairingDialog, target: PairingDialog) -> None:
    """Copy the code from one dialog's field and paste it into the other's."""
    click(qtbot, source.copy_button)
    target.other_code.setFocus()
    target.other_code.setText(QApplication.clipboard().text())
    click(qtbot, target.pair_button)


def test_a_parent_and_a_commune_pair_through_their_dialogs(qtbot, tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Mường Khương", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Pha Long", StationKind.COMMUNE)
    # the parent's broker runs from the files Studio wrote ("Broker files…") before pairing
    mqtt = running_from_studio_files(parent.store, tmp_path / "broker")
    try:
        page = SyncPage(commune.store, InlineTaskRunner())
        qtbot.addWidget(page)
        on_commune = page.open_pairing()
        on_parent = PairingDialog(parent.store, InlineTaskRunner())
        qtbot.addWidget(on_parent)
        on_parent.show()
        assert on_parent.own_code.isReadOnly() and on_parent.own_code.text().startswith("STUDIO1-")
        assert not on_parent.pair_button.isEnabled(), "nothing pasted yet"
        assert not on_commune.broker_box.isVisibleTo(on_commune), "no parent yet"

        # a code pasted back into its own station is refused, and nothing is paired
        click(qtbot, on_parent.copy_button)
        on_parent.other_code.setText(QApplication.clipboard().text())
        click(qtbot, on_parent.pair_button)
        assert "own pairing code" in on_parent.message.text()
        on_parent.other_code.setText("hello")
        click(qtbot, on_parent.pair_button)
        assert "not a pairing code" in on_parent.message.text()
        assert sync_state.peers(parent.store) == []

        paste_code(qtbot, on_commune, on_parent)
        keys = KeyStore(parent.store.files_dir / "keys")
        secret = access.secret_path(keys, commune.id)
        assert "Paired with the commune Xã Pha Long" in on_parent.message.text()
        assert str(secret) in on_parent.message.text()
        # the running broker read the commune's new login: no restart, no command to run
        assert "the running broker has read them" in on_parent.message.text()
        assert not on_parent.broker_box.isVisibleTo(on_parent), "a parent has no parent broker"

        paste_code(qtbot, on_parent, on_commune)
        assert "Paired with the parent station Huyện Mường Khương" in on_commune.message.text()
        assert on_commune.broker_box.isVisibleTo(on_commune)
        roles = {p.name: p.role for p in sync_state.peers(commune.store)}
        assert roles == {"Huyện Mường Khương": sync_state.PARENT}

        # the commune fills in what the parent gave it
        on_commune.host.setText("127.0.0.1")
        on_commune.port.setValue(mqtt.port)
        on_commune.ca_file.setText(str(tmp_path / "missing.crt"))
        on_commune.password_file.setText(str(secret))
        click(qtbot, on_commune.save_button)
        assert "does not exist" in on_commune.broker_message.text()
        on_commune.ca_file.setText(str(mqtt.folder / "ca.crt"))
        click(qtbot, on_commune.save_button)
        assert on_commune.broker_message.text() == "Connection saved. Sync can start."
        conf = settings.get(commune.store, sync_state.BROKER)
        assert conf == {
            "host": "127.0.0.1",
            "port": mqtt.port,
            "ca_file": str(mqtt.folder / "ca.crt"),
        }
        own_secret = commune.store.files_dir / "keys" / PASSWORD_FILE
        assert own_secret.read_text() == secret.read_text()
        on_commune.reject()
        assert "Huyện Mường Khương (parent station)" in page.peers_label.text()

        with commune.store.session() as s:
            word = Pronunciation(written="UBND", spoken="ủy ban nhân dân")
            s.add(word)
        settings.put(parent.store, sync_state.BROKER, {"host": "127.0.0.1", "port": mqtt.port})
        sync_together([parent, commune])
        with parent.store.session() as s:
            assert s.get(Pronunciation, word.id).spoken == "ủy ban nhân dân"
    finally:
        mqtt.stop()
        parent.store.close()
        commune.store.close()
