"""Plain facts read off an intake once, for the rules to look at.

Missing information stays missing (None), so that rules can treat it as unknown rather than
as good news. The plan's start date stands in for "today": the engine never reads a clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bonesafe.engine.intake import Intake, Parq

PARQ_QUESTIONS: dict[str, str] = {
    "heart_condition": "a heart condition or high blood pressure",
    "chest_pain": "chest pain at rest, in daily life or when active",
    "dizziness_or_fainting": "losing balance from dizziness, or fainting in the last 12 months",
    "other_chronic_condition": "another long-term medical condition",
    "prescribed_medication": "medicine prescribed for a long-term condition",
    "bone_joint_problem": "a bone, joint or muscle problem that activity could make worse",
    "supervised_only": "a doctor's advice to exercise only under medical supervision",
}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Facts:
    age: int
    sex: str
    start: dt.date
    t_score: float | None
    frax_major: float | None
    frax_hip: float | None
    low_trauma: tuple[str, ...]
    other_trauma: tuple[str, ...]
    kyphosis: bool | None
    back_pain: int | None
    stay_independent: tuple[bool, ...] | None
    tug: float | None
    chair_stands: int | None
    tandem: float | None
    parq_yes: tuple[str, ...]
    parq_unknown: tuple[str, ...]
    red_flags: tuple[str, ...]
    clearance: str
    """none | not_cleared | undated | future | expired | valid"""
    clearance_date: dt.date | None
    clearance_until: dt.date | None
    activity_level: str | None

    @property
    def clearance_valid(self) -> bool:
        return self.clearance == "valid"

    def count(self, sites: tuple[str, ...] | None) -> int:
        return sum(1 for s in self.low_trauma if sites is None or s in sites)


def _parq(parq: Parq | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if parq is None:
        return (), tuple(PARQ_QUESTIONS)
    answers = [(k, getattr(parq, k)) for k in PARQ_QUESTIONS]
    return tuple(k for k, v in answers if v is True), tuple(k for k, v in answers if v is None)


def _clearance(intake: Intake, start: dt.date) -> tuple[str, dt.date | None]:
    clearance = intake.clearance
    if clearance is None:
        return "none", None
    if not clearance.cleared:
        return "not_cleared", None
    if clearance.date is None:
        return "undated", None
    until = add_months(clearance.date, 12)
    if clearance.date > start:
        return "future", until
    return ("valid" if start <= until else "expired"), until


def facts_of(intake: Intake, start: dt.date) -> Facts:
    bd, frax, tests = intake.bone_density, intake.frax, intake.tests
    yes, unknown = _parq(intake.parq)
    clearance, until = _clearance(intake, start)
    return Facts(
        age=intake.age,
        sex=intake.sex,
        start=start,
        t_score=bd.t_score if bd else None,
        frax_major=frax.major_osteoporotic_pct if frax else None,
        frax_hip=frax.hip_pct if frax else None,
        low_trauma=tuple(f.site for f in intake.fractures if f.low_trauma),
        other_trauma=tuple(f.site for f in intake.fractures if not f.low_trauma),
        kyphosis=intake.kyphosis,
        back_pain=intake.back_pain,
        stay_independent=tuple(intake.stay_independent) if intake.stay_independent else None,
        tug=tests.tug_seconds if tests else None,
        chair_stands=tests.chair_stands_30s if tests else None,
        tandem=tests.tandem_stance_seconds if tests else None,
        parq_yes=yes,
        parq_unknown=unknown,
        red_flags=tuple(dict.fromkeys(intake.red_flags)),
        clearance=clearance,
        clearance_date=intake.clearance.date if intake.clearance else None,
        clearance_until=until,
        activity_level=intake.activity_level,
    )
