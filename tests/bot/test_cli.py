"""The command line over a small fictional corpus: what `mlr activities --json` shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.service import Assistant
from ingest.settings import Settings

FONTS = Path("/usr/share/fonts/truetype/dejavu")
# Invented names on no list of known bodies; the 20 mm column cuts each of them inside the word.
ROWS = [
    ("Gemensam karta över vandringsleder", "Friluftsplaneringsgruppen", "Hela 2031", "Planerad"),
    ("Ungdomsdialog om kollektivtrafik", "Ungdomsinflytanderådet", "Vt 2031", "Pågår"),
    ("Turistinformation vid stationerna", "Turistinformationsnätverket", "Kv 3 2031", "Planerad"),
]


def _narrow_table_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("dejavu", "B", 16)
    pdf.multi_cell(0, 8, "EXEMPEL – Aktivitetsplan 2031 (fiktiv)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dejavu", "", 9)
    pdf.multi_cell(0, 5, "EXEMPEL: fiktivt dokument för tester.", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(70, 20, 25, 25), width=140, text_align="LEFT", line_height=4.5) as table:
        table.row(("Aktivitet", "Ansvarig", "Tid", "Status"))
        for row in ROWS:
            table.row(row)
    pdf.output(str(path))


@pytest.mark.skipif(not (FONTS / "DejaVuSans.ttf").exists(), reason="DejaVu Sans is not installed")
def test_activities_json_joins_unknown_group_names_broken_in_a_narrow_pdf_column(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _narrow_table_pdf(corpus / "exempel-aktivitetsplan-2031.pdf")
    settings = Settings(_env_file=None, corpus_dir=corpus, index_dir=tmp_path / "index")
    assert Assistant(settings).ingest().failed == []
    env = {"MLR_CORPUS_DIR": str(corpus), "MLR_INDEX_DIR": str(tmp_path / "index"), "HF_HUB_OFFLINE": "1",
           "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "activities", "--json"], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    activities = json.loads(done.stdout)["activities"]
    assert {a["title"]: a["responsible"] for a in activities} == {title: group for title, group, _, _ in ROWS}


@pytest.fixture
def fresh_settings():
    """main() reads the process-wide settings; each test here sets its own environment."""
    from ingest.settings import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_a_question_file_that_is_not_utf8_is_refused_with_a_reason(tmp_path, capsys, fresh_settings):
    from bot.cli import main

    batch = tmp_path / "fragor.txt"
    batch.write_bytes("Vem ansvarar för turismen?\n".encode("utf-8") + b"\xff\xfe\n")
    env_index = {"MLR_CORPUS_DIR": str(tmp_path / "corpus"), "MLR_INDEX_DIR": str(tmp_path / "index")}
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env_index.items():
            mp.setenv(name, value)
        assert main(["ask", "--batch", str(batch), "--json"]) == 2
        assert main(["search", "--batch", str(tmp_path / "saknas.txt"), "--json"]) == 2
    err = capsys.readouterr().err
    assert "inte UTF-8" in err and "saknas.txt" in err


def test_an_invalid_setting_names_the_variable_instead_of_a_traceback(monkeypatch, capsys, fresh_settings):
    from bot.cli import main

    monkeypatch.setenv("MLR_EMBEDDING_STREAMS", "0")
    assert main(["status"]) == 2
    assert "MLR_EMBEDDING_STREAMS" in capsys.readouterr().err


def test_an_empty_responsibility_topic_is_refused_with_a_reason(tmp_path, monkeypatch, capsys, fresh_settings):
    from bot.cli import main

    monkeypatch.setenv("MLR_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.setenv("MLR_INDEX_DIR", str(tmp_path / "index"))
    assert main(["responsible", "  "]) == 2
    assert "Ange ett ämne" in capsys.readouterr().err


@pytest.mark.parametrize("argv, told", [
    (["activities", "--year", "abc"], "--year: 'abc' är inget heltal"),
    (["responsible"], "det här saknas: topic"),
    (["fråga"], "okänt kommando 'fråga'"),
    (["ask", "x", "--bogus"], "okända argument: --bogus"),
])
def test_usage_errors_are_told_in_swedish(argv, told, capsys):
    from bot.cli import EXIT_USAGE, main
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert told in err and "Användning: mlr" in err and "error" not in err and "usage" not in err
