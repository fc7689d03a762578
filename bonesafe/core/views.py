from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from bonesafe.core.engine import load_engine


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html", {"count": len(load_engine().library.exercises)})


@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok", **load_engine().version})


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"status": 404, "errors": [{"field": None, "message": "Not found."}]}, status=404)
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
