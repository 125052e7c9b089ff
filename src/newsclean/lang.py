"""Cheap language identification from stop-word profiles, and stop-word density per line.

Function words ("the", "dan", "und", "que") make up a large share of running prose in every
language and almost none of a menu, so one table serves two purposes:

* `detect(text)` counts stop-word hits per language over the longer lines of a page and returns
  the language with the most hits, or None when there is too little evidence or no clear winner.
* `stop_ratio(line, lang)` is the share of a line's words that are stop words of `lang`: high for
  body prose (0.3-0.6), low for headlines, menus, tag lists and link titles.

Close pairs are told apart by the words they do not share: counts of shared words cancel out when
the two totals are compared, so Indonesian vs Malay is decided by "bahwa/karena/bisa/setelah"
against "bahawa/kerana/boleh/selepas" and by month and weekday names (`_MARKERS`, used only by
`detect`).
"""

from __future__ import annotations

from collections import Counter

import regex

__all__ = [
    "LANGUAGES",
    "STOPWORDS",
    "detect",
    "scores",
    "stop_count",
    "stop_ratio",
    "stopword_pattern",
]


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_MALAYIC = """
    yang dan di ke dari ini itu untuk dengan pada dalam tidak tak akan adalah oleh juga ada
    atau mereka kami kita saya ia dia anda telah sudah sebagai kepada tersebut lebih antara
    hanya masih sangat banyak tetapi namun jika kalau ketika sejak hingga sehingga seperti
    bagi serta setiap semua para pun lagi belum bukan dapat perlu mungkin kini sekarang pula
    turut sebelum tentang mengenai terhadap melalui menurut kemudian selain beberapa sebuah
    seorang satu dua tiga sendiri lain secara kata katanya berkata begitu bahkan yakni maka
    agar supaya walaupun meskipun sedang sama baru sekitar bila apabila apa siapa mana
    bagaimana mengapa kenapa sini sana pernah selalu lalu jadi sebab pihak demikian terdapat
    beliau daripada amat hendak
    sebanyak
"""

# Function words per language, lowercase, as they appear between spaces in running text. Words
# are matched as whitespace tokens, so an elided article stays attached to its noun ("l'homme")
# and is not counted; a few frequent elided function words are listed whole ("c'est", "qu'il").
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """
        the of and to a an in is it its that for was on with he as at by his her from be are
        this have has had not but or they which were been their she who will would there we
        you i said says more about after one can all also than when so up out if into what
        them no some other over could only our him these those do did does just may might
        because how being most any such where while between through during before under then
        both each should against since us my me your very own even much many well still here
        why off down again further too same nor until above below few whom whose without
        within among however although though yet whether upon per via like first two new
        now last told must shall its it's he's she's i'm don't didn't doesn't isn't wasn't
        can't won't also around across along already another every either neither off once
        onto rather several something nothing anything everyone later back
        """
    ),
    "de": _words(
        """
        der die das und in den von zu mit sich des auf für ist im dem nicht ein eine einer
        eines einem einen als auch es an werden aus er hat dass sie nach wird bei um am sind
        noch wie über so zum war haben nur oder aber vor zur bis mehr durch man sein seine
        seiner seinen seinem seines wurde sei ins kann wir ich unter gegen soll sollen sollte
        diese dieser dieses diesem diesen ihre ihr ihren ihrem ihrer ihres sowie wenn schon
        keine kein keinen keiner hatte hatten wurden worden waren wäre würde würden können
        könnte konnte muss müssen musste dann doch immer jetzt hier da dort also denn weil
        ob ohne zwischen seit während bereits etwa sehr rund heute jedoch allerdings dabei
        damit dazu davon darauf dafür daher deshalb laut gibt gab geht alle allen aller
        viele vielen was wer wo wieder vom beim uns mich mir ihm ihn ihnen selbst andere
        anderen anderer sondern sowohl weder nichts etwas jeder jede jedes jeden welche
        welcher welches wegen trotz statt gegenüber innerhalb außerdem zudem nun mal bisher
        zunächst derzeit sagte sagt habe hast bin bist seid darf dürfen will wollen wollte
        ab bzw eigentlich ebenfalls dagegen darüber dies deren dessen einige einigen
        mehrere nie niemand jemand ganz erst wohl zwar
        """
    ),
    "fr": _words(
        """
        de la le et les des en un une du est que qui dans pour pas au sur par plus il elle
        ils elles ne se a ce cette ces cet son sa ses avec sont ont été être avoir aux mais
        ou où comme on nous vous leur leurs y je tout tous toute toutes aussi fait faire peut
        peuvent selon depuis entre sans sous après avant déjà encore très bien lors dont
        même autres autre si quand alors ainsi donc car contre vers chez pendant notre nos
        votre vos lui eux moi celui celle ceux celles cela ça était avait sera serait fut
        avons avez sommes êtes étaient avaient doit doivent peu moins trop toujours jamais
        rien chaque plusieurs certains quelques dit cependant pourtant puis enfin notamment
        également lorsque puisque parce non oui là ici mon ma mes ton ta tes qu'il qu'elle
        qu'ils c'est d'un d'une l'on n'est n'a s'est aujourd'hui jusqu'à tandis auprès
        afin quant quel quelle quels quelles lequel laquelle dès ni soit sein
        """
    ),
    "es": _words(
        """
        de la que el en y a los se del las un por con no una su para es al lo como más o
        pero sus le ha me si sin sobre este ya entre cuando todo esta ser son dos también
        fue había era muy hasta desde está mi porque qué sólo solo han yo hay vez puede
        todos así nos ni tiene él uno donde bien mismo misma ese ahora cada e otro otra otros
        otras después te aunque esa eso hace tan durante siempre tanto ella sí dijo sido
        según menos antes contra sino nada estaba poco estos unos unas les algo hacia ellos
        ellas mientras además quien quienes pues hoy estas través esto fueron será están sea
        cual cuál dentro tras mediante tu usted ustedes nuestro nuestra nuestros cuyo cuya
        allí aquí luego aún todavía entonces tiene tienen había habían hemos estar estamos
        puede pueden podría debe deben cómo dónde aquel aquella u ante bajo
        """
    ),
    "pt": _words(
        """
        de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi
        ao ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela
        até isso ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão
        você tinha foram essa num nem suas meu às minha têm numa pelos elas havia seja qual
        será nós lhe deles essas esses pelas este fosse dele te vocês lhes nosso nossa
        nossos nossas dela delas esta estes estas aquele aquela aqueles aquelas isto aquilo
        estava estavam segundo sobre após ainda porque onde então disse durante contra
        desde cada outro outra outros outras todos todas apenas pode podem vai vão são sido
        sendo bem assim agora hoje porém além neste nesta nesse nessa deste desta desse
        dessa pois embora enquanto sempre nunca tudo muitos muitas teve tiveram fez sob
        """
    ),
    "it": _words(
        """
        di e il la che a in per un è non una del della si da con i le dei al gli lo alla ha
        sono anche come più ma nel nella delle se o ci ne sul sulla dal dalla questo questa
        questi queste quello quella quelli quelle suo sua suoi sue loro lui lei io noi voi
        essere stato stata stati state era erano fa fatto dopo prima ancora già solo tra fra
        tutto tutti tutte tutta molto poi così quando dove perché però mentre senza ogni
        oltre sempre ad ed degli agli negli dagli sugli ai nei dai sui alle nelle dalle
        sulle uno cui quale quali chi cosa mi ti vi sia siano sarà sarebbe hanno aveva
        avevano abbiamo avere può possono deve devono secondo contro verso circa qui oggi
        ieri infatti quindi invece inoltre tuttavia comunque cioè pure proprio stesso
        stessa altro altra altri altre nostro nostra mio mia c'è un'altra ciò fino ovvero
        """
    ),
    "nl": _words(
        """
        de het een en van in is dat op te zijn voor met die niet aan er om ook als bij of
        door maar naar dan nog wordt worden werd werden was waren heeft hebben had hadden
        zal zou zullen kan kunnen kon konden moet moeten moest wil willen deze dit wat wie
        waar hoe wanneer hij zij ze we wij ik je jij u hun haar hem ons onze mijn jouw uw
        geen meer veel al alle alleen nu toen tot uit over onder tegen tussen na sinds
        zonder tijdens volgens omdat want dus toch wel zo zeer heel erg even nooit altijd
        hier daar daarom echter zegt zei gaat ging komt kwam andere eigen één twee iets
        niets iemand niemand elk elke ieder iedere welke zelf reeds bijna ongeveer vooral
        nadat terwijl hoewel zodat doordat waarin waarop waarvan daarmee daarbij daarna
        hierdoor mee weer pas nieuwe 's
        """
    ),
    "pl": _words(
        """
        i w z na się do nie to że jest o a od po jak co za dla przez ale tak czy jego jej
        ich go mu im on ona ono oni one my wy ja ty był była było byli były być będzie
        będą są jestem jesteśmy może można już jeszcze tylko także również oraz lub albo
        ani aby żeby by bo gdy kiedy jeśli jeżeli gdzie który która które którego której
        którym których którzy tego tej ten ta te tym tych temu tę tą sobie siebie swój
        swoje swojej swoich swoim jednak więc też bardzo teraz wtedy tu tutaj tam nad pod
        przed przy między bez u ze we ku wobec według podczas około poza mimo wśród
        został została zostało zostały zostali zostać ma mają miał miała miało mieli
        trzeba nic nikt coś ktoś wszystko wszyscy każdy wiele więcej jako jednak jeden
        jedna jedno dwa tak także niż dlatego ponieważ potem wówczas bowiem natomiast
        zaś chociaż choć czyli tj mnie mi nas nam was wam jaki jaka jakie jakich
        """
    ),
    "sv": _words(
        """
        och i att det som en på är av för med till den har de inte om ett han men var jag
        sig från vi så kan man när säger sa hon under också efter eller nu sin där vid mot
        ska skulle kommer ut får finns vara hade alla andra mycket än här då sedan över
        bara in blir upp även vad få två vill ha många hur mer går sitt dem oss henne honom
        hans hennes deras dess vår våra ni du mig dig min mitt mina din ditt dina sina denna
        detta dessa vilket vilken vilka några något någon ingen inget inga utan genom
        mellan innan medan eftersom därför dock redan fortfarande enligt samt både bland
        hos inom kring sådan sådana själv samma varje blev varit blivit kunde måste borde
        ju nog väl ändå bli just helt kanske alltså idag tidigare senare
        """
    ),
    "tr": _words(
        """
        ve bir bu da de için ile o ne çok daha gibi olarak olan kadar sonra ama en her şey
        ki mi mı mu mü değil var yok ise ya veya ancak fakat çünkü eğer hem göre karşı önce
        üzere diye şu onun bunu bunun buna bunlar onlar onu ona bana ben sen biz siz bizim
        sizin benim kendi kendini tüm bütün hiç bile artık şimdi zaten yine hala hâlâ sadece
        yalnızca birlikte arasında içinde üzerinde tarafından olduğu olduğunu olması oldu
        olacak etti eden ettiği yaptı dedi belirtti söyledi ayrıca iki nasıl neden nerede
        hangi böyle şöyle öyle bazı birçok diğer aynı yeni ilk son olup şekilde ilgili
        yönelik dolayı rağmen beri kez sırasında öte başka bunların onların şunu biri
        edildi edilen edilmesi yapılan gelen geçen hiçbir herkes bazen hep aslında
        özellikle yaklaşık ardından itibaren karşın dair hakkında dışında hatta yani oysa
        üzerine bunlara onlara kendisi olmak olmayan etmek ettiğini bildirdi açıkladı
        """
    ),
    # Indonesian and Malay share most function words (`_MALAYIC`); each list adds its own.
    "id": _words(
        _MALAYIC
        + """
        bahwa karena bisa saat setelah yaitu saja maupun sedangkan tapi harus usai sempat
        bakal terkait sejumlah mau kemarin nggak enggak ujar ujarnya ungkapnya tuturnya
        jelasnya tengah justru apalagi belakangan dulu
        """
    ),
    "ms": _words(
        _MALAYIC
        + """
        bahawa kerana boleh sahaja ialah iaitu selepas semasa manakala mahupun
        sebarang mahu semalam sekiranya justeru mengikut bagaimanapun
        memandangkan sewaktu seramai baharu
        """
    ),
}

# Words that tell close languages apart but are not function words (weekdays, months, spellings
# of common nouns). Counted by `detect` only, never by `stop_ratio`.
_MARKERS: dict[str, frozenset[str]] = {
    "id": _words(
        """
        senin kamis jumat maret juni juli agustus desember wib wita wit rp persen miliar
        triliun sebesar berbagai bagian padahal lantaran pasalnya kendati adapun nantinya
        pemerintah uang dinas kantor menit sepekan papar aja kok sih banget udah gimana
        dipahami silakan resmi nomor memiliki konsumen
        """
    ),
    "ms": _words(
        """
        isnin khamis jumaat ahad mac jun julai ogos disember rm peratus bilion trilion
        pelbagai bahagian berikutan susulan difahamkan dimaklumkan menerusi memberitahu
        sila kerajaan wang awam polis minit hospital tempoh rasmi nombor
        """
    ),
}

LANGUAGES: tuple[str, ...] = tuple(STOPWORDS)


def _variants(lang: str, words: frozenset[str]) -> frozenset[str]:
    """The forms a whitespace tokenizer meets, so that no line needs lowercasing: the word, its
    capitalised form (sentence starts), each with a trailing comma, and typographic apostrophes.
    Turkish words starting with "i" also get the dotted capital İ."""
    out: set[str] = set()
    for w in words:
        forms = {w, w.capitalize()}
        if lang == "tr" and w.startswith("i"):
            forms.add("\u0130" + w[1:])
        if "'" in w:
            forms.update([f.replace("'", "\u2019") for f in forms])
        out.update(forms)
        out.update([f + "," for f in forms])
    return frozenset(out)


# Per-language sets actually looked up (word, "Word", "word," ...), for stop_ratio and detect.
_STOP_FORMS: dict[str, frozenset[str]] = {
    lang: _variants(lang, ws) for lang, ws in STOPWORDS.items()
}
_DETECT_FORMS: dict[str, frozenset[str]] = {
    lang: _STOP_FORMS[lang] | _variants(lang, _MARKERS.get(lang, frozenset()))
    for lang in LANGUAGES
}
_ALL_FORMS: frozenset[str] = frozenset().union(*_DETECT_FORMS.values())

# The sample is made of lines of at least this many characters: menus and link lists are short.
_LONG_LINE = 50
_MIN_SAMPLE = 400
# `detect` first reads this many characters of the sample and only reads on when that is not
# enough for a confident answer (short pages, close pairs such as Indonesian and Malay).
_FIRST_PASS = 3000
_FIRST_SCAN = 16000  # characters of the page scanned for the first pass's long lines


def _sample(text: str, max_chars: int) -> str:
    head = text[: max_chars * 4]
    sample = "\n".join([ln for ln in head.split("\n") if len(ln) >= _LONG_LINE])
    if len(sample) < _MIN_SAMPLE:
        sample = head
    return sample[:max_chars]


def _count(sample: str, into: dict[str, int]) -> dict[str, int]:
    counts = Counter(sample.split())
    hits = _ALL_FORMS.intersection(counts)
    if hits:
        get = counts.__getitem__
        for lang, forms in _DETECT_FORMS.items():
            n = sum(map(get, hits.intersection(forms)))
            if n:
                into[lang] = into.get(lang, 0) + n
    return into


def scores(text: str, *, max_chars: int = 20000) -> dict[str, int]:
    """Stop-word hits per language over the whole sample `detect` may read (languages without a
    hit are left out). For debugging and for callers that want their own decision rule."""
    return _count(_sample(text, max_chars), {})


def _decide(counts: dict[str, int], min_hits: int, min_margin: int) -> str | None:
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    n = counts[best]
    second = max([v for k, v in counts.items() if k != best], default=0)
    if n < min_hits or n - second < max(min_margin, n // 50):
        return None
    return best


def detect(
    text: str, *, max_chars: int = 20000, min_hits: int = 8, min_margin: int = 2
) -> str | None:
    """The language code of `text` (one of `LANGUAGES`), or None when unsure: fewer than
    `min_hits` stop-word hits for the best language, or the runner-up less than `min_margin` hits
    (or 2%) behind. Scripts without a profile (Cyrillic, CJK, ...) come out None.

    The sample is the page's lines of 50 characters or more (prose; the whole text when those are
    too few), of which at most `max_chars` characters are read. A first pass reads the first
    3,000 characters of long lines found in the first 16,000 characters of the page; the whole
    sample is read only when that pass did not give a clear answer with 2 * `min_hits` hits."""
    if not text:
        return None
    first = _sample(text[:_FIRST_SCAN], min(max_chars, _FIRST_PASS))
    counts = _count(first, {})
    if len(text) <= _FIRST_SCAN and len(first) < _FIRST_PASS or max_chars <= _FIRST_PASS:
        return _decide(counts, min_hits, min_margin)  # the first pass read everything
    lang = _decide(counts, 2 * min_hits, min_margin)
    if lang is not None:
        return lang
    if len(first) >= _FIRST_PASS and max(counts.values(), default=0) < min_hits // 2:
        return None  # 3,000 characters of prose and hardly a stop word: a script we do not know
    return _decide(_count(_sample(text, max_chars), {}), min_hits, min_margin)


def stop_ratio(line_norm: str, lang: str | None) -> float:
    """Share of the whitespace-separated words of `line_norm` that are stop words of `lang`
    (0.0 for an empty line or a language without a profile). Lowercase and capitalised words
    count ("the", "The", "the,"); ALL-CAPS words do not, which suits headlines and menus."""
    forms = _STOP_FORMS.get(lang)  # type: ignore[arg-type]
    if forms is None:
        return 0.0
    words = line_norm.split()
    if not words:
        return 0.0
    return sum(map(forms.__contains__, words)) / len(words)


def stop_count(line_norm: str, lang: str | None) -> tuple[int, int]:
    """(stop words, words) of `line_norm` for `lang`: the two numbers behind `stop_ratio`, for
    callers that pool several lines."""
    words = line_norm.split()
    forms = _STOP_FORMS.get(lang)  # type: ignore[arg-type]
    if forms is None:
        return 0, len(words)
    return sum(map(forms.__contains__, words)), len(words)


_PATTERNS: dict[str, regex.Pattern[str]] = {}


def stopword_pattern(lang: str) -> regex.Pattern[str]:
    """A compiled case-insensitive alternation of the stop words of `lang` as whole words (built
    on first use), to find or highlight them in a line. Slow (tens of microseconds per line):
    use `stop_ratio` or `stop_count` to measure density."""
    pat = _PATTERNS.get(lang)
    if pat is None:
        words = sorted(STOPWORDS[lang], key=len, reverse=True)
        alt = "|".join(regex.escape(w) for w in words)
        pat = regex.compile(rf"(?<!\w)(?:{alt})(?!\w)", regex.IGNORECASE | regex.V0)
        _PATTERNS[lang] = pat
    return pat
