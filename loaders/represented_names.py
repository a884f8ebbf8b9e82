"""A company named with its head in brackets: "코다온(대표 이태민)은", "하늬랩스(대표이사 김아무)가".

Korean news introduces a small company by the person who runs it, in brackets right after the
name, instead of a descriptor word ("AI 스타트업 X"): only an organisation has a 대표, so the bare
word before the bracket is an organisation's name whatever it is called.
"""

from __future__ import annotations

import re

from loaders.discovery import discovered_actor
from loaders.mentions import Mention, particle_at
from loaders.noun_phrases import is_bare_noun

# "코다온(대표 이태민, 컴퓨터공학과 박사과정)": the name, then its head's post and a person's name.
_NAME_THEN_HEAD = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})"
                             r"\((?:대표이사|대표|공동대표|CEO)\s[가-힣]{2,4}(?=[,·)]|\s[가-힣]{2,4}[,)])[^()]{0,40}\)")


def represented_names(text: str, known: list[Mention]) -> list[Mention]:
    """Unknown names right before a bracket naming their head, outside the ``known`` mentions.
    The mention covers the bracket, so its particle is the one after it."""
    found: list[Mention] = []
    if "(대표" not in text and "(공동대표" not in text and "(CEO" not in text:
        return found
    for m in _NAME_THEN_HEAD.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if not is_bare_noun(name) or any(k.start < end and start < k.end for k in known + found):
            continue
        mention = Mention(start, m.end(), discovered_actor(name, "investee"), name, discovered=True)
        mention.particle, mention.after = particle_at(text, m.end())
        found.append(mention)
    return found
