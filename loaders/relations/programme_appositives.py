"""A programme glossed by its owner's possessive: "GENIAC, the Ministry of X's program that ...",
"Bhashini, the ministry's national language mission", "the IndiaAI Mission, the Centre's Rs 10,372
Cr programme run by the Ministry of Y".

English news introduces a public scheme by an appositive saying whose it is; the owner set it up
(LAUNCHED). A "run by X" after the programme's noun names the body that runs it: X launched it,
whoever the possessive names (often a word for the state, "the Centre", that names no actor).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from graph.model import Evidence
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# After the programme's name: a bracketed gloss, a comma, the owner and "'s", a few words of
# description, the noun saying it is a programme, and perhaps who runs it.
_OWNER_GLOSS = re.compile(r"(?:\s?\([^()]{1,80}\))?,\s+(?:the\s+)?(?P<owner>[^;()]{1,80}?)['’]s\s+(?:[^;()]{0,50}?\s)?"
                          r"(?:programme|program|mission|scheme|initiative)\b"
                          r"(?P<run>\s+(?:run|operated|managed|administered|overseen)\s+by\s+(?:the\s+)?)?")
# The parties a programme may be set up by.
LAUNCHERS = ("Government", "Country", "Company", "Investor", "University")
# A name as an appositive's possessor: ", the ministry's", ", Acme's".
_APPOSITIVE_POSSESSOR = re.compile(r",\s+(?:the\s+)?$")


def glossed_programme_owners(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """LAUNCHED from a programme's owner (or the body said to run it) to the programme."""
    if "'s" not in text and "’s" not in text:
        return []
    facts = []
    starts = {m.start: m for m in mentions}
    for programme in mentions:
        if programme.actor.type != "Program" and not programme.discovered:
            continue
        gloss = _OWNER_GLOSS.match(text, programme.end)
        if gloss is None:
            continue
        owner = starts.get(gloss.start("owner"))
        owner = owner if owner is not None and owner.end == gloss.end("owner") else None
        launcher = starts.get(gloss.end("run")) if gloss.group("run") else owner
        if launcher is None or launcher.actor.type not in LAUNCHERS or launcher.actor.id == programme.actor.id:
            continue
        actor = programme.actor if programme.actor.type == "Program" else replace(programme.actor, type="Program", kind=None)
        facts.append(Fact(launcher.actor, "LAUNCHED", actor, {"confidence": 0.7}, evidence(programme.start, gloss.end())))
    return facts


def appositive_possessor(text: str, m: Mention) -> bool:
    """True if ``m`` owns the appositive it opens ("with Bhashini, the ministry's mission"): it
    says whose the name before it is, and is no party to the sentence's deal."""
    return bool(_APPOSITIVE_POSSESSOR.search(text, max(0, m.start - 8), m.start)) and text[m.end:m.end + 2] in ("'s", "’s")
