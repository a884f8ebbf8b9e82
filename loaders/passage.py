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
a lower level, so the country of chapter 1 stays in force until the next chapter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention, particle_at
from loaders.normalise import HEADING_MARKER, Block

# The level of each heading marker, outermost first: "Ⅲ." > "4." > "가." > "1)" > "○ (".
_HEADING_LEVELS = (re.compile(r"\s*[IVXⅠ-Ⅹ]+\.\s"), re.compile(r"\s*\d{1,2}\.\s"), re.compile(r"\s*[가-하]\.\s"),
                   re.compile(r"\s*\d{1,2}\)\s"), re.compile(r"\s*[○□■◦▶]"))
_MARKDOWN_HEADING = re.compile(r"\s*(#+)\s")
_CAPTION = re.compile(r"\s*\[\s*(?=[^\]]+\]\s*$)")
_CAPTION_LEVEL = len(_HEADING_LEVELS)
_SECTION_ACTORS = ("Country", "Government")
# "이 펀드에는", "해당 프로젝트에", "동 기금은": a programme named just before.
_THIS_PROGRAMME = re.compile(r"(?<![가-힣])(?:이|해당|동|본)\s?(펀드|기금|프로젝트|사업|계획|프로그램|이니셔티브|전략)(?=에는|에|은|는|이|가|을|를|의|\s)")
# "양사는", "두 회사가", "양측은": the two organisations named just before.
_BOTH = re.compile(r"(?<![가-힣])(?:양사|양측|두\s?회사|두\s?기업)(?=는|가|은|이|의|\s)")
# "이 회사는", "해당 기업이": the organisation the passage is about.
_THIS_ORGANISATION = re.compile(r"(?<![가-힣])(?:(?:이|해당|동)\s?(?:회사|기업|업체|스타트업)|회사\s?측)(?=는|가|은|이|의|와|과|도|\s)")
# What "이 회사" points back to: a company, not an investor named as a topic since ("벤처캐피털 B는
# 후속 투자에 참여함. 이 회사는 ..." is still about the company that raised the round).
_REFERRED_COMPANIES = ("Company", "Startup")
_COMPANIES = {"Company", "Startup", "Investor"}
#: The particles that make a name what its sentence is about.
TOPIC_PARTICLES = ("은", "는", "도")


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
        #: (heading level, mentions) of the country or government each open section is
        #: about, outermost first.
        self._sections: list[tuple[int, list[Mention]]] = []
        #: The level and the title of the heading being read, until its first name is seen.
        self._heading: tuple[int, str] | None = None
        self._forget()

    def _forget(self) -> None:
        self._topic, self._programme, self._pair = _Recent(self.SPAN), _Recent(self.SPAN), _Recent(self.SPAN)
        self._round = _Recent(2)  # a round's investors are named in the next sentence or two
        # News keeps one company in view for a whole story, through quotes and background.
        self._company = _Recent(2 * self.SPAN)

    def enter(self, block: Block) -> None:
        """Start reading a sentence of ``block``: a heading starts a new passage."""
        if block is not self._block:
            if self._heading is not None:
                self._enter_section(self._heading[0], [])  # the heading named no one
            self._block = block
            self._heading = None
            marker = HEADING_MARKER.match(block.text)
            if marker:
                self._forget()
                self._heading = (_heading_level(block.text), block.text[marker.end():].lstrip())
            caption = _CAPTION.match(block.text)
            if caption:
                # "[ 중국의 주요 AI 인재 양성 정책 ]": a table's caption names what its rows are
                # about ("교육부는 ... 지침을 발표" in it is China's ministry), below any heading;
                # the prose around the table keeps its passage.
                self._heading = (_CAPTION_LEVEL, block.text[caption.end():].lstrip())

    @property
    def topic(self) -> list[Mention]:
        """The last topic (은/는/도) of the passage."""
        return self._topic.value or []

    @property
    def section(self) -> list[Mention]:
        """The country or government the innermost open section's heading named (a table's
        caption only says whose names its rows use: the prose after the table is not its)."""
        return next((m for level, m in reversed(self._sections) if level < _CAPTION_LEVEL), [])

    @property
    def section_country(self) -> str | None:
        """The country code of the innermost open section that names a country's actor."""
        return next((m[0].actor.country for _, m in reversed(self._sections) if m[0].actor.country), None)

    @property
    def programme(self) -> Mention | None:
        """The programme named last in the passage."""
        return self._programme.value

    @property
    def last_round(self):
        """The funding round announced in the last two sentences."""
        return self._round.value

    @property
    def programme_just_named(self) -> Mention | None:
        """The programme named in the sentence just read, if any."""
        return self._programme.value if self._programme.fresh else None

    def refer(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Mentions for the demonstratives of ``text`` that point back in the passage."""
        found: list[Mention] = []
        taken = [(m.start, m.end) for m in mentions]
        if self.programme is not None:
            for m in _THIS_PROGRAMME.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    particle, after = particle_at(text, m.end())
                    found.append(replace(self.programme, start=m.start(), end=m.end(), particle=particle,
                                         after=after, surface=m.group(0), country_hint=None))
        topic = self.company or (self.topic[0] if self.topic and self.topic[0].actor.type in _COMPANIES else None)
        if topic is not None:
            for m in _THIS_ORGANISATION.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    particle, after = particle_at(text, m.end())
                    found.append(replace(topic, start=m.start(), end=m.end(), particle=particle, after=after,
                                         surface=m.group(0), country_hint=None))
        for m in _BOTH.finditer(text):
            pair = _last_two_organisations([n for n in mentions if n.end <= m.start()]) or self._pair.value
            if pair:
                first_of, second_of = pair
                particle, after = particle_at(text, m.end())
                # Both are one coordinated subject: the first with 와, the second with the particle.
                first = replace(first_of, start=m.start(), end=m.start(), particle="와", after=m.start(),
                                surface=m.group(0), country_hint=None)
                second = replace(second_of, start=m.start(), end=m.end(), particle=particle, after=after,
                                 surface=m.group(0), country_hint=None)
                found += [first, second]
        return found

    def saw(self, mentions: list[Mention], announced_round=None) -> None:
        """Remember what a sentence named (after it has been read), and the funding round
        it announced, if any."""
        if self._heading is not None:
            # The title's first name may come in a later sentence of the heading block.
            level, title = self._heading
            named = [m for m in mentions if m.actor.type in _SECTION_ACTORS and title.startswith(m.surface)]
            if named:
                self._enter_section(level, named)
                self._heading = None
        organisations: list[Mention] = []
        for m in mentions:
            if m.actor.type in ORGANISATIONS_AND_GOVERNMENT and all(o.actor.id != m.actor.id for o in organisations):
                organisations.append(m)
        self._topic.saw([m for m in mentions if m.particle in TOPIC_PARTICLES][:1])
        self._programme.saw(next((m for m in reversed(mentions) if m.actor.type == "Program"), None))
        pair = _acting_pair(organisations)
        if pair is None and len(organisations) > 2:
            # "A는 B와 손잡고 합작법인 C를 설립했다. 양사는 ...": which two is the sentence's
            # business, and a pair named sentences before is no longer the one meant.
            self._pair.clear()
        else:
            self._pair.saw(pair)
        self._round.saw(announced_round)
        self._saw_company(mentions)

    @property
    def company(self) -> Mention | None:
        """The company last made a topic, while the passage still names it."""
        return self._company.value

    def _saw_company(self, mentions: list[Mention]) -> None:
        """Remember a company made a topic; naming it again in any role keeps it in view."""
        topics = [m for m in mentions if m.particle in TOPIC_PARTICLES and m.actor.type in _REFERRED_COMPANIES]
        current = self._company.value
        named_again = current is not None and any(m.actor.id == current.actor.id for m in mentions)
        self._company.saw(topics[0] if topics else current if named_again else None)

    def _enter_section(self, level: int, first_words: list[Mention]) -> None:
        """A heading whose title starts with a country or government ("4) 일본: ...", "가. EU의
        AI 정책") opens its section; a heading about something else closes the sections it
        is not inside of. A name later in the title ("... 미국의 화웨이 압박") is no section."""
        while self._sections and self._sections[-1][0] >= level:
            self._sections.pop()
        if first_words:
            self._sections.append((level, first_words[:1]))


# The particles of the parties that act together: "A는 B와 손잡고 ... C를 설립".
_ACTING_PARTICLES = ("은", "는", "이", "가", "와", "과")


def _acting_pair(organisations: list[Mention]) -> list[Mention] | None:
    """The two organisations a later 양사 means: the two a sentence names, or, where it names
    more, the two it marks as acting together ("A는 B와 손잡고 합작법인 C를 설립": A and B)."""
    if len(organisations) == 2:
        return organisations
    acting = [m for m in organisations if m.particle in _ACTING_PARTICLES]
    return acting if len(acting) == 2 else None


def _last_two_organisations(mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """The last two organisations named, when a sentence names 양사 after them ("A는 B에 C를
    탑재하고, D 개발을 양사가 공동으로 진행"): the pair is the sentence's own, not the one before."""
    found: list[Mention] = []
    for m in reversed(mentions):
        if m.actor.type in ORGANISATIONS_AND_GOVERNMENT and all(f.actor.id != m.actor.id for f in found):
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
