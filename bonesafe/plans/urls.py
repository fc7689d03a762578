from django.urls import path

from bonesafe.plans import views

urlpatterns = [
    path("intake", views.intake_step, name="intake"),
    path("intake/review", views.intake_review, name="intake-review"),
    path("intake/<slug:step>", views.intake_step, name="intake-step"),
    path("plan", views.my_plan, name="plan"),
]
