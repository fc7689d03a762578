"""Who is asking: every per-person lookup goes through here."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from bonesafe.accounts.models import User


def person(request: HttpRequest) -> User:
    """The signed-in user (views using this are behind login_required)."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied
    return user
