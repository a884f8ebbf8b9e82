"""Supply bound for a customer, supply stated by the goods, and the flagship product of a company,
as business Korean writes them.

"삼성전자는 AMD향 HBM4 공급을 시작했다", "- 엔비디아향 물량 출하 개시" (under "■ A: ..."): "X향"
(bound for X) names the customer of what the clause's subject supplies, so the two do business
together. "전력 설비는 A가, 변압기는 B가 공급" (under the bullet or paragraph about C): the goods are
the topic, the supplier the subject, and the customer the company the passage carries. "주력 칩 'X'는 추론에 특화", "A는 대표 모델 'Y'를 앞세워": a company's flagship product
is its own, and the company is the clause's subject or the topic the bullet carries.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.passage import BOTH
from loaders.relations.fact import Fact

# "향 HBM4 12단 공급", "향 배전 솔루션 공급 확대", "향 출하": bound for the name, then the goods and the verb.
_BOUND_FOR = re.compile(r"향\s(?:[^\s,.]+\s){0,4}?[^\s,.]*?(?:공급|납품|출하|수출|판매)")
# "주력 칩 ", "대표 제품 ", "간판 모델 ": the word for a flagship product, right before its name.
_FLAGSHIP_BEFORE = re.compile(r"(?<![가-힣])(?:주력|대표|간판)\s?(?:칩|제품|모델|서비스|솔루션|반도체|플랫폼)\s?[‘'\"“「]?$")
# "주력 제품은 제조 특화 언어모델 ‘X’다": the flagship as the topic, the product named after it.
_FLAGSHIP_TOPIC = re.compile(r"(?<![가-힣])(?:주력|대표|간판)\s?(?:제품|모델|서비스|솔루션)(?:은|는|으로는)\s[^.]{0,40}?[‘'\"“「]?$")
_SUBJECT_MARKS = ("은", "는", "이", "가")
# "전력 설비는 ", "초고압 변압기는 ": the goods as the clause's topic, right before the supplier.
_GOODS_TOPIC = re.compile(r"(?:^|(?<=[\s,]))(?:[^\s,.]+\s){0,2}?[^\s,.]+(?:은|는)\s$")
# After the supplier: the verb, or the next "goods는 supplier가" conjunct sharing it.
_SUPPLIES = re.compile(r"\s?(?:[^\s,.]+\s)?(?:공급|납품)(?:한다|하며|하고|했|하기로|할|$|\.|\s)")
_NEXT_CONJUNCT = re.compile(r",\s")


def _acting(mentions: list[Mention], before: int, carried: list[Mention]) -> Mention | None:
    """The organisation the clause is about: the last one marked as subject before ``before``,
    else the topic carried from the sentence or bullet before."""
    subject = next((m for m in reversed(mentions) if m.end <= before and m.particle in _SUBJECT_MARKS), None)
    subject = subject or (carried[0] if carried else None)
    return subject if subject is not None and subject.actor.type in ORGANISATIONS else None


def customers_supplied(text: str, mentions: list[Mention], carried: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH from the supplier to each customer an "X향 ... 공급" names."""
    if "향" not in text:
        return []
    facts = []
    for customer in mentions:
        bound = _BOUND_FOR.match(text, customer.end) if not customer.particle else None
        if bound is None or customer.actor.type not in ORGANISATIONS:
            continue
        supplier = _acting(mentions, customer.start, carried)
        if supplier is not None and supplier.actor.id != customer.actor.id:
            facts.append(Fact(supplier.actor, "PARTNERS_WITH", customer.actor, {"confidence": 0.6},
                              evidence(customer.start, bound.end())))
    return facts


def flagship_products(text: str, mentions: list[Mention], carried: list[Mention], evidence) -> list[Fact]:
    """DEVELOPS from the company to the product it calls its flagship, with no owner before it."""
    facts = []
    for i, product in enumerate(mentions):
        if product.actor.type != "Model":
            continue
        flagship = (_FLAGSHIP_BEFORE.search(text, max(0, product.start - 12), product.start)
                    or _FLAGSHIP_TOPIC.search(text, max(0, product.start - 60), product.start))
        if flagship is None or text[:flagship.start()].rstrip().endswith("의"):
            continue  # "B의 주력 칩 X": B's, read by the possessive frames
        maker = _acting(mentions[:i], product.start, carried)
        if maker is not None:
            facts.append(Fact(maker.actor, "DEVELOPS", product.actor, {"confidence": 0.6},
                              evidence(flagship.start(), product.end)))
    return facts


def suppliers_of_the_topic(text: str, mentions: list[Mention], carried: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH from each supplier of goods named as the topic to the company carried from before
    (a named one, not a pair called 양사 or 두 회사)."""
    customer = carried[0] if carried and carried[0].actor.type in ORGANISATIONS else None
    # "두 회사는 각각 ... GPU는 엔비디아가 공급한다": goods for both of a pair (or the work they do) are
    # no one company's purchase
    if customer is None or ("공급" not in text and "납품" not in text) or BOTH.match(customer.surface):
        return []
    suppliers: list[Mention] = []
    for i, m in enumerate(mentions):
        lo = mentions[i - 1].after if i else 0
        if m.particle not in ("이", "가") or m.actor.type not in ORGANISATIONS \
                or not _GOODS_TOPIC.search(text[lo:m.start]):
            continue
        suppliers.append(m)
        verb = _SUPPLIES.match(text, m.after)
        if verb is not None and not any(m.after <= n.start < verb.end() for n in mentions):
            # (a name between, "ASML이 삼성전자에 공급", is the customer the sentence gives itself)
            return [Fact(n.actor, "PARTNERS_WITH", customer.actor, {"confidence": 0.6}, evidence(n.start, n.end))
                    for n in suppliers if n.actor.id != customer.actor.id]
        if not _NEXT_CONJUNCT.match(text, m.after):
            suppliers = []
    return []
