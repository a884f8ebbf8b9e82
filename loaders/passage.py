"""What a passage is about, carried from sentence to sentence.

Korean reports drop or point back to what the passage is about:

- a dropped subject: "EU는 ... 추진하고 있다. 또한 2025년 출범한 X 프로젝트를 통해 ..." (the
  topic of the sentences before acts; see ``SentenceInput.discourse_topic``);
- a demonstrative noun: "'AI 혁신성장 펀드'를 조성한다. 이 펀드에는 산업은행이 출자한다" (이 펀드
  is the programme just named, "이 회사는" the company the passage is about);
- 양사/두 회사: "A와 B는 협약을 체결했다. 양사는 ... 공동 개발할 방침이다" (the two
  organisations of the sentence before).

A heading starts a new passage, and what is not named again within ``SPAN`` sentences is
forgotten. A heading naming a country or a government first ("4. EU의 AI 정책 동향", "가. 중국의 AI
정책") also makes it the section's actor: policy reports then state its acts without a subject
("2024년 6월 제정된 「X법」", "2025년 출범한 Y 프로젝트"). Sections nest: "1. 영국의 AI 정책"
holds "가. 정책 목표" and "나. 주요 기관", and a heading closes only the sections of its own or
a lower level, so the country of chapter 1 stays in force until the next chapter. A heading that
is a body's name alone ("다. X 유닛(2025. 7.)") makes it the section's body: "이 조직은" is it, and
it acts in the clauses its paragraphs leave without a subject (see ``section_body``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import PARTNER_PARTICLES, SUBJECT_OR_TOPIC, Mention, called_back, particle_at
from loaders.normalise import HEADING_MARKER, Block
from loaders.programme_heads import is_fund_of_funds
from loaders.programme_names import HEREAFTER

# The level of each heading marker, outermost first: "Ⅲ." > "4." > "4.2" (a report's numbered
# subsection) > "가." > "1)" > "○ (".
_HEADING_LEVELS = (re.compile(r"\s*[IVXⅠ-Ⅹ]+\.\s"), re.compile(r"\s*\d{1,2}\.\s"),
                   re.compile(r"\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?\s"), re.compile(r"\s*[가-하]\.\s"),
                   re.compile(r"\s*\d{1,2}\)\s"), re.compile(r"\s*[○□■◦▶]"))
_MARKDOWN_HEADING = re.compile(r"\s*(#+)\s")
_SECTION_ACTORS = ("Country", "Government")
# What else a heading may be the name of: an organisation, or a programme such as a fund.
_BODIES = ORGANISATIONS_AND_GOVERNMENT | {"Program"}
# What may follow a body's name in a heading that is only its name: glosses, a date, a note mark
# ("다. X 유닛(2025. 7.)7)", "라. AI 안전연구소(AISI)(2023. 11.)").
_ONLY_GLOSSES = re.compile(r"\s*(?:[(（][^()（）]*[)）]\s*)*\d{0,2}\)?\s*$")
# "■ 미국의 해법은 '몰아주기'", "◇ 3개 컨소시엄…A사 '최대 배정'": a column's or a news story's
# subtitle, a line of its own that is no sentence; what follows is another passage.
_TITLE_LINE = re.compile(r"\s*[■◇◆▶]\s?[^\n]{2,60}(?<![다.])\s*")
# "표 2-5. ...", "<그림 3>", "[ 중국의 주요 AI 정책 ]": a table's or a figure's caption, and its title.
_CAPTION = re.compile(r"\s*(?:[<\[]?\s*(?:표|그림|Table|Figure)\s*[\d\-.]+[.>\]]?|\[(?=[^\]]{4,80}\]\s*$))\s*(?P<title>.*)",
                      re.I)
# Deeper than any heading: a caption's country holds for its table only, up to the prose that
# follows it (a sentence ending in "다.").
_CAPTION_LEVEL = len(_HEADING_LEVELS) + 9
_PROSE = re.compile(r"[가-힣]다\.(?:\s|$)")
# A caption of a table of ties: "중국의 글로벌 AI 협력 프로그램", "한국의 AI 국제 파트너십 현황".
_COOPERATION = re.compile(r"협력|파트너십|제휴|공조|동맹")
# "* A는 모델 X를 개발하였으며", "※ B는 ...": a note is an aside on the item above it; its
# subject does not become the topic the next items leave unstated.
_NOTE = re.compile(r"\s*[*※]\s")
# "이 조직은", "해당 기관이", "동 기구의": the body the section is about.
_THIS_BODY = re.compile(r"(?<![가-힣])(?:이|해당|동|본)\s?(?:조직|기관|기구|단체)(?=는|가|은|이|의|와|과|도|\s)")
# "이 펀드에는", "해당 프로젝트에", "동 기금은", "이 조직은" (a unit just set up): a programme named just before.
_THIS_PROGRAMME = re.compile(r"(?<![가-힣])(?:이|해당|동|본)\s?(?P<head>모펀드|펀드|기금|프로젝트|사업|계획|프로그램|이니셔티브|전략|조직|기구)"
                             r"(?=에는|에|은|는|이|가|을|를|의|와|과|\s)")
# The heads of "이 펀드", "동 모펀드": they mean a fund named before, not the passage's plan or project.
_FUND_HEADS = ("펀드", "기금", "모펀드")
# "펀드는 ...", "B는 펀드의 첫 투자처다": a bare 펀드 opening the sentence or after a word its particle ends.
_BARE_FUND = re.compile(r"(?:^|(?<=[.,]\s)|(?<=[은는이가을를의도와과]\s))펀드(?=는|가|의)")
_FUND_NAME = re.compile(r"펀드|기금|[Ff]und\b")
# "여기에는 A와 B가 참여하고 있다": "here" after a programme is named is the programme; "여기에" alone
# also means "on top of this", so only the topic form.
_HERE = re.compile(r"(?<![가-힣])여기(?=에는|엔)")
# "양사는", "두 회사가", "양측은", "양 기관은" (a press release's two signatories), "양국은" (two
# governments that launched something together): the two named just before.
BOTH = re.compile(r"(?<![가-힣])(?P<head>양사|양측|양국|양\s?기관|두\s?회사|두\s?기업|두\s?기관|두\s?나라)(?=는|가|은|이|의|\s|$)")
# What each of those words may stand for: two companies are no governments, two countries are
# governments (or the countries themselves), 양측 and 기관 any two bodies.
_STATES = frozenset({"Government", "Country"})
_TWO_COMPANIES = ORGANISATIONS_AND_GOVERNMENT - {"Government"}
_PAIR_TYPES = {"양사": _TWO_COMPANIES, "두회사": _TWO_COMPANIES, "두기업": _TWO_COMPANIES, "양국": _STATES, "두나라": _STATES}
# "이 회사는", "해당 기업이", and news's bare "회사는" opening a sentence: the organisation the passage is about.
# A word may describe what the company is ("이 반도체 기업은", "이 AI 스타트업에"), but not where
# or in which field companies are ("이 분야 기업이", "이 지역 업체가": companies in general); the
# object forms ("이 회사에 투자", "해당 기업을 인수") point back as the subject forms do.
# A descriptor is a noun: a word ending in a particle or a verb's ending ("이 과정에서 기업이", "이
# 때문에", "이 같은 기업") is no descriptor of the company, nor is a place or a field.
_THIS_ORGANISATION = re.compile(r"(?<![가-힣])(?:(?:이|해당|동)\s?(?:(?!(?:분야|지역|업계|업종|나라|국가|도시|산업|중|밖)\s)"
                                r"(?:[A-Za-z]{1,8}|[가-힣]{1,6}(?<![에서은는이가을를의도로와과게같런럼한된던인면고며]))\s)?"
                                r"(?:회사|기업|업체|스타트업)|회사\s?측|\A회사(?=는|가|도))"
                                r"(?=는|가|은|이|의|와|과|도|에|을|를|\s)")
# The particles of a reference that is no subject: what it names is someone other than the
# sentence's topic ("텐센트는 ... 이 회사에 5억 위안을 넣었다").
_NOT_SUBJECT = ("에", "을", "를", "의", "와", "과")
# "A는 B에 2억 달러를 투자": a sentence giving money, whose company after the investor "동사" may mean.
_MONEY_GIVEN = re.compile(r"투자|출자")
# "동사가", "동사를", "동사의": the said company.
_THE_SAID_COMPANY = re.compile(r"(?<![가-힣])동사(?=는|가|은|를|의|와|과|도|에|\s)")
# What "이 회사" points back to: a company, not an investor named as a topic since ("벤처캐피털 B는
# 후속 투자에 참여함. 이 회사는 ..." is still about the company that raised the round).
_REFERRED_COMPANIES = ("Company", "Startup")
_COMPANIES = {"Company", "Startup", "Investor"}
#: The particles that make a name what its sentence is about.
TOPIC_PARTICLES = ("은", "는", "도")


# "B와 손잡고 이 회사의 X에": the company just named as a partner or an object.
_OBJECT_PARTICLES = ("와", "과", "에", "을", "를", "에게")


def _partner_just_named(mentions: list[Mention], pos: int) -> Mention | None:
    """"네이버클라우드와 손잡고 이 회사의 초거대 AI": a possessive "이 회사의" right after a company
    named as a partner or an object in the same sentence is that company's, not the topic's."""
    before = [n for n in mentions if n.end <= pos]
    last = before[-1] if before else None
    if last is not None and last.actor.type in _REFERRED_COMPANIES and last.particle in _OBJECT_PARTICLES:
        return last
    return None


def acts_as_a_body(actor) -> bool:
    """True for an organisation, a public body or a fund: what a report names once and then lists
    the ties, funding and launches of without naming it again. A plan or a law does not act."""
    return actor.type in ORGANISATIONS_AND_GOVERNMENT or (actor.type, actor.kind) == ("Program", "fund")


# 에서/로부터: what a programme so marked gives comes from it ("X에서 ... 배정").
_SOURCE_PARTICLES = ("에서", "로부터", "으로부터")


# "모태펀드를 통해 2,000억원을 배정": the channel the money goes through.
_THROUGH = re.compile(r"\s?(?:통해|통하여|거쳐)(?![가-힣])")
# "모태펀드가 200억원을 출자하고", "모태펀드는 이 분야에 총 3,300억 원을 출자하며", "240억원을 매칭": money put in, a few
# words after its payer.
_PUTS_IN = re.compile(r"\s(?P<words>(?:[^\s.]+\s){0,5}?)(?P<money>[^\s.]*)(?:을|를)\s(?:출자|투자|매칭)")
_CURRENCY_WORD = re.compile(r"(?:원|달러|유로|엔|위안|파운드)$")


def _backs_it(m: Mention, text: str) -> bool:
    """True for a programme putting money in as the subject ("모태펀드가 200억원을 출자하고"), or a fund
    of funds as the subject or topic putting an amount in ("모태펀드는 이 분야에 총 3,300억 원을
    출자하며"): it backs the programme in play, a call for managers or a fund being raised, which
    stays what the passage is about."""
    put = _PUTS_IN.match(text, m.after)
    if put is None:
        return False
    if m.particle in ("이", "가") and put.group("words").count(" ") <= 2 and "," not in put.group(0):
        return True
    return (m.particle in SUBJECT_OR_TOPIC and is_fund_of_funds(m)
            and bool(_CURRENCY_WORD.search(put.group("money"))))


# "GENCI가 장 자이(Jean Zay) 슈퍼컴퓨터 자원을 나눠 주는", "국가 GPU 클러스터 임차, NPU 실증": a name
# without a particle before a noun other than its own kind ("P 사업", "P 선언") or its launch ("P 개시",
# a bullet's verb) qualifies that noun (a machine, a task); the programme the passage is about stays in focus.
_ATTRIBUTIVE = re.compile(r"[)）]?\s?(?!사업|프로그램|프로젝트|계획|펀드|기금|미션|이니셔티브|전략|과제|선언|협정|협약|법|구상"
                          r"|개시|출범|착수|발표|시행|도입|시작|추진|가동|조성|결성|공개|선정|신설|발족)[가-힣]{2,}")
# "redeem credits on the national X Resource at Y": English names a facility a programme
# gives access to after "at", "on", "using", "via"; the programme launched stays in focus.
_AT_A_FACILITY = re.compile(r"\b(?:at|on|using|via)\s+(?:the\s+)?$")
# "국가 AI 컴퓨팅센터의 GPU를 우선 배정": a facility whose resources are handed out is drawn on,
# not what the passage is about.
# "입주 공간은 부산 AI 혁신센터 5~6층에 마련됐다": a building where something is, likewise.
_FLOORS_OF = re.compile(r"\s?\d+(?:\s?[~\-]\s?\d+)?층")
_RESOURCES_OF = re.compile(r"\s?(?:GPU|NPU|컴퓨팅\s?자원|연산\s?자원|클라우드\s?자원|서버)")
# "모태펀드 운용기관인 A", "사업 전담기관인 B": a role in the programme before, said of a name.
_ROLE_FOR_IT = re.compile(r"\s?[가-힣]{1,6}(?:기관|기업|사|자)인\s")


# "LG CNS 컨소시엄이 따냈다", "신한은행이 수요기관으로 합류했다": a sentence about a programme's
# consortia, tasks and member roles is still about the programme, though it does not name it.
_PROGRAMME_PARTS = re.compile(r"컨소시엄|과제|(?:주관|참여|수요|수행)\s?기관")


class _Recent:
    """Something the passage named, forgotten after ``span`` sentences that do not name it."""

    def __init__(self, span: int) -> None:
        self.span, self.value, self._idle = span, None, 0

    @property
    def fresh(self) -> bool:
        """True if the last sentence read named it."""
        return self.value is not None and self._idle == 0

    def clear(self) -> None:
        self.value, self._idle = None, 0

    def hold(self) -> None:
        """A sentence that speaks of it without naming it: as if named the sentence before."""
        if self.value is not None:
            self._idle = 1

    def saw(self, value) -> None:
        if value:
            self.value, self._idle = value, 0
            return
        self._idle += 1
        if self._idle >= self.span:
            self.value = None


class Passage:
    """The topic, the last programme, the last pair of organisations and the last funding
    round of a passage."""

    SPAN = 6

    def __init__(self) -> None:
        self._block: Block | None = None
        #: (heading level, mentions, whether the heading is only that name) of the country,
        #: government or body each open section is about, outermost first.
        self._sections: list[tuple[int, list[Mention], bool]] = []
        #: The level and the title of the heading being read, until its first name is seen.
        self._heading: tuple[int, str] | None = None
        #: True after a caption that does not name the section's body: the table is about others.
        self._body_left = False
        #: True once the paragraph has made another actor its subject: the body no longer acts in it.
        self._other_subject = False
        #: The title of the last caption read ("중국의 글로벌 AI 협력 프로그램 주요 현황").
        self._caption_title = ""
        #: The one programme the document made its topic ("P는 ..."): a briefing about one programme
        #: speaks of it through headings and lists long after naming it. False once a second one is.
        self._document_programme: Mention | None | bool = None
        #: The last programme that is no fund the document defined a short name for ("'X 프로젝트(이하
        #: XP)'"): a report so introduces what it is about, and comes back to it after a section on a fund.
        self._defined_project: Mention | None = None
        self._forget()

    def _forget(self) -> None:
        self._topic, self._programme, self._pair = _Recent(self.SPAN), _Recent(self.SPAN), _Recent(self.SPAN)
        #: The last programme in focus that is no fund: a report turns to the fund raised beside a
        #: project for a paragraph or two and comes back to the project's members and suppliers.
        self._project = _Recent(2 * self.SPAN)
        #: The government that brought the passage's programme in ("프랑스 정부는 ... 'P' 계획을 발표"):
        #: who pays those later chosen for it.
        self._owner: Mention | None = None
        self._round = _Recent(2)  # a round's investors are named in the next sentence or two
        #: The company the sentence just read gave money to ("A는 B에 N원을 투자"), for "동사".
        self._invested_company: Mention | None = None
        #: The funds named in the passage, last named last: what "이 펀드" and a bare "펀드는" mean.
        self._funds = _Recent(self.SPAN)
        # News keeps one company in view for a whole story, through quotes and background.
        self._company = _Recent(2 * self.SPAN)
        # The company the sentence just read brought on stage ("다크호스로 꼽히는 곳은 X다"): the
        # next "이 회사" is X, even in a story about another company.
        self._just_presented: Mention | None = None

    def enter(self, block: Block) -> None:
        """Start reading a sentence of ``block``: a heading starts a new passage."""
        if block is not self._block:
            if self._heading is not None:
                self._enter_section(self._heading[0], [], False)  # the heading named no one
            self._block = block
            self._heading = None
            self._other_subject = False
            marker = HEADING_MARKER.match(block.text)
            caption = _CAPTION.match(block.text)
            if self._sections and self._sections[-1][0] == _CAPTION_LEVEL and _PROSE.search(block.text):
                self._sections.pop()
            if caption and not marker:
                self._enter_caption(block.text, caption.group("title"))
            if marker:
                self._forget()
                self._body_left = False
                self._heading = (_heading_level(block.text), block.text[marker.end():].lstrip())
            elif _TITLE_LINE.fullmatch(block.text):
                self._forget()

    @property
    def topic(self) -> list[Mention]:
        """The last topic (은/는/도) of the passage."""
        return self._topic.value or []

    def _enter_caption(self, text: str, title: str) -> None:
        """A caption that does not name the section's body leaves it ("표 2-5. 주요 조직 비교": a
        table about others); one that starts with a country ("[ 중국의 주요 AI 정책 ]") makes the
        country its table's, as a heading does for its section."""
        if self.section_body:
            body = self.section_body[0]
            self._body_left = body.surface not in text and body.actor.name not in text
        self._heading = (_CAPTION_LEVEL, title)
        self._caption_title = title

    @property
    def section(self) -> list[Mention]:
        """The country or government the innermost open section's heading named."""
        return next((m for _, m, _ in reversed(self._sections) if m[0].actor.type in _SECTION_ACTORS), [])

    @property
    def cooperating_country(self) -> list[Mention]:
        """The country the caption of the table being read starts with, when the caption says the
        table lists its cooperation ("표 5-2. 중국의 글로벌 AI 협력 프로그램"): one side of every tie
        a row states with only the other side named ("카자흐스탄과는 AI 연구실을 설립해")."""
        if not self._sections or self._sections[-1][0] != _CAPTION_LEVEL or not _COOPERATION.search(self._caption_title):
            return []
        return self._sections[-1][1]

    @property
    def section_body(self) -> list[Mention]:
        """The organisation or public body the innermost open section is about, when its heading
        is that name alone ("다. X 유닛(2025. 7.)"): the unit whose acts the section lists, up
        to a caption that does not name it ("표 2-5. 주요 조직 비교": a table about others), and
        not in a paragraph that has made another actor its subject (until it names the body again)."""
        return [] if self._other_subject else self._body()

    def _body(self) -> list[Mention]:
        """The section's body, in the paragraph or not."""
        if self._body_left:
            return []
        return next((m for _, m, body in reversed(self._sections) if body), [])

    def _programme_in_focus(self, mentions: list[Mention], text: str) -> Mention | None:
        """The programme a sentence is about: the one it marks as its topic ("프로젝트는 ... 「X
        전략」의 핵심 과제로 신설되었으며": the project, not the strategy it serves), else the
        programme named last. One named as where something comes from ("재원은 X에서 2억 유로가
        배정됐다", "X를 통해 배정") is the source of the passage's programme, not the programme itself; one naming
        what someone does for it ("모태펀드 운용기관인 A가") describes A, and one named bare before a noun
        ("장 자이(Jean Zay) 슈퍼컴퓨터 자원을") qualifies the noun. A channel is the programme in
        focus when the passage has none yet ("결성한 'F'를 통해 이번 투자를 집행했다. 이 펀드에는 ...")."""
        programmes = [m for m in mentions if m.actor.type == "Program" and m.particle not in _SOURCE_PARTICLES
                      and not (not m.particle and _ROLE_FOR_IT.match(text, m.end)) and not _pays_with(m, mentions)
                      and not (self._programme.value is not None and (_THROUGH.match(text, m.after)
                                                                      or not m.particle and _ATTRIBUTIVE.match(text, m.after)
                                                                      or _backs_it(m, text)))]
        programmes = [m for m in programmes if not _AT_A_FACILITY.search(text, max(0, m.start - 12), m.start)] or programmes
        programmes = [m for m in programmes if not (m.particle == "의" and _RESOURCES_OF.match(text, m.after))
                      and not (not m.particle and _FLOORS_OF.match(text, m.end))]
        held = self._programme.value
        if held is not None and _titled(held):
            programmes = [m for m in programmes if m.actor.id == held.actor.id or not _in_passing(m)]
        return next((m for m in programmes if m.particle in TOPIC_PARTICLES), programmes[-1] if programmes else None)

    @property
    def section_programme(self) -> Mention | None:
        """The programme an open section's heading named ("나. Vision 2030 전략"): what the
        section's institutions carry out (a fund that acts, heading its own section, is its body)."""
        return next((m[0] for _, m, body in reversed(self._sections)
                     if m[0].actor.type == "Program" and not (body and acts_as_a_body(m[0].actor))), None)

    @property
    def section_country(self) -> str | None:
        """The country code of the innermost open section that names a country's actor."""
        return next((m[0].actor.country for _, m, _ in reversed(self._sections)
                     if m[0].actor.country and m[0].actor.type in _SECTION_ACTORS), None)

    @property
    def programme(self) -> Mention | None:
        """The programme named last in the passage or, that forgotten, the one the document is about."""
        return self._programme.value or self._document_programme or None

    @property
    def project(self) -> Mention | None:
        """The programme that is no fund the passage named last: what the firms a report lists as
        selected, supplying or building take part in while its programme in focus is a fund raised
        beside it ("펀드는 첫 투자처로 B를 택했다. 선정 기업은 ▲C ▲D다": a fund selects no members)."""
        return self._project.value or self._defined_project

    @property
    def programme_owner(self) -> Mention | None:
        """The government the sentence that brought the passage's programme in made its subject."""
        return self._owner if self._programme.value is not None else None

    @property
    def last_round(self):
        """The funding round announced in the last two sentences."""
        return self._round.value

    @property
    def invested_company(self) -> Mention | None:
        """The company the sentence just read gave money to ("A는 B에 N원을 투자")."""
        return self._invested_company

    @property
    def programme_just_named(self) -> Mention | None:
        """The programme named in the sentence just read, if any."""
        return self._programme.value if self._programme.fresh else None

    def _bare_fund(self, text: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
        """"펀드는 첫 투자처로 B를 택하고", "B는 펀드의 첫 번째 투자처다": news drops the "이" of "이
        펀드" once a fund is named; a bare 펀드 opening a clause means what "이 펀드" would (one
        that a noun before would qualify, "모태 펀드는", is some other)."""
        if "펀드" not in text:
            return []
        found = []
        for m in _BARE_FUND.finditer(text):
            fund = self._programme_meant("펀드", [n for n in mentions if n.end <= m.start()])
            if fund is not None and not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(called_back(fund, text, m.start(), m.end()))
        return found

    def refer(self, text: str, mentions: list[Mention], item_company: list[Mention] = ()) -> list[Mention]:
        """Mentions for the demonstratives of ``text`` that point back in the passage; "이 회사는"
        is the company of the news item being read, if any (``item_company``)."""
        found: list[Mention] = []
        taken = [(m.start, m.end) for m in mentions]
        for m in _THIS_PROGRAMME.finditer(text):
            referent = self._programme_meant(m.group("head"), [n for n in mentions if n.end <= m.start()])
            # "이 모펀드는": the head alone may have been read as a name of its own; the phrase is the reference
            if referent is not None and not any(s < m.end() and m.start() < e and not m.start("head") <= s
                                                for s, e in taken):
                found.append(called_back(referent, text, m.start(), m.end()))
        found += self._bare_fund(text, mentions, taken)
        found += self._here(text, mentions)
        candidates = [self._just_presented, *item_company[:1], self.company, self.topic[0] if self.topic and self.topic[0].actor.type in _COMPANIES else None]
        candidates = [c for c in candidates if c is not None]
        topic = next(iter(candidates), None)
        if self._invested_company is not None and (topic is None or topic.actor.type == "Investor"):
            # "펀드는 B를 골라 N원을 투자했다. ... 이 회사는": an investor or a fund is no company the
            # sentence after its deal describes; the company it just gave money to is (as for 동사).
            candidates.insert(0, self._invested_company)
        if candidates:
            for m in _THIS_ORGANISATION.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    particle, _ = particle_at(text, m.end())
                    referent = (_partner_just_named(mentions, m.start()) if particle == "의" else None) \
                        or self._topic_just_before(m.group(0)) \
                        or _other_than_the_subject(candidates, mentions, m.start(), particle)
                    if referent is not None:
                        found.append(called_back(referent, text, m.start(), m.end()))
        found += self._the_said_company(text, taken + [(m.start, m.end) for m in found], topic, mentions)
        body = self._body()
        body = body if body and acts_as_a_body(body[0].actor) else []
        taken += [(m.start, m.end) for m in found]  # a unit just named is nearer than the section's body
        for m in _THIS_BODY.finditer(text) if body else ():
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(called_back(body[0], text, m.start(), m.end()))
        for m in BOTH.finditer(text):
            fits = _PAIR_TYPES.get(m.group("head").replace(" ", ""), ORGANISATIONS_AND_GOVERNMENT)
            pair = _last_two_organisations([n for n in mentions if n.end <= m.start()], text, fits) or self._pair.value
            if pair and all(n.actor.type in fits for n in pair):
                first_of, second_of = pair
                particle, after = particle_at(text, m.end())
                # Both are one coordinated subject: the first with 와, the second with the particle.
                first = replace(first_of, start=m.start(), end=m.start(), particle="와", after=m.start(),
                                surface=m.group(0), country_hint=None)
                second = replace(second_of, start=m.start(), end=m.end(), particle=particle, after=after,
                                 surface=m.group(0), country_hint=None)
                found += [first, second]
        return found

    def _topic_just_before(self, reference: str) -> Mention | None:
        """What news's bare "회사는" opening a sentence means when the sentence just before made a
        company its topic ("헤일시온은 AWS를 쓰기로 했다. 회사는 또 ..."): that company, not the
        story's. "이 회사는" may return to the story's company after a digression, so only the bare word."""
        if reference != "회사" or not self._topic.fresh:
            return None
        topic = self.topic[0]
        return topic if topic.actor.type in _REFERRED_COMPANIES and topic.particle in ("은", "는") else None

    def _programme_meant(self, head: str, before: list[Mention]) -> Mention | None:
        """What "이 펀드", "동 모펀드", "해당 사업" point back to: the last programme named before
        in the sentence ("P를 조성하였고, 동 펀드는"), else the passage's. A fund head means a fund
        only, and 모펀드 a fund of funds: "이 펀드" after a plan is named is some fund the passage
        has not named, so nothing."""
        if head not in _FUND_HEADS:
            return next((n for n in reversed(before) if n.actor.type == "Program"), self.programme)
        # A fund of funds named last is most often the new fund's backer, not what "이 펀드" means.
        fits = is_fund_of_funds if head == "모펀드" else (lambda n: _is_a_fund(n) and not is_fund_of_funds(n))
        return next((n for n in reversed(before) if _is_a_fund(n) and fits(n)),
                    next((n for n in reversed(self._funds.value or []) if fits(n)), None))

    def _here(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"여기에는": the programme named last, earlier in the sentence or in the one before ("A는
        'P' 캠퍼스를 짓고 있고, 여기에는 B와 C가 참여하고 있다": B and C take part in P)."""
        found = []
        for m in _HERE.finditer(text) if "여기" in text else ():
            named = [n for n in mentions if n.end <= m.start() and n.actor.type == "Program"]
            programme = named[-1] if named else self.programme_just_named
            if programme is not None:
                particle, after = particle_at(text, m.end())
                found.append(replace(programme, start=m.start(), end=m.end(), particle=particle, after=after,
                                     surface=m.group(0), country_hint=None))
        return found

    def _the_said_company(self, text: str, taken: list[tuple[int, int]], topic: Mention | None,
                          mentions: list[Mention]) -> list[Mention]:
        """"동사" (the said company), as broker reports and the press write it: the company the
        passage is about, else the one that raised the round announced just before ("스타트업 X가
        시리즈B를 유치했다. ... 미국 상무부가 동사를 ... 올리면서")."""
        if "동사" not in text:
            return []
        recipients = [m for m in (self.last_round.recipients if self.last_round else ()) if m.actor.type in _COMPANIES]
        said = topic or (recipients[0] if len(recipients) == 1 else None)
        found = []
        for m in _THE_SAID_COMPANY.finditer(text):
            # "A(벤처펀드)는 B에 2억 달러를 투자. 동사는 ...": an investor is no company described after
            # its deal; the company it gave money to, in this sentence or the one before, is.
            before = [n for n in mentions if n.end <= m.start()]
            invested = _invested_company(text[:m.start()], before) or self._invested_company
            referent = invested if invested is not None and (said is None or said.actor.type == "Investor") else said
            referent = _company_acted_upon(text[:m.start()], before) or _topic_described_before(text, before) or referent
            if referent is not None and not any(s < m.end() and m.start() < e for s, e in taken):
                particle, after = particle_at(text, m.end())
                found.append(replace(referent, start=m.start(), end=m.end(), particle=particle, after=after,
                                     surface=m.group(0), country_hint=None))
        return found

    def saw(self, mentions: list[Mention], announced_round=None, presented: list[Mention] | None = None,
            text: str = "", story_topic: list[Mention] | None = None) -> None:
        """Remember what a sentence named (after it has been read), the funding round it
        announced, if any, and the organisation it only presented ("X가 눈에 띈다"), which is
        its topic when no name is marked as one. ``story_topic`` is the company the whole story is
        about, the unstated subject where the passage has no topic of its own."""
        if self._heading is not None:
            # The title's first name may come in a later sentence of the heading block.
            level, title = self._heading
            named = [m for m in mentions if title.startswith(m.surface) and (
                m.actor.type in _SECTION_ACTORS or m.actor.type in _BODIES)]
            if named:
                caption = level == _CAPTION_LEVEL
                body = not caption and bool(_ONLY_GLOSSES.fullmatch(title, len(named[0].surface)))
                if body or named[0].actor.type in (("Country",) if caption else _SECTION_ACTORS + ("Program",)):
                    self._enter_section(level, named, body)
                    self._heading = None
        self._saw_subject(mentions)
        organisations: list[Mention] = []
        for m in mentions:
            if m.actor.type in ORGANISATIONS_AND_GOVERNMENT and all(o.actor.id != m.actor.id for o in organisations):
                organisations.append(m)
        if self._block is None or not _NOTE.match(self._block.text):
            # A company opening its sentence as the subject is what the next subjectless sentence is
            # about, unless the sentence before gave a topic, or the subject only takes part in a
            # round ("X가 시리즈B를 유치했다. 텐센트가 주도했다" stays about X).
            self._topic.saw([m for m in mentions if m.particle in TOPIC_PARTICLES and not self._joins_in(m)][:1] or presented
                            or ([m for m in opening_subject(mentions, text) if m.actor.type in _REFERRED_COMPANIES]
                                if not (self._topic.fresh or _ROUND_ROLE.search(text)) else []))
        focus = self._programme_in_focus(mentions, text)
        if focus is None and _PROGRAMME_PARTS.search(text):
            self._programme.hold()
        else:
            self._take_programme(focus, mentions)
        if focus is not None and not _is_a_fund(focus) and HEREAFTER.search(text, focus.start, focus.end):
            self._defined_project = focus
        pair = _acting_pair(organisations, [*(self._topic.value or [])[:1], *(story_topic or [])[:1]])
        if pair is None and (len(organisations) > 2 or _only_partners(organisations)):
            # "A는 B와 손잡고 합작법인 C를 설립했다. 양사는 ...": which two is the sentence's
            # business, and a pair named sentences before is no longer the one meant.
            self._pair.clear()
        else:
            self._pair.saw(pair)
        self._round.saw(announced_round)
        self._saw_company(mentions, presented or [])
        self._saw_funds(mentions)
        self._just_presented = next((m for m in presented or [] if m.actor.type in _REFERRED_COMPANIES), None)
        self._invested_company = _invested_company(text, mentions)

    def _joins_in(self, m: Mention) -> bool:
        """"기존 주주 C도 후속 투자함": an investor that "also" comes in joins the company's round; the
        passage stays about the company (its founder and products come next)."""
        topic = self._topic.value
        return m.particle == "도" and m.actor.type == "Investor" and (not topic or topic[0].actor.type in _REFERRED_COMPANIES)

    def _take_programme(self, focus: Mention | None, mentions: list[Mention]) -> None:
        """Make ``focus`` the passage's programme (none: one more sentence without it), and the
        government that brought it in its owner."""
        previous = self._programme.value
        self._programme.saw(focus)
        self._project.saw(focus if focus is not None and not _is_a_fund(focus) else None)
        if focus is not None and focus.particle in TOPIC_PARTICLES and self._document_programme is not False:
            known = self._document_programme
            self._document_programme = focus if known is None or known.actor.id == focus.actor.id else False
        if focus is not None:
            owner = _owner_of(focus, mentions)
            if owner is not None or previous is None or previous.actor.id != focus.actor.id:
                self._owner = owner

    def saw_programmes(self, mentions: list[Mention], text: str) -> None:
        """Take up a programme the English frames recognised only while reading the sentence ("The
        ministry set up X, a network of ...": a government sets up programmes; "Y, a €1bn scheme"),
        after :meth:`saw` has read the sentence with the name's first guess."""
        focus = self._programme_in_focus(mentions, text)
        if focus is not None and not (self._programme.fresh and self._programme.value.actor.id == focus.actor.id):
            self._take_programme(focus, mentions)

    def _saw_subject(self, mentions: list[Mention]) -> None:
        """Note whether the sentence made another known actor than the section's body its subject
        ("B가 ... 발표했다. 또한 C와 협력하여": B partners C), or named the body again ("이 조직은",
        "X의 핵심 프레임워크는"). A name only guessed at ("‘Value’가 목표로 제시") is no new subject."""
        body = self._body()
        if not body:
            return
        if any(m.actor.id == body[0].actor.id for m in mentions):
            self._other_subject = False
        elif any(m.particle in SUBJECT_OR_TOPIC and not m.discovered for m in mentions):
            self._other_subject = True

    def _saw_funds(self, mentions: list[Mention]) -> None:
        """Add the funds a sentence names to those the passage holds in view."""
        funds = [m for m in mentions if _is_a_fund(m)]
        if funds:
            kept = [f for f in self._funds.value or [] if all(f.actor.id != n.actor.id for n in funds)]
            self._funds.saw(kept + funds)
        else:
            self._funds.saw(None)

    @property
    def company(self) -> Mention | None:
        """The company last made a topic, while the passage still names it."""
        return self._company.value

    def _saw_company(self, mentions: list[Mention], presented: list[Mention]) -> None:
        """Remember a company made a topic, or brought on stage ("다크호스로 꼽히는 곳은 X다");
        naming it again in any role keeps it in view."""
        topics = [m for m in mentions if m.particle in TOPIC_PARTICLES and m.actor.type in _REFERRED_COMPANIES] \
            or [m for m in presented if m.actor.type in _REFERRED_COMPANIES]
        current = self._company.value
        named_again = current is not None and any(m.actor.id == current.actor.id for m in mentions)
        self._company.saw(topics[0] if topics else current if named_again else None)

    def _enter_section(self, level: int, first_words: list[Mention], body: bool) -> None:
        """A heading whose title starts with a country, a government or a programme ("4) 일본: ...",
        "가. EU의 AI 정책", "나. Vision 2030 전략"), or is an organisation's name alone, opens its
        section; a heading about something else closes the sections it is not inside of. A name
        later in the title ("... 미국의 화웨이 압박") is no section."""
        while self._sections and self._sections[-1][0] >= level:
            self._sections.pop()
        if first_words:
            self._sections.append((level, first_words[:1], body))


# "A가 주도했다", "B가 참여했다": an investor's part in a round, told of the company raising it.
_ROUND_ROLE = re.compile(r"주도|리드|참여|팔로온|들어갔|들어왔")


def opening_subject(mentions: list[Mention], text: str) -> list[Mention]:
    """"A가 지난달 시리즈B를 마쳤다. 이어 B와 공급 계약을 맺었다": a sentence without a topic that
    opens on an organisation marked as its subject (이/가), and names no other organisation, is about
    it; the next sentences leave it unstated. Where another organisation is named, A may be the
    subject of a relative clause only ("A가 주도한 시리즈B에서 B가 ... 유치"); so is it when the
    verb right after it qualifies a noun ("2023년 A가 주도한 시리즈A에서 180억원을 유치했다": the
    unstated raiser is still the one before). Its owner named right before it only says whose it is
    ("LG그룹 산하 A가 주관기관을 맡는다. 자체 개발한 'M'을 기반으로 ...": A still)."""
    owners = 0
    while owners + 1 < len(mentions) and mentions[owners].particle in ("", "의") \
            and _OWNER_BEFORE.fullmatch(text, mentions[owners].after, mentions[owners + 1].start):
        owners += 1
    organisations = [m for m in mentions[owners:] if m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    subject = mentions[owners] if mentions else None
    if subject is not None and subject.particle in ("이", "가") and organisations == [subject] \
            and not _QUALIFYING_VERB.match(text, subject.after):
        return organisations
    return []


# "LG그룹 산하 ", "B의 자회사 ", "C 계열 ": between an owner and the unit named next.
_OWNER_BEFORE = re.compile(r"\s*(?:산하|계열|(?:[가-힣]{1,4}\s)?(?:자회사|계열사))?\s*")
# The marks of a title: a programme the writer quoted ("'X 그리드' 사업", "「Y 전략」").
_QUOTES = re.compile(r"[\"'‘’“”「」『』]")
_HANGUL = re.compile(r"[가-힣]")


def _titled(m: Mention) -> bool:
    """True for a programme the passage introduced by its title (quoted) or that is known by
    name: what the passage is about, which the passage's later sentences speak of."""
    return not m.actor.discovered or bool(_QUOTES.search(m.surface)) or bool(m.actor.aliases)


def _in_passing(m: Mention) -> bool:
    """True for a programme phrase the writer neither quoted nor made a topic: "두 회사는 각각
    춘천과 천안에 GPU 클러스터를 꾸리고" names a thing built for the programme in play, which
    stays what the passage is about."""
    return (m.actor.discovered and _HANGUL.search(m.surface) is not None and not _QUOTES.search(m.surface)
            and m.particle not in TOPIC_PARTICLES)


def _is_a_fund(m: Mention) -> bool:
    """True for a programme that is a fund: typed so, or named so ("AI 혁신성장 펀드")."""
    return m.actor.type == "Program" and (m.actor.kind == "fund" or bool(_FUND_NAME.search(m.actor.name)))


def _other_than_the_subject(candidates: list[Mention], mentions: list[Mention], pos: int, particle: str) -> Mention | None:
    """The first company ``candidates`` offers for a reference at ``pos``; one marked as no subject
    ("텐센트는 ... 이 회사에 5억 위안을 넣었다") is not the sentence's own topic or subject, so
    the next candidate is meant, and none if every candidate is that subject."""
    if particle not in _NOT_SUBJECT:
        return candidates[0]
    subjects = {m.actor.id for m in mentions if m.end <= pos and m.particle in SUBJECT_OR_TOPIC}
    return next((c for c in candidates if c.actor.id not in subjects), None)


# "주도한 시리즈A", "이끈 라운드", "만든 모델": a verb in its noun-qualifying form, then the noun.
_QUALIFYING_VERB = re.compile(r"\s*[가-힣]{0,5}(?:한|된|하는|했던|끈|든|운|낸)\s+[가-힣A-Za-z]")


def _owner_of(programme: Mention, mentions: list[Mention]) -> Mention | None:
    """The government the sentence makes the subject before naming ``programme`` ("스페인 정부는
    2025년 'P' 계획을 발표"), if any; or, when the programme is the topic, the government that is
    the subject right after it ("P는 부산시가 지난해 도입한 프로그램이다")."""
    before = next((m for m in reversed(mentions) if m.end <= programme.start and m.actor.type == "Government"
                   and m.particle in SUBJECT_OR_TOPIC), None)
    if before is not None or programme.particle not in TOPIC_PARTICLES:
        return before
    after = next((m for m in mentions if m.start >= programme.after), None)
    return after if after is not None and after.actor.type == "Government" and after.particle in ("이", "가") else None


def _invested_company(text: str, mentions: list[Mention]) -> Mention | None:
    """The company ``text`` gives money to ("A는 B에 2억 달러를 투자"): the last one not its topic."""
    if not _MONEY_GIVEN.search(text):
        return None
    return next((m for m in reversed(mentions) if m.particle not in TOPIC_PARTICLES
                 and m.actor.type in _REFERRED_COMPANIES), None)


# "A는 자회사 B를 설립하였고, 동사는 ...", "B의 지분을 인수하였으며, 앞서 동사의 시리즈A에": a clause acting on a company.
_ACTED_UPON = re.compile(r"(?:투자|출자|인수|설립|참여)(?:하였|했|하고|하며)")


# What a filer calls itself ("당사는"): never the said company, which is another.
_SELF_REFERENCE = ("당사", "본사", "우리")


def _topic_described_before(text: str, mentions: list[Mention]) -> Mention | None:
    """The company the same sentence opened on as its topic before "동사" ("주2) B는 비전 AI
    스타트업으로, 당사는 동사와 공급 계약을 체결"): the sentence describes it, then names it again as
    "동사"; the filer's own "당사" is never it."""
    return next((m for m in mentions if m.particle in TOPIC_PARTICLES and m.actor.type in _REFERRED_COMPANIES
                 and text[m.start:m.end] not in _SELF_REFERENCE), None)


def _company_acted_upon(text: str, mentions: list[Mention]) -> Mention | None:
    """The company an earlier clause of the same sentence acted on ("A는 자회사 B를 설립하였고,
    동사는 ..."): the subject going on would be left unsaid, so a "동사" written out after the
    clause means the other company, the one the clause founded, bought or invested in."""
    if _ACTED_UPON.search(text) is None:
        return None
    return next((m for m in reversed(mentions) if m.particle in ("을", "를", "의", "에")
                 and m.actor.type in _REFERRED_COMPANIES + ("Investor",)), None)


def _pays_with(programme: Mention, mentions: list[Mention]) -> bool:
    """True for a fund joined by 와/과 to an organisation ("모태펀드와 B가 각각 N원을 출자"): it
    pays in beside B, and the fund the passage is about is still the one they pay into."""
    after = [m for m in mentions if m.start >= programme.end][:1]
    return (programme.particle in ("와", "과") and programme.actor.kind == "fund" and bool(after)
            and after[0].actor.type in ORGANISATIONS_AND_GOVERNMENT)


# The particles of the parties that act together: "A는 B와 손잡고 ... C를 설립".
_ACTING_PARTICLES = ("은", "는", "이", "가", "와", "과")


def _only_partners(organisations: list[Mention]) -> bool:
    """True if a sentence marks organisations only as partners of an unstated subject."""
    return bool(organisations) and all(m.particle in PARTNER_PARTICLES for m in organisations)


def _acting_pair(organisations: list[Mention], topics: list[Mention]) -> list[Mention] | None:
    """The two organisations a later 양사 means: the two a sentence names, or, where it names
    more, the two it marks as acting together ("A는 B와 손잡고 합작법인 C를 설립": A and B).
    A sentence that leaves its subject unstated names only partners: the pair is the topic and
    its one partner ("(X는 ...) 클라우드는 B와 손잡았다. 양사는"), and two partners are no pair.
    ``topics`` are the passage's topic, then the story's: a partner that was the topic of the
    sentence before ("이 중 B가 ... B와의 관계는") is the story company's partner."""
    if _only_partners(organisations):
        partner = organisations[0]
        other = next((t for t in topics if t.actor.id != partner.actor.id), None)
        return [other, partner] if len(organisations) == 1 and other is not None else None
    if len(organisations) == 2:
        return organisations
    acting = [m for m in organisations if m.particle in _ACTING_PARTICLES]
    return acting if len(acting) == 2 else None


# "의 전략투자 조직인 ", "의 자회사 ": a few words between an owner and its unit, no list ("A의 CEO와 B").
_OWNER_TO_UNIT = re.compile(r"의\s(?:[^\s,]+(?<![와과])\s){1,3}")


def _owns_the_next(owner: Mention, unit: Mention, text: str) -> bool:
    """True if ``owner`` is written as the owner of ``unit`` right after it ("A의 투자 조직인 B")."""
    return owner.particle == "의" and _OWNER_TO_UNIT.fullmatch(text, owner.end, unit.start) is not None


def _last_two_organisations(mentions: list[Mention], text: str,
                            types=ORGANISATIONS_AND_GOVERNMENT) -> tuple[Mention, Mention] | None:
    """The last two organisations named, when a sentence names 양사 after them ("A는 B에 C를
    탑재하고, D 개발을 양사가 공동으로 진행"): the pair is the sentence's own, not the one before.
    An owner written before its unit ("A의 투자 조직인 B") and the unit are one party, named by the
    owner: B acts for A, so the pair is A and the other one."""
    found: list[Mention] = []
    for m in reversed(mentions):
        if found and m.actor.type in types and _owns_the_next(m, found[0], text):
            found[0] = m
            continue
        if m.actor.type in types and all(f.actor.id != m.actor.id for f in found):
            found.insert(0, m)
            if len(found) == 2:
                return found[0], found[1]
    return None


def _heading_level(text: str) -> int:
    """How deep a heading is: 0 for the outermost marker kind."""
    markdown = _MARKDOWN_HEADING.match(text)
    if markdown:
        return len(markdown.group(1)) - 1
    return next(n for n, marker in enumerate(_HEADING_LEVELS) if marker.match(text))
