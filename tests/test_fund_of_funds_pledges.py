"""Limited partners' pledges never go into a fund of funds in play: they fill the fund it backs."""

from graph.model import Actor
from loaders.mentions import Mention
from loaders.relations.fund_shares import shares_in_the_fund


def _mention(text: str, surface: str, actor: Actor, particle: str = "") -> Mention:
    start = text.index(surface)
    mention = Mention(start, start + len(surface), actor, surface)
    mention.particle, mention.after = particle, start + len(surface) + len(particle)
    return mention


_FUND_OF_FUNDS = Actor(id="fof", name="Korea Fund of Funds", type="Program", aliases=["모태펀드"])
_PENSION = Actor(id="p", name="Lindenfeld Pension", type="Investor")


def _shares(text: str) -> list[tuple[str, str, str]]:
    fund = _mention(text, "모태펀드", _FUND_OF_FUNDS)
    pension = _mention(text, "린덴연금", _PENSION, "이")
    return [(f.subject.name, f.type, f.object.name) for f in shares_in_the_fund(text, [pension], fund, "doc", lambda _: 1)]


def test_a_pension_pledge_is_not_paid_into_the_fund_of_funds_in_play():
    assert _shares("모태펀드 얘기 다음 문장. 린덴연금이 150억원을 약정했다.") == []


def test_paying_in_a_share_still_reaches_the_fund_of_funds():
    assert _shares("모태펀드 얘기 다음 문장. 린덴연금이 150억원을 출자했다.") == [
        ("Lindenfeld Pension", "INVESTED_IN", "Korea Fund of Funds")]
