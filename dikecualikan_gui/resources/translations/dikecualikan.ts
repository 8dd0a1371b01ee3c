<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="id">
<context>
    <name>dikecualikan</name>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source> (terkunci sampai {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source> bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source> tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>&amp;Administrasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>&amp;Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>&amp;Usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>(huruf ini tidak memiliki angka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>(pilih angka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>(pilih huruf dahulu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>(pilih huruf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>(tanpa catatan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>(tanpa logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>(tempat tidak diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>(usulan baru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>18 angka, boleh dikosongkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Ada catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Administrator pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Ajukan untuk persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Akibat/kerugian apabila informasi dibuka kepada publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Akun atasan terkunci; coba lagi dalam {m} menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Akun terkunci karena salah kata sandi berulang kali. Coba lagi dalam {m} menit, atau minta administrator mengatur ulang kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Alamat dan akun diberikan oleh pengelola server (lihat README, &apos;Shared register on a server&apos;). Kata sandi hanya disimpan di pengaturan pengguna Anda di komputer ini (berkas {f} di folder data Anda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Alasan pengecualian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Alat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>Anda menulis catatan untuk usulan yang akan disetujui:

{l}

Persetujuan tidak menyimpan catatan. Apakah maksud Anda mengembalikannya kepada petugas dengan catatan ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Aplikasi dikunci. {nama} dapat masuk kembali; pengguna lain dapat masuk untuk berganti pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/lock_screen.py"/>
        <source>Aplikasi terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Aplikasi terkunci bila tidak dipakai selama waktu ini; isian yang belum disimpan tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Arsip dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Arsip dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Atasan PPID (menyetujui dan menetapkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Atasan PPID menyetujui, mengembalikan atau menolak usulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Atasan PPID menyetujui, mengembalikan atau menolak usulan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Atur ulang kata sandi {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Awalan jabatan PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Awalan jabatan atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Badan publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Bagian informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Bagian yang dihitamkan/dikaburkan, mis. nomor rekening dan alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/help.py"/>
        <source>Bantuan — Panduan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/help.py"/>
        <source>Bantuan — Pasal 17 huruf {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Baris pemerintah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Basis data ini belum memiliki pengguna. Isi profil badan publik (dipakai pada kop surat dan penetapan) dan buat akun administrator pertama. Semua isian dapat diubah kemudian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Basis data: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <location filename="../../../dikecualikan_gui/ui/messages.py"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/workers.py"/>
        <source>Batalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Bawah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Bekukan daftar yang disetujui saat ini sebagai edisi baru tahun {t} dengan penetapan {n}? Edisi tidak dapat diubah setelah ditetapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Belum ada dokumen yang diterbitkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Belum ada keputusan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <source>Belum ada sesi pengujian yang dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Belum ada uji konsekuensi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Belum ada yang diputuskan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Belum ada yang diputuskan; periksa isian yang ditandai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Belum disimpan: perbaiki isian yang ditandai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Belum disimpan: usulan ini telah disimpan oleh pengguna lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Belum diuji: usulan (atau isi impor) yang belum diadakan pengujiannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Belum lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Bentuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Beri atas persetujuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Berita acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Berita acara pengujian konsekuensi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/help.py"/>
        <source>Berkas panduan {f} tidak dapat dibaca ({e}). Pasang ulang aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Berkas {p} tidak dapat ditulis: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <source>Berubah sejak persetujuan terakhir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Buang dan muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_recovery.py"/>
        <source>Buang perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Buang perubahan yang belum disimpan dan tampilkan isi terbaru?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Buat cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Buat usulan informasi yang akan dikecualikan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Buka Persetujuan untuk semua usulan yang menunggu (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/save_target.py"/>
        <source>Buka berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/save_target.py"/>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Buka informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Buka informasi sebelum jangka waktunya berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Buka sebelum waktunya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Buka usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Buka {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/help.py"/>
        <source>Bunyi pasal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>CSV untuk situs web (*.csv);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Cadangan (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Cadangan ditulis ke {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Cari nomor, judul, ringkasan, dasar hukum… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Catat informasi yang diberikan kepada orang yang bersangkutan atas persetujuan tertulisnya (Pasal 18 ayat 2 huruf a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Catat informasi yang diusulkan untuk dikecualikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <source>Catat informasi yang diusulkan untuk dikecualikan. Yang dikecualikan adalah informasinya, bukan seluruh dokumen: sebutkan bagian yang tepat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Catat pemberian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Catat satu sesi uji konsekuensi atas banyak usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Catat sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_table.py"/>
        <source>Catatan / alasan untuk usulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <source>Catatan atau alasan untuk semua yang dicentang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Catatan yang Anda tulis belum dipakai untuk keputusan apa pun dan akan hilang. Tutup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Centang paling sedikit satu usulan yang diputuskan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Centang semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Centang usulan yang diputuskan. Catatan atau alasan untuk satu usulan ditulis di kolom terakhir barisnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Cetak DIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Cetak berita acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Cetak di pencetak bawaan tanpa membuka dialog cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Cetak keputusan edisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Cetak langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Cetak nomor usulan (2026/001) dalam DIK dan lampiran keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Cetak pangkat/golongan dan NIP di bawah nama penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Cetak ulang dari arsip: sama persis dengan dokumen yang diterbitkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Cetak yang tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Contoh: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>DIK diekspor ke {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>DIK diekspor ke {p}. Berkas ini dapat diunggah ke situs PPID dan diimpor kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Daftar Informasi yang Dikecualikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Daftar Informasi yang Dikecualikan (DIK)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Daftar akan dibaca lagi saat Anda menekan F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Daftar saat ini dibandingkan dengan edisi terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Daftar tidak dapat dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Dasar Pasal 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Dasar hukum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Dasar hukum asli (impor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Dasar hukum pengecualian (Pasal 17 UU 14/2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Dasar hukum sebagaimana tertulis di berkas impor: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Dasar pembukaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Di komputer ini (satu komputer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Diberikan atas persetujuan (Pasal 18 ayat 2 huruf a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Diberikan kepada *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Dibuka (tidak lagi dikecualikan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Dicatat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Dicetak di atas jabatan penanda tangan, mis. a.n. (atas nama) atau Plt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Dikecualikan {v}

Pendokumentasian Informasi yang Dikecualikan menurut UU 14/2008 tentang Keterbukaan Informasi Publik: usulan dan uji konsekuensi oleh petugas PPID, persetujuan Atasan PPID, dan Daftar Informasi yang Dikecualikan.

Basis data: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Dikembalikan kepada Anda ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Dikembalikan oleh {u}: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Diperpanjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Dipimpin oleh (PPID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Disimpan oleh pengguna lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Ditambahkan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Ditemukan {n} isian yang belum disimpan dari sesi sebelumnya:
{l}

Pulihkan ke layar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Diubah dan disetujui ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/live.py"/>
        <source>Diubah di komputer lain oleh {who} pukul {t}, tetapi versi terbarunya belum terbaca: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/live.py"/>
        <source>Diubah di komputer lain oleh {who} pukul {t}. Perubahan Anda di halaman ini belum disimpan dan akan ditolak bila disimpan; perubahan itu sudah disalin ke salinan pemulihan. Muat ulang untuk melihat versi terbaru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/live.py"/>
        <source>Diubah di komputer lain oleh {who} pukul {t}; yang tampil sudah versi terbarunya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Diubah sejak persetujuan terakhir ({n} isian); perlu persetujuan ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Dokumen dicatat di arsip dokumen saat dicetak atau disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Dokumen dicetak dari isi yang tersimpan. Simpan perubahan dahulu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Dokumen ini baru saja diterbitkan dari komputer lain; yang dicetak atau disimpan adalah salinan arsip yang diterbitkan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Dokumen ini sudah diterbitkan {t} oleh {u}: yang ditampilkan dan dicetak adalah salinan arsipnya, sama persis. Perubahan profil sesudahnya hanya berlaku untuk dokumen yang diterbitkan kemudian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Dokumen sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Dokumen terbit (arsip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Dokumen terbit usulan ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Dokumen tidak dapat diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Dokumen tidak dapat disusun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Draf {n} dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Edisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Edisi DIK…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Edisi Daftar Informasi yang Dikecualikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Edisi baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Edisi {n} dibandingkan dengan edisi sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Ekspor DIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Ekspor DIK dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Ekspor DIK untuk situs PPID (CSV/XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Formulir daftar informasi yang akan dikecualikan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Ganti kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Ganti kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Halaman berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Halaman pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Halaman sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Halaman terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Hanya petugas yang dapat mengubah usulan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Hapus dari usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Hapus draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Hapus draf {n}? Nomornya tidak akan dipakai lagi. Penghapusan tercatat di jejak audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Hapus lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Hapus lampiran {n} dari usulan ini? Berkasnya tetap tersimpan dan penghapusan tercatat di riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/participants_table.py"/>
        <source>Hapus peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Hapus yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Hari kerja adalah Senin sampai Jumat, kecuali hari libur di bawah ini. Informasi yang berakhir dalam 30 hari kerja ditampilkan sebagai &apos;Segera berakhir&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Hari libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Hari libur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Hasil uji {n} — {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Hubungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Huruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Impor daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Impor daftar (CSV/XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/import_result.py"/>
        <source>Impor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_table.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <location filename="../../../dikecualikan_gui/ui/messages.py"/>
        <source>Informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Informasi ini akan menjadi terbuka (berakhir) sejak tanggal penetapan. Keputusan ini dicatat dengan penetapan dan tanda tangan atasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Informasi milik *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <source>Informasi yang dikecualikan, jelas dan spesifik (bukan seluruh dokumen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Isi server, nama basis data dan pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Isi terbaru {n} ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Isian Anda tetap ada di layar dan di salinan pemulihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Isian Anda tetap ada di layar dan di salinan pemulihan. Gunakan &apos;Muat ulang&apos; untuk melihat versi terbaru (isian Anda akan dibuang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Isian yang belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/lock_screen.py"/>
        <source>Isian yang terbuka aman. Masuk kembali untuk melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <location filename="../../../dikecualikan_gui/ui/widgets/participants_table.py"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Jangka waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Jangka waktu pengecualian *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Jejak audit tidak utuh:
• {p}

Jalankan &apos;dikecualikan audit verify&apos; untuk pemeriksaan lengkap, lalu pulihkan dari cadangan bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Judul informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <source>Judul informasi *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Jumlah informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Kanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Kata sandi *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Kata sandi Anda telah diganti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Kata sandi sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Kata sandi {u} telah diganti; kunci akun (bila ada) dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Ke halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Kelola pengguna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/lock_screen.py"/>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Keluar aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/lock_screen.py"/>
        <source>Keluar dari aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/lock_screen.py"/>
        <source>Kembali ke layar masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>Kembalikan dengan catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Kembalikan kepada petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Kepada siapa informasi diberikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Kepentingan yang dilindungi apabila informasi ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Keputusan atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Keputusan penetapan {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Keputusan penetapan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Kertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Kertas bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Kesimpulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Konsekuensi apabila dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Konsekuensi apabila dibuka *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <source>Kosongkan (—) dengan memilih tanggal paling awal bila tidak diketahui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Kunci / Ganti pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Kunci layar; pengguna lain dapat masuk tanpa menutup aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Kunci otomatis diisi {a} sampai {b} menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Kunci otomatis setelah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Lampiran disalin ke folder data aplikasi; berkas asli tidak diubah. Simpan usulan dahulu sebelum menambah lampiran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/crash.py"/>
        <source>Laporan juga tersimpan di {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Lebar halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Lembar pengujian konsekuensi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <source>Lihat / cetak berita acara…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Lihat / cetak ulang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Login terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Logo (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Lokasi penyimpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Masuk sebagai {nama} ({u}) — {peran}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Masuk — Dikecualikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/workers.py"/>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Membuat cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Mengimpor {f}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Mengingat (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Menunggu persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Menunggu persetujuan atasan; isi tidak dapat diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Menyusun dokumen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Menyusun {t}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/live.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Muat ulang register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <location filename="../../../dikecualikan_gui/ui/widgets/participants_table.py"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Nama badan publik *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Nama badan publik wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Nama basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Nama berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Nama lengkap *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Nama pengguna *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Nama pengguna atasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Nama pengguna {u!r} tidak sah: 3-32 karakter, huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Nanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Nanti saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_table.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Nomor penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Nomor penetapan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <source>Nomor sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Nomor usulan adalah nomor kerja internal; bawaannya tidak dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Orang yang informasinya diberikan dan yang memberi persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>PDF disimpan di {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>PDF tidak dapat disimpan di {p}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>PPID (menandatangani lembar uji dan daftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Paling sedikit 8 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Panduan SOP tiga langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/help.py"/>
        <source>Panduan lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Panduan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Pelaksanaan uji konsekuensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Pemberian informasi atas persetujuan pihak yang bersangkutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Pemberian informasi {n} atas persetujuan yang bersangkutan dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Pembuatan cadangan dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Penanda tangan keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Penandatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pdf_output.py"/>
        <source>Pencetak tidak dapat dipakai. Periksa pencetak yang dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Pencetakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/print_jobs.py"/>
        <source>Pencetakan dibatalkan; tidak ada yang dicetak atau diarsipkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Pendokumentasian informasi yang dikecualikan (UU 14/2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <source>Penetapan (untuk Setujui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Pengecualian telah berakhir; informasi ini terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Pengguna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Pengujian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>Penjelasan dan contoh huruf yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>Penjelasan huruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Penomoran dan keamanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Penomoran diktum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Penyiapan pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Peraturan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Peraturan perundang-undangan lain (wajib untuk huruf j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Perhatikan hal berikut sebelum mencatat sesi:

• {w}

Tetap catat sesi ini?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Perhatikan hal berikut sebelum mengajukan:

• {w}

Tetap ajukan untuk persetujuan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <source>Perhatikan sebelum menyetujui:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Periksa lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Periksa sebelum mencatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Periksa sebelum mengajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Perlu dilengkapi ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Perlu dilengkapi sebelum dapat diuji dan disetujui:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Perlu dilengkapi: {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Persetujuan Atasan PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/feedback.py"/>
        <source>Persetujuan ditutup tanpa keputusan; tidak ada yang berubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Persetujuan tertulis *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Persetujuan tertulis membuka informasi hanya bagi orang yang bersangkutan (Pasal 18 ayat 2 huruf a UU 14/2008). Informasi ini tetap dikecualikan bagi orang lain dan tetap tercantum dalam DIK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Persetujuan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Pertimbangan apabila ditutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Pertimbangan apabila ditutup *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_recovery.py"/>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Peserta pengujian *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Petugas mencatat usulan dan uji konsekuensi; atasan menyetujui, mengembalikan atau menolak; administrator mengelola pengguna dan profil badan publik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Petugas pengusul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Pilih Setujui, Kembalikan, atau Tolak untuk memutuskan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Pilih berkas lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>Pilih salah satu jangka waktu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Pilih satu baris untuk melihat dan menyesuaikan hasil ujinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Pilih semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Pola nomor penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/feedback.py"/>
        <source>Pratinjau {t} ditutup; tidak ada yang dicetak atau disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Pratinjau, cetak atau simpan DIK yang berlaku sebagai PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Profil badan publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Profil badan publik disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Profil badan publik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Referensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Register bersama di server kantor (PostgreSQL, beberapa komputer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Register di server {s} masih kosong: isi profil badan publik dan buat administrator pertamanya. Komputer lain cukup memilih server yang sama lalu masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Ringkasan dan riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <source>Ringkasan isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Riwayat usulan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Salinan arsip bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Salinan arsip tidak dapat dipakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Salinan disimpan di {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Salinan lunak setiap dokumen yang diterbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Salinan lunak setiap dokumen yang diterbitkan (DIK, keputusan, lembar uji, berita acara), disimpan di folder data beserta SHA-256-nya. Cetak ulang memakai salinan ini, sama persis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Salinan tidak dapat disimpan di {p}: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>Sampai peristiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>Sampai tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Satu peraturan per baris, mis. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan Pasal 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Segera berakhir ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <source>Sekali persetujuan paling banyak {m} usulan; {r} sisanya diputuskan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>Selama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Selamat datang — Dikecualikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Selamat datang, {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Semua huruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Semua status ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Server ini dipilih pada layar penyiapan pertama; pilihan itu disimpan di {p}. Bila register memang sudah dipindah, hapus berkas itu lalu buka aplikasi lagi untuk memilih tempat register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Sesi pengujian konsekuensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <source>Sesi pengujian konsekuensi dan berita acaranya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Sesi pengujian konsekuensi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Sesi pengujian tidak dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Sesi pengujian {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Sesi uji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Sesi {s} tercatat dengan {n} usulan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>Sesi {s} tercatat. Cetak berita acara pengujian konsekuensinya sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>Sesuaikan dengan lebar jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Setiap edisi membekukan daftar informasi yang disetujui pada saat itu, dengan nomor dan tanggal penetapannya; edisi tidak dapat diubah. Pilih edisi untuk melihat perubahannya dari edisi sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Setujui dan tetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>Setujui tanpa catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_recovery.py"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Simpan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Simpan kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Simpan lalu cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/crash.py"/>
        <source>Simpan laporan kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/crash.py"/>
        <source>Simpan laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Simpan salinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Simpan salinan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Simpan usulan dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Simpan usulan dan uji konsekuensi (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Simpan usulan untuk melihat ringkasan dan riwayatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Situs web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Sudah disetujui: perubahan isi memerlukan persetujuan ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Sumber: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Surat persetujuan: nomor dan tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Surel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Syarat pembukaan informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Syarat pembukaan informasi (Pasal 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Syarat pembukaan informasi sebagaimana tertulis (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Tabel (*.csv *.xlsx *.xlsm);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>Tambah dasar Pasal 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <source>Tambah lampiran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Tambah pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/participants_table.py"/>
        <source>Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Tambah peserta dari pengguna atau penandatangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Tambahkan dasar kewenangan badan publik, mis. undang-undang pembentukan daerah atau peraturan gubernur/bupati/wali kota tentang PPID, dengan Lembaran Negara atau Lembaran/Berita Daerahnya. Tanda &quot;;&quot; di akhir setiap baris dan &quot;.&quot; di akhir baris terakhir ditambahkan saat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tampilkan di register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tampilkan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Tampilkan isi terbaru dari basis data (perubahan yang belum disimpan dibuang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <source>Tanda tangan Atasan PPID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Tanggal *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Tanggal dan tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>Tanggal diberikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Tanggal pengujian diadakan; biarkan &quot;—&quot; bila belum diuji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Tanggal uji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Tanggal usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/crash.py"/>
        <source>Teks (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Tembusan (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Tempat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Tempat isian: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>Tempat register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Temuan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Temuan saat impor: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Tentang aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/crash.py"/>
        <source>Terjadi kesalahan program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/crash.py"/>
        <source>Terjadi kesalahan yang tidak terduga. Isian yang belum disimpan tetap ada di layar dan di salinan pemulihan. Simpan laporan ini dan kirimkan kepada pengelola aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>Terkunci — Dikecualikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/lock_screen.py"/>
        <source>Terkunci — masuk untuk melanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/save_target.py"/>
        <source>Tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Tetap ajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Tetap catat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Tetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Tetapkan edisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Tetapkan edisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tidak ada akun yang terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/import_result.py"/>
        <source>Tidak ada baris yang perlu diperhatikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tidak ada draf yang perlu dilengkapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tidak ada lagi usulan yang menunggu persetujuan di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Tidak ada lampiran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>Tidak ada pencetak bawaan di komputer ini. Pilih pencetak dengan Cetak…, atau tetapkan pencetak bawaan di pengaturan sistem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tidak ada pengecualian yang berakhir dalam {d} hari kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>Tidak ada perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tidak ada usulan yang menunggu persetujuan Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tidak ada usulan yang menunggu persetujuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/messages.py"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <source>Tidak diikutkan karena tidak menunggu persetujuan: {l}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Tidak ikut dicadangkan karena rusak atau hilang dari folder data: {l}. Pulihkan berkas itu dari cadangan lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_tasks.py"/>
        <source>Tidak selesai: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>Tidak terbatas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Tinjau dan setujui…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tolak usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tuliskan alasan penolakan ({l}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tuliskan catatan perbaikan untuk petugas ({l}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/crash.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <location filename="../../../dikecualikan_gui/ui/help.py"/>
        <location filename="../../../dikecualikan_gui/ui/import_result.py"/>
        <location filename="../../../dikecualikan_gui/ui/messages.py"/>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <location filename="../../../dikecualikan_gui/ui/save_target.py"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tutup persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Tutup tab usulan yang aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <source>Tutup usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Tutup, buang catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Ubah pengguna {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Uji konsekuensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Uji konsekuensi dan uji kepentingan publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Uji konsekuensi sebelumnya ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Uji konsekuensi terkini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Ukuran huruf isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>Ulangi kata sandi *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/participants_table.py"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/item_models.py"/>
        <source>Unit/bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>Unit/bidang pengusul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_panel.py"/>
        <source>Untuk Kembalikan (catatan perbaikan) dan Tolak (alasan); catatan di baris usulan diutamakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/sessions_list.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>Usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_actions.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>Usulan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Usulan baru {n} dibuat dan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Usulan belum dapat diajukan:
• {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Usulan lengkap yang belum diuji. Centang yang diuji dalam sesi ini; pilih satu baris untuk menyesuaikan hasil ujinya (terisi dari usulan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>Usulan yang diuji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Usulan {n} belum diajukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Usulan {n} diajukan untuk persetujuan Atasan PPID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_actions.py"/>
        <source>Usulan {n} dibuka sebelum waktunya; informasinya terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Usulan {n} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_page.py"/>
        <source>Usulan {n}: tidak ada perubahan untuk disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/attachments_panel.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <location filename="../../../dikecualikan_gui/ui/pages/test_form.py"/>
        <source>Waktu pengujian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Ya, kembalikan {k} usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Ya, setujui {k} usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>Ya, tolak {k} usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>angka {n} — {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>berakhir {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>dan {n} usulan dikembalikan lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_controls.py"/>
        <source>dari {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/feedback.py"/>
        <source>dikembalikan kepada petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/feedback.py"/>
        <source>disetujui dan ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/feedback.py"/>
        <source>ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/grounds_editor.py"/>
        <source>huruf {h} — {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <source>informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>mis. 09.00 WIB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/database_choice.py"/>
        <source>mis. 192.168.1.10 atau server-ppid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>mis. Dinas Koperasi, Usaha Kecil dan Menengah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>mis. Hari Raya Idulfitri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>mis. Kepala Dinas Komunikasi dan Informatika (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_form.py"/>
        <source>mis. Lemari arsip ruang Sekretariat / folder server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>mis. PEMERINTAH PROVINSI KALIMANTAN BARAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/profile.py"/>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/first_run.py"/>
        <source>mis. Pontianak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>mis. Putusan Komisi Informasi Nomor …, atau hasil uji ulang tanggal …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>mis. Sampai memperoleh persetujuan dari yang bersangkutan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <source>mis. hasil pemeriksaan kesehatan orang itu saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/login.py"/>
        <source>nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/users.py"/>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/live.py"/>
        <source>pengguna lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_view.py"/>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>tanpa tanggal berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>{c} ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>{c} tetap terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>{d} — {r}. Yang menunggu Anda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>{k} dari {n} usulan dicentang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>{k} usulan akan dikembalikan kepada petugas untuk diperbaiki, dengan catatan:

{l}

Ditandatangani oleh {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>{k} usulan akan disetujui dan ditetapkan sebagai informasi yang dikecualikan dengan penetapan nomor {p}, tanggal {d}, di {t}:

{l}

Ditandatangani oleh {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>{k} usulan akan ditolak; informasinya tidak dikecualikan (tetap terbuka). Alasan penolakan:

{l}

Ditandatangani oleh {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>{k} usulan dikembalikan kepada petugas dengan catatan perbaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>{k} usulan disetujui dengan penetapan {p} tanggal {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>{k} usulan ditolak; informasinya tetap terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>{nama} ({u}, sampai pukul {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/lock_screen.py"/>
        <source>{nama} masih memiliki {n} isian yang belum disimpan:
{l}

Bila keluar sekarang, isian itu disimpan sebagai salinan pemulihan dan ditawarkan kembali saat {nama} masuk. Keluar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>{nomor} — {judul}
Dikembalikan oleh {by} pada {w}. Catatan: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>{n} akun terkunci karena salah kata sandi berulang: {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/session.py"/>
        <source>{n} dari {t} usulan dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/printing.py"/>
        <source>{n} dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>{n} draf perlu dilengkapi sebelum dapat diuji dan diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>{n} halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>{n} informasi yang dikecualikan akan berakhir dalam {d} hari kerja. PPID perlu menguji ulang untuk memperpanjang, atau menyiapkan pembukaannya. &lt;a href=&apos;segera&apos;&gt;Tampilkan&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/main_window.py"/>
        <source>{n} isian dipulihkan ke layar; simpan untuk menyimpannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>{n} pengecualian berakhir dalam {d} hari kerja: uji ulang untuk memperpanjang, atau siapkan pembukaannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>{n} usulan di register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/start_page.py"/>
        <source>{n} usulan menunggu persetujuan Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval.py"/>
        <source>{n} usulan menunggu persetujuan. Bacalah seluruh isinya; keputusan ditandatangani dengan nama pengguna dan kata sandi Atasan PPID sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/register_page.py"/>
        <source>{n} usulan sesuai saringan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_content.py"/>
        <source>{n} usulan tidak ditemukan lagi (dihapus di komputer lain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/feedback.py"/>
        <source>{n} usulan {w} ({l})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/disclosure.py"/>
        <location filename="../../../dikecualikan_gui/ui/dialogs/lifecycle.py"/>
        <source>{n} — {j}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>{t} dikirim ke pencetak {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/preview_dialog.py"/>
        <source>{t} disimpan sebagai PDF di {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/pages/item_recovery.py"/>
        <source>{t} memiliki perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>{w}: berakhir sekitar {d} (dihitung dari {s}; setelah ditetapkan, dihitung dari tanggal penetapan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>{w}: berakhir {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/widgets/jangka_waktu_editor.py"/>
        <source>{w}: tidak ada tanggal berakhir yang dapat dihitung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../dikecualikan_gui/ui/dialogs/approval_confirm.py"/>
        <source>• … dan {n} usulan lainnya</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
