"""User administration and the agency profile."""

from __future__ import annotations

import pytest

from dikecualikan_gui.domain.model import AgencyProfile, AuditAction, Role, Signatory
from dikecualikan_gui.errors import InvalidState, ValidationError
from dikecualikan_gui.services import audit, profile, users

from conftest import People
from factories import PASSWORD


def test_add_user_normalises_and_audits(people: People) -> None:
    user = users.add_user(
        people.admin,
        " Rina.K ",
        "Rina Kartika",
        Role.PETUGAS,
        PASSWORD,
        nip="19870512 201001 2 003",
        jabatan="Pengelola Informasi",
    )
    assert (user.username, user.nip, user.active) == ("rina.k", "198705122010012003", True)
    event = audit.recent(1)[0]
    assert event.action is AuditAction.USER_ADDED
    assert event.details["after"]["nip"] == "198705122010012003"  # type: ignore[index]


@pytest.mark.parametrize("nip", ["12345", "1987051220100120031", "19870512201001200X"])
def test_nip_must_be_eighteen_digits(people: People, nip: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        users.add_user(people.admin, "rina", "Rina", Role.PETUGAS, PASSWORD, nip=nip)
    assert "18 angka" in excinfo.value.problems["nip"]


@pytest.mark.parametrize("username", ["ab", "Nama Spasi", "-mulai", "x" * 33])
def test_username_rules(people: People, username: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        users.add_user(people.admin, username, "Nama", Role.PETUGAS, PASSWORD)
    assert "username" in excinfo.value.problems


def test_username_is_unique(people: People) -> None:
    with pytest.raises(ValidationError, match="sudah dipakai"):
        users.add_user(people.admin, "PETUGAS", "Orang Lain", Role.PETUGAS, PASSWORD)


def test_the_last_admin_cannot_be_disabled_or_demoted(people: People) -> None:
    with pytest.raises(InvalidState, match="satu-satunya administrator"):
        users.update_user(people.admin, people.admin.id, active=False)
    with pytest.raises(InvalidState):
        users.update_user(people.admin, people.admin.id, role=Role.PETUGAS)
    second = users.add_user(people.admin, "admin2", "Admin Dua", Role.ADMIN, PASSWORD)
    users.update_user(people.admin, people.admin.id, active=False)
    with pytest.raises(InvalidState):
        users.update_user(second.as_actor(), second.id, role=Role.ATASAN)
    assert [u.username for u in users.list_users() if u.role is Role.ADMIN and u.active] == ["admin2"]


def test_role_change_is_audited_with_before_and_after(people: People) -> None:
    users.update_user(people.admin, people.petugas2.id, role=Role.ATASAN, jabatan="Sekretaris")
    event = audit.recent(1)[0]
    assert event.details["before"] == {"role": "petugas", "jabatan": ""}
    assert event.details["after"] == {"role": "atasan", "jabatan": "Sekretaris"}


def test_profile_round_trip_and_validation(people: People) -> None:
    wanted = AgencyProfile(
        nama_badan_publik="Dinas Koperasi, Usaha Kecil dan Menengah",
        pemerintah="PEMERINTAH PROVINSI KALIMANTAN BARAT",
        unit_kerja="Sekretariat",
        alamat="Jl. Sutan Syahrir No. 1",
        kota="Pontianak",
        ppid=Signatory("Siti Aminah", "198001012005012001", "PPID Pelaksana"),
        atasan=Signatory("Drs. Junaidi, MM", "196508091986031012", "Kepala Dinas", "Pembina Utama Muda (IV/c)"),
        penetapan_pattern="{urut:03d}/PPID-DISKOP/{bulan_romawi}/{tahun}",
    )
    assert profile.update_profile(people.admin, wanted) == wanted
    assert profile.get_profile() == wanted
    event = audit.recent(1)[0]
    assert event.action is AuditAction.PROFILE_CHANGED and "atasan_nama" in event.details["after"]  # type: ignore[operator]

    with pytest.raises(ValidationError) as excinfo:
        profile.update_profile(
            people.admin,
            AgencyProfile(nama_badan_publik="", penetapan_pattern="{nomor}/X", atasan=Signatory(nip="123")),
        )
    assert set(excinfo.value.problems) == {"nama_badan_publik", "penetapan_pattern", "atasan_nip"}
    assert profile.get_profile() == wanted
