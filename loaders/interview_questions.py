"""The company an interviewer's question is about, which the answer under it leaves unstated.

A Korean interview prints each question as a line of its own ("■ 가온칩이 작은 회사를 인수했다는
소식도 있던데요.", "Q. 포트폴리오 중 눈에 띄는 곳은 가온칩입니까?") and the interviewee's answer as
the paragraph under it. The answer does not name the company again ("맞습니다. 스타트업 B를 지난달
인수했어요"): its clauses without a subject are that company's. Without this, they would fall to
the interviewee's own firm (see :mod:`loaders.authors`), which an investor's answers about its
portfolio call "저희" when they mean it.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.normalise import Block

# "■ ...", "Q. ...", "Q: ...", "질문: ...", a Korean paper's "— 노을 쪽은 팁스도 운영하지 않나." (a dash
# before the question, not before an English sign-off: "— The team"): the interviewer's line.
_QUESTION_MARK = re.compile(r"\s*(?:■|Q\s?[.:)]|질문\s?[.:]|[—―]\s?(?=[^\sA-Za-z]))\s?")
# A question is one line; a longer block under a marker is a section of prose.
_MAX_QUESTION = 120


def is_question(block: Block) -> bool:
    """True for an interviewer's line: a single short line opening with a question marker."""
    return len(block.spans) == 1 and len(block.text) <= _MAX_QUESTION and _QUESTION_MARK.match(block.text) is not None


def asked_about(mentions: list[Mention], own: str | None) -> list[Mention]:
    """The one organisation a question names as its subject, topic or predicate ("곳은 가온칩입니다"),
    other than the interviewee's own firm (``own``, its actor id): what the answer is about."""
    organisations = [m for m in mentions if m.actor.type in ORGANISATIONS and m.actor.id != own]
    if len(organisations) != 1:
        return []
    asked = organisations[0]
    return [asked] if asked.particle in SUBJECT_OR_TOPIC or asked.particle.startswith("입") else []


class InterviewQuestions:
    """The company the question just read is about, for the answer paragraph under it."""

    def __init__(self, own: str | None) -> None:
        self._own = own
        self._question: Block | None = None
        self._asked: list[Mention] = []
        self._last: Block | None = None

    def saw(self, block: Block, mentions: list[Mention]) -> None:
        """Remember the company a question asks about (the answer is the next block)."""
        if is_question(block):
            self._question, self._asked = block, asked_about(mentions, self._own)
        self._last = block

    def answered(self, block: Block) -> list[Mention]:
        """The company the question right before ``block`` asked about, if ``block`` answers it."""
        if self._question is None or self._last is not self._question or block is self._question:
            return []
        return self._asked
