"""An event's or a programme's overview block: one labelled line per particular.

Korean reports and press releases open with "□ 행 사 명 : X", "□ 주 최 : A, B", "□ 주 관 : C",
"□ 후 원 : D" (labels spaced out to align their colons), and card news writes "참여: A, B" or
"운영: C" under a programme's name. Every organisation a role label lists takes part in the
event or programme the block is about: the one its name label gave, else the one last named in
the block (a slide, or the lines under a heading). A newsletter's deal item ("■ X — 시리즈B
610억원") opens a block about a company's round, whose "참여: A, B" names its investors.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.discovery import LABEL_MARKER, ROLE_LABEL, discovered_actor, spaced_label
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.roundups import item_head

# "□ 행 사 명 : X(이하 Y)", "사업명: X": the name of what the block is about.
_NAME_LABEL = re.compile(LABEL_MARKER + "(?:" + "|".join(map(spaced_label, ("행사명", "사업명", "과제명", "프로그램명")))
                         + r")\s*[:：]\s*(?P<name>[^()（）:]{3,60}?)\s*(?:[(（]|$)")
# A quote around a name: a known name inside a longer quoted title ("‘AI 딥테크 팁스’") is not the title.
_QUOTES = "‘’'“”\"「」『』"
# A slide's number ("[3/12]") or a heading ("2. MOU 체결식") closes the block.
_BLOCK_END = re.compile(r"^\s*(?:[\[(]?\d{1,2}\s?/\s?\d{1,2}[\])]?\s*$|(?:\d{1,2}|[IVXⅠ-Ⅻ]+)\.\s)")


class EventOverview:
    """The event or programme an overview block is about, while the block lasts."""

    def __init__(self) -> None:
        self._named: Mention | None = None
        self._programme: Mention | None = None

    def read(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """Facts of one line: none for the name label (it names the event), one per organisation
        a role label lists."""
        if _BLOCK_END.match(text):
            self._named = self._programme = None
            return []
        if item_head(text) is not None:
            # "■ 하이퍼폴드 — 시리즈B 610억원": a deal item opens; its "참여: A, B" lists the round's investors
            self._named = self._programme = None
        labelled = ":" in text or "：" in text  # every label ends in its colon
        name = _NAME_LABEL.match(text) if labelled else None
        if name is not None:
            self._named = self._event(name, mentions)
            return []
        role = ROLE_LABEL.match(text) if labelled else None
        if role is None:
            self._programme = next((m for m in reversed(mentions) if m.actor.type == "Program"
                                    and not _inside_a_longer_quote(text, m)), self._programme)
            return []
        target = self._named or self._programme
        if target is None:
            return []
        return [Fact(m.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6},
                     sentence_evidence(doc_id, line_at, text))
                for m in mentions if m.start >= role.end() and m.actor.type in ORGANISATIONS_AND_GOVERNMENT
                and m.actor.id != target.actor.id]

    @staticmethod
    def _event(label: re.Match[str], mentions: list[Mention]) -> Mention:
        """The event the name label names: a programme found there, else the label's value."""
        start, end = label.span("name")
        found = next((m for m in mentions if m.actor.type == "Program" and start <= m.start < end), None)
        if found is not None:
            return found
        name = label.group("name")
        return Mention(start, end, discovered_actor(name, "programme"), name, discovered=True)


def _inside_a_longer_quote(text: str, m: Mention) -> bool:
    """"‘AI 딥테크 팁스’ 신설": the known "팁스" is a word of a quoted title, not what the line names."""
    opened = max(text.rfind(q, 0, m.start) for q in _QUOTES)
    closed = min((at for at in (text.find(q, m.end) for q in _QUOTES) if at >= 0), default=-1)
    return opened >= 0 and closed >= 0 and bool(text[opened + 1:m.start].strip() or text[m.end:closed].strip())
