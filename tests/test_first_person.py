"""First person: "we", "our", "us" stand for the organisation speaking.

Every text here is invented (invented organisations and people). The speaker is known from a
transcript's labels and participant lists, from the author stated in a blog post, a letter
or a press release, or from an interviewee's firm under a Korean interview's headline; without
one, first-person words give no fact.
"""

from __future__ import annotations

from tests.reading import facts

BLOG = """Brackenridge Capital — Notes from the Fund
Why we backed Quillery

Today we're happy to share that we led the $6M seed round in Quillery, a Lyon-based maker
of warehouse robots.

We also signed a partnership agreement with Tolvane Systems last year.
"""


def test_a_blog_masthead_names_who_we_are(loader, tmp_path):
    got = facts(loader, tmp_path, BLOG)
    assert ("Brackenridge Capital", "INVESTED_IN", "Quillery") in got
    assert ("Brackenridge Capital", "PARTNERS_WITH", "Tolvane Systems") in got or \
        ("Tolvane Systems", "PARTNERS_WITH", "Brackenridge Capital") in got


UNSIGNED = """Why we backed Quillery

Today we're happy to share that we led the $6M seed round in Quillery, a Lyon-based maker
of warehouse robots.
"""


def test_no_author_stated_no_first_person_fact(loader, tmp_path):
    got = facts(loader, tmp_path, UNSIGNED)
    assert not any(s != "Quillery" and o == "Quillery" and t == "INVESTED_IN" for s, t, o in got)


AT_WE = """A new chapter for factory AI

At Harrowgate Ventures, we have invested in Ostrander Robotics, a maker of welding arms.
"We acquired Pellmark Labs last year," said Ostrander Robotics chief executive Ada Brill.
"""


def test_at_x_we_names_the_author_and_quotes_are_another_voice(loader, tmp_path):
    got = facts(loader, tmp_path, AT_WE)
    assert ("Harrowgate Ventures", "INVESTED_IN", "Ostrander Robotics") in got
    assert ("Harrowgate Ventures", "ACQUIRED", "Pellmark Labs") not in got


CALL = """Venmoor Dynamics, Inc. (NYSE: VNMR)
Q2 2027 Earnings Conference Call

Corporate Participants
Lise Ardent, Chief Executive Officer
Paulo Brandt, Chief Financial Officer

Conference Call Participants
Hugh Kerrow, Gallowmere Securities

Operator: Good morning, and welcome to the Venmoor Dynamics second quarter earnings call.

Lise Ardent: Thanks, everyone. This quarter we acquired Sorrel Optics, a maker of lidar.

We also signed a supply agreement with Cadwell Semiconductor.

Hugh Kerrow: Thanks. Do we know how big the backlog is?

Paulo Brandt: Sure. We recorded a gain on our investment in Tindall AI.
"""


def test_a_transcript_turn_speaks_for_the_speakers_company(loader, tmp_path):
    got = facts(loader, tmp_path, CALL)
    assert ("Venmoor Dynamics", "ACQUIRED", "Sorrel Optics") in got
    assert ("Venmoor Dynamics", "INVESTED_IN", "Tindall AI") in got
    assert any({s, o} == {"Venmoor Dynamics", "Cadwell Semiconductor"} and t == "PARTNERS_WITH" for s, t, o in got)


LABELLED = """Alder Row Holdings Q3 call transcript

Operator: Welcome. Our first speaker today is the chief executive.

Mira Castell -- Chief Executive Officer, Alder Row Holdings: Thank you. We acquired Pennock Data in August.

Tobin Hale -- Analyst, Crestmoor Partners: Congratulations. Do you see more deals?

Mira Castell -- Chief Executive Officer, Alder Row Holdings: We do.
"""


def test_a_label_naming_the_organisation_and_the_operator_speaking_for_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, LABELLED)
    assert ("Alder Row Holdings", "ACQUIRED", "Pennock Data") in got


FUND_NOTE = """Brackenridge Capital — Notes from the Fund

This is our fourth investment from Brackenridge Fund II, our $90M early-stage fund. Fund II was
anchored by Oakhurst Capital Partners, and we write first checks of $1-3M.

We are proud of our portfolio company Wendle Robotics.

- Calder Grid, based in Leeds, UK, raised a $30M Series B led by Pinefield Partners. We took our
  pro-rata in the round.
- Morrow Labs (speech tools, Fund I) was acquired by Tavish Systems in May.
"""


def test_owners_fund_its_anchor_portfolio_and_pro_rata(loader, tmp_path):
    got = facts(loader, tmp_path, FUND_NOTE)
    assert ("Brackenridge Capital", "LAUNCHED", "Brackenridge Fund II") in got
    assert ("Oakhurst Capital Partners", "INVESTED_IN", "Brackenridge Fund II") in got
    assert ("Brackenridge Capital", "INVESTED_IN", "Wendle Robotics") in got
    assert ("Pinefield Partners", "INVESTED_IN", "Calder Grid") in got
    assert ("Brackenridge Capital", "INVESTED_IN", "Calder Grid") in got
    assert ("Tavish Systems", "ACQUIRED", "Morrow Labs") in got
    # "..., and we write first checks": a new clause, not a second anchor
    assert ("Brackenridge Capital", "INVESTED_IN", "Brackenridge Fund II") not in got


def test_a_company_named_after_with_is_a_companion_not_the_thing_built(loader, tmp_path):
    text = "Quorvane Systems said the platform was the first one it built with Tessly Labs in the room.\n"
    got = facts(loader, tmp_path, text)
    assert ("Quorvane Systems", "DEVELOPS", "Tessly Labs") not in got


def test_a_vehicle_funded_from_a_balance_sheet_is_funded_by_its_owner(loader, tmp_path):
    text = "Last year Halvern Group set up Halvern Next Fund, a $60 million venture vehicle funded from Halvern Group's balance sheet.\n"
    got = facts(loader, tmp_path, text)
    assert ("Halvern Next Fund", "FUNDS", "Halvern Group") not in got
    assert ("Halvern Group", "LAUNCHED", "Halvern Next Fund") in got


PORTFOLIO = """Brackenridge Capital — Notes from the Fund

Portfolio update

A few things happened in the portfolio since our last note:

- Sellwood Analytics closed a $12M Series A from Harlow Peak Partners.
  Terms were not disclosed.
- Ormiston Bio signed a supply agreement with Tavish Systems.

If you are building in this space, write to us.
"""


def test_an_investors_portfolio_update_lists_its_portfolio_companies(loader, tmp_path):
    got = facts(loader, tmp_path, PORTFOLIO)
    assert ("Brackenridge Capital", "INVESTED_IN", "Sellwood Analytics") in got
    assert ("Brackenridge Capital", "INVESTED_IN", "Ormiston Bio") in got
    assert ("Brackenridge Capital", "INVESTED_IN", "Tavish Systems") not in got


def test_a_portfolio_list_without_an_investor_speaking_says_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, PORTFOLIO.replace("Brackenridge Capital — Notes from the Fund", "Notes"))
    assert not any(t == "INVESTED_IN" and o == "Ormiston Bio" for s, t, o in got)


def test_an_organisations_named_programme_and_a_governments_programme(loader, tmp_path):
    text = ("Quillery is also part of the Siemens Pathfinder program, and it's one of nine companies selected for "
            "the Danish government's Compute Voucher Programme.\n")
    got = facts(loader, tmp_path, text)
    assert ("Siemens", "LAUNCHED", "Siemens Pathfinder") in got
    assert ("Quillery", "PARTICIPATES_IN", "Siemens Pathfinder") in got
    assert ("Quillery", "SUBSIDIARY_OF", "Siemens") not in got
    assert ("Quillery", "PARTICIPATES_IN", "Compute Voucher Programme") in got
    assert any(t == "LAUNCHED" and o == "Compute Voucher Programme" and "Den" in s for s, t, o in got)


def test_selected_us_as_a_partner_in_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, CALL + "\nLise Ardent: The Ministry of Energy selected us as one of the partners in the "
                                         "Lumen Grid Programme.\n")
    assert ("Venmoor Dynamics", "PARTICIPATES_IN", "Lumen Grid Programme") in got


def test_a_unit_without_its_owner_in_the_owners_own_words(loader, tmp_path):
    got = facts(loader, tmp_path, CALL + "\nLise Ardent: Sorrel Optics operates as a wholly owned subsidiary.\n")
    assert ("Sorrel Optics", "SUBSIDIARY_OF", "Venmoor Dynamics") in got
    got = facts(loader, tmp_path, "A quiet quarter\n\nSorrel Optics operates as a wholly owned subsidiary.\n")
    assert not any(s == "Sorrel Optics" and t == "SUBSIDIARY_OF" for s, t, o in got)


def test_addresses_and_nationalities_in_appositives_place_the_company(loader, tmp_path):
    text = ("Pinefield Partners led the $5M seed round in Quillery, a Toronto, Canada-based company.\n\n"
            "Calder Grid, based in Leeds, UK, raised a $30M Series B.\n\n"
            "Harlow Peak Partners backed Morrow Labs, an Israeli AI security company.\n")
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Quillery", "BASED_IN", "Canada") in got
    assert ("Calder Grid", "BASED_IN", "United Kingdom") in got
    assert ("Morrow Labs", "BASED_IN", "Israel") in got
    assert not any(s == "Israeli AI" or o == "Israeli AI" for s, t, o in got)


def test_its_runtime_named_after_it_is_its_product(loader, tmp_path):
    got = facts(loader, tmp_path, "Quillery ships fast: its runtime, Wrenlet, keeps latency flat on cheap chips.\n")
    assert ("Quillery", "DEVELOPS", "Wrenlet") in got


PRESS_RELEASE = """Tollgate Robotics today announced a $20 million Series A led by Fernhill Ventures.

"We acquired Pellmark Labs last year," said Nora Quist, chief executive of Tollgate Robotics.

About Tollgate Robotics
Tollgate Robotics builds autonomous forklifts. We partnered with Carrow Logistics in 2025.
"""


def test_a_press_releases_about_section_names_its_author(loader, tmp_path):
    got = facts(loader, tmp_path, PRESS_RELEASE)
    assert ("Fernhill Ventures", "INVESTED_IN", "Tollgate Robotics") in got  # "announced a ... Series A led by"
    assert any({s, o} == {"Tollgate Robotics", "Carrow Logistics"} and t == "PARTNERS_WITH" for s, t, o in got)
    assert ("Tollgate Robotics", "ACQUIRED", "Pellmark Labs") in got  # the quote's attribution names the employer


LETTER = """Dear shareholders,

This year we acquired Brightwater Analytics and signed a partnership agreement with Halden Grid.

Sincerely,

— The Marlow Industries team
"""


def test_a_letters_sign_off_names_its_author_and_a_second_verb_keeps_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, LETTER)
    assert ("Marlow Industries", "ACQUIRED", "Brightwater Analytics") in got
    assert any({s, o} == {"Marlow Industries", "Halden Grid"} for s, t, o in got)
    assert not any({s, o} == {"Brightwater Analytics", "Halden Grid"} for s, t, o in got)


MEMO = """Ashgrove Partners' investment memo: Kiteline

By Tomas Vey, Partner at Ashgrove Partners

Our portfolio company Drumlin AI already works with them.
"""


def test_a_possessive_title_and_a_byline_name_the_author(loader, tmp_path):
    assert ("Ashgrove Partners", "INVESTED_IN", "Drumlin AI") in facts(loader, tmp_path, MEMO)


LINE_LABELS = """Prior Wireless (PRWL) Q1 2027 Earnings Call Transcript

Operator

Good day and welcome to the Prior Wireless first quarter call.

Hanna Ilves -- Chief Executive Officer

Thank you. In the quarter we acquired Selkie Networks and we signed a deal with Borrowdale Telecom.

Jon Marr -- Analyst

Congrats. Did we invest in Quenby Labs?

Hanna Ilves -- Chief Executive Officer

No. We invested in Ostrava Optics.
"""


def test_speaker_labels_on_lines_of_their_own(loader, tmp_path):
    got = facts(loader, tmp_path, LINE_LABELS)
    assert ("Prior Wireless", "ACQUIRED", "Selkie Networks") in got
    assert any({s, o} == {"Prior Wireless", "Borrowdale Telecom"} for s, t, o in got)
    assert not any({s, o} == {"Selkie Networks", "Borrowdale Telecom"} for s, t, o in got)
    assert ("Prior Wireless", "INVESTED_IN", "Ostrava Optics") in got
    assert ("Prior Wireless", "INVESTED_IN", "Quenby Labs") not in got  # the analyst's "we" is not the company


QUOTES = """A new chapter

"We led the seed round in Ostrander Robotics," said Ada Brill, a partner at Harrowgate Ventures.

"We partnered with Quell Systems," Tavish Group's Ron Ide said. "We also invested in Dunmore AI."

"We backed Lark Labs," said Ada Brill, who also advises Corbel Group.

"We bought Fenwick Data," Mara Holt said.
"""


def test_a_quote_speaks_for_the_organisation_its_attribution_names(loader, tmp_path):
    got = facts(loader, tmp_path, QUOTES)
    assert ("Harrowgate Ventures", "INVESTED_IN", "Ostrander Robotics") in got
    assert any({s, o} == {"Tavish Group", "Quell Systems"} for s, t, o in got)
    assert ("Tavish Group", "INVESTED_IN", "Dunmore AI") in got  # the same speaker's next sentence
    assert ("Corbel Group", "INVESTED_IN", "Lark Labs") not in got  # advising is no employer
    assert ("Harrowgate Ventures", "INVESTED_IN", "Lark Labs") in got  # the partner named before still speaks for it
    assert not any(o == "Fenwick Data" for s, t, o in got)  # no organisation named


def test_our_flagship_model_is_the_authors_product(loader, tmp_path):
    text = "Brackenridge Labs — News\n\nToday we are releasing our flagship model, Wrenlet-2, to all customers.\n"
    assert ("Brackenridge Labs", "DEVELOPS", "Wrenlet-2") in facts(loader, tmp_path, text)
    unsigned = "News\n\nToday we are releasing our flagship model, Wrenlet-2, to all customers.\n"
    assert not any(o == "Wrenlet-2" for s, t, o in facts(loader, tmp_path, unsigned))


JOINT_RELEASE = """PRESS RELEASE

Tollgate Robotics and Fernhill Ventures announce a partnership.

About Tollgate Robotics
Tollgate Robotics builds autonomous forklifts. We acquired Pellmark Labs in 2025.

About Fernhill Ventures
Fernhill Ventures is an early-stage investor. We backed Ostrava Optics in 2024.
"""


def test_each_about_section_speaks_for_its_own_organisation(loader, tmp_path):
    got = facts(loader, tmp_path, JOINT_RELEASE)
    assert ("Tollgate Robotics", "ACQUIRED", "Pellmark Labs") in got
    assert ("Fernhill Ventures", "INVESTED_IN", "Ostrava Optics") in got
    assert ("Tollgate Robotics", "INVESTED_IN", "Ostrava Optics") not in got
    assert not any("PRESS" in s for s, t, o in got)


PERFECT = """Halvorsen Dynamics — Company Blog

Halvorsen Dynamics makes inspection drones for wind farms.

Our drones now fly on three continents, and we've joined Pendrake's Lighthouse program for
growth-stage startups.

This spring we’ve also acquired Osterlund Vision, a small computer-vision startup from Malmö.
"""


UNSIGNED_PERFECT = """Our drones now fly on three continents, and we've joined Pendrake's Lighthouse program for
growth-stage startups.
"""


INTERVIEW = """[VC 인터뷰] "초기 투자는 결국 사람을 보는 일"
윤가람 다솔벤처스 파트너 "데이터를 가진 팀이 이긴다"

다솔벤처스는 2018년 설립된 초기 전문 벤처캐피털이다. 윤 파트너를 서울 사무실에서 만났다.

— 올해 첫 투자처는 어디였나.

"지난 2월에 부산 스타트업 해솔로보틱스에 30억원을 넣었어요. 물류 로봇을 만드는 회사입니다."
"""


def test_a_perfect_contracted_with_we_keeps_we_as_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, PERFECT)
    assert ("Halvorsen Dynamics", "PARTICIPATES_IN", "Lighthouse program") in got
    assert ("Halvorsen Dynamics", "ACQUIRED", "Osterlund Vision") in got


def test_a_perfect_with_no_author_stated_gives_no_first_person_fact(loader, tmp_path):
    got = facts(loader, tmp_path, UNSIGNED_PERFECT)
    assert not any(rel == "PARTICIPATES_IN" for _, rel, _ in got)


def test_an_interviewee_in_the_subtitle_under_a_tagged_headline_answers_for_their_firm(loader, tmp_path):
    got = facts(loader, tmp_path, INTERVIEW)
    assert ("다솔벤처스", "INVESTED_IN", "해솔로보틱스") in got
