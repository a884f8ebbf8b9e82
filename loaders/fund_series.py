"""Korean fund names numbered in their manager's series: "에이티넘 AI 인프라 2호 펀드", "브라이트포지
AI 밸류업 1호에 150억 원을 넣는다".

A Korean VC names each fund it raises after itself, a theme and the fund's number in its series
(N호), with or without the head 펀드/투자조합. Read word by word, the manager's known name is
found and the rest is lost, so the money paid into the fund or invested by it is given to the
manager. The number after a known investor's name and a few bare nouns marks the whole phrase as
one fund's name. Without the head, the number must be followed by a particle or a gloss, so that
"네이버 1호 투자처" (its first investee) names nothing.
"""

from __future__ import annotations

import re

from graph.model import Actor, slugify
from loaders.mentions import Mention, particle_at
from loaders.noun_phrases import is_bare_noun, word_ends

# After the manager's name: up to three bare words, the series number and the head, if any.
_SERIES_AFTER_MANAGER = re.compile(r"(?P<words>(?:\s[가-힣A-Za-z0-9&·-]+){0,3}?)\s(?:제\s?)?\d{1,2}호"
                                   r"(?P<head>\s?(?:펀드|투자조합|벤처투자조합|조합))?")


def series_funds(text: str, known: list[Mention]) -> list[Mention]:
    """Fund names that open with a known investor's name and end in a series number."""
    found: list[Mention] = []
    if "호" not in text:
        return found
    for manager in known:
        if manager.actor.type != "Investor" or manager.particle:
            continue
        m = _SERIES_AFTER_MANAGER.match(text, manager.end)
        if m is None or not all(is_bare_noun(w) for w in m.group("words").split()):
            continue
        end = m.end()
        ends_here = word_ends(text, end) if m.group("head") else _particle_or_gloss(text, end)
        if not ends_here or any(k is not manager and k.start < end and manager.start < k.end for k in known):
            continue
        name = text[manager.start:end]
        bare = text[manager.start:m.start("head")] if m.group("head") else name
        mention = Mention(manager.start, end, _fund(name, bare), name, discovered=True)
        mention.particle, mention.after = particle_at(text, end)
        found.append(mention)
    return found


def _particle_or_gloss(text: str, pos: int) -> bool:
    """True if a particle, a bracket or punctuation follows ``pos`` (not another noun)."""
    return text[pos:pos + 1] in ("(", "（", ",", ".", "") or bool(particle_at(text, pos)[0])


def _fund(name: str, bare: str) -> Actor:
    """The fund, known with and without its head noun (``bare``: the name up to the head the
    series pattern matched), as reports write it both ways."""
    aliases = [n for n in (bare, f"{bare} 펀드") if n != name]
    return Actor(id=slugify(name), name=name, type="Program", kind="fund", discovered=True,
                 name_ko=name, aliases=aliases)
