"""Find the figures an article states, and what each one counts.

Works on the spaCy parse: a figure is a run of number tokens (digits, number
words, vague amounts like "hundreds") with its qualifier ("at least"), its range
("30,000 to 60,000"), its unit ("miles", "$", "%"), the thing it counts (noun or
event verb) and its context. Identifiers that look like numbers ("Route 137",
"SU-27", "Article 5", a score "3-1", a year used as a name) are not figures.
The amount and unit stay strings here: the normalize stage reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..data import YEAR_PATTERN, WordLists, attached_unit_symbols, clock_words
from ..normalize import measures
from ..normalize.intervals import QUALIFIER_PHRASES
from ..normalize.measures import measure_class
from ..normalize.units import parse_unit
from ..types import RawQuantity
from . import scope
from .about import about_for
from .ages import AGE_WORDS, age_owner, aged_person, is_age_apposition, is_copula_age, listed_after_age
from .amounts import (
    ATTACHED_UNIT,
    LOST_EURO,
    MULTIPLIERS,
    SUB_PREFIX,
    amount_end,
    currency_sign,
    digits_of,
    fraction_end,
    glued,
    inner_units,
    is_currency,
    lost_euro,
    multiple,
    starts_amount,
)
from .cache import ents_of, sent_of, text_of
from .clocks import clock_span, game_clock, local_beside_utc
from .context import attribution, dated_noun, frame_for
from .conversions import converted
from .identifiers import MONTHS, about_sources, generic_remark, is_identifier, is_one, member_of_counted, time_stamp
from .measure import NO_MEASURE, amount_of, change_of, is_magnitude, measure_of, subject_of
from .unit_words import ordinal_second, sides_in_metres

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

#: Signs of a figure: "-1.3%", "+0.2%", "minus 387 Fahrenheit".
SIGNS = {"-": "down", "\u2212": "down", "+": "up"}
#: Lines that stamp the page rather than tell the story.
STAMP = re.compile(r"^\W*(last updated|updated|published|posted|date published)\b|\blast updated (at|on)\b",
                   re.IGNORECASE)
#: Units written with their power: "m2", "km2", "m³".
SQUARED = re.compile(r"^[A-Za-z]{1,2}[23²³]$")
#: A unit word that ends a sentence keeps its full stop as one token ("900 km/h.").
UNIT_WORD_AT_END = re.compile(r"^[A-Za-z]+\.$")


def _qualifier(lists: WordLists) -> re.Pattern[str]:
    """Words before a number that belong to its amount: the normalizer's qualifiers and ``QUALIFIER_WORDS``."""
    words = sorted(QUALIFIER_PHRASES | lists.QUALIFIER_WORDS, key=len, reverse=True)
    return re.compile(r"(?:\b(?:" + "|".join(map(re.escape, words)) + r")\s+)+$", re.IGNORECASE)


_LISTS = WordLists("quantities", derived={
    "QUALIFIER": _qualifier,
    "PER_WORDS": lambda lists: scope.RATE_DETERMINERS | lists.raw("PER_WORDS"),
})
#: The word lists of ``factcheck/data/quantities.toml``, read on first use: YEAR_PREPS, QUALIFIER_WORDS
#: (and QUALIFIER, their pattern), OPEN_END_WORDS, RUN_WORDS, ADDRESS_WORDS, PER_WORDS
#: (scope's RATE_DETERMINERS and its own), NOT_PER.
__getattr__: Any = _LISTS.module_getattr(globals())


def quantities(sent: "Span") -> Iterator[RawQuantity]:
    """Every figure stated in a sentence, as raw strings with their context."""
    if STAMP.search(sent.text):
        return  # "21 July 2013 Last updated at 11:11 GMT": the page's stamp, not the story
    toks = list(sent)
    i = 0
    while i < len(toks):
        if not starts_amount(toks, i):
            i += 1
            continue
        end = amount_end(toks, i)
        found = _figure(sent, toks, i, end)
        if found is not None:
            yield found
        i = end


def _figure(sent: "Span", toks: list["Token"], i: int, end: int) -> RawQuantity | None:
    """The figure made of ``toks[i:end]`` with its qualifier, unit, measure and context, or None."""
    span = toks[i:end]
    if is_identifier(toks, i, end) or _not_a_figure(toks, i, end):
        return None
    heads = [t for t in span if not (span[0].i <= t.head.i < span[-1].i + 1)] or [span[-1]]
    head = heads[-1] if heads[-1].lower_ in MULTIPLIERS else heads[0]  # "a quarter of a million people"
    qual_start = _qualifier_start(toks, i)
    times = multiple(toks, i)
    clock = game_clock(toks, i, end)
    unit, unit_end = ("×", end) if times else ("seconds", end) if clock else _unit(toks, i, end)
    metres = unit is None and sides_in_metres(toks, i, end)
    attached = ATTACHED_UNIT.match(toks[end - 1].text)
    if attached and unit is None:
        unit = attached_unit_symbols()[attached.group(2)]
    elif (marks := glued(toks[end - 1].text)) and marks[2] and unit is None:
        unit = marks[2]  # "300bhp", "95p", "4.5pc"
    if LOST_EURO.match(toks[i].text) and not lost_euro(toks, i, end):
        return None  # "e80" alone may be a name; "e80 million" is a euro sum
    if (marks := glued(toks[i].text)) and marks[0] and (unit is None or not is_currency(unit)):
        # "USD10m", "S$40 million", "$US3 million": the currency written onto the digits
        unit = "$US" if marks[0] == "US" and i > 0 and toks[i - 1].text == "$" else marks[0]
        if unit == "US":
            return None
    sign_at = i - 1 if unit is not None and i > 0 and toks[i - 1].text == unit.split(" per ")[0] else i
    minus = sign_at > 0 and toks[sign_at - 1].lower_ == "minus"
    sign_at -= minus  # "minus 387 Fahrenheit": a signed value
    hint, amount_text, hint_start, hint_end = _hint(toks, i, end, unit)
    if times:
        amount_text = times[1]  # "three times as many": a multiple of three
    if clock:
        amount_text = clock
    if metres:
        unit, amount_text = "m", amount_text.rstrip(".").removesuffix("m").strip()
    if minus:
        amount_text = f"-{amount_text}"
    if hint == "age":
        unit = "years"
    if about_sources(toks, i) or generic_remark(head) or (unit is None and hint is None and member_of_counted(head)):
        return None  # "according to two officials" counts sources; "a magnitude 6 quake can ..." a kind;
        # "three people, one of them a woman": some of a group
    if unit is not None and converted(toks, min(qual_start, sign_at), unit):
        return None  # "$US1 million ($1.52 million)", "400km (250 miles)": the figure before, converted
    if qual_start > 0 and toks[qual_start - 1].lower_ in ("not", "never", "n't"):
        return None  # "not one metre of our soil": rhetoric, not an amount
    start_tok = toks[min(qual_start, sign_at, hint_start)]
    qualifier = " ".join(t.text for t in toks[qual_start:sign_at]) if qual_start < sign_at else ""
    if SUB_PREFIX.match(toks[i].text):
        qualifier = "under"  # "sub-10 nanometre chips"
    if hint == "age" and not qualifier and i > 1 and toks[i - 1].lower_ in AGE_WORDS \
            and (age_hedge := _qualifier_start(toks, i - 1)) < i - 1:
        start_tok = toks[age_hedge]  # "under age 10": the hedge is written before the age word
        qualifier = " ".join(t.text for t in toks[age_hedge : i - 1])
    stated_end = max(unit_end, hint_end, end)
    open_end, after_end = _open_end(toks, stated_end)
    amount = f"{qualifier} {amount_text} {open_end}".strip().rstrip(".")
    measure, noun, verb, last = measure_of(head, span, unit, hint, toks, after_end)
    if measure == NO_MEASURE:
        return None  # "a three-point play": a kind of play, no figure
    if clock or clock_span(toks, unit, unit_end):
        measure = "clock"  # "with 7:54 to go", "with less than eight minutes to play": a moment of the game
    if hint is None and unit is None and is_one(toks, i, end) and measure_class(measure) not in measures.EVENT_CLASSES:
        return None  # "one explosion", "one of them": a count of one thing is rarely a figure to check
    if (hint in ("clock_time", "date") and not any(t.pos_ == "VERB" for t in sent)) or time_stamp(toks):
        return None  # a dateline or time stamp ("Last Updated: Monday, 28 November 2005, 02:24 GMT",
        # "11 / 10 / 11 02:39 PM ET", "First Posted 23:37: 00 05 / 05 / 2014"): no figure in it
    anchors = [t for t in (verb, noun, head) if t is not None]
    span_tokens = toks[toks.index(start_tok) : last]
    attr, origin = attribution(anchors[0])
    frame = frame_for(anchors if hint not in ("clock_time", "date") else [head], span_tokens,
                      local=hint in ("clock_time", "date"))
    if hint == "age":
        frame = replace(frame, owners=frozenset(aged_person(toks, i, noun)))
    elif unit == "magnitude":
        frame = replace(frame, owners=frozenset({_shock(head)}))
    change, role = change_of(toks, i, end, min(qual_start, sign_at)) if hint not in ("clock_time", "date", "age") \
        else (None, None)
    if change is None and toks[i].text[0] in SIGNS and unit is not None and parse_unit(unit) is not None \
            and parse_unit(unit).dimension in ("percent", "percentage_points"):
        change = SIGNS[toks[i].text[0]]  # "+0.2%": a signed share is a change
    about = about_for(anchors if hint not in ("clock_time", "date") else [head], {t.i for t in span_tokens})
    if hint == "age":
        about = age_owner(about, frame.owners)
    doc = sent.doc
    last_tok = doc[last - 1 + toks[0].i]
    start_char, end_char = start_tok.idx, _end_char(last_tok)
    stated_last = toks[stated_end - 1]
    stated = text_of(doc)[toks[min(sign_at, hint_start)].idx : _end_char(stated_last)]
    return RawQuantity(
        start=start_char,
        end=end_char,
        text=text_of(doc)[start_char:end_char],
        sentence=sent.text,
        amount=amount,
        unit=unit,
        hint=hint,
        measure=measure_class(measure),
        measure_class=measure_class(measure),
        subject=None if hint in ("clock_time", "date", "age") else amount_of(toks[unit_end - 1]) if unit is not None
        else subject_of(noun),
        frame=frame,
        attribution=attr,
        origin=origin,
        about=about,
        stated=stated,
        change=change,
        role=role,
    )


def _end_char(tok: "Token") -> int:
    """Where a figure ending at ``tok`` ends: the sentence's full stop is not part of "900 km/h" or "$2.5m"."""
    end = tok.idx + len(tok.text)
    if tok.text.endswith(".") and (ATTACHED_UNIT.match(tok.text) or glued(tok.text)):
        return end - 1  # "12kW.", "-12C."
    return end - 1 if UNIT_WORD_AT_END.match(tok.text) or tok.lower_ in ("m.", "bn.") else end


def _not_a_figure(toks: list["Token"], i: int, end: int) -> bool:
    """An address ("the 600 block of Main Street") is no figure."""
    after = [t.lower_ for t in toks[end : end + 2]] + ["", ""]
    return after[0] in _LISTS.ADDRESS_WORDS and after[1] == "of"


def _qualifier_start(toks: list["Token"], i: int) -> int:
    """Index of the first qualifier token before the number ("at least", "more than")."""
    lo = max(0, i - 4)
    for j in range(lo, i):
        text = " ".join(t.lower_ for t in toks[j:i]) + " "
        if _LISTS.QUALIFIER.fullmatch(text):
            return j
    if i > 0 and currency_sign(toks[i - 1]):
        lo = max(0, i - 5)
        for j in range(lo, i - 1):
            if _LISTS.QUALIFIER.fullmatch(" ".join(t.lower_ for t in toks[j : i - 1]) + " "):
                return j
    return i


def _unit(toks: list["Token"], i: int, end: int) -> tuple[str | None, int]:
    """(unit text, index after it): a unit after the amount, or a currency sign before it."""
    sign = toks[i - 1].text if i > 0 and currency_sign(toks[i - 1]) else None
    if end + 1 < len(toks) and toks[end].lower_ in _LISTS.RUN_WORDS and (run := parse_unit(toks[end + 1].text)) \
            and run.dimension == "duration":
        return toks[end + 1].text, end + 2  # "21 consecutive years": a duration, not an age
    words: list[tuple[str, int]] = []  # unit words after the amount, hyphens and slashes folded
    k = end
    while k < len(toks) and len(words) < 3:
        tok = toks[k]
        if not words and ordinal_second(toks, k):
            break  # "the 2006 second-overall pick", "its 2008 second quarter": an ordinal, no unit
        if tok.text in ("-", "/") and words and tok.text == "/":
            words.append(("/", k + 1))
        elif tok.text == "-" and (k == end or words):
            pass  # "6.1-magnitude", "170,000-square-foot"
        elif tok.text == "°" and not words and k + 1 < len(toks) and toks[k + 1].is_alpha:
            words.append((f"°{toks[k + 1].text}", k + 2))  # "40 °C", "40°C": the tokenizer parts the sign
            k += 1
        elif tok.is_alpha or tok.text == "%" or UNIT_WORD_AT_END.match(tok.text) or SQUARED.match(tok.text):
            words.append((tok.text.rstrip("."), k + 1))
        else:
            break
        k += 1
    for width in range(len(words), 0, -1):
        text = " ".join(w for w, _ in words[:width]).replace(" / ", "/")
        if text.endswith("/"):
            continue
        unit = parse_unit(text)
        if unit is not None and (not sign or unit.dimension.startswith("money")) \
                and "/" not in unit.dimension:
            return _per(toks, text, words[width - 1][1])
    if sign:
        return _per(toks, sign, end)
    # "magnitude 4.6", "a magnitude-4.6 quake", "a magnitude of 4.6", "a 2.9 aftershock"
    if "magnitude" in (t.lower_ for t in toks[max(0, i - 3) : i]) or is_magnitude(toks[i], toks[i:end]):
        return "magnitude", end
    return None, end


def _open_end(toks: list["Token"], k: int) -> tuple[str, int]:
    """(words, index after them) of an open end written after a figure ("or fewer", "and under"),
    else ("", k); "and over 200" starts another figure, "or more likely" is no open end."""
    if k + 1 >= len(toks) or toks[k].lower_ not in ("or", "and") or toks[k + 1].lower_ not in _LISTS.OPEN_END_WORDS:
        return "", k
    nxt = toks[k + 2] if k + 2 < len(toks) else None
    if nxt is not None and (nxt.like_num or nxt.pos_ in ("ADJ", "ADV") or currency_sign(nxt)):
        return "", k
    return f"{toks[k].lower_} {toks[k + 1].lower_}", k + 2


def _per(toks: list["Token"], unit: str, k: int) -> tuple[str, int]:
    """The unit at ``toks[..k]``, made a rate when a duration follows it ("barrels a day")."""
    if k + 1 < len(toks) and toks[k].lower_ in _LISTS.PER_WORDS and toks[k + 1].is_alpha \
            and (k + 2 == len(toks) or toks[k + 2].lower_ not in _LISTS.NOT_PER):
        rate = f"{unit} per {toks[k + 1].text}"
        if parse_unit(rate) is not None:
            return rate, k + 2
    return unit, k


def _hint(toks: list["Token"], i: int, end: int, unit: str | None) -> tuple[str | None, str, int, int]:
    """(hint, amount text, start index, end index): "clock_time", "date" or "age" when the figure is one."""
    doc = toks[0].doc
    text = doc[toks[i].i : toks[end - 1].i + 1].text
    inner = inner_units(toks, i, end)
    if inner or any(digits_of(t) != t.text for t in toks[i:end]):  # "5% to 6%" is read as "5 to 6", "S$40" as "40"
        text = "".join(t.whitespace_ if k in inner else digits_of(t) + t.whitespace_
                       for k, t in enumerate(toks[i:end], i)).strip()
    if fraction_end(toks, i):
        return "fraction", text, i, end
    k = end
    if k + 2 < len(toks) and toks[k].text == "-" and toks[k + 1].lower_ == "year" and toks[k + 2].text == "-":
        return "age", text, i, k + 4 if k + 3 < len(toks) and toks[k + 3].lower_ == "old" else k + 3
    if k + 2 < len(toks) and toks[k].text == "-" and toks[k + 1].lower_ in ("year", "years") \
            and toks[k + 2].lower_ == "old":
        return "age", text, i, k + 3  # "the 81-year old", its second hyphen left out
    if i > 0 and toks[i - 1].lower_ in AGE_WORDS or listed_after_age(toks, i):
        return "age", text, i, end
    if i > 1 and toks[i - 1].lower_ == "of" and toks[i - 2].lower_ in AGE_WORDS:
        return "age", text, i, end  # "died at the age of 84" (the small model makes it a date)
    if k + 1 < len(toks) and toks[k].lower_ in ("and", "or") and toks[k + 1].lower_ in ("older", "younger"):
        return "age", text, i, end  # "adults 18 and older"
    if is_age_apposition(toks, i, end) or is_copula_age(toks, i, end):
        return "age", text, i, end
    if unit is not None:
        if k < len(toks) and toks[k].lower_ in ("years", "year") and k + 1 < len(toks) and toks[k + 1].lower_ == "old":
            return "age", text, i, k + 2
        if [t.lower_ for t in toks[k : k + 3]] in (["year", "-", "old"], ["years", "-", "old"]):
            return "age", text, i, k + 3  # "a 15 year-old"
        return None, text, i, end
    if k < len(toks) and toks[k].lower_ in clock_words() or re.fullmatch(r"\d{1,2}:\d\d", toks[i].text):
        while k < len(toks) and (toks[k].lower_ in clock_words() or toks[k].lower_ in ("local", "time")):
            k += 1
        return "clock_time", doc[toks[i].i : toks[k - 1].i + 1].text if k > end else text, i, max(k, end)
    beside_utc = local_beside_utc(toks, i, end)
    if beside_utc:
        return "clock_time", beside_utc, i, end  # "1412 (0942 GMT)"
    ent = toks[i].ent_type_
    if ent == "DATE" and _not_a_date(toks, i, end):
        ent = ""  # "fell 0.4 per cent to 13176", "sales of 5835 units": the small model's DATE is wrong
    if ent == "DATE" or (i > 0 and toks[i - 1].lower_ in MONTHS) or (k < len(toks) and toks[k].lower_ in MONTHS):
        date_toks = [t for t in toks if t.ent_type_ == "DATE" and _same_entity(t, toks[i])] or toks[i:end]
        named_year = re.fullmatch(YEAR_PATTERN, toks[i].text) and not any(t.lower_ == "old" for t in date_toks)
        if any(t.lower_ in ("year", "years", "old") for t in date_toks) and not named_year:
            return "age", text, i, end  # not "its 2013 financial year", "fiscal year 2013": a year named
        first = min(date_toks[0].i, toks[i].i) - toks[0].i
        last = max(end, date_toks[-1].i - toks[0].i + 1)
        phrase = doc[toks[0].i + first : toks[0].i + last].text
        if re.fullmatch(r"\d{4}", phrase) and (first > 0 and toks[first - 1].lower_ in _LISTS.YEAR_PREPS
                                               or dated_noun(toks[i]) is not None):
            phrase = f"in {phrase}"  # "in 1949", "her 1999 role": a bare number is a year only so
        return "date", phrase, first, last
    if re.fullmatch(YEAR_PATTERN, toks[i].text) and end - i == 1 and i > 0 \
            and toks[i - 1].lower_ in _LISTS.YEAR_PREPS:
        return "date", f"in {text}", i, end  # "in 1949": a bare number is a year only after such a word
    return None, text, i, end


def _not_a_date(toks: list["Token"], i: int, end: int) -> bool:
    """Whether a number the model tags DATE cannot be one: it counts the plural noun after it
    ("played 15 seasons", "served two terms"), or it is three or more digits that are no year
    ("13176", "5835"), with no month beside them; the parse, not the label, decides."""
    if end < len(toks) and toks[end].tag_ == "NNS" and toks[end - 1].dep_ == "nummod" \
            and toks[end - 1].head.i == toks[end].i and toks[end].lower_ not in MONTHS \
            and not re.fullmatch(YEAR_PATTERN, toks[i].text):
        return True  # not "the 1967 killings": a year that dates them
    if end - i != 1 or not re.fullmatch(r"\d{3,}|\d{1,3}(?:,\d{3})+", toks[i].text):
        return False
    if re.fullmatch(YEAR_PATTERN, toks[i].text):
        return False
    near = {t.lower_.rstrip(".") for t in toks[max(0, i - 2) : i + 3]}
    return not near & MONTHS


def _shock(head: "Token") -> str:
    """Whether a magnitude is an aftershock's or the main quake's: aftershocks are other events.

    The nearest quake word up the parse decides ("Two aftershocks, magnitude 2.9 and 2.2");
    without one, a sentence that speaks only of aftershocks does.
    """
    node = head
    for _ in range(5):
        for tok in (node, *node.children):
            lemma = tok.lemma_.casefold()
            if lemma in ("aftershock", "aftershocks"):
                return "aftershock"
            if lemma in ("quake", "earthquake", "temblor"):
                return "mainshock"
        if node.head.i == node.i:
            break
        node = node.head
    lemmas = {t.lemma_.casefold() for t in sent_of(head)}
    return "aftershock" if "aftershock" in lemmas and not lemmas & {"quake", "earthquake"} else "mainshock"


def _same_entity(a: "Token", b: "Token") -> bool:
    ents = [e for e in ents_of(a.doc) if e.start <= b.i < e.end]
    return bool(ents) and ents[0].start <= a.i < ents[0].end
