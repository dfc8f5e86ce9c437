"""Quote speakers: who an article says spoke a quote, and how it names them at the cue.

Read off the parse: the subject of the reporting verb next to the quote ("…," Okafor said),
of the verb a partial quote hangs from (Varga called the raids a "necessary police
action"), a name between the quote and a verb the parser left without a subject, the source
of "according to", or, for "he"/"the president", the nearest earlier person or holder of that
title (``_People``). Which spans are quotes and what claim each makes is quotes.py's business.
See docs/quotes.md.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..data import WordLists
from ..normalize.measures import owner_key
from ..normalize.places import timezone_for_place
from ..normalize.speakers import HEAD_TITLES, ORG_WORDS, TITLE_WORDS, same_speaker, speaker_key, without_name_suffix
from .cache import ents_in, ents_of, sent_of, sents_of
from .context import _according_to, _entity_text, subject_of
from .quote_spans import _Part

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: The lists of data/quote_speakers.toml, read on first use: SPEECH_VERBS (verbs that introduce
#: speech, or, as call, describe and dub, a partial quote) and PARTITIVE_HEADS ("some of them").
_LISTS = WordLists("quote_speakers")
__getattr__: Any = _LISTS.module_getattr(globals())
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


def _tokens(doc: "Doc", start: int, end: int) -> "Span | list[Token]":
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return span if span is not None else []


def _outside_heads(doc: "Doc", part: _Part) -> list["Token"]:
    """The quote's tokens whose heads lie outside it: where the quoted words hang in the sentence."""
    inside = {t.i for s, e in part.segments for t in _tokens(doc, s, e)}
    return [doc[i] for i in sorted(inside) if doc[i].head.i not in inside and doc[i].head.i != i]


def _is_speech(tok: "Token") -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.casefold() in _LISTS.SPEECH_VERBS


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
        sayer = _sayer(verb)
        found = _resolved(people, sayer, first.start)
        if found[0]:
            return found
        closes = [p.end for p in group if p.end <= verb.idx]
        if sayer is None and closes and (name := _name_at_cue(doc, max(closes), verb)):
            return people.full(name), "name"
    according = next((name for s in sents if (name := _according_to(s))), None)
    if according:  # '"…," according to two officials.'
        return people.full(according), "source"
    previous = [s for s in sents_of(doc) if s.end_char <= sents[0].start_char][-1:]
    if not partial and previous and previous[0].text.rstrip().endswith(":"):  # 'He said:\n"…"'
        for verb in (t for t in previous[0] if _is_speech(t)):
            found = _resolved(people, _sayer(verb), first.start)
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
    heads = _outside_heads(doc, part)
    if not heads:
        return None, None
    if all(t.dep_ in ("compound", "amod", "nmod", "poss") for t in heads):
        return None, None  # 'the "Long Winter Road" star': a title naming something, not speech
    for anc in heads[0].ancestors:
        if _is_speech(anc):
            found = _resolved(people, _sayer(anc), part.start)
            if found[0]:
                return found
    # a speech verb elsewhere in the sentence: 'But, he said, Greeks must understand that "…"'
    verbs = [t for t in sent_of(heads[0]) if _is_speech(t) and t.i not in inside and not people.quoted(t.idx)]
    for verb in sorted(verbs, key=lambda t: min(abs(t.idx - part.end), abs(part.start - t.idx))):
        found = _resolved(people, _sayer(verb), part.start)
        if found[0]:
            return found
    return None, None  # no speech verb: a phrase in quotation marks, not a quote (issue 6: speech needs a cue)


def _sayer(verb: "Token") -> "Token | None":
    """Who says the words of a speech verb: its subject, or for a passive ("the gesture could be
    called a "fist jab"", "the plan was described as "reckless" by X") the agent, never the thing
    named; but "X was quoted as saying" is X's own speech."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return _subject(verb)
    if any(_is_speech(t) for t in verb.subtree if t.i > verb.i and t.tag_ == "VBG"):
        return _subject(verb)  # "was quoted as saying", "was heard telling"
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if agent is not None and agent.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in agent.children):
        return None  # "mentioned by name": no one
    return agent


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject (``subject_of``), or the subject it shares with the verb it is an
    xcomp/conj of."""
    tok = verb
    for _ in range(3):
        subj = subject_of(tok)
        if subj is not None:
            return subj
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _surname(name: str) -> str:
    """The last word of a name but a suffix ("Luis Mendes Jr." -> "Mendes")."""
    words = name.split()
    return words[len(without_name_suffix([w.casefold().rstrip(".") for w in words])) - 1]


#: How many "he"/"she" subjects a pronoun may follow back to a name: each step is one sentence
#: that names no one as its subject; two keep a guess within the nearest paragraph or so.
PRONOUN_CHAIN = 2


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
                continue  # the small model tags places ("Eastport") as persons
            key = speaker_key(name)
            if key and name not in self.names.setdefault(key, []):
                self.names[key].append(name)
            if not self.quoted(ent.start_char):
                self.mentions.append((ent.start_char, name, self._is_subject(ent), ent.sent.start_char))
                title, owner = self._title_before(ent)
                title = title or self._title_beside(ent)
                if title:
                    self.titles.append((ent.start_char, title, owner, name))
        self._mistagged(doc)
        self.pronouns = [(t.idx, t.sent.start_char) for t in doc  # "he"/"she" subjects outside quotes
                         if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not self.quoted(t.idx)]

    def _mistagged(self, doc: "Doc") -> None:
        """A person's name the small model tagged as something else in one sentence ("Okafor agreed",
        tagged an organisation or nothing) is still a mention of the person the article names as one."""
        known = {n for names in self.names.values() for n in names}
        known |= {_surname(n) for n in known}  # a surname alone
        spans = [(e.start_char, e.text, e.root, e.sent) for e in ents_of(doc) if e.label_ != "PERSON"]
        spans += [(t.idx, t.text, t, t.sent) for t in doc if t.pos_ == "PROPN" and not t.ent_type_]
        for start, text, root, sent in spans:
            if self.quoted(start) or text not in known:
                continue
            self.mentions.append((start, text, root.dep_ in ("nsubj", "nsubjpass"), sent.start_char))
        self.mentions.sort()

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
        """"President" and "velmora" in "Velmora's President Anya Okafor"."""
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
        """"mayor" in "the mayor of Eastport, Tomas Berger," and "Tomas Berger, the mayor"."""
        root, doc = ent.root, ent.doc
        near = [root.head] if root.dep_ == "appos" else []
        near += [c for c in root.children if c.dep_ == "appos"]
        if ent.start > 1 and doc[ent.start - 1].text == ",":  # the parse often misses this appos
            before = list(doc[max(0, ent.start - 5) : ent.start - 1])
            near += [t for n, t in enumerate(before)
                     if all(u.lower_ in ("of", "the") or u.pos_ == "PROPN" for u in before[n + 1 :])]
        return next((t.lemma_.casefold() for t in near if t.lemma_.casefold() in HEAD_TITLES), None)

    def full(self, name: str) -> str:
        """The fullest spelling of a name in the article ("Okafor" -> "Anya Okafor").

        Only a spelling of the same person: "Charlie Kafoury" stays himself in an article that
        also names Charlene Kafoury, and a lone "Kafoury" stays as written when the article
        names two people of that surname.
        """
        written = self.names.get(speaker_key(name) or "", [])
        same = [n for n in written if same_speaker(name, n) is not False]
        if len(name.split()) == 1 and any(same_speaker(x, y) is False for x in same for y in same):
            return name  # several people of this surname: which one is not said
        if len(name.split()) == 1 and self._titled_alone(name, same):
            return name  # "President Okafor" and "first lady Grace Okafor": two people, one surname
        return max([name, *same], key=lambda n: len(n.split()))

    def _titled_alone(self, name: str, same: list[str]) -> bool:
        """The surname is written with a title and no given name ("President Okafor", "Mr. Okafor"),
        a title no longer spelling of it holds: the article names someone by title and surname alone,
        and a given name written elsewhere may be another person's."""
        key = speaker_key(name)
        alone = {title for _, title, _, n in self.titles if len(n.split()) == 1 and speaker_key(n) == key}
        held = {title for _, title, _, n in self.titles if n in same and len(n.split()) > 1}
        return bool(alone - held)

    def resolve(self, tok: "Token | None", before: int, *, person_only: bool = False) -> str | None:
        """The speaker a subject token stands for, or None when it names nobody usable."""
        if tok is None or self.quoted(tok.idx) or not any(ch.isalpha() for ch in tok.text):
            return None  # a subject the parser made of a full stop ("Juror No. 12 said") names no one
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
        end = tok.i + 1
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and (tok.pos_ == "NUM" or tok.lemma_.casefold() in _LISTS.PARTITIVE_HEADS):
            end = max(t.i for t in of.subtree) + 1  # "one of the survivors told": not "one"
        phrase = tok.doc[start:end].text
        return self.full(phrase) if tok.pos_ == "PROPN" else phrase

    def _nearest(self, before: int, depth: int = 0) -> str | None:
        """The person of the nearest earlier sentence that names one, preferring its subject
        ("The German Chancellor, Angela Merkel, said …" / "…," she told). When that sentence names
        no one as its subject but has "he" or "she" as one, that pronoun carries the person talked
        about on, and the person is the one it stands for ("Okafor was coy. Aides said he hoped
        to resist Lemaire's demands. "…," he said" is Okafor)."""
        earlier = [m for m in self.mentions if m[0] < before]
        if not earlier:
            return None
        sentence = earlier[-1][3]
        last = [m for m in earlier if m[3] == sentence]
        subjects = [m for m in last if m[2]]
        carried = next((i for i, sent in self.pronouns if sent == sentence and i < before), None)
        if not subjects and carried is not None and depth < PRONOUN_CHAIN:
            found = self._nearest(carried, depth + 1)
            if found:
                return found
        return self.full((subjects or last)[-1][1])

    def _holder(self, title: str, owners: set[str | None], before: int) -> str | None:
        for _, t, owner, name in reversed([x for x in self.titles if x[0] < before]):
            if t == title and (not owners or owner in owners):
                return self.full(name)
        return None
