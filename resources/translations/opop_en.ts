<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="40"/>
        <source>no. {0} {1} ({2})</source>
        <translation>no. {0} {1} ({2})</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/setup_accounts.ui" line="9"/>
        <source>Hanya admin provinsi yang dapat melihat dan mengatur akun pengguna.</source>
        <translation>Only the province admin can view and manage user accounts.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="158"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="158"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="158"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="158"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="159"/>
        <source>Kab/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="159"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="142"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="142"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/setup_accounts.ui" line="25"/>
        <source>Ta&amp;mbah akun…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_accounts.ui" line="32"/>
        <source>Atur ulang &amp;sandi/PIN…</source>
        <translation>Reset pass&amp;word/PIN…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="184"/>
        <location filename="../../ui/setup_accounts.ui" line="39"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="183"/>
        <source>Akti&amp;fkan</source>
        <translation>Ac&amp;tivate</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="211"/>
        <source>Akun {0} dibuat.</source>
        <translation>Account {0} created.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="222"/>
        <source>Kata sandi/PIN {0} diganti.</source>
        <translation>Password/PIN of {0} changed.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="228"/>
        <source>Nonaktifkan akun {0}?</source>
        <translation>Deactivate account {0}?</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="232"/>
        <source>Akun {0} {1}.</source>
        <translation>Account {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="233"/>
        <source>diaktifkan</source>
        <translation>activated</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="233"/>
        <source>dinonaktifkan</source>
        <translation>deactivated</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="12"/>
        <source>Tinjau tanda varians</source>
        <translation>Review variance flag</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="38"/>
        <source>Diterima apa adanya</source>
        <translation>Accepted as is</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="43"/>
        <source>Sudah dikoreksi</source>
        <translation>Already corrected</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="61"/>
        <source>mis. sudah dikonfirmasi dengan juri</source>
        <translation>e.g. confirmed with the juror</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="27"/>
        <source>&amp;Keputusan:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/acknowledge_dialog.ui" line="51"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil_dialogs.py" line="46"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>AddPesantrenDialog</name>
    <message>
        <location filename="../../ui/add_pesantren_dialog.ui" line="6"/>
        <source>Tambah pesantren ke urutan tampil</source>
        <translation>Add pesantren to the running order</translation>
    </message>
    <message>
        <location filename="../../ui/add_pesantren_dialog.ui" line="24"/>
        <source>Nama, NSPP atau nomor pendaftaran</source>
        <translation>Name, NSPP or registration number</translation>
    </message>
    <message>
        <location filename="../../ui/add_pesantren_dialog.ui" line="14"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../ui/add_pesantren_dialog.ui" line="40"/>
        <source>Tidak ada pesantren kab/kota lokasi ini yang dapat diundang: semua sudah ada di sebuah panel, atau belum ada yang lolos tahap sebelumnya (hasil disahkan provinsi).</source>
        <translation>No pesantren of this venue&apos;s regency/city can be invited: all are already in a panel, or none has passed the previous stage yet (results approved by the province).</translation>
    </message>
    <message>
        <location filename="../../ui/add_pesantren_dialog.ui" line="59"/>
        <source>mis. 09:30</source>
        <translation>e.g. 09:30</translation>
    </message>
    <message>
        <location filename="../../ui/add_pesantren_dialog.ui" line="49"/>
        <source>&amp;Jam tampil:</source>
        <translation>&amp;Time slot:</translation>
    </message>
</context>
<context>
    <name>AdminDecisionDialog</name>
    <message>
        <location filename="../../ui/admin_decision_dialog.ui" line="6"/>
        <source>Keputusan seleksi administrasi</source>
        <translation>Administration selection decision</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/admin_decision_dialog.py" line="32"/>
        <source> dan {0} lainnya</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/admin_decision_dialog.py" line="33"/>
        <source>Pesantren: {0}</source>
        <translation>Pesantren: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/admin_decision_dialog.ui" line="24"/>
        <source>&amp;Lolos administrasi</source>
        <translation>&amp;Passed administration</translation>
    </message>
    <message>
        <location filename="../../ui/admin_decision_dialog.ui" line="37"/>
        <source>&amp;Tidak lolos administrasi</source>
        <translation>&amp;Failed administration</translation>
    </message>
    <message>
        <location filename="../../ui/admin_decision_dialog.ui" line="60"/>
        <source>mis. berkas proposal tidak lengkap</source>
        <translation>e.g. proposal documents incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/admin_decision_dialog.ui" line="57"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/admin_decision_dialog.ui" line="47"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/admin_decision_dialog.py" line="39"/>
        <source>Alasan wajib diisi untuk &apos;tidak lolos&apos;.</source>
        <translation>A reason is required for &apos;failed&apos;.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/first_start_admin_page.ui" line="6"/>
        <source>Akun admin pertama</source>
        <translation>First admin account</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_admin_page.ui" line="9"/>
        <source>Akun ini dipakai untuk masuk dan membuat akun petugas, koordinator dan juri. Simpan kata sandinya dengan baik.</source>
        <translation>This account is used to sign in and to create officer, coordinator and juror accounts. Keep its password safe.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_admin_page.ui" line="25"/>
        <source>huruf kecil, angka, titik, garis bawah</source>
        <translation>lowercase letters, digits, dot, underscore</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_admin_page.ui" line="15"/>
        <source>Nama pen&amp;gguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_admin_page.ui" line="32"/>
        <source>Nama l&amp;engkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_admin_page.ui" line="46"/>
        <source>Kata &amp;sandi:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_admin_page.ui" line="63"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/first_start_pages.py" line="81"/>
        <source>Nama pengguna: 3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>Username: 3–32 lowercase letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/first_start_pages.py" line="83"/>
        <source>Kata sandi minimal {0} karakter.</source>
        <translation>The password needs at least {0} characters.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/first_start_pages.py" line="85"/>
        <source>Kedua kata sandi tidak sama. Ketik ulang.</source>
        <translation>The two passwords differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>AssignJurorDialog</name>
    <message>
        <location filename="../../ui/assign_juror_dialog.ui" line="6"/>
        <source>Tugaskan juri</source>
        <translation>Assign juror</translation>
    </message>
    <message>
        <location filename="../../ui/assign_juror_dialog.ui" line="12"/>
        <source>&amp;Juri:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <location filename="../../ui/assign_juror_dialog.ui" line="26"/>
        <source>Belum ada juri lain. Gunakan &quot;Juri baru&quot;.</source>
        <translation>No other jurors yet. Use &quot;New juror&quot;.</translation>
    </message>
</context>
<context>
    <name>BerandaScreen</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="74"/>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="89"/>
        <location filename="../../ui/beranda.ui" line="9"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="21"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="38"/>
        <source>Lolos administrasi</source>
        <translation>Passed administration</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="55"/>
        <source>Hadir audisi tahap 1</source>
        <translation>Attended stage 1 audition</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="72"/>
        <source>Lolos tahap 1</source>
        <translation>Passed stage 1</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="89"/>
        <source>Lolos tahap 2</source>
        <translation>Passed stage 2</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="106"/>
        <source>Juara (tahap 3)</source>
        <translation>Champions (stage 3)</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="31"/>
        <location filename="../../ui/beranda.ui" line="48"/>
        <location filename="../../ui/beranda.ui" line="65"/>
        <location filename="../../ui/beranda.ui" line="82"/>
        <location filename="../../ui/beranda.ui" line="99"/>
        <source>lalu</source>
        <translation>then</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="124"/>
        <source>Buka layar &amp;Peserta</source>
        <translation>Open the &amp;Participants screen</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="131"/>
        <source>Coba dengan &amp;data contoh</source>
        <translation>Try with &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="147"/>
        <source>Laptop ini</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="153"/>
        <source>Perangkat:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="163"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="173"/>
        <source>Kabupaten/Kota:</source>
        <translation>Regency/city:</translation>
    </message>
    <message>
        <location filename="../../ui/beranda.ui" line="183"/>
        <source>Tahun program:</source>
        <translation>Programme year:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="86"/>
        <source>— (semua kab/kota)</source>
        <translation>— (all regencies/cities)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="87"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="88"/>
        <source>Beranda — {0}</source>
        <translation>Home — {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="91"/>
        <source>Angka untuk {0}.</source>
        <translation>Figures for {0}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="92"/>
        <source>Angka untuk seluruh data di laptop ini.</source>
        <translation>Figures for all data on this laptop.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="99"/>
        <source>{0} tidak lolos</source>
        <translation>{0} did not pass</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="101"/>
        <source>dari {0} diundang; {1} tidak hadir</source>
        <translation>of {0} invited; {1} absent</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="117"/>
        <source>Belum ada tahun program di laptop ini. Impor bundel persiapan dari provinsi atau kab/kota di layar Sinkronisasi.</source>
        <translation>There is no programme year on this laptop yet. Import a setup bundle from the province or regency/city on the Sync screen.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="120"/>
        <source>Belum ada peserta — impor berkas pendaftar di layar Peserta atau coba data contoh.</source>
        <translation>No participants yet — import a registrant file on the Participants screen or try the demo data.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="122"/>
        <source>Belum ada peserta — impor berkas pendaftar di layar Peserta.</source>
        <translation>No participants yet — import a registrant file on the Participants screen.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="124"/>
        <source>Langkah berikutnya: seleksi administrasi pendaftar di layar Peserta (Keputusan administrasi…, Ctrl+D), lalu undang yang lolos ke audisi tahap 1.</source>
        <translation>Next step: screen the registrants administratively on the Participants screen (Administration decision…, Ctrl+D), then invite those who pass to the stage 1 audition.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="127"/>
        <source>Langkah berikutnya: atur lokasi audisi dan panel, lalu undang peserta tahap 1.</source>
        <translation>Next step: set up audition venues and panels, then invite the stage 1 participants.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="130"/>
        <source>Langkah berikutnya: catat kehadiran dan nilai juri di layar Kehadiran dan Penilaian.</source>
        <translation>Next step: record attendance and juror scores on the Attendance and Scoring screens.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/beranda.py" line="133"/>
        <source>Lihat peringkat dan rekapitulasi di layar Hasil.</source>
        <translation>See the rankings and recapitulation on the Results screen.</translation>
    </message>
</context>
<context>
    <name>CetakScreen</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="64"/>
        <location filename="../../ui/cetak.ui" line="9"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="69"/>
        <source>Lembar Penilaian (per juri dan pesantren)</source>
        <translation>Score Sheet (per juror and pesantren)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="70"/>
        <source>Lembar Penilaian Panel (per juri, semua pesantren)</source>
        <translation>Panel Score Sheet (per juror, all pesantren)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="71"/>
        <source>Daftar Hadir</source>
        <translation>Attendance List</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="72"/>
        <source>Kartu Peserta</source>
        <translation>Participant Cards</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="73"/>
        <source>Rekapitulasi Nilai</source>
        <translation>Score Recapitulation</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="74"/>
        <source>Berita Acara Hasil Audisi</source>
        <translation>Official Minutes of Audition Results</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="75"/>
        <source>Laporan Juri</source>
        <translation>Juror Report</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="39"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="45"/>
        <source>&amp;Dokumen:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="124"/>
        <source>Tahap {0}</source>
        <translation>Stage {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="65"/>
        <source>&amp;Tahap:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="90"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="95"/>
        <source>Lokasi</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="100"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="105"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="79"/>
        <source>&amp;Cakupan:</source>
        <translation>S&amp;cope:</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="113"/>
        <source>&amp;Pilihan:</source>
        <translation>C&amp;hoice:</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="144"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="149"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="133"/>
        <source>&amp;Kertas:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="157"/>
        <source>K&amp;osong (tanpa nilai dan nama yang sudah tercatat)</source>
        <translation>&amp;Blank (without recorded scores and names)</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="167"/>
        <source>&amp;Buat PDF</source>
        <translation>C&amp;reate PDF</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="60"/>
        <source>Pilih dokumen dan cakupan, lalu tekan Buat PDF.</source>
        <translation>Choose a document and scope, then press Create PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="186"/>
        <source>C&amp;etak…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="196"/>
        <source>B&amp;uka PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../ui/cetak.ui" line="206"/>
        <source>&amp;Simpan sebagai…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="126"/>
        <source>Pratinjau tidak tersedia; gunakan Buka PDF.</source>
        <translation>Preview not available; use Open PDF.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="184"/>
        <source>Pilih {0} lebih dahulu.</source>
        <translation>Choose the {0} first.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="192"/>
        <source>Menyusun PDF…</source>
        <translation>Building the PDF…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="197"/>
        <source>Menyusun PDF</source>
        <translation>Building the PDF</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="204"/>
        <source>{0} halaman siap: {1}</source>
        <translation>Pages ready: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="216"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="218"/>
        <source>Gagal menyusun PDF.</source>
        <translation>Could not build the PDF.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="224"/>
        <source>Tidak ada aplikasi untuk membuka PDF. Berkasnya ada di {0}</source>
        <translation>No application is available to open PDFs. The file is at {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="230"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="231"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="239"/>
        <source>Disimpan ke {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="246"/>
        <source>Cetak dokumen</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="261"/>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/cetak.py" line="279"/>
        <source>{0} halaman dikirim ke printer.</source>
        <translation>Pages sent to the printer: {0}.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="49"/>
        <source>Koreksi kehadiran</source>
        <translation>Correct attendance</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="49"/>
        <location filename="../../ui/check_in_dialog.ui" line="6"/>
        <source>Catat kehadiran</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="41"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="46"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="82"/>
        <source>Datang &amp;terlambat</source>
        <translation>Arrived &amp;late</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="30"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="54"/>
        <source>Perwakilan &amp;1:</source>
        <translation>Representative &amp;1:</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="68"/>
        <source>Perwakilan &amp;2:</source>
        <translation>Representative &amp;2:</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="89"/>
        <source>&amp;Alasan koreksi:</source>
        <translation>&amp;Reason for correction:</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="103"/>
        <source>Waktu:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../../ui/check_in_dialog.ui" line="114"/>
        <source>Petugas:</source>
        <translation>Officer:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="29"/>
        <source>Ubah konflik kepentingan</source>
        <translation>Edit conflict of interest</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="30"/>
        <source>Konflik kepentingan baru</source>
        <translation>New conflict of interest</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="34"/>
        <source>Pesantren</source>
        <translation>Pesantren</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="39"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="9"/>
        <source>&amp;Juri:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="23"/>
        <source>&amp;Terhadap:</source>
        <translation>&amp;Applies to:</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="47"/>
        <source>&amp;Pesantren / kecamatan:</source>
        <translation>&amp;Pesantren / district:</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="85"/>
        <source>Je&amp;nis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="99"/>
        <source>T&amp;ingkat:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="113"/>
        <source>C&amp;atatan:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="101"/>
        <source>alumni</source>
        <translation>alumnus</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="101"/>
        <source>keluarga</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="102"/>
        <source>mitra usaha</source>
        <translation>business partner</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="103"/>
        <source>yayasan yang sama</source>
        <translation>same foundation</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="103"/>
        <source>lainnya</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="104"/>
        <source>berat (ditolak)</source>
        <translation>hard (refused)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="104"/>
        <source>ringan (peringatan)</source>
        <translation>soft (warning)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="108"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="108"/>
        <source>Pesantren / kecamatan</source>
        <translation>Pesantren / district</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="108"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="109"/>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="109"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/setup_conflicts.ui" line="15"/>
        <source>Ta&amp;mbah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_conflicts.ui" line="22"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_conflicts.ui" line="29"/>
        <source>&amp;Hapus…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="125"/>
        <source>kecamatan {0}</source>
        <translation>district {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="144"/>
        <source>Konflik {0} tercatat.</source>
        <translation>Conflict {0} recorded.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="160"/>
        <source>Konflik {0} diubah.</source>
        <translation>Conflict {0} changed.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="166"/>
        <source>Hapus konflik kepentingan</source>
        <translation>Delete conflict of interest</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="167"/>
        <source>Alasan menghapus konflik {0} — {1}:</source>
        <translation>Reason for deleting the conflict {0} — {1}:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/conflicts_tab.py" line="173"/>
        <source>Konflik dihapus.</source>
        <translation>Conflict deleted.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="6"/>
        <source>Koreksi nilai</source>
        <translation>Correct score</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="22"/>
        <source>&amp;Nilai baru:</source>
        <translation>&amp;New score:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="35"/>
        <source>&amp;Alasan koreksi:</source>
        <translation>&amp;Reason for correction:</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="51"/>
        <source>mis. salah baca tulisan juri</source>
        <translation>e.g. juror&apos;s handwriting misread</translation>
    </message>
</context>
<context>
    <name>DemoAccountsDialog</name>
    <message>
        <location filename="../../ui/demo_accounts_dialog.ui" line="9"/>
        <source>Akun data contoh</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="47"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="47"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="47"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="49"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="50"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="51"/>
        <source>Kata sandi / PIN</source>
        <translation>Password / PIN</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="52"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="57"/>
        <source>Data contoh {0} siap. Masuk dengan salah satu akun di bawah (menu Pengguna → Ganti pengguna).</source>
        <translation>Demo data {0} is ready. Sign in with one of the accounts below (menu User → Switch user).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="63"/>
        <source>Juri {0} belum menilai: masuk sebagai {0} untuk mencoba lembar penilaian yang masih kosong.</source>
        <translation>Juror {0} has not scored yet: sign in as {0} to try a score sheet that is still empty.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="83"/>
        <location filename="../../ui/import_file_page.ui" line="6"/>
        <source>Pilih berkas pendaftar</source>
        <translation>Choose the registrant file</translation>
    </message>
    <message>
        <location filename="../../ui/import_file_page.ui" line="9"/>
        <source>Berkas Excel (.xlsx) dari kantor kab/kota. Semua lembar dibaca; baris judul dan variasi nama kolom dikenali otomatis.</source>
        <translation>Excel file (.xlsx) from the regency/city office. All sheets are read; title rows and variants of column names are recognised automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/import_file_page.ui" line="17"/>
        <source>Lokasi berkas .xlsx</source>
        <translation>Path of the .xlsx file</translation>
    </message>
    <message>
        <location filename="../../ui/import_file_page.ui" line="24"/>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_file_page.ui" line="37"/>
        <source>Mode ketat: jangan simpan apa pun bila ada baris yang ditolak</source>
        <translation>Strict mode: save nothing if any row is rejected</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="84"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="94"/>
        <source>Berkas tidak ditemukan: {0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="96"/>
        <source>Hanya berkas .xlsx yang dapat dibaca. Simpan ulang berkas dari Excel sebagai .xlsx.</source>
        <translation>Only .xlsx files can be read. Save the file again from Excel as .xlsx.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/first_start_wizard.ui" line="9"/>
        <source>OPOP Desktop — mulai pertama</source>
        <translation>OPOP Desktop — first start</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/startup.py" line="95"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/startup.py" line="96"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/startup.py" line="97"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/startup.py" line="98"/>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/startup.py" line="116"/>
        <source>Membuat data contoh…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/startup.py" line="116"/>
        <source>Menyiapkan laptop ini…</source>
        <translation>Setting up this laptop…</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="57"/>
        <source>Corong program</source>
        <translation>Programme funnel</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="61"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="65"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="71"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="72"/>
        <source>Lolos administrasi</source>
        <translation>Passed administration</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="73"/>
        <source>Hadir tahap 1</source>
        <translation>Present at stage 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="74"/>
        <source>Lolos tahap 1</source>
        <translation>Passed stage 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="75"/>
        <source>Lolos tahap 2</source>
        <translation>Passed stage 2</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="76"/>
        <source>Juara</source>
        <translation>Champions</translation>
    </message>
</context>
<context>
    <name>HasilScreen</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="96"/>
        <source>Juri jauh dari median</source>
        <translation>Juror far from median</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="96"/>
        <source>Profil datar</source>
        <translation>Flat profile</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="97"/>
        <source>Kriteria kosong</source>
        <translation>Empty criterion</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="97"/>
        <source>Konflik ringan</source>
        <translation>Minor conflict</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="98"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="271"/>
        <source>Lembar belum final</source>
        <translation>Sheet not final</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="99"/>
        <source>Lolos</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="99"/>
        <source>Tidak lolos</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="100"/>
        <source>Pleno</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="101"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="101"/>
        <source>Diperiksa</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="102"/>
        <source>Disegel</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="102"/>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="103"/>
        <source>Disahkan pleno</source>
        <translation>Approved in plenary</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="103"/>
        <source>Diumumkan</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="120"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="218"/>
        <location filename="../../ui/hasil.ui" line="9"/>
        <source>Hasil</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="18"/>
        <source>&amp;Tahap:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="105"/>
        <source>Tahap {0}</source>
        <translation>Stage {0}</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="61"/>
        <source>Semua kab/kota</source>
        <translation>All regencies/cities</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="38"/>
        <source>&amp;Kab/Kota:</source>
        <translation>&amp;Regency/city:</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="69"/>
        <source>&amp;Jalur:</source>
        <translation>&amp;Track:</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="86"/>
        <source>Semua jalur</source>
        <translation>All tracks</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="91"/>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="96"/>
        <source>Scale-up</source>
        <translation>Scale-up</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="104"/>
        <source>&amp;Bidang:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="138"/>
        <location filename="../../ui/hasil.ui" line="127"/>
        <source>Semua bidang</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="135"/>
        <source>A&amp;gregat:</source>
        <translation>&amp;Aggregate:</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="152"/>
        <source>Bawaan tahap</source>
        <translation>Stage default</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="157"/>
        <source>Rata-rata</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="162"/>
        <source>Rata-rata terpangkas</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="167"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="175"/>
        <source>&amp;Muat ulang</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="109"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="215"/>
        <location filename="../../ui/hasil.ui" line="189"/>
        <source>Peringkat</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="294"/>
        <source>Tanda varians</source>
        <translation>Variance flags</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="335"/>
        <source>Daftar cusp</source>
        <translation>Cusp list</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="368"/>
        <source>Dikecualikan</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="391"/>
        <source>Status &amp;&amp; pleno</source>
        <translation>Status &amp;&amp; plenary</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="460"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="257"/>
        <source>&amp;Keputusan pleno…</source>
        <translation>&amp;Plenary decision…</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="233"/>
        <source>Tampilan:</source>
        <translation>View:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="106"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="106"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="110"/>
        <source>Pesantren</source>
        <translation>Pesantren</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="106"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="223"/>
        <source>Tanda</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="107"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="110"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="107"/>
        <source>Alasan tinjauan</source>
        <translation>Review reason</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="309"/>
        <source>&amp;Tinjau tanda…</source>
        <translation>Re&amp;view flag…</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="341"/>
        <source>Tiga terakhir yang lolos dan tiga pertama yang tidak lolos di setiap garis kuota/ambang, untuk ditinjau ulang.</source>
        <translation>The last three who pass and the first three who do not at each quota/threshold line, for a second look.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="108"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="108"/>
        <source>Jalur</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="108"/>
        <source>Posisi</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="109"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="111"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="109"/>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="217"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="110"/>
        <source>Sebab</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="111"/>
        <source>Lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="111"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="112"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="112"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="399"/>
        <source>&amp;Periksa lokasi</source>
        <translation>C&amp;heck venue</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="406"/>
        <source>&amp;Segel lokasi</source>
        <translation>S&amp;eal venue</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="413"/>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="420"/>
        <source>Sa&amp;hkan (pleno)</source>
        <translation>Appr&amp;ove (plenary)</translation>
    </message>
    <message>
        <location filename="../../ui/hasil.ui" line="427"/>
        <source>&amp;Umumkan</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="124"/>
        <source>Memuat peringkat…</source>
        <translation>Loading rankings…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="151"/>
        <source>{0} pesantren diperingkat, {1} lolos, {2} dikecualikan, {3} tanda belum ditinjau.</source>
        <translation>{0} pesantren ranked, {1} passed, {2} excluded; flags not yet reviewed: {3}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="154"/>
        <source>{0} kelompok menunggu keputusan pleno (nilai sama di batas kuota).</source>
        <translation>Groups awaiting a plenary decision (tied scores at the quota line): {0}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="183"/>
        <source> (kuota {0})</source>
        <translation> (quota {0})</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="215"/>
        <source>Nama pesantren</source>
        <translation>Pesantren name</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="216"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="221"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="222"/>
        <source>z (diagnostik)</source>
        <translation>z (diagnostic)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="231"/>
        <source>Gabungan kelompok</source>
        <translation>Whole group</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="234"/>
        <source>Panel {0}</source>
        <translation>Panel {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="254"/>
        <source>✓ ditinjau</source>
        <translation>✓ reviewed</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="254"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="257"/>
        <source>{0} tanda, {1} belum ditinjau. Lokasi hanya dapat disegel bila semua tanda sudah ditinjau.</source>
        <translation>Flags: {0}, not yet reviewed: {1}. A venue can only be sealed once every flag has been reviewed.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="265"/>
        <source>masuk</source>
        <translation>in</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="266"/>
        <source>keluar</source>
        <translation>out</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="270"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="270"/>
        <source>Belum ada nilai sah</source>
        <translation>No valid score yet</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="271"/>
        <source>Lembar tidak lengkap</source>
        <translation>Sheet incomplete</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="277"/>
        <source>Lokasi</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="277"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="277"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="316"/>
        <source>Pilih satu tanda di tabel terlebih dahulu.</source>
        <translation>Select a flag in the table first.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="332"/>
        <source>Pilih satu pesantren di tabel peringkat terlebih dahulu.</source>
        <translation>Select a pesantren in the ranking table first.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="335"/>
        <source>{0} — peringkat {1}, nilai {2}, hasil saat ini: {3}.</source>
        <translation>{0} — rank {1}, score {2}, current result: {3}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="349"/>
        <source>Pilih satu lokasi di tabel status terlebih dahulu.</source>
        <translation>Select a venue in the status table first.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="351"/>
        <source>Tandai hasil lokasi {0} sudah diperiksa?</source>
        <translation>Mark the results of venue {0} as checked?</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="352"/>
        <source>Segel hasil lokasi {0}? Setelah disegel, koreksi membuat versi baru.</source>
        <translation>Seal the results of venue {0}? After sealing, corrections create a new version.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="365"/>
        <source>Provinsi Jawa Barat</source>
        <translation>West Java Province</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="366"/>
        <source>Gabungkan hasil lokasi yang sudah disegel untuk {0}?</source>
        <translation>Merge the sealed venue results for {0}?</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="367"/>
        <source>Sahkan hasil sidang pleno untuk {0}? Status setiap pesantren akan diperbarui (lolos/tidak lolos).</source>
        <translation>Approve the plenary results for {0}? The status of every pesantren will be updated (passed/not passed).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil.py" line="369"/>
        <source>Umumkan hasil yang sudah disahkan untuk {0}?</source>
        <translation>Publish the approved results for {0}?</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../ui/help_viewer.ui" line="6"/>
        <source>Bantuan — {0}</source>
        <translation>Help — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.ui" line="35"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/help_viewer.ui" line="52"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/help.py" line="142"/>
        <source>Panduan tidak ditemukan: {0}. Pasang ulang aplikasi atau baca panduan di folder docs/ pada paket instalasi.</source>
        <translation>Guide not found: {0}. Reinstall the application or read the guides in the docs/ folder of the installation package.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.ui" line="9"/>
        <source>Impor pendaftar</source>
        <translation>Import registrants</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_wizard.py" line="29"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_wizard.py" line="30"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_wizard.py" line="31"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_wizard.py" line="32"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>JurorDialog</name>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="6"/>
        <source>Juri baru</source>
        <translation>New juror</translation>
    </message>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="12"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="26"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="40"/>
        <source>&amp;Unsur:</source>
        <translation>&amp;Element:</translation>
    </message>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="54"/>
        <source>&amp;Telepon:</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>JurorDistributionChart</name>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="113"/>
        <source>Sebaran nilai per juri</source>
        <translation>Score distribution per juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="118"/>
        <source>Total lembar (0–100)</source>
        <translation>Sheet total (0–100)</translation>
    </message>
</context>
<context>
    <name>KehadiranScreen</name>
    <message>
        <location filename="../../ui/kehadiran.ui" line="18"/>
        <source>&amp;Lokasi:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="32"/>
        <source>Jumlah kehadiran</source>
        <translation>Attendance counts</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="56"/>
        <source>Nama, NSPP atau nomor pendaftaran — atau pindai kartu peserta</source>
        <translation>Name, NSPP or registration number — or scan the participant card</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="111"/>
        <source>Pesantren yang cocok</source>
        <translation>Matching pesantren</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="127"/>
        <source>Daftar kehadiran</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="46"/>
        <source>&amp;Cari / pindai:</source>
        <translation>&amp;Search / scan:</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="77"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="66"/>
        <source>Tam&amp;pilkan:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="110"/>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="114"/>
        <source>Pesantren</source>
        <translation>Pesantren</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="110"/>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="114"/>
        <source>NSPP</source>
        <translation>NSPP</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="110"/>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="114"/>
        <source>No. pendaftaran</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="114"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="114"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="115"/>
        <source>Perwakilan</source>
        <translation>Representatives</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="115"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="115"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="115"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="152"/>
        <source>&amp;Hadir…</source>
        <translation>&amp;Present…</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="159"/>
        <source>&amp;Tidak hadir</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location filename="../../ui/kehadiran.ui" line="166"/>
        <source>K&amp;oreksi…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="122"/>
        <location filename="../../ui/kehadiran.ui" line="9"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="128"/>
        <location filename="../../ui/kehadiran.ui" line="87"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="128"/>
        <location filename="../../ui/kehadiran.ui" line="92"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="129"/>
        <location filename="../../ui/kehadiran.ui" line="82"/>
        <source>Belum datang</source>
        <translation>Not yet arrived</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="117"/>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="155"/>
        <source>Tahap {0} — {1}</source>
        <translation>Stage {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="159"/>
        <source>Belum ada lokasi audisi. Koordinator mengatur lokasi dan panel lebih dulu.</source>
        <translation>No audition venue yet. The coordinator sets up venues and panels first.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="176"/>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="192"/>
        <source>Diharapkan {0} · Hadir {1} · Tidak hadir {2} · Belum datang {3}</source>
        <translation>Expected {0} · Present {1} · Absent {2} · Not yet arrived {3}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="218"/>
        <source>Silakan masuk terlebih dahulu (menu Pengguna → Masuk).</source>
        <translation>Please sign in first (menu User → Sign in).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="247"/>
        <source>{0} pesantren cocok; pilih lalu Enter.</source>
        <translation>Matching pesantren: {0}; select one and press Enter.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="249"/>
        <source>Tidak ada pesantren yang cocok dengan &apos;{0}&apos; di lokasi ini.</source>
        <translation>No pesantren at this venue matches &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="271"/>
        <source>Tandai {0} tidak hadir?</source>
        <translation>Mark {0} as absent?</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="298"/>
        <source>{0} tercatat tidak hadir.</source>
        <translation>{0} recorded as absent.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/kehadiran.py" line="311"/>
        <source>Kehadiran {0} dikoreksi.</source>
        <translation>Attendance of {0} corrected.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../opop_desktop/gui/login.py" line="62"/>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/login.py" line="62"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="51"/>
        <source>kata sandi, atau PIN 6 angka untuk juri</source>
        <translation>password, or 6-digit PIN for jurors</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="18"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="38"/>
        <source>&amp;Kata sandi / PIN:</source>
        <translation>&amp;Password / PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="73"/>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="83"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/login.py" line="67"/>
        <source>Sekarang masuk sebagai: {0}</source>
        <translation>Currently signed in as: {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/login.py" line="95"/>
        <source>Isi nama pengguna dan kata sandi/PIN.</source>
        <translation>Enter the username and password/PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="85"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/main_window.py" line="147"/>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/main_window.py" line="151"/>
        <source>Pengguna: {0} ({1})</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>&amp;Pengguna</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="90"/>
        <source>&amp;Masuk…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="95"/>
        <source>&amp;Ganti pengguna…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>&amp;Keluar akun</source>
        <translation>Si&amp;gn out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108"/>
        <source>Panduan untuk &amp;peran saya</source>
        <translation>Guide for &amp;my role</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113"/>
        <source>Panduan &amp;Juri</source>
        <translation>&amp;Juror guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="118"/>
        <source>Panduan &amp;Petugas</source>
        <translation>&amp;Officer guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="123"/>
        <source>Panduan &amp;Koordinator</source>
        <translation>&amp;Coordinator guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="128"/>
        <source>Panduan &amp;Admin Provinsi</source>
        <translation>Province a&amp;dmin guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>&amp;Tentang OPOP Desktop</source>
        <translation>&amp;About OPOP Desktop</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/override_dialog.ui" line="12"/>
        <source>Keputusan sidang pleno</source>
        <translation>Plenary decision</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="38"/>
        <source>Lolos</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="43"/>
        <source>Tidak lolos</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="89"/>
        <source>nama anggota, dipisah koma</source>
        <translation>member names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="27"/>
        <source>&amp;Keputusan:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="51"/>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="65"/>
        <source>Ketua &amp;sidang:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location filename="../../ui/override_dialog.ui" line="79"/>
        <source>A&amp;nggota:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/hasil_dialogs.py" line="64"/>
        <source>Alasan dan nama ketua sidang wajib diisi.</source>
        <translation>The reason and the name of the chair are required.</translation>
    </message>
</context>
<context>
    <name>PanelDetail</name>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="61"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="61"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="61"/>
        <source>Unsur</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="62"/>
        <source>Peringatan konflik</source>
        <translation>Conflict warning</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="63"/>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="63"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="63"/>
        <source>Pesantren</source>
        <translation>Pesantren</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="63"/>
        <source>NSPP</source>
        <translation>NSPP</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="44"/>
        <source>Tu&amp;gaskan juri…</source>
        <translation>Assi&amp;gn juror…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="51"/>
        <source>&amp;Juri baru…</source>
        <translation>New &amp;juror…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="82"/>
        <source>Tambah pe&amp;santren…</source>
        <translation>&amp;Add pesantren…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="96"/>
        <source>Na&amp;ik</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="103"/>
        <source>T&amp;urun</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="89"/>
        <source>Ja&amp;m tampil…</source>
        <translation>Set &amp;time…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="25"/>
        <source>Juri panel</source>
        <translation>Panel jurors</translation>
    </message>
    <message>
        <location filename="../../ui/setup_panel_detail.ui" line="63"/>
        <source>Urutan tampil</source>
        <translation>Running order</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="76"/>
        <source>Pilih sebuah panel untuk melihat juri dan urutan tampilnya.</source>
        <translation>Select a panel to see its jurors and running order.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="111"/>
        <source>{0} ditugaskan dengan peringatan (tercatat): {1}</source>
        <translation>{0} assigned with a warning (recorded): {1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="114"/>
        <source>{0} ditugaskan ke panel.</source>
        <translation>{0} assigned to the panel.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="166"/>
        <source>{0} ditambahkan dengan peringatan (tercatat): {1}</source>
        <translation>{0} added with a warning (recorded): {1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="169"/>
        <source>{0} ditambahkan ke urutan tampil.</source>
        <translation>{0} added to the running order.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="184"/>
        <source>Jam tampil</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/panels_tab.py" line="185"/>
        <source>Jam tampil {0} (mis. 09:30):</source>
        <translation>Time slot of {0} (e.g. 09:30):</translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <location filename="../../ui/panel_dialog.ui" line="6"/>
        <source>Panel baru</source>
        <translation>New panel</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/dialogs.py" line="65"/>
        <source>Lokasi: {0}</source>
        <translation>Venue: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/panel_dialog.ui" line="26"/>
        <source>mis. Ruang 1</source>
        <translation>e.g. Ruang 1</translation>
    </message>
    <message>
        <location filename="../../ui/panel_dialog.ui" line="16"/>
        <source>&amp;Nama panel / ruang:</source>
        <translation>Panel / room &amp;name:</translation>
    </message>
</context>
<context>
    <name>PaperEntryWidget</name>
    <message>
        <location filename="../../ui/paper_entry.ui" line="25"/>
        <source>Pindai kode QR lembar penilaian lalu Enter</source>
        <translation>Scan the score sheet&apos;s QR code, then press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="15"/>
        <source>&amp;Pindai QR:</source>
        <translation>&amp;Scan QR:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="32"/>
        <source>Pa&amp;nel:</source>
        <translation>Pa&amp;nel:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="46"/>
        <source>&amp;Juri:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="60"/>
        <source>Pe&amp;santren:</source>
        <translation>&amp;Pesantren:</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="83"/>
        <source>Nilai pada lembar kertas</source>
        <translation>Scores on the paper sheet</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="92"/>
        <source>&amp;Simpan entri</source>
        <translation>Sa&amp;ve entry</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="111"/>
        <source>Selisih kedua entri</source>
        <translation>Differences between the two entries</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="105"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="105"/>
        <source>Kriteria</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="105"/>
        <source>Entri 1</source>
        <translation>Entry 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="105"/>
        <source>Entri 2</source>
        <translation>Entry 2</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="143"/>
        <source>Sele&amp;saikan selisih</source>
        <translation>&amp;Resolve differences</translation>
    </message>
    <message>
        <location filename="../../ui/paper_entry.ui" line="127"/>
        <source>&amp;Alasan:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="200"/>
        <source>Panel pada kode QR ini tidak ada di laptop ini.</source>
        <translation>The panel in this QR code is not on this laptop.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="109"/>
        <source>{0} — {1} (bobot {2}):</source>
        <translation>{0} — {1} (weight {2}):</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="117"/>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="264"/>
        <source>Komentar:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="276"/>
        <source>Pilih panel, juri dan pesantren, atau pindai kode QR lembar.</source>
        <translation>Choose the panel, juror and pesantren, or scan the sheet&apos;s QR code.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="278"/>
        <source>Belum ada entri kertas. Ketik nilai dari lembar (entri ke-1).</source>
        <translation>No paper entry yet. Type the scores from the sheet (1st entry).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="280"/>
        <source>Entri ke-1 oleh {0}. Petugas lain mengetik ulang lembar ini tanpa melihat entri pertama (entri ke-2).</source>
        <translation>1st entry by {0}. Another officer retypes this sheet without seeing the first entry (2nd entry).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="283"/>
        <source>Kedua entri berbeda (oleh {0}). Orang ketiga memilih nilai yang benar dengan alasan.</source>
        <translation>The two entries differ (by {0}). A third person chooses the correct score and gives a reason.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="286"/>
        <source>Lembar terverifikasi.</source>
        <translation>Sheet verified.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="287"/>
        <source>Lembar ini sudah dikunci di laptop juri; tidak perlu entri kertas.</source>
        <translation>This sheet is already locked on the juror&apos;s laptop; no paper entry is needed.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="118"/>
        <location filename="../../opop_desktop/gui/paper_entry.py" line="299"/>
        <source>Nilai benar {0}:</source>
        <translation>Correct score {0}:</translation>
    </message>
</context>
<context>
    <name>PengaturanScreen</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="62"/>
        <location filename="../../ui/pengaturan.ui" line="9"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="16"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="22"/>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="53"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="54"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="36"/>
        <source>&amp;Ukuran kertas bawaan:</source>
        <translation>Default &amp;paper size:</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="53"/>
        <source>Data dan cadangan</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="59"/>
        <source>Basis data:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="76"/>
        <source>Folder cadangan:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="93"/>
        <source>&amp;Jumlah cadangan disimpan:</source>
        <translation>&amp;Backups to keep:</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="115"/>
        <source>&amp;Buka folder data</source>
        <translation>&amp;Open data folder</translation>
    </message>
    <message>
        <location filename="../../ui/pengaturan.ui" line="122"/>
        <source>Buat &amp;cadangan sekarang</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="93"/>
        <source>Perangkat ini: {0} — peran {1}, kab/kota {2}, program {3}</source>
        <translation>This device: {0} — role {1}, regency/city {2}, programme {3}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/pengaturan.py" line="122"/>
        <source>Cadangan dibuat: {0}</source>
        <translation>Backup created: {0}</translation>
    </message>
</context>
<context>
    <name>PenilaianScreen</name>
    <message>
        <location filename="../../ui/penilaian.ui" line="17"/>
        <source>&amp;Lembar juri</source>
        <translation>Juror s&amp;heets</translation>
    </message>
    <message>
        <location filename="../../ui/penilaian.ui" line="36"/>
        <source>&amp;Entri kertas</source>
        <translation>Paper en&amp;try</translation>
    </message>
    <message>
        <location filename="../../ui/penilaian.ui" line="55"/>
        <source>Papan ke&amp;majuan</source>
        <translation>Progress &amp;board</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/penilaian.py" line="43"/>
        <location filename="../../ui/penilaian.ui" line="9"/>
        <source>Penilaian</source>
        <translation>Scoring</translation>
    </message>
</context>
<context>
    <name>PersiapanScreen</name>
    <message>
        <location filename="../../ui/persiapan.ui" line="18"/>
        <source>&amp;Tahap:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <location filename="../../ui/persiapan.ui" line="39"/>
        <source>&amp;Lokasi &amp;&amp; panel</source>
        <translation>&amp;Venues &amp;&amp; panels</translation>
    </message>
    <message>
        <location filename="../../ui/persiapan.ui" line="58"/>
        <source>&amp;Konflik kepentingan</source>
        <translation>&amp;Conflicts of interest</translation>
    </message>
    <message>
        <location filename="../../ui/persiapan.ui" line="77"/>
        <source>&amp;Rubrik</source>
        <translation>&amp;Rubric</translation>
    </message>
    <message>
        <location filename="../../ui/persiapan.ui" line="96"/>
        <source>&amp;Akun pengguna</source>
        <translation>User acc&amp;ounts</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/persiapan.py" line="50"/>
        <location filename="../../ui/persiapan.ui" line="9"/>
        <source>Persiapan</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/persiapan.py" line="63"/>
        <source>Masuk sebagai admin atau koordinator untuk mengubah persiapan.</source>
        <translation>Sign in as an admin or coordinator to change the setup.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/persiapan.py" line="44"/>
        <location filename="../../opop_desktop/gui/screens/persiapan.py" line="84"/>
        <source>Tahap {0}</source>
        <translation>Stage {0}</translation>
    </message>
</context>
<context>
    <name>PesertaScreen</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="73"/>
        <location filename="../../ui/peserta.ui" line="9"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="98"/>
        <source>No. daftar</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="98"/>
        <source>NSPP</source>
        <translation>NSPP</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="98"/>
        <source>Nama pesantren</source>
        <translation>Pesantren name</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="98"/>
        <source>Pimpinan</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="99"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="99"/>
        <location filename="../../ui/peserta.ui" line="62"/>
        <location filename="../../ui/peserta.ui" line="65"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="99"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="99"/>
        <location filename="../../ui/peserta.ui" line="82"/>
        <location filename="../../ui/peserta.ui" line="85"/>
        <source>Bidang usaha</source>
        <translation>Business field</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="100"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="100"/>
        <location filename="../../ui/peserta.ui" line="92"/>
        <location filename="../../ui/peserta.ui" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="100"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="100"/>
        <source>Tgl. daftar</source>
        <translation>Reg. date</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="18"/>
        <source>Cari nama, NSPP, no. daftar, produk… (Ctrl+F)</source>
        <translation>Search name, NSPP, reg. no., product… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="21"/>
        <source>Cari pesantren</source>
        <translation>Search pesantren</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="31"/>
        <source>&amp;Impor pendaftar…</source>
        <translation>&amp;Import registrants…</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="41"/>
        <source>&amp;Keputusan administrasi…</source>
        <translation>Administration &amp;decision…</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="118"/>
        <source>Daftar pesantren</source>
        <translation>Pesantren list</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="38"/>
        <source>Lolos / tidak lolos seleksi administrasi untuk pesantren terpilih (Ctrl+D)</source>
        <translation>Passed / failed administration selection for the selected pesantren (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="101"/>
        <source>Semua kab/kota</source>
        <translation>All regencies/cities</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="102"/>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="103"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="104"/>
        <source>Semua bidang usaha</source>
        <translation>All business fields</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="105"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="52"/>
        <location filename="../../ui/peserta.ui" line="55"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="72"/>
        <location filename="../../ui/peserta.ui" line="75"/>
        <source>Kategori usaha</source>
        <translation>Business category</translation>
    </message>
    <message>
        <location filename="../../ui/peserta.ui" line="102"/>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="182"/>
        <source>{0} dari {1} pesantren</source>
        <translation>{0} of {1} pesantren</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="186"/>
        <source>Belum ada peserta pada tahun program ini. Tekan &quot;Impor pendaftar…&quot; untuk memuat berkas Excel pendaftar dari kab/kota, atau buat data contoh di Beranda.</source>
        <translation>No participants in this programme year yet. Press &quot;Import registrants…&quot; to load a registrant Excel file from a regency/city, or create demo data on the Home screen.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="190"/>
        <source>Tidak ada pesantren yang cocok dengan pencarian dan filter ini. Tekan &quot;Hapus filter&quot; untuk melihat semuanya.</source>
        <translation>No pesantren match this search and these filters. Press &quot;Clear filters&quot; to see them all.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/peserta.py" line="235"/>
        <source>Keputusan administrasi disimpan: {0} lolos, {1} tidak lolos.</source>
        <translation>Administration decisions saved: {0} passed, {1} failed.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_preview_page.ui" line="6"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_page.ui" line="9"/>
        <source>Belum ada yang disimpan. Periksa baris yang diterima dan ditolak, lalu tekan Impor.</source>
        <translation>Nothing has been saved yet. Check the accepted and rejected rows, then press Import.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="116"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="121"/>
        <location filename="../../opop_desktop/gui/import_pages.py" line="129"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="121"/>
        <location filename="../../opop_desktop/gui/import_pages.py" line="129"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="122"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="123"/>
        <source>Nama pesantren</source>
        <translation>Pesantren name</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="123"/>
        <source>NSPP</source>
        <translation>NSPP</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="124"/>
        <source>Kab/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="124"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="125"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="130"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="130"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_page.ui" line="114"/>
        <source>&amp;Simpan daftar kesalahan…</source>
        <translation>&amp;Save error list…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="139"/>
        <source>Diterima ({0})</source>
        <translation>Accepted ({0})</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="140"/>
        <source>Ditolak ({0})</source>
        <translation>Rejected ({0})</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="141"/>
        <source>Peringatan ({0})</source>
        <translation>Warnings ({0})</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="151"/>
        <source>Membaca berkas…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="153"/>
        <source>Memeriksa berkas pendaftar…</source>
        <translation>Checking the registrant file…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="164"/>
        <source>{0} baru, {1} diperbarui, {2} tidak berubah, {3} ditolak.</source>
        <translation>{0} new, {1} updated, {2} unchanged, {3} rejected.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="167"/>
        <source>Mode ketat: tidak ada yang akan disimpan selama masih ada baris yang ditolak. Perbaiki berkasnya lalu pilih lagi.</source>
        <translation>Strict mode: nothing will be saved while any row is rejected. Fix the file, then choose it again.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="170"/>
        <source>Baris yang ditolak dilewati; simpan daftar kesalahannya, perbaiki, lalu impor lagi.</source>
        <translation>Rejected rows are skipped; save the error list, fix the rows, then import again.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="179"/>
        <source>Pemeriksaan dibatalkan.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="194"/>
        <source>Simpan daftar kesalahan</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="195"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="210"/>
        <source>Daftar kesalahan disimpan: {0}</source>
        <translation>Error list saved: {0}</translation>
    </message>
</context>
<context>
    <name>ProgressBoardWidget</name>
    <message>
        <location filename="../../ui/progress_board.ui" line="23"/>
        <source>&amp;Lokasi:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="67"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="67"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="67"/>
        <source>Diharapkan</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="67"/>
        <source>Terisi</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="68"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="68"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="68"/>
        <source>Belum masuk</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="79"/>
        <source>Tahap {0} — {1}</source>
        <translation>Stage {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="97"/>
        <source>Belum ada lokasi audisi.</source>
        <translation>No audition venue yet.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/progress_board.py" line="104"/>
        <source>{0} dari {1} lembar sudah terhitung (terkunci/terverifikasi).</source>
        <translation>{0} of {1} sheets counted (locked/verified).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="80"/>
        <source>no. {0} {1} ({2})</source>
        <translation>no. {0} {1} ({2})</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/import_result_page.ui" line="6"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="226"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="227"/>
        <source>Mengimpor pendaftar…</source>
        <translation>Importing registrants…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="236"/>
        <source>Impor selesai: {0} pesantren baru, {1} diperbarui, {2} tidak berubah.</source>
        <translation>Import finished: {0} new pesantren, {1} updated, {2} unchanged.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="239"/>
        <source>Tidak ada yang disimpan.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="241"/>
        <source>{0} baris ditolak dan dilewati.</source>
        <translation>Rows rejected and skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="248"/>
        <source>Impor dibatalkan. Tidak ada data yang diubah.</source>
        <translation>Import cancelled. No data was changed.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="250"/>
        <source>Impor gagal; tidak ada data yang diubah.</source>
        <translation>Import failed; no data was changed.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="6"/>
        <source>Selamat datang di OPOP Desktop</source>
        <translation>Welcome to OPOP Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="9"/>
        <source>Beberapa pertanyaan singkat tentang laptop ini. Semuanya dapat diubah nanti di layar Pengaturan.</source>
        <translation>A few short questions about this laptop. Everything can be changed later on the Settings screen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="15"/>
        <source>Laptop ini dipakai di:</source>
        <translation>This laptop is used at:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="36"/>
        <source>Kantor &amp;provinsi (admin program)</source>
        <translation>&amp;Province office (programme admin)</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="22"/>
        <source>Lokasi &amp;audisi (petugas dan juri, tanpa internet)</source>
        <translation>Audition &amp;venue (officers and jurors, no internet)</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="29"/>
        <source>Kantor ka&amp;bupaten/kota (koordinator)</source>
        <translation>Regency/city &amp;office (coordinator)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/first_start_pages.py" line="32"/>
        <source>ketik untuk mencari, mis. Garut</source>
        <translation>type to search, e.g. Garut</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="45"/>
        <source>Kabupa&amp;ten/Kota:</source>
        <translation>Re&amp;gency/city:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="68"/>
        <source>mis. Laptop Garut-1</source>
        <translation>e.g. Laptop Garut-1</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="58"/>
        <source>&amp;Nama laptop ini:</source>
        <translation>Laptop na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="93"/>
        <source>Isi dengan &amp;data contoh (±60 pesantren di 2 kab/kota, untuk mencoba aplikasi)</source>
        <translation>Fill with &amp;demo data (±60 pesantren in 2 regencies/cities, to try the application)</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="103"/>
        <source>&amp;Coba dengan data contoh</source>
        <translation>&amp;Try with demo data</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_role_page.ui" line="100"/>
        <source>Laptop diatur sebagai kantor provinsi dan diisi data contoh; tinggal membuat akun admin.</source>
        <translation>The laptop is set up as the province office and filled with demo data; only the admin account is left to create.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/first_start_pages.py" line="54"/>
        <source>Pilih di mana laptop ini dipakai.</source>
        <translation>Choose where this laptop is used.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/first_start_pages.py" line="56"/>
        <source>Pilih kabupaten/kota laptop ini.</source>
        <translation>Choose this laptop&apos;s regency/city.</translation>
    </message>
</context>
<context>
    <name>RubricTab</name>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="128"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="128"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="128"/>
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="128"/>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="129"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="129"/>
        <source>Maks</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="129"/>
        <source>Kelipatan</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/setup_rubric.ui" line="26"/>
        <source>Tambah kr&amp;iteria</source>
        <translation>Add cr&amp;iterion</translation>
    </message>
    <message>
        <location filename="../../ui/setup_rubric.ui" line="33"/>
        <source>&amp;Hapus kriteria</source>
        <translation>&amp;Delete criterion</translation>
    </message>
    <message>
        <location filename="../../ui/setup_rubric.ui" line="40"/>
        <source>Muat &amp;ulang</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../ui/setup_rubric.ui" line="47"/>
        <source>&amp;Simpan</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="177"/>
        <source>Tahap ini belum memiliki rubrik.</source>
        <translation>This stage has no rubric yet.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="179"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;, versi {1}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, version {1}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="181"/>
        <source>Rubrik ini sudah dipakai untuk penilaian (dibekukan): menyimpan perubahan membuat versi {0}; lembar yang sudah dinilai tetap memakai versi {1}.</source>
        <translation>This rubric has already been used for scoring (frozen): saving changes creates version {0}; sheets already scored keep version {1}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="185"/>
        <source>Hanya admin provinsi yang dapat mengubah rubrik.</source>
        <translation>Only the province admin can change the rubric.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="194"/>
        <source>Jumlah bobot: {0} (harus 100)</source>
        <translation>Total weight: {0} (must be 100)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="212"/>
        <source>Rubrik versi {0} sudah dipakai untuk penilaian. Simpan sebagai versi {1}?</source>
        <translation>Rubric version {0} has already been used for scoring. Save as version {1}?</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/rubric_tab.py" line="220"/>
        <source>Rubrik disimpan (versi {0}).</source>
        <translation>Rubric saved (version {0}).</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="81"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="81"/>
        <source>Pesantren</source>
        <translation>Pesantren</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="82"/>
        <source>{0}
bobot {1}</source>
        <translation>{0}
weight {1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="83"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="83"/>
        <source>Komentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="130"/>
        <source>Komentar: catatan singkat untuk pesantren ini (boleh kosong).</source>
        <translation>Comment: a short note on this pesantren (may be left empty).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="133"/>
        <source>(bobot {0}; isi {1})</source>
        <translation>(weight {0}; enter {1})</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="142"/>
        <source>{0} — {1} (bobot {2}; {3})</source>
        <translation>{0} — {1} (weight {2}; {3})</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="165"/>
        <source>{0} — {1}; isi {2}</source>
        <translation>{0} — {1}; enter {2}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="189"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="187"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="187"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="187"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="188"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="188"/>
        <source>Kertas: entri 1</source>
        <translation>Paper: entry 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/score_grid.py" line="189"/>
        <source>Kertas: selisih</source>
        <translation>Paper: differences</translation>
    </message>
</context>
<context>
    <name>ScoreGridPanel</name>
    <message>
        <location filename="../../ui/score_grid.ui" line="21"/>
        <source>Lembar nilai juri</source>
        <translation>Juror&apos;s score sheet</translation>
    </message>
    <message>
        <location filename="../../ui/score_grid.ui" line="43"/>
        <source>Kriteria yang sedang diisi</source>
        <translation>Criterion being scored</translation>
    </message>
</context>
<context>
    <name>ScoreSheetPage</name>
    <message>
        <location filename="../../ui/score_sheet_page.ui" line="11"/>
        <source>&amp;Panel:</source>
        <translation>&amp;Panel:</translation>
    </message>
    <message>
        <location filename="../../ui/score_sheet_page.ui" line="31"/>
        <source>&amp;Juri:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <location filename="../../ui/score_sheet_page.ui" line="70"/>
        <source>Ubah nilai yang sudah dikunci, dengan alasan (koordinator/admin)</source>
        <translation>Change a locked score, with a reason (coordinator/admin)</translation>
    </message>
    <message>
        <location filename="../../ui/score_sheet_page.ui" line="73"/>
        <source>K&amp;oreksi…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/score_sheet_page.ui" line="80"/>
        <source>Periksa kelengkapan, lalu kunci lembar dengan PIN juri</source>
        <translation>Check completeness, then lock the sheets with the juror&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../ui/score_sheet_page.ui" line="83"/>
        <source>&amp;Kirim &amp;&amp; kunci…</source>
        <translation>&amp;Submit &amp;&amp; lock…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="142"/>
        <source>Silakan masuk terlebih dahulu (menu Pengguna → Masuk).</source>
        <translation>Please sign in first (menu User → Sign in).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="159"/>
        <source>Belum ada panel yang dapat Anda buka.</source>
        <translation>There is no panel you can open yet.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="208"/>
        <source>Lembar sudah dikunci; hanya koordinator yang dapat mengoreksi.</source>
        <translation>The sheet is locked; only a coordinator can correct it.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="282"/>
        <source>Kirim dan kunci {0} lembar penilaian?

Setelah dikunci nilai tidak dapat diubah; hanya koordinator yang dapat mengoreksi dengan alasan.</source>
        <translation>Submit and lock {0} score sheets?

Once locked, the scores cannot be changed; only a coordinator can correct them, with a reason.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="317"/>
        <source>{0} lembar dikunci.</source>
        <translation>Sheets locked: {0}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="210"/>
        <source>Petugas hanya melihat; nilai dari kertas dientri di tab Entri kertas.</source>
        <translation>Officers can only view; scores from paper are entered on the Paper entry tab.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="226"/>
        <source>Dinilai {0} dari {1} · belum {2}</source>
        <translation>Scored {0} of {1} · {2} to go</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="263"/>
        <source>Tersimpan: {0} = {1}</source>
        <translation>Saved: {0} = {1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="276"/>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="283"/>
        <source>Kirim &amp; kunci</source>
        <translation>Submit &amp; lock</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="277"/>
        <source>PIN juri {0} (6 angka):</source>
        <translation>PIN of juror {0} (6 digits):</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="334"/>
        <source>{0}, kriteria {1} — {2}</source>
        <translation>{0}, criterion {1} — {2}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/score_sheet.py" line="346"/>
        <source>Koreksi tersimpan.</source>
        <translation>Correction saved.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../ui/secret_dialog.ui" line="6"/>
        <source>Atur ulang kata sandi / PIN</source>
        <translation>Reset password / PIN</translation>
    </message>
    <message>
        <location filename="../../ui/secret_dialog.ui" line="16"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/secret_dialog.ui" line="33"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/secret_dialog.ui" line="50"/>
        <source>P&amp;IN (6 angka):</source>
        <translation>P&amp;IN (6 digits):</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="123"/>
        <source>Akun: {0} ({1})</source>
        <translation>Account: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="43"/>
        <source>PIN harus tepat 6 angka.</source>
        <translation>The PIN must be exactly 6 digits.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="45"/>
        <source>Kata sandi wajib diisi.</source>
        <translation>A password is required.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="47"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>SinkronisasiScreen</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="110"/>
        <location filename="../../ui/sinkronisasi.ui" line="9"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="91"/>
        <source>Provinsi (hasil)</source>
        <translation>Province (results)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="91"/>
        <source>Semua data (salinan lengkap)</source>
        <translation>All data (full copy)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="92"/>
        <source>Kab/kota (hasil dari laptop lokasi ini)</source>
        <translation>Regency/city (results from this venue laptop)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="96"/>
        <source>Penyiapan untuk {0} {1}</source>
        <translation>Setup for {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="26"/>
        <source>&amp;Penerima:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="40"/>
        <source>Kirim semua rekaman (bukan hanya yang baru)</source>
        <translation>Send all records (not only new ones)</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="47"/>
        <source>Segel (enkripsi) untuk provinsi</source>
        <translation>Seal (encrypt) for the province</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="54"/>
        <source>&amp;Ekspor bundel…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="17"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="124"/>
        <source>Simpan bundel</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="124"/>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="164"/>
        <source>Bundel OPOP (*.opop)</source>
        <translation>OPOP bundles (*.opop)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="141"/>
        <source>Bundel ditulis: {0} ({1} rekaman).</source>
        <translation>Bundle written: {0} ({1} records).</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="143"/>
        <source>Tidak dikirim (perangkat ini tidak berwenang mengirimnya): {0}.</source>
        <translation>Not sent (this device may not send them): {0}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="147"/>
        <source>Menulis bundel…</source>
        <translation>Writing bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="74"/>
        <source>&amp;Pilih bundel…</source>
        <translation>&amp;Choose bundles…</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="81"/>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="97"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="97"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="97"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="97"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="98"/>
        <source>Sama</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="98"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="98"/>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="102"/>
        <location filename="../../ui/sinkronisasi.ui" line="127"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="178"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="178"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="183"/>
        <source>tidak digabungkan</source>
        <translation>not merged</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="66"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="164"/>
        <source>Pilih bundel</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="169"/>
        <source>siap digabung</source>
        <translation>ready to merge</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="169"/>
        <source>digabungkan</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="170"/>
        <source>sudah pernah digabung</source>
        <translation>already merged</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="170"/>
        <source>dikarantina</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="171"/>
        <source>tanda terima</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="217"/>
        <source>Pratinjau: periksa lalu tekan Gabungkan.</source>
        <translation>Preview: check, then press Merge.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="218"/>
        <source>Memeriksa bundel…</source>
        <translation>Checking bundles…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="227"/>
        <source>{0} dari {1} berkas digabungkan.</source>
        <translation>{0} of {1} files merged.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="229"/>
        <source>Dibatalkan: berkas yang belum diproses tidak digabungkan.</source>
        <translation>Cancelled: files not yet processed were not merged.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="231"/>
        <source>Tanda terima: {0}</source>
        <translation>Receipt: {0}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="234"/>
        <source>Menggabungkan bundel…</source>
        <translation>Merging bundles…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="100"/>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="104"/>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="100"/>
        <source>Id perangkat</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="101"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="101"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="119"/>
        <source>&amp;Percayai perangkat</source>
        <translation>&amp;Trust device</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="109"/>
        <source>Karantina</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="251"/>
        <source>Percayai perangkat {0}?

Bandingkan sidik jari ini dengan yang tampil di laptop pengirim (mis. lewat telepon):

{1}</source>
        <translation>Trust device {0}?

Compare this fingerprint with the one shown on the sending laptop (e.g. over the phone):

{1}</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="102"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="99"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="102"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="103"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="103"/>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="105"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="103"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="149"/>
        <source>wajib, mis. dicocokkan dengan lembar kertas</source>
        <translation>required, e.g. checked against the paper sheet</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="139"/>
        <source>&amp;Alasan:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="156"/>
        <source>Nilai &amp;baru (opsional):</source>
        <translation>&amp;New score (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="174"/>
        <source>Pakai versi &amp;terpilih</source>
        <translation>&amp;Use selected version</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="181"/>
        <source>Simpan &amp;nilai baru</source>
        <translation>Save ne&amp;w score</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="275"/>
        <source>Pilih salah satu versi pada daftar konflik.</source>
        <translation>Select one version in the conflict list.</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="204"/>
        <source>Nomor urut yang diterima per perangkat:</source>
        <translation>Sequence numbers received per device:</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="104"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="198"/>
        <source>Celah</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="105"/>
        <location filename="../../ui/sinkronisasi.ui" line="216"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="105"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="228"/>
        <source>Buat &amp;cadangan</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/sinkronisasi.ui" line="235"/>
        <source>&amp;Pulihkan cadangan terpilih</source>
        <translation>Re&amp;store selected backup</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="336"/>
        <source> Isi cadangan: program {0}, skema {1}.</source>
        <translation> The backup holds: programme {0}, schema {1}.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="338"/>
        <source>Pulihkan {0}? Basis data saat ini dicadangkan dulu.</source>
        <translation>Restore {0}? The current database is backed up first.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/sinkronisasi.py" line="344"/>
        <source>Dipulihkan dari {0}.</source>
        <translation>Restored from {0}.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../ui/unexpected_error_dialog.ui" line="9"/>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected_error_dialog.ui" line="45"/>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="63"/>
        <source>Rincian tersimpan di berkas log:
{0}</source>
        <translation>The details are saved in the log file:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/unexpected_error_dialog.ui" line="31"/>
        <source>&amp;Salin detail</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="69"/>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/user_dialog.ui" line="6"/>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="84"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="12"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="26"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="40"/>
        <source>&amp;Peran:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="54"/>
        <source>Data &amp;juri:</source>
        <translation>&amp;Juror record:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="68"/>
        <source>Kab/kot&amp;a:</source>
        <translation>Regency/cit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="93"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="110"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="127"/>
        <source>P&amp;IN (6 angka):</source>
        <translation>P&amp;IN (6 digits):</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="107"/>
        <source>Nama pengguna wajib diisi.</source>
        <translation>A username is required.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/accounts_tab.py" line="109"/>
        <source>Pilih data juri untuk akun juri (tambahkan juri di tab Lokasi &amp; panel).</source>
        <translation>Choose the juror record for a juror account (add jurors on the Venues &amp; panels tab).</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/venue_dialog.ui" line="6"/>
        <source>Lokasi audisi baru</source>
        <translation>New audition venue</translation>
    </message>
    <message>
        <location filename="../../ui/venue_dialog.ui" line="12"/>
        <source>&amp;Nama lokasi:</source>
        <translation>Venue &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/venue_dialog.ui" line="26"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/venue_dialog.ui" line="40"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/venue_dialog.ui" line="60"/>
        <source>&amp;Kab/kota dilayani:</source>
        <translation>&amp;Regencies/cities served:</translation>
    </message>
</context>
<context>
    <name>VenueProgressChart</name>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="86"/>
        <source>Kemajuan penilaian per lokasi</source>
        <translation>Scoring progress per venue</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="90"/>
        <source>Lembar final</source>
        <translation>Final sheets</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/charts.py" line="91"/>
        <source>Belum final</source>
        <translation>Not final</translation>
    </message>
</context>
<context>
    <name>VenuesTab</name>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="61"/>
        <source>Lokasi</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="61"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="61"/>
        <source>Kab/kota dilayani</source>
        <translation>Regencies/cities served</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="62"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="62"/>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="63"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/setup_venues.ui" line="36"/>
        <source>Tambah l&amp;okasi…</source>
        <translation>Add ven&amp;ue…</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="63"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="63"/>
        <source>Pesantren</source>
        <translation>Pesantren</translation>
    </message>
    <message>
        <location filename="../../ui/setup_venues.ui" line="65"/>
        <source>Tambah pa&amp;nel…</source>
        <translation>Add pa&amp;nel…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_venues.ui" line="17"/>
        <source>Lokasi audisi tahap ini</source>
        <translation>This stage&apos;s audition venues</translation>
    </message>
    <message>
        <location filename="../../ui/setup_venues.ui" line="46"/>
        <source>Panel (ruang) di lokasi terpilih</source>
        <translation>Panels (rooms) at the selected venue</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="143"/>
        <source>Lokasi {0} ditambahkan.</source>
        <translation>Venue {0} added.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/setup/venues_tab.py" line="155"/>
        <source>{0} ditambahkan di {1}.</source>
        <translation>{0} added at {1}.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="18"/>
        <source>Isi laptop ini dengan data contoh? Peserta, juri, akun dan nilai contoh semuanya fiktif dan hanya untuk mencoba; jangan dipakai pada laptop yang akan dibawa ke lokasi audisi.</source>
        <translation>Fill this laptop with demo data? The participants, jurors, accounts and scores are all fictitious and only for trying the application; do not use it on a laptop that will go to an audition venue.</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="21"/>
        <source>Data contoh</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/demo.py" line="33"/>
        <source>Membuat data contoh…</source>
        <translation>Creating demo data…</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../opop_desktop/gui/widgets/file_dialogs.py" line="41"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/file_dialogs.py" line="43"/>
        <source>Berkas {0}</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/widgets/file_dialogs.py" line="44"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../opop_desktop/gui/help.py" line="26"/>
        <source>Panduan &amp;Juri</source>
        <translation>&amp;Juror guide</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/help.py" line="27"/>
        <source>Panduan &amp;Petugas</source>
        <translation>&amp;Officer guide</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/help.py" line="28"/>
        <source>Panduan &amp;Koordinator</source>
        <translation>&amp;Coordinator guide</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/help.py" line="29"/>
        <source>Panduan &amp;Admin Provinsi</source>
        <translation>Province a&amp;dmin guide</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/help.py" line="189"/>
        <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Sistem audisi luring program One Pesantren One Product (OPOP) Jawa Barat: impor pendaftar, kehadiran, penilaian juri tanpa internet, rekapitulasi, sidang pleno, bundel sinkronisasi bertanda tangan, dan dokumen cetak.&lt;/p&gt;&lt;p&gt;Data wilayah: kode Kemendagri Provinsi Jawa Barat dari set data &lt;i&gt;wilayah&lt;/i&gt; oleh Cahya DSN, lisensi MIT (resources/regions/LICENSE). Huruf: DejaVu Sans (lisensi DejaVu Fonts). Antarmuka: Qt for Python (PySide6), lisensi LGPL v3.&lt;/p&gt;&lt;p&gt;Data tersimpan di: {2}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Offline audition system of West Java&apos;s One Pesantren One Product (OPOP) programme: registrant import, attendance, juror scoring without internet, recapitulation, plenary, signed synchronisation bundles and printed documents.&lt;/p&gt;&lt;p&gt;Region data: Kemendagri codes of West Java Province from the &lt;i&gt;wilayah&lt;/i&gt; data set by Cahya DSN, MIT licence (resources/regions/LICENSE). Font: DejaVu Sans (DejaVu Fonts licence). Interface: Qt for Python (PySide6), LGPL v3 licence.&lt;/p&gt;&lt;p&gt;Data is stored in: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/help.py" line="201"/>
        <source>Tentang {0}</source>
        <translation>About {0}</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="31"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="32"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="33"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/import_pages.py" line="34"/>
        <source>Duplikat (dilewati)</source>
        <translation>Duplicate (skipped)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="16"/>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="17"/>
        <source>Scale-up</source>
        <translation>Scale-up</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="18"/>
        <source>Start-up &amp; scale-up</source>
        <translation>Start-up &amp; scale-up</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="22"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="23"/>
        <source>Lolos administrasi</source>
        <translation>Passed administration</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="24"/>
        <source>Tidak lolos administrasi</source>
        <translation>Failed administration</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="25"/>
        <source>Diundang tahap 1</source>
        <translation>Invited to stage 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="26"/>
        <source>Hadir tahap 1</source>
        <translation>Present at stage 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="27"/>
        <source>Tidak hadir tahap 1</source>
        <translation>Absent at stage 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="28"/>
        <source>Lolos tahap 1</source>
        <translation>Passed stage 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="29"/>
        <source>Tidak lolos tahap 1</source>
        <translation>Did not pass stage 1</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="30"/>
        <source>Diundang tahap 2</source>
        <translation>Invited to stage 2</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="31"/>
        <source>Hadir tahap 2</source>
        <translation>Present at stage 2</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="32"/>
        <source>Tidak hadir tahap 2</source>
        <translation>Absent at stage 2</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="33"/>
        <source>Lolos tahap 2</source>
        <translation>Passed stage 2</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="34"/>
        <source>Tidak lolos tahap 2</source>
        <translation>Did not pass stage 2</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="35"/>
        <source>Diundang tahap 3</source>
        <translation>Invited to stage 3</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="36"/>
        <source>Hadir tahap 3</source>
        <translation>Present at stage 3</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="37"/>
        <source>Tidak hadir tahap 3</source>
        <translation>Absent at stage 3</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="38"/>
        <source>Juara (lolos tahap 3)</source>
        <translation>Champion (passed stage 3)</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="39"/>
        <source>Tidak lolos tahap 3</source>
        <translation>Did not pass stage 3</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="43"/>
        <source>Admin provinsi</source>
        <translation>Province admin</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="44"/>
        <source>Koordinator kab/kota</source>
        <translation>Regency/city coordinator</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="45"/>
        <source>Petugas lokasi</source>
        <translation>Venue officer</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="46"/>
        <source>Juri</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="50"/>
        <source>Akademisi</source>
        <translation>Academics</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="51"/>
        <source>Pelaku usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="52"/>
        <source>Komunitas</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="53"/>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="54"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="58"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="59"/>
        <location filename="../../opop_desktop/gui/label_strings.py" line="66"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="60"/>
        <source>Bidang usaha</source>
        <translation>Business field</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="61"/>
        <location filename="../../opop_desktop/gui/label_strings.py" line="67"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/label_strings.py" line="65"/>
        <source>Lokasi audisi</source>
        <translation>Audition venue</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="43"/>
        <location filename="../../opop_desktop/gui/messages.py" line="47"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="79"/>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/messages.py" line="83"/>
        <source>Konfirmasi</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="12"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="13"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="14"/>
        <source>Persiapan</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="15"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="16"/>
        <source>Penilaian</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="17"/>
        <source>Hasil</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="18"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="19"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../opop_desktop/gui/screens/__init__.py" line="20"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../opop_desktop/gui/tasks.py" line="142"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
