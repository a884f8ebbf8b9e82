"""The sources a Korean sentence cites: "피치북에 따르면", "차이신 등에 따르면", "업계 자료에 의하면".

News reports attribute their figures to a data provider, a paper or a ministry ("according to
X"); the source reports the deal and takes no part in it, yet a frame that finds no subject of
its own would take it for the object of the topic carried over from the sentence before. The
English readers leave such sources out already (english_business.sources_left_out).
"""

from __future__ import annotations

import re

from loaders.mentions import Mention

# After the name: the bracket it stands in ("투자은행(IB) 업계에"), a gloss in brackets, "등" (and
# others), a possessive and one noun ("의 집계", " 자료"), then "에 따르면" / "에 의하면".
_CITED_AFTER = re.compile(r"\)?(?:\s?\([^()]{0,30}\))?(?:\s?등)?(?:의?\s?[가-힣]{1,6})?에\s?(?:따르면|의하면)")


def korean_sources_left_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those the sentence cites as its source."""
    if "따르면" not in text and "의하면" not in text:
        return mentions
    return [m for m in mentions if not _CITED_AFTER.match(text, m.end)]
