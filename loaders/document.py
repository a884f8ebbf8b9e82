"""Reading documents: bytes to text, content hash, and metadata from a MANIFEST.csv."""

from __future__ import annotations

import csv
import hashlib
import html
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from graph.model import Document
from loaders.extractor import extractor_fingerprint

#: File endings read as documents.
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MANIFEST = "MANIFEST.csv"
_ENCODINGS = ("utf-8-sig", "cp949")
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|tr|h[1-6]|table|ul|ol|section|article)\b[^>]*>", re.I)
_CELL_TAG = re.compile(r"</t[dh]>\s*<t[dh][^>]*>", re.I)


class DocumentError(ValueError):
    """A document could not be read (missing, empty, undecodable)."""


@dataclass
class SourceText:
    """A document's text as read, with its metadata."""

    document: Document
    text: str

    @cached_property
    def lines(self) -> list[str]:
        """The text's lines, split once: the pipeline looks up a line for many sentences."""
        return self.text.split("\n")


def decode(data: bytes, name: str = "document") -> str:
    """Decode UTF-8 (with or without BOM), falling back to CP949 for older Korean files."""
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(f"{name}: neither UTF-8 nor CP949; convert it to UTF-8")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per line, table cells tab-separated.

    Line numbers of an HTML document refer to this text, not to the markup.
    """
    markup = _CELL_TAG.sub("\t", markup)
    markup = _BLOCK_TAG.sub("\n", markup)
    return html.unescape(_TAG.sub("", markup))


def content_id(text: str) -> str:
    """Short stable id of a document: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Rows of ``folder/MANIFEST.csv`` keyed by file name (empty if there is none)."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {row["file"]: row for row in csv.DictReader(fh) if row.get("file")}


def read_document(path: str | Path, manifest: dict[str, dict[str, str]] | None = None) -> SourceText:
    """Read one document; metadata comes from the manifest row for its file name, if any."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: {exc.strerror or exc}") from exc
    text = decode(data, str(path)).replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    if not text.strip():
        raise DocumentError(f"{path}: empty document")
    meta = (manifest or {}).get(path.name, {})
    doc = Document(
        id=content_id(text),
        path=str(path),
        title=meta.get("title") or _first_heading(text) or path.stem,
        publisher=meta.get("publisher") or None,
        date=meta.get("date") or None,
        lang=meta.get("lang") or _guess_lang(text),
        kind=meta.get("kind") or None,
        chars=len(text),
        extractor=extractor_fingerprint(),
    )
    return SourceText(doc, text)


def find_documents(folder: str | Path) -> list[Path]:
    """Document files directly in ``folder`` (sorted), or raise ``DocumentError``."""
    folder = Path(folder)
    if not folder.exists():
        raise DocumentError(f"{folder}: no such directory")
    if folder.is_file():
        return [folder]
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise DocumentError(f"{folder}: no documents ({', '.join(SUFFIXES)}) found")
    return files


def _first_heading(text: str) -> str | None:
    for line in text.split("\n")[:40]:
        stripped = line.strip().lstrip("#").strip()
        if len(stripped) >= 8:
            return stripped[:200]
    return None


def _guess_lang(text: str) -> str:
    sample = text[:5000]
    hangul = sum(1 for c in sample if "\uac00" <= c <= "\ud7a3")
    latin = sum(1 for c in sample if c.isascii() and c.isalpha())
    return "ko" if hangul > latin / 4 else "en"
