"""An organisation referred back to by what it is: the last word of its name.

Korean news names a bank, a university or a foundation once and then calls it by its head
noun: "BNK경남은행은 ... 조성한다. 은행이 150억 원을 출자하고", "경상국립대 교원창업기업 B가 꼽힌다.
이 대학 교수가 창업했고", "은행 측은 ... 선을 그었다". The head noun alone means the last
organisation named whose name ends in it. A joint venture is introduced by what it is
("합작법인 '시냅스아시아'를 설립했다") and then called by that alone ("양사는 합작법인에 ... 투입").
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention, calls_back

# "합작법인 '시냅스아시아'를 설립했다. 양사는 합작법인에 ... 투입": a name introduced by what it is
# is meant by that noun alone afterwards.
_INTRODUCED_AS = re.compile(r"(?:합작법인|합작사)\s?['‘\"“]?$")
# head noun -> the name endings it stands for
_HEADS = {"은행": ("은행",), "대학": ("대학교", "대학", "대"), "재단": ("재단",)}
# Head nouns that alone mean the one named before: news says "은행이" for the bank in its story,
# but "대학과 기업" for universities in general, so those need "이 대학".
_JOINT_VENTURES = ("합작법인", "합작사")
_BARE = ("은행", *_JOINT_VENTURES)
# "은행이", "은행 측은", "이 대학 교수가": the head noun alone (with a particle), or after a
# demonstrative; not inside a word ("국책은행", "대학원").
_HEAD = re.compile(r"(?=[이해동은대재합])(?<![가-힣A-Za-z0-9])(?:(?P<this>이|해당|동)\s)?(?P<head>은행|대학|재단|합작법인|합작사)(?:\s측)?"
                   r"(?=(?:은|는|이|가|의|도|과|와|에)\s|\s)")


class HeadNouns:
    """The organisation last named for each head noun, and a finder for the head nouns."""

    def __init__(self) -> None:
        self._last: dict[str, Mention] = {}

    def saw(self, mentions: list[Mention], text: str = "") -> None:
        for m in mentions:
            introduced = _INTRODUCED_AS.search(text, max(0, m.start - 8), m.start) if text else None
            if introduced and m.actor.type in ORGANISATIONS_AND_GOVERNMENT:
                self._last[introduced.group(0).rstrip(" '‘\"“")] = m
            if m.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
                continue
            for head, endings in _HEADS.items():
                if m.surface != head and m.surface.endswith(endings) and len(m.surface) > len(head) + 1:
                    self._last[head] = m

    def refer(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Mentions for the head nouns of ``text`` that stand for an organisation named before."""
        if not self._last:
            return []
        found = []
        for match, mention in calls_back(_HEAD, "head", self._last, text, mentions):
            if not match.group("this") and (not mention.particle or match.group("head") not in _BARE):
                continue  # "은행 대출": the noun as a modifier; "대학과 기업": universities in general
            if mention.particle == "에" and match.group("head") not in _JOINT_VENTURES:
                continue  # "은행에 예금": banks in general; "합작법인에 투입" is the one just set up
            found.append(mention)
        return found
