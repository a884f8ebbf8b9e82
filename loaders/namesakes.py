"""A firm's investment arm and the bare name it carries.

"Kestrel Row Ventures" is the firm a blog calls "Kestrel Row" a line later, or the venture arm of
a company called "Kestrel Row": either way the arm cannot have founded, backed, bought or partnered
its namesake; the only edge between the two is that the arm belongs to it (SUBSIDIARY_OF). A first
person ("three of us started Kestrel Row") resolved to the firm draws such an edge to itself.
"""

from __future__ import annotations

import re

from graph.model import Actor

# "Ventures", "Capital", "벤처스": the word an investment firm or arm adds to its namesake's name.
_ARM_WORD = re.compile(r"(?:\s(?:Ventures|Capital|Partners|Investments?|Management|Advisors|Holdings)"
                       r"|\s?(?:벤처스|캐피탈|파트너스|인베스트먼트))$")


def arm_of_namesake(arm: Actor, namesake: Actor) -> bool:
    """True if ``arm`` is named ``namesake``'s name plus an investment firm's word."""
    bare = _ARM_WORD.sub("", arm.name)
    return bare != arm.name and bare.casefold() == namesake.name.casefold()


def namesake_edge(subject: Actor, relation: str, obj: Actor, undirected: bool) -> bool:
    """True if the edge links an investment arm with its own namesake by anything but ownership."""
    if relation == "SUBSIDIARY_OF":
        return False
    return arm_of_namesake(subject, obj) or (undirected and arm_of_namesake(obj, subject))
