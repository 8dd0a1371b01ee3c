"""The rules of docs/law.md: errors block, warnings are shown and confirmed."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from dikecualikan_gui.domain import open_information, pasal17, statutes
from dikecualikan_gui.domain.dates import EARLIEST, LATEST, add_months, format_date_id, implausible
from dikecualikan_gui.domain.jangka_waktu import total_months
from dikecualikan_gui.domain.model import (
    Ground,
    ItemContent,
    ItemRow,
    JangkaWaktu,
    JangkaWaktuKind,
    Kesimpulan,
    ReleaseCondition,
    UjiContent,
)


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    level: Level
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR


def _error(field: str, message: str) -> Finding:
    return Finding(Level.ERROR, field, message)


def _warning(field: str, message: str) -> Finding:
    return Finding(Level.WARNING, field, message)


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def warnings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if not f.is_error]


# --- always: what a record must be to be stored at all -------------------------------------


def date_problem(field: str, label: str, value: date | None) -> list[Finding]:
    if not implausible(value):
        return []
    assert value is not None
    return [
        _error(
            field,
            "{l} {d} tidak wajar; isi tanggal antara tahun {a} dan {b}.".format(
                l=label, d=format_date_id(value), a=EARLIEST.year, b=LATEST.year
            ),
        )
    ]


def item_problems(content: ItemContent) -> list[Finding]:
    found = []
    if not content.judul.strip():
        found.append(_error("judul", "Judul informasi wajib diisi dengan jelas dan spesifik."))
    found += date_problem("tanggal_usulan", "Tanggal usulan", content.tanggal_usulan)
    return found


def test_problems(test: UjiContent, today: date | None = None) -> list[Finding]:
    """Structural errors: a test dated in the future, a ground that cannot exist, a duplicate,
    a nameless participant."""
    found = date_problem("tanggal", "Tanggal uji konsekuensi", test.tanggal)
    if not found and test.tanggal is not None and test.tanggal > (today or date.today()):
        found.append(
            _error(
                "tanggal",
                "Tanggal uji konsekuensi {d} belum tiba; uji konsekuensi dicatat setelah diadakan.".format(
                    d=format_date_id(test.tanggal)
                ),
            )
        )
    if test.jangka_waktu is not None:
        found += date_problem("jangka_waktu", "Tanggal akhir jangka waktu", test.jangka_waktu.until)
    seen: set[Ground] = set()
    for ground in test.grounds:
        problem = pasal17.ground_error(ground.huruf, ground.angka)
        if problem:
            found.append(_error("pasal17", problem))
        elif ground in seen:
            found.append(_error("pasal17", "Dasar {g} disebut dua kali.".format(g=describe_ground(ground))))
        seen.add(ground)
    for number, person in enumerate(test.peserta, start=1):
        if not person.nama.strip():
            found.append(_error("peserta", "Nama peserta ke-{n} kosong.".format(n=number)))
    for number, statute in enumerate(test.uu_lain, start=1):
        if not statute.strip():
            found.append(_error("uu_lain", "Peraturan lain ke-{n} kosong.".format(n=number)))
    return found


def describe_ground(ground: Ground) -> str:
    if ground.angka is None:
        return "Pasal 17 huruf {h}".format(h=ground.huruf)
    return "Pasal 17 huruf {h} angka {a}".format(h=ground.huruf, a=ground.angka)


# --- before submission ------------------------------------------------------------------------

#: The findings about the test having been held, as opposed to what the item says.
HELD_FIELDS = frozenset({"uji", "tanggal"})
NOT_HELD = (
    "Uji konsekuensi belum diadakan: isi tanggal, tempat dan peserta pengujian, atau masukkan usulan ke "
    "sesi pengujian konsekuensi (Pasal 19 UU 14/2008)."
)


def submission_findings(content: ItemContent, test: UjiContent | None, today: date | None = None) -> list[Finding]:
    """Everything that blocks (errors) or needs confirming (warnings) before 'Ajukan'."""
    found = item_problems(content)
    if test is None:
        found.append(_error("uji", "Uji konsekuensi belum dicatat; catat uji konsekuensi dahulu."))
        return found
    found.extend(test_problems(test, today))
    if test.tanggal is None:
        found.append(_error("tanggal", NOT_HELD))
    if not test.grounds:
        found.append(_error("pasal17", "Pilih paling sedikit satu dasar Pasal 17 (huruf a sampai j)."))
    for ground in test.grounds:
        category = pasal17.CATEGORIES.get(ground.huruf)
        if category is not None and category.has_angka and ground.angka is None:
            found.append(
                _error(
                    "pasal17",
                    "Pasal 17 huruf {h} memerlukan angka (1 sampai {n}).".format(h=ground.huruf, n=max(category.angka)),
                )
            )
    hurufs = {g.huruf for g in test.grounds}
    if (
        "j" in hurufs
        and any(s.strip() for s in test.uu_lain)
        and not any(statutes.is_undang_undang(s) for s in test.uu_lain)
    ):
        found.append(
            _error(
                "uu_lain",
                (
                    "Pasal 17 huruf j hanya berlaku bila informasi dilarang diungkap oleh Undang-Undang "
                    "(UU atau Perppu) selain UU 14/2008; {p} saja tidak cukup. "
                    "Sebutkan undang-undangnya, atau pilih dasar lain."
                ).format(p="; ".join(s.strip() for s in test.uu_lain if s.strip())),
            )
        )
    if "j" in hurufs and not any(s.strip() for s in test.uu_lain):
        found.append(
            _error(
                "uu_lain",
                "Pasal 17 huruf j memerlukan Undang-Undang lain yang melarang "
                "informasi ini diungkapkan; tuliskan undang-undangnya.",
            )
        )
    if not test.konsekuensi.strip():
        found.append(_error("konsekuensi", "Konsekuensi apabila informasi dibuka wajib diisi."))
    if not test.pertimbangan.strip():
        found.append(_error("pertimbangan", "Pertimbangan apabila informasi ditutup wajib diisi."))
    if test.kesimpulan is Kesimpulan.SEBAGIAN and not test.bagian_dikecualikan.strip():
        found.append(
            _error("bagian_dikecualikan", "Kesimpulan 'dikecualikan sebagian': sebutkan bagian yang dikecualikan.")
        )
    jw = test.jangka_waktu
    if jw is None or not jw.text.strip():
        found.append(_error("jangka_waktu", "Jangka waktu pengecualian wajib diisi."))
    found.extend(_limits(test, hurufs))
    found.extend(_warnings(content, test, hurufs))
    return found


EMPTY_TEST = UjiContent(tanggal=None)


def gaps(content: ItemContent, test: UjiContent | None) -> list[str]:
    """What must be filled in or corrected in the item itself before a test can be recorded or
    the item approved (not the missing test, not the warnings); [] when complete."""
    return [f.message for f in errors(submission_findings(content, test or EMPTY_TEST)) if f.field not in HELD_FIELDS]


def row_gaps(row: ItemRow) -> list[str]:
    """gaps() of a register row (the list command reports it for every item)."""
    jangka = JangkaWaktu(JangkaWaktuKind.PERISTIWA, text=row.jangka_waktu) if row.jangka_waktu else None
    test = UjiContent(
        tanggal=None,
        grounds=row.grounds,
        uu_lain=row.uu_lain,
        konsekuensi=row.konsekuensi,
        pertimbangan=row.pertimbangan,
        kesimpulan=row.kesimpulan or Kesimpulan.SELURUHNYA,
        bagian_dikecualikan=row.bagian_dikecualikan,
        jangka_waktu=jangka,
    )
    return gaps(ItemContent(judul=row.judul), test)


def _limits(test: UjiContent, hurufs: set[str]) -> list[Finding]:
    """Hard limits of the law on the jangka waktu (UU 14/2008 Pasal 20 ayat 1; PP 61/2010)."""
    found = []
    jw = test.jangka_waktu
    temporary = sorted(hurufs & pasal17.NOT_PERMANENT)
    if jw is not None and jw.kind is JangkaWaktuKind.TIDAK_TERBATAS and temporary:
        found.append(
            _error(
                "jangka_waktu",
                (
                    "Pengecualian berdasarkan Pasal 17 huruf {h} tidak bersifat permanen (Pasal 20 ayat 1 UU 14/2008): "
                    "jangka waktu 'tidak terbatas' tidak dapat dipakai; tetapkan lamanya atau tanggal berakhirnya."
                ).format(h=", ".join(temporary)),
            )
        )
    if (
        jw is not None
        and "a" in hurufs
        and _longer_than_years(jw, test.tanggal or date.today(), pasal17.MAX_YEARS_HURUF_A)
    ):
        found.append(
            _error(
                "jangka_waktu",
                (
                    "Jangka waktu pengecualian berdasarkan Pasal 17 huruf a (penegakan hukum) paling lama {n} tahun "
                    "(PP 61/2010)."
                ).format(n=pasal17.MAX_YEARS_HURUF_A),
            )
        )
    return found


def _warnings(content: ItemContent, test: UjiContent, hurufs: set[str]) -> list[Finding]:
    found = []
    for rule in open_information.open_by_law(content):
        found.append(
            _warning(
                "judul",
                (
                    "Usulan ini tampak berupa {w}, yang menurut {a} UU 14/2008 merupakan informasi terbuka. "
                    "Pastikan yang dikecualikan hanya bagian tertentu, bukan seluruh dokumen."
                ).format(w=rule.what, a=rule.article),
            )
        )
    if open_information.looks_personal(content) and hurufs and not hurufs & {"g", "h"}:
        found.append(
            _warning(
                "pasal17",
                (
                    "Usulan ini tampak memuat rahasia pribadi seseorang, tetapi tidak berdasar Pasal 17 huruf h "
                    "(rahasia pribadi) atau huruf g (akta otentik dan wasiat); periksa dasar pengecualiannya."
                ),
            )
        )
    pasal18_2 = {ReleaseCondition.PERSETUJUAN, ReleaseCondition.JABATAN_PUBLIK}
    if pasal18_2 & set(test.syarat_pembukaan) and not hurufs & {"g", "h"}:
        found.append(
            _warning(
                "syarat_pembukaan",
                (
                    "Syarat pembukaan Pasal 18 ayat 2 (persetujuan pihak yang bersangkutan, jabatan publik) "
                    "hanya berlaku untuk Pasal 17 huruf g dan h."
                ),
            )
        )
    if test.kesimpulan is Kesimpulan.TERBUKA:
        found.append(
            _warning(
                "kesimpulan",
                (
                    "Kesimpulan uji konsekuensi menyatakan informasi ini terbuka; atasan tidak dapat "
                    "menetapkannya sebagai informasi yang dikecualikan."
                ),
            )
        )
    return found


def _longer_than_years(jw: JangkaWaktu, start: date, years: int) -> bool:
    months = total_months(jw)
    if months is not None:
        return months > years * 12
    if jw.kind is JangkaWaktuKind.SAMPAI_TANGGAL and jw.until is not None:
        return jw.until > add_months(start, years * 12)
    return False
