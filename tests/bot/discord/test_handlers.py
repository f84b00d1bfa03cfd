"""Command handlers called with mocked interactions: role check, upload checks, cooldown, errors."""

from __future__ import annotations

import io
import logging

import docx
import pytest
from discord import app_commands

from bot.discord.activities import ActivitiesCog, configure_areas
from bot.discord.admin import AdminCog
from bot.discord.ask import AskCog, strip_mentions
from bot.discord.checks import NotSecretariat, OnCooldown
from bot.service import UploadRejected
from discord_fakes import FakeAttachment, FakeInteraction, bot_settings, member, offline_bot

ROLE = 900000000000000004


async def run_checks(command: app_commands.Command, interaction) -> None:
    for check in command.checks:
        await check(interaction)


def docx_bytes(text: str = "Aktivitetsplan 2025") -> bytes:
    document = docx.Document()
    document.add_heading(text, 1)
    document.add_paragraph("Ansvarig: Turismgruppen")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def bot(fake_assistant, settings):
    return offline_bot(fake_assistant, settings)


async def test_role_check_refuses_member_without_secretariat_role(bot, fake_assistant):
    cog = AdminCog(bot)
    for command in (cog.reindexera, cog.ladda_upp):
        interaction = FakeInteraction(bot, member([111, 222]))
        with pytest.raises(NotSecretariat) as refused:
            await run_checks(command, interaction)
        await bot.tree.on_error(interaction, refused.value)
        assert interaction.ephemeral_messages() == ["Det här kommandot är bara för sekretariatet."]
    assert fake_assistant.calls == []
    await run_checks(cog.reindexera, FakeInteraction(bot, member([111, ROLE])))  # the role passes


async def test_role_check_refuses_everyone_when_no_role_is_configured(fake_assistant, tmp_path):
    bot = offline_bot(fake_assistant, bot_settings(tmp_path, secretariat_role_id=None))
    with pytest.raises(NotSecretariat, match="MLR_SECRETARIAT_ROLE_ID"):
        await run_checks(AdminCog(bot).reindexera, FakeInteraction(bot, member([ROLE])))


async def upload(bot, filename: str, data: bytes, size: int | None = None, overwrite: bool = False):
    cog = AdminCog(bot)
    interaction = FakeInteraction(bot, member([ROLE]))
    attachment = FakeAttachment(filename, data, size)
    await cog.ladda_upp.callback(cog, interaction, attachment, overwrite)
    return interaction, attachment


async def test_upload_rejects_exe_renamed_pdf(bot, fake_assistant, settings):
    interaction, attachment = await upload(bot, "rapport.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(4000))
    [message] = interaction.ephemeral_messages()
    assert "stämmer inte med filändelsen .pdf" in message
    assert interaction.deleted_original  # the public "thinking" placeholder does not linger
    assert not [c for c in fake_assistant.calls if c[0] == "upload"]
    assert not settings.corpus_dir.exists() or not any(settings.corpus_dir.rglob("*"))


async def test_upload_rejects_oversize_file_before_downloading(fake_assistant, tmp_path):
    bot = offline_bot(fake_assistant, bot_settings(tmp_path, upload_max_mb=1))
    interaction, attachment = await upload(bot, "stor.txt", b"a" * 10, size=3 * 1024 * 1024)
    [message] = interaction.ephemeral_messages()
    assert "för stor" in message and "högst 1 MB" in message
    assert not attachment.downloaded
    # A size announced smaller than the real content is caught after the download.
    interaction, attachment = await upload(bot, "stor.txt", b"a" * (2 * 1024 * 1024), size=10)
    assert "för stor" in interaction.ephemeral_messages()[0]
    assert not fake_assistant.calls


@pytest.mark.parametrize("name", ["../../hemligt.pdf", "..\\..\\x.txt", "/etc/passwd.txt", "mapp/../../ut.md", ".env.txt"])
async def test_upload_rejects_path_names(bot, fake_assistant, name):
    interaction, attachment = await upload(bot, name, b"%PDF-1.7\n" if name.endswith(".pdf") else b"hej")
    [message] = interaction.ephemeral_messages()
    assert "filnamn" in message.lower()
    assert not attachment.downloaded
    assert not fake_assistant.calls


async def test_upload_rejects_unsupported_type(bot, fake_assistant):
    interaction, attachment = await upload(bot, "program.exe", b"MZ")
    assert "stöds inte" in interaction.ephemeral_messages()[0]
    assert not attachment.downloaded


async def test_upload_of_real_docx_reaches_service_with_safe_name(bot, fake_assistant):
    interaction, _ = await upload(bot, "Min plan (2025) #1.docx", docx_bytes(), overwrite=True)
    [call] = [c for c in fake_assistant.calls if c[0] == "upload"]
    assert call[1].endswith(".docx") and "/" not in call[1] and "#" not in call[1]
    assert call[3] is True
    [(_, kwargs)] = interaction.followup.sent
    embed = kwargs["embed"]
    assert embed.title.startswith("Indexerad:")
    assert {f.name for f in embed.fields} >= {"Typ", "Sidor", "Avsnitt", "Aktiviteter hittade"}


async def test_upload_refusal_from_service_is_shown(bot, fake_assistant, monkeypatch):
    def refuse(filename, data, overwrite=False):
        raise UploadRejected(f"Det finns redan en fil som heter {filename}. Byt namn eller välj att ersätta den.")

    monkeypatch.setattr(fake_assistant, "upload", refuse)
    interaction, _ = await upload(bot, "plan.txt", "Aktivitetsplan åäö".encode())
    assert interaction.ephemeral_messages() == [
        "Det finns redan en fil som heter plan.txt. Byt namn eller välj att ersätta den."]


async def test_question_cooldown_per_user(fake_assistant, tmp_path):
    bot = offline_bot(fake_assistant, bot_settings(tmp_path, cooldown_seconds=30))
    command = AskCog(bot).fraga
    await run_checks(command, FakeInteraction(bot, member([], user_id=1)))
    await run_checks(command, FakeInteraction(bot, member([], user_id=2)))  # someone else may ask
    again = FakeInteraction(bot, member([], user_id=1))
    with pytest.raises(OnCooldown) as waiting:
        await run_checks(command, again)
    await bot.tree.on_error(again, waiting.value)
    assert again.ephemeral_messages()[0].startswith("Vänta ")


async def test_failing_command_shows_short_swedish_message_and_logs_traceback(bot, fake_assistant, monkeypatch, caplog):
    def broken(question, context=None):
        raise RuntimeError("chroma är nere")

    monkeypatch.setattr(fake_assistant, "ask", broken)
    cog = AskCog(bot)
    interaction = FakeInteraction(bot, member([]))
    interaction.command = cog.fraga
    try:
        await cog.fraga.callback(cog, interaction, "Vad är MLR?")
    except Exception as exc:  # what the command tree does with a handler's exception
        error = app_commands.CommandInvokeError(cog.fraga, exc)
    with caplog.at_level(logging.ERROR):
        await bot.tree.on_error(interaction, error)
    assert interaction.response.deferred is not None  # deferred before the slow call
    assert interaction.ephemeral_messages() == ["Något gick fel. Försök igen om en stund – felet är loggat."]
    assert "chroma är nere" not in interaction.ephemeral_messages()[0]
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info and "chroma är nere" in str(record.exc_info[1])


def test_areas_become_choices_or_autocomplete(bot):
    few = ActivitiesCog(bot)
    configure_areas(few, ["Infrastruktur", "Turism", "Turism", ""])
    param = few.command.get_parameter("område")
    assert [c.value for c in param.choices] == ["Infrastruktur", "Turism"]
    many = ActivitiesCog(bot)
    configure_areas(many, [f"Område {i}" for i in range(40)])
    param = many.command.get_parameter("område")
    assert param.choices == [] and param.autocomplete


def test_strip_mentions():
    assert strip_mentions("<@42> Vem  ansvarar\nför turism? <@!42>", 42) == "Vem ansvarar för turism?"
    assert strip_mentions("<@42>", 42) == ""
