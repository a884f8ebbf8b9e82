"""A start-up that went through an accelerator's batch.

English start-up writing names an accelerator through its batch or cohort, with the accelerator's
possessive and no programme name: "X went through Y Combinator's Summer 2023 batch", "X graduated
from Techstars' 2024 Berlin cohort", "X is part of Antler's latest cohort". X takes part in the
accelerator (PARTICIPATES_IN), whatever type the gazetteer gives it (an investor, a company).
"""

from __future__ import annotations

import re

from loaders.mentions import Mention
from loaders.relations.fact import Fact

_MEMBERS = ("Startup", "Company", "University")
_ACCELERATORS = ("Investor", "Company", "Program", "University")
# Between the member and the accelerator: "went through", "also graduated from", "was part of".
_WENT_THROUGH = re.compile(r"\s+(?:(?:also|later|first|then|previously|recently|has|had|have)\s+){0,2}"
                           r"(?:went\s+through|gone\s+through|goes\s+through|graduated\s+from|graduates\s+from|"
                           r"(?:is|was|were|are|has\s+been)\s+(?:also\s+)?(?:part\s+of|in)|completed|joined)\s+$")
# After the accelerator: "'s Summer 2023 batch", "' latest cohort", "'s W24 class of".
_ITS_BATCH = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:batch|cohort|class|intake)\b")


def accelerator_batches(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTICIPATES_IN from a start-up to the accelerator whose batch it went through."""
    if "batch" not in text and "cohort" not in text and "class" not in text and "intake" not in text:
        return []
    facts = []
    for member, accelerator in zip(mentions, mentions[1:], strict=False):
        if member.actor.type not in _MEMBERS or accelerator.actor.type not in _ACCELERATORS:
            continue
        if member.actor.id == accelerator.actor.id or not _WENT_THROUGH.fullmatch(text, member.end, accelerator.start):
            continue
        batch = _ITS_BATCH.match(text, accelerator.end)
        if batch is not None:
            facts.append(Fact(member.actor, "PARTICIPATES_IN", accelerator.actor, {"confidence": 0.7},
                              evidence(member.start, batch.end())))
    return facts
