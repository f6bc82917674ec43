"""Pelican settings for the briefing site (the development build; see publishconf.py)."""

SITENAME = "Briefing: Israel–Russia leader contacts"
SITESUBTITLE = "Meetings, calls and visits between the leaders of Israel and Russia, as the press reported them"
# What the briefing follows (the home page says so; articles naming none of it are listed apart).
BRIEFING_SUBJECT = {"countries": ["Israel", "Russia"], "people": ["Benjamin Netanyahu", "Vladimir Putin"]}
SITEURL = ""
AUTHOR = "Briefing"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

# Seeds (raw .txt articles) are the articles; hand-written pages live in content/pages.
PATH = "."
ARTICLE_PATHS = ["seeds"]
PAGE_PATHS = ["content/pages"]
STATIC_PATHS = []
OUTPUT_PATH = "output"
THEME = "theme"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["briefing"]

# Every URL names a file, relative, so the site works from file:// and under a sub-path.
RELATIVE_URLS = True
ARTICLE_URL = "articles/{slug}.html"
ARTICLE_SAVE_AS = ""  # the briefing plugin writes article pages at ARTICLE_URL, re-rendering only changed ones
PAGE_URL = PAGE_SAVE_AS = "{slug}.html"
DIRECT_TEMPLATES = ["index", "search"]  # 404.html is the briefing plugin's: absolute links when published
INDEX_SAVE_AS = "index.html"
DEFAULT_PAGINATION = False

# Pelican's own taxonomies are not used: leaders and topics are the briefing's.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
ARTICLE_LANG_SAVE_AS = PAGE_LANG_SAVE_AS = ""
DRAFT_SAVE_AS = DRAFT_PAGE_SAVE_AS = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None

# Everything from a seed is untrusted: escape by default in every template.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": [], "autoescape": True}

DELETE_OUTPUT_DIRECTORY = True
CACHE_PATH = "cache"
