"""`newsdesk admin …`: people and their roles on a newsroom server.

Each person signs in with their own PostgreSQL login, a member of this newsroom's group
roles; the server enforces what each role may do. A password is never an argument (it
would stay in the shell history and the process list): it is asked for, or read from
standard input with `--password-stdin`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from newsdesk.cli.registry import Runner
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import InvalidInput
from newsdesk.services.admin import (
    AdminService,
    GroupRoles,
    Person,
    parse_roles,
    validate_login,
)
from newsdesk.services.newsroom import Newsroom

ROLE_CHOICES = [role.value for role in Role]


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    admin = commands.add_parser(
        "admin", parents=[common], help="people and roles on a newsroom server"
    )
    actions = admin.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add-user", parents=[common], help="create a person's login with one or more roles"
    )
    add.add_argument("name", metavar="NAME", help="the PostgreSQL login (e.g. dana.desk)")
    _role_argument(add)
    add.add_argument("--display-name", default="", help="the name shown in the newsroom")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (else it is asked for)",
    )
    add.add_argument("--json", action="store_true", help="JSON for scripts")
    listing = actions.add_parser("list-users", parents=[common], help="list people and roles")
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    roles = actions.add_parser(
        "set-roles", parents=[common], help="give a person exactly these roles"
    )
    roles.add_argument("name", metavar="NAME", help="the person's login")
    _role_argument(roles)
    roles.add_argument("--json", action="store_true", help="JSON for scripts")
    remove = actions.add_parser(
        "remove-user",
        parents=[common],
        help="take a person out of the newsroom (a login it made goes; their name stays)",
    )
    remove.add_argument("name", metavar="NAME", help="the person's login")
    remove.add_argument("--json", action="store_true", help="JSON for scripts")
    own = actions.add_parser(
        "own-roles",
        parents=[common],
        help="give a copied newsroom database group roles of its own (as the owner)",
    )
    own.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"admin": run}


def _role_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--role",
        dest="roles",
        action="append",
        required=True,
        choices=ROLE_CHOICES,
        metavar="ROLE",
        help=f"one of {', '.join(ROLE_CHOICES)}; repeat for several",
    )


def person_json(person: Person) -> dict[str, Any]:
    return {
        "login": person.login,
        "name": person.display_name,
        "roles": person.role_names,
        "can_sign_in": person.can_sign_in,
    }


def roles_json(roles: GroupRoles) -> dict[str, Any]:
    return {
        "prefix": roles.prefix,
        "database": roles.database,
        "roles": {role.value: name for role, name in roles.names.items()},
    }


def read_password(from_stdin: bool) -> str:
    """The new password, from standard input or asked twice on the terminal."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("No password on standard input")
        return password
    if not sys.stdin.isatty():
        raise InvalidInput("Give the password on standard input with --password-stdin")
    password = getpass.getpass("Password for the new login: ")
    if getpass.getpass("Same password again: ") != password:
        raise InvalidInput("The two passwords differ; nothing was changed")
    return password


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    service = AdminService(newsroom.database, newsroom.identity)
    if arguments.action == "list-users":
        people = service.people()
        if arguments.json:
            _print_json([person_json(p) for p in people])
        else:
            for person in people:
                roles = ", ".join(person.role_names) or "no role"
                gone = "" if person.can_sign_in else "  (cannot sign in)"
                print(f"{person.login}\t{person.display_name}\t{roles}{gone}")
        return 0
    if arguments.action == "own-roles":
        own = service.ensure_own_roles()
        if arguments.json:
            _print_json(roles_json(own))
        else:
            print(f"{own.database}: group roles {own.prefix}_*")
        return 0
    if arguments.action == "remove-user":
        return _remove(service, arguments)
    roles_wanted = parse_roles(arguments.roles)
    if arguments.action == "add-user":
        # Says "needs a newsroom server" or why the name cannot be a login before asking
        # for a password.
        service.group_roles()
        validate_login(arguments.name)
        password = read_password(arguments.password_stdin)
        person = service.add_person(arguments.name, roles_wanted, password, arguments.display_name)
        verb = "Added"
    else:
        person = service.set_roles(arguments.name, roles_wanted)
        verb = "Changed"
    if arguments.json:
        _print_json(person_json(person))
    else:
        print(f"{verb} {person.login} ({person.display_name}): {', '.join(person.role_names)}")
    return 0


def _remove(service: AdminService, arguments: argparse.Namespace) -> int:
    removal = service.remove_person(arguments.name)
    person = removal.person
    if arguments.json:
        _print_json({**person_json(person), "login_dropped": removal.login_dropped})
    elif removal.login_dropped:
        print(f"Removed {person.login} ({person.display_name}): the login is gone")
    elif person.can_sign_in:
        print(
            f"Removed {person.login} ({person.display_name}) from this newsroom: the login "
            "stays on the server (something else there holds it, or it was not made here)"
        )
    else:
        print(f"Removed {person.login} ({person.display_name})")
    return 0


def _print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))
