"""Settings for the published build (GitHub Pages): pelicanconf plus the public address."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

# The site is served from a sub-path (https://USER.github.io/REPO/); links stay relative.
SITEURL = os.environ.get("BRIEFING_SITEURL", "")
RELATIVE_URLS = True
DELETE_OUTPUT_DIRECTORY = True
