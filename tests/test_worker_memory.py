"""A worker hands freed memory back: its peak resident size is what issue 13 bounds per worker."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and glibc's malloc_trim")


def _run(code: str) -> list[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_release_free_memory_hands_freed_heap_pages_back():
    """Blocks larger than Python's small-object allocator's go to malloc; with one in ten kept,
    the freed ones sit between live ones, where malloc keeps them until they are released."""
    code = (
        "import os; from shequ.batch.jobs import release_free_memory\n"
        "def rss(): return int(open(f'/proc/{os.getpid()}/statm').read().split()[1]) * os.sysconf('SC_PAGE_SIZE')\n"
        "blocks = [bytes(4000) for _ in range(20_000)]\n"
        "kept = blocks[::10]; del blocks\n"
        "before = rss(); released = release_free_memory(); after = rss()\n"
        "print(released, (before - after) // 2**20, len(kept))"
    )
    released, freed_mb, kept = _run(code)
    assert released == "True" and kept == "2000"
    assert int(freed_mb) >= 40  # of the ~76 MB freed: far more than any noise


def test_a_warmed_worker_keeps_no_freed_memory_from_loading():
    """After `warm_worker` little is left to release: loading released what it freed as it went."""
    code = (
        "import os; from shequ.batch.jobs import release_free_memory, warm_worker\n"
        "def rss(): return int(open(f'/proc/{os.getpid()}/statm').read().split()[1]) * os.sysconf('SC_PAGE_SIZE')\n"
        "warm_worker()\n"
        "before = rss(); release_free_memory(); after = rss()\n"
        "print((before - after) // 2**20)"
    )
    [left_mb] = _run(code)
    assert int(left_mb) <= 2  # 14-15 MB before loading released its garbage


def test_tagged_words_answer_as_the_set_they_replace():
    """`TaggedWords` (a view over the word table) holds exactly the words a set built from the
    table held: every dictionary word, user words (no tag), non-words and the excluded ones."""
    from shequ.extract.organizations import STOP_TAGS, jieba_function_words, resources, time_locatives
    from shequ.vocabulary import TaggedWords, user_words, word_tags

    tags = word_tags()
    as_set = frozenset(word for word, tag in tags.items() if tag in STOP_TAGS)
    view = jieba_function_words()
    assert [word for word in tags if (word in view) != (word in as_set)] == []
    probes = [*user_words(), "五社联", "社区党委", "", "x", "认真", "我们"]
    assert [word for word in probes if (word in view) != (word in as_set)] == []
    assert "认真" in view and "社区" not in view and "五社联动" not in view

    generic = resources().generic
    verbs = resources().verbs
    as_verbs = (as_set | time_locatives()) - generic
    assert [word for word in tags if (word in verbs) != (word in as_verbs)] == []
    assert [word for word in generic if word in verbs] == []
    assert "最近" in verbs and "最近" not in as_set
    assert "在" in TaggedWords(frozenset({"p"})) and "在" not in TaggedWords(frozenset({"p"}), frozenset({"在"}))
    assert "最近" in TaggedWords(frozenset({"p"}), also=frozenset({"最近"}))
    assert "最近" not in TaggedWords(frozenset({"p"}), frozenset({"最近"}), also=frozenset({"最近"}))
