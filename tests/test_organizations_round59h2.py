"""Round 59 h2 (organizations C1): a local people's congress and the organs it has under it, named by
their place: the congress written short (某镇人大), its presidium (某镇人大主席团), its deputies' liaison
station (某某人大代表社区联络站), and a special committee of a congress or a political consultative
conference written right after the body's short name (某市人大社会建设委员会, 某市政协民族和宗教委员会).
The short 人大 names the congress only where its name closes there; a deputy after it (某区人大代表某某),
an organ's short name (某市人大内司委…) or a phrase (镇人大的工作) names none. Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the town's congress acting (an adverb closes the name)
        ("今年，青川县河口镇人大将继续跟踪十件实事的进度。", ["青川县河口镇人大"]),
        # after a verb of addressing, a verb closes the name
        ("去年冬天，青溪社区几位老人向区人大反映了停车难问题。", ["区人大"]),
        # the presidium in a list of co-organizers
        (
            "义诊由石门市总医院、青川县河口镇人大主席团、河口镇科协一起承办。",
            ["石门市总医院", "青川县河口镇人大主席团", "河口镇科协"],
        ),
        # the deputies' liaison station named by its area
        ("上周，光华人大代表社区联络站邀请居民到会议室座谈。", ["光华人大代表社区联络站"]),
        # special committees of both bodies, their field crossing a stop word (建设) and a conjunction (和)
        (
            "普法月由青州市政协民族和宗教委员会、市人大社会建设委员会共同发起。",
            ["青州市政协民族和宗教委员会", "市人大社会建设委员会"],
        ),
        ("青川县人大教育科学文化卫生委员会到三所小学调研课后服务。", ["青川县人大教育科学文化卫生委员会"]),
    ],
)
def test_congress_and_its_organs_named_by_place(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a deputy: a person's title
        "区人大代表刘明建议把健身器材装到每个小区。",
        "该镇人大代表周青山说，这次投票很有意义。",
        # an organ's short name before a post: the title a person carries
        "市人大教科文卫委副主任委员王春来到托管班看望孩子。",
        # a phrase about the congress's role, not the body acting
        "这些年，镇人大的工作越来越贴近百姓生活。",
        # bare organs with no place name none
        "会上，人大主席团工作报告获得通过。",
        "居民可以到人大代表联络站提出建议。",
        # 人大 inside other words
        "小区里都是老熟人大家彼此照应。",
        # a member, a clause before a committee: no committee of the body
        "区政协委员会议期间，委员们走访了两户困难家庭。",
        "市政协主席张明在居民委员会听取意见。",
    ],
)
def test_deputies_phrases_and_bare_organs_name_nothing(text: str) -> None:
    assert organizations_found(text) == []
