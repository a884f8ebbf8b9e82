"""A fund set up inside the body that holds its money: "A는 B은행에 설치하는 C기금(N원)에 더해 ...".

A public fund is often placed at a state bank or agency ("산업은행에 설치하는 기금", "기금은 공사에
설치된다"): the body it is set up in holds and pays out its money, so it FUNDS the fund, and the
fund the sentence is about (the topic, which that fund is part of). Only a fund right after the
verb counts: "과학기술정보통신부에 설치된 자문위원회" is a committee, which holds no money.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.programme_money import Evidencer

# "B에 설치하는", "B에 신설된", "B에 조성될": set up inside the body before.
_SET_UP_IN = re.compile(r"\s?(?:설치|신설|조성)(?:하는|한|된|될)\s")
_HOLDERS = ("Investor", "Company", "Government")
_FUND_WITHIN = 15  # characters between the verb and the fund's name


def funds_held_by_a_bank(text: str, mentions: list[Mention], evidence: Evidencer) -> list[Fact]:
    """FUNDS from the body a fund is set up in to that fund and to the sentence's topic fund."""
    if "설치" not in text and "신설" not in text and "조성" not in text:
        return []
    facts: list[Fact] = []
    for holder in mentions:
        set_up = _SET_UP_IN.match(text, holder.after) if holder.particle == "에" else None
        if set_up is None or holder.actor.type not in _HOLDERS:
            continue
        fund = next((m for m in mentions if set_up.end() <= m.start <= set_up.end() + _FUND_WITHIN), None)
        if fund is None or fund.actor.kind != "fund":
            continue
        topics = [m for m in mentions if m.end <= holder.start and m.particle in ("은", "는")
                  and m.actor.kind == "fund" and m.actor.id != fund.actor.id]
        facts += [Fact(holder.actor, "FUNDS", f.actor, {"confidence": 0.6}, evidence(holder.start, fund.end))
                  for f in [fund, *topics[:1]]]
    return facts
