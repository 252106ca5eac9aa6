"""Word lists for plausible synthetic pesantren: names, leaders, products (per product field)."""
from __future__ import annotations

NAME_PREFIXES = ["Pondok Pesantren", "Pondok Pesantren", "Ponpes", "Pesantren", "PP"]

NAME_CORES = [
    "Al-Hikmah", "Darussalam", "Al-Ikhlas", "Miftahul Huda", "Al-Falah", "Nurul Huda", "Daarul Ulum",
    "Al-Muhajirin", "Baitul Hikmah", "Riyadlul Jannah", "Al-Ittihad", "Sirojul Munir", "Nurul Iman",
    "Al-Barokah", "Darul Falah", "Al-Hidayah", "Manbaul Ulum", "Cipasung", "Al-Amanah", "Daarut Tauhiid",
    "Al-Istiqomah", "Raudlatul Muta'allimin", "Al-Mubarok", "Bahrul Ulum", "Al-Furqon", "Assalafiyah",
    "Al-Khoiriyah", "Darul Arqam", "Al-Mustaqim", "Nurul Falah", "Al-Masthuriyah", "Hidayatul Mubtadiin",
    "Sukahideng", "Al-Ma'mur", "Al-Jawami", "Darul Muttaqien", "Al-Qur'aniyah", "Tarbiyatul Aulad",
    "Al-Munawwaroh", "Riyadul Alfiyah", "Daarul Qur'an", "Al-Kautsar", "Mathlaul Anwar", "Nurul Jadid",
    "Al-Ishlah", "Darul Ma'arif", "Al-Muttaqin", "Fathul Ulum", "Al-Huda", "Persatuan Islam",
    "Minhajul Karomah", "Al-Wafa", "Sabilul Muttaqin", "Al-Azhar", "Darul Hikam", "Misbahul Falah",
]
NAME_SUFFIXES = ["", "", "", "", " 2", " Putri", " Putra", " Al-Islamy", " Cabang {district}",
                 " {district}"]

LEADER_TITLES = ["KH.", "KH.", "K.", "Ust.", "Hj.", "H.", "Dr. KH.", "Ustadzah"]
LEADER_FIRST = [
    "Ahmad", "Muhammad", "Abdul", "Asep", "Dede", "Endang", "Ujang", "Aceng", "Yusuf", "Saepul",
    "Cecep", "Iman", "Ade", "Dadang", "Enjang", "Hasan", "Ilyas", "Mahmud", "Zainal", "Rohman",
    "Siti", "Nurul", "Euis", "Imas", "Neneng", "Aan", "Usep", "Agus", "Maman", "Tatang",
]
LEADER_LAST = [
    "Hidayat", "Mubarok", "Fauzi", "Syarifudin", "Hamdani", "Ruhiyat", "Sobari", "Zakaria", "Maulana",
    "Ramdani", "Supriatna", "Kurniawan", "Nurdin", "Saepudin", "Mustofa", "Syamsudin", "Anwar",
    "Hakim", "Rahmat", "Jamaludin", "Abdullah", "Hasanudin", "Ma'ruf", "Fathurrohman",
]

# Product field code → typical pesantren products.
PRODUCTS = {
    "konfeksi": ["Baju Koko", "Mukena Bordir", "Kerudung Instan", "Sarung Tenun", "Seragam Santri",
                 "Kaos Sablon Dakwah"],
    "makanan-olahan-nabati": ["Keripik Singkong", "Keripik Pisang", "Opak Ketan", "Dodol Garut",
                              "Rengginang", "Tahu Sumedang", "Kerupuk Aci", "Sale Pisang", "Wajit"],
    "minuman": ["Kopi Arabika", "Kopi Robusta Sunda", "Teh Hijau Pucuk", "Sirup Pala", "Air Mineral Santri",
                "Bandrek Instan", "Susu Kedelai"],
    "perikanan": ["Lele Asap", "Ikan Nila Segar", "Abon Ikan Tuna", "Budidaya Gurame", "Bibit Ikan Mas"],
    "makanan-olahan-hewani": ["Abon Sapi", "Dendeng Domba", "Telur Asin", "Rendang Kemasan",
                              "Bakso Beku"],
    "peternakan": ["Domba Garut", "Ayam Kampung", "Telur Ayam Omega", "Susu Kambing Etawa", "Bebek Petelur"],
    "pertanian": ["Beras Organik", "Sayuran Hidroponik", "Cabai Rawit", "Jamur Tiram", "Bibit Alpukat"],
    "kerajinan": ["Batik Tulis", "Anyaman Bambu", "Kaligrafi Kayu", "Sandal Santri", "Tas Rajut",
                  "Kerajinan Akar Wangi"],
    "jasa": ["Laundry Santri", "Percetakan Digital", "Travel Umroh", "Servis Elektronik", "Katering Pesantren"],
    "perdagangan": ["Toko Kitab", "Minimarket Santri", "Grosir Sembako", "Koperasi Pesantren"],
    "perkebunan": ["Gula Aren", "Kopi Luwak", "Cengkeh Kering", "Vanili", "Teh Kebun"],
}

STREETS = ["Jl. Raya", "Jl. Pesantren", "Jl. KH. Hasyim Asy'ari", "Kp.", "Jl. Masjid", "Jl. Cikoneng",
           "Jl. Pahlawan", "Kampung"]
