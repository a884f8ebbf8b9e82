"""Money raised from investors the text does not name, and the runners-up of a ranking.

Reports rank firms by what they raised: "A가 누적 191억 달러로 가장 많은 자금을 확보했으며, 그
뒤를 B(121억 달러), C(115억 달러)가 따랐다". The first clause says A raised money (from
investors left unnamed: the shared placeholder stands for them); the second says B and C did
the same as A, each by the figure in its own brackets. The runners-up take whatever relation
the leader's clause stated, so the habit is not tied to money: "A가 가장 많은 모델을 공개했고,
그 뒤를 B가 이었다" gives B the leader's launches.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.amounts import find_amounts
from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.relations.fact import Fact
from loaders.relations.frames import CueMatch
from loaders.relations.placeholders import unnamed_investors

_RAISERS = ("Startup", "Company")
_GIVER_PARTICLES = ("로부터", "으로부터", "에서", "에게서")
# Between the recipient and the cue: no clause ends ("A가 설립됐고, N원을 유치") and no other
# verb closes A's clause ("A가 개발한 모델은 N원을 유치").
_CLAUSE_END = re.compile(r"[,;]|[가-힣](?:으며|며|하고|했고|지만|으나|는데)\s|(?:한|된|하는)\s")
# "그 뒤를 B, C가 따랐다", "그 뒤를 이어 B가", "B, C 순이었다": the runners-up of the clause before.
_FOLLOWED = re.compile(r"그\s?뒤를\s(?:이어\s)?(?P<list>.+?)(?:이|가)\s(?:바짝\s)?(?:따랐|따르|이었|잇|뒤따랐)")
_IN_ORDER = re.compile(r"(?:[,;]\s|(?:했|였|았|었)으며\s|(?:했|였|았|었)고\s)(?P<list>[^,;]*?,[^;]*?)\s?순(?:이었|이다|이며|으로|이고)")
# "누적 N달러", "가장 많은 자금", "총 N달러를 확보": a total raised, not one round.
_TOTAL = re.compile(r"누적|가장\s?많은|총\s?[\d.,]+\s?[조억만]")
# "총 50억 위안(약 1조원) 규모의 투자 유치": the size of one round, whose investors the next
# sentences may name, not a total.
_ROUND_SIZE = re.compile(r"총\s?[\d.,]+\s?[조억만][^\s(（]*(?:\s[^\s(（]+)?\s?(?:[(（][^()（）]{1,30}[)）])?\s?"
                         r"규모(?:의|로)?\s?(?:투자|라운드|자금|시리즈)")
# The bracketed figure right after a runner-up's name: "B(121억 달러)", "비(B)(121억 달러)".
_OWN_FIGURE = re.compile(r"[)）]?\s?[(（](?P<figure>[^()（）]{1,30})[)）]")

Evidencer = Callable[[int, int], Evidence]


def unnamed_raises(text: str, mentions: list[Mention], cues: list[CueMatch], facts: list[Fact],
                   evidence: Evidencer) -> list[Fact]:
    """"A가 누적 N달러의 자금을 확보했다" with no investor named anywhere in the sentence: the
    money still came from investors, so the fact is kept with the placeholder as its giver. Only
    for a total or a ranking: a single round ("A는 N원의 투자를 유치했다") may have its investors
    named in the next sentence ("이번 라운드는 B가 주도했다"), a total never does. And only with
    an amount in A's clause: "투자 유치에 나섰다" says nothing was raised yet. "총 N원 규모의 투자
    유치" is one round's size, not a total."""
    totals = [m for m in _TOTAL.finditer(text) if not _ROUND_SIZE.match(text, m.start())]
    if not totals or any(m.particle in _GIVER_PARTICLES for m in mentions):
        return []
    raised_by = {f.object.id for f in facts if f.type == "INVESTED_IN"}
    found: list[Fact] = []
    for cue in cues:
        if cue.cue.frame != "raise" or "INVESTED_IN" not in cue.cue.relations:
            continue
        recipient = _recipient(text, mentions, cue)
        if recipient is None or recipient.actor.id in raised_by:
            continue
        amount = next((a for a in find_amounts(text[recipient.end:cue.start])), None)
        if amount is None:
            continue
        raised_by.add(recipient.actor.id)
        found.append(Fact(unnamed_investors(), "INVESTED_IN", recipient.actor, amount.properties(),
                          evidence(recipient.start, cue.end)))
    return found


def _recipient(text: str, mentions: list[Mention], cue: CueMatch) -> Mention | None:
    """The firm marked as subject nearest before the cue, in the cue's own clause."""
    before = [m for m in mentions if m.end <= cue.start]
    if not before:
        return None
    last = before[-1]
    if last.particle not in SUBJECT_OR_TOPIC or last.actor.type not in _RAISERS:
        return None
    return None if _CLAUSE_END.search(text, last.after or last.end, cue.start) else last


def runners_up(text: str, mentions: list[Mention], facts: list[Fact], evidence: Evidencer) -> list[Fact]:
    """The leader's facts again for each runner-up, with the runner-up's own bracketed figure."""
    if "뒤를" not in text and "순" not in text:
        return []
    ranked = _FOLLOWED.search(text) or _IN_ORDER.search(text)
    if ranked is None:
        return []
    lo, hi = ranked.span("list")
    runners = [m for m in mentions if lo <= m.start < hi]
    leaders = [m for m in mentions if m.end <= ranked.start()]
    if not runners or not leaders:
        return []
    leader = leaders[-1]
    shared = [f for f in facts if leader.actor.id in (f.subject.id, f.object.id)]
    found: list[Fact] = []
    for runner in runners:
        if runner.actor.type != leader.actor.type:
            continue
        figure = _OWN_FIGURE.match(text, runner.end)
        amounts = find_amounts(figure.group("figure")) if figure else []
        for f in shared:
            other = f.object if f.subject.id == leader.actor.id else f.subject
            if other.id == runner.actor.id:
                continue
            props = {k: v for k, v in f.props.items() if k not in _AMOUNT_KEYS}
            if amounts:
                props.update(amounts[0].properties())
            subject, obj = (runner.actor, other) if f.subject.id == leader.actor.id else (other, runner.actor)
            found.append(Fact(subject, f.type, obj, props, evidence(runner.start, runner.end)))
    return found


_AMOUNT_KEYS = frozenset({"amount", "unit", "currency", "amount_usd", "qualifier", "rate", "rate_source",
                          "amount_scope"})
