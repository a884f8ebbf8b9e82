"""Those chosen for the programme an English passage is about, and the fund's first holdings, in
sentences that do not name it.

Reports introduce a programme once ("The ministry set up the X Network, a network of ...") and then
list who was picked for it without naming it again: "A and B were named anchor sites", "The first
cohort includes C and D", "Participants include E", "Grantees: F, G", "H and about 40 other
start-ups are in the first cohort". Those listed take part in the programme in view (the passage's,
see loaders.passage.Passage.programme). A fund's holdings are listed the same way: "The fund's
first investments were A and B", "its first commitment was a $250 million stake in C".
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

_MEMBERS = ("Startup", "Company", "University", "Investor", "Government")
_HELD = ("Startup", "Company")
# What those named take on in a programme: "named anchor sites", "named as co-developers".
_ROLES = (r"(?:anchor\s+sites?|sites?|hubs?|partners?|co-developers?|developers?|members?|participants?|grantees?|"
          r"recipients?|winners?|finalists?|hosts?|operators?|leads?)\b")
# The list before: "A and B were named anchor sites", "C was selected" (not "as a supplier": a
# role outside the programme), "D and about 60 other start-ups are in the first cohort".
_CHOSEN_AFTER_LIST = re.compile(
    r"(?:\s+and\s+(?:about|some|around|nearly)?\s*\d+\s+other\s+[\w-]+)?\s+(?:were|was|are|is|have\s+been|has\s+been)\s+"
    r"(?:(?:selected|chosen|picked|admitted)(?:\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?" + _ROLES + r")?\b(?!\s+as\b)|named\s+(?:as\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+)?" + _ROLES
    + r"|(?:in|among)\s+the\s+(?:first|initial|inaugural|second|new|latest)?\s*(?:cohort|batch|intake|round)\b"
    # "A and B were among the recipients", "C was among the five winners"
    + r"|among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _ROLES + r")", re.I)
# ", alongside Kyoto-based C and D": more of those chosen, after the list's verb.
_ALONGSIDE = re.compile(r"\s*,?\s+(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?(?:[A-Z][\w-]*-based\s+)?")
# "... were selected for the Norrow Accelerator": the list's own programme, which the frames read;
# "... by Brisk Dynamics": a choice of another's (a supplier, a partner).
_OWN_TARGET = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:for|to|into|of|under|by)\s+(?:the\s+|its\s+|their\s+)?[A-Z]")
# The list after: "The first cohort includes", "Participants include", "Grantees:", "The anchor sites are".
_CHOSEN_BEFORE_LIST = re.compile(
    r"\b(?:(?:the\s+)?(?:first|initial|inaugural|second|new|latest)\s+(?:cohort|batch|intake)|participants|grantees|"
    r"recipients|awardees|anchor\s+sites|selected\s+(?:companies|start-?ups|projects|teams))"
    r"(?:\s+(?:includes?|included|are|were|comprises?|comprised)\b|\s*:)\s*", re.I)
# "The fund's first investments were", "its first commitment was a $250 million stake in".
_FUND_HOLDINGS = re.compile(
    r"\b(?:the\s+fund['’]s|its)\s+(?:(?:first|initial|latest|maiden|early)\s+)?(?:investments?|commitments?|deals?|bets?|"
    r"portfolio\s+compan(?:y|ies))\s+(?:was|were|is|are|includes?|included)\s+"
    r"(?:an?\s+(?:[^,.;]{0,40}?\s)?(?:stake|investment|cheque|check|round|commitment)\s+in\s+)?", re.I)
# What may stand between the names of a list.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w-]*-based\s+)?", re.I)


def chosen_for_the_programme(text: str, mentions: list[Mention], programme: Mention | None, doc_id: str,
                             line_at) -> list[Fact]:
    """PARTICIPATES_IN the passage's programme for the organisations a sentence lists as chosen
    for a cohort, a round or a role, when the sentence names no programme of its own."""
    if programme is None or any(m.actor.type == "Program" for m in mentions):
        return []
    members = [m for m in mentions if m.actor.type in _MEMBERS and m.actor.id != programme.actor.id]
    listed = _listed_after(text, _CHOSEN_BEFORE_LIST.search(text), members) + _listed_before(text, members)
    return [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
            for m in listed]


def fund_holdings(text: str, mentions: list[Mention], programme: Mention | None, doc_id: str, line_at) -> list[Fact]:
    """INVESTED_IN from a fund to the companies "its first investments" lists: the fund the
    sentence named before ("launched the X Fund with $3bn; its first commitment was a stake in A"),
    else the passage's."""
    lowered = text.lower()
    cue = _FUND_HOLDINGS.search(text) if "fund" in lowered or "its" in lowered else None
    if cue is None:
        return []
    named = [m for m in mentions if m.actor.type == "Program" and m.end <= cue.start()]
    fund = named[-1] if named else programme
    if fund is None or fund.actor.kind != "fund":
        return []
    held = _listed_after(text, cue, [m for m in mentions if m.actor.type in _HELD])
    return [Fact(fund.actor, "INVESTED_IN", m.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text)) for m in held]


def _listed_after(text: str, cue: re.Match | None, members: list[Mention]) -> list[Mention]:
    """The names listed right after ``cue`` ("The first cohort includes")."""
    first = next((m for m in members if cue and m.start >= cue.end()), None)
    if first is None or not re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w-]*-based\s+)?", text[cue.end():first.start], re.I):
        return []
    listed = [first]
    for m in members[members.index(first) + 1:]:
        if not _LIST_GAP.fullmatch(text, listed[-1].end, m.start):
            break
        listed.append(m)
    return listed


def _listed_before(text: str, members: list[Mention]) -> list[Mention]:
    """The names listed right before "were named anchor sites", the sentence's subject."""
    for i, last in enumerate(members):
        cue = _CHOSEN_AFTER_LIST.match(text, last.end)
        if cue is None:
            continue
        if _OWN_TARGET.match(text, cue.end()):
            return []
        listed = [last]
        for m in reversed(members[:i]):
            if not _LIST_GAP.fullmatch(text, m.end, listed[0].start):
                break
            listed.insert(0, m)
        opening = text[:listed[0].start].rstrip()
        listed += _listed_after(text, _ALONGSIDE.match(text, cue.end()), members)
        return listed if not opening or opening.endswith((".", ":", ",")) or re.search(r"\bthe$", opening, re.I) else []
    return []
