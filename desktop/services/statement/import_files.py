"""Reading the privacy statement a business already has: .docx (python-docx), .odt (odfpy),
.html (the standard library's html.parser), .pdf (pypdf) and .txt, into SourceBlocks that
desktop.core.statement_import splits into sections. The type is told by the content, not the
name; a file that cannot be read raises CannotImport, with the reason in the user's words."""

from __future__ import annotations

import io
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.statement_import import SourceBlock, blocks_from_text
from desktop.errors import UserError

MAX_BYTES = 20 * 1024 * 1024  # a statement is a few pages; anything larger is not one


class CannotImport(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The statement could not be read.")
    exit_code = 4


class TooLarge(CannotImport):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The statement could not be read: the file is larger than 20 MB."
    )


class Encrypted(CannotImport):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The statement could not be read: the PDF is protected with a password."
    )


class NoText(CannotImport):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The statement could not be read: there is no text in it (a scanned image?). Paste the "
        "text instead.",
    )


class UnknownType(CannotImport):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The statement could not be read: it is not a Word (.docx), OpenDocument (.odt), web "
        "page, PDF or text file.",
    )


class Damaged(CannotImport):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The statement could not be read: the file is damaged or not what it seems."
    )


def read_statement_file(path: Path) -> list[SourceBlock]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise TooLarge()
    return read_statement_bytes(path.read_bytes())


def read_statement_bytes(data: bytes) -> list[SourceBlock]:
    if len(data) > MAX_BYTES:
        raise TooLarge()
    try:
        if data.startswith(b"%PDF"):
            blocks = _pdf(data)
        elif data.startswith(b"PK"):
            blocks = _zipped(data)
        else:
            text = _decode(data)
            head = text.lstrip()[:1000].lower()
            is_html = head.startswith(("<!doctype html", "<html")) or "<body" in head
            blocks = _html(text) if is_html else blocks_from_text(text)
    except CannotImport:
        raise
    except Exception as error:  # a parser's own error: the file is not what it seems
        raise Damaged() from error
    if not any(block.text.strip() for block in blocks):
        raise NoText()
    return blocks


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnknownType()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnknownType()


def _zipped(data: bytes) -> list[SourceBlock]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        mimetype = archive.read("mimetype").decode() if "mimetype" in names else ""
    if "word/document.xml" in names:
        return _docx(data)
    if mimetype == "application/vnd.oasis.opendocument.text":
        return _odt(data)
    raise UnknownType()


def _pdf(data: bytes) -> list[SourceBlock]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise Encrypted()
    pages = [page.extract_text() or "" for page in reader.pages]
    return blocks_from_text("\n\n".join(pages))


def _docx(data: bytes) -> list[SourceBlock]:
    import docx  # python-docx

    document = docx.Document(io.BytesIO(data))
    blocks: list[SourceBlock] = []
    for paragraph in document.paragraphs:
        text = _docx_text(paragraph)
        if not text.strip():
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        if style == "Title":
            blocks.append(SourceBlock("title", text))
        elif style.startswith("Heading"):
            level = style.removeprefix("Heading").strip()
            kind = "heading" if level in ("", "1", "2") else "subheading"
            blocks.append(SourceBlock(kind, text))
        elif "Number" in style:
            blocks.append(SourceBlock("number", text))
        elif "List" in style or numbered:
            blocks.append(SourceBlock("bullet", text, 1 if "2" in style else 0))
        elif paragraph.runs and all(run.bold for run in paragraph.runs if run.text.strip()):
            blocks.append(SourceBlock("strong", text))
        else:
            blocks.append(SourceBlock("para", text))
    return blocks


def _docx_text(paragraph: Any) -> str:
    """The paragraph's text with its links as [text](address)."""
    parts: list[str] = []
    for item in paragraph.iter_inner_content():
        if hasattr(item, "address"):  # a Hyperlink
            address = item.address or ""
            parts.append(f"[{item.text}]({address})" if address.startswith("http") else item.text)
        else:
            parts.append(item.text)
    return "".join(parts).strip()


def _odt(data: bytes) -> list[SourceBlock]:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    blocks: list[SourceBlock] = []

    def walk(node: Any, depth: int) -> None:
        for child in node.childNodes:
            qname = getattr(child, "qname", None)
            if qname == (TEXTNS, "h"):
                blocks.append(SourceBlock("heading", teletype.extractText(child).strip()))
            elif qname == (TEXTNS, "p"):
                kind = "bullet" if depth else "para"
                blocks.append(SourceBlock(kind, teletype.extractText(child).strip(), depth - 1))
            elif qname == (TEXTNS, "list"):
                walk(child, depth + 1)
            elif qname == (TEXTNS, "list-item"):
                walk(child, depth)

    walk(document.text, 0)
    return [SourceBlock(b.kind, b.text, max(0, min(b.level, 1))) for b in blocks]


class _HtmlBlocks(HTMLParser):
    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[SourceBlock] = []
        self.lists: list[str] = []
        self.parts: list[str] = []
        self.kind = "para"
        self.href = ""
        self.skip = 0
        self.bold = 0
        self.bold_only = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "nav", "header", "footer", "head"):
            self.skip += 1
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append(tag)
        elif tag in self.BLOCKS:
            self.flush()
            if tag == "h1":
                self.kind = "title"
            elif tag[0] == "h" and tag[1:].isdigit():
                self.kind = tag  # "h2".."h6": which are sections is decided at the end
            elif tag == "li":
                self.kind = "number" if self.lists and self.lists[-1] == "ol" else "bullet"
        elif tag == "br":
            self.flush()
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""
            self.parts.append("[" if self.href.startswith(("http", "mailto:")) else "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "nav", "header", "footer", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag in self.BLOCKS:
            self.flush()
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag == "a":
            if self.href.startswith(("http", "mailto:")):
                self.parts.append(f"]({self.href})")
            self.href = ""

    def handle_data(self, data: str) -> None:
        if not self.skip:
            if data.strip() and not self.bold:
                self.bold_only = False
            self.parts.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if text.replace("[", "").replace("]", ""):
            kind = self.kind
            if kind == "para" and self.bold_only:
                kind = "strong"
            level = max(0, min(len(self.lists) - 1, 1))
            self.blocks.append(SourceBlock(kind, text, level if kind == "bullet" else 0))
        self.parts = []
        self.kind = "para"
        self.bold_only = True


def _html(text: str) -> list[SourceBlock]:
    parser = _HtmlBlocks()
    parser.feed(text)
    parser.close()
    parser.flush()
    levels = sorted({b.kind for b in parser.blocks if b.kind[:1] == "h" and b.kind[1:].isdigit()})
    top = levels[0] if levels else ""  # the highest heading under h1 starts the sections
    return [
        SourceBlock("heading" if b.kind == top else "subheading", b.text) if b.kind in levels else b
        for b in parser.blocks
    ]
