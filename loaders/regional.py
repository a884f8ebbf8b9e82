"""Regional news: "도" and "시" for the province and the city named before, and their budgets.

A regional paper names its province once ("경상남도가 ... 발표한") and then calls it "도" ("도는
18일 ... 밝혔다", "나머지는 도와 B가 매칭한다"); the same holds for a city and "시". Public money is
counted by whose budget it comes from: "도비 80억 원과 창원시 시비 40억 원이 더해져" says the
province and the city each put that much into the project the article is about, and "B로부터 국비
120억 원을 지원받는다" that the ministry B pays its share from the state's budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Evidence
from loaders.amounts import find_amounts
from loaders.mentions import Mention, calls_back
from loaders.relations.fact import Fact

# "도는", "도와 B가", "시의": the word alone, with a particle and a space after it ("도와주다" is
# to help); "시" not before a figure ("시가 1조 원" is a market price), while "도가 150억원을 내고"
# is the province paying.
_PARTICLE_AFTER = r"(?:는|가|와|의|도|에서|로부터)\s"
_BARE_WORD = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<word>도(?=" + _PARTICLE_AFTER + r")|시(?=" + _PARTICLE_AFTER + r"(?!\d)))")
# "도비 80억 원", "창원시 시비 40억 원": a share paid from a province's or a city's budget;
# "B로부터 국비 120억 원을": from the state's, paid by the ministry it comes from.
_BUDGET = re.compile(r"(?<![가-힣])(?P<word>도비|시비|국비)(?=\s?\d)")
_KIND_OF_BUDGET = {"도비": "도", "시비": "시"}
_FROM = ("로부터", "으로부터")


def _kind(m: Mention) -> str | None:
    """"도" for a Korean province's government, "시" for a city's, from how its name ends."""
    if m.actor.type != "Government" or m.actor.country != "KR":
        return None
    surface = m.surface.removesuffix("청")
    return surface[-1] if surface.endswith(("도", "시")) and len(surface) > 2 else None


class RegionalBodies:
    """The province and the city a document named last."""

    def __init__(self) -> None:
        self._last: dict[str, Mention] = {}

    def saw(self, mentions: list[Mention]) -> None:
        for m in mentions:
            kind = _kind(m)
            if kind is not None:
                self._last[kind] = m

    def refer(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Mentions for "도" and "시" standing alone, of the province or city named before."""
        if not self._last:
            return []
        return [mention for _, mention in calls_back(_BARE_WORD, "word", self._last, text, mentions)]

    def budgets(self, text: str, mentions: list[Mention], programme: Mention | None, doc_id: str,
                line_at: Callable[[int], int]) -> list[Fact]:
        """"도비 N원", "X시 시비 N원": the province or the city (named right before, else the last
        one named) funds the programme in play with that amount."""
        if programme is None or "비" not in text:
            return []
        facts = []
        amounts = find_amounts(text)
        for match in _BUDGET.finditer(text):
            payer = self._payer(match, mentions)
            amount = next((a for a in amounts if a.start == match.end()), None)
            if payer is None or amount is None:
                continue
            props = {"confidence": 0.7, **amount.properties()}
            evidence = Evidence(doc_id, line_at(match.start()), text[max(0, match.start() - 60):amount.end + 60])
            facts.append(Fact(payer.actor, "FUNDS", programme.actor, props, evidence))
        return facts

    def _payer(self, budget: re.Match[str], mentions: list[Mention]) -> Mention | None:
        """Whose budget: the province or city named right before "도비"/"시비", else the last one
        named; for "국비", the national body the money comes from ("B로부터 국비")."""
        if budget.group("word") == "국비":
            return next((m for m in reversed(mentions) if m.end <= budget.start() and m.particle in _FROM
                         and m.actor.type == "Government" and _kind(m) is None), None)
        kind = _KIND_OF_BUDGET[budget.group("word")]
        named = next((m for m in mentions if 0 <= budget.start() - m.end <= 1 and _kind(m) == kind), None)
        return named or self._last.get(kind)
