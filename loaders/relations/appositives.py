"""Relations stated by a noun between two names rather than by a verb.

"틱톡의 모회사 바이트댄스" (ByteDance owns TikTok), "사우디 아람코 산하 벤처펀드 Prosperity7",
"딥시크의 창업자 량원펑", "Hugging Face 창업자 클레망 델랑지": the noun says what the second
name is to the first. As a predicate ("A는 B의 자회사로"), it says what the topic is to B.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor, Evidence, slugify
from loaders.mentions import GLOSS, Mention
from loaders.relations.fact import Fact
from loaders.transliteration import sounds_alike, transcribes

# (pattern between the two names, relation, which name is the subject)
_LINKS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # "A의 모회사 B", "A 모회사인 B": B owns A
    (re.compile(r"^\s*(?:의\s*)?모회사(?:인|는)?\s*$"), "SUBSIDIARY_OF", "first"),
    # "A 산하(의) [descriptor] B", "A의 자회사 B", "A의 클라우드 자회사 B", "A는 자회사 B를 통해",
    # "A그룹 계열의 B": B belongs to A (a word or two of what the unit does may stand before the noun,
    # glossed perhaps: "A의 벤처캐피털(VC) 계열사인 B"); a headline's comma stands for the topic's
    # particle ("A, AI 자회사 'B' 분사")
    (re.compile(r"^\s*(?:(?:의|은|는|이|가|,)\s*(?:(?:[A-Z]{1,4}|[A-Z]{0,4}[가-힣]{1,6}(?<![을를은는이가의에도한된할던]))(?:\s?[(（][A-Za-z]{1,6}[)）])?\s+){0,2}?)?(?:산하|자회사|계열사|계열)(?:의|인)?\s*(?:[^\s,.()（）]+\s+){0,3}?(?:[^\s,.()（）]*(?:펀드|회사|기업|기관|법인|벤처펀드|투자사)인?\s*)?$"),
     "SUBSIDIARY_OF", "second"),
    # "A가 100% 지분을 보유한 AI 전담 자회사 B", "A가 100% 지분을 보유한 AI 기업 B": B belongs to A,
    # who holds its shares
    (re.compile(r"^\s*(?:이|가|의)\s*(?:\d+(?:\.\d+)?\s?%\s?)?지분(?:을|의\s\d+(?:\.\d+)?\s?%를)\s*(?:보유|소유)한\s*"
                r"(?:[^\s,.()（）]+\s+){0,3}?(?:자회사|계열사|법인|회사|기업)\s*$"), "SUBSIDIARY_OF", "second"),
    # "A의 전략투자 조직인 B", "A의 AI 연구 부문인 B", "A의 CVC인 B", "A의 벤처투자 조직 B",
    # "A의 기술 스타트업 투자 조직 B", "A그룹의 AI 싱크탱크인 B", "A의 기업형 벤처캐피털(CVC) B": B is a unit of A
    (re.compile(r"^\s*(?:그룹)?의\s*(?:[^\s,.()（）]+\s+){0,3}?[^\s,.()（）]*(?:조직|부문|사업부|싱크탱크|CVC|기업형\s?벤처\s?캐피[털탈](?:\s?\(CVC\))?)인?\s*$"),
     "SUBSIDIARY_OF", "second"),
    # "A그룹 CVC인 B", "A 기업형 벤처캐피털 B": a corporate venture arm needs no 의 to say whose it is
    (re.compile(r"^\s*(?:그룹)?\s*(?:CVC|기업형\s?벤처\s?캐피[털탈](?:\s?\(CVC\))?)인?\s*$"), "SUBSIDIARY_OF", "second"),
    # "A 직속(의) B": B reports directly to A
    (re.compile(r"^\s*(?:의\s*)?직속(?:의|인)?\s*(?:[^\s,.()（）]+\s+){0,2}?(?:[^\s,.()（）]*(?:위원회|기관|조직)인?\s*)?$"),
     "SUBSIDIARY_OF", "second"),
    # "A대 교원창업기업 B", "A의 실험실 창업기업인 B", "A 스핀오프 B": B was started out of A
    (re.compile(r"^\s*(?:의\s*)?(?:교원|교수|학생|실험실|연구소|연구실|사내)\s?(?:창업\s?기업|스타트업|벤처)(?:인)?\s*$|"
                r"^\s*(?:의\s*)?스핀오프(?:\s?기업)?(?:인)?\s*$"), "FOUNDED", "first"),
    # "A의 창업자 P", "A 공동 창업자 P", "A 설립자인 P": P founded A
    (re.compile(r"^\s*(?:의\s*)?(?:공동\s*)?(?:창업자|설립자|창립자|co-?founder|founder)(?:인|이자)?\s*(?:of\s*)?$", re.I),
     "FOUNDED", "second"),
    # "A's founder P", "A co-founder and CEO P", "A's eight-person team, including co-founder and CEO P": P founded A
    (re.compile(r"^(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,3}?(?:team|staff|employees|leadership),\s+including\s+(?:its\s+)?)?"
                r"(?:co-?founder|founder)(?:\s+and\s+(?:CEO|CTO|chief\s+[a-z]+(?:\s+officer)?))?\s+$"), "FOUNDED", "second"),
)
_SUBJECT_TYPES = {
    "INVESTED_IN": {"Investor", "Company", "Startup", "Government", "Program"},
    "SUBSIDIARY_OF": {"Company", "Startup", "Investor", "University", "Model", "Program", "Government"},
    "FOUNDED": {"Person", "Company", "University", "Government", "Investor", "Startup"},
}


_LINK_NOUN = re.compile(r"모회사|자회사|계열사|산하|직속|조직인|부문인|사업부인|싱크탱크인|CVC인|창업자|설립자|창립자|창업기업|스핀오프|founder", re.I)


def states_a_link(text: str) -> bool:
    """True if ``text`` has a noun that may link two names, so unknown names there matter."""
    return bool(_LINK_NOUN.search(text))


def linked_by_nouns(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """Facts stated by "모회사", "산하", "자회사", "창업자" between two adjacent names."""
    facts = []
    # "B의 한국 투자 자회사인 A": a bare country between says where the unit works, it links nothing
    mentions = [m for m in mentions if not (m.actor.type == "Country" and not m.particle and 0 < m.start
                                            and _LINK_NOUN.search(text, m.after, m.after + 12))] if "자회사" in text else mentions
    for i, (first, second) in enumerate(zip(mentions, mentions[1:], strict=False)):
        between = text[_past_gloss(text, first):second.start]
        for pattern, relation, subject_side in _LINKS:
            if not pattern.match(between):
                continue
            subject, obj = (first, second) if subject_side == "first" else (second, first)
            if _fits(relation, subject, obj):
                facts.append(_fact(subject, relation, obj, evidence(first.start, second.end)))
            break
        else:
            facts += (_institute_of(text, first, second, evidence) + _unit_of_company(text, first, second, evidence)
                      + _agency_of_ministry(text, first, second, evidence)
                      + _parent_in_gloss(text, first, second, evidence)
                      + _parent_after_spelling(text, first, mentions[i + 1:i + 4], evidence)
                      + _founder_before(text, first, second, evidence))
        facts += _portfolio_of(text, first, second, evidence) + _held_as_unit(text, first, second, evidence)
        # "A는 B의 자회사로", "A는 B 산하 기관이다", "A는 B의 모회사": the noun is the predicate.
        if first.particle in ("은", "는", "이", "가"):
            predicate = _predicate(text, first, second)
            if predicate and not _names_the_unit(text, predicate.end(), mentions[i + 2:i + 3]):
                subject, obj = (second, first) if predicate.group(1) == "모회사" else (first, second)
                if _fits("SUBSIDIARY_OF", subject, obj):
                    facts.append(_fact(subject, "SUBSIDIARY_OF", obj, evidence(first.start, predicate.end())))
    return facts



# "..., 공동 창업자인 P", "회사이며 창업자인 P": a founder's title with no owner before it.
_OWNERLESS_FOUNDER = re.compile(r"(?:^|[,，]\s*|(?:이며|이고|이자)\s+)(?:공동\s?)?(?:창업자|설립자|창립자)(?:인|이자)\s*$")
_FOUNDED_BUSINESSES = ("Startup", "Company", "Investor")


def founders_of_the_topic(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """"A는 ... 회사이며, 공동 창업자인 P가 ...": a founder's title naming no company is the title
    held in the company the sentence is about, its topic before the title."""
    if "창업자" not in text and "설립자" not in text and "창립자" not in text:
        return []
    facts = []
    for person in mentions:
        if person.actor.type != "Person" or not _OWNERLESS_FOUNDER.search(text, max(0, person.start - 30), person.start):
            continue
        topic = next((m for m in reversed(mentions) if m.end <= person.start and m.particle in ("은", "는")
                      and m.actor.type in _FOUNDED_BUSINESSES), None)
        if topic is not None:
            facts.append(_fact(person, "FOUNDED", topic, evidence(topic.start, person.end)))
    return facts

# "A는 B를 자회사로 두고", "B를 100% 자회사로 둔 A", "A는 B를 계열사로 편입": the owner holds B as its unit.
_HELD_AS = re.compile(r"\s?(?:100\s?%\s?|완전\s?)?(?:자회사|계열사|손자회사)로\s?(두|편입|거느리|보유)")
_HOLDER_AFTER = re.compile(r"(?:둔|편입한|거느린|보유한)\s(?:[^\s,.]+\s){0,2}?$")


def _held_as_unit(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """"A는 B를 자회사로 두고": B belongs to A; "B를 자회사로 둔 A": so it does."""
    if first.particle in ("은", "는", "이", "가") and second.particle in ("을", "를"):
        held = _HELD_AS.match(text, second.after)
        owner, unit = first, second
    elif first.particle in ("을", "를"):
        held = _HELD_AS.match(text, first.after)
        if held is not None and not _HOLDER_AFTER.match(text, held.start(1), second.start):
            held = None
        owner, unit = second, first
    else:
        return []
    if held is None or not _fits("SUBSIDIARY_OF", unit, owner) or unit.actor.id == owner.actor.id:
        return []
    return [Fact(unit.actor, "SUBSIDIARY_OF", owner.actor, {"confidence": 0.7}, evidence(first.start, max(held.end(), second.end)))]


def _past_gloss(text: str, mention: Mention) -> int:
    """Where the words after ``mention`` start: past the bracket closing it when it is a gloss
    ("릴라이언스(Reliance Industries)의 AI 자회사 B": the owner's gloss takes the 의)."""
    if text[mention.end:mention.end + 1] in (")", "）") and text[mention.start - 1:mention.start] in ("(", "（"):
        return mention.end + 1
    return mention.end


# "A는 B의 AI 연구 자회사로": a word or two of what the unit does may stand before the noun, which
# then ends the predicate ("A는 B의 AI 자회사 C를 인수": C is B's).
_WHAT_THE_UNIT_DOES = r"(?:(?:AI|[가-힣]{1,6}(?<![을를은는이가의에도한된할던]))\s+){0,2}?"
# "A는 B 계열(의) 벤처캐피털로": 계열 before the noun that ends the predicate.
# A word or two may say what kind of unit it is ("A는 B의 벤처캐피털 계열사다"); the noun then
# ends the predicate ("A는 B의 AI 자회사 C를 인수": C is B's).
# "A는 B(의) 100% 자회사다": the share held may come before the noun.
_PREDICATE = re.compile(r"\s*(?:(?:\d{1,3}(?:\.\d+)?\s?%|완전)\s*)?(?:(자회사|계열사|산하|모회사|계열(?:의)?(?=\s[^\s,.]{1,10}(?:로|이다|이며|이자)[\s,.]))"
                        r"(?=로|이다|이며|다|인|이자|\s|,|\.)|" + _WHAT_THE_UNIT_DOES + r"(자회사|계열사)(?=로|이다|이며|다|이자))")
# "A는 인수 뒤 B의 100% 자회사로 편입되며": a few words may stand between the topic and the
# owner, and a share before the noun; the noun then ends the predicate ("자회사로"), so that
# "A는 지난해 B의 자회사 C를 인수" (C is B's) states nothing about A.
_LATER_PREDICATE = re.compile(r"\s*(?:100\s?%|완전)?\s*" + _WHAT_THE_UNIT_DOES + r"(자회사|계열사)(?=로|이다|이며|다|이자)")
_WORDS_IN_CLAUSE = re.compile(r"(?:\s*[^\s,.;:]+(?<![며고서만나])){0,4}\s*")
# "A는 인수 후 B 독일 법인 산하로 편입됐다": a unit moved under B (or under B's local 법인) is B's,
# the owner bare before the noun, as a business report puts it.
_MOVED_UNDER = re.compile(r"\s*(?:[가-힣]{1,6}\s?(?:현지\s)?법인\s?)?(산하|자회사|계열사)로\s?(?:편입|들어가|들어갔|이관|재편)")


# "A는 B 산하 성장펀드 3호로부터 유치": the unit noun runs on into a name of its own.
# The words between carry no particle: "B 산하 투자사로 X에 투자" ends the predicate before X.
_RUNS_INTO_A_NAME = re.compile(r"\s+(?:[^\s,.]+(?<![로다며고인은는이가을를에와과의])\s+){0,2}")


def _names_the_unit(text: str, end: int, following: list[Mention]) -> bool:
    """True if the ownership noun ending at ``end`` runs on, across a word or two, into the next
    name: that name is the unit owned ("B 산하 펀드 X"), and the topic only dealt with it."""
    return bool(following) and bool(_RUNS_INTO_A_NAME.fullmatch(text, end, following[0].start))


def _predicate(text: str, topic: Mention, owner: Mention) -> re.Match[str] | None:
    """The ownership noun predicated of ``topic`` right after ``owner`` ("A는 B의 자회사로")."""
    if not text[topic.after:owner.start].strip():
        return _PREDICATE.match(text, owner.after if owner.particle == "의" else owner.end)
    if not _WORDS_IN_CLAUSE.fullmatch(text, topic.after, owner.start):
        return None
    if not owner.particle:
        return _MOVED_UNDER.match(text, owner.end)
    if owner.particle != "의":
        return None
    return _LATER_PREDICATE.match(text, owner.after)


def _fits(relation: str, subject: Mention, obj: Mention) -> bool:
    """The subject may stand in ``relation``; a government's body is of that government's
    country ("영국 정부 산하의 ... AI 안전연구소" names the UK's institute, not a namesake)."""
    if subject.actor.type not in _SUBJECT_TYPES[relation] or (relation == "SUBSIDIARY_OF" and obj.actor.type == "Country"):
        return False  # "미국의 대표 AI 싱크탱크인 B": a country describes where B is, it owns nothing
    if subject.actor.id == obj.actor.id and (relation != "SUBSIDIARY_OF" or distinct_owner(subject, obj) is None):
        return False
    return not (relation == "SUBSIDIARY_OF" and obj.actor.type == "Government"
                and subject.actor.country and subject.actor.country != obj.actor.country)


def _fact(subject: Mention, relation: str, obj: Mention, where: Evidence) -> Fact:
    """The fact ``subject relation obj``; an owner named by another name of its own subsidiary's
    entry ("구글의 모회사 알파벳": the gazetteer lets "알파벳" stand for Google, as most texts
    mean it) is an actor of its own here, since the text sets the two apart."""
    owner = obj.actor
    if relation == "SUBSIDIARY_OF" and owner.id == subject.actor.id:
        owner = distinct_owner(subject, obj)
    return Fact(subject.actor, relation, owner, {"confidence": 0.7}, where)


def distinct_owner(canonical: Mention, other: Mention) -> Actor | None:
    """A distinct actor for ``other``, which names ``canonical``'s actor by another of its
    entry's names; None unless ``canonical`` uses the entry's own name (English or Korean)."""
    actor = canonical.actor
    if canonical.surface not in (actor.name, actor.name_ko) or other.surface in (actor.name, actor.name_ko):
        return None
    name = _latin_spelling(other.surface, actor.aliases)
    korean = other.surface if name != other.surface else None
    return Actor(id=slugify(name), name=name, type=actor.type, country=actor.country, name_ko=korean)


def _latin_spelling(surface: str, aliases: list[str]) -> str:
    """The Latin alias a Hangul ``surface`` transcribes ("알파벳": "Alphabet"), else ``surface``."""
    if not "가" <= surface[:1] <= "힣":
        return surface
    words = surface.split()
    for alias in aliases:
        latin = alias.split()
        if alias.isascii() and transcribes(words, latin) and sounds_alike(words, latin):
            return alias
    return surface


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


# "최고디지털·AI실(": an office's full name no list knows, before the abbreviation that names it.
# "상무부", "경제산업성": a ministry, whose offices are named after it ("경기도 성남시" is a place, no office).
_MINISTRY = re.compile(r"(?:부|성)$")
_OFFICE_SPELLED_OUT = re.compile(r"\s*(?:[^\s,.()（）]{1,20}(?:실|국|청|처|원|회|단|센터|소)\s?[(（])?")


def office_of(text: str, first: Mention, second: Mention) -> bool:
    """True if ``second`` is ``first``'s own office: "미 상무부 산업안보국", "미 국방부 최고디지털·AI실(CDAO)",
    a public body named right after a ministry, with no particle or comma between (a compound
    noun, not a list). The restriction reader uses it too: there the office acts, not the ministry."""
    return (not first.particle and first.actor.type == second.actor.type == "Government" and first.actor.id != second.actor.id
            and _MINISTRY.search(first.surface) is not None and _OFFICE_SPELLED_OUT.fullmatch(text, first.after, second.start) is not None)


def _agency_of_ministry(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """A ministry's office (office_of) belongs to it."""
    if not office_of(text, first, second):
        return []
    return [Fact(second.actor, "SUBSIDIARY_OF", first.actor, {"confidence": 0.7}, evidence(first.start, second.end))]


# "알파벳(구글 모회사)", "노을캐피탈(한빛은행 자회사)", "X벤처스(Y의 벤처 투자 조직)", "X벤처스(Y 계열)",
# "X벤처스(Y CVC)", "X연구원(Y그룹 AI 싱크탱크)": the gloss says what the name is to another.
_GLOSS_LINK = re.compile(r"\s*(?:의\s*)?(?:[^\s,()（）]+\s){0,3}?(모회사|자회사|계열사|계열|CVC|싱크탱크|산하\s*기관"
                         r"|[^\s()（）]*(?:조직|부문|사업부))\s*[)）]")


# "A(Pavilion Capital, ": a gloss opening with the name's Latin spelling, before what it says of it.
_SPELLING_IN_GLOSS = re.compile(r"\s*[(（]\s*[A-Za-z][\w .&'-]*$")
_AFTER_SPELLING = re.compile(r"\s*,\s*")


def _parent_after_spelling(text: str, first: Mention, following: list[Mention], evidence) -> list[Fact]:
    """"B(Pavilion Capital, 싱가포르 A 계열)": the gloss spells B in Latin letters, then says
    whose it is, perhaps with the owner's country first; B belongs to A."""
    if len(following) < 2 or not _SPELLING_IN_GLOSS.fullmatch(text, first.end, following[0].end):
        return []
    rest = following[1:]
    if not _AFTER_SPELLING.fullmatch(text, following[0].end, rest[0].start):
        return []
    if rest[0].actor.type == "Country" and len(rest) > 1 and not text[rest[0].end:rest[1].start].strip():
        rest = rest[1:]
    return _parent_in_gloss(text, first, rest[0], evidence, opened=True)


def _parent_in_gloss(text: str, first: Mention, second: Mention, evidence, opened: bool = False) -> list[Fact]:
    """"B(A 자회사)": B belongs to A; "A(B 모회사)": B belongs to A."""
    link = _GLOSS_LINK.match(text, second.end)
    if link is None or (not opened and text[first.end:second.start].strip() not in ("(", "（")):
        return []
    subject, obj = (second, first) if link.group(1) == "모회사" else (first, second)
    if not _fits("SUBSIDIARY_OF", subject, obj):
        return []
    return [_fact(subject, "SUBSIDIARY_OF", obj, evidence(first.start, link.end()))]


# "클레망 델랑지 Hugging Face 창업자": the person, then the company and the founder noun.
_FOUNDER_AFTER = re.compile(r"\s*(?:의\s*)?(?:공동\s*)?(?:창업자|설립자|창립자)")


# "P, Acme's co-founder and chief executive": P founded the organisation the appositive names.
_POSSESSIVE_FOUNDER = re.compile(r"['’]s\s+(?:co-?)?founder\b")


def _founder_before(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """"P X 창업자": P founded X; "said P, X's co-founder and chief executive": an English quote's speaker."""
    if first.actor.type != "Person" or first.particle or text[first.end:second.start].strip(" ,"):
        return []
    gloss = GLOSS.match(text, second.end)  # "P 하이란 즈넝(海岚智能) 창업자": the name's gloss comes first
    after = _FOUNDER_AFTER if not text[first.end:second.start].strip() else _POSSESSIVE_FOUNDER
    noun = after.match(text, gloss.end() if gloss else second.end)
    if noun is None or not _fits("FOUNDED", first, second) or second.actor.type == "Person":
        return []
    return [Fact(first.actor, "FOUNDED", second.actor, {"confidence": 0.7}, evidence(first.start, noun.end()))]


# "A도 B의 주요 투자처로 포함", "A는 B의 포트폴리오 기업이다", "A는 B의 첫 번째 투자처다": A is one of B's investments.
_PORTFOLIO = re.compile(r"\s*(?:주요\s?|핵심\s?|첫\s|첫\s?번째\s)?(?:투자처|포트폴리오\s?(?:기업|회사)?|피투자\s?(?:기업|회사))"
                        r"(?=로|이다|이며|다|에|가|인|\s?중)")
_INVESTEES = {"Company", "Startup", "Investor"}


def _portfolio_of(text: str, first: Mention, second: Mention, evidence) -> list[Fact]:
    """"A(도|는) B의 주요 투자처로": B invested in A."""
    if first.particle not in ("은", "는", "이", "가", "도") or second.particle != "의" or first.actor.type not in _INVESTEES:
        return []
    noun = _PORTFOLIO.match(text, second.after)
    if noun is None or not _fits("INVESTED_IN", second, first):
        return []
    return [Fact(second.actor, "INVESTED_IN", first.actor, {"confidence": 0.7}, evidence(first.start, noun.end()))]
