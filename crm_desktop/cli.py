"""Command line: `crm-desktop` starts the GUI; sub-commands run the same services without it."""

from __future__ import annotations

import argparse
import getpass
import multiprocessing
import sys
from collections.abc import Sequence

from crm_desktop import __version__
from crm_desktop.config import resolve_database_url

LANGUAGES = ("zh_CN", "en")


def _add_database(parser: argparse.ArgumentParser, *, sub: bool = True) -> None:
    # On sub-commands the option is SUPPRESSed when absent: argparse copies a sub-parser's defaults over the main
    # parser's values, so a default of None would silently drop `crm-desktop --database URL db upgrade`'s URL.
    parser.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS if sub else None,
        help="database URL (default: CRM_DATABASE_URL or embedded SQLite)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-desktop", description="Desktop CRM client and administration commands."
    )
    parser.add_argument("--version", action="version", version=f"crm-desktop {__version__}")
    _add_database(parser, sub=False)
    parser.add_argument(
        "--station", metavar="NAME", help="station layout: storefront, key_accounts, repair, ..."
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language (default: zh_CN)")
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    _add_database(db_sub.add_parser("upgrade", help="create or upgrade the schema to this version"))
    _add_database(db_sub.add_parser("current", help="print the schema revision of the database"))

    demo = sub.add_parser("demo", help="load the demo company into an empty database")
    _add_database(demo)
    demo.add_argument("--customers", type=int, default=200, metavar="N", help="number of demo customers")

    user = sub.add_parser("user", help="user accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="create an account (asks for the password)")
    _add_database(add)
    add.add_argument("login")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", default=None, help="role code, e.g. admin")
    add.add_argument("--station", default=None)
    _add_excel_commands(sub)
    _add_print_commands(sub)
    return parser


def _add_excel_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`import customers FILE` and `export customers OUT`, acting as --user (password read from the terminal or
    the first line of stdin, checked like a log-in: failures count towards the lockout)."""
    for command, verb in (("import", "import customers from an .xlsx file"),
                          ("export", "export the customers a user may see to an .xlsx file")):  # fmt: skip
        parser = sub.add_parser(command, help=verb)
        what = parser.add_subparsers(dest=f"{command}_what", required=True)
        customers = what.add_parser(
            "customers",
            help=verb,
            description=f"{verb.capitalize()}, as --user: the password is asked on the terminal, or read from the "
            "first line of stdin when stdin is not a terminal, and checked like a log-in (logged; failures count "
            "towards the account lock). The user needs the customers "
            f"{command} permission; "
            + ("rows are matched on normalised name and phone, so a re-run creates no duplicates. Exit status 1 "
               "when rows were rejected." if command == "import" else "the file holds exactly the customers the "
               "user may see, with the customer list's columns."),
        )  # fmt: skip
        _add_database(customers)
        customers.add_argument("file", metavar="FILE.xlsx")
        customers.add_argument(
            "--user", required=True, metavar="LOGIN", help="act as this user (asks for the password)"
        )
        if command == "import":
            customers.add_argument("--mode", choices=("create_or_update", "create_only", "update_only"),
                                   default="create_or_update", help="what to do with rows matching a customer")  # fmt: skip
            customers.add_argument(
                "--errors", metavar="ERRORS.xlsx", help="save the rejected rows with reasons"
            )


def _add_print_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`print quote NUMBER OUT.pdf --user LOGIN` and `print order …`, permission-checked like the GUI."""
    parser = sub.add_parser("print", help="print a quote or a sales order to a PDF file")
    what = parser.add_subparsers(dest="print_what", required=True)
    for kind in ("quote", "order"):
        command = what.add_parser(
            kind,
            help=f"print the {kind} with this number to a PDF file",
            description=f"Print the {kind} NUMBER to OUT.pdf as --user: the password is asked on the terminal, or "
            "read from the first line of stdin when stdin is not a terminal, and checked like a log-in. The user "
            f"needs the {kind}s print permission and the {kind} within their data permissions.",
        )
        _add_database(command)
        command.add_argument("number", metavar="NUMBER")
        command.add_argument("file", metavar="OUT.pdf")
        command.add_argument(
            "--user", required=True, metavar="LOGIN", help="act as this user (asks for the password)"
        )


def _cmd_print(args: argparse.Namespace) -> int:
    from crm_desktop.services import auth
    from crm_desktop.services.connection import open_database
    from crm_desktop.services.errors import ServiceError
    from crm_desktop.services.printing import PrintingService

    url, is_default = _database_url(args)
    password = (
        getpass.getpass(f"Password for {args.user}: ")
        if sys.stdin.isatty()
        else sys.stdin.readline().rstrip("\n")
    )
    try:
        db = open_database(url, is_default=is_default)
        try:
            user = auth.login(db, args.user, password, machine="crm-desktop print")
            try:
                service = PrintingService(db, user)
                if args.print_what == "quote":
                    pdf = service.quote_pdf_by_number(args.number)
                else:
                    pdf = service.order_pdf_by_number(args.number)
            finally:
                auth.logout(db, user)
        finally:
            db.dispose()
        with open(args.file, "wb") as handle:
            handle.write(pdf)
    except ServiceError as error:
        print(f"crm-desktop: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"crm-desktop: {error}", file=sys.stderr)
        return 2
    print(f"{args.print_what} {args.number} printed to {args.file}")
    return 0


def _database_url(args: argparse.Namespace) -> tuple[str, bool]:
    return resolve_database_url(getattr(args, "database", None))


def _cmd_db(args: argparse.Namespace) -> int:
    from sqlalchemy import exc as sa_exc

    from crm_desktop.db import migrate
    from crm_desktop.db.engine import create_engine
    from crm_desktop.db.session import Database
    from crm_desktop.services import search_index
    from crm_desktop.services.connection import classify, display_url

    url, _ = _database_url(args)
    try:
        engine = create_engine(url)
    except (sa_exc.ArgumentError, ImportError) as error:
        print(f"crm-desktop: {display_url(url)}: {error}", file=sys.stderr)
        return 2
    try:
        if args.db_command == "upgrade":
            before = migrate.current_revision(engine)
            migrate.upgrade(engine)
            search_index.rebuild_if_flagged(Database(engine))  # documents of customers older than search
            after = migrate.current_revision(engine)
            print(f"{display_url(url)}: {before or '(empty)'} -> {after}")
        else:
            current = migrate.current_revision(engine)
            head = migrate.head_revision()
            state = "up to date" if current == head else f"this program needs {head}"
            print(f"{current or '(empty)'} ({state})")
    except sa_exc.DBAPIError as error:
        _kind, message = classify(error)
        print(f"crm-desktop: {display_url(url)}: {message}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.services import demo
    from crm_desktop.services.connection import open_database
    from crm_desktop.services.errors import ServiceError

    url, is_default = _database_url(args)
    try:
        db = open_database(url, is_default=is_default, initialise=True)
    except ServiceError as error:
        print(f"crm-desktop: {error}", file=sys.stderr)
        return 2
    try:
        summary = demo.load_demo(db, customers=args.customers, progress=_print_progress)
    except ServiceError as error:
        print(f"\ncrm-desktop: {error}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    print(f"\n{summary}")
    return 0


def _print_progress(done: int, total: int) -> None:
    print(f"\rcustomers: {done}/{total}", end="", flush=True)


def _cmd_user(args: argparse.Namespace) -> int:
    from crm_desktop.services import auth
    from crm_desktop.services.connection import open_database
    from crm_desktop.services.errors import ServiceError, ValidationError

    url, is_default = _database_url(args)
    password = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    try:
        db = open_database(url, is_default=is_default)
        try:
            user_id = auth.create_user(
                db, args.login, args.name, password, role_code=args.role, station_code=args.station
            )
        finally:
            db.dispose()
    except ValidationError as error:
        print("crm-desktop: " + "; ".join(f"{k}: {v}" for k, v in error.fields.items()), file=sys.stderr)
        return 2
    except ServiceError as error:
        print(f"crm-desktop: {error}", file=sys.stderr)
        return 2
    print(f"user {args.login} created (id {user_id})")
    return 0


def _cmd_excel(args: argparse.Namespace) -> int:
    from crm_desktop.services import auth
    from crm_desktop.services.connection import open_database
    from crm_desktop.services.errors import ServiceError, ValidationError
    from crm_desktop.services.exports import ExportService
    from crm_desktop.services.imports import ImportOptions, ImportService

    url, is_default = _database_url(args)
    password = (
        getpass.getpass(f"Password for {args.user}: ")
        if sys.stdin.isatty()
        else sys.stdin.readline().rstrip("\n")
    )
    try:
        db = open_database(url, is_default=is_default)
        try:
            user = auth.login(db, args.user, password, machine="crm-desktop " + args.command)
            try:
                if args.command == "export":
                    rows = ExportService(db, user).export_customers(args.file)
                    print(f"{rows} customers exported to {args.file}")
                    return 0
                service = ImportService(db, user)
                preview = service.preview(args.file)
                result = service.run(args.file, preview.mapping, ImportOptions(mode=args.mode))
                print(f"created {result.created}, updated {result.updated}, unchanged {result.unchanged}, "
                      f"rejected {result.rejected}")  # fmt: skip
                for error in result.errors[:20]:
                    message = error.message.format(**error.params) if error.params else error.message
                    print(f"  row {error.row}: {error.field or ''} {message}", file=sys.stderr)
                if args.errors and result.errors:
                    service.save_errors(result, args.errors)
                    print(f"rejected rows saved to {args.errors}")
                return 0 if not result.rejected else 1
            finally:
                auth.logout(db, user)
        finally:
            db.dispose()
    except ValidationError as error:
        print("crm-desktop: " + "; ".join(f"{k}: {v}" for k, v in error.fields.items()), file=sys.stderr)
        return 2
    except ServiceError as error:
        print(f"crm-desktop: {error}", file=sys.stderr)
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen (packaged) build starts the import's reader process through this entry point too.
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    if args.command == "db":
        return _cmd_db(args)
    if args.command == "demo":
        return _cmd_demo(args)
    if args.command == "user":
        return _cmd_user(args)
    if args.command in ("import", "export"):
        return _cmd_excel(args)
    if args.command == "print":
        return _cmd_print(args)
    from crm_desktop.app import run_gui

    url, is_default = _database_url(args)
    return run_gui(url, is_default=is_default, station=args.station, language=args.lang)
