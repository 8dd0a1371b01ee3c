"""What an import did, in a window that fits the screen: the summary, then every row that needs
attention in a scrollable list (a large file can have hundreds), to read or copy."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton, QWidget

from dikecualikan_gui.services.importer import ImportResult
from dikecualikan_gui.ui import dialog_fit, layout
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.text import tr

SETTINGS_KEY = "hasil_impor"
DEFAULT_SIZE = QSize(760, 520)


class ImportResultDialog(QDialog):
    def __init__(self, ctx: AppContext, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResultDialog")
        self.setWindowTitle(tr("Impor selesai"))
        self._settings = dialog_fit.settings(ctx)
        self.summary = layout.hint(result.summary())
        self.summary.setObjectName("importSummary")
        self.details = QPlainTextEdit()
        self.details.setObjectName("importDetails")
        self.details.setReadOnly(True)
        lines = list(result.detail_lines())
        self.details.setPlainText("\n".join(lines) if lines else tr("Tidak ada baris yang perlu diperhatikan."))
        close = QPushButton(tr("Tutup"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        self.setLayout(layout.vbox(self.summary, self.details, layout.hbox(None, close), margin=layout.MARGIN))
        dialog_fit.restore(self, self._settings, SETTINGS_KEY, DEFAULT_SIZE)

    @classmethod
    def show_for(cls, ctx: AppContext, result: ImportResult, parent: QWidget) -> ImportResultDialog:
        """Shown without blocking (window-modal over ``parent``); deleted when closed."""
        dialog = cls(ctx, result, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def done(self, result: int) -> None:
        dialog_fit.save(self, self._settings, SETTINGS_KEY)
        super().done(result)
