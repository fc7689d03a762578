"""The rulebook: rules as data (`content/rules/*.yaml`) over a registry of typed predicates.

Each rule names one predicate from `PREDICATES` with parameters validated by that
predicate's own model, a plain-words reason (which may quote the facts the predicate returns,
as `{t_score}`), a source id, and an effect. Loading checks everything and names the file
and rule of every problem; nothing is checked later, when a plan is being made.

Person predicates look at the intake's `Facts` and return the values their reason may quote
(or None when they do not apply). Exercise predicates look at a person's `Context` and one
exercise, and say whether the rule keeps that exercise out of the plan.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bonesafe.engine.facts import PARQ_QUESTIONS, Facts
from bonesafe.engine.library import Exercise, Problem, Source, yaml_text
from bonesafe.engine.vocab import (
    CATEGORIES,
    LibraryCategory,
    RedFlag,
    SuggestedTest,
    Tag,
    Tier,
)

TIER_RANK = {"general": 0, "osteoporosis": 1, "high": 2, "very_high": 3}
INTENSITY_RANK = {"light": 0, "moderate": 1, "vigorous": 2}
READINESS_RANK = {"ready": 0, "clearance_required": 1, "stop": 2}
SUPERVISION_RANK = {"none": 0, "recommended": 1, "required": 2}

Values = Mapping[str, Any]


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoParams(Params):
    pass


@dataclass(frozen=True, slots=True)
class Context:
    """What the exclusion rules need to know about a person."""

    tier: str
    fall_risk: str
    clearance_valid: bool
    equipment: frozenset[str]
    enjoys: frozenset[str]

    @property
    def safety_key(self) -> tuple[str, str, bool]:
        return (self.tier, self.fall_risk, self.clearance_valid)


@dataclass(frozen=True)
class Predicate:
    name: str
    kind: Literal["person", "exercise"]
    params: type[Params]
    fn: Callable[..., Any]
    personal: bool = False
    """An exercise predicate that reads equipment or tastes (not cached per safety level)."""
    after_tier: bool = False
    """A person predicate that also needs the fracture-risk tier."""
    reads: tuple[str, ...] = ()
    """For a personal exercise predicate: the Context fields it reads (its results are
    remembered per value of these)."""


PREDICATES: dict[str, Predicate] = {}


def predicate(
    name: str,
    kind: Literal["person", "exercise"],
    params: type[Params] = NoParams,
    *,
    after_tier: bool = False,
    reads: tuple[str, ...] = (),
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        PREDICATES[name] = Predicate(name, kind, params, fn, bool(reads), after_tier, reads)
        return fn

    return register


def plain_list(names: Sequence[str]) -> str:
    words = [n.replace("_", " ") for n in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


# --- person predicates: readiness -------------------------------------------------------


class FlagsParams(Params):
    flags: tuple[RedFlag, ...] = Field(min_length=1)


@predicate("red_flag_any", "person", FlagsParams)
def _red_flag_any(f: Facts, p: FlagsParams) -> Values | None:
    hits = [flag for flag in f.red_flags if flag in p.flags]
    return {"flags": plain_list(hits)} if hits else None


class ParqParams(Params):
    answer: Literal["yes", "unknown"]
    without_valid_clearance: bool = True


@predicate("parq_answer", "person", ParqParams)
def _parq_answer(f: Facts, p: ParqParams) -> Values | None:
    keys = f.parq_yes if p.answer == "yes" else f.parq_unknown
    if not keys or (p.without_valid_clearance and f.clearance_valid):
        return None
    questions = "; ".join(PARQ_QUESTIONS[k] for k in keys)
    total = len(PARQ_QUESTIONS)
    summary = (
        f"None of the {total} health questions were answered"
        if len(keys) == total
        else f"{len(keys)} of the {total} health questions were not answered ({questions})"
    )
    return {"questions": questions, "count": len(keys), "summary": summary}


class QuestionParams(Params):
    question: Literal[
        "heart_condition",
        "chest_pain",
        "dizziness_or_fainting",
        "other_chronic_condition",
        "prescribed_medication",
        "bone_joint_problem",
        "supervised_only",
    ]


@predicate("parq_question_yes", "person", QuestionParams)
def _parq_question_yes(f: Facts, p: QuestionParams) -> Values | None:
    return {} if p.question in f.parq_yes else None


@predicate("parq_all_no", "person")
def _parq_all_no(f: Facts, _: NoParams) -> Values | None:
    return {} if not f.parq_yes and not f.parq_unknown else None


class ClearanceParams(Params):
    states: tuple[Literal["none", "not_cleared", "undated", "future", "expired", "valid"], ...]
    only_if_needed: bool = Field(
        default=True, description="Apply only when a PAR-Q+ answer is yes or unknown."
    )


@predicate("clearance_state", "person", ClearanceParams)
def _clearance_state(f: Facts, p: ClearanceParams) -> Values | None:
    if f.clearance not in p.states or (p.only_if_needed and not (f.parq_yes or f.parq_unknown)):
        return None
    return {
        "date": f.clearance_date.isoformat() if f.clearance_date else "",
        "until": f.clearance_until.isoformat() if f.clearance_until else "",
    }


# --- person predicates: fracture risk ---------------------------------------------------


class FracturesParams(Params):
    sites: (
        tuple[Literal["spine", "hip", "wrist", "humerus", "pelvis", "rib", "ankle", "other"], ...] | None
    ) = None
    at_least: int = Field(ge=1)
    at_most: int | None = None


@predicate("low_trauma_fractures", "person", FracturesParams)
def _low_trauma_fractures(f: Facts, p: FracturesParams) -> Values | None:
    n = f.count(p.sites)
    if n < p.at_least or (p.at_most is not None and n > p.at_most):
        return None
    return {
        "count": n,
        "sites": plain_list(sorted({s for s in f.low_trauma if p.sites is None or s in p.sites})),
    }


class KyphosisPainParams(Params):
    min_back_pain: int = Field(ge=0, le=10)


@predicate("spine_fracture_kyphosis_pain", "person", KyphosisPainParams)
def _spine_kyphosis_pain(f: Facts, p: KyphosisPainParams) -> Values | None:
    ok = f.count(("spine",)) >= 1 and f.kyphosis is True
    if not ok or f.back_pain is None or f.back_pain < p.min_back_pain:
        return None
    return {"back_pain": f.back_pain}


class TScoreParams(Params):
    at_most: float | None = None
    above: float | None = None


@predicate("t_score", "person", TScoreParams)
def _t_score(f: Facts, p: TScoreParams) -> Values | None:
    if f.t_score is None:
        return None
    if p.at_most is not None and f.t_score > p.at_most:
        return None
    if p.above is not None and f.t_score <= p.above:
        return None
    return {"t_score": f"{f.t_score:g}".replace("-", "−")}


@predicate("bone_density_unknown", "person")
def _bone_density_unknown(f: Facts, _: NoParams) -> Values | None:
    return {} if f.t_score is None else None


class FraxParams(Params):
    major_at_least: float
    hip_at_least: float


@predicate("frax_at_least", "person", FraxParams)
def _frax(f: Facts, p: FraxParams) -> Values | None:
    major = f.frax_major is not None and f.frax_major >= p.major_at_least
    hip = f.frax_hip is not None and f.frax_hip >= p.hip_at_least
    if not (major or hip):
        return None
    parts = ([f"{f.frax_major:g}% for a major fracture"] if major else []) + (
        [f"{f.frax_hip:g}% for a hip fracture"] if hip else []
    )
    return {"frax": " and ".join(parts)}


@predicate("other_trauma_fracture", "person")
def _other_trauma(f: Facts, _: NoParams) -> Values | None:
    return {"sites": plain_list(sorted(set(f.other_trauma)))} if f.other_trauma else None


@predicate("kyphosis_without_spine_fracture", "person")
def _kyphosis_no_vf(f: Facts, _: NoParams) -> Values | None:
    return {} if f.kyphosis is True and f.count(("spine",)) == 0 else None


# --- person predicates: fall risk -------------------------------------------------------


class SteadiParams(Params):
    weights: tuple[int, ...] = Field(min_length=12, max_length=12)
    at_least: int


@predicate("steadi_score_at_least", "person", SteadiParams)
def _steadi_score(f: Facts, p: SteadiParams) -> Values | None:
    if f.stay_independent is None:
        return None
    score = sum(w for w, yes in zip(p.weights, f.stay_independent, strict=True) if yes)
    return {"score": score} if score >= p.at_least else None


class SteadiItemParams(Params):
    item: int = Field(ge=1, le=12)


@predicate("steadi_item_yes", "person", SteadiItemParams)
def _steadi_item(f: Facts, p: SteadiItemParams) -> Values | None:
    return {} if f.stay_independent is not None and f.stay_independent[p.item - 1] else None


class SecondsParams(Params):
    seconds: float


@predicate("tug_at_least", "person", SecondsParams)
def _tug(f: Facts, p: SecondsParams) -> Values | None:
    return {"seconds": f"{f.tug:g}"} if f.tug is not None and f.tug >= p.seconds else None


@predicate("tandem_below", "person", SecondsParams)
def _tandem(f: Facts, p: SecondsParams) -> Values | None:
    return {"seconds": f"{f.tandem:g}"} if f.tandem is not None and f.tandem < p.seconds else None


class NormRow(Params):
    ages: tuple[int, int]
    male: int
    female: int


class ChairNormParams(Params):
    below: tuple[NormRow, ...] = Field(min_length=1)


def chair_norm(rows: tuple[NormRow, ...], age: int, sex: str) -> tuple[int, NormRow]:
    """The CDC 'below average' cut-off for this age, using the nearest row outside the table."""
    row = next((r for r in rows if r.ages[0] <= age <= r.ages[1]), None)
    if row is None:
        row = rows[0] if age < rows[0].ages[0] else rows[-1]
    return (row.male if sex == "male" else row.female), row


@predicate("chair_stand_below_norm", "person", ChairNormParams)
def _chair(f: Facts, p: ChairNormParams) -> Values | None:
    if f.chair_stands is None:
        return None
    cutoff, row = chair_norm(p.below, f.age, f.sex)
    if f.chair_stands >= cutoff:
        return None
    return {"count": f.chair_stands, "cutoff": cutoff, "ages": f"{row.ages[0]}–{row.ages[1]}"}


def fall_screened(f: Facts) -> bool:
    tests = (f.tug, f.chair_stands, f.tandem)
    return f.stay_independent is not None or all(t is not None for t in tests)


@predicate("fall_unscreened", "person")
def _unscreened(f: Facts, _: NoParams) -> Values | None:
    return None if fall_screened(f) else {}


@predicate("fall_screened", "person")
def _screened(f: Facts, _: NoParams) -> Values | None:
    return {} if fall_screened(f) else None


@predicate("fall_tests_missing", "person", SteadiParams)
def _tests_missing(f: Facts, p: SteadiParams) -> Values | None:
    """Stay Independent says "at risk" and some of the three STEADI tests are not done."""
    if f.stay_independent is None:
        return None
    score = sum(w for w, yes in zip(p.weights, f.stay_independent, strict=True) if yes)
    if score < p.at_least and not f.stay_independent[0]:
        return None
    tests = (
        ("Timed Up and Go", f.tug),
        ("30-second chair stand", f.chair_stands),
        ("tandem stance", f.tandem),
    )
    missing = [name for name, value in tests if value is None]
    return {"tests": plain_list(missing)} if missing else None


class TierParams(Params):
    tier: Tier


@predicate("tier_at_least", "person", TierParams, after_tier=True)
def _tier_at_least(f: Facts, p: TierParams, tier: str) -> Values | None:
    return {} if TIER_RANK[tier] >= TIER_RANK[p.tier] else None


@predicate("always", "person")
def _always(_: Facts, __: NoParams) -> Values | None:
    return {}


# --- exercise predicates ----------------------------------------------------------------


class CategoryParams(Params):
    categories: tuple[LibraryCategory, ...] = Field(min_length=1)


@predicate("category_is", "exercise", CategoryParams)
def _category_is(_: Context, ex: Exercise, p: CategoryParams) -> bool:
    return ex.category in p.categories


class TierTagsParams(Params):
    min_tier: Tier
    tags: tuple[Tag, ...] = Field(min_length=1)


@predicate("tier_excludes_tags", "exercise", TierTagsParams)
def _tier_tags(ctx: Context, ex: Exercise, p: TierTagsParams) -> bool:
    return TIER_RANK[ctx.tier] >= TIER_RANK[p.min_tier] and any(t in p.tags for t in ex.tags)


class TierIntensityParams(Params):
    min_tier: Tier
    above: Literal["light", "moderate"]


@predicate("tier_excludes_intensity", "exercise", TierIntensityParams)
def _tier_intensity(ctx: Context, ex: Exercise, p: TierIntensityParams) -> bool:
    if TIER_RANK[ctx.tier] < TIER_RANK[p.min_tier] or ex.intensity is None:
        return False
    return INTENSITY_RANK[ex.intensity] > INTENSITY_RANK[p.above]


class GateParams(Params):
    tier: Tier
    tags: tuple[Tag, ...] = Field(min_length=1)


@predicate("tags_need_clearance_and_low_fall_risk", "exercise", GateParams)
def _gate(ctx: Context, ex: Exercise, p: GateParams) -> bool:
    if ctx.tier != p.tier or not any(t in p.tags for t in ex.tags):
        return False
    return not (ctx.clearance_valid and ctx.fall_risk == "low")


class FallTagsParams(Params):
    level: Literal["elevated"]
    tags: tuple[Tag, ...] = Field(min_length=1)


@predicate("fall_risk_excludes_tags", "exercise", FallTagsParams)
def _fall_tags(ctx: Context, ex: Exercise, p: FallTagsParams) -> bool:
    return ctx.fall_risk == p.level and any(t in p.tags for t in ex.tags)


@predicate("missing_equipment", "exercise", reads=("equipment",))
def _missing_equipment(ctx: Context, ex: Exercise, _: NoParams) -> bool:
    return ex.needs_with(ctx.equipment) is None


@predicate("access_not_enjoyed", "exercise", reads=("enjoys",))
def _access(ctx: Context, ex: Exercise, _: NoParams) -> bool:
    return ex.access is not None and not ctx.enjoys.intersection(ex.activities)


# --- rules and the rulebook -------------------------------------------------------------

Section = Literal["readiness", "fracture_risk", "fall_risk", "supervision", "exclusion", "plan"]


class Effect(Params):
    tier: Tier | None = None
    readiness: Literal["ready", "clearance_required", "stop"] | None = None
    fall_risk: Literal["low", "elevated"] | None = None
    supervision: Literal["recommended", "required"] | None = None
    suggest: SuggestedTest | None = None


class RuleSpec(Params):
    id: str = Field(pattern=r"^R-[A-Z]+(-[A-Z]+)*-\d{2}$")
    section: Section
    predicate: str
    params: dict[str, Any] = Field(default_factory=dict)
    effect: Effect = Effect()
    reason: str = Field(min_length=1)
    source: str
    settings: dict[str, Any] = Field(default_factory=dict)
    invariant: int | None = Field(default=None, ge=1, le=10, description="Contract invariant it keeps.")


@dataclass(frozen=True)
class Rule:
    id: str
    section: str
    predicate: Predicate
    params: Params
    effect: Effect
    reason: str
    source: str
    settings: Mapping[str, Any]
    invariant: int | None

    def check(self, facts: Facts, tier: str = "general") -> Values | None:
        if self.predicate.after_tier:
            return self.predicate.fn(facts, self.params, tier)  # type: ignore[no-any-return]
        return self.predicate.fn(facts, self.params)  # type: ignore[no-any-return]

    def excludes(self, ctx: Context, exercise: Exercise) -> bool:
        return bool(self.predicate.fn(ctx, exercise, self.params))

    def text(self, values: Values | None = None) -> str:
        return self.reason.format_map(dict(values or {})) if values else self.reason


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    version: str

    def section(self, name: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.section == name)

    def get(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _build(spec: RuleSpec, rel: str, sources: Mapping[str, Source], problems: list[Problem]) -> Rule | None:
    where = f"rule {spec.id}"
    pred = PREDICATES.get(spec.predicate)
    if pred is None:
        problems.append(
            Problem(
                rel,
                f"{where}.predicate",
                f"unknown predicate '{spec.predicate}' (known: {', '.join(sorted(PREDICATES))})",
            )
        )
        return None
    wanted = "exercise" if spec.section == "exclusion" else "person"
    if pred.kind != wanted:
        problems.append(
            Problem(
                rel,
                f"{where}.predicate",
                f"'{spec.predicate}' is a {pred.kind} predicate; section {spec.section} needs a {wanted} predicate",
            )
        )
    if pred.after_tier and spec.section not in ("supervision", "plan"):
        problems.append(
            Problem(
                rel,
                f"{where}.predicate",
                f"'{spec.predicate}' needs the tier; use it in supervision or plan rules",
            )
        )
    if spec.source not in sources:
        problems.append(Problem(rel, f"{where}.source", f"'{spec.source}' is not in content/sources.yaml"))
    try:
        params = pred.params.model_validate(spec.params)
    except ValidationError as exc:
        for e in exc.errors():
            loc = ".".join(str(x) for x in e["loc"])
            problems.append(Problem(rel, f"{where}.params.{loc}", e["msg"]))
        return None
    return Rule(
        spec.id,
        spec.section,
        pred,
        params,
        spec.effect,
        spec.reason.strip(),
        spec.source,
        spec.settings,
        spec.invariant,
    )


def _load_file(path: Path, sources: Mapping[str, Source], problems: list[Problem]) -> list[Rule]:
    rel = f"content/rules/{path.name}"
    try:
        data = yaml_text(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        problems.append(Problem(rel, "(file)", f"not valid YAML: {exc}"))
        return []
    if not isinstance(data, list):
        problems.append(Problem(rel, "(file)", "must be a list of rules"))
        return []
    rules = []
    for index, raw in enumerate(data):
        name = raw.get("id", f"[{index}]") if isinstance(raw, dict) else f"[{index}]"
        try:
            spec = RuleSpec.model_validate(raw)
        except ValidationError as exc:
            for e in exc.errors():
                loc = ".".join(str(x) for x in e["loc"])
                problems.append(Problem(rel, f"rule {name}.{loc}", e["msg"]))
            continue
        rule = _build(spec, rel, sources, problems)
        if rule is not None:
            rules.append(rule)
    return rules


def load_rulebook(root: Path, sources: Mapping[str, Source]) -> Rulebook:
    """Read and validate every `content/rules/*.yaml`; raises ContentError on any problem."""
    from bonesafe.engine.library import ContentError

    problems: list[Problem] = []
    rules: list[Rule] = []
    digest = hashlib.sha256()
    for path in sorted((root / "rules").glob("*.yaml")):
        digest.update(path.read_bytes())
        rules += _load_file(path, sources, problems)
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            problems.append(Problem("content/rules", f"rule {rule.id}", "id is used twice"))
        seen.add(rule.id)
    if problems:
        raise ContentError(problems)
    return Rulebook(tuple(rules), digest.hexdigest()[:12])


__all__ = ["CATEGORIES", "Context", "Rule", "Rulebook", "load_rulebook"]
