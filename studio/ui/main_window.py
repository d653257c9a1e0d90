"""The main window: a sidebar of the station's jobs, the page for each, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from studio import i18n, settings
from studio.store import Store, outbox, stations
from studio.store import settings as stored

from studio.ui.devices_page import DevicesPage
from studio.ui.dialogs import SettingsDialog, show_about
from studio.ui.fm_page import FmPage
from studio.ui.library import LibraryPage
from studio.ui.produce import ProducePage
from studio.ui.reports_page import ReportsPage
from studio.ui.schedule_page import SchedulePage
from studio.ui.sync_page import SyncPage
from studio.ui.sync_page import status_text as sync_status_text
from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Translatable

SP = QStyle.StandardPixmap
PAGES = (
    ("library", LibraryPage, SP.SP_DirIcon),
    ("produce", ProducePage, SP.SP_MediaVolume),
    ("schedule", SchedulePage, SP.SP_FileDialogDetailedView),
    ("devices", DevicesPage, SP.SP_DriveNetIcon),
    ("fm", FmPage, SP.SP_MediaPlay),
    ("sync", SyncPage, SP.SP_BrowserReload),
    ("reports", ReportsPage, SP.SP_FileDialogContentsView),
)
STATUS_REFRESH_MS = 5000


class NetworkStatus:
    """Online/offline as the operating system sees it (None when it cannot tell)."""

    def __init__(self) -> None:
        self.info = QNetworkInformation.instance()
        if self.info is None and QNetworkInformation.loadDefaultBackend():
            self.info = QNetworkInformation.instance()

    def online(self) -> bool | None:
        if self.info is None:
            return None
        reach = self.info.reachability()
        if reach == QNetworkInformation.Reachability.Unknown:
            return None
        return reach == QNetworkInformation.Reachability.Online


class MainWindow(Translatable, QMainWindow):
    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.network = NetworkStatus()

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(28, 28))
        self.sidebar.setFixedWidth(250)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, page_class, icon in PAGES:
            page = page_class(store, tasks)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self.style().standardIcon(icon), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        self.pages["produce"].saved.connect(lambda _title: self.refresh_status())
        # the loudspeakers are reached from launch (outbox, audio requests, proof of play),
        # not only once the Devices page has been looked at
        QTimer.singleShot(0, self.pages["devices"].start_service)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, stretch=1)
        self.setCentralWidget(central)

        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(lambda: show_about(self, self.store))
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

        self.station_label = QLabel()
        self.network_label = QLabel()
        self.pending_label = QLabel()
        self.statusBar().addWidget(self.station_label, 1)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.sync_label = QLabel()
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.network_label)
        if self.network.info is not None:
            self.network.info.reachabilityChanged.connect(self._reachability_changed)
        # the outbox is filled by other parts of Studio; a cheap count keeps the bar honest
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_REFRESH_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()

        self.resize(1200, 780)
        self.retranslate()

    # --- texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Studio — commune radio"))
        names = {
            "library": self.tr("Library"),
            "produce": self.tr("Produce"),
            "schedule": self.tr("Schedule"),
            "devices": self.tr("Devices"),
            "fm": self.tr("FM transmitter"),
            "sync": self.tr("Sync"),
            "reports": self.tr("Reports"),
        }
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Studio"))
        self.refresh_status()

    def refresh_status(self) -> None:
        station = stations.local_station(self.store)
        self.station_label.setText(station.name if station else self.tr("No station set up"))
        online = self.network.online()
        if online is None:
            text, role = self.tr("Network: unknown"), "hint"
        elif online:
            text, role = self.tr("● Online"), "online"
        else:
            text, role = self.tr("● Offline"), "offline"
        self.network_label.setText(text)
        self.network_label.setProperty("role", role)
        self.network_label.style().polish(self.network_label)
        pending = outbox.pending_count(self.store)
        self.pending_label.setText(self.tr("Waiting to send: %n", "", pending))
        self.sync_label.setText(sync_status_text(self.store))

    def _reachability_changed(self, _reachability: object) -> None:
        self.refresh_status()
        if self.network.online():
            self.pages["sync"].sync_if_paired()  # type: ignore[attr-defined]

    # --- actions
    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow([k for k, _, _ in PAGES].index(key))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()][0]

    def set_language(self, language: str) -> None:
        """Switch every visible text to ``language`` at once (and remember it)."""
        stored.put(self.store, settings.LANGUAGE, language)
        i18n.install(language)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.store, self)
        if dialog.exec():
            i18n.install(stored.get(self.store, settings.LANGUAGE))
            self.refresh_status()

    def _close_anyway(self, page: str, title: str, question: str) -> bool:
        """Ask before closing stops work under way; on No, show the page doing it."""
        no = QMessageBox.StandardButton.No
        answer = QMessageBox.warning(self, title, question, QMessageBox.StandardButton.Yes | no, no)
        if answer == no:
            self.show_page(page)
        return answer != no

    def closeEvent(self, event: QCloseEvent) -> None:
        produce: ProducePage = self.pages["produce"]  # type: ignore[assignment]
        fm: FmPage = self.pages["fm"]  # type: ignore[assignment]
        if produce.has_unsaved_work():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved bulletin"),
                self.tr("The bulletin you are writing is not saved yet. Save it as a draft?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not produce.save()
            ):
                event.ignore()
                self.show_page("produce")
                return
        running = (
            (
                produce.recorder.is_recording(),
                "produce",
                self.tr("Recording"),
                self.tr("A recording is running. Stop it (what was recorded is kept) and close?"),
            ),
            (
                fm.running,
                "fm",
                self.tr("On air"),
                self.tr(
                    "The FM transmitter is playing the schedule. Closing Studio stops the "
                    "broadcast. Close anyway?"
                ),
            ),
        )
        for busy, page, title, question in running:
            if busy and not self._close_anyway(page, title, question):
                event.ignore()
                return
        produce.recorder.stop()
        fm.shutdown()
        self.pages["devices"].stop_service()  # type: ignore[attr-defined]
        self.status_timer.stop()
        self.tasks.cancel_all()
        self.tasks.wait(10_000)
        event.accept()
