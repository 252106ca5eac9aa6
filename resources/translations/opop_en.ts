<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opop_desktop/gui/main_window.py" line="77"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/main_window.py" line="78"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/main_window.py" line="105"/>
        <source>Belum masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/main_window.py" line="107"/>
        <source>Pengguna: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PengaturanScreen</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="27"/>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="77"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="29"/>
        <source>Umum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="36"/>
        <source>&amp;Bahasa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="38"/>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="39"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="43"/>
        <source>&amp;Ukuran kertas bawaan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="46"/>
        <source>Data dan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="50"/>
        <source>Basis data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="53"/>
        <source>Folder cadangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="58"/>
        <source>&amp;Jumlah cadangan disimpan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="60"/>
        <source>&amp;Buka folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="62"/>
        <source>Buat &amp;cadangan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="83"/>
        <source>Perangkat ini: {0} — peran {1}, kab/kota {2}, program {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="100"/>
        <source>Cadangan dibuat: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="24"/>
        <source>Terjadi kesalahan tak terduga: {0}
Data tidak diubah. Jika berulang, hubungi koordinator dan sertakan pesan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="30"/>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="34"/>
        <source>Informasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="38"/>
        <source>Konfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="17"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="18"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="19"/>
        <source>Kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="20"/>
        <source>Pencatatan kehadiran perwakilan pesantren di lokasi audisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="21"/>
        <source>Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="22"/>
        <source>Pengisian nilai oleh juri, lembar kertas dengan entri ganda, dan penguncian lembar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="23"/>
        <source>Hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="24"/>
        <source>Peringkat per tahap, tanda varians, sidang pleno dan grafik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="25"/>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="26"/>
        <source>Ekspor dan impor bundel data antar laptop, kab/kota dan provinsi; cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="27"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="28"/>
        <source>Lembar penilaian, daftar hadir, kartu peserta, rekapitulasi dan berita acara (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="29"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="30"/>
        <source>Bahasa, folder data, cadangan, ukuran kertas bawaan, akun pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="42"/>
        <source>Layar ini belum tersedia pada versi ini. Nanti berisi: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../opop_desktop/gui/tasks.py" line="132"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
