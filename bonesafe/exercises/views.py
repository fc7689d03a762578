from functools import lru_cache

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_cookie

from bonesafe.core.engine import load_engine
from bonesafe.core.forms import mark_errors
from bonesafe.engine.library import dose_dict
from bonesafe.engine.text import dose_words
from bonesafe.exercises.forms import ExerciseFilterForm
from bonesafe.exercises.query import filter_exercises
from bonesafe.figure import animated_svg, static_svg


# The library is fixed for the life of a process: its pages are cached per URL, and per
# visitor (the menu shows who is signed in), so `vary_on_cookie` sits inside `cache_page`.
@cache_page(600)
@vary_on_cookie
@require_safe
def exercise_list(request: HttpRequest) -> HttpResponse:
    form = ExerciseFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        mark_errors(form)
    library = load_engine().library
    found = filter_exercises(library, form.to_filter())
    rows = [(e, dose_words(dose_dict(e.dose.default))) for e in found]
    return render(
        request, "exercises/list.html", {"form": form, "rows": rows, "total": len(library.exercises)}
    )


@lru_cache(maxsize=256)
def _figures(slug: str, version: str) -> tuple[SafeString, SafeString]:
    ex = load_engine().library.exercises[slug]
    # The SVG is built by our own code from validated numbers; text is escaped inside.
    moving = mark_safe(animated_svg(ex.illustration, ex.name, f"fig-{slug}"))  # noqa: S308
    still = mark_safe(static_svg(ex.illustration, f"{ex.name}: start and end", f"still-{slug}"))  # noqa: S308
    return moving, still


@cache_page(600)
@vary_on_cookie
@require_safe
def exercise_detail(request: HttpRequest, slug: str) -> HttpResponse:
    library = load_engine().library
    ex = library.exercises.get(slug)
    if ex is None:
        raise Http404(f"No exercise '{slug}'.")
    moving, still = _figures(slug, library.version)
    context = {
        "ex": ex,
        "moving": moving,
        "still": still,
        "dose": dose_words(dose_dict(ex.dose.default)),
        "beginner": dose_words(dose_dict(ex.dose.beginner)),
        "equipment": sorted(ex.always_needs()),
        "harder": [library.exercises[s] for s in ex.progressions],
        "easier": [library.exercises[s] for s in ex.regressions],
        "sources": [library.sources[s] for s in ex.sources],
    }
    return render(request, "exercises/detail.html", context)
