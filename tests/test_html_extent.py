"""The story's extent on an HTML page: furniture by name, teaser lists, where a story ends,
author boxes, stray edge lines, and the second reading (trafilatura's, or the site's own
JSON-LD text) that settles doubtful pages by agreement. Invented pages, one shape each."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_accounting import accounting_problems

import newsclean

STORY = [
    "The harbour board voted on Tuesday to rebuild the old wooden pier at Port Avelin after the winter storms.",
    "Engineers told the board that steel piles would let the new pier survive the stronger storms now expected.",
    "Work is due to start in spring and should take about eight months, the board's chair, Ilse Marren, said.",
    "The cost will be shared between the town and the regional government, which approved its part in May.",
    "Fishermen who moor along the pier will use the north quay while the work goes on, the harbour master said.",
    "A public meeting on the plans is to be held at the town hall next month, and residents may send comments.",
]


def ps(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Pier to be rebuilt | Coast Post</title>{head}</head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>{body}"
        "<footer>Copyright Coast Post. <a href='/privacy'>Privacy</a></footer></body></html>"
    )


def body_of(markup: str, **kw: Any) -> str:
    main = newsclean.extract(markup, **kw).main
    assert main is not None
    return main.body


def rules_of(markup: str) -> dict[str, str]:
    """Removed text -> the rule that removed it."""
    return {r.text: r.rule for r in newsclean.extract(markup).removed}


def no_trafilatura(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make any call to trafilatura visible (and fail the page's second opinion)."""
    import trafilatura

    calls: list[str] = []

    def fake(*args: object, **kwargs: object) -> None:
        calls.append("called")
        return None

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    return calls


def trafilatura_says(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    import trafilatura

    calls: list[str] = []

    def fake(*args: object, **kwargs: object) -> dict[str, str]:
        calls.append("called")
        return {"text": text}

    monkeypatch.setattr(trafilatura, "bare_extraction", fake)
    return calls


# --- furniture by name -------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='article-relatedStories'>{}</div>",  # beside a story word, in camel case
        "<section id='post-comments'>{}</section>",
        "<div class='BorlabsCookie'>{}</div>",  # a consent box over an embed
        "<div class='entry-footer'>{}</div>",
        "<aside>{}</aside>",
    ],
)
def test_furniture_named_as_such_is_left_out_even_beside_story_words(box: str) -> None:
    junk = ps(["Readers who liked this story also read about the lighthouse keepers' cottages on the cape."])
    markup = page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}{box.format(junk)}</article>")
    body = body_of(markup)
    assert STORY[-1] in body
    assert "lighthouse keepers" not in body


def test_commentary_is_not_a_comment_thread() -> None:
    markup = page(f"<h1>Pier to be rebuilt</h1><div class='commentary-body'>{ps(STORY)}</div>")
    assert all(line in body_of(markup) for line in STORY)


# --- where the story ends ----------------------------------------------------------------


PITCH = "Subscribe to the print edition for more stories like this one, delivered to your door every week."


def test_the_story_ends_where_its_comments_stand() -> None:
    markup = page(
        f"<article><h1>Pier to be rebuilt</h1><div class='body'>{ps(STORY)}</div>"
        f"<div id='comments'><p>Great news for the town!</p></div><div class='pitch'><p>{PITCH}</p></div></article>"
    )
    body = body_of(markup)
    assert STORY[-1] in body and PITCH not in body


def test_a_related_box_set_into_the_story_ends_nothing() -> None:
    """A box of related links between two sections of one story (their classes numbered)."""
    box = "<div class='related-links'><a href='/a'>Ferry adds a night crossing</a></div>"
    markup = page(
        f"<article><h1>Pier to be rebuilt</h1><div class='article-section-0'>{ps(STORY[:4])}</div>"
        f"{box}<div class='article-section-1'>{ps(STORY[4:])}</div></article>"
    )
    body = body_of(markup)
    assert all(line in body for line in STORY) and "Ferry" not in body


# --- teaser cards ------------------------------------------------------------------------


def cards(n: int, summary: str = "A short summary of another story, in a sentence or two of text.") -> str:
    items = "".join(
        f"<li class='card'><h3><a href='/story-{i}'>Another story number {i} from the coast</a></h3>"
        f"<p>{summary}</p></li>"
        for i in range(n)
    )
    return f"<ul class='more'>{items}</ul>"


def test_a_list_of_teaser_cards_is_left_out_and_recorded() -> None:
    markup = page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}{cards(4)}</article>")
    body = body_of(markup)
    assert STORY[-1] in body and "short summary" not in body
    assert rules_of(markup)["A short summary of another story, in a sentence or two of text."] == "html.teaser-list"


def test_teaser_cards_do_not_draw_the_story_container_around_them() -> None:
    """More teaser text than story text in one wrapper: the story's own container still wins."""
    summary = "Summary of another coastal story that runs a little longer, with enough words to read as a paragraph."
    markup = page(f"<div class='wrap'><div class='story'><h1>Pier</h1>{ps(STORY)}</div>{cards(12, summary)}</div>")
    page_ = newsclean.extract(markup)
    assert page_.main is not None and "Summary of another" not in page_.main.body
    assert not any("trafilatura" in w for w in page_.warnings)


def test_a_reference_list_is_not_a_list_of_teasers() -> None:
    """Entries that open with their citation, links after it, are the story's references."""
    refs = "".join(
        f"<li><p>Marren I, Vale T. Storm loads on wooden piers, part {i}. Coast Eng. 2019;{i}:1-9.</p>"
        f"<p><a href='/a{i}'>Article</a> <a href='/s{i}'>Scholar</a> <a href='/p{i}'>PubMed</a></p></li>"
        for i in range(5)
    )
    markup = page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}<h2>References</h2><ol>{refs}</ol></article>")
    assert "Storm loads on wooden piers, part 3" in body_of(markup)


# --- author boxes ------------------------------------------------------------------------


LD_AUTHOR = json.dumps(
    {
        "@type": "NewsArticle",
        "headline": "Pier to be rebuilt",
        "author": {
            "@type": "Person",
            "name": "Ilse Marren",
            "description": "Ilse Marren writes about harbours and ferries. Before joining the paper she "
            "worked as a deckhand on the island ferries for six summers.",
        },
    }
)


def test_an_author_box_after_the_story_is_left_out_but_a_byline_box_by_the_headline_is_read() -> None:
    box = "<div class='author-bio'><p>More from this writer about the coast and its towns, every week here.</p></div>"
    markup = page(
        f"<article><h1>Pier to be rebuilt</h1><div class='author-info'>By Tom Vale</div>{ps(STORY)}{box}</article>"
    )
    main = newsclean.extract(markup).main
    assert main is not None and "More from this writer" not in main.body
    assert main.byline == ["Tom Vale"]
    assert (
        rules_of(markup)["More from this writer about the coast and its towns, every week here."] == "html.author-box"
    )


def test_an_author_description_printed_in_two_paragraphs_is_the_author_box() -> None:
    box = (
        "<div class='about'><p>Ilse Marren writes about harbours and ferries.</p>"
        "<p>Before joining the paper she worked as a deckhand on the island ferries for six summers.</p></div>"
    )
    head = f"<script type='application/ld+json'>{LD_AUTHOR}</script>"
    body = body_of(page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}{box}</article>", head))
    assert "deckhand" not in body and STORY[-1] in body


def test_a_line_introducing_the_author_under_the_story_is_the_author_box() -> None:
    head = f"<script type='application/ld+json'>{LD_AUTHOR}</script>"
    tag = "<p>Ilse Marren joined the Coast Post in 2019 and covers the harbour, the ferries and the fishing fleet.</p>"
    markup = page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}{tag}</article>", head)
    assert "joined the Coast Post" not in body_of(markup)
    # inside the story, a sentence about the author's namesake stays
    early = "<p>Ilse Marren is also the name of the ferry that will carry the steel piles to the harbour.</p>"
    markup = page(f"<article><h1>Pier to be rebuilt</h1>{early}{ps(STORY)}</article>", head)
    assert "name of the ferry" in body_of(markup)


# --- the story's edges -------------------------------------------------------------------


def test_stray_label_lines_at_the_story_edges_are_removed() -> None:
    markup = page(
        "<article><h1>Pier to be rebuilt</h1><div class='body'><div>Harbour</div><div>4 min read</div>"
        f"<h2>What the board decided</h2>{ps(STORY)}<div>Share</div><div>Print</div></div></article>"
    )
    main = newsclean.extract(markup).main
    assert main is not None
    assert main.paragraphs[0] == "What the board decided"  # the subhead over the first paragraph stays
    assert main.paragraphs[-1] == STORY[-1]
    rules = {r.text: r.rule for r in newsclean.extract(markup).removed}
    assert (rules["Harbour"], rules["4 min read"]) == ("html.edge-line", "common.reading-time")


def test_a_short_list_of_the_storys_own_at_its_end_stays() -> None:
    items = "<ul><li>Forty steel piles, galvanised</li><li>Oak railings along both sides</li></ul>"
    body = body_of(page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}{items}</article>"))
    assert body.endswith("Forty steel piles, galvanised\n\nOak railings along both sides")


# --- the second reading ------------------------------------------------------------------


def test_a_short_story_is_compared_with_trafilatura_and_its_continuation_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path takes a two-paragraph box; trafilatura reads on into the next box."""
    rest = "<div class='more-text'>" + ps(STORY[2:4]) + "</div>"
    markup = page(f"<h1>Pier to be rebuilt</h1><div class='lead-box'>{ps(STORY[:2])}</div><div>{rest}</div>")
    calls = trafilatura_says(monkeypatch, "\n".join(STORY[:4]))
    result = newsclean.extract(markup)
    assert calls and result.main is not None
    assert all(line in result.main.body for line in STORY[:4])
    assert any("compared with trafilatura" in w for w in result.warnings)
    assert accounting_problems(newsclean.normalize(markup), result) == []


def test_trafilatura_alone_does_not_replace_a_story_the_fast_path_is_sure_of(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = trafilatura_says(monkeypatch, "Something else entirely, from another part of the page.")
    markup = page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}</article>")
    assert all(line in body_of(markup) for line in STORY)
    assert calls == []  # a plain story of this length raises no doubt


def test_a_rival_container_is_settled_by_trafilatura_and_the_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two regions read as story; trafilatura keeps much of both; the one under the headline wins."""
    terms = [
        f"Delivery note {i}: parcels to the islands leave on Mondays, and the ferry charges a small fee for each "
        "parcel, which the shop adds to the bill."
        for i in range(7)
    ]
    links = "".join(f"<div><a href='/shop/{i}'>Harbour shop item number {i:02}</a></div>" for i in range(60))
    markup = page(
        f"<h1>Pier to be rebuilt</h1><div class='text'>{''.join(f'<div>{s}</div>' for s in STORY)}</div>"
        f"<div class='shipping'><div class='terms'>{ps(terms)}</div></div><div class='shop'>{links}</div>"
    )
    calls = trafilatura_says(monkeypatch, "\n".join(STORY + terms))
    body = body_of(markup)
    assert all(line in body for line in STORY) and "Delivery note" not in body
    assert calls  # the container vote alone took the delivery notes


def test_little_text_takes_trafilaturas_blocks_with_their_places(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of table cells: trafilatura's answer comes with offsets and the audit of the rest."""
    cells = "".join(f"<tr><td>Race {i}</td><td>Ilse Marren</td><td>12.{i} s</td></tr>" for i in range(4))
    markup = page(f"<div>Coast Post sports desk</div><h1>Harbour race results</h1><table>{cells}</table>")
    trafilatura_says(monkeypatch, "\n".join(f"Race {i}\nIlse Marren\n12.{i} s" for i in range(4)))
    result = newsclean.extract(markup)
    assert result.main is not None and "Race 3" in result.main.body
    assert result.main.span != (0, 0) and result.removed
    assert any(r.text == "Coast Post sports desk" for r in result.removed)  # what trafilatura left out
    assert accounting_problems(newsclean.normalize(markup), result) == []


def test_text_the_page_never_shows_is_trafilaturas_answer_unaudited_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trafilatura_says(monkeypatch, "A story kept in a script template.\nIts second paragraph.")
    result = newsclean.extract(page("<h1>Pier</h1><div>short</div>"))
    assert result.main is not None and result.main.paragraphs[0] == "A story kept in a script template."
    assert any("cannot" in w and "removed" in w for w in result.warnings)


STATED = json.dumps(
    {"@type": "NewsArticle", "headline": "Pier to be rebuilt", "articleBody": "\n".join(STORY)}, ensure_ascii=False
)


def test_the_sites_own_article_body_is_a_second_reading_at_no_cost(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = no_trafilatura(monkeypatch)
    pitch = (
        "<div class='pitch'><p>Our journalism depends on readers like you: become a member of the Coast Post.</p></div>"
    )
    markup = page(
        f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}{pitch}</article>",
        f"<script type='application/ld+json'>{STATED}</script>",
    )
    assert "journalism depends" not in body_of(markup)
    assert rules_of(markup)["Our journalism depends on readers like you: become a member of the Coast Post."] == (
        "html.second-opinion"
    )
    assert calls == []


def test_an_article_body_cut_short_cuts_nothing_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    cut = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(STORY[:5])[:520] + "…"})
    markup = page(
        f"<article><h1>Pier to be rebuilt</h1>{ps(STORY)}</article>",
        f"<script type='application/ld+json'>{cut}</script>",
    )
    assert STORY[-1] in body_of(markup)


# --- site knowledge from the rule files --------------------------------------------------


def test_photo_services_come_from_the_rule_files(tmp_path: Path) -> None:
    caption = "<figure><figcaption>The pier at dawn (Jane Roe / Harbourpix)</figcaption></figure>"
    markup = page(f"<article><h1>Pier to be rebuilt</h1>{ps(STORY[:3])}{caption}{ps(STORY[3:])}</article>")
    plain = newsclean.extract(markup).main
    assert plain is not None and "The pier at dawn (Jane Roe / Harbourpix)" in plain.captions
    extra = tmp_path / "pix.toml"
    extra.write_text('[ruleset]\nname = "pix"\n[photo_credits]\nnames = ["Harbourpix"]\n', encoding="utf-8")
    known_page = newsclean.extract(markup, rules=newsclean.load_rules(extra))
    assert known_page.main is not None and "The pier at dawn" in known_page.main.captions
    # the credit is not lost silently: it is a removal, where it stood
    assert {r.text: r.rule for r in known_page.removed}["(Jane Roe / Harbourpix)"] == "html.photo-credit"
    assert accounting_problems(newsclean.normalize(markup), known_page) == []


# --- hostile input -----------------------------------------------------------------------


HOSTILE: list[Callable[[], str]] = [
    lambda: page("<div class='" + "related-" * 5000 + "'>x</div>" + ps(STORY)),
    lambda: page(
        "<ul>" + "<li class='card'><h3><a href='/x'>Teaser headline here</a></h3><p>More</p></li>" * 3000 + "</ul>"
    ),
    lambda: page("<div>" + "<p>Ab.</p>" * 20_000 + "</div>"),
    lambda: page("<p>" + "(" * 5000 + "Foto / Harbourpix" + ")" * 5000 + "</p>"),
]


@pytest.mark.parametrize("make", HOSTILE)
def test_hostile_pages_of_these_shapes_come_back_whole(make: Callable[[], str]) -> None:
    result = newsclean.extract(make())
    json.loads(result.model_dump_json())


def test_the_accuracy_benchmark_says_so_when_the_corpus_is_not_there(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "html_accuracy.py"
    run = subprocess.run([sys.executable, str(script), str(tmp_path / "none")], capture_output=True, text=True)
    assert run.returncode == 0 and "no labelled corpus" in run.stdout


def test_every_character_of_a_page_of_all_these_shapes_is_accounted_for() -> None:
    head = f"<script type='application/ld+json'>{LD_AUTHOR}</script>"
    markup = page(
        "<article><h1>Pier to be rebuilt</h1><div class='body'><div>Harbour</div><div>4 min read</div>"
        f"{ps(STORY[:3])}<figure><figcaption>The pier at dawn © Jane Roe</figcaption></figure>"
        f"<div class='related-links'><a href='/a'>Ferry adds a night crossing</a></div>{ps(STORY[3:])}"
        "<p>Ilse Marren joined the Coast Post in 2019 and covers the harbour, the ferries and the fishing fleet.</p>"
        f"<div>Share</div></div>{cards(4)}<div class='author-bio'><p>More from this writer, every week.</p></div>"
        "</article>",
        head,
    )
    result = newsclean.extract(markup)
    assert result.main is not None and all(line in result.main.body for line in STORY)
    assert accounting_problems(newsclean.normalize(markup), result) == []
