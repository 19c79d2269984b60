"""Articles, round 56 h8: a photographer's credit that opens with its craft word (…服务 摄影 某某,
摄影/某某, 图片/视频 某某) credits the names after it, each with the credit's word as its role, when the
names alone run to the line's end. Pages written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from shequ.api import extract

HEAD = (
    "柳溪社区办起老年食堂\n\n"
    "近日，柳溪社区老年食堂正式开业，食堂每天为八十多位老人供餐。\n\n"
    "居民们在食堂里排队打饭，老人们吃得很开心。社区还请志愿者给腿脚不便的老人把饭菜送到家。\n\n"
)


def people_of(raw: str) -> list[tuple[str, str | None]]:
    return [(person.name, person.role) for sheet in extract(raw) for person in sheet.people]


PHOTOGRAPHER_CREDIT_CASES = [
    # the word, a space on the page, a name to the caption line's end
    (HEAD + "志愿者在路口劝导文明出行 摄影 林海涛\n", [("林海涛", "摄影")]),
    # the word and a slash after the caption's sentence end
    (HEAD + "食堂为老人准备了三菜一汤。 摄影/许文博\n", [("许文博", "摄影")]),
    # two names parted by a space on the page
    (HEAD + "老人们在食堂用餐 摄影 林海涛 许文博\n", [("林海涛", "摄影"), ("许文博", "摄影")]),
    # two craft words joined by a slash: the credit as written is the role
    (HEAD + "启动仪式现场 图片/视频 邓家明\n", [("邓家明", "图片/视频")]),
    # the words as plain nouns, or a sentence going on after the name: no credit
    (HEAD + "社区举办摄影展，展出居民作品五十幅。\n", []),
    (HEAD + "居民通过视频会议参加议事。\n", []),
    (HEAD + "摄影爱好者许文博为老人拍照。\n", []),
    (HEAD + "摄影 林海涛在社区拍了很多照片。\n", []),
]


@pytest.mark.parametrize("raw, expected", PHOTOGRAPHER_CREDIT_CASES)
def test_round56h8_photographer_credit_word_before_names(raw, expected):
    assert people_of(raw) == expected
