"""The document's own date, from what the document says when it has no date header.

Sources, most trusted first (``Document.date_source``):

1. ``"user"``: an explicit ``date=`` argument, or the ``date`` field of a JSON-lines
   record.
2. ``"header"``: the seed header, a first line ``date YYYY-MM-DD``
   (:mod:`geo.documents.build`).
3. ``"dateline"`` (:func:`find_dateline`): a dateline within the first
   ``DATELINE_LINES`` non-empty lines (and ``DATELINE_CHARS`` characters) of the text:

   * place, date, optional agency, dash: "KABUL, Sept 6 (Reuters) -",
     "GENEVA, 30 August 2022 –";
   * place, agency, dash, date: "WASHINGTON (AP) — Aug. 3, 2021";
   * a line that is only a date, optionally after a weekday or a word such as
     "Published"/"Updated"/"Date": "30 August 2022", "Tuesday, August 30, 2022",
     "Published: 2022-08-30".

   Dates are day-month-year, month-day-year or ISO; months in full or abbreviated
   ("Sept", "Aug."). A dateline without a year ("Sept 6") takes the year of the
   metadata date when there is one, else the latest year from 1900 to this year written
   in the first ``YEAR_SCAN_CHARS`` characters, else this year (last year if the date
   would be in the future).
4. ``"html"`` (:func:`html_published_date`): published-date markup in the HTML:
   ``<meta property="article:published_time">`` and similar ``<meta>`` names
   (``og:published_time``, ``datePublished``, ``date``, ``pubdate``, ``DC.date.issued``,
   ``dcterms.created``, ``citation_publication_date``), JSON-LD ``"datePublished"``,
   then the first ``<time datetime="...">``.
5. ``"pdf-metadata"`` / ``"docx-metadata"`` (:func:`pdf_creation_date`,
   :func:`docx_creation_date`): the file's creation date.
6. ``"none"``: no date.

A person can set the date in the app (``"edited"``): :func:`check_document_date` reads
what they typed and refuses what cannot be a document's date.

``Document.date_span`` is the ``[start, end)`` of the dateline's date in the text (None
for other sources): event extraction does not date events with it (it is the report date).
Nothing here raises on bad input: an unreadable source gives no date.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date as Date
from typing import Any

__all__ = [
    "DATELINE_CHARS",
    "DATELINE_LINES",
    "EDIT_MAX_FUTURE_DAYS",
    "EDIT_MIN_YEAR",
    "YEAR_SCAN_CHARS",
    "check_document_date",
    "docx_creation_date",
    "find_dateline",
    "html_published_date",
    "parse_date_text",
    "pdf_creation_date",
]

DATELINE_LINES = 4  # non-empty lines at the top searched for a dateline
DATELINE_CHARS = 600  # ... and at most this many characters
YEAR_SCAN_CHARS = 3000  # characters scanned for the year of a yearless dateline
_LINE_CHARS = 200  # characters of a line matched against the dateline patterns
EDIT_MAX_FUTURE_DAYS = 1  # a date set by hand may be at most this far after today (time zones)
EDIT_MIN_YEAR = 1800  # ... and not before this year

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DATE = (
    rf"(?:(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?(?:\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<y3>{_YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01]))"
)
_DASH = r"(?:-{1,2}|–|—|:)"
_AGENCY = r"\([A-Z][\w .&/-]{0,30}\)"
_PLACE = r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,4}"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_LABEL = r"(?:(?:Published|Updated|Posted|Date|Dated|Issued|Released)(?:\s+on)?:?\s+)"
_LINE_PATTERNS = (
    # KABUL, Sept 6 (Reuters) -     GENEVA, 30 August 2022 –
    re.compile(rf"{_PLACE},?\s+{_WEEKDAY}?{_DATE}\s*(?:{_AGENCY}\s*)?{_DASH}"),
    # WASHINGTON (AP) — Aug. 3, 2021
    re.compile(rf"{_PLACE},?\s+{_AGENCY}\s*{_DASH}\s*{_WEEKDAY}?{_DATE}"),
    # a line that is only a date
    re.compile(
        rf"{_LABEL}?{_WEEKDAY}?{_DATE}(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?"
        rf"(?:\s+[A-Z]{{2,5}})?)?\s*\Z"
    ),
)
_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_ISO_START = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _make(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def parse_date_text(s: str) -> Date | None:
    """A date from the start of a metadata value: ISO "2022-08-30T10:00:00Z", PDF
    "D:20220830...", or "30 August 2022" / "August 30, 2022"; else None."""
    m = _ISO_START.match(s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"\s*(?:D:)?(\d{4})(\d{2})(\d{2})", s)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(rf"\s*{_WEEKDAY}?{_DATE}", s)
    if m and (m["y1"] or m["y2"] or m["y3"]):
        return _from_match(m, 0)
    return None


def check_document_date(text: str, *, today: Date | None = None) -> Date:
    """The date a person typed for a document: ISO "2022-08-30", "30 August 2022",
    "August 30, 2022" (:func:`parse_date_text`, the whole text); raises
    :class:`~geo.errors.InputError` with the reason for anything else, for a date more than
    ``EDIT_MAX_FUTURE_DAYS`` after ``today`` or before ``EDIT_MIN_YEAR``."""
    from geo.errors import InputError

    today = today or Date.today()
    s = " ".join(text.split())
    if not s:
        raise InputError("enter a date, such as 2022-08-30 or 30 August 2022")
    if len(s) > 40:
        raise InputError("that is too long for a date; write it like 2022-08-30")
    d = parse_date_text(s)
    m = re.match(rf"\s*{_WEEKDAY}?{_DATE}\s*\Z", s)
    whole = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s)) or (m is not None and m.end() == len(s))
    if d is None or not whole:
        raise InputError(f"{s!r} is not a date I can read; write it like 2022-08-30 or "
                         "30 August 2022")  # fmt: skip
    if (d - today).days > EDIT_MAX_FUTURE_DAYS:
        raise InputError(f"{d.isoformat()} is in the future (today is {today.isoformat()})")
    if d.year < EDIT_MIN_YEAR:
        raise InputError(f"{d.isoformat()} is before {EDIT_MIN_YEAR}: not a news date")
    return d


def _from_match(m: re.Match[str], default_year: int) -> Date | None:
    if m["y3"]:
        return _make(int(m["y3"]), int(m["m3"]), int(m["d3"]))
    month = m["m1"] or m["m2"]
    day = m["d1"] or m["d2"]
    year = m["y1"] or m["y2"]
    mon = _MONTHS.get(month.rstrip(".").lower()[:4]) or _MONTHS.get(month.lower()[:3])
    if mon is None:
        return None
    return _make(int(year) if year else default_year, mon, int(re.sub(r"\D", "", day)))


def find_dateline(
    text: str, *, year_hint: int | None = None, today: Date | None = None
) -> tuple[Date, int, int] | None:
    """``(date, start, end)`` of the dateline's date in ``text`` (see the module
    docstring), else None. ``year_hint``: the year of a less trusted date (metadata)."""
    today = today or Date.today()
    pos = 0
    seen = 0
    limit = min(len(text), DATELINE_CHARS)
    while pos < limit and seen < DATELINE_LINES:
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        line = text[pos:end]
        stripped = line.strip()[:_LINE_CHARS]  # a dateline is short; bounds the regex work
        if stripped:
            seen += 1
            lead = len(line) - len(line.lstrip())
            for pattern in _LINE_PATTERNS:
                m = pattern.match(stripped)
                if m is None:
                    continue
                has_year = bool(m["y1"] or m["y2"] or m["y3"])
                year = today.year if has_year else _year_for(text, year_hint, today)
                d = _from_match(m, year or today.year)
                if d is not None and not year and d > today:
                    d = _make(today.year - 1, d.month, d.day)
                if d is None:
                    continue
                s = pos + lead + _date_start(m)
                e = pos + lead + _date_end(m)
                return d, s, e
        pos = end + 1
    return None


def _date_start(m: re.Match[str]) -> int:
    return min(m.start(g) for g in ("d1", "m1", "m2", "y3") if m[g])


def _date_end(m: re.Match[str]) -> int:
    return max(m.end(g) for g in ("d1", "m1", "y1", "m2", "d2", "y2", "d3") if m[g])


def _year_for(text: str, hint: int | None, today: Date) -> int:
    if hint is not None:
        return hint
    years = [int(y) for y in _YEAR_RE.findall(text, 0, YEAR_SCAN_CHARS)]
    years = [y for y in years if 1900 <= y <= today.year]
    return max(years) if years else 0  # 0: this year, or last year if in the future


# --------------------------------------------------------------------------- metadata

_META_NAMES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "citation_publication_date",
    "sailthru.date",
    "parsely-pub-date",
)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
_ATTR = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSONLD = re.compile(rb'"datePublished"\s*:\s*"([^"]+)"')
_TIME_TAG = re.compile(rb"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']""", re.I)


def html_published_date(data: bytes) -> Date | None:
    """The published date of an HTML page from its markup (see the module docstring)."""
    head = data[:500_000]
    best: tuple[int, Date] | None = None
    for tag in _META_TAG.finditer(head):
        attrs: dict[str, str] = {}
        for a in _ATTR.finditer(tag.group()):
            value = a.group(2) or a.group(3) or a.group(4) or b""
            attrs[a.group(1).decode("ascii", "replace").lower()] = value.decode("utf-8", "replace")
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _META_NAMES and "content" in attrs:
            d = parse_date_text(attrs["content"])
            rank = _META_NAMES.index(key)
            if d is not None and (best is None or rank < best[0]):
                best = (rank, d)
    if best is not None:
        return best[1]
    for rx in (_JSONLD, _TIME_TAG):
        m = rx.search(head)
        if m:
            d = parse_date_text(m.group(1).decode("utf-8", "replace"))
            if d is not None:
                return d
    return None


def pdf_creation_date(data: bytes) -> Date | None:
    """The PDF's creation date (``/CreationDate`` of its document information), else None."""
    try:
        from pypdf import PdfReader

        meta: Any = PdfReader(io.BytesIO(data)).metadata
        if meta is None:
            return None
        raw = meta.get("/CreationDate")
        return parse_date_text(str(raw)) if raw else None
    except Exception:
        return None


_CORE_CREATED = re.compile(rb"<dcterms:created\b[^>]*>([^<]+)</dcterms:created>")


def docx_creation_date(data: bytes) -> Date | None:
    """The Word document's creation date (``dcterms:created`` in docProps/core.xml)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            core = zf.read("docProps/core.xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return None
    m = _CORE_CREATED.search(core[:200_000])
    return parse_date_text(m.group(1).decode("utf-8", "replace")) if m else None
