from django.apps import AppConfig


class ExercisesConfig(AppConfig):
    name = "bonesafe.exercises"
    label = "exercises"
