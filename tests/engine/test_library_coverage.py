"""The library covers what the guidelines ask for (issue: foundation, item 4)."""

import pytest

from bonesafe.engine.core import default_engine
from bonesafe.engine.vocab import ACTIVITIES

LIB = default_engine().library
MINIMUM = {
    "strength": 20,
    "posture": 6,
    "balance": 12,
    "aerobic_weight_bearing": 8,
    "aerobic_non_weight_bearing": 3,
    "impact": 4,
    "flexibility": 8,
    "warm_up": 3,
    "avoid": 10,
}
NEVER_OUTSIDE_AVOID = {"spinal_flexion", "loaded_spinal_flexion", "spinal_rotation", "high_impact"}


def test_there_are_at_least_seventy_exercises() -> None:
    assert len(LIB.exercises) >= 70


@pytest.mark.parametrize(("category", "minimum"), MINIMUM.items())
def test_each_category_has_its_minimum(category: str, minimum: int) -> None:
    assert len(LIB.in_category(category)) >= minimum


@pytest.mark.parametrize(
    "slug",
    [
        "bent_over_row_tubing",
        "bent_over_row_dumbbell",
        "bent_over_row_bench_supported",
        "seated_row_machine",
        "seated_row_band",
        "standing_row_band",
        "sit_to_stand",
        "squat_to_chair",
        "step_up",
        "hip_hinge",
        "heel_raise",
        "side_leg_raise",
        "tandem_walk",
        "single_leg_stance",
        "sit_up",
        "crunch",
        "toe_touch",
        "golf_swing",
        "jogging",
        "skipping_rope",
        "trampoline",
    ],
)
def test_the_named_exercises_exist(slug: str) -> None:
    assert slug in LIB.exercises


def test_the_mayo_rows_keep_one_set_of_twelve_to_fifteen() -> None:
    for slug in ("bent_over_row_tubing", "bent_over_row_dumbbell"):
        assert LIB.get(slug).dose.beginner.model_dump() == {"sets": 1, "reps": "12-15"}


def test_every_unsupported_balance_exercise_has_a_supported_variant() -> None:
    for ex in LIB.in_category("balance"):
        if "unsupported_balance" in ex.tags:
            easier = [LIB.get(s) for s in ex.regressions]
            assert any("unsupported_balance" not in e.tags and e.category == "balance" for e in easier), (
                ex.slug
            )


def test_only_avoid_exercises_bend_twist_or_jolt_the_spine() -> None:
    for ex in LIB.exercises.values():
        if ex.category != "avoid":
            assert not NEVER_OUTSIDE_AVOID & set(ex.tags), ex.slug


def test_no_stretch_rounds_or_twists_the_spine() -> None:
    for ex in LIB.in_category("flexibility"):
        assert not {"spinal_flexion", "spinal_rotation"} & set(ex.tags), ex.slug


def test_machines_need_a_weight_machine() -> None:
    for ex in LIB.exercises.values():
        if "machine" in ex.tags:
            assert "weight_machine" in ex.needs(), ex.slug


def test_every_activity_a_person_may_enjoy_maps_to_an_exercise() -> None:
    assert set(ACTIVITIES) <= set(LIB.by_activity)


def test_every_avoid_exercise_says_what_to_do_instead() -> None:
    for ex in LIB.in_category("avoid"):
        assert ex.cues and len(" ".join(ex.cues)) > 40, ex.slug


def test_short_days_always_have_a_short_enough_exercise_of_each_must_have_kind() -> None:
    assert min(e.minutes for e in LIB.in_category("strength")) <= 4
    assert min(e.minutes for e in LIB.in_category("balance") if "unsupported_balance" not in e.tags) <= 3
