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


def _extract_safe(path: str) -> tuple[str, dict[str, Any] | None, str | None]:
    try:
        return path, _extract_path(path), None
    except InputError as exc:
        return path, None, str(exc)


def extract_paths(paths: Iterable[str | Path], *, jobs: int = 1, cache_dir: Path | None = None,
                  progress: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """Extraction results for every article under ``paths``, in path order.

    Raises :class:`InputError` for the first bad input, before anything is written.
    """
    files = collect_paths(paths)
    results: dict[str, dict[str, Any]] = {}
    todo: list[str] = []
    keys: dict[str, Path] = {}
    for f in files:
        if cache_dir is not None:
            key = cache_dir / f"{content_hash(f)}-{extractor_fingerprint()}.json"
            keys[str(f)] = key
            if key.exists():
                try:
                    cached = json.loads(key.read_text(encoding="utf-8"))
                    cached["doc"] = f.name
                    results[str(f)] = cached
                    if progress:
                        progress(1)
                    continue
                except (OSError, ValueError):
                    pass
        todo.append(str(f))
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            outcomes = pool.map(_extract_safe, todo, chunksize=max(1, len(todo) // (jobs * 8)))
            for path, res, err in outcomes:
                if err:
                    raise InputError(path, err.split(": ", 1)[-1])
                results[path] = res
                if progress:
                    progress(1)
    else:
        for path in todo:
            results[path] = _extract_path(path)
            if progress:
                progress(1)
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for path in todo:
            atomic_write(keys[path], json.dumps(results[path], ensure_ascii=False))
    return [results[str(f)] for f in files]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Extraction results saved by ``kg extract`` (one JSON object per line)."""
    if not path.exists():
        raise InputError(path, "no such file")
    out = []
    with path.open(encoding="utf-8") as fh:
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
