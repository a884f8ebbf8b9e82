"""The investors a Korean note lists in brackets right after the round it reports.

Directories, profiles and briefing notes give a round in one breath and its investors in the
bracket after it: "시리즈B 유치(A 주도, B 참여)", "프리A 투자 유치(투자사: C, D)". Every name in
the bracket invested in the company that raised, whether or not anything knows the name: the
subject of the raise, else the company the bullet or paragraph carries.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.discovery import discovered_actor
from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.relations.fact import Fact, sentence_evidence

# "유치(", "투자 유치 (": the round raised, then the bracket of its investors.
_RAISED_THEN_BRACKET = re.compile(r"유치\s?\((?P<inside>[^()]{2,80})\)")
# "투자사: ", "투자자 : ", "참여사: ": a label naming the whole list's role.
_LIST_LABEL = re.compile(r"^\s*(?:투자사|투자자|투자기관|참여사|참여\s?기관)\s?[:：]\s*")
# "A 주도, B 참여": a backer's role in the round.
_ROLE_WORD = re.compile(r"주도|리드|참여")
# "A 주도", "B 공동 주도", "C 참여", "D": one item, a name and its role at most.
_ITEM = re.compile(r"^\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&.]{1,20}(?:\s[A-Z][\w&.]*){0,2})"
                   r"(?:\s(?:공동\s?|후속\s?|신규\s?)?(?:주도|리드|참여))?\s*$")


def bracketed_backers(text: str, mentions: list[Mention], carried: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """INVESTED_IN from each investor in the bracket after a raised round to the company that raised."""
    if "유치" not in text:
        return []
    facts = []
    for bracket in _RAISED_THEN_BRACKET.finditer(text):
        inside, start = bracket.group("inside"), bracket.start("inside")
        label = _LIST_LABEL.match(inside)
        if not (label or _ROLE_WORD.search(inside)):
            continue  # "(2025.3)", "(누적 300억원)": a date or a sum, no investors
        raiser = _raiser(mentions, bracket.start(), carried)
        if raiser is None:
            continue
        offset = label.end() if label else 0
        for piece in inside[offset:].split(","):
            item = _ITEM.match(piece)
            at = start + offset
            offset += len(piece) + 1
            if item is None:
                continue
            name_start = at + item.start("name")
            investor = _investor(mentions, name_start, item.group("name"))
            if investor is not None and investor.id != raiser.actor.id:
                facts.append(Fact(investor, "INVESTED_IN", raiser.actor, {"confidence": 0.6},
                                  sentence_evidence(doc_id, line_at, text)))
    return facts


def _raiser(mentions: list[Mention], before: int, carried: list[Mention]) -> Mention | None:
    """The organisation marked as subject before the round, else the carried company."""
    subject = next((m for m in reversed(mentions) if m.end <= before and m.particle in SUBJECT_OR_TOPIC), None)
    raiser = subject or (carried[0] if carried else None)
    return raiser if raiser is not None and raiser.actor.type in ("Startup", "Company") else None


def _investor(mentions: list[Mention], start: int, name: str):
    """The actor a bracket item names: the mention read there, else a name nothing knew."""
    known = next((m for m in mentions if m.start <= start < m.end), None)
    if known is not None:
        return known.actor if known.actor.type in (*ORGANISATIONS, "Government") else None
    return discovered_actor(name, "investor")
