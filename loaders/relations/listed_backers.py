"""Who filled a fund, in the lists news gives of its limited partners.

News on a fund's close lists its backers without a verb of paying for each: each name with its
own sum in brackets ("나머지는 A(80억원), B(40억원)과 운용사 출자금으로 채웠다", "전략적 LP로는
A(100억 원)과 B(80억 원)가 X 펀드에 참여한다"), or the rest of the money as filled by a list
("나머지 150억원은 A와 지역 기업 B 등 민간 출자자가 채웠다"). The fund is the one named with 에 in
the sentence, else the one the passage is about; never a fund of funds, which is itself a backer
("앵커 출자자는 모태펀드다"), not the fund a list of backers fills.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.amounts import Amount, find_amounts
from loaders.mentions import Mention
from loaders.programme_heads import is_fund_of_funds, is_fund_programme
from loaders.relations.fact import Fact
from loaders.relations.topic_fund_backers import money_into_fund
from loaders.round_names import KOREAN_ROUND_NAME

# What a list of backers does to the fund: fills it, joins it, puts money or a pledge in.
_FILLS = re.compile(r"채웠|채운다|채운\s|채워|채울|참여(?:했|한다|하며|하고|하기로|할)|넣었|넣는다|넣기로|약정(?:했|한다|하)|출자(?:했|한다|하)")
# "나머지는", "나머지 150억원은": the rest of the money, which the names after it filled.
_THE_REST = re.compile(r"나머지(?:\s?[\d,.]+\s?(?:조|억|만)?\s?원)?(?:는|은)\s")
# "A(50억원)와 B가 시리즈A에 참여했다": the backers of a company's round, not of a fund.
_A_ROUND = re.compile(KOREAN_ROUND_NAME + r"|라운드|투자\s?유치")
_BACKERS = ("Government", "Investor", "Company")
_ON_THE_FUND = ("에", "에는")


def listed_backers(text: str, mentions: list[Mention], passage_fund: Mention | None,
                   evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """The backers a sentence lists as filling a fund, each with its own bracketed sum or as the
    list that filled the rest."""
    verb = _FILLS.search(text)
    if verb is None or _A_ROUND.search(text):
        return []
    fund = _fund_filled(mentions, passage_fund, verb.start())
    if fund is None:
        return []
    rest = _THE_REST.search(text, 0, verb.start())
    amounts = find_amounts(text)
    facts = []
    for m in mentions:
        if m.actor.type not in _BACKERS or m.end > verb.start() or m.actor.id == fund.actor.id:
            continue
        own = _own_sum(text, m.end, amounts)
        if own is None and (rest is None or m.start < rest.end()):
            continue
        props = {**(own.properties() if own else {}), "confidence": 0.6}
        facts.append(Fact(m.actor, money_into_fund(m.actor), fund.actor, props,
                          evidence(m.start, own.end + 1 if own else m.end)))
    return facts


def _own_sum(text: str, end: int, amounts: list[Amount]) -> Amount | None:
    """The sum written in brackets right after a backer's name ending at ``end`` ("IBK기업은행(80억원)",
    "SK텔레콤(약 100억 원)"): the backer's own share."""
    if not text.startswith("(", end):
        return None
    return next((a for a in amounts if a.start > end and not text[end + 1:a.start].strip() and text.startswith(")", a.end)),
                None)


def _fund_filled(mentions: list[Mention], passage_fund: Mention | None, verb_at: int) -> Mention | None:
    """The fund named with 에 before the verb ("A(100억 원)과 B(80억 원)가 X 펀드에 참여한다"), else
    the passage's fund when the sentence names nothing else the money goes to."""
    named = [m for m in mentions if m.particle in _ON_THE_FUND and m.start < verb_at]
    if named:
        fund = named[-1]
    elif any(m.particle in ("을", "를") and m.actor.type in ("Program", "Startup", "Company") for m in mentions):
        return None
    else:
        fund = passage_fund
    if fund is None or not is_fund_programme(fund):
        return None
    return None if is_fund_of_funds(fund) else fund
