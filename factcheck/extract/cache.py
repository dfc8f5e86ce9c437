"""Per-document views that spaCy recomputes on every access, computed once.

``Doc.text``, ``Doc.sents``, ``Doc.ents`` and ``Token.sent`` each walk the whole
document when read; extraction reads them for every figure, quote and verb, which
made it cost as much as parsing. These helpers keep one copy in ``doc.user_data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_KEY = "factcheck"


def _views(doc: "Doc") -> dict:
    views = doc.user_data.get(_KEY)
    if views is None:
        sents = list(doc.sents)
        index = [0] * len(doc)
        for n, sent in enumerate(sents):
            for i in range(sent.start, sent.end):
                index[i] = n
        ents = tuple(doc.ents)
        by_sent: list[list] = [[] for _ in sents]
        for ent in ents:
            by_sent[index[ent.start]].append(ent)
        labels: dict[str, set[str]] = {}
        for ent in ents:
            for word in ent:
                labels.setdefault(word.text, set()).add(ent.label_)
        views = {"text": doc.text, "sents": sents, "ents": ents, "index": index,
                 "sent_ents": [tuple(e) for e in by_sent], "word_labels": labels}
        doc.user_data[_KEY] = views
    return views


def text_of(doc: "Doc") -> str:
    """``doc.text``, computed once."""
    return _views(doc)["text"]


def sents_of(doc: "Doc") -> list["Span"]:
    """``list(doc.sents)``, computed once."""
    return _views(doc)["sents"]


def ents_of(doc: "Doc") -> tuple["Span", ...]:
    """``doc.ents``, computed once."""
    return _views(doc)["ents"]


def sent_of(tok: "Token") -> "Span":
    """``tok.sent`` without walking the document."""
    views = _views(tok.doc)
    return views["sents"][views["index"][tok.i]]


def ents_in(tok: "Token") -> tuple["Span", ...]:
    """The entities of the sentence ``tok`` stands in, without walking the document."""
    views = _views(tok.doc)
    return views["sent_ents"][views["index"][tok.i]]


def entity_labels(tok: "Token") -> frozenset[str]:
    """The entity labels the document gives anywhere to a word written as ``tok`` is ("Varga" at a
    sentence's start, tagged a common noun, is a person where the model tags it so elsewhere)."""
    return frozenset(_views(tok.doc)["word_labels"].get(tok.text, ()))
