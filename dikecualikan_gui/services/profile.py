"""The agency profile: who the public body is and who signs."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

from dikecualikan_gui.config import Config
from dikecualikan_gui.db import connection, queries
from dikecualikan_gui.domain.model import Actor, AgencyProfile, AuditAction, PrintSettings, Signatory
from dikecualikan_gui.domain.numbering import render_penetapan_number
from dikecualikan_gui.domain.permissions import Action, require
from dikecualikan_gui.errors import ValidationError
from dikecualikan_gui.services import storage
from dikecualikan_gui.services.attachments import store_file, store_name
from dikecualikan_gui.services.common import authorize, utcnow
from dikecualikan_gui.services.users import normalize_nip

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
MARGIN_CM = (0.5, 5.0)
FONT_SIZE = (8.0, 14.0)


def print_problems(settings: PrintSettings) -> dict[str, str]:
    """Margins and a letter size that still leave a page one can read and sign."""
    problems = {}
    margins = (settings.margin_top_cm, settings.margin_right_cm, settings.margin_bottom_cm, settings.margin_left_cm)
    if not all(MARGIN_CM[0] <= m <= MARGIN_CM[1] for m in margins):
        problems["margins"] = "Setiap margin diisi {a} sampai {b} cm.".format(
            a=str(MARGIN_CM[0]).replace(".", ","), b=str(MARGIN_CM[1]).replace(".", ",")
        )
    if not FONT_SIZE[0] <= settings.font_size <= FONT_SIZE[1]:
        problems["font_size"] = "Ukuran huruf diisi {a:g} sampai {b:g} pt.".format(a=FONT_SIZE[0], b=FONT_SIZE[1])
    for key, prefix in (("ppid_prefix", settings.ppid_prefix), ("atasan_prefix", settings.atasan_prefix)):
        if len(prefix) > 40:
            problems[key] = 'Awalan jabatan terlalu panjang (paling banyak 40 huruf), mis. "a.n." atau "Plt.".'
    if not any(line.strip() for line in settings.mengingat):
        problems["mengingat"] = "Isi paling sedikit satu peraturan pada bagian Mengingat."
    return problems


IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def store_logo(config: Config, source: Path) -> str:
    """Copy a PNG or JPEG logo into the data folder; returns its path relative to the data folder."""
    try:
        with Path(source).open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ValidationError(
            {"logo_path": "Berkas logo {p} tidak dapat dibaca: {e}.".format(p=source, e=exc.strerror or exc)}
        ) from exc
    if not head.startswith(IMAGE_SIGNATURES):
        raise ValidationError({"logo_path": "Logo harus berupa gambar PNG atau JPEG."})
    _, _, relative = store_file(config, Path(source))
    return store_name(relative)


def logo_file(config: Config, profile: AgencyProfile) -> Path | None:
    """The stored logo as a file on this PC (on PostgreSQL a copy taken from the database), or None
    when there is none (or it has gone missing)."""
    if not profile.logo_path:
        return None
    return storage.store_for(config).local_file(profile.logo_path)


def get_profile() -> AgencyProfile:
    return queries.get_profile()


def _flat(profile: AgencyProfile) -> dict[str, object]:
    data = dataclasses.asdict(profile)
    data.pop("print_settings")
    for name, value in profile.print_settings.to_dict().items():
        data["cetak_" + name] = value
    for key in ("ppid", "atasan"):
        for name, value in data.pop(key).items():
            data["{k}_{n}".format(k=key, n=name)] = value
    return data


def update_profile(actor: Actor | None, profile: AgencyProfile, *, now: datetime | None = None) -> AgencyProfile:
    require(actor, Action.EDIT_PROFILE)
    now = now or utcnow()
    problems: dict[str, str] = {}
    if not profile.nama_badan_publik.strip():
        problems["nama_badan_publik"] = "Nama badan publik wajib diisi."
    cleaned: dict[str, Signatory] = {}
    for key, person in (("ppid", profile.ppid), ("atasan", profile.atasan)):
        try:
            cleaned[key] = dataclasses.replace(person, nip=normalize_nip(person.nip))
        except ValidationError as exc:
            problems[key + "_nip"] = exc.problems["nip"]
    try:
        render_penetapan_number(profile.penetapan_pattern, 1, date(2026, 1, 1))
    except ValueError as exc:
        problems["penetapan_pattern"] = str(exc)
    problems.update(print_problems(profile.print_settings))
    if not MIN_IDLE_MINUTES <= profile.idle_lock_minutes <= MAX_IDLE_MINUTES:
        problems["idle_lock_minutes"] = "Kunci otomatis diisi {a} sampai {b} menit.".format(
            a=MIN_IDLE_MINUTES, b=MAX_IDLE_MINUTES
        )
    if problems:
        raise ValidationError(problems)
    profile = dataclasses.replace(
        profile, nama_badan_publik=profile.nama_badan_publik.strip(), ppid=cleaned["ppid"], atasan=cleaned["atasan"]
    )
    before = _flat(queries.get_profile())
    after = _flat(profile)
    changed = [k for k in after if before.get(k) != after[k]]
    if not changed:
        return profile
    with connection.transaction():
        authorize(actor, Action.EDIT_PROFILE)
        queries.save_profile(profile, now)
        queries.append_audit(
            actor,
            AuditAction.PROFILE_CHANGED,
            now,
            details={"before": {k: before.get(k) for k in changed}, "after": {k: after[k] for k in changed}},
        )
    return queries.get_profile()
