"""The programme builder: a running order saved, rendered at the station's loudness, or
cancelled without leaving anything half-made."""

from __future__ import annotations

import numpy as np
import pytest

from PySide6.QtCore import Qt

from studio import settings
from studio.audio import codec, library
from studio.store import assets, bulletins, programmes, stations
from studio.store import settings as stored
from studio.store.models import AssetKind, Bulletin, ItemKind
from studio.store.stations import StationProfile

from studio.ui.programme_builder import ProgrammeBuilder
from studio.ui.tasks import InlineTaskRunner, TaskRunner

RATE = 48000


def sound(path, seconds, freq, level=0.3, seed=0):
    rng = np.random.default_rng(seed)
    t = np.arange(int(RATE * seconds)) / RATE
    # a tone with a syllable-like envelope, so it behaves like speech for loudness
    env = 0.55 + 0.45 * np.sin(2 * np.pi * 3.0 * t + rng.uniform(0, 6))
    codec.write(
        path, (level * env * np.sin(2 * np.pi * freq * t)).astype(np.float32)[:, None], RATE
    )
    return path


@pytest.fixture
def studio_with_sounds(store, tmp_path):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    stored.put(store, settings.LOUDNESS_TARGET, -18.0)
    jingle = library.import_file(store, sound(tmp_path / "hiệu.wav", 2, 660), AssetKind.JINGLE)
    library.import_file(store, sound(tmp_path / "nền.wav", 30, 220, 0.1), AssetKind.BED)
    for i, title in enumerate(["Tin sáng", "Tin chiều"]):
        b = bulletins.add_bulletin(store, title, "…")
        voice = library.import_file(store, sound(tmp_path / f"{i}.wav", 6, 300 + 50 * i, seed=i))
        with store.session() as s:
            s.get(Bulletin, b.id).asset_id = voice.asset.id
    return jingle.asset


def builder_for(qtbot, store, runner):
    b = ProgrammeBuilder(store, runner)
    qtbot.addWidget(b)
    b.show()
    b.reload()
    return b


def build(b, title):
    b.title.setText(title)
    b.intro.setCurrentIndex(1)
    b.outro.setCurrentIndex(1)
    b.bed.setCurrentIndex(1)
    for name in ("Tin chiều", "Tin sáng"):
        b.available.setCurrentItem(b.available.findItems(name, Qt.MatchFlag.MatchExactly)[0])
        b.add_selected()
    b.order.setCurrentRow(1)
    b.move(-1)  # "Tin sáng" first


def test_saved_in_order_and_rendered_at_the_station_loudness(
    qtbot, store, studio_with_sounds, vietnamese
):
    b = builder_for(qtbot, store, InlineTaskRunner())
    assert b.available.count() == 2, "bulletins with sound can be picked"
    build(b, "Thời sự sáng")
    b.render_button.click()

    programme = programmes.get_programme(store, "Thời sự sáng")
    items = programmes.programme_items(store, programme.id)
    titles = {x.id: x.title for x in bulletins.list_bulletins(store)}
    assert [i.kind for i in items] == [
        ItemKind.JINGLE,
        ItemKind.BULLETIN,
        ItemKind.BULLETIN,
        ItemKind.JINGLE,
    ]
    assert [titles.get(i.bulletin_id) for i in items[1:3]] == ["Tin sáng", "Tin chiều"]
    assert programme.bed_asset_id is not None

    with store.session() as s:
        rendered = s.get(type(programme), programme.id).rendered_asset_id
    (made,) = assets.list_assets(store, AssetKind.PROGRAMME)
    assert rendered == made.id
    assert made.integrated_lufs == pytest.approx(-18.0, abs=0.5)
    assert made.true_peak_dbtp <= -1.0 + 0.05
    assert 14.0 < made.duration_s < 17.0  # 2 + 6 + 6 + 2 s less the crossfades
    assert b.message.text().startswith("“Thời sự sáng” đã sẵn sàng:")


def test_a_programme_needs_something_to_play(qtbot, store, studio_with_sounds, vietnamese):
    b = builder_for(qtbot, store, InlineTaskRunner())
    b.title.setText("Trống")
    b.render_button.click()
    assert b.message.text() == "Chương trình cần có ít nhất một mục."
    assert programmes.list_programmes(store) == []


def test_cancel_leaves_no_rendered_sound(qtbot, store, studio_with_sounds, vietnamese, monkeypatch):
    import threading

    started = threading.Event()
    real = library.render_programme

    def slow(*a, **k):  # hold the render until the test has pressed Cancel
        started.set()
        k["cancel"].wait(10)
        return real(*a, **k)

    monkeypatch.setattr(library, "render_programme", slow)
    b = builder_for(qtbot, store, TaskRunner())
    build(b, "Bị hủy")
    b.render_button.click()
    assert started.wait(10)
    assert b.cancel_button.isVisible()
    b.cancel_button.click()
    qtbot.waitUntil(lambda: b.render_button.isEnabled(), timeout=20000)
    assert b.message.text() == "Đã hủy dựng; chương trình đã lưu nhưng chưa dựng."
    assert assets.list_assets(store, AssetKind.PROGRAMME) == []
    assert not any(p.name.startswith(".render-") for p in store.files_dir.iterdir())
