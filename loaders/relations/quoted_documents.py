"""Policy documents a government publishes under a quoted title.

"NIST는 “Artificial Intelligence Risk Management Framework: Generative Artificial Intelligence
Profile(NIST AI 600-1)”을 발표": the quotation marks hold the document's whole title; its Latin
words, read one by one, look like company names, yet the title names one programme (a framework,
a guideline, a plan) that the government launched. The bracket at the end of the title is its
short name. Only a title of three words or more: a short quoted word may be a product or a firm.

A note defining a quoted term says where it was first put forward: "‘X’는 중국에서 2018년 말
회의를 통해 처음 제시된 개념으로" (X is a policy idea China's government launched). The place
marked 에서 (or the agent marked 에 의해) before the passive verb is the state that launched it.

A vision a state announces is its strategy's name: "위원회에서 ‘X 강국(X3)’으로의 도약을 비전으로
발표했다", "정부는 ‘X’를 비전으로 제시했다". The quoted words name the national strategy launched; its
agent is the state subject or, with none, the public body marked 에서 (a committee, a ministry).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from loaders.discovery import DOCUMENT_TITLE
from loaders.mentions import Mention
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.listed_policies import state_acting
from loaders.relations.programme_money import Evidencer

_SUBJECT = ("은", "는", "이", "가")
_QUOTED = re.compile(r"[“\"「『](?P<title>[^“”\"」』\n]{8,200})[”\"」』]\s?(?:을|를)\s(?:[^\s,.]+\s)?"
                     r"(?:발표|공개|발간|제정|공표|내놓|채택)")
_SHORT_NAME = re.compile(r"\s?[(（](?P<short>[^()（）]{2,40})[)）]$")
_MIN_WORDS = 3
# "‘X’는 중국에서 ... 처음 제시된 개념으로", "‘X’란 정부에 의해 도입된 정책으로".
_DEFINED = re.compile(r"[‘“\"「](?P<name>[^‘’“”\"「」\n]{2,40})[’”\"」]\s?(?:은|는|이란|란)\s(?P<rest>[^.;]{0,80}?)"
                      r"(?:제시|발표|도입|제안|추진)된\s(?:[^\s,.]+\s)?(?:개념|정책|전략|구상|계획|이니셔티브)")
_AGENT = ("에서", "에 의해", "에의해")
# "‘X(X3)’으로의 도약을 비전으로 발표", "‘X’를 비전으로 제시": the quoted vision, at most two words before 비전.
_VISION = re.compile(r"[‘“\"「](?P<name>[^‘’“”\"「」\n]{2,60})[’”\"」]\s?(?:으로의|로의|을|를)\s"
                     r"(?:[^\s,.]+\s){0,2}?비전으로\s(?:[^\s,.]+\s)?(?:발표|제시|선포|공표|내걸|내세)")


def quoted_documents(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                     evidence: Evidencer) -> list[Fact]:
    """LAUNCHED from the state subject to each quoted title it publishes."""
    if "“" not in text and '"' not in text and "「" not in text and "『" not in text:
        return []
    facts: list[Fact] = []
    for quoted in _QUOTED.finditer(text):
        lo, hi = quoted.span("title")
        if any(m.actor.type == "Program" and m.start <= lo and hi <= m.end for m in mentions):
            continue  # a known programme: the frames read it
        subject = next((m for m in reversed(mentions) if m.end <= quoted.start() and m.particle in _SUBJECT), None)
        giver = state_acting(subject.actor, government_of) if subject else None
        if giver is None:
            continue
        name, short = _name_and_short(quoted.group("title"))
        if len(name.split()) < _MIN_WORDS or DOCUMENT_TITLE.search(name):
            continue  # "「2025년 AI 분야 벤처투자 동향」을 발표": statistics published, no programme
        programme = discovered_programme(name, giver.country, short)
        facts.append(Fact(giver, "LAUNCHED", programme, {"confidence": 0.7}, evidence(quoted.start(), quoted.end())))
    return facts


def defined_policy_terms(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                         evidence: Evidencer) -> list[Fact]:
    """LAUNCHED from the state a quoted policy term is said to come from, to the term."""
    if "된 " not in text:
        return []
    facts: list[Fact] = []
    for defined in _DEFINED.finditer(text):
        lo, hi = defined.span("rest")
        agent = next((m for m in mentions if lo <= m.start < hi and m.particle in _AGENT), None)
        giver = state_acting(agent.actor, government_of) if agent else None
        if giver is None:
            continue
        inside = [m for m in mentions if defined.start("name") <= m.start < defined.end("name")]
        name = defined.group("name").strip()
        known = inside[0].actor if len(inside) == 1 and inside[0].surface == name else None
        if known is not None and known.type != "Program":
            continue  # "‘A사’는 미국에서 처음 제시된 개념으로": a firm's name, no policy
        programme = known or discovered_programme(name, giver.country)
        facts.append(Fact(giver, "LAUNCHED", programme, {"confidence": 0.6}, evidence(defined.start(), defined.end())))
    return facts


def announced_visions(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                      evidence: Evidencer) -> list[Fact]:
    """LAUNCHED from the state (or the public body marked 에서) to the quoted vision it announces."""
    if "비전으로" not in text:
        return []
    facts: list[Fact] = []
    for vision in _VISION.finditer(text):
        before = [m for m in mentions if m.end <= vision.start()]
        agent = next((m for m in reversed(before) if m.particle in _SUBJECT), None) or next(
            (m for m in reversed(before) if m.particle == "에서" and m.actor.type == "Government"), None)
        giver = state_acting(agent.actor, government_of) if agent else None
        if giver is None:
            continue
        name, short = _name_and_short(vision.group("name"))
        programme = discovered_programme(name, giver.country, short)
        facts.append(Fact(giver, "LAUNCHED", programme, {"confidence": 0.6}, evidence(vision.start(), vision.end())))
    return facts


def _name_and_short(title: str) -> tuple[str, list[str]]:
    """A quoted title's name, and the short name it ends with in brackets, if any ("… 전략(AI G3)")."""
    title = title.strip()
    short = _SHORT_NAME.search(title)
    return (title[:short.start()].strip(), [short.group("short")]) if short else (title, [])
