"""Pages in traditional characters: read as simplified, one character for one, raw text kept."""

from __future__ import annotations

import pytest

from shequ.clipping import process_clipping
from shequ.evaluate import strings_match
from shequ.normalize import normalize
from shequ.schema import evidence_item
from shequ.traditional import fold_traditional, simplified_characters

TRADITIONAL_PAGE = "重慶市九龍坡區九龍街道彩雲湖社區黨委聯合社工站開展“五社聯動”項目，服務居民三萬餘人次。"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("社區志願服務隊與街道辦事處攜手開展活動", "社区志愿服务队与街道办事处携手开展活动"),
        (TRADITIONAL_PAGE, "重庆市九龙坡区九龙街道彩云湖社区党委联合社工站开展“五社联动”项目，服务居民三万余人次。"),
        # simplified pages stay as written, though 乾, 於 and 徵 are in the table
        ("乾坤社区开展活动，于先生和徵文比赛的获奖者出席。", "乾坤社区开展活动，于先生和徵文比赛的获奖者出席。"),
        # a few traditional characters in a simplified page (a quoted old sign) are left too
        ("社区在“長樂坊”牌楼前开展活动，居民踊跃参加志愿服务。", "社区在“長樂坊”牌楼前开展活动，居民踊跃参加志愿服务。"),
        ("", ""),
        ("ABC 123", "ABC 123"),
    ],
)
def test_fold_traditional(text, folded):
    assert fold_traditional(text) == folded
    assert len(fold_traditional(text)) == len(text)


def test_simplified_characters_folds_whatever_the_page():
    assert simplified_characters("社區") == "社区"
    assert simplified_characters("乾坤") == "干坤"  # both sides of a comparison get the same


def test_a_traditional_clipping_keeps_its_offsets():
    raw = "社區動態\n" + TRADITIONAL_PAGE
    clean = normalize(raw)
    assert clean.text.split() == ["社区动态", fold_traditional(TRADITIONAL_PAGE)]
    start = clean.text.index("彩云湖社区")
    raw_start, raw_end = clean.offsets.raw_span(start, start + 5)
    assert raw[raw_start:raw_end] == "彩雲湖社區"


def test_a_traditional_clipping_gives_simplified_facts_with_traditional_evidence():
    (sheet,) = process_clipping(TRADITIONAL_PAGE, "page.txt").sheets
    dumped = sheet.model_dump(mode="json")
    assert [p["name"] for p in dumped["places"]] == ["重庆市", "九龙坡区", "九龙街道"]
    assert [c["name"] for c in dumped["communities"]] == ["彩云湖社区"]
    assert [m["name"] for m in dumped["models"]] == ["五社联动"]
    assert [(q["evidence"][0]["text"], q["evidence"][0]["raw"], q["value"]) for q in dumped["quantities"]] == [
        ("三万余人次", "三萬餘人次", 30000.0)]
    community = dumped["communities"][0]
    item = evidence_item(community["evidence"][0], dumped["sentences"])
    assert (item["text"], item["raw"]) == ("彩云湖社区", "彩雲湖社區")
    assert TRADITIONAL_PAGE[item["start"] : item["end"]] == "彩雲湖社區"


def test_traditional_characters_that_fold_to_mojibake_look_alikes_keep_their_facts():
    # 員 園 圓 simplify to 员 园 圆, which are also mojibake digits (1 0 2): both sides of
    # the evidence check must fold alike, or the fact is rejected
    raw = "“同心園”志願服務隊成立，青禾市頤和園社區十二名黨員參加。"
    (sheet,) = process_clipping(raw, "page.txt").sheets
    assert [(p.name, p.evidence[0].raw) for p in sheet.programs] == [("同心园志愿服务队", "“同心園”志願服務隊")]
    assert [(c.name, c.evidence[0].raw) for c in sheet.communities] == [("青禾市颐和园社区", "青禾市頤和園社區")]


def test_gold_written_in_traditional_characters_matches_simplified_facts():
    assert strings_match("彩云湖社区", "彩雲湖社區", "exact")
    assert strings_match("彩云湖社区党委", "彩雲湖社區", "containment")
    assert not strings_match("彩云湖社区", "彩霞湖社區", "exact")
