"""Companies a government puts on a restricted list, in English.

Export-control and sanctions news names the act by its list: "The Commerce Department added
two Chinese operators, A and B, to the Entity List", "Treasury placed A on its sanctions list".
The government before the verb regulates each company between the verb and the list.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

_VERB = re.compile(r"\b(?:added|adds|adding|placed|places|placing|put|puts|putting)\s")
# "to the Entity List", "on its export blacklist", "to the US sanctions list".
_LIST = re.compile(r"\s(?:to|on|onto)\s+(?:the|its|their|a)\s+(?:[\w.-]+\s+){0,3}?(?:[Ll]ist|blacklist|[Bb]lacklist)\b")
# "two Chinese GPU-cloud operators, A and B": a name-like word before a noun describes the listed;
# "Hangzhou's A": so does a place or an owner in the possessive.
_MODIFIES_A_NOUN = re.compile(r"['’]s\s|\s+(?!and\b|or\b)[a-z]")
# "added A, a developer backed by B, to ...", "A, a unit of B,": a name a preposition governs
# belongs to the description of the listed one, not to the list.
_GOVERNED = re.compile(r"\b(?:by|of|from|with)\s+(?:the\s+)?$")
_REGULATORS = ("Government",)
_LISTED = ("Company", "Startup", "University", "Investor")


def listed_companies(text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """REGULATES facts of a sentence putting companies on a restricted list."""
    if "ist" not in text:
        return []  # most sentences: no list
    facts = []
    for verb in _VERB.finditer(text):
        listed = _LIST.search(text, verb.end())
        agent = next((m for m in reversed(mentions) if m.end <= verb.start() and m.actor.type in _REGULATORS), None)
        if listed is None or agent is None:
            continue
        facts += [Fact(agent.actor, "REGULATES", m.actor, {"confidence": 0.6}, sentence_evidence(doc_id, line_at, text))
                  for m in mentions if verb.end() <= m.start and m.end <= listed.start() and m.actor.type in _LISTED
                  and not _MODIFIES_A_NOUN.match(text, m.end) and not _GOVERNED.search(text, verb.end(), m.start)]
    return facts
