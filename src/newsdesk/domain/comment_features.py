"""What the learned spam filter sees of a comment: its words and a few facts about it.

A comment becomes a list of named features: the words and word pairs of its text, the
words of the author's name, the domains it links to, the website's and the e-mail
address's domains, how many links, how long, whether it shouts. The names are what the
filter weighs and what it shows a moderator as its reasons ("word: channel", "links: 2
or more"), so they read as plain words. Only the first `MAX_CHARACTERS` of the text and
`MAX_WORDS` words count: a hostile comment of megabytes costs what a long one does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

FEATURES_VERSION = 1
"""Raised whenever the features change: a model stored with another version is retrained."""

MAX_CHARACTERS = 5_000
MAX_WORDS = 800
_WORD = re.compile(r"\w+")
_LINK = re.compile(r"(?i)\bhttps?://([^\s/?#<>\"']+)|(?<![/\w.])www\.([^\s/?#<>\"']+)")
_SHOUT = re.compile(r"[!?]{2,}")


@dataclass(frozen=True, slots=True)
class CommentText:
    """The fields of a comment the filter reads (no IP address: it is no word of anyone's)."""

    body: str
    name: str = ""
    email: str = ""
    website: str = ""


def _domain(host: str) -> str:
    host = host.lower().rstrip(".").split("@")[-1].split(":")[0]
    return host.removeprefix("www.")


def _length(characters: int) -> str:
    if characters < 20:
        return "under 20 characters"
    if characters < 100:
        return "under 100 characters"
    if characters < 500:
        return "under 500 characters"
    return "500 characters or more"


def _shouts(text: str) -> bool:
    """Mostly capitals (at least ten letters)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 10 and sum(c.isupper() for c in letters) / len(letters) > 0.3


def features(comment: CommentText) -> list[str]:
    """The comment's features, named as a moderator reads them."""
    text = comment.body[:MAX_CHARACTERS]
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    found = [f"word: {w}" for w in words]
    found += [f"words: {a} {b}" for a, b in pairwise(words)]
    links = _LINK.findall(text)
    count = len(links)
    found.append("links: none" if not count else "links: 1" if count == 1 else "links: 2 or more")
    found += [f"links to: {_domain(a or b)}" for a, b in links[:20]]
    found.append(f"length: {_length(len(comment.body))}")
    if _shouts(text):
        found.append("shape: capitals")
    if _SHOUT.search(text):
        found.append("shape: !! or ??")
    found += [f"name: {w}" for w in _WORD.findall(comment.name[:200].lower())[:10]]
    if comment.website:
        site = _LINK.findall(comment.website[:300])
        found.append(f"website: {_domain(site[0][0] or site[0][1])}" if site else "website: given")
    if "@" in comment.email:
        found.append(f"e-mail at: {_domain(comment.email[:200])}")
    return found
