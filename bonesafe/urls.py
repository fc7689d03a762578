from django.urls import include, path

from bonesafe.api import api
from bonesafe.core import views as core
from bonesafe.exercises import views as exercises

urlpatterns = [
    path("", core.home, name="home"),
    path("healthz", core.healthz, name="healthz"),
    path("exercises", exercises.exercise_list, name="exercise-list"),
    path("exercises/<slug:slug>", exercises.exercise_detail, name="exercise-detail"),
    path("accounts/", include("bonesafe.accounts.urls")),
    path("", include("bonesafe.plans.urls")),
    path("", include("bonesafe.logbook.urls")),
    path("api/", api.urls),
]

handler404 = "bonesafe.core.views.not_found"
handler500 = "bonesafe.core.views.server_error"
