"""One error shape for the whole API: {"status": N, "errors": [{"field": ..., "message": ...}]}."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError


class NotFoundError(Exception):
    """An object the caller named does not exist (or is not theirs): 404 naming the field."""

    def __init__(self, field: str, message: str) -> None:
        self.field, self.message = field, message
        super().__init__(message)


class FieldError(Schema):
    field: str | None
    message: str


class ErrorOut(Schema):
    status: int
    errors: list[FieldError]


def _field(loc: list[Any]) -> str | None:
    parts = [str(p) for p in loc if p not in ("query", "body", "path", "payload", "filters")]
    return ".".join(parts) or None


def install(api: NinjaAPI) -> None:
    def respond(request: HttpRequest, status: int, errors: list[dict[str, Any]]) -> HttpResponse:
        return api.create_response(request, {"status": status, "errors": errors}, status=status)

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = [
            {"field": _field(list(e.get("loc", []))), "message": e.get("msg", "invalid")} for e in exc.errors
        ]
        return respond(request, 422, errors)

    @api.exception_handler(NotFoundError)
    def missing(request: HttpRequest, exc: NotFoundError) -> HttpResponse:
        return respond(request, 404, [{"field": exc.field, "message": exc.message}])

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, 404, [{"field": None, "message": str(exc) or "Not found."}])

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return respond(request, 401, [{"field": None, "message": "Sign in first."}])

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        fields = getattr(exc, "fields", None)
        if fields:
            return respond(request, exc.status_code, [f.dict() for f in fields])
        return respond(request, exc.status_code, [{"field": None, "message": str(exc)}])
