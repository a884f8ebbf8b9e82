"""Units an organisation sets up inside itself: teams, labs, offices, internal centres.

"A 딥러닝본부 내 X 팀 신설", "B의 Y 팀 출범", "C는 ‘Z지원센터’를 신설", "대통령실에 W수석실을
신설": the unit is a new body of its founder (FOUNDED), not a programme it launched. A centre
that is built ("AI 컴퓨팅센터 설립") is a project; one newly set up inside (신설) is a unit, and
so is an office (실). A unit of a government is part of it (Government); a company's team or lab is
a research body, which the schema files under University ("university or research institute").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor, Evidence, slugify
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import OPENING_QUOTES, Mention
from loaders.noun_phrases import phrase_start
from loaders.programme_heads import Head, enough_modifiers
from loaders.relations.fact import Fact

# A unit's head word, then (after a closing quote and 을/를) the verb that sets it up. Offices and
# centres take only 신설 ("센터를 설립" builds a centre), teams and labs a verb for a new body
# ("연구·개발팀을 설립" in another country is a branch); a graduate school is a university whoever
# sets it up ("사내 인가 대학원 설립").
_UNIT_SET_UP = re.compile(r"(?:(?P<unit>팀|랩|Labs?|Team|본부)|(?P<office>실|센터)|(?P<school>대학원))"
                          r"[’'」』\"”]?\s?(?:을|를)?\s?(?P<verb>신설|출범|발족|설립|개원)")
_SETS_UP = {"unit": ("신설", "출범", "발족"), "office": ("신설",), "school": ("설립", "신설", "개원")}
_SUBJECT = ("은", "는", "이", "가")
_NAMED_UNIT = Head("", "", "specific")


def units_founded(text: str, mentions: list[Mention], topic: list[Mention],
                  government_of: Callable[[str | None], Actor | None],
                  evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """FOUNDED facts for the units ``text`` says are set up; ``topic`` acts where the sentence
    names no founder ("(새 정부는 ...) 조직 측면에서는 대통령실에 W실을 신설")."""
    if not any(verb in text for verb in ("신설", "출범", "발족", "설립", "개원")):
        return []
    facts = []
    for m in _UNIT_SET_UP.finditer(text):
        head = next(g for g in _SETS_UP if m.group(g))
        if m.group("verb") not in _SETS_UP[head]:
            continue
        name, start = _unit_name(text, m.start(head), m.end(head))
        if name is None or any(n.start <= m.start(head) < n.end and n.actor.type != "Program" for n in mentions):
            continue  # the head is inside a known organisation's own name ("OO연구실"): nothing new
        founder = _founder(text, start, mentions, topic, government_of)
        if founder is None:
            continue
        kind = "Government" if founder.type == "Government" and head != "school" else "University"
        unit = Actor(id=slugify(name), name=name, type=kind, country=founder.country,
                     name_ko=name if re.search("[가-힣]", name) else None, discovered=True)
        facts.append(Fact(founder, "FOUNDED", unit, {"confidence": 0.6}, evidence(start, m.end())))
    return facts


def _unit_name(text: str, head_start: int, head_end: int) -> tuple[str | None, int]:
    """The unit's name ending at ``head_end`` and where it starts: a quoted title ("‘Z지원센터’"),
    or the bare nouns before the head ("피지컬 AI 팀"), which must say more than generic words."""
    word_start = head_start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    stem = text[word_start:head_start]
    if stem and stem[0] in OPENING_QUOTES:
        return text[word_start + 1:head_end], word_start
    start, words = phrase_start(text, word_start, [])
    modifiers = words + ([stem] if stem else [])
    if not modifiers or not enough_modifiers(_NAMED_UNIT, modifiers):
        return None, head_start
    return " ".join(text[start:head_end].split()), start


def _founder(text: str, unit_start: int, mentions: list[Mention], topic: list[Mention],
             government_of: Callable[[str | None], Actor | None]) -> Actor | None:
    """Who sets the unit up: the subject before it, an owner marked 의 right before it ("B의 Y
    팀"), a name opening a headline or table row ("A 딥러닝본부 내 X 팀 신설"), else the topic."""
    before = [n for n in mentions if n.end <= unit_start and n.actor.type in ORGANISATIONS_AND_GOVERNMENT | {"Country"}]
    owner = next((n for n in reversed(before) if n.particle in _SUBJECT), None)
    if owner is None:
        owner = next((n for n in before if n.particle == "의" and not text[n.after:unit_start].strip()), None)
    if owner is None and before and before[0].start == 0 and not before[0].particle:
        owner = before[0]
    if owner is None:
        owner = next((n for n in topic[:1] if n.actor.type in ORGANISATIONS_AND_GOVERNMENT | {"Country"}), None)
    if owner is None:
        return None
    if owner.actor.type == "Country":
        return government_of(owner.actor.country)
    return owner.actor
