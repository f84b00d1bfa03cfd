"""Shared pieces of the web tests: the test corpus texts and the server-in-a-thread."""

from __future__ import annotations

import asyncio
import socket
import threading

from bot.service import Assistant
from bot.web.app import start

# Document text that must never act as markup.
SCRIPT_TEXT = "<script>alert(1)</script>"
IMG_TEXT = "<img src=x onerror=\"document.title='hackad'\">"
SCRIPT_DOC = f"""# Minnesanteckningar med kod i texten

## Inkomna synpunkter

En synpunkt på webbplatsen innehöll texten {SCRIPT_TEXT} och bilden {IMG_TEXT} som ska visas som vanlig text.

Webbsäkerhetsgruppen ansvarar för att granska inkomna synpunkter innan de publiceras.
"""

# One section long enough for several chunks, so a passage has earlier text of its section before it.
LONG_SECTION_DOC = "# Uppföljning av samarbetet\n\n## Årlig uppföljning\n\n" + "\n\n".join(
    f"Punkt {i}: Sekretariatet sammanställer varje år en rapport om hur kommunerna har arbetat med "
    f"insats nummer {i}. Rapporten beskriver vad som har genomförts, vilka kommuner som har deltagit, "
    f"vilka resultat som har uppnåtts och vilka hinder som har funnits. Kommundirektörsgruppen "
    f"behandlar rapporten och beslutar om eventuella förändringar inför nästa år."
    for i in range(1, 13)) + "\n"
LONG_SECTION_URL = "https://mlr.example.se/uppfoljning"

MANIFEST = """\
[[document]]
file = "verksamhetsplan-2019-2023.md"
title = "Verksamhetsplan 2019–2023"
url = "https://www.malmolundregionen.se/verksamhetsplan/"
doc_type = "verksamhetsplan"
year = 2019

[[document]]
file = "anteckningar-med-kod.md"
title = "Minnesanteckningar med kod i texten"
url = "javascript:alert(3)"
doc_type = "minnesanteckningar"
date = 2026-02-03

[[document]]
file = "uppfoljning.md"
title = "Uppföljning av samarbetet"
url = "https://mlr.example.se/uppfoljning"
doc_type = "övrigt"
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The web app on loopback, in a background thread with its own event loop."""

    def __init__(self, assistant: Assistant, port: int = 0):
        self.assistant = assistant
        self.port = port
        self.url = ""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="web-test-server", daemon=True)
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._runner = None

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._runner, self.url = self._loop.run_until_complete(start(self.assistant, "127.0.0.1", self.port))
        except BaseException as exc:  # reported to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._runner.cleanup())
        self._loop.close()

    def __enter__(self) -> "LiveServer":
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("the web server did not start within 30 s")
        if self._error:
            raise self._error
        return self

    def __exit__(self, *exc) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
