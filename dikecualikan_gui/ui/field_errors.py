"""Inline validation messages that follow the typing: after a refused save every problem is shown
beside its field at once (layout.ErrorMap); from then on each message goes as soon as its field
is valid, and one whose field still has a problem shows that problem's current words. No new
message appears while the user is still typing."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from dikecualikan_gui.domain.validation import Finding
from dikecualikan_gui.errors import ValidationError
from dikecualikan_gui.ui.layout import FieldError

SUFFIX = "Error"  # ErrorMap names each label "<key>Error"


def shown(root: QWidget) -> dict[str, FieldError]:
    """The messages on show under ``root`` (also those on a tab not in front), by field key."""
    return {
        label.objectName().removesuffix(SUFFIX): label
        for label in root.findChildren(FieldError)
        if label.text() and not label.isHidden()
    }


def recheck(root: QWidget, problems: dict[str, str], only: Iterable[str] | None = None) -> None:
    """Clear each message under ``root`` whose field has no problem now; refresh the others.
    With ``only``, the messages of those fields alone (the rest cannot be checked here)."""
    keys = None if only is None else set(only)
    for key, label in shown(root).items():
        if keys is None or key in keys:
            label.show_message(problems.get(key, ""))


def from_findings(findings: Iterable[Finding]) -> dict[str, str]:
    """The errors among ``findings`` by field, the messages of one field joined."""
    problems: dict[str, str] = {}
    for finding in findings:
        if finding.is_error:
            problems[finding.field] = (problems.get(finding.field, "") + " " + finding.message).strip()
    return problems


def collect(*checks: Callable[[], object]) -> dict[str, str]:
    """Run every check (each raising ValidationError for its field) and gather all their problems,
    so that a form shows them all at once rather than the first one only."""
    problems: dict[str, str] = {}
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            for key, message in exc.problems.items():
                problems.setdefault(key, message)
    return problems


def fit(window: QWidget) -> None:
    """Grow a dialog so that every message just shown is read whole: a wrapped message needs the
    height for its width, which a window does not take by itself (the NIP message was clipped)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
    need = max(need, layout.totalMinimumSize().height())
    if need > window.height():
        window.resize(window.width(), need)
