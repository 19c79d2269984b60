"""People, round 40c: a lone photographer's name run into 摄 with no space on the page, closing a
caption after its sentence end (…。某某摄) or in the bracket closing it (…现场（某某摄）) is a
credit with role 摄, as a spaced one (…。某某 摄) already was. The caption's words name nobody; a
common word before 摄 (全程摄) is no name, and neither is a reporter's title. Pages written for
these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles
from shequ.api import extract

HEAD = (
    "桂岭社区开设长者课堂\n\n"
    "近日，桂岭社区长者课堂开课，每周安排两次书法和剪纸课程。\n\n"
    "老人们在课堂上认真学习，课后还把作品挂在活动室的墙上展示。\n\n"
)


def people_of(raw: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for sheet in extract(raw) for p in sheet.model_dump()["people"]]


@pytest.mark.parametrize("raw, expected", [
    # after the caption's sentence end, no space before 摄
    (HEAD + "老人们在长者课堂练习剪纸。柏云舟摄\n", [("柏云舟", "摄")]),
    # a two-character name alone on its line
    (HEAD + "谷澄摄\n", [("谷澄", "摄")]),
    # in the bracket closing the caption, after an agency's word
    (HEAD + "老人们在长者课堂写春联。某某社发（闵晓棠摄）\n", [("闵晓棠", "摄")]),
    (HEAD + "长者课堂开课现场（闵晓棠 摄）\n", [("闵晓棠", "摄")]),
])
def test_a_lone_name_run_into_she_is_a_photo_credit(raw, expected):
    assert people_of(raw) == expected


@pytest.mark.parametrize("raw", [
    HEAD + "课堂全程由志愿者负责拍摄。\n",  # the verb inside a sentence
    HEAD + "老人们在长者课堂练习剪纸。全程摄\n",  # a common word before 摄
    HEAD + "长者课堂开课现场（闵晓棠摄\n",  # a bracket opened, never closed
])
def test_no_photo_credit_without_a_lone_name(raw):
    assert people_of(raw) == []


# A canteen's kitchen staff introduced by their post: the post is their role.
@pytest.mark.parametrize("text, expected", [
    ("长者食堂的主厨邬立川每天五点就到厨房备菜。", [("邬立川", "主厨")]),
    ("厨师长蓝晓禾说，菜单每周都会调整。", [("蓝晓禾", "厨师长")]),
    ("食堂请来的厨师都受过培训。", []),
])
def test_a_kitchen_post_before_a_name_is_its_role(text, expected):
    assert people_and_roles(text) == expected
