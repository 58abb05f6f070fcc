"""What a service call changed, so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    articles: frozenset[int] = frozenset()
    article_list: bool = False
    sections: bool = False
    related_links: bool = False
    comments: bool = False
    plan: bool = False
    """The planning desk's budget (plan items, who is on them)."""
    wires: bool = False
    """Agency wire items (a new item or version came in) or the stories rewritten from them."""

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            articles=self.articles | other.articles,
            article_list=self.article_list or other.article_list,
            sections=self.sections or other.sections,
            related_links=self.related_links or other.related_links,
            comments=self.comments or other.comments,
            plan=self.plan or other.plan,
            wires=self.wires or other.wires,
        )
