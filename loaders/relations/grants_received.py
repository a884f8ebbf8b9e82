"""The state's grant a company receives, stated with the company left unsaid.

Korean news about the winners of a state programme presents a winner, then gives its grant in a
sentence that drops it as the subject the paragraph is about: "(B 컨소시엄은 ... 개발한다.)
출연금 140억원을 받는다", "이번 선정으로 정부출연금 420억원을 받는다", "연구개발비 520억원을
지원받는다". 출연금, 지원금, 국비 and a state's 연구개발비 are the government's, so the government
that brought the programme in pays the company the sentence before was about.
"""

from __future__ import annotations

import re

from loaders.amounts import find_amounts
from loaders.mentions import Mention
from loaders.relations.fact import Fact, sentence_evidence
from loaders.relations.selection_announcers import is_ministry

# "출연금 140억원", "정부출연금은 157억원", "과제 지원금 12억원": state money, its amount next.
_GRANT = re.compile(r"(?:출연금|지원금|국비|연구개발비|보조금)(은|는)?\s(?:총\s?|약\s?|최대\s?)?(?=\d)")
# "... 을 받는다", "... 을 지원받는다", "출연금은 157억원이다": the unsaid subject receives it.
_RECEIVED = re.compile(r"(?:을|를)\s(?:[^\s,.]+\s)?(?:지원\s?)?받(?:는다|았다|게\s|으며|고\s|아\s|습니다)")
# "출연금은 157억원이다", "출연금은 165억원으로 가장 많다": the grant as the topic, its amount the copula's.
_STATED = re.compile(r"(?:이다|이며|입니다|으로\s)")
_SUBJECTS = ("은", "는", "이", "가", "도")
_RECIPIENTS = ("Startup", "Company", "University")


def grant_to_the_dropped_subject(text: str, mentions: list[Mention], previous_topic: list[Mention],
                                 programme: Mention | None, owner: Mention | None, doc_id: str, line_at) -> list[Fact]:
    """FUNDS from the ministry that brought the passage's programme in, to the one company the
    sentence before in the paragraph was about, for the grant the sentence says is received
    with no recipient named. A sentence naming a subject of its own is left to the frames (it
    says who receives); a paragraph's first sentence carries no one (``previous_topic`` is empty)."""
    if programme is None or owner is None or not is_ministry(owner) or len(previous_topic) != 1:
        return []
    recipient = previous_topic[0]
    if recipient.actor.type not in _RECIPIENTS or any(m.particle in _SUBJECTS for m in mentions):
        return []
    grant = _GRANT.search(text)
    if grant is None:
        return []
    amount = next((a for a in find_amounts(text) if grant.end() - 1 <= a.start <= grant.end()), None)
    if amount is None or not (_RECEIVED.match(text, amount.end) or (grant.group(1) and _STATED.match(text, amount.end))):
        return []
    return [Fact(owner.actor, "FUNDS", recipient.actor, {"confidence": 0.6, **amount.properties()},
                 sentence_evidence(doc_id, line_at, text))]
