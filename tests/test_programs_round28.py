"""Programs and models, round 28: the nationwide practice activity 我为群众办实事 is no longer a
slogan; known models named by everyday words count only where an article quotes them (models.tsv
`written` quoted: 积分制, 接诉即办, 双报到, 红色物业). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names, programs_and_kinds as programs


def test_practice_activity_is_a_program_not_a_slogan():
    text = "桐林社区深入开展“我为群众办实事”实践活动，走访了三十户老人。"
    assert programs(text) == [("我为群众办实事", "activity")]


def test_practice_activity_in_a_list_of_brands():
    text = "社区涌现出“我为群众办实事”“楼栋共建”等一批志愿服务品牌。"
    assert sorted(programs(text)) == [("我为群众办实事", "brand"), ("楼栋共建", "brand")]


BARE_EVERYDAY_MODELS = [
    # a known model named by everyday words and never quoted: the ordinary thing its words say
    ("points_tally", "桐花社区实行党员积分制管理，调动了党员的积极性。"),
    ("hotline_work", "青禾街道做好接诉即办工作，回复居民来电四十件。"),
    ("reporting_in_passing", "在职党员双报到后，参加了楼道清扫。"),
    ("property_company", "桐林红色物业公司的员工为老人修好了门锁。"),
    ("property_branch", "自小区红色物业联盟党支部成立以来，已开展活动二十次。"),
]

QUOTED_EVERYDAY_MODELS = [
    ("quoted_points", "桐花村推行“积分制”，以积分制管理村务。", ["积分制", "积分制"]),
    ("quoted_hotline", "青禾街道深化“接诉即办”改革，办结率明显提高。", ["接诉即办"]),
    ("quoted_reporting", "青禾社区推行“双报到”，三十名党员到社区报到。", ["双报到"]),
    ("quoted_property", "街道打造“红色物业”，红色物业成了居民的贴心人。", ["红色物业", "红色物业"]),
]


@pytest.mark.parametrize("name, text", BARE_EVERYDAY_MODELS, ids=[row[0] for row in BARE_EVERYDAY_MODELS])
def test_everyday_model_words_written_bare_name_no_model(name, text):
    assert model_names(text) == []


@pytest.mark.parametrize("name, text, expected", QUOTED_EVERYDAY_MODELS, ids=[row[0] for row in QUOTED_EVERYDAY_MODELS])
def test_everyday_model_words_quoted_name_the_model(name, text, expected):
    assert model_names(text) == expected


def test_quoted_property_model_is_no_program():
    text = "街道打造“红色物业”，红色物业成了居民的贴心人。"
    assert programs(text) == []


def test_other_known_models_count_written_bare():
    assert model_names("桐花社区深化五社联动，居民参与度提高。") == ["五社联动"]
