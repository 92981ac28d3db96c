"""The line rules' width gate (``RuleSet._line_rule``, ``RuleSet.truncated_chrome``): the
cheap width test runs first and the printable test only for a line wider than the longest
phrase; a wide line that is not printable (tabs, which the folding turns into one space)
must still be folded and found, and a wide printable line never is."""

from newsclean.rules import default_rules

# text written for this test: none of the bundled phrases
_FILLER = "Our reporter walked along the river to the old mill and back again before dusk"


def _longest_phrase(rules):
    return max(rules._line_text, key=len)


def test_wide_line_of_tabs_still_folds_to_its_phrase():
    rules = default_rules()
    width = rules._line_text_width
    key = _longest_phrase(rules)
    wide = key.replace(" ", "\t" * width)  # wider than every phrase, not printable
    assert len(wide) - wide.count(" ") > width
    assert rules._line_rule(wide) == rules._line_text[key]
    assert rules._line_rule(key) == rules._line_text[key]


def test_wide_printable_line_is_not_folded():
    # near miss: the phrase inside a wider printable line is no line phrase
    rules = default_rules()
    key = _longest_phrase(rules)
    line = f"{key} {_FILLER} {_FILLER}"
    assert rules._line_rule(line) is None
    assert rules.truncated_chrome(line) is None


def test_truncated_chrome_with_tabs_still_found():
    rules = default_rules()
    width = rules._line_text_width
    phrase, rid = rules.chrome_phrases[0]
    cut = phrase[:12]
    assert " " in cut
    wide = cut.replace(" ", "\t" * width)
    assert len(wide) - wide.count(" ") > width
    assert rules.truncated_chrome(wide) == rid
    assert rules.truncated_chrome(cut) == rid
