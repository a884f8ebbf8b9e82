"""Layout habits: which lines make one sentence and which stand on their own."""

from loaders.normalise import split_blocks

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
