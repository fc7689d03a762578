"""Assessment: readiness, fracture-risk tier, fall risk, supervision and suggested tests.

Each conclusion is what the rulebook's rules conclude, with every rule that fired as a
reason. Where no rule concludes, the cautious answer stands (deny by default).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import get_args

from bonesafe.engine.facts import Facts
from bonesafe.engine.rules import (
    READINESS_RANK,
    SUPERVISION_RANK,
    TIER_RANK,
    FlagsParams,
    Rule,
    Rulebook,
    Values,
    plain_list,
)
from bonesafe.engine.vocab import SuggestedTest

Reason = dict[str, str]
TEST_ORDER = {name: i for i, name in enumerate(get_args(SuggestedTest))}


_PLAIN: dict[int, tuple[Rule, Reason]] = {}


def reason(rule: Rule, values: Values | None = None) -> Reason:
    """The rule's reason, in its own words or with the facts it quotes (plain ones are shared)."""
    if values:
        return {"rule": rule.id, "text": rule.text(values), "source": rule.source}
    cached = _PLAIN.get(id(rule))
    if cached is None or cached[0] is not rule:
        cached = _PLAIN[id(rule)] = (rule, {"rule": rule.id, "text": rule.reason, "source": rule.source})
    return cached[1]


@dataclass(frozen=True, slots=True)
class Assessment:
    tier: str
    tier_reasons: list[Reason]
    fall_risk: str
    fall_reasons: list[Reason]
    readiness: str
    readiness_reasons: list[Reason]
    supervision: str
    suggested_tests: list[str]

    @property
    def status(self) -> str:
        return self.readiness

    def as_dict(self) -> dict[str, object]:
        return {
            "fracture_risk": {"tier": self.tier, "reasons": self.tier_reasons},
            "fall_risk": {"level": self.fall_risk, "reasons": self.fall_reasons},
            "readiness": {"status": self.readiness, "reasons": self.readiness_reasons},
            "suggested_tests": self.suggested_tests,
        }


def _fired(rules: tuple[Rule, ...], facts: Facts, tier: str = "general") -> list[tuple[Rule, Values]]:
    out = []
    for rule in rules:
        values = rule.check(facts, tier)
        if values is not None:
            out.append((rule, values))
    return out


def _tier(fired: list[tuple[Rule, Values]]) -> str:
    tiers = [r.effect.tier for r, _ in fired if r.effect.tier]
    return max(tiers, key=TIER_RANK.__getitem__) if tiers else "osteoporosis"


def _fall(fired: list[tuple[Rule, Values]]) -> str:
    levels = {r.effect.fall_risk for r, _ in fired}
    return "low" if "low" in levels and "elevated" not in levels else "elevated"


def _readiness(fired: list[tuple[Rule, Values]]) -> str:
    levels = [r.effect.readiness for r, _ in fired if r.effect.readiness]
    return max(levels, key=READINESS_RANK.__getitem__) if levels else "clearance_required"


def _matching(fired: list[tuple[Rule, Values]], attr: str, level: str) -> list[Reason]:
    return [reason(r, v) for r, v in fired if getattr(r.effect, attr) in (None, level)]


class Assessor:
    def __init__(self, rulebook: Rulebook) -> None:
        self.readiness_rules = rulebook.section("readiness")
        self.tier_rules = rulebook.section("fracture_risk")
        self.fall_rules = rulebook.section("fall_risk")
        self.supervision_rules = rulebook.section("supervision")

    def red_flag_reasons(self, flags: Sequence[str]) -> list[Reason]:
        """What the readiness rules tell someone who reports these symptoms now."""
        out = []
        for rule in self.readiness_rules:
            if isinstance(rule.params, FlagsParams):
                hits = [f for f in flags if f in rule.params.flags]
                if hits:
                    out.append(reason(rule, {"flags": plain_list(hits)}))
        return out

    def assess(self, facts: Facts) -> Assessment:
        ready_fired = _fired(self.readiness_rules, facts)
        tier_fired = _fired(self.tier_rules, facts)
        fall_fired = _fired(self.fall_rules, facts)
        tier, fall, readiness = _tier(tier_fired), _fall(fall_fired), _readiness(ready_fired)
        super_fired = _fired(self.supervision_rules, facts, tier)
        levels = [r.effect.supervision for r, _ in super_fired if r.effect.supervision]
        supervision = max(levels, key=SUPERVISION_RANK.__getitem__) if levels else "none"
        ready_fired.sort(key=lambda rv: -READINESS_RANK.get(rv[0].effect.readiness or "ready", 0))
        tests = {r.effect.suggest for r, _ in (*ready_fired, *tier_fired, *fall_fired) if r.effect.suggest}
        return Assessment(
            tier=tier,
            tier_reasons=[
                reason(r, v)
                for r, v in sorted(tier_fired, key=lambda rv: -TIER_RANK.get(rv[0].effect.tier or "", -1))
            ],
            fall_risk=fall,
            fall_reasons=_matching(fall_fired, "fall_risk", fall),
            readiness=readiness,
            readiness_reasons=[reason(r, v) for r, v in ready_fired] + [reason(r, v) for r, v in super_fired],
            supervision=supervision,
            suggested_tests=sorted(tests, key=TEST_ORDER.__getitem__),
        )
