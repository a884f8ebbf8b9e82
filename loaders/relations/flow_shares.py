"""Shares of a country's venture flow, given country by country after the flow is named.

News and card news name a flow between the home country and the rest of the world, then break
it down by country in the next lines: "해외 투자자가 국내 AI 스타트업에 넣은 돈은 1조 2천억 원" ...
"이 가운데 48%가 미국에서 들어왔고, 싱가포르와 일본 자금이 뒤를 이었습니다"; "국내 VC 해외투자" /
"美 62% | 싱가포르 11% | 日 7%". Each country given a share (or named as a source of the money)
is one side of the flow, the home country the other.
"""

from __future__ import annotations

import re

from graph.model import Actor
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "국내 VC 해외투자", "한국 벤처캐피털의 해외 투자": money the home country's investors put abroad.
_OUTBOUND = re.compile(r"(?:국내|한국|우리나라)\s?(?:VC|벤처캐피[털탈]|투자자|투자사|벤처투자)?(?:의|들의)?\s?해외\s?투자")
# "해외 투자자가 국내 AI 스타트업에 넣은 돈", "외국인 VC의 국내 투자": money coming in from abroad.
_INBOUND = re.compile(r"(?:해외|외국|외국인)\s?(?:투자자|자본|VC|벤처캐피[털탈]|투자사|자금)[^.]{0,30}?국내\s?(?:[^\s.]+\s){0,2}?"
                      r"(?:스타트업|기업|벤처)(?:에|에\s?대한)?\s?(?:넣은|투자한|들어온|유입된|투자|유입)")
# After a country: its share ("美 62%", "中 비중은 1%대"), or money said to be its ("일본 자금이").
_SHARE_AFTER = re.compile(r"\s?(?:비중(?:은|이)?\s?)?(?P<pct>\d{1,3}(?:\.\d)?)\s?%")
# (Not "미국 VC X": an investor of the country is one deal's, not a share of the flow.)
_MONEY_AFTER = re.compile(r"(?:와|과)?\s?(?:의\s)?(?:자금|자본)")
# "48%가 미국에서": the share before the country it came from.
_SHARE_BEFORE = re.compile(r"(?P<pct>\d{1,3}(?:\.\d)?)\s?%(?:가|이|는|은)\s$")
_SPAN = 3


class FlowShares:
    """The flow named last in a document and the sentences since."""

    def __init__(self, doc_id: str, home: Actor | None) -> None:
        self._doc_id = doc_id
        self._home = home
        self._inbound: bool | None = None
        self._idle = 0

    def read(self, text: str, mentions: list[Mention], line_at) -> list[Fact]:
        """Facts of one sentence: a flow it names opens the breakdown; its countries' shares follow."""
        if self._home is None:
            return []
        if _OUTBOUND.search(text):
            self._inbound, self._idle = False, 0
        elif _INBOUND.search(text):
            self._inbound, self._idle = True, 0
        elif self._inbound is not None:
            self._idle += 1
            if self._idle > _SPAN:
                self._inbound = None
        if self._inbound is None:
            return []
        facts = [self._flow(m, share, text, line_at) for m, share in _shares(text, mentions)
                 if m.actor.id != self._home.id]
        if facts:
            self._idle = 0
        return facts

    def _flow(self, country: Mention, share: str | None, text: str, line_at) -> Fact:
        source, target = (country.actor, self._home) if self._inbound else (self._home, country.actor)
        props: dict = {"direction": "inbound" if self._inbound else "outbound", "confidence": 0.6}
        if share is not None:
            props["share_pct"] = float(share)
        return Fact(source, "VC_FLOW", target, props,
                    sentence_evidence(self._doc_id, line_at, text))


def _shares(text: str, mentions: list[Mention]) -> list[tuple[Mention, str | None]]:
    """The countries of ``text`` given a share of the flow, or named as money's source, each with
    its share if stated."""
    found = []
    countries = [m for m in mentions if m.actor.type == "Country"]
    for i, m in enumerate(countries):
        after = _SHARE_AFTER.match(text, m.end)
        before = _SHARE_BEFORE.search(text, max(0, m.start - 12), m.start) if m.particle in ("에서", "으로부터", "로부터") else None
        if after or before:
            found.append((m, (after or before).group("pct")))
        elif _MONEY_AFTER.match(text, m.end):
            found.append((m, None))
        elif m.particle in ("와", "과") and i + 1 < len(countries) and _MONEY_AFTER.match(text, countries[i + 1].end):
            found.append((m, None))  # "싱가포르와 일본 자금이": both are sources
    return found
