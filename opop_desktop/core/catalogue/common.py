"""Messages shared by every part of core: failures of the machine, missing set-up, fields."""

MESSAGES = {
    # One sentence per class of failure (core/failures.py); {where} is a file or a place.
    "failure.locked": (
        "Basis data sedang dipakai proses lain. Tunggu sebentar lalu coba lagi; data belum diubah.",
        "The database is in use by another process. Wait a moment and try again; nothing was changed."),
    "failure.disk_full": (
        "Disk penuh. Kosongkan ruang di disk atau flashdisk, lalu coba lagi; data belum diubah.",
        "The disk is full. Free some space on the disk or USB stick and try again; nothing was changed."),
    "failure.io": (
        "Disk atau flashdisk tidak dapat dibaca/ditulis. Periksa sambungannya lalu coba lagi.",
        "The disk or USB stick cannot be read or written. Check that it is connected and try again."),
    "failure.constraint": (
        "Perubahan ditolak karena bertentangan dengan data yang sudah ada; data belum diubah.",
        "The change was refused because it clashes with existing data; nothing was changed."),
    "failure.missing_file": (
        "Berkas tidak ditemukan: {where}. Periksa apakah flashdisk masih terpasang.",
        "File not found: {where}. Check that the USB stick is still plugged in."),
    "failure.db_gone": (
        "Berkas basis data diganti atau dihapus oleh program lain. Tutup aplikasi lalu buka lagi; "
        "nilai yang sudah tersimpan aman.",
        "The database file was replaced or deleted by another program. Close the application and "
        "open it again; values already saved are safe."),
    "failure.unexpected": (
        "Terjadi kesalahan tak terduga; data belum diubah. Rincian ada di berkas log.",
        "An unexpected error occurred; nothing was changed. The details are in the log file."),
    "failure.with_log": ("{message} (rincian: {log})", "{message} (details: {log})"),
    "error.where": ("{where}: {message}", "{where}: {message}"),
    "field.reason": ("alasan", "reason"),
    "programme.none": (
        "Belum ada tahun program. Di laptop provinsi buat dengan `opop init` atau data contoh; "
        "di laptop kab/kota atau lokasi, impor bundel penyiapan di layar Sinkronisasi "
        "(`opop bundle import`).",
        "There is no programme year yet. On the province laptop create one with `opop init` or the "
        "demo data; on a regency/city or venue laptop, import the set-up bundle on the Sync screen "
        "(`opop bundle import`)."),
    "stage.number_missing": (
        "Tahap {number} tidak ada pada tahun program ini.",
        "Stage {number} does not exist in this programme year."),
}
