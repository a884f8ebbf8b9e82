"""The shortcuts the per-sentence pipeline takes for speed change no output: each rests on a
property of the readers it skips, checked here on invented sentences."""

from graph.model import Actor
from loaders.gazetteer import default_gazetteer
from loaders.mentions import Mention
from loaders.relations.blacklists import listed_companies, listed_companies_ko
from loaders.relations.consortia import consortium_members
from loaders.relations.cooperation_rows import partners_in_row
from loaders.relations.frames import load_cues
from loaders.relations.fund_shares import shares_in_the_fund
from loaders.relations.local_units import local_unit_facts
from loaders.relations.owner_named import makers_in_product_names
from loaders.relations.project_agreements import project_signatories
from loaders.relations.selected_support import selected_for_programme, support_through_programme

_FUND = Actor(id="bluefin-growth-fund", name="블루핀 성장펀드", type="Program")
_MINISTRY = Actor(id="ministry-of-sea", name="해양진흥부", type="Government", country="KR")
_COMPANY = Actor(id="oreum-robotics", name="오름로보틱스", type="Company", country="KR")
_KOREAN = ("블루핀 성장펀드 컨소시엄 협약을 위한 선정을 받아 출자하기로 했고, 현지 법인과 명단에 올린 리스트도 있다.")
_ENGLISH = "The regulator added several firms to its entity list on Tuesday."


def _line_at(_offset: int) -> int:
    return 1


def test_readers_of_names_state_nothing_when_a_sentence_names_no_one():
    """The pipeline calls these readers only for sentences with mentions: each relates the names
    a sentence gives, so with none it returns nothing, even where its trigger words stand."""
    programme = Mention(0, 8, _FUND, "블루핀 성장펀드")
    topic = [Mention(0, 0, _MINISTRY, "해양진흥부")]
    parent = [Mention(0, 0, _COMPANY, "오름로보틱스")]
    assert consortium_members(_KOREAN, [], programme, "doc", _line_at) == []
    assert project_signatories(_KOREAN, [], "doc", _line_at) == []
    assert shares_in_the_fund(_KOREAN, [], programme, "doc", _line_at) == []
    assert support_through_programme(_KOREAN, [], topic, "doc", _line_at) == []
    assert selected_for_programme(_KOREAN, [], topic, "doc", _line_at) == []
    assert makers_in_product_names(_KOREAN, [], default_gazetteer(), "doc", _line_at) == []
    assert partners_in_row(_KOREAN, [], topic, load_cues(), "doc", _line_at) == []
    assert local_unit_facts(_KOREAN, [], parent, default_gazetteer(), "doc", _line_at) == []
    assert listed_companies_ko(_KOREAN, [], "doc", _line_at) == []
    assert listed_companies(_ENGLISH, [], "doc", _line_at) == []


def test_readers_of_names_still_read_a_sentence_that_names_someone():
    """The same sentence with its names given does yield facts: the gate skips no sentence
    that could state one."""
    text = "오름로보틱스는 해양진흥부의 블루핀 성장펀드에 선정됐다."
    company = Mention(0, 6, _COMPANY, "오름로보틱스", "는")
    ministry = Mention(8, 13, _MINISTRY, "해양진흥부", "의")
    fund = Mention(15, 23, _FUND, "블루핀 성장펀드", "에")
    facts = selected_for_programme(text, [company, ministry, fund], [], "doc", _line_at)
    assert ("오름로보틱스", "PARTICIPATES_IN", "블루핀 성장펀드") in {(f.subject.name, f.type, f.object.name) for f in facts}
