"""The dialog that writes the station's broker files (studio.broker): where, under which
names the loudspeakers reach it, and on which port. Once written, Studio keeps them current
by itself after every new loudspeaker or paired commune."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio import settings
from studio.errors import QT_TRANSLATE_NOOP
from studio.push.errors import PushError
from studio.store import Store
from studio.store import settings as stored

from studio.ui.dialogs import SavingDialog
from studio.ui.widgets import beside, form_rows, hint


@dataclass(frozen=True)
class BrokerFiles:
    folder: Path
    hosts: list[str]
    port: int


class BrokerFilesDialog(SavingDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        kept = stored.get(store, settings.BROKER_FILES)
        host = stored.get(store, settings.BROKER_HOST)
        self.choice: BrokerFiles | None = None
        self.folder = QLineEdit(kept.get("folder", ""))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        folder_row = beside(self.folder, self.browse)
        hosts = kept.get("hosts") or [h for h in (host, "localhost") if h]
        self.hosts = QLineEdit(", ".join(hosts))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(kept.get("port") or stored.get(store, settings.BROKER_PORT)))
        form = QFormLayout()
        self.labels = form_rows(form, (folder_row, self.hosts, self.port))
        self.note = hint()
        self.body.addLayout(form)
        self.body.addWidget(self.note)
        self.setMinimumWidth(600)
        self.retranslate()
        self.adjustSize()  # tall enough for the wrapped note at this width

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The station's broker files"))
        texts = (self.tr("Folder"), self.tr("Addresses of the broker"), self.tr("Port"))
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.hosts.setPlaceholderText(self.tr("e.g. loa.daibangthanh.vn, 192.168.1.10"))
        self.note.setText(
            self.tr(
                "Studio writes the configuration of the MQTT broker (Mosquitto) in this folder. "
                "The addresses are the names or IP addresses loudspeakers and communes use to "
                "reach it, separated by commas. Afterwards Studio updates these files by "
                "itself whenever a loudspeaker or a commune is added."
            )
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        folder = self.folder.text().strip()
        hosts = [h.strip() for h in self.hosts.text().replace(";", ",").split(",") if h.strip()]
        if not folder:
            raise PushError(QT_TRANSLATE_NOOP("errors", "Choose a folder for the broker's files."))
        if not hosts or any(" " in h for h in hosts):
            raise PushError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Give the broker's addresses (names or IP addresses), separated by commas.",
                )
            )
        self.choice = BrokerFiles(Path(folder), hosts, self.port.value())
