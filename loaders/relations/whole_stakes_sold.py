"""A unit its owner sells outright in the sentence that names it as a unit.

Korean deal news names what was sold by what it was: "A는 2021년 설립한 자회사 B의 보유 지분 전량을
C에 넘겼다". "자회사 B" says what B was to A up to the sale; the sentence's news is that A holds
none of it any more, so B is no subsidiary of A (the buyer's tie is the sale's to state).
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "B의 보유 지분 전량을 C에 넘겼다", "B 주식 100%를 C에 매각했다": the whole stake in B sold or handed over.
_WHOLE_STAKE_SOLD = re.compile(r"(?:의\s|\s)(?:보유\s?)?(?:지분|주식)\s?(?:전량|전부|100\s?%)(?:을|를)\s(?:[^\s.]+\s){0,3}?"
                               r"(?:넘[겼기긴겨]|매각|처분|양도|팔[았아])")

# "(MediGraph)": a gloss between the unit's name and its particle.
_GLOSS = re.compile(r"\s?(?:[(（][^()（）]{1,40}[)）])?")


def units_sold_outright(text: str, mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """``facts`` without SUBSIDIARY_OF from a unit to the owner selling its whole stake in it."""
    if "전" not in text and "100" not in text:
        return facts
    sold = [m.start() for m in _WHOLE_STAKE_SOLD.finditer(text)]
    if not sold:
        return facts
    ends = {m.actor.id: m.end for m in mentions}
    return [f for f in facts if not (f.type == "SUBSIDIARY_OF" and _sold_from(text, f, sold, ends))]


def _sold_from(text: str, fact: Fact, sold: list[int], ends: dict[str, int]) -> bool:
    """True if the unit's name (and its gloss) ends right before a whole stake sold, and its owner
    is named before it (the seller; a buyer comes after, "C에 넘겼다")."""
    unit_end, owner_end = ends.get(fact.subject.id), ends.get(fact.object.id)
    return unit_end is not None and owner_end is not None and owner_end < unit_end and \
        any(_GLOSS.fullmatch(text, unit_end, stake) for stake in sold if stake >= unit_end)
