"""Login: username and password; also the lock screen of a shared workstation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from dikecualikan_gui.domain.model import UserInfo
from dikecualikan_gui.errors import AccountDisabled, AccountLocked, AppError, AuthenticationFailed
from dikecualikan_gui.services import auth, profile
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.layout import FieldError
from dikecualikan_gui.ui.text import tr


class LoginDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, locked_by: UserInfo | None = None, purpose: str = "login"
    ) -> None:
        super().__init__(parent)
        self.user: UserInfo | None = None
        self._purpose = purpose
        agency = profile.get_profile().nama_badan_publik
        self.setWindowTitle(tr("Terkunci — Dikecualikan") if locked_by else tr("Masuk — Dikecualikan"))
        self.setWindowIcon(QIcon.fromTheme("dialog-password"))
        self.setMinimumWidth(420)

        title = layout.heading(tr("Daftar Informasi yang Dikecualikan"))
        subtitle = layout.hint(agency or tr("Pendokumentasian informasi yang dikecualikan (UU 14/2008)"))
        self.lockNote = QLabel()
        self.lockNote.setWordWrap(True)
        if locked_by is not None:
            self.lockNote.setText(
                tr(
                    "Aplikasi dikunci. {nama} dapat masuk kembali; pengguna lain dapat masuk untuk berganti pengguna."
                ).format(nama=locked_by.nama)
            )
        self.lockNote.setVisible(locked_by is not None)

        self.username = QLineEdit()
        self.username.setObjectName("loginUsername")
        self.username.setPlaceholderText(tr("nama pengguna"))
        if locked_by is not None:
            self.username.setText(locked_by.username)
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("kata sandi"))
        self.message = FieldError()
        self.message.setObjectName("loginMessage")

        fields = layout.form()
        fields.addRow(tr("Nama pengguna"), self.username)
        fields.addRow(tr("Kata sandi"), self.password)

        buttons = QDialogButtonBox()
        self.loginButton = buttons.addButton(tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.loginButton.setObjectName("loginButton")
        self.loginButton.setDefault(True)
        self.quitButton = buttons.addButton(
            tr("Keluar aplikasi") if locked_by else tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.loginButton.clicked.connect(self._on_login_clicked)
        self.quitButton.clicked.connect(self.reject)

        self.setLayout(
            layout.vbox(
                title, subtitle, self.lockNote, layout.SPACING, fields, self.message, buttons, margin=layout.MARGIN + 8
            )
        )
        (self.password if locked_by else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_login_clicked(self) -> None:
        username = self.username.text().strip()
        if not username or not self.password.text():
            self.message.show_message(tr("Isi nama pengguna dan kata sandi."))
            return
        try:
            self.user = auth.authenticate(username, self.password.text(), purpose=self._purpose)
        except AccountLocked as exc:
            self._fail(
                tr(
                    "Akun terkunci karena salah kata sandi berulang kali. Coba lagi dalam {m} menit, "
                    "atau minta administrator mengatur ulang kata sandi."
                ).format(m=exc.minutes)
            )
            return
        except (AuthenticationFailed, AccountDisabled) as exc:
            self._fail(str(exc))
            return
        except AppError as exc:
            self._fail(str(exc))
            return
        self.accept()

    def _fail(self, message: str) -> None:
        self.message.show_message(message)
        self.password.clear()
        self.password.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None = None, *, locked_by: UserInfo | None = None) -> UserInfo | None:
        dialog = cls(parent, locked_by=locked_by)
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
