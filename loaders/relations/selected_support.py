"""Support received through a ministry's programme: "중기부 TIPS에 선정돼 5억 원을 지원받았다".

A company selected for a programme also takes part in it, and the ministry whose programme it is
("중소벤처기업부의 P 프로그램에 선정돼") runs it.

A company selected for a programme that a ministry runs is paid by that ministry; Korean names
the ministry right before its programme ("중기부 TIPS", "과기정통부 AI 바우처") and often leaves
the company out, as the subject the passage is about.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Evidence
from loaders.amounts import find_amounts
from loaders.discovery import discovered_actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.unnamed_topics import opens_on_its_own_topic

# "(P)에 선정돼 ... 지원받은", "(P)에 선정되어 ... 지원을 받았다", "P 과제에도 선정돼", "P 수행기관으로 뽑혀"
# ... also as its lead or member body: "P(이하 Q)의 주관기관으로 선정돼"; and the grant it
# then receives, named by what it is: "국비 140억원을 지원받는다", "지원금을 받", or a bare "을 받"
# (``bare``) whose words must name a grant: "정부출연금 24억원을 받는다".
_SELECTED_THEN_PAID = re.compile(r"[’'”\"]?\s?(?:\([^()]{1,30}\))?(?:\s?(?:과제|사업|프로그램))?"
                                 r"(?:에(?:서|도)?\s?|\s?(?:의\s)?[^\s,.]{0,6}(?:기관|기업|사업자)으?로(?:도)?\s)?(?:최종\s?)?"
                                 r"(?:선정(?:돼|되어|된\s뒤|되면서)|뽑혀|뽑힌\s뒤)\s(?P<middle>[^.]{0,60}?)"
                                 r"(?:지원받|지원\S?[을를]\s받|(?P<bare>(?<=[을를])\s받))"
                                 # or the note's brackets: "P 선정(R&D 5억원 지원)"
                                 r"|\s?선정\s?\((?P<noted>[^()]{0,40}?)\s?지원\)")
# What a bare "N원을 받는다" after a selection must name to be the programme's grant, not an investment.
_GRANT = re.compile(r"출연금|지원금|보조금|국비|사업비|연구비")
# "A가 올해 처음 시행하는 P", "A가 2025년 시작한 P": the subject of a relative clause that runs the programme.
_RUNS_BEFORE = re.compile(r"\s(?:[^\s,.]+\s){0,3}?(?:(?:시행|운영|추진|주관|신설|도입)하는|시작한|신설한|도입한|출범시킨)\s[‘'“\"]?$")
_RECIPIENTS = ("Startup", "Company")
_SUBJECT = ("이", "가", "은", "는")


def support_through_programme(text: str, mentions: list[Mention], topic: list[Mention], doc_id: str,
                              line_at) -> list[Fact]:
    """FUNDS from the ministry named before a programme to the company selected for it."""
    if ("선정" not in text and "뽑" not in text) or ("받" not in text and "지원)" not in text):
        return []
    facts = []
    for government, programme in zip(mentions, mentions[1:], strict=False):
        if government.actor.type != "Government" or programme.actor.type != "Program" or not _owns(text, government, programme):
            continue
        paid = _SELECTED_THEN_PAID.match(text, programme.end)
        if paid is None or (paid.group("bare") and not _GRANT.search(paid.group("middle"))):
            continue
        subjects = [m for m in mentions if m.end <= government.start and m.particle in _SUBJECT
                    and m.actor.type in _RECIPIENTS]
        recipient = subjects[-1:] or _carried_recipient(text, mentions, topic)
        if not recipient:
            continue
        said = "middle" if paid.group("middle") is not None else "noted"
        amount = next((a for a in find_amounts(text) if paid.start(said) <= a.start < paid.end(said)), None)
        props = {"confidence": 0.6, **(amount.properties() if amount else {})}
        facts.append(Fact(government.actor, "FUNDS", recipient[0].actor, props,
                          Evidence(doc_id, line_at(government.start), text[government.start:paid.end()])))
    return facts


def _owns(text: str, government: Mention, programme: Mention) -> bool:
    """True if ``government`` is named as the programme's owner: right before it ("중기부 TIPS")
    or as the subject of a relative clause running it ("산업부가 올해 시행하는 P")."""
    if not government.particle:
        return not text[government.end:programme.start].strip()
    return government.particle in ("이", "가") and bool(_RUNS_BEFORE.fullmatch(text, government.after, programme.start))


# "(정부의) P 프로그램에 선정돼", "P(TIPS) 사업에 최종 선정됐다": chosen for a programme, whose
# name may end in a bracketed short name and a word for a programme that are not part of it.
# A note's headline grammar drops the verb: "2024년 중기부 TIPS 선정(R&D 5억원 지원)", "P 선정, 시드 유치".
_SELECTED_FOR = re.compile(r"\)?\s?(?:\([^()]{1,20}\)\s?)?(?P<kind>프로그램|사업|과제|지원사업)?\s?"
                           r"(?:에\s?(?:최종\s?)?선정(?:돼|되어|됐|되었|된\s뒤|되면서)|선정(?=\s?[(,.]|\s*$))")
# What may stand between a government and its programme: "의" and a few words of description
# ("중기부의 민간투자주도형 기술창업지원(TIPS)"), no other name, no clause break.
_OWNER_BEFORE = re.compile(r"(?:의)?\s(?:[^\s,.()]+\s){0,3}?[^\s,.()]*\(?\s?$")


def selected_for_programme(text: str, mentions: list[Mention], topic: list[Mention], doc_id: str,
                           line_at) -> list[Fact]:
    """The company chosen for a programme takes part in it, and the government named as the
    programme's owner runs it ("중소벤처기업부의 P(TIPS) 프로그램에 선정돼": the ministry's P).
    The company is the subject before, else the one the passage is about."""
    if "선정" not in text:
        return []
    facts = []
    for i, programme in enumerate(mentions):
        selected = _SELECTED_FOR.match(text, programme.end)
        if selected is None or not (programme.actor.type == "Program" or programme.discovered and selected.group("kind")):
            continue
        if programme.actor.type != "Program":  # "X(ABC) 프로그램에": the word after the name says what it is
            programme = replace(programme, actor=discovered_actor(programme.actor.name, "programme"))
        evidence = Evidence(doc_id, line_at(programme.start), text[max(0, programme.start - 40):selected.end()])
        owner = mentions[i - 1] if i and mentions[i - 1].actor.type == "Government" else None
        if owner is not None and owner.particle in ("", "의") and _OWNER_BEFORE.fullmatch(text, owner.end, programme.start):
            facts.append(Fact(owner.actor, "LAUNCHED", programme.actor, {"confidence": 0.6}, evidence))
        first = owner if owner is not None else programme
        subjects = [m for m in mentions if m.end <= first.start and m.particle in _SUBJECT and m.actor.type in _RECIPIENTS]
        recipient = subjects[-1:] or _carried_recipient(text, mentions, topic)
        facts += [Fact(r.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6}, evidence) for r in recipient]
    return facts


def _carried_recipient(text: str, mentions: list[Mention], topic: list[Mention]) -> list[Mention]:
    """The passage's company, when the sentence names no recipient: not in a sentence that opens
    on a topic of its own the reader does not know ("그리드하모닉스는 ... 선정돼")."""
    if opens_on_its_own_topic(text, mentions):
        return []
    return [m for m in topic if m.actor.type in _RECIPIENTS][:1]
