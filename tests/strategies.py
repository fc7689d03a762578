"""Hypothesis strategies: intakes as JSON-ready dicts covering every field of the contract."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from bonesafe.engine.vocab import ACTIVITIES, EQUIPMENT

START = dt.date(2026, 12, 7)
SITES = ["spine", "hip", "wrist", "humerus", "pelvis", "rib", "ankle", "other"]
FLAGS = [
    "new_severe_back_pain",
    "height_loss_recent",
    "chest_pain",
    "fainting",
    "new_numbness_or_weakness",
    "bladder_bowel_change",
    "fall_with_injury_recent",
]
PARQ = [
    "heart_condition",
    "chest_pain",
    "dizziness_or_fainting",
    "other_chronic_condition",
    "prescribed_medication",
    "bone_joint_problem",
    "supervised_only",
]


def dates(lo: dt.date = dt.date(2023, 1, 1), hi: dt.date = dt.date(2027, 6, 1)) -> st.SearchStrategy[str]:
    return st.dates(lo, hi).map(dt.date.isoformat)


def optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


def numbers(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.one_of(
        st.integers(int(lo), int(hi)), st.floats(lo, hi, allow_nan=False).map(lambda x: round(x, 1))
    )


intakes: st.SearchStrategy[dict[str, Any]] = st.builds(
    lambda base, extra: {**base, **extra},
    st.fixed_dictionaries({"age": st.integers(18, 120), "sex": st.sampled_from(["female", "male"])}),
    optional(
        bone_density=optional(
            t_score=numbers(-6, 4),
            site=st.sampled_from(["lumbar_spine", "total_hip", "femoral_neck", "forearm"]),
            date=dates(),
        ),
        frax=optional(major_osteoporotic_pct=numbers(0, 60), hip_pct=numbers(0, 20)),
        fractures=st.lists(
            st.fixed_dictionaries(
                {"site": st.sampled_from(SITES)},
                optional={"year": st.integers(1990, 2026), "low_trauma": st.booleans()},
            ),
            max_size=4,
        ),
        kyphosis=st.booleans(),
        back_pain=st.integers(0, 10),
        stay_independent=st.lists(st.booleans(), min_size=12, max_size=12),
        tests=optional(
            tug_seconds=numbers(4, 30),
            chair_stands_30s=st.integers(0, 25),
            tandem_stance_seconds=numbers(0, 30),
        ),
        parq=optional(**{q: st.booleans() for q in PARQ}),
        red_flags=st.lists(st.sampled_from(FLAGS), max_size=2),
        clearance=st.fixed_dictionaries({"cleared": st.booleans()}, optional={"date": dates()}),
        activity_level=st.sampled_from(["sedentary", "light", "moderate", "vigorous"]),
        preferences=optional(
            enjoys=st.lists(st.sampled_from(ACTIVITIES), max_size=4, unique=True),
            equipment=st.lists(st.sampled_from(EQUIPMENT), max_size=6, unique=True),
            days_per_week=st.integers(1, 7),
            minutes_per_day=st.integers(10, 180),
        ),
    ),
)
