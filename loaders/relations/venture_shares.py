"""Holders of a joint venture's shares, as English states them.

A joint venture is a company its owners run together: each owner holding a share of it takes
part in it (PARTICIPATES_IN). English gives the split in a few fixed shapes:

* "C, a new joint venture in which A holds 60 percent and B holds the remaining 40 percent":
  the holders in the relative clause of the venture's description;
* "C, a joint venture formed with B. A holds 60 per cent of the venture and B the remainder",
  "A will own 51% and B 49% of the venture": the venture named in a sentence before, pointed
  back to by "the venture" ("the JV") that the shares are "of".

A share alone ("A holds 20% of B") is a stake, read elsewhere as an investment; only a venture
the text calls joint is split among owners this way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.english_joint_ventures import DESCRIBED_AFTER, JOINT_VENTURE, VENTURES
from loaders.relations.fact import Fact

# " in which", " where" after ", a new joint venture": the venture's split follows.
_SPLIT = re.compile(r"[^.;]{0,40}?\b(?:in\s+which|where)\s")
_OF_THE_VENTURE = re.compile(r"\bof\s+the\s+(?:joint[- ])?(?:venture|JV)\b")
_SHARE = r"(?:(?:a|the\s+(?:remaining|other))\s+)?\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)|the\s+(?:remainder|rest)"
# "A holds 60 percent", "A, the Qatari telecoms group, holds the remaining 40 percent",
# "A will own 51%": a holder and its share.
_HOLDS = re.compile(rf"(?:,[^,.;]{{1,60}},)?\s+(?:(?:will|would|also|now)\s+)*(?:holds?|owns?|takes?|keeps?)\s+(?:{_SHARE})",
                    re.I)
# "and B 49%", "and Oracle the remainder": the verb left out for the second holder.
_GAPPED = re.compile(rf"\s+(?:{_SHARE})(?!\w)")
_AND_BEFORE = re.compile(r"\s+and\s+$")
#: how many sentences after its description "the venture" still points back to it
_REACH = 3


class VentureShares:
    """Reads the holders of joint ventures' shares, remembering the venture last described in a
    document for the sentences that call it "the venture"."""

    def __init__(self) -> None:
        self._doc: str | None = None
        self._venture: Mention | None = None
        self._since = 0

    def facts(self, doc_id: str, text: str, mentions: list[Mention],
              evidence: Callable[[int, int], Evidence]) -> list[Fact]:
        """PARTICIPATES_IN from each holder of a share to the venture it is a share of."""
        if doc_id != self._doc:
            self._doc, self._venture = doc_id, None
        self._since += 1
        if self._since > _REACH:
            self._venture = None  # too far back for "the venture" to point to it
        if not JOINT_VENTURE.search(text) and not self._venture:
            return []
        out: list[Fact] = []
        for m in mentions:
            if m.actor.type not in VENTURES:
                continue
            described = DESCRIBED_AFTER.match(text, m.end)
            if described is None:
                continue
            self._venture, self._since = m, 0
            split = _SPLIT.match(text, described.end())
            if split:
                out += _holders(text, mentions, m, split.end(), evidence)
        if not out and _OF_THE_VENTURE.search(text) and self._venture is not None:
            out += _holders(text, mentions, self._venture, 0, evidence)
        return out


def _holders(text: str, mentions: list[Mention], venture: Mention, start: int,
             evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """The holders named from ``start`` on: each name followed by its share ("A holds 60%"), or
    joined by "and" to a holder before it and followed by a share alone ("and B 49%")."""
    out: list[Fact] = []
    previous: Mention | None = None
    for m in mentions:
        if m.start < start or m.actor.type not in ORGANISATIONS_AND_GOVERNMENT or m.actor.id == venture.actor.id:
            continue
        holds = _HOLDS.match(text, m.end)
        gapped = previous is not None and _AND_BEFORE.search(text, previous.end, m.start) and _GAPPED.match(text, m.end)
        if holds or gapped:
            out.append(Fact(m.actor, "PARTICIPATES_IN", venture.actor, {"confidence": 0.7},
                            evidence(m.start, (holds or gapped).end())))
            previous = m
    return out
