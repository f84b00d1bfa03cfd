"""/aktiviteter: current activities, paginated with buttons."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.present.discord_format import CHOICE_NAME_MAX, FIELDS_MAX, activities_pages, fit_words

if TYPE_CHECKING:
    from bot.discord.client import MLRBot

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 14 * 60  # the interaction token (needed to edit) lasts 15 minutes


class Pager(discord.ui.View):
    """◀ / ▶ over a list of embeds; only the person who asked turns the pages."""

    def __init__(self, pages: list[discord.Embed], owner_id: int) -> None:
        super().__init__(timeout=PAGE_TIMEOUT)
        self.pages = pages
        self.owner_id = owner_id
        self.index = 0
        self.message: discord.Message | discord.WebhookMessage | None = None
        self._refresh()

    def _refresh(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "Bara den som frågade kan bläddra. Kör /aktiviteter själv för en egen lista.", ephemeral=True
            )
            return False
        return True

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._refresh()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="◀ Föregående", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Shows the page number only."""

    @discord.ui.button(label="Nästa ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        for item in self.children:
            item.disabled = True  # type: ignore[attr-defined]
        try:
            await self.message.edit(view=self)
        except discord.HTTPException:
            pass  # the interaction token expired or the message is gone; nothing to tidy


class ActivitiesCog(commands.Cog):
    """Holds /aktiviteter, built per instance because its area choices come from the index."""

    def __init__(self, bot: "MLRBot") -> None:
        self.bot = bot
        self.areas: list[str] = []
        self.command = build_command(self, [])

    async def aktiviteter(self, interaction: discord.Interaction, område: str | None, år: int | None) -> None:
        await interaction.response.defer(thinking=True)
        resp = await self.bot.call(self.bot.assistant.activities, år, område)
        pages = activities_pages(resp, område)
        if len(pages) == 1:
            await interaction.followup.send(embed=pages[0])
            return
        pager = Pager(pages, interaction.user.id)
        pager.message = await interaction.followup.send(embed=pages[0], view=pager, wait=True)

    async def area_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        current = current.casefold().strip()
        hits = [a for a in self.areas if current in a.casefold()]
        return [app_commands.Choice(name=fit_words(a, CHOICE_NAME_MAX), value=a) for a in hits[:FIELDS_MAX]]

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.command.name)


def build_command(cog: ActivitiesCog, areas: list[str]) -> app_commands.Command:
    """A fresh /aktiviteter: areas as fixed choices when they fit Discord's 25, else autocomplete.

    Built anew rather than edited in place: commands defined on a class share their parameter
    objects between instances.
    """

    async def aktiviteter(
        interaction: discord.Interaction,
        område: str | None = None,
        år: app_commands.Range[int, 1990, 2100] | None = None,
    ) -> None:
        await cog.aktiviteter(interaction, område, år)

    app_commands.describe(område=_("Prioriterat område"), år=_("Aktivitetsplanens år (standard: den senaste)"))(
        aktiviteter
    )
    if 0 < len(areas) <= 25:
        choices = [app_commands.Choice(name=fit_words(a, CHOICE_NAME_MAX), value=a) for a in areas]
        app_commands.choices(område=choices)(aktiviteter)
    command = app_commands.command(name=_("aktiviteter"), description=_("Aktuella aktiviteter med ansvarig grupp"))(
        aktiviteter
    )
    if not 0 < len(areas) <= 25:
        command.autocomplete("område")(cog.area_autocomplete)
    return command


def configure_areas(cog: ActivitiesCog, areas: list[str]) -> None:
    """Rebuild the command for these priority areas (deduplicated, ≤ 100 characters each)."""
    cog.areas = [a for a in dict.fromkeys(a.strip() for a in areas) if a and len(a) <= 100]
    cog.command = build_command(cog, cog.areas)


async def setup(bot: "MLRBot") -> None:
    cog = ActivitiesCog(bot)
    try:
        areas = await bot.call(bot.assistant.areas)
    except Exception:
        log.exception("Kunde inte läsa de prioriterade områdena; /aktiviteter får fri text")
        areas = []
    configure_areas(cog, areas)
    await bot.add_cog(cog)
    bot.tree.add_command(cog.command)
