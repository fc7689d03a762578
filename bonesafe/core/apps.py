from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "bonesafe.core"
    label = "core"
    verbose_name = "bonesafe core"

    def ready(self) -> None:
        from bonesafe.core import checks  # noqa: F401 (registers the system checks)
