"""Quotes and events through align and compare: translations agree, misattribution and
negation conflict, look-alike incidents stay apart, repeats are one claim."""

from __future__ import annotations

from factcheck.align import align
from factcheck.compare import compare
from factcheck.types import Article, Claim, Event, Frame, Quote

ARTICLES = tuple(Article(f"a{i}", f"{i}.txt", "x", f"s{i}") for i in (1, 2, 3))


def quote(article, speaker, content, start=0):
    return Claim(article, "quote", start, start + len(content) + 2, f"“{content}”", f"“{content}”, {speaker} said.",
                 Quote(speaker, content, speaker_via="name" if speaker else None), attribution=speaker, frame=Frame(), mentions=((start, start + len(content) + 2),))


def event(article, actor, action, obj, negated=False, place=None, start=0):
    text = f"{actor} {action} {obj}"
    return Claim(article, "event", start, start + len(text), text, text + ".",
                 Event(actor, action, obj, place=place, negated=negated), frame=Frame(),
                 mentions=((start, start + len(text)),))


def verdicts(*claims):
    return sorted((f.verdict, len(f.claims)) for f in compare(ARTICLES, align(claims)).facts)


def test_a_translated_quote_agrees():
    assert verdicts(
        quote("a1", "Volodymyr Zelensky", "We're alone for defense of our country."),
        quote("a2", "Zelenskyy", "We have been left alone to defend our state."),
    ) == [("agree", 2)]


def test_a_short_quote_sharing_some_of_its_words_is_one_utterance_only_from_one_speaker():
    # two witnesses, two sightings: the word not shared is the point of a short quote
    assert verdicts(
        quote("a1", "Ida Berg", "It smelled like smoke,"),
        quote("a2", None, "I woke up and it smelled like burning rubber everywhere."),
    ) == [("single_source", 1), ("single_source", 1)]
    assert verdicts(
        quote("a1", "Tom Reyes", "a green oval crate"),
        quote("a2", "Ana Lund", "two grey oval crates"),
    ) == [("single_source", 1), ("single_source", 1)]
    # one named speaker's two renderings of a short sentence are one quote
    assert verdicts(
        quote("a1", "Ana Lund", "a green oval crate"),
        quote("a2", "Ana Lund", "a green oval box"),
    ) == [("agree", 2)]


def test_the_same_words_given_to_another_speaker_conflict():
    report = compare(ARTICLES, align((
        quote("a1", "Joe Biden", "Putin is the aggressor. Putin chose this war."),
        quote("a2", "Volodymyr Zelensky", "Putin is the aggressor. Putin chose this war."),
    )))
    (fact,) = report.facts
    assert fact.verdict == "conflict" and "speaker" in fact.summary


def test_a_dropped_negation_conflicts():
    assert verdicts(
        quote("a1", "Zelensky", "It's foul and will never be forgiven."),
        quote("a2", "Zelensky", "It's foul and will be forgiven."),
    ) == [("conflict", 2)]


def test_different_utterances_do_not_align():
    assert verdicts(
        quote("a1", "Biden", "Putin is the aggressor."),
        quote("a2", "Biden", "The world will hold Russia accountable."),
    ) == [("single_source", 1), ("single_source", 1)]


def test_a_quote_repeated_in_headline_and_body_is_one_claim():
    words = "We will stay until the bitter end."
    (fact,) = compare(ARTICLES, align((quote("a1", "Zelensky", words, 0), quote("a1", "Zelensky", words, 80)))).facts
    assert fact.verdict == "single_source" and fact.claims[0].mentions == ((0, 36), (80, 116))


def test_a_second_fragment_of_one_speech_is_a_mention_of_the_first():
    """a1 quotes two sentences of one speech apart; a2 quotes them in one piece. The second
    fragment is words two articles state, not a single-source quote: a mention of a1's claim. Not
    when another person is named for it, nor when a2's quote does not hold it."""
    first, second = "When the update ships, people should install it at once.", "Attackers are already exploiting this flaw."
    whole = f"{first} {second}"
    claims = (quote("a1", "Ilse Marr", first, 0), quote("a1", "Ilse Marr", second, 300),
              quote("a2", "Ilse Marr", whole, 0))
    (fact,) = compare(ARTICLES, align(claims)).facts
    assert fact.verdict == "agree" and sorted(fact.claims[0].mentions) == [(0, len(first) + 2), (300, 300 + len(second) + 2)]
    other = (quote("a1", "Ilse Marr", first, 0), quote("a1", "Tomas Varga", second, 300),
             quote("a2", "Ilse Marr", whole, 0))
    assert sorted(f.verdict for f in compare(ARTICLES, align(other)).facts) == ["agree", "single_source"]
    unsaid = (quote("a1", "Ilse Marr", first, 0), quote("a1", "Ilse Marr", "The budget will be cut by a third next year.", 300),
              quote("a2", "Ilse Marr", whole, 0))
    assert sorted(f.verdict for f in compare(ARTICLES, align(unsaid)).facts) == ["agree", "single_source"]


def test_a_two_word_fragment_of_one_speech_is_a_mention_when_the_whole_holds_it_as_written():
    """A fragment of two terms is more of the speech its article quotes elsewhere only when the other
    article's quote holds those words in one run: "not just referring to taxes" is in "I'm not just
    referring to taxes, but also to ...", and "referring to new taxes" (words apart) is not."""
    first = "Together we will be able to act for our towns."
    whole = f"{first} I'm not just referring to taxes, but also to the harbour and the schools."
    folded = (quote("a1", "Ilse Marr", first, 0), quote("a1", "Ilse Marr", "not just referring to taxes.", 300),
              quote("a2", "Ilse Marr", whole, 0))
    assert [f.verdict for f in compare(ARTICLES, align(folded)).facts] == ["agree"]
    apart = (quote("a1", "Ilse Marr", first, 0), quote("a1", "Ilse Marr", "referring to new taxes.", 300),
             quote("a2", "Ilse Marr", whole, 0))
    assert sorted(f.verdict for f in compare(ARTICLES, align(apart)).facts) == ["agree", "single_source"]


def test_active_and_passive_forms_of_one_event_agree():
    assert verdicts(
        event("a1", "russia forces", "capture", "chornobyl nuclear plant"),
        event("a2", "russia forces", "capture", "chornobyl nuclear plant"),
    ) == [("agree", 2)]


def test_an_event_denied_by_another_report_conflicts():
    assert verdicts(
        event("a1", "rebel forces", "capture", "airport"),
        event("a2", "rebel forces", "capture", "airport", negated=True),
    ) == [("conflict", 2)]


def test_look_alike_incidents_stay_apart():
    assert verdicts(
        event("a1", "missile", "strike", "residential building"),
        event("a2", "missile", "strike", "border post"),
    ) == [("single_source", 1), ("single_source", 1)]


def test_a_surname_the_story_gives_two_persons_ties_no_event():
    # "Eva Ruiz has led the group since Ana Ruiz was killed last year." / "Reports of Ruiz's death..."
    from factcheck.align.story import Story
    killed = event("a1", None, "killed", "ana ruiz")
    death = event("a2", None, "killed", "ruiz")
    two = Story.of((killed, death), names=[("a1", frozenset({("person", "Ana Ruiz"), ("person", "Eva Ruiz")})),
                                           ("a2", frozenset({("entity", "ruiz")}))])
    assert two.ambiguous == {"ruiz"}
    assert sorted(len(g) for g in align((killed, death), two)) == [1, 1]
    # one Ruiz in the story (her name written in full and by an initial): the surname is hers
    one = Story.of((killed, death), names=[("a1", frozenset({("person", "Ana Ruiz"), ("person", "A. Ruiz")}))])
    assert one.ambiguous == frozenset()
    assert [len(g) for g in align((killed, death), one)] == [2]
    # the story's protagonist, named by both reports, against her father named once: hers
    most = Story.of((killed, death), names=[("a1", frozenset({("person", "Ana Ruiz"), ("person", "Luis Ruiz")})),
                                            ("a2", frozenset({("person", "Ana Ruiz")}))])
    assert most.ambiguous == frozenset()
