"""An independent reading of the contract (shared/design/CONTRACT.md), written from its text
without the engine's code, to check the engine's plans against."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bonesafe.engine.library import Library

TIERS = ["general", "osteoporosis", "high", "very_high"]
CHAIR_BELOW = [
    ((60, 64), 14, 12),
    ((65, 69), 12, 11),
    ((70, 74), 12, 10),
    ((75, 79), 11, 10),
    ((80, 84), 10, 9),
    ((85, 89), 8, 8),
    ((90, 94), 7, 4),
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


def tier(intake: dict[str, Any]) -> str:
    low = [f["site"] for f in intake.get("fractures", []) if f.get("low_trauma", True)]
    spine = low.count("spine")
    if spine >= 2 or (spine >= 1 and intake.get("kyphosis") is True and (intake.get("back_pain") or 0) >= 4):
        return "very_high"
    if spine or "hip" in low or len(low) >= 2:
        return "high"
    t = (intake.get("bone_density") or {}).get("t_score")
    frax = intake.get("frax") or {}
    if (
        t is None
        or t <= -2.5
        or (frax.get("major_osteoporotic_pct") or 0) >= 20
        or (frax.get("hip_pct") or 0) >= 3
        or len(low) == 1
    ):
        return "osteoporosis"
    return "general"


def chair_cutoff(age: int, sex: str) -> int:
    row = next((r for r in CHAIR_BELOW if r[0][0] <= age <= r[0][1]), None)
    row = row or (CHAIR_BELOW[0] if age < 60 else CHAIR_BELOW[-1])
    return row[1] if sex == "male" else row[2]


def fall_risk(intake: dict[str, Any]) -> str:
    si = intake.get("stay_independent")
    tests = intake.get("tests") or {}
    signs = []
    if si is not None:
        score = sum((2 if i < 2 else 1) for i, yes in enumerate(si) if yes)
        signs += [score >= 4, si[0]]
    if tests.get("tug_seconds") is not None:
        signs.append(tests["tug_seconds"] >= 12)
    if tests.get("chair_stands_30s") is not None:
        signs.append(tests["chair_stands_30s"] < chair_cutoff(intake["age"], intake["sex"]))
    if tests.get("tandem_stance_seconds") is not None:
        signs.append(tests["tandem_stance_seconds"] < 10)
    screened = si is not None or all(
        tests.get(k) is not None for k in ("tug_seconds", "chair_stands_30s", "tandem_stance_seconds")
    )
    return "low" if screened and not any(signs) else "elevated"


def clearance_valid(intake: dict[str, Any], start: dt.date) -> bool:
    c = intake.get("clearance") or {}
    if not c.get("cleared") or not c.get("date"):
        return False
    day = dt.date.fromisoformat(c["date"])
    try:
        until = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        until = day.replace(year=day.year + 1, day=28)
    return day <= start <= until


def status(intake: dict[str, Any], start: dt.date) -> str:
    if intake.get("red_flags"):
        return "stop"
    parq = intake.get("parq") or {}
    if any(parq.get(q) is not False for q in PARQ) and not clearance_valid(intake, start):
        return "clearance_required"
    return "ready"


def violations(intake: dict[str, Any], plan: dict[str, Any], library: Library, start: dt.date) -> list[str]:
    """Every way this plan breaks the contract's safety invariants (empty when it keeps them)."""
    out: list[str] = []
    prefs = intake.get("preferences") or {}
    days_allowed, minutes_allowed = prefs.get("days_per_week") or 5, prefs.get("minutes_per_day") or 30
    equipment = set(prefs["equipment"]) if prefs.get("equipment") is not None else {"chair", "wall"}
    t, fall = tier(intake), fall_risk(intake)
    rank = TIERS.index(t)
    a = plan["assessment"]
    if a["fracture_risk"]["tier"] != t:
        out.append(f"tier is {a['fracture_risk']['tier']}, the contract's table says {t}")
    if a["fall_risk"]["level"] != fall:
        out.append(f"fall risk is {a['fall_risk']['level']}, the contract says {fall}")
    if plan["status"] != status(intake, start):
        out.append(f"status is {plan['status']}, the contract says {status(intake, start)}")
    items = [(d, i) for d in plan["week"] for i in d["items"]]
    # 1
    if intake.get("red_flags"):
        if items:
            out.append("1: red flag but items planned")
        if not any(("clinician" in r["text"] or "emergency" in r["text"]) for r in a["readiness"]["reasons"]):
            out.append("1: no reason says to contact a clinician")
    for d, i in items:
        ex = library.exercises[i["exercise"]]
        tags = set(ex.tags)
        if list(i["tags"]) != list(ex.tags):
            out.append(f"{i['exercise']}: tags not copied from the library")
        if ex.category == "avoid":
            out.append(f"{i['exercise']}: an avoid exercise was planned")
        if rank >= 1 and tags & {
            "spinal_flexion",
            "loaded_spinal_flexion",
            "spinal_rotation",
            "high_impact",
            "fall_hazard",
        }:
            out.append(f"3: {i['exercise']} for tier {t}")
        if rank >= 2 and tags & {"moderate_impact", "floor_lift", "overhead_load"}:
            out.append(f"4: {i['exercise']} for tier {t}")
        if rank >= 2 and ex.intensity == "vigorous":
            out.append(f"4: {i['exercise']} is harder than brisk walking")
        if (
            t == "osteoporosis"
            and "moderate_impact" in tags
            and not (clearance_valid(intake, start) and fall == "low")
        ):
            out.append(f"5: {i['exercise']} without clearance and low fall risk")
        if fall == "elevated" and tags & {"unsupported_balance", "fall_hazard"}:
            out.append(f"6: {i['exercise']} with elevated fall risk")
        needed = set(ex.equipment) | ({"weight_machine"} if "machine" in tags else set())
        listed = set(i["equipment"])
        held = listed - needed
        if not listed <= equipment or not needed <= listed or len(held) > 1 or not held <= set(ex.support):
            out.append(f"7: {i['exercise']} lists {sorted(listed)}, person has {sorted(equipment)}")
    active = [d for d in plan["week"] if d["items"]]
    if len(active) > days_allowed:
        out.append(f"9: {len(active)} active days > {days_allowed}")
    for d in plan["week"]:
        total = sum(i["minutes"] for i in d["items"])
        if total > minutes_allowed:
            out.append(f"9: {d['date']} has {total} minutes > {minutes_allowed}")
    if plan["status"] != "stop":
        strength = [
            dt.date.fromisoformat(d["date"])
            for d in plan["week"]
            if any(i["category"] == "strength" for i in d["items"])
        ]
        if not (min(2, days_allowed) <= len(strength) <= 3):
            out.append(f"8: strength on {len(strength)} days")
        weekdays = sorted(x.isoweekday() for x in strength)
        for x in weekdays:
            if (x % 7) + 1 in weekdays:
                out.append(f"8: strength on consecutive weekdays {weekdays}")
        if fall == "elevated":
            balance_days = sum(1 for d in active if any(i["category"] == "balance" for i in d["items"]))
            need = min(4, days_allowed)
            supports = equipment & {"chair", "counter", "wall"}
            if balance_days < need and supports:
                out.append(f"6: balance on {balance_days} days, need {need}")
    if t == "very_high" and plan["supervision"] not in ("recommended", "required"):
        out.append("10: very_high without supervision")
    return out
