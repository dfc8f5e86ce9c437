"""Quote wordings: terms and similarity (their differences of substance: quote_differences.py).

Outlets translate and trim the same utterance differently ("We're alone for defense of our
country" / "We have been left alone to defend our state"), so quotes are compared on folded
content terms (crude stemming, a small irregular-form and synonym table) with rapidfuzz for
spelling variants, never on raw strings alone. Works on plain strings: no spaCy here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from ..data import WordLists, number_words
from .measures import owner_key
from .places import is_place, normalize_place

#: Aligned when ``quote_similarity`` reaches this. On the seeds, the fixtures, the six ECB+
#: clusters and the pairs of tests/test_speakers.py renderings of one utterance score 0.57 or
#: more (translations 0.79-1.0; a two-term fragment inside its full quote 0.67; the one-term
#: "We are alone" / "We have been left alone" 0.57) and different utterances at most 0.45 (ECB+
#: 41's "people were terrified …" / "terrifying event for … the people"; quotes of one story
#: sharing "Khartoum", "war", "South Sudan" 0.41). 0.5 sits in that gap; see docs/quotes.md.
QUOTE_MIN_SIMILARITY = 0.5
#: Two terms at least this similar (rapidfuzz ratio) count as one word spelled two ways
#: ("organisation"/"organization" 92); "state"/"stage" (80) and "kill"/"fill" (75) do not.
TERM_MIN_SIMILARITY = 88
#: A short quote found inside a long one counts fully only with this many terms: one or two
#: shared words ("heroes", "military") are too weak to say it is the same utterance. A quote
#: with fewer terms links only to a quote with the same terms, or as a phrase of the other
#: that is not only place names ("smoke screens" in Kiir's long quote; not "South Sudan.").
CONTAINMENT_MIN_TERMS = 3
#: A quote counts as a fragment of a longer one when at least this share of its terms is
#: found in the longer one in the same order, close together (``FRAGMENT_SPAN``).
FRAGMENT_MIN_SHARE = 2 / 3
#: The terms of a fragment are looked for within this many times its length of the longer
#: quote's terms: a quote's words scattered over a long one ("cheated … for years" against
#: "over 30 years, all the people who cheat") are no fragment of it.
FRAGMENT_SPAN = 2
#: Weight of the term overlap against rapidfuzz's token_set_ratio on the term strings.
TERM_WEIGHT = 0.7

#: The lists of data/quote_terms.toml: STOPWORDS (words without content, left out of a quote's
#: terms), IRREGULAR (irregular forms -> the form their relatives stem to), SYNONYMS (stems that
#: say the same thing in a quote's translations), PHRASAL_VERBS (verb + particle that say one of
#: those classes), COMPOUND_NAMES (names of common words kept as one term), NOT_PLACE_WORDS.
_LISTS = WordLists("quote_terms")
STOPWORDS: frozenset[str] = _LISTS.STOPWORDS
IRREGULAR: dict[str, str] = _LISTS.IRREGULAR
#: word -> class ("soil" -> "country")
SYNONYMS: dict[str, str] = {word: cls for cls, words in _LISTS.SYNONYMS.items() for word in words}
#: (verb, particle) -> class: the particle may follow the verb's pronoun object ("hand it over")
PHRASAL_VERBS: dict[tuple[str, str], str] = {
    (phrase.split()[0], phrase.split()[1]): cls for phrase, cls in _LISTS.PHRASAL_VERBS.items()}
_PARTICLES = "|".join(sorted({particle for _, particle in PHRASAL_VERBS}))
_PHRASAL = re.compile(rf"\b([a-z]+)\s+(?:(?:it|them|this|that)\s+)?({_PARTICLES})\b")
COMPOUND_NAMES = tuple(_LISTS.COMPOUND_NAMES.items())
_CONTRACTIONS = (
    (re.compile(r"\bwon't\b"), "will not"), (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"n't\b"), " not"), (re.compile(r"'re\b"), " are"), (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'ve\b"), " have"), (re.compile(r"'m\b"), " am"), (re.compile(r"'d\b"), " would"),
    (re.compile(r"'s\b"), ""),
)
#: Number words and their values: "three" and "3" are one term.
NUMBER_WORDS = {w: value for w, (value, _) in number_words().items()}
NUMBER_PATTERN = r"\d[\d,]*(?:\.\d+)?|" + "|".join(NUMBER_WORDS)
#: "No. 1", "number one", "#1" name a rank, written three ways.
_RANK = re.compile(rf"(?:\bno\.\s*|\bno\s*(?=\d)|\bnumber\s+|#\s*)({NUMBER_PATTERN})\b")
_NO_ONE = re.compile(r"\bno[\s-]one\b")
#: A place of several words is one term: "South Sudan" is not "Sudan", and the words of
#: "Nuba Mountains" are not two shared terms. A compass word before a capitalized name, or a
#: capitalized name before a geographic noun (in any case: "Nuba mountains").
_COMPASS = "North|South|East|West|Upper|Lower|Central|Northern|Southern|Eastern|Western"
_GEO_NOUNS = ("mountains|mountain|hills|river|island|islands|state|province|county|region|valley|lake|sea"
              "|strait|peninsula|desert")
_MULTIWORD_PLACE = re.compile(
    rf"\b(?:{_COMPASS})\s+[A-Z][a-z]+\b|\b[A-Z][a-z]+\s+(?i:{_GEO_NOUNS})\b"
)
NOT_PLACE_WORDS = _LISTS.NOT_PLACE_WORDS
_NUMERIC = re.compile(r"(?:number_)?[\d.]+")


@lru_cache(maxsize=4096)
def prepare(text: str) -> str:
    """ASCII, casefolded, contractions expanded, ranks and "no one" written one way."""
    text = _MULTIWORD_PLACE.sub(_place_term, anyascii(text)).casefold().replace("`", "'")
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    text = _NO_ONE.sub("noone anyone", text)  # a negation and the person it denies
    for name, one in COMPOUND_NAMES:  # "United Nations" is not "unite" + "nation" (= country)
        text = text.replace(name, one)
    text = _PHRASAL.sub(_phrasal, text)
    return _RANK.sub(lambda m: f"number_{number_term(m.group(1))}", text)


def _place_term(m: re.Match[str]) -> str:
    """A place of several words as one term ("South Sudan" -> "south_sudan")."""
    first = m.group().split()[0].casefold()
    if first in STOPWORDS or first in NOT_PLACE_WORDS:
        return m.group()  # "The state", "Every state"
    return "_".join(m.group().casefold().split())


def number_term(word: str) -> str:
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])
    value = float(word.replace(",", ""))
    return str(int(value)) if value.is_integer() else str(value)


def _stem(word: str) -> str:
    """A crude stem: irregular table, then -ies/-ing/-ed/-es/-s and a final e dropped."""
    if word in IRREGULAR:
        word = IRREGULAR[word]
    elif len(word) > 4:
        for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""),
                             ("es", ""), ("s", "")):
            if word.endswith(suffix) and not word.endswith(("ss", "us", "is")) and len(word) - len(suffix) >= 3:
                if suffix == "es" and not word[:-2].endswith(("s", "x", "z", "ch", "sh")):
                    continue
                word = word[: len(word) - len(suffix)] + repl
                if suffix in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                    word = word[:-1]  # "stopped" -> "stop", "killed" stays "kill"
                break
    if len(word) > 3 and word.endswith("e"):  # "give"/"giving", "cede"/"ceded" meet
        word = word[:-1]
    return word


_SYNONYM_STEMS = {_stem(word): cls for word, cls in SYNONYMS.items()}
_PHRASAL_STEMS = {(_stem(verb), particle): cls for (verb, particle), cls in PHRASAL_VERBS.items()}


def _classes(word: str, named: bool = False) -> str:
    """A word's term: its number, synonym class or place key ("Lisboa" = "Lisbon" when written as a name)."""
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word])  # "three" and "3" are one term
    stem = _stem(word)
    if stem in _SYNONYM_STEMS or not stem.isalpha():
        return _SYNONYM_STEMS.get(stem, stem)
    if named:
        place = normalize_place(word, variants=True)
        if place != word:
            return place
    return normalize_place(stem, variants=False)


@lru_cache(maxsize=4096)
def quote_terms(content: str) -> frozenset[str]:
    """The folded content terms of a quote: no stopwords, stems and synonyms folded.

    "We're alone for defense of our country" -> {"alon", "defend", "country"}.
    """
    return frozenset(_term_sequence(content))


@lru_cache(maxsize=4096)
def _term_sequence(content: str) -> tuple[str, ...]:
    """The terms of a quote in the order written, repeats included."""
    words = re.findall(r"[a-z0-9_]+", prepare(content))
    named = frozenset(w.casefold() for w in re.findall(r"[A-Z][A-Za-z]*", anyascii(content)))
    return tuple(_classes(w, w in named) for w in words if w not in STOPWORDS and w != "noone")


def _phrasal(m: re.Match[str]) -> str:
    """A phrasal verb ("handed over", "give it up") written as its class; other pairs as they are."""
    return _PHRASAL_STEMS.get((_stem(m.group(1)), m.group(2)), m.group(0))


@lru_cache(maxsize=65536)
def _same_term(t: str, u: str) -> bool:
    """One term, exactly or as a spelling variant; any number matches any number."""
    return t == u or fuzz.ratio(t, u) >= TERM_MIN_SIMILARITY or bool(_NUMERIC.fullmatch(t) and _NUMERIC.fullmatch(u))


def matched(small: frozenset[str], large: frozenset[str]) -> int:
    """Terms of ``small`` found in ``large``, exactly or as a spelling variant.

    Any number matches any number: a different figure is a difference of substance in the
    same utterance ("we lost 3"/"we lost 4"), for ``substantive_difference`` to report.
    """
    return sum(1 for t in small if t in large or any(_same_term(t, u) for u in large))


def _in_order(small: tuple[str, ...], window: tuple[str, ...]) -> int:
    """How many terms of ``small`` ``window`` holds in the same order (longest common subsequence)."""
    row = [0] * (len(window) + 1)
    for t in small:
        prev = 0
        for j, u in enumerate(window, start=1):
            prev, row[j] = row[j], prev + 1 if _same_term(t, u) else max(row[j], row[j - 1])
    return row[-1]


def _fragment_found(small: tuple[str, ...], large: tuple[str, ...]) -> int:
    """The most terms of ``small`` found in ``large`` in order within ``FRAGMENT_SPAN`` × its length."""
    width = max(FRAGMENT_SPAN * len(small), len(small) + 1)
    best = 0
    for i, u in enumerate(large):
        if best < len(small) and any(_same_term(t, u) for t in small):
            best = max(best, _in_order(small, large[i : i + width]))
    return best


def _words(content: str) -> tuple[str, ...]:
    """Every word of a quote in order, stopwords kept, content words as their terms."""
    words = re.findall(r"[a-z0-9_]+", prepare(content))
    return tuple(w if w in STOPWORDS else _classes(w) for w in words)


def as_phrase(short: str, long: str) -> bool:
    """Whether the long quote holds the short one's words in one run, as written (stems and
    spellings aside): "a bit deformed" in "it is a bit deformed, which ...". Words of a short
    quote with other words between them ("kids killing kids" / "how many kids will you kill";
    "Oh, God!" / "Oh my god!") are shared words, not a phrase quoted from it."""
    words = _words(short)
    first = next((i for i, w in enumerate(words) if w not in STOPWORDS), len(words))
    last = max((i for i, w in enumerate(words) if w not in STOPWORDS), default=-1)
    run, other = words[first : last + 1], _words(long)
    return any(all(_same_term(t, u) for t, u in zip(run, other[i : i + len(run)], strict=True))
               for i in range(len(other) - len(run) + 1))


def _is_place_term(term: str) -> bool:
    return "_" in term or owner_key(term) is not None or is_place(term)


@lru_cache(maxsize=65536)
def quote_similarity(a: str, b: str) -> float:
    """How likely two quote wordings render one utterance, 0..1 (symmetric).

    Term overlap (Dice, or for a quote that is a fragment of the other, its share of terms
    found there in order and close together, damped below ``CONTAINMENT_MIN_TERMS`` terms),
    blended with rapidfuzz's token_set_ratio on the sorted term strings for spellings the
    stems miss (token_sort_ratio when neither is a fragment of the other: a subset of terms
    scattered over a long quote is no evidence).
    A quote of fewer than ``CONTAINMENT_MIN_TERMS`` terms is a fragment only when all its
    terms are found, as one run of words (``as_phrase``), and not only place names ("North
    Arland." is in every quote of a story).
    """
    ta, tb = quote_terms(a), quote_terms(b)
    if not ta or not tb:
        return 1.0 if prepare(a).strip() == prepare(b).strip() else 0.0
    (small, small_seq), (large, large_seq) = sorted(
        ((ta, _term_sequence(a)), (tb, _term_sequence(b))), key=lambda t: (len(t[0]), sorted(t[0]))
    )
    found = matched(small, large)
    # Damped only when one is the shorter: two equally short quotes may still be one utterance.
    damp = 1.0 if len(small) == len(large) else min(1.0, len(small) / CONTAINMENT_MIN_TERMS)
    dice = 2 * found / (len(ta) + len(tb))
    in_order = _fragment_found(tuple(dict.fromkeys(small_seq)), large_seq)
    if len(small) < CONTAINMENT_MIN_TERMS:
        # a short quote: the same terms, or a phrase of the other that is not only place names
        same_terms = found == len(small) == len(large)
        fragment = same_terms or (in_order == len(small) and not all(map(_is_place_term, small))
                                  and as_phrase(*((a, b) if small is ta else (b, a))))
        if not fragment:
            return round(TERM_WEIGHT * damp * dice, 4)
    else:
        fragment = in_order >= FRAGMENT_MIN_SHARE * len(small) - 1e-9
    terms = min(1.0, max(dice, damp * in_order / len(small) if fragment else 0.0))
    ratio = fuzz.token_set_ratio if fragment else fuzz.token_sort_ratio
    chars = damp * ratio(" ".join(sorted(small)), " ".join(sorted(large))) / 100
    return round(TERM_WEIGHT * terms + (1 - TERM_WEIGHT) * chars, 4)
