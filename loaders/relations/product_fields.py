"""Products a directory entry lists in a field of their own.

Exhibitor guides, company directories and profile cards describe an organisation in labelled
fields under its name, never naming it again: "- 전시품목: 딥러닝 외관검사 솔루션 'NV-X 3.0'",
"- 주요 제품: 'A', 'B'". A name quoted in a products field is a product of the organisation the
entry is about (the bullet the field hangs from, see :mod:`loaders.bullets`), whether or not
anything knows the name.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.discovery import discovered_actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "- 전시품목: ", "주요 제품 : ", "출품작: ": a field label for what the organisation makes or shows.
_PRODUCT_FIELD = re.compile(r"^\s*(?:[-•·*▪◦ㅇ○]\s*)?(?:주요|주력|대표|전시|출품)?\s?(?:제품|품목|출품작|솔루션)\s?[:：]\s")
# "'NV-X 3.0'", "‘팩토리GPT-M’": a quoted name in the field's value.
_QUOTED = re.compile(r"['‘\"“](?P<name>[^'‘’\"“”()]{2,30}?)['’\"”]")


def field_products(text: str, mentions: list[Mention], carried: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """DEVELOPS from the entry's organisation to each product its products field quotes."""
    field = _PRODUCT_FIELD.match(text)
    maker = carried[0] if carried else None
    if field is None or maker is None or maker.actor.type not in ORGANISATIONS:
        return []
    facts = []
    for quoted in _QUOTED.finditer(text, field.end()):
        inside = [m for m in mentions if m.start < quoted.end() and quoted.start() < m.end]
        if any(m.actor.type != "Model" for m in inside):
            continue  # a quoted organisation or programme is no product
        # A known model read inside a longer name ("Optimus" in 'KA Optimus') is not the product.
        whole = next((m for m in inside if m.start <= quoted.start("name") and quoted.end("name") <= m.end), None)
        product = whole.actor if whole is not None else discovered_actor(quoted.group("name"), "model")
        facts.append(Fact(maker.actor, "DEVELOPS", product, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text)))
    return facts
