"""Gazetteers shipped with the package: universities, research institutes,
administrative divisions and industry/research fields.

What
    Read-only lookup tables loaded from the TSV files in ``kg/data/``
    (see ``kg/data/README.md`` for sources, licences and how to regenerate
    them).  Every row becomes an :class:`Entry`; administrative divisions are
    wrapped in a :class:`Divisions` object that knows the province > city >
    county > township hierarchy.

Why
    Entity recognition and linking in 科技镇长团 news needs closed lists of
    the things that matter (南航 -> 南京航空航天大学, 润州区 -> 镇江市 -> 江苏省)
    that work offline, deterministically and fast.  The loader therefore uses
    only the standard library, parses each file once (``functools.cache``) and
    keeps everything in plain dicts; loading all four gazetteers takes well
    under a second.

Example::

    >>> from kg import gazetteer
    >>> gazetteer.universities_by_name()["南航"].name
    '南京航空航天大学'
    >>> divs = gazetteer.divisions()
    >>> [a.name for a in divs.ancestors(divs.find("润州区"))]
    ['镇江市', '江苏省']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from kg.gcpause import gc_paused

__all__ = [
    "LEVELS",
    "Divisions",
    "Entry",
    "divisions",
    "fields",
    "fields_by_name",
    "institutes",
    "institutes_by_name",
    "universities",
    "universities_by_name",
]

#: Levels used in ``divisions.tsv``, from the top of the hierarchy down.
LEVELS: tuple[str, ...] = (
    "province",
    "city",
    "district",
    "county",
    "county_city",
    "town",
    "subdistrict",
)
_LEVEL_RANK = {
    "province": 0,
    "city": 1,
    "district": 2,
    "county": 2,
    "county_city": 2,
    "town": 3,
    "subdistrict": 3,
}
# Province-level municipalities: their districts have no city level above them,
# the municipality itself plays the role of the city.
_MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row.

    Attributes:
        name: canonical (official, full) name.
        cls: ontology class: ``University``, ``ResearchInstitute``,
            ``Locality`` or ``Field``.
        aliases: other surface forms (short forms, abbreviations); for a
            division this is its ``short`` form, if it has one.
        code: MoE school code (universities), GB/T 2260 code or the synthetic
            ``<county code>-<name>`` (divisions); ``None`` otherwise.
        parent: code of the parent division, or the name of the broader
            field; ``None`` at the top.
        level: division level (see :data:`LEVELS`) or the university level
            (``本科``/``专科``); ``None`` when not applicable.
        city: city (prefecture-level name) the entry is in, when known.
        province: province-level name (or country, for foreign universities).
        wikidata: Wikidata Q-id, only where known with certainty.
    """

    name: str
    cls: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    parent: str | None = None
    level: str | None = None
    city: str | None = None
    province: str | None = None
    wikidata: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by all aliases."""
        return (self.name, *self.aliases)


# ---------------------------------------------------------------------------
# file reading
# ---------------------------------------------------------------------------


def _rows(filename: str) -> list[list[str]]:
    """Data rows of a TSV in ``kg/data`` (header, ``#`` comments and blank lines skipped).

    Every row is padded to the header's width so that trailing empty cells
    can be omitted in hand-edited files.
    """
    text = resources.files(__package__ or "kg").joinpath("data", filename).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    width = len(lines[0].split("\t"))
    out = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        out.append(cells)
    return out


def _aliases(cell: str) -> tuple[str, ...]:
    return tuple(a for a in cell.split("|") if a)


def _index(entries: list[Entry]) -> dict[str, Entry]:
    """name/alias -> entry; raises if one surface form names two entries."""
    out: dict[str, Entry] = {}
    for e in entries:
        for n in e.names:
            other = out.get(n)
            if other is not None and other is not e:
                raise ValueError(f"{n!r} names both {other.name} and {e.name}")
            out[n] = e
    return out


# ---------------------------------------------------------------------------
# universities, institutes, fields
# ---------------------------------------------------------------------------


@cache
def universities() -> list[Entry]:
    """Chinese regular universities and colleges (MoE list) plus military,
    Hong Kong/Macau/Taiwan and well-known foreign universities.

    ``level`` is ``本科``/``专科`` (blank for the hand-added rows), ``province``
    is the country for foreign universities.
    """
    return [
        Entry(
            name=name,
            cls="University",
            aliases=_aliases(aliases),
            code=code or None,
            level=level or None,
            city=city or None,
            province=province or None,
            wikidata=wikidata or None,
        )
        for name, aliases, city, province, code, level, wikidata in _rows("universities.tsv")
    ]


@cache
def universities_by_name() -> dict[str, Entry]:
    """Map every university name and alias to its entry (aliases are unique)."""
    return _index(universities())


@cache
def institutes() -> list[Entry]:
    """Research organisations that are not part of a university (CAS institutes,
    national labs, SOE research institutes, Jiangsu provincial academies …)."""
    return [
        Entry(
            name=name,
            cls="ResearchInstitute",
            aliases=_aliases(aliases),
            city=city or None,
            wikidata=wikidata or None,
        )
        for name, aliases, city, wikidata in _rows("institutes.tsv")
    ]


@cache
def institutes_by_name() -> dict[str, Entry]:
    """Map every institute name and alias to its entry."""
    return _index(institutes())


@cache
def fields() -> list[Entry]:
    """Industry and research fields; ``parent`` is the broader field's name."""
    return [
        Entry(name=name, cls="Field", aliases=_aliases(aliases), parent=broader or None)
        for name, aliases, broader in _rows("fields.tsv")
    ]


@cache
def fields_by_name() -> dict[str, Entry]:
    """Map every field name and alias to its entry."""
    return _index(fields())


# ---------------------------------------------------------------------------
# administrative divisions
# ---------------------------------------------------------------------------


class Divisions:
    """China's administrative divisions with their hierarchy.

    Attributes:
        entries: all divisions in file order (a province, then its subtree).
        by_code: code -> entry.
        by_name: full name *and* short form -> entries (names repeat across
            the country: 鼓楼区, 朝阳区 …; use :meth:`find` to disambiguate).
        former: a former name -> its entry (金坛市 -> 金坛区's territory under the
            name and level it had until 2015: same code, other name and level).
    """

    def __init__(self, entries: list[Entry], former: Iterable[Entry] = ()) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.by_code: dict[str, Entry] = {}
        self.by_name: dict[str, list[Entry]] = {}
        former = list(former)
        self.former: dict[str, Entry] = {e.name: e for e in former}
        self._children: dict[str, list[Entry]] = {}
        by_code, by_name, children = self.by_code, self.by_name, self._children
        for e in self.entries:
            code = e.code
            assert code is not None
            if code in by_code:
                raise ValueError(f"duplicate division code {code}")
            by_code[code] = e
            by_name.setdefault(e.name, []).append(e)
            for a in e.aliases:
                by_name.setdefault(a, []).append(e)
            if e.parent is not None:
                children.setdefault(e.parent, []).append(e)
        for e in former:
            by_name.setdefault(e.name, []).append(e)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def parent(self, entry: Entry) -> Entry | None:
        """The division directly above ``entry`` (``None`` for a province)."""
        return self.by_code.get(entry.parent) if entry.parent else None

    def ancestors(self, entry: Entry) -> list[Entry]:
        """All divisions above ``entry``, nearest first (…, city, province)."""
        out = []
        p = self.parent(entry)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def children(self, code: str) -> list[Entry]:
        """Divisions directly below the division with this code."""
        return list(self._children.get(code, ()))

    def province_of(self, entry: Entry) -> Entry:
        """The province-level ancestor of ``entry`` (or ``entry`` itself)."""
        chain = [entry, *self.ancestors(entry)]
        return chain[-1]

    def is_within(self, entry: Entry, code: str) -> bool:
        """True if ``entry`` is the division ``code`` or lies below it."""
        if entry.code == code:
            return True
        return any(a.code == code for a in self.ancestors(entry))

    def find(self, name: str, within_code: str | None = None) -> Entry | None:
        """Resolve a full name or short form to one division.

        When the name is ambiguous the candidates are ranked by

        1. lying under ``within_code`` (if given), then lying in the same
           province as ``within_code``;
        2. exact full-name match before short-form match;
        3. higher administrative level first (so 江阴 finds 江阴市, not a
           township called 江阴镇 elsewhere);
        4. code, for determinism.

        ``within_code`` is a preference, not a filter: if nothing lies under
        it, the best candidate elsewhere is returned.  ``None`` if unknown.
        """
        cands = self.by_name.get(name)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        scope: Entry | None = self.by_code.get(within_code) if within_code else None
        prov_code = self.province_of(scope).code if scope is not None else None

        def rank(e: Entry) -> tuple[int, int, int, str]:
            if scope is None or self.is_within(e, scope.code or ""):
                tier = 0
            elif prov_code is not None and self.is_within(e, prov_code):
                tier = 1
            else:
                tier = 2
            return (
                tier,
                0 if e.name == name else 1,
                _LEVEL_RANK.get(e.level or "", 9),
                e.code or "",
            )

        return min(cands, key=rank)


@cache
def divisions() -> Divisions:
    """Province > city > county-level > township divisions (cls ``Locality``).

    ``city``/``province`` of each entry are filled from its ancestors; for
    districts of the four municipalities the municipality is also the city.
    """
    with gc_paused():
        return _load_divisions()


def _load_divisions() -> Divisions:
    rows = _rows("divisions.tsv")
    info: dict[str, tuple[str, str, str]] = {}  # code -> (name, level, parent)
    for code, name, level, parent, _short in rows:
        info[code] = (name, level, parent)

    def context(code: str) -> tuple[str | None, str | None]:
        city = province = None
        c = code
        while c:
            name, level, parent = info[c]
            if level == "city":
                city = name
            elif level == "province":
                province = name
                if city is None and c in _MUNICIPALITIES and c != code:
                    city = name
            c = parent
        return city, province

    cache_ctx: dict[str, tuple[str | None, str | None]] = {}
    entries = []
    for code, name, level, parent, short in rows:
        # townships share their county's context: compute it once per parent
        key = parent if level in ("town", "subdistrict") else code
        ctx = cache_ctx.get(key)
        if ctx is None:
            ctx = cache_ctx[key] = context(key)
        entries.append(
            Entry(
                name=name,
                cls="Locality",
                aliases=(short,) if short else (),
                code=code,
                parent=parent or None,
                level=level,
                city=ctx[0],
                province=ctx[1],
            )
        )
    by_code = {e.code: e for e in entries}
    former = [replace(by_code[successor], name=name, level=level, aliases=())
              for name, successor, level, _until in _rows("former_divisions.tsv")]
    return Divisions(entries, former)
