"""Names of clippings (pipeline/names.py): identities, one-line display, safe sheet paths."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from shequ.names import clipping_name, escape, printable, segment, sheet_file, sheet_folder, shown

# What unzipping a Chinese Windows archive gives: the GBK bytes of 社区.txt, not UTF-8.
GBK_NAME = os.fsdecode("社区.txt".encode("gbk"))


@pytest.mark.parametrize(("text", "expected"), [
    ("seeds/000_3c3b2f14eedce646.txt", "seeds/000_3c3b2f14eedce646.txt"),
    ("社区 议事会.txt", "社区 议事会.txt"),  # spaces and CJK stay
    ("new\nline.txt", "new\\nline.txt"),
    ("tab\tcr\r.txt", "tab\\tcr\\r.txt"),
    ("esc\x1b[31m.txt", "esc\\x1b[31m.txt"),
    ("rtl\u202etxt.exe", "rtl\\u202etxt.exe"),  # a bidi override cannot reorder the line
    ("line\u2028sep.txt", "line\\u2028sep.txt"),
    (GBK_NAME, "\\xc9\\xe7\\xc7\\xf8.txt"),
    ("back\\slash.txt", "back\\slash.txt"),
])
def test_printable_keeps_one_line_of_valid_unicode(text, expected):
    assert printable(text) == expected
    assert printable(text).isprintable() or " " in printable(text)
    printable(text).encode("utf-8")  # no lone surrogate left


def test_escape_is_injective_where_printable_is_not():
    assert printable("a\\nb") == printable("a\nb")  # for reading only
    assert escape("a\\nb") == "a\\\\nb" != escape("a\nb") == "a\\nb"
    assert escape(GBK_NAME) != escape("\\xc9\\xe7\\xc7\\xf8.txt")


def test_clipping_name_is_the_path_relative_to_its_root(tmp_path):
    assert clipping_name(tmp_path / "corpus" / "seeds" / "000.txt", tmp_path / "corpus") == "seeds/000.txt"
    assert clipping_name(tmp_path / "corpus" / "seeds" / "000.txt") == "000.txt"  # given directly: its name
    assert clipping_name(Path("x/../a.txt")) == "a.txt"
    assert clipping_name(tmp_path / "in" / GBK_NAME / "a\nb.txt", tmp_path / "in") == "\\xc9\\xe7\\xc7\\xf8.txt/a\\nb.txt"


@pytest.mark.parametrize(("clipping", "folder"), [
    ("000_x.txt", "000_x"),
    ("seeds/000_x.txt", "seeds/000_x"),
    ("UPPER.TXT", "UPPER"),
    ("notes.md", "notes.md"),
    (".txt", "\\x2etxt"),  # nothing left without .txt: kept whole
    ("..txt", "\\x2e"),  # the stem `.` is never the folder itself
    ("...txt", "\\x2e."),  # the stem `..` is never the parent
    (".hidden.txt", "\\x2ehidden"),
    (".tmp-123-x.txt", "\\x2etmp-123-x"),  # never taken for a temp file of a killed run
    ("a/../b.txt", "a/\\x2e./b"),
])
def test_sheet_folder_parts_are_safe_segments(clipping, folder):
    assert sheet_folder(clipping) == PurePosixPath(folder)
    assert ".." not in sheet_folder(clipping).parts and "." not in sheet_folder(clipping).parts


def test_long_names_are_cut_to_a_segment_with_a_hash_of_the_whole():
    name = "长" * 83 + ".txt"  # 253 bytes: a legal file name
    assert len(name.encode()) == 253
    folder = sheet_folder(name)
    assert folder == PurePosixPath("长" * 83)
    article_id = "长" * 83 + "-00-1a2b3c4d"  # what articles.article_id makes of it: 261 bytes
    file = sheet_file(article_id)
    assert len(file.encode()) <= 255 and file.endswith(".json") and file.startswith("长" * 70)
    assert file != sheet_file("长" * 83 + "-01-1a2b3c4d")  # the hash keeps them apart
    assert len(segment(escape(os.fsdecode(bytes(range(0x80, 0xFF))))).encode()) <= 255


def test_sheet_file_is_the_article_id():
    assert sheet_file("000_3c3b2f14eedce646-00-abcdef12") == "000_3c3b2f14eedce646-00-abcdef12.json"
    assert sheet_file("../evil") == "\\x2e.\\x2fevil.json"


def test_shown_path_for_messages():
    assert shown(Path("in") / "a\nb.txt") == "in/a\\nb.txt"
