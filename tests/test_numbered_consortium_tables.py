"""An annex table of the consortia a programme selected, its rows numbered and its cells wrapped
over several lines by PDF extraction: the first known organisation of a row leads it, the names
after it are its members, and the programme's launcher funds the lead with the row's last figure.
The text is invented.
"""

from __future__ import annotations

from tests.reading import relationships

RELEASE = """보도자료
과학기술정보통신부

□ 과학기술정보통신부(이하 ‘과기정통부’)는 「물류 AI 실증 사업」을 올해 신규로 추진한다고 밝혔다.
ㅇ 과기정통부는 3년간 총 600억원을 투입한다.

붙임 1 물류 AI 실증 사업 1차년도 선정 컨소시엄 현황

(단위: 억원)
연번 분야 과제명 주관기관 참여기관 정부출연금
1 항만 컨테이너 적재
최적화 AI 현대자동차 누리로직스,
KAIST 30
2 유통 수요 예측
에이전트 삼성바이오로직스 하늘데이터 25
합계 55
"""


def test_the_rows_of_a_numbered_consortium_table(loader, tmp_path):
    got = relationships(loader, tmp_path, RELEASE)
    programme = next(o for (_, t, o) in got if t == "PARTICIPATES_IN")
    members = {s for (s, t, o) in got if t == "PARTICIPATES_IN" and o == programme}
    assert {"Hyundai Motor Company", "누리로직스", "KAIST", "Samsung Biologics", "하늘데이터"} <= members
    funds = {s_o: props for (s, t, o), props in got.items() if t == "FUNDS" for s_o in [(s, o)]}
    hyundai = funds[("Ministry of Science and ICT", "Hyundai Motor Company")]
    assert (hyundai["amount"], hyundai["unit"]) == (30, "억")
    assert ("Ministry of Science and ICT", "Samsung Biologics") in funds
    # A member is no lead: the launcher funds the leads only.
    assert ("Ministry of Science and ICT", "KAIST") not in funds
