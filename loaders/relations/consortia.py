"""Consortia carrying out a programme, as the press and ministries write them.

A government programme is carried out by consortia, each called after the organisation leading
it: "A, B, C가 각각 주관하는 3개 컨소시엄을 선정했다" names the leads, "A 컨소시엄에는 D와 E가
참여한다" (or "... 이름을 올렸다") a lead and its members. Leads and members alike take part in the
programme the consortia carry out: the one the document says it selects for, else the one the
passage named last. The consortium itself is no actor: it is the group of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor, Evidence
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "A 컨소시엄에는 ", "A 컨소시엄엔 ": what follows lists the consortium's members.
_MEMBERS_OF = re.compile(r"\s?컨소시엄(?:에는|엔|에)\s")
# What the members do: "참여한다", "이름을 올렸다", "합류했다", "포함됐다".
_JOIN = re.compile(r"\s*(?:참여|참가|합류|가세|포함|이름을\s?올)")
# "A, B, C가 각각 주관하는 3개 컨소시엄", "A가 이끄는 컨소시엄": A leads a consortium.
_LEADS = re.compile(r"\s(?:각각\s)?(?:주관|주도|이끌|이끄)(?:하는|한|는)\s(?:\d+\s?개\s?)?컨소시엄")
# "A가 주관하고 D와 E가 참여한다": A leads the consortium the others join.
_LEADS_THE_MEMBERS = re.compile(r"\s?주관(?:하고|하며)\s(?:[^\s,.]+\s){1,8}?[^\s,.]*(?:이|가)\s(?:참여|합류)")
# What may stand between the names of a list: a comma, and/or, a space.
_LIST_GAP = re.compile(r"\s*(?:,|·|및)?\s*")
_SUBJECT = ("이", "가", "도")
# "D(KIST) 등이 ", "E 등도 ": the list closed by 등, the particle after it.
_CLOSED_BY_ETC = re.compile(r"[)）]?(?:\s?[(（][^()（）]{1,40}[)）])?\s?등(?:이|도)\s")
# "A 컨소시엄(B, C, D 등)": the members listed in brackets after the consortium.
_MEMBERS_IN_BRACKETS = re.compile(r"\s?컨소시엄\s?[(（](?P<members>[^()（）]{2,80})[)）]")

# "제조 분야는 A 컨소시엄이 따냈다", "공공 분야는 B 컨소시엄에 돌아갔다": the consortium A leads won a place.
_WON_BY = re.compile(r"\s?컨소시엄(?:이|가)\s(?:[^\s,.]+\s)?(?:따냈|따내|차지했|거머쥐었)|\s?컨소시엄에\s(?:[^\s,.]+\s)?돌아갔")


def consortium_members(text: str, mentions: list[Mention], programme: Mention | None, doc_id: str,
                       line_at) -> list[Fact]:
    """PARTICIPATES_IN the programme for the leads and the members of the consortia ``text`` names."""
    if programme is None or "컨소시엄" not in text:
        return []
    organisations = [m for m in mentions if m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    facts = []
    evidence = sentence_evidence(doc_id, line_at, text)
    for marker in _MEMBERS_OF.finditer(text):
        lead = next((m for m in organisations if not m.particle and not text[m.end:marker.start()].strip()), None)
        members = _members_after(text, organisations, marker.end())
        facts += _lead_and_members(lead if members else None, members, programme.actor, evidence)
    for bracket in _MEMBERS_IN_BRACKETS.finditer(text):
        lead = next((m for m in organisations if m.end == bracket.start() or m.after == bracket.start()), None)
        members = [m for m in organisations if bracket.start("members") <= m.start and m.end <= bracket.end("members")]
        facts += _lead_and_members(lead, members, programme.actor, evidence) if lead is not None else []
    if _WON_BY.search(text):
        # the consortium won a place in the programme: its lead takes part
        facts += [_takes_part(m.actor, programme.actor, "lead", evidence) for m in organisations
                  if _WON_BY.match(text, m.end)]  # right after the name: the consortium's, not the name's particle
    for leads in _LEADS.finditer(text):
        facts += [_takes_part(m.actor, programme.actor, "lead", evidence)
                  for m in _list_ending_at(text, organisations, leads.start())]
    return facts


def _lead_and_members(lead: Mention | None, members: list[Mention], programme: Actor, evidence: Evidence) -> list[Fact]:
    """The consortium's lead, if it has members, and its members take part in the programme."""
    facts = [_takes_part(lead.actor, programme, "lead", evidence)] if lead is not None and members else []
    return facts + [_takes_part(m.actor, programme, None, evidence) for m in members]


def _members_after(text: str, organisations: list[Mention], start: int) -> list[Mention]:
    """The organisations listed from ``start`` up to the one marked as the subject of joining
    ("D와 AI 반도체 스타트업 E, F가 참여한다"), none if the list does not end so."""
    listed = []
    for m in organisations:
        if m.start < start:
            continue
        if re.search(r"[.]|[가-힣]다\s", text[start:m.start]):
            return []
        listed.append(m)
        if m.particle in _SUBJECT:
            return listed if _JOIN.match(text, m.after) else []
        closed = _CLOSED_BY_ETC.match(text, m.end)
        if closed is not None:  # "..., D(영문명) 등이 참여한다"
            return listed if _JOIN.match(text, closed.end()) else []
    return []


def _list_ending_at(text: str, organisations: list[Mention], end: int) -> list[Mention]:
    """The organisations listed right before ``end``, the last marked as the subject ("A, B, C가")."""
    last = next((m for m in organisations if m.after == end and m.particle in _SUBJECT), None)
    if last is None:
        return []
    listed = [last]
    for m in reversed([o for o in organisations if o.end <= last.start]):
        gap = text[m.after if m.particle in ("와", "과") else m.end:listed[0].start]
        if m.particle not in ("", "와", "과") or not _LIST_GAP.fullmatch(gap):
            break
        listed.insert(0, m)
    return listed


def _takes_part(member: Actor, programme: Actor, role: str | None, evidence: Evidence) -> Fact:
    props = {"confidence": 0.6, **({"role": role} if role else {})}
    return Fact(member, "PARTICIPATES_IN", programme, props, evidence)


# "... 밝혔다. A 컨소시엄에는", "X, A 컨소시엄에는": a clause ended, or a comma, before the first name:
# the sentence does not open on it.
_CLAUSE_BEFORE = re.compile(r"[가-힣]다[\s.]|,")
# "A 컨소시엄은 ...", "A 컨소시엄이 ...": the consortium as the sentence's topic or subject.
_CONSORTIUM_AS_TOPIC = re.compile(r"\s?컨소시엄(은|는|이|가)(?![가-힣])")


def lead_of_the_members(text: str, mentions: list[Mention]) -> list[Mention]:
    """"A 컨소시엄에는 D와 E가 참여한다. 자체 개발한 'M'을 바탕으로 에이전트를 만든다", "A가 주관하고
    D와 E가 참여한다. 'M'을 개발하며": a sentence opening on the consortium A leads, to list its
    members, is about that consortium, which the next sentences leave unstated; A stands for it
    (see ``leads_as_topic``)."""
    if "컨소시엄" not in text and "주관" not in text:
        return []  # neither a consortium nor a lead: cheap, as this runs for every sentence without a topic
    lead = mentions[0] if mentions else None
    if lead is None or lead.actor.type not in ORGANISATIONS_AND_GOVERNMENT or _CLAUSE_BEFORE.search(text, 0, lead.start):
        return []
    members_follow = not lead.particle and _MEMBERS_OF.match(text, lead.end)
    leads_them = lead.particle in ("이", "가") and _LEADS_THE_MEMBERS.match(text, lead.after)
    return [lead] if members_follow or leads_them else []


def leads_as_topic(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the lead of a consortium that is the sentence's topic or subject taking
    the consortium's particle ("에이펙스브레인 컨소시엄은 ... 팀이다. (...) 'M'을 개발한다"): the
    consortium is no actor of its own, so its lead stands for it, and the sentences after it
    that leave their subject unstated are about it."""
    if "컨소시엄" not in text:
        return mentions
    out = []
    for m in mentions:
        topic = _CONSORTIUM_AS_TOPIC.match(text, m.end) if not m.particle else None
        out.append(replace(m, particle=topic.group(1), after=topic.end()) if topic else m)
    return out
