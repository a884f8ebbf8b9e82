"""Programmes an English sentence lists as a government's policies: "The government is implementing
policies, including the establishment of X, designation of Y zones, and ...".

Each item that sets something up ("the establishment of", "designation of", "the launch of")
names a programme the government launched. Items that only grow or pursue something ("expansion
of GPUs", "strengthened cooperation with NVIDIA") set nothing up, and are left to the frames.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.listed_policies import state_acting
from loaders.relations.programme_money import Evidencer

_INCLUDING = re.compile(r"\b(?:policies|measures|initiatives|programmes|programs|steps|plans)\b,?\s"
                        r"(?:including|such as)\s(?P<list>[^.;]+)", re.I)
_ITEM = re.compile(r"[^,]+")
_SETS_UP = re.compile(r"\s*(?:and\s)?(?:the\s)?(?:establishment|creation|designation|launch|introduction|setting up)"
                      r"\sof\s(?:an?\s|the\s)?(?P<object>[^,]+?)\s*$", re.I)
_MAX_WORDS = 6


def listed_english_policies(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                            evidence: Evidencer) -> list[Fact]:
    """LAUNCHED from the sentence's state subject to each programme its policy list sets up."""
    if "including" not in text and "such as" not in text:
        return []
    listed = _INCLUDING.search(text)
    if listed is None:
        return []
    subject = next((m for m in mentions if m.end <= listed.start()), None)
    giver = state_acting(subject.actor, government_of) if subject else None
    if giver is None:
        return []
    facts: list[Fact] = []
    for item in _ITEM.finditer(text, listed.start("list"), listed.end("list")):
        sets_up = _SETS_UP.match(item.group(0))
        if sets_up is None:
            continue
        lo = item.start() + sets_up.start("object")
        hi = item.start() + sets_up.end("object")
        programme = _programme(text[lo:hi], [m for m in mentions if lo <= m.start < hi], giver)
        if programme is not None:
            facts.append(Fact(giver, "LAUNCHED", programme, {"confidence": 0.6}, evidence(lo, hi)))
    return facts


def _programme(name: str, inside: list[Mention], giver: Actor) -> Actor | None:
    """A known programme the item names, else a new one; none if the item names another actor."""
    if inside:
        return inside[0].actor if len(inside) == 1 and inside[0].actor.type == "Program" else None
    if len(name.split()) > _MAX_WORDS:
        return None
    return discovered_programme(name, giver.country)
