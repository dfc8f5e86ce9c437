"""Articles longer than the parser takes at once: parsed in pieces, offsets kept right."""

from __future__ import annotations

import pytest

from factcheck.parse import pieces
from factcheck.types import Article

PARAGRAPHS = [
    "A magnitude 4.6 earthquake struck 14 miles north of Dunmore on Thursday morning, the survey said.",
    "At least 12 people were injured and 3 homes were destroyed, the county sheriff told reporters.",
    "\u201cWe felt two strong jolts,\u201d said Mara Ellison, who runs a bakery on the main street.",
    "Firefighters evacuated 250 residents from the old town as a precaution.",
]


def _cover(text: str, spans: list[tuple[int, int]]) -> str:
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    return "".join(text[s:e] for s, e in spans)


def test_pieces_end_at_paragraph_breaks():
    text = "\n\n".join(PARAGRAPHS * 5) + "\n"
    spans = pieces(text, 300)
    assert _cover(text, spans) == text and len(spans) > 5
    assert all(e - s <= 300 for s, e in spans)
    assert all(text[:e].endswith("\n\n") for _, e in spans[:-1])  # every cut after a blank line


def test_a_giant_paragraph_is_cut_after_a_sentence_else_a_space_else_at_the_limit():
    paragraph = " ".join(PARAGRAPHS * 5)
    spans = pieces(paragraph, 250)
    assert _cover(paragraph, spans) == paragraph
    assert all(e - s <= 250 and paragraph[e - 2 : e] in (". ", "\u201d ") for s, e in spans[:-1])
    words = "word " * 100
    assert all(words[e - 1] == " " for _, e in pieces(words, 42)[:-1])
    assert pieces("x" * 100, 30) == [(0, 30), (30, 60), (60, 90), (90, 100)]


def test_a_short_text_is_one_piece():
    assert pieces("Short.", 100) == [(0, 6)]


class _FakeDoc:
    def __init__(self, text):
        self.text = text


class _FakeNlp:
    """Records what the parser is given, and when."""

    max_length = 100

    def __init__(self):
        self.batches: list[list[str]] = []

    def pipe(self, texts, batch_size):
        batch = list(texts)
        assert len(batch) == batch_size
        self.batches.append(batch)
        return (_FakeDoc(t) for t in batch)


def test_parse_is_lazy_batched_and_grouped_by_article(monkeypatch):
    from factcheck import parse

    monkeypatch.setattr(parse, "BATCH_CHARS", 150)
    nlp = _FakeNlp()
    long_body = "\n\n".join(["x" * 60] * 4)
    articles = [Article(id="a1", path="a", text="Short one.", source="a"),
                Article(id="a2", path="b", text="---\nsource: b\n---\n" + long_body, source="b", body_start=18),
                Article(id="a3", path="c", text="Third.", source="c")]
    parsed = parse.parse(articles, nlp)
    assert nlp.batches == []  # nothing is parsed before extract asks for it
    got = [[(offset, doc.text) for offset, doc in article_pieces] for article_pieces in parsed]
    assert [len(g) for g in got] == [1, 4, 1]
    assert ["".join(t for _, t in g) for g in got] == ["Short one.", long_body, "Third."]
    assert [o for o, _ in got[1]] == [0, 62, 124, 186]
    assert all(sum(map(len, b)) <= 150 or len(b) == 1 for b in nlp.batches)


@pytest.mark.slow
def test_a_text_longer_than_max_length_is_parsed_in_pieces_with_offsets_right(nlp, monkeypatch, tmp_path):
    from factcheck.load import load_articles
    from factcheck.pipeline import extract_claims

    body = "\n\n".join(PARAGRAPHS * 3) + "\n"
    (tmp_path / "big.md").write_bytes(("\ufeff---\nsource: Wire\n---\n" + body).encode("utf-8"))
    articles = load_articles([str(tmp_path / "big.md")])
    whole = extract_claims(articles).claims
    monkeypatch.setattr(nlp, "max_length", 320)  # several pieces; one text would raise spaCy's E088
    split = extract_claims(articles).claims
    (article,) = articles
    assert all(article.text[c.start : c.end] == c.text for c in split)
    assert article.text[split[0].start :].startswith(split[0].text) and split[0].start > article.body_start
    figures = {(c.start, c.end, c.text) for c in split if c.kind == "quantity"}
    assert figures == {(c.start, c.end, c.text) for c in whole if c.kind == "quantity"}
    assert len({c.start for c in split if c.kind == "quantity"}) >= 3 * 4  # figures of every repeat found
    assert {c.kind for c in split} >= {"quantity", "quote"}


def test_an_article_read_in_pieces_keeps_its_terms_for_stories(nlp, monkeypatch, tmp_path):
    """Stories group articles by their terms: a long article cut into pieces has the terms of the
    whole (the same words and names), so it is not left a story of its own."""
    from factcheck.load import load_articles
    from factcheck.pipeline import extract_claims
    from factcheck.types import Options

    (tmp_path / "big.md").write_text("\n\n".join(PARAGRAPHS * 3) + "\n", encoding="utf-8")
    articles = load_articles([str(tmp_path / "big.md")])
    whole = dict(dict(extract_claims(articles, Options(cache=False)).terms)["a1"])
    monkeypatch.setattr(nlp, "max_length", 320)
    split = dict(dict(extract_claims(articles, Options(cache=False)).terms)["a1"])
    assert split and set(split) == set(whole)
