"""Messages of core/sync: bundles, keys and signatures, authority and trust checks, merging,
conflicts."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading a bundle file (bundle.py, segments.py, importer.py).
    "sync.where_row": ("{place} baris {n}", "{place} row {n}"),
    "sync.json_broken": ("JSON rusak pada baris {n}: {error}.", "Broken JSON on line {n}: {error}."),
    "sync.line_not_object": ("Baris {n} bukan objek JSON.", "Line {n} is not a JSON object."),
    "sync.member_name_unsafe": (
        "Nama anggota berbahaya di dalam bundel: '{name}' (jalur absolut atau '..').",
        "Dangerous member name in the bundle: '{name}' (an absolute path or '..')."),
    "sync.not_zip": (
        "Berkas bundel rusak atau terpotong (bukan zip yang utuh).",
        "The bundle file is damaged or truncated (not a complete zip)."),
    "sync.too_many_members": (
        "Bundel berisi terlalu banyak anggota ({count} > {limit}).",
        "The bundle has too many members ({count} > {limit})."),
    "sync.member_too_big": (
        "Anggota '{name}' terlalu besar ({size} bita).",
        "Member '{name}' is too large ({size} bytes)."),
    "sync.member_zip_bomb": (
        "Anggota '{name}' mencurigakan (rasio kompresi terlalu tinggi, kemungkinan bom zip).",
        "Member '{name}' is suspicious (compression ratio too high, possibly a zip bomb)."),
    "sync.content_too_big": (
        "Isi bundel terlalu besar ({total} bita > {limit}).",
        "The bundle's content is too large ({total} bytes > {limit})."),
    "sync.member_twice": (
        "Anggota ganda '{name}' di dalam bundel.", "Member '{name}' appears twice in the bundle."),
    "sync.member_bigger": (
        "Anggota '{name}' lebih besar dari yang dinyatakan.",
        "Member '{name}' is larger than it declares."),
    "sync.damaged": (
        "Berkas bundel rusak atau terpotong ({error}).",
        "The bundle file is damaged or truncated ({error})."),
    "sync.not_opop": (
        "Berkas ini bukan bundel OPOP (manifest tidak dikenal).",
        "This file is not an OPOP bundle (unknown manifest)."),
    "sync.old_format": (
        "Bundel ini berformat lama (versi {version}) dan tidak membawa tanda tangan per penulis; "
        "ekspor ulang bundel itu dari laptop yang aplikasinya sudah diperbarui (format versi {current}).",
        "This bundle has an old format (version {version}) and carries no signature per writer; "
        "export that bundle again from a laptop whose application has been updated (format "
        "version {current})."),
    "sync.format_unsupported": (
        "Versi format bundel {version} tidak didukung (aplikasi ini membaca versi {current}); "
        "perbarui aplikasi.",
        "Bundle format version {version} is not supported (this application reads version "
        "{current}); update the application."),
    "sync.schema_unknown": (
        "Skema basis data bundel ({schema}) lebih baru atau tidak dikenal; perbarui aplikasi di "
        "komputer ini dulu.",
        "The bundle's database schema ({schema}) is newer or unknown; update the application on "
        "this computer first."),
    "sync.manifest_field_missing": (
        "Manifest bundel tidak lengkap: kolom '{field}' hilang.",
        "The bundle manifest is incomplete: field '{field}' is missing."),
    "sync.manifest_members_missing": (
        "Manifest bundel tidak lengkap: daftar anggota hilang.",
        "The bundle manifest is incomplete: the list of members is missing."),
    "sync.file_too_big": (
        "Berkas bundel terlalu besar ({size} bita).", "The bundle file is too large ({size} bytes)."),
    "sync.unreadable": (
        "Berkas bundel tidak dapat dibaca ({error}).", "The bundle file cannot be read ({error})."),
    "sync.file_unreadable": (
        "Berkas tidak ditemukan atau tidak dapat dibaca ({error}).",
        "The file was not found or cannot be read ({error})."),
    "sync.no_manifest": (
        "Bundel tidak berisi manifest.json dan tanda tangannya.",
        "The bundle does not contain manifest.json and its signature."),
    "sync.manifest_too_big": ("manifest.json terlalu besar.", "manifest.json is too large."),
    "sync.manifest_not_json": (
        "manifest.json bukan JSON yang sah ({error}).", "manifest.json is not valid JSON ({error})."),
    "sync.signature_damaged": ("Tanda tangan bundel rusak.", "The bundle signature is damaged."),
    "sync.signature_invalid": (
        "Tanda tangan bundel tidak sah: berkas telah diubah atau bukan dari perangkat {device}.",
        "The bundle signature is invalid: the file was changed or is not from device {device}."),
    "sync.member_hash": (
        "Isi anggota '{name}' tidak cocok dengan manifest (hash SHA-256 berbeda): berkas telah "
        "diubah atau rusak.",
        "The content of member '{name}' does not match the manifest (different SHA-256 hash): the "
        "file was changed or is damaged."),
    "sync.members_missing": (
        "Anggota yang disebut manifest tidak ada: {names}.",
        "Members named in the manifest are missing: {names}."),
    "sync.segment_broken": (
        "Segmen bertanda tangan baris {n} rusak ({error}).",
        "The signed segment on line {n} is damaged ({error})."),
    "sync.segment_incomplete": (
        "Segmen bertanda tangan baris {n} tidak lengkap.",
        "The signed segment on line {n} is incomplete."),
    "sync.tables_invalid": (
        "Manifest bundel: daftar tabel tidak sah.", "Bundle manifest: the list of tables is invalid."),
    "sync.tables_unknown": (
        "Bundel berisi tabel yang tidak dikenal: {tables}.",
        "The bundle contains unknown tables: {tables}."),

    # Trust and the outcome of an import (importer.py, workflow.py).
    "sync.device_revoked_refused": (
        "Bundel ditolak: perangkat {name} ({device}) sudah dicabut ({reason}).",
        "Bundle refused: device {name} ({device}) has been revoked ({reason})."),
    "sync.wrong_key": (
        "Bundel ditolak: ditandatangani dengan kunci yang bukan milik perangkat terdaftar {device} "
        "(sidik jari terdaftar {fingerprint}).",
        "Bundle refused: signed with a key that does not belong to the registered device {device} "
        "(registered fingerprint {fingerprint})."),
    "sync.quarantined_unknown": (
        "Perangkat {device} belum dikenal; bundel dikarantina sampai sidik jari {fingerprint} dipercaya.",
        "Device {device} is not known yet; the bundle is quarantined until fingerprint {fingerprint} "
        "is trusted."),
    "sync.refused_quarantined": (
        "{reason} Bundel ditolak seluruhnya dan dikarantina; tidak ada yang diubah.",
        "{reason} The whole bundle was refused and quarantined; nothing was changed."),
    "sync.receipt_not_counted": (
        "Tanda terima dari {name} tidak dihitung: {why}.",
        "The receipt from {name} does not count: {why}."),
    "sync.receipt_unsigned": (
        "Bundel dari {name} memuat tanda terima tanpa tanda tangan penerbitnya; tanda terima hanya "
        "dihitung bila ditandatangani perangkat yang disebutnya.",
        "The bundle from {name} carries a receipt without its issuer's signature; a receipt only "
        "counts when signed by the device it names."),
    "sync.receipt_invalid": (
        "Bundel dari {name} memuat tanda terima yang tidak sah ({why}); tanda terima hanya dihitung "
        "bila ditandatangani perangkat yang disebutnya.",
        "The bundle from {name} carries an invalid receipt ({why}); a receipt only counts when "
        "signed by the device it names."),
    "sync.already_merged": (
        "Bundel ini sudah pernah digabungkan; tidak ada yang berubah.",
        "This bundle was merged before; nothing changed."),
    "sync.cancelled_before": (
        "Dibatalkan sebelum berkas ini diproses; tidak ada yang diubah olehnya.",
        "Cancelled before this file was processed; it changed nothing."),
    "sync.not_merged": (
        "{error} Berkas ini tidak digabungkan.", "{error} This file was not merged."),
    "sync.export_one_target": (
        "Pilih salah satu: --for KODE_KAB_KOTA, --to regency atau --to province.",
        "Choose one: --for REGENCY_CODE, --to regency or --to province."),

    # Receipts (receipts.py).
    "sync.receipt_damaged": ("tanda terima rusak", "the receipt is damaged"),
    "sync.receipt_signature_invalid": (
        "tanda tangan tanda terima tidak sah", "the receipt's signature is invalid"),
    "sync.receipt_other_signer": (
        "tanda terima atas nama {receiver} ditandatangani oleh perangkat lain ({device})",
        "the receipt in the name of {receiver} was signed by another device ({device})"),
    "sync.receipt_issuer_untrusted": (
        "penerbit tanda terima {receiver} tidak dipercaya di sini",
        "the receipt's issuer {receiver} is not trusted here"),

    "sync.gaps_received": ("{name}: {received} diterima", "{name}: {received} received"),
    "sync.gaps_missing": (
        "{name}: {received} diterima, {missing} hilang", "{name}: {received} received, {missing} missing"),

    # Keys and devices (keys.py).
    "sync.no_device_key": (
        "Kunci perangkat belum dibuat; jalankan 'opop init' dulu.",
        "The device key has not been created; run 'opop init' first."),
    "sync.key_file_unreadable": (
        "Berkas kunci perangkat tidak dapat dibaca ({error}).",
        "The device key file cannot be read ({error})."),
    "sync.not_key_file": (
        "Berkas kunci perangkat tidak dapat dibaca (bukan berkas kunci).",
        "The device key file cannot be read (not a key file)."),
    "sync.device_revoked": (
        "Perangkat {device} sudah dicabut dan tidak dapat dipercaya lagi.",
        "Device {device} has been revoked and can no longer be trusted."),
    "sync.device_other_key": (
        "Perangkat {device} sudah terdaftar dengan kunci lain (sidik jari {fingerprint}).",
        "Device {device} is already registered with another key (fingerprint {fingerprint})."),
    "sync.device_unknown": ("Perangkat '{device}' tidak dikenal.", "Device '{device}' is not known."),
    "sync.no_province_seal": (
        "Kunci segel provinsi belum dikenal di basis data ini (terima dulu bundel penyiapan dari "
        "provinsi).",
        "The province's sealing key is not known in this database yet (first receive the set-up "
        "bundle from the province)."),
    "sync.sealed_no_key": (
        "Bundel ini tersegel untuk provinsi; basis data ini tidak memegang kunci segel provinsi.",
        "This bundle is sealed for the province; this database does not hold the province's "
        "sealing key."),
    "sync.seal_broken": (
        "Segel bundel tidak dapat dibuka: berkas rusak atau bukan untuk provinsi ini.",
        "The bundle's seal cannot be opened: the file is damaged or not for this province."),

    # Merging (merge.py).
    "sync.version_vector_invalid": (
        "Vektor versi rekaman tidak sah.", "The record's version vector is invalid."),
    "sync.record_no_id": ("Rekaman tanpa id yang sah.", "A record without a valid id."),
    "sync.record_stamp_invalid": (
        "Rekaman {id}: cap perangkat tidak sah.", "Record {id}: the device stamp is invalid."),
    "sync.missing_references": (
        "Bundel merujuk data yang belum ada di basis data ini (mis. bundel penyiapan belum "
        "diterima) atau melanggar aturan unik: {error}",
        "The bundle refers to data not yet in this database (e.g. the set-up bundle has not been "
        "received) or breaks a uniqueness rule: {error}"),
    "sync.row_not_object": ("Baris {n} bukan objek.", "Line {n} is not an object."),
    "sync.row_value_invalid": (
        "Baris {n}: nilai tidak sah ({error}).", "Line {n}: invalid value ({error})."),
    "sync.conflict_notes_invalid": (
        "Catatan konflik di dalam bundel tidak sah.", "The conflict notes in the bundle are invalid."),

    # Resolving conflicts (conflicts.py).
    "sync.conflict_not_found": (
        "Konflik '{key}' tidak ditemukan (lihat 'opop conflicts list').",
        "Conflict '{key}' was not found (see 'opop conflicts list')."),
    "sync.conflict_reason_required": (
        "Alasan penyelesaian konflik wajib diisi.", "A reason for resolving the conflict is required."),
    "sync.conflict_who_required": (
        "Nama orang yang menyelesaikan konflik wajib diisi.",
        "The name of the person resolving the conflict is required."),
    "sync.conflict_duplicate_sheet": (
        "Lembar ganda diselesaikan di layar penilaian (koreksi salah satu lembar).",
        "Duplicate sheets are resolved on the scoring screen (correct one of the sheets)."),
    "sync.conflict_pick_or_value": (
        "Pilih salah satu versi (--pick) atau masukkan nilai (--value).",
        "Pick one version (--pick) or enter a value (--value)."),
    "sync.conflict_version_unknown": (
        "Versi '{pick}' bukan bagian dari konflik ini.", "Version '{pick}' is not part of this conflict."),
    "sync.conflict_value_not_number": ("Nilai '{value}' bukan angka.", "Value '{value}' is not a number."),
    "sync.conflict_attendance_status": (
        "Status kehadiran harus 'present' atau 'absent'.",
        "The attendance status must be 'present' or 'absent'."),
    "sync.subject_attendance": ("kehadiran {name}", "attendance of {name}"),
    "sync.subject_duplicate": ("kemungkinan lembar ganda {key}", "possible duplicate sheets {key}"),
    "sync.table_unknown": ("Tabel {table} tidak dikenal.", "Table {table} is not known."),
    "sync.conflict_record_pick": (
        "Konflik rekaman diselesaikan dengan memilih salah satu versi (--pick).",
        "A record conflict is resolved by picking one of the versions (--pick)."),
}

# The authority check (authority.py, checks.py, checks_trust.py, signatures.py): why a signed
# bundle is refused. Kind labels and rule notes are also printed in docs/bundle-format.md.
MESSAGES.update({
    "sync.refused_row": (
        "Bundel dari {origin} memuat {label} ({kind} {id}); {why}.",
        "The bundle from {origin} contains {label} ({kind} {id}); {why}."),
    "sync.refused_row_by": (
        "Bundel dari {origin} memuat {label} ({kind} {id}) yang ditulis {writer}; {why}.",
        "The bundle from {origin} contains {label} ({kind} {id}) written by {writer}; {why}."),
    "sync.writer_province": ("hanya perangkat provinsi", "only the province device"),
    "sync.writer_regency": (
        "hanya perangkat kabupaten/kota untuk kab/kotanya sendiri (atau provinsi)",
        "only a regency/city device for its own regency/city (or the province)"),
    "sync.writer_venue": (
        "hanya laptop lokasi audisi untuk panel kab/kotanya sendiri (atau kab/kota itu, atau provinsi)",
        "only a venue laptop for the panels of its own regency/city (or that regency/city, or the "
        "province)"),
    "sync.writer_own": ("hanya perangkat pemilik rantai itu sendiri", "only the device that owns the chain"),
    "sync.rule": ("{writer} yang boleh mengubah {label}", "{writer} may change {label}"),
    "sync.rule_with_note": (
        "{writer} yang boleh mengubah {label} ({note})", "{writer} may change {label} ({note})"),
    "sync.note_user_account": (
        "kab/kota: hanya akun juri/petugas kab/kotanya (PIN); tidak pernah dikirim ke atas",
        "regency/city: only juror/officer accounts of its regency/city (PIN); never sent up"),
    "sync.note_device": (
        "kab/kota: hanya mendaftarkan atau mencabut laptop lokasi kab/kotanya; kunci tidak dapat "
        "diganti, pencabutan tidak dapat dibatalkan",
        "regency/city: only enrols or revokes the venue laptops of its regency/city; a key cannot "
        "be replaced, a revocation cannot be undone"),
    "sync.note_result_snapshot": (
        "diverifikasi/disegel: lokasi atau kab/kota; digabung: kab/kota; disetujui/diumumkan: provinsi",
        "verified/sealed: venue or regency/city; merged: regency/city; approved/published: province"),
    "sync.note_audit_entry": ("hanya ditambah, tidak pernah diubah", "only appended, never changed"),
    "sync.kind_programme_year": ("tahun program", "programme years"),
    "sync.kind_stage": ("tahap", "stages"),
    "sync.kind_product_field": ("bidang usaha", "business fields"),
    "sync.kind_rubric": ("rubrik", "rubrics"),
    "sync.kind_criterion": ("kriteria rubrik", "rubric criteria"),
    "sync.kind_pesantren": ("data pesantren", "pesantren data"),
    "sync.kind_representative": ("perwakilan pesantren", "pesantren representatives"),
    "sync.kind_admin_decision": ("keputusan seleksi administrasi", "administrative selection decisions"),
    "sync.kind_invitation": ("undangan tahap", "stage invitations"),
    "sync.kind_plenary_override": ("keputusan sidang pleno", "plenary decisions"),
    "sync.kind_venue": ("lokasi audisi", "audition venues"),
    "sync.kind_panel": ("panel", "panels"),
    "sync.kind_juror": ("juri", "jurors"),
    "sync.kind_panel_juror": ("penugasan juri", "juror assignments"),
    "sync.kind_panel_slot": ("urutan tampil", "the order of appearance"),
    "sync.kind_conflict_of_interest": ("konflik kepentingan", "conflicts of interest"),
    "sync.kind_user_account": ("akun pengguna", "user accounts"),
    "sync.kind_device": ("daftar perangkat", "the device list"),
    "sync.kind_attendance": ("kehadiran", "attendance"),
    "sync.kind_score_sheet": ("lembar nilai", "score sheets"),
    "sync.kind_score_entry": ("nilai", "scores"),
    "sync.kind_paper_entry": ("entri lembar kertas", "paper sheet entries"),
    "sync.kind_result_snapshot": ("rekap hasil", "result summaries"),
    "sync.kind_flag_acknowledgement": ("tanggapan tanda selisih", "responses to discrepancy flags"),
    "sync.kind_audit_entry": ("log audit", "the audit log"),
    "sync.kind_unregistered": (
        "jenis data '{kind}' tidak terdaftar dalam aturan penulis; tidak ada perangkat yang boleh "
        "mengirimnya",
        "data kind '{kind}' is not in the writer rules; no device may send it"),
    "sync.writer_unknown": (
        "penulisnya ({writer}) tidak terdaftar di basis data ini",
        "its writer ({writer}) is not registered in this database"),
    "sync.no_name": ("tanpa nama", "no name"),
    "sync.chain_written_by": (
        "{rule}: entri rantai {chain} ditulis oleh {who}",
        "{rule}: an entry of the chain of {chain} was written by {who}"),
    "sync.scope_other": (
        "{rule}; rekaman ini milik {owner}, bukan {regency}",
        "{rule}; this record belongs to {owner}, not {regency}"),
    "sync.province_level": ("tingkat provinsi", "the province level"),
    "sync.device_regency": ("kab/kota perangkat itu", "that device's regency/city"),
    "sync.stamp_invalid": (
        "cap penulis (id, nomor urut) tidak sah", "the writer's stamp (id, sequence number) is invalid"),
    "sync.scopeless_other_device": (
        "{rule}; rekaman tanpa kab/kota ini dibuat perangkat lain",
        "{rule}; this record without a regency/city was created by another device"),
    "sync.never_up": (
        "{label} tidak pernah dikirim dari perangkat di bawah",
        "{label}: never sent up from a lower device"),
    "sync.written_after_revocation": (
        "{name} sudah dicabut pada nomor urut {point}; rekaman nomor urut {seq} ditulis sesudahnya",
        "{name} was revoked at sequence number {point}; the record with sequence number {seq} was "
        "written after that"),
    "sync.unsigned_version": (
        "tidak ada segmen bertanda tangan sah dari {name} untuk versi ini (isi diubah atau bukan "
        "tulisan perangkat itu)",
        "there is no valid signed segment from {name} for this version (the content was changed or "
        "was not written by that device)"),
    "sync.retires_elsewhere": (
        "versi {ref} yang digantikannya bukan versi {what} yang sama",
        "the version {ref} it replaces is not a version of the same {what}"),
    "sync.retires_score": ("nilai kriteria lembar", "criterion score of a sheet"),
    "sync.retires_attendance": ("kehadiran pesantren di tahap", "pesantren's attendance at a stage"),
    "sync.retires_snapshot": ("hasil lingkup", "results scope"),
    "sync.stored_version_changed": (
        "versi yang sudah tersimpan tidak boleh diubah isinya (rekaman yang sama dengan isi lain: "
        "pemalsuan)",
        "a stored version may not change its content (the same record with other content: forgery)"),
    "sync.chain_entry_exists": (
        "entri nomor {n} rantai audit itu sudah ada dengan isi lain; entri yang diterima tidak boleh "
        "mengganti, menyusun ulang atau menghapus entri yang ada",
        "entry number {n} of that audit chain already exists with other content; received entries "
        "may not replace, reorder or delete existing entries"),
    "sync.chain_broken": (
        "entri nomor {n} tidak menyambung ke entri sebelumnya dalam rantai (urutan diubah atau "
        "entri dihapus)",
        "entry number {n} does not link to the previous entry in the chain (the order was changed "
        "or an entry was deleted)"),
    "sync.chain_hash": (
        "hash entri nomor {n} tidak cocok dengan isinya",
        "the hash of entry number {n} does not match its content"),
    "sync.device_id_key": (
        "id rekaman perangkat tidak sesuai dengan kuncinya",
        "the device record's id does not match its key"),
    "sync.device_key_change": (
        "kunci perangkat {name} tidak dapat diganti lewat bundel (daftarkan ulang dengan tindakan "
        "admin di laptop ini)",
        "the key of device {name} cannot be replaced through a bundle (enrol it again with an admin "
        "action on this laptop)"),
    "sync.revocation_undo": (
        "{name} sudah dicabut; pencabutan tidak dapat dibatalkan",
        "{name} has been revoked; a revocation cannot be undone"),
    "sync.revocation_later": (
        "titik pencabutan tidak boleh dimundurkan", "the revocation point may not be moved later"),
    "sync.entry_not_as_signed": (
        "isi entri tidak sama dengan yang ditandatangani perangkatnya",
        "the entry's content differs from what its device signed"),
    "sync.entry_not_in_segment": (
        "entri tidak ada dalam segmen bertanda tangan perangkatnya (disisipkan atau diubah)",
        "the entry is not in its device's signed segments (inserted or changed)"),
})
