"""Property tests: every contract invariant holds for generated intakes."""

import json
from typing import Any

import pytest
from hypothesis import given, settings

from bonesafe.engine.core import default_engine, dumps
from bonesafe.engine.intake import parse_intake
from bonesafe.engine.plan_model import Plan
from tests.oracle import violations
from tests.strategies import START, intakes

ENGINE = default_engine()


def plan_for(raw: dict[str, Any]) -> dict[str, Any]:
    return ENGINE.plan(parse_intake(json.dumps(raw)), START)


@settings(max_examples=3000)
@given(intakes)
def test_every_invariant_holds_for_generated_intakes(raw: dict[str, Any]) -> None:
    plan = plan_for(raw)
    assert violations(raw, plan, ENGINE.library, START) == []


@settings(max_examples=300)
@given(intakes)
def test_every_plan_has_the_contract_shape(raw: dict[str, Any]) -> None:
    Plan.model_validate(plan_for(raw))


@settings(max_examples=300)
@given(intakes)
def test_every_item_and_exclusion_is_explained_with_a_known_source(raw: dict[str, Any]) -> None:
    plan = plan_for(raw)
    cited = {s["id"] for s in plan["sources"]}
    for day in plan["week"]:
        for item in day["items"]:
            assert item["why"], item["exercise"]
            assert {r["source"] for r in item["why"]} <= cited
    planned = {i["exercise"] for d in plan["week"] for i in d["items"]}
    for entry in plan["excluded"]:
        assert entry["rule"].startswith("R-") and entry["reason"] and entry["source"] in cited
        assert entry["exercise"] not in planned


@settings(max_examples=300)
@given(intakes)
def test_every_session_starts_with_a_warm_up_and_stretches_come_after_it(raw: dict[str, Any]) -> None:
    for day in plan_for(raw)["week"]:
        categories = [i["category"] for i in day["items"]]
        if categories:
            assert categories[0] == "warm_up"
            assert categories.count("warm_up") == 1
        assert len({i["exercise"] for i in day["items"]}) == len(categories)


@settings(max_examples=200)
@given(intakes)
def test_the_same_intake_always_gives_the_same_bytes(raw: dict[str, Any]) -> None:
    assert dumps(plan_for(raw)) == dumps(plan_for(raw))


@pytest.mark.slow
@settings(max_examples=30000)
@given(intakes)
def test_every_invariant_holds_over_a_long_run(raw: dict[str, Any]) -> None:
    assert violations(raw, plan_for(raw), ENGINE.library, START) == []
