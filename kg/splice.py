"""Incremental rebuild: splice the articles that changed into the previous build's exports.

A full ``kg build`` with the cache on leaves two files in the cache folder:
``build.state`` (where each article's graph lies in ``graph.trig`` and
``graph.ttl``, the summary's counts) and ``build.index`` (the entity index with
what it takes to edit it: which article registered each key and created each
record, how often each key, name and alias occurs). When few articles were
added, changed or removed since, the new exports are the old ones with those
articles' graphs replaced and the blocks of the subjects they touch rewritten
(entity descriptions, article nodes and, in the Turtle file, each entity's
facts). The result is byte-identical to a full rebuild's, and costs the changed
articles' extraction and a copy of the two files, in the kernel where it can.
With nothing changed, only ``build.state`` is read.

Entity identity is decided in article order (the first article to name an
entity under a key fixes its IRI), so a change can move identities in later
articles. The splice follows a key the changed article no longer registers to
the next article that carries it and checks that this article keeps every id it
had; it declines, and ``kg build`` then rebuilds everything, whenever a change
could alter anything outside the blocks it rewrites: such a check failing, a
new version registering first a key that a later article holds for another
entity, more than :data:`MAX_CHANGES` changed articles, a change of the code or
a gazetteer (the cache's fingerprint), or exports touched since the state was
written.
"""

from __future__ import annotations

import mmap
import os
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import orjson

from kg.build import (
    EarlyExtraction, OnSkip, Summary, _read_cache, cache_fingerprint, cache_key, iter_rendered, prune_cache, publish,
)
from kg.gcpause import gc_paused
from kg.ingest import collect_paths
from kg.rdf import (
    _ID, GraphWriter, _entity_id, _iri, _render, _render_article, _slug, describe_article, describe_entity,
    entity_keys as _entity_keys, new_record, provisional_ids, trig_block,
)

STATE_NAME = "build.state"
INDEX_NAME = "build.index"
STATE_FORMAT = 4
MAX_CHANGES = 100  # beyond this many changed articles, a full rebuild is about as fast and far simpler
_FIGURE = f"<{_ID}figure/"
EXPORTS = ("graph.trig", "graph.ttl")

Key = str  # an index key, (class, folded name), joined by a unit separator as the state stores it
Fact = tuple[str, str, str]


class Declined(Exception):
    """The changes cannot be spliced in (the reason is the message); build in full."""


# ---------------------------------------------------------------- the state


def save_state(cache_dir: Path, out: Path, writer: GraphWriter, summary: Summary, keys: dict[str, str]) -> None:
    """Save what an incremental rebuild needs, after a full build wrote ``out``'s exports.

    ``keys`` maps each article's name to its cache entry's file name.
    """
    index = writer.index
    assert writer.sections is not None, "save_state needs a closed writer"
    _write_state(cache_dir, out, list(writer.sections),
                 [[doc, keys[doc], *placed] for doc, placed in writer.placed.items()],
                 {f"{typ}\x1f{folded}": [eid, index.key_doc[(typ, folded)], index.key_count[(typ, folded)]]
                  for (typ, folded), eid in index.key_to_id.items()},
                 {eid: _record_row(r) for eid, r in index.records.items()}, summary)


def forget_state(cache_dir: Path) -> None:
    """Remove the saved state (before the exports it describes are replaced)."""
    (cache_dir / STATE_NAME).unlink(missing_ok=True)
    (cache_dir / INDEX_NAME).unlink(missing_ok=True)


def _write_state(cache_dir: Path, out: Path, sections: list[int], articles: list[list[Any]],
                 keys: dict[Key, list[Any]], records: dict[str, list[Any]], summary: Summary) -> None:
    """Write the state in two files: ``build.state``, all a rebuild with nothing changed reads (where
    the articles' graphs lie, the summary's counts), and ``build.index``, what a splice needs besides
    (the entity index, the summary's mentions), which is most of the bytes. The two carry the same
    token, so an index left from another build is never read."""
    token = os.urandom(8).hex()
    _write_atomic(cache_dir, INDEX_NAME, {
        "token": token, "keys": keys, "records": records,
        "mentions": summary.mentions})
    _write_atomic(cache_dir, STATE_NAME, {
        "format": STATE_FORMAT, "fingerprint": cache_fingerprint(), "token": token,
        "exports": _export_stamps(out), "sections": sections, "articles": articles,
        "summary": {"articles": summary.articles, "entities": dict(summary.entities), "facts": dict(summary.facts)}})


def _write_atomic(cache_dir: Path, name: str, obj: dict[str, Any]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=cache_dir)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(orjson.dumps(obj))
        os.replace(tmp, cache_dir / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _export_stamps(out: Path) -> dict[str, list[int]]:
    stamps = {}
    for name in EXPORTS:
        st = (out / name).stat()
        stamps[name] = [st.st_size, st.st_mtime_ns]
    return stamps


class _State:
    """The saved state: where the articles' graphs lie and the :class:`Summary`'s counts, then (after
    :meth:`load_index`) index keys and entity records in the shapes :class:`kg.rdf.EntityIndex` uses."""

    def __init__(self, raw: dict[str, Any], cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.token = raw["token"]
        self.sections: list[int] = raw["sections"]
        self.articles: dict[str, list[Any]] = {a[0]: a[1:] for a in raw["articles"]}  # doc -> [key, ts, te, ls, le, names]
        s = raw["summary"]
        self.summary = Summary()
        self.summary.articles = s["articles"]
        self.summary.entities = Counter(s["entities"])
        self.summary.facts = Counter(s["facts"])
        self.keys: dict[Key, list[Any]] = {}  # key -> [entity id, article registering it first, mentions]
        self.records = _Records({})

    def load_index(self) -> None:
        """Read ``build.index``; raise :class:`Declined` when it is missing, unreadable or another build's."""
        try:
            raw = orjson.loads((self.cache_dir / INDEX_NAME).read_bytes())
            if raw.get("token") != self.token or not all(isinstance(raw[k], dict) for k in ("keys", "records", "mentions")):
                raise Declined("the index is another build's")
            self.keys = raw["keys"]
            self.records = _Records(raw["records"])
            self.summary.mentions = raw["mentions"]
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise Declined(f"the index cannot be read ({exc})") from None


def _record_row(r: dict[str, Any]) -> list[Any]:
    return [r["type"], r["code"], r["rule"], r["first"], r["names"], r["aliases"], list(r["articles"])]


class _Records:
    """Entity records by id, kept as the state's rows and made into :class:`kg.rdf.EntityIndex` records
    when first used: a splice uses a handful of the hundreds of thousands."""

    def __init__(self, rows: dict[str, list[Any]]) -> None:
        self._rows = rows
        self._made: dict[str, dict[str, Any] | None] = {}

    def get(self, eid: str) -> dict[str, Any] | None:
        if eid in self._made:
            return self._made[eid]
        row = self._rows.get(eid)
        rec = None
        if row is not None:
            typ, code, rule, first, names, aliases, docs = row
            rec = {"type": typ, "code": code, "rule": rule, "first": first, "names": defaultdict(int, names),
                   "aliases": defaultdict(int, aliases), "articles": set(docs)}
        self._made[eid] = rec
        return rec

    def __getitem__(self, eid: str) -> dict[str, Any]:
        rec = self.get(eid)
        if rec is None:
            raise KeyError(eid)
        return rec

    def __setitem__(self, eid: str, rec: dict[str, Any]) -> None:
        self._made[eid] = rec

    def __delitem__(self, eid: str) -> None:
        self[eid]
        self._made[eid] = None

    def rows(self) -> dict[str, list[Any]]:
        """Every record as a row of the state."""
        rows = self._rows
        for eid, rec in self._made.items():
            if rec is None:
                rows.pop(eid, None)
            else:
                rows[eid] = _record_row(rec)
        return rows


def _load_state(cache_dir: Path, out: Path) -> _State | None:
    """The saved state when it describes ``out``'s exports as they are, for this code; else None."""
    try:
        raw = orjson.loads((cache_dir / STATE_NAME).read_bytes())
        if raw.get("format") != STATE_FORMAT or raw.get("fingerprint") != cache_fingerprint():
            return None
        if raw.get("exports") != _export_stamps(out):
            return None  # the exports were replaced or edited since
        if not (isinstance(raw["articles"], list) and isinstance(raw["summary"], dict)):
            return None
        return _State(raw, cache_dir)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


# ---------------------------------------------------------------- the splice


def splice_build(paths: Iterable[str | Path], out: Path, cache_dir: Path, *, jobs: int = 1,
                 progress: Callable[[int], None] | None = None, on_skip: OnSkip | None = None
                 ) -> Summary | None:
    """Update ``out``'s exports for the articles under ``paths`` by splicing in those that changed.

    Returns the build's summary, or None when there is no usable state or the
    changes cannot be spliced (see the module's docstring): build in full then.
    Input errors in changed articles are raised as a full build would raise them,
    or with ``on_skip`` handed to it, the article left out as if it were gone (it
    has no cache entry, so the next build tries it again).
    """
    with gc_paused():
        state = _load_state(cache_dir, out)
        if state is None:
            return None
        files = sorted(collect_paths(paths), key=lambda f: (f.name, str(f)))
        now = {f.name: (f, cache_key(f)) for f in files}
        changed = sorted(d for d in now.keys() | state.articles.keys()
                         if d not in now or d not in state.articles or state.articles[d][0] != now[d][1])
        if len(changed) > MAX_CHANGES:
            return None
        if changed:
            # the changed articles' extraction starts first, in workers that load the pipeline
            # themselves, and runs while this process reads the index
            with EarlyExtraction([now[d][0] for d in changed if d in now], jobs, cache_dir) as early:
                try:
                    state.load_index()
                    _Splice(state, cache_dir, out).run(now, changed, jobs, on_skip, early)
                except Declined:
                    return None
        prune_cache(cache_dir, {cache_dir / key for _, key in now.values()})
        if progress:
            progress(len(files))
        return state.summary


class _Splice:
    """One incremental rebuild: the changed articles applied to the state one by one, in article order
    (:meth:`step`), then the new files written from the old ones and the rewritten blocks (:meth:`run`)."""

    def __init__(self, state: _State, cache_dir: Path, out: Path) -> None:
        self.state = state
        self.cache_dir = cache_dir
        self.out = out
        # the articles changed so far as they are now (extraction, entity ids by name, facts; None when removed),
        # and unchanged ones read back from the cache
        self.current: dict[str, tuple[dict[str, Any] | None, dict[str, str], set[Fact]]] = {}
        self.unchanged: dict[str, tuple[dict[str, Any], dict[str, str], set[Fact]]] = {}
        self.union: dict[str, set[tuple[str, str]]] = {}  # union subject -> its new (p, o) pairs
        self.entities: set[str] = set()  # entity ids whose descriptions change
        self.docs: dict[str, dict[str, Any] | None] = {}  # changed article -> its new metadata (None: removed)
        self.blocks: dict[str, tuple[bytes, bytes, dict[str, str] | None]] = {}  # doc -> (trig, ttl, names)
        self.union_old: mmap.mmap | None = None

    # -- the index

    def _resolve(self, ex: dict[str, Any], doc: str) -> tuple[list[str], dict[Key, str]]:
        """Each entity's id, as :meth:`kg.rdf.EntityIndex.add` gives it to an article at ``doc``'s
        place, and the keys the article registers first (with their ids)."""
        keys_state = self.state.keys
        local: dict[Key, str] = {}
        eids = []
        for ent in ex["entities"]:
            keys = entity_keys(ent)
            typ = ent["type"]
            if typ == "Locality" and ent.get("code"):
                eid = _entity_id("Locality", ent["name"], ent["code"])
            else:
                for k in keys:
                    eid = local.get(k)
                    if eid is None:
                        entry = keys_state.get(k)
                        if entry is not None and entry[1] < doc:
                            eid = entry[0]
                    if eid is not None:
                        break
                else:
                    eid = _entity_id(typ, ent["name"])
            eids.append(eid)
            for k in keys:
                if k not in local:
                    entry = keys_state.get(k)
                    if entry is None or entry[1] >= doc:
                        local[k] = eid
        return eids, local

    def _check(self, doc: str, old: dict[str, Any] | None, old_eids: list[str], old_first: dict[Key, str],
               new: dict[str, Any] | None, new_eids: list[str], new_first: dict[Key, str]) -> dict[Key, str]:
        """Raise :class:`Declined` when replacing ``old`` by ``new`` could change another article's ids.
        Returns the keys the old
        version registered first that other articles also carry (with their ids): who holds them
        next is checked once the index is updated (:meth:`_hand_over`)."""
        lost: dict[Key, str] = {}
        keys_state, records = self.state.keys, self.state.records
        old_counts = Counter(k for ent in (old["entities"] if old else ()) for k in entity_keys(ent))
        for k in old_first.keys() | new_first.keys():
            if k in old_first and k in new_first:
                if old_first[k] != new_first[k]:
                    raise Declined(f"{doc}: a key it registers first names another entity now")
            elif k in new_first:
                entry = keys_state.get(k)
                if entry is not None and entry[0] != new_first[k]:
                    raise Declined(f"{doc}: it now registers a key first that a later article gave another entity")
            elif keys_state[k][2] != old_counts[k]:
                lost[k] = old_first[k]
        return lost

    def _hand_over(self, k: Key, eid: str, doc: str) -> None:
        """Key ``k``, registered first by ``doc``'s old version (for ``eid``) and not by its new one,
        passes to the next article carrying it; raise :class:`Declined` unless that article still
        gives every entity the id it had, and ``k`` the same id."""
        entry = self.state.keys[k]
        rec = self.state.records.get(eid)
        holders, found = [], 0
        for other in sorted(rec["articles"] - {doc}) if rec is not None else ():
            ex = self._version(other)[0]
            n = sum(k in entity_keys(ent) for ent in ex["entities"]) if ex is not None else 0
            if n:
                holders.append(other)
                found += n
        if found != entry[2] or holders[0] < doc:
            raise Declined(f"{doc}: a key it no longer registers first is carried by entities named otherwise")
        entry[1] = holders[0]
        self._verify(holders[0])  # which also checks that the holder registers k, for eid

    def _verify(self, doc: str) -> tuple[list[str], dict[Key, str]]:
        """Resolve the current version of ``doc`` again; raise :class:`Declined` unless its entities
        keep the ids it has and it registers first exactly the keys the index says it does."""
        ex, names, _ = self._version(doc)
        if ex is None:
            return [], {}
        eids, first = self._resolve(ex, doc)
        names_again = {ent["name"]: eid for ent, eid in zip(ex["entities"], eids)}
        keys_state = self.state.keys
        registered = {k for ent in ex["entities"] for k in entity_keys(ent) if keys_state[k][1] == doc}
        if names_again != names or registered != first.keys() or \
                any(keys_state[k][0] != eid for k, eid in first.items()):
            raise Declined(f"{doc}: its entities no longer resolve as the exports have them")
        return eids, first

    def _unindex(self, doc: str, ex: dict[str, Any], eids: list[str]) -> None:
        keys_state, records = self.state.keys, self.state.records
        for ent, eid in zip(ex["entities"], eids):
            rec = records[eid]
            _decrement(rec["names"], ent["name"])
            for alias in ent.get("aliases") or ():
                _decrement(rec["aliases"], alias)
            for k in entity_keys(ent):
                entry = keys_state[k]
                entry[2] -= 1
                if not entry[2]:
                    del keys_state[k]
        for eid in set(eids):
            rec = records[eid]
            rec["articles"].discard(doc)
            if not rec["articles"]:
                del records[eid]
            elif rec["first"] == doc:  # records are made in article order: the next article naming it makes it
                self._made_by(rec, eid, min(rec["articles"]))

    def _made_by(self, rec: dict[str, Any], eid: str, doc: str) -> None:
        """Make article ``doc`` the one that created ``rec``: its first mention of the entity sets the
        class, code and rule a full build would have taken from it."""
        ex, names, _ = self._version(doc)
        ent = next((e for e in ex["entities"] if e["type"] == rec["type"] and names.get(e["name"]) == eid), None)
        if ent is None:
            raise Declined(f"{doc}: which of its mentions made an entity is unclear")
        rec.update(first=doc, type=ent["type"], code=ent.get("code"), rule=ent.get("rule"))

    def _index(self, doc: str, ex: dict[str, Any], eids: list[str], first: dict[Key, str]) -> None:
        keys_state, records = self.state.keys, self.state.records
        for ent, eid in zip(ex["entities"], eids):
            rec = records.get(eid)
            if rec is None:
                rec = records[eid] = new_record(ent, doc)
            elif rec["first"] > doc:
                rec.update(first=doc, type=ent["type"], code=ent.get("code"), rule=ent.get("rule"))
            rec["names"][ent["name"]] += 1
            for alias in ent.get("aliases") or ():
                rec["aliases"][alias] += 1
            rec["articles"].add(doc)
            for k in entity_keys(ent):
                entry = keys_state.get(k)
                if entry is None:
                    entry = keys_state[k] = [first[k], doc, 0]
                elif k in first:
                    entry[1] = doc
                entry[2] += 1

    # -- articles' facts

    def _old_version(self, doc: str) -> tuple[dict[str, Any], dict[str, str], set[Fact]]:
        """The article as the exports hold it: its extraction, entity ids by name and facts."""
        key, _ts, _te, _ls, _le, names = self.state.articles[doc]
        hit = _read_cache(self.cache_dir / key, doc)
        if hit is None:
            raise Declined(f"{doc}: its cache entry is gone")
        ex, graph = hit
        if names is None:
            names = provisional_ids(ex)
            if graph is not None:
                return ex, names, {tuple(f) for f in graph["facts"]}
        terms = {eid: _iri(eid) for eid in names.values()}
        return ex, names, set(_render_article(ex, names, terms)["facts"])

    def _version(self, doc: str) -> tuple[dict[str, Any] | None, dict[str, str], set[Fact]]:
        """An article as it is now: changed already, or as the exports hold it."""
        version = self.current.get(doc) or self.unchanged.get(doc)
        if version is None:
            version = self.unchanged[doc] = self._old_version(doc)
        return version

    def _stated_elsewhere(self, fact: Fact, doc: str) -> bool:
        s, _, o = fact
        if o.startswith(_FIGURE):
            return False  # a figure node is its article's own
        records = self.state.records
        rs, ro = records.get(s[1:-1]), records.get(o[1:-1])
        if rs is None or ro is None:
            return False
        return any(fact in self._version(other)[2] for other in sorted((rs["articles"] & ro["articles"]) - {doc}))

    # -- one change

    def step(self, doc: str, new: tuple[dict[str, Any], dict[str, Any] | None] | None) -> None:
        """Replace article ``doc``'s old version (if any) by ``new`` (if any) in the index and plan."""
        old_ex, _, old_facts = self._version(doc) if doc in self.state.articles else (None, {}, set())
        old_eids, old_first = self._verify(doc) if old_ex is not None else ([], {})
        new_ex, rendered = new if new is not None else (None, None)
        new_eids, new_first = self._resolve(new_ex, doc) if new_ex is not None else ([], {})
        lost = self._check(doc, old_ex, old_eids, old_first, new_ex, new_eids, new_first)

        summary = self.state.summary
        if old_ex is not None:
            self._unindex(doc, old_ex, old_eids)
            summary.remove(old_ex)
        new_facts: set[Fact] = set()
        names: dict[str, str] = {}
        if new_ex is not None:
            self._index(doc, new_ex, new_eids, new_first)
            summary.add(new_ex)
            names = {ent["name"]: eid for ent, eid in zip(new_ex["entities"], new_eids)}
            provisional = names == (rendered["ids"] if rendered is not None else provisional_ids(new_ex))
            if rendered is None or not provisional:
                rendered = _render_article(new_ex, names, {eid: _iri(eid) for eid in names.values()})
            new_facts = {tuple(f) for f in rendered["facts"]}
            self.blocks[doc] = (trig_block(doc, rendered), rendered["own"], None if provisional else names)
            self.docs[doc] = {k: new_ex.get(k) for k in ("doc", "title", "date", "source")}
        else:
            self.docs[doc] = None
        self.current[doc] = (new_ex, names, new_facts)
        self.unchanged.pop(doc, None)
        for k, eid in lost.items():
            self._hand_over(k, eid, doc)
        self.entities.update(old_eids, new_eids)

        by_subject_old, by_subject_new = _by_subject(old_facts), _by_subject(new_facts)
        for s in by_subject_old.keys() | by_subject_new.keys():
            pairs = self._union_pairs(s)
            gone = by_subject_old.get(s, set()) - by_subject_new.get(s, set())
            for p, o in gone:
                if not self._stated_elsewhere((s, p, o), doc):
                    pairs.discard((p, o))
            pairs |= by_subject_new.get(s, set())
            self.union[s] = pairs

    def _union_pairs(self, s: str) -> set[tuple[str, str]]:
        pairs = self.union.get(s)
        if pairs is None:
            assert self.union_old is not None
            block = _find_block(self.union_old, self.state.sections[2], len(self.union_old), s.encode())
            pairs = _parse_block(block) if block is not None else set()
        return pairs

    # -- the whole splice

    def run(self, now: dict[str, tuple[Path, str]], changed: list[str], jobs: int,
            on_skip: OnSkip | None = None, early: EarlyExtraction | None = None) -> None:
        """Extract the ``changed`` articles still present, splice them in, write both files and the new
        state. ``now`` maps every article's name to its file and cache key; an article ``on_skip``
        is told of is spliced out, as if it were gone."""
        state, out = self.state, self.out
        fresh = {ex["doc"]: (ex, graph) for ex, graph in
                 iter_rendered([now[d][0] for d in changed if d in now], jobs=jobs, cache_dir=self.cache_dir,
                               on_skip=on_skip, early=early)}
        now = {d: v for d, v in now.items() if d in fresh or d not in changed}
        with ExitStack() as stack:
            olds, fds = {}, {}
            for name in EXPORTS:
                fh = stack.enter_context(open(out / name, "rb"))
                fds[name] = fh.fileno()
                olds[name] = stack.enter_context(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
            self.union_old = olds["graph.ttl"]
            for doc in changed:
                self.step(doc, fresh.get(doc))
            described = self._described_blocks()
            union = {s.encode(): _render({s: sorted(pairs)}).encode() if pairs else None
                     for s, pairs in self.union.items()}
            order = sorted(now)
            temps: list[str] = []
            try:
                for name in EXPORTS:
                    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=out)
                    os.close(fd)
                    temps.append(tmp)
                # the two files are written side by side: most of each is a copy in the kernel, which
                # releases the GIL, so the copies run on two cores
                placed_trig: dict[str, list[int]] = {}
                placed_ttl: dict[str, list[int]] = {}
                with ThreadPoolExecutor(2) as pool:
                    trig = pool.submit(self._write_trig, temps[0], olds["graph.trig"], fds["graph.trig"], order,
                                       described, placed_trig)
                    ttl = pool.submit(self._write_ttl, temps[1], olds["graph.ttl"], fds["graph.ttl"], order,
                                      described, union, placed_ttl)
                    sections, more = trig.result(), ttl.result()
                placed = {doc: placed_trig[doc] + placed_ttl[doc] for doc in order}
                self.union_old = None
                forget_state(self.cache_dir)
                publish(temps, [out / name for name in EXPORTS])
            finally:
                for tmp in temps:
                    Path(tmp).unlink(missing_ok=True)
        articles = []
        for doc in order:
            key = now[doc][1]
            if doc in self.blocks:
                articles.append([doc, key, *placed[doc], self.blocks[doc][2]])
            else:
                articles.append([doc, key, *placed[doc], state.articles[doc][5]])
        _write_state(self.cache_dir, out, [sections, *more], articles, state.keys, state.records.rows(), state.summary)

    def _described_blocks(self) -> dict[bytes, bytes | None]:
        """The default graph's blocks to replace (None: to remove), by subject."""
        records = self.state.records
        arts: dict[str, str] = {}
        blocks: dict[bytes, bytes | None] = {}
        for eid in self.entities:
            term = _iri(eid)
            rec = records.get(eid)
            blocks[term.encode()] = _render({term: describe_entity(rec, arts)}).encode() if rec else None
        for doc, meta in self.docs.items():
            art, graph = f"<{_ID}article/{_slug(doc)}>", f"<{_ID}graph/{_slug(doc)}>"
            if meta is None:
                blocks[art.encode()] = blocks[graph.encode()] = None
            else:
                for s, pos in describe_article(meta).items():
                    blocks[s.encode()] = _render({s: pos}).encode()
        return blocks

    def _write_trig(self, tmp: str, old: mmap.mmap, old_fd: int, order: list[str],
                    described: dict[bytes, bytes | None], placed: dict[str, list[int]]) -> int:
        """Write the new TriG file to ``tmp``; returns where its default graph begins."""
        with open(tmp, "wb", buffering=0) as fh:
            w = _Splicer(old, old_fd, fh)
            w.copy(0, self._prefix_end(0))
            for doc, span in self._copy_articles(w, order, 0):
                placed[doc] = span
            section = w.pos
            w.splice(self.state.sections[0], len(old), described)
            w.flush()
        return section

    def _write_ttl(self, tmp: str, old: mmap.mmap, old_fd: int, order: list[str],
                   described: dict[bytes, bytes | None], union: dict[bytes, bytes | None],
                   placed: dict[str, list[int]]) -> list[int]:
        """Write the new Turtle file to ``tmp``; returns where its entities' and union's blocks begin."""
        with open(tmp, "wb", buffering=0) as fh:
            w = _Splicer(old, old_fd, fh)
            w.copy(0, self._prefix_end(2))
            for doc, span in self._copy_articles(w, order, 1):
                placed[doc] = span
            d0 = w.pos
            w.splice(self.state.sections[1], self.state.sections[2], described)
            d1 = w.pos
            w.splice(self.state.sections[2], len(old), union)
            w.flush()
        return [d0, d1]

    def _copy_articles(self, w: _Splicer, order: list[str], which: int) -> Iterator[tuple[str, list[int]]]:
        """Each article's graph in article order (``which``: 0 the TriG's named graph, 1 the Turtle's
        own nodes), the new block of a changed one and the old bytes of the rest; yields where each
        now lies."""
        for doc in order:
            start = w.pos
            if doc in self.blocks:
                w.write(self.blocks[doc][which])
            else:
                entry = self.state.articles[doc]  # [key, trig start, trig end, ttl start, ttl end, names]
                w.copy(entry[1 + 2 * which], entry[2 + 2 * which])
            yield doc, [start, w.pos]

    def _prefix_end(self, column: int) -> int:
        """Where the prefix lines end in the old file (``column`` 0: TriG, 2: Turtle)."""
        for entry in self.state.articles.values():
            return entry[column + 1]
        return self.state.sections[0 if column == 0 else 1]


def entity_keys(ent: dict[str, Any]) -> list[Key]:
    """:func:`kg.rdf.entity_keys`, as the state spells them."""
    return [f"{typ}\x1f{folded}" for typ, folded in _entity_keys(ent)]


def _decrement(counts: dict[str, int], key: str) -> None:
    n = counts[key] - 1
    if n:
        counts[key] = n
    else:
        del counts[key]


def _by_subject(facts: set[Fact]) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for s, p, o in facts:
        out.setdefault(s, set()).add((p, o))
    return out


# ---------------------------------------------------------------- bytes


class _Splicer:
    """Writes a new file from ranges of the old one (copied in the kernel where it can) and new bytes,
    keeping count of the position."""

    def __init__(self, old: mmap.mmap, old_fd: int, fh: Any) -> None:
        self.old, self.old_fd, self.fh, self.pos = old, old_fd, fh, 0
        self.pending: tuple[int, int] | None = None  # an old range not yet copied, grown while ranges touch

    def copy(self, start: int, end: int) -> None:
        if end <= start:
            return
        if self.pending is not None and self.pending[1] == start:
            self.pending = (self.pending[0], end)
        else:
            self.flush()
            self.pending = (start, end)
        self.pos += end - start

    def write(self, data: bytes) -> None:
        self.flush()
        view = memoryview(data)
        while view:
            view = view[self.fh.write(view):]
        self.pos += len(data)

    def flush(self) -> None:
        if self.pending is None:
            return
        start, end = self.pending
        self.pending = None
        _copy_range(self.old, self.old_fd, self.fh, start, end)

    def splice(self, start: int, end: int, blocks: dict[bytes, bytes | None]) -> None:
        """Copy the sorted blocks of ``[start, end)``, with ``blocks`` (by subject) replacing, adding
        (in subject order) or, where None, removing blocks."""
        cursor = start
        for subject in sorted(blocks):
            at = _lower_bound(self.old, start, end, subject)
            self.copy(cursor, at)
            if at < end and _subject_at(self.old, at) == subject:
                cursor = _next_block(self.old, start, end, at + 1)
            else:
                cursor = at
            if blocks[subject] is not None:
                self.write(blocks[subject])
        self.copy(cursor, end)


def _copy_range(src: mmap.mmap, src_fd: int, fh: Any, start: int, end: int) -> None:
    """Append bytes ``[start, end)`` of the mapped file (open as ``src_fd``) to ``fh``: in the kernel
    where it can (``copy_file_range``), else through the map."""
    try:
        while start < end:
            n = os.copy_file_range(src_fd, fh.fileno(), end - start, start)
            if n <= 0:
                break
            start += n
    except (OSError, AttributeError):  # no such call here, or not between these files
        pass
    while start < end:
        step = min(end, start + (64 << 20))
        view = memoryview(src)[start:step]
        try:
            while view:
                view = view[fh.write(view):]
        finally:
            view.release()
        start = step


def _next_block(m: mmap.mmap, start: int, end: int, pos: int) -> int:
    """The first block of ``[start, end)`` beginning at or after ``pos`` (``end`` when none).
    Blocks end with a blank line, which no block holds (literals escape their newlines)."""
    if pos <= start:
        return start
    j = m.find(b"\n\n", max(start, pos - 2), end)
    return end if j < 0 else j + 2


def _subject_at(m: mmap.mmap, pos: int) -> bytes:
    return m[pos:m.find(b" ", pos)]


def _lower_bound(m: mmap.mmap, start: int, end: int, subject: bytes) -> int:
    """Where the first block whose subject is not less than ``subject`` begins, by bisection over bytes
    (the blocks are sorted by subject; UTF-8 sorts as code points do)."""
    lo, hi = start, end
    while lo < hi:
        mid = (lo + hi) // 2
        block = _next_block(m, start, end, mid)
        if block >= end or _subject_at(m, block) >= subject:
            hi = mid
        else:
            lo = mid + 1
    return _next_block(m, start, end, lo)


def _find_block(m: mmap.mmap, start: int, end: int, subject: bytes) -> bytes | None:
    at = _lower_bound(m, start, end, subject)
    if at >= end or _subject_at(m, at) != subject:
        return None
    return m[at:_next_block(m, start, end, at + 1)]


def _parse_block(block: bytes) -> set[tuple[str, str]]:
    """The (predicate, object) pairs of one block of the union, whose objects are all IRIs."""
    pairs = set()
    lines = block.decode().rstrip("\n").split("\n")
    _, p, o = lines[0][:-2].split(" ", 2)
    pairs.add((p, o))
    for line in lines[1:]:
        body = line[:-2]
        if body.startswith("        "):
            o = body.strip()
        else:
            p, o = body.strip().split(" ", 1)
        pairs.add((p, o))
    return pairs
