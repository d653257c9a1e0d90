"""The Library page: bulletins and sound files, searchable, with import and approval.

Files dropped on the page (or chosen with Import…) are taken in off the UI thread; a file
the library already holds is recognised by its content and reported, not added twice.
Approval asks for the approver's name: the national rules want a second person, so the
author cannot approve their own bulletin.
"""

from __future__ import annotations

import math
import unicodedata
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QLabel, QLineEdit, QPushButton

from studio.errors import StudioError
from studio.i18n import translate
from studio.localtime import format_local
from studio.store import assets, bulletins
from studio.store.models import ApprovalStatus, AssetKind, AudioAsset

from studio.ui.labels import label
from studio.ui.pages import TablePage, tone
from studio.ui.widgets import Row

BULLETIN = "bulletin"
AUDIO_FILES = "*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.wma"


def searchable(text: str) -> str:
    """``text`` without case or Vietnamese diacritics, so "thong bao" finds "Thông báo"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.casefold()


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _lufs(asset: AudioAsset | None) -> str:
    value = asset.integrated_lufs if asset else None
    return f"{value:.1f} LUFS" if value is not None and math.isfinite(value) else ""


class LibraryPage(TablePage):
    def build(self) -> None:
        self.setAcceptDrops(True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_files)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.approve_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for w in (self.search, self.kind, self.import_button, self.approve_button):
            self.toolbar.addWidget(w)
        self.toolbar.setStretch(0, 1)
        self.layout().addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._update_actions)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by title or author"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Everything"), None)
        self.kind.addItem(self.tr("Bulletins"), BULLETIN)
        for k in (
            AssetKind.JINGLE,
            AssetKind.BED,
            AssetKind.MUSIC,
            AssetKind.SPEECH,
            AssetKind.OTHER,
        ):
            self.kind.addItem(label(k), k)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.import_button.setText(self.tr("Import…"))
        self.approve_button.setText(self.tr("Approve…"))
        super().retranslate()
        self._update_actions()

    def title(self) -> str:
        return self.tr("Library")

    def explanation(self) -> str:
        return self.tr(
            "Bulletins, jingles and music of the station. Drop sound files here to add them."
        )

    def empty_text(self) -> str:
        if self.search.text() or self.kind.currentData():
            return self.tr("Nothing matches the search.")
        return self.tr("No bulletins yet. Use Produce to record one or to type a notice.")

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Duration"),
            self.tr("Loudness"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Author"),
            self.tr("Approver"),
            self.tr("Created"),
        ]

    def rows(self) -> list[Row]:
        sounds = {a.id: a for a in assets.list_assets(self.store)}
        news = bulletins.list_bulletins(self.store)
        voiced = {b.asset_id for b in news if b.asset_id}
        wanted = self.kind.currentData()
        needle = searchable(self.search.text().strip())
        rows = []
        if wanted in (None, BULLETIN):
            for b in news:
                sound = sounds.get(b.asset_id)
                cells = [
                    b.title,
                    self.tr("Bulletin"),
                    _duration(sound.duration_s if sound else None),
                    _lufs(sound),
                    label(b.priority),
                    label(b.status),
                    b.author,
                    b.approver or "",
                    format_local(b.created_at),
                ]
                rows.append(Row(cells, tone(b.priority), key=(BULLETIN, b.id)))
        for a in sounds.values():
            if a.id in voiced or wanted not in (None, a.kind):
                continue
            cells = [
                a.title,
                label(a.kind),
                _duration(a.duration_s),
                _lufs(a),
                "",
                "",
                "",
                "",
                format_local(a.created_at),
            ]
            rows.append(Row(cells, key=("asset", a.id)))
        if needle:
            rows = [r for r in rows if needle in searchable(f"{r.cells[0]} {r.cells[6]}")]
        return rows

    def refresh(self) -> None:
        super().refresh()
        self._update_actions()

    # --- approval
    def selected_bulletin(self) -> uuid.UUID | None:
        items = self.table.selectedItems()
        if not items:
            return None
        key = self.table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return key[1] if key and key[0] == BULLETIN else None

    def _update_actions(self) -> None:
        chosen = self.selected_bulletin()
        status = None
        if chosen is not None:
            status = next(
                (b.status for b in bulletins.list_bulletins(self.store) if b.id == chosen), None
            )
        self.approve_button.setEnabled(status == ApprovalStatus.DRAFT)

    def approve_selected(self) -> None:
        chosen = self.selected_bulletin()
        if chosen is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Approve bulletin"), self.tr("Name of the person approving:")
        )
        if not ok:
            return
        try:
            approved = bulletins.approve(self.store, chosen, name)
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            return
        self.message.setText(
            self.tr("“%1” is approved by %2.")
            .replace("%1", approved.title)
            .replace("%2", approved.approver or "")
        )
        self.refresh()

    # --- import
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import sound files"), "", f"{self.tr('Sound files')} ({AUDIO_FILES})"
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        from studio.audio import library  # the audio engine loads when first needed

        kind = self.kind.currentData()
        kind = kind if isinstance(kind, AssetKind) else AssetKind.OTHER
        self.message.setText(self.tr("Adding %n file(s)…", "", len(paths)))
        self.import_button.setEnabled(False)
        self.tasks.run(
            lambda ctx: library.import_files(self.store, paths, kind, progress=ctx.progress),
            on_result=self._imported,
            on_error=self._import_failed,
        )

    def _imported(self, results: list) -> None:
        self.import_button.setEnabled(True)
        added = sum(1 for r in results if r.asset is not None and not r.duplicate)
        lines = [self.tr("Added %n file(s).", "", added)]
        for r in results:
            if r.duplicate:
                lines.append(
                    self.tr("%1 is already in the library as “%2”.")
                    .replace("%1", r.source.name)
                    .replace("%2", r.asset.title)
                )
            elif r.error is not None:
                lines.append(r.error.text(translate))
        self.message.setText("\n".join(lines))
        self.refresh()

    def _import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.message.setText(text)
