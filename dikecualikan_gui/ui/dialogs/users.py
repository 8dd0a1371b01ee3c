"""Administration of users: add, edit, change role, disable, reset password; own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dikecualikan_gui.domain.history import local_time
from dikecualikan_gui.domain.model import Role, UserInfo
from dikecualikan_gui.errors import AppError, ValidationError
from dikecualikan_gui.services import auth, users
from dikecualikan_gui.services.common import utcnow
from dikecualikan_gui.ui import field_errors, layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.text import tr, tr_label, tr_noop


def password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _buttons(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    accept = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    box.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(dialog.reject)
    return box, accept


def _check_username(username: str) -> None:
    """The service's rule for a new user name (users.add_user), checked before saving."""
    if not users.USERNAME_RE.match(auth.normalize_username(username)):
        raise ValidationError(
            {
                "username": tr(
                    "Nama pengguna {u!r} tidak sah: 3-32 karakter, huruf kecil, angka, titik, garis bawah "
                    "atau tanda hubung, diawali huruf atau angka."
                ).format(u=username)
            }
        )


class UserEditDialog(QDialog):
    """Add a user (user is None) or edit one."""

    def __init__(self, ctx: AppContext, user: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.result_user: UserInfo | None = None
        self.errors = ErrorMap()
        self.setWindowTitle(tr("Tambah pengguna") if user is None else tr("Ubah pengguna {u}").format(u=user.username))
        self.setMinimumWidth(460)
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("userUsernameEdit")
        self.username.setReadOnly(user is not None)
        self.nama = QLineEdit(user.nama if user else "")
        self.nama.setObjectName("userNamaEdit")
        self.nip = QLineEdit(user.nip if user else "")
        self.nip.setPlaceholderText(tr("18 angka, boleh dikosongkan"))
        self.jabatan = QLineEdit(user.jabatan if user else "")
        self.role = QComboBox()
        self.role.setObjectName("userRoleCombo")
        for role in Role:
            self.role.addItem(tr_label(role.label), role)
        self.role.setCurrentIndex(self.role.findData(user.role if user else Role.PETUGAS))
        fields = layout.form()
        fields.addRow(tr("Nama pengguna"), self.errors.add("username", self.username))
        fields.addRow(tr("Nama lengkap"), self.errors.add("nama", self.nama))
        fields.addRow(tr("NIP"), self.errors.add("nip", self.nip))
        fields.addRow(tr("Jabatan"), self.jabatan)
        fields.addRow(tr("Peran"), self.errors.add("role", self.role))
        self.password = password_field("userPasswordEdit")
        self.password2 = password_field("userPassword2Edit")
        if user is None:
            fields.addRow(tr("Kata sandi"), self.errors.add("password", self.password))
            fields.addRow(tr("Ulangi kata sandi"), self.errors.add("password2", self.password2))
        buttons, self.acceptButton = _buttons(self, tr("Simpan"))
        self.acceptButton.setObjectName("userSaveButton")
        self.acceptButton.clicked.connect(self._on_accept_clicked)
        self.setLayout(layout.vbox(fields, buttons, margin=layout.MARGIN))
        for edit in (self.username, self.nama, self.nip, self.password, self.password2):
            edit.textChanged.connect(self._on_field_edited)

    def problems(self) -> dict[str, str]:
        """Every problem of the fields at once (the service stops at the first one)."""
        checks: list[Callable[[], object]] = [
            lambda: users._validate_person(self.nama.text()),
            lambda: users.normalize_nip(self.nip.text()),
        ]
        if self.user is None:
            checks += [
                lambda: _check_username(self.username.text()),
                lambda: auth.check_password_policy(self.password.text()),
            ]
        found = field_errors.collect(*checks)
        if self.user is None and self.password.text() != self.password2.text():
            found["password2"] = tr("Kedua kata sandi tidak sama.")
        return found

    def _on_field_edited(self, *_args: object) -> None:
        field_errors.recheck(self, self.problems())

    def _on_accept_clicked(self) -> None:
        self.errors.clear()
        found = self.problems()
        if found:
            rest = self.errors.show(found)
            field_errors.fit(self)
            if rest:
                messages.error(self, "\n".join(rest))
            return
        try:
            if self.user is None:
                self.result_user = users.add_user(
                    self.ctx.actor,
                    self.username.text(),
                    self.nama.text(),
                    self.role.currentData(),
                    self.password.text(),
                    nip=self.nip.text(),
                    jabatan=self.jabatan.text(),
                )
            else:
                self.result_user = users.update_user(
                    self.ctx.actor,
                    self.user.id,
                    nama=self.nama.text(),
                    nip=self.nip.text(),
                    jabatan=self.jabatan.text(),
                    role=self.role.currentData(),
                )
        except AppError as exc:
            self.errors.report(self, exc)
            field_errors.fit(self)
            return
        if self.result_user.id == self.ctx.user.id:
            self.ctx.sign_in(self.result_user)  # one's own role: menus and buttons follow at once
        self.accept()


class PasswordDialog(QDialog):
    """A new password twice; with ``old`` also the current one (changing one's own)."""

    def __init__(self, title: str, old: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.errors = ErrorMap()
        self.old = password_field("oldPasswordEdit")
        self.new = password_field("newPasswordEdit")
        self.new2 = password_field("newPassword2Edit")
        fields = layout.form()
        if old:
            fields.addRow(tr("Kata sandi sekarang"), self.errors.add("old", self.old))
        fields.addRow(tr("Kata sandi baru"), self.errors.add("new_password", self.new))
        fields.addRow(tr("Ulangi kata sandi baru"), self.errors.add("new_password2", self.new2))
        buttons, self.acceptButton = _buttons(self, tr("Simpan kata sandi"))
        self.acceptButton.clicked.connect(self._on_accept_clicked)
        self.setLayout(
            layout.vbox(fields, layout.hint(tr("Paling sedikit 8 karakter.")), buttons, margin=layout.MARGIN)
        )
        self.apply = lambda old_password, new_password: None  # set by the caller
        for edit in (self.new, self.new2):
            edit.textChanged.connect(self._on_field_edited)
        self.old.textChanged.connect(self._on_old_edited)

    def problems(self) -> dict[str, str]:
        found = field_errors.collect(lambda: auth.check_password_policy(self.new.text(), "new_password"))
        if self.new.text() != self.new2.text():
            found["new_password2"] = tr("Kedua kata sandi tidak sama.")
        return found

    def _on_field_edited(self, *_args: object) -> None:
        field_errors.recheck(self, self.problems(), only=("new_password", "new_password2"))

    def _on_old_edited(self, *_args: object) -> None:
        field_errors.recheck(self, {}, only=("old",))  # checked again only by saving

    def _on_accept_clicked(self) -> None:
        self.errors.clear()
        found = self.problems()
        if found:
            self.errors.show(found)
            field_errors.fit(self)
            return
        try:
            self.apply(self.old.text(), self.new.text())
        except ValidationError as exc:
            problems = {("new_password" if k == "password" else k): v for k, v in exc.problems.items()}
            rest = self.errors.show(problems)
            if rest:
                messages.error(self, "\n".join(rest))
            return
        except AppError as exc:
            self.errors.show({"old": str(exc)}) if self.old.isVisible() else messages.error(self, str(exc))
            return
        self.accept()


class UsersDialog(QDialog):
    HEADERS = (
        tr_noop("Nama pengguna"),
        tr_noop("Nama lengkap"),
        tr_noop("Peran"),
        tr_noop("NIP"),
        tr_noop("Jabatan"),
        tr_noop("Status"),
        tr_noop("Login terakhir"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Pengguna"))
        self.resize(900, 460)
        self._users: list[UserInfo] = []
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([tr_label(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.addButton = QPushButton(tr("Tambah…"))
        self.addButton.setObjectName("addUserButton")
        self.editButton = QPushButton(tr("Ubah…"))
        self.toggleButton = QPushButton(tr("Nonaktifkan"))
        self.toggleButton.setObjectName("toggleUserButton")
        self.resetButton = QPushButton(tr("Atur ulang kata sandi…"))
        close = QPushButton(tr("Tutup"))
        self.addButton.clicked.connect(self._on_add_clicked)
        self.editButton.clicked.connect(self._on_edit_clicked)
        self.toggleButton.clicked.connect(self._on_toggle_clicked)
        self.resetButton.clicked.connect(self._on_reset_clicked)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        close.clicked.connect(self.accept)
        self.setLayout(
            layout.vbox(
                layout.hint(
                    tr(
                        "Petugas mencatat usulan dan uji konsekuensi; atasan menyetujui, mengembalikan atau "
                        "menolak; administrator mengelola pengguna dan profil badan publik."
                    )
                ),
                self.table,
                layout.hbox(self.addButton, self.editButton, self.toggleButton, self.resetButton, None, close),
                margin=layout.MARGIN,
            )
        )
        self.reload()

    def reload(self) -> None:
        self._users = users.list_users()
        now = utcnow()
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            state = tr("aktif") if user.active else tr("nonaktif")
            if user.locked_until and user.locked_until > now:
                state += tr(" (terkunci sampai {t})").format(t=local_time(user.locked_until).strftime("%H:%M"))
            last = local_time(user.last_login).strftime("%d/%m/%Y %H:%M") if user.last_login else "—"
            for column, text in enumerate(
                (user.username, user.nama, tr_label(user.role.label), user.nip or "—", user.jabatan or "—", state, last)
            ):
                cell = QTableWidgetItem(text)
                if not user.active:
                    cell.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, cell)
        self._on_selection_changed()

    def selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) and self.table.selectedItems() else None

    def _on_selection_changed(self) -> None:
        user = self.selected()
        for button in (self.editButton, self.toggleButton, self.resetButton):
            button.setEnabled(user is not None)
        self.toggleButton.setText(tr("Aktifkan") if user is not None and not user.active else tr("Nonaktifkan"))

    def _on_add_clicked(self) -> None:
        if UserEditDialog(self.ctx, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _on_edit_clicked(self, *_args: object) -> None:
        user = self.selected()
        if user is not None and UserEditDialog(self.ctx, user, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _on_toggle_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            users.update_user(self.ctx.actor, user.id, active=not user.active)
        except AppError as exc:
            messages.error(self, str(exc))
        self.reload()

    def _on_reset_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(tr("Atur ulang kata sandi {u}").format(u=user.username), parent=self)
        dialog.apply = lambda _old, new: users.reset_password(self.ctx.actor, user.id, new)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            messages.info(
                self, tr("Kata sandi {u} telah diganti; kunci akun (bila ada) dibuka.").format(u=user.username)
            )
            self.reload()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()


def change_own_password(ctx: AppContext, parent: QWidget | None = None) -> bool:
    dialog = PasswordDialog(tr("Ganti kata sandi"), old=True, parent=parent)
    dialog.apply = lambda old, new: users.change_own_password(ctx.actor, old, new)
    return dialog.exec() == QDialog.DialogCode.Accepted
