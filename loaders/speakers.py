"""Who speaks in a news story's quotations, and for which company.

News quotes executives, and their "we" and "our" mean the company they run. A story names a
speaker once with the company ("Jane Roe, chief executive of Acme, said", "Acme CEO Jane Roe",
"Acme's Jane Roe") and later by surname or pronoun only ("Roe said", "she added"); a quotation
may run over several sentences with its attribution after the last one ('"We invested in X last
year. Our partner Y ...," said Roe.'), or open a paragraph that goes on quoting the same speaker.

Conservative: only a company's own people speak for it (a partner of a venture firm too); an
analyst, an official or a minister speaks for no company, and a pronoun after one of them
resolves to no one. A speaker is never linked to the company by a relation (the schema has none
for employment): only the company acts through its people's "we".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.mentions import Mention
from loaders.normalise import Block

FindMentions = Callable[[str], list[Mention]]

#: The actors whose people say "we" for them.
_COMPANIES = ("Company", "Startup", "Investor")
_NAME = r"(?-i:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?){1,2})"
# Posts held by a company's own people (not "analyst", "minister", "professor", "official").
_ROLE = (r"(?:(?:co-?)?founder|chief\s+(?:executive|financial|technology|operating|product|scientific|strategy|commercial)"
         r"(?:\s+officer)?|CEO|CFO|CTO|COO|CPO|president|chair(?:man|woman|person)?|spokes(?:wo)?man|spokesperson|"
         r"(?:general\s+|managing\s+|founding\s+)?partner|managing\s+director|(?:senior\s+|executive\s+)?vice\s+president|"
         r"head\s+of\s+[\w\s]{2,30}?|director(?:\s+of\s+[\w\s]{2,30}?)?)")
_ROLES = rf"{_ROLE}(?:\s+and\s+{_ROLE})?"
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
# A verb of saying in an attribution.
_SAID = r"(?:said|says|added|adds|noted|explained|told|wrote|continued|recalled)"
_PRONOUN = r"(?:he|she|He|She)"
# After a quotation: ', said Roe', ', Roe said', ', she added', ', said Jane Roe, chief ...'.
_AFTER_QUOTE = re.compile(rf"\s*(?:[,—–-]\s*)?(?:{_SAID}\s+(?:(?i:{_ROLES})\s+)?(?P<who>{_NAME}|[A-Z][a-z'’]+|{_PRONOUN})\b|"
                          rf"(?:(?i:{_ROLES})\s+)?(?P<who2>{_NAME}|[A-Z][a-z'’]+|{_PRONOUN})\s+{_SAID}\b)")
# Before a quotation: 'Roe said: "', 'She added: "'.
_BEFORE_QUOTE = re.compile(rf"(?P<who>{_NAME}|[A-Z][a-z'’]+|{_PRONOUN})\s+{_SAID}(?:\s+\w+){{0,3}}?\s*[:,]\s*$")
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
        for other in _NO_COMPANY.finditer(text):
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
            self._block, self._quotes, self._read = block, {}, set()
        spans = _quotations(block.text)
        voice: Mention | None = None
        for n, (start, end) in enumerate(spans):
            if start not in self._read:
                self._read.add(start)
                self._attribute(block.text, spans, n)
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
