"""Speaker keys and identity; quote terms, similarity and differences of substance (no spaCy)."""

from __future__ import annotations

import pytest

from factcheck.normalize.quotes import QUOTE_MIN_SIMILARITY, quote_similarity, quote_terms, substantive_difference
from factcheck.normalize.speakers import is_name, same_speaker, speaker_key

ZELENSKY_000 = "We’re alone for defense of our country … Who will fight along with us now? To be honest, I see no one."
ZELENSKY_001 = (
    "They're killing people and turning peaceful cities into military targets. It's foul and will never be "
    "forgiven. We have been left alone to defend our state. Who is ready to fight alongside us? I don't see "
    "anyone. Who is ready to give Ukraine a guarantee of NATO membership? Everyone is afraid"
)
LAST_TIME_000 = ("This might be the last time you see me alive … I don’t know how much we’ll be able to hold. "
                 "Russia is shelling civilian targets.")
KIIR_41_8 = ("Whatever allegations Khartoum labels against the Republic of South Sudan are baseless, but "
             "intended to justify his pending invasion of the south")
KIIR_ADDED = ("We are committed to peaceful resolutions to any conflict but we will never allow our sovereignty "
              "to be violated by anybody.")
DENG = ("The refugees need to be safe and need to be protected. They ran away from war. They should not be "
        "pursued inside the territory of South Sudan")
KHALID = "South Sudan is a state in the United Nations. We respect international law, and it's impossible that we would do that"
REINHOLT = "The president is right to stand firm, but she waited far too long to tell people the truth"
BIDEN_000 = "Putin is the aggressor … Putin chose this war. And now he and his country will bear the consequences."


@pytest.mark.parametrize(
    "name", ["Volodymyr Zelensky", "Zelenskyy", "Zelenskiy", "President Zelensky", "Zelensky",
             "Ukraine's President Volodymyr Zelensky", "Ukrainian President Volodymyr Zelenskyy"],
)
def test_one_key_for_every_spelling_of_zelensky(name):
    assert speaker_key(name) == "zelensky"


def test_keys_of_other_speakers():
    assert speaker_key("U.S. President Joe Biden") == "biden"
    assert speaker_key("Vitali Klitschko") == speaker_key("Klichko")
    assert speaker_key("Martin Luther King Jr.") == "king"
    assert speaker_key("two officials") == "officials"
    assert speaker_key("the president") == "president"
    assert speaker_key("Chairman Aurel Brandt") == "brandt"
    assert speaker_key(None) is None and speaker_key("  ") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zelensky", "Zelenskyy"), ("Volodymyr Zelensky", "Zelenskiy"), ("President Zelensky", "Zelensky"),
     ("Zelenksy", "Zelensky"), ("Joe Biden", "Biden"), ("J. Biden", "Joe Biden")],
)
def test_same_speaker(a, b):
    assert same_speaker(a, b) is True and same_speaker(b, a) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [("Biden", "Putin"), ("Joe Biden", "Volodymyr Zelensky"), ("Clinton", "Clifton"), ("Harris", "Harrison"),
     ("Harding", "Harrison"), ("Johnson", "Jackson"), ("Joe Biden", "Hunter Biden")],
)
def test_different_speakers(a, b):
    assert same_speaker(a, b) is False and same_speaker(b, a) is False


def test_unknown_or_anonymous_speakers_are_undecided():
    assert same_speaker(None, "Biden") is None
    assert same_speaker("two officials", "a senior Pentagon official") is None
    assert same_speaker("the president", "Biden") is None
    assert not is_name("two officials") and is_name("Volodymyr Zelensky")


def test_quote_terms_fold_wording():
    assert quote_terms("We’re alone for defense of our country") == quote_terms("we are ALONE to defend our state")
    assert quote_terms("target number one") == quote_terms("target No. 1") == quote_terms("target #1")
    assert quote_terms("I see no one") == quote_terms("I don't see anyone")
    assert quote_terms("We lost three soldiers") == quote_terms("we lost 3 soldiers")
    assert "the" not in quote_terms("the war") and quote_terms("") == frozenset()


def test_quote_terms_fold_translation_synonyms():
    # phrasal verbs, inflected or with a pronoun object, are one class with their one-word synonyms
    surrender = quote_terms("surrender")
    for text in ("give up", "giving up", "gave it up", "handed over", "hand them over", "cede", "relinquished"):
        assert quote_terms(text) == surrender, text
    assert quote_terms("on the other hand, over time") != quote_terms("surrender over time")  # no phrase across a comma
    assert quote_terms("our land") == quote_terms("our soil") == quote_terms("our country")
    assert quote_terms("a single metre") == quote_terms("one metre")
    # names made of common words meet no synonym class: "United Nations" is not a "nation"
    assert "country" not in quote_terms("the United Nations") and "country" not in quote_terms("the United States")


def test_negations_are_no_terms():
    # polarity is a difference of substance, not of utterance: both wordings align, then conflict or agree
    assert quote_terms("We will not negotiate") == quote_terms("We will negotiate")
    assert substantive_difference("We will not give up", "We will give up").startswith("negation:")
    assert substantive_difference("We will not give up a single metre of our land",
                                  "Not one metre of our soil will be handed over") is None


SAME_UTTERANCE = [
    ("We’re alone for defense of our country", "We have been left alone to defend our state"),
    ("target number one", "target No. 1"),
    ("Who will fight along with us now? To be honest, I see no one.",
     "Who is ready to fight alongside us? I don't see anyone."),
    (ZELENSKY_000, ZELENSKY_001),  # the seeds' two translations of one address
    ("target number one.", "I am target number one. My family is target number two."),  # partial in full
    ("We are alone", "We have been left alone"),
    ("Kyiv will stand", "Kiev will stand"),
    # fixtures/quote-translated-agree: two translations of one sentence
    ("We will not give up a single metre of our land", "Not one metre of our soil will be handed over"),
    # fixtures/ecb-yida-quotes: a partial quote inside Kiir's full sentence
    ("pending invasion of the South", KIIR_41_8),
    ("pending invasion", KIIR_41_8),
]
DIFFERENT_UTTERANCES = [
    ("Putin is the aggressor", "Russia is shelling civilian targets"),
    (LAST_TIME_000, ZELENSKY_001),
    (BIDEN_000, ZELENSKY_001),
    ("special military operation", ZELENSKY_001),
    ("target number one.", ZELENSKY_000),
    ("heroes", "special military operation"),
    # fixtures/quote-translated-agree: the opposition leader's comment and the president's other line
    ("We will not give up a single metre of our land", REINHOLT),
    ("Not one metre of our soil will be handed over", "Our door remains open to talks, but not under the barrel of a gun"),
    # fixtures/ecb-yida-quotes: Kiir's two sentences; Deng's and Khalid's adjacent quotes
    ("pending invasion of the South", KIIR_ADDED),
    (KIIR_41_8, KIIR_ADDED),
    (DENG, KHALID),
]


@pytest.mark.parametrize(("a", "b"), SAME_UTTERANCE)
def test_renderings_of_one_utterance_align(a, b):
    assert quote_similarity(a, b) >= QUOTE_MIN_SIMILARITY
    assert substantive_difference(a, b) is None


@pytest.mark.parametrize(("a", "b"), DIFFERENT_UTTERANCES)
def test_different_utterances_do_not_align(a, b):
    assert quote_similarity(a, b) < QUOTE_MIN_SIMILARITY


@pytest.mark.parametrize(("a", "b"), SAME_UTTERANCE + DIFFERENT_UTTERANCES)
def test_similarity_is_symmetric_and_bounded(a, b):
    assert quote_similarity(a, b) == quote_similarity(b, a)
    assert 0.0 <= quote_similarity(a, b) <= 1.0
    assert quote_similarity(a, a) == 1.0


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("We lost 3 soldiers today", "We lost 4 soldiers today", "number"),
        ("We lost three soldiers today", "We lost four soldiers today", "number"),
        ("target number one", "target number two", "number"),
        ("It's foul and will never be forgiven", "It's foul and will be forgiven", "negation"),
        ("We will not surrender", "We will surrender", "negation"),
        ("I asked Putin to meet me", "I asked Biden to meet me", "name"),
        ("Russia is shelling civilian targets", "Belarus is shelling civilian targets", "name"),
    ],
)
def test_substantive_differences(a, b, kind):
    assert quote_similarity(a, b) >= QUOTE_MIN_SIMILARITY  # they align, then conflict
    assert substantive_difference(a, b).startswith(kind + ":")
    assert substantive_difference(b, a).startswith(kind + ":")


@pytest.mark.parametrize(
    ("a", "b"),
    [("We lost three soldiers", "We lost 3 soldiers"), ("I see no one", "I don't see anyone"),
     ("Explosions rocked the city", "Blasts rocked the city"), ("Kyiv will stand", "Kiev will stand")],
)
def test_wording_alone_is_no_difference(a, b):
    assert substantive_difference(a, b) is None


def test_misattribution_same_words_different_speakers():
    words_000, words_001 = "Putin chose this war", "Putin chose this war."
    assert quote_similarity(words_000, words_001) >= QUOTE_MIN_SIMILARITY
    assert substantive_difference(words_000, words_001) is None
    assert same_speaker("Joe Biden", "Volodymyr Zelensky") is False  # the verdict is a conflict
