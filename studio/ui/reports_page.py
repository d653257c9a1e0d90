"""The Reports page: what went on air over a day, a week or a month.

The totals per zone (minutes, items played, failed and missed, the share the station made
itself) stand above every entry of the period. The report is exported as CSV or XLSX for
spreadsheets, or printed and saved as PDF as a Vietnamese administrative document
(``Báo cáo phát sóng``, :func:`studio.ui.printing.report_document`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton

from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.files import write_atomic
from studio.i18n import translate
from studio.schedule import export, reports
from studio.store import stations
from studio.store.models import PlayResult
from studio.store.types import utcnow

from studio.ui.labels import label
from studio.ui.pages import TablePage
from studio.ui.widgets import Row, fill_table, read_only_table

PERIODS = ("day", "week", "month")
WRITERS = {".csv": reports.to_csv, ".xlsx": reports.to_xlsx}


class ReportsPage(TablePage):
    def build(self) -> None:
        self.kind = "week"
        self.first, self.last = reports.containing(self.kind, export.today_local(utcnow()))
        self.report = reports.Report(self.first, self.last)
        self.period_choice = QComboBox()
        for k in PERIODS:
            self.period_choice.addItem("", k)
        self.period_choice.setCurrentIndex(PERIODS.index(self.kind))
        self.period_choice.currentIndexChanged.connect(lambda _i: self.choose_period())
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.period_label = QLabel()
        self.csv_button, self.xlsx_button = QPushButton(), QPushButton()
        self.preview_button, self.pdf_button = QPushButton(), QPushButton()
        self.csv_button.clicked.connect(lambda: self.export_file(".csv"))
        self.xlsx_button.clicked.connect(lambda: self.export_file(".xlsx"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(lambda: self.export_file(".pdf"))
        for w in (self.period_choice, self.previous_button, self.period_label, self.next_button):
            self.toolbar.addWidget(w)
        self.toolbar.addStretch()
        for w in (self.csv_button, self.xlsx_button, self.preview_button, self.pdf_button):
            self.toolbar.addWidget(w)
        self.totals = read_only_table()
        self.totals.setMaximumHeight(150)
        self.layout().insertWidget(self.layout().indexOf(self.table), self.totals)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.layout().addWidget(self.message)

    def retranslate(self) -> None:
        names = {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month")}
        for i, k in enumerate(PERIODS):
            self.period_choice.setItemText(i, names[k])
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export XLSX…"))
        self.preview_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        super().retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def explanation(self) -> str:
        return self.tr(
            "What went on air: minutes per zone, items played, failed or missed, and the share "
            "the station produced itself."
        )

    def empty_text(self) -> str:
        return self.tr("Nothing has been broadcast in this period.")

    def headers(self) -> list[str]:
        return [
            self.tr("Started"),
            self.tr("Ended"),
            self.tr("Zone"),
            self.tr("Item"),
            self.tr("Minutes"),
            self.tr("Result"),
            self.tr("Produced here"),
        ]

    # --- the period
    def choose_period(self) -> None:
        self.kind = self.period_choice.currentData()
        self.first, self.last = reports.containing(self.kind, self.first)
        self.refresh()

    def step(self, steps: int) -> None:
        self.first, self.last = reports.shift(self.kind, self.first, steps)
        self.refresh()

    def show_period(self, kind: str, first, last) -> None:
        """Show the report of ``first`` … ``last`` (a day, week or month of that ``kind``)."""
        self.kind, self.first, self.last = kind, first, last
        self.period_choice.blockSignals(True)
        self.period_choice.setCurrentIndex(PERIODS.index(kind))
        self.period_choice.blockSignals(False)
        self.refresh()

    # --- the tables
    def rows(self) -> list[Row]:
        self.report = reports.build(self.store, self.first, self.last)
        failed = (PlayResult.FAILED, PlayResult.MISSED)
        return [
            Row(
                [
                    f"{line.started:%d/%m/%Y %H:%M:%S}",
                    f"{line.ended:%H:%M:%S}" if line.ended else "",
                    line.zone,
                    line.title,
                    f"{line.minutes:.1f}",
                    label(line.result),
                    self.tr("Yes") if line.local else "",
                ],
                "emergency" if line.result in failed else None,
            )
            for line in self.report.lines
        ]

    def refresh(self) -> None:
        super().refresh()
        self.period_label.setText(reports.period_line(self.first, self.last))
        totals = [
            Row(
                [
                    z.zone,
                    f"{z.minutes:.0f}",
                    str(z.played),
                    str(z.failed),
                    str(z.missed),
                    f"{z.local_share:.0%}",
                ],
                "priority" if z.failed or z.missed else None,
            )
            for z in self.report.zones
        ]
        headers = [
            self.tr("Zone"),
            self.tr("Minutes"),
            self.tr("Played"),
            self.tr("Failed"),
            self.tr("Missed"),
            self.tr("Produced here"),
        ]
        fill_table(self.totals, headers, totals)
        self.totals.setVisible(bool(totals))

    # --- printing and files
    def document(self):
        from studio.ui import printing

        head = printing.Letterhead.of(self.store, stations.local_station(self.store))
        return printing.report_document(head, self.report)

    def print_preview(self) -> None:
        from studio.ui import printing

        printing.preview(self.document(), self)

    def default_name(self, suffix: str) -> str:
        names = {"day": "ngay", "week": "tuan", "month": "thang"}
        return f"bao-cao-phat-song-{names[self.kind]}-{self.first.isoformat()}{suffix}"

    def export_file(self, suffix: str) -> None:
        filters = {".csv": "CSV (*.csv)", ".xlsx": "Excel (*.xlsx)", ".pdf": "PDF (*.pdf)"}
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), self.default_name(suffix), filters[suffix]
        )
        if name:
            self.write(Path(name))

    def write(self, path: Path) -> None:
        """Save the report at ``path`` as CSV, XLSX or PDF (by its suffix), whole or not at all."""
        suffix = path.suffix.lower()
        if not path.parent.is_dir():
            self._error(
                QT_TRANSLATE_NOOP("errors", "Cannot write {path}: its folder does not exist."),
                path=path,
            )
            return
        try:
            if suffix == ".pdf":
                self._write_pdf(path)
            elif suffix in WRITERS:
                write_atomic(path, WRITERS[suffix](self.report), make_folder=False)
            else:
                self._error(
                    QT_TRANSLATE_NOOP(
                        "errors", "A report is written as .csv, .xlsx or .pdf, not {name}."
                    ),
                    name=path.name,
                )
                return
        except OSError as exc:
            self._error(
                QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}"),
                path=path,
                reason=exc.strerror or exc,
            )
            return
        self.message.setText(self.tr("Saved %1.").replace("%1", str(path)))

    def _write_pdf(self, path: Path) -> None:
        from studio.ui import printing

        printing.save_pdf(self.document(), path, title="Báo cáo phát sóng")

    def _error(self, message: str, **params: object) -> None:
        self.message.setText(StudioError(message, **params).text(translate))
