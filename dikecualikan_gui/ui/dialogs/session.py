"""A consequence-test session (sesi pengujian konsekuensi): the meeting and its items.

The petugas records, after the meeting, when and where it was held, who led it and who took
part, picks the complete drafts that were tested, and adjusts each item's test as it was
concluded (prefilled from the item). Recording it makes the items wait for the Atasan PPID.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from dikecualikan_gui.domain.legal_basis import format_grounds
from dikecualikan_gui.domain.model import ItemRecord, Participant, Signatory, UjiContent
from dikecualikan_gui.errors import AppError, ValidationError
from dikecualikan_gui.services import profile, sessions, users
from dikecualikan_gui.services.sessions import SessionEntry, SessionResult
from dikecualikan_gui.ui import layout, messages
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.dialogs.session_people import KnownPeopleDelegate
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.pages.test_form import UjiForm
from dikecualikan_gui.ui.text import tr
from dikecualikan_gui.ui.widgets.jangka_waktu_editor import date_edit, from_qdate
from dikecualikan_gui.ui.widgets.participants_table import ParticipantsTable

COLUMNS = (tr("Nomor"), tr("Informasi"), tr("Dasar hukum"), tr("Jangka waktu"))


class SessionDialog(QDialog):
    """Record one session over the checked items; ``result_session`` holds what was recorded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, drafts: list[ItemRecord] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.ctx = ctx
        self.errors = ErrorMap()
        self.result_session: SessionResult | None = None
        self.setWindowTitle(tr("Sesi pengujian konsekuensi"))
        self.drafts = drafts if drafts is not None else sessions.complete_drafts()
        self._tests: dict[int, UjiContent] = {}  # the test as concluded, for items edited here
        self._current: int | None = None
        agency = profile.get_profile()

        self.tanggal = date_edit(date.today(), name="sessionDateEdit")
        self.tanggal.setMaximumDate(QDate.currentDate())
        self.waktu = QLineEdit()
        self.waktu.setObjectName("sessionTimeEdit")
        self.waktu.setPlaceholderText(tr("mis. 09.00 WIB"))
        self.tempat = QLineEdit(agency.kota)
        self.tempat.setObjectName("sessionPlaceEdit")
        self.pemimpin = QLineEdit(agency.ppid.nama)
        self.pemimpin.setObjectName("sessionLeaderEdit")
        self.pemimpinJabatan = QLineEdit(agency.ppid.jabatan or tr("PPID"))
        self.pemimpinJabatan.setObjectName("sessionLeaderJabatanEdit")
        self._leader = agency.ppid
        self.peserta = ParticipantsTable()
        self.peserta.setObjectName("sessionParticipants")
        self.pick = QComboBox()
        self.pick.setObjectName("sessionPickCombo")
        self.pick.addItem(tr("Tambah peserta dari pengguna atau penandatangan…"), None)
        known = _known_people(agency.ppid, agency.atasan)
        self.peserta.table.setItemDelegate(KnownPeopleDelegate(known, self.peserta.table))  # Nama completes
        for person in known:
            label = ", ".join(p for p in (person.nama, person.jabatan) if p)
            self.pick.addItem(label, person)

        when = layout.form()
        when.addRow(tr("Tanggal *"), self.errors.add("tanggal", layout.hbox(self.tanggal, None)))
        when.addRow(tr("Waktu"), layout.hbox(self.waktu, None))
        when.addRow(tr("Tempat *"), self.errors.add("tempat", self.tempat))
        when.addRow(tr("Dipimpin oleh (PPID)"), layout.hbox(self.pemimpin, self.pemimpinJabatan))
        people = layout.vbox(self.pick, self.errors.add("peserta", self.peserta))
        meeting = QWidget()
        meeting.setLayout(
            layout.vbox(
                layout.group(tr("Pelaksanaan"), when),
                layout.group(tr("Peserta pengujian *"), people),
                None,
                margin=layout.MARGIN,
            )
        )

        self.table = QTableWidget(len(self.drafts), len(COLUMNS))
        self.table.setObjectName("sessionItemsTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((2, 190), (3, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        for row, item in enumerate(self.drafts):
            test = sessions.proposed_test(item)
            cells = (
                item.nomor,
                item.content.judul,
                format_grounds(test.grounds) or "; ".join(test.uu_lain),
                test.jangka_waktu.text if test.jangka_waktu else "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 0:
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Unchecked)
                    cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.selectAll = QPushButton(tr("Pilih semua"))
        self.selectAll.setObjectName("sessionSelectAllButton")
        self.count = layout.hint("")
        self.count.setWordWrap(False)
        self.editing = layout.heading(tr("Pilih satu baris untuk melihat dan menyesuaikan hasil ujinya."), 1)
        self.editing.setObjectName("sessionEditingLabel")
        self.form = UjiForm()
        self.form.setObjectName("sessionTestForm")
        self.form.whenGroup.hide()  # the session's date, place and participants hold for every item
        self.form.setEnabled(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top.setLayout(
            layout.vbox(
                layout.hint(
                    tr(
                        "Usulan lengkap yang belum diuji. Centang yang diuji dalam sesi ini; pilih satu baris "
                        "untuk menyesuaikan hasil ujinya (terisi dari usulan)."
                    )
                ),
                self.errors.add("items", self.table),
                layout.hbox(self.selectAll, self.count, None),
            )
        )
        bottom = QWidget()
        bottom.setLayout(layout.vbox(self.editing, scroll))
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        items_tab = QWidget()
        items_tab.setLayout(layout.vbox(split, margin=layout.MARGIN))

        self.tabs = QTabWidget()
        self.tabs.addTab(meeting, tr("Sesi"))
        self.tabs.addTab(items_tab, tr("Usulan yang diuji"))
        buttons = QDialogButtonBox()
        self.recordButton = buttons.addButton(tr("Catat sesi"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.recordButton.setObjectName("recordSessionButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        self.setLayout(layout.vbox(self.tabs, buttons, margin=layout.MARGIN))
        self.resize(960, 680)

        self.pick.activated.connect(self._on_pick_activated)
        self.selectAll.clicked.connect(self._on_select_all_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.currentCellChanged.connect(self._on_current_changed)
        buttons.accepted.connect(self._on_record_clicked)
        buttons.rejected.connect(self.reject)
        self._count_checked()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> SessionResult | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.result_session

    # --- choosing ----------------------------------------------------------------------------

    def _boxes(self) -> list[QTableWidgetItem]:
        """The first cell of every row: its check box, holding the item's id."""
        cells = [self.table.item(row, 0) for row in range(self.table.rowCount())]
        return [cell for cell in cells if cell is not None]

    def checked_ids(self) -> list[int]:
        return [
            int(cell.data(Qt.ItemDataRole.UserRole))
            for cell in self._boxes()
            if cell.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, item_id: int, checked: bool = True) -> None:
        for cell in self._boxes():
            if cell.data(Qt.ItemDataRole.UserRole) == item_id:
                cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _count_checked(self) -> None:
        self.count.setText(tr("{n} dari {t} usulan dipilih.").format(n=len(self.checked_ids()), t=len(self.drafts)))

    def _on_table_item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() == 0:
            self._count_checked()

    def _on_select_all_clicked(self) -> None:
        every = len(self.checked_ids()) < len(self.drafts)
        for cell in self._boxes():
            cell.setCheckState(Qt.CheckState.Checked if every else Qt.CheckState.Unchecked)

    def _on_pick_activated(self, index: int) -> None:
        person = self.pick.itemData(index)
        if isinstance(person, Participant):
            known = {p.nama for p in self.peserta.value()}
            if person.nama not in known:
                self.peserta.add_row(person)
        self.pick.setCurrentIndex(0)

    # --- the test of each item ---------------------------------------------------------------

    def _keep_current(self) -> bool:
        """Remember the shown item's test as edited; False (and the problem shown) when unreadable."""
        if self._current is None:
            return True
        try:
            self._tests[self._current] = self.form.value()
        except ValidationError as exc:
            self.form.errors.show(exc.problems)
            return False
        return True

    def _on_current_changed(self, row: int, _column: int, previous: int, _previous_column: int) -> None:
        if row == previous:
            return
        if not self._keep_current():
            self.table.blockSignals(True)
            self.table.setCurrentCell(previous, 0)
            self.table.blockSignals(False)
            return
        if row < 0:
            return
        item = self.drafts[row]
        self._current = item.id
        self.editing.setText(tr("Hasil uji {n} — {j}").format(n=item.nomor, j=item.content.judul))
        self.form.errors.clear()
        self.form.set_value(self._tests.get(item.id, sessions.proposed_test(item)))
        self.form.setEnabled(True)

    # --- recording ---------------------------------------------------------------------------

    def _on_record_clicked(self) -> None:
        if not self._keep_current():
            self.tabs.setCurrentIndex(1)
            return
        self.errors.clear()
        versions = {item.id: item.version for item in self.drafts}
        entries = [SessionEntry(i, self._tests.get(i), versions[i]) for i in self.checked_ids()]
        leader = Signatory(
            self.pemimpin.text().strip(),
            self._leader.nip if self.pemimpin.text().strip() == self._leader.nama else "",
            self.pemimpinJabatan.text().strip(),
        )
        tanggal, peserta = from_qdate(self.tanggal.date()), self.peserta.value()
        try:
            warnings = sessions.session_warnings(tanggal, entries, peserta, tempat=self.tempat.text())
            if warnings and not messages.confirm(
                self,
                tr("Periksa sebelum mencatat"),
                tr("Perhatikan hal berikut sebelum mencatat sesi:\n\n• {w}\n\nTetap catat sesi ini?").format(
                    w="\n• ".join("{n}: {m}".format(n=n, m=m) for n, m in warnings)
                ),
                tr("Tetap catat"),
                tr("Periksa lagi"),
            ):
                return
            self.result_session = sessions.record_session(
                self.ctx.actor,
                tanggal,
                entries,
                peserta,
                tempat=self.tempat.text(),
                waktu=self.waktu.text(),
                pemimpin=leader,
            )
        except AppError as exc:
            if isinstance(exc, ValidationError):
                self.tabs.setCurrentIndex(0 if {"tanggal", "tempat", "peserta"} & set(exc.problems) else 1)
            self.errors.report(self, exc)
            return
        self.ctx.dataChanged.emit()
        self.accept()


def _known_people(*signatories: Signatory) -> list[Participant]:
    """The profile's signatories and the active users, to pick participants from."""
    people = [Participant(s.nama, s.jabatan) for s in signatories if s.nama]
    names = {p.nama for p in people}
    for user in users.list_users():
        if user.active and user.nama not in names:
            people.append(Participant(user.nama, user.jabatan or user.role.label))
            names.add(user.nama)
    return people
