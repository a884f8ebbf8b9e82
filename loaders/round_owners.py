"""A company named right before its funding round: "코드너리 시리즈A에 참여", "A 시드 라운드를 리드".

Korean drops the genitive between a company and its round as it does in any compound noun
("솔빛랩스 시리즈A" = "솔빛랩스의 시리즈A"), so a name with no particle before a round's name
is read as if marked 의: the round, and the money in it, are the company's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.mentions import Mention
from loaders.round_names import KOREAN_ROUND_NAME, may_name_a_round

_ROUND_AFTER = re.compile(r"\s(?:" + KOREAN_ROUND_NAME + r"|Series\s[A-H])"
                          r"(?:\s?(?:라운드|투자|펀딩))?(?:에|을|를|의|에서)?(?![가-힣A-Za-z])")


def round_owners(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name standing bare before a round's name marked 의."""
    if not may_name_a_round(text) and "Series" not in text:
        return mentions
    return [replace(m, particle="의") if not m.particle and _ROUND_AFTER.match(text, m.end) else m
            for m in mentions]
