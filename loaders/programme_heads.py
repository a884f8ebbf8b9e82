"""The nouns that say a name is a programme ("... 행동계획", "... 기금", "the ... Act"), and its kind.

One vocabulary for every place that needs it: the word after a known programme's name
(:mod:`loaders.mentions`), the type guessed for a discovered name (:mod:`loaders.discovery`) and
the head of an unquoted programme noun phrase (:mod:`loaders.programme_names`).

How much a head needs before it to be a name differs: "AI 특구" is a name, "AI 프로젝트" and
"AI 정책" are topics (see :class:`Head`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.mentions import Mention


@dataclass(frozen=True)
class Head:
    """A head noun, the programme kind it gives and how much it needs before it to be a name."""

    word: str
    kind: str
    #: "strong": any modifier makes a name ("AI 특구", "AI 행정명령"); "specific": a modifier
    #: other than a generic word ("AI 보안 기금", not "AI 프로젝트" or "벤처 펀드");
    #: "generic": two modifiers, one of them not generic ("소버린 AI 인프라 구축 계획").
    strength: str


KOREAN_HEADS: tuple[Head, ...] = (
    *(Head(w, "policy", "strong") for w in ("행동계획", "행동 계획", "액션플랜")),
    *(Head(w, "policy", "specific") for w in ("가이드라인", "지침")),
    *(Head(w, "law", "strong") for w in ("행정명령", "법안", "법", "헌장")),
    # "AI 자율제조 얼라이언스", "K-클라우드 얼라이언스": a body's alliance that firms join.
    Head("이니셔티브", "initiative", "specific"), Head("얼라이언스", "initiative", "specific"), Head("특구", "project", "strong"),
    *(Head(w, "project", "specific") for w in ("프로젝트", "센터", "아카데미", "캠퍼스", "클러스터", "컨소시엄")),
    # "「X법」 서비스 데스크", "AI 헬프데스크": an office a body opens to serve others.
    Head("데스크", "project", "generic"),
    *(Head(w, "fund", "specific") for w in ("펀드", "기금")),
    *(Head(w, "initiative", "specific") for w in ("미션", "챌린지", "경진대회")),
    # Events a body hosts ("AI 역량 구축 세미나", "채용 박람회"): set up like an initiative.
    *(Head(w, "initiative", "specific") for w in ("세미나", "박람회", "컨퍼런스", "콘퍼런스", "서밋")),
    *(Head(w, "policy", "generic") for w in ("계획", "전략", "정책", "방안", "로드맵")),
    Head("사업", "project", "generic"), Head("프로그램", "initiative", "generic"),
)
# A fund's word anywhere in a name ("모태펀드", "국가전략기술기금", "Oakmere Growth Fund").
_FUND_WORD = re.compile(r"펀드|기금|Fund", re.I)


def names_a_fund(*names: str) -> bool:
    """True if any of ``names`` (a name, the surface it was written with) holds a fund's word."""
    return any(_FUND_WORD.search(name) for name in names)


def is_fund_programme(m: Mention) -> bool:
    """True for a programme named or written as a fund ("P 펀드", "국가전략기술기금"): what a
    backer's money paid in without a recipient of its own goes into."""
    return m.actor.type == "Program" and names_a_fund(m.actor.name, m.surface)


# A fund of funds ("모태펀드", "K-글로벌 AI 모펀드", "the national fund of funds"): it pays into the
# funds a passage names, so it is their backer, never the fund a list of backers fills.
_FUND_OF_FUNDS = re.compile(r"모태|모펀드|fund[-\s]+of[-\s]+funds", re.I)


def is_fund_of_funds(m: Mention) -> bool:
    """True if ``m`` is a fund of funds by its name, the words it was written with or an alias:
    callers checking fewer of them disagreed on one fund (a fund named in one language and written
    in another, "모태" only in its aliases)."""
    return any(_FUND_OF_FUNDS.search(name) for name in (m.actor.name, m.surface, *m.actor.aliases))


# Modifiers too common to make a programme's name on their own ("AI 프로젝트", "벤처 펀드").
GENERIC_MODIFIERS = frozenset("""
AI 인공지능 관련 투자 벤처 지원 연구 개발 산업 정부 정책 전략 대형 초대형 글로벌 민간 공공 사모 기술 데이터 디지털
혁신 육성 장기 단기 중장기 중기 종합 핵심 신규 추가 해외 국내 자체 전용 별도 기존 각종 다양한 주요 안보 경제
실무 세부 운영 관리 활용 기본 후속 관련 이행 시행 추진 국부 국영 시드 바이오 창업 전문 모 자
""".split())
# World regions: no body issues plans for them, so "중동 AI 인프라 전략" before a generic head says
# where a company's or country's plan is aimed ("중동 시장 진출 전략"), not a programme's name.
REGIONS = frozenset("""
중동 걸프 동남아 동남아시아 아시아 동북아 동북아시아 중앙아시아 아태 아시아태평양 북미 남미 중남미 라틴아메리카
아프리카 유라시아 서방 역내 전세계 세계
""".split())
# Modifiers that place a programme among others ("후속 행정명령", "단일법 제정"), even before a
# head that any other word makes a name.
RELATIVE_MODIFIERS = frozenset("후속 추가 기존 신규 별도 단일 개별 일반 관련 이행 시행 세부 하위 상위".split())
# A company's act before a generic head makes a plan to do it, not a programme ("LLM 출시
# 계획", "상장 계획", "해외 진출 전략").
COMPANY_ACTS = frozenset("출시 상장 인수 매각 채용 진출 합병 증설".split())
# A role right before the head says who leads or joins a group, not its name ("A 주관 컨소시엄",
# "B 참여 프로젝트", "1단계 수행 컨소시엄", "최종 선정 컨소시엄": those chosen to carry a programme out).
ROLES_IN_A_GROUP = frozenset("주관 주도 참여 수행 선정".split())
ENGLISH_HEADS: dict[str, str] = {
    "act": "law", "law": "law", "bill": "law", "fund": "fund", "plan": "policy", "strategy": "policy",
    "policy": "policy", "roadmap": "policy", "initiative": "initiative", "programme": "initiative",
    "program": "initiative", "mission": "initiative", "scheme": "initiative", "project": "project", "executive order": "law",
}
# Words ending in 법 that are not laws ("해법", "방법", "기법").
NOT_A_LAW = re.compile(r"(?:방|기|해|불|편|수|문|위|적|합|요|공|입|사|화|용|비|마|어|필|상|진|작)법$")
_BY_WORD = {h.word: h for h in KOREAN_HEADS}
_LONGEST_FIRST = tuple(sorted(_BY_WORD, key=len, reverse=True))
#: Any Korean head, longest first ("행동계획" before "계획").
KOREAN_HEAD = re.compile("(" + "|".join(re.escape(w) for w in _LONGEST_FIRST) + ")")
#: An English head word after a name ("the Atlântico AI programme").
ENGLISH_HEAD = re.compile(r"\s(" + "|".join(sorted(ENGLISH_HEADS, key=len, reverse=True)) + r")\b", re.I)


def head(word: str) -> Head:
    """The head entry of a word matched by :data:`KOREAN_HEAD`."""
    return _BY_WORD[word]


def enough_modifiers(h: Head, modifiers: list[str]) -> bool:
    """True if ``modifiers`` (the words before the head) make the phrase a programme's name."""
    # "체계적", "장기적": a "-적" word describes; it does not name.
    if modifiers and modifiers[-1] in ROLES_IN_A_GROUP:
        return False
    distinctive = [w for w in modifiers if w not in GENERIC_MODIFIERS and not w.endswith("적")]
    if h.strength == "strong":
        return any(w not in RELATIVE_MODIFIERS for w in modifiers)
    if h.strength == "specific":
        return bool(distinctive)
    return len(modifiers) >= 2 and bool(distinctive) and modifiers[-1] not in COMPANY_ACTS


def head_of(name: str) -> Head | None:
    """The head a Korean name ends in ("AI 보안 연구기금" -> 기금), if any ("중국의 해법" has none)."""
    if not name.endswith(_LONGEST_FIRST):
        return None  # most names: one test instead of one per head
    for word in _LONGEST_FIRST:
        if name.endswith(word):
            return None if word == "법" and NOT_A_LAW.search(name) else _BY_WORD[word]
    return None
