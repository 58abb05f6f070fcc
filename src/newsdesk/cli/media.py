"""`newsdesk media add|list|show|remove|lead`: the newsroom's pictures from the command
line.

`add` decodes every file before it stores any: one file that is not a picture we take
(or cannot be read) is named with its reason, one line each, and nothing is added. With
`--story` the pictures go into that story: `--lead` makes the one picture its lead
picture; without it they are added to the end of its text as Markdown
(`![alt](media:ID "caption")`). `--caption`, `--credit` and `--alt` with `--lead` give
the story its own texts for its lead picture (the library's stay as they are).

`lead STORY [ID]` shows a story's lead picture with the texts the page uses, makes ID its
lead (`--none`: no lead picture), and with `--caption`, `--credit` or `--alt` sets the
story's own texts for it (an empty one: the picture's own again).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import iso
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import FileProblem, InvalidInput, NewsdeskError
from newsdesk.domain.media import AddedPicture, LeadTexts, Picture, clean_text
from newsdesk.domain.media_references import picture_markdown
from newsdesk.services.media.library import PreparedPicture, prepare_pictures
from newsdesk.services.newsroom import Newsroom

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_UNREADABLE = 2


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    media = commands.add_parser("media", parents=[common], help="the newsroom's pictures")
    actions = media.add_subparsers(dest="media_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=[common], help="add JPEG, PNG, WebP or GIF pictures to the library"
    )
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--story", metavar="STORY", help="put them in this story (id, UUID, slug)")
    add.add_argument(
        "--lead", action="store_true", help="with --story: the picture becomes its lead picture"
    )
    _lead_text_options(add, "with --lead: ")
    add.add_argument("--json", action="store_true", help="JSON for scripts")
    lead = actions.add_parser(
        "lead", parents=[common], help="a story's lead picture and its texts for the story"
    )
    lead.add_argument("story", metavar="STORY", help="the story (id, UUID, slug)")
    lead.add_argument("picture", metavar="ID", nargs="?", help="make this picture its lead")
    lead.add_argument("--none", action="store_true", help="the story has no lead picture")
    _lead_text_options(lead, "")
    lead.add_argument("--json", action="store_true", help="JSON for scripts")
    listing = actions.add_parser("list", parents=[common], help="the library, newest first")
    listing.add_argument(
        "--search", metavar="WORDS", help="words of the caption, credit, creator or file name"
    )
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    show = actions.add_parser("show", parents=[common], help="one picture and its texts")
    show.add_argument("picture", metavar="ID")
    show.add_argument("--json", action="store_true", help="JSON for scripts")
    remove = actions.add_parser(
        "remove", parents=[common], help="take a picture no story uses out of the library"
    )
    remove.add_argument("picture", metavar="ID")
    return {"media": run}


def _lead_text_options(parser: argparse.ArgumentParser, prefix: str) -> None:
    for name, what in (("caption", "caption"), ("credit", "credit line"), ("alt", "alt text")):
        parser.add_argument(
            f"--{name}",
            metavar="TEXT",
            help=f"{prefix}the story's own {what} for its lead picture (empty: the picture's)",
        )


def _given_texts(arguments: argparse.Namespace) -> bool:
    return any(getattr(arguments, n) is not None for n in ("caption", "credit", "alt"))


def picture_json(picture: Picture) -> dict[str, Any]:
    text = picture.text
    return {
        "id": picture.id,
        "filename": picture.filename,
        "sha256": picture.sha256,
        "width": picture.width,
        "height": picture.height,
        "mime": picture.mime,
        "bytes": picture.byte_size,
        "caption": text.caption,
        "alt": text.alt,
        "credit": text.credit,
        "creator": text.creator,
        "copyright": text.copyright,
        "usage_terms": text.usage_terms,
        "keywords": list(text.keywords),
        "taken": iso(text.taken),
        "added": iso(picture.added_at),
        "added_by": picture.added_by or None,
        "stories": list(picture.stories),
        "renditions": [
            {"kind": r.kind.value, "width": r.width, "height": r.height, "mime": r.mime}
            for r in picture.renditions
        ],
    }


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    action = arguments.media_action
    if action == "add":
        return _add(newsroom, arguments)
    if action == "lead":
        return _lead(newsroom, arguments)
    if action == "list":
        pictures = newsroom.media.list(arguments.search or "")
        if arguments.json:
            _print_json([picture_json(p) for p in pictures])
        else:
            for picture in pictures:
                print(_line(picture))
            print(f"{len(pictures)} picture{'' if len(pictures) == 1 else 's'}")
        return EXIT_OK
    picture_id = _picture_id(arguments.picture)
    if action == "show":
        picture = newsroom.media.get(picture_id)
        if arguments.json:
            _print_json(picture_json(picture))
        else:
            _print_details(picture)
        return EXIT_OK
    newsroom.media.remove(picture_id)
    print(f"removed picture {picture_id}")
    return EXIT_OK


def _add(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.lead and not arguments.story:
        raise InvalidInput("--lead needs --story: the story the picture leads")
    if _given_texts(arguments) and not arguments.lead:
        raise InvalidInput("--caption, --credit and --alt need --lead: they are the lead's")
    if arguments.lead and len(arguments.files) > 1:
        raise InvalidInput("--lead takes one picture: a story has one lead picture")
    story = newsroom.articles.find(arguments.story) if arguments.story else None
    texts = _lead_texts(arguments, LeadTexts())  # judged before anything is added
    prepared, unreadable, refused = _prepare(arguments.files)
    if unreadable or refused:
        for line in unreadable + refused:
            print(f"newsdesk: {line}", file=sys.stderr)
        print("newsdesk: nothing was added", file=sys.stderr)
        if arguments.json:
            _print_json({"error": (unreadable + refused)[0]})
        return EXIT_UNREADABLE if unreadable else EXIT_REFUSED
    added = newsroom.media.add_prepared(prepared)
    if story is not None and arguments.lead:
        newsroom.media.set_lead(story.id, added[0].picture.id, texts)
    elif story is not None:
        body = story.body.rstrip("\n")
        shown = "\n\n".join(
            picture_markdown(a.picture.id, a.picture.text.alt, a.picture.text.caption)
            for a in added
        )
        edit = ArticleEdit.of(story, body=f"{body}\n\n{shown}\n" if body else f"{shown}\n")
        newsroom.articles.save(story.id, edit, story.version, reason="pictures added")
    pictures = [newsroom.media.get(a.picture.id) for a in added] if story else None
    _report(added, pictures, arguments.json)
    return EXIT_OK


def _lead_texts(arguments: argparse.Namespace, current: LeadTexts) -> LeadTexts:
    """The story's own lead texts as the options give them (the others as `current`),
    cleaned and judged (InvalidInput in one line)."""
    given = LeadTexts(
        caption=current.caption if arguments.caption is None else arguments.caption,
        credit=current.credit if arguments.credit is None else arguments.credit,
        alt=current.alt if arguments.alt is None else arguments.alt,
    )
    return LeadTexts(
        caption=clean_text(given.caption, "caption"),
        credit=clean_text(given.credit, "credit"),
        alt=clean_text(given.alt, "alt text"),
    )


def _lead(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.none and (arguments.picture or _given_texts(arguments)):
        raise InvalidInput("--none takes no picture and no texts")
    story = newsroom.articles.find(arguments.story)
    if arguments.none:
        newsroom.media.set_lead(story.id, None)
        if arguments.json:
            _print_json({"story": story.id, "lead": None})
        else:
            print(f"story {story.id} has no lead picture")
        return EXIT_OK
    if arguments.picture:
        picture_id = _picture_id(arguments.picture)
        newsroom.media.set_lead(story.id, picture_id, _lead_texts(arguments, LeadTexts()))
    elif _given_texts(arguments):
        use = newsroom.media.lead_use(story.id)
        if use is None:
            raise InvalidInput(
                f"Story {story.id} has no lead picture: name one (newsdesk media lead STORY ID)"
            )
        texts = _lead_texts(arguments, use.own)
        newsroom.media.set_lead_texts(
            story.id, caption=texts.caption, credit=texts.credit, alt=texts.alt
        )
    use = newsroom.media.lead_use(story.id)
    if use is None:
        if arguments.json:
            _print_json({"story": story.id, "lead": None})
        else:
            print(f"story {story.id} has no lead picture")
        return EXIT_OK
    text = use.picture.text
    shown = {
        "caption": use.own.caption or text.caption,
        "credit": use.own.credit or text.credit,
        "alt": use.own.alt or text.alt,
    }
    if arguments.json:
        own = {"caption": use.own.caption, "credit": use.own.credit, "alt": use.own.alt}
        _print_json({"story": story.id, "lead": picture_json(use.picture)} | shown | {"own": own})
        return EXIT_OK
    print(f"story:\t{story.id}\nlead:\t{_line(use.picture)}")
    for name, value in shown.items():
        whose = "" if getattr(use.own, name) else " (the picture's)"
        print(f"{name}:\t{value}{whose}")
    return EXIT_OK


def _prepare(files: list[Path]) -> tuple[list[PreparedPicture], list[str], list[str]]:
    prepared: list[PreparedPicture] = []
    unreadable: list[str] = []
    refused: list[str] = []
    made = prepare_pictures([(path, path.name) for path in files])
    for path, result in zip(files, made, strict=True):
        if isinstance(result, FileProblem):
            unreadable.append(str(result))
        elif isinstance(result, NewsdeskError):
            message = str(result)
            refused.append(message if message.startswith(f"{path.name}:") else f"{path}: {message}")
        else:
            prepared.append(result)
    return prepared, unreadable, refused


def _report(added: list[AddedPicture], fresh: list[Picture] | None, as_json: bool) -> None:
    pictures = fresh or [a.picture for a in added]
    if as_json:
        _print_json(
            [
                picture_json(p) | {"already_there": a.already_there}
                for a, p in zip(added, pictures, strict=True)
            ]
        )
        return
    for a, picture in zip(added, pictures, strict=True):
        print(f"{'already' if a.already_there else 'added'}\t{_line(picture)}")


def _picture_id(given: str) -> int:
    text = given.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 12 or int(text) == 0:
        raise InvalidInput(f"{given[:40]!r} is not a picture id (a number from media list)")
    return int(text)


def _line(picture: Picture) -> str:
    caption = picture.text.caption.replace("\t", " ")[:80]
    return f"{picture.id}\t{picture.width}×{picture.height}\t{picture.filename}\t{caption}"


def _print_details(picture: Picture) -> None:
    text = picture.text
    rows = (
        ("id", str(picture.id)),
        ("file", picture.filename),
        ("size", f"{picture.width} × {picture.height} ({picture.mime}, {picture.byte_size:,} B)"),
        ("sha256", picture.sha256),
        ("caption", text.caption),
        ("alt", text.alt),
        ("credit", text.credit),
        ("creator", text.creator),
        ("copyright", text.copyright),
        ("usage", text.usage_terms),
        ("keywords", ", ".join(text.keywords)),
        ("taken", iso(text.taken) or ""),
        ("stories", ", ".join(str(s) for s in picture.stories)),
    )
    for name, value in rows:
        print(f"{name}:\t{value}")


def _print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))
