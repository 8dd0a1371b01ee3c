"""After approval: opening an item early (a decision of the atasan), the holiday list, and the
DIK editions with what changed from the previous one."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.model import ItemRecord
from dikecualikan_gui.domain.permissions import Action
from dikecualikan_gui.errors import AppError, ValidationError
from dikecualikan_gui.services import approval, editions, lifecycle, profile
from dikecualikan_gui.services.editions import Edition, EditionDiff
from dikecualikan_gui.ui import layout, messages, printing
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.layout import ErrorMap, FieldError
from dikecualikan_gui.ui.pages.item_view import STYLE
from dikecualikan_gui.ui.text import tr, tr_label
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import date_edit, from_qdate


class OpenEarlyDialog(QDialog):
    """Open an exempted item before its end: reason, basis, penetapan, and the atasan's signature."""

    def __init__(self, ctx: AppContext, item: ItemRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.result_item: ItemRecord | None = None
        self.errors = ErrorMap()
        self.setWindowTitle(tr("Buka informasi sebelum jangka waktunya berakhir"))
        self.setMinimumWidth(560)
        today = date.today()
        self.dasar = QComboBox()
        self.dasar.setObjectName("openingReasonCombo")
        for key, text in lifecycle.OPENING_REASONS.items():
            self.dasar.addItem(tr_label(text), key)
        self.alasan = QPlainTextEdit()
        self.alasan.setObjectName("openingNotesEdit")
        self.alasan.setPlaceholderText(tr("mis. Putusan Komisi Informasi Nomor …, atau hasil uji ulang tanggal …"))
        self.alasan.setMaximumHeight(90)
        self.nomor = QLineEdit(approval.propose_penetapan_number(today))
        self.nomor.setObjectName("penetapanNumberEdit")
        self.tanggal = date_edit(today)
        self.tempat = QLineEdit(profile.get_profile().kota)
        self.username = QLineEdit(ctx.user.username)
        self.username.setObjectName("approverUsername")
        self.password = QLineEdit()
        self.password.setObjectName("approverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldError()
        fields = layout.form()
        fields.addRow(tr("Dasar pembukaan"), self.errors.add("dasar", self.dasar))
        fields.addRow(tr("Alasan"), self.errors.add("alasan", self.alasan))
        fields.addRow(tr("Nomor penetapan"), self.errors.add("nomor_penetapan", self.nomor))
        fields.addRow(tr("Tanggal"), layout.hbox(self.tanggal, None))
        fields.addRow(tr("Tempat"), self.tempat)
        fields.addRow(tr("Nama pengguna atasan"), self.username)
        fields.addRow(tr("Kata sandi"), self.password)
        buttons = QDialogButtonBox()
        self.openButton = buttons.addButton(tr("Buka informasi"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.openButton.setObjectName("openEarlyButton")
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        self.openButton.clicked.connect(self._on_open_clicked)
        self.setLayout(
            layout.vbox(
                layout.heading(tr("{n} — {j}").format(n=item.nomor, j=item.content.judul), 1),
                layout.hint(
                    tr(
                        "Informasi ini akan menjadi terbuka (berakhir) sejak tanggal penetapan. Keputusan ini "
                        "dicatat dengan penetapan dan tanda tangan atasan."
                    )
                ),
                fields,
                self.message,
                buttons,
                margin=layout.MARGIN,
            )
        )

    def _on_open_clicked(self) -> None:
        self.errors.clear()
        self.message.show_message("")
        try:
            actor = approval.sign_off(self.username.text(), self.password.text(), [])
            self.result_item = lifecycle.open_early(
                actor,
                self.item.id,
                self.item.version,
                lifecycle.Opening(
                    self.dasar.currentData(),
                    self.alasan.toPlainText(),
                    self.nomor.text(),
                    from_qdate(self.tanggal.date()),
                    self.tempat.text(),
                ),
            )
        except ValidationError as exc:
            rest = self.errors.show(exc.problems)
            self.message.show_message(" ".join(rest))
            return
        except AppError as exc:
            self.message.show_message(str(exc))
            self.password.clear()
            return
        self.ctx.dataChanged.emit()
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, item: ItemRecord, parent: QWidget | None = None) -> ItemRecord | None:
        dialog = cls(ctx, item, parent)
        dialog.exec()
        return dialog.result_item


class HolidaysDialog(QDialog):
    """Public holidays: they are not working days when counting down to an end date."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Hari libur"))
        self.resize(520, 460)
        self.list = QListWidget()
        self.list.setObjectName("holidayList")
        self.tanggal = date_edit(date.today())
        self.nama = QLineEdit()
        self.nama.setPlaceholderText(tr("mis. Hari Raya Idulfitri"))
        add = QPushButton(tr("Tambah"))
        add.setObjectName("addHolidayButton")
        remove = QPushButton(tr("Hapus yang dipilih"))
        close = QPushButton(tr("Tutup"))
        add.clicked.connect(self._on_add_clicked)
        remove.clicked.connect(self._on_remove_clicked)
        close.clicked.connect(self.accept)
        self.setLayout(
            layout.vbox(
                layout.hint(
                    tr(
                        "Hari kerja adalah Senin sampai Jumat, kecuali hari libur di bawah ini. Informasi yang "
                        "berakhir dalam 30 hari kerja ditampilkan sebagai 'Segera berakhir'."
                    )
                ),
                self.list,
                layout.hbox(self.tanggal, self.nama, add),
                layout.hbox(remove, None, close),
                margin=layout.MARGIN,
            )
        )
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for day, nama in lifecycle.holidays():
            entry = QListWidgetItem("{d} — {n}".format(d=format_date_id(day), n=nama or "-"))
            entry.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.list.addItem(entry)

    def _on_add_clicked(self) -> None:
        try:
            lifecycle.set_holiday(self.ctx.actor, from_qdate(self.tanggal.date()), self.nama.text())
        except AppError as exc:
            messages.error(self, str(exc))
            return
        self.nama.clear()
        self.reload()

    def _on_remove_clicked(self) -> None:
        for entry in self.list.selectedItems():
            try:
                lifecycle.remove_holiday(self.ctx.actor, date.fromisoformat(entry.data(Qt.ItemDataRole.UserRole)))
            except AppError as exc:
                messages.error(self, str(exc))
        self.reload()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()


def diff_html(title: str, change: EditionDiff) -> str:
    def block(heading: str, lines: list[str]) -> str:
        if not lines:
            return ""
        return "<h3>{h} ({n})</h3><ul>{l}</ul>".format(
            h=escape(heading), n=len(lines), l="".join("<li>{x}</li>".format(x=line) for line in lines)
        )

    def when(value: str | None) -> str:
        return format_date_id(date.fromisoformat(value)) if value else tr("tanpa tanggal berakhir")

    parts = [STYLE, "<h2>{t}</h2>".format(t=escape(title))]
    parts.append(
        block(
            tr("Ditambahkan"),
            [
                "{n} — {j} ({w})".format(n=escape(e.nomor), j=escape(e.judul), w=escape(e.jangka_waktu))
                for e in change.added
            ],
        )
    )
    parts.append(
        block(
            tr("Diperpanjang"),
            [
                "{n} — {j}: {a} → {b}".format(
                    n=escape(b.nomor), j=escape(b.judul), a=when(a.berakhir), b=when(b.berakhir)
                )
                for a, b in change.extended
            ],
        )
    )
    parts.append(
        block(
            tr("Diubah dan disetujui ulang"),
            ["{n} — {j}".format(n=escape(b.nomor), j=escape(b.judul)) for _, b in change.changed],
        )
    )
    parts.append(
        block(
            tr("Dibuka (tidak lagi dikecualikan)"),
            ["{n} — {j}".format(n=escape(e.nomor), j=escape(e.judul)) for e in change.opened],
        )
    )
    if change.empty:
        parts.append("<p class='muted'>{t}</p>".format(t=tr("Tidak ada perubahan.")))
    return "".join(parts)


class EditionsDialog(QDialog):
    """Frozen editions of the DIK; the atasan makes a new one for each pemutakhiran."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Edisi Daftar Informasi yang Dikecualikan"))
        self.resize(980, 600)
        self._editions: list[Edition] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("editionsTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Edisi"), tr("Tahun"), tr("Nomor penetapan"), tr("Tanggal"), tr("Jumlah informasi")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.changes = QTextBrowser()
        self.changes.setObjectName("editionChanges")
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.changes)

        today = date.today()
        self.tahun = QSpinBox()
        self.tahun.setRange(2000, 2200)
        self.tahun.setValue(today.year)
        self.nomor = QLineEdit(approval.propose_penetapan_number(today))
        self.nomor.setObjectName("editionNumberEdit")
        self.tanggal = date_edit(today)
        self.tanggal.setMaximumDate(QDate.currentDate())
        self.createButton = QPushButton(tr("Tetapkan edisi baru"))
        self.createButton.setObjectName("createEditionButton")
        self.createButton.setVisible(ctx.may(Action.PUBLISH_EDITION))
        close = QPushButton(tr("Tutup"))
        self.printButton = QPushButton(tr("Cetak keputusan edisi…"))
        self.printButton.setObjectName("printEditionButton")
        self.printButton.setEnabled(False)
        new = layout.hbox(layout.hint(tr("Edisi baru:")), self.tahun, self.nomor, self.tanggal, self.createButton)
        new_holder = QWidget()
        new_holder.setLayout(new)
        new_holder.setVisible(ctx.may(Action.PUBLISH_EDITION))
        main = layout.vbox(
            layout.hint(
                tr(
                    "Setiap edisi membekukan daftar informasi yang disetujui pada saat itu, dengan nomor dan "
                    "tanggal penetapannya; edisi tidak dapat diubah. Pilih edisi untuk melihat perubahannya "
                    "dari edisi sebelumnya."
                )
            ),
            splitter,
            new_holder,
            layout.hbox(self.printButton, None, close),
            margin=layout.MARGIN,
        )
        main.setStretchFactor(splitter, 1)
        self.setLayout(main)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.createButton.clicked.connect(self._on_create_clicked)
        self.printButton.clicked.connect(self._on_print_clicked)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self._editions = editions.list_editions()
        self.table.setRowCount(len(self._editions))
        for row, edition in enumerate(self._editions):
            for column, text in enumerate(
                (
                    str(edition.nomor),
                    str(edition.tahun),
                    edition.nomor_penetapan,
                    format_date_id(edition.tanggal_penetapan),
                    str(len(edition.entries)),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        latest = self._editions[0] if self._editions else None
        self.changes.setHtml(
            diff_html(tr("Daftar saat ini dibandingkan dengan edisi terakhir"), editions.diff(latest, None))
        )

    def _on_print_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._editions):
            try:
                printing.PreviewDialog.show_job(
                    self.ctx, printing.penetapan_job(self.ctx, self._editions[row].nomor_penetapan), self
                )
            except AppError as exc:
                messages.error(self, str(exc))

    def _on_selection_changed(self) -> None:
        row = self.table.currentRow()
        self.printButton.setEnabled(0 <= row < len(self._editions))
        if 0 <= row < len(self._editions):
            edition = self._editions[row]
            self.changes.setHtml(
                diff_html(
                    tr("Edisi {n} dibandingkan dengan edisi sebelumnya").format(n=edition.nomor),
                    editions.diff_with_previous(edition),
                )
            )

    def _on_create_clicked(self) -> None:
        if not messages.confirm(
            self,
            tr("Tetapkan edisi"),
            tr(
                "Bekukan daftar yang disetujui saat ini sebagai edisi baru tahun {t} dengan penetapan {n}? Edisi "
                "tidak dapat diubah setelah ditetapkan."
            ).format(t=self.tahun.value(), n=self.nomor.text()),
            tr("Tetapkan"),
        ):
            return
        try:
            editions.create_edition(
                self.ctx.actor, self.tahun.value(), self.nomor.text(), from_qdate(self.tanggal.date())
            )
        except AppError as exc:
            messages.error(self, str(exc))
            return
        self.reload()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()
