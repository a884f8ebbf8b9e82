"""Companies a government puts on a restricted list.

Export-control and sanctions news names the act by its list: "The Commerce Department added
two Chinese operators, A and B, to the Entity List", "Treasury placed A on its sanctions list".
The government before the verb regulates each company between the verb and the list. Korean
news puts the list last: "상무부가 A와 B를 엔티티 리스트에 올렸다", "A를 제재 명단에 추가".
The list's new members may also follow it (", among them A and B"), and a passive names the
list's owner after them ("A was added to the Commerce Department's Entity List").
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.places import CITY_COUNTRY

_VERB = re.compile(r"\b(?:added|adds|adding|placed|places|placing|put|puts|putting)\s")
# "to the Entity List", "on its export blacklist", "to the US sanctions list".
_LIST = re.compile(r"\s(?:to|on|onto)\s+(?:the|its|their|a)\s+(?:[\w.-]+\s+){0,3}?(?:[Ll]ist|blacklist|[Bb]lacklist)\b")
# "'s Entity List", "'s export blacklist": the list a government owns.
_LIST_NAMED = re.compile(r"['’]s\s+(?:[\w.-]+\s+){0,3}?(?:[Ll]ist|blacklist|[Bb]lacklist)\b")
# "two Chinese GPU-cloud operators, A and B": a name-like word before a noun describes the listed;
# "Hangzhou's A": so does a place or an owner in the possessive.
_MODIFIES_A_NOUN = re.compile(r"['’]s\s|\s+(?!and\b|or\b)[a-z]")
# "added A, a developer backed by B, to ...", "A, a unit of B,", "A, a designer based in Shenzhen,": a
# name a preposition governs belongs to the description of the listed one, not to the list.
_GOVERNED = re.compile(r"\b(?:by|of|from|with|in|at)\s+(?:the\s+)?$")
_REGULATORS = ("Government",)
# "... to the Entity List on Tuesday, among them A and a Shenzhen server integrator, B": the list's new members
# named after it.
_AMONG_THEM = re.compile(r"(?:\s+[^,.;]{1,30}?)?,\s+(?:among\s+them|including|among\s+which)\s")
# "A was added to the US Commerce Department's Entity List": the listed is the subject, the list's
# owner the government.
_PASSIVE_LISTED = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:added|placed|put)\s+(?:to|on|onto)\s+(?:the\s+)?(?:U\.?S\.?\s+|[A-Z][a-z]+\s+)?$")
# Where a description of a listed company turns into a clause of its own.
_CLAUSE_END = re.compile(r"[;.]|\b(?:that|which|who)\b")


def listed_companies(text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """REGULATES facts of a sentence putting companies on a restricted list."""
    if "ist" not in text:
        return []  # most sentences: no list
    facts = []
    for verb in _VERB.finditer(text):
        listed = _LIST.search(text, verb.end())
        agent = next((m for m in reversed(mentions) if m.end <= verb.start() and m.actor.type in _REGULATORS), None)
        if listed is None or agent is None:
            continue
        facts += [Fact(agent.actor, "REGULATES", m.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
                  for m in mentions if verb.end() <= m.start and m.end <= listed.start()
                  and _listed(text, m, verb.end(), listed.start())]
        facts += [Fact(agent.actor, "REGULATES", m.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
                  for m in _named_after_list(text, mentions, listed.end())]
    return facts + _passive_listed(text, mentions, doc_id, line_at)


def _named_after_list(text: str, mentions: list[Mention], end: int) -> list[Mention]:
    """The companies named after the list by ", among them": up to the clause that describes one."""
    among = _AMONG_THEM.match(text, end)
    if among is None:
        return []
    stop = _CLAUSE_END.search(text, among.end())
    stop_at = stop.start() if stop else len(text)
    return [m for m in mentions if among.end() <= m.start and m.end <= stop_at and _listed(text, m, among.end())]


def _listed(text: str, m: Mention, start: int, list_start: int = -1) -> bool:
    """True if ``m``, named after ``start``, is a company put on the list: an organisation that
    neither describes the noun after it nor belongs to a prepositional phrase describing another.
    A name right before the list's "to"/"on" (``list_start``) is the one put on it ("added A to
    its Entity List"): the preposition is no noun it describes."""
    return m.actor.type in ORGANISATIONS and (m.end == list_start or not _MODIFIES_A_NOUN.match(text, m.end)) \
        and not _GOVERNED.search(text, start, m.start) and not _place_in_brackets(text, m)


def _place_in_brackets(text: str, m: Mention) -> bool:
    """True for "(Hangzhou)" after a listed name: where that company is, no company of its own."""
    return m.discovered and m.surface in CITY_COUNTRY and text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")"


def _passive_listed(text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """"A was added to the US Commerce Department's Entity List": the owner of the list regulates A."""
    facts = []
    for owner in mentions:
        if owner.actor.type not in _REGULATORS or not _LIST_NAMED.match(text, owner.end):
            continue
        passive = _PASSIVE_LISTED.search(text, max(0, owner.start - 60), owner.start)
        if passive is None:
            continue
        subject = next((m for m in reversed(mentions) if m.end <= passive.start()), None)
        if subject is not None and subject.actor.type in ORGANISATIONS:
            facts.append(Fact(owner.actor, "REGULATES", subject.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text)))
    return facts


# "엔티티 리스트에 올렸다", "블랙리스트에 추가", "수출통제 명단에 등재", "'우려거래자 목록(Entity List)'에 추가",
# "수출 금지 기업 명단에 올린": the list (maybe glossed and quoted), then the verb of putting on it.
_KO_LIST = re.compile(r"(?:엔티티|블랙|우려\s?거래자|제재|수출\s?(?:통제|금지)|거래\s?제한)\s?(?:기업\s?)?(?:명단|리스트|목록)"
                      r"(?:\s?\([^)]{1,30}\))?[’'”\"]?\s?(?:에|으로|로)\s?(?:[^\s.,]+\s)?(?:올|추가|등재|포함|지정|편입)")
_KO_AGENT_MARKS = ("이", "가", "은", "는")
# The listed, each object-marked or joined to the next: "A와 B를", "A랑 B를", "A, B를".
_KO_LISTED_MARKS = ("을", "를", "와", "과", "랑", "이랑", "및", "")


def listed_companies_ko(text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """REGULATES facts of a Korean sentence putting companies on a restricted list: the government
    marked as the subject, the companies between it and the list."""
    if "리스트" not in text and "명단" not in text and "목록" not in text:
        return []  # most sentences: no list
    facts = []
    for listed in _KO_LIST.finditer(text):
        agent = next((m for m in reversed(mentions) if m.end <= listed.start() and m.actor.type in _REGULATORS
                      and m.particle in _KO_AGENT_MARKS), None)
        if agent is None:
            continue
        facts += [Fact(agent.actor, "REGULATES", m.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
                  for m in mentions if agent.end <= m.start and m.end <= listed.start() and m.actor.type in ORGANISATIONS
                  and m.particle in _KO_LISTED_MARKS]
    return facts
