"""Round 59 h2b (organizations C2): a social-work agency or charity going by its brand (某某社工, 某某公益)
in three more contexts that show it is the agency, not its workers: a word classing it as an
organization right before it (辖区社会组织某某社工), its own quoted project right after it (某某社工
“某某”项目), and a place written between a frame word and the brand (联合某市某某社工), which then
joins the name. A worker's modifier before 社工, a province's workforce before a quoted programme and
a place before a kind of worker still name nothing. Sentences are invented."""

import pytest

from tests.contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # classed as an organization right before its name
        ("暑假期间，青溪社区联合辖区社会组织晨雨社工开展托管班。", ["晨雨社工"]),
        # its own quoted project after it
        ("在座谈会上，晨雨社工“银龄乐学”项目负责人刘芳介绍了经验。", ["晨雨社工"]),
        ("去年，晨雨社工“四点半课堂”项目覆盖了六个小区。", ["晨雨社工"]),
        # a place between the frame word and the brand joins the name
        ("青溪街道社工站联合青州市晨雨社工开展入户走访。", ["青溪街道社工站", "青州市晨雨社工"]),
        ("活动由桃源社区携手青州市和煦公益共同举办。", ["青州市和煦公益"]),
    ],
)
def test_brand_agency_in_an_organization_context(text: str, expected: list[str]) -> None:
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a province's social workers before a quoted programme
        "自全省实施江西社工“春苗计划”项目以来，队伍不断壮大。",
        # workers with a modifier after the class word or the place
        "培训班邀请市里的社会组织资深社工授课。",
        "青溪社区联合青州市专业社工开展活动。",
        "桃源社区依托青州市老年社工服务居民。",
        # the class word before an activity
        "辖区社会组织开展助老活动，居民踊跃参加。",
    ],
)
def test_workers_and_activities_name_no_agency(text: str) -> None:
    assert organizations_found(text) == []
