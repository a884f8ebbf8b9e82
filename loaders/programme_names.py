"""Programme names a report writes without quotes, and quoted titles followed by what they are.

Korean reports name most programmes as plain noun phrases ending in a head noun that says what
they are: "GPU를 도입한다는 소버린 AI 인프라 구축 계획을 발표", "500만 파운드 규모의 AI 보안
연구기금 조성", "5곳을 AI 특구로 지정". The phrase runs left from the head over bare nouns
(:func:`loaders.noun_phrases.phrase_start`), so it stops at "도입한다는", "규모의", "5곳을" and
at other actors' names, which gives the shortest phrase a reader would call the programme's name.

A quoted title followed by a head ("‘데이터 X’ 3개년 행동계획", "‘...장벽 제거’ 행정명령",
"‘신질생산력’ 전략") is one programme; it is known by the whole phrase, by the phrase without
quotes and by the title alone, as reports cite it all three ways. A gloss after the name
("인공지능법(Artificial Intelligence Act)") gives an alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Actor, slugify
from loaders.mentions import GLOSS, particle_at
from loaders.noun_phrases import FOOTNOTE_NUMBER, is_bare_noun, phrase_start, word_ends
from loaders.programme_heads import KOREAN_HEAD, NOT_A_LAW, REGIONS, Head, enough_modifiers, head, head_of

# Centres that are buildings (a data or logistics centre) or public bodies (a province's "X창조경제혁신센터"), not programmes.
# "AI DC 가산 센터", "IDC 분당 센터": a centre whose name says data centre is a building too.
_DATA_CENTRE_WORDS = frozenset({"DC", "IDC", "데이터센터"})
_NOT_A_PROGRAMME = re.compile(r"(?:데이터\s?센터|물류\s?센터|콜센터|센터장|펀드매니저|[가-힣]{2,}창조경제혁신센터)$")
# "(2024~2026년)", "(가칭)": a gloss that is a date or remark, not another name.
_DATE_GLOSS = re.compile(r"^[\d\s~.,\-–년월일]+$|^(?:가칭|안|초안|예정|잠정)$")
# "구체적인 인재 양성 정책", "다양한 AI 교육 프로그램", "여러 AI 센터", "... 지원하는 등 X 정책": a
# phrase an adjective, a quantifier or 등 stands before is one of a kind being described, not a
# programme's name. So is one that is counted ("10개 해양 데이터 클러스터"), placed against what
# existed ("기존 해양 출자 사업", "신규 ..."), characterised ("수출 중심 해양 AI 전략") or the second
# half of a coordination ("실시간 관측 및 해양 데이터 시범사업": the name, if any, is the whole).
_DESCRIBED_BEFORE = re.compile(r"(?:적인|로운|다양한|다른|여러|각종|모든|주요|일부|기존|신규|별도|기타|중심"
                               r"|\d+\s?(?:개|곳|건|종)|(?<![가-힣])(?:등|및))\s$")
_LATIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .&+\-]*")
_INNER_GLOSS = re.compile(r"\s?[(（][^()（）]*[)）](?=\s|$)")
_STEM = re.compile(r"[가-힣A-Za-z0-9·+&\-]+")
# "모태펀드 2026년 1차 정시 출자사업": a programme's call, named by the programme, the year and the
# round; the programme's name is then inside the call's.
CALL_AFTER = re.compile(r" (?:19|20)\d{2}년 \d{1,2}차 ")
# "인공지능법 서비스 데스크(AI Act Service Desk)": a known programme's name, a word or two and a head,
# glossed with a Latin name of several words, is one programme's name that takes the known one in
# (the desk, not the law it serves).
GLOSSED_PROGRAMME_AFTER = re.compile(r" (?:[가-힣A-Za-z0-9]+ ){0,2}?" + KOREAN_HEAD.pattern
                                     + r"\s?[(（][A-Z][A-Za-z0-9&.'’-]*(?: [A-Za-z0-9&.'’-]+)+[)）]")
# One word between a title and its head: "‘데이터 X’ 3개년 행동계획".
_WORD_AFTER_TITLE = re.compile(r"\s?(\S+)\s")
# "「X 2030」(이하 X30) 프로그램": the short name the report defines may stand between a title and its head.
HEREAFTER = re.compile(r"\s?[(（]이하\s*[\"'‘“「]?([^\"'’”」()（）]{1,20}?)[\"'’”」]?\s*[)）]")


# "추진 계획", "세부 시행 방안": a plan of carrying out a programme, not another programme.
_CARRYING_OUT = re.compile(r"\s?(?:세부\s?)?(?:추진|시행|운영|실행)\s?(?:계획|방안)")


@dataclass
class ProgrammeName:
    """A programme named at ``start:end``; ``after`` is where its particle search starts."""

    start: int
    end: int
    name: str
    kind: str
    aliases: list[str]
    after: int

    def actor(self) -> Actor:
        # "‘아마쿠모(天雲) 계산기반 프로젝트’": a gloss inside the title; the text also cites the
        # title without it, so the unglossed form is an alias.
        unglossed = _INNER_GLOSS.sub("", self.name)
        return Actor(id=slugify(self.name), name=self.name, type="Program", kind=self.kind, discovered=True,
                     name_ko=self.name if re.search("[가-힣]", self.name) else None,
                     aliases=[a for a in dict.fromkeys([*self.aliases, unglossed]) if a != self.name])


def gloss_after(text: str, pos: int) -> tuple[str | None, int]:
    """A parenthetical name or remark right after ``pos`` (None for a date) and where it ends."""
    gloss = GLOSS.match(text, pos)
    if gloss:
        inner = gloss.group(1).strip()
        return (None if _DATE_GLOSS.match(inner) else inner), gloss.end()
    note = FOOTNOTE_NUMBER.match(text, pos)
    return None, note.end() if note else pos


def _aliases(surface: str, gloss: str | None) -> list[str]:
    return [gloss, f"{surface}({gloss})"] if gloss else []


# "X는 ... 핵심 국가 프로그램이다": a phrase before the copula says what the subject is.
_COPULA = frozenset(("이다", "이며", "이고", "입니다", "이었다", "였다"))
# "펀드 오브 펀드 방식의 투자", "(추론 클러스터 분야)": a phrase before a word for a way, form or field names a kind of thing.
_KIND_AFTER = re.compile(r"\s(?:방식|형태|형식|유형|구조|분야|부문)(?:의|으로|로|을|를|이|가|에서|에는)?(?![가-힣])")


def _describes(text: str, pos: int) -> bool:
    """True if the phrase ending at ``pos`` describes another name rather than naming one:
    "...인재 프로그램인 AIDU", "...은 ... 초대형 AI 인프라 사업으로, ...", "GENIAC은 ... 국가
    프로그램이다"."""
    particle, after = particle_at(text, pos)
    return (particle in ("인", "이자") or particle in _COPULA or bool(_KIND_AFTER.match(text, pos))
            or (particle in ("으로", "로") and text[after:after + 1] == ","))


def _called_a_kind(text: str, phrase: str) -> bool:
    """True if ``text`` calls ``phrase`` a field or a kind anywhere ("(추론 클러스터 분야) ... 대규모
    추론 클러스터 구축을 지원"): the phrase is that kind wherever it recurs."""
    at = text.find(phrase)
    while at >= 0:
        if _KIND_AFTER.match(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


def _aimed_at_a_region(text: str, start: int, words: list[str]) -> bool:
    """True if the phrase starting at ``start`` opens with, or follows, a world region ("중동 AI
    인프라 전략", "동남아 AI 데이터센터 전략"): a plan aimed at a region, not a programme's name."""
    before = text[max(0, start - 12):start].split()
    return bool(words and words[0] in REGIONS) or bool(before and before[-1] in REGIONS)


def find_programme_phrases(text: str, taken: list[tuple[int, int]]) -> list[ProgrammeName]:
    """Unquoted Korean programme noun phrases in ``text`` outside the ``taken`` spans."""
    found: list[ProgrammeName] = []
    for m in KOREAN_HEAD.finditer(text):
        h = head(m.group(1))
        if (any(s < m.end() and e > m.start() for s, e in taken) or not word_ends(text, m.end())
                or CALL_AFTER.match(text, m.end()) or GLOSSED_PROGRAMME_AFTER.match(text, m.end())):
            continue
        word_start = m.start()
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        stem = text[word_start:m.start()]
        if stem and not _STEM.fullmatch(stem):
            continue  # "’전략" (a quoted title's head: see titled_programme), "(AI)전략"
        word = text[word_start:m.end()]
        if _NOT_A_PROGRAMME.search(word) or (h.word == "법" and (len(stem) < 2 or NOT_A_LAW.search(word))):
            continue
        start, words = phrase_start(text, word_start, taken)
        if word.endswith("센터") and _DATA_CENTRE_WORDS.intersection(words):
            continue  # "AI DC 가산 센터": a data centre named by its site is a building
        if h.strength != "strong" and _DESCRIBED_BEFORE.search(text, max(0, start - 6), start):
            continue
        if h.strength == "generic" and _aimed_at_a_region(text, start, words):
            continue
        modifiers = words + ([stem] if len(stem) >= 2 or (stem and not re.search("[가-힣]", stem)) else [])
        latin = not stem and bool(words) and bool(_LATIN_NAME.fullmatch(" ".join(words)))
        if not enough_modifiers(h, modifiers) and not (latin and enough_modifiers(Head("", "", "specific"), words)):
            continue  # a Latin proper name before any head is a name ("Horizon 프로그램")
        gloss, after = gloss_after(text, m.end())
        if _describes(text, after):
            continue
        name = " ".join(text[start:m.end()].split())
        if _called_a_kind(text, text[start:m.end()]):
            continue
        aliases = _aliases(name, gloss)
        if latin:
            aliases.append(" ".join(words))  # "AI for Humanity 전략" is also "AI for Humanity"
        found.append(ProgrammeName(start, m.end(), name, h.kind, aliases, after))
        taken = [*taken, (start, m.end())]
    return found


# Korean administration calls every project it runs a 사업; a title before it is the name ("프로그램",
# "프로젝트" may be part of a name: "「Blue Compute 2035」 프로그램").
_BARE_PROJECT_WORDS = frozenset(("사업",))


def titled_programme(text: str, title_start: int, title_end: int, title: str) -> ProgrammeName | None:
    """A quoted title at ``title_start:title_end`` followed by a head ("‘데이터 X’ 3개년 행동계획"),
    with at most one bare noun between them, after the short name the report defines for it."""
    hereafter = HEREAFTER.match(text, title_end)
    short = [hereafter.group(1).strip()] if hereafter else []
    if hereafter:
        title_end = hereafter.end()
    own_head = head_of(title)
    if own_head is not None and _CARRYING_OUT.match(text, title_end):
        # "‘X 프로젝트’(이하 X) 추진 계획": the plan of carrying out the programme the title names.
        return ProgrammeName(title_start, title_end, title, own_head.kind, short, title_end)
    starts = [title_end + (1 if text[title_end:title_end + 1] == " " else 0)]
    word = _WORD_AFTER_TITLE.match(text, title_end)
    if word and is_bare_noun(word.group(1)):
        starts.append(word.end())
    for pos in starts:
        m = KOREAN_HEAD.match(text, pos)
        if not m or not word_ends(text, m.end()):
            continue
        rest = " ".join(text[title_end:m.end()].split())
        # "'K-에이전트 챌린지' 사업": the bare word for a project says what the title is, it adds no name
        name = title if rest in _BARE_PROJECT_WORDS else f"{title} {rest}"
        surface = " ".join(text[title_start:m.end()].split())
        gloss, after = gloss_after(text, m.end())
        # "「인공지능법」 서비스 데스크": a title with a head of its own names another programme (the
        # law the desk serves), so the title alone is no name of this one.
        title_alias = [] if head_of(title) else [title]
        return ProgrammeName(title_start, m.end(), name, head(m.group(1)).kind,
                             [surface, *title_alias, *short, *_aliases(name, gloss)], after)
    return None
