"""What a government puts money into, when the report says what it is for instead of naming it.

"정부는 파운데이션 모델을 훈련하기 위해 1억 파운드를 투입하고, 슈퍼컴퓨터 등 AI 인프라
구축에는 9억 파운드를 투자한다": each amount funds a programme known only by its purpose ("the
training of foundation models", "supercomputers and other AI infrastructure"). The purpose as
written names the programme, the amount is the funding's amount. The building word (구축, 조성 ...)
is dropped: the programme is the thing built, as "AI 인프라 구축에 투자" funds the infrastructure.

Only a state: "A사는 데이터센터 구축에 10조 원을 투자" is a firm's own spending, not a
programme. A coordinated clause keeps the subject of the first ("정부는 ... 투입하고, ... 투자한다").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.model import Actor
from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.noun_phrases import is_bare_noun
from loaders.relations.fact import Fact, discovered_programme
from loaders.relations.listed_policies import state_acting
from loaders.relations.programme_money import Evidencer

_SUBJECT = ("은", "는", "이", "가")
# After the amount: its gloss, the object particle and the spending verb.
_SPENT = re.compile(r"(?:\s?[(（][^()（）]{1,30}[)）])?(?:을|를)\s(?:[^\s,.]+\s)?(?:투입|투자|배정|편성)")
# Before the amount: "X 구축에는 ", "X에 ", or the purpose "X을 Y하기 위해 ".
_ON = re.compile(r"(?:\s(?:구축|조성|확충|마련|건설))?에(?:는|도)?\s?(?:약\s|총\s)?$")
_FOR = re.compile(r"(?<=[^\s,.])(?:을|를)\s(?P<verb>[가-힣]{1,6})하기\s?위(?:해|하여|한)\s?(?:약\s|총\s)?$")
_INSIDE = frozenset({"등", "및"})
_MIN_WORDS, _MAX_WORDS = 2, 6


def money_spent_on(text: str, mentions: list[Mention], government_of: Callable[[str], Actor | None],
                   evidence: Evidencer) -> list[Fact]:
    """FUNDS from the state subject to each purpose-described programme of the sentence."""
    if "위해" not in text and "에는" not in text and "에 " not in text:
        return []
    facts: list[Fact] = []
    for amount in find_amounts(text):
        if not _SPENT.match(text, amount.end):
            continue
        described = _purpose(text, amount.start, mentions)
        if described is None:
            continue
        lo, name = described
        giver = _state_subject(text, mentions, lo, government_of)
        if giver is None:
            continue
        programme = discovered_programme(name, giver.country, scoped_to=giver)
        facts.append(Fact(giver, "FUNDS", programme, {**amount.properties(), "confidence": 0.6},
                          evidence(lo, amount.end)))
    return facts


def _purpose(text: str, pos: int, mentions: list[Mention]) -> tuple[int, str] | None:
    """Where the purpose before the amount at ``pos`` starts, and its name."""
    head = text[max(0, pos - 80):pos]
    base = pos - len(head)
    on = _ON.search(head)
    purpose = _FOR.search(head) if on is None else None
    end = base + (on or purpose).start() if (on or purpose) else None
    if end is None:
        return None
    start = description_start(text, end, mentions)
    if start is None:
        return None
    name = text[start:end] if on else text[start:base + purpose.start("verb") + len(purpose.group("verb"))]
    return start, name


def description_start(text: str, end: int, mentions: list[Mention]) -> int | None:
    """The start of the bare noun phrase that ends at ``end``, of two words or more, none of
    them a name (a named target is read by the frames)."""
    words = text[max(0, end - 60):end].split(" ")
    taken: list[str] = []
    for word in reversed(words):
        if not word or not (is_bare_noun(word) or (word in _INSIDE and taken)) or len(taken) == _MAX_WORDS:
            break
        taken.insert(0, word)
    while taken and taken[0] in _INSIDE:
        taken.pop(0)
    if len(taken) < _MIN_WORDS:
        return None
    start = end - len(" ".join(taken))
    return None if any(start < m.end and m.start < end for m in mentions) else start


def _state_subject(text: str, mentions: list[Mention], pos: int,
                   government_of: Callable[[str], Actor | None]) -> Actor | None:
    """The subject before ``pos``, if it is a state: a country acts through its government."""
    subject = next((m for m in reversed(mentions) if m.end <= pos and m.particle in _SUBJECT), None)
    if subject is None:
        return None
    return state_acting(subject.actor, government_of)
