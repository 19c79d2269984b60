"""People, round 30: the photographer a photo caption credits (…。记者 某某 摄, （某某 摄）).

A caption's closing credit is a credit of the article's: the names with the title as written,
or role 摄 for names written alone before the verb. A caption the page reader takes out of the
article still yields its credit (the name only goes back into the text, pointing at the
credit's characters); its other words name nobody. Pages written for these tests, with
made-up names."""

from __future__ import annotations

import pytest

from contexts import split_page
from shequ.api import extract

HEAD = (
    "柳溪社区办起老年食堂\n\n"
    "近日，柳溪社区老年食堂正式开业，食堂每天为八十多位老人供餐。\n\n"
    "居民们在食堂里排队打饭，老人们吃得很开心。社区还组织志愿者为行动不便的老人送餐上门。\n\n"
)


def people_of(raw: str) -> list[tuple[str, str | None, list[str]]]:
    """(name, role, the raw text each evidence points at) of every person on the page."""
    sheets = [sheet.model_dump() for sheet in extract(raw)]
    return [
        (person["name"], person["role"], [raw[e["start"] : e["start"] + len(e["text"])] for e in person["evidence"]])
        for sheet in sheets
        for person in sheet["people"]
    ]


CAPTION_CASES = [
    # a caption taken out of the text: its credit stays, with the title as written
    (HEAD + "志愿者为老人送餐。\n（晨报记者 曹一鸣 摄）\n", [("曹一鸣", "记者", ["曹一鸣"])]),
    # names alone before 摄 (a space before the verb): role 摄
    (HEAD + "  （宁晓川 摄）\n", [("宁晓川", "摄", ["宁晓川"])]),
    # a person named in the caption's description is no person; its credit is
    (HEAD + "社区书记宋海鸥为老人盛汤。（晨报记者 曹一鸣 摄）\n", [("曹一鸣", "记者", ["曹一鸣"])]),
    # a caption with no credit yields nobody
    (HEAD + "志愿者在柳溪社区为老人送餐。\n", []),
    (HEAD + "社区书记宋海鸥为老人盛汤。（资料图片）\n", []),
]


@pytest.mark.parametrize("raw, expected", CAPTION_CASES)
def test_round30_removed_caption_keeps_its_credit(raw, expected):
    assert people_of(raw) == expected


def test_round30_removed_caption_words_stay_out_of_the_text():
    articles, furniture = split_page(HEAD + "社区书记宋海鸥为老人盛汤。（晨报记者 曹一鸣 摄）\n")
    assert len(articles) == 1
    assert articles[0].text.endswith("送餐上门。\n曹一鸣")
    assert "宋海鸥" not in articles[0].text
    assert furniture == ["社区书记宋海鸥为老人盛汤。（晨报记者曹一鸣摄）"]


IN_TEXT_CASES = [
    # a caption left in the text, its credit closing the paragraph
    ("近日，社区志愿者为独居老人送去热饭热菜，老人们连声道谢。记者 潘若溪 摄\n", [("潘若溪", "记者")]),
    # two names after one title, set apart by a space on the page
    ("社区食堂面向全体居民开放，每天供应早午两餐。记者 潘若溪 庞嘉木 摄\n", [("潘若溪", "记者"), ("庞嘉木", "记者")]),
    # a bare credit after a caption sentence, once per photo: one person, role 摄
    ("老人们在食堂里用餐。邝启文 摄\n志愿者为老人盛汤。邝启文 摄\n", [("邝启文", "摄")]),
    # the credit run on into the next paragraph on the page (its line still ends at 摄)
    ("志愿者为老人送餐。记者 潘若溪 摄\n当天上午，社区食堂正式开业。\n", [("潘若溪", "记者")]),
]


@pytest.mark.parametrize("raw, expected", IN_TEXT_CASES)
def test_round30_caption_credit_in_text(raw, expected):
    assert [(name, role) for name, role, _ in people_of(raw)] == expected


NO_CREDIT_CASES = [
    # 摄 inside a sentence, or the noun 摄影: no credit
    "社区邀请居民拍摄照片，记录社区的变化。\n",
    "社区举办摄影展，展出居民作品五十幅。\n",
    # a word, not a name, before a bare 摄
    "活动现场气氛热烈。资料 摄\n",
    # no space before 摄 and no title: a verb phrase, not a credit
    "居民们说，这些照片都是志愿者所摄\n",
]


@pytest.mark.parametrize("raw", NO_CREDIT_CASES)
def test_round30_no_caption_credit(raw):
    assert people_of(HEAD + raw) == []
