"""Re-joining PDF-broken lines while keeping the map to the original lines."""

from loaders.normalise import split_blocks

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
