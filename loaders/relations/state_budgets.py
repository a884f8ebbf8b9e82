"""The state's money for the programme a passage is about, stated without its payer.

Korean news and releases name a programme and the ministry running it, then give its budget
in a passive sentence with the money as subject: "올해 국비 612억원이 투입되며", "2027년까지 정부
출연금 612억원이 들어가며", "올해 투입되는 정부 예산은 총 1240억원이다". 국비 (state money),
정부 출연금 and 정부 예산 are the government's, so the government that brought the programme in
pays it.
"""

from __future__ import annotations

import re

from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.selection_announcers import is_ministry

# "국비 612억원", "정부 출연금 612억원", "정부 예산은 총 1240억원": the state's money, its amount next.
_STATE_MONEY = re.compile(r"(?<![가-힣])(?:국비|정부\s?출연금|정부\s?예산)(?:은|는)?\s(?:총\s?|약\s?)?(?=\d)")
# "... 이 투입되며", "... 이 들어간다", "투입되는 정부 예산은 총 N원이며": spent on it, or the copula of a budget.
_SPENT = re.compile(r"\s?(?:이|가)\s(?:[^\s,.]+\s)?(?:투입(?:되|돼|된|됨)|들어[가간갈갔]|배정(?:되|돼|됐|된|됨)|편성(?:되|돼|됐|된|됨))"
                    r"|\s?(?:이며|이다|입니다|으로\s편성)")
_SUBJECTS = ("은", "는", "이", "가")


def state_budget(text: str, mentions: list[Mention], programme: Mention | None, owner: Mention | None,
                 doc_id: str, line_at) -> list[Fact]:
    """FUNDS from the government that brought the passage's programme in, for the state money
    the sentence says goes into it, when the sentence names no payer of its own. Only a ministry
    or a state pays state money, not an agency it runs the programme through."""
    if programme is None or owner is None or not is_ministry(owner) \
            or "국비" not in text and "정부" not in text:
        return []
    money = _STATE_MONEY.search(text)
    if money is None or any(m.actor.type in ("Government", "Investor") and m.particle in _SUBJECTS for m in mentions):
        return []
    amount = next((a for a in find_amounts(text) if money.end() - 1 <= a.start <= money.end()), None)
    if amount is None or not _SPENT.match(text, amount.end):
        return []
    target = next((m for m in mentions if m.actor.type == "Program" and m.particle in ("은", "는")), programme)
    return [Fact(owner.actor, "FUNDS", target.actor, {"confidence": 0.6, **amount.properties()},
                 sentence_evidence(doc_id, line_at, text))]
