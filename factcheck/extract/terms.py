"""The words an article is about, for telling one story from another (factcheck/stories.py).

Content words by lemma (nouns, names, verbs, adjectives), the named entities, places and
dates as whole names, and the figures it states. Plain counts: weighting is the stories
stage's business. Besides, each person or organisation the article names, counted by its
mentions ("Dana Wills ... Mayor Wills told reporters" is two): a report names the subject
of its event again and again, a quoted expert once or twice.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .about import name_mentions

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

#: Parts of speech whose lemmas say what an article is about.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
#: Shorter words are mostly abbreviations' debris and initials.
MIN_WORD = 3
#: Prefixes that keep the kinds of term apart: a name ("=eastport", counted once), a figure
#: ("#137"), a person or organisation counted by its mentions ("@wills").
NAME, FIGURE, WHO = "=", "#", "@"


def article_terms(doc: "Doc", names: frozenset[tuple[str, str]]) -> tuple[tuple[str, int], ...]:
    """(term, count) of every content lemma and figure of an article, each of its ``names``
    (``about.article_names``) and each person or organisation by its mentions, most frequent
    first."""
    counts: Counter[str] = Counter()
    for tok in doc:
        if tok.like_num and any(ch.isdigit() for ch in tok.text):
            counts[FIGURE + tok.text.replace(",", "")] += 1
        elif tok.pos_ in CONTENT_POS and tok.is_alpha and not tok.is_stop and len(tok.text) >= MIN_WORD:
            counts[tok.lemma_.casefold()] += 1
    for kind, key in names:
        if kind != "person":  # a full name is counted by its surname's key already
            counts[NAME + key] += 1
    for anchor in name_mentions(doc):
        if anchor.kind == "entity":
            counts[WHO + anchor.key] += 1
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
