"""Funds that are parts of a larger fund: "A 펀드는 B 기금(N원)에 더해 민간자금을 포함한다".

A national fund is often made of several pots: "A는 B 기금과 C 펀드로 구성된다", "A는 B 기금에
더해 민간자금을 포함". Each named pot belongs to the whole (SUBSIDIARY_OF). Only funds on both
sides: "A 전략은 B 사업을 포함" lists the contents of a plan, which are no parts one could own.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.programme_money import Evidencer

_TOPIC = ("은", "는")
_FUND = re.compile(r"(?:펀드|기금|[Ff]und)$")
# "... 을 포함", "... 로 구성된다", "... 로 이루어진다": the whole is made of what comes before.
_MADE_OF = re.compile(r"(?:을|를)?\s?포함|(?:으로|로)\s?(?:구성|이루어)")
_SENTENCE_END = re.compile(r"[.;]\s|다\s")


def fund_parts(text: str, mentions: list[Mention], evidence: Evidencer) -> list[Fact]:
    """SUBSIDIARY_OF from each named pot to the fund the sentence says is made of it."""
    if "포함" not in text and "구성" not in text and "이루어" not in text:
        return []
    facts: list[Fact] = []
    for whole in mentions:
        if whole.particle not in _TOPIC or not _is_fund(whole):
            continue
        made_of = _MADE_OF.search(text, whole.after or whole.end)
        if made_of is None or _SENTENCE_END.search(text, whole.end, made_of.start()):
            continue
        for part in mentions:
            if whole.end <= part.start < made_of.start() and _is_fund(part) and part.actor.id != whole.actor.id \
                    and part.particle not in _TOPIC:
                facts.append(Fact(part.actor, "SUBSIDIARY_OF", whole.actor, {"confidence": 0.6},
                                  evidence(whole.start, made_of.end())))
    return facts


def _is_fund(m: Mention) -> bool:
    return m.actor.type == "Program" and bool(_FUND.search(m.surface.strip("‘’'\"“”「」")))
