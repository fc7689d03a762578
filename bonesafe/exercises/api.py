from typing import Literal

from django.http import HttpRequest
from django.views.decorators.cache import cache_page
from ninja import Query, Router, Schema
from ninja.decorators import decorate_view

from bonesafe.api_errors import ErrorOut, NotFoundError
from bonesafe.core.engine import load_engine
from bonesafe.engine.catalogue import exercise_dict
from bonesafe.engine.vocab import Equipment, LibraryCategory, Tag
from bonesafe.exercises.query import ExerciseFilter, filter_exercises

router = Router(tags=["exercises"])


class DoseOut(Schema):
    sets: int | None = None
    reps: str | None = None
    minutes: int | None = None
    holds: int | None = None
    hold_seconds: int | None = None
    impacts: int | None = None


class DoseSetOut(Schema):
    default: DoseOut
    beginner: DoseOut


class IllustrationOut(Schema):
    description: str


class ExerciseOut(Schema):
    slug: str
    name: str
    summary: str
    category: LibraryCategory
    equipment: list[Equipment]
    activities: list[str]
    muscles: list[str]
    region: str | None
    intensity: str | None
    level: int
    tags: list[Tag]
    position: str
    side: Literal["both", "each"]
    steps: list[str]
    cues: list[str]
    mistakes: list[str]
    dose: DoseSetOut
    progressions: list[str]
    regressions: list[str]
    minutes: int
    sources: list[str]
    illustration: IllustrationOut


class ExerciseFilters(Schema):
    category: LibraryCategory | None = None
    equipment: Equipment | Literal["none"] | None = None
    tag: Tag | None = None
    q: str | None = None


@router.get(
    "",
    response={200: list[ExerciseOut], 422: ErrorOut},
    summary="List exercises",
    openapi_extra={"responses": {200: {"description": "Exercises matching every filter given"}}},
)
@decorate_view(cache_page(600))
def list_exercises(request: HttpRequest, filters: Query[ExerciseFilters]) -> list[dict[str, object]]:
    """Exercises of the library, filtered by category, equipment (`none` for body weight),
    movement tag and a search in the name."""
    flt = ExerciseFilter(**{k: v or "" for k, v in filters.dict().items()})
    return [exercise_dict(e) for e in filter_exercises(load_engine().library, flt)]


@router.get("/{slug}", response={200: ExerciseOut, 404: ErrorOut}, summary="One exercise")
@decorate_view(cache_page(600))
def get_exercise(request: HttpRequest, slug: str) -> dict[str, object]:
    exercise = load_engine().library.exercises.get(slug)
    if exercise is None:
        raise NotFoundError("slug", f"No exercise '{slug}'.")
    return exercise_dict(exercise)
