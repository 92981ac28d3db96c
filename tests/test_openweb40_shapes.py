"""Shapes of unseen pages, round 40: a news theme's interface labels in languages besides
English, printed as whole lines around a story or a listing ("Síguenos", "Volver", "Se
connecter", "Alle Autoren"), each on a page written for it.

Every story, town and name here is invented. Each test shows the labels cut and a near miss
of the same words left alone: the words inside a sentence, a subhead that opens with them.
"""

from __future__ import annotations

from stories import extract_at, removed

from newsclean.rules import default_rules

STORY_URL = "https://puertoclaro.example/noticias/local/biblioteca-abre-hasta-tarde-4410"
TITLE = "La biblioteca del puerto abrirá hasta las nueve de la noche"
PARAS = [
    "El ayuntamiento aprobó el martes mantener abierta la biblioteca del puerto hasta las nueve de la noche.",
    "El cambio costará unos cuarenta mil pesos al año y empezará en primavera, dijo la secretaria municipal.",
    "Varios vecinos dijeron que el nuevo horario ayudará a los estudiantes que trabajan por la tarde.",
]


def _story(before: list[str], after: list[str], paras: list[str] | None = None) -> str:
    return "\n\n".join([*before, TITLE, *(paras or PARAS), *after]) + "\n"


def test_spanish_interface_lines_around_a_story_are_cut() -> None:
    """The follow, back and next-story labels over and under a story are no title or body."""
    page = extract_at(
        _story(["Síguenos", "Volver", "Noticia en desarrollo"], ["SIGUIENTE NOTICIA", "Comentarios (3)"]), STORY_URL
    )
    [a] = page.articles
    assert a.title == TITLE
    assert a.body == "\n\n".join(PARAS)
    assert removed(page, "web.interface-line") == [
        "Síguenos",
        "Volver",
        "Noticia en desarrollo",
        "SIGUIENTE NOTICIA",
        "Comentarios (3)",
    ]


def test_labels_of_other_languages_are_whole_lines() -> None:
    rules = default_rules()
    for line in (
        "Se connecter",
        "Alle Autoren",
        "Go back to Homepage",
        "Left Menu",
        "Suivez-nous :",
        "Seguici",
        "Volg ons",
        "Bagikan",
        "Bizi takip edin",
        "Obserwuj nas",
        "Urmăriți-ne",
        "Urmăriţi-ne",
        "Подписывайтесь",
        "Följ oss",
        "Cargar más…",
        "Próxima notícia »",
    ):
        hit = rules.line_rule(line)
        assert hit is not None, line


def test_the_same_words_in_a_sentence_or_opening_a_subhead_stay() -> None:
    """Near misses: the labels' words inside the story's own sentences and subheads."""
    rules = default_rules()
    for line in (
        "Volver a empezar: la biblioteca cambia de horario",
        "Síguenos en este recorrido por el nuevo horario de la biblioteca.",
        "Se connecter au réseau coûtera plus cher aux communes",
        "Alle Autoren des Bandes stammen aus der Hafenstadt",
        "Deportes",
        "Economía",
        "ÚLTIMA HORA",
        "Menú del día en la feria del puerto",
    ):
        hit = rules.line_rule(line)
        assert hit is None or hit[0] != "web.interface-line", line
    subhead = "Volver a la biblioteca después de diez años"
    page = extract_at(_story([], [], [PARAS[0], subhead, *PARAS[1:]]), STORY_URL)
    [a] = page.articles
    assert subhead in a.body
    assert removed(page, "web.interface-line") == []


LISTING_URL = "https://lecteur.example/flux.php?categorie=locales"
ENTRIES = [
    (
        "La mairie garde la bibliothèque du port ouverte jusqu'à 21 heures",
        "Le conseil municipal a voté mardi un nouvel horaire pour les étudiants qui travaillent.",
    ),
    (
        "Le ferry de l'île reprendra ses traversées du matin dès lundi",
        "La compagnie a réparé le moteur principal après deux semaines d'arrêt, selon le port.",
    ),
    (
        "Un nouveau marché couvert ouvrira près de la gare en septembre",
        "Les travaux commenceront en mars et coûteront environ deux millions d'euros, dit la ville.",
    ),
]


def test_an_interface_line_over_a_listing_is_no_category() -> None:
    """ "Se connecter" over a feed reader's entries was read as every entry's category."""
    lines = ["Se connecter", "Rechercher"]
    for title, summary in ENTRIES:
        lines += [title, summary]
    page = extract_at("\n\n".join(lines) + "\n", LISTING_URL)
    assert page.articles
    assert all(a.category is None for a in page.articles)
    assert all(a.title not in lines[:2] for a in page.articles)
    assert removed(page, "web.interface-line") == ["Se connecter", "Rechercher"]


PARAS_ID = [
    "Dewan kota memutuskan pada hari Selasa untuk membuka perpustakaan pelabuhan sampai pukul sembilan malam.",
    "Perubahan itu akan menelan biaya sekitar empat puluh juta rupiah setahun, kata sekretaris kota.",
    "Beberapa warga mengatakan jam baru itu akan membantu pelajar yang bekerja pada sore hari.",
]


def test_a_read_also_link_line_between_paragraphs_is_cut() -> None:
    """ "Baca Juga : <headline>" between an Indonesian story's paragraphs is a link, not body."""
    link = "Baca Juga : Tarif Kapal Feri ke Pulau Naik Lagi Mulai Senin"
    text = "\n\n".join(["Perpustakaan Pelabuhan Buka Sampai Malam", PARAS_ID[0], link, *PARAS_ID[1:]]) + "\n"
    page = extract_at(text, "https://kabarpelabuhan.example/berita/perpustakaan-buka-malam-118")
    [a] = page.articles
    assert a.body == "\n\n".join(PARAS_ID)
    assert removed(page, "web.interface-line") == [link]


def test_a_read_also_label_running_on_into_sentences_stays() -> None:
    """Near miss: the label with sentences after it is a paragraph, not a link line."""
    rules = default_rules()
    for line in (
        "Lesen Sie auch: Die Stadt plant eine neue Fähre. Die Kosten trägt das Land.",
        "Baca juga pendapat warga. Mereka ingin perpustakaan buka lebih lama.",
    ):
        hit = rules.line_rule(line)
        assert hit is None or hit[0] != "web.interface-line", line


def test_a_most_read_heading_in_another_language_closes_the_story() -> None:
    """ "Lo más leído" / "Похожие записи" over a widget's headlines: the story ends above it."""
    rules = default_rules()
    for line in (
        "Lo más leído",
        "Más leídas:",
        "Entradas relacionadas",
        "Похожие записи",
        "Zobacz też",
        "Les plus lus",
    ):
        hit = rules.line_rule(line)
        assert hit is not None and hit[1] == "end", line
    after = [
        "Lo más leído",
        "Suben otra vez las tarifas del ferry a la isla",
        "Abre un mercado cubierto junto a la estación",
    ]
    page = extract_at(_story([], after), STORY_URL)
    assert page.articles[0].title == TITLE
    assert page.articles[0].body == "\n\n".join(PARAS)


def test_a_subhead_opening_with_most_read_words_stays() -> None:
    """Near miss: a sentence or subhead that opens with the heading's words."""
    rules = default_rules()
    for line in ("Lo más leído del año fue la biblioteca del puerto", "Les plus lus des romans de la bibliothèque"):
        hit = rules.line_rule(line)
        assert hit is None or hit[0] not in ("web.story-end", "web.interface-line"), line


RELATED = [
    "El coro del puerto abre su colecta de invierno para la lancha de rescate",
    "El concejo vota conservar el viejo molino como sala de lectura",
    "Los productores prueban ventiladores contra la helada en las laderas altas",
]


def test_an_other_language_closing_heading_over_headlines_opens_related_stories() -> None:
    """ "Lo más leído" / "Lees ook" / "Baca juga" over a page's closing list of bare headlines
    heads related stories, as "Most read" does on an English page; before, only English
    headings did, and these headlines were cut as further reading."""
    for heading in ("Lo más leído", "Lees ook", "Baca juga", "Noticias relacionadas"):
        page = extract_at(_story([], [heading, *RELATED]), STORY_URL)
        assert [a.role for a in page.articles] == ["main", "related", "related", "related"], heading
        assert [a.title for a in page.articles[1:]] == RELATED
        assert page.articles[0].body is not None and RELATED[0] not in page.articles[0].body


def test_an_other_language_heading_over_paragraphs_opens_no_related_stories() -> None:
    """Near miss: the same heading over sentences (the story going on) opens no entries."""
    tail = ["Lo más leído", *PARAS[1:]]
    page = extract_at(_story([], tail, PARAS[:1]), STORY_URL)
    assert [a.role for a in page.articles] == ["main"]
