"""The TimeML rules of the date finder beyond day/month/year dates.

Called by :func:`geo.events.dates.scan` in windows around their hot words:

* :func:`scan_words` — vague references ("now" PRESENT_REF), fiscal quarters and halves
  ("third-quarter" 1989-Q3, "the first half" 1989-H1), seasons ("last fall" 1997-FA),
  weekends ("the weekend" 1990-W32-WE), holidays ("Thanksgiving Day"), decades and
  centuries ("the 1990s" 199, "the 19th century" 18), spoken years ("nineteen
  ninety-six"), "the (current) year", "April next year", "later that year", clock
  times ("10:35 a.m."), durations ("three weeks" P3W, "a week-long" P1W), sets
  ("every Friday" XXXX-WXX-5, "daily" P1D, "3 percent a year" P1Y) and "<n> <unit>s
  earlier".
* :func:`scan_digits` — at runs of digits only: years without a preposition ("a 2009
  analysis", "2009-2010", "1957-58"), numeric decades ("the '80s") and clock times.
Values taken from an earlier expression ("the quarter", "a year ago") are placeholders
resolved by :func:`geo.events.timexrefs.resolve_references`.

Durations, sets and vague references have no calendar date: only
:func:`geo.events.timex.find_timexes` returns them. Quarters, halves, seasons, decades
and centuries are also calendar ranges (``date`` .. ``date_end``) for
:func:`geo.events.dates.find_dates`.
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import timedelta

from geo.events.datecal import (
    Collector,
    DateMatch,
    iso_date,
    month_year,
    safe_date,
    shift_date,
    tense_cue,
    windows,
)
from geo.events.datepatterns import COUNT_NOUNS, MONTHS, NOT_PLURAL, RE_COUNTED, YEAR_NOUNS
from geo.events.timexrefs import REF_DAY, REF_QUARTER, REF_THAT, REF_YEAR_AGO
from geo.events.timexwords import (
    AMOUNTS,
    DECADE_WORDS,
    HOLIDAYS,
    HOT_WORDS,
    HOT_WORDS_LOWER,
    ORDINALS,
    RE_CLOCK,
    RE_DECADE,
    RE_DURATION_N,
    RE_EARLIER,
    RE_HALF,
    RE_HOLIDAY,
    RE_MONTH_REL_YEAR,
    RE_QUARTER,
    RE_SEASON,
    RE_SET,
    RE_SPOKEN_YEAR,
    RE_THAT,
    RE_THIS_YEAR,
    RE_VAGUE,
    RE_WEEKEND,
    RE_YEAR_BARE,
    RULE_WINDOWS,
    SEASON_MONTH,
    SEASONS,
    SETS,
    TWO_DIGITS,
    UNITS,
    VAGUE_REFS,
    amount,
)

__all__ = ["period", "scan_digits", "scan_words"]

_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_QUARTER_ORD |= {"fourth": 4, "4th": 4, "final": 4}
_BARE_OK = frozenset(
    ["for", "over", "within", "of", "after", "in", "during", "past", "last", "next"]
)


def scan_words(c: Collector, pos: int, end_: int, low: str | None = None) -> None:
    """The word rules, each in windows around its own hot words (searched in ``low``,
    the lower-cased text of the same length, when given)."""
    text = c.text
    hot: dict[int, list[int]] = {}
    find = (low or text).find
    for w, rules in HOT_WORDS_LOWER if low else HOT_WORDS:
        i = find(w, pos, end_)
        while i != -1:
            for r in rules:
                hot.setdefault(r, []).append(i)
            i = find(w, i + len(w), end_)
    for r, positions in sorted(hot.items()):
        positions.sort()
        rx, handler, needs_doc = _RULES[r]
        if needs_doc and c.doc is None:
            continue
        if rx is RE_DURATION_N:
            positions = [h for h in positions if _amount_before(text, h)]
        before, after = RULE_WINDOWS[r]
        for ws, we in windows(text, positions, before, after, pos, end_):
            for m in rx.finditer(text, ws, we):
                handler(c, m)


#: Words just before a unit that can start a duration ("three weeks", "for years").
_BEFORE_UNIT = frozenset(AMOUNTS) | _BARE_OK | frozenset(["the", "recent", "coming"])


def _amount_before(text: str, h: int) -> bool:
    """Is the word before the unit at ``h`` a number (or a word before a bare plural)?"""
    i = h - 1
    if i < 1 or text[i] not in " -\n":
        return False
    i -= 1
    j = i + 1
    while i >= 0 and text[i].isalnum():
        i -= 1
    word = text[i + 1 : j].lower()
    return word.isdigit() or word in _BEFORE_UNIT


def _vague(c: Collector, m: re.Match[str]) -> None:
    c.timeml(m.start(), m.end(), "DATE", VAGUE_REFS[" ".join(m.group().lower().split())])


def _this_year(c: Collector, m: re.Match[str]) -> None:
    assert c.doc is not None
    c.add(m, Date(c.doc.year, 1, 1), "year")


def scan_digits(c: Collector, runs: list[tuple[int, int]]) -> None:
    """The number rules, tried at each run of digits ``(start, end)`` only."""
    text = c.text
    for s, e in runs:
        nxt = text[e : e + 1]
        if e - s == 4 and "1600" <= text[s:e] < "2100":
            m = RE_YEAR_BARE.match(text, s)
            if m:
                _bare_year(c, m)
        if nxt in ("s", "'", "’") and e - s in (2, 4):
            for m in RE_DECADE.finditer(text, max(0, s - 16), min(len(text), e + 3)):
                _decade(c, m)
        if c.doc is not None and e - s <= 2:
            m = RE_CLOCK.match(text, s)
            if m:
                _clock(c, m)


def _bare_year(c: Collector, m: re.Match[str]) -> None:
    text = c.text
    fiscal = text[max(0, m.start() - 7) : m.start()].lower() == "fiscal "
    if (_counted(text, m.end()) and not fiscal) or not _bare_year_ok(text, m):
        return
    y = int(m["y"])
    end = None
    if m["y2"]:
        y2 = int(m["y2"])
        if y2 < 100:
            y2 += y // 100 * 100
        if not y < y2 < y + 100:
            return
        end = Date(y2, 1, 1)
    c.add(m, Date(y, 1, 1), "year", end)


def _clock(c: Collector, m: re.Match[str]) -> None:
    """ "10:35 a.m.", "noon": a TIME on the reference day (timex mode only)."""
    doc = c.doc
    assert doc is not None
    word = (m["word"] or "").lower()
    if word:
        hm = "24:00" if word == "midnight" else "12:00"
    else:
        h = int(m["h"])
        if not 1 <= h <= 12:
            return
        h = (h % 12) + (12 if m["ap"].lower() == "p" else 0)
        hm = f"{h:02d}:{m['mi'] or '00'}"
    c.timeml(m.start(), m.end(), "TIME", f"{doc.isoformat()}T{hm}")


def _spoken_year(c: Collector, m: re.Match[str]) -> None:
    """ "nineteen ninety-six" 1996, "the year two thousand" 2000."""
    if m["c"]:
        yy = TWO_DIGITS.get(" ".join(m["yy"].lower().replace("-", " ").split()))
        if yy is None:
            return
        y = (19 if m["c"].lower() == "nineteen" else 18) * 100 + yy
    else:
        y = 2000 + (
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].index(
                m["u"].lower()
            )
            + 1
            if m["u"]
            else 0
        )
    c.add(m, Date(y, 1, 1), "year")


def _counted(text: str, end: int) -> bool:
    m = RE_COUNTED.match(text, end, min(len(text), end + 30))
    if not m:
        return False
    w = m.group("w")
    return w in COUNT_NOUNS or (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "is", "us"))
        and w not in NOT_PLURAL
    )


def _bare_year_ok(text: str, m: re.Match[str]) -> bool:
    """Not a model or room number: no capitalised word (other than a month, "Fiscal"...)
    just before, no capitalised word after (but a year noun, or after "the")."""
    after = re.match(r"[ -]([A-Z][a-z]+)", text[m.end() : m.end() + 20])
    if after and after.group(1).lower() not in YEAR_NOUNS:
        return text[max(0, m.start() - 4) : m.start()].lower() == "the "  # "the 1996 Olympic"
    before = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, m.start() - 20) : m.start()])
    if before and before.group(1)[0].isupper():
        return before.group(1).lower() in _YEAR_CAPS or before.group(1).lower() in MONTHS
    return True


#: Capitalised words after which a number is still a year ("Fiscal 1989", "For 1988,").
_YEAR_CAPS = frozenset(
    [
        "fiscal",
        "early",
        "late",
        "mid",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "for",
        "in",
        "since",
        "by",
        "until",
        "that",
        "this",
        "after",
        "before",
        "during",
        "from",
        "through",
        "of",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
    ]
)


def _year_of(c: Collector, cell: str | None, doc: Date) -> int | None:
    if not cell:
        return None
    w = " ".join(cell.lower().replace("fiscal", "").replace("'s", "").split())
    if w.isdigit():
        return int(w)
    return {"this year": doc.year, "last year": doc.year - 1, "next year": doc.year + 1}.get(
        w, doc.year
    )


def _quarter(c: Collector, m: re.Match[str]) -> None:
    doc = c.doc
    assert doc is not None
    ord_ = " ".join((m["ord"] or "").lower().split())
    det = (m["det"] or "").lower()
    year = _year_of(c, m["yr"] or m["yr2"], doc)
    if m["pl"] or (det in ("a", "an") and not ord_):
        return  # "a quarter of the shares", "quarters"
    if m["noun"].lower() == "period" and not (ord_ or m["yr"]):
        return
    cq = (doc.month - 1) // 3 + 1
    if ord_ in _QUARTER_ORD:
        q = _QUARTER_ORD[ord_]
        if year is None:  # a quarter of the past year unless it has begun
            year = doc.year - (q > cq)
        _quarter_add(c, m, year, q)
    elif ord_ in ("current",) or det == "this":
        _quarter_add(c, m, doc.year, cq)
    elif ord_ == "next" or det == "next":
        y, q = divmod(doc.year * 4 + cq, 4)
        _quarter_add(c, m, y, q + 1)
    elif ord_ in ("last", "previous", "past") or det == "last":
        y, q = divmod(doc.year * 4 + cq - 2, 4)
        _quarter_add(c, m, y, q + 1)
    elif ord_.startswith("year") or ord_ in ("same", "comparable", "corresponding"):
        c.found.append(_placeholder(c, m, f"{REF_QUARTER}-4"))
    elif year is not None:
        c.found.append(_placeholder(c, m, f"{REF_QUARTER}0:{year}"))
    else:  # "the quarter", "the latest quarter"
        c.found.append(_placeholder(c, m, f"{REF_QUARTER}0"))


def _placeholder(c: Collector, m: re.Match[str], value: str) -> DateMatch:
    return DateMatch(m.start(), m.end(), m.group(), None, value=value)


def _quarter_add(c: Collector, m: re.Match[str], year: int, q: int) -> None:
    c.add(m, Date(year, 3 * q - 2, 1), "month", Date(year, 3 * q, 1), value=f"{year}-Q{q}")


def _half(c: Collector, m: re.Match[str]) -> None:
    doc = c.doc
    assert doc is not None
    h = 1 if m["ord"].lower() == "first" else 2
    year = _year_of(c, m["yr"] or m["yr2"], doc)
    if year is None:
        tense = tense_cue(c.text, m.start(), m.end(), strong=True)
        ch = 1 if doc.month <= 6 else 2
        year = doc.year - (h > ch and tense != "future")
    c.add(m, Date(year, 6 * h - 5, 1), "month", Date(year, 6 * h, 1), value=f"{year}-H{h}")


def _season(c: Collector, m: re.Match[str]) -> None:
    doc = c.doc
    assert doc is not None
    rel = " ".join((m["rel"] or "").lower().split())
    word = m["s"].lower()
    after = c.text[m.end() : m.end() + 12].lower()
    fall_noun = not rel or re.match(r"\s+(?:in|of|to|from|by)\b", after)
    if word == "fall" and fall_noun and not (m["y"] or re.match(r"\s+of\s+\d{4}", after)):
        return  # "the fall of Kabul", "a fall in prices"
    if not rel and not m["y"]:
        return
    code = SEASONS[word]
    first = SEASON_MONTH[code]
    if m["y"]:
        year = int(m["y"])
    elif rel in ("last", "this past"):
        year = doc.year if first + 2 < doc.month else doc.year - 1
    elif rel == "next":
        year = doc.year if first > doc.month else doc.year + 1
    elif rel == "this":
        year = doc.year
    else:
        tense = tense_cue(c.text, m.start(), m.end(), strong=True)
        year = doc.year
        if tense == "past" and first > doc.month:
            year -= 1
        elif tense == "future" and first + 2 < doc.month:
            year += 1
    start = Date(year, first, 1)
    end = shift_date(start, 2, "month")
    c.add(m, start, "month", end, value=f"{year}-{code}")


def _weekend(c: Collector, m: re.Match[str]) -> None:
    """ "the weekend": the last one (the coming one in a future clause), "next weekend"..."""
    doc = c.doc
    assert doc is not None
    rel = " ".join(m["rel"].lower().split())
    last_sat = doc - timedelta(days=(doc.weekday() - 5) % 7)
    next_sat = doc + timedelta(days=(5 - doc.weekday()) % 7)
    if (
        rel in ("next", "this coming")
        or (
            rel in ("the", "this")
            and tense_cue(c.text, m.start(), m.end(), strong=True) == "future"
        )
        or (rel == "this" and doc.weekday() < 5)
    ):
        sat = next_sat
    else:
        sat = last_sat - timedelta(days=7 if rel == "last" and doc.weekday() >= 5 else 0)
    y, w, _ = sat.isocalendar()
    c.add(m, sat, "day", sat + timedelta(days=1), value=f"{y:04d}-W{w:02d}-WE")


_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def holiday_date(rule: str, year: int) -> Date | None:
    """The day of a holiday rule in ``year``: "12-25"; "11-4-TH" (the fourth Thursday
    of November); "05-L-MO" (the last Monday of May); "11-1-MO+1" (a day after the first
    Monday)."""
    rule, _, plus = rule.partition("+")
    parts = rule.split("-")
    month = int(parts[0])
    if len(parts) == 2:
        return safe_date(year, month, int(parts[1]))
    wd = _WEEKDAY_CODES.index(parts[2])
    if parts[1] == "L":
        last = shift_date(Date(year, month, 1), 1, "month")
        assert last is not None
        d = last - timedelta(days=1)
        d -= timedelta(days=(d.weekday() - wd) % 7)
    else:
        first = Date(year, month, 1)
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (int(parts[1]) - 1))
    return d + timedelta(days=int(plus or 0))


def _holiday(c: Collector, m: re.Match[str]) -> None:
    """ "Thanksgiving Day", "last Christmas": the nearest occurrence (a month-name year)."""
    doc = c.doc
    assert doc is not None
    name = " ".join(m["name"].lower().replace("’", "'").split())
    rule = HOLIDAYS.get(name)
    if rule is None:
        return
    rel = (m["rel"] or "").lower()
    month = int(rule[:2])
    if rel == "last":
        cands = [holiday_date(rule, y) for y in (doc.year, doc.year - 1)]
        d = next((x for x in cands if x is not None and x < doc), None)
    elif rel == "next":
        cands = [holiday_date(rule, y) for y in (doc.year, doc.year + 1)]
        d = next((x for x in cands if x is not None and x > doc), None)
    else:
        tense = tense_cue(c.text, m.start(), m.end(), strong=True)
        d = holiday_date(rule, month_year(month, doc, tense))
    c.add(m, d, "day")


def _that(c: Collector, m: re.Match[str]) -> None:
    """ "later that year", "that day", "the same month": the last one mentioned."""
    c.found.append(_placeholder(c, m, f"{REF_THAT}{m['u'].lower()}"))


def _month_rel_year(c: Collector, m: re.Match[str]) -> None:
    """ "April next year", "early October this year"."""
    doc = c.doc
    assert doc is not None
    year = doc.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
    c.add(m, Date(year, MONTHS[m["mon"].lower()], 1), "month")


def _decade(c: Collector, m: re.Match[str]) -> None:
    if m["cent"]:
        cent = m["cent"].lower()
        n = ORDINALS.get(cent) or int(cent.rstrip("stndrh"))
        if not 1 <= n <= 21:
            return
        start, end, value = Date(100 * (n - 1) or 1, 1, 1), Date(100 * n - 1, 1, 1), f"{n - 1:02d}"
    else:
        if m["dec"]:
            dec = m["dec"]
        elif m["dec2"]:
            dec = f"19{m['dec2']}"
        else:
            dec = f"19{DECADE_WORDS[m['decw'].lower()]}"
        y = int(dec) * 10
        start, end, value = Date(y, 1, 1), Date(y + 9, 1, 1), dec
    c.add(m, start, "year", end, value=value)


def _set(c: Collector, m: re.Match[str]) -> None:
    if m["adv"]:
        c.timeml(m.start(), m.end(), "SET", SETS[m["adv"].lower()])
    elif m["wd"]:
        wd = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        c.timeml(m.start(), m.end(), "SET", f"XXXX-WXX-{wd.index(m['wd'].lower()) + 1}")
    elif m["mon"]:
        c.timeml(m.start(), m.end(), "SET", f"XXXX-{MONTHS[m['mon'].lower()]:02d}")
    else:
        unit = (m["unit"] or m["unit2"]).lower()
        n = "2" if (m["n"] or "").lower() == "other" else amount(m["n"] or "1")
        s = m.start("per") if m["per"] else m.start()
        c.timeml(s, m.end(), "SET", period(n, UNITS[unit]))


def period(n: str, code: str) -> str:
    """The TimeML value of ``n`` (a number or "X") units of ISO code ``code``: "P3W",
    "PT2H", "P4W" (two fortnights: code "2W"), "PXY"."""
    if code[0].isdigit():  # "2W": a fortnight, "10Y": a decade
        k = int(code[:-1])
        n, code = (str(int(n) * k) if n.isdigit() else n), code[-1]
    return f"PT{n}{code[1:]}" if code.startswith("T") else f"P{n}{code}"


def _duration(c: Collector, m: re.Match[str]) -> None:
    unit = m["unit"].lower()
    if m["bare"] is not None:
        prev = re.search(r"(\w+)\s+$", c.text[max(0, m.start() - 15) : m.start()])
        if not (m["mod"] or (prev and prev.group(1).lower() in _BARE_OK)):
            return
        n = "X"
    else:
        n = amount(m["n"])
    if unit == "quarter" and (n == "1" or (m["hy"] == "-" and m["pl"])):
        return  # "a quarter of the wheat", "three-quarters of them"
    if (m["n"] or "").lower() == "a" and _RE_RATE.search(c.text, max(0, m.start() - 12), m.start()):
        c.timeml(m.start(), m.end(), "SET", period("1", UNITS[unit]))  # "3 percent a year"
        return
    after = c.text[m.end() : m.end() + 10].lower()
    if (m["long"] or "").lower() == "-old" or re.match(r"\s+(?:old|ago|earlier|later)\b", after):
        return  # an age; "four years ago" is a date
    c.timeml(m.start(), m.end(), "DURATION", period(n, UNITS[unit]))


_RE_RATE = re.compile(r"(?:\d%?|illion|percent|dollars|cents|times)\s+$")


def _earlier(c: Collector, m: re.Match[str]) -> None:
    """ "a year earlier", "year-earlier" (at the reference's granularity), "two days
    earlier" (from the last day mentioned; TimeML mode only)."""
    doc = c.doc
    assert doc is not None
    n = int(amount(m["n"] or "1")) if amount(m["n"] or "1").isdigit() else 1
    unit = (m["unit"] or "year").lower()
    if unit == "year":
        d = shift_date(doc, -n, "year")
        if d is not None:
            c.found.append(
                DateMatch(
                    m.start(),
                    m.end(),
                    m.group(),
                    iso_date(d, "year"),
                    None,
                    "year",
                    value=f"{REF_YEAR_AGO}-{n}",
                )
            )
    elif unit == "day" and c.timex:
        c.found.append(_placeholder(c, m, f"{REF_DAY}-{n}"))


#: (regex, handler, needs the reference date), indexed like timexwords.RULE_HOT.
_RULES = (
    (RE_VAGUE, _vague, False),
    (RE_QUARTER, _quarter, True),
    (RE_HALF, _half, True),
    (RE_SEASON, _season, True),
    (RE_EARLIER, _earlier, True),
    (RE_THIS_YEAR, _this_year, True),
    (RE_CLOCK, _clock, True),
    (RE_SPOKEN_YEAR, _spoken_year, False),
    (RE_DECADE, _decade, False),
    (RE_SET, _set, False),
    (RE_DURATION_N, _duration, False),
    (RE_WEEKEND, _weekend, True),
    (RE_HOLIDAY, _holiday, True),
    (RE_MONTH_REL_YEAR, _month_rel_year, True),
    (RE_THAT, _that, True),
)
