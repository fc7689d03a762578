from typing import Any

from django.core.management.base import BaseCommand

from bonesafe.core.engine import load_engine
from bonesafe.exercises.sync import library_loaded, load_library


class Command(BaseCommand):
    help = "Load the exercise library into the database (idempotent)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--if-needed", action="store_true", help="skip when already current")

    def handle(self, *_: Any, **options: Any) -> None:
        engine = load_engine()
        if options["if_needed"] and library_loaded(engine):
            self.stdout.write(f"library {engine.library.version} already loaded")
            return
        loaded, retired = load_library(engine)
        self.stdout.write(f"loaded {loaded} exercises (library {engine.library.version}); retired {retired}")
