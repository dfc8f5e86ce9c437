"""The HTML report: one standalone page, every fact on it, article text inert, filters that work.

The page tests at the end load it in headless Chromium (Debian's ``chromium``; .ci/run
installs it) and read the DOM after the page's script ran.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import FIXTURES, SEEDS

import factcheck
from factcheck.report import render, to_dict
from factcheck.report.html import html

MADE = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

#: Article text and paths written to break out of text, attributes, the style and the script.
HOSTILE_SOURCE = 'Alpha <script>alert(1)</script> "x" onmouseover="alert(2)'
HOSTILE_TITLE = "</style><script>alert(3)</script>"
HOSTILE_SENTENCE = ("Police said 316 people were wounded in the attack on Kyiv "
                    "<b onmouseover=\"alert(6)\">here</b> </style><script>alert(5)</script>'\" | ok @octocat #12.")


class Page(HTMLParser):
    """The tags of a page with their attributes, the text of its scripts and styles, its body text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self.text: list[str] = []
        self._in: str | None = None
        self.source = text
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.raw[self._in].append(data)
        else:
            self.text.append(data)

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and (cls is None or cls in (a.get("class") or "").split())]

    @property
    def title(self) -> str:
        return re.search(r"<title>(.*?)</title>", self.source, re.S).group(1)

    @property
    def body_text(self) -> str:
        return " ".join("".join(self.text).split())


def in_reading_order(facts: list[dict]) -> list[str]:
    """Fact ids as the page lists them: conflicts, updates, agreements, single sources."""
    order = ["conflict", "update", "agree", "single_source"]
    return [f["id"] for f in sorted(facts, key=lambda f: order.index(f["verdict"]))]


def hostile_articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / 'a<b>"x\'.txt').write_text(
        f"---\nsource: {HOSTILE_SOURCE}\ntitle: \"{HOSTILE_TITLE}\"\nurl: javascript:alert(4)\n---\n"
        f"{HOSTILE_SENTENCE}\n<img src=x onerror=\"document.title='pwned'\"> and [l](http://x) #12.\n",
        encoding="utf-8")
    (folder / "b.txt").write_text("Police said 316 people were wounded in the attack on Kyiv.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Officials said 361 people were wounded in the attack on Kyiv.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory):
    folder = hostile_articles(tmp_path_factory.mktemp("hostile") / "articles")
    return to_dict(factcheck.compare_articles(factcheck.read([str(folder)])))


@pytest.fixture(scope="module")
def seed_data(seed_report):
    return to_dict(seed_report)


@pytest.fixture(scope="module")
def iran_data():
    """Four articles with every verdict: conflicts (one with an odd one out), updates, agreements."""
    return to_dict(factcheck.compare_articles(factcheck.read([str(FIXTURES / "ecb-iran-quake-toll")])))


# --- the page as text -------------------------------------------------------------------------


@pytest.mark.slow
def test_every_fact_is_a_row_with_a_cell_per_source(seed_data):
    page = Page(html(seed_data, MADE))
    rows = page.find("tbody", "fact")
    assert [r["id"] for r in rows] == in_reading_order(seed_data["facts"])
    facts = {f["id"]: f for f in seed_data["facts"]}
    assert all(r["data-verdict"] == facts[r["id"]]["verdict"] and r["data-kind"] == facts[r["id"]]["kind"]
               for r in rows)
    assert len(page.find("td", "cell")) == len(rows) * len(seed_data["articles"])
    assert len(page.find("details")) == len(rows)
    assert "137" in page.body_text and "Zelensky" in page.body_text


@pytest.mark.slow
def test_summary_band_counts_link_to_the_sections(iran_data):
    page = Page(html(iran_data, MADE))
    links = {a["href"] for a in page.find("a", "count")}
    assert links == {f"#{v}" for v, n in iran_data["summary"]["by_verdict"].items() if n}
    sections = {t["id"] for t in page.find("tbody", "group")}
    assert {link[1:] for link in links} == sections
    for verdict, n in iran_data["summary"]["by_verdict"].items():
        assert re.search(rf'class="count {verdict}[^"]*"[^>]*><b>{n}</b>', html(iran_data, MADE))


@pytest.mark.slow
def test_sections_in_reading_order_conflicts_first(iran_data):
    page = Page(html(iran_data, MADE))
    assert [t["id"] for t in page.find("tbody", "group")] == ["conflict", "update", "agree", "single_source"]


@pytest.mark.slow
def test_the_odd_one_out_is_marked_and_the_reason_shown(hostile_data):
    (conflict,) = [f for f in hostile_data["facts"] if f["verdict"] == "conflict"]
    text = html(hostile_data, MADE)
    row = re.search(rf'<tbody class="fact conflict" id="{conflict["id"]}".*?</tbody>', text, re.S).group(0)
    odd = [c["article"] for c in conflict["claims"] if c["value_text"] == "361"]
    assert odd == ["a3"]
    cells = re.findall(r'<td class="cell[^"]*">(.*?)</td>', row)
    assert ["odd one out" in c for c in cells] == [False, False, True]
    assert 'class="val figure odd"' in cells[2]
    assert Page(row).body_text.count(Page(f"<p>{conflict['reason']}</p>").body_text) == 1


@pytest.mark.slow
def test_a_conflict_without_majority_tints_every_value(tmp_path):
    (tmp_path / "a.txt").write_text("Police said 316 people were wounded in the attack on Kyiv.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said 361 people were wounded in the attack on Kyiv.", encoding="utf-8")
    data = to_dict(factcheck.compare_articles(factcheck.read([str(tmp_path)])))
    assert data["facts"][0]["verdict"] == "conflict"
    row = re.search(r'<tbody class="fact conflict".*?</tbody>', html(data, MADE), re.S).group(0)
    assert row.count('class="cell split"') == 2 and "odd one out" not in row


@pytest.mark.slow
def test_the_claim_is_highlighted_in_its_sentence(seed_data):
    text = html(seed_data, MADE)
    assert ("Ukrainian President Volodymyr Zelensky said <mark>at least 137 Ukranians died</mark> in the first day"
            in text)


def test_a_figure_never_breaks_inside_itself():
    from factcheck.report.html import _value

    shown = _value("≈ 2,000–9,999 km", "quantity", False)
    pieces = re.findall(r'<span class="nowrap">(.*?)</span>', shown)
    assert pieces == ["≈\u00a02,000–", "9,999\u00a0km"]  # a break only after the range's dash
    assert " " not in "".join(pieces)
    assert "white-space:nowrap" in _css() and ".nowrap{white-space:nowrap}" in _css()


def _css() -> str:
    from factcheck.report.html import _asset

    return _asset("page.css")


def test_column_widths_are_fixed_and_the_page_prints():
    css = _css()
    assert ".matrix{width:100%;table-layout:fixed}" in css
    assert "@media print" in css and "break-inside:avoid" in css


@pytest.mark.slow
def test_footer_names_version_and_time(seed_data, monkeypatch):
    text = html(seed_data, MADE)
    footer = re.search(r"<footer>.*?</footer>", text, re.S).group(0)
    assert f"factcheck {factcheck.__version__}" in footer and "2026-11-30 12:00 UTC" in footer
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764504000")
    assert html(seed_data) == html(seed_data)
    assert "2025-11-30 12:00 UTC" in html(seed_data)


@pytest.mark.slow
def test_nothing_is_loaded_from_the_network(iran_data):
    page = Page(html(iran_data, MADE))
    assert not [a for _, a in page.tags if "src" in a]
    assert not page.find("link") and not page.find("iframe") and not page.find("img")
    assert "@import" not in "".join(page.raw["style"]) and "url(" not in "".join(page.raw["style"])


@pytest.mark.slow
def test_hostile_article_text_and_paths_stay_text(hostile_data):
    text = html(hostile_data, MADE)
    page = Page(text)
    assert len(page.find("script")) == 1 and len(page.find("style")) == 1
    assert text.count("</script>") == 1 and text.count("</style>") == 1
    assert not page.find("img") and not [a for a in page.find("b") if a]
    assert not [(t, k) for t, a in page.tags for k in a if k.startswith("on")]
    assert "alert(" not in "".join(page.raw["script"])
    assert not [a for a in page.find("a") if "javascript" in (a.get("href") or "").lower()]
    body = page.body_text
    assert HOSTILE_SOURCE in body and HOSTILE_TITLE in body
    assert "<script>alert(5)</script>" in body and 'a<b>"x\'.txt' in body


@pytest.mark.slow
def test_extraction_page_lists_every_claim(seed_data):
    result = factcheck.extract_claims(factcheck.read([str(SEEDS / "000_c866986b69ccd226.txt")]))
    page = Page(render(result, "html"))
    assert len(page.find("mark")) == len(result.claims) > 0 and not page.find("script")


# --- the page in a browser --------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install -y chromium; .ci/run does it)")


def browse(page: Path, query: str = "", tmp: Path | None = None, flags: tuple[str, ...] | list[str] = ()
           ) -> tuple[Page, str]:
    """The DOM after the page's scripts ran, and Chromium's console lines (none, for a page without errors)."""
    profile = (tmp or page.parent) / "chromium-profile"
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--enable-logging=stderr", "--v=0", *flags, "--dump-dom", page.as_uri() + query],
        capture_output=True, text=True, timeout=60, check=True)
    console = "\n".join(line for line in run.stderr.splitlines() if ":CONSOLE" in line)
    return Page(run.stdout), console


def ready(dom: Page) -> bool:
    return dom.find("html")[0].get("data-ready") == "yes"


@pytest.fixture(scope="module")
def iran_page(iran_data, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("page") / "report.html"
    path.write_text(html(iran_data, MADE), encoding="utf-8")
    return path


@needs_chromium
@pytest.mark.slow
def test_page_loads_without_console_messages_and_shows_every_fact(iran_page, iran_data):
    dom, console = browse(iran_page)
    assert console == ""
    assert ready(dom)
    assert dom.find("body")[0]["data-shown"] == str(len(iran_data["facts"]))
    rows = dom.find("tbody", "fact")
    assert [r["id"] for r in rows] == in_reading_order(iran_data["facts"])
    assert not [r for r in rows if "hidden" in r]
    assert "hidden" not in dom.find("form", "filters")[0]


@needs_chromium
@pytest.mark.slow
def test_filters_by_verdict_and_kind(iran_page, iran_data):
    dom, console = browse(iran_page, "?verdict=conflict,agree&kind=quantity")
    assert console == "" and ready(dom)
    wanted = [f["id"] for f in iran_data["facts"] if f["verdict"] in ("conflict", "agree") and f["kind"] == "quantity"]
    assert 0 < len(wanted) < len(iran_data["facts"])
    shown = [r["id"] for r in dom.find("tbody", "fact") if "hidden" not in r]
    assert shown == in_reading_order([f for f in iran_data["facts"] if f["id"] in wanted])
    groups = {g["id"]: "hidden" in g for g in dom.find("tbody", "group")}
    assert groups == {"conflict": False, "update": True, "agree": False, "single_source": True}
    assert f"showing {len(wanted)} of {len(iran_data['facts'])} facts" in dom.body_text


#: Loads the report in a frame, unticks a box as a reader would, and writes what the report then shows.
CLICKER = """<!doctype html><iframe id="report" src="report.html"></iframe><pre id="out"></pre><script>
document.getElementById("report").onload = function () {
  var page = this.contentDocument;
  page.querySelector("input[name=verdict][value=single_source]").click();
  page.querySelector("input[name=kind][value=event]").click();
  var shown = Array.prototype.filter.call(page.querySelectorAll("tbody.fact"), function (t) { return !t.hidden; });
  document.getElementById("out").textContent = shown.map(function (t) { return t.id; }).join(" ")
    + "|" + page.querySelector("output").value;
};
</script>"""


@needs_chromium
@pytest.mark.slow
def test_unticking_a_filter_hides_its_rows(iran_page, iran_data):
    clicker = iran_page.parent / "clicker.html"
    clicker.write_text(CLICKER, encoding="utf-8")
    dom, console = browse(clicker, flags=["--allow-file-access-from-files"])
    assert console == ""
    ids, counted = re.search(r'<pre id="out">(.*?)</pre>', dom.source).group(1).split("|")
    kept = [f for f in iran_data["facts"] if f["verdict"] != "single_source" and f["kind"] != "event"]
    assert ids.split() == in_reading_order(kept)
    assert counted == f"showing {len(kept)} of {len(iran_data['facts'])} facts"


@needs_chromium
@pytest.mark.slow
def test_a_link_to_a_fact_opens_its_evidence(iran_page):
    dom, console = browse(iran_page, "?verdict=agree#f2")  # f2 is a conflict: the link shows everything again
    assert console == "" and ready(dom)
    assert not [r for r in dom.find("tbody", "fact") if "hidden" in r]
    assert [d for d in dom.find("details") if "open" in d] and len([d for d in dom.find("details") if "open" in d]) == 1


@needs_chromium
@pytest.mark.slow
def test_hostile_page_runs_no_article_script(hostile_data, tmp_path):
    folder = tmp_path / 'x"><script>alert(7)<\\script>'
    folder.mkdir()
    path = folder / "report.html"
    path.write_text(html(hostile_data, MADE), encoding="utf-8")
    dom, console = browse(path, tmp=tmp_path)
    assert console == "" and ready(dom)
    assert len(dom.find("script")) == 1 and not dom.find("img")
    assert dom.title.startswith("factcheck report") and "alert(5)" in dom.body_text
