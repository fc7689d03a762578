"""The exercise library: one reviewed YAML file per exercise, validated when loaded.

`load_library(root)` reads `content/exercises/*.yaml` and `content/sources.yaml` once and
returns an immutable `Library`; any problem raises `ContentError` listing every problem with
its file and field. Nothing here imports Django.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from bonesafe.engine.vocab import Activity, Equipment, LibraryCategory, Tag

SLUG_PATTERN = r"^[a-z][a-z0-9_]*$"
#: The C build of PyYAML's safe loader when present (twice as fast), else the Python one.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_text(text: str) -> Any:
    """Parse YAML safely (no arbitrary objects)."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 (a safe loader, C or Python)


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=60)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
Reps = Annotated[str, StringConstraints(pattern=r"^\d{1,2}(-\d{1,2})?$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SetsDose(Strict):
    sets: int = Field(ge=1, le=5)
    reps: Reps


class MinutesDose(Strict):
    minutes: int = Field(ge=1, le=120)


class HoldsDose(Strict):
    holds: int = Field(ge=1, le=20)
    hold_seconds: int = Field(ge=1, le=120)


class ImpactsDose(Strict):
    impacts: int = Field(ge=1, le=200)


Dose = SetsDose | MinutesDose | HoldsDose | ImpactsDose


def dose_dict(dose: Dose) -> dict[str, int | str]:
    """The contract's dose object: only the fields of its shape."""
    return dose.model_dump()


class DoseSet(Strict):
    default: Dose
    beginner: Dose


Angle = Annotated[float, Field(ge=-180, le=180)]
Limb = tuple[Angle, Angle]
Prop = Literal[
    "chair_seat",
    "chair_front",
    "counter_front",
    "wall_front",
    "wall_behind",
    "step",
    "bench",
    "bench_lying",
    "mat",
    "band_under_feet",
    "band_anchor_front",
    "dumbbells",
    "dumbbell",
    "ankle_weights",
    "machine",
    "bike",
    "pool",
    "poles",
]


class Pose(Strict):
    """A side view of the body, facing right, as absolute segment directions in degrees.

    `trunk` and `head` are measured from straight up; limbs from straight down. A positive
    angle points toward the front (the right of the picture).
    """

    trunk: Angle = 0
    head: Angle = 0
    arms: tuple[Limb, Limb] = ((0, 0), (0, 0))
    legs: tuple[Limb, Limb] = ((0, 0), (0, 0))
    feet: tuple[Angle, Angle] | None = None
    lift: float = Field(default=0, ge=0, le=120)
    anchor: Literal["feet", "hip"] = "feet"


class Illustration(Strict):
    description: Text = Field(description="What the picture shows, for screen readers.")
    props: tuple[Prop, ...] = ()
    start: Pose
    end: Pose


class Exercise(Strict):
    slug: Slug
    name: Text
    summary: Text
    category: LibraryCategory
    equipment: tuple[Equipment, ...] = ()
    support: tuple[Literal["chair", "counter", "wall"], ...] = Field(
        default=(), description="Something steady to hold, any one of these (in order of preference)."
    )
    access: str | None = Field(
        default=None,
        description="A place or kit beyond the contract's equipment (a pool, a bicycle); "
        "planned only for people who say they enjoy one of its activities.",
    )
    activities: tuple[Activity, ...] = ()
    muscles: tuple[Text, ...] = ()
    region: (
        Literal["upper_back", "legs", "hips", "chest", "arms", "shoulders", "trunk", "whole_body"] | None
    ) = Field(default=None, description="Main body region; required for strength and posture.")
    intensity: Literal["light", "moderate", "vigorous"] | None = Field(
        default=None, description="Effort of aerobic work; brisk walking is moderate."
    )
    level: int = Field(ge=1, le=5, description="1 = easiest in its category, 5 = hardest.")
    tags: tuple[Tag, ...] = ()
    position: Literal["standing", "sitting", "lying", "kneeling", "walking", "in_water"]
    side: Literal["both", "each"] = "both"
    steps: tuple[Text, ...] = Field(min_length=2)
    cues: tuple[Text, ...] = Field(min_length=1)
    mistakes: tuple[Text, ...] = Field(min_length=1)
    dose: DoseSet
    progressions: tuple[Slug, ...] = ()
    regressions: tuple[Slug, ...] = ()
    minutes: int = Field(ge=1, le=90)
    sources: tuple[Text, ...] = Field(min_length=1)
    illustration: Illustration

    @cached_property
    def _kit(self) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
        """What it always needs, and each way of adding one support to hold."""
        base = frozenset(set(self.equipment) | ({"weight_machine"} if "machine" in self.tags else set()))
        return base, tuple(base | {s} for s in self.support)

    def always_needs(self) -> frozenset[str]:
        """The equipment it needs whatever support is held (a weight machine when `machine`)."""
        return self._kit[0]

    def uses(self, item: str) -> bool:
        """Whether it can use `item`: as equipment, or as the steady thing to hold."""
        return item in self._kit[0] or item in self.support

    def needs(self) -> frozenset[str]:
        """The equipment this exercise needs, with its first choice of support."""
        base, holds = self._kit
        return holds[0] if holds else base

    def needs_with(self, available: frozenset[str]) -> frozenset[str] | None:
        """All the equipment it needs from what is `available` (None when it cannot be done):
        its equipment, a weight machine when tagged `machine`, and one support it can hold."""
        base, holds = self._kit
        if not base <= available:
            return None
        if not holds:
            return base
        return next((h for h in holds if h <= available), None)


class Source(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]*$")]
    citation: Text
    url: str | None = None
    verified: Literal["P", "R", "S", "COMPUTED"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the content, named by file and field."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class ContentError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Library:
    exercises: dict[str, Exercise]
    sources: dict[str, Source]
    version: str
    by_activity: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, slug: str) -> Exercise:
        return self.exercises[slug]

    def in_category(self, category: str) -> list[Exercise]:
        return [e for e in self.exercises.values() if e.category == category]


def _field_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif not re.match(r"^(SetsDose|MinutesDose|HoldsDose|ImpactsDose|tuple\[.*\])$", item):
            parts.append(("." if parts else "") + item)
    return "".join(parts) or "(file)"


def problems_from(file: str, error: ValidationError) -> list[Problem]:
    return [Problem(file, _field_path(e["loc"]), e["msg"]) for e in error.errors()]


def _read_yaml(path: Path, rel: str, problems: list[Problem]) -> Any:
    try:
        return yaml_text(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        problems.append(Problem(rel, "(file)", f"not valid YAML: {exc}"))
    except OSError as exc:
        problems.append(Problem(rel, "(file)", f"cannot be read: {exc}"))
    return None


def load_sources(root: Path, problems: list[Problem]) -> dict[str, Source]:
    rel = "content/sources.yaml"
    data = _read_yaml(root / "sources.yaml", rel, problems)
    if not isinstance(data, list):
        if data is not None:
            problems.append(Problem(rel, "(file)", "must be a list of sources"))
        return {}
    sources: dict[str, Source] = {}
    for index, raw in enumerate(data):
        try:
            source = Source.model_validate(raw)
        except ValidationError as exc:
            problems += [Problem(rel, f"[{index}].{p.field}", p.message) for p in problems_from(rel, exc)]
            continue
        if source.id in sources:
            problems.append(Problem(rel, f"[{index}].id", f"'{source.id}' is defined twice"))
        sources[source.id] = source
    return sources


def _load_exercise(path: Path, problems: list[Problem]) -> Exercise | None:
    rel = f"content/exercises/{path.name}"
    data = _read_yaml(path, rel, problems)
    if not isinstance(data, dict):
        if data is not None:
            problems.append(Problem(rel, "(file)", "must be a mapping of fields"))
        return None
    try:
        exercise = Exercise.model_validate(data)
    except ValidationError as exc:
        problems += problems_from(rel, exc)
        return None
    if exercise.slug != path.stem:
        problems.append(Problem(rel, "slug", f"'{exercise.slug}' must match the file name"))
    return exercise


def _cross_check(
    exercises: dict[str, Exercise], sources: dict[str, Source], problems: list[Problem], known: set[str]
) -> None:
    """Links and citations; `known` holds every file's slug, valid or not, so one broken file
    is reported once rather than again by every file that links to it."""
    for slug, ex in exercises.items():
        rel = f"content/exercises/{slug}.yaml"
        for name in ("progressions", "regressions"):
            for i, other in enumerate(getattr(ex, name)):
                if other not in known:
                    problems.append(Problem(rel, f"{name}[{i}]", f"no exercise '{other}'"))
                elif other == slug:
                    problems.append(Problem(rel, f"{name}[{i}]", "an exercise cannot follow itself"))
        for i, source in enumerate(ex.sources):
            if source not in sources:
                problems.append(Problem(rel, f"sources[{i}]", f"'{source}' is not in content/sources.yaml"))
        if ex.category in ("strength", "posture") and ex.region is None:
            problems.append(Problem(rel, "region", f"a {ex.category} exercise needs a region"))
        if ex.category.startswith("aerobic") and ex.intensity is None:
            problems.append(Problem(rel, "intensity", "an aerobic exercise needs an intensity"))
        if set(ex.support) & set(ex.equipment):
            problems.append(Problem(rel, "support", "list a support in `support` or `equipment`, not both"))
        if ex.access and not ex.activities:
            problems.append(Problem(rel, "activities", "an exercise with `access` needs activities"))


def content_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load_library(root: Path) -> Library:
    """Read and validate the whole library under `root` (the `content/` folder)."""
    problems: list[Problem] = []
    sources = load_sources(root, problems)
    exercises: dict[str, Exercise] = {}
    paths = sorted((root / "exercises").glob("*.yaml"))
    for path in paths:
        exercise = _load_exercise(path, problems)
        if exercise is not None:
            exercises[exercise.slug] = exercise
    _cross_check(exercises, sources, problems, {p.stem for p in paths})
    if problems:
        raise ContentError(problems)
    by_activity: dict[str, list[str]] = {}
    for ex in exercises.values():
        for activity in ex.activities:
            by_activity.setdefault(activity, []).append(ex.slug)
    return Library(
        exercises=exercises,
        sources=sources,
        version=content_hash(root / "exercises"),
        by_activity={k: tuple(v) for k, v in by_activity.items()},
    )


def default_content_root() -> Path:
    """`content/` beside the package (a checkout or an editable install)."""
    return Path(__file__).resolve().parents[2] / "content"
