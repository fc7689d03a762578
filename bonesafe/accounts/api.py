"""API authentication: the browser's session (with CSRF), or a bearer token for other clients."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.contrib.auth import authenticate
from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth

from bonesafe.accounts.models import ApiToken, User
from bonesafe.api_errors import ErrorOut

router = Router(tags=["accounts"])


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = ApiToken.objects.select_related("user").filter(digest=digest(token)).first()
        if found is None or not found.user.is_active:
            return None
        ApiToken.objects.filter(pk=found.pk).update(last_used=timezone.now())
        request.user = found.user
        return found.user


#: Every per-person endpoint accepts either.
AUTH: list[Any] = [BearerToken(), django_auth]


class TokenIn(Schema):
    email: str
    password: str
    name: str = ""


class TokenOut(Schema):
    token: str
    """Shown once: keep it safe. Send it as `Authorization: Bearer <token>`."""


@router.post("/tokens", response={201: TokenOut, 401: ErrorOut}, auth=None, summary="Get an API token")
def create_token(request: HttpRequest, body: TokenIn) -> Status[dict[str, str]]:
    user = authenticate(request, username=body.email.strip().lower(), password=body.password)
    if not isinstance(user, User):
        raise HttpError(401, "The email address or password is not right.")
    token = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, digest=digest(token), name=body.name[:100])
    return Status(201, {"token": token})
