"""Re-joining PDF-broken lines while keeping the map to the original lines."""

from loaders.normalise import close_broken_words, drop_footnote_marks, split_blocks

PDF_TEXT = "\n\n".join([
    "미국 정부는 2025년 1월, AI 인프라 경쟁력 강화를 위한 대규모 투자",
    "계획을 발표하였다. 총 5,000억 달러가 투입되는 이 프로젝트는 AI 데이터",
    "센터 구축을 포괄하고 있다.",
    "주요 참여 기업 및 역할",
    "OpenAI 미국 프로젝트 운영 총괄",
])


def test_pdf_lines_are_joined_and_mapped_back():
    blocks = split_blocks(PDF_TEXT)
    first = blocks[0]
    assert first.text.startswith("미국 정부는") and first.text.endswith("포괄하고 있다.")
    assert [line for _, line in first.spans] == [1, 3, 5]
    assert first.line_at(first.text.index("계획을")) == 3
    assert first.line_at(first.text.index("센터")) == 5
    # Short roster lines stay apart.
    assert [b.text for b in blocks[1:]] == ["주요 참여 기업 및 역할", "OpenAI 미국 프로젝트 운영 총괄"]
    assert blocks[2].first_line == 9


def test_trailing_space_marks_word_boundaries_where_the_document_keeps_them():
    lines = ["기술은 더 이상 단순한 산업 자본이 아니라 국", "가의 무역·외교·안보·정치 전반을 좌우하는 전략 ",
             "자산으로 부상하였다. 미국은 새로운 정책을 계속 내놓고 있다. "] * 3
    text = "\n\n".join(lines)
    block = split_blocks(text)[0]
    assert "국가의" in block.text and "전략 자산으로" in block.text


def test_table_rows_and_bullets_stay_separate():
    text = "투자자\t투자액\t투자받은 기업\nTencent Holdings\t3억 달러+\tMoonshot AI\n- 첫째 항목\n- 둘째 항목"
    blocks = split_blocks(text)
    assert [b.is_table_row for b in blocks] == [True, True, False, False]
    assert blocks[1].first_line == 2 and blocks[3].first_line == 4


def _paragraph(*lines: str) -> str:
    """A PDF page as extracted: every line followed by a blank line."""
    return "\n\n".join(lines)


def test_a_heading_narrower_than_its_paragraph_ends_its_own_block():
    text = _paragraph(
        "다. 가상 공장 실증 거점 전략",
        "누리국은 제조업을 신기술 확산의 첫 번째 분야로 정하고 산업 데이터를 기",
        "반으로 한 기초모델과 실증 현장을 결합한 확산 정책을 추진하고 있다.",
        "미래 산업 전략과 새로운 성장 동력",
        "누리국 정부는 2025년 새로운 제조 혁신 계획을 발표하며 산업 전반의 자동",
        "화와 지능화를 동시에 추진하고 있다고 밝혔다.",
    )
    blocks = split_blocks(text)
    assert [b.text[:12] for b in blocks] == ["다. 가상 공장 실증 ", "누리국은 제조업을 신기", "미래 산업 전략과 새로",
                                             "누리국 정부는 2025"]
    assert [b.first_line for b in blocks] == [1, 3, 7, 9]


def test_a_closing_quote_inside_a_paragraph_does_not_end_the_sentence():
    text = _paragraph(
        "2025년 1월 누리국 대통령은 취임 직후 전임 정부의 규제 명령을 철회하고,",
        "대신 ‘모두를 위한 기술 개방과 혁신 장벽 제거’",
        "행정명령에 서명했다. 이 명령은 규제 부담을 줄이는 것을 목적으로 한다.",
    )
    [block] = split_blocks(text)
    assert "장벽 제거’ 행정명령에 서명했다." in block.text
    assert block.line_at(block.text.index("행정명령")) == 5


def test_a_quoted_title_line_of_its_own_and_a_footnote_after_a_full_stop_end_their_block():
    text = _paragraph(
        "누리국의 대규모 연산 인프라 투자 계획, ‘하늘길(Skyway)’",
        "누리국 정부는 2025년 1월 연산 인프라 경쟁력 강화를 위한 대규모 투자를",
        "발표하였고 이를 위해 관련 제도를 정비해야 한다.3)",
        "한편 이웃 나라들도 비슷한 계획을 잇달아 발표하며 경쟁에 뛰어들고 있다.",
    )
    blocks = split_blocks(text)
    assert [b.first_line for b in blocks] == [1, 3, 7]


def test_a_final_ending_broken_onto_the_next_line_is_no_heading():
    text = _paragraph(
        "누리국 정부는 2024년 연산 자원 확보를 위한 국가 계획을 처음으로 수립하였",
        "다. 이 계획은 민간 데이터센터와 공공 슈퍼컴퓨터를 하나로 묶는다.",
    )
    [block] = split_blocks(text)
    assert "수립하였다. 이 계획은" in block.text


def _closed(text: str) -> str:
    blocks = split_blocks(text)
    close_broken_words(blocks, text, lambda word: False)
    return " ".join(b.text for b in blocks)


def test_a_number_and_its_unit_broken_over_two_lines_are_one_amount():
    text = _paragraph(
        "가온벤처스는 2026년 2월 누리랩스의 시리즈 B 라운드에 총 120",
        "억 엔을 투자하였으며, 같은 라운드에 다른 투자사들도 함께 참여하였다.",
    )
    assert "총 120억 엔을 투자하였으며" in _closed(text)


def test_a_syllable_written_nowhere_else_alone_ends_the_word_before():
    text = _paragraph(
        "누리국은 법 제정과 보조금과 수출관리를 하나로 묶어 계산자원 확보를 추진하",
        "고 있다는 점에서 분산된 지원 체계에 비해 시사하는 바가 대단히 크다.",
        "이 사업은 새로운 연산 인프라 구축 계획을 담고 있으며 앞으로 확대될",
        "수 있고, 지역 거점도 함께 늘려 나갈 수 있을 것으로 보인다.",
    )
    closed = _closed(text)
    assert "추진하고 있다는" in closed
    assert "확대될 수 있고" in closed  # "수" is a word


def test_a_paragraph_cut_by_footnotes_at_the_foot_of_a_page_goes_on_after_them():
    text = "\n".join([
        "이처럼 국제적인 흐름 속에서 독자적인 기술 역량을 잃을 수 있다는 두려움이 ",
        "커지면서 많은 나라들이 자국의 연산 자원과 데이터, 인재와 같은 핵심 기술 ",
        "1) 가상의 저자(2021), 「기술과 국가」(검색일: 2025. 1. 5.).",
        "2) 이 글에서 말하는 기술 역량은 연산, 데이터, 인재를 모두 포함하는 넓은 뜻으로 쓰",
        "였음.",
        "제3장 세계의 기술 정책 • 41",
        "역량을 유지하기 위해 고군분투하고 있다. 특히 최근에는 그 흐름이 더 빨라졌다.",
    ])
    blocks = split_blocks(text)
    paragraph = blocks[0]
    assert "핵심 기술 역량을 유지하기 위해" in paragraph.text
    assert paragraph.line_at(paragraph.text.index("역량을 유지")) == 7
    assert [b.first_line for b in blocks[1:]] == [3, 4, 6]
    assert blocks[2].text.endswith("쓰였음.")


def test_a_line_opening_with_a_currency_continues_a_country_name_ending_in_da():
    text = "\n".join([
        "□ 가온랩은 2021년 세워진 문서 특화 기업으로, 2025년 7월 누리 캐피털이 이끈 시리즈 B에서 6,500만 캐나다",
        "달러를 유치함. 이 라운드에는 다른 투자사도 함께 참여함",
    ])
    [block] = split_blocks(text)
    assert "캐나다 달러를 유치함." in block.text


def _wrapped_anywhere(*lines: str) -> str:
    """A PDF page cut wherever the width ran out, words or not, with no trailing spaces; its
    first paragraph shows it breaking words ("산업" + "용", "방식" + "과", "커지" + "는")."""
    return "\n".join([
        "□ 누리국과 이웃 나라들은 넓은 시장과 여러 언어를 바탕으로 현지 특화 모델과 산업",
        "용 수요가 빠르게 늘고 있는 지역임. 각국 정부는 선정 기업에 보조금을 주는 방식",
        "과 공공 펀드를 통한 간접 출자 방식을 함께 쓰고 있으며, 그 규모는 해마다 커지",
        "는 추세임",
        *lines,
    ])


def test_a_document_wrapped_at_any_character_gets_its_broken_words_back():
    text = _wrapped_anywhere(
        "□ 누리국 정부는 풍부한 가스 수입을 바탕으로 2024년 이후 연산 분야에 투자해",
        "왔으며, 올해에는 국가 전략의 핵심 축으로 인공지능을 설",
        "정하고, 공공 펀드를 통해 데이터센터와 응용 서비스 전",
        "반에 자본을 공급하고 있음. 다만 연산 자원 확보 여",
        "부에 따라 구축 일정이 크게 달라질 가능성이 높음",
        "○ 가온랩스는 2026년 3월 누리 캐피털과 한빛 벤처스가 함께 주도한 라운드",
        "에서 투자를 유치하였으며, 조달 자금은 해외 진출에 쓰일 예정임",
    )
    closed = _closed(text)
    for word in ("설정하고", "전반에", "여부에"):
        assert word in closed
    # Breaks between words stay: "…이후 연산 분야에 투자해" + "왔으며" is a verb and its auxiliary.
    assert "공공 펀드를 통해 데이터센터와" in closed and "투자해 왔으며" in closed


def test_a_particle_after_a_latin_name_and_a_latin_word_broken_without_hyphen_are_joined():
    text = _wrapped_anywhere(
        "○ 가온랩스(Gaon Labs)는 2024년 누리 펀드(Nuri Fund)와 K7",
        "가 공동 설립한 기업으로, 같은 해 하늘 벤처스(Hanul Ven",
        "tures)로부터 시리즈 A 투자를 유치하고 그 대가로 창업자 지분 20%",
        "를 넘겨주었음. 이 회사는 곧 모델을 공개할 계획이",
        "며, 공개 일정은 아직 정해지지 않았음",
    )
    closed = _closed(text)
    assert "K7가 공동 설립한" in closed and "(Hanul Ventures)로부터" in closed and "20%를" in closed
    # A name's next word starts with a capital and stays apart.
    assert "(Gaon Labs)" in closed and "(Nuri Fund)" in closed


def test_a_line_opening_with_a_particle_continues_a_name_in_brackets():
    text = _wrapped_anywhere(
        "○ 누리 지주회사는 2025년 12월 국영 에너지 기업 한빛전력(HBP)",
        "와 함께 데이터센터 전력 공급을 위한 합작법인을 설립함",
    )
    block = split_blocks(text)[-1]
    assert "한빛전력(HBP)와 함께" in block.text
    assert block.line_at(block.text.index("와 함께")) == 6


def test_a_roman_numbered_heading_starts_its_own_block():
    text = _wrapped_anywhere(
        "42                                글로벌 연산 자본 지형과 새로운 투자국의 부상",
        "Ⅳ. 누리국의 연산 투자 전략과 국부펀드의 역할",
    )
    assert [b.first_line for b in split_blocks(text)][-2:] == [5, 6]


def test_a_footnote_number_between_a_name_and_its_particle_is_taken_out():
    text = _paragraph(
        "이 라운드에는 누리 펀드 산하 운용사인 가람 벤처스(Garam Ventures)3)와 한빛 캐피털이 참여하였",
        "으며, 누리 펀드는 15조 루피아4)를 출자하였고 클라우드 자회사 코어7(Core7)은 서버를 공급함",
    )
    blocks = split_blocks(text)
    drop_footnote_marks(blocks)
    [block] = blocks
    assert "(Garam Ventures)와 한빛" in block.text and "루피아를 출자" in block.text
    assert "코어7(Core7)은" in block.text  # a number inside brackets is no footnote
    assert block.line_at(block.text.index("루피아를")) == 3


def test_a_year_or_an_english_i_opening_a_wrapped_line_continues_the_sentence():
    text = ("We first met the founders of Quillmark at a crowded workshop in Lisbon in November\n"
            "2023. They had spent years building compilers for small chips before they left.\n"
            "The team told us a lot about what they wanted, and what they did not want, which\n"
            "I think is why we trusted them with the first cheque of our new early-stage fund.\n"
            "\n"
            "3. The market is large.")
    blocks = split_blocks(text)
    assert "in November 2023. They had" in blocks[0].text
    assert "which I think is why" in blocks[1].text
    assert blocks[2].text == "3. The market is large."
