"""Checks: each problem an operator must see, with its explanation and the records involved."""

from __future__ import annotations

import pytest

from studio.schedule.checks import ProblemKind, Severity, check
from studio.schedule.template import Content
from studio.store.models import ExceptionAction, Priority, SlotContent
from tests.schedule.build import (
    MONDAY,
    ZONE_A,
    ZONES,
    book,
    bulletin,
    exception,
    programme,
    slot,
)

NEWS = programme("Thời sự sáng", 25 * 60)
LONG = programme("Chuyên đề nông thôn mới", 40 * 60)
SILENT = programme("Chương trình chưa dựng", None)
DRAFT = bulletin("Thông báo họp dân", 120, approved=False)
CARRIER = programme("Bản tin tổng hợp", 600, unapproved=("Thông báo họp dân",))
STORM = bulletin("Tin bão số 9", 180)

FM = Content(SlotContent.RELAY_FM)
A = slot("05:30", 30, NEWS, title="Buổi sáng")

CASES = {
    "overlap": (
        [A, slot("05:45", 30, NEWS, title="Tiếp sóng")],
        [],
        ProblemKind.OVERLAP,
        Severity.ERROR,
        "“Buổi sáng” (05:30–06:00) and “Tiếp sóng” (05:45–06:15) overlap by 15:00; "
        "“Tiếp sóng” loses that time.",
    ),
    "too long": (
        [slot("05:30", 30, LONG, title="Buổi sáng")],
        [],
        ProblemKind.CONTENT_TOO_LONG,
        Severity.ERROR,
        "“Chuyên đề nông thôn mới” lasts 40:00 but only 30:00 is left for it in “Buổi sáng” "
        "(05:30–06:00); its last 10:00 will be cut at 06:00.",
    ),
    "session": (
        [slot("05:30", 30, FM), slot("06:00", 20, FM), slot("06:20", 10, STORM)],
        [],
        ProblemKind.SESSION_TOO_LONG,
        Severity.WARNING,
        "the session 05:30–06:23 lasts 53:00, longer than the station's limit of 45 minutes.",
    ),
    "missing audio": (
        [slot("05:30", 30, SILENT, title="Buổi sáng")],
        [],
        ProblemKind.MISSING_AUDIO,
        Severity.ERROR,
        "“Chương trình chưa dựng” in “Buổi sáng” (05:30–06:00) has no audio yet.",
    ),
    "empty slot": (
        [slot("05:30", 30, None, title="Buổi sáng")],
        [],
        ProblemKind.MISSING_AUDIO,
        Severity.ERROR,
        "“Buổi sáng” (05:30–06:00) has nothing to play.",
    ),
    "unapproved bulletin": (
        [slot("05:30", 30, DRAFT, title="Buổi sáng")],
        [],
        ProblemKind.UNAPPROVED,
        Severity.ERROR,
        "is not approved for broadcast: “Thông báo họp dân”.",
    ),
    "programme carrying an unapproved bulletin": (
        [slot("05:30", 30, CARRIER, title="Buổi sáng")],
        [],
        ProblemKind.UNAPPROVED,
        Severity.ERROR,
        "“Bản tin tổng hợp” in “Buổi sáng” (05:30–06:00) is not approved for broadcast: "
        "“Thông báo họp dân”.",
    ),
    "midnight": (
        [slot("23:30", 60, None, title="Đêm")],
        [],
        ProblemKind.CROSSES_MIDNIGHT,
        Severity.WARNING,
        "“Đêm” starts at 23:30 and may run 1:00:00, past midnight (until 00:30 the next day)",
    ),
    "emergency": (
        [A, slot("05:40", 5, STORM, priority=Priority.EMERGENCY, title="Khẩn cấp")],
        [],
        ProblemKind.EMERGENCY_OVERRIDE,
        Severity.WARNING,
        "the emergency broadcast “Khẩn cấp” (05:40–05:45) takes 5:00 from “Buổi sáng” "
        "(05:30–06:00).",
    ),
    "insert into a cancelled slot": (
        [A],
        [
            exception(ExceptionAction.CANCEL, slot_id=A.id),
            exception(ExceptionAction.ADD, slot_id=A.id, content=STORM),
        ],
        ProblemKind.NOT_PLACED,
        Severity.WARNING,
        "“Tin bão số 9” was put in a slot that does not run that day, so it will not play.",
    ),
}


@pytest.mark.parametrize("slots, exceptions, kind, severity, text", CASES.values(), ids=CASES)
def test_each_problem_is_found_and_explained(slots, exceptions, kind, severity, text):
    library = [NEWS, LONG, SILENT, DRAFT, CARRIER, STORM]
    problems = check(book(slots, exceptions, library=library), MONDAY, 1)
    found = [p for p in problems if p.kind == kind]
    assert found, [p.text() for p in problems]
    assert found[0].severity == severity
    assert text in found[0].text()


def test_a_clean_schedule_has_no_problems():
    assert check(book([A], library=[NEWS]), MONDAY, 7) == []


def test_the_same_problem_on_many_days_and_zones_is_reported_once():
    problems = check(book([slot("05:30", 30, LONG)], library=[LONG]), MONDAY, 7)
    assert len(problems) == 1
    (p,) = problems
    assert len(p.dates) == 7 and set(p.zone_ids) == set(ZONES)
    assert p.params["zone"] == "Thôn Bản Chang, Thôn Nà Lạ"
    assert p.text().startswith("23/11/2026")


def test_zones_without_devices_and_stations_without_zones():
    quiet = check(book([A], library=[NEWS], devices={ZONE_A: 1}), MONDAY, 1)
    assert [p.params for p in quiet if p.kind == ProblemKind.ZONE_WITHOUT_DEVICE] == [
        {"zone": "Thôn Bản Chang"}
    ]
    nowhere = check(book([A], library=[NEWS], zones={}), MONDAY, 1)
    assert [p.kind for p in nowhere] == [ProblemKind.ZONE_WITHOUT_DEVICE]


def test_session_limit_comes_from_the_station_rule():
    long_session = book([slot("05:30", 30, NEWS), slot("05:55", 20, NEWS)], library=[NEWS])
    kinds = lambda limit: {  # noqa: E731
        p.kind for p in check(long_session, MONDAY, 1, max_session_min=limit)
    }
    assert ProblemKind.SESSION_TOO_LONG in kinds(15)
    assert ProblemKind.SESSION_TOO_LONG not in kinds(45)


def test_problems_are_structured_for_the_editor():
    (p,) = check(book([slot("05:30", 30, LONG, title="S")], library=[LONG]), MONDAY, 1)
    data = p.to_json()
    assert data["kind"] == "content_too_long" and data["severity"] == "error"
    assert data["programme_id"] == str(LONG.id)
    assert data["params"]["cut"] == "10:00"
    assert "{cut}" in data["message"], "the message stays a translatable source with placeholders"
    assert p.text(lambda ctx, text: "Cắt {cut} lúc {cut_at}") == "Cắt 10:00 lúc 06:00"
