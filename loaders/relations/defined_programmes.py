"""A programme a report defines, carried out by the government the next sentence names.

"X 이니셔티브는 ... 인프라를 전국에 구축하는 전략이다. 정부는 2028년까지 GPU 1.5만 장을 확보할
계획이며 ...": the first sentence says what the programme is (its topic, then a copula ending on the
kind of programme), the next opens on the government that carries it out. The programme is the
government's: it launched it. Only when the next sentence opens on the government as its subject
and names no programme of its own (then the act would be that one's).
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.programme_money import Evidencer

# "… 구축하는 전략이다.", "… 지원하는 사업이다": the sentence defines its topic as a programme.
_DEFINED_AS_A_PROGRAMME = re.compile(r"(?:전략|정책|사업|프로그램|이니셔티브|계획|구상|프로젝트)(?:이다|입니다)\.?\s*$")
# "정부는 2028년까지 ...": the sentence opens on the government as its subject.
_OPENS_ON_THE_GOVERNMENT = re.compile(r"^(?:(?:또한|이에|이를 위해|이와 함께|아울러)\s)?(?:[가-힣]{1,6}\s)?정부(?:는|가)\s")
# What a government does carrying a programme out: plans, builds, secures, invests, sets up.
_CARRIES_OUT = re.compile(r"계획|추진|구축|확보|투자|설립|지원|조성|예정")


def defines_a_programme(text: str) -> bool:
    """True if ``text`` ends defining its topic as a kind of programme (names in it are worth finding)."""
    if not text.rstrip(" .").endswith(("이다", "입니다")):
        return False  # most sentences: the pattern would be tried at each of their characters
    return bool(_DEFINED_AS_A_PROGRAMME.search(text))


def carried_out_by_the_government(text: str, mentions: list[Mention], programme_before: Mention | None,
                                  evidence: Evidencer) -> list[Fact]:
    """LAUNCHED from the government opening ``text`` to the programme the sentence before defined."""
    if programme_before is None or programme_before.particle not in ("은", "는") \
            or programme_before.actor.type != "Program" or not _OPENS_ON_THE_GOVERNMENT.match(text):
        return []
    government = next((m for m in mentions if m.particle in ("은", "는", "이", "가")), None)
    if government is None or government.actor.type != "Government" or any(m.actor.type == "Program" for m in mentions):
        return []
    if not _CARRIES_OUT.search(text):
        return []
    return [Fact(government.actor, "LAUNCHED", programme_before.actor, {"confidence": 0.5},
                 evidence(government.start, len(text)))]
