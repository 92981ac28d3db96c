"""Which pages a rule file (or one rule) is about: hosts and URL globs matched against ``url=``.

A site's words are chrome on that site and story text elsewhere ("Singapore" as a section
marker on one aggregator is a word of a sentence on another), so a rule file can say where
it applies. A scoped rule applies when the page's URL matches, and also when no URL is given:
a page passed without one is not known to be elsewhere, and the bundled Daily8 rules must
keep working on pages saved without their address.

Globs are matched by a loop over their literal pieces (``*`` any run of characters, ``?``
one), never compiled to a regular expression: a user's glob cannot backtrack.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import RulesError

# Past this many characters a URL is matched on its first part only (URLs in the wild stay
# under 2,000; a glob's cost is this times the glob's length).
MAX_URL_CHARS = 4096
# A rule file's URL glob is refused past this length: matching costs its length times the
# URL's, and a real glob is a path pattern of a few dozen characters.
MAX_GLOB_CHARS = 500
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


@dataclass(frozen=True)
class Scope:
    """Hosts (each with its subdomains) and URL globs; a page matches if any of them does."""

    hosts: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()

    def matches(self, url: str | None) -> bool:
        """Whether a page at ``url`` is in scope (always, when there is no URL)."""
        if not url:
            return True
        if self.hosts:
            host = host_of(url)
            if host is not None and any(host == h or host.endswith("." + h) for h in self.hosts):
                return True
        if self.urls:
            forms = _url_forms(url)
            return any(glob_match(g, f) for g in self.urls for f in forms)
        return False


def host_of(url: str) -> str | None:
    """The URL's host name, lower-case, without port or a trailing dot (``None`` if it has none)."""
    try:
        host = urlsplit(url[:MAX_URL_CHARS] if "//" in url else "//" + url[:MAX_URL_CHARS]).hostname
    except ValueError:
        return None
    return host.rstrip(".") if host else None


def _url_forms(url: str) -> tuple[str, ...]:
    """The URL as written (scheme and host lower-cased), and without its scheme, so that
    ``https://example.com/news/*`` and ``example.com/news/*`` both match it."""
    url = url[:MAX_URL_CHARS]
    scheme, sep, rest = url.partition("://")
    if not sep:
        return (url,)
    host, slash, path = rest.partition("/")
    rest = host.lower() + slash + path
    return (scheme.lower() + "://" + rest, rest)


def glob_match(pattern: str, text: str) -> bool:
    """``*`` matches any run of characters, ``?`` any one; everything else itself.

    The pieces between stars are found left to right, each at its first place after the
    one before (the classic greedy wildcard match, which is exact for stars): the work is
    at most the text's length times the pattern's, whatever the pattern.
    """
    pieces = pattern.split("*")
    if len(pieces) == 1:
        return len(text) == len(pattern) and _piece_at(pattern, text, 0)
    first, last = pieces[0], pieces[-1]
    if len(first) + len(last) > len(text):
        return False
    if not _piece_at(first, text, 0) or not _piece_at(last, text, len(text) - len(last)):
        return False
    pos, end = len(first), len(text) - len(last)
    for piece in pieces[1:-1]:
        found = _find(piece, text, pos, end)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def _piece_at(piece: str, text: str, pos: int) -> bool:
    if pos < 0 or pos + len(piece) > len(text):
        return False
    return all(c == "?" or text[pos + k] == c for k, c in enumerate(piece))


def _find(piece: str, text: str, pos: int, end: int) -> int:
    """The first place from ``pos`` where ``piece`` (with ``?``) fits before ``end``, or -1."""
    if "?" not in piece:
        i = text.find(piece, pos, end)
        return i
    for i in range(pos, end - len(piece) + 1):
        if _piece_at(piece, text, i):
            return i
    return -1


def parse_scope(value: object, where: str) -> Scope:
    """A ``[site]`` table (or a rule's ``site = {...}``), validated."""
    if not isinstance(value, dict):
        raise RulesError(f"{where}: expected a table with 'hosts' and/or 'urls'")
    extra = set(value) - {"hosts", "urls", "note"}
    if extra:
        key = sorted(extra)[0]
        hint = (
            " (a top-level key such as 'disable' must come before the file's first [table])" if key == "disable" else ""
        )
        raise RulesError(f"{where}.{key}: unknown key (expected 'hosts', 'urls', 'note'){hint}")
    hosts = _string_list(value.get("hosts", []), f"{where}.hosts")
    urls = _string_list(value.get("urls", []), f"{where}.urls")
    if not hosts and not urls:
        raise RulesError(f"{where}: needs 'hosts' or 'urls' (a scope that names no page would apply nowhere)")
    clean: list[str] = []
    for i, h in enumerate(hosts):
        host = h.strip().lower().rstrip(".")
        if "://" in host or "/" in host:
            raise RulesError(f"{where}.hosts[{i}]: {h!r} is a URL; write the host alone ('example.com') or use 'urls'")
        if host.startswith("*.") or "*" in host:
            raise RulesError(
                f"{where}.hosts[{i}]: {h!r}: a host already covers its subdomains; write it without '*'"
                " (or use a glob in 'urls')"
            )
        if not host or not set(host) <= _HOST_CHARS or host.startswith(("-", ".")):
            raise RulesError(f"{where}.hosts[{i}]: {h!r} is not a host name")
        clean.append(host)
    for i, g in enumerate(urls):
        if len(g) > MAX_GLOB_CHARS:
            raise RulesError(f"{where}.urls[{i}]: a URL glob of more than {MAX_GLOB_CHARS} characters")
        if g.strip() != g or not g:
            raise RulesError(f"{where}.urls[{i}]: {g!r} has spaces around it")
    return Scope(tuple(clean), tuple(urls))


def _string_list(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RulesError(f"{where}: expected a string or a list of non-empty strings")
    return list(value)
