"""The batch runner's writer thread: outcomes committed in order, errors raised where the run is."""

from __future__ import annotations

import threading

import pytest

from shequ.batch.run import _Writer


def test_the_writer_commits_every_outcome_in_order_in_its_own_thread():
    done, threads = [], set()

    def commit(outcome):
        done.append(outcome)
        threads.add(threading.current_thread().name)

    with _Writer(commit) as writer:
        for batch in ([1, 2], [3], [], [4, 5, 6]):
            writer.put(batch)
    assert done == [1, 2, 3, 4, 5, 6]
    assert threads == {"shequ-writer"}


def test_an_error_in_a_commit_is_raised_in_the_run_and_nothing_after_it_is_committed():
    done = []

    def commit(outcome):
        if outcome == 2:
            raise RuntimeError("the store is gone")
        done.append(outcome)

    with pytest.raises(RuntimeError, match="the store is gone"):
        with _Writer(commit) as writer:
            for batch in ([1, 2, 3], [4], [5], [6], [7], [8], [9]):  # more batches than the backlog holds
                writer.put(batch)
    assert done == [1]


def test_leaving_by_an_error_waits_for_the_batch_in_hand_and_drops_the_rest():
    started, release, done = threading.Event(), threading.Event(), []

    def commit(outcome):
        if outcome == 1:
            started.set()
            release.wait(5)
        done.append(outcome)

    with pytest.raises(KeyboardInterrupt):
        with _Writer(commit) as writer:
            writer.put([1, 2])
            writer.put([3])
            started.wait(5)
            threading.Timer(0.2, release.set).start()
            raise KeyboardInterrupt
    assert done == [1, 2]  # the batch in hand is finished (its outputs are whole), [3] is left for the next run
