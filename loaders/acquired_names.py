"""A company named as the one bought, in a Korean passive of acquisition: "뷰스케치가 작년 7월
카카오에 인수됐습니다", "X는 Y에 피인수됐다".

News and interviews tell an exit in the passive, the bought company as the subject and its buyer
marked 에/에게. The buyer is usually a name everyone knows; the bought company is often a small
one nothing knows yet, written bare. The passive says what the subject is: only a company is
bought by a company, so the bare word opening the clause is its name. Words for a kind of body
("회사가", "스타트업이", "동사는") stay words.
"""

from __future__ import annotations

import re

from loaders.discovery import discovered_actor
from loaders.founded_names import NOT_A_NAME
from loaders.mentions import Mention, particle_at
from loaders.noun_phrases import particle_ending

# "카카오에 인수됐습니다", "네이버에게 인수되었다", "삼성전자에 피인수됐다": the buyer's particle, then
# the passive of buying, with a time word or two between ("카카오에 지난해 인수됐다").
_BOUGHT_BY = re.compile(r"(?:에게|에)\s(?:(?:지난해|작년|올해|최근|결국|전격|공식|\d{1,4}(?:년|월|일))\s){0,2}"
                        r"(?:피인수|인수)(?:됐|되었|돼|된|당했|되며|되면서|되기로)")
# The subject opening the clause before the buyer: a bare word and its particle, then at most three
# time words ("뷰스케치가 작년 7월 카카오에") and what the buyer is ("X는 지난해 카카오 자회사인 Y에").
_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=[\s,]))(?P<name>[가-힣][가-힣A-Za-z0-9]{1,11})(?:은|는|이|가)\s"
                             r"(?:(?:지난해|작년|올해|지난달|최근|결국|\d{1,4}(?:년|월|일))\s){0,3}"
                             r"(?:(?:[^\s,.]+\s){0,2}[가-힣]+인\s)?$")
_BUYERS = ("Company", "Startup", "Investor")
# What else is bought: a unit, a business, a stake, assets ("사업부가 A에 인수됐다").
_PART_OF_A_COMPANY = re.compile(r"(?:부|부문|사업|지분|자산|주식|지식재산권|특허)$")


def acquired_names(text: str, known: list[Mention]) -> list[Mention]:
    """The unknown companies ``text`` says were bought by a company it names (in ``known``)."""
    if "인수" not in text:
        return []
    found: list[Mention] = []
    for passive in _BOUGHT_BY.finditer(text):
        buyer = next((m for m in known if m.end == passive.start() and m.actor.type in _BUYERS), None)
        if buyer is None:
            continue
        subject = _SUBJECT_BEFORE.search(text, 0, buyer.start)
        if subject is None:
            continue
        start, end = subject.span("name")
        name = subject.group("name")
        if (NOT_A_NAME.search(name) or _PART_OF_A_COMPANY.search(name) or particle_ending(name)
                or any(k.start < end and start < k.end for k in known + found)):
            continue
        mention = Mention(start, end, discovered_actor(name, "company"), name, discovered=True)
        mention.particle, mention.after = particle_at(text, end)
        found.append(mention)
    return found
