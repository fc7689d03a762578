"""`bonesafe serve`: get the database and static files ready, then serve with granian (WSGI)."""

from __future__ import annotations

import os
import sys

from django.core.management import call_command


def prepare() -> None:
    """Migrate, load the library and collect static files; each step is a no-op when current."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bonesafe.settings")
    django.setup()
    from django.conf import settings

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_library", if_needed=True)
    call_command("collectstatic", interactive=False, verbosity=0)
    if os.environ.get("BONESAFE_DEMO") == "1":
        call_command("demo_account")


def serve(host: str, port: int, workers: int) -> None:
    from granian import Granian
    from granian.constants import Interfaces

    prepare()
    sys.stdout.write(f"bonesafe is serving on http://{host}:{port}/ (Ctrl+C to stop)\n")
    sys.stdout.flush()
    Granian(
        "bonesafe.wsgi:application",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        log_access=False,
    ).serve()
