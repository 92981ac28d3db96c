"""Splitting a credit phrase into people's names ("C. ARUNO, BENJAMIN LEE and R. ARAVINTHAN")."""

from __future__ import annotations

from collections.abc import Callable

import regex

from .lexicon import MASTHEAD_WORDS_ABROAD, NAME_ENDS, NAME_PARTICLES, OUTLET_WORDS, PAPER_WORDS, ROLE_WORDS
from .thresholds import NAME_MAX_TOKENS, NAME_MIN_CHARS, PAPER_NAME_MAX_WORDS

# "and" in the languages whose bylines the line reader knows ("Por Jane Roe y Sam Poe", "Par
# ... et ...", "Von ... und ...", "Oleh ... dan ..."); not "en", which is also "in" ("en Madrid").
_SPLIT = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|y|e|et|und|dan)\s+|\s*&\s*|\s*;\s*|\s*\|\s*|\s+/\s+)")
_PARTICLES = NAME_PARTICLES
_NAME_ENDS = NAME_ENDS
_POSSESSIVE = ("'s", "’s")


def split_names(text: str, *, outlet: str | None = None) -> list[str]:
    """People named in ``text``: role words and outlet names dropped, order kept."""
    out: list[str] = []
    for part in _SPLIT.split(text.strip(" .;:()")):
        if outlet and part.strip(" .").casefold() == outlet.casefold():
            continue  # "By Jane Roe, Harbour 24" under Harbour 24's header
        if any(c.isdigit() for c in part):
            continue  # a stamp beside the names: "By Jane Roe | Updated: June 9, 2025 10:21 IST"
        tokens = part.split()
        # skip leading role words ("correspondent Akihiko Kaise"), then take the run of
        # capitalised tokens, stopping at a place ("Jane Roe in Seoul")
        k = 0
        while k < len(tokens) and not tokens[k][:1].isupper():
            k += 1
        end = k
        while end < len(tokens) and (tokens[end][:1].isupper() or tokens[end] in _PARTICLES):
            if tokens[end] in _NAME_ENDS and end > k:
                break
            end += 1
        name_tokens = tokens[k:end]
        if any(t.endswith(_POSSESSIVE) for t in name_tokens[:-1]):
            continue  # "By Dawn's Early Light": a headline's phrase, no one's name
        while name_tokens and name_tokens[-1] in _PARTICLES:
            name_tokens.pop()
        if not name_tokens or len(name_tokens) > NAME_MAX_TOKENS:
            continue
        name = " ".join(name_tokens).strip(" .,")
        words = {w.lower().strip(".,'’") for w in name_tokens}
        last = name_tokens[-1].lower().strip(".,'’")
        if words & ROLE_WORDS or last in OUTLET_WORDS or (outlet and name.casefold() == outlet.casefold()):
            continue
        if len(name) >= NAME_MIN_CHARS and name not in out:
            out.append(name)
    return out


def without_town(names: list[str], kept: Callable[[str], bool] = lambda _name: False) -> list[str]:
    """``names`` without the writers' town after them (``writers_town``); a last name
    ``kept`` says is someone's (an agency's or outlet's: "By Jane Roe, Reuters") stays."""
    town = writers_town(names)
    return names if town is None or kept(town) else names[:-1]


def writers_town(names: list[str]) -> str | None:
    """The last of a byline's names when it is the writers' town ("By Jane Roe, Portwick",
    "By Ali Khan and Sam Poe, Karachi"): one capitalised word after names of two words or
    more. Callers ask the rules first: an agency or outlet there ("Jane Roe, Reuters") is one.

    Why: regional and South Asian papers print the reporter's city after the name, and the
    city was read as a second writer. No labelled byline in the corpora names a writer by
    one word, while two-word names are the rule; among one-word names ("By Ana, Bea and
    Cyd") a one-word name is left a name."""
    if len(names) < 2:  # noqa: PLR2004 (a writer and a town)
        return None
    town = names[-1]
    if " " in town or not town[:1].isupper() or any(c.isdigit() for c in town):
        return None
    return town if all(len(n.split()) >= 2 for n in names[:-1]) else None  # noqa: PLR2004 (first and last name)


# A site's domain standing for its name ("Philstar.com", "www.example.co.uk", "coastpost.news").
_DOMAIN = regex.compile(r"(?i)(?:www\.)?[\w-]{1,60}(?:\.[\w-]{1,30}){0,3}\.[a-z]{2,12}")


def masthead(name: str) -> bool:
    """A paper's name by its last word ("Valley Gazette", "The Kessel Courier", "The Herald")
    or a site's domain ("Philstar.com"): an outlet's shape, where a person's name or a section
    has another (the byline reader and the title decorations ask it)."""
    words = name.split()
    if len(words) == 1:
        return _DOMAIN.fullmatch(name) is not None
    return words[-1].lower() in OUTLET_WORDS and all(w[:1].isupper() for w in words)


# Lower-case words a paper's name may hold between its capitalised ones ("Folha de S.Paulo",
# "Jornal do Vale", "The Times of India").
_PAPER_PARTICLES = NAME_PARTICLES | frozenset("do dos das of".split())


def paper_name(name: str) -> bool:
    """Whether a name standing alone on a card's line is a newspaper's by its words: two to
    ``PAPER_NAME_MAX_WORDS`` capitalised words, one of them a paper's word in any language
    the date reader knows ("Coast Post", "The Morning Ledger", "Harian Pagi", "Diario del
    Valle"; lexicon.PAPER_WORDS).

    Why: aggregators print each story's publisher on its own line above the headline
    (news.google.com's cards, msn.com's feed, where the publisher's logo and name open each
    card over its title and time), and the header reading gave any short line above a title
    to the entry as its section. A section's name holds no paper word ("World News",
    "Market Monitor", "Local"), and a known outlet is looked up before this. Where the word
    stands matters: an English masthead ends with it ("Coast Post") or with "of" after it
    ("The Times of India"), and sections open with it ("Post Politics", "Times Insider");
    the other languages' paper words may also open the name ("Harian Pagi", "Folha do Vale").
    """
    words = name.split()
    if not 2 <= len(words) <= PAPER_NAME_MAX_WORDS:  # noqa: PLR2004 (a name of one word is no paper's by shape)
        return False
    if not all(w[:1].isupper() or w in _PAPER_PARTICLES for w in words) or not words[0][:1].isupper():
        return False
    low = [w.lower().strip(".,'’") for w in words]
    if low[-1] in PAPER_WORDS or (low[0] in MASTHEAD_WORDS_ABROAD and low[0] in PAPER_WORDS):
        return True
    return any(w in PAPER_WORDS and low[k + 1] in _PAPER_PARTICLES for k, w in enumerate(low[:-1]))
