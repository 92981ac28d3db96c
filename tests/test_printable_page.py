"""A page ``normalize`` found printable vouches for its lines (``decode.printable_page``,
``pipeline._line_para``): only for the very string it tested, and only for a piece of it
without a line break at the given offset. Texts written for this test."""

from newsclean.decode import normalize, printable_page
from newsclean.para import Para
from newsclean.pipeline import _line_para

_PAGE = "Caf\u00e9 owners met on Tuesday.\nThe \u201cnew\u201d rules start next month.\n"


def test_printable_page_is_the_tested_object_only():
    page = normalize(_PAGE)
    assert printable_page(page)
    copy = "".join(list(page))  # equal, another object
    assert copy == page and copy is not page
    assert not printable_page(copy)


def test_page_with_a_character_that_is_not_printable_is_not_vouched_for():
    page = normalize("Caf\u00e9 owners met.\nA private sign \ue000 here.\n")
    assert "\ue000" in page
    assert not printable_page(page)


def test_line_para_knows_only_pieces_of_the_page_at_their_offset():
    page = normalize(_PAGE)
    start = page.index("The ")
    line = page[start : page.index("\n", start)]
    assert _line_para(start, line, page)._printable
    assert not _line_para(start, line, None)._printable
    assert not _line_para(start + 1, line, page)._printable  # not at its offset
    other = "The \u201cnew\u201d rules\u2028start next month."  # not a piece of the page
    assert not _line_para(start, other, page)._printable
    two = page[: page.index("month.") + 6]  # a piece holding the line break
    assert not _line_para(0, two, page)._printable


def test_clean_is_the_same_with_and_without_the_flag():
    for text in ["Caf\u00e9  owners met.", " The \u201cnew\u201d rules. ", "Plain words here."]:
        assert Para(0, text, True).clean == Para(0, text).clean
    assert Para(0, "A\u00a0sign\u00a0here").clean == "A sign here"  # not printable: folded


def test_printable_piece_trusts_only_pieces_of_the_page():
    from newsclean.needles import printable_piece

    page = normalize(_PAGE)
    start = page.index("The ")
    line = page[start : page.index("\n", start)]
    assert printable_piece(line, page, start)
    tabbed = line.replace(" ", "\t")  # not a piece of the page, not printable
    assert not printable_piece(tabbed, page, start)
    assert not printable_piece(tabbed, None, start)
    two = page[: page.index("month.") + 6]  # a piece holding the line break
    assert not printable_piece(two, page, 0)
    assert printable_piece(line, None, 0)  # no page: tested as before


def test_line_rules_answer_the_same_with_the_page():
    from newsclean.rules import default_rules

    rules = default_rules()
    key = max(rules._line_text, key=len)
    wide = key.replace(" ", "\t" * rules._line_text_width)  # not printable, folds to the phrase
    page = normalize(_PAGE)
    # the page vouches for its own lines only: a tab line at any offset is still tested
    assert rules._line_rule(wide, page, 0) == rules._line_text[key]
    assert rules.line_rule(wide, page, 0) == rules._line_text[key]
    phrase, rid = rules.chrome_phrases[0]
    cut = phrase[:12].replace(" ", "\t" * rules._line_text_width)
    assert rules.truncated_chrome(cut, page, 0) == rid
