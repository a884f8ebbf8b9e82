"""People the gazetteer does not know, found by the role a report gives them.

Korean: a name stands right before or after a role noun ("박정우 대표가 설립한", "창업자
클레망 델랑지는"). A native name is a surname syllable and two more ("박정우"); a transliterated
foreign name is two short words ("클레망 델랑지"), accepted only after a role only people hold
(창업자, CEO ...), since two words before "대표" may be "국내 스타트업". The mention covers the name; its
particle is read after a role that follows it, so "박정우 대표가" is the subject of a clause.

English: capitalised names after "founded by", "co-founder", "CEO" and the like ("founded by
Amara Okafor and Daniel Reyes", "CEO Ingrid Solberg").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Actor, slugify
from loaders.noun_phrases import DETERMINERS, is_bare_noun, particle_ending, word_ends
from loaders.patterns import NAME_TITLE

# Plural words for people ("two ex-Google researchers", "three alumni of C"): who the names after or
# the founders behind them are. One list for every reader that meets them.
PEOPLE_PLURALS = (r"(?:co-?founders|founders|researchers|engineers|scientists|executives|entrepreneurs|academics|"
                  r"professors|alumni|veterans|brothers|sisters|siblings|graduates|members|employees|colleagues|"
                  r"staffers|students)")

_ROLES = (
    "공동창업자", "공동 창업자", "창업자", "설립자", "창립자", "공동대표", "대표이사", "대표", "최고경영자", "CEO", "CTO",
    # a venture firm's posts: "박정우 대표파트너가 설립한", "정하윤 파트너와", "심사역 김하늘"
    "대표파트너", "대표 파트너", "매니징파트너", "파트너", "심사역",
    "최고기술책임자", "최고재무책임자", "최고운영책임자", "최고전략책임자", "최고제품책임자",
    "CFO", "COO", "CSO", "수석과학자", "수석 과학자", "수석연구원", "연구원", "교수", "박사", "회장", "부회장", "의장",
    "사장", "부사장", "주석", "대통령", "총리", "부총리", "장관", "위원장", "이사장", "원장", "소장", "총장", "청장",
    # a company's officers below its head: "문지아 이사는", "정하윤 전무가"
    "이사", "전무", "상무", "본부장",
)
_ROLE = "(?:" + "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True)) + ")"
_ROLE_START = re.compile(_ROLE)
_SPACED_ROLE = re.compile(r"\s?" + _ROLE)
_LETTER = re.compile(r"[가-힣A-Za-z]")
#: A role word alone ("CEO", "대표"): "xAI의 CEO 일론 머스크" names a person by their post.
ROLE_WORD = re.compile(rf"\s*{_ROLE}?\s*")
# Common Korean surnames (one syllable), common Chinese ones as Korean writes them (량, 쑨 ...),
# and the two-syllable Korean ones.
_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄변채원천방공"
             "현함염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
             "량리쑨궈뤄셰쑹탕펑덩쩡톈둥샤저쉬린후자")
_COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
#: "정 대표가": a person the story has named in full ("정하윤 대표"), by surname and post alone.
SURNAME_BEFORE_ROLE = re.compile(rf"(?<![가-힣A-Za-z0-9])([{_SURNAMES}])(?=\s{_ROLE})")
_NATIVE = re.compile(rf"(?:{'|'.join(_COMPOUND_SURNAMES)})[가-힣]{{1,2}}|[{_SURNAMES}][가-힣]{{2}}")
# "이수아 대표", "김하야 CTO": given names ending in 아/야 read like a verb's connective ending
# ("맡아"), so a word of that shape is a name only right before a role.
# "박재운 대표": likewise a given name ending in 운, unless the word is an adjective ("어려운",
# "고마운", "가벼운").
_GIVEN_NAME_IN_A = re.compile(rf"[{_SURNAMES}][가-힣][아야]|[{_SURNAMES}](?![려마가러거로다벼여쉬스미까])[가-힣]운")
# Three-syllable words that start like a surname but are not names.
_NOT_NATIVE_NAMES = frozenset("""
이사회 한국인 정책관 최고경영 장관급 위원장 연구원 대표단 이번에 전문가 안정성 안전성 우리나라 성장률 정부측 연구진
""".split())
# A foreign name is read only after a role that only people hold ("창업자 클레망 델랑지"), and
# not when the words after the role describe the role ("창업자 출신 연구자들").
_PERSON_ONLY_ROLES = frozenset(("공동창업자", "공동 창업자", "창업자", "설립자", "창립자", "CEO", "CTO", "최고경영자",
                                "최고기술책임자", "최고재무책임자", "최고운영책임자", "최고전략책임자", "최고제품책임자",
                                "수석과학자", "수석 과학자"))
# "공동창업자 두 명은": a native number and its counter say how many, they name no one.
_NOT_FOREIGN_NAME = re.compile(r"^(?:출신|겸|및|등|자리|역할|직|당시|시절|이후|이전|중|측"
                               r"|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|여러|명|분)$|들$")
_FOREIGN_WORD = re.compile(r"[가-힣]{1,5}")
# Capitalised words that continue a post, not a name ("executive Vice President", "director General").
_EN_TITLE_WORDS = r"(?:Vice|President|Director|General|Chairman|Chairwoman|Chief|Officer|Council|Board|Committee|Order)\b"
# "founded by A and B", "founded in 2021 by A", "set up last year by A", "co-founder A", "CEO A",
# "Acme Capital managing partner A", "Kibo's partner A" (a firm's partner: "launch partner Acme" is no person).
_EN_ROLE = re.compile(r"\b(?=[A-Za-z])(?:(?:(?:co-?)?founded|set\s+up|started|established)"
                      r"(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}|\s+(?:last|this)\s+year)?\s+by|"
                      r"(?:co-?)?founders?|CEO|CTO|CFO|COO|chief executive|chairman|chairwoman|"
                      r"president|professor|researcher|engineer|scientist|roboticist|physicist|mathematician|"
                      r"entrepreneur|analyst|(?-i:(?!(?:Our|Its|Their|The|Your|My)\s)[A-Z][\w.&-]*(?:['’]s)?\s+(?:managing\s+|general\s+|founding\s+)?partner))\s+|"
                      # "NVIDIA's EMEA lead, P", "Acme's Asia head, P": a firm's regional or unit post, then its holder
                      r"(?-i:[A-Z][\w.&-]*['’]s\s+(?:[A-Z]{2,6}\s+|[a-z]+\s+){0,2}(?:lead|head),\s+)|"
                      # "two ex-Google researchers, A and B": the people a plural role describes, after a comma
                      r"\b" + PEOPLE_PLURALS + r",\s+(?:(?:both|namely)\s+)?|"
                      # "by engineers A and B", "my partners A and B": a plural role right before names
                      r"(?-i:\b(?:engineers|researchers|scientists|partners|executives|professors|entrepreneurs)\s+)|"
                      # "former Flipkart executive P", "Allianz board member P", "ex-Google AI lead P": a post
                      # people hold at an employer ("lead" and "head" only as a past post: "round lead X" is a firm)
                      r"(?-i:\b(?:executives?|board\s+members?|directors?|vice\s+presidents?|VPs?)\s+(?!" + _EN_TITLE_WORDS + r")|"
                      r"\b(?:former|ex-)\s*(?:[\w.&-]+\s+){0,3}?(?:lead|head)\s+)|"
                      # "Sheikh Mansour bin Zayed", "Minister Niamh Brennan": a title only people bear
                      r"(?-i:\b(?:Mr|Ms|Mrs|Sir|Dame|Sheikh|Sheikha|Senator|Governor|Minister|Chancellor)\.?\s+)",
                      re.I)
# "Léa Morel, its chief executive and ...": a name its role follows as an appositive;
# "P, who previously led research at C": "who" is said of people ("which" of companies).
# "Tomas Berg, a former Google DeepMind researcher": a person's past post, with the employer's name.
_EN_ROLE_AFTER = re.compile(r"\s+(?:co-?founded|founded|started|set\s+up)\s+the\s+(?:company|firm|start-?up|business)\b|"
                            # "P and I founded X": a founder writing of the other founder
                            r"\s+and\s+I\s+(?:co-?founded|founded|started|set\s+up|built)\b|"
                            r",\s+who\s|,\s+(?:its|the|their|a|an)\s+(?:former\s+|new\s+|current\s+|serial\s+)?(?:co-?founder|"
                            r"founder|chief executive|chief technology officer|CEO|CTO|chairman|chairwoman|president)\b|"
                            r",\s+(?:a|an)\s+former\s+(?:[\w.&-]+\s+){1,3}?(?:researcher|engineer|scientist|"
                            r"executive|economist|banker|professor)\b|"
                            # "Sandeep Kulkarni, an IIT Madras alumnus": a school's former student
                            r",\s+(?:a|an)\s+(?:[\w.&-]+\s+){0,3}?(?:alumnus|alumna|graduate)\b|"
                            # "Ciara Fitzgerald, CEO of Lumen Loop", "P, co-founder of X": a post in an organisation
                            # "P, former COO of C", "P, a former board member of C": a past post too
                            r",\s+(?:(?:a|the)\s+)?(?:former\s+|ex-)?(?:(?:co-?)?founder|CEO|CTO|CFO|COO|chief\s+\w+(?:\s+officer)?|"
                            r"chair(?:man|woman)?|president|vice\s+president|VP|head|director|managing\s+director|executive|"
                            r"board\s+member|(?:general\s+|managing\s+)?partner)\s+(?:of|at)\s+[A-Z]|"
                            # "said P, Acme's co-founder and chief executive": a quote's speaker, named with
                            # their post in an organisation
                            r",\s+[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s\s+(?:co-?founder|founder|chief\s+executive|CEO|CTO|"
                            r"chair(?:man|woman)?|president|(?:general\s+|managing\s+)?partner)\b|"
                            # "said Q, a partner at venture firm C", "P, an analyst with C": a post people hold
                            # at an organisation (a firm is "an investor in" or "a partner of" one)
                            r",\s+(?:a|an)\s+(?:[\w.&-]+\s+){0,4}?(?:partner|analyst|economist|professor|spokes(?:wo)?man|"
                            r"spokesperson|adviser|advisor|researcher|engineer|executive|officer|manager|principal|"
                            r"associate|fellow|lawyer|director)\s+(?:at|with)\s")
# "Rousseau-Thane", "Élodie", "Łukasz": a capital, accented too, and small letters
_EN_CAPITAL = "[A-ZÀ-ÖØ-ÞĆČŁŃŘŚŠŹŻŽ]"
_EN_WORD = _EN_CAPITAL + r"[a-zà-öø-ÿĀ-ž'’]+(?:-[A-Z]?[a-zà-öø-ÿĀ-ž'’]+)*"
_EN_NAME = re.compile(rf"(?:{NAME_TITLE}\s|Professor\s)?({_EN_WORD}(?:\s(?:de|van|von|da|del|bin|al)?\s?{_EN_WORD}){{1,2}})")
# Between two people: "A and B", "A, B", and "A, a former engineer, and B" or "A, who led research
# at C, and B" (an appositive on A).
_EN_BETWEEN = re.compile(r"(?:,\s+(?:(?:an?|the)\s+[a-z]|who\s)[^,;.]{0,60},\s+and\s+|,\s*|\s+and\s+|\s*&\s*)")
# "former CERN engineer P", "former Google DeepMind researchers P and Q", "ex-Stripe engineers P and Q":
# what P was, before P.
_EN_DESCRIPTOR = re.compile(r"(?:(?:former\s+|ex-|serial\s+)(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+|"
                            r"(?:[A-Z]{2,}\s+|[a-z]+\s+){0,3}?)(?=" + _EN_CAPITAL + "[a-z])")
# "set up by the Abu Dhabi government": a place's public body, no person.
_PLACES_BODY = re.compile(r"(?:['’]s)?\s+(?:government|administration|authorities|state|province|city)\b")
# What every _EN_NAME starts with; a sentence without it names no one after an English role.
_CAPITALISED = re.compile(_EN_CAPITAL + r"[a-zà-öø-ÿĀ-ž'’-]")


@dataclass
class PersonName:
    """A person named at ``start:end``; ``after`` is where the particle search starts."""

    start: int
    end: int
    name: str
    after: int
    spelling: str = ""  # the name's Latin spelling in a gloss ("요아브 샤론(Yoav Sharon)")

    def actor(self) -> Actor:
        korean = bool(re.search("[가-힣]", self.name))
        return Actor(id=slugify(self.name), name=self.name, type="Person", discovered=True,
                     name_ko=self.name if korean else None, aliases=[self.spelling] if self.spelling else [])


def _native(word: str) -> bool:
    """A native name's shape, not a known non-name, not a role itself ("박사후 연구원")."""
    return (bool(_NATIVE.fullmatch(word)) and word not in _NOT_NATIVE_NAMES and is_bare_noun(word)
            and not word.endswith(("적", "들"))  # "전략적 파트너", "파트너 국가들": no given names
            and not _ROLE_START.match(word))


def is_native_name(word: str) -> bool:
    """True for a word shaped like a Korean person's name ("김철수"), not a known non-name."""
    return _native(word)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or start >= e for s, e in taken)


def find_korean_people(text: str, taken: list[tuple[int, int]]) -> list[PersonName]:
    """Names next to a role noun: "박정우 대표가", "창업자 클레망 델랑지는", "데이비드 하 CEO"."""
    found: list[PersonName] = []
    for role in _ROLE_START.finditer(text):
        if not _free(role.start(), role.end(), taken) or (role.start() and _LETTER.match(text[role.start() - 1])):
            continue
        before = word_ends(text, role.end()) or _ROLE_GLOSS.match(text, role.end())
        person = _name_before(text, role, taken) if before else None
        if person is None and before and role.group(0) in _PERSON_ONLY_ROLES:
            person = _foreign_name_before(text, role, taken)
        person = person or _name_after(text, role)
        if person and _free(person.start, person.end, taken):
            second_role = _SPACED_ROLE.match(text[person.end:])
            if second_role and (word_ends(text, person.end + second_role.end())
                                or _ROLE_GLOSS.match(text, person.end + second_role.end())):
                person.after = _past_gloss(text, person.end + second_role.end())  # "최고경영자 김민수 대표는"
            found.append(person)
            taken = [*taken, (person.start, person.end)]
    return found + _founders_by_verb(text, taken)


def _founders_by_verb(text: str, taken: list[tuple[int, int]]) -> list[PersonName]:
    """"리 자하오가 2024년 초 창업한 이 회사": a spaced foreign name whose verb is founding, none
    of its words a common word ("국내 연구진이 설립한" names no one), or a Chinese name in one
    word glossed with its characters; a gloss of the name is part of its mention."""
    found: list[PersonName] = []
    if not any(verb in text for verb in ("창업", "설립", "창립", "세운", "세웠")):
        return found
    spaced = [(m, _uncommon_words(m.group(1))) for m in _FOUNDER_SUBJECT.finditer(text)]
    # "천위한(陈宇涵)": a Chinese name in one word starts with a surname ("칭화대(清华大)" does not)
    chinese = [(m, m.group(1)[0] in _SURNAMES) for m in _CHINESE_FOUNDER.finditer(text)]
    for m, name_like in spaced + chinese:
        name = m.group(1)
        if (_spelled_out(m) or name_like and not _three_bare_words(name)) and _free(m.start(1), m.end(1), taken):
            end = m.end("gloss") if m.group("gloss") else m.end(1)
            found.append(PersonName(m.start(1), end, name, end, (m.group("latin") or "").strip()))
            taken = [*taken, (m.start(1), end)]
    return found + _co_founders(text, found, taken)


def _three_bare_words(name: str) -> bool:
    """True for three words without a name particle ("탄 웨이 밍"), which only a gloss vouches
    for ("라시드 알 누아이미" is a name by its particle)."""
    words = name.split(" ")
    return len(words) == 3 and not set(words) & _NAME_PARTICLES


def _spelled_out(m: re.Match[str]) -> bool:
    """True if a founder's Hangul words are glossed with a Latin name of as many words ("마야
    로드리게스(Maya Rodriguez)가 창업한"): the gloss shows them a transcription, though a word
    may end as a Korean verb does ("마야", "프리야")."""
    latin = m.group("latin")
    return bool(latin) and len(latin.split()) == len(m.group(1).split(" ")) and not any(
        _foreign_common_word(w) for w in m.group(1).split(" "))




def _co_founders(text: str, founders: list[PersonName], taken: list[tuple[int, int]]) -> list[PersonName]:
    """The person joined by 와/과 to each founder found: co-founders share the founding verb."""
    found: list[PersonName] = []
    for founder in founders:
        m = _CO_FOUNDER_BEFORE.search(text, max(0, founder.start - 50), founder.start)
        if m is None or not _free(m.start(1), m.end("gloss") if m.group("gloss") else m.end(1), taken):
            continue
        if _uncommon_words(m.group(1)) or _spelled_out(m):
            end = m.end("gloss") if m.group("gloss") else m.end(1)
            found.append(PersonName(m.start(1), end, m.group(1), end, (m.group("latin") or "").strip()))
    return found


def _uncommon_words(name: str) -> bool:
    return all(is_bare_noun(w) and not _foreign_common_word(w) for w in name.split(" ") if w not in _NAME_PARTICLES)


# "최고기술책임자(CTO)가": a role glossed with its abbreviation; the particle follows the gloss.
_ROLE_GLOSS = re.compile(r"[(（][A-Za-z]{2,5}[)）]")


def past_a_role(text: str, name_end: int) -> int:
    """Where the particle of a person's name ending at ``name_end`` starts: past the role that
    follows it, the press naming people by name and post ("홍길동 대표와 김철수 CTO가 공동 창업")."""
    role = _SPACED_ROLE.match(text[name_end:])
    if role is None or not (word_ends(text, name_end + role.end()) or _ROLE_GLOSS.match(text, name_end + role.end())):
        return name_end
    return _past_gloss(text, name_end + role.end())


def _past_gloss(text: str, role_end: int) -> int:
    """Where the particle of a role ending at ``role_end`` starts, past a gloss of the role."""
    gloss = _ROLE_GLOSS.match(text, role_end)
    return gloss.end() if gloss else role_end


# The one or two words before a role; a photo caption or bulleted item opens on a marker glued to
# the name ("▲이도윤 딥카나리 대표가 ... 시연하고 있다").
_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s▲△■□●◆◇○•·-]))([^\s▲△■□●◆◇○•·-]\S*)(?:\s(\S+))?\s$")


def _name_before(text: str, role: re.Match[str], taken: list[tuple[int, int]]) -> PersonName | None:
    """"박정우 대표가": a native name before its role; the role's particle is the name's. Between
    them may stand the organisation the person heads, Latin-lettered or an actor already found."""
    words = _WORDS_BEFORE.search(text[max(0, role.start() - 24):role.start()])
    if not words:
        return None
    offset = max(0, role.start() - 24)
    last = words.group(2) or words.group(1)
    last_start = offset + (words.start(2) if words.group(2) else words.start(1))
    if words.group(2) and words.group(1) in _NAME_PARTICLES:
        return None  # "살림 알 하시미": the end of a foreign name, not a native one
    if _native(last) or _GIVEN_NAME_IN_A.fullmatch(last):
        return PersonName(last_start, last_start + len(last), last, _past_gloss(text, role.end()))
    employer = words.group(2) and (_EMPLOYER_WORD.fullmatch(words.group(2)) or (last_start, last_start + len(last)) in taken)
    if employer and _native(words.group(1)) and role.group(0) in _HEAD_ROLES:
        # "김도윤 세렌디AI 대표는": the name, the organisation it speaks for, then the post
        start = offset + words.start(1)
        return PersonName(start, start + len(words.group(1)), words.group(1), _past_gloss(text, role.end()))
    return _glossed_name_before(text, role) or _captioned_name_before(text, role)


# A company's name between a person's name and post: Latin letters or digits in it ("세렌디AI",
# "LG전자"), which no common Korean word has.
_EMPLOYER_WORD = re.compile(r"[가-힣]*[A-Za-z0-9][가-힣A-Za-z0-9&.]*")
# The posts the press puts after "name company": a company's head.
_HEAD_ROLES = frozenset(("대표", "대표이사", "CEO", "사장", "회장", "부사장", "CTO", "공동대표", "의장"))
#: "김도윤 세렌디AI 대표는": a sentence that names a person with the company and post, whom the
#: story then calls "김 대표".
NAME_COMPANY_ROLE = re.compile(rf"[{_SURNAMES}][가-힣]{{2}}\s{_EMPLOYER_WORD.pattern}\s(?:{'|'.join(sorted(_HEAD_ROLES, key=len, reverse=True))})")


# "한서윤 / 딥바운드 대표": a broadcast caption, the name, a slash, then the post and where it is held.
_CAPTIONED_NAME = re.compile(r"(?:(?<=\s)|^)([가-힣]{2,4})\s?/\s?(?:[^\s/]+\s){1,3}$")


def _captioned_name_before(text: str, role: re.Match[str]) -> PersonName | None:
    """The native name a caption gives before a slash and the organisation the role is at."""
    m = _CAPTIONED_NAME.search(text, max(0, role.start() - 40), role.start())
    if m is None or not _native(m.group(1)):
        return None
    return PersonName(m.start(1), m.end(1), m.group(1), _past_gloss(text, role.end()))


def _glossed_name_before(text: str, role: re.Match[str]) -> PersonName | None:
    """"류위칭(刘雨晴) 최고경영자(CEO)가": a name glossed with its characters before its role;
    the mention takes the gloss in."""
    m = _GLOSSED_NAME_BEFORE_ROLE.search(text, max(0, role.start() - 24), role.start())
    if m is None:
        return None
    name = m.group("one") or m.group("two")
    if m.group("one") and not (name[0] in _SURNAMES and is_bare_noun(name)):
        return None
    if m.group("two") and not _uncommon_words(name):
        return None
    end = m.end() - 1
    return PersonName(m.start(), end, name, _past_gloss(text, role.end()))


# Arabic name particles ("라시드 알 누아이미", "칼리드 빈 자이드"): a short word inside a name.
_NAME_PARTICLES = frozenset(("알", "빈", "이븐", "엘", "벤"))
# A transliterated name: two words, or words joined by particles ("라시드 알 누아이미").
_SPACED_NAME = r"[가-힣]{1,5}(?: (?:알|빈|이븐|엘|벤) [가-힣]{1,5}){1,2}|[가-힣]{1,5} [가-힣]{1,5}"
_WORDS_BEFORE_ROLE = re.compile(rf"(?:(?<=\s)|^)({_SPACED_NAME})\s?$")
# "리 자하오가 2024년 초 창업한": the subject of a verb of founding a few words on, maybe glossed
# with the name's Latin spelling ("요아브 샤론(Yoav Sharon)이 창업"); notes end on the verb's noun
# ("... 창업."). A single word glossed with two or three Chinese characters is a Chinese name too
# ("천위한(陈宇涵)이 2023년 세운 회사"), tried on its own: the words before it are no name.
_FOUNDING = (r"(?P<gloss>\s?[(（](?:(?P<latin>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž' -]{1,30})|[\u4e00-\u9fff]{2,4})[)）])?"
             r"(?:가|이)\s(?:[^\s,.]+\s){0,4}?(?:공동\s?)?(?:(?:창업|설립|창립)(?:한|했|하였|함|(?=[\s,.]|$))|세운|세웠)")
# A name of three words is taken only with a Latin gloss of three ("탄 웨이 밍(Tan Wei Ming)이", not
# "출신의 미르코 벨란(Mirko Belan)이"),
# which _spelled_out checks: three bare words before a founding verb are seldom a name otherwise.
_FOUNDER_SUBJECT = re.compile(rf"(?:(?<=\s)|^)([가-힣]{{1,5}} [가-힣]{{1,5}} [가-힣]{{1,5}}(?=\s?[(（][A-Z]\S*\s\S+\s[^\s()]+[)）])"
                              rf"|{_SPACED_NAME}){_FOUNDING}")
_CHINESE_FOUNDER = re.compile(rf"(?:(?<=\s)|^)([가-힣]{{2,5}})(?=\s?[(（][\u4e00-\u9fff]{{2,3}}[)）]){_FOUNDING}")
# "류위칭(刘雨晴) 최고경영자", "천하오(陳昊·34) 최고경영자" (with the age the press adds),
# "모리타 유키(森田 有希) 대표": a Chinese name in one word (from a
# surname) or a Japanese one in two, glossed with its characters, before the person's role; a
# company's characters run longer ("칭란즈넝(青岚智能)") and never hold a space.
_GLOSSED_NAME_BEFORE_ROLE = re.compile(r"(?:(?<=\s)|^)(?:(?P<one>[가-힣]{2,5})\s?[(（][\u4e00-\u9fff]{2,3}(?:[·,]\s?\d{2})?[)）]"
                                       r"|(?P<two>[가-힣]{1,4} [가-힣]{1,4})\s?[(（][\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}[)）])\s$")
# "림 알오타이비(Reem Al-Otaibi)와 칼리드 ...가 공동 창업": a founder named before another, joined by 와/과.
_CO_FOUNDER_BEFORE = re.compile(rf"(?:(?<=\s)|^)({_SPACED_NAME})(?P<gloss>\s?[(（](?P<latin>[A-ZÀ-ÖØ-Þ][^()（）]{{1,30}})[)）])?(?:와|과)\s$")
# Words that make the words before a role a description of the person, not a name
# ("국내 스타트업 창업자", "중동 국부펀드 최고경영자", "엔지니어 출신 창업자", "여성 과학자 창업자");
# a final 자 is Sino-Korean 者 (one who), which Chinese names are not spelled with.
_DESCRIBES_PERSON = re.compile(r"(?:스타트업|기업|업체|회사|투자사|운용사|제조사|펀드|그룹|기관|재단|협회|정부|당국|위원회|대학|"
                               r"연구소|연구원|연구진|엔지니어|전문가|인재|인물|인사|임원|직원|학생|팀|계열사|자회사|부처|본사|지사|"
                               r"법인|벤처|테크|업계|여성|남성|청년|동료|동기|가족|자|계|측|인)$"
                               r"|^지난|(?:만난|떠난|이끈|세운|만든|지낸|거친|맡은|받은|던)$")  # "지난달 만난 ... 창업자"
# An organisation between the name and the role, maybe glossed: "저우 밍위안 [하이란 즈넝(海岚智能)] 창업자".
_GLOSS_BEFORE_ROLE = re.compile(r"\s?(?:[(（][^()（）]{1,30}[)）])?\s?$")


def _foreign_name_before(text: str, role: re.Match[str], taken: list[tuple[int, int]]) -> PersonName | None:
    """"저우 밍위안 창업자", "라시드 알 누아이미 CEO": a transliterated name of two words (and
    any name particles) before a role only people hold, or before the organisation the role
    is held at ("저우 밍위안 하이란 즈넝 창업자"); none of its words a common word."""
    end = role.start()
    organisation = next((s for s, e in taken if e <= end and _GLOSS_BEFORE_ROLE.fullmatch(text, e, end)), None)
    if organisation is not None:
        end = organisation
    m = _WORDS_BEFORE_ROLE.search(text, max(0, end - 40), end)
    if m is None or not _free(m.start(1), m.end(1), taken):
        return None
    if not _uncommon_words(m.group(1)):
        return None
    name_end = m.end(1)
    return PersonName(m.start(1), name_end, m.group(1), name_end if organisation is not None else _past_gloss(text, role.end()))


def _foreign_common_word(word: str) -> bool:
    return bool(word in DETERMINERS or _NOT_FOREIGN_NAME.search(word) or _DESCRIBES_PERSON.search(word)
                or _ROLE_START.match(word) or word in _NAME_PARTICLES)


def _name_after(text: str, role: re.Match[str]) -> PersonName | None:
    """"창업자 클레망 델랑지는", "대표 박정우는": a name right after the role, then a particle."""
    m = re.match(r"\s(?:인\s)?([가-힣]{1,5})(?:\s([가-힣]{1,6}))?", text[role.end():])
    if not m:
        return None
    foreign_allowed = role.group(0) in _PERSON_ONLY_ROLES
    base = role.end()
    for words in ((m.group(1),), (m.group(1), m.group(2))):
        if None in words:
            continue
        last = words[-1]
        stem = last[:-len(particle_ending(last))] if particle_ending(last) else last
        end = base + m.start(len(words)) + len(stem)
        if not word_ends(text, end):
            continue
        name = " ".join((*words[:-1], stem))
        if (len(words) == 1 and _native(stem)) or (len(words) == 2 and foreign_allowed and all(
                _FOREIGN_WORD.fullmatch(w) and is_bare_noun(w) and not _NOT_FOREIGN_NAME.search(w)
                for w in (words[0], stem)) and len(words[0] + stem) <= 8):
            return PersonName(base + m.start(1), end, name, end)
    return None


def find_english_people(text: str, taken: list[tuple[int, int]]) -> list[PersonName]:
    """Capitalised names after "founded by", "CEO" and the like, each of a list joined by "and"."""
    found: list[PersonName] = []
    if not _CAPITALISED.search(text):
        return found  # spares Korean sentences the case-insensitive scan for roles
    for role in _EN_ROLE.finditer(text):
        pos = role.end()
        descriptor = _EN_DESCRIPTOR.match(text, pos)
        if descriptor and role.group(0).rstrip().lower().endswith("by"):
            pos = descriptor.end()  # "founded by former CERN engineer Ingrid Solberg"
        last = False
        while True:
            m = _EN_NAME.match(text, pos)
            if not m or not _free(m.start(1), m.end(1), taken) or _PLACES_BODY.match(text, m.end(1)):
                break
            found.append(PersonName(m.start(1), m.end(1), m.group(1), m.end(1)))
            taken = [*taken, m.span(1)]
            joiner = _EN_BETWEEN.match(text, m.end())
            if not joiner or last:
                break  # "by P and Q, Acme Labs is ...": the name after "and" closes the list
            last = bool(re.search(r"(?:\band|&)\s*$", joiner.group(0)))
            pos = joiner.end()
    for m in _EN_NAME.finditer(text):
        if _EN_ROLE_AFTER.match(text, m.end()) and _free(m.start(1), m.end(1), taken):
            found.append(PersonName(m.start(1), m.end(1), m.group(1), m.end(1)))
            taken = [*taken, m.span(1)]
    return found
