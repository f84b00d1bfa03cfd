"""`mlr chat`: questions, activities and groups in the terminal, for people without Discord."""

from __future__ import annotations

import sys

HELP = """Skriv en fråga och tryck Enter. Kommandon:
  /aktiviteter [år] [område]   aktiviteterna i aktivitetsplanen
  /ansvar <ämne>                vilken grupp ansvarar för ämnet
  /status                       vad som finns i indexet
  /hjälp                        den här texten
  /avsluta                      avsluta (eller Ctrl+D)
En följdfråga tolkas tillsammans med föregående fråga."""


def run_chat(assistant, stdin=None, stdout=None) -> int:
    from bot.cli import print_activities, print_answer

    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    previous: str | None = None
    interactive = stdin.isatty()
    print("MalmöLundregionens dokumentassistent. /hjälp visar kommandona.", file=out)
    while True:
        if interactive:
            out.write("\nFråga> ")
            out.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if not text:
            continue
        command, _, rest = text.partition(" ")
        old_stdout, sys.stdout = sys.stdout, out
        try:
            if command in ("/avsluta", "/quit", "/exit"):
                break
            if command in ("/hjälp", "/help"):
                print(HELP)
            elif command == "/status":
                status = assistant.status()
                print(f"{status.documents} dokument, {status.chunks} textavsnitt, indexerat {status.last_ingest or 'aldrig'}.")
            elif command == "/ansvar":
                response = assistant.responsible(rest)
                for m in response.matches or []:
                    print(f"- {m.group}" + (f": {m.activity}" if m.activity else "") + (f"  {m.url}" if m.url else ""))
                if not response.matches:
                    print("Hittar ingen ansvarig grupp.")
            elif command == "/aktiviteter":
                year = next((int(w) for w in rest.split() if w.isdigit()), None)
                area = " ".join(w for w in rest.split() if not w.isdigit()) or None
                print_activities(assistant.activities(year=year, area=area))
            else:
                print_answer(assistant.ask(text, context=previous))
                previous = text
        finally:
            sys.stdout = old_stdout
    print("Hej då!", file=out)
    return 0
