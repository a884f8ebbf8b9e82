"""A Korean sentence that opens on a topic of its own ("그리드하모닉스는 ...") is about that topic,
even when the reader does not know the word as a name: an act the sentence leaves without a
subject is the topic's, not the company the sentences before were about."""
from __future__ import annotations

import re

from loaders.mentions import Mention

# The first word of a sentence (after a bullet), marked as its topic with 은/는; not "9월에는".
_OPENING_TOPIC = re.compile(r"\s*(?:[○□ㅇ▶◦·*-]\s*)?([가-힣A-Za-z][가-힣A-Za-z0-9&.-]{1,30})(?<!에)(?<!에서)(?:은|는)\s")
# Opening words marked 은/는 that name no one: times, connectives, and words pointing back to the
# topic the sentences before held ("이들은", "회사는").
_NO_NEW_TOPIC = frozenset((
    "올해", "현재", "이번", "당시", "지금", "내년", "작년", "지난해", "향후", "최근", "이후", "한편", "특히", "이어",
    "다만", "또한", "결국", "앞서", "오늘", "이날", "그동안", "이들", "회사", "기업", "업체", "동사", "이곳", "해당",
    "스타트업", "양사", "그간", "일단", "우선", "먼저", "다음", "나머지", "대신"))


def opens_on_its_own_topic(text: str, mentions: list[Mention]) -> bool:
    """True if ``text`` opens on a topic word that is no name already read: the sentence's
    subject, so the passage's topic is not carried into it."""
    opening = _OPENING_TOPIC.match(text)
    if opening is None or opening.group(1) in _NO_NEW_TOPIC:
        return False
    return not any(m.start < opening.end() and opening.start(1) < m.end for m in mentions)
