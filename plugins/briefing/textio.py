"""Bytes of a seed file to text: encodings guessed safely, line endings and spaces normalised."""

from __future__ import annotations

import re
import unicodedata

# Unicode spaces that web pages leave in copied text (NBSP, narrow NBSP, thin space...).
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What text hardly ever holds: control characters (C1 ones too, which Latin-1 makes of 0x80-0x9f),
# and, of the non-ASCII characters, unassigned, private-use and lone surrogate ones.
_UNLIKELY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNLIKELY_CATEGORIES = {"Cn", "Co", "Cs"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Byte-order marks that announce UTF-32 and UTF-16, whose text is full of NUL bytes; UTF-32 first,
# as its little-endian mark starts like UTF-16's.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_SAMPLE = 65536
# Above this share of non-ASCII characters among the visible ones, bytes read one by one are not
# Latin-script text (French or Icelandic stay far below it) but binary, or another script.
_MAX_NON_ASCII = 0.3
_WORDLESS = 16  # characters of a wide encoding's text without one space or punctuation mark: no text


class UnreadableSeed(ValueError):
    """A seed that holds no text we can use; the message says why in a few words."""


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name): UTF-16/32 by their byte-order mark, else UTF-8, else
    Windows-1252 (which covers Latin-1 text), else Latin-1. Raises UnreadableSeed for no text."""
    wide = next((encoding for bom, encoding in _WIDE_BOMS if data.startswith(bom)), None)
    if wide:
        try:
            text = data.decode(wide)  # the codec reads the mark for the byte order, and drops it
        except UnicodeDecodeError:
            raise UnreadableSeed(f"binary file (not {wide.upper()} after its byte-order mark)") from None
        encoding = wide
    elif b"\x00" in data[:_SAMPLE]:
        raise UnreadableSeed("binary file (contains NUL bytes)")
    elif data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _decode_8bit(data[3:])
        encoding = "utf-8-sig" if encoding == "utf-8" else encoding
    else:
        text, encoding = _decode_8bit(data)
    if not text.strip():
        raise UnreadableSeed("empty file" if not data else "no text (only whitespace)")
    sample = text[:_SAMPLE]
    beyond_ascii = _NON_ASCII.findall(sample)  # a few in a page of English: looked at one by one
    unlikely = len(_UNLIKELY_CONTROL.findall(sample)) + sum(
        1 for c in beyond_ascii if unicodedata.category(c) in _UNLIKELY_CATEGORIES
    )
    if unlikely > max(8, len(sample) // 100):
        raise UnreadableSeed("binary file (mostly control or unassigned characters)")
    if wide and len(sample) >= _WORDLESS and not any(c.isspace() or unicodedata.category(c)[0] == "P" for c in sample):
        # random bytes after a UTF-16 mark read as a run of CJK characters: text, of any script, has spaces or stops
        raise UnreadableSeed(f"binary file (no space nor punctuation in {wide.upper()})")
    if encoding in ("cp1252", "latin-1"):
        visible = len(sample) - sum(map(str.isspace, sample))
        non_ascii = sum(1 for c in beyond_ascii if not c.isspace())
        if non_ascii > max(8, visible * _MAX_NON_ASCII):
            raise UnreadableSeed("binary file (not text in UTF-8 or Windows-1252)")
    return text, encoding


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """UTF-8 when the bytes are valid UTF-8 (even after a UTF-8 mark: a Windows editor may put one
    before Windows-1252 text), else one character a byte."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "latin-1"


# ``...'' as typewriters wrote quotation marks, and ,,...'' as Dutch papers typed their low opening mark
_DOUBLED_QUOTES = re.compile(r"``|''|(?<![\w,]),,(?=\w)")
_DOUBLED_CURLY_OPEN = re.compile("\u2018[\u2018\u2019](?=\\w)")
_DOUBLED_CURLY_CLOSE = re.compile("\u2019\u2019")


# A page saved in one encoding and read in another loses its curly marks to U+FFFD: between two
# letters it was an apostrophe ("nation\ufffds"); a pair on one line, opening before a word and
# closing after one, were quotation marks.
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\ufffd(?=[^\W\d_])")
_LOST_QUOTATION = re.compile(r"(?<!\w)\ufffd(?=\w)(?P<quoted>[^\ufffd\n]*?[\w.,!?])\ufffd(?!\w)")


# "中國(guó)國(guó)家主席": a Chinese character's reading in pinyin, ruby text a page showed above it and the copy kept
# in brackets after it (a reading has a tone mark; "新华社(Xinhua)" is a name)
_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_READING = re.compile(rf"\((?=[a-zü]{{0,5}}[{_TONE_MARKS}])[a-zü{_TONE_MARKS}]{{1,7}}\)")


def _without_reading(match: re.Match) -> str:
    before = match.string[match.start() - 1:match.start()]
    return "" if before and "\u4e00" <= before <= "\u9fff" else match.group(0)


def normalise(text: str) -> str:
    """Unix line endings, plain spaces, no invisible characters; punctuation left as it is, but for
    the curly marks a wrong encoding replaced."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    if "``" in text or "''" in text or ",," in text:  # the pattern tries every place of a text; few texts hold such marks
        text = _DOUBLED_QUOTES.sub('"', text)  # typewriter quotation marks: ``...'' and ,,...'' are "..."
    if "\u2019\u2019" in text:  # ... and typed with curly single marks: ‘’...’’ and ‘‘...’’ are “...”
        text = _DOUBLED_CURLY_CLOSE.sub("\u201d", _DOUBLED_CURLY_OPEN.sub("\u201c", text))
    if "\ufffd" in text:
        text = _LOST_QUOTATION.sub("\u201c\\g<quoted>\u201d", _LOST_APOSTROPHE.sub("\u2019", text))
    if "(" in text:
        text = _PINYIN_READING.sub(_without_reading, text)
    return _ODD_SPACES.sub(" ", text)
