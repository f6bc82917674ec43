"""The noise patterns of one knowledge base (noise.yaml), compiled and screened once, and what the cleaner
makes of a page (Cleaned)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .knowledge import fold
from .prose import reads_as_prose
from .screening import Screen, Screened, screened, whole_line_pattern

_LABEL_JOINS = re.compile(r"\s*(?:&|,|\||/|\band\b)\s*")


@dataclass
class NoiseRules:
    """The compiled noise patterns of one knowledge base."""

    lines: Screened | None
    short: re.Pattern | None  # noise only on a line that does not read as prose
    captions: Screened | None
    blocks: Screened | None
    labels: frozenset
    summary_boxes: re.Pattern | None = None  # "Key points": a summary box's heading, its points under it
    record_labels: frozenset = frozenset()  # "synopsis": a newsreel record's label run into its field's first sentence
    teaser_ends: re.Pattern | None = None  # "Read more" under a teaser's headline: the teaser is a link
    tags: Screened | None = None  # a line of comma-separated keywords
    labelled_links: Screened | None = None  # "Video: another article's headline"
    comments: Screened | None = None  # "One thought on “...”": readers' comments follow, to the page's end
    pictured: Screened | None = None  # "X and Y during their meeting in Z": a picture's caption
    outlet_notes: re.Pattern | None = None  # "... our newsroom editors ...": the outlet on itself, searched for
    outlet_note_words: Screen | None = None  # ... in a paragraph holding one of its words
    outlets: frozenset = frozenset()  # folded organisation names: a page's masthead, not a headline
    post_signatures: Screened | None = None  # "— Jane Roe (@janeroe) July 22, 2019": an embedded post's end
    feed_footers: tuple[re.Pattern, ...] = ()  # "The post <headline> appeared first on <site>."
    countries: frozenset = frozenset()  # folded country names: "San Francisco, United States of America" is a place

    @classmethod
    def from_knowledge(cls, noise: dict, outlets=(), countries=()) -> NoiseRules:
        # the patterns tried on every line of a page, each on the lines holding its words, found by one scan of a line
        lines, captions, blocks, tags, labelled_links, comments, pictured, post_signatures = screened(
            [noise.get(kind) or [] for kind in ("lines", "captions", "blocks", "tags", "labelled_links", "comments",
                                                "pictured", "post_signatures")])
        outlet_notes = re.compile("|".join(f"(?:{p})" for p in noise["outlet_notes"]), re.IGNORECASE) \
            if noise.get("outlet_notes") else None
        return cls(
            lines=lines,
            short=whole_line_pattern(noise.get("short")),
            summary_boxes=whole_line_pattern(noise.get("summary_boxes")),
            captions=captions,
            blocks=blocks,
            labels=frozenset(fold(label) for label in noise.get("labels") or ()),
            record_labels=frozenset(fold(label) for label in noise.get("record_labels") or ()),
            teaser_ends=whole_line_pattern(noise.get("teaser_ends")),
            tags=tags,
            labelled_links=labelled_links,
            comments=comments,
            pictured=pictured,
            outlet_notes=outlet_notes,
            outlet_note_words=Screen(outlet_notes) if outlet_notes else None,
            outlets=frozenset(fold(name) for name in outlets),
            post_signatures=post_signatures,
            feed_footers=tuple(re.compile(pattern, re.IGNORECASE) for pattern in noise.get("feed_footers") or ()),
            countries=frozenset(fold(name) for name in countries),
        )

    def is_noise(self, line: str) -> bool:
        """A line the noise patterns match, whole, with or without a list's bullet ("• Vkontakte")."""
        line = line.lstrip(BULLETS) or line
        if self.lines and self.lines.match(line) or self.opens_summary_box(line):
            return True
        return bool(self.short and not reads_as_prose(line) and self.short.match(line))  # the cheaper test first

    def opens_summary_box(self, line: str) -> bool:
        return bool(self.summary_boxes and self.summary_boxes.match(line))

    def is_label(self, line: str) -> bool:
        """A section's label, alone or joined with others ("World", "Politics and policy")."""
        return all(part in self.labels for part in _LABEL_JOINS.split(fold(line)) if part)

    def is_caption(self, line: str) -> bool:
        return bool(self.captions and self.captions.match(line))

    def opens_block(self, line: str) -> bool:
        return bool(self.blocks and self.blocks.match(line.rstrip(":.… ")))  # "You might also be interested in..."

    def is_link_once_headlined(self, line: str) -> bool:
        """A tag line, a labelled link or a caption naming who is pictured: noise, once the
        article's headline is known."""
        return bool(self.tags and self.tags.match(line) and not reads_as_prose(line)) or bool(
            self.labelled_links and self.labelled_links.match(line)) or bool(self.pictured and self.pictured.match(line))

    def signs_post(self, line: str) -> bool:
        return bool(self.post_signatures and self.post_signatures.match(line))  # (whole: a line holds no line break)

    def footer_headline(self, line: str) -> str | None:
        """The headline a feed's closing line names ("" when a site's own pattern names none), or
        None for any other line."""
        found = next((m for m in (p.fullmatch(line) for p in self.feed_footers) if m), None)
        return (found.groupdict().get("title") or "").strip() if found else None

    def opens_comments(self, line: str) -> bool:
        return bool(self.comments and self.comments.match(line))

    def ends_teaser(self, line: str) -> bool:
        return bool(self.teaser_ends and self.teaser_ends.match(line))


@dataclass
class Cleaned:
    headline: str | None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)


BULLETS = "•▪►· "
