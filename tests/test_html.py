"""The HTML front-end: an HTML page goes through the same engine as its page text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import extract
from newsclean.html import html_to_text, looks_like_html, render_html

PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
  <title>Warga Bantul Gelar Panen Raya Padi - Contoh News</title>
  <style>.menu { color: red }</style>
  <script>var tracking = "jangan tampil";</script>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>Regional</li></ul></nav>
  <!-- iklan atas -->
  <div class="ads">ADVERTISEMENT</div>
  <article>
    <h1>Warga Bantul Gelar Panen Raya Padi</h1>
    <div class="byline">Penulis: Sekar Ayu Lestari | Editor: Bagus Wicaksono</div>
    <time>Senin, 12 Mei 2025 09:30 WIB</time>
    <p>BANTUL, CONTOHNEWS.COM - Ratusan petani di Kecamatan Pleret menggelar panen raya padi
       pada Senin pagi, setelah <b>tiga bulan</b> menunggu musim yang lebih bersahabat.</p>
    <p>Kepala desa setempat mengatakan hasil panen tahun ini naik sekitar sepuluh persen
       dibandingkan tahun lalu berkat irigasi baru.</p>
    <p class="related">Baca juga: <a href="/x">Harga Gabah di Bantul Mulai Naik</a></p>
    <p>"Kami bersyukur cuaca mendukung sampai hari panen," kata salah seorang petani
       kepada wartawan di lokasi.<br>Panen akan berlanjut hingga akhir pekan ini.</p>
    <noscript>Aktifkan JavaScript</noscript>
  </article>
  <footer>© 2025 Contoh News. All rights reserved.</footer>
</body>
</html>"""


def test_recognises_html_documents_only():
    assert looks_like_html(PAGE)
    assert looks_like_html("  <!-- cached --> <html><body>x</body></html>")
    assert not looks_like_html("Harga <b>naik</b> lagi hari ini.")
    assert not looks_like_html("TRIBUNNEWS.COM - Berita hari ini.")


def test_renders_title_first_blocks_on_lines_and_drops_invisible_content():
    text = html_to_text(PAGE)
    lines = text.split("\n")
    assert lines[0] == "Warga Bantul Gelar Panen Raya Padi - Contoh News"
    assert "Home" in lines and "ADVERTISEMENT" in lines
    assert "Ratusan petani di Kecamatan Pleret menggelar panen raya padi pada Senin pagi, setelah tiga bulan menunggu" in text
    assert "Panen akan berlanjut hingga akhir pekan ini." in lines  # <br> breaks the line
    for hidden in ("tracking", "color: red", "iklan atas", "Aktifkan JavaScript"):
        assert hidden not in text


def test_extract_reads_html_like_page_text():
    article = extract(PAGE)
    assert article.title == "Warga Bantul Gelar Panen Raya Padi"
    assert article.authors == ["Sekar Ayu Lestari"] and article.editors == ["Bagus Wicaksono"]
    assert article.source == "CONTOHNEWS.COM" and article.location == "BANTUL"
    assert [r.title for r in article.related] == ["Harga Gabah di Bantul Mulai Naik"]
    assert article.paragraphs[0].text.startswith("Ratusan petani di Kecamatan Pleret")
    assert "ADVERTISEMENT" not in article.body and "Baca juga" not in article.body
    assert article.published is not None and article.published.isoformat() == "2025-05-12T09:30:00+07:00"


def test_broken_or_empty_html_does_not_raise():
    for markup in ("<html>", "<!DOCTYPE html><html><body></body></html>", "<html><body><p>unclosed"):
        extract(markup)


def test_related_links_keep_their_addresses():
    assert extract(PAGE).related[0].url == "/x"  # as written, when the page's address is unknown
    article = extract(PAGE, url="https://contoh.news/regional/panen-raya")
    assert [(r.title, r.url) for r in article.related] == [
        ("Harga Gabah di Bantul Mulai Naik", "https://contoh.news/x")
    ]
    # The same page as plain text has no addresses to give.
    assert [r.url for r in extract(html_to_text(PAGE)).related] == [None]


def test_related_link_addresses_follow_base_and_skip_script_links():
    page = PAGE.replace("<head>", '<head><base href="https://arsip.contoh.news/2025/">').replace(
        '<p class="related">Baca juga: <a href="/x">Harga Gabah di Bantul Mulai Naik</a></p>',
        '<p class="related"><a href="berita/harga-gabah">Baca juga:  Harga Gabah\n di Bantul Mulai Naik</a></p>'
        '<p class="related">Baca juga: <a href="javascript:void(0)">Stok Pupuk Bersubsidi Aman</a></p>',
    )
    related = extract(page, url="https://contoh.news/regional/panen-raya").related
    assert [(r.title, r.url) for r in related] == [
        ("Harga Gabah di Bantul Mulai Naik", "https://arsip.contoh.news/2025/berita/harga-gabah"),
        ("Stok Pupuk Bersubsidi Aman", None),
    ]


def _body_text(fragment: str) -> str:
    return html_to_text(f"<html><body>{fragment}</body></html>")


def test_items_that_css_sets_apart_are_not_glued_together():
    # Liputan6 and Fimela credits: name, role and date in adjacent inline elements.
    assert _body_text("<li><span>Tommy Kurnia</span><span>Author</span></li>") == "Tommy Kurnia Author"
    assert _body_text("<div><a>Gayuh Tri Pinjungwati</a><time>02 Jun 2020, 19:15 WIB</time></div>") == (
        "Gayuh Tri Pinjungwati 02 Jun 2020, 19:15 WIB"
    )
    # Kompas: the credit's label and value in blocks of their own.
    assert _body_text("<div>Penulis</div><div>: Masriadi</div><div>Editor</div><div>: Ervan Hardoko</div>") == (
        "Penulis: Masriadi\nEditor: Ervan Hardoko"
    )


def test_pieces_of_one_word_stay_together():
    assert _body_text('<p><span class="dropcap">K</span>ompas melaporkan banjir.</p>') == "Kompas melaporkan banjir."
    assert _body_text("<p>Kasus COVID-<b>19</b> turun, H<sub>2</sub>O naik.</p>") == "Kasus COVID-19 turun, H2O naik."
    assert _body_text("<p>Harga <b>naik</b>nya cepat.</p>") == "Harga naiknya cepat."


_TAGS = ("p", "div", "span", "a", "b", "li", "h2", "script", "br", "time", "aside", "noscript")
_HREFS = ("/berita/1", "http://[", "//[bad/x", "javascript:void(0)", "mailto:a@b.c", "#top", "", "berita?id=2&x=1")
_TEXTS = ("Baca juga: Harga Gabah Naik Lagi di Bantul", "Penulis", ": Sekar Ayu", "Tommy Kurnia", "Author",
          "Warga memadati pasar sejak pagi untuk membeli kebutuhan pokok menjelang hari raya.", "K", "ompas", "© 2025")


@st.composite
def _markup(draw):
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag, text = draw(st.sampled_from(_TAGS)), draw(st.sampled_from(_TEXTS))
        href = f' href="{draw(st.sampled_from(_HREFS))}"' if tag == "a" else ""
        closed = draw(st.booleans())
        parts.append(f"<{tag}{href}>{text}" + (f"</{tag}>" if closed else ""))
    base = draw(st.sampled_from(("", '<base href="http://[">', '<base href="/arsip/">')))
    return f"<!DOCTYPE html><html><head>{base}<title>Judul</title></head><body>{''.join(parts)}</body></html>"


@settings(max_examples=150, deadline=None)
@given(markup=_markup(), url=st.sampled_from((None, "https://contoh.news/a/b", "http://[", "not a url")))
def test_any_tag_soup_extracts_without_raising(markup, url):
    article = extract(markup, url=url)
    assert all(isinstance(r.url, (str, type(None))) for r in article.related)
    assert "void(0)" not in "".join(r.url or "" for r in article.related)


def test_a_table_row_is_one_line_with_its_cells_apart():
    text = html_to_text(
        "<html><body><table><tr><th>Pos</th><th>Player</th><th>Plays</th></tr>"
        "<tr><td>DL</td><td>Larry <b>Ogunjobi</b></td><td>63</td></tr></table></body></html>"
    )
    assert text.split("\n") == ["Pos Player Plays", "DL Larry Ogunjobi 63"]


def test_text_after_a_comment_is_kept():
    # Server-rendered React pages put an empty comment between the text nodes of one sentence.
    text = html_to_text("<html><body><p>the man had suffered<!-- --> months of dizziness<?pi x?>, then</p></body></html>")
    assert text == "the man had suffered months of dizziness, then"


def test_button_labels_show_as_a_browser_shows_them():
    text = html_to_text("<html><body><p>Last paragraph.</p><div><button>View Comments</button></div></body></html>")
    assert text.split("\n") == ["Last paragraph.", "View Comments"]


ZONED = """<html><head><title>Ferry returns to the lake</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry returns to the lake</h1>
<p>The old ferry made its first crossing in ten years on Sunday, carrying forty passengers across the lake.</p>
<figure><img src="a.jpg"><figcaption>Passengers wave from the deck of the restored ferry on Sunday</figcaption></figure>
<p>Volunteers spent three winters repairing the hull, and the town council paid for a new engine last spring.</p>
<aside><p>Our reporters have covered the lake towns for more than forty years, and we rely on readers like you.</p></aside>
<p>The ferry will run twice a day until the end of September, weather permitting, the operator said.</p>
</article>
<footer><p>This website is run by a small team of local journalists who answer every letter they receive.</p></footer>
</body></html>"""


def test_markup_regions_decide_lines_no_rule_labels():
    rendered = render_html(ZONED)
    lines = rendered.text.split("\n")
    zone = dict(zip(lines, rendered.zones))
    assert zone["Home News"] == "nav"
    assert zone["Passengers wave from the deck of the restored ferry on Sunday"] == "figcaption"
    assert zone["Ferry returns to the lake"] is None
    article = extract(ZONED)
    assert [p.text for p in article.paragraphs] == [
        "The old ferry made its first crossing in ten years on Sunday, carrying forty passengers across the lake.",
        "Volunteers spent three winters repairing the hull, and the town council paid for a new engine last spring.",
        "The ferry will run twice a day until the end of September, weather permitting, the operator said.",
    ]
    assert [c.text for c in article.captions] == ["Passengers wave from the deck of the restored ferry on Sunday"]
    rules = {line.text: line.rule for line in article.lines}
    assert rules["This website is run by a small team of local journalists who answer every letter they receive."] == "html.footer"
    assert rules["Our reporters have covered the lake towns for more than forty years, and we rely on readers like you."] == "html.aside"


LINKED = """<html><head><title>Town library opens on Sundays</title></head><body>
<div class="menu"><div><a href="/">Home</a></div><div><a href="/local">Local</a></div><div><a href="/sport">Sport</a></div></div>
<h1>Town library opens on Sundays</h1>
<p>The town library will open on Sundays from next month, the council said on Tuesday, after a petition from parents.</p>
<p><a href="/guide">A guide to the library's new reading rooms</a></p>
<p>Staff will work the extra hours in turns, and volunteers will run the children's corner in the afternoons.</p>
<p>The council expects about two hundred visitors each Sunday, most of them families and students.</p>
<div class="more">
<div><a href="/a">Harbour bridge closes for two weeks of repairs</a></div>
<div><a href="/b">New bus line links the station with the hospital</a></div>
<div>Read about the <a href="/c">farmers market moving to the square</a> this summer</div>
</div>
</body></html>"""


def test_lines_of_link_text_next_to_each_other_are_a_link_list():
    rendered = render_html(LINKED)
    share = dict(zip(rendered.text.split("\n"), rendered.linked))
    assert share["Home"] == 1.0
    assert share["The council expects about two hundred visitors each Sunday, most of them families and students."] == 0.0
    assert 0.5 < share["Read about the farmers market moving to the square this summer"] < 0.9
    article = extract(LINKED)
    rules = {line.text: line.rule for line in article.lines}
    assert rules["Local"] == "html.link_menu"
    assert rules["Harbour bridge closes for two weeks of repairs"] == "html.link_list"
    # A lone link between paragraphs is the article's own, and a line only partly linked is no list item.
    assert "A guide to the library's new reading rooms" in article.body
    assert rules["Read about the farmers market moving to the square this summer"] != "html.link_list"
    assert [(r.title, r.url) for r in article.related][:2] == [
        ("Harbour bridge closes for two weeks of repairs", "/a"),
        ("New bus line links the station with the hospital", "/b"),
    ]


MARKED = """<html><head><title>A week of packed lunches | Kitchen Notes</title></head><body>
<h1>A week of packed lunches</h1>
<p class="standfirst">Five boxes, one Sunday afternoon, and no more sad sandwiches at your desk.</p>
<div class="post" itemprop="articleBody">
<p>Packing lunch for a whole week sounds like a chore, but most of the work happens in one afternoon, and the boxes keep well in the fridge.</p>
<p>The plan below uses the same few ingredients in different ways, so nothing goes to waste and the shopping list stays short.</p>
<h3>Monday</h3>
<p>Lentil salad</p>
<p>Half a cup of lentils, cherry tomatoes, feta</p>
<h3>Tuesday</h3>
<p>Chicken wrap</p>
<p>Grilled chicken, spinach, yoghurt sauce</p>
<h3>Wednesday</h3>
<p>Rice bowl</p>
<p>Brown rice, roasted carrots, a boiled egg</p>
<p>Whatever you pack, let the cooked food cool completely before the lids go on, or the steam will leave everything soggy by Wednesday.</p>
</div>
<div class="newsletter"><p>Get our recipes every Friday in your inbox, with a shopping list for the week and a few tips from our test kitchen.</p></div>
</body></html>"""


def test_the_text_the_markup_marks_as_the_article_bounds_the_body():
    rendered = render_html(MARKED)
    lines = rendered.text.split("\n")
    marked = [line for i, line in enumerate(lines) if i in rendered.marked]
    assert marked[0].startswith("Packing lunch for a whole week")
    assert marked[-1].startswith("Whatever you pack")
    assert len(marked) == 12
    body = extract(MARKED).body
    # The week's plan (short headings and items, no sentences) lies between the paragraphs of
    # the marked text: it is the article's. The standfirst above and the box below are not.
    for item in ("Monday", "Lentil salad", "Brown rice, roasted carrots, a boiled egg", "Whatever you pack"):
        assert item in body
    assert "Five boxes" not in body
    assert "Get our recipes" not in body
