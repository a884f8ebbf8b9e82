"""A foundry making a company's chips, as Korean and English news state it.

A chip designer (fabless) has its chips made by a foundry under a production contract, so the
two do business together (PARTNERS_WITH) even where the sentence names no contract:

* "A는 칩 'X'를 B 파운드리의 4나노 공정으로 생산하고 있다": the clause's subject has the chip
  made by the company whose foundry is named;
* "X는 B 파운드리 5나노 공정에서 생산한다" (the chip as the topic, the company the passage is
  about its designer);
* "A's chips are manufactured by B", "B has agreed to manufacture the first accelerator from A".

The foundry must be named with the word "파운드리" (or the English verb of making chips for
another) and the verb of production: "B 파운드리 출신" or "B의 파운드리 사업" name no customer.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "삼성전자 파운드리의 4나노 공정으로 생산하고", "삼성전자 파운드리 5나노 공정에서 생산된다",
# "삼성전자 파운드리사업부에서 생산한다": the foundry named right after its owner, then the production.
_FOUNDRY_PRODUCES = re.compile(r"\s?파운드리(?:\s?사업부)?(?:의)?\s?(?:(?:[^\s,.]+\s){0,2}?공정(?:으로|에서)|에서)\s"
                               r"(?:위탁\s?)?(?:생산|양산|제조)(?:하|한|할|해|된|되|중)")
_TOPIC_MARKS = ("은", "는", "이", "가")
# "Seoram's chips are manufactured by ": the designer's goods made by the company after "by".
_MADE_BY = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:chips?|processors?|accelerators?|NPUs?|GPUs?|wafers?)\s+"
                      r"(?:are|is|will\s+be|have\s+been|has\s+been)\s+(?:being\s+)?(?:manufactured|fabricated|made|produced)\s+by\s+"
                      r"(?:[\w.-]+['’]s\s+)?$")
# "TSMC has agreed to manufacture the first inference accelerator from ": the foundry first.
_MAKES_FROM = re.compile(r"\s+(?:(?:has|have|had|will|also)\s+)*(?:agreed\s+to\s+|signed\s+on\s+to\s+)?"
                         r"(?:manufacture|fabricate|produce)s?\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?"
                         r"(?:chips?|processors?|accelerators?|NPUs?|GPUs?)\s+(?:from|for|designed\s+by)\s+$")


def foundry_customers(text: str, mentions: list[Mention], carried: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH from the company whose foundry produces a chip to the chip's designer."""
    if "파운드리" not in text:
        return []
    for i, maker in enumerate(mentions):
        if maker.actor.type not in ORGANISATIONS or not _FOUNDRY_PRODUCES.match(text, maker.end):
            continue
        topic = next((m for m in mentions[:i] if m.particle in _TOPIC_MARKS), None)
        designer = topic if topic is not None and topic.actor.type in ORGANISATIONS else None
        if designer is None and (topic is None or topic.actor.type == "Model") and carried:
            designer = carried[0] if carried[0].actor.type in ORGANISATIONS else None  # the chip as the topic
        if designer is not None and designer.actor.id != maker.actor.id:
            return [Fact(maker.actor, "PARTNERS_WITH", designer.actor, {"confidence": 0.6},
                         evidence(min(designer.start, maker.start), maker.end))]
    return []


def english_foundry_customers(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH from a foundry to the designer of the chips it makes: "A's chips are
    manufactured by B", "B has agreed to manufacture the first accelerator from A"."""
    if "manufactur" not in text and "fabricat" not in text and "produc" not in text and " made by" not in text:
        return []
    facts = []
    for i, first in enumerate(mentions[:-1]):
        if first.actor.type not in ORGANISATIONS:
            continue
        later = [m for m in mentions[i + 1:] if m.actor.type in ORGANISATIONS]
        foundry = next((m for m in later if _MADE_BY.fullmatch(text, first.end, m.start)), None)
        if foundry is not None:
            facts.append(Fact(foundry.actor, "PARTNERS_WITH", first.actor, {"confidence": 0.6},
                              evidence(first.start, foundry.end)))
        designer = later[0] if later and _MAKES_FROM.fullmatch(text, first.end, later[0].start) else None
        if designer is not None:
            facts.append(Fact(first.actor, "PARTNERS_WITH", designer.actor, {"confidence": 0.6},
                              evidence(first.start, designer.end)))
    return [f for f in facts if f.subject.id != f.object.id]
