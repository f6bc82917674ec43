"""The built site in headless Chromium: accessible, readable on a phone and on paper, inert to seed markup."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, ROOT, build_site

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGE_TYPES = {
    "home": "index.html",
    "article": "articles/002-8b5dc125d6747cd0.html",
    "leader": "leaders/vladimir-putin.html",
    "leaders": "leaders/index.html",
    "topic": "topics/syria.html",
    "topics": "topics/index.html",
    "timeline": "timeline.html",
    "search": "search.html?q=putin",
    "about": "about.html",
    "404": "404.html",
}


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_axe_core_finds_no_violations(browser, sample_site, kind):
    context = browser.new_context(bypass_csp=True)  # axe is injected as an inline script
    page = context.new_page()
    page.goto((sample_site / PAGE_TYPES[kind].split("?")[0]).as_uri() + ("?q=putin" if "?" in PAGE_TYPES[kind] else ""))
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => { const r = await axe.run(document); return r.violations; }")
    context.close()
    assert result == [], json.dumps([(v["id"], v["nodes"][0]["target"]) for v in result], indent=1)


@pytest.mark.parametrize("kind", ["home", "article", "leader", "timeline"])
def test_pages_fit_a_phone_screen(browser, sample_site, kind):
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto((sample_site / PAGE_TYPES[kind]).as_uri())
    overflow = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert overflow <= 375


def test_print_drops_navigation(browser, sample_site):
    page = browser.new_page()
    page.goto((sample_site / PAGE_TYPES["article"]).as_uri())
    page.emulate_media(media="print")
    assert not page.locator("header nav").is_visible()
    assert page.locator("article h1").is_visible()
    page.close()


def test_keyboard_reaches_the_content_through_the_skip_link(browser, sample_site):
    page = browser.new_page()
    page.goto((sample_site / "index.html").as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.close()


def test_hostile_seed_pages_run_nothing_and_request_nothing_elsewhere(browser, tmp_path):
    output = build_site(tmp_path / "site", [FIXTURES / "search-hostile.txt"])
    events = []
    page = browser.new_page()
    page.on("dialog", lambda d: (events.append(("dialog", d.message)), d.dismiss()))
    page.on("pageerror", lambda e: events.append(("pageerror", str(e))))
    page.on("console", lambda m: m.type == "error" and events.append(("console", m.text)))
    page.on("request", lambda r: not r.url.startswith("file://") and events.append(("request", r.url)))
    pages = list(output.rglob("*.html"))
    assert len(pages) > 5
    for html in pages:
        page.goto(html.as_uri())
        for link in page.locator("a").all():
            href = link.get_attribute("href") or ""
            assert not href.lower().startswith("javascript:"), (html, href)
    page.goto((output / "search.html").as_uri() + "?q=zanzibarite")
    page.locator(".search-result").first.wait_for(timeout=10000)
    page.close()
    assert events == []
