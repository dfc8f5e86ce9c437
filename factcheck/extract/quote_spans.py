"""Quotation spans: where an article's quotation marks open and close, on the text alone.

Marks are paired on the raw text, not on spaCy's sentences, because a quote may run over
several sentences or paragraphs: double marks by shape or context, a quote left open at a
line's end carried into the lines that reopen or close it, single marks within a line and
outside double-quoted spans. A double-quoted span that is itself a reporter's copy ("…,
police said.") is no quote. Who spoke a span is quote_speakers.py's business. See docs/quotes.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
#: A quote left open at a line's end runs on over at most this many lines.
MAX_QUOTE_LINES = 8
#: Single quotation marks pair only within this many characters: beyond it an apostrophe
#: ("the soldiers’ families") more likely closed the pair than a quote did.
SINGLE_QUOTE_MAX_CHARS = 200
_OPENERS = " \t([{—–-/"
_CLOSERS = " \t.,;:!?)]}—–-…"
#: An opening mark after a space or bracket and before a letter ("'90s" is no quote), the
#: nearest closing mark after a non-space and before no letter, with two letters between.
_SINGLE = re.compile(
    rf"(?<![^\s([{{—–/])[‘'](?=[A-Za-z])[^\n]{{1,{SINGLE_QUOTE_MAX_CHARS}}}?(?<=\S)[’'](?![A-Za-z0-9])"
)
#: A line ending in a reporting cue, as wire copy attributes a paragraph: ", a police spokesman
#: said." / ", said the mayor." / ", officials told reporters."
_REPORT_CUE = re.compile(
    r",\s+(?:(?:[\w.'’-]+\s+){0,7}(?:said|says|added|reported|told(?:\s+[\w.'’-]+){1,3})"
    r"|(?:said|says|added)(?:\s+[\w.'’-]+){1,7})\s*[.!]?\s*$"
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|you|You)\b")


@dataclass
class _Part:
    """One pair of quotation marks: its span and content ranges, in body offsets."""

    start: int
    end: int
    segments: list[tuple[int, int]]  # content ranges; more than one when a quote runs over paragraphs

    def content(self, text: str) -> str:
        return " ".join(" ".join(text[s:e].split()) for s, e in self.segments).strip()


def _find_quotes(text: str) -> list[_Part]:
    """Double-quoted spans, then single-quoted ones outside them, in text order.

    A double-quoted span over several lines that reports speech itself ("…, a police
    spokesman said.") quotes another outlet's article, not a speaker: it is no quote, and the
    quotes inside it are the article's own.
    """
    doubles = [p for p in _double_quotes(text) if not _is_quoted_report(p, text)]
    taken = [(p.start, p.end) for p in doubles]
    singles = [p for p in _single_quotes(text) if not any(s <= p.start < e for s, e in taken)]
    return sorted(doubles + singles, key=lambda p: p.start)


def _is_quoted_report(part: _Part, text: str) -> bool:
    """Whether a quote over several lines is a reporter's text: a line of it ends in a cue
    ("…, authorities said." / "…, said the county sheriff.") that is not the speaker's own."""
    if len(part.segments) < 2:
        return False
    for s, e in part.segments:
        cue = _REPORT_CUE.search(" ".join(text[s:e].split()))
        if cue and not _FIRST_PERSON.search(cue.group()):
            return True
    return False


def _role(text: str, i: int) -> str:
    """Whether the mark at ``i`` opens, closes, or may do either ("either")."""
    char = text[i]
    if char in OPEN_DOUBLE:
        return "open"
    if char in CLOSE_DOUBLE:
        return "close"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before in _OPENERS or before == "\n") and not after.isspace()
    closes = not before.isspace() and (after in _CLOSERS or after == "\n" or after in CLOSE_DOUBLE)
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def _double_quotes(text: str) -> list[_Part]:
    """Pairs of double marks. A quote left open at the end of a line goes on into the next
    when that line reopens it (one paragraph per line) or closes it (one sentence per line)."""
    found: list[_Part] = []
    carried: list[tuple[int, int]] = []  # content on earlier lines of a quote still open
    pending = first = -1  # the open mark (or line start) content follows, and the quote's first mark
    lines = list(re.finditer(r"[^\n]+", text))
    for n, line in enumerate(lines):
        marks = [line.start() + m.start() for m in re.finditer(r"[\"“”„«»]", line.group())]
        if pending >= 0:  # continuing: content resumes after a reopening mark, else at the line
            lead = line.start() + len(line.group()) - len(line.group().lstrip())
            pending = marks.pop(0) if marks and marks[0] == lead and _role(text, lead) == "open" else line.start() - 1
        for i in marks:
            role = _role(text, i)
            if pending < 0 and role == "close":
                continue  # a stray closing mark (or inch sign)
            if pending < 0 or role == "open":  # an opening mark; an unclosed one before it is dropped
                pending, first, carried = i, i, []
            else:
                found.append(_Part(first, i + 1, [*carried, (pending + 1, i)]))
                pending, first, carried = -1, -1, []
        if pending >= 0 and _runs_on(text, lines[n + 1 : n + 1 + MAX_QUOTE_LINES - len(carried)]):
            carried = [*carried, (pending + 1, line.end())]
        else:
            pending, first, carried = -1, -1, []
    return found


def _runs_on(text: str, following: list[re.Match[str]]) -> bool:
    """Whether a quote open at a line's end goes on: the next line reopens it or closes it,
    or (one sentence per line) lines with no mark lead to one whose first mark closes it."""
    for n, line in enumerate(following):
        mark = re.search(r"[\"“”„«»]", line.group())
        if mark is None:
            continue
        if n == 0 and not line.group()[: mark.start()].strip():
            return True  # a reopening (or closing) mark at the next line's start
        return _role(text, line.start() + mark.start()) != "open"
    return False


def _single_quotes(text: str) -> list[_Part]:
    """‘…’ and '…' pairs within a line; an apostrophe ("don’t", "the city's") opens or closes none."""
    return [_Part(m.start(), m.end(), [(m.start() + 1, m.end() - 1)]) for m in _SINGLE.finditer(text)]
