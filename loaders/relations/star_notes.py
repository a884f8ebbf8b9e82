"""Who a starred word stands for, spelled out in the note below it.

Korean reports mark a word with an asterisk and list what it means in a note a few lines
down::

    - B는 ... 미국의 유명 VC 및 저명한 인사*의 투자를 받아 성장
    * A캐피탈, C벤처스 등의 VC, D E사 수석 과학자 등

The note has no verb: the starred sentence says what its names did. Here they invested in
B, the sentence's subject. Each comma item of the note names one of them first; what follows
in the item describes it ("E사 수석 과학자": E is where D works, not an investor).
"""

from __future__ import annotations

import re

from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.relations.fact import Fact, sentence_evidence

# "인사*의 투자를 받아", "VC*로부터 대규모 투자를 유치": the starred word is who invested.
_STARRED_INVESTORS = re.compile(r"[가-힣A-Za-z)]\\?\*\s?(?:의|로부터|으로부터|에게서)\s(?:[^\s,.]+\s){0,2}?투자(?:를)?\s?(?:받|유치)")
# A note line: an asterisk, then the list ("\*" where Markdown escaped it).
_NOTE_LINE = re.compile(r"^\s*\\?\*\s")
_ITEM = re.compile(r"[^,、]+")
_RECIPIENTS = ("Startup", "Company")
_INVESTORS = ("Investor", "Company", "Startup", "Person", "University")
# Lines between the starred sentence and its note (a footnote, a sub-bullet or two).
_MAX_LINES_TO_NOTE = 8
_LEADING_STAR = re.compile(r"^\s*\\?\*\s*")


class StarNotes:
    """The recipient of a starred investor word, until the note that lists the investors."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._recipient: Mention | None = None
        self._line = 0

    def read(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """Facts of one sentence: none for the starred one (it only names the recipient), one
        per listed investor for its note."""
        if self._recipient is None and "*" not in text:
            return []  # most sentences: no starred word, and no note awaited
        line = line_at(0)
        if self._recipient is not None and line - self._line > _MAX_LINES_TO_NOTE:
            self._recipient = None
        if self._recipient is not None and line > self._line and self._opens_a_note(text, line):
            recipient, self._recipient = self._recipient, None
            return _listed_investors(text, mentions, recipient, doc_id, line_at)
        starred = _STARRED_INVESTORS.search(text) if "*" in text else None
        if starred is not None:
            subjects = [m for m in mentions if m.end <= starred.start() and m.particle in SUBJECT_OR_TOPIC
                        and m.actor.type in _RECIPIENTS]
            self._recipient, self._line = (subjects[0] if subjects else None), line
        return []

    def _opens_a_note(self, text: str, line: int) -> bool:
        """True if ``text`` starts a note line ("\\* A, B 등"); blocks may have joined the note
        to the line before, so the raw line is read."""
        raw = self._lines[line - 1] if 0 < line <= len(self._lines) else ""
        star = _NOTE_LINE.match(raw)
        head = _LEADING_STAR.sub("", text)[:12]
        return star is not None and bool(head) and raw[star.end():].lstrip().startswith(head)


def _listed_investors(text: str, mentions: list[Mention], recipient: Mention, doc_id: str, line_at) -> list[Fact]:
    """The name each comma item of a note opens with, as an investor in ``recipient``."""
    facts = []
    for item in _ITEM.finditer(text):
        first = next((m for m in mentions if item.start() <= m.start < item.end()), None)
        # "D E사 수석 과학자" with D unknown: E describes the item's name; it is not one itself.
        if (first is None or text[item.start():first.start].strip(" \\*") or first.actor.type not in _INVESTORS
                or first.actor.id == recipient.actor.id):
            continue
        facts.append(Fact(first.actor, "INVESTED_IN", recipient.actor, {"confidence": 0.6},
                          sentence_evidence(doc_id, line_at, text)))
    return facts
