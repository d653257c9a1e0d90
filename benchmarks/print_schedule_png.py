"""Page 1 of a sample printed schedule (Lịch phát sóng) as a PNG, for the user guide.

    python benchmarks/print_schedule_png.py [-o docs/img/lich-phat-song.png] [--dpi 100]

Builds a typical commune week in memory (no database), prints it to PDF the way
``studio schedule print`` does, and renders page 1 with pdftoppm (poppler-utils). Also prints
how long the PDF took, for the record.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.schedule import export
from studio.schedule.book import Playable, ScheduleBook
from studio.schedule.template import Content, TemplateSlot
from studio.store.models import Priority, SlotContent

MONDAY = date(2026, 11, 23)
NA_LA, BAN_CHANG = uuid.UUID(int=1), uuid.UUID(int=2)


def sample_book() -> ScheduleBook:
    news = Playable(SlotContent.PROGRAMME, uuid.uuid4(), "Thời sự sáng của xã", 1500.0)
    notice = Playable(SlotContent.BULLETIN, uuid.uuid4(), "Thông báo tiêm phòng dại", 313.0)
    tay = Playable(SlotContent.PROGRAMME, uuid.uuid4(), "Chương trình tiếng Tày", 900.0)

    def slot(at, minutes, content, days=0b1111111, zones=None, title="", **kw):
        h, m = map(int, at.split(":"))
        if isinstance(content, Playable):
            field = "programme_id" if content.kind == SlotContent.PROGRAMME else "bulletin_id"
            content = Content(content.kind, **{field: content.id})
        return TemplateSlot(
            uuid.uuid4(),
            days,
            h * 60 + m,
            minutes * 60,
            content,
            frozenset(zones) if zones else None,
            title=title,
            **kw,
        )

    vov = Content(SlotContent.RELAY_STREAM, stream_url="https://vov1.example/live")
    return ScheduleBook(
        slots=(
            slot("05:30", 30, news),
            slot("06:00", 30, vov, title="Tiếp sóng Đài Tiếng nói Việt Nam"),
            slot("17:30", 15, tay, days=0b0010101, zones=[NA_LA]),
            slot(
                "17:45", 10, notice, days=0b0100000, zones=[BAN_CHANG], priority=Priority.PRIORITY
            ),
        ),
        programmes={news.id: news, tay.id: tay},
        bulletins={notice.id: notice},
        zones={NA_LA: "Thôn Nà Lạ", BAN_CHANG: "Thôn Bản Chang"},
        devices_per_zone={NA_LA: 3, BAN_CHANG: 2},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default="lich-phat-song.png")
    parser.add_argument("--dpi", type=int, default=100)
    args = parser.parse_args()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm is missing (apt install poppler-utils)", file=sys.stderr)
        return 2
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studio.ui import printing

    printing.ensure_app()
    head = printing.Letterhead(
        station="Xã Bằng Thành",
        place="Bằng Thành",
        issued=MONDAY,
        parent="Đài Phát thanh và Truyền hình Thái Nguyên",
        number=12,
        approver="Hoàng Văn Ất",
    )
    started = time.perf_counter()
    rows = export.week_rows(sample_book(), MONDAY)
    doc = printing.schedule_document(head, MONDAY, rows)
    out = Path(args.output).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "lich.pdf"
        pages = printing.write_pdf(doc, pdf)
        elapsed = time.perf_counter() - started
        prefix = Path(tmp) / "page"
        subprocess.run(
            [
                pdftoppm,
                "-png",
                "-r",
                str(args.dpi),
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(prefix),
            ],
            check=True,
        )
        shutil.move(f"{prefix}.png", out)
    print(f"{out}: page 1 of {pages}, PDF in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
