"""Sign-in figures of issue 12 on an SQLite book with passwords.

    .venv/bin/python bench/sign_in.py [--rounds 5]

Measured: the answer time of a wrong password for a known login and for an unknown
one (the hostile test found unknown logins 80 times faster), and how many of 55
guesses in 55 seconds at one login are actually checked (all 55 were before).
Guesses are timed with the real clock; the 55-guess count passes its own clock.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from erp_desktop.db.book import create_book
from erp_desktop.db.location import BookLocation
from erp_desktop.services.accounts import choose_first_password, sign_in
from erp_desktop.services.company import CompanyProfile, setup_company


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        book = create_book(BookLocation.parse(str(Path(folder) / "sign-in.erpbook")))
        book.run(lambda s: setup_company(s, CompanyProfile(name="Bench Ltd"), "admin").value)
        book.run(lambda s: choose_first_password(s, 1, "correct horse").value)
        start = datetime(2026, 12, 3, tzinfo=UTC)

        def timed(login: str, n: int) -> float:
            at = start + timedelta(hours=n)  # far apart: never throttled
            began = time.perf_counter()
            book.run(lambda s: sign_in(s, login, "wrong horse", now=at))
            return (time.perf_counter() - began) * 1000

        timed("nobody", 0)  # warm-up (the dummy hash is made once per process)
        known = [timed("admin", 1 + 2 * n) for n in range(args.rounds)]
        unknown = [timed("nobody", 2 + 2 * n) for n in range(args.rounds)]
        k, u = statistics.median(known), statistics.median(unknown)
        print(f"wrong password, known login:   median {k:.0f} ms")
        print(f"wrong password, unknown login: median {u:.0f} ms (ratio known/unknown {k / u:.2f})")
        later = start + timedelta(days=30)
        checked = 0
        for n in range(55):
            at = later + timedelta(seconds=n)
            result = book.run(lambda s, at=at: sign_in(s, "guessed", "guess", now=at))
            checked += result.wait_seconds == 0
        print(f"55 guesses in 55 s at one login: {checked} checked, {55 - checked} made to wait")
        book.close()


if __name__ == "__main__":
    main()
