"""`bonesafe plan --format text`: a week a person can follow, with the reasons."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

STATUS = {
    "ready": "You can start this plan.",
    "clearance_required": "Show this plan to your doctor or physical therapist before you start.",
    "stop": "STOP: do not exercise now. Contact a clinician (see below).",
}
TIER = {
    "general": "bones above the osteoporosis range",
    "osteoporosis": "osteoporosis",
    "high": "high fracture risk",
    "very_high": "very high fracture risk",
}


def _wrap(text: str, indent: str) -> str:
    """Fill to 78 columns; a bullet's later lines hang under its text."""
    hang = indent + ("  " if text.startswith("- ") else "")
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=hang)


def dose_words(dose: dict[str, Any]) -> str:
    if "sets" in dose:
        sets = dose["sets"]
        return f"{sets} set{'s' if sets != 1 else ''} of {dose['reps'].replace('-', ' to ')} repetitions"
    if "holds" in dose:
        return f"hold {dose['hold_seconds']} seconds, {dose['holds']} times"
    if "impacts" in dose:
        return f"{dose['impacts']} impacts"
    return f"{dose['minutes']} minutes"


def _reasons(title: str, reasons: list[dict[str, str]]) -> list[str]:
    lines = [title]
    lines += [_wrap(f"- {r['text']} [{r['rule']}, {r['source']}]", "  ") for r in reasons]
    return lines


def _day(day: dict[str, Any]) -> list[str]:
    date = dt.date.fromisoformat(day["date"])
    heading = f"{date:%A} {date.day} {date:%B %Y}"
    if not day["items"]:
        return [f"{heading}: rest day", ""]
    total = sum(i["minutes"] for i in day["items"])
    lines = [f"{heading} (about {total} minutes)"]
    for n, item in enumerate(day["items"], 1):
        lines.append(f"  {n}. {item['name']}: {dose_words(item['dose'])} (~{item['minutes']} min)")
        why = " ".join(r["text"] for r in item["why"][:1])
        lines.append(_wrap(f"Why: {why} [{item['why'][0]['rule']}]", "     "))
    return [*lines, ""]


def render_text(plan: dict[str, Any]) -> str:
    a = plan["assessment"]
    lines = [
        "bonesafe: your exercise week",
        "=" * 28,
        STATUS[plan["status"]],
        "",
        *_reasons("Are you ready to exercise?", a["readiness"]["reasons"]),
        "",
        *_reasons(f"Your bones: {TIER[a['fracture_risk']['tier']]}", a["fracture_risk"]["reasons"]),
        "",
        *_reasons(f"Your chance of falling: {a['fall_risk']['level']}", a["fall_risk"]["reasons"]),
        "",
    ]
    if plan["supervision"] != "none":
        lines += [f"Supervision by a physical therapist: {plan['supervision']}.", ""]
    if a["suggested_tests"]:
        tests = ", ".join(t.replace("_", " ") for t in a["suggested_tests"])
        lines += [_wrap(f"Tests that would refine this plan: {tests}.", ""), ""]
    if plan["status"] != "stop":
        lines += ["Your week", "---------", *[x for d in plan["week"] for x in _day(d)]]
    lines += _footer(plan)
    return "\n".join(lines) + "\n"


def _footer(plan: dict[str, Any]) -> list[str]:
    lines = []
    if plan["totals"]["shortfalls"]:
        lines += ["What this week is missing:"]
        lines += [_wrap(f"- {s}", "  ") for s in plan["totals"]["shortfalls"]]
        lines.append("")
    left_out: dict[str, dict[str, str]] = {}
    for e in plan["excluded"]:
        left_out.setdefault(e["reason"], {"rule": e["rule"], "source": e["source"], "list": ""})
        entry = left_out[e["reason"]]
        entry["list"] += (", " if entry["list"] else "") + e["exercise"].replace("_", " ")
    if left_out:
        lines.append("Left out, and why:")
        for text, e in left_out.items():
            lines.append(_wrap(f"- {e['list']}: {text} [{e['rule']}, {e['source']}]", "  "))
        lines.append("")
    lines.append("Sources:")
    lines += [_wrap(f"{s['id']}: {s['citation']}", "  ") for s in plan["sources"]]
    return lines
