"""Check a writer's batch for the independent set before it is copied in.

What a batch must be is in BRIEF.md beside this file: six articles, a gold file in the format of
the spec (``../shared/spec/EXTRACTION.md``), one notes file. This checks the format, the classes
and property domains, that names of the kinds a writer invents appear in the article, and that no
invented name is taken from the seed articles. It reads only the batch's folder and the seeds.

Usage: ``python3 validate_batch.py OUT BATCH [--shared ../shared]``; prints each problem on its
own line and ``OK`` when there is none (exit status 0 only then).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

CLASSES = {
    "University", "ResearchInstitute", "AcademicUnit", "Locality", "Enterprise",
    "GovernmentAgency", "Team", "Person", "Platform", "Field",
}
ORGS = {"University", "ResearchInstitute", "AcademicUnit", "Enterprise", "GovernmentAgency",
        "Platform", "Team"}
DOMAINS = {
    "servesIn": ({"Team"}, {"Locality"}),
    "memberOf": ({"Person"}, {"Team"}),
    "leads": ({"Person"}, {"Team"}),
    "affiliatedWith": ({"Person"}, {"University", "AcademicUnit", "ResearchInstitute",
                                    "Enterprise", "GovernmentAgency"}),
    "memberInstitution": ({"Team"}, {"University", "ResearchInstitute", "GovernmentAgency",
                                     "Enterprise"}),
    "collaboratesWith": (ORGS | {"Locality"}, ORGS | {"Locality"}),
    "brokered": ({"Team", "Person"}, ORGS | {"Locality"}),
    "visited": ({"Team", "Person"}, ORGS | {"Locality"}),
    "locatedIn": ({"Enterprise", "Platform", "Locality", "University", "GovernmentAgency"},
                  {"Locality"}),
    "partOf": ({"AcademicUnit", "Team"}, {"University", "Team"}),
    "hostedBy": ({"Platform"}, {"University", "ResearchInstitute", "AcademicUnit", "Enterprise"}),
    "hasField": ({"University", "Enterprise", "Locality", "Team", "Platform"}, {"Field"}),
}
PART_OF = {("AcademicUnit", "University"), ("Team", "Team")}
UNITS = {"CNY", "count", "person", "rank"}
APPROX = {"余", "超", "近", "约", None}
NAMED_IN_TEXT = {"Enterprise", "Person", "Platform", "Field", "AcademicUnit"}
INVENTED = {"Enterprise", "Person", "Platform"}


def norm(text: str) -> str:
    """Width- and space-normalised form, as the spec's scoring compares names."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def seed_names(shared: Path) -> set[str]:
    """Invented-kind names (three characters or more) of the seeds' gold."""
    names: set[str] = set()
    for line in (shared / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for entity in json.loads(line)["entities"]:
            if entity["type"] in INVENTED:
                for name in [entity["name"], *entity.get("aliases", [])]:
                    if len(norm(name)) >= 3:
                        names.add(norm(name))
    return names


def check(out: Path, batch: str, shared: Path) -> list[str]:
    problems: list[str] = []
    articles = sorted((out / "articles").glob(f"{batch}_*.txt"))
    if len(articles) != 6:
        problems.append(f"{out / 'articles'}: {len(articles)} articles of {batch}, not 6")
    if not (out / f"{batch}.md").is_file():
        problems.append(f"{out / (batch + '.md')}: notes file missing")
    texts = {a.name: a.read_text(encoding="utf-8") for a in articles}
    for name, text in texts.items():
        size = len(norm(text))
        if not 200 <= size <= 2000:
            problems.append(f"{name}: {size} characters, not 200-2000")
    gold_path = out / "gold.jsonl"
    if not gold_path.is_file():
        return problems + [f"{gold_path}: missing"]
    seeds = seed_names(shared)
    seen_docs: set[str] = set()
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold_path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        if set(record) != {"doc", "entities", "relations", "figures"}:
            problems.append(f"{where}: keys {sorted(record)}")
            continue
        doc = record["doc"]
        seen_docs.add(doc)
        if doc not in texts:
            problems.append(f"{where}: doc {doc} has no article")
            continue
        text = norm(texts[doc])
        types: dict[str, str] = {}
        for entity in record["entities"]:
            if set(entity) != {"name", "type", "aliases"} or not isinstance(entity["aliases"], list):
                problems.append(f"{doc}: entity keys {sorted(entity)}")
                continue
            name, kind = entity["name"], entity["type"]
            if kind not in CLASSES:
                problems.append(f"{doc}: {name}: unknown type {kind}")
            if name in types:
                problems.append(f"{doc}: {name} listed twice")
            types[name] = kind
            for form in [name, *entity["aliases"]]:
                if kind in NAMED_IN_TEXT and norm(form) not in text:
                    problems.append(f"{doc}: {kind} name {form} is not in the text")
                if kind in INVENTED and norm(form) in seeds:
                    problems.append(f"{doc}: {form} is a seed article's name")
        for fact in record["relations"]:
            if set(fact) != {"s", "p", "o"}:
                problems.append(f"{doc}: relation keys {sorted(fact)}")
                continue
            s, p, o = fact["s"], fact["p"], fact["o"]
            if p not in DOMAINS:
                problems.append(f"{doc}: unknown property {p}")
                continue
            for end, allowed in ((s, DOMAINS[p][0]), (o, DOMAINS[p][1])):
                if end not in types:
                    problems.append(f"{doc}: {s} {p} {o}: {end} is not a listed entity")
                elif types[end] not in allowed:
                    problems.append(f"{doc}: {s} {p} {o}: {end} is a {types[end]}")
            if p == "partOf" and (types.get(s), types.get(o)) not in PART_OF:
                problems.append(f"{doc}: {s} partOf {o}: only a unit of a university or a sub-team")
        for figure in record["figures"]:
            if set(figure) != {"s", "indicator", "value", "unit", "approx"}:
                problems.append(f"{doc}: figure keys {sorted(figure)}")
                continue
            if figure["s"] not in types:
                problems.append(f"{doc}: figure subject {figure['s']} is not a listed entity")
            if not isinstance(figure["value"], (int, float)) or isinstance(figure["value"], bool):
                problems.append(f"{doc}: figure {figure['indicator']}: value {figure['value']!r}")
            if figure["unit"] not in UNITS:
                problems.append(f"{doc}: figure {figure['indicator']}: unit {figure['unit']}")
            if figure["approx"] not in APPROX:
                problems.append(f"{doc}: figure {figure['indicator']}: approx {figure['approx']}")
    for doc in sorted(set(texts) - seen_docs):
        problems.append(f"{gold_path}: no line for {doc}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("batch")
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    args = parser.parse_args()
    problems = check(args.out, args.batch, args.shared)
    for problem in problems:
        print(problem)
    if not problems:
        print("OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
