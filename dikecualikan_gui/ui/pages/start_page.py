"""The start page (the first tab after sign-in): what waits for the signed-in user, by role.
Each line names what waits and opens it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.model import Role, Status
from dikecualikan_gui.domain.workdays import NOTICE_WORKING_DAYS
from dikecualikan_gui.services import desk as desk_service
from dikecualikan_gui.services.common import local_today
from dikecualikan_gui.services.desk import Desk
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.pages.register_page import EXPIRING, INCOMPLETE
from dikecualikan_gui.ui.text import tr, tr_label

#: One style sheet for the page (a style sheet per line costs more than the lines themselves).
STYLE = (
    "QFrame#startLine { background: #f4f7fb; border: 1px solid #d5dde8; border-radius: 6px; }"
    'QFrame#startLine[warn="true"] { background: #fff4ce; border: 1px solid #e0c060; }'
)
#: Returned items listed one by one; beyond this the register shows the rest.
RETURNED_SHOWN = 12


def _when(moment: datetime | None) -> str:
    return history.local_time(moment).strftime("%d/%m/%Y") if moment is not None else "-"


class StartPage(QWidget):
    approvalRequested = Signal()
    itemRequested = Signal(int)
    registerRequested = Signal(object)  # a Status, or the register's filter key
    usersRequested = Signal()
    backupRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setStyleSheet(STYLE)
        self.desk: Desk | None = None
        self.greeting = layout.heading("")
        self.greeting.setObjectName("startGreeting")
        self.today = layout.hint("")
        self.lines: list[QFrame] = []
        self.buttons: dict[str, QPushButton] = {}
        self.returnedButtons: list[QPushButton] = []
        self._body = QVBoxLayout()
        self._body.setSpacing(layout.SPACING)
        holder = QWidget()
        holder.setLayout(layout.vbox(self.greeting, self.today, layout.SECTION_SPACING, self._body, None))
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(holder)
        self.setLayout(layout.vbox(area, margin=layout.MARGIN * 2))

    # --- building ----------------------------------------------------------------------------

    def _clear(self) -> None:
        while self._body.count():
            item = self._body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines.clear()
        self.buttons.clear()
        self.returnedButtons.clear()

    def _line(self, text: str, button: str = "", name: str = "", warn: bool = False) -> QPushButton | None:
        """One line: what waits, and a button that opens it."""
        frame = QFrame()
        frame.setObjectName("startLine")
        frame.setProperty("warn", warn)
        label = QLabel(text)
        label.setObjectName("startLineText")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        push = None
        if button:
            push = QPushButton(button)
            push.setObjectName(name)
            if name:
                self.buttons[name] = push
        frame.setLayout(layout.hbox(label, *([push] if push else []), margin=layout.MARGIN))
        self._body.addWidget(frame)
        self.lines.append(frame)
        return push

    def _section(self, title: str) -> None:
        label = layout.heading(title, 1)
        self._body.addWidget(label)

    def show_desk(self, desk: Desk, backup_possible: bool = True) -> None:
        self.desk = desk
        self._clear()
        self.greeting.setText(tr("Selamat datang, {n}").format(n=desk.nama))
        self.today.setText(
            tr("{d} — {r}. Yang menunggu Anda:").format(d=format_date_id(local_today()), r=tr_label(desk.role.label))
        )
        if desk.role is Role.ATASAN:
            self._show_atasan(desk)
        elif desk.role is Role.PETUGAS:
            self._show_petugas(desk)
        else:
            self._show_admin(desk, backup_possible)

    def _show_atasan(self, desk: Desk) -> None:
        if not desk.waiting:
            self._line(tr("Tidak ada usulan yang menunggu persetujuan Anda."))
            return
        push = self._line(
            tr("{n} usulan menunggu persetujuan Anda").format(n=len(desk.waiting)),
            tr("Tinjau dan setujui…"),
            "startApprovalButton",
            warn=True,
        )
        assert push is not None
        push.setToolTip(tr("Buka Persetujuan untuk semua usulan yang menunggu (Ctrl+P)"))
        push.clicked.connect(self.approvalRequested)

    def _show_petugas(self, desk: Desk) -> None:
        if desk.returned:
            self._section(tr("Dikembalikan kepada Anda ({n})").format(n=desk.returned_total))
            for item in desk.returned[:RETURNED_SHOWN]:
                text = tr("{nomor} — {judul}\nDikembalikan oleh {by} pada {w}. Catatan: {c}").format(
                    nomor=item.nomor,
                    judul=item.judul,
                    by=item.by or "-",
                    w=_when(item.at),
                    c=item.catatan or tr("(tanpa catatan)"),
                )
                push = self._line(text, tr("Buka {n}").format(n=item.nomor), "startReturnedButton", warn=True)
                assert push is not None
                push.clicked.connect(lambda _=False, i=item.id: self.itemRequested.emit(i))
                self.returnedButtons.append(push)
            if desk.returned_total > RETURNED_SHOWN:
                more = self._line(
                    tr("dan {n} usulan dikembalikan lainnya").format(n=desk.returned_total - RETURNED_SHOWN),
                    tr("Tampilkan di register"),
                    "startReturnedMoreButton",
                )
                assert more is not None
                more.clicked.connect(lambda: self.registerRequested.emit(Status.DIKEMBALIKAN))
        self._section(tr("Usulan"))
        if desk.incomplete:
            push = self._line(
                tr("{n} draf perlu dilengkapi sebelum dapat diuji dan diajukan").format(n=desk.incomplete),
                tr("Tampilkan draf"),
                "startIncompleteButton",
            )
            assert push is not None
            push.clicked.connect(lambda: self.registerRequested.emit(INCOMPLETE))
        else:
            self._line(tr("Tidak ada draf yang perlu dilengkapi."))
        if desk.expiring:
            push = self._line(
                tr(
                    "{n} pengecualian berakhir dalam {d} hari kerja: uji ulang untuk memperpanjang, "
                    "atau siapkan pembukaannya"
                ).format(n=desk.expiring, d=NOTICE_WORKING_DAYS),
                tr("Tampilkan"),
                "startExpiringButton",
                warn=True,
            )
            assert push is not None
            push.clicked.connect(lambda: self.registerRequested.emit(EXPIRING))
        else:
            self._line(tr("Tidak ada pengecualian yang berakhir dalam {d} hari kerja.").format(d=NOTICE_WORKING_DAYS))

    def _show_admin(self, desk: Desk, backup_possible: bool) -> None:
        if desk.locked:
            names = ", ".join(
                tr("{nama} ({u}, sampai pukul {t})").format(
                    nama=user.nama, u=user.username, t=history.local_time(user.until).strftime("%H:%M")
                )
                for user in desk.locked
            )
            push = self._line(
                tr("{n} akun terkunci karena salah kata sandi berulang: {l}").format(n=len(desk.locked), l=names),
                tr("Kelola pengguna…"),
                "startLockedButton",
                warn=True,
            )
            assert push is not None
            push.clicked.connect(self.usersRequested)
        else:
            self._line(tr("Tidak ada akun yang terkunci."))
        text, overdue = desk_service.backup_age(desk.last_backup)
        if backup_possible:
            push = self._line(tr_label(text), tr("Buat cadangan…"), "startBackupButton", warn=overdue)
            assert push is not None
            push.clicked.connect(self.backupRequested)
        else:
            self._line(tr_label(text), warn=overdue)  # backups on both engines (issue 13); no right to make one

    def line_texts(self) -> list[str]:
        """What the page says, line by line (for the status bar and tests)."""
        return [label.text() for frame in self.lines for label in frame.findChildren(QLabel, "startLineText")]
