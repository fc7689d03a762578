from django.urls import path

from bonesafe.logbook import views

urlpatterns = [
    path("today", views.today, name="today"),
    path("today/<int:number>", views.today_item, name="today-item"),
    path("something-wrong", views.something_wrong, name="something-wrong"),
    path("progress", views.progress, name="progress"),
]
