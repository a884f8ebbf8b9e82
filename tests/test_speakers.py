"""Quoted speakers: an executive's "we" and "our" mean the company the story names them with.

Every text here is invented (invented companies and people). A speaker is named once with the
company ("Jane Roe, chief executive of Acme", "Acme CEO Jane Roe", or by post alone in a story about
Acme) and then quoted by surname or pronoun; a quotation's attribution may follow its last sentence.
An analyst or a minister speaks for no company; the person is never tied to the company by a fact.
"""

from __future__ import annotations

from tests.reading import facts


def _partners(a: str, b: str, got: set[tuple[str, str, str]]) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


LATER_BY_NAME = """Brightwave expands its robotics bet

Brightwave Systems said on Tuesday it would open a new laboratory in Lyon for its welding robots.

Jane Okoro, chief executive of Brightwave Systems, said demand kept growing.

"We invested in Quillmark Robotics last year. Our partner Nordlicht Energy supplies the power," Okoro said.
"""


def test_a_speaker_named_with_the_company_speaks_for_it_by_surname_later(loader, tmp_path):
    got = facts(loader, tmp_path, LATER_BY_NAME)
    assert ("Brightwave Systems", "INVESTED_IN", "Quillmark Robotics") in got
    assert _partners("Brightwave Systems", "Nordlicht Energy", got)
    # no employment relation is made up for the person
    assert not any(s == "Jane Okoro" or o == "Jane Okoro" for s, _, o in got)


PRONOUN = """Ferncastle unveils a new chip

SAN DIEGO — Ferncastle Semiconductor told analysts on Monday it would double output of its inference chips next year.

"Demand is strong," Chief Executive Tom Haldane said on the company's call. "Tarrow Labs remains our most important design partner," he added.
"""


def test_an_executive_by_post_alone_runs_the_storys_company_and_a_pronoun_keeps_him(loader, tmp_path):
    got = facts(loader, tmp_path, PRONOUN)
    assert _partners("Tarrow Labs", "Ferncastle Semiconductor", got)


COMPANY_BEFORE_NAME = """Pellmark widens its footprint

Pellmark Analytics, a Milan-based start-up, raised $40 million in a Series B round on Wednesday.

Pellmark Analytics chief executive Rosa Vantini spoke in Turin about the company's plans.

"We acquired Ostrava Vision in March, and our partner Kelso Cloud hosts our models," she said.
"""


def test_company_before_the_post_and_a_pronoun_attribution(loader, tmp_path):
    got = facts(loader, tmp_path, COMPANY_BEFORE_NAME)
    assert ("Pellmark Analytics", "ACQUIRED", "Ostrava Vision") in got


OFFICIAL = """Tessaro deal cleared

Jane Okoro, chief executive of Brightwave Systems, welcomed the decision on Friday.

"We acquired Tessaro Labs after a long review," said Minister Paul Grant. "We invested in Corbel Grid too," he said.
"""


def test_an_officials_we_is_no_companys(loader, tmp_path):
    got = facts(loader, tmp_path, OFFICIAL)
    assert ("Brightwave Systems", "ACQUIRED", "Tessaro Labs") not in got
    assert ("Brightwave Systems", "INVESTED_IN", "Corbel Grid") not in got


ANALYST = """Ferncastle shares rise

Ferncastle Semiconductor chief executive Tom Haldane presented the results on Monday.

"We invested in Corbel Grid early," said Lena Marsh, an analyst at Wexford Securities. "We acquired Ruvo Labs," she said.
"""


def test_an_analysts_we_is_no_companys(loader, tmp_path):
    got = facts(loader, tmp_path, ANALYST)
    assert not any(o in ("Corbel Grid", "Ruvo Labs") and t in ("INVESTED_IN", "ACQUIRED") for _, t, o in got)


KO_LATER = """솔담로보틱스, 용접 로봇 투자 확대

솔담로보틱스의 김철수 대표는 18일 서울에서 열린 간담회에서 신규 투자 계획을 발표했다.

“저희가 개발한 볼트-3 모델을 올해 공장에 적용합니다. 저희는 작년에 퀼마크로보틱스에 투자했습니다.”라고 김 대표는 말했다.
"""


def test_a_korean_speaker_keeps_the_companys_voice_when_quoted_by_surname(loader, tmp_path):
    got = facts(loader, tmp_path, KO_LATER)
    assert ("솔담로보틱스", "DEVELOPS", "볼트-3") in got
    assert ("솔담로보틱스", "INVESTED_IN", "퀼마크로보틱스") in got
    assert not any(s == "김철수" or o == "김철수" for s, _, o in got)


KO_PRONOUN = """가람로보틱스, 물류 AI 공개

박민호 가람로보틱스 대표는 20일 신제품 발표회를 열었다.

그는 “저희는 지난해 하늘로보틱스를 인수했다”고 밝혔다.
"""


def test_a_korean_speaker_named_before_the_company_and_a_pronoun(loader, tmp_path):
    got = facts(loader, tmp_path, KO_PRONOUN)
    assert ("가람로보틱스", "ACQUIRED", "하늘로보틱스") in got


KO_MINISTER = """솔담로보틱스, 용접 로봇 투자 확대

솔담로보틱스의 김철수 대표는 18일 서울에서 신규 투자 계획을 발표했다.

과학기술정보통신부의 이영수 장관은 “저희가 코르벨로보틱스에 투자했다”고 말했다.
"""


def test_a_ministers_we_is_no_companys(loader, tmp_path):
    got = facts(loader, tmp_path, KO_MINISTER)
    assert not any(o == "코르벨로보틱스" and t == "INVESTED_IN" and s == "솔담로보틱스" for s, t, o in got)
