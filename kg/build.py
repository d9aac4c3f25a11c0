"""Build the graph from articles: extract (in parallel, cached), merge, write exports atomically.

The cache keys each article by the SHA-256 of its bytes and the extractor
version, so a rebuild after one changed article costs about one article's work.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterable

from kg.errors import InputError, KGError
from kg.ingest import collect_paths, content_hash, read_article
from kg.gcpause import gc_paused

EXTRACTOR_VERSION = "1"
_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of everything extraction depends on (its code and gazetteers).

    Part of every cache key, so editing a rule or a gazetteer never serves
    results of the old extractor.
    """
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    files = sorted([*(_PACKAGE / "extract").glob("*.py"), _PACKAGE / "ingest.py", _PACKAGE / "gazetteer.py",
                    *(_PACKAGE / "data").glob("*.tsv")])
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


def _extract_path(path: str) -> dict[str, Any]:
    from kg.extract import extract_article

    return extract_article(read_article(path))


def _extract_safe(path: str) -> tuple[str, dict[str, Any] | None, tuple[str, str] | None]:
    """For worker processes: an input error comes back as (file, problem), to be raised in the parent."""
    try:
        return path, _extract_path(path), None
    except InputError as exc:
        return path, None, (exc.path, exc.problem)


def extract_paths(paths: Iterable[str | Path], *, jobs: int = 1, cache_dir: Path | None = None,
                  progress: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """Extraction results for every article under ``paths``, in path order.

    Raises :class:`InputError` for the first bad input (in path order), before
    anything but cache entries is written. Each result is cached as soon as it
    is made, so an interrupted or failed build keeps the work already done.
    With ``jobs > 1`` articles are extracted in that many processes; the
    results are the same as with one.
    """
    files = collect_paths(paths)
    results: dict[str, dict[str, Any]] = {}
    todo: list[str] = []
    keys: dict[str, Path] = {}
    with gc_paused():
        for f in files:
            if cache_dir is not None:
                key = cache_dir / f"{content_hash(f)}-{extractor_fingerprint()}.json"
                keys[str(f)] = key
                cached = _read_cache(key)
                if cached is not None:
                    cached["doc"] = f.name
                    results[str(f)] = cached
                    if progress:
                        progress(1)
                    continue
            todo.append(str(f))
    if cache_dir is not None and todo:
        cache_dir.mkdir(parents=True, exist_ok=True)

    def done(path: str, res: dict[str, Any]) -> None:
        results[path] = res
        if cache_dir is not None:
            atomic_write(keys[path], json.dumps(res, ensure_ascii=False))
        if progress:
            progress(1)

    if jobs > 1 and len(todo) > 1:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)))
        try:
            chunk = max(1, min(32, len(todo) // (jobs * 4)))
            with gc_paused():  # this process only receives results (no cycles) while workers extract
                for path, res, err in pool.map(_extract_safe, todo, chunksize=chunk):
                    if err is not None:
                        raise InputError(*err)
                    done(path, res)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        for path in todo:
            done(path, _extract_path(path))
    return [results[str(f)] for f in files]


def _read_cache(key: Path) -> dict[str, Any] | None:
    try:
        with key.open(encoding="utf-8") as fh:
            obj = json.load(fh)
    except (OSError, ValueError):
        return None
    return obj if isinstance(obj, dict) else None


def write_exports(ds: Any, out: Path) -> tuple[Path, Path]:
    """Write ``graph.trig`` and ``graph.ttl`` for a :func:`kg.rdf.build_dataset` result, streaming.

    Both files are written to temporary files first and renamed only when both
    are complete, so a failed build leaves the previous exports untouched; the
    graph text is never held in memory as a whole.
    """
    out.mkdir(parents=True, exist_ok=True)
    targets = [(out / "graph.trig", "trig"), (out / "graph.ttl", "turtle")]
    temps: list[str] = []
    try:
        for path, fmt in targets:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=out)
            os.close(fd)
            temps.append(tmp)
            ds.serialize(destination=tmp, format=fmt)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        for (path, _), tmp in zip(targets, temps):
            os.replace(tmp, path)
    finally:
        for tmp in temps:
            Path(tmp).unlink(missing_ok=True)
    return targets[0][0], targets[1][0]


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
                obj = json.loads(line)
            except ValueError as exc:
                raise InputError(path, f"line {n} is not JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or not {"doc", "entities", "relations"} <= obj.keys():
                raise InputError(path, f"line {n} is not an extraction record (needs doc, entities, relations)")
            out.append(obj)
    if not out:
        raise InputError(path, "no extraction records")
    return out


def summary(extractions: list[dict[str, Any]]) -> tuple[Counter, Counter]:
    """Entities per class (distinct canonical names) and facts per property."""
    ents = Counter()
    seen = set()
    facts = Counter()
    for ex in extractions:
        for e in ex["entities"]:
            if (e["type"], e["name"]) not in seen:
                seen.add((e["type"], e["name"]))
                ents[e["type"]] += 1
        for r in ex["relations"]:
            facts[r["p"]] += 1
        facts["(figures)"] += len(ex.get("figures", []))
    return ents, facts


def check_unique_docs(extractions: list[dict[str, Any]]) -> None:
    seen = {}
    for ex in extractions:
        if ex["doc"] in seen:
            raise KGError(f"{ex['doc']}: two articles share this file name; names identify articles")
        seen[ex["doc"]] = True
