"""Stakes stated as what an owner holds, not as a deal: "X owns 12% of Y", "X holds a stake in
Y", "X's 8% stake in Y".

News writes an investment long after it was made as a standing holding ("Tencent-like investor
owns 12% of the start-up after leading its round"): no verb of investing, only of owning. A
holding below control is an investment; a majority or controlling stake taken makes the owner the
buyer, as a majority stake bought is read elsewhere (:func:`majority_stake`); one held ("JD.com,
which holds a majority stake in X") states what X is now, the owner's subsidiary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.relations.english_business import majority_stake

_SHARE = r"(?:[\d.]+\s?(?:%|per\s?cent)|majority|minority|controlling)"
# "owns 12% of", "holds a 9.5% stake in", "has a minority stake in", "retains a small stake in",
# "took a 4.9% stake in": a stake taken is held from then on.
_HOLDS = re.compile(r"\b(?:(?P<state>owns|owned|holds|held|has|had|retains|retained|keeps|kept|controls|controlled)|"
                    r"took|takes|taken|bought|buys|acquired|acquires|picked\s+up|picks\s+up)"
                    r"(?P<share>\s+(?:an?\s+|its\s+|the\s+)?(?:(?:roughly|about|around|nearly|almost|just\s+over|"
                    r"over|more\s+than|some)\s+)?(?:" + _SHARE + r"\s+(?:of|(?:[\w-]+\s+)?stake\s+in)|"
                    r"(?:[\w-]+\s+){0,2}?stake\s+in)\s+)(?:the\s+)?")
# "X's 12% stake in Y", "X's stake in Y".
_POSSESSIVE_STAKE = re.compile(r"['’]s(?P<share>\s+(?:" + _SHARE + r"\s+|[a-z]+\s+){0,2}?stake\s+in\s+)(?:the\s+)?")


@dataclass(frozen=True)
class Holding:
    """A holding phrase: its owner ends before ``start`` (right before it for a possessive),
    the company held starts at ``end``."""

    start: int
    end: int
    possessive: bool
    relation: str


def find_holdings(text: str) -> list[Holding]:
    """The holding phrases of ``text``, each with the relation it states (INVESTED_IN, or
    ACQUIRED for a majority)."""
    if "stake" not in text and "%" not in text and "per cent" not in text and "percent" not in text:
        return []
    found = [(m, False) for m in _HOLDS.finditer(text)] + [(m, True) for m in _POSSESSIVE_STAKE.finditer(text)]
    return [Holding(m.start(), m.end(), possessive, _relation(m, possessive, text)) for m, possessive in found]


def _relation(m: re.Match[str], possessive: bool, text: str) -> str:
    """INVESTED_IN below control; above it SUBSIDIARY_OF (of the held company) for a stake held, ACQUIRED for one taken."""
    if not majority_stake(text, m.start("share")):
        return "INVESTED_IN"
    return "SUBSIDIARY_OF" if not possessive and m.group("state") else "ACQUIRED"
