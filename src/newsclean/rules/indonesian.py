"""Indonesian rules: the furniture of Tribunnews, Kompas, Detik, CNN Indonesia, Liputan6 & co."""

from __future__ import annotations

from ..model import Label
from ..patterns import AGENCIES, BYLINE_CHANNEL, DATE_WITH_TIME, NAME, NAME_SHORTEST, ROLE_AFTER_NAME
from .base import RegexRule

# Sections a site's breadcrumb names after the site ('SuaraJogja.id / News'), where a credit names a photographer.
_SECTION = (
    r"(?:news|berita|nasional|internasional|regional|daerah|metro|ekonomi|bisnis|finansial|keuangan|politik|hukum|olahraga|sport|"
    r"bola|lifestyle|gaya hidup|hiburan|entertainment|seleb|otomotif|tekno|teknologi|sains|kesehatan|health|travel|wisata|"
    r"pendidikan|opini|kolom|video|foto|home|beranda)"
)
_SITE = r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv)"

RULES = [
    RegexRule(
        name="id.promo.follow_column",
        label=Label.PROMO,
        requires=("klik",),
        doc="A 'Baca juga' line that advertises the site's own column or channel, not a story: it asks "
        "to follow, or names the site, and ends 'Klik di Sini'.",
        pattern=r"(?:baca juga\s*:\s*)?(?:ikuti\b.{0,120}|.{0,120}\b[\w-]+\.(?:com|co\.id|id)\s*,?\s*)\bklik di ?sini\W*$",
        max_chars=260,
        matches=("BACA JUGA: Ikuti News Analysis News Analysis Isu-Isu Terkini Perspektif Republika.co.id, Klik di Sini",
                 "BACA JUGA: Update Berita-Berita Politik Perspektif Republika.co.id, Klik di Sini"),
        ignores=("Baca juga: Warga Ikuti Lomba Panjat Pinang di Sungai Musi",),
    ),
    RegexRule(
        name="id.promo.video_widget",
        label=Label.PROMO,
        doc="The header of an embedded video player with no title of its own: 'Simak Video Pilihan "
        "Berikut Ini'. KLY sites print it mid-article, at the end of a page; it links to no story.",
        pattern=r"(?:simak|tonton|saksikan)(?: juga)? video\b[^.!?:\"“]{0,30}\b(?:berikut|di bawah)(?: ini)?\s*$",
        max_chars=80,
        matches=("Simak Video Pilihan Berikut Ini", "Saksikan Video Pilihan di Bawah Ini", "Tonton juga video berikut"),
        ignores=("Simak video berikut ini yang direkam warga saat banjir datang.", "Simak Video Pilihan Berikut Ini:"),
    ),
    # --- related stories -------------------------------------------------------------------
    RegexRule(
        name="id.nav.topic_and_author_links",
        label=Label.NAV,
        doc="tirto's closing links to the topic's page and the writer's other pieces: 'Baca juga artikel "
        "terkait TRANSPORTASI PUBLIK atau tulisan lainnya dari Name' names no story.",
        requires=("tulisan lain",),
        pattern=r"(?:baca juga )?artikel terkait\s.{2,80}?\satau tulisan lain(?:nya)?\s(?:dari|dari penulis)\s.{2,80}$",
        matches=("Baca juga artikel terkait TRANSPORTASI PUBLIK atau tulisan lainnya dari Dinda Maharani Putri",),
        ignores=("Baca juga: Tulisan Lainnya Soal Bus Listrik di Bogor",),
    ),
    RegexRule(
        name="id.related.baca_juga",
        label=Label.RELATED,
        doc="'Baca juga: <headline>' and its variants link to another story.",
        pattern=r"\(?\s*(?:baca|lihat|simak|cek|klik|tonton)(?:\s+(?:juga|pula|lagi|selengkapnya|berita|artikel))?\s*:"
        # Without a colon, a headline follows (capitalised); a sentence goes on in small letters.
        r"|\(?\s*(?:baca|lihat|simak)\s+juga\b(?!\s+(?:bahwa|yang|dengan|di|ke|dari|untuk)\b)(?!\s+(?!(?:video|berita|artikel|foto)\b)(?-i:\p{Ll}))"
        r"|baca artikel lainnya\b|(?:simak|baca|cek) (?:berita|artikel) (?:lainnya|lain|terkait) seputar(?:[^:]{0,60}\bdi ?sini\s*:?\s*$)?"
        r"|(?:pilihan editor|berita terkait|artikel terkait|baca selengkapnya)\s*:\s*(?=\S)"
        r"|(?:simak|tonton|saksikan|lihat)(?: juga)? video\b[^:]{0,200}:$|(?:simak|tonton|saksikan)(?: juga)? live\b[^:]{0,40}:$"
        # A video teaser names its video in quotes, or after a 'Video:' kicker ('Tonton juga Video: ...').
        r"|(?:simak|tonton|saksikan)(?: juga)? video\s+(?=[\"“][^\"“”]{5,200}[\"”]\s*:?$)|(?:(?:tonton|saksikan) juga )?video\s*:\s*(?=(?-i:\p{Lu})[^:]{5,200}$)"
        # A link behind a bracketed label or a list header and a colon: '[Bisnis Premium] <title>',
        # 'Menarik Dibaca: <title>' (a capital after the colon: 'Selanjutnya, polisi ...' is prose).
        r"|\[[^\]]{2,30}\]\s+(?=(?-i:\p{Lu})[^.!?]{10,200}$)"
        r"|(?:selanjutnya|menarik dibaca|artikel selanjutnya|berita selanjutnya|rekomendasi|pilihan redaksi)\s*:\s*(?=(?-i:\p{Lu})[^.!?]{10,200}$)"
        # A broadcaster's video teaser behind its brand: 'Kompas TV <title>' (no full stop: not a sentence).
        r"|(?-i:Kompas TV|KompasTV|CNN Indonesia TV|iNews TV)\s+(?=(?-i:\p{Lu})[^.!?]{10,200}$)",
        max_chars=400,
        matches=(
            "Saksikan Live DetikSore :",
            "Baca juga: Pertahanan Rusia Masih Tangguh",
            "Baca Juga :",
            "BACA JUGA: Persebaya Vs Persija Sore Ini",
            "(Baca: Jokowi Harus Cari Menteri BUMN Tahan Intervensi)",
            "Baca Juga:Salah Sasaran Bantuan Bansos",
            "Lihat Juga : |",
            "Simak juga video berikut",
            "Tonton juga Video: Rania Kusuma Bocorkan Konsep Tur Musim Kedua",
            "Baca Juga",
            "BACA ARTIKEL LAINNYA... PSS Menang Tipis",
            "Simak berita lainnya seputar topik artikel ini, di sini :",
            "Simak Video 'Gudang Plastik di Cakung Terbakar, Asap Hitam Membubung Tinggi':",
            'Simak Video "Petani Keramba di Malang Panen Dini Akibat Cuaca Ekstrem"',
            'Simak Video "Video: Kemenkes Catat Kasus DBD Naik di 12 Provinsi Jelang Akhir Tahun":',
            "Video: Momen Haru Dinda Aryanti Sungkem ke Orang Tua Sebelum Akad",
            "Kompas TV Antrean Perekaman KTP Elektronik Mengular hingga Subuh",
            "[Bisnis Premium] Menakar Untung Rugi Pungutan Ekspor Kelapa Bulat bagi Petani dan Industri",
            "Menarik Dibaca: Saham Konsumer Mulai Dilirik Asing, Ini Daftar Net Buy Terbesar Sepekan",
        ),
        ignores=(
            "Baca selengkapnya di halaman berikut, kata dia kepada wartawan yang hadir di lokasi.",
            "Simak juga penjelasan petugas tentang jadwal kapal yang berubah pekan depan.",
            "Video: warga merekam detik-detik banjir, kata dia.",
            "Kompas TV Bengkulu melaporkan banjir merendam dua desa sejak Senin pagi.",
            "Selanjutnya: polisi akan memeriksa tiga saksi lain pekan depan.",
            "Lihat juga bahwa harga cabai naik di pasar tradisional, ujarnya.",
            "Bacaan doa dibacakan oleh ustaz setempat.",
        ),
    ),
    RegexRule(
        name="id.signoff.contributed",
        label=Label.SIGNOFF,
        requires=("kontribusi",),
        doc="The closing credit of another reporter or an agency: '<Nama> berkontribusi dalam penulisan "
        "artikel ini.' (Tempo); the contributor is not the article's author.",
        pattern=r"[^.!?]{2,80}\s(?:turut\s+|ikut\s+)?berkontribusi\s+(?:dalam|untuk|pada)\s+(?:penulisan|tulisan|artikel|berita|laporan)\b[^!?]{0,60}$",
        max_chars=200,
        matches=(
            "Rahmat Hidayatullah berkontribusi dalam penulisan artikel ini.",
            "Antara turut berkontribusi dalam tulisan ini",
        ),
        ignores=("Petani berkontribusi untuk ketahanan pangan nasional, kata menteri.",),
    ),
    RegexRule(
        name="id.subscribe.fact_check",
        label=Label.SUBSCRIBE,
        doc="The fact-check hotline printed under articles: 'Fakta atau Hoaks? ... silakan WhatsApp ke nomor Cek Fakta ...'.",
        pattern=r"fakta atau hoaks\?[^\n]{0,300}$",
        max_chars=600,
        matches=(
            "Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan.",
        ),
        ignores=("Tim cek fakta menemukan foto itu diambil pada 2019, bukan pekan lalu.",),
    ),
    RegexRule(
        name="id.nav.full_story_link",
        label=Label.NAV,
        doc="A link to the full story alone on its line, under a roundup's item: 'Baca berita selengkapnya di sini.'",
        pattern=r"(?:baca|simak|cek|lihat)\s+(?:(?:berita|artikel|ulasan|informasi)\s+)?selengkapnya\s+di ?sini\s*[.!:]?$",
        matches=("Baca berita selengkapnya di sini.", "Simak selengkapnya di sini"),
        ignores=("Baca selengkapnya di sini, kata dia, sambil menunjuk papan pengumuman di depan balai desa.",),
    ),
    RegexRule(
        name="id.nav.search_prompt",
        label=Label.NAV,
        doc="A search box's prompt at the foot of a link list: 'Cari Berita Lain Di Sini'.",
        pattern=r"(?:cari|temukan)\s+(?:berita|artikel|informasi|topik)\b[^.!?]{0,30}\bdi ?sini\s*[.!:]?$",
        matches=("Cari Berita Lain Di Sini", "Temukan artikel menarik lainnya di sini"),
        ignores=("Cari berita lain di sini tidak mudah, kata warga yang mencari informasi.",),
    ),
    RegexRule(
        name="id.tags.keywords",
        label=Label.TAGS,
        doc="ANTARA's keyword line under the headline: the language code, then lowercase keywords "
        "apart by commas ('id pompa mobile, banjir jakarta, bpbd dki').",
        pattern=r"(?:id|en)\s+\p{Ll}[\p{Ll}\d .-]{1,40}(?:,\s*[\p{Ll}\d][\p{Ll}\d .-]{1,40}){2,}$",
        case_sensitive=True,
        matches=("id pompa mobile, banjir jakarta, bpbd dki, musim hujan",),
        ignores=("id card, paspor, dan kartu keluarga wajib dibawa saat mendaftar.",),
    ),
    RegexRule(
        name="id.credit.data_source",
        label=Label.CREDIT,
        requires=("sumber",),
        doc="The source printed under a chart or table between paragraphs (CNBC Indonesia): 'Sumber: Refinitiv'. Only the "
        "data houses and statistics offices that charts cite; 'Sumber: Antara' closes a story as its sign-off.",
        # (a Databoks chart names its source as 'Sumber: Badan Pusat Statistik' under its title: the chart pass reads those)
        pattern=r"sumber\s*:\s*(?:refinitiv|bloomberg|trading economics|tradingview|investing\.com|"
        r"bei|idx|cnbc indonesia research)\b[^.!?]{0,40}$",
        max_chars=80,
        matches=("Sumber: Refinitiv", "Sumber: Refinitiv, diolah", "Sumber : Bloomberg"),
        ignores=("Sumber: Antara", "Sumber Refinitiv menyebutkan harga naik."),
    ),
    RegexRule(
        name="id.credit.handout",
        label=Label.CREDIT,
        doc="A handout photo's credit on its own line, without brackets or colon: 'Dok. Satlantas Polres "
        "Temanggung', 'Dok. Pribadi', 'Istimewa'.",
        pattern=r"(?:dok\.\s*(?-i:\p{Lu})[\p{L}\d .'’/-]{1,60}|dokumentasi\s+(?:pribadi|warga|(?-i:\p{Lu}{2,})[\p{L}\d .'’/-]{0,50})|istimewa"
        # (without the full stop, only names follow: 'Dok Satpolairud Polres Rembang', 'Dokumentasi Humas Polres')
        r"|(?:dok|dokumentasi)\s+(?-i:\p{Lu}[\p{L}\d'’/-]*)(?:\s+(?-i:\p{Lu}[\p{L}\d'’/-]*|\d+)){0,6})$",
        max_chars=80,
        matches=("Dok. Satlantas Polres Temanggung", "Istimewa", "Dok. Pribadi", "Dok. SMK Negeri 3 Kendal", "Dok Satpolairud Polres Rembang",
                 "Dokumentasi Humas Polres Kudus"),
        ignores=("Dokumentasi kegiatan itu diunggah ke media sosial.", "Istimewa rasanya bisa pulang kampung tahun ini."),
    ),
    RegexRule(
        name="id.related.syndication",
        label=Label.RELATED,
        doc="'Artikel ini telah tayang di <site> dengan judul ...' points to the original story.",
        pattern=r"(?:sebagian (?:isi |dari )?)?(?:artikel|berita) ini (?:telah|sudah) (?:tayang|terbit|dimuat|diterbitkan)",
        max_chars=600,
        matches=("Sebagian artikel ini telah tayang di Tribunnews.com dengan judul Kementan Siapkan Program Hortikultura", "Artikel ini telah tayang di surya.co.id dengan judul Khofifah Kirimkan Sembako",),
        ignores=("Artikel ilmiah ini ditulis oleh tim peneliti dari UGM.",),
    ),
    RegexRule(
        name="id.related.widget_header",
        label=Label.RELATED,
        doc="Headers of related-story widgets; the headlines listed under them are related too.",
        pattern=r"(?:berita|artikel|video|foto)\s+(?:[\w.]+\s+)?(?:terkait|lainnya|rekomendasi|pilihan|populer|terpopuler|terpopular|terbaru|terkini|menarik|lain)(?: lainnya)?\s*:?$"
        r"|jangan lewatkan(?: video| berita)?(?: terbaru| terpopuler| menarik)?\s*:?$"
        r"|(?:okezone|sindonews|kompas|detik|tribun|liputan6|suara|merdeka)\w* hari ini\s*:?$"
        r"|(?:berita|artikel) lainnya dari [\w.]+\s*:?$"
        # a list named after the story's section ('Rekomendasi lain dari Ekonomi', ANTARA 2025)
        r"|rekomendasi lain(?:nya)? dari \p{L}+(?: \p{L}+){0,2}\s*:?$"
        r"|(?:terkait|terpopuler|terkini(?: lainnya)?|terbaru|populer|pilihan(?: editor| redaksi| untukmu)?|rekomendasi(?: untuk anda)?|"
        r"paling banyak dibaca|(?:terpopuler|populer|paling populer|terbanyak dibaca) (?:hari ini|sepekan|pekan ini|minggu ini|bulan ini)|komentar terbanyak|top news|most popular|breaking news|"
        r"baca lainnya|lainnya|berita utama|headline|topik pilihan|info terkait|baca berikutnya|"
        r"artikel selanjutnya|berita selanjutnya|hot issue|trending|rekomendasi|news update|news ?ticker|"
        r"berita pilihan|selengkapnya|lihat semua|lihat selengkapnya|indeks berita|menarik dibaca|jangan lewatkan|"
        r"baca berita lainnya|artikel menarik|berita menarik|video terkait|video pilihan|paling populer|headline hari ini|"
        # a premium story's box between paragraphs
        r"espos plus|esposin|bisnis premium|konten premium|kontan plus|tempo plus|kumparanplus|premium story|"
        r"berita hari ini|rekomendasi lain|rekomendasi berita|kamu sudah baca belum\??)(?:\s+(?:video|foto|berita))?\s*:?$",
        matches=(
            "Espos Plus",
            "NEWSTICKER",
            "Rekomendasi lain dari Ekonomi",
            "Rekomendasi lain dari Warta Bumi",
            "Kamu Sudah Baca Belum?",
            "Video Pilihan Video",
            "Berita Rekomendasi",
            "Berita Terkait",
            "Artikel Terkait",
            "Terpopuler",
            "Terpopuler Sepekan",
            "Terkini Lainnya",
            "Berita Lainnya",
            "Komentar Terbanyak",
            "Berita Terkini Lainnya",
            "Berita detikcom Lainnya",
            "Berita Lainnya dari detikcom",
            "Video Terpopular",
            "Jangan Lewatkan Video Terbaru:",
        ),
        ignores=("Berita terkait kasus ini akan terus diperbarui.", "Terpopuler di kalangan anak muda, aplikasi ini gratis."),
    ),
    # --- advertising -----------------------------------------------------------------------
    RegexRule(
        name="id.ad.label",
        label=Label.AD,
        doc="Ad slot labels: 'ADVERTISEMENT', 'Iklan', 'SCROLL TO CONTINUE WITH CONTENT', 'Ads you may like.'",
        pattern=r"scroll (?:down |ke bawah )?untuk melanjutkan membaca$|(?:advertisement|iklan|ads?|sponsored|konten sponsor|artikel sponsor|promoted|advertorial)\b[\s.:\-–]*"
        r"(?:(?:scroll|gulir)\s+(?:untuk|to)\s+(?:melanjutkan|continue|see content|lanjut)(?: with content| membaca)?)?\s*\.?$"
        r"|scroll (?:to|untuk) (?:continue|melanjutkan|see content|lanjut)(?: with content| membaca)?\.?$"
        r"|ads you may like\.?$|(?:date \S+\s+)?iklan$|advertisement\s*\.\s*scroll to see content$"
        r"|scroll to resume content$|\[gambas:[^\]]{1,40}\]$"
        # a sponsored widget's note: 'Konten promosi pada widget ini bukan konten yang dibuat oleh redaksi.'
        r"|konten promosi pada widget ini\b[^!?]{0,80}$",
        matches=("SCROLL TO RESUME CONTENT", "[Gambas:Video 20detik]", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Scroll down untuk melanjutkan membaca", "Scroll ke bawah untuk melanjutkan membaca", "Iklan - Scroll untuk Melanjutkan", "Ads you may like.", "Advertisement . Scroll to see content", "date 2023-06 Iklan", "Iklan", "Konten promosi pada widget ini bukan konten yang dibuat oleh redaksi."),
        ignores=("Iklan rokok dilarang tayang di televisi.", "Ads are everywhere these days."),
    ),
    RegexRule(
        name="id.ad.promosi",
        label=Label.AD,
        doc="Sponsored links printed as 'Promosi <product headline>' with no sentence end.",
        pattern=r"promosi\s+(?:[^.!?]|(?<=\d)\.(?=\d)){3,120}$",  # (a dot between digits is no sentence end: 'Rp10.000')
        case_sensitive=False,
        matches=("Promosi Mitsubishi XForce: Stylish untuk Wanita, Praktis buat Ibu Muda",
                 "Promosi Tabungan Emas Makin Diminati Anak Muda, Ini Cara Mulainya dari Rp10.000"),
        ignores=("Promosi jabatan dilakukan setiap tahun oleh pemerintah daerah.",),
    ),
    # --- the site promoting itself ---------------------------------------------------------
    RegexRule(
        name="id.promo.ad_free",
        label=Label.PROMO,
        doc="Offers to read without ads or to subscribe to the site's premium tier.",
        pattern=r"(?:baca berita (?:tanpa|dengan sedikit) iklan|nyaman tanpa iklan|langganan \w+pro\b|gabung \S+\+|"
        r"nikmati berita interaktif|berlangganan sekarang|dapatkan akses (?:penuh|eksklusif|tanpa batas|tak terbatas)"
        r"(?=[^.!?]{0,60}\b(?:konten|artikel|berita|premium))"
        # the paywall under a premium story's teaser
        r"|(?:artikel|konten|berita) ini (?:hanya )?(?:khusus|eksklusif) (?:untuk |bagi )?(?:pelanggan|member|anggota)\b|berlangganan mulai rp)",
        matches=(
            "Baca berita tanpa iklan. Gabung Kompas.com+", "Baca berita dengan sedikit iklan, klik di sini",
            "Nyaman tanpa iklan. Langganan BisnisPro", "Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX",
            "Dapatkan akses eksklusif ke konten premium di BisnisPro",
            "Artikel ini khusus pelanggan KONTAN PLUS. Berlangganan mulai Rp 50.000 per bulan.",
            "Berlangganan mulai Rp 35.000/bulan",
        ),
        ignores=(
            "Baca berita ini sampai habis, kata guru kepada muridnya.",
            "Dapatkan akses penuh ke lokasi bencana baru diberikan pada Selasa pagi.",
            "Artikel ini ditulis khusus untuk pelanggan yang bertanya soal tarif listrik.",
        ),
    ),
    RegexRule(
        name="id.promo.quiz",
        label=Label.PROMO,
        doc="The site's own quiz and poll boxes ('KUIS: ...', 'Ikuti Kuisnya').",
        pattern=r"(?:kuis|polling)\s*:|ikuti kuisnya|kumpulan kuis|cari tahu$|cek prediksi\b"
        # a poll box's header and its buttons, alone on their lines
        r"|(?:polling|jajak pendapat|kuis|survei|poll)$|(?:kirim jawaban|lihat hasil(?: polling)?|pilih jawaban|vote sekarang)$",
        matches=("KUIS: Merek Sepatu Apa yang Paling Kamu Banget?", "Ikuti Kuisnya ➔", "POLLING: 'Mens Rea' Pandji", "Cari Tahu",
                 "Polling", "Kirim Jawaban", "Lihat Hasil"),
        ignores=("Kuis tersebut diikuti ratusan siswa.", "Polling terbaru menunjukkan elektabilitasnya naik."),
    ),
    RegexRule(
        name="id.promo.network",
        label=Label.PROMO,
        requires=("network", "kami membuka", "jadilah", "bergabung"),
        doc="Network programmes and partner calls ('iNews Network', 'Kami membuka kesempatan ...').",
        pattern=r"[\w.-]+ network$|kami membuka kesempatan bagi anda|jadilah bagian dari|bergabung(?:lah)? menjadi (?:kontributor|mitra)",
        max_chars=300,
        matches=("iNews Network", "Kami membuka kesempatan bagi Anda yang ingin menjadi pebisnis media"),
        ignores=("Jaringan network kantor ini mati sejak pagi, kata petugas.",),
    ),
    # --- subscribe / follow ----------------------------------------------------------------
    RegexRule(
        name="id.subscribe.follow",
        label=Label.SUBSCRIBE,
        doc="Calls to follow the site on WhatsApp, Google News, Telegram or its app.",
        pattern=r"(?:dapatkan|ikuti|follow|gabung|bergabung|simak|update|download|unduh|install|pasang|baca|cek)\b.{0,80}?"
        r"(?:whatsapp|google news|telegram|channel|saluran|aplikasi|\bapps?\b|ponselmu|play store|app store)"
        r"|dapatkan berita pilihan$|di whatsapp anda$|ikuti kami di\b|follow us\b|"
        r"silakan baca konten menarik lainnya|get \S+ app\b|tweets by @",
        max_chars=150,  # longer lines mentioning an app are usually news about it
        matches=(
            "Dapatkan Berita Pilihan",
            "di WhatsApp Anda",
            "Baca WhatsApp Tribunnews",
            "Ikuti kami di",
            "Follow WhatsApp Channel iNews untuk update berita terbaru setiap hari! Follow",
            "Silakan baca konten menarik lainnya dari JPNN.com di Google News",
            "Baca artikel IDN Times lainnya di IDN App",
            "Get iNews App with new looks!",
            "Tweets by @antaranews",
            "Cek Berita dan Artikel yang lain di Google News",
        ),
        ignores=("Warga diminta mengikuti imbauan pemerintah daerah setempat.", "Ikuti perkembangan kasus ini, kata Kapolres, karena penyidikan masih berjalan."),
    ),
    RegexRule(
        name="id.subscribe.notification",
        label=Label.SUBSCRIBE,
        doc="The browser's push-notification prompt a site prints over the page: 'Aktifkan notifikasi untuk "
        "dapat info terkini, Bun!', 'Bunda dapat menonaktifkan kapanpun melalui pengaturan browser.'.",
        requires=("notifikasi", "menonaktifkan"),
        pattern=r"(?:aktifkan|nyalakan|izinkan)\s+notifikasi\b[^.!?]{0,80}[.!?]?$"
        r"|[^.!?]{0,30}\bdapat menonaktifkan(?: notifikasi)?\s+kapan\s?pun\b[^.!?]{0,60}[.!?]?$",
        max_chars=160,
        matches=(
            "Aktifkan notifikasi untuk dapat info terkini, Bun!",
            "Bunda dapat menonaktifkan kapanpun melalui pengaturan browser.",
            "Aktifkan Notifikasi",
        ),
        ignores=(
            "Aktifkan notifikasi darurat di ponsel Anda agar peringatan dini gempa segera diterima, kata BMKG dalam keterangannya pada Senin.",
            "Warga dapat menonaktifkan keran air saat tidak dipakai.",
        ),
    ),
    RegexRule(
        name="id.subscribe.email",
        label=Label.SUBSCRIBE,
        doc="A site's e-mail newsletter box: 'Dapatkan informasi, inspirasi dan insight di email kamu.', 'Daftarkan email'.",
        pattern=r"(?:dapatkan|daftar(?:kan)?|berlangganan|langganan)\b[^.!?]{0,80}\b(?:e-?mail|surel|newsletter|kotak masuk)\b[^.!?]{0,30}[.!]?$",
        max_chars=160,
        matches=("Dapatkan informasi, inspirasi dan insight di email kamu.", "Daftarkan email"),
        ignores=("Dapatkan bantuan dengan mengirim email ke dinas sosial, kata lurah, karena formulir sudah habis.",
                 "Daftar penerima bantuan dikirim lewat email oleh kelurahan pada Senin, ujar dia."),
    ),
    RegexRule(
        name="id.subscribe.channel_call",
        label=Label.SUBSCRIBE,
        doc="Longer calls to follow the site's WhatsApp channel or Google News page (Kompas prints one under every story).",
        requires=("whatsapp channel", "channel whatsapp", "saluran whatsapp", "google news", "telegram channel", "grup telegram"),
        pattern=r"(?:dapatkan|ikuti|follow|gabung|bergabung|simak|update|baca|cek)\b[^\n]{0,200}?"
        r"(?:whatsapp channel|channel whatsapp|saluran whatsapp|google news|telegram channel|grup telegram\b[^\n]{0,120}?\bt\.me/)"
        # 'Katadata.co.id kini hadir di WhatsApp Channel. Gabung sekarang!'
        r"|[^!?\n]{0,60}?\b(?:kini )?hadir di (?:whatsapp channel|google news|telegram channel)\b",
        max_chars=400,
        matches=(
            "Katadata.co.id kini hadir di WhatsApp Channel. Gabung sekarang!",
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.",
            'Dapatkan update berita pilihan setiap hari dari Contoh.com. Mari bergabung di Grup Telegram "Contoh News Update", caranya klik link https://t.me/contohupdate, kemudian join.',
        ),
        ignores=("Simak pula pernyataan menteri yang disampaikan di Jakarta, Senin, terkait layanan WhatsApp untuk pengaduan warga yang baru diluncurkan pekan lalu oleh kementerian.",),
    ),
    # --- bylines ---------------------------------------------------------------------------
    RegexRule(
        name="id.byline.role_colon",
        label=Label.BYLINE,
        doc="Credit lines: 'Penulis:', 'Editor:', 'Reporter:', 'Rep:', 'Red:', 'Pewarta:', 'Kontributor :', 'Oleh:', "
        "and Grid's table rows 'Penulis | : | Name'.",
        pattern=r"(?:penulis|editor|reporter|rep|red|redaktur|pewarta|kontributor|penyunting|oleh|wartawan|"
        r"jurnalis|fotografer|laporan|author|writer|editor\s*&\s*reporter|redaktur\s*&\s*reporter)"
        r"(?:\s*[&/,]\s*(?:reporter|editor|penulis|redaktur))?(?:\s+(?:magang|trainee|daerah|senior|foto|bahasa))?\s*(?:\|\s*:\s*\||:)\s*\S",
        matches=("Reporter Magang: Salsabila Nur Aini", "Penulis: Hasiolan Eko P Gultom", "Penulis: Rahmaliyah | Editor: pairat", "Rep: Fauziah Mursid/ Red: Andi Nur Aminah", "Kontributor : Dafi Yusuf", "Redaktur & Reporter : Mufthia Ridwan", "Editor : Enih Nurhaeni", "Pewarta: Nur Imansyah",
                 "Penulis | : | Siti Rahmawati"),
        ignores=("Penulis buku itu mengatakan bahwa ia terinspirasi dari ibunya.",),
    ),
    RegexRule(
        name="id.byline.written_by",
        label=Label.BYLINE,
        doc="detik's closing credit of the writer: 'Artikel ini ditulis oleh <Name>, peserta Program Magang ... di detikcom.'",
        pattern=r"(?:artikel|tulisan|berita) ini ditulis oleh\s+(?-i:\p{Lu})[^.!?]{2,160}[.!]?$",
        max_chars=240,
        matches=("Artikel ini ditulis oleh Fadhilah Nasution, peserta Program Magang Bersertifikat Kampus Merdeka di detikcom.",),
        ignores=("Artikel ini ditulis oleh banyak orang sejak 2019, kata editor.",),
    ),
    RegexRule(
        name="id.byline.site_oleh",
        label=Label.BYLINE,
        requires=("oleh",),
        doc="The site's name over a column or report, then its writers: 'REPUBLIKA.CO.ID, oleh Name, Name'.",
        pattern=r"[\w-]+\.co(?:\.id|m)?(?:\.id)?\s*,\s*oleh\s*:?\s+(?-i:\p{Lu})[^.!?]{2,80}$",
        matches=("REPUBLIKA.CO.ID, oleh Rizky Suryarandika, Eva Rianti", "REPUBLIKA.CO.ID, Oleh: Ustadz Abdul Karim Hasibuan"),
        ignores=("REPUBLIKA.CO.ID, JAKARTA -- Pemerintah menaikkan tarif.", "REPUBLIKA.CO.ID, oleh karena itu warga diminta waspada."),
    ),
    RegexRule(
        name="id.byline.laporan_wartawan",
        label=Label.BYLINE,
        doc="Tribun's 'Laporan Wartawan <outlet>, <Name>' credit line.",
        pattern=r"laporan\s+(?:wartawan|reporter|jurnalis|kontributor)\s+(?:[^,/]{2,60}(?:,|\s?/)|[^,/\s]{2,30}\.(?:co\.id|com|id)\s)\s*\S"
        # Serambinews: the name, a bar and the place ('Laporan Indra Wijaya | Banda Aceh')
        r"|laporan\s*:?\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,4})\s*\|\s*(?-i:\p{Lu})[\p{L} ]{2,30}$"
        # the outlet's address without the role word: 'Laporan Tribunbatam.id, Name'
        r"|laporan\s+[\w-]{2,30}\.(?:co\.id|com|id),\s*(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4})$"
        # Suara Surabaya: 'Laporan oleh Name'
        r"|laporan\s+oleh\s*:?\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4})$",
        matches=("Laporan Reporter Tribun Jogja, Miftahul Huda", "Laporan Wartawan Tribunnews.com, Reza Deni", "Laporan Wartawan Tribun Medan / Hendrik Parlindungan Manik",
                 "Laporan Tribunbatam.id, Fadli Ramadhan Sitompul",
                 "Laporan Indra Wijaya | Banda Aceh",
                 "Laporan Reporter Tribunlampung.co.id Dimas Arya Wicaksono", "Laporan oleh Dwi Anggraeni Pramesti"),
        ignores=("Laporan wartawan tersebut dibantah oleh pihak kepolisian setempat.", "Laporan oleh Dinas Sosial diterima Senin."),
    ),
    RegexRule(
        name="id.byline.role_word",
        label=Label.BYLINE,
        doc="Kompas prints the name, then a role line ('Penulis', 'Editor', 'Tim Redaksi').",
        pattern=r"(?:penulis|editor|tim redaksi|reporter|kontributor|penyunting|author|writer|redaktur|jurnalis|wartawan|pewarta)\s*:?$",
        matches=("Penulis", "Editor", "Tim Redaksi", "Reporter:"),
        ignores=("Penulis muda",),
    ),
    RegexRule(
        name="id.byline.oleh",
        label=Label.BYLINE,
        doc="Liputan6/Fimela credit line: 'Oleh <Name> pada <date>', 'oleh <Name> diperbarui <date>' (or just 'Oleh <Name>'); "
        "Ayo's 'Ditulis oleh <Name> diterbitkan <date>'.",
        # (several names, apart by commas, 'dan' or '&')
        pattern=r"(?i:(?:ditulis\s+)?oleh)\s+\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,4}"
        r"(?:(?:\s*,\s*|\s+(?i:dan)\s+|\s*&\s*)\p{Lu}[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,4}){0,3}(?:\s+(?i:pada|diperbarui|diterbitkan)\s+.{4,40})?$",
        case_sensitive=True,
        matches=("Oleh Tommy Kurnia pada 23 Jan 2021, 13:30 WIB", "oleh Dadan Suherlan diperbarui 05 Des 2024, 09:12 WIB", "Oleh Liputan6.com pada 18 Jan 2019, 22:18 WIB", "Oleh Siti Aminah",
                 "Oleh Andina Putri dan Bayu Saputra pada 10 Mar 2025, 09:15 WIB", "Oleh Andina Putri, Bayu Saputra, Citra Lestari pada 10 Mar 2025, 09:15 WIB",
                 "Ditulis oleh Dadan Suherlan diterbitkan Kamis 18 Sep 2025, 14:05 WIB", "oleh Andina PutriBayu Saputra diperbarui 10 Jun 2025, 16:47 WIB"),
        ignores=("Oleh karena itu, warga diminta tetap waspada.", "Oleh Pemerintah Provinsi DKI Jakarta bantuan disalurkan kepada warga."),
    ),
    RegexRule(
        name="id.byline.name_editor_code",
        label=Label.BYLINE,
        doc="The writer's name and the editor's initials after a slash (Beritasatu): 'Dinda Permatasari / HS'. "
        "(An agency after the slash is a photo's credit.)",
        # (nor a broadcaster or wire in capitals: 'Marta Iglesias/CNET', 'Name/PTI')
        pattern=rf"{NAME}\s*/\s*(?!(?:{AGENCIES}|CNET|CNN|BBC|NBC|CBS|ABC|NPR|PBS|AAP|PTI|ANI|IANS|WSJ)$)\p{{Lu}}{{2,4}}$",
        case_sensitive=True,
        matches=("Dinda Permatasari / HS", "Rudi Hartono/ABW"),
        ignores=("Olga Maltseva / AFP", "Harga BBM / ANTARA FOTO", "Marta Iglesias/CNET"),
        requires=("/",),
    ),
    RegexRule(
        name="id.byline.source_editor",
        label=Label.BYLINE,
        requires=("sumber",),
        doc="A story taken from another site, credited to it with the editor who ran it (Kontan): "
        "'Sumber: Kompas.com | Editor: Handoyo Setiawan Putra'.",
        pattern=rf"sumber\s*:\s*[\w.-]+\.(?:com|co\.id|id)\s*\|\s*editor\s*:\s*(?-i:{NAME})$",
        matches=("Sumber: Kompas.com | Editor: Handoyo Setiawan Putra",),
        ignores=("Sumber: Kompas.com", "Sumber: BPS | Editor: data diolah"),
    ),
    RegexRule(
        name="id.byline.name_then_role",
        label=Label.BYLINE,
        requires=("author", "editor", "penulis", "reporter", "jurnalis", "pewarta", "kontributor"),
        doc="A name with its role word behind it on one line: 'Novita Ayuningtyas Author'.",
        # (a job title alone is no name and its role: 'Senior Mobile Editor')
        pattern=rf"(?!Recommended By\b|Pilihan\b|(?:Senior|Junior|Chief|Managing|Deputy|Executive|Associate|Contributing|Staff|Assistant|Local Democracy)\b){NAME}(?:\s+|\s*,\s*){ROLE_AFTER_NAME}$",
        case_sensitive=True,
        matches=("Novita Ayuningtyas Author", "Hariz Barak Editor", "Hannah Leckford Senior Reporter", "Arief Setiawan, Jurnalis"),
        ignores=("Recommended By Editor", "Senior Mobile Editor", "Local Democracy Reporter", "Pemilihan Editor", "Kami Butuh Editor Baru Untuk Majalah Kampus Ini Sekarang Juga Segera"),
    ),
    RegexRule(
        name="id.byline.name_then_channel",
        label=Label.BYLINE,
        requires=(
            "detik", ".com", ".co", ".id", "cnbc", "cnn", "okezone", "sindonews", "liputan6", "kumparan",
            "republika", "merdeka", "tempo", "antara", "viva", "jpnn", "inews", "haibunda", "wolipop", "insertlive", "beautynesia",
        ),
        doc="Names and the outlet they write for: '<Name> - detikinet', '<Name>, <Name> - Bisnis.com'.",
        # (with the desk the writers belong to: 'Name, Tim detikcom - detikNews', or the desk
        # alone: 'Tim detikHealth - detikHealth')
        pattern=rf"(?:Tim\s+\w+|{NAME}(?:\s*(?:,|&|\bdan\b)\s*{NAME})*(?:,\s*Tim\s+\w+)?)\s*[-–|,]\s*{BYLINE_CHANNEL}$",
        max_chars=120,  # names and an outlet
        case_sensitive=True,
        matches=(
            "Fino Yurio Kristo - detikinet",
            "Andi Saputra - detikNews", "Rahmat Fajar Ramadhan, Tim detikcom - detikNews", "Tim detikHealth - detikHealth",
            "Larasati Widyaningrum - Bisnis.com",
            "Putu Ayu Wulandari, CNBC Indonesia",
            "Taufik Hidayat - Okezone",
            "Dimas Arya Pratama, Rina Oktaviani - detikJatim",
            "Dimas Arya dan Rina Oktaviani - detikNews",
            "Kirana Larasati | HaiBunda",
        ),
        ignores=("Baca selengkapnya di detikNews",),
    ),
    RegexRule(
        name="id.byline.name_then_date",
        label=Label.BYLINE,
        requires=("19", "20"),  # every form carries a year
        doc="A name (and its role) followed by the publication time on one line: 'Gayuh Tri Pinjungwati 02 Jun "
        "2020, 19:15 WIB', 'Yohanes Bayu Saputra, Jurnalis · Sabtu 15 Juli 2023 14:10 WIB', and with the wire "
        "between them, as Indian papers print it: 'Neha Kulkarni / TNN / Mar 12, 2025, 04:12 IST'.",
        # (CBC: 'Name · CBC News · Posted: Jul 17, 2025 6:00 AM NDT | Last Updated: July 17')
        pattern=rf"{NAME_SHORTEST}(?:\s*,\s*{ROLE_AFTER_NAME}|(?:\s(?:&|and)\s{NAME_SHORTEST})?\s/\s\p{{Lu}}{{2,8}}\s/|\s·\s\p{{Lu}}[\p{{L}}]+(?:\s\p{{Lu}}[\p{{L}}]+){{0,2}}\s·)?"
        # (okezone since 2025 joins the role and the weekday with a hyphen: 'Name , Jurnalis-Jum'at, 21 Februari 2025 |07:45 WIB')
        # (Ars Technica: a dash between them and the comment count after: 'Name – Feb 11, 2025 4:32 PM | 87')
        rf"(?:\s*[·|•–—]?\s+|-)(?i:{DATE_WITH_TIME})(?:\s*\|\s*(?i:last updated|updated)\s*:?[^|]{{1,40}}|\s*\|\s*\d{{1,5}})?\s*$",
        case_sensitive=True,
        matches=("Gayuh Tri Pinjungwati 02 Jun 2020, 19:15 WIB", "Yohanes Bayu Saputra, Jurnalis · Sabtu 15 Juli 2023 14:10 WIB",
                 "Neha Kulkarni / TNN / Mar 12, 2025, 04:12 IST", "Manjari Sethi & Rakesh Iyer / TNN / Updated: Jun 18, 2025, 23:54 IST",
                 "Mireille Tobin · CBC News · Posted: Jul 17, 2025 6:00 AM NDT | Last Updated: July 17",
                 "Iman Rosidi Firmansyah , Jurnalis-Jum'at, 21 Februari 2025 |07:45 WIB", "Dana Whitfield – Mar 3, 2025 9:15 AM | 142"),
        ignores=("Senin, 5 Mei 2025 20:10 WIB",),
    ),
    RegexRule(
        name="id.byline.role_inside",
        label=Label.BYLINE,
        requires=(":",),
        doc="A short line that carries a credit after other furniture: 'JABAR | 16 Juni 2021 13:00 Reporter : Andre Kurniawan'.",
        pattern=r"[^.!?]{0,80}?[|•·]\s*[^|.!?]{0,40}?\b(?:reporter|penulis|editor|pewarta)\s*:\s*\S[^.!?]{0,60}$",
        max_chars=160,
        matches=("JABAR | 16 Juni 2021 13:00 Reporter : Andre Kurniawan", "GAYA | 17 Juni 2021 06:04 Reporter : Tantri Setyorini"),
        ignores=("Menurut reporter: kondisi sudah aman.",),
    ),
    RegexRule(
        name="id.byline.user_post",
        label=Label.BYLINE,
        doc="kumparan user posts credit the writer: 'Tulisan dari <Name> tidak mewakili ...'.",
        pattern=r"(?:waktu baca \d+ menit)?\s*tulisan dari .{2,60} tidak mewakili",
        max_chars=300,
        matches=("waktu baca 3 menitTulisan dari Haenun Hayat tidak mewakili pandangan dari redaksi kumparan",),
        ignores=("Tulisan dari siswa itu dipajang di dinding kelas.",),
    ),
    # --- photo credits ---------------------------------------------------------------------
    RegexRule(
        name="id.credit.photo",
        label=Label.CREDIT,
        requires=("/", ":", "(", ")", "[", "]", "©", "|", "Ⓒ"),
        doc="A line that is only a photo credit: 'Foto: ANTARA', 'TRIBUNJOGJA.COM / Name', 'Name / AFP', "
        "'Name | Bloomberg | Getty Images', "
        "'- ANTARA FOTO/Name' (VIVA sets it off with a dash under the caption).",
        # (not a gallery's headline in a list of links: 'FOTO: Menengok Sentra Batik Pekalongan yang Kembali Ramai')
        # (a collage's credit names itself first: 'Kolase Grid.ID/Instagram @name')
        pattern=r"(?=[^/:()\[\]|]{0,80}[/:()\[\]|])(?!(?-i:FOTO|VIDEO)\s*:\s*(?:\S+\s+){5,}\S+$)(?:[-–—]\s+)?(?:kolase(?: foto)?\s*:?\s+)?(?:(?:fot\.\s*|[(\[]?(?:(?:image|photo|picture) credits?|foto|photo|photograph|image|imagem|picture|credit|sumber foto|sumber gambar|ilustrasi|dok\.?|dokumentasi|kredit foto|bild|bildquelle|fotoğraf)\s*:\s*(?![^!?]*[.!?]\s+(?:file\s+)?(?:pic|picture|photo)\s*:)|sumber\s*:\s*(?=[\w.-]+\.(?:com|co\.id|id)\s*/))"
        # (not a caption with its credit in brackets behind it: 'Foto: Ilustrasi IHSG (Ardian Pratomo)')
        r"(?![^()]{12,}\([^()]{3,80}\)$)[^!?]{1,80}$"
        # (a year and a '©' before the outlet when the credit sits on its own line under the caption)
        # (not the breadcrumb of a site's section: 'SuaraJogja.id / News')
        rf"|(?:©\s*(?:19|20)\d\d\s*|\(c\)\s*)?[(\[]?{_SITE}\s*/(?!\s*{_SECTION}$)\s*[^/]{{2,60}}[)\]]?$"
        r"|[(\[]?antara foto\s*/.{1,80}$"
        # (the photographer, the paper that sent them and the agency: 'Hollis Varga/Bloomberg/Getty Images')
        # (not a caption with the credit after its last sentence: 'Ilustrasi rumah subsidi. FOTO/iStockphoto')
        rf"|(?![^/]*(?-i:\p{{Ll}}{{2}})\.\s)[(\[]?[\w .'’-]{{2,60}}(?:\s*/\s*[\w .&'’-]{{2,40}})?\s*/\s*(?:{AGENCIES})[)\]]?$"
        rf"|(?-i:\p{{Lu}}[\p{{L}}.'’-]+(?: \p{{Lu}}[\p{{L}}.'’-]+){{1,3}})(?:\s\|\s[\w .&'’-]{{2,30}})?\s\|\s(?:{AGENCIES})$"
        # (reporters' initials, '(Cas/Isk)', sign an article off; they credit no photo)
        r"|\((?![a-z]{2,5}(?:\s*/\s*[a-z]{2,5}){1,3}\)$)[\w .'’-]{2,40}/[\w .'’-]{2,40}\)$"
        # The photographer, then the site (the Grid network): 'Hendra Wicaksono/GridOto.com'.
        r"|(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3})\s*/\s*[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id)$"
        # An outlet or broadcaster and the photographer: 'Republika/Bagus Prasetyo Aji', 'RTV Drenthe / Marieke Jalving'.
        # (not a pair of account links: 'Login / Sign Up', 'Sign In / Register')
        r"|(?!(?:log ?in|sign ?in|sign ?up|register|subscribe|masuk|daftar|find|buy|sell)\b)(?-i:\p{Lu}[\p{L}&-]+(?:\s\p{Lu}[\p{L}&-]+){0,2})\s?/\s?(?-i:\p{Lu}[\p{L}'’-]+(?:\s(?:\p{Lu}[\p{L}'’.-]*|bin|van|de|al)){1,3})$"
        # ... or the photographer first and the outlet's one word: 'Christina Ruiz/Vox'
        # (set close: a slash between spaces parts a headline's two halves, 'Introspeksi Diri / Muhasabah')
        r"|(?!(?:log ?in|sign ?in|sign ?up)\b)(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})/(?-i:\p{Lu}[\p{L}&-]+)$"
        # the photographer's name and the outlet, all in capitals: 'DUARTE SALGUEIRO/OBSERVADOR'
        r"|(?-i:\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,3}\s?/\s?\p{Lu}+(?:\s\p{Lu}+){0,4})$"
        r"|[\p{L} ]{2,30}:\s*©\s*[^.!?]{2,60}$"
        # the source and the photographer (Wirtualna Polska): 'Źródło: PAP, fot. Tomasz Wierzejski'
        r"|źródło:\s*[^,.!?]{2,40},\s*fot\.\s*[^!?]{2,60}$"
        # the agency first, then the photographer or the library ('IMAGO/imagebroker', 'dpa/Markus Fendt')
        r"|(?:dpa|imago|picture alliance)\s*/\s*[\w .'’|-]{2,50}$"
        # the agency and the photographer behind a '©', no year: '© РИА Новости / Кирилл Зорин'
        r"|©\s*[^\d©/|\n]{2,40}\s[/|]\s[^\d©/|\n]{2,40}$"
        # De Telegraaf's circled C, which marks photos only: 'Ⓒ ANP / HH', 'Ⓒ Michel van Bergen'
        r"|Ⓒ\s?[^Ⓒ\n]{2,60}$)",
        matches=("Republika/Bagus Prasetyo Aji", "Marta Lindqvist/Vox", "RTV Drenthe / Marieke Jalving", "Foto: ANTARA", "Bild: BR/Theresa Brandl", "Rubriklistenbild: © Lena Vogt/dpa", "Olga MALTSEVA / AFP", "TRIBUNJOGJA.COM / Miftahul Huda", "SURYAMALANG.COM/Sylvianita Widyawati", "©2025 Liputan6.com/Musthofa Hamdani", "(c) Bola.com/Aditya Wany", "(IDN Times/Arief Rahmat)", "(Foto: Okezone.com)",
                 "IMAGO/imagebroker", "dpa/Markus Fendt",
                 "Sumber: tvOnenews.com/Hadi Prasetyo",
                 "Fot. PAP/Leszek Sawicki", "Fotoğraf: AA", "DUARTE SALGUEIRO/OBSERVADOR", "TRIBUN BALI/I KETUT SUARDANA PUTRA", "Imagem: Divulgação/Prefeitura de Joinville", "Photo Credit: PTI", "Image Credits:Voltfield",
                 "- ANTARA FOTO/Abriawan Abhe", "- VIVA.co.id/Foe Peace Simbolon", "Natalie Naccache | Bloomberg | Getty Images",
                 "Hollis Varga/Bloomberg/Getty Images", "Hendra Wicaksono/GridOto.com", "Kolase Grid.ID/Instagram @nadiraputri.official",
                 "Źródło: PAP, fot. Tomasz Wierzejski", "Ⓒ ANP / HH",
                 "© РИА Новости / Кирилл Зорин", "© FUNKE Foto Services | Tim Oelkers"),
        ignores=("SuaraJogja.id / News", "FOTO: Menengok Sentra Batik Pekalongan yang Kembali Ramai Pesanan", "Foto: Ilustrasi anak demam setelah imunisasi (Getty Images/iStockphoto/Halfpoint)", "(Cas/Isk)", "Login / Sign Up", "Find/Post Jobs", "Foto itu beredar luas di media sosial sejak Senin.", "Harga naik 10/20 persen.", "Home | News | Reuters", "Jakarta/Bandung", "Image: A lifeboat leaves the harbour at Tenby. File pic: RNLI", "Introspeksi Diri / Muhasabah", "Ilustrasi rumah subsidi di Bekasi. FOTO/iStockphoto"),
    ),
    RegexRule(
        name="id.credit.dash_handout",
        label=Label.CREDIT,
        doc="A handout's credit hung from the caption by a dash, as VIVA prints it: '- Dok. Pendam XVII/Cenderawasih', '- Istimewa'.",
        pattern=r"[-–—]\s+(?:dok\.?|dokumentasi|istimewa|ist\.|humas|handout)(?:\s[^.!?]{1,60})?$",
        matches=("- Dok. Pendam XVII/Cenderawasih", "- Istimewa", "– Humas Polres Keerom"),
        ignores=("- Dokumentasi kegiatan wajib diserahkan sebelum akhir bulan.", "- Istimewa sekali acara malam itu, kata dia."),
    ),
    # --- pagination ------------------------------------------------------------------------
    RegexRule(
        name="id.pagination.halaman",
        label=Label.PAGINATION,
        doc="Page navigation: 'Halaman', '2 dari 2 halaman', 'Selanjutnya', 'Halaman berikutnya'.",
        pattern=r"(?:halaman|hal\.?|page)(?:\s*+:?\s*+(?:\d+(?:\s*(?:dari|of|/)\s*\d+)?|selanjutnya|berikutnya|sebelumnya|next|all|semua))?\s*+:?$"
        # the pager on one line, its numbers apart: 'Halaman: 1 2 Selengkapnya' (investor.id)
        r"|(?:halaman|hal\.?|page)\s*+:?\s*+\d{1,2}(?:\s+\d{1,2})++(?:\s+(?:selengkapnya|selanjutnya|berikutnya|next|[»›>]))?\s*$"
        r"|(?!0\s*/)\d+\s*(?:dari|of|/)\s*\d+\s*(?:halaman|hal\.?|page)?\s*$"  # ('0 / 30' counts the letters of a form)
        r"|(?:selanjutnya|sebelumnya|berikutnya|next|prev|previous|tampilkan semua|muat lebih banyak|load more|(?:tampilkan|muat|lihat) (?:lebih banyak|(?:berita|artikel) (?:lainnya|lain|selengkapnya)))\s*[»›>]?$"
        # a reading verb and the next page, alone: 'Baca halaman selanjutnya' (CNN Indonesia ends each page so)
        r"|(?:baca|lanjut(?:kan)?|klik|buka|lihat) (?:ke )?halaman (?:selanjutnya|berikutnya)\s*[»›>]?$"
        # the button that opens the rest of the text: 'Baca selengkapnya'
        r"|(?:baca|lanjut(?:kan)?|klik) selengkapnya\s*[»›>]?$"
        # the prompt that ends every page but the last (detik): 'Simak selengkapnya di halaman berikutnya.'
        r"|(?:(?:simak|baca|cek|lihat)\s+)?(?:(?:berita|informasi|ulasan|artikel)\s+)?selengkapnya di halaman (?:selanjutnya|berikutnya|\d+)\s*\.?$"
        # Merdeka ends each page of a long article with the next page's subheading.
        r"|baca (?:selanjutnya|halaman berikutnya)\s*:\s*\S",
        matches=("Simak selengkapnya di halaman berikutnya.", "Selengkapnya di halaman selanjutnya.", 
            "Baca selengkapnya",
            "Baca halaman selanjutnya",
            "Halaman", "2 dari 2 halaman", "Selanjutnya", "Halaman 2", "Halaman Selanjutnya", "Halaman: 1 2 Selengkapnya", "Halaman 1 2 3 »",
            "Baca Selanjutnya: Gula Darah Rendah...",
            "Tampilkan lebih banyak",
            "Lihat Berita Lainnya",
        ),
        ignores=(
            "Halaman sekolah itu dipenuhi genangan air.", "Selanjutnya, polisi memeriksa saksi.",
            "Baca selanjutnya pesan dari wali kota kepada warga yang terdampak.",
            "Halaman 3 4 dan 5 memuat daftar penerima bantuan.",
        ),
    ),
    # --- tags, comments, other -------------------------------------------------------------
    RegexRule(
        name="id.tags.label",
        label=Label.TAGS,
        doc="Tag lists: 'Tags:', 'Tag:', 'Topik:', 'Kata kunci:', 'Kumpulan Berita Terkait:' (the KLY sites' topics).",
        pattern=r"(?:tags?|topik|kata kunci|keywords?|label)\s*:|(?:tags?|topik|topik terkait|tags? terkait|trending tags?|kumpulan berita terkait\s*:?)$|"
        r"#\w+(?:\s+#\w+)+$",
        max_chars=400,
        matches=("Tags: banjir, jakarta", "Topik:", "TAG", "#gempa #bmkg", "TOPIK TERKAIT", "Tag Terkait", "Trending Tags", "Kumpulan Berita Terkait:"),
        ignores=("Tagihan listrik naik bulan ini.",),
    ),
    RegexRule(
        name="id.comment.widget",
        label=Label.COMMENT,
        doc="Comment sections and comment counters: 'Komentar', 'Tulis komentar', '12 Komentar'.",
        pattern=r"(?:\d+\s+)?(?:komentar|comments?)(?:\s+(?:pembaca|anda))?\s*(?::\s*\d+|\(\d+\))?$|tulis komentar|beri komentar|lihat komentar|kirim komentar|"
        r"(?:belum ada|tidak ada) komentar|isi komentar anda|komentar (?:adalah|merupakan) tanggapan pribadi|login sebagai\b|"
        r"ingatlah untuk menjaga komentar|(?:login|masuk) untuk (?:berkomentar|komentar|memberi komentar)|\d+ komentar disclaimer$|"
        # the reactions box under the story
        r"bagaimana (?:tanggapan|reaksi|perasaan) (?:anda|kamu) (?:mengenai|tentang|terhadap|setelah membaca) (?:artikel|berita) ini\s*\??$",
        max_chars=300,
        matches=("Komentar Pembaca", "comment", "12 Komentar", "Tulis komentar", "Komentar : 0", "Komentar adalah tanggapan pribadi, tidak mewakili kebijakan redaksi.",
                 "Ingatlah untuk menjaga komentar tetap hormat dan mengikuti pedoman komunitas kami",
                 "Bagaimana tanggapan anda mengenai artikel ini?"),
        ignores=("Komentar itu disampaikan oleh menteri di Jakarta.",),
    ),
    RegexRule(
        name="id.other.disclaimer",
        label=Label.OTHER,
        requires=("sanggahan", "disclaimer", "redaksi"),
        doc="The fixed investment disclaimer under market and research stories: 'Sanggahan: Artikel ini "
        "adalah produk jurnalistik ...', 'Disclaimer: Keputusan investasi ...'; and a blog platform's or an "
        "opinion page's note that the piece does not speak for the newsroom.",
        pattern=r"(?:sanggahan|disclaimer)\s*:\s*(?:artikel ini|keputusan (?:investasi|pembelian)|berita ini|informasi ini|semua)\b"
        r"|[^\n]{0,200}\btidak (?:mewakili|mencerminkan) (?:pandangan|sikap|kebijakan) (?:redaksi|editorial)\b[^\n]{0,80}$",
        max_chars=600,
        matches=("Sanggahan: Artikel ini adalah produk jurnalistik berupa pandangan CNBC Indonesia Research.",
                 "Disclaimer: Keputusan investasi sepenuhnya ada di tangan pembaca.",
                 "Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas."),
        ignores=("Sanggahan: warga menolak tuduhan itu, kata kuasa hukumnya.", "Pemimpin redaksi itu mengundurkan diri pada Senin."),
    ),
    RegexRule(
        name="id.other.source_note",
        label=Label.OTHER,
        requires=("disadur dari",),
        doc="The note under a story taken from a sister site, with its credits: 'Disadur dari: Bola.net (Penulis: X, Editor: Y. Published 3/12/2024)'.",
        pattern=r"disadur dari\s*:\s*[^\n]{2,240}$",
        matches=("Disadur dari: Bola.net (Penulis: Fitri Apriani, Editor: Gia Yuda Pradana. Published 3/12/2024)",),
        ignores=("Disadur dari cerita rakyat setempat, tari itu dibawakan enam penari.",),
    ),
    RegexRule(
        name="id.other.report_buttons",
        label=Label.OTHER,
        doc="Buttons to report a post, an account or a comment: 'Laporkan Konten', 'Laporkan Akun'.",
        pattern=r"laporkan(?: (?:konten|akun|komentar|artikel|tulisan|pelanggaran))?$",
        matches=("Laporkan Konten", "Laporkan Akun", "Laporkan"),
        ignores=("Laporkan kepada polisi bila melihat hal mencurigakan.",),
    ),
    RegexRule(
        name="id.other.widget_labels",
        label=Label.OTHER,
        doc="Stray widget labels: 'waktu baca 1 menit', 'Konten dari Pengguna', 'Baca 10 detik', 'photo'.",
        pattern=r"(?:waktu baca|lama baca|dibaca)\s*:?\s*\d+\s*menit$|\d+\s*menit membaca$|konten dari pengguna$|"
        r"(?:photo|foto|video|audio|galeri|gallery|infografis|lihat foto|lihat video)$|sukses$|loading\.*$|memuat\.*$",
        matches=("waktu baca 1 menit", "Konten dari Pengguna", "photo", "Lihat Foto"),
        ignores=("Waktu baca puisi itu sekitar lima menit, katanya.",),
    ),
    RegexRule(
        name="id.share.label",
        label=Label.SHARE,
        doc="Share prompts: 'Share:', 'Bagikan:', 'Bagikan artikel ini', 'Salin tautan', and the notice that the link was copied.",
        pattern=r"(?:share|bagikan|sebarkan)(?: (?:artikel|berita) ini)?\s*:?$|salin (?:tautan|link)$|(?:link|tautan|url) (?:telah |sudah |berhasil )?(?:tersalin|disalin)!?$",
        matches=("Share:", "Bagikan artikel ini", "Salin tautan", "URL telah disalin", "Link berhasil disalin!", "tautan disalin"),
        ignores=("Bagikan pengalamanmu kepada teman-teman di sekolah, ujar guru itu.",),
    ),
    RegexRule(
        name="id.promo.click_here",
        label=Label.PROMO,
        doc="A call to act that ends on the link itself: 'Usulkan polisi teladan di sekitarmu. Klik di sini' "
        "(last in the pack: the calls the other rules know by their words keep their own label).",
        pattern=r"[^\n]{4,160}?[.!?,]\s*(?:(?:info|berita) lengkap(?:nya)?\s+|selengkapnya\s+)?klik di sini\.?$",
        matches=("Usulkan polisi teladan di sekitarmu. Klik di sini", "Ikuti berita terbaru di WhatsApp Channel. Klik di sini.",
                 "Viral! 18 Kampus ini Punya Fakultas Kedokteran Terbaik di Indonesia, Info Lengkapnya Klik di Sini"),
        ignores=("Klik di sini, kata petugas sambil menunjuk layar.", "Warga diminta mendaftar lewat aplikasi yang disediakan."),
        requires=("klik di sini",),
    ),
]
