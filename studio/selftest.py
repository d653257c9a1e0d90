"""``studio --self-test``: the main job end to end, in a throw-away folder, with no network.

It proves an installed (frozen) Studio has everything it needs on the operator's PC: the
database and its migrations, the offline voice with its Vietnamese data, the bundled ffmpeg,
the loudness meter, and Qt's printing with the bundled fonts on the offscreen platform.
Each step prints one line with ✓; the first that fails prints ✗ with the reason and the run
ends with exit code 1. Nothing is written outside the temporary folder (the speech cache too
lives there), and the user's own database is never opened.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from studio import __version__
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.i18n import translate

#: exit code when a step fails (2 is for a person's bad input, see studio.errors)
FAILED = 1
#: the bulletin read aloud: numbers, a date and an abbreviation exercise the normalizer
BULLETIN = (
    "UBND xã thông báo: ngày 05/12 Trạm Y tế xã tiêm chủng cho trẻ em dưới 5 tuổi, "
    "từ 7 giờ 30 đến 11 giờ. Đề nghị các gia đình đưa trẻ đến đúng giờ."
)
RATE = 48000
#: the rendered programme must be this close to the station's loudness target (LU)
LOUDNESS_TOLERANCE_LU = 1.0
#: and its true peak at most this far above the ceiling (dB)
PEAK_TOLERANCE_DB = 0.5


@dataclass
class Run:
    """What the steps hand to each other."""

    folder: Path
    store: object = None
    station_name: str = ""
    bulletin_id: uuid.UUID | None = None
    programme_id: uuid.UUID | None = None
    programme_wav: Path | None = None
    notes: dict[str, str] = field(default_factory=dict)


class SelfTestError(StudioError):
    """A check of the self-test did not hold."""


# --- the steps --------------------------------------------------------------------------------


def open_database(run: Run) -> str:
    from studio.store import open_store, sqlite_url, stations
    from studio.store.db import head_revision
    from studio.store.stations import StationProfile

    run.store = open_store(sqlite_url(run.folder / "studio.db"))
    profile = StationProfile(
        name="Đài truyền thanh xã Kiểm Tra",
        province="Thái Nguyên",
        parent_name="Đài Phát thanh và Truyền hình Thái Nguyên",
    )
    run.station_name = stations.create_local_station(run.store, profile).name
    return translate("selftest", "schema {revision}").format(revision=head_revision())


def synthesize_bulletin(run: Run) -> str:
    from studio import settings
    from studio.audio import library, normalize
    from studio.store import bulletins
    from studio.store import settings as stored
    from studio.store.models import AssetKind, Bulletin, BulletinSource
    from studio.tts import synth

    store = run.store
    target = normalize.Target(
        stored.get(store, settings.LOUDNESS_TARGET), stored.get(store, settings.TRUE_PEAK_CEILING)
    )
    made = synth.synthesize(
        BULLETIN,
        run.folder / "ban-tin.wav",
        engine="offline",
        target=target,
        cache_dir=run.folder / "cache",
    )
    seconds = made.loudness.duration_s
    if not seconds or seconds < 2.0:
        raise SelfTestError(
            QT_TRANSLATE_NOOP("errors", "The voice made only {seconds:.1f} s of sound."),
            seconds=seconds or 0.0,
        )
    bulletin = bulletins.add_bulletin(store, "Thông báo tiêm chủng", BULLETIN)
    taken = library.import_file(store, made.path, AssetKind.SPEECH)
    with store.session() as s:
        record = s.get(Bulletin, bulletin.id)
        record.asset_id = taken.asset.id
        record.source = BulletinSource.TTS
    run.bulletin_id = bulletin.id
    return translate("selftest", "{seconds:.1f} s by {voice}").format(
        seconds=seconds, voice=translate("tts", made.label)
    )


def _jingle() -> np.ndarray:
    """Three rising chimes, 1.2 s, stereo float32 — a stand-in for the station's jingle."""
    t = np.arange(int(0.4 * RATE)) / RATE
    envelope = np.exp(-5.0 * t)
    notes = [0.3 * np.sin(2 * np.pi * f * t) * envelope for f in (523.25, 659.25, 783.99)]
    mono = np.concatenate(notes).astype(np.float32)
    return np.repeat(mono[:, None], 2, axis=1)


def render_programme(run: Run) -> str:
    from studio.audio import codec, library
    from studio.store import programmes
    from studio.store.models import AssetKind, ItemKind
    from studio.store.programmes import NewItem

    store = run.store
    jingle_file = codec.write(run.folder / "nhac-hieu.wav", _jingle(), RATE)
    jingle = library.import_file(store, jingle_file, AssetKind.JINGLE).asset
    programme = programmes.create_programme(
        store,
        "Bản tin kiểm tra",
        [
            NewItem(ItemKind.JINGLE, asset_id=jingle.id),
            NewItem(ItemKind.GAP, gap_s=0.5),
            NewItem(ItemKind.BULLETIN, bulletin_id=run.bulletin_id),
            NewItem(ItemKind.JINGLE, asset_id=jingle.id, fade_out_s=0.3),
        ],
    )
    result, asset = library.render_programme(store, programme.id)
    run.programme_id = programme.id
    run.programme_wav = library.library(store).path(asset.sha256)
    return translate("selftest", "{seconds:.1f} s").format(seconds=result.duration_s)


def measure_loudness(run: Run) -> str:
    """Decode the rendered programme from the library and measure it as the speakers will."""
    from studio import settings
    from studio.audio import codec
    from studio.audio.loudness import measure
    from studio.store import settings as stored

    with codec.Reader(run.programme_wav) as reader:
        loud = measure(reader, reader.sample_rate, reader.channels)
    target = stored.get(run.store, settings.LOUDNESS_TARGET)
    ceiling = stored.get(run.store, settings.TRUE_PEAK_CEILING)
    lufs, peak = loud.integrated_lufs, loud.true_peak_dbtp
    if not math.isfinite(lufs) or abs(lufs - target) > LOUDNESS_TOLERANCE_LU:
        raise SelfTestError(
            QT_TRANSLATE_NOOP(
                "errors", "The programme measures {lufs:.1f} LUFS instead of {target:.1f} LUFS."
            ),
            lufs=lufs,
            target=target,
        )
    if peak is not None and peak > ceiling + PEAK_TOLERANCE_DB:
        raise SelfTestError(
            QT_TRANSLATE_NOOP(
                "errors", "The programme peaks at {peak:.1f} dBTP, above {ceiling:.1f} dBTP."
            ),
            peak=peak,
            ceiling=ceiling,
        )
    run.notes["duration_s"] = f"{loud.duration_s:.3f}"
    return translate("selftest", "{lufs:.1f} LUFS, {peak:.1f} dBTP").format(
        lufs=lufs, peak=peak if peak is not None else math.nan
    )


def encode_mp3(run: Run) -> str:
    """The bundled ffmpeg encodes the programme to MP3 (what loudspeakers get) and decodes it."""
    from studio.audio import _ffmpeg, codec

    mp3 = run.folder / "chuong-trinh.mp3"
    codec.convert(run.programme_wav, mp3)
    info = codec.probe(mp3)
    with codec.Reader(mp3) as reader:
        frames = sum(len(block) for block in reader)
    seconds, expected = frames / info.sample_rate, float(run.notes["duration_s"])
    if abs(seconds - expected) > 0.5:
        raise SelfTestError(
            QT_TRANSLATE_NOOP(
                "errors", "The MP3 lasts {seconds:.1f} s instead of {expected:.1f} s."
            ),
            seconds=seconds,
            expected=expected,
        )
    return translate("selftest", "{kb} kB, {seconds:.1f} s, by {ffmpeg}").format(
        kb=max(1, mp3.stat().st_size // 1024), seconds=seconds, ffmpeg=_ffmpeg.locate()
    )


def print_schedule(run: Run) -> str:
    from studio.schedule import export
    from studio.schedule.book import load_book
    from studio.store import slots
    from studio.store.models import SlotContent
    from studio.store.slots import SlotSpec

    store = run.store
    slots.add_slot(
        store,
        SlotSpec(
            weekdays=0b111_1111,
            start_minute=6 * 60,
            max_duration_s=15 * 60,
            content=SlotContent.PROGRAMME,
            programme_id=run.programme_id,
            title="Bản tin buổi sáng",
        ),
    )
    today = export.today_local()
    monday = today - timedelta(days=today.weekday())
    rows = export.week_rows(load_book(store), monday)
    if sum(len(day) for day in rows.values()) < 7:
        raise SelfTestError(
            QT_TRANSLATE_NOOP("errors", "The week's schedule lacks the daily programme.")
        )
    pdf = run.folder / "lich-phat-song.pdf"
    pages = _write_pdf(run.station_name, monday, rows, pdf)
    size = pdf.stat().st_size if pdf.is_file() else 0
    with pdf.open("rb") as f:
        magic = f.read(5) if size else b""
    if pages < 1 or size == 0 or magic != b"%PDF-":
        raise SelfTestError(
            QT_TRANSLATE_NOOP("errors", "The schedule PDF is missing or empty ({path}).")
            if size == 0
            else QT_TRANSLATE_NOOP("errors", "The schedule PDF is not a PDF ({path})."),
            path=str(pdf),
        )
    return translate("selftest", "{pages} page(s), {kb} kB").format(
        pages=pages, kb=max(1, size // 1024)
    )


def _write_pdf(station: str, monday: date, rows: dict, pdf: Path) -> int:
    # Qt only here, on the offscreen platform: the self-test needs no screen
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studio.schedule import export

    from studio.ui import printing

    printing.ensure_app()
    head = printing.Letterhead(
        station=station,
        place=export.place_name(station, "Thái Nguyên"),
        issued=export.today_local(),
        parent="Đài Phát thanh và Truyền hình Thái Nguyên",
    )
    return printing.write_pdf(printing.schedule_document(head, monday, rows), pdf)


@dataclass(frozen=True)
class Step:
    title: str  # translated in the context "selftest"
    run: Callable[[Run], str]


STEPS = (
    Step(QT_TRANSLATE_NOOP("selftest", "Open a new database"), open_database),
    Step(
        QT_TRANSLATE_NOOP("selftest", "Read a bulletin with the offline voice"), synthesize_bulletin
    ),
    Step(QT_TRANSLATE_NOOP("selftest", "Render a short programme"), render_programme),
    Step(QT_TRANSLATE_NOOP("selftest", "Measure its loudness"), measure_loudness),
    Step(QT_TRANSLATE_NOOP("selftest", "Encode it as MP3 with ffmpeg"), encode_mp3),
    Step(QT_TRANSLATE_NOOP("selftest", "Print the week's schedule as PDF"), print_schedule),
)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, StudioError):
        return exc.text(translate)
    # not meant for people, but a broken bundle must say what broke (a missing module …)
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def _say(line: str) -> None:
    # a windowed Windows program has no console: sys.stdout is None and print() does nothing
    print(line, flush=True)


def run() -> int:
    """Run every step in order, in a temporary folder removed afterwards; 0 when all passed,
    :data:`FAILED` after naming the first that did not."""
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    _say(
        translate("selftest", "Studio {version} self-test{frozen}").format(
            version=__version__, frozen=frozen
        )
    )
    with tempfile.TemporaryDirectory(prefix="studio-selftest-") as tmp:
        state = Run(Path(tmp))
        try:
            for number, step in enumerate(STEPS, start=1):
                title = translate("selftest", step.title)
                try:
                    detail = step.run(state)
                except Exception as exc:
                    _say(f"✗ {number}/{len(STEPS)} {title}: {_reason(exc)}")
                    _say(
                        translate("selftest", "Self-test failed at step {number}: {step}.").format(
                            number=number, step=title
                        )
                    )
                    return FAILED
                _say(f"✓ {number}/{len(STEPS)} {title} — {detail}")
        finally:
            if state.store is not None:
                state.store.close()
    _say(translate("selftest", "Self-test passed."))
    return 0
