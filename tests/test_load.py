"""Loading articles: formats, front matter, offsets as read, and one-line errors."""

from __future__ import annotations

import io
import json

import pytest

from factcheck.exceptions import InputError
from factcheck.load import load_articles


def test_front_matter_is_read_and_kept_in_the_text(tmp_path):
    text = "---\ntitle: Kyiv live\nsource: Wire\npublished: 2022-02-25T06:10:00+02:00\n---\nBody 137 dead.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (article,) = load_articles([str(tmp_path / "a.txt")])
    assert (article.source, article.title, article.published) == ("Wire", "Kyiv live", "2022-02-25T06:10:00+02:00")
    assert article.text == text  # offsets index the text as read, front matter included
    assert article.text[article.body_start :] == "Body 137 dead.\n"


def test_without_front_matter_the_source_is_the_file_name(tmp_path):
    (tmp_path / "wire.md").write_text("Some text.", encoding="utf-8")
    (article,) = load_articles([str(tmp_path / "wire.md")])
    assert article.source == "wire.md" and article.body_start == 0


def test_directory_articles_sorted_and_fixture_files_left_out(tmp_path):
    for name in ("b.txt", "a.txt", "expected.json", "README.md"):
        (tmp_path / name).write_text('{"facts": []}' if name.endswith("json") else f"text of {name}", encoding="utf-8")
    articles = load_articles([str(tmp_path)])
    assert [a.source for a in articles] == ["a.txt", "b.txt"]
    assert [a.id for a in articles] == ["a1", "a2"]


def test_json_lines_one_article_per_line(tmp_path):
    lines = [{"text": "One.", "id": "x", "source": "Wire", "published": "2022-02-24"}, {"text": "Two."}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    articles = load_articles([str(tmp_path / "in.jsonl")])
    assert [a.text for a in articles] == ["One.", "Two."]
    assert articles[0].source == "Wire" and articles[0].published == "2022-02-24"
    assert articles[1].path.endswith("in.jsonl:2")


def test_standard_input(tmp_path):
    (article,) = load_articles(["-"], io.StringIO("From stdin, 20 miles away.\r\n"))
    assert article.text == "From stdin, 20 miles away.\n" and article.path == "-"


def test_html_text_is_extracted(tmp_path):
    html = ("<html><head><title>Quake</title></head><body><article><h1>Quake hits</h1>"
            + "<p>A magnitude 4.6 earthquake struck 14 miles north of Healdsburg on Thursday morning.</p>" * 3
            + "</article></body></html>")
    (tmp_path / "q.html").write_text(html, encoding="utf-8")
    (article,) = load_articles([str(tmp_path / "q.html")])
    assert "magnitude 4.6" in article.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", "  \n", "is empty"),
        ("bin.txt", b"\x00\x01\x02binary", "binary"),
        ("latin.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
        ("x.pdf", "pdf", "unsupported file type"),
        ("bad.json", "{not json", "not valid JSON"),
        ("notext.jsonl", '{"title": "no text"}\n', "no 'text' field"),
        ("fm.txt", "---\nauthor: me\n---\nBody.", "front matter key 'author'"),
        ("date.txt", "---\npublished: yesterday\n---\nBody.", "not an ISO 8601"),
    ],
)
def test_bad_input_raises_one_line_error_naming_it(tmp_path, name, content, message):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_articles([str(path)])
    assert message in str(err.value) and name in str(err.value) and "\n" not in str(err.value)


def test_the_same_file_twice_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(InputError, match="given twice"):
        load_articles([str(tmp_path / "a.txt"), str(tmp_path)])


def test_unclosed_front_matter_names_its_line(tmp_path):
    (tmp_path / "open.md").write_text("---\ntitle: Quake\nsource: Wire\n\nA quake killed 3 people.\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_articles([str(tmp_path / "open.md")])
    message = str(err.value)
    assert "open.md" in message and "line 1" in message and "never closed" in message and "\n" not in message


def test_a_rule_that_is_not_first_is_text(tmp_path):
    (tmp_path / "a.md").write_text("Quake kills 3.\n---\nMore text.\n", encoding="utf-8")
    (article,) = load_articles([str(tmp_path / "a.md")])
    assert article.body_start == 0 and article.published_from is None


def test_byte_order_mark_is_not_text(tmp_path):
    text = "---\nsource: Wire\npublished: 2023-05-01\n---\nA quake killed 3 people.\n"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "\ufeffOne quake."}).encode("utf-8"))
    article, from_json = load_articles([str(tmp_path / "bom.txt"), str(tmp_path / "bom.json")])
    # offsets index the text as read with the mark dropped: open(path, encoding="utf-8-sig").read()
    assert article.text == text == (tmp_path / "bom.txt").open(encoding="utf-8-sig").read()
    assert article.source == "Wire" and article.published == "2023-05-01"
    assert article.text[article.body_start :] == "A quake killed 3 people.\n"
    assert from_json.text == "One quake."
    (from_stdin,) = load_articles(["-"], io.StringIO("\ufeffFrom stdin."))
    assert from_stdin.text == "From stdin."


def test_directory_files_in_natural_order(tmp_path):
    names = ["20_10.txt", "20_2.txt", "20_11.txt", "20_1.txt", "3b.txt", "3a.txt"]
    for name in names:
        (tmp_path / name).write_text(f"text of {name}", encoding="utf-8")
    articles = load_articles([str(tmp_path)])
    assert [a.source for a in articles] == ["3a.txt", "3b.txt", "20_1.txt", "20_2.txt", "20_10.txt", "20_11.txt"]


def test_published_from_says_where_each_date_came_from(tmp_path):
    (tmp_path / "fm.txt").write_text("---\npublished: 2023-05-01T08:00:00+02:00\n---\nBody.\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Body, no date.\n", encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(
        json.dumps({"text": "Dated.", "published": "2023-05-01"}) + "\n" + json.dumps({"text": "Undated."}) + "\n",
        encoding="utf-8")
    (tmp_path / "page.html").write_text(_page("3", meta='<meta property="article:published_time" content="2023-05-01T08:00:00+02:00">'),
                                        encoding="utf-8")
    (tmp_path / "bare.html").write_text(_page("3"), encoding="utf-8")
    (stdin,) = load_articles(["-"], io.StringIO("---\npublished: 2023-05-02\n---\nFrom stdin.\n"))
    assert stdin.published_from == "front_matter"
    got = {a.path.rsplit("/", 1)[-1]: (a.published, a.published_from) for a in load_articles([str(tmp_path)])}
    assert got == {
        "bare.html": (None, None),
        "fm.txt": ("2023-05-01T08:00:00+02:00", "front_matter"),
        "in.jsonl:1": ("2023-05-01", "json"),
        "in.jsonl:2": (None, None),
        "page.html": ("2023-05-01T08:00:00+02:00", "page_metadata"),
        "plain.txt": (None, None),
    }


def _page(dead: str, *, meta: str = "", footer: str = "", extra: str = "") -> str:
    """An invented news page: the metadata in ``meta``, a body of plain paragraphs."""
    body = (f"<p>A six-storey apartment block collapsed in the port town of Marlow Bay early on Saturday, "
            f"killing {dead} people, the fire service said.</p>"
            "<p>Rescuers with sniffer dogs were still searching the rubble at dawn, and the cause of the "
            "collapse was not yet known, officials told reporters at the scene.</p>"
            "<p>Residents of neighbouring buildings were moved to a school gymnasium for the night.</p>")
    return (f"<html><head><title>Block collapses in Marlow Bay</title>{meta}</head><body><nav>Home | World</nav>"
            f"<article><h1>Block collapses in Marlow Bay</h1>{extra}{body}</article>"
            f"<footer>{footer}</footer></body></html>")


def _load_page(tmp_path, html: str, name: str = "page.html"):
    (tmp_path / name).write_text(html, encoding="utf-8")
    (article,) = load_articles([str(tmp_path / name)])
    return article


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ('<meta property="article:published_time" content="2023-05-01T08:00:00+02:00">', "2023-05-01T08:00:00+02:00"),
        ('<meta property="article:published_time" content="2023-05-01T20:00:00Z">', "2023-05-01T20:00:00+00:00"),
        ('<meta name="date" content="2023-05-01">', "2023-05-01"),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
         ' "datePublished": "2023-05-01T08:00:00+02:00", "dateModified": "2023-05-03T10:00:00+02:00"}</script>',
         "2023-05-01T08:00:00+02:00"),
    ],
)
def test_page_date_is_the_original_publication_with_its_time_and_zone(tmp_path, meta, published):
    article = _load_page(tmp_path, _page("3", meta=meta))
    assert (article.published, article.published_from) == (published, "page_metadata")


@pytest.mark.parametrize(
    ("footer", "extra"),
    [
        ("© 2023 Marlow Bay Courier. All rights reserved.", ""),
        ("Copyright 2021", "<p>The block was built on 12 March 1998 and inspected on May 3, 2022.</p>"),
        ("", ""),
    ],
)
def test_a_copyright_year_or_a_date_in_the_text_is_no_publication_date(tmp_path, footer, extra):
    article = _load_page(tmp_path, _page("3", footer=footer, extra=extra))
    assert (article.published, article.published_from) == (None, None)


def test_pages_of_one_day_keep_their_order(tmp_path):
    from factcheck.load import published_moment

    morning = _load_page(tmp_path, _page("3", meta='<meta property="article:published_time" content="2023-05-01T08:00:00+02:00">'), "m.html")
    evening = _load_page(tmp_path, _page("10", meta='<meta property="article:published_time" content="2023-05-01T20:00:00+02:00">'), "e.html")
    assert published_moment(morning.published) < published_moment(evening.published)


@pytest.mark.slow
def test_a_rising_toll_on_pages_of_one_day_is_an_update(tmp_path):
    import factcheck

    for name, dead, hour in (("evening.html", "10", "20"), ("morning.html", "3", "08")):
        meta = f'<meta property="article:published_time" content="2023-05-01T{hour}:00:00+02:00">'
        (tmp_path / name).write_text(_page(dead, meta=meta, footer="© 2023 Marlow Bay Courier"), encoding="utf-8")
    report = factcheck.compare_articles(factcheck.read([str(tmp_path)]))
    [toll] = [f for f in report.facts if f.summary.startswith("people killed")]
    assert toll.verdict == "update"  # the same day, twelve hours apart: a rising toll, not a conflict
