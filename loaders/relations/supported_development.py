"""Development a government supports: "정부는 ... 초거대 AI(버티컬 파운데이션 모델) 개발도 지원하고 있다".

A state that supports the development of something it describes rather than names funds a
project known by what is developed. The phrase before 개발, with 개발, names it; a bracketed gloss after
that phrase ("(버티컬 파운데이션 모델)") is the project's other name. Only a state: a firm that
"supports the development" of something helps a partner, it does not fund a programme.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.listed_policies import state_acting
from loaders.relations.money_spent_on import description_start
from loaders.relations.programme_money import Evidencer

_SUBJECT = ("은", "는", "이", "가")
# "X(Y) 개발도 지원하고", "X 개발을 적극 지원한다": the gloss, 개발, its particle, the support verb.
# Not "X 개발을 지원하는 등 ... 정책을 발표": an example of what a policy may do, not a project.
_SUPPORTED = re.compile(r"(?P<gloss>[(（](?P<other>[^()（）]{2,30})[)）])?\s?개발(?:을|도|에도)?\s(?:[^\s,.]+\s)?"
                        r"지원(?:하(?!는\s?등)|했|한(?!\s?등)|해|할|키로|을\s(?:확대|강화))")


def supported_development(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                          evidence: Evidencer) -> list[Fact]:
    """FUNDS from the state subject to the development project it supports."""
    if "개발" not in text or "지원" not in text:
        return []
    facts: list[Fact] = []
    for supported in _SUPPORTED.finditer(text):
        end = supported.start()
        start = description_start(text, end, mentions)
        if start is None:
            continue
        subject = next((m for m in reversed(mentions) if m.end <= start and m.particle in _SUBJECT), None)
        giver = state_acting(subject.actor, government_of) if subject else None
        if giver is None:
            continue
        name = f"{text[start:end]} 개발"
        aliases = [supported.group("other").strip()] if supported.group("other") else []
        programme = discovered_programme(name, giver.country, aliases, scoped_to=giver)
        facts.append(Fact(giver, "FUNDS", programme, {"confidence": 0.6}, evidence(start, supported.end())))
    return facts
