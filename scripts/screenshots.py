"""The pictures of the user guide (docs/huong-dan/anh/), taken from the real application.

    make screenshots            (offscreen; or under Xvfb: xvfb-run make screenshots)

Studio's main window opens in Vietnamese on a demo station (a temporary database, the demo
data of ``studio gui --demo`` plus a bulletin read by the offline voice and a programme),
then every page of the sidebar is shown in turn and grabbed, and every tab of every tab
widget on it. The pages and tabs are found by walking the window, not listed here, so a new
page or tab gets its picture the next time this runs. The first-run and settings dialogs and
the printed schedule (first page of the PDF) are pictured too.

File names: ``<page>.png`` for a page (its key in MainWindow.pages), ``<page>-<tab>.png`` for
a tab (its English title, which does not change with the translation), ``hop-thoai-*.png``
for dialogs, ``lich-in.png`` for the printed schedule. Pictures of pages that no longer exist
are removed, so the guide cannot show a screen Studio no longer has.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget  # noqa: E402

from studio import demo, i18n  # noqa: E402
from studio.store import Store, open_store, sqlite_url  # noqa: E402

from studio.ui import style  # noqa: E402

OUT = ROOT / "docs" / "huong-dan" / "anh"
#: the window size of the pictures (a 1366×768 laptop screen, less the taskbar)
SIZE = (1280, 720)
RATE = 48000


def slug(text: str) -> str:
    """``"&Programme"`` → ``"programme"``, ``"Chương trình"`` → ``"chuong-trinh"``."""
    text = text.replace("&", "").replace("đ", "d").replace("Đ", "D")
    plain = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "tab"


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint (and posted work finish) before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def grab(widget: QWidget, name: str, taken: list[str]) -> None:
    settle()
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    taken.append(path.name)


def richer_demo(store: Store, folder: Path) -> None:
    """The demo station, plus a bulletin voiced offline and approved, a jingle, and a rendered
    programme in the demo's daily slots, so each page shows what an operator's would."""
    from studio.audio import codec, library
    from studio.store import bulletins, programmes, slots
    from studio.store.models import AssetKind, Bulletin, BulletinSource, ItemKind, SlotContent
    from studio.store.programmes import NewItem
    from studio.tts import synth

    demo.seed(store)
    first = bulletins.list_bulletins(store)[0]
    made = synth.synthesize(
        first.text, folder / f"{first.title}.wav", engine="offline", cache_dir=folder / "cache"
    )
    voiced = library.import_file(store, made.path, AssetKind.SPEECH).asset
    with store.session() as s:
        record = s.get(Bulletin, first.id)
        record.asset_id, record.source = voiced.id, BulletinSource.TTS
    t = np.arange(int(0.5 * RATE)) / RATE
    tones = [0.3 * np.sin(2 * np.pi * f * t) * np.exp(-4 * t) for f in (523.25, 659.25, 783.99)]
    jingle_file = codec.write(folder / "Nhạc hiệu đài.wav", np.concatenate(tones), RATE)
    jingle = library.import_file(store, jingle_file, AssetKind.JINGLE).asset
    bulletins.approve(store, first.id, "Hoàng Văn Minh")
    programme = programmes.create_programme(
        store,
        "Chương trình phát thanh của xã",
        [
            NewItem(ItemKind.JINGLE, asset_id=jingle.id),
            NewItem(ItemKind.BULLETIN, bulletin_id=first.id),
            NewItem(ItemKind.JINGLE, asset_id=jingle.id, fade_out_s=0.5),
        ],
    )
    library.render_programme(store, programme.id)
    # the demo's morning and evening slots carry it, so the week and its print have content
    for slot in slots.list_slots(store):
        slots.update_slot(store, slot.id, content=SlotContent.PROGRAMME, programme_id=programme.id)


def tab_widgets(page: QWidget) -> list[QTabWidget]:
    """The tab widgets on a page, outermost first (a tab may hold tabs of its own)."""
    found = page.findChildren(QTabWidget)
    return sorted(found, key=lambda w: _depth(w, page))


def _depth(widget: QWidget, top: QWidget) -> int:
    depth = 0
    while widget is not None and widget is not top:
        widget, depth = widget.parentWidget(), depth + 1
    return depth


def english_names(widget: QWidget) -> dict[tuple[int, int], str]:
    """Each tab's title in English (the source language), by (tab widget id, index): file
    names stay the same when a translation changes."""
    i18n.install("en")
    names = {
        (id(tabs), i): slug(tabs.tabText(i))
        for tabs in widget.findChildren(QTabWidget)
        for i in range(tabs.count())
    }
    i18n.install("vi")
    return names


def shoot_pages(window, taken: list[str]) -> None:
    names = english_names(window)
    for key, page in window.pages.items():
        window.show_page(key)
        grab(window, key, taken)
        seen: set[str] = set()
        for tabs in tab_widgets(page):
            for i in range(tabs.count()):
                if not tabs.isTabVisible(i):
                    continue
                name = f"{key}-{names[(id(tabs), i)]}"
                while name in seen:
                    name += "-2"
                seen.add(name)
                _show_tab(tabs, i)
                grab(window, name, taken)
            tabs.setCurrentIndex(0)
    # modes a page switches to with a checkable button (the schedule's week editor)
    for key, page in window.pages.items():
        mode = getattr(page, "edit_button", None)
        if mode is not None and mode.isCheckable():
            window.show_page(key)
            mode.setChecked(True)
            grab(window, f"{key}-edit", taken)
            mode.setChecked(False)


def _show_tab(tabs: QTabWidget, index: int) -> None:
    # a tab widget inside another's tab shows only when each enclosing tab is the current one
    widget: QWidget | None = tabs
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(widget)
        widget = parent
    tabs.setCurrentIndex(index)


def shoot_dialogs(store: Store, folder: Path, taken: list[str]) -> None:
    from studio.ui.dialogs import FirstRunDialog, SettingsDialog

    fresh = open_store(sqlite_url(folder / "moi.db"))
    try:
        first = FirstRunDialog(fresh)
        first.show()
        grab(first, "hop-thoai-lan-chay-dau", taken)
        first.close()
    finally:
        fresh.close()
    dialog = SettingsDialog(store)
    names = english_names(dialog)
    dialog.show()
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        grab(dialog, f"hop-thoai-cai-dat-{names[(id(dialog.tabs), i)]}", taken)
    dialog.close()
    from studio.ui.broker_dialog import BrokerFilesDialog

    files = BrokerFilesDialog(store)
    files.folder.setText(r"C:\StudioBroker")
    files.hosts.setText("loa.daibangthanh.vn, 192.168.1.10")
    files.show()
    grab(files, "hop-thoai-tep-may-chu", taken)
    files.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the pictures of old pages")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["studio"])
    style.apply(app)
    i18n.install("vi")

    from studio.ui.main_window import MainWindow
    from studio.ui.tasks import InlineTaskRunner

    OUT.mkdir(parents=True, exist_ok=True)
    if not args.keep:  # a page that is gone must not leave its picture in the guide
        for old in OUT.glob("*.png"):
            old.unlink()
    taken: list[str] = []
    with tempfile.TemporaryDirectory(prefix="studio-screenshots-") as tmp:
        folder = Path(tmp)
        db = folder / "studio.db"
        store = open_store(sqlite_url(db))
        try:
            richer_demo(store, folder)
            # the pages' background work runs at once, so each picture shows its data
            window = MainWindow(store, InlineTaskRunner())
            window.resize(*SIZE)
            window.show()
            shoot_pages(window, taken)
            shoot_dialogs(store, folder, taken)
            window.close()
        finally:
            store.close()
        from studio.cli import main as studio
        from studio.schedule import export

        pdf = folder / "lich.pdf"
        year, week, _ = export.today_local().isocalendar()
        args = ["--db", str(db), "schedule", "print", "--week", f"{year}-W{week:02d}"]
        if studio([*args, "-o", str(pdf)]) == 0:
            _pdf_picture(pdf, taken)
    print(f"{len(taken)} pictures in {OUT.relative_to(ROOT)}: {', '.join(taken)}")
    return 0


def _pdf_picture(pdf: Path, taken: list[str]) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("lich-in.png: skipped (pdftoppm from poppler-utils is missing)", file=sys.stderr)
        return
    subprocess.run(
        [pdftoppm, "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / "lich-in")], check=True
    )
    taken.append("lich-in.png")


if __name__ == "__main__":
    sys.exit(main())
