"""The ``opop`` command: a thin argparse layer over core services.

Each command group lives in its own module exposing ``register(subparsers, common)``;
handlers take ``(args, ctx)`` and return an exit code. Exit codes: 0 success, 1 input
rejected, 2 usage error.

Start-up is kept short: this package and the command modules import only argparse at the top;
each handler imports the services (SQLAlchemy, reportlab, openpyxl, cryptography) it needs.
"""
from __future__ import annotations

import argparse
import gc
import logging
import os
import sys

from opop_desktop import __version__
from opop_desktop.core.catalogue import LANGUAGES, set_language
from opop_desktop.core.errors import OpopError
from opop_desktop.core.failures import failure_message
from opop_desktop.core.logs import setup_logging


MODULES = ("basic", "registrants", "demo", "venue", "scores", "ranking", "results", "printing", "sync", "selftest")
# Which module registers each command: `opop rank …` builds a parser of that module alone
# (importing and registering all of them is a fifth of a short command). tests/core/
# test_cli_startup.py checks this against what the modules register.
COMMAND_MODULE = {
    "init": "basic", "regions": "basic", "registrants": "registrants", "demo": "demo",
    **dict.fromkeys(("users", "venues", "panels", "jurors", "coi", "attendance", "progress", "audit"), "venue"),
    "scores": "scores", "rank": "ranking", "results": "results", "print": "printing", "export": "printing",
    **dict.fromkeys(("device", "trust", "revoke", "bundle", "conflicts", "backup", "db"), "sync"),
    "selftest": "selftest",
}


def _command_modules(names=MODULES) -> list:
    """The command modules, in help order; imported only when the parser is built."""
    mods = []
    for name in names:
        try:
            mods.append(__import__(f"opop_desktop.cli.{name}", fromlist=["register"]))
        except ModuleNotFoundError as exc:
            if exc.name != f"opop_desktop.cli.{name}":
                raise
    return mods


log = logging.getLogger("opop.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors: Indonesian hint + exit 2
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan penggunaan: {message}\n")


class _NotThisParser(Exception):
    pass


class _QuietParser(_Parser):
    """The one-module parser: anything it cannot parse goes to the whole parser, which answers."""

    def error(self, message):
        raise _NotThisParser(message)

    def exit(self, status=0, message=None):
        raise _NotThisParser(message)

    def _print_message(self, message, file=None):  # --version: the whole parser prints it
        pass


def common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the sub-command (``opop --json x`` == ``opop x --json``)."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH_OR_URL",
                   help="berkas SQLite atau URL basis data (default: folder data pengguna; env OPOP_DB)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="keluaran JSON yang dapat dibaca mesin")
    p.add_argument("--as", dest="as_user", default=argparse.SUPPRESS, metavar="NAMA_PENGGUNA",
                   help="bertindak sebagai akun ini (kata sandi/PIN dari env OPOP_SECRET atau ditanyakan); "
                        "tanpa ini perintah berjalan sebagai admin sistem")
    p.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                   help="bahasa pesan: id (Bahasa Indonesia, default) atau en (English); env OPOP_LANG")
    return p


def build_parser(modules=MODULES, parser_class=_Parser) -> argparse.ArgumentParser:
    common = common_options()
    parser = parser_class(prog="opop", parents=[common],
                          description="OPOP Desktop — sistem audisi One Pesantren One Product Jawa Barat.")
    parser.add_argument("--version", action="version", version=f"opop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=parser_class)
    for mod in _command_modules(modules):
        mod.register(sub, common)
    return parser


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor the value of ``--db``, ``--as`` or ``--lang``."""
    words = iter(argv)
    for a in words:
        if a in ("--db", "--as", "--lang"):
            next(words, None)
        elif not a.startswith("-"):
            return a
    return None


def parse(argv: list[str]) -> argparse.Namespace:
    """``argv`` parsed as the whole parser would. When the first word that is not an option
    names a command, its module's parser is tried alone first; whatever it does not accept
    (help, a misspelling, a missing argument, a value that happens to be a command's name) is
    parsed again by the whole parser, which prints the answer."""
    module = COMMAND_MODULE.get(_first_word(argv))
    if module is not None and not {"-h", "--help"} & set(argv):
        try:
            return build_parser((module,), _QuietParser).parse_args(argv)
        except _NotThisParser:
            pass
    return build_parser().parse_args(argv)


def _quiet_broken_pipe() -> int:
    """The reader of our stdout went away (``opop ... | head``): stop without a traceback.

    Python flushes stdout once more at exit; pointing it at /dev/null keeps that flush quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


# What a finished command leaves for the end of the process (leave_for_exit).
_left_for_exit: list = []


def leave_for_exit(obj) -> None:
    """Keep ``obj``, which the command no longer needs, until the process ends: ``run()`` ends
    it without freeing what is kept here. A province's ranking is some 300,000 objects; freeing
    them one by one costs a twentieth of `opop rank` and gives nothing back once the process
    ends. The collector leaves them alone too (frozen), as they hold no cycles to break."""
    _left_for_exit.append(obj)
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    if _left_for_exit:  # called again in the same process (tests): now they may go
        _left_for_exit.clear()
        gc.unfreeze()
    try:
        return _run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        return _quiet_broken_pipe()


def run() -> None:
    """The `opop` program (console script, ``python -m opop_desktop``): main(), then the end of
    the process. By then the database is closed and every answer written; stdout, stderr and
    the log are flushed here, and what a command left for the exit is not freed."""
    code = main()
    if not _left_for_exit:
        sys.exit(code)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _quiet_broken_pipe()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


def _run(argv: list[str]) -> int:
    if argv == ["--version"]:  # answered before the parser, which knows every command, is built
        print(f"opop {__version__}")
        return 0
    from .context import CliContext

    args = parse(argv)
    if not getattr(args, "handler", None):
        build_parser().print_help()
        return 2
    set_language(getattr(args, "lang", None) or os.environ.get("OPOP_LANG", "id"))
    log_file = setup_logging("cli")
    ctx = CliContext(db_arg=getattr(args, "db", None), json=bool(getattr(args, "json", False)),
                     as_user=getattr(args, "as_user", None))
    try:
        return int(args.handler(args, ctx) or 0)
    except OpopError as err:
        log.warning("opop %s: %s", " ".join(argv if argv is not None else sys.argv[1:]), err)
        ctx.fail(err)
        return err.exit_code
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away: main() ends quietly, nothing to log
        raise
    except Exception as exc:  # noqa: BLE001 - one sentence on screen, the details in the log
        log.error("opop %s failed", " ".join(argv if argv is not None else sys.argv[1:]), exc_info=exc)
        ctx.fail(OpopError("failure.with_log", message=failure_message(exc), log=log_file))
        return 1
    finally:
        ctx.close()
