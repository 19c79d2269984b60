"""Quantities, round 29: the subject of a count (what it counts). Sentences of our own making."""

from __future__ import annotations

from test_quantities import quantities


def subjects(text: str) -> list[tuple[str, str | None]]:
    return [(q[0], q[6]) for q in quantities(text)]


# --- a link word glued to the last character of the noun before the figure ---


def test_rate_with_glued_link_word():
    assert subjects("今年青枫社区的参与率为95%。") == [("95%", "青枫社区的参与率")]


def test_person_suffix_with_glued_link_word():
    assert subjects("楼栋长有6人。") == [("6人", "楼栋长")]


def test_adverb_and_link_word_join_is_dropped():
    assert subjects("来馆读者竟达3万人次。") == [("3万人次", "来馆读者")]


def test_plain_link_word_still_skipped():
    assert subjects("今年共有8名新党员。") == [("8名", "新党员")]


# --- after a noun for people, a word that names none ends the subject ---


def test_predicate_after_person_noun_is_cut():
    assert subjects("12名楼栋志愿者身穿红马甲走进小区。") == [("12名", "楼栋志愿者")]


def test_adverbial_noun_after_elders_is_cut():
    assert subjects("30位长者免费领取了药箱。") == [("30位", "长者")]


def test_family_after_household_noun_is_kept():
    assert subjects("为18户低保家庭送去了米面。") == [("18户", "低保家庭")]


def test_two_person_nouns_are_kept():
    assert subjects("6名党员干部参加。") == [("6名", "党员干部")]


def test_representatives_are_kept_and_idiom_cut():
    assert subjects("20余名商户代表欢聚一堂。") == [("20余名", "商户代表")]


def test_count_of_things_is_untouched():
    assert subjects("社区新建了3个便民服务站点。") == [("3个", "便民服务站点")]


def test_no_count_no_subject():
    assert subjects("志愿者身穿红马甲走进小区。") == []


def test_person_noun_ahead_keeps_the_run():
    assert subjects("共有15名卫生专业服务队医护人员参加。") == [("15名", "卫生专业服务队医护人员")]


def test_kinship_person_noun_is_kept():
    assert subjects("8名巡河大姐参加。") == [("8名", "巡河大姐")]


# --- a verb before the head of a facility names the facility ---


def test_verb_before_station_head_is_kept():
    assert subjects("新建7个就业指导站。") == [("7个", "就业指导站")]


def test_facility_heads_in_a_list():
    assert subjects("建成2个文化活动室和5个法律援助所。") == [("2个", "文化活动室"), ("5个", "法律援助所")]


def test_verb_without_facility_head_still_ends_subject():
    assert subjects("3个社区开展活动。") == [("3个", "社区")]


def test_particle_suo_before_a_verb_is_no_head():
    assert subjects("5个社区所开展的活动很受欢迎。") == [("5个", "社区")]
