"""Members of a programme listed one item a line under a heading that announces them.

Reports write "○ 1차 선정 기업은 다음과 같음" and then one dash item per company
("- A(Alpha): 무엇을 하는지"). The heading names no company and the items no programme:
each item's leading name takes part in the programme the passage is about.

Press releases count the members instead ("참여기관은 총 12곳이다") and list them on lines of
▲-marked names, maybe grouped under a bracketed kind ("ㅇ (대학) ▲A대학교 ▲B대학교").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from graph.schema import ORGANISATIONS
from loaders.discovery import MEMBERS_HEAD, marked_items
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "선정 기업은 다음과 같음", "참여 기관은 아래와 같다": a list follows, one item a line.
_LIST_FOLLOWS = re.compile(r"(?:다음과|아래와)\s?같(?:음|다|습니다|으며)"
                           # "참여기관은 총 19곳이다": a count of the members, who are listed next
                           r"|총\s?\d{1,3}\s?(?:곳|개사|개\s?(?:기관|기업|사|팀)|팀)\s?(?:이다|입니다|이며|임|다)")
# "ㅇ (대·중견기업) ▲A ▲B", "▲C ▲D": a line of ▲-marked names, maybe under its group's label.
_MARKED_LINE = re.compile(r"^\s*(?:[ㅇ○◦·•\-]\s*)?(?:[(（][^()（）]{1,20}[)）]\s*)?▲")
# "(2025년 8월 발표)": an aside between the head noun and its particle.
_ASIDE = re.compile(r"\s?[(（][^()（）]{1,30}[)）]")
# A dash item: its name comes first.
_ITEM = re.compile(r"^\s*[-–‐·•▪]\s*")
# "- 라티스 마인드(Lattice Mind):": the name found may be the gloss of the Korean spelling.
_SPELLING_BEFORE_GLOSS = re.compile(r"(?:[^\s:,.()]+(?:\s[^\s:,.()]+)?\s?[(（])?")


class MemberList:
    """The programme whose members the next dash items are, while they last."""

    def __init__(self, resolve: Callable[[Actor], Actor]) -> None:
        self._programme: Mention | None = None
        self._resolve = resolve  # a new name listed may be a known actor's other spelling

    def read(self, text: str, mentions: list[Mention], programme: Mention | None, doc_id: str,
             line_at) -> list[Fact]:
        """Facts of one sentence: none for the heading (it only opens the list), one per item."""
        if _LIST_FOLLOWS.search(text) and MEMBERS_HEAD.search(_ASIDE.sub("", text)):
            named = [m for m in mentions if m.actor.type == "Program"]
            self._programme = named[-1] if named else programme
            return []
        if self._programme is not None and _MARKED_LINE.match(text):
            return self._marked_members(text, mentions, doc_id, line_at)
        item = _ITEM.match(text)
        if self._programme is None or item is None:
            self._programme = None  # the list ended
            return []
        first = next((m for m in mentions if m.start >= item.end()), None)
        if (first is None or first.actor.type not in ORGANISATIONS
                or not _SPELLING_BEFORE_GLOSS.fullmatch(text, item.end(), first.start)):
            return []
        return [Fact(first.actor, "PARTICIPATES_IN", self._programme.actor, {"confidence": 0.6},
                     sentence_evidence(doc_id, line_at, text))]

    def _marked_members(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """PARTICIPATES_IN the programme for each organisation of a line of ▲-marked names."""
        assert self._programme is not None
        facts = []
        for member in marked_items(text, mentions):
            actor = self._resolve(member.actor) if member.discovered else member.actor
            if actor.type in ORGANISATIONS:
                facts.append(Fact(actor, "PARTICIPATES_IN", self._programme.actor, {"confidence": 0.6},
                                  sentence_evidence(doc_id, line_at, text)))
        return facts
