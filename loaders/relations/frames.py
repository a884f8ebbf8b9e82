"""Relation cues and type rules, read from ``loaders/cues.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import yaml

from loaders.gazetteer import YAML_LOADER
from loaders.patterns import first_char_lookahead, trie_pattern
from loaders.relations.cue_boundaries import inside_another_word

CUES_FILE = Path(__file__).resolve().parent.parent / "cues.yaml"


@dataclass(frozen=True)
class Cue:
    """A word stating a relation, its frame and the relations it may mean."""

    word: str
    frame: str
    relations: tuple[str, ...]
    lang: str
    #: Actor types the subject must have for this cue, when the cue alone is too weak.
    subjects: tuple[str, ...] = ()


@dataclass(frozen=True)
class CueMatch:
    cue: Cue
    start: int
    end: int

    def meaning(self, *relations: str) -> CueMatch:
        """This cue read as ``relations`` only: a frame that knows from the context which of the
        cue's relations the words state ("joined the round": INVESTED_IN) narrows it."""
        return replace(self, cue=replace(self.cue, relations=relations))


@dataclass(frozen=True)
class Cues:
    cues: tuple[Cue, ...]
    types: dict[str, tuple[frozenset[str], frozenset[str]]]
    pattern_ko: re.Pattern[str]
    pattern_en: re.Pattern[str]
    by_word: dict[str, Cue]

    def find(self, text: str, lang: str) -> list[CueMatch]:
        """Cue words in ``text`` (Korean or English ones), longest first where they overlap; a Korean
        cue inside a longer word naming no act ("투자자", "조달청") is left out."""
        pattern = self.pattern_en if lang == "en" else self.pattern_ko
        haystack = text.lower() if lang == "en" else text
        found = [CueMatch(self.by_word[m.group(1)], m.start(1), m.end(1)) for m in pattern.finditer(haystack)]
        if lang == "en":
            return found
        return [c for c in found if not inside_another_word(text, c.start, c.end, c.cue.word)]

    def fits(self, relation: str, subject_type: str, object_type: str) -> bool:
        subjects, objects = self.types[relation]
        return subject_type in subjects and object_type in objects


@cache
def load_cues(path: Path = CUES_FILE) -> Cues:
    """Read the cue file once per process."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    cues: list[Cue] = []
    for item in data["cues"]:
        for word in item["words"]:
            cues.append(Cue(str(word), item["frame"], tuple(item["relations"]), item.get("lang", "ko"),
                            tuple(item.get("subjects", ()))))
    by_word: dict[str, Cue] = {}
    for cue in cues:
        by_word.setdefault(cue.word.lower() if cue.lang == "en" else cue.word, cue)
    ko = sorted({c.word for c in cues if c.lang == "ko"})
    en = sorted({c.word.lower() for c in cues if c.lang == "en"})
    types = {
        rel: (frozenset(spec["subject"]), frozenset(spec["object"])) for rel, spec in data["types"].items()
    }
    return Cues(
        cues=tuple(cues), types=types,
        # Korean cues start with a hundred different syllables: a trie, not a list tried in turn.
        pattern_ko=re.compile(first_char_lookahead(ko) + "(" + trie_pattern(ko) + ")"),
        # English ones too: a list of words is tried word by word at every word boundary.
        pattern_en=re.compile(r"\b" + first_char_lookahead(en) + "(" + trie_pattern(en) + r")\b"),
        by_word=by_word,
    )
