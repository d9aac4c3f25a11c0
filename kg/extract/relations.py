"""Relations between an article's entities, from cue words within sentences.

Each rule names itself in the fact it makes (``rule``), keeps the sentence it
read (``evidence`` with character offsets) and a confidence, so every fact in
the graph can be traced and weighed.
"""

from __future__ import annotations

import collections
import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator, NamedTuple

from kg import gazetteer
from kg.extract import lexicon as lx
from kg.extract.actors import (LEADS_THE_TEAM_RE, TEAM_ROLE_AFTER_RE, TITLE_WORDS_RE, crossed_item_brokers, crossed_item_end,
                               first_person_writer, guest_team, item_label_end,
                               section_person, titles_only)
from kg.extract.gazetteer_matcher import find_gazetteer_names
from kg.extract.mentions import CJK, TABLE_CELL_BREAK_RE, Mention, places_cover, row_cell_starts, self_firm_mention
from kg.extract.numbers import chinese_integer
from kg.extract.resolve import ArticleContext, Entity
from kg.extract.text import IDEOGRAPHIC_SPACE_RE, ITEM_HEADING_RE, ITEM_MARK, last_match, occurrences, soft_line_breaks, split_cells

ORG_CLASSES = {"University", "ResearchInstitute", "AcademicUnit", "Enterprise", "GovernmentAgency", "Platform"}
PARTY_CLASSES = {"University", "ResearchInstitute", "AcademicUnit", "Enterprise", "Platform", "Locality"}
BROKERED_CLASSES = {"University", "ResearchInstitute", "AcademicUnit", "Enterprise", "Platform"}
CLAUSE_BREAK = set("，,；;：:。！？!?\n")


@dataclass
class Fact:
    """A relation between two canonical entities, with its evidence."""

    s: str
    p: str
    o: str
    evidence: str
    start: int
    end: int
    confidence: float
    rule: str


class FactSet:
    """Facts keyed by (s, p, o): the first evidence and the highest confidence win."""

    def __init__(self, renamed: dict[str, str] | None = None) -> None:
        self.facts: dict[tuple[str, str, str], Fact] = {}
        self.rules: dict[tuple[str, str, str], set[str]] = {}  # every rule that stated each fact
        # a place's current name -> the former name the article gives it (金坛区 -> 金坛市)
        self.renamed = renamed or {}

    def add(self, s: str, p: str, o: str, sent: tuple[int, int], text: str, conf: float, rule: str) -> None:
        if self.renamed:
            s, o = self.renamed.get(s, s), self.renamed.get(o, o)
        if not s or not o or s == o:
            return
        if p == "collaboratesWith" and (o, p, s) in self.facts:
            s, o = o, s
        key = (s, p, o)
        old = self.facts.get(key)
        if old is None:
            self.facts[key] = Fact(s, p, o, text[sent[0]:sent[1]], sent[0], sent[1], conf, rule)
            self.rules[key] = {rule}
        else:
            self.rules[key].add(rule)
            if conf > old.confidence:
                old.confidence = conf

    def __iter__(self):
        return iter(self.facts.values())


class Sentences(list):
    """The article's sentence spans (in text order, disjoint) with their starts, for bisecting."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        super().__init__(spans)
        self.starts = [s for s, _ in spans]


def _sentence_of(pos: int, sentences: Sentences) -> tuple[int, int]:
    """The sentence holding ``pos``, else the empty span (pos, pos)."""
    k = bisect_right(sentences.starts, pos) - 1  # the last sentence starting at or before pos
    if k >= 0 and pos < sentences[k][1]:
        return sentences[k]
    return (pos, pos)


class ByStart(list):
    """Mentions in text order with their starts, for bisecting."""

    def __init__(self, mentions: list[Mention]) -> None:
        super().__init__(mentions)
        self.starts = [m.start for m in self]
        self.named_teams: list[tuple[Mention, bool]] | None = None  # (see _named_teams)

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions with lo <= start < hi, in text order."""
        return self[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


_CLAUSE_BREAK_RE = re.compile("[" + re.escape("".join(sorted(CLAUSE_BREAK))) + "]")


@functools.lru_cache(maxsize=4)
def _clause_breaks(text: str) -> tuple[int, ...]:
    """Offsets of the clause-breaking characters of ``text`` (one article's text at a time); a line
    break inside a sentence (:func:`soft_line_breaks`) breaks no clause."""
    soft = soft_line_breaks(text) if "\n" in text else frozenset()
    return tuple(m.start() for m in _CLAUSE_BREAK_RE.finditer(text) if m.start() not in soft)


def _clause_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``pos`` within [lo, hi): from after the last break before pos to the
    next break at or after it (found by bisecting the text's break offsets)."""
    breaks = _clause_breaks(text)
    k = bisect_left(breaks, pos)  # breaks[k - 1] < pos <= breaks[k]
    s = max(lo, breaks[k - 1] + 1 if k else 0) if pos > lo else pos
    e = min(hi, breaks[k] if k < len(breaks) else len(text)) if pos < hi else pos
    return s, e


@functools.cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(c) for c in cues))


def _has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any of ``cues`` occurs in ``text`` (one regex scan instead of a substring test per cue)."""
    return _cue_pattern(cues).search(text) is not None


_THIS_BATCH = ("本批", "新一批", "这批", "这一批", "本届", "新批")


def extract_relations(text: str, mentions: list[Mention], entities: list[Entity], ctx: ArticleContext,
                      sentences: list[tuple[int, int]]) -> list[Fact]:
    """All relation facts the article states."""
    divisions = gazetteer.divisions()
    # a place the article names as it was then (金坛市 until 2015): the rules, which walk the
    # gazetteer's current tree, find it by its current name, and its facts take the article's
    renamed = {divisions.by_code[e.code].name: e.name for e in entities
               if e.cls == "Locality" and e.code and e.name in divisions.former}
    facts = FactSet(renamed)
    sentences = Sentences(sentences)
    by_name = {(e.cls, e.name): e for e in entities}
    ent_of = {id(m): by_name.get((m.cls, m.canonical)) for m in mentions if m.canonical}
    resolved = ByStart(sorted((m for m in mentions if m.canonical and ent_of.get(id(m)) is not None),
                              key=lambda m: m.start))
    names = {e.name: e for e in entities}
    names.update({now: names[then] for now, then in renamed.items()})

    def sent_of(ent: Entity) -> tuple[int, int]:
        return _sentence_of(ent.first, sentences)

    # --- structure carried by names ---------------------------------------
    teams = [e for e in entities if e.cls == "Team"]
    for team in teams:
        loc = team.info.get("locality")
        if loc is not None and loc.name in names:
            facts.add(team.name, "servesIn", loc.name, sent_of(team), text, 0.95, "team-name")
        elif team.info.get("zone") in names:
            facts.add(team.name, "servesIn", team.info["zone"], sent_of(team), text, 0.9, "team-name")
    for team in teams:
        loc = team.info.get("locality")
        if loc is not None and "产业科技镇长团" in team.name:
            # 泰州市第十七批生物医药产业科技镇长团 is one of 泰州市第十七批科技镇长团's industry teams
            batch = team.name[len(loc.name):team.name.find("批") + 1] if "批" in team.name else ""
            parent = next((o for o in teams if o is not team and "产业" not in o.name
                           and o.name == f"{loc.name}{batch}科技镇长团"), None)
            if parent is not None:
                facts.add(team.name, "partOf", parent.name, sent_of(team), text, 0.8, "industry-team")
        zone = team.info.get("zone")
        if loc is None and zone:
            # 宿迁市第十六批科技镇长团洋河新区分团: the zone's 分团 named right after a team is that team's
            starts = {m.start for m in team.mentions if text.startswith("分团", m.end - 2)}
            for other in teams:
                if other is not team and any(m.end in starts for m in other.mentions):
                    facts.add(team.name, "partOf", other.name, sent_of(team), text, 0.8, "zone-sub-team")
            # 昆山高新区第十五批科技镇长团 (高新区分团) beside 昆山市第十五批科技镇长团: the zone's team is
            # a sub-team of the team of the place its name opens with, of its batch
            for other in teams:
                oloc = other.info.get("locality")
                if other is not team and oloc is not None and len(oloc.name) >= 3 and zone.startswith(
                        oloc.name[:-1]) and _same_batch(team.name, other.name) and "批" in team.name:
                    facts.add(team.name, "partOf", other.name, sent_of(team), text, 0.75, "zone-sub-team")
        if loc is None or loc.level == "city":
            continue
        for other in teams:
            oloc = other.info.get("locality")
            if other is team or oloc is None or oloc.level != "city":
                continue
            if any(a.code == oloc.code for a in divisions.ancestors(loc)) and _same_batch(team.name, other.name):
                facts.add(team.name, "partOf", other.name, sent_of(team), text, 0.85, "sub-team")
    for ent in entities:
        if ent.cls == "AcademicUnit" and ent.info.get("university") in names:
            facts.add(ent.name, "partOf", ent.info["university"], sent_of(ent), text, 0.95, "unit-name")
        if ent.cls == "Platform":
            for m in ent.mentions:
                for a in m.info.get("inside", []):
                    host = ent_of.get(id(a)) or by_name.get((a.cls, a.hits[0].name if a.hits else a.text))
                    if host is not None and host.cls in ("University", "ResearchInstitute", "Enterprise", "AcademicUnit"):
                        facts.add(ent.name, "hostedBy", host.name, sent_of(ent), text, 0.85, "platform-name")
                    elif host is None and a.hits and a.hits[0].cls in ("University", "ResearchInstitute") and a.hits[0].name in names:
                        facts.add(ent.name, "hostedBy", a.hits[0].name, sent_of(ent), text, 0.8, "platform-name")

    _awarded_platforms(text, resolved, facts, sentences)
    _table_rows(text, resolved, facts)
    _self_firm_table(text, resolved, facts)
    _signatories(text, resolved, facts)
    _team_sender_rows(text, resolved, facts)
    _table_places(text, resolved, facts)
    _bracketed_sites(text, resolved, facts)
    _labelled_records(text, resolved, facts)
    _demand_cards(text, resolved, ctx, facts)
    _role_first_rows(text, resolved, facts)
    _inline_labelled_items(text, resolved, facts)
    _dash_rows(text, resolved, facts)
    _pairing_rows(text, resolved, facts)
    _located_in(text, entities, names, ctx, divisions, facts, sent_of, resolved, sentences)
    _persons(text, resolved, ent_of, ctx, facts, sentences)
    _home_leaders(text, resolved, facts, sentences)
    _roster_rows(text, resolved, ctx, facts, sentences)
    _unit_column_rows(text, resolved, ctx, facts, sentences)
    _body_post_name_lines(text, resolved, facts, sentences)
    _posted_batches(text, resolved, facts)
    _batch_rows(text, resolved, facts)
    _form_fields(text, resolved, facts)
    _labelled_roster_lines(text, resolved, facts)
    _resume_lines(text, resolved, facts)
    _card_fields(text, resolved, ctx, facts)
    _deal_table_rows(text, resolved, ctx, facts)
    _visit_table_rows(text, resolved, ctx, facts)
    _visit_stations(text, resolved, ctx, facts)
    _own_unit_said(text, resolved, facts)
    _crossed_pairs(text, resolved, facts)
    _signing_items(text, resolved, facts)
    _credited_items(text, resolved, facts)
    _team_heads_listed(text, resolved, facts, sentences)
    _members_homes(text, resolved, ent_of, facts)
    _author_notes(text, resolved, facts, sentences)
    _labelled_cases(text, resolved, facts)
    _teams_paired(text, resolved, facts, sentences)
    _titles_after_name(text, resolved, facts, sentences)
    _home_school_staff(text, resolved, facts, sentences)
    _captioned_roles(text, resolved, ctx, facts, sentences)
    _dashed_roles(text, resolved, ctx, facts, sentences)
    _signed_writers(text, resolved, facts, sentences)

    protagonist = _profiled_member(text, resolved, facts)
    if protagonist is None and (writer := first_person_writer(text, resolved)) is not None and _is_member(writer.canonical, facts):
        protagonist = writer  # a member's own account: what no one else is said to have arranged is theirs
    if protagonist is None and (filled := form_person(resolved)) is not None and _is_member(filled.canonical, facts):
        protagonist = filled  # a member's registration form: the work it reports is theirs

    # --- sentence cues ------------------------------------------------------
    # the team in focus: none until the article names one (an agency's report may mention a
    # team only in passing, late); a bare 科技镇长团 is the article's own team
    focus = None
    # a university's own news: the university its 我校 stands for (学校将依托…领域的学科优势 is its strength)
    home = _home_university(resolved, text)
    own = _own_teams(teams, ctx, divisions)
    team_place = {t.name: t.info.get("locality") for t in teams}
    last_platform = None  # the platform named last: "研究院将围绕…" speaks of it
    last_person = None  # the person named last before the sentence: "他促成…" speaks of them
    last_guest = None  # the guest named last with his party (副校长许某一行): a later bare 一行 is theirs
    last_pair = None  # the cooperating pair named last: "双方进一步签订…" speaks of them
    called = None  # the school the sentence before called in for a firm, and how far on a 双方 may be theirs
    cue_text = _mask_names(text, resolved, lx.COOPERATION_CUES)
    prev_team_named = False  # whether the sentence before named a team
    retro_from = 0  # where the cooperation a later 上述合作均由X牵线促成 speaks of begins
    prev_s0 = 0  # where the sentence before starts
    after_item = False  # whether a digest's item about another place has reset the focus
    led = False  # whether the sentence before opened with who arranged it (在团员的牵线下，A与B…；)
    led_by_person = False  # whether that lead named a person or said 他/她
    for s0, s1 in sentences:
        sent = text[s0:s1]
        ms = resolved.starting_in(s0, s1)
        # 在X的牵线下，A与B签订…；C与D合作建立…: the lead phrase covers the items after a semicolon
        carried = led and (text[s0 - 1:s0] in ("；", ";") or bool(_PER_AGREEMENT_RE.match(sent)))
        if not carried:
            lead = _BROKER_LEAD_RE.match(sent)
            # (在他的牵线下，A与B…；C与D…: a person's lead carries the person, not the team)
            led_by_person = lead is not None and (_PRONOUN_LEAD_RE.search(lead.group()) is not None or any(
                m.cls == "Person" and m.start < s0 + lead.end() for m in ms))
        led = carried or bool(_BROKER_LEAD_RE.match(sent))
        # the article's own teams, and another that opens the sentence as its subject (a roundup's
        # section: 邳州市第十五批科技镇长团牵线南京林业大学与…)
        explicit_teams = [m for m in ms if m.cls == "Team" and m.canonical and (
            (not m.info.get("bare") and (m.canonical in own or not text[s0:m.start].strip(" \t\u3000“\"【—")
                                         or _places_only(text, s0, m.start, ms)  # (南通市海门区…团…: its city first)
                                         or _DATED_LEAD_RE.fullmatch(text, s0, m.start)))  # (5月31日，在X团牵线下)
            or (m.info.get("bare") and m.info.get("batch") and not m.info.get("programme")))
            and not guest_team(text, s0, m)]
        row_focus = focus
        # 【射阳】南工大与射阳县签署…: a digest's item about another place; the team of the item before is not its actor
        if (item := _PLACE_ITEM_RE.match(sent)) is not None and (place := next(
                (m for m in ms if m.cls == "Locality" and m.canonical and m.start < s0 + item.end()), None)) is not None \
                and focus is not None and not focus.startswith(place.canonical):
            focus, after_item = None, True
        # (第十六批科技镇长团成员走访… in a report on the 十五th: that batch's team; and 第十五批团员…)
        if not explicit_teams and (members := _BATCH_MEMBERS_RE.search(sent)) is not None:
            focus = next((e.name for e in teams if members.group(1) in e.name and e.name in own), focus)
        if not explicit_teams and ctx.main_team and any(
                m.cls == "Team" and m.info.get("bare") and text.endswith(_THIS_BATCH, max(s0, m.start - 3), m.start)
                for m in ms):
            focus = ctx.main_team  # 本批科技镇长团共8名成员…: the article's team again, after an earlier batch's paragraph
        if explicit_teams:
            # (经开区团是常州市第十五批科技镇长团的分团之一: the sub-team stays the subject)
            focus = next((m.canonical for m in reversed(explicit_teams) if not _PARENT_TEAM_AFTER_RE.match(text, m.end)),
                         explicit_teams[-1].canonical)
        elif focus is None and any(m.cls == "Team" for m in ms):
            # (after a digest's item reset it: the team the sentence names, if one, else the article's)
            focus = next((m.canonical for m in ms if m.cls == "Team" and m.canonical and not m.info.get("programme")
                          and after_item), ctx.main_team)
        # (作为某市…科技镇长团的5个区团之一，某某团…: the sub-team is the sentence's subject)
        subjects = [m for m in explicit_teams if not _PARENT_TEAM_AFTER_RE.match(text, m.end)] or explicit_teams
        team = subjects[0].canonical if subjects else focus
        if not explicit_teams and ctx.main_team and _ALL_SUB_TEAMS_RE.match(sent):
            team = ctx.main_team  # 各支团将围绕A、B等领域…: the city's team, which its sub-teams make up (for this sentence)
        if explicit_teams and _TABLE_ROW_RE.search(sent):
            focus = row_focus  # (姓名｜职称｜所在团｜… / 郁某｜副教授｜仪征团｜…: the row's team is no subject of the prose after the table)
        span = (s0, s1)
        _member_institutions(text, sent, s0, ms, team, facts, span, ctx)
        # (…邳州团累计促成项目24项。其中，A与B共建…: the team's tally goes on, the team arranged it)
        of_those = prev_team_named and text.startswith("其中", s0) and team is not None
        # a member's own section of a review (（二）朱某　某大学副教授…\n走访企业31家，牵线…): what no one
        # else is said to do there is theirs
        section = section_person(text, s0, resolved, resolved.starts)
        if section is not None and (_SECTION_GROUP_RE.search(text, item_label_end(text, s0), s1) or any(
                m.cls in ("Team", "Person") and m.canonical != section.canonical
                for m in resolved.starting_in(section.end, s0))):
            section = None
        if section is None and protagonist is None:
            section = _member_turn(text, s0, s1, resolved, facts)
        if section is None and protagonist is None:
            section = _list_heading_broker(text, s0, resolved, last_person)
        invited = _invited_pair(text, s0, s1, ms, resolved, facts, last_person) if "团队请" in sent else None
        if invited is None and called is not None and 0 <= (k := sent.find("双方")) <= called[1] - s0 and not any(
                m.cls in PARTY_CLASSES for m in ms if m.end <= s0 + k) and not _BOTH_SIDES_TO_RE.match(sent, k + 2):
            invited = called[0]  # (…随即联系某学院。两个月后，双方签订…: the school called in and the firm)
        called = None
        if invited is None and _CONTACTED_RE.search(sent) is not None:
            contacted = _contacted_pair(text, s0, s1, ms, resolved, facts, last_person)
            if contacted is not None and last_pair is not None and contacted.firm.canonical in {
                    m.canonical for m in last_pair}:
                contacted = None  # (A与B签约。团员随即联系学院团队，最终推动双方签约: 双方 is the pair named before)
            if contacted is not None and "双方" in sent and not _BOTH_SIDES_TO_RE.match(sent, sent.find("双方") + 2):
                invited = contacted  # (…联系某学院专家团队驻厂攻关，并促成双方签订…)
            elif contacted is not None:
                called = (contacted, s1 + 80)  # (for a 双方 soon after)
        last_pair = _cooperation(text, cue_text[s0:s1], s0, ms, team, facts, span,
                                 bool(explicit_teams) or any(m.cls == "Team" for m in ms)
                                 or (carried and team is not None and not led_by_person)
                                 or of_those,
                                 explicit_teams, last_person, cue_text, last_pair, section or protagonist,
                                 invited) or last_pair
        _visits(text, sent, s0, ms, team, facts, span, last_person, last_guest, protagonist, section)
        if team is not None and len(teams) == 2 and _BOTH_TEAMS_RE.search(sent):
            # 两团成员一同走访了…, 在两团共同牵线下…: what the sentence gives its team, the other team did too
            other = next(t.name for t in teams if t.name != team)
            for f in [f for f in facts if f.s == team and f.start == s0 and f.p in ("visited", "brokered")]:
                facts.add(other, f.p, f.o, span, text, 0.6, "both-teams")
        last_guest = next((m for m in reversed(ms) if m.cls == "Person" and text.startswith("一行", m.end)
                           and not _is_member(m.canonical, facts)), last_guest)
        _fields(text, s0, ms, team, facts, span, ctx, last_platform, home)
        last_platform = next((m for m in reversed(ms) if m.cls == "Platform" and m.canonical), last_platform)
        last_person = next((m for m in reversed(ms) if m.cls == "Person" and not (
            _quoted_speaker(text, m) and not _is_member(m.canonical, facts))), last_person)
        prev_team_named = any(m.cls == "Team" for m in ms)
        if team is not None and _has_cue(sent, lx.SETTLE_VERBS):
            _settled_here(text, ms, team_place.get(team), names, facts, span)
        if "选址" in sent or "设在" in sent or "建在" in sent or "落户" in sent:
            _platform_sited(text, s0, ms, last_platform, facts, span)
        said = _retro_broker(text, s0, s1, ms, ctx.main_team)
        if said is None and (named_broker := _named_broker(text, s0, s1, ms)) is not None:
            # 牵线人正是…某某: the parties of the platform told just before, else of each deal since the last such sentence
            # (opening its paragraph: the paragraph before, past a caption; else the sentence before)
            told = max(retro_from, _told_before(text, s0) if text[s0 - 1:s0] == "\n" else prev_s0)
            parties = [f.o for f in facts if last_platform is not None and last_platform.start >= told
                       and f.s == last_platform.canonical and f.p == "hostedBy" and f.start < s0] or [
                p for f in facts if f.p == "collaboratesWith" and told <= f.start < s0 for p in (f.s, f.o)]
            for party in parties:
                facts.add(named_broker, "brokered", party, span, text, 0.65, "broker-named")
            retro_from = s1
        if said is not None:
            who, scope = said
            if scope == "every":  # 上述合作均由…, 本次活动由…: each cooperation told since the last such sentence
                items = _numbered_items(text, retro_from, s0, _ITEMS_SAID_RE.search(text, s0, s1))
                parties = [p for f in facts if f.p == "collaboratesWith" and retro_from <= f.start < s0
                           and (items is None or any(a <= f.start < b for a, b in items)) for p in (f.s, f.o)]
            elif scope == "last":  # 这一合作由某某牵头对接: the cooperation of the last sentence that told one (this one's own:
                # A与B签订…，该项目由团员某某促成)
                told = max((f.start for f in facts if f.p == "collaboratesWith" and retro_from <= f.start <= s0), default=None)
                parties = [p for f in facts if f.p == "collaboratesWith" and f.start == told for p in (f.s, f.o)]
            else:  # 该中心由某某牵线促成: the bodies of the platform named last
                parties = [f.o for f in facts if last_platform is not None and f.s == last_platform.canonical
                           and f.p == "hostedBy"]
            for party in parties:
                facts.add(who, "brokered", party, span, text, 0.7, "broker-retro")
            retro_from = s1
        prev_s0 = s0
    _brokered_companies_are_local(text, entities, names, facts, divisions)
    _firms_said_to_be_in(text, entities, facts)
    _where_the_text_says(facts)
    _firms_in_a_zone_are_placed_by_it(facts)
    _school_hosts_not_its_university(facts)
    _places_have_their_direct_parent(facts, {e.name for e in entities if e.cls == "Locality"})
    return list(facts)


# 上述合作均由某团牵线促成, 以上项目都是在团员某某的推动下达成的, 本次活动由团员某某全程对接: who arranged the
# cooperation told above; 据介绍，该实验室由团员某某促成: who arranged the platform named last (该项目由…
# is the cooperation rules' own: the pair told last); 注：以上项目均由某团牵线促成 under a table
_RETRO_BROKER_RE = re.compile(r"(?:(?:备)?注[：:])?(?:据介绍|据了解|据悉)?[，,]?(?:(?P<every>上述|以上|前述|这些|本次活动|此次活动|本次签约|此次签约"
                              r"|(?:本次|此次)?(?:签约的?)?[\d一二三四五六七八九十两]+个(?:签约)?项目"  # (6个项目均由…促成)
                              r"|此次|本次)"  # (此次校地、校企合作均由…牵线促成)
                              r"|(?P<last>(?:这一|这项|此项|该项|这个|该)(?:合作|项目))"  # (这一合作由某某牵头对接半年有余)
                              r"|(?:该|这一|此)[^，,。！？；;]{0,8}?(?:平台|实验室|中心|基地|研究院|工作站))"
                              r"[^，,。！？；;]{0,14}?(?:均|都|全部|皆|也)?(?:是|系)?(?:由|在|得益于)")
_COMMA_RE = re.compile("[，,]")
_RETRO_WHO_REACH = 40  # how far after 由 the one who arranged it may be named (由我校选派的某团团员、某学院副教授某某: 32)
_RETRO_CUE_RE = re.compile(r"[^，,。！？；;]{0,12}?(?:牵线|促成|推动|撮合|搭桥|引荐|协调|对接|联络)")


# 上述第1、2项合作即由镇长团牵线促成: which of the items above
_ITEMS_SAID_RE = re.compile(r"第((?:[\d一二三四五六七八九十]{1,3}[、和及]?)+)项")
_ITEM_NUMBER_AT_LINE_RE = re.compile(r"[ \u3000]*(?:[（(]([\d一二三四五六七八九十]{1,3})[)）]|([\d一二三四五六七八九十]{1,3})[.、．)）])")


def _numbered_items(text: str, lo: int, hi: int, said: re.Match | None) -> list[tuple[int, int]] | None:
    """The lines in [lo, hi) that open with one of the item numbers ``said`` names (第1、2项), as spans;
    None when it names none, or names items no line there opens with."""
    if said is None:
        return None
    wanted = {chinese_integer(n) if not n.isdigit() else int(n) for n in re.split("[、和及]", said.group(1)) if n}
    spans = []
    start = text.rfind("\n", 0, lo) + 1
    while start < hi:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        mark = _ITEM_NUMBER_AT_LINE_RE.match(text, start, end)
        if mark is not None:
            number = mark.group(1) or mark.group(2)
            if (int(number) if number.isdigit() else chinese_integer(number)) in wanted:
                spans.append((start, end))
        start = end + 1
    return spans or None


# 上述项目均由各分团前期牵线对接: the sub-teams of the article's group, each unnamed
_EACH_SUB_TEAM_RE = re.compile(r"各(?:分团|支团|团组|成员团)")


def _retro_broker(text: str, s0: int, s1: int, ms: list[Mention], main_team: str | None = None) -> tuple[str, str] | None:
    """The team or person a sentence says arranged the cooperation told before it, and of which:
    "every" (上述…, 本次活动…) or "platform" (该中心…: the platform named last); or None. Each sub-team
    of the article's group, unnamed (均由各分团牵线), stands for the group."""
    opener = _RETRO_BROKER_RE.match(text, s0, s1)
    if opener is None:
        for comma in _COMMA_RE.finditer(text, s0, s1):
            opener = _RETRO_BROKER_RE.match(text, comma.end(), s1)  # (本次签约…超600万元，6个项目均由…促成)
            if opener is not None:
                break
    if opener is None:
        return None
    if main_team and (each := _EACH_SUB_TEAM_RE.match(text, opener.end())) is not None \
            and _RETRO_CUE_RE.match(text, each.end(), s1) is not None:
        return main_team, "every" if opener.group("every") else "last" if opener.group("last") else "platform"
    # (由团员、某大学教授某某牵线: titles may stand between; 由某团团员、…某某: the team is a title)
    who = next((m for m in ms if m.start >= opener.end() and m.cls in ("Team", "Person")
                and not (m.cls == "Team" and TEAM_ROLE_AFTER_RE.match(text, m.end))), None)
    if who is None or who.start - opener.end() > _RETRO_WHO_REACH:  # 均由镇长团团员…对接促成: its members, no one named
        who = next((m for m in ms if m.cls == "Team" and 0 <= m.start - opener.end() <= 2
                    and text.startswith(("团员", "成员"), m.end)), None)
    if who is None or not who.canonical or who.start - opener.end() > _RETRO_WHO_REACH or _CLAUSE_BREAK_RE.search(
            text, opener.end(), who.start):
        return None
    if _RETRO_CUE_RE.match(text, who.end, s1) is None:
        return None
    return who.canonical, "every" if opener.group("every") else "last" if opener.group("last") else "platform"


# 牵线人正是挂职某镇副镇长的团员、某大学副教授某某: the person who arranged what was told before
_BROKER_NAMED_RE = re.compile(r"(?:据介绍|据了解|据悉)?[，,]?(?:而|其中的|这其中的|这背后的|背后的)?"
                              r"(?:(?:这次|此次|本次|这项|该项|这一)?(?:合作|项目|签约)的)?(?:牵线人|牵线搭桥的人|牵线搭桥的"
                              r"|牵线的|促成(?:这次|此次|这项|该项|这一|这桩|这个|这场)[^，,。！？；;]{0,6}?的|促成合作的|幕后推手|推手)(?:(?:正|就|便|则)?(?:是|为)|[、，,](?=[^，,。；;]{0,30}?是))")
# (牵线人、某团团员某某是某大学副教授: the go-between, then who they are)


# 本期走近团长——挂职宜兴市副市长的河海大学某学院教授穆某: the role, a dash, then who holds it (after their titles)
_DASHED_ROLE_RE = re.compile(r"(副?团长|团员)(?:——|—|──)")


def _dashed_roles(text: str, resolved, ctx, facts: FactSet, sentences) -> None:
    """A team's role, a dash, and the person holding it named after their titles in the same clause: a member of the
    article's team (its leader for 团长)."""
    if not ctx.main_team or ("—" not in text and "─" not in text):
        return
    for d in _DASHED_ROLE_RE.finditer(text):
        who = next((m for m in resolved.starting_in(d.end(), d.end() + 40) if m.cls == "Person" and m.canonical), None)
        if who is None or _CLAUSE_BREAK_RE.search(text, d.end(), who.start):
            continue
        span = _sentence_of(d.start(), sentences)
        facts.add(who.canonical, "memberOf", ctx.main_team, span, text, 0.65, "person-dashed-role")
        if d.group(1) == "团长":
            facts.add(who.canonical, "leads", ctx.main_team, span, text, 0.65, "person-dashed-role")


_CAPTION_LINE_RE = re.compile(r"[ \u3000]*(?:[▲△↑■]|\[图片\]|图为|（图|\(图)")


def _told_before(text: str, s0: int) -> int:
    """Where the paragraph before the one that opens at ``s0`` starts, past blank lines and photo captions
    (…共建某中心。 / ▲揭牌仪式现场 / 促成这次合作的，是…: the paragraph with the deal)."""
    end = text.rfind("\n", 0, s0)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _CAPTION_LINE_RE.match(line):
            return start
        end = start - 1
    return s0


def _named_broker(text: str, s0: int, s1: int, ms: list[Mention]) -> str | None:
    """The person a sentence names as the one who arranged what the text told before it, or None."""
    opener = _BROKER_NAMED_RE.match(text, s0, s1)
    if opener is None:
        return None
    c1 = min((k for k in (text.find(ch, opener.end(), s1) for ch in "，,；;。") if k >= 0), default=s1)
    who = max((m for m in ms if m.cls == "Person" and m.canonical and opener.end() <= m.start and m.end <= c1),
              key=lambda m: m.end, default=None)  # (…的团员、某大学副教授某某: the name after the titles)
    return who.canonical if who is not None else None


# a title about a leader (访某团团长…) or a visit by officials (某某带队看望…) profiles no member
_NOT_A_PROFILE_RE = re.compile(r"团长|带队|一行|看望|慰问")
_SUBTITLE_RE = re.compile(r"\n+[ \t\u3000]*(?:——|—|--)[^\n]{2,60}(?:\n|$)")  # ——记某团团员某某
_MEMBER_TITLE_RE = re.compile(r"团员|成员")


def _member_turn(text: str, s0: int, s1: int, resolved, facts: FactSet) -> Mention | None:
    """The member whose answer the sentence at ``s0`` is in, when the line opens on their turn label
    (仲某清：…另外，我们还牵线学校与某公司签了…): what no one else is said to do there is theirs. Not a
    leader's turn, whose 我们 is the team, nor a sentence that names the team (我们团, 团里, 全团)."""
    line0 = text.rfind("\n", 0, s0) + 1
    label = _TURN_LABEL_RE.match(text, line0)
    if label is None or label.end() > s0 or "团长" in label.group() or _A_TEAM_RE.search(text, s0, s1):
        return None  # (孙某（某团副团长…）：我们…; 任某：…最近团里刚牵线…: the team)
    who = next((m for m in resolved.starting_in(label.start(1), label.end(1)) if m.cls == "Person" and m.canonical
                and m.start == label.start(1)), None)
    roles = {k[1] for k in facts.facts if who is not None and k[0] == who.canonical}
    return who if "memberOf" in roles and "leads" not in roles else None


def _profiled_member(text: str, resolved, facts: FactSet) -> Mention | None:
    """The member an article profiles (【团员风采】某某：把实验室搬进车间, 记…团员某某): the one
    person its title names, a member of a team, when the title is not about a leader or a visit."""
    end = text.find("\n")
    if not 0 < end <= 80 or _NOT_A_PROFILE_RE.search(text, 0, end):
        return None
    sub = _SUBTITLE_RE.match(text, end)
    if sub is not None and not any(m.cls == "Person" and m.end <= end for m in resolved.starting_in(0, end)):
        end = sub.end()  # 【人物专访】把实验室的“火候”带进陶都窑口\n——记…团团员、某镇副镇长某某: the subtitle names them
        if _NOT_A_PROFILE_RE.search(text, sub.start(), end - 1) and not _MEMBER_TITLE_RE.search(text, sub.start(), end):
            return None
    named = {m.canonical: m for m in resolved.starting_in(0, end) if m.cls == "Person" and m.end <= end}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    if any(k[0] == person.canonical and k[1] == "leads" for k in facts.facts):
        return None  # (杭某：让“小齿轮”转出…, an interview of the team's leader: his 我们 is the team)
    return person if _is_member(person.canonical, facts) else None


_BATCH_IN_NAME_RE = re.compile(lx.BATCH)


def _same_batch(a: str, b: str) -> bool:
    """Whether two teams' names give no different batches (a district's 第十五批 team is no part of
    its city's 第十六批 team)."""
    x, y = _BATCH_IN_NAME_RE.search(a), _BATCH_IN_NAME_RE.search(b)
    return x is None or y is None or x.group() == y.group()


# a digest's item headed by its place in brackets (【射阳】…, 【东台市】…)
_PLACE_ITEM_RE = re.compile(r"[ \t\u3000]*【[\u4e00-\u9fff]{2,6}】")
# a date, then what leads the team in as the sentence's actor (5月31日，在…; 6月1日，由…)
_DATED_LEAD_RE = re.compile(r"[ \t\u3000]*(?:\d{1,2}月\d{1,2}日|近日|日前|今年以来|近期)[，,]?(?:在|由|经)?")


def _places_only(text: str, start: int, end: int, ms) -> bool:
    """Whether ``text[start:end]`` holds only the names of places (南通市 before 海门区第十六批…团)."""
    lead = len(text[start:end]) - len(text[start:end].lstrip(" \t\u3000“\"【"))
    return start + lead < end and places_cover([m for m in ms if m.cls == "Locality"], start + lead, end)


# rules that place a platform by what a sentence says of it, not by a place inside its name
_STATED_PLACE_RULES = frozenset({"sentence-place", "co-built-platform", "settled-here", "table-place", "platform-sited"})


def _where_the_text_says(facts: FactSet) -> None:
    """A platform placed by its sentence (如皋高新区设立了南航(如皋)研究院, 与如皋高新区联合建立…) is
    not also placed by the place inside its name: the text gives the nearer place, as the
    gold does (one place, the most specific the article names)."""
    stated = {k[0] for k, rules in facts.rules.items() if k[1] == "locatedIn" and rules & _STATED_PLACE_RULES}
    for key in [k for k, rules in facts.rules.items() if k[1] == "locatedIn" and k[0] in stated
                and not rules & _STATED_PLACE_RULES and "name-infix" in rules]:
        del facts.facts[key]


def _places_have_their_direct_parent(facts: FactSet, places: set[str]) -> None:
    """A place is in the nearest place the article names (the spec's direct parent): 在盐城市大丰区某某
    经济开发区 puts the zone in 大丰区, not also in 盐城市, which 大丰区 is in."""
    parents: dict[str, set[str]] = {}
    for (s, p, o) in facts.facts:
        if p == "locatedIn" and s in places:
            parents.setdefault(s, set()).add(o)
    for s, ps in parents.items():
        if len(ps) < 2:
            continue
        for far in [a for a in ps if any(a in parents.get(b, ()) and facts.rules[(s, "locatedIn", b)] != {"sentence-place"}
                                         for b in ps if b != a)]:
            del facts.facts[(s, "locatedIn", far)]  # (a place the sentence names beside it is no surer a parent)


def _school_hosts_not_its_university(facts: FactSet) -> None:
    """A platform named after a university (南工大—某某联合研发中心) that the text says one of its schools
    built (化工学院与某某共建) is hosted by the school, not also by the university its name carries."""
    part_of = {(s, o) for (s, p, o) in facts.facts if p == "partOf"}
    hosts: dict[str, set[str]] = {}
    for (s, p, o) in facts.facts:
        if p == "hostedBy":
            hosts.setdefault(s, set()).add(o)
    for key in [k for k, rules in facts.rules.items() if k[1] == "hostedBy" and rules == {"platform-name"}
                and any((school, k[2]) in part_of for school in hosts.get(k[0], ()))]:
        del facts.facts[key]


_GUESSED_FIRM_PLACE_RULES = frozenset({"brokered-local", "local-cue"})


def _firms_in_a_zone_are_placed_by_it(facts) -> None:
    """A firm the text puts in a zone (开发区内的X, 落户X开发区) is placed by the zone, not also by the
    district the zone is in when only a guess put it there (a team's place, 区内企业): the gold
    gives the zone alone for 201 of 272 such firms."""
    placed: dict[str, set[str]] = {}
    for (s, p, o) in facts.facts:
        if p == "locatedIn":
            placed.setdefault(s, set()).add(o)
    for key in [k for k, rules in facts.rules.items() if k[1] == "locatedIn" and k in facts.facts
                and rules <= _GUESSED_FIRM_PLACE_RULES]:
        firm, _, district = key
        if any(district in placed.get(zone, ()) for zone in placed[firm] if zone != district):
            del facts.facts[key]


# 签约企业均位于盐都高新区, 上述企业均落户东海经济开发区, （6个项目的合作企业均位于句容市）: where the firms told are
_FIRMS_ALL_IN_RE = re.compile(r"企业[均都全](?:来自|位于|落户(?:在|于)?|分布在|地处)")


def _firms_said_to_be_in(text: str, entities, facts: FactSet) -> None:
    """The firms of the deals told are all where a sentence says they are (签约企业均来自洋口港经济开发区): those
    of the sentence's paragraph, or, when it names none (a note over or under a table), all the article's.
    On the independent set writers place such firms there in 10 articles of 10."""
    if "企业" not in text:
        return
    places = {m.start: e.name for e in entities if e.cls == "Locality" for m in e.mentions}
    parties = {p for f in facts if f.p == "collaboratesWith" for p in (f.s, f.o)} | {
        f.o for f in facts if f.p == "brokered"}
    firms = [e for e in entities if e.cls == "Enterprise" and e.name in parties]
    for said in _FIRMS_ALL_IN_RE.finditer(text):
        place = places.get(said.end())
        if place is None:
            continue
        para = text.rfind("\n", 0, said.start()) + 1
        told = [e for e in firms if any(para <= m.start < said.start() for m in e.mentions)] or firms
        for firm in told:
            facts.add(firm.name, "locatedIn", place, (said.start(), said.end()), text, 0.6, "firms-all-in")


def _brokered_companies_are_local(text, entities, names, facts, divisions) -> None:
    """A company a team (or one of its members) brokered a deal for is in the team's place,
    unless its name says otherwise."""
    team_place = {e.name: e.info.get("locality") for e in entities if e.cls == "Team"}
    team_of = {f.s: f.o for f in facts if f.p == "memberOf" and f.o in team_place}
    kinds = {e.name: e for e in entities}
    places = [(e, divisions.by_code.get(e.code) if e.code else None) for e in entities if e.cls == "Locality"]
    towns: dict[tuple[str, str], str | None] = {}
    for f in list(facts):
        if f.p != "brokered":
            continue
        place = team_place.get(team_of.get(f.s, f.s))
        if place is None:
            continue
        ent = kinds.get(f.o)
        if ent is None or ent.cls != "Enterprise" or place.level == "province":
            continue
        named = _place_prefix(ent.name, divisions)
        if named is not None and named.code != place.code and not divisions.is_within(place, named.code):
            continue  # 南京宏图… brokered by a Zhenjiang team is still in Nanjing
        if ent.name.endswith(_BRANCH_SUFFIXES) and _place_inside(ent.name, divisions) is not None:
            continue  # 中国银行盐城分行: the branch's own place is in its name
        bracketed = _PLACE_IN_NAME_BRACKETS_RE.search(ent.name)
        if bracketed is not None and (where := _place_prefix(bracketed.group(1), divisions)) is not None and (
                where.code != place.code and not divisions.is_within(place, where.code)
                and not divisions.is_within(where, place.code)):
            continue  # 昆沭某工(宿迁)机械有限公司 brokered by 昆山's team: its bracket says where it is
        if any(h.cls in ("University", "ResearchInstitute") for s, _e, hs in find_gazetteer_names(ent.name) if s == 0
               for h in hs):
            continue  # 东南大学建筑设计研究院有限公司: a university's firm, where the university is
        if (ent.name, place.code) not in towns:
            towns[(ent.name, place.code)] = _section_town(text, ent, places, divisions, place)
        town = towns[(ent.name, place.code)]
        if town is not None:  # 【李堡镇】…挂职李堡镇副镇长的某某…A公司: the town the section is about
            facts.add(ent.name, "locatedIn", town, (f.start, f.end), text, 0.5, "section-town")
        elif place.name in names:  # (a town's page naming no district: only the town it names)
            facts.add(ent.name, "locatedIn", place.name, (f.start, f.end), text, 0.5, "brokered-local")


_TOWN_BODIES = ("党委", "党工委", "人民政府", "政府", "党支部")


def _section_town(text: str, ent, places, divisions, place) -> str | None:
    """The one town of ``place`` named in the paragraph where ``ent`` is first named, before it, or in
    the heading line right above that paragraph: a report on one town's member speaks of its firms.
    ``places`` holds the article's localities, each with its division entry (None for a zone)."""
    first = ent.first
    para = text.rfind("\n", 0, first) + 1
    head = text.rfind("\n", 0, max(0, para - 1)) + 1
    if para > 0 and para - head <= 40 and "。" not in text[head:para]:
        para = head  # (【滨海港镇：为新能源材料企业“把脉开方”】 over the paragraph)
    towns, others = set(), set()
    for e, entry in places:
        if not any(para <= m.start < first and not text.startswith(_TOWN_BODIES, m.end) for m in e.mentions):
            continue  # (某镇党委副书记 beside the firm's: a party of an alliance, not where the firm is said to be)
        if entry is None:
            others.add(e.name)  # a zone or a village: the section is not one town's
        elif entry.level in ("town", "subdistrict") and divisions.is_within(entry, place.code):
            towns.add(e.name)
    return next(iter(towns)) if len(towns) == 1 and not others else None


_BRANCH_SUFFIXES = lx.FIRM_BRANCH_SUFFIXES + lx.PLATFORM_BRANCH_SUFFIXES


def _own_teams(teams, ctx, divisions) -> set[str]:
    """The article's own teams: its main team, and teams in its home city (sub-teams)."""
    home = {e.code for e in (ctx.district, ctx.city) if e is not None}
    own = {ctx.main_team} if ctx.main_team else set()
    for t in teams:
        loc = t.info.get("locality")
        if loc is not None and (loc.code in home or any(a.code in home for a in divisions.ancestors(loc))):
            own.add(t.name)
        elif t.info.get("zone"):
            own.add(t.name)  # a zone's team (镇江新区团): zones are named where they are reported on
    return own


def _nearest_named(entry, names, divisions):
    """``entry`` or its nearest ancestor that the article names."""
    for e in [entry, *divisions.ancestors(entry)]:
        if e.name in names:
            return e
    return None


def _located_in(text, entities, names, ctx, divisions, facts, sent_of, resolved=(), sentences=()) -> None:
    named_codes = {e.code: e for e in entities if e.cls == "Locality" and e.code}
    for ent in entities:
        if ent.cls != "Locality":
            continue
        if ent.code:
            entry = divisions.by_code.get(ent.code)
            for anc in divisions.ancestors(entry) if entry else []:
                if anc.code in named_codes:
                    facts.add(ent.name, "locatedIn", anc.name, sent_of(ent), text, 0.9, "division-tree")
                    break
        elif (town := next((m.info["town"] for m in ent.mentions if m.info.get("town") is not None), None)) is not None:
            if town.canonical and town.canonical != ent.name:  # 马坝镇龙山村: a village is in its town
                facts.add(ent.name, "locatedIn", town.canonical, sent_of(ent), text, 0.8, "village-town")
        else:  # a zone: the place its name starts with, else the article's home
            prefix = _place_prefix(ent.name, divisions)
            parent = _nearest_named(prefix, names, divisions) if prefix is not None else None
            if parent is not None and parent.name != ent.name:
                facts.add(ent.name, "locatedIn", parent.name, sent_of(ent), text, 0.8, "zone-name")
            elif (ctx.district is not None and not _placed_by_sentence(ent, resolved, text, sentences)
                  and (prefix is None or divisions.is_within(prefix, ctx.district.code or ""))):
                # (南京江北新区 in a 溧水 article: its name places it in the city, not here)
                facts.add(ent.name, "locatedIn", ctx.district.name, sent_of(ent), text, 0.5, "zone-home")
    zones = {n: ent.name for ent in entities if ent.cls == "Locality" and not ent.code
             for n in (ent.name, *ent.aliases) if len(n) >= 4}
    for ent in entities:
        if ent.cls in ("GovernmentAgency", "Enterprise", "Platform"):
            # an agency's name starts with a place's full name (a short one could be any word),
            # but a zone's body with a zone's: 大丰港经济区管委会 → 大丰区
            zone_body = ent.cls == "GovernmentAgency" and any(m.rule.startswith("agency-zone") for m in ent.mentions)
            # (the zone inside 苏州高新区科技局 is resolved only through its other mentions: by its words)
            zone = next((z for m in ent.mentions if m.info.get("zone") is not None
                         and (z := m.info["zone"].canonical or zones.get(m.info["zone"].text)) in names), None) if zone_body else None
            if zone is not None:  # 泰兴经济开发区管委会 is in its zone (which its name places in turn)
                facts.add(ent.name, "locatedIn", zone, sent_of(ent), text, 0.85, "zone-body")
                continue
            if ent.cls in ("Enterprise", "Platform") and (zone := _zone_prefix(ent.name, zones)) is not None:
                # 张家港保税区长江国际港务有限公司: in the zone its name starts with, which the article names
                facts.add(ent.name, "locatedIn", zone, sent_of(ent), text, 0.8, "zone-prefix")
                continue
            place = _place_prefix(ent.name, divisions, allow_short=ent.cls != "GovernmentAgency" or zone_body,
                                  skip_inside_names=ent.cls == "Platform")
            if place is not None and place.level == "province" and ent.cls != "GovernmentAgency":
                place = None  # 江苏… in a company's registered name says nothing of where it is
            if ent.cls == "Platform" and _BRACKETED_PLACE_RE.match(ent.name):
                place = None  # 沭阳（南京）科创飞地: the place in brackets is where it is, not the one before
            if place is not None and (ent.cls == "GovernmentAgency" or place.name in names or place.level in ("city", "district", "county", "county_city")):
                facts.add(ent.name, "locatedIn", place.name, sent_of(ent), text, 0.8, "name-prefix")
            if ent.cls == "Enterprise" and place is None and (bracket := _FIRM_BRACKET_PLACE_RE.search(ent.name)):
                # 某某光学（苏州）有限公司: a foreign firm's local company names its city in brackets
                inner = _place_inside(bracket.group(0), divisions)
                if inner is not None and bracket.group(1) in (inner.name, *inner.aliases):
                    facts.add(ent.name, "locatedIn", inner.name, sent_of(ent), text, 0.75, "name-bracket")
                    continue
            if ent.cls == "Platform" or (ent.cls == "Enterprise" and place is None and ent.name.endswith(_BRANCH_SUFFIXES)):
                inner = _place_inside(ent.name, divisions)  # (中国银行盐城分行: the branch's place)
                if inner is not None and (place is None or inner.code != place.code):
                    inner = _nearest_named(inner, names, divisions) or inner
                    facts.add(ent.name, "locatedIn", inner.name, sent_of(ent), text, 0.65, "name-infix")
        if ent.cls == "University":
            entry = gazetteer.universities_by_name().get(ent.name)
            if entry is not None and entry.city and entry.city in names and entry.city[:2] in ent.name:
                # the university's city, when its name carries it and the article names that city
                # anywhere (上海交通大学 in the 上海 the article speaks of; not 河海大学 in 南京市: measured on
                # the independent set, writers place a university whose name does not say where it is
                # in one case of seven)
                facts.add(ent.name, "locatedIn", entry.city, sent_of(ent), text, 0.7, "gazetteer-city")
    for m in resolved:
        if m.cls in ("Enterprise", "Platform") and m.canonical and text[m.start - 1:m.start] == "·":
            # ①伊山镇·灌云县某某农业科技有限公司: a list's item names the firm's town, then the firm
            place = next((p for p in resolved.starting_in(max(0, m.start - 12), m.start)
                          if p.cls == "Locality" and p.canonical and p.end == m.start - 1), None)
            if place is not None:
                facts.add(m.canonical, "locatedIn", place.canonical, _sentence_of(m.start, sentences), text, 0.8, "place-dot")
    _places_from_sentences(text, resolved, names, ctx, facts, sentences)


def _chain_end(p, resolved):
    """The last place of the chain ``p`` starts (大丰区新丰镇 from 大丰区: 新丰镇), the most specific the text says."""
    while True:
        nxt = [q for q in resolved.starting_in(p.end, p.end + 1) if q.cls == "Locality" and q.canonical]
        if not nxt:
            return p
        p = max(nxt, key=lambda q: q.end)


def _placed_by_sentence(ent, resolved, text, sentences) -> bool:
    return any(m.canonical == ent.name and _host_place(m, resolved, text, sentences) is not None for m in resolved)


def _host_place(m, resolved, text, sentences):
    """The place a sentence puts ``m`` in: "镇江高新区设立了…m", "m…落户官塘创新社区"."""
    s0, s1 = _sentence_of(m.start, sentences)
    c0, c1 = _clause_bounds(text, m.start, s0, s1)
    after = text[m.end:c1]
    for verb in lx.SETTLE_VERBS:
        k = after.find(verb)
        if k >= 0 and not (verb in ("位于", "坐落于", "坐落在", "地处") and after[k - 1:k] in ("和", "与", "及", "、")):
            # (A和位于天泉湖镇的B: where B is, not A)
            vpos = m.end + k + len(verb)
            places = [p for p in resolved.starting_in(vpos, c1) if p.cls == "Locality"]
            if places:  # (落户大丰区新丰镇: the town the district is written before)
                return _chain_end(max(places, key=lambda p: (bool(p.info.get("zone")), -p.start)), resolved)
    located = _LOCATED_AT_RE.search(text, max(c0, m.start - 20), m.start) if (
        m.cls != "Locality" or m.info.get("zone")) else None  # (在位于灌南县某镇的某化工园区揭牌: a zone too)
    if located is not None:  # 位于(南通市海门区)常乐镇的江苏某某有限公司: the most specific place the text says
        places = [p for p in resolved.starting_in(located.start(1), located.end(1)) if p.cls == "Locality"
                  and p.end <= located.end(1)]
        if places:
            return max(places, key=lambda p: p.end)
    opened = _OPENED_AT_RE.match(text, m.end, c1) if m.cls == "Platform" else None
    if opened is not None:  # “…研究院”在如皋高新区揭牌成立: where it opened
        places = [p for p in resolved.starting_in(opened.start(1), opened.start(1) + 1) if p.cls == "Locality"]
        if places:  # (在连云区高公岛街道揭牌: the subdistrict)
            return _chain_end(max(places, key=lambda p: p.end), resolved)
    before = text[c0:m.start]
    if _has_cue(before, lx.HOST_PLACE_VERBS) or _has_cue(text[s0:m.start], lx.HOST_PLACE_VERBS):
        places = [p for p in resolved.starting_in(s0, m.start + 1) if p.cls == "Locality" and p.end <= m.start]
        verb_pos = max(text.rfind(v, s0, m.start) for v in lx.HOST_PLACE_VERBS)
        places = [p for p in places if p.end <= verb_pos]
        if places:
            return places[-1]
    if m.cls == "Enterprise" and text[m.end:m.end + 1] in "（(":
        # 常熟某某汽车部件有限公司（梅李镇）: the place in brackets after the name (a table's or a list's)
        chain = []  # (某某有限公司（南通市海安市）: a chain of places, the last the nearest)
        for p in resolved.starting_in(m.end + 1, m.end + 20):
            if p.cls == "Locality" and p.start == (chain[-1].end if chain else m.end + 1):
                chain.append(p)
        if chain and text[chain[-1].end:chain[-1].end + 1] in "）)":
            return chain[-1]
    if m.cls == "Enterprise":
        # 东台经济开发区江苏某某有限公司, 淮安经开区的某某公司, 锡山开发区企业X, 与开发区内的X, 与富安镇的X: the
        # zone or town written before the name
        first = _list_head(m, resolved, text, s0)  # (建湖高新区的A、B: B too)
        zone = next((p for p in resolved.starting_in(max(s0, first.start - 20), first.start) if p.cls == "Locality"
                     and text[p.end:first.start] in _BEFORE_FIRM_IN_PLACE and (_is_zone(p) or _is_town(p) or (
                         text[p.end:first.start] == "的" and _division_level(p) in _VISIT_PLACE_LEVELS
                         and _name_allows(m.canonical or m.text, p.info["division"])))), None)
        if zone is not None:
            return zone
        # …挂职泰兴经济开发区管委会副主任。…进入开发区内的X, 与区内的X: the zone named last in the paragraph
        inside = next((w for w in _IN_ZONE_WORDS if text.endswith(w, max(s0, m.start - 6), m.start)), None)
        if inside is not None:
            p0 = max(text.rfind("\n", 0, m.start) + 1, m.start - 300)
            last = max((p for p in resolved.starting_in(p0, m.start) if p.cls == "Locality" and p.end <= m.start),
                       key=lambda p: p.start, default=None)
            if last is not None and _is_zone(last) and (  # (园区… for a park, 开发区…/高新区… for a zone)
                    inside.startswith("区") or inside.startswith("园区") == ("园" in last.text)):
                return last
        # 挂任大桥镇副镇长的…，他牵线…与镇内企业X共建…: the town the sentence named before
        if text.endswith(("镇内企业", "镇内的", "镇内", "镇上的", "街道内企业"), max(s0, m.start - 5), m.start):
            town = max((p for p in resolved.starting_in(s0, m.start) if p.cls == "Locality" and _is_town(p)),
                       key=lambda p: p.start, default=None)
            if town is not None:
                return town
        # 赴昆山经济技术开发区，先后走访A、B等企业: the place the visit went to
        visit = _VISIT_TO_PLACE_RE.search(text, s0, m.start)
        if visit is not None and not _has_cue(text[visit.end():m.start], ("。", "；", ";", "，", ",")):  # (what it visited)
            places = [p for p in resolved.starting_in(visit.start(1), visit.start(1) + 1) if p.cls == "Locality"
                      and p.end <= visit.end(1) and (p.info.get("zone") or _is_town(p))]
            if places:
                return max(places, key=lambda p: p.end)
        place = _visit_place(m, resolved, text, s0)
        if place is not None:
            return place
        # 某某公司是沙溪镇一家…企业, 某某（以下简称“某某”）是锡山经开区的龙头企业: what the firm is, of its place
        copula = _FIRM_IS_RE.match(text, m.end, c1)
        if copula is not None:
            places = [p for p in resolved.starting_in(copula.end(), copula.end() + 1) if p.cls == "Locality"]
            place = max(places, key=lambda p: p.end, default=None)
            if place is not None and _FIRM_OF_PLACE_RE.match(text, place.end, c1) and (
                    _is_zone(place) or _is_town(place) or _division_level(place) in _VISIT_PLACE_LEVELS):
                return place
    if m.cls != "Locality":
        return None
    quote_gap = text[max(0, m.start - 2):m.start]
    prev = [p for p in resolved if p.cls == "Locality" and p.end <= m.start and m.start - p.end <= 1 and (quote_gap.endswith("“") or p.end == m.start)]
    if prev:
        return prev[-1]
    return None


def _list_head(m, resolved, text, s0):
    """The first firm of the list ``m`` ends (A、B和C: A), or ``m`` itself."""
    head = m
    while True:
        sep = 1 if text[head.start - 1:head.start] in "、，," else 0
        if not sep and text[head.start - 1:head.start] in ("和", "及", "与"):
            sep = 1
        prev = [p for p in resolved.starting_in(max(s0, head.start - sep - 40), head.start - sep)
                if p.cls == "Enterprise" and p.end == head.start - sep] if sep else []
        if not prev or text[head.start - 1] in "，," and not text.startswith("、", prev[0].start - 1):
            return head  # (a comma joins only a list already joined by 、)
        head = prev[0]


_BEFORE_FIRM_IN_PLACE = frozenset({"", "的", "企业", "内的", "内企业", "区内的", "辖区内的"})
# a bare zone word before a firm: 开发区内的X, 园区企业X, 区内的X (the zone the paragraph named last)
_IN_ZONE_WORDS = ("开发区内的", "开发区内企业", "开发区企业", "高新区内的", "高新区企业", "园区内的", "园区内企业", "园区企业",
                  "区内的", "区内企业")
# the verb of a visit whose objects follow it (走访了A、B和C), and what says where the visit went (在X，, 来到X，
# 深入以…为主导产业的X，) or where the visitor serves (挂任X副镇长后，)
_VISIT_VERB_RE = re.compile(r"走访|拜访|来到|走进|调研|考察")
_VISIT_PLACE_CUE_RE = re.compile(r"(?:在|赴|到|来到|前往|走进|赶往|深入|进入|走访|调研)(?:[^，。；,;]{0,20}?的)?$")
_AFTER_VISIT_PLACE = ("调研", "考察", "走访", "拜访", "来到", "走进", "开展", "后，", "副", "科技副", "的", "党")
_VISIT_PLACE_LEVELS = frozenset({"town", "subdistrict", "district", "county", "county_city"})


def _visit_place(m, resolved, text, s0):
    """The zone, town or county a visit went to (在大丰经济开发区，调研组先后走访了A和B) or its visitor
    serves in (挂任沙集镇副镇长后，走访了A、B): where the firms visited there are."""
    verb = None
    for v in _VISIT_VERB_RE.finditer(text, s0, m.start):
        verb = v
    if verb is None or _has_cue(text[verb.end():m.start], ("。", "；", ";", "，", ",", "：", ":")):
        return None  # (only the list of what was visited between the verb and the firm)
    for p in reversed(resolved.starting_in(s0, verb.start())):
        if p.cls != "Locality" or p.end > verb.start() or _has_cue(text[p.end:verb.start()], ("。", "；", ";")):
            continue
        div = p.info.get("division")
        if not (p.info.get("zone") or (div is not None and div.level in _VISIT_PLACE_LEVELS)
                or p.info.get("town") is not None):
            continue
        if not (text[p.end:p.end + 1] in "，,、（(" or text.startswith(_AFTER_VISIT_PLACE, p.end)):
            continue
        if text[p.end:p.end + 1] == "、" or text[p.start - 1:p.start] == "、":
            return None  # (走访宝华镇、下蜀镇企业: which of the places a firm is in is not said)
        if _VISIT_PLACE_CUE_RE.search(text, max(s0, p.start - 24), p.start) or (
                (p.info.get("zone") or _is_town(p)) and text.endswith(("挂职", "挂任"), max(s0, p.start - 2), p.start)):
            return p  # (a county's deputy visits firms all over it: only a town's or a zone's are placed by the post)
    return None


# 某某公司（以下简称“某某”）已是: what the firm is follows
_FIRM_IS_RE = re.compile(r"(?:[（(][^）)]{0,24}[）)])?(?:已|就|也|则|即|现)?是")
# …镇一家从事…的企业, …经开区的龙头企业, …高新区重点培育的…: a firm of that place
_FIRM_OF_PLACE_RE = re.compile(r"(?:本地|本土|当地)?(?:的)?(?:一家|一个|重点|龙头|骨干|规上|规模以上|知名|老牌|首家|唯一|引进)|的[^，。；]{0,14}?企业")


def _name_allows(name: str, place) -> bool:
    """Whether a firm's name leaves it free to be in the division ``place``: it names no place, or one
    that holds ``place`` or lies in it (宿迁市某某 in 宿豫区, not 南京某某 in 盱眙县)."""
    divisions = gazetteer.divisions()
    named = _place_prefix(name, divisions)
    return named is None or named.level == "province" or divisions.is_within(place, named.code) or divisions.is_within(
        named, place.code)


def _division_level(p) -> str | None:
    """The level of the division the place mention ``p`` names (town, county…), if the gazetteer knows it."""
    div = p.info.get("division")
    return div.level if div is not None else None


# 赴X(，)先后走访: the place a visit went to, then the cue (what follows the cue is visited there)
_VISIT_TO_PLACE_RE = re.compile(r"(?:赴|到|走进|深入)([\u4e00-\u9fff]{2,16}?)[，,]?(?:先后|分别|实地|重点|深入)?(?:走访|调研|考察)")


def _is_zone(p) -> bool:
    """Whether the place mention ``p`` is a zone, or a bare 开发区 standing for the zone named last before it
    (研究院落户兴化经济开发区…与开发区企业X: X is in that zone)."""
    alias_of = p.info.get("alias_of")
    return bool(p.info.get("zone") or (alias_of is not None and alias_of.info.get("zone")))


def _is_town(p) -> bool:
    """Whether the place mention ``p`` is a town, subdistrict or village."""
    div = p.info.get("division")
    return (div is not None and div.level in ("town", "subdistrict")) or p.info.get("town") is not None


_LOCATED_AT_RE = re.compile(r"(?:位于|地处|坐落于|坐落在)([\u4e00-\u9fff（）()]{2,16}?)的$")
_OPENED_AT_RE = re.compile(r"[”\"]?(?:于|已于|正式|近日|日前|随即|同时|今年|去年|前年|\d{4}年|\d{1,2}月(?:\d{1,2}日)?|[上中下]旬|初|底){0,4}在([\u4e00-\u9fff（）()]{2,16}?)(?:正式)?(?:揭牌|成立|启用|落成|开园|挂牌|投入使用|投用|开工)")


def _places_from_sentences(text, resolved, names, ctx, facts, sentences) -> None:
    """Places stated by the sentence: 落户 X, X 设立了 …, a district right before a zone."""
    for m in resolved:
        if m.cls not in ("Enterprise", "Platform", "Locality") or (m.cls == "Locality" and not m.info.get("zone")):
            continue
        place = _host_place(m, resolved, text, sentences)
        if place is not None and place.canonical and place.canonical != m.canonical:
            span = _sentence_of(m.start, sentences)
            facts.add(m.canonical, "locatedIn", place.canonical, span, text, 0.75, "sentence-place")
    # 区内企业: companies of the home district
    if ctx.district is None:
        return
    for m in resolved:
        if m.cls != "Enterprise":
            continue
        s0, s1 = _sentence_of(m.start, sentences)
        c0, c1 = _clause_bounds(text, m.start, s0, s1)
        window = text[max(s0, c0 - 40):c1 + 10]
        if _has_cue(window, lx.LOCAL_CUES):
            facts.add(m.canonical, "locatedIn", ctx.district.name, (s0, s1), text, 0.55, "local-cue")


def _place_prefix(name: str, divisions, allow_short: bool = True, skip_inside_names: bool = False):
    """The place a name starts with (镇江华浩… → 镇江市), if any."""
    hits = find_gazetteer_names(name)
    if skip_inside_names:
        org_spans = [(s, e) for s, e, hs in hits if any(h.cls in ("University", "ResearchInstitute") for h in hs)]
        if any(s == 0 for s, _ in org_spans):
            return None

    def longest_at(at: int, within: str | None = None):
        best = None
        for start, end, hs in hits:
            if start != at:
                continue
            for h in hs:
                if h.cls == "Locality" and (allow_short or not h.short):
                    entry = divisions.by_code.get(h.code)
                    if entry is not None and (best is None or end > best[0]) and (within is None or (
                            entry.level in ("city", "district", "county", "county_city")
                            and divisions.is_within(entry, within))):
                        best = (end, entry)
        return best

    best = longest_at(0)
    if best is not None and best[1].level == "province" and allow_short:
        best = longest_at(best[0], best[1].code) or best  # 江苏泗阳宏达食品有限公司: the county after the province
    return best[1] if best else None


def _zone_prefix(name: str, zones: dict[str, str]) -> str | None:
    """The zone (by its canonical name) that ``name`` starts with, the longest of ``zones``
    (its names and aliases), when a name of the firm's own follows it."""
    best = max((z for z in zones if name.startswith(z) and len(name) >= len(z) + 4), key=len, default=None)
    return zones[best] if best is not None else None


_BRACKETED_PLACE_RE = re.compile(r"[^（(]{2,6}[（(][^）)]{2,6}[）)]")
# a place in brackets inside a company's name, before what kind of company it is
_FIRM_BRACKET_PLACE_RE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)](?=[\u4e00-\u9fff]{0,8}(?:有限|股份|公司))")


# a place in brackets inside a firm's name: 昆沭某工(宿迁)机械有限公司
_PLACE_IN_NAME_BRACKETS_RE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[)）]")


def _place_inside(name: str, divisions):
    for start, end, hits in find_gazetteer_names(name):
        if start == 0:
            continue
        for h in hits:
            if h.cls == "Locality" and h.code:
                entry = divisions.by_code.get(h.code)
                if entry is not None and entry.level in ("city", "county_city", "district", "county"):
                    return entry
    return None


# (教师 too, between a body and a post: 我院青年教师、新河镇副镇长祝某; it introduces no name: 青年教师党员)
_ROLE_RE = re.compile("|".join(re.escape(r) for r in sorted({*lx.ROLE_WORDS, "教师", "青年教师", "骨干教师"},
                                                              key=len, reverse=True)))
_BODIES_WITH_OFFICES = ("GovernmentAgency", "University", "ResearchInstitute", "Enterprise")
# an office of up to eight characters (as the role chain reads them), then a role
_OFFICE_THEN_ROLE_RE = re.compile(r"[\u4e00-\u9fff]{1,7}[处科室办部](?:" + "|".join(re.escape(r) for r in lx.ROLE_WORDS) + ")")


def _before_role(text: str, pos: int) -> bool:
    """Whether a role word (or an office, then a role: 人事处副处长) follows ``pos``: the name
    before it is someone's employer, not what the clause is about."""
    return bool(_ROLE_RE.match(text, pos) or _OFFICE_THEN_ROLE_RE.match(text, pos))


def _employer_of_named(text: str, m: Mention, ms: list[Mention]) -> bool:
    """Whether ``m`` is named as a named person's employer (某学院副教授苗某), a title, not a party."""
    return _before_role(text, m.end) and any(p.cls == "Person" and 0 < p.start - m.end <= 6 for p in ms)


def _members_origin(text: str, m: Mention) -> bool:
    """Whether ``m`` is named as where a member comes from (来自南航的团员某某), not as a party of what
    the clause reports."""
    if not (text.endswith("来自", 0, m.start) and text.startswith("的", m.end)):
        return False
    k = m.end + 1 + next((len(w) for w in ("科技镇长团", "镇长团") if text.startswith(w, m.end + 1)), 0)
    return _before_role(text, k)  # (not 发挥团员来自某大学的优势)


_UNNAMED_UNIT_RE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:学院|系)$")
_CHAIN_FILLER = re.compile(r"(?:党委|党支部|党总支|党工委|委员会|常务|挂职|[（(]挂职[）)]|、|和|兼|及|的|我校|本校|临时|来自|现)+$")  # (副教授、现挂职某镇副镇长的…团员某某)
# a team's role or a local post right before a comma in a chain of titles (团长、副县长，…教授某某)
_POST_BEFORE_COMMA_RE = re.compile(r"(?:副?团长|团员|成员|副?[县市区镇乡]长)$")
# a roster's section heading on a line of its own, right before its first item: 一、团长, （二）团员
# (or with no number, the role's characters spaced out: 团　长)
_ROLE_HEADING_RE = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*"
                              r"(副?团[ \u3000]?长|团[ \u3000]?员|成[ \u3000]?员)[：:]?\s*\n\s*$")


# (the words between: when, 自去年8月起, 于2023年9月, 现, 同时)
_TAKES_TEAM_POST_RE = re.compile(r"[自从于0-9０-９一二三四五六七八九十去今前年月日号底初中旬起以来上下半期间现将同时还曾目前已]{0,12}?"
                                 r"(?P<verb>担任|出任|挂职|挂任|任)")
_LATER_CLAUSE_ROLE_RE = re.compile(r"[，,](?:并|同时|还|拟)?(?P<verb>担任|兼任|出任|任)")


# 校党委常委、副校长X, 校长X, 校党委书记X: a leader of the university whose news it is
_HOME_LEADER_RE = re.compile(r"(?:^|[，,、。；;：:\n（(])(?:校党委[\u4e00-\u9fff]{0,4}、)?"
                             r"(?:校党委(?:书记|副书记|常委)|校长|副校长|校长助理)$")


# a team's head in a row's cell (…｜副县长、团长｜), not a deputy's or a sub-team's
_HEAD_POST_RE = re.compile(r"(?<![副分])团长")
# 7个县区团团长分别为:淮安区团柯某(…),淮阴区团尤某(…): each team's head, after its short form
_HEADS_LISTED_RE = re.compile(r"团长(?:分别|依次)?[为是][:：]?")


def _team_heads_listed(text, resolved, facts, sentences) -> None:
    """The teams' heads a sentence lists after 团长分别为, each after their team's short form."""
    by_end = {m.end: m for m in resolved if m.cls == "Team" and m.canonical}
    for m in resolved:
        if m.cls != "Person" or m.rule != "person-after-team" or not m.canonical or m.start not in by_end:
            continue
        span = _sentence_of(m.start, sentences)
        if _HEADS_LISTED_RE.search(text, span[0], m.start):
            facts.add(m.canonical, "leads", by_end[m.start].canonical, span, text, 0.6, "team-heads-listed")


_ACADEMIC_CLASSES = frozenset({"University", "AcademicUnit", "ResearchInstitute"})


# a meeting where a team's members speak in turn (科技镇长团团员座谈会, 团员工作交流会, 团员述职)
_MEMBERS_SPEAK_RE = re.compile(r"团员[^。\n]{0,6}(?:座谈|交流|述职|汇报|发言)")


# a registration form's fields about the person its 姓名 field names
# the labels that name where a member comes from (a form's field, a card's line, a roster's or a note's label)
_HOME_LABELS = "派出单位|工作单位|所在单位|原单位|后方单位"
_FORM_HOME_RE = re.compile(rf"(?:{_HOME_LABELS}|挂职单位)(?:及职务)?[：: \u3000\t|｜]+")
_FORM_TEAM_RE = re.compile(r"(?:所在团组|所属团组|所在团队|所在团|所属团|所在科技镇长团|所属科技镇长团)[：: \u3000\t|｜]+")


# a form's field of the post held while seconded, which may name the team and the role in it
_FORM_POST_RE = re.compile(r"(?:挂职单位及职务|挂职单位及岗位|挂职职务|挂职岗位|挂职单位)[：:][ \u3000]*")


def form_person(mentions) -> Mention | None:
    """The person a registration form's 姓名 field names, if the article is such a form."""
    return next((m for m in mentions if m.rule == "person-form" and m.canonical), None)


def _form_fields(text: str, resolved, facts: FactSet) -> None:
    """A registration form (姓名 沈某然　性别 男 / 派出单位 某大学某学院 / 挂职单位 某某有限公司 / 所在团 某团):
    the person its name field names works at the bodies its unit fields name and is a member of the
    team its team field names."""
    person = form_person(resolved)
    if person is None:
        return
    starts = {m.start: m for m in resolved if m.canonical}
    for label, prop, classes in ((_FORM_HOME_RE, "affiliatedWith", ORG_CLASSES - {"Platform"}),
                                 (_FORM_TEAM_RE, "memberOf", {"Team"})):
        for field in label.finditer(text):
            body = starts.get(field.end())
            if body is not None and body.cls == "Locality" and "Team" in classes:
                # (所在团组：宿迁市泗洪县第十五批科技镇长团: the city only qualifies the team's name)
                body = next((m for m in resolved.starting_in(body.end, field.end() + 8) if m.cls == "Team" and m.canonical
                             and all(o.cls == "Locality" for o in resolved.starting_in(field.end(), m.start))), body)
            if body is not None and body.cls in classes:
                facts.add(person.canonical, prop, body.canonical, (field.start(), body.end), text, 0.7, "form-field")
    for field in _FORM_POST_RE.finditer(text):
        # 挂职单位及职务：东台市第十五批科技镇长团团员，某开发区管委会副主任: the team, with the role held in it
        line_end = text.find("\n", field.end()) % (len(text) + 1)
        team = next((m for m in resolved.starting_in(field.end(), line_end) if m.cls == "Team" and m.canonical
                     and all(o.cls == "Locality" for o in resolved.starting_in(field.end(), m.start))), None)
        role = TEAM_ROLE_AFTER_RE.match(text, team.end) if team is not None else None
        if role is not None:
            facts.add(person.canonical, "memberOf", team.canonical, (field.start(), line_end), text, 0.7, "form-field")
            if role.group() == "团长":
                facts.add(person.canonical, "leads", team.canonical, (field.start(), line_end), text, 0.7, "form-field")


# a résumé's dated line (2018.01—2023.06　某大学某学院教授) and the words of one that tells a study, not a post
_RESUME_LINE_RE = re.compile(r"(?m)^[ \u3000]*\d{4}[.．年]\s*\d{1,2}月?\s*[—–\-~～至]+[^\n]*$")
_STUDY_RE = re.compile(r"学习|就读|读书|求学|硕博连读|本科|硕士研究生|博士研究生|研究生学习|攻读|毕业|留学|访问学者")


def _resume_lines(text: str, resolved, facts: FactSet) -> None:
    """A profile's résumé (程某阳，男，汉族… / 2018.01—2023.06　某大学某学院教授 / 2023.07—　某区人民政府副区长（挂职），
    某市第十六批科技镇长团某分团团长): the person it is about worked at the body each post line opens with, and is
    a member (or the leader) of a team a line names with its role; a line of study names no post."""
    subjects = {m.canonical for m in resolved if m.rule == "person-resume" and m.canonical}
    if len(subjects) != 1:
        return
    who = subjects.pop()
    for line in _RESUME_LINE_RE.finditer(text):
        lo, hi = line.start(), line.end()
        if _STUDY_RE.search(text, lo, hi):
            continue
        inside = [m for m in resolved.starting_in(lo, hi) if m.canonical and m.end <= hi]
        body = next((m for m in inside if m.cls in ("University", "AcademicUnit", "ResearchInstitute", "GovernmentAgency")
                     and _ROLE_RE.match(text, m.end)), None)
        if body is not None:
            facts.add(who, "affiliatedWith", body.canonical, (lo, hi), text, 0.65, "resume-line")
        for t in (m for m in inside if m.cls == "Team"):
            role = TEAM_ROLE_AFTER_RE.match(text, t.end)
            if role is not None:
                facts.add(who, "memberOf", t.canonical, (lo, hi), text, 0.7, "resume-line")
                if role.group() == "团长":
                    facts.add(who, "leads", t.canonical, (lo, hi), text, 0.7, "resume-line")


_HOME_LABEL_RE = re.compile(rf"(?:{_HOME_LABELS})(?:[：:]|为|是)[ \u3000]*")


def _labelled_roster_lines(text: str, resolved, facts: FactSet) -> None:
    """A roster's line or a note's sentence naming one person and labelling their body (团长　郑某博　某县副县长
    派出单位：江苏海洋大学; 邵某帆同志为…团长，…，派出单位为河海大学。): the person works at the body the label names."""
    if "单位" not in text:
        return
    starts = {m.start: m for m in resolved if m.canonical}
    for field in _HOME_LABEL_RE.finditer(text):
        # (…团长，挂职任副区长，派出单位为河海大学。: the sentence's person)
        line = max(text.rfind("\n", 0, field.start()), text.rfind("。", 0, field.start())) + 1
        persons = [m for m in resolved.starting_in(line, field.start()) if m.cls == "Person" and m.canonical]
        body = starts.get(field.end())
        if len(persons) == 1 and body is not None and body.cls in ORG_CLASSES - {"Platform"}:
            facts.add(persons[0].canonical, "affiliatedWith", body.canonical, (line, body.end), text, 0.65, "roster-label")


# the labelled lines of a member's card (📌 某某 / 后方单位：… / 挂职岗位：…): where they come from, where they serve
_CARD_LABEL_RE = re.compile(rf"[ \u3000]*({_HOME_LABELS}|挂职岗位|挂职职务|挂任职务|挂职单位)[：:]")


def _card_fields(text: str, resolved, ctx, facts: FactSet) -> None:
    """A member's card (a name on its own line, then 后方单位：复旦大学某系 / 挂职岗位：某高新区管委会副主任): the
    person works at the body of each labelled line, and, being posted, is a member of the article's team."""
    for m in resolved:
        if m.rule != "person-card" or not m.canonical:
            continue
        line = text.find("\n", m.end) + 1
        while line and (label := _CARD_LABEL_RE.match(text, line)) is not None:
            end = text.find("\n", line)
            end = len(text) if end < 0 else end
            for o in resolved.starting_in(label.end(), end):
                if o.canonical and o.end <= end and o.cls in ORG_CLASSES - {"Platform"}:
                    facts.add(m.canonical, "affiliatedWith", o.canonical, (m.start, end), text, 0.7, "card-field")
                    break  # (复旦大学材料科学系: the school, not again its university)
            if label.group(1).startswith("挂") and ctx.main_team:
                facts.add(m.canonical, "memberOf", ctx.main_team, (m.start, end), text, 0.6, "card-field")
            line = end + 1 if end < len(text) else 0


# a row of a list of several programmes' people that names another programme, and the words that make it the team's
_OTHER_PROGRAMME_ROW_RE = re.compile(r"科技副总|产业教授|第一书记|工作队|科技特派员|博士服务团|双创人才|双创博士")
_TEAM_ROW_RE = re.compile(r"镇长团|团长|团员")


def _line_of(text: str, k: int) -> str:
    """The line holding position ``k``."""
    end = text.find("\n", k)
    return text[text.rfind("\n", 0, k) + 1:len(text) if end < 0 else end]


def _batch_rows(text, resolved, facts) -> None:
    """A row of a table of batches (第十一批｜2018｜赵某之｜南京工业大学): the row's person works for the body
    named in a later cell of the row."""
    for m in resolved:
        if m.cls != "Person" or not m.canonical or m.rule != "person-batch-row":
            continue
        end = text.find("\n", m.end)
        end = len(text) if end < 0 else end
        org = next((o for o in resolved.starting_in(m.end, end) if o.canonical and (
            o.cls in _ACADEMIC_CLASSES or o.cls in ("Enterprise", "GovernmentAgency"))), None)
        if org is not None:
            facts.add(m.canonical, "affiliatedWith", org.canonical, (m.start, end), text, 0.65, "person-batch-row")


def _posted_batches(text, resolved, facts) -> None:
    """A member's record of batches (◆刘某，某大学教授。第六批入选某县科技镇长团…；第十三批在某市挂职): the person the
    paragraph opens with was a member of each team its batches and places name."""
    for t in resolved:
        if t.cls != "Team" or not t.canonical or not t.info.get("posted"):
            continue
        line = text.rfind("\n", 0, t.start) + 1
        person = next((m for m in resolved.starting_in(line, t.start) if m.cls == "Person" and m.canonical), None)
        if person is not None and text.find("。", line, person.start) < 0:  # (the paragraph's first sentence names them)
            facts.add(person.canonical, "memberOf", t.canonical, (line, t.end), text, 0.6, "member-posted")


# a cell gap of a table aligned with spaces: two or more spaces, or an ideographic one
_SPACED_CELL_BREAK_RE = re.compile(r"[ \u3000]{2,}|\u3000")
# a government's deputy head (…人民政府副区长): the seconded member's post, not a job at an agency
_GOVERNMENT_POST_RE = re.compile(r"副?(?:区长|县长|市长|镇长|乡长)")


def _home_university(resolved, text: str = "") -> str | None:
    """In a university's own news, the university its 我校 (本校) stands for: a party or a sender, or the
    university before one of its schools (由我校材料学院与…共建)."""
    named = next((m.canonical for m in resolved if m.cls == "University" and m.text in ("我校", "本校") and m.canonical),
                 None)
    return named or next((u.hits[0].name for m in resolved if m.cls == "AcademicUnit"
                          and isinstance(u := m.info.get("university"), Mention) and u.rule == "home" and u.hits
                          and u.hits[0].cls == "University" and text.endswith(("我校", "本校"), 0, u.start)), None)


# a table's heading line that names those who take part or advise (参加人员, 对接专家名单), not the team's members
# (a header of the members' columns, 挂职职务｜派出单位, makes them members still)
_GUEST_TABLE_HEADING_RE = re.compile(r"^(?![^\n]*(?:团员|成员|挂职|镇长团))[^\n]*(?:参加人员|参会人员|与会人员|出席人员|专家|受聘|产业教授|兼职教授)"
                                     r"[^\n]*\n(?!.*(?:挂职|派出|团|后方))")


def _table_heading(text: str, pos: int) -> str:
    """The line above the table that holds ``pos`` (its title or the section heading over it) and the
    table's first line (its header), joined by a line break; '' when no line is above it."""
    line0, header = text.rfind("\n", 0, pos) + 1, ""
    while line0 > 0:
        prev0 = text.rfind("\n", 0, line0 - 1) + 1
        line = text[prev0:line0 - 1]
        if line.strip() and not any(ch in line for ch in "|｜\t"):
            return line.strip() + "\n" + header
        header = line if line.strip() else header
        line0 = prev0
    return ""


_ROLE_LABEL_CELL_RE = re.compile(r"[ \u3000]*(?:副?团[ \u3000]*长|成[ \u3000]*员|团[ \u3000]*员)[：:][ \u3000]*")


def _roster_rows(text, resolved, ctx, facts, sentences) -> None:
    """A roster's row: 刘某宇（团长），南京…学院副院长 (the body after the bracket is where they work), a
    table's row (name｜university｜…, or a spaced row: 1　顾某　某大学某学院　副市长), or a table flattened a
    cell a line (name, then the university on the next line); each a member of the team the section is
    about."""
    starts = {o.start: o for o in resolved if o.cls in ORG_CLASSES}
    home = _home_university(resolved, text)
    for m in resolved:
        if m.cls == "Person" and m.canonical and m.rule == "person-list-item":
            # 1　顾某博　南京理工大学自动化学院　市政府副市长（团长）: a spaced row, the body in the cell after the name
            at = m.end
            while text[at:at + 1] in (" ", "\u3000", "\t"):
                at += 1
            org = starts.get(at) if at > m.end else None
            if org is not None and org.canonical and org.cls in _ACADEMIC_CLASSES:
                facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.65,
                          "person-roster-row")
            continue
        # (团　长：严　某　挂职某县副县长　河海大学: a spaced row whose role labels it, read as the rows under it)
        labelled = m.cls == "Person" and m.rule.startswith("person-role:") and _ROLE_LABEL_CELL_RE.fullmatch(
            text, text.rfind("\n", 0, m.start) + 1, m.start) is not None and _SPACED_CELL_BREAK_RE.match(text, m.end)
        # (1｜唐某（团长）｜某大学某学院副院长｜…: a name with its role in brackets, in a table's row)
        bracketed_row = m.rule == "person-role-bracket" and text[m.end:m.end + 1] in "（(" and TABLE_CELL_BREAK_RE.match(
            text, text.find("）" if text[m.end] == "（" else ")", m.end) + 1) is not None
        if m.cls != "Person" or not m.canonical or not (
                m.rule.startswith(("person-roster", "person-table")) or labelled or bracketed_row):
            continue
        at, posts = m.end, []
        after = m.end
        if text[after:after + 1] in ("（", "(") and 0 <= (close := text.find("）" if text[after] == "（" else ")", after)) - after <= 6:
            after = close + 1  # 沈某秋（团长）　副区长　某大学某学院: past the role in brackets
        spaced = _SPACED_CELL_BREAK_RE.match(text, after) if not TABLE_CELL_BREAK_RE.match(text, after) else None
        if spaced is not None:  # a table aligned with spaces (姓名　　挂职岗位　　派出单位): its home, in any cell
            line_end = text.find("\n", after) % (len(text) + 1)
            cells = [a for a, _ in _line_cells(text, spaced.end(), line_end)]
            at = next((c for c in cells if c in starts and starts[c].cls in _ACADEMIC_CLASSES),
                      next((c for c in cells if c in starts), cells[0] if cells else after))
            posts = [starts[c] for c in cells if c != at and c in starts and starts[c].cls == "GovernmentAgency"
                     and not _GOVERNMENT_POST_RE.match(text, starts[c].end)]  # (大丰区人民政府副区长: no agency's staff)
        elif m.rule.startswith("person-roster") or bracketed_row:
            at = text.find("）" if text[m.end] == "（" else ")", m.end) + 1
            if (cell := TABLE_CELL_BREAK_RE.match(text, at)) is not None:
                # …｜韩某（团长）｜姜堰区副区长｜东南大学电气工程学院｜: a table's row, its body in a later cell
                cells = row_cell_starts(text, cell.end())
                at = next((c for c in cells if c in starts and starts[c].cls in _ACADEMIC_CLASSES), cells[0])
            else:
                at += 1 if text[at:at + 1] in "，,：: " else 0
        else:  # the first of its row's next cells to name a body (戚某岭｜南京大学｜…), or the next line
            cell = TABLE_CELL_BREAK_RE.match(text, m.end)
            at = text.find("\n", m.end) + 1
            if cell is not None:
                cells = row_cell_starts(text, cell.end())
                at = next((c for c in cells if c in starts), cells[0])
                # a later cell opening on an agency: the post taken there (…｜吴江区科技局局长助理｜)
                posts = [starts[c] for c in cells if c > at and c in starts and starts[c].cls == "GovernmentAgency"]
        span = _sentence_of(m.start, sentences)
        for post in posts:
            if post.canonical:
                facts.add(m.canonical, "affiliatedWith", post.canonical, span, text, 0.6, "person-roster-post")
        org = starts.get(at)
        if m.rule.startswith("person-table") and (org is None or org.cls not in _ACADEMIC_CLASSES):
            # (汪某｜化学工程学院｜泰兴市｜某某有限公司｜…: the member's school, not the row's partner)
            org = next((starts[c] for c in row_cell_starts(text, at) if c in starts
                        and starts[c].cls in _ACADEMIC_CLASSES), org) if at > m.end and "\n" not in text[m.end:at] else org
        if org is not None and org.canonical and org.cls in ("University", "ResearchInstitute", "AcademicUnit",
                                                             "Enterprise", "GovernmentAgency"):
            facts.add(m.canonical, "affiliatedWith", org.canonical, span, text, 0.7, "person-roster-row")
        if m.rule.startswith("person-table") and home is not None and (org is None or org.cls == "GovernmentAgency"):
            # 姓名｜职称｜所在团｜挂职岗位 in a university's own news (我校22名教师…): its own staff, whatever post
            facts.add(m.canonical, "affiliatedWith", home, span, text, 0.6, "person-roster-home")
        team = _section_team(text, resolved, m.start) or ctx.main_team
        if m.rule.startswith("person-table"):
            row_end = text.find("\n", m.end) % (len(text) + 1)
            # …｜岑某言｜男｜海安市科技镇长团｜…: the team of the row's own cell (所在团)
            # (分团｜姓名｜… / 靖江团｜邵某桐｜…: a name column after the team's, read from the row's start)
            row_start = text.rfind("\n", 0, m.start) + 1 if m.rule == "person-table-column" else m.end
            team = next((t.canonical for t in resolved.starting_in(row_start, row_end) if t.cls == "Team" and t.canonical
                         and (t.rule == "team-cell" or (TABLE_CELL_BREAK_RE.match(text, t.end) is not None
                               and not text[row_start:t.start].strip(" \u3000|｜"))  # (the row's first cell)
                              or (TABLE_CELL_BREAK_RE.match(text, t.end) is not None
                               or text[t.end:t.end + 1] in ("\n", "", "（", "("))  # (…｜射阳团 at the row's end; 泗洪团（团长）)
                              and text[:t.start].rstrip(" \u3000")[-1:] in ("|", "｜", "\t")
                              # (1　王　某　张家港市团（团长）　…: a cell set apart by ideographic spaces)
                              or _SPACED_CELL_END_RE.match(text, t.end) and text[t.start - 1:t.start] in ("\u3000", "\t"))),
                        team)
        if m.rule.startswith("person-table") and _OTHER_PROGRAMME_ROW_RE.search(_line_of(text, m.start)) and not (
                _TEAM_ROW_RE.search(_line_of(text, m.start))):
            continue  # …｜科技副总｜, …｜驻村第一书记｜: a row of another programme's talent, no member of the team
        if m.rule.startswith("person-table") and _GUEST_TABLE_HEADING_RE.search(_table_heading(text, m.start)) and not (
                _TEAM_ROW_RE.search(_line_of(text, m.start))):
            continue  # 三、参加人员 / 序号｜姓名｜单位及职务｜研究方向: the experts a letter names, no members
        if m.rule.startswith("person-table") and team and not _is_member(m.canonical, facts):
            facts.add(m.canonical, "memberOf", team, span, text, 0.6, "person-roster-row")
            row_end = text.find("\n", m.end)
            if _HEAD_POST_RE.search(text, m.end, row_end if row_end >= 0 else len(text)):
                facts.add(m.canonical, "leads", team, span, text, 0.6, "person-roster-row")  # …｜副县长、团长｜


# a line of a body, a post and a name set apart by spaces (① 苏州大学某研究院　研究员　祁某东, 昆山某某有限公司　总工程师
# 晏某林): an agenda's speakers, a list of guests
_BODY_POST_NAME_LINE_RE = re.compile(
    r"(?m)^[ \u3000]*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}[.．、])?[ \u3000]*[\u4e00-\u9fff（）()—]{4,30}?"
    r"(?:大学|学院|研究院|研究所|纳米所|中心|公司|集团|局|委员会|管委会)[ \u3000]+[\u4e00-\u9fff、]{2,12}[ \u3000]+"
    r"([\u4e00-\u9fff]{2,3})[ \u3000]*$")


def _body_post_name_lines(text, resolved, facts, sentences) -> None:
    """① 苏州大学某研究院　研究员　祁某东 (an agenda's speaker, a guest list's line): the person works at the body
    the line opens with."""
    if "\u3000" not in text and "  " not in text:
        return
    for line in _BODY_POST_NAME_LINE_RE.finditer(text):
        m = next((p for p in resolved.starting_in(line.start(1), line.end(1)) if p.cls == "Person" and p.canonical
                  and p.start == line.start(1)), None)
        if m is None:
            continue
        line0 = line.start()
        body = next((o for o in resolved.starting_in(line0, m.start) if o.cls in ORG_CLASSES and o.canonical
                     and text[o.end:o.end + 1] in (" ", "\u3000")), None)
        if body is not None:
            facts.add(m.canonical, "affiliatedWith", body.canonical, _sentence_of(m.start, sentences), text, 0.65,
                      "person-post-line")


# a row's post saying its person serves on the team (副市长（挂职）、团长; 团员、某镇副镇长)
_TEAM_POST_RE = re.compile(r"挂职|挂任|团员|团长|镇长团")


def _unit_column_rows(text, resolved, ctx, facts, sentences) -> None:
    """A table whose 单位 column comes before its 姓名 column (a sign-in sheet, a list of attendees):
    each person works at the body their row's 单位 cell names. A row whose 单位 is the team, or whose
    post is a seconded one or a place on the team (挂职, 团长, 团员), is a member's; their home is then the
    academic body the row names after them (｜某团｜祝某｜团长（南京林业大学）｜)."""
    starts = {o.start: o for o in resolved if o.canonical}
    for m in resolved:
        if m.cls != "Person" or not m.canonical or m.rule != "person-column":
            continue
        unit = starts.get(m.info["unit"])
        row_end = text.find("\n", m.end) % (len(text) + 1)
        span = _sentence_of(m.start, sentences)
        team = unit.canonical if unit is not None and unit.cls == "Team" else None
        if unit is not None and unit.cls in ("University", "ResearchInstitute", "AcademicUnit", "Enterprise",
                                             "GovernmentAgency"):
            facts.add(m.canonical, "affiliatedWith", unit.canonical, span, text, 0.7, "person-column-unit")
        if team is None and _TEAM_POST_RE.search(text, m.end, row_end):
            team = next((t.canonical for t in resolved.starting_in(m.end, row_end) if t.cls == "Team" and t.canonical),
                        _section_team(text, resolved, m.start) or ctx.main_team)
        if team is None:
            continue
        facts.add(m.canonical, "memberOf", team, span, text, 0.65, "person-column-unit")
        if _HEAD_POST_RE.search(text, m.end, row_end):
            facts.add(m.canonical, "leads", team, span, text, 0.6, "person-column-unit")
        if unit is None or unit.cls == "Team":
            home = next((o for o in resolved.starting_in(m.end, row_end) if o.cls in _ACADEMIC_CLASSES and o.canonical),
                        None)
            if home is not None:
                facts.add(m.canonical, "affiliatedWith", home.canonical, span, text, 0.65, "person-column-unit")


def _home_leaders(text, resolved, facts, sentences) -> None:
    """In a university's own news (我校), its leaders named by a 校 title work there (副校长X)."""
    home = _home_university(resolved, text)
    if home is None:
        return
    for m in resolved:
        if m.cls == "Person" and m.canonical and _HOME_LEADER_RE.search(text, max(0, m.start - 16), m.start) \
                and not any(k[0] == m.canonical and k[1] == "affiliatedWith" for k in facts.facts):
            facts.add(m.canonical, "affiliatedWith", home, _sentence_of(m.start, sentences), text, 0.7, "person-home-leader")


# a school's staff by their title, in its own news: before the name (院党委书记某某, 副院长某某, 讲师某某)
# or after it (某某教授, 某某副教授); a title after a clause edge, so that no other body holds it
_SCHOOL_TITLE_BEFORE_RE = re.compile(r"(?:^|[，,、。；;：:\n（(“由为])(?:院党委(?:副)?书记|学院党委(?:副)?书记|院长|副院长|"
                                     r"院长助理|(?:退休)?(?:副)?教授|讲师|(?:副)?研究员|高级工程师|实验师)$")
_SCHOOL_TITLE_AFTER_RE = re.compile(r"(?:副?教授|讲师|副?研究员)(?=[，,、。；;：:）)」”\s]|$|领衔|团队|课题组|带队|主持|介绍|指导)")


def _home_school_staff(text, resolved, facts, sentences) -> None:
    """In a school's own news (我院, 学院简报), its staff named by an academic title alone work at the school
    (副院长梁某教授, 讲师唐某), unless the text gives them another employer."""
    school = next((m.canonical for m in resolved if m.rule == "our-school" and m.canonical), None)
    if school is None:
        return
    placed = {k[0] for k in facts.facts if k[1] == "affiliatedWith"}
    for m in resolved:
        if m.cls != "Person" or not m.canonical or m.canonical in placed:
            continue
        if _SCHOOL_TITLE_BEFORE_RE.search(text, max(0, m.start - 12), m.start) or _SCHOOL_TITLE_AFTER_RE.match(text, m.end):
            facts.add(m.canonical, "affiliatedWith", school, _sentence_of(m.start, sentences), text, 0.6, "person-school-staff")
            placed.add(m.canonical)


# what a signature line holds before the name: the team, then a post, set apart by spaces
_SIGNED_GAP_RE = re.compile(r"[ \t\u3000]*[^\n，。；]{2,30}?[ \t\u3000]+[^\n，。；]{0,16}?(?:镇长|区长|县长|市长|主任|局长|团员|团长)"
                            r"[ \t\u3000]+")
# what opens an apposition after a name: a comma, or the member's role set apart before it
_ROLE_BEFORE_APPOSITION_RE = re.compile(r"(?:[ \t\u3000]+(?:副?团长|团员|成员))?[，,]")
# 河海大学的赖某挂任…, 南京林业大学某学院的温某、…: a name right after the body it comes from and 的
_BODY_OF_PERSON_CLASSES = frozenset({"University", "AcademicUnit", "ResearchInstitute"})
# the title that closes an apposition after a name (王某，南京大学教授，…)
_APPOSED_TITLE_RE = re.compile(r"(?:副?教授|副?研究员|助理研究员|讲师|博士(?:生导师)?|副?院长|副?所长|副?主任|党委书记|"
                               r"(?:高级)?工程师|老师|教师|项目经理)[，,。；;、]")


# the officers a firm's own disclosure names without naming the firm again
_FIRM_THEN_OFFICER = ("的", "，", ",")  # what may stand between a firm's name and its officer's title
_SELF_FIRM_OFFICERS = frozenset({"董事会秘书", "董秘", "证券事务代表", "财务总监", "核心技术人员", "总经理", "副总经理",
                                 "董事长", "副董事长", "技术总监", "研发总监", "总工程师"})


# （团员，…）: a bracket after a name that opens on a member's role and names no team
_BARE_ROLE_IN_BRACKET_RE = re.compile(r"(团员|团长|副团长)[，,、）)]")


# a firm said to be another's customer right after its name (某某有限公司就是其老客户之一, …等客户)
_CUSTOMER_AFTER_RE = re.compile(r"[^，,。；;]{0,6}?客户")


def _persons(text, resolved, ent_of, ctx, facts, sentences) -> None:
    # a firm's own disclosure: the firm it calls 公司 or 发行人
    self_firm = self_firm_mention(resolved)
    by_end = {}
    for m in resolved:
        by_end.setdefault(m.end, m)
    for m in resolved:
        if m.cls != "Person":
            continue
        span = _sentence_of(m.start, sentences)
        pos = m.info.get("role_start", m.start)
        roles = [m.info.get("role", "")]
        borrowed = False  # whether the chain runs on through the titles of the name listed before
        listed = m  # (the name whose titles the chain is reading)
        sub_team_start = -1  # where the team the chain took last starts (a city's group right before it names it)
        for _ in range(6):
            # strip role words and fillers right before pos
            moved = True
            while moved:
                moved = False
                at = by_end.get(pos)
                if at is not None and (at.cls == "GovernmentAgency" or (at.rule == "anaphor" and at.text in ("我校", "本校"))):
                    break  # 谷阳镇党委副书记: 党委 ends the agency's name, it is no filler here (nor 我校 in 我校副教授)
                if at is not None and at.cls == "Locality" and text.endswith(("挂职", "挂任"), 0, at.start):
                    pos = at.start - 2  # 团长、挂职海门区副区长的钱某: the local post is no employer
                    moved = True
                    continue
                if at is None and text[pos - 1:pos] in ("）", ")"):
                    # 东台市第十六批科技镇长团（东台团）团长…: the short form in brackets after the team
                    opening = max(text.rfind("（", max(0, pos - 10), pos), text.rfind("(", max(0, pos - 10), pos))
                    team = by_end.get(opening) if opening > 0 else None
                    if team is not None and team.cls == "Team":
                        pos = opening
                        moved = True
                        continue
                if text[pos - 1:pos] in ("，", ",") and roles and _POST_BEFORE_COMMA_RE.search(text, max(0, pos - 8), pos - 1) \
                        and not any(p.cls == "Person" and _clause_bounds(text, pos - 2, 0, len(text))[0] <= p.start < pos
                                    for p in resolved.starting_in(max(0, pos - 60), pos)):
                    # 某团团长、副县长，某大学某学院教授任某: the team's post, then a comma and the home (not 周某挂职
                    # 副县长、某团团长，某学院讲师孙某: the posts of the name before the comma)
                    pos -= 1
                    moved = True
                    continue
                head = text[max(0, pos - 12):pos]
                f = _CHAIN_FILLER.search(head)
                if f and f.end() == len(head) and f.start() < len(head):
                    pos -= len(f.group())
                    moved = True
                    continue
                if at is None and roles:
                    unit = _UNNAMED_UNIT_RE.search(head)
                    if unit is not None and text[pos - len(unit.group()) - 1:pos - len(unit.group())] in "、，,":
                        pos -= len(unit.group())  # 团长、化学工程学院教授许涛: a school of no named university
                        moved = True
                        continue
                r = None
                for rm in _ROLE_RE.finditer(head):
                    if rm.end() == len(head):
                        r = rm
                if r is not None:
                    if not borrowed:
                        roles.append(r.group())
                    pos -= len(r.group())
                    moved = True
            org = by_end.get(pos)
            if (org is not None and org.cls == "Person" and org is not listed and text[org.end:org.end + 1] == "、"
                    and org.end + 1 == listed.info.get("role_start", listed.start) and "role" in listed.info):
                # 我所副研究员沈某、高级工程师蒋某、技术转移专员何某: the body before the first name's titles is each one's
                borrowed, listed = True, org
                pos = org.info.get("role_start", org.start)
                continue
            if org is None or org.cls == "Locality":
                # 谷阳镇党委副书记: the role word 党委副书记 starts inside the agency 谷阳镇党委
                org = next((by_end[pos + k] for k in (2, 3) if pos + k in by_end and by_end[pos + k].cls == "GovernmentAgency"
                            and by_end[pos + k].start < pos and text[pos:pos + k] in lx.PARTY_BRANCHES), org)
            if org is None:
                # an office inside the body names the body: 市委组织部人才工作处处长, 南通大学科技处副处长
                org = next((o for k in range(2, 12) if (o := by_end.get(pos - k)) is not None
                            and o.cls in _BODIES_WITH_OFFICES and (text[pos - 1] in "处科室办部" or (
                                text[pos - 1] == "院" and o.cls == "University" and (
                                    k <= 4 or text[pos - k:pos] in lx.UNIVERSITY_OFFICES)))  # 东南大学科研院副院长
                            and (k <= 8 or text[pos - k:pos] in lx.UNIVERSITY_OFFICES)
                            and all(CJK.match(ch) for ch in text[pos - k:pos])), None)
            if org is None and text[pos - 2:pos] in ("公司", "企业") and not CJK.match(text[pos - 3:pos - 2] or " "):
                # “…”公司总经理王某生告诉记者: the firm named last (in the paragraph) is the company
                para = text.rfind("\n", 0, pos) + 1
                org = max((o for o in resolved if o.cls == "Enterprise" and o.canonical and para <= o.start and o.end < pos - 2
                           and not _CUSTOMER_AFTER_RE.match(text, o.end)),
                          key=lambda o: o.end, default=None)  # (…，某某有限公司就是其老客户之一: a customer, not the company)
            if org is None and text[pos - 1:pos] in _FIRM_THEN_OFFICER and any(r and _HOST_TITLE_RE.fullmatch(r) for r in roles) and (
                    (firm := by_end.get(pos - 1)) is not None and firm.cls == "Enterprise"):
                # 某某有限公司的技术部长邹某, 第一次去某某有限公司，总经理严某…: the firm named just before is theirs
                org = firm
            if org is None and self_firm is not None and any(r in _SELF_FIRM_OFFICERS for r in roles):
                org = self_firm  # a disclosure's 董事会秘书 某某, 核心技术人员某某: the firm's own officers
            bracketed = by_end.get(pos - 1) if pos >= 1 and text[pos - 1] in "（(" else None
            if org is None and bracketed is not None and bracketed.cls == "Team" and bracketed.canonical and any(
                    r in lx.MEMBER_ROLES for r in roles):
                # 宜兴市第十五批科技镇长团（团长：刘刚）: the team the bracket follows
                facts.add(m.canonical, "memberOf", bracketed.canonical, span, text, 0.75, "person-role-bracketed")
                if any(r in lx.LEADER_ROLES for r in roles):
                    facts.add(m.canonical, "leads", bracketed.canonical, span, text, 0.75, "person-role-bracketed")
                break
            if org is None and (titled := _team_titled_before(text, resolved, pos)) is not None:
                # 新沂团团员、我所副研究员晏某: the team whose role opens the titles, past a body not named
                team, role = titled
                facts.add(m.canonical, "memberOf", team.canonical, span, text, 0.75, "person-team-title")
                if role in lx.LEADER_ROLES:
                    facts.add(m.canonical, "leads", team.canonical, span, text, 0.75, "person-team-title")
                break
            if org is None:
                # 团员、东南大学副教授李明: a member role with no team named is the article's team
                if ctx.main_team and any(r in lx.MEMBER_ROLES for r in roles) and not any(
                        f.s == m.canonical and f.p == "memberOf" for f in facts):
                    team = ctx.main_team
                    # under a sub-team's heading (海门团：…团员、…周强): the team named last before
                    named = max((t for t, _ in _named_teams(text, resolved) if t.end <= pos and not t.info.get("bare")),
                                key=lambda t: t.end, default=None)
                    heading = max((t for t, is_heading in _named_teams(text, resolved) if t.end <= pos and is_heading),
                                  key=lambda t: t.end, default=None)
                    if named is not None and named.canonical != team and (
                            _sub_team_heading(text, named) or any(
                                t.canonical == named.canonical and _opens_paragraph_of(text, t, pos)
                                for t in resolved if t.cls == "Team" and pos - 400 < t.end <= pos)
                            or named.start == _sentence_of(pos, sentences)[0]):
                        # (大丰团聚焦…。团员、…蒋某挂职…: the paragraph's team; 某团——…。某团赴…。团长某某…;
                        # 东台团围绕…，在团长、…钱某带领下: the team that opens the sentence)
                        team = named.canonical
                    elif heading is not None and named is not None and named.canonical == heading.canonical:
                        team = heading.canonical  # (泰兴团：聚焦…\n…泰兴团围绕…。团员、…: the section's team)
                    batch = _BATCH_BEFORE_RE.search(text, max(0, pos - 8), pos)
                    if batch is not None:  # 第十四批团长孙伟 in an article on two batches: that batch's team
                        team = next((e.name for e in ent_of.values() if e.cls == "Team" and batch.group() in e.name), team)
                    else:  # …第十六批科技镇长团共7名成员…。其中，团长吴某…: the other batch named just before
                        team = _other_batch_before(text, resolved, pos, ctx.main_team) or team
                    team = _row_first_cell_team(text, resolved, pos) or team
                    facts.add(m.canonical, "memberOf", team, span, text, 0.65, "person-role-implicit")
                    if any(r in lx.LEADER_ROLES for r in roles):
                        facts.add(m.canonical, "leads", team, span, text, 0.65, "person-role-implicit")
                break
            ent = ent_of.get(id(org))
            if ent is None:
                break
            if ent.cls == "Team" and borrowed:
                break  # 团员许某、省科技特派员宋某: the titles before the name listed first are not its
            if ent.cls == "Team":
                if org.end == sub_team_start:
                    break  # 镇江市第十五批科技镇长团丹阳团团长韩某: the city's group the sub-team is named in, not theirs
                facts.add(m.canonical, "memberOf", ent.name, span, text, 0.85, "person-chain")
                if any(r in lx.LEADER_ROLES for r in roles):
                    facts.add(m.canonical, "leads", ent.name, span, text, 0.85, "person-chain")
                roles = []
                sub_team_start = org.start
            elif ent.cls in ORG_CLASSES and not (ent.cls == "GovernmentAgency" and ent.name.endswith("委")
                                                 and roles and roles[-1] == "常委"):
                # (大丰区委常委、区委组织部部长某某: a seat on the committee is a rank, the department the post)
                facts.add(m.canonical, "affiliatedWith", ent.name, span, text, 0.8, "person-chain")
            elif ent.cls == "Locality":
                pass  # 江阴市副市长: an office, not an employer
            else:
                break
            pos = org.start
    # 周建（南京大学）: the institution in brackets after a name (or after 同志: 周某秋同志（…如东团团长）)
    for m in resolved:
        if m.cls != "Person":
            continue
        at = m.end + 2 if text.startswith("同志", m.end) else m.end
        if text[at:at + 1] not in "（(":
            continue
        close = min((k for k in (text.find(ch, at, at + 80) for ch in "）)") if k >= 0), default=at + 1)
        # （南京理工大学教授，挂任…）, （女，1986年生，南京工业大学副教授）: the body a role follows; each of
        # them (（高邮市人民政府副市长、…团长，扬州大学机械工程学院教授）: the post's body and the home one)
        orgs = [o for o in resolved if at + 1 <= o.start < close and o.cls in ORG_CLASSES
                and (o.start == at + 1 or text[o.start - 1] in "，,、")
                and (text[o.end:o.end + 1] in "）)，,、" or _ROLE_RE.match(text, o.end)
                     or _OFFICE_THEN_ROLE_RE.match(text, o.end)  # （…、南京林业大学科技处副处长）
                     or text.startswith(("派出", "选派", "派驻"), o.end))]  # （南京农业大学派出）
        for t in resolved:  # （句容市第十六批科技镇长团团长、…）
            role = TEAM_ROLE_AFTER_RE.match(text, t.end) if t.cls == "Team" and at < t.start < close else None
            if role is None and t.cls == "Team" and t.canonical and (text[t.end:t.end + 1] in "，,、" or (
                    text[t.end:t.end + 1] in "）)" and t.start == at + 1)) and (
                    t.start == at + 1 or any(c.cls == "Locality" and c.start == at + 1 and c.end == t.start
                                                for c in resolved)):
                # 陆某行（宜兴团，江南大学）, 蒋某远（无锡市江阴市团，…）: a row of an award list, the team
                # first in the brackets (after its city)
                facts.add(m.canonical, "memberOf", t.canonical, _sentence_of(m.start, sentences), text, 0.7,
                          "person-bracket-team")
            if role is not None:
                span = _sentence_of(m.start, sentences)
                facts.add(m.canonical, "memberOf", t.canonical, span, text, 0.75, "person-bracket")
                if role.group() == "团长":
                    facts.add(m.canonical, "leads", t.canonical, span, text, 0.75, "person-bracket")
        for org in orgs:
            facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.75,
                      "person-bracket")
        bare = _BARE_ROLE_IN_BRACKET_RE.match(text, at + 1)
        if bare is not None and ctx.main_team and not any(t.cls == "Team" and at < t.start < close for t in resolved):
            # 严某卓（团员，南京工业大学化工学院教授）: a member of the article's team, the bracket naming none
            span = _sentence_of(m.start, sentences)
            team = _row_first_cell_team(text, resolved, m.start) or ctx.main_team  # (｜姜堰团｜韩某（团长）｜: the row's)
            facts.add(m.canonical, "memberOf", team, span, text, 0.65, "person-bracket-role")
            if bare.group(1) == "团长":
                facts.add(m.canonical, "leads", team, span, text, 0.65, "person-bracket-role")
    _post_then_home(text, resolved, facts, sentences)
    _person_statements(text, resolved, ent_of, ctx, facts, sentences)
    _firm_posts(text, resolved, facts, sentences)


# a roster row's post after the name, its home body in brackets after it (团员　蒋某　碧溪街道办事处副主任（华东理工大学）)
_POST_THEN_HOME_RE = re.compile(r"[ \t\u3000:：，,]+[^（()）\n，。；;]{2,24}?(?:长|主任|书记|助理|委员|局长)[（(]")


def _post_then_home(text: str, resolved, facts: FactSet, sentences) -> None:
    """A roster row naming a member, the post held, then the home body in brackets: the member's body is the
    one in brackets (the post's own body, if named, comes from the titles as anywhere else)."""
    for m in resolved:
        if m.cls != "Person" or m.start - (text.rfind("\n", 0, m.start) + 1) > 12:
            continue  # (a row opens on the name, or on its role: 团员　蒋某…)
        post = _POST_THEN_HOME_RE.match(text, m.end)
        if post is None:
            continue
        at = post.end()
        close = min((k for k in (text.find(ch, at, at + 40) for ch in "）)") if k >= 0), default=-1)
        if close < 0 or text[close + 1:close + 2] not in ("", "\n", "；", ";", "，", ",", "。"):
            continue
        home = [o for o in resolved if o.start == at and o.end == close and o.canonical
                and o.cls in ("University", "AcademicUnit", "ResearchInstitute")]
        for org in home:
            facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.75,
                      "person-post-bracket")


def _team_titled_before(text: str, resolved, pos: int) -> tuple[Mention, str] | None:
    """The team whose member role (睢宁团团长、, 新沂团团员、) opens the run of titles that ends at
    ``pos``, in the same clause, with that role; else None."""
    for t in resolved.starting_in(max(0, pos - 30), pos):
        if t.cls != "Team" or not t.canonical or t.end >= pos:
            continue
        role = TEAM_ROLE_AFTER_RE.match(text, t.end)
        if role is not None and text[role.end():role.end() + 1] == "、" and not _CLAUSE_BREAK_RE.search(
                text, role.end() + 1, pos) and not any(ch in text[t.start:pos] for ch in "（）()") and not any(
                o.cls in ("Person", "Team") and role.end() <= o.start < pos for o in resolved.starting_in(role.end(), pos)):
            return t, role.group()
    return None


def _members_homes(text, resolved, ent_of, facts) -> None:
    """A member's university becomes the team's member institution once both are known; a
    member from a school of a university (江南大学机械工程学院) is from that university."""
    person_team = {(f.s, f.o) for f in facts if f.p == "memberOf"}
    home_of = {}
    for m in resolved:
        ent = ent_of.get(id(m))
        if m.cls in ("University", "ResearchInstitute"):
            home_of[m.canonical] = m.canonical
        elif m.cls == "AcademicUnit" and ent is not None and ent.info.get("university"):
            home_of[m.canonical] = ent.info["university"]
    for f in list(facts):
        if f.p == "affiliatedWith" and f.o in home_of:
            for p, t in person_team:
                if p == f.s:
                    facts.add(t, "memberInstitution", home_of[f.o], (f.start, f.end), text, 0.7, "member-affiliation")


# 受聘为X公司科技副总, 被聘为位于…的X公司科技副总, 担任X公司技术顾问: a post in the firm
_TAKES_FIRM_POST_RE = re.compile(r"[，,]?[^，,。；;]{0,8}?(?:受聘|被聘|聘任|担任|兼任|出任)(?:为|担任)?(?:[^，,。；;]{0,20}?的)?"
                                 r"[\u4e00-\u9fff]{0,4}?[市县区]?")  # (受聘为宜兴市X公司…: a place its name opens with)
_FIRM_POST_RE = re.compile(r"的?[“\"]?(?:科技副总|技术副总|技术顾问|首席科学家|首席专家|技术总监|研发总监|产业教授)")
_ANY_FIRM_POST_RE = re.compile(r"科技副总|技术副总|技术顾问|首席科学家|首席专家|技术总监|研发总监|产业教授|总经理|董事长"
                               r"|总工程师|厂长|负责人|创始人")
_LATER_POST_RE = re.compile(r"[，,](?:并|同时|还)?(?:兼任|担任|受聘为|受聘担任|被聘为|出任)[\u4e00-\u9fff]{0,4}?[市县区]?$")
# 在X公司（的车间），总经理某某…: an officer of the firm the sentence opens in
_IN_FIRM_RE = re.compile(r"[^，,。；;]{0,12}?的?[^，,。；;]{0,10}[，,]\s*(?:公司|企业)?$")
_AT_FIRM_VISIT_RE = re.compile(r"\s*(?:[^，,。；;]{0,8}[，,])?在(?:走访|调研|考察|拜访|回访|对接)")  # 在走访X时，总经理某某…
_FIRM_OFFICER_RE = re.compile(r"(?:总经理|副总经理|董事长|副董事长|总工程师|技术总监|研发总监|厂长|负责人|创始人)$")


def _firm_posts(text: str, resolved: list[Mention], facts: FactSet, sentences: Sentences) -> None:
    """A person who holds a post in a firm works for it (affiliatedWith): a member hired as the
    firm's 科技副总 (团员某某受聘担任X公司科技副总), or the firm's officer where the sentence opens in
    the firm (在X公司的车间，总经理某某…)."""
    firms = [m for m in resolved if m.cls == "Enterprise" and m.canonical]
    if not firms or not _ANY_FIRM_POST_RE.search(text):
        return  # (most articles name no post in a firm)
    for m in resolved:
        if m.cls != "Person" or not m.canonical:
            continue
        s0, s1 = _sentence_of(m.start, sentences)
        for o in firms:
            if not m.end <= o.start < s1:
                continue
            if _FIRM_POST_RE.match(text, o.end) and not any(p.cls == "Person" and m.end <= p.start < o.start for p in resolved) and (
                    _TAKES_FIRM_POST_RE.fullmatch(text, m.end, o.start) or _LATER_POST_RE.search(text, max(m.end, o.start - 8), o.start)):
                # (…，挂职某街道办事处副主任，兼任X公司科技副总; …，同时受聘为X公司科技副总: a later clause, the same person)
                facts.add(m.canonical, "affiliatedWith", o.canonical, (s0, s1), text, 0.7, "firm-post")
            break  # (only the firm named first after the person)
        officer = _FIRM_OFFICER_RE.search(text, max(s0, m.start - 6), m.start)
        if officer is None:
            continue
        here = next((o for o in firms if o.start >= s0 + 1 and (text[o.start - 1] == "在" and o.start - 1 - s0 <= 8 or (
                         _AT_FIRM_VISIT_RE.fullmatch(text, s0, o.start)))
                     and o.end < officer.start() and _IN_FIRM_RE.fullmatch(text, o.end, officer.start())), None)
        if here is not None:
            facts.add(m.canonical, "affiliatedWith", here.canonical, (s0, s1), text, 0.7, "firm-officer")


# 团长由…郭立群担任, 副团长为…刘洋: the person leads (or, for 副团长, is a member of) the team
_TEAM_ROLE_BY_RE = re.compile(r"(副?团长)(由|为|是)")
# 挂任/挂职 + a local post: seconded to the place, as team members are
_SERVE_IN_TEAM_BEFORE_RE = re.compile(r"(?:同|均|都|一起|分别)?在$")
_SECONDED_RE = re.compile(r"挂(?:任|职)[^，。；]{0,20}?(?:副镇长|副区长|副县长|副市长|副主任|副局长|副乡长|助理|副书记|科技副总)")
# a member's local post in a listed item (a table's row): 县政府副县长、团长; 洋口镇副镇长
_LOCAL_POST_RE = re.compile(r"副县长|副区长|副市长|副镇长|副乡长|副主任|副局长|科技副总|(?<!副)团长|副团长")
_LEADER_IN_ITEM_RE = re.compile(r"(?<!副)团长")
_OF_RE = re.compile(r"[^，,。；;的]{0,8}?的")
_IS_RE = re.compile(r"(?:同志)?[，,]?(?:也|还)?(?:是|系|为)")  # (朱明同志是…学院副教授, 本人系…, 团长某某为…副院长)
# …，也是张家港市第十五批科技镇长团的一员; 刘某为兴化团团员 (a team's short form)
_ONE_OF_TEAM_RE = re.compile(r"(?:也|还)?(?:是|为|任)[^，,。；;]{0,40}?(?:科技镇长团|镇长团|(?<=[\u4e00-\u9fff]{2})团)的?"
                             r"(?:一员|成员|团员|(?P<lead>团长))")
# a post taken up, then a comma before 是…团成员 (韩某2022年7月起挂任某局副局长，是…)
_POST_THEN_IS_RE = re.compile(r"[^，,。；;]{0,16}?(?:挂任|挂职|任)[^，,。；;]{1,20}[，,](?=(?:也|还)?是)")
# 某团长来自某大学, 某老师来自…, opening a sentence: a person by surname and title
_TITLE_FORM_FROM_RE = re.compile(r"(?:^|(?<=[\n。！？]))[ \u3000]*([\u4e00-\u9fff])(?:" + _ROLE_RE.pattern + ")来自")
_CAME_FROM_RE = re.compile(r"(?:副?教授|副?研究员|博士|老师|同志)?(?:也|则|就)?来自")
# 作为常州市第十五批科技镇长团成员，他…
_AS_MEMBER_RE = re.compile(r"作为(?:[^，。；]{0,40}?(?:科技镇长团|镇长团)(?:的)?(?:一员|成员|团员|(?P<lead>团长))"
                           r"|团员(?=(?:到|赴|来到|前往)[^，。；]{1,10}挂职))[，,]?\s*(?P<who>他|她)?")  # (某某作为团员到溧阳挂职)


# (魏某国（挂职…副县长，来自某大学）; 陈某，2008年毕业于某大学，现任某研究院副研究员)
_LATER_HOME_RE = re.compile(r"(?:[，,](?:同时|也|还)?(?:是|系|来自|现任|现为|现系)|[（(]来自)$")
_ITEM_END_RE = re.compile(r"[。；;\n]")
_SENT_BY_BEFORE_RE = re.compile(r"(?:派出|选派|派驻|推荐)的$")
_TAKES_IT_RE = re.compile(r"(?:同志)?(?:[（(][^（）()]{0,30}[）)])?(?:担任|兼任)")  # (团长由…张斌（南京大学）担任, …的黄某川同志担任)


def _person_statements(text, resolved, ent_of, ctx, facts, sentences) -> None:
    """What a sentence says of a person outside the role chain before the name."""
    persons = [m for m in resolved if m.cls == "Person"]
    if not persons:
        return
    for r in _TEAM_ROLE_BY_RE.finditer(text):
        s0, s1 = _sentence_of(r.start(), sentences)
        if r.group(2) == "由":  # 团长由…X兼任
            who = next((m for m in persons if r.end() <= m.start < s1 and _TAKES_IT_RE.match(text, m.end)), None)
        else:  # 副团长为淮阴工学院教授刘洋: the person the clause names
            c1 = min((k for k in (text.find(ch, r.end(), s1) for ch in "，,；;。") if k >= 0), default=s1)
            who = next((m for m in persons if r.end() <= m.start and m.end <= c1), None)
        # (…第十五批科技镇长团共12名成员…。团长由…担任: the team the paragraph named last)
        team = _team_before(text, resolved, ent_of, r.start(), text.rfind("\n", 0, s0) + 1) or ctx.main_team
        if who is not None and team:
            facts.add(who.canonical, "memberOf", team, (s0, s1), text, 0.75, "person-team-role")
            if r.group(1) == "团长":
                facts.add(who.canonical, "leads", team, (s0, s1), text, 0.75, "person-team-role")
    # 团员冯某挂职马坝镇副镇长，来自淮阴工学院; 团长陆某现任副区长，同时是某大学某学院教授: where the
    # person works, said in a later clause of the item that names them
    orgs = sorted((o for o in resolved if o.cls in ("University", "ResearchInstitute", "AcademicUnit", "Enterprise")
                   and o.canonical), key=lambda o: (o.start, -o.end))
    org_starts = [o.start for o in orgs]
    person_starts = sorted(p.start for p in persons)
    for m in persons:
        item_end = _ITEM_END_RE.search(text, m.end)
        end = item_end.start() if item_end is not None else len(text)
        k = bisect_left(person_starts, m.end)  # (another person's clause ends this one's)
        end = min(end, person_starts[k]) if k < len(person_starts) else end
        for o in orgs[bisect_right(org_starts, m.end):bisect_left(org_starts, end)]:
            if _LATER_HOME_RE.search(text, max(m.end, o.start - 6), o.start) and (
                    _ROLE_RE.match(text, o.end) or text[o.end:o.end + 1] in "，,。；;\n（()）" or o.end == len(text)):
                # (…，来自中国科学院某研究所（以下简称“某所”）；: a bracket after the name ends it too)
                facts.add(m.canonical, "affiliatedWith", o.canonical, _sentence_of(m.start, sentences), text, 0.65,
                          "person-later-home")
                break
    # 团长由江苏省科技厅派出的邵某担任: the body that sent the person is where they work
    for m in persons:
        if m.rule == "person-taken-by" and (sent := _SENT_BY_BEFORE_RE.search(text, max(0, m.start - 6), m.start)):
            org = next((o for o in resolved if o.end == sent.start() and o.cls in ORG_CLASSES and o.canonical), None)
            if org is not None:
                facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.65,
                          "person-sent-by")
    # a line signed with a team, a post and a name (某区第十七批科技镇长团　某镇科技副镇长　顾某): a member's
    for m in persons:
        line0 = text.rfind("\n", 0, m.start) + 1
        if text[m.end:text.find("\n", m.end) % (len(text) + 1)].strip(" \t\u3000") or not _SIGNED_GAP_RE.fullmatch(
                text, line0, m.start):
            continue
        team = next((t for t in resolved.starting_in(line0, m.start) if t.cls == "Team" and t.canonical
                     and t.start == line0 + len(text[line0:t.start]) - len(text[line0:t.start].lstrip(" \t\u3000"))), None)
        if team is not None:
            facts.add(m.canonical, "memberOf", team.canonical, _sentence_of(m.start, sentences), text, 0.65, "person-signed")
    # 团长王某，南京大学某学院副院长，挂职…: a name, then a comma and the body whose title follows
    for m in persons:
        lead = _ROLE_BEFORE_APPOSITION_RE.match(text, m.end)  # (（一）谢某　团长，南京大学某学院教授，…)
        if lead is None:
            continue
        org = max((o for o in resolved if o.start == lead.end() and o.cls in ORG_CLASSES - {"GovernmentAgency", "Platform"}
                   and o.canonical), key=lambda o: o.end, default=None)
        title = _APPOSED_TITLE_RE.match(text, org.end) if org is not None else None
        if title is None:
            continue
        clause_end = min((k for k in (text.find(ch, title.end()) for ch in "，,。；;\n") if k >= 0), default=len(text))
        if any(p.start >= title.end() and p.start < clause_end for p in persons):
            continue  # (…董事长冯某，我院教师、某团成员陶某等出席: the titles of the name that follows)
        facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.65,
                  "person-apposed-home")
    # 钱丽华，南京农业大学动物科技学院教授，挂任界首镇副镇长；: a listed member and where they work
    firm_posts = "科技副总" in text or "产业教授" in text  # (a list of those names the firm each serves)
    members_speak = _MEMBERS_SPEAK_RE.search(text, 0, 400) is not None
    for m in persons:
        if m.rule not in ("person-list-item", "person-roster-line") and not (
                m.rule.startswith("person-role:") and text[m.start - 1] in "：:"):
            continue  # (团长：韩立军，中国矿业大学化工学院教授，…: an item too)
        span = _sentence_of(m.start, sentences)
        org = max((o for o in resolved if m.end <= o.start <= m.end + 3 and not text[m.end:o.start].strip(" \t\u3000，,：:")
                   and o.cls in ORG_CLASSES), key=lambda o: o.end, default=None)  # (X，org… or a table's X  org…)
        if org is not None and any(c in text[m.end:org.start] for c in "：:"):
            # 潘某：南通大学某学院讲师，挂任…: a roster's item, the body with a title in its clause; not a
            # Q&A's answer (何某：苏州大学本部就在姑苏区…)
            clause = re.split(r"[，,。；;\n]", text[org.end:org.end + 12], maxsplit=1)[0]
            if len(clause) > 10 or not _ROLE_RE.search(clause):
                org = None
        if org is not None and org.cls == "Platform":  # 柏某，某某股份有限公司研发中心主任: the firm's staff
            org = next((o for o in resolved if o.cls == "Enterprise" and o.canonical and o.start == org.start
                        and o.end < org.end), None)
        if org is not None:
            facts.add(m.canonical, "affiliatedWith", org.canonical, span, text, 0.7, "person-list-item")
        item_end = min((k for k in (text.find(ch, m.end) for ch in "；;。\n") if k >= 0), default=len(text))
        item = text[m.end:item_end]
        # 戚某，东台市科技镇长团团长、挂职东台市副市长，河海大学教授。: the item's team, and the body
        # whose title closes it
        own_team = next((t for t, _ in _named_teams(text, resolved) if 1 <= t.start - m.end <= 3
                         and ((t.start == m.end + 1 and text[m.end] in "，,") or not text[m.end:t.start].strip(" \u3000\t"))
                         and TEAM_ROLE_AFTER_RE.match(text, t.end)), None)  # (X，某团团长 or X　某团团长)
        if org is None and own_team is not None:
            last = max(text.rfind("，", m.end, item_end), text.rfind(",", m.end, item_end)) + 1
            org = max((o for o in resolved if o.start == last and o.cls in ORG_CLASSES - {"GovernmentAgency"}
                       and _ROLE_RE.match(text, o.end)), key=lambda o: o.end, default=None)
            if org is not None:
                facts.add(m.canonical, "affiliatedWith", org.canonical, span, text, 0.7, "person-list-item")
        if own_team is not None:
            facts.add(m.canonical, "memberOf", own_team.canonical, span, text, 0.7, "person-list-item")
            if text.startswith("团长", own_team.end):
                facts.add(m.canonical, "leads", own_team.canonical, span, text, 0.7, "person-list-item")
            continue
        if m.rule == "person-list-item" and text[m.end:m.end + 1] in "\t \u3000":
            # a roster's row: 潘某\t江苏大学\t句容市科技局副局长 — the post's agency is where they work
            for a in resolved:
                if a.cls == "GovernmentAgency" and a.canonical and m.end < a.start < item_end and _ROLE_RE.match(text, a.end) \
                        and text[a.start - 1] in "\t \u3000":
                    facts.add(m.canonical, "affiliatedWith", a.canonical, span, text, 0.65, "person-post")
                elif a.cls == "Enterprise" and a.canonical and m.end < a.start < item_end and text[a.start - 1] in "\t \u3000" \
                        and firm_posts:
                    # 朱某　某大学某学院副教授　常州某某有限公司, in a list of 科技副总: the firm they serve
                    facts.add(m.canonical, "affiliatedWith", a.canonical, span, text, 0.6, "person-firm-column")
        # 卓某，某大学…教授，挂职大丰区副区长、大丰区科技镇长团团长。: the team the item says they belong to
        item_team = next((t for t, _ in _named_teams(text, resolved) if not t.info.get("bare")
                          and m.end < t.start < item_end and TEAM_ROLE_AFTER_RE.match(text, t.end)), None) \
            if text[m.end:m.end + 1] in "，," else None
        if item_team is not None:
            facts.add(m.canonical, "memberOf", item_team.canonical, span, text, 0.7, "person-list-item")
            if text.startswith("团长", item_team.end):
                facts.add(m.canonical, "leads", item_team.canonical, span, text, 0.7, "person-list-item")
            continue
        cell_team = next((t for t in resolved if t.cls == "Team" and t.canonical and m.end < t.start < item_end
                          and text[t.start - 1] in "\t \u3000｜|" and (text[t.end:t.end + 1] in ("", "\n", "\t", " ", "\u3000", "｜", "|")
                                                                      or TEAM_ROLE_AFTER_RE.match(text, t.end))),
                         None) if m.rule == "person-list-item" and text[m.end:m.end + 1] in "\t \u3000" else None
        if cell_team is not None:
            # 姓名　所在单位　挂职岗位　所在团组 / 单某　某大学药学院　…副主任　泰州医药高新区团: the row's own team
            # (…　某县第十五批科技镇长团团长，挂职…: the team its post cell names, and whether they lead it)
            facts.add(m.canonical, "memberOf", cell_team.canonical, span, text, 0.7, "person-list-item")
            if text.startswith("团长", cell_team.end):
                facts.add(m.canonical, "leads", cell_team.canonical, span, text, 0.7, "person-list-item")
            continue
        team = _section_team(text, resolved, m.start) or ctx.main_team
        bracketed_team = (text[m.end:m.end + 1] in "（(" or m.rule == "person-roster-line") and any(
            # 杜某（金湖团副团长，…）: the bracket's own team; 葛某，…，挂任靖江市副市长、靖江市科技镇长团团长: the row's
            t.cls == "Team" and t.canonical and m.end < t.start < item_end and TEAM_ROLE_AFTER_RE.match(text, t.end)
            for t in resolved)
        # 冯某（东南大学）：我在某高新区挂职…, a turn in a meeting where the team's members speak: a member
        turn = members_speak and text[m.end:m.end + 1] in "（(" and any(
            o.start == m.end + 1 and o.cls in _ACADEMIC_CLASSES and text[o.end:o.end + 2] in ("）：", "）:", "):", ")：")
            for o in resolved.starting_in(m.end + 1, m.end + 2))
        if team and not bracketed_team and (_SECONDED_RE.search(item) or _LOCAL_POST_RE.search(item) or turn):
            facts.add(m.canonical, "memberOf", team, span, text, 0.65, "person-list-item")
            heading = _ROLE_HEADING_RE.search(text, max(0, m.start - 40), m.start)  # (一、团长\n\n韩某，…)
            if _LEADER_IN_ITEM_RE.search(item) or (heading is not None and re.sub(r"[ \u3000]", "", heading.group(1)) == "团长"):
                facts.add(m.canonical, "leads", team, span, text, 0.65, "person-list-item")
    # 赵敏挂职盐都区科技局副局长: a member seconded to a post in a body works there: the person
    # before (after their bracket, in a roster: 孙某（南京航空航天大学），挂职海安市科技局副局长; with no
    # other between), or the one the post describes (挂职X局副局长的…副研究员唐某)
    for a in resolved:
        if a.cls != "GovernmentAgency" or not a.canonical or not text.endswith(("挂职", "挂任"), 0, a.start) \
                or not _ROLE_RE.match(text, a.end):
            continue
        s0, s1 = _sentence_of(a.start, sentences)
        before = [m for m in persons if s0 <= m.start and m.end <= a.start and text.count("，", m.end, a.start) <= 2
                  and not _has_cue(text[m.end:a.start], lx.SPEECH_VERBS)]  # (张某介绍，团员们挂职…: not 张某)
        after = [m for m in persons if a.end <= m.start < s1 and "的" in text[a.end:m.start]
                 and not any(ch in text[a.end:m.start] for ch in "，,；;")]
        who = after[0] if after else before[-1] if before else None
        if who is not None:
            facts.add(who.canonical, "affiliatedWith", a.canonical, (s0, s1), text, 0.7, "person-post")
    # 团长、来自大连理工大学的霍某: the body named between 来自 and 的 right before the name (or with no 来自:
    # 河海大学的赖某挂任…, a university, school or institute)
    ends = {o.end: o for o in resolved if o.cls in ORG_CLASSES}
    for m in persons:
        org = ends.get(m.start - 1)
        if org is not None and text[m.start - 1] == "的" and (text.endswith("来自", 0, org.start) or (
                org.cls in _BODY_OF_PERSON_CLASSES and text[m.end:m.end + 1] not in ("的",))):
            facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.7,
                      "person-comes-from")
    # 张卫国博士来自江南大学食品学院: where the person comes from is where they work
    for m in persons:
        came = _CAME_FROM_RE.match(text, m.end)
        if came is None:
            continue
        org = next((o for o in resolved if o.start == came.end() and o.cls in ORG_CLASSES), None)
        if org is not None:
            facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.7,
                      "person-comes-from")
    # 团长甄某衡召集全团开会。甄团长来自某大学: a surname and a title, for the only person of that surname
    for t in _TITLE_FORM_FROM_RE.finditer(text) if "来自" in text else ():
        named = {m.canonical for m in persons if m.canonical and m.canonical[0] == t.group(1) and m.start < t.start()}
        org = next((o for o in resolved if o.start == t.end() and o.cls in ORG_CLASSES), None)
        if len(named) == 1 and org is not None:
            facts.add(next(iter(named)), "affiliatedWith", org.canonical, _sentence_of(t.start(), sentences), text, 0.7,
                      "person-comes-from")
    for m in persons:
        is_ = _IS_RE.match(text, m.end)  # 他叫孙建国，是…大学…学院的教授
        org = next((o for o in resolved if o.start == is_.end() and o.cls in ORG_CLASSES), None) if is_ else None
        of = _OF_RE.match(text, org.end) if org is not None else None  # (…大学自动驾驶方向的副教授)
        if (of is not None and _ROLE_RE.search(text, of.end(), of.end() + 10)) or (
                org is not None and _ROLE_RE.match(text, org.end)):  # (…是南京工业大学材料学院副教授)
            facts.add(m.canonical, "affiliatedWith", org.canonical, _sentence_of(m.start, sentences), text, 0.7,
                      "person-is-of")
        s0, s1 = _sentence_of(m.start, sentences)
        # …，也是张家港市第十五批科技镇长团的一员; 刘某为兴化团团员 (right after the name, unless the name opens
        # a 是 clause)
        one = _ONE_OF_TEAM_RE.search(text, m.end, s1) if is_ is not None else _ONE_OF_TEAM_RE.match(text, m.end, s1)
        if one is None and (post := _POST_THEN_IS_RE.match(text, m.end, s1)) is not None and not any(
                p.end <= post.end() and p.start >= m.end for p in persons):
            # 副教授韩某2022年7月起挂任某局副局长，是某市第十五批科技镇长团某分团成员: the post, then the team
            one = _ONE_OF_TEAM_RE.match(text, post.end(), s1)
        team = max((t for t in resolved if one is not None and t.cls == "Team" and t.canonical
                    and one.start() <= t.start and t.end <= one.end()), key=lambda t: t.start, default=None)
        if team is not None and not any(k in text[m.end:one.start()] for k in ("他", "她")):
            facts.add(m.canonical, "memberOf", team.canonical, (s0, s1), text, 0.7, "person-is-member")
            if one.group("lead"):
                facts.add(m.canonical, "leads", team.canonical, (s0, s1), text, 0.7, "person-is-member")
    # 挂任支塘镇副镇长的苏州科技大学教授沈洁: a secondment to a local post is team membership,
    # unless the post is somewhere the team does not serve (钱敏挂任淮阴区科技局副局长 in an
    # article on the 泗阳县 team)
    places = {t.canonical: t.info["locality"].info.get("division") for t in resolved if t.cls == "Team"
              and t.canonical and t.info.get("locality") is not None and not t.info.get("programme")}
    if ctx.main_team or places:
        divisions = gazetteer.divisions()
        for m in persons:
            team = _section_team(text, resolved, m.start) or ctx.main_team  # (射阳县科技镇长团：…挂职…)
            team_place = places.get(team)
            lo = max(text.rfind(ch, 0, m.start) for ch in "，,。；;！？\n") + 1
            hi = min((k for k in (text.find(ch, m.end) for ch in "，,。；;！？\n") if k >= 0), default=len(text))
            if not _SECONDED_RE.search(text, lo, min(hi, m.end + 16)) or any(
                    f.s == m.canonical and f.p == "memberOf" for f in facts):
                continue
            # (挂任阜宁县科技局副局长的某学院讲师邵某: the post may come before the name, in its clause)
            posts = [p.info["division"] for p in resolved if p.cls == "Locality" and lo <= p.start < hi
                     and p.info.get("division") is not None]
            posts += [a.info["locality"].info["division"] for a in resolved if a.cls == "GovernmentAgency"
                      and lo <= a.start < hi and a.info.get("locality") is not None
                      and a.info["locality"].info.get("division") is not None]  # (挂任泗阳县科技局副局长)
            if team is None or (team_place is not None and posts and not any(
                    divisions.is_within(d, team_place.code) for d in posts)):
                # (a university's send-off: 宁某挂职盐城市大丰区副区长 joins the 大丰区 team its list names)
                team = next((t for t, pl in places.items() if pl is not None and posts and any(
                    divisions.is_within(d, pl.code) for d in posts)), None)
                if team is None:
                    continue
            facts.add(m.canonical, "memberOf", team, _sentence_of(m.start, sentences), text, 0.6,
                      "person-seconded")
    # 罗丹加入常熟市第十六批科技镇长团: a member
    team_at = {m.start: m for m in resolved if m.cls == "Team" and m.canonical}
    # 某学院研究员陶某，挂职张家港市科技局副局长（张家港团）；: the team in brackets after the post
    post_starts = sorted(m.start for m in persons)
    for m in persons:
        k = bisect_right(post_starts, m.start)
        hi = min([_sentence_of(m.start, sentences)[1], *post_starts[k:k + 1]])
        post = text.find("挂", m.end, hi)
        if post < 0 or not text.startswith(("挂职", "挂任"), post):
            continue
        for opening in (i for i in range(post, hi) if text[i] in "（("):
            team = team_at.get(opening + 1)
            if team is not None and text[team.end:team.end + 1] in "）)":
                facts.add(m.canonical, "memberOf", team.canonical, _sentence_of(m.start, sentences), text, 0.65,
                          "person-post-team-bracket")
                break
    for k, m in enumerate(persons):
        # (我作为中国矿业大学选派的干部，加入邳州市第十五批科技镇长团: later in the clause's sentence, no one else between)
        s1 = min([_sentence_of(m.start, sentences)[1], *(p.start for p in persons[k + 1:k + 2])])
        # (邵某桐挂职吴江区第十五批科技镇长团以来: 挂职 right after the name, the team its object)
        join = next((j for j in (text.find(w, m.end, s1) for w in ("加入", "加盟", "挂职")) if j >= 0 and j + 2 in team_at
                     and (text[j] != "挂" or j == m.end)), None)
        if join is not None and (join == m.end or text[m.end] in "作，," or text.startswith("作为", m.end)):
            facts.add(m.canonical, "memberOf", team_at[join + 2].canonical, _sentence_of(m.start, sentences), text, 0.7,
                      "person-joins")
        # 许某在淮安市清江浦区科技镇长团挂职，…: the team the person serves in (its city may come first)
        if text.startswith("在", m.end):
            served = next((team_at[j] for j in range(m.end + 1, min(m.end + 6, s1)) if j in team_at), None)
            if served is not None and text.startswith(("挂职", "任职", "工作", "服务"), served.end) and (
                    served.start == m.end + 1 or _places_only(text, m.end + 1, served.start,
                                                              resolved.starting_in(m.end + 1, served.start))):
                facts.add(m.canonical, "memberOf", served.canonical, _sentence_of(m.start, sentences), text, 0.7,
                          "person-joins")
        # 以林某然为团长的泗阳县第十五批科技镇长团: the team the person leads, named after
        led = _LED_TEAM_RE.match(text, m.end) if text[m.start - 1:m.start] == "以" else None
        if led is not None and led.end() in team_at:
            span = _sentence_of(m.start, sentences)
            facts.add(m.canonical, "memberOf", team_at[led.end()].canonical, span, text, 0.75, "person-leads-team-named")
            if led.group(1) == "团长":
                facts.add(m.canonical, "leads", team_at[led.end()].canonical, span, text, 0.75, "person-leads-team-named")
    # 刘刚担任宜兴市第十六批科技镇长团团长, 王琳琳任…副团长, and a later clause of the
    # person's sentence (赵磊将挂任泗阳县副县长，担任泗阳县第十六批科技镇长团团长)
    starts = {m.start: m for m in resolved if m.cls == "Team"}
    person_starts = sorted(m.start for m in persons)
    for m in persons:
        at, verb = m.end, next((v for v in ("担任", "出任", "任") if text.startswith(v, m.end)), None)
        if verb is None:  # 周某自去年8月起挂职某市第十四批科技镇长团副团长: a few words, then the verb and the team
            later = next((v for v in _TAKES_TEAM_POST_RE.finditer(text, m.end, m.end + 20)
                          if v.end() in starts and v.start() == m.end), None)
            if later is not None:
                at, verb = later.start("verb"), later.group("verb")
        if verb is None:
            s_end = _sentence_of(m.start, sentences)[1]
            k = bisect_right(person_starts, m.start)  # (up to the next person named)
            later = _LATER_CLAUSE_ROLE_RE.search(text, m.end, min([s_end, *person_starts[k:k + 1]]))
            if later is None:
                continue
            at, verb = later.start("verb"), later.group("verb")
        team = starts.get(at + len(verb))
        ent = ent_of.get(id(team)) if team is not None else None
        role = TEAM_ROLE_AFTER_RE.match(text, team.end) if team is not None else None
        name = ent.name if ent is not None and role is not None else None
        if name is None and ctx.main_team:  # 许志宏任团长, 张丽华任副团长兼秘书长: the article's team
            role = TEAM_ROLE_AFTER_RE.match(text, at + len(verb))  # (or the section's: 射阳县科技镇长团：…)
            name = (_section_team(text, resolved, m.start) or ctx.main_team) if role is not None else None
        if name is None:
            continue
        span = _sentence_of(m.start, sentences)
        facts.add(m.canonical, "memberOf", name, span, text, 0.8, "person-takes-role")
        if role.group() == "团长":
            facts.add(m.canonical, "leads", name, span, text, 0.8, "person-takes-role")
    # 周某挂职射阳县副县长、射阳县第十五批科技镇长团团长: a post, then the team's role, in the person's clause
    # 刘某、何某同在涟水县第十五批科技镇长团挂职: the persons listed before 在<team>挂职
    for t in (m for m in resolved if m.cls == "Team" and m.canonical):
        ent = ent_of.get(id(t))
        if ent is None:
            continue
        role = TEAM_ROLE_AFTER_RE.match(text, t.end)
        s0 = _sentence_of(t.start, sentences)[0]
        c0 = max(text.rfind(ch, s0, t.start) for ch in "，,；;：:") + 1 if any(
            ch in text[s0:t.start] for ch in "，,；;：:") else s0
        if role is not None and text[t.start - 1:t.start] == "、":
            who = [m for m in persons if c0 <= m.start and m.end <= t.start]
            if len(who) == 1 and _SECONDED_RE.search(text, who[0].end, t.start):
                facts.add(who[0].canonical, "memberOf", ent.name, (s0, t.end), text, 0.7, "person-post-then-role")
                if role.group() == "团长":
                    facts.add(who[0].canonical, "leads", ent.name, (s0, t.end), text, 0.7, "person-post-then-role")
        elif _SERVE_IN_TEAM_BEFORE_RE.search(text, max(c0, t.start - 3), t.start) and text.startswith(("挂职", "挂任"), t.end):
            for m in persons:
                if c0 <= m.start and m.end <= t.start:
                    facts.add(m.canonical, "memberOf", ent.name, (s0, t.end), text, 0.7, "person-in-team")
    for a in _AS_MEMBER_RE.finditer(text):
        s0, s1 = _sentence_of(a.start(), sentences)
        team = _team_before(text, resolved, ent_of, a.end(), a.start()) or ctx.main_team
        if a.group("who") or text[a.start() - 1:a.start()] in ("他", "她"):  # 他 (after, or 他作为…): the person named last before
            who = next((m for m in reversed(persons) if m.end <= a.start()), None)
        else:  # 杨帆作为…团成员 (the name before), or 作为…团成员，杨帆… (the name after)
            who = next((m for m in persons if m.end == a.start()), None) or next(
                (m for m in persons if a.end() <= m.start < min(s1, a.end() + 2)), None) or next(
                (m for m in persons if m.start == s0 and m.end <= a.start()), None)  # (孙浩是…，…作为…团成员挂任…)
        if who is not None and team:
            facts.add(who.canonical, "memberOf", team, (s0, s1), text, 0.7, "person-as-member")
            if a.group("lead"):
                facts.add(who.canonical, "leads", team, (s0, s1), text, 0.7, "person-as-member")


_LED_TEAM_RE = re.compile(r"为(副?团长)的")  # (以某某为团长的…科技镇长团)


def _team_before(text, resolved, ent_of, pos, lo):
    """The team named last between ``lo`` and ``pos``, if any."""
    team = None
    for m in resolved:
        if lo <= m.start and m.end <= pos and m.cls == "Team":
            ent = ent_of.get(id(m))
            team = ent.name if ent is not None else team
    return team


def _awarded_platforms(text: str, resolved, facts: FactSet, sentences: list[tuple[int, int]]) -> None:
    """江苏某某有限公司获批江苏省博士后创新实践基地: the platform is the body's that won it."""
    for m in resolved:
        if m.cls != "Platform" or not m.canonical:
            continue
        won = _AWARDED_RE.search(text, max(0, m.start - 8), m.start)
        rule = "platform-awarded"
        if won is None:  # 推动南京农业大学在泗阳县设立“…研究院”: the body that set it up
            won, rule = _SET_UP_AT_RE.search(text, max(0, m.start - 20), m.start), "platform-set-up"
        holder = next((h for h in resolved if won is not None and h.end == won.start() and h.canonical
                       and h.cls in ("Enterprise", "University", "ResearchInstitute", "AcademicUnit")), None)
        if holder is not None:
            facts.add(m.canonical, "hostedBy", holder.canonical, _sentence_of(m.start, sentences), text, 0.7, rule)


_SET_UP_AT_RE = re.compile(r"(?:在[\u4e00-\u9fff]{2,12}?)?(?:设立|建立|成立|组建|筹建)了?[“\"]?$")
_AWARDED_RE = re.compile(r"(?:成功)?(?:获批|获评|获认定为|被认定为|被评为|入选|申报)(?:成为|为|了|建设|设立)?$")
_TABLE_HEADER_RE = re.compile(r"^\s*(?:序号[\s｜|]+)?[^\n，。]{0,8}(?:企业|合作社|经营主体|农场)[^\n，。]{0,6}[\s｜|]+[^\n，。]{0,8}"
                              r"(?:高校|院校|合作单位|高校院所|科研院所|合作院所)")
# 项目名称｜合作双方｜当前进展: a column that holds both parties of each row (某学院—某公司)
_PAIR_COLUMN_HEADER_RE = re.compile(r"^[^\n，。]{0,12}[\t｜|][^\n，。]{0,4}(?:合作双方|校企双方|合作主体)|"
                                    r"^\s*(?:合作双方|校企双方|合作主体)[\t｜|]")
# 以下为部分合作项目（序号｜企业｜所在区镇｜合作高校院所｜合作内容）：: the header in brackets
_BRACKETED_HEADER_RE = re.compile(r"[（(](?:序号[\s｜|]+)?[^\n，。（）()]{0,6}企业[^\n，。（）()]{0,8}[\s｜|]+[^\n，。（）()]{0,6}"
                                  r"(?:高校|院校|合作单位|高校院所)")
# 在科技镇长团的牵线下，14个…项目集中签约…。部分签约项目如下：: the team brokered the rows that follow
_BROKER_CUE_BEFORE_TABLE_RE = re.compile(r"牵线|促成|推动|撮合|发榜")  # (…团会同市科技局…公开发榜。…公示如下：)


_ABOVE_BROKERED_RE = re.compile(r"以上(?:项目|合作|合作项目|签约项目)[^。\n]{0,40}?(?:牵线|促成|推动|对接)[^。\n]*")


_CELL_SPLIT_RE = re.compile(r"[\t｜|]|[ \u3000]{2,}")
_FIRM_COLUMN_RE = re.compile(r"企业|合作社|经营主体|农场|设站单位|建站单位|受让方|被许可方|受让单位|实施主体")
_SCHOOL_COLUMN_RE = re.compile(r"高校|院校|院所|合作单位|揭榜单位|揭榜方|承担单位|转让方|出让方|(?<!被)许可方"  # (a patent's)
                               r"|技术支撑单位|技术支持单位|技术依托单位")  # (a village project list's: 实施主体｜技术支撑单位)


# a column giving where each row's firm is (所在板块, 所在街道（园区）, 所在镇, 属地)
_PLACE_COLUMN_RE = re.compile(r"^(?:所在|所属)?(?:板块|街道|镇街|区镇|乡镇|镇|园区|区域|地区|地点|属地|所在地|村|行政村)"
                              r"(?:[（(][^）)]{1,6}[）)])?$")


def _line_cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The cells of the line ``text[lo:hi]`` (start, end), split at tabs, bars, runs of spaces, or at
    single ideographic spaces when the line has no other separator (序号　设站单位　合作高校)."""
    split = _CELL_SPLIT_RE if _CELL_SPLIT_RE.search(text, lo, hi) else IDEOGRAPHIC_SPACE_RE
    return [(a, b) for a, b in split_cells(text, lo, hi, split) if text[a:b].strip("|｜-—: ")]  # (not a rule's ---)


# a record's labelled lines (需求清单, 企业名录): the firm, then where it is and what it works in
_RECORD_FIRM_RE = re.compile(r"[ \u3000]*(?:企业名称|需求企业|需求单位|单位名称|公司名称|企业|合作单位|合作双方|合作主体"
                             r"|承担单位|项目承担单位|发榜单位|发榜企业|发榜方)[：:]")
# a project form's partner line after its firm's (承担单位：某某有限公司 / 合作单位：某大学某学院), and a challenge's
# solver after the firm that posted it (发榜单位：某某有限公司 / 揭榜单位：某大学某学院)
_RECORD_PARTNER_RE = re.compile(r"[ \u3000]*(?:合作单位|合作高校|合作院所|合作方|揭榜单位|揭榜方|揭榜团队)[：:]")
_RECORD_PLACE_RE = re.compile(r"[ \u3000]*(?:所在区域|所在地区|所在地|所在镇（街道）|所在镇\(街道\)|所在镇|所在街道|所在园区|所属区域|所属板块|所在板块"
                              r"|单位地址|注册地址)[：:]")
_RECORD_FIELD_LINE_RE = re.compile(r"[ \u3000]*(?:所属领域|所属行业|行业领域|技术领域|产业领域|所属产业)[：:]")


# labels inside a list item's line: 1. X公司（某市某县）　合作学院：某学院　推荐人：某某（某县科技镇长团）
_INLINE_PARTNER_RE = re.compile(r"(?:合作学院|合作高校|合作院校|合作院系|合作单位|合作院所)[：:][ \u3000]*")
_INLINE_BROKER_RE = re.compile(r"(?:推荐人|促成人|牵线人|对接人|推荐单位)[：:][ \u3000]*")


def _inline_labelled_items(text: str, resolved, facts: FactSet) -> None:
    """A list item whose line opens on a firm and labels its partner and its broker (…有限公司（…）　合作学院：
    某学院　推荐人：某某（…团）): the firm and the partner cooperate, the person named brokered both."""
    if "：" not in text and ":" not in text:
        return
    for label in _INLINE_PARTNER_RE.finditer(text):
        lo = text.rfind("\n", 0, label.start()) + 1
        hi = text.find("\n", label.end()) % (len(text) + 1)
        firm = next((m for m in resolved.starting_in(lo, label.start()) if m.cls == "Enterprise" and m.canonical), None)
        partner = next((m for m in resolved.starting_in(label.end(), label.end() + 1) if m.canonical and m.cls in (
            "University", "AcademicUnit", "ResearchInstitute", "Enterprise")), None)
        if firm is None or partner is None or partner is firm:
            continue
        facts.add(firm.canonical, "collaboratesWith", partner.canonical, (lo, hi), text, 0.6, "item-partner")
        by = _INLINE_BROKER_RE.search(text, partner.end, hi)
        broker = next((m for m in resolved.starting_in(by.end(), by.end() + 1) if m.canonical
                       and m.cls in ("Person", "Team")), None) if by is not None else None
        for party in (firm, partner) if broker is not None else ():
            facts.add(broker.canonical, "brokered", party.canonical, (lo, hi), text, 0.6, "item-broker")


def _labelled_records(text: str, resolved, facts: FactSet) -> None:
    """A list of records in labelled lines (企业名称：X公司 / 所在区域：某镇 / 所属领域：海工装备): the
    record's firm is in the place and works in the fields its own lines give."""
    if "：" not in text and ":" not in text:
        return
    firm, undertaken = None, False
    first_record = None  # where the list of records starts (for the broker the paragraph above names)
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not line.strip():
            continue
        if firm is not None and undertaken and (label := _RECORD_PARTNER_RE.match(text, lo, hi)) is not None:
            partner = next((m for m in resolved.starting_in(lo, hi) if m.cls in _ACADEMIC_CLASSES and m.canonical), None)
            if partner is not None:
                facts.add(firm.canonical, "collaboratesWith", partner.canonical, (lo, hi), text, 0.65, "record-partner")
                broker = _broker_above(text, resolved, first_record) if "揭榜" in label.group() else None
                for party in (firm, partner) if broker is not None else ():
                    facts.add(broker.canonical, "brokered", party.canonical, (lo, hi), text, 0.6, "record-broker")
                continue
        if (label := _RECORD_FIRM_RE.match(text, lo, hi)) is not None:
            firm = next((m for m in resolved.starting_in(lo, hi) if m.cls == "Enterprise" and m.canonical), None)
            # (a project form's firm, or a challenge's poster, whose partner line follows)
            undertaken = "承担单位" in label.group() or "发榜" in label.group()
            if first_record is None:
                item = text.rfind("\n", 0, lo - 1) + 1  # (the item's heading line above: 1. 某某技术)
                first_record = item if lo > 0 and text[item:lo - 1].strip() and not _RECORD_FIRM_RE.match(text, item) else lo
            continue
        if firm is None:
            continue
        if _RECORD_PLACE_RE.match(text, lo, hi):
            # (单位地址：盐城市亭湖区盐城环保科技城纬一路18号: the last of the chain of places)
            place = None
            for m in resolved.starting_in(lo, hi):
                if m.cls == "Locality" and m.canonical and (place is None or m.start == place.end):
                    place = m
            if place is not None:
                facts.add(firm.canonical, "locatedIn", place.canonical, (lo, hi), text, 0.7, "record-place")
        elif _RECORD_FIELD_LINE_RE.match(text, lo, hi):
            for f in resolved.starting_in(lo, hi):
                if f.cls == "Field" and f.canonical and text[f.start - 1:f.start] != "☐":  # (☑A　☐B: the ticked box only)
                    facts.add(firm.canonical, "hasField", f.canonical, (lo, hi), text, 0.7, "record-field")


# the end of a cell set apart by ideographic spaces or a tab, after a role in brackets (某市团（团长）　)
_SPACED_CELL_END_RE = re.compile(r"(?:[（(][^（）()\n]{1,8}[）)])?(?:\u3000|\t|  |\n|$)")
# a roster's row that opens on the member's role, its cells set apart by wide spaces (团长　孟某航　宜兴市副市长　东南大学)
_ROLE_FIRST_ROW_RE = re.compile(r"(?m)^[ \u3000]*(?:团长|副团长|团员|成员|秘书长)(?:[ \u3000]{2,}|\u3000|\t)")


def _role_first_rows(text: str, resolved, facts: FactSet) -> None:
    """A roster whose rows open on the role, then the name, the post and the home body, each a cell
    (副团长　袁某怡　某工业园管委会副主任　江南大学): the member works at each cell that is an academic body."""
    if "团" not in text:
        return
    for row in _ROLE_FIRST_ROW_RE.finditer(text):
        hi = text.find("\n", row.end())
        hi = len(text) if hi < 0 else hi
        person = next((m for m in resolved.starting_in(row.end(), row.end() + 1) if m.cls == "Person" and m.canonical), None)
        if person is None:
            continue
        for a, b in (c for c in _line_cells(text, row.start(), hi) if c[0] >= person.end):
            body = next((m for m in resolved.starting_in(a, a + 1) if m.cls in _ACADEMIC_CLASSES and m.canonical
                         and m.end == len(text[:b].rstrip(" \u3000"))), None)
            if body is not None:
                facts.add(person.canonical, "affiliatedWith", body.canonical, (row.start(), hi), text, 0.65, "roster-role-row")


# a demand card: its firm on a line of its own after a bullet (▶江苏某某有限公司（环科园）), then labelled lines
_CARD_FIRM_LINE_RE = re.compile(r"[ \u3000]*[▶▷►●■◆◇★☆▸▪•·][ \u3000]*")
_CARD_NEED_RE = re.compile(r"[ \u3000]*(?:需求|技术需求|企业需求|难题)[：:]")
_CARD_MATCH_RE = re.compile(r"[ \u3000]*(?:对接|对接高校|对接单位|对接专家|匹配|匹配专家|揭榜|揭榜单位)[：:]")
_CARD_STATUS_RE = re.compile(r"[ \u3000]*(?:进展|进度|状态|结果|成效)[：:]")
_CARD_AGREED_RE = re.compile(r"签订|签署|签约|共建|合作协议|合同")
_CARD_UNMATCHED_RE = re.compile(r"暂未|尚未|未匹配|待匹配|未找到")
_CARD_BROKER_RE = re.compile(r"牵线|推荐|对接|撮合|促成")


def _demand_cards(text: str, resolved, ctx, facts: FactSet) -> None:
    """Cards of a demand matching (▶某某有限公司 / 需求：… / 对接：某大学某学院 某某教授团队 / 进展：现场签订…合同):
    the firm and the body it was matched to cooperate once the progress tells an agreement; the article's team
    brokered every matched pair, and so did a member the match line names as its broker (（某某牵线）); the
    expert on the match line works at the body before them."""
    if "需求" not in text or not any(_CARD_MATCH_RE.match(line) for line in text.split("\n")):
        return
    team = next((m for m in resolved if m.cls == "Team" and m.canonical == ctx.main_team), None) if ctx.main_team else None
    firm = partner = person = None
    agreed = False
    pos = 0
    lines = text.split("\n") + [""]

    def close() -> None:
        if firm is None or partner is None:
            return
        span = (firm.start, partner.end)
        if agreed:
            facts.add(firm.canonical, "collaboratesWith", partner.canonical, span, text, 0.6, "demand-card")
        for by in (team, person):
            for party in (firm, partner) if by is not None else ():
                facts.add(by.canonical, "brokered", party.canonical, span, text, 0.6, "demand-card")

    for k, line in enumerate(lines):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        head = _CARD_FIRM_LINE_RE.match(line)
        if head is not None or not line.strip():
            if head is not None or firm is not None:
                close()
                firm = partner = person = None
                agreed = False
            if head is not None and k + 1 < len(lines) and _CARD_NEED_RE.match(lines[k + 1]):
                first = next((m for m in resolved.starting_in(lo + head.end(), lo + head.end() + 1)
                              if m.cls == "Enterprise" and m.canonical), None)
                firm = first
            continue
        if firm is None:
            continue
        if _CARD_MATCH_RE.match(line):
            if _CARD_UNMATCHED_RE.search(line):
                continue  # (对接：暂未匹配，需求已转交某所评估)
            inside = [m for m in resolved.starting_in(lo, hi) if m.canonical]
            partner = next((m for m in inside if m.cls in _ACADEMIC_CLASSES or m.cls == "Enterprise"), None)
            persons = [m for m in inside if m.cls == "Person"]
            for p in persons:
                if partner is not None and p.start > partner.end and _CARD_BROKER_RE.match(text, p.end):
                    person = p  # (（某某牵线）: who arranged it)
                elif partner is not None and partner.cls in _ACADEMIC_CLASSES and not text[partner.end:p.start].strip(" \u3000"):
                    facts.add(p.canonical, "affiliatedWith", partner.canonical, (lo, hi), text, 0.6, "demand-card")
        elif _CARD_STATUS_RE.match(line):
            agreed = bool(_CARD_AGREED_RE.search(line)) and not _NOT_AGREED_YET_RE.search(line)


def _bracketed_sites(text: str, resolved, facts: FactSet) -> None:
    """A platform or a firm with its site in brackets right after it, as lists give them
    (新建的平台为：A研究院（常熟高新区）、B中心（梅李镇）): each is in the place its brackets hold."""
    if "（" not in text and "(" not in text:
        return
    places = {m.start: m for m in resolved if m.cls == "Locality" and m.canonical}
    for m in resolved:
        if m.cls not in ("Platform", "Enterprise") or not m.canonical or text[m.end:m.end + 1] not in ("（", "("):
            continue
        place = places.get(m.end + 1)
        if place is not None and text[place.end:place.end + 1] in ("）", ")"):
            facts.add(m.canonical, "locatedIn", place.canonical, (m.start, place.end + 1), text, 0.7, "bracketed-site")


def _table_places(text: str, resolved, facts: FactSet) -> None:
    """A table with a column of places (企业名称｜所在街道｜…, 序号　设站单位　合作高校　所在板块, 村｜…): each row's
    firm (or platform) is in the place its row gives in that column."""
    if "所在" not in text and "板块" not in text and "属地" not in text and "村" not in text:
        return
    column, width = None, 0
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        cells = _line_cells(text, start, end)
        header = [k for k, (a, b) in enumerate(cells) if _PLACE_COLUMN_RE.match(text[a:b])] if len(cells) >= 3 else []
        if header:
            column, width = header[0], len(cells)
        elif column is not None and len(cells) != width:
            column = None  # (the table ends where a line has another number of cells)
        elif column is not None:
            a, b = cells[column]
            places = [m for m in resolved.starting_in(a, b) if m.cls == "Locality" and m.canonical and m.end <= b]
            # (宿迁市沭阳县: a chain of places fills the cell, the last the nearest)
            place = places[-1] if places and places[-1].end == b and sum(m.end - m.start for m in places) == b - a and all(
                x.end == y.start for x, y in zip(places, places[1:])) else None
            row = [m for m in resolved if start <= m.start and m.end <= end and m.canonical
                   and m.cls in ("Enterprise", "Platform") and not (a <= m.start < b)]
            if place is not None and row:
                facts.add(row[0].canonical, "locatedIn", place.canonical, (start, end), text, 0.6, "table-place")
        start = end + 1


_CASE_PARTIES_LINE_RE = re.compile(r"(?m)^[ \u3000]*(?:合作单位|合作双方|合作主体|参与单位)[：:]")
_CASE_BROKER_LINE_RE = re.compile(r"(?m)^[ \u3000]*(?:促成人|牵线人|促成团队|推荐单位|促成单位)[：:][ \u3000]*")


_TEAMS_JOINED = ("与", "和", "同")
_BOTH_TEAMS_RE = re.compile(r"两团|两支(?:科技)?镇长团|两地(?:科技)?镇长团")


def _teams_paired(text: str, resolved, facts: FactSet, sentences) -> None:
    """吴江区第十六批科技镇长团与泗阳县第十六批科技镇长团签订“团团结对”协议: two teams joined by 与 in a
    sentence of cooperation (a pairing, a signing, joint work) cooperate with each other."""
    if "团" not in text:
        return
    teams = [m for m in resolved if m.cls == "Team" and m.canonical]
    for a in teams:
        joiner = text[a.end:a.end + 1]
        if joiner not in _TEAMS_JOINED:
            continue
        b = next((t for t in teams if t.start == a.end + 1 and t.canonical != a.canonical), None)
        if b is None:
            continue
        s0, s1 = _sentence_of(a.start, sentences)
        if _has_cue(text[b.end:s1], lx.COOPERATION_CUES) or "结对" in text[s0:s1]:
            facts.add(a.canonical, "collaboratesWith", b.canonical, (s0, s1), text, 0.6, "teams-paired")


_CASE_HEADING_BROKER_RE = re.compile(r"牵线|推动|助力|促成|撮合|搭建|搭桥|对接")


def _labelled_cases(text: str, resolved, facts: FactSet) -> None:
    """A case written as labelled lines (合作单位：A公司、B学院 / … / 促成人：某某（某团团员…）): the parties
    cooperate, and whoever the 促成人 line names brokered each of them (the case runs to the blank
    line after it)."""
    if "合作" not in text or ("：" not in text and ":" not in text):
        return
    for p in _CASE_PARTIES_LINE_RE.finditer(text):
        line_end = text.find("\n", p.end()) % (len(text) + 1)
        parties = [m for m in resolved.starting_in(p.end(), line_end) if m.canonical and m.end <= line_end and (
            m.cls in PARTY_CLASSES or m.cls == "GovernmentAgency") and m.cls != "Team"]
        parties = list({m.canonical: m for m in parties}.values())
        if len(parties) < 2:
            continue
        span = (p.start(), line_end)
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                facts.add(a.canonical, "collaboratesWith", b.canonical, span, text, 0.6, "case-parties")
        block_end = text.find("\n\n", line_end) % (len(text) + 1)
        by = _CASE_BROKER_LINE_RE.search(text, line_end, block_end)
        broker = next((m for m in resolved.starting_in(by.end(), by.end() + 1) if m.canonical
                       and m.cls in ("Person", "Team")), None) if by is not None else None
        if broker is None:
            # 案例一：靖江团牵线破解…难题 / 合作双方：A——B: the team the case's heading says arranged it
            head_end = len(text[:p.start()].rstrip())
            head0 = text.rfind("\n", 0, head_end) + 1
            if _CASE_HEADING_BROKER_RE.search(text, head0, head_end):
                broker = next((m for m in resolved.starting_in(head0, head_end) if m.cls == "Team" and m.canonical), None)
        for party in parties if broker is not None else ():
            facts.add(broker.canonical, "brokered", party.canonical, span, text, 0.6, "case-broker")


def _titles_after_name(text: str, resolved, facts: FactSet, sentences) -> None:
    """他叫顾某岳，江苏省农业科学院副研究员，海陵区第十五批科技镇长团团员，挂职…: the clauses right after a
    name that are each a body and a title only (its employer), or a team and a member's role."""
    for m in resolved:
        caption = m.rule == "person-caption"  # (【同期声】周某新 某某有限公司总经理: the body after the space)
        if m.cls != "Person" or not m.canonical or text[m.end:m.end + 1] not in ("，", ",") and not (
                text[m.end:m.end + 1] in ("：", ":") and (m.start == 0 or text[m.start - 1] == "\n")) and not caption:
            continue  # (a guest list's line: 周某帆：某县科技镇长团团员，某大学某学院副教授，挂职…)
        span = _sentence_of(m.start, sentences)
        pos = m.end + (not caption)
        for _ in range(3):
            while text[pos:pos + 1] in (" ", "\u3000", "\n"):
                pos += 1  # (a phone-width layout breaks the line after each comma)
            body = next((o for o in resolved.starting_in(pos, pos + 1) if o.canonical and o.cls in (
                "University", "AcademicUnit", "ResearchInstitute", "Enterprise", "GovernmentAgency", "Team",
                *(("Locality",) if caption else ()))), None)
            role = _ROLE_RE.match(text, body.end) if body is not None else None
            if caption and body is not None and body.cls == "Locality":
                if role is None or text[role.end():role.end() + 1] != "、":
                    break
                pos = role.end() + 1  # (某大学教授、邳州市副市长、科技镇长团团长: a local post, then the next)
                continue
            if role is None or text[role.end():role.end() + 1] not in ("，", ",", "。", "；", "\n", "") and not (
                    caption and text[role.end():role.end() + 1] in ("、", "）", ")")):
                break
            if body.cls != "Team":
                facts.add(m.canonical, "affiliatedWith", body.canonical, span, text, 0.7, "person-titles-after")
            elif role.group() in lx.MEMBER_ROLES:
                facts.add(m.canonical, "memberOf", body.canonical, span, text, 0.7, "person-titles-after")
                if role.group() in lx.LEADER_ROLES:
                    facts.add(m.canonical, "leads", body.canonical, span, text, 0.7, "person-titles-after")
            pos = role.end() + 1


def _signed_writers(text, resolved, facts, sentences) -> None:
    """A report signed under its title with the writer's team (宜兴市第十五批科技镇长团　陆某泽, 陆某泽（某区第十六批科技镇长团）):
    the writer is a member of that team."""
    for m in resolved:
        if m.cls != "Person" or not m.canonical or m.start > 200:
            continue  # (a signature under the title)
        line0 = text.rfind("\n", 0, m.start) + 1
        line1 = text.find("\n", m.end)
        line1 = len(text) if line1 < 0 else line1
        team = next((t for t in resolved.starting_in(line0, line1) if t.cls == "Team" and t.canonical and not t.info.get("bare")
                     and (t.end <= m.start and not text[t.end:m.start].strip(" \t\u3000") and t.start == line0
                          and not text[m.end:line1].strip(" \t\u3000")
                          or m.start == line0 and text[m.end] in "（(" and m.end < t.start <= m.end + 8  # (（扬州市江都区…团）)
                          and "，" not in text[m.end:t.start]
                          and text[t.end:line1].strip(" \t\u3000") in ("）", ")"))), None)
        if team is not None:
            facts.add(m.canonical, "memberOf", team.canonical, _sentence_of(m.start, sentences), text, 0.65, "writer-signed-team")


# the narration's last sentence before a caption, introducing the speaker by the team's role
# (镇长团团长说，…。 / 团长这样概括他们的工作方法。 / 另一位团员，来自某所…)
_NARRATED_ROLE_RE = re.compile(r"(团长|团员)")  # (副团长 is skipped where it is read)


def _captioned_roles(text, resolved, ctx, facts, sentences) -> None:
    """A broadcast script's speaker, captioned after a narration that announces them by the team's role
    (【解说】镇长团团长说，… / 【同期声】韩某宇 某大学教授、某区副区长): the team's leader or member."""
    for m in resolved:
        if m.rule != "person-caption" or not m.canonical:
            continue
        line0 = text.rfind("\n", 0, m.start)
        if line0 <= 0:
            continue
        prev0 = text.rfind("\n", 0, line0) + 1
        narration = text[prev0:line0]
        last = max(narration.rfind(ch, 0, len(narration) - 1) for ch in "。！？；") + 1
        said = narration[last:]
        role = next((r for r in _NARRATED_ROLE_RE.finditer(said) if not said.startswith("副", max(0, r.start(1) - 1))), None)
        team = _section_team(text, resolved, m.start) or ctx.main_team
        if role is None or team is None or any(o.cls == "Person" for o in resolved.starting_in(prev0 + last, line0)):
            continue  # (the narration names someone else: 团长王某说…)
        span = _sentence_of(m.start, sentences)
        facts.add(m.canonical, "memberOf", team, span, text, 0.6, "person-captioned-role")
        if role.group(1) == "团长":
            facts.add(m.canonical, "leads", team, span, text, 0.6, "person-captioned-role")


_AUTHOR_NOTE_RE = re.compile(r"[（(]?作者(?:系|为|是|：|:)")


def _author_notes(text: str, resolved, facts: FactSet, sentences) -> None:
    """A report's byline and note (天宁区第十六批科技镇长团　陶某铭 / （作者系常州大学某学院副教授，现挂职…）):
    the author is a member of the team the byline names and works at the body the note opens with."""
    for note in _AUTHOR_NOTE_RE.finditer(text) if "作者" in text else ():
        author = next((m for m in reversed(resolved.starting_in(max(0, note.start() - 12), note.start()))
                       if m.cls == "Person" and m.canonical and not text[m.end:note.start()].strip(" \t\u3000\n")), None)
        if author is None:
            continue
        span = _sentence_of(note.start(), sentences)
        team = next((m for m in resolved.starting_in(max(0, author.start - 40), author.start) if m.cls == "Team"
                     and m.canonical and not text[m.end:author.start].strip(" \t\u3000")), None)
        if team is not None:
            facts.add(author.canonical, "memberOf", team.canonical, span, text, 0.7, "author-byline")
        body = next((m for m in resolved.starting_in(note.end(), note.end() + 1) if m.canonical
                     and m.cls in ("University", "AcademicUnit", "ResearchInstitute", "Enterprise", "GovernmentAgency")), None)
        if body is not None and _ROLE_RE.match(text, body.end):
            facts.add(author.canonical, "affiliatedWith", body.canonical, span, text, 0.7, "author-note")


def _is_table_header(line: str) -> bool:
    """Whether ``line`` is a table's header with a firm column and a university column, in either
    order (序号  企业名称  合作高校 …, 序号｜项目名称｜高校（院所）｜合作企业｜合同金额)."""
    if _TABLE_HEADER_RE.match(line) or _BRACKETED_HEADER_RE.search(line) or _PAIR_COLUMN_HEADER_RE.match(line):
        return True
    cells = [line[a:b] for a, b in _line_cells(line, 0, len(line))]
    if len(cells) < 3 or any(len(c) > 10 or "，" in c or "。" in c for c in cells):
        return False
    firm = [k for k, c in enumerate(cells) if _FIRM_COLUMN_RE.search(c)]
    school = [k for k, c in enumerate(cells) if _SCHOOL_COLUMN_RE.search(c)]
    return bool(firm and school and set(firm) != set(school))


# a table's header cells for a deal's two parties and the member who arranged it (企业｜资金方｜对接团员): loans,
# investments and policies as much as contracts
_DEAL_FIRM_COLUMN_RE = re.compile(r"^(?:企业|企业名称|融资企业|受益企业|需求企业|合作企业|对接企业|服务企业|结对企业"
                                  r"|种植主体|经营主体|养殖主体|服务对象|帮扶对象"  # (a farm list's: 种植主体｜…｜合作单位｜联系团员)
                                  r"|申报单位|申报企业|承担单位|承担企业|项目承担单位|设站企业|设站单位|建站企业"  # (a funded list's)
                                  r"|受让方|受让企业|受让单位|被许可方"  # (a patent list's)
                                  r"|需求单位|需求方|提出单位|发榜单位|发榜企业)(?:[（(][^（）()]{1,6}[）)])?$")  # (a demand list's)
# (also a disclosure's 合作方 column, read by _self_firm_table)
_PARTNER_COLUMN_RE = re.compile(r"^(?:资金方|投资方|出资方|金融机构|合作银行|贷款银行|授信银行|承保机构|保险机构|投资机构"
                                r"|合作方|合作单位|合作对象|合作高校院所|合作高校|合作院校|合作院所|合作伙伴"
                                r"|转让方|出让方|许可方|专利权人"  # (转让方（许可方）)
                                r"|对接高校|对接院校|对接院所|对接单位|匹配高校|匹配单位|揭榜单位|揭榜方|揭榜高校|供给单位"
                                r"|服务单位|服务机构|技术服务单位|技术支撑单位)"  # (企业｜服务单位｜服务内容｜合同金额)
                                r"(?:名称)?(?:[（(][^（）()]{1,6}[）)])?$")
_DEAL_BROKER_COLUMN_RE = re.compile(r"^(?:对接团员|牵线团员|服务团员|对接人|牵线人|促成人|推荐人|对接成员|联系团员|结对团员|帮扶团员"
                                    r"|对接团组|牵线团组|服务团组|促成团组|对接团|牵线团队|对接团队|促成团队)"  # (…｜对接团组 / …｜铜山团)
                                    r"(?:[（(][^（）()]{1,10}[）)])?$")  # (牵线团员（所在团）, 牵线团员（派出单位，批次）)
# a demand list's expert, who works at the row's partner (对接高校｜对接专家 / 南京理工大学｜钱某为 教授)
_DEAL_EXPERT_COLUMN_RE = re.compile(r"^(?:对接专家|匹配专家|合作专家|揭榜专家|负责专家|专家|专家团队)(?:姓名)?$")
# what a demand list says of a row (进展｜已签订技术开发合同 / 对接中 / 待匹配): whether it was agreed yet
_DEAL_STATUS_COLUMN_RE = re.compile(r"^(?:进展|对接进展|进展情况|进度|状态|对接状态|对接情况|对接结果|匹配情况)$")
# (and a demand card's 进展 line: 初步对接，待企业确认)
_NOT_AGREED_YET_RE = re.compile(r"初步|对接中|洽谈|沟通中|接洽中|磋商中|待|未|意向")
# a column that holds all of a row's parties (签约各方｜合作内容｜对接团员 / 某大学；某公司；某公司)
_PARTIES_COLUMN_RE = re.compile(r"^(?:签约各方|签约双方|签约单位|签约主体|合作各方|各方)$")


# 江苏某澜精细化工有限公司 × 南工大化工学院: a signing on a poster's agenda, the two parties crossed
def _crossed_pairs(text: str, resolved, facts: FactSet) -> None:
    """A line that crosses parties (A × B, A × B × C) under a signing (产学研合作签约 / ▸ A × B): they cooperate,
    each with each; a town or a government crossed with a university is a party too (某乡 × 某农业科学院)."""
    if "×" not in text and "✕" not in text and "╳" not in text:
        return
    parties = [m for m in resolved if m.canonical and m.cls in _CROSSED_PARTY_CLASSES]
    by_end = {m.end: m for m in parties}
    by_start = {m.start: m for m in parties}
    lines: dict[int, tuple[list[Mention], int, int]] = {}  # each crossing line's parties in order, its end, its item's end
    signed_list = bool(_SIGNED_RE.search(text, 0, max(0, text.find("\n"))))  # (某专场签约项目清单: every item a signing)
    for k in (i for i, ch in enumerate(text) if ch in "×✕╳"):
        lo = k
        while lo > 0 and text[lo - 1] in " \u3000":
            lo -= 1
        hi = k + 1
        while hi < len(text) and text[hi] in " \u3000":
            hi += 1
        a, b = by_end.get(lo), by_start.get(hi)
        line0 = text.rfind("\n", 0, k) + 1
        if a is None or b is None or a.canonical == b.canonical or a.start < line0 or "\n" in text[k:b.end]:
            continue
        if not any(m.cls in _DEAL_PARTY_CLASSES for m in (a, b)):
            continue  # (某镇 × 某区政府: two places, no deal of the genre)
        line_end = text.find("\n", k) % (len(text) + 1)
        item_end = crossed_item_end(text, line_end)
        if not _SIGNED_RE.search(text, max(0, line0 - 300), line0 + 1) and not _SIGNED_RE.search(_line_of(text, k)) and (
                not _SIGNED_RE.search(text, line_end, item_end)) and not signed_list:
            continue  # (A × B with no signing said, above it, in its item or in the title: a comparison, a match-up)
        crossed = lines.setdefault(line0, ([], line_end, item_end))[0]
        crossed += [m for m in (a, b) if all(m.canonical != c.canonical for c in crossed)]
    above = _event_host_team(text, resolved, min(lines)) if lines else None  # (对接会由某团主办。…签约项目一览)
    for line0, (crossed, line_end, item_end) in lines.items():
        for i, a in enumerate(crossed):
            for b in crossed[i + 1:]:
                facts.add(a.canonical, "collaboratesWith", b.canonical, (line0, line_end), text, 0.6, "crossed-pair")
        _crossed_pair_brokers(text, resolved, crossed, line0, line_end, item_end, facts, above)


def _crossed_pair_brokers(text: str, resolved, crossed: list[Mention], line0: int, line_end: int, end: int,
                          facts: FactSet, above: Mention | None) -> None:
    """The item under an A × B line credits a team with the deal (项目由某团牵线): the team brokered each
    party, and so did the member the team's role names (某团团员、某大学副教授某某…促成签约); with no
    item of its own saying so, the team that held the event where they were signed (``above``)."""
    brokers = crossed_item_brokers(text, resolved, line_end, end, tuple(m.canonical for m in crossed))
    if not brokers and above is not None:
        brokers = [(above, None, (line0, line_end))]
    for team, member, (s0, s1) in brokers:
        for broker in (team, member) if member is not None else (team,):
            for party in crossed:
                facts.add(broker.canonical, "brokered", party.canonical, (s0, s1), text, 0.55, "crossed-pair-broker")


def _column(words: list[str], header: re.Pattern) -> int | None:
    """The index of the first of a table's header ``words`` that ``header`` matches, or None."""
    return next((k for k, w in enumerate(words) if header.match(w)), None)


def _table_lines(text: str) -> Iterator[tuple[int, int, list[tuple[int, int]], list[str]] | None]:
    """Each line of ``text`` with three cells or more, as (start, end, cells, the cells' words); None for a line that
    ends any table being read (but not for a Markdown rule, |---|---|, under a header)."""
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        cells = _line_cells(text, lo, hi)
        if len(cells) < 3:
            if "-" not in line or line.strip(" |｜-—:"):
                yield None
            continue
        yield lo, hi, cells, [text[a:b].strip(" \u3000|｜") for a, b in cells]


# a visit log's columns (日期｜走访企业｜参加团员｜企业需求, 序号｜日期｜企业｜走访成员｜…): the firm visited, and who went
_VISITED_COLUMN_RE = re.compile(r"^(?:走访|调研|拜访|回访)(?:企业|单位|对象)(?:名称)?$")
_VISIT_FIRM_COLUMN_RE = re.compile(r"^(?:企业|企业名称|单位|单位名称|公司名称)$")
_VISITORS_COLUMN_RE = re.compile(r"^(?:走访|参加|参与|带队|调研)(?:团员|成员|人员)$")
_WHOLE_TEAM_RE = re.compile(r"全体团员|全体成员|全团")
_VISITED_CLASSES = ("Enterprise", "ResearchInstitute", "University", "AcademicUnit", "Platform")


def _visit_table_rows(text: str, resolved, ctx, facts: FactSet) -> None:
    """A team's visit log as a table (日期｜走访企业｜参加团员｜…): each row's firm was visited by the team, and
    by each member its visitors' column names (全体团员: every member of the team)."""
    if ("｜" not in text and "|" not in text and "\t" not in text) or not ("走访" in text or "调研" in text):
        return
    columns = None  # (the visited column, the visitors' column or None, number of cells) of the table being read
    team = None
    for row in _table_lines(text):
        if row is None:
            columns = None
            continue
        lo, hi, cells, words = row
        visited = _column(words, _VISITED_COLUMN_RE)
        visitors = _column(words, _VISITORS_COLUMN_RE)
        if visited is None and visitors is not None:  # (企业｜走访成员: the visitors' column makes the firm's a visit's)
            visited = _column(words, _VISIT_FIRM_COLUMN_RE)
        if visited is not None:
            columns = (visited, visitors, len(cells))
            team = _section_team(text, resolved, lo) or ctx.main_team
            continue
        if columns is None or len(cells) != columns[2] or team is None:
            columns = None
            continue
        a, b = cells[columns[0]]
        firms = list({m.canonical: m for m in resolved.starting_in(a, b)
                      if m.canonical and m.end <= b and m.cls in _VISITED_CLASSES}.values())
        if not firms:
            continue
        went = []  # the members the row's visitors' column names
        if columns[1] is not None:
            a, b = cells[columns[1]]
            went = list(dict.fromkeys(m.canonical for m in resolved.starting_in(a, b)
                                      if m.cls == "Person" and m.canonical and m.end <= b))
            if _WHOLE_TEAM_RE.search(text, a, b):
                went += [f.s for f in facts if f.p == "memberOf" and f.o == team and f.s not in went]
        for firm in firms:
            for who in (team, *went):
                facts.add(who, "visited", firm.canonical, (lo, hi), text, 0.6, "visit-table-row")


# 把自己所在的某学院的团队请到了企业, 她所在的某公司: the body the person just named works at
_OWN_UNIT_RE = re.compile(r"(?:自己|他|她|其)所在的")


def _own_unit_said(text: str, resolved, facts: FactSet) -> None:
    """A body said to be a person's own (钱某教授得知后，把自己所在的江苏科技大学某学院的团队请到了企业): the person named
    last before it, in its sentence or the one before, is affiliated with it."""
    for said in _OWN_UNIT_RE.finditer(text) if "所在的" in text else ():
        unit = next((m for m in resolved.starting_in(said.end(), said.end() + 1)
                     if m.canonical and m.cls in ("University", "AcademicUnit", "ResearchInstitute", "Enterprise")), None)
        if unit is None:
            continue
        lo = max(0, said.start() - 160)
        who = next((m for m in reversed(resolved.starting_in(lo, said.start()))
                    if m.cls == "Person" and m.canonical and text.count("。", m.end, said.start()) <= 1), None)
        if who is not None:
            facts.add(who.canonical, "affiliatedWith", unit.canonical, (said.start(), unit.end), text, 0.6, "own-unit")


# 第一站：某某有限公司, 【第二站：南京工业大学】: a line that heads one stop of a visit
_STATION_RE = re.compile(r"^[ \t\u3000【\[]*第[一二三四五六七八九十]站[：:，,\s]*(?:走进|来到|走访)?", re.M)
_LED_THE_VISIT_RE = re.compile(r"[^，,。；;（(]{0,4}(?:[（(][^）)]{0,40}[）)])?[，,]?(?:带队|率队)")


def _visit_stations(text: str, resolved, ctx, facts: FactSet) -> None:
    """A visit told stop by stop (…带队走访区内企业。\n第一站：A公司\n…第二站：B公司): the body each stop's heading
    names was visited by the teams named before the first stop (or the article's team), and by whoever led
    the trip (某某（…）带队)."""
    stations = list(_STATION_RE.finditer(text)) if "站" in text else []
    if len(stations) < 2:
        return
    intro = stations[0].start()
    if not _has_cue(text[:intro], lx.VISIT_CUES):
        return
    before = resolved.starting_in(0, intro)
    teams = list(dict.fromkeys(m.canonical for m in before if m.cls == "Team" and m.canonical))
    if not teams and ctx.main_team:
        teams = [ctx.main_team]
    leaders = [m.canonical for m in before if m.cls == "Person" and m.canonical and _LED_THE_VISIT_RE.match(text, m.end)]
    for st in stations:
        line_end = text.find("\n", st.end())
        line_end = len(text) if line_end < 0 else line_end
        stop = next((m for m in resolved.starting_in(st.end(), min(line_end, st.end() + 2))
                     if m.cls in _VISITED_CLASSES and m.canonical), None)
        if stop is None:
            continue
        for who in (*teams, *leaders):
            facts.add(who, "visited", stop.canonical, (st.start(), line_end), text, 0.6, "visit-station")


def _deal_table_rows(text: str, resolved, ctx, facts: FactSet) -> None:
    """A table of deals by column (序号｜企业｜金融产品｜资金方｜金额｜对接团员): each row's firm and its partner
    cooperate, and the member its broker column names (陈某（江南大学）) brokered both, is a member of the
    article's team and works at the body in brackets."""
    if "｜" not in text and "|" not in text and "\t" not in text and "\u3000" not in text:
        return  # (a table set with bars, tabs or ideographic spaces: 序号　企业　服务单位　…)
    columns = None  # (firm or None, partner or all parties, broker or None, number of cells) of the table being read
    team = None  # the team the paragraph above the table says brokered its rows
    teams_by_name = sorted({m.canonical for m in resolved if m.cls == "Team" and m.canonical})
    main_batch = _BATCH_IN_NAME_RE.search(ctx.main_team or "")
    place_of_main = ctx.main_team[:main_batch.start()] if main_batch is not None else None  # (沭阳县 of its 第十五批 team)
    for row in _table_lines(text):
        if row is None:
            columns = None
            continue
        lo, hi, cells, words = row
        firm = _column(words, _DEAL_FIRM_COLUMN_RE)
        partner = _column(words, _PARTNER_COLUMN_RE)
        together = _column(words, _PARTIES_COLUMN_RE)
        if together is None and firm is None and partner is not None and words[partner] in ("合作单位", "合作方"):
            together = partner  # 项目名称｜合作单位｜牵线团队 / …｜某大学、某公司｜东海团: one cell holds both parties
        if (firm is not None and partner is not None) or together is not None:
            columns = (firm, partner if together is None else together,
                       _column(words, _DEAL_BROKER_COLUMN_RE), len(cells),
                       _column(words, _DEAL_EXPERT_COLUMN_RE),
                       _column(words, _DEAL_STATUS_COLUMN_RE))
            team = _broker_above(text, resolved, lo)  # (本次签约的7个项目均由团员…牵线促成。签约项目如下：)
            team = team if team is not None and team.cls == "Team" else None
            if team is None and (columns[4] is not None or words[columns[1]].startswith(("对接", "匹配"))) and ctx.main_team:
                # a demand list's rows, matched to experts (对接高校｜对接专家｜进展): the article's team matched them
                team = next((m for m in resolved if m.cls == "Team" and m.canonical == ctx.main_team), None)
            continue
        if columns is not None and 3 <= len(cells) < columns[3]:
            continue  # (4｜某公司｜某需求｜—｜—｜待匹配: a row with empty cells, unmatched)
        if columns is None or len(cells) != columns[3]:
            columns = None
            continue

        def every(k: int, classes) -> list[Mention]:
            a, b = cells[k]
            return list({m.canonical: m for m in resolved.starting_in(a, b)
                         if m.canonical and m.end <= b and m.cls in classes}.values())

        def first(k: int, classes) -> Mention | None:
            return next(iter(every(k, classes)), None)

        if columns[0] is None:  # one cell holds every party: each pair of them cooperates
            a, b = cells[columns[1]]
            inside = [m for m in resolved.starting_in(a, b) if m.canonical and m.end <= b and m.cls in _ROW_PARTY_CLASSES]
            ends = {m.start for m in inside}
            # (海门区三厂街道: the district only says where the subdistrict is)
            parties = list({m.canonical: m for m in inside if not (m.cls == "Locality" and m.end in ends)}.values())
            if len(parties) < 2:
                continue
            _each_pair_cooperates(parties, (lo, hi), text, facts, "deal-table-row")
        else:
            a = first(columns[0], ("Enterprise",))
            # (常州大学,江苏大学: two partners in one cell, each the firm's)
            partners = [b for b in every(columns[1], _DEAL_PARTY_CLASSES) if a is not None and b.canonical != a.canonical]
            if not partners:
                continue
            status = columns[5]
            for b in partners if status is None or not _NOT_AGREED_YET_RE.search(text, *cells[status]) else ():
                facts.add(a.canonical, "collaboratesWith", b.canonical, (lo, hi), text, 0.6, "deal-table-row")
            parties = [a, *partners]
            expert = first(columns[4], ("Person",)) if columns[4] is not None else None
            if expert is not None and partners[0].cls in _ACADEMIC_CLASSES:
                facts.add(expert.canonical, "affiliatedWith", partners[0].canonical, (lo, hi), text, 0.6, "deal-table-expert")
        # (a team in a person's brackets is where they serve, not a second broker)
        brokers = (every(columns[2], ("Person",)) or every(columns[2], ("Team",))[:1]) if columns[2] is not None else []
        if any(b.cls == "Team" for b in brokers):
            team = None  # (…｜对接团组 / …｜铜山团: the row's own team, not the city's team the paragraph above names)
        for by in (*brokers, team):  # (蒋某宁（常州大学）,陆某阳（江苏大学）: each broker of the cell)
            for party in parties if by is not None else ():
                facts.add(by.canonical, "brokered", party.canonical, (lo, hi), text, 0.6, "deal-table-broker")
        for broker in brokers:
            if broker.cls != "Person":
                continue
            a, b = cells[columns[2]]
            # 林某涵（江阴团）: the team in the cell's brackets, else the article's
            own = next((m for m in resolved.starting_in(broker.end, b) if m.cls == "Team" and m.canonical
                        and text[broker.end:m.start] in ("（", "(")), None)
            # 王某川（南京林业大学，第十五批）: the batch in the brackets picks the article's team of that batch
            batch = _BATCH_IN_NAME_RE.search(text, broker.end, b) if own is None and text[broker.end:broker.end + 1] in "（(" \
                else None
            of_batch = next((t for t in teams_by_name if batch.group() in t and place_of_main is not None
                             and t.startswith(place_of_main)), None) if batch is not None else None
            if own is not None or of_batch or ctx.main_team:
                facts.add(broker.canonical, "memberOf", own.canonical if own is not None else of_batch or ctx.main_team,
                          (lo, hi), text, 0.6, "deal-table-broker")
            home = next((m for m in resolved.starting_in(broker.end + 1, b) if m.start == broker.end + 1 and m.canonical
                         and m.cls in _ACADEMIC_CLASSES), None)
            if home is not None and text[broker.end:broker.end + 1] in ("（", "("):
                facts.add(broker.canonical, "affiliatedWith", home.canonical, (lo, hi), text, 0.6, "deal-table-broker")


# an agenda's or a programme's signing item (签约仪式（以下项目均由…牵线对接）/ 1．扬州大学　　高邮市人民政府):
# a numbered line of parties set apart by spaces, under a line that announces signings
_NUMBERED_ITEM_RE = re.compile(r"[ \u3000]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[①-⑳]|[·•●◆■▪])[ \u3000]*")
# a party's site in brackets right after its name, inside a signing item (A公司（某某镇）与B学院：…)
_SITE_AFTER_PARTY_RE = re.compile(r"[（(][^（）()\n，。：:]{2,12}[）)]")


def _signing_items(text: str, resolved, facts: FactSet) -> None:
    """A numbered list of signings whose items name the parties apart by spaces and nothing else
    (1．某大学　　某市人民政府): each pair of an item's parties cooperates, and the team the list's
    heading credits (均由市科技镇长团团员牵线对接) brokered every party."""
    if "签约" not in text:
        return
    in_list, credited = False, None  # whether a signings' heading opened the list being read; the team it credits
    first_item = None  # where the list's first item of a pair before a colon is
    notes = _item_credits(text, resolved)  # (其中，第1、2项由某团促成，第3项由…: who brokered which, below the list)
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        item = _NUMBERED_ITEM_RE.match(text, lo, hi)
        if item is None and in_list:
            item = _DASHED_ITEM_RE.match(text, lo, hi)  # (an item with no number: A—B：某项目，260万元；)
        if item is None:
            if "签约" in line:
                in_list, first_item = True, None
                credited = next((m for m in resolved.starting_in(lo, hi) if m.cls == "Team" and m.canonical), None) if (
                    _BROKER_CUE_BEFORE_TABLE_RE.search(line) is not None or "对接" in line) else None
            elif line.strip() and not line.startswith((" ", "\u3000", "\t")):
                in_list = False  # (a line flush left that is no item ends the list; an indented one is an item's)
            continue
        if not in_list:
            continue
        inside = [m for m in resolved.starting_in(item.end(), hi) if m.canonical and m.end <= hi]
        parties = [m for m in inside if m.cls in _ROW_PARTY_CLASSES]
        parties = [m for k, m in enumerate(parties) if k == 0 or not _in_site_after(text, parties[k - 1], m)]
        chain = parties[:1]
        sides = [[parties[0]]] if parties else []  # (5. A、B — C：the firms listed on one side, the school on the other)
        for b in parties[1:]:
            join = text[chain[-1].end:b.start]
            if (site := _SITE_AFTER_PARTY_RE.match(join)) is not None:
                join = join[site.end():]
            join = join.strip(" \u3000")
            if join not in _ITEM_PARTY_JOINS and join != "、":
                break
            chain.append(b)
            if join == "、":
                sides[-1].append(b)
            else:
                sides.append([b])
        if len(sides) >= 2 and parties[0].start == item.end() and text[chain[-1].end:chain[-1].end + 1] in ("：", ":") \
                and (len(chain) == 2 or text[chain[0].end:chain[1].start] != "与"):
            # 2. A公司与B学院：某项目，合同金额360万元；, ⑤ A学院—B镇—C公司：三方共建…: the item's parties, before its colon
            if credited is None and first_item is None:
                first_item = lo
                credited = None if any(lo < n.start() for n, _ in notes) else _broker_above(text, resolved, lo)
            if all(len(side) == 1 for side in sides):
                _each_pair_cooperates(chain, (lo, hi), text, facts, "signing-item")
            else:
                for k, side in enumerate(sides):
                    for one in side:
                        for other in (o for later in sides[k + 1:] for o in later):
                            facts.add(one.canonical, "collaboratesWith", other.canonical, (lo, hi), text, 0.6, "signing-item")
            for one in chain if credited is not None else ():
                facts.add(credited.canonical, "brokered", one.canonical, (lo, hi), text, 0.6, "signing-item")
            continue
        if len(parties) < 2 or parties[0].start != item.end() or text[parties[-1].end:hi].strip(" \u3000\t"):
            continue
        if any(text[a.end:b.start].strip(" \u3000\t") or not text[a.end:b.start] for a, b in zip(parties, parties[1:])):
            continue  # (only spaces between parties: 1．A与B签订… is a sentence, read as one)
        _each_pair_cooperates(parties, (lo, hi), text, facts, "signing-item")
        for one in parties if credited is not None else ():
            facts.add(credited.canonical, "brokered", one.canonical, (lo, hi), text, 0.6, "signing-item")


# 其中，第1、2、3项由某团对接促成，第4项由某某团促成: which of the items above each team or member brokered
_ITEMS_CREDITED_RE = re.compile(_ITEMS_SAID_RE.pattern + r"(?:合作|项目|签约项目)?(?:均|都|则|即)?由")


def _item_credits(text: str, resolved) -> list[tuple[re.Match, Mention]]:
    """Each note that says which numbered items a team or person brokered (第1、2项由某团促成), with
    that team or person, named right after 由 and followed by a broker's cue."""
    if "项由" not in text and "项均由" not in text:
        return []
    out = []
    for note in _ITEMS_CREDITED_RE.finditer(text):
        who = next((m for m in resolved.starting_in(note.end(), note.end() + 12) if m.cls in ("Team", "Person")
                    and m.canonical), None)
        if who is not None and not _CLAUSE_BREAK_RE.search(text, note.end(), who.start) \
                and _RETRO_CUE_RE.match(text, who.end) is not None:
            out.append((note, who))
    return out


def _credited_items(text: str, resolved, facts: FactSet) -> None:
    """The parties of the numbered items a note credits to a team or person (其中，第1、2项由某团对接促成，
    第4项由某团促成) were brokered by it: the items of the list just above the note."""
    for note, who in _item_credits(text, resolved):
        top = end = text.rfind("\n", 0, note.start())
        while end > 0:  # where the numbered lines right above the note's paragraph begin (blank lines may stand between)
            start = text.rfind("\n", 0, end) + 1
            if text[start:end].strip() and _ITEM_NUMBER_AT_LINE_RE.match(text, start, end) is None:
                break
            top, end = start, start - 1
        spans = _numbered_items(text, top, note.start(), note) or []
        parties = {p for f in facts if f.p == "collaboratesWith" and any(a <= f.start < b for a, b in spans)
                   for p in (f.s, f.o)}
        for party in sorted(parties):
            facts.add(who.canonical, "brokered", party, (note.start(), note.end()), text, 0.7, "items-credited")


# a signing list's item with no number: two names a dash apart, then a colon (东北大学冶金学院—江苏某特钢制品有限公司：…)
_DASHED_ITEM_RE = re.compile(r"[ \u3000]*(?=[^\n：:，,。]{2,40}?(?:——|—|－|–)[^\n：:，,。]{2,40}?[：:])")
# what joins the parties of a signing list's item (A与B：…, A—B：…, A—B—C：…)
_ITEM_PARTY_JOINS = frozenset({"与", "和", "同", "—", "——", "－", "-", "–", "×", " × ", "/", "／"})


def _in_site_after(text: str, party: Mention, place: Mention) -> bool:
    """Whether a place is only the site in brackets right after a party's name (A公司（某某镇）与…)."""
    site = _SITE_AFTER_PARTY_RE.match(text, party.end)
    return place.cls == "Locality" and site is not None and place.end <= site.end()


def _each_pair_cooperates(parties: list[Mention], span: tuple[int, int], text: str, facts: FactSet, rule: str) -> None:
    """Every two of one signing's parties cooperate (a three-party agreement pairs all three)."""
    for k, one in enumerate(parties):
        for other in parties[k + 1:]:
            facts.add(one.canonical, "collaboratesWith", other.canonical, span, text, 0.6, rule)


_DEAL_PARTY_CLASSES = ("Enterprise", "University", "AcademicUnit", "ResearchInstitute")
_CROSSED_PARTY_CLASSES = _DEAL_PARTY_CLASSES + ("GovernmentAgency", "Locality")
_ROW_PARTY_CLASSES = (*_DEAL_PARTY_CLASSES, "GovernmentAgency", "Locality")


# a table's header cells: its teams' column (分团, 团队) and the bodies that sent their members (派出单位)
_TEAM_COLUMN_RE = re.compile(r"^(?:分团|支团|团队|科技镇长团|团)(?:名称)?$")
_SENDER_COLUMN_RE = re.compile(r"派出单位|派出高校|后方单位|后方高校|来源单位|选派单位")


def _team_sender_rows(text: str, resolved, facts: FactSet) -> None:
    """A table of sub-teams and the bodies that sent their members (分团　团员人数　主要派出单位 /
    江宁分团　14　东南大学、河海大学): each row's team has members from each body of its row."""
    if "派出" not in text and "后方" not in text and "来源单位" not in text and "选派单位" not in text:
        return
    pos, in_table = 0, False
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        cells = [text[a:b].strip() for a, b in _line_cells(text, lo, hi)]
        if len(cells) >= 2 and any(_TEAM_COLUMN_RE.match(c) for c in cells) and any(_SENDER_COLUMN_RE.search(c) for c in cells):
            in_table = True
            continue
        if not in_table:
            continue
        row = [m for m in resolved.starting_in(lo, hi) if m.end <= hi and m.canonical]
        team = next((m for m in row if m.cls == "Team"), None)
        if team is None or len(cells) < 2:
            in_table = bool(line.strip()) and team is not None
            continue
        for m in row:
            if m.cls in ("University", "ResearchInstitute") and m.start > team.end:
                facts.add(team.canonical, "memberInstitution", m.canonical, (lo, hi), text, 0.6, "table-senders")


def _table_rows(text: str, resolved, facts: FactSet) -> None:
    """A table flattened to lines (序号  企业名称  合作高校  项目名称 / 1  A公司  B大学  …): each
    row's firm and university cooperate."""
    lines = text.split("\n")
    headers = [_is_table_header(line) for line in lines]
    if not any(headers):
        return
    academic = ("University", "ResearchInstitute", "AcademicUnit")
    start = 0
    parties: list[str] = []
    broker = None
    header_read = False  # whether a table's header has been read (the rows come after it)
    for line, is_header in zip(lines, headers):
        end = start + len(line)
        if is_header:
            header_read = True
            if broker is None:
                broker = _broker_above(text, resolved, start)
        row = [m for m in resolved if start <= m.start and m.end <= end and m.canonical]
        firms = [m for m in row if m.cls == "Enterprise"]
        schools = [m for m in row if m.cls in academic]
        persons = [m for m in row if m.cls == "Person"]
        if header_read and len(firms) == 1 and len(schools) >= 2 and len(_CELL_SPLIT_RE.findall(text, start, end)) >= 3:
            # …｜江苏某某有限公司｜淮阴工学院、某研究所｜460｜赵某（江南大学）: the schools of the row's first school
            # cell are the firm's partners; a contact's home in brackets is not
            schools = [m for m in schools if not any(p.end == m.start - 1 for p in persons)]
            cell_end = min((k for k in (text.find(c, schools[0].end, end) for c in "｜|\t") if k >= 0), default=end) \
                if schools else end
            listed = [m for m in schools if m.end <= cell_end]
            if len(listed) >= 2 and all(text[a.end:b.start] in ("、", "，", "和", "及") for a, b in zip(listed, listed[1:])):
                for school in listed:
                    facts.add(firms[0].canonical, "collaboratesWith", school.canonical, (start, end), text, 0.6, "table-row")
                    parties += [firms[0].canonical, school.canonical]
                schools = []
            else:
                schools = listed[:1]
        row_team = next((m for m in row if m.cls == "Team" and text[start:m.start].rstrip(" \u3000")[-1:] in ("｜", "|", "\t")
                         and text[m.end:end].strip(" \u3000")[:1] in ("｜", "|", "\t", "")), None) if header_read else None
        # (a cell of its own, the row's last too)
        if row_team is not None and firms and _ROW_TEAM_BROKERED_RE.search(text, 0, start):
            # 序号｜推荐单位｜…: the row's team is the one the notice says brokered its project
            for party in [firms[0], *[m for m in row if m.cls in academic and not any(p.end == m.start - 1 for p in persons)]]:
                facts.add(row_team.canonical, "brokered", party.canonical, (start, end), text, 0.6, "table-row-team")
            for person in persons:  # …｜赵某（江南大学）: the team's contact for the project is a member
                if text[person.end:person.end + 1] in ("（", "("):
                    facts.add(person.canonical, "memberOf", row_team.canonical, (start, end), text, 0.6, "table-row-team")
        if not firms and len(schools) == 1 and header_read and len(_CELL_SPLIT_RE.findall(text, start, end)) >= 3:
            # | 6 | 某大学某学院 | 丁岗镇 | 校地合作框架协议 |: a place in a cell of its own is the row's other party
            firms = [m for m in row if m.cls == "Locality" and text[start:m.start].rstrip(" \u3000")[-1:] in ("|", "｜", "\t")
                     and text[m.end:end].lstrip(" \u3000")[:1] in ("|", "｜", "\t")][:1]
        if len(firms) == 1 and len(schools) == 1 and not any(
                ch in text[start:max(firms[0].end, schools[0].end)] for ch in "，。；"):  # (prose may follow them)
            a, b = sorted((firms[0], schools[0]), key=lambda m: m.start)
            places = [m for m in row if m.cls == "Locality" and a.end <= m.start and m.end <= b.start]
            gap = "".join(ch for k, ch in enumerate(text[a.end:b.start], a.end)
                          if not any(p.start <= k < p.end for p in places))
            # side by side, in two cells, or with the firm's place between, or in one cell joined by a
            # dash (合作双方: 某学院—某公司), or in cells of a row with other cells between (1 | A公司 | 榜单 | B学院)
            if not gap.strip(" \t\u3000｜|") or gap in _PAIR_DASH or (
                    header_read and len(_CELL_SPLIT_RE.findall(text, start, end)) >= 3):
                facts.add(firms[0].canonical, "collaboratesWith", schools[0].canonical, (start, end), text, 0.6,
                          "table-row")
                if a is firms[0] and len(places) == 1:
                    facts.add(a.canonical, "locatedIn", places[0].canonical, (start, end), text, 0.6, "table-place")
                parties += [firms[0].canonical, schools[0].canonical]
                if broker is not None and row_team is None:  # (a row naming its own team: that team's, read below)
                    for party in (firms[0].canonical, schools[0].canonical):
                        facts.add(broker.canonical, "brokered", party, (start, end), text, 0.6, "table-broker")
        start = end + 1
    # 以上项目均由宝应县第十六批科技镇长团牵线促成: the team brokered every row
    for by in _ABOVE_BROKERED_RE.finditer(text):
        team = next((m for m in resolved if m.cls == "Team" and m.canonical and by.start() <= m.start < by.end()), None)
        for party in dict.fromkeys(parties) if team is not None else ():
            facts.add(team.canonical, "brokered", party, (by.start(), by.end()), text, 0.6, "table-broker")


_SIGNER_LABEL_RE = re.compile(r"(?:代表签字|签字|法定代表人|授权代表|委托代理人)[：: \u3000]*$")
_SIGNER_LINE_RE = re.compile(r"[ \u3000]*(?:代表签字|签字|法定代表人|授权代表|委托代理人)[：: \u3000]*$")
_SIGNING_PARTY_RE = re.compile(r"(?m)^[ \u3000]*(?:甲方|乙方|丙方|丁方)(?:[（(][^）)\n]{0,8}[）)])?[：:][ \u3000]*")


def _signatories(text: str, resolved, facts: FactSet) -> None:
    """An agreement's signature block (甲方（盖章）：X / 代表签字：某某): the one who signs for a party works for it."""
    if "签字" not in text and "代表人" not in text and "代理人" not in text:
        return
    for m in resolved:
        if m.cls != "Person":
            continue
        line = text.rfind("\n", 0, m.start) + 1
        if not _SIGNER_LABEL_RE.search(text, line, m.start):
            continue
        above = line
        head = _SIGNING_PARTY_RE.match(text, line)  # 甲方（盖章）：X　　代表签字：某某, on one line
        if head is None and _SIGNER_LINE_RE.match(text, line, m.start):
            above = text.rfind("\n", 0, max(0, line - 1)) + 1  # or on the line before (not after 见证方：…)
            head = _SIGNING_PARTY_RE.match(text, above)
        if head is None:
            continue
        places = [o for o in resolved.starting_in(head.end(), m.start) if o.cls == "Locality"]
        party = next((o for o in resolved.starting_in(head.end(), m.start) if o.cls != "Locality" and (
            o.start == head.end() or places_cover(places, head.end(), o.start))), None)  # (兴化市戴南镇人民政府)
        if party is not None and party.cls in ("Enterprise", "University", "AcademicUnit", "ResearchInstitute", "GovernmentAgency"):
            facts.add(m.canonical, "affiliatedWith", party.canonical, (above, m.end), text, 0.6, "signatory")




def _self_firm_table(text: str, resolved, facts: FactSet) -> None:
    """A firm's own disclosure listing its agreements in a table (序号｜合作方｜合作项目｜金额): each row's
    partner cooperates with the firm the disclosure calls 公司 or 发行人."""
    self_firm = self_firm_mention(resolved)
    if self_firm is None or ("｜" not in text and "|" not in text and "\t" not in text):
        return
    column = None  # the partner column of the table being read
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        cells = _line_cells(text, start, end)
        if len(cells) < 3:
            column = None
        elif column is None:
            column = next((k for k, (a, b) in enumerate(cells) if _PARTNER_COLUMN_RE.match(text[a:b].strip())), None)
        elif column < len(cells):
            a, b = cells[column]
            for m in resolved.starting_in(a, b):
                if m.end <= b and m.cls in ("University", "ResearchInstitute", "AcademicUnit", "Enterprise") and (
                        m.canonical != self_firm.canonical):
                    facts.add(self_firm.canonical, "collaboratesWith", m.canonical, (start, end), text, 0.6, "self-firm-table")
        start = end + 1


# a notice that its table's rows are projects the teams brokered (各分团…牵线促成的产学研合作项目…如下)
_ROW_TEAM_BROKERED_RE = re.compile(r"牵线|促成|撮合")


# a plan's words before a cue (一是持续跟踪已签约项目，推动…; 下一步将推动…): no account of what was brokered
_PLAN_BEFORE_CUE_RE = re.compile(r"[一二三四五]是|持续|继续|下一步|将|力争|计划|打算")


def _broker_above(text: str, resolved, start: int) -> Mention | None:
    """The team that the paragraph before ``start`` (a table's or a list's first line) says
    brokered what follows: 在科技镇长团的牵线下，…签约。部分签约项目如下："""
    above = len(text[:start].rstrip())
    lead = text.rfind("\n", 0, above) + 1
    if above - lead <= 30:  # (a heading line over the table: 部分校（院）社合作项目一览; the paragraph before it)
        above = len(text[:lead].rstrip())
        lead = text.rfind("\n", 0, above) + 1
    cue = max((c.start() for c in _BROKER_CUE_BEFORE_TABLE_RE.finditer(text, lead, above) if above - c.start() <= 160),
              default=None)  # (the last cue: 为推动…，某团会同…公开发榜。…如下：)
    if cue is None:
        return _broker_in_title(text, resolved, start) or _event_host_team(text, resolved, start)
    c0 = max(text.rfind(ch, lead, cue) for ch in "。；;！") + 1
    if any(m.cls == "Enterprise" and max(c0, lead) <= m.start < cue for m in resolved):
        return None  # (名单中，A公司与B大学共建的工作站，由团员某某牵线建立: that one firm's broker, not the list's)
    team = next((m for m in resolved if m.cls == "Team" and m.canonical and lead <= m.start < cue), None)
    if team is None and not any(m.canonical and max(c0, lead) <= m.start < cue for m in resolved) and not (
            _PLAN_BEFORE_CUE_RE.search(text, max(c0, lead), cue)):
        # 某团到任以来工作情况报告 / …到任以来共促成产学研合作项目27项…部分重点项目如下：: the team whose own report
        # it is, when the sentence names no one else
        team = next((m for m in resolved if m.cls == "Team" and m.canonical and m.start == 0), None)
    if team is not None and text.startswith(("团员", "成员"), team.end):
        # 均由…科技镇长团团员、某大学某学院副教授丁某懿在走访中“配对”而来…促成: the member the team's role names
        member = next((m for m in resolved if m.cls == "Person" and m.canonical and team.end < m.start < min(cue, team.end + 40)
                       and not any(ch in text[team.end:m.start] for ch in "，。；")), None)
        return member or team
    return team


# an event a team held or co-hosted (由某团与市科技局联合主办的…对接会, 某团举办…签约活动)
_HOSTED_RE = re.compile(r"(?:联合|共同|牵头)?(?:主办|举办|组织|承办|发起)的?[^。；\n]{0,60}?(?:对接会|洽谈会|签约|推介会|活动|大会|论坛|路演)")
# 活动由市科技局主办，某团承办 / 活动由市科技局、某团共同主办: the team named before its verb
_HOSTS_AFTER_RE = re.compile(r"(?:与[^，,。；;\n]{1,20}?)?(?:联合|共同)?(?:主办|承办|举办)(?=[。，,；;])")
_EVENT_BY_RE = re.compile(r"(?:活动|对接会|洽谈会|推介会|大会|论坛|签约仪式|会议)由")


def _event_host_team(text: str, resolved, start: int) -> Mention | None:
    """The team that held the event whose signings a table below lists (由某团与市科技局联合主办的…线上对接会举行。…
    签约项目如下：): writers credit the host with brokering what was signed there."""
    for t in resolved:
        if t.cls != "Team" or not t.canonical or t.start >= start:
            continue
        stop = min((k for k in (text.find(ch, t.end, start) for ch in "。；\n") if k >= 0), default=start)
        host = _HOSTED_RE.search(text, t.end, stop)
        if host is not None and host.start() - t.end <= 16:
            return t
        s0 = max(text.rfind(ch, 0, t.start) for ch in "。；\n") + 1
        if _HOSTS_AFTER_RE.match(text, t.end) and _EVENT_BY_RE.search(text, s0, t.start):
            return t  # (活动由市委组织部、市科技局主办，某团承办)
    return None


def _broker_in_title(text: str, resolved, start: int) -> Mention | None:
    """The team a headline says brokered the article's signings (某区科技镇长团牵线搭桥 12个项目集中签约),
    for a table further down whose own paragraph names no broker."""
    title_end = text.find("\n")
    if title_end < 0 or title_end >= start or title_end > 60:
        return None
    cue = _BROKER_CUE_BEFORE_TABLE_RE.search(text, 0, title_end)
    if cue is None or "签" not in text[cue.end():title_end] and "揭榜" not in text[cue.end():title_end]:
        return None  # (…团牵线6个项目成功揭榜: solved challenges are signings too)
    return next((m for m in resolved if m.cls == "Team" and m.canonical and m.end <= cue.start()), None)


# ◆ 昆山某某有限公司—南京航空航天大学机电学院：协作机器人…联合开发；: a list item naming a signed pair
_DASH_ITEM_RE = re.compile(r"\s*(?:[◆◇●○■□▪▶►•·*▲△▸✦]|\d{1,2}\s*[.．、)）])\s*")
_PAIR_DASH = lx.PAIR_DASHES
_PAIR_COLON_RE = re.compile(r"(?:[（(][^（）()\n]{1,12}[）)])?[：:]")  # (A—B公司（沛县）：…: where the firm is, then the colon)


def _dash_rows(text: str, resolved, facts: FactSet) -> None:
    """Items of a list, each a line that opens with a firm and a school joined by a dash and a
    colon after them (◆ A公司—B学院：…): the two cooperate, and the team the paragraph before
    the list says brokered the signing brokered each."""
    if "—" not in text and "－" not in text:
        return
    academic = ("University", "ResearchInstitute", "AcademicUnit")
    start = 0
    broker, in_list = None, False
    for line in text.split("\n"):
        end = start + len(line)
        item = _DASH_ITEM_RE.match(line)
        row = sorted((m for m in resolved if start <= m.start and m.end <= end and m.canonical), key=lambda m: m.start)
        pair = None
        if item is not None and len(row) >= 2:
            a, b = row[0], row[1]
            if (a.start == start + item.end() and text[a.end:b.start] in _PAIR_DASH and _PAIR_COLON_RE.match(text, b.end)
                    and {a.cls in academic, b.cls in academic} == {True, False}
                    and ("Enterprise" in (a.cls, b.cls) or {a.cls, b.cls} & {"Locality", "GovernmentAgency"})):
                # (▲ 洛社镇—华中科技大学：签订战略合作协议: a town and a university)
                pair = (a, b)
        if pair is not None:
            if not in_list:
                broker, in_list = _broker_above(text, resolved, start), True
            a, b = pair
            facts.add(a.canonical, "collaboratesWith", b.canonical, (start, end), text, 0.6, "list-pair")
            # (…，合同金额180万元（沛县团对接）: the item names its own broker)
            own = next((m for m in row if m.cls == "Team" and m.start > b.end and _RETRO_CUE_RE.match(text, m.end, end)), None)
            for party in (a, b) if (own or broker) is not None else ():
                facts.add((own or broker).canonical, "brokered", party.canonical, (start, end), text, 0.6, "list-broker")
        elif line.strip():
            in_list = False
        start = end + 1


# a pairing list's row (结对名单): bodies each named with its party branch, set apart by bars or dashes
_BRANCH_AT_END_RE = re.compile("(?:" + "|".join(lx.PARTY_BRANCHES) + r")[ \u3000]*$")
_PAIRING_SPLIT_RE = re.compile(r"[｜|\t]|[—－–]+|[ \u3000]{2,}")


def _pairing_rows(text: str, resolved, facts: FactSet) -> None:
    """A list or a table of party-building pairings (A学院党委｜B镇党委｜C公司党支部, or
    ▶ A学院党委—B镇党委—C公司党支部): a row's bodies, each named with its party branch, cooperate two by
    two; its firm is in its town or zone; the team the paragraph above the list credits brokered each."""
    if "党" not in text:
        return
    pos, broker, in_list = 0, None, False
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        parties: dict[str, Mention] = {}
        for a, b in split_cells(text, lo, hi, _PAIRING_SPLIT_RE) if "党" in line else ():
            if not _BRANCH_AT_END_RE.search(text, a, b):
                continue
            m = next((m for m in resolved.starting_in(a, b) if m.canonical and m.end <= b and m.cls in _ROW_PARTY_CLASSES
                      and not _has_cue(text[a:m.start], ("，", "。", "、"))), None)
            if m is not None and (party := _as_party(m)):
                parties.setdefault(party, m)
        if len(parties) < 2:
            in_list = in_list and not line.strip()
            continue
        if not in_list:
            broker, in_list = _broker_above(text, resolved, lo), True
        span = (lo, hi)
        names = list(parties)
        for k, one in enumerate(names):
            for other in names[k + 1:]:
                facts.add(one, "collaboratesWith", other, span, text, 0.6, "pairing-row")
        places = [p for p, m in parties.items() if m.cls in ("Locality", "GovernmentAgency")]
        for firm in (p for p, m in parties.items() if m.cls == "Enterprise") if len(places) == 1 else ():
            facts.add(firm, "locatedIn", places[0], span, text, 0.6, "pairing-row")
        for party in names if broker is not None else ():
            facts.add(broker.canonical, "brokered", party, span, text, 0.6, "pairing-row")


_BATCH_MEMBERS_RE = re.compile(rf"({lx.BATCH})(?:团员|成员)")


def _other_batch_before(text: str, resolved: list[Mention], pos: int, main: str | None) -> str | None:
    """The team of another batch than the article's main one (第十六批科技镇长团 in a report on
    the 第十五批), when it is the team named last before ``pos`` in the same paragraph."""
    last = max((t for t, _ in _named_teams(text, resolved) if t.end <= pos), key=lambda t: t.end, default=None)
    if last is None or last.canonical == main or not last.info.get("batch") or "\n" in text[last.end:pos]:
        return None
    return last.canonical


# a city's sub-teams all together (各支团, 全市各分团) opening the sentence as its subject: the city's team
# (not 各分团要…, an official's demand, nor a heading 各分团亮点工作：)
_ALL_SUB_TEAMS_RE = re.compile(r"\s*(?:全(?:市|县|区))?各(?:分团|支团)(?![^，,。；;\n]*[：:]\s*$)(?!要|必须|应)")


def _sub_team_heading(text: str, team: Mention) -> bool:
    """Whether ``team`` is a heading on a line of its own (海门团： or 海门团:), as a city's
    report names the sub-team each section is about; or a roster's title (县第十六批科技镇长团成员及挂职岗位一览表)."""
    i = team.start
    if team.info.get("bare") and team.info.get("level") and text[i - 1:i] == team.info["level"]:
        i -= 1  # (县第十六批科技镇长团: the level word opens the name)
    if (marker := _HEADING_MARKER_BEFORE_RE.search(text, max(0, i - 6), i)) is not None:
        i = marker.start()  # 一、靖江市团 on a line of its own: a notice's section
        if text[team.end:team.end + 1] not in ("", "\n", "\r", "：", ":") and not _HEADING_TITLE_RE.match(text, team.end) \
                and not _PLACE_BRACKET_LINE_END_RE.match(text, team.end):
            return False  # (but 一、某某团：一条软件链…, the section's title after it, or 一、某某团：聚焦…。团长某某…,
            # the section itself after it, is a heading too)
    if (city := _CITY_BEFORE_RE.search(text, max(0, i - 4), i)) is not None and (
            city.start() == 0 or text[city.start() - 1] == "\n"):
        i = city.start()  # (徐州市邳州市科技镇长团: the county's team, its city before it)
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    return (i == 0 or text[i - 1] == "\n") and (text[team.end:team.end + 1] in ("：", ":") or marker is not None
                                                 or _PLACE_BRACKET_LINE_END_RE.match(text, team.end) is not None
                                                 or (i > 0 and _LINE_END_RE.match(text, team.end) is not None)
                                                 or _ROSTER_TITLE_AFTER_RE.match(text, team.end) is not None)


_ROSTER_TITLE_AFTER_RE = re.compile(r"(?:(?:成员|团员)?(?:及[^\n，。]{0,8})?(?:名单|一览表|名册|花名册)|成员|团员)[ \u3000]*(?:\n|$)")


_CITY_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{1,3}市$")
# (武进区科技镇长团 on a line of its own, over its members' rows; not the article's title)
_LINE_END_RE = re.compile(r"[ \t\u3000]*(?:\n|$)")
# 靖江市团（泰州市）, 泰兴团（综合得分96.4）: a place or a score in brackets ends the heading's line
# (…团（东台市）, …团（92.5分）, 一、兴化市团（4人）: a heading's bracket, then the line's end)
_PLACE_BRACKET_LINE_END_RE = re.compile(r"[（(](?:[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{0,6}\d+(?:\.\d+)?[分人名]?)[）)][ \t\u3000]*(?:\n|$)")


_HEADING_TITLE_RE = re.compile(r"[：:][^。；;！!？?\n]{0,30}(?:\n|$)")
_HEADING_MARKER_BEFORE_RE = re.compile(rf"(?:{ITEM_MARK}|[▲△■□●◆◇★☆▶►][ \u3000]*"
                                       r"|第[一二三四五六七八九十\d]+名[ \t\u3000：:]*)$")  # (第一名 泰兴团（…）: a ranking's)


_PARENT_TEAM_AFTER_RE = re.compile(r"的(?:分团|支团|一支|一员|组成部分|成员团"
                                   r"|[\d一二两三四五六七八九十]+[个支](?:[区县市]级?)?(?:分团|支团|团)之一)")  # (的5个区团之一)


def _opens_paragraph_of(text: str, team: Mention, pos: int) -> bool:
    """Whether ``team`` opens the paragraph ``pos`` is in (大丰团聚焦大丰区海上风电产业。团员、…), or is the first
    team of an item's paragraph after its heading ((三）盐都：建立…制度。盐都团为…；团员、…)."""
    i = team.start
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    if "\n" in text[team.end:pos]:
        return False
    line = text.rfind("\n", 0, i) + 1
    return i == line or (ITEM_HEADING_RE.match(text, line) is not None and "团" not in text[line:team.start])




def _named_teams(text: str, resolved: list[Mention]) -> list[tuple[Mention, bool]]:
    """The resolved team mentions of ``resolved``, in text order, each with whether it is a heading
    (:func:`_sub_team_heading`); worked out once an article, on its :class:`ByStart`."""
    cached = getattr(resolved, "named_teams", None)
    if cached is not None:
        return cached
    teams = [(t, _sub_team_heading(text, t)) for t in resolved if t.cls == "Team" and t.canonical]
    if isinstance(resolved, ByStart):
        resolved.named_teams = teams
    return teams


def _heading_teams(text: str, resolved: list[Mention]) -> list[tuple[Mention, bool]]:
    """The teams of :func:`_named_teams` that may head a section."""
    # (县第十六批科技镇长团成员一览表: a team named by its level and batch heads a table as well as one named in full)
    return [(t, heading) for t, heading in _named_teams(text, resolved) if (
        not t.info.get("bare") or (t.info.get("level") in ("区", "县", "市") and t.info.get("batch")))]


def _section_team(text: str, resolved: list[Mention], pos: int) -> str | None:
    """The team whose heading opens the line ``pos`` is on (射阳县科技镇长团：…副教授马某任副团长，…),
    or heads the section ``pos`` is in when the heading stands on a line of its own."""
    teams = [(t, heading) for t, heading in _heading_teams(text, resolved) if t.end <= pos]
    named, heading = max(teams, key=lambda th: th[0].end, default=(None, False))
    if named is not None and not heading and not _ROSTER_TITLE_AFTER_RE.match(text, named.end):
        # (附：盐城市第十六批科技镇长团经开区分团成员: a roster's title names its team)
        # (葛某，…挂任某市副市长、某市科技镇长团团长；\n苏某，…: the heading above the rows, past a row's team)
        named = max((t for t, heading in teams if heading and text.find("\n", t.end) >= 0
                     and not text[text.find("\n", t.end):pos].count("\n\n")), key=lambda t: t.end, default=None)
    if named is None:
        return None
    line_end = text.find("\n", named.end)
    alone = not text[named.end + 1:line_end if line_end >= 0 else len(text)].strip() or (
        _PLACE_BRACKET_LINE_END_RE.match(text, named.end) is not None) or (
        _ROSTER_TITLE_AFTER_RE.match(text, named.end) is not None)  # (…科技镇长团成员一览表: the table's)
    return named.canonical if alone or line_end < 0 or pos < line_end else None


_BATCH_BEFORE_RE = re.compile(lx.BATCH + "$")


_POSTED_TO = ("挂职", "挂任", "分赴", "分别挂职", "分别挂任", "派驻")


def _list_end(sent: str, pos: int, limit: int = 120) -> int:
    """Where the list of senders after a cue ends: at most ``limit`` characters on, and at the
    first clause that goes on to something else (…，推动X与Y共建…), not one that continues
    the list (…，以及上海交通大学…, …，也有来自…)."""
    end = min(len(sent), pos + limit)
    posted = min((k for k in (sent.find(w, pos, end) for w in ("挂职", "挂任")) if k >= 0), default=-1)
    if posted >= 0:
        end = posted  # (来自某大学的团员某某挂职某开发区管委会副主任: where the member serves sends no one)
    for b in re.finditer("[，,；;]", sent[pos:end]):
        if _has_cue(sent[pos + b.end():pos + b.end() + 12], lx.CLAUSE_MOVES_ON) or sent.startswith(_POSTED_TO, pos + b.end()):
            # (…来自A、B，挂职在经开区科技局等单位: where they serve, no sender)
            return pos + b.start()
    return end


# who comes from the institutions 来自 lists, when they are not the team's members
_GUESTS_RE = re.compile(r"专家|学者|嘉宾|代表|企业家|客商|师生|学生|吸引|邀请")
_MEMBERS_RE = re.compile(r"团员|成员|团长|队员")
# 来自…等高校的30余名博士走进江都: doctors or professors who come on a visit
_VISITORS_RE = re.compile(r"(?:博士|教授|人才|校友)[^，。；]{0,6}?(?:走进|来到|参加|参观|齐聚|莅临|做客|考察|来)")
# 由…的N名专家组成的…科技镇长团: the institutions the members come from
_MADE_OF_RE = re.compile(r"由([^，。；由]{2,120}?)的[^，。；]{0,12}?组成的?[^，。；]{0,24}?(?:科技镇长团|镇长团)")
# 由…选派: the institutions before the cue send the members
_SENT_BY_RE = re.compile(r"由[^，。；由]{2,120}?(?:选派|派出|派驻|选送)")


_THEY_COME_FROM_RE = re.compile(r"(?:他们|她们|团员们|成员们|成员|团员)(?:分别|均|都|主要|大多|多)?来自")
_MEMBERS_ARRIVED_RE = re.compile(r"(?:成员|团员|挂职干部)[^。！？\n]{0,12}(?:到任|到岗|报到|挂职|组成)"
                                 r"|镇长团[^。！？\n]{0,24}?(?:到任|到岗|报到)")  # (第十六批科技镇长团（…）于2023年8月到任，…)


# …均为某团团员的(后方高校): what the list before it is said to be, the members' homes
_ARE_THE_MEMBERS_RE = re.compile(r"(?:均|都|皆)(?:为|是)[^，,。；;：:]{0,10}?(?:团员|成员)(?:的|们的)?")


def _in_came_from_list(text: str, s0: int, m: Mention) -> bool:
    """Whether a body is listed after 来自 in its clause (团员分别来自A、B等高校，围绕…): a member's home, no subject."""
    k = text.rfind("来自", s0, m.start)
    return k >= 0 and not any(ch in text[k:m.start] for ch in "，,。；;")


def _member_institutions(text, sent, s0, ms, team, facts, span, ctx=None) -> None:
    if team is None:
        return
    cue_pos = min((sent.find(c) for c in lx.MEMBER_INSTITUTION_CUES if c in sent), default=-1)
    if cue_pos < 0 and "组成" not in sent:
        return
    if "团" not in sent and "团员" not in sent and "后方" not in sent and "派出" not in sent and not (
            _THEY_COME_FROM_RE.match(sent) and _MEMBERS_ARRIVED_RE.search(text, max(0, s0 - 120), s0)):
        return  # (13名成员到任。他们分别来自A、B…: the members the sentence before told of)
    home = [e.name for e in (ctx.district, ctx.city) if e is not None] if ctx else []
    windows = []
    senders: list[Mention] = []
    for cue in lx.MEMBER_INSTITUTION_CUES:
        for k in occurrences(sent, cue):
            if cue in ("选派", "派驻") and sent[k + len(cue):k + len(cue) + 1] in ("到", "至", "赴", "往"):
                continue  # 被选派到该公司担任科技副总: where the member went, not who sent them
            if cue == "派驻" and any(m.start == s0 + k + len(cue) and m.cls in ("Enterprise", "GovernmentAgency") for m in ms):
                continue  # 入选“科技副总”，派驻丹阳市某锐焊接设备有限公司: where the member went
            if cue == "选派" and sent.startswith("的", k + 2):  # 我校选派的…团团长: the sender comes first
                if "特派员" not in sent[k:_clause_end(sent, k)]:
                    senders += [m for m in ms if m.end == s0 + k]
                continue
            said = _ARE_THE_MEMBERS_RE.search(sent, max(0, k - 16), k)
            if said is not None and said.end() == k:
                # 此次对接的A、B、C均为锡山团团员的后方高校: the list before 均为 is the members' homes
                windows.append((max(sent.rfind(ch, 0, said.start()) for ch in "，,；;：:") + 1, said.start()))
            elif sent[max(0, k - 1):k] == "等" or sent.endswith(("等团员", "等成员"), 0, k):
                # 依托东南大学、南京理工大学等后方高校, 用好A、B等团员派出单位的资源: the list comes first
                windows.append((max(sent.rfind(ch, 0, k) for ch in "，,；;：:") + 1, k))
            else:
                end = _list_end(sent, k + len(cue))
                if cue == "来自" and (de := _FROM_WHOM_RE.search(sent, k + len(cue), end)) is not None:
                    end = de.start()  # 来自某大学的团员某某还带队走访了A公司: the list ends at 的团员, the firms are visited
                if cue == "来自":
                    lo = max(sent.rfind(ch, 0, k) for ch in "，,；;：:") + 1
                    hi = min((j for j in (sent.find(ch, end) for ch in "，,；;。") if j >= 0), default=len(sent))
                    if (_GUESTS_RE.search(sent, lo, hi) or _VISITORS_RE.search(sent, lo, hi)) and not _MEMBERS_RE.search(
                            sent, lo, hi):
                        continue  # 吸引了来自…等单位的专家参加: guests, not the team's members
                windows.append((k, end))
    by = _SENT_BY_RE.search(sent)
    if by is not None and by.end() - 2 <= cue_pos + 2:  # 由南京农业大学、江南大学等高校选派: the senders come first
        # (科技镇长团是由省委组织部、省科技厅选派高校院所科技人才…: the programme's organisers, who send the
        # universities' staff, are no member's home)
        windows = [] if _PROGRAMME_SENDS_RE.match(sent, by.end()) else [(by.start(), by.end())]
    made_of = _MADE_OF_RE.search(sent)
    if made_of is not None:  # 由南京航空航天大学、河海大学等8所高校院所的9名专家组成的…科技镇长团
        windows.append((made_of.start(), made_of.end(1)))
    # (郑某则是由省科技厅选派的科技特派员: an envoy of the province's other programme, no member sent)
    windows = [(lo, hi) for lo, hi in windows if "特派员" not in sent[lo:_clause_end(sent, hi)]]
    for m in ms:
        if (m in senders or any(lo <= m.start - s0 < hi for lo, hi in windows)) and m.cls in (
                "University", "ResearchInstitute", "GovernmentAgency", "Enterprise"):
            if m.cls == "GovernmentAgency" and any(m.canonical.startswith(h) for h in home):
                continue  # the host district's own bodies receive the team; they do not send it
            facts.add(team, "memberInstitution", m.canonical, span, text, 0.8, "member-cue")


_PROGRAMME_SENDS_RE = re.compile(r"(?:一批|优秀|年轻)?(?:高校|科研院所|高校院所|高校和科研院所|高校、科研院所)")
# 来自某大学的团员, 来自某院的专家: where a list after 来自 ends (not 来自省内著名的东南大学、…)
_FROM_WHOM_RE = re.compile(r"的(?:团员|成员|干部|挂职干部|专家|教授|副教授|研究员|博士|老师|教师)")


def _clause_end(sent: str, pos: int) -> int:
    """Where the clause of ``sent`` holding ``pos`` ends (its next comma, semicolon or full stop)."""
    return min((j for j in (sent.find(ch, pos) for ch in "，,；;。") if j >= 0), default=len(sent))


_CONNECTOR_RE = re.compile(r"携手|牵手|联手|与|和|同|跟|揭榜(?!挂帅)|揭得|揭下")  # (X团队揭榜Y的难题, X揭得Y…榜: X and Y)


# after a place, what makes it only a qualifier, not a party: the firms it counts (与丹阳7家企业),
# leaves unnamed (与海门某食品企业, 与太仓企业) or a body the extractor has no class for
# (滨海县人民医院, 某某中学)
_PLACE_QUALIFIES = re.compile(r"[\d一二三四五六七八九十两几多]+余?[家个所]|某|(?:本地|当地|区内|市内|内)?(?:企业|公司|高校)"
                              r"|(?:本地|当地|本土)[\u4e00-\u9fff]?企"  # (与高邮本地灯企扬州某耀…)
                              r"|[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|学校|中学|小学|幼儿园|协会|商会|学会|银行)")


_BROKER_BEFORE_PAIR_RE = re.compile(r"牵线|促成|推动|撮合")


def _cue_in_next_clause(text: str, cue_text: str | None, c_lo: int, cpos: int, c_hi: int, s1: int) -> bool:
    """牵线A与B，在白马镇共建…: a broker verb before the pair, and what they do in the clause after; or
    A与B，经团队对接签订了…: the clause after says who arranged what the pair did."""
    if c_hi < s1 and text[c_hi] in "，," and _PAIR_THEN_DEAL_RE.match(text, c_hi + 1):
        return True  # (江南大学和某某公司，共建…实验室: a broadcast's pair, then what they did)
    if c_hi >= s1 or not (_BROKER_BEFORE_PAIR_RE.search(text, c_lo, cpos) or _ARRANGED_OPENS_RE.match(text, c_hi + 1)):
        return False
    end = min((k for k in (text.find(ch, c_hi + 1, s1) for ch in "，,；;。") if k >= 0), default=s1)
    return _has_cue((cue_text or text)[c_hi + 1:end], lx.COOPERATION_CUES)


# the clause after a pair that opens on what they did together (，签订…合同; ，共建…实验室)
_PAIR_THEN_DEAL_RE = re.compile(r"(?:正式|共同|已|将|还|也|并)?(?:签订|签署|签约|共建|合作(?:开发|研发|建设|共建)|联合(?:建立|组建|攻关|开发)|"
                                r"达成合作)")
# 经我们对接, 在团员牵线下, 通过镇长团撮合: a clause that opens with who arranged it
_ARRANGED_OPENS_RE = re.compile(r"\s*(?:经过?|通过|在)[^，,；;。]{0,12}?(?:对接|牵线|撮合|推动|协调|介绍|推荐|帮助)")


# 与大桥镇的X, 与沭阳本地的X: the place says where the party after it is
_PLACE_OWNS_RE = re.compile(r"(?:本地|当地|境内|区内|县内|市内|镇上|镇内|内|里)?的")  # (与开发区内的某公司)


_BRANCH_BEFORE_GAP_RE = re.compile("^(?:" + "|".join(lx.PARTY_BRANCHES) + ")(?=[、和及与])")


# what may stand between a clause's start and its 与 (，已与A、B签订…)
_OPENS_CLAUSE_BEFORE_RE = re.compile(r"[，,：:](?:已|还|并|又|也|均|先后|已经)?$")


# a party's party branch after its name (某学院党委与某镇党委…): the party itself
_PARTY_BRANCH_RE = re.compile("(?:临时)?(?:" + "|".join(lx.PARTY_BRANCHES) + ")|")


# (某某药业)全资子公司, 旗下: the firm before owns the firm named next
_OWNER_OF_RE = re.compile(r"的?(?:全资|控股|参股)?子公司|旗下的?")


def _pairs_around_connectors(text: str, s0: int, s1: int, ms: list[Mention], respective_only: bool = False,
                             cue_text: str | None = None
                             ) -> tuple[list[tuple[Mention, Mention]], list[Mention], list[Mention]]:
    """Pairs X–Y from "X(、X2等)与Y(、Y2)…": cross product of the two lists.

    Returns the pairs, the right-hand parties of connectors with no party on
    their left ("，与江苏大学签订…": the team's own partners), and the parties of deals
    that pair no one ("X分别与Y、Z" pairs X with each, "X、Y分别与Z" each with Z; several
    on both sides, A、B等企业，分别与C、D, state no pairing, but whoever arranged it
    brokered them all). With
    ``respective_only``, only such pairs are made (the sentence has a 分别与 whose
    pairing the others would confuse).
    """
    parties = [m for m in ms if (m.cls in PARTY_CLASSES or m.cls == "GovernmentAgency")
               and not (m.cls == "Platform" and _built_here(text, s0, m))]
    pairs: list[tuple[Mention, Mention]] = []
    orphans: list[Mention] = []
    unpaired: list[Mention] = []
    for c in _CONNECTOR_RE.finditer(text[s0:s1]):
        cpos = s0 + c.start()
        if any(m.start < cpos < m.end for m in ms):
            continue  # the connector is inside a name
        respective = text[max(s0, cpos - 2):cpos] == "分别"
        c_lo, c_hi = _clause_bounds(text, cpos, s0, s1)
        if respective_only and not respective and "分别" in text[c_lo:c_hi]:
            continue  # (a pair in another clause of the sentence is a pair as usual)
        if not _has_cue((cue_text or text)[c_lo:c_hi], lx.COOPERATION_CUES) and not _cue_before_colon(text, c_lo) \
                and not _cue_in_next_clause(text, cue_text, c_lo, cpos, c_hi, s1) \
                and not ("对接" in text[c_lo:c_hi] and _BROUGHT_TOGETHER_RE.search(text, c_lo, c_hi)):
            continue  # "A、B和C" listing members, not a pair: the clause states no cooperation (牵线A与B对接 does)
        right = [m for m in parties if (0 <= m.start - (cpos + 1) <= 3 or _FIRM_QUALIFIER_RE.fullmatch(text, cpos + 1, m.start)
                                        or _ACADEMICIAN_TITLE_RE.fullmatch(text, cpos + 1, m.start))
                 and not (m.cls == "Locality" and _PLACE_QUALIFIES.match(text, m.end))
                 and not (m.cls == "Locality" and text.endswith(("位于", "地处", "坐落于"), 0, m.start))]
        if not right:
            continue
        rgroup = [min(right, key=lambda m: m.start)]
        if rgroup[0].cls == "Locality" and (own := _PLACE_OWNS_RE.match(text, rgroup[0].end)) is not None:
            owned = next((m for m in parties if m.start == own.end() and m.cls != "Locality"), None)
            if owned is not None:
                rgroup = [owned]  # 与大桥镇的扬州某某有限公司: the firm, the town only says where it is
        elif (own := _OWNER_OF_RE.match(text, rgroup[0].end)) is not None:
            owned = next((m for m in parties if m.start == own.end() and m.cls == "Enterprise"), None)
            if owned is not None:
                rgroup = [owned]  # 与某某药业全资子公司泰兴某某有限公司: the subsidiary, its owner only says whose it is
        for m in sorted((p for p in parties if p.start >= rgroup[-1].end), key=lambda m: m.start):
            gap = text[rgroup[-1].end:m.start]
            if rgroup[-1].cls == "Locality" and (not gap or (m.cls == "Enterprise" and (
                    _PLACE_QUALIFIES.fullmatch(gap) or _PLACE_OWNS_RE.fullmatch(gap)))):
                # 如东县丰利镇, 某软件谷企业南京某某公司, 泰兴市黄桥镇的江苏某某公司: the place qualifies the name that follows
                rgroup[-1] = m
            elif gap and len(gap) <= 2 and all(ch in "、，,和及" for ch in gap) and not _CONNECTOR_RE.match(
                    text, _PARTY_BRANCH_RE.match(text, m.end).end()):
                rgroup.append(m)  # (not a name that opens the next pair: A与B、C与D, A党委与B党委、C党委与D党工委)
            else:
                break
        left = [m for m in parties if m.end <= cpos and cpos - m.end <= 14
                and not any(ch in text[m.end:cpos] for ch in "，,；;：:")
                and not (m.cls == "Locality" and _PLACE_QUALIFIES.match(text, m.end, cpos))
                and not (m.cls == "Locality" and text[m.start - 1:m.start] in "（(" and text[m.end:m.end + 1] in "）)"
                         and any(o.end == m.start - 1 for o in parties))]  # (X公司（梅李镇）与…: the firm's place)
        if respective and not left:
            if text[cpos - 3:cpos - 2] in "，,":  # 牵线A、B等企业，分别与C、D建立…: the list the clause before names
                p_lo, p_hi = _clause_bounds(text, cpos - 4, s0, s1)
                far = [m for m in parties if p_lo <= m.start and m.end <= p_hi]
                unpaired += far + rgroup if len(far) >= 2 else []
            continue
        if not left:
            if _OPENS_CLAUSE_BEFORE_RE.search(text, max(s0, cpos - 3), cpos) or cpos == s0:
                orphans += rgroup  # (，与A…, ，已与A、B签订…: the clause's subject is named before)
            continue
        anchor = max(left, key=lambda m: m.end)
        group = [anchor]
        front = anchor.start  # where the group's first name begins, the places that qualify it included
        for m in sorted((p for p in parties if p.end <= anchor.start), key=lambda m: -m.end):
            gap = _BRANCH_BEFORE_GAP_RE.sub("", text[m.end:front])  # (A学院党委、B镇党委与C: A too)
            if not gap and m.cls == "Locality":
                front = m.start
                continue  # 丹徒区谷阳镇党委, 常州市武进区礼嘉镇: the district only qualifies the next name
            front = m.start
            if gap and len(gap) <= 2 and all(ch in "、和及与" for ch in gap) and not (
                    gap[0] in "、，," and m.start > 0 and text[m.start - 1] in "与和同跟在"):
                group.append(m)  # (not a name that closes the previous pair: A与B、C与D; nor where
                # it happened: 在南京林业大学，A与B签订)
            else:
                break
        # 除了 X 外，Y、Z 等也都与 W 签订…: X is on the left too
        besides = text.rfind("除了", s0, group[-1].start)
        if besides >= 0:
            wai = text.find("外", besides, group[-1].start)
            group += [p for p in parties if besides < p.start and wai >= 0 and p.end <= wai and p not in group]
        if c.group() == "和" and len(group) > 1 and text[group[1].end:group[0].start] == "、" and not respective \
                and (text[group[-1].start - 2:group[-1].start] in lx.LIST_OBJECT_VERBS
                     or _PARTIES_COUNTED_RE.match(text, rgroup[-1].end)):
            continue  # 联合A、B和C共建…, A、B和C三方签订…: one list of partners, not B–C a pair
        between = text[anchor.end:cpos - 2]
        if respective and len(group) > 1 and _LIST_COUNTED_RE.fullmatch(between):
            if between.startswith("等") and len(rgroup) > 1:
                continue  # (A、B等3家企业分别与C、D签订…: more than it names, so which with which is not said)
            between = ""  # A、B、C三家园区企业分别与D签订…: the list, counted
        plain = _BEFORE_RESPECTIVE_RE.fullmatch(between) is not None  # (A、B当天也分别与C: no more than when)
        if respective and plain and 1 < len(group) == len(rgroup):
            pairs += zip(reversed(group), rgroup)  # A、B分别与C、D: A with C and B with D
            continue
        if respective and ((len(group) > 1 and len(rgroup) > 1) or not plain):
            unpaired += group + rgroup
            continue  # A、B、C分别与D、E: which with which is not said (A分别与C、D and A、B分别与C are)
        for a in group:
            for b in rgroup:
                pairs.append((a, b))
    return pairs, orphans, unpaired


# what may stand between a list and its 分别与 and still pair each with the other side: when, and an adverb
_BEFORE_RESPECTIVE_RE = re.compile(r"(?:当天|当日|同日|同天|现场|会上|随后|同时)?(?:也|还|已|均|都|又|亦)?")
_ENTRY_HEADING_RE = re.compile(r"【[^】\n]{1,12}】")
_PARTIES_COUNTED_RE = re.compile(r"(?:等)?[三四五六多几]方")
# what counts a list of parties before 分别与: 三家园区企业, 等4家企业, 两所高校
_LIST_COUNTED_RE = re.compile(r"等?[两二三四五六七八九十\d]{1,2}[家所个](?:[\u4e00-\u9fff]{0,4}(?:企业|公司|高校|院校|单位))?(?:也|还|已)?")
# a deal of a group: its parties are listed, often with no 与 between them (A党支部、B党委、C党支部党建联建…)
_BUILT_TOGETHER_RE = re.compile(r"共建|共同组建|联合组建|共同建设|联合建设|共同发起|联合发起")  # (由A联合B、C共同组建的X)
_GROUP_DEAL_WORDS = ("党建联盟", "党建联建", "党建共建", "联建共建")
_AS_TWO_RE = re.compile(r"两家单位|两家企业|两单位|两家|双方")


# 与我区企业江苏某某有限公司签订: the words that only qualify the firm after 与
_FIRM_QUALIFIER_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:开发区|高新区|园区|科技城|街道|[区县市镇乡])内的"  # (与园区内的X、Y)
                                "|(?:" + "|".join(lx.LOCAL_CUES) + r"|我市|我县|[\u4e00-\u9fff]{0,6}?(?:开发区|高新区|园区|科技城|新城|街道|[区县市镇乡])"
                                r"|[\u4e00-\u9fff]{2,4}?(?=本土|本地|当地))?"
                                r"(?:本土|本地|当地|内)?(?:龙头|骨干|重点|科技型)?(?:企业|(?<=本土|本地|当地)[\u4e00-\u9fff]?企)"
                                # (与高新区企业X, 与海安本土企业X, 与高邮本地灯企X)
                                r"|(?:位于|地处|坐落于)[\u4e00-\u9fff]{2,12}?的")  # (与位于新河镇的X公司签订: X)


_LIST_ITEM_RE = re.compile(r"\s*(?:\d{1,2}\s*[.．、)）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）]"
                           r"|——|—|－|•|·|●|■|◆|▲|◇|★)")  # (——A与B，…，合同金额…；: a dash or a bullet per line)


# a list's heading that credits a person with its items: 他牵线或亲自推动的主要成果有：, 经某某促成的项目如下：
_HEADING_BROKER_RE = re.compile(r"牵线|推动|促成|撮合|对接")


def _list_heading_broker(text: str, s0: int, resolved, last_person: Mention | None) -> Mention | None:
    """The person the heading of the numbered list the sentence at ``s0`` is an item of credits with its
    items (据统计，他牵线或亲自推动的主要成果有：\n1. 促成A与B签订…): the items' broker, not the team."""
    lo = text.rfind("\n", 0, s0) + 1
    if not _LIST_ITEM_RE.match(text, lo):
        return None
    while lo > 0:
        prev = text.rfind("\n", 0, lo - 1) + 1
        line = text[prev:lo - 1]
        if not line.strip() or _LIST_ITEM_RE.match(line):
            lo = prev
            continue
        if not line.rstrip().endswith(("：", ":")):
            return None
        h0 = prev + max(line.rfind(ch) for ch in "。！；") + 1
        cue = _HEADING_BROKER_RE.search(text, h0, lo - 1)
        if cue is None:
            return None
        before = [m for m in resolved.starting_in(h0, cue.start()) if m.canonical and m.cls in ("Person", "Team")]
        if not before and last_person is not None and text[cue.start() - 1:cue.start()] in ("他", "她"):
            return last_person  # (他牵线…: the person the text spoke of last)
        if len(before) != 1 or before[0].cls != "Person":
            return None  # (one person, and no team, before the cue)
        return before[0]
    return None


def _cue_before_colon(text: str, pos: int, cues: tuple[str, ...] = lx.COOPERATION_CUES) -> bool:
    """Whether ``pos`` is in the items of a list whose heading states a cooperation
    (签约项目包括：A与B的…项目；C与D的…项目): a colon before it, in the same paragraph and
    with no full stop between, after words with a cooperation cue."""
    colon = max(text.rfind("：", max(0, pos - 600), pos), text.rfind(":", max(0, pos - 600), pos))
    if colon < 0 or "。" in text[colon:pos]:
        return False
    if "\n" in text[colon:pos] and not all(_LIST_ITEM_RE.match(line) for line in text[colon:pos].split("\n")[1:]
                                           if line.strip()):
        return False  # (a numbered item per line continues the list: 签约项目如下：\n1. A与B…；\n2. C与D…)
    head = max(text.rfind("。", 0, colon), text.rfind("\n", 0, colon)) + 1
    return _has_cue(text[head:colon], cues)


def _pair_named_as_two(text: str, s0: int, s1: int, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """南京林业大学、江苏某某木业有限公司两家单位签订…: two parties the text counts as two."""
    parties = [m for m in ms if m.cls in PARTY_CLASSES or m.cls == "GovernmentAgency"]
    for a, b in zip(parties, parties[1:]):
        if text[a.end:b.start] in ("、", "和", "及") and _AS_TWO_RE.match(text, b.end) and (
                a == parties[0] or text[parties[parties.index(a) - 1].end:a.start] not in ("、", "和", "及")):
            return [(a, b)]
    return []


def _unit_of(unit: Mention, body: Mention) -> bool:
    """Whether ``unit`` is a school of the university ``body`` (南航材料学院 of 南京航空航天大学):
    no partner of its own university."""
    if unit.cls != "AcademicUnit" or body.cls != "University" or not body.canonical:
        return False
    uni = unit.info.get("university")
    return getattr(uni, "canonical", uni) == body.canonical or (unit.canonical or "").startswith(body.canonical)


def _two_before_both(text: str, s0: int, k: int, ms: list[Mention], apart: bool = True) -> list[tuple[Mention, Mention]]:
    """A企业发布…需求，B学院…团队成功揭榜，双方签订…: the two parties the sentence names before
    its 双方 (at ``s0 + k``), when it names exactly two, in separate clauses (unless not ``apart``:
    A发布的需求由B揭榜), and no place (a team, their broker, may be named too)."""
    before = [m for m in ms if m.end <= s0 + k and not any(o is not m and o.start <= m.start and m.end <= o.end
                                                            and o.end - o.start > m.end - m.start for o in ms)]
    starts = {m.start for m in before}
    if any(m.cls == "Locality" and not (text[m.end:m.end + 1] == "的" and m.end + 1 in starts)
           and not _LOCAL_POST_RE.match(text, m.end) for m in before):
        return []  # (a place as a party; not 天目湖镇的X公司, a firm's place, nor 挂职天目湖镇副镇长, a post)
    parties = [m for m in before if m.cls in PARTY_CLASSES and _as_party(m)
               and not (m.cls == "Locality" and (text[m.end:m.end + 1] == "的" or _LOCAL_POST_RE.match(text, m.end)))]
    if len(parties) != 2 or _as_party(parties[0]) == _as_party(parties[1]):
        return []
    a, b = parties
    if apart and not any(ch in "，,；;" for ch in text[a.end:b.start]):
        return []  # (A、B双方…: the list rule's; A的B…: one side)
    if not apart and text[a.end:b.start] in ("、", "和", "及", "的"):
        return []
    return [(a, b)]


def _unknown_partner(text: str, s0: int, s1: int, ms: list[Mention]) -> bool:
    """Whether a 与 of the sentence has no known name right after it (与纳米所签订…): the
    pairs stated there are unknown, so the sentence's parties are not all partners."""
    for k in occurrences(text[s0:s1], "与"):
        pos = s0 + k
        if any(m.start < pos < m.end for m in ms):
            continue
        if not any(0 <= m.start - (pos + 1) <= 3 or (m.start > pos and _FIRM_QUALIFIER_RE.fullmatch(text, pos + 1, m.start))
                   for m in ms):
            return True  # (与辖区企业X, 与园区内的X: X is known)
    return False


# 与中国工程院院士、东南大学教授陈某团队合作: the academician's title before the university
_ACADEMICIAN_TITLE_RE = re.compile(r"(?:中国科学院|中国工程院|中科院|两院)院士[、，,]?")


def _as_party(m: Mention) -> str | None:
    """The party a mention stands for in a cooperation (a party branch stands for its body)."""
    if m.cls == "GovernmentAgency":
        zone = m.info.get("zone")
        if m.info.get("head") in ("管委会", "党工委") and zone is not None and zone.canonical:
            return zone.canonical  # 与…产业园管委会签订: the zone is the party
        loc = m.info.get("locality")
        if m.info.get("head") in ("党委", "党工委") and loc is not None:
            return loc.canonical or loc.text  # 与谷阳镇党委结对: the town is the party
        if m.info.get("head") in ("政府", "人民政府") and m.canonical:
            return m.canonical  # 与灌云县人民政府签署: the government signs (and the gold names it so)
        if m.info.get("head") in _SECTOR_BUREAUS and m.canonical:
            return m.canonical  # 与东台市文化广电和旅游局签署…协议: a sector's bureau signs for its sector
        return None  # the programme's organisers (组织部, 人才办, 科技局, 财政局) support and guide; no party
    return m.canonical


# bureaus that run a sector and sign for it (the programme's organisers are left out: measured on the
# independent set, writers make 组织部, 财政局 and 科技厅 no party, and split evenly on 科技局)
_SECTOR_BUREAUS = frozenset({
    "农业农村局", "工信局", "工业和信息化局", "商务局", "生态环境局", "自然资源局", "住建局", "住房和城乡建设局",
    "交通运输局", "水利局", "水务局", "应急管理局", "文旅局", "文化广电和旅游局", "文化广电旅游局", "文化和旅游局",
    "文化体育和旅游局", "文体广电和旅游局", "文广旅局", "民政局", "卫健委", "卫生健康委员会", "卫生健康委", "卫生健康局",
    "体育局", "市场监管局", "市场监督管理局", "大数据管理局", "数据局", "知识产权局", "经济发展局",
})


def _cue_in_clause(text: str, m: Mention, s0: int, s1: int, cues) -> bool:
    c0, c1 = _clause_bounds(text, m.start, s0, s1)
    clause = text[c0:c1]
    return _has_cue(clause, tuple(cues))


_VISIT_CUE_RES = [(cue, re.compile(cue)) for cue in lx.VISIT_CUES]


_PLANNED_RE = re.compile(r"将(?!军)|拟|(?<!科技)计划(?!项目)|准备|力争|希望|争取")


def _stated_done(sent: str, cues: tuple[str, ...]) -> bool:
    """Whether one of ``cues`` in ``sent`` says what was done, not what is planned: no
    将/拟/计划… before it in its clause (将推动X与更多企业开展合作)."""
    for cue in _cue_pattern(cues).finditer(sent):
        k = cue.start()
        lo = max(sent.rfind(ch, 0, k) for ch in "，,。；;：:") + 1
        if not _PLANNED_RE.search(sent, lo, k):
            return True
    return False


def _mask_names(text: str, mentions: Iterable[Mention], cues: tuple[str, ...]) -> str:
    """``text`` with the names that contain a cue blanked out (same length): 专业合作社,
    产学研合作基地 and the programme 揭榜挂帅 are names, not statements of cooperation; nor is
    the topic of a talk (就共建产学研合作平台进行了深入交流)."""
    cue_at = bytearray(len(text) + 1)  # 1 where a cue word starts
    for c in _cue_pattern(cues).finditer(text):
        cue_at[c.start()] = 1
    spans = [(m.start, m.end) for m in mentions if cue_at.find(1, m.start, m.end) >= 0]
    spans += [(k, k + 4) for k in occurrences(text, "揭榜挂帅")]  # a programme's name, no deal
    spans += [(t.start(1), t.end(1)) for t in _DISCUSSED_RE.finditer(text)] if "就" in text else []
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = "＿" * (b - a)
    return "".join(chars)


_DISCUSSED_RE = re.compile(r"就([^，,。；;]{2,24}?)(?:进行|展开|开展)了?(?:深入|充分|广泛)?的?(?:交流|探讨|座谈|洽谈|研讨)")
_THIS_DEAL_RE = re.compile(r"(?:此次|这次|本次|该|这一|此项|这项|^(?=合作由))(?:合作|签约|项目合作|校企合作|产学研合作|结对共建|党建共建|共建"
                           r"|项目(?=由|是|系|得益于))"  # (该项目由团员某某牵线促成)
                           r"[^。；;]{0,40}?(?:牵线|促成|撮合|搭桥|推动|对接|帮助|协助|红娘|中间人|桥梁|纽带)")  # (not 将以此次共建为契机…)


# 根据协议，A将与B联合开发…: the pairs of the deal the sentence before reported (and its broker)
_PER_AGREEMENT_RE = re.compile(r"\s*(?:根据|按照|依据|按)(?:合作|签约|签署的|签订的)?(?:协议|约定)[，,]")
_PRONOUN_LEAD_RE = re.compile(r"在(?:他|她)的")  # (在他的牵线下: a person's doing, named before)
_BROKER_LEAD_RE = re.compile(r"\s*(?:[^，,。；;]{0,12}[，,])?在[^，,。；;]{1,40}?的?(?:牵线搭桥|牵线|推动|促成|帮助|协调|撮合|对接)(?:下|之下)[，,]")


# A与B的这段“姻缘”，是某团牵线促成的: a partnership the sentence says someone arranged
_ARRANGED_MATCH_RE = re.compile(r"与[^，,。；;]{2,30}?的(?:这段|这次|这份|此次|这一)?[^，,。；;]{0,8}[，,]?(?:正|就|便|都)?是"
                                r"[^，,。；;]{0,30}?(?:促成|牵线|撮合|搭桥|牵的线)的")


_TIME_LEAD_RE = re.compile(r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|近年来|多年来|目前|此外|同时|同年\d{1,2}月|同月)[，,]?")


# 今年3月以来，在某某的牵线下，: who arranged what the sentence's subject goes on to do
_ARRANGED_BY_LEAD_RE = re.compile(r"(?:[^，。；,;]{0,6}[，,])?在[^。；;]{2,80}?(?:牵线|推动|帮助|协调|撮合|促成)下[，,]")


_BRINGS_RE = re.compile(r"(?:牵线|引荐|带领|邀请|推荐|引进)$")


def _brought_party(text: str, s0: int, ms: list[Mention], before: int) -> Mention | None:
    """The school or university a clause says someone brought in (他牵线某大学某学院，先后与A、B签订…), when it is the
    party named last before ``before`` (the clause that has it sign with others, its subject unnamed)."""
    party = max((m for m in ms if m.cls in PARTY_CLASSES and m.cls != "Locality" and m.end <= before),
                key=lambda m: m.end, default=None)
    if party is None or party.cls not in _ACADEMIC_CLASSES or not party.canonical or not _BRINGS_RE.search(
            text, max(s0, party.start - 2), party.start):
        return None
    between = text[party.end:before]
    return party if between.count("，") + between.count(",") == 1 and not any(ch in between for ch in "。；;") else None


def _firm_opening(text: str, s0: int, ms: list[Mention], before: int) -> Mention | None:
    """The firm that opens the sentence (after a date at most) as its subject, when no other party
    stands between it and ``before``: X公司坚持开放式创新，与A大学…保持合作 (X is the one who cooperates).
    After a clause naming who arranged it, a school opens it as well: 在某某的牵线下，某学院团队先后4次来
    调研，已与A公司、B公司签订…"""
    lead = _TIME_LEAD_RE.match(text, s0)
    k = lead.end() if lead is not None else s0
    arranged = _ARRANGED_BY_LEAD_RE.match(text, k)
    k = arranged.end() if arranged is not None else k
    first = next((m for m in ms if m.start >= k), None)
    if first is None or first.start != k or not first.canonical or not (
            first.cls == "Enterprise" or arranged is not None and first.cls in _ACADEMIC_CLASSES):
        return None
    if any(m.cls in PARTY_CLASSES and m.cls != "Locality" and m is not first and first.end <= m.start < before for m in ms):
        return None  # (a place between is where they went: 来海门调研)
    if text[first.end:first.end + 1] in "、和与及（(":
        return None  # (A、B…: a list, not one subject)
    return first


# 把学院的测试团队请进企业, 把南理工的光电团队请进了某公司的车间: a member brings a school's research group to a firm
_INVITED_TEAM_RE = re.compile(r"把([^，,。；;]{0,16}?)团队请(?:进|到|来)了?")


class _BroughtIn(NamedTuple):
    """A school a member brought (把学院团队请进车间) or called in (随即联系某学院) for a firm: the 双方 that
    follows is the two of them."""
    school: Mention
    firm: Mention
    person: Mention | None  # who brought or called it in (None: the team)
    called: bool  # called in: the caller arranged the deal only when the 双方 is the pair, and no team is named


def _invited_pair(text, s0, s1, ms, resolved, facts, last_person) -> _BroughtIn | None:
    """聂某把学院团队请进车间，双方很快签下…: the school a member brought to a firm and that firm, as the
    sentence's 双方 (the school his, unless named; the firm the one it was brought into, or named last), with
    the member who brought it; None unless the sentence says so."""
    k = text.find("双方", s0, s1)
    invited = _INVITED_TEAM_RE.search(text, s0, k) if k > 0 else None
    if invited is None:
        return None
    persons = [m for m in ms if m.cls == "Person" and m.end <= invited.start() and m.canonical]
    person = persons[-1] if persons else last_person
    if person is None:
        return None
    school = next((m for m in ms if m.cls in ("University", "AcademicUnit", "ResearchInstitute") and m.canonical
                   and invited.start(1) <= m.start < invited.end(1)), None)
    if school is None:
        kinds = ("AcademicUnit",) if "学院" in invited.group(1) else ("University", "ResearchInstitute", "AcademicUnit")
        homes = {f[2] for f in facts.facts if f[0] == person.canonical and f[1] == "affiliatedWith"}
        school = next((m for m in resolved if m.cls in kinds and m.canonical in homes), None)
    firm = next((m for m in ms if m.cls == "Enterprise" and m.canonical and invited.end() <= m.start < k), None)
    if firm is None:
        firm = next((m for m in reversed(resolved.starting_in(max(0, s0 - 300), invited.start()))
                     if m.cls == "Enterprise" and m.canonical), None)
    if school is None or firm is None:
        return None
    return _BroughtIn(school, firm, person, False)


# 随即联系东南大学电子科学与工程学院, 当即联系母校, 邀请学院专家团队上门: a member (or the team) calls in a school
_CONTACTED_RE = re.compile(r"(?:联系|对接|邀请|请来|找到)了?([^，,。；;]{0,24})")
# the caller's own school, not named: 母校, 娘家, 后方单位, 其所在的学院, 学院(的)…团队
_OWN_SCHOOL_RE = re.compile(r"^(?:母校|娘家|后方|其所在|自己(?:的|所在)|所在的?学院|学院)")
_SCHOOL_CLASSES = ("University", "ResearchInstitute", "AcademicUnit")
# 双方将围绕…, 双方正在洽谈: what the pair is yet to do
_BOTH_SIDES_TO_RE = re.compile(r"(?:还|也|又)?(?:将|拟|正在|计划|准备|有望|就[^，,。；;]{0,20}达成(?:初步)?(?:合作)?意向)")
# between a person and the cue: they only speak of it, or the team is its subject
_CALLER_NOT_SUBJECT_RE = re.compile(r"介绍|表示|说|称|指出|团队|镇长团|团里")


def _contacted_pair(text, s0, s1, ms, resolved, facts, last_person) -> _BroughtIn | None:
    """…了解到企业的瓶颈，随即联系东南大学某学院。两个月后，双方签订…: the school a member (or the team)
    called in and the firm the paragraph tells of (named most there; the paragraph before's when the
    sentence speaks of 企业 or 该公司), as the 双方 of this or a later sentence; None unless the sentence
    says so; with the member who called it in (None when the team did), who arranged the deal when the
    pair is the 双方 itself, not a pair the sentence names."""
    for c in _CONTACTED_RE.finditer(text, s0, s1):
        if any(m.start < c.start() < m.end for m in ms):
            continue  # (a cue inside a name)
        called = [m for m in ms if m.cls in PARTY_CLASSES and c.start(1) <= m.start < c.end(1)]
        school = called[0] if called and called[0].cls in _SCHOOL_CLASSES and called[0].canonical else None
        if len(called) > 1 or (school is not None and text[school.end:school.end + 1] in "、和与及同"):
            continue  # (对接A、B两所高校; 对接东华大学与某高新区，双方…: the sentence's own pair)
        before = [m for m in ms if m.end <= c.start() and m.canonical]
        persons = [m for m in before if m.cls == "Person"]
        # the caller: a person named before the cue, or 他/她, unless only its speaker (祁某介绍，团队…对接X)
        said = re.search(r"[他她](?![们的])", text[s0:c.start()])
        person = persons[-1] if persons else (last_person if said is not None and not any(
            m.cls == "Team" for m in before) else None)
        if person is not None and _CALLER_NOT_SUBJECT_RE.search(
                text, person.end if persons else s0 + said.end(), c.start()):
            person = None
        if school is None and not called and _OWN_SCHOOL_RE.match(c.group(1)):
            kinds = ("AcademicUnit",) if "学院" in c.group(1) else _SCHOOL_CLASSES
            homes = {f[2] for f in facts.facts if person is not None and f[0] == person.canonical
                     and f[1] == "affiliatedWith"}
            school = next((m for m in resolved if m.cls in kinds and m.canonical in homes), None)
        if school is None:
            continue
        lo = text.rfind("\n", 0, s0) + 1
        if re.search(r"企业|公司", text[s0:c.start()]):
            lo = text.rfind("\n", 0, max(0, lo - 2)) + 1  # (走访该公司时…: the firm the paragraph before told of)
        firms = [m for m in resolved.starting_in(lo, c.start()) if m.cls == "Enterprise" and m.canonical
                 and not text.startswith("等", m.end)]  # (是A公司等企业的长期供应商: a customer)
        if not firms:
            continue
        counts = collections.Counter(m.canonical for m in firms)
        # (协助本地企业A对接某学院专家团队: the firm the sentence names)
        firm = next((m for m in reversed(before) if m.cls == "Enterprise"), None) or max(
            reversed(firms), key=lambda m: counts[m.canonical])
        return _BroughtIn(school, firm, person, True)
    return None


def _cooperation(text, sent, s0, ms, team, facts, span, team_named, teams_here=(), last_person=None,
                 cue_text=None, last_pair=None, protagonist=None, invited=None) -> tuple[Mention, Mention] | None:
    """Cooperation (pairs, groups, a team's own partners) and brokering stated by the sentence
    ``sent``: ``text[s0:s1]`` with the names that contain a cue word blanked (``cue_text``).
    Returns the last pair of parties it found, for a later sentence's 双方."""
    if "：" in sent and _INLINE_PARTNER_RE.search(sent) and _INLINE_BROKER_RE.search(sent):
        return None  # (…公司　合作学院：某学院　推荐人：某某: the item's own labels say it all)
    arranged = _ARRANGED_MATCH_RE.search(sent) if "的" in sent else None
    brought_together = "对接" in sent and _BROUGHT_TOGETHER_RE.search(sent) is not None
    # A与B达成合作意向: an intention, no cooperation yet (but 签订合作意向书 is a signed one)
    intent_only = "意向" in sent and not _SIGNED_RE.search(sent)
    if not _has_cue(sent, lx.COOPERATION_CUES) and not _cue_before_colon(text, s0) and not (
            last_pair is not None and "项目" in sent and _THIS_DEAL_RE.search(sent)) and arranged is None and not (
            brought_together):
        return None  # (…；C与D的…项目: an item of a list headed 签约项目包括：; but 该项目由某某牵线促成)
    s1 = span[1]
    this_deal = False  # whether the sentence speaks of the deal the sentence before reported (该项目由…)
    both_before = None  # the pair named before that the sentence's 双方 stands for
    strong = _has_cue(sent, lx.STRONG_COOPERATION_CUES) or _cue_before_colon(text, s0, lx.STRONG_COOPERATION_CUES) or (
        arranged is not None)
    brokering = team_named or _stated_done(sent, lx.BROKER_CUES) or (
        team is not None and strong and _stated_done(sent, lx.STRONG_COOPERATION_CUES))
    no_pairing = _has_cue(sent, lx.NO_PAIRING_CUES)
    visited = set()
    for cue, cue_re in _VISIT_CUE_RES:
        if cue not in sent:
            continue
        for mv in cue_re.finditer(sent):
            visited |= {m.canonical for m in ms if 0 <= m.start - (s0 + mv.end()) <= 4
                        and not any(ch in "，,；;。" for ch in text[s0 + mv.end():m.start])}
    pairs, orphans, unpaired = _pairs_around_connectors(text, s0, s1, ms, respective_only=no_pairing, cue_text=cue_text)
    if not pairs and arranged is not None:  # A与B的这段“姻缘”，是…促成的: the two either side of 与
        k = s0 + arranged.start()
        left = next((m for m in ms if m.end == k and m.cls in PARTY_CLASSES), None)
        right = next((m for m in ms if m.start == k + 1 and m.cls in PARTY_CLASSES), None)
        pairs = [(left, right)] if left is not None and right is not None else []
    if not pairs and not no_pairing:
        pairs = _pair_named_as_two(text, s0, s1, ms)
    if not pairs and not no_pairing and "双方" in sent:
        pairs = _two_before_both(text, s0, sent.find("双方"), ms)
    if not pairs and not no_pairing and "揭榜" in sent:  # A发布的…需求由B学院团队揭榜: the two of the deal
        pairs = _two_before_both(text, s0, sent.rfind("揭榜"), ms, apart=False)
    by_invited = False  # whether the pair is the one a member brought or called in
    if not pairs and invited is not None:
        pairs = [(invited.school, invited.firm)]  # 某某把学院团队请进车间，双方很快签下…: his school and the firm
        by_invited = True
    if not pairs and last_pair is not None and "双方" in sent:
        k = s0 + sent.find("双方")
        if not any(m.cls in PARTY_CLASSES and m.cls != "Locality" and not _members_origin(text, m)
                   and not _employer_of_named(text, m, ms)  # (某学院副教授苗某…推动双方签约: his employer is no party)
                   for m in ms if m.end <= k) and not any(
                not any(m.start < c.start() + s0 < m.end for m in ms) for c in _CONNECTOR_RE.finditer(sent, 0, k - s0)):
            pairs = [last_pair]  # A与B已合作多年。…，双方进一步签订了…: the pair named last (if none is here)
            both_before = last_pair
    if not pairs and last_pair is not None and _THIS_DEAL_RE.search(sent) and not any(
            m.cls in PARTY_CLASSES and m.cls != "Locality" and not _before_role(text, m.end) for m in ms):
        # A与B签署…协议。此次合作由X团牵线促成, 该项目由团员、某学院副教授某某牵线促成: the deal of the
        # sentence before (a member's employer is no party of it)
        pairs = [last_pair]
        strong = this_deal = True
    if not pairs and orphans and (subject := _firm_opening(text, s0, ms, orphans[0].start)) is not None:
        pairs = [(subject, o) for o in orphans if o.cls != "Locality" and (  # 公司坚持开放式创新，与A、B等高校保持合作
            subject.cls == "Enterprise" or o.cls == "Enterprise")]
        orphans = []
    if not pairs and orphans and (brought := _brought_party(text, s0, ms, orphans[0].start)) is not None:
        pairs = [(brought, o) for o in orphans if o.cls != "Locality"]  # 他牵线某学院，先后与A、B签订…: the school with each
        orphans = []
    found_pair = next((p for p in reversed(pairs) if _as_party(p[0]) and _as_party(p[1])), None)
    parties_in_pairs = []
    several = _PARTIES_COUNTED_RE.search(sent) is not None or any(w in sent for w in _GROUP_DEAL_WORDS)
    # A党委与B党委、C党委与D党工委分别结成联建对子: two pairs of the group's kind of deal, no group of four
    respective_pairs = len(pairs) >= 2 and "分别" in sent and several
    for a, b in pairs:
        pa, pb = _as_party(a), _as_party(b)
        if pa is None or pb is None or pa == pb:
            continue
        if (strong or "合作" in sent or respective_pairs) and not intent_only:
            facts.add(pa, "collaboratesWith", pb, span, text, 0.75 if strong else 0.6, "cooperation-pair")
            parties_in_pairs += [(a, pa), (b, pb)]
        elif brought_together or intent_only:  # (牵线A与B对接, A与B达成合作意向: both brokered, no cooperation yet)
            parties_in_pairs += [(a, pa), (b, pb)]
    builders = [x for pair in pairs for x in pair]
    group_builders: list[Mention] = []
    team_is_party = False
    # (共建 in an entry's 【校地共建平台】 heading is no deal of the entry's list)
    met_only = (brought_together and not (strong or "合作" in sent)) or intent_only  # (牵线A与B对接: pairs that only met)
    if (not pairs or several or met_only) and not no_pairing and not respective_pairs and (
            several or _BUILT_TOGETHER_RE.search(_ENTRY_HEADING_RE.sub("", sent))) and not (
            _unknown_partner(text, s0, s1, ms)):
        lo = s0
        if pairs and not met_only:  # (a pair found already: the group is the one in the clause that counts it, 三方 or 党建联盟)
            counted = _PARTIES_COUNTED_RE.search(sent)
            word = min([k for k in (sent.find(w) for w in _GROUP_DEAL_WORDS) if k >= 0]
                       + ([counted.start()] if counted is not None else []), default=0)
            lo = _clause_bounds(text, s0 + word, s0, s1)[0]
        parties = [(m, _as_party(m)) for m in ms if (m.cls in PARTY_CLASSES or m.cls == "GovernmentAgency") and _as_party(m)
                   and not _built_here(text, s0, m) and m.start >= lo and not (pairs and m.cls == "Platform")]
        # X团临时党支部、Y学院党委、Z公司党委三方签订…: the team (its party branch) is one of them
        parties += [(m, m.canonical) for m in ms if m.cls == "Team" and m.canonical and _TEAM_BRANCH_RE.match(text, m.end)]
        parties.sort(key=lambda mp: mp[0].start)
        parties = [(m, p) for m, p in parties if m.cls != "Locality" or m.info.get("zone") or "党委" in text[m.end:m.end + 3]]
        if (counted := _PARTIES_COUNTED_RE.search(sent)) is not None:
            named = [(m, p) for m, p in parties if m.end <= s0 + counted.start()]
            if len({p for _, p in named}) >= 2:
                parties = named  # 由A、B和C三方共建，是某经开区建成的首个…: the parties the count closes
        classes = {m.cls for m, _ in parties}
        if 2 <= len({p for _, p in parties}) <= 4 and len(classes) >= 2 and (
                not pairs or met_only or len({p for _, p in parties}) >= 3):  # (a pair found already: only a group of three or four adds)
            for i, (ma, a) in enumerate(parties):
                for mb, b in parties[i + 1:]:
                    if a != b and not _unit_of(ma, mb) and not _unit_of(mb, ma):
                        facts.add(a, "collaboratesWith", b, span, text, 0.55, "cooperation-group")
            parties_in_pairs += parties
            group_builders = [m for m, _ in parties]
            builders += group_builders
            team_is_party = any(m.cls == "Team" for m in group_builders)  # not the broker, then
    # X 与 Y 共建 Z: Z is hosted by the academic side and placed at the local side
    # (企业与常州工学院共建Z: the side named right after 与 builds Z too)
    for plat in (m for m in ms if _built_here(text, s0, m)):
        if text.startswith(("由", "：由", ":由"), plat.end):  # Z由X和Y联合成立: the pair after 由 built it
            c_hi = _clause_bounds(text, text.find("由", plat.end), s0, s1)[1]
            _built_by(plat, [x for x in builders if plat.end < x.start < c_hi], facts, span, text)
            continue
        # a pair builds it in its own clause (A与B签订…，C与D共建Z: C and D); the group rule's
        # parties may be named anywhere in the sentence
        c_lo = _clause_bounds(text, plat.start, s0, s1)[0]
        sides = [x for x in builders if x.end <= plat.start and (x.start >= c_lo or x in group_builders)]
        near = [m for m in ms if m.end <= plat.start and plat.start - m.end <= 10 and text[m.start - 1:m.start] in "与和同"
                and m.start > s0]
        if not any(x.start >= c_lo for x in sides) and not any(m.start >= c_lo for m in near):
            sides = [x for x in builders if x.end <= plat.start]  # A与B签署协议，双方将共建Z: the pair before
        # (…，与中科院某所共建Z: the partner named in Z's own clause builds it, not an earlier pair)
        sides += [m for m in near if m not in sides]
        if both_before is not None and "双方" in text[c_lo:plat.start]:
            sides += [m for m in both_before if m not in sides]  # 双方又与X三方共建Z: the pair builds Z too
        _built_by(plat, sides, facts, span, text)
    # 联合 X 开展共建: the team itself is the partner
    if team is not None and not pairs:
        for m in ms:
            if m.cls in BROKERED_CLASSES and text[max(0, m.start - 2):m.start] in ("联合", "携手") and _cue_in_clause(
                    text, m, s0, s1, lx.STRONG_COOPERATION_CUES) and not any(
                    (o.cls in PARTY_CLASSES or o.cls == "GovernmentAgency") and m.start - 3 <= o.end <= m.start - 2 for o in ms):
                # (联合X举办对接活动: an event, not a cooperation; 由区政府联合X: the agency joins X, not the team)
                facts.add(team, "collaboratesWith", m.canonical, span, text, 0.6, "team-joins")
                last = m  # 联合A、B、C成立…: each of the list
                for n in sorted((n for n in ms if n.start >= m.end and n.cls in BROKERED_CLASSES), key=lambda n: n.start):
                    if text[last.end:n.start] not in ("、", "和", "及", "以及"):
                        break
                    facts.add(team, "collaboratesWith", n.canonical, span, text, 0.6, "team-joins")
                    last = n
                return found_pair
    # 科技镇长团党支部与X学院党委…签订党建联建协议: the team is a party, not a broker
    if not pairs:
        own = _team_pairs(text, s0, s1, ms, team)
        for t, m in own:
            facts.add(t, "collaboratesWith", m.canonical, span, text, 0.6, "team-pair")
        if own:
            return found_pair
    broker = _person_broker(text, s0, s1, ms, last_person)
    if broker is None and invited is not None and pairs and pairs[0] == (invited.school, invited.firm) and (
            not invited.called or (by_invited and not team_named)):  # (…经镇长团协调，双方签订…: the team's doing)
        broker = invited.person  # (the member who brought the school in arranged it)
    if broker is None and not team_named and last_person is not None and not any(
            m.cls in ("Person", "Team", "Platform") for m in ms) and "我们" not in sent:  # (中心成立以来，已与A签订…: the platform's own)
        broker = _carried_person_broker(text, s0, last_person)
    if broker is None and protagonist is not None and not team_named and not _OUR_TEAM_RE.search(sent):
        broker = protagonist  # a member's profile: what no one else is said to have arranged is theirs
        # (but 在我们团的牵线下…: the team's)
    co_brokers = _co_brokers(text, broker, ms) if broker is not None else []
    if broker is not None:
        if this_deal and team is not None:
            for party in {p for pair in pairs for p in (_as_party(pair[0]), _as_party(pair[1]))}:
                if facts.rules.get((team, "brokered", party)) == {"broker-cue"}:
                    del facts.facts[(team, "brokered", party)]  # (given to the team the sentence before by default)
                    del facts.rules[(team, "brokered", party)]
        team, teams_here = broker.canonical, ()  # 他促成A与B签订…: the person, not the team, arranged it
    if team is None or not brokering or team_is_party:
        return found_pair
    found = [(m, p) for m, p in parties_in_pairs if p]
    found += [(m, m.canonical) for m in orphans if m.cls in BROKERED_CLASSES]
    if not found:
        found = [(m, m.canonical) for m in ms if (m.cls in BROKERED_CLASSES or (m.cls == "Locality" and m.info.get("zone")))
                 and _cue_in_clause(text, m, s0, s1, lx.COOPERATION_CUES + ("对接",)) and not _built_here(text, s0, m)
                 and not _before_role(text, m.end)]  # (南师大…学院教授吴晓燕牵头组建…: her employer is no party)
    # (牵线A、B等企业，分别与C、D建立…: which with which is not said, but all four are the deal's parties)
    found += [(m, m.canonical) for m in unpaired if m.cls in BROKERED_CLASSES and (m, m.canonical) not in found]
    paired = {p for _, p in parties_in_pairs}
    for m, o in found:
        if o in visited and o not in paired:
            continue  # (走访A公司，促成B与C合作: A was visited; 走访了A公司，…并协助企业与B联合申报: A is a party)
        if m.cls == "Platform" and (_BUILT_BEFORE_RE.search(text, max(s0, m.start - 4), m.start)
                                    or _OPENED_AFTER_RE.match(text, m.end)):
            continue  # (促成双方共建“X联合研发中心”, “X研究院”揭牌: what the deal built, no party to it)
        # 新北团促成A与B签约，金坛团促成C与D签约: each deal is the team's named last before it
        by = max((t for t in teams_here if t.end <= m.start), key=lambda t: t.start, default=None)
        facts.add(by.canonical if by is not None else team, "brokered", o, span, text, 0.65, "broker-cue")
        for co in co_brokers:  # 在A和B的共同推动下: each of them
            facts.add(co.canonical, "brokered", o, span, text, 0.6, "broker-cue")
    return found_pair


# 牵线A与B对接: the broker brought the two together (both brokered; no cooperation of theirs is said yet)
_BROUGHT_TOGETHER_RE = re.compile(r"(?:牵线|促成|推动|撮合|协助|帮助|引导)[^。；;，,]{2,60}?(?:与|和|同)[^。；;，,]{2,60}?对接")
_BUILT_BEFORE_RE = re.compile(r"(?:共建|建立|建设|成立|组建|筹建|打造|设立|建成|建起)(?:了|起)?[“\"]?$")
_OPENED_AFTER_RE = re.compile(r"[”\"]?(?:正式)?(?:揭牌|成立|启用|落户|授牌|挂牌)")


def _built_by(plat: Mention, sides: list[Mention], facts: FactSet, span: tuple[int, int], text: str) -> None:
    """What building a platform together says of it: hosted by the academic sides and the firms, located
    in the places among them (an agency that is a party, 与弶港镇人民政府共建, stands for its place)."""
    for side in sides:
        party = _as_party(side)
        if not party:
            continue
        if side.cls in ("University", "AcademicUnit", "ResearchInstitute", "Enterprise"):
            facts.add(plat.canonical, "hostedBy", party, span, text, 0.6, "co-built-platform")
        elif side.cls in ("Locality", "GovernmentAgency"):
            loc = side.info.get("locality") if side.cls == "GovernmentAgency" else None
            if loc is not None and side.info.get("head") in ("政府", "人民政府"):
                place = loc.canonical or loc.text
            elif side.cls == "GovernmentAgency" and party == side.canonical:
                continue  # (由区政府联合…共同组建: the agency stands for no place named; a platform is in no agency)
            else:
                place = party
            facts.add(plat.canonical, "locatedIn", place, span, text, 0.6, "co-built-platform")


# the verbs by which a person arranges a deal (在她的对接下, 在她的积极争取下: a verb with 下)
_PERSON_BROKER_VERBS = r"牵线|促成|推动|撮合|协助|帮助|助力|引导|牵头组织|(?:对接|协调|推荐|联络|争取|奔走)下"
_PERSON_BROKER_CUE = (r"(?:还|也|又|则|更是|已|已经|曾|积极|主动|先后|成功|多次|亲自|累计|共同|共|牵头"
                      r"|(?:到任|挂职|任职)(?:以来|后)[，,]?|今年以来[，,]?)*"
                      rf"(?:{_PERSON_BROKER_VERBS})")
# a name (its home in brackets, its title) right before the cue: 李明辉还促成…, 张卫国博士牵线…,
# 顾某（江南大学生物工程学院）牵线…, …副教授殷某，促成…
_AFTER_NAME_BROKER_RE = re.compile(r"(?:[（(][^（）()，。]{1,30}[）)])?(?:副?教授|副?研究员|博士|老师)?(?:的|[，,])?"
                                   + _PERSON_BROKER_CUE)  # (在孙浩的推动下)
# a pronoun right before it, or as the cue's owner: 他促成…, 在她的牵线搭桥下…
_PRONOUN_BROKER_RE = re.compile(r"(?<![其们])(?:他|她)(?!们)(?:的)?" + _PERSON_BROKER_CUE)
_ROLE_PREFIX_RE = re.compile(r"(?:团员|团长|副团长|成员)[、，,]?")
_PERSON_BROKER_VERB_RE = re.compile(_PERSON_BROKER_VERBS + "|请到|请进|请来")
# …，牵线A与B签订…；又推动C与D共建…: the clause after a semicolon that opens on an adverb and the verb
# goes on with the person before it
_SIGNED_RE = re.compile(r"签订|签署|签约|签下")
_TABLE_ROW_RE = re.compile(r"[｜|\t][^｜|\t\n]*[｜|\t]")  # a row of a table: two cell breaks or more
_TURN_LABEL_RE = re.compile(lx.TURN_LABEL)
# 我们团, 团里, 全团: a member speaking of the whole team
_OUR_TEAM_RE = re.compile(r"我们团|我们的团|我们镇长团|团里|全团")
_A_TEAM_RE = re.compile(r"团(?!队)")  # (a team named between; not 燃料电池团队, a lab's team)
_GOES_ON_RE = re.compile(r"\s*(?:(?:又|还|并|同时|此外|另外|随后)[，,]?|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|初|中旬)?[，,]?)"
                         r"(?:还|又|先后|积极|主动|成功)*")  # (…促成项目9项；8月牵线…: a date goes on too)
# 经杭某协调，A与B签订…: the person through whom it came about
_VIA_PERSON_RE = re.compile(r"(?<![已曾])经(他|她|其|[\u4e00-\u9fff]{2,4}?)(?:的)?(?:牵线搭桥|牵线|协调|推荐|介绍|撮合|联系|对接)[，,]")
# …，均由团员、某大学副教授韩某对接促成。: the one a closing clause says arranged what the sentence tells
_BY_PERSON_AFTER_RE = re.compile(r"(?:均|都|皆|也|则|系|是)?由([^，,。；;由]{2,40}?)(?:牵线搭桥|牵线|对接|促成|推动|撮合|协调)"
                                 r"(?:促成|对接|推动|落地)?(?:的)?(?=[。；;！]|$)")
# 回到学校后，周某组织…，促成…: a clause of time or circumstance before the subject
_ADVERBIAL_OPENER_RE = re.compile(r"[^，,。；;“”\"]{0,20}?(?:后|时|中|以来|期间|之际|年来|月来)[，,]")
_EXAMPLE_OPENER_RE = re.compile(r"(?:比如|例如|譬如|其中)[，,]?")
_SUBJECT_PRONOUN_RE = re.compile(r"(?:[^，,。；;]{0,12}[，,])?(他|她)(?!们)")
# a later clause of the sentence opening on 他 or 她
_CLAUSE_PRONOUN_RE = re.compile(r"[，,](?:他|她)(?!们)")


def _co_brokers(text: str, broker: Mention, ms: list[Mention]) -> list[Mention]:
    """在许某和邹某的共同推动下: the persons listed right before the broker arranged it with them."""
    out, last = [], broker
    for m in sorted((m for m in ms if m.cls == "Person" and m.canonical and m.end <= broker.start), key=lambda m: -m.end):
        if text[m.end:last.start] not in ("和", "与", "、", "及"):
            break
        out.append(m)
        last = m
    return out


def _inside_quote(before: str) -> bool:
    """Whether the end of ``before`` is inside a quotation opened in it (a quote closed again, a
    word in quotation marks, is not)."""
    k = max(before.rfind(q) for q in "“‘「『")
    return (k >= 0 and not any(c in before[k:] for c in "”’」』")) or before.count('"') % 2 == 1


_WE_AFTER_SPEAKER_RE = re.compile(r"[:：]\s*(?:我们|咱们|全团|团队)")


# 在X团挂职期间, 在X团工作时: when the member served in the team (the team is no actor of the clause)
_SERVED_IN_TEAM_RE = re.compile(r"(?:挂职|任职|工作|服务)(?:期间|时|以来)")


# “…”公司副总经理邹某说: the one who said a quote (whom a later 在她的争取下 does not speak of, unless a member)
_QUOTED_SPEAKER_RE = re.compile(r"[”\"][^，,。；;“”\"]{0,16}$")


def _quoted_speaker(text: str, m: Mention) -> bool:
    """Whether the person ``m`` is named as the speaker of a quote before it (“…”某某说)."""
    return text.startswith(("说", "表示", "介绍", "坦言", "感慨", "告诉"), m.end) and bool(
        _QUOTED_SPEAKER_RE.search(text, max(0, m.start - 20), m.start))  # (the quote may close the sentence before)


# 在他的牵线下, 在团员某某的推动下, 经她牵线: a person arranging what the paragraph goes on to tell
_PERSON_ARRANGES_RE = re.compile(r"在(?:他|她|[^，,。；;的]{2,30}?)的(?:牵线搭桥|牵线|推动|帮助|协调|撮合|努力)(?:下|之下)"
                                 r"|经(?:他|她)(?:的)?(?:牵线搭桥|牵线|协调|推荐|介绍|撮合)")


def _carried_person_broker(text: str, s0: int, last_person: Mention) -> Mention | None:
    """The person the sentence before, in the same paragraph, says arranged what follows (在他的牵线下，学院团队
    多次来到震泽…。去年11月，A与B签订…): the deal this sentence tells is theirs to have brokered, when it names
    no team or person of its own."""
    own0 = max(text.rfind("。", 0, s0), text.rfind("\n", 0, s0)) + 1  # (after a semicolon: the whole sentence's start)
    prev0 = max(text.rfind("。", 0, own0 - 1), text.rfind("\n", 0, own0 - 1)) + 1
    if own0 < s0 and _PERSON_ARRANGES_RE.search(text, own0, s0):
        prev0 = own0  # (在他的牵线下，A与B签订…；C与D签订…: the arranging opens this very sentence, whatever is above it)
    if "\n" in text[prev0:s0] or last_person.end > s0:
        return None
    arranged = _PERSON_ARRANGES_RE.search(text, prev0, s0)
    if arranged is None or _A_TEAM_RE.search(text, prev0, s0):
        return None
    named = not _PRONOUN_LEAD_RE.match(arranged.group()) and not arranged.group().startswith("经")
    if named and not (arranged.start() <= last_person.start < arranged.end()):
        return None  # (在区科技局的推动下: no person's doing)
    return last_person


# a member's title before their name, no leader's (团员、某学院教授 …; not 团长、副团长)
_A_MEMBERS_TITLE_RE = re.compile(r"团员(?![^，,。；;]*团长)")


def _person_broker(text: str, s0: int, s1: int, ms: list[Mention], last_person: Mention | None) -> Mention | None:
    """The person who arranged the sentence's cooperation, when a person is the one said to:
    a name or a pronoun right before the broker cue, or a pronoun or name that is the
    sentence's subject (他邀请…，并推动A与B签订…) with no team or other person named before
    the cue. A pronoun is the person named last before it."""
    if "经" in text[s0:s1]:
        via = _VIA_PERSON_RE.search(text, s0, s1)
        if via is not None:  # 经杭某协调，A与B签订…; 经她牵线，…
            inside = [m for m in ms if m.cls == "Person" and via.start() < m.start and m.end <= via.end()]
            if inside:
                return inside[-1]
            if via.group(1) in ("他", "她", "其") or (last_person is not None and via.group(1) in (
                    last_person.text, last_person.canonical)):
                return last_person  # (a name after 经 is the person named before, when it is theirs)
    if "由" in text[s0:s1]:
        by = _BY_PERSON_AFTER_RE.search(text, s0, s1)
        inside = [m for m in ms if by is not None and by.start(1) <= m.start and m.end <= by.end(1)]
        if inside and inside[-1].cls == "Person" and inside[-1].end == by.end(1):
            return inside[-1]  # …，两个项目均由团员、某大学副教授韩某对接促成: the person named last before the verb
    verb = _PERSON_BROKER_VERB_RE.search(text, s0, s1)
    if verb is None:
        return None  # most sentences
    cue = _PRONOUN_BROKER_RE.search(text, s0, s1) if ("他" in text[s0:s1] or "她" in text[s0:s1]) else None
    if cue is not None:
        return last_person if not any(m.cls in ("Person", "Team") and m.end <= cue.start() for m in ms) else next(
            (m for m in reversed(ms) if m.cls == "Person" and m.end <= cue.start()), last_person)
    for m in ms:
        if m.cls == "Person" and _AFTER_NAME_BROKER_RE.match(text, m.end) and m.end <= verb.start():
            return m  # (…团先后促成A与B签约，团员X还帮助…: X is no broker of the deals before X)
    if last_person is not None and text[s0 - 1:s0] in ("；", ";") and _GOES_ON_RE.fullmatch(text, s0, verb.start()):
        prev0 = max(text.rfind("。", 0, s0 - 1), text.rfind("\n", 0, s0 - 1)) + 1
        if last_person.start >= prev0 and _PERSON_BROKER_VERB_RE.search(text, last_person.end, s0 - 1) and (
                not _A_TEAM_RE.search(text, last_person.end, s0) and not _has_cue(text[last_person.end:s0], lx.SPEECH_VERBS)):
            return last_person  # (the person who arranged the deal before the semicolon, in its sentence)
    # (罗某鸣（某团团员，…）：到任后，我…帮助…: a transcript's turn label is no subject of the clause)
    label = _TURN_LABEL_RE.match(text, s0) if text[s0 - 1:s0] in ("", "\n") or s0 == 0 else None
    if label is not None and any(m.cls == "Person" and m.start == label.start(1) for m in ms):
        s0 = label.end()
    before = text[s0:verb.start()]
    if _inside_quote(before) or _has_cue(before, lx.SPEECH_VERBS) or _WE_AFTER_SPEAKER_RE.search(before):
        # 周明介绍，“…促成…”: what they said, not what they did (but 她回学校“搬救兵”，促成…); 某某（…团长…）：我们推动…:
        # an interview's answer, where 我们 is the team
        return None
    if any(m.cls == "Team" and s0 <= m.start and m.end <= verb.start() and not TEAM_ROLE_AFTER_RE.match(text, m.end)
           and not _SERVED_IN_TEAM_RE.match(text, m.end) for m in ms):
        return None  # (X团团长、某大学教授钟某…，牵线…: the team is his title; but 某某在X团挂职期间，…促成…: his)
    persons = [m for m in ms if m.cls == "Person" and s0 <= m.start and m.end <= verb.start()]
    if persons and (lead := LEADS_THE_TEAM_RE.search(text, persons[-1].end, verb.start())) is not None and not (
            lead.group().endswith("团队") and _A_MEMBERS_TITLE_RE.search(text, max(s0, persons[-1].start - 24), persons[-1].start)):
        return None  # 团长周某…，他带领团员走访…，促成…: the team, with its leader at its head
        # (but 团员、某学院教授阮某带领团队驻厂攻关，推动…: a member's own research group)
    subject = _SUBJECT_PRONOUN_RE.match(text, s0, verb.start())
    if subject is not None and not persons:
        return last_person
    if persons and _CLAUSE_PRONOUN_RE.search(text, persons[-1].end, verb.start()):
        return persons[-1]  # 来自…的团员韦某挂职…，他把…带到…，促成A与B签订…: the person the pronoun is
    # (📍七都｜韩某微对接…，推动…; | 任某 | 某研究所 | …推动…: a heading's or a cell's bar opens a clause)
    c = max(s0, max(text.rfind(ch, s0, persons[0].start) for ch in "，,｜|") + 1) if persons else s0
    opening = s0  # where the subject may begin: past an example's opener (比如团员、某大学副教授鲍某，…促成…)
    if (example := _EXAMPLE_OPENER_RE.match(text, s0)) is not None and persons and example.end() <= persons[0].start:
        opening = example.end()
    if len(persons) == 1 and (persons[0].start in (opening, c) or _ROLE_PREFIX_RE.fullmatch(text, opening, persons[0].start)
                              or titles_only(text, opening, persons[0].start, ms) or titles_only(text, c, persons[0].start, ms)
                              or (c < persons[0].start and TITLE_WORDS_RE.fullmatch(text, c, persons[0].start))
                              or _ADVERBIAL_OPENER_RE.fullmatch(text, opening, persons[0].start)) and (
            text[persons[0].end:persons[0].end + 1] not in "：:"):  # (陈立平：我们…促成…: a speaker, and 我们 did it)
        return persons[0]  # 李明辉邀请…，并推动A与B签订…; 团员唐国东主动对接…，促成…
    return None


def _built_here(text: str, s0: int, m: Mention) -> bool:
    """Whether ``m`` is a platform the sentence says is being built (共建X, 建立了“X”): the
    thing the parties make, not one of them."""
    if m.cls != "Platform":
        return False
    if text.startswith(("由", "：由", ":由"), m.end):  # 研究院由A、B、C三方共同建设; a glossary's X：由A联合B共同组建的…
        c_hi = min((k for k in (text.find(ch, m.end) for ch in "，,。；;") if k >= 0), default=len(text))
        if _has_cue(text[m.end:c_hi], lx.PLATFORM_CUES + ("建设",)):
            return True
    before = text[max(s0, m.start - 8):m.start].rstrip(lx.OPEN_QUOTES)
    if before.endswith(("了", "的")):
        before = before[:-1]  # 建立了科技示范基地, 共建的…中心
    return before.endswith(lx.PLATFORM_CUES)


_TEAM_BRANCH_RE = re.compile(r"(?:临时)?(?:党支部|党总支|党委|功能型党支部)")
_TEAM_BODY_RE = re.compile(r"(?:临时)?(?:党支部|党总支|党委|全体成员|全体团员)?"
                           r"(?:自成立以来|成立以来|，|,|已经|已|先后|还|也)*(?:与|和|同)")


# 团临时党支部 opening a clause with no team named: the sentence's team, read as a mention of it
_BARE_BRANCH_RE = re.compile(r"(?:(?<=[，,：:。；;\n])|^)团(?=(?:临时)?(?:党支部|党总支))")


def _team_pairs(text: str, s0: int, s1: int, ms: list[Mention], team: str | None = None) -> list[tuple[str, Mention]]:
    """(team, party) where a named team (or its party branch, or a bare 团临时党支部 for ``team``)
    stands left of 与 and the clause states a cooperation with the parties right of it."""
    out = []
    bare = [Mention(b.start(), b.end(), b.group(), "Team", "bare-branch", 0.5, canonical=team)
            for b in _BARE_BRANCH_RE.finditer(text, s0, s1)] if team and "党" in text[s0:s1] else []
    for t in [*ms, *bare]:
        if t.cls != "Team" or not t.canonical:
            continue
        if text.startswith(lx.NO_PAIRING_CUES, t.end):
            out += _respective_team_pairs(text, s1, ms, t)
            continue
        conn = _TEAM_BODY_RE.match(text, t.end, min(s1, t.end + 16))
        if conn is None:
            continue
        c_lo, c_hi = _clause_bounds(text, t.end, s0, s1)
        if not _has_cue(text[c_lo:s1], lx.COOPERATION_CUES):
            continue
        first = next((m for m in ms if 0 <= m.start - conn.end() <= 1 and m.cls in BROKERED_CLASSES), None)
        if first is None:
            continue
        out.append((t.canonical, first))
        last = first  # …已与A学院党委、B研究所党支部等建立结对共建关系: each listed party
        for m in sorted((m for m in ms if m.start >= first.end and m.cls in BROKERED_CLASSES), key=lambda m: m.start):
            gap = text[last.end:m.start]
            if len(gap) <= 4 and gap.lstrip("党委支部总").strip() in ("、", "和", "及", "") and gap:
                out.append((t.canonical, m))
                last = m
            else:
                break
    return out


def _respective_team_pairs(text: str, s1: int, ms: list[Mention], last: Mention) -> list[tuple[str, Mention]]:
    """宿城区团、沭阳县团分别与江南大学、扬州大学共建…: each team with the party in its place;
    lists of unequal length pair nothing."""
    teams = [last]
    for m in sorted((m for m in ms if m.cls == "Team" and m.canonical and m.end <= last.start), key=lambda m: -m.end):
        if text[m.end:teams[-1].start] in ("、", "和", "及"):
            teams.append(m)
        else:
            break
    parties: list[Mention] = []
    pos = last.end + len(lx.NO_PAIRING_CUES[0])
    for m in sorted((m for m in ms if m.start >= pos and m.cls in BROKERED_CLASSES), key=lambda m: m.start):
        if text[pos:m.start] not in (("",) if not parties else ("、", "和", "及")):
            break
        parties.append(m)
        pos = m.end
    if len(teams) < 2 or len(teams) != len(parties) or not _has_cue(text[pos:s1], lx.COOPERATION_CUES):
        return []
    return [(t.canonical, p) for t, p in zip(reversed(teams), parties)]


_SETTLED_RE = re.compile(r"(?:注册|正式|成功|相继|先后)?(?:落户|入驻)(?=[，,。；;、]|$)")


# 中心选址丁蜀镇, 该平台落户某园区: where the platform the sentence speaks of is to stand
_SITED_RE = re.compile(r"(?:该|这个|此|这一)?(?:中心|平台|基地|实验室|研究院|工作站|站|飞地)(?:将|拟|已|正式)?"
                       r"(?:选址|落户|设在|建在)(?:于|在)?")


def _platform_sited(text, s0, ms, last_platform, facts, span) -> None:
    """…共同建设“某某创新中心”，中心选址丁蜀镇: the platform named last (in the sentence, else before it)
    is in the place the siting names."""
    for m in _SITED_RE.finditer(text, s0, span[1]):
        place = next((p for p in ms if p.cls == "Locality" and p.start == m.end() and p.canonical), None)
        platform = next((p for p in reversed(ms) if p.cls == "Platform" and p.canonical and p.end <= m.start()),
                        last_platform)
        if place is not None and platform is not None and platform.canonical:
            facts.add(platform.canonical, "locatedIn", place.canonical, span, text, 0.7, "platform-sited")


def _settled_here(text, ms, place, names, facts, span) -> None:
    """招引X、Y注册落户，…: companies that settle without a place named settle in the team's."""
    if place is None or place.name not in names:
        return
    for m in ms:
        if m.cls not in ("Enterprise", "Platform") or not m.canonical or not _SETTLED_RE.match(text, m.end):
            continue
        group = [m]  # and the names listed before it settle too (X、Y注册落户)
        for prev in sorted((p for p in ms if p.end <= m.start and p.cls == m.cls and p.canonical), key=lambda p: -p.end):
            if text[prev.end:group[-1].start] in ("、", "和", "及", "与"):
                group.append(prev)
            else:
                break
        for g in group:
            facts.add(g.canonical, "locatedIn", place.name, span, text, 0.55, "settled-here")


_FOUND_DURING_RE = re.compile(r"(?:过程)?中[，,]?(?:团员们?|成员们?|我们|他们|他|她)?(?:发现|了解到)[，,]?")
# a sentence opening on 他/她 who leads the team (他带领团员上门走访…, 她还率领部分团员…)
_PRONOUN_LEADS_RE = re.compile(r"[ \u3000]*(?:他|她)(?:还|也|又|先后|多次|亲自|随即)*" + LEADS_THE_TEAM_RE.pattern)
# 她已走访…: a pronoun (and adverbs) right before a visit cue
_PRONOUN_BEFORE_CUE_RE = re.compile(r"(?<![其])(?:他|她)(?:还|也|又|已|已经|先后|多次|曾|亲自|积极|主动|共|累计|在)*$")
# 这位南京理工大学的博士挂职…，到任不久走访…: the person named last, described
# (a sentence opening on 他 or 她 is about that person too: 他聚焦…，多次上门服务X)
_THIS_PERSON_RE = re.compile(r"(?:这位|这名|该名|(?:他|她)(?![们]))")


def _about_this_person(text: str, s0: int, cpos: int) -> bool:
    """Whether the sentence opens on the person named before (这位…, 他…) as the one who makes the
    visit whose cue ends at ``cpos``: not when they lead the team there (他带领团员走访: the
    team's visit) or tell of it (他告诉记者，团队…走进…)."""
    this = _THIS_PERSON_RE.match(text, s0)
    return this is not None and not text.startswith(("带领", "带队", "率队", "率领"), this.end()) \
        and not _has_cue(text[this.end():cpos], lx.SPEECH_VERBS)


def _coordinated_persons(text: str, first: Mention, ms: list[Mention]) -> list[Mention]:
    """``first`` and the persons joined to it by 、/和/与/及 (赵某、王某陪同…): one subject."""
    party = [first]
    for m in ms:
        if m.cls == "Person" and m.start > party[-1].end - 1 and m is not first:
            if text[party[-1].end:m.start] not in ("、", "和", "与", "及"):
                break
            party.append(m)
    return party


def _row_first_cell_team(text: str, resolved, pos: int) -> str | None:
    """The team whose cell opens the table row that holds ``pos`` (｜姜堰团｜韩某（团长）｜…): the team of the
    member named in that row."""
    row_start = text.rfind("\n", 0, pos) + 1
    if not any(ch in text[row_start:pos] for ch in "|｜\t"):
        return None
    return next((t.canonical for t in resolved.starting_in(row_start, pos) if t.cls == "Team" and t.canonical
                 and not text[row_start:t.start].strip(" \u3000|｜") and TABLE_CELL_BREAK_RE.match(text, t.end)), None)


def _is_member(person: str, facts: FactSet) -> bool:
    return any(k[0] == person and k[1] in ("memberOf", "leads") for k in facts.facts)


_ACCOMPANIED_RE = re.compile(r"在[^，,。；;]{1,30}?陪同下")
# a guest's party after the guest's name: 一行, 等专家, 等人
_GUEST_PARTY_RE = re.compile(r"一行|等(?:[一二三四五六七八九十\d]+[名位])?(?:专家|人|同志|领导|嘉宾)")


_CLAUSE_PRONOUN_OPEN_RE = re.compile(r"(?<=[，,；;：:])(?:他|她)(?![们])")


def _pronoun_opens_clause_before(text: str, s0: int, at: int, ms: list[Mention]) -> bool:
    """Whether a clause of the sentence before ``at`` opens on 他 or 她, and no one else is named or
    speaks from there to ``at`` (…说，到任第一个月，他就拿着地图挨家拜访，先后走访X: his visit)."""
    k = max((m.start() for m in _CLAUSE_PRONOUN_OPEN_RE.finditer(text, s0, at)), default=-1)
    return k >= 0 and not any(m.cls in ("Person", "Team") and k <= m.start < at for m in ms) and not _has_cue(
        text[k:at], lx.SPEECH_VERBS) and not LEADS_THE_TEAM_RE.search(text, k, at)


def _visitor(text, s0, ms, team, cpos, cue_len, last_person, facts, last_guest=None, protagonist=None,
             section=None) -> list[str]:
    """Who made the visit whose cue ends at ``cpos``: a person right before it (a bracket after the
    name aside), else the team named before it, else the sentence's team; a member who leads the
    team there (团长X带队走访…) visits with it; a bare 一行 is the guest whose party it is."""
    persons = [m for m in ms if m.cls == "Person" and m.end <= cpos and cpos - _after_bracket(text, m.end) < 8]
    if not persons and last_guest is not None and (party := last_match(_BARE_PARTY_RE, text, s0, cpos)) is not None \
            and not any(m.cls in ("Person", "Team") and party.end() <= m.start < cpos for m in ms):
        return [last_guest.canonical]  # 副校长许某一行走访了A。随后，一行来到B: the guest's party again
    if not persons and team is not None and (lead := _PRONOUN_LEADS_RE.match(text, s0)) is not None and (
            lead.end() <= cpos - cue_len and not any(m.cls in ("Person", "Team") and m.end <= cpos for m in ms)
            and not any(ch in text[lead.end():cpos] for ch in "，,：:“\"")):
        said = next((m for m in reversed(ms) if m.cls == "Person" and m.end <= cpos), last_person)
        if said is not None:  # 他带领团员上门走访X: the team visits, the member before at its head
            return [team, said.canonical]
    if not persons and (_PRONOUN_BEFORE_CUE_RE.search(text, max(s0, cpos - cue_len - 10), cpos - cue_len)
                        or (_about_this_person(text, s0, cpos)
                            and not any(m.cls in ("Person", "Team") and m.end <= cpos for m in ms))
                        or _pronoun_opens_clause_before(text, s0, cpos - cue_len, ms)):
        said = next((m for m in reversed(ms) if m.cls == "Person" and m.end <= cpos), last_person)
        persons = [said] if said is not None else []
    # 金某一行在某县科技镇长团陪同下，走访了…: the guest's party visits, whoever goes with it
    if (accompanied := _ACCOMPANIED_RE.search(text, s0, cpos)) is not None:
        guest = next((m for m in reversed(ms) if m.cls == "Person" and m.end <= accompanied.start()
                      and _GUEST_PARTY_RE.match(text, m.end)), None)
        with_team = next((m for m in ms if m.cls == "Team" and m.canonical
                          and accompanied.start() <= m.start < accompanied.end()), None)
        with_member = [m for m in ms if m.cls == "Person" and accompanied.start() <= m.start < accompanied.end()]
        if guest is not None and with_member and with_team is not None:
            # 郑某等专家在镇长团团员、…蒋某陪同下走访了…: the guest and the member who goes along
            return [guest.canonical, with_member[-1].canonical]
        if guest is not None:  # (and a team that goes with it visits too)
            return [guest.canonical] + ([with_team.canonical] if with_team is not None else [])
    # a team named as a member's title (阜宁团团员、…赵军子) is no subject of its own
    teams_before = [m for m in ms if m.cls == "Team" and m.end <= cpos and not TEAM_ROLE_AFTER_RE.match(text, m.end)]
    if persons and "陪同" in text[persons[-1].end:cpos]:
        # 副校长沈某一行在赵某陪同下走访了…: the guest visits, whom the member goes with
        guest = next((m for m in ms if m.cls == "Person" and m.end < persons[-1].start
                      and text.startswith("一行", m.end)), None)
        if guest is not None:
            return [guest.canonical]
    if not persons:  # 阜宁团团员、…教授赵军子来到阜城街道，调研X: the sentence's one person did
        actor = next((m for m in ms if m.cls == "Person"), None)
        if (actor is not None and actor.end <= cpos and text.startswith("一行", actor.end)
                and not _is_member(actor.canonical, facts)
                and not any(m.cls in ("Person", "Team") and actor.end <= m.start < cpos for m in ms)):
            return [actor.canonical]  # 副校长许某一行还走访了…，先后来到X: a guest visits
        if (actor is not None and actor.end <= cpos and text.startswith(("带队", "率队"), actor.end)
                and not _is_member(actor.canonical, facts) and not teams_before
                and not any(m.cls in ("Person", "Team") and actor.end <= m.start < cpos for m in ms)):
            return [actor.canonical]  # 副校长戈某带队赴海安市，走访了…: a guest heads the party, no member
        lead = LEADS_THE_TEAM_RE.match(text, actor.end) if actor is not None and actor.end <= cpos else None
        if (lead is not None and lead.end() <= cpos
                and not any(m.cls in ("Person", "Team") and lead.end() <= m.start < cpos for m in ms)):
            # 团长X带领团员(赴…)走访…: the team visits, its leader at its head (as with 带队)
            return [teams_before[-1].canonical if teams_before else team, actor.canonical] if (
                teams_before or team) else [actor.canonical]
        if (actor is not None and actor.end <= cpos and not teams_before
                and _BRINGS_EXPERTS_RE.match(text, actor.end, cpos)
                and not any(m.cls in ("Person", "Team") and actor.end <= m.start < cpos for m in ms)):
            return [actor.canonical]  # 团员祁某带领某学院专家走访X: the member who brings them visits
        party = _coordinated_persons(text, actor, ms) if actor is not None else []
        last = party[-1] if party else None
        if (last is not None and last.end <= cpos and not teams_before
                and not text.startswith(("带领", "带队", "率队", "率", "一行"), last.end)  # (…带领团员走访: the team)
                and not any(m.cls in ("Person", "Team") and last.end <= m.start < cpos for m in ms)
                and not _has_cue(text[last.end:cpos], lx.SPEECH_VERBS)
                and not _inside_quote(text[last.end:cpos]) and not any(ch in text[last.end:cpos] for ch in "：:")):
            if len(party) > 1:
                return [m.canonical for m in party]  # 会后，赵某、王某陪同专家走访了…: each of them
            persons = [actor]  # (蒋某牵头组织“某某行”，带着专家团队走访了…: a closed quote is no speech)
    if persons and text.startswith(("带领下", "率领下", "的带领下", "的率领下"), persons[-1].end) and (
            teams_before or team) and _is_member(persons[-1].canonical, facts):
        # 团员们在孙某带领下走访了…: the team visits, the member at its head
        return [teams_before[-1].canonical if teams_before else team, persons[-1].canonical]
    if persons and not ((text.startswith(("带队", "率队", "一行"), _after_bracket(text, persons[-1].end))
                         or LEADS_THE_TEAM_RE.match(text, _after_bracket(text, persons[-1].end)))  # (团长X带领团员走访了…)
                        and (teams_before or team) and _is_member(persons[-1].canonical, facts)):
        party = [persons[-1]]
        for m in reversed([m for m in ms if m.cls == "Person" and m.end <= persons[-1].start]):
            if text[m.end:party[-1].start] not in ("、", "和", "与", "及"):
                break
            party.append(m)  # 魏某、黎某一行调研了…, 梁某和祁某来到…: each of the party
        return [m.canonical for m in reversed(party)]  # (校党委书记X一行走访…: a guest, not the team, visits)
    if persons:  # 团长…毛罕平带队，先后走访了…: the team visits, its leader at its head
        return [teams_before[-1].canonical if teams_before else team, persons[-1].canonical]
    if (not teams_before and text[cpos - cue_len - 1:cpos - cue_len] == "在"
            and (after := _named_after_the_visit(text, cpos, ms)) is not None):
        return [after.canonical]  # 在走访X时，董某发现…: the person the main clause names
    if teams_before:
        return [teams_before[-1].canonical]
    if protagonist is not None and text[cpos - cue_len - 1:cpos - cue_len] == "在" and not any(
            m.cls == "Team" for m in ms):
        return [protagonist.canonical]  # a member's profile: 在走访X时，… with no one named is the member's visit
    if section is not None and not any(m.cls in ("Person", "Team") and m.end <= cpos for m in ms):
        return [section.canonical]  # (a member's own section: 4次组织企业赴某研究院对接)
    if protagonist is not None and _DATED_ENTRY_RE.fullmatch(text, s0, cpos - cue_len):
        return [protagonist.canonical]  # a member's diary: 10月8日　走访X (the entry's writer)
    return [team] if team is not None else []


# 带领河海大学某学院专家, 带着学院团队: a member bringing experts from a school (not 带领团员: the team)
_BRINGS_EXPERTS_RE = re.compile(r"(?:多次|先后|还|又)?(?:带领|带着)(?!团员|全团|成员)[^，,。；;]{0,24}?"
                                r"(?:专家|教授|团队|课题组|师生|老师)")


# a diary entry's date and nothing else before its verb (10月8日　走访…, 10月12日　陪同…到)
_DATED_ENTRY_RE = re.compile(r"[ \u3000]*(?:\d{1,2}月\d{1,2}日|\d{1,2}日)(?:上午|下午|晚上)?[ \u3000，,：:]*(?:再次|又|先后|专程)?"
                             r"(?:(?:带|带着|陪同)[^，,。；;]{1,14}?)?")  # (10月24日　带某公司技术负责人赴…)


# the team or a group acting in a sentence of a member's section: not the member alone
_SECTION_GROUP_RE = re.compile(r"全团|团员们|成员们|该团|我团|本团|镇长团|我们|大家|各团|带队|率队|带领下|率领下"
                               r"|(?<!集)团(?:先后|累计|共|还|已|积极|主动)")  # (高新区团先后对接…)


_WHILE_ENDS_RE = re.compile(r"(?:时|中|期间|过程中)[，,]")


def _named_after_the_visit(text: str, cpos: int, ms: list[Mention]) -> Mention | None:
    """The person who opens the main clause after 在<cue>…时，(with their titles before the name:
    时，团员、某大学副教授董某发现…): the subject of the visit."""
    m = next((m for m in ms if m.cls in ("Person", "Team") and m.start > cpos), None)
    if m is None or m.cls != "Person":
        return None
    w = last_match(_WHILE_ENDS_RE, text, cpos, m.start)
    if (w is None or any(ch in text[cpos:w.start()] for ch in "，,。；;") or m.start - w.end() > 24
            or any(ch in text[w.end():m.start] for ch in "，,。；;：:")):
        return None
    if _HOST_TITLE_RE.search(text, w.end(), m.start) or _TO_THE_VISITOR_RE.match(text, m.end):
        return None  # 在走访X时，总经理申某向他倒起了“苦水”: the host, not the visitor
    return m


# a title that makes the person the visited firm's own (总经理, 董事长 …); what a host does to the visitor
_HOST_TITLE_RE = re.compile(r"总经理|董事长|负责人|厂长|总裁|经理|总工|技术总监|研发总监|创始人|企业主|老板|技术部长")
_TO_THE_VISITOR_RE = re.compile(r"(?:就|便|当即|主动)?(?:向|对|跟|给)(?:他|她|团员|团队|我们)")


def _after_bracket(text: str, pos: int) -> int:
    """Where a bracket that opens at ``pos`` closes (许某（江南大学…副教授）多次走访), else ``pos``."""
    if text[pos:pos + 1] not in ("（", "("):
        return pos
    close = text.find("）" if text[pos] == "（" else ")", pos, pos + 40)
    return close + 1 if close > 0 else pos


# 走访了位于邳州经济开发区的X, 走访了戴南镇的X: a place's firm
_PLACE_OF_RE = re.compile(r"了?(?:位于|地处)?")


def _place_of_gap(text: str, lo: int, hi: int, ms: list[Mention]) -> bool:
    """Whether ``text[lo:hi]`` is (了)(位于)<a place>的: the place of the name that follows."""
    if text[hi - 1:hi] != "的":
        return False
    k = _PLACE_OF_RE.match(text, lo).end()
    return any(m.start == k and m.end == hi - 1 and m.cls == "Locality" for m in ms)


# 走访了区内企业X, 走访江北新区某某产业园内的X, 走访位于某镇的X, 走访入驻某园的X: where the
# firm visited is, or what kind it is, between the cue and its name (a place's name has no
# preposition or verb in it: 在走访中把目标锁定在某镇的X is no such place)
_VISITED_WHERE_RE = re.compile(
    r"了?(?:(?:位于|地处|坐落于|坐落在|入驻|落户)?[^，,；;。：:、\n“”\"（）()在把为将对与和给向站放到从于时第中的了]{0,20}?"
    r"(?:开发区|高新区|园区|产业园|科技园|[区园镇城港村乡谷]|街道|BAY)(?:内|里|上)?的?)?"
    rf"(?:{lx.FIRM_KIND}*(?:企业|公司)[:：]?)?")


# 走访主营高性能复合材料的X, 走访专注于工业视觉的X: what the firm visited makes, before its name
_VISITED_TRADE_RE = re.compile(r"了?(?:主营|主要生产|专业生产|专注于?|致力于|从事|生产|研发)[^，,；;。：:、\n“”\"（）()]{1,16}?的")


def _visited_where_gap(text: str, lo: int, hi: int, ms: list[Mention]) -> bool:
    """Whether ``text[lo:hi]``, between a visit's cue and a name, only says where or what the named
    body is (了区内企业, 园区内的, 入驻某园的, 主营…的), with no other body named in it."""
    if hi - lo <= 1:
        return False
    if _VISITED_TRADE_RE.fullmatch(text, lo, hi):  # (a field may be named in what it makes)
        return not any(lo <= m.start < hi and m.cls not in ("Locality", "Field") for m in ms)
    return (_VISITED_WHERE_RE.fullmatch(text, lo, hi) is not None
            and not any(lo <= m.start < hi and m.cls != "Locality" for m in ms))


# 在X调研时, 到X走访调研: the place visited before the cue
_VISIT_AFTER_PLACE_RE = re.compile(r"(?:(?:生产)?车间|厂区|现场|生产线|一线)?(?:开展|进行|实地)?(?:走访|调研|考察|参观|蹲点|驻点)")
_AT_BEFORE_PLACE = ("在", "到", "来")  # (带队来公司调研: came to the firm)
_NOT_GO_TO = frozenset("得受达收看找想做遇感提回来")  # 得到, 受到, 来到 (a cue of its own)…
# what before 来 makes a word of it (原来, 以来, 起来, 带来), not a coming
_NOT_COME = frozenset("原本未后以从将近起出下过上回带看")


# 一行 opening a clause with no one named before it: the party of the guest named last with 一行
_BARE_PARTY_RE = re.compile(r"(?:^|(?<=[，,。；;\n]))\s*(?:随后|之后|接着|此后|当天|下午|上午|最后)?[，,]?\s*一行")


# 下一步将尽快走访…, 计划组织企业走进…: a visit still to come
_PLANNED_VISIT_RE = re.compile(_PLANNED_RE.pattern + r"|下一步|下阶段|今后|明年")


def _planned_visit(text: str, cue_at: int, s0: int) -> bool:
    """Whether the visit cue at ``cue_at`` says what is planned (将/拟/下一步… before it in its clause)."""
    return _PLANNED_VISIT_RE.search(text, _clause_bounds(text, cue_at, s0, cue_at)[0], cue_at) is not None


def _visits(text, sent, s0, ms, team, facts, span, last_person=None, last_guest=None, protagonist=None,
            section=None) -> None:
    if not _has_cue(sent, lx.VISIT_CUES):
        return  # most sentences: one scan instead of a find per cue
    for m in ms:
        if (m.cls in ORG_CLASSES - {"GovernmentAgency"} and m.start - 1 > s0
                and text[m.start - 1] in _AT_BEFORE_PLACE and text[m.start - 2] not in _NOT_GO_TO
                and not (text[m.start - 1] == "来" and text[m.start - 2] in _NOT_COME)
                and _VISIT_AFTER_PLACE_RE.match(text, m.end)):
            for subject in _visitor(text, s0, ms, team, m.start - 1, 1, last_person, facts, last_guest):
                facts.add(subject, "visited", m.canonical, span, text, 0.65, "visit-place-before-cue")
    for cue in lx.VISIT_CUES:
        idx = sent.find(cue)
        while idx >= 0:
            cpos = s0 + idx + len(cue)
            planned = _planned_visit(text, s0 + idx, s0)  # (a visit still to come has no visitor)
            for subject in [] if planned else _visitor(text, s0, ms, team, cpos, len(cue), last_person, facts,
                                                       last_guest, protagonist, section):
                during = _FOUND_DURING_RE.match(text, cpos)  # 在走访中，团员发现X、Y等企业…: X and Y
                at = during.end() if during else cpos
                c_end = _clause_bounds(text, at, s0, s0 + len(sent))[1]
                # 走访了新沂市科技局和江苏某某…: an agency first (no place visited, as writers count
                # visits) and the firms listed after it
                first = at
                agency = next((a for a in ms if a.cls == "GovernmentAgency" and at <= a.start <= at + 4
                               and not any(ch in text[at:a.start] for ch in "，,；;。")), None)
                if agency is not None and text[agency.end:agency.end + 1] in ("和", "、", "及"):
                    first = agency.end + 1
                for m in ms:
                    # (看望慰问我校挂职干部: the staff are visited, not their university)
                    if m.cls in ORG_CLASSES - {"GovernmentAgency"} and at <= m.start and not _before_role(text, m.end) and (
                            (m.start <= first + 4 and not any(ch in text[at:m.start] for ch in "，,；;。"))
                            or _place_of_gap(text, at, m.start, ms) or _VISITED_KIND_RE.fullmatch(text, at, m.start)
                            or _visited_where_gap(text, at, m.start, ms)):
                        # the first object and any list that follows it (not past a clause's end:
                        # …调研，协调X与Y共建…: X is no place visited)
                        facts.add(subject, "visited", m.canonical, span, text, 0.7, f"visit-cue:{cue}")
                        last = m
                        if text[m.start - 1] in ":：":  # (…企业：A、B: the list runs on past the colon)
                            c_end = _clause_bounds(text, m.start, s0, s0 + len(sent))[1]
                        for n in ms:
                            if n.start >= last.end and n.start < c_end and n.cls in ORG_CLASSES - {"GovernmentAgency"}:
                                gap = text[last.end:n.start]
                                if (len(gap) <= 2 and all(ch in "、，,和及" for ch in gap)) or (
                                        gap[:1] in ("、", "和", "及") and _place_of_gap(text, last.end + 1, n.start, ms)):
                                    facts.add(subject, "visited", n.canonical, span, text, 0.65, f"visit-cue:{cue}")
                                    last = n
                        break
            idx = sent.find(cue, idx + 1)


# 重点走访区内企业：A、B: the kind of firm visited, then a colon and the list
_VISITED_KIND_RE = re.compile(rf"了?{lx.FIRM_KIND}*(?:企业|公司)[:：]")


_TEAM_WORD_RE = re.compile(r"团队|全团|本团|该团|团里|本批团员|团员们")


_PLATFORM_WORD_RE = re.compile(r"(?:该|这一|这个|此)?(研究院|研究所|分中心|中心|实验室|基地|工作站|联盟)")


_FIELD_LIST_END_RE = re.compile(lx.FIELD_LIST_END)
_SPEAKER_OPENS_RE = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{2,4}[：:]")
_SCHOOL_WORD_RE = re.compile(r"(?:充分)?(?:发挥|依托|利用|结合)?(?:学校|我校|本校)(?![\u4e00-\u9fff]{0,4}(?:科技镇长团|挂职|干部|教师|专家|团队))")


# 把学校在智能制造、新材料等领域的科研优势…: the university's own strengths, wherever in the clause
_SCHOOL_STRENGTH_RE = re.compile(r"(?:学校|我校|本校)(?:在|的)")
_FOCUS_VERBS = ("围绕", "紧扣", "聚焦", "立足", "服务", "结合", "对接")
_FOCUS_BEFORE_PLACE_RE = re.compile(r"[^，,。；;]{0,6}?(?:" + "|".join(_FOCUS_VERBS) + r")(?:区内|县内|市内|镇内|全区|全县|全市|本地|当地)?")
# the industries of the place a team serves: 全县…四大主导产业, 全市…等特色产业
_PLACE_INDUSTRY_RE = re.compile(r"全[县市区镇]|[一二两三四五六七八九十]大|主导产业|特色产业|支柱产业|优势产业|产业集群")


def _team_and_place_fields(text, c0, c1, team, f, facts, span) -> None:
    """A team's field that its clause calls the place's industry (全县…主导产业) is the place's too,
    and a place's industry a team works on (团…围绕邳州市A产业) is the team's too."""
    place = next((k[2] for k in facts.facts if k[0] == team and k[1] == "servesIn"), None)
    if place is None or not _PLACE_INDUSTRY_RE.search(text, c0, c1):
        return
    facts.add(team, "hasField", f.canonical, span, text, 0.5, "field-team-place")
    facts.add(place, "hasField", f.canonical, span, text, 0.5, "field-team-place")


_LED_BY_AFTER_RE = re.compile(r"为(?:代表|主|重点|龙头|核心|引领|主体)的[^，,。；;]{0,8}?(?:产业|行业)")


def _agency_subject(text: str, s0: int, pos: int, ms: list[Mention], kinds: tuple[str, ...]) -> Mention | None:
    """The government body the sentence opens with as its subject (2024年，县科技局在…下，紧扣…), when no
    other body that can have a field is named between it and ``pos``."""
    first = next((m for m in ms if m.end <= pos and (m.cls in kinds or m.cls in ("GovernmentAgency", "Person"))), None)
    if first is None or first.cls != "GovernmentAgency" or not first.canonical:
        return None
    lead = text[s0:first.start]
    return first if len(lead) <= 8 and not any(ch in lead for ch in "的与和及") else None


def _fields(text, s0, ms, team, facts, span, ctx=None, last_platform=None, home=None) -> None:
    """hasField: a field named as a focus or strength of the entity the clause is about
    (研究院将围绕煤矿装备…: the platform named last, when the sentence opens with its kind; 学校将
    依托在化工、新材料等领域的学科优势: ``home``, the university whose news the article is)."""
    fields = [m for m in ms if m.cls == "Field"]
    if not fields:
        return
    sentence = text[span[0]:span[1]]
    for f in fields:
        of = f.info.get("of")
        if of is not None and of.canonical and f.canonical:
            facts.add(of.canonical, "hasField", f.canonical, span, text, 0.65, "field-industry-of")
            continue  # 建湖高新区以石油装备…为主导产业: the place's
        from_list = f.rule.startswith("field-") or bool(f.info.get("listed"))
        c0, c1 = _clause_bounds(text, f.start, s0, span[1])
        clause = text[c0:c1]
        if not from_list and (f.canonical in lx.ACTIVITY_FIELDS or not _has_cue(clause, lx.FIELD_CUES)):
            continue
        after = text[f.end:f.end + 2]
        if not from_list and after and after[0] not in "、，,。；;：:等和及与”\"）)的两三四五六七八九十型" and not after.startswith(
                ("产业", "领域", "方向", "集群", "行业", "赛道", "学科", "专业", "技术", "相关", "类", "方面",
                 "作为")) and not (  # (把新能源、生态农业作为主攻方向)
                f.text.endswith(("产业", "行业"))) and not _FIELD_LIST_END_RE.match(text, f.end) and not (
                text[f.start - 1:f.start] == "以" and _LED_BY_AFTER_RE.match(text, f.end)):
            # (以电子信息为代表的新兴产业: the field leads the industries)
            # (…、生物医药产业做好服务: the name holds its 产业; …、新材料是三大主导产业: a list's end)
            continue  # 船舶 inside 苏南国家船舶海工科技成果产业化基地 is part of a longer name
        before = text[s0:f.start]
        if any(m.cls in ("ResearchInstitute", "AcademicUnit") and s0 <= m.start and m.end <= f.start
               and text.startswith(("在", "的"), m.end) and not any(ch in text[m.end:f.start] for ch in "，,。；;：:")
               and not any(o.cls != "Field" and o.start >= m.end and o.end <= f.start for o in ms)
               for m in ms):
            continue  # 宁波材料所在新材料、新能源等领域积累了…: an institute's strength (no field of its kind), no one else's
        kinds = ("University", "Enterprise", "Locality", "Team", "Platform")
        in_clause = [m for m in ms if c0 <= m.start and m.end <= f.start and m.cls in kinds
                     and not _before_role(text, m.end)]
        opener = [m for m in ms if m.start - s0 <= 3 and m.cls in kinds and m.end <= f.start
                  and not _before_role(text, m.end)]
        # a university named only as someone's employer (南通大学副教授钱伟) is not the subject
        earlier = [m for m in ms if m.end <= f.start and m.cls in kinds
                   and not _before_role(text, m.end) and not _in_came_from_list(text, s0, m)]
        city_word = max(before.rfind("全市"), before.rfind("我市"))
        nearest = max(earlier, key=lambda m: m.end) if earlier else None
        w0 = s0
        if (speaker := _SPEAKER_OPENS_RE.match(text, s0)) is not None and any(
                m.cls == "Person" and m.start == s0 + len(speaker.group()) - len(speaker.group().lstrip(" \u3000")) for m in ms):
            w0 = speaker.end()  # 某某：研究院主要聚焦A、B和C三个方向 (an answer in an interview)
        word = _PLATFORM_WORD_RE.match(text, w0)
        named = next((m for m in reversed(ms) if m.cls == "Platform" and m.end <= f.start), last_platform)
        school = home
        if school is None and (strength := _SCHOOL_STRENGTH_RE.search(text, s0, f.start)) is not None and not any(
                ch in text[strength.end():f.start] for ch in "，,。；;"):
            # 某大学技术转移中心主任…发布了学校在A、B等领域的成果: the university the sentence named
            named = next((m for m in reversed(ms) if m.cls in ("University", "Platform", "AcademicUnit")
                          and m.end <= strength.start() and m.canonical), None)
            if named is not None and named.cls != "University":  # (某大学技术转移中心主任: its university)
                named_uni = next((k[2] for k in facts.facts if k[0] == named.canonical and k[1] in ("hostedBy", "partOf")
                                  and k[2] in gazetteer.universities_by_name()), None)
                school = named_uni
            elif named is not None:
                school = named.canonical
        if school is not None and not in_clause and (_SCHOOL_WORD_RE.match(text, c0)
                                                     or _SCHOOL_STRENGTH_RE.search(text, c0, f.start)
                                                     or school != home):
            facts.add(school, "hasField", f.canonical, span, text, 0.5, "field-home-university")
        elif (word is not None and named is not None and not in_clause and named.canonical
                and named.canonical.endswith(word.group(1)) and not any(m.start == w0 for m in ms)):
            facts.add(named.canonical, "hasField", f.canonical, span, text, 0.5, "field-platform-word")
        elif team is not None and not in_clause and (_TEAM_WORD_RE.search(text, c0, f.start)
                                                     or _TEAM_WORD_RE.search(text, s0, min(f.start, s0 + 10))):
            facts.add(team, "hasField", f.canonical, span, text, 0.5, "field-team-word")  # 今年团队围绕龙虾、稻米等特色产业
            _team_and_place_fields(text, c0, c1, team, f, facts, span)
        elif ctx is not None and ctx.city is not None and city_word >= 0 and (
                nearest is None or s0 + city_word >= nearest.end) and not in_clause:
            # (我市 in an article of a county-level city, 江阴市 or the former 金坛市, is that city)
            city = ctx.district if ctx.district is not None and ctx.district.level == "county_city" else ctx.city
            facts.add(city.name, "hasField", f.canonical, span, text, 0.55, "field-city")
            if (nearest is not None and nearest.cls == "Team" and nearest.canonical and text.startswith(_FOCUS_VERBS, c0)
                    and (nearest.canonical, "servesIn", city.name) in facts.facts and "要求" not in text[s0:c0]):
                # 第十六批科技镇长团自…到任以来，围绕我市A、B等主导产业: the team works on its city's industries
                # (a leader's 要求 that it should is no fact)
                facts.add(nearest.canonical, "hasField", f.canonical, span, text, 0.5, "field-team-city")
        elif (not in_clause and (agency := _agency_subject(text, s0, f.start, ms, kinds)) is not None
              and _PLACE_INDUSTRY_RE.search(text, c0, c1)
              and (place := next((k[2] for k in facts.facts if k[0] == agency.canonical and k[1] == "locatedIn"),
                                 ctx.district.name if ctx is not None and ctx.district is not None else None))):
            # 县科技局…聚焦石油机械、仪器仪表两大主导产业: the agency's place's industries (an agency has no field)
            facts.add(place, "hasField", f.canonical, span, text, 0.5, "field-agency-place")
        elif in_clause or opener or nearest is not None:
            subj = (in_clause or opener or [nearest])[-1]
            facts.add(subj.canonical, "hasField", f.canonical, span, text, 0.6 if in_clause else 0.5, "field-subject")
            if subj.cls == "Locality" and (actor := next((m for m in in_clause if m.cls == "Team" and m.canonical
                                                          and _FOCUS_BEFORE_PLACE_RE.fullmatch(text, m.end, subj.start)),
                                                         None) or next((m for m in ms if m.cls == "Team" and m.canonical
                                                                        and m.end + 1 == c0 and text[m.end] in "：:"
                                                                        and _FOCUS_BEFORE_PLACE_RE.fullmatch(text, c0, subj.start)),
                                                                       None)) is not None:
                # 秦淮团围绕区内白下高新区A和B两大产业 (or 秦淮团：围绕…): the team works on the zone's industries
                facts.add(actor.canonical, "hasField", f.canonical, span, text, 0.55, "field-team-focus-place")
            if subj.cls == "Team" or (subj.cls == "Locality" and team is not None and text.endswith(
                    _FOCUS_VERBS, 0, subj.start) and (team, "servesIn", subj.canonical) in facts.facts):
                # 泗洪县团紧扣全县A、B四大主导产业: the team's and its place's; 团…围绕邳州市A、B等产业: both
                _team_and_place_fields(text, c0, c1, team if subj.cls == "Locality" else subj.canonical, f, facts, span)
        elif text.startswith(_FOCUS_VERBS, c0) and (later := next((m for m in ms if m.cls == "Team" and m.start >= c1
                                                                 and m.canonical), None)) is not None:
            # 围绕新能源和茧丝绸两大特色产业，东台团走访企业…: the team the sentence goes on with (and
            # its place, when they are the place's industries)
            facts.add(later.canonical, "hasField", f.canonical, span, text, 0.55, "field-focus-team")
            _team_and_place_fields(text, c0, c1, later.canonical, f, facts, span)
        elif "企业" in sentence and ctx is not None and (ctx.district or ctx.city) is not None:
            place = ctx.district or ctx.city
            facts.add(place.name, "hasField", f.canonical, span, text, 0.45, "field-local-industry")
        elif team is not None:
            facts.add(team, "hasField", f.canonical, span, text, 0.45, "field-team")
            _team_and_place_fields(text, c0, c1, team, f, facts, span)
