"""The Library page: drop files in, find them again, approve by a second person."""

from __future__ import annotations

import numpy as np
import pytest

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QInputDialog

from studio.audio import codec
from studio.store import assets, bulletins
from studio.store.models import ApprovalStatus, AssetKind

from studio.ui.library import LibraryPage, searchable
from studio.ui.tasks import InlineTaskRunner

RATE = 48000


def tone(path, seconds=2.0, level=0.2, freq=440.0):
    t = np.arange(int(RATE * seconds)) / RATE
    codec.write(path, (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)[:, None], RATE)
    return path


@pytest.fixture
def page(qtbot, store, vietnamese):
    from studio import demo

    demo.seed(store)
    p = LibraryPage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    p.show()
    return p


def drop(widget, paths):
    """What a drag from the file manager delivers: enter (must be accepted), then drop.

    The page's handlers get real Qt events with file URLs; a window system is what would
    route them, and the offscreen platform has none.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)  # a QPoint: PySide6 6.11 has no QPointF form
    widget.dragEnterEvent(enter)
    assert enter.isAccepted(), "the page takes sound files"
    widget.dropEvent(QDropEvent(QPointF(10, 10), *args))


def titles(page) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_dropped_files_are_added_once_and_bad_ones_explained(page, tmp_path, store):
    hieu = tone(tmp_path / "nhạc hiệu xã.wav")
    copy = tmp_path / "bản sao.wav"
    copy.write_bytes(hieu.read_bytes())
    broken = tmp_path / "hỏng.mp3"
    broken.write_bytes(b"not sound at all" * 50)

    drop(page, [hieu, copy, broken])

    assert [a.title for a in assets.list_assets(store)] == ["nhạc hiệu xã"]
    message = page.message.text()
    assert "Đã thêm 1 tệp." in message
    assert "bản sao.wav đã có trong thư viện với tên “nhạc hiệu xã”." in message
    assert "hỏng.mp3" in message
    assert "nhạc hiệu xã" in titles(page)
    row = titles(page).index("nhạc hiệu xã")
    assert page.table.item(row, 2).text() == "0:02"
    assert page.table.item(row, 3).text().endswith("LUFS")


def test_search_ignores_case_and_diacritics(page):
    page.search.setText("canh bao")
    assert titles(page) == ["Cảnh báo mưa lớn, lũ quét"]
    page.search.setText("NÔNG THỊ")  # the author
    assert len(titles(page)) == 2
    page.search.setText("không có gì")
    assert titles(page) == []
    assert page.empty.text() == "Không tìm thấy nội dung phù hợp."
    assert searchable("Đài Truyền thanh") == "dai truyen thanh"


def test_kind_filter_shows_only_jingles(page, tmp_path, store):
    from studio.audio import library

    library.import_file(store, tone(tmp_path / "hiệu.wav"), AssetKind.JINGLE)
    library.import_file(store, tone(tmp_path / "nền.wav", freq=220.0), AssetKind.BED)
    page.kind.setCurrentIndex(page.kind.findData(AssetKind.JINGLE))
    assert titles(page) == ["hiệu"]
    assert page.table.item(0, 1).text() == "Nhạc hiệu"


def select(page, title):
    row = titles(page).index(title)
    page.table.selectRow(row)


def test_a_second_person_approves_a_draft(page, store, monkeypatch):
    select(page, "Cảnh báo mưa lớn, lũ quét")
    assert page.approve_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Hoàng Văn Ất", True))
    page.approve_button.click()
    assert page.message.text() == "“Cảnh báo mưa lớn, lũ quét” đã được Hoàng Văn Ất duyệt."
    approved = next(b for b in bulletins.list_bulletins(store) if b.title.startswith("Cảnh báo"))
    assert approved.status == ApprovalStatus.APPROVED and approved.approver == "Hoàng Văn Ất"
    assert approved.approved_at is not None
    select(page, "Cảnh báo mưa lớn, lũ quét")
    assert not page.approve_button.isEnabled(), "an approved bulletin is not approved again"


def test_the_author_cannot_approve_their_own_bulletin(page, store, monkeypatch):
    select(page, "Cảnh báo mưa lớn, lũ quét")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  nông thị  hoa ", True))
    page.approve_button.click()
    assert page.message.text() == (
        "“Cảnh báo mưa lớn, lũ quét” do Nông Thị Hoa soạn; cần người khác duyệt."
    )
    assert all(b.status == ApprovalStatus.DRAFT for b in bulletins.list_bulletins(store))
