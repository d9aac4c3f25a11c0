"""Build the graph from articles: extract (in parallel, cached), merge, write exports atomically.

The cache keys each article by the SHA-256 of its bytes and the extractor
version, so a rebuild re-extracts only changed articles; :mod:`kg.splice` then
splices them into the previous exports instead of writing the whole graph again.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import multiprocessing
import os
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import orjson

from kg.errors import ExtractionError, InputError, KGError
from kg.ingest import collect_paths, content_hash, read_article
from kg.gcpause import gc_paused

EXTRACTOR_VERSION = "2"  # the cache entry's layout (2: the graph's text as raw bytes after the JSON)
_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def cache_fingerprint() -> str:
    """A digest of everything a cache entry depends on: the extractor's code and gazetteers,
    and the code that renders an article's graph.

    Part of every cache key, so editing a rule, a gazetteer or the graph writer
    never serves results of the old code.
    """
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    files = sorted([*(_PACKAGE / "extract").glob("*.py"), _PACKAGE / "ingest.py", _PACKAGE / "gazetteer.py",
                    _PACKAGE / "rdf.py", _PACKAGE / "namespace.py", *(_PACKAGE / "data").glob("*.tsv")])
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def atomic_write(path: Path, data: bytes | str) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half-written export."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


Rendered = dict[str, Any]  # kg.rdf.render_article's result


def _extract_path(path: str, render: bool = False, cache_key: Path | None = None
                  ) -> tuple[dict[str, Any], Rendered | None]:
    """Extract (and with ``render``, render the graph of) one article; with ``cache_key``, also
    write the cache entry, here, in the worker, so the main process only writes the graph."""
    ex, _, graph = _extract_encoded(path, render, cache_key)
    return ex, graph


def _extract_encoded(path: str, render: bool, cache_key: Path | None
                     ) -> tuple[dict[str, Any], bytes | None, Rendered | None]:
    """:func:`_extract_path`'s work, with the extraction also as its JSON bytes when the cache
    entry needed them (made once: the entry and a worker's reply share them)."""
    from kg.extract import extract_article

    # The cyclic collector is paused here (write_exports pauses it for its acyclic strings, and
    # forked workers inherit that): extraction and rendering make no reference cycles (a test
    # holds them to it), so all they make is freed by reference counting.
    article = read_article(path)
    try:
        ex = extract_article(article)
    except Exception as exc:  # noqa: BLE001 (any bug in a rule: name the article that meets it)
        raise ExtractionError(path, f"extraction failed ({type(exc).__name__}: {exc}); this is a bug in kg, "
                                    "please report it with this article") from exc
    graph = None
    if render:
        from kg.rdf import render_article

        graph = render_article(ex)
    encoded = None
    if cache_key is not None:
        encoded = orjson.dumps(ex)
        atomic_write(cache_key, _cache_entry(encoded, graph))
    return ex, encoded, graph


def _cache_entry(encoded: bytes, graph: Rendered | None) -> bytes:
    """A cache entry: one JSON line (the extraction, given as its JSON bytes, and the rendered
    graph's ids and facts), then the graph's text as the UTF-8 bytes it is written as, so reading
    it back parses no Turtle text out of JSON strings (most of an entry's bytes). The line is
    what ``orjson.dumps({"extraction": ex, "graph": head})`` makes."""
    if graph is None:
        return b'{"extraction":' + encoded + b',"graph":null}'
    texts = (graph["facts_text"], graph["evidence"], graph["own"])
    head = {"ids": graph["ids"], "facts": graph["facts"], "sizes": [len(t) for t in texts]}
    return b"".join((b'{"extraction":', encoded, b',"graph":', orjson.dumps(head), b"}\n", *texts))


def _extract_safe(path: str, render: bool, cache_key: Path | None
                  ) -> tuple[str, dict[str, Any] | None, Rendered | None, tuple[str, str] | None]:
    """An input error comes back as (file, problem), to be raised where the results are read."""
    try:
        return path, *_extract_path(path, render, cache_key), None
    except InputError as exc:
        return path, None, None, (exc.path, exc.problem)


def _extract_for_parent(path: str, render: bool, cache_key: Path | None
                        ) -> tuple[str, bytes | None, Rendered | None, tuple[str, str] | None]:
    """:func:`_extract_safe` in a worker process. The extraction travels as its JSON bytes: they
    cost the two processes less than pickling its nested dicts does (0.27 against 0.69 ms an
    article), and with the cache on, its entry has made them already."""
    try:
        ex, encoded, graph = _extract_encoded(path, render, cache_key)
    except InputError as exc:
        return path, None, None, (exc.path, exc.problem)
    return path, encoded if encoded is not None else orjson.dumps(ex), graph, None


def _from_worker(reply: tuple[str, bytes | None, Rendered | None, tuple[str, str] | None]
                 ) -> tuple[str, dict[str, Any] | None, Rendered | None, tuple[str, str] | None]:
    """A worker's reply as :func:`_extract_safe` gives it (the extraction decoded)."""
    path, encoded, graph, err = reply
    return path, (orjson.loads(encoded) if encoded is not None else None), graph, err


OnSkip = Callable[[InputError], None]  # told of an article left out, with what is wrong with it


def extract_paths(paths: Iterable[str | Path], *, jobs: int = 1, cache_dir: Path | None = None,
                  progress: Callable[[int], None] | None = None, on_skip: OnSkip | None = None
                  ) -> list[dict[str, Any]]:
    """Extraction results for every article under ``paths``, in article-name order.

    The list form of :func:`iter_extractions` (which see).
    """
    return list(iter_extractions(paths, jobs=jobs, cache_dir=cache_dir, progress=progress, on_skip=on_skip))


def iter_extractions(paths: Iterable[str | Path], *, jobs: int = 1, cache_dir: Path | None = None,
                     progress: Callable[[int], None] | None = None, on_skip: OnSkip | None = None
                     ) -> Iterator[dict[str, Any]]:
    """Extraction results for every article under ``paths``, yielded one by one in article-name order.

    Article names (file names) are unique, so the order is the graph's canonical
    article order and a consumer can write each result as it arrives. Raises
    :class:`InputError` for the first bad input in that order (an article that
    cannot be read, or whose extraction fails); with ``on_skip``, such an article
    is left out instead and its error handed to ``on_skip``, so one bad file in
    an archive does not stop the build. Each result is
    cached as soon as it is made, so an interrupted or failed build keeps the
    work already done. With ``jobs > 1`` articles are extracted in that many
    processes, forked from this one after the extractor is loaded (so workers
    start warm); the results are the same as with one.
    """
    for ex, _ in _iter_results(paths, jobs, cache_dir, progress, render=False, on_skip=on_skip):
        yield ex


def iter_rendered(paths: Iterable[str | Path], *, jobs: int = 1, cache_dir: Path | None = None,
                  progress: Callable[[int], None] | None = None, prune: bool = False,
                  cache_keys: dict[str, str] | None = None, on_skip: OnSkip | None = None,
                  early: EarlyExtraction | None = None) -> Iterator[tuple[dict[str, Any], Rendered | None]]:
    """Like :func:`iter_extractions`, each result with its named graph rendered by the worker
    that extracted it (:func:`kg.rdf.render_article`), for :func:`write_exports`.

    With ``prune``, once every article has been yielded, cache entries none of
    them used (older versions of changed articles, entries of older code,
    leftovers of interrupted writes) are deleted: the cache keeps the working
    set of the last build, instead of growing with every edit and every upgrade.
    With ``cache_keys``, each article's cache entry's file name is put there under
    the article's name (a skipped article has none). With ``early``, the articles it
    started extracting are taken from it.
    """
    return _iter_results(paths, jobs, cache_dir, progress, render=True, prune=prune, cache_keys=cache_keys,
                         on_skip=on_skip, early=early)


def cache_key(path: Path) -> str:
    """The file name of an article's cache entry: its content's hash and the code's fingerprint."""
    return f"{content_hash(path)}-{cache_fingerprint()}.json"


def _iter_results(paths: Iterable[str | Path], jobs: int, cache_dir: Path | None,
                  progress: Callable[[int], None] | None, render: bool, prune: bool = False,
                  cache_keys: dict[str, str] | None = None, on_skip: OnSkip | None = None,
                  early: EarlyExtraction | None = None) -> Iterator[tuple[dict[str, Any], Rendered | None]]:
    files = sorted(collect_paths(paths), key=lambda f: (f.name, str(f)))
    keys: dict[str, Path] = {}
    todo: list[str] = []
    for f in files:
        if cache_dir is not None:
            key = keys[str(f)] = cache_dir / cache_key(f)
            if cache_keys is not None:
                cache_keys[f.name] = key.name
            if key.is_file():
                continue  # read when its turn comes, so the cache is never held whole
        todo.append(str(f))
    if cache_dir is not None and todo:
        cache_dir.mkdir(parents=True, exist_ok=True)
    wanted = set(todo)

    def fresh() -> Iterator[tuple[str, dict[str, Any] | None, Rendered | None, tuple[str, str] | None]]:
        started = early.started if early is not None and early.render == render else {}
        if started:
            for path in todo:
                yield _from_worker(started[path].result()) if path in started else _extract_safe(
                    path, render, keys.get(path))
        elif jobs > 1 and len(todo) > 1:
            pool = _worker_pool(min(jobs, len(todo)))
            try:
                chunk = max(1, min(16, len(todo) // (jobs * 8)))
                replies = pool.map(_extract_for_parent, todo, [render] * len(todo),
                                   [keys.get(p) for p in todo], chunksize=chunk)
                yield from map(_from_worker, replies)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
        else:
            for path in todo:
                yield _extract_safe(path, render, keys.get(path))

    made = fresh()
    try:
        for f in files:
            path = str(f)
            hit = None if path in wanted else _read_cache(keys[path], f.name)
            err = None
            if hit is not None:
                ex, graph = hit
            elif path in wanted:
                done, ex, graph, err = next(made)
                assert done == path
            else:  # a cache entry that could not be read: extract it again
                _, ex, graph, err = _extract_safe(path, render, keys[path])
            if progress:
                progress(1)
            if err is not None:
                if on_skip is None:
                    raise InputError(*err)
                on_skip(InputError(*err))
                if cache_keys is not None:
                    cache_keys.pop(f.name, None)
                continue
            assert ex is not None
            yield ex, graph
    finally:
        made.close()  # stops the workers when the consumer gives up early
    if prune and cache_dir is not None:
        prune_cache(cache_dir, set(keys.values()))


def prune_cache(cache_dir: Path, keep: set[Path]) -> int:
    """Delete the cache entries (and temporary files) of ``cache_dir`` not in ``keep``; returns how many."""
    gone = 0
    if not cache_dir.is_dir():
        return gone
    for entry in cache_dir.iterdir():
        if entry in keep or not entry.is_file() or not (entry.suffix == ".json" or entry.name.startswith(".")):
            continue
        try:
            entry.unlink()
            gone += 1
        except OSError:
            pass
    return gone


def _worker_pool(workers: int) -> ProcessPoolExecutor:
    """Extraction processes: forked after the pipeline and gazetteers are loaded here, where
    fork is available, so each worker skips the 2 s of imports and automaton building."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(max_workers=workers)
    from kg.extract.gazetteer_matcher import find_gazetteer_names
    from kg.extract.pipeline import make_nlp

    import kg.rdf  # noqa: F401  (workers render each article's graph too)

    make_nlp()
    find_gazetteer_names("")
    gc.freeze()  # the loaded tables are permanent: workers' collections need not walk them
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


class EarlyExtraction:
    """Articles' extraction started in worker processes now, to be read later by :func:`iter_rendered`,
    so that the caller's own work in between (an incremental rebuild reading its index) runs beside it.

    The workers are forked cold: they load the pipeline themselves, which is most of the cost
    for a few articles and is what overlaps. Articles with a cache entry are not started.
    Use as a context manager; leaving it stops the workers.
    """

    def __init__(self, paths: list[Path], jobs: int, cache_dir: Path | None, render: bool = True) -> None:
        self.render = render
        self.started: dict[str, Any] = {}  # path -> the Future of its _extract_for_parent reply
        self._pool: ProcessPoolExecutor | None = None
        todo = [str(p) for p in collect_paths(paths) if cache_dir is None or not (cache_dir / cache_key(p)).is_file()]
        if not todo or "fork" not in multiprocessing.get_all_start_methods():
            return
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
        self._pool = ProcessPoolExecutor(max_workers=max(1, min(jobs, len(todo))),
                                         mp_context=multiprocessing.get_context("fork"))
        for path in todo:
            key = cache_dir / cache_key(Path(path)) if cache_dir is not None else None
            self.started[path] = self._pool.submit(_extract_for_parent, path, render, key)

    def __enter__(self) -> EarlyExtraction:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _read_cache(key: Path, doc: str) -> tuple[dict[str, Any], Rendered | None] | None:
    """A cached (extraction, rendered graph) for the article named ``doc``, or None when unreadable.

    The key is the article's content, so a renamed copy hits the same entry: its
    extraction is reused under the new name, its graph (which names the article) is not.
    """
    try:
        head, _, body = key.read_bytes().partition(b"\n")
        obj = orjson.loads(head)
        ex, graph = obj["extraction"], obj["graph"]
        if not isinstance(ex, dict):
            return None
        if graph is not None:
            n_facts, n_evidence, n_own = graph.pop("sizes")
            if len(body) != n_facts + n_evidence + n_own:
                return None  # cut short
            n = n_facts + n_evidence
            graph["facts_text"], graph["evidence"], graph["own"] = body[:n_facts], body[n_facts:n], body[n:]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if ex.get("doc") != doc:
        ex["doc"], graph = doc, None
    return ex, graph


def write_exports(extractions: Iterable[dict[str, Any] | tuple[dict[str, Any], Rendered | None]],
                  out: Path, on_written: Callable[[Any], None] | None = None) -> tuple[Path, Path]:
    """Write ``graph.trig`` and ``graph.ttl`` from extraction results, each written as it arrives.

    ``extractions`` may be a generator (articles are written in the order given;
    give them in name order for the canonical files) of results or of
    (result, rendered graph) pairs from :func:`iter_rendered`, or a
    :class:`kg.rdf.KGDataset`.
    Both files are written to temporary files first and renamed only when both
    are complete, so a failed build, or bad input met halfway, leaves the
    previous exports untouched. Raises :class:`KGError` when two articles share
    a name. ``on_written`` is called with the :class:`kg.rdf.GraphWriter` once
    both files are in place (``kg build`` saves the state of an incremental
    rebuild from it).
    """
    from kg.rdf import GraphWriter, KGDataset

    if isinstance(extractions, KGDataset):
        extractions = extractions.extractions
    out.mkdir(parents=True, exist_ok=True)
    targets = [out / "graph.trig", out / "graph.ttl"]
    temps: list[str] = []
    try:
        with gc_paused():
            handles = []
            for path in targets:
                fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=out)
                temps.append(tmp)
                handles.append(os.fdopen(fd, "wb", buffering=1 << 20))
            with handles[0] as trig, handles[1] as ttl:
                writer = GraphWriter(trig, ttl)
                for item in extractions:
                    ex, rendered = item if isinstance(item, tuple) else (item, None)
                    try:
                        writer.add(ex, rendered)
                    except ValueError as exc:
                        raise KGError(str(exc)) from None
                writer.close()
            publish(temps, targets)
            if on_written is not None:
                on_written(writer)
            # freed now, while the collector is paused: once it resumes, its first collection
            # walks every container made during the pause that is still alive (0.45 s at 10,000
            # articles when the writer's index still was)
            del writer
    finally:
        for tmp in temps:
            Path(tmp).unlink(missing_ok=True)
    return targets[0], targets[1]


def publish(temps: list[str], targets: list[Path]) -> None:
    """Give complete temporary files the permissions a new file would get, and rename each
    onto its target."""
    umask = os.umask(0)
    os.umask(umask)
    for tmp in temps:
        os.chmod(tmp, 0o666 & ~umask)
    for path, tmp in zip(targets, temps):
        os.replace(tmp, path)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Extraction results saved by ``kg extract`` (one JSON object per line)."""
    if not path.exists():
        raise InputError(path, "no such file")
    out = []
    with path.open(encoding="utf-8") as fh, gc_paused():
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = orjson.loads(line)
            except ValueError as exc:
                raise InputError(path, f"line {n} is not JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or not {"doc", "entities", "relations"} <= obj.keys():
                raise InputError(path, f"line {n} is not an extraction record (needs doc, entities, relations)")
            out.append(obj)
    if not out:
        raise InputError(path, "no extraction records")
    return out


class Summary:
    """Entities per class (distinct canonical names) and facts per property, counted as articles pass."""

    def __init__(self) -> None:
        self.entities: Counter = Counter()
        self.facts: Counter = Counter()
        self.articles = 0
        # "class\x1fname" -> mentions, so articles can be taken out (string keys: the incremental
        # rebuild's state holds this dict as it is)
        self.mentions: dict[str, int] = {}

    def add(self, ex: dict[str, Any]) -> dict[str, Any]:
        """Count one article's results; returns them, to sit in a stream."""
        self.articles += 1
        mentions = self.mentions
        for e in ex["entities"]:
            key = f"{e['type']}\x1f{e['name']}"
            n = mentions.get(key, 0)
            if not n:
                self.entities[e["type"]] += 1
            mentions[key] = n + 1
        for r in ex["relations"]:
            self.facts[r["p"]] += 1
        self.facts["(figures)"] += len(ex.get("figures", []))
        return ex

    def remove(self, ex: dict[str, Any]) -> None:
        """Take out one article's results, counted before by :meth:`add`."""
        self.articles -= 1
        mentions = self.mentions
        for e in ex["entities"]:
            key = f"{e['type']}\x1f{e['name']}"
            n = mentions[key] - 1
            if n:
                mentions[key] = n
            else:
                del mentions[key]
                self.entities[e["type"]] -= 1
        for r in ex["relations"]:
            self.facts[r["p"]] -= 1
        self.facts["(figures)"] -= len(ex.get("figures", []))
        self.entities, self.facts = +self.entities, +self.facts  # drops what fell to zero


def summary(extractions: Iterable[dict[str, Any]]) -> tuple[Counter, Counter]:
    """Entities per class (distinct canonical names) and facts per property."""
    s = Summary()
    for ex in extractions:
        s.add(ex)
    return s.entities, s.facts
