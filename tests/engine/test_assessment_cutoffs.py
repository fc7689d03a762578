"""Every assessment rule at its published cut-off (clinical.md §3, §4, §5; CONTRACT tiers)."""

import datetime as dt
import json
from typing import Any

import pytest

from bonesafe.engine.core import default_engine
from bonesafe.engine.intake import parse_intake
from tests.strategies import PARQ

ENGINE = default_engine()
START = dt.date(2026, 12, 7)
ALL_NO = dict.fromkeys(PARQ, False)


def assess(**fields: Any) -> Any:
    raw = {"age": 70, "sex": "female", **fields}
    return ENGINE.assess(parse_intake(json.dumps(raw)), START)


def rules(reasons: list[dict[str, str]]) -> set[str]:
    return {r["rule"] for r in reasons}


def si(*yes_items: int) -> list[bool]:
    return [i + 1 in yes_items for i in range(12)]


@pytest.mark.parametrize(
    ("answers", "level"),
    [
        (si(3, 4, 5), "low"),  # score 3
        (si(3, 4, 5, 6), "elevated"),  # score 4
        (si(2, 3), "low"),  # 2 + 1 = 3
        (si(2, 3, 4), "elevated"),  # 2 + 1 + 1 = 4
        (si(1), "elevated"),  # a fall in the past year counts whatever the score
        (si(), "low"),
    ],
)
def test_stay_independent_scores_four_or_more_as_elevated(answers: list[bool], level: str) -> None:
    assert assess(stay_independent=answers).fall_risk == level


@pytest.mark.parametrize(("seconds", "level"), [(11.9, "low"), (12.0, "elevated"), (12, "elevated")])
def test_timed_up_and_go_of_twelve_seconds_or_more_is_elevated(seconds: float, level: str) -> None:
    a = assess(stay_independent=si(), tests={"tug_seconds": seconds})
    assert a.fall_risk == level
    assert ("R-FALL-03" in rules(a.fall_reasons)) == (level == "elevated")


@pytest.mark.parametrize(("seconds", "level"), [(9.9, "elevated"), (10, "low")])
def test_tandem_stance_under_ten_seconds_is_elevated(seconds: float, level: str) -> None:
    assert assess(stay_independent=si(), tests={"tandem_stance_seconds": seconds}).fall_risk == level


CHAIR_TABLE = [
    ((60, 64), 14, 12),
    ((65, 69), 12, 11),
    ((70, 74), 12, 10),
    ((75, 79), 11, 10),
    ((80, 84), 10, 9),
    ((85, 89), 8, 8),
    ((90, 94), 7, 4),
]
EDGES = [
    (age, sex, cutoff)
    for (lo, hi), men, women in CHAIR_TABLE
    for age in (lo, hi)
    for sex, cutoff in (("male", men), ("female", women))
]


@pytest.mark.parametrize(("age", "sex", "cutoff"), EDGES)
def test_chair_stand_below_the_cdc_norm_is_elevated_at_every_edge_of_the_table(
    age: int, sex: str, cutoff: int
) -> None:
    at = assess(age=age, sex=sex, stay_independent=si(), tests={"chair_stands_30s": cutoff})
    below = assess(age=age, sex=sex, stay_independent=si(), tests={"chair_stands_30s": cutoff - 1})
    assert (at.fall_risk, below.fall_risk) == ("low", "elevated")


def test_chair_stand_outside_the_table_uses_the_nearest_row() -> None:
    assert (
        assess(age=58, sex="male", stay_independent=si(), tests={"chair_stands_30s": 13}).fall_risk
        == "elevated"
    )
    assert (
        assess(age=97, sex="female", stay_independent=si(), tests={"chair_stands_30s": 4}).fall_risk == "low"
    )


def test_fall_risk_is_elevated_until_screened_and_asks_for_an_assessment() -> None:
    a = assess(tests={"tug_seconds": 8, "chair_stands_30s": 15})
    assert a.fall_risk == "elevated"
    assert "fall_risk_assessment" in a.suggested_tests


def test_three_normal_tests_without_the_questions_screen_as_low() -> None:
    a = assess(tests={"tug_seconds": 8, "chair_stands_30s": 15, "tandem_stance_seconds": 10})
    assert a.fall_risk == "low"
    assert "fall_risk_assessment" not in a.suggested_tests


def test_a_positive_screen_without_the_tests_suggests_them() -> None:
    assert "fall_risk_assessment" in assess(stay_independent=si(1)).suggested_tests


@pytest.mark.parametrize(
    ("cleared_on", "status"),
    [
        ("2025-12-07", "ready"),  # exactly 12 months before the start: still valid
        ("2025-12-06", "clearance_required"),  # 12 months and a day: expired
        ("2026-12-07", "ready"),  # the same day
        ("2026-12-08", "clearance_required"),  # after the plan starts: not usable
    ],
)
def test_clearance_is_valid_for_twelve_months(cleared_on: str, status: str) -> None:
    a = assess(parq={**ALL_NO, "heart_condition": True}, clearance={"cleared": True, "date": cleared_on})
    assert a.readiness == status


def test_all_seven_noes_mean_ready_without_clearance() -> None:
    assert assess(parq=ALL_NO).readiness == "ready"


@pytest.mark.parametrize("question", sorted(ALL_NO))
def test_any_yes_without_clearance_requires_clearance(question: str) -> None:
    a = assess(parq={**ALL_NO, question: True})
    assert a.readiness == "clearance_required"
    assert "R-CLEAR-01" in rules(a.readiness_reasons)


@pytest.mark.parametrize("question", sorted(ALL_NO))
def test_an_unanswered_question_counts_as_unknown(question: str) -> None:
    answers = {k: v for k, v in ALL_NO.items() if k != question}
    a = assess(parq=answers)
    assert a.readiness == "clearance_required"
    assert "readiness_questionnaire" in a.suggested_tests


def test_a_clearance_marked_not_cleared_does_not_count() -> None:
    a = assess(parq={**ALL_NO, "chest_pain": True}, clearance={"cleared": False, "date": "2026-11-01"})
    assert a.readiness == "clearance_required"


@pytest.mark.parametrize(
    "flag",
    [
        "new_severe_back_pain",
        "height_loss_recent",
        "chest_pain",
        "fainting",
        "new_numbness_or_weakness",
        "bladder_bowel_change",
        "fall_with_injury_recent",
    ],
)
def test_any_red_flag_stops_everything_even_when_cleared(flag: str) -> None:
    a = assess(parq=ALL_NO, red_flags=[flag], clearance={"cleared": True, "date": "2026-11-01"})
    assert a.readiness == "stop"


@pytest.mark.parametrize("flag", ["chest_pain", "fainting", "new_numbness_or_weakness"])
def test_heart_and_nerve_red_flags_say_to_call_emergency_services(flag: str) -> None:
    text = " ".join(r["text"] for r in assess(red_flags=[flag]).readiness_reasons)
    assert "emergency services" in text


@pytest.mark.parametrize(
    ("fields", "tier"),
    [
        ({"bone_density": {"t_score": -2.4}}, "general"),
        ({"bone_density": {"t_score": -2.5}}, "osteoporosis"),
        ({}, "osteoporosis"),  # unknown bone density is never good news
        (
            {"bone_density": {"t_score": -1.0}, "frax": {"major_osteoporotic_pct": 19.9, "hip_pct": 2.9}},
            "general",
        ),
        ({"bone_density": {"t_score": -1.0}, "frax": {"major_osteoporotic_pct": 20}}, "osteoporosis"),
        ({"bone_density": {"t_score": -1.0}, "frax": {"hip_pct": 3}}, "osteoporosis"),
        ({"bone_density": {"t_score": -1.0}, "fractures": [{"site": "wrist"}]}, "osteoporosis"),
        (
            {"bone_density": {"t_score": -1.0}, "fractures": [{"site": "wrist", "low_trauma": False}]},
            "general",
        ),
        ({"bone_density": {"t_score": -1.0}, "fractures": [{"site": "hip"}]}, "high"),
        ({"bone_density": {"t_score": -1.0}, "fractures": [{"site": "spine"}]}, "high"),
        (
            {"bone_density": {"t_score": -1.0}, "fractures": [{"site": "spine", "low_trauma": False}]},
            "general",
        ),
        ({"fractures": [{"site": "wrist"}, {"site": "rib"}]}, "high"),
        ({"fractures": [{"site": "spine"}, {"site": "spine"}]}, "very_high"),
        ({"fractures": [{"site": "spine"}], "kyphosis": True, "back_pain": 4}, "very_high"),
        ({"fractures": [{"site": "spine"}], "kyphosis": True, "back_pain": 3}, "high"),
        ({"fractures": [{"site": "spine"}], "kyphosis": False, "back_pain": 8}, "high"),
    ],
)
def test_fracture_risk_tiers_follow_the_contract_table(fields: dict[str, Any], tier: str) -> None:
    assert assess(**fields).tier == tier


def test_unknown_bone_density_suggests_a_scan() -> None:
    assert "bone_density_scan" in assess().suggested_tests
    assert "bone_density_scan" not in assess(bone_density={"t_score": -3}).suggested_tests


def test_very_high_tier_recommends_supervision_and_supervised_only_requires_it() -> None:
    very_high = {"fractures": [{"site": "spine"}, {"site": "spine"}]}
    assert assess(**very_high).supervision == "recommended"
    assert assess(**very_high, parq={**ALL_NO, "supervised_only": True}).supervision == "required"
    assert assess(bone_density={"t_score": -1}).supervision == "none"


def test_every_conclusion_carries_a_rule_and_a_source() -> None:
    a = assess(fractures=[{"site": "spine"}], stay_independent=si(1), parq={**ALL_NO, "chest_pain": True})
    for r in a.tier_reasons + a.fall_reasons + a.readiness_reasons:
        assert r["rule"].startswith("R-")
        assert r["source"] in ENGINE.library.sources
        assert "{" not in r["text"]
