"""Who a first-person document speaks for, and the words it calls itself by.

A founder's post on a social network opens with a profile: the author's name on a line of its
own, then the company and the author's post ("한결에이아이(Hangyeol AI) 공동창업자·대표 | 제조
현장을 위한 AI"). The post then says "저희" (we), "저희 회사", "우리 회사" for the company and
leaves the subject out of most sentences ("지난주 B와 파트너십 계약을 맺었습니다"): both mean the
author's company. A profile that says the author founded it ("공동창업자") states that fact too.

An institution's own publication names itself in its title ("KDB 글로벌 리뷰", "X 연구소 보고서")
and calls itself "당행" (this bank) or "본원" (this institute) in its prose.

Only the first lines are read: a profile or a masthead is at the top, and a name further down
is what the document is about, not who wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Actor, Evidence, slugify
from loaders.discovery import discovered_actor
from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# How many non-empty lines at the top may hold the profile or the masthead.
_HEAD_LINES = 4
# "한결에이아이(Hangyeol AI) 공동창업자·대표 | ...": a company (with its gloss), then the author's post.
_PROFILE = re.compile(r"^\s*(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]{1,29}(?:\s[A-Z][A-Za-z0-9&.\-]*)?)"
                      r"\s?(?:\((?P<gloss>[A-Za-z0-9][^()]{1,40})\))?\s*(?:[,|·@/]\s*)?"
                      r"(?P<role>(?:공동\s?)?(?:창업자|설립자|대표이사|대표|CEO|CTO)(?:[·/,\s&]+(?:공동\s?)?"
                      r"(?:창업자|설립자|대표이사|대표|CEO|CTO))*)\s*(?:$|[|·,@/])")
_FOUNDER_ROLE = re.compile(r"창업자|설립자")
# An interview's headline: "[CEO 인터뷰] 윤아무 가나랩스 대표 \"...\"", "[인터뷰] 가나랩스 윤아무 대표", or a
# tagged headline with the interviewee in the subtitle under it ("[VC 인터뷰] \"...\"" over "윤아무 가나벤처스
# 파트너 \"...\""): the interviewee answers for the company they lead or are a partner of, so the answers'
# "저희" and the subjects they leave out are it.
_INTERVIEW_TAG = re.compile(r"^\s*[\[<【]?[^\]>】]{0,12}인터뷰[\]>】:]?\s*")
_INTERVIEWEE = re.compile(r"(?:(?P<person>[가-힣]{2,4})\s(?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]{1,20})"
                          r"|(?P<name2>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&.\-]{1,20})\s(?P<person2>[가-힣]{2,4}))"
                          r"\s(?:공동\s?)?(?:대표이사|대표(?:\s?파트너)?|CEO|창업자|파트너)(?![가-힣])")
# A Korean person's name alone on the line above the profile: two to four syllables.
_AUTHOR_NAME = re.compile(r"^\s*(?P<name>[가-힣]{2,4})\s*$")
# What the author calls the company: longest first, so "저희 회사" is one mention.
AUTHOR_WORDS = ("저희 회사", "우리 회사", "저희 팀", "저희")
# What an institution calls itself in its own publication ("당사" in a company's filing is read by
# corporate_names; in a news article it is a quoted company's).
PUBLISHER_WORDS = ("당행", "본원")
_ORGANISATIONS = ("Startup", "Company", "Investor", "University", "Government")
# "(P와) 둘이서 연구실 한쪽에서 시작한 회사입니다": the company the author started with P.
_STARTED_WITH = re.compile(r"\s(?:[^.!?]{0,40}?\s)?(?:(?:둘|셋|넷)이서\s|함께\s|같이\s)(?:[^.!?]{0,40}?\s)?"
                           r"(?:시작|창업|설립|차린|세운)(?:한|했던|하였던)?\s?(?:회사|스타트업|기업)")


@dataclass
class Author:
    """The organisation a document speaks for, the words that mean it, and the facts its top states."""

    actor: Actor
    words: tuple[str, ...]
    #: True for a person's post: the subject it leaves out is the company.
    first_person: bool
    facts: list[Fact]

    def cofounders(self, text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
        """In a post, "P와 둘이서 ... 시작한 회사입니다": P founded the author's company too."""
        if not self.first_person:
            return []
        return [Fact(m.actor, "FOUNDED", self.actor, {"confidence": 0.7},
                     Evidence(doc_id, line_at(m.start), text[m.start:started.end()]))
                for m in mentions if m.actor.type == "Person" and m.particle in ("와", "과")
                and (started := _STARTED_WITH.match(text, m.after))]

    def as_topic(self) -> list[Mention]:
        """The company as the topic of a sentence that does not name it."""
        return [Mention(0, 0, self.actor, self.actor.name, particle="는")]


def find_author(lines: list[str], doc_id: str, gazetteer: Gazetteer) -> Author | None:
    """The author's company from a profile at the top of ``lines`` (the line after the author's
    name), else the institution whose masthead opens a document that calls itself 당행/본원."""
    head = [(n, line) for n, line in enumerate(lines, 1) if line.strip()][:_HEAD_LINES]
    for index, (number, line) in enumerate(head[1:], 1):
        # The profile follows its author's name: a headline "X 대표 AI 모델 공개" is no profile.
        profile = _PROFILE.match(line) if _AUTHOR_NAME.match(head[index - 1][1]) else None
        if profile is None:
            continue
        actor = _organisation(profile.group("name"), profile.group("gloss"), gazetteer)
        if actor is None:
            continue
        facts = []
        person = _AUTHOR_NAME.match(head[index - 1][1])
        if _FOUNDER_ROLE.search(profile.group("role")):
            founder = Actor(id=slugify(person.group("name")), name=person.group("name"), type="Person", discovered=True,
                            name_ko=person.group("name"))
            facts.append(Fact(founder, "FOUNDED", actor, {"confidence": 0.8},
                              Evidence(doc_id, number, line.strip()[:220])))
        return Author(actor, AUTHOR_WORDS, True, facts)
    return _interviewee(head, gazetteer) or _publisher(head, lines, gazetteer)


def _interviewee(head: list[tuple[int, str]], gazetteer: Gazetteer) -> Author | None:
    """The company of the interviewee an interview's headline names, or the subtitle under it."""
    for index, (_, line) in enumerate(head[:2]):
        tag = _INTERVIEW_TAG.match(line)
        if tag is None:
            continue
        subtitle = head[index + 1][1] if index + 1 < len(head) else ""
        interview = _INTERVIEWEE.match(line, tag.end()) or _INTERVIEWEE.match(subtitle.strip())
        if interview is None:
            continue
        actor = _organisation(interview.group("name") or interview.group("name2"), None, gazetteer)
        return Author(actor, AUTHOR_WORDS, True, []) if actor is not None else None
    return None


def _organisation(name: str, gloss: str | None, gazetteer: Gazetteer) -> Actor | None:
    """The known organisation ``name`` (or its gloss) is, else a new company of that name."""
    for word in (name, gloss):
        entry = gazetteer.lookup(word) if word else None
        if entry is not None:
            return entry.to_actor() if entry.type in _ORGANISATIONS else None
    actor = discovered_actor(name, "company")
    actor.aliases = [gloss.strip()] if gloss else []
    return actor


def _publisher(head: list[tuple[int, str]], lines: list[str], gazetteer: Gazetteer) -> Author | None:
    """The organisation the first line starts with ("KDB 글로벌 리뷰"), if the document calls itself
    by a publisher's word anywhere."""
    if not head or not any(word in line for line in lines for word in PUBLISHER_WORDS):
        return None
    first = head[0][1]
    match = next((m for m in gazetteer.find(first) if m.start == len(first) - len(first.lstrip())), None)
    if match is None or match.entry.type not in _ORGANISATIONS:
        return None
    return Author(match.entry.to_actor(), PUBLISHER_WORDS, False, [])
