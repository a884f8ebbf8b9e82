"""Layout habits: which lines make one sentence and which stand on their own."""

from loaders.normalise import split_blocks
from tests.reading import facts, subjects_and_objects

# A short news article: every paragraph is a line of its own with a blank line after it.
SHORT_NEWS = "\n\n".join([
    "Brightwell Labs Raises $20 Million to Scale Its Inference Chips for Edge Devices",
    "By Jane Example and Tom Sample",
    "BERLIN, March 3 (Newswire)",
    "Brightwell Labs, a Berlin chip startup, said on Tuesday it raised $20 million.",
    "The round was led by Northgate Capital, with Harbor Ventures joining.",
    "Brightwell will use the money to hire engineers.",
    "Photo: a Brightwell test board at its Berlin lab",
    "The company was founded in 2021 by two former researchers.",
])


def test_a_headline_byline_dateline_and_caption_of_a_short_news_article_stay_their_own_blocks():
    texts = [b.text for b in split_blocks(SHORT_NEWS)]
    assert texts[0] == "Brightwell Labs Raises $20 Million to Scale Its Inference Chips for Edge Devices"
    assert texts[1] == "By Jane Example and Tom Sample"
    assert texts[2] == "BERLIN, March 3 (Newswire)"
    assert texts[3].startswith("Brightwell Labs, a Berlin chip startup")
    assert "Photo: a Brightwell test board at its Berlin lab" in texts
    assert len(texts) == 8


def test_a_korean_headline_stays_apart_from_the_lead_sentence():
    text = "\n\n".join([
        "반딧불AI, 120억 원 시리즈A 유치",
        "음성 AI 스타트업 반딧불AI가 시리즈A 투자를 유치했다.",
        "새벽벤처스가 투자를 이끌었다.",
        "김아무 기자",
    ])
    texts = [b.text for b in split_blocks(text)]
    assert texts[0] == "반딧불AI, 120억 원 시리즈A 유치"
    assert texts[-1] == "김아무 기자"
    assert len(texts) == 4


# A report extracted with a blank line after every line, with a box whose narrow lines follow
# each other and whose paragraphs are parted by one blank line.
REPORT_WITH_BOX = "\n\n".join([
    "정부는 올해 인공지능 산업을 키우기 위해 여러 가지 지원 정책을 새로 마련하고 있으며 관련",
    "예산도 크게 늘렸다. 특히 반도체와 데이터센터 분야의 민간 투자를 이끌어 내기 위한 세제",
    "혜택을 확대하고, 스타트업의 해외 진출을 돕는 프로그램도 함께 운영하기로 하였다.",
    "이러한 흐름 속에서 주요 기업들도 투자 계획을 잇달아 발표하며 경쟁에 뛰어들고 있다.",
    "\n".join([
        "2026년 가람전자, 누리소프트 등 민간",
        "주도로 AI 연산 인프라 확충을 위한 3조 원",
        "규모의 한빛 클러스터 프로젝트 발표",
    ]),
    "\n".join([
        "AI 인프라 경쟁력 강화를 위한 주요 기업의",
        "대대적인 설비 투자 및 전력 기업 투자 등",
        "진행",
    ]),
    "그 결과 업계에서는 올해 설비 투자 규모가 지난해의 두 배에 이를 것으로 내다보고 있다.",
])


def test_the_wrapped_lines_of_a_box_make_one_sentence_and_its_paragraphs_stay_apart():
    texts = [b.text for b in split_blocks(REPORT_WITH_BOX)]
    assert "2026년 가람전자, 누리소프트 등 민간 주도로 AI 연산 인프라 확충을 위한 3조 원 규모의 한빛 클러스터 프로젝트 발표" in texts
    assert "AI 인프라 경쟁력 강화를 위한 주요 기업의 대대적인 설비 투자 및 전력 기업 투자 등 진행" in texts
    # The page's own paragraph, a blank line after each of its lines, is still one.
    assert texts[0].startswith("정부는 올해") and texts[0].endswith("운영하기로 하였다.")


def test_a_list_of_headlines_of_like_width_on_a_news_page_is_not_one_paragraph():
    headlines = [
        "가람전자, 북미 데이터센터 전력 설비 수주 확대",
        "누리소프트 새 번역 모델 공개…기업용 요금제 출시",
        "한빛은행 AI 상담 서비스 전 지점으로 넓혀 운영",
        "서울 지하철 요금 인상안 시의회 상임위원회 통과",
    ]
    article = [
        "기술 기업들의 설비 투자가 올해도 이어질 전망이다. 업계는 데이터센터와 전력 설비에 대한 수요가 "
        "당분간 줄지 않을 것으로 보고 있다.",
        "가람전자는 북미 지역에서 데이터센터 전력 설비를 새로 수주했다고 밝혔다. 회사는 올해 안에 현지 공장의 "
        "생산 능력을 두 배로 늘릴 계획이다.",
        "누리소프트도 기업 고객을 겨냥한 번역 모델을 내놓으며 시장 공략에 나섰다. 회사는 요금제를 새로 "
        "마련해 중소기업의 도입 부담을 낮추겠다고 설명했다.",
        "다른 뉴스",
    ]
    text = "\n\n".join(article) + "\n" + "\n".join(headlines) + "\n"
    texts = [b.text for b in split_blocks(text)]
    assert texts[4:] == headlines


def test_a_numbered_item_opening_on_its_topic_goes_on_past_a_closing_quote():
    text = "\n".join([
        "Ⅲ. 주요 계약",
        "1. 회사는 2026년 5월 2일 가람클라우드와 '산업 현장용 음성 인식 및 요약 서비스 플랫폼'",
        "공동개발에 관한 업무협약을 체결하였습니다. 양사는 연내 시범 서비스를 시작할 계획입니다.",
        "2. 반딧불 음성비서 ‘하람’",
        "회사의 음성비서 서비스는 올해 3월부터 유료로 전환되었으며 이용자는 꾸준히 늘고 있습니다.",
    ])
    texts = [b.text for b in split_blocks(text)]
    assert any(t.startswith("1. 회사는") and "플랫폼' 공동개발에 관한 업무협약을 체결하였습니다." in t for t in texts)
    # An item naming a title stays a title.
    assert "2. 반딧불 음성비서 ‘하람’" in texts


def test_a_narrow_cell_line_broken_before_a_particle_goes_on_the_word():
    # A table cell's narrow lines, a blank line after each, in a report laid out that way.
    text = "\n\n".join([
        "누리국은 올해 로봇 산업 육성을 위한 종합 계획을 새로 발표하였으며, 관련 예산을 크게",
        "늘려 제조 현장의 자동화를 앞당기겠다는 목표를 세웠다. 정부는 이를 통해 인력 부족",
        "⦁상용화 속도: ‘협동 로봇’",
        "의 보급을 가장 먼저 이룰 시장으",
        "로 평가되며, 투자도 빠르게 늚",
    ])
    texts = [b.text for b in split_blocks(text)]
    assert "⦁상용화 속도: ‘협동 로봇’의 보급을 가장 먼저 이룰 시장으로 평가되며, 투자도 빠르게 늚" in texts


def test_a_dated_timeline_item_opens_a_new_block():
    blocks = split_blocks("3월 ▲ 가온AI, 시리즈A 100억원 … 누리벤처스 주도\n4월 ▲ 다온랩스, 시드 20억원\n연간 ▲ 총 120억원\n")
    assert [b.text.split()[0] for b in blocks] == ["3월", "4월", "연간"]


def test_a_slide_decks_short_lines_are_never_joined():
    text = "[1/3]\n표지\n\n[2/3]\n참여: 한빛벤처스, 누리인베스트먼트, 가온파트너스\n누적 투자 3,000억 돌파\n\n[3/3]\n끝\n"
    assert "참여: 한빛벤처스, 누리인베스트먼트, 가온파트너스" in [b.text for b in split_blocks(text)]


def test_short_lines_of_a_page_without_slide_numbers_still_join():
    text = "이 보고서는 한빛벤처스와 누리인베스트먼트가 함께 만든 투자 현황\n자료를 바탕으로 작성되었다.\n"
    assert len(split_blocks(text)) == 1


def test_a_double_hyphen_dateline_and_a_posted_byline_are_no_actors(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwell forms robotics venture\n"
                "HANAKO SUZUMURA, Eastern Ledger staff writer\n\n"
                "KYOTO -- Tarnwell Holdings said on Monday it will set up a venture with Brivane Labs. "
                "It also invested in Quorlix Robotics last year.\n")
    names = subjects_and_objects(got)
    assert not names & {"KYOTO", "HANAKO SUZUMURA"}


def test_a_line_ending_on_a_quoted_name_a_clause_modifies_goes_on():
    text = ("2024년 3월 2일 공포된 ‘해양 데이터 개방과 활용 촉진을 위한 조치’\n\n"
            "행정명령에 따라 해양부는 새로운 자료 공개 지침을 내놓았다.\n")
    blocks = [b.text for b in split_blocks(text)]
    assert any("조치’ 행정명령에 따라" in b for b in blocks)


def test_a_quoted_title_on_a_line_of_its_own_still_ends_there():
    text = "‘해양 데이터 개방과 활용 촉진을 위한 조치와 그 배경에 관한 검토’\n\n행정명령의 내용을 살펴본다.\n"
    assert len(split_blocks(text)) == 2


def test_a_document_title_broken_over_lines_stays_one_element():
    text = "방위성\n\n「해양 감시 무인체계\n\n운용 지침」\n\n⦁3대 중점 분야 설정\n"
    assert "「해양 감시 무인체계 운용 지침」" in [b.text for b in split_blocks(text)]


def test_a_full_width_line_ending_in_a_bracket_and_a_space_goes_on_in_a_pdf_with_blank_lines(tmp_path):
    from loaders.normalise import split_blocks

    lines = ["제2장 주요국 정책 동향 12", "",
             "2.1 EU의 규제 체계", "",
             "규제 측면에서 위원회는 2025년 8월부터 「데이터법」(Data Act)의 범용 AI(GPAI) ", "",
             "모델 의무를 시행하고 있으며, 데이터 사무국(Data Office)이 이를 감독하고 있다. 아울러 위원회", "",
             "는 2026년 1월 조사를 개시하였다.", "",
             "2.2 미국의 규제 체계(2025) ", "",
             "미국 상무부는 2025년 1월 수출 통제 규정을 개정하였으며, 이에 따라 고성능 반도체의 수출이 제한되", "",
             "었다."]
    texts = [b.text for b in split_blocks("\n".join(lines) + "\n")]
    assert any(t.startswith("규제 측면에서") and "모델 의무를" in t for t in texts)
    assert "2.2 미국의 규제 체계(2025)" in texts  # a heading stops short of the margin
