"""web.interface-line's and web.story-end's other-language labels, checked against real
translation files (round 43): the labels the files showed and the lists lacked are cut as
whole lines, the two the files contradicted are corrected, and the unconfirmed ones a story
prints as a line of its own (a subhead "Reacties", "Регистрация", "Yorumlar") are no longer cut.

Every sentence, town and name here is invented. Each label's near miss is a sentence of a
story that holds the same words inside it.
"""

from __future__ import annotations

from stories import extract_at, removed

from newsclean.rules import default_rules

# (label as a theme prints it alone on a line, a story's sentence holding the same words)
ADDED = {
    "es": [
        ("Continuar leyendo", "El alcalde dijo que prefería continuar leyendo el informe antes de votar."),
        ("Leer más", "La biblioteca invita a leer más novelas del puerto durante el invierno."),
        ("Cerrar búsqueda", "La policía decidió cerrar búsqueda y rescate al caer la noche del martes."),
    ],
    "pt": [
        ("Procurar", "Os pescadores voltaram a procurar o barco perdido perto da ilha."),
        ("Participe da conversa", "O prefeito pediu: participe da conversa sobre a nova ponte na câmara."),
        ("Post seguinte", "O post seguinte do vereador explicava o custo da obra em detalhe."),
        ("Fechar pesquisa", "A universidade vai fechar pesquisa sobre a água do rio no fim do ano."),
    ],
    "fr": [
        ("Publier un commentaire", "Le maire a refusé de publier un commentaire sur le budget du port."),
        ("Rejoindre la conversation", "Les élèves ont été invités à rejoindre la conversation sur la cantine."),
        ("Fermer la recherche", "La préfecture a décidé de fermer la recherche en mer à la tombée du jour."),
    ],
    "it": [
        ("Rispondi", "Il sindaco ha detto: rispondi alle domande dei cittadini prima del voto."),
    ],
    "de": [
        (
            "Hinterlassen Sie bitte einen Kommentar",
            "Der Wirt bat die Gäste: Hinterlassen Sie bitte einen Kommentar im Buch.",
        ),
        (
            "Schreiben Sie einen Kommentar",
            "Schreiben Sie einen Kommentar, sagte die Lehrerin zu den Schülern der Klasse.",
        ),
        ("Kein Kommentar", "Der Bürgermeister sagte nur kein Kommentar und verließ den Saal."),
    ],
    "nl": [
        ("Reactie annuleren", "De gemeente kan een reactie annuleren als de termijn voorbij is."),
        ("Lees verder", "De burgemeester zei dat hij pas na de zomer lees verder zou zeggen."),
        ("Zoek", "Zoek naar de oude veerboot begint volgende week bij de haven."),
    ],
    "id": [
        ("Selengkapnya", "Selengkapnya tentang jadwal kapal akan diumumkan oleh pelabuhan besok pagi."),
        ("Tambah Komentar", "Warga diminta tambah komentar pada rancangan aturan parkir di balai kota."),
    ],
    "tr": [
        ("Yorum Gönderin", "Belediye, vatandaşlardan yeni park planına yorum gönderin çağrısı yaptı."),
        ("Okumaya devam et", "Öğretmen, öğrencilerine tatilde okumaya devam et diye not bıraktı."),
    ],
    "pl": [
        ("Dołącz do dyskusji", "Burmistrz zaapelował: dołącz do dyskusji o nowym moście na rzece."),
        ("Zamknij wyszukiwanie", "Policja chce zamknij wyszukiwanie przed zmrokiem, powiedział rzecznik."),
    ],
    "ro": [
        ("Articolul precedent", "Articolul precedent al legii a fost anulat de curte în primăvară."),
    ],
    "ru": [
        ("Искать", "Спасатели продолжат искать лодку у острова до вечера среды."),
        ("Открыть меню", "Повар предложил гостям открыть меню и выбрать рыбу дня."),
        ("Комментарии (12)", "Комментарии жителей к проекту моста собирали две недели."),
    ],
    "sv": [
        ("Ingen kommentar", "Kommunalrådet sa ingen kommentar och lämnade salen."),
        ("Visa fler inlägg", "Föreningen ska visa fler inlägg från hamnens historia på biblioteket."),
        ("Delta i diskussionen", "Alla boende är välkomna att delta i diskussionen om färjan på torsdag."),
    ],
}

# unconfirmed labels taken out: a story's own subheads (and what one of them reads like)
REMOVED = [
    "Reacties",
    "Регистрация",
    "Вход",
    "Выход",
    "Печать",
    "Комментарии",
    "Yorumlar",
    "Pencarian",
    "Te recomendamos",
    "Annuleer reactie",
    "Lascia una risposta",
]


def test_labels_the_translation_files_show_are_whole_line_interface_labels() -> None:
    rules = default_rules()
    for lang, pairs in ADDED.items():
        for label, _ in pairs:
            hit = rules.line_rule(label)
            assert hit is not None and hit[0] == "web.interface-line", (lang, label)


def test_the_same_words_inside_a_story_sentence_stay() -> None:
    """Near misses: each label's words inside a sentence of the story."""
    rules = default_rules()
    for lang, pairs in ADDED.items():
        for _, sentence in pairs:
            hit = rules.line_rule(sentence)
            assert hit is None or hit[0] not in ("web.interface-line", "web.story-end"), (lang, sentence)


def test_unconfirmed_labels_a_story_uses_as_a_subhead_are_no_interface_lines() -> None:
    rules = default_rules()
    for line in REMOVED:
        hit = rules.line_rule(line)
        assert hit is None or hit[0] != "web.interface-line", line


NL_URL = "https://havenkrant.example/nieuws/lokaal/bibliotheek-langer-open-2207"
NL_TITLE = "Bibliotheek aan de haven gaat tot negen uur 's avonds open"
NL_PARAS = [
    "De gemeenteraad besloot dinsdag de bibliotheek aan de haven tot negen uur 's avonds open te houden.",
    "De verandering kost ongeveer veertigduizend euro per jaar en gaat in het voorjaar in, zei de wethouder.",
]
NL_SUBHEAD = "Reacties"
NL_AFTER = "Studenten die 's middags werken zijn blij met de nieuwe tijden, zei een woordvoerder van de school."


def test_a_dutch_reactions_subhead_stays_in_the_story_and_the_comment_labels_go() -> None:
    """ "Reacties" over the reactions to the news is the story's subhead; the theme's "Geef een
    reactie" and "Reactie annuleren" under the story are its comment form."""
    text = "\n\n".join([NL_TITLE, *NL_PARAS, NL_SUBHEAD, NL_AFTER, "Geef een reactie", "Reactie annuleren"]) + "\n"
    page = extract_at(text, NL_URL)
    [a] = page.articles
    assert a.title == NL_TITLE
    assert a.body == "\n\n".join([*NL_PARAS, NL_SUBHEAD, NL_AFTER])
    assert removed(page, "web.interface-line") == ["Geef een reactie", "Reactie annuleren"]
