"""English for the GUI's Indonesian source strings (used by fill_en.py to fill opop_en.ts).

EN maps a source to its English everywhere; BY_CONTEXT overrides it for one translation
context (class name, or the context passed to QCoreApplication.translate) where the same
Indonesian means something else. Glossary: pesantren → pesantren, kab/kota → regency/city,
kecamatan → district, juri → juror, sidang pleno → plenary, berita acara → official minutes,
lembar penilaian → score sheet, Kirim & kunci → Submit & lock, bundel → bundle, Tahap → Stage.
Mnemonics (&) are chosen to be unique within what is visible together.
"""
from __future__ import annotations

EN: dict[str, str] = {
    # ---------------------------------------------------------------- shared words
    "Batal": "Cancel",
    "&Batal": "&Cancel",
    "&Lanjut >": "&Next >",
    "< &Kembali": "< &Back",
    "&Selesai": "&Finish",
    "&Mulai": "&Start",
    "Tahap {0}": "Stage {0}",
    "Tahap {0} — {1}": "Stage {0} — {1}",
    "&Tahap:": "&Stage:",
    "Panel": "Panel",
    "Panel {0}": "Panel {0}",
    "Pa&nel:": "Pa&nel:",
    "&Panel:": "&Panel:",
    "Lokasi": "Venue",
    "&Lokasi:": "&Venue:",
    "Kab/Kota": "Regency/City",
    "Kabupaten/Kota": "Regency/City",
    "Kabupaten/Kota:": "Regency/city:",
    "Provinsi": "Province",
    "Pesantren": "Pesantren",
    "Nama pesantren": "Pesantren name",
    "NSPP": "NSPP",
    "Kecamatan": "District",
    "Kategori": "Category",
    "Status": "Status",
    "&Status:": "&Status:",
    "Keterangan": "Notes",
    "No.": "No.",
    "Juri": "Juror",
    "&Juri:": "&Juror:",
    "Nilai": "Score",
    "Oleh": "By",
    "Waktu": "Time",
    "Waktu:": "Time:",
    "Versi": "Version",
    "Alasan": "Reason",
    "&Alasan:": "&Reason:",
    "&Alasan koreksi:": "&Reason for correction:",
    "Hadir": "Present",
    "Tidak hadir": "Absent",
    "Lolos": "Passed",
    "Tidak lolos": "Not passed",
    "Draf": "Draft",
    "Terkunci": "Locked",
    "Terverifikasi": "Verified",
    "Impor": "Import",
    "Baru": "New",
    "Diperbarui": "Updated",
    "Tidak berubah": "Unchanged",
    "Semua kab/kota": "All regencies/cities",
    "A4 (210 × 297 mm)": "A4 (210 × 297 mm)",
    "F4 / Folio (215 × 330 mm)": "F4 / Folio (215 × 330 mm)",
    "Start-up": "Start-up",
    "Scale-up": "Scale-up",
    "Start-up & scale-up": "Start-up & scale-up",
    "Buku kerja Excel (*.xlsx)": "Excel workbooks (*.xlsx)",
    "Membuat data contoh…": "Creating demo data…",
    "Silakan masuk terlebih dahulu (menu Pengguna → Masuk).": "Please sign in first (menu User → Sign in).",
    "K&oreksi…": "&Correct…",
    "&Nama pengguna:": "&Username:",
    "no. {0} {1} ({2})": "no. {0} {1} ({2})",

    # ---------------------------------------------------------------- screens (navigation)
    "Beranda": "Home",
    "Peserta": "Participants",
    "Kehadiran": "Attendance",
    "Penilaian": "Scoring",
    "Hasil": "Results",
    "Sinkronisasi": "Sync",
    "Cetak": "Print",
    "Pengaturan": "Settings",

    # ---------------------------------------------------------------- main window, menus, messages
    "&Berkas": "&File",
    "&Keluar": "&Quit",
    "Belum masuk": "Not signed in",
    "Pengguna: {0} ({1})": "User: {0} ({1})",
    "&Pengguna": "&User",
    "&Masuk…": "&Sign in…",
    "&Ganti pengguna…": "S&witch user…",
    "&Keluar akun": "Sign &out",
    "Kesalahan": "Error",
    "Informasi": "Information",
    "Konfirmasi": "Confirmation",

    # ---------------------------------------------------------------- help
    "Panduan &Juri": "&Juror guide",
    "Panduan &Petugas": "&Officer guide",
    "Panduan &Koordinator": "&Coordinator guide",
    "Panduan &Admin Provinsi": "Province a&dmin guide",
    "Tentang {0}": "About {0}",
    "&Bantuan": "&Help",
    "Panduan untuk &peran saya": "Guide for &my role",
    "&Tentang {0}": "&About {0}",
    "Bantuan — {0}": "Help — {0}",
    "&Tutup": "&Close",
    "Panduan tidak ditemukan: {0}. Pasang ulang aplikasi atau baca panduan di folder docs/ pada paket "
    "instalasi.":
        "Guide not found: {0}. Reinstall the application or read the guides in the docs/ folder of the "
        "installation package.",
    "<h3>{0} {1}</h3><p>Sistem audisi luring program One Pesantren One Product (OPOP) Jawa Barat: impor "
    "pendaftar, kehadiran, penilaian juri tanpa internet, rekapitulasi, sidang pleno, bundel sinkronisasi "
    "bertanda tangan, dan dokumen cetak.</p><p>Data wilayah: kode Kemendagri Provinsi Jawa Barat dari set "
    "data "
    "<i>wilayah</i> oleh Cahya DSN, lisensi MIT (resources/regions/LICENSE). Huruf: DejaVu Sans (lisensi "
    "DejaVu "
    "Fonts). Antarmuka: Qt for Python (PySide6), lisensi LGPL v3.</p><p>Data tersimpan di: {2}</p>":
        "<h3>{0} {1}</h3><p>Offline audition system of West Java's One Pesantren One Product (OPOP) "
        "programme: "
        "registrant import, attendance, juror scoring without internet, recapitulation, plenary, signed "
        "synchronisation bundles and printed documents.</p><p>Region data: Kemendagri codes of West Java "
        "Province from the <i>wilayah</i> data set by Cahya DSN, MIT licence (resources/regions/LICENSE). "
        "Font: DejaVu Sans (DejaVu Fonts licence). Interface: Qt for Python (PySide6), LGPL v3 licence."
        "</p><p>Data is stored in: {2}</p>",

    # ---------------------------------------------------------------- first start
    "OPOP Desktop — mulai pertama": "OPOP Desktop — first start",
    "Menyiapkan laptop ini…": "Setting up this laptop…",
    "Selamat datang di OPOP Desktop": "Welcome to OPOP Desktop",
    "Beberapa pertanyaan singkat tentang laptop ini. Semuanya dapat diubah nanti di layar Pengaturan.":
        "A few short questions about this laptop. Everything can be changed later on the Settings screen.",
    "Laptop ini dipakai di:": "This laptop is used at:",
    "Lokasi &audisi (petugas dan juri, tanpa internet)": "Audition &venue (officers and jurors, no internet)",
    "Kantor ka&bupaten/kota (koordinator)": "Regency/city &office (coordinator)",
    "Kantor &provinsi (admin program)": "&Province office (programme admin)",
    "ketik untuk mencari, mis. Garut": "type to search, e.g. Garut",
    "Kabupa&ten/Kota:": "Re&gency/city:",
    "Pilih di mana laptop ini dipakai.": "Choose where this laptop is used.",
    "mis. Laptop Garut-1": "e.g. Laptop Garut-1",
    "&Nama laptop ini:": "Laptop na&me:",
    "Isi dengan &data contoh (±60 pesantren di 2 kab/kota, untuk mencoba aplikasi)":
        "Fill with &demo data (±60 pesantren in 2 regencies/cities, to try the application)",
    "&Coba dengan data contoh": "&Try with demo data",
    "Laptop diatur sebagai kantor provinsi dan diisi data contoh; tinggal membuat akun admin.":
        "The laptop is set up as the province office and filled with demo data; only the admin account "
        "is left to create.",
    "Pilih kabupaten/kota laptop ini.": "Choose this laptop's regency/city.",
    "Akun admin pertama": "First admin account",
    "Akun ini dipakai untuk masuk dan membuat akun petugas, koordinator dan juri. Simpan kata sandinya "
    "dengan baik.":
        "This account is used to sign in and to create officer, coordinator and juror accounts. "
        "Keep its password safe.",
    "huruf kecil, angka, titik, garis bawah": "lowercase letters, digits, dot, underscore",
    "Nama &lengkap:": "&Full name:",
    "&Kata sandi:": "&Password:",
    "&Ulangi kata sandi:": "&Repeat password:",
    "Nama pengguna: 3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.":
        "Username: 3–32 lowercase letters, digits, dots, underscores or hyphens.",
    "Kata sandi minimal {0} karakter.": "The password needs at least {0} characters.",
    "Kedua kata sandi tidak sama. Ketik ulang.": "The two passwords differ. Type them again.",

    # ---------------------------------------------------------------- login
    "Ganti pengguna": "Switch user",
    "Masuk": "Sign in",
    "kata sandi, atau PIN 6 angka untuk juri": "password, or 6-digit PIN for jurors",
    "&Kata sandi / PIN:": "&Password / PIN:",
    "&Masuk": "&Sign in",
    "Sekarang masuk sebagai: {0}": "Currently signed in as: {0}",
    "Isi nama pengguna dan kata sandi/PIN.": "Enter the username and password/PIN.",

    # ---------------------------------------------------------------- beranda
    "Terdaftar": "Registered",
    "Lolos administrasi": "Passed administration",
    "Hadir audisi tahap 1": "Attended stage 1 audition",
    "Lolos tahap 1": "Passed stage 1",
    "Lolos tahap 2": "Passed stage 2",
    "Juara (tahap 3)": "Champions (stage 3)",
    "lalu": "then",
    "Buka layar &Peserta": "Open the &Participants screen",
    "Coba dengan &data contoh": "Try with &demo data",
    "Laptop ini": "This laptop",
    "Perangkat:": "Device:",
    "Peran:": "Role:",
    "Tahun program:": "Programme year:",
    "— (semua kab/kota)": "— (all regencies/cities)",
    "belum ada": "none yet",
    "Beranda — {0}": "Home — {0}",
    "Angka untuk {0}.": "Figures for {0}.",
    "Angka untuk seluruh data di laptop ini.": "Figures for all data on this laptop.",
    "{0} tidak lolos": "{0} did not pass",
    "dari {0} diundang; {1} tidak hadir": "of {0} invited; {1} absent",
    "Belum ada tahun program di laptop ini. Impor bundel persiapan dari provinsi atau kab/kota di layar "
    "Sinkronisasi.":
        "There is no programme year on this laptop yet. Import a setup bundle from the province or "
        "regency/city on the Sync screen.",
    "Belum ada peserta — impor berkas pendaftar di layar Peserta.":
        "No participants yet — import a registrant file on the Participants screen.",
    "Belum ada peserta — impor berkas pendaftar di layar Peserta atau coba data contoh.":
        "No participants yet — import a registrant file on the Participants screen or try the demo data.",
    "Langkah berikutnya: seleksi administrasi pendaftar di layar Peserta (Keputusan administrasi…, Ctrl+D), "
    "lalu undang yang lolos ke audisi tahap 1.":
        "Next step: screen the registrants administratively on the Participants screen (Administration "
        "decision…, Ctrl+D), then invite those who pass to the stage 1 audition.",
    "Langkah berikutnya: atur lokasi audisi dan panel, lalu undang peserta tahap 1.":
        "Next step: set up audition venues and panels, then invite the stage 1 participants.",
    "Langkah berikutnya: catat kehadiran dan nilai juri di layar Kehadiran dan Penilaian.":
        "Next step: record attendance and juror scores on the Attendance and Scoring screens.",
    "Lihat peringkat dan rekapitulasi di layar Hasil.":
        "See the rankings and recapitulation on the Results screen.",

    # ---------------------------------------------------------------- peserta, import wizard
    "No. daftar": "Reg. no.",
    "Pimpinan": "Leader",
    "Produk": "Product",
    "Bidang usaha": "Business field",
    "No. HP": "Mobile no.",
    "Tgl. daftar": "Reg. date",
    "Cari nama, NSPP, no. daftar, produk… (Ctrl+F)": "Search name, NSPP, reg. no., product… (Ctrl+F)",
    "&Impor pendaftar…": "&Import registrants…",
    "Semua kecamatan": "All districts",
    "Semua kategori": "All categories",
    "Semua bidang usaha": "All business fields",
    "Semua status": "All statuses",
    "Kategori usaha": "Business category",
    "Hapus filter": "Clear filters",
    "{0} dari {1} pesantren": "{0} of {1} pesantren",
    "Belum ada peserta pada tahun program ini. Tekan \"Impor pendaftar…\" untuk memuat berkas Excel "
    "pendaftar "
    "dari kab/kota, atau buat data contoh di Beranda.":
        "No participants in this programme year yet. Press \"Import registrants…\" to load a registrant "
        "Excel file from a regency/city, or create demo data on the Home screen.",
    "Tidak ada pesantren yang cocok dengan pencarian dan filter ini. Tekan \"Hapus filter\" untuk melihat "
    "semuanya.":
        "No pesantren match this search and these filters. Press \"Clear filters\" to see them all.",
    "Impor pendaftar": "Import registrants",
    "Duplikat (dilewati)": "Duplicate (skipped)",
    "Pilih berkas pendaftar": "Choose the registrant file",
    "Berkas Excel (.xlsx) dari kantor kab/kota. Semua lembar dibaca; baris judul dan variasi nama kolom "
    "dikenali otomatis.":
        "Excel file (.xlsx) from the regency/city office. All sheets are read; title rows and variants "
        "of column names are recognised automatically.",
    "Lokasi berkas .xlsx": "Path of the .xlsx file",
    "&Pilih berkas…": "&Choose file…",
    "Mode ketat: jangan simpan apa pun bila ada baris yang ditolak":
        "Strict mode: save nothing if any row is rejected",
    "Berkas tidak ditemukan: {0}": "File not found: {0}",
    "Hanya berkas .xlsx yang dapat dibaca. Simpan ulang berkas dari Excel sebagai .xlsx.":
        "Only .xlsx files can be read. Save the file again from Excel as .xlsx.",
    "Pratinjau": "Preview",
    "Belum ada yang disimpan. Periksa baris yang diterima dan ditolak, lalu tekan Impor.":
        "Nothing has been saved yet. Check the accepted and rejected rows, then press Import.",
    "&Impor": "&Import",
    "Baris": "Row",
    "Tindakan": "Action",
    "Kolom": "Column",
    "Pesan": "Message",
    "&Simpan daftar kesalahan…": "&Save error list…",
    "Diterima ({0})": "Accepted ({0})",
    "Ditolak ({0})": "Rejected ({0})",
    "Peringatan ({0})": "Warnings ({0})",
    "Membaca berkas…": "Reading file…",
    "Memeriksa berkas pendaftar…": "Checking the registrant file…",
    "{0} baru, {1} diperbarui, {2} tidak berubah, {3} ditolak.":
        "{0} new, {1} updated, {2} unchanged, {3} rejected.",
    "Mode ketat: tidak ada yang akan disimpan selama masih ada baris yang ditolak. Perbaiki berkasnya lalu "
    "pilih lagi.":
        "Strict mode: nothing will be saved while any row is rejected. Fix the file, then choose it again.",
    "Baris yang ditolak dilewati; simpan daftar kesalahannya, perbaiki, lalu impor lagi.":
        "Rejected rows are skipped; save the error list, fix the rows, then import again.",
    "Pemeriksaan dibatalkan.": "Check cancelled.",
    "Simpan daftar kesalahan": "Save error list",
    "Daftar kesalahan disimpan: {0}": "Error list saved: {0}",
    "Menyimpan…": "Saving…",
    "Mengimpor pendaftar…": "Importing registrants…",
    "Impor selesai: {0} pesantren baru, {1} diperbarui, {2} tidak berubah.":
        "Import finished: {0} new pesantren, {1} updated, {2} unchanged.",
    "Tidak ada yang disimpan.": "Nothing was saved.",
    "{0} baris ditolak dan dilewati.": "Rows rejected and skipped: {0}.",
    "Impor dibatalkan. Tidak ada data yang diubah.": "Import cancelled. No data was changed.",
    "Impor gagal; tidak ada data yang diubah.": "Import failed; no data was changed.",

    # ---------------------------------------------------------------- kehadiran
    "Koreksi kehadiran": "Correct attendance",
    "Catat kehadiran": "Record attendance",
    "Datang &terlambat": "Arrived &late",
    "Perwakilan &1:": "Representative &1:",
    "Perwakilan &2:": "Representative &2:",
    "Petugas:": "Officer:",
    "Nama, NSPP atau nomor pendaftaran — atau pindai kartu peserta":
        "Name, NSPP or registration number — or scan the participant card",
    "&Cari / pindai:": "&Search / scan:",
    "No. pendaftaran": "Registration no.",
    "Perwakilan": "Representatives",
    "Jam": "Time",
    "Petugas": "Officer",
    "&Hadir…": "&Present…",
    "Semua": "All",
    "Tam&pilkan:": "Sho&w:",
    "&Tidak hadir": "&Absent",
    "Belum datang": "Not yet arrived",
    "Belum ada lokasi audisi. Koordinator mengatur lokasi dan panel lebih dulu.":
        "No audition venue yet. The coordinator sets up venues and panels first.",
    "terlambat": "late",
    "Diharapkan {0} · Hadir {1} · Tidak hadir {2} · Belum datang {3}":
        "Expected {0} · Present {1} · Absent {2} · Not yet arrived {3}",
    "{0} pesantren cocok; pilih lalu Enter.": "Matching pesantren: {0}; select one and press Enter.",
    "Tidak ada pesantren yang cocok dengan '{0}' di lokasi ini.": "No pesantren at this venue matches '{0}'.",
    "Tandai {0} tidak hadir?": "Mark {0} as absent?",
    "{0} tercatat tidak hadir.": "{0} recorded as absent.",
    "Kehadiran {0} dikoreksi.": "Attendance of {0} corrected.",

    # ---------------------------------------------------------------- penilaian
    "Koreksi nilai": "Correct score",
    "&Nilai baru:": "&New score:",
    "mis. salah baca tulisan juri": "e.g. juror's handwriting misread",
    "Lembar nilai juri": "Juror's score sheet",
    "Kriteria yang sedang diisi": "Criterion being scored",
    "Ubah nilai yang sudah dikunci, dengan alasan (koordinator/admin)":
        "Change a locked score, with a reason (coordinator/admin)",
    "Periksa kelengkapan, lalu kunci lembar dengan PIN juri":
        "Check completeness, then lock the sheets with the juror's PIN",
    "&Lembar juri": "Juror s&heets",
    "&Entri kertas": "Paper en&try",
    "Papan ke&majuan": "Progress &board",
    "&Kirim && kunci…": "&Submit && lock…",
    "Kirim & kunci": "Submit & lock",
    "Belum ada panel yang dapat Anda buka.": "There is no panel you can open yet.",
    "Lembar sudah dikunci; hanya koordinator yang dapat mengoreksi.":
        "The sheet is locked; only a coordinator can correct it.",
    "Kirim dan kunci {0} lembar penilaian?\n\nSetelah dikunci nilai tidak dapat diubah; hanya koordinator "
    "yang dapat mengoreksi dengan alasan.":
        "Submit and lock {0} score sheets?\n\nOnce locked, the scores cannot be changed; only a coordinator "
        "can correct them, with a reason.",
    "{0}\nbobot {1}": "{0}\nweight {1}",
    "(bobot {0}; isi {1})": "(weight {0}; enter {1})",
    "Komentar: catatan singkat untuk pesantren ini (boleh kosong).":
        "Comment: a short note on this pesantren (may be left empty).",
    "Petugas hanya melihat; nilai dari kertas dientri di tab Entri kertas.":
        "Officers can only view; scores from paper are entered on the Paper entry tab.",
    "Dinilai {0} dari {1} · belum {2}": "Scored {0} of {1} · {2} to go",
    "Tersimpan: {0} = {1}": "Saved: {0} = {1}",
    "PIN juri {0} (6 angka):": "PIN of juror {0} (6 digits):",
    "{0} lembar dikunci.": "Sheets locked: {0}.",
    "{0} — {1} (bobot {2}):": "{0} — {1} (weight {2}):",
    "Isi laptop ini dengan data contoh? Peserta, juri, akun dan nilai contoh semuanya fiktif dan hanya "
    "untuk mencoba; jangan dipakai pada laptop yang akan dibawa ke lokasi audisi.":
        "Fill this laptop with demo data? The participants, jurors, accounts and scores are all fictitious "
        "and only for trying the application; do not use it on a laptop that will go to an audition venue.",
    "Data contoh": "Demo data",
    "Akun data contoh": "Demo accounts",
    "Koordinator": "Coordinator",
    "Kata sandi / PIN": "Password / PIN",
    "Data contoh {0} siap. Masuk dengan salah satu akun di bawah (menu Pengguna → Ganti pengguna).":
        "Demo data {0} is ready. Sign in with one of the accounts below (menu User → Switch user).",
    "Juri {0} belum menilai: masuk sebagai {0} untuk mencoba lembar penilaian yang masih kosong.":
        "Juror {0} has not scored yet: sign in as {0} to try a score sheet that is still empty.",
    "Nama pen&gguna:": "&Username:",
    "Nama l&engkap:": "&Full name:",
    "Kata &sandi:": "Pass&word:",
    "{0}, kriteria {1} — {2}": "{0}, criterion {1} — {2}",
    "Koreksi tersimpan.": "Correction saved.",
    "Total": "Total",
    "Komentar": "Comment",
    "Komentar:": "Comment:",
    "{0} — {1} (bobot {2}; {3})": "{0} — {1} (weight {2}; {3})",
    "{0} — {1}; isi {2}": "{0} — {1}; enter {2}",
    "Belum": "Not yet",
    "Kertas: entri 1": "Paper: entry 1",
    "Kertas: selisih": "Paper: differences",
    "Pindai kode QR lembar penilaian lalu Enter": "Scan the score sheet's QR code, then press Enter",
    "&Pindai QR:": "&Scan QR:",
    "Pe&santren:": "&Pesantren:",
    "Nilai pada lembar kertas": "Scores on the paper sheet",
    "&Simpan entri": "Sa&ve entry",
    "Selisih kedua entri": "Differences between the two entries",
    "Kode": "Code",
    "Kriteria": "Criterion",
    "Entri 1": "Entry 1",
    "Entri 2": "Entry 2",
    "Sele&saikan selisih": "&Resolve differences",
    "Panel pada kode QR ini tidak ada di laptop ini.": "The panel in this QR code is not on this laptop.",
    "Pilih panel, juri dan pesantren, atau pindai kode QR lembar.":
        "Choose the panel, juror and pesantren, or scan the sheet's QR code.",
    "Belum ada entri kertas. Ketik nilai dari lembar (entri ke-1).":
        "No paper entry yet. Type the scores from the sheet (1st entry).",
    "Entri ke-1 oleh {0}. Petugas lain mengetik ulang lembar ini tanpa melihat entri pertama (entri ke-2).":
        "1st entry by {0}. Another officer retypes this sheet without seeing the first entry (2nd entry).",
    "Kedua entri berbeda (oleh {0}). Orang ketiga memilih nilai yang benar dengan alasan.":
        "The two entries differ (by {0}). A third person chooses the correct score and gives a reason.",
    "Lembar terverifikasi.": "Sheet verified.",
    "Lembar ini sudah dikunci di laptop juri; tidak perlu entri kertas.":
        "This sheet is already locked on the juror's laptop; no paper entry is needed.",
    "Nilai benar {0}:": "Correct score {0}:",
    "Diharapkan": "Expected",
    "Terisi": "Entered",
    "Belum ada lokasi audisi.": "No audition venue yet.",
    "{0} dari {1} lembar sudah terhitung (terkunci/terverifikasi).":
        "{0} of {1} sheets counted (locked/verified).",

    # ---------------------------------------------------------------- hasil
    "Tinjau tanda varians": "Review variance flag",
    "Diterima apa adanya": "Accepted as is",
    "Sudah dikoreksi": "Already corrected",
    "mis. sudah dikonfirmasi dengan juri": "e.g. confirmed with the juror",
    "&Keputusan:": "&Decision:",
    "Alasan wajib diisi.": "A reason is required.",
    "Keputusan sidang pleno": "Plenary decision",
    "nama anggota, dipisah koma": "member names, separated by commas",
    "Ketua &sidang:": "&Chair:",
    "A&nggota:": "&Members:",
    "Alasan dan nama ketua sidang wajib diisi.": "The reason and the name of the chair are required.",
    "Juri jauh dari median": "Juror far from median",
    "Profil datar": "Flat profile",
    "Kriteria kosong": "Empty criterion",
    "Konflik ringan": "Minor conflict",
    "Lembar belum final": "Sheet not final",
    "Pleno": "Plenary",
    "Diperiksa": "Checked",
    "Disegel": "Sealed",
    "Digabung": "Merged",
    "Disahkan pleno": "Approved in plenary",
    "Diumumkan": "Published",
    "&Kab/Kota:": "&Regency/city:",
    "&Jalur:": "&Track:",
    "Semua jalur": "All tracks",
    "&Bidang:": "&Field:",
    "Semua bidang": "All fields",
    "A&gregat:": "&Aggregate:",
    "Bawaan tahap": "Stage default",
    "Rata-rata": "Mean",
    "Rata-rata terpangkas": "Trimmed mean",
    "Median": "Median",
    "&Muat ulang": "Re&load",
    "Peringkat": "Ranking",
    "Tanda varians": "Variance flags",
    "Daftar cusp": "Cusp list",
    "Dikecualikan": "Excluded",
    "Status && pleno": "Status && plenary",
    "Grafik": "Charts",
    "&Keputusan pleno…": "&Plenary decision…",
    "Tampilan:": "View:",
    "Tanda": "Flag",
    "Alasan tinjauan": "Review reason",
    "&Tinjau tanda…": "Re&view flag…",
    "Tiga terakhir yang lolos dan tiga pertama yang tidak lolos di setiap garis kuota/ambang, untuk "
    "ditinjau ulang.":
        "The last three who pass and the first three who do not at each quota/threshold line, for a second "
        "look.",
    "Kelompok": "Group",
    "Jalur": "Track",
    "Posisi": "Position",
    "Nama": "Name",
    "Sebab": "Reason",
    "Lingkup": "Scope",
    "&Periksa lokasi": "C&heck venue",
    "&Segel lokasi": "S&eal venue",
    "&Gabungkan": "&Merge",
    "Sa&hkan (pleno)": "Appr&ove (plenary)",
    "&Umumkan": "P&ublish",
    "Memuat peringkat…": "Loading rankings…",
    "{0} pesantren diperingkat, {1} lolos, {2} dikecualikan, {3} tanda belum ditinjau.":
        "{0} pesantren ranked, {1} passed, {2} excluded; flags not yet reviewed: {3}.",
    "{0} kelompok menunggu keputusan pleno (nilai sama di batas kuota).":
        "Groups awaiting a plenary decision (tied scores at the quota line): {0}.",
    " (kuota {0})": " (quota {0})",
    "z (diagnostik)": "z (diagnostic)",
    "Gabungan kelompok": "Whole group",
    "✓ ditinjau": "✓ reviewed",
    "terbuka": "open",
    "{0} tanda, {1} belum ditinjau. Lokasi hanya dapat disegel bila semua tanda sudah ditinjau.":
        "Flags: {0}, not yet reviewed: {1}. A venue can only be sealed once every flag has been reviewed.",
    "masuk": "in",
    "keluar": "out",
    "Belum ada nilai sah": "No valid score yet",
    "Lembar tidak lengkap": "Sheet incomplete",
    "Pilih satu tanda di tabel terlebih dahulu.": "Select a flag in the table first.",
    "Pilih satu pesantren di tabel peringkat terlebih dahulu.":
        "Select a pesantren in the ranking table first.",
    "{0} — peringkat {1}, nilai {2}, hasil saat ini: {3}.": "{0} — rank {1}, score {2}, current result: {3}.",
    "Pilih satu lokasi di tabel status terlebih dahulu.": "Select a venue in the status table first.",
    "Tandai hasil lokasi {0} sudah diperiksa?": "Mark the results of venue {0} as checked?",
    "Segel hasil lokasi {0}? Setelah disegel, koreksi membuat versi baru.":
        "Seal the results of venue {0}? After sealing, corrections create a new version.",
    "Provinsi Jawa Barat": "West Java Province",
    "Gabungkan hasil lokasi yang sudah disegel untuk {0}?": "Merge the sealed venue results for {0}?",
    "Sahkan hasil sidang pleno untuk {0}? Status setiap pesantren akan diperbarui (lolos/tidak lolos).":
        "Approve the plenary results for {0}? The status of every pesantren will be updated (passed/not "
        "passed).",
    "Umumkan hasil yang sudah disahkan untuk {0}?": "Publish the approved results for {0}?",
    "Corong program": "Programme funnel",
    "Kemajuan penilaian per lokasi": "Scoring progress per venue",
    "Lembar final": "Final sheets",
    "Belum final": "Not final",
    "Sebaran nilai per juri": "Score distribution per juror",
    "Total lembar (0–100)": "Sheet total (0–100)",

    # ---------------------------------------------------------------- cetak
    "Lembar Penilaian (per juri dan pesantren)": "Score Sheet (per juror and pesantren)",
    "Lembar Penilaian Panel (per juri, semua pesantren)": "Panel Score Sheet (per juror, all pesantren)",
    "Daftar Hadir": "Attendance List",
    "Kartu Peserta": "Participant Cards",
    "Rekapitulasi Nilai": "Score Recapitulation",
    "Berita Acara Hasil Audisi": "Official Minutes of Audition Results",
    "Laporan Juri": "Juror Report",
    "Dokumen": "Document",
    "&Dokumen:": "&Document:",
    "&Cakupan:": "S&cope:",
    "&Pilihan:": "C&hoice:",
    "&Kertas:": "&Paper:",
    "K&osong (tanpa nilai dan nama yang sudah tercatat)": "&Blank (without recorded scores and names)",
    "&Buat PDF": "C&reate PDF",
    "Pilih dokumen dan cakupan, lalu tekan Buat PDF.": "Choose a document and scope, then press Create PDF.",
    "C&etak…": "Pr&int…",
    "B&uka PDF": "&Open PDF",
    "&Simpan sebagai…": "Save &as…",
    "Pratinjau tidak tersedia; gunakan Buka PDF.": "Preview not available; use Open PDF.",
    "Pilih {0} lebih dahulu.": "Choose the {0} first.",
    "Menyusun PDF…": "Building the PDF…",
    "Menyusun PDF": "Building the PDF",
    "{0} halaman siap: {1}": "Pages ready: {0} — {1}",
    "Dibatalkan; tidak ada berkas yang ditulis.": "Cancelled; no file was written.",
    "Gagal menyusun PDF.": "Could not build the PDF.",
    "Tidak ada aplikasi untuk membuka PDF. Berkasnya ada di {0}":
        "No application is available to open PDFs. The file is at {0}",
    "Simpan PDF": "Save PDF",
    "Dokumen PDF (*.pdf)": "PDF documents (*.pdf)",
    "Disimpan ke {0}": "Saved to {0}",
    "Cetak dokumen": "Print document",
    "Printer tidak dapat dibuka.": "The printer could not be opened.",
    "{0} halaman dikirim ke printer.": "Pages sent to the printer: {0}.",

    # ---------------------------------------------------------------- pengaturan
    "Umum": "General",
    "&Bahasa:": "&Language:",
    "&Ukuran kertas bawaan:": "Default &paper size:",
    "Data dan cadangan": "Data and backups",
    "Basis data:": "Database:",
    "Folder cadangan:": "Backup folder:",
    "&Jumlah cadangan disimpan:": "&Backups to keep:",
    "&Buka folder data": "&Open data folder",
    "Buat &cadangan sekarang": "Back up &now",
    "Perangkat ini: {0} — peran {1}, kab/kota {2}, program {3}":
        "This device: {0} — role {1}, regency/city {2}, programme {3}",
    "Cadangan dibuat: {0}": "Backup created: {0}",

    # ---------------------------------------------------------------- sinkronisasi
    "Provinsi (hasil)": "Province (results)",
    "Semua data (salinan lengkap)": "All data (full copy)",
    "Penyiapan untuk {0} {1}": "Setup for {0} {1}",
    "&Penerima:": "&Recipient:",
    "Kirim semua rekaman (bukan hanya yang baru)": "Send all records (not only new ones)",
    "Segel (enkripsi) untuk provinsi": "Seal (encrypt) for the province",
    "&Ekspor bundel…": "&Export bundle…",
    "Ekspor": "Export",
    "Simpan bundel": "Save bundle",
    "Bundel OPOP (*.opop)": "OPOP bundles (*.opop)",
    "Bundel ditulis: {0} ({1} rekaman).": "Bundle written: {0} ({1} records).",
    "Menulis bundel…": "Writing bundle…",
    "&Pilih bundel…": "&Choose bundles…",
    "Berkas": "File",
    "Berkas {0}": "{0} file",
    "Folder": "Folder",
    "Kesalahan tak terduga": "Unexpected error",
    "Rincian tersimpan di berkas log:\n{0}": "The details are saved in the log file:\n{0}",
    "&Salin detail": "&Copy details",
    "Tersalin": "Copied",
    "Dari": "From",
    "Jenis": "Type",
    "Sama": "Same",
    "Konflik": "Conflicts",
    "Pilih bundel": "Choose bundles",
    "siap digabung": "ready to merge",
    "digabungkan": "merged",
    "sudah pernah digabung": "already merged",
    "dikarantina": "quarantined",
    "tanda terima": "receipt",
    "ditolak": "rejected",
    "dibatalkan": "cancelled",
    "tidak digabungkan": "not merged",
    "{0} dari {1} berkas digabungkan.": "{0} of {1} files merged.",
    "Dibatalkan: berkas yang belum diproses tidak digabungkan.": "Cancelled: files not yet processed were not merged.",
    "Tidak dikirim (perangkat ini tidak berwenang mengirimnya): {0}.":
        "Not sent (this device may not send them): {0}.",
    "Pratinjau: periksa lalu tekan Gabungkan.": "Preview: check, then press Merge.",
    "Memeriksa bundel…": "Checking bundles…",
    "Tanda terima: {0}": "Receipt: {0}",
    "Menggabungkan bundel…": "Merging bundles…",
    "Perangkat": "Device",
    "Id perangkat": "Device ID",
    "Sidik jari": "Fingerprint",
    "&Percayai perangkat": "&Trust device",
    "Karantina": "Quarantine",
    "Percayai perangkat {0}?\n\nBandingkan sidik jari ini dengan yang tampil di laptop pengirim (mis. lewat "
    "telepon):\n\n{1}":
        "Trust device {0}?\n\nCompare this fingerprint with the one shown on the sending laptop "
        "(e.g. over the phone):\n\n{1}",
    "Laptop": "Laptop",
    "wajib, mis. dicocokkan dengan lembar kertas": "required, e.g. checked against the paper sheet",
    "Nilai &baru (opsional):": "&New score (optional):",
    "Pakai versi &terpilih": "&Use selected version",
    "Simpan &nilai baru": "Save ne&w score",
    "Pilih salah satu versi pada daftar konflik.": "Select one version in the conflict list.",
    "Nomor urut yang diterima per perangkat:": "Sequence numbers received per device:",
    "Diterima": "Received",
    "Celah": "Gaps",
    "Cadangan": "Backups",
    "Ukuran": "Size",
    "Buat &cadangan": "&Back up now",
    "&Pulihkan cadangan terpilih": "Re&store selected backup",
    "Pulihkan {0}? Basis data saat ini dicadangkan dulu.":
        "Restore {0}? The current database is backed up first.",
    "Dipulihkan dari {0}.": "Restored from {0}.",
    " Isi cadangan: program {0}, skema {1}.": " The backup holds: programme {0}, schema {1}.",

    # ---------------------------------------------------------------- setup (venues, panels, jurors)
    "Lokasi audisi baru": "New audition venue",
    "&Nama lokasi:": "Venue &name:",
    "&Alamat:": "&Address:",
    "&Tanggal:": "&Date:",
    "&Kab/kota dilayani:": "&Regencies/cities served:",
    "Panel baru": "New panel",
    "Lokasi: {0}": "Venue: {0}",
    "mis. Ruang 1": "e.g. Ruang 1",
    "&Nama panel / ruang:": "Panel / room &name:",
    "Juri baru": "New juror",
    "&Nama:": "&Name:",
    "&Instansi:": "&Institution:",
    "&Unsur:": "&Element:",
    "&Telepon:": "&Phone:",
    "Tugaskan juri": "Assign juror",
    "Belum ada juri lain. Gunakan \"Juri baru\".": "No other jurors yet. Use \"New juror\".",
    "Tambah pesantren ke urutan tampil": "Add pesantren to the running order",
    "Nama, NSPP atau nomor pendaftaran": "Name, NSPP or registration number",
    "&Cari:": "&Search:",
    "Tidak ada pesantren kab/kota lokasi ini yang dapat diundang: semua sudah ada di sebuah panel, atau belum "
    "ada yang lolos tahap sebelumnya (hasil disahkan provinsi).":
        "No pesantren of this venue's regency/city can be invited: all are already in a panel, or none has "
        "passed the previous stage yet (results approved by the province).",
    "mis. 09:30": "e.g. 09:30",
    "&Jam tampil:": "&Time slot:",
    "Instansi": "Institution",
    "Unsur": "Element",
    "Peringatan konflik": "Conflict warning",
    "Urutan": "Order",
    "Juri panel": "Panel jurors",
    "Urutan tampil": "Running order",
    "Pilih sebuah panel untuk melihat juri dan urutan tampilnya.": "Select a panel to see its jurors and running order.",
    "{0} ditugaskan dengan peringatan (tercatat): {1}": "{0} assigned with a warning (recorded): {1}",
    "{0} ditugaskan ke panel.": "{0} assigned to the panel.",
    "{0} ditambahkan dengan peringatan (tercatat): {1}": "{0} added with a warning (recorded): {1}",
    "{0} ditambahkan ke urutan tampil.": "{0} added to the running order.",
    "Tu&gaskan juri…": "Assi&gn juror…",
    "&Juri baru…": "New &juror…",
    "Tambah pe&santren…": "&Add pesantren…",
    "Na&ik": "Move u&p",
    "T&urun": "Move &down",
    "Ja&m tampil…": "Set &time…",
    "Jam tampil": "Time slot",
    "Jam tampil {0} (mis. 09:30):": "Time slot of {0} (e.g. 09:30):",
    "Persiapan": "Setup",
    "Masuk sebagai admin atau koordinator untuk mengubah persiapan.":
        "Sign in as an admin or coordinator to change the setup.",
    "&Lokasi && panel": "&Venues && panels",
    "&Konflik kepentingan": "&Conflicts of interest",
    "&Rubrik": "&Rubric",
    "&Akun pengguna": "User acc&ounts",
    "Tanggal": "Date",
    "Kab/kota dilayani": "Regencies/cities served",
    "Alamat": "Address",
    "Tambah l&okasi…": "Add ven&ue…",
    "Tambah pa&nel…": "Add pa&nel…",
    "Lokasi audisi tahap ini": "This stage's audition venues",
    "Panel (ruang) di lokasi terpilih": "Panels (rooms) at the selected venue",
    "Lokasi {0} ditambahkan.": "Venue {0} added.",
    "{0} ditambahkan di {1}.": "{0} added at {1}.",
    # conflicts of interest
    "Ubah konflik kepentingan": "Edit conflict of interest",
    "Konflik kepentingan baru": "New conflict of interest",
    "&Terhadap:": "&Applies to:",
    "&Pesantren / kecamatan:": "&Pesantren / district:",
    "Je&nis:": "&Type:",
    "T&ingkat:": "&Severity:",
    "C&atatan:": "&Note:",
    "alumni": "alumnus",
    "keluarga": "family",
    "mitra usaha": "business partner",
    "yayasan yang sama": "same foundation",
    "lainnya": "other",
    "berat (ditolak)": "hard (refused)",
    "ringan (peringatan)": "soft (warning)",
    "Pesantren / kecamatan": "Pesantren / district",
    "Tingkat": "Severity",
    "Catatan": "Note",
    "Ta&mbah…": "&Add…",
    "&Ubah…": "&Edit…",
    "&Hapus…": "&Delete…",
    "kecamatan {0}": "district {0}",
    "Konflik {0} tercatat.": "Conflict {0} recorded.",
    "Konflik {0} diubah.": "Conflict {0} changed.",
    "Hapus konflik kepentingan": "Delete conflict of interest",
    "Alasan menghapus konflik {0} — {1}:": "Reason for deleting the conflict {0} — {1}:",
    "Konflik dihapus.": "Conflict deleted.",
    # rubric
    "Deskripsi": "Description",
    "Bobot": "Weight",
    "Min": "Min",
    "Maks": "Max",
    "Kelipatan": "Step",
    "Tambah kr&iteria": "Add cr&iterion",
    "&Hapus kriteria": "&Delete criterion",
    "Muat &ulang": "Re&load",
    "&Simpan": "S&ave",
    "Tahap ini belum memiliki rubrik.": "This stage has no rubric yet.",
    "<b>{0}</b>, versi {1}.": "<b>{0}</b>, version {1}.",
    "Rubrik ini sudah dipakai untuk penilaian (dibekukan): menyimpan perubahan membuat versi {0}; "
    "lembar yang sudah dinilai tetap memakai versi {1}.":
        "This rubric has already been used for scoring (frozen): saving changes creates version {0}; "
        "sheets already scored keep version {1}.",
    "Hanya admin provinsi yang dapat mengubah rubrik.": "Only the province admin can change the rubric.",
    "Jumlah bobot: {0} (harus 100)": "Total weight: {0} (must be 100)",
    "Rubrik versi {0} sudah dipakai untuk penilaian. Simpan sebagai versi {1}?":
        "Rubric version {0} has already been used for scoring. Save as version {1}?",
    "Rubrik disimpan (versi {0}).": "Rubric saved (version {0}).",
    # accounts
    "Hanya admin provinsi yang dapat melihat dan mengatur akun pengguna.":
        "Only the province admin can view and manage user accounts.",
    "Nama pengguna": "Username",
    "Peran": "Role",
    "Kab/kota": "Regency/city",
    "Aktif": "Active",
    "Ya": "Yes",
    "Tidak": "No",
    "Ta&mbah akun…": "&Add account…",
    "Atur ulang &sandi/PIN…": "Reset pass&word/PIN…",
    "&Nonaktifkan": "&Deactivate",
    "Akti&fkan": "Ac&tivate",
    "Akun {0} dibuat.": "Account {0} created.",
    "Kata sandi/PIN {0} diganti.": "Password/PIN of {0} changed.",
    "Nonaktifkan akun {0}?": "Deactivate account {0}?",
    "Akun {0} {1}.": "Account {0} {1}.",
    "diaktifkan": "activated",
    "dinonaktifkan": "deactivated",
    "Atur ulang kata sandi / PIN": "Reset password / PIN",
    "Akun: {0} ({1})": "Account: {0} ({1})",
    "P&IN (6 angka):": "P&IN (6 digits):",
    "PIN harus tepat 6 angka.": "The PIN must be exactly 6 digits.",
    "Kata sandi wajib diisi.": "A password is required.",
    "Kedua kata sandi tidak sama.": "The two passwords differ.",
    "Akun baru": "New account",
    "(tidak ada)": "(none)",
    "&Peran:": "R&ole:",
    "Data &juri:": "&Juror record:",
    "Kab/kot&a:": "Regency/cit&y:",
    "Nama pengguna wajib diisi.": "A username is required.",
    "Pilih data juri untuk akun juri (tambahkan juri di tab Lokasi & panel).":
        "Choose the juror record for a juror account (add jurors on the Venues & panels tab).",
    # ---------------------------------------------------------------- administration selection
    "Kab/kota (hasil dari laptop lokasi ini)": "Regency/city (results from this venue laptop)",
    "Keputusan seleksi administrasi": "Administration selection decision",
    " dan {0} lainnya": " and {0} more",
    "Pesantren: {0}": "Pesantren: {0}",
    "&Lolos administrasi": "&Passed administration",
    "&Tidak lolos administrasi": "&Failed administration",
    "mis. berkas proposal tidak lengkap": "e.g. proposal documents incomplete",
    "Alasan wajib diisi untuk 'tidak lolos'.": "A reason is required for 'failed'.",
    "&Keputusan administrasi…": "Administration &decision…",
    "Lolos / tidak lolos seleksi administrasi untuk pesantren terpilih (Ctrl+D)":
        "Passed / failed administration selection for the selected pesantren (Ctrl+D)",
    "Keputusan administrasi disimpan: {0} lolos, {1} tidak lolos.":
        "Administration decisions saved: {0} passed, {1} failed.",
}

# core/labels.py display labels (context "labels") and core funnel steps (context "FunnelChart").
LABELS: dict[str, str] = {
    "Tidak lolos administrasi": "Failed administration",
    "Juara (lolos tahap 3)": "Champion (passed stage 3)",
    "Admin provinsi": "Province admin",
    "Koordinator kab/kota": "Regency/city coordinator",
    "Petugas lokasi": "Venue officer",
    "Akademisi": "Academics",
    "Pelaku usaha": "Business",
    "Komunitas": "Community",
    "Pemerintah": "Government",
    "Media": "Media",
    "Lokasi audisi": "Audition venue",
    "Juara": "Champions",
}
for _n in (1, 2, 3):
    LABELS.update({
        f"Diundang tahap {_n}": f"Invited to stage {_n}",
        f"Hadir tahap {_n}": f"Present at stage {_n}",
        f"Tidak hadir tahap {_n}": f"Absent at stage {_n}",
        f"Lolos tahap {_n}": f"Passed stage {_n}",
        f"Tidak lolos tahap {_n}": f"Did not pass stage {_n}",
    })
EN.update({k: v for k, v in LABELS.items() if k not in EN})

BY_CONTEXT: dict[tuple[str, str], str] = {
    ("ProgressBoardWidget", "Belum masuk"): "Outstanding",
    ("PreviewPage", "Lembar"): "Sheet",
    ("SinkronisasiScreen", "&Alasan:"): "Re&ason:",
    ("PaperEntryWidget", "&Alasan:"): "Re&ason:",
}


def translation_for(context: str, source: str) -> str | None:
    return BY_CONTEXT.get((context, source), EN.get(source))
