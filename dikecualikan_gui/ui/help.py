"""Bantuan: the offline user guide (F1, menu Bantuan) and the "?" beside each Pasal 17 huruf.

The guide is package data (``resources/bantuan``), read through paths.resource like the fonts and
icons, so it is there in a checkout, a wheel and the frozen bundle. It is shown in a QTextBrowser:
no network, no browser. The statute's words for each huruf come from domain/pasal17.py; the plain
explanation and the example of each huruf are in ``bantuan/huruf_<x>.html``."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QWidget

from dikecualikan_gui import paths
from dikecualikan_gui.domain import pasal17
from dikecualikan_gui.ui import layout
from dikecualikan_gui.ui.text import tr

FOLDER = "bantuan"
GUIDE = "panduan.html"
PASAL17_MARK = "<!-- PASAL17 -->"
DIALOG_NAME = "helpDialog"


class HelpMissing(Exception):
    """A file of the guide is not where the installation put it."""


def _read(name: str) -> str:
    try:
        return paths.resource(FOLDER, name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise HelpMissing(
            tr("Berkas panduan {f} tidak dapat dibaca ({e}). Pasang ulang aplikasi.").format(f=name, e=exc)
        ) from exc


def huruf_section(huruf: str, heading: str = "h3") -> str:
    """One huruf: its name, the statute's words (with its angka), what it means, an example."""
    category = pasal17.CATEGORIES[huruf]
    parts = [
        '<{h}><a name="huruf-{x}"></a>Pasal 17 huruf {x} — {l}</{h}>'.format(
            h=heading, x=huruf, l=html.escape(category.label)
        ),
        "<p><b>{b}</b> {t}{end}</p>".format(
            b=tr("Bunyi pasal."), t=html.escape(category.text), end=":" if category.has_angka else "."
        ),
    ]
    if category.has_angka:
        parts.append(
            "<ol>{i}</ol>".format(i="".join("<li>{t};</li>".format(t=html.escape(t)) for t in category.angka.values()))
        )
    parts.append(_read("huruf_{x}.html".format(x=huruf)))
    return "\n".join(parts)


def guide_html() -> str:
    """The whole guide, with every huruf a-j explained in its place."""
    sections = "\n".join(huruf_section(h) for h in pasal17.CATEGORIES)
    return _read(GUIDE).replace(PASAL17_MARK, sections)


class HelpDialog(QDialog):
    """The guide (or one huruf of it) in a text browser; links inside the guide only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        self.setWindowTitle(tr("Bantuan — Panduan pengguna"))
        self.resize(760, 600)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.fullGuideButton = QPushButton(tr("Panduan lengkap"))
        self.fullGuideButton.setObjectName("fullGuideButton")
        self.fullGuideButton.clicked.connect(self._on_full_guide_clicked)
        buttons = QDialogButtonBox()
        buttons.addButton(tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        self.setLayout(
            layout.vbox(self.browser, layout.hbox(self.fullGuideButton, None, buttons), margin=layout.MARGIN)
        )
        self.huruf: str | None = None

    def show_guide(self, anchor: str = "") -> None:
        self.huruf = None
        self.setWindowTitle(tr("Bantuan — Panduan pengguna"))
        self._set_html(guide_html)
        self.fullGuideButton.hide()
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def show_huruf(self, huruf: str) -> None:
        self.huruf = huruf
        self.setWindowTitle(tr("Bantuan — Pasal 17 huruf {h}").format(h=huruf))
        self._set_html(lambda: huruf_section(huruf, "h2"))
        self.fullGuideButton.show()

    def _set_html(self, build: Callable[[], str]) -> None:
        try:
            self.browser.setHtml(build())
        except HelpMissing as exc:
            self.browser.setHtml("<p>{t}</p>".format(t=html.escape(str(exc))))

    def _on_full_guide_clicked(self) -> None:
        anchor = "huruf-{h}".format(h=self.huruf) if self.huruf else ""
        self.show_guide()
        self.show()
        if anchor:  # after the dialog is laid out, so the anchor is scrolled to the top
            self.browser.scrollToAnchor(anchor)


def _dialog(parent: QWidget | None) -> HelpDialog:
    """The one help window of ``parent``'s window (opened again, not stacked)."""
    owner = parent.window() if parent is not None else None
    found = owner.findChild(HelpDialog, DIALOG_NAME) if owner is not None else None
    if found is None:
        found = HelpDialog(owner)
        found.setWindowModality(Qt.WindowModality.NonModal)
    return found


def show_guide(parent: QWidget | None, anchor: str = "") -> HelpDialog:
    """F1 / Bantuan → Panduan pengguna."""
    dialog = _dialog(parent)
    dialog.show_guide()
    dialog.show()
    dialog.activateWindow()
    if anchor:
        dialog.browser.scrollToAnchor(anchor)
    return dialog


def show_huruf(parent: QWidget | None, huruf: str | None) -> HelpDialog:
    """The "?" beside a huruf: that huruf explained with an example (all of Pasal 17 if none is chosen)."""
    if not huruf or huruf not in pasal17.CATEGORIES:
        return show_guide(parent, "pasal-17")
    dialog = _dialog(parent)
    dialog.show_huruf(huruf)
    dialog.show()
    dialog.activateWindow()
    return dialog
