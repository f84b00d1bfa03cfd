"""Access checks and the per-user cooldown shared by /fråga and mentions."""

from __future__ import annotations

import time
from typing import Callable

import discord
from discord import app_commands


class NotSecretariat(app_commands.CheckFailure):
    """The member lacks the secretariat role (or no role is configured)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class OnCooldown(app_commands.CheckFailure):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after:.1f}s")
        self.retry_after = retry_after

    @property
    def message(self) -> str:
        return f"Vänta {max(1, round(self.retry_after))} s innan du ställer nästa fråga."


def has_role(member: object, role_id: int) -> bool:
    return any(getattr(role, "id", None) == role_id for role in getattr(member, "roles", ()) or ())


def secretariat_refusal(user: object, role_id: int | None) -> str | None:
    """The Swedish reason to refuse `user`, or None when they hold the secretariat role."""
    if not role_id:
        return "Sekretariatets roll är inte inställd (MLR_SECRETARIAT_ROLE_ID), så kommandot är avstängt."
    if not isinstance(user, discord.Member) and not hasattr(user, "roles"):
        return "Kommandot kan bara användas i servern, inte i direktmeddelanden."
    if not has_role(user, role_id):
        return "Det här kommandot är bara för sekretariatet."
    return None


def secretariat_only() -> Callable:
    """App-command check: the invoking member must hold settings.secretariat_role_id."""

    async def predicate(interaction: discord.Interaction) -> bool:
        role_id = interaction.client.settings.secretariat_role_id  # type: ignore[attr-defined]
        reason = secretariat_refusal(interaction.user, role_id)
        if reason:
            raise NotSecretariat(reason)
        return True

    return app_commands.check(predicate)


class UserCooldown:
    """One question per user per `seconds`; shared by slash commands and mentions."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.clock = clock
        self._last: dict[int, float] = {}

    def hit(self, user_id: int) -> float:
        """Record a use; returns 0 when allowed, else the seconds left to wait."""
        if self.seconds <= 0:
            return 0.0
        now = self.clock()
        last = self._last.get(user_id)
        if last is not None and now - last < self.seconds:
            return self.seconds - (now - last)
        self._last[user_id] = now
        if len(self._last) > 10_000:  # forget old entries on a busy server
            cutoff = now - self.seconds
            self._last = {k: v for k, v in self._last.items() if v >= cutoff}
        return 0.0


def question_cooldown() -> Callable:
    """App-command check using the bot's shared UserCooldown."""

    async def predicate(interaction: discord.Interaction) -> bool:
        wait = interaction.client.cooldown.hit(interaction.user.id)  # type: ignore[attr-defined]
        if wait:
            raise OnCooldown(wait)
        return True

    return app_commands.check(predicate)
