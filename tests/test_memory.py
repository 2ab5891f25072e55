"""The cycle collector pause gives the collector back in the state it found it."""

import gc

import pytest

from erp_desktop.memory import collector_paused, pause_collector_for_start_up, start_up_done


def test_paused_inside_and_enabled_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_start_up_freezes_what_it_loaded_and_collects_again() -> None:
    pause_collector_for_start_up()
    assert not gc.isenabled()
    try:
        start_up_done()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
