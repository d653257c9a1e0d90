"""Pairing with another station by copying one line each way.

The dialog shows this station's pairing code to copy and send, and takes the other
station's code. After pairing, a parent is told which file to give the commune; a commune
fills in the way to its parent's broker (saved as ``studio sync setup`` does).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.i18n import translate
from studio.store import Store, settings, sync_state
from studio.sync import pairing

from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Translatable, heading, hint


class PairingDialog(Translatable, QDialog):
    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.paired: pairing.Paired | None = None
        # operators read this from a distance, often on a small screen
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self.setMinimumWidth(640)

        self.heading = heading()
        self.hint = hint()
        self.own_label = QLabel()
        self.own_code = QLineEdit()
        self.own_code.setReadOnly(True)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_code)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_code, stretch=1)
        own_row.addWidget(self.copy_button)

        self.other_label = QLabel()
        self.other_code = QLineEdit()
        self.other_code.textChanged.connect(self._update_buttons)
        self.pair_button = QPushButton()
        self.pair_button.clicked.connect(self.pair)
        other_row = QHBoxLayout()
        other_row.addWidget(self.other_code, stretch=1)
        other_row.addWidget(self.pair_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        # the password file's path is copied from here
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        #: a commune's way to its parent's broker
        self.broker_box = QGroupBox()
        self.broker_hint = hint()
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(pairing.DEFAULT_PORT)
        self.ca_file = QLineEdit()
        self.ca_browse = QPushButton()
        self.ca_browse.clicked.connect(lambda: self._browse(self.ca_file))
        self.password_file = QLineEdit()
        self.password_browse = QPushButton()
        self.password_browse.clicked.connect(lambda: self._browse(self.password_file))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_broker)
        self.broker_message = QLabel()
        self.broker_message.setWordWrap(True)
        form = QFormLayout()
        self.host_label, self.port_label = QLabel(), QLabel()
        self.ca_label, self.password_label = QLabel(), QLabel()
        form.addRow(self.host_label, self.host)
        form.addRow(self.port_label, self.port)
        form.addRow(self.ca_label, _with_button(self.ca_file, self.ca_browse))
        form.addRow(self.password_label, _with_button(self.password_file, self.password_browse))
        box = QVBoxLayout(self.broker_box)
        box.addWidget(self.broker_hint)
        box.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.broker_message, stretch=1)
        save_row.addWidget(self.save_button)
        box.addLayout(save_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.own_label)
        layout.addLayout(own_row)
        layout.addWidget(self.other_label)
        layout.addLayout(other_row)
        layout.addWidget(self.message)
        layout.addWidget(self.broker_box)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill_broker()
        self._update_buttons()
        self.tasks.run(
            lambda _ctx, store: pairing.own_code(store),
            self.store,
            on_result=self._show_own_code,
            on_error=self._failed,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pair with a station"))
        self.heading.setText(self.tr("Pair with a station"))
        self.hint.setText(
            self.tr(
                "1. Copy this station's code and send it to the other station "
                "(by Zalo, e-mail or on a USB stick).\n"
                "2. Paste the other station's code below and press Pair.\n"
                "Both stations must do this once."
            )
        )
        self.own_label.setText(self.tr("This station's pairing code:"))
        self.copy_button.setText(self.tr("Copy"))
        self.other_label.setText(self.tr("The other station's pairing code:"))
        self.other_code.setPlaceholderText(self.tr("Paste the code that starts with STUDIO1-"))
        self.pair_button.setText(self.tr("Pair"))
        self.broker_box.setTitle(self.tr("Connection to the parent station"))
        self.broker_hint.setText(
            self.tr(
                "The parent station gives you its broker address, its ca.crt file and "
                "a password file made for this station."
            )
        )
        self.host_label.setText(self.tr("Broker address:"))
        self.port_label.setText(self.tr("Port:"))
        self.ca_label.setText(self.tr("CA certificate (ca.crt):"))
        self.password_label.setText(self.tr("Password file:"))
        self.ca_browse.setText(self.tr("Choose…"))
        self.password_browse.setText(self.tr("Choose…"))
        self.save_button.setText(self.tr("Save connection"))

    # --- pairing
    def _show_own_code(self, code: str) -> None:
        self.own_code.setText(code)
        self.own_code.setCursorPosition(0)  # the STUDIO1- start shows it is a code

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.own_code.text())
        self.message.setText(self.tr("Code copied. Send it to the other station."))

    def _update_buttons(self) -> None:
        self.pair_button.setEnabled(bool(self.other_code.text().strip()))

    def pair(self) -> None:
        self.pair_button.setEnabled(False)
        self.tasks.run(_pair, self.store, self.other_code.text(), on_result=self._paired,
                       on_error=self._failed)  # fmt: skip

    def _paired(self, result: tuple[pairing.Paired, object]) -> None:
        from studio import broker

        paired, written = result
        self.paired = paired
        self.other_code.clear()
        name = paired.peer.name or paired.peer.id[:8]
        if paired.password_file is not None:
            self.message.setText(
                self.tr(
                    "Paired with the commune %1.\n"
                    "Give the commune this file: %2\n"
                    "and the broker's ca.crt file."
                )
                .replace("%1", name)
                .replace("%2", str(paired.password_file))
                + "\n"
                + broker.outcome(written, translate)
            )
        else:
            self.message.setText(
                self.tr(
                    "Paired with the parent station %1. Now fill in the connection to it below."
                ).replace("%1", name)
            )
        self._fill_broker()
        self.adjustSize()  # room for the connection fields a commune now fills in
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(
            error.text(translate) if isinstance(error, StudioError) else str(error)
        )
        self._update_buttons()

    # --- a commune's broker
    def _fill_broker(self) -> None:
        has_parent = any(p.role == sync_state.PARENT for p in sync_state.peers(self.store))
        self.broker_box.setVisible(has_parent)
        conf = settings.get(self.store, sync_state.BROKER)
        if conf and not self.host.text():
            self.host.setText(conf.get("host", ""))
            self.port.setValue(int(conf.get("port", pairing.DEFAULT_PORT)))
            self.ca_file.setText(conf.get("ca_file", ""))

    def _browse(self, field: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), field.text())
        if path:
            field.setText(path)

    def save_broker(self) -> None:
        host = self.host.text().strip()
        if not host:
            self.broker_message.setText(self.tr("Write the broker address first."))
            return
        ca = self.ca_file.text().strip()
        password = self.password_file.text().strip()
        self.save_button.setEnabled(False)
        self.tasks.run(
            lambda _ctx, store, *args: pairing.save_broker(store, *args),
            self.store,
            host,
            self.port.value(),
            Path(ca) if ca else None,
            None,
            Path(password) if password else None,
            on_result=lambda _r: self._broker_saved(),
            on_error=self._broker_failed,
        )

    def _broker_saved(self) -> None:
        self.save_button.setEnabled(True)
        self.broker_message.setText(self.tr("Connection saved. Sync can start."))

    def _broker_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.broker_message.setText(
            error.text(translate) if isinstance(error, StudioError) else str(error)
        )


def _with_button(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, stretch=1)
    row.addWidget(button)
    return row


def _pair(_ctx, store: Store, code: str) -> tuple[pairing.Paired, object]:
    """Pair; on a parent, the broker's files then learn the commune's login."""
    from studio import broker

    paired = pairing.pair_with(store, code)
    written = broker.refresh(store) if paired.password_file is not None else None
    return paired, written
