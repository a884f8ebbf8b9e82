"""A product whose name opens with its maker's name: "텐센트 미잉", "Acme Nova"; a programme
whose name opens with its runner's: "NVIDIA Inception", "구글 포 스타트업 액셀러레이터".

Companies brand products with their own name in front, and a text then writes the product
without any particle between maker and product ("텐센트 미잉의 AI 영상 분석 플랫폼"), so no
frame sees two names. When the words before the last space of a product's surface are
themselves a company the gazetteer knows, that company makes the product.

Companies and public bodies brand their programmes the same way, and the gazetteer's match on
the programme's whole name hides the runner's name inside it. The runner is taken only when the
programme's own (English) name opens with it too: "엔티티 리스트" opens with a company's Korean
name by chance, while "엔비디아 인셉션" is "NVIDIA Inception", run by NVIDIA.
"""

from __future__ import annotations

from loaders.gazetteer import Entry, Gazetteer
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

_PRODUCTS = ("Model",)
_MAKERS = ("Company", "Startup")
_RUNNERS = ("Company", "Startup", "Investor", "Government", "University")


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


def runners_in_programme_names(text: str, mentions: list[Mention], gazetteer: Gazetteer, doc_id: str,
                               line_at) -> list[Fact]:
    """LAUNCHED facts for every known programme named after its runner in this sentence."""
    facts = []
    for m in mentions:
        if m.actor.type != "Program" or m.discovered or " " not in m.surface.strip():
            continue
        runner = _runner_opening(m.surface.strip(), m.actor.name, gazetteer)
        if runner is not None:
            facts.append(Fact(runner.to_actor(), "LAUNCHED", m.actor, {"confidence": 0.6},
                              sentence_evidence(doc_id, line_at, text)))
    return facts


def _runner_opening(surface: str, name: str, gazetteer: Gazetteer) -> Entry | None:
    """The organisation or public body whose known name the words of ``surface`` open with
    (the longest), if the programme's ``name`` opens with one of that body's names as well."""
    words = surface.split(" ")
    for n in range(len(words) - 1, 0, -1):
        runner = gazetteer.lookup(" ".join(words[:n]))
        if runner is not None and runner.type in _RUNNERS:
            return runner if any(name.startswith(f"{form} ") for form in runner.surface_forms()) else None
    return None
