"""What the Atasan PPID reads before signing: every offered item in full."""

from __future__ import annotations

from datetime import date
from html import escape

from dikecualikan_gui.domain import validation
from dikecualikan_gui.domain.content import FIELD_LABELS
from dikecualikan_gui.domain.history import format_value
from dikecualikan_gui.domain.jangka_waktu import compute_expiry
from dikecualikan_gui.domain.model import ItemRecord, Status
from dikecualikan_gui.services import approval, desk, items, signoff
from dikecualikan_gui.ui.pages.item_view import STYLE, files_html, test_html, usulan_html
from dikecualikan_gui.ui.text import tr


def offered(item_ids: list[int], at_most: int) -> tuple[list[ItemRecord], str]:
    """The items offered for a decision (waiting, at most ``at_most``), and what was left out, in words."""
    records = signoff.read_items(item_ids)
    gone = len(set(item_ids)) - len(records)
    waiting = [r for r in records if r.status is Status.DIUJI]
    notes = ""
    skipped = [r.nomor for r in records if r.status is not Status.DIUJI]
    if skipped:
        notes += " " + tr("Tidak diikutkan karena tidak menunggu persetujuan: {l}.").format(l=", ".join(skipped))
    if gone:
        notes += " " + tr("{n} usulan tidak ditemukan lagi (dihapus di komputer lain).").format(n=gone)
    if len(waiting) > at_most:
        notes += " " + tr("Sekali persetujuan paling banyak {m} usulan; {r} sisanya diputuskan berikutnya.").format(
            m=at_most, r=len(waiting) - at_most
        )
    return waiting[:at_most], notes


def anchor(item_id: int) -> str:
    """The name of an item's heading in the signed content (the table scrolls to it)."""
    return "usulan-{i}".format(i=item_id)


def signed_content_html(records: list[ItemRecord], tanggal: date) -> str:
    """Everything the supervisor signs: each item in full (the usulan, the consequence test, the
    attachments), and what changed since an earlier approval."""
    parts = [STYLE]
    files = signoff.attachments_of([item.id for item in records])
    names = desk.full_names()  # read once, not twice for every item
    for item in records:
        parts.append(
            "<h2><a name='{a}'></a>{n} — {j}</h2>".format(
                a=anchor(item.id), n=escape(item.nomor), j=escape(item.content.judul)
            )
        )
        warnings = validation.warnings(items.submission_findings(item))
        if warnings:  # the judgements the law asks for, with their articles, before the signature
            parts.append(
                "<p style='color:#8a4b00'><b>{t}</b></p><ul>{l}</ul>".format(
                    t=escape(tr("Perhatikan sebelum menyetujui:")),
                    l="".join("<li>{m}</li>".format(m=escape(w.message)) for w in warnings),
                )
            )
        parts.append(usulan_html(item, names))
        if item.test is None:
            parts.append("<p class='muted'>{t}</p>".format(t=tr("Belum ada uji konsekuensi.")))
        else:
            jw = item.test.content.jangka_waktu
            berakhir = compute_expiry(jw, tanggal) if jw else None
            parts.append(test_html(item.test, tr("Uji konsekuensi"), berakhir, names))
        parts.append("<h3>{t}</h3>".format(t=tr("Lampiran")))
        parts.append(files_html(files[item.id]))
        changes = approval.changes_since_approval_of(item)
        if changes:
            parts.append("<p><b>{t}</b></p><ul>".format(t=tr("Berubah sejak persetujuan terakhir:")))
            for key, old, new in changes:
                parts.append(
                    "<li>{f}: <span class='muted'>{a}</span> → {b}</li>".format(
                        f=escape(FIELD_LABELS.get(key, key)),
                        a=escape(format_value(key, old)),
                        b=escape(format_value(key, new)),
                    )
                )
            parts.append("</ul>")
        parts.append("<hr/>")
    return "".join(parts)
