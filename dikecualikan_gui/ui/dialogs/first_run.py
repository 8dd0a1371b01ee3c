"""First start: where the register is (this PC or the office server), the agency profile and the
first administrator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import AgencyProfile, UserInfo
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import setup, users
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.dialogs.database_choice import DatabaseChoice
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.text import tr, tr_label, tr_noop

IMAGE_FILTER = tr_noop("Gambar (*.png *.jpg *.jpeg)")


@dataclass(frozen=True)
class FirstRun:
    """What the first-run screen ended with: the register now open, the administrator made here
    (None when closed), or ``login`` when the chosen server register already has its users."""

    config: Config
    user: UserInfo | None
    login: bool


class FirstRunDialog(QDialog):
    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.user: UserInfo | None = None
        self.login = False
        self.logo: Path | None = None
        self.errors = ErrorMap()
        self.setWindowTitle(tr("Selamat datang — Dikecualikan"))
        self.setMinimumWidth(620)

        self.namaBadan = QLineEdit()
        self.namaBadan.setObjectName("namaBadanEdit")
        self.namaBadan.setPlaceholderText(tr("mis. Dinas Koperasi, Usaha Kecil dan Menengah"))
        self.pemerintah = QLineEdit()
        self.pemerintah.setPlaceholderText(tr("mis. PEMERINTAH PROVINSI KALIMANTAN BARAT"))
        self.unitKerja = QLineEdit()
        self.alamat = QPlainTextEdit()
        self.alamat.setFixedHeight(56)
        self.kota = QLineEdit()
        self.kota.setPlaceholderText(tr("mis. Pontianak"))
        self.logoLabel = QLabel(tr("(tidak ada)"))
        choose = QPushButton(tr("Pilih logo…"))
        choose.clicked.connect(self._on_choose_logo_clicked)

        agency = layout.form()
        agency.addRow(tr("Nama badan publik *"), self.errors.add("nama_badan_publik", self.namaBadan))
        agency.addRow(tr("Baris pemerintah"), self.pemerintah)
        agency.addRow(tr("Unit kerja"), self.unitKerja)
        agency.addRow(tr("Alamat"), self.alamat)
        agency.addRow(tr("Kota"), self.kota)
        agency.addRow(tr("Logo (opsional)"), self.errors.add("logo_path", layout.hbox(self.logoLabel, None, choose)))

        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsernameEdit")
        self.nama = QLineEdit()
        self.nama.setObjectName("adminNamaEdit")
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(tr("18 angka, boleh dikosongkan"))
        self.jabatan = QLineEdit()
        self.password = QLineEdit()
        self.password.setObjectName("adminPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("adminPassword2Edit")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)

        admin = layout.form()
        admin.addRow(tr("Nama pengguna *"), self.errors.add("username", self.username))
        admin.addRow(tr("Nama lengkap *"), self.errors.add("nama", self.nama))
        admin.addRow(tr("NIP"), self.errors.add("nip", self.nip))
        admin.addRow(tr("Jabatan"), self.jabatan)
        admin.addRow(tr("Kata sandi *"), self.errors.add("password", self.password))
        admin.addRow(tr("Ulangi kata sandi *"), self.errors.add("password2", self.password2))

        buttons = QDialogButtonBox()
        self.startButton = buttons.addButton(tr("Mulai"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.startButton.setObjectName("startButton")
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        self.startButton.clicked.connect(self._on_start_clicked)

        self.intro = layout.hint(
            tr(
                "Basis data ini belum memiliki pengguna. Isi profil badan publik (dipakai pada kop surat dan "
                "penetapan) dan buat akun administrator pertama. Semua isian dapat diubah kemudian."
            )
        )
        self.intro.setObjectName("firstRunIntro")
        self.database = DatabaseChoice(config)
        self.database.modeChanged.connect(self._on_database_mode_changed)
        self.database.connected.connect(self._on_database_connected)
        self.agencyGroup = layout.group(tr("Profil badan publik"), agency)
        self.adminGroup = layout.group(tr("Administrator pertama"), admin)
        self.setLayout(
            layout.vbox(
                layout.heading(tr("Penyiapan pertama")),
                self.intro,
                self.database,
                self.agencyGroup,
                self.adminGroup,
                buttons,
                margin=layout.MARGIN,
            )
        )

    def _on_database_mode_changed(self, server: bool) -> None:
        """Choosing the server: its register may already be set up, so the profile waits."""
        for widget in (self.agencyGroup, self.adminGroup):
            widget.setVisible(not server)
        self.startButton.setEnabled(not server)
        self.adjustSize()

    def _on_database_connected(self, chosen: Config) -> None:
        self.config = chosen
        if users.has_users():  # the office's register is set up: sign in to it
            self.login = True
            self.accept()
            return
        if chosen.sqlite_path is None:
            self.intro.setText(
                tr(
                    "Register di server {s} masih kosong: isi profil badan publik dan buat administrator "
                    "pertamanya. Komputer lain cukup memilih server yang sama lalu masuk."
                ).format(s=setup.describe_target(chosen))
            )
        self._on_database_mode_changed(False)

    def _on_choose_logo_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Pilih logo"), "", tr_label(IMAGE_FILTER))
        if path:
            self.logo = Path(path)
            self.logoLabel.setText(self.logo.name)

    def _on_start_clicked(self) -> None:
        self.errors.clear()
        if self.password.text() != self.password2.text():
            self.errors.show({"password2": tr("Kedua kata sandi tidak sama.")})
            return
        profile = AgencyProfile(
            nama_badan_publik=self.namaBadan.text().strip(),
            pemerintah=self.pemerintah.text().strip(),
            unit_kerja=self.unitKerja.text().strip(),
            alamat=self.alamat.toPlainText().strip(),
            kota=self.kota.text().strip(),
        )
        if not profile.nama_badan_publik:
            self.errors.show({"nama_badan_publik": tr("Nama badan publik wajib diisi.")})
            return
        try:
            self.user = setup.first_run(
                self.config,
                profile,
                self.username.text(),
                self.nama.text(),
                self.password.text(),
                nip=self.nip.text(),
                jabatan=self.jabatan.text(),
                logo=self.logo,
            )
        except AppError as exc:
            self.errors.report(self, exc)
            return
        self.accept()

    @classmethod
    def ask(cls, config: Config, parent: QWidget | None = None) -> UserInfo | None:
        dialog = cls(config, parent)
        return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def start(cls, config: Config, parent: QWidget | None = None) -> FirstRun:
        """The screen, and which register is open after it (the server's when one was chosen)."""
        dialog = cls(config, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return FirstRun(dialog.config, dialog.user if accepted else None, accepted and dialog.login)
