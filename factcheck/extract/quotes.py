"""Quote claims: the direct speech of an article, who said it, and where it stands.

Quotation marks are paired on the text itself (quote_spans.py: a quote may run over
several sentences or paragraphs, which spaCy's sentences do not follow); the parse is used
only to find the speaker: the subject of the reporting verb next to the quote ("…,"
Zelensky said), of the verb a partial quote hangs from (Putin called the attacks a
"special military operation"), or, for "he"/"the president", the nearest earlier person
or holder of that title. See docs/quotes.md.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..normalize.measures import owner_key
from ..normalize.places import timezone_for_place
from ..normalize.speakers import HEAD_TITLES, ORG_WORDS, TITLE_WORDS, same_speaker, speaker_key
from ..types import Article, Claim, Frame, Quote
from .cache import ents_in, ents_of, sent_of, sents_of, text_of
from .context import CONTENT_POS, _according_to, _entity_text, normalize_name
from .quote_spans import _find_quotes, _Part

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: Verbs that introduce speech, or (call, describe, dub) a partial quote.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "ask", "answer", "reply", "respond", "announce", "claim", "state", "declare",
    "write", "tweet", "post", "warn", "insist", "urge", "vow", "promise", "pledge", "admit",
    "acknowledge", "concede", "deny", "explain", "note", "stress", "emphasize", "emphasise", "call",
    "describe", "dub", "label", "brand", "term", "quote", "recall", "argue", "complain", "accuse",
    "predict", "suggest", "conclude", "shout", "scream", "cry", "exclaim", "whisper", "joke", "remark",
    "comment", "observe", "confirm", "report", "slam", "blast", "tout", "boast", "plead",
    "talk", "speak", "mention", "refer", "denounce", "condemn", "praise", "hail", "welcome", "dismiss",
})
#: Partial quotes of at most this many words with no speaker in their sentence are scare
#: quotes or terms ("so-called “special operation”"), not speech: they make no claim.
SCARE_QUOTE_MAX_WORDS = 3
#: A cue between two parts of a split quote ("…," he said in a Thursday address. "…") is
#: one short sentence; the seeds' longest is 10 words, 25 leaves room for titles and places.
MAX_CUE_WORDS = 25
#: A line of at most this many words with no final punctuation is a headline or a caption.
HEADLINE_MAX_WORDS = 30
_HEADLINE_END = re.compile(r"[.!?:;,…]\s*$")
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


def quote_claims(doc: "Doc", article: Article) -> list[Claim]:
    """Every direct quote of an article as a quote claim.

    ``doc`` is the parse of the body (``article.text[article.body_start:]``); offsets of
    the claims index ``article.text``. A split quote ("…," he said. "…") is one claim whose
    mentions are its parts. Returns the claims in text order.
    """
    parts = _find_quotes(text_of(doc))
    people = _People(doc, parts)
    claims = [c for group in _join_split(parts, doc) if (c := _claim(group, doc, article, people))]
    return _fold_repeats(claims)


# --- split quotes -----------------------------------------------------------------------


def _join_split(parts: list[_Part], doc: "Doc") -> list[list[_Part]]:
    """Parts of one quote split around its cue ("…," Zelensky said. "…") as one group."""
    groups: list[list[_Part]] = []
    for part in parts:
        if groups and _continues(groups[-1][-1], part, doc):
            groups[-1].append(part)
        else:
            groups.append([part])
    return [g for g in groups if any(p.content(text_of(doc)) for p in g)]


def _continues(a: _Part, b: _Part, doc: "Doc") -> bool:
    text = text_of(doc)
    cue = text[a.end : b.start]
    # '"…," he said. "…"' or, British style, '"…", he said. "…"'
    if not (a.content(text).endswith((",", "?", "!")) or cue.lstrip().startswith(",")) \
            or not cue.strip().endswith((".", ":", ",")) or len(cue.split()) > MAX_CUE_WORDS \
            or any(m in cue for m in "\"“”‘") or "\n\n" in cue.strip() \
            or not any(_is_speech(t) for t in _tokens(doc, a.end, b.start)):
        return False
    # Two sentences between ('…," Kiir said.\nHe later added: "…"'): b has a cue of its own.
    if len({sent_of(t).start for t in _tokens(doc, a.end, b.start) if not (t.is_punct or t.is_space)}) > 1:
        return False
    # b has a cue of its own after it: the next speaker's quote, not a continuation.
    after = text[b.end : text.find("\n", b.end) if "\n" in text[b.end:] else len(text)]
    tail = _tokens(doc, b.end, b.end + len(after.split(".")[0]))
    return not any(_is_speech(t) for t in tail)


# --- one claim --------------------------------------------------------------------------


def _claim(group: list[_Part], doc: "Doc", article: Article, people: "_People") -> Claim | None:
    text = text_of(doc)
    first, last = group[0], group[-1]
    sents = _sentences(doc, first.start, last.end)
    if not sents:
        return None
    partial = len(group) == 1 and _is_partial(doc, first, sents[0])
    headline = _is_headline(text, first.start)
    speaker, via = (None, None) if headline else _speaker(group, doc, sents, partial, people)
    contents = [p.content(text) for p in group]
    content = " … ".join(c.rstrip(", ") for c in contents)  # the comma before a cue is not the speaker's
    if speaker is None and (partial or len(content.split()) <= SCARE_QUOTE_MAX_WORDS):
        return None  # words woven into a sentence with no one saying them: a term or a name, not speech
    if partial and _title_like(content):
        return None  # "The Long Winter Road": a film's name in quotation marks, not speech
    off = article.body_start
    start, end = first.start + off, last.end + off
    inside = [t for p in group for s, e in p.segments for t in _tokens(doc, s, e)]
    return Claim(
        article=article.id,
        kind="quote",
        start=start,
        end=end,
        text=article.text[start:end],
        sentence=article.text[sents[0].start_char + off : sents[-1].end_char + off].strip(),
        value=Quote(speaker=speaker, content=content, partial=partial, speaker_via=via),
        attribution=speaker,
        # Where the outlet got the words ("according to two officials"), not who said
        # them: two outlets quoting one speaker are two witnesses unless they cite one source.
        origin=next((normalize_name(a) for s in sents if (a := _according_to(s))), None),
        frame=Frame(context=frozenset(
            t.lemma_.casefold() for t in inside if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha
        )),
        mentions=tuple((p.start + off, p.end + off) for p in group),
    )


#: A quoted span of at most this many words with every word capitalized is a title or a
#: name ("The Long Winter Road", "Evening Live: The Big Reveal"), not something said.
TITLE_MAX_WORDS = 8
_MINOR_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "or", "with", "by"})


def _title_like(content: str) -> bool:
    words = [w.strip(".,:;!?'\"“”‘’()") for w in content.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    return all(w[:1].isupper() or w.lower() in _MINOR_WORDS for w in words) and words[0][:1].isupper()


def _tokens(doc: "Doc", start: int, end: int) -> "Span | list[Token]":
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return span if span is not None else []


def _sentences(doc: "Doc", start: int, end: int) -> list["Span"]:
    return [s for s in sents_of(doc) if s.start_char < end and s.end_char > start]


def _is_speech(tok: "Token") -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.casefold() in SPEECH_VERBS


def _is_partial(doc: "Doc", part: _Part, sent: "Span") -> bool:
    """A quote woven into the reporter's sentence ("called them “heroes”"), not a full utterance."""
    content = part.content(text_of(doc)).lstrip("\"'‘“(…. ")
    if not content or content[0].islower():
        return True
    before = text_of(doc)[max(sent.start_char, text_of(doc).rfind("\n", 0, part.start) + 1) : part.start].rstrip()
    if not before or before.endswith((":", ",", "—", "–", "(")):
        return False
    words = [t for t in sent if t.idx < part.start and not t.is_punct and not t.is_space]
    return not (words and _is_speech(words[-1]))  # 'Biden said "Putin is the aggressor."'


def _is_headline(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip().rstrip("\"”’'»)]")
    return not _HEADLINE_END.search(line) and len(line.split()) <= HEADLINE_MAX_WORDS


# --- speakers ---------------------------------------------------------------------------


def _speaker(group: list[_Part], doc: "Doc", sents: list["Span"], partial: bool,
             people: "_People") -> tuple[str | None, str | None]:
    """Who the article says spoke the quote, resolved to a name where it can be, and how the
    article names them at the cue (``Quote.speaker_via``)."""
    first, last = group[0], group[-1]
    if partial:
        found = _partial_speaker(doc, first, people)
        if found[0]:
            return found
    verbs = [t for s in sents for t in s if _is_speech(t) and not people.quoted(t.idx)]
    verbs.sort(key=lambda t: min(abs(t.idx - last.end), abs(first.start - t.idx)))
    for verb in verbs:
        found = _resolved(people, _subject(verb), first.start)
        if found[0]:
            return found
        closes = [p.end for p in group if p.end <= verb.idx]
        if _subject(verb) is None and closes and (name := _name_at_cue(doc, max(closes), verb)):
            return people.full(name), "name"
    according = next((name for s in sents if (name := _according_to(s))), None)
    if according:  # '"…," according to two officials.'
        return people.full(according), "source"
    previous = [s for s in sents_of(doc) if s.end_char <= sents[0].start_char][-1:]
    if not partial and previous and previous[0].text.rstrip().endswith(":"):  # 'He said:\n"…"'
        for verb in (t for t in previous[0] if _is_speech(t)):
            found = _resolved(people, _subject(verb), first.start)
            if found[0]:
                return found
    return None, None


#: At most this many tokens between a quote's close and its speech verb for a name there to be
#: the speaker ('…," team general manager Tunde Okafor said'), when the parser has attached
#: the name into the quote and left the verb without a subject.
CUE_GAP_TOKENS = 8


def _name_at_cue(doc: "Doc", quote_end: int, verb: "Token") -> str | None:
    """The one person named between a quote's close and its speech verb, when only a title or
    description stands with it ('…," team general manager Tunde Okafor said')."""
    gap = [t for t in doc[verb.i - CUE_GAP_TOKENS if verb.i > CUE_GAP_TOKENS else 0 : verb.i] if t.idx >= quote_end]
    if not gap or any(t.pos_ in ("VERB", "AUX") for t in gap):
        return None
    names = {" ".join(e.text.split()) for e in ents_in(verb)
             if e.label_ == "PERSON" and gap[0].i <= e.start and e.end <= verb.i}
    return names.pop() if len(names) == 1 else None


def _resolved(people: "_People", tok: "Token | None", before: int, *,
              person_only: bool = False) -> tuple[str | None, str | None]:
    """``people.resolve`` with how the subject names the speaker: "name", "pronoun", "description"."""
    name = people.resolve(tok, before, person_only=person_only)
    if name is None or tok is None:
        return None, None
    if tok.pos_ == "PRON":
        return name, "pronoun"
    owned = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    named = any(t.ent_type_ == "PERSON" and t.i not in owned for t in tok.subtree if t.i <= tok.i or t.dep_ == "appos")
    return name, "name" if named else "description"


def _partial_speaker(doc: "Doc", part: _Part, people: "_People") -> tuple[str | None, str | None]:
    """The speaker of a quote woven into a sentence: the subject of the speech verb it hangs
    from ("the president called his compatriots “heroes”"), else the sentence's subject."""
    inside = {t.i for s, e in part.segments for t in _tokens(doc, s, e)}
    heads = [doc[i] for i in sorted(inside) if doc[i].head.i not in inside and doc[i].head.i != i]
    if not heads:
        return None, None
    if all(t.dep_ in ("compound", "amod", "nmod", "poss") for t in heads):
        return None, None  # 'the "Long Winter Road" star': a title naming something, not speech
    for anc in heads[0].ancestors:
        if _is_speech(anc):
            found = _resolved(people, _subject(anc), part.start)
            if found[0]:
                return found
    # a speech verb elsewhere in the sentence: 'But, he said, Greeks must understand that "…"'
    verbs = [t for t in sent_of(heads[0]) if _is_speech(t) and t.i not in inside and not people.quoted(t.idx)]
    for verb in sorted(verbs, key=lambda t: min(abs(t.idx - part.end), abs(part.start - t.idx))):
        found = _resolved(people, _subject(verb), part.start)
        if found[0]:
            return found
    return None, None  # no speech verb: a phrase in quotation marks, not a quote (issue 6: speech needs a cue)


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject, or the subject it shares with the verb it is an xcomp/conj of."""
    tok = verb
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


class _People:
    """The persons an article names, the titles they hold, and what "he" can refer to."""

    def __init__(self, doc: "Doc", parts: list[_Part]) -> None:
        self.spans = [(p.start, p.end) for p in parts]
        self.mentions: list[tuple[int, str, bool, int]] = []  # (offset, name, is a subject, sentence), outside quotes
        self.names: dict[str, list[str]] = {}  # speaker key -> the names written with that surname
        self.titles: list[tuple[int, str, str | None, str]] = []  # (offset, title, owner, name)
        for ent in ents_of(doc):
            name = _POSSESSIVE_END.sub("", " ".join(ent.text.split()))  # "LaCalamita's behalf"
            if not (ent.label_ == "PERSON" or self._titled(ent)) or timezone_for_place(name) or owner_key(name):
                continue  # the small model tags places ("Kyiv") as persons
            key = speaker_key(name)
            if key and name not in self.names.setdefault(key, []):
                self.names[key].append(name)
            if not self.quoted(ent.start_char):
                self.mentions.append((ent.start_char, name, self._is_subject(ent), ent.sent.start_char))
                title, owner = self._title_before(ent)
                title = title or self._title_beside(ent)
                if title:
                    self.titles.append((ent.start_char, title, owner, name))

    def quoted(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.spans)

    @staticmethod
    def _is_subject(ent: "Span") -> bool:
        """A sentence subject, or a name in apposition to one ("The German Chancellor, Angela
        Merkel, … said")."""
        root = ent.root
        subject = ("nsubj", "nsubjpass")
        return root.dep_ in subject or (root.dep_ == "appos" and root.head.dep_ in subject)

    @staticmethod
    def _titled(ent: "Span") -> bool:
        """A name tagged as something else but given a person's title in apposition ("Al-Sawarmi
        Khalid, spokesman for Sudan's armed forces," which the small model tags ORG)."""
        return all(t.pos_ == "PROPN" or t.is_punct for t in ent) and ent[-1].lower_ not in ORG_WORDS \
            and any(c.dep_ == "appos" and c.lemma_.casefold() in HEAD_TITLES for c in ent.root.children)

    @staticmethod
    def _title_before(ent: "Span") -> tuple[str | None, str | None]:
        """"President" and "ukraine" in "Ukraine's President Volodymyr Zelensky"."""
        title = owner = None
        for tok in reversed(ent.doc[max(0, ent.start - 5) : ent.start]):
            word = tok.lower_.rstrip(".")
            if title is None and word in HEAD_TITLES:
                title = word
            elif tok.tag_ == "POS" or word in TITLE_WORDS or word in ("u.s", "us"):
                owner = owner or ("united states" if word in ("u.s", "us") else None)
            elif owner_key(tok.text):
                owner = owner or owner_key(tok.text)
            else:
                break
        return title, owner

    @staticmethod
    def _title_beside(ent: "Span") -> str | None:
        """"mayor" in "the mayor of Kyiv, Vitali Klitschko," and "Vitali Klitschko, the mayor"."""
        root, doc = ent.root, ent.doc
        near = [root.head] if root.dep_ == "appos" else []
        near += [c for c in root.children if c.dep_ == "appos"]
        if ent.start > 1 and doc[ent.start - 1].text == ",":  # the parse often misses this appos
            before = list(doc[max(0, ent.start - 5) : ent.start - 1])
            near += [t for n, t in enumerate(before)
                     if all(u.lower_ in ("of", "the") or u.pos_ == "PROPN" for u in before[n + 1 :])]
        return next((t.lemma_.casefold() for t in near if t.lemma_.casefold() in HEAD_TITLES), None)

    def full(self, name: str) -> str:
        """The fullest spelling of a name in the article ("Zelensky" -> "Volodymyr Zelensky").

        Only a spelling of the same person: "Charlie Kafoury" stays himself in an article that
        also names Charlene Kafoury, and a lone "Kafoury" stays as written when the article
        names two people of that surname.
        """
        written = self.names.get(speaker_key(name) or "", [])
        same = [n for n in written if same_speaker(name, n) is not False]
        if len(name.split()) == 1 and any(same_speaker(x, y) is False for x in same for y in same):
            return name  # several people of this surname: which one is not said
        return max([name, *same], key=lambda n: len(n.split()))

    def resolve(self, tok: "Token | None", before: int, *, person_only: bool = False) -> str | None:
        """The speaker a subject token stands for, or None when it names nobody usable."""
        if tok is None or self.quoted(tok.idx):
            return None
        if tok.lower_ in ("which", "who", "that") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
            return self.resolve(tok.head.head, before, person_only=person_only)  # "the Department, which said"
        if tok.pos_ == "PRON":
            return self._nearest(before) if tok.lower_ in ("he", "she") else None
        owned = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}  # "Farrow's rep": the rep
        for t in tok.subtree:  # a name before the head, or beside it ("the league's chairman, Aurel Brandt,")
            if t.ent_type_ == "PERSON" and t.i not in owned \
                    and (t.i <= tok.i or (t.dep_ == "appos" and t.head.i == tok.i)) \
                    and not timezone_for_place(_entity_text(t)) and not owner_key(_entity_text(t)):
                return self.full(_POSSESSIVE_END.sub("", " ".join(_entity_text(t).split())))
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "poss", "case")]
        if tok.lemma_.casefold() in HEAD_TITLES:
            owners = {owner_key(t.text) for t in words if owner_key(t.text)}
            holder = self._holder(tok.lemma_.casefold(), owners, before)
            if holder:
                return holder
        if person_only and (not (tok.pos_ == "PROPN" or tok.lemma_.casefold() in HEAD_TITLES) or owner_key(tok.text)):
            return None  # "Greeks must understand …" names no speaker
        start = min([t.i for t in tok.subtree if t.i <= tok.i and t.dep_ == "det"] + [w.i for w in words] + [tok.i])
        phrase = tok.doc[start : tok.i + 1].text
        return self.full(phrase) if tok.pos_ == "PROPN" else phrase

    def _nearest(self, before: int) -> str | None:
        """The person of the nearest earlier sentence that names one, preferring its subject
        ("The German Chancellor, Angela Merkel, said …" / "…," she told)."""
        earlier = [m for m in self.mentions if m[0] < before]
        if not earlier:
            return None
        last = [m for m in earlier if m[3] == earlier[-1][3]]
        return self.full(([m for m in last if m[2]] or last)[-1][1])

    def _holder(self, title: str, owners: set[str | None], before: int) -> str | None:
        for _, t, owner, name in reversed([x for x in self.titles if x[0] < before]):
            if t == title and (not owners or owner in owners):
                return self.full(name)
        return None


def _fold_repeats(claims: list[Claim]) -> list[Claim]:
    """A quote whose words recur in a longer quote of the article is a mention of it, not a
    claim of its own: a headline quoting the body (no speaker), or a fragment the article
    quotes again at more length from the same speaker ("pending invasion" … "pending
    invasion of the South"): one utterance quoted twice, which aligns as one."""
    def words(claim: Claim) -> str:
        assert isinstance(claim.value, Quote)
        return " " + " ".join(re.findall(r"\w+", claim.value.content.casefold())) + " "

    def home_of(claim: Claim) -> Claim | None:
        mine = words(claim)
        homes = [h for h in claims if h is not claim and h.attribution and mine.strip() and mine in words(h)
                 and (claim.attribution is None or (len(words(h)) > len(mine)
                     and speaker_key(h.attribution) == speaker_key(claim.attribution)))]
        return max(homes, key=lambda h: len(words(h)), default=None)

    extra: dict[int, list[tuple[int, int]]] = {}
    kept: list[Claim] = []
    for claim in claims:
        home = home_of(claim)
        if home is not None:
            extra.setdefault(id(home), []).extend(claim.mentions)
        else:
            kept.append(claim)
    return [replace(c, mentions=tuple(sorted([*c.mentions, *extra[id(c)]]))) if id(c) in extra else c for c in kept]
