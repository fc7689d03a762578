"""Loading the library into the database is idempotent and keeps retired exercises."""

import pytest
from django.core.management import call_command

from bonesafe.core.engine import load_engine
from bonesafe.exercises.models import Exercise
from bonesafe.exercises.sync import library_loaded, load_library


@pytest.mark.django_db
def test_loading_twice_changes_nothing() -> None:
    engine = load_engine()
    load_library(engine)
    first = list(Exercise.objects.values_list("slug", "version"))
    load_library(engine)
    assert list(Exercise.objects.values_list("slug", "version")) == first
    assert len(first) == len(engine.library.exercises)
    assert library_loaded(engine)


@pytest.mark.django_db
def test_an_exercise_that_left_the_library_is_retired_not_deleted() -> None:
    Exercise.objects.create(slug="old_move", name="Old", category="strength", level=1, data={}, version="x")
    load_library(load_engine())
    assert Exercise.objects.get(slug="old_move").retired


@pytest.mark.django_db
def test_the_command_skips_when_current(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("load_library")
    call_command("load_library", if_needed=True)
    assert "already loaded" in capsys.readouterr().out
