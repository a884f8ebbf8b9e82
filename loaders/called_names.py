"""Names introduced as "X라는 Y": "'별빛 계획'이라는 프로그램을 내놨다", "솔빛이라는 회사가".

Korean names a thing and says what it is in one phrase: the name, 라는 (or 이라는), then the
kind of thing. The particle that gives the name its role in the sentence follows the kind
("프로그램을"), so the name takes that particle; and the kind says what the name is, which
decides the type of a name nothing else knew.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.mentions import Mention, particle_at
from loaders.programme_heads import head_of

# The name's gloss may stand before 라는 ("'Pass Calcul IA'(우리말로 'AI 계산 패스')라는").
_CALLED = re.compile(r"[’'”\"」』]?(?:\s?[(（][^()（）]{1,60}[)）])?\s?(?:이)?라는\s((?:[가-힣A-Za-z]+\s)?[가-힣]+?)(?=(?:을|를|이|가|은|는|에|에서|와|과|도|의)(?![가-힣]))")
_MODEL_KIND = re.compile(r"(?:모델|LLM|언어모델)$")
_COMPANY_KIND = re.compile(r"(?:스타트업|회사|기업|업체)$")


def called_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name followed by "라는 <kind><particle>" given that particle and,
    when discovered, the type its kind says."""
    if "라는" not in text:
        return mentions
    out = []
    for m in mentions:
        called = _CALLED.match(text, m.end) if not m.particle else None
        if called is None:
            out.append(m)
            continue
        particle, after = particle_at(text, called.end())
        m = replace(m, particle=particle, after=after)
        kind = _kind_type(called.group(1))
        if m.discovered and kind is not None and kind != m.actor.type:
            m = replace(m, actor=replace(m.actor, type=kind))
        out.append(m)
    return out


def _kind_type(kind: str) -> str | None:
    """The actor type a kind noun names: a programme's head (프로그램, 사업, 펀드), a model, a company."""
    if head_of(kind) is not None:
        return "Program"
    if _MODEL_KIND.search(kind):
        return "Model"
    return "Startup" if _COMPANY_KIND.search(kind) else None
