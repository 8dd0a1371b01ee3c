"""The main window's work beyond the register: printing, export, import, backup and the dialogs;
each says in the status bar what it did."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow

from dikecualikan_gui import __version__, logs
from dikecualikan_gui.errors import AppError, Cancelled
from dikecualikan_gui.services import backup, documents, importer, setup
from dikecualikan_gui.services.backup import BackupInfo
from dikecualikan_gui.services.importer import ImportResult
from dikecualikan_gui.ui import feedback, messages, printing, save_target
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.lifecycle import EditionsDialog, HolidaysDialog
from dikecualikan_gui.ui.dialogs.profile import ProfileDialog
from dikecualikan_gui.ui.dialogs.sessions_list import SessionsDialog
from dikecualikan_gui.ui.dialogs.users import UsersDialog, change_own_password
from dikecualikan_gui.ui.import_result import ImportResultDialog
from dikecualikan_gui.ui.pages.register_page import RegisterPage
from dikecualikan_gui.ui.printing import ArchiveDialog, PreviewDialog
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.workers import BackgroundTask

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


class MainTasks(_Window):
    """Mixed into MainWindow."""

    ctx: AppContext
    register: RegisterPage
    _task: BackgroundTask | None

    if TYPE_CHECKING:

        def restart_idle_timer(self) -> None: ...
        def reload_all(self) -> None: ...

    def notify(self, text: str) -> None:
        """Say in the status bar what was just done."""
        self.statusBar().showMessage(text, feedback.NOTICE_MS)

    def preview(self, job: printing.PrintJob) -> None:
        dialog = PreviewDialog.show_job(self.ctx, job, self)
        self.notify(feedback.print_outcome(getattr(dialog, "outcome", ""), job.title))

    # --- printing and export -----------------------------------------------------------------

    def _on_print_dik_triggered(self) -> None:
        self.preview(printing.dik_job(self.ctx))

    def _on_print_usulan_triggered(self) -> None:
        self.preview(printing.usulan_job(self.ctx))

    def _on_print_berita_acara_triggered(self) -> None:
        SessionsDialog(self.ctx, self).exec()

    def _on_archive_triggered(self) -> None:
        ArchiveDialog(self.ctx, self).exec()

    def _on_export_dik_triggered(self) -> None:
        target = save_target.ask_path(
            self, self.ctx, tr("Ekspor DIK"), "dik.csv", tr("CSV untuk situs web (*.csv);;Excel (*.xlsx)")
        )
        if target is not None:
            self.export_dik(target)
        else:
            self.notify(tr("Ekspor DIK dibatalkan."))

    def export_dik(self, target: Path) -> bool:
        try:
            data = documents.dik_xlsx() if target.suffix.lower() == ".xlsx" else documents.dik_csv()
            target.write_bytes(data)
        except AppError as exc:
            messages.error(self, str(exc))
            return False
        except OSError as exc:
            messages.error(self, tr("Berkas {p} tidak dapat ditulis: {e}").format(p=target, e=exc.strerror or exc))
            return False
        self.notify(tr("DIK diekspor ke {p}.").format(p=target))
        save_target.tell_saved(
            self,
            tr("DIK diekspor ke {p}. Berkas ini dapat diunggah ke situs PPID dan diimpor kembali.").format(p=target),
            target,
        )
        return True

    # --- import and backup -------------------------------------------------------------------

    def _on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Impor daftar"), "", tr("Tabel (*.csv *.xlsx *.xlsm);;Semua berkas (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> BackgroundTask:
        actor = self.ctx.actor
        task = BackgroundTask(
            self,
            tr("Impor daftar"),
            tr("Mengimpor {f}…").format(f=path.name),
            lambda progress, cancelled: importer.import_file(actor, path, progress=progress, cancelled=cancelled),
        )
        task.done.connect(self._on_import_done)
        task.error.connect(self._on_task_error)
        self._task = task
        task.start()
        return task

    def _on_import_done(self, result: ImportResult) -> None:
        self.ctx.dataChanged.emit()
        self.notify(result.summary())
        ImportResultDialog.show_for(self.ctx, result, self)

    def _on_task_error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.notify(str(exc))
            messages.info(self, str(exc))
        elif isinstance(exc, AppError):
            self.notify(tr("Tidak selesai: {e}").format(e=str(exc).splitlines()[0] if str(exc) else ""))
            messages.error(self, str(exc))
        else:
            raise exc

    def _on_backup_triggered(self) -> None:
        target = save_target.ask_path(
            self, self.ctx, tr("Simpan cadangan"), "cadangan-dikecualikan.zip", tr("Cadangan (*.zip)")
        )
        if target is not None:
            self.backup_to(target)
        else:
            self.notify(tr("Pembuatan cadangan dibatalkan."))

    def backup_to(self, target: Path) -> BackgroundTask:
        actor, config = self.ctx.actor, self.ctx.config
        task = BackgroundTask(
            self,
            tr("Cadangan"),
            tr("Membuat cadangan…"),
            lambda progress, cancelled: backup.create_backup(actor, config, target),
        )
        task.done.connect(self._on_backup_done)
        task.error.connect(self._on_task_error)
        self._task = task
        task.start()
        return task

    def _on_backup_done(self, info: BackupInfo) -> None:
        self.notify(tr("Cadangan ditulis ke {p}.").format(p=info.path))
        self.reload_all()  # the administrator's start page shows the backup's age
        left_out = ""
        if info.damaged or info.missing:
            left_out = "\n\n" + tr(
                "Tidak ikut dicadangkan karena rusak atau hilang dari folder data: {l}. Pulihkan berkas "
                "itu dari cadangan lama."
            ).format(l=", ".join(info.damaged + info.missing))
        save_target.tell_saved(self, tr("Cadangan ditulis ke {p}.").format(p=info.path) + left_out, info.path)

    # --- dialogs -----------------------------------------------------------------------------

    def _on_editions_triggered(self) -> None:
        EditionsDialog.ask(self.ctx, self)
        self.reload_all()

    def _on_holidays_triggered(self) -> None:
        HolidaysDialog.ask(self.ctx, self)
        self.reload_all()

    def _on_users_triggered(self) -> None:
        UsersDialog.ask(self.ctx, self)
        self.reload_all()  # locked accounts on the start page

    def _on_profile_triggered(self) -> None:
        if ProfileDialog.ask(self.ctx, self):
            self.restart_idle_timer()
            self.notify(tr("Profil badan publik disimpan."))

    def _on_password_triggered(self) -> None:
        if change_own_password(self.ctx, self):
            self.notify(tr("Kata sandi Anda telah diganti."))
            messages.info(self, tr("Kata sandi Anda telah diganti."))

    def _on_about_triggered(self) -> None:
        messages.info(
            self,
            tr(
                "Dikecualikan {v}\n\nPendokumentasian Informasi yang Dikecualikan menurut UU 14/2008 tentang "
                "Keterbukaan Informasi Publik: usulan dan uji konsekuensi oleh petugas PPID, persetujuan Atasan "
                "PPID, dan Daftar Informasi yang Dikecualikan.\n\nBasis data: {db}"
            ).format(v=__version__, db=setup.describe_target(self.ctx.config))
            + "\n"
            + logs.describe_log(),
            tr("Tentang aplikasi"),
        )
