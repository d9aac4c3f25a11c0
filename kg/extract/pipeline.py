"""The extraction pipeline as spaCy components on ``spacy.blank("zh")``.

``kg_sentences`` splits sentences (。！？； and line breaks), ``kg_entities`` finds
and resolves entity mentions, ``kg_relations`` and ``kg_figures`` read relations
and reported figures. Results live on the Doc's ``._`` extensions so the
components compose like any spaCy pipeline.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from dataclasses import replace

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.extract.figures import accounts_agency, extract_figures, platform_document, university_report
from kg.extract.mentions import find_mentions, home_school, home_university, self_firm_mention
from kg.extract.relations import extract_relations
from kg.extract.resolve import resolve
from kg.extract.text import sentence_spans

for _name in ("kg_sentences", "kg_mentions", "kg_entities", "kg_context", "kg_facts", "kg_figures"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once (spaCy rebuilds ``doc.text`` from tokens on every access)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


class CharOrths(dict):
    """Character → orth id in ``vocab``; a character's lexeme is added on first sight.

    Keyed purely on the character, so it can live as long as the vocab does.
    """

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, ch: str) -> int:
        orth = self[ch] = self.vocab[ch].orth
        return orth


@functools.cache
def _char_orths(nlp: Language) -> CharOrths:
    return CharOrths(nlp.vocab)


def make_char_doc(nlp: Language, text: str) -> Doc:
    """A Doc with one token per character, as ``spacy.blank("zh")``'s character segmenter makes.

    Built without the segmenter's alignment pass, and from orth ids rather than strings:
    ``Doc(words=[str…])`` hashes every character's UTF-8 bytes, which was most of the
    construction time. The tokens and their lexemes are the same either way.
    """
    words = list(map(_char_orths(nlp).__getitem__, text))
    return Doc(nlp.vocab, words=words, spaces=[False] * len(words))


def _one_token_per_char(doc: Doc, text: str) -> bool:
    """Token i is character i (true of :func:`make_char_doc` Docs): char offsets are token offsets."""
    return len(doc) == len(text)


class _Stateless:
    """Components here keep no learned state; (de)serialisation is a no-op by design."""

    def to_bytes(self, *, exclude=()):  # noqa: D102
        return b""

    def from_bytes(self, data, *, exclude=()):  # noqa: D102
        return self

    def to_disk(self, path, *, exclude=()):  # noqa: D102
        return None

    def from_disk(self, path, *, exclude=()):  # noqa: D102
        return self


class SentenceSplitter(_Stateless):
    """Chinese sentence boundaries, stored as character spans and on tokens."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = sentence_spans(text)
        doc._.kg_sentences = spans
        if len(doc):
            starts = [s for s, _ in spans]
            if _one_token_per_char(doc, text):
                values = numpy.full(len(doc), -1, dtype="int64")
                values[starts] = 1
            else:
                idx = doc.to_array([IDX]).astype("int64").reshape(-1)
                values = numpy.where(numpy.isin(idx, starts), 1, -1).astype("int64")
            values[0] = 1
            doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
        return doc


class EntityRecognizer(_Stateless):
    """Gazetteer and pattern mentions, resolved to the article's canonical entities."""

    def __init__(self, nlp: Language, name: str, min_confidence: float) -> None:
        self.name = name
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        source, title = doc.user_data.get("source"), doc.user_data.get("title")
        home = home_university(source, title, text)
        school = home_school(source, title, text)
        mentions = [m for m in find_mentions(text, home, school) if m.conf >= self.min_confidence]
        entities, ctx = resolve(mentions, doc.user_data.get("title"))
        doc._.kg_mentions = mentions
        doc._.kg_entities = entities
        doc._.kg_context = ctx
        spans = []
        # tokens are characters: a mention's offsets are its token offsets (char_span's
        # alignment search is only needed for other tokenisations)
        by_char = _one_token_per_char(doc, text)
        for m in mentions:
            if m.canonical is None:
                continue
            if by_char and 0 <= m.start < m.end <= len(doc):
                span = Span(doc, m.start, m.end, label=m.cls)
            else:
                span = doc.char_span(m.start, m.end, label=m.cls, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["kg"] = spans
        return doc


class RelationReader(_Stateless):
    """Relations between the article's entities, from cue words in each sentence."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_facts = extract_relations(doc_text(doc), doc._.kg_mentions, doc._.kg_entities, doc._.kg_context,
                                           doc._.kg_sentences)
        return doc


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a value of the sorted ``starts`` lies in [lo, hi)."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


class FigureReader(_Stateless):
    """Reported counts and amounts, attached to the team or body that reports them."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.kg_context
        # a firm's own disclosure (公告, 招股说明书) reports its own money and staff: the firm it calls 公司
        firm = self_firm_mention(doc._.kg_mentions)
        default = firm.canonical if firm is not None else ctx.main_team
        if default is None:
            agencies = [e for e in doc._.kg_entities if e.cls == "GovernmentAgency"]
            if agencies:
                default = max(agencies, key=lambda e: len(e.mentions)).name
        figures = extract_figures(doc_text(doc), doc._.kg_mentions, ctx, doc._.kg_sentences, default,
                                  doc.user_data.get("source"))
        accounts = accounts_agency(doc.user_data.get("title"), doc._.kg_mentions)
        if accounts is not None and ctx.main_team:
            # a department's budget, final accounts or spending review: the money it reports is its own
            figures = [replace(f, s=accounts) if f.s == ctx.main_team and f.unit == "CNY" else f for f in figures]
        university = university_report(doc.user_data.get("title"), doc_text(doc), doc._.kg_mentions)
        if university is not None:
            teams = {m.canonical for m in doc._.kg_mentions if m.cls == "Team"}
            team_starts = sorted(m.start for m in doc._.kg_mentions if m.cls == "Team")
            # (a team's tally in a sentence that names it, or its 团长 or 团员, stays the team's)
            figures = [replace(f, s=university) if f.s in teams and not _any_between(team_starts, f.start, f.end)
                       and "团" not in f.evidence else f for f in figures]
        platform = platform_document(doc.user_data.get("title"), doc._.kg_mentions)
        if platform is not None and ctx.main_team:
            # an approval of (or a request for) a co-built platform: what it sets out is the platform's
            figures = [replace(f, s=platform) if f.s == ctx.main_team else f for f in figures]
        doc._.kg_figures = figures
        return doc


@Language.factory("kg_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)


@Language.factory("kg_entities", default_config={"min_confidence": 0.5})
def make_entities(nlp: Language, name: str, min_confidence: float) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, min_confidence)


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str) -> RelationReader:
    return RelationReader(nlp, name)


@Language.factory("kg_figures")
def make_figures(nlp: Language, name: str) -> FigureReader:
    return FigureReader(nlp, name)


@functools.cache
def make_nlp() -> Language:
    """The extraction pipeline (built once per process)."""
    nlp = spacy.blank("zh")
    nlp.max_length = 5_000_000
    for component in ("kg_sentences", "kg_entities", "kg_relations", "kg_figures"):
        nlp.add_pipe(component)
    return nlp
