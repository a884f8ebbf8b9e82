"""A product whose name opens with its maker's name: "텐센트 미잉", "Acme Nova".

Companies brand products with their own name in front, and a text then writes the product
without any particle between maker and product ("텐센트 미잉의 AI 영상 분석 플랫폼"), so no
frame sees two names. When the words before the last space of a product's surface are
themselves a company the gazetteer knows, that company makes the product.
"""

from __future__ import annotations

from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

_PRODUCTS = ("Model",)
_MAKERS = ("Company", "Startup")


def makers_in_product_names(text: str, mentions: list[Mention], gazetteer: Gazetteer, doc_id: str,
                            line_at) -> list[Fact]:
    """DEVELOPS facts for every product named after its maker in this sentence."""
    facts = []
    for m in mentions:
        if m.actor.type not in _PRODUCTS or " " not in m.surface.strip():
            continue
        maker = gazetteer.lookup(m.surface.strip().rsplit(" ", 1)[0])
        if maker is None or maker.type not in _MAKERS:
            continue
        facts.append(Fact(maker.to_actor(), "DEVELOPS", m.actor, {"confidence": 0.6},
                          sentence_evidence(doc_id, line_at, text)))
    return facts
