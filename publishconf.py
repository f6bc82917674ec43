"""Settings for the published build (GitHub Pages): pelicanconf plus the public address."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

# The site is served from a sub-path (https://USER.github.io/REPO/); links stay relative, while
# feeds and the sitemap need the public address, so a published build without one stops here.
SITEURL = os.environ.get("BRIEFING_SITEURL", "").rstrip("/")
if not SITEURL.startswith(("https://", "http://")):
    raise SystemExit(
        "publishconf.py: BRIEFING_SITEURL must be the site's public address, "
        "e.g. BRIEFING_SITEURL=https://USER.github.io/REPO invoke publish"
    )
RELATIVE_URLS = True
DELETE_OUTPUT_DIRECTORY = True
