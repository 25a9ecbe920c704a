"""Coded messages: what the core tells a person, as a code with parameters, rendered in one language.

The words live in one catalog (``app/domain/catalog.py``: code -> Chinese, English). The language is
chosen once per process (the GUI's setting, the command line's default Chinese) with ``set_language``;
``Message.text()`` renders in it, ``Message.text("en")`` in a given one. Widget text stays with Qt's tr().
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from string import Formatter
from typing import NamedTuple

from app.domain.catalog import FIELDS, MESSAGES

LANGUAGES = ("zh", "en")
_current = "zh"


def normalise(lang: str | None) -> str:
    """``"en"``, ``"en_US"`` -> ``"en"``; anything else (``"zh_CN"``, None) -> ``"zh"``."""
    return "en" if lang and lang.lower().startswith("en") else "zh"


def set_language(lang: str | None) -> None:
    """Choose the language every message is shown in from now on (``zh_CN`` / ``en``)."""
    global _current
    _current = normalise(lang)


def current_language() -> str:
    return _current


class Label(NamedTuple):
    """A word given in both languages (a state, an action, a permission) used as a message parameter."""

    zh: str
    en: str

    def text(self, lang: str | None = None) -> str:
        return self.en if normalise(lang or _current) == "en" else self.zh


def label_of(pair: tuple[str, str]) -> Label:
    """The Label of a code list entry ``(Chinese, English)``."""
    return Label(pair[0], pair[1])


def placeholders(template: str) -> frozenset[str]:
    """The parameter names a catalog template uses."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


def _render(value: object, lang: str) -> str:
    if isinstance(value, Label | Message):
        return value.text(lang)
    if isinstance(value, list | tuple | frozenset | set):
        return ("、" if lang == "zh" else ", ").join(_render(v, lang) for v in value)
    return str(value)


@dataclass(frozen=True)
class Message:
    """One message of the catalog with its parameters; equal messages have equal code and parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in MESSAGES:
            raise KeyError(f"no message {self.code!r} in the catalog")
        wanted = placeholders(MESSAGES[self.code][0])
        if wanted != set(self.params):
            raise TypeError(f"message {self.code!r} takes {sorted(wanted)}, got {sorted(self.params)}")

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the chosen language)."""
        chosen = normalise(lang or _current)
        template = MESSAGES[self.code][LANGUAGES.index(chosen)]
        return template.format_map({k: _render(v, chosen) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.text()


def msg(code: str, **params: object) -> Message:
    """The catalog message ``code`` with its parameters (KeyError/TypeError at once if they do not fit)."""
    return Message(code, params)


def field_label(name: str, lang: str | None = None) -> str:
    """A form field or ledger column named in Chinese (its key), shown in ``lang``."""
    if normalise(lang or _current) == "zh":
        return name
    return FIELDS.get(name, name)


def field_name(name: str) -> Label:
    """A field named in Chinese as a message parameter, shown in the message's language."""
    return Label(name, FIELDS.get(name, name))


def join_lines(parts: Sequence[str], lang: str | None = None) -> str:
    """Several messages as one line, separated as the language does."""
    return ("；" if normalise(lang or _current) == "zh" else "; ").join(parts)
