"""What looks like a figure but is not one: labels, scores, counts of sources.

"Route 137", "Article 5", "SU-27", "Boeing 737", "School No. 12", "the 2022 World
Cup", a result "3-1", "according to two officials", "one of them", and a figure of a generic
remark ("a magnitude 6 quake can cause severe damage": a kind of quake, not this one's).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ..data import YEAR_PATTERN, WordLists, clock_words, month_words, weekday_names
from ..normalize.units import parse_unit
from .cache import sent_of, text_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_LISTS = WordLists("identifiers", derived={
    "IDENTIFIER_NOUNS": lambda lists: lists.LOWERCASE_IDENTIFIER_NOUNS | lists.raw("IDENTIFIER_NOUNS"),
})
#: The word lists of ``factcheck/data/identifiers.toml``, read on first use: IDENTIFIER_NOUNS,
#: LOWERCASE_IDENTIFIER_NOUNS, SCORE_WORDS, TALLY_NOUNS, GENERIC_MODALS, POSSIBILITY_NOUNS, STREET_WORDS,
#: STREET_NAME_PARTICLES, LABELLED_NOUNS, LABEL_WORDS, DIAL_VERBS, STAMP_WORDS, FREQUENCY_ADJECTIVES,
#: VIDEO_LINES, RESOLUTION_WORDS.
__getattr__: Any = _LISTS.module_getattr(globals())

MONTHS = month_words()


def time_stamp(toks: list["Token"]) -> bool:
    """Whether a sentence is a time stamp: numbers and nothing but the words of a date, a clock and
    a stamp ("First Posted 23:37: 00 05 / 05 / 2014", "Thu Nov 10, 2011 3: 00pm EST", "Apr 9, 2007")."""
    words = [t.lower_.rstrip(".") for t in toks if any(ch.isalpha() for ch in t.text)]
    return any(t.like_num for t in toks) and all(
        w in MONTHS or w in _weekdays() or w in clock_words() or w.lstrip("0123456789") in clock_words()
        or w in _LISTS.STAMP_WORDS for w in words)


@cache
def _weekdays() -> frozenset[str]:
    """Weekday names and their abbreviations ("thu", "thurs", "thursday")."""
    return frozenset(name[:n] for name in weekday_names() for n in range(3, len(name) + 1))


def is_score(toks: list["Token"], i: int, end: int) -> bool:
    """A result or tally like "3-1": two small numbers joined by a dash near a sports/vote word."""
    if toks[end].text not in ("-", "–") or not (toks[i].text.isdigit() and toks[end + 1].text.isdigit()):
        return False
    if len(toks[i].text) > 2 or len(toks[end + 1].text) > 2:
        return False
    after = end + 2
    if after < len(toks) and toks[after].lemma_.casefold() in _LISTS.TALLY_NOUNS:
        return True  # "a 9-14 start", "a 15-2 run": wins and losses, not a range
    return any(t.lemma_.casefold() in _LISTS.SCORE_WORDS for t in sent_of(toks[0]))


def is_one(toks: list["Token"], i: int, end: int) -> bool:
    return end - i == 1 and toks[i].lower_ in ("one", "1", "a", "an")


def about_sources(toks: list["Token"], i: int) -> bool:
    """Whether the number sits in an "according to ..." phrase."""
    words = [t.lower_ for t in toks[max(0, i - 4) : i]]
    return "according" in words and "to" in words


#: Links inside a noun phrase a figure climbs to the phrase's noun ("a magnitude 6 quake", "a
#: 6.5-magnitude quake", "an earthquake of magnitude 7").
PHRASE_LINKS = frozenset({"nummod", "quantmod", "compound", "nmod", "amod", "npadvmod", "pobj", "prep"})


def generic_remark(tok: "Token") -> bool:
    """Whether the figure at ``tok`` sits in the subject of a generic remark: an indefinite noun
    phrase ("a", "an") that is the subject of a verb under "can", "may" or "might", not in the
    perfect ("a magnitude 6 quake can cause severe damage", "an earthquake of magnitude 7 may
    destroy a town"). Such a figure names a kind of thing, not a fact of the story; "a 5.9 quake
    may have killed 40" (the perfect) and "a 5.9 quake struck" are claims.

    So is a figure of what a possibility, chance or risk is of ("a 40% chance of a magnitude 6 or
    stronger aftershock", "the risk of a magnitude 8 quake"): what may happen, not what did (the
    possibility's own share, "40%", is a claim).

    So is a figure in a plural subject said to be common or rare ("shakers around magnitude 2 and
    3 are common to the area", ``FREQUENCY_ADJECTIVES``): how often a kind of thing happens."""
    if _frequency_subject(tok):
        return True
    for _ in range(5):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.casefold() in _LISTS.POSSIBILITY_NOUNS:
            return not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            break
        if tok.dep_ not in PHRASE_LINKS or (tok.dep_ == "prep" and tok.lower_ not in ("of", "with")):
            return False
        tok = tok.head
    else:
        return False
    if tok.tag_ in ("NNS", "NNPS"):
        return False  # "an estimated 500 people may be trapped": a count of this story's people
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    auxes = [c for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    modal = any(a.lemma_.casefold() in _LISTS.GENERIC_MODALS or a.lower_ in _LISTS.GENERIC_MODALS for a in auxes)
    return indefinite and modal and not any(a.lemma_.casefold() == "have" for a in auxes)


def _frequency_subject(tok: "Token") -> bool:
    """Whether ``tok`` sits in the plural subject of "be" + a ``FREQUENCY_ADJECTIVES`` word."""
    for _ in range(5):
        if tok.dep_ == "nsubj":
            return tok.tag_ in ("NNS", "NNPS") and tok.head.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ in _LISTS.FREQUENCY_ADJECTIVES for c in tok.head.children)
        if tok.dep_ not in PHRASE_LINKS | {"conj"}:
            return False
        tok = tok.head
    return False


def member_of_counted(head: "Token") -> bool:
    """Whether a bare number stands beside a group another number counts, naming some of its
    members ("Three people, one of them a pregnant woman, were killed", "three workers (one a
    pregnant woman)", "five soldiers were wounded, two of them seriously"): what it counts is
    said by its own words, not by the group's verb, which counts the group."""
    return head.dep_ == "appos" and head.like_num and any(
        c.dep_ == "nummod" and c.i != head.i for c in head.head.children)


def is_identifier(toks: list["Token"], i: int, end: int) -> bool:
    first = toks[i]
    before = toks[i - 1] if i > 0 else None
    text = text_of(first.doc)
    if first.idx > 1 and text[first.idx - 1] in "-#/" and _lettered(text, first.idx - 1):
        return True  # "SU-27", "F-16", "#3", "MS08-078"
    if _LEADING_ZERO.fullmatch(first.text) or _phone_number(text, first.idx):
        return True  # "078", "09": a code, not a count; "745-4811", "(907) 745-4811": a phone number
    if before is not None and before.lemma_.casefold() in _LISTS.DIAL_VERBS and end - i == 1 \
            and (end >= len(toks) or toks[end].pos_ not in ("NOUN", "PROPN")):
        return True  # "called 911": a number dialled ("called 15 witnesses" counts them)
    label = before.lower_.rstrip(".") if before is not None else ""
    if label == "" and before is not None and i > 1 and toks[i - 2].lower_ in ("no", "nos"):
        before, label = toks[i - 2], "no"  # "School No. 12": the small model splits "No" and "."
    if label in _LISTS.IDENTIFIER_NOUNS \
            and (before.is_title or before.is_upper or label in _LISTS.LOWERCASE_IDENTIFIER_NOUNS):
        return True  # "Route 137", "Article 5", "target No. 1"
    if end + 1 < len(toks) and toks[end].text in ("-", "–") and is_score(toks, i, end):
        return True
    if i >= 2 and toks[i - 1].text in ("-", "–") and is_score(toks, i - 2, i - 1):
        return True  # the second number of "7-2"
    name = before is not None and (before.pos_ == "PROPN" or (before.is_upper and before.is_alpha and len(before) > 1))
    if name and not before.text.islower() and not _money_mark(before.text) \
            and before.lower_.rstrip(".") not in MONTHS and before.ent_type_ != "DATE" \
            and first.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return True  # a name with a number: "Boeing 737", "Windows 10", "Apollo 11", "NORD-LINK-WE 3" ("WE": a noun)
    if _label_shape(toks, i, end) or _in_name(toks, i, end) or _labels_noun(toks, i, end) or _address(toks, i, end):
        return True
    if re.fullmatch(YEAR_PATTERN, first.text) and end - i == 1 and first.ent_type_ != "DATE":
        # a year naming something ("the 2022 World Cup", "Euro 2020", "Vision 2030")
        after = toks[end] if end < len(toks) else None
        if after is not None and after.pos_ == "PROPN" and after.is_title and after.lower_ not in MONTHS:
            return True
        if before is not None and before.pos_ == "PROPN" and before.is_title and before.lower_ not in MONTHS:
            return True
        head = first.head
        if head.i > first.i and head.tag_ == "NN" and first.dep_ in ("nummod", "compound", "amod", "nmod") \
                and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in toks[end:head.i - toks[0].i + 1] if t.i <= head.i):
            return True  # "the 2019 Eastport flood", "its 2012 budget deficit": a year before one thing, no count
    return False


#: Two or three digits written with a leading zero ("078", "09"): a code or part of a date, not a count.
_LEADING_ZERO = re.compile(r"0\d{1,2}")
#: A phone number: "907-745-4811", "(907) 745-4811", "745-4811". Seven digits as "745-4811" could be
#: a range; one whose ends are not round (4811 is no multiple of 10) is not written as one.
_PHONE = re.compile(r"(?<![\d.,-])(?:\(?\d{3}\)?[ .-]?)?\d{3}[.-]\d{4}(?![\d,-])")


def _lettered(text: str, dash: int) -> bool:
    """Whether the word glued before the dash at ``dash`` has a letter ("SU", "MS08"; not "1990")."""
    start = dash
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return any(ch.isalpha() for ch in text[start:dash])


def _phone_number(text: str, at: int) -> bool:
    """Whether the digits at ``at`` are part of a phone number written in one piece."""
    window = max(0, at - 16)
    for match in _PHONE.finditer(text, window, at + 16):
        chunk = match.group()
        if match.start() <= at < match.end() and ("(" in chunk or chunk.count("-") + chunk.count(".") >= 2
                                                   or int(chunk[-4:]) % 10 != 0):
            return True
    return False


#: Digits, with a capital letter on them as house numbers have ("221B"), that may be part of a name.
HOUSE_NUMBER = re.compile(r"^\d+[A-Z]?$")
#: Named groups the small model tags as singular proper nouns that news counts ("37 Taliban").
GROUP_ENTITIES = frozenset({"NORP", "ORG", "GPE"})
#: Entity labels of a number that is a figure whatever follows it.
FIGURE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "TIME"})


def _money_mark(text: str) -> bool:
    """Whether a word before a number is a currency code ("CHF 20 million"), not a name."""
    unit = parse_unit(text)
    return unit is not None and unit.dimension.startswith("money")


def _labels_noun(toks: list["Token"], i: int, end: int) -> bool:
    """A number before a singular noun it labels, through the noun's compounds: "his 23 jersey",
    "the 90210 ZIP code area"."""
    first = toks[i]
    head = first.head
    if end - i != 1 or not first.text.isdigit() or first.dep_ != "nummod" or head.i < first.i:
        return False
    chain = toks[end : end + (head.i - first.i)]
    return any(t.lower_ in _LISTS.LABELLED_NOUNS and t.tag_ in ("NN", "NNP") for t in chain)


def _in_name(toks: list["Token"], i: int, end: int) -> bool:
    """A number inside a proper name, before a singular proper noun it belongs to: a model
    ("the 737 Max", "iPhone 11 Pro"), a street address ("1423 Maple Avenue", "221B Baker Street"). Plural names
    ("300 Americans"), named groups ("37 Taliban") and title-cased headlines ("Crash Leaves 4
    Dead") are counted."""
    first = toks[i]
    after = toks[end] if end < len(toks) else None
    if end - i != 1 or not HOUSE_NUMBER.match(first.text) or after is None or first.ent_type_ in FIGURE_ENTITIES:
        return False
    if after.pos_ != "PROPN" or after.tag_ != "NNP" or not after.text[:1].isupper() \
            or after.lower_ in MONTHS or after.lower_ in clock_words() or after.ent_type_ in GROUP_ENTITIES \
            or parse_unit(after.text) is not None:
        return False
    if not (first.head.i >= after.i and first.head.tag_ in ("NNP", "NN")):
        return False
    return not _title_cased(toks, range(first.i, first.head.i + 1))


def _address(toks: list["Token"], i: int, end: int) -> bool:
    """A house number: a number of digits before a street word and a name ("12 boulevard Lindor",
    past its particles: "14 rue de la Lanterne") or a name and a street word ("17 Ostwald Street"),
    the street word in any case; a unit is no name ("the 60 GB drive")."""
    if end - i != 1 or not HOUSE_NUMBER.match(toks[i].text) or end + 1 >= len(toks):
        return False
    a, b = toks[end], toks[end + 1]
    street = _LISTS.STREET_WORDS
    name = end + 1
    while name + 1 < len(toks) and toks[name].lower_ in _LISTS.STREET_NAME_PARTICLES:
        name += 1  # "14 rue de la Lanterne": the name after its particles
    return (a.lower_.rstrip(".") in street and toks[name].is_title) \
        or (a.is_title and a.is_alpha and parse_unit(a.text) is None and b.lower_.rstrip(".") in street)


#: Share of a sentence's longer words written with a capital above which it is a title-cased
#: headline: more than half (running prose writes most of its longer words in lower case; a
#: headline in title case writes nearly all of them with a capital).
TITLE_CASED_SHARE = 0.5


def _title_cased(toks: list["Token"], name: range) -> bool:
    """Whether a sentence is a headline in title case ("Crash Leaves 4 Dead In Dayton"), the
    words of the ``name`` read (token indices) left out."""
    words = [t for t in toks[1:] if t.is_alpha and len(t.text) > 3 and t.i not in name]
    return len(words) >= 2 and sum(t.is_title for t in words) > TITLE_CASED_SHARE * len(words)


#: A number glued to a letter that makes it a generation or a class ("3G", "4G", "5G").
GENERATION = re.compile(r"^\d{1,2}G$")


#: Letters an agent noun made of a number and a noun is at least as long as ("seater", "pointer").
AGENT_NOUN_MIN_CHARS = 6


def _agent_noun(tok: "Token") -> bool:
    """A noun in -er made from the word a number is hyphenated to, standing as the noun of its
    phrase ("buried a 3-pointer", "a two-seater", "a six-footer"): the compound names a kind of
    thing, not a count. Before another noun it counts ("a 1,000-member church", "a 40-passenger
    bus"), and units ("100-meter") are left."""
    word = tok.lower_.removesuffix("s")
    return (tok.pos_ == "NOUN" and word.endswith("er") and len(word) >= AGENT_NOUN_MIN_CHARS
            and tok.dep_ not in ("compound", "amod", "nmod") and parse_unit(tok.text) is None)


#: "4K", "8k": a number of thousands, or a display resolution (``_resolution``).
_THOUSANDS_SHAPE = re.compile(r"^\d[kK]$")


def _resolution(toks: list["Token"], i: int) -> bool:
    """A display or video resolution: "1080p", "720p" (``VIDEO_LINES``, scan letter glued on), "4K
    video", "a 4K UHD panel" (``RESOLUTION_WORDS`` beside it), not a sum in pence or thousands."""
    text = toks[i].text
    if text[-1:] in ("p", "i") and text[:-1] in _LISTS.VIDEO_LINES:
        return True
    if i + 1 < len(toks) and text in _LISTS.VIDEO_LINES and toks[i + 1].text in ("p", "i"):
        return True  # the tokenizer may part "1080" and "p"
    whole = text + toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].lower_ == "k" else text  # "4", "K"
    if not _THOUSANDS_SHAPE.match(whole):
        return False
    near = [t.lower_ for t in toks[max(0, i - 1) : i + 4] if t.i != toks[i].i and t.lower_ != "k"]
    return any(word in _LISTS.RESOLUTION_WORDS for word in near)


def _label_shape(toks: list["Token"], i: int, end: int) -> bool:
    """Numbers that name a kind of thing: "3G", "a 64-bit system", "a 911 dispatcher",
    "The Four Winds" (a title), "zero-day" flaws, "a 3-pointer"."""
    first = toks[i]
    after = toks[end] if end < len(toks) else None
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    if GENERATION.match(first.text) or (after is not None and GENERATION.match(first.text + after.text)):
        return True
    if _resolution(toks, i):
        return True
    if after is not None and after.text in ("-", "–") and nxt is not None and nxt.lower_ in _LISTS.LABEL_WORDS:
        return True
    if after is not None and after.lower_ == "bit":
        return True
    if first.lower_ == "zero" and after is not None and after.text == "-":
        return True  # "zero-day", "zero-sum": a kind, not an amount
    if after is not None and after.text == "-" and nxt is not None and _agent_noun(nxt):
        return True  # "a 3-pointer", "a two-seater", "an 18-wheeler": the number names the kind
    if end - i == 1 and len(first.text) >= 3 and first.text.isdigit() and i > 0 and toks[i - 1].lower_ in ("a", "an") \
            and after is not None and after.pos_ == "NOUN" and after.tag_ == "NN" and parse_unit(after.text) is None:
        return True  # "a 911 dispatcher": a number of three digits or more before a singular noun after "a"
    # "The Four Winds", "Big Ten Conference": a number word inside a name
    return bool(first.is_alpha and first.text[:1].isupper() and not first.is_sent_start and after is not None
                and after.pos_ == "PROPN" and after.text[:1].isupper())
