"""Where a Korean noun phrase begins: the words before a head noun that still belong to it.

Discovery finds a name by its last word (a programme's "계획", a person's "대표") and walks
left while the words are bare nouns. A word that ends in a case particle ("규모의",
"강화를"), in a verb's adnominal or connective ending ("포함한", "도입한다는", "추진하며"), an
amount or date ("1조", "2025년"), punctuation, or "등" closes the phrase.

Many nouns end in a syllable that is also a particle ("국가", "제도", "하이웨이"). Korean
phonology tells most of them apart: 이/은/을/과/으로 follow a final consonant (batchim) and
가/는/를/와/로 a vowel, so "국가" (국 has a batchim) cannot be 국 + subject 가, while "정부가"
can. A two-syllable word ending in 도/과/로 is taken for a noun ("선도", "성과", "경로"); the few
common nouns these rules still misread are listed in ``_NOUNS_LIKE_PARTICLES``.
"""

from __future__ import annotations

import re

from loaders.mentions import particle_at

# Particles (and the copula's adnominal 인) that end a word standing before a noun it does not
# belong to, longest first, each with the final sound its stem must have:
# "c" after a consonant, "v" after a vowel (or ㄹ for 로), "" after either.
_PARTICLE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("에서", ""), ("에게", ""), ("까지", ""), ("부터", ""), ("으로", "c"), ("이나", "c"), ("처럼", ""),
    ("보다", ""), ("라는", "v"), ("이라는", "c"),
    ("의", ""), ("에", ""), ("도", ""), ("만", ""),
    ("이", "c"), ("은", "c"), ("을", "c"), ("과", "c"),
    ("가", "v"), ("는", "v"), ("를", "v"), ("와", "v"), ("로", "vl"),
)
_ENDINGS = tuple(ending for ending, _ in _PARTICLE_ENDINGS)
# Verb endings that make a word a modifier clause or a clause of its own ("강화한",
# "도입한다는", "추진하며", "위한", "새로운", "따른").
_VERB_ENDING = re.compile(r"(?:한|된|할|될|던|는|운|른|인|고|해|하며|되며|으며|하여|되어|해서|하면|지만|거나|도록|겠다는|다는|려는)$")
# A verb's connective ending ("있어", "맡아", "추진해야"); the nouns that end the same way are
# mostly loanwords ("소프트웨어", "미디어", "아시아") and a few others ("분야").
_CONNECTIVE = re.compile(r"[가-힣](?:아|어|야)$")
_NOUNS_ENDING_LIKE_CONNECTIVES = re.compile(r"(?:웨어|디어|코어|시아|리아|니아|분야|시야|코리아|아이디어)$")
# Common nouns that end in a syllable read as a particle or verb ending above.
_NOUNS_LIKE_PARTICLES = frozenset("""
성과 결과 효과 교과 학과 분과 부과 초과 통과 도로 고속도로 경로 회로 통로 항로 진로 제도 정도 속도 시도 지도
한도 용도 태도 강도 밀도 빈도 추가 증가 대한 권한 제한 기한 무한 최대한 디자인 체인 블록체인 개인 도메인 온라인
오프라인 라인 파이프라인 가이드라인 소버린 엔진 비전 버전 스크린 플랜 캠페인 머신 확인 승인 역할 주도 반도 전도 인도 기술인 과학기술인 외국인 법인 요인
최고 광고 보고 재고 창고 경고 참고 사고 원고 예고 신고 공고 이해 피해 손해 침해 방해 올해 동해 서해 남해
""".split())
# Words that point back at or count what they open ("이 회사", "해당 기업", "두 회사"): a noun
# after them is a common noun, never a name.
POINTERS = frozenset("이 그 저 이번 해당 동 본 각 여러 모든 두 세".split())
# Words that open a noun phrase without naming anything: demonstratives, determiners, adverbs.
DETERMINERS = POINTERS | frozenset("""
전 총 약 또한 특히 이에 한편 먼저 현재 최근 신규 기존 관련 주요 각종 일부
당시 향후 또 및 등 즉 바로 다시 더 새 첫 별도 기타 자체 자사 이후 이어 아울러 나아가 다만 또는 혹은 대규모 범정부
한 네 몇 전임 신임 각각 역시 함께 모두 다음 이른바 일명
""".split())
# Words inside a phrase that make it a description of a set of things, not one thing's name:
# quantifiers and pointers ("AI 관련 모든 주요 정책") and counters after a number or a native
# numeral ("세 가지 행정명령").
_NOT_IN_NAMES = frozenset("모든 주요 각종 여러 일부 각 몇 관련 기타 이 그 저 해당 이번 가지 개 건 곳 종 개국 차례".split())
# Adverbs and fixed verb forms that never stand inside a name ("이에 따라", "AI를 위해").
_NOT_NOUNS = frozenset("""
따라 위해 통해 대해 의해 비해 관해 향해 함께 이어 아울러 나아가 또한 특히 한편 먼저 다시 더 또 즉 바로 역시 모두 각각
이른바 일명 가장 매우 크게 새롭게 적극 본격 처음 이미 아직 현재 최근 당시 향후 올해 작년 내년 지난해
수 것 데 바 중 측 간 아래 위 속 밖 이후 이전 이상 이하 대비 내 외 사이 산하 각국 상반기 하반기 분기 연말 연초 기간 상당
할 될 하는 되는 아닌 아니라 맞춘 갖춘 살펴본 만든 세운 지닌 가진 담은 넘은 이룬 둔 앞둔 본 온 간 된 든
""".split())
# Nouns that close a description rather than start a name: "혁신 기반 경제안보 전략" names
# nothing; "경제안보 전략" is what is left of a name after them. A superlative or a size
# ("유럽 최대 규모 AI 캠퍼스") ranks a thing; it does not name it.
_DESCRIPTIVE = frozenset("기반 중심 위주 대상 수준 차원 방향 형태 방식 일환 목적 목표 분야 부문 측면 규모 최대 최고 최초".split())
# Verbal nouns (the 하다 nouns) that close a phrase naming an act, not a thing: "국가데이터센터
# 설치", "140개 중국 기업 추가". A policy or an organisation is named by what it is, not by what
# someone does ("에너지 고속도로", "소리결"), so a phrase ending in one of these names no actor.
_ACTS = frozenset("""
설치 구축 조성 확충 신설 증설 도입 확대 추가 강화 확보 훈련 지정 착수 유치 투입 배치 보급 이전 전환 설립
""".split())
# A two-syllable word ending in 도, 과 or 로 is a noun ("선도", "제도", "성과", "경로"): these
# particles rarely follow a one-syllable noun in running text.
_NOUN_FINAL_IN_PAIRS = frozenset("도과로")
_JONGSEONG_RIEUL = 8
# A footnote number PDF extraction glued to a word ("프로젝트30)를").
FOOTNOTE_NUMBER = re.compile(r"\d{1,3}\)")
_WORD = re.compile(r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9·+&\-]*")
# A number that belongs to a name ("15대 ... 프로젝트", "3개년 행동계획", "G7"); other numbers
# are amounts, counts or dates ("1조", "5곳을", "2025년").
_NAME_NUMBER = re.compile(r"\d+(?:대|개년|차|단계|기)$|[A-Za-z]+\d+[A-Za-z]*$|\d+[A-Za-z]+$")


def final_sound(syllable: str) -> str:
    """"c" if a Hangul syllable ends in a consonant, "l" if in ㄹ, "v" if in a vowel, "" otherwise."""
    if not "가" <= syllable <= "힣":
        return ""
    jong = (ord(syllable) - 0xAC00) % 28
    return "v" if jong == 0 else "l" if jong == _JONGSEONG_RIEUL else "c"


def particle_ending(word: str) -> str:
    """The particle a word ends in ("규모의" -> "의"), or "" if it is a bare noun ("국가")."""
    if (word in _NOUNS_LIKE_PARTICLES or (len(word) == 2 and word[1] in _NOUN_FINAL_IN_PAIRS)
            or not word.endswith(_ENDINGS)):  # one test for the words that end in none
        return ""
    for ending, after in _PARTICLE_ENDINGS:
        if not word.endswith(ending) or len(word) == len(ending):
            continue
        sound = final_sound(word[-len(ending) - 1])
        if not after or not sound or sound in after or (sound == "l" and "c" in after and ending != "로"):
            return ending
    return ""


def is_bound_noun_with_particle(word: str) -> bool:
    """True if ``word`` is a one-syllable bound noun and its particle ("측은" in "회사 측은",
    "중에"): what follows a descriptor there is no name."""
    return len(word) >= 2 and word[0] in _NOT_NOUNS and particle_ending(word) == word[1:]


def is_bare_noun(word: str) -> bool:
    """True if ``word`` can stand inside a noun phrase before its head ("AI", "인프라", "15대")."""
    if not _WORD.fullmatch(word) or word in _NOT_NOUNS or word in _DESCRIPTIVE or word in ("등", "및", "또는", "혹은"):
        return False
    if word[0].isdigit() and not _NAME_NUMBER.match(word):
        return False
    if word in _NOUNS_LIKE_PARTICLES:
        return True
    return not particle_ending(word) and not (len(word) > 1 and (_VERB_ENDING.search(word) or (
        _CONNECTIVE.search(word) and not _NOUNS_ENDING_LIKE_CONNECTIVES.search(word))))


def names_an_act(phrase: str) -> bool:
    """True if ``phrase`` ends in a verbal noun (see ``_ACTS``): it describes an act, it names nothing."""
    words = phrase.split()
    return bool(words) and words[-1] in _ACTS


# "모태펀드 2026년 1차 정시 출자사업": the year of a call inside a programme's name, before its round.
_CALL_YEAR = re.compile(r"(?:19|20)\d{2}년")


# "인공지능(AI)·바이오": a word's abbreviation glossed inside it, before what the word goes on with.
# Without it the word is a bare noun, so the name does not lose its first word ("... 융합 클러스터").
_ABBREVIATION_INSIDE = re.compile(r"[(（][A-Za-z]{1,6}[)）](?=[·가-힣])")


def phrase_start(text: str, head_start: int, stops: list[tuple[int, int]], max_words: int = 6) -> tuple[int, list[str]]:
    """Where the noun phrase whose last word starts at ``head_start`` begins, and the words
    that stand before that last word.

    Words are separated by single spaces; ``stops`` are spans (other names) the phrase may not
    take in. Determiners at the left edge are dropped ("대규모 AI 보안 기금" -> "AI 보안 기금");
    a quantifier or a counter ends the phrase ("AI 관련 모든 주요 정책", "세 가지 행정명령"
    describe or count things without naming one).
    """
    start, words = head_start, []
    pos = head_start
    while len(words) < max_words:
        if pos < 2 or text[pos - 1] != " " or text[pos - 2].isspace():
            break
        word_start = pos - 1
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:pos - 1]
        if (word in _NOT_IN_NAMES or not (is_bare_noun(_ABBREVIATION_INSIDE.sub("", word)) or (words and _CALL_YEAR.fullmatch(word)))
                or any(s < pos - 1 and e > word_start for s, e in stops)):
            break
        words.append((word_start, word))
        pos = word_start
    while words and _CALL_YEAR.fullmatch(words[-1][1]):
        words.pop()  # "2026년 AI 바우처 사업": a year opening the phrase dates it, not names it
    while words and words[-1][1] in DETERMINERS:
        words.pop()
    if words:
        start = words[-1][0]
    return start, [w for _, w in reversed(words)]


def word_ends(text: str, pos: int) -> bool:
    """True if a word ends at ``pos``: punctuation, a space, a gloss or a particle follows."""
    nxt = text[pos:pos + 1]
    if not nxt or not ("가" <= nxt <= "힣" or nxt.isalnum()):
        return True
    if FOOTNOTE_NUMBER.match(text, pos):
        return True
    particle, _ = particle_at(text, pos)
    return bool(particle) and particle not in ("하고", "이랑", "랑")
