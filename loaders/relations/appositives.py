"""Relations stated by a noun between two names rather than by a verb.

"틱톡의 모회사 바이트댄스" (ByteDance owns TikTok), "사우디 아람코 산하 벤처펀드 Prosperity7",
"딥시크의 창업자 량원펑", "Hugging Face 창업자 클레망 델랑지": the noun says what the second
name is to the first. As a predicate ("A는 B의 자회사로"), it says what the topic is to B.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.mentions import GLOSS, Mention
from loaders.relations.fact import Fact

# (pattern between the two names, relation, which name is the subject)
_LINKS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # "A의 모회사 B", "A 모회사인 B": B owns A
    (re.compile(r"^\s*(?:의\s*)?모회사(?:인|는)?\s*$"), "SUBSIDIARY_OF", "first"),
    # "A 산하(의) [descriptor] B", "A의 자회사 B", "A의 클라우드 자회사 B", "A는 자회사 B를 통해",
    # "A그룹 계열의 B": B belongs to A (a word or two of what the unit does may stand before the noun)
    (re.compile(r"^\s*(?:(?:의|은|는|이|가)\s*(?:(?:AI|[가-힣]{1,6}(?<![을를은는이가의에도한된할던]))\s+){0,2}?)?(?:산하|자회사|계열사|계열)(?:의|인)?\s*(?:[^\s,.()（）]+\s+){0,3}?(?:[^\s,.()（）]*(?:펀드|회사|기업|기관|법인|벤처펀드|투자사)인?\s*)?$"),
     "SUBSIDIARY_OF", "second"),
    # "A의 전략투자 조직인 B", "A의 AI 연구 부문인 B", "A의 CVC인 B": B is a unit of A
    (re.compile(r"^\s*의\s*(?:[^\s,.()（）]+\s+){0,2}?[^\s,.()（）]*(?:조직|부문|사업부|CVC)인\s*$"), "SUBSIDIARY_OF", "second"),
    # "A 직속(의) B": B reports directly to A
    (re.compile(r"^\s*(?:의\s*)?직속(?:의|인)?\s*(?:[^\s,.()（）]+\s+){0,2}?(?:[^\s,.()（）]*(?:위원회|기관|조직)인?\s*)?$"),
     "SUBSIDIARY_OF", "second"),
    # "A의 창업자 P", "A 공동 창업자 P", "A 설립자인 P": P founded A
    (re.compile(r"^\s*(?:의\s*)?(?:공동\s*)?(?:창업자|설립자|창립자|co-?founder|founder)(?:인|이자)?\s*(?:of\s*)?$", re.I),
     "FOUNDED", "second"),
)
_SUBJECT_TYPES = {
    "SUBSIDIARY_OF": {"Company", "Startup", "Investor", "University", "Model", "Program", "Government"},
    "FOUNDED": {"Person", "Company", "University", "Government", "Investor", "Startup"},
}


_LINK_NOUN = re.compile(r"모회사|자회사|계열사|산하|직속|조직인|부문인|사업부인|CVC인|창업자|설립자|창립자|founder", re.I)


def states_a_link(text: str) -> bool:
    """True if ``text`` has a noun that may link two names, so unknown names there matter."""
    return bool(_LINK_NOUN.search(text))


def linked_by_nouns(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """Facts stated by "모회사", "산하", "자회사", "창업자" between two adjacent names."""
    facts = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = text[first.end:second.start]
        for pattern, relation, subject_side in _LINKS:
            if not pattern.match(between):
                continue
            subject, obj = (first, second) if subject_side == "first" else (second, first)
            if _fits(relation, subject, obj):
                facts.append(Fact(subject.actor, relation, obj.actor, {"confidence": 0.7},
                                  evidence(first.start, second.end)))
            break
        else:
            facts += (_institute_of(text, first, second, evidence) + _unit_of_company(text, first, second, evidence)
                      + _parent_in_gloss(text, first, second, evidence)
                      + _founder_before(text, first, second, evidence))
        # "A는 B의 자회사로", "A는 B 산하 기관이다", "A는 B의 모회사": the noun is the predicate.
        if first.particle in ("은", "는", "이", "가"):
            predicate = _predicate(text, first, second)
            if predicate:
                subject, obj = (second, first) if predicate.group(1) == "모회사" else (first, second)
                if _fits("SUBSIDIARY_OF", subject, obj):
                    facts.append(Fact(subject.actor, "SUBSIDIARY_OF", obj.actor, {"confidence": 0.7},
                                      evidence(first.start, predicate.end())))
    return facts


# "A는 B 계열(의) 벤처캐피털로": 계열 before the noun that ends the predicate.
_PREDICATE = re.compile(r"\s*(자회사|계열사|산하|모회사|계열(?:의)?(?=\s[^\s,.]{1,10}(?:로|이다|이며|이자)[\s,.]))"
                        r"(?=로|이다|이며|다|인|이자|\s|,|\.)")
# "A는 인수 뒤 B의 100% 자회사로 편입되며": a few words may stand between the topic and the
# owner, and a share before the noun; the noun then ends the predicate ("자회사로"), so that
# "A는 지난해 B의 자회사 C를 인수" (C is B's) states nothing about A.
_LATER_PREDICATE = re.compile(r"\s*(?:100\s?%|완전)?\s*(자회사|계열사)(?=로|이다|이며|다|이자)")
_WORDS_IN_CLAUSE = re.compile(r"(?:\s*[^\s,.;:]+(?<![며고서만나])){0,4}\s*")


def _predicate(text: str, topic: Mention, owner: Mention) -> re.Match[str] | None:
    """The ownership noun predicated of ``topic`` right after ``owner`` ("A는 B의 자회사로")."""
    if not text[topic.after:owner.start].strip():
        return _PREDICATE.match(text, owner.after if owner.particle == "의" else owner.end)
    if owner.particle != "의" or not _WORDS_IN_CLAUSE.fullmatch(text, topic.after, owner.start):
        return None
    return _LATER_PREDICATE.match(text, owner.after)


def _fits(relation: str, subject: Mention, obj: Mention) -> bool:
    """The subject may stand in ``relation``; a government's body is of that government's
    country ("영국 정부 산하의 ... AI 안전연구소" names the UK's institute, not a namesake)."""
    if subject.actor.type not in _SUBJECT_TYPES[relation] or subject.actor.id == obj.actor.id:
        return False
    return not (relation == "SUBSIDIARY_OF" and obj.actor.type == "Government"
                and subject.actor.country and subject.actor.country != obj.actor.country)


# "스탠퍼드 대학교 인간중심 인공지능연구소", "서울대 AI연구원": a university's own institute.
_UNIVERSITY_WORD = re.compile(r"\s*(?:대학교|대학|대)?\s*")
_INSTITUTE = re.compile(r"(?:연구소|연구원|연구센터|대학원|Institute|Lab|Labs)$", re.I)


def _institute_of(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """An institute named right after its university belongs to it."""
    if (first.actor.type != "University" or second.actor.type not in ("University", "Company")
            or first.particle or not _INSTITUTE.search(second.surface)
            or not _UNIVERSITY_WORD.fullmatch(text[first.end:second.start]) or first.actor.id == second.actor.id):
        return []
    return [Fact(second.actor, "SUBSIDIARY_OF", first.actor, {"confidence": 0.7}, evidence(first.start, second.end))]


# "알리바바의 다모 아카데미", "네이버의 클로바 연구소": a company's own research unit. Not "랩스"
# or "Labs", which end many independent startups' names ("엔비디아의 람다랩스 투자").
_RESEARCH_UNIT = re.compile(r"(?:아카데미|연구소|연구원|연구센터|Academy|Institute)$")
_BUSINESSES = {"Company", "Startup"}


def _unit_of_company(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """"A의 B 아카데미": a research unit named right after a company marked 의 is the company's."""
    if (first.particle != "의" or first.actor.type not in _BUSINESSES or second.actor.type not in _BUSINESSES
            or text[first.after:second.start].strip() or not _RESEARCH_UNIT.search(second.surface)
            or first.actor.id == second.actor.id):
        return []
    return [Fact(second.actor, "SUBSIDIARY_OF", first.actor, {"confidence": 0.7}, evidence(first.start, second.end))]


# "알파벳(구글 모회사)", "노을캐피탈(한빛은행 자회사)": the gloss says what the name is to another.
_GLOSS_LINK = re.compile(r"\s*(?:의\s*)?(모회사|자회사|계열사|산하\s*기관)\s*[)）]")


def _parent_in_gloss(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """"B(A 자회사)": B belongs to A; "A(B 모회사)": B belongs to A."""
    link = _GLOSS_LINK.match(text, second.end)
    if link is None or text[first.end:second.start].strip() not in ("(", "（"):
        return []
    subject, obj = (second, first) if link.group(1) == "모회사" else (first, second)
    if not _fits("SUBSIDIARY_OF", subject, obj):
        return []
    return [Fact(subject.actor, "SUBSIDIARY_OF", obj.actor, {"confidence": 0.7}, evidence(first.start, link.end()))]


# "클레망 델랑지 Hugging Face 창업자": the person, then the company and the founder noun.
_FOUNDER_AFTER = re.compile(r"\s*(?:의\s*)?(?:공동\s*)?(?:창업자|설립자|창립자)")


def _founder_before(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """"P X 창업자": P founded X."""
    if first.actor.type != "Person" or first.particle or text[first.end:second.start].strip():
        return []
    gloss = GLOSS.match(text, second.end)  # "P 하이란 즈넝(海岚智能) 창업자": the name's gloss comes first
    noun = _FOUNDER_AFTER.match(text, gloss.end() if gloss else second.end)
    if noun is None or not _fits("FOUNDED", first, second) or second.actor.type == "Person":
        return []
    return [Fact(first.actor, "FOUNDED", second.actor, {"confidence": 0.7}, evidence(first.start, noun.end()))]
