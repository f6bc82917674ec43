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


def _axe_violations(browser, site, kind, scheme, viewport=None):
    context = browser.new_context(bypass_csp=True, color_scheme=scheme,  # axe is injected as an inline script
                                  **({"viewport": viewport} if viewport else {}))
    page = context.new_page()
    page.goto((site / PAGE_TYPES[kind].split("?")[0]).as_uri() + ("?q=putin" if "?" in PAGE_TYPES[kind] else ""))
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => { const r = await axe.run(document); return r.violations; }")
    context.close()
    return result


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_axe_core_finds_no_violations(browser, sample_site, kind, scheme):
    result = _axe_violations(browser, sample_site, kind, scheme)
    assert result == [], json.dumps([(v["id"], v["nodes"][0]["target"]) for v in result], indent=1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_axe_core_finds_no_violations_at_200_percent_zoom(browser, sample_site, kind, scheme):
    # 200% zoom of a 1280 x 800 window lays the page out in 640 x 400 CSS pixels.
    result = _axe_violations(browser, sample_site, kind, scheme, viewport={"width": 640, "height": 400})
    assert result == [], json.dumps([(v["id"], v["nodes"][0]["target"]) for v in result], indent=1)


CONTRAST = """([a, b]) => {
  const rgb = c => c.match(/[0-9.]+/g).slice(0, 3).map(Number).map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
  const lum = c => { const [r, g, bl] = rgb(c); return 0.2126 * r + 0.7152 * g + 0.0722 * bl; };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focus_ring_stands_out_in_both_schemes(browser, sample_site, scheme):
    page = browser.new_page(color_scheme=scheme)
    page.goto((sample_site / "index.html").as_uri())
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the skip link, to the site's name
    ring, width, background = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
      return [s.outlineColor, s.outlineWidth, getComputedStyle(document.body).backgroundColor]; }""")
    ratio = page.evaluate(CONTRAST, [ring, background])
    page.close()
    assert width == "3px" and ratio >= 3, (ring, background, ratio)


def test_the_dark_scheme_is_dark(browser, sample_site):
    page = browser.new_page(color_scheme="dark")
    page.goto((sample_site / "index.html").as_uri())
    background, ink = page.evaluate("[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]")
    ratio = page.evaluate(CONTRAST, [ink, background])
    page.close()
    assert background == "rgb(20, 23, 26)" and ratio >= 7


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_the_header_is_compact_on_a_phone(browser, sample_site, kind):
    page = browser.new_page(viewport={"width": 375, "height": 667})
    page.goto((sample_site / PAGE_TYPES[kind].split("?")[0]).as_uri())
    height = page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
    links = page.locator("header nav a").all()
    reachable = all(link.is_visible() for link in links)
    page.close()
    assert height <= 120 and reachable, height


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
