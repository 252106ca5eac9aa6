"""Messages of setting up and running a programme year: core/services (accounts, venues, panels,
jurors, conflicts of interest, rubric, administration selection, invitations, backups, audit,
progress) and the rules beside them (permissions.py, security.py, db.py, models/)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Fields named in where= (the place of an error in a form or a command).
    "setup.field_pin": ("PIN", "PIN"),
    "setup.field_password": ("kata sandi", "password"),
    "setup.field_username": ("nama pengguna", "username"),
    "setup.field_role": ("peran", "role"),
    "setup.field_juror": ("juri", "juror"),
    "setup.field_venue_name": ("nama lokasi", "venue name"),
    "setup.field_regency": ("kab/kota", "regency/city"),
    "setup.field_juror_name": ("nama juri", "juror name"),
    "setup.field_element": ("unsur", "element"),
    "setup.field_time_slot": ("jam tampil", "time slot"),
    "setup.field_conflict": ("konflik kepentingan", "conflict of interest"),
    "setup.field_district": ("kecamatan", "district"),
    "setup.field_kind": ("jenis", "kind"),
    "setup.field_severity": ("tingkat", "severity"),
    "setup.field_rubric": ("rubrik", "rubric"),
    "setup.field_criterion": ("kriteria", "criterion"),
    "setup.field_weight": ("bobot", "weight"),
    "setup.field_min_score": ("nilai minimum", "minimum score"),
    "setup.field_max_score": ("nilai maksimum", "maximum score"),
    "setup.field_step": ("kelipatan", "step"),
    "setup.field_backups_kept": ("cadangan disimpan", "backups kept"),

    # Lists of sentences or phrases that are joined by something other than a comma.

    # security.py: PINs and passwords
    "setup.pin_six_digits": ("PIN harus tepat 6 angka.", "The PIN must be exactly 6 digits."),
    "setup.password_too_short": (
        "Kata sandi minimal {length} karakter.",
        "The password must have at least {length} characters."),

    # permissions.py: who may do what
    "setup.role_nobody": ("Pengguna yang belum masuk", "A user who has not signed in"),
    "setup.role_admin": ("Admin provinsi", "The province admin"),
    "setup.role_coordinator": ("Koordinator kab/kota", "The regency/city coordinator"),
    "setup.role_officer": ("Petugas lokasi", "The venue officer"),
    "setup.role_juror": ("Juri", "A juror"),
    "setup.denied": ("{role} tidak boleh {action}.", "{role} may not {action}."),
    "setup.denied_scope": (
        "Koordinator kab/kota {scope} hanya boleh {action} untuk kab/kotanya sendiri ({owner}).",
        "The coordinator of regency/city {scope} may {action} only for their own regency/city "
        "({owner})."),
    "setup.owner_regency": ("data ini milik kab/kota {codes}", "these data belong to regency/city {codes}"),
    "setup.owner_province": ("ini data tingkat provinsi", "these are province-level data"),
    "setup.action_screen_beranda": ("membuka Beranda", "open Home"),
    "setup.action_screen_peserta": ("membuka data peserta", "open the participants' data"),
    "setup.action_screen_persiapan": ("membuka Persiapan", "open Setup"),
    "setup.action_screen_kehadiran": ("membuka Kehadiran", "open Attendance"),
    "setup.action_screen_penilaian": ("membuka Penilaian", "open Scoring"),
    "setup.action_screen_hasil": ("membuka Hasil", "open Results"),
    "setup.action_screen_sinkronisasi": ("membuka Sinkronisasi", "open Sync"),
    "setup.action_screen_cetak": ("membuka Cetak", "open Print"),
    "setup.action_screen_pengaturan": ("membuka Pengaturan", "open Settings"),
    "setup.action_setup_manage": (
        "mengubah persiapan (lokasi, panel, juri, urutan tampil, konflik)",
        "change the set-up (venues, panels, jurors, order of appearance, conflicts)"),
    "setup.action_rubric_edit": ("mengubah rubrik", "change the rubric"),
    "setup.action_stage_rules": ("mengubah aturan kuota tahap", "change a stage's quota rules"),
    "setup.action_account_manage": ("membuat akun atau menonaktifkan akun", "create or deactivate accounts"),
    "setup.action_registrants_manage": (
        "mengimpor atau mengubah data pendaftar", "import or change the registrants' data"),
    "setup.action_registrants_admin_decide": (
        "memutuskan seleksi administrasi", "decide the administration selection"),
    "setup.action_attendance_record": ("mencatat kehadiran", "record attendance"),
    "setup.action_score_view": ("membuka lembar penilaian", "open score sheets"),
    "setup.action_score_enter": ("mengisi nilai di grid juri", "enter scores in the juror's grid"),
    "setup.action_score_correct": ("mengoreksi nilai", "correct scores"),
    "setup.action_score_lock": ("mengunci lembar juri", "lock a juror's sheets"),
    "setup.action_paper_enter": ("mengentri lembar kertas", "enter paper sheets"),
    "setup.action_scores_import": ("mengimpor nilai dari berkas", "import scores from a file"),
    "setup.action_print": ("mencetak dokumen", "print documents"),
    "setup.action_results_verify": ("memeriksa hasil lokasi", "check a venue's results"),
    "setup.action_results_acknowledge": ("meninjau tanda varians", "review variance flags"),
    "setup.action_results_seal": ("menyegel hasil lokasi", "seal a venue's results"),
    "setup.action_results_merge": ("menggabungkan hasil", "merge results"),
    "setup.action_results_approve": ("mengesahkan hasil pleno", "approve the plenary results"),
    "setup.action_results_publish": ("mengumumkan hasil", "publish the results"),
    "setup.action_results_override": ("mencatat keputusan pleno", "record a plenary decision"),
    "setup.action_sync_export": ("mengekspor bundel sinkronisasi", "export a sync bundle"),
    "setup.action_sync_import": (
        "mengimpor bundel sinkronisasi atau mempercayai perangkat",
        "import a sync bundle or trust a device"),
    "setup.action_sync_resolve": ("menyelesaikan konflik sinkronisasi", "resolve sync conflicts"),
    "setup.action_backup_create": ("membuat cadangan", "make a backup"),
    "setup.action_backup_restore": ("memulihkan cadangan", "restore a backup"),
    "setup.action_settings_change": ("mengubah pengaturan", "change the settings"),

    # services/accounts.py
    "setup.username_required": ("Nama pengguna wajib diisi.", "The username is required."),
    "setup.role_unknown": (
        "Peran '{role}' tidak dikenal (pilih: {choices}).", "Unknown role '{role}' (choose: {choices})."),
    "setup.first_account_admin_only": (
        "Hanya admin yang boleh membuat akun baru; silakan masuk sebagai admin.",
        "Only an admin may create new accounts; please sign in as an admin."),
    "setup.username_taken": (
        "Nama pengguna '{username}' sudah dipakai.", "The username '{username}' is already taken."),
    "setup.juror_account_needs_juror": (
        "Akun juri harus dihubungkan ke data juri yang ada.",
        "A juror account must be linked to an existing juror."),
    "setup.juror_account_needs_pin": (
        "Akun juri wajib memiliki PIN 6 angka.", "A juror account needs a 6-digit PIN."),
    "setup.password_required": (
        "Kata sandi wajib diisi untuk peran ini.", "A password is required for this role."),
    "setup.login_wrong": (
        "Nama pengguna atau kata sandi/PIN salah.", "Wrong username or password/PIN."),
    "setup.login_wrong_wait": (
        "Nama pengguna atau kata sandi/PIN salah. Tunggu {seconds} detik sebelum mencoba lagi.",
        "Wrong username or password/PIN. Wait {seconds} seconds before trying again."),
    "setup.pin_wrong": ("PIN salah.", "Wrong PIN."),
    "setup.pin_wrong_wait": (
        "PIN salah. Tunggu {seconds} detik sebelum mencoba lagi.",
        "Wrong PIN. Wait {seconds} seconds before trying again."),
    "setup.login_throttled": (
        "Terlalu banyak percobaan gagal. Coba lagi dalam {seconds} detik.",
        "Too many failed attempts. Try again in {seconds} seconds."),
    "setup.juror_no_account": (
        "Juri ini belum memiliki akun dengan PIN.", "This juror has no account with a PIN yet."),
    "setup.account_missing": ("Akun '{username}' tidak ada.", "There is no account '{username}'."),
    "setup.secret_admin_only": (
        "Hanya admin yang boleh mengganti kata sandi/PIN pengguna lain.",
        "Only an admin may change another user's password/PIN."),

    # services/setup.py: venues, panels, jurors, order of appearance, conflicts of interest
    "setup.not_found": ("{thing} dengan id '{id}' tidak ditemukan.", "{thing} with id '{id}' was not found."),
    "setup.thing_panel": ("Panel", "Panel"),
    "setup.thing_stage": ("Tahap", "Stage"),
    "setup.thing_venue": ("Lokasi", "Venue"),
    "setup.thing_juror": ("Juri", "Juror"),
    "setup.thing_pesantren": ("Pesantren", "Pesantren"),
    "setup.thing_slot": ("Urutan tampil", "Order-of-appearance slot"),
    "setup.thing_conflict": ("Konflik kepentingan", "Conflict of interest"),
    "setup.venue_name_required": ("Nama lokasi wajib diisi.", "The venue name is required."),
    "setup.regency_unknown": ("Kode kab/kota tidak dikenal: {codes}.", "Unknown regency/city code: {codes}."),
    "setup.juror_name_required": ("Nama juri wajib diisi.", "The juror's name is required."),
    "setup.element_unknown": (
        "Unsur juri '{element}' tidak dikenal (pilih: {choices}).",
        "Unknown juror element '{element}' (choose: {choices})."),
    "setup.conflict_described": (
        "Konflik kepentingan {severity}: juri {juror} — {place}, {kind}.",
        "{severity} conflict of interest: juror {juror} — {place}, {kind}."),
    "setup.conflict_described_note": (
        "Konflik kepentingan {severity}: juri {juror} — {place}, {kind} ({note}).",
        "{severity} conflict of interest: juror {juror} — {place}, {kind} ({note})."),
    "setup.severity_hard": ("berat", "Hard"),
    "setup.severity_soft": ("ringan", "Soft"),
    "setup.conflict_where_district": ("kecamatan {name}", "district {name}"),
    "setup.conflict_where_pesantren": ("pesantren {name}", "pesantren {name}"),
    "setup.kind_alumnus": ("alumni", "alumnus"),
    "setup.kind_family": ("keluarga", "family"),
    "setup.kind_business_partner": ("mitra usaha", "business partner"),
    "setup.kind_same_yayasan": ("yayasan yang sama", "the same foundation (yayasan)"),
    "setup.kind_other": ("lainnya", "other"),
    "setup.assignment_refused": ("{conflicts} Penugasan ditolak.", "{conflicts} The assignment was refused."),
    "setup.pesantren_in_other_panel": (
        "Pesantren {name} sudah ada di urutan tampil panel lain pada tahap ini.",
        "Pesantren {name} is already in the order of appearance of another panel of this stage."),
    "setup.time_slot_too_long": (
        "Jam tampil paling panjang 20 karakter.", "The time slot may have at most 20 characters."),
    "setup.conflict_one_of": (
        "Isi salah satu: pesantren atau kecamatan.", "Fill in one of the two: pesantren or district."),
    "setup.district_unknown": ("Kode kecamatan '{code}' tidak dikenal.", "Unknown district code '{code}'."),
    "setup.conflict_kind_unknown_choices": (
        "Jenis konflik '{kind}' tidak dikenal (pilih: {choices}).",
        "Unknown kind of conflict '{kind}' (choose: {choices})."),
    "setup.conflict_kind_unknown": (
        "Jenis konflik '{kind}' tidak dikenal.", "Unknown kind of conflict '{kind}'."),
    "setup.severity_invalid_explained": (
        "Tingkat konflik harus 'hard' (berat) atau 'soft' (ringan).",
        "The severity of a conflict must be 'hard' or 'soft'."),
    "setup.severity_invalid": (
        "Tingkat konflik harus 'hard' atau 'soft'.", "The severity of a conflict must be 'hard' or 'soft'."),
    "setup.deletion_reason_required": (
        "Alasan penghapusan wajib diisi.", "A reason for the deletion is required."),

    # services/rubric.py
    "setup.criterion_allowed": ("{min}–{max}, kelipatan {step}", "{min}–{max}, in steps of {step}"),
    "setup.criterion_unknown": (
        "Kriteria '{code}' tidak ada di rubrik (pilih: {codes}).",
        "Criterion '{code}' is not in the rubric (choose: {codes})."),
    "setup.not_a_number": ("'{value}' bukan angka.", "'{value}' is not a number."),
    "setup.rubric_empty": (
        "Rubrik harus memiliki minimal satu kriteria.", "A rubric needs at least one criterion."),
    "setup.rubric_criterion": ("kriteria {number} ({code})", "criterion {number} ({code})"),
    "setup.rubric_no_code": ("tanpa kode", "no code"),
    "setup.rubric_problem": ("{label}: {problem}", "{label}: {problem}"),
    "setup.rubric_code_required": ("kode wajib diisi", "the code is required"),
    "setup.rubric_code_too_long": ("kode paling panjang 8 karakter", "the code may have at most 8 characters"),
    "setup.rubric_code_twice": ("kode {code} dipakai lebih dari sekali", "code {code} is used more than once"),
    "setup.rubric_name_required": ("nama wajib diisi", "the name is required"),
    "setup.rubric_weight_positive": ("bobot harus lebih dari 0", "the weight must be more than 0"),
    "setup.rubric_min_below_max": (
        "nilai minimum ({min}) harus lebih kecil dari maksimum ({max})",
        "the minimum score ({min}) must be less than the maximum ({max})"),
    "setup.rubric_step_positive": ("kelipatan harus lebih dari 0", "the step must be more than 0"),
    "setup.rubric_range_step": (
        "rentang {min}–{max} tidak habis dibagi kelipatan {step}",
        "the range {min}–{max} is not divisible by the step {step}"),
    "setup.rubric_weight_total": (
        "jumlah bobot {total}, harus tepat 100", "the weights add up to {total}, they must make exactly 100"),
    "setup.rubric_invalid": ("Rubrik tidak valid: {problems}.", "The rubric is not valid: {problems}."),
    "setup.rubric_none": ("Tahap ini belum memiliki rubrik.", "This stage has no rubric yet."),
    "setup.rubric_missing": ("Rubrik '{id}' tidak ditemukan.", "Rubric '{id}' was not found."),
    "setup.stage_missing": ("Tahap '{id}' tidak ditemukan.", "Stage '{id}' was not found."),
    "setup.rubric_frozen": (
        "Rubrik sudah dipakai untuk penilaian dan dibekukan; perubahan membuat versi baru.",
        "The rubric has been used for scoring and is frozen; a change makes a new version."),

    # services/admin_selection.py and invitations.py
    "setup.registrant_ref_empty": (
        "Nomor pendaftaran/NSPP kosong.", "The registration number/NSPP is empty."),
    "setup.registrant_ref_missing": (
        "Pesantren dengan nomor pendaftaran/NSPP '{ref}' tidak ditemukan.",
        "No pesantren with the registration number/NSPP '{ref}' was found."),
    "setup.registrant_ref_ambiguous": (
        "'{ref}' cocok dengan {count} pesantren; pakai nomor pendaftaran.",
        "'{ref}' matches {count} pesantren; use the registration number."),
    "setup.decision_unknown": (
        "Keputusan '{decision}' tidak dikenal; pilih lolos atau tidak lolos.",
        "Unknown decision '{decision}'; choose passed or not passed."),
    "setup.failed_needs_reason": (
        "{name} ({reg_number}): alasan wajib diisi untuk 'tidak lolos'.",
        "{name} ({reg_number}): a reason is required for 'not passed'."),
    "setup.pesantren_missing": ("Pesantren '{id}' tidak ditemukan.", "Pesantren '{id}' was not found."),
    "setup.bulk_decision_unclear": (
        "{ref}: keputusan tidak dikenali (isi 'Lolos' atau 'Tidak lolos').",
        "{ref}: the decision is not recognised (enter 'Lolos' or 'Tidak lolos')."),
    "setup.bulk_reason_required": (
        "{ref}: alasan wajib diisi untuk 'tidak lolos'.", "{ref}: a reason is required for 'Tidak lolos'."),
    "setup.bulk_duplicate": ("{ref}: sudah ada di baris {row}.", "{ref}: already in row {row}."),
    "setup.admin_failed": ("tidak lolos seleksi administrasi", "did not pass the administration selection"),
    "setup.admin_undecided": (
        "belum dinyatakan lolos seleksi administrasi",
        "has not been declared to have passed the administration selection yet"),
    "setup.not_invitable_stage1": (
        "{name} ({reg_number}) {why}, jadi tidak dapat diundang ke tahap 1.",
        "{name} ({reg_number}) {why}, so cannot be invited to Stage 1."),
    "setup.not_invitable": (
        "{name} ({reg_number}) tidak lolos tahap {previous} (status: {status}), jadi tidak dapat "
        "ditambahkan ke panel tahap {stage}. Hanya pemenang tahap {previous} yang disahkan provinsi "
        "yang dapat diundang.",
        "{name} ({reg_number}) did not pass Stage {previous} (status: {status}), so cannot be added "
        "to a panel of Stage {stage}. Only the winners of Stage {previous} approved by the province "
        "can be invited."),

    # services/programme.py, progress.py
    "setup.combined_quota_invalid": (
        "Kuota gabungan harus bilangan bulat ≥ 1.", "The combined quota must be a whole number ≥ 1."),
    "setup.venue_choice": ("Tahap {stage} — {name}", "Stage {stage} — {name}"),
    "setup.venue_missing": ("Lokasi '{id}' tidak ditemukan.", "Venue '{id}' was not found."),

    # models/results.py: result records are written once
    "setup.result_record_no_delete": (
        "Catatan hasil ({table}) tidak boleh dihapus; buat catatan baru sebagai koreksi.",
        "A result record ({table}) may not be deleted; make a new record as a correction."),
    "setup.result_record_no_change": (
        "Catatan hasil ({table}) tidak dapat diubah ({columns}); buat snapshot/catatan baru.",
        "A result record ({table}) cannot be changed ({columns}); make a new snapshot/record."),

    # db.py
    "setup.postgres_missing": (
        "Dukungan PostgreSQL tidak terpasang di komputer ini. Pasang dengan "
        "'pip install opop-desktop[postgres]', atau gunakan berkas SQLite.",
        "PostgreSQL support is not installed on this computer. Install it with "
        "'pip install opop-desktop[postgres]', or use an SQLite file."),
    "setup.live_database_not_input": (
        "Berkas ini adalah basis data aplikasi yang sedang dipakai, bukan berkas untuk diimpor. "
        "Pilih berkas lain.",
        "This file is the database the application is using, not a file to import. "
        "Choose another file."),
    "setup.database_unusable": (
        "Basis data tidak dapat dibuka atau dimigrasi: {reason}",
        "The database cannot be opened or migrated: {reason}"),

    # services/audit.py: what breaks a chain
    "setup.audit_gap": (
        "urutan terputus: entri ke-{expected} hilang atau disisipkan (ditemukan nomor {found})",
        "broken sequence: entry {expected} is missing or was inserted (found number {found})"),
    "setup.audit_prev_hash": (
        "hash entri sebelumnya tidak cocok (entri sebelumnya diubah atau dihapus)",
        "the previous entry's hash does not match (the previous entry was changed or deleted)"),
    "setup.audit_content_changed": (
        "isi entri diubah (hash tidak cocok)", "the entry's content was changed (the hash does not match)"),
    "setup.audit_device_verdict": ("{verdict} (perangkat {device})", "{verdict} (device {device})"),

    # services/backup.py
    "setup.backups_kept_range": (
        "Jumlah cadangan disimpan harus antara 1 dan 500.",
        "The number of backups kept must be between 1 and 500."),
    "setup.backup_no_database": (
        "Berkas basis data belum ada; tidak ada yang dicadangkan.",
        "The database file does not exist yet; nothing was backed up."),
    "setup.backup_failed": (
        "Cadangan gagal dibuat ({reason}); periksa ruang kosong pada disk. Tidak ada berkas cadangan "
        "setengah jadi yang tertinggal.",
        "The backup could not be made ({reason}); check the free space on the disk. No half-written "
        "backup file was left behind."),
    "setup.backup_made": ("Cadangan dibuat: {name}", "Backup made: {name}"),
    "setup.backup_no_pg_dump": (
        "PostgreSQL: pg_dump tidak tersedia, tidak ada cadangan berkas yang dibuat (andalkan cadangan "
        "server).",
        "PostgreSQL: pg_dump is not available, no backup file was made (rely on the server's backups)."),
    "setup.backup_pg_dump_failed": (
        "PostgreSQL: pg_dump gagal ({reason}); tidak ada cadangan berkas yang dibuat.",
        "PostgreSQL: pg_dump failed ({reason}); no backup file was made."),
    "setup.backup_is_live": (
        "Berkas ini adalah basis data yang sedang dipakai, bukan cadangan.",
        "This file is the database in use, not a backup."),
    "setup.backup_missing": (
        "Cadangan '{name}' tidak ditemukan (lihat 'opop backup list').",
        "Backup '{name}' was not found (see 'opop backup list')."),
    "setup.backup_refused": ("{why} Tidak ada yang diubah.", "{why} Nothing was changed."),
    "setup.backup_where": ("cadangan {name}", "backup {name}"),
    "setup.backup_empty": (
        "Berkas cadangan kosong (0 byte), mungkin cadangan yang gagal.",
        "The backup file is empty (0 bytes), probably a failed backup."),
    "setup.backup_not_sqlite": (
        "Berkas ini bukan basis data SQLite yang sah.", "This file is not a valid SQLite database."),
    "setup.backup_not_sqlite_reason": (
        "Berkas ini bukan basis data SQLite yang sah ({reason}).",
        "This file is not a valid SQLite database ({reason})."),
    "setup.backup_corrupt": (
        "Basis data dalam cadangan rusak (pemeriksaan integritas: {verdict}).",
        "The database in the backup is damaged (integrity check: {verdict})."),
    "setup.backup_not_opop": (
        "Berkas ini bukan cadangan OPOP Desktop (tabel OPOP tidak ada).",
        "This file is not an OPOP Desktop backup (the OPOP tables are missing)."),
    "setup.backup_unknown_schema": (
        "Skema cadangan ({revision}) tidak dikenal oleh versi aplikasi ini; cadangan ini dari aplikasi "
        "lain atau versi yang lebih baru.",
        "The backup's schema ({revision}) is unknown to this version of the application; the backup "
        "comes from another application or a newer version."),
    "setup.backup_other_install": (
        "Cadangan ini dari instalasi lain (peran {role}, kab/kota {regency}); perangkat ini berperan "
        "{own_role}, kab/kota {own_regency}.",
        "This backup comes from another installation (role {role}, regency/city {regency}); this "
        "device has the role {own_role}, regency/city {own_regency}."),
    "setup.backup_other_year": (
        "Cadangan ini bukan dari program tahun {year} (program dalam cadangan: {held}).",
        "This backup is not from the {year} programme year (programme years in the backup: {held})."),
    "setup.backup_years_none": ("tidak ada", "none"),
    "setup.backup_not_pgdump": (
        "Berkas ini bukan cadangan pg_dump (format khusus).",
        "This file is not a pg_dump backup (custom format)."),
    "setup.backup_no_pg_restore": (
        "pg_restore tidak tersedia; pulihkan cadangan PostgreSQL dengan alat server.",
        "pg_restore is not available; restore the PostgreSQL backup with the server's tools."),
    "setup.backup_pg_restore_failed": (
        "Pemulihan PostgreSQL gagal: {reason}", "The PostgreSQL restore failed: {reason}"),
}
