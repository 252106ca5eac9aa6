"""Messages of scoring and results: core/services (scoring, score rules, paper entry, attendance,
results and their states) and core/tabulation."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Joining parts that are themselves messages, with the separator the sentence uses.

    # Fields and places named in where=.
    "scoring.field_value": ("nilai", "value"),
    "scoring.field_reps": ("perwakilan", "representatives"),
    "scoring.field_status": ("status", "status"),
    "scoring.where_submit_lock": ("Kirim & kunci", "Submit & lock"),
    "scoring.where_paper_entry": ("entri kertas", "paper entry"),
    "scoring.where_resolution": ("penyelesaian", "resolution"),

    # Score rules (services/score_rules.py).
    "scoring.value_empty": ("Nilai kosong.", "No value entered."),
    "scoring.value_bad_separators": (
        "'{text}' bukan angka yang sah (gunakan satu koma atau titik desimal).",
        "'{text}' is not a valid number (use a single decimal comma or point)."),
    "scoring.value_not_number": ("'{text}' bukan angka.", "'{text}' is not a number."),
    "scoring.value_refused": (
        "Nilai {value} untuk {code} ditolak: isi {allowed}.",
        "Value {value} for {code} refused: enter {allowed}."),
    "scoring.juror_view_own": (
        "Juri hanya boleh membuka lembar penilaiannya sendiri.",
        "A juror may open only their own score sheets."),
    "scoring.juror_not_on_panel": (
        "Juri ini tidak ditugaskan pada panel tersebut.",
        "This juror is not assigned to that panel."),
    "scoring.panel_missing": ("Panel '{panel}' tidak ditemukan.", "Panel '{panel}' not found."),

    # Score entry (services/scoring.py).
    "scoring.not_in_panel_order": (
        "Pesantren ini tidak ada dalam urutan tampil panel tersebut.",
        "This pesantren is not in that panel's order of appearance."),
    "scoring.absent_not_scored": (
        "{name} tercatat tidak hadir pada tahap ini, sehingga tidak dapat dinilai.",
        "{name} is recorded as absent at this stage, so it cannot be scored."),
    "scoring.absent_pesantren": ("Pesantren", "The pesantren"),
    "scoring.sheet_missing": (
        "Lembar penilaian '{sheet}' tidak ditemukan.", "Score sheet '{sheet}' not found."),
    "scoring.juror_edit_own": (
        "Juri hanya boleh mengisi lembar penilaiannya sendiri.",
        "A juror may fill in only their own score sheets."),
    "scoring.sheet_from_paper": (
        "Lembar ini dientri dari kertas; tidak dapat diubah dari grid juri.",
        "This sheet was keyed in from paper; it cannot be changed from the juror grid."),
    "scoring.sheet_locked": (
        "Lembar sudah dikunci. Hanya koordinator yang dapat mengoreksi, dengan alasan.",
        "The sheet is already locked. Only a coordinator can correct it, with a reason."),
    "scoring.paper_not_verified": (
        "Lembar kertas ini belum terverifikasi; selesaikan entri ganda lebih dulu.",
        "This paper sheet is not verified yet; finish the double entry first."),
    "scoring.correction_needs_reason": (
        "Koreksi oleh koordinator wajib disertai alasan.",
        "A coordinator's correction needs a reason."),
    "scoring.denied_use_paper": (
        "{denied} Gunakan entri lembar kertas.", "{denied} Use paper sheet entry."),
    "scoring.sheets_incomplete": (
        "Lembar belum lengkap, belum dapat dikunci — {missing}. "
        "(Jika pesantren tidak hadir, minta petugas menandainya.)",
        "The sheets are incomplete and cannot be locked yet — {missing}. "
        "(If a pesantren is absent, ask an officer to mark it.)"),
    "scoring.juror_lock_own": (
        "Juri hanya boleh mengunci lembar penilaiannya sendiri.",
        "A juror may lock only their own score sheets."),

    # Paper entry (services/paper_entry.py).
    "scoring.paper_code_empty": ("{code} kosong", "{code} empty"),
    "scoring.paper_unknown_criteria": ("kriteria tidak dikenal: {codes}", "unknown criteria: {codes}"),
    "scoring.paper_rejected": ("Lembar kertas ditolak: {problems}.", "Paper sheet refused: {problems}."),
    "scoring.paper_final": (
        "Lembar ini sudah dikunci/terverifikasi; perubahan hanya lewat koreksi koordinator.",
        "This sheet is already locked/verified; it can change only through a coordinator's correction."),
    "scoring.paper_awaiting_third": (
        "Kedua entri lembar ini berbeda dan menunggu penyelesaian oleh orang ketiga.",
        "The two entries of this sheet differ and are waiting for a third person to settle them."),
    "scoring.paper_first_saved": (
        "Entri pertama tersimpan; minta petugas lain mengentri ulang.",
        "First entry saved; ask another officer to key it in again."),
    "scoring.paper_second_other_officer": (
        "Entri kedua harus dilakukan oleh petugas lain (bukan yang mengentri pertama).",
        "The second entry must be made by another officer (not the one who made the first)."),
    "scoring.paper_verified": (
        "Kedua entri sama: lembar terverifikasi.", "Both entries match: sheet verified."),
    "scoring.paper_difference": ("{code} {first} ≠ {second}", "{code} {first} ≠ {second}"),
    "scoring.paper_mismatch": (
        "Entri berbeda pada {listing}; perlu diselesaikan orang ketiga.",
        "The entries differ on {listing}; a third person needs to settle them."),
    "scoring.paper_not_twice": (
        "Lembar ini belum dientri dua kali.", "This sheet has not been keyed in twice yet."),
    "scoring.paper_not_mismatched": (
        "Lembar ini tidak sedang menunggu penyelesaian selisih.",
        "This sheet is not waiting for a difference to be settled."),
    "scoring.paper_third_person": (
        "Selisih harus diselesaikan orang ketiga, bukan salah satu petugas yang mengentri.",
        "A difference must be settled by a third person, not by one of the officers who keyed it in."),
    "scoring.paper_resolve_reason": (
        "Alasan penyelesaian wajib diisi.", "A reason for the resolution is required."),
    "scoring.paper_choose_values": ("Tentukan nilai untuk: {codes}.", "Choose the value for: {codes}."),
    "scoring.paper_resolved": (
        "Selisih diselesaikan: lembar terverifikasi.", "Difference settled: sheet verified."),

    # Check-in (services/attendance.py).
    "scoring.stage_missing": ("Tahap '{stage}' tidak ditemukan.", "Stage '{stage}' not found."),
    "scoring.pesantren_code_missing": (
        "Pesantren dengan NSPP/nomor pendaftaran/id '{code}' tidak ditemukan.",
        "No pesantren with NSPP/registration number/id '{code}' was found."),
    "scoring.too_many_reps": (
        "Paling banyak 2 perwakilan per pesantren.", "At most 2 representatives per pesantren."),
    "scoring.pesantren_missing": ("Pesantren '{ref}' tidak ditemukan.", "Pesantren '{ref}' not found."),
    "scoring.already_present": ("{name} sudah tercatat hadir.", "{name} is already recorded as present."),
    "scoring.checked_in": ("{name} tercatat hadir.", "{name} recorded as present."),
    "scoring.checked_in_late": ("{name} tercatat hadir (terlambat).", "{name} recorded as present (late)."),
    "scoring.present_use_correction": (
        "{name} sudah tercatat hadir; gunakan koreksi dengan alasan.",
        "{name} is already recorded as present; use a correction with a reason."),
    "scoring.attendance_bad_status": (
        "Status kehadiran harus 'present' (hadir) atau 'absent' (tidak hadir).",
        "The attendance status must be 'present' or 'absent'."),
    "scoring.attendance_reason": ("Alasan koreksi wajib diisi.", "A reason for the correction is required."),
    "scoring.scored_not_absent": (
        "{name} sudah memiliki nilai pada tahap ini; tidak dapat ditandai tidak hadir.",
        "{name} already has scores at this stage; it cannot be marked absent."),

    # Ranking rules (services/results.py).
    "scoring.group_by_unknown": (
        "Pengelompokan '{group}' tidak dikenal; pilih salah satu: {choices}.",
        "Unknown grouping '{group}'; choose one of: {choices}."),
    "scoring.aggregate_unknown": (
        "Agregat '{aggregate}' tidak dikenal; pilih salah satu: {choices}.",
        "Unknown aggregate '{aggregate}'; choose one of: {choices}."),
    "scoring.quota_invalid": ("Kuota harus bilangan bulat ≥ 1.", "The quota must be a whole number ≥ 1."),

    # States of a ranking (services/results_states.py); the stored codes' labels.
    "scoring.state_draft": ("Draf", "Draft"),
    "scoring.state_verified": ("Diperiksa", "Checked"),
    "scoring.state_sealed": ("Disegel", "Sealed"),
    "scoring.state_merged": ("Digabung", "Merged"),
    "scoring.state_approved": ("Disahkan pleno", "Approved by the plenary"),
    "scoring.state_published": ("Diumumkan", "Published"),
    "scoring.state_order": (
        "Hasil {label} tahap {stage} berstatus '{now}'; harus '{need}' dulu sebelum '{target}'.",
        "The results of {label} at stage {stage} are '{now}'; they must be '{need}' before '{target}'."),
    "scoring.state_reopen_note": (
        "Hasil {label} sudah '{now}'; membuka kembali ke '{target}' memerlukan alasan (catatan).",
        "The results of {label} are already '{now}'; reopening them to '{target}' needs a reason (note)."),
    "scoring.open_flag_line": ("- {name}: {message}", "- {name}: {message}"),
    "scoring.open_flags_more": ("- ... dan {n} tanda lainnya", "- ... and {n} more flags"),
    "scoring.seal_open_flags": (
        "Hasil lokasi {venue} belum dapat disegel: {n} tanda belum ditinjau "
        "(terima atau koreksi dengan alasan):\n{flags}",
        "The results of venue {venue} cannot be sealed yet: {n} flags not reviewed "
        "(accept or correct them with a reason):\n{flags}"),
    "scoring.venue_not_in_stage": (
        "Lokasi '{venue}' tidak ada pada tahap {stage}.", "Venue '{venue}' is not part of stage {stage}."),
    "scoring.merge_unsealed": (
        "Belum dapat digabung untuk {scope}: lokasi berikut belum disegel: {venues}.",
        "Cannot merge for {scope} yet: these venues are not sealed: {venues}."),
    "scoring.undecided_row": (
        "{name} ({group}, {track}, peringkat {rank})", "{name} ({group}, {track}, rank {rank})"),
    "scoring.approve_undecided": (
        "Belum dapat disahkan: nilai sama di batas kuota harus diputuskan pleno (override) untuk: {names}.",
        "Cannot approve yet: equal scores at the quota line must be decided by the plenary "
        "(override) for: {names}."),
    "scoring.pesantren_ref_missing": (
        "Pesantren '{ref}' tidak ditemukan (id, NSPP atau nomor pendaftaran).",
        "Pesantren '{ref}' not found (id, NSPP or registration number)."),
    "scoring.ack_decision_unknown": (
        "Keputusan '{decision}' tidak dikenal; pilih 'accepted' (diterima) atau 'corrected' (dikoreksi).",
        "Unknown decision '{decision}'; choose 'accepted' or 'corrected'."),
    "scoring.ack_reason": (
        "Alasan wajib diisi untuk meninjau tanda varians.", "A reason is required to review a variance flag."),
    "scoring.flag_key_invalid": (
        "Kunci tanda '{key}' tidak valid (lihat `opop results flags`).",
        "Flag key '{key}' is not valid (see `opop results flags`)."),
    "scoring.flag_pesantren_missing": (
        "Pesantren pada tanda '{key}' tidak ditemukan.", "The pesantren of flag '{key}' was not found."),
    "scoring.override_bad_outcome": (
        "Keputusan pleno harus 'selected' (lolos) atau 'not_selected' (tidak lolos).",
        "A plenary decision must be 'selected' or 'not_selected'."),
    "scoring.override_needs_reason": (
        "Keputusan pleno memerlukan alasan dan nama ketua sidang.",
        "A plenary decision needs a reason and the name of the chair."),
    "scoring.override_not_ranked": (
        "{name} tidak ada dalam peringkat tahap {stage} (tidak hadir atau belum ada nilai sah); "
        "tidak dapat diputuskan pleno.",
        "{name} is not in the ranking of stage {stage} (absent or no valid scores yet); "
        "the plenary cannot decide on it."),
    "scoring.snapshot_missing": (
        "Snapshot hasil '{snapshot}' tidak ditemukan.", "Results snapshot '{snapshot}' not found."),

    # Tabulation: exclusions, group warnings (tabulation/ranking.py) and flags (tabulation/flags.py).
    "scoring.paper_entered_once": ("baru dientri sekali", "keyed in only once"),
    "scoring.paper_entries_differ": ("entri ganda tidak cocok", "the double entries do not match"),
    "scoring.pending_paper": (
        "Lembar kertas juri {juror} belum terverifikasi ({what}); tidak dihitung.",
        "Paper sheet of juror {juror} is not verified ({what}); not counted."),
    "scoring.pending_status": (
        "Lembar juri {juror} berstatus '{status}' (belum dikunci/diverifikasi); tidak dihitung.",
        "Sheet of juror {juror} has status '{status}' (not locked/verified); not counted."),
    "scoring.excluded_absent": ("Tidak hadir; tidak diperingkat.", "Absent; not ranked."),
    "scoring.excluded_absent_scored": (
        "Tidak hadir; tidak diperingkat ({sheets} lembar nilai diabaikan; periksa kehadiran).",
        "Absent; not ranked ({sheets} score sheets ignored; check the attendance)."),
    "scoring.excluded_no_valid_sheet": (
        "Belum ada lembar nilai yang dikunci/diverifikasi.", "No locked/verified score sheet yet."),
    "scoring.warning_tie_at_quota": (
        "Nilai sama persis di batas kuota ({quota}) pada {group} ({track}): diputuskan dalam sidang pleno.",
        "Exactly equal scores at the quota line ({quota}) in {group} ({track}): decided in the plenary."),
    "scoring.warning_mixed_panels": (
        "{group} ({track}) dinilai oleh {n} panel berbeda: nilai antarpanel tidak sebanding; "
        "lihat peringkat per panel.",
        "{group} ({track}) was scored by {n} different panels: scores are not comparable across "
        "panels; see the ranking per panel."),
    "scoring.flag_juror_far": (
        "Nilai total juri {juror} ({total}) berbeda {diff} poin dari median panel ({median}); batas {limit}.",
        "Juror {juror}'s total ({total}) is {diff} points from the panel median ({median}); limit {limit}."),
    "scoring.flag_flat_profile": (
        "Juri {juror} memberi nilai sama ({value}) untuk semua kriteria.",
        "Juror {juror} gave the same score ({value}) for every criterion."),
    "scoring.flag_missing_criterion": (
        "Lembar juri {juror} tidak memiliki nilai untuk kriteria {codes}; lembar tidak dihitung.",
        "Juror {juror}'s sheet has no score for criteria {codes}; the sheet is not counted."),
    "scoring.flag_soft_conflict": (
        "Juri {juror} memiliki konflik kepentingan ringan dengan {what}{note}.",
        "Juror {juror} has a minor conflict of interest with {what}{note}."),
    "scoring.conflict_this_pesantren": ("pesantren ini", "this pesantren"),
    "scoring.conflict_district": ("kecamatan {district}", "district {district}"),
}
