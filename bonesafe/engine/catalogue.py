"""Plain views of library exercises for the CLI and the API."""

from __future__ import annotations

from typing import Any

from bonesafe.engine.library import Exercise, Library, dose_dict
from bonesafe.engine.text import dose_words


def exercise_dict(ex: Exercise) -> dict[str, Any]:
    return {
        "slug": ex.slug,
        "name": ex.name,
        "summary": ex.summary,
        "category": ex.category,
        "equipment": sorted(ex.needs()),
        "activities": list(ex.activities),
        "muscles": list(ex.muscles),
        "region": ex.region,
        "intensity": ex.intensity,
        "level": ex.level,
        "tags": list(ex.tags),
        "position": ex.position,
        "side": ex.side,
        "steps": list(ex.steps),
        "cues": list(ex.cues),
        "mistakes": list(ex.mistakes),
        "dose": {"default": dose_dict(ex.dose.default), "beginner": dose_dict(ex.dose.beginner)},
        "progressions": list(ex.progressions),
        "regressions": list(ex.regressions),
        "minutes": ex.minutes,
        "sources": list(ex.sources),
        "illustration": {"description": ex.illustration.description},
    }


def _numbered(title: str, lines: tuple[str, ...], bullet: bool = False) -> str:
    if not lines:
        return ""
    body = "".join(f"  {'-' if bullet else str(n) + '.'} {line}\n" for n, line in enumerate(lines, 1))
    return f"{title}\n{body}\n"


def exercise_text(ex: Exercise, library: Library) -> str:
    names = library.exercises
    harder = tuple(f"{names[s].name} ({s})" for s in ex.progressions)
    easier = tuple(f"{names[s].name} ({s})" for s in ex.regressions)
    equipment = ", ".join(sorted(ex.needs())) or "none (body weight)"
    return (
        f"{ex.name} [{ex.slug}]\n{'=' * len(ex.name)}\n{ex.summary}\n\n"
        f"Category: {ex.category.replace('_', ' ')}   Equipment: {equipment}\n"
        f"Dose: {dose_words(dose_dict(ex.dose.default))} "
        f"(starting out: {dose_words(dose_dict(ex.dose.beginner))}); about {ex.minutes} min\n"
        f"Movement tags: {', '.join(ex.tags) or 'none'}\n\n"
        + _numbered("Steps", ex.steps)
        + _numbered("Form cues", ex.cues, bullet=True)
        + _numbered("Common mistakes", ex.mistakes, bullet=True)
        + _numbered("To make it harder", harder, bullet=True)
        + _numbered("To make it easier", easier, bullet=True)
        + "Sources: "
        + ", ".join(ex.sources)
        + "\n"
    )
