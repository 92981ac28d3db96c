"""Splitting a credit phrase into people's names ("C. ARUNO, BENJAMIN LEE and R. ARAVINTHAN")."""

from __future__ import annotations

import regex

_SPLIT = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*)")
ROLE_WORDS = frozenset(
    "correspondent reporter writer editor contributor columnist photographer producer "
    "staff journalist bureau chief senior deputy special desk news globe times".split()
)


def split_names(text: str, *, outlet: str | None = None) -> list[str]:
    """People named in ``text``: role words and outlet names dropped, order kept."""
    out: list[str] = []
    for part in _SPLIT.split(text.strip(" .;:()")):
        tokens = part.split()
        # keep the trailing run of capitalised tokens: "correspondent Akihiko Kaise" -> name
        k = len(tokens)
        while k > 0 and tokens[k - 1][:1].isupper():
            k -= 1
        name_tokens = tokens[k:]
        if not name_tokens or len(name_tokens) > 5:
            continue
        name = " ".join(name_tokens).strip(" .,")
        words = {w.lower().strip(".,'’") for w in name_tokens}
        if words & ROLE_WORDS or (outlet and name.casefold() == outlet.casefold()):
            continue
        if len(name) >= 3 and name not in out:
            out.append(name)
    return out
