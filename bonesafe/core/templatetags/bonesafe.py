from django import template

from bonesafe.core.labels import words as _words

register = template.Library()


@register.filter
def words(value: str) -> str:
    return _words(str(value))
