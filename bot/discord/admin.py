"""/reindexera and /ladda-upp (secretariat only) and /status."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.discord.checks import secretariat_only
from bot.discord.client import NO_MENTIONS, send_error
from bot.discord.uploads import UploadRejected, check_before_download, check_content
from bot.present.discord_format import error_embed, ingest_embed, progress_text, status_embed, upload_embed

if TYPE_CHECKING:
    from bot.discord.client import MLRBot

log = logging.getLogger(__name__)

PROGRESS_EVERY = 2.0  # seconds between progress edits (Discord rate-limits edits)
TOKEN_LIFETIME = 14 * 60  # interaction tokens expire after 15 minutes
BUSY = "En indexering pågår redan. Försök igen när den är klar."


try:
    from ingest.pipeline import IngestBusy
except ImportError:  # pragma: no cover - older layouts
    IngestBusy = None  # type: ignore[assignment,misc]


def is_busy(exc: BaseException) -> bool:
    """The service's 'an ingest is already running' error (e.g. one started from the CLI)."""
    return (IngestBusy is not None and isinstance(exc, IngestBusy)) or "busy" in type(exc).__name__.lower()


class ProgressRelay:
    """Latest progress from the worker thread, read by the event loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: tuple[str, int, int] = ("Startar …", 0, 0)
        self._version = 0

    def __call__(self, message: str, done: int, total: int) -> None:
        with self._lock:
            self._state = (message, done, total)
            self._version += 1

    def snapshot(self) -> tuple[int, tuple[str, int, int]]:
        with self._lock:
            return self._version, self._state


class AdminCog(commands.Cog):
    def __init__(self, bot: "MLRBot") -> None:
        self.bot = bot

    # --- /reindexera ----------------------------------------------------------------------
    @app_commands.command(name=_("reindexera"), description=_("Indexera om dokumentmappen (sekretariatet)"))
    @app_commands.describe(allt=_("Bygg om hela indexet i stället för bara ändrade filer"))
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @secretariat_only()
    async def reindexera(self, interaction: discord.Interaction, allt: bool = False) -> None:
        if self.bot.ingest_lock.locked():
            await interaction.response.send_message(BUSY, ephemeral=True)
            return
        await interaction.response.defer(thinking=True)
        started = time.monotonic()
        async with self.bot.ingest_lock:
            relay = ProgressRelay()
            message = await interaction.followup.send(progress_text("Startar …", 0, 0), wait=True)
            stop = asyncio.Event()
            pump = asyncio.create_task(self._pump(relay, message, stop, started))
            try:
                report = await self.bot.call(self.bot.assistant.ingest, full=allt, progress=relay)
            except Exception as exc:
                stop.set()
                await pump
                if is_busy(exc):
                    await self._finish(interaction, message, started, content=BUSY, embed=None)
                    return
                log.exception("Omindexeringen misslyckades")
                await self._finish(
                    interaction, message, started, content=None,
                    embed=error_embed("Indexeringen avbröts av ett fel. Inget har tagits bort; felet är loggat."),
                )
                return
            finally:
                self.bot.forget_status()
            stop.set()
            await pump
        await self._finish(interaction, message, started, content=None, embed=ingest_embed(report, full=allt))

    async def _pump(self, relay: ProgressRelay, message: discord.WebhookMessage, stop: asyncio.Event, started: float) -> None:
        """Edit the one progress message when progress changed, at most every PROGRESS_EVERY s."""
        shown = 0
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), PROGRESS_EVERY)
            except asyncio.TimeoutError:
                pass
            version, state = relay.snapshot()
            if stop.is_set() or version == shown or time.monotonic() - started > TOKEN_LIFETIME:
                continue
            shown = version
            try:
                await message.edit(content=progress_text(*state))
            except discord.HTTPException:
                log.warning("Kunde inte uppdatera förloppet", exc_info=True)

    async def _finish(
        self,
        interaction: discord.Interaction,
        message: discord.WebhookMessage,
        started: float,
        *,
        content: str | None,
        embed: discord.Embed | None,
    ) -> None:
        """Final state in the progress message; a new channel message if the token has expired."""
        if time.monotonic() - started < TOKEN_LIFETIME:
            try:
                await message.edit(content=content, embed=embed)
                return
            except discord.HTTPException:
                log.warning("Kunde inte redigera förloppsmeddelandet; skickar ett nytt", exc_info=True)
        channel = interaction.channel
        if channel is not None and hasattr(channel, "send"):
            await channel.send(content=content, embed=embed, allowed_mentions=NO_MENTIONS)  # type: ignore[union-attr]

    # --- /ladda-upp -----------------------------------------------------------------------
    @app_commands.command(name=_("ladda-upp"), description=_("Ladda upp och indexera ett dokument (sekretariatet)"))
    @app_commands.describe(fil=_("PDF, DOCX, MD eller TXT"), ersätt=_("Ersätt en befintlig fil med samma namn"))
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @secretariat_only()
    async def ladda_upp(self, interaction: discord.Interaction, fil: discord.Attachment, ersätt: bool = False) -> None:
        max_mb = self.bot.settings.upload_max_mb
        try:  # name, type and size are known before downloading anything
            name = check_before_download(fil.filename, fil.size, max_mb)
        except UploadRejected as exc:
            await send_error(interaction, str(exc))
            return
        if self.bot.ingest_lock.locked():
            await send_error(interaction, BUSY)
            return
        await interaction.response.defer(thinking=True)
        data = await fil.read()
        try:
            check_content(name, data)
            check_before_download(name, len(data), max_mb)  # the real size, not the announced one
        except UploadRejected as exc:
            await send_error(interaction, str(exc))
            return
        async with self.bot.ingest_lock:
            try:
                result = await self.bot.call(self.bot.assistant.upload, name, data, overwrite=ersätt)
            except UploadRejected as exc:
                await send_error(interaction, str(exc))
                return
            except Exception as exc:
                if is_busy(exc):
                    await send_error(interaction, BUSY)
                    return
                raise
            finally:
                self.bot.forget_status()
        await interaction.followup.send(embed=upload_embed(result))

    # --- /status --------------------------------------------------------------------------
    @app_commands.command(name=_("status"), description=_("Indexets innehåll, senaste indexering och version"))
    async def status(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        report = await self.bot.index_status(fresh=True)
        if report is None:
            await send_error(interaction, "Indexets status kunde inte läsas just nu. Felet är loggat.")
            return
        await interaction.followup.send(embed=status_embed(report), ephemeral=True)


async def setup(bot: "MLRBot") -> None:
    await bot.add_cog(AdminCog(bot))
