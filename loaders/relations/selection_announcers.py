"""Who announces a programme's selection: the ministry that runs it and the agency that manages it.

Korean news opens a selection story with the bodies announcing it as the subject: "과학기술정보통신부와
정보통신기획평가원(IITP)은 7일 'P' 2단계 심사 결과 A, B 등 4곳을 최종 선정했다고 발표했다",
"중기부와 한국벤처투자는 'P' 중 X 분야 심사 결과 5개 운용사를 선정했다고 밝혔다". The ministry
selecting for its programme launched it; the agency beside it (전담기관, 운용기관) takes part in it.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.relations.fact import Fact

_JOINED = ("와", "과")
# A ministry, a presidential committee or an agency of cabinet rank names itself so.
_MINISTRY_NAME = re.compile(r"(?:부|처|청|위원회)$|^Ministry\b")
# What may stand between the announcers and the programme: a date ("7일"), a short phrase.
_BEFORE_PROGRAMME = re.compile(r"\s(?:[^\s,.]+\s){0,3}?")


def selection_announcers(text: str, mentions: list[Mention], selected_for: Mention | None, evidence) -> list[Fact]:
    """LAUNCHED (the ministry) and PARTICIPATES_IN (the bodies beside it) for the subjects of a
    sentence announcing the selection for ``selected_for``, a programme the sentence names."""
    if selected_for is None or selected_for not in mentions:
        return []
    before = [m for m in mentions if m.end <= selected_for.start]
    if not before or before[-1].particle not in SUBJECT_OR_TOPIC \
            or not _BEFORE_PROGRAMME.fullmatch(text, before[-1].after, selected_for.start):
        return []
    announcers = [before[-1]]
    for m in reversed(before[:-1]):
        if m.particle not in _JOINED or text[m.after:announcers[0].start].strip():
            break
        announcers.insert(0, m)
    if not all(m.actor.type in ORGANISATIONS_AND_GOVERNMENT for m in announcers) \
            or not any(is_ministry(m) for m in announcers):
        return []
    return [Fact(m.actor, "LAUNCHED" if is_ministry(m) else "PARTICIPATES_IN", selected_for.actor,
                 {"confidence": 0.6}, evidence(announcers[0].start, selected_for.end)) for m in announcers]


def is_ministry(m: Mention) -> bool:
    """True for a ministry, a state or a body of cabinet rank, by its name ("과학기술정보통신부", "한국
    정부"), not an agency it runs programmes through ("정보통신산업진흥원")."""
    return m.actor.type == "Government" and bool(
        _MINISTRY_NAME.search(m.actor.name) or _MINISTRY_NAME.search(m.actor.name_ko or "") or _MINISTRY_NAME.search(m.surface))
