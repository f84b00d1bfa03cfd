"""/fråga, and answers to @mentions in a thread opened on the message."""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.discord.checks import question_cooldown
from bot.present.discord_format import thread_name, truncate

if TYPE_CHECKING:
    from bot.discord.client import MLRBot

log = logging.getLogger(__name__)

QUESTION_MAX = 500
HELP_TEXT = (
    "Hej! Skriv din fråga efter omnämnandet, till exempel: "
    "”@{name} Vem ansvarar för kompetensförsörjning?” – jag svarar i en tråd."
)
MENTION_ERROR = "Något gick fel när jag skulle svara. Försök igen om en stund."


def strip_mentions(content: str, user_id: int) -> str:
    """The question without the bot's mention(s), whitespace collapsed."""
    text = re.sub(rf"<@!?{user_id}>", " ", content or "")
    return re.sub(r"\s+", " ", text).strip()


class AskCog(commands.Cog):
    def __init__(self, bot: "MLRBot") -> None:
        self.bot = bot
        # thread id → the latest question asked in it (context for the next one)
        self.thread_questions: OrderedDict[int, str] = OrderedDict()

    @app_commands.command(name=_("fråga"), description=_("Ställ en fråga om MalmöLundregionens dokument"))
    @app_commands.describe(fråga=_("Din fråga, t.ex. Vem ansvarar för kompetensförsörjning?"))
    @question_cooldown()
    async def fraga(self, interaction: discord.Interaction, fråga: app_commands.Range[str, 1, QUESTION_MAX]) -> None:
        await interaction.response.defer(thinking=True)
        answer = await self.bot.answer(fråga.strip())
        await interaction.followup.send(**await self.bot.answer_message(answer))

    # --- mentions -------------------------------------------------------------------------
    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.guild is None:
            return
        mentioned = any(u.id == me.id for u in message.mentions)
        channel = message.channel
        in_own_thread = isinstance(channel, discord.Thread) and channel.owner_id == me.id
        # Without the message-content intent, unmentioned messages arrive with empty content.
        if not mentioned and not (in_own_thread and message.content.strip()):
            return
        question = strip_mentions(message.content, me.id)
        try:
            await self._answer_message(message, question[:QUESTION_MAX])
        except Exception:
            log.exception("Svar på omnämnande misslyckades (meddelande %s)", message.id)
            try:
                await message.reply(MENTION_ERROR, mention_author=False)
            except discord.HTTPException:
                log.exception("Kunde inte heller svara med felmeddelandet")

    async def _answer_message(self, message: discord.Message, question: str) -> None:
        if not question:
            name = self.bot.user.display_name if self.bot.user else "boten"
            await message.reply(HELP_TEXT.format(name=name), mention_author=False)
            return
        wait = self.bot.cooldown.hit(message.author.id)
        if wait:
            await message.reply(
                f"Vänta {max(1, round(wait))} s innan du ställer nästa fråga.", mention_author=False, delete_after=10
            )
            return

        channel = message.channel
        if isinstance(channel, discord.Thread):
            thread = channel
            context = await self._thread_context(thread)
        else:
            context = None
            try:
                thread = await message.create_thread(name=thread_name(question), auto_archive_duration=1440)
            except discord.HTTPException:
                # No permission to create threads (or not a text channel): answer in place.
                log.warning("Kunde inte öppna en tråd i kanal %s; svarar direkt", channel.id)
                thread = None

        target = thread or channel
        async with target.typing():
            answer = await self.bot.answer(question, context)
            kwargs = await self.bot.answer_message(answer)
        if thread is None:
            await message.reply(mention_author=False, **kwargs)
        else:
            self._remember(thread.id, question)
            await thread.send(**kwargs)

    def _remember(self, thread_id: int, question: str) -> None:
        self.thread_questions[thread_id] = question
        self.thread_questions.move_to_end(thread_id)
        while len(self.thread_questions) > 2000:
            self.thread_questions.popitem(last=False)

    async def _thread_context(self, thread: discord.Thread) -> str | None:
        """The thread's earlier question: remembered, else its starter message, else its name."""
        if thread.id in self.thread_questions:
            return self.thread_questions[thread.id]
        me = self.bot.user
        parent = thread.parent
        if me is None or thread.owner_id != me.id:
            return None  # someone else's thread: its first message need not be a question to us
        if parent is not None and hasattr(parent, "fetch_message"):
            try:
                # A thread opened on a message has that message's id.
                starter = await parent.fetch_message(thread.id)
            except discord.HTTPException:
                starter = None
            if starter is not None:
                text = strip_mentions(starter.content, me.id)
                if text:
                    return text
        return truncate(thread.name, QUESTION_MAX)


async def setup(bot: "MLRBot") -> None:
    await bot.add_cog(AskCog(bot))
