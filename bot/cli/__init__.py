"""The command line: ``doetmee`` (also ``python -m bot``)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from bot.config import ConfigError, Settings, load_settings, read_environment
from bot.dialogues.problems import DialogueFileError
from bot.storage.database import DatabaseError, row_id

if TYPE_CHECKING:
    from bot.services import Services

EXIT_USAGE = 2


class UsageError(Exception):
    """Wrong arguments: one plain line, exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def build_parser() -> Parser:
    parser = Parser(
        prog="doetmee",
        description="The Telegram bot of Overijssel doet mee!",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True

    run = commands.add_parser("run", help="run the bot (long polling, or webhook when configured)")
    run.set_defaults(handler=_run)

    sandbox = commands.add_parser(
        "sandbox", help="try the bot in a browser: the bot, a local Bot API stand-in, a chat page"
    )
    sandbox.add_argument("--port", type=_port, default=8080, help="port on 127.0.0.1 (8080)")
    sandbox.add_argument(
        "--dialogues", type=Path, metavar="PATH", help="folder of dialogue files to try"
    )
    sandbox.add_argument(
        "--database",
        type=Path,
        metavar="PATH",
        help="keep the data in this file (default: a throw-away one)",
    )
    sandbox.set_defaults(handler=_sandbox)

    staff = commands.add_parser("staff", help="grant or take away the staff role")
    staff_actions = staff.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    staff_actions.required = True
    for action, text in (("add", "make a Telegram user staff"), ("remove", "take the role away")):
        sub = staff_actions.add_parser(action, help=text)
        sub.add_argument("user_id", type=_telegram_id, metavar="ID", help="Telegram user id")
        sub.set_defaults(handler=_staff)

    roles = commands.add_parser(
        "roles", help="who has which role; take a role back; cancel an invitation"
    )
    role_actions = roles.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    role_actions.required = True
    role_list = role_actions.add_parser("list", help="staff, facilitators and open invitations")
    role_list.set_defaults(handler=_roles)
    revoke = role_actions.add_parser(
        "revoke", help="take every role granted in the database away from a Telegram user"
    )
    revoke.add_argument("user_id", type=_telegram_id, metavar="ID", help="Telegram user id")
    revoke.set_defaults(handler=_roles)
    cancel = role_actions.add_parser("cancel-invite", help="make an unused invitation link invalid")
    cancel.add_argument(
        "invitation",
        metavar="CODE",
        help="the invitation link, its code (r_…), or its number from `doetmee roles list`",
    )
    cancel.set_defaults(handler=_roles)

    dialogues = commands.add_parser("dialogues", help="work with the dialogue files")
    dialogue_actions = dialogues.add_subparsers(
        dest="action", metavar="ACTION", parser_class=Parser
    )
    dialogue_actions.required = True
    check = dialogue_actions.add_parser("check", help="report every problem in dialogue files")
    check.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar="PATH",
        help="a dialogue file or folder (default: DOETMEE_DIALOGUES)",
    )
    check.set_defaults(handler=_check_dialogues)

    export = commands.add_parser(
        "export", help="anonymised answers for the verhalenreeks or for reports"
    )
    export.add_argument("--dialogue", required=True, metavar="ID", help="dialogue id")
    export.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="first day")
    export.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="last day")
    export.add_argument(
        "--purpose",
        choices=("verhalenreeks", "analyse"),
        default="analyse",
        help="verhalenreeks: only answers their author allowed to quote; analyse: all",
    )
    export.add_argument("--format", required=True, choices=("csv", "jsonl", "xlsx", "md"))
    export.add_argument("--out", required=True, type=Path, metavar="PATH")
    export.add_argument(
        "--k",
        type=_positive,
        default=10,
        metavar="N",
        help="suppress demographic cells shared by fewer than N respondents (10)",
    )
    export.add_argument("--language", choices=("nl", "en"), default=None)
    export.add_argument(
        "--stable-pseudonyms",
        action="store_true",
        help="the same pseudonym for a citizen in every export made with this option, to "
        "follow answers over time; such files can be joined (see the README); audited. "
        "Without it every export has pseudonyms of its own",
    )
    export.set_defaults(handler=_export)

    events = commands.add_parser("events", help="work with the events of the agenda")
    event_actions = events.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    event_actions.required = True
    event_import = event_actions.add_parser(
        "import", help="add or update events from a YAML or CSV file (by id)"
    )
    event_import.add_argument("file", type=Path, metavar="FILE")
    event_import.set_defaults(handler=_import_events)

    backup = commands.add_parser("backup", help="write a consistent copy of the database")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.set_defaults(handler=_backup)
    return parser


def _port(raw: str) -> int:
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a port number")
    return int(raw)


def _date(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a date like 2026-11-25") from None


def _positive(raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number above 0")
    return int(raw)


def _telegram_id(raw: str) -> int:
    user_id = row_id(raw)
    if user_id is None:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a Telegram user id")
    return user_id


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from telegram.error import InvalidToken, NetworkError

    from bot.runtime import logging_setup, runner

    token = settings.require_token()
    logging_setup.configure(token)

    async def main() -> None:
        stop = asyncio.Event()
        runner.stop_on_signals(stop)
        await runner.serve(settings, token, stop)

    try:
        asyncio.run(main())
    except InvalidToken:
        raise ConfigError("TELEGRAM_BOT_TOKEN", "Telegram does not accept this token") from None
    except NetworkError as error:  # also TimedOut: Telegram (or the stand-in) is not reachable
        print(
            f"doetmee: cannot reach the Bot API at {settings.api_url} (DOETMEE_API_URL): "
            f"{error.message}",
            file=sys.stderr,
        )
        return 1
    return 0


def _check_dialogues(args: argparse.Namespace, settings: Settings) -> int:
    from bot.dialogues.loader import check_path
    from bot.i18n import load_translations

    path: Path = args.path or settings.dialogues
    problems = check_path(path)
    t = load_translations(settings.locale).get(settings.locale)
    for problem in problems:
        print(problem.describe(t.gettext))
    if problems:
        print(t.ngettext("{n} problem found.", "{n} problems found.", len(problems)))
        return 1
    print(t.gettext("All dialogue files in {path} are fine.", path=path))
    return 0


def _sandbox(args: argparse.Namespace, settings: Settings) -> int:
    import dataclasses
    import tempfile

    from bot.runtime import logging_setup, runner
    from bot.sandbox.run import run_sandbox

    if args.dialogues is not None and not args.dialogues.is_dir():
        raise UsageError(f"doetmee sandbox: {args.dialogues} is not a folder")
    if args.database is not None and not args.database.parent.is_dir():
        raise UsageError(f"doetmee sandbox: the folder {args.database.parent} does not exist")
    logging_setup.configure(None)

    def ready(url: str) -> None:
        print(f"The sandbox is running: open {url} in your browser. Stop with Ctrl-C.", flush=True)

    with tempfile.TemporaryDirectory(prefix="doetmee-sandbox-") as scratch:
        chosen = dataclasses.replace(
            settings,
            database=args.database or Path(scratch) / "sandbox.sqlite3",
            dialogues=args.dialogues or settings.dialogues,
        )

        async def main() -> None:
            stop = asyncio.Event()
            runner.stop_on_signals(stop)
            await run_sandbox(chosen, port=args.port, ready=ready, stop=stop)

        try:
            asyncio.run(main())
        except OSError as error:
            raise UsageError(
                f"doetmee sandbox: cannot serve on port {args.port}: {error.strerror}"
            ) from None
    return 0


def _staff(args: argparse.Namespace, settings: Settings) -> int:
    from bot.roles import admin as role_admin
    from bot.runtime import runner
    from bot.storage import audit, roles

    async def main() -> str:
        services = await runner.build_services(settings, with_dialogues=False)
        db = services.db
        try:
            if args.action == "add":
                changed = await roles.grant(db, args.user_id, "staff", "command line")
                await audit.record(db, None, "staff_add", str(args.user_id))
            else:  # audited, and their menu follows (bot/roles/admin.py)
                changed = await role_admin.take_away(services, args.user_id, "staff", None)
        finally:
            await db.close()
        if args.action == "add":
            return "is now staff" if changed else "was already staff"
        note = " (still staff through DOETMEE_STAFF)" if args.user_id in settings.staff else ""
        return ("is no longer staff" if changed else "was not staff") + note

    print(f"{args.user_id} {asyncio.run(main())}")
    return 0


def _roles(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime import runner

    async def main() -> list[str]:
        services = await runner.build_services(settings, with_dialogues=False)
        try:
            if args.action == "list":
                return await _role_list(services)
            if args.action == "revoke":
                return await _role_revoke(services, args.user_id)
            return await _invite_cancel(services, args.invitation)
        finally:
            await services.db.close()

    for line in asyncio.run(main()):
        print(line)
    return 0


async def _role_list(services: Services) -> list[str]:
    from bot.roles import admin as role_admin
    from bot.roles.screens import Person
    from bot.storage import roles
    from bot.storage.database import utc_now

    def named(person: Person) -> str:
        return f"{person.user_id}  {person.name or '(name not known yet)'}"

    since = {
        (h.user_id, h.role): f"since {h.added_at[:10]}, {h.added_by}"
        for h in await roles.holders(services.db)
    }
    staff, facilitators = await role_admin.people(services)
    lines = ["staff:"]
    for person in staff:
        origin = (
            "set in DOETMEE_STAFF"
            if person.configured
            else since.get((person.user_id, "staff"), "")
        )
        lines.append(f"  {named(person)}  {origin}".rstrip())
    lines.append("facilitators:")
    lines += [
        f"  {named(p)}  {since.get((p.user_id, 'facilitator'), '')}".rstrip() for p in facilitators
    ]
    invitations = await roles.open_invites(services.db, utc_now())
    lines.append("open invitations:" if invitations else "open invitations: none")
    for invitation in invitations:
        maker = await role_admin.person(services, invitation.created_by)
        lines.append(
            f"  no. {invitation.id}  {invitation.role}  made by {named(maker).strip()}, "
            f"valid until {invitation.expires_at.replace('T', ' ')}"
        )
    return lines


async def _role_revoke(services: Services, user_id: int) -> list[str]:
    from bot.roles import admin as role_admin

    names = {"staff": "staff", "facilitator": "a facilitator"}
    lines = []
    for role in ("staff", "facilitator"):
        if await role_admin.take_away(services, user_id, role, None):  # type: ignore[arg-type]
            lines.append(f"{user_id} is no longer {names[role]}")
    if not lines:
        lines.append(f"{user_id} has no role in the database")
    else:
        lines.append("they are told, with their new command menu, by the bot as soon as it runs")
    if user_id in services.settings.staff:
        lines.append(f"{user_id} is still staff through DOETMEE_STAFF")
    return lines


async def _invite_cancel(services: Services, named: str) -> list[str]:
    from bot.roles import admin as role_admin
    from bot.storage import roles

    code = named.strip().rsplit("start=", 1)[-1].removeprefix("r_")
    found = await roles.invite_by_code(services.db, code)
    number = found.id if found is not None else row_id(code)
    role = None if number is None else await role_admin.cancel_invitation(services, number, None)
    if role is None:
        raise UsageError(f"doetmee roles cancel-invite: there is no unused invitation {named!r}")
    return [f"invitation no. {number} ({role}) is cancelled; its link no longer works"]


def _export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli.progress_bar import ProgressBar
    from bot.export import ExportError
    from bot.export import runs as export_runs
    from bot.export.scrub import deduce_cache

    if not settings.database.exists():
        raise UsageError(f"doetmee export: there is no database at {settings.database}")
    order = export_runs.ExportOrder(
        dialogue_id=args.dialogue,
        purpose=args.purpose,
        format=args.format,
        out=args.out,
        since=args.since,
        until=args.until,
        k=args.k,
        language=args.language or settings.locale,
        stable_pseudonyms=args.stable_pseudonyms,
    )
    bar = ProgressBar(sys.stderr)
    if not deduce_cache.is_ready():
        print("preparing the scrubber once after installing (about 1.5 minutes)…", file=sys.stderr)
    try:
        summary = export_runs.run_blocking(settings, order, bar.update)
    except ExportError as error:
        raise UsageError(f"doetmee export: {error}") from None
    bar.finish()
    scrubbed = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.scrubbed.items()) if n)
    print(f"written: {summary.out}")
    for extra in summary.extra_files:
        print(f"  with: {extra}")
    print(f"respondents: {summary.respondents}")
    print(f"answers: {summary.answers}")
    print(f"scrubbed: {scrubbed or 'nothing'}")
    print(f"cells suppressed (k={args.k}): {summary.suppressed_cells}")
    if args.stable_pseudonyms:
        print("pseudonyms: stable (the same in every export with --stable-pseudonyms)")
    else:
        print("pseudonyms: new for this file (it cannot be joined with other exports)")
    where = "marked [check: …] in the draft" if args.format == "md" else "the md draft marks them"
    print(
        f"spots to check: {summary.marks} ({where}; an editor looks at every one "
        "before anything is published)"
    )
    return 0


def _import_events(args: argparse.Namespace, settings: Settings) -> int:
    from bot.events.file_import import import_events, report_lines
    from bot.i18n import load_translations
    from bot.storage.database import open_database

    if not args.file.is_file():
        raise UsageError(f"doetmee events import: there is no file {args.file}")
    catalogs = load_translations(settings.locale)

    async def main():
        db = await open_database(settings.database)
        try:
            return await import_events(db, args.file, settings.timezone, catalogs=catalogs)
        finally:
            await db.close()

    result = asyncio.run(main())
    for line in report_lines(result, catalogs.get(settings.locale)):
        print(line)
    return 0 if result.ok else 1


def _backup(args: argparse.Namespace, settings: Settings) -> int:
    import sqlite3

    from bot.runtime import key_file
    from bot.storage import backup
    from bot.storage.database import open_database

    target: Path = args.file
    if target.exists():
        raise UsageError(f"doetmee backup: {target} exists already; choose a new file name")
    if not target.parent.is_dir():
        raise UsageError(f"doetmee backup: the folder {target.parent} does not exist")
    if not settings.database.exists():
        raise DatabaseError(f"there is no database at {settings.database}")

    async def main() -> None:
        db = await open_database(settings.database)
        try:
            # A database of version 1 may still hold its key: it leaves before the copy.
            await key_file.move_out_of_database(db, settings.key_file)
            await backup.write(db, target)
        finally:
            await db.close()

    try:
        asyncio.run(main())
    except FileExistsError:
        raise UsageError(f"doetmee backup: {target} exists already; choose a new name") from None
    except (sqlite3.Error, OSError, DatabaseError) as error:
        raise UsageError(f"doetmee backup: cannot write {target}: {error}") from None
    print(f"backup written to {target} (without the key: keep the key file apart)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    settings: Settings | None = None
    try:
        args = parser.parse_args(argv)
        settings = load_settings(read_environment())
        handler: Callable[[argparse.Namespace, Settings], int] = args.handler
        return handler(args, settings)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except ConfigError as error:
        print(f"doetmee: configuration: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DialogueFileError as error:
        from bot.i18n import load_translations

        t = load_translations(settings.locale).get(settings.locale)
        print(
            "doetmee: " + t.gettext("the dialogue files have problems; the bot does not start."),
            file=sys.stderr,
        )
        print(error.describe(t.gettext), file=sys.stderr)
        return 1
    except DatabaseError as error:
        print(f"doetmee: database: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
