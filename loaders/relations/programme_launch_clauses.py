"""A programme glossed by a clause saying who set it up, with no possessive.

English news introduces a scheme, fund or project by a relative clause or a participle naming its
maker: "Tallow Sandbox, the regulatory sandbox the city office set up in May", "the Quarrow
Strategy that Ottawa announced in 2024", "Quarrow Fund II, a $300m vehicle raised by Tallow
Partners". The name in the clause set the programme up (LAUNCHED); the possessive gloss ("P, the
ministry's programme") is read by programme_appositives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graph.model import Evidence
from loaders.mentions import Mention
from loaders.relations.fact import Fact
from loaders.relations.programme_appositives import LAUNCHERS

# Nouns of a programme, and of a fund or site that may also be a company ("the state investment vehicle").
_SCHEME_NOUN = r"(?:programme|program|mission|scheme|initiative|sandbox|strategy|project)"
_NOUN = r"(?:" + _SCHEME_NOUN + r"|fund|vehicle|cluster|campus)"
_VERB = r"(?:set\s+up|launched|announced|built|created|established|started|unveiled|introduced|raised)"
# After the programme: its noun in an appositive and perhaps "that/which", or "that/which" alone;
# the maker's name follows.
_OBJECT_CLAUSE = re.compile(r"(?:,\s+(?:the|a|an)\s+(?:[^,;()]{0,40}?\s)?" + _NOUN + r"(?:\s+(?:that|which))?"
                            r"|,?\s+(?:that|which))\s+(?:the\s+)?$")
_PROGRAMME_NOUN = re.compile(r"\b" + _SCHEME_NOUN + r"\b")
# After the maker in that clause: the verb of setting up.
_SET_UP_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?" + _VERB + r"\b")
# After the programme: its noun in an appositive and a participle with "by", maybe a description of the maker.
_PASSIVE_CLAUSE = re.compile(r",\s+(?:the|a|an)\s+(?:[^,;()]{0,40}?\s)?" + _NOUN + r"\s+" + _VERB +
                             r"\s+(?:in\s+\d{4}\s+)?by\s+")
_NOUN_SAID = re.compile(r"\b" + _NOUN + r"\b")
# What a fund or vehicle set up by another may be when it is not a programme: an investor or company
# the other founded ("the state investment vehicle set up by the government"); a campus built or a
# fund raised by a firm is no company it founded.
_FOUNDED_KINDS = ("Startup", "Company", "Investor")
_FOUNDING = re.compile(r"\b(?:fund|vehicle)\b.*\b(?:set\s+up|established|created|started|launched)\b", re.S)
_MAKER_DESCRIPTION = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,4}$")


def programme_launch_clauses(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """LAUNCHED from the maker a relative clause or a "by" participle names to the programme before it."""
    if not any(word in text for word in ("that ", "which ", " by ", " set up", "launched", "announced", "built")):
        return []
    facts = []
    for n, made in enumerate(mentions):
        if made.actor.type != "Program" and not made.discovered:
            continue
        found = _maker(text, made, mentions[n + 1:])
        if found is None:
            continue
        maker, clause = found
        if made.actor.type == "Program" or _PROGRAMME_NOUN.search(clause):
            actor = made.actor if made.actor.type == "Program" else replace(made.actor, type="Program", kind=None)
            facts.append(Fact(maker.actor, "LAUNCHED", actor, {"confidence": 0.7}, evidence(made.start, maker.end)))
        elif made.actor.type in _FOUNDED_KINDS and _FOUNDING.search(clause):  # "Qasr, the investment vehicle set up by the government"
            facts.append(Fact(maker.actor, "FOUNDED", made.actor, {"confidence": 0.7}, evidence(made.start, maker.end)))
    return facts


def _maker(text: str, made: Mention, later: list[Mention]) -> tuple[Mention, str] | None:
    """The name the clause after ``made`` says set it up, and the clause, if that clause says so;
    a name found in the text (not a known programme) needs its gloss's noun."""
    if not later:
        return None
    first = later[0]
    clause = _OBJECT_CLAUSE.search(text, made.end, first.start)
    verb = _SET_UP_AFTER.match(text, first.end)
    if (clause and verb and first.actor.type in LAUNCHERS and first.actor.id != made.actor.id
            and (made.actor.type == "Program" or _NOUN_SAID.search(clause.group()))):
        return first, clause.group() + verb.group()
    passive = _PASSIVE_CLAUSE.match(text, made.end)
    if passive is None:
        return None
    maker = next((m for m in later if m.start >= passive.end() and m.actor.type in LAUNCHERS
                  and m.actor.id != made.actor.id
                  and _MAKER_DESCRIPTION.fullmatch(text, passive.end(), m.start)), None)
    return (maker, passive.group()) if maker is not None else None
