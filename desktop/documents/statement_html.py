"""The privacy statement as one standalone HTML page for the business's web site: no scripts,
no outside resources, every text escaped."""

from __future__ import annotations

from html import escape

from desktop.documents.statement import Block, Statement, runs

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
p.register { font-size: 1.15rem; font-weight: bold; margin-top: 0; }
p.meta { color: #555; font-size: .9rem; margin: .1rem 0; }
h2 { font-size: 1.15rem; margin-top: 1.8rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #ccc; }
th { background: #f0f0f0; }
ul ul { margin: 0; }
p.note { font-style: italic; color: #555; }
""".strip()


def inline(text: str) -> str:
    """A line's text, escaped, with its bold parts and links."""
    out = []
    for run in runs(text):
        piece = escape(run.text)
        if run.bold:
            piece = f"<strong>{piece}</strong>"
        if run.href:
            piece = f'<a href="{escape(run.href)}">{piece}</a>'
        out.append(piece)
    return "".join(out)


def _blocks(blocks: tuple[Block, ...]) -> list[str]:
    out: list[str] = []
    open_levels = 0
    numbered = False

    def close_to(level: int) -> None:
        nonlocal open_levels
        while open_levels > level:
            out.append("</ul>")
            open_levels -= 1

    for block in blocks:
        if block.kind == "number":
            close_to(0)
            if not numbered:
                out.append("<ol>")
                numbered = True
            value = "".join(ch for ch in block.mark if ch.isdigit())
            out.append(f'<li value="{value}">{inline(block.text)}</li>')
            continue
        if numbered:
            out.append("</ol>")
            numbered = False
        if block.kind == "bullet":
            close_to(block.level + 1)
            while open_levels < block.level + 1:
                out.append("<ul>")
                open_levels += 1
            out.append(f"<li>{inline(block.text)}</li>")
            continue
        close_to(0)
        if block.kind == "para":
            out.append(f"<p>{inline(block.text)}</p>")
        elif block.kind == "subheading":
            out.append(f"<h3>{inline(block.text)}</h3>")
        elif block.kind == "table":
            header, *rows = block.rows
            out.append("<table>")
            out.append(
                "<thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in header) + "</tr></thead>"
            )
            out.append("<tbody>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
    close_to(0)
    if numbered:
        out.append("</ol>")
    return out


def statement_html(statement: Statement) -> str:
    title = f"{statement.title} – {statement.register_name}"
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(statement.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Kirjuri">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{escape(statement.title)}</h1>",
        f'<p class="register">{escape(statement.register_name)}</p>',
        f'<p class="meta">{escape(statement.subtitle)}</p>',
        f'<p class="meta">{escape(statement.updated)}</p>',
    ]
    lines.extend(_blocks(statement.introduction))
    for section in statement.sections:
        lines.append(f'<section id="s{section.number}">')
        lines.append(f"<h2>{section.number}. {escape(section.heading)}</h2>")
        if section.note:
            lines.append(f'<p class="note">{escape(section.note)}</p>')
        if section.lang:  # the text is not in the page's language (a Finnish fallback)
            lines.append(f'<div lang="{escape(section.lang)}">')
        lines.extend(_blocks(section.blocks))
        if section.lang:
            lines.append("</div>")
        lines.append("</section>")
    lines += ["</main>", "</body>", "</html>", ""]
    return "\n".join(lines)
