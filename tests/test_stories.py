"""Stories: articles grouped by what they are about (no model needed: terms are given)."""

from __future__ import annotations

from factcheck.stories import _vectors, _written_year, find_stories, one_story, similarities
from factcheck.types import Article


def arts(*ids: str) -> list[Article]:
    return [Article(id=i, path=f"{i}.txt", text="", source=i) for i in ids]


QUAKE = (("earthquake", 3), ("magnitude", 2), ("=varenna", 2), ("#6.1", 1), ("kill", 2), ("rubble", 1))
QUAKE_2 = (("earthquake", 2), ("magnitude", 1), ("=varenna", 1), ("#6.1", 1), ("rescuer", 1), ("kill", 1))
HEIST = (("jewel", 3), ("robber", 2), ("=maison orlac", 2), ("steal", 2), ("#80", 1), ("store", 1))
HEIST_2 = (("jewel", 2), ("robber", 1), ("=maison orlac", 1), ("steal", 1), ("police", 1), ("car", 1))


def test_two_events_are_two_stories_each_holding_its_reports():
    stories = find_stories(arts("a1", "a2", "a3", "a4"), {"a1": QUAKE, "a2": HEIST, "a3": QUAKE_2, "a4": HEIST_2})
    assert [s.articles for s in stories] == [("a1", "a3"), ("a2", "a4")]
    assert [s.id for s in stories] == ["s1", "s2"]


def test_reports_of_one_event_are_one_story():
    stories = find_stories(arts("a1", "a2"), {"a1": QUAKE, "a2": QUAKE_2})
    assert len(stories) == 1 and stories[0].articles == ("a1", "a2")


def test_an_article_sharing_nothing_is_a_story_of_its_own():
    other = (("budget", 2), ("parliament", 1), ("=northmark", 1))
    stories = find_stories(arts("a1", "a2", "a3"), {"a1": QUAKE, "a2": QUAKE_2, "a3": other})
    assert [s.articles for s in stories] == [("a1", "a2"), ("a3",)]


def test_a_brief_joins_the_story_it_is_nearest_to():
    brief = (("earthquake", 1), ("=varenna", 1), ("school", 3), ("close", 2), ("parent", 2), ("bus", 2))
    stories = find_stories(arts("a1", "a2", "a3"), {"a1": QUAKE, "a2": QUAKE_2, "a3": brief})
    assert [s.articles for s in stories] == [("a1", "a2", "a3")]


def test_titles_come_from_the_articles():
    articles = [Article(id="a1", path="a.txt", text="", source="wire", title=None),
                Article(id="a2", path="b.txt", text="", source="paper", title="Quake hits Varenna")]
    assert one_story(articles)[0].title == "Quake hits Varenna"
    assert one_story(articles[:1])[0].title == "wire"


def test_only_pairs_sharing_a_term_are_scored():
    sims = similarities([{"x": 1.0}, {"y": 1.0}, {"x": 0.6, "z": 0.8}])
    assert set(sims) == {(0, 2)} and abs(sims[(0, 2)] - 0.6) < 1e-9


# Two emergency patches of one invented vendor, two years apart: the same generic words and
# vendor, each report in its own words, and different figures (year, version, flaws fixed).
SHARED = (("patch", 1), ("flaw", 1), ("=orbisoft", 1))
FIGURES_A = (("#2031", 1), ("#47", 1), ("#9.2", 1))
FIGURES_B = (("#2034", 1), ("#12", 1), ("#11.0", 1))


def own(words: str) -> tuple[tuple[str, int], ...]:
    return tuple((w, 1) for w in words.split())


PATCHES = {
    "a1": SHARED + FIGURES_A + own("hacker weekend bank warn password expert attack fix risk tuesday user"),
    "a2": SHARED + FIGURES_B + own("researcher blog school email crash memory victim code page update device"),
    "a3": SHARED + FIGURES_A + own("customer download menu advisory tablet night exploit issue site manual"),
    "a4": SHARED + FIGURES_B + own("government agency office phone cycle month release trick link screen"),
}


def test_two_events_of_one_kind_are_told_apart_by_their_figures():
    stories = find_stories(arts("a1", "a2", "a3", "a4"), PATCHES)
    assert [s.articles for s in stories] == [("a1", "a3"), ("a2", "a4")]


# Two suspensions at one invented club a month apart: the second's reports recall the first
# (the same club, league, words, and the first player named once), but each event's reports
# have their own subject, the player they name again and again. Without the subject gate the
# ten reports are one story.
CLUB = own("suspend league club player game fine season conduct appeal statement") + (("=rovers", 1), ("@rovers", 1))
OWN_WORDS = ["coach training tuesday", "referee match weekend", "fan stadium ticket", "contract agent deal",
             "video review panel", "captain squad injury", "owner chairman board", "sponsor brand kit",
             "striker goal cup", "doctor test sample"]


def suspension(subject: str, others: dict[str, int], n: int) -> tuple[tuple[str, int], ...]:
    """A report naming ``subject`` four times and each of ``others`` as often as it says."""
    named = ((f"={subject}", 1), (f"@{subject}", 4)) + tuple(
        term for name, times in others.items() for term in ((f"={name}", 1), (f"@{name}", times)))
    return CLUB + named + own(OWN_WORDS[n])


def test_two_events_of_one_kind_are_told_apart_by_their_subjects():
    first = {f"a{n}": suspension("brannick", {}, n) for n in range(5)}
    second = {f"b{n}": suspension("okafor", {"brannick": 1}, n + 5) for n in range(5)}
    stories = find_stories(arts(*first, *second), {**first, **second})
    assert [s.articles for s in stories] == [tuple(first), tuple(second)]


def test_a_source_quoted_in_half_the_reports_does_not_split_an_event():
    # half the reports quote an expert twice, the other half a club official twice: one event
    terms = {f"a{n}": suspension("brannick", {"vance": 2} if n < 5 else {"ellory": 2}, n) for n in range(10)}
    assert len(find_stories(arts(*terms), terms)) == 1


def test_mention_counts_are_for_the_gate_not_the_similarity():
    plain = [QUAKE, QUAKE_2]
    counted = [QUAKE + (("@varenna council", 5),), QUAKE_2 + (("@varenna council", 1), ("@ostrava", 7))]
    assert _vectors(counted) == _vectors(plain)


def test_terms_count_each_mention_of_a_name(nlp):
    from factcheck.extract.about import article_names
    from factcheck.extract.terms import article_terms

    doc = nlp("Mayor Dana Wills closed the Harlow Bridge on Monday after a crack was found. "
              "The bridge will stay shut for a month, Mayor Wills told reporters. "
              "An engineer, Priya Castellano, said the repairs would cost $2 million.")
    terms = dict(article_terms(doc, article_names(doc)))
    assert terms["@wills"] == 2 and terms["@castellano"] == 1 and terms["=wills"] == 1
    assert "@monday" not in terms  # people and organisations only


# The time gate. Two quakes in two invented towns of one region, years apart: their reports share
# every generic word, and each names a village or two of its own. The second quake's reports carry
# a dated dateline; the first's never name that year.
QUAKE_WORDS = own("earthquake magnitude tremor rubble rescuer collapse aftershock shelter injure kill")
PLACES = ["=varenna", "=ostrava", "=corvallo", "=dunmere", "=halvik", "=pellow", "=quarry", "=ristow",
          "=selby", "=tarn", "=ulmen", "=vesk", "=wyre"]


COAST_WORDS = ["tsunami harbour ferry", "pier boat coast", "cliff road slide"]


def quake_report(n: int, town: str = "=varenna") -> tuple[tuple[str, int], ...]:
    return QUAKE_WORDS + ((town, 1), (PLACES[n], 1)) + own((OWN_WORDS + COAST_WORDS)[n % 13])


def dated(article_id: str, head: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", text=f"{head}\nA strong earthquake struck.", source=article_id)


def test_two_quakes_years_apart_are_told_apart_by_the_year_they_are_written():
    first = {f"a{n}": quake_report(n) for n in range(10)}
    second = {f"b{n}": quake_report(n + 10, "=ostrava") for n in range(3)}
    undated = arts(*first)
    stories = find_stories(undated + [dated(i, "Published on 18th September 2034") for i in second],
                           {**first, **second})
    assert [s.articles for s in stories] == [tuple(first), tuple(second)]
    # the same reports without their datelines are one story: the year is what tells them apart
    assert len(find_stories(arts(*first, *second), {**first, **second})) == 1


def test_reports_of_one_quake_that_name_the_year_stay_one_story():
    # ten undated reports, two of which name the year ("the worst since March 2034"), and three
    # dated ones in other words: one event
    first = {f"a{n}": quake_report(n) + ((("#2034", 1),) if n < 2 else ()) for n in range(10)}
    second = {f"b{n}": quake_report(n + 10) for n in range(3)}
    stories = find_stories(arts(*first) + [dated(i, "Sept. 18, 2034 - Rescuers dug all night") for i in second],
                           {**first, **second})
    assert len(stories) == 1


def test_a_dated_report_joins_a_small_undated_story():
    # fewer than WRITTEN_GROUP undated reports say too little about the year to keep one out
    first = {f"a{n}": quake_report(n) for n in range(4)}
    stories = find_stories(arts(*first) + [dated("b0", "18 September 2034")], {**first, "b0": quake_report(10)})
    assert len(stories) == 1


def test_the_year_written_is_the_published_date_else_a_dateline_near_the_top():
    assert _written_year(Article(id="a", path="a", text="x", source="s", published="2031-05-02T10:00:00Z")) == "2031"
    assert _written_year(dated("a", "Tuesday, March 4, 2031 10:53 AM")) == "2031"
    assert _written_year(dated("a", "Storm warning 2031-03-04")) == "2031"
    assert _written_year(dated("a", "Thursday - a strong quake")) is None
    late = Article(id="a", path="a", text="A quake struck. " + "More news. " * 40 + "In March 2025 another", source="s")
    assert _written_year(late) is None  # a date far down the body is background, not a dateline
