"""The metadata readers against slow references: the screens that keep `credit_tail` cheap must
never lose a credit that searching every form would find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.meta import _CREDIT_FORMS, _WEAK_CREDIT_TAIL, byline_people, credit_tail, signoff_name, split_dateline


def _reference_credit_tail(text: str, weak: bool) -> int | None:
    """Every credit form searched on every line, in order: what the screens must agree with."""
    start = max(0, len(text) - 160)
    m = None
    for _key, _reach, pattern in _CREDIT_FORMS:
        m = pattern.search(text, start)
        if m is not None:
            break
    if m is None and weak and "/" in text[start:]:
        m = _WEAK_CREDIT_TAIL.search(text, start)
    if m is None or m.start() < 8 or not any(c.isalpha() for c in text[m.start() :]):
        return None
    return m.start()


# Pieces of captions, credits and prose, so that generated lines often hold a credit or come
# close to one.
_PIECES = st.sampled_from([
    "Warga melintas di jalan yang tergenang banjir", "Senin (5/5/2025).", " ", ", ", ". ", " - ", " – ", " / ", "/",
    "(Foto: ANTARA/Budi Santoso)", "(IDN Times/Sukma Shakti)", "(Ika Yuniati/Solopos)", "(mdk/yan)", "(Tribunnews.com)",
    "Foto: Rina Kartika", "Photo: Owen Hartley/The Guardian", "| ANTARA FOTO/Nama", "© Lena Vogt/dpa", "[Dok Pribadi]",
    "- Reuters - Beawiharta", "AFP", "Getty Images", "KOMPAS.com/NAMA", "2019/11/20", "well-known", "a: b", "Image credit:",
    "x" * 60, "said the minister", "(iStock)", ")", "(", "]", "[", "©", ":", "|",
    "- Istimewa", "Harian Jogja/Bayu R. Wicaksono", "ANTARA Jatim/Rizal Mahendra/um", "photograph:", "Fotoğraf: ", "well - known",
])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(_PIECES, min_size=1, max_size=12).map("".join), st.booleans())
def test_credit_tail_screens_never_lose_a_credit(text, weak):
    text = " ".join(text.split())
    assert credit_tail(text, weak=weak) == _reference_credit_tail(text, weak)


def test_credit_tail_finds_the_forms_it_documents():
    assert credit_tail("Warga melintas di jalan yang tergenang banjir. (Foto: ANTARA/Budi Santoso)") is not None
    assert credit_tail("Volunteers repaint the railings on the pier. Photograph: Owen Hartley/The Guardian") is not None
    assert credit_tail("Pengemudi ojek online menunggu penumpang di Jakarta. - Reuters - Beawiharta") is not None
    assert credit_tail("Kata dia menutup pernyataannya pada Senin sore. (mdk/yan)", weak=True) is None
    assert credit_tail("Petani menanam padi di sawahnya, Senin sore. (Yud/Put)", weak=True) is None
    # the paper's code in capitals over the photographer's initials is a credit (Bali Post)
    assert credit_tail("Petani memeriksa saluran irigasi, Minggu (13/7). (BP/eka)", weak=True) == 48
    # JIBI's handouts and a photographer's middle initial after the slash
    assert credit_tail("Desain gedung baru Pasar Kranggan, Senin (12/5/2025). - Istimewa") == 53
    assert credit_tail("Suasana los sayur di Pasar Kranggan, Selasa (13/5/2025). - Harian Jogja/Bayu R. Wicaksono") == 56
    assert credit_tail("Warga menyebut lomba itu - istimewa sekali.") is None
    assert credit_tail("Warga mendorong sepeda motor di Gresik, Senin (20/1/2025). ANTARA Jatim/Rizal Mahendra/um") == 58
    # Le Parisien's credits glued after the last sentence, Wyborcza's in brackets, tirto's and Kompas's site before the name
    assert credit_tail("Des barrières interdisent l’accès depuis jeudi dernier. LP/Marine Legrand") == 55
    assert credit_tail("Les habitants lors d’une réunion publique en 2023. DR") == 50
    assert credit_tail("Kartka z informacją o zamknięciu (Fot. Marta Wierzbicka)") == 32
    assert credit_tail("Pelajar menunggu bus di halte, Senin (14/7/2025). tirto.id/Dinda Maharani Putri") == 49
    t = "Petugas mengangkat bangkai ikan dari kolam, Kamis (5/9/2024). KOMPAS.com/ASEP NURJAMAN FADILAH"
    assert t[credit_tail(t) :].strip() == "KOMPAS.com/ASEP NURJAMAN FADILAH"
    # the outlet's initials before the label
    assert credit_tail("Riders are pushed onto footpaths, residents say. ST PHOTO: KEVIN LIM") == 48
    # ... or 'File' before the label, an archive picture's (Sky News)
    assert credit_tail("A lifeboat leaves the harbour at Tenby. File pic: RNLI") == 39
    # an institution's own photo behind 'Dok:' (CNBC Indonesia)
    assert credit_tail("Petugas menyiram jalan di Daegu. Dok: Pemerintah Kota Daegu") == 32
    # ANSA's rights mark after a caption without a full stop
    assert credit_tail("Il porto di Trapani al tramonto - RIPRODUZIONE RISERVATA") == 31
    # who passed the photo on, and where, after the caption's last sentence; not a sentence that says how
    t = "Floodwater covers the square on Tuesday. Marlow County Sheriff's Office via Facebook"
    assert t[credit_tail(t) :].strip() == "Marlow County Sheriff's Office via Facebook"
    assert credit_tail("Residents met the mayor on Monday. They talked via Zoom") is None


def test_signoff_name_reads_the_name_on_either_side_of_the_paper():
    assert signoff_name("(Tribunnews.com/Nama Lengkap)") == "Nama Lengkap"
    assert signoff_name("(Made Sueca/balipost)") == "Made Sueca"
    # (a photo's credit spells its outlet as printed, not in a reporter's small letters)
    assert signoff_name("(IDN Times/Ardiansyah)") is None
    assert signoff_name("(Reed Saxon/Reuters)") is None


def test_split_dateline_reads_an_outlet_in_words_only_when_the_page_names_it():
    assert split_dateline("Warta Ekonomi, Jakarta -") is None
    assert split_dateline("Warta Ekonomi, Jakarta -", outlets=["Warta Ekonomi"]) == ("Warta Ekonomi", "Jakarta", "")
    text = "Lampung Geh, Lampung Barat - Harga kopi robusta naik."
    assert split_dateline(text, outlets=["Yudha Pranata", "Lampung Geh"]) == ("Lampung Geh", "Lampung Barat", "Harga kopi robusta naik.")
    # (a name the page gives no outlet stays out: 'Pak Harto, Presiden -' is no dateline)
    assert split_dateline("Pak Harto, Presiden - kata dia.", outlets=["Lampung Geh"]) is None


def test_every_month_name_the_date_pattern_accepts_has_a_number():
    import regex

    from newsclean.meta import _MONTH_NUMBER
    from newsclean.patterns import MONTHS

    names = [n for n in regex.sub(r"[()?:\\.]", "", MONTHS).split("|") if n]
    assert [n for n in names if n.lower() not in _MONTH_NUMBER] == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Dimas Arya Pratama, Rina Oktaviani - detikJatim", ["Dimas Arya Pratama", "Rina Oktaviani"]),
        ("Von Theresa Brandl und Michael Oswald, BR", ["Theresa Brandl", "Michael Oswald"]),
        ("Par Hélène Rougier et Marc Dupuis", ["Hélène Rougier", "Marc Dupuis"]),
        ("By Dan Evans and Jo Smith", ["Dan Evans", "Jo Smith"]),
        ("By John E Smith", ["John E Smith"]),
        ("Marloes van Dijkhuizen", ["Marloes van Dijkhuizen"]),
        ("Door Femke van der Linden", ["Femke van der Linden"]),
    ],
)
def test_bylines_name_each_writer_once(line, authors):
    assert byline_people(line)[0] == authors


def test_an_agency_inside_a_word_is_no_credit():
    # 'JawaPos' and 'KapanLagi' hold 'aP' and 'ap': the browser title's site, not the AP's photo.
    assert credit_tail("Atap Tiga Ruang Kelas Ambruk, Siswa Belajar di Tenda Darurat | JawaPos.com") is None
    assert credit_tail("Brandon Salim Makin Dekat dengan Sivia Blink | KapanLagi.com") is None
    assert credit_tail("Firefighters work through the night at the warehouse | AP Photo") is not None


def test_a_rank_before_the_role_is_not_part_of_the_name():
    assert byline_people("Hannah Leckford Senior Reporter") == (["Hannah Leckford"], [])
    assert byline_people("Moch Krisna Aditya Managing Editor") == ([], ["Moch Krisna Aditya"])


def test_a_job_in_capitals_run_on_after_the_name_is_not_part_of_it():
    assert byline_people("By Marisa Quintero Staff Writer") == (["Marisa Quintero"], [])
    assert byline_people("Ellen Tadros Contributor") == (["Ellen Tadros"], [])
    assert byline_people("By Michael Hale Business Columnist") == (["Michael Hale"], [])
    assert byline_people("By Walt Pike Globe Staff,Updated December 3, 2019, 6:52 p.m.") == (["Walt Pike"], [])
    # (a comma before the job keeps its desk out of the names)
    assert byline_people("by Caroline Vessey, Healthcare Policy Reporter") == (["Caroline Vessey"], [])


def test_the_place_filed_from_after_a_slash_is_no_second_writer():
    assert byline_people("By Dana Whitfield / Calder Falls, Wis.") == (["Dana Whitfield"], [])
    assert byline_people("By Dana Whitfield / Pine Hollow, OR") == (["Dana Whitfield"], [])


def test_a_role_word_before_the_name_without_a_colon_gives_the_role():
    # (Kompas AMP prints the label and the name side by side)
    assert byline_people("Penulis Kontributor Kuningan, Asep Nurjaman Fadilah") == (["Asep Nurjaman Fadilah"], [])
    assert byline_people("Editor Yustinus Dwi Haryanto") == ([], ["Yustinus Dwi Haryanto"])
    # health sites: the reviewer is neither writer nor editor
    assert byline_people("Medically reviewed by Dana Whitfield, MD — Written by Owen Marsh on March 3, 2024") == (["Owen Marsh"], [])


def test_a_photographer_and_paper_after_the_last_sentence_are_a_credit():
    text = "Devant l’ancienne boulangerie de Lacroix-Vialard, fermée depuis le mois de mars. Hélène Rougier / Le Figaro"
    assert text[credit_tail(text) :].strip() == "Hélène Rougier / Le Figaro"
    assert credit_tail("The vote was close, with the Labour / Green coalition holding on.") is None


def test_a_courtesy_credit_in_brackets_ends_a_caption():
    text = "The Hollis Creek Covered Bridge after the crash on Monday. (Courtesy: Geauga County Sheriff's Office)"
    assert text[credit_tail(text) :].strip() == "(Courtesy: Geauga County Sheriff's Office)"
    assert credit_tail("The mayor thanked residents (courtesy of the weather, the fair was a success).") is None


def test_names_in_capitals_joined_by_and_are_a_byline_title_case_is_not():
    from newsclean.meta import looks_like_name

    assert looks_like_name("ELENA MARCHETTI and JORDAN PIKE")
    assert byline_people("ELENA MARCHETTI and JORDAN PIKE")[0] == ["ELENA MARCHETTI", "JORDAN PIKE"]
    assert not looks_like_name("Mengenal Heat Exhaustion dan Cara Pertolongan Pertamanya")
    assert not looks_like_name("Tata Cara Sholat Jamak dan Qasar Beserta Niat Juga Artinya")


def test_an_agency_alone_in_brackets_credits_a_photo_but_signs_off_a_story():
    caption = "A single-decker bus near Helmsley, where 64 routes have been withdrawn since 2019 (PA)"
    assert caption[credit_tail(caption) :].strip() == "(PA)"
    assert credit_tail("Visto il successo, il progetto sarà esteso a Taverne d'Arbia. (ANSA).") is None


def test_a_wire_dateline_puts_the_agency_first():
    from newsclean.meta import split_dateline

    assert split_dateline("(ANSA) - SIENA, 17 NOV - Un trapano e una livella.") == ("ANSA", "SIENA", "Un trapano e una livella.")
    # A story from two cities names both before the wire.
    assert split_dateline("BRUSSELS/ANTWERP, Oct 7 (Reuters) - Belgian port unions met.") == ("Reuters", "BRUSSELS/ANTWERP", "Belgian port unions met.")


def test_a_paper_or_a_job_title_under_a_name_is_no_name():
    from newsclean.meta import looks_like_name

    assert not looks_like_name("Poughkeepsie Journal")
    assert not looks_like_name("Political Correspondent")
    assert looks_like_name("Kendra Olsen")


def test_the_writers_base_after_the_name_is_no_co_author():
    assert byline_people("Von Anna Keller, München")[0] == ["Anna Keller"]
    assert byline_people("By Jane Doe, Washington")[0] == ["Jane Doe"]
    # Indonesian bylines name people who go by one name: a second name stays.
    assert byline_people("Oleh Andi Saputra, Budi")[0] == ["Andi Saputra", "Budi"]


def test_a_stock_library_glued_to_the_caption_is_its_credit():
    text = "Ilustrasi bawang putihSHUTTERSTOCK"
    assert text[credit_tail(text) :] == "SHUTTERSTOCK"
    assert credit_tail("Warga mengantre minyak goreng di pasar, Senin pagi.") is None


def test_datelines_without_a_wire_or_an_outlet():
    from newsclean.meta import split_dateline

    # A company's own release: the place, its country and the date, no wire.
    assert split_dateline("AARHUS, Denmark, March 4, 2025 – Ravnholt Thermal A/S said") == (None, "AARHUS, Denmark", "Ravnholt Thermal A/S said")
    assert split_dateline("AARHUS, March 4, 2025 – Ravnholt said") == (None, "AARHUS", "Ravnholt said")
    # AP style: the place and its state; an abbreviation's dot does not end the place.
    assert split_dateline("BLOOMINGTON, Minn. — The council voted") == (None, "BLOOMINGTON, Minn.", "The council voted")
    assert split_dateline("ST. PAUL — The council voted") == (None, "ST. PAUL", "The council voted")
    # Russian agencies put themselves after the dash and the date.
    assert split_dateline("МОСКВА, 14 мая - РИА Новости. Более 300 фонтанчиков") == ("РИА Новости", "МОСКВА", "Более 300 фонтанчиков")
    assert split_dateline("Harga beras naik di pasar, kata pedagang.") is None


def test_a_screenshot_or_an_illustration_credits_like_a_photo():
    text = "The notice owners started seeing in the app on Monday. Screenshot: Marisol Feeney / The Verge"
    assert text[credit_tail(text) :].strip() == "Screenshot: Marisol Feeney / The Verge"
    text = "The new thermostat on a kitchen wall. Illustration by Kim Lee / The Verge"
    assert text[credit_tail(text) :].strip() == "Illustration by Kim Lee / The Verge"


def test_a_screenshot_source_glued_to_the_caption_is_its_credit():
    text = "Video Sudarno melayani warga di depan perpustakaan, pukul 07.00 hingga 17.00 WIB.Tangkapan layar Instagram @perpusgerobak"
    assert text[credit_tail(text) :] == "Tangkapan layar Instagram @perpusgerobak"
    # (the words inside a sentence are no credit)
    assert credit_tail("Sertakan bukti berupa pesan, rekaman, atau tangkapan layar untuk memperkuat laporan.") is None


def test_credits_with_two_slashes_a_copyright_sign_before_a_bar_or_a_video_label():
    text = "Pekerja memindahkan karung garam di gudang, Rabu (12/2/2025). - JIBI/Bisnis/Yusuf Kurniawan Hakim"
    assert text[credit_tail(text) :].strip() == "- JIBI/Bisnis/Yusuf Kurniawan Hakim"
    text = "Die Genossin stellt die Regale ein. © Malte Jensen | dpa"
    assert text[credit_tail(text) :].strip() == "© Malte Jensen | dpa"
    text = "Frans van Roosmalen vertelt waarom hij stopt (video: Jan Peels)"
    assert text[credit_tail(text) :].strip() == "(video: Jan Peels)"
    assert credit_tail("Warga memadati alun-alun kota (video pemeriksaan polisi sudah beredar).") is None


def test_datelines_as_regional_papers_print_them():
    from newsclean.meta import split_dateline

    assert split_dateline("Bologna, 14 maggio 2025 – Dove fino a vent'anni fa") == (None, "Bologna", "Dove fino a vent'anni fa")
    # German regional papers end the place with a full stop; only German pages are read so.
    assert split_dateline("Henstedt-Ulzburg. Als im Januar", lang="de") == (None, "Henstedt-Ulzburg", "Als im Januar")
    assert split_dateline("Henstedt-Ulzburg. Als im Januar") is None
    assert split_dateline("KUALA PERLIS: Seorang nelayan", lang="ms") == (None, "KUALA PERLIS", "Seorang nelayan")


def test_a_stock_library_after_the_caption_as_it_writes_its_name():
    assert "Ilustrasi garam. Shutterstock"[credit_tail("Ilustrasi garam. Shutterstock") :].strip() == "Shutterstock"
    assert credit_tail("Perusahaan itu membeli saham Shutterstock tahun lalu.") is None


def test_screenshots_and_social_accounts_in_brackets_are_credits():
    text = "Direktur Angkutan Udara memberi keterangan, Senin (10/3/2025). (Tangkapan Layar YouTube Kemenhub)"
    assert text[credit_tail(text) :].strip() == "(Tangkapan Layar YouTube Kemenhub)"
    text = "Tangkapan layar unggahan warganet soal suhu dingin di Kota Batu.(X/@wargabatu_info)"
    assert text[credit_tail(text) :].strip() == "(X/@wargabatu_info)"


def test_a_name_then_a_separator_or_a_weekday_before_the_date():
    assert byline_people("Rizal Fahmi Nugraha · Senin, 12 Mei 2025 - 14:05:00 WIB")[0] == ["Rizal Fahmi Nugraha"]
    assert byline_people("Rizal Fahmi Nugraha Senin, 12 Mei 2025 - 14:05 WIB")[0] == ["Rizal Fahmi Nugraha"]


def test_american_zones_named_without_the_season_follow_daylight_time():
    from newsclean.meta import parse_date

    assert parse_date("July 4, 2024 3:00 PM ET", month_first=True).isoformat() == "2024-07-04T15:00:00-04:00"
    assert parse_date("Jan. 5, 2024 3:00 PM ET", month_first=True).isoformat() == "2024-01-05T15:00:00-05:00"
    assert parse_date("July 4, 2024 3:00 PM EST", month_first=True).isoformat() == "2024-07-04T15:00:00-05:00"
    # a date printed without its time takes the zone the line states further on
    line = "Published Oct. 7, 2025 Updated Oct. 8, 2025, 9:12 a.m. ET"
    assert parse_date(line, month_first=True, default_zone=0).isoformat() == "2025-10-07T00:00:00-04:00"
    assert parse_date("October 7, 2025 5:48 PM GMT+2", month_first=True).isoformat() == "2025-10-07T17:48:00+02:00"


def test_numeric_dates_apart_by_hyphens_read_day_first():
    from newsclean.meta import parse_date

    assert parse_date("Aangepast 07-10-25, 16:05", default_zone=1).isoformat() == "2025-10-07T16:05:00+01:00"
    assert parse_date("2025-05-05 10:00", default_zone=0).isoformat() == "2025-05-05T10:00:00+00:00"
    assert parse_date("tel 0812-34-5678") is None



def test_zones_named_by_country_or_region():
    from newsclean.meta import parse_date

    # 'UK' (Sky News) is GMT or, from the last Sunday of March to the last of October, BST
    assert parse_date("Thursday 18 July 2024 14:05, UK", default_zone=0).utcoffset().total_seconds() == 3600
    assert parse_date("Thursday 18 January 2024 14:05, UK", default_zone=0).utcoffset().total_seconds() == 0
    assert parse_date("Saturday 30 March 2024 14:05, UK", default_zone=0).utcoffset().total_seconds() == 0
    assert parse_date("Sunday 31 March 2024 14:05, UK", default_zone=0).utcoffset().total_seconds() == 3600
    # Newfoundland's daylight time is two and a half hours behind UTC; Hawaii's ten
    assert parse_date("Jul 17, 2025 6:00 AM NDT", month_first=True).utcoffset().total_seconds() == -2.5 * 3600
    assert parse_date("November 18, 2019 at 2:26 PM HST", month_first=True).utcoffset().total_seconds() == -10 * 3600
    # Latin American papers name the country after the clock ('a.m. AR'); in capitals only
    assert parse_date("14 Nov, 2025 05:12 a.m. AR", default_zone=0).utcoffset().total_seconds() == -3 * 3600
    assert parse_date("14 Nov, 2025 05:12 a.m. ar", default_zone=0).utcoffset().total_seconds() == 0


def test_malay_times_of_day_on_a_twelve_hour_clock():
    from newsclean.meta import parse_date

    assert parse_date("Diterbitkan: 14 Nov 2025, 4:35 petang", default_zone=8).hour == 16
    assert parse_date("14 Nov 2025, 9:10 malam", default_zone=8).hour == 21
    assert parse_date("14 Nov 2025, 9:10 pagi", default_zone=8).hour == 9
    assert parse_date("14 Nov 2025, 19:10 malam", default_zone=8).hour == 19


def test_datelines_of_sites_with_an_edition_an_agency_or_no_dash():
    from newsclean.meta import split_dateline

    assert split_dateline("GenPI.co Jatim - Pengelola wisata") == ("GenPI.co Jatim", None, "Pengelola wisata")
    assert split_dateline("AKURAT.CO PT Pertamina Patra Niaga") == ("AKURAT.CO", None, "PT Pertamina Patra Niaga")
    # (a domain in small letters runs into no text without its dash)
    assert split_dateline("Akurat.co PT Pertamina Patra Niaga") is None
    assert split_dateline("TVRINews, Ambon") == ("TVRINews", "Ambon", "")
    assert split_dateline("KBRN, Jember: Sejumlah petani") == ("KBRN", "Jember", "Sejumlah petani")


def test_wires_named_after_the_writer_are_no_writer():
    assert byline_people("By Piet Dekker with AP") == (["Piet Dekker"], [])
    assert byline_people("By Helena Marsh and agencies") == (["Helena Marsh"], [])


def test_credits_joined_by_a_dash_or_glued_call_letters_and_tags_that_are_none():
    fortune = "A Harvest Lane store in Cedar Rapids, one of 38 it will close. Mark Delaney—Bloomberg/Getty Images"
    assert fortune[credit_tail(fortune, weak=True) :].strip() == "Mark Delaney—Bloomberg/Getty Images"
    gray = "Crews work to repair a water main on Winchester Avenue on Tuesday.(WSAZ)"
    assert gray[credit_tail(gray, weak=True) :] == "(WSAZ)"
    # a link's tag after a headline credits nothing; after a sentence the agency in brackets does
    assert credit_tail("Holidaymakers warned of travel chaos as Met Office issues amber alert [LATEST]", weak=True) is None
    assert credit_tail("Lakers vs Nets: NBA make final decision on game amid China turmoil [ VIDEO]", weak=True) is None
    assert credit_tail("Calon penumpang antre di loket Stasiun Pasar Senen, Jakarta. [ANTARA]", weak=True) is not None
    # (the desk's initials in square brackets sign the story off)
    assert credit_tail("“Kami berharap ada harga yang adil,” pungkasnya. [fa/dwi]", weak=True) is None


def test_a_lead_colon_dateline_of_two_words_opens_with_a_word_that_starts_city_names():
    from newsclean.meta import split_lead_dateline

    assert split_lead_dateline("Abu Dhabi: Residents and visitors will be able to ride a free shuttle") == (
        "Abu Dhabi", "Residents and visitors will be able to ride a free shuttle")
    assert split_lead_dateline("Hollywood Nation: Taylor Swift will be honored with the coveted award at the show") is None
