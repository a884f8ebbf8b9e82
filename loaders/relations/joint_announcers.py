"""Bodies that announce a plan together: "정부는 A와 B 합동으로 ‘P’를 발표하였다".

Korean names the bodies acting together as a list closed by "합동으로" or "공동으로" and leaves the
sentence's subject (often "정부는") as the umbrella: each listed body launched the plan as much
as the umbrella did.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "A와 B 합동으로 ", "A, B 공동으로 ": the list's last name, then the word saying they act together.
_TOGETHER = re.compile(r"\s?(?:합동|공동)(?:으로)?\s")
# "‘P’를 발표하였다", "P를 공동 수립했다": the plan, then a verb of setting it out.
_ANNOUNCED = re.compile(r"\s?(?:[^\s,.]+\s){0,2}?(?:발표|출범|수립|마련|내놓|공개|시행|신설)")
_BODIES = ("Government", "Investor", "Company", "University")


def joint_announcers(text: str, mentions: list[Mention], evidence: Callable[[int, int], Evidence]) -> list[Fact]:
    """LAUNCHED from each body of an "A와 B 합동으로" list to the plan it announces."""
    if "합동" not in text and "공동" not in text:
        return []
    for i, last in enumerate(mentions):
        together = _TOGETHER.match(text, last.after or last.end)
        if together is None or last.particle or last.actor.type not in _BODIES:
            continue
        bodies = _listed_before(text, mentions[:i + 1])
        plan = mentions[i + 1] if i + 1 < len(mentions) else None
        if (len(bodies) < 2 or plan is None or plan.actor.type != "Program" or plan.particle not in ("을", "를")
                or text[together.end():plan.start].strip() or not _ANNOUNCED.match(text, plan.after)):
            return []
        return [Fact(b.actor, "LAUNCHED", plan.actor, {"confidence": 0.6}, evidence(bodies[0].start, plan.end))
                for b in bodies]
    return []


def _listed_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """The list of bodies ending with the last of ``mentions``: "A와 B", "A, B와 C"."""
    listed = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if m.actor.type not in _BODIES or m.particle not in ("와", "과", "") or text[m.after or m.end:listed[0].start].strip(" ,"):
            break
        listed.insert(0, m)
    return listed
