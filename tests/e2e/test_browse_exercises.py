"""A person browses the library in a real browser (Debian's Chromium), by mouse and keyboard."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


def test_the_list_and_a_detail_page_filter_and_pass_axe(page: Page, live_server: object) -> None:
    base = str(live_server)
    page.goto(f"{base}/exercises")
    expect(page.get_by_role("heading", level=1)).to_have_text("Exercises")
    assert axe_violations(page) == []
    page.get_by_label("Type").select_option("balance")
    page.get_by_role("button", name="Show exercises").click()
    expect(page).to_have_url(f"{base}/exercises?q=&category=balance&equipment=&tag=")
    expect(page.get_by_role("link", name="Heel-to-toe stand, holding a chair")).to_be_visible()
    expect(page.get_by_role("link", name="Bent-over row with resistance tubing")).to_have_count(0)
    page.get_by_role("link", name="Heel-to-toe stand, holding a chair").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Heel-to-toe stand, holding a chair")
    expect(page.get_by_role("img").first).to_be_visible()
    expect(page.get_by_role("button", name="Pause the animation")).to_be_visible()
    assert axe_violations(page) == []


def test_a_bad_filter_is_explained_and_passes_axe(page: Page, live_server: object) -> None:
    page.goto(f"{live_server}/exercises?equipment=spaceship&q=row")
    expect(page.get_by_role("alert")).to_contain_text("There is a problem with the filter")
    expect(page.get_by_label("Search by name")).to_have_value("row")
    assert axe_violations(page) == []


def test_the_not_found_page_passes_axe(page: Page, live_server: object) -> None:
    response = page.goto(f"{live_server}/exercises/moonwalk")
    assert response is not None
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("We could not find that page")
    assert axe_violations(page) == []


def test_the_pages_work_by_keyboard_alone(page: Page, live_server: object) -> None:
    page.goto(f"{live_server}/exercises")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the main content")).to_be_focused()
    page.keyboard.press("Enter")
    page.get_by_label("Search by name").focus()
    page.keyboard.type("chin")
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Chin tuck")).to_be_visible()
    page.get_by_role("link", name="Chin tuck").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chin tuck")


def test_the_pages_fit_at_200_percent_zoom(page: Page, live_server: object) -> None:
    page.set_viewport_size({"width": 640, "height": 400})  # a 1280-wide window at 200%
    for path in ("/exercises", "/exercises/bent_over_row_tubing"):
        page.goto(f"{live_server}{path}")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_reduced_motion_shows_the_still_start_and_end_pictures(page: Page, live_server: object) -> None:
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{live_server}/exercises/bent_over_row_tubing")
    expect(page.locator(".figure-still svg")).to_be_visible()
    expect(page.locator(".figure-moving svg")).to_be_hidden()


def test_the_accessibility_check_itself_catches_a_broken_page(page: Page) -> None:
    page.set_content('<html><body><img src="x.png"><button></button></body></html>')
    found = {line.split(":")[0] for line in axe_violations(page)}
    assert {"image-alt", "button-name", "html-has-lang"} <= found
