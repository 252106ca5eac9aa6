"""The ``opop`` command: a thin argparse layer over core services.

Each command group lives in its own module exposing ``register(subparsers, common)``;
handlers take ``(args, ctx)`` and return an exit code. Exit codes: 0 success, 1 input
rejected, 2 usage error.

Start-up is kept short: this package and the command modules import only argparse at the top;
each handler imports the services (SQLAlchemy, reportlab, openpyxl, cryptography) it needs.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from opop_desktop import __version__
from opop_desktop.core.errors import OpopError
from opop_desktop.core.failures import failure_message
from opop_desktop.core.logs import setup_logging


def _command_modules() -> list:
    """The command modules, in help order; imported only when the parser is built."""
    mods = []
    for name in ("basic", "registrants", "demo", "venue", "scores", "results", "printing", "sync", "selftest"):
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
    return p


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = _Parser(prog="opop", parents=[common],
                     description="OPOP Desktop — sistem audisi One Pesantren One Product Jawa Barat.")
    parser.add_argument("--version", action="version", version=f"opop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for mod in _command_modules():
        mod.register(sub, common)
    return parser


def _quiet_broken_pipe() -> int:
    """The reader of our stdout went away (``opop ... | head``): stop without a traceback.

    Python flushes stdout once more at exit; pointing it at /dev/null keeps that flush quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        return _quiet_broken_pipe()


def _run(argv: list[str]) -> int:
    if argv == ["--version"]:  # answered before the parser, which knows every command, is built
        print(f"opop {__version__}")
        return 0
    from .context import CliContext

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
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
        ctx.fail(OpopError(f"{failure_message(exc)} (rincian: {log_file})"))
        return 1
    finally:
        ctx.close()
