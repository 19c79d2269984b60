"""Programs, round 22: generic community types, a quoted name before an edition number, national
catchphrases, team and room words, titles that name plans; models: taught rules.

- A quoted type of community named by the service it specialises in (“助浴服务型社区”) is a kind
  a district builds, not a program (program_exclusions.tsv type_suffix); a type named by the
  group it is friendly to (“骑手友好型社区”) stays.
- A quote right before an edition number (“某某”第五届邻里节) is the name that edition goes by:
  the quote is the program, and the edition's festival words (also where the text repeats them
  without the quote) are no second program.
- National political catchphrases quoted as a theme (“中国梦”, “核心价值观”) are slogans.
- A team word right before a quote (文化团队“某某”) names the team, as 项目“某某” names a project;
  以“某某”为(特色)品牌 names the brand.
- 吧 ends a quoted room's own name (“某某吧”), not speech ending in the particle 吧 (“那就这样吧”).
- Unquoted teams: waste sorting is a field (垃圾分类志愿服务队 names none); a writer's own unit
  (我院, 本校) opens no team's name; a station word opening an organization's name (某某驿站社会
  工作服务中心) is no program.
- A title in book marks ending in a program word (《某某伙伴行动计划》, 《某某春风行动》) names a
  plan or campaign; a dated policy paper (《某市三年行动计划》) does not.
- 帮帮团 ends a team's name right after a quote (“某某”帮帮团 → 某某帮帮团).
- 暑托班 and 故事会 end an event or course a quote names (“某某”暑托班, “某某”民俗故事会).
- Models: a numeric abbreviation taught as knowledge or kept as village rules (“七不准”安全知识,
  “某要某不”的村规民约) is no governance method.

Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names, programs_and_kinds


def program_names(text: str) -> list[str]:
    return sorted({name for name, _ in programs_and_kinds(text)})


FOUND = [
    (
        "friendly_type_community_stays",
        "街道着力打造“骑手友好型社区”，为快递员提供便利。",
        ["骑手友好型社区"],
    ),
    (
        "quote_before_edition",
        "青禾社区“春在禾里”第五届邻里节昨天开幕，居民齐聚广场。",
        ["春在禾里"],
    ),
    (
        "quote_before_first_edition",
        "柳岸社区“相逢柳岸”首届美食文化节开幕。",
        ["相逢柳岸"],
    ),
    (
        "headline_festival_is_the_quoted_one",
        "青禾社区举办第五届邻里节。青禾社区“春在禾里”第五届邻里节昨天开幕。",
        ["春在禾里"],
    ),
    ("team_word_before_quote", "晚会上，老年文化团队“晨曦之声”表演了合唱。", ["晨曦之声"]),
    ("brand_carrier", "该站以“柳溪一家亲”为特色品牌服务家庭。", ["柳溪一家亲"]),
    ("quoted_room", "社区开了“忆友吧”，老人常来坐坐。", ["忆友吧"]),
    ("titled_plan", "会上公布了《青禾伙伴行动计划》。", ["青禾伙伴行动计划"]),
    ("titled_campaign_in_list", "街道今年推出《银发阅读春风行动》，吸引老人参加。", ["银发阅读春风行动"]),
    ("help_team", "街道召集“暖暖”帮帮团成员赶到现场，‘暖暖’帮帮团随后协调维修。", ["暖暖帮帮团"]),
    ("summer_class", "孩子们在“童趣相伴·快乐暑假”暑托班里写作业。", ["童趣相伴·快乐暑假"]),
    ("story_session", "社区举办“共赏中秋月,同叙街坊情”民俗故事会。", ["共赏中秋月,同叙街坊情"]),
    ("station_outside_org_name_stays", "青石社区暖心驿站今天开放。", ["青石社区暖心驿站"]),
    (
        "festival_without_quote_stays",
        "青禾社区第五届邻里节昨天开幕，居民齐聚广场。",
        ["青禾社区第五届邻里节"],
    ),
]


@pytest.mark.parametrize("case,text,expected", FOUND, ids=[c[0] for c in FOUND])
def test_programs_round22_found(case, text, expected):
    assert program_names(text) == expected


NOTHING = [
    ("service_type_community", "街道建起“助浴服务型社区”、“陪诊服务型社区”两类社区。"),
    ("service_type_estate", "该街道着力创建“养老服务型小区”，方便老人生活。"),
    ("catchphrase_dream", "学校围绕“中国梦”开展主题征文活动。"),
    ("catchphrase_values", "社区开展“核心价值观”主题宣传活动，居民踊跃参加。"),
    ("dated_policy_paper", "市里印发《某市三年行动计划》，部署相关工作。"),
    ("speech_particle", "他笑着说：“那就这样吧”。"),
    ("short_brand_carrier", "社区以“柳溪”为品牌。"),
    ("short_room", "社区建了“书吧”。"),
    ("help_team_word_alone", "社区的“帮帮团”又来了。"),
    ("waste_sorting_field", "街道新组建的垃圾分类志愿服务队每周入户宣传。"),
    ("own_unit_field_team", "晚会由本校青年志愿者服务队协助组织。"),
    ("station_opens_org_name", "县暖心驿站社会工作服务中心派出社工上门探访。"),
]


@pytest.mark.parametrize("case,text", NOTHING, ids=[c[0] for c in NOTHING])
def test_programs_round22_nothing(case, text):
    assert program_names(text) == []


MODELS_NOTHING = [
    ("safety_knowledge", "民警给学生讲解“七不准”安全知识。"),
    ("listed_core_knowledge", "老师带领孩子学习“五不一会”等防溺水核心知识。"),
    ("village_rules", "该村修订了“六要六不”的村规民约。"),
]


@pytest.mark.parametrize("case,text", MODELS_NOTHING, ids=[c[0] for c in MODELS_NOTHING])
def test_models_round22_taught_rules_are_no_model(case, text):
    assert model_names(text) == []


def test_models_round22_rules_quote_before_another_quote_stays():
    assert model_names("评议小组对农户“三净两规范”“邻里和睦”履行村规民约等情况进行评议。") == ["三净两规范"]


def test_models_round22_method_stays():
    assert model_names("社区推行“三清两整治”工作法，环境明显改善。") == ["三清两整治"]
