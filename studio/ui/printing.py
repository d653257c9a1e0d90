"""The printed programme schedule (``Lịch phát sóng``): a week on A4 portrait, laid out as a
Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): issuing body and national
title side by side, number and date line, title, the week's table, recipients and signature.
The as-run report (``Báo cáo phát sóng``, :func:`report_document`) shares that letterhead and
signature, with the totals per zone and every entry of the period in place of the week.

The document is Qt rich text (``QTextDocument``) painted page by page on any paged device:
``QPdfWriter`` for a PDF, ``QPrinter`` for paper or the print preview. It uses Times New Roman
where the PC has it (the administrative norm on Windows), else the bundled Noto Serif, so the
diacritics come out right everywhere. Its labels are Vietnamese in any UI language: they are
the content of the document, not UI.
"""

from __future__ import annotations

import html
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from studio.schedule.export import (
    PRIORITY_VI,
    WEEKDAY_NAMES_VI,
    Row,
    clock_text,
    date_line,
    length_text,
    number_line,
    place_name,
    today_local,
    week_line,
)
from studio.schedule.reports import RESULTS, Report, period_line
from studio.store import Store, stations
from studio.store.models import Priority, Station

from studio.ui.style import load_bundled_fonts

#: Times New Roman is what Vietnamese offices print in; Noto Serif is bundled in resources/fonts
FONT_FAMILIES = ("Times New Roman", "Noto Serif")
#: page margins in mm, within the ranges Nghị định 30 gives (top/bottom 20–25, left 30–35,
#: right 15–20)
MARGINS_MM = QMarginsF(30, 20, 15, 20)
PDF_DPI = 300


@dataclass(frozen=True)
class Letterhead:
    """Who issues the schedule and how it is signed.

    ``parent``: the body above the station (shown above its name), ``place``: the place of the
    date line, ``issued``: the date of the document (today in Asia/Ho_Chi_Minh).
    """

    station: str
    place: str
    issued: date
    parent: str = ""
    number: str | int | None = None
    approver: str = ""
    signer_title: str = "TRƯỞNG ĐÀI"

    @classmethod
    def of(
        cls,
        store: Store,
        station: Station | None,
        *,
        number: str | int | None = None,
        approver: str = "",
    ) -> Letterhead:
        """``station``'s letterhead, dated today (blank names when there is no station)."""
        if station is None:
            return cls("", "", today_local(), number=number, approver=approver)
        return cls(
            station=station.name,
            place=place_name(station.name, station.province),
            issued=today_local(),
            parent=stations.parent_name(store, station) or "",
            number=number,
            approver=approver,
        )


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new one that can render fonts without a screen."""
    app = QCoreApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["studio"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("printing needs a QGuiApplication, not a QCoreApplication")
    return app


def document_family() -> str:
    """Times New Roman if installed, else the bundled serif (registered on first use)."""
    available = set(QFontDatabase.families())
    if FONT_FAMILIES[0] not in available:
        available.update(load_bundled_fonts())
    return next((f for f in FONT_FAMILIES if f in available), QGuiApplication.font().family())


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _upper(text: str) -> str:
    return text.strip().upper()


def _rule(percent: int) -> str:
    """A short solid rule, centred, ``percent`` of the column wide.

    The top border of the middle cell of a three-cell row: Qt draws ``<hr>`` as a grey
    hairline and ignores the width of a one-cell table nested in a cell.
    """
    side = (100 - percent) // 2
    cell = "font-size:3pt; border-top-width:1.5px; border-top-color:black; border-top-style:"
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"'
        ' style="border-collapse:collapse"><tr>'
        f'<td width="{side}%" style="{cell}none">&nbsp;</td>'
        f'<td width="{percent}%" style="{cell}solid">&nbsp;</td>'
        f'<td width="{side}%" style="{cell}none">&nbsp;</td></tr></table>'
    )


def _gap(points: int) -> str:
    return f'<p style="font-size:{points}pt; margin:0">&nbsp;</p>'


def _heading(head: Letterhead, monday: date) -> str:
    return (
        _letterhead(head)
        + '<p align="center" style="font-size:14pt; margin:0"><b>LỊCH PHÁT SÓNG</b></p>'
        + f'<p align="center" style="font-size:13pt; margin:0"><b>{_e(week_line(monday))}</b></p>'
        + _gap(4)
    )


def _letterhead(head: Letterhead, kind: str = "LPS") -> str:
    """Issuing body and number on the left, national title and date line on the right."""
    body = []
    if head.parent:
        body.append(f"<div>{_e(_upper(head.parent))}</div>")
    body.append(f"<div><b>{_e(_upper(head.station))}</b></div>")
    body.append(_rule(36))
    body.append(f'<div style="font-size:13pt">{_e(number_line(head.number, kind=kind))}</div>')
    nation = (
        "<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div>"
        '<div style="font-size:13pt"><b>Độc lập - Tự do - Hạnh phúc</b></div>'
        + _rule(62)
        + f'<div style="font-size:13pt"><i>{_e(date_line(head.place, head.issued))}</i></div>'
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="font-size:12pt">'
        '<tr><td width="40%" align="center" valign="top">'
        + "".join(body)
        + '</td><td width="60%" align="center" valign="top">'
        + nation
        + "</td></tr></table>"
        + _gap(6)
    )


def _content_cell(row: Row) -> str:
    text = _e(row.title) or "—"
    if row.priority != Priority.NORMAL:
        text += f" <i>({_e(PRIORITY_VI[row.priority].lower())})</i>"
    if row.zones:
        text += f'<br/><i style="font-size:11pt">{_e(", ".join(row.zones))}</i>'
    return text


def _minute(instant) -> str:
    return clock_text(instant, seconds=False)


def _table(rows: dict[date, list[Row]]) -> str:
    cells = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="2"'
        ' style="font-size:12pt; border-collapse:collapse; border-color:#000">',
        "<thead><tr>"
        '<th width="17%">Thứ, ngày</th><th width="19%">Thời gian</th>'
        '<th width="47%">Nội dung</th><th width="17%">Thời lượng</th></tr></thead>',
    ]
    for day, items in rows.items():
        label = f"<b>{WEEKDAY_NAMES_VI[day.weekday()]}</b><br/>{day:%d/%m/%Y}"
        if not items:
            cells.append(
                f'<tr><td align="center">{label}</td>'
                '<td colspan="3" align="center"><i>Không phát sóng</i></td></tr>'
            )
            continue
        for i, row in enumerate(items):
            first = f'<td rowspan="{len(items)}" align="center">{label}</td>' if i == 0 else ""
            cells.append(
                f"<tr>{first}"
                f'<td align="center">{_minute(row.start)} - {_minute(row.end)}</td>'
                f"<td>{_content_cell(row)}</td>"
                f'<td align="center">{length_text(row.length_s)}</td></tr>'
            )
    cells.append("</table>")
    return "".join(cells)


def _footer(head: Letterhead, role: str = "NGƯỜI DUYỆT") -> str:
    """Recipients, and the signature block under ``role`` (none for the station's own)."""
    recipients = ["- Như trên;"]
    if head.parent:
        recipients = [f"- {_e(head.parent)} (để b/c);"]
    recipients += ["- Các cụm loa, thôn, tổ dân phố;", "- Lưu: VT."]
    sign = (
        (f"<div><b>{_e(role)}</b></div>" if role else "")
        + f"<div><b>{_e(head.signer_title)}</b></div>"
        '<div style="font-size:13pt"><i>(Ký, ghi rõ họ tên)</i></div>'
        + "<br/>" * 3
        + (f"<div><b>{_e(head.approver)}</b></div>" if head.approver else "")
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:6pt">'
        '<tr><td width="50%" valign="top" style="font-size:11pt">'
        '<div style="font-size:12pt"><b><i>Nơi nhận:</i></b></div>'
        + "".join(f"<div>{r}</div>" for r in recipients)
        + '</td><td width="50%" align="center" valign="top" style="font-size:13pt">'
        + sign
        + "</td></tr></table>"
    )


def schedule_html(head: Letterhead, monday: date, rows: dict[date, list[Row]]) -> str:
    """The document as Qt rich text (the subset of HTML ``QTextDocument`` understands)."""
    return (
        '<html><body style="font-size:13pt">'
        + _heading(head, monday)
        + _table(rows)
        + _footer(head)
        + "</body></html>"
    )


def schedule_document(head: Letterhead, monday: date, rows: dict[date, list[Row]]) -> QTextDocument:
    return _document(schedule_html(head, monday, rows))


def _document(rich_text: str) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(document_family())
    font.setPointSizeF(13)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(rich_text)
    # Qt always ends a document with an empty block after the last table; at full size it
    # alone can spill onto a blank last page
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    if not cursor.block().text():
        tiny = QTextCharFormat()
        tiny.setFontPointSize(1)
        cursor.setBlockCharFormat(tiny)
        cursor.setCharFormat(tiny)
    return doc


# --- the as-run report ------------------------------------------------------------------------


def _minutes(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _report_totals(report: Report) -> str:
    cells = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="2"'
        ' style="font-size:12pt; border-collapse:collapse; border-color:#000">',
        "<thead><tr>"
        '<th width="32%">Vùng phát</th><th width="14%">Phút phát</th>'
        '<th width="14%">Số lần phát</th><th width="10%">Lỗi</th>'
        '<th width="10%">Bỏ lỡ</th><th width="20%">Tỷ lệ tự sản xuất</th></tr></thead>',
    ]
    for z in report.zones:
        cells.append(
            f"<tr><td>{_e(z.zone)}</td>"
            f'<td align="center">{_minutes(z.minutes)}</td>'
            f'<td align="center">{z.played}</td><td align="center">{z.failed}</td>'
            f'<td align="center">{z.missed}</td>'
            f'<td align="center">{round(z.local_share * 100)}%</td></tr>'
        )
    if len(report.zones) > 1:
        minutes = sum(z.minutes for z in report.zones)
        local = sum(z.local_minutes for z in report.zones)
        cells.append(
            "<tr><td><b>Tổng cộng</b></td>"
            f'<td align="center"><b>{_minutes(minutes)}</b></td>'
            f'<td align="center"><b>{sum(z.played for z in report.zones)}</b></td>'
            f'<td align="center"><b>{sum(z.failed for z in report.zones)}</b></td>'
            f'<td align="center"><b>{sum(z.missed for z in report.zones)}</b></td>'
            f'<td align="center"><b>{round(local / minutes * 100) if minutes else 0}%</b></td>'
            "</tr>"
        )
    if not report.zones:
        cells.append('<tr><td colspan="6" align="center"><i>Không phát sóng</i></td></tr>')
    cells.append("</table>")
    return "".join(cells)


def _report_lines(report: Report) -> str:
    cells = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="2"'
        ' style="font-size:11pt; border-collapse:collapse; border-color:#000">',
        "<thead><tr>"
        '<th width="13%">Ngày</th><th width="15%">Thời gian</th><th width="17%">Vùng phát</th>'
        '<th width="33%">Nội dung</th><th width="8%">Phút</th><th width="14%">Kết quả</th>'
        "</tr></thead>",
    ]
    for line in report.lines:
        end = f" - {line.ended:%H:%M}" if line.ended else ""
        own = " <i>(tự sản xuất)</i>" if line.local else ""
        cells.append(
            f'<tr><td align="center">{line.started:%d/%m/%Y}</td>'
            f'<td align="center">{line.started:%H:%M}{end}</td>'
            f"<td>{_e(line.zone)}</td><td>{_e(line.title)}{own}</td>"
            f'<td align="center">{_minutes(line.minutes)}</td>'
            f'<td align="center">{_e(RESULTS[line.result])}</td></tr>'
        )
    if not report.lines:
        cells.append(
            '<tr><td colspan="6" align="center"><i>Không có nội dung phát sóng</i></td></tr>'
        )
    cells.append("</table>")
    return "".join(cells)


def report_html(head: Letterhead, report: Report) -> str:
    """The as-run report as an administrative document: totals per zone, then every entry."""
    section = '<p style="font-size:13pt; margin-top:6pt; margin-bottom:3pt"><b>{}</b></p>'
    return (
        '<html><body style="font-size:13pt">'
        + _letterhead(head, kind="BC")
        + '<p align="center" style="font-size:14pt; margin:0"><b>BÁO CÁO PHÁT SÓNG</b></p>'
        + '<p align="center" style="font-size:13pt; margin:0"><b>'
        + _e(period_line(report.first, report.last))
        + "</b></p>"
        + _gap(4)
        + section.format("I. TỔNG HỢP THEO VÙNG PHÁT")
        + _report_totals(report)
        + section.format("II. CHI TIẾT PHÁT SÓNG")
        + _report_lines(report)
        + _footer(head, role="")
        + "</body></html>"
    )


def report_document(head: Letterhead, report: Report) -> QTextDocument:
    return _document(report_html(head, report))


def a4_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def paint(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay ``doc`` out on the pages of ``device`` and paint them; returns the page count.

    From page 2 on, the page number stands at the top centre, in the top margin, as the
    decree asks.
    """
    layout = device.pageLayout()
    dpi = device.logicalDpiX()
    body = layout.paintRectPixels(dpi)
    number_height = round(dpi * 0.3)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = doc.pageCount()
    page_height = doc.pageSize().height()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        # black text whatever the desktop theme's palette says
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        number_font = QFont(doc.defaultFont())
        number_font.setPointSizeF(13)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            if page:
                painter.setFont(number_font)
                painter.drawText(
                    QRectF(0, -number_height, body.width(), number_height),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    str(page + 1),
                )
            painter.translate(0, -page * page_height)
            clip = QRectF(0, page * page_height, body.width(), page_height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            context.palette = palette
            painter.setClipRect(clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(doc: QTextDocument, path: Path, title: str = "Lịch phát sóng") -> int:
    """Write ``doc`` as an A4 PDF at ``path`` (the caller picks a temp name and renames)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(a4_layout())
    writer.setTitle(title)
    writer.setCreator("Studio")
    return paint(doc, writer)


def save_pdf(doc: QTextDocument, path: Path, title: str = "Lịch phát sóng") -> int:
    """Write ``doc`` as a PDF at ``path`` whole or not at all: into a temp file beside it,
    then renamed. The page count; OSError when the folder cannot take it."""
    tmp = path.with_name(f".{path.name}-{uuid.uuid4().hex[:8]}.part")
    try:
        pages = write_pdf(doc, tmp, title)
        if not tmp.is_file() or pages < 1:
            raise OSError(f"no PDF was written to {tmp}")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return pages


def print_to(doc: QTextDocument, printer: QPrinter) -> int:
    """Print ``doc`` on ``printer`` (A4 portrait, the decree's margins)."""
    printer.setPageLayout(a4_layout())
    return paint(doc, printer)


def preview(doc: QTextDocument, parent=None) -> int:
    """Show Qt's print preview of ``doc``; printing from it goes to the chosen printer.

    Returns the dialog's result (1 when printed). For the schedule page of the UI.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print preview"))
    dialog.paintRequested.connect(lambda p: paint(doc, p))
    return dialog.exec()
