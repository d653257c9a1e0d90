"""Taking sound files into the station's library: stored once by content, measured, listed.

An operator drags in recordings from a phone, Zalo downloads, jingles from a USB stick; each
file is checked (it must decode and hold sound), copied into the content-addressed store
beside the database, measured (duration, loudness, true peak) and recorded as an
AudioAsset. A file the library already holds is recognised by its sha256 and not added twice.
"""

from __future__ import annotations

import tempfile
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from studio import settings
from studio.audio import codec, normalize, render, spec
from studio.audio.loudness import LoudnessMeter
from studio.blobs import BlobStore
from studio.errors import StudioError
from studio.store import Store, assets, bulletins, programmes
from studio.store import settings as stored
from studio.store.models import AssetKind, AudioAsset, Bulletin, BulletinSource, Priority, Programme


@dataclass(frozen=True)
class Imported:
    source: Path
    #: the new asset, or the existing one for a duplicate; None when the file was refused
    asset: AudioAsset | None
    #: the library already had this content
    duplicate: bool = False
    #: why the file was refused
    error: StudioError | None = None


def library(store: Store) -> BlobStore:
    """The station's audio store: ``audio/`` beside its database."""
    return BlobStore(store.files_dir / "audio")


def import_file(store: Store, path: Path, kind: AssetKind = AssetKind.OTHER) -> Imported:
    """Measure ``path`` and add it to the library, unless its content is already there.

    Raises AudioError for a file that is not usable sound (nothing is stored then).
    """
    path = Path(path)
    with codec.Reader(path) as reader:  # decoding all of it is the proof it is sound
        meter = LoudnessMeter(reader.sample_rate, reader.channels)
        frames = 0
        for block in reader:
            meter.add(block)
            frames += len(block)
        rate, channels = reader.sample_rate, reader.channels
    loud = meter.result()
    normalize.require_sound(loud, str(path))
    sha, _ = library(store).put_file(path)
    existing = assets.find_by_sha256(store, sha)
    if existing is not None:
        return Imported(path, existing, duplicate=True)
    asset = assets.add_asset(
        store,
        AudioAsset(
            sha256=sha,
            kind=kind,
            title=path.stem,
            file_name=path.name,
            duration_s=frames / rate,
            sample_rate=rate,
            channels=channels,
            integrated_lufs=loud.integrated_lufs,
            loudness_range_lu=loud.lra_lu,
            true_peak_dbtp=loud.true_peak_dbtp,
        ),
    )
    return Imported(path, asset, duplicate=False)


def add_sound_bulletin(
    store: Store,
    title: str,
    path: Path,
    *,
    text: str = "",
    author: str = "",
    priority: Priority = Priority.NORMAL,
    source: BulletinSource = BulletinSource.RECORDED,
) -> Bulletin:
    """A draft bulletin whose sound is ``path``, brought to the station's loudness target
    and true-peak ceiling (a quiet recording is not heard outdoors) and taken into the
    library as speech.

    The title is checked first, so a refused bulletin stores no sound either.
    """
    bulletins.check_title(title)
    target = normalize.Target(
        stored.get(store, settings.LOUDNESS_TARGET), stored.get(store, settings.TRUE_PEAK_CEILING)
    )
    # beside the library: the same disk, and cleaned up whatever happens
    with tempfile.TemporaryDirectory(dir=store.files_dir, prefix=".bulletin-") as tmp:
        level = Path(tmp) / f"{Path(path).stem}.wav"
        normalize.normalize_file(path, level, target)
        taken = import_file(store, level, AssetKind.SPEECH)
    bulletin = bulletins.add_bulletin(
        store, title, text, source=source, priority=priority, author=author
    )
    return bulletins.attach_audio(store, bulletin.id, taken.asset.id)


def import_files(
    store: Store,
    paths: Sequence[Path],
    kind: AssetKind = AssetKind.OTHER,
    progress: Callable[[float, str], None] | None = None,
) -> list[Imported]:
    """Import several files in order; an unusable file is reported and the rest go on."""
    done = []
    for i, path in enumerate(paths):
        if progress is not None:
            progress(i / len(paths), Path(path).name)
        try:
            done.append(import_file(store, Path(path), kind))
        except StudioError as exc:
            done.append(Imported(Path(path), None, error=exc))
    if progress is not None:
        progress(1.0, "")
    return done


def render_programme(
    store: Store,
    key: str | uuid.UUID,
    *,
    progress: Callable[[float, str], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[render.RenderResult, AudioAsset]:
    """Render a stored programme at the station's loudness into the library and record it as
    the programme's rendered sound. Cancelling leaves the library and the programme as they
    were."""
    order = programmes.running_order(store, key)
    programme = spec.from_store(
        order.programme,
        order.items,
        order.assets,
        library(store).path,
        bulletins=order.bulletins,
        target_lufs=stored.get(store, settings.LOUDNESS_TARGET),
        ceiling_dbtp=stored.get(store, settings.TRUE_PEAK_CEILING),
    )
    title = order.programme.title
    with tempfile.TemporaryDirectory(dir=store.files_dir, prefix=".render-") as tmp:
        result = render.render(
            programme,
            Path(tmp) / f"{title[:60] or 'programme'}.wav",
            progress=(lambda f: progress(0.95 * f, title)) if progress else None,
            cancel=cancel,
        )
        taken = import_file(store, result.path, AssetKind.PROGRAMME)
    with store.session() as s:
        s.get(Programme, order.programme.id).rendered_asset_id = taken.asset.id
    if progress is not None:
        progress(1.0, title)
    return result, taken.asset
