"""Progress figures from a person's logs and plan: plain functions, no database access."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

WEEKS = 4


@dataclass(frozen=True)
class LogRow:
    date: dt.date
    exercise: str
    skipped: bool
    sets: int | None
    reps: int | None
    minutes: int | None
    resistance: str


@dataclass(frozen=True)
class DayCell:
    date: dt.date
    planned: bool
    done: bool

    @property
    def word(self) -> str:
        if self.done:
            return "done"
        return "missed" if self.planned else "rest"


def calendar(
    today: dt.date, plan_weekdays: set[int], since: dt.date, logs: list[LogRow]
) -> list[list[DayCell]]:
    """The last four weeks, Monday to Sunday: planned, done or rest on each day."""
    done = {r.date for r in logs if not r.skipped}
    monday = today - dt.timedelta(days=today.weekday() + 7 * (WEEKS - 1))
    weeks = []
    for w in range(WEEKS):
        week = []
        for d in range(7):
            date = monday + dt.timedelta(days=7 * w + d)
            planned = since <= date <= today and date.isoweekday() in plan_weekdays
            week.append(DayCell(date, planned, date in done))
        weeks.append(week)
    return weeks


def adherence(weeks: list[list[DayCell]]) -> list[dict[str, Any]]:
    """Per week: planned days done, out of planned days."""
    out = []
    for week in weeks:
        planned = [c for c in week if c.planned]
        done = [c for c in planned if c.done]
        share = round(100 * len(done) / len(planned)) if planned else None
        out.append({"monday": week[0].date, "planned": len(planned), "done": len(done), "percent": share})
    return out


def minutes_by_category(
    logs: list[LogRow], this_week: dt.date, planned_minutes: Mapping[str, int], category_of: Mapping[str, str]
) -> dict[str, int]:
    """Minutes logged since `this_week` (a Monday) per category; the plan's minutes when none typed."""
    totals: dict[str, int] = defaultdict(int)
    for row in logs:
        if row.skipped or row.date < this_week:
            continue
        minutes = row.minutes if row.minutes is not None else planned_minutes.get(row.exercise, 0)
        totals[category_of.get(row.exercise, "other")] += minutes
    return dict(totals)


def strength_trend(logs: list[LogRow], strength: set[str]) -> dict[str, list[tuple[dt.date, int, str]]]:
    """Per strength exercise, in date order: (date, total repetitions, resistance)."""
    trend: dict[str, list[tuple[dt.date, int, str]]] = defaultdict(list)
    for row in sorted(logs, key=lambda r: r.date):
        if row.skipped or row.exercise not in strength or not row.reps:
            continue
        trend[row.exercise].append((row.date, (row.sets or 1) * row.reps, row.resistance))
    return dict(trend)


def sparkline(points: list[int], width: int = 300, height: int = 80) -> str:
    """A small SVG line of the values (the page gives the same numbers as a table)."""
    if not points:
        return ""
    top = max(points) or 1
    step = width / max(1, len(points) - 1)
    coords = " ".join(
        f"{i * step:.0f},{height - 8 - (v / top) * (height - 16):.0f}" for i, v in enumerate(points)
    )
    return (
        f'<svg viewBox="0 0 {width} {height}" class="spark" aria-hidden="true" focusable="false">'
        f'<polyline points="{coords}" fill="none" stroke="#1d3f63" stroke-width="4"/></svg>'
    )
