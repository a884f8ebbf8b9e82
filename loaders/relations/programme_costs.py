"""What a programme costs, said in the sentence that describes it without naming it.

News introduces a programme by who launches it, then says what it is in a sentence with no
subject: "올해부터 3년 동안 모두 1,200억 원을 들여 AI 기업 30곳을 키우는 사업입니다". The sum is the
programme's, and the one who launched it, the passage's government, pays it.
"""

from __future__ import annotations

import re

from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "... 키우는 사업입니다", "... 지원하는 프로그램이다": the sentence says what the programme is.
_IS_THE_PROGRAMME = re.compile(r"(?:사업|프로그램|프로젝트)(?:입니다|이다|이에요|예요)\.?\s*$")
# "N원을 들여", "N원을 투입해", "N원을 투자하는": the sum spent on it.
_SPENT = re.compile(r"\s?(?:을|를)?\s?(?:들여|투입해|투입하여|투입하는|투자해|투자하는|쏟아)")
_SUBJECTS = ("은", "는", "이", "가")


def programme_cost(text: str, mentions: list[Mention], programme: Mention | None, topic: list[Mention],
                   doc_id: str, line_at) -> list[Fact]:
    """FUNDS from the passage's government to its programme for the sum the describing sentence gives."""
    if programme is None or not _IS_THE_PROGRAMME.search(text) or any(m.particle in _SUBJECTS for m in mentions):
        return []
    funder = next((m for m in topic if m.actor.type == "Government"), None)
    amount = next((a for a in find_amounts(text) if _SPENT.match(text, a.end)), None)
    if funder is None or amount is None:
        return []
    return [Fact(funder.actor, "FUNDS", programme.actor, {"confidence": 0.6, **amount.properties()},
                 sentence_evidence(doc_id, line_at, text))]
