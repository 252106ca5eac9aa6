"""Messages of the files core reads and writes: core/excel, core/pdf, core/demo, region and text
matching (region_match.py, textnorm.py)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Opening files (registrant and score imports, administration decisions, error workbook).
    "files.not_found": (
        "Berkas '{path}' tidak ditemukan.",
        "File '{path}' not found."),
    "files.not_xlsx": (
        "Berkas '{name}' bukan buku kerja Excel .xlsx. Simpan ulang dari Excel/LibreOffice sebagai "
        "'Excel Workbook (.xlsx)' lalu impor lagi.",
        "File '{name}' is not an Excel .xlsx workbook. Save it again from Excel/LibreOffice as "
        "'Excel Workbook (.xlsx)' and import it again."),
    "files.xlsx_unreadable": (
        "Berkas '{name}' tidak dapat dibaca sebagai buku kerja Excel .xlsx (rusak atau bukan .xlsx): "
        "{detail}",
        "File '{name}' cannot be read as an Excel .xlsx workbook (damaged or not .xlsx): {detail}"),
    "files.unreadable": (
        "Berkas '{name}' tidak dapat dibaca: {detail}",
        "File '{name}' cannot be read: {detail}"),
    "files.error_workbook_unsaved": (
        "Berkas kesalahan tidak dapat disimpan ke '{path}': {detail}",
        "The error workbook cannot be saved to '{path}': {detail}"),

    # Administration decisions workbook (excel/admin_decisions.py).
    "files.decisions_unreadable": (
        "Berkas {name} tidak dapat dibaca sebagai .xlsx ({detail}).",
        "File {name} cannot be read as .xlsx ({detail})."),
    "files.decisions_no_header": (
        "Berkas {name}: tidak ditemukan baris judul dengan kolom 'No. Pendaftaran' atau 'NSPP' dan "
        "{wanted}.",
        "File {name}: no header row with a 'No. Pendaftaran' or 'NSPP' column and {wanted} was found."),
    "files.decisions_named_column": ("kolom '{column}'", "the column '{column}'"),
    "files.decisions_any_column": (
        "kolom keputusan (mis. 'Keputusan')",
        "a decision column (e.g. 'Keputusan')"),

    # Registrant workbook: sheets, rows and the whole file (excel/registrant_*.py).
    "files.progress_reading": ("Membaca berkas…", "Reading the file…"),
    "files.progress_reading_row": (
        "Membaca lembar '{sheet}' baris {row}…", "Reading sheet '{sheet}' row {row}…"),
    "files.progress_matching": ("Mencocokkan dengan data tersimpan…", "Matching with the stored data…"),
    "files.progress_saving": ("Menyimpan…", "Saving…"),
    "files.progress_saving_scores": ("Menyimpan nilai…", "Saving the scores…"),
    "files.sheet_row": ("Lembar '{sheet}' baris {row}", "Sheet '{sheet}' row {row}"),
    "files.at": ("{place}: {message}", "{place}: {message}"),
    "files.registrant_sheet_skipped": (
        "Lembar '{sheet}' dilewati: baris judul kolom (mis. 'Nama Pesantren', 'Kecamatan') tidak "
        "ditemukan di 15 baris pertama.",
        "Sheet '{sheet}' skipped: no header row (e.g. 'Nama Pesantren', 'Kecamatan') in its first "
        "15 rows."),
    "files.registrant_columns_missing": (
        "Lembar '{sheet}': kolom {columns} tidak ada.",
        "Sheet '{sheet}': no {columns} column."),
    "files.registrant_no_table": (
        "Berkas '{name}' tidak berisi lembar dengan baris judul kolom yang dikenali (mis. 'Nama "
        "Pesantren', 'Kabupaten/Kota', 'Kecamatan') di 15 baris pertama.",
        "File '{name}' has no sheet with a recognised header row (e.g. 'Nama Pesantren', "
        "'Kabupaten/Kota', 'Kecamatan') in its first 15 rows."),
    "files.programme_missing": (
        "Tahun program '{programme}' tidak ada.",
        "Programme year '{programme}' does not exist."),
    "files.strict_nothing_saved": (
        "Mode ketat: {count} baris ditolak, tidak ada yang disimpan.",
        "Strict mode: {count} rows rejected, nothing was saved."),
    "files.duplicate_row": (
        "{place}: duplikat dari {first} ({reason}: {name}); baris ini dilewati.",
        "{place}: duplicate of {first} ({reason}: {name}); this row was skipped."),
    "files.same_nspp": ("NSPP sama", "same NSPP"),
    "files.same_name_district": ("nama dan kecamatan sama", "same name and district"),
    "files.nspp_differs_in_file": (
        "{place}: nama dan kecamatan sama dengan {prior} ({name}) tetapi NSPP berbeda ({nspp_a} dan "
        "{nspp_b}); diimpor sebagai dua pesantren, periksa kembali.",
        "{place}: same name and district as {prior} ({name}) but a different NSPP ({nspp_a} and "
        "{nspp_b}); imported as two pesantren, please check."),
    "files.nspp_differs_stored": (
        "{place}: nama dan kecamatan sama dengan pesantren tersimpan {reg_number} ({name}) tetapi NSPP "
        "berbeda ({nspp_a} dan {nspp_b}); diimpor sebagai pesantren baru, periksa kembali.",
        "{place}: same name and district as the stored pesantren {reg_number} ({name}) but a different "
        "NSPP ({nspp_a} and {nspp_b}); imported as a new pesantren, please check."),
    "files.row_name_required": ("nama pesantren wajib diisi", "the pesantren name is required"),
    "files.row_no_regency_column": (
        "kolom Kabupaten/Kota tidak ada di lembar ini",
        "this sheet has no Kabupaten/Kota (regency/city) column"),
    "files.row_track_required": (
        "kategori usaha (start-up/scale-up) wajib diisi",
        "the business category (start-up/scale-up) is required"),
    "files.row_field_unknown": (
        "bidang usaha '{text}' tidak dikenal (pilihan: {choices})",
        "unknown business field '{text}' (choices: {choices})"),
    "files.row_cleared": ("{problem}; dikosongkan", "{problem}; left empty"),

    # Cell values (textnorm.py).
    "files.phone_no_digits": (
        "nomor telepon '{text}' tidak berisi angka",
        "phone number '{text}' contains no digits"),
    "files.phone_length": (
        "nomor telepon '{text}' tidak wajar ({count} angka)",
        "phone number '{text}' looks wrong ({count} digits)"),
    "files.nspp_not_integer": (
        "NSPP '{text}' bukan bilangan bulat",
        "NSPP '{text}' is not a whole number"),
    "files.nspp_not_digits": (
        "NSPP '{text}' harus berupa 12 angka",
        "NSPP '{text}' must be 12 digits"),
    "files.nspp_length": (
        "NSPP '{text}' harus 12 angka (berisi {count})",
        "NSPP '{text}' must have 12 digits (it has {count})"),
    "files.date_unknown": ("tanggal '{text}' tidak dikenali", "date '{text}' not recognised"),
    "files.date_format": (
        "tanggal '{text}' tidak dikenali (pakai dd/mm/yyyy atau yyyy-mm-dd)",
        "date '{text}' not recognised (use dd/mm/yyyy or yyyy-mm-dd)"),
    "files.date_not_in_calendar": (
        "tanggal '{text}' tidak ada di kalender",
        "date '{text}' does not exist in the calendar"),
    "files.track_unknown": (
        "kategori usaha '{text}' tidak dikenal (pilihan: start-up/rintisan, scale-up/pengembangan)",
        "unknown business category '{text}' (choices: start-up/rintisan, scale-up/pengembangan)"),

    # Regions typed into spreadsheets (region_match.py).
    "files.region_more": ("{names}, … ({count} pilihan)", "{names}, … ({count} choices)"),
    "files.region_maybe": ("; mungkin maksudnya: {names}", "; did you mean: {names}"),
    "files.region_regency_required": ("kabupaten/kota wajib diisi", "the regency/city is required"),
    "files.region_regency_required_for": (
        "kabupaten/kota wajib diisi (kecamatan '{district}' ada di {places})",
        "the regency/city is required (district '{district}' is in {places})"),
    "files.region_wrong_kind": (
        "'{text}' tidak ada di Jawa Barat; yang ada: {names}",
        "'{text}' does not exist in West Java; there is: {names}"),
    "files.region_regency_unknown": (
        "kabupaten/kota '{text}' tidak dikenal atau di luar Jawa Barat{hint}",
        "regency/city '{text}' is unknown or outside West Java{hint}"),
    "files.region_district_required": ("kecamatan wajib diisi", "the district (kecamatan) is required"),
    "files.region_ambiguous": (
        "'{regency}' bisa berarti {names}, dan kecamatan '{district}' ada di keduanya; tulis "
        "'Kabupaten' atau 'Kota'",
        "'{regency}' may mean {names}, and district '{district}' exists in both; write 'Kabupaten' "
        "or 'Kota'"),
    "files.region_district_elsewhere": (
        "kecamatan '{text}' tidak ada di {regency}; kecamatan itu ada di {places}",
        "district '{text}' is not in {regency}; that district is in {places}"),
    "files.region_district_unknown": (
        "kecamatan '{text}' tidak dikenal di {regency}{hint}",
        "district '{text}' is unknown in {regency}{hint}"),
    "files.region_village_unknown": (
        "desa/kelurahan '{text}' tidak dikenal di Kecamatan {district}{hint}",
        "village '{text}' is unknown in the district of {district}{hint}"),

    # Score files (excel/score_rows.py, excel/score_import.py).
    "files.score_file_kind": (
        "Berkas '{name}' harus .xlsx atau .csv.",
        "File '{name}' must be .xlsx or .csv."),
    "files.excel_unreadable": (
        "Berkas '{name}' tidak dapat dibaca sebagai Excel: {detail}",
        "File '{name}' cannot be read as Excel: {detail}"),
    "files.score_sheet_no_header": (
        "Lembar '{sheet}' dilewati: judul kolom (nspp, juror, criterion, score) atau kolom kode "
        "kriteria tidak ditemukan di 15 baris pertama.",
        "Sheet '{sheet}' skipped: no column headers (nspp, juror, criterion, score) or criterion code "
        "columns in its first 15 rows."),
    "files.score_sheet_no_juror": (
        "Lembar '{sheet}' dilewati: nama juri (sel di samping 'Juri') kosong.",
        "Sheet '{sheet}' skipped: the juror's name (the cell beside 'Juri') is empty."),
    "files.csv_encoding": (
        "Berkas '{name}' bukan teks UTF-8 maupun Windows-1252.",
        "File '{name}' is neither UTF-8 nor Windows-1252 text."),
    "files.csv_header": (
        "Berkas '{name}': baris pertama harus berisi kolom nspp (atau pesantren_id), juror, criterion, "
        "score.",
        "File '{name}': the first row must hold the columns nspp (or pesantren_id), juror, criterion, "
        "score."),
    "files.score_changed_during_import": (
        "Berkas '{name}' berubah selama impor; tidak ada yang disimpan. Tutup berkas itu di program "
        "lain, lalu ulangi impor.",
        "File '{name}' changed during the import; nothing was saved. Close it in the other program, "
        "then import again."),
    "files.score_absent": (
        "pesantren ini tercatat tidak hadir pada tahap ini, sehingga tidak dapat dinilai",
        "this pesantren is recorded as absent at this stage, so it cannot be scored"),
    "files.score_sheet_locked": (
        "lembar juri ini sudah terkunci/terverifikasi dengan nilai lain; perubahan hanya lewat koreksi "
        "koordinator",
        "this juror's score sheet is already locked/verified with other values; only a coordinator's "
        "correction can change it"),
    "files.score_sheet_spoiled": (
        "lembar juri ini tidak disimpan karena ada baris yang ditolak (baris {rows})",
        "this juror's score sheet was not saved because some of its rows were rejected (rows {rows})"),
    "files.score_clash": (
        "nilai berbeda untuk kriteria yang sama: {codes}",
        "different values for the same criterion: {codes}"),
    "files.score_incomplete": (
        "lembar tidak lengkap, kriteria belum ada: {codes}",
        "incomplete score sheet, criteria missing: {codes}"),
    "files.score_no_juror": ("nama juri kosong", "the juror's name is empty"),
    "files.score_pesantren_unknown": (
        "pesantren '{ident}' tidak ditemukan",
        "pesantren '{ident}' not found"),
    "files.score_no_pesantren": ("nspp/pesantren_id kosong", "nspp/pesantren_id is empty"),
    "files.template_no_jurors": (
        "Panel {panel} belum memiliki juri.",
        "Panel {panel} has no jurors yet."),
    "files.field_panel": ("panel", "panel"),

    # Printing (core/pdf): what is printed, where, on what paper; QR codes.
    "files.panel_missing": (
        "Panel '{panel}' tidak ada pada tahap {stage}.",
        "Panel '{panel}' does not exist at stage {stage}."),
    "files.panel_ambiguous": (
        "Panel '{panel}' tidak unik pada tahap {stage}; tulis id lengkapnya.",
        "Panel '{panel}' is not unique at stage {stage}; give its full id."),
    "files.venue_no_panels": (
        "Lokasi '{venue}' tidak punya panel pada tahap {stage}.",
        "Venue '{venue}' has no panels at stage {stage}."),
    "files.regency_code_unknown": (
        "Kode kab/kota '{code}' tidak dikenal (contoh: 32.04).",
        "Unknown regency/city code '{code}' (example: 32.04)."),
    "files.document_unknown": (
        "Dokumen '{document}' tidak dikenal; pilih salah satu: {choices}.",
        "Unknown document '{document}'; choose one of: {choices}."),
    "files.paper_unknown": (
        "Ukuran kertas '{paper}' tidak dikenal; pilih A4 atau F4.",
        "Unknown paper size '{paper}'; choose A4 or F4."),
    "files.qr_id_unfit": (
        "Id '{value}' tidak dapat dimuat dalam kode QR ({name}).",
        "Id '{value}' cannot be put into a QR code ({name})."),
    "files.qr_not_sheet": (
        "Kode QR ini bukan kode lembar penilaian OPOP (harus diawali 'OPOP1|').",
        "This QR code is not an OPOP score sheet code (it must start with 'OPOP1|')."),
    "files.qr_sheet_incomplete": (
        "Kode QR lembar penilaian tidak lengkap: kolom {keys} kosong.",
        "The score sheet QR code is incomplete: field {keys} is empty."),
    "files.qr_sheet_bad_version": (
        "Kode QR lembar penilaian rusak: versi rubrik bukan angka.",
        "The score sheet QR code is damaged: the rubric version is not a number."),
    "files.qr_not_card": (
        "Kode QR ini bukan kartu peserta OPOP.",
        "This QR code is not an OPOP participant card."),
    "files.qr_card_empty": (
        "Kode QR kartu peserta kosong.",
        "The participant card QR code is empty."),

    # Demo data (core/demo).
    "files.demo_scale_unknown": (
        "Skala data contoh '{scale}' tidak dikenal (pilihan: {choices}).",
        "Unknown demo data scale '{scale}' (choices: {choices})."),
    "files.demo_separate_db": (
        "coba data contoh di basis data terpisah: opop --db contoh.sqlite3 demo --yes",
        "try the demo data in a separate database: opop --db contoh.sqlite3 demo --yes"),
    "files.demo_refused_role": (
        "Laptop ini sudah diatur sebagai {role}; data contoh tidak dicampur dengan data sungguhan "
        "({hint}).",
        "This laptop is already set up as {role}; demo data is never mixed with real data ({hint})."),
    "files.demo_role_venue": ("lokasi audisi", "an audition venue"),
    "files.demo_role_regency": ("kantor kabupaten/kota", "a regency/city office"),
    "files.demo_refused_data": (
        "Basis data ini sudah berisi data ({held}); data contoh hanya dibuat pada laptop yang belum "
        "diatur ({hint}).",
        "This database already holds data ({held}); demo data is only created on a laptop that has not "
        "been set up ({hint})."),
    "files.demo_held_pesantren": ("{count} peserta", "{count} participants"),
    "files.demo_held_venues": ("{count} lokasi", "{count} venues"),
    "files.demo_held_jurors": ("{count} juri", "{count} jurors"),
    "files.demo_held_accounts": ("{count} akun selain admin", "{count} accounts besides admin"),
}
