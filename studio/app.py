"""Composition root of the GUI: opens the store, builds the services, runs Qt with asyncio."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

from PySide6.QtWidgets import QApplication, QMessageBox
from qasync import QEventLoop

from studio import __version__, demo, i18n, settings
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.i18n import translate
from studio.store import open_store
from studio.store import settings as stored

from studio.ui import style
from studio.ui.dialogs import FirstRunDialog
from studio.ui.main_window import MainWindow
from studio.ui.tasks import TaskRunner


class NoDisplayError(StudioError):
    """There is no screen to open a window on."""


def check_display() -> None:
    """On Linux, Qt aborts the process without a display; say so clearly instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise NoDisplayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No display was found, so Studio's window cannot open. Run it on a desktop, "
                "or use the studio commands (studio --help) without a window.",
            )
        )


def run(db_url: str, *, demo_station: bool = False) -> int:
    check_display()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Studio")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Studio")
    i18n.install(i18n.current_language())  # attach the command line's translator to the app
    style.apply(app)
    try:
        store = open_store(db_url)
    except StudioError as exc:
        # shown in a window as well, since a desktop user never sees the terminal
        QMessageBox.critical(None, "Studio", f"{exc.text(translate)}\n\n{exc.text()}")
        raise
    try:
        i18n.install(stored.get(store, settings.LANGUAGE))
        if demo_station:
            demo.seed(store)
        if store.local_station_id is None and not FirstRunDialog(store).exec():
            return 0  # nothing was set up, nothing saved
        loop = QEventLoop(app)
        asyncio.set_event_loop(loop)
        tasks = TaskRunner()
        window = MainWindow(store, tasks)
        if sys.platform != "win32":
            # Ctrl+C or a service stop closes the window the normal way (unsaved-work check);
            # installed before the window shows, so a stop that comes at once is not lost
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, window.close)
        window.show()
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        with loop:
            loop.run_until_complete(closed.wait())
        return 0
    finally:
        store.close()
