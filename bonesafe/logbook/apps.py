from django.apps import AppConfig


class LogbookConfig(AppConfig):
    name = "bonesafe.logbook"
    label = "logbook"
    verbose_name = "exercise log"
