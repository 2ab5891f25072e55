"""Checking a tax ID (USCC) field as it is typed, in the company form and the party form.

A hint only: the service decides. When the code fails its check character, the
"accept anyway" box appears, and when it is ticked, the reason field with its
label; a valid or empty code unticks it. The forms keep their own widgets and
words (their hint texts are translated differently).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from erp_desktop.domain.tax_id import normalize_tax_id, validate_uscc
from erp_desktop.errors import ValidationError
from erp_desktop.ui.i18n import render


class TaxIdCheck(QObject):
    def __init__(
        self,
        edit: QLineEdit,
        hint: QLabel,
        override_box: QCheckBox,
        reason_edit: QLineEdit,
        reason_label: QLabel,
        *,
        failed_style: str = "",
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.hint = hint
        self.override_box = override_box
        self.reason_edit = reason_edit
        self.reason_label = reason_label
        self.failed_style = failed_style
        self.empty_hint = ""  # the form's words for "no code yet"
        self.valid_hint = ""  # and for "a valid code"
        edit.textChanged.connect(self.check)
        override_box.toggled.connect(self._update_override)

    def check(self) -> None:
        code = normalize_tax_id(self.edit.text())
        failed = False
        if not code:
            self.hint.setText(self.empty_hint)
        else:
            try:
                validate_uscc(code)
                self.hint.setText(self.valid_hint)
            except ValidationError as exc:
                self.hint.setText(render(exc.message))
                failed = True
        if self.failed_style:
            self.hint.setStyleSheet(self.failed_style if failed else "")
        self.override_box.setVisible(failed)
        if not failed:
            self.override_box.setChecked(False)
        self._update_override()

    def _update_override(self) -> None:
        show = self.override_box.isVisible() and self.override_box.isChecked()
        self.reason_edit.setVisible(show)
        self.reason_label.setVisible(show)

    def reason(self) -> str:
        """The reason to record for accepting the code, or "" when not accepted."""
        return self.reason_edit.text() if self.override_box.isChecked() else ""

    def set_reason(self, reason: str) -> None:
        if reason:
            self.override_box.setChecked(True)
            self.reason_edit.setText(reason)
