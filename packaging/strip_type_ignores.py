"""Remove the meaningless ``# type: ignore[no-untyped-def]`` comments.

mypy reports ``no-untyped-def`` only where ``disallow_untyped_defs`` is on: in
pyproject.toml that is ``erp_desktop/domain`` and ``erp_desktop/db`` (strict),
and mypy does not check tests/, bench/ or packaging/ at all. Everywhere else the
comment silences nothing; in the strict packages it is wrong once the function
is annotated (``warn_unused_ignores`` then fails CI). So:

- outside the strict packages the code is removed from every ``type: ignore[...]``;
- inside them it is removed where the ``def`` line carries a return annotation
  (``->``); an unannotated function is listed instead, to be annotated by hand.

Other codes in the same comment stay (``[no-untyped-def, arg-type]`` → ``[arg-type]``).

    python packaging/strip_type_ignores.py [--check] [PATH ...]

PATH defaults to erp_desktop, tests, bench and packaging.

``--check`` changes nothing and exits 1 if a comment would go (for CI or review).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STRICT = ("erp_desktop/domain/", "erp_desktop/db/")
CODE = "no-untyped-def"
IGNORE = re.compile(r"\s*#\s*type:\s*ignore\[(?P<codes>[^\]]*)\]")


def strip_line(line: str) -> str:
    """The line without ``no-untyped-def`` in its type: ignore comment."""

    def replace(match: re.Match[str]) -> str:
        codes = [code.strip() for code in match.group("codes").split(",")]
        if CODE not in codes:
            return match.group(0)
        rest = [code for code in codes if code != CODE]
        return f"  # type: ignore[{', '.join(rest)}]" if rest else ""

    newline = "\n" if line.endswith("\n") else ""
    body = IGNORE.sub(replace, line.rstrip("\n"))
    return body.rstrip() + newline


def strip_file(path: Path, relative: str) -> tuple[int, list[str]]:
    """Rewrite one file; returns (comments removed, strict lines left for a human)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    removed, left = 0, []
    out = []
    for number, line in enumerate(lines, 1):
        if CODE in line and IGNORE.search(line):
            if relative.startswith(STRICT) and "->" not in line:
                left.append(f"{relative}:{number}: annotate this function")
                out.append(line)
                continue
            new = strip_line(line)
            removed += new != line
            out.append(new)
        else:
            out.append(line)
    if removed:
        path.write_text("".join(out), encoding="utf-8")
    return removed, left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=["erp_desktop", "tests", "bench", "packaging"])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if any would go"
    )
    args = parser.parse_args(argv)
    total, files, left = 0, 0, []
    for name in args.paths:
        base = (ROOT / name).resolve()
        for path in sorted(base.rglob("*.py") if base.is_dir() else [base]):
            if ".venv" in path.parts or path == Path(__file__).resolve():
                continue
            relative = path.relative_to(ROOT).as_posix()
            if args.check:
                text = path.read_text(encoding="utf-8")
                count = sum(
                    1
                    for line in text.splitlines()
                    if CODE in line
                    and strip_line(line) != line
                    and not (relative.startswith(STRICT) and "->" not in line)
                )
                strict_left: list[str] = []
            else:
                count, strict_left = strip_file(path, relative)
            total += count
            files += bool(count)
            left += strict_left
    verb = "would remove" if args.check else "removed"
    print(f"{verb} {total} `type: ignore[{CODE}]` comments in {files} files")
    for line in left:
        print(line)
    return 1 if args.check and total else 0


if __name__ == "__main__":
    sys.exit(main())
