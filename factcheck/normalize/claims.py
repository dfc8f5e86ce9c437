"""Stage 4, normalize: raw figures become comparable ``Quantity`` values.

Amounts become intervals (numbers.py), units their canonical unit (units.py),
clock times minutes of the UTC day and dates day intervals (times.py), with the
article's place and date as context for "local time" and "Friday".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from ..data import YEAR_PATTERN, attached_unit_pattern, month_number, month_pattern, number_suffixes, scale_words
from ..load import published_moment
from ..types import About, Anchor, ArticleParse, Claim, Event, Extraction, Interval, Quantity, Quote, RawQuantity, Value
from .intervals import parse_amount
from .measures import dimension_class
from .numbers import parse_number
from .places import timezone_for_place
from .stated import stated_of
from .times import REFERENCE_YEAR, parse_clock_time, parse_date
from .units import parse_unit, to_canonical

#: A month name with a day ("Feb. 24"), used to tell the season for daylight saving time
#: when an article has no published date.
_MONTH_DAY = re.compile(rf"\b({month_pattern()})\s+(\d{{1,2}})\b", re.IGNORECASE)
_YEAR = re.compile(rf"\b({YEAR_PATTERN})\b")
#: Years before this tell no season: a historic year in the text ("founded in 1883") would put
#: the clock in a zone's local mean time of then, not its rules of today.
SEASON_YEAR_MIN = 1950
#: Scales written after a figure ("bn", "million"), longest first so that "mln" is not "m".
_SCALE = {word: float(value) for word, value in scale_words().items() if word not in ("hundred", "dozen")} | {
    suffix: float(value) for suffix, (value, _) in number_suffixes().items()}
_LAST_NUMBER = re.compile(
    rf"(\d[\d,]*)(?:\.(\d+))?\s*({'|'.join(sorted(_SCALE, key=len, reverse=True))})?\b(?!.*\d)", re.IGNORECASE
)
#: "from 3.5%" with no "to": the word only opens a range that is not there.
_LONE_RANGE_WORD = re.compile(r"^(from|between|by|to)\s+", re.IGNORECASE)
#: A unit written onto the digits ("40C", "58km"): the same units as extract's ``ATTACHED_UNIT``.
_ATTACHED = re.compile(rf"(\d)(?:{attached_unit_pattern()})\b")
_DURING = re.compile(r"^(over|under|for|within|in)\s+(?=\S)", re.IGNORECASE)
#: A scale word in an amount: with it a word that is a weight or a currency ("pounds") is the currency.
#: News weighs a person, a catch or a cargo in pounds, and counts sums in millions of pounds.
_MONEY_SCALE = re.compile(r"\d\s*(?:million|billion|trillion|mn|bn)\b", re.IGNORECASE)
#: Minutes either side of a clock time said to be "about" or "around" it.
CLOCK_APPROX_MINUTES = 30
_CLOCK_QUALIFIER = re.compile(
    r"^(?:(about|around|approximately|roughly|some|nearly|almost|shortly after|shortly before|just after|"
    r"just before)|(?:at|by|until|since|from|after|before))\s+", re.IGNORECASE
)


@dataclass(frozen=True)
class ArticleContext:
    """What normalizing one article's figures needs to know about the article."""

    zone: str | None  # IANA zone of the place it reports from
    published: datetime.date | None  # for "Friday", "yesterday"
    season: datetime.date | None  # a date close to the events, for daylight saving time


def normalize(parses: list[ArticleParse]) -> Extraction:
    """All claims of all articles, figures normalized, in article and text order."""
    claims: list[Claim] = []
    own = [(_published(p), _season(p.article.text)) for p in parses]
    # Articles about one event share its season: one that names no date borrows
    # another's, so that "8 p.m. Eastport time" knows it is winter time.
    shared = next((published or season for published, season in own if published or season), None)
    for parsed, (published, season) in zip(parses, own, strict=True):
        ctx = ArticleContext(
            zone=timezone_for_place(parsed.place) if parsed.place else None,
            published=published,
            season=published or season or shared,
        )
        for raw in parsed.quantities:
            value = normalize_quantity(raw, ctx)
            if value is not None:
                claims.append(_claim(parsed.article.id, raw, value))
        claims.extend(replace(c, about=about_of_value(c.value)) if not c.about.anchors else c for c in parsed.claims)
    claims.sort(key=lambda c: (int(c.article[1:]), c.start, c.end))
    return Extraction(articles=tuple(p.article for p in parses), claims=tuple(claims),
                      names=tuple((p.article.id, p.names) for p in parses),
                      terms=tuple((p.article.id, p.terms) for p in parses))


def _published(parsed: ArticleParse) -> datetime.date | None:
    if not parsed.article.published:
        return None
    return published_moment(parsed.article.published).date()


def _season(text: str) -> datetime.date | None:
    """The first "Month day" in the text, in its year if stated: enough to know DST."""
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    years = [int(y) for y in _YEAR.findall(text) if int(y) >= SEASON_YEAR_MIN]
    year = years[0] if years else REFERENCE_YEAR  # any recent year tells the season
    month = month_number(match.group(1))
    try:
        return datetime.date(year, month, int(match.group(2)))
    except ValueError:
        return None


def normalize_quantity(raw: RawQuantity, ctx: ArticleContext) -> Quantity | None:
    """The value of a raw figure, or None when it does not read as one."""
    if raw.hint == "clock_time":
        return _clock_time(raw, ctx)
    if raw.hint == "date":
        return _date(raw, ctx)
    if raw.hint == "fraction":  # "two-thirds of voters", "one in five adults": a share, in percent
        share = _share(raw.amount)
        if share is None:
            return None
        percent = Interval(*(None if v is None else v * 100 for v in (share.low, share.high)), share.qualifier)
        return _quantity(raw, percent, "%", "percent")
    amount = raw.amount
    if raw.unit and raw.hint != "age" and (unit := parse_unit(raw.unit)) and unit.dimension == "duration":
        amount = _DURING.sub("", amount)  # "loans over three years": over is "during", not "more than"
    amount = _ATTACHED.sub(r"\1", amount)
    interval = parse_amount(amount) or parse_amount(_LONE_RANGE_WORD.sub("", amount))
    if interval is None:
        return None
    if raw.unit is None:
        return _quantity(raw, interval, None, "count")
    if raw.hint == "age":
        return _quantity(raw, interval, "year", "age")  # ages stay in years, as written
    money = bool(_MONEY_SCALE.search(amount))  # "74 million pounds" is sterling; "180 pounds" a weight
    unit = parse_unit(raw.unit, prefer_money=money)
    if unit is None:
        return _quantity(raw, interval, None, "count")
    converted = Interval(
        low=None if interval.low is None else to_canonical(interval.low, raw.unit, prefer_money=money),
        high=None if interval.high is None else to_canonical(interval.high, raw.unit, prefer_money=money),
        qualifier=interval.qualifier,
    )
    half = written_precision(amount)
    precision = abs(to_canonical(half, raw.unit, prefer_money=money) - to_canonical(0.0, raw.unit, prefer_money=money))
    return _quantity(raw, converted, unit.canonical, unit.dimension, precision)


def written_precision(amount: str) -> float:
    """Half a unit of the last digit written: "20" -> 0.5, "1.2" -> 0.05, "1.2bn" -> 5e7.

    A measure is only as exact as it is written: "20 miles" is 19.5-20.5 miles,
    which is why it agrees with "32 kilometres" (32.19 km) and "5.9" conflicts with "6.1". A
    number in words is as exact as in digits: "two decades" is 15-25 years, as "2 decades" is.
    """
    match = _LAST_NUMBER.search(amount)
    if not match:
        value = parse_number(amount)  # "two decades" is as exact as "2 decades"
        return written_precision(str(int(value))) if value is not None and value >= 1 and value == int(value) else 0.0
    scale = _SCALE.get((match.group(3) or "").lower(), 1.0)
    if match.group(2):
        return 0.5 * 10.0 ** -len(match.group(2)) * scale
    digits = match.group(1).replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    # Four or more digits ending in zeros are rounded ("15,800 square metres", "170,000
    # square feet"); shorter ones are taken as exact ("20 miles", "120 mph").
    place = zeros if len(digits) >= 4 else 0
    return 0.5 * 10.0**place * scale


def _share(amount: str) -> Interval | None:
    """A share of a whole as a fraction: "two-thirds" 0.667, "one in five" 0.2."""
    part, sep, whole = amount.partition(" in ")
    if sep:
        a, b = parse_number(part.split()[-1]), parse_number(whole)
        return Interval(a / b, a / b, "exact") if a is not None and b else None
    return parse_amount(amount)


def _quantity(raw: RawQuantity, interval: Interval, unit: str | None, dimension: str,
              precision: float = 0.0) -> Quantity:
    return Quantity(interval=interval, unit=unit, dimension=dimension, measure=raw.measure,
                    measure_class=dimension_class(raw.measure_class, dimension), subject=raw.subject,
                    precision=precision,
                    stated=stated_of(raw, _ATTACHED.sub(r"\1", raw.amount), money=dimension.startswith("money")),
                    change=raw.change, role=raw.role)


def _clock_time(raw: RawQuantity, ctx: ArticleContext) -> Quantity | None:
    qualifier = _CLOCK_QUALIFIER.match(raw.amount)
    text = raw.amount[qualifier.end():] if qualifier else raw.amount
    clock = parse_clock_time(text, zone_hint=ctx.zone, on=ctx.season)
    if clock is None:
        return None
    if clock.minutes_utc is None:  # zone unknown: comparable only as written, never across zones
        minutes, unit, dimension = clock.minutes_local, None, "clock_time:unresolved"
    else:
        minutes, unit, dimension = clock.minutes_utc, "UTC", "clock_time"
    if qualifier and qualifier.group(1):
        interval = Interval(minutes - CLOCK_APPROX_MINUTES, minutes + CLOCK_APPROX_MINUTES, "approx")
    else:
        interval = Interval(minutes, minutes, "exact")
    value = _quantity(raw, interval, unit, dimension)
    # as written: minutes after midnight, and whether the zone is written or guessed from the place
    stated = replace(value.stated, value=clock.minutes_local, unit=clock.zone if clock.written else "local")
    return replace(value, stated=stated)


def _date(raw: RawQuantity, ctx: ArticleContext) -> Quantity | None:
    period = parse_date(raw.amount, published=ctx.published)
    if period is None:
        return None
    first, last = (d.toordinal() for d in period)
    qualifier = "exact" if first == last else "range"
    return _quantity(raw, Interval(first, last, qualifier), "day", "date")


def _claim(article_id: str, raw: RawQuantity, value: Quantity) -> Claim:
    return Claim(
        article=article_id,
        kind="quantity",
        start=raw.start,
        end=raw.end,
        text=raw.text,
        sentence=raw.sentence,
        value=value,
        attribution=raw.attribution,
        origin=raw.origin,
        frame=raw.frame,
        mentions=((raw.start, raw.end),),
        about=raw.about,
    )


def about_of_value(value: Value) -> About:
    """What an event or a quote is about, read from its value: actor and object (``unresolved``
    when named by resolving a pronoun), place, time, the event itself; a quote's speaker
    (``unresolved`` unless the article names them at the cue)."""
    anchors: list[Anchor] = []
    if isinstance(value, Event):
        for role in ("actor", "object"):
            text = getattr(value, role)
            if text:
                anchors.append(Anchor("unresolved" if role in value.guessed else "entity", text, text, role))
        if value.place:
            anchors.append(Anchor("place", value.place, value.place))
        if value.time:
            anchors.append(Anchor("time", value.time, value.time))
        anchors.append(Anchor("event", " ".join(filter(None, (value.action, value.object))), value.action,
                              "predicate"))
    elif isinstance(value, Quote) and value.speaker:
        kind = "entity" if value.speaker_via == "name" else "unresolved"
        anchors.append(Anchor(kind, value.speaker.casefold(), value.speaker, "speaker"))
    return About(tuple(anchors))
