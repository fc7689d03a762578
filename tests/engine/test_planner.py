"""How the week is built: doses, tastes, variety, time and the rulebook behind it."""

import datetime as dt
import json
from typing import Any

import pytest

from bonesafe.engine.core import default_engine
from bonesafe.engine.intake import parse_intake
from tests.strategies import PARQ

ENGINE = default_engine()
START = dt.date(2026, 12, 7)
CLEARED = {"parq": dict.fromkeys(PARQ, False)}
STEADY = {"stay_independent": [False] * 12}


def plan(**fields: Any) -> dict[str, Any]:
    raw = {"age": 66, "sex": "female", "bone_density": {"t_score": -2.8}, **CLEARED, **fields}
    return ENGINE.plan(parse_intake(json.dumps(raw)), START)


def items(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for d in p["week"] for i in d["items"]]


def planned(p: dict[str, Any]) -> set[str]:
    return {i["exercise"] for i in items(p)}


def test_every_contract_invariant_is_a_rule_in_the_rulebook() -> None:
    kept = {r.invariant for r in ENGINE.rulebook.rules if r.invariant}
    assert kept == set(range(1, 11))


@pytest.mark.parametrize("activity", ["walking", "dancing", "gardening", "tai_chi", "nordic_walking"])
def test_an_enjoyed_activity_that_is_allowed_appears(activity: str) -> None:
    p = plan(**STEADY, preferences={"enjoys": [activity], "days_per_week": 5, "minutes_per_day": 45})
    options = set(ENGINE.library.by_activity[activity])
    assert options & planned(p)
    enjoyed = [i for i in items(p) if i["exercise"] in options]
    assert any(r["rule"] == "R-PLAN-12" for r in enjoyed[0]["why"])


def test_swimming_comes_on_top_of_weight_bearing_work_never_instead() -> None:
    p = plan(**STEADY, preferences={"enjoys": ["swimming"], "days_per_week": 5, "minutes_per_day": 45})
    categories = [i["category"] for i in items(p)]
    assert "aerobic_non_weight_bearing" in categories
    weight_bearing = sum(i["minutes"] for i in items(p) if i["category"] == "aerobic_weight_bearing")
    swimming = sum(i["minutes"] for i in items(p) if i["category"] == "aerobic_non_weight_bearing")
    assert weight_bearing > swimming


def test_a_pool_activity_is_not_planned_for_someone_who_did_not_ask_for_it() -> None:
    p = plan(preferences={"enjoys": ["walking"]})
    assert not {"swimming", "water_aerobics"} & planned(p)
    assert any(e["exercise"] == "swimming" and e["rule"] == "R-ACCESS-01" for e in p["excluded"])


def test_golf_is_excluded_with_its_rule_and_source_for_osteoporosis() -> None:
    p = plan(preferences={"enjoys": ["golf"]})
    reasons = {(e["rule"], e["source"]) for e in p["excluded"] if e["exercise"] == "golf_swing"}
    assert ("R-TWIST-01", "MAYO-2025") in reasons
    assert "golf_swing" not in planned(p)


def test_beginners_start_at_one_set_of_twelve_to_fifteen() -> None:
    p = plan(activity_level="sedentary", preferences={"equipment": ["resistance_band", "chair", "wall"]})
    strength = [i for i in items(p) if i["category"] == "strength"]
    assert strength
    assert all(i["dose"] == {"sets": 1, "reps": "12-15"} for i in strength)


def test_strength_starts_with_the_upper_back_when_the_equipment_allows() -> None:
    p = plan(preferences={"equipment": ["resistance_band", "chair", "wall"]})
    first_strength = [
        next(i for i in d["items"] if i["category"] == "strength")
        for d in p["week"]
        if any(i["category"] == "strength" for i in d["items"])
    ]
    library = ENGINE.library.exercises
    assert all(library[i["exercise"]].region == "upper_back" for i in first_strength)


def test_exercises_vary_across_the_week() -> None:
    p = plan(
        **STEADY,
        preferences={
            "equipment": ["resistance_band", "dumbbells", "chair", "wall", "counter"],
            "days_per_week": 6,
            "minutes_per_day": 45,
        },
    )
    by_day = [{i["exercise"] for i in d["items"] if i["category"] == "strength"} for d in p["week"]]
    strength_days = [s for s in by_day if s]
    assert len(strength_days) >= 2
    assert strength_days[0] != strength_days[1]


def test_high_tiers_do_back_extensor_work_on_every_exercise_day() -> None:
    p = plan(fractures=[{"site": "spine"}], preferences={"days_per_week": 4, "minutes_per_day": 30})
    active = [d for d in p["week"] if d["items"]]
    assert all(any(i["category"] == "posture" for i in d["items"]) for d in active)


def test_high_tiers_walk_no_harder_than_brisk_walking() -> None:
    p = plan(
        fractures=[{"site": "hip"}],
        preferences={"enjoys": ["stair_climbing"], "equipment": ["stairs", "chair"]},
    )
    assert "stair_climbing" not in planned(p)
    assert any(e["exercise"] == "stair_climbing" and e["rule"] == "R-AERO-01" for e in p["excluded"])


def test_moderate_impact_needs_clearance_and_low_fall_risk_for_osteoporosis() -> None:
    steady = plan(**STEADY, clearance={"cleared": True, "date": "2026-10-01"})
    unsure = plan(clearance={"cleared": True, "date": "2026-10-01"})
    assert steady["totals"]["impact_days"] > 0
    assert unsure["totals"]["impact_days"] == 0


def test_short_days_keep_strength_and_balance_and_say_what_is_missing() -> None:
    p = plan(preferences={"days_per_week": 2, "minutes_per_day": 10})
    assert p["totals"]["strength_days"] == 2
    assert all(any(i["category"] == "balance" for i in d["items"]) for d in p["week"] if d["items"])
    assert any("150 minutes" in s for s in p["totals"]["shortfalls"])


def test_one_day_a_week_asks_for_a_second_strength_day() -> None:
    p = plan(preferences={"days_per_week": 1})
    assert p["totals"]["strength_days"] == 1
    assert any(s.startswith("Strength training fits on 1 day") for s in p["totals"]["shortfalls"])


def test_no_support_to_hold_is_said_when_balance_cannot_be_planned() -> None:
    p = plan(preferences={"equipment": []})
    assert any("something steady to hold" in s for s in p["totals"]["shortfalls"])


def test_a_stop_plan_lists_no_items_and_says_why() -> None:
    p = plan(red_flags=["chest_pain"])
    assert items(p) == []
    assert p["totals"]["shortfalls"] == [
        "No exercise is planned until a clinician has checked the symptoms you reported."
    ]


def test_a_plan_starting_midweek_keeps_weekdays_and_dates_together() -> None:
    raw = {"age": 70, "sex": "female"}
    p = ENGINE.plan(parse_intake(json.dumps(raw)), dt.date(2026, 12, 9))
    assert [d["day"] for d in p["week"]] == [3, 4, 5, 6, 7, 1, 2]
    assert p["week"][0]["date"] == "2026-12-09"
