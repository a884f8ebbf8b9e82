"""Programmes a state makes out of existing ones.

"이를 위해 기존 X 허브(X Hubs)를 Y 센터(Y Centres)로 전환하여 …": turning a programme into a new
one launches the new one. The old name is a known programme (so "매출을 흑자로 전환" is none); the
new one is the words before 로/으로, with its bracketed gloss as an alias. The agent is the state
subject of the sentence or, as Korean drops it, the state the passage is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.listed_policies import state_acting
from loaders.relations.programme_money import Evidencer

_SUBJECT = ("은", "는", "이", "가")
# "를 Y 센터(Y Centres)로 전환하여", "을 Y 프로그램으로 개편": the new programme between 를 and 로.
_INTO = re.compile(r"(?:을|를)\s(?P<new>[^\s,.()（）][^,.()（）]{1,40}?(?:\s?[(（](?P<gloss>[^()（）]{2,60})[)）])?)"
                   r"(?:으로|로)\s(?:확대\s)?(?:전환|개편|재편|격상)(?:하여|해|하고|하며|했다|하였다|한다|할|된|되었다|됐다)")
_GLOSS = re.compile(r"\s?[(（][^()（）]*[)）]$")
# What may stand between the old programme's name and its particle: nothing, or its gloss.
_BARE_OR_GLOSSED = re.compile(r"\s?(?:[(（][^()（）]*[)）])?")


def converted_programmes(text: str, mentions: list[Mention], topic: list[Mention],
                         government_of: Callable[[str], Actor | None], evidence: Evidencer) -> list[Fact]:
    """LAUNCHED from the state to the programme it makes out of a known one."""
    if "로 " not in text or not any(w in text for w in ("전환", "개편", "재편", "격상")):
        return []
    facts: list[Fact] = []
    for into in _INTO.finditer(text):
        old = next((m for m in mentions if m.end <= into.start() and m.particle in ("을", "를")
                    and m.actor.type == "Program" and _BARE_OR_GLOSSED.fullmatch(text, m.end, into.start())), None)
        if old is None or any(into.start("new") <= m.start < into.end("new") for m in mentions):
            continue
        giver = _state(mentions, old, topic, government_of)
        if giver is None:
            continue
        name = _GLOSS.sub("", into.group("new")).strip()
        programme = discovered_programme(name, giver.country, [into.group("gloss")] if into.group("gloss") else [])
        facts.append(Fact(giver, "LAUNCHED", programme, {"confidence": 0.6}, evidence(old.start, into.end())))
    return facts


def _state(mentions: list[Mention], old: Mention, topic: list[Mention],
           government_of: Callable[[str], Actor | None]) -> Actor | None:
    """The state subject before the old programme, else the passage's state."""
    subject = next((m for m in reversed(mentions) if m.end <= old.start and m.particle in _SUBJECT), None)
    if subject is not None:
        return _acting(subject.actor, government_of)
    return next((a for a in (_acting(m.actor, government_of) for m in topic) if a), None)


def _acting(actor: Actor, government_of: Callable[[str], Actor | None]) -> Actor | None:
    """A government, or a state; a union of states (the EU) with no government of its own acts itself."""
    if actor.type == "Country" and not actor.country:
        return actor
    return state_acting(actor, government_of)
