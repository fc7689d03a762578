"""The four example intakes (shared/examples/intakes, copied to tests/golden/intakes) as
golden tests. Refresh the expected plans after a deliberate change with
`UPDATE_GOLDEN=1 uv run pytest tests/engine/test_examples.py` and review the diff."""

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from bonesafe.engine.core import default_engine, dumps
from bonesafe.engine.intake import parse_intake
from tests.oracle import violations

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
START = dt.date(2026, 12, 7)
ENGINE = default_engine()
NAMES = sorted(p.stem for p in (GOLDEN / "intakes").glob("*.json"))


def plan(name: str) -> dict:
    return ENGINE.plan(parse_intake((GOLDEN / "intakes" / f"{name}.json").read_text()), START)


@pytest.mark.parametrize("name", NAMES)
def test_each_example_keeps_every_invariant(name: str) -> None:
    raw = json.loads((GOLDEN / "intakes" / f"{name}.json").read_text())
    assert violations(raw, plan(name), ENGINE.library, START) == []


@pytest.mark.parametrize("name", NAMES)
def test_each_example_gives_its_golden_plan(name: str) -> None:
    expected = GOLDEN / "plans" / f"{name}.json"
    text = dumps(plan(name)) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        expected.parent.mkdir(exist_ok=True)
        expected.write_text(text)
    assert text == expected.read_text()


def test_the_newly_diagnosed_walker_is_ready_and_walks_and_dances() -> None:
    p = plan("01-newly-diagnosed-walker")
    assert (p["status"], p["assessment"]["fracture_risk"]["tier"], p["assessment"]["fall_risk"]["level"]) == (
        "ready",
        "osteoporosis",
        "low",
    )
    planned = {i["exercise"] for d in p["week"] for i in d["items"]}
    assert {"walking", "brisk_walking"} & planned and "low_impact_dance" in planned
    assert "bent_over_row_tubing" in planned or "standing_row_band" in planned


def test_the_spine_fracture_example_is_high_tier_with_supported_balance_and_daily_back_work() -> None:
    p = plan("02-spine-fracture-fall-risk")
    assert p["assessment"]["fracture_risk"]["tier"] == "high"
    assert p["assessment"]["fall_risk"]["level"] == "elevated"
    active = [d for d in p["week"] if d["items"]]
    assert all(any(i["category"] == "balance" for i in d["items"]) for d in active)
    assert p["totals"]["posture_days"] >= 4
    assert any(i["exercise"] == "gardening" for d in active for i in d["items"])


def test_the_red_flag_example_stops() -> None:
    p = plan("03-red-flag")
    assert p["status"] == "stop"
    assert all(d["items"] == [] for d in p["week"])


def test_the_minimal_example_is_planned_as_osteoporosis_and_asks_for_a_scan_and_a_fall_check() -> None:
    p = plan("04-minimal")
    a = p["assessment"]
    assert a["fracture_risk"]["tier"] == "osteoporosis"
    assert {"bone_density_scan", "fall_risk_assessment"} <= set(a["suggested_tests"])
    assert p["status"] == "clearance_required"
