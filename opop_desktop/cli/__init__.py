"""The ``opop`` command: a thin argparse layer over core services.

Each command group lives in its own module exposing ``register(subparsers, common)``;
handlers take ``(args, ctx)`` and return an exit code. Exit codes: 0 success, 1 input
rejected, 2 usage error.
"""
from __future__ import annotations

import argparse
import logging
import sys

from opop_desktop import __version__
from opop_desktop.core.errors import OpopError
from opop_desktop.core.failures import failure_message
from opop_desktop.core.logs import setup_logging

from . import basic, demo, printing, registrants, results, scores, selftest, sync, venue
from .context import CliContext

# Command modules, in help order.
COMMAND_MODULES = [basic, registrants, demo, venue, scores, results, printing, sync, selftest]

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
    for mod in COMMAND_MODULES:
        mod.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
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
    except Exception as exc:  # noqa: BLE001 - one sentence on screen, the details in the log
        log.error("opop %s failed", " ".join(argv if argv is not None else sys.argv[1:]), exc_info=exc)
        ctx.fail(OpopError(f"{failure_message(exc)} (rincian: {log_file})"))
        return 1
    finally:
        ctx.close()
