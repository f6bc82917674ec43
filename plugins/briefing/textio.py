"""Bytes of a seed file to text: encodings guessed safely, line endings and spaces normalised."""

from __future__ import annotations

import re

# Unicode spaces that web pages leave in copied text (NBSP, narrow NBSP, thin space...).
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableSeed(ValueError):
    """A seed that holds no text we can use; the message says why in a few words."""


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 first, then Windows-1252, which covers Latin-1 text."""
    if b"\x00" in data[:65536]:
        raise UnreadableSeed("binary file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
    if not text.strip():
        raise UnreadableSeed("empty file" if not data else "no text (only whitespace)")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 100):
        raise UnreadableSeed("binary file (mostly control characters)")
    return text, encoding


def normalise(text: str) -> str:
    """Unix line endings, plain spaces, no invisible characters; punctuation left as it is."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return _ODD_SPACES.sub(" ", text)
