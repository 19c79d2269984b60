"""Reading clipping files: encodings, offsets, and one clear error per kind of bad input."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from shequ.errors import (
    BinaryInputError,
    BlankInputError,
    EmptyInputError,
    InputTooLargeError,
    UndecodableInputError,
    UnreadableInputError,
)
from shequ.reading import decode, read_bytes, read_clipping, read_text

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
# A real line of seed 000 and one of our own with a rare character outside GBK (𠀾).
CORPUS_LINE = "“九龙社工既是一个概念，也是一个机构名称，是九龙街道为破解基层社会治理难题打造的一个社会工作服务载体。”"
RARE_LINE = "社区书记𠀾说：“五社联动”让居民更安心。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_clippings_decode_as_utf8_unchanged(seed):
    clipping = read_clipping(seed)
    assert clipping.encoding == "utf-8"
    assert clipping.text == seed.read_bytes().decode("utf-8")
    assert clipping.size == seed.stat().st_size
    assert len(clipping.sha256) == 64


def test_utf8_bom_is_dropped_and_offsets_count_from_the_first_character(tmp_path):
    path = write(tmp_path, "bom.txt", codecs.BOM_UTF8 + "九龙社工\r\n荣获全国".encode())
    clipping = read_clipping(path)
    assert clipping.encoding == "utf-8-bom"
    assert clipping.text == "九龙社工\r\n荣获全国"
    assert clipping.text[0:4] == "九龙社工"
    assert clipping.text.index("荣") == 6  # \r\n stays two characters


def test_line_endings_are_kept_exactly_as_written(tmp_path):
    mixed = "第一段\r\n第二段\n第三段\r第四段"
    assert read_text(write(tmp_path, "mixed.txt", mixed.encode())) == mixed


@pytest.mark.parametrize("codec,name", [("utf-16-le", "utf-16-le-bom"), ("utf-16-be", "utf-16-be-bom"), ("utf-32-le", "utf-32-le-bom")])
def test_utf16_and_utf32_with_bom(tmp_path, codec, name):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}[codec]
    path = write(tmp_path, "wide.txt", bom + (CORPUS_LINE + "\r\n" + RARE_LINE).encode(codec))
    clipping = read_clipping(path)
    assert (clipping.text, clipping.encoding) == (CORPUS_LINE + "\r\n" + RARE_LINE, name)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_when_it_reads_as_chinese(tmp_path, codec):
    for text in (CORPUS_LINE, "2020年\r\n" + CORPUS_LINE):  # without and with NUL bytes
        clipping = read_clipping(write(tmp_path, "wide.txt", text.encode(codec)))
        assert (clipping.text, clipping.encoding) == (text, codec)


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_gbk_family_is_detected(tmp_path, codec):
    path = write(tmp_path, "gbk.txt", (CORPUS_LINE + "\n2020年“终身学习品牌项目”。\n").encode(codec))
    clipping = read_clipping(path)
    assert clipping.encoding == "gb18030"
    assert clipping.text == CORPUS_LINE + "\n2020年“终身学习品牌项目”。\n"


def test_gb18030_four_byte_characters_decode(tmp_path):
    assert read_text(write(tmp_path, "rare.txt", RARE_LINE.encode("gb18030"))) == RARE_LINE


def test_whole_seed_clipping_in_gb18030_reads_back_identical(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[3]
    text = seed.read_text(encoding="utf-8")
    assert read_text(write(tmp_path, "seed.txt", text.encode("gb18030"))) == text


def test_latin1_text_is_refused_as_undecodable_not_misread_as_chinese(tmp_path):
    path = write(tmp_path, "fr.txt", "Le café de la communauté était fermé à l'été.".encode("latin-1"))
    with pytest.raises(UndecodableInputError) as caught:
        read_clipping(path)
    assert str(caught.value).startswith(f"E012 {path}: cannot decode")
    assert "Re-save the file as UTF-8" in str(caught.value)


def test_empty_file(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(EmptyInputError) as caught:
        read_clipping(path)
    assert str(caught.value) == f"E010 {path}: file is empty (0 bytes of text). Nothing to extract; remove it or re-export the clipping."


def test_bom_only_file_is_empty(tmp_path):
    with pytest.raises(EmptyInputError):
        read_clipping(write(tmp_path, "bom.txt", codecs.BOM_UTF8))


def test_whitespace_only_file(tmp_path):
    path = write(tmp_path, "blank.txt", " \r\n\u3000\n".encode())
    with pytest.raises(BlankInputError) as caught:
        read_clipping(path)
    assert str(caught.value) == f"E015 {path}: holds only whitespace (7 bytes). Nothing to extract; remove it or re-export the clipping."


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document signature"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image signature"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (docx/xlsx/epub?) signature"),
        ("九龙社工".encode() + b"\x00\x01\x02\x00", "4 control characters in the first 8"),
        (b"\x00" * 64, "64 NUL bytes"),
        (bytes(range(1, 32)) * 4 + "社区".encode(), "104 control characters in the first 126"),
    ],
    ids=["pdf", "png", "zip", "nul", "zeros", "controls"],
)
def test_binary_files_are_refused_with_the_reason(tmp_path, data, reason):
    path = write(tmp_path, "x.txt", data)
    with pytest.raises(BinaryInputError) as caught:
        read_clipping(path)
    assert str(caught.value) == f"E011 {path}: looks binary ({reason}), not a text clipping. Export the clipping as plain text."


def test_form_feeds_and_tabs_from_pdf_extraction_are_text(tmp_path):
    text = "九龙社工\t荣获\x0c全国\n"
    assert read_text(write(tmp_path, "ff.txt", text.encode())) == text


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputTooLargeError) as caught:
        read_clipping(path)
    assert str(caught.value) == (
        f"E013 {path}: 52428800 bytes exceeds the 4194304-byte limit per clipping. Split the file into clippings."
    )


def test_size_limit_is_a_parameter(tmp_path):
    path = write(tmp_path, "small.txt", "社区".encode() * 10)
    assert read_bytes(path, max_bytes=60) == "社区".encode() * 10
    with pytest.raises(InputTooLargeError):
        read_bytes(path, max_bytes=59)


def test_fifo_is_not_read_and_does_not_block(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(UnreadableInputError) as caught:
        read_clipping(path)
    assert str(caught.value) == f"E014 {path}: cannot read (not a regular file). Check the path and its permissions."


def test_folder_named_like_a_clipping(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(UnreadableInputError, match=r"\(a folder\)"):
        read_clipping(tmp_path / "dir.txt")


def test_symlink_loop(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    with pytest.raises(UnreadableInputError) as caught:
        read_clipping(tmp_path / "a.txt")
    assert str(caught.value) == (
        f"E014 {tmp_path / 'a.txt'}: cannot read (symlink loop: the link points back to itself). Check the path and its permissions."
    )


def test_broken_symlink(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    with pytest.raises(UnreadableInputError, match=r"no such file \(a broken symlink\?\)"):
        read_clipping(tmp_path / "link.txt")


def test_unreadable_permissions(tmp_path):
    path = write(tmp_path, "secret.txt", "社区".encode())
    path.chmod(0)
    if os.geteuid() != 0:
        message = _read_error(path)
    else:  # root reads anything: try as the unprivileged user `nobody`, in a forked child
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            try:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
                os.write(write_end, _read_error(path).encode())
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            message = pipe.read().decode()
        os.waitpid(child, 0)
    assert message == f"E014 {path}: cannot read (permission denied). Check the path and its permissions."


def _read_error(path: Path) -> str:
    try:
        read_clipping(path)
    except UnreadableInputError as err:
        return str(err)
    return "read without error"


def test_decode_without_a_path_names_bytes():
    with pytest.raises(EmptyInputError, match="^E010 <bytes>:"):
        decode(b"")


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom_is_detected_not_called_binary(tmp_path, codec):
    text = CORPUS_LINE + "\r\n2020年" + RARE_LINE
    clipping = read_clipping(write(tmp_path, "wide.txt", text.encode(codec)))
    assert (clipping.text, clipping.encoding) == (text, codec)


def test_utf8_with_one_bad_byte_is_reported_as_invalid_utf8_not_gb18030(tmp_path):
    good = (CORPUS_LINE + "\n" + RARE_LINE + "\n").encode()
    cut = len(CORPUS_LINE[:10].encode())
    path = write(tmp_path, "bad.txt", good[:cut] + b"\xa0" + good[cut:])
    with pytest.raises(UndecodableInputError) as caught:
        read_clipping(path)
    assert str(caught.value) == (f"E012 {path}: cannot decode as UTF-8, GB18030, UTF-16 or UTF-32 (invalid UTF-8 at byte {cut}: "
                                 "1 invalid byte sequence in otherwise UTF-8 text). Re-save the file as UTF-8.")


def test_gbk_text_cut_in_the_middle_of_a_character_is_not_taken_for_broken_utf8(tmp_path):
    path = write(tmp_path, "cut.txt", (CORPUS_LINE * 3).encode("gbk")[:-1])
    with pytest.raises(UndecodableInputError, match=r"invalid UTF-8 at byte 0; invalid GB18030 at byte \d+"):
        read_clipping(path)


def test_one_stray_nul_byte_is_kept_and_offsets_stay_exact(tmp_path):
    text = CORPUS_LINE + "\n" + RARE_LINE
    at = text.index("社区")
    clipping = read_clipping(write(tmp_path, "nul.txt", (text[:at] + "\x00" + text[at:]).encode()))
    assert clipping.encoding == "utf-8"
    assert clipping.text == text[:at] + "\x00" + text[at:]
    assert clipping.text[at + 1:at + 3] == "社区"
    gbk = read_clipping(write(tmp_path, "nul_gbk.txt", (CORPUS_LINE + "\x00" + CORPUS_LINE).encode("gbk")))
    assert (gbk.encoding, gbk.text) == ("gb18030", CORPUS_LINE + "\x00" + CORPUS_LINE)


def test_a_file_name_with_a_newline_or_undecodable_bytes_stays_one_line_in_the_message(tmp_path):
    name = "社区\n" + os.fsdecode("社区".encode("gbk")) + ".txt"
    path = write(tmp_path, name, b"")
    with pytest.raises(EmptyInputError) as caught:
        read_clipping(path)
    assert str(caught.value) == (f"E010 {tmp_path}/社区\\n\\xc9\\xe7\\xc7\\xf8.txt: file is empty (0 bytes of text). "
                                 "Nothing to extract; remove it or re-export the clipping.")
    str(caught.value).encode("utf-8")


def test_a_name_too_long_to_open(tmp_path):
    with pytest.raises(UnreadableInputError, match=r"cannot read \(file name too long\)"):
        read_clipping(tmp_path / ("长" * 90 + ".txt"))  # 274 bytes: more than a file name may have
