"""The agency profile: name and address for the letterhead, signatories, logo, numbering, idle
lock, and how documents are printed."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from dikecualikan_gui.domain.model import AgencyProfile, DiktumStyle, Paper, PrintSettings, Signatory, Signer
from dikecualikan_gui.domain.numbering import PLACEHOLDERS, render_penetapan_number
from dikecualikan_gui.errors import AppError, ValidationError
from dikecualikan_gui.services import profile, users
from dikecualikan_gui.ui import field_errors, layout
from dikecualikan_gui.ui.context import AppContext
from dikecualikan_gui.ui.layout import ErrorMap
from dikecualikan_gui.ui.text import tr, tr_label

LOGO_SIZE = 72
PREFIXES = ("", "a.n.", "Plt.", "Plh.")


def _combo(kind: type[Paper] | type[DiktumStyle] | type[Signer], current: object, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for option in kind:
        combo.addItem(tr_label(option.label), option)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def _number(value: float, low: float, high: float, suffix: str, step: float = 0.1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(1)
    spin.setSuffix(suffix)
    spin.setValue(value)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("00,0 cm") + 32)
    return spin


def _prefix(value: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(PREFIXES))
    combo.setCurrentText(value)
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("a.n. Sekretaris") + 40)
    combo.setToolTip(tr("Dicetak di atas jabatan penanda tangan, mis. a.n. (atas nama) atau Plt."))
    return combo


class PrintFields:
    """The Pencetakan tab: paper, margins, letter size, the decree's variants, prefixes, whether the
    item numbers print, the Mengingat list and the tembusan."""

    def __init__(self, current: PrintSettings, errors: ErrorMap) -> None:
        self.paper = _combo(Paper, current.paper, "paperCombo")
        self.top = _number(current.margin_top_cm, profile.MARGIN_CM[0], profile.MARGIN_CM[1], " cm")
        self.right = _number(current.margin_right_cm, profile.MARGIN_CM[0], profile.MARGIN_CM[1], " cm")
        self.bottom = _number(current.margin_bottom_cm, profile.MARGIN_CM[0], profile.MARGIN_CM[1], " cm")
        self.left = _number(current.margin_left_cm, profile.MARGIN_CM[0], profile.MARGIN_CM[1], " cm")
        self.fontSize = _number(current.font_size, profile.FONT_SIZE[0], profile.FONT_SIZE[1], " pt", 0.5)
        self.fontSize.setObjectName("fontSizeSpin")
        self.diktum = _combo(DiktumStyle, current.diktum, "diktumCombo")
        self.signer = _combo(Signer, current.penetapan_signer, "signerCombo")
        self.ppidPrefix = _prefix(current.ppid_prefix)
        self.atasanPrefix = _prefix(current.atasan_prefix)
        self.pangkatNip = QCheckBox(tr("Cetak pangkat/golongan dan NIP di bawah nama penanda tangan"))
        self.pangkatNip.setChecked(current.show_pangkat_nip)
        self.nomorUsulan = QCheckBox(tr("Cetak nomor usulan (2026/001) dalam DIK dan lampiran keputusan"))
        self.nomorUsulan.setToolTip(tr("Nomor usulan adalah nomor kerja internal; bawaannya tidak dicetak."))
        self.nomorUsulan.setObjectName("nomorUsulanCheck")
        self.nomorUsulan.setChecked(current.show_nomor_usulan)
        self.mengingat = QPlainTextEdit("\n".join(current.mengingat))
        self.mengingat.setObjectName("mengingatEdit")
        self.mengingat.setFixedHeight(150)
        self.tembusan = QPlainTextEdit("\n".join(current.tembusan))
        self.tembusan.setPlaceholderText(tr("mis. Kepala Dinas Komunikasi dan Informatika (satu per baris)"))
        self.tembusan.setFixedHeight(96)
        margins = layout.vbox(
            layout.hbox(QLabel(tr("Kiri")), self.left, QLabel(tr("Kanan")), self.right, None),
            layout.hbox(QLabel(tr("Atas")), self.top, QLabel(tr("Bawah")), self.bottom, None),
        )
        self.form = layout.form()
        self.form.addRow(tr("Kertas bawaan"), layout.hbox(self.paper, None))
        self.form.addRow(tr("Margin"), errors.add("margins", margins))
        self.form.addRow(tr("Ukuran huruf isi"), errors.add("font_size", layout.hbox(self.fontSize, None)))
        self.form.addRow(tr("Penomoran diktum"), layout.hbox(self.diktum, None))
        self.form.addRow(tr("Penanda tangan keputusan"), layout.hbox(self.signer, None))
        self.form.addRow(tr("Awalan jabatan PPID"), errors.add("ppid_prefix", layout.hbox(self.ppidPrefix, None)))
        self.form.addRow(tr("Awalan jabatan atasan"), errors.add("atasan_prefix", layout.hbox(self.atasanPrefix, None)))
        self.form.addRow("", self.pangkatNip)
        self.form.addRow("", self.nomorUsulan)
        self.form.addRow(tr("Mengingat (satu per baris)"), errors.add("mengingat", self.mengingat))
        self.form.addRow(
            "",
            layout.hint(
                tr(
                    "Tambahkan dasar kewenangan badan publik, mis. undang-undang pembentukan daerah atau peraturan "
                    "gubernur/bupati/wali kota tentang PPID, dengan Lembaran Negara atau Lembaran/Berita Daerahnya. "
                    'Tanda ";" di akhir setiap baris dan "." di akhir baris terakhir ditambahkan saat dicetak.'
                )
            ),
        )
        self.form.addRow(tr("Tembusan (satu per baris)"), self.tembusan)

    def value(self) -> PrintSettings:
        def lines(box: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(line.strip() for line in box.toPlainText().splitlines() if line.strip())

        return PrintSettings(
            paper=self.paper.currentData(),
            margin_top_cm=self.top.value(),
            margin_right_cm=self.right.value(),
            margin_bottom_cm=self.bottom.value(),
            margin_left_cm=self.left.value(),
            font_size=self.fontSize.value(),
            diktum=self.diktum.currentData(),
            penetapan_signer=self.signer.currentData(),
            ppid_prefix=self.ppidPrefix.currentText().strip(),
            atasan_prefix=self.atasanPrefix.currentText().strip(),
            show_pangkat_nip=self.pangkatNip.isChecked(),
            mengingat=lines(self.mengingat),
            tembusan=lines(self.tembusan),
            show_nomor_usulan=self.nomorUsulan.isChecked(),
        )


class SignatoryFields:
    def __init__(self, key: str, errors: ErrorMap) -> None:
        self.nama = QLineEdit()
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(tr("18 angka"))
        self.jabatan = QLineEdit()
        self.pangkat = QLineEdit()
        self.pangkat.setPlaceholderText(tr("mis. Pembina Utama Muda (IV/c)"))
        self.form = layout.form()
        self.form.addRow(tr("Nama"), self.nama)
        self.form.addRow(tr("NIP"), errors.add(key + "_nip", self.nip))
        self.form.addRow(tr("Jabatan"), self.jabatan)
        self.form.addRow(tr("Pangkat/golongan"), self.pangkat)

    def set_value(self, person: Signatory) -> None:
        self.nama.setText(person.nama)
        self.nip.setText(person.nip)
        self.jabatan.setText(person.jabatan)
        self.pangkat.setText(person.pangkat)

    def value(self) -> Signatory:
        return Signatory(
            self.nama.text().strip(), self.nip.text().strip(), self.jabatan.text().strip(), self.pangkat.text().strip()
        )


class ProfileDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = ErrorMap()
        self.current = profile.get_profile()
        self.logo_path = self.current.logo_path
        self.setWindowTitle(tr("Profil badan publik"))
        self.setMinimumWidth(720)

        self.nama = QLineEdit(self.current.nama_badan_publik)
        self.nama.setObjectName("profileNamaEdit")
        self.pemerintah = QLineEdit(self.current.pemerintah)
        self.pemerintah.setPlaceholderText(tr("mis. PEMERINTAH PROVINSI KALIMANTAN BARAT"))
        self.unit = QLineEdit(self.current.unit_kerja)
        self.alamat = QPlainTextEdit(self.current.alamat)
        self.alamat.setFixedHeight(60)
        self.kota = QLineEdit(self.current.kota)
        self.telepon = QLineEdit(self.current.telepon)
        self.email = QLineEdit(self.current.email)
        self.website = QLineEdit(self.current.website)
        self.logoPreview = QLabel()
        self.logoPreview.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setStyleSheet("border: 1px solid #ccc;")
        chooseLogo = QPushButton(tr("Pilih logo…"))
        removeLogo = QPushButton(tr("Hapus logo"))
        chooseLogo.clicked.connect(self._on_choose_logo_clicked)
        removeLogo.clicked.connect(self._on_remove_logo_clicked)

        agency = layout.form()
        agency.addRow(tr("Nama badan publik *"), self.errors.add("nama_badan_publik", self.nama))
        agency.addRow(tr("Baris pemerintah"), self.pemerintah)
        agency.addRow(tr("Unit kerja"), self.unit)
        agency.addRow(tr("Alamat"), self.alamat)
        agency.addRow(tr("Kota"), self.kota)
        agency.addRow(tr("Telepon"), self.telepon)
        agency.addRow(tr("Surel"), self.email)
        agency.addRow(tr("Situs web"), self.website)
        agency.addRow(
            tr("Logo"),
            self.errors.add(
                "logo_path", layout.hbox(self.logoPreview, layout.vbox(chooseLogo, removeLogo, None), None)
            ),
        )

        self.ppid = SignatoryFields("ppid", self.errors)
        self.ppid.set_value(self.current.ppid)
        self.atasan = SignatoryFields("atasan", self.errors)
        self.atasan.set_value(self.current.atasan)

        self.pattern = QLineEdit(self.current.penetapan_pattern)
        self.pattern.setObjectName("patternEdit")
        self.patternPreview = QLabel()
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutesSpin")
        self.idle.setRange(profile.MIN_IDLE_MINUTES, profile.MAX_IDLE_MINUTES)
        self.idle.setSuffix(tr(" menit"))
        self.idle.setValue(self.current.idle_lock_minutes)
        settings = layout.form()
        settings.addRow(tr("Pola nomor penetapan"), self.errors.add("penetapan_pattern", self.pattern))
        settings.addRow("", self.patternPreview)
        settings.addRow("", layout.hint(tr("Tempat isian: {p}").format(p=PLACEHOLDERS)))
        settings.addRow(
            tr("Kunci otomatis setelah"), self.errors.add("idle_lock_minutes", layout.hbox(self.idle, None))
        )
        settings.addRow(
            "",
            layout.hint(
                tr("Aplikasi terkunci bila tidak dipakai selama waktu ini; isian yang belum disimpan tetap ada.")
            ),
        )

        tabs = QTabWidget()
        tabs.addTab(_page(agency), tr("Badan publik"))
        tabs.addTab(
            _page(
                layout.vbox(
                    layout.group(tr("PPID (menandatangani lembar uji dan daftar)"), self.ppid.form),
                    layout.group(tr("Atasan PPID (menyetujui dan menetapkan)"), self.atasan.form),
                    None,
                )
            ),
            tr("Penandatangan"),
        )
        tabs.addTab(_page(settings), tr("Penomoran dan keamanan"))
        self.printing = PrintFields(self.current.print_settings, self.errors)
        tabs.addTab(_page(layout.vbox(self.printing.form, None)), tr("Pencetakan"))
        self.tabs = tabs

        buttons = QDialogButtonBox()
        self.saveButton = buttons.addButton(tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.saveButton.setObjectName("profileSaveButton")
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        self.saveButton.clicked.connect(self._on_save_clicked)
        self.pattern.textChanged.connect(self._on_pattern_changed)
        self.setLayout(layout.vbox(tabs, buttons, margin=layout.MARGIN))
        self._follow_edits()
        self._on_pattern_changed()
        self._show_logo()

    def _show_logo(self) -> None:
        file = profile.logo_file(self.ctx.config, dataclasses.replace(self.current, logo_path=self.logo_path))
        if file is None:
            self.logoPreview.setText(tr("(tanpa logo)"))
            self.logoPreview.setPixmap(QPixmap())
            return
        pixmap = QPixmap(str(file))
        self.logoPreview.setPixmap(
            pixmap.scaled(
                LOGO_SIZE - 4,
                LOGO_SIZE - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_choose_logo_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Pilih logo"), "", tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self.logo_path = profile.store_logo(self.ctx.config, Path(path))
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        self._show_logo()

    def _on_remove_logo_clicked(self) -> None:
        self.logo_path = ""
        self._show_logo()

    def _on_pattern_changed(self, *_args: object) -> None:
        try:
            example = render_penetapan_number(self.pattern.text(), 7, date.today())
            self.patternPreview.setText(tr("Contoh: {n}").format(n=example))
        except ValueError as exc:
            self.patternPreview.setText(str(exc))

    def value(self) -> AgencyProfile:
        return AgencyProfile(
            nama_badan_publik=self.nama.text().strip(),
            pemerintah=self.pemerintah.text().strip(),
            unit_kerja=self.unit.text().strip(),
            alamat=self.alamat.toPlainText().strip(),
            kota=self.kota.text().strip(),
            telepon=self.telepon.text().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            logo_path=self.logo_path,
            ppid=self.ppid.value(),
            atasan=self.atasan.value(),
            penetapan_pattern=self.pattern.text().strip(),
            idle_lock_minutes=self.idle.value(),
            print_settings=self.printing.value(),
        )

    # --- messages that go as soon as their field is valid ---------------------------------

    def _follow_edits(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._on_field_edited)
        for area in self.findChildren(QPlainTextEdit):
            area.textChanged.connect(self._on_field_edited)
        for spin in self.findChildren(QSpinBox) + self.findChildren(QDoubleSpinBox):
            spin.valueChanged.connect(self._on_field_edited)

    def problems(self) -> dict[str, str]:
        """The checks of profile.update_profile that can be made while typing, all at once."""
        current = self.value()
        found = {**_nip_problem("ppid_nip", current.ppid.nip), **_nip_problem("atasan_nip", current.atasan.nip)}
        if not current.nama_badan_publik:
            found["nama_badan_publik"] = tr("Nama badan publik wajib diisi.")
        try:
            render_penetapan_number(current.penetapan_pattern, 1, date(2026, 1, 1))
        except ValueError as exc:
            found["penetapan_pattern"] = str(exc)
        found.update(profile.print_problems(current.print_settings))
        if not profile.MIN_IDLE_MINUTES <= current.idle_lock_minutes <= profile.MAX_IDLE_MINUTES:
            found["idle_lock_minutes"] = tr("Kunci otomatis diisi {a} sampai {b} menit.").format(
                a=profile.MIN_IDLE_MINUTES, b=profile.MAX_IDLE_MINUTES
            )
        return found

    def _on_field_edited(self, *_args: object) -> None:
        if field_errors.shown(self):
            field_errors.recheck(self, self.problems(), only=RECHECKED)

    def _on_save_clicked(self) -> None:
        self.errors.clear()
        try:
            profile.update_profile(self.ctx.actor, self.value())
        except AppError as exc:
            self.errors.report(self, exc)
            field_errors.fit(self)
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        return cls(ctx, parent).exec() == QDialog.DialogCode.Accepted


RECHECKED = (
    "nama_badan_publik",
    "ppid_nip",
    "atasan_nip",
    "penetapan_pattern",
    "idle_lock_minutes",
    "margins",
    "font_size",
    "ppid_prefix",
    "atasan_prefix",
    "mengingat",
)


def _nip_problem(key: str, nip: str) -> dict[str, str]:
    problems = field_errors.collect(lambda: users.normalize_nip(nip))
    return {key: problems["nip"]} if problems else {}


def _page(content: QLayout) -> QWidget:
    page = QWidget()
    content.setContentsMargins(layout.MARGIN, layout.MARGIN, layout.MARGIN, layout.MARGIN)
    page.setLayout(content)
    return page
