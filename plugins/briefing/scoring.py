"""Score extraction records against hand annotations (gold files), field by field.

The gold format is the one of the project's gold files (tests/fixtures/real/*/gold.yaml, and
../shared/gold/*.yaml): single-valued fields accept one value or a list of acceptable values;
people, countries and topics have required, allowed ("ok") and forbidden entries (a person's name
may be a list of acceptable spellings); quotes give a
speaker and a part of the quoted words; noise lists strings that must not survive in the body.

Each field gets a score between 0 and 1 per article; a field's accuracy is its mean over the
articles, and the overall figure is the mean of the field accuracies, so that every field weighs
the same however many articles annotate it. Text in, numbers out: no Pelican here.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

SINGLE_FIELDS = ("title", "published", "event_date", "source", "kind", "location")
FIELDS = SINGLE_FIELDS + ("people", "countries", "topics", "quotes", "noise")


# Letters whose diacritic Unicode does not decompose: "Yıldırım" is "Yildirim", "Wałęsa" "Walesa"; and eth, which
# English writes as d ("Sigurðardóttir" is "Sigurdardottir")
_UNDECOMPOSED = str.maketrans("ıłŁđĐøØðÐ", "ilLdDoOdD")
# the curly apostrophe, and the modifier letters Polynesian and Hawaiian names write it with
_APOSTROPHES = str.maketrans("\u2019\u2018\u02bb\u02bc", "''''")


def fold(text: str) -> str:
    """Case, diacritics, curly quotes, apostrophes written as letters ("Mataʻafa") and runs of
    spaces do not make two values differ."""
    text = unicodedata.normalize("NFKD", str(text).translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_APOSTROPHES).replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split()).casefold()


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


_VOWELS = str.maketrans("", "", "aeiouy")
# "Soeharto", "Soekarno": Indonesian names in the Dutch spelling of before 1972, "oe" for "u"
_OLD_DUTCH_U = re.compile("oe", re.IGNORECASE)
# "Berdimuhamedow", "Gorbatschow": a Russian name's ending as German transliterates it
_GERMAN_RUSSIAN_ENDING = re.compile(r"(?<=[oe])w\b")


def _transliterated(a: str, b: str) -> bool:
    """Two spellings of one surname from another alphabet ("Kocharian", "Kocharyan"; "Raeisi",
    "Raisi"; "Zelenskyy", "Zelenskiy"): the same consonants in order, two letters apart at most."""
    if a[:1] != b[:1] or a.translate(_VOWELS) != b.translate(_VOWELS) or abs(len(a) - len(b)) > 2:
        return False
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b)) <= 2 or _one_letter_dropped(a, b)


def _one_letter_dropped(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def same_person(a: str, b: str) -> bool:
    """Same surname and first initial ("Benyamin Netanyahu" is "Benjamin Netanyahu"), with or
    without diacritics ("Chávez", "Chavez"), umlauts written out ("Schröder", "Schroeder") or
    transliterated otherwise ("Kocharian", "Kocharyan"), in the old Dutch spelling ("Soeharto", "Suharto"),
    hyphens aside ("Chan-o-cha", "Chan-ocha");
    or a full name and its last two names or more ("Mohamed Irfaan Ali", "Irfaan Ali"); or an
    Arabic name with its family's name and without ("Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed"); a generation
    after the surname aside ("Teodoro Locsin Jr.", "Teodoro Locsin")."""
    def names(text: str) -> list[list[str]]:
        # a hyphenated name's parts apart and together: "Chan-o-cha", "Chan-ocha"
        return [_name_words(_GERMAN_RUSSIAN_ENDING.sub("v", fold(t)).replace("-", joint))
                for t in (text, text.translate(_UMLAUTS), _OLD_DUTCH_U.sub("u", text)) for joint in (" ", "")]

    return any(first and second and (first[0][0] == second[0][0]
                                     and (first[-1] == second[-1] or _transliterated(first[-1], second[-1]))
                                     or _ends_with(first, second) or _ends_with(second, first)
                                     or _family_left_out(first, second) or _family_left_out(second, first))
               for first in names(a) for second in names(b))


_GENERATIONS = ("jr", "jr.", "sr", "sr.")


def _name_words(folded: str) -> list[str]:
    """A folded name's words as the match reads them: a generation after the surname is not the surname ("Tommy E.
    Remengesau Jr." is Remengesau), nor an apostrophe before a word its first letter ("ʻAisake Eke", an ʻokina)."""
    words = [word for word in (w.lstrip("'").rstrip(",") for w in folded.split()) if word]
    return words[:-1] if len(words) > 2 and words[-1] in _GENERATIONS else words


def _ends_with(longer: list[str], shorter: list[str]) -> bool:
    return 2 <= len(shorter) < len(longer) and longer[-len(shorter):] == shorter


def _family_left_out(longer: list[str], shorter: list[str]) -> bool:
    """ "mohamed bin zayed al nahyan" and "mohamed bin zayed": a patronymic name without "Al ..." after it."""
    return longer[-2:-1] == ["al"] and longer[:-2] == shorter and bool({"bin", "ibn", "bint"} & set(shorter))


def _value_key(value) -> str | None:
    """An annotated or extracted value for comparison: "The White House" is "White House"."""
    if value is None:
        return None
    folded = fold(value)
    return folded[4:] if folded.startswith("the ") else folded


def _accepts(expected, value) -> bool:
    options = expected if isinstance(expected, list) else [expected]
    return any(_value_key(o) == _value_key(value) for o in options)


_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z]")


def _abbreviated(expected, value) -> bool:
    """An outlet annotated by its initials and found by its name ("AP", "Associated Press"; "AFP",
    "Agence France-Presse"; "RFE/RL", "Radio Free Europe/Radio Liberty"), or the other way round
    ("BNA", "Bahrain News Agency")."""
    options = [o for o in (expected if isinstance(expected, list) else [expected]) if isinstance(o, str)]

    def stands_for(short: str, name: str) -> bool:
        initials = "".join(_CAPITALISED.findall(name))
        return len(initials) >= 2 and short.replace("/", "") == initials

    return bool(value) and any(stands_for(o, value) or stands_for(value, o) for o in options)


_GENERIC_OUTLET_ENDING = re.compile(r"\s+(?:news agency|news service|agency|news)$")


def _generic_ending_aside(expected, value) -> bool:
    """An outlet named with or without the generic words its name ends with ("Yonhap", "Yonhap News Agency";
    "Trend News Agency", "Trend"), not another one ("Trend", "Trend Micro")."""
    def bare(name) -> str | None:
        key = _value_key(name) if isinstance(name, str) else None
        return _GENERIC_OUTLET_ENDING.sub("", key) if key else None

    options = expected if isinstance(expected, list) else [expected]
    return bare(value) is not None and any(bare(o) == bare(value) for o in options)


def _accepts_speaker(expected, value) -> bool:
    """A quotation's speaker: one of the annotated values, or the same person spelt otherwise."""
    options = expected if isinstance(expected, list) else [expected]
    return _accepts(expected, value) or any(o and value and " " in o and same_person(o, value) for o in options)


def _f1(hits: int, predicted: int, required: int) -> float:
    if not required and not predicted:
        return 1.0
    precision = hits / predicted if predicted else 1.0
    recall = hits / required if required else 1.0
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _names(entry) -> list[str]:
    """A gold person's acceptable names: one, or a list of spellings ("[Haile Selassie, Haile Selassie I]")."""
    name = entry["name"] if isinstance(entry, dict) else entry
    return name if isinstance(name, list) else [name]


@dataclass
class ArticleScore:
    file: str
    fields: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    forbidden_people: list[str] = field(default_factory=list)


def _score_title(gold: dict, record: dict, result: ArticleScore) -> None:
    """A stated headline as annotated; where the annotation allows none (null, alone or listed), a derived title."""
    options = gold["title"] if isinstance(gold["title"], list) else [gold["title"]]
    derived = bool(record["title"]) and record["title_source"] == "derived"
    ok = (None in options and derived) or _accepts([o for o in options if o is not None], record["title"])
    if not ok:
        if options == [None]:
            result.problems.append(f"title should be derived, got {record['title']!r}")
        else:
            result.problems.append(f"title {record['title']!r} != {gold['title']!r}")
    result.fields["title"] = float(ok)


def _score_people(gold: dict, record: dict, result: ArticleScore) -> None:
    required = [_names(p) for p in gold.get("people_required") or []]
    allowed = [name for p in gold.get("people_ok") or [] for name in _names(p)]
    forbidden = [name for p in gold.get("people_forbidden") or [] for name in _names(p)]
    found = [p["name"] for p in record["people"]]
    hits = 0
    for names in required:
        if any(same_person(name, got) for name in names for got in found):
            hits += 1
        else:
            result.problems.append(f"missing person {names[0]}")
    extra = [got for got in found if not any(same_person(got, n) for n in [*itertools.chain(*required), *allowed])]
    for got in extra:
        if any(same_person(got, n) for n in forbidden):
            result.forbidden_people.append(got)
            result.problems.append(f"forbidden person {got}")
        else:
            result.problems.append(f"unexpected person {got}")
    predicted = hits + len(extra)
    result.fields["people"] = _f1(hits, predicted, len(required))
    if any(isinstance(p, dict) and "country" in p for p in gold.get("people_required") or []):
        by_name = {p["name"]: p for p in record["people"]}
        for person in gold["people_required"]:
            got = next((by_name[name] for name in _names(person) if name in by_name), None)
            for key in ("role", "country"):
                if got is not None and got[key] != person[key]:
                    result.problems.append(f"{_names(person)[0]} {key} {got[key]!r} != {person[key]!r}")


def _score_set(name: str, singular: str, required: list, allowed: list, found: list, result: ArticleScore) -> None:
    required_folded = {fold(v) for v in required}
    known = required_folded | {fold(v) for v in allowed}
    found_folded = {fold(v) for v in found}
    for value in required:
        if fold(value) not in found_folded:
            result.problems.append(f"missing {singular} {value}")
    extra = sorted(v for v in found if fold(v) not in known)
    for value in extra:
        result.problems.append(f"unexpected {singular} {value}")
    hits = len(required_folded & found_folded)
    result.fields[name] = _f1(hits, hits + len(extra), len(required_folded))


def _score_quotes(gold: dict, record: dict, result: ArticleScore) -> None:
    expected = gold.get("quotes") or []
    if not expected:
        ok = not record["quotes"]
        if not ok:
            result.problems.append(f"{len(record['quotes'])} quote(s) where the text has none")
        result.fields["quotes"] = float(ok)
        return
    right = 0
    for quote in expected:
        wanted = fold(quote["text"])
        matches = [q for q in record["quotes"] if wanted in fold(q["text"])]
        if not matches:
            result.problems.append(f"missing quote {quote['text'][:40]!r}")
        elif not any(_accepts_speaker(quote["speaker"], q["speaker"]) for q in matches):
            result.problems.append(
                f"quote {quote['text'][:30]!r} by {matches[0]['speaker']!r} != {quote['speaker']!r}")
        else:
            right += 1
    result.fields["quotes"] = right / len(expected)


def _score_noise(gold: dict, record: dict, result: ArticleScore) -> None:
    noise = gold.get("noise") or []
    body = "\n".join(record["body"])
    left = [n for n in noise if n in body]
    for text in left:
        result.problems.append(f"noise left in body: {text!r}")
    result.fields["noise"] = 1.0 - len(left) / len(noise) if noise else 1.0


def score_article(gold: dict, record: dict) -> ArticleScore:
    """Every field's score for one article, and its disagreements as readable lines."""
    result = ArticleScore(gold["file"])
    if "error" in record:
        result.fields = dict.fromkeys(FIELDS, 0.0)
        result.problems.append(f"not read: {record['error']}")
        return result
    _score_title(gold, record, result)
    for name in SINGLE_FIELDS[1:]:
        ok = _accepts(gold[name], record[name]) or name == "source" and (
            _abbreviated(gold[name], record[name]) or _generic_ending_aside(gold[name], record[name]))
        if not ok:
            result.problems.append(f"{name} {record[name]!r} != {gold[name]!r}")
        result.fields[name] = float(ok)
    _score_people(gold, record, result)
    _score_set("countries", "country", gold.get("countries_required") or [], gold.get("countries_ok") or [],
               record["countries"], result)
    _score_set("topics", "topic", gold.get("topics_required") or [], gold.get("topics_ok") or [],
               record["topics"], result)
    _score_quotes(gold, record, result)
    _score_noise(gold, record, result)
    return result


@dataclass
class Report:
    articles: list[ArticleScore]

    @property
    def fields(self) -> dict[str, float]:
        return {name: sum(a.fields[name] for a in self.articles) / len(self.articles) for name in FIELDS}

    @property
    def overall(self) -> float:
        accuracies = self.fields
        return sum(accuracies.values()) / len(accuracies)

    def as_dict(self) -> dict:
        return {
            "articles": len(self.articles),
            "overall": round(self.overall, 4),
            "fields": {name: round(value, 4) for name, value in self.fields.items()},
            "forbidden_people": sum(len(a.forbidden_people) for a in self.articles),
            "disagreements": {a.file: a.problems for a in self.articles if a.problems},
        }


def score(golds: list[dict], records: list[dict]) -> Report:
    """Score records (in the order of the gold entries) against their annotations."""
    if not golds:
        raise ValueError("no gold entries to score")
    return Report([score_article(g, r) for g, r in zip(golds, records, strict=True)])
