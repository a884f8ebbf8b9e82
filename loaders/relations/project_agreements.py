"""Signatories of an agreement made for a named project: they take part in it.

Local and industry news reports a signing ceremony as "A는 B, C, D 등 12개 기관과 'P' 조성을 위한
업무협약을 체결했다": the organisations listed before 와/과 sign up to build P with the host, so
each takes part in P (the host's tie with each is read as a partnership elsewhere).
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence

# "'P' 조성을 위한 업무협약을 체결했다", "P 구축을 위한 협약을 맺었다": an agreement made for P.
_AGREEMENT_FOR = re.compile(r"[’']?\s?(?:사업\s?)?(?:조성|구축|추진|설립|유치|공동\s?개발|활성화)(?:을|를)\s위한\s"
                            r"(?:[^\s,.]+\s){0,2}?(?:업무\s?)?협약(?:을|를)?\s?(?:맺|체결)")
# "D 등 12개 기업·기관과 ": the list's last name, counted, then the signatories' particle.
_COUNTED_WITH = re.compile(r"\s?(?:\([^()]{1,20}\))?\s?등\s?(?:\d+\s?(?:개|곳)\s?)?[가-힣·]{0,10}(?:와|과)\s[‘']?$")
# ", ", "(이하 E), ", " 및 ": what stands between two names of the list.
_LIST_GAP = re.compile(r"\s?(?:\([^()]{1,20}\))?\s*(?:,|·|및)\s*")


def project_signatories(text: str, mentions: list[Mention], doc_id: str, line_at) -> list[Fact]:
    """PARTICIPATES_IN the project for each organisation an agreement for it was signed with."""
    if "협약" not in text or "위한" not in text:
        return []
    facts = []
    for i, project in enumerate(mentions):
        if project.actor.type != "Program" or not _AGREEMENT_FOR.match(text, project.end):
            continue
        facts += [Fact(m.actor, "PARTICIPATES_IN", project.actor, {"confidence": 0.6},
                       sentence_evidence(doc_id, line_at, text)) for m in _signed_with(text, mentions[:i], project.start)]
    return facts


def _signed_with(text: str, before: list[Mention], end: int) -> list[Mention]:
    """The organisations listed right before ``end`` and marked as who the agreement is with
    ("B, C, D 등 12개 기관과" or "B와"), first to last."""
    last = before[-1] if before else None
    if last is None or last.actor.type not in ORGANISATIONS_AND_GOVERNMENT:
        return []
    if not (last.particle in ("와", "과") and not text[last.after:end].strip(" ‘'")
            or not last.particle and _COUNTED_WITH.fullmatch(text, last.end, end)):
        return []
    listed = [last]
    for m in reversed(before[:-1]):
        if m.particle or m.actor.type not in ORGANISATIONS_AND_GOVERNMENT or not _LIST_GAP.fullmatch(text, m.end, listed[0].start):
            break
        listed.insert(0, m)
    return listed
