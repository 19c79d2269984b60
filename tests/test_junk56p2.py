"""Round 56 (p2): junk shapes a bulk read found, removed by general rules.

Quantities: a building's number after a verb of residing jieba keeps as one word (家住6幢) is an
address; an unknown join of a verb and its directional complement (送上), of 各 and a verb (各持)
or a set phrase opened by 各 (各有特色) closes what a figure counts; a likeness clause (像某某这样…的)
is no counted thing; the lone character left of a word jieba joined across the measure word
(名|师) opens the noun; a measure word of organizations (not of teams) counts the organizations
before 的, not the people after it; a party's head count (一行4人) is named by nobody after it, and
a post taken (担任楼道长) names the people counted.
Titles: a short line closed by 现场/合影 over the body is a photo caption, no headline. Sentences
and pages are invented."""

from __future__ import annotations

import pytest

from contexts import split_page
from shequ.api import extract


def _counts(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(q.evidence[0].text, q.value, q.unit, q.subject) for sheet in extract(text) for q in sheet.quantities]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the residing verb jieba keeps whole: where the speaker lives
        ("家住4幢的王阿英说，现在吃饭方便多了。", []),
        ("居住11幢的李师傅说，饭菜很合口味。", []),
        # buildings counted stay
        ("小区共有住宅11幢，入住率很高。", [("11幢", 11.0, "幢", "住宅")]),
    ],
)
def test_junk56p2_building_after_residing_verb_is_an_address(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb glued to its complement, or 各 glued to a verb, is the predicate
        ("志愿者为柳岸村83户困境人群送上米面。", [("83户", 83.0, "户", "困境人群")]),
        ("12个行政村各持一把钥匙。", [("12个", 12.0, "个", "行政村")]),
        ("3家助餐点各有特色，老人吃得开心。", [("3家", 3.0, "家", "助餐点")]),
        # the noun alone stays whole
        ("社区为12户独居老人送去米面。", [("12户", 12.0, "户", "独居老人")]),
    ],
)
def test_junk56p2_glued_predicate_closes_the_counted_noun(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one the counted are like is not what is counted
        ("镇里挑选了320名像刘青山这样在村里口碑好的老干部、老教师和能人。", [("320名", 320.0, "名", None)]),
        # a clause between the likeness and its 的: the people after it are counted
        ("社区选出20名像他这样口碑好的党员。", [("20名", 20.0, "名", "党员")]),
        ("600多位像她一样的老人参加活动。", [("600多位", 600.0, "位", "老人")]),
    ],
)
def test_junk56p2_likeness_is_no_counted_thing(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 名师 joined across the measure word: the 师 opens the students' noun
        ("50名师大学子参加活动。", [("50名", 50.0, "名", "师大学子")]),
        ("30名师范学生走进社区。", [("30名", 30.0, "名", "师范学生")]),
        # a whole noun for people still ends the phrase before its predicate
        ("20名志愿者身穿红马甲。", [("20名", 20.0, "名", "志愿者")]),
    ],
)
def test_junk56p2_character_cut_off_by_the_measure_word_opens_the_noun(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # organizations are counted, the people after 的 belong to them
        ("来自24家省内主流都市媒体的记者参加活动。", [("24家", 24.0, "家", "省内主流都市媒体")]),
        # the clause before 的 still describes the organizations counted
        ("12家信誉良好的商户加入联盟。", [("12家", 12.0, "家", "商户")]),
        ("5家来自外地的企业参加。", [("5家", 5.0, "家", "企业")]),
        # teams are named by their members
        ("六支不同专长的志愿者队伍参加。", [("六支", 6.0, "支", "志愿者队伍")]),
    ],
)
def test_junk56p2_organizations_count_no_people(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party named before its head count: its visit names nobody
        ("张大成、李小红等一行4人到访青禾市协作中心。", [("4人", 4.0, "人", None)]),
        # a post taken is who the people are
        ("每10-20户推选1人担任单元长。", [("1人", 1.0, "人", "单元长")]),
        ("共有12人担任志愿者。", [("12人", 12.0, "人", "志愿者")]),
        # taking part stays what the people counted did
        ("200余人参加义诊。", [("200余人", 200.0, "人", "参加义诊")]),
    ],
)
def test_junk56p2_party_and_post_after_a_people_count(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "raw, title, caption",
    [
        # the page kept only the photo's caption over the body
        ("\n社区议事会现场\n1月6日，青禾区翠柳社区召开议事会，居民代表二十人参加。会上大家讨论了加装电梯的事。\n",
         "", "社区议事会现场"),
        # a caption under the headline is no tail of it
        ("\n翠柳社区召开议事会\n志愿者合影\n1月6日，青禾区翠柳社区召开议事会，居民代表二十人参加。会上大家讨论了加装电梯的事。\n",
         "翠柳社区召开议事会", "志愿者合影"),
        # a reporter's 第一现场 is a headline's words
        ("\n直击垃圾分类第一现场\n1月6日，青禾区翠柳社区召开议事会，居民代表二十人参加。会上大家讨论了加装电梯的事。\n",
         "直击垃圾分类第一现场", None),
    ],
)
def test_junk56p2_photo_caption_line_is_no_headline(raw, title, caption):
    articles, _ = split_page(raw)
    assert [a.title for a in articles] == [title]
    assert articles[0].body.startswith("1月6日")
    if caption:
        assert caption not in articles[0].title
