"""Translated names for the store's enumerations, as shown in tables and forms."""

from __future__ import annotations

from enum import Enum

from studio.i18n import translate
from studio.store.models import (
    ApprovalStatus,
    AssetKind,
    DeviceKind,
    PlayResult,
    Priority,
    StationKind,
    Transport,
    ZoneKind,
)

# Functions, not a dict of strings: the text must be looked up in the language of the
# moment, and lupdate needs each literal in a translate() call.
_LABELS = {
    StationKind.COMMUNE: lambda: translate("labels", "Commune station"),
    StationKind.PARENT: lambda: translate("labels", "Parent station (district or province)"),
    ZoneKind.IP: lambda: translate("labels", "IP loudspeakers"),
    ZoneKind.FM: lambda: translate("labels", "FM receivers"),
    DeviceKind.IP_SPEAKER: lambda: translate("labels", "IP loudspeaker"),
    DeviceKind.FM_CONTROLLER: lambda: translate("labels", "FM transmitter controller"),
    Transport.MQTT: lambda: translate("labels", "MQTT (3G/4G, internet)"),
    Transport.SERIAL: lambda: translate("labels", "Serial port"),
    Transport.RTS_DTR: lambda: translate("labels", "RTS/DTR keying"),
    Transport.DTMF: lambda: translate("labels", "DTMF tones"),
    Transport.NONE: lambda: translate("labels", "Manual"),
    Priority.NORMAL: lambda: translate("labels", "Normal"),
    Priority.PRIORITY: lambda: translate("labels", "Priority"),
    Priority.EMERGENCY: lambda: translate("labels", "Emergency"),
    ApprovalStatus.DRAFT: lambda: translate("labels", "Draft"),
    ApprovalStatus.APPROVED: lambda: translate("labels", "Approved"),
    AssetKind.SPEECH: lambda: translate("labels", "Speech"),
    AssetKind.JINGLE: lambda: translate("labels", "Jingle"),
    AssetKind.BED: lambda: translate("labels", "Music bed"),
    AssetKind.MUSIC: lambda: translate("labels", "Music"),
    AssetKind.PROGRAMME: lambda: translate("labels", "Programme"),
    AssetKind.OTHER: lambda: translate("labels", "Other sound"),
    PlayResult.PLAYED: lambda: translate("labels", "Played"),
    PlayResult.PARTIAL: lambda: translate("labels", "Partly played"),
    PlayResult.INTERRUPTED: lambda: translate("labels", "Interrupted"),
    PlayResult.FAILED: lambda: translate("labels", "Failed"),
    PlayResult.MISSED: lambda: translate("labels", "Missed"),
}

WEEKDAYS = (
    lambda: translate("labels", "Mon"),
    lambda: translate("labels", "Tue"),
    lambda: translate("labels", "Wed"),
    lambda: translate("labels", "Thu"),
    lambda: translate("labels", "Fri"),
    lambda: translate("labels", "Sat"),
    lambda: translate("labels", "Sun"),
)


def label(value: Enum) -> str:
    return _LABELS[value]()


def weekdays(mask: int) -> str:
    if mask & 0b111_1111 == 0b111_1111:
        return translate("labels", "Every day")
    return ", ".join(name() for bit, name in enumerate(WEEKDAYS) if mask & (1 << bit))
