"""A company named right after the clause saying who founded it: "엔지니어들이 지난해 세운
칩로드는 ... 투자를 유치했다", "2019년 설립한 딥브릭스가".

Korean news often introduces a young company by its founding instead of a descriptor word
("AI 스타트업 X"): the relative clause of founding says the bare name after it is an
organisation's. What such a clause also describes is a kind of body ("설립한 회사는", "세운 법인이")
or, for 세우다 (to set up, also to set a goal), a plan or a record ("세운 목표는"): those words
are no names.
"""

from __future__ import annotations

import re

from loaders.discovery import discovered_actor
from loaders.mentions import Mention, particle_at
from loaders.noun_phrases import is_bare_noun

# The relative forms of founding, by whoever founded ("A가 세운") and of what was founded ("설립된").
FOUNDED_BY_WHOM = ("세운", "설립한", "창업한", "창립한")
_FOUNDED = FOUNDED_BY_WHOM + ("설립된", "세워진", "창업된")
_FOUNDED_THEN_NAMED = re.compile("(?:" + "|".join(_FOUNDED) + r")\s(?P<name>[가-힣][가-힣A-Za-z0-9]{1,11})"
                                 r"(?=(?:은|는|이|가)(?![가-힣]))")
# What a founding clause describes besides a named company: a kind of body, a plan, a record, a time.
NOT_A_NAME = re.compile(r"(?:회사|법인|기업|업체|스타트업|벤처|곳|사|팀|조직|재단|펀드|센터|연구소|학교|대학|기관|단체|협회|조합|"
                         r"브랜드|플랫폼|서비스|공장|매장|목표|계획|전략|기록|원칙|기준|방침|구조|체계|틀|뒤|후|것|들|측|이후|당시)$")


def founded_names(text: str, known: list[Mention]) -> list[Mention]:
    """Unknown names right after a founding clause, outside the ``known`` mentions."""
    found: list[Mention] = []
    if "세" not in text and "설립" not in text and "창업" not in text and "창립" not in text:
        return found
    for m in _FOUNDED_THEN_NAMED.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if (NOT_A_NAME.search(name) or not is_bare_noun(name)
                or any(k.start < end and start < k.end for k in known + found)):
            continue
        mention = Mention(start, end, discovered_actor(name), name, discovered=True)
        mention.particle, mention.after = particle_at(text, end)
        found.append(mention)
    return found
