"""Who takes part in a programme that a timeline item announces, named in the bullets under it.

A year-in-review or a briefing announces a programme in an item and lists its operators,
leads, suppliers and members in the bullets under it, without repeating the programme::

    1월 ▲ 과기정통부, 'AI 클라우드 실증 사업' 착수 … 국비 500억원
          - 1단계 사업자: A·B 컨소시엄(주관), C(참여)
          - D, GPU 우선 공급 협약
    5월 ▲ 산업부, 'AI 제조 얼라이언스' 출범
          - E·F·G 등 분과장사 맡아

The bullet hangs from an item whose subject is a public body, and the programme is the one
the item named; a role word in the bullet says the organisations act in it. Only a bullet in
headline grammar is read so: a report's own sentence under a paragraph marker says more.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.round_items import SUB_BULLET, verbless

# What an organisation does in a programme: runs it, leads or joins it, supplies it.
_ROLE = re.compile(r"사업자|수행기관|운영사|주관|참여|맡아|맡는|맡았|공급|협약|선정|분과")


def members_of_the_item(text: str, mentions: list[Mention], parent: list[Mention], programme: Mention | None,
                        evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """PARTICIPATES_IN facts of a bullet under a public body's programme item."""
    if (programme is None or not parent or parent[0].actor.type != "Government"
            or not SUB_BULLET.match(text) or not _ROLE.search(text) or not verbless(text, mentions)):
        return []
    return [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6}, evidence(m.start, m.end))
            for m in mentions if m.actor.type in ORGANISATIONS and not m.discovered]
