"""The gazetteer: known actors with their names in English, Korean and Chinese.

Entries live in ``loaders/gazetteer/*.yaml`` (data, not code). :class:`Gazetteer` finds
every alias in a text in one pass of a trie-shaped regular expression, longest match first.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import yaml

from graph.model import Actor, slugify
from graph.schema import KINDS, NODE_TYPES
from loaders.patterns import first_char_lookahead, trie_pattern
from loaders.spans import leftmost_longest

GAZETTEER_DIR = Path(__file__).with_name("gazetteer")
# libyaml's loader is ten times faster than the pure-Python one; both are safe loaders.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Latin aliases this short are matched case-sensitively ("KT", "MS"), longer ones are not.
_CASE_SENSITIVE_MAX = 3
_LATIN = re.compile(r"[A-Za-z0-9]")
_LATIN_CHARS = frozenset(string.ascii_letters + string.digits)
_LATIN_LETTERS = frozenset(string.ascii_letters)
# A capitalised Latin word right before a name, itself after Hangul: "개발한 Continuous ".
_WORD_BEFORE = re.compile(r"[가-힣][\s,]?\s?([A-Z][a-z]+)\s$")
# "-LLM-100B", "-7B": hyphenated words with a size or version joined to a maker's Latin name.
_PRODUCT_AFTER_MAKER = re.compile(r"-(?:[A-Za-z]+-)*[A-Za-z]*\d")


class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message names the file and entry."""


@dataclass(frozen=True)
class Entry:
    """One known actor."""

    name: str
    type: str
    country: str | None = None
    ko: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    kind: str | None = None

    @property
    def id(self) -> str:
        return slugify(self.name)

    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.ko, *self.zh)

    def to_actor(self) -> Actor:
        """The actor of this entry (one shared instance per entry: treat it as read-only)."""
        return self._actor

    @cached_property
    def _actor(self) -> Actor:
        # Built once and kept on the entry: mentions ask for it thousands of times per document.
        return Actor(
            id=self.id, name=self.name, type=self.type, country=self.country,
            name_ko=self.ko[0] if self.ko else None, name_zh=self.zh[0] if self.zh else None,
            aliases=sorted(set(self.surface_forms()) - {self.name}), kind=self.kind,
        )


@dataclass(frozen=True)
class Match:
    """An alias found in a text."""

    start: int
    end: int
    surface: str
    entry: Entry


@dataclass
class Gazetteer:
    """Known actors and a fast finder for their names."""

    entries: list[Entry]
    _by_form: dict[str, Entry] = field(default_factory=dict, init=False, repr=False)
    _exact: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _folded: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    #: Folded forms only ever written in capitals ("MOST"): in lower case they are words ("most").
    _acronyms: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        exact, folded = [], []
        capitals: set[str] = set()
        spelled: set[str] = set()
        for entry in self.entries:
            for form in entry.surface_forms():
                form = form.strip()
                if len(form) < 2:
                    continue
                key = self._key(form)
                self._by_form.setdefault(key, entry)
                (exact if self._case_sensitive(form) else folded).append(key)
                (capitals if form.isupper() else spelled).add(key)
        self._acronyms = capitals - spelled
        # A Latin name must not start or end inside a Latin word; a Korean name must not start
        # inside a Korean word, but may end in one (particles attach: "텐센트가").
        guard = r"(?<![A-Za-z0-9가-힣])"
        if exact:
            self._exact = re.compile(first_char_lookahead(exact) + guard + "(" + trie_pattern(sorted(set(exact))) + ")")
        if folded:
            self._folded = re.compile(first_char_lookahead(folded) + guard + "(" + trie_pattern(sorted(set(folded))) + ")")

    @staticmethod
    def _case_sensitive(form: str) -> bool:
        return bool(_LATIN.search(form)) and len(form) <= _CASE_SENSITIVE_MAX

    def _key(self, form: str) -> str:
        return form if self._case_sensitive(form) else form.lower()

    def lookup(self, name: str) -> Entry | None:
        """The entry with this name or alias (case-insensitive for names over 3 letters)."""
        name = name.strip()
        return self._by_form.get(name) or self._by_form.get(name.lower())

    def find(self, text: str) -> list[Match]:
        """Every alias occurrence in ``text``, longest first where they overlap, in order."""
        exact = self._scan(self._exact, text, text)
        folded = self._scan(self._folded, text.lower(), text)
        # Each scan's matches are in order and apart already; only both together can overlap.
        return leftmost_longest(exact + folded) if exact and folded else exact or folded

    def _scan(self, pattern: re.Pattern[str] | None, haystack: str, text: str) -> list[Match]:
        """The matches of one of the two name patterns in ``haystack`` (``text`` or its lower case)."""
        found: list[Match] = []
        if pattern is None:
            return found
        for m in pattern.finditer(haystack):
            start, end = m.span(1)
            if end < len(text) and text[end - 1] in _LATIN_CHARS and text[end] in _LATIN_CHARS:
                continue  # "Meta" inside "Metaverse"
            if end < len(text) and "가" <= text[end - 1] <= "힣" and text[end] in _LATIN_LETTERS:
                continue  # "한전" inside "한전KDN": a Korean name glued to Latin letters is a longer name
            entry = self._by_form.get(m.group(1))
            if entry is not None and entry.type not in ("Model", "Country") and _PRODUCT_AFTER_MAKER.match(text, end):
                continue  # "Panasonic-LLM-100B": a product named after its maker, not the maker
            if entry is not None and entry.type != "Country" and self._inside_a_latin_name(text, start):
                continue  # "Continuous Thought Machine": the tail of another name
            if entry is not None and not (m.group(1) in self._acronyms and text[start:end].islower()):
                found.append(Match(start, end, text[start:end], entry))
        return found


    def _inside_a_latin_name(self, text: str, start: int) -> bool:
        """True if an unknown capitalised word joins the name at ``start`` from the left in
        Korean text ("... 도입한 Continuous Thought Machine(CTM)을"): a name the gazetteer
        knows is then the tail of a longer one. English capitalises words that start
        sentences and headlines, so only a Hangul context tells."""
        if not text[start - 1:start].isspace():
            return False  # most names: _WORD_BEFORE ends in a space right before the name
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and self.lookup(before.group(1)) is None


def _as_tuple(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return tuple(str(v) for v in value)
    raise GazetteerError(f"{where}: expected a name or a list of names, got {value!r}")


def load_entries(folder: Path = GAZETTEER_DIR) -> list[Entry]:
    """Read every ``*.yaml`` file of ``folder`` into entries, checking types and duplicates."""
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or []
        if not isinstance(data, list):
            raise GazetteerError(f"{path.name}: expected a list of entries")
        for i, raw in enumerate(data):
            where = f"{path.name} entry {i + 1}"
            if not isinstance(raw, dict) or not raw.get("name") or raw.get("type") not in NODE_TYPES:
                raise GazetteerError(f"{where}: needs a name and a type in {', '.join(NODE_TYPES)}")
            entry = Entry(
                name=str(raw["name"]).strip(), type=raw["type"], country=raw.get("country") or None,
                ko=_as_tuple(raw.get("ko"), where), zh=_as_tuple(raw.get("zh"), where),
                aliases=_as_tuple(raw.get("aliases"), where), kind=raw.get("kind") or None,
            )
            if entry.kind is not None and entry.kind not in KINDS.get(entry.type, ()):
                raise GazetteerError(f"{where}: kind {entry.kind!r} is not one of {KINDS.get(entry.type, ())} for {entry.type}")
            if entry.id in seen:
                raise GazetteerError(f"{where}: {entry.name!r} duplicates an entry of {seen[entry.id]}")
            seen[entry.id] = path.name
            entries.append(entry)
    return entries


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with aigraph (loaded once per process, built once per version)."""
    from loaders.gazetteer_cache import cached_gazetteer

    return cached_gazetteer(lambda: Gazetteer(load_entries()))
