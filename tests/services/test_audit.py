"""The audit trail: written at commit, chained by hash, tampering shows."""

from __future__ import annotations

import contextlib
import threading

from sqlalchemy import func, select, text

from erp_desktop.models.audit import AuditEvent, AuditHead
from erp_desktop.services import audit


def count(book) -> int:
    return book.read(lambda s: s.scalar(select(func.count()).select_from(AuditEvent)))


def test_events_are_chained_and_verify(book, admin_id) -> None:
    for n in range(3):
        book.run(lambda s, n=n: audit.record(s, user_id=admin_id, action="test", details={"n": n}))
    assert book.read(audit.verify_chain) == []
    head = book.read(lambda s: s.get(AuditHead, 1))
    assert head.count == count(book)


def test_rolled_back_actions_leave_no_event(book, admin_id) -> None:
    before = count(book)

    def fails(session) -> None:
        audit.record(session, user_id=admin_id, action="doomed")
        raise RuntimeError("boom")

    with contextlib.suppress(RuntimeError):
        book.run(fails)
    assert count(book) == before
    book.run(lambda s: audit.record(s, user_id=admin_id, action="after"))
    assert book.read(audit.verify_chain) == []


def test_tampering_with_an_event_is_detected(book, admin_id) -> None:
    book.run(lambda s: audit.record(s, user_id=admin_id, action="price.change", details={"p": "9"}))
    with book.engine.begin() as conn:
        if book.kind == "postgresql":  # only the owner, removing the guard on purpose
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER erp_immutable"))
        conn.execute(
            text("UPDATE audit_event SET details = :d WHERE action = 'price.change'"),
            {"d": '{"p":"1"}'},
        )
    problems = book.read(audit.verify_chain)
    assert problems and "hash chain" in problems[0].text


def test_concurrent_writers_never_fork_the_chain(book, admin_id) -> None:
    def write(n: int) -> None:
        for i in range(5):
            book.run(
                lambda s, i=i: audit.record(
                    s, user_id=admin_id, action="t", details={"n": n, "i": i}
                )
            )

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert book.read(audit.verify_chain) == []
    assert book.read(lambda s: s.get(AuditHead, 1)).count == count(book)


def test_savepoints_neither_write_early_nor_drop_the_outer_events(book, admin_id) -> None:
    before = count(book)

    def work(session) -> None:
        audit.record(session, user_id=admin_id, action="outer")
        with session.begin_nested():
            audit.record(session, user_id=admin_id, action="kept")
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == before  # not yet
        try:
            with session.begin_nested():
                audit.record(session, user_id=admin_id, action="dropped")
                raise ValueError
        except ValueError:
            pass

    book.run(work)
    actions = book.read(
        lambda s: s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    )
    assert actions[before:] == ["outer", "kept"]
    assert book.read(audit.verify_chain) == []
