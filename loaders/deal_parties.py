"""Coined names that only a deal's grammar introduces.

A report may name a startup or a fund with no descriptor anywhere ("엔벤처스는 지난달 그립웍스에
100억원을 넣었습니다. 그립웍스는 ..."): no pattern sees a word as a name unless something says
what it is. The deal itself says it: the word that raised a round ("X는 ... 투자를 유치했다"),
or that received money ("X에 ... 투자했다", "X에 ... 넣었다"), or was bought ("X를 인수했다"),
is a party, and a party the document writes again is a name, not a passing noun. Common nouns
fill these places too ("스타트업은 투자를 유치했다"), so a word that ends in a kind of
organisation, reads as a verb form, or comes after a determiner is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.discovery import describes_or_counts, discovered_actor
from loaders.mentions import Mention
from loaders.noun_phrases import POINTERS, is_bare_noun

# A Hangul word with the particle of the place a deal gives it, then the deal's verb in the
# same clause (no sentence end between).
_RAISED = re.compile(r"(?<![가-힣A-Za-z0-9·])(?P<name>[가-힣]{3,8})(?:은|는|이|가)\s(?:[^.\n!?]{0,50}?\s)?"
                     r"(?:투자를?\s?유치|유치했|유치한|유치하며|유치하고|투자를?\s?받았|투자받)")
_RECEIVED = re.compile(r"(?<![가-힣A-Za-z0-9·])(?P<name>[가-힣]{3,8})에\s(?:[^.\n!?]{0,40}?\s)?"
                       r"(?:투자했|투자한|투자하며|투자하고|넣었|베팅했|출자했)")
_BOUGHT = re.compile(r"(?<![가-힣A-Za-z0-9·])(?P<name>[가-힣]{3,8})(?:을|를)\s(?:[^.\n!?]{0,20}?\s)?(?:인수했|인수한|사들였)")
_DEAL_PLACES = (_RAISED, _RECEIVED, _BOUGHT)
_DEAL_VERB = re.compile(r"유치|투자|넣었|베팅|출자|인수|사들였")
# Words ending like a kind of organisation or a plural: a description, not a name; a verb's
# stem before its ending ("개발하는", "추진되는"); a round or stage of funding, which takes
# money like a party does ("시드 라운드에 투자한", "이번 라운드는 ... 유치").
_DESCRIPTION_END = re.compile(r"(?:스타트업|기업|업체|회사|투자사|운용사|기관|정부|펀드|들|측|자회사|하|되|시키|라운드|단계)$")
# "이 회사는", "해당 기업에": a word a demonstrative points back with is a common noun.
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![가-힣])(?:" + "|".join(sorted(POINTERS)) + r")\s$")


def deal_parties(text: str, is_known: Callable[[str], bool]) -> list[Mention]:
    """Mentions (for the document's memory) of Hangul words in ``text`` that stand in a deal's
    place and recur elsewhere in ``text``."""
    if not _DEAL_VERB.search(text):
        return []
    found: dict[str, Mention] = {}
    for pattern in _DEAL_PLACES:
        for m in pattern.finditer(text):
            name = m.group("name")
            if name in found or not _party_like(text, m.start("name"), name, is_known):
                continue
            if len(re.findall(rf"(?<![가-힣A-Za-z0-9]){re.escape(name)}", text)) < 2:
                continue
            found[name] = Mention(m.start("name"), m.end("name"), discovered_actor(name, _role(pattern)), name,
                                  discovered=True)
    return list(found.values())


def _party_like(text: str, start: int, name: str, is_known: Callable[[str], bool]) -> bool:
    return (is_bare_noun(name) and not describes_or_counts(name) and not _DESCRIPTION_END.search(name)
            and not is_known(name) and not _DEMONSTRATIVE_BEFORE.search(text, max(0, start - 4), start))


def _role(pattern: re.Pattern[str]) -> str:
    return "investee" if pattern is not _BOUGHT else "company"
