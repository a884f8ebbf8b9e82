"""Ties the rows of a country's cooperation table state with that country left unsaid.

A report tabulates a country's cooperation under a caption naming it ("표 5-2. 중국의 글로벌
AI 협력 프로그램 주요 현황") and writes each row from that country's side, naming only the
other party, marked as the one it works with: "⦁카자흐스탄과는 AI 연구실을 설립해 ...",
"⦁필리핀, 태국 등과 ... 방안을 논의". The row's leading partners are the caption country's.
A row with a subject of its own ("중국 외교부와 UN이 공동 주최한 ...") is read as prose is.
"""

from __future__ import annotations

import re

from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.frames import Cues

# A row's bullet, before its first word.
_ROW_START = re.compile(r"\s*[⦁•·▪◦○\-–]?\s*")
# Between two listed partners.
_LISTED = re.compile(r"\s*(?:,|·|및)\s*")
# "카자흐스탄과는", "캄보디아 등과", "라오스와의": the partners' comitative particle.
_WITH = re.compile(r"(?:\s?[(（][^()（）]{1,30}[)）])?\s*(?:등\s?)?(?:과|와)(?:는|도|의)?\s")
# "미국과는 달리", "일본과 비교해": a comparison names no partner.
_COMPARED = re.compile(r"(?:달리|비교|마찬가지|같이|비슷|유사|경쟁|대립|갈등|차이)")


def partners_in_row(text: str, mentions: list[Mention], country: list[Mention], cues: Cues, doc_id: str,
                    line_at) -> list[Fact]:
    """PARTNERS_WITH between the caption's ``country`` and the partners a subjectless row opens with."""
    if not country or not mentions or any(m.particle in SUBJECT_OR_TOPIC for m in mentions):
        return []
    if mentions[0].start != _ROW_START.match(text).end():
        return []
    listed = [mentions[0]]
    for m in mentions[1:]:
        if not _LISTED.fullmatch(text, listed[-1].end, m.start):
            break
        listed.append(m)
    marked = _WITH.match(text, listed[-1].end)
    if marked is None or _COMPARED.match(text, marked.end()):
        return []
    side = country[0].actor
    return [Fact(side, "PARTNERS_WITH", m.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
            for m in listed if m.actor.id != side.id and cues.fits("PARTNERS_WITH", side.type, m.actor.type)]
