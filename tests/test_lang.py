"""Language detection and stop-word density (`newsclean.lang`)."""

from __future__ import annotations

import collections
import json
import random
from pathlib import Path

import pytest

from newsclean import lang

# Three or more sentences of news prose per language, written for these tests.
PROSE = {
    "en": (
        "The city council voted on Tuesday to approve a new budget for public transport, after "
        "months of debate between the mayor and opposition members. According to officials, the "
        "plan will add more buses to the busiest routes and extend the night service until two in "
        "the morning. Critics said the money would have been better spent on repairing roads, but "
        "supporters argued that the changes were long overdue."
    ),
    "de": (
        "Der Stadtrat hat am Dienstag einen neuen Haushalt für den öffentlichen Nahverkehr "
        "beschlossen, nachdem monatelang zwischen der Bürgermeisterin und der Opposition "
        "gestritten worden war. Nach Angaben der Verwaltung sollen auf den am stärksten genutzten "
        "Linien mehr Busse fahren, und der Nachtverkehr wird bis zwei Uhr morgens verlängert. "
        "Kritiker sagten, das Geld wäre besser in die Sanierung der Straßen geflossen, doch die "
        "Befürworter halten die Änderungen für längst überfällig."
    ),
    "fr": (
        "Le conseil municipal a adopté mardi un nouveau budget pour les transports publics, après "
        "des mois de débats entre la maire et l'opposition. Selon les services de la ville, "
        "davantage de bus circuleront sur les lignes les plus fréquentées et le service de nuit "
        "sera prolongé jusqu'à deux heures du matin. Les critiques estiment que cet argent aurait "
        "été mieux utilisé pour réparer les routes, mais les partisans du projet jugent que ces "
        "changements étaient attendus depuis longtemps."
    ),
    "es": (
        "El ayuntamiento aprobó el martes un nuevo presupuesto para el transporte público, "
        "después de meses de debate entre la alcaldesa y la oposición. Según fuentes municipales, "
        "habrá más autobuses en las líneas con más pasajeros y el servicio nocturno se ampliará "
        "hasta las dos de la madrugada. Los críticos dijeron que el dinero se habría gastado "
        "mejor en arreglar las calles, pero los defensores del plan aseguran que los cambios "
        "llegan tarde."
    ),
    "pt": (
        "A câmara municipal aprovou na terça-feira um novo orçamento para o transporte público, "
        "depois de meses de debate entre a prefeita e a oposição. Segundo a prefeitura, haverá "
        "mais ônibus nas linhas com maior movimento e o serviço noturno será estendido até as duas "
        "da manhã. Os críticos disseram que o dinheiro seria mais bem gasto no conserto das ruas, "
        "mas os defensores do plano afirmam que as mudanças já estavam atrasadas."
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì un nuovo bilancio per il trasporto pubblico, "
        "dopo mesi di discussioni tra la sindaca e l'opposizione. Secondo il Comune, sulle linee "
        "più affollate ci saranno più autobus e il servizio notturno sarà prolungato fino alle due "
        "del mattino. I critici hanno detto che i soldi sarebbero stati spesi meglio per sistemare "
        "le strade, ma i sostenitori del piano ritengono che le modifiche fossero attese da tempo."
    ),
    "nl": (
        "De gemeenteraad heeft dinsdag een nieuwe begroting voor het openbaar vervoer "
        "goedgekeurd, na maanden van discussie tussen de burgemeester en de oppositie. Volgens de "
        "gemeente komen er meer bussen op de drukste lijnen en wordt de nachtdienst verlengd tot "
        "twee uur 's nachts. Critici zeggen dat het geld beter had kunnen worden besteed aan het "
        "herstel van de wegen, maar voorstanders vinden dat de veranderingen al lang nodig waren."
    ),
    "pl": (
        "Rada miasta zatwierdziła we wtorek nowy budżet na transport publiczny, po wielu "
        "miesiącach sporów między prezydent miasta a opozycją. Według urzędników na najbardziej "
        "obleganych liniach pojawi się więcej autobusów, a nocna komunikacja zostanie wydłużona do "
        "drugiej w nocy. Krytycy mówią, że te pieniądze lepiej byłoby wydać na naprawę dróg, ale "
        "zwolennicy planu twierdzą, że zmiany były potrzebne już od dawna."
    ),
    "sv": (
        "Kommunfullmäktige röstade på tisdagen igenom en ny budget för kollektivtrafiken, efter "
        "flera månader av debatt mellan kommunstyrelsens ordförande och oppositionen. Enligt "
        "kommunen ska det gå fler bussar på de mest trafikerade linjerna och nattrafiken förlängs "
        "till klockan två på natten. Kritiker säger att pengarna hade gjort mer nytta om de lagts "
        "på att laga vägarna, men de som stöder planen menar att förändringarna har dröjt "
        "alldeles för länge."
    ),
    "tr": (
        "Belediye meclisi salı günü toplu taşıma için yeni bir bütçeyi onayladı; karar, belediye "
        "başkanı ile muhalefet arasında aylarca süren tartışmaların ardından geldi. Yetkililere "
        "göre en yoğun hatlarda daha fazla otobüs çalışacak ve gece seferleri saat ikiye kadar "
        "uzatılacak. Eleştirenler bu paranın yolların onarımına harcanmasının daha doğru "
        "olacağını söyledi, ancak planı destekleyenler değişikliklerin çok gecikmiş olduğunu "
        "belirtti."
    ),
    "id": (
        "Dewan Perwakilan Rakyat Daerah menyetujui anggaran baru untuk transportasi umum pada "
        "Selasa, setelah perdebatan selama berbulan-bulan antara wali kota dan pihak oposisi. "
        "Menurut pejabat pemerintah kota, jumlah bus di jalur yang paling padat akan ditambah dan "
        "layanan malam diperpanjang hingga pukul dua dini hari. Para pengkritik mengatakan bahwa "
        "uang tersebut sebaiknya dipakai untuk memperbaiki jalan, tetapi pendukung rencana itu "
        "menilai perubahan ini sudah lama dibutuhkan karena warga bisa menunggu bus lebih dari "
        "satu jam."
    ),
    "ms": (
        "Majlis bandaraya meluluskan bajet baharu untuk pengangkutan awam pada hari Selasa, "
        "selepas perdebatan selama beberapa bulan antara datuk bandar dan pihak pembangkang. "
        "Menurut pegawai majlis, lebih banyak bas akan ditambah di laluan yang paling sesak dan "
        "perkhidmatan waktu malam dilanjutkan sehingga pukul dua pagi. Pengkritik berkata bahawa "
        "wang tersebut sepatutnya digunakan untuk membaiki jalan raya, tetapi penyokong rancangan "
        "itu berpendapat perubahan ini amat diperlukan kerana ramai penduduk terpaksa menunggu "
        "bas lebih sejam."
    ),
}

# A second, unrelated story for the close pair, so the separation is not tuned to one text.
MALAYIC = {
    "id": (
        "Hujan deras yang mengguyur sejak Kamis malam membuat sejumlah ruas jalan di pusat kota "
        "tergenang air setinggi lutut. Petugas pemadam kebakaran dikerahkan untuk membantu warga "
        "yang terjebak di rumahnya, sedangkan sekolah di tiga kecamatan diliburkan. Kepala "
        "badan penanggulangan bencana mengatakan bahwa curah hujan masih akan tinggi hingga akhir "
        "pekan, sehingga masyarakat diminta tetap waspada. \"Kami sudah menyiapkan perahu karet "
        "dan dapur umum,\" ujarnya."
    ),
    "ms": (
        "Hujan lebat yang turun sejak Khamis malam menyebabkan beberapa jalan di tengah bandar "
        "dinaiki air separas lutut. Anggota bomba dikerahkan untuk membantu penduduk yang "
        "terperangkap di rumah masing-masing, manakala sekolah di tiga daerah ditutup. Pengarah "
        "agensi pengurusan bencana berkata bahawa hujan dijangka berterusan sehingga hujung "
        "minggu, oleh itu orang ramai diminta sentiasa berwaspada. \"Kami telah menyediakan bot "
        "dan dapur awam,\" katanya kepada pemberita selepas meninjau kawasan tersebut."
    ),
}

# Lines of a site menu in each language: navigation words, no function words.
MENUS = {
    "en": "Home World Business Technology Sport Culture Opinion",
    "de": "Startseite Politik Wirtschaft Sport Kultur Wissen Meinung",
    "fr": "Accueil Politique Économie Sport Culture Société Opinions",
    "es": "Portada Política Economía Deportes Cultura Opinión Sociedad",
    "pt": "Início Política Economia Esportes Cultura Opinião Mundo",
    "it": "Home Politica Economia Sport Cultura Cronaca Esteri",
    "nl": "Home Binnenland Buitenland Economie Sport Cultuur Opinie",
    "pl": "Strona główna Polityka Gospodarka Sport Kultura Opinie",
    "sv": "Start Nyheter Ekonomi Sport Kultur Ledare Debatt",
    "tr": "Anasayfa Gündem Ekonomi Spor Dünya Kültür Yazarlar",
    "id": "Beranda Nasional Ekonomi Olahraga Hiburan Teknologi Otomotif",
    "ms": "Utama Nasional Bisnes Sukan Hiburan Teknologi Dunia",
}

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"


def test_every_language_has_a_profile():
    assert set(lang.LANGUAGES) == set(PROSE)
    for code, words in lang.STOPWORDS.items():
        assert 100 <= len(words) <= 260, code
        assert all(w == w.lower() for w in words), code


@pytest.mark.parametrize("code", sorted(PROSE))
def test_detects_prose(code):
    assert lang.detect(PROSE[code]) == code


@pytest.mark.parametrize("code", sorted(PROSE))
def test_detects_prose_inside_a_page(code):
    menu = "\n".join(MENUS[code].split())
    page = f"{menu}\n\nBreaking\n{PROSE[code]}\n\n{PROSE[code]}\n\n© 2024 Example Media\n{menu}"
    assert lang.detect(page) == code


@pytest.mark.parametrize("code", ["id", "ms"])
def test_indonesian_and_malay_are_told_apart(code):
    other = {"id": "ms", "ms": "id"}[code]
    assert lang.detect(MALAYIC[code]) == code
    s = lang.scores(MALAYIC[code] + " " + PROSE[code])
    assert s[code] > s[other]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "The cat sat.",
        "Home | News | Sport | Business | Contact | Login",
        "qwrt zxvbn plokm asdfgh jklpo mnbvc xzlkq wertyu iopqs dfghj klzxc vbnmq",
        "Самые популярные кулинарные блоги по версии редакции: список и отзывы читателей "
        "о каждом из них, а также рецепты и фотографии блюд.",
        "商品の改造が商標法違反になる場合について、弁理士がわかりやすく解説します。",
    ],
)
def test_unsure_returns_none(text):
    assert lang.detect(text) is None


def test_random_letters_return_none():
    rng = random.Random(7)
    letters = "bcdfghjklmnpqrstvwxz"
    words = ["".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(400)]
    assert lang.detect(" ".join(words)) is None


def test_mixed_text_without_a_clear_winner_returns_none():
    # The same number of hits for two languages: no clear winner.
    assert lang.detect("the of and to with from " * 3 + "der und zu mit von auf " * 3) is None


def test_max_chars_limits_what_is_read():
    page = PROSE["de"] + "\n" + (PROSE["en"] + "\n") * 20
    assert lang.detect(page) == "en"
    assert lang.detect(page, max_chars=len(PROSE["de"])) == "de"


@pytest.mark.parametrize("code", sorted(PROSE))
def test_stop_ratio_prose_vs_menu(code):
    sentences = [s for s in PROSE[code].split(". ") if len(s.split()) >= 8]
    for sentence in sentences:
        assert lang.stop_ratio(sentence, code) >= 0.2, sentence
    assert lang.stop_ratio(MENUS[code], code) <= 0.1
    assert lang.stop_ratio(PROSE[code], code) > 3 * max(lang.stop_ratio(MENUS[code], code), 0.05)


def test_stop_ratio_details():
    assert lang.stop_ratio("", "en") == 0.0
    assert lang.stop_ratio("the of and", "xx") == 0.0
    assert lang.stop_ratio("the of and", None) == 0.0
    assert lang.stop_ratio("The cat, and the dog", "en") == pytest.approx(3 / 5)
    assert lang.stop_ratio("However, the", "en") == 1.0  # trailing comma
    assert lang.stop_ratio("İçin bu", "tr") == 1.0  # Turkish dotted capital
    assert lang.stop_count("The cat and the dog", "en") == (3, 5)
    assert lang.stop_count("The cat", "xx") == (0, 2)


def test_stopword_pattern_finds_whole_words():
    pat = lang.stopword_pattern("en")
    assert pat.findall("The theme of the day") == ["The", "of", "the"]
    assert lang.stopword_pattern("en") is pat


@pytest.mark.skipif(not (BENCH / "id-dev" / "pages").is_dir(), reason="benchmark not present")
def test_indonesian_bench_pages_come_out_indonesian():
    pages = sorted((BENCH / "id-dev" / "pages").glob("*.json"))
    found = collections.Counter(lang.detect(json.loads(p.read_text())["text"]) for p in pages)
    assert found["id"] >= 0.95 * len(pages), found


@pytest.mark.skipif(not (BENCH / "scrapinghub" / "text").is_dir(), reason="benchmark not present")
def test_english_bench_pages_come_out_mostly_english():
    pages = sorted((BENCH / "scrapinghub" / "text").glob("*.txt"))
    found = collections.Counter(lang.detect(p.read_text()) for p in pages)
    assert found["en"] >= 0.8 * len(pages), found
    assert found["ms"] == 0, found
