"""Both parents of a joint venture found it.

"A는 B와 합작법인 C를 세워 ...", "A가 B와 함께 조인트벤처 C를 설립했다": a joint venture has two
parents, and Korean names the second with 와/과 before the word for the venture, the first as
the clause's subject. Both founded C, whichever verb of setting up follows ("세워" is no cue
word of its own: "앞세워", "내세워" end the same way).
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS_AND_GOVERNMENT
from loaders.mentions import Mention
from loaders.relations.fact import Fact

# "합작법인 'C'", "합작사 C", "조인트벤처 C": the word for a joint venture right before its name.
# An abbreviation may gloss the word: "합작법인(JV) 'C'".
JOINT_VENTURE_BEFORE = re.compile(r"(?:합작\s?법인|합작\s?회사|합작사|조인트\s?벤처|JV)(?:\s?[(（][A-Za-z-]{1,10}[)）])?\s?[‘'\"“]?$")
# What may stand between the partner's 와 and the venture word: "함께", "손잡고", "공동으로".
_WITH_THE_PARTNER = re.compile(r"\s*(?:(?:함께|손잡고|손을\s잡고|공동으로)\s*)?(?:합작|조인트|JV)")
# "C를 세워", "C를 지난해 설립했다": a verb of setting up right after the venture (a word may stand between).
# A gloss and a closing quote may come first: "'C(C Corp)' 세움".
_SET_UP_AFTER = re.compile(r"(?:\s?\([^()]{1,40}\))?[’'\"”]?\s?(?:[^\s,.]+\s)?(?:설립|세웠|세운|세워|세우|세움|출범|신설|창립)")
# "가 100% 지분을 보유한 AI 기업 ": a relative clause ending in a few words before the partner.
_DESCRIBES_THE_PARTNER = re.compile(r"[가-힣](?:한|된|운|린|든)\s(?:[^\s,.]+\s){0,3}$")
_SUBJECT_MARKS = ("은", "는", "이", "가")


def joint_founders(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """FOUNDED from the subject (when the sentence names it) and from its 와-partner to the joint
    venture they set up."""
    if "합작" not in text and "조인트" not in text and "JV" not in text:
        return []
    facts = []
    for i in range(1, len(mentions)):
        partner, venture = mentions[i - 1], mentions[i]
        # "A가 사우디 PIF 산하 B와": the subject may stand before words describing the partner
        # "A는 B가 지분을 보유한 기업 C와": B is the subject of the clause describing the partner
        # "(우리는) 일본 B와 합작법인 C를 세웠다": with no marked name before the partner the
        # subject is elided; the partner is a parent all the same
        marked = [m for m in mentions[:i - 1] if m.particle]
        subject = next((m for m in reversed(marked) if not (
            m.particle in ("이", "가") and _DESCRIBES_THE_PARTNER.search(text, m.after, partner.start))),
            mentions[i - 2] if marked else None)
        # a newsletter's clipped "A가 B와 JV 'C' 세움" drops the object's particle
        if ((subject is not None and subject.particle not in _SUBJECT_MARKS) or partner.particle not in ("와", "과")
                or venture.particle not in ("을", "를", "")
                or not JOINT_VENTURE_BEFORE.search(text, max(0, venture.start - 16), venture.start)
                or not _WITH_THE_PARTNER.match(text, partner.after) or not _SET_UP_AFTER.match(text, venture.after)):
            continue
        parents = (subject, partner) if subject is not None else (partner,)
        facts += [Fact(parent.actor, "FOUNDED", venture.actor, {"confidence": 0.7}, evidence(parents[0].start, venture.end))
                  for parent in parents
                  if parent.actor.type in ORGANISATIONS_AND_GOVERNMENT and parent.actor.id != venture.actor.id]
    return facts
