"""station store: stations, zones, devices, audio, bulletins, programmes, schedule, as-run, outbox

Revision ID: 0001
Revises:
Create Date: 2026-11-22 21:34:21.411305
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "stations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("commune", "parent", name="stationkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("admin_code", sa.String(length=16), nullable=True),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["stations.id"], name=op.f("fk_stations_parent_id_stations")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_stations_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stations")),
    )
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stations_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stations_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "audio_assets",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "speech",
                "jingle",
                "bed",
                "music",
                "programme",
                "other",
                name="assetkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("sample_rate", sa.Integer(), nullable=False),
        sa.Column("channels", sa.Integer(), nullable=False),
        sa.Column("integrated_lufs", sa.Float(), nullable=True),
        sa.Column("loudness_range_lu", sa.Float(), nullable=True),
        sa.Column("true_peak_dbtp", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_audio_assets_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audio_assets")),
    )
    with op.batch_alter_table("audio_assets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audio_assets_sha256"), ["sha256"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audio_assets_station_id"), ["station_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_audio_assets_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "outbox",
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("qos", sa.Integer(), nullable=False),
        sa.Column("retain", sa.Boolean(), nullable=False),
        sa.Column(
            "state",
            sa.Enum("pending", "sent", "failed", name="outboxstate", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_outbox_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbox_message_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_state_seq", ["state", "seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "zones",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("ip", "fm", name="zonekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_zones_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zones")),
    )
    with op.batch_alter_table("zones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_zones_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_zones_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "bulletins",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "recorded",
                "tts",
                "imported",
                "received",
                name="bulletinsource",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "normal", "priority", "emergency", name="priority", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("draft", "approved", name="approvalstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("approver", sa.String(length=200), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("asset_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["audio_assets.id"], name=op.f("fk_bulletins_asset_id_audio_assets")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_bulletins_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bulletins")),
    )
    with op.batch_alter_table("bulletins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bulletins_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bulletins_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "devices",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("ip_speaker", "fm_controller", name="devicekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "transport",
            sa.Enum(
                "mqtt",
                "serial",
                "rts_dtr",
                "dtmf",
                "none",
                name="transport",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("zone_id", sa.Uuid(), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("credentials_ref", sa.String(length=200), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_devices_station_id_stations")
        ),
        sa.ForeignKeyConstraint(["zone_id"], ["zones.id"], name=op.f("fk_devices_zone_id_zones")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_devices_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_devices_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_devices_zone_id"), ["zone_id"], unique=False)

    op.create_table(
        "programmes",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "priority",
            sa.Enum(
                "normal", "priority", "emergency", name="priority", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("bed_asset_id", sa.Uuid(), nullable=True),
        sa.Column("bed_gain_db", sa.Float(), nullable=False),
        sa.Column("duck_db", sa.Float(), nullable=False),
        sa.Column("duck_attack_ms", sa.Float(), nullable=False),
        sa.Column("duck_release_ms", sa.Float(), nullable=False),
        sa.Column("target_lufs", sa.Float(), nullable=True),
        sa.Column("rendered_asset_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bed_asset_id"],
            ["audio_assets.id"],
            name=op.f("fk_programmes_bed_asset_id_audio_assets"),
        ),
        sa.ForeignKeyConstraint(
            ["rendered_asset_id"],
            ["audio_assets.id"],
            name=op.f("fk_programmes_rendered_asset_id_audio_assets"),
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_programmes_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programmes")),
    )
    with op.batch_alter_table("programmes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programmes_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_programmes_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "programme_items",
        sa.Column("programme_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "bulletin", "jingle", "asset", "gap", name="itemkind", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("bulletin_id", sa.Uuid(), nullable=True),
        sa.Column("asset_id", sa.Uuid(), nullable=True),
        sa.Column("gain_db", sa.Float(), nullable=False),
        sa.Column("fade_in_s", sa.Float(), nullable=False),
        sa.Column("fade_out_s", sa.Float(), nullable=False),
        sa.Column("crossfade_s", sa.Float(), nullable=False),
        sa.Column("gap_s", sa.Float(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["audio_assets.id"], name=op.f("fk_programme_items_asset_id_audio_assets")
        ),
        sa.ForeignKeyConstraint(
            ["bulletin_id"], ["bulletins.id"], name=op.f("fk_programme_items_bulletin_id_bulletins")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_programme_items_programme_id_programmes"),
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_programme_items_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_items")),
    )
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_programme_items_order", ["programme_id", "position"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_items_station_id"), ["station_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_programme_items_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "slots",
        sa.Column("weekdays", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("max_duration_s", sa.Integer(), nullable=False),
        sa.Column("zone_ids", sa.JSON(), nullable=True),
        sa.Column(
            "priority",
            sa.Enum(
                "normal", "priority", "emergency", name="priority", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("stream_url", sa.String(length=500), nullable=True),
        sa.Column(
            "content",
            sa.Enum(
                "programme",
                "bulletin",
                "relay_stream",
                "relay_fm",
                name="slotcontent",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("bulletin_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["bulletin_id"], ["bulletins.id"], name=op.f("fk_slots_bulletin_id_bulletins")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programmes.id"], name=op.f("fk_slots_programme_id_programmes")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_slots_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slots")),
    )
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slots_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_slots_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "as_run",
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "result",
            sa.Enum(
                "played",
                "partial",
                "interrupted",
                "failed",
                "missed",
                name="playresult",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum("pc_playout", "speaker", name="playsource", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("zone_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("slot_id", sa.Uuid(), nullable=True),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("bulletin_id", sa.Uuid(), nullable=True),
        sa.Column("asset_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["audio_assets.id"], name=op.f("fk_as_run_asset_id_audio_assets")
        ),
        sa.ForeignKeyConstraint(
            ["bulletin_id"], ["bulletins.id"], name=op.f("fk_as_run_bulletin_id_bulletins")
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_as_run_device_id_devices")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programmes.id"], name=op.f("fk_as_run_programme_id_programmes")
        ),
        sa.ForeignKeyConstraint(["slot_id"], ["slots.id"], name=op.f("fk_as_run_slot_id_slots")),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_as_run_station_id_stations")
        ),
        sa.ForeignKeyConstraint(["zone_id"], ["zones.id"], name=op.f("fk_as_run_zone_id_zones")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_as_run")),
    )
    with op.batch_alter_table("as_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_as_run_started_at"), ["started_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_as_run_station_id"), ["station_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_as_run_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "schedule_exceptions",
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "cancel", "replace", "add", name="exceptionaction", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("slot_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("max_duration_s", sa.Integer(), nullable=True),
        sa.Column("zone_ids", sa.JSON(), nullable=True),
        sa.Column(
            "priority",
            sa.Enum(
                "normal", "priority", "emergency", name="priority", native_enum=False, length=24
            ),
            nullable=True,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "content",
            sa.Enum(
                "programme",
                "bulletin",
                "relay_stream",
                "relay_fm",
                name="slotcontent",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("bulletin_id", sa.Uuid(), nullable=True),
        sa.Column("stream_url", sa.String(length=500), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bulletin_id"],
            ["bulletins.id"],
            name=op.f("fk_schedule_exceptions_bulletin_id_bulletins"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_schedule_exceptions_programme_id_programmes"),
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_schedule_exceptions_slot_id_slots")
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["stations.id"], name=op.f("fk_schedule_exceptions_station_id_stations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_exceptions")),
    )
    with op.batch_alter_table("schedule_exceptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_schedule_exceptions_on_date"), ["on_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_schedule_exceptions_station_id"), ["station_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_schedule_exceptions_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("schedule_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedule_exceptions_updated_at"))
        batch_op.drop_index(batch_op.f("ix_schedule_exceptions_station_id"))
        batch_op.drop_index(batch_op.f("ix_schedule_exceptions_on_date"))

    op.drop_table("schedule_exceptions")
    with op.batch_alter_table("as_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_as_run_updated_at"))
        batch_op.drop_index(batch_op.f("ix_as_run_station_id"))
        batch_op.drop_index(batch_op.f("ix_as_run_started_at"))

    op.drop_table("as_run")
    with op.batch_alter_table("slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slots_updated_at"))
        batch_op.drop_index(batch_op.f("ix_slots_station_id"))

    op.drop_table("slots")
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_items_updated_at"))
        batch_op.drop_index(batch_op.f("ix_programme_items_station_id"))
        batch_op.drop_index("ix_programme_items_order")

    op.drop_table("programme_items")
    with op.batch_alter_table("programmes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programmes_updated_at"))
        batch_op.drop_index(batch_op.f("ix_programmes_station_id"))

    op.drop_table("programmes")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_devices_zone_id"))
        batch_op.drop_index(batch_op.f("ix_devices_updated_at"))
        batch_op.drop_index(batch_op.f("ix_devices_station_id"))

    op.drop_table("devices")
    with op.batch_alter_table("bulletins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bulletins_updated_at"))
        batch_op.drop_index(batch_op.f("ix_bulletins_station_id"))

    op.drop_table("bulletins")
    with op.batch_alter_table("zones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_zones_updated_at"))
        batch_op.drop_index(batch_op.f("ix_zones_station_id"))

    op.drop_table("zones")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_updated_at"))
        batch_op.drop_index(batch_op.f("ix_outbox_station_id"))
        batch_op.drop_index("ix_outbox_state_seq")

    op.drop_table("outbox")
    with op.batch_alter_table("audio_assets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audio_assets_updated_at"))
        batch_op.drop_index(batch_op.f("ix_audio_assets_station_id"))
        batch_op.drop_index(batch_op.f("ix_audio_assets_sha256"))

    op.drop_table("audio_assets")
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stations_updated_at"))
        batch_op.drop_index(batch_op.f("ix_stations_station_id"))

    op.drop_table("stations")
    op.drop_table("settings")
