"""Boilerplate vocabularies for German, French, Spanish, Portuguese, Italian, Dutch, Polish,
Swedish, Turkish, Malay and Russian (English and Indonesian have packs of their own).

Every rule is named `<lang>.<group>.<what>` and matches at the start of a normalised line. The
vocabulary of widgets ("Lesen Sie auch", "Lire aussi") also opens ordinary sentences, so rules
demand what only a widget has: the phrase alone on its line (`$`), or the phrase followed at once
by a colon ("Lesen Sie auch: <headline>"). Bylines need a capitalised name and nothing after it.
"""

from __future__ import annotations

from ..model import Label
from ..patterns import NAME_PARTICLES
from .base import RegexRule, Rule

# A phrase that introduces a link ("Lire aussi : ...") or stands alone on its line, maybe
# trailing off ("Você pode gostar...").
_LEAD = r"(?:\s*[:»›→|]|\s[-–—>]{1,2}\s|\s*(?:\.\.\.|…)?$)"
# Optional trailing punctuation of a whole-line label, then the end of the line.
_END = r"\s*[.!:]?$"
# Dashes, stars or spaces around an ad label that stands alone on its line: '- Anzeige -'.
_ALONE = r"[-–*\s]{0,4}"
# The separator after the first crumb of a breadcrumb trail: 'Startseite > Politik'.
_CRUMB = r"\s*[>›»/|]"
# A short count before or after a label: "12 Kommentare", "Comentarios (3)".
_COUNT = r"(?:\(?\d{1,5}\)?\s)?"
_COUNT_AFTER = r"(?:\s\(?\d{1,5}\)?)?"

# A person's name in a byline: two to four capitalised words, with lowercase particles between
# ("Jan de Vries", "Ahmad bin Ali", "Ana dos Santos"). Byline rules are case-sensitive.
_NAME_WORD = r"\p{Lu}[\p{L}'’.-]+"
_PERSON = rf"{_NAME_WORD}(?: (?:{NAME_PARTICLES} ){{0,2}}{_NAME_WORD}){{1,3}}"


def _byline(word: str, joiner: str, *, place: bool = True) -> str:
    """`<word> <Name Surname>[, or <joiner> <Name Surname>][, <Place>]` as the whole line (the
    place only where the language's bylines print one)."""
    where = rf"(?:, \p{{Lu}}[\p{{L}} .-]{{1,40}})?" if place else ""
    return rf"{word} {_PERSON}(?:(?:,| {joiner}) {_PERSON})?{where}$"


def _r(
    name: str,
    label: Label,
    doc: str,
    pattern: str,
    matches: tuple[str, ...],
    ignores: tuple[str, ...],
    **kw: object,
) -> RegexRule:
    return RegexRule(
        name=name, label=label, doc=doc, pattern=pattern, matches=matches, ignores=ignores, **kw
    )


R, A, S, SUB = Label.RELATED, Label.AD, Label.SHARE, Label.SUBSCRIBE
C, O, B, CR = Label.COMMENT, Label.OTHER, Label.BYLINE, Label.COPYRIGHT
NAV, PAG = Label.NAV, Label.PAGINATION

GERMAN = [
    _r(
        "de.related.read_also",
        R,
        "'Lesen Sie auch:', 'Mehr zum Thema' and kin introduce links to other stories.",
        r"(?:lesen sie (?:auch|mehr|hier)|lies auch|auch interessant|ebenfalls interessant|"
        r"mehr dazu|mehr zum thema|passend zum thema|zum thema|siehe auch|weiterlesen|"
        r"weitere artikel|verwandte artikel|ähnliche artikel|das könnte sie (?:auch )?"
        r"interessieren|empfehlungen der redaktion)" + _LEAD,
        (
            "Lesen Sie auch: Wie die Bahn ihre Pünktlichkeit verbessern will",
            "Mehr zum Thema",
            "Das könnte Sie auch interessieren:",
            "Auch interessant: Diese fünf Städte sind am teuersten",
        ),
        (
            "Lesen Sie auch die Stellungnahme des Ministers, die am Montag veröffentlicht wurde.",
            "Mehr zum Thema Wohnungsbau will die Ministerin im Herbst vorlegen.",
            "Auch interessant ist, dass die Zahl der Anträge gestiegen ist.",
        ),
    ),
    _r(
        "de.ad.label",
        A,
        "'Anzeige' or 'Werbung' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:anzeige|werbung|gesponserter (?:inhalt|beitrag)|sponsored(?: content)?"
        rf"|advertorial){_ALONE}$",
        ("Anzeige", "- ANZEIGE -", "Werbung", "Gesponserter Inhalt"),
        (
            "Anzeige erstattet hat die Polizei am Montag gegen drei Männer.",
            "Werbung für Zigaretten soll ab 2025 verboten werden.",
        ),
    ),
    _r(
        "de.share.buttons",
        S,
        "Share, print and bookmark buttons ('Artikel teilen', 'Drucken', 'Link kopieren').",
        r"(?:(?:diesen |den )?(?:artikel|beitrag|seite|link) )?(?:teilen|drucken|merken|"
        r"versenden|kopieren)(?: (?:auf|via|per) [\w-]+)?$|per e-?mail (?:teilen|versenden)$|(?:weitere|mehr) optionen zum teilen$",
        ("Artikel teilen", "Teilen", "Link kopieren", "Teilen auf Facebook", "Drucken", "Weitere Optionen zum Teilen"),
        (
            "Teilen sich die beiden Parteien die Macht, wird es schwierig.",
            "Artikel 5 des Grundgesetzes schützt die Pressefreiheit.",
        ),
    ),
    _r(
        "de.subscribe.paywall",
        SUB,
        "Paywall and subscription prompts ('Jetzt abonnieren', 'Bereits Abonnent?').",
        r"(?:jetzt |hier )?(?:abonnieren|abo abschließen|abonnent(?:in)? werden)" + _END
        + r"|(?:sie sind )?(?:bereits|schon) (?:abonnent(?:in)?|registriert)\s*\?"
        r"|weiterlesen mit \S|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:exklusiv |nur )?"
        r"für abonnent"
        # the offer inside the box: 'Jetzt 4 Wochen für 0,99 € testen', 'Jederzeit kündbar.'
        r"|(?:jetzt |erste )?\d+ (?:wochen|monate) (?:für|lang|ab) [\d,.]+\s?€[^.!?]{0,30}$|(?:monatlich |jederzeit )kündbar\.?$"
        r"|alle (?:artikel|inhalte) auf [\w.-]+\.de lesen\.?",
        (
            "Jetzt abonnieren",
            "Bereits Abonnent? Hier anmelden",
            "Weiterlesen mit SZ Plus",
            "Dieser Artikel ist exklusiv für Abonnenten.",
            "Jetzt 4 Wochen für 0,99 € testen",
            "Jederzeit kündbar.",
        ),
        (
            "Abonnieren lassen sich die Hefte künftig nur noch online.",
            "Bereits registriert haben sich mehr als 3000 Teilnehmer.",
        ),
    ),
    _r(
        "de.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Newsletter abonnieren', 'Zum Newsletter anmelden').",
        r"(?:(?:jetzt |hier )?(?:kostenlos(?:en)? )?(?:zum |für den |unseren |den )?(?:[\w-]+-)?newsletter"
        r"(?:[- ](?:abonnieren|bestellen|anmelden|anmeldung))?"
        r"|melden sie sich (?:hier )?(?:für|zu) unserem newsletter an|(?:jetzt |hier )anmelden|(?:jetzt )?registrieren|e-?mail-?adresse)" + _END
        # the form's consent: 'Mit Ihrer Registrierung nehmen Sie die Datenschutzerklärung zur Kenntnis.'
        + r"|mit (?:ihrer|der) (?:registrierung|anmeldung)\b[^!?]{0,160}\bdatenschutz[^!?]{0,120}$"
        + r"|[^.!?]{0,120}\b(?:kostenlos|täglich|wöchentlich) (?:in ihr(?:em|) postfach|per e-?mail)\b"
        + r"|[^!?]{0,160}\bin ihr(?:em|) postfach\s*[.!]?$|[^!?]{1,40}-newsletter$",
        (
            "Newsletter",
            "Newsletter abonnieren",
            "Jetzt zum Newsletter anmelden",
            "Newsletter-Anmeldung", "E-Mail-Adresse", "Registrieren",
            "Mit Ihrer Registrierung nehmen Sie die Datenschutzerklärung zur Kenntnis.",
            "Norderstedt-Newsletter",
            "Hier anmelden",
            "Die wichtigsten Nachrichten aus der Region jeden Morgen kostenlos in Ihrem Postfach.",
            "F.A.Z. Rhein-Main-Newsletter", "Die wichtigsten Nachrichten aus Frankfurt und der Region – jeden Morgen in Ihrem Postfach.",
        ),
        (
            "Newsletter verschicken viele Parteien inzwischen täglich an ihre Mitglieder.",
            "Der Newsletter der Stadt informiert über Baustellen.",
        ),
        requires=("newsletter", "anmelden", "postfach", "per e-mail", "per email", "registrier", "mail-adresse", "mailadresse"),
    ),
    _r(
        "de.consent.cookie_notice",
        O,
        "Cookie banners open with 'Wir verwenden Cookies' or 'Diese Website nutzt Cookies'.",
        r"(?:wir (?:verwenden|nutzen) cookies|diese (?:website|webseite|seite) (?:verwendet|nutzt)"
        r" cookies|wir und unsere (?:partner|\d+ partner) (?:verwenden|nutzen|speichern))",
        (
            "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
            "Diese Website nutzt Cookies und vergleichbare Technologien.",
        ),
        (
            "Wir verwenden die Mittel für den Ausbau der Schulen, sagte der Bürgermeister.",
            "Diese Website wurde im vergangenen Jahr mehr als eine Million Mal besucht.",
        ),
        max_chars=600,
    ),
    _r(
        "de.consent.external_content",
        O,
        "The placeholder of an embedded post that waits for consent ('Empfohlener externer Inhalt', "
        "'An dieser Stelle befindet sich ein externer Inhalt von ...').",
        r"(?:empfohlener )?(?:externer|redaktioneller) inhalt$"
        r"|an dieser stelle (?:befindet sich|finden sie) (?:ein(?:en)? )?(?:[^.!?]{0,60}?\bexterne[nr]? inhalt|passenden inhalte? von|inhalte? von)"
        r"|ich bin damit einverstanden, dass mir externe inhalte angezeigt werden|externe[nr]? inhalte? (?:anzeigen|aktivieren|laden)$",
        ("Empfohlener externer Inhalt", "An dieser Stelle befindet sich ein externer Inhalt von Instagram, der den Artikel ergänzt.",
         "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "Empfohlener redaktioneller Inhalt",
         "An dieser Stelle finden Sie einen passenden Inhalt von Google Maps, der den Artikel ergänzt.", "Externe Inhalte laden",
         "An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, der den Artikel ergänzt.",
         "Externen Inhalt anzeigen"),
        ("Externer Inhalt wird von der Redaktion geprüft, bevor er erscheint.", "An dieser Stelle befindet sich früher ein Bahnhof."),
        max_chars=400,
    ),
    _r(
        "de.widget.more_news",
        O,
        "A closing pointer to the site's own section: 'Noch mehr aktuelle Nachrichten aus München finden "
        "Sie auf Merkur.de/München.' (Ippen papers print it under every local story).",
        r"(?:noch )?mehr (?:aktuelle )?(?:nachrichten|news|artikel|geschichten) aus .{2,60} (?:finden|lesen) sie (?:auf|bei|unter) \S+\.\p{L}{2,4}\b.{0,40}$",
        ("Noch mehr aktuelle Nachrichten aus München finden Sie auf Merkur.de/München.",
         "Mehr News aus Bayern lesen Sie bei tz.de."),
        ("Mehr Nachrichten aus Kiew finden Sie in unserem Liveblog, sagte der Sprecher.",
         "Mehr Geschichten aus dem Alltag der Pflegekräfte lesen Sie in der nächsten Ausgabe."),
        max_chars=200,
    ),
    _r(
        "de.consent.buttons",
        O,
        "Buttons and links of a consent dialog ('Alle akzeptieren', 'Cookie-Einstellungen').",
        r"(?:alle (?:cookies )?akzeptieren|akzeptieren(?: und (?:weiter|schließen))?|"
        r"zustimmen(?: und weiter)?|alle ablehnen|ablehnen|einstellungen|cookie-einstellungen|"
        r"datenschutzeinstellungen|einwilligung verwalten|privatsphäre-einstellungen)$",
        ("Alle akzeptieren", "Cookie-Einstellungen", "Zustimmen und weiter"),
        (
            "Akzeptieren will die Opposition den Kompromiss nicht.",
            "Alle ablehnen dürfen die Vorschläge nur gemeinsam, heißt es im Vertrag.",
        ),
    ),
    _r(
        "de.comment.section",
        C,
        "Comment section headings and prompts ('Kommentare', '12 Kommentare', 'Kommentieren').",
        _COUNT
        + r"(?:kommentare?|leserkommentare|kommentar schreiben|(?:jetzt )?kommentieren|"
        r"diskutieren sie mit|kommentare anzeigen|die kommentarfunktion (?:ist|wurde) "
        r"(?:deaktiviert|geschlossen))" + _COUNT_AFTER + _END,
        ("Kommentare", "12 Kommentare", "Jetzt kommentieren", "Kommentare (3)"),
        (
            "Kommentare dazu gab es zunächst keine, teilte das Ministerium mit.",
            "Kommentieren wollte der Konzern die Vorwürfe am Dienstag nicht.",
        ),
    ),
    _r(
        "de.popular.most_read",
        R,
        "'Meistgelesen' and similar headings open a list of popular stories.",
        r"(?:meistgelesen(?:e artikel)?|meist gelesen|am meisten gelesen|am häufigsten gelesen|"
        r"meistkommentiert|meistgeteilt|beliebteste artikel|top-artikel|top-themen|"
        r"gerade gelesen|das wird gerade gelesen|mehr aus (?:\p{Lu}[\p{L}-]+)(?: \p{Lu}[\p{L}-]+)?|"
        r"die wichtigsten nachrichten|weitere nachrichten|neueste artikel)\s*:?$",
        ("Meistgelesen", "Meistgelesene Artikel", "Top-Themen:", "Mehr aus Bayern", "Die wichtigsten Nachrichten"),
        (
            "Meistgelesen wurde im vergangenen Jahr ein Text über die Energiekrise.",
            "Top-Themen der Konferenz waren Klima und Migration.",
        ),
    ),
    _r(
        "de.widget.broadcast_note",
        O,
        "Public broadcasters' note on when the story was on air: 'Dieses Thema im Programm:', "
        "'Über dieses Thema berichtete BR24 am 17. November 2025 um 08:30 Uhr.', the download box of their player, "
        "and the note under a machine-read audio version.",
        r"(?:dieses thema im programm:?|über dieses thema (?:berichtete|berichteten|berichtet) [^!?]{2,80}\bum [\d.:]+ uhr\.?"
        r"|download der (?:video|audio)datei|wir bieten ihnen die (?:video|audio)datei [^!?]{0,160}|mp3|mp4"
        # (the player's note on a machine-read version: 'Diese Audioversion wurde künstlich generiert. Mehr Infos | Feedback senden')
        r"|diese audioversion wurde (?:künstlich|automatisch|mit künstlicher intelligenz) (?:generiert|erzeugt|erstellt)\b[^!?]{0,60})$",
        (
            "Diese Audioversion wurde künstlich generiert. Mehr Infos | Feedback senden",
            "Dieses Thema im Programm:",
            "Über dieses Thema berichtete BR24 am 17. November 2025 um 08:30 Uhr.",
            "Download der Videodatei",
            "mp3",
        ),
        (
            "Über dieses Thema berichtete die Zeitung bereits im Sommer ausführlich, sagte der Sprecher.",
            "Download der Videodatei war am Abend nicht möglich, weil der Server ausfiel.",
        ),
    ),
    _r(
        "de.widget.programme",
        O,
        "The programme a broadcaster's clip comes from, with its air time: 'BR24 Rundschau 18:30 Uhr, 16.11.2025', "
        "or the speaker and studio of an audio clip: 'Jana Körber, ARD Berlin, 07.10.2025 12:48 Uhr'.",
        r"[\p{L}\d&' -]{2,40}\s\d{1,2}[:.]\d{2} uhr,?\s\d{1,2}\.\d{1,2}\.\d{4}$"
        r"|[\p{L}' -]{2,40}(?:,\s[\p{L}\d&' -]{2,40}){1,2},\s\d{1,2}\.\d{1,2}\.\d{4}\s\d{1,2}[:.]\d{2} uhr$",
        ("BR24 Rundschau 18:30 Uhr, 16.11.2025", "tagesschau 20:00 Uhr, 17.11.2025", "Jana Körber, ARD Berlin, 07.10.2025 12:48 Uhr"),
        (
            "Die Sitzung beginnt um 18:30 Uhr, am 16.11.2025 ist der Stichtag.",
            "Am Montag um 18:30 Uhr, 16.11.2025, beginnt die Sitzung des Stadtrats.",
        ),
        requires=(" uhr",),
        max_chars=90,
    ),
    _r(
        "de.author.byline",
        B,
        "'Von <Name>' alone on its line names the author, also after the kind of piece ('Eine Reportage von <Name>'), "
        "and 'Interview: <Name>' the interviewer (ZEIT ONLINE).",
        _byline("(?:Eine? (?:Reportage|Analyse|Kommentar|Kolumne|Glosse|Gastbeitrag|Recherche|Interview) von|Von|Interview:)", "und"),
        ("Von Anna Müller", "Von Peter Schmidt und Julia Weber", "Von Lena Meyer, Berlin", "Interview: Jonas Wehrmann",
         "Eine Reportage von Friederike Haase, Klein Wendemark", "Ein Kommentar von Jonas Brandt"),
        (
            "Von Berlin aus fuhr der Zug weiter nach Hamburg.",
            "Von Olaf Scholz selbst kam am Abend keine Reaktion.",
        ),
        case_sensitive=True,
    ),
    _r(
        "de.author.box",
        O,
        "Author boxes ('Über den Autor', 'Mehr von dieser Autorin') sit after the body.",
        r"(?:über (?:den autor|die autorin)|zur person|zum autor|zur autorin|autoreninfo|"
        r"mehr (?:artikel )?(?:von|vom) (?:diesem autor|dieser autorin))\s*:?$",
        ("Über den Autor", "Zur Person:", "Mehr von dieser Autorin"),
        (
            "Über den Autor des Briefes ist bislang wenig bekannt.",
            "Zur Person des Verdächtigen machte die Polizei keine Angaben.",
        ),
        closes=True,
    ),
    _r(
        "de.copyright.rights",
        CR,
        "Rights notices ('Alle Rechte vorbehalten', 'Nachdruck nur mit Genehmigung').",
        r"(?:alle rechte vorbehalten|nachdruck (?:nur )?(?:mit|nach) (?:schriftlicher )?"
        r"genehmigung|vervielfältigung nur mit genehmigung)",
        ("Alle Rechte vorbehalten.", "Nachdruck nur mit Genehmigung des Verlags"),
        (
            "Alle Rechte der Betroffenen müssten gewahrt bleiben, sagte sie.",
            "Nachdruck verlieh der Minister seiner Forderung am Freitag.",
        ),
    ),
    _r(
        "de.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Startseite'.",
        r"(?:(?:zur |zurück zur )?startseite|(?:zurück )?nach oben|zum seitenanfang|menü(?: "
        r"(?:öffnen|schließen))?|suche|suchen|navigation|zum inhalt springen|direkt zum inhalt|"
        r"impressum|datenschutz(?:erklärung)?|kontakt|agb|mediadaten|barrierefreiheit)$"
        rf"|startseite{_CRUMB}",
        ("Startseite", "Nach oben", "Impressum", "Startseite > Politik > Ausland"),
        (
            "Suche nach den Vermissten wurde am Abend eingestellt.",
            "Kontakt zu den Entführern gebe es bislang nicht.",
        ),
    ),
    _r(
        "de.pagination.pages",
        PAG,
        "Page counters and paging links ('Seite 2 von 3', 'Nächste Seite', 'Mehr laden').",
        r"(?:seite \d+(?: von |\s?/\s?)\d+|nächste seite|vorherige seite|weiter zur nächsten seite|"
        r"zurück|weiter|mehr laden|mehr anzeigen|alle anzeigen)$",
        ("Seite 2 von 3", "Seite 1/3", "Nächste Seite", "Mehr laden"),
        (
            "Seite an Seite kämpften die beiden Teams um den Titel.",
            "Weiter geht es am Montag mit den Verhandlungen.",
        ),
    ),
]

FRENCH = [
    _r(
        "fr.subscribe.offer",
        SUB,
        "The subscription box's pitch: 'L’information locale a de la valeur. Profitez de notre offre ...'.",
        r"[^!?]{0,80}?\bprofitez de notre offre\b",
        ("L’information locale a de la valeur. Profitez de notre offre", "Profitez de notre offre de bienvenue"),
        ("Profitez de l'offre du marché, lance le maraîcher en riant.", "Les clients profitent de notre offre spéciale, disait l'affiche."),
        requires=("profitez de notre offre",),
    ),
    _r(
        "fr.date.short_year",
        Label.DATE,
        "Stamps with a two-digit year, which the general date rule does not screen for: "
        "'Publié le 14/11/23 à 09h41 — Mis à jour le 14/11/23 à 10h05' (20 Minutes).",
        r"(?:publié|mis à jour) le \d{1,2}/\d{1,2}/\d{2} à \d{1,2}h\d{2}"
        r"(?:\s*[—–|,-]\s*(?:mis à jour|modifié) le \d{1,2}/\d{1,2}/\d{2} à \d{1,2}h\d{2})?$",
        ("Publié le 14/11/23 à 09h41 — Mis à jour le 14/11/23 à 10h05", "Publié le 3/2/24 à 7h05"),
        (
            "Publié le 14/11/23 à 09h41, le rapport a été contesté dès le lendemain.",
            "Mis à jour le règlement, le club a pu recruter.",
        ),
    ),
    _r(
        "fr.related.read_also",
        R,
        "'Lire aussi :', 'À lire aussi' and kin introduce links to other stories.",
        # The label may run straight into the linked headline, which opens with a capital.
        r"(?:à |a )?lire (?:aussi|également)\s+(?=(?-i:\p{Lu})|«)|"
        # Le Monde names the kind of story before the bar: 'Lire aussi le décryptage | ...', 'Lire aussi (2019) | ...'
        r"lire aussi (?:(?:l['’]|le |la |les )[\p{L}-]{3,15}|\(\d{4}\))\s*\|(?:\s*article réservé à nos abonnés)?|"
        r"(?:(?:à |a )?lire (?:aussi|également)|(?:à )?voir aussi|à découvrir(?: aussi)?|"
        r"sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:similaires?|liés)|"
        r"vous aimerez aussi|vous pourriez (?:aussi )?aimer|ces articles pourraient vous "
        r"intéresser|pour aller plus loin|en savoir plus|lire plus|la rédaction vous conseille|à regarder|"
        # WordPress: the post navigation and the recent-posts widget
        r"articles? (?:précédent|suivant)|navigation de l['’]article|articles récents)" + _LEAD
        # (the subscribers' badge before the headline is no part of it)
        + r"(?:\s*article réservé à nos abonnés)?",
        (
            "Lire aussi : Le gouvernement recule sur la réforme des retraites",
            "Lire aussi le décryptage | Article réservé à nos abonnés Bassines : pourquoi le stockage divise",
            "Lire aussi (2019) | Le grand débat national, mode d’emploi",
            "À lire aussi Dans les campagnes françaises, les boulangeries ferment",
            "La rédaction vous conseille",
            "À regarder",
            "À lire aussi",
            "Sur le même sujet",
            "Pour aller plus loin :",
            "Article précédent",
            "Articles récents",
        ),
        (
            "Lire aussi les déclarations du ministre permet de comprendre son revirement.",
            "À lire aussi attentivement, le rapport de la Cour des comptes pointe des dérives.",
            "Sur le même sujet, le maire a refusé de s'exprimer.",
        ),
    ),
    _r(
        "fr.ad.label",
        A,
        "'Publicité' or 'Contenu sponsorisé' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:publicité|pub|contenus? (?:sponsorisés?|partenaires?)|articles? sponsorisés?|"
        rf"sponsorisé|annonce){_ALONE}$",
        ("Publicité", "- PUBLICITÉ -", "Contenu sponsorisé", "Contenus sponsorisés"),
        (
            "Publicité mensongère : l'entreprise condamnée à une amende.",
            "Annonce du gouvernement attendue ce soir.",
        ),
    ),
    _r(
        "fr.share.buttons",
        S,
        "Share and print buttons ('Partager', 'Partager sur Facebook', 'Copier le lien').",
        r"(?:partager(?: (?:cet article|l'article|sur [\w-]+|par (?:e-?mail|courriel)))?\s*:?|"
        r"envoyer par (?:e-?mail|courriel)|imprimer(?: l'article)?|copier le lien|lien copié|ajouter à (?:mes|vos) favoris|offrir (?:cet|l['’]) ?article|"
        r"partage|clique[rz] pour (?:partager sur|imprimer|envoyer)[^()]{0,30}(?:\s*\(ouvre dans une nouvelle fenêtre\))?)$",
        ("Partager", "Partager sur Facebook", "Copier le lien", "Imprimer", "Partager :", "Ajouter à mes favoris", "Offrir cet article",
         "Cliquer pour partager sur Facebook(ouvre dans une nouvelle fenêtre)"),
        (
            "Partager les tâches ménagères reste un défi pour de nombreux couples.",
            "Imprimer des billets n'est plus nécessaire, rappelle la SNCF.",
        ),
    ),
    _r(
        "fr.subscribe.paywall",
        SUB,
        "Paywall prompts ('Abonnez-vous', 'Déjà abonné ?', 'Article réservé aux abonnés').",
        r"(?:abonnez-vous|je m'abonne|s'abonner)(?:\s*[.!]|\s(?:pour|dès|à partir de|à) .{0,40})?$"
        r"|déjà abonn[ée]e?\s*\?|(?:cet |l')?article (?:est )?réservé aux abonnés"
        r"|la suite (?:de cet article )?est réservée aux abonnés",
        (
            "Abonnez-vous à Ouest-France",
            "Abonnez-vous",
            "Je m'abonne",
            "Déjà abonné ? Se connecter",
            "Cet article est réservé aux abonnés.",
            "Abonnez-vous pour 1 € le premier mois",
        ),
        (
            "S'abonner à un journal reste un geste militant pour beaucoup de lecteurs.",
            "Déjà abonnés depuis des années, les habitants contestent la hausse des tarifs.",
        ),
    ),
    _r(
        "fr.subscribe.device_limit",
        SUB,
        "The subscription's notices printed under the article: 'Vous pouvez lire Le Monde sur 1 appareil à la fois', "
        "'Votre abonnement n’autorise pas la lecture de cet article', 'Lecture restreinte'.",
        r"vous pouvez lire [^.!?]{2,40} sur (?:1|un) (?:seul )?appareil à la fois|votre abonnement n['’]autorise pas\b"
        r"|lecture restreinte$|découvrir les offres(?: multicomptes)?$",
        (
            "Vous pouvez lire Le Monde sur 1 appareil à la fois",
            "Votre abonnement n’autorise pas la lecture de cet article",
            "Lecture restreinte",
        ),
        (
            "Vous pouvez lire ce livre sur la plage, conseille la libraire.",
            "Lecture restreinte des archives : les historiens protestent contre la décision du ministère.",
        ),
        closes=True,
    ),
    _r(
        "fr.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Newsletter', 'Inscrivez-vous à notre newsletter').",
        r"(?:(?:inscrivez-vous|abonnez-vous|je m'inscris) à (?:notre|la) newsletter"
        r"(?: \w+)?|newsletter|toutes nos newsletters|recevez notre newsletter|(?:votre|notre|la) newsletter "
        r"(?:quotidienne|hebdomadaire|gratuite)|(?:inscription|s['’]inscrire) à la newsletter|je m['’]inscris|s['’]inscrire|votre adresse (?:e-?)?mail)"
        + _END
        # the form's consent and pitch: 'Votre adresse mail est collectée par ...', 'Chaque matin, recevez l'essentiel ...'
        # a letter's name: 'Newsletter L’essentiel du Val-de-Marne'
        + r"|newsletter\s(?-i:\p{Lu})[^.!?]{1,60}$"
        + r"|votre adresse (?:e-?)?mail est (?:collectée|uniquement utilisée)\b|(?:chaque (?:matin|jour|soir|semaine),? )?recevez (?:chaque \w+ )?l['’]essentiel\b",
        ("Newsletter", "Inscrivez-vous à notre newsletter", "Recevez notre newsletter !", "Toutes nos newsletters",
         "Newsletter L’essentiel du Val-de-Marne",
         "Je m’inscris", "Votre adresse mail", "Chaque matin, recevez l’essentiel de l’actualité de Paimpol",
         "Votre adresse e-mail est uniquement utilisée pour vous adresser la newsletter. Vous pouvez vous désinscrire à tout moment."),
        (
            "Newsletter et réseaux sociaux ont remplacé le journal municipal.",
            "Inscrivez-vous à la newsletter du musée pour suivre les travaux, conseille le "
            "directeur.",
        ),
    ),
    _r(
        "fr.consent.cookie_notice",
        O,
        "Cookie banners open with 'Nous utilisons des cookies' or 'Ce site utilise des cookies'.",
        r"(?:nous utilisons des cookies|ce site (?:web )?utilise des (?:cookies|traceurs)|"
        r"nous et nos partenaires (?:utilisons|stockons|accédons)|en poursuivant votre "
        r"navigation|ce contenu est bloqué car vous n['’]avez pas accepté les cookies|en cliquant sur « ?j['’]accepte|"
        r"vous gardez la possibilité de retirer votre consentement)",
        (
            "Nous utilisons des cookies pour améliorer votre expérience.",
            "Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.",
            "En cliquant sur « J’accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus (plus d’informations).",
            "Nous et nos partenaires utilisons des cookies et des technologies similaires.",
        ),
        (
            "Nous utilisons des outils numériques depuis des années, explique l'enseignante.",
            "Ce site utilise des matériaux recyclés, selon l'architecte.",
        ),
        max_chars=600,
    ),
    _r(
        "fr.consent.buttons",
        O,
        "Buttons of a consent dialog ('Tout accepter', 'Continuer sans accepter').",
        r"(?:tout accepter|accepter(?: et fermer| et continuer| les cookies)?|tout refuser|"
        r"refuser(?: et continuer)?|continuer sans accepter|paramétrer(?: les cookies)?|"
        r"gérer (?:mes|les) (?:choix|cookies|préférences)|personnaliser|j['’]accepte(?: tous les cookies)?)$",
        ("Tout accepter", "Continuer sans accepter", "Gérer mes choix", "J’accepte"),
        (
            "Accepter la défaite n'a pas été facile, a reconnu l'entraîneur.",
            "Refuser le dialogue serait une erreur, estime le syndicat.",
        ),
    ),
    _r(
        "fr.comment.section",
        C,
        "Comment section headings and prompts ('Commentaires', '12 réactions', 'Réagir').",
        _COUNT
        + r"(?:commentaires?|réactions?|(?:laisser|ajouter|écrire) un commentaire|réagir"
        r"(?: à cet article)?|réagissez|(?:voir|afficher) les commentaires|les commentaires "
        r"sont fermés|annuler la réponse|(?:laisser|ajouter) un commentaire annuler la réponse)" + _COUNT_AFTER + _END
        # WordPress: 'N réflexions sur « <title> »', and the comment form's notice
        + r"|(?:une|\d{1,4}) (?:réflexions?|réponses?|commentaires?) (?:sur|à) [«“\"]"
        r"|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée",
        ("Commentaires", "12 réactions", "Réagir à cet article", "Laisser un commentaire",
         "3 réflexions sur « Saint-Aurel : une journée »", "Votre adresse e-mail ne sera pas publiée."),
        (
            "Commentaires et critiques ont afflué après la diffusion du reportage.",
            "Réagir vite est essentiel en cas d'incendie, rappellent les pompiers.",
        ),
    ),
    _r(
        "fr.popular.most_read",
        R,
        "'Les plus lus' and similar headings open a list of popular stories.",
        r"(?:(?:les )?(?:articles )?les plus (?:lus|consultés|partagés|commentés|populaires)|"
        r"le plus lu|tendances|en ce moment)\s*:?$",
        ("Les plus lus", "Les articles les plus partagés", "Tendances"),
        (
            "Les plus lus des auteurs français seront présents au salon.",
            "En ce moment, les négociations sont suspendues.",
        ),
    ),
    _r(
        "fr.author.byline",
        B,
        "'Par <Nom>' alone on its line names the author.",
        _byline("Par", "et"),
        ("Par Jean Dupont", "Par Marie-Claire Lefèvre et Paul Martin", "Par Léa Girard, Lyon"),
        (
            "Par ailleurs, le gouvernement a annoncé de nouvelles mesures.",
            "Par Emmanuel Macron lui-même, selon l'Élysée.",
        ),
        case_sensitive=True,
    ),
    _r(
        "fr.author.credit",
        B,
        "France Télévisions' credit line: 'Article rédigé par Margaux Delorme - franceinfo, France Télévisions'.",
        r"article rédigé par\s\p{L}[^.!?]{2,120}$",
        ("Article rédigé par Margaux Delorme - franceinfo, France Télévisions", "Article rédigé par franceinfo avec AFP - France Télévisions"),
        ("Article rédigé par un collectif de médecins, la tribune a été signée par 300 personnes.", "Article rédigé par"),
    ),
    _r(
        "fr.author.box",
        O,
        "Author boxes ('À propos de l'auteur', 'Du même auteur') sit after the body.",
        r"(?:à propos de l'auteur|à propos de l'autrice|l'auteur|l'autrice|du même auteur|"
        r"(?:voir )?tous (?:les )?articles de l'auteur)\s*:?$",
        ("À propos de l'auteur", "Du même auteur", "L'auteur"),
        (
            "À propos de l'auteur du livre, l'éditeur reste discret.",
            "L'auteur a reconnu les faits devant le tribunal.",
        ),
        closes=True,
    ),
    _r(
        "fr.copyright.rights",
        CR,
        "Rights notices ('Tous droits réservés', 'Reproduction interdite').",
        r"(?:tous droits (?:de reproduction )?réservés|droits de reproduction (?:et de diffusion )?"
        r"réservés|reproduction interdite|toute reproduction (?:même partielle )?(?:est )?"
        r"interdite)",
        ("Tous droits réservés.", "Toute reproduction même partielle est interdite"),
        (
            "Tous droits acquis par les salariés seront maintenus, assure la direction.",
            "Reproduction des espèces menacées : un programme européen lancé.",
        ),
    ),
    _r(
        "fr.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Accueil'.",
        r"(?:accueil|retour à l'accueil|(?:retour en )?haut de (?:la )?page|retour en haut|menu|"
        r"rechercher|recherche|aller au contenu|mentions légales|politique de confidentialité|"
        r"plan du site|nous contacter|contact|cgu|cgv|qui sommes-nous\s*\??)$"
        rf"|accueil{_CRUMB}",
        ("Accueil", "Mentions légales", "Accueil > Politique > International"),
        (
            "Accueil des réfugiés : la ville ouvre un nouveau centre.",
            "Recherche scientifique : le budget augmente de 3 %.",
        ),
    ),
    _r(
        "fr.pagination.pages",
        PAG,
        "Page counters and paging links ('Page 2 sur 5', 'Page suivante', 'Voir plus').",
        r"(?:page \d+ (?:sur|/) \d+|page (?:suivante|précédente)|suivant|précédent|"
        r"(?:charger|voir|afficher) plus(?: d['’]articles| de vidéos)?|plus d['’]articles)$",
        ("Page 2 sur 5", "Page suivante", "Voir plus d'articles", "Voir plus de vidéos"),
        (
            "Page 12 du rapport, les auteurs évoquent un risque de pénurie.",
            "Suivant les recommandations de l'OMS, le pays a levé les restrictions.",
        ),
    ),
]

SPANISH = [
    _r(
        "es.related.read_also",
        R,
        "'Lee también:', 'Te puede interesar' and kin introduce links to other stories, in brackets too: '(Le puede interesar: ...)'.",
        r"\(?(?:le[ea] también|leer (?:también|más)|lee más|ver también|(?:también )?(?:te|le) "
        r"puede interesar|puede interesarte|(?:te|le) recomendamos|noticias? relacionadas?|"
        r"artículos relacionados|contenido relacionado|más información|relacionad[oa]s?|(?:recetas|entradas|publicaciones|posts) relacionad[oa]s|"
        # WordPress: the post navigation and the recent-posts widget
        r"(?:entrada|artículo|publicación) (?:anterior|siguiente)|entradas recientes|"
        r"sigue leyendo|seguir leyendo|más noticias|el redactor recomienda|"
        # Rioplatense voseo (Clarín, La Nación): 'Mirá también', 'Leé también', 'Seguí leyendo'.
        r"mirá también|leé también|seguí leyendo|enterate(?: más)?)" + _LEAD,
        (
            "Lee también: El Gobierno aprueba la subida del salario mínimo",
            "(Le puede interesar: ¿Por qué no llueve en Santander? Esto dice el Ideam)",
            "Te puede interesar",
            "LEA TAMBIÉN: Las claves del nuevo presupuesto",
            "Noticias relacionadas",
            "Mirá también",
            "Recetas relacionadas",
            "Entrada anterior",
            "Entradas recientes",
        ),
        (
            "Lee también las cartas de su padre, que guarda desde 1975.",
            "Más información sobre el caso será publicada mañana, según la fiscalía.",
            "Te puede interesar saber que el plazo termina el viernes.",
        ),
    ),
    _r(
        "es.ad.label",
        A,
        "'Publicidad' or 'Contenido patrocinado' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:publicidad|anuncio|contenido (?:patrocinado|de marca)|patrocinado|"
        rf"espacio publicitario){_ALONE}$",
        ("Publicidad", "- PUBLICIDAD -", "Contenido patrocinado"),
        (
            "Publicidad engañosa: multan a una empresa de telefonía.",
            "Anuncio del presidente sobre las pensiones se retrasa.",
        ),
    ),
    _r(
        "es.share.buttons",
        S,
        "Share and print buttons ('Compartir', 'Compartir en Facebook', 'Copiar enlace').",
        r"(?:compartir(?: (?:en|por) [\w-]+| esta noticia| este artículo)?\s*:?|comparte(?: esta "
        r"noticia| este artículo)?|enviar por (?:e-?mail|correo)|imprimir|copiar (?:el )?enlace|"
        r"enlace copiado|haz clic para (?:compartir en|imprimir|enviar)[^()]{0,30}(?:\s*\(se abre en una ventana nueva\))?|"
        r"guárdal[ao] en pinterest|seguir)$",
        ("Compartir", "Compartir en WhatsApp", "Copiar enlace", "Comparte esta noticia",
         "Haz clic para compartir en Facebook (Se abre en una ventana nueva)", "Guárdala en Pinterest", "Seguir"),
        (
            "Compartir piso es la única opción para muchos jóvenes en Madrid.",
            "Imprimir el billete ya no es obligatorio, recuerda Renfe.",
        ),
    ),
    _r(
        "es.subscribe.paywall",
        SUB,
        "Paywall prompts ('Suscríbete', '¿Ya eres suscriptor?', 'Contenido para suscriptores').",
        r"(?:suscríbete|suscríbase|suscribirse|hazte suscriptor(?:a)?)(?:\s*[.!]|\s(?:ahora|"
        r"aquí|desde|por) .{0,40})?$|¿?ya eres suscriptor(?:a)?\s*\?"
        r"|(?:este |esta )?(?:artículo|contenido|noticia) (?:es )?(?:exclusiv[oa] )?para suscriptores"
        # the offer's pitch and button: 'Suscríbete y accede sin límites a ...', 'Hazte Premium por 1€ al mes', 'Ver oferta'
        r"|suscríbete y accede\b|hazte premium\b|ver oferta$"
        # the pop-up under a button reserved for members (ABC): 'Esta funcionalidad es sólo para registrados'
        r"|esta funcionalidad es s[óo]lo para (?:registrados|suscriptores)\.?$|suscr[ií]bete$",
        (
            "Suscríbete", "Esta funcionalidad es sólo para suscriptores",
            "¿Ya eres suscriptor? Inicia sesión",
            "Contenido exclusivo para suscriptores",
            "Suscríbete por 1 € al mes",
            "Esta noticia es exclusiva para suscriptores",
            "Hazte Premium por 1€ al mes",
            "Ver oferta",
        ),
        (
            "Suscribirse a varias plataformas cuesta más de 40 euros al mes, según la OCU.",
            "Ya eres suscriptor de algo sin saberlo si usas estas apps, advierten expertos.",
        ),
    ),
    _r(
        "es.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Newsletter', 'Suscríbete a nuestra newsletter').",
        r"(?:newsletter|boletín(?: diario| semanal)?|(?:suscríbete|apúntate|regístrate) a "
        r"(?:nuestra|la) newsletter|suscríbete a(?:l| nuestro) boletín|recibe (?:nuestra|la) "
        r"newsletter|newsletter de \S+(?: \S+)?|apúntate)" + _END
        # the box's pitch: 'Recibe cada mañana en tu correo las noticias más importantes de Zaragoza.'
        + r"|recibe (?:cada (?:mañana|día|semana|tarde|noche) |gratis )?en tu (?:correo|email|e-mail|bandeja de entrada)\b[^!?]{0,120}$",
        ("Newsletter", "Suscríbete a nuestra newsletter", "Boletín diario", "Newsletter de HERALDO", "Apúntate",
         "Recibe cada mañana en tu correo las noticias más importantes de Zaragoza y de Aragón."),
        (
            "Boletín Oficial del Estado publicó ayer la nueva ley.",
            "Newsletter y redes sociales ganan peso en la estrategia del partido.",
        ),
    ),
    _r(
        "es.consent.cookie_notice",
        O,
        "Cookie banners open with 'Utilizamos cookies' or 'Este sitio web utiliza cookies'.",
        r"(?:(?:utilizamos|usamos) cookies|este sitio (?:web )?(?:utiliza|usa) cookies|esta web "
        r"(?:utiliza|usa) cookies|nosotros y nuestros socios)",
        (
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Este sitio web utiliza cookies para ofrecerle una mejor experiencia.",
        ),
        (
            "Utilizamos cocinas de leña, explica la dueña del restaurante.",
            "Este sitio arqueológico fue descubierto en 1998.",
        ),
        max_chars=600,
    ),
    _r(
        "es.consent.buttons",
        O,
        "Buttons of a consent dialog ('Aceptar todas', 'Configurar cookies').",
        r"(?:aceptar(?: todas| todo| y cerrar| y continuar| cookies)?|rechazar(?: todas| todo)?|"
        r"configurar(?: cookies)?|configuración de cookies|gestionar (?:cookies|preferencias)|"
        r"política de cookies)$",
        ("Aceptar todas", "Configurar cookies", "Rechazar"),
        (
            "Aceptar la derrota no es fácil, admitió el entrenador.",
            "Rechazar la oferta fue un error, según los analistas.",
        ),
    ),
    _r(
        "es.comment.section",
        C,
        "Comment section headings and prompts ('Comentarios', 'Deja tu comentario').",
        _COUNT
        + r"(?:comentarios?|(?:deja|escribe) (?:tu|un) comentario|ver (?:los )?comentarios|"
        r"añadir comentario|comenta|comentar|los comentarios están cerrados|cancelar (?:la )?respuesta|"
        r"(?:deja|escribe) (?:tu|un) comentario cancelar (?:la )?respuesta|correo electrónico\s*\*|nombre\s*\*|web)"
        + _COUNT_AFTER + _END
        # WordPress: 'N comentarios en «<title>»', and the comment form's notice
        + r"|(?:un|\d{1,4}) (?:comentarios?|respuestas?|pensamientos?) (?:en|a|sobre) [«“\"]"
        r"|tu (?:dirección de )?correo electrónico no será publicad[oa]",
        ("Comentarios", "Deja tu comentario", "Comentarios (4)", "3 comentarios", "Deja un comentario Cancelar la respuesta",
         "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "Correo electrónico *"),
        (
            "Comentarios racistas en el estadio: la liga abre una investigación.",
            "Comentar la sentencia no corresponde al Gobierno, dijo la portavoz.",
        ),
    ),
    _r(
        "es.popular.most_read",
        R,
        "'Lo más leído' and similar headings open a list of popular stories.",
        r"(?:lo más (?:leído|visto|compartido|comentado)|(?:las |los |noticias )?más leíd[oa]s|"
        r"tendencias|lo último|últimas noticias(?: de \p{L}+(?: \p{L}+)?)?)\s*:?$",
        ("Lo más leído", "Las más leídas", "Tendencias", "Últimas Noticias", "Últimas noticias de Sociedad"),
        (
            "Lo más leído en la biblioteca municipal fueron las novelas policiacas.",
            "Tendencias de consumo cambian tras la pandemia, según un informe.",
        ),
    ),
    _r(
        "es.author.byline",
        B,
        "'Por <Nombre>' alone on its line names the author.",
        _byline("Por", "y"),
        ("Por Juan Pérez", "Por María José García y Luis Fernández", "Por Ana Ruiz, Madrid"),
        (
            "Por ello, el Gobierno decidió aplazar la votación.",
            "Por Madrid pasa la mayor parte del tráfico aéreo del país.",
        ),
        case_sensitive=True,
    ),
    _r(
        "es.author.box",
        O,
        "Author boxes ('Sobre el autor', 'Más artículos de la autora') sit after the body.",
        r"(?:sobre (?:el autor|la autora)|acerca (?:del autor|de la autora)|más (?:artículos|"
        r"noticias) (?:del autor|de la autora|de este autor))\s*:?$",
        ("Sobre el autor", "Más artículos del autor", "Acerca de la autora:"),
        (
            "Sobre el autor del disparo no se conocen más datos.",
            "Más artículos del autor serán publicados en la próxima edición de la revista.",
        ),
        closes=True,
    ),
    _r(
        "es.copyright.rights",
        CR,
        "Rights notices ('Todos los derechos reservados', 'Prohibida su reproducción').",
        r"(?:todos los derechos reservados|(?:queda )?prohibida (?:su|la) reproducción)",
        ("Todos los derechos reservados.", "Prohibida su reproducción total o parcial"),
        (
            "Todos los derechos de los trabajadores serán respetados, afirmó la ministra.",
            "Prohibida la entrada de camiones en el centro a partir de mayo.",
        ),
    ),
    _r(
        "es.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Inicio'.",
        r"(?:inicio|portada|ir al contenido|saltar al contenido|volver arriba|volver al inicio|"
        r"ir arriba|menú|buscar|buscador|aviso legal|política de privacidad|contacto|"
        rf"mapa del sitio|quiénes somos|hemeroteca)$|(?:inicio|portada){_CRUMB}",
        ("Portada", "Aviso legal", "Inicio > Deportes > Fútbol"),
        (
            "Inicio de curso: los colegios reciben a ocho millones de alumnos.",
            "Buscar trabajo en verano se ha vuelto más difícil, según un estudio.",
        ),
    ),
    _r(
        "es.pagination.pages",
        PAG,
        "Page counters and paging links ('Página 2 de 4', 'Siguiente', 'Cargar más').",
        r"(?:página \d+ (?:de|/) \d+|página (?:siguiente|anterior)|siguiente|anterior|"
        r"cargar más(?: noticias)?|ver más(?: noticias)?)$",
        ("Página 2 de 4", "Siguiente", "Cargar más"),
        (
            "Siguiente paso: el Congreso votará la ley en junio.",
            "Anterior a la pandemia, la tasa de paro era del 14 %.",
        ),
    ),
]

PORTUGUESE = [
    _r(
        "pt.related.read_also",
        R,
        "'Leia também:', 'Veja também' and kin introduce links to other stories.",
        r"(?:leia (?:também|mais|ainda)|ler (?:mais|também)|veja (?:também|mais)|ver também|"
        r"saiba mais|confira também|(?:você )?(?:também )?pode (?:gostar|te interessar)|"
        r"notícias relacionadas|matérias relacionadas|artigos relacionados|relacionad[ao]s|"
        r"mais sobre|recomendamos)" + _LEAD,
        (
            "Leia também: Governo anuncia novo programa de habitação",
            "Veja também",
            "LEIA MAIS: Inflação desacelera em outubro",
            "Saiba mais:",
            "Você pode gostar...",
            "Recomendamos",
        ),
        (
            "Leia também o relatório completo, disponível no site do tribunal.",
            "Saiba mais sobre a vacina nos postos de saúde, orienta a prefeitura.",
        ),
    ),
    _r(
        "pt.ad.label",
        A,
        "'Publicidade' or 'Continua após a publicidade' alone on a line marks an ad slot.",
        rf"{_ALONE}(?:publicidade|anúncio|conteúdo (?:patrocinado|de marca)|patrocinado|"
        rf"publieditorial|continua (?:depois|após) (?:da |a )?publicidade){_ALONE}$"
        # Observador's: 'PUB • CONTINUE A LER A SEGUIR'
        r"|pub(?:\s*[•·|-]\s*continue a ler a seguir)?$",
        ("Publicidade", "CONTINUA DEPOIS DA PUBLICIDADE", "Continua após a publicidade", "PUB • CONTINUE A LER A SEGUIR"),
        (
            "Publicidade infantil será proibida em horário nobre, decide o conselho.",
            "Anúncio do ministro sobre o salário mínimo fica para sexta-feira.",
        ),
    ),
    _r(
        "pt.share.buttons",
        S,
        "Share and print buttons ('Compartilhe', 'Compartilhar no WhatsApp', 'Copiar link').",
        r"(?:compartilhe(?: (?:esta|essa) notícia| este artigo)?|compartilhar(?: n[oa] [\w-]+| "
        r"por e-?mail)?|partilh(?:ar|e)|enviar por e-?mail|imprimir|copiar (?:o )?link|"
        r"link copiado|endereço da página|guardar|oferecer artigo|ofereça este artigo)$",
        ("Compartilhe", "Compartilhar no WhatsApp", "Copiar link", "Partilhar", "Endereço da página", "Oferecer artigo", "Ofereça este artigo"),
        (
            "Compartilhar senhas de streaming pode custar mais caro a partir de julho.",
            "Imprimir documentos em casa ficou mais barato, diz a pesquisa.",
        ),
    ),
    _r(
        "pt.subscribe.paywall",
        SUB,
        "Paywall prompts ('Assine', 'Já é assinante?', 'Conteúdo exclusivo para assinantes').",
        r"(?:assine(?: já| agora)?|seja assinante|torne-se assinante|assinar|subscrever)" + _END
        + r"|já é assinante\s*\?|(?:conteúdo|matéria|reportagem) exclusiv[ao] para assinantes"
        r"|(?:recurso |conteúdo )?exclusivo para assinantes|salvar (?:artigos|para ler depois)$"
        # Público: 'Este artigo é exclusivo para assinantes', 'Assine já e tenha acesso ilimitado ...', 'Apoie o jornalismo de qualidade'
        r"|(?:este|esta) (?:artigo|conteúdo|reportagem|notícia) é exclusiv[ao] para assinantes|assine já e tenha acesso\b"
        r"|apoie o jornalismo(?: de qualidade)?$",
        (
            "Assine já",
            "Já é assinante? Faça login",
            "Conteúdo exclusivo para assinantes",
            "Recurso exclusivo para assinantes",
            "Seja assinante",
            "Este artigo é exclusivo para assinantes",
            "Apoie o jornalismo de qualidade",
        ),
        (
            "Assine o abaixo-assinado quem quiser, disse o vereador ao deixar a sessão.",
            "Assinar contratos sem ler é um erro comum, alertam advogados.",
        ),
    ),
    _r(
        "pt.subscribe.channel",
        SUB,
        "The call to follow the paper's channel, often behind an emoji: '✅ Clique aqui para seguir o canal do g1 "
        "Zona da Mata no WhatsApp', '📲 Participe do canal do g1 RS no WhatsApp'.",
        r"(?:\p{So}\s*)?(?:clique aqui (?:e|para) )?(?:siga o|seguir o|participe do|entre no) canal d[oa] [^.!?]{1,60}? no "
        r"(?:whatsapp|telegram)\b",
        (
            "✅ Clique aqui para seguir o canal do g1 Zona da Mata no WhatsApp",
            "📲 Participe do canal do g1 RS no WhatsApp",
            "Siga o canal do Estadão no WhatsApp",
        ),
        (
            "Participe do debate sobre o canal do Panamá no auditório da universidade.",
            "O canal do rio transbordou no domingo, segundo a Defesa Civil.",
        ),
        requires=("whatsapp", "telegram"),
    ),
    _r(
        "pt.widget.more_from_region",
        O,
        "The closing pointers of regional portals: 'VÍDEOS: veja tudo sobre a Zona da Mata', 'Veja mais notícias "
        "da região no g1 Zona da Mata.'.",
        r"vídeos\s*:\s*[^.!?]{3,80}$|veja mais notícias d[aoe] [^.!?]{2,40} (?:no|em) [^.!?]{2,40}\.?$",
        (
            "VÍDEOS: veja tudo sobre a Zona da Mata e Campo das Vertentes",
            "VÍDEOS: mais assistidos do g1 RS",
            "Veja mais notícias da região no g1 Zona da Mata.",
        ),
        (
            "Vídeos: os registros feitos pelos moradores mostram a água subindo. A Defesa Civil confirmou.",
            "Veja mais notícias sobre o caso, pediu o delegado aos jornalistas.",
        ),
    ),
    _r(
        "pt.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Newsletter', 'Receba nossa newsletter').",
        r"(?:newsletter(?: [\p{L} ]{1,30})?|(?:receba|assine) (?:a |nossa )newsletter|(?:inscreva-se|cadastre-se) "
        r"(?:na|em nossa) newsletter|receba as notícias (?:do dia )?no seu e-?mail|cadastrar|inscrever-se|inscreva-se)" + _END
        + r"|receba no seu e-?mail (?:as|os) (?:principais|melhores|últim[ao]s)\b",
        ("Newsletter", "Receba nossa newsletter", "Cadastre-se em nossa newsletter", "Newsletter São Paulo",
         "Receba no seu e-mail as principais notícias da cidade e do Estado", "Cadastrar"),
        (
            "Newsletter semanal do banco central passa a ser publicada às segundas.",
            "Receba a newsletter do clube quem for sócio, informou a diretoria.",
        ),
    ),
    _r(
        "pt.consent.cookie_notice",
        O,
        "Cookie banners open with 'Usamos cookies' or 'Este site utiliza cookies'.",
        r"(?:(?:nós )?(?:usamos|utilizamos) cookies|este (?:site|portal) (?:usa|utiliza) cookies|"
        r"ao continuar (?:navegando|a navegar))",
        (
            "Utilizamos cookies para melhorar a sua experiência de navegação.",
            "Este site usa cookies e dados pessoais de acordo com a nossa política.",
        ),
        (
            "Utilizamos todos os recursos disponíveis, afirmou o secretário de saúde.",
            "Este site arqueológico recebe milhares de turistas por ano.",
        ),
        max_chars=600,
    ),
    _r(
        "pt.consent.buttons",
        O,
        "Buttons of a consent dialog ('Aceitar todos', 'Gerenciar cookies', 'Entendi').",
        r"(?:aceitar(?: todos| cookies| e fechar)?|aceito|concordo|rejeitar(?: todos)?|"
        r"gerenciar (?:cookies|preferências)|configurações de cookies|política de cookies|"
        r"entendi)$",
        ("Aceitar todos", "Gerenciar cookies", "Entendi"),
        (
            "Aceitar a derrota faz parte do esporte, disse o técnico.",
            "Concordo com o ministro, afirmou o deputado na sessão.",
        ),
    ),
    _r(
        "pt.comment.section",
        C,
        "Comment section headings and prompts ('Comentários', 'Deixe seu comentário').",
        _COUNT
        + r"(?:comentários?|(?:deixe|escreva) (?:seu|um) comentário|ver comentários|comente|"
        r"comentar|os comentários estão fechados)" + _COUNT_AFTER + _END,
        ("Comentários", "Deixe seu comentário", "12 comentários"),
        (
            "Comentários ofensivos nas redes levaram à abertura de inquérito.",
            "Comentar decisões judiciais não cabe ao governo, disse a ministra.",
        ),
    ),
    _r(
        "pt.popular.most_read",
        R,
        "'Mais lidas' and similar headings open a list of popular stories.",
        r"(?:(?:as |os )?mais (?:lid[ao]s|vist[ao]s|compartilhad[ao]s|populares)|em alta|"
        # (a section's latest under the article: 'Mais Cotidiano')
        r"últimas notícias|mais (?:cotidiano|brasil|mundo|economia|esporte|política|notícias|saúde|tecnologia))\s*:?$",
        ("Mais lidas", "Os mais vistos", "Últimas notícias"),
        (
            "Mais lidas do que nunca, as revistas digitais atraem anunciantes.",
            "Em alta desde janeiro, o dólar voltou a subir nesta terça-feira.",
        ),
    ),
    _r(
        "pt.author.byline",
        B,
        "'Por <Nome>' alone on its line names the author.",
        _byline("Por", "e"),
        ("Por João Silva", "Por Ana Paula dos Santos e Pedro Costa", "Por Rita Lopes, Lisboa"),
        (
            "Por isso, o governo decidiu adiar a votação.",
            "Por Brasília passam as principais decisões do país.",
        ),
        case_sensitive=True,
    ),
    _r(
        "pt.author.outlet",
        B,
        "CNN Brasil names the writers, then the outlet and the place, with no 'Por': 'A e B, da CNN, em Ribeirão Preto (SP)'.",
        rf"{_PERSON}(?:(?:,| e) {_PERSON})*, d[ao] CNN(?: Brasil)?(?:, (?:em|de) \p{{Lu}}[\p{{L}} .-]{{1,40}}(?: \(\p{{Lu}}{{2}}\))?)?$",
        ("Mariana Toledo e Caio Rezende, da CNN, em Ribeirão Preto (SP)", "Caio Rezende, da CNN"),
        ("A polícia informou, da CNN, que o caso segue em investigação.", "Reportagem da CNN mostrou o incêndio."),
        requires=("cnn",),
        case_sensitive=True,
    ),
    _r(
        "pt.author.box",
        O,
        "Author boxes ('Sobre o autor', 'Mais artigos do autor') sit after the body.",
        r"(?:sobre (?:o autor|a autora)|mais (?:artigos|textos|colunas) d(?:o|a|este|esta) "
        r"autora?)\s*:?$",
        ("Sobre o autor", "Mais artigos do autor", "Sobre a autora:"),
        (
            "Sobre o autor do crime a polícia ainda não tem pistas.",
            "Sobre a autora do livro pouco se sabe, segundo a editora.",
        ),
        closes=True,
    ),
    _r(
        "pt.copyright.rights",
        CR,
        "Rights notices ('Todos os direitos reservados', 'É proibida a reprodução').",
        r"(?:todos os direitos reservados|(?:é )?proibida a reprodução|direitos reservados)",
        ("Todos os direitos reservados.", "É proibida a reprodução deste conteúdo"),
        (
            "Todos os direitos dos consumidores devem ser respeitados, diz o Procon.",
            "Proibida a venda de bebidas nas praias durante o feriado.",
        ),
    ),
    _r(
        "pt.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Início'.",
        r"(?:início|página inicial|ir para o conteúdo|pular para o conteúdo|voltar ao topo|topo|"
        r"menu|buscar|busca|pesquisar|fale conosco|contato|expediente|política de privacidade|"
        rf"termos de uso|quem somos|mapa do site)$|(?:início|home){_CRUMB}",
        ("Início", "Fale conosco", "Início > Economia > Mercado"),
        (
            "Início das aulas foi adiado para março em três estados.",
            "Busca por desaparecidos continua nesta quarta-feira.",
        ),
    ),
    _r(
        "pt.pagination.pages",
        PAG,
        "Page counters and paging links ('Página 2 de 3', 'Próxima', 'Carregar mais').",
        r"(?:página \d+ (?:de|/) \d+|próxima página|página anterior|próxima|anterior|"
        r"carregar mais(?: notícias)?|ver mais(?: notícias)?|mais notícias)$",
        ("Página 2 de 3", "Próxima", "Carregar mais"),
        (
            "Próxima etapa do concurso será realizada em dezembro.",
            "Anterior ao acordo, a tarifa era de 25 %.",
        ),
    ),
]

ITALIAN = [
    _r(
        "it.subscribe.channel",
        SUB,
        "The call to follow the paper's channel: 'Corriere della Sera è anche su WhatsApp. È sufficiente cliccare qui ...'.",
        r"[^.!?]{0,60}\bè anche su (?:whatsapp|telegram)\.\s*(?:è sufficiente cliccare|clicca|iscriviti)",
        ("Corriere della Sera è anche su WhatsApp. È sufficiente cliccare qui per iscriversi al canale.",
         "Il Giornale è anche su Telegram. Iscriviti al canale."),
        ("Il sindaco è anche su WhatsApp ogni sera, raccontano i residenti del quartiere.", "La notizia è anche su tutti i giornali."),
        requires=("anche su whatsapp", "anche su telegram"),
    ),
    _r(
        "it.related.read_also",
        R,
        "'Leggi anche:', 'Potrebbe interessarti' and kin introduce links to other stories.",
        # (Il Post sets a dash before it: '– Leggi anche: <headline>')
        r"(?:[-–—]\s?)?\(?(?:leggi (?:anche|pure|di più)(?: su)?|(?:ti )?potrebbe(?:ro)? interessarti(?: anche)?|ti potrebbe(?:ro)? interessare|"
        r"articoli correlati|notizie correlate|correlati|ti consigliamo|(?:vedi|guarda) anche|"
        r"approfondisci|approfondimenti|per approfondire|sullo stesso (?:argomento|tema)|altri articoli)" + _LEAD,
        (
            "Leggi anche: Il governo approva la manovra", "Per approfondire",
            "(Leggi anche su: Il nuovo ponte apre a giugno –FOTO)",
            "LEGGI ANCHE -> Sciopero dei treni venerdì",
            "– Leggi anche: Perché sugli Appennini nevica sempre meno",
            "Potrebbe interessarti", "Ti potrebbe interessare",
            "Articoli correlati",
        ),
        (
            "Leggi anche i commenti dei lettori il sindaco, che ha risposto punto per punto.",
            "Approfondimenti sul caso saranno pubblicati domani dalla procura.",
        ),
    ),
    _r(
        "it.ad.label",
        A,
        "'Pubblicità' or 'Contenuto sponsorizzato' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:pubblicità|annuncio|contenuto (?:sponsorizzato|a pagamento)|"
        rf"sponsorizzato|pubbliredazionale|brand connect){_ALONE}$",
        ("Pubblicità", "- PUBBLICITÀ -", "Contenuto sponsorizzato", "Brand connect"),
        (
            "Pubblicità ingannevole: multa da un milione all'operatore telefonico.",
            "Annuncio a sorpresa del premier durante la conferenza stampa.",
        ),
    ),
    _r(
        "it.share.buttons",
        S,
        "Share, embed and print buttons ('Condividi', 'Condividi su Facebook', 'Copia link', 'Ottieni il codice embed').",
        r"(?:condividi(?: su [\w-]+| l'articolo| questo articolo| via e-?mail)?|invia per "
        r"e-?mail|stampa(?: l'articolo)?|copia (?:il )?link|link copiato|ottieni il codice embed)$",
        ("Condividi", "Ottieni il codice embed", "Condividi su WhatsApp", "Copia link", "Stampa"),
        (
            "Condividi le tue foto con noi, scrive il comune sulla sua pagina.",
            "Stampa estera: il caso finisce sui giornali inglesi.",
        ),
    ),
    _r(
        "it.subscribe.paywall",
        SUB,
        "Paywall prompts ('Abbonati', 'Sei già abbonato?', 'Articolo riservato agli abbonati').",
        r"(?:abbonati(?: ora| subito| adesso)?|diventa abbonato|abbonarsi)" + _END
        + r"|(?:sei )?già abbonat[oa]\s*\?|(?:questo )?(?:articolo|contenuto) (?:è )?riservato "
        r"agli abbonati|riservato agli abbonati|abbonati a [\p{L} ]{2,40}$|(?:abbonati a )?\d+(?:,\d+)?\s?€ al mese per \d+ mesi$"
        # the premium box's label alone: 'Rep:' (Repubblica)
        r"|rep:$"
        # the fundraising box's call: 'Sostieni ilfattoquotidiano.it: mai come in questo momento abbiamo bisogno di te.'
        r"|sostieni [\w.]{3,40}\s*:[^!?]{0,120}$",
        (
            "Abbonati a Corriere della Sera", "Sostieni ilfattoquotidiano.it: mai come in questo momento abbiamo bisogno di te.",
            "1 € al mese per 3 mesi",
            "Abbonati a 1€ al mese per 3 mesi",
            "Rep:",
            "Abbonati",
            "Sei già abbonato? Accedi",
            "Questo articolo è riservato agli abbonati",
            "Abbonati ora!",
        ),
        (
            "Abbonati al servizio idrico riceveranno un rimborso entro marzo.",
            "Già abbonati alla pay tv, molti utenti hanno disdetto il contratto.",
        ),
    ),
    _r(
        "it.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Newsletter', 'Iscriviti alla newsletter').",
        r"(?:newsletter|iscriviti(?: alla (?:nostra )?newsletter)?|ricevi la (?:nostra )?"
        r"newsletter)" + _END,
        ("Newsletter", "Iscriviti alla newsletter", "Ricevi la nostra newsletter"),
        (
            "Newsletter e podcast sono i prodotti più apprezzati dai lettori.",
            "Iscriviti entro venerdì se vuoi partecipare, ricorda l'università.",
        ),
    ),
    _r(
        "it.consent.cookie_notice",
        O,
        "Cookie banners open with 'Utilizziamo i cookie' or 'Questo sito utilizza cookie'.",
        r"(?:utilizziamo (?:i )?cookie|questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie|noi e "
        r"(?:i nostri )?(?:partner|terze parti) selezionat[ie])",
        (
            "Utilizziamo i cookie per migliorare la tua esperienza di navigazione.",
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili.",
        ),
        (
            "Utilizziamo tutte le risorse disponibili, ha detto il prefetto.",
            "Questo sito archeologico è stato scoperto nel 1998.",
        ),
        max_chars=600,
    ),
    _r(
        "it.consent.buttons",
        O,
        "Buttons of a consent dialog ('Accetta tutto', 'Continua senza accettare').",
        r"(?:accetta(?: tutto| tutti| e chiudi| i cookie)?|rifiuta(?: tutto| tutti)?|continua "
        r"senza accettare|gestisci (?:le )?preferenze|impostazioni (?:dei )?cookie|cookie policy|"
        r"informativa (?:sui )?cookie|personalizza)$",
        ("Accetta tutto", "Continua senza accettare", "Rifiuta"),
        (
            "Accetta la sconfitta con sportività, ha detto il tecnico.",
            "Rifiuta ogni accusa l'ex assessore, sentito ieri dai magistrati.",
        ),
    ),
    _r(
        "it.comment.section",
        C,
        "Comment section headings and prompts ('Commenti', 'Lascia un commento').",
        _COUNT
        + r"(?:commenti|commento|commenta|(?:lascia|scrivi) un commento|mostra (?:i )?commenti|"
        r"(?:i )?commenti (?:sono )?chiusi)" + _COUNT_AFTER + _END,
        ("Commenti", "Lascia un commento", "5 commenti"),
        (
            "Commenti negativi sono arrivati anche dall'opposizione.",
            "Commenta così il risultato l'allenatore, soddisfatto della squadra.",
        ),
    ),
    _r(
        "it.popular.most_read",
        R,
        "'I più letti' and similar headings open a list of popular stories.",
        r"(?:(?:i |le )?più (?:lett[ie]|vist[ie]|condivis[ie]|popolari)|tendenze|in evidenza|"
        r"ultime notizie(?: d[ai] \p{L}[\p{L}']*(?: \p{L}[\p{L}']*){0,2})?|ultim'ora)\s*:?$",
        ("I più letti", "Più lette", "Ultim'ora", "Ultime notizie di Esteri"),
        (
            "I più letti tra gli autori italiani saranno al salone del libro.",
            "In evidenza il calo delle nascite, secondo il rapporto Istat.",
        ),
    ),
    _r(
        "it.widget.video_label",
        O,
        "'Guarda il video' over an embedded clip's title and its length.",
        r"guarda il video$",
        ("Guarda il video", "GUARDA IL VIDEO"),
        ("Guarda il video della conferenza stampa, ha detto il sindaco.", "Il video è stato girato ieri."),
    ),
    _r(
        "it.author.byline",
        B,
        "'di <Nome>' or 'A cura di <Nome>' alone on its line names the author, and so does a correspondent's or an envoy's credit: "
        "'dalla nostra corrispondente <Nome>', 'dal nostro inviato <Nome>'.",
        _byline("(?:[Dd]i|[Aa] cura di|(?:[Dd]al(?:la)? )?(?:[Nn]ostr[oa] )?(?:corrispondente|inviat[oa]))", "e"),
        ("di Mario Rossi", "Di Giulia Bianchi e Luca Verdi", "di Chiara Romano, Milano", "dalla nostra corrispondente Anna Ferri",
         "dal nostro inviato Marco Galli", "A cura di Valeria Esposito"),
        (
            "Di recente, il governo ha approvato un nuovo decreto.",
            "di Maio ha detto che la maggioranza è compatta.",
        ),
        case_sensitive=True,
    ),
    _r(
        "it.author.box",
        O,
        "Author boxes ('L'autore', 'Altri articoli dell'autore') sit after the body.",
        r"(?:sull'autore|l'autore|l'autrice|chi è l'autore|altri articoli (?:dell'autore|"
        r"dell'autrice|di questo autore))\s*:?$",
        ("L'autore", "Altri articoli dell'autore", "Sull'autore:"),
        (
            "L'autore della rapina è stato arrestato ieri sera.",
            "L'autrice del romanzo sarà ospite del festival.",
        ),
        closes=True,
    ),
    _r(
        "it.copyright.rights",
        CR,
        "Rights notices ('Riproduzione riservata', 'Tutti i diritti riservati').",
        r"(?:©\s*)?(?:riproduzione riservata|tutti i diritti riservati|diritti riservati)"
        # (the company's VAT number first: 'P.I. 00777910159 © Copyright Il Sole 24 Ore Tutti i diritti riservati')
        r"|p\.\s?i(?:va)?\.?\s*(?:it)?\d{11}\b.{0,80}(?:©|copyright|diritti riservati)",
        ("RIPRODUZIONE RISERVATA ©", "Tutti i diritti riservati.", "P.I. 00777910159 © Copyright Il Sole 24 Ore Tutti i diritti riservati",
         "P. IVA IT00123456789 - © Copyright Gazzetta - Tutti i diritti riservati"),
        (
            "Riproduzione in cattività degli orsi: il progetto del parco.",
            "Tutti i diritti dei lavoratori vanno tutelati, ha detto il ministro.",
        ),
    ),
    _r(
        "it.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Home'.",
        r"(?:homepage|home page|vai al contenuto|salta al contenuto|torna su|torna all'inizio|"
        rf"menu|cerca|ricerca|contatti|chi siamo|note legali|mappa del sito|vedi tutt[ie](?: [il]\w*)?(?: \w+)?)$|home{_CRUMB}",
        ("Torna su", "Chi siamo", "Home > Cronaca > Roma", "Vedi tutti i video"),
        (
            "Cerca casa da due anni senza successo, racconta la studentessa.",
            "Ricerca: l'Italia investe meno della media europea.",
        ),
    ),
    _r(
        "it.pagination.pages",
        PAG,
        "Page counters and paging links ('Pagina 2 di 4', 'Successivo', 'Carica altri').",
        r"(?:pagina \d+ (?:di|/) \d+|pagina (?:successiva|precedente)|successiv[oa]|precedente|"
        r"carica altri(?: articoli)?|mostra altri|vedi altri|altre notizie)$",
        ("Pagina 2 di 4", "Successivo", "Carica altri articoli"),
        (
            "Successivo l'incontro con i sindacati, previsto per giovedì.",
            "Precedente pericoloso, secondo i giuristi, la sentenza di ieri.",
        ),
    ),
]

DUTCH = [
    _r(
        "nl.related.premium_badge",
        R,
        "The paywalled story's badge alone on its line before its title in a link list ('Lees ook' / 'Premium' / <title>, AD).",
        r"premium$",
        ("Premium", "PREMIUM"),
        ("Premium benzine is duurder geworden.", "Premiumleden krijgen korting op de kaartjes."),
    ),
    _r(
        "nl.date.short_year",
        Label.DATE,
        "Stamps with a two-digit year apart by hyphens, which the general date rule does not screen for: "
        "'07-10-25, 14:32', 'Aangepast 07-10-25, 16:05' (NU.nl).",
        r"(?:(?:aangepast|bijgewerkt|gepubliceerd)\s*:?\s*)?\d{1,2}-\d{1,2}-\d{2},?\s+\d{1,2}[:.]\d{2}$",
        ("07-10-25, 14:32", "Aangepast 07-10-25, 16:05"),
        ("07-10-25, 14:32 begon de vergadering.", "Score 3-1-0, 12:30 gespeeld"),
    ),
    _r(
        "nl.widget.video_player",
        O,
        "A video player's own text between paragraphs ('Video afspelen', 'Bekijk de video').",
        r"(?:video afspelen|speel (?:de )?video af|bekijk (?:hier )?de video|video laden(?:\.\.\.|…)?)$",
        ("Video afspelen", "Bekijk de video"),
        ("Bekijk de video die de politie vrijgaf, zei de burgemeester.", "Video afspelen mag alleen met toestemming van de ouders."),
    ),
    _r(
        "nl.subscribe.news_tip",
        SUB,
        "The newsroom's call for tips under a story ('Heb jij een tip of opmerking over dit verhaal? Mail ons ...').",
        r"heb (?:je|jij|u) een (?:tip|nieuwstip|vraag)(?: of (?:een )?(?:opmerking|vraag))?(?: over dit (?:verhaal|artikel|onderwerp))?\s*\?"
        r"|tips? voor de redactie\s*[?:]",
        ("Heb jij een tip of opmerking over dit verhaal? Mail ons via tip@example.nl of stuur een WhatsApp.", "Tips voor de redactie?"),
        ("Heb je een tip voor de vakantie, vroeg de presentator.", "Tips voor de redactie van het jaarverslag kwamen te laat."),
        max_chars=300,
    ),
    _r(
        "nl.related.read_also",
        R,
        "'Lees ook:', 'Meer over dit onderwerp' and kin introduce links to other stories.",
        r"(?:lees (?:ook|meer|verder)|meer over dit onderwerp|bekijk ook|zie ook|gerelateerde "
        r"artikelen|gerelateerd|ook interessant|(?:dit vind je )?misschien ook interessant|"
        r"meer (?:laatste )?nieuws|meer (?:binnenland|buitenland|economie|politiek|sport|cultuur|wetenschap|opinie|tech)|verder lezen)" + _LEAD,
        (
            "Lees ook: Kabinet wil minder vluchten op Schiphol",
            "Meer over dit onderwerp",
            "Gerelateerde artikelen",
        ),
        (
            "Lees ook de verklaring van de burgemeester, die dinsdag werd gepubliceerd.",
            "Meer nieuws over de plannen wordt volgende week bekendgemaakt.",
        ),
    ),
    _r(
        "nl.ad.label",
        A,
        "'Advertentie' or 'Gesponsord' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:advertentie|reclame|gesponsord(?:e inhoud)?|partnercontent){_ALONE}$",
        ("Advertentie", "ADVERTENTIE", "Gesponsorde inhoud"),
        (
            "Advertentie in de krant kost ondernemers steeds meer.",
            "Reclame voor gokken wordt vanaf juli verboden.",
        ),
    ),
    _r(
        "nl.share.buttons",
        S,
        "Share, gift and print buttons ('Delen', 'Deel dit artikel', 'Geef dit artikel cadeau', 'Link kopiëren').",
        r"(?:delen(?: via [\w-]+)?|deel(?: dit)? (?:artikel|bericht)|deel(?: via [\w-]+)?|artikel delen|afdrukken|"
        r"printen|kopieer link|link kopiëren|link gekopieerd|geef (?:dit|het) artikel cadeau)$",
        ("Delen", "Deel dit artikel", "Geef dit artikel cadeau", "Delen via WhatsApp", "Link kopiëren", "Deel artikel", "Deel via e-mail"),
        (
            "Delen van de stad zijn zonder stroom komen te zitten.",
            "Deel van de opbrengst gaat naar het goede doel.",
        ),
    ),
    _r(
        "nl.subscribe.paywall",
        SUB,
        "Paywall prompts ('Neem een abonnement', 'Al abonnee?', 'Alleen voor abonnees').",
        r"(?:(?:neem|word) (?:een )?(?:abonnement|abonnee)|abonneer(?: je)?|abonneren)"
        r"(?: nu)?(?: en lees verder)?" + _END
        + r"|(?:ben je )?al abonnee\s*\?|dit (?:artikel|verhaal|stuk) is (?:alleen |exclusief )?"
        r"voor abonnees|log in (?:om|en) verder te lezen",
        (
            "Word abonnee",
            "Al abonnee? Log in",
            "Dit artikel is exclusief voor abonnees.",
            "Neem een abonnement en lees verder",
        ),
        (
            "Abonneren op de krant wordt duurder vanaf januari, meldt de uitgever.",
            "Al abonnee sinds 1980 en nog altijd tevreden, zegt de lezer.",
        ),
    ),
    _r(
        "nl.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Nieuwsbrief', 'Meld je aan voor onze nieuwsbrief').",
        r"(?:nieuwsbrief|(?:meld je aan|schrijf je in|abonneer je) (?:voor|op) (?:de|onze) "
        r"nieuwsbrief|ontvang (?:de|onze) nieuwsbrief|aanmelden nieuwsbrief|aanmelden|inschrijven)" + _END,
        ("Nieuwsbrief", "Meld je aan voor onze nieuwsbrief", "Ontvang onze nieuwsbrief!", "Aanmelden"),
        (
            "Nieuwsbrief van de gemeente meldt de nieuwe ophaaldagen.",
            "Meld je aan voor de nieuwsbrief als je op de hoogte wilt blijven, zegt de club.",
        ),
    ),
    _r(
        "nl.consent.cookie_notice",
        O,
        "Cookie banners open with 'Wij gebruiken cookies' or 'Deze website gebruikt cookies'.",
        r"(?:w[ie]j? gebruiken cookies|we gebruiken cookies|deze (?:website|site) (?:gebruikt|"
        r"maakt gebruik van) cookies|wij en onze partners)",
        (
            "Wij gebruiken cookies om de website goed te laten werken.",
            "Deze website maakt gebruik van cookies.",
        ),
        (
            "Wij gebruiken het geld voor nieuwe speeltuinen, aldus de wethouder.",
            "Deze website is vorig jaar vernieuwd, zegt de woordvoerder.",
        ),
        max_chars=600,
    ),
    _r(
        "nl.consent.buttons",
        O,
        "Buttons of a consent dialog ('Alles accepteren', 'Akkoord', 'Instellingen aanpassen').",
        r"(?:(?:alles |cookies )?accepteren|akkoord|ik ga akkoord|(?:alles )?weigeren|"
        r"instellingen aanpassen|cookie-?instellingen|cookiebeleid)$",
        ("Alles accepteren", "Akkoord", "Instellingen aanpassen"),
        (
            "Akkoord over de begroting is nog niet in zicht.",
            "Weigeren kan volgens de rechter niet zomaar.",
        ),
    ),
    _r(
        "nl.comment.section",
        C,
        "Comment section headings and prompts ('Reacties', 'Plaats een reactie').",
        _COUNT
        + r"(?:reacties?|reageer|reageren|(?:plaats|schrijf) een reactie|bekijk (?:de )?reacties|"
        r"reacties gesloten|reageren is niet (?:meer )?mogelijk)" + _COUNT_AFTER + _END,
        ("Reacties", "Plaats een reactie", "12 reacties"),
        (
            "Reacties van omwonenden waren overwegend positief.",
            "Reageren op de kritiek wilde de minister niet.",
        ),
    ),
    _r(
        "nl.popular.most_read",
        R,
        "'Meest gelezen' and similar headings open a list of popular stories.",
        r"(?:meest (?:gelezen|bekeken|gedeeld)|meestgelezen|best gelezen|populair|net binnen|(?:geselecteerd|gekozen) door de redactie)"
        r"\s*:?$",
        ("Meest gelezen", "Populair", "Net binnen", "Geselecteerd door de redactie"),
        (
            "Meest gelezen boek van het jaar werd een thriller.",
            "Populair blijft de fiets, blijkt uit cijfers van het CBS.",
        ),
    ),
    _r(
        "nl.author.byline",
        B,
        "'Door <Naam>' alone on its line names the author.",
        _byline("(?:[Gg]eschreven |[Gg]eplaatst )?[Dd]oor", "en"),
        ("Door Jan de Vries", "Door Sanne Jansen en Pieter van der Berg", "door Eva Smit, Utrecht",
         "Geschreven door Femke van der Linden en Joris Verhoeven"),
        (
            "Door de regen is de wedstrijd afgelast.",
            "Door Mark Rutte zelf werd het plan gepresenteerd.",
        ),
        case_sensitive=True,
    ),
    _r(
        "nl.author.box",
        O,
        "Author boxes ('Over de auteur', 'Meer van deze auteur') sit after the body.",
        r"(?:over de (?:auteur|schrijver)|meer van (?:deze )?(?:auteur|journalist))\s*:?$",
        ("Over de auteur", "Meer van deze auteur"),
        (
            "Over de auteur van de brief is weinig bekend.",
            "Over de schrijver verscheen vorig jaar een biografie.",
        ),
        closes=True,
    ),
    _r(
        "nl.copyright.rights",
        CR,
        "Rights notices ('Alle rechten voorbehouden').",
        r"(?:alle rechten voorbehouden|auteursrecht(?:en)? voorbehouden)",
        ("Alle rechten voorbehouden.", "Auteursrecht voorbehouden"),
        (
            "Alle rechten van huurders blijven gelden, benadrukt de minister.",
            "Alle rechtenstudenten krijgen een extra tentamenkans.",
        ),
    ),
    _r(
        "nl.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Home'.",
        r"(?:startpagina|(?:ga )?naar de inhoud|direct naar (?:de )?inhoud|(?:terug )?naar boven|"
        rf"menu|zoeken|zoek|contact|colofon|privacybeleid|over ons|sitemap)$|home{_CRUMB}",
        ("Naar boven", "Colofon", "Home > Binnenland"),
        (
            "Zoeken naar de vermiste man is gestaakt.",
            "Contact met de ontvoerders is er nog niet.",
        ),
    ),
    _r(
        "nl.pagination.pages",
        PAG,
        "Page counters and paging links ('Pagina 2 van 3', 'Volgende', 'Meer laden').",
        r"(?:pagina \d+ (?:van|/) \d+|(?:volgende|vorige) pagina|volgende|vorige|meer laden|"
        r"laad meer|toon meer|meer artikelen)$",
        ("Pagina 2 van 3", "Volgende", "Meer laden"),
        (
            "Volgende week beslist de rechter over de zaak.",
            "Vorige maand steeg de inflatie licht.",
        ),
    ),
]

# "plików cookie", "cookies", "ciasteczek", "ciasteczka" ...
_PL_COOKIE = r"(?:(?:plików |pliki )?cookie|ciasteczk|ciasteczek)"

POLISH = [
    _r(
        "pl.widget.home_promo",
        O,
        "The site's pointer to its home page under the lead: 'Więcej ważnych informacji znajdziesz na stronie głównej Onetu'.",
        r"więcej (?:ważnych |najnowszych )?informacji znajdziesz na stronie głównej\b",
        ("Więcej ważnych informacji znajdziesz na stronie głównej Onetu", "Więcej informacji znajdziesz na stronie głównej serwisu"),
        ("Więcej informacji znajdziesz w raporcie ministerstwa.", "Więcej ważnych informacji przekazał wojewoda na konferencji."),
    ),
    _r(
        "pl.related.read_also",
        R,
        "'Czytaj też:', 'Zobacz także:' and kin introduce links to other stories.",
        r"(?:czytaj (?:też|także|również|więcej|dalej)|przeczytaj (?:też|także|również)|"
        r"zobacz (?:też|także|również)|polecamy|powiązane(?: artykuły| tematy)?|podobne "
        r"artykuły|więcej na ten temat|może cię (?:też |także )?zainteresować|warto przeczytać|"
        r"inne artykuły|wybrane dla (?:ciebie|was)|polecane|pozostałe wiadomości|(?:pozostałe|więcej) (?:wiadomości|informacji) z regionu)" + _LEAD
        # (TVN24 marks a link between paragraphs with '>> ': '>> Kraków wyda 60 mln zł na ścieżki rowerowe')
        + r"|>>\s?(?=\p{Lu})",
        (
            "Czytaj też: Rząd przyjął projekt budżetu", "Pozostałe wiadomości", ">> Kraków wyda 60 mln zł na ścieżki rowerowe. Lista inwestycji",
            "Wybrane dla Ciebie",
            "ZOBACZ TAKŻE:",
            "Polecamy",
            "Więcej na ten temat",
        ),
        (
            "Czytaj też uważnie ulotkę, radzą farmaceuci.",
            "Zobacz także, jak zmieniły się ceny mieszkań w tym roku.",
            "Polecamy wszystkim mieszkańcom ostrożność, apeluje policja.",
        ),
    ),
    _r(
        "pl.ad.label",
        A,
        "'Reklama' or 'Artykuł sponsorowany' alone on a line marks an advertisement slot, and so does "
        "'Dalsza część artykułu pod materiałem wideo' (the article goes on below the video ad).",
        rf"{_ALONE}(?:reklama|(?:artykuł|materiał) sponsorowany|materiał partnera|treść "
        rf"sponsorowana|sponsorowane|(?:dalsza część artykułu|dalszy ciąg (?:artykułu|materiału)) pod (?:materiałem wideo|reklamą|wideo)){_ALONE}$",
        ("Reklama", "REKLAMA", "Artykuł sponsorowany", "Dalsza część artykułu pod materiałem wideo", "Dalszy ciąg materiału pod wideo"),
        (
            "Reklama alkoholu w telewizji ma zostać zakazana.",
            "Materiał sponsorowany przez ministerstwo budzi kontrowersje.",
        ),
    ),
    _r(
        "pl.share.buttons",
        S,
        "Share and print buttons ('Udostępnij', 'Podziel się', 'Kopiuj link').",
        r"(?:udostępnij(?: artykuł| na [\w-]+)?|podziel się(?: artykułem)?|wyślij(?: e-?mailem)?|"
        r"drukuj|(?:s?kopiuj) link|link skopiowany)$",
        ("Udostępnij", "Podziel się", "Kopiuj link", "Udostępnij na Facebooku"),
        (
            "Udostępnij dane tylko zaufanym firmom, radzi urząd.",
            "Drukuj bilety w domu, zachęca przewoźnik w komunikacie.",
        ),
    ),
    _r(
        "pl.subscribe.paywall",
        SUB,
        "Paywall prompts ('Wykup subskrypcję', 'Masz już konto?', 'Tylko dla prenumeratorów').",
        r"(?:(?:wykup|kup|zamów) (?:prenumeratę|subskrypcję|dostęp)|zaprenumeruj|subskrybuj)"
        r"(?: teraz| już dziś)?" + _END
        + r"|masz już (?:prenumeratę|subskrypcję|konto)\s*\?|(?:ten )?(?:artykuł|tekst|materiał) "
        r"(?:jest )?dostępny (?:tylko )?dla (?:prenumeratorów|subskrybentów)"
        # the thanks under the article and the call to follow it (Interia)
        + r"|dziękujemy, że przeczytał[\p{L}/]*\s[^!?]{0,60}$|(?:bądź na bieżąco!?\s*)?obserwuj nas w (?:wiadomościach google|google news)\.?$",
        (
            "Wykup subskrypcję", "Dziękujemy, że przeczytałaś/eś nasz artykuł do końca.",
            "Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.",
            "Masz już konto? Zaloguj się",
            "Ten artykuł jest dostępny tylko dla prenumeratorów.",
        ),
        (
            "Subskrybuj kanał, jeśli chcesz, mówił youtuber w nagraniu.",
            "Masz już prenumeratę gazety od lat, więc nic się dla ciebie nie zmieni.",
        ),
    ),
    _r(
        "pl.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Newsletter', 'Zapisz się do newslettera').",
        r"(?:newsletter|zapisz się(?: (?:do|na) (?:naszego )?newsletter(?:a)?)?|zamów newsletter|"
        r"otrzymuj newsletter)" + _END
        # the box's pitch: 'Najważniejsze wiadomości z miasta codziennie rano w twojej skrzynce.'
        + r"|[^!?]{0,100}\bw (?:twojej|swojej) skrzynce(?: (?:mailowej|e-?mail))?\s*[.!]?$",
        ("Newsletter", "Zapisz się do newslettera", "Zapisz się na newsletter!", "Zapisz się",
         "Najważniejsze wiadomości z miasta codziennie rano w twojej skrzynce."),
        (
            "Newsletter ministerstwa ukazuje się raz w tygodniu.",
            "Zapisz się do newslettera, jeśli chcesz dostawać powiadomienia, radzi bank.",
        ),
        requires=("newsletter", "zapisz", "zamów", "otrzymuj", "skrzyn"),
    ),
    _r(
        "pl.consent.cookie_notice",
        O,
        "Cookie banners open with 'Używamy plików cookie' or 'Ta strona korzysta z cookies'.",
        r"(?:(?:ta )?(?:strona|witryna|serwis) (?:korzysta z|używa|wykorzystuje) " + _PL_COOKIE
        + r"|(?:używamy|korzystamy z|wykorzystujemy) " + _PL_COOKIE + r"|my i nasi partnerzy)",
        (
            "Używamy plików cookie, aby zapewnić najlepszą jakość usług.",
            "Ta strona korzysta z ciasteczek, więcej w polityce prywatności.",
        ),
        (
            "Używamy nowych metod leczenia, mówi ordynator szpitala.",
            "Ta strona sporu nie zgadza się z wyrokiem sądu.",
        ),
        max_chars=600,
    ),
    _r(
        "pl.consent.buttons",
        O,
        "Buttons of a consent dialog ('Akceptuję', 'Przejdź do serwisu', 'Odrzuć wszystkie').",
        r"(?:akceptuję|(?:za)?akceptuj(?: wszystkie)?|przejdź do serwisu|odrzuć(?: wszystkie)?|"
        r"ustawienia(?: plików)? cookie|zgadzam się|polityka (?:prywatności|cookies))$",
        ("Akceptuję", "Przejdź do serwisu", "Odrzuć wszystkie"),
        (
            "Akceptuję tę decyzję, choć się z nią nie zgadzam, powiedział minister.",
            "Zgadzam się z premierem w tej sprawie, dodała posłanka.",
        ),
    ),
    _r(
        "pl.comment.section",
        C,
        "Comment section headings and prompts ('Komentarze', 'Dodaj komentarz').",
        _COUNT
        + r"(?:komentarze|komentarz|skomentuj|(?:dodaj|napisz) komentarz|(?:zobacz|pokaż) "
        r"komentarze|komentarze zostały wyłączone)" + _COUNT_AFTER + _END,
        ("Komentarze", "Dodaj komentarz", "Komentarze (12)"),
        (
            "Komentarze polityków po wyroku były podzielone.",
            "Skomentuj to, prosili dziennikarze, ale rzecznik odmówił.",
        ),
    ),
    _r(
        "pl.popular.most_read",
        R,
        "'Najczęściej czytane' and similar headings open a list of popular stories.",
        r"(?:najczęściej (?:czytane|komentowane)|najchętniej czytane|najpopularniejsze|"
        r"popularne|najnowsze)\s*:?$",
        ("Najczęściej czytane", "Najpopularniejsze", "Najnowsze"),
        (
            "Najczęściej czytane książki to kryminały, wynika z raportu.",
            "Najpopularniejsze kierunki studiów to informatyka i psychologia.",
        ),
    ),
    _r(
        "pl.author.byline",
        B,
        "'Autor: <Imię Nazwisko>' alone on its line names the author.",
        # (TVN24 names both forms and adds the editor's initials: 'Autorka/Autor: Magdalena Krzyżanowska/gp')
        _byline(r"(?:Autorka/Autor|Autor|Autorka|Autorzy|AUTOR|Opracowanie|Oprac\.|oprac\.|opracowanie):?", "i", place=False)[:-1]
        + r"(?:/\p{Ll}{1,4})?$",
        ("Autor: Jan Kowalski", "Autorka: Anna Nowak", "Autorzy: Piotr Wiśniewski i Ewa Zielińska", "oprac. Oliwia Sadowska",
         "Autorka/Autor: Magdalena Krzyżanowska/gp"),
        (
            "Autor książki spotka się z czytelnikami w sobotę.",
            "Autorzy badania podkreślają, że próba była niewielka.",
        ),
        case_sensitive=True,
    ),
    _r(
        "pl.author.role",
        O,
        "The writer's role under the name in an author card: 'Dziennikarz Onetu', 'Redaktorka naczelna'.",
        r"(?:Dziennikar(?:z|ka)|Reporter(?:ka)?|Redaktor(?:ka)?(?: naczeln[ya]| prowadząc[ya])?|Publicyst(?:a|ka)|Korespondent(?:ka)?)"
        r"(?: \p{Lu}[\p{L}.]+){0,2}$",
        ("Dziennikarz Onetu", "Redaktorka naczelna"),
        ("Dziennikarz zapytał ministra o budżet.", "Reporterka Onetu rozmawiała z mieszkańcami"),
        case_sensitive=True,
    ),
    _r(
        "pl.author.box",
        O,
        "Author boxes ('O autorze', 'Więcej artykułów tego autora') sit after the body.",
        r"(?:o autorze|o autorce|więcej artykułów (?:tego autora|tej autorki)|wszystkie "
        r"artykuły autora)\s*:?$",
        ("O autorze", "Więcej artykułów tego autora"),
        (
            "O autorze listu wiadomo niewiele.",
            "O autorce powieści mówi się od lat.",
        ),
        closes=True,
    ),
    _r(
        "pl.copyright.rights",
        CR,
        "Rights notices ('Wszelkie prawa zastrzeżone').",
        r"(?:wszelkie prawa zastrzeżone|wszystkie prawa zastrzeżone|prawa autorskie zastrzeżone)",
        ("Wszelkie prawa zastrzeżone.", "Wszystkie prawa zastrzeżone"),
        (
            "Wszelkie prawa pacjentów muszą być przestrzegane, mówi rzecznik.",
            "Wszystkie prawa wyborcze przysługują obywatelom od 18. roku życia.",
        ),
    ),
    _r(
        "pl.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Strona główna'.",
        r"(?:strona główna|przejdź do (?:treści|zawartości)|wróć na górę|do góry|menu|szukaj|"
        r"wyszukaj|kontakt|regulamin|polityka prywatności|o nas|mapa strony|redakcja)$"
        rf"|strona główna{_CRUMB}",
        ("Strona główna", "Regulamin", "Strona główna > Kraj > Polityka"),
        (
            "Szukaj pomocy u lekarza, radzą specjaliści.",
            "Kontakt z zaginionym urwał się w piątek.",
        ),
    ),
    _r(
        "pl.pagination.pages",
        PAG,
        "Page counters and paging links ('Strona 2 z 5', 'Następna', 'Pokaż więcej').",
        r"(?:strona \d+ (?:z|/) \d+|(?:następna|poprzednia) strona|następn[ay]|poprzedni[a]?|"
        r"załaduj więcej|pokaż więcej|więcej artykułów|zobacz więcej)$",
        ("Strona 2 z 5", "Następna", "Pokaż więcej"),
        (
            "Następna sesja rady odbędzie się w czwartek.",
            "Poprzedni rząd nie zdążył przyjąć ustawy.",
        ),
    ),
]

SWEDISH = [
    _r(
        "sv.related.read_also",
        R,
        "'Läs också:', 'Läs mer:' and kin introduce links to other stories.",
        r"(?:läs (?:också|även|mer)|relaterat|relaterade artiklar|mer om ämnet|fler artiklar|"
        r"du kanske också (?:gillar|är intresserad av)|rekommenderat|se också)" + _LEAD,
        (
            "Läs också: Regeringen vill sänka skatten på bensin",
            "LÄS MER:",
            "Relaterat",
            "Mer om ämnet",
        ),
        (
            "Läs mer om hur du ansöker på kommunens webbplats, uppmanar myndigheten.",
            "Läs också villkoren noga innan du skriver på, råder Konsumentverket.",
        ),
    ),
    _r(
        "sv.ad.label",
        A,
        "'Annons' or 'Sponsrat innehåll' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:annons|reklam|annonsörsinnehåll|sponsrat(?: innehåll)?){_ALONE}$",
        ("Annons", "ANNONS", "Sponsrat innehåll"),
        (
            "Annons i tidningen kostar mer än tidigare.",
            "Reklam för spel ska begränsas, enligt regeringen.",
        ),
    ),
    _r(
        "sv.share.buttons",
        S,
        "Share and print buttons ('Dela', 'Dela artikeln', 'Kopiera länk').",
        r"(?:dela(?: artikeln| på [\w-]+| via (?:e-?post|mejl))?|mejla|skriv ut|"
        r"kopiera länk(?:en)?|"
        r"länken kopierad)$",
        ("Dela", "Dela artikeln", "Kopiera länk", "Dela på Facebook"),
        (
            "Dela ut matkassar gör föreningen varje fredag.",
            "Skriv ut blanketten och skicka den till Skatteverket, uppmanar myndigheten.",
        ),
    ),
    _r(
        "sv.subscribe.paywall",
        SUB,
        "Paywall prompts ('Bli prenumerant', 'Redan prenumerant?', 'För prenumeranter').",
        r"(?:(?:bli|teckna) (?:prenumerant|prenumeration)|prenumerera(?: nu)?)" + _END
        + r"|(?:är du )?redan prenumerant\s*\?|(?:den här|denna) artikel(?:n)? är (?:endast )?"
        r"för (?:prenumeranter|premiumkunder)|logga in för att läsa vidare",
        (
            "Bli prenumerant",
            "Redan prenumerant? Logga in",
            "Den här artikeln är endast för prenumeranter.",
        ),
        (
            "Prenumerera på tidningen gör allt färre unga, visar en ny undersökning.",
            "Redan prenumerant sedan 1970 är pensionären trogen sin lokaltidning.",
        ),
    ),
    _r(
        "sv.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Nyhetsbrev', 'Prenumerera på vårt nyhetsbrev').",
        r"(?:nyhetsbrev(?:et)?|(?:prenumerera på|anmäl dig till|få|skriv upp dig på) (?:vårt )?"
        r"nyhetsbrev(?:et)?)" + _END,
        ("Nyhetsbrev", "Prenumerera på vårt nyhetsbrev", "Anmäl dig till nyhetsbrevet!"),
        (
            "Nyhetsbrev från kommunen skickas ut varje månad.",
            "Prenumerera på vårt nyhetsbrev om du vill, skriver föreningen i ett utskick.",
        ),
    ),
    _r(
        "sv.consent.cookie_notice",
        O,
        "Cookie banners open with 'Vi använder cookies' or 'Den här webbplatsen använder cookies'.",
        r"(?:vi använder (?:cookies|kakor)|(?:den här|denna) (?:webbplats(?:en)?|sajt(?:en)?|"
        r"sida(?:n)?) använder (?:cookies|kakor)|vi och våra partner)",
        (
            "Vi använder cookies för att ge dig en bättre upplevelse.",
            "Den här webbplatsen använder kakor.",
        ),
        (
            "Vi använder pengarna till nya förskolor, säger kommunalrådet.",
            "Den här webbplatsen lanserades redan 1996, berättar grundaren.",
        ),
        max_chars=600,
    ),
    _r(
        "sv.consent.buttons",
        O,
        "Buttons of a consent dialog ('Godkänn alla', 'Acceptera', 'Hantera inställningar').",
        r"(?:godkänn(?: alla)?(?: cookies)?|acceptera(?: alla)?(?: cookies)?|neka(?: alla)?|"
        r"avvisa alla|hantera (?:cookies|inställningar)|cookieinställningar|jag godkänner)$",
        ("Godkänn alla", "Acceptera", "Hantera inställningar"),
        (
            "Acceptera beslutet är det enda vi kan göra, säger ordföranden.",
            "Godkänn avtalet eller strejka, kräver facket.",
        ),
    ),
    _r(
        "sv.comment.section",
        C,
        "Comment section headings and prompts ('Kommentarer', 'Skriv en kommentar').",
        _COUNT
        + r"(?:kommentarer|kommentar|kommentera|skriv en kommentar|visa kommentarer|"
        r"kommentarsfältet är stängt)" + _COUNT_AFTER + _END,
        ("Kommentarer", "Skriv en kommentar", "14 kommentarer"),
        (
            "Kommentarer från oppositionen lät inte vänta på sig.",
            "Kommentera beslutet ville inte ministern.",
        ),
    ),
    _r(
        "sv.popular.most_read",
        R,
        "'Mest lästa' and similar headings open a list of popular stories.",
        r"(?:mest (?:lästa|läst|delade|kommenterade)|populärt|senaste nytt|senaste nyheterna)"
        r"\s*:?$",
        ("Mest lästa", "Senaste nytt", "Populärt"),
        (
            "Mest lästa boken på biblioteket var en deckare.",
            "Senaste nytt från förhandlingarna väntas i kväll.",
        ),
    ),
    _r(
        "sv.author.byline",
        B,
        "'Av <Namn>' alone on its line names the author.",
        _byline("Av", "och"),
        ("Av Anna Svensson", "Av Erik Johansson och Maria Lindqvist", "Av Karin Berg, Göteborg"),
        (
            "Av de tillfrågade svarade hälften nej.",
            "Av Magdalena Andersson själv kom inget svar.",
        ),
        case_sensitive=True,
    ),
    _r(
        "sv.author.box",
        O,
        "Author boxes ('Om skribenten', 'Mer från skribenten') sit after the body.",
        r"(?:om (?:skribenten|författaren)|mer från (?:skribenten|författaren))\s*:?$",
        ("Om skribenten", "Mer från författaren"),
        (
            "Om skribenten vet polisen ännu ingenting.",
            "Om författaren har det skrivits flera biografier.",
        ),
        closes=True,
    ),
    _r(
        "sv.copyright.rights",
        CR,
        "Rights notices ('Alla rättigheter förbehållna', 'Eftertryck förbjudet').",
        r"(?:alla rättigheter förbehållna|eftertryck (?:utan tillstånd )?förbjudes?|"
        r"eftertryck förbjudet)",
        ("Alla rättigheter förbehållna.", "Eftertryck förbjudet"),
        (
            "Alla rättigheter som anställda har ska gälla även i fortsättningen.",
            "Alla rättighetshavare har nu fått ersättning.",
        ),
    ),
    _r(
        "sv.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Start'.",
        r"(?:startsida|(?:hoppa|gå) till innehållet|till innehållet|(?:tillbaka )?till toppen|"
        r"meny|sök|kontakt|om oss|integritetspolicy|tipsa oss|tipsa redaktionen)$"
        rf"|(?:start|hem){_CRUMB}",
        ("Till toppen", "Tipsa oss", "Start > Nyheter > Sverige"),
        (
            "Sök hjälp i tid, uppmanar vårdcentralen.",
            "Kontakt med de försvunna har ännu inte etablerats.",
        ),
    ),
    _r(
        "sv.pagination.pages",
        PAG,
        "Page counters and paging links ('Sida 2 av 4', 'Nästa', 'Visa fler').",
        r"(?:sida \d+ (?:av|/) \d+|(?:nästa|föregående) sida|nästa|föregående|visa fler|"
        r"ladda fler|fler nyheter|läs hela artikeln|fortsätt läsa)$",
        ("Sida 2 av 4", "Nästa", "Visa fler", "Läs hela artikeln"),
        (
            "Nästa vecka avgörs frågan i riksdagen.",
            "Föregående år var inflationen betydligt högre.",
        ),
    ),
]

# A Turkish line may start with the dotted capital İ, which folds to an ASCII "i": words that
# begin with "i" are written "[iİ]..." so that rule sets dispatching on the first character find
# them under both spellings.
TURKISH = [
    _r(
        "tr.widget.continue",
        O,
        "'Haberin Devamı', the button that goes on with the story below an ad, between its paragraphs.",
        r"haberin devamı\s*[»›>]?$",
        ("Haberin Devamı", "HABERİN DEVAMI"),
        ("Haberin devamı yarın yayımlanacak, dedi editör.", "Haberin devamında bakanın açıklamasına yer verildi."),
    ),
    _r(
        "tr.related.read_also",
        R,
        "'İlgili Haberler', 'İlginizi çekebilir' and kin introduce links to other stories.",
        r"(?:[iİ]lgili haber(?:ler)?|(?:bunlar da )?[iİ]lginizi çekebilir|ayrıca okuyun|"
        r"bunu da okuyun|"
        r"benzer haberler|diğer haberler|daha fazla haber|önerilen haberler|okumaya devam et|devamını oku"
        r"|(?:gündem|ekonomi|dünya|spor|yaşam|politika|sağlık|teknoloji|magazin|son dakika) haberleri)" + _LEAD,
        (
            "İlgili Haberler",
            "İlginizi çekebilir: Merkez Bankası faiz kararını açıkladı",
            "Devamını oku",
            "Benzer haberler",
            "Daha Fazla Haber",
        ),
        (
            "İlgili haberler bakanlık tarafından yalanlandı, açıklamada şöyle denildi.",
            "Devamını okumak isteyenler için rapor internette yayımlandı.",
        ),
    ),
    _r(
        "tr.ad.label",
        A,
        "'Reklam' or 'Sponsorlu içerik' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:reklam|sponsorlu(?: içerik| haber)?|advertorial){_ALONE}$",
        ("Reklam", "REKLAM", "Sponsorlu içerik"),
        (
            "Reklam yasağı alkollü içecekleri de kapsıyor.",
            "Sponsorlu içerikler için yeni düzenleme yolda.",
        ),
    ),
    _r(
        "tr.share.buttons",
        S,
        "Share and print buttons ('Paylaş', 'Haberi paylaş', 'Linki kopyala').",
        r"(?:paylaş(?:ın)?|haberi paylaş|(?:facebook|twitter|x|linkedin)'(?:ta|te|da|de) paylaş|"
        r"whatsapp ile paylaş|yazdır|"
        r"(?:linki|bağlantıyı) kopyala|e-posta ile gönder)$",
        ("Paylaş", "Haberi paylaş", "Facebook'ta paylaş", "Linki kopyala"),
        (
            "Paylaşılan görüntüler kısa sürede gündem oldu.",
            "Yazdır komutu çalışmadığında yazıcıyı yeniden başlatın.",
        ),
    ),
    _r(
        "tr.subscribe.paywall",
        SUB,
        "Subscription prompts ('Abone ol', 'Zaten abone misiniz?', 'Abonelere özel').",
        r"(?:(?:hemen )?abone ol(?:un)?|üye ol|google news['’]?te (?:abone ol|takip et)(?:in)?)" + _END
        + r"|zaten abone misiniz\s*\?|(?:bu )?(?:içerik|haber|makale) (?:sadece |yalnızca )?"
        r"abonelere özel",
        ("Abone ol", "Zaten abone misiniz? Giriş yapın", "Bu içerik abonelere özeldir.", "Google News'te Abone Ol"),
        (
            "Abone olan vatandaşların sayısı geçen yıl iki katına çıktı.",
            "Üye olmak için başvurular pazartesi başlıyor.",
        ),
    ),
    _r(
        "tr.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('E-bülten', 'Bültenimize abone olun').",
        r"(?:e-?bülten|bülten|haber bülteni|günlük bülten|(?:e-?)?bültenimize (?:abone olun|kayıt "
        r"olun)|bültene abone ol)" + _END,
        ("E-bülten", "Bültenimize abone olun", "Günlük bülten"),
        (
            "Bülten yayınlandıktan sonra piyasalar hareketlendi.",
            "Haber bülteni saat 19.00'da ekranlarda olacak.",
        ),
    ),
    _r(
        "tr.consent.cookie_notice",
        O,
        "Cookie banners say 'Sitemizde çerezler kullanılmaktadır' or 'çerez kullanıyoruz'.",
        r"(?:sitemizde|bu (?:web )?sitede|bu (?:web )?sitesi|web sitemizde) (?:çerez|cookie)"
        r"|(?:size daha iyi (?:hizmet|deneyim) (?:sunabilmek|verebilmek) için )?çerez(?:ler)? "
        r"kullanıyoruz",
        (
            "Sitemizde çerezler kullanılmaktadır.",
            "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz.",
        ),
        (
            "Sitemizde yayımlanan haberler kaynak gösterilerek kullanılabilir.",
            "Çerez yasağı tartışması Avrupa Parlamentosu'nda sürüyor.",
        ),
        max_chars=600,
    ),
    _r(
        "tr.consent.buttons",
        O,
        "Buttons of a consent dialog ('Kabul et', 'Tümünü reddet', 'Çerez ayarları').",
        r"(?:(?:tümünü )?kabul et|kabul ediyorum|(?:tümünü )?reddet|çerez (?:ayarları|politikası)|"
        r"anladım|tamam)$",
        ("Kabul et", "Tümünü reddet", "Çerez ayarları"),
        (
            "Kabul etmek zorunda kaldık, dedi teknik direktör.",
            "Reddettiği teklifin ardından kulüp açıklama yaptı.",
        ),
    ),
    _r(
        "tr.comment.section",
        C,
        "Comment section headings and prompts ('Yorumlar', 'Yorum yap').",
        _COUNT
        + r"(?:yorumlar|yorum|yorum (?:yap|yaz)|yorumları (?:göster|gör)|tüm yorumlar|yorumlar "
        r"kapatıldı|[iİ]lk yorumu (?:siz )?yapın)" + _COUNT_AFTER + _END,
        ("Yorumlar", "Yorum yap", "Yorumlar (8)", "İlk yorumu siz yapın"),
        (
            "Yorumlar arasında eleştiriler öne çıktı.",
            "Yorum yapmaktan kaçınan bakan, soruları yanıtsız bıraktı.",
        ),
    ),
    _r(
        "tr.popular.most_read",
        R,
        "'En çok okunanlar' and similar headings open a list of popular stories; a list's 'Tümünü Gör' button "
        "leaves it open.",
        r"(?:en çok (?:okunan(?:lar| haberler)?|izlenenler|yorumlananlar)|çok okunanlar|"
        r"popüler haberler|öne çıkanlar|son dakika|tümünü gör)\s*:?$",
        ("En çok okunanlar", "Çok okunanlar", "SON DAKİKA", "Tümünü Gör"),
        (
            "En çok okunan kitaplar listesinde ilk sırada bir roman var.",
            "Son dakika gelişmesiyle toplantı ertelendi.",
        ),
    ),
    _r(
        "tr.related.section_list",
        R,
        "A section's or a city's list of stories under the article: 'Bursa Haberleri', 'Gündem Haberleri'.",
        r"(?-i:\p{Lu}[\p{L}'’]+ ){1,2}haberleri\s*:?$",
        ("Bursa Haberleri", "Spor Haberleri"),
        ("Bursa'da bugün hangi haberleri okudunuz", "Belediye bu haberleri yalanladı"),
        requires=("haberleri",),
    ),
    _r(
        "tr.author.byline",
        B,
        "'Haber: <Ad Soyad>' or 'Muhabir: <Ad Soyad>' alone on its line names the author.",
        _byline(r"(?:Haber|Muhabir|Yazar|HABER):?", "ve", place=False),
        ("Haber: Ahmet Yılmaz", "Muhabir: Elif Şahin", "Yazar: Mehmet Öz ve Ayşe Demir"),
        (
            "Haber ajansları olayı geç duyurdu.",
            "Yazar Orhan Pamuk yeni romanını tanıttı.",
        ),
        case_sensitive=True,
    ),
    _r(
        "tr.author.box",
        O,
        "Author boxes ('Yazarın diğer yazıları', 'Yazar hakkında') sit after the body.",
        r"(?:yazarın (?:diğer )?yazıları|yazar hakkında|tüm yazıları)\s*:?$",
        ("Yazarın diğer yazıları", "Yazar hakkında"),
        (
            "Yazarın diğer yazıları da mahkemede delil olarak sunuldu.",
            "Yazar hakkında soruşturma başlatıldı.",
        ),
        closes=True,
    ),
    _r(
        "tr.copyright.rights",
        CR,
        "Rights notices ('Tüm hakları saklıdır', 'İzinsiz kullanılamaz').",
        r"(?:(?:tüm|bütün) hakları saklıdır|her hakkı saklıdır|[iİ]zinsiz (?:ve kaynak "
        r"gösterilmeden )?(?:kullanılamaz|yayınlanamaz|alıntılanamaz))",
        (
            "Tüm hakları saklıdır.",
            "Her hakkı saklıdır",
            "İzinsiz ve kaynak gösterilmeden kullanılamaz.",
        ),
        (
            "Tüm hakları ellerinden alınan işçiler eylem yaptı.",
            "İzinsiz gösteri yapan grup dağıtıldı.",
        ),
    ),
    _r(
        "tr.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Anasayfa'.",
        r"(?:ana ?sayfa|[iİ]çeriğe (?:geç|atla)|yukarı çık|başa dön|menü|ara|arama|künye|"
        r"[iİ]letişim|"
        rf"gizlilik politikası|hakkımızda|kullanım koşulları|site haritası)$|ana ?sayfa{_CRUMB}",
        ("Anasayfa", "Künye", "İletişim", "Anasayfa > Gündem"),
        (
            "Arama çalışmaları sabaha kadar sürdü.",
            "İletişim kurulamayan dağcılar için ekip gönderildi.",
        ),
    ),
    _r(
        "tr.pagination.pages",
        PAG,
        "Page counters and paging links ('Sayfa 2 / 5', 'Sonraki', 'Daha fazla göster').",
        r"(?:sayfa \d+ ?/ ?\d+|(?:sonraki|önceki) sayfa|sonraki|önceki|daha fazla(?: haber)? "
        r"(?:yükle|göster)|devamı)$",
        ("Sayfa 2 / 5", "Sonraki", "Daha fazla göster"),
        (
            "Sonraki toplantı mart ayında yapılacak.",
            "Önceki hükümet döneminde yasa çıkarılamamıştı.",
        ),
    ),
]

MALAY = [
    _r(
        "ms.related.read_also",
        R,
        "'Baca juga:', 'Artikel berkaitan' and kin introduce links to other stories.",
        r"(?:baca (?:juga|lagi)|(?:artikel|berita|topik) berkait(?:an)?|berkaitan|artikel lain|"
        r"berita lain|anda mungkin juga (?:suka|berminat)|mungkin anda (?:juga )?berminat)"
        + _LEAD,
        (
            "Baca juga: Kerajaan umum bantuan tunai baharu",
            "Artikel berkaitan",
            "Berita Berkaitan:",
            "Anda mungkin juga berminat",
        ),
        (
            "Berkaitan dengan itu, kerajaan akan mengkaji semula dasar tersebut.",
            "Baca juga kenyataan penuh menteri di laman web rasmi kementerian.",
        ),
    ),
    _r(
        "ms.ad.label",
        A,
        "'Iklan' or 'Kandungan tajaan' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:iklan|tajaan|(?:kandungan|artikel) tajaan|advertorial){_ALONE}$",
        ("Iklan", "IKLAN", "Kandungan tajaan"),
        (
            "Iklan rokok diharamkan sepenuhnya mulai tahun depan.",
            "Tajaan syarikat itu membolehkan pasukan bertanding di luar negara.",
        ),
    ),
    _r(
        "ms.share.buttons",
        S,
        "Share and print buttons ('Kongsi', 'Kongsi artikel ini', 'Salin pautan').",
        r"(?:kongsi(?: artikel ini| berita ini| di [\w-]+)?|cetak|salin pautan|pautan disalin|"
        r"hantar e-?mel)$",
        ("Kongsi", "Kongsi artikel ini", "Salin pautan", "Kongsi di WhatsApp"),
        (
            "Kongsi pengalaman anda bersama kami, kata penganjur.",
            "Cetak rompak masih berleluasa di pasar malam.",
        ),
    ),
    _r(
        "ms.subscribe.paywall",
        SUB,
        "Subscription prompts ('Langgan sekarang', 'Sudah melanggan?').",
        r"(?:langgan(?: sekarang| kini)?|melanggan)" + _END
        + r"|sudah (?:melanggan|menjadi pelanggan)\s*\?|(?:artikel|kandungan) ini (?:hanya )?"
        r"untuk pelanggan|log masuk untuk (?:terus )?membaca",
        ("Langgan sekarang", "Sudah melanggan? Log masuk", "Artikel ini hanya untuk pelanggan."),
        (
            "Langgan air bersih menjadi isu utama penduduk di kampung itu.",
            "Melanggan perkhidmatan internet kini lebih murah, kata menteri.",
        ),
    ),
    _r(
        "ms.newsletter.signup",
        SUB,
        "Newsletter sign-up boxes ('Surat berita', 'Langgan buletin kami').",
        r"(?:surat berita|buletin|newsletter|langgan (?:surat berita|buletin|newsletter) kami|"
        r"daftar (?:untuk )?(?:surat berita|newsletter))" + _END,
        ("Surat berita", "Langgan buletin kami", "Buletin"),
        (
            "Buletin cuaca dikeluarkan setiap pagi oleh jabatan meteorologi.",
            "Surat berita sekolah itu diedarkan kepada ibu bapa.",
        ),
    ),
    _r(
        "ms.consent.cookie_notice",
        O,
        "Cookie banners open with 'Kami menggunakan kuki' or 'Laman web ini menggunakan kuki'.",
        r"(?:kami menggunakan (?:kuki|cookies?)|laman web ini menggunakan (?:kuki|cookies?)|"
        r"dengan (?:terus )?(?:melayari|menggunakan) laman (?:web )?ini)",
        (
            "Kami menggunakan kuki untuk meningkatkan pengalaman anda.",
            "Laman web ini menggunakan kuki.",
        ),
        (
            "Kami menggunakan dana itu untuk membaiki sekolah, kata pengetua.",
            "Laman web ini dilancarkan pada 2010 oleh kementerian.",
        ),
        max_chars=600,
    ),
    _r(
        "ms.consent.buttons",
        O,
        "Buttons of a consent dialog ('Terima semua', 'Tetapan kuki').",
        r"(?:terima(?: semua)?|saya setuju|setuju|tolak(?: semua)?|tetapan kuki|dasar kuki)$",
        ("Terima semua", "Saya setuju", "Tetapan kuki"),
        (
            "Terima kasih kepada semua sukarelawan, kata pengerusi.",
            "Tolak ansur amat penting dalam masyarakat majmuk.",
        ),
    ),
    _r(
        "ms.comment.section",
        C,
        "Comment section headings and prompts ('Komen', 'Tinggalkan komen').",
        _COUNT
        + r"(?:komen|ulasan|(?:tinggalkan|tulis) komen|lihat komen|komen anda|komen ditutup)"
        + _COUNT_AFTER + _END,
        ("Komen", "Tinggalkan komen", "12 komen"),
        (
            "Komen menteri itu mendapat kritikan hebat.",
            "Ulasan penuh laporan itu akan dibentangkan minggu depan.",
        ),
    ),
    _r(
        "ms.popular.most_read",
        R,
        "'Paling popular' and similar headings open a list of popular stories.",
        r"(?:paling (?:popular|dibaca|banyak dibaca)|popular|berita terkini|pilihan editor)"
        r"\s*:?$",
        ("Paling popular", "Berita terkini", "Pilihan editor"),
        (
            "Paling popular dalam kalangan pelancong ialah pulau itu.",
            "Berita terkini mengenai banjir akan disiarkan pada pukul lapan malam.",
        ),
    ),
    _r(
        "ms.author.byline",
        B,
        "'Oleh <Nama>' alone on its line names the author.",
        _byline("Oleh:?", "dan"),
        ("Oleh Ahmad Faizal", "Oleh: Siti Aminah binti Hassan", "Oleh Nurul Huda dan Lim Wei Ming"),
        (
            "Oleh itu, kerajaan akan menambah peruntukan.",
            "Oleh sebab hujan lebat, perlawanan ditangguhkan.",
        ),
        case_sensitive=True,
    ),
    _r(
        "ms.author.box",
        O,
        "Author boxes ('Tentang penulis', 'Lagi daripada penulis') sit after the body.",
        r"(?:tentang penulis|mengenai penulis|lagi daripada penulis|artikel lain oleh penulis)"
        r"\s*:?$",
        ("Tentang penulis", "Lagi daripada penulis"),
        (
            "Tentang penulis buku itu, tidak banyak yang diketahui.",
            "Mengenai penulis surat itu, polis masih menyiasat.",
        ),
        closes=True,
    ),
    _r(
        "ms.copyright.rights",
        CR,
        "Rights notices ('Hak cipta terpelihara', 'Semua hak terpelihara').",
        r"(?:hak ?cipta terpelihara|semua hak terpelihara)",
        ("Hak cipta terpelihara.", "Semua hak terpelihara"),
        (
            "Hak cipta lagu itu dijual kepada syarikat rakaman.",
            "Semua hak pekerja akan dilindungi, kata menteri.",
        ),
    ),
    _r(
        "ms.nav.links",
        NAV,
        "Site navigation and footer links alone on a line, and breadcrumbs from 'Utama'.",
        r"(?:laman utama|halaman utama|(?:langkau )?ke kandungan|(?:kembali )?ke atas|menu|cari|"
        r"terkini|"
        r"carian|hubungi kami|tentang kami|dasar privasi|terma (?:&|dan) syarat)$"
        rf"|(?:utama|laman utama){_CRUMB}",
        ("Laman utama", "Hubungi kami", "Terkini", "Utama > Berita > Nasional"),
        (
            "Cari rumah mampu milik semakin sukar di bandar besar.",
            "Carian mangsa diteruskan esok pagi.",
            "Terkini, pihak polis telah menahan dua suspek.",
        ),
    ),
    _r(
        "ms.pagination.pages",
        PAG,
        "Page counters and paging links ('Halaman 2 daripada 3', 'Seterusnya', 'Muat lagi').",
        r"(?:halaman \d+ (?:daripada|dari|/) \d+|halaman (?:seterusnya|sebelumnya)|seterusnya|"
        r"sebelumnya|muat lagi|lihat lagi|(?:klik di sini untuk )?(?:terus|teruskan) membaca|baca seterusnya)$",
        ("Klik di sini untuk terus membaca", "Halaman 2 daripada 3", "Seterusnya", "Muat lagi"),
        (
            "Seterusnya, mesyuarat akan diadakan di Putrajaya.",
            "Sebelumnya, beliau pernah berkhidmat sebagai guru.",
        ),
    ),
]

RUSSIAN = [
    _r(
        "ru.related.read_also",
        R,
        "'Читайте также', 'Смотрите также', 'По теме' and the headers of link lists ('Лента новостей', 'Главное').",
        r"(?:читайте (?:также|еще|ещё)|смотрите (?:также|еще|ещё)|см\. также|по теме|материалы по теме|(?:еще|ещё) по теме|"
        r"похожие (?:статьи|материалы|новости|записи)|лента новостей|главное|новости партн[её]ров|рекомендуем|"
        r"вам может быть интересно)" + _LEAD,
        ("Читайте также", "Читайте также: Москва откроет новые фонтанчики", "Лента новостей", "Главное", "Похожие статьи"),
        (
            "Читайте также инструкцию к прибору, советуют специалисты.",
            "Главное управление МЧС сообщило о пожаре в понедельник.",
        ),
    ),
    _r(
        "ru.popular.most_read",
        R,
        "Headers of most-read lists ('Популярное', 'Самое читаемое', 'Самое обсуждаемое').",
        r"(?:популярное|самое (?:читаемое|популярное|обсуждаемое|интересное)|топ новостей)" + _END,
        ("Популярное", "Самое читаемое", "Самое обсуждаемое"),
        ("Популярное кафе на набережной закрылось на ремонт.", "Самое читаемое издание города сменило владельца."),
    ),
    _r(
        "ru.ad.label",
        A,
        "'Реклама' alone on a line marks an advertisement slot.",
        rf"{_ALONE}(?:реклама|на правах рекламы|партн[её]рский материал){_ALONE}$",
        ("Реклама", "На правах рекламы"),
        ("Реклама алкоголя запрещена на телевидении с 2012 года.", "На правах рекламы выходят статьи, помеченные особым знаком."),
    ),
    _r(
        "ru.share.buttons",
        S,
        "Share buttons ('Поделиться', 'Поделиться в ВКонтакте', 'Скопировать ссылку').",
        r"(?:поделиться(?: в [\w-]+)?|скопировать ссылку|ссылка скопирована|вконтакте|одноклассники)$",
        ("Поделиться", "Поделиться в Telegram", "Скопировать ссылку"),
        ("Поделиться опытом с коллегами решили учителя из Казани.", "Скопировать ссылку на документ можно в личном кабинете."),
    ),
    _r(
        "ru.subscribe.channel",
        SUB,
        "Calls to follow the site's channels ('Подписывайтесь на наш канал в Telegram', 'Подписаться').",
        r"(?:подписывайтесь|подпишитесь|подписаться)(?:\s+на\s+(?:наш|наши|нас)\b[^.!?]{0,60})?[.!]?$",
        ("Подписаться", "Подписывайтесь на наш канал в Telegram", "Подпишитесь на нас в Дзене"),
        ("Подписаться на заём заставили пенсионерку мошенники, выяснила полиция.", "Подписаться под обращением успели более тысячи жителей."),
    ),
    _r(
        "ru.newsletter.signup",
        SUB,
        "Newsletter boxes ('Подпишитесь на рассылку', 'Рассылка новостей').",
        r"(?:подпишитесь на (?:нашу )?рассылку[^.!?]{0,40}|рассылка (?:новостей|редакции)|получайте (?:главные )?новости на почту[^.!?]{0,40})[.!:]?$",
        ("Подпишитесь на рассылку", "Рассылка новостей", "Получайте главные новости на почту"),
        ("Рассылка новостей о выборах велась с нарушениями, заявил ЦИК.", "Подпишитесь на рассылку, — предложил мошенник жертве по телефону, рассказал следователь."),
    ),
    _r(
        "ru.consent.cookies",
        O,
        "Cookie banners ('Мы используем файлы cookie', 'Принять').",
        r"(?:мы используем (?:файлы )?cookie|этот сайт использует (?:файлы )?cookie|продолжая (?:использовать|пользоваться) (?:сайт|сайтом))",
        ("Мы используем файлы cookie, чтобы сайт работал лучше.", "Продолжая пользоваться сайтом, вы соглашаетесь с условиями."),
        ("Мы используем новые технологии в сельском хозяйстве, сказал фермер.", "Этот сайт использовали мошенники для сбора данных."),
    ),
    _r(
        "ru.comment.section",
        C,
        "Comment counters and forms ('Обсудить', 'Комментарии (3)', 'Оставить комментарий').",
        rf"(?:обсудить|{_COUNT}комментари(?:и|ев|я|й){_COUNT_AFTER}|(?:оставить|добавить|написать) комментарий)$",
        ("Обсудить", "Комментарии (3)", "Оставить комментарий", "12 комментариев"),
        ("Комментарии эксперта опубликованы на сайте ведомства.", "Обсудить проект жители смогут на публичных слушаниях."),
    ),
    _r(
        "ru.author.byline",
        B,
        "'Автор: <Name>' and 'Текст: <Name>' bylines.",
        rf"(?:Автор|Текст|Корреспондент|АВТОР|ТЕКСТ)\s*:\s*{_PERSON}(?:\s*[·|,]\s*\d{{1,2}} \p{{Ll}}+ \d{{4}})?$",
        ("Автор: Анна Смирнова", "Текст: Игорь Петров", "Текст: Лида Буслаева · 11 октября 2018"),
        ("Автор проекта рассказал о планах на лето.", "Текст закона опубликован на портале правовой информации."),
        case_sensitive=True,
    ),
    _r(
        "ru.nav.links",
        NAV,
        "Menu and list buttons ('Вся лента', 'Все новости', 'Главная').",
        r"(?:вся лента|все новости|главная|подробнее|показать (?:еще|ещё)|загрузить (?:еще|ещё)|"
        r"о проекте|контакты|наверх)\s*[›»>]?$",
        ("Вся лента", "Главная", "Показать еще"),
        ("Главная задача города – сохранить парки, сказал мэр.", "Подробнее о проекте рассказали в мэрии."),
    ),
    _r(
        "ru.widget.media_buttons",
        O,
        "Buttons of a photo or video widget between paragraphs ('Перейти в медиабанк', 'Смотреть видео').",
        r"(?:перейти в медиабанк|(?:смотреть|открыть) (?:фото|видео|галерею|фотогалерею)|увеличить фото)\s*[›»>]?$",
        ("Перейти в медиабанк", "Смотреть видео", "Открыть галерею"),
        ("Смотреть видео с камер разрешили только следователям.", "Перейти в медиабанк агентства можно после регистрации."),
    ),
    _r(
        "ru.copyright.rights",
        CR,
        "Rights notices ('Все права защищены', 'Сетевое издание ... зарегистрировано').",
        r"(?:[^!?]{0,80}\bвсе права защищены|сетевое издание\b[^\n]{0,200}зарегистрировано)",
        ("© 2025 МИА «Россия сегодня». Все права защищены", "Все права защищены."),
        ("Все права на участок принадлежат городу, заявил суд.", "Сетевое издание закрылось после проверки."),
        requires=("все права защищены", "сетевое издание"),
    ),
]

RULES: list[Rule] = [
    *GERMAN,
    *FRENCH,
    *SPANISH,
    *PORTUGUESE,
    *ITALIAN,
    *DUTCH,
    *POLISH,
    *SWEDISH,
    *TURKISH,
    *MALAY,
    *RUSSIAN,
]
