"""/ansvar: which groups are responsible for a topic."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.present.discord_format import responsible_embed

if TYPE_CHECKING:
    from bot.discord.client import MLRBot


class ResponsibleCog(commands.Cog):
    def __init__(self, bot: "MLRBot") -> None:
        self.bot = bot

    @app_commands.command(name=_("ansvar"), description=_("Vilka grupper ansvarar för ett ämne"))
    @app_commands.describe(ämne=_("Ämnet, t.ex. turism eller kollektivtrafik"))
    async def ansvar(self, interaction: discord.Interaction, ämne: app_commands.Range[str, 1, 200]) -> None:
        await interaction.response.defer(thinking=True)
        resp = await self.bot.call(self.bot.assistant.responsible, ämne.strip())
        await interaction.followup.send(embed=responsible_embed(resp))


async def setup(bot: "MLRBot") -> None:
    await bot.add_cog(ResponsibleCog(bot))
