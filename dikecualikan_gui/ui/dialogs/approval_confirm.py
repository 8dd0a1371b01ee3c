"""The last look before a decision takes effect: what is about to happen, in words.

The confirmation opens window-modal without blocking (``open()``), so automation and tests find
its accepting button by its objectName ``confirmButton`` and click it. Esc, the close box and
"Periksa lagi" decide nothing; Enter presses the focused "Periksa lagi", never the confirmation.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea, QWidget

from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.model import Actor, ItemRecord
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.text import tr

LISTED = 15  # items named one by one in the confirmation; the rest are counted


class DecisionConfirmation(QDialog):
    def __init__(self, parent: QWidget, title: str, text: str, yes: str) -> None:
        super().__init__(parent)
        self.setObjectName("decisionConfirmation")
        self.setWindowTitle(title)
        self.text = QLabel(text)
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.confirmButton = QPushButton(yes)
        self.confirmButton.setObjectName("confirmButton")
        self.cancelButton = QPushButton(tr("Periksa lagi"))
        self.cancelButton.setObjectName("cancelConfirmButton")
        self.confirmButton.setAutoDefault(False)
        self.confirmButton.setDefault(False)
        self.confirmButton.clicked.connect(self.accept)
        self.cancelButton.clicked.connect(self.reject)
        self.setLayout(
            layout.vbox(scroll, layout.hbox(None, self.confirmButton, self.cancelButton), margin=layout.MARGIN)
        )
        self.resize(560, min(480, 110 + 20 * text.count("\n")))
        self.cancelButton.setFocus()

    def accept(self) -> None:
        if self.result() == QDialog.DialogCode.Accepted or not self.isVisible():
            return  # a second click while closing, or a click on a confirmation already closed
        super().accept()


def _listing(lines: Sequence[str]) -> str:
    shown = ["• " + line for line in lines[:LISTED]]
    if len(lines) > LISTED:
        shown.append(tr("• … dan {n} usulan lainnya").format(n=len(lines) - LISTED))
    return "\n".join(shown)


def signer_name(actor: Actor) -> str:
    return "{n} ({u})".format(n=actor.nama, u=actor.username) if actor.nama else actor.username


def _named(item: ItemRecord) -> str:
    return "{n} — {j}".format(n=item.nomor, j=item.content.judul)


def approve_text(chosen: Sequence[ItemRecord], nomor: str, tanggal: date, tempat: str, signer: str) -> str:
    return tr(
        "{k} usulan akan disetujui dan ditetapkan sebagai informasi yang dikecualikan "
        "dengan penetapan nomor {p}, tanggal {d}, di {t}:\n\n{l}\n\nDitandatangani oleh {s}."
    ).format(
        k=len(chosen),
        p=nomor,
        d=format_date_id(tanggal),
        t=tempat or tr("(tempat tidak diisi)"),
        l=_listing([_named(r) for r in chosen]),
        s=signer,
    )


def return_text(chosen: Sequence[ItemRecord], notes: dict[int, str], signer: str) -> str:
    return tr(
        "{k} usulan akan dikembalikan kepada petugas untuk diperbaiki, dengan catatan:\n\n{l}\n\n"
        "Ditandatangani oleh {s}."
    ).format(k=len(chosen), l=_listing(["{i}: {c}".format(i=_named(r), c=notes[r.id]) for r in chosen]), s=signer)


def reject_text(chosen: Sequence[ItemRecord], reasons: dict[int, str], signer: str) -> str:
    return tr(
        "{k} usulan akan ditolak; informasinya tidak dikecualikan (tetap terbuka). Alasan penolakan:\n\n{l}\n\n"
        "Ditandatangani oleh {s}."
    ).format(k=len(chosen), l=_listing(["{i}: {c}".format(i=_named(r), c=reasons[r.id]) for r in chosen]), s=signer)


NOTE_CHOICES = (tr("Kembalikan dengan catatan"), tr("Setujui tanpa catatan"), tr("Periksa lagi"))


def note_question(noted: Sequence[tuple[ItemRecord, str]]) -> str:
    """A note typed and Setujui pressed: which was meant (answered with NOTE_CHOICES)."""
    return tr(
        "Anda menulis catatan untuk usulan yang akan disetujui:\n\n{l}\n\nPersetujuan tidak menyimpan "
        "catatan. Apakah maksud Anda mengembalikannya kepada petugas dengan catatan ini?"
    ).format(l="\n".join("• {n}: {c}".format(n=r.nomor, c=c) for r, c in noted))


def approved_message(count: int, nomor: str, tanggal: date) -> str:
    return tr("{k} usulan disetujui dengan penetapan {p} tanggal {d}.").format(
        k=count, p=nomor, d=format_date_id(tanggal)
    )


def returned_message(count: int) -> str:
    return tr("{k} usulan dikembalikan kepada petugas dengan catatan perbaikan.").format(k=count)


def rejected_message(count: int) -> str:
    return tr("{k} usulan ditolak; informasinya tetap terbuka.").format(k=count)
