"""A company's unit abroad, named by its country and 법인: "일본 법인 X는", "싱가포르 현지 법인 X를 세웠다".

Korean news and company pages name a subsidiary by where it is incorporated: "일본 법인 누리재팬은
지난달 도쿄에 문을 열었고", "미국 현지 법인 Acme US Inc.를 세웠습니다". The name after 법인 is
the unit's (no discovery pattern sees "누리재팬" alone); it is a subsidiary of the company the
story or page is about, and based in that country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor
from loaders.discovery import discovered_actor
from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention, particle_at
from loaders.noun_phrases import particle_ending
from loaders.relations.fact import Fact, sentence_evidence

# "일본 법인 X", "싱가포르 현지 법인 X": a country word, 법인, then the unit's name (a word, or Latin words).
_UNIT = re.compile(r"(?<![가-힣])(?P<country>[가-힣]{1,6})\s(?:현지\s)?법인\s(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,5}"
                   r"|[가-힣][가-힣A-Za-z0-9]{1,12})")
_COMPANIES = ("Startup", "Company", "Investor")


def local_unit_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The names after "<country> 법인" no mention covers, as discovered companies with their particle."""
    found: list[Mention] = []
    for m in _UNIT.finditer(text) if "법인" in text else ():
        country = gazetteer.lookup(m.group("country"))
        if country is None or country.type != "Country":
            continue
        name = m.group("name")
        stem = name[:len(name) - len(particle_ending(name))] if not name.isascii() else name
        start, end = m.start("name"), m.start("name") + len(stem)
        if len(stem) < 2 or any(k.start < end and start < k.end for k in mentions):
            continue
        unit = Mention(start, end, discovered_actor(stem, "company"), stem, discovered=True)
        unit.particle, unit.after = particle_at(text, end)
        found.append(unit)
    return found


def local_unit_facts(text: str, mentions: list[Mention], parent: list[Mention], gazetteer: Gazetteer,
                     doc_id: str, line_at) -> list[Fact]:
    """SUBSIDIARY_OF the company the story is about (``parent``) and BASED_IN the country, for each
    unit named after "<country> 법인"."""
    if "법인" not in text or not parent or parent[0].actor.type not in _COMPANIES:
        return []
    facts: list[Fact] = []
    for m in _UNIT.finditer(text):
        country = gazetteer.lookup(m.group("country"))
        unit = next((k for k in mentions if k.start == m.start("name")), None)
        if country is None or country.type != "Country" or unit is None or unit.actor.id == parent[0].actor.id:
            continue
        actor = unit.actor if unit.actor.type in _COMPANIES else _as_company(unit.actor)
        evidence = sentence_evidence(doc_id, line_at, text)
        facts += [Fact(actor, "SUBSIDIARY_OF", parent[0].actor, {"confidence": 0.6}, evidence),
                  Fact(actor, "BASED_IN", country.to_actor(), {"confidence": 0.6}, evidence)]
    return facts


def _as_company(actor: Actor) -> Actor:
    return replace(actor, type="Company", kind=None, aliases=list(actor.aliases))
