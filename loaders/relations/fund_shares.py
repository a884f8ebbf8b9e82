"""Shares put into the fund (or a government's share of the plan) a passage has just set up,
stated without naming it again.

"A는 300억 원 규모의 'X 펀드'를 조성한다고 밝혔다. 은행이 150억 원을 출자하고, 나머지는 B와 C가
각각 75억 원씩 매칭한다": the fund is named once, then each backer's share is a clause of its own
with the backer as subject, the amount and a verb of putting money in, and no target.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor, Evidence
from loaders.amounts import amounts_of_each, find_amounts
from loaders.mentions import Mention
from loaders.programme_heads import names_a_fund
from loaders.relations.fact import Fact
from loaders.relations.topic_fund_backers import money_into_fund, pledged_into_fund_of_funds

# Putting money into a fund: subscribing, matching, contributing, chipping in ("보탰다"); a
# report's clause may end on the bare noun ("각각 50억원을 3년간 출연, 공동연구 과제 지원").
# Committing ("700억원을 약정했다") and putting up ("150억원을 댔다") are paying in too.
_PUTS_IN = re.compile(r"(?:출자|매칭|출연|분담|약정)(?:하|한|해|했|할|키로|함|(?=,))|보[태탰탠]"
                      r"|(?<=[을를]\s)(?:댔|대고|댄|대기로)")
# Where a clause ends: "출자하고, 나머지는", "출자하며 B는".
_CLAUSE_END = re.compile(r"(?:고|며|으며|하여|해),?\s")
_FUNDERS = ("Government", "Investor", "Company")
_SUBJECT = ("이", "가")
_WITH = ("와", "과")
# "양국은 각각 600억 원과 65억 엔을 분담": governments paying into a plan or a project are its topic too.
_TOPIC = ("은", "는")
# "A가 B에 N원을 출연": the money goes to B, not to the programme in play.
_TARGET = ("에", "에게")
# "총 규모는 20억 유로로": the fund's size, nobody's share.
_SIZE_BEFORE = re.compile(r"규모[는가은]?\s*$")
# "모태펀드 운용기관인 B가": a name describing the next one ("the fund's manager B") is no target.
_DESCRIBES_THE_NEXT_NAME = re.compile(r"(?<=[^\s,.])\s(?:[^\s,.]+\s)?[^\s,.]+인\s")
# "각각 75억 원씩": the amount is each one's.
_EACH = re.compile(r"각각|씩")


def shares_in_the_fund(text: str, mentions: list[Mention], programme: Mention | None, doc_id: str,
                       line_at: Callable[[int], int]) -> list[Fact]:
    """FUNDS facts from the subject of each clause that puts an amount into the fund in play."""
    if programme is None or not _PUTS_IN.search(text):
        return []
    fund = is_a_fund(programme.actor)
    if any(m.actor.type == "Program" and not _pays_in(m) and m.actor.id != programme.actor.id
           and not _DESCRIBES_THE_NEXT_NAME.match(text, m.after) for m in mentions):
        return []  # the sentence names what else the money goes into ("X의 총 규모는 ..." names the fund itself)
    facts: list[Fact] = []
    start = 0
    for verb in _PUTS_IN.finditer(text):
        clause_start = max([start] + [c.end() for c in _CLAUSE_END.finditer(text, start, verb.start())])
        clause = [m for m in mentions if clause_start <= m.start and m.end <= verb.start()]
        payers = _subjects(clause, _SUBJECT if fund else _SUBJECT + _TOPIC)
        in_clause = [a for a in find_amounts(text) if clause_start <= a.start < verb.start()]
        # "A가 400억원, B가 250억원을 출자": each subject with its own share, the verb said once
        listed = [m for m in clause if m.particle in _SUBJECT and _can_pay(m)]
        own = amounts_of_each(text, [m.after for m in listed], in_clause)
        payers = listed if own else payers
        if not fund and not (payers and all(m.actor.type == "Government" for m in payers)
                             and not any(m.particle in _TARGET for m in clause)):
            payers = []  # a plan or a project is paid into by governments, where no one else is the target
        # "이 중 150억 원은 은행이 출자": the share may come first, but not the fund's size ("X의 총
        # 규모는 20억 유로로, A가 8억 유로를 출자하고": A's share is the amount after A)
        amounts = [a for a in in_clause if payers and payers[-1].end <= a.start] or [
            a for a in in_clause if not _SIZE_BEFORE.search(text, max(0, a.start - 8), a.start)]
        start = verb.end()
        if not payers or not amounts or pledged_into_fund_of_funds(programme, verb.group(0)):
            continue
        each = len(payers) == 1 or _EACH.search(text, clause_start, verb.start())
        evidence = Evidence(doc_id, line_at(clause_start), text[clause_start:verb.end()])
        shares = own or _shares(payers, amounts, each)
        facts += [Fact(m.actor, money_into_fund(m.actor), programme.actor,
                       {"confidence": 0.6, **(share.properties() if share else {})}, evidence)
                  for m, share in zip(payers, shares, strict=True)]
    return facts


def _shares(payers: list[Mention], amounts: list, each) -> list:
    """Each payer's amount: "A와 B가 각각 100억원, 50억원을" pairs them in order; "각각 75억 원씩"
    (one amount) is everyone's; without 각각 several payers' one amount is their total, no one's."""
    if each and len(payers) > 1 and len(amounts) == len(payers):
        return amounts
    return [amounts[0] if each else None] * len(payers)


def is_a_fund(actor: Actor) -> bool:
    """A fund by its name, or by its kind ("European AI Co-Investment Facility", "투자기구")."""
    return actor.kind == "fund" or names_a_fund(actor.name)


def _subjects(clause: list[Mention], marks: tuple[str, ...]) -> list[Mention]:
    """The subject of a clause: the last name marked so (이/가) and the names joined to it by 와/과."""
    last = next((i for i in range(len(clause) - 1, -1, -1) if clause[i].particle in marks), None)
    if last is None:
        return []
    found = [clause[last]]
    for m in reversed(clause[:last]):
        if m.particle not in _WITH:
            break
        found.insert(0, m)
    return [m for m in found if _can_pay(m)]


def _can_pay(m: Mention) -> bool:
    """A government, an investor, a company or a fund (a fund of funds pays into funds)."""
    return m.actor.type in _FUNDERS or (m.actor.type, m.actor.kind) == ("Program", "fund")


def _pays_in(m: Mention) -> bool:
    """True for a fund named as a payer ("모태펀드와 B가 각각 N원을 출자": a fund of funds puts money
    in too), not as what the money goes into."""
    return (m.actor.type, m.actor.kind) == ("Program", "fund") and m.particle in _SUBJECT + _WITH
