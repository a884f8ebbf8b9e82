"""Partnerships English states through the deal, with no verb between the two names.

"Under a five-year agreement with B, A will ...", "A's partnership with B", "a tie-up between A and
B", "C, with which A signed a supply agreement", "A and B said they had agreed to ...": the deal
noun (or "agreed") carries the tie, and its parties sit around it. Only organisations and
governments are parties ("a deal with Sharp's handsets", "on Azure under a deal" name a product or a
place, not the other side); "it" and "the company" count as the mention the English reader already
resolved them to. A deal in talks, considered, rumoured or denied is none; a deal to invest in or
to buy a company is read by the investment and acquisition frames.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.hedges import CONSIDERING, DENIED, MAY, TALKS

_DEAL = r"(?:agreements?|deals?|pacts?|partnerships?|tie-?ups?|alliances?|contracts?)"
_MODIFIERS = r"(?:[\w$€£¥.,-]+\s+){0,4}?"
# "Under a five-year agreement with", "As part of its supply deal with": a fronted deal, its subject after the comma.
_FRONTED = re.compile(rf"\s*(?:[Uu]nder|[Aa]s\s+part\s+of|[Tt]hrough)\s+(?:an?|the|its|their)\s+{_MODIFIERS}{_DEAL}\s+with\s+"
                      r"(?:the\s+)?$")
# "A's multiyear partnership with", "A's deal with".
_POSSESSED = re.compile(rf"['’]s\s+{_MODIFIERS}{_DEAL}\s+with\s+(?:the\s+)?")
# "a tie-up between A and", "the partnership between A and".
_BETWEEN = re.compile(rf"\b{_DEAL}\s+between\s+(?:the\s+)?$")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# "C, with which A signed a five-year supply agreement".
_WITH_WHICH = re.compile(r",\s+with\s+(?:which|whom)\s+(?:the\s+)?")
_SIGNED_DEAL = re.compile(rf"\s+(?:also\s+|has\s+|had\s+|have\s+)?(?:signed|struck|inked|sealed|reached|agreed)\s+"
                          rf"(?:an?|the|its|their)\s+{_MODIFIERS}{_DEAL}\b")
# "A and B said on Tuesday they had agreed to", "A and B have agreed to".
_AGREED = re.compile(r"\s+(?:(?:said|announced|confirmed)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?they\s+)?"
                     r"(?:have\s+|had\s+)?agreed\s+to\s+(\w+)")
# "on B hardware under a supply deal the two signed": the two are the sentence's subject and B.
_THE_TWO_SIGNED = re.compile(rf"\bunder\s+(?:an?|the)\s+{_MODIFIERS}{_DEAL}\s+(?:that\s+|which\s+)?(?:the\s+two|both)"
                             r"(?:\s+(?:companies|firms|groups|sides))?\s+(?:had\s+|have\s+)?(?:signed|struck|inked|sealed|reached)\b")
# "for the next version of B": B is what the deal serves, not its other side.
_OF_BEFORE = re.compile(r"\b(?:of|for|from|by|about)\s+(?:the\s+)?$")
# Agreeing to put money into or to buy a company: the investment and acquisition frames read it.
_MONEY_OR_PURCHASE = re.compile(r"\b(?:invest\w*|acqui\w*|buy\w*|bought|purchas\w*|merg\w*|takeover|stake|shares|"
                                r"sell\w*|sold|fund\w*|financ\w*|back)\b", re.I)
# A deal not (yet) made: "in talks over a deal with", "is considering a tie-up", "could sign", "denied".
_NOT_MADE = re.compile(rf"\b(?:talk|{TALKS}|{CONSIDERING}|discuss\w*|{MAY}|possible|potential|proposed|rumou?r\w*|"
                       rf"reportedly|report\w*|speculat\w*|{DENIED}|not|never|no|declined|ended|terminated|scrapped|"
                       r"collapsed|cancel\w*)\b", re.I)
# "of A and B", "C, A and B": the pair is not the whole subject.
_GOVERNED = re.compile(r"(?:,|\b(?:of|with|between|by|from|for|to|and|in|on|at|including))\s+(?:the\s+)?$")
_DEAL_WORD = re.compile(rf"\b{_DEAL}|\bagreed\b")
_CLAUSE_START = re.compile(r"[.;:]\s|^")
# Any deal word: the sentences with none are skipped.
_ANY_DEAL = re.compile(rf"{_DEAL}|agreed", re.I)
# The comma after a fronted "Under a deal with B," and the article before the subject.
_COMMA = re.compile(r",\s+(?:the\s+)?")


def agreement_ties(text: str, mentions: list[Mention], evidence, dated: Callable[[int, int], dict]) -> list[Fact]:
    """PARTNERS_WITH for the two parties of a deal named by its noun (or by "agreed to"), with the
    date ``dated`` finds in the deal's words or just after them ("signed ... in 2024")."""
    if not _ANY_DEAL.search(text):
        return []
    parties = [m for m in mentions if m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    facts = []
    for a, b, lo, hi in _fronted(text, parties) + _possessed(text, parties) + _between(text, parties) \
            + _with_which(text, parties) + _agreed(text, parties) + _the_two(text, parties):
        if a.actor.id != b.actor.id and not _not_made(text, lo, hi):
            props = {"confidence": 0.6, **dated(lo, min(len(text), hi + 20))}
            facts.append(Fact(a.actor, "PARTNERS_WITH", b.actor, props, evidence(lo, hi)))
    return facts


def _not_made(text: str, lo: int, hi: int) -> bool:
    """True if the deal between ``lo`` and ``hi`` (or its clause before) is talked of, not made,
    or is money or a purchase."""
    if _NOT_MADE.search(text, _clause_start(text, lo), hi):
        return True
    # the deal's own words: its modifiers ("merger agreement") and what follows it ("agreed to buy")
    deal = max((m.start() for m in _DEAL_WORD.finditer(text, lo, hi)), default=lo)
    return bool(_MONEY_OR_PURCHASE.search(text, max(lo, deal - 30), min(len(text), hi + 40)))


def _next(parties: list[Mention], pos: int) -> Mention | None:
    return next((m for m in parties if m.start == pos), None)


def _fronted(text: str, parties: list[Mention]) -> list[tuple[Mention, Mention, int, int]]:
    """"Under a supply deal with B, A will ...": B, then the clause's subject right after the comma."""
    out = []
    for b in parties:
        if _FRONTED.fullmatch(text, 0, b.start) or _FRONTED.fullmatch(text, _clause_start(text, b.start), b.start):
            comma = _COMMA.match(text, b.end)
            a = _next(parties, comma.end()) if comma else None
            if a is not None:
                out.append((a, b, 0, a.end))
    return out


def _clause_start(text: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE_START.finditer(text, 0, pos)), default=0)


def _possessed(text: str, parties: list[Mention]) -> list[tuple[Mention, Mention, int, int]]:
    """"A's partnership with B"."""
    out = []
    for a in parties:
        deal = _POSSESSED.match(text, a.end)
        b = _next(parties, deal.end()) if deal else None
        if b is not None:
            out.append((a, b, a.start, b.end))
    return out


def _between(text: str, parties: list[Mention]) -> list[tuple[Mention, Mention, int, int]]:
    """"a tie-up between A and B"."""
    out = []
    for a in parties:
        deal = _BETWEEN.search(text, max(0, a.start - 40), a.start)
        joined = _AND.match(text, a.end) if deal else None
        b = _next(parties, joined.end()) if joined else None
        if b is not None:
            out.append((a, b, deal.start(), b.end))
    return out


def _with_which(text: str, parties: list[Mention]) -> list[tuple[Mention, Mention, int, int]]:
    """"C, with which A signed a five-year supply agreement": C and the relative clause's subject."""
    out = []
    for c in parties:
        relative = _WITH_WHICH.match(text, c.end)
        a = _next(parties, relative.end()) if relative else None
        signed = _SIGNED_DEAL.match(text, a.end) if a else None
        if signed is not None:
            out.append((a, c, c.start, signed.end()))
    return out


def _agreed(text: str, parties: list[Mention]) -> list[tuple[Mention, Mention, int, int]]:
    """"A and B said they had agreed to build ...": the two subjects agreed with each other."""
    out = []
    for a, b in zip(parties, parties[1:], strict=False):
        if not _AND.fullmatch(text, a.end, b.start) or _GOVERNED.search(text, max(0, a.start - 16), a.start):
            continue
        agreed = _AGREED.match(text, b.end)
        if agreed is not None and not _MONEY_OR_PURCHASE.fullmatch(agreed.group(1)):
            out.append((a, b, a.start, agreed.end()))
    return out


def _the_two(text: str, parties: list[Mention]) -> list[tuple[Mention, Mention, int, int]]:
    """"A ... runs on B hardware under a supply deal the two signed": the sentence's subject A
    (opening it) and B, the organisation right before "under" in the same clause."""
    first = parties[0] if parties and not text[:parties[0].start].strip(" -•*\"'“‘") else None
    out = []
    for signed in _THE_TWO_SIGNED.finditer(text) if first else []:
        b = next((m for m in reversed(parties[1:]) if m.end <= signed.start()), None)
        if b is not None and not re.search(r"[,;.]", text[b.end:signed.start()]) \
                and not _OF_BEFORE.search(text, max(0, b.start - 12), b.start):
            out.append((first, b, first.start, signed.end()))
    return out
