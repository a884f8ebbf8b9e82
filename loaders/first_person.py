"""Who "we" is: the organisation speaking in an English text.

A fund's blog post, a company's letter or press release and an earnings call state their own
deals in the first person ("we led the round", "our investment in X", "we signed an agreement
with Y"). The reader knows who speaks from the text itself:

- a transcript's speaker labels ("Jane Roe -- Chief Executive Officer, Acme Corp: ...",
  "Jane Roe: ..." with Jane Roe listed among the corporate participants, "Operator: ...");
  a turn lasts until the next label;
- a document's author organisation, stated once: its masthead ("Acme Ventures — Notes from
  the Fund", "Acme Corp, Inc. (NASDAQ: ACME)"), a possessive title ("Acme's investment memo"),
  "At Acme, we ...", a byline naming the organisation, an "About Acme" section, a sign-off
  ("— The Acme team"), a disclosure ("Disclosure: Acme is an investor in ..."), or the
  operator's "welcome to the Acme ... call".

An investor's "Portfolio update" lists its portfolio companies, each item opening with one.

First-person words then stand for that organisation, as mentions the relation frames read
like any name. A quotation is the voice of the organisation its attribution names ('"We led
the round," said Jane Roe, a partner at Acme'). Conservative: no organisation known for the
voice (the operator, an unknown speaker, a text that never says who writes it, a quote
attributed to no organisation or to two) gives no mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from graph.model import Evidence
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.corporate_names import without_legal_form
from loaders.discovery import HIGHLIGHT_ACTS, discovered_actor
from loaders.mentions import Mention
from loaders.normalise import Block
from loaders.patterns import LATIN_LEGAL_FORM
from loaders.relations.english_business import DEFINED_WORDS
from loaders.relations.fact import Fact
from loaders.speakers import ROLE, SAID, Speakers, speaks_for_no_company

FindMentions = Callable[[str], list[Mention]]

# "we", "We", "us", "our", "Our", "ours", "ourselves" (not the country "US", not "we-").
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|[Oo]urselves)\b(?![-'’](?!re\b|ve\b|ll\b|d\b))")
# "we've joined", "we’ve invested": the perfect's auxiliary, read with the pronoun so that the verb
# follows its subject as in "we joined" or "Acme has joined".
_PERFECT = re.compile(r"['’]ve\b")
# A speaker label opening a turn: "Operator:", "Jane Roe:", "Jane Roe -- Chief Executive
# Officer, Acme Corp:", "Jane Roe - Acme Corp - CFO:".
_LABEL = re.compile(r"^(?P<name>Operator|Moderator|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
                    r"(?:\s*(?:--|—|–|\s-|,)\s*(?P<role>[^:]{2,120}?))?\s*:(?:\s|$)")
# ... or a line of its own before the turn's paragraphs.
_LABEL_LINE = re.compile(r"(?P<name>Operator|Moderator)|(?P<name2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
                         r"\s+(?:--|—|–)\s+(?P<role>[^:.!?]{2,120})")
# ... or a speaker's first name in capitals, as a podcast's transcript gives it ("DANA: ...", "PRIYA: ...").
_CAPITALS_LABEL = re.compile(r"^(?P<name>[A-Z][A-Z'’-]{2,15})(?P<role>):\s")
# Capitals before a colon that are a lead-in, not a speaker ("NOTE: ...").
_NOT_A_SPEAKER = frozenset(("NOTE", "NOTES", "UPDATE", "SOURCE", "SOURCES", "DISCLOSURE", "EDITOR", "CORRECTION", "WARNING",
                            "BREAKING", "WATCH", "READ", "LISTEN", "TRANSCRIPT", "CHAPTERS", "LINKS", "TAGS", "DATE"))
# A guest named with their organisation in an episode's or interview's title: "Episode 12 — Jane Roe (Acme Labs)".
_GUEST = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})\s\((?P<org>[^()]{2,60})\)")
#: The opening lines where a title names the guest.
_TITLE_LINES = 4
# Capitalised words that open a lead-in, not a speaker's name ("On Partners:", "The Plan:").
_NOT_A_NAME = frozenset(("On", "In", "At", "For", "About", "As", "The", "Our", "Some", "Note", "Re", "From", "To",
                         "With", "By", "And", "But", "So", "A", "An", "Why", "What", "How", "Source", "Update"))
# A transcript has at least this many speaker labels; fewer colons are headings and asides.
_MIN_LABELS = 3
# The headings of a transcript's lists of who speaks, by whose side they are on.
_CORPORATE_LIST = re.compile(r"^(?:Corporate|Company)\s+(?:Participants|Representatives|Speakers)|^Executives$", re.I)
_OTHER_LIST = re.compile(r"^(?:(?:Conference\s+)?Call\s+Participants|Analysts|Other\s+Participants)$", re.I)
# A role that only the company's own people hold ("Chief Financial Officer", "CEO", "Head of IR").
_EXECUTIVE = re.compile(r"\b(?:Chief|CEO|CFO|COO|CTO|President|Founder|Co-Founder|Chair(?:man|woman|person)?|"
                        r"Investor Relations|Treasurer|General Counsel|Vice President|EVP|SVP)\b", re.I)
# Words of a job title that discovery may take for a name ("Senior Analyst", "Managing Director").
_JOB_WORDS = re.compile(r"\bAnalyst|\bOfficer\b|\bDirector\b|\bManager\b|\bPartner\b|\bHead\b")
# What may follow an organisation's name on a masthead line: its legal form and its ticker.
_MASTHEAD_TAIL = re.compile(r"\s*(?:,?\s*" + LATIN_LEGAL_FORM + r")?"
                            r"\s*(?:\((?:[A-Z]+\s*:\s*)?[A-Z.]{1,8}\))?\s*$")
# ... or a separator and the name of its publication ("— Notes from the Fund", "| Blog").
_PUBLICATION = re.compile(r"\s*[—–|:-]\s*(?:[\w'’&-]+\s+){0,4}?(?:Blog|Notes|News(?:room)?|Insights|Journal|Letters?|"
                          r"Memos?|Updates?|Perspectives|Dispatch|Press(?:\s+Releases?)?|Announcements?)\b", re.I)
_POSSESSIVE_TITLE = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:memo|blog|letter|notes|newsletter|update|thesis|"
                               r"announcement|post)\b", re.I)
_AT_WE = re.compile(r"(?:^|\b(?:[Hh]ere\s+)?)[Aa]t\s+$")
_WE_AFTER = re.compile(r",\s+we\b")
_LEAD_IN = re.compile(r",\s+")
_ABOUT = re.compile(r"^About\s+")
_BYLINE = re.compile(r"^(?:Posted\b.*?\bby|By)\s+[A-Z]")
# A job held in an organisation whose voice its writer may be ("By Jane Roe, General Partner"); a
# reporter's byline names a place, a desk, a newsroom title or the outlet instead.
_MEMBER_ROLE = re.compile(r"\b(?:Partners?|(?:Co-)?[Ff]ounders?|CEO|CTO|CFO|COO|Principal|Director|Head|Chief|President|"
                          r"Manager|Associate|Investor|Chair\w*|Officer|Analyst|Managing)\b")
#: The opening lines where a byline stands, under a masthead, a section line and a headline.
_BYLINE_LINES = 8
# A social post's profile headline under its author's name: "General Partner at Acme Ventures |
# Climate & AI", "Founder @ Acme": a job title, then the organisation, then at most a tagline.
_HEADLINE_BEFORE = re.compile(r"^(?:[A-Z][\w&/-]*\s+){0,4}?(?:Partner|Founder|Co-[Ff]ounder|CEO|CTO|CFO|COO|Principal|"
                              r"Director|Head|Chief|President|Manager|Associate|Investor|Chair)\b[\w ,&/-]{0,40}?\s(?:at|@)\s+$")
_HEADLINE_AFTER = re.compile(r"\s*(?:$|[|•·])")
_AFTER_PERSON = re.compile(r"(?:\bat|\bof|,|\s[|—–-])\s+(?:the\s+)?$")
_SIGN_OFF = re.compile(r"^[—–-]*\s*(?:The\s+)?$")
_TEAM = re.compile(r"^\s+[Tt]eam\s*$|^\s*$")
# "Acme B.V. · Keizersgracht 1, Amsterdam · Privacy": a website's footer, opening with the legal name
# of the company whose site it is.
_FOOTER_AFTER = re.compile(r"(?:,?\s*(?P<form>" + LATIN_LEGAL_FORM + r"))?\.?\s*[·|•]\s")
_LEGAL_NAME = re.compile(r"\b" + LATIN_LEGAL_FORM + r"$")
_LEGAL_NAME_AT = re.compile(r"[^,(]+?,?\s*" + LATIN_LEGAL_FORM + r"\.?(?=\s*(?:\(|$))")
_DISCLOSURE = re.compile(r"^Disclosures?:\s+$")
_IS_INVESTOR = re.compile(r"\s+(?:is|are|and its affiliates are)\s+(?:an?\s+)?(?:investors?|shareholders?)\b")
_WELCOME = re.compile(r"\bwelcome\s+(?:everyone\s+)?to\s+(?:the\s+)?$", re.I)
_CALL_AFTER = re.compile(r"[^.]{0,80}?\b(?:call|conference|webcast)\b", re.I)
# "Portfolio update", "From the portfolio", "A few things happened in the portfolio since our last note:".
_PORTFOLIO = re.compile(r"\bportfolio\b(?!\s+(?:manager|construction|strategy|theory))", re.I)
# A list item's marker: "- ", "• ", "* ", "1. ".
_ITEM = re.compile(r"^\s*(?:[-•*▪◦–]|\d{1,2}[.)])\s+")
# "X operates as a wholly owned subsidiary", "X is now our unit": owned, the owner left unsaid
# (not "a subsidiary of Y" nor "a subsidiary within Y's delivery unit", which name it).
_OWNERLESS_UNIT = re.compile(r"\s+(?:now\s+|still\s+)?(?:operates|will operate|continues to operate|is|is now|became|has become|"
                             r"remains)\s+(?:as\s+)?(?:a|an|our)\s+(?:(?:wholly|fully|majority)[- ]owned\s+|independent\s+|"
                             r"separate\s+)*(?:subsidiary|unit|division)\b(?!\s+(?:of|within|inside|under)\b)")
# "our wholly owned subsidiary", "our Japanese unit": the speaker's unit.
_OUR_UNIT_CORE = r"[Oo]ur\s+(?:(?:wholly|fully|majority)[- ]owned\s+|[a-z][\w-]*\s+){0,3}?(?:subsidiary|unit|division|arm)\b"
# "X, our wholly owned subsidiary,": an appositive naming the speaker's unit; "our" there is whose
# the unit is, not an actor of the clause.
_OUR_UNIT = re.compile(r",\s+" + _OUR_UNIT_CORE)
# "our corporate venture arm, X", "our wholly owned subsidiary X": the unit named after the appositive.
_OUR_UNIT_WORDS = _OUR_UNIT_CORE + r",?\s+"
_OUR_UNIT_BEFORE = re.compile(r"\b" + _OUR_UNIT_WORDS + "$")
_OUR_UNIT_NAMED_AFTER = re.compile(_OUR_UNIT_WORDS + "[A-Z]")
# "X, our compliance copilot", "X, our flagship platform": a product the speaker makes.
_OUR_PRODUCT = re.compile(r",\s+our\s+(?:[a-z][\w-]*\s+){0,2}?(?:copilot|assistant|platform|product|model|engine|app|"
                          r"agent|software|chip|chatbot)s?\b")
# "X became our first reseller in Asia", "X is now our largest customer": a business partner of the speaker.
_OUR_PARTNER = re.compile(r"\s+(?:became|becomes|has\s+become|is\s+now|remains|will\s+become)\s+(?:also\s+)?our\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:reseller|distributor|customer|client|supplier|partner)\b")
# "the Group", "the Company", "the Issuer": what an annual report or a filing calls its issuer
# (the words a filing defines, english_business.DEFINED_WORDS).
_OWN_TERM = re.compile(r"\b[Tt]he\s+(?:" + "|".join(sorted(DEFINED_WORDS)) + r")\b(?!\s+[A-Z])")
# "the firm": what an investment firm writing calls itself ("X, a wholly owned subsidiary of the firm").
_FIRM_TERM = re.compile(r"\b[Tt]he\s+firm\b(?!\s+[A-Z])")
# "• Acquired a 70% interest in B", "- Launched Fund II": a list item opening with the writer's own act
# (the marker may be gone from the sentence; the block says it is an item).
_ITEM_ACT = re.compile(r"^\s*(?:(?:[-•*▪◦–]|\d{1,2}[.)])\s+)?((?=[A-Z])" + HIGHLIGHT_ACTS + r"\b)")
# A round named by no owner: "the $18 million round", "the Series B", "our seed", "the B".
_ROUND_WORD = r"(?:(?:pre-)?seed|round|raise|financing|Series\s[A-H]\b|(?<=the\s)[A-H]\b)"
_A_ROUND = re.compile(r"\b(?:the|our|this|that|a|an)\s+(?:[^.,;:]{0,40}?\s)?" + _ROUND_WORD)
# "A led the $18 million round", "A co-led our seed": the name before it leads a round.
_LED_ROUND_AFTER = re.compile(r"\s+(?:(?:also|then)\s+)?(?:co-)?led\s+(?=(?:the|our|this|that|a|an)\b)")
# "..., led by A", "co-led by A and B": the names after it lead the round the clause names.
_LED_BY_BEFORE = re.compile(r"\b(?:co-)?led\s+by\s+(?:(?:[\w-]+,?\s+)?and\s+|,\s+)?$")
# "we participated in the round, led by A": the speaker invested in someone else's round.
_WE_INVESTED = re.compile(r"\b[Ww]e\s+(?:also\s+)?(?:invested|participated|joined|co-invested|backed|co-led|led|took part)\b")
# A verb of saying after a quotation: its speaker is named around it.
_SAID = re.compile(rf"\b(?:{SAID}|according to)\b")
# Where a quote's attribution names the speaker's employer: "a partner at Acme", "chief executive of
# Acme", "Acme's Jane Roe", "Acme chief executive Jane Roe".
_EMPLOYER_BEFORE = re.compile(r"\b(?:at|of|from)\s+(?:the\s+)?$")
# (speakers' posts, and a bare "chief" or "head": "Acme chief Jane Roe").
_EMPLOYER_AFTER = re.compile(rf"['’]s?\s+[A-Z]|\s+(?:{ROLE}|chief|head)\b", re.I)
# Opening and closing quotation marks: first-person words between them are another voice.
_OPEN_QUOTES, _CLOSE_QUOTES = "“", "”"
QUOTE_MARK = re.compile(r"[“”\"]")
# A capitals masthead is a name, not a headline.
_MAX_MASTHEAD = 60
# "Acme Robotics. The year's standout.": a paragraph titled with a name of one to four words.
_NAMED_PARAGRAPH = re.compile(r"^\s*(?P<name>[A-Z][\w&'’-]*(?:\s[A-Z0-9][\w&'’-]*){0,3})\.(?:\s+[A-Z\"“]|\s*$)")
# A line that may name the author by one of the habits of _signs (checked before looking for names).
_MAY_SIGN = re.compile(r"\b[Aa]t\s+[A-Z][^,]{0,60},\s+we\b|^About\s|^Disclosures?:|welcome\b[^.]{0,80}\b(?:call|conference|webcast)",
                       re.I)


def _credible(m: Mention) -> bool:
    """A name that may be an author: known, or discovered with more than one word and not in
    capitals (a lone word on a title line, "News", or a label, "PRESS RELEASE", speaks for no one)."""
    return not m.discovered or (" " in m.surface.strip() and not m.surface.isupper())


def _is_footer(m: Mention, after: str) -> bool:
    """True for a legal name opening a footer line ("Acme B.V. · address · Terms")."""
    footer = _FOOTER_AFTER.match(after)
    return footer is not None and (footer.group("form") is not None or _LEGAL_NAME.search(m.surface) is not None)


def _is_reporters_byline(line: str) -> bool:
    """"By Jane Roe, Tokyo", "By Jane Roe | Acme Wire | May 2": a reporter writes, for no one
    whose "we" the text could be (not "By Jane Roe, General Partner")."""
    return bool(_BYLINE.match(line)) and not _MEMBER_ROLE.search(line)


def _organisation_at(mentions: list[Mention], start: int) -> Mention | None:
    """The organisation or public body named at ``start`` among ``mentions``."""
    return next((m for m in mentions if m.start == start and m.actor.type in ORGANISATIONS_AND_GOVERNMENT), None)


def _organisation_in(mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.actor.type in ORGANISATIONS_AND_GOVERNMENT), None)


class Voices:
    """The organisation each part of one English document speaks for."""

    def __init__(self, lines: list[str], find: FindMentions):
        self._find = find
        #: The companies the people quoted speak for.
        self._speakers = Speakers(find)
        lines = [line.strip() for line in lines]
        self._labels = sum(1 for line in lines if _label(line) is not None)
        self.author = self._author(lines)
        self._sides = {**self._guests(lines[:_TITLE_LINES]), **self._participants(lines)} if self.is_transcript else {}
        #: The organisation of the turn being read, or None; None before any turn.
        self._turn: Mention | None = None
        self._in_turn = False
        self._block: Block | None = None
        self._quote_open = False
        #: The speaker label opening the block being read: names in it are no part of the speech.
        self._label = ""
        #: The organisation an "About Acme" section being read is about.
        self._section: Mention | None = None
        #: The organisation the quotation being read is attributed to.
        self._quoted_voice: Mention | None = None
        #: True under a "Portfolio update" heading or lead-in, while its items last.
        self._in_portfolio = False
        #: True while reading a list item.
        self._item_opens = False
        #: The company a portfolio paragraph is titled with, until its fact is stated.
        self._titled: Mention | None = None

    @property
    def is_transcript(self) -> bool:
        return self._labels >= _MIN_LABELS

    # -- who writes -------------------------------------------------------------------------

    def _author(self, lines: list[str]) -> Mention | None:
        """The organisation the document says it is written by, by the most signs."""
        texts = [line for line in lines if line]
        if any(_is_reporters_byline(line) for line in texts[:_BYLINE_LINES]):
            return None  # a news report: the outlet on its masthead or byline makes no deals of its own
        headline = self._profile_headline(texts[1:3])
        if headline is not None:
            return headline  # the name above it is the person posting, not a masthead
        signs = [m for m in (self._masthead(texts[0]) if texts else None, self._capitals_masthead(texts),
                             *self._title(texts[:4]),
                             *self._signs(texts)) if m is not None and _credible(m)]
        if not signs:
            return None
        votes = Counter(m.actor.id for m in signs)
        best = max(votes.values())
        return next(m for m in signs if votes[m.actor.id] == best)

    def _masthead(self, line: str) -> Mention | None:
        """"Acme Ventures — Notes from the Fund", "Acme Corp, Inc. (NASDAQ: ACME)": a first line
        that is an organisation's name, or its name and its publication's."""
        m = _organisation_at(self._find(line), 0)
        if m is None:
            return None
        tail = _MASTHEAD_TAIL.match(line, m.end)
        if tail is not None and tail.group(0).strip():
            # "Acme, Inc. (NASDAQ: ACME)": a legal form or ticker makes a one-word name credible; the
            # name with its legal form ("Acme Group plc") stays an alias, as without_legal_form keeps it
            legal = _LEGAL_NAME_AT.match(line, m.start)
            actor = replace(m.actor, aliases=[*m.actor.aliases, legal.group(0)]) \
                if legal is not None and legal.end() > m.end else m.actor
            return replace(m, discovered=False, actor=actor)
        return m if tail is not None or _PUBLICATION.match(line, m.end) else None

    def _profile_headline(self, lines: list[str]) -> Mention | None:
        """"Jane Roe" over "General Partner at Acme Ventures | Climate & AI": a social post's
        author line and headline; the post speaks for the organisation the headline names."""
        for line in lines:
            if " at " not in line and "@" not in line:
                continue
            for m in self._find(line):
                if (m.actor.type in ORGANISATIONS_AND_GOVERNMENT and _credible(m)
                        and _HEADLINE_BEFORE.match(line[:m.start]) and _HEADLINE_AFTER.match(line, m.end)):
                    return m
        return None

    def _capitals_masthead(self, lines: list[str]) -> Mention | None:
        """"ACME RIDGE CAPITAL" over a letter or memo: a first line in capitals that is the name
        of an organisation the document writes again in ordinary case."""
        first = lines[0] if lines else ""
        if not (first.isupper() and len(first) <= _MAX_MASTHEAD):
            return None
        titled = first.title()
        named = self._masthead(titled)
        if named is None or not any(titled[named.start:named.end] in line for line in lines[1:]):
            return None
        return named

    def _title(self, lines: list[str]) -> list[Mention | None]:
        """"Acme's investment memo: ...": a title owned by an organisation; and a byline
        naming one ("By Jane Roe, Partner at Acme Ventures")."""
        found: list[Mention | None] = []
        for line in lines:
            mentions = self._find(line)
            owner = _organisation_at(mentions, 0)
            if owner is not None and _POSSESSIVE_TITLE.match(line, owner.end):
                found.append(owner)
            if _BYLINE.match(line):  # "By Jane Roe, Partner at Acme Ventures": the name after the person's
                found += [m for m in mentions if m.actor.type in ORGANISATIONS_AND_GOVERNMENT and m.start > 3
                          and _AFTER_PERSON.search(line, 0, m.start)][-1:]
        return found

    def _signs(self, lines: list[str]) -> list[Mention | None]:
        """The other habits naming the author: "At Acme, we", "About Acme", "— The Acme team",
        "Disclosure: Acme is an investor in ...", "welcome to the Acme ... call"."""
        found: list[Mention | None] = []
        abouts: list[Mention | None] = []
        for n, line in enumerate(lines):
            if not (_MAY_SIGN.search(line) or (n >= len(lines) - 3 and len(line) < 80)):
                continue  # most lines: no sign, no name to look for
            if _ABOUT.match(line):
                abouts.append(self._about(line))
                continue
            for m in self._find(line):
                if m.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
                    continue
                before, after = line[:m.start], line[m.end:]
                if ((_AT_WE.search(before) and _WE_AFTER.match(after))
                        or (n >= len(lines) - 3 and _SIGN_OFF.fullmatch(before) and _TEAM.match(after)
                            and (before.strip() or "eam" in after))
                        or (_DISCLOSURE.fullmatch(before) and _IS_INVESTOR.match(after))
                        or (_WELCOME.search(before) and _CALL_AFTER.match(after))):
                    found.append(m)
                elif n >= len(lines) - 3 and not before and _is_footer(m, after):
                    found.append(self._credible_short_name(m))
        # a release by several ("About A", "About B") has no one author; each section speaks for its own
        return found + (abouts if len(abouts) == 1 else [])

    def _credible_short_name(self, m: Mention) -> Mention:
        """"Cobaltine B.V." as the company the text calls "Cobaltine": a name written with its legal
        form is a company's, however short (a credible author)."""
        name = _LEGAL_NAME.sub("", m.surface).rstrip(" ,")
        short = _organisation_at(self._find(name), 0)
        return replace(short, discovered=False) if short is not None and short.end == len(name) else m

    def _about(self, line: str) -> Mention | None:
        """The organisation an "About Acme" heading names, if it is the whole rest of the line."""
        about = _ABOUT.match(line)
        if about is None:
            return None
        named = _organisation_at(self._find(line[about.end():]), 0)
        return named if named is not None and named.end == len(line) - about.end() and _credible(named) else None

    # -- who speaks -------------------------------------------------------------------------

    def _participants(self, lines: list[str]) -> dict[str, Mention | None]:
        """The organisation of each person a transcript lists: the company's own people under
        "Corporate Participants", an analyst's firm after their name under "Call Participants"."""
        sides: dict[str, Mention | None] = {}
        side: str | None = None
        for line in lines:
            if _CORPORATE_LIST.match(line):
                side = "company"
            elif _OTHER_LIST.match(line):
                side = "other"
            elif not line or _label(line) is not None:
                side = None
            elif side is not None:
                name = re.split(r"\s*(?:,|\s-\s|--|—|–)\s*", line, maxsplit=1)[0]
                sides[name] = self.author if side == "company" else _organisation_in(self._find(line[len(name):]))
        return sides

    def _guests(self, lines: list[str]) -> dict[str, Mention | None]:
        """The organisation of each guest a title names with it ("Jane Roe (Acme Labs)"), by the
        guest's full name and by the first name in capitals a transcript labels their turns with."""
        sides: dict[str, Mention | None] = {}
        for line in lines:
            for guest in _GUEST.finditer(line):
                org = guest.group("org").strip()
                named = _organisation_at(self._find(org), 0)
                if named is not None and named.end == len(org):
                    name = guest.group("name")
                    sides[name] = sides[name.split()[0].upper()] = named
        return sides

    def _speaker(self, label: re.Match[str]) -> Mention | None:
        """The organisation a speaker label speaks for: the one it names, the company's for a
        listed corporate participant or an executive title, else none (the operator)."""
        name, role = _speaker_name(label), label.group("role") or ""
        # "Chief Executive Officer, Acme Corp": the organisation after the title, not the title
        named = [m for m in self._find(role) if m.actor.type in ORGANISATIONS_AND_GOVERNMENT
                 and not _EXECUTIVE.search(m.surface) and not _JOB_WORDS.search(m.surface)]
        if named:
            return named[-1]
        if name in self._sides:
            return self._sides[name]
        return self.author if _EXECUTIVE.search(role) else None

    def enter(self, block: Block) -> None:
        """Start reading a sentence of ``block``: a speaker label starts a turn."""
        if block is self._block:
            return
        self._block, self._quote_open, self._quoted_voice = block, False, None
        after_item, self._item_opens = self._item_opens, bool(_ITEM.match(block.text) or _NAMED_PARAGRAPH.match(block.text))
        self._titled = self._title_name(block.text) if self._in_portfolio else None
        if _PORTFOLIO.search(block.text) and _is_lead_in(block.text):
            self._in_portfolio = True  # "2. Portfolio highlights": a numbered heading, not an item
        elif not self._item_opens and not (after_item and not _is_lead_in(block.text)):
            # a paragraph right after an item continues it ("Terms weren't disclosed.")
            self._in_portfolio = False
        heading = block.lines()[0][1]
        if _ABOUT.match(heading):
            self._section = self._about(heading)  # "About Acme": the boilerplate below is Acme's
        if not self.is_transcript:
            return
        # a label on a line of its own may have been joined to the turn's first line
        label = _label(block.text) or _label(block.lines()[0][1])
        self._label = label.group(0) if label is not None else ""
        if label is not None:
            self._turn, self._in_turn = self._speaker(label), True

    def facts(self, text: str, mentions: list[Mention], evidence: Callable[[Mention], Evidence]) -> list[Fact]:
        """What the speaking organisation's own text says of it without naming it."""
        return (self._portfolio(text, mentions, evidence) + self._ownerless_units(text, mentions, evidence)
                + self._own_rounds(text, mentions, evidence) + self._business_partners(text, mentions, evidence)
                + self._own_products(text, mentions, evidence))

    def _business_partners(self, text: str, mentions: list[Mention], evidence: Callable[[Mention], Evidence]) -> list[Fact]:
        """"X became our first reseller", "X is now our largest customer": the speaker's own partner."""
        voice = self.voice()
        if voice is None or " our " not in text:
            return []
        return [Fact(voice.actor, "PARTNERS_WITH", m.actor, {"confidence": 0.6}, evidence(m)) for m in mentions
                if m.actor.type in ORGANISATIONS_AND_GOVERNMENT and m.actor.id != voice.actor.id and _OUR_PARTNER.match(text, m.end)]

    def _own_rounds(self, text: str, mentions: list[Mention], evidence: Callable[[Mention], Evidence]) -> list[Fact]:
        """A company speaking of "the $18 million round" or "the Series B, led by A" speaks of
        its own: a round that names no other company is the speaker's, and its leads invested in it."""
        voice = self.voice()
        if voice is None or voice.actor.type not in ("Startup", "Company") or "led" not in text or _WE_INVESTED.search(text):
            return []
        others = [m for m in mentions if m.actor.id != voice.actor.id and m.actor.type in ORGANISATIONS_AND_GOVERNMENT
                  and not (m.discovered and re.match(_ROUND_WORD, m.surface))]  # "the Series B" taken for a name
        if any(m.actor.type in ("Startup", "Company") and not _leads(text, m) for m in others):
            return []  # "A led the seed round in B": another company's round
        return [Fact(m.actor, "INVESTED_IN", voice.actor, {"role": "lead", "confidence": 0.6}, evidence(m))
                for m in others if _leads(text, m)]

    def _ownerless_units(self, text: str, mentions: list[Mention], evidence: Callable[[Mention], Evidence]) -> list[Fact]:
        """"Acme operates as a wholly owned subsidiary" in the buyer's own words: the speaker's."""
        voice = self.voice()
        if voice is None or not any(word in text for word in ("subsidiary", "unit", "division", " arm")):
            return []
        # the unit as the frames name it: "Acme Federal LLC" is the company "Acme Federal"
        return [Fact(without_legal_form(text, m).actor, "SUBSIDIARY_OF", voice.actor, {"confidence": 0.6}, evidence(m))
                for m in mentions if m.actor.type in ("Startup", "Company", "Investor") and m.actor.id != voice.actor.id
                and (_OWNERLESS_UNIT.match(text, m.end) or _OUR_UNIT.match(text, m.end)
                     or _OUR_UNIT_BEFORE.search(text, max(0, m.start - 80), m.start))]

    def _own_products(self, text: str, mentions: list[Mention], evidence: Callable[[Mention], Evidence]) -> list[Fact]:
        """"X, our compliance copilot", "X, our flagship platform": the speaker's own product."""
        voice = self.voice()
        if voice is None or "our " not in text:
            return []
        return [Fact(voice.actor, "DEVELOPS", m.actor, {"confidence": 0.6}, evidence(m)) for m in mentions
                if m.actor.type in ("Model", "Startup") and m.discovered and m.actor.id != voice.actor.id
                and _OUR_PRODUCT.match(text, m.end)]

    def _portfolio(self, text: str, mentions: list[Mention], evidence: Callable[[Mention], Evidence]) -> list[Fact]:
        """An investor's "Portfolio update": the organisation each item opens with is one the
        investor speaking has invested in ("- Acme closed a $20M Series A ...", "Acme. The
        year's standout. ...": a paragraph titled with the company's name)."""
        voice = self.voice()
        titled, self._titled = self._titled, None
        marker = _ITEM.match(text)
        if not (self._in_portfolio and (marker or titled)) or voice is None or voice.actor.type != "Investor":
            return []
        first = titled or next((m for m in mentions if marker is not None and m.start == marker.end()), None)
        if first is None or first.actor.type not in ("Startup", "Company") or first.actor.id == voice.actor.id:
            return []
        return [Fact(voice.actor, "INVESTED_IN", first.actor, {"confidence": 0.6}, evidence(first))]

    def _title_name(self, text: str) -> Mention | None:
        """The organisation a paragraph titled with a name ("Acme Robotics. The year's ...") is about."""
        title = _NAMED_PARAGRAPH.match(text)
        if title is None:
            return None
        name = title.group("name")
        found = next((m for m in self._find(name) if m.start == 0 and m.end == len(name)), None)
        return found or Mention(0, len(name), discovered_actor(name), name, discovered=True)

    def voice(self) -> Mention | None:
        """The organisation "we" means in the block being read."""
        return self._turn if self._in_turn else self._section or self.author

    def read(self, text: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
        """``mentions`` with the sentence's first-person words as mentions of the organisation
        speaking, instead of names discovered in them ("We've"); ``offset`` is where the sentence
        starts in its block."""
        if self._label and text.startswith(self._label):
            mentions = [m for m in mentions if m.start >= len(self._label)]
        if not self.is_transcript:
            self._speakers.learn(text, mentions)
        voiced = self.mentions(text, mentions, offset)
        if not voiced:
            return mentions
        # "At Acme, we invested": the fronted name is where the voice stands; "we" is the subject
        fronted = {id(m) for m in mentions for v in voiced if m.actor.id == v.actor.id and _LEAD_IN.fullmatch(text, m.end, v.start)}
        kept = [m for m in mentions if not _misread(m) and id(m) not in fronted
                and not (_generic_term(m) and any(v.start <= m.start and m.end <= v.end for v in voiced))]
        return sorted(kept + voiced, key=lambda m: m.start)

    def mentions(self, text: str, taken: list[Mention], offset: int = 0) -> list[Mention]:
        """The first-person words of a sentence as mentions of the organisation speaking (in
        quotation marks, the organisation the quote is attributed to, or the company of the person
        it is), except where a name already stands."""
        voice = self.voice()
        opened = self._quote_open
        self._quote_open = _still_open(text, opened)
        own = self._own_words(text, taken, voice, opened)
        if not _FIRST_PERSON.search(text):
            self._quoted_voice = self._quoted_voice if self._quote_open else None
            return own
        quoted_voice = _attributed(text, taken) or self._quoted_voice
        self._quoted_voice = quoted_voice if self._quote_open or _attributed(text, taken) else None
        out = []
        for word in _FIRST_PERSON.finditer(text):
            speaker = ((quoted_voice or self._quoted_speaker(offset + word.start()))
                       if _quoted(text, word.start(), opened) else voice)
            if speaker is None or any(m.start < word.end() and word.start() < m.end and not _misread(m) for m in taken) \
                    or _owns_unit_named_before(text, word.start()):
                continue
            perfect = _PERFECT.match(text, word.end())
            end = perfect.end() if perfect else word.end()
            out.append(Mention(word.start(), end, speaker.actor, text[word.start():end], discovered=speaker.discovered,
                               after=end))
        return sorted(out + own, key=lambda m: m.start)

    def _own_words(self, text: str, taken: list[Mention], voice: Mention | None, opened: bool) -> list[Mention]:
        """The speaker's third-person words for itself and the subject its list items leave out.

        An annual report or a filing calls its issuer "the Group" or "the Company" without defining
        the term ("On 3 April the Group acquired B"), and its highlights open with the act itself
        ("• Acquired a 70% interest in B", "• Launched Fund II"): both are the organisation writing."""
        if voice is None or self.is_transcript:
            return []
        terms = [*_OWN_TERM.finditer(text), *(_FIRM_TERM.finditer(text) if voice.actor.type == "Investor" else ())]
        out = [Mention(term.start(), term.end(), voice.actor, term.group(0), discovered=voice.discovered, after=term.end())
               for term in terms if not _quoted(text, term.start(), opened)
               and not any(m.start < term.end() and term.start() < m.end and not _generic_term(m) for m in taken)]
        act = _ITEM_ACT.match(text) if self._item_opens else None
        if act is not None and not opened:
            out.append(Mention(act.start(1), act.start(1), voice.actor, "", discovered=voice.discovered, after=act.start(1)))
        return out


    def _quoted_speaker(self, pos: int) -> Mention | None:
        """The company of the person quoted at ``pos`` of the block (not in a transcript, whose
        turns say who speaks)."""
        if self.is_transcript or self._block is None:
            return None
        return self._speakers.voice_at(self._block, pos)


def _attributed(text: str, mentions: list[Mention]) -> Mention | None:
    """The organisation a quote in ``text`` is attributed to: '"...," said Jane Roe, chief
    executive of Acme', '"...," Acme's Jane Roe said', 'said Acme': the one organisation named
    after the quote's end, next to a verb of saying; none if two are."""
    close = max(text.rfind(q) for q in _CLOSE_QUOTES + '"')
    tag = _SAID.search(text, close + 1, close + 90) if close >= 0 else None
    if tag is None or speaks_for_no_company(text, close + 1):
        return None  # "said Jane Roe, an analyst at Acme Securities": not Acme's "we"
    said = {m.actor.id: m for m in mentions if m.start > close and m.actor.type in ORGANISATIONS_AND_GOVERNMENT
            and not _JOB_WORDS.search(m.surface) and (_EMPLOYER_BEFORE.search(text, max(0, m.start - 8), m.start)
                                                      or _EMPLOYER_AFTER.match(text, m.end))}
    return next(iter(said.values())) if len(said) == 1 else None


def _owns_unit_named_before(text: str, pos: int) -> bool:
    """True for the "our" at ``pos`` of "X, our wholly owned subsidiary," or "managed by our venture
    arm, X": it says whose X is (see Voices._ownerless_units), and the clause's actor is X."""
    comma = text.rfind(",", max(0, pos - 4), pos)
    return (comma >= 0 and bool(_OUR_UNIT.match(text, comma))) or bool(_OUR_UNIT_NAMED_AFTER.match(text, pos))


def _leads(text: str, m: Mention) -> bool:
    """True if ``m`` leads a round the sentence names: "A led the seed", "the Series B, led by A"."""
    led = _LED_ROUND_AFTER.match(text, m.end)
    if led is not None:
        return bool(_A_ROUND.match(text, led.end()))
    by = _LED_BY_BEFORE.search(text, max(0, m.start - 60), m.start)
    return by is not None and bool(_A_ROUND.search(text, 0, by.start()))


def _speaker_name(label: re.Match[str]) -> str:
    return label.group("name") or label.groupdict().get("name2") or ""


def _label(line: str) -> re.Match[str] | None:
    """The speaker label opening ``line``, or making it up ("Jane Roe -- Chief Executive
    Officer", "Operator" on a line of their own), if any: not a lead-in ("On Partners: ...")."""
    label = _LABEL.match(line) or _LABEL_LINE.fullmatch(line.strip()) or _CAPITALS_LABEL.match(line)
    if label is None or _speaker_name(label).split()[0] in _NOT_A_NAME or _speaker_name(label) in _NOT_A_SPEAKER:
        return None
    return label


def _is_lead_in(text: str) -> bool:
    """A heading or a line announcing a list ("Portfolio update", "News from the portfolio:")."""
    return len(text) < 120 and (text.rstrip().endswith(":") or not re.search(r"[.!?]\s*$", text))


def _generic_term(m: Mention) -> bool:
    """True for "Group", "Company" or "Issuer" discovered as a name: a document's undefined word for its issuer."""
    return m.discovered and m.surface in DEFINED_WORDS


def _misread(m: Mention) -> bool:
    """True for a name discovery made of a first-person word ("We've", "Why we")."""
    return m.discovered and bool(_FIRST_PERSON.search(m.surface))


def _still_open(text: str, opened: bool) -> bool:
    """True if a quotation is open at the end of ``text``."""
    for mark in QUOTE_MARK.findall(text):
        opened = not opened if mark == '"' else mark in _OPEN_QUOTES
    return opened


def _quoted(text: str, pos: int, opened: bool) -> bool:
    """True if ``pos`` stands between quotation marks (open since an earlier sentence, or a
    closing mark after it with no opening one in between)."""
    if _still_open(text[:pos], opened):
        return True
    rest = text[pos:]
    close = min((i for i in (rest.find(q) for q in _CLOSE_QUOTES + '"') if i >= 0), default=-1)
    if close < 0:
        return False
    return not any(q in rest[:close] for q in _OPEN_QUOTES)
