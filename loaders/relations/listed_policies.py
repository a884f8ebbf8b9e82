"""Policies a government announces by listing them: "정부가 X, Y 등의 정책을 발표했다".

The list names each policy by its bare noun phrase ("국가데이터센터 설치, 에너지 고속도로 등의
정책을 발표"), with the kind of thing they are (정책, 전략, 계획, 사업 ...) only once, after 등.
No frame reads them, as no item is a known name; but each named item ("에너지 고속도로") is a
programme the subject launched. An item that names an act ("국가데이터센터 설치") is a description
of what a policy does, not its name: an analyst reading the node list sees a phrase, not a programme.
Only a state sets up policies this way: "A사는 X, Y 등의 사업을 추진" lists a firm's business
lines, not programmes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from loaders.mentions import Mention
from loaders.noun_phrases import is_bare_noun, names_an_act
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.programme_money import Evidencer

_SUBJECT = ("이", "가", "은", "는")
# "X, Y 등의 정책을 발표", "X, Y 등 3대 전략을 추진": the list ends at 등, the kind of policy follows.
_LISTED = re.compile(r"\s?등(?:의)?\s(?:[^\s,.]+\s){0,2}?(?:정책|전략|계획|과제|사업|프로젝트|이니셔티브|프로그램|대책)"
                     r"(?:을|를)\s(?:[^\s,.]+\s)?(?:발표|추진|내놓|제시|시행|도입|공개|마련|수립|공표)")
_ITEM_BREAK = re.compile(r",\s?|\s및\s|·")
_MAX_WORDS = 4


def listed_policies(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                    evidence: Evidencer) -> list[Fact]:
    """Each listed policy, launched by the subject of its clause."""
    if "등" not in text:
        return []
    facts: list[Fact] = []
    for listed in _LISTED.finditer(text):
        subject = next((m for m in reversed(mentions) if m.end <= listed.start() and m.particle in _SUBJECT), None)
        giver = state_acting(subject.actor, government_of) if subject else None
        if giver is None:
            continue
        for lo, hi in _items(text, _after_dates(text, subject.after or subject.end), listed.start()):
            programme = _programme(text[lo:hi], [m for m in mentions if lo <= m.start < hi], giver)
            if programme is not None:
                facts.append(Fact(giver, "LAUNCHED", programme, {"confidence": 0.6}, evidence(lo, listed.end())))
    return facts


def state_acting(actor: Actor, government_of: Callable[[str], Actor | None]) -> Actor | None:
    """The government acting: a country acts through its government; no other kind of actor."""
    if actor.type == "Country" and actor.country:
        actor = government_of(actor.country) or actor
    return actor if actor.type == "Government" else None


# "정부가 2025년 9월 X, Y 등의": the time of the announcement before the list.
_DATE_WORDS = re.compile(r"\s*(?:(?:\d{2,4}년|\d{1,2}월|\d{1,2}일|올해|지난해|최근)\s)+")


def _after_dates(text: str, pos: int) -> int:
    dates = _DATE_WORDS.match(text, pos)
    return dates.end() if dates else pos


def _items(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the list's items between ``lo`` and ``hi``; none if a part of the span is no
    list of short noun phrases (the list must fill the space from the subject to 등)."""
    spans, pos = [], lo
    for brk in [*_ITEM_BREAK.finditer(text, lo, hi), None]:
        end = brk.start() if brk else hi
        item = text[pos:end].strip()
        words = item.split()
        if not words or len(words) > _MAX_WORDS or not all(is_bare_noun(w) for w in words):
            return []
        spans.append((text.index(item, pos), text.index(item, pos) + len(item)))
        pos = brk.end() if brk else hi
    return spans if len(spans) >= 2 else []


def _programme(item: str, inside: list[Mention], giver: Actor) -> Actor | None:
    """The programme an item names: a known programme if it is one, else a new one by its name.
    An item naming another kind of actor ("A, B 등의 기업") is no policy, nor one that describes
    an act ("국가데이터센터 설치"): the list then names the policy only by what it will do."""
    if names_an_act(item):
        return None
    if inside:
        whole = inside[0].surface == item and len(inside) == 1
        return inside[0].actor if whole and inside[0].actor.type == "Program" else None
    return discovered_programme(item, giver.country)
