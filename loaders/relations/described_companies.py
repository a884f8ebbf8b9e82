"""The companies an English text has described as companies.

A story introduces a company with a description ("Lumenfold, a Cambridge start-up that designs
chips", "the Lyon-based startup Aubrac") and comes back to it with "the company" or "the startup",
even after another company was a sentence's subject in passing ("BT is testing the chips in its
data centres. The company has also received £6m ..."): the tester is named, never described, and
the words mean the company the story is about. A company the text did describe is one it turns to,
and the words may mean it ("Y, a rival start-up, raised $10m. The company plans ...").
"""

from __future__ import annotations

import re

from loaders.mentions import Mention

# ", a Cambridge start-up", ", an AI chip designer": an indefinite appositive whose head is a
# kind of business (no word of a phrase governed by a preposition: ", a deal with the company").
_AS_A_COMPANY = re.compile(r",\s+(?:a|an)\s+(?:(?!(?:of|for|with|in|at|to|and|on|by|from)\s)[\w.-]+\s+){0,4}?"
                           r"(?:start-?up|startup|company|firm|maker|chipmaker|developer|designer|provider|unicorn|"
                           r"scale-?up|manufacturer|supplier|vendor|business|lab)\b")
# "the Lyon-based startup Aubrac", "chipmaker Lumera": the business word right before the name.
_COMPANY_BEFORE = re.compile(r"\b(?:start-?up|startup|company|firm|chipmaker|developer|maker)\s+$", re.I)
_COMPANIES = ("Startup", "Company")


def described_companies(text: str, mentions: list[Mention]) -> set[str]:
    """The ids of the companies ``text`` describes as businesses where it names them."""
    return {m.actor.id for m in mentions if m.actor.type in _COMPANIES and (
        _AS_A_COMPANY.match(text, m.end) or _COMPANY_BEFORE.search(text, max(0, m.start - 12), m.start))}
