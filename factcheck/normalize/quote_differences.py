"""Differences of substance between two wordings of one quote: a number, a negation, a name.

Compared clause by clause where the two say the same thing (``quotes.py`` folds the words);
works on plain strings, no spaCy here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from .measures import owner_key
from .places import is_place, normalize_place
from .quotes import NUMBER_PATTERN, STOPWORDS, TERM_MIN_SIMILARITY, matched, number_term, prepare, quote_terms

#: Sub-sentences of two quotes are compared for substance only when they share this
#: share of the shorter one's terms (they say the same thing in different words).
CLAUSE_MIN_OVERLAP = 0.5
_RANK_ABBREVIATION = re.compile(r"\bno\.\s*(?=\w)", re.IGNORECASE)
_NUMBER = re.compile(rf"\b(?:{NUMBER_PATTERN})\b")
_NEGATION = re.compile(r"\b(?:not|never|no|nobody|none|nothing|neither|nor|without|cannot|noone)\b")
#: Negation words that intensify instead of negating: "nothing less than the future of Europe"
#: says that it is the future of Europe; "not only … but".
INTENSIFIERS = re.compile(
    r"\b(?:nothing|no|none)\s+(?:less|short|other)\s+(?:than|of)\b|\bno\s+(?:fewer|less)\s+than\b"
    r"|\bnot\s+only\b|\bnot\s+least\b|\bno\s+doubt\b|\bwithout\s+(?:a\s+)?doubt\b"
)
#: A clause's parts, for finding which part a negation belongs to ("I'm not positive all three
#: were targeted but there appeared to be some purpose": the second part is not negated).
_SUBCLAUSE = re.compile(r",|\b(?:but|and|while|although|though|because|whereas|yet)\b")
_CLAUSE = re.compile(r"[.?!;:…]+|,\s+(?:and|but)\b|\s[-–—]+\s")
_NAME = re.compile(r"\b[A-Z][a-zA-Z'’-]+")


def _clauses(text: str) -> list[str]:
    text = _RANK_ABBREVIATION.sub("number ", text)  # the dot of "No. 1" ends no clause
    return [c.strip() for c in _CLAUSE.split(text) if c.strip()]


def _numbers(clause: str) -> frozenset[str]:
    prepared = re.sub(r"number_(\S+)", r"\1", prepare(clause))
    return frozenset(number_term(m.group(0)) for m in _NUMBER.finditer(prepared))


def _negated(clause: str) -> bool:
    """Whether a clause is negated: a negation word that is not part of an intensifier."""
    return bool(_NEGATION.search(INTENSIFIERS.sub(" ", prepare(clause))))


def _negation_differs(ca: str, cb: str) -> bool:
    """One clause negated and its counterpart not, the negation being on what both say:
    a negated part of the clause whose terms the other clause has ("We will not negotiate"
    / "We will negotiate"), not a part only one side has ("I'm not positive all three were
    targeted but there appeared to be some purpose" / "there appeared to be some purpose")."""
    if _negated(ca) == _negated(cb):
        return False
    negated, other = (ca, cb) if _negated(ca) else (cb, ca)
    other_terms = quote_terms(other)
    for part in _SUBCLAUSE.split(negated):
        if _negated(part):
            terms = quote_terms(part)
            if not terms or matched(terms, other_terms) >= CLAUSE_MIN_OVERLAP * len(terms):
                return True
    return False


def _names(clause: str, known: frozenset[str]) -> frozenset[str]:
    """Capitalized words of a clause that are names.

    A clause's first word is capitalized anyway ("Explosions"/"Blasts" are no names): it
    counts only when it is a place or nationality, or is written capitalized inside a
    sentence of either quote (``known``).
    """
    text = anyascii(clause)
    names = set()
    for m in _NAME.finditer(text):
        word = m.group()
        if word.casefold().split("'")[0] in STOPWORDS:
            continue
        if not text[: m.start()].strip(" \"'(") and word not in known and not _is_place(word):
            continue
        names.add(normalize_place(word))
    return frozenset(names)


def _is_place(word: str) -> bool:
    return owner_key(word) is not None or is_place(normalize_place(word))


def _inner_names(text: str) -> frozenset[str]:
    """Words written capitalized after the first word of a clause: names, not sentence starts."""
    return frozenset(
        m.group() for clause in _clauses(anyascii(text))
        for m in _NAME.finditer(clause) if m.start() > 0 and clause[: m.start()].strip(" \"'(")
    )


def _pairs(a: str, b: str) -> list[tuple[str, str]]:
    """Each clause of the shorter quote with the clause of the other saying the same thing."""
    short, long_ = sorted((a, b), key=lambda t: (len(quote_terms(t)), t))
    pairs = []
    for clause in _clauses(short):
        terms = quote_terms(clause)
        if not terms:
            continue
        best = max(_clauses(long_), key=lambda c: matched(terms, quote_terms(c)), default=None)
        if best is not None and matched(terms, quote_terms(best)) / len(terms) >= CLAUSE_MIN_OVERLAP:
            pairs.append((clause, best) if short == a else (best, clause))
    return pairs


@lru_cache(maxsize=65536)
def substantive_difference(a: str, b: str) -> str | None:
    """Why two wordings of one quote differ in substance, or None if only the wording does.

    Compared clause by clause where the two say the same thing: a different number
    ("number: 3 vs 4"), one side negated ("negation: 'will never be forgiven' vs 'will be
    forgiven'"), or a different name ("name: Varga vs Okafor").
    """
    known = _inner_names(a) | _inner_names(b)
    for ca, cb in _pairs(a, b):
        na, nb = _numbers(ca), _numbers(cb)
        if na and nb and na != nb:
            return f"number: {', '.join(sorted(na))} vs {', '.join(sorted(nb))}"
        if _negation_differs(ca, cb):
            return f"negation: '{ca}' vs '{cb}'"
        ma, mb = _names(ca, known), _names(cb, known)
        words_a, words_b = (set(re.findall(r"\w+", anyascii(c).casefold())) for c in (ca, cb))
        # a name the other writes too, only in lower case ("the Labour movement" / "the labour movement")
        only_a = {x for x in ma - mb if not any(fuzz.ratio(x, y) >= TERM_MIN_SIMILARITY for y in mb)
                  and not set(x.split()) <= words_b}
        only_b = {y for y in mb - ma if not any(fuzz.ratio(x, y) >= TERM_MIN_SIMILARITY for x in ma)
                  and not set(y.split()) <= words_a}
        if only_a and only_b and not _one_name_two_ways(only_a, only_b):
            return f"name: {', '.join(sorted(only_a))} vs {', '.join(sorted(only_b))}"
    return None


def _one_name_two_ways(xs: set[str], ys: set[str]) -> bool:
    """Whether the names only one side writes may be one name written two ways: initials and the
    words they stand for ("IE" / "Internet Explorer", whose words come here apart), a part of the
    name and the whole ("Okafor" / "Anya Okafor"), a possessive or plural ending ("HP" / "HP's"), a
    shortening ("Rep" / "Representative"). Two different names ("Wendy Lemaire" / "Debbie Lemaire")
    are a difference of substance."""
    xs, ys = {x.replace(".", "") for x in xs}, {y.replace(".", "") for y in ys}
    for one, other in ((xs, ys), (ys, xs)):
        letters = sorted(w[0] for name in other for w in name.split())
        if len(one) == 1 and len(letters) > 1 and sorted(next(iter(one))) == letters:
            return True
    return any(_written_two_ways(x, y) for x in xs for y in ys)


def _written_two_ways(x: str, y: str) -> bool:
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx or x.removesuffix("s") == y.removesuffix("s") or _abbreviates(x, y) \
        or _abbreviates(y, x)


def _abbreviates(short: str, long_: str) -> bool:
    """A shortening of a word: its first letter, then letters of it in order ("Rep" / "Representative",
    "Sen" / "Senator", "St" / "Saint", "Ed" / "Edward")."""
    if " " in short or len(short) < 2 or len(short) >= len(long_) or short[0] != long_[0]:
        return False
    rest = iter(long_[1:])
    return all(ch in rest for ch in short[1:])
