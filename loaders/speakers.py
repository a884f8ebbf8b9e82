"""Who speaks in a news story's quotations, and for which company (English and Korean).

News quotes executives, and their "we" and "our" mean the company they run. A story names a
speaker once with the company ("Jane Roe, chief executive of Acme, said", "Acme CEO Jane Roe",
"Acme's Jane Roe") and later by surname or pronoun only ("Roe said", "she added"); a quotation
may run over several sentences with its attribution after the last one ('"We invested in X last
year. Our partner Y ...," said Roe.'), or open a paragraph that goes on quoting the same speaker.

Conservative: only a company's own people speak for it (a partner of a venture firm too); an
analyst, an official or a minister speaks for no company, and a pronoun after one of them
resolves to no one. Korean news writes the same habits: "아크미의 김철수 대표는", "김철수 아크미
대표는" introduce the speaker, "김 대표는" and "그는" quote them again, and the quotation's "저희" or
"우리" ("저희가 개발한 X") is the company, the attribution after it ("…”라고 김 대표는 말했다") or
before it ("그는 “…”고 밝혔다"). A speaker is never linked to the company by a relation (the schema has none
for employment): only the company acts through its people's "we".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.mentions import Mention, particle_at
from loaders.normalise import Block
from loaders.person_names import is_native_name

FindMentions = Callable[[str], list[Mention]]

#: The actors whose people say "we" for them.
_COMPANIES = ("Company", "Startup", "Investor")
_NAME = r"(?-i:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?){1,2})"
# Posts held by a company's own people (not "analyst", "minister", "professor", "official").
ROLE = (r"(?:(?:co-?)?founder|chief\s+(?:executive|financial|technology|operating|product|scientific|strategy|commercial)"
         r"(?:\s+officer)?|CEO|CFO|CTO|COO|CPO|president|chair(?:man|woman|person)?|spokes(?:wo)?man|spokesperson|"
         r"(?:general\s+|managing\s+|founding\s+)?partner|managing\s+director|(?:senior\s+|executive\s+)?vice\s+president|"
         r"head\s+of\s+[\w\s]{2,30}?|director(?:\s+of\s+[\w\s]{2,30}?)?)")
_ROLES = rf"{ROLE}(?:\s+and\s+{ROLE})?"
# "Jane Roe, chief executive of Acme", "Jane Roe, a partner at Acme", "Jane Roe, who co-founded Acme".
_NAMED_BEFORE_EMPLOYER = re.compile(rf"(?P<name>{_NAME}),\s+(?:(?:the|a|an|its)\s+)?(?:(?:former|new|current)\s+)?"
                                    rf"(?:{_ROLES})\s+(?:of|at)\s+(?:the\s+)?$", re.I)
# "Acme CEO Jane Roe", "Acme's Jane Roe", "Acme co-founder and chief executive Jane Roe".
_NAMED_AFTER_EMPLOYER = re.compile(rf"(?:['’]s?\s+(?:{_ROLES}\s+)?|\s+(?:{_ROLES})\s+)(?P<name>{_NAME})")
# "Chief Executive Jane Roe said", "its CEO, Jane Roe,": a post whose company the sentence leaves to the story.
_UNNAMED_EMPLOYER = re.compile(rf"(?:^|(?<=[,;—–\"”]\s)|(?<=\bits\s)|(?<=\bIts\s)|(?<=\bcompany['’]s\s))(?:{_ROLES}),?\s+"
                               rf"(?P<name>{_NAME})", re.I)
# A news lead's first words: a dateline ("SEATTLE —", "LONDON, March 3 (Wire) -") before the story's company.
_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z. ]{1,30}(?:,\s[^—–-]{1,30})?\s[—–-]{1,2}\s)?")
#: A lead sentence has this many words at least (a headline or a byline fewer).
_LEAD_WORDS = 12
# "analyst Jane Roe", "Jane Roe, an analyst at X", "Minister Jane Roe": a voice that speaks for no company.
_NO_COMPANY = re.compile(rf"(?:\b(?:analyst|economist|minister|secretary|commissioner|official|professor|researcher|"
                         rf"senator|governor|mayor|regulator|spokes\w+\s+for\s+the)\s+(?P<name>{_NAME}))|"
                         rf"(?P<name2>{_NAME}),\s+(?:(?:the|a|an)\s+)?[\w\s-]{{0,30}}?\b(?:analyst|economist|minister|"
                         rf"secretary|official|professor|researcher)\b")
# What every _NO_COMPANY match holds: most sentences have none and are not scanned for names.
_NO_COMPANY_HINT = re.compile(r"analyst|economist|inister|ecretary|ommissioner|official|rofessor|esearcher|enator|"
                              r"overnor|ayor|egulator|spokes", re.I)
# A verb of saying in an attribution (first_person reads a quotation's tag with it too).
SAID = r"(?:said|says|added|adds|noted|explained|told|wrote|continued|recalled)"
_PRONOUN = r"(?:he|she|He|She)"
# After a quotation: ', said Roe', ', Roe said', ', she added', ', said Jane Roe, chief ...'.
_AFTER_QUOTE = re.compile(rf"\s*(?:[,—–-]\s*)?(?:{SAID}\s+(?:(?i:{_ROLES})\s+)?(?P<who>{_NAME}|[A-Z][a-z'’]+|{_PRONOUN})\b|"
                          rf"(?:(?i:{_ROLES})\s+)?(?P<who2>{_NAME}|[A-Z][a-z'’]+|{_PRONOUN})\s+{SAID}\b)")
# Before a quotation: 'Roe said: "', 'She added: "'.
_BEFORE_QUOTE = re.compile(rf"(?P<who>{_NAME}|[A-Z][a-z'’]+|{_PRONOUN})\s+{SAID}(?:\s+\w+){{0,3}}?\s*[:,]\s*$")
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"", "”\""


class Speakers:
    """The company each person quoted in one English story speaks for."""

    def __init__(self, find: FindMentions):
        self._find = find
        #: A person's full name and surname -> the company they speak for, or None (an analyst).
        self._employers: dict[str, Mention | None] = {}
        #: The company the story's lead opens with: an executive named by post alone runs it.
        self._lead: Mention | None = None
        self._lead_read = False
        #: The company of the last person named or quoted: what "he said" speaks for.
        self._last: Mention | None = None
        self._block: Block | None = None
        #: The quotations of the block being read (see ``_quotations``), found once per block.
        self._spans: list[tuple[int, int]] = []
        #: The voice of each quotation of the block being read, by where it opens (absent: attributed to no one).
        self._quotes: dict[int, Mention | None] = {}
        self._read: set[int] = set()

    def learn(self, text: str, mentions: list[Mention]) -> None:
        """Keep the employer of each person a sentence names with one, and who an analyst is."""
        self._read_lead(text, mentions)
        for m in mentions:
            if m.actor.type not in _COMPANIES:
                continue
            before = _NAMED_BEFORE_EMPLOYER.search(text, max(0, m.start - 120), m.start)
            after = _NAMED_AFTER_EMPLOYER.match(text, m.end)
            for named in (before, after):
                if named is not None:
                    self._employ(named.group("name"), m)
        for executive in _UNNAMED_EMPLOYER.finditer(text):
            if self._lead is not None and executive.group("name") not in self._employers:
                self._employ(executive.group("name"), self._lead)
        for other in _NO_COMPANY.finditer(text) if _NO_COMPANY_HINT.search(text) else ():
            self._employ(other.group("name") or other.group("name2"), None)

    def _read_lead(self, text: str, mentions: list[Mention]) -> None:
        """Keep the company the story's first full sentence opens with ("SEATTLE — Acme Corp. told
        investors on Thursday ..."): the story is about it."""
        if self._lead_read or not text.rstrip().endswith(".") or len(text.split()) < _LEAD_WORDS:
            return
        self._lead_read = True
        opening = _DATELINE.match(text).end()
        self._lead = next((m for m in mentions if m.start == opening and m.actor.type in _COMPANIES), None)

    def _employ(self, name: str, company: Mention | None) -> None:
        self._employers[name] = self._employers[name.split()[-1]] = company
        self._last = company

    def voice_at(self, block: Block, pos: int) -> Mention | None:
        """The company the quotation around ``pos`` of ``block`` speaks for, or None."""
        if block is not self._block:
            self._block, self._spans, self._quotes, self._read = block, _quotations(block.text), {}, set()
        voice: Mention | None = None
        for n, (start, end) in enumerate(self._spans):
            if start not in self._read:
                self._read.add(start)
                self._attribute(block.text, self._spans, n)
            # a quotation attributed to no one goes on in the voice of the paragraph's quote before it
            voice = self._quotes[start] if start in self._quotes else voice
            if start <= pos < end:
                return voice
        return None

    def _attribute(self, text: str, spans: list[tuple[int, int]], n: int) -> None:
        """Keep the voice of the speaker named right after quotation ``n`` (before the next one) or
        right before it."""
        start, end = spans[n]
        limit = spans[n + 1][0] if n + 1 < len(spans) else len(text)
        after = _AFTER_QUOTE.match(text, end, min(limit, end + 80))
        before = None if after is not None else _BEFORE_QUOTE.search(text, max(spans[n - 1][1] if n else 0, start - 80), start)
        if after is not None:
            self._quotes[start] = self._speaker(after.group("who") or after.group("who2"))
        elif before is not None:
            self._quotes[start] = self._speaker(before.group("who"))

    def _speaker(self, who: str) -> Mention | None:
        """The company of the person ``who`` names (a pronoun: the last one named)."""
        if who.lower() in ("he", "she"):
            return self._last
        key = who if who in self._employers else who.split()[-1]
        self._last = self._employers.get(key)
        return self._last


def speaks_for_no_company(text: str, start: int) -> bool:
    """True if the attribution from ``start`` names an analyst, an official or a minister."""
    return bool(_NO_COMPANY.search(text, start, start + 120))


def _quotations(text: str) -> list[tuple[int, int]]:
    """Each quotation of ``text`` as (offset of its opening mark, offset just after its closing one)."""
    spans, start = [], -1
    for i, ch in enumerate(text):
        if start < 0 and ch in _OPEN_QUOTES:
            start = i
        elif start >= 0 and ch in _CLOSE_QUOTES:
            spans.append((start, i + 1))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


# A Korean post held by a company's own people ("대표", "CEO", "파트너"), not a minister's or a professor's.
_KO_COMPANY_ROLE = re.compile(r"\s?(?:공동\s?)?(?:대표이사|대표파트너|대표|최고경영자|CEO|CTO|CFO|COO|창업자|설립자|"
                              r"부회장|회장|부사장|사장|파트너|심사역|전무|상무|본부장|총괄)(?!적)")
# Between a company and its person ("아크미의 김철수", "아크미 김철수"), or a person and a company ("김철수 아크미").
_KO_BETWEEN = re.compile(r"(?:의)?\s?")
# The quotation's "we": "저희가", "저희 회사는", "우리는" (not "우리나라", "우리 정부", "우리 경제").
_KO_WE = re.compile(r"(?:저희|우리)(?:\s(?:회사|팀))?(?=(?:가|는|의|도|를|와|만|\s(?!나라|정부|경제|사회|국민|기업들)))")
_KO_SAID = r"(?:말했다|밝혔다|덧붙였다|강조했다|설명했다|전했다|말한다|밝힌다)"
# '…”라고 김 대표는 말했다', '…”고 그는 밝혔다', '…”라고 말했다' (the speaker before the quotation).
_KO_AFTER_QUOTE = re.compile(rf"\s?(?:이?라고|고|며|면서)\s?(?:(?P<who>[^\s“”\"]{{1,12}}(?:\s[^\s“”\"]{{1,8}})?)(?:은|는|이|가)\s)?"
                             rf"(?:[^.“”\"]{{0,20}}?\s)?{_KO_SAID}")
_KO_NAME_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{3})\s$")
_KO_PRONOUN = re.compile(r"^(?:그|그녀)$")
# "김 대표는 “": the speaker as the topic right before the quotation.
_KO_SUBJECT = re.compile(r"(?P<who>[가-힣]{1,4})(?:\s[가-힣A-Z]{1,6})?(?:은|는)\s(?:[^“”\".]{0,40}?\s)?$")


class KoreanSpeakers:
    """The company each person quoted in one Korean story speaks for, and its "저희"/"우리"."""

    def __init__(self) -> None:
        #: A person's name and surname -> the company they speak for, or None (a minister, a professor).
        self._employers: dict[str, Mention | None] = {}
        self._last: Mention | None = None
        self._block: Block | None = None
        #: The quotations of the block being read, found once per block.
        self._spans: list[tuple[int, int]] = []
        self._quotes: dict[int, Mention | None] = {}
        #: True if the sentence read last had a quoted "저희" read as its speaker's company.
        self.voiced = False

    def read(self, text: str, mentions: list[Mention], offset: int, block: Block) -> list[Mention]:
        """``mentions`` with the first-person words quoted in ``text`` as the speaker's company."""
        self._learn(text, mentions)
        self.voiced = False
        if "저희" not in text and "우리" not in text:
            return mentions
        if block is not self._block:
            self._block, self._spans, self._quotes = block, _quotations(block.text), {}
        voiced = []
        for word in _KO_WE.finditer(text):
            company = self._voice_at(block, offset + word.start())
            if company is None or any(m.start < word.end() and word.start() < m.end for m in mentions):
                continue
            mention = Mention(word.start(), word.end(), company.actor, word.group(0), discovered=company.discovered)
            mention.particle, mention.after = particle_at(text, word.end())
            voiced.append(mention)
        self.voiced = bool(voiced)
        return sorted(mentions + voiced, key=lambda m: m.start) if voiced else mentions

    def _learn(self, text: str, mentions: list[Mention]) -> None:
        """"아크미의 김철수 대표", "김철수 아크미 대표": the company a person holds a post in (None
        for a post in a public body, "박영희 산업부 장관"); a pronoun then means the last one."""
        for first, second in zip(mentions, mentions[1:], strict=False):
            person, other = (second, first) if first.actor.type != "Person" else (first, second)
            if person.actor.type != "Person" or other.actor.type == "Person" \
                    or not _KO_BETWEEN.fullmatch(text, first.end, second.start):
                continue
            company = other if other.actor.type in _COMPANIES else None
            if company is not None and not _KO_COMPANY_ROLE.match(text, second.end):
                continue
            self._employ(person.actor.name, company)
        for m in mentions:  # "박민호 가람로보틱스 대표는": a name no role follows, before the company's
            before = _KO_NAME_BEFORE.search(text, max(0, m.start - 6), m.start)
            if m.actor.type in _COMPANIES and before is not None and is_native_name(before.group(1)) \
                    and _KO_COMPANY_ROLE.match(text, m.end):
                self._employ(before.group(1), m)

    def _employ(self, name: str, company: Mention | None) -> None:
        self._employers[name] = self._employers[name[0]] = self._last = company

    def _voice_at(self, block: Block, pos: int) -> Mention | None:
        for start, end in self._spans:
            if start <= pos < end:
                if start not in self._quotes:
                    self._quotes[start] = self._attribution(block.text, start, end)
                return self._quotes[start]
        return None

    def _attribution(self, text: str, start: int, end: int) -> Mention | None:
        """The speaker named after the quotation ("…”라고 김 대표는 말했다") or as the subject before it."""
        after = _KO_AFTER_QUOTE.match(text, end)
        if after is None:
            # a paragraph that is all quotation (an interview's answer, a quote going on) is the last speaker's
            return self._last if start == 0 and not text[end:].strip() else None
        who = after.group("who")
        if who is None:  # "김 대표는 “…”라고 말했다": the subject before the quotation
            sentence_start = max(text.rfind(".", 0, start), text.rfind("다 ", 0, start)) + 1
            who = _KO_SUBJECT.search(text, sentence_start, start)
            who = who.group("who") if who is not None else None
        return self._speaker(who) if who else None

    def _speaker(self, who: str) -> Mention | None:
        """The company of the person ``who`` names ("김 대표", "김철수", "그": the last one named)."""
        name = who.split()[0]
        if _KO_PRONOUN.match(name):
            return self._last
        self._last = self._employers.get(name)
        return self._last
