"""Programmes a Korean report describes instead of naming: money put up, and a joint project.

Policy and economic reports often describe a fund or a budget by its size instead of naming it:
"정부가 약 3조 원 규모의 펀드를 조성한다고 발표", "A은행은 1조 위안의 특별 금융 지원을 제공",
"정부는 35조 원의 R&D 예산 편성을 공표". An analyst still wants who put up how much, so the
phrase from the amount to its head noun becomes the programme's name ("약 3조 원 규모의 펀드"),
the amount its relationship's amount. Setting a fund or plan up is a launch; providing or
budgeting money is funding, and "... 제공하겠다는 계획을 내놓았다" is both.

Only a state or public body may set up a described budget, grant or investment; a firm or an
investor only a described fund: "A사는 10조 원 규모의 투자를 계획" is a firm's own spending,
not a programme. A described programme is known only through whoever sets it up, so its node id
carries the giver's id: "1조 원의 지원" of two governments are two programmes.

Several organisations that set something up together ("A, B, C가 협력하여 파리 인근에 1.4GW급
유럽 최대 규모 AI 캠퍼스를 설립할 계획") take part in one project even if it has no name: its
description, the run of bare words before the object particle, stands for it. Only a
description of three words or more: "데이터센터를 구축" or "투자 계획을 발표" says too little to tell
one project from another.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.noun_phrases import _NOUNS_LIKE_PARTICLES, DETERMINERS, is_bare_noun, particle_ending
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.programme_money import CLAUSE_BREAK, Evidencer

_STATES = ("Government", "Country")
_FUND_SETTERS = (*_STATES, "Investor", "Company")
_SUBJECT = ("은", "는", "이", "가")
_FUND = re.compile(r"펀드|기금")
# "약 3조 원 규모의 펀드를 조성", "1조 위안(약 200조 원)의 특별 종합 금융 지원을 제공",
# "35조 원의 R&D 예산 편성을 공표": the amount, a gloss, 의, a few bare words, the head, the act.
_DESCRIBED = re.compile(
    r"(?P<gloss>\s?[(（][^()（）]{1,30}[)）])?\s?(?:규모|상당)?의\s(?P<words>(?:[^\s,.()]+\s){0,4}?)"
    r"(?P<head>펀드|기금|투자|지원|예산|보조금)(?:\s(?P<budgeting>편성|조성|마련))?(?:을|를)\s(?:[^\s,.]+\s)?"
    r"(?P<verb>조성|결성|설립|출범|마련|계획|발표|공표|내놓|추진|제공|투입|편성)")
_PROVIDES = ("제공", "투입", "편성")
# "... 지원을 제공해 ... 육성하겠다는 계획을 내놓은": the provision is the plan announced.
_PLAN_ANNOUNCED = re.compile(r"계획을\s(?:[^\s,.]+\s)?(?:발표|내놓|공개|공표)")
# "약 3조 원", "총 100조 원": a hedge before the figure, which reports may leave out when they cite it.
_HEDGE = re.compile(r"(?:약|총|최대|최소|연간)\s?")


def described_money_facts(text: str, mentions: list[Mention], topic: list[Mention],
                          government_of: Callable[[str], Actor | None], evidence: Evidencer) -> list[Fact]:
    """The facts of the construction above in one sentence; ``topic`` stands in for a subject
    the sentence leaves out ("먼저 총 100조 원의 투자를 계획하고 있으며")."""
    if "의 " not in text:
        return []
    facts: list[Fact] = []
    for amount in find_amounts(text):
        described = _DESCRIBED.match(text, amount.end)
        if described is None or not all(is_bare_noun(w) for w in described.group("words").split()):
            continue
        if any(amount.start < m.end and m.start < described.end("head") for m in mentions):
            continue  # a named programme ("N원 규모의 ‘X 펀드’") is read by the frames
        giver = _giver(text, mentions, topic, amount.start, government_of)
        head = described.group("head")
        if giver is None or (giver.type not in _STATES and not _FUND.fullmatch(head)):
            continue
        gloss = described.span("gloss") if described.group("gloss") else (amount.end, amount.end)
        name = (text[amount.start:gloss[0]] + text[gloss[1]:described.end("head")]).strip()
        programme = _described_programme(name, giver, described.group("words") + head)
        props = {**amount.properties(), "confidence": 0.6}
        where = evidence(amount.start, described.end())
        provides = described.group("verb") in _PROVIDES or described.group("budgeting") == "편성"
        if provides:
            facts.append(Fact(giver, "FUNDS", programme, props, where))
        if not provides or _PLAN_ANNOUNCED.search(text, described.end()):
            facts.append(Fact(giver, "LAUNCHED", programme, props, where))
    return facts


def _giver(text: str, mentions: list[Mention], topic: list[Mention], pos: int,
           government_of: Callable[[str], Actor | None]) -> Actor | None:
    """The subject nearest before ``pos`` in the same clause, else the passage's topic; a
    country acts through its government."""
    before = [m for m in mentions if m.end <= pos and m.particle in _SUBJECT]
    if before and CLAUSE_BREAK.search(text, before[-1].end, pos) is None:
        actor = before[-1].actor
    elif not [m for m in mentions if m.end <= pos] and topic:
        actor = topic[0].actor
    else:
        return None
    if actor.type == "Country" and actor.country:
        actor = government_of(actor.country) or actor
    return actor if actor.type in _FUND_SETTERS else None


def _described_programme(name: str, giver: Actor, what: str) -> Actor:
    """A programme named by its description, with the hedge-free form as an alias, and what it is
    without its size ("R&D 예산" of "35조 원의 R&D 예산") where that says more than the head noun:
    a later sentence or a reader names the budget so, the size being a property of it."""
    hedge = _HEDGE.match(name)
    bare = name[hedge.end():] if hedge else name
    aliases = [bare] if bare != name else []
    if " " in what:
        aliases.append(what)
    return discovered_programme(name, giver.country, aliases, scoped_to=giver)


_OBJECT = re.compile(r"(?<=[^\s,.])(?:을|를)(?=\s)")
# Words that cannot stand inside a description of one thing: adverbs, verbs of saying, counters.
_NOT_IN_DESCRIPTION = frozenset("따라 위해 통해 함께 공동으로 협력하여 협력해 모든 주요 각종 여러 일부 각 관련 기타 등 및".split())
_DESCRIBING_VERB = re.compile(r"(?:한|된|할|될|던|는|운|른|인|고|해|하며|되며|으며|하여|되어|해서|도록|다는|려는)$")
_MIN_WORDS = 3


def described_project(text: str, lo: int, hi: int, mentions: list[Mention], sets_up: re.Pattern) -> Actor | None:
    """The project the first object between ``lo`` and ``hi`` that ``sets_up`` governs describes,
    named by its description; None if the object is no description of three words or more."""
    for obj in _OBJECT.finditer(text, lo, hi):
        if not sets_up.match(text, obj.end()):
            continue
        words = _description_words(text, lo, obj.start(), mentions)
        while words and words[0][1] in DETERMINERS:
            words.pop(0)
        if len(words) < _MIN_WORDS:
            return None
        name = text[words[0][0]:obj.start()]
        return discovered_programme(name)
    return None


def _description_words(text: str, lo: int, end: int, mentions: list[Mention]) -> list[tuple[int, str]]:
    """The bare words that end at ``end``, leftwards until a particle, a verb form or a name."""
    words: list[tuple[int, str]] = []
    pos = end
    while pos > lo:
        start = text.rfind(" ", lo, pos) + 1 or lo
        word = text[start:pos]
        inflected = particle_ending(word) and word not in _NOUNS_LIKE_PARTICLES
        if (not word or (words and inflected) or (len(word) > 1 and _DESCRIBING_VERB.search(word))
                or word in _NOT_IN_DESCRIPTION or any(m.start < pos and start < m.end for m in mentions)):
            break
        words.insert(0, (start, word))
        if start <= lo or text[start - 1] != " ":
            break
        pos = start - 1
    return words
