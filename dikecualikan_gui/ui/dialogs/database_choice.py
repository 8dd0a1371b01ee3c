"""The first-run screen's choice of register: a file on this PC, or a register shared on the
office's PostgreSQL server (several workstations, one register)."""

from __future__ import annotations

from urllib.parse import unquote, urlparse

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QWidget

from dikecualikan_gui import config as config_mod
from dikecualikan_gui.config import Config
from dikecualikan_gui.errors import AppError
from dikecualikan_gui.services import setup
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.text import tr

DEFAULT_PORT = 5432
DEFAULT_NAME = "dikecualikan"


def open_failed_text(message: str, opened: Config) -> str:
    """What a start that cannot open its register says; for a server chosen on the first-run
    screen, also where that choice is kept (working on this PC's file instead would split the
    register, so the application does not offer it)."""
    if opened.sqlite_path is not None or config_mod.saved_db() != opened.db:
        return message
    return (
        message
        + "\n\n"
        + tr(
            "Server ini dipilih pada layar penyiapan pertama; pilihan itu disimpan di {p}. Bila register "
            "memang sudah dipindah, hapus berkas itu lalu buka aplikasi lagi untuk memilih tempat register."
        ).format(p=config_mod.settings_path())
    )


class DatabaseChoice(QGroupBox):
    """Emits ``connected`` with the server register's Config once it is open and remembered."""

    connected = Signal(object)
    modeChanged = Signal(bool)  # True: the server is chosen

    def __init__(self, current: Config, parent: QWidget | None = None) -> None:
        super().__init__(tr("Tempat register"), parent)
        self.current = current
        self.localRadio = QRadioButton(tr("Di komputer ini (satu komputer)"))
        self.localRadio.setObjectName("dbLocalRadio")
        self.localRadio.setChecked(True)
        self.serverRadio = QRadioButton(tr("Register bersama di server kantor (PostgreSQL, beberapa komputer)"))
        self.serverRadio.setObjectName("dbServerRadio")
        group = QButtonGroup(self)
        group.addButton(self.localRadio)
        group.addButton(self.serverRadio)

        self.host = QLineEdit()
        self.host.setObjectName("dbHostEdit")
        self.host.setPlaceholderText(tr("mis. 192.168.1.10 atau server-ppid"))
        self.port = QSpinBox()
        self.port.setObjectName("dbPortSpin")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.name = QLineEdit(DEFAULT_NAME)
        self.name.setObjectName("dbNameEdit")
        self.user = QLineEdit()
        self.user.setObjectName("dbUserEdit")
        self.password = QLineEdit()
        self.password.setObjectName("dbPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.connectButton = QPushButton(tr("Hubungkan"))
        self.connectButton.setObjectName("dbConnectButton")
        self.status = QLabel()
        self.status.setObjectName("dbStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(layout.ERROR_STYLE)
        self.status.hide()

        server = layout.form()
        server.addRow(tr("Server"), layout.hbox(self.host, QLabel(tr("Port")), self.port))
        server.addRow(tr("Nama basis data"), self.name)
        server.addRow(tr("Pengguna"), self.user)
        server.addRow(tr("Kata sandi"), self.password)
        self.serverBox = QWidget()
        self.serverBox.setLayout(
            layout.vbox(
                server,
                layout.hint(
                    tr(
                        "Alamat dan akun diberikan oleh pengelola server (lihat README, 'Shared register on a "
                        "server'). Kata sandi hanya disimpan di pengaturan pengguna Anda di komputer ini "
                        "(berkas {f} di folder data Anda)."
                    ).format(f=config_mod.SETTINGS_FILE)
                ),
                layout.hbox(self.status, None, self.connectButton),
            )
        )
        self.serverBox.hide()
        self.setLayout(layout.vbox(self.localRadio, self.serverRadio, self.serverBox))

        self.serverRadio.toggled.connect(self._on_server_toggled)
        self.connectButton.clicked.connect(self._on_connect_clicked)
        if current.sqlite_path is None and "://" in current.db:
            self._show_open_server(current)

    def _show_open_server(self, current: Config) -> None:
        """Opened on an empty server register (chosen at an earlier first start that was not
        finished): it is shown as chosen; back to this PC only when the choice came from the settings
        (not from --db or DIKECUALIKAN_DB)."""
        parsed = urlparse(current.db)
        self.serverRadio.setChecked(True)
        self.serverBox.show()
        self.host.setText(parsed.hostname or "")
        self.port.setValue(parsed.port or DEFAULT_PORT)
        self.name.setText(unquote(parsed.path.lstrip("/")))
        self.user.setText(unquote(parsed.username or ""))
        for widget in (self.serverRadio, self.host, self.port, self.name, self.user, self.password):
            widget.setEnabled(False)
        self.connectButton.hide()
        from_settings = config_mod.saved_db() == current.db
        self.localRadio.setEnabled(from_settings)
        if from_settings:
            self.localRadio.toggled.connect(self._on_local_toggled)

    def _on_local_toggled(self, checked: bool) -> None:
        """Back to a register on this PC: the saved server choice is forgotten."""
        if not checked:
            return
        config_mod.forget_db_choice()
        local = config_mod.resolve()
        try:
            setup.open_register(local)
        except AppError as exc:
            self._show_problem(str(exc))
            return
        self.localRadio.setEnabled(False)
        self.serverBox.hide()
        self.connected.emit(local)

    @property
    def server_chosen(self) -> bool:
        return self.serverRadio.isChecked()

    def _on_server_toggled(self, checked: bool) -> None:
        self.serverBox.setVisible(checked)
        self.modeChanged.emit(checked)

    def _show_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _on_connect_clicked(self) -> None:
        self.status.hide()
        host, user, name = self.host.text().strip(), self.user.text().strip(), self.name.text().strip()
        if not host or not user or not name:
            self._show_problem(tr("Isi server, nama basis data dan pengguna."))
            return
        url = config_mod.server_url(host, self.port.value(), name, user, self.password.text())
        chosen = config_mod.resolve(url)
        try:
            setup.open_register(chosen)
        except AppError as exc:
            self._show_problem(str(exc))
            self._reopen_current()
            return
        config_mod.save_db_choice(url)
        for widget in (self.localRadio, self.serverRadio, self.host, self.port, self.name, self.user, self.password):
            widget.setEnabled(False)
        self.connectButton.hide()
        self.connected.emit(chosen)

    def _reopen_current(self) -> None:
        """Back to the register the screen was opened on (the server was not reached)."""
        try:
            setup.open_register(self.current)
        except AppError as exc:
            self._show_problem(self.status.text() + "\n" + str(exc))
