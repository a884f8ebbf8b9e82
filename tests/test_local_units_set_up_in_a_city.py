"""A company's unit abroad named after where it was set up and quoted: "싱가포르에 현지 법인 'X'를
세우고", "일본 오사카에 현지 법인 'X'를" (SUBSIDIARY_OF, BASED_IN). Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_quoted_unit_set_up_in_a_country_belongs_to_the_topic(loader, tmp_path):
    got = facts(loader, tmp_path, "벨루나랩은 지난 3월 싱가포르에 현지 법인 '벨루나랩 싱가포르'를 세웠다.\n", locations=True)
    assert ("벨루나랩 싱가포르", "SUBSIDIARY_OF", "벨루나랩") in got
    assert ("벨루나랩 싱가포르", "BASED_IN", "Singapore") in got


def test_a_city_may_stand_between_the_country_and_the_unit(loader, tmp_path):
    got = facts(loader, tmp_path, "벨루나랩은 올해 5월 일본 오사카에 현지 법인 '벨루나랩 재팬'을 세웠다.\n", locations=True)
    assert ("벨루나랩 재팬", "SUBSIDIARY_OF", "벨루나랩") in got
    assert ("벨루나랩 재팬", "BASED_IN", "Japan") in got
