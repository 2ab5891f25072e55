"""Translations: complete, built, and usable without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import Msg, TsCatalog, cli_translator
from erp_desktop.paths import translations_dir
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import translations


def test_every_chinese_message_is_translated() -> None:
    assert translations.unfinished("zh_CN") == []


def test_sources_and_ts_files_agree(tmp_path: Path) -> None:
    """Running lupdate finds nothing new: every user string is in the .ts file."""
    ts = tmp_path / "check.ts"
    subprocess.run(
        [
            translations.tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *translations.source_files(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    fresh = {(c, s) for c, s in translations.unfinished_in(ts)}
    shipped = set(translations.messages(translations.ts_path("zh_CN")))
    assert fresh <= shipped, sorted(fresh - shipped)[:10]


def test_qm_files_are_built_from_the_current_ts(tmp_path: Path) -> None:
    for language in translations.LANGUAGES:
        qm = tmp_path / f"{language}.qm"
        subprocess.run(
            [
                translations.tool("lrelease"),
                "-silent",
                str(translations.ts_path(language)),
                "-qm",
                str(qm),
            ],
            check=True,
        )
        assert qm.read_bytes() == translations.qm_path(language).read_bytes(), language


def test_messages_render_with_translated_parameters() -> None:
    catalog = TsCatalog(translations_dir() / "erp_desktop_zh_CN.ts")
    error = ValidationError("{field} is required.", field=Msg("Company name", "fields"))
    assert error.render(catalog.translate) == "公司名称为必填项。"
    assert error.render() == "Company name is required."


def test_cli_translator_needs_no_qt() -> None:
    code = (
        "import sys\n"
        "from erp_desktop.i18n import cli_translator\n"
        "t = cli_translator('zh_CN')\n"
        "assert t('cli', 'Error:') == '错误：'\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    assert cli_translator("en")("cli", "Error:") == "Error:"


def test_a_broken_translation_never_hides_the_message() -> None:
    message = Msg("{a} and {b}", "errors", {"a": 1, "b": 2})
    assert message.render(lambda c, t: "{a} 与 {missing}") == "1 and 2"


def test_format_specifications_survive_rendering() -> None:
    assert Msg("{seconds:.1f} s", "cli", {"seconds": 2.345}).render() == "2.3 s"
