"""A manager named in brackets after what it runs: "모태펀드(운용 한국벤처투자)가 240억원을 매칭했다".

Korean news glosses a fund or a programme with who runs it, and the particle after the bracket
marks the fund, not the manager inside it: the fund matched the money. The manager keeps no
particle of its own, so no frame reads it as the clause's subject.
"""

from __future__ import annotations

import re

from loaders.mentions import Mention

# "(운용 ", "(운용사: ", "(운영기관 ": the bracket opening with the running role, right before the manager.
_ROLE_OPENING = re.compile(r"\s?[(（](?:운용|운영|관리|주관|전담)(?:사|기관)?\s?[:：]?\s?")
_CLOSING = re.compile(r"[)）]")


def give_glossed_particles_back(text: str, mentions: list[Mention]) -> None:
    """Move the particle after "X(운용 Y)" from the manager Y to X."""
    for outer, inner in zip(mentions, mentions[1:], strict=False):
        if inner.particle and _ROLE_OPENING.fullmatch(text, outer.end, inner.start) and _CLOSING.match(text, inner.end):
            outer.particle, outer.after = inner.particle, inner.after
            inner.particle, inner.after = "", inner.end
