"""Realistic generated intakes (seeded, so every run plans the same people): for the
benchmark and for demo data. Ages, bone density, fractures and preferences are spread the
way a bone-health clinic's patients might be; nothing here is a clinical threshold."""

from __future__ import annotations

import random
from typing import Any

from bonesafe.engine.facts import PARQ_QUESTIONS
from bonesafe.engine.vocab import ACTIVITIES, EQUIPMENT

PARQ = tuple(PARQ_QUESTIONS)
SITES = ("spine", "hip", "wrist", "humerus", "pelvis", "rib", "ankle", "other")
FLAGS = (
    "new_severe_back_pain",
    "height_loss_recent",
    "chest_pain",
    "fainting",
    "new_numbness_or_weakness",
    "bladder_bowel_change",
    "fall_with_injury_recent",
)


def _maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def intake(rng: random.Random) -> dict[str, Any]:
    age = rng.randint(50, 95)
    out: dict[str, Any] = {"age": age, "sex": rng.choices(("female", "male"), (4, 1))[0]}
    if _maybe(rng, 0.8):
        out["bone_density"] = {
            "t_score": round(rng.uniform(-4.2, -0.5), 1),
            "site": rng.choice(("lumbar_spine", "total_hip", "femoral_neck")),
        }
    if _maybe(rng, 0.3):
        out["frax"] = {
            "major_osteoporotic_pct": round(rng.uniform(5, 40), 1),
            "hip_pct": round(rng.uniform(0.5, 10), 1),
        }
    out["fractures"] = [
        {
            "site": rng.choices(SITES, (3, 2, 3, 1, 1, 1, 1, 1))[0],
            "year": rng.randint(2010, 2026),
            "low_trauma": _maybe(rng, 0.85),
        }
        for _ in range(rng.choices((0, 1, 2, 3), (5, 3, 1, 1))[0])
    ]
    if _maybe(rng, 0.6):
        out["kyphosis"] = _maybe(rng, 0.3)
        out["back_pain"] = rng.randint(0, 8)
    if _maybe(rng, 0.7):
        out["stay_independent"] = [_maybe(rng, 0.2) for _ in range(12)]
    if _maybe(rng, 0.5):
        out["tests"] = {
            "tug_seconds": round(rng.uniform(6, 20), 1),
            "chair_stands_30s": rng.randint(4, 18),
            "tandem_stance_seconds": round(rng.uniform(0, 10), 1),
        }
    if _maybe(rng, 0.8):
        out["parq"] = {q: _maybe(rng, 0.25) for q in PARQ if _maybe(rng, 0.95)}
    if _maybe(rng, 0.03):
        out["red_flags"] = [rng.choice(FLAGS)]
    if _maybe(rng, 0.4):
        out["clearance"] = {
            "cleared": _maybe(rng, 0.9),
            "date": f"{rng.randint(2025, 2026)}-{rng.randint(1, 12):02d}-15",
        }
    out["activity_level"] = rng.choice(("sedentary", "light", "moderate", "vigorous"))
    out["preferences"] = {
        "enjoys": rng.sample(ACTIVITIES, rng.randint(0, 3)),
        "equipment": rng.sample(EQUIPMENT, rng.randint(0, 5)),
        "days_per_week": rng.randint(2, 7),
        "minutes_per_day": rng.choice((15, 20, 30, 30, 40, 45, 60, 90)),
    }
    return out


def intakes(n: int, seed: int = 2026) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [intake(rng) for _ in range(n)]
