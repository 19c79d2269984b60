"""Round 40c (pairs). A 在…指导下 phrase standing between a subject and its act (某社区在A、B指导下，
引入C) names who supports the act: its units never act in it, so C pairs with the subject, not with
A or B. Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

HOME = ["芦荡湾社区"]
OPENING = "芦荡湾社区办了一场敬老宴。"
UNITS = ["云杉区委社会工作部", "云杉区民政局", "绿萝公益"]


def test_a_bare_subject_keeps_its_act_past_the_supporters():
    text = OPENING + "为让老人吃上热饭，社区在云杉区委社会工作部、云杉区民政局指导下，引入绿萝公益等专业机构，排定值班表。"
    assert pairs(text, communities=HOME, organizations=UNITS) == [("绿萝公益", "芦荡湾社区")]


def test_a_named_subject_keeps_its_act_with_no_comma_after_the_phrase():
    text = "芦荡湾社区在云杉区民政局的指导下联合绿萝公益给独居老人量血压。"
    assert ("云杉区民政局", "绿萝公益") not in pairs(text, communities=HOME, organizations=UNITS)
    assert ("绿萝公益", "芦荡湾社区") in pairs(text, communities=HOME, organizations=UNITS)


def test_supporters_alone_in_the_sentence_act_for_nobody():
    text = "据了解，在云杉区民政局的指导下，引入绿萝公益。"
    assert ("云杉区民政局", "绿萝公益") not in pairs(text, organizations=UNITS)
