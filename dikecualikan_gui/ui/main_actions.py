"""The main window's actions, menus and toolbar, and which of them each role sees."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from dikecualikan_gui.domain.permissions import Action
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.help import show_guide
from dikecualikan_gui.ui.pages.register_page import RegisterPage
from dikecualikan_gui.ui.text import tr

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


class MainActions(_Window):
    """Mixed into MainWindow: builds the actions and connects them to the window's slots."""

    ctx: AppContext
    register: RegisterPage
    newAction: QAction
    openAction: QAction
    closeItemAction: QAction
    importAction: QAction
    searchAction: QAction
    refreshAction: QAction
    lockAction: QAction
    passwordAction: QAction
    quitAction: QAction
    usersAction: QAction
    profileAction: QAction
    backupAction: QAction
    aboutAction: QAction
    approvalAction: QAction
    sessionAction: QAction
    editionsAction: QAction
    holidaysAction: QAction
    printDikAction: QAction
    printUsulanAction: QAction
    printBeritaAcaraAction: QAction
    exportDikAction: QAction
    archiveAction: QAction
    fileMenu: QMenu
    itemMenu: QMenu
    printMenu: QMenu
    adminMenu: QMenu
    toolbar: QToolBar

    if TYPE_CHECKING:  # the slots MainWindow provides

        def new_item(self) -> object: ...
        def lock(self) -> None: ...
        def close_current_item(self) -> bool: ...
        def reload_all(self) -> None: ...
        def _on_open_triggered(self) -> None: ...
        def _on_import_triggered(self) -> None: ...
        def _on_search_triggered(self) -> None: ...
        def _on_password_triggered(self) -> None: ...
        def _on_users_triggered(self) -> None: ...
        def _on_profile_triggered(self) -> None: ...
        def _on_backup_triggered(self) -> None: ...
        def _on_about_triggered(self) -> None: ...
        def _on_approval_triggered(self) -> None: ...
        def _on_session_triggered(self) -> None: ...
        def _on_editions_triggered(self) -> None: ...
        def _on_holidays_triggered(self) -> None: ...
        def _on_print_dik_triggered(self) -> None: ...
        def _on_print_usulan_triggered(self) -> None: ...
        def _on_print_berita_acara_triggered(self) -> None: ...
        def _on_export_dik_triggered(self) -> None: ...
        def _on_archive_triggered(self) -> None: ...

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        name: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.newAction = a(
            tr("Usulan baru"),
            self.new_item,
            "Ctrl+N",
            "newItemAction",
            tr("Catat informasi yang diusulkan untuk dikecualikan"),
        )
        self.openAction = a(tr("Buka usulan"), self._on_open_triggered, None, "openItemAction")
        self.closeItemAction = a(
            tr("Tutup usulan"), self.close_current_item, "Ctrl+W", "closeItemAction", tr("Tutup tab usulan yang aktif")
        )
        self.importAction = a(tr("Impor daftar (CSV/XLSX)…"), self._on_import_triggered, None, "importAction")
        self.searchAction = a(tr("Cari"), self._on_search_triggered, "Ctrl+F", "searchAction")
        self.refreshAction = a(tr("Muat ulang register"), self.reload_all, "F5", "refreshAction")
        self.lockAction = a(
            tr("Kunci / Ganti pengguna"),
            self.lock,
            "Ctrl+L",
            "lockAction",
            tr("Kunci layar; pengguna lain dapat masuk tanpa menutup aplikasi"),
        )
        self.passwordAction = a(tr("Ganti kata sandi…"), self._on_password_triggered, None, "passwordAction")
        self.quitAction = a(tr("Keluar"), self.close, "Ctrl+Q", "quitAction")
        self.usersAction = a(tr("Pengguna…"), self._on_users_triggered, None, "usersAction")
        self.profileAction = a(tr("Profil badan publik…"), self._on_profile_triggered, None, "profileAction")
        self.backupAction = a(tr("Buat cadangan…"), self._on_backup_triggered, None, "backupAction")
        self.aboutAction = a(tr("Tentang aplikasi"), self._on_about_triggered, None, "aboutAction")
        self.helpAction = a(
            tr("Panduan pengguna"), lambda: show_guide(self), "F1", "helpAction", tr("Panduan SOP tiga langkah")
        )
        self.approvalAction = a(
            tr("Persetujuan…"),
            self._on_approval_triggered,
            "Ctrl+P",
            "approvalAction",
            tr("Atasan PPID menyetujui, mengembalikan atau menolak usulan yang dipilih"),
        )
        self.sessionAction = a(
            tr("Sesi pengujian konsekuensi…"),
            self._on_session_triggered,
            None,
            "sessionAction",
            tr("Catat satu sesi uji konsekuensi atas banyak usulan"),
        )
        self.sessionAction.setIconText(tr("Sesi uji"))
        self.editionsAction = a(tr("Edisi DIK…"), self._on_editions_triggered, None, "editionsAction")
        self.holidaysAction = a(tr("Hari libur…"), self._on_holidays_triggered, None, "holidaysAction")
        self.printDikAction = a(
            tr("Daftar Informasi yang Dikecualikan (DIK)…"),
            self._on_print_dik_triggered,
            "Ctrl+Shift+P",
            "printDikAction",
            tr("Pratinjau, cetak atau simpan DIK yang berlaku sebagai PDF"),
        )
        self.printDikAction.setIconText(tr("Cetak DIK"))
        self.printUsulanAction = a(
            tr("Formulir daftar informasi yang akan dikecualikan…"),
            self._on_print_usulan_triggered,
            None,
            "printUsulanAction",
        )
        self.printBeritaAcaraAction = a(
            tr("Berita acara pengujian konsekuensi…"),
            self._on_print_berita_acara_triggered,
            None,
            "printBeritaAcaraAction",
        )
        self.exportDikAction = a(
            tr("Ekspor DIK untuk situs PPID (CSV/XLSX)…"), self._on_export_dik_triggered, None, "exportDikAction"
        )
        self.archiveAction = a(
            tr("Arsip dokumen…"),
            self._on_archive_triggered,
            None,
            "archiveAction",
            tr("Salinan lunak setiap dokumen yang diterbitkan"),
        )
        self._build_menus()

    def _build_menus(self) -> None:
        menus = self.menuBar()

        def fill(menu: QMenu, actions: tuple[QAction | None, ...]) -> QMenu:
            for action in actions:
                menu.addSeparator() if action is None else menu.addAction(action)
            return menu

        self.fileMenu = fill(
            menus.addMenu(tr("&Berkas")),
            (
                self.newAction,
                self.importAction,
                self.closeItemAction,
                None,
                self.backupAction,
                None,
                self.passwordAction,
                self.lockAction,
                None,
                self.quitAction,
            ),
        )
        self.itemMenu = fill(
            menus.addMenu(tr("&Usulan")),
            (
                self.openAction,
                self.sessionAction,
                self.approvalAction,
                self.editionsAction,
                None,
                self.searchAction,
                self.refreshAction,
            ),
        )
        self.printMenu = fill(
            menus.addMenu(tr("&Cetak")),
            (
                self.printDikAction,
                self.printUsulanAction,
                self.printBeritaAcaraAction,
                None,
                self.exportDikAction,
                None,
                self.archiveAction,
            ),
        )
        self.printMenu.setObjectName("printMenu")
        self.adminMenu = fill(
            menus.addMenu(tr("&Administrasi")), (self.usersAction, self.profileAction, self.holidaysAction)
        )
        self.adminMenu.setObjectName("adminMenu")
        fill(menus.addMenu(tr("Ban&tuan")), (self.helpAction, None, self.aboutAction))

        self.toolbar = QToolBar(tr("Alat"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.newAction,
            self.openAction,
            self.sessionAction,
            self.approvalAction,
            self.printDikAction,
            self.importAction,
            self.refreshAction,
            self.lockAction,
        ):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def _apply_role(self) -> None:
        """Show what the signed-in user's role may use; the services enforce it again."""
        petugas = self.ctx.may(Action.CREATE_ITEM)
        admin = self.ctx.may(Action.MANAGE_USERS)
        for action in (self.newAction, self.importAction, self.sessionAction):
            action.setVisible(petugas)
            action.setEnabled(petugas)
        self.register.newItemButton.setVisible(petugas)
        self.adminMenu.menuAction().setVisible(admin)
        self.usersAction.setEnabled(admin)
        self.profileAction.setEnabled(self.ctx.may(Action.EDIT_PROFILE))
        self.holidaysAction.setEnabled(self.ctx.may(Action.EDIT_PROFILE))
        self.backupAction.setVisible(self.backup_possible())

    def backup_possible(self) -> bool:
        return self.ctx.may(Action.BACKUP)  # SQLite and PostgreSQL alike (issue 13)
