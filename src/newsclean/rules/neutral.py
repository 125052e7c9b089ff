"""Rules that hold in any language: separators, icon names, copyright signs, page numbers."""

from __future__ import annotations

from ..model import Label
from ..patterns import AGENCIES, DATE, DATE_WITH_TIME, DATE_ONLY, NAME, NAME_PARTICLES, TIME, TIME_FIRST, VIEWS, WEEKDAYS
from .base import RegexRule

_SOCIAL = (
    r"(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|pinterest|reddit|email|e-mail|"
    r"instagram|tiktok|youtube|threads|copy link|copy|salin link|salin tautan|print|cetak|mailto|"
    r"flipboard|tumblr|messenger|share|bagikan|kirim)"
)

# How long ago, in the languages we read, or today/yesterday and the time.
_RELATIVE_TIME = (
    r"(?:(?:\d{1,3}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago(?:\s+at\s+[\d:.]+\s*[ap]\.?m\.?)?"
    r"|\d{1,3} (?:detik|menit|jam|hari|minggu|pekan|bulan|tahun) (?:yang )?lalu"
    r"|vor (?:\d{1,3}|einer?) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)"
    r"|il y a (?:\d{1,3}|une?) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)"
    r"|(?:hace|há) (?:\d{1,3}|una?) (?:segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|meses|mês)"
    r"|\d{1,3} (?:secondi|minuti|min|ore|ora|giorni|giorno|settimane) fa"
    r"|\d{1,3} (?:seconden|minuten|min|uur|dagen|dag|weken) geleden"
    r"|(?:(?:aangepast|bijgewerkt|updated|actualizado|aktualisiert|diperbarui)\s+)?"
    r"(?:today|yesterday|vandaag|gisteren|hoy|ayer|heute|gestern|aujourd'hui|hier|oggi|ieri|hoje|ontem|hari ini|kemarin),?\s+"
    r"(?:at\s+|om\s+|um\s+|à\s+|alle\s+|às\s+|pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uur|uhr|wib|[ap]m))?)"
)

RULES = [
    RegexRule(
        name="any.signoff.initials",
        label=Label.SIGNOFF,
        doc="Editors' initials closing a story: '(rdm/sfr)', '(izz)', '(*)', and German pages' 'jso/dpa' "
        "(the editor's initials and the agencies).",
        # (in capitals too, as medcom signs: '(RUL)'; an agency alone in brackets credits a photo as often)
        pattern=rf"\(\s*(?:\*|[a-z]{{2,5}}(?:\s*/\s*[a-z]{{2,5}}){{0,3}}|(?!(?:{AGENCIES})\)|BUMN\)|TNI\))\p{{Lu}}{{2,5}}(?:\s*/\s*\p{{Lu}}{{2,5}}){{0,3}})\s*\)$"
        r"|[a-z]{2,4}(?:/[a-z]{2,4})*/(?i:dpa|afp|ap|reuters|kna|epd|sid|apa|dpa-afx)(?:/(?i:dpa|afp|ap|reuters|kna|epd|sid))*$",
        case_sensitive=True,
        matches=("(rdm/sfr)", "(izz)", "(*)", "(trp/vap)", "jso/dpa", "mes/AFP/Reuters", "(RUL)", "(MDK/RUL)"),
        ignores=("(IDN Times/Arief Rahmat)", "(Angkasa Yudhistira)", "(AFP)", "(Reuters)"),
    ),
    RegexRule(
        name="any.subscribe.newsletter",
        label=Label.SUBSCRIBE,
        requires=("newsletter",),
        doc="Newsletter boxes in any language: a newsletter named next to a call to sign up.",
        pattern=r"(?=[^\n]{0,220}\b(?:sign up|subscribe|anmeld|abonn|inscri|suscr|iscriv|apúntate|apuntate|gratis|free|kostenlos|gratuit|daily|täglich|promotion|privacy notice|newsletter:))"
        r"[^\n]{0,120}\bnewsletters?\b",
        max_chars=260,
        matches=(
            "skip past newsletter promotion",
            "Free daily newsletter",
            "Unser kostenloser Bayern-Newsletter informiert Sie täglich über die wichtigsten Nachrichten aus dem Freistaat.",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
        ),
        ignores=("The company's newsletter reached two million readers last year, the report said.",),
    ),
    RegexRule(
        name="any.subscribe.channel_call",
        label=Label.SUBSCRIBE,
        requires=("whatsapp", "telegram"),
        doc="Calls in any language to join or follow the site's channel on WhatsApp or Telegram: "
        "'Join ST's WhatsApp Channel and get the latest news.', 'Sigue el canal de 20minutos en WhatsApp ...'.",
        # (a short teaser may come first: 'Stay up to date with the latest news. Follow Gulf News on WhatsApp Channels.')
        pattern=r"(?:[^.!?]{4,60}[.!]\s)?(?:join|follow|sigue|síguenos|siga|segue|suivez(?:-nous)?|rejoignez(?:-nous)?|abonnez-vous|folgen sie|folge|segui|seguici|iscriviti|volg|"
        r"obserwuj|dołącz|följ|gå med|takip edin|sertai|ikuti)\s[^.!?,;]{0,60}\b(?:whatsapp|telegram)\b[^!?]{0,140}$",
        max_chars=240,
        matches=(
            "Join ST's WhatsApp Channel and get the latest news and must-reads.",
            "Sigue el canal de 20minutos en WhatsApp y no te pierdas ninguna noticia.",
            "Suivez-nous sur notre chaîne WhatsApp",
            "Folgen Sie uns auf WhatsApp",
            "Stay up to date with the latest news. Follow Gulf News on WhatsApp Channels.",
        ),
        ignores=(
            "Follow-up messages were sent by WhatsApp to the victims, the court heard on Tuesday.",
            "Join the queue, the ministry said on WhatsApp, and bring your documents.",
        ),
    ),
    RegexRule(
        name="any.other.listen",
        label=Label.OTHER,
        doc="The button of an article's audio version in the languages we read (English has its own): "
        "'Ascolta la versione audio dell'articolo', 'Artikel anhören', 'Écouter cet article', 'Dengarkan berita ini'.",
        pattern=r"(?:ascolta (?:la versione audio dell['’]articolo|l['’]articolo|questo articolo)(?: ora)?|(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)|"
        r"écouter (?:cet |l['’])article|escuchar (?:este |el )?artículo|ouvir (?:este |o )?artigo|dengarkan (?:artikel|berita) ini|"
        r"luister naar (?:dit |het )?artikel|lyssna på artikeln|odsłuchaj (?:ten )?artykuł|haberi dinle)\s*(?:[.:]|\.\.\.|…)?$",
        matches=("Ascolta la versione audio dell'articolo", "Artikel anhören", "Écouter cet article", "Dengarkan berita ini", "Haberi dinle",
                 "Ascolta questo articolo ora..."),
        ignores=("Ascolta la versione audio dell'articolo chi non riesce a leggerlo, suggerisce la guida.",),
    ),
    RegexRule(
        name="any.other.recaptcha",
        label=Label.OTHER,
        requires=("recaptcha",),
        doc="The notice under a sign-up form: 'protected by reCAPTCHA', 'This site is protected by reCAPTCHA "
        "and the Google Privacy Policy and Terms of Service apply.'",
        pattern=r"(?:this (?:site|form|page) is )?protected by recaptcha\b[^!?]{0,120}$",
        matches=("protected by reCAPTCHA", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."),
        ignores=("The forms are protected by reCAPTCHA-like puzzles, the researchers said, which bots now solve easily.",),
    ),
    RegexRule(
        name="any.comment.jump",
        label=Label.COMMENT,
        doc="Links that jump to the readers' comments: 'Ir a los comentarios', 'Go to comments'.",
        pattern=r"(?:ir a los comentarios|aller aux commentaires|zu den kommentaren|vai ai commenti|ir para os comentários|"
        r"(?:go|jump|skip) to (?:the )?comments|lihat komentar|naar de reacties)$",
        matches=("Ir a los comentarios", "Jump to comments"),
        ignores=("Ir a los comentarios de la ministra no ayudó.",),
    ),
    RegexRule(
        name="any.other.image_file",
        label=Label.OTHER,
        requires=(".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"),
        doc="An image's file name printed where the image failed to load: '387512877.jpg'.",
        pattern=r"[\w.-]{1,80}\.(?:jpe?g|png|webp|gif|avif)$",
        matches=("387512877.jpg", "banjir-rob-semarang_20250101.webp"),
        ignores=("Saved as photo.jpg and sent to the police, the file was evidence.",),
    ),
    RegexRule(
        name="any.other.media_player",
        label=Label.OTHER,
        doc="What an embedded video player leaves in the page text: its notices ('No media source currently "
        "available', 'The URL has been copied to your clipboard'), the embed form's fields, and its clock "
        "('0:00', '0:02:47'). VOA prints them in each of its languages.",
        pattern=r"(?:no media source currently available|tidak ada sumber media yang tersedia saat ini"
        r"|(?:the )?(?:code|url|link) has been copied to your clipboard|(?:kode|url|tautan) telah disalin ke clipboard(?: anda)?"
        r"|\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?|0:00(?::00)?)\.?$",
        matches=(
            "No media source currently available", "Tidak ada sumber media yang tersedia saat ini",
            "URL telah disalin ke clipboard Anda", "The code has been copied to your clipboard.", "0:00", "0:00 / 2:47",
        ),
        ignores=("The code has been copied to the new servers, the company said.", "10:00"),
    ),
    RegexRule(
        name="any.other.social_embed",
        label=Label.OTHER,
        doc="What an embedded social-media post leaves in the page text: 'View this post on Instagram', "
        "'A post shared by Name (@handle)', and their forms in the languages we read.",
        pattern=r"(?:view this (?:post|profile) on instagram|lihat postingan ini di instagram|lihat (?:postingan|kiriman) ini di instagram"
        r"|visualizza questo post su instagram|ver esta publicación en instagram|voir cette publication sur instagram"
        r"|diesen beitrag auf instagram ansehen|bekijk dit bericht op instagram|ver essa (?:foto|publicação) no instagram"
        r"|(?:a post shared by|sebuah kiriman dibagikan oleh|postingan yang dibagikan oleh|un post condiviso da|una publicación compartida (?:de|por)"
        r"|une publication partagée par|ein beitrag geteilt von|een bericht gedeeld door|uma publicação compartilhada por)"
        # (the account's handle closes it; a page head may cut it off before, mid-sentence)
        r"\s(?:[^\n]{1,80}\(@[\w.]{1,40}\)[^\n]{0,40}|[^\n.!?]{1,80}(?=$))"
        r"|a video posted by\s[^\n]{1,80}\(@[\w.]{1,40}\)[^\n]{0,40}"
        # (a TikTok post: the account alone on its line, the sound under the text)
        r"|@[\w.]{2,30}|♬\s[^\n]{1,100})\.?$",
        matches=(
            "View this post on Instagram",
            "Lihat postingan ini di Instagram",
            "Sebuah kiriman dibagikan oleh Dinda Aryanti (@dindaaryanti)",
            "A post shared by Jane Doe (@janedoe) on Nov 2, 2025 at 10:14am PST",
            "Visualizza questo post su Instagram",
            "Un post condiviso da Rifugio Campo Rovere (@rifugiocamporovere)",
            "Ein Beitrag geteilt von Stadt Kiel (@stadtkiel)",
            "Sebuah kiriman dibagikan oleh KBRI Kuala Lumpur (",
        ),
        ignores=("A post shared by the mayor on Monday drew thousands of angry replies from residents.",),
    ),
    RegexRule(
        name="any.other.tiktok_embed",
        label=Label.OTHER,
        doc="An embedded TikTok video as page text: the account, the post's text and hashtags, then the "
        "sound it uses after '♬' ('@site Tarif naik ... #angkot ♬ suara asli - Site').",
        pattern=r"@[\w.]{2,30}\s[^\n]{0,500}♬[^\n]{0,100}$",
        max_chars=700,
        matches=(
            "@tribunjabar.id Tarif angkot naik Rp 1.000 mulai Agustus. #angkot #bandung ♬ suara asli - Tribun Jabar",
            "@newsdesk Flooding closes the coast road again #weather ♬ original sound - News Desk",
        ),
        ignores=("@dinaskominfo menyampaikan bahwa layanan kembali normal pada Senin pagi.",),
    ),
    RegexRule(
        name="any.caption.arrow",
        label=Label.CAPTION,
        doc="A caption that points up at its photo with an arrow or a triangle, as Japanese blogs "
        "('↑入口のアーチ') and Korean papers ('▲ ...') print them; a ticker's '▲ 0.52%' is no caption.",
        pattern=r"[↑▲△⬆]\s*(?![-+]?[\d.,]+\s*%?\s*$)(?=[^\n]*\p{L})\S[^\n]{5,200}$",
        max_chars=250,
        matches=("↑入口のアーチ。ピンクのつるバラがびっしり", "▲ Residents clear the mud from the market on Monday"),
        ignores=("▲ 0.52%", "▲ +1,25"),
    ),
    RegexRule(
        name="any.other.reading_time",
        label=Label.OTHER,
        doc="How long the article takes to read, in the languages we read: '5 min read', "
        "'Temps de lecture : 8 minutes', 'Lesezeit: 4 Minuten'.",
        pattern=r"(?:reading time|read time|temps de lecture|durée de lecture|tiempo de lectura|tempo de leitura|lesezeit|lesedauer|"
        r"tempo di lettura|leestijd|czas czytania|lästid|okuma süresi|waktu baca|masa membaca)\s*:?\s*(?:ca\.?\s*|≈\s*)?\d{1,3}\s*"
        r"(?:min\w*|menit|dk|dakika)\.?$|\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?\s+read$|\d{1,3}\s?['’]\s?di lettura$|\d{1,3} minut[oi] di lettura$",
        matches=("5 min read", "Temps de lecture : 8 minutes", "Lesezeit: 4 Minuten", "Reading time: 3 minutes", "Tiempo de lectura: 6 min",
                 "4' di lettura", "2 minuti di lettura"),
        ignores=("Reading time matters less than comprehension, teachers say.", "5 minutes read by the mayor opened the session."),
    ),
    RegexRule(
        name="any.other.rating_widget",
        label=Label.OTHER,
        doc="A recipe's or a post's star-rating widget: its question, its call to click a star and its "
        "tally ('Click on a star to rate it!', '¿Te ha gustado esta receta?', 'Average rating 4.8 / 5. Vote count: 12').",
        pattern=r"[¿¡]?(?:click on a star to rate it|haz clic en una estrella para puntuarl[ao]|cliquez sur une étoile pour (?:l[ae]|la) noter|"
        r"klicken sie auf einen stern|clique (?:em|numa) uma estrela para (?:avaliar|classificar)|klik (?:pada )?bintang untuk"
        r"|(?:did you|have you) (?:make|made|try|tried) this recipe|te ha gustado esta receta|has hecho esta receta|rate this (?:recipe|post)"
        r"|valora esta receta|notez cette recette|no votes so far|aún no hay votos|(?:average rating|puntuación media|note moyenne|"
        r"durchschnittliche bewertung|classificação média)\s*:?\s*\d)[^\n]{0,80}$",
        matches=("¿Te ha gustado esta receta?", "¡Haz clic en una estrella para puntuarla!", "Click on a star to rate it!",
                 "Average rating 4.8 / 5. Vote count: 12", "Did you make this recipe?"),
        ignores=("Rate this year rose faster than expected, the bank said.", "Did you know the bridge is 100 years old?"),
    ),
    RegexRule(
        name="any.credit.social_account",
        label=Label.CREDIT,
        doc="A photo taken from a social-media account, credited by the account alone: 'Instagram/@smkn3kendal', "
        "'Tangkapan layar TikTok @warga', 'X/@akun'.",
        pattern=r"(?:(?:tangkapan layar|screenshot|foto|photo)\s*:?\s*)?(?:instagram|tiktok|x|twitter|youtube|facebook|threads)\s*[/:]?\s*@[\w.]{2,40}$",
        max_chars=80,
        matches=("Instagram/@smkn3kendal", "Tangkapan layar TikTok @warga.kendal", "X/@dinaskominfo"),
        ignores=("Instagram @smkn3kendal mengunggah video itu pada Senin malam.", "Twitter"),
    ),
    RegexRule(
        name="any.credit.initials",
        label=Label.CREDIT,
        requires=(". ",),
        doc="A photographer credited by initials alone on the line under a caption: 'M. G.', 'J. L. S.' "
        "(Spanish papers). Reporters' initials sign off in brackets or with a slash instead ('(yks/idh)').",
        pattern=r"(?-i:\p{Lu}\.(?: \p{Lu}\.){1,3})$",
        max_chars=12,
        matches=("M. G.", "J. L. S."),
        ignores=("M.", "(yks/idh)", "U.S."),
    ),
    RegexRule(
        name="any.other.embed_credit",
        label=Label.OTHER,
        requires=("tradingview", "datawrapper", "flourish", "infogram"),
        doc="The signature an embedded chart leaves under itself: 'MBNT Chart by TradingView', "
        "'Created with Datawrapper', 'A Flourish chart'.",
        pattern=r"(?:[\w.:-]+\s+){0,3}(?:chart|charts|widget|map|data|graphic)?\s*(?:by|from|powered by|created with|made with)\s+"
        r"(?:tradingview|datawrapper|flourish|infogram)\.?$|a flourish (?:chart|map|data visuali[sz]ation)$",
        matches=("MBNT Chart by TradingView", "Created with Datawrapper", "A Flourish chart", "AAPL stock price chart by TradingView"),
        ignores=("TradingView said on Monday that it had raised new funding from investors.",),
    ),
    RegexRule(
        name="any.other.weather",
        label=Label.OTHER,
        doc="Weather widgets: a temperature or a day's high and low ('41°', 'Hi: 44° Lo: 33°').",
        pattern=r"(?:(?:hi|high|lo|low|feels like)\s*:?\s*)?-?\d{1,3}\s*°\s*[cf]?"
        r"(?:\s*[/|]?\s*(?:(?:hi|high|lo|low)\s*:?\s*)?-?\d{1,3}\s*°\s*[cf]?)*$",
        matches=("41°", "Hi: 44° Lo: 33°", "28 °C", "High 75° / Low 60°"),
        ignores=("Highs near 44° are expected on Tuesday across the region.",),
    ),
    RegexRule(
        name="any.other.contents",
        label=Label.OTHER,  # a widget inside the article, not a boundary of it
        doc="The header of an article's table of contents ('Daftar Isi', 'Table of contents'); the "
        "headings listed under it come again in the body.",
        pattern=r"(?:daftar isi|table of contents|contents|inhaltsverzeichnis|sommaire|índice|indice|inhoudsopgave|"
        # (Il Sole 24 Ore's box of links to the article's sections: 'I punti chiave')
        r"spis treści|innehåll|içindekiler|kandungan|i punti chiave)\s*:?$",
        matches=("Daftar Isi", "Table of contents", "I punti chiave"),
        ignores=("Daftar isi rumah yang hilang dicatat polisi.",),
    ),
    RegexRule(
        name="any.other.summary_header",
        label=Label.OTHER,
        doc="Headers of a bullet summary under the headline: 'Baca 10 detik', 'Key Points', 'Intinya Sih...'.",
        pattern=r"(?:baca \d+ detik|key points|key takeaways|summary|in brief|in short|the short version|ringkasan(?: berita)?|poin penting|intinya sih|"
        r"das wichtigste in kürze|en bref|en resumen|em resumo|in sintesi)\s*(?::|\.\.\.|…)?$",
        matches=("Baca 10 detik", "Key Points", "Intinya Sih...", "Key takeaways:", "Ringkasan Berita:", "In short:", "Summary"),
        ignores=("Key points of the plan were leaked to reporters.",),
    ),
    RegexRule(
        name="any.nav.author_box",
        label=Label.NAV,
        doc="Headers of the author box under an article: 'About the author', 'Sobre la firma'.",
        pattern=r"(?:about the author|sobre la firma|sobre el autor|sobre a autora?|über (?:den autor|die autorin)|"
        r"à propos de l'auteur|sull'autore|over de auteur|tentang penulis|profil penulis)\s*:?$",
        matches=("Sobre la firma", "About the author", "Über den Autor"),
        ignores=("About the author's claims, the court said nothing.",),
        closes=True,
    ),
    RegexRule(
        name="any.nav.author_box_named",
        label=Label.NAV,
        doc="An author box headed with the writer's name: 'Über Moritz Bachmann', 'Sobre Carlos Nadalim'.",
        pattern=r"(?:über|sobre|acerca de|à propos de|a propos de|informazioni su|om) "
        rf"(?-i:(?!(?:Uns|Nós|Nos|Nosotros|Nous|Oss)\b)\p{{Lu}}[\p{{L}}.'’-]+(?: (?:{NAME_PARTICLES} )?\p{{Lu}}[\p{{L}}.'’-]+){{1,3}})\s*:?$",
        matches=("Über Moritz Bachmann", "Sobre Carlos Nadalim", "À propos de Claire Dubois", "Sobre Ana dos Santos"),
        ignores=(
            "Über Uns", "Sobre Nós", "Sobre el proyecto de ley", "Über den Autor",
            "Sobre Bolsonaro, o ministro não quis comentar.",
        ),
        closes=True,
    ),
    RegexRule(
        name="any.tags.label",
        label=Label.TAGS,
        doc="Tag and topic lists in the languages we know: 'Schlagwörter:', 'Mots-clés :', 'Etiquetas:', "
        "'Meer over:', 'Tagi:', 'Etiketler:'.",
        pattern=r"(?:schlagw(?:ö|oe)rter|schlagworte|themen|mots[- ]cl[ée]s|sujets|étiquettes|etiquetas|temas|assuntos|tópicos|"
        r"argomenti|trefwoorden|meer over|tagi|tematy|taggar|ämnen|etiketler|konular)(?:\s*:|$)|(?:mehr lesen über|sujets liés|thèmes liés|voir plus sur ces sujets)$",
        max_chars=400,
        matches=("Schlagwörter: Hitze, Freibad", "Mots-clés : cantine, bio", "Meer over:", "Etiketler: ekonomi, enflasyon", "Mehr lesen über", "Argomenti",
                 "Voir plus sur ces sujets"),
        ignores=("Themen wie Hitze und Wasser bestimmten die Sitzung.",),
    ),
    RegexRule(
        name="any.date.relative",
        label=Label.DATE,
        doc="How long ago a story appeared, as lists of other stories and comments print it: '2 hours ago', "
        "'3 hari yang lalu', 'vor 5 Minuten', 'il y a 2 heures', 'vandaag, 10:32'; maybe with the section it "
        "appeared in: 'Há 5 horas — Em Zona da Mata' (g1).",
        pattern=rf"{_RELATIVE_TIME}(?:\s[—–-]\s(?:em|in|en|dans|di|im)\s[\p{{L}}\d' ]{{2,40}})?$",
        max_chars=60,
        matches=(
            "2 hours ago",
            "2 days ago at 07:52 am",
            "12 menit lalu",
            "vor 5 Minuten",
            "il y a 2 heures",
            "hace 3 horas",
            "2 ore fa",
            "vandaag, 10:32",
            "Aangepast vandaag, 11:05",
            "Há 5 horas — Em Zona da Mata",
            "Há 1 dia — Em Minas Gerais",
        ),
        ignores=(
            "Two hours ago, the river burst its banks.",
            "3 hari yang lalu warga mulai mengungsi ke balai desa.",
            "Há 5 horas — em Cataguases, a ponte caiu.",
        ),
    ),
    RegexRule(
        name="any.date.relative_after_section",
        label=Label.DATE,
        requires=("|", "•", "·"),
        doc="A list item's section and how long ago it appeared: 'Nasional • 3 hari yang lalu'.",
        pattern=rf"[\p{{L}}&' -]{{2,30}}\s[|•·]\s{_RELATIVE_TIME}$",
        max_chars=60,
        matches=("Nasional • 3 hari yang lalu", "Ekonomi | 3 jam yang lalu"),
        ignores=("Nasional • Harga beras naik lagi",),
    ),
    RegexRule(
        name="any.date.published",
        label=Label.DATE,
        requires=("19", "20"),  # every form carries a year
        doc="A line that only states when the article appeared: 'Senin, 5 Mei 2025 20:10 WIB'. A date "
        "without a time is only taken in the English month-first form; Indonesian pages print bare "
        "dates as furniture and in body lists.",
        # The lookahead keeps lines without an early digit from entering the date alternatives.
        # A second stamp may follow the first ('Publié le ..., modifié le ...').
        pattern=rf"(?=\D{{0,40}}\d)(?:{DATE_WITH_TIME}|{TIME_FIRST}|{DATE_ONLY}){VIEWS}"
        rf"(?:\s*[,|·/—–-]?\s*(?:modifié le|mis à jour le|aktualisiert(?: am)?|atualizado(?: em)?|actualizado(?: el)?|aggiornato(?: il)?|updated|"
        rf"(?:son )?güncelleme|aktualizacja|uppdaterad|dikemaskini|diperbarui|original|last modified(?: on)?)?\s*:?\s*(?:{DATE_WITH_TIME}|{TIME_FIRST})"
        # (Kompasiana prints the read count after the stamps, bare: '... Diperbarui: 21 Mei 2025 09:12 318')
        r"(?:\s[\d.]{1,7})?"
        # ... or the day of the last edit alone: '11/20/2019 05:42 pm ET | Updated November 21, 2019'
        rf"|\s*[|·,]\s*(?:updated|last updated|diperbarui)\s*:?\s*(?:on\s+)?{DATE}"
        # ... or only the time of the last edit: 'Laatste update: 15:10'.
        rf"|\s*[,|·-]?\s*(?:laatste update|bijgewerkt|last updated|updated|aktualisiert(?: um)?|actualizado(?: a las)?|atualizado(?: às)?|"
        rf"aggiornato(?: alle)?|ultimo aggiornamento|mis à jour à|modifié à)\s*:?\s*{TIME}"
        # ... or how long ago it was edited: 'Updated 2 hours ago', 'Atualizado há 3 horas'.
        rf"|\s*[,|·/]?\s*(?:updated|atualizado|actualizado|aggiornato|aktualisiert|mis à jour|bijgewerkt|diperbarui)\s+{_RELATIVE_TIME}"
        # ... or the edit's time in brackets, in any language: '(обновлено: 12:38 14.05.2025)'.
        r"|\s*\([^()\d]{0,30}\d{1,2}[:.]\d{2}[^()]{0,30}\)"
        # ... or the release's issuer (GlobeNewswire): 'June 10, 2025 08:00 ET | Source: Northmere Recycling Inc.'
        r"|\s*\|\s*source\s*:\s*[^|]{2,80})?\s*$"
        # (the bar that parted it from the first stamp may open the line: '|Updated Wed, Jan 15, 2025 at 1:04 pm CT', Patch)
        r"|\|?\s*(?:published|updated|posted|first posted|issued on|last updated|first published|originally published|this (?:story|article) was (?:originally|first) published|"
        r"diperbarui|diterbitkan|publié|posté|(?:dernière )?mise à jour|mis à jour|"
        r"publicad[oa]|actualizad[oa]|última actualización|atualizad[oa]|veröffentlicht|aktualisiert|zuletzt aktualisiert|pubblicato|aggiornato|"
        r"ultimo aggiornamento|gepubliceerd|bijgewerkt)\s*:?\s*(?:(?:on|le|el|em|am|il|op)\s+)?(?=\D{0,30}\d)[^.!?]{0,40}\d{4}(?:[^.!?]|(?<=\d)\.(?=\d)){0,80}\.?$"
        # A bare date is a stamp when an edit note in brackets follows it (Corriere, Le Figaro).
        rf"|(?=[^(]{{6,45}}\()(?:{WEEKDAYS},?\s*)?{DATE}\s*\((?:modificat?[oa]?|aggiornato|modifié|mis à jour|updated|edited|aktualisiert|"
        r"actualizado|atualizado|bijgewerkt)\b[^()]{2,50}\)\s*$",
        max_chars=160,
        matches=(
            "Kamis, 05 November 2015 11:52 |",
            "Published 10:32 a.m. ET Nov. 17, 2025 | Updated 4:18 p.m. ET Nov. 17, 2025",
            "Senin, 5 Mei 2025 20:10 WIB", "June 10, 2025 08:00 ET | Source: Northmere Recycling Inc.", "|Updated Wed, Jan 15, 2025 at 1:04 pm CT",
            "Originally Published: June 11, 2024 at 6:00 AM MDT", "Tue 6 May 2025 // 10:42 UTC", "First posted October 22, 2019 06:12:09", "Issued on: 11/03/2025 - 17:24Modified: 11/03/2025 - 19:10", "This story was originally published March 5, 2024 at 5:00 AM.",
            "Last modified on Wed 4 Jun 2025 09.12 BST", "Veröffentlicht am 03.07.2025 | Lesedauer: 6 Minuten",
            "Actualizado 02/05/2025 a las 08:10h.", "Actualizada 12 nov 2025 - 19:40",
            "Kompas.com - 19/09/2019, 17:11 WIB",
            "Selasa 26 Sep 2017 19:37 WIB",
            "18 Desember 2024 20:08 WIB",
            "Diperbarui 14 Maret 2019 21:18 WIB",
            "Jumat, 10 Mei 2024 - 12:54:00 WIB",
            "Minggu, 04 Agustus 2024 | 07:00 WIB",
            "12:05 14.05.2025 (обновлено: 12:38 14.05.2025)",
            "Publié le 3 mai 2025 par Maëlle Garnier", "Dernière mise à jour le 18 mai 2025", "12 mayo, 2025 a las 10:15",
            "First published on Thu 17 Oct 2024 07.58 BST",
            "Sabtu, 09 Desember 2023 – 10:59 WIB",
            "Kamis, 5 November 2015 14:56 WIB | 1.229 Views",
            "November 20, 2019",
            "19 June 2025",
            "Published: Nov. 20, 2019 5:30 am ET",
            "Updated 10:30 AM ET, Nov 20, 2019",
            "Wed 20 Nov 2019 05.00 GMT",
            "Publié le 14 mai 2024 à 16h42, modifié le 14 mai 2024 à 18h05",
            "14.05.2024, 16:42 Uhr",
            "14/05/2024 16h42 Atualizado 14/05/2024 18h05",
            "13/01/2025 07h48 Atualizado há 3 horas",
            "Posted 4:12 p.m. Oct 7, 2025 - Updated 6:30 p.m. Oct 7, 2025",
            "October 7, 2025 5:48 PM GMT+2Updated 2 hours ago",
            "14 november 2023 14:32 Laatste update: 15:10",
            "Giriş: 14.11.2023 - 09:41 Güncelleme: 14.11.2023 - 10:05",
            "Publicerad 14 november 2023 kl. 09.41",
            "November 14, 2023 9:41 AM GMT Updated 2 hours ago",
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
            "Actualizado: 14 de mayo de 2024 - 16:42 CEST", "14.03.2025 - 07:15h", "17 Juli 2025 15:20 WIB · 5 menit baca",
            "Tue 12 Nov 2019 07.00 GMT Last modified on Tue 12 Nov 2019 10.26 GMT", "11/20/2019 05:42 pm ET | Updated November 21, 2019", "October 8, 2019 / 9:14 AM / Updated 2 hours ago",
            "Giriş Tarihi: 22.10.2025 09:14 Son Güncelleme: 22.10.2025 11:37", "21 Mei 2025 08:47 Diperbarui: 21 Mei 2025 09:12 318",
            "Teruel - 14 may 2024 - 16:42 CEST", "Vélez-Málaga - 03 jun 2025 - 05:40 CEST",
            "14 maggio 2024 (modifica il 14 maggio 2024 | 18:05)",
            "3 mars 2024 (mis à jour le 4 mars 2024 à 09h12)",
        ),
        ignores=(
            "19 Juni 2025", "Sabtu, 3 September 2022",
            "Senin, 5 Mei 2025 pukul 20.10 WIB, gempa kembali terjadi.",
            "November 20, 2019 was the day the deal collapsed.",
            "14 maggio 2024 (giorno della festa patronale)",
        ),
    ),
    RegexRule(
        name="any.nav.separator",
        label=Label.NAV,
        doc="A line of bullets, bars, dashes or single symbols is layout between widgets (a lone 'X' is "
        "the network's name in a share bar).",
        pattern=r"(?![xX]$)[-–—|·•#×xX*/\\>›»<‹«+=_~.:,;()\[\]ยท ]{1,6}$",
        matches=("-", "|", "·", "×", "#", "ยท", "• •", "»", "x x"),
        ignores=("1", "A", "-- Jakarta", "X"),
    ),
    RegexRule(
        name="any.nav.tickers",
        label=Label.NAV,
        doc="The stock symbols a finance page tags its story with, apart by commas: 'TSFR, KNX, WERN'.",
        requires=(",",),
        pattern=r"\p{Lu}{2,5}(?:\.\p{Lu}{1,2})?(?:,\s*\p{Lu}{1,5}(?:\.\p{Lu}{1,2})?){2,}$",
        case_sensitive=True,
        matches=("TSFR, KNX, WERN", "AAPL, MSFT, GOOGL, AMZN", "BRK.B, JPM, BAC"),
        ignores=("USA, UK, Japan", "AAPL", "NATO, EU AND UN LEADERS MEET"),
    ),
    RegexRule(
        name="any.byline.by_word",
        label=Label.BYLINE,
        doc="'By <Name>' in the languages we know, with an affiliation after a comma or bracket.",
        # (a subheading in capitals may open with one of these words: 'AV YASAĞI VE DENETİMLER', Turkish 'hunting')
        pattern=r"(?!(?:AV|DOOR|PAR|POR|VON)\s[\p{Lu}\s]+$)(?i:by|von|par|por|door|av|oleh|oleh:|by:|von:)\s+\p{Lu}[\p{L}.'’-]*"
        rf"(?:\s+(?:\p{{Lu}}[\p{{L}}.'’-]*|{NAME_PARTICLES}|y|e|und|et|and|dan|en|och)){{0,6}}"
        r"(?:\s*(?:,|\(|\||–|-)\s*[^.!?]{0,60})?$",
        case_sensitive=True,
        matches=(
            "Por Ana Clara Souza, g1 SP", "Par Claire Dubois (Lyon, correspondante)", "By Jane Doe and John Roe",
            "Von Lena Vogt", "Von Anna ter Horst", "Door Sanne Jansen en Pieter van der Berg",
        ),
        ignores=("Por que a cidade parou? Entenda o caso.", "By the end of the year, prices had doubled.", "AV YASAĞI VE DENETİMLER"),
    ),
    RegexRule(
        name="any.byline.with_agency",
        label=Label.BYLINE,
        requires=(" avec ", " with ", " con ", " mit ", " com "),
        doc="A writer's name and the wire the story draws on, with no byline word: 'Clémence Vasseur avec AFP' (BFMTV), "
        "'Piet Dekker with AP'. The wire is no writer.",
        pattern=rf"{NAME}\s(?:avec|with|con|mit|com)\s(?:{AGENCIES})$",
        case_sensitive=True,
        matches=("Clémence Vasseur avec AFP", "Piet Dekker with AP"),
        ignores=("Talks with AFP", "Paris avec AFP"),
    ),
    RegexRule(
        name="any.byline.text_label",
        label=Label.BYLINE,
        doc="The writer credited for the text, as Scandinavian and German papers print it over the "
        "photographer's credit: 'Text: Anna Lindgren', 'Tekst: Jan de Vries', 'Text und Fotos: Lena Vogt'.",
        pattern=rf"(?i:text|texto|tekst|testo)(?:\s+(?i:och|und|y|e|i|en|&)\s+(?i:foto|fotos|bild|bilder|fotografie))?\s*:\s*{NAME}"
        rf"(?:\s*(?:,|&|\b(?:och|und|y|e|i|en|and)\b)\s*{NAME})?$",
        case_sensitive=True,
        matches=("Text: Anna Lindgren", "Tekst: Jan Kowalski", "Text und Fotos: Lena Vogt", "Text: Anna Lindgren och Erik Berg"),
        ignores=("Text: read the full statement below", "Text: 0800 123 456", "Text messages were sent to all residents."),
    ),
    RegexRule(
        name="any.credit.stock_photo",
        label=Label.CREDIT,
        doc="A line that only names a stock-photo library, the credit under an illustration: "
        "'shutterstock', 'Ilustrasi shutterstock.com', '(Freepik)', 'Getty Images/iStockphoto'.",
        pattern=r"(?:ilustrasi|illustration|ilustración|illustrazione|symbolbild)?[\s.:(\[]*"
        r"(?:shutterstock|istock(?:photo)?|getty(?: images)?|pexels|unsplash|freepik|pixabay|dreamstime|123rf|adobe stock|canva)"
        r"(?:\.com)?(?:\s*/\s*[\p{L}\d .'’-]{2,40})?[)\]]?\.?$",
        max_chars=90,
        matches=(
            "shutterstock", "Ilustrasi shutterstock.com", "Ilustrasi. (Shutterstock)", "(Freepik)",
            "Getty Images/iStockphoto", "Shutterstock/Andrey Popov", "Getty",
        ),
        ignores=("Shutterstock shares fell 5% after the earnings call.", "Pixabay adalah situs foto gratis yang populer."),
    ),
    RegexRule(
        name="any.credit.beeld",
        label=Label.CREDIT,
        doc="The Dutch photo credit alone on its line: 'Beeld Rosa Alink', 'Beeld ANP / Robin van Lonkhuijsen'. "
        "Set under the writer's name, it credits the photographer, who is no writer.",
        pattern=r"Beeld\s\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|/)){0,6}$",
        case_sensitive=True,
        max_chars=70,
        matches=("Beeld Rosa Alink", "Beeld ANP / Robin van Lonkhuijsen", "Beeld Joris van Gennip"),
        ignores=("Beeld van de dag: een zeehond op het strand van Texel", "Beeldbank Zeeland"),
    ),
    RegexRule(
        name="any.credit.agency_alone",
        label=Label.CREDIT,
        doc="An agency alone on its line, the credit set above or below a photo's caption: 'PA Media', 'EPA-EFE', 'EFE'.",
        # (only names that are nothing else: 'NTB' is a province, 'PA' and 'TT' stand for much, a
        # site prints its own name alone as its logo: 'Reuters', 'BBC')
        pattern=r"(?:©\s?)?(?:PA Media|PA Wire|EPA-EFE|EPA|EFE|EUROPA PRESS|Europa Press|LUSA|ANP|AP Photo|Xinhua|Anadolu)\.?$",
        case_sensitive=True,
        matches=("PA Media", "EPA-EFE", "AP Photo", "© ANP"),
        ignores=("Reuters", "PA Media Group results", "NTB"),
    ),
    RegexRule(
        name="any.dup.image_widget",
        label=Label.DUP,
        doc="Image-viewer leftovers ('zoom-in ...', 'zoom-in-whitePerbesar') repeat a caption or headline.",
        pattern=r"zoom-?in\b|zoom-in-white|perbesar$|enlarge this image$|view larger image$",
        max_chars=400,
        matches=("zoom-in Track 1.5, Pembicaraan Diplomasi", "zoom-in-whitePerbesar", "Perbesar"),
        ignores=("Zoom meeting digelar Senin pagi.", "Zooming in on the details of the budget."),
    ),
    RegexRule(
        name="any.share.icon_name",
        label=Label.SHARE,
        doc="CSS icon names printed as text by share widgets ('sosmed-whatsapp-white').",
        pattern=r"(?:sosmed|icon|ico|fa|share)-[a-z0-9-]+$|copy-link(?:-[a-z]+)*$|more-(?:vertical|horizontal)$",
        matches=("sosmed-whatsapp-white", "copy-link-circle", "more-vertical", "icon-facebook"),
        ignores=("share-based payments rose", "Icon of the decade"),
    ),
    RegexRule(
        name="any.share.network_names",
        label=Label.SHARE,
        doc="A line made only of social network names and share verbs is a share bar.",
        pattern=rf"{_SOCIAL}(?:\s*[:|,/·•]?\s*{_SOCIAL}){{0,8}}\s*:?$",
        matches=("Facebook", "WhatsApp Twitter Line", "Share: Facebook | Twitter", "Copy link", "Bagikan", "X"),
        ignores=("Facebook announced new rules on Monday.", "Line 1 of the MRT opens today."),
    ),
    RegexRule(
        name="any.copyright.sign",
        label=Label.COPYRIGHT,
        doc="Copyright lines start with ©, (c) or the word Copyright, or with the notice news agencies "
        "print: 'This material may not be published, broadcast, rewritten or redistributed.' The word "
        "alone opens sentences too ('Copyright law ...'): then a year, a © or a rights notice must follow.",
        # (not '© Agency / Photographer' with no year, nor '©2025 Site.com/Photographer' or
        # '(c) Bola.com/Photographer': those credit a photo)
        pattern=r"(?:©(?![^\d©/|\n]{2,40}\s[/|]\s[^\d©/|\n]{2,40}$|\s*(?:19|20)\d\d\s*[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv)\s*/\s*[\p{L} .'’-]{2,50}$)|\(c\)(?!\s*[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv)\s*/\s*[\p{L} .'’-]{2,50}$)|all rights? reserved\.?$)|(?:19|20)\d\d\s*(?:©|ยฉ)"
        r"|(?:copyright|hak cipta)\b(?=[^\n]{0,200}(?:©|\(c\)|\b(?:19|20)\d\d\b|reserv|dilindungi|vorbehalten|riservat|réservé|zastrzeżon))"
        r"|this material may not be published, broadcast, rewritten,? or redistributed",
        max_chars=300,
        matches=(
            "© 2025 TRIBUNnews.com,a subsidiary of KG Media. All Right Reserved",
            "COPYRIGHT © ANTARA 2015",
            "2024 ยฉ PT Dynamo Media Network",
            "Copyright 2020 The Associated Press.",
            "This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC.",
        ),
        ignores=(
            "Copyrighted material was removed from the site, the court heard.",
            "Copyright law changes were debated in parliament on Monday, and lawmakers are split.",
            "All rights reserved, the company said, would remain with the original authors.",
            "Antrean kendaraan di Jalur Puncak, Bogor. ©2023 Merdeka.com/Arie Basuki",
            "© РИА Новости / Кирилл Зорин",
            "© FUNKE Foto Services | Tim Oelkers",
            "©2025 Liputan6.com/Musthofa Hamdani",
        ),
    ),
    RegexRule(
        name="any.copyright.owner_first",
        label=Label.COPYRIGHT,
        requires=("©", "(c)"),
        doc="A copyright line that names its owner before the sign: 'Nexstar Media Inc. © 1998 - 2025 | All "
        "Rights Reserved.' (A caption ends with its photo's '© 2023 Site/Name' instead.)",
        pattern=r"[^©\n.!?]{2,60}(?:\.[^©\n.!?]{0,20})?\s(?:©|\(c\))\s*(?:19|20)\d\d\b[^\n/]{0,120}$",
        max_chars=200,
        matches=("Nexstar Media Inc. © 1998 - 2025 | All Rights Reserved.", "Manchester Evening News © 2025 a Reach plc subsidiary"),
        ignores=("Antrean kendaraan di Jalur Puncak, Bogor. ©2023 Merdeka.com/Arie Basuki",),
    ),
    RegexRule(
        name="any.pagination.digits",
        label=Label.PAGINATION,
        doc="Page-number strips print as digit runs that start at 1 2 ('1234', '1 2 3 Next'). A bare '12' "
        "is as often a count of shares; the segmenter takes it after a 'Halaman' line.",
        pattern=r"(?:(?:halaman|page|hal\.?)\s*:?\s*)?(?:(?:prev(?:ious)?|sebelumnya|«|‹|<)\s*)?1\s?2(?:\s?\d){1,12}$"
        r"|(?:(?:halaman|page|hal\.?)\s*:?\s*)?(?:(?:prev(?:ious)?|sebelumnya|«|‹|<)\s*)?1\s?2(?:\s?\d){0,12}\s*(?:next|selanjutnya|berikutnya|»|›|>|show all|view all|tampilkan semua|lihat semua)$",
        matches=("1234", "1 2 3 4", "1 2 Selanjutnya", "12 Next", "Halaman 1 2 Selanjutnya", "Halaman: 1 2 Show All"),
        ignores=("2024", "1945 adalah tahun kemerdekaan", "10 orang tewas", "12"),
    ),
    RegexRule(
        name="any.other.version",
        label=Label.OTHER,
        doc="Application version stamps ('Version 1.93.2') are page furniture.",
        pattern=r"(?:version|versi|v)\s?\d+(?:\.\d+){1,3}$",
        matches=("Version 1.93.2", "Versi 2.0.1"),
        ignores=("Version 2 of the plan was rejected.",),
    ),
    RegexRule(
        name="any.nav.text_size",
        label=Label.NAV,
        doc="Text-size widgets print as 'A A A', 'Aa Text', 'A-', 'A+', 'Font:' or 'Larger text size'.",
        pattern=r"(?:a\s?){1,3}$|a\+\s*\|\s*reset\s*\|\s*a-$|a[-+]\s*a[-+]?$|aa(?: text)?$|font\s*:?(?:\s*[-+a]{1,3}){0,3}$|ukuran (?:teks|huruf|font)\s*:?$"
        # (the sizes listed as buttons: 'Normal text size', 'Larger text size', 'Very large text size')
        r"|(?:(?:normal|small|smaller|medium|large|larger|very large|extra large|default) )?text size$",
        matches=("A", "A A A", "Aa Text", "A- A+", "Font:", "Ukuran Font", "A+ | Reset | A-", "Very large text size", "Normal text size"),
        ignores=("A new law was passed.", "Aa Gym berceramah di masjid."),
    ),
    RegexRule(
        name="any.nav.site_tagline",
        label=Label.NAV,
        doc="A site's name and tagline: 'SOLOPOS.COM - Panduan Informasi dan Inspirasi'.",
        requires=(".com", ".id", ".net", ".co.", ".org"),
        pattern=r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|co\.uk|org)\s*[-–|]\s*[^\s.!?:]++(?:\s+[^\s.!?:]++){0,5}$",
        max_chars=90,
        matches=("SOLOPOS.COM - Panduan Informasi dan Inspirasi", "Kompas.com | Berita Terkini"),
        ignores=("TRIBUNNEWS.COM - Sementara perang Rusia dan Ukraina terus berkecamuk, terjadi pembicaraan diplomatik.",),
    ),
    RegexRule(
        name="any.nav.url_only",
        label=Label.NAV,
        doc="A bare web address on its own line is a site link, not prose.",
        pattern=r"(?:https?://|www\.)\S+$",
        matches=("www.antaranews.com", "https://example.com/a/b"),
        ignores=("www.example.com menjadi situs terpopuler tahun ini.",),
    ),
    RegexRule(
        name="any.nav.back_to_top",
        label=Label.NAV,
        doc="Back-to-top links ('Atas', '↑', 'Back to top', 'Kembali ke atas').",
        pattern=r"(?:atas|↑|⬆|▲|back to top|to top|top|kembali ke atas|ke atas|nach oben|haut de page|volver arriba)$",
        matches=("Atas", "Back to top", "Kembali ke atas", "↑"),
        ignores=("Atas laporan The Moscow Times ini, Dewan Keamanan Nasional mengatakan", "Top officials met."),
    ),
    RegexRule(
        name="any.other.mojibake_dot",
        label=Label.OTHER,
        doc="Mis-decoded middle dots and stray UI glyphs ('ยท', '➔') alone on a line.",
        pattern=r"(?:ยท|ยฉ|➔|→|›|»|\u2022|\u25cf){1,3}$",
        matches=("ยท", "➔"),
        ignores=("ยทabc",),
    ),
]
