"""Korean report text extracted from PDF: tables flattened one cell per line, names and
glosses broken over line ends (invented examples)."""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def _batch(text: str):
    return DocumentLoader().load_text(SourceText(Document(id="w", path="w.txt", lang="ko"), text)).batch


FLAT_DEAL_GRID = """\
남부 지역의 연산 인프라 투자는 올해 들어 빠르게 늘어났으며 민간 자본의 참여도 두드러진다.

표 4-1. 주요 AI 인프라 투자 사례(2025년)
국가
기업
투자자
금액
시기
포르투갈
벨라미르 시스템즈(Belamir Systems)
Harrowgate Capital(주도), Quintal Ventures
3,000만 유로
2025.5
스페인
오르세타 랩스
Tidemark Partners
1억 2,000만 유로
2025.9
자료: 각사 발표 종합.
"""


def test_a_deal_grid_flattened_one_cell_per_line_gives_each_investor_its_deal():
    rels = {(r.subject, r.type, r.object): r.props for r in _batch(FLAT_DEAL_GRID).relationships}
    investments = {(s, o) for s, t, o in rels if t == "INVESTED_IN"}
    # Two investors in one cell, the lead's "(주도)" no part of its name.
    assert {("harrowgate-capital", "벨라미르-시스템즈"), ("quintal-ventures", "벨라미르-시스템즈"),
            ("tidemark-partners", "오르세타-랩스")} <= investments
    assert len(investments) == 3
    deal = rels[("tidemark-partners", "INVESTED_IN", "오르세타-랩스")]
    assert (deal["amount"], deal["currency"], deal["date"]) == (1.2, "EUR", "2025-09")  # its own row's cells
    # The country column says where each company is based.
    assert ("오르세타-랩스", "BASED_IN", "spain") in rels
    assert ("벨라미르-시스템즈", "BASED_IN", "portugal") in rels


def test_a_hangul_spelling_glossed_with_a_compute_company_is_one_name():
    batch = _batch("노르웨이의 자산운용사 하겔룬드 캐피털은 지난해 핀란드의 데이터센터 개발사 벨로르 컴퓨트(Velor\n"
                   "Compute)를 3억 달러에 인수하였다.\n")
    bought = [r.object for r in batch.relationships if r.type == "ACQUIRED"]
    assert bought == ["벨로르-컴퓨트"]  # not "벨로르" beside a separate "Velor Compute"
    assert "Velor Compute" in batch.actors["벨로르-컴퓨트"].aliases


def test_a_joint_venture_partner_is_no_second_company_founded():
    rels = {(r.subject, r.type, r.object) for r in _batch(
        "한빛 일렉트로닉스(Hanbit Electronics)는 2025년 카타르의 Qoral Capital과 합작법인 'Qoral Hanbit AI'를 "
        "설립하였다.\n").relationships}
    assert ("한빛-일렉트로닉스", "FOUNDED", "qoral-hanbit-ai") in rels
    assert ("qoral-capital", "PARTNERS_WITH", "한빛-일렉트로닉스") in rels
    assert ("한빛-일렉트로닉스", "FOUNDED", "qoral-capital") not in rels  # the partner, not a second venture


# A page wrapped at any character whose lines keep a trailing space where a word ended: a
# line without one broke inside a word, or between a name and its gloss.
WRAPPED_WITH_WORD_ENDS = (
    "북유럽에서는 민간 자본의 인수합병이 두드러진다. 캐나다계 자산운용사 하겔룬드 캐피\n"
    "털은 지난해 핀란드의 데이터센터 개발사 벨로르 컴퓨트를 인수한 데 이어 스웨덴의 카르빅\n"
    "(Karvik)을 사들였고, 같은 해 말 노르웨이의 연산 인프라 기업과 장기 임대계약을 맺었다. \n"
    "이 거래로 북유럽의 데이터센터 용량은 크게 늘어났으며 현지 전력망 투자도 함께 늘었다.\n"
)


def test_a_gloss_on_the_next_line_stays_glued_to_its_name_where_trailing_spaces_mark_word_ends():
    from loaders.normalise import split_blocks

    block = split_blocks(WRAPPED_WITH_WORD_ENDS)[0]
    assert "하겔룬드 캐피털은" in block.text  # a word broken at the line's end is closed
    assert "카르빅(Karvik)을" in block.text  # and a gloss is written against its name
    assert block.line_at(block.text.index("(Karvik)")) == 3


def test_a_grid_whose_first_row_opens_with_a_new_name_keeps_its_width():
    """The first row's "벨라미르 시스템즈" is short, holds no number and names nothing known, as
    a column name does: the rows' numbers (amounts, dates) show where the header ended."""
    text = FLAT_DEAL_GRID.replace("국가\n", "").replace("포르투갈\n", "").replace("스페인\n", "") \
        .replace("벨라미르 시스템즈(Belamir Systems)", "벨라미르 시스템즈")
    rels = {(r.subject, r.type, r.object): r for r in _batch(text).relationships}
    assert {(s, o) for s, t, o in rels if t == "INVESTED_IN"} == {
        ("harrowgate-capital", "벨라미르-시스템즈"), ("quintal-ventures", "벨라미르-시스템즈"),
        ("tidemark-partners", "오르세타-랩스")}
    assert rels[("harrowgate-capital", "INVESTED_IN", "벨라미르-시스템즈")].evidence[0].line == 8


# A page wrapped at any character with no trailing spaces: many breaks fall inside words
# ("캐" + "피털", "회사" + "는"), some between a number and its unit, inside an acronym, or after
# an opening bracket.
WRAPPED_AT_ANY_CHARACTER = [
    "남부 지역의 반도체 설계 기업 벨로르 로직(Velor Logic)은 지난해 하겔룬드 캐",
    "피털(Hagelund Capital)으로부터 1억 2,000만 유로를 유치하였으며, 향후 5",
    "년간 연구개발에 총 1,037억 원을 투입하기로 하였다. 이 회사는 또 아부다비의 M",
    "GX와 합작법인을 세우고 현지 데이터센터 사업에 진출하기로 하였다. 이 회사",
    "는 설립 이후 누적 투자액이 업계 최대 규모에 이르렀으며 연구 인력도 크게 늘렸",
    "다. 업계는 이 회사의 성장세가 당분간 이어질 것으로 내다보고 있으며 추가 투자",
    "를 검토하는 곳도 늘고 있다. 현지 정부 역시 반도체 설계 기업(",
    "Design House)에 대한 지원을 확대하고 있다.",
]


def test_numbers_acronyms_and_brackets_broken_at_any_character_are_closed():
    from loaders.normalise import close_broken_words, split_blocks

    text = "\n".join(WRAPPED_AT_ANY_CHARACTER) + "\n"
    blocks = split_blocks(text)
    close_broken_words(blocks, text, lambda word: False)
    (block,) = blocks
    for whole in ("향후 5년간", "아부다비의 MGX와", "설계 기업(Design House)에", "하겔룬드 캐피털(Hagelund", "이 회사는 설립"):
        assert whole in block.text
    assert block.line_at(block.text.index("GX와")) == 4
