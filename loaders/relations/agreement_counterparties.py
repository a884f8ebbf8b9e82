"""The counterparty of a contract named by the preposition of the act the contract covers.

Business English states a supply, rental or licence deal by the act and the contract behind it:
"A will rent GPU servers from B under a three-year contract", "A moved production of its next chip
to B under a foundry agreement", "A buys capacity at B under a five-year deal". The sentence's
subject and the name after "from/to/with/at" are the two parties (PARTNERS_WITH); the nouns
"agreement/contract" alone in cues.yaml need the parties next to them.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# Right before the counterparty: "from ", "to ", "with ", "at ", maybe a description ("from local developer ").
_PREPOSITION_BEFORE = re.compile(r"\s(?:from|to|with|at)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}$")
# Right after the counterparty, maybe after its bracketed short name: " under a three-year contract".
_UNDER_A_CONTRACT = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:agreement|contract|deal|licen[cs]e)\b")
# "Xingyun, which raised 900 million yuan from B in the spring, said ...": names inside a relative
# clause after the subject are not the subject's counterparty.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\b[^,]*,")
# The subject opens the sentence, perhaps after a fronted phrase ("For computing power, ").
_OPENING = re.compile(r"^(?:[A-Z][^,]{0,40},\s+)?$")


def agreement_counterparties(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTNERS_WITH from the sentence's subject to the party it deals with "under a contract"."""
    if "under " not in text or not mentions or not _OPENING.match(text[:mentions[0].start]):
        return []
    subject = mentions[0]
    if subject.actor.type not in ORGANISATIONS:
        return []
    clause = _RELATIVE_CLAUSE.match(text, subject.end)
    clause_end = clause.end() if clause else subject.end
    # the first other name after the subject's clause ("it", "its" point back to the subject): a later
    # one may deal with another
    party = next((m for m in mentions[1:] if m.start >= clause_end and m.actor.id != subject.actor.id), None)
    if party is None or party.actor.type not in ORGANISATIONS:
        return []
    contract = _UNDER_A_CONTRACT.match(text, party.end)
    if not contract or not _PREPOSITION_BEFORE.search(text, clause_end, party.start):
        return []
    return [Fact(subject.actor, "PARTNERS_WITH", party.actor, {"confidence": 0.7},
                 evidence(subject.start, contract.end()))]
