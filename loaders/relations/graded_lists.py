"""Firms a programme selected, listed by grade with what each firm of a grade is paid.

Korean news lists a support programme's selection by grade, each grade marked with ▲ and the
amount each of its firms gets: "선정 기업은 평가 등급에 따라 지원금을 차등 지급받는다. 등급별로 보면
▲최우수(각 1억 원) A, B ▲우수(각 7천만 원) C, D ▲일반(각 5천만 원) E 등 7개사다". Every firm listed
takes part in the programme in play, and the government that runs it pays each the amount of
its grade.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "▲최우수(각 1억 원) ", "▲ 우수 (각 7천만 원) ": a grade, then what each of its firms gets.
_GRADE = re.compile(r"▲\s?[^\s()（）▲]{1,10}\s?[(（]\s?각\s?(?P<amount>[^()（）]{1,20}?)\s?[)）]")


def graded_members(text: str, mentions: list[Mention], programme: Mention | None, payer: Mention | None,
                   evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """PARTICIPATES_IN ``programme`` for each firm of a graded ▲-list, and FUNDS from ``payer``
    (the government running the programme) with its grade's amount."""
    if programme is None or text.count("▲") < 2 or "각" not in text:
        return []
    grades = list(_GRADE.finditer(text))
    if len(grades) < 2:
        return []
    amounts = find_amounts(text)
    facts: list[Fact] = []
    for grade, following in zip(grades, [*grades[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        amount = next((a for a in amounts if a.start < grade.end("amount") and grade.start("amount") < a.end), None)
        for m in (m for m in mentions if grade.end() <= m.start < end and m.actor.type in ORGANISATIONS):
            facts.append(Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6},
                              evidence(grade.start(), m.end)))
            if payer is not None and amount is not None and payer.actor.type == "Government":
                facts.append(Fact(payer.actor, "FUNDS", m.actor, {"confidence": 0.6, **amount.properties()},
                                  evidence(grade.start(), m.end)))
    return facts
