"""The agency profile as named keys: what `profile show` prints and `profile set KEY=VALUE` takes.

Top-level keys are the profile's fields; the signatories and the print settings are nested
("ppid.nama", "atasan.nip", "pencetakan.paper"). These names are a contract for automation.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from dikecualikan_gui.domain.model import AgencyProfile, DiktumStyle, Paper, PrintSettings, Signer

TEXT_KEYS = (
    "nama_badan_publik",
    "pemerintah",
    "unit_kerja",
    "alamat",
    "kota",
    "telepon",
    "email",
    "website",
    "penetapan_pattern",
)
PEOPLE = ("ppid", "atasan")
PERSON_KEYS = ("nama", "nip", "jabatan", "pangkat")
PRINT = "pencetakan"


def as_json(profile: AgencyProfile) -> dict[str, Any]:
    data: dict[str, Any] = {key: getattr(profile, key) for key in TEXT_KEYS}
    data["logo_path"] = profile.logo_path
    data["idle_lock_minutes"] = profile.idle_lock_minutes
    for person in PEOPLE:
        data[person] = dataclasses.asdict(getattr(profile, person))
    data[PRINT] = profile.print_settings.to_dict()
    return data


def known_keys() -> list[str]:
    keys = [*TEXT_KEYS, "idle_lock_minutes", "logo"]
    keys += ["{p}.{k}".format(p=p, k=k) for p in PEOPLE for k in PERSON_KEYS]
    keys += ["{p}.{k}".format(p=PRINT, k=k) for k in PrintSettings().to_dict()]
    return keys


def _number(key: str, text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise ValueError("{k}: '{t}' bukan angka.".format(k=key, t=text)) from None


def _text_list(text: str) -> list[str]:
    """A JSON array, or items separated by ';'."""
    if text.strip().startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError("daftar JSON tidak terbaca: {e}".format(e=exc)) from None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("daftar harus berisi teks")
        return value
    return [part.strip() for part in text.split(";") if part.strip()]


_TRUE = {"ya", "y", "true", "1", "benar", "on"}
_FALSE = {"tidak", "t", "false", "0", "salah", "off"}


def _print_value(name: str, text: str) -> Any:
    key = "{p}.{n}".format(p=PRINT, n=name)
    if name == "paper":
        return (
            Paper(text.strip().upper()).value
            if text.strip().upper() in {p.value for p in Paper}
            else _bad(key, text, "F4 atau A4")
        )
    if name == "diktum":
        return _choice(key, text, [d.value for d in DiktumStyle])
    if name == "penetapan_signer":
        return _choice(key, text, [s.value for s in Signer])
    if name == "font_size":
        return _number(key, text)
    if name == "margins_cm":
        # "2 2 2,5 3" or "2;2;2,5;3" (a comma is then the decimal mark), or "2,2,2.5,3"
        spaced = ";" in text or len(text.split()) > 1
        parts = text.replace(";", " ").split() if spaced else text.split(",")
        if len(parts) != 4:
            raise ValueError(
                '{k}: tulis empat angka (atas, kanan, bawah, kiri) dalam cm, mis. "2 2 2.5 3".'.format(k=key)
            )
        return [_number(key, p) for p in parts]
    if isinstance(PrintSettings().to_dict().get(name), bool):  # show_pangkat_nip, show_nomor_usulan
        word = text.strip().casefold()
        if word in _TRUE | _FALSE:
            return word in _TRUE
        return _bad(key, text, "ya atau tidak")
    if name in ("mengingat", "tembusan"):
        try:
            return _text_list(text)
        except ValueError as exc:
            raise ValueError("{k}: {e}.".format(k=key, e=exc)) from None
    return text.strip()


def _choice(key: str, text: str, allowed: list[str]) -> str:
    value = text.strip().casefold()
    return value if value in allowed else _bad(key, text, " atau ".join(allowed))


def _bad(key: str, text: str, wanted: str) -> Any:
    raise ValueError("{k}: '{t}' tidak dikenal; isi {w}.".format(k=key, t=text, w=wanted))


def apply(profile: AgencyProfile, key: str, text: str) -> AgencyProfile:
    """The profile with one key set from its text; ValueError says what is wrong. ('logo' takes
    a file and is stored by the caller.)"""
    if key in TEXT_KEYS:
        values: dict[str, Any] = {key: text.strip()}
        return dataclasses.replace(profile, **values)
    if key == "idle_lock_minutes":
        if not text.strip().isascii() or not text.strip().isdigit():
            raise ValueError("idle_lock_minutes: '{t}' bukan bilangan bulat menit.".format(t=text))
        return dataclasses.replace(profile, idle_lock_minutes=int(text.strip()))
    head, _, name = key.partition(".")
    if head in PEOPLE and name in PERSON_KEYS:
        person = dataclasses.replace(getattr(profile, head), **{name: text.strip()})
        return dataclasses.replace(profile, **{head: person})
    if head == PRINT and name in PrintSettings().to_dict():
        data = profile.print_settings.to_dict()
        data[name] = _print_value(name, text)
        return dataclasses.replace(profile, print_settings=PrintSettings.from_dict(data))
    raise ValueError(
        "Kunci profil '{k}' tidak dikenal. Kunci yang dikenal: {a}.".format(k=key, a=", ".join(known_keys()))
    )


def replace_logo(profile: AgencyProfile, stored_path: str) -> AgencyProfile:
    return dataclasses.replace(profile, logo_path=stored_path)
