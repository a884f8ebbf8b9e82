"""Who pays into the fund a passage is about, in lines that leave the fund unstated.

A press release heads a paragraph with its fund ("□ 공동펀드는 총 4,000억 원 규모로 조성된다")
and lists who pays in the bullets under it without naming the fund again: "ㅇ 한국 측에서는 A가
1,200억 원을, B가 800억 원을 출자하고, 해외 측에서는 C가 2,000억 원을 출자한다". A pay-in verb
(출자, 출연) says money goes into a fund; with no recipient of its own, the fund is the one the
passage, or the bullet the line hangs from, is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor, Evidence
from loaders.amounts import LAST_OF_THE_LIST, find_amounts
from loaders.mentions import Mention
from loaders.programme_heads import is_fund_of_funds, is_fund_programme
from loaders.relations.fact import Fact

# "출자한다", "출연하고", "출자했다": the verb of paying in (not "출자사업", "출자를 받"); a limited
# partner's pledge ("약정했다") or money put in ("넣었다"), or the sum itself paid, added or matched
# ("150억원을 내고", "30억원을 보탰으며", "240억원을 매칭했다") says the same of a fund.
_PAYS_IN = re.compile(r"(?:출자|출연|약정)(?:하|한다|했|하였|할|해)|넣(?:었|는다|기로|을)"
                      r"|(?<=[을를]\s)(?P<plain>내(?:고|며|기로|었|놓)|냈|보태|보탰|매칭(?:하|한|했))")
# The plain verbs say money went into a fund only where the sentence speaks of a fund's money
# ("펀드 재원은 도가 ... 내고", "민간 출자자로는"): a round's backer "보탰다" too.
_FUND_MONEY = re.compile(r"펀드|재원|출자|LP")
# "A가 모태펀드 재원으로 1,200억 원을": the means the money comes from may stand before it.
_MEANS = re.compile(r"\s*(?:[^\s,.]{1,10}\s[^\s,.]{1,6}(?:으로|로)\s?)?")
# What no subject of paying in is, and what takes money named with 에 or 을/를 (a recipient).
_PAYERS = ("Government", "Investor", "Company")
_RECIPIENT_PARTICLES = ("에", "에는", "에게", "을", "를")
_SUBJECT_PARTICLES = ("이", "가", "은", "는", "도")  # "B도 30억원을 보탰다": one more payer
# A state, a state bank or a sovereign fund pays public money: funding; others invest.
STATE_MONEY_KINDS = ("state-bank", "sovereign")
# "A와 B가 100억원씩": the same sum from each of the names listed as the subject.
_EACH = re.compile(r"씩")
# A fund of funds is paid into by budgets ("출자한다"); pledges and sums each put in ("약정했다", "N씩
# 넣었다") are limited partners' money, which goes into the funds it backs, not into it.
_PLEDGED = re.compile(r"약정|넣")
_LIST_PARTICLES = ("", "와", "과")
_LIST_GAP = re.compile(r"\s*(?:[,·]\s*)?")


def money_into_fund(actor: Actor) -> str:
    """The relation of money ``actor`` pays into a fund: public money (a state, a programme such as
    a fund of funds, a state bank, a sovereign fund) funds it; a private limited partner
    ("미래에셋캐피탈이 LP로 700억원을 약정") invests in it."""
    public = actor.type in ("Government", "Program") or actor.kind in STATE_MONEY_KINDS
    return "FUNDS" if public else "INVESTED_IN"


def pledged_into_fund_of_funds(fund: Mention, verb: str) -> bool:
    """True for a pledge ("약정했다", "넣었다") said of a fund of funds in play: limited partners'
    money, which goes into the fund it backs (the fund the article is about), not into it."""
    return _PLEDGED.match(verb) is not None and is_fund_of_funds(fund)


def backers_of_the_passage_fund(text: str, mentions: list[Mention], fund: Mention | None,
                                evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """Each subject followed by its amount ("A가 1,200억 원을") before a pay-in verb pays into
    ``fund``, the passage's fund, when the sentence names no recipient (a programme or a
    company marked 에 or 을/를)."""
    if fund is None or not is_fund_programme(fund):
        return []
    if _PAYS_IN.search(text) is None or any(m.particle in _RECIPIENT_PARTICLES and m.actor.type != "Country" for m in mentions):
        return []
    amounts = find_amounts(text)
    fund_of_funds = is_fund_of_funds(fund)
    names_fund_money = _FUND_MONEY.search(text) is not None
    facts = []
    for i, m in enumerate(mentions):
        if m.particle not in _SUBJECT_PARTICLES or m.actor.type not in _PAYERS:
            continue
        amount = next((a for a in amounts if a.end > m.after and _MEANS.fullmatch(text, min(m.after, a.start), a.start)), None)
        pays = _PAYS_IN.search(text, amount.end) if amount is not None else None
        if pays is None or (pays.group("plain") and not names_fund_money):
            continue
        each = _EACH.match(text, amount.end)
        if not (each or LAST_OF_THE_LIST.match(text, amount.end)) or (fund_of_funds and (each or _PLEDGED.match(pays.group(0)))):
            continue
        payers = [*_listed_before(text, mentions[:i], m), m] if each else [m]
        facts += [Fact(p.actor, money_into_fund(p.actor), fund.actor, {**amount.properties(), "confidence": 0.6},
                       evidence(p.start, amount.end)) for p in payers if p.actor.type in _PAYERS]
    return facts


def _listed_before(text: str, before: list[Mention], subject: Mention) -> list[Mention]:
    """The names listed right before ``subject`` ("A, B와 C가 100억원씩"): each pays the sum too."""
    listed: list[Mention] = []
    nxt = subject
    for m in reversed(before):
        if m.particle not in _LIST_PARTICLES or not _LIST_GAP.fullmatch(text, m.after, nxt.start):
            break
        listed.insert(0, m)
        nxt = m
    return listed
