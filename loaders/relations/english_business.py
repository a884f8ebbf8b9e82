"""Habits of English business writing: press releases, filings, newspaper business pages.

- A release or a filing defines its short names once: 'Acme Robotics, Inc. ("Acme" or "the
  Company")'. The quoted terms are no new actors, and "the Company" later means the issuer.
- A link line ("For more information, visit www.acme.ai.") closes an "About Acme" paragraph
  whose other sentences are the company's own description; only the link is noise.
- "A and B, the venture arm of C": a singular appositive after a list describes its last name.
- Bylines ("Analysts: P (London) | Q (Dubai)"), cross-references ("Exhibit 2") and cited sources
  ("according to filings with X") name no party to the story.
- Denied acts ("though neither has been admitted"), a majority stake bought (a takeover), money
  put "in the round" (shares, whoever pays), a fund "raised by" its manager (who set it up), a
  government's own unit, and a quoted title someone launched (an initiative).

(:mod:`loaders.corporate_names` keeps the Korean defined terms, "당사", '이하 "X"'.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Actor, slugify
from loaders.corporate_names import without_legal_form
from loaders.discovery import guess_type
from loaders.mentions import Mention
from loaders.patterns import LATIN_LEGAL_FORM

# '("Acme" or "the Company")', '(the "Company")', '(together, "the Group")': quoted defined terms.
_DEFINED = re.compile(r"""\s*\((?:[^()"“”]{0,20})?["“](?:the\s+)?[^"”]{1,40}["”](?:\s*(?:,|or|and)\s*(?:the\s+)?["“]"""
                      r"""(?:the\s+)?[^"”]{1,40}["”])*\)""")
_QUOTED_TERM = re.compile(r"""["“](?:the\s+)?([^"”]{1,40})["”]""")
# ", Inc." after a name: the legal form, no name of its own.
_LEGAL_FORM = re.compile(LATIN_LEGAL_FORM)
# The capitalised words a release uses for itself without having defined them.
DEFINED_WORDS = frozenset(("Company", "Issuer", "Group"))
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A sentence end before a link: the block is prose that merely closes with a link.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")
# "A and B, the venture arm of C", "B, a unit of C": a singular description after the list.
_SINGULAR_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?!(?:[\w-]+\s+){0,3}?\w+s\s+of\b)")


class IssuerTerms:
    """The short names one document has defined for its issuer, and the issuer they mean."""

    def __init__(self) -> None:
        self._terms: dict[str, Actor] = {}

    def read(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` without the defined terms and legal forms that are no names, and with
        "the Company" standing for the organisation the document defined it as."""
        hidden: list[tuple[int, int]] = []
        for n, m in enumerate(mentions):
            definition = _DEFINED.match(text, _after_legal_form(text, m, mentions[n + 1:]))
            if definition:
                hidden.append(definition.span())
                for term in _QUOTED_TERM.finditer(definition.group(0)):
                    self._terms[term.group(1).strip()] = m.actor
        out = []
        for m in mentions:
            if any(a <= m.start and m.end <= b for a, b in hidden) or _is_legal_form(text, m):
                continue
            if m.surface in DEFINED_WORDS and _THE_BEFORE.search(text, max(0, m.start - 5), m.start):
                issuer = self._terms.get(m.surface)
                if issuer is not None:
                    # a definitions section may have defined it already: the mention stands for that party
                    m = replace(m, actor=issuer)
                elif m.actor.name == m.surface:
                    continue  # "the Company" undefined: a generic word capitalised, never a name
            out.append(without_legal_form(text, m))
        return out


def _is_legal_form(text: str, m: Mention) -> bool:
    """True for "Inc" of "Acme, Inc.": a discovered legal form after a comma."""
    return m.discovered and bool(_LEGAL_FORM.fullmatch(m.surface)) and text[max(0, m.start - 2):m.start] == ", "


def _after_legal_form(text: str, m: Mention, later: list[Mention]) -> int:
    """Where the name ``m`` ends with its legal form (", Inc."), if the next mention is that form."""
    nxt = later[0] if later else None
    if nxt is not None and _is_legal_form(text, nxt) and nxt.start == m.end + 2:
        return nxt.end + (text[nxt.end:nxt.end + 1] == ".")
    return m.end


def prose_before_link(text: str) -> bool:
    """True if a block holding a link is a paragraph of sentences before it ("About Acme ...
    For more information, visit www.acme.ai."): its sentences are text, the link alone is noise."""
    link = re.search(r"https?://|www\.", text, re.I)
    return link is not None and len(_SENTENCE_END.findall(text, 0, link.start())) >= 2


def appositive_owner(text: str, members: list[Mention], cue_start: int) -> list[Mention]:
    """The names a description after a list is about: "A and B, the venture arm of C" describes
    B alone; "A and B, both units of C" and a plural description describe them all."""
    if len(members) < 2 or not _SINGULAR_APPOSITIVE.match(text, members[-1].end):
        return members
    if members[-1].end >= cue_start:
        return members
    return members[-1:]


# "Analysts: P (London) | Q (Dubai)", "Additional reporting by P in London": who wrote it, and where.
# "By P and Q | The Paper | May 6, 2026": a newspaper's byline, the writers, then the title after a bar.
_BYLINE = re.compile(r"\s*(?:Analysts?|Authors?|Contributors?|Written\s+by|(?:Additional\s+)?[Rr]eporting\s+by|"
                     r"Edited\s+by)\b\s*:?\s|\s*By\s+[A-Z][\w'’.-]+\s+[A-Z][^|\n]{0,80}\||"
                     # "KENTARO ISHIBASHI, Nippon Business Herald staff writer": a name and the writer's post
                     r"\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+[^\n|,]{0,60}?\b(?:[Ss]taff\s+[Ww]riter|"
                     r"[Cc]orrespondent|[Rr]eporter|[Cc]olumnist)s?\s*$")


def byline(text: str) -> bool:
    """True for a short line naming a document's writers: no actor of the story is in it."""
    return len(text) < 240 and "\n" not in text.strip() and bool(_BYLINE.match(text))


# "according to filings with Companies House", "according to data from PitchBook", "as per data
# from Tracxn": a source.
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|as\s+per)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:(?:with|from|by|at|of)\s+(?:the\s+)?)?$", re.I)


def sources_left_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those a sentence cites as its source ("according to filings with X"):
    the source reports the deal and takes no part in it."""
    return [m for m in mentions if not _SOURCE_BEFORE.search(text, max(0, m.start - 60), m.start)]


# "neither has been admitted", "has not yet acquired", "no longer owns", "can't buy", "cannot
# join": the act denied.
_NEGATED = re.compile(r"(?:\b(?:not|never|cannot|neither\s+(?:has|have|was|were|is|are)|no\s+longer)|\Bn['’]t)\s+"
                      r"(?:(?:been|yet|be|formally|officially)\s+){0,2}$")


def negated(text: str, cue_start: int) -> bool:
    """True if the verb at ``cue_start`` is denied ("though neither has been admitted")."""
    return bool(_NEGATED.search(text, max(0, cue_start - 40), cue_start))


_MAJORITY = re.compile(r"\s+(?:an?\s+|its\s+|the\s+)?(?:(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent)|majority|controlling)\s")


def majority_stake(text: str, end: int) -> bool:
    """True if the stake bought after ``end`` is a majority ("bought a 70% stake in B"): control
    of B, a takeover, where a minority stake is an investment."""
    m = _MAJORITY.match(text, end)
    return m is not None and (m.group(1) is None or float(m.group(1)) > 50)


# "made a strategic investment in the round", "invested £20mn in the round": the round just reported.
_IN_THE_ROUND = re.compile(r"(?:\s+(?:[^\s.;,]+\s+){0,3}?in)?\s+the\s+(?:[\w-]+\s+)?(?:round|financing|raise|fundraise)\b")
# "builds on the first-generation engine": extends it, makes nothing.
_ON = re.compile(r"\s+(?:up)?on\b")
_LOOSE_MAKING = frozenset(("makes", "building"))
# "makes Tarn-7, a model", "is building the 'Atlas-H' humanoid": the product's name right after the verb.
_NAMED_RIGHT_AFTER = re.compile(r"\s+(?:(?:the|an?|its|their)\s+)?[\"'‘“]?[A-Z0-9]")
# "makes Tarn-7 available to its customers", "makes the model free to use": offered, not made.
_MADE_AVAILABLE = re.compile(r"[^,.;]{0,60}?\s(?:available|accessible|free|public|open|possible)\b")


def in_the_round(text: str, end: int) -> bool:
    """True if the investment ending at ``end`` goes into "the round" the text reported before."""
    return bool(_IN_THE_ROUND.match(text, end))


def makes_no_product(text: str, word: str, end: int) -> bool:
    """True for "X builds on Y": a product extending an earlier one, no developer and product;
    for "X makes Y available": a provider offering a product, not its maker; and for "makes" or
    "building" with no name right after ("building speech models for the Nordic languages"):
    words this common make a product only when they name it as their object."""
    word = word.lower()
    if word in _LOOSE_MAKING and not _NAMED_RIGHT_AFTER.match(text, end):
        return True
    return (word.startswith("buil") and bool(_ON.match(text, end))) or (
        word.startswith("make") and bool(_MADE_AVAILABLE.match(text, end)))


def raised_by_manager(text: str, end: int, raised: list[Mention]) -> bool:
    """True for "F, a vehicle raised by M": a fund raised by someone, its manager."""
    return bool(re.match(r"\s+by\b", text[end:end + 4])) and all(m.actor.type == "Program" for m in raised)


_GOVERNMENT_POSSESSIVE = re.compile(r"['’]s?\s+$")
_A_GOVERNMENT = re.compile(r"\b(?:government|ministry|department)\b", re.I)


def government_units(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(unit, owner) for "the UK government's Sovereign AI Unit", "the ministry's X Agency": a
    public body a government calls its own is part of it. A country's body ("Britain's
    regulator") is left to the country's government, which the text did not name."""
    return [(unit, owner) for owner, unit in _possessed_by_government(text, mentions) if unit.actor.type == "Government"]


def type_government_units(text: str, mentions: list[Mention]) -> None:
    """A discovered name a government possesses ("the UK government's Frontier Compute Office")
    is a public body, not a start-up."""
    for _, unit in _possessed_by_government(text, mentions):
        if unit.discovered and unit.actor.type in ("Startup", "Company"):
            unit.actor = replace(unit.actor, type="Government", kind=None)


def _possessed_by_government(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    return [(owner, unit) for owner, unit in zip(mentions, mentions[1:], strict=False)
            if owner.actor.type == "Government" and _A_GOVERNMENT.search(owner.surface)
            and _GOVERNMENT_POSSESSIVE.fullmatch(text, owner.end, unit.start)]


# 'launched the "Lusail Compute Corridor"': a quoted title set up by someone is an initiative.
_LAUNCHED_QUOTE = re.compile(r"\b(?:launched|launches|unveiled|unveils|set\s+up|started|announced)\s+(?:the|a|its|their)\s+"
                             r"(?:[\w-]+\s+){0,2}?[\"“]$")
# "the $600m Series C of Helix Tensor", "a $45 million Series A for Veridyne": a round named before
# its owner is no part of the name.
_ROUND_OF = re.compile(r"(?:Series\s+[A-H]\d?|Seed|Pre-Seed)\s+(?:of|for)\s+")


def type_quoted_launches(text: str, mentions: list[Mention]) -> None:
    """A discovered quoted name that is launched ('QIA launched the "Lusail Compute Corridor"')
    is a programme, not a company: companies are founded, initiatives launched with quotes."""
    for m in mentions:
        if m.discovered and m.actor.type in ("Startup", "Company") and text[m.end:m.end + 1] in "\"”" \
                and _LAUNCHED_QUOTE.search(text, max(0, m.start - 40), m.start):
            m.actor = replace(m.actor, type="Program", kind=None)


# 'Dana Pemacu AI ("AI Accelerator Fund", ...)': a quoted translation opening the bracket after a name.
_QUOTED_TRANSLATION = re.compile(r"\s?\(\s?[\"“]([^\"”()]{3,60})[\"”]")


def type_translated_programmes(text: str, mentions: list[Mention]) -> None:
    """A discovered name glossed by the quoted translation of a programme's name ('Dana Pemacu AI
    ("AI Accelerator Fund")') is that programme under its own language's name: a foreign head word
    (Dana, Fonds, Fondo) tells the English reader nothing, the translation does."""
    for m in mentions:
        gloss = _QUOTED_TRANSLATION.match(text, m.end) if m.discovered and m.actor.type in ("Startup", "Company") else None
        if gloss is None:
            continue
        translation = gloss.group(1).strip()
        kind_of = guess_type(translation)
        if kind_of[0] == "Program":
            m.actor = replace(m.actor, type="Program", kind=kind_of[1], aliases=[*m.actor.aliases, translation])


def without_round(m: Mention) -> Mention:
    """A discovered "Series C of Helix Tensor" as "Helix Tensor"."""
    round_of = _ROUND_OF.match(m.surface) if m.discovered else None
    if round_of is None or round_of.end() >= len(m.surface):
        return m
    name = m.surface[round_of.end():]
    return replace(m, start=m.start + round_of.end(), surface=name, actor=replace(m.actor, id=slugify(name), name=name))


_ROUND_OF_BEFORE = re.compile(r"(?:Series\s+[A-H]\d?|seed|round|financing)\s+of\s+$", re.I)


def round_of_before(text: str, start: int) -> bool:
    """True if the name at ``start`` owns the round named just before it ("the Series C of X")."""
    return bool(_ROUND_OF_BEFORE.search(text, max(0, start - 30), start))


# "Exhibit 2", "Figure 3", "Table 1": a report's own cross-reference, never an actor.
_EXHIBIT = re.compile(r"(?:Exhibit|Figure|Fig\.|Table|Chart|Appendix|Annex)\s+\d+[A-Za-z]?")


def business_cleaned(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a report's cross-references and the sources it cites, and with a
    round named before its owner ("Series C of X") cut off the owner's name."""
    return [without_round(m) for m in sources_left_out(text, mentions)
            if not (m.discovered and _EXHIBIT.fullmatch(m.surface))]


_SET_UP = re.compile(r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:founded|set\s+up|established|created|formed)\b")


def introduced_as_set_up(text: str, end: int) -> bool:
    """True if the name ending at ``end`` is told as set up ("MGX was set up in 2024 by ..."):
    the passage that follows is about it, even when it is an investor."""
    return bool(_SET_UP.match(text, end))


# "Humain, the PIF-owned AI champion": a hyphen gloss inside the appositive of the name before it.
_APPOSITIVE_GLOSS = re.compile(r"-(backed|owned|funded)\s+(?:(?!by\b|and\b|of\b)(?-i:[A-Z]{2,}|[a-z][\w-]*)\s+){0,3}?"
                               r"(?:start-?up|startup|company|firm|champion|group|lab|developer|maker|operator|unit|"
                               r"subsidiary|venture|provider|platform)\b")
_THE_APPOSITIVE = re.compile(r",\s+(?:the|an?)\s+")


def appositive_glosses(text: str, mentions: list[Mention]) -> list[tuple[Mention, str, Mention]]:
    """(described, "owned"/"backed"/"funded", glossing name) for "X, the A-owned AI champion":
    the appositive says X belongs to A, or that A backs it."""
    out = []
    for x, a in zip(mentions, mentions[1:], strict=False):
        gloss = _APPOSITIVE_GLOSS.match(text, a.end) if _THE_APPOSITIVE.fullmatch(text, x.end, a.start) else None
        if gloss is not None and x.actor.id != a.actor.id:
            out.append((x, gloss.group(1), a))
    return out
