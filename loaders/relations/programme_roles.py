"""Roles taken in the programme a passage is about, stated without naming it again.

Reports name a programme once and then say who runs it and who was picked for it:
"전자정보기술부(MeitY)가 사업을 총괄하고 있음", "사업 운영은 A가 맡고", "A와 B 등 민간 클라우드 기업이 GPU 공급
사업자로 선정됨", "A가 자문기관으로 참여한다". "사업" there is the programme named in the sentence or, failing that, the
one the passage is about; the body running it and the firms selected for a role in it take
part in it.
"""

from __future__ import annotations

import re

from graph.schema import ORGANISATIONS, ORGANISATIONS_AND_GOVERNMENT
from loaders.amounts import find_amounts
from loaders.discovery import MEMBERS_HEAD
from loaders.mentions import SUBJECT_OR_TOPIC, Mention
from loaders.programme_heads import is_fund_of_funds, is_fund_programme, names_a_fund
from loaders.relations.fact import Fact

# "A가 사업을 총괄", "A가 이 사업을 주관하며": running the programme.
_RUNS = re.compile(r"\s*(?:이\s|해당\s|본\s)?(?:사업|프로그램|프로젝트|과제|미션)(?:을|를)\s(?:[^\s,.]+\s)?"
                   r"(?:총괄|주관|운영|관리|전담|수행|담당)")
# "동 모펀드는 A가 운용을 맡는다": the programme the topic, its running what A takes on.
_RUNS_IT = re.compile(r"\s*(?:운영|운용|관리|총괄)(?:을|를)\s(?:맡|담당)")
# "사업 운영은 A가 맡고", "프로그램 관리는 A가 담당", "(펀드의) 운용은 창원에 본사를 둔 A가 맡는다",
# "투자 유치 창구는 A가 맡는다" (the desk that applicants deal with), "전담기관은 A가 맡고", a clause after another
# one of the sentence ("부지와 전력을 대고 운영은 A가 맡는다"):
# the same role, with the job as the topic of its clause, which may be a compound or a pair of jobs
# ("단계평가와 성과관리는 A가 수행한다"; a few words may describe A: "중기부 산하
# A가", "B의 투자 자회사인 A가"). "싱가포르 측 출자는 A가 집행": one side's share of the money, paid in by A.
_RUN_BY = re.compile(r"(?:(?:^(?:[-•·○◦▪□ㅇ]\s)?|[,.]\s|(?<=[가-힣])(?:고|며)\s|(?:사업|프로그램|프로젝트|펀드|기금)\s?)(?:[가-힣]{2,4}(?:와|과)\s)?(?:[가-힣]{2}\s?)?"
                     r"(?:운영|운용|관리|총괄|주관|집행|평가|전담(?:기관)?|(?:[가-힣]{2}\s)?창구)"
                     r"|(?<![가-힣])[가-힣]{1,6}\s?측\s출자)(?:은|는)\s(?:[^\s,.]+\s){0,4}$")
#: Whether a sentence may state such a role: its names are worth discovering.
STATES_A_ROLE = re.compile(r"(?:운영|운용|관리|총괄|주관|집행|창구|전담기관|측\s출자)(?:은|는)\s|(?:기관|기업|업체|사업자)(?:으)?로\s(?:함께\s|공동\s)?(?:참여|합류)"
                           r"|[이가]\s(?:주관|참여)(?:한다|하고|하며)|\s컨소시엄(?:이|가|에)\s|(?:기관|기업|업체|사업자)(?:으)?로는\s|[이가]\s뽑[혔힌혀]")
# "맡는다", "전담기관으로서 나눠 맡는다", "전담한다": taking the job on, perhaps as a named role and shared;
# "공동운용사(Co-GP)로 맡는다", "공동 운용사(Co-GP)를 맡으며": the role may be glossed, or be what is taken on.
_TAKES_ON = re.compile(r"\s*(?:[가-힣]{1,8}(?:\s[가-힣]{1,5})?(?:\s?[(（][^()（）]{1,12}[)）])?(?:(?:으)?로서?|을|를)\s)?"
                       r"(?:나눠\s?|함께\s|공동으로\s)?(?:맡|담당|수행|집행|전담)")
# "모태펀드 재원", "X 예산", "모태펀드에서 2천억 원을 출자하고": a programme named as where money comes
# from, not one a role is taken in.
_MONEY_OF = re.compile(r"\s?(?:재원|예산|자금)|에서\s(?:약\s)?\d")
_RUN_BY_REACH = 40
# "운용은 ...", "운영은 ...": a sentence opening with the job, whoever takes it named further on.
_JOB_OPENS = re.compile(r"(?:[-•·○◦▪□ㅇ]\s)?(?:운영|운용|관리|총괄)(?:은|는)\s")
_JOB_REACH = 80
_TOPIC_WORD = re.compile(r"[가-힣A-Za-z)](?:은|는)\s")
# "선정", and the press's "뽑혔다", "낙점": choosing.
_SELECTION = r"(?:선정|뽑혔|뽑힌|뽑혀|뽑았|뽑아|낙점)"
# "... 사업자로 선정", "수행기관으로 최종 선정됨", "운용사(GP)로 뽑혔다", "공동운용(Co-GP)으로 선정", "1차 참여사로", "첫 번째 개발
# 기업으로", "1차 지원 대상으로": chosen for a role in it. Praise is no role: "올해의 유망 기업으로 선정"
# is an award, not a place in the programme.
_ROLE = (r"(?:사업자|수행기관|수행\s?기업|참여\s?기업|공급\s?기업|공급사|운영사|운용사|공동\s?운용|주관사|주관기관|참여사|"
         r"참여\s?기관|파트너|지원\s?대상|(?<![가-힣])(?!우수|유망|올해|최고|대표|선도|혁신|인기|주목)[가-힣]{2,3}\s?(?:기업|기관))"
         r"(?:\s?[(（][^()（）]{1,12}[)）])?(?:으)?로\s")
_CHOSEN_AS = re.compile(_ROLE + r"(?:[^\s,.]+\s)?" + _SELECTION)
# "운용사로 A, B 선정", "주관기관으로 A를 선정", "위탁운용사로는 A와 B가 선정": the role first, then who was chosen
# for it; "선정 기업은 A, B이며", "참여기관은 A, B로,": or who the members are.
_ROLE_FIRST = re.compile(r"(?<![가-힣])(?:위탁\s?)?" + _ROLE.replace(r"(?:으)?로\s", r"(?:으)?로(?:는)?\s")
                         + "|" + MEMBERS_HEAD.pattern)
# The list is the object ("A, B를 선정") or, passive, the subject ("A와 B가 공동운용 형태로 선정되었다").
# "A와 B 주도 컨소시엄 선정": the last one leads a consortium, which is what was chosen.
# "A, B, C 3곳이 뽑혔다", "A와 B 등 2개사를 선정": the list closed by its count.
_COUNT_AFTER_LIST = r"(?:\s?(?:등\s?)?\d{1,3}\s?(?:곳|개사|개\s?(?:기업|업체|기관|사)))?"
_SELECTED_AFTER = re.compile(r"\s?(?:[(（][^()（）]{1,40}[)）]\s?)?(?:(?:주도|주관)\s?컨소시엄\s?)?" + _COUNT_AFTER_LIST +
                             r"(?:(?:을|를)\s?|(?:이|가)\s(?:[^\s,.]+\s){0,2}?)?(?:최종\s?)?(?:" + _SELECTION + r"|참여)"
                             # "A와 B 등 9개사가, (수요기업으로는 ...)": a counted conjunct, its verb here or later
                             + r"|\s?등\s(?:[^\s,.]+\s){0,3}?(?:\d+\s?(?:개사|곳|개\s?기업))(?:이|가)(?:,\s|\s(?:최종\s?)?"
                             + _SELECTION + ")")
# "… B다", "… B 등 4개사이며", "참여기관은 A, B로, …": or the list is the complement of a copula
# ("▲A(무엇) ▲B(무엇)다": after a gloss the copula is a bare 다), and "A와 B를 비롯해 12개 사가 뽑혔다":
# the names listed are among those selected.
_LIST_STATED = re.compile(r"(?:\s?[(（][^()（）]{1,40}[)）])?(?:\s*(?:등\s?)?(?:\d+\s?(?:개사|곳|개\s?(?:기업|기관))\s?)?"
                          r"(?:이며|이다|다|입니다|인\s|이\s)|(?:으)?로,"
                          r"|(?:을|를)?\s*비롯(?:해|하여|한)\s(?:총\s)?\d+\s*(?:곳|개\s*(?:사|기업|기관|업체))(?:이|가)\s"
                          r"(?:최종\s)?(?:선정|선발|뽑혔|뽑힌|뽑혀))")
# "첫 공모에서는 A와 B가 선정되어", "C가 최종 선정됐다": chosen, the sentence naming for what
# neither a programme nor a role; in a passage about a programme, chosen for it.
_SELECTED_BARE = re.compile(r"(?<=[이가])\s(?:최종\s?)?(?:선정(?:돼|되어|됐|되었|됨)|뽑혔)")
# "A가 기술 자문기관으로 참여한다", "A와 B가 공급 사업자로 참여", "A가 수요기관으로 합류했다": joining
# in a role names no programme but the one in play.
_JOINS_AS = re.compile(r"\s*(?:[^\s,.]+\s)?[가-힣]{0,4}\s?(?:기관|기업|업체|사업자|사|부처|파트너|수요처|자문)(?:으)?로\s(?:함께\s|공동\s)?(?:참여|합류|함께하|함께했)"
                       # "A는 성능검증을 맡는다", "B가 보안성 검증을 지원한다": a checking or advising task in it.
                       r"|\s(?:[^\s,.]+\s){0,2}?[가-힣]{0,6}\s?(?:검증|평가|자문)(?:을|를)\s(?:맡|지원[하한해했]|수행|담당)"
                       # "A는 (자체 데이터를 ...) 개방하는 수요처로 참여한다": the role described by a clause.
                       r"|\s(?:[^\s,.]+\s){1,10}?[^\s,.]+(?:는|한)\s(?:수요처|수요기관|수요기업|참여기관|파트너)(?:으)?로\s참여")
# "금융은 KT가 주관한다", "A가 주관하고 B와 C가 참여한다", "C가 수요기관을 맡는다": news says who
# leads and who joins the programme in play with the bare verb, the programme being what the passage is about.
_TAKES_PART = re.compile(r"\s?(?:(?:주관|참여)(?:한다|하고|하며|해\s|했다|했고|했으며|하게\s됐다)|(?:[^\s,.]+\s)?[가-힣]{0,4}\s?기관(?:을|를)\s맡)")
# Words one of which a sentence naming a programme role holds: a sentence with none names no role.
_ROLE_WORD = re.compile(r"사업|프로그램|프로젝트|과제|미션|" + _SELECTION + r"|참여|합류|주관|컨소시엄|맡|검증|평가|자문")
# A sentence about money put into a company: its "참여" is joining a round, not the programme.
_INVESTING = re.compile(r"투자|라운드|펀드|출자|시리즈")
_SUBJECT_PARTICLES = ("이", "가")
# "A와 B도 기술 파트너로 참여해": who joins in a role is the subject, the topic, or one joining "too".
_JOINER_PARTICLES = (*SUBJECT_OR_TOPIC, "도")
# "GPU 클러스터 구축 부문에는 A가 ... 참여": a part of the work in play, not a programme of its own.
_PART_OF_WORK = re.compile(r"\s?(?:[가-힣]{2,3}\s?)?(?:부문|분야)(?:에는|에서는|에서|에|의)\s")
# What may stand between the last listed name and its subject particle: "등 민간 클라우드 기업이".
# "… C(영문명) 등이": a gloss, then "등" alone.
_LIST_TAIL = re.compile(r"(?:\s?[(（][^()（）]{1,40}[)）])?\s*(?:등\s?(?:이|가)\s|(?:등\s?)?(?:[^\s,.]+\s){0,3}?[^\s,.]*"
                        r"(?:기업|기관|업체|사업자|회사|스타트업|컨소시엄)(?:들)?(?:이|가)\s)")
# "A와 B", "A, 그리고 보스턴의 신생 기업 B": joined, the next one perhaps described by its place and kind.
_NEXT_DESCRIBED = r"(?:그리고\s)?(?:(?:[^\s,.()]+\s){0,4}?[^\s,.()]*?(?:기업|스타트업|업체|회사|기관)\s)?"
# "▲A ▲B ▲C": a briefing's items, each marked with "▲".
_LISTED = re.compile(r"\s*(?:,|와|과|및|·|▲)\s*" + _NEXT_DESCRIBED)
# Going on from a name already listed: its gloss, then the separator or "를 비롯해" (among others), then
# perhaps where the next one is ("벵갈루루의 A와 푸네의 B").
_LISTED_ON = re.compile(r"(?:\s?[(（][^()（）]{1,40}[)）])?(?:\s*(?:,|와|과|및|·|▲)\s*|(?:을|를)\s비롯(?:해|하여)\s)"
                        r"(?:[^\s,.()]+의\s)?" + _NEXT_DESCRIBED)
_AFTER_WITH = re.compile(r"\s*" + _NEXT_DESCRIBED)
# "의 클라우드 자회사 ": between an owner and its unit, the unit being the one listed.
_UNIT_OF_THE_LAST = re.compile(r"의\s(?:[^\s,.]+\s){0,2}?(?:자회사|계열사)\s")
# "(참여기관: A, B)", "A 주관 컨소시엄: B, C 참여": a label naming the participants, then their list.
_PARTICIPANTS_LABEL = re.compile(r"(?:참여\s?(?:기관|기업|업체|사)|공동\s?수행\s?기관|컨소시엄)\s?[:：]\s?")
# Between two listed participants: a gloss or a legal form of the first, then the separator.
_NEXT_PARTICIPANT = re.compile(r"(?:㈜|\(주\))?(?:\s?[(（][^()（）]{1,40}[)）])?\s*(?:,|、|및|·)\s*")
# After the last one: the list closes ("…)", "… 참여") or the sentence ends.
_PARTICIPANTS_END = re.compile(r"(?:㈜|\(주\))?(?:\s?[(（][^()（）]{1,40}[)）])?\s*(?:[)）]|참여|$)")


def money_source(text: str, m: Mention) -> bool:
    """True if the programme ``m`` is named as where money comes from ("모태펀드 재원으로"), not
    as the programme a role is taken in."""
    return bool(_MONEY_OF.match(text, m.end))


def programme_roles(text: str, mentions: list[Mention], programme: Mention | None,
                    evidence, project: Mention | None = None) -> list[Fact]:
    """PARTICIPATES_IN facts for the bodies running, and the firms chosen for, the programme
    named in the sentence or the passage's programme; where that is a fund, members and suppliers
    are the ``project``'s (the programme that is no fund the passage named last)."""
    named = [m for m in mentions if m.actor.type == "Program" and not _PART_OF_WORK.match(text, m.end)
             and not money_source(text, m)]
    no_fund = project if programme is not None and names_a_fund(programme.actor.name, programme.surface) else programme
    listed = (_labelled_participants(text, mentions, named, programme, evidence)
              + _cohort_members(text, mentions, programme, evidence)
              + _members_after_role(text, mentions, named, programme, evidence, no_fund)
              + _suppliers(text, mentions, named, no_fund, evidence))
    if "주도" in text:
        listed += _led(text, mentions, evidence)
    if not _ROLE_WORD.search(text) and not STATES_A_ROLE.search(text):
        return listed
    facts: list[Fact] = listed
    investing = bool(_INVESTING.search(text))
    # "(앵커 출자자는 모태펀드다.) 이어 A(300억원)과 B(200억원)이 정책금융기관으로 참여": names joining
    # with money after a fund of funds was named pay into the fund it backs, not into it.
    backing_fund = (programme is not None and bool(find_amounts(text))
                    and is_fund_of_funds(programme))
    for m in mentions:
        target = _before(named, m) or programme
        if target is None or m.actor.type not in ORGANISATIONS_AND_GOVERNMENT or (target is programme and backing_fund):
            continue
        runs = _RUNS.match(text, m.after) if m.particle in _SUBJECT_PARTICLES else None
        if runs is None and m.particle in _SUBJECT_PARTICLES and (runs := _RUNS_IT.match(text, m.after)):
            target = next((p for p in reversed(named) if p.particle in ("은", "는") and p.end <= m.start), None) \
                or _programme_left_unsaid(text, m.start, named, programme)
            if target is None:
                continue
        # "A와 B는 공동연구기관으로 참여한다": a topic joins in a role as a subject does
        role = runs or (_JOINS_AS.match(text, m.after) if m.particle in _JOINER_PARTICLES else None) \
            or (None if investing else _takes_part(text, m))
        if role is not None:
            chosen = _chosen_list(text, mentions, m.after, _SUBJECT_PARTICLES if runs else _JOINER_PARTICLES)
            facts += [Fact(n.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6}, evidence(n.start, role.end()))
                      for n in _gapped_before(text, mentions, chosen) + chosen
                      if n.actor.type in ORGANISATIONS_AND_GOVERNMENT]
        elif m.particle in _SUBJECT_PARTICLES and _TAKES_ON.match(text, m.after) and (
                _RUN_BY.search(text, max(0, m.start - _RUN_BY_REACH), m.start) or _opens_with_the_job(text, mentions, m)):
            # "도약펀드는 ... 결성되며, 출자사업 관리는 A가 맡는다": the programme the sentence is about
            # "관리는 A와 B가 나눠 맡는다": both take part.
            target = next((p for p in named if p.particle in ("은", "는") and p.end <= m.start), target)
            facts += [Fact(n.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6},
                           evidence(max(0, m.start - _RUN_BY_REACH), _TAKES_ON.match(text, m.after).end()))
                      for n in _chosen_list(text, mentions, m.after) or [m] if n.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    chosen = _CHOSEN_AS.search(text) or (_SELECTED_BARE.search(text) if programme is not None and not named else None)
    if chosen is not None:
        members = _chosen_list(text, mentions, chosen.start())
        if chosen.re is _SELECTED_BARE and members and text[members[-1].after:chosen.start()].strip():
            members = []  # "A가 ... 선정됐다" with words between: chosen for something the sentence says
        # "대형 리그에서는 A와 B가, 중형 리그에서는 C가 뽑혔다": the earlier conjunct was chosen too
        members = _gapped_before(text, mentions, members) + members
        target = _before(named, members[0]) if members else None
        target = target or programme
        if target is not None and not _manager_chosen_for_no_fund(text, target):
            facts += [Fact(m.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6},
                           evidence(m.start, chosen.end())) for m in members if m.actor.type in ORGANISATIONS]
    return facts


# "운용사(GP)는", "위탁운용사로": a fund's manager as the role chosen.
_FUND_MANAGER = re.compile(r"운용사|(?<![A-Za-z])GP(?![A-Za-z])")


def _manager_chosen_for_no_fund(text: str, target: Mention) -> bool:
    """True if the sentence chooses a fund's manager ("운용사(GP)는 공모를 통해 A가 선정되었습니다")
    and ``target`` is no fund: managers are chosen for a fund (one the text moved on to without
    naming it as a programme), never for a project an earlier selection was about."""
    return bool(_FUND_MANAGER.search(text)) and not is_fund_programme(target)


def _opens_with_the_job(text: str, mentions: list[Mention], m: Mention) -> bool:
    """True if the sentence opens with the job as its topic and ``m`` is the first name after it:
    "운용은 공모 절차를 거쳐 선정된 청주 소재 벤처캐피털 A가 맡는다" describes A at any length."""
    job = _JOB_OPENS.match(text)
    return job is not None and m.start - job.end() <= _JOB_REACH and mentions[0] is m


def _programme_left_unsaid(text: str, runner_at: int, named: list[Mention], programme: Mention | None) -> Mention | None:
    """The passage's programme, when a sentence naming none says who runs one: "(교통대와 시가
    20억원 규모 'P 펀드'를 만들었다.) ... B가 운용을 맡는다", "(도는 'Q' 프로그램을 시작한다.) C가
    운영을 맡아 ...": running is what one does with the programme the passage is about. Not when a
    topic stands before the runner (at ``runner_at``) ("검증센터는 B가 운영을 맡아": the centre is run), nor a fund
    of funds: news names it as a backer of the fund it speaks of, not as its topic."""
    if named or programme is None or is_fund_of_funds(programme) or _TOPIC_WORD.search(text, 0, runner_at):
        return None
    return programme


def _members_after_role(text: str, mentions: list[Mention], named: list[Mention], programme: Mention | None,
                        evidence, no_fund: Mention | None) -> list[Fact]:
    """PARTICIPATES_IN facts for the organisations listed after the role they take in the programme
    named before them or the passage's: "수요기관으로는 A와 B가 참여한다", "선정 기업은 A, B이며",
    "공급기업으로는 A와 B 등 9개사가, 수요기업으로는 C 등 14곳이 선정됐다" (one role after another).
    A fund the passage spoke of takes in companies by investing, not by selecting members: only
    its managers are chosen for it ("운용사로 A, B 선정"); other members are those of the project
    beside it (``no_fund``), if the passage has one."""
    facts: list[Fact] = []
    for role_first in _ROLE_FIRST.finditer(text):
        members = _listed_after(text, mentions, role_first.end())
        target = _before(named, members[0]) if members else None
        # a fund selects its managers only: other members are the project's beside it, if any
        target = target or (programme if "운용" in role_first.group() else no_fund)
        if target is None:
            continue
        facts += [Fact(m.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6},
                       evidence(role_first.start(), m.end)) for m in members if m.actor.type in ORGANISATIONS_AND_GOVERNMENT]
    return facts


# "GPU는 엔비디아가 공급한다", "GPU 공급은 A와 B가 나눠 맡는다", "AI 컴퓨팅 인프라 구축은 C가 맡는다": the
# resource or the work as the topic of its clause, then who supplies or takes it on.
_SUPPLIED = re.compile(r"(?:^|[,.]\s)(?:[^\s,.]+\s){0,3}?(?:GPU|NPU|칩|서버|장비|자원|인프라|공급|구축|조달)(?:은|는)\s"
                       r"(?:[^\s,.]+\s){0,4}$")
_SUPPLIES = re.compile(r"\s*(?:나눠\s?|함께\s|공동으로\s)?(?:공급|맡|담당)")
_SUPPLIED_REACH = 50


def _suppliers(text: str, mentions: list[Mention], named: list[Mention], programme: Mention | None,
               evidence) -> list[Fact]:
    """PARTICIPATES_IN the programme in play for the firms that supply its resources or build its
    infrastructure: a supplier to a project takes part in it."""
    if programme is None and not named or not _SUPPLIES.search(text):
        return []
    facts: list[Fact] = []
    for m in mentions:
        supplies = _SUPPLIES.match(text, m.after) if m.particle in _SUBJECT_PARTICLES else None
        topic = _SUPPLIED.search(text, max(0, m.start - _SUPPLIED_REACH), m.start) if supplies else None
        target = _before(named, m) or programme
        if topic is None or target is None:
            continue
        facts += [Fact(n.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6}, evidence(topic.start(), supplies.end()))
                  for n in _chosen_list(text, mentions, m.after) if n.actor.type in ORGANISATIONS]
    return facts


# "1기 입주기업인 ㈜A", "참여기업인 B": one of the programme's cohort, said of a name.
_MEMBER_BEFORE = re.compile(r"(?:\d+\s?기\s)?(?:입주\s?기업|입주사|참여\s?기업|참여사|선정\s?기업)인\s(?:㈜|\(주\))?$")
_MEMBER_REACH = 16


def _cohort_members(text: str, mentions: list[Mention], programme: Mention | None, evidence) -> list[Fact]:
    """PARTICIPATES_IN the programme in play for an organisation described as one of its cohort."""
    if programme is None or "인 " not in text:
        return []
    return [Fact(m.actor, "PARTICIPATES_IN", programme.actor, {"confidence": 0.6},
                 evidence(max(0, m.start - _MEMBER_REACH), m.end))
            for m in mentions if m.actor.type in ORGANISATIONS
            and _MEMBER_BEFORE.search(text, max(0, m.start - _MEMBER_REACH), m.start)]


def _takes_part(text: str, m: Mention) -> re.Match[str] | None:
    """"A가 주관한다": A leads or joins the programme in play (unless the sentence is about investing,
    which the caller checks once)."""
    return _TAKES_PART.match(text, m.after) if m.particle in _SUBJECT_PARTICLES else None


# "중국이 주도하는 다양한 다자 플랫폼—일대일로, ...", "미국 주도의 ‘칩4 동맹’": leading a programme.
_LEADS = {"이": re.compile(r"\s?주도하는\s"), "가": re.compile(r"\s?주도하는\s"), "": re.compile(r"\s?주도의\s")}
# What may stand between the lead and the first programme: a kind ("다양한 다자 플랫폼—"), a quote.
_KIND_LED = re.compile(r"(?:[^\s,.—–:]+\s?){0,3}?[—–:]?\s?[‘'“\"「]?")
# Between two programmes led: a gloss of the first, then the separator.
_NEXT_LED = re.compile(r"(?:\s?[(（][^()（）]{1,40}[)）])?\s?(?:,|·|및|와|과)\s?")


def _led(text: str, mentions: list[Mention], evidence) -> list[Fact]:
    """PARTICIPATES_IN, as the leader, for an actor said to lead the programmes named after it."""
    facts: list[Fact] = []
    for i, m in enumerate(mentions):
        if m.actor.type not in ORGANISATIONS_AND_GOVERNMENT | {"Country"} or m.particle not in _LEADS:
            continue
        lead = _LEADS[m.particle].match(text, m.after if m.particle else m.end)
        if lead is None:
            continue
        at, led = lead.end(), []
        for p in mentions[i + 1:]:
            between = _KIND_LED if not led else _NEXT_LED
            if p.actor.type != "Program" or not between.fullmatch(text, at, p.start):
                break
            led.append(p)
            at = p.end
        facts += [Fact(m.actor, "PARTICIPATES_IN", p.actor, {"confidence": 0.6, "role": "lead"}, evidence(m.start, p.end))
                  for p in led]
    return facts


def _labelled_participants(text: str, mentions: list[Mention], named: list[Mention],
                           programme: Mention | None, evidence) -> list[Fact]:
    """PARTICIPATES_IN facts for the organisations a filing or brief lists after a participants
    label: "「X 사업」의 주관기관으로 선정되어 ... (참여기관: A, B)", "C 주관 컨소시엄: A, B 참여". The
    programme is the one named before the label or, if none, the passage's, when it was quoted
    as a name (an unquoted phrase of an earlier item is too loose a guess)."""
    label = _PARTICIPANTS_LABEL.search(text) if ":" in text or "：" in text else None
    if label is None:
        return []
    target = next((p for p in reversed(named) if p.end <= label.start()), None)
    if target is None and programme is not None and programme.surface[:1] in "「｢『‘'\"“":
        target = programme
    if target is None:
        return []
    listed: list[Mention] = []
    at = label.end()
    for m in (m for m in mentions if m.start >= label.end()):
        start, end = _written_span(text, m)
        if listed and not _NEXT_PARTICIPANT.fullmatch(text, at, start) or not listed and text[at:start].strip():
            break
        listed.append(m)
        at = end
    if not listed or not _PARTICIPANTS_END.match(text, at) \
            or any(m.actor.type not in ORGANISATIONS_AND_GOVERNMENT for m in listed):
        return []
    return [Fact(m.actor, "PARTICIPATES_IN", target.actor, {"confidence": 0.6}, evidence(label.start(), m.end))
            for m in listed if m.actor.type in ORGANISATIONS]


# "다온퍼셉트(": the Korean spelling a name found only in its gloss ("(Daon Percept)") glosses.
_SPELLING_BEFORE_GLOSS = re.compile(r"[가-힣][가-힣\s]{0,20}[(（]$")


def _written_span(text: str, m: Mention) -> tuple[int, int]:
    """Where a name is written, its Korean spelling included when the name was found in the
    gloss after it: "다온퍼셉트(Daon Percept)" as a whole."""
    before = _SPELLING_BEFORE_GLOSS.search(text, max(0, m.start - 22), m.start)
    if before is None or not text.startswith((")", "）"), m.end):
        return m.start, m.end
    return before.start(), m.end + 1


def _before(programmes: list[Mention], m: Mention) -> Mention | None:
    earlier = [p for p in programmes if p.end <= m.start]
    return earlier[-1] if earlier else None


# "지원 대상으로 오사카 소재 스타트업 A와 B 선정": a few words may describe the first one listed.
_DESCRIBED = re.compile(r"\s*▲?(?:[^\s,.()]+\s){0,3}")


def _listed_after(text: str, mentions: list[Mention], start: int) -> list[Mention]:
    """The names listed right from ``start`` when the list is what was selected ("A, B 선정")."""
    listed: list[Mention] = []
    at = start
    for m in (m for m in mentions if m.start >= start):
        if listed and _UNIT_OF_THE_LAST.fullmatch(text, at, m.start):
            listed[-1], at = m, m.end  # "A와 B의 클라우드 자회사 C가 뽑혔다": C is listed, B only says whose
            continue
        if listed and text[at:m.start] == " ":
            listed[-1], at = m, m.end  # "서울대학교 AI연구원": the unit is listed, its owner only says whose
            continue
        if not (_LISTED_ON.fullmatch(text, at, m.start) if listed else _DESCRIBED.fullmatch(text, at, m.start)):
            break
        listed.append(m)
        at = m.end
    return listed if listed and (_SELECTED_AFTER.match(text, at) or _LIST_STATED.match(text, at)) else []


# ", 일본 측에서는 ": the next conjunct of a gapped coordination opens with where it holds; " 수요기관으로,
# 핀테크 스타트업 ": or the first conjunct ends with its own role ("A가 수요기관으로, B가 참여기관으로 합류했다").
_NEXT_CONJUNCT = re.compile(r",\s(?:[^\s,.]+\s){0,2}?[^\s,.]*(?:에서는|측은|측에서는|에서도)\s"
                            r"|\s?[가-힣]{1,8}(?:으)?로,\s(?:[^\s,.]+\s){0,3}?")


def _gapped_before(text: str, mentions: list[Mention], chosen: list[Mention]) -> list[Mention]:
    """The subjects of an earlier conjunct that shares the role's verb: "한국 측에서는 A와 B가,
    일본 측에서는 C가 주관 기관으로 참여한다" (A and B take part as C does)."""
    before = [m for m in mentions if chosen and m.end <= chosen[0].start and m.particle in _SUBJECT_PARTICLES]
    if not before or not _NEXT_CONJUNCT.fullmatch(text, before[-1].after, chosen[0].start):
        return []
    return _chosen_list(text, mentions, before[-1].after)


def _chosen_list(text: str, mentions: list[Mention], chosen_at: int,
                 particles: tuple[str, ...] = _SUBJECT_PARTICLES) -> list[Mention]:
    """The names listed as the subject of a selection: "A와 B 등 민간 기업이 ... 선정". A country
    without a particle describes the next one ("B, 싱가포르 항만 AI 기업 C가"): it is no item."""
    before = [m for m in mentions if m.end <= chosen_at and (m.particle or m.actor.type != "Country")]
    if not before:
        return []
    last = before[-1]
    tail = _LIST_TAIL.match(text, last.end) or (_LIST_TAIL.match(text, last.after) if last.after else None)
    if last.particle not in particles and tail is None:
        return []
    listed = [last]
    for m in reversed(before[:-1]):
        if m.particle == "의" and _UNIT_OF_THE_LAST.fullmatch(text, m.end, listed[0].start):
            continue  # "A와 B의 벤처투자 자회사 C가 맡는다": B only says whose C is
        if not _LISTED.fullmatch(text, m.end, listed[0].start) and not (
                m.particle in ("와", "과") and (_AFTER_WITH.fullmatch(text, m.after, listed[0].start)
                                               or _country_between(mentions, m, listed[0]))):
            break
        listed.insert(0, m)
    return listed


def _country_between(mentions: list[Mention], first: Mention, second: Mention) -> bool:
    """"A와 사우디 B": the next one listed, described by its country alone."""
    between = [n for n in mentions if first.end <= n.start and n.end <= second.start]
    return len(between) == 1 and between[0].actor.type == "Country" and not between[0].particle \
        and between[0].start - first.after <= 1 and second.start - between[0].end <= 1
