"""A seed's text to the record of the extraction contract (spec/extract-contract.md).

Text in, data out: no Pelican here. `extract_text` works on a string, `extract_file` adds
reading the bytes, the slug from the file name and the sidecar's corrections.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

from . import classify, dates, sidecar, slugs
from .cleaning import Cleaned, NoiseRules, clean, is_paragraph_like, sentence_starts
from .knowledge import Knowledge, load_knowledge
from .people import PeopleFinder
from .quotes import QuoteFinder
from .textio import UnreadableSeed, decode, normalise

logger = logging.getLogger(__name__)

_ATTRIBUTION_TAIL = re.compile(r",\s+[^,]*\b(?:said|says|reported|told|according to|announced)\b.*$")
_INTERVIEW_TURN = re.compile(r"^(?:Q|A|Question|Answer)\s*:")
_SUMMARY_WORDS = 60
_TITLE_WORDS = 14
_EVENT_PARAGRAPHS = 4
# "President of Russia Vladimir Putin: ..." opens a speaker's turn in a transcript.
_TRANSCRIPT_TURN = re.compile(r"^[A-Z][\w.'’\-]*(?:\s+(?:of|the|[A-Z][\w.'’\-]*)){0,8}:\s")
_DISCUSSED = re.compile(r"\b(?:discuss\w*|agreed|signed)\b", re.IGNORECASE)
_CONTACT_CUE = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|summit|spoke|speak|call|called|phone|telephone|conversation|"
    r"visit|visited|visits|hosted|welcomed|received|signed|signing)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _noise_rules(kb: Knowledge) -> NoiseRules:
    return NoiseRules.from_knowledge(kb.noise, kb.organisation_by_alias)


def sentences(paragraph: str) -> list[str]:
    """Split at sentence ends, not after abbreviations ("Mr.") or initials ("J.")."""
    starts = sentence_starts(paragraph) + [len(paragraph)]
    return [s for s in (paragraph[a:b].strip() for a, b in zip(starts, starts[1:])) if s]


def _derive_title(paragraphs: list[str]) -> str:
    for paragraph in paragraphs:
        first = next(iter(sentences(paragraph)), "").rstrip(".!?")
        first = _ATTRIBUTION_TAIL.sub("", first).strip(" “”\"„")
        words = first.split()
        if len(words) > _TITLE_WORDS:
            return " ".join(words[:_TITLE_WORDS]).rstrip(",;:") + "…"
        if words:
            return first
    return "Untitled"


def _summary(paragraphs: list[str], mentions_by_paragraph: set[int]) -> str:
    """One to three sentences from the lead, starting at the first paragraph that names someone
    or reports the contact (not at a stray excerpt the page put first)."""
    start = next(
        (i for i in range(min(3, len(paragraphs)))
         if i in mentions_by_paragraph or _CONTACT_CUE.search(paragraphs[i]) or _DISCUSSED.search(paragraphs[i])),
        0,
    )
    chosen: list[str] = []
    for paragraph in paragraphs[start:]:
        if _TRANSCRIPT_TURN.match(paragraph) and chosen:
            break  # the transcript that follows a lead is speech, not summary
        if (paragraph.startswith(("“", "„", '"', "«")) or _INTERVIEW_TURN.match(paragraph)
                or _TRANSCRIPT_TURN.match(paragraph) or not is_paragraph_like(paragraph)):
            continue  # a quotation or a caption-like fragment does not sum up the article
        dateline = classify.DATELINE.match(paragraph)
        for sentence in sentences(paragraph[dateline.end():] if dateline else paragraph):
            if sentence.endswith(":"):
                continue  # it introduces a quotation; the summary says what happened
            if chosen and (len(chosen) == 3 or len(" ".join(chosen + [sentence]).split()) > _SUMMARY_WORDS):
                return " ".join(chosen)
            chosen.append(sentence)
    return " ".join(chosen)


def _dateline_date(paragraphs: list[str]):
    """The date of a wire dateline ("WARSAW, May 12, 2023 (Reuters) -"): the day the report was filed."""
    for paragraph in paragraphs[:3]:
        dateline = classify.DATELINE.match(paragraph)
        stated = dates.find_dates(dateline.group(0)) if dateline else None
        if stated:
            return stated[0][0]
    return None


def _event_date(headline, paragraphs, published):
    """The date of the contact: stated in the lead sentence reporting it, or relative to publication."""
    for text in ([headline] if headline else []) + paragraphs[:_EVENT_PARAGRAPHS]:
        dateline = classify.DATELINE.match(text)  # its date is the report's, not the contact's
        for sentence in sentences(text[dateline.end():] if dateline else text):
            if not _CONTACT_CUE.search(sentence):
                continue
            stated = dates.find_dates(sentence)
            if stated:
                return stated[0][0], "text"
            if dates.has_relative(sentence):
                # Relative to publication; with no publication date the day stays unknown.
                return dates.resolve_relative(sentence, published), "derived"
    return None, None


def extract_text(text: str, *, file: str = "", slug: str = "", knowledge: Knowledge | None = None) -> dict:
    """Every contract field for one seed's (already decoded) text."""
    kb = knowledge or load_knowledge()
    cleaned: Cleaned = clean(normalise(text), _noise_rules(kb))
    paragraphs = cleaned.paragraphs
    warnings: list[str] = []

    title, title_source = cleaned.headline, "text"
    if not title:
        title, title_source = _derive_title(paragraphs or [text.strip()[:200]]), "derived"
        warnings.append("title derived")

    published = dates.publication_date(cleaned.meta_lines) or _dateline_date(paragraphs)
    event, event_source = _event_date(cleaned.headline, paragraphs, published)
    if published is None:
        warnings.append("no date found" if event is None else "no publication date found")
        for ambiguous in filter(None, map(dates.ambiguous_date_line, cleaned.meta_lines)):
            warnings.append(f"ambiguous date {ambiguous} (day/month order unknown) not used")

    finder = PeopleFinder(kb)
    finder.scan([cleaned.headline or ""] + paragraphs)
    people = finder.people()
    if not people:
        warnings.append("no people found")
    kind = classify.kind_of_contact(kb, cleaned.headline, paragraphs)
    topics = classify.topics(kb, cleaned.headline, paragraphs)
    if not topics:
        warnings.append("no topics found")
    quotes = QuoteFinder(kb, paragraphs, finder.mentions, segment_offset=1, people=people).quotes()
    named_paragraphs = {m.segment - 1 for m in finder.mentions}
    if not paragraphs:
        warnings.append("no article text left after cleaning")

    record = {
        "file": file,
        "slug": slug,
        "title": title,
        "title_source": title_source,
        "published": published.isoformat() if published else None,
        "event_date": event.isoformat() if event else None,
        "source": classify.source(kb, cleaned.meta_lines, paragraphs),
        "kind": kind,
        "location": classify.location(kb, kind, cleaned.headline, paragraphs),
        "people": people,
        "countries": classify.countries(kb, cleaned.headline, paragraphs),
        "topics": topics,
        "quotes": quotes,
        "summary": _summary(paragraphs, named_paragraphs),
        "body": paragraphs,
        "removed": cleaned.removed,
        "warnings": warnings,
        # Where each extracted value came from; a field with no value has no source.
        "field_sources": {"title": title_source, **({"event_date": event_source} if event else {})},
    }
    return record


def extract_file(path: Path | str, *, knowledge: Knowledge | None = None, display: str | None = None,
                 data: bytes | None = None, sidecars: dict | None = None) -> dict:
    """Read, decode and extract one seed file, then apply its sidecar; from `data` and `sidecars`
    (sidecar.read_sidecars' answer) when the build has read them already. Raises UnreadableSeed."""
    path = Path(path)
    display = display if display is not None else str(path)
    if data is None:
        if path.is_symlink():
            raise UnreadableSeed("symbolic link (not followed)")
        data = path.read_bytes()
    text, encoding = decode(data)
    record = extract_text(text, file=display, slug=slugs.slug_for(path), knowledge=knowledge)
    if encoding not in ("utf-8", "utf-8-sig"):
        logger.warning("%s: decoded as %s", display, encoding)
        record["warnings"].append(f"decoded as {encoding}")
    corrections = sidecar.find_sidecar(path, display, sidecars)
    if corrections is not None:  # an empty one may still carry problems to report
        sidecar.apply(record, corrections, knowledge or load_knowledge())
    return record


def error_record(display: str, reason: str) -> dict:
    """The contract's object for a seed that could not be read at all."""
    return {"file": display, "error": reason}
