"""The Discord client: a thin adapter over bot.service.Assistant.

`mlr bot` calls run_bot(); `mlr bot --sync` also syncs the slash commands to the configured guild.
Every Assistant call is blocking (model, Chroma), so it runs in a worker thread: questions keep
being answered while a reindex or an upload runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from typing import TYPE_CHECKING, Any, Callable, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.checks import NotSecretariat, OnCooldown, UserCooldown
from bot.discord.feedback import FeedbackButton, FeedbackStore, feedback_buttons
from bot.discord.translator import EnglishTranslator
from bot.present.discord_format import answer_embed, source_links
from bot.schemas import Answer, StatusReport
from ingest.settings import Settings

if TYPE_CHECKING:  # the service module loads the model stack; the adapter only needs its methods
    from bot.service import Assistant

log = logging.getLogger(__name__)

T = TypeVar("T")

EXTENSIONS = (
    "bot.discord.ask",
    "bot.discord.activities",
    "bot.discord.responsible",
    "bot.discord.admin",
)
NO_MENTIONS = discord.AllowedMentions.none()
STATUS_TTL = 60.0
GENERIC_ERROR = "Något gick fel. Försök igen om en stund – felet är loggat."


def missing_settings(settings: Settings) -> list[str]:
    """Names of the settings `mlr bot` cannot start without."""
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    return [] if token else ["MLR_DISCORD_TOKEN"]


class MLRTree(app_commands.CommandTree):
    """Turns every command failure into a short Swedish ephemeral message; logs the traceback."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, (NotSecretariat, OnCooldown)):
            await send_error(interaction, error.message)
            return
        if isinstance(error, app_commands.CheckFailure):
            await send_error(interaction, "Du kan inte använda det här kommandot här.")
            return
        command = interaction.command.qualified_name if interaction.command else "?"
        log.error("Kommandot /%s misslyckades", command, exc_info=error)
        await send_error(interaction, GENERIC_ERROR)


async def send_error(interaction: discord.Interaction, message: str) -> None:
    """An ephemeral message to the user, also after a public defer (the placeholder is removed)."""
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        with contextlib.suppress(discord.HTTPException):
            await interaction.delete_original_response()
        await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        log.exception("Kunde inte visa felmeddelandet för användaren")


class MLRBot(commands.Bot):
    """Slash commands, mentions and feedback for one Assistant."""

    def __init__(
        self,
        assistant: "Assistant",
        settings: Settings,
        *,
        sync: bool = False,
        message_content: bool = False,
        **kwargs: Any,
    ) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        intents.guild_messages = True  # MESSAGE_CREATE for mentions and thread follow-ups
        # Privileged; without it only messages that mention the bot carry their text.
        intents.message_content = message_content
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            help_command=None,
            tree_cls=MLRTree,
            **kwargs,
        )
        self.assistant = assistant
        self.settings = settings
        self.sync_on_start = sync
        self.feedback: FeedbackStore
        self.cooldown: UserCooldown
        self.ingest_lock: asyncio.Lock
        self._status: tuple[float, StatusReport | None] = (0.0, None)

    async def setup_hook(self) -> None:
        self.feedback = FeedbackStore(self.settings.index_dir)
        self.cooldown = UserCooldown(self.settings.cooldown_seconds)
        self.ingest_lock = asyncio.Lock()
        await self.tree.set_translator(EnglishTranslator())
        # Feedback buttons on answers posted before a restart are routed by their custom_id.
        self.add_dynamic_items(FeedbackButton)
        for name in EXTENSIONS:
            await self.load_extension(name)
        if not self.settings.secretariat_role_id:
            log.warning("MLR_SECRETARIAT_ROLE_ID är inte satt: /reindexera och /ladda-upp avvisar alla.")
        if self.sync_on_start:
            synced = await sync_commands(self)
            log.info("Synkade %d kommandon: %s", len(synced), ", ".join(c.name for c in synced))

    async def on_ready(self) -> None:
        log.info("Inloggad som %s (%s) i %d servrar", self.user, getattr(self.user, "id", "?"), len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: mentions are handled by the ask extension's listener."""

    # --- service calls off the event loop ---------------------------------------------------
    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def index_status(self, *, fresh: bool = False) -> StatusReport | None:
        """The index status for answer footers, cached for a minute; None if unavailable."""
        stamp, cached = self._status
        if not fresh and cached is not None and time.monotonic() - stamp < STATUS_TTL:
            return cached
        try:
            status = await self.call(self.assistant.status)
        except Exception:
            log.exception("Kunde inte läsa indexets status")
            return cached
        self._status = (time.monotonic(), status)
        return status

    def forget_status(self) -> None:
        self._status = (0.0, None)

    async def answer(self, question: str, context: str | None = None) -> Answer:
        return await self.call(self.assistant.ask, question, context)

    async def answer_message(self, answer: Answer) -> dict[str, Any]:
        """Keyword arguments for send(): the answer embed, source links and feedback buttons."""
        status = await self.index_status()
        embed = answer_embed(answer, status)
        view = discord.ui.View(timeout=None)
        for i, src in enumerate(source_links(answer, self.assistant.passage_url)):
            view.add_item(discord.ui.Button(label=src.label, url=src.url, row=i // 5))
        key = await self.call(self.feedback.remember, answer)
        for button in feedback_buttons(key):
            view.add_item(button)
        return {"embed": embed, "view": view, "allowed_mentions": NO_MENTIONS}


async def sync_commands(bot: MLRBot) -> list[app_commands.AppCommand]:
    """Sync the slash commands to the configured guild (instant), or globally without one."""
    guild_id = bot.settings.discord_guild_id
    if guild_id:
        guild = discord.Object(id=guild_id)
        bot.tree.copy_global_to(guild=guild)
        return await bot.tree.sync(guild=guild)
    return await bot.tree.sync()


async def run_bot(assistant: "Assistant", settings: Settings, sync: bool = False, **kwargs: Any) -> None:
    """Run until stopped (Ctrl-C or SIGTERM). Raises SystemExit naming a missing setting."""
    missing = missing_settings(settings)
    if missing:
        raise SystemExit(f"Saknar inställning: {', '.join(missing)}")
    if not logging.getLogger().handlers:
        discord.utils.setup_logging(level=logging.INFO)  # a service should say what it does
    token = settings.discord_token.get_secret_value().strip()  # type: ignore[union-attr]
    # Optional privileged intent: follow-up questions in a thread without mentioning the bot.
    kwargs.setdefault("message_content", bool(getattr(settings, "discord_message_content", False)))
    bot = MLRBot(assistant, settings, sync=sync, **kwargs)
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGTERM, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(token)
