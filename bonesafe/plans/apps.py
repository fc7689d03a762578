from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "bonesafe.plans"
    label = "plans"
    verbose_name = "intakes and plans"
