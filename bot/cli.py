"""`mlr`: the command-line adapter over the service layer."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

# Never reach for a model hub unless the user asked for a model by name and has a network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# The model loads from a local folder: its loading bars and notices would only clutter the terminal.
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

EXIT_FAILED_FILES = 1
EXIT_USAGE = 2
EXIT_BUSY = 3


def _emit(obj) -> None:
    print(obj.model_dump_json() if hasattr(obj, "model_dump_json") else json.dumps(obj, ensure_ascii=False),
          flush=True)


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _progress_printer(enabled: bool):
    if not enabled:
        return None

    def show(message: str, done: int, total: int) -> None:
        width = 24
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {message[:50]:<50}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


class QuestionFileError(Exception):
    """A --batch file that cannot be read as UTF-8 text."""


def _questions(path: str) -> list[str]:
    try:
        source = sys.stdin if path == "-" else open(path, encoding="utf-8")
        with source:
            return [line.strip() for line in source if line.strip()]
    except OSError as exc:
        raise QuestionFileError(f"kan inte läsa frågefilen {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise QuestionFileError(f"frågefilen {path} är inte UTF-8-text (byte {exc.start}); spara den som UTF-8") \
            from None


def cmd_ingest(assistant, args) -> int:
    from bot.service import IngestBusy, ManifestError

    try:
        report = assistant.ingest(full=args.full, progress=_progress_printer(sys.stderr.isatty()))
    except IngestBusy as exc:
        _err(str(exc))
        return EXIT_BUSY
    except (ManifestError, FileNotFoundError) as exc:
        _err(f"Fel: {exc}")
        return EXIT_USAGE
    if args.json:
        _emit(report)
    else:
        print(f"Nya: {report.added}  Ändrade: {report.updated}  Borttagna: {report.removed}  "
              f"Oförändrade: {report.unchanged}  Misslyckade: {len(report.failed)}  Textavsnitt i index: {report.chunks}")
        for failure in report.failed:
            print(f"  ✗ {failure.path}: {failure.error}")
    return EXIT_FAILED_FILES if report.failed else 0


def _print_hit(i: int, hit) -> None:
    where = ", ".join(x for x in (hit.section, f"s. {hit.page}" if hit.page else None) if x)
    print(f"{i}. {hit.title} ({where})  [{hit.score:.3f}]")
    print(f"   {hit.text[:400]}")
    if hit.url:
        print(f"   {hit.url}")


def cmd_search(assistant, args) -> int:
    queries = _questions(args.batch) if args.batch else [args.query]
    if not queries or queries == [None]:
        _err("Ange en fråga eller --batch FIL.")
        return EXIT_USAGE
    for query in queries:
        response = assistant.search(query, k=args.k, doc_type=args.type, year=args.year)
        if args.json:
            _emit(response)
        else:
            print(f"Fråga: {query}")
            for i, hit in enumerate(response.results, 1):
                _print_hit(i, hit)
            if not response.answerable:
                print("(Inget av avsnitten verkar besvara frågan säkert.)")
    return 0


def print_answer(answer) -> None:
    print(answer.answer)
    if answer.groups:
        print("\nAnsvariga: " + "; ".join(
            f"{g.name}" + (f" ({g.activity})" if g.activity else "") + f" [{g.source_n}]" for g in answer.groups))
    if answer.sources:
        print("\nKällor:" if not answer.abstained else "\nNärmaste avsnitt:")
        for s in answer.sources:
            where = ", ".join(x for x in (s.section, f"s. {s.page}" if s.page else None) if x)
            print(f"  [{s.n}] {s.title}" + (f" – {where}" if where else "") + (f"\n      {s.url}" if s.url else ""))


def cmd_ask(assistant, args) -> int:
    questions = _questions(args.batch) if args.batch else [args.question]
    if not questions or questions == [None]:
        _err("Ange en fråga eller --batch FIL.")
        return EXIT_USAGE
    for question in questions:
        answer = assistant.ask(question)
        if args.json:
            _emit(answer)
        else:
            print_answer(answer)
    return 0


def cmd_responsible(assistant, args) -> int:
    if not args.topic.strip():
        _err("Ange ett ämne, till exempel: mlr responsible turism")
        return 2
    response = assistant.responsible(args.topic)
    if args.json:
        _emit(response)
        return 0
    if not response.matches:
        print(f"Hittar ingen ansvarig grupp för ”{args.topic}”.")
    for m in response.matches:
        line = f"- {m.group}" + (f": {m.activity}" if m.activity else "")
        if m.title:
            line += f" ({m.title}" + (f", s. {m.page}" if m.page else "") + ")"
        print(line + (f"\n  {m.url}" if m.url else ""))
    return 0


def print_activities(response) -> None:
    if not response.activities:
        print("Inga aktiviteter hittades.")
        return
    print(f"Aktiviteter {response.year or ''}".strip())
    area = object()
    for a in response.activities:
        if a.area != area:
            area = a.area
            print(f"\n{a.area or 'Övrigt'}")
        details = ", ".join(x for x in (a.responsible, a.period, a.status) if x)
        print(f"  - {a.title}" + (f" — {details}" if details else ""))


def cmd_activities(assistant, args) -> int:
    response = assistant.activities(year=args.year, area=args.area)
    if args.json:
        _emit(response)
    else:
        print_activities(response)
    return 0


def cmd_status(assistant, args) -> int:
    status = assistant.status()
    if args.json:
        _emit(status)
    else:
        types = ", ".join(f"{k}: {v}" for k, v in sorted(status.documents_by_type.items())) or "inga"
        print(f"Dokument: {status.documents} ({types})\nTextavsnitt: {status.chunks}\n"
              f"Senaste indexering: {status.last_ingest or 'aldrig'}\nModell: {status.embedding_model}\n"
              f"Version: {status.version}")
    return 0


def cmd_chat(assistant, args) -> int:
    from bot.chat import run_chat

    return run_chat(assistant)


def cmd_serve(assistant, args) -> int:
    import asyncio

    from bot.web.app import ServeError, serve

    try:
        asyncio.run(serve(assistant, args.host, args.port,
                          on_ready=lambda url: _err(f"Webbsidan körs på {url}/ (avsluta med Ctrl+C)")))
    except KeyboardInterrupt:
        pass
    except ServeError as exc:
        _err(str(exc))
        return EXIT_USAGE
    return 0


def cmd_bot(assistant, args) -> int:
    import asyncio

    from bot.discord.client import missing_settings, run_bot

    missing = missing_settings(assistant.settings)
    if missing:
        _err("Boten kan inte starta: inställning saknas: " + ", ".join(missing) + " (se .env.example).")
        return EXIT_USAGE
    async def bot_with_web() -> None:
        web = None
        if assistant.settings.public_base_url:  # the links in answers point at the passage pages
            from bot.web.app import serve

            web = asyncio.create_task(serve(assistant))
        try:
            await run_bot(assistant, assistant.settings, sync=args.sync)
        finally:
            if web is not None:
                web.cancel()

    try:
        asyncio.run(bot_with_web())
    except KeyboardInterrupt:
        pass
    return 0


class _SwedishFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "Användning: ")


# argparse's own messages, as a Swedish user reads them
_ARGPARSE_MESSAGES = (
    (re.compile(r"argument (\S+): invalid int value: (.*)"), r"\1: \2 är inget heltal"),
    (re.compile(r"argument command: invalid choice: (\S+) \(choose from (.*)\)"), r"okänt kommando \1 (välj bland \2)"),
    (re.compile(r"argument (\S+): invalid choice: (\S+) \(choose from (.*)\)"), r"\1: okänt val \2 (välj bland \3)"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 behöver ett värde"),
    (re.compile(r"the following arguments are required: (.*)"), r"det här saknas: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"okända argument: \1"),
)


class _SwedishParser(argparse.ArgumentParser):
    """Usage and errors in Swedish; sub-commands get the same parser."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _SwedishFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", help="Visa den här hjälpen och avsluta.")

    def error(self, message: str):
        for pattern, swedish in _ARGPARSE_MESSAGES:
            message = pattern.sub(swedish, message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fel: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _SwedishParser(prog="mlr", description="Dokumentassistent för MalmöLundregionen.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="Indexera dokumentmappen (bara ändrade filer).")
    p.add_argument("--full", action="store_true", help="Bygg om hela indexet.")
    p.add_argument("--json", action="store_true", help="Skriv resultatet som JSON.")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="Sök textavsnitt.")
    p.add_argument("query", nargs="?")
    p.add_argument("--batch", metavar="FIL", help="En fråga per rad ('-' för stdin).")
    p.add_argument("--k", type=int, default=5, help="Antal träffar (standard 5).")
    p.add_argument("--type", help="Bara denna dokumenttyp (t.ex. aktivitetsplan).")
    p.add_argument("--year", type=int, help="Bara dokument från detta år.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="Besvara en fråga med källhänvisningar.")
    p.add_argument("question", nargs="?")
    p.add_argument("--batch", metavar="FIL", help="En fråga per rad ('-' för stdin).")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("responsible", help="Vilken grupp ansvarar för ett ämne?")
    p.add_argument("topic")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_responsible)

    p = sub.add_parser("activities", help="Aktiviteterna i aktivitetsplanerna.")
    p.add_argument("--year", type=int, help="Planens år (standard: den senaste planen).")
    p.add_argument("--area", help="Bara detta prioriterade område.")
    p.add_argument("--json", action="store_true", help="Skriv resultatet som JSON.")
    p.set_defaults(func=cmd_activities)

    p = sub.add_parser("status", help="Indexets innehåll och inställningar.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("chat", help="Interaktiv frågestund i terminalen.")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("serve", help="Starta webbsidan med källavsnitt.")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("bot", help="Starta Discord-boten.")
    p.add_argument("--sync", action="store_true", help="Synka snedstreckskommandona till servern först.")
    p.set_defaults(func=cmd_bot)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "k", 1) is not None and getattr(args, "k", 1) < 1:
        _err("--k måste vara minst 1.")
        return EXIT_USAGE
    from pydantic import ValidationError

    from bot.service import Assistant

    try:
        assistant = Assistant()
    except ValidationError as exc:
        for error in exc.errors():
            name = "MLR_" + "_".join(str(part) for part in error["loc"]).upper()
            _err(f"ogiltig inställning {name}={error.get('input')!r}: {error['msg']}")
        return EXIT_USAGE
    try:
        return args.func(assistant, args)
    except QuestionFileError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
