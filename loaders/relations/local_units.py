"""A company's unit abroad, named by its country and 법인: "일본 법인 X는", "싱가포르 현지 법인 X를 세웠다".

Korean news and company pages name a subsidiary by where it is incorporated: "일본 법인 누리재팬은
지난달 도쿄에 문을 열었고", "미국 현지 법인 Acme US Inc.를 세웠습니다", "A의 일본 법인인 B",
"한국법인 B". The name after 법인 is the unit's (no discovery pattern sees "누리재팬" alone); it is
a subsidiary of the company the sentence makes its owner ("A의 일본 법인", "A는 ... 한국법인 B를
세웠다"), else of the company the story or page is about (a history page's items too: "일본 자회사
'X' 설립"), and based in that country. The unit may also be the topic the 법인 is said of: "B는 A가
부산에 세운 한국법인으로".
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor
from loaders.discovery import describes_or_counts, discovered_actor
from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention, particle_at
from loaders.noun_phrases import names_an_act, particle_ending
from loaders.relations.fact import Fact, sentence_evidence

# "일본 법인 X", "싱가포르 현지 법인 X", "일본 자회사 X": a country word, 법인 or 자회사, then the unit's
# name (a word, or Latin words).
# "싱가포르에 현지 법인 'X'를 세우고", "일본 나고야에 현지 법인 'X'": where it was set up (a city may follow
# the country), and the name quoted.
_UNIT = re.compile(r"(?<![가-힣])(?P<country>[가-힣]{1,6}?)(?:(?:\s[가-힣]{1,6}?)?에)?\s?(?:현지\s)?(?:법인|자회사)(?:인)?\s[‘'\"“]?(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,5}"
                   r"|[가-힣][가-힣A-Za-z0-9]{1,12})")
# "B는 A가 세운 한국법인으로", "B는 A의 일본 법인이다": the 법인 predicated of the clause's topic.
_UNIT_PREDICATE = re.compile(r"(?<![가-힣])(?P<country>[가-힣]{1,6})\s?(?:현지\s)?법인(?:으로|이다|이며|이고|입니다)")
_COMPANIES = ("Startup", "Company", "Investor")
_TOPIC = ("은", "는")
_SUBJECT = ("이", "가")


def _may_name_a_unit(text: str) -> bool:
    """Whether ``text`` has a unit word at all: most sentences do not, and skip the patterns."""
    return "법인" in text or "자회사" in text


def _unit_phrases(text: str, gazetteer: Gazetteer):
    """The "<country> 법인 <name>" phrases of ``text`` whose country word is a country; a word that is
    none ("지난달 싱가포르에 현지 법인") gives way to the next one, which may name it."""
    pos = 0
    while (m := _UNIT.search(text, pos)) is not None:
        country = gazetteer.lookup(m.group("country"))
        if country is not None and country.type == "Country":
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def local_unit_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The names after "<country> 법인" no mention covers, as discovered companies with their particle."""
    found: list[Mention] = []
    for m in _unit_phrases(text, gazetteer) if _may_name_a_unit(text) else ():
        name = m.group("name")
        stem = name[:len(name) - len(particle_ending(name))] if not name.isascii() else name
        start, end = m.start("name"), m.start("name") + len(stem)
        # "독일 법인 산하로 편입": a word after 법인 that says how it stands is no unit's name
        if len(stem) < 2 or names_an_act(stem) or describes_or_counts(stem) or any(k.start < end and start < k.end for k in mentions):
            continue
        unit = Mention(start, end, discovered_actor(stem, "company"), stem, discovered=True)
        unit.particle, unit.after = particle_at(text, end)
        found.append(unit)
    return found


def local_unit_facts(text: str, mentions: list[Mention], parent: list[Mention], gazetteer: Gazetteer,
                     doc_id: str, line_at) -> list[Fact]:
    """SUBSIDIARY_OF its owner and BASED_IN the country, for each unit named after "<country> 법인"
    or said to be one."""
    if not _may_name_a_unit(text):
        return []
    facts: list[Fact] = []
    for m in _unit_phrases(text, gazetteer):
        unit = next((k for k in mentions if k.start <= m.start("name") < k.end), None)  # a quoted name's mention holds the quote
        owner = _owner_named(text, mentions, m.start(), _TOPIC) or (parent[0] if parent else None)
        facts += _unit_facts(unit, owner, m.group("country"), gazetteer, sentence_evidence(doc_id, line_at, text))
    for m in _UNIT_PREDICATE.finditer(text):
        unit = next((k for k in reversed(mentions) if k.end <= m.start() and k.particle in _TOPIC), None)
        owner = _owner_named(text, mentions, m.start(), _SUBJECT)
        facts += _unit_facts(unit, owner, m.group("country"), gazetteer, sentence_evidence(doc_id, line_at, text))
    return facts


def _owner_named(text: str, mentions: list[Mention], start: int, particles: tuple[str, ...]) -> Mention | None:
    """The owner the sentence gives the 법인 starting at ``start``: "A의" right before it, else the
    nearest earlier mention with one of ``particles`` (the clause's topic or subject)."""
    before = [k for k in mentions if k.end <= start]
    if before and before[-1].particle == "의" and not text[before[-1].after:start].strip():
        return before[-1]
    return next((k for k in reversed(before) if k.particle in particles), None)


def _unit_facts(unit: Mention | None, owner: Mention | None, country_word: str, gazetteer: Gazetteer,
                evidence) -> list[Fact]:
    country = gazetteer.lookup(country_word)
    if country is None or country.type != "Country" or unit is None or owner is None \
            or owner.actor.type not in _COMPANIES or unit.actor.id == owner.actor.id:
        return []
    actor = unit.actor if unit.actor.type in _COMPANIES else _as_company(unit.actor)
    return [Fact(actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.6}, evidence),
            Fact(actor, "BASED_IN", country.to_actor(), {"confidence": 0.6}, evidence)]


def _as_company(actor: Actor) -> Actor:
    return replace(actor, type="Company", kind=None, aliases=list(actor.aliases))
