"""The station's records, as SQLAlchemy 2 models.

Every record is sync-ready: a UUID key, ``updated_at`` from the hybrid logical clock
(:mod:`studio.store.hlc`), a ``deleted`` tombstone instead of a delete, and the station that
owns it. ``updated_at`` and the owner are filled in at flush time by :mod:`studio.store.db`,
so no caller can forget them.

Instants are aware UTC datetimes; weekly template times and calendar dates are the
station's local wall clock (Asia/Ho_Chi_Minh), because that is what a schedule means.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from studio.store.types import UtcDateTime, utcnow

# Stable constraint names so Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as plain strings (the enum's values) so PostgreSQL and SQLite agree and a
    # new member needs no ALTER TYPE.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class StationKind(enum.StrEnum):
    COMMUNE = "commune"
    PARENT = "parent"


class ZoneKind(enum.StrEnum):
    IP = "ip"  # IP loudspeaker cluster
    FM = "fm"  # village receivers behind an FM transmitter


class DeviceKind(enum.StrEnum):
    IP_SPEAKER = "ip_speaker"
    FM_CONTROLLER = "fm_controller"


class Transport(enum.StrEnum):
    MQTT = "mqtt"
    SERIAL = "serial"
    RTS_DTR = "rts_dtr"
    DTMF = "dtmf"
    NONE = "none"


class AssetKind(enum.StrEnum):
    SPEECH = "speech"
    JINGLE = "jingle"
    BED = "bed"
    MUSIC = "music"
    PROGRAMME = "programme"
    OTHER = "other"


class BulletinSource(enum.StrEnum):
    RECORDED = "recorded"
    TTS = "tts"
    IMPORTED = "imported"
    RECEIVED = "received"


class Priority(enum.StrEnum):
    """The three levels of the national rules; emergency plays at once, everywhere."""

    NORMAL = "normal"
    PRIORITY = "priority"
    EMERGENCY = "emergency"


class ApprovalStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class ItemKind(enum.StrEnum):
    BULLETIN = "bulletin"
    JINGLE = "jingle"
    ASSET = "asset"
    GAP = "gap"


class SlotContent(enum.StrEnum):
    PROGRAMME = "programme"
    BULLETIN = "bulletin"
    RELAY_STREAM = "relay_stream"
    RELAY_FM = "relay_fm"


class ExceptionAction(enum.StrEnum):
    CANCEL = "cancel"
    REPLACE = "replace"
    ADD = "add"


class PlayResult(enum.StrEnum):
    PLAYED = "played"
    PARTIAL = "partial"
    INTERRUPTED = "interrupted"
    FAILED = "failed"
    MISSED = "missed"


class PlaySource(enum.StrEnum):
    PC_PLAYOUT = "pc_playout"
    SPEAKER = "speaker"


class OutboxState(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class Synced:
    """Columns every replicated record carries."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    #: hybrid-logical-clock timestamp of the last change (see studio.store.hlc)
    updated_at: Mapped[int] = mapped_column(BigInteger, index=True)
    deleted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    @declared_attr
    @classmethod
    def station_id(cls) -> Mapped[uuid.UUID]:
        """The station that owns the record."""
        return mapped_column(Uuid, ForeignKey("stations.id"), index=True)


class Station(Synced, Base):
    """A commune station, or a parent station (district, or province since 2025)."""

    __tablename__ = "stations"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[StationKind] = mapped_column(_enum(StationKind), default=StationKind.COMMUNE)
    admin_code: Mapped[str | None] = mapped_column(String(16))  # mã đơn vị hành chính
    province: Mapped[str] = mapped_column(String(100), default="")
    parent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("stations.id"))


class Setting(Base):
    """This installation's settings (declared in studio.settings); not replicated."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Zone(Synced, Base):
    """A group of IP loudspeakers, or the village receivers of an FM transmitter."""

    __tablename__ = "zones"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ZoneKind] = mapped_column(_enum(ZoneKind), default=ZoneKind.IP)
    description: Mapped[str] = mapped_column(Text, default="")


class Device(Synced, Base):
    """An IP loudspeaker or an FM transmitter controller."""

    __tablename__ = "devices"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[DeviceKind] = mapped_column(_enum(DeviceKind))
    transport: Mapped[Transport] = mapped_column(_enum(Transport), default=Transport.MQTT)
    zone_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("zones.id"), index=True)
    #: MQTT client id, serial port name, …
    address: Mapped[str] = mapped_column(String(200), default="")
    #: where the secret lives (key store entry), never the secret itself
    credentials_ref: Mapped[str | None] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(default=True)


class AudioAsset(Synced, Base):
    """A sound file, known by the sha256 of its content, with its measurements."""

    __tablename__ = "audio_assets"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[AssetKind] = mapped_column(_enum(AssetKind), default=AssetKind.OTHER)
    title: Mapped[str] = mapped_column(String(300), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    duration_s: Mapped[float] = mapped_column(Float)
    sample_rate: Mapped[int] = mapped_column(Integer)
    channels: Mapped[int] = mapped_column(Integer)
    integrated_lufs: Mapped[float | None] = mapped_column(Float)
    loudness_range_lu: Mapped[float | None] = mapped_column(Float)
    true_peak_dbtp: Mapped[float | None] = mapped_column(Float)


class Bulletin(Synced, Base):
    """A piece of news or a notice, as text and (once produced) as audio."""

    __tablename__ = "bulletins"

    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[BulletinSource] = mapped_column(_enum(BulletinSource))
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    status: Mapped[ApprovalStatus] = mapped_column(
        _enum(ApprovalStatus), default=ApprovalStatus.DRAFT
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    approver: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    language: Mapped[str] = mapped_column(String(16), default="vi")
    asset_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("audio_assets.id"))


class Programme(Synced, Base):
    """An ordered run of items, mixed with jingles and a ducked music bed."""

    __tablename__ = "programmes"

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    bed_asset_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("audio_assets.id"))
    bed_gain_db: Mapped[float] = mapped_column(Float, default=-6.0)
    duck_db: Mapped[float] = mapped_column(Float, default=-12.0)
    duck_attack_ms: Mapped[float] = mapped_column(Float, default=300.0)
    duck_release_ms: Mapped[float] = mapped_column(Float, default=800.0)
    #: None: the station's loudness target
    target_lufs: Mapped[float | None] = mapped_column(Float)
    rendered_asset_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("audio_assets.id"))


class ProgrammeItem(Synced, Base):
    """One entry of a programme's running order, with its mix settings."""

    __tablename__ = "programme_items"
    __table_args__ = (Index("ix_programme_items_order", "programme_id", "position"),)

    programme_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("programmes.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind))
    bulletin_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("bulletins.id"))
    asset_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("audio_assets.id"))
    gain_db: Mapped[float] = mapped_column(Float, default=0.0)
    fade_in_s: Mapped[float] = mapped_column(Float, default=0.0)
    fade_out_s: Mapped[float] = mapped_column(Float, default=0.0)
    #: overlap with the previous item (crossfade), seconds
    crossfade_s: Mapped[float] = mapped_column(Float, default=0.0)
    #: silence before the item (or the whole item for a gap), seconds
    gap_s: Mapped[float] = mapped_column(Float, default=0.0)


class _SlotContent:
    """What a template slot or a dated exception puts on air."""

    #: minutes after local midnight
    start_minute: Mapped[int] = mapped_column(Integer)
    max_duration_s: Mapped[int] = mapped_column(Integer)
    #: zone ids (as strings) the slot plays on; None means every zone
    zone_ids: Mapped[list[str] | None] = mapped_column(JSON)
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    title: Mapped[str] = mapped_column(String(300), default="")
    stream_url: Mapped[str | None] = mapped_column(String(500))

    @declared_attr
    @classmethod
    def content(cls) -> Mapped[SlotContent | None]:
        return mapped_column(_enum(SlotContent))

    @declared_attr
    @classmethod
    def programme_id(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(Uuid, ForeignKey("programmes.id"))

    @declared_attr
    @classmethod
    def bulletin_id(cls) -> Mapped[uuid.UUID | None]:
        return mapped_column(Uuid, ForeignKey("bulletins.id"))


class Slot(Synced, _SlotContent, Base):
    """A slot of the weekly template."""

    __tablename__ = "slots"

    #: bit 0 = Monday … bit 6 = Sunday
    weekdays: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class ScheduleException(Synced, Base):
    """A dated change to the template: cancel or replace a slot, or add one."""

    __tablename__ = "schedule_exceptions"

    on_date: Mapped[date] = mapped_column(Date, index=True)
    action: Mapped[ExceptionAction] = mapped_column(_enum(ExceptionAction))
    slot_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("slots.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    # for replace / add; None keeps the slot's own value on replace
    start_minute: Mapped[int | None] = mapped_column(Integer)
    max_duration_s: Mapped[int | None] = mapped_column(Integer)
    zone_ids: Mapped[list[str] | None] = mapped_column(JSON)
    priority: Mapped[Priority | None] = mapped_column(_enum(Priority))
    title: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[SlotContent | None] = mapped_column(_enum(SlotContent))
    programme_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("programmes.id"))
    bulletin_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("bulletins.id"))
    stream_url: Mapped[str | None] = mapped_column(String(500))
    #: place in the slot's running order that day (lower plays first); None: by priority
    position: Mapped[int | None] = mapped_column(Integer)
    #: a calendar rule ("holiday:tet", "lunar:15/8", "lunar:15") applied from on_date on;
    #: None: on_date only
    recurrence: Mapped[str | None] = mapped_column(String(40))


class AsRunEntry(Synced, Base):
    """What actually went on air (PC playout or a loudspeaker's proof of play)."""

    __tablename__ = "as_run"

    started_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    result: Mapped[PlayResult] = mapped_column(_enum(PlayResult))
    source: Mapped[PlaySource] = mapped_column(_enum(PlaySource))
    zone_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("zones.id"))
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("devices.id"))
    slot_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("slots.id"))
    programme_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("programmes.id"))
    bulletin_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("bulletins.id"))
    asset_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("audio_assets.id"))
    #: the title as it was when played (records may change later)
    title: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class OutboxMessage(Synced, Base):
    """A message waiting to go to the broker, sent in order, exactly once in effect."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"),)

    #: order of sending within this station
    seq: Mapped[int] = mapped_column(BigInteger)
    #: idempotency key carried in the message, so a resend has no second effect
    message_id: Mapped[str] = mapped_column(String(64), unique=True)
    topic: Mapped[str] = mapped_column(String(300))
    payload: Mapped[bytes] = mapped_column()
    qos: Mapped[int] = mapped_column(Integer, default=1)
    retain: Mapped[bool] = mapped_column(default=False)
    state: Mapped[OutboxState] = mapped_column(_enum(OutboxState), default=OutboxState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Pronunciation(Synced, Base):
    """The operator's pronunciation dictionary: how a written form is to be spoken."""

    __tablename__ = "pronunciations"

    written: Mapped[str] = mapped_column(String(200), index=True)
    spoken: Mapped[str] = mapped_column(String(400))


#: the replicated tables, parents before children (the order sync applies them in)
SYNCED_MODELS: tuple[type[Synced], ...] = (
    Station,
    Zone,
    Device,
    AudioAsset,
    Bulletin,
    Programme,
    ProgrammeItem,
    Slot,
    ScheduleException,
    AsRunEntry,
    OutboxMessage,
    Pronunciation,
)


# --- station sync bookkeeping (kept by each installation, never replicated) ----------------


class SyncFieldVersion(Base):
    """The version of one field of one replicated record, as this station last knew it.

    ``value`` is the field's JSON form; ``hlc`` when it was written, by ``origin``; ``base``
    the version it replaced (what the writer had seen) — how a concurrent edit is told from
    one made on top of the other.
    """

    __tablename__ = "sync_field_versions"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    base: Mapped[int] = mapped_column(BigInteger, default=0)
    origin: Mapped[str] = mapped_column(String(64))


class SyncOutgoing(Base):
    """A signed change set for one peer station, kept until that station confirms it."""

    __tablename__ = "sync_outgoing"
    __table_args__ = (Index("ix_sync_outgoing_peer_seq", "peer", "seq"),)

    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    peer: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[bytes] = mapped_column()
    entries: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    #: the broker took it (None: not yet)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: the peer applied it (None: not yet confirmed)
    acked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SyncApplied(Base):
    """A change set already applied here: a second delivery of it changes nothing."""

    __tablename__ = "sync_applied"

    change_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    peer: Mapped[str] = mapped_column(String(64))
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncConflict(Base):
    """Two stations changed the same field without seeing each other's change."""

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(64))
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    mine_hlc: Mapped[int] = mapped_column(BigInteger)
    theirs_hlc: Mapped[int] = mapped_column(BigInteger)
    theirs_origin: Mapped[str] = mapped_column(String(64))
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: mine, theirs, or later (a newer edit of the field settled it)
    resolution: Mapped[str | None] = mapped_column(String(16))


class SyncLogEntry(Base):
    """What came in and went out, for the sync log screen."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    #: in, out, refused, conflict, error
    direction: Mapped[str] = mapped_column(String(16))
    peer: Mapped[str] = mapped_column(String(64), default="")
    change_id: Mapped[str] = mapped_column(String(64), default="")
    records: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(Text, default="")
