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
