"""Quote claims: the direct speech of an article, who said it, and where it stands.

Quotation marks are paired on the text itself (quote_spans.py: a quote may run over
several sentences or paragraphs, which spaCy's sentences do not follow); the parse is used
to join a quote split around its cue, to tell a partial quote, a headline or a title from
speech, and to find the speaker (quote_speakers.py: the subject of the reporting verb next
to the quote, or, for "he"/"the president", the nearest earlier person or holder of that
title). See docs/quotes.md.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..data import WordLists
from ..normalize.speakers import speaker_key
from ..types import Article, Claim, Frame, Quote
from .cache import sent_of, sents_of, text_of
from .context import CONTENT_POS, _according_to, normalize_name
from .quote_spans import _find_quotes, _Part
from .quote_speakers import _is_speech, _outside_heads, _People, _speaker, _tokens

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: Partial quotes of at most this many words with no speaker in their sentence are scare
#: quotes or terms ("so-called “special operation”"), not speech: they make no claim.
SCARE_QUOTE_MAX_WORDS = 3
_LISTS = WordLists("quotes", derived={
    "NAMED_TERM": lambda lists: re.compile(
        r"\b(?:" + "|".join(map(re.escape, lists.NAMED_TERM_CUES)) + r")\s+(?:an?\s+|the\s+)?"
        r"(?:[\"“‘'][^\"“”‘’']{1,40}[\"”’']\s+or\s+)?[\"“‘']?$", re.IGNORECASE),
})
#: The word lists of ``factcheck/data/quotes.toml``, read on first use: MINOR_WORDS, NAMED_TERM_CUES, NAMING_VERBS,
#: NAME_DETERMINERS; and NAMED_TERM, a cue just before a short quoted span ("the so-called "ping"", "known as a
#: "handshake" or "ping""): the span is the term's name, not speech.
__getattr__: Any = _LISTS.module_getattr(globals())
#: A cue between two parts of a split quote ("…," he said in a Thursday address. "…") is
#: one short sentence; the seeds' longest is 10 words, 25 leaves room for titles and places.
MAX_CUE_WORDS = 25
#: A line of at most this many words with no final punctuation is a headline or a caption.
HEADLINE_MAX_WORDS = 30
_HEADLINE_END = re.compile(r"[.!?:;,…]\s*$")


def quote_claims(doc: "Doc", article: Article) -> list[Claim]:
    """Every direct quote of an article as a quote claim.

    ``doc`` is the parse of the body (``article.text[article.body_start:]``); offsets of
    the claims index ``article.text``. A split quote ("…," he said. "…") is one claim whose
    mentions are its parts. Returns the claims in text order.
    """
    parts = _find_quotes(text_of(doc))
    people = _People(doc, parts)
    claims = [c for group in _join_split(parts, doc) if (c := _claim(group, doc, article, people))]
    return _fold_repeats(claims)


#: A quoted span of at most this many words set between an article and a noun ("the "stop and
#: search" policy", "a "no comment" stance") names the thing, whatever its words.
NAME_BEFORE_NOUN_MAX_WORDS = 6


def _name_before_noun(doc: "Doc", part: _Part) -> bool:
    """A quoted name between a determiner and the noun it names: 'the "stop and search" policy'.
    The parse may read the name's words as a clause, so this reads the words around the marks; a
    name has a noun or a verb in it, where adjectives alone are someone's judgement."""
    text = text_of(doc)
    before = text[max(0, part.start - 12) : part.start].split()
    if not before or before[-1].casefold() not in _LISTS.NAME_DETERMINERS \
            or part.content(text).endswith((".", ",", ";", ":", "!", "?")):
        return False  # 'a "terrorist fist jab."': the quote ends its clause, no noun follows it
    words = [t for s, e in part.segments for t in _tokens(doc, s, e) if t.is_alpha]
    if not any(t.pos_ in ("NOUN", "PROPN", "VERB", "AUX") for t in words):
        return False  # 'the "unacceptable and unjustified" attacks': the speaker's judgement of them
    after = next((t for t in _tokens(doc, part.end, min(len(text), part.end + 40))
                  if not t.is_space and t.idx >= part.end), None)
    if after is None or after.idx - part.end > 1 or after.pos_ not in ("NOUN", "PROPN"):
        return False  # the noun right after the closing mark, nothing between: 'a "raw act".' is no name
    return not _named_by_speaker(after.head if after.dep_ == "compound" else after)


def _term_before_noun(doc: "Doc", part: _Part) -> bool:
    """A short quote written before the noun it modifies ("the "beta" release of the browser"), in
    a phrase no naming verb governs ("called it a "back-door" change" is the caller's word)."""
    words = [t for s, e in part.segments for t in _tokens(doc, s, e) if t.is_alpha]
    if not words:
        return False
    last = words[-1]
    noun = last.head
    if last.dep_ not in ("amod", "compound", "nmod") or noun.i <= last.i or noun.idx < part.end \
            or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return not _named_by_speaker(noun)


def _plural_term(doc: "Doc", part: _Part) -> bool:
    """A quote of one plural common noun that the reporter's sentence uses as a noun (the
    drone's "heartbeats" to a relay, "beacons" picked up by a ship), in a phrase no naming verb governs
    ("called them "invaders"" is the caller's word): a kind of thing named, not speech."""
    words = [t for s, e in part.segments for t in _tokens(doc, s, e) if t.is_alpha]
    return len(words) == 1 and words[0].tag_ == "NNS" and not _named_by_speaker(words[0])


def _named_by_speaker(noun: "Token") -> bool:
    """A noun a naming verb governs ("called it a "back-door" change", "described the plan as a
    "half-baked" idea"): the quoted word before it is the speaker's."""
    governor = noun.head if noun.dep_ in ("dobj", "oprd", "attr", "pobj") else None
    if governor is not None and governor.dep_ == "prep":
        governor = governor.head
    return governor is not None and governor.lemma_.casefold() in _LISTS.NAMING_VERBS


# --- split quotes -----------------------------------------------------------------------


def _join_split(parts: list[_Part], doc: "Doc") -> list[list[_Part]]:
    """Parts of one quote split around its cue ("…," Okafor said. "…") as one group."""
    groups: list[list[_Part]] = []
    for part in parts:
        if groups and _continues(groups[-1][-1], part, doc):
            groups[-1].append(part)
        else:
            groups.append([part])
    return [g for g in groups if any(p.content(text_of(doc)) for p in g)]


def _continues(a: _Part, b: _Part, doc: "Doc") -> bool:
    text = text_of(doc)
    cue = text[a.end : b.start]
    # '"…," he said. "…"' or, British style, '"…", he said. "…"'
    if not (a.content(text).endswith((",", "?", "!")) or cue.lstrip().startswith(",")) \
            or not cue.strip().endswith((".", ":", ",")) or len(cue.split()) > MAX_CUE_WORDS \
            or any(m in cue for m in "\"“”‘") or "\n\n" in cue.strip() \
            or not any(_is_speech(t) for t in _tokens(doc, a.end, b.start)):
        return False
    # Two sentences between ('…," Kiir said.\nHe later added: "…"'): b has a cue of its own.
    if len({sent_of(t).start for t in _tokens(doc, a.end, b.start) if not (t.is_punct or t.is_space)}) > 1:
        return False
    # b has a cue of its own after it: the next speaker's quote, not a continuation.
    after = text[b.end : text.find("\n", b.end) if "\n" in text[b.end:] else len(text)]
    tail = _tokens(doc, b.end, b.end + len(after.split(".")[0]))
    return not any(_is_speech(t) for t in tail)


# --- one claim --------------------------------------------------------------------------


def _claim(group: list[_Part], doc: "Doc", article: Article, people: "_People") -> Claim | None:
    text = text_of(doc)
    first, last = group[0], group[-1]
    sents = _sentences(doc, first.start, last.end)
    if not sents:
        return None
    partial = len(group) == 1 and _is_partial(doc, first, sents[0])
    headline = _is_headline(text, first.start)
    speaker, via = (None, None) if headline else _speaker(group, doc, sents, partial, people)
    contents = [p.content(text) for p in group]
    content = " … ".join(c.rstrip(", ") for c in contents)  # the comma before a cue is not the speaker's
    if speaker is None and (partial or len(content.split()) <= SCARE_QUOTE_MAX_WORDS):
        return None  # words woven into a sentence with no one saying them: a term or a name, not speech
    if len(content.split()) <= SCARE_QUOTE_MAX_WORDS and _LISTS.NAMED_TERM.search(text[max(0, first.start - 80):
                                                                                  first.start + 1]):
        return None  # 'a so-called "ping"': a term named, whoever speaks in the sentence
    if _a_name(content, group, doc, sents[0], partial):
        return None  # "The Long Winter Road", 'would call "Safe Ride Home" and': a name, not speech
    if len(group) == 1 and len(content.split()) <= SCARE_QUOTE_MAX_WORDS and _term_before_noun(doc, first):
        return None  # 'the "beta" release': the writer's term for a kind, not anyone's words
    if len(group) == 1 and partial and _plural_term(doc, first):
        return None  # 'the drone's "heartbeats" to a relay': the writer's word for a kind of thing
    if len(group) == 1 and len(content.split()) <= NAME_BEFORE_NOUN_MAX_WORDS and _name_before_noun(doc, first):
        return None  # 'the "stop and search" policy': a name set between an article and its noun
    off = article.body_start
    start, end = first.start + off, last.end + off
    inside = [t for p in group for s, e in p.segments for t in _tokens(doc, s, e)]
    return Claim(
        article=article.id,
        kind="quote",
        start=start,
        end=end,
        text=article.text[start:end],
        sentence=article.text[sents[0].start_char + off : sents[-1].end_char + off].strip(),
        value=Quote(speaker=speaker, content=content, partial=partial, speaker_via=via),
        attribution=speaker,
        # Where the outlet got the words ("according to two officials"), not who said
        # them: two outlets quoting one speaker are two witnesses unless they cite one source.
        origin=next((normalize_name(a) for s in sents if (a := _according_to(s))), None),
        frame=Frame(context=frozenset(
            t.lemma_.casefold() for t in inside if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha
        )),
        mentions=tuple((p.start + off, p.end + off) for p in group),
    )


#: A quoted span of at most this many words with every word capitalized is a title or a
#: name ("The Long Winter Road", "Evening Live: The Big Reveal"), not something said.
TITLE_MAX_WORDS = 8

def _title_like(content: str) -> bool:
    words = [w.strip(".,:;!?'\"“”‘’()") for w in content.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    return all(w[:1].isupper() or w.lower() in _LISTS.MINOR_WORDS for w in words) and words[0][:1].isupper()


def _sentences(doc: "Doc", start: int, end: int) -> list["Span"]:
    return [s for s in sents_of(doc) if s.start_char < end and s.end_char > start]


def _is_partial(doc: "Doc", part: _Part, sent: "Span") -> bool:
    """A quote woven into the reporter's sentence ("called them “heroes”"), not a full utterance."""
    content = part.content(text_of(doc)).lstrip("\"'‘“(…. ")
    if not content or content[0].islower():
        return True
    if not _woven(doc, part, sent):
        return False
    words = [t for t in sent if t.idx < part.start and not t.is_punct and not t.is_space]
    return not (words and _is_speech(words[-1]))  # 'Okafor said "Varga is the aggressor."'


def _a_name(content: str, group: list[_Part], doc: "Doc", sent: "Span", partial: bool) -> bool:
    """Whether a quote whose every word is capitalized is a name, not speech: partial, or one span
    the reporter's words run into, of two words or more and no full stop of its own ('he responded
    "Yes."' is said), in a sentence not itself title-cased (a headline: 'Leader Says "We No Longer
    Need" Tests' is said too)."""
    if not _title_like(content):
        return False
    if len(group) == 1 and _appositive(doc, group[0]):
        return True  # 'the operation, "Desert Gate", would start': set off by commas, a name of a noun
    return partial or (len(group) == 1 and len(content.split()) > 1 and not content.rstrip(" ,").endswith(".")
                       and _woven(doc, group[0], sent) and not _title_cased(group[0], sent))


def _appositive(doc: "Doc", part: _Part) -> bool:
    """Whether the quoted words stand in apposition to a noun outside them ("its new stand, "The
    Lanterne End","): a name given to a thing, whoever speaks in the sentence."""
    heads = [t for t in _outside_heads(doc, part) if not t.is_punct]
    return bool(heads) and all(t.dep_ == "appos" and t.head.pos_ in ("NOUN", "PROPN") for t in heads)


def _title_cased(part: _Part, sent: "Span") -> bool:
    """Whether the words of the sentence outside the quote are capitalized too (a headline)."""
    words = [t.text for t in sent if t.is_alpha and not part.start <= t.idx < part.end]
    return bool(words) and all(w[:1].isupper() or w.lower() in _LISTS.MINOR_WORDS for w in words)


def _woven(doc: "Doc", part: _Part, sent: "Span") -> bool:
    """Whether the reporter's words run into the quote: something before it on its line and in its
    sentence, and not a colon, comma, dash or bracket that sets a quotation off."""
    text = text_of(doc)
    before = text[max(sent.start_char, text.rfind("\n", 0, part.start) + 1) : part.start].rstrip()
    return bool(before) and not before.endswith((":", ",", "—", "–", "("))


def _is_headline(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip().rstrip("\"”’'»)]")
    return not _HEADLINE_END.search(line) and len(line.split()) <= HEADLINE_MAX_WORDS


def _fold_repeats(claims: list[Claim]) -> list[Claim]:
    """A quote whose words recur in a longer quote of the article is a mention of it, not a
    claim of its own: a headline quoting the body (no speaker), or a fragment the article
    quotes again at more length from the same speaker ("pending invasion" … "pending
    invasion of the South"): one utterance quoted twice, which aligns as one."""
    def words(claim: Claim) -> str:
        assert isinstance(claim.value, Quote)
        return " " + " ".join(re.findall(r"\w+", claim.value.content.casefold())) + " "

    def home_of(claim: Claim) -> Claim | None:
        mine = words(claim)
        homes = [h for h in claims if h is not claim and h.attribution and mine.strip() and mine in words(h)
                 and (claim.attribution is None or (len(words(h)) > len(mine)
                     and speaker_key(h.attribution) == speaker_key(claim.attribution)))]
        return max(homes, key=lambda h: len(words(h)), default=None)

    extra: dict[int, list[tuple[int, int]]] = {}
    kept: list[Claim] = []
    for claim in claims:
        home = home_of(claim)
        if home is not None:
            extra.setdefault(id(home), []).extend(claim.mentions)
        else:
            kept.append(claim)
    return [replace(c, mentions=tuple(sorted([*c.mentions, *extra[id(c)]]))) if id(c) in extra else c for c in kept]
