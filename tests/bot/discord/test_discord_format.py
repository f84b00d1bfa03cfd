"""The Discord formatting layer against Discord's limits."""

from __future__ import annotations

import re

import discord
import pytest

from bot.present.discord_format import (
    activities_pages,
    answer_embed,
    escape_markdown,
    ingest_embed,
    progress_text,
    responsible_embed,
    source_links,
    status_embed,
    thread_name,
    truncate,
)
from bot.schemas import (
    ActivitiesResponse,
    Activity,
    FailedFile,
    IngestReport,
    ResponsibleMatch,
    ResponsibleResponse,
    StatusReport,
)
from discord_fakes import make_answer, make_source
from discord_standin import message_errors

STATUS = StatusReport(documents=12, documents_by_type={"protokoll": 7, "aktivitetsplan": 5}, chunks=900,
                      last_ingest="2025-05-02T08:30:00+00:00", embedding_model="m", version="1")
URL_RE = re.compile(r"https?://[^\s)>\]]+")


def assert_fits(embed: discord.Embed, content: str = "") -> None:
    errors = message_errors({"content": content, "embeds": [embed.to_dict()]})
    assert errors == [], errors
    assert len(embed) <= 6000


def sentences(n: int, word: str = "kompetensförsörjning") -> str:
    return " ".join(f"Mening {i} handlar om {word} i regionen [{i % 3 + 1}]." for i in range(n))


def test_very_long_answer_is_cut_at_a_sentence_end_and_fits():
    answer = make_answer(answer=sentences(600), n_sources=3)
    embed = answer_embed(answer, STATUS)
    assert_fits(embed)
    assert embed.description.endswith("]. …")  # a whole sentence with its citation, then the marker
    assert len(embed.description) > 3000  # the answer keeps most of the room
    assert embed.footer.text == "Index uppdaterat 2025-05-02 10:30 · 12 dokument"  # CEST


def test_ten_sources_with_long_titles_all_shown_within_limits():
    sources = [make_source(n, title="Aktivitetsplan för näringslivssamverkan " * 20, text=sentences(40))
               for n in range(1, 11)]
    embed = answer_embed(make_answer(answer=sentences(200), sources=sources), STATUS)
    assert_fits(embed)
    names = [f.name for f in embed.fields]
    for n in range(1, 11):
        assert any(name.startswith(f"Källa [{n}]:") for name in names)
    assert all(len(name) <= 256 for name in names)
    assert all(f.value.startswith("*Avsnitt:") for f in embed.fields[1:])


def test_more_sources_than_fields_allowed():
    sources = [make_source(n) for n in range(1, 40)]
    embed = answer_embed(make_answer(sources=sources), STATUS)
    assert_fits(embed)
    assert len(embed.fields) == 25


def test_markdown_and_mentions_in_document_text_show_literally():
    text = "**Viktigt** _beslut_ ~~struket~~ `kod` ||dolt|| [klicka här](https://evil.example) @everyone <@123>\n# Rubrik"
    src = make_source(1, title="Plan **2025** _utkast_", text=text)
    embed = answer_embed(make_answer(question="Vad gäller för *alla*?", answer=text, sources=[src]), STATUS)
    value = embed.fields[1].value
    assert r"\*\*Viktigt\*\*" in value and r"\_beslut\_" in value and r"\|\|dolt\|\|" in value
    assert r"\[klicka här](https://evil.example)" in value  # not a masked link any more
    assert "@everyone" not in value and "<@123>" not in value
    assert r"\#" in embed.description
    assert embed.title == r"Vad gäller för \*alla\*?"
    assert embed.fields[1].name == r"Källa [1]: Plan \*\*2025\*\* \_utkast\_"


def test_odd_characters_survive_and_fit():
    odd = "Åäö ØÆ ß 🇸🇪👩‍👩‍👧 \u200b\u202e omvänd \u0301 tabb\tny\r\nrad " * 300
    src = make_source(1, title=odd, text=odd)
    embed = answer_embed(make_answer(question=odd, answer=odd, sources=[src] * 10), STATUS)
    assert_fits(embed)
    assert embed.title.startswith("Åäö ØÆ ß 🇸🇪")


def test_urls_in_document_text_are_kept_whole_at_every_cut():
    url = "https://www.malmolundregionen.se/dokument/aktivitetsplan_2025_final.pdf#page=12"
    text = " ".join(f"Se {url} för mer om punkt {i}." for i in range(40))
    escaped = escape_markdown(text)
    assert url in escaped  # underscores inside URLs are not escaped
    for limit in range(60, 600, 7):
        cut = truncate(escaped, limit)
        assert len(cut) <= limit
        assert all(found == url for found in URL_RE.findall(cut)), cut


def test_cut_never_splits_an_escape_or_a_citation():
    text = escape_markdown("ord_med_understreck " * 50)
    for limit in range(20, 200, 3):
        cut = truncate(text, limit)
        assert not re.search(r"(?<!\\)\\ …$", cut)
        assert len(cut) <= limit
    cited = "Ett påstående [12] " * 30
    for limit in range(20, 300, 5):
        assert not re.search(r"\[\d*$|\[\d+ …$", truncate(cited, limit))


def test_source_links_use_passage_page_when_no_public_url():
    sources = [make_source(1), make_source(2, url=None), make_source(3, url="file:///etc/passwd")]
    answer = make_answer(sources=sources)
    links = source_links(answer, lambda pid: f"https://mlr.example.se/p/{pid}")
    assert [(l.label, l.url) for l in links] == [
        ("Källa 1", "https://example.se/vp.pdf#page=4"),
        ("Källa 2", "https://mlr.example.se/p/doc2:2"),
        ("Källa 3", "https://mlr.example.se/p/doc3:3"),
    ]
    assert [l.label for l in source_links(answer, lambda pid: None)] == ["Källa 1"]


def test_abstained_answer_lists_closest_passages():
    answer = make_answer(answer="Jag hittar inget säkert svar i dokumenten.", abstained=True, groups=[])
    embed = answer_embed(answer, None)
    assert embed.description == "Jag hittar inget säkert svar i dokumenten."
    assert embed.fields[0].name.startswith("Närmaste avsnitt [1]")
    assert embed.footer.text is None


def _activity(i: int, long: bool = False) -> Activity:
    pad = " med en mycket lång beskrivning" * (30 if long else 0)
    return Activity(title=f"Aktivitet {i}{pad}", area="Kompetensförsörjning", responsible=f"Grupp {i}{pad}",
                    period="2025–2026", status="Pågår" + pad, municipalities=["Lund", "Malmö", "Eslöv"] * (10 if long else 1),
                    year=2025, doc_id="ap", url=f"https://example.se/ap_{i}.pdf#page={i}", page=i)


@pytest.mark.parametrize("long", [False, True])
def test_activity_pages_fit_and_keep_every_activity_and_link(long):
    resp = ActivitiesResponse(year=2025, activities=[_activity(i, long) for i in range(1, 61)])
    pages = activities_pages(resp)
    assert len(pages) > 1
    seen = []
    for i, page in enumerate(pages, 1):
        assert_fits(page)
        assert page.footer.text == f"Sida {i}/{len(pages)} · 60 aktiviteter"
        for f in page.fields:
            seen.append(f.value)
            assert f.value.endswith(")")  # the document link closes the field, unbroken
    assert len(seen) == 60
    for i, value in enumerate(seen, 1):
        assert f"(https://example.se/ap_{i}.pdf#page={i})" in value


def test_no_activities_says_so():
    pages = activities_pages(ActivitiesResponse(year=2024, activities=[]), "Turism")
    assert len(pages) == 1 and "inga aktiviteter" in pages[0].description and "2024" in pages[0].description


def test_responsible_embed_many_matches():
    matches = [ResponsibleMatch(group=f"Grupp {i} " + "x" * 300, activity="Aktivitet " * 100, doc_id="d",
                                title="Protokoll", url="https://example.se/p.pdf#page=2", page=2) for i in range(40)]
    embed = responsible_embed(ResponsibleResponse(topic="turism", matches=matches))
    assert_fits(embed)
    assert embed.footer.text == f"Visar {len(embed.fields)} av 40 träffar."
    assert all("[Protokoll, s. 2](https://example.se/p.pdf#page=2)" in f.value for f in embed.fields)


def test_status_ingest_and_progress_fit():
    assert_fits(status_embed(STATUS))
    failed = [FailedFile(path=f"mapp/fil_{i}.pdf", error="Filen är krypterad. " * 5) for i in range(500)]
    embed = ingest_embed(IngestReport(added=3, updated=1, removed=2, failed=failed, chunks=10))
    assert_fits(embed)
    assert "**3** tillagda, **1** uppdaterade, **2** borttagna, **500** misslyckade" in embed.description
    assert re.search(r"… och \d+ till\.$", embed.description)
    assert len(progress_text("x" * 5000, 3, 10)) <= 2000
    assert progress_text("vp.pdf", 3, 10).startswith("Indexerar 3/10 ▰▰▰▱▱▱▱▱▱▱ 30 %")


def test_thread_name_fits():
    name = thread_name("Vem ansvarar för " + "mycket " * 40 + "?")
    assert len(name) <= 100 and name.endswith("…")
    assert thread_name("   ") == "Fråga"


def test_quote_is_the_cited_sentence_without_headings():
    text = ("Verksamhetsplan 2019–2023\n\nUppföljning\n\nStyrelsen fastställer planen. "
            "Kommundirektörsgruppen ansvarar för uppföljningen. Sekretariatet samordnar.")
    src = make_source(1, title="Verksamhetsplan 2019–2023", section="Uppföljning", text=text)
    cited = make_answer(answer="Kommundirektörsgruppen ansvarar för uppföljningen. [1]", sources=[src])
    assert answer_embed(cited, STATUS).fields[1].value.endswith("\n> Kommundirektörsgruppen ansvarar för uppföljningen.")
    uncited = make_answer(answer="Jag hittar inget säkert svar i dokumenten.", abstained=True, sources=[src], groups=[])
    assert answer_embed(uncited, STATUS).fields[0].value.endswith("\n> Styrelsen fastställer planen. "
                                                                  "Kommundirektörsgruppen ansvarar för uppföljningen. "
                                                                  "Sekretariatet samordnar.")
