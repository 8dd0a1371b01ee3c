"""Small layout helpers and the named spacing used by every screen (layouts are built in code)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dikecualikan_gui.errors import AppError, ValidationError
from dikecualikan_gui.ui import messages

SPACING = 8
MARGIN = 12
SECTION_SPACING = 16
ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"


def _fill(layout: QBoxLayout, items: tuple[QWidget | QLayout | int | None, ...]) -> QBoxLayout:
    layout.setSpacing(SPACING)
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def hbox(*items: QWidget | QLayout | int | None, margin: int = 0) -> QHBoxLayout:
    """A row; None is a stretch, an int a fixed gap."""
    layout = QHBoxLayout()
    layout.setContentsMargins(margin, margin, margin, margin)
    _fill(layout, items)
    return layout


def vbox(*items: QWidget | QLayout | int | None, margin: int = 0) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(margin, margin, margin, margin)
    _fill(layout, items)
    return layout


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setSpacing(SPACING)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return layout


def group(title: str, layout: QLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def heading(text: str, size_delta: int = 3) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSize(font.pointSize() + size_delta)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


class FieldError(QLabel):
    """The inline message under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def with_error(widget: QWidget | QLayout, error: FieldError) -> QWidget:
    """A field and its inline error message, stacked."""
    holder = QWidget()
    layout = vbox(widget, error)
    layout.setSpacing(2)
    holder.setLayout(layout)
    return holder


class ErrorMap:
    """Field key -> its inline error; shows a service's ValidationError problems in place."""

    def __init__(self) -> None:
        self._errors: dict[str, FieldError] = {}

    def add(self, key: str, widget: QWidget | QLayout) -> QWidget:
        """Register ``key`` and return the field wrapped with its error label."""
        return with_error(widget, self.label(key))

    def label(self, key: str) -> FieldError:
        """Register ``key`` with a bare error label, for the caller to place."""
        error = FieldError()
        error.setObjectName("{k}Error".format(k=key))
        self._errors[key] = error
        return error

    def error(self, key: str) -> FieldError:
        return self._errors[key]

    def clear(self) -> None:
        for error in self._errors.values():
            error.show_message("")

    def show(self, problems: dict[str, str]) -> list[str]:
        """Show each problem at its field; returns the messages that have no field here."""
        self.clear()
        unplaced = []
        for key, message in problems.items():
            if key in self._errors:
                self._errors[key].show_message(message)
            else:
                unplaced.append(message)
        return unplaced

    def report(self, parent: QWidget, exc: AppError) -> None:
        """Why a save was refused: a ValidationError's problems next to their fields (the rest in a
        message), any other refusal in a message."""
        if isinstance(exc, ValidationError):
            rest = self.show(exc.problems)
            if rest:
                messages.error(parent, "\n".join(rest))
        else:
            messages.error(parent, str(exc))

    def messages(self) -> dict[str, str]:
        return {k: e.text() for k, e in self._errors.items() if e.isVisible() and e.text()}


PLACEHOLDER_PROPERTY = "examplePlaceholder"


def hide_placeholders(root: QWidget, hidden: bool) -> None:
    """Read-only forms show no example text ("mis. …") that could be taken for content; the
    examples come back when the form is editable again."""
    for edit in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        example = edit.property(PLACEHOLDER_PROPERTY)
        if example is None:
            example = edit.placeholderText()
            edit.setProperty(PLACEHOLDER_PROPERTY, example)
        edit.setPlaceholderText("" if hidden else str(example))


def scrolled(widget: QWidget) -> QScrollArea:
    """A form that scrolls when the window is small (1024x768) rather than pushing the window's
    bottom off the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
