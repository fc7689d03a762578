import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

# Playwright's sync API keeps an event loop running; the live server's database setup is
# synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def plain_static(settings: Any) -> None:
    """Tests run without `collectstatic`: serve static files from the apps."""
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium, never a downloaded browser; no background network."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2 A/AA (and best-practice) violations, as 'rule: target' lines."""
    page.evaluate(AXE)
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
    )
    return [f"{v['id']}: {n['target']}" for v in result["violations"] for n in v["nodes"]]
