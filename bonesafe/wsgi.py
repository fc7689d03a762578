"""WSGI entry point (granian serves it; see `bonesafe serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bonesafe.settings")
application = get_wsgi_application()
