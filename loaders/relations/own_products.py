"""A company supplying a product of its own, named only there.

"시큐어리프는 프롬프트 인젝션을 탐지하는 'LeafGuard'를 핀테크 기업 20여 곳에 공급하고 있다": a new
product name the company sells, supplies or runs as a service ("'X'를 운영한다", "'X'를 서비스하고
있다"), with the company as the clause's topic, is its own. A known model
(an NVIDIA chip a reseller supplies) is left to the sentences that name its maker. A person
who is the subject of a clause in between ("P 대표가 세운 회사로") is the company's founder, not
another supplier.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "'X'를 핀테크 기업 20여 곳에 공급하고", "X를 판매 중": the product, then whom it goes to, then the verb.
_SUPPLIED = re.compile(r"\s?(?:[^\s,.]+\s){0,5}?(?:공급|판매|납품|제공|운영|서비스)(?:하|해|한|했|할|중|되)")
_TOPIC = ("은", "는")
_OBJECT = ("을", "를")


def supplied_products(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """DEVELOPS from the clause's topic to a new product name it supplies."""
    facts = []
    for i, product in enumerate(mentions):
        if product.actor.type != "Model" or not product.discovered or product.particle not in _OBJECT:
            continue
        supplied = _SUPPLIED.match(text, product.after)
        maker = next((m for m in reversed(mentions[:i]) if m.particle in _TOPIC), None)
        if supplied is None or maker is None or maker.actor.type not in ORGANISATIONS:
            continue
        if any(m.particle in ("이", "가", "은", "는") and m.actor.type != "Person"
               for m in mentions[mentions.index(maker) + 1:i]):
            continue  # another subject stands between: the product is its
        facts.append(Fact(maker.actor, "DEVELOPS", product.actor, {"confidence": 0.6},
                          evidence(maker.start, supplied.end())))
    return facts
