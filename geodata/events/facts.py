"""What one sentence tells, read once for every report it makes, and a report's draft made from it."""

from __future__ import annotations

import re

from geodata.text.frozen import frozen_record
from geodata.events.actors import ActorMention, find_actors, in_country
from geodata.events.cues import ANY_TYPE, Cue, clause_of
from geodata.events.figures import Figure
from geodata.events.kinds import CivilianTarget, event_actors, resolve_type
from geodata.events.records import Draft
from geodata.events.when import When, sentence_when
from geodata.models import Article, Mention, Sentence, within_geo_precision

GEO_PRECISION = {"landmark": 1, "neighbourhood": 1, "city": 1, "governorate": 3, "state": 3,
                 "region": 3, "country": 3}

# "police said", "the U.S. military said in a statement", "according to police": who tells, not who took part.
# (also through its office and a named spokesman: "Zamfara State Police Command spokesman Mohammed Shehu said")
_SAID_AFTER_RE = re.compile(r"\s+(?:(?i:command|department|ministry|headquarters)\s+)?"
                            r"(?:(?i:spokes\w+|officials?|commissioner|commander|chief)\s+(?:[A-Z][\w.'’-]*\s+){0,3}?)?"
                            r"(?:said|says|say|told|reported|added|stated)\b")
# (or a title's words before it: "the state Commissioner of Police, Mr Kamaluddeen Okunlola, said")
_ACCORDING_BEFORE_RE = re.compile(r"(?:according\s+to\s+(?:the\s+)?|\b(?:commissioner|spokes\w+|inspector[- ]general|"
                                  r"chief)\s+(?:of|for)\s+(?:the\s+)?)$", re.IGNORECASE)


@frozen_record
class SentenceFacts:
    """What a sentence tells once for all the drafts it makes."""

    sentence: Sentence
    spans: tuple[tuple[int, int], ...]  # its clauses
    actors: tuple[ActorMention, ...]
    victims: frozenset[int]  # starts of the actors a figure counts
    civilian: CivilianTarget  # it names only civilian targets (read when first asked)
    when: When
    headline: bool


def read_facts(article: Article, low: str, title: str, s: Sentence, spans: list[tuple[int, int]],
               figures: tuple[Figure, ...]) -> SentenceFacts:
    """The facts of sentence ``s`` of ``article`` (``low``: its text lowered; ``title``: its title,
    spaces collapsed; ``spans``: the sentence's clauses; ``figures``: its casualty figures)."""
    text = article.text
    actors = tuple(a for a in find_actors(text, s.start, s.end, low=low) if not _source(text, a))
    # Actors counted by a figure ("four policemen were wounded") are its victims.
    victims = frozenset(a.start for a in actors for f in figures if f.start <= a.start and a.end <= f.end)
    return SentenceFacts(s, tuple(spans), actors, victims, when=sentence_when(text, s, article),
                         civilian=CivilianTarget(low, s.start, s.end), headline=_is_headline(text, s, title))


def new_draft(facts: SentenceFacts, m: Mention, cue: Cue, *, scope: str = "local", inherited: bool = False,
              kind: tuple[str, str] | None = None) -> Draft:
    """A draft of the report the sentence makes at place ``m`` from ``cue`` (``kind``, if given, overrides
    the cue's event type)."""
    # Who took part: the actors named up to the end of the cue's clause, not those
    # of a later "while the Badr Organization's districts were left alone".
    upto = clause_of(facts.spans, cue.start)[1]
    involved = tuple(a for a in facts.actors if a.start < upto) or facts.actors
    involved = tuple(in_country(a, m.country) for a in involved)
    # (not "Gunmen shot dead five policemen": armed men named make it an event of its own)
    bare = kind is None and cue.event_type == ANY_TYPE and not any(a.actor.armed for a in involved)
    kind = kind or resolve_type(cue, involved, facts.victims, facts.civilian)
    # Borrowed or coarse places are "near or part of" at best; a province or a country stays 3.
    geo = GEO_PRECISION.get(m.kind, 1) if m.match != "within" else within_geo_precision(m.kind, m.precision)
    if inherited or m.precision == "coarse":
        geo = max(geo, 2)
    s = facts.sentence
    return Draft(m, s.index, s.start, s.end, kind, scope, facts.when,
                 event_actors(kind, involved, facts.victims), geo, facts.headline, inherited, bare=bare)


def _is_headline(text: str, s: Sentence, title: str) -> bool:
    """The article's title, or its first line when that has no full stop (a manifest's
    title often differs from the headline the text carries). A sentence that ends on a full stop is
    a lead, even where the title was taken from it: a wire report's first paragraph of one sentence
    ("KHARTOUM, Sudan (AP) — Paramilitary fighters attacked ..., killing at least 104 people, activists
    said Thursday.") tells its event, and gives way to no later sentence."""
    if text[s.end - 1:s.end] in _SENTENCE_ENDS:
        return False
    words = " ".join(text[s.start:s.end].lstrip("#* ").split())
    return words == title or (s.index == 0 and "\n" not in text[s.start:s.end])


_SENTENCE_ENDS = frozenset(".!?\"”’")


def _source(text: str, a: ActorMention) -> bool:
    return bool(_SAID_AFTER_RE.match(text, a.end) or _ACCORDING_BEFORE_RE.search(text, max(0, a.start - 20),
                                                                                   a.start)
                or _OFFICER_AFTER_RE.match(text, a.end))


# A force named only in a speaker's title: "said Sewuese Anene, the state police spokeswoman.", "the police public
# relations officer, Yazid Abubakar, said", "Jonglei state police commissioner, told Xinhua" (a commissioner only
# where he speaks: not "shot dead a police commissioner.").
_OFFICER_AFTER_RE = re.compile(r"\s+(?i:commissioner)\b,?\s+(?:said|says|told)\b"
                               r"|\s+(?i:spokes(?:man|woman|person)|public\s+relations\s+officer|pro)\b"
                               r"(?:\s*[,.;]|\s*$|\s+(?:said|says|told))")
