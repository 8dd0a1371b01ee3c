"""The agency profile (one row)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from dikecualikan_gui.db.connection import guarded
from dikecualikan_gui.db.models import Profile
from dikecualikan_gui.domain.model import AgencyProfile, PrintSettings, Signatory

_SIGNATORY_FIELDS = ("nama", "nip", "jabatan", "pangkat")
_PROFILE_FIELDS = (
    "nama_badan_publik",
    "pemerintah",
    "unit_kerja",
    "alamat",
    "kota",
    "telepon",
    "email",
    "website",
    "logo_path",
    "penetapan_pattern",
    "idle_lock_minutes",
)


@guarded
def get_profile() -> AgencyProfile:
    row = Profile.get_or_none(Profile.id == 1)
    if row is None:
        return AgencyProfile()
    try:
        settings = PrintSettings.from_dict(json.loads(row.print_settings or "{}"))
    except (ValueError, TypeError, AttributeError):
        settings = PrintSettings()
    return AgencyProfile(
        **{name: getattr(row, name) for name in _PROFILE_FIELDS},
        ppid=Signatory(*(getattr(row, "ppid_" + f) for f in _SIGNATORY_FIELDS)),
        atasan=Signatory(*(getattr(row, "atasan_" + f) for f in _SIGNATORY_FIELDS)),
        print_settings=settings,
    )


def save_profile(profile: AgencyProfile, at: datetime) -> None:
    values: dict[str, Any] = {name: getattr(profile, name) for name in _PROFILE_FIELDS}
    for prefix, person in (("ppid_", profile.ppid), ("atasan_", profile.atasan)):
        values.update({prefix + f: getattr(person, f) for f in _SIGNATORY_FIELDS})
    values["print_settings"] = json.dumps(profile.print_settings.to_dict(), ensure_ascii=False)
    values["updated_at"] = at
    Profile.insert(id=1, **values).on_conflict(conflict_target=[Profile.id], update=values).execute()
