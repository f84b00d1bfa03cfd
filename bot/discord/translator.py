"""English localisations of the Swedish command names, options and descriptions."""

from __future__ import annotations

from discord import Locale, app_commands
from discord.app_commands import TranslationContextLocation as Where

ENGLISH_LOCALES = {Locale.american_english, Locale.british_english}

# Command and option names must stay lowercase, 1–32 characters, no spaces.
COMMAND_NAMES = {
    "fråga": "ask",
    "aktiviteter": "activities",
    "ansvar": "responsible",
    "reindexera": "reindex",
    "ladda-upp": "upload",
    "status": "status",
}
PARAMETER_NAMES = {
    "fråga": "question",
    "område": "area",
    "år": "year",
    "ämne": "topic",
    "fil": "file",
    "ersätt": "replace",
    "allt": "full",
}
DESCRIPTIONS = {
    "Ställ en fråga om MalmöLundregionens dokument": "Ask a question about the MalmöLundregionen documents",
    "Din fråga, t.ex. Vem ansvarar för kompetensförsörjning?": "Your question, e.g. Who is responsible for skills supply?",
    "Aktuella aktiviteter med ansvarig grupp": "Current activities with their responsible group",
    "Prioriterat område": "Priority area",
    "Aktivitetsplanens år (standard: den senaste)": "Year of the activity plan (default: the latest)",
    "Vilka grupper ansvarar för ett ämne": "Which groups are responsible for a topic",
    "Ämnet, t.ex. turism eller kollektivtrafik": "The topic, e.g. tourism or public transport",
    "Indexera om dokumentmappen (sekretariatet)": "Reindex the document folder (secretariat)",
    "Bygg om hela indexet i stället för bara ändrade filer": "Rebuild the whole index instead of changed files only",
    "Ladda upp och indexera ett dokument (sekretariatet)": "Upload and index a document (secretariat)",
    "PDF, DOCX, MD eller TXT": "PDF, DOCX, MD or TXT",
    "Ersätt en befintlig fil med samma namn": "Replace an existing file with the same name",
    "Indexets innehåll, senaste indexering och version": "Index contents, last indexing and version",
}


class EnglishTranslator(app_commands.Translator):
    """Returns the English text for en-US and en-GB; other locales fall back to Swedish."""

    async def translate(
        self, string: app_commands.locale_str, locale: Locale, context: app_commands.TranslationContext
    ) -> str | None:
        if locale not in ENGLISH_LOCALES:
            return None
        message = string.message
        if context.location is Where.command_name:
            return COMMAND_NAMES.get(message)
        if context.location is Where.parameter_name:
            return PARAMETER_NAMES.get(message)
        if context.location in (Where.command_description, Where.parameter_description):
            return DESCRIPTIONS.get(message)
        return None  # choice names are area names from the documents: keep them as written
