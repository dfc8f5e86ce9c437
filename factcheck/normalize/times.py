"""Clock times and dates as news writes them, normalized for comparison across articles.

``parse_clock_time`` turns "8 p.m. local time" (in an article datelined Eastport) and "1 p.m. ET"
into the same minute of the UTC day; ``parse_date`` turns "Thursday", "Feb. 24" or "last week"
into a (first day, last day) period; ``find_clock_times`` finds the times in running text.
All are pure: the machine's clock, locale and zone are never read. See docs/times.md for the grammar and the tables.

Dates use a small regex grammar, not dateparser: on the shapes news uses dateparser gives
"Thursday" on a Thursday as the week before, "Feb 24-25" as 1925-02-24, "1353 GMT" as the
year 1353 and "4" as April; it returns one day, not a period, for "2003" or "last week"; it
reads the machine's clock when no base is given; and its first call costs ~0.2 s.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from factcheck.data import (
    YEAR_MAX,
    YEAR_MIN,
    month_number,
    month_pattern,
    number_words,
    season_slip_zones,
    weekday_names,
    zone_abbreviations,
)
from factcheck.normalize.places import timezone_for_place

MINUTES_PER_DAY = 24 * 60
#: Real UTC offsets run from -12:00 to +14:00 (Kiribati); "UTC+20" is not a zone.
MAX_OFFSET_MINUTES = 14 * 60
#: Year whose January and July offsets decide whether a zone without a date (``on=None``)
#: has one offset all year; zones that keep DST give no UTC minute without a date.
REFERENCE_YEAR = 2024
#: A date written without a year ("March 3") is taken in the latest year that puts it no more
#: than this many days after publication: news mostly reports the past, but announces events
#: of the coming weeks ("talks on March 3" in a February article).
FUTURE_WINDOW_DAYS = 92


def _fixed(hours: float) -> datetime.timezone:
    """A fixed UTC offset; its name is "UTC" or "UTC+03:30" (what ``ClockTime.zone`` shows)."""
    return datetime.timezone(datetime.timedelta(minutes=round(hours * 60)))


#: Spelled-out zone names (casefolded, each also accepted with " time" after it).
ZONE_NAMES: dict[str, datetime.tzinfo] = {
    "eastern": ZoneInfo("America/New_York"), "central": ZoneInfo("America/Chicago"),
    "mountain": ZoneInfo("America/Denver"), "pacific": ZoneInfo("America/Los_Angeles"),
    "eastern standard": _fixed(-5), "eastern daylight": _fixed(-4),
    "central standard": _fixed(-6), "central daylight": _fixed(-5),
    "pacific standard": _fixed(-8), "pacific daylight": _fixed(-7),
    "greenwich mean": _fixed(0), "coordinated universal": _fixed(0), "universal": _fixed(0),
    "zulu": _fixed(0), "british summer": _fixed(1), "central european": _fixed(1),
    "central european summer": _fixed(2), "eastern european": _fixed(2),
    "eastern european summer": _fixed(3),
}


@dataclass(frozen=True)
class ClockTime:
    """A time of day as written, and the same minute in UTC when its zone is known."""

    minutes_utc: int | None  # minutes after midnight UTC; None if no zone or zone+DST unknown
    minutes_local: int  # minutes after midnight as written
    zone: str | None  # what resolved it: "UTC", "UTC-05:00", "America/New_York"; None = unknown
    day_shift: int = 0  # -1/0/+1 when converting to UTC crossed midnight
    #: the zone is in the text ("1 p.m. ET"), not taken from the article's place; left out of
    #: equality, which is about the moment
    written: bool = field(default=False, compare=False)


# The time of day itself; each alternative names its own groups. "3: 00pm" and "7: 07AM"
# (a space after the colon) occur in scraped text. Seconds are read and dropped. "a.m." takes
# its final dot; "6am." leaves the full stop to the sentence.
_CORE = re.compile(
    r"(?<![\w.:,$£€])(?:"
    r"(?P<h12>\d{1,2})(?:[:.]\s?(?P<m12>\d{2})(?::\s?\d{2})?)?\s?(?P<ap>[ap])(?:\.\s?m\b\.?|\s?m\b)"
    r"|(?:12\s)?(?P<word>noon|midday|midnight)\b"
    r"|(?P<hp>\d{1,2})(?::(?P<mp>\d{2}))?\s(?:o'?clock\s)?"
    r"(?P<part>in\sthe\smorning|in\sthe\safternoon|in\sthe\sevening|at\snight)\b"
    r"|(?P<hc>\d{1,2}):\s?(?P<mc>\d{2})(?::\s?\d{2})?"
    r"|(?P<hd>\d{1,2})\.(?P<md>\d{2})"  # "06.00 GMT": needs a zone or "hours"
    r"|(?P<hm>[0-2]\d)(?P<mm>[0-5]\d)"  # "1052 GMT": needs a zone or "hours"
    r")(?![\d:])",
    re.IGNORECASE,
)
_HOURS_WORD = re.compile(r"\s*(?:hours|hrs|h)\b\.?", re.IGNORECASE)  # "09:10 hours"
_OFFSET = re.compile(r"(?:UTC|GMT)\s?(?P<sign>[+\-−])\s?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?",
                     re.IGNORECASE)
_PART_PM = frozenset({"in the afternoon", "in the evening", "at night"})

_NONE, _LOCAL = "none", "local"  # zone kinds besides an explicit tzinfo


def _zone_of(rest: str, on: datetime.date | None) -> datetime.tzinfo | str | None:
    """What follows the time: a tzinfo, _LOCAL, _NONE (nothing), or None (not a zone)."""
    s = rest.strip().rstrip(".,;").strip().strip("()").strip()
    if not s:
        return _NONE
    low = " ".join(s.casefold().split())
    if low in ("local", "local time"):
        return _LOCAL
    offset = _OFFSET.fullmatch(s)
    if offset:
        minutes = int(offset["h"]) * 60 + int(offset["m"] or 0)
        if minutes > MAX_OFFSET_MINUTES:
            return None
        sign = 1 if offset["sign"] == "+" else -1
        return datetime.timezone(datetime.timedelta(minutes=sign * minutes))
    bare = low.removesuffix(" time")
    abbreviation = bare.replace(".", "").upper()
    if on is not None and abbreviation in season_slip_zones():
        return season_slip_zones()[abbreviation]
    if abbreviation in zone_abbreviations():
        return zone_abbreviations()[abbreviation]
    if bare in ZONE_NAMES:
        return ZONE_NAMES[bare]
    if low.endswith(" time"):  # "Moscow time", "Eastport time"
        zone = timezone_for_place(s[: -len(" time")])
        if zone:
            return ZoneInfo(zone)
    return None


def _local_minutes(m: re.Match[str]) -> int | None:
    """Minutes after midnight of a core match, or None for an impossible hour/minute."""
    if m["h12"]:
        hour, minute = int(m["h12"]), int(m["m12"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    elif m["word"]:
        return 0 if m["word"].lower() == "midnight" else 12 * 60
    elif m["hp"]:
        hour, minute = int(m["hp"]), int(m["mp"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if " ".join(m["part"].lower().split()) in _PART_PM else 0)
    else:
        hour = int(m["hc"] or m["hd"] or m["hm"])
        minute = int(m["mc"] or m["md"] or m["mm"])
        if hour > 23:
            return None
    return hour * 60 + minute if minute < 60 else None


def _offset_minutes(tz: datetime.tzinfo, on: datetime.date | None, local: int) -> int | None:
    """UTC offset of ``tz`` at ``local`` on ``on``; None if it depends on a date not given."""
    if isinstance(tz, datetime.timezone):
        return int(tz.utcoffset(None).total_seconds()) // 60
    if on is not None:
        moment = datetime.datetime.combine(on, datetime.time(local // 60, local % 60), tz)
        return int(moment.utcoffset().total_seconds()) // 60
    offsets = {datetime.datetime(REFERENCE_YEAR, month, 15, 12, tzinfo=tz).utcoffset()
               for month in (1, 7)}
    return int(offsets.pop().total_seconds()) // 60 if len(offsets) == 1 else None


def parse_clock_time(text: str, *, zone_hint: str | None = None,
                     on: datetime.date | None = None) -> ClockTime | None:
    """Parse one clock-time phrase ("8 p.m.", "1 p.m. ET", "1052 GMT", "noon") or return None.

    A zone written in the text wins; with "local time" or no zone, ``zone_hint`` (an IANA name,
    from the article's place) is used. ``on`` is the local date, for DST; without it a zone
    that keeps DST gives ``minutes_utc=None``; with it, EST/EDT, CST/CDT and PST/PDT follow
    their region's DST (``SEASON_SLIP_ZONES``). The dotted "06.00" and four-digit "1052" forms
    need a zone, "local time" or "hours" after them ("1353" alone is None). The whole text
    must be the time: "8 p.m. Thursday" is None (use ``find_clock_times`` on running text).
    Raises ``zoneinfo.ZoneInfoNotFoundError`` for a hint that is not an IANA zone.
    """
    if isinstance(on, datetime.datetime):
        on = on.date()
    text = " ".join(text.split())
    core = _CORE.match(text)
    if core is None:
        return None
    local = _local_minutes(core)
    if local is None:
        return None
    rest = text[core.end():]
    hours = _HOURS_WORD.match(rest)
    if hours:
        rest = rest[hours.end():]
    zone = _zone_of(rest, on)
    if zone is None:
        return None
    needs_marker = core["hd"] or core["hm"]
    if needs_marker and zone == _NONE and not hours:
        return None
    tz = zone if isinstance(zone, datetime.tzinfo) else None
    written = tz is not None
    if tz is None and zone_hint:
        tz = ZoneInfo(zone_hint)
    if tz is None:
        return ClockTime(None, local, None)
    name = tz.key if isinstance(tz, ZoneInfo) else tz.tzname(None)
    offset = _offset_minutes(tz, on, local)
    if offset is None:
        return ClockTime(None, local, name, written=written)
    day_shift, utc = divmod(local - offset, MINUTES_PER_DAY)
    return ClockTime(utc, local, name, day_shift, written)


# What may follow a time in running text; parse_clock_time then decides. Capitalized words
# only, so that "at 8 p.m. on Thursday" does not try "on" as a zone.
_ZONE_AHEAD_WORDS = "|".join(
    [r"(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?", r"local(?:\stime)?"]
    + [re.escape(n) + r"(?:\stime)?" for n in sorted(ZONE_NAMES, key=len, reverse=True)]
    + [r"(?-i:(?:[A-Z][a-z]+\s){1,2}time)", r"(?-i:[A-Z]{2,5})(?:\stime)?"])
_ZONE_AHEAD = re.compile(rf"(?:\s?(?:hours|hrs)\b)?(?:\s*(?:\(\s*(?:{_ZONE_AHEAD_WORDS})\s*\)"
                         rf"|(?:{_ZONE_AHEAD_WORDS}))\b)?", re.IGNORECASE)


def find_clock_times(text: str, *, zone_hint: str | None = None,
                     on: datetime.date | None = None) -> list[tuple[int, int, ClockTime]]:
    """Every clock time in running text, as (start, end, ClockTime) with ``text[start:end]``
    the phrase (zone included). "struck at 1353 (1023 GMT)" gives only "1023 GMT": pairing
    the bare local figure with it is the caller's."""
    found = []
    for core in _CORE.finditer(text):
        start, end = core.start(), core.end()
        ahead = _ZONE_AHEAD.match(text, end).end()
        candidates = [ahead, end] if ahead > end else [end]
        for stop in candidates:
            value = parse_clock_time(text[start:stop], zone_hint=zone_hint, on=on)
            if value is not None:
                found.append((start, stop, value))
                break
    return found


# ---------------------------------------------------------------- dates

_MONTH = rf"(?P<mon>{month_pattern()})"
_WEEKDAY = r"(?P<wd>(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_SHAPES = [re.compile(p) for p in (
    rf"(?:{_WEEKDAY},?\s)?{_MONTH}\s{_DAY}(?:,?\s{_YEAR})?",  # Thursday, Feb. 24, 2022
    rf"(?:{_WEEKDAY},?\s)?(?:the\s)?{_DAY}\s(?:of\s)?{_MONTH},?(?:\s{_YEAR})?",  # 24 February 2022
    rf"(?:(?:in|during)\s)?{_MONTH},?\s{_YEAR}",  # December 2003
    rf"(?:in|during)\s{_MONTH}",  # in December
    rf"(?:in|during|(?:the\s)?year)\s{_YEAR}",  # in 2003
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})",  # 2022-02-24
    r"(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})\s?/\s?(?P<year>\d{4})",  # 11/27/2005 if unambiguous
    rf"(?:(?P<rel>last|this\spast|past|next)\s)?{_WEEKDAY}",  # (last) Thursday
)]
#: "a", "an" and the number words up to ten, for "three days ago".
_NUMBER_WORDS = {"a": 1, "an": 1} | {w: v for w, (v, _) in number_words().items() if 1 <= v <= 10 and w != "dozen"}
_AGO = re.compile(rf"(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s(?P<unit>day|week|month|year)s?\sago")
_SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening")
_PART_OF_DAY = re.compile(r"\s(?:morning|afternoon|evening|night)$")
_RELATIVE_PERIOD = re.compile(r"(?P<which>last|this|next)\s(?P<unit>week|month|year)")
_WEEKDAY_INDEX = {name[:3]: i for i, name in enumerate(weekday_names())}

Period = tuple[datetime.date, datetime.date]


def _month_span(year: int, month: int) -> Period:
    """The first and last day of a month."""
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(day: datetime.date, months: int) -> Period:
    """The whole month ``months`` away from the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return _month_span(index // 12, index % 12 + 1)


def _week_span(day: datetime.date) -> Period:
    """Monday to Sunday of the week holding ``day``."""
    monday = day - datetime.timedelta(days=day.weekday())
    return monday, monday + datetime.timedelta(days=6)


def _year_for(month: int, day: int, published: datetime.date | None) -> int | None:
    """The year of a yearless date: the latest no more than FUTURE_WINDOW_DAYS after published."""
    if published is None:
        return None
    horizon = published + datetime.timedelta(days=FUTURE_WINDOW_DAYS)
    for year in (published.year + 1, published.year, published.year - 1):
        if day <= calendar.monthrange(year, month)[1] and datetime.date(year, month, day) <= horizon:
            return year
    return None


def _days(year: int, month: int, first: int, last: int | None) -> Period | None:
    """The period from day ``first`` to ``last`` (or the one day) of a month, if valid."""
    last = first if last is None else last
    if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
        return None
    if not 1 <= first <= last <= calendar.monthrange(year, month)[1]:
        return None
    return datetime.date(year, month, first), datetime.date(year, month, last)


def _relative(s: str, published: datetime.date) -> Period | None:
    """Words relative to the publication date: "yesterday", "last week", "two days ago"."""
    one_day = datetime.timedelta(days=1)
    if s in _SAME_DAY:
        return published, published
    if s == "last night":  # the evening before, or the small hours of the day itself
        return published - one_day, published
    s = _PART_OF_DAY.sub("", s)
    if s in ("yesterday", "tomorrow"):
        day = published + (one_day if s == "tomorrow" else -one_day)
        return day, day
    period = _RELATIVE_PERIOD.fullmatch(s)
    if period:
        step = {"last": -1, "this": 0, "next": 1}[period["which"]]
        if period["unit"] == "week":
            return _week_span(published + datetime.timedelta(weeks=step))
        if period["unit"] == "month":
            return _shift_month(published, step)
        return datetime.date(published.year + step, 1, 1), datetime.date(published.year + step, 12, 31)
    ago = _AGO.fullmatch(s)
    if ago:
        n = _NUMBER_WORDS.get(ago["n"]) or int(ago["n"])
        if ago["unit"] == "day":
            day = published - datetime.timedelta(days=n)
            return day, day
        if ago["unit"] == "week":
            return _week_span(published - datetime.timedelta(weeks=n))
        if ago["unit"] == "month":
            return _shift_month(published, -n)
        return datetime.date(published.year - n, 1, 1), datetime.date(published.year - n, 12, 31)
    return None


def _weekday(m: re.Match[str], published: datetime.date | None) -> Period | None:
    """A weekday alone: the latest on or before published ("last": before; "next": after)."""
    if published is None or not m["wd"].endswith("day") or m["wd"][:3] not in _WEEKDAY_INDEX:
        return None
    back = (published.weekday() - _WEEKDAY_INDEX[m["wd"][:3]]) % 7
    if m["rel"] == "next":
        day = published + datetime.timedelta(days=(7 - back) or 7)
    else:
        day = published - datetime.timedelta(days=back or (7 if m["rel"] else 0))
    return day, day


def parse_date(text: str, *, published: datetime.date | None = None) -> Period | None:
    """The period a date phrase names, as (first day, last day), or None.

    "Feb. 24", "February 24, 2022", "24 February 2022", "Thursday, Feb. 24", "Feb. 24-25",
    "December 2003" (the whole month), "in 2003" (a bare "2003" is None: not clearly a year),
    "2022-02-24", "11/27/2005" (only when day and month cannot be swapped), "Thursday" (the
    latest on or before ``published``), "last Thursday" (before it), "yesterday", "last week"
    (Monday-Sunday), "last month", "three days ago". A leading "on", a trailing "morning"
    etc. and "'s" are ignored. None for anything else, and when the phrase needs ``published``
    (no year, or relative) and none is given.
    """
    if isinstance(published, datetime.datetime):
        published = published.date()
    s = " ".join(text.casefold().replace("’", "'").split()).rstrip(".,;")
    s = s.removesuffix("'s").removeprefix("on ")
    if published is not None and (relative := _relative(s, published)):
        return relative
    s = _PART_OF_DAY.sub("", s)
    for index, shape in enumerate(_DATE_SHAPES):
        m = shape.fullmatch(s)
        if m is None:
            continue
        if index <= 1:  # month and day, maybe a year
            month, day = month_number(m["mon"]), int(m["day"])
            year = int(m["year"]) if m["year"] else _year_for(month, day, published)
            day2 = int(m["day2"]) if m["day2"] else None
            return None if year is None else _days(year, month, day, day2)
        if index in (2, 4):  # a month of a year, or a year
            year = int(m["year"])
            if not YEAR_MIN <= year <= YEAR_MAX:
                return None
            if index == 4:
                return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
            return _month_span(year, month_number(m["mon"]))
        if index == 3:  # "in December": the latest such month not far after published
            month = month_number(m["mon"])
            year = _year_for(month, 1, published)
            return None if year is None else _month_span(year, month)
        if index == 5:
            return _days(int(m["year"]), int(m["month"]), int(m["day"]), None)
        if index == 6:
            a, b = int(m["a"]), int(m["b"])
            if (a > 12) == (b > 12):  # both could be the month (or neither): ambiguous
                return None
            day, month = (a, b) if a > 12 else (b, a)
            return _days(int(m["year"]), month, day, None)
        return _weekday(m, published)
    return None
