"""The REST API, versioned in the URL: /api/v1/... ; OpenAPI docs at /api/docs."""

from ninja import NinjaAPI

from bonesafe import api_errors
from bonesafe.accounts.api import router as accounts
from bonesafe.exercises.api import router as exercises
from bonesafe.logbook.api import router as logbook
from bonesafe.plans.api import router as plans

api = NinjaAPI(
    title="bonesafe API",
    version="1",
    description="Safe, explained exercise plans for people with osteoporosis.",
    urls_namespace="api",
    docs_url="/docs",
)
api_errors.install(api)
api.add_router("/v1/exercises", exercises)
api.add_router("/v1", accounts)
api.add_router("/v1/me/plans", plans)
api.add_router("/v1/me", logbook)
