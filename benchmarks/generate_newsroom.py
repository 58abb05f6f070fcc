"""Build a large, realistic newsroom database for benchmarks.

    python benchmarks/generate_newsroom.py --database sqlite:///benchmarks/out/big.sqlite \
        --articles 100000 --comments 1000000 [--seed 1]

Stories, standfirsts, Markdown bodies and comments are composed by a small seeded grammar
(topic vocabularies, sentence templates, quotes, lists, subheadings), so no two bodies are
alike and full-text search sees a natural spread of common and rare words. Rows go in with
SQLAlchemy Core `insert()` executemany, a batch per transaction, on the engine that
`open_database` returns (so migrations, FTS triggers and the PostgreSQL search column are
the application's own).

Other benchmarks import `generate(url, articles, comments, seed)` and `make_body(rng, size)`.
The same seed gives the same text; timestamps are laid out relative to the day of the run.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
import unicodedata
import uuid
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.util import find_spec
from itertools import accumulate
from pathlib import Path
from typing import Any

if find_spec("newsdesk") is None:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import Insert, func, insert, select, text
from sqlalchemy.engine import Connection

from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.slugs import slugify
from newsdesk.services.sync.copying import table_of
from newsdesk.storage import orm
from newsdesk.storage.database import Database, DatabaseError, open_database

BATCH_ROWS = 2_000
YEARS_OF_ARCHIVE = 6

# ==========================================================================================
# A tiny grammar: a rule is a list of templates ("{slot}" expands another rule) or a
# function of the random generator. Repeating a template in a list weights it.
# ==========================================================================================

Rule = Sequence[str] | Callable[[random.Random], str]
_SLOT = re.compile(r"\{(\w+)\}")


def _alts(choices: str) -> list[str]:
    """'a | b | c' -> ['a', 'b', 'c']: keeps long vocabularies compact."""
    return [choice.strip() for choice in choices.split("|")]


def _words(words: str) -> list[str]:
    return words.split()


def _compile(template: str) -> tuple[str, ...]:
    """'The {org} said' -> ('The ', 'org', ' said'): odd positions are slot names."""
    return tuple(_SLOT.split(template))


class Grammar:
    def __init__(self, rules: dict[str, Rule]) -> None:
        self.rules: dict[str, list[tuple[str, ...]] | Callable[[random.Random], str]] = {}
        self.update(rules)

    def update(self, rules: dict[str, Rule]) -> None:
        for key, rule in rules.items():
            self.rules[key] = rule if callable(rule) else [_compile(t) for t in rule]

    def with_rules(self, rules: dict[str, Rule]) -> Grammar:
        child = Grammar({})
        child.rules = dict(self.rules)
        child.update(rules)
        return child

    def expand(self, rng: random.Random, key: str) -> str:
        rule = self.rules[key]
        if callable(rule):
            return rule(rng)
        pieces = rule[int(rng.random() * len(rule))]
        if len(pieces) == 1:
            return pieces[0]
        out = []
        for index, piece in enumerate(pieces):
            out.append(self.expand(rng, piece) if index % 2 else piece)
        return "".join(out)

    def sentence(self, rng: random.Random, key: str) -> str:
        said = self.expand(rng, key)
        return said[0].upper() + said[1:] if said else said


# ---- numbers, dates and names ------------------------------------------------------------


def _money(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return f"£{rng.randint(2, 950)}m"
    if roll < 0.65:
        return f"£{rng.randint(1, 48)}.{rng.randint(1, 9)}bn"
    if roll < 0.85:
        return f"£{rng.randint(12, 990) * 1000:,}"
    return f"${rng.randint(3, 700)}m"


def _percent(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(2, 90)} per cent"
    return f"{rng.randint(1, 19)}.{rng.randint(1, 9)}%"


def _count(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        return str(rng.randint(3, 99))
    if roll < 0.7:
        return f"{rng.randint(100, 9_999):,}"
    if roll < 0.9:
        return f"{rng.randint(10, 950) * 100:,}"
    return f"{rng.randint(1, 12)}.{rng.randint(1, 9)} million"


def _year(rng: random.Random) -> str:
    return str(rng.randint(1968, 2031))


FEW = _alts("two | three | four | five | six | seven | eight | nine | ten | a dozen")


def _small_number(rng: random.Random) -> str:
    return rng.choice(FEW)


def _crowd(rng: random.Random) -> str:
    return f"{rng.randint(12, 4_000):,}" if rng.random() < 0.9 else f"{rng.randint(5, 60)},000"


def _score(rng: random.Random) -> str:
    return f"{rng.randint(0, 5)}-{rng.randint(0, 4)}"


FIRST_NAMES = _words(
    """Amara Tobias Ingrid Rafael Priya Declan Mei Oluwaseun Hannah Mateo Freya Idris
Zofia Callum Leilani Yusuf Saoirse Arjun Beatriz Henrik Nia Kwame Isla Dmitri Farah Ewan
Lucía Thabo Niamh Kenji Rosalind Ibrahim Marta Otis Anneke Samir Greta Malik Fenella Jonas
Adaeze Rhys Chiara Bogdan Esme Tariq Wren Joaquín Ayesha Florian Maeve Kofi Harriet Pavel
Inès Desmond Soraya Lachlan Tamsin Emeka Sunniva Hamish Noor Gideon Clemence Ravi Orla
Bastian Yetunde Cormac Elif Magnus Delphine Aziz Perpetua Ruairi Shirin Anselm Keziah Zoë
Søren José Chloé Łukasz Nadia Felix Imogen Jamal Agnieszka Fraser Leona Horatio"""
)

SURNAMES = _words(
    """Okafor Lindqvist Marchetti Brannigan Achterberg Nakamura Ferreira Haldane Osei
Whitlock Kowalczyk Mbeki Strachan Delacroix Thorne Abernethy Varga Castellanos Pemberton
Adeyemi Rasmussen Quigley Halvorsen Mendoza Fairbairn Iqbal Sorensen Chukwu Galloway Moreau
Petrakis Lindgren Oyelaran Birkett Takahashi Carvalho Dunmore Hashemi Nyström Balogun Prentice
Villanueva Mackintosh Adebayo Kaczmarek Ashworth Delgado Fitzwilliam Eriksen Obi Trelawney
Santangelo Mwangi Horvath Kilbride Sato Rowntree Abiodun Lachance Montague Grünewald
Cheung Featherstone Oduya Laurent Ramsbottom Yilmaz Dalgleish Novak Achebe Gwynne Szabó
Hollis Nwosu Bellamy Rahman Cartwright Esposito Mulholland Bianchi Ekström Drummond Mensah
Kavanagh Ibarra Winterbourne Zielinski Attwood Oyelowo Castellan Fairweather Petrović
Lomax Okonkwo Hargreaves Soler Blackwood Venter McIlroy Adjei Ravenscroft Duarte Penhaligon
Sandoval Ahearne Ogunleye Wetherby Brennan Sokolova Tavistock Mbatha Cresswell Marlowe"""
)

CITIES = _alts(
    """London|Manchester|Glasgow|Cardiff|Belfast|Dublin|Paris|Berlin|Lagos|Nairobi|Mumbai
|Jakarta|São Paulo|Buenos Aires|Toronto|Sydney|Wellington|Tokyo|Seoul|Istanbul|Cairo
|Johannesburg|Lisbon|Madrid|Rome|Athens|Warsaw|Kyiv|Stockholm|Oslo|Reykjavík|Brussels|Geneva
|Vienna|New York|Washington|Chicago|Mexico City|Bogotá|Lima|Santiago|Accra|Dakar|Addis Ababa
|Karachi|Dhaka|Hanoi|Manila|Singapore|Auckland|Edinburgh|Leeds|Bristol|Newcastle|Liverpool
|Birmingham|Aberdeen|Swansea|Derry|Plymouth|Norwich|Hull|Inverness|Sheffield|Nottingham
|Brighton|Exeter|Galway|Cork|Montreal|Vancouver|Cape Town|Kampala|Lusaka|Hong Kong|Taipei
|Bangkok|Delhi|Kolkata|Doha|Amman|Beirut|Tbilisi|Vilnius|Tallinn|Helsinki|Copenhagen
|Amsterdam|Rotterdam|Marseille|Lyon|Barcelona|Seville|Naples|Milan|Zagreb|Sarajevo|Sofia
|Bucharest|Budapest|Prague""".replace("\n", "")
)

_TOWN_HEADS = _words(
    """Ash Bram Cold Dun Elm Fen Glen Hart Kings Lang Mill North Oak Pen Red Stan Thorn
West Whit Wood Brack Chal Cran Dray Egg Fal Gos Hol Ink Kes Lud Mar Ned Ot Pud Quen Rush Sel
Tad Ul Wen Yar"""
)
_TOWN_TAILS = _words(
    """bury ford ham ley mouth stead ton wick worth field gate bridge combe dale holm by
thorpe well hurst minster brook cot"""
)
TOWNS = [head + tail for head in _TOWN_HEADS for tail in _TOWN_TAILS]

WEEKDAYS = _alts("Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday")
MONTHS = _words(
    """January February March April May June July August September October November
December"""
)

# Words that turn up only now and then, so a "rare word" search has something to find.
# Each is about 0.6 times as frequent as the one before it: from a few thousand stories
# for "chandelier" down to a handful for "astrolabe" (benchmarks search for "theremin").
RARE_OBJECTS = _words(
    """chandelier accordion gramophone harpsichord mandolin metronome periscope samovar
sextant zeppelin theremin narwhal orrery tricorn abacus astrolabe"""
)
_RARE_WEIGHTS = list(accumulate(0.6**rank for rank in range(len(RARE_OBJECTS))))

# A long tail of surnames made from syllables, so names give the index many rare terms.
_MADE_UP_SURNAMES = [
    head + middle + tail
    for head in _words("Al Bar Cor Dal El Fen Gar Hal Ker Lin Mor Nor Or Pen Quar Ros Sal Tor")
    for middle in ("", "a", "e", "i", "o", "en", "er", "an")
    for tail in _words("by dale ton wick ley mer ski ova ez sen ard ing ott elli ani ou")
]


def _person(rng: random.Random) -> str:
    surnames = SURNAMES if rng.random() < 0.7 else _MADE_UP_SURNAMES
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(surnames)}"


def _rare(rng: random.Random) -> str:
    return rng.choices(RARE_OBJECTS, cum_weights=_RARE_WEIGHTS)[0]


_RECENTLY = _alts("last week | last month | earlier this year | last year")
_LATELY = _alts("this week | overnight | on Friday evening | within hours | at the weekend")


def _when(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return f"on {rng.choice(WEEKDAYS)}"
    if roll < 0.5:
        return rng.choice(_RECENTLY)
    if roll < 0.7:
        return f"in {rng.choice(MONTHS)}"
    if roll < 0.85:
        return rng.choice(_LATELY)
    return f"in {_year(rng)}"


_TITLE_ADJECTIVES = _words(
    "Glass Silent Burning Northern Last Hollow Golden Salt Paper Winter Borrowed Crooked "
    "Quiet Distant Lantern Iron Velvet Drowned"
)
_TITLE_NOUNS = _words(
    "Orchard Harbour Kingdom Letters Archive Lighthouse Summer Choir River Garden Mirror "
    "Inheritance Tide Household Country Machine Wedding"
)


def _work_title(rng: random.Random) -> str:
    """A made-up book, film or album title, in Markdown italics."""
    return f"*The {rng.choice(_TITLE_ADJECTIVES)} {rng.choice(_TITLE_NOUNS)}*"


# ---- shared sentence grammar ---------------------------------------------------------------

BASE_RULES: dict[str, Rule] = {
    "person": _person,
    "money": _money,
    "percent": _percent,
    "count": _count,
    "year": _year,
    "few": _small_number,
    "score": _score,
    "ordinal": _alts("second | third | fourth | fifth | sixth | seventh | eighth"),
    "crowd": _crowd,
    "when": _when,
    "city": lambda rng: rng.choice(CITIES),
    "town": lambda rng: rng.choice(TOWNS),
    "weekday": lambda rng: rng.choice(WEEKDAYS),
    "month": lambda rng: rng.choice(MONTHS),
    "work": _work_title,
    "rare": _rare,
    "said": _alts("said | said | said | told reporters | added | argued | insisted | warned"),
    "speaker": ["{person}, {role} at {org},", "{person}, the {role},", "a spokesperson for {org}"],
    "speaker_short": _alts("{person} | the {role} | {person} | one {role}"),
    "source": _alts(
        "figures published {when} | documents seen by this newspaper | "
        "people familiar with the discussions | a report by {org} | {org} | "
        "analysis of official data | a survey of {count} people"
    ),
    "hedge": ["", "", "", "broadly ", "largely ", "quietly ", "repeatedly "],
    "verb_past": _alts(
        "announced | confirmed | rejected | approved | delayed | defended | "
        "published | unveiled | scrapped | revised | questioned | welcomed | "
        "postponed | backed"
    ),
    "trend": _alts(
        "risen by {percent} | fallen by {percent} | doubled since {year} | "
        "barely changed in a decade | reached its highest level since {year} | "
        "dropped to {count} | climbed for the {ordinal} month running"
    ),
    "clause": _alts(
        "{org} will {action} {when} | the cost of {object} has {trend} | "
        "{count} people have been affected | {object} was never properly costed | "
        "the decision to {action} had been taken {when} | "
        "nobody at {org} had been consulted | {object} could be ready by {year} | "
        "{org} had {hedge}{verb_past} {object} | "
        "the number of {plural} has {trend} | the row over {object} is far from over"
    ),
    "quote": _alts(
        "We have been clear from the start that {clause} | "
        "Nobody should be under any illusion about {event} | "
        "This is about {value}, not {value} | "
        "It is simply not good enough, and people in {place} deserve better | "
        "We will {action} whatever it takes | "
        "I have never seen anything like it in {few} decades | "
        "The figures speak for themselves: {clause} | "
        "We are listening, and we will {action} | Frankly, {clause} | "
        "There is a real risk that {clause} | It was the right call at the time | "
        "People are tired of being told to wait | "
        "We knew {event} would be difficult, but not this difficult | "
        "If {org} cannot {action}, nobody can | "
        "Let me be absolutely clear: we will not {action} at any price | "
        "The people of {place} have waited long enough | "
        "What matters now is {value} | "
        "I understand the frustration, I really do | "
        "Nobody at {org} has picked up the phone to us | "
        "We have asked {org} {few} times and heard nothing | "
        "There were {count} of us there and not one of us was asked | "
        "It is a start, but it is only a start | "
        "We are still waiting for answers about {event}"
    ),
    "value": _alts(
        "fairness | trust | accountability | money | politics | safety | ambition | "
        "competence | the long term | pride"
    ),
    "place": _alts("{city} | {town} | {town} | {city}"),
    "statement": _alts(
        "{org} {hedge}{verb_past} {object} {when}. | "
        "According to {source}, {clause}. | {speaker} {said} that {clause}. | "
        "The move follows {event}. | "
        "{object_cap} is expected to cost {money}, {hedge}more than first planned. | "
        "Critics say {clause}, while supporters point to {event}. | "
        "In {place}, {crowd} people {local_action}. | "
        "It is the {ordinal} time since {year} that {clause}. | "
        "Officials declined to say whether {clause}. | "
        "The spending on {object} has {trend}, according to {source}. | "
        "{speaker_short} {said} the plans were “under review”. | "
        "A decision on {object} is due {when}. | "
        "{org} has not yet responded to requests for comment. | "
        "Last year {org} set aside {money} for {object}. | "
        "Asked about {event}, {speaker_short} {said} only that {clause}. | "
        "By {year}, {org} hopes to {action}. | "
        "The number of {plural} in {place} has {trend} over the same period. | "
        "The episode has raised questions about {event}. | "
        "Separately, {org} {verb_past} {object}. | That figure has {trend}."
    ),
    "rare_statement": [
        "Among the items found in the building was a {rare}, later valued at {money}.",
        "Volunteers restored a {rare} that had been in storage since {year}.",
        "The auction's surprise lot was a {rare}, sold for {money}.",
    ],
    "lede": _alts(
        "{org} has {verb_past} {object}, {hedge}ending weeks of uncertainty over {event}. | "
        "{crowd} people in {place} {local_action} after {event}. | "
        "Plans to {action} have been {verb_past} by {org}, {when}. | "
        "{speaker} has {verb_past} {object} amid growing concern over {event}. | "
        "The future of {object} is in doubt after {org} {verb_past} {object} {when}."
    ),
    "local_action": _alts(
        "signed a petition | attended a public meeting | "
        "were left without power | joined the protest | "
        "were moved to temporary housing | applied for the scheme | "
        "turned out to vote | wrote to their MP"
    ),
    "quote_paragraph": _alts(
        "“{quote},” {speaker} {said}. | "
        "“{quote}. {quote},” {speaker} {said}. | "
        "{speaker_short} {said}: “{quote}.” | "
        "“{quote},” {speaker_short} {said}. “{quote}.”"
    ),
    "subheading": _alts(
        "What happens next | The background | How we got here | Who pays | "
        "A long road to {place} | The view from {place} | {object_cap} | "
        "Questions over {event} | Behind the numbers | Reaction | What {org} says"
    ),
    "list_intro": _alts(
        "The main points: | Key facts: | What has been agreed so far: | "
        "The proposals include: | At a glance:"
    ),
    "list_item": _alts(
        "{object_cap} by {year} | {money} for {object} | A review of {object} | "
        "{count} new {plural} | An end to {event} | Talks with {org} {when}"
    ),
    "standfirst": _alts(
        "{clause_cap}, {speaker_short} says, as {org} faces pressure over {event}. | "
        "The cost of {object} has {trend}. {clause_cap}. | "
        "{org_cap} insisted {clause}, but {plural} in {place} are not convinced. | "
        "The {role} says {clause}. | "
        "After {event}, {org} must now decide whether to {action}."
    ),
    "headline": _alts(
        "{hsubject} {hverb} {object} | {hsubject} {hverb} {object} | "
        "{hsubjects} {hverb_base} {object} | {hsubject} {hverb} {object} after {event} | "
        "{hsubjects} in {place} {hverb_base} {object} | "
        "‘{hquote}’: {hsubject} {hverb} {object} | "
        "{count} {plural} {hverb_plural} after {event} | "
        "What {event} means for {plural}"
    ),
    "hverb": _alts(
        "backs | rejects | delays | unveils | scraps | defends | warns over | "
        "calls for | faces questions over | signs off | wins fight over | pauses | "
        "doubles down on"
    ),
    "hverb_base": _alts(
        "back | reject | delay | unveil | scrap | defend | warn over | call for | "
        "face questions over | sign off | win fight over | pause | double down on"
    ),
    "hverb_plural": _alts("sign up | walk out | left waiting | turned away | to benefit"),
    "hquote": _alts("Not good enough | We were never told | It feels like home | A disgrace"),
}


@dataclass(frozen=True)
class Topic:
    slug: str
    rules: dict[str, Rule]
    tags: tuple[str, ...]


def _topic(slug: str, tags: str, **rules: Rule) -> Topic:
    return Topic(slug, rules, tuple(t.strip() for t in tags.split(",")))


TOPICS = [
    _topic(
        "news",
        "transport, housing, policing, courts, local government, elections, immigration, "
        "flooding, parliament, budget, protest, inquiry, public services, roads",
        org=_alts(
            "the city council | the county council | the Home Office | the Treasury | "
            "the transport authority | the regional assembly | the harbour board | "
            "the police and crime commissioner | the opposition | ministers | "
            "the electoral commission | the fire service"
        ),
        role=_alts(
            "council leader | chief constable | transport secretary | "
            "opposition spokesperson | housing minister | mayor | shadow chancellor | "
            "chief executive"
        ),
        object=_alts(
            "plans for a new tram line | a {money} bypass | "
            "the closure of {town} library | the bus franchising scheme | "
            "a review of stop and search | the housing target for {town} | "
            "the riverside flood defences | a ban on pavement parking | "
            "the inquiry's final report | changes to council tax | "
            "a new crown court building | the night bus network"
        ),
        action=_alts(
            "reopen the branch line | build {count} affordable homes | "
            "freeze council tax | recruit more officers | publish the full report | "
            "restore weekend services | hold a public inquiry | "
            "cut waiting times at the courts"
        ),
        event=_alts(
            "the collapse of the talks | the flooding in {town} | "
            "a damning inspection report | last month's by-election | the rail strike | "
            "the budget shortfall | the resignation of the council leader | "
            "the tram works"
        ),
        plural=_alts("residents | commuters | tenants | voters | councillors | officers"),
        hsubject=_alts("Council | Mayor | Inquiry | Home Office | Police chief | Treasury"),
        hsubjects=_alts("Ministers | Residents | MPs | Councillors | Commuters"),
    ),
    _topic(
        "business",
        "markets, interest rates, inflation, jobs, retail, banking, energy prices, trade, "
        "manufacturing, takeovers, pensions, small business",
        org=_alts(
            "the central bank | the competition regulator | Harland Freight | "
            "Castlegate Bank | the Northgate retail group | Meridian Energy | "
            "shareholders | the chamber of commerce | Pellworth Mills | "
            "the pensions regulator | Bexley & Stroud | the stock exchange"
        ),
        role=_alts(
            "chief executive | finance director | chief economist | analyst | chair | "
            "trade union official | governor"
        ),
        object=_alts(
            "quarterly profits | a {money} takeover bid | the interest rate decision | "
            "{count} job cuts | the merger with Castlegate | "
            "the pension scheme deficit | a new distribution centre in {town} | "
            "the dividend | energy price caps | the bonus pool | the export order book"
        ),
        action=_alts(
            "raise interest rates | hold rates steady | close {few} stores | "
            "move production to {city} | list its shares in {city} | cut prices | "
            "protect jobs at the plant | return cash to shareholders"
        ),
        event=_alts(
            "a profit warning | the fall in the pound | stubborn inflation | "
            "the collapse of a rival | weak Christmas trading | the failed merger | "
            "a slump in factory orders"
        ),
        plural=_alts("shoppers | savers | workers | investors | suppliers | borrowers"),
        hsubject=_alts("Bank | Retailer | Regulator | Central bank | Chipmaker | Airline"),
        hsubjects=_alts("Investors | Shareholders | Savers | Unions | Markets"),
    ),
    _topic(
        "sport",
        "football, cricket, rugby, tennis, athletics, transfers, cup final, injuries, "
        "women's sport, olympics, cycling",
        org=_alts(
            "Rovers | the home side | City | the county club | the governing body | "
            "United | the league | the selectors | Athletic | the visitors"
        ),
        role=_alts(
            "head coach | captain | manager | striker | wicketkeeper | team doctor | "
            "chairman | fly-half"
        ),
        object=_alts(
            "a late equaliser | the transfer of their top scorer | a {score} win | "
            "a place in the final | a new three-year contract | the ban on the winger | "
            "the relegation fight | a first century of the season | "
            "the stadium expansion"
        ),
        action=_alts(
            "avoid relegation | win the title | sign a new goalkeeper | "
            "appeal against the red card | rebuild the squad | reach the semi-finals"
        ),
        event=_alts(
            "a {score} defeat | the injury to their captain | "
            "a dramatic penalty shootout | the sacking of the manager | "
            "a rain-affected draw | the transfer deadline"
        ),
        plural=_alts("fans | players | season ticket holders | referees"),
        hsubject=_alts("Captain | Coach | Club | Manager | League | Striker"),
        hsubjects=_alts("Rovers | Champions | Fans | Selectors | United"),
    ),
    _topic(
        "culture",
        "books, film, music, theatre, visual art, festivals, television, reviews, museums, poetry",
        org=_alts(
            "the festival | the National Theatre | the arts council | the gallery | "
            "the orchestra | the publisher | the broadcaster | the museum trustees"
        ),
        role=_alts(
            "artistic director | novelist | curator | director | composer | critic | "
            "producer | festival director"
        ),
        object=_alts(
            "{work}, a debut novel | the new staging of {work} | "
            "a retrospective of her prints | the film adaptation of {work} | "
            "the shortlist for the prize | a second album, {work} | "
            "the museum's new wing | cuts to arts funding"
        ),
        action=_alts(
            "tour the production | reopen the galleries | return the artefacts | "
            "commission {few} new works | stream the concerts"
        ),
        event=_alts(
            "a sold-out run | the funding cuts | a row over the shortlist | "
            "the death of its founder | the premiere in {city}"
        ),
        plural=_alts("audiences | readers | artists | musicians | critics"),
        hsubject=_alts("Festival | Gallery | Novelist | Orchestra | Museum | Theatre"),
        hsubjects=_alts("Critics | Artists | Publishers | Trustees | Musicians"),
    ),
    _topic(
        "science",
        "space, climate science, physics, genetics, archaeology, research funding, "
        "astronomy, biology",
        org=_alts(
            "the research council | the university | the space agency | the observatory | "
            "a team at the institute | the Royal Society"
        ),
        role=_alts(
            "lead author | professor of genetics | astronomer | archaeologist | research fellow"
        ),
        object=_alts(
            "the first images from the telescope | a study of {count} patients | "
            "the remains of a Bronze Age settlement | a new species of beetle | "
            "the gene-editing trial | a lunar lander"
        ),
        action=_alts(
            "repeat the experiment | launch the satellite | share the data openly | "
            "sequence the genome"
        ),
        event=_alts(
            "a peer-reviewed study | the launch delay | the discovery near {town} | "
            "a funding freeze"
        ),
        plural=_alts("researchers | students | volunteers | scientists"),
        hsubject=_alts("Study | Telescope | University | Space agency | Observatory"),
        hsubjects=_alts("Scientists | Researchers | Archaeologists | Astronomers"),
    ),
    _topic(
        "technology",
        "artificial intelligence, privacy, cybersecurity, smartphones, broadband, "
        "social media, startups, regulation",
        org=_alts(
            "the data watchdog | Quillon Systems | the broadband provider | "
            "a start-up in {city} | the social network | the chipmaker"
        ),
        role=_alts("chief technology officer | founder | security researcher | engineer"),
        object=_alts(
            "a data breach affecting {count} customers | the new handset | "
            "rural broadband rollout | the age-verification rules | "
            "a {money} funding round | the outage"
        ),
        action=_alts("fix the flaw | delete the data | open an office in {city} | raise prices"),
        event=_alts("the outage | a cyber-attack | the software update | a fine from regulators"),
        plural=_alts("users | developers | customers | engineers"),
        hsubject=_alts("Watchdog | Start-up | Social network | Broadband firm"),
        hsubjects=_alts("Hackers | Users | Developers | Regulators"),
    ),
    _topic(
        "environment",
        "climate, pollution, wildlife, rivers, energy, farming, recycling, conservation, weather",
        org=_alts(
            "the environment agency | the water company | the wildlife trust | "
            "campaigners | the national park authority"
        ),
        role=_alts("ecologist | campaign director | farmer | hydrologist"),
        object=_alts(
            "sewage discharges into the river | the offshore wind farm | "
            "a ban on peat compost | the reintroduction of beavers | "
            "the air quality zone | a new solar farm near {town}"
        ),
        action=_alts(
            "plant {count} trees | stop the discharges | protect the wetland | cut emissions"
        ),
        event=_alts("the heatwave | the storm | a fish kill | the drought order"),
        plural=_alts("farmers | anglers | campaigners | walkers"),
        hsubject=_alts("Water firm | Wildlife trust | Environment agency | National park"),
        hsubjects=_alts("Campaigners | Farmers | Anglers | Ecologists"),
    ),
    _topic(
        "health",
        "NHS, hospitals, mental health, waiting lists, vaccines, social care, GPs, public health",
        org=_alts(
            "the health board | the hospital trust | the health secretary | "
            "the royal college | the ambulance service"
        ),
        role=_alts("consultant | chief nurse | GP | health secretary | paramedic"),
        object=_alts(
            "waiting lists | the new maternity unit | a vaccine programme | "
            "mental health beds | GP appointments | the closure of the A&E in {town}"
        ),
        action=_alts("hire more nurses | reopen the ward | cut waiting times | fund social care"),
        event=_alts("the winter crisis | a critical inspection | the nurses' strike | an outbreak"),
        plural=_alts("patients | nurses | doctors | carers"),
        hsubject=_alts("Hospital | Health board | Trust | Health secretary | Royal college"),
        hsubjects=_alts("Nurses | Patients | GPs | Paramedics | Carers"),
    ),
    _topic(
        "education",
        "schools, universities, exams, teachers, tuition fees, early years, apprenticeships",
        org=_alts(
            "the education department | the exam board | the university | "
            "the teaching union | the academy trust"
        ),
        role=_alts("headteacher | vice-chancellor | education secretary | union leader"),
        object=_alts(
            "exam results | tuition fees | the school rebuilding programme | "
            "free school meals | a four-day week"
        ),
        action=_alts(
            "scrap the tests | raise teachers' pay | rebuild the school | cap class sizes"
        ),
        event=_alts("the results day | a teachers' strike | the funding gap | an Ofsted report"),
        plural=_alts("pupils | teachers | parents | students"),
        hsubject=_alts("University | Exam board | Academy trust | Headteacher"),
        hsubjects=_alts("Schools | Teachers | Pupils | Parents | Students"),
    ),
    _topic(
        "opinion",
        "comment, editorial, politics, society, letters",
        org=_alts("the government | this newspaper | the opposition | the council | Whitehall"),
        role=_alts("columnist | reader | former minister | editor"),
        object=_alts(
            "the housing crisis | our failing railways | the culture wars | "
            "the state of local news | the four-day week"
        ),
        action=_alts("tell the truth | fix the basics | listen for once | admit the mistake"),
        event=["the latest U-turn", "the summer of strikes", "another wasted decade"],
        plural=_alts("readers | voters | taxpayers | young people"),
        hsubject=_alts("Government | Whitehall | Council | Opposition"),
        hsubjects=_alts("Voters | Taxpayers | Readers | Ministers"),
        headline=_alts(
            "The truth about {object} | We need to talk about {object} | "
            "{object_cap} is a scandal we cannot ignore | Letters: {object} | "
            "Stop pretending {clause} | "
            "What {event} tells us about {value} | In praise of {value}"
        ),
        statement=_alts(
            "I have never understood why {clause}. | Let us be honest: {clause}. | "
            "The trouble is that {clause}. | "
            "We were promised {object}; we got {event}. | "
            "It is tempting to blame {org}, but {clause}. | "
            "{org_cap} {hedge}{verb_past} {object}, and we are still paying for it. | "
            "Nobody voted for {event}."
        ),
    ),
]

SECTIONS: list[tuple[str, str, float, list[str]]] = [
    # name, topic slug, share of stories, subsections
    ("News", "news", 0.26, ["UK", "World", "Politics"]),
    ("Business", "business", 0.13, ["Markets", "Economy"]),
    ("Sport", "sport", 0.15, ["Football", "Cricket"]),
    ("Culture", "culture", 0.10, ["Books", "Film", "Music"]),
    ("Science", "science", 0.05, []),
    ("Technology", "technology", 0.06, []),
    ("Environment", "environment", 0.06, []),
    ("Health", "health", 0.07, []),
    ("Education", "education", 0.05, []),
    ("Opinion", "opinion", 0.07, ["Letters"]),
]

GENERAL_TAGS = _alts(
    "analysis | interview | explainer | live | exclusive | investigation | feature | "
    "obituary | review | breaking | long read | photography | data | q&a"
)

STATUS_WEIGHTS = {
    ArticleStatus.PUBLISHED: 0.72,
    ArticleStatus.CORRECTED: 0.04,
    ArticleStatus.DRAFT: 0.08,
    ArticleStatus.SUBMITTED: 0.03,
    ArticleStatus.EDITING: 0.04,
    ArticleStatus.READY: 0.02,
    ArticleStatus.SENT_BACK: 0.02,
    ArticleStatus.KILLED: 0.05,
}
TRASH_CHANCE = {ArticleStatus.DRAFT: 0.12, ArticleStatus.KILLED: 0.25}

COMMENT_STATUS_WEIGHTS = {
    CommentStatus.APPROVED: 0.78,
    CommentStatus.PENDING: 0.07,
    CommentStatus.SPAM: 0.10,
    CommentStatus.TRASH: 0.05,
}

AGENCIES = _alts("Northlight Pictures | Harbour Press Agency | Fieldwork Images | Staff")

_SPAM_HOSTS = _alts("deals | win | promo | bestbuy | offers")
_SPAM_PATHS = _alts("go | click | now | free")
_TLDS = ("com", "org", "net")

COMMENT_RULES: dict[str, Rule] = {
    # An opener ending in ". " starts its own sentence; any other runs into the remark.
    "opener": [
        *["", "", "", "", ""],
        *["Interesting piece. ", "Well said. ", "Hmm. ", "Great reporting. "],
        *["Not convinced. ", "Sorry, but ", "Honestly, ", "As someone who lives in {place}, "],
    ],
    "remark": _alts(
        "I think {clause}. | the real story here is {event}. | "
        "nobody seems to ask who pays for {object}. | "
        "this has been going on since {year} and nothing changes. | "
        "{org} should be ashamed. | "
        "my neighbours in {place} feel exactly the same. | "
        "we were told {clause}, and look where we are. | "
        "the article doesn't mention {event}, which seems odd. | "
        "can someone explain why {clause}? | "
        "credit where it's due, {org} got this one right. | "
        "typical. Absolutely typical. | "
        "thanks for covering this, the national papers never do. | "
        "I worked in this field for {few} years and {clause}. | "
        "{money} is a lot of money for {object}."
    ),
    "reply_opener": [
        *["Agreed. ", "I'm not sure that's fair. ", "Exactly this. ", "Good point, but "],
        *["You've missed the point. ", "With respect, ", "Spot on. ", "That's not how I see it. "],
    ],
    "spam": _alts(
        "Great article!!! Check out {link} for the best deals on {spam_thing}. | "
        "I earn {money} a week working from home, see {link} | "
        "Cheap {spam_thing} with free delivery: {link} {link} | "
        "Nice post. {spam_thing} at unbeatable prices {link} | "
        "WIN a free {spam_thing} today!!! {link}"
    ),
    "spam_thing": _alts(
        "watches | flights | crypto tips | diet pills | garden furniture | "
        "replica handbags | casino bonuses"
    ),
    "link": lambda rng: (
        f"https://{rng.choice(_SPAM_HOSTS)}{rng.randint(1, 999)}.example."
        f"{rng.choice(_TLDS)}/{rng.choice(_SPAM_PATHS)}"
    ),
}

# ==========================================================================================
# Composing text
# ==========================================================================================

_GRAMMARS: dict[str, Grammar] = {}


def _grammar_for(topic: Topic) -> Grammar:
    grammar = _GRAMMARS.get(topic.slug)
    if grammar is None:
        grammar = Grammar(BASE_RULES).with_rules(topic.rules)
        grammar.update(COMMENT_RULES)

        def capitalised(key: str, g: Grammar = grammar) -> Callable[[random.Random], str]:
            return lambda rng: g.sentence(rng, key)

        grammar.update(
            {
                "object_cap": capitalised("object"),
                "clause_cap": capitalised("clause"),
                "org_cap": capitalised("org"),
                "plural_cap": capitalised("plural"),
            }
        )
        _GRAMMARS[topic.slug] = grammar
    return grammar


def _article_grammar(rng: random.Random, topic: Topic, city: str) -> Grammar:
    """The topic's grammar, with a small cast of people and places this story keeps using."""
    grammar = _grammar_for(topic)
    cast = [_person(rng) for _ in range(rng.randint(2, 4))]
    surnames = [name.split(" ", 1)[1] for name in cast]
    local: dict[str, Rule] = {
        "person": lambda r: r.choice(cast),
        "speaker_short": lambda r: r.choice(surnames),
        "place": lambda r: city if r.random() < 0.6 else r.choice(TOWNS),
    }
    child = Grammar({})
    child.rules = dict(grammar.rules)
    child.update(local)
    return child


def _paragraph(rng: random.Random, grammar: Grammar, budget: int) -> str:
    sentences: list[str] = []
    size = 0
    for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6))):
        if rng.random() < 0.004:
            sentence = grammar.sentence(rng, "rare_statement")
        else:
            sentence = grammar.sentence(rng, "statement")
        sentences.append(sentence)
        size += len(sentence) + 1
        if size >= budget:
            break
    return " ".join(sentences)


def _blocks(rng: random.Random, grammar: Grammar, target: int) -> list[str]:
    blocks = [grammar.sentence(rng, "lede")]
    size = len(blocks[0])
    with_subheadings = rng.random() < 0.35
    since_heading = 0
    while size < target:
        roll = rng.random()
        budget = target - size
        if with_subheadings and since_heading >= 4 and roll < 0.25 and budget > 600:
            block = "## " + grammar.sentence(rng, "subheading")
            since_heading = 0
        elif roll < 0.22:
            block = grammar.sentence(rng, "quote_paragraph")
        elif roll < 0.232 and budget > 400:
            block = "> " + grammar.sentence(rng, "quote") + "."
        elif roll < 0.244 and budget > 400:
            items = [grammar.sentence(rng, "list_item") for _ in range(rng.randint(3, 6))]
            numbered = rng.random() < 0.25
            lines = [f"{n}. {item}" if numbered else f"- {item}" for n, item in enumerate(items, 1)]
            block = grammar.sentence(rng, "list_intro") + "\n\n" + "\n".join(lines)
        else:
            block = _paragraph(rng, grammar, budget)
            if rng.random() < 0.03 and ". " in block:
                first, rest = block.split(". ", 1)
                block = f"**{first}.** {rest}"
        blocks.append(block)
        size += len(block) + 2
        since_heading += 1
    return blocks


def make_body(rng: random.Random, target_bytes: int, topic: str | None = None) -> str:
    """A Markdown story body of about `target_bytes` characters.

    Blocks are added until the size is reached, so it ends at most one sentence, quote or
    list beyond `target_bytes` (a few hundred characters).
    """
    chosen = next((t for t in TOPICS if t.slug == topic), None) or rng.choice(TOPICS)
    grammar = _article_grammar(rng, chosen, rng.choice(CITIES))
    return "\n\n".join(_blocks(rng, grammar, max(1, target_bytes)))


BYTES_PER_WORD = 5.6  # what this grammar averages per word, with the overshoot of blocks


def _body_words(rng: random.Random) -> int:
    """Mostly 300-1,500 words, median about 650, with a long tail of long reads."""
    words = rng.lognormvariate(math.log(650), 0.42)
    if rng.random() < 0.03:
        words *= rng.uniform(2.0, 6.0)
    return max(250, int(words))


# ==========================================================================================
# Writing the database
# ==========================================================================================


@dataclass(slots=True)
class _Story:
    created: float
    section: int
    topic: Topic
    status: ArticleStatus
    published: float | None
    updated: float
    scheduled: float | None
    trashed: float | None
    version: int


@dataclass(slots=True)
class _Public:
    id: int
    published: float
    topic: Topic


def _weighted(rng: random.Random, weights: dict[Any, float], k: int) -> list[Any]:
    return rng.choices(list(weights), weights=list(weights.values()), k=k)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalpha()).lower()


def _utc(timestamp: float) -> datetime:
    return datetime.fromtimestamp(int(timestamp), UTC)


class _Progress:
    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.started, self.shown = label, total, time.perf_counter(), 0

    def update(self, done: int) -> None:
        step = max(1, self.total // 10)
        if done // step > self.shown or done == self.total:
            self.shown = done // step
            elapsed = time.perf_counter() - self.started
            rate = done / elapsed if elapsed else 0.0
            print(
                f"  {self.label}: {done:>10,} / {self.total:,}  {elapsed:7.1f} s  ({rate:,.0f}/s)",
                flush=True,
            )


def _batches(total: int, size: int = BATCH_ROWS) -> Iterator[range]:
    for start in range(0, total, size):
        yield range(start, min(total, start + size))


def _is_empty(database: Database) -> bool:
    with database.engine.connect() as connection:
        for table in (orm.Article, orm.Section, orm.Comment):
            if connection.scalar(select(func.count()).select_from(table)):
                return False
    return True


def _tune(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MB for index upkeep
    else:
        connection.exec_driver_sql("SET synchronous_commit = off")


def _new_id(connection: Connection, statement: Insert) -> int:
    """The id the database gave the one row `statement` inserted."""
    key = connection.execute(statement).inserted_primary_key
    assert key is not None
    return int(key[0])


def _insert_sections(connection: Connection) -> tuple[list[int], list[Topic], list[float]]:
    """Returns, for each section a story may be filed in: its id, topic and weight."""
    topics = {topic.slug: topic for topic in TOPICS}
    ids: list[int] = []
    story_topics: list[Topic] = []
    weights: list[float] = []
    section = table_of(orm.Section)
    for position, (name, slug, share, children) in enumerate(SECTIONS):
        parent = _new_id(
            connection, insert(section).values(name=name, slug=slugify(name), position=position)
        )
        own_share = share * (0.4 if children else 1.0)
        ids.append(parent)
        story_topics.append(topics[slug])
        weights.append(own_share)
        for index, child in enumerate(children):
            child_id = _new_id(
                connection,
                insert(section).values(
                    name=child,
                    slug=f"{slugify(name)}-{slugify(child)}",
                    parent_id=parent,
                    position=index,
                ),
            )
            ids.append(child_id)
            story_topics.append(topics[slug])
            weights.append(share * 0.6 / len(children))
    return ids, story_topics, weights


def _insert_staff(
    connection: Connection, rng: random.Random
) -> tuple[list[tuple[int, str]], list[str]]:
    """Reporters (user id, name) and freelance names that appear in bylines only."""
    names = list(dict.fromkeys(_person(rng) for _ in range(90)))
    taken = set(connection.scalars(select(orm.User.username)))
    staff: list[tuple[int, str]] = []
    for name in names[:60]:
        username = ".".join(_ascii(part) for part in name.split())
        if username in taken:
            continue
        taken.add(username)
        user_id = _new_id(
            connection,
            insert(table_of(orm.User)).values(
                username=username, display_name=name, created_at=datetime.now(UTC)
            ),
        )
        connection.execute(
            insert(table_of(orm.UserRole)), [{"user_id": user_id, "role": Role.DESK.value}]
        )
        staff.append((user_id, name))
    return staff, names[60:]


def _insert_tags(connection: Connection) -> dict[str, int]:
    names = list(dict.fromkeys([*GENERAL_TAGS, *(tag for t in TOPICS for tag in t.tags)]))
    connection.execute(insert(table_of(orm.Tag)), [{"name": name} for name in names])
    return dict(connection.execute(select(orm.Tag.name, orm.Tag.id)).all())


def _not_after(rng: random.Random, end: float, earliest: float, proposed: float) -> float:
    """`proposed`, or if that lies in the future a random time between `earliest` and now."""
    return proposed if proposed <= end else earliest + (end - earliest) * rng.random()


def _plan_stories(
    rng: random.Random,
    count: int,
    sections: tuple[list[int], list[Topic], list[float]],
    end: float,
) -> list[_Story]:
    """Times, sections and states for every story, oldest first (so ids follow time)."""
    section_ids, topics, weights = sections
    span = YEARS_OF_ARCHIVE * 365.25 * 86400
    start = end - span
    cumulative = list(accumulate(weights))
    statuses = _weighted(rng, STATUS_WEIGHTS, count)
    stories: list[_Story] = []
    for status in statuses:
        in_flight = status in (
            ArticleStatus.DRAFT,
            ArticleStatus.SUBMITTED,
            ArticleStatus.EDITING,
            ArticleStatus.READY,
            ArticleStatus.SENT_BACK,
        )
        if in_flight and rng.random() < 0.6:
            created = end - rng.uniform(0, 30 * 86400)
        else:
            created = start + span * rng.random() ** 0.7  # the newsroom grew over time
        index = bisect_left(cumulative, rng.random() * cumulative[-1])
        published = None
        scheduled = None
        if status.is_public or (status is ArticleStatus.KILLED and rng.random() < 0.3):
            published = _not_after(rng, end, created, created + rng.expovariate(1 / 7200))
        updated = (published or created) + rng.expovariate(1 / 1800)
        if rng.random() < 0.2:
            updated += rng.expovariate(1 / (3 * 86400))
        if status is ArticleStatus.CORRECTED:
            updated += rng.uniform(3600, 20 * 86400)
        updated = _not_after(rng, end, published or created, updated)
        if status is ArticleStatus.READY and rng.random() < 0.5:
            scheduled = end + rng.uniform(3600, 5 * 86400)
        trashed = None
        if rng.random() < TRASH_CHANCE.get(status, 0.01):
            trashed = _not_after(rng, end, updated, updated + rng.uniform(600, 30 * 86400))
        stories.append(
            _Story(
                created=created,
                section=section_ids[index],
                topic=topics[index],
                status=status,
                published=published,
                updated=updated,
                scheduled=scheduled,
                trashed=trashed,
                version=1 + int(rng.expovariate(1 / 6)),
            )
        )
    stories.sort(key=lambda story: story.created)
    return stories


def _article_rows(
    rng: random.Random,
    first_id: int,
    stories: Sequence[_Story],
    staff: list[tuple[int, str]],
    freelancers: list[str],
    tag_ids: dict[str, int],
    slugs: dict[str, int],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    articles: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    article_tags: list[dict[str, Any]] = []
    for offset, story in enumerate(stories):
        article_id = first_id + offset
        city = rng.choice(CITIES)
        grammar = _article_grammar(rng, story.topic, city)
        headline = grammar.sentence(rng, "headline")
        base = slugify(headline)
        seen = slugs.get(base, 0) + 1
        slugs[base] = seen
        slug = base if seen == 1 else f"{base}-{seen}"
        author_id, byline = rng.choice(staff)
        if rng.random() < 0.12:
            byline = f"{byline} and {rng.choice(staff)[1]}"
        elif rng.random() < 0.08:
            author_id, byline = rng.choice(staff)[0], rng.choice(freelancers)
        roll = rng.random()
        if roll < 0.25:
            credit = f"Additional reporting by {rng.choice(staff)[1]}"
        elif roll < 0.45:
            credit = f"Photograph: {_person(rng)}/{rng.choice(AGENCIES)}"
        else:
            credit = ""
        body = "\n\n".join(_blocks(rng, grammar, int(_body_words(rng) * BYTES_PER_WORD)))
        standfirst = grammar.sentence(rng, "standfirst")
        updated = _utc(story.updated)
        row = {
            "id": article_id,
            "uuid": _uuid(rng),
            "slug": slug,
            "headline": headline,
            "standfirst": standfirst,
            "body": body,
            "dateline": "" if story.topic.slug == "opinion" or rng.random() < 0.15 else city,
            "byline": byline,
            "credit": credit,
            "section_id": story.section,
            "language": "en",
            "status": story.status.value,
            "correction_note": (
                f"This article was amended on {updated:%d %B %Y}: an earlier version "
                f"gave the wrong figure for {grammar.expand(rng, 'object')}."
                if story.status is ArticleStatus.CORRECTED
                else ""
            ),
            "author_id": author_id,
            "version": story.version,
            "created_at": _utc(story.created),
            "updated_at": updated,
            "published_at": _utc(story.published) if story.published else None,
            "scheduled_at": _utc(story.scheduled) if story.scheduled else None,
            "trashed_at": _utc(story.trashed) if story.trashed else None,
        }
        articles.append(row)
        revisions.append(
            {
                "article_id": article_id,
                "author_id": author_id,
                "created_at": updated,
                "updated_at": updated,
                "reason": "generated",
                "article_version": story.version,
                "headline": headline,
                "standfirst": standfirst,
                "body": body,
                "dateline": row["dateline"],
                "byline": byline,
                "credit": credit,
            }
        )
        tags = rng.sample(
            story.topic.tags, k=min(len(story.topic.tags), rng.choice((0, 1, 2, 2, 3)))
        )
        if rng.random() < 0.3:
            tags.append(rng.choice(GENERAL_TAGS))
        for position, tag in enumerate(dict.fromkeys(tags)):
            article_tags.append(
                {"article_id": article_id, "tag_id": tag_ids[tag], "position": position}
            )
    return articles, revisions, article_tags


def _insert_articles(
    database: Database,
    rng: random.Random,
    stories: list[_Story],
    staff: list[tuple[int, str]],
    freelancers: list[str],
    tag_ids: dict[str, int],
) -> list[_Public]:
    """Inserts the stories; returns the public ones, which readers may comment on."""
    with database.engine.connect() as connection:
        first_id = (connection.scalar(select(func.max(orm.Article.id))) or 0) + 1
    progress = _Progress("articles", len(stories))
    slugs: dict[str, int] = {}
    public: list[_Public] = []
    for batch in _batches(len(stories)):
        chunk = stories[batch.start : batch.stop]
        articles, revisions, article_tags = _article_rows(
            rng, first_id + batch.start, chunk, staff, freelancers, tag_ids, slugs
        )
        with database.engine.begin() as connection:
            _tune(connection)
            connection.execute(insert(table_of(orm.Article)), articles)
            connection.execute(insert(table_of(orm.Revision)), revisions)
            if article_tags:
                connection.execute(insert(table_of(orm.ArticleTag)), article_tags)
        for row, story in zip(articles, chunk, strict=True):
            if story.status.is_public and story.trashed is None and story.published:
                public.append(_Public(row["id"], story.published, story.topic))
        progress.update(batch.stop)
    return public


@dataclass(slots=True)
class _Commenter:
    name: str
    email: str
    url: str
    ip: str


def _ip(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.85:
        net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        return f"{net}.{rng.randint(1, 254)}"
    group = rng.randint(0, 0xFFFF)
    return f"2001:db8:{group:x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"


def _commenters(rng: random.Random, count: int) -> list[_Commenter]:
    people: list[_Commenter] = []
    for number in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        roll = rng.random()
        if roll < 0.55:
            name = f"{first} {last}"
        elif roll < 0.75:
            name = f"{first} {last[0]}."
        elif roll < 0.9:
            name = f"{_ascii(first)}{rng.randint(1, 99)}"
        else:
            name = rng.choice(
                _alts("Concerned of {t} | {t} resident | Old {t} hand | A reader in {t}")
            ).format(t=rng.choice(TOWNS))
        user = rng.choice(
            [
                f"{_ascii(first)}.{_ascii(last)}",
                f"{_ascii(first)[0]}{_ascii(last)}",
                f"{_ascii(first)}{number % 1000}",
            ]
        )
        email = f"{user}@example.{rng.choice(('com', 'org', 'net'))}"
        url = f"https://{_ascii(last)}.example.org/" if rng.random() < 0.06 else ""
        people.append(_Commenter(name, email, url, _ip(rng)))
    return people


def _upper_first(words: str) -> str:
    return words[:1].upper() + words[1:]


def _comment_body(
    rng: random.Random, grammar: Grammar, status: CommentStatus, reply_to: str | None
) -> str:
    if status is CommentStatus.SPAM and rng.random() < 0.9:
        return grammar.sentence(rng, "spam")
    roll = rng.random()
    wanted = 1 if roll < 0.35 else rng.randint(2, 3) if roll < 0.75 else rng.randint(4, 8)
    remarks: list[str] = []
    starts: set[str] = set()
    for _ in range(2 * wanted):  # no remark template twice in one comment
        remark = grammar.expand(rng, "remark")
        if remark[:14] not in starts:
            starts.add(remark[:14])
            remarks.append(remark)
            if len(remarks) == wanted:
                break
    replying = reply_to is not None and rng.random() < 0.6
    opener = grammar.expand(rng, "reply_opener" if replying else "opener")
    if not opener or opener.endswith(". "):
        first = opener + _upper_first(remarks[0])
    else:
        first = _upper_first(opener) + remarks[0]
    sentences = [first, *(_upper_first(remark) for remark in remarks[1:])]
    if reply_to is not None and rng.random() < 0.4:
        sentences[0] = f"@{reply_to} {sentences[0]}"
    if len(sentences) >= 4 and rng.random() < 0.5:
        middle = len(sentences) // 2
        return " ".join(sentences[:middle]) + "\n\n" + " ".join(sentences[middle:])
    return " ".join(sentences)


def _insert_comments(
    database: Database,
    rng: random.Random,
    count: int,
    public: list[_Public],
    end: float,
) -> None:
    if not count or not public:
        return
    # Popularity follows a heavy tail: a few stories draw thousands of comments.
    weights = [min(400.0, rng.paretovariate(1.5)) for _ in public]
    chosen = rng.choices(range(len(public)), cum_weights=list(accumulate(weights)), k=count)
    timeline: list[tuple[float, int]] = []
    for index in chosen:
        if rng.random() < 0.9:
            delay = rng.expovariate(1 / (8 * 3600))
        else:
            delay = rng.uniform(0, 60 * 86400)
        published = public[index].published
        timeline.append((_not_after(rng, end, published, published + delay), index))
    timeline.sort()
    statuses = _weighted(rng, COMMENT_STATUS_WEIGHTS, count)
    people = _commenters(rng, 40_000)
    spammers = _commenters(rng, 2_000)
    with database.engine.connect() as connection:
        first_id = (connection.scalar(select(func.max(orm.Comment.id))) or 0) + 1
    threads: dict[int, list[tuple[int, str]]] = {}
    progress = _Progress("comments", count)
    for batch in _batches(count):
        rows: list[dict[str, Any]] = []
        for position in batch:
            submitted, index = timeline[position]
            article_id = public[index].id
            status = statuses[position]
            comment_id = first_id + position
            grammar = _grammar_for(public[index].topic)
            spam = status is CommentStatus.SPAM
            who = rng.choice(spammers) if spam else people[int(len(people) * rng.random() ** 2.5)]
            parent: tuple[int, str] | None = None
            earlier = threads.get(article_id)
            if not spam and earlier and rng.random() < 0.22:
                parent = earlier[-1 - int(min(len(earlier), 10) * rng.random())]
            if not spam:
                threads.setdefault(article_id, []).append((comment_id, who.name.split(" ")[0]))
            if spam:
                score, reasons = rng.uniform(0.7, 1.0), ["matched spam word list", "links"]
            elif status is CommentStatus.PENDING:
                score = rng.uniform(0.2, 0.7)
                reasons = [
                    rng.choice(
                        ["first comment from this address", "contains a link", "long comment"]
                    )
                ]
            else:
                score, reasons = rng.uniform(0.0, 0.3), []
            rows.append(
                {
                    "id": comment_id,
                    "uuid": _uuid(rng),
                    "article_id": article_id,
                    "parent_id": parent[0] if parent else None,
                    "author_name": who.name,
                    "author_email": who.email,
                    "author_url": who.url,
                    "body": _comment_body(rng, grammar, status, parent[1] if parent else None),
                    "status": status.value,
                    "submitted_at": _utc(submitted),
                    "ip": who.ip if rng.random() < 0.8 else _ip(rng),
                    "spam_score": round(score, 3),
                    "reasons": reasons,
                }
            )
        with database.engine.begin() as connection:
            _tune(connection)
            connection.execute(insert(table_of(orm.Comment)), rows)
        progress.update(batch.stop)


def _finish(database: Database) -> None:
    if database.is_sqlite:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    with database.engine.begin() as connection:
        for table in ("articles", "comments", "revisions", "sections", "users", "tags"):
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 1))"
                )
            )
        # The count trigger appended a delta per story and state of every batch.
        connection.execute(select(func.comment_counts_compact(None)))
    autocommit = database.engine.execution_options(isolation_level="AUTOCOMMIT")
    with autocommit.connect() as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def generate(database_url: str, articles: int, comments: int, seed: int = 1) -> None:
    """Fill an empty newsroom database at `database_url` with generated stories and comments."""
    rng = random.Random(seed)
    started = time.perf_counter()
    database = open_database(database_url)
    try:
        if not _is_empty(database):
            raise ValueError(
                f"{database.description} already holds sections, stories or comments; "
                "generate into an empty database"
            )
        print(
            f"Generating {articles:,} stories and {comments:,} comments in {database.description}"
        )
        end = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
        with database.engine.begin() as connection:
            sections = _insert_sections(connection)
            staff, freelancers = _insert_staff(connection, rng)
            tag_ids = _insert_tags(connection)
        stories = _plan_stories(rng, articles, sections, end)
        phase = time.perf_counter()
        public = _insert_articles(database, rng, stories, staff, freelancers, tag_ids)
        article_seconds = time.perf_counter() - phase
        phase = time.perf_counter()
        _insert_comments(database, rng, comments, public, end)
        comment_seconds = time.perf_counter() - phase
        phase = time.perf_counter()
        _finish(database)
        finish_seconds = time.perf_counter() - phase
        total = time.perf_counter() - started
        print(
            f"Done in {total:.1f} s (stories {article_seconds:.1f} s, comments "
            f"{comment_seconds:.1f} s, finishing {finish_seconds:.1f} s)"
        )
    finally:
        database.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="sqlite:///PATH or postgresql://...")
    parser.add_argument("--articles", type=int, required=True, help="number of stories")
    parser.add_argument("--comments", type=int, required=True, help="number of comments")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    try:
        generate(args.database, args.articles, args.comments, args.seed)
    except (ValueError, DatabaseError) as error:
        print(f"generate_newsroom: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
