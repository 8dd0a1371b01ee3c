"""Who may do what. The UI hides what a role may not use; the services enforce it."""

from __future__ import annotations

from dikecualikan_gui.domain.model import Actor, LabeledEnum, Role
from dikecualikan_gui.errors import PermissionDenied


class Action(LabeledEnum):
    CREATE_ITEM = ("create_item", "membuat usulan")
    EDIT_ITEM = ("edit_item", "mengubah usulan")
    DELETE_DRAFT = ("delete_draft", "menghapus draf")
    RECORD_TEST = ("record_test", "mencatat uji konsekuensi")
    SUBMIT = ("submit", "mengajukan usulan untuk persetujuan")
    MANAGE_ATTACHMENTS = ("manage_attachments", "mengelola lampiran")
    IMPORT = ("import", "mengimpor daftar")
    APPROVE = ("approve", "menyetujui usulan")
    RETURN = ("return", "mengembalikan usulan")
    REJECT = ("reject", "menolak usulan")
    OPEN_EARLY = ("open_early", "membuka informasi sebelum jangka waktunya berakhir")
    RECORD_DISCLOSURE = ("record_disclosure", "mencatat pemberian informasi atas persetujuan pihak yang bersangkutan")
    PUBLISH_EDITION = ("publish_edition", "menetapkan edisi DIK")
    MANAGE_USERS = ("manage_users", "mengelola pengguna")
    EDIT_PROFILE = ("edit_profile", "mengubah profil badan publik")
    BACKUP = ("backup", "membuat dan memulihkan cadangan")


PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.PETUGAS: frozenset(
        {
            Action.CREATE_ITEM,
            Action.EDIT_ITEM,
            Action.DELETE_DRAFT,
            Action.RECORD_TEST,
            Action.SUBMIT,
            Action.MANAGE_ATTACHMENTS,
            Action.IMPORT,
            Action.RECORD_DISCLOSURE,
        }
    ),
    Role.ATASAN: frozenset(
        {
            Action.APPROVE,
            Action.RETURN,
            Action.REJECT,
            Action.OPEN_EARLY,
            Action.PUBLISH_EDITION,
            Action.RECORD_DISCLOSURE,
        }
    ),
    Role.ADMIN: frozenset({Action.MANAGE_USERS, Action.EDIT_PROFILE, Action.BACKUP}),
}


def can(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(actor: Actor | None, action: Action) -> None:
    """Refuse unless ``actor`` may do ``action``; None is the system (command line), always allowed."""
    if actor is not None and not can(actor.role, action):
        raise PermissionDenied(
            "Pengguna {u} dengan peran {r} tidak berwenang {a}.".format(
                u=actor.username, r=actor.role.label, a=action.label
            )
        )
