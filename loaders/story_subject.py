"""The company a feature story is about, in view for the whole story.

A magazine feature or a profile names its company in the headline ("[커버스토리] ... — 세라픽AI,
도쿄와 선전 사이에서"), defines it once ("세라픽AI는 ... 국내 스타트업이다") and then tells its
rounds, deals and awards without naming it again, across its subheadings ("■ 파트너는 ..."):
"시리즈A는 B가 주도했고", "지난해 7월에는 C를 인수했다". A subheading starts a new passage
(:mod:`loaders.passage`), which forgets its topic; the story's subject outlives it and stands
where a sentence, and its passage, leave the actor unstated.
"""

from __future__ import annotations

import re

from loaders.discovery import discovered_actor
from loaders.mentions import SUBJECT_OR_TOPIC, Mention, particle_at

# "X는 ... 국내 스타트업이다", "X는 ... 만드는 기업으로": the sentence that says what the company is.
_DEFINED_AS_A_COMPANY = re.compile(r"(?:스타트업|기업|회사|업체|개발사|제조사)(?:이다|이며|으로|로서)(?=[\s.,]|$)")
_COMPANIES = ("Company", "Startup")
# "... 창업한 회사인데", "... 설립된 스타트업으로", "... 공동 창업한 기업이다": who founded the topic.
_DEFINED_BY_FOUNDING = re.compile(r"(?:창업|설립)(?:한|했던|된|됐던)\s(?:회사|스타트업|기업|업체)(?:이다|인데|이며|으로|로|다)")
# "제조 AI 스타트업 X가 ...를 마무리하고": a news lead introducing the story's company by what it is,
# as the subject of its first sentences.
# So does a relative clause saying what it does ("제조 현장용 AI 에이전트를 만드는 X가").
_INTRODUCED = re.compile(r"(?<![가-힣])(?:스타트업|기업|업체|개발사|제조사)\s$"  # not "대기업 자본이"
                         r"|[을를]\s(?:[가-힣]+\s)?(?:[가-힣]*하는|만드는|돕는|잇는|갖춘|가진)\s$")
_PROSE_END = re.compile(r"다\.")
#: How many sentences a news lead takes: the company it introduces later is no longer the story's.
_LEAD_SENTENCES = 3
# "누리보이스는 ...": a sentence opening with a word and its topic particle.
_OPENING_TOPIC = re.compile(r"(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{2,15}?)(?:은|는)\s")


class StorySubject:
    """The company the headline names and the story then defines, once it has done both."""

    def __init__(self, headline: str) -> None:
        self._headline = headline
        self._subject: Mention | None = None
        self._sentences = 0

    @property
    def topic(self) -> list[Mention]:
        return [self._subject] if self._subject is not None else []

    def discover(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The headline's company where the story defines it under a name nothing knows yet
        ("누리보이스는 ... 국내 스타트업이다", the headline "... — 누리보이스, 서울에서 ..."): the
        word the definition opens with, if the headline names it too, is the company's name."""
        if self._subject is not None or not self._headline or not _DEFINED_AS_A_COMPANY.search(text):
            return []
        lead = _unknown_opening_topic(text, mentions)
        if lead is None or not re.search(rf"(?<![가-힣A-Za-z0-9]){re.escape(lead.surface)}(?![가-힣A-Za-z0-9])", self._headline):
            return []
        return [lead]

    def saw(self, text: str, mentions: list[Mention]) -> None:
        """Take the company a sentence defines as the story's subject, if the headline named it."""
        self._sentences += bool(_PROSE_END.search(text))  # headlines, bylines and menus are no lead
        if self._subject is not None or not self._headline:
            return
        if 0 < self._sentences <= _LEAD_SENTENCES:
            self._subject = self._introduced(text, mentions)
        if self._subject is not None or not _DEFINED_AS_A_COMPANY.search(text):
            return
        first = next((m for m in mentions if m.particle in ("은", "는")), None)
        if first is not None and first.actor.type in _COMPANIES and first.start == _first_word(text) \
                and (first.surface in self._headline or first.actor.name in self._headline):
            self._subject = first


    def _introduced(self, text: str, mentions: list[Mention]) -> Mention | None:
        """"제조 AI 스타트업 X가 450억원 투자 유치를 마무리하고": the company a news lead makes its
        subject, introduced by what it is, if the headline named it."""
        first = next((m for m in mentions if m.particle in SUBJECT_OR_TOPIC), None)
        if first is None or first.actor.type not in _COMPANIES or not _INTRODUCED.search(text, 0, first.start):
            return None
        return first if first.surface in self._headline or first.actor.name in self._headline else None


def founded_company(text: str, mentions: list[Mention]) -> list[Mention]:
    """The unknown name a sentence opens with when the sentence says who founded it ("딥코랄은
    ... 이도윤 대표가 2023년에 창업한 회사인데", "X는 2021년 설립된 스타트업으로"): a founding
    clause on a company noun defines the topic as a company, headline or not."""
    if "창업" not in text and "설립" not in text or not _DEFINED_BY_FOUNDING.search(text):
        return []
    lead = _unknown_opening_topic(text, mentions)
    return [lead] if lead is not None else []


def _unknown_opening_topic(text: str, mentions: list[Mention]) -> Mention | None:
    """The name the sentence opens with as its topic ("누리보이스는"), when no mention covers it: a
    company the sentence goes on to define (a startup where it says so, else a company)."""
    lead = _OPENING_TOPIC.match(text, _first_word(text))
    if lead is None or any(m.start < lead.end("name") and lead.start() < m.end for m in mentions):
        return None
    name = lead.group("name")
    mention = Mention(lead.start(), lead.end("name"), discovered_actor(name, "" if "스타트업" in text else "company"),
                      name, discovered=True)
    mention.particle, mention.after = particle_at(text, lead.end("name"))
    return mention


def _first_word(text: str) -> int:
    """Where the sentence's first word starts."""
    return len(text) - len(text.lstrip())
