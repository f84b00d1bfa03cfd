"""Builders shared by the held-out document generators (scripts/make_heldout*.py): a PDF plan with one
table, a Word plan by area, minutes or notes as Word, a whole set, and the command line. Same fixed dates and fonts as make_examples.py,
so regenerating gives the same bytes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable, Sequence

from scripts.make_examples import EXAMPLE_LINE, FIXED_TIME, ROOT, _docx_document, _font_paths, _save_docx


def table_pdf(path: Path, title: str, intro: str, columns: Sequence[str], widths: Sequence[float],
              rows: Sequence[Sequence[str]]) -> Path:
    """A one-page plan: title, the EXEMPEL line, an introduction and one table."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    regular, bold = _font_paths()
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_title(title)
    pdf.set_author("MalmöLundregionen (EXEMPEL)")
    pdf.add_font("dejavu", "", str(regular))
    pdf.add_font("dejavu", "B", str(bold))
    pdf.set_margins(15, 18, 15)
    pdf.add_page()
    pdf.set_font("dejavu", "B", 18)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dejavu", "", 10)
    for text in (EXAMPLE_LINE, intro):
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("dejavu", "", 9)
    with pdf.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=4.5,
                   headings_style=FontFace(emphasis="BOLD"), padding=1.2) as table:
        table.row(columns)
        for row in rows:
            table.row(row)
    pdf.output(str(path))
    return path


def items_docx(path: Path, title: str, header: Sequence[str], items: Sequence[tuple],
               adjuster: str | None = None) -> Path:
    """Minutes or notes: header lines, then items (number, heading, paragraphs[, bullet lines]), and
    a "Justering" section when someone checks the minutes."""
    doc = _docx_document(title)
    for line in header:
        doc.add_paragraph(line)
    for number, heading, paragraphs, *bullets in items:
        doc.add_heading(f"{number} {heading}", level=2)
        for text in paragraphs:
            doc.add_paragraph(text)
        for text in (bullets[0] if bullets else ()):
            doc.add_paragraph(text, style="List Bullet")
    if adjuster:
        doc.add_heading("Justering", level=2)
        doc.add_paragraph(f"Protokollet justeras av {adjuster} (fiktivt).")
    _save_docx(doc, path)
    return path


def areas_docx(path: Path, title: str, intro: str, areas: Sequence[tuple]) -> Path:
    """A plan as Word: an introduction, then a heading per priority area with each effort's "Label: value"
    lines ((area, [[(label, value), …], …]), …)."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    for area, efforts in areas:
        doc.add_heading(area, level=2)
        for fields in efforts:
            for label, value in fields:
                doc.add_paragraph(f"{label}: {value}", style="List Bullet")
    _save_docx(doc, path)
    return path


def labelled_docx(path: Path, title: str, intro: str, labels: Sequence[str],
                  activities: Sequence[tuple[str, Sequence[str]]], *, heading: bool = True,
                  label_end: str = ": ") -> Path:
    """A plan as Word: an introduction, then each activity's name as a heading (a bold paragraph when not
    `heading`) and one paragraph per field with its label in bold ((name, (value, …)), …; the values in the
    order of labels). `label_end` closes the bold label; without a trailing space the value brings it."""
    doc = _docx_document(title)
    doc.add_paragraph(intro)
    for name, values in activities:
        if heading:
            doc.add_heading(name, level=2)
        else:
            doc.add_paragraph().add_run(name).bold = True
        for label, value in zip(labels, values, strict=True):
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{label}{label_end}").bold = True
            paragraph.add_run(value if label_end.endswith(" ") else f" {value}")
    _save_docx(doc, path)
    return path


def write_set(out_dir: Path, *, pdf: tuple, docx: tuple, minutes: tuple, prose: tuple[str, str],
              plan_docx: Callable[..., Path] = areas_docx) -> list[Path]:
    """The four documents of a held-out set: a table PDF (file, title, intro, columns, widths, rows), a Word
    plan (file, then the arguments of `plan_docx`; by area unless another layout is given), minutes (file,
    title, header, items[, adjuster]) and a Markdown text (file, text)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    prose_file, text = prose
    (out_dir / prose_file).write_text(text, encoding="utf-8")
    pdf_file, *pdf_args = pdf
    docx_file, *docx_args = docx
    minutes_file, *minutes_args = minutes
    return [table_pdf(out_dir / pdf_file, *pdf_args), plan_docx(out_dir / docx_file, *docx_args),
            items_docx(out_dir / minutes_file, *minutes_args), out_dir / prose_file]


def run(make_all: Callable[[Path], list[Path]], description: str, out_dir: Path) -> None:
    """Command line of a generator: --out, then the written paths."""
    parser = argparse.ArgumentParser(description=description)
    shown = out_dir.relative_to(ROOT) if out_dir.is_relative_to(ROOT) else out_dir
    parser.add_argument("--out", type=Path, default=out_dir, help=f"målmapp (standard: {shown})")
    args = parser.parse_args()
    for path in make_all(args.out):
        print(path)
