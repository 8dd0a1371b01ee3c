"""Everything about one item, read-only: content, every consequence test, the decisions, the
attachments and its history as readable lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from dikecualikan_gui.domain import history
from dikecualikan_gui.domain.dates import format_date_id
from dikecualikan_gui.domain.legal_basis import format_grounds
from dikecualikan_gui.domain.model import (
    ApprovalRecord,
    AttachmentInfo,
    AuditEntry,
    DisclosureRecord,
    ItemRecord,
    UjiRecord,
)
from dikecualikan_gui.services import desk
from dikecualikan_gui.services.documents import ArchivedDocument
from dikecualikan_gui.ui.pages.attachments_panel import human_size
from dikecualikan_gui.ui.text import tr

STYLE = """
<style>
 body { font-size: 10pt; }
 h2 { margin: 0 0 4px 0; }
 h3 { margin: 14px 0 4px 0; color: #1f4e79; }
 table.f { border-collapse: collapse; }
 table.f td { padding: 2px 8px 2px 0; vertical-align: top; }
 td.k { color: #444; white-space: nowrap; }
 .muted { color: #666; }
 li { margin-bottom: 3px; }
</style>
"""


def known_names(names: Mapping[str, str] | None) -> Mapping[str, str]:
    """username -> full name: as given, else read (screens show "Siti Aminah, S.Kom.", not "siti")."""
    return desk.full_names() if names is None else names


def text_html(value: str) -> str:
    return escape(value).replace("\n", "<br/>") if value else "<span class='muted'>—</span>"


def rows_html(pairs: list[tuple[str, str]]) -> str:
    return (
        "<table class='f'>"
        + "".join("<tr><td class='k'>{k}</td><td>{v}</td></tr>".format(k=escape(k), v=v) for k, v in pairs)
        + "</table>"
    )


def test_html(
    record: UjiRecord, title: str, berakhir: date | None = None, names: Mapping[str, str] | None = None
) -> str:
    """A consequence test in full; ``berakhir`` adds the end date it would have if approved now;
    ``names`` shows full names for usernames (read when not given)."""
    names = known_names(names)
    test = record.content
    jw = test.jangka_waktu
    held = (
        tr("Sesi pengujian {s}").format(s=record.sesi)
        if record.held
        else tr("Belum diuji: usulan (atau isi impor) yang belum diadakan pengujiannya")
    )
    pairs = [
        (tr("Pengujian"), text_html(held)),
        (
            tr("Tanggal dan tempat"),
            text_html("{d}, {t}".format(d=format_date_id(test.tanggal) if test.tanggal else "-", t=test.tempat or "-")),
        ),
        (tr("Waktu pengujian"), text_html(test.waktu.label)),
        (
            tr("Peserta"),
            text_html(
                "\n".join(
                    "{n} — {j}{u}".format(n=p.nama, j=p.jabatan, u=", " + p.unit if p.unit else "")
                    for p in test.peserta
                )
            ),
        ),
        (tr("Dasar Pasal 17"), text_html(format_grounds(test.grounds))),
        (tr("Peraturan lain"), text_html("\n".join(test.uu_lain))),
        (tr("Alasan pengecualian"), text_html(test.alasan)),
        (tr("Konsekuensi apabila dibuka"), text_html(test.konsekuensi)),
        (tr("Pertimbangan apabila ditutup"), text_html(test.pertimbangan)),
        (
            tr("Kesimpulan"),
            text_html(test.kesimpulan.label + (": " + test.bagian_dikecualikan if test.bagian_dikecualikan else "")),
        ),
        (
            tr("Jangka waktu"),
            text_html(
                (jw.text if jw else "")
                + (" — " + tr("berakhir {d}").format(d=format_date_id(berakhir)) if berakhir else "")
            ),
        ),
        (
            tr("Syarat pembukaan informasi"),
            text_html(
                "\n".join(c.label for c in test.syarat_pembukaan)
                + ("\n" + test.catatan_pembukaan if test.catatan_pembukaan else "")
            ),
        ),
        (
            tr("Dicatat oleh"),
            text_html(
                "{u}, {w}".format(
                    u=names.get(record.recorded_by, record.recorded_by),
                    w=history.local_time(record.recorded_at).strftime("%d/%m/%Y %H:%M"),
                )
            ),
        ),
    ]
    if test.dasar_hukum_asli:
        pairs.append((tr("Dasar hukum asli (impor)"), text_html(test.dasar_hukum_asli)))
    if record.import_findings:
        pairs.append((tr("Temuan impor"), text_html("\n".join(record.import_findings))))
    return "<h3>{t}</h3>".format(t=escape(title)) + rows_html(pairs)


def usulan_html(item: ItemRecord, names: Mapping[str, str] | None = None) -> str:
    """What the petugas collected on the form."""
    names = known_names(names)
    c = item.content
    return rows_html(
        [
            (tr("Ringkasan"), text_html(c.ringkasan)),
            (tr("Dokumen sumber"), text_html(c.dokumen_sumber)),
            (tr("Unit/bidang pengusul"), text_html(c.unit_pengusul)),
            (tr("Penanggung jawab"), text_html(c.penanggung_jawab)),
            (tr("Bentuk"), text_html(c.bentuk.label)),
            (tr("Lokasi penyimpanan"), text_html(c.lokasi_penyimpanan)),
            (tr("Tanggal usulan"), text_html(format_date_id(c.tanggal_usulan) if c.tanggal_usulan else "")),
            (tr("Petugas pengusul"), text_html(names.get(item.petugas, item.petugas))),
        ]
    )


def files_html(files: list[AttachmentInfo]) -> str:
    if not files:
        return "<p class='muted'>{m}</p>".format(m=tr("Tidak ada lampiran."))
    return (
        "<ul>"
        + "".join(
            "<li>{n} ({s}) <span class='muted'>SHA-256 {h}</span></li>".format(
                n=escape(f.nama), s=human_size(f.ukuran), h=f.sha256
            )
            for f in files
        )
        + "</ul>"
    )


def _decision_html(decision: ApprovalRecord, names: Mapping[str, str]) -> str:
    when = history.local_time(decision.decided_at).strftime("%d/%m/%Y %H:%M")
    who = names.get(decision.decided_by, decision.decided_by)
    text = "<b>{d}</b> oleh {u}, {w}".format(d=escape(decision.decision.label), u=escape(who), w=when)
    if decision.nomor_penetapan:
        text += " — penetapan nomor {n} tanggal {t} di {p}".format(
            n=escape(decision.nomor_penetapan),
            t=format_date_id(decision.tanggal_penetapan) if decision.tanggal_penetapan else "-",
            p=escape(decision.tempat_penetapan or "-"),
        )
    if decision.catatan:
        text += "<br/>{c}".format(c=text_html(decision.catatan))
    text += "<br/><span class='muted'>sidik SHA-256 isi: {f}</span>".format(f=decision.fingerprint)
    return "<li>{t}</li>".format(t=text)


def gaps_html(missing: Sequence[str]) -> str:
    """'Perlu dilengkapi': what the item lacks before it can be tested or approved."""
    if not missing:
        return ""
    return "<p style='color:#8a4b00'><b>{t}</b></p><ul>{l}</ul>".format(
        t=escape(tr("Perlu dilengkapi sebelum dapat diuji dan disetujui:")),
        l="".join("<li>{m}</li>".format(m=escape(m)) for m in missing),
    )


def item_html(
    item: ItemRecord,
    tests: list[UjiRecord],
    decisions: list[ApprovalRecord],
    files: list[AttachmentInfo],
    events: list[AuditEntry],
    issued: Sequence[ArchivedDocument] = (),
    missing: Sequence[str] = (),
    sumber: str = "",
    given: Sequence[DisclosureRecord] = (),
    names: Mapping[str, str] | None = None,
) -> str:
    """The summary; ``names`` (username -> full name) shows who did what by their full names."""
    names = known_names(names)
    c = item.content
    parts = [
        STYLE,
        "<h2>{n} — {j}</h2>".format(n=escape(item.nomor), j=escape(c.judul)),
        "<p>Status: <b>{s}</b>{b}</p>".format(
            s=escape(item.status.label),
            b=" · berakhir {d}".format(d=format_date_id(item.berakhir)) if item.berakhir else "",
        ),
        gaps_html(missing),
    ]
    if sumber:
        parts.append("<p class='muted'>{t}</p>".format(t=escape(tr("Sumber: {s}").format(s=sumber))))
    parts.append("<h3>{t}</h3>".format(t=tr("Usulan")))
    parts.append(usulan_html(item, names))
    if not tests:
        parts.append(
            "<h3>{t}</h3><p class='muted'>{m}</p>".format(t=tr("Uji konsekuensi"), m=tr("Belum ada uji konsekuensi."))
        )
    for number, record in enumerate(tests):
        title = (
            tr("Uji konsekuensi terkini")
            if number == 0
            else tr("Uji konsekuensi sebelumnya ({n})").format(n=len(tests) - number)
        )
        parts.append(test_html(record, title, names=names))
    parts.append("<h3>{t}</h3>".format(t=tr("Keputusan atasan")))
    parts.append(
        "<ul>" + "".join(_decision_html(d, names) for d in decisions) + "</ul>"
        if decisions
        else "<p class='muted'>{m}</p>".format(m=tr("Belum ada keputusan."))
    )
    if given:
        parts.append("<h3>{t}</h3><ul>".format(t=tr("Diberikan atas persetujuan (Pasal 18 ayat 2 huruf a)")))
        parts += [
            "<li>{d} — {b} milik {o}, kepada {r}; {c} <span class='muted'>({u})</span></li>".format(
                d=format_date_id(g.tanggal),
                b=escape(g.bagian or tr("informasi")),
                o=escape(g.pemilik),
                r=escape(g.penerima),
                c=escape(g.dokumen_persetujuan),
                u=escape(names.get(g.recorded_by, g.recorded_by)),
            )
            for g in given
        ]
        parts.append("</ul>")
    parts.append("<h3>{t}</h3>".format(t=tr("Lampiran")))
    parts.append(files_html(files))
    parts.append("<h3>{t}</h3>".format(t=tr("Dokumen terbit (arsip)")))
    parts.append(
        "<ul>"
        + "".join(
            "<li>{w} — {j} ({p}, {u}) <span class='muted'>SHA-256 {h}</span></li>".format(
                w=history.local_time(d.created_at).strftime("%d/%m/%Y %H:%M"),
                j=escape(d.judul),
                p=escape(d.paper),
                u=escape(names.get(d.created_by, d.created_by) if d.created_by else tr("sistem")),
                h=d.sha256,
            )
            for d in issued
        )
        + "</ul>"
        if issued
        else "<p class='muted'>{m}</p>".format(m=tr("Belum ada dokumen yang diterbitkan."))
    )
    parts.append("<h3>{t}</h3><ul>".format(t=tr("Riwayat")))
    for event in events:
        line = history.describe(event)
        changes = "".join("<br/><span class='muted'>{c}</span>".format(c=escape(change)) for change in line.changes)
        parts.append(
            "<li>{w} — <b>{u}</b>: {a}{c}</li>".format(
                w=escape(line.when), u=escape(names.get(line.who, line.who)), a=escape(line.what), c=changes
            )
        )
    parts.append("</ul>")
    return "".join(parts)


class ItemView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemView")
        self.setOpenLinks(False)

    def show_item(
        self,
        item: ItemRecord,
        tests: list[UjiRecord],
        decisions: list[ApprovalRecord],
        files: list[AttachmentInfo],
        events: list[AuditEntry],
        issued: Sequence[ArchivedDocument] = (),
        missing: Sequence[str] = (),
        sumber: str = "",
        given: Sequence[DisclosureRecord] = (),
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.setHtml(item_html(item, tests, decisions, files, events, issued, missing, sumber, given, names))
