"""The tables. Field names follow the forms offices use (judul, ringkasan, jangka waktu...)."""

from __future__ import annotations

import peewee as pw

from dikecualikan_gui.db.connection import database


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class AppMeta(BaseModel):
    """Key/value facts about the database itself: schema version, audit chain head."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()

    @classmethod
    def put_if_absent(cls, key: str, value: str) -> None:
        cls.insert(key=key, value=value).on_conflict_ignore().execute()

    @classmethod
    def put(cls, key: str, value: str) -> None:
        """Insert or update (portable upsert: SQLite and PostgreSQL)."""
        cls.insert(key=key, value=value).on_conflict(conflict_target=[cls.key], update={cls.value: value}).execute()


class Profile(BaseModel):
    """The agency profile: a single row with id 1."""

    nama_badan_publik = pw.TextField(default="")
    pemerintah = pw.TextField(default="")
    unit_kerja = pw.TextField(default="")
    alamat = pw.TextField(default="")
    kota = pw.CharField(default="", max_length=120)
    telepon = pw.CharField(default="", max_length=120)
    email = pw.CharField(default="", max_length=200)
    website = pw.CharField(default="", max_length=200)
    logo_path = pw.TextField(default="")
    ppid_nama = pw.CharField(default="", max_length=200)
    ppid_nip = pw.CharField(default="", max_length=32)
    ppid_jabatan = pw.TextField(default="")
    ppid_pangkat = pw.CharField(default="", max_length=120)
    atasan_nama = pw.CharField(default="", max_length=200)
    atasan_nip = pw.CharField(default="", max_length=32)
    atasan_jabatan = pw.TextField(default="")
    atasan_pangkat = pw.CharField(default="", max_length=120)
    penetapan_pattern = pw.CharField(default="{urut:03d}/PPID/{tahun}", max_length=200)
    idle_lock_minutes = pw.IntegerField(default=10)
    print_settings = pw.TextField(default="{}")
    updated_at = pw.DateTimeField(null=True)


class User(BaseModel):
    username = pw.CharField(unique=True, max_length=64)
    nama = pw.CharField(max_length=200)
    nip = pw.CharField(default="", max_length=32)
    jabatan = pw.TextField(default="")
    role = pw.CharField(max_length=16)
    active = pw.BooleanField(default=True)
    password_hash = pw.TextField()
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_login = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()


class NomorCounter(BaseModel):
    """The last item number issued per year, so a number is never issued twice."""

    tahun = pw.IntegerField(primary_key=True)
    last = pw.IntegerField()


SORTED_COLUMNS = ("judul", "unit_pengusul", "dasar_hukum", "jangka_waktu", "status", "berakhir")


class Item(BaseModel):
    tahun = pw.IntegerField()
    urut = pw.IntegerField()
    nomor = pw.CharField(unique=True, max_length=32)
    judul = pw.TextField()
    ringkasan = pw.TextField(default="")
    dokumen_sumber = pw.TextField(default="")
    unit_pengusul = pw.TextField(default="")
    penanggung_jawab = pw.TextField(default="")
    bentuk = pw.CharField(max_length=16)
    lokasi_penyimpanan = pw.TextField(default="")
    tanggal_usulan = pw.DateField(null=True)
    petugas = pw.ForeignKeyField(User, backref="items", on_delete="RESTRICT")
    status = pw.CharField(max_length=16, index=True)
    version = pw.IntegerField(default=1)
    berakhir = pw.DateField(null=True, index=True)
    search_text = pw.TextField(default="")
    sumber = pw.TextField(default="")  # where the item came from: "berkas.xlsx, lembar DIK, baris 7"
    kekurangan = pw.IntegerField(default=0, index=True)  # how many things it lacks ("Perlu dilengkapi")
    hurufs = pw.CharField(max_length=10, default="")
    dasar_hukum = pw.TextField(default="")
    jangka_waktu = pw.TextField(default="")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()

    class Meta:
        indexes = (
            (("tahun", "urut"), True),
            # The register sorts by any column; these keep each sorted page quick at 100,000 rows.
            *((((column, "tahun", "urut"), False)) for column in SORTED_COLUMNS),
        )


class UjiSession(BaseModel):
    """A consequence-test meeting (sesi pengujian konsekuensi): one berita acara, many items.
    Recorded once and never changed; its items' tests refer to it."""

    tahun = pw.IntegerField()
    urut = pw.IntegerField()
    nomor = pw.CharField(unique=True, max_length=64)
    tanggal = pw.DateField()
    waktu = pw.CharField(max_length=32, default="")  # time of day as written, e.g. "09.00 WIB"
    tempat = pw.TextField(default="")
    pemimpin_nama = pw.TextField(default="")  # the PPID who led it, as it stood then
    pemimpin_nip = pw.CharField(max_length=32, default="")
    pemimpin_jabatan = pw.TextField(default="")
    recorded_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    recorded_at = pw.DateTimeField()

    class Meta:
        table_name = "test_session"  # the name it had as TestSession: the schema does not change
        indexes = ((("tahun", "urut"), True),)


class SessionParticipant(BaseModel):
    sesi = pw.ForeignKeyField(UjiSession, backref="participants", on_delete="CASCADE", index=True)
    position = pw.IntegerField()
    nama = pw.TextField()
    jabatan = pw.TextField(default="")
    unit = pw.TextField(default="")


class ConsequenceTest(BaseModel):
    """The consequence test of an item. Without a session it is only what was proposed or
    imported (no date: nothing was held); with a session it is a recorded test."""

    item = pw.ForeignKeyField(Item, backref="tests", on_delete="CASCADE", index=True)
    sesi = pw.ForeignKeyField(UjiSession, null=True, backref="tests", on_delete="RESTRICT", index=True)
    tanggal = pw.DateField(null=True)
    tempat = pw.TextField(default="")
    waktu = pw.CharField(max_length=32)
    alasan = pw.TextField(default="")
    konsekuensi = pw.TextField(default="")
    pertimbangan = pw.TextField(default="")
    kesimpulan = pw.CharField(max_length=32)
    bagian_dikecualikan = pw.TextField(default="")
    jw_kind = pw.CharField(max_length=16, null=True)
    jw_years = pw.IntegerField(default=0)
    jw_months = pw.IntegerField(default=0)
    jw_until = pw.DateField(null=True)
    jw_event = pw.TextField(default="")
    jw_text = pw.TextField(default="")
    syarat_pembukaan = pw.TextField(default="")
    catatan_pembukaan = pw.TextField(default="")
    dasar_hukum_asli = pw.TextField(default="")
    import_findings = pw.TextField(default="")
    recorded_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    recorded_at = pw.DateTimeField()


class UjiGround(BaseModel):
    test = pw.ForeignKeyField(ConsequenceTest, backref="grounds", on_delete="CASCADE", index=True)
    position = pw.IntegerField()
    huruf = pw.CharField(max_length=1)
    angka = pw.IntegerField(null=True)

    class Meta:
        table_name = "test_ground"


class UjiStatute(BaseModel):
    test = pw.ForeignKeyField(ConsequenceTest, backref="statutes", on_delete="CASCADE", index=True)
    position = pw.IntegerField()
    text = pw.TextField()

    class Meta:
        table_name = "test_statute"


class UjiParticipant(BaseModel):
    test = pw.ForeignKeyField(ConsequenceTest, backref="participants", on_delete="CASCADE", index=True)
    position = pw.IntegerField()
    nama = pw.TextField()
    jabatan = pw.TextField(default="")
    unit = pw.TextField(default="")

    class Meta:
        table_name = "test_participant"


class Penetapan(BaseModel):
    """A decree (penetapan) under which one or more items are approved."""

    nomor = pw.CharField(unique=True, max_length=200)
    tanggal = pw.DateField()
    tempat = pw.CharField(max_length=120, default="")
    jenis = pw.CharField(max_length=16, default="pengecualian")
    ditetapkan_oleh = pw.ForeignKeyField(User, on_delete="RESTRICT")
    created_at = pw.DateTimeField()


class Approval(BaseModel):
    """One decision of the atasan on one item: disetujui, dikembalikan or ditolak."""

    item = pw.ForeignKeyField(Item, backref="approvals", on_delete="RESTRICT", index=True)
    test = pw.ForeignKeyField(ConsequenceTest, null=True, on_delete="RESTRICT")
    decision = pw.CharField(max_length=16)
    catatan = pw.TextField(default="")
    decided_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    decided_at = pw.DateTimeField()
    penetapan = pw.ForeignKeyField(Penetapan, null=True, backref="approvals", on_delete="RESTRICT")
    fingerprint = pw.CharField(max_length=64)
    snapshot = pw.TextField()


class Attachment(BaseModel):
    item = pw.ForeignKeyField(Item, backref="attachments", on_delete="CASCADE", index=True)
    nama = pw.TextField()
    ukuran = pw.BigIntegerField()
    sha256 = pw.CharField(max_length=64)
    stored_path = pw.TextField()
    added_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    added_at = pw.DateTimeField()
    removed_at = pw.DateTimeField(null=True)
    removed_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")


class AuditEvent(BaseModel):
    """Append-only; each row's hash covers its content and the previous row's hash."""

    id = pw.BigAutoField()
    at = pw.CharField(max_length=40)
    actor_id = pw.IntegerField(null=True)
    actor = pw.CharField(max_length=64)
    action = pw.CharField(max_length=40, index=True)
    item_id = pw.IntegerField(null=True, index=True)
    item_nomor = pw.CharField(max_length=32, default="")
    details = pw.TextField(default="{}")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)
    mac = pw.CharField(max_length=64, null=True)  # HMAC of hash with the key outside the file (db/seal.py)


class Holiday(BaseModel):
    """A public holiday: not a working day when counting the 30 working days before an end."""

    tanggal = pw.DateField(unique=True)
    nama = pw.CharField(max_length=200, default="")


class Edition(BaseModel):
    """A frozen, numbered edition of the DIK (pemutakhiran); never changed once made."""

    nomor = pw.IntegerField(unique=True)
    tahun = pw.IntegerField()
    penetapan = pw.ForeignKeyField(Penetapan, on_delete="RESTRICT")
    created_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    created_at = pw.DateTimeField()
    snapshot = pw.TextField()
    fingerprint = pw.CharField(max_length=64)


class Document(BaseModel):
    """An issued document (DIK, penetapan, lembar uji): the copy kept in the data folder and its
    SHA-256, the softcopy archive the SOP asks for."""

    jenis = pw.CharField(max_length=16, index=True)
    judul = pw.TextField()
    referensi = pw.CharField(max_length=200, default="")
    item = pw.ForeignKeyField(Item, null=True, backref="documents", on_delete="RESTRICT")
    penetapan = pw.ForeignKeyField(Penetapan, null=True, on_delete="RESTRICT")
    paper = pw.CharField(max_length=8)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = pw.DateTimeField()
    sha256 = pw.CharField(max_length=64)
    ukuran = pw.BigIntegerField()
    stored_path = pw.TextField()
    # What the document is of ("penetapan:<nomor>", "uji:<test id>", "berita-acara:<sesi>"): the first
    # issue of a key is the document; every later print or export of it gives the same bytes.
    kunci = pw.CharField(max_length=240, default="", index=True)


class Disclosure(BaseModel):
    """Information of an item disclosed to one person on that person's written consent
    (UU 14/2008 Pasal 18 ayat 2 huruf a): the item stays in the DIK for everyone else."""

    item = pw.ForeignKeyField(Item, backref="disclosures", on_delete="RESTRICT", index=True)
    tanggal = pw.DateField()
    pemilik = pw.TextField()  # whose information it is (the consenting person)
    penerima = pw.TextField()  # to whom it was disclosed
    bagian = pw.TextField(default="")  # which of the item's information
    dokumen_persetujuan = pw.TextField()  # the written consent (letter number and date)
    recorded_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    recorded_at = pw.DateTimeField()


class StoredFile(BaseModel):
    """A file kept in the database itself (PostgreSQL: every PC sees the same files): named by its
    SHA-256, with its size; its bytes are in FileChunk rows. Written in one transaction with its
    chunks, so a row here means the whole file is there. Empty on SQLite (files stay in the data
    folder); see services/storage.py."""

    sha256 = pw.CharField(primary_key=True, max_length=64)
    ukuran = pw.BigIntegerField()
    created_at = pw.DateTimeField()


class FileChunk(BaseModel):
    """One piece (db/files.CHUNK bytes, the last one shorter) of a stored file, read and written one
    at a time so that a large file never has to fit in memory."""

    file = pw.ForeignKeyField(StoredFile, on_delete="CASCADE")
    position = pw.IntegerField()
    data = pw.BlobField()

    class Meta:
        primary_key = pw.CompositeKey("file", "position")


ALL_MODELS: tuple[type[BaseModel], ...] = (
    AppMeta,
    Profile,
    User,
    NomorCounter,
    Item,
    UjiSession,
    SessionParticipant,
    ConsequenceTest,
    UjiGround,
    UjiStatute,
    UjiParticipant,
    Penetapan,
    Approval,
    Attachment,
    AuditEvent,
    Holiday,
    Edition,
    Document,
    Disclosure,
    StoredFile,
    FileChunk,
)
