from typing import Any

from django.core.management.base import BaseCommand

from bonesafe.accounts.models import User

DEMO_EMAIL = "demo@bonesafe.invalid"
DEMO_PASSWORD = "bonesafe demo walk"  # noqa: S105 (a published demo login, local use only)


class Command(BaseCommand):
    help = "Create the demo account named in the README (for local use; idempotent)."

    def handle(self, *_: Any, **__: Any) -> None:
        if User.objects.filter(email=DEMO_EMAIL).exists():
            return
        User.objects.create_user(email=DEMO_EMAIL, password=DEMO_PASSWORD, first_name="Dana")
        self.stdout.write(f"demo account: {DEMO_EMAIL} / {DEMO_PASSWORD}")
