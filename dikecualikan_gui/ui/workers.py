"""Long work off the GUI thread, with a progress dialog that can cancel it.

The work runs in a QThread; with SQLite, peewee gives that thread its own connection, which is
closed when the work ends. Results and errors come back to the GUI thread by signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from dikecualikan_gui.services import setup
from dikecualikan_gui.ui.text import tr

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit, self.cancel_event.is_set)
        except BaseException as exc:  # delivered to the GUI thread, which decides what it is
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            setup.close_thread_connection()


class BackgroundTask(QObject):
    """Runs ``work(progress, cancelled)`` in a thread; ``done(result)`` or ``error(exc)`` follow."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget, title: str, label: str, work: Work) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, tr("Batalkan"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self.dialog.canceled.connect(self._on_dialog_canceled)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.worker.cancel_event.set()

    def stop(self) -> None:
        """Cancel and wait until the work has ended: a window that closes leaves no work running on
        its register (it would read whatever database is open by then)."""
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    def _on_dialog_canceled(self) -> None:
        self.dialog.setLabelText(tr("Membatalkan…"))
        self.cancel()

    def _on_worker_progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()

    def _on_worker_finished(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _on_worker_failed(self, exc: object) -> None:
        self._finish()
        self.error.emit(exc)
