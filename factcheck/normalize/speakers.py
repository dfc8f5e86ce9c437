"""Speaker names: one key per person, and whether two written speakers are the same.

"Oleksandr Novitsky", "Novitskyy", "Mayor Novitsky" and "Poland's Mayor Novitskiy" all give
the key "novitsky": the surname, ASCII, casefolded, with titles stripped and the usual
transliteration endings folded. Speakers that are not names ("two officials", "a senior
defence official") keep their whole phrase as key, and ``same_speaker`` says it cannot tell
(None): two anonymous officials may or may not be one person.
"""

from __future__ import annotations

import re
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from ..data import WordLists
from .measures import owner_key

_LISTS = WordLists("speakers", derived={
    "TITLE_WORDS": lambda lists: lists.HEAD_TITLES | lists.raw("TITLE_WORDS"),
})
#: The word lists of ``factcheck/data/speakers.toml``, read on first use: TITLE_WORDS,
#: HEAD_TITLES, NAME_SUFFIXES, ORG_WORDS, GROUP_NOUNS, DETERMINERS.
__getattr__: Any = _LISTS.module_getattr(globals())

#: Transliteration variants folded before comparing surnames: -sky/-skyy/-skiy/-skyi/-ski
#: (Novitsky, Novitskyy, Novitskiy), -tsch-/-tch- (Kovatschenko, Kovachenko), kh/h, double letters.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"([sc]k|zk)(?:yy|iy|yi|ii|ij|y|i)$"), r"\1y"),
    (re.compile(r"t?sch|tch"), "ch"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"(.)\1+"), r"\1"),
)
#: Given names are compared after these spelling folds (Stephanos/Stefanos, Constantin/Konstantin,
#: Dmitriy/Dmitrii are one name transliterated two ways).
_GIVEN_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"c(?![eiy])"), "k"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
)
#: Two given names at least this similar (rapidfuzz ratio after ``_GIVEN_FOLDS``) are one
#: name spelled two ways even when their initials differ: Constantin/Konstantin 100; Joe/Hunter 22
#: and Ivan/Evan 75 stay apart.
GIVEN_MIN_SIMILARITY = 80
#: Two folded surnames at least this similar (rapidfuzz ratio, 0-100) name one person.
#: After the folds above the seeds' variants are equal (100); 87 still takes one typo in a
#: name of 8+ letters (the transposed "Novitksy" 87.5, "Petrnko" 93) and keeps apart the
#: look-alike pairs of tests/test_speakers.py: Clinton/Clifton 85.7, Harris/Harrison 83
#: (after folding double letters), Harding/Harrison 67, Johnson/Jackson 57, Novak/Petrenko 31.
SURNAME_MIN_SIMILARITY = 87

_POSSESSIVE = re.compile(r"^\S+['’]s\s+")  # "Velmora's President ..." -> "President ..."
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def without_name_suffix(words: list[str]) -> list[str]:
    """Casefolded name words without a trailing suffix, keeping at least one word ("luis mendes
    jr" -> "luis mendes"; "ola lacroix iii" -> "ola lacroix")."""
    while len(words) > 1 and words[-1] in _LISTS.NAME_SUFFIXES:
        words = words[:-1]
    return words


def _words(name: str) -> list[str]:
    """The words of a name, ASCII, with a leading possessive and titles removed."""
    text = _POSSESSIVE.sub("", anyascii(name).strip())
    words = [w.strip(".'’-") for w in _WORD.findall(text)]
    words = [w for w in words if w]
    while words and (words[0].casefold().rstrip(".") in _LISTS.TITLE_WORDS | _LISTS.DETERMINERS
                     or (len(words) > 1 and _is_nationality(words[0]))):
        words = words[1:]
    while words and words[-1].casefold().rstrip(".") in _LISTS.NAME_SUFFIXES:
        words = words[:-1]
    first_name = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    if 0 < first_name < len(words) and all(w[:1].isupper() for w in words[first_name:]):
        words = words[first_name:]  # "32-year-old protester Paris Kyriakides": the name after the description
    return words


def _is_nationality(word: str) -> bool:
    """"Velmoran", "U.S." before a name say where a person is from, not who."""
    return word.casefold().replace(".", "") in {"us", "uk", "un", "eu"} or owner_key(word) is not None


def is_name(name: str | None) -> bool:
    """Whether a written speaker is a proper name (every word capitalized), not a phrase.

    A place, a nationality or a group ("Greeks", "South Sudan", "Officials") is no person's name.
    """
    if not name:
        return False
    words = _words(name)
    if not words or len(words) > 4 or not all(w[0].isupper() for w in words):
        return False
    if len(words) == 1 and words[0].casefold() in _LISTS.GROUP_NOUNS:
        return False
    return owner_key(" ".join(words)) is None and not (len(words) == 1 and _is_nationality(words[0]))


def _fold(word: str) -> str:
    key = word.casefold().replace("'", "").replace("’", "")
    for pattern, repl in _FOLDS:
        key = pattern.sub(repl, key)
    return key


def speaker_key(name: str | None) -> str | None:
    """A comparable key for a speaker: the folded surname of a name, else the whole phrase.

    Returns None for None or a blank/title-only name ("the president" gives "president").
    """
    if not name or not name.strip():
        return None
    words = _words(name)
    if not words:
        key = re.sub(r"[^a-z0-9 ]+", "", anyascii(name).casefold()).strip()
        key = " ".join(w for w in key.split() if w not in _LISTS.DETERMINERS)
        return key or None
    if is_name(name) and words[-1].casefold() not in _LISTS.ORG_WORDS:
        return _fold(words[-1])
    return " ".join(w.casefold() for w in words)


def _given(name: str) -> str | None:
    """The first given name of a full name ("Oleksandr Novitsky" -> "oleksandr"), if written."""
    words = _words(name)
    return _fold(words[0]) if is_name(name) and len(words) >= 2 else None


def is_full_name(name: str) -> bool:
    """A person's name written with a given name ("Ola Brekke", "President Ola Brekke"; not "Brekke")."""
    return _given(name) is not None


def _same_given(a: str, b: str) -> bool:
    """Whether two given names (folded) can be one: the same initial ("J." / "Joe"; transliterations
    such as "Mykhailo" / "Mikhail" keep it), or one name spelled two ways ("Constantin" / "Konstantin")."""
    if a[0] == b[0]:
        return True
    fa, fb = a, b
    for pattern, repl in _GIVEN_FOLDS:
        fa, fb = pattern.sub(repl, fa), pattern.sub(repl, fb)
    return fuzz.ratio(fa, fb) >= GIVEN_MIN_SIMILARITY


def _like_given(word: str, given: str) -> bool:
    """Whether a lone name may be the given name of a full name: "Kris" / "Kristina Wolny"
    (a nickname or a relative: no surname to tell them apart)."""
    return _same_given(word, given) and (fuzz.ratio(word, given) >= GIVEN_MIN_SIMILARITY or word[:4] == given[:4])


def same_speaker(a: str | None, b: str | None) -> bool | None:
    """Whether two written speakers are one person: True, False, or None when unknown.

    None when either is missing or is not a person's name (an anonymous "official", a group,
    a place or a nationality may be anyone), and when a lone name that is not the other's
    surname looks like the other's given name ("Kris" / "Kristina Wolny"). Surnames are
    compared after folding transliteration endings, with rapidfuzz for remaining spelling
    variants; given names, when both are written, tell two people of one surname apart
    ("Marta Novak" / "Ewa Novak") unless they are one name spelled two ways ("Constantin" /
    "Konstantin").
    """
    if not (is_name(a) and is_name(b)):
        return None
    assert a is not None and b is not None
    ka, kb = speaker_key(a), speaker_key(b)
    if ka is None or kb is None:
        return None
    ga, gb = _given(a), _given(b)
    if ka != kb and fuzz.ratio(ka, kb) < SURNAME_MIN_SIMILARITY:
        if (ga is None and gb and _like_given(ka, gb)) or (gb is None and ga and _like_given(kb, ga)):
            return None  # "Kris" may be Kristina Wolny's nickname, or her brother
        return False
    short, long_ = sorted(([_fold(w) for w in _words(a)], [_fold(w) for w in _words(b)]), key=len)
    if len(short) >= 2 and long_[-len(short):] == short:
        return True  # "Anya Okafor" in "Mary Anya Okafor", or a caption run into the cue ("Tom Varga Anya Okafor")
    # Given names vary more across transliterations than surnames do ("Dmytro"/"Dmitri"
    # score 67), and "J." must match "Joe": the same initial, or a close spelling, is enough.
    return not (ga and gb and not _same_given(ga, gb))
