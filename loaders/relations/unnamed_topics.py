"""A Korean sentence that opens on a topic of its own ("그리드하모닉스는 ...") is about that topic,
even when the reader does not know the word as a name: an act the sentence leaves without a
subject is the topic's, not the company the sentences before were about."""
from __future__ import annotations

import re

from loaders.authors import PUBLISHER_WORDS
from loaders.corporate_names import SELF
from loaders.mentions import Mention

# The first word of a sentence (after a bullet), marked as its topic with 은/는; not "9월에는".
_OPENING_TOPIC = re.compile(r"\s*(?:[○□ㅇ▶◦·*-]\s*)?([가-힣A-Za-z][가-힣A-Za-z0-9&.-]{1,30})(?<!에)(?<!에서)(?:은|는)\s")
# Opening words marked 은/는 that name no one: times, connectives, and words pointing back to the
# topic the sentences before held ("이들은", "회사는").
_NO_NEW_TOPIC = frozenset((
    "올해", "현재", "이번", "당시", "지금", "내년", "작년", "지난해", "향후", "최근", "이후", "한편", "특히", "이어",
    "다만", "또한", "결국", "앞서", "오늘", "이날", "그동안", "이들", "회사", "기업", "업체", "동사", "이곳", "해당",
    "스타트업", "양사", "그간", "일단", "우선", "먼저", "다음", "나머지", "대신"))

# "클라우드 인프라는 B와 손잡았다": a field of the business as the topic ("as for ..."), not an agent;
# the company the passage is about acts in it. So too a side or segment of the business ("철강 쪽은",
# "국내 사업은", "반도체 부문은", "해외는", "양산은"), a phase or a batch ("1단계 60MW는", "2차 물량은") and a sum or a
# capacity ("투자금은", "이 중 200억 원은", "60MW는"): contrastive topics that name no one.
FIELD_AS_TOPIC = re.compile(r"(?:인프라|기술|제품|서비스|플랫폼|솔루션|판로|공급망|유통|마케팅|데이터"
                            r"|쪽|부문|사업|분야|영역|시장|국내|해외|판매|영업|수출|생산|양산|물량|투자금|자금|금액|예산"
                            r"|(?<![\w.])\d+\s?(?:단계|차)(?:\s[^\s,.]+)?"
                            r"|(?<![\w.])\d[\d,.]*\s?(?:조|억|만|천만)?\s?(?:원|달러|유로|엔|위안|MW|GW|메가와트|기가와트))"
                            r"(?:은|는)$")


def opens_on_its_own_topic(text: str, mentions: list[Mention]) -> bool:
    """True if ``text`` opens on a topic word that is no name already read: the sentence's
    subject, so the passage's topic is not carried into it."""
    opening = _OPENING_TOPIC.match(text)
    if opening is None or opening.group(1) in _NO_NEW_TOPIC or FIELD_AS_TOPIC.search(text, 0, opening.end() - 1):
        return False  # "해외는", "투자금은": a topic naming no one leaves the company before the subject
    return not any(m.start < opening.end() and opening.start(1) < m.end for m in mentions)


# "당행도", "당사는", "본원이": what a bank's, a company's or an institute's own publication calls its
# publisher, marked as a subject; not "당사자" (a party) nor "당사국" (a state party).
# The words are the ones the masthead reader and the company reader know (authors.PUBLISHER_WORDS,
# corporate_names.SELF), and "본행", a bank's other word for itself.
_PUBLISHER_AS_SUBJECT = re.compile(r"(?<![가-힣])(?:" + "|".join((SELF, *PUBLISHER_WORDS, "본행"))
                                   + r")(?:은|는|이|가|도)(?=[\s,])")
_SUBJECT_PARTICLES = frozenset(("이", "가", "은", "는", "도", "께서"))


def unnamed_publisher_acts(text: str, mentions: list[Mention], end: int) -> bool:
    """True if the last subject before ``end`` is the publisher's word for itself and no name was
    read there ("A는 B와 계약을 맺었으며, 당행도 C와 공동 개발 중"): the clause is the publisher's
    act, not the topic's named before; a publisher the document does not name acts for no one known."""
    if "당" not in text and "본" not in text:
        return False
    publisher = max(_PUBLISHER_AS_SUBJECT.finditer(text, 0, end), key=lambda m: m.start(), default=None)
    if publisher is None or any(m.start < publisher.end() and publisher.start() < m.end for m in mentions):
        return False
    return not any(publisher.end() <= m.start and m.end <= end and m.particle in _SUBJECT_PARTICLES for m in mentions)
