"""Funding rounds written as timeline or roundup items, without a verb.

Korean year-in-review timelines and deal roundups give a round in headline grammar: the
startup, its round and sum, then the backers with what each did, or in parentheses::

    2월 ▲ 가온AI, 시리즈B 300억원 … 누리벤처스 주도, 한빛인베스트·새솔캐피탈 참여
    ▲ 다온로보틱스, 프리IPO 500억원 … A·B 공동 투자
    ▲ ... 스타트업 '하람랩스' 창업 … 시드 30억원(A·B)

The round word with its sum is the hinge: the startup is the last one named before it, the
backers are the organisations named after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.round_names import KOREAN_ROUND_NAME, may_name_a_round

# "시리즈B 350억원", "프리IPO 620억원", "시드 40억원", "시리즈A 220억원": a round and its sum; not
# its date ("시리즈A 2020.12.15" in a table's row).
ROUND_AND_SUM = re.compile(KOREAN_ROUND_NAME + r"\s?(?=\d)(?!\d{4}[.\-/]\d)")
# What the backers after the hinge did, or the parentheses that list them.
_BACKING = re.compile(r"주도|참여|투자|단독|리드|\(")
# Where the item ends: a full stop, or the next dated item of a run-together timeline.
_ITEM_END = re.compile(r"[.。]\s|\s\d{1,2}월\s?▲|\s▲")
_TAKERS = ("Startup", "Company")
# "- ", "· ": a bullet under an item.
SUB_BULLET = re.compile(r"\s*[-·•]\s")
# "...하였음", "...했다.", "...함": a sentence's verb ending.
_VERB_END = re.compile(r"(?:[다음함임됨]|습니다)\.?\s*$")
# What a backer did in a round: led it, joined it, invested.
_BACKER_ROLE = re.compile(r"주도|참여|공동\s?투자|전략적\s?투자|단독|리드")


def round_item_facts(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """INVESTED_IN facts of the verbless round items of ``text``."""
    if not may_name_a_round(text):
        return []
    facts: list[Fact] = []
    for hinge in ROUND_AND_SUM.finditer(text):
        end = _ITEM_END.search(text, hinge.end())
        item_end = end.start() if end else len(text)
        if not _BACKING.search(text, hinge.end(), item_end):
            continue
        taker = _taker_before(mentions, hinge.start())
        if taker is None:
            continue
        amount = next((a for a in find_amounts(text) if hinge.end() <= a.start <= hinge.end() + 1), None)
        props = {**(amount.properties() if amount else {}), "confidence": 0.6}
        facts += [Fact(backer.actor, "INVESTED_IN", taker.actor, dict(props), evidence(taker.start, backer.end))
                  for backer in _backers(text, mentions, hinge.end(), item_end) if backer.actor.id != taker.actor.id]
    return facts


def round_taker(text: str, mentions: list[Mention]) -> list[Mention]:
    """The startup of the round an item announces ("9월 ▲ A, 시리즈C 1,100억원"), as the subject of
    the bullets under it ("- B·C 주도, D 참여": they backed A)."""
    hinge = ROUND_AND_SUM.search(text)
    taker = _taker_before(mentions, hinge.start()) if hinge else None
    return [taker] if taker else []


def backers_of_the_item(text: str, mentions: list[Mention], parent: list[Mention],
                        evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """INVESTED_IN facts of a bullet under a round item that names only backers ("- B·C 주도, D
    전략적 투자로 참여"): they backed the round of the startup the item announced."""
    taker = parent[0] if parent and parent[0].actor.type in _TAKERS else None
    if taker is None or not SUB_BULLET.match(text) or not _BACKER_ROLE.search(text) or not verbless(text, mentions):
        return []
    return [Fact(m.actor, "INVESTED_IN", taker.actor, {"confidence": 0.6}, evidence(m.start, m.end))
            for m in _backers(text, mentions, 0, len(text)) if m.actor.id != taker.actor.id]


def verbless(text: str, mentions: list[Mention]) -> bool:
    """True if ``text`` is in headline grammar: no name takes a particle and no verb ends it
    ("- B·C 주도, D 참여", not "- 이 라운드에는 B와 C도 참여하였음", a report's own sentence
    whose subject and object may be others than the item's)."""
    return all(not m.particle for m in mentions) and not _VERB_END.search(text)


def _taker_before(mentions: list[Mention], end: int) -> Mention | None:
    """The startup named last before ``end``."""
    return next((m for m in reversed(mentions) if m.end <= end and m.actor.type in _TAKERS), None)


def _backers(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The organisations named between ``start`` and ``end``, less the glosses in parentheses
    right after a name ("사나빌(사우디 PIF 자회사)": the owner is no backer)."""
    named = [m for m in mentions if start <= m.start < end and m.actor.type in ORGANISATIONS]
    glosses = [(m.end, text.find(")", m.end)) for m in named if text[m.end:m.end + 1] in "(（"]
    return [m for m in named if not any(open_ < m.start < close for open_, close in glosses)]
