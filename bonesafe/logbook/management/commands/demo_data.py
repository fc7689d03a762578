"""Realistic demo data: N people, each with an intake, a plan and D days of logs (seeded)."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from bonesafe.accounts.models import User
from bonesafe.core.engine import load_engine
from bonesafe.engine.intake import parse_intake
from bonesafe.engine.samples import intake as sample_intake
from bonesafe.logbook.models import ExerciseLog
from bonesafe.plans.models import PlanVersion


class Command(BaseCommand):
    help = "Create demo people with plans and a history of logs (for demos and benchmarks)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--people", type=int, default=50)
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *_: Any, **options: Any) -> None:
        rng = random.Random(options["seed"])  # noqa: S311 (seeded demo data, not secrets)
        engine, today = load_engine(), timezone.localdate()
        start = today - dt.timedelta(days=options["days"])
        made = 0
        for n in range(options["people"]):
            email = f"demo-{n:05d}@bonesafe.invalid"
            if User.objects.filter(email=email).exists():
                continue
            with transaction.atomic():
                self._person(rng, engine, email, start, options["days"])
            made += 1
        self.stdout.write(f"made {made} demo people with {options['days']} days of logs each")

    def _person(self, rng: random.Random, engine: Any, email: str, start: dt.date, days: int) -> None:
        user = User(email=email, username=email, first_name="Demo")
        user.set_unusable_password()
        user.save()
        raw = sample_intake(rng)
        raw.pop("red_flags", None)
        plan = engine.plan(parse_intake(json.dumps(raw)), start)
        version = PlanVersion.objects.create(
            user=user,
            number=1,
            intake=raw,
            plan=plan,
            start=start,
            library_version=engine.library.version,
            rulebook_version=engine.rulebook.version,
        )
        by_weekday = {d["day"]: d["items"] for d in plan["week"]}
        logs, keen = [], rng.uniform(0.4, 0.95)
        for offset in range(days):
            date = start + dt.timedelta(days=offset)
            if not by_weekday.get(date.isoweekday()) or rng.random() > keen:
                continue
            growth = offset // 21  # a little more each three weeks
            logs += [
                self._log(rng, user, version, date=date, item=item, growth=growth)
                for item in by_weekday[date.isoweekday()]
            ]
        ExerciseLog.objects.bulk_create(logs, batch_size=2000)

    @staticmethod
    def _log(
        rng: random.Random,
        user: User,
        version: PlanVersion,
        *,
        date: dt.date,
        item: dict[str, Any],
        growth: int,
    ) -> ExerciseLog:
        dose = item["dose"]
        if rng.random() < 0.05:
            return ExerciseLog(
                user=user,
                plan=version,
                date=date,
                exercise=item["exercise"],
                skipped=True,
                skip_reason="tired",
            )
        reps = int(str(dose.get("reps", "0")).split("-")[0]) or None
        return ExerciseLog(
            user=user,
            plan=version,
            date=date,
            exercise=item["exercise"],
            sets=dose.get("sets") or dose.get("holds"),
            reps=(reps + min(growth, 3)) if reps else None,
            minutes=dose.get("minutes"),
            effort=rng.randint(3, 7),
            pain=rng.choice((0, 0, 0, 1, 2)),
            resistance=f"band {('yellow', 'red', 'green', 'blue')[min(growth // 4, 3)]}"
            if "resistance_band" in item["equipment"]
            else "",
        )
