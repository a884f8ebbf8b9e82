"""A company's customers named with a possessive, as business English lists them.

"A's first large customer is B", "B had been A's largest customer since 2024", "A's customers
include B and C", "A, whose customers include B": the possessive names the supplier, the other
names its customers. A supplier and its customer work together (PARTNERS_WITH), as "B is a
customer of A" (cues.yaml) already says.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

_CUSTOMER_NOUN = r"(?:[\w-]+\s+){0,3}?(?:customers?|clients?)"
# Right after the supplier: "'s first large customer is ", "' customers are ", "'s customers include ", ", whose clients include ".
_CUSTOMERS_NAMED_AFTER = re.compile(r"(?:['’]s?|,?\s+whose)\s+" + _CUSTOMER_NOUN +
                                    r"\s+(?:is|are|was|were|include[sd]?|included|remains?)\s+(?:now\s+)?")
# Between the customer and the supplier: " had been ", " is also ", " became ".
_IS_BEFORE_SUPPLIER = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:also\s+)?")
_POSSESSIVE_CUSTOMER = re.compile(r"['’]s?\s+" + _CUSTOMER_NOUN + r"\b")
# Between two customers of one list.
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def named_customers(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH from each supplier a possessive names to the customers the sentence pairs it with."""
    if "ustomer" not in text and "lient" not in text:
        return []
    facts = []
    for n, supplier in enumerate(mentions):
        if supplier.actor.type not in ORGANISATIONS:
            continue
        after = _CUSTOMERS_NAMED_AFTER.match(text, supplier.end)
        customers = _listed_from(mentions[n + 1:], after.end(), text) if after else []
        possessive = _POSSESSIVE_CUSTOMER.match(text, supplier.end)
        if possessive and n and _IS_BEFORE_SUPPLIER.fullmatch(text, mentions[n - 1].end, supplier.start):
            customers.append(mentions[n - 1])  # "B had been A's largest customer"
        facts += [Fact(supplier.actor, "PARTNERS_WITH", c.actor, {"confidence": 0.6},
                       evidence(min(c.start, supplier.start), max(c.end, supplier.end)))
                  for c in customers if c.actor.type in ORGANISATIONS and c.actor.id != supplier.actor.id]
    return facts


def _listed_from(mentions: list[Mention], start: int, text: str) -> list[Mention]:
    """The names listed one after another from ``start``: "B, C and D" (a name not in the list ends it)."""
    listed = []
    for m in mentions:
        if m.start != start:
            break
        listed.append(m)
        joint = _LIST_JOINT.match(text, m.end)
        if joint is None:
            break
        start = joint.end()
    return listed
