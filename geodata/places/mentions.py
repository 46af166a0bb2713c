"""Place mentions of an article: the place steps, in the order :data:`PLACE_STEPS` writes once.

    >>> mentions = extract_mentions(article, load_gazetteer())

Every step reads ``step(ctx, candidates) -> (ctx, candidates)``: it is given the
article's :class:`PlaceContext` and the candidates so far and returns both. Only the
steps that learn something about the whole article return a new context: ``reject_traps``
(the people it names) and ``focus`` (the country it is about). Each step is a small
adapter over a function of its stage's module, which keeps its own plain arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from geodata.models import Article, Mention, Sentence
from geodata.places.context import list_kinds, near, regions
from geodata.places.find import capital_mentions, find_names, fuzzy_candidates, tokenize, unit_capital_mentions
from geodata.places.gazetteer import Gazetteer, Resolver
from geodata.places.waters import whose_waters
from geodata.places.resolve import (abroad_villages, choose, dateline_abroad, far_landmarks, far_village_namesakes,
                                    focus_country, listed_among_quarters, towns_unknown)
from geodata.places.roles import role_of
from geodata.places.roads import roads
from geodata.places.settle import reject_traps, settle_overlaps
from geodata.places.types import Candidate, Token
from geodata.places.within import within_candidates
from geodata.text.sentences import split_sentences


@dataclass(frozen=True)
class PlaceContext:
    """What every place step may read about the article at hand."""

    article: Article
    sentences: tuple[Sentence, ...]
    tokens: list[Token]
    gazetteer: Gazetteer
    online: Resolver | None = None  # asked for unknown spellings the gazetteer does not know
    focus: str | None = None  # the country the article is about: set by the "focus" step
    people: frozenset[str] = frozenset()  # last words of people's names: set by "reject_traps"
    # Folded names of villages whose namesakes lie far from the article's places: set by "resolve"
    disowned: frozenset[str] = frozenset()

    @classmethod
    def of(cls, article: Article, gazetteer: Gazetteer, *, sentences: tuple[Sentence, ...] | None = None,
           online: Resolver | None = None) -> PlaceContext:
        """The context of ``article``: its sentences (split here unless given) and tokens."""
        if sentences is None:
            sentences = split_sentences(article)
        return cls(article, sentences, tokenize(article, sentences), gazetteer, online)

    @property
    def text(self) -> str:
        return self.article.text


Step = Callable[[PlaceContext, list[Candidate]], tuple[PlaceContext, list[Candidate]]]


def _find(ctx: PlaceContext, _cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """Every run of words that is a gazetteer name (nothing is found before: this is the first step)."""
    return ctx, find_names(ctx.tokens, ctx.gazetteer, ctx.text)


def _reject_traps(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """Drop names inside a person's or an organisation's name; note the people named."""
    kept, people = reject_traps(cands, ctx.tokens, ctx.gazetteer, ctx.text)
    return replace(ctx, people=frozenset(people)), kept


def _settle(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """The longest of overlapping names."""
    return ctx, settle_overlaps(cands)


def _focus(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """The country the article is about, from the names settled so far."""
    return replace(ctx, focus=focus_country(cands, ctx.tokens, ctx.gazetteer, ctx.text)), cands


def _fuzzy(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """Unknown spellings in a place slot (asking the online resolver, if any), then settled."""
    found = fuzzy_candidates(ctx.tokens, cands, ctx.people, ctx.gazetteer, ctx.focus, online=ctx.online)
    return ctx, settle_overlaps(cands + found)


def _capital(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """"the capital", "the Iraqi capital", then settled."""
    found = capital_mentions(ctx.text, ctx.sentences, ctx.tokens, ctx.gazetteer, ctx.focus)
    found += unit_capital_mentions(ctx.text, ctx.sentences, ctx.tokens, cands)
    return ctx, settle_overlaps(cands + found)


def _regions(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """"southern Iraq", "the south of Iraq", "Iraq's south": curated regions."""
    return ctx, regions(cands, ctx.tokens, ctx.gazetteer)


def _list_kinds(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """"California, Washington and Oregon states": the kind a list's plural gives."""
    return ctx, list_kinds(cands, ctx.tokens)


def _near(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """"20 km north of Baquba", "near Kut": coarse."""
    return ctx, near(cands, ctx.text)


def _resolve(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """One place per name, in text order (a name keeps the place it first resolved to):
    each kept candidate's ``matches`` is then the one place chosen."""
    in_order = sorted(cands, key=lambda c: c.start)
    # A name asked for as a town that the gazetteer has only as a unit is left to the next step.
    no_town = towns_unknown(in_order, ctx.text)
    chosen = choose([c for c in in_order if c.key not in no_town or c.place_id], ctx.tokens, ctx.gazetteer,
                    ctx.focus, ctx.text)
    far = far_village_namesakes(chosen, ctx.text, ctx.focus) | listed_among_quarters(chosen, ctx.text, ctx.focus) \
        | dateline_abroad(chosen, ctx.text) | far_landmarks(chosen, ctx.text)
    # A name whose only namesakes are villages abroad, left out, may still be a village of the article's
    # country the gazetteer lacks: "Ten were killed in Kurya and six in Maru" of Zamfara is no Kur'ya,
    # Russia, but it is a place, and its ten are not Maru's.
    abroad = abroad_villages(in_order, chosen, ctx.focus, ctx.text, no_town)
    if far or abroad:
        ctx = replace(ctx, disowned=frozenset(cand.key for cand, _ in chosen if cand.start in far) | abroad)
    return ctx, [cand.resolved(match) for cand, match in chosen if cand.start not in far]


def _roads(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """Two towns joined as a road's name ("the Kaduna-Abuja highway"): one road, halfway between them."""
    return ctx, roads(cands, ctx.text)


def _within(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """Villages, landmarks and units the gazetteer lacks, named as such ("the village of Debiro",
    "Nasser Hospital"), placed inside a known place the text gives."""
    return ctx, within_candidates(ctx.text, ctx.sentences, ctx.tokens, cands, ctx.gazetteer, ctx.people,
                                  ctx.focus, ctx.disowned)


def _waters(ctx: PlaceContext, cands: list[Candidate]) -> tuple[PlaceContext, list[Candidate]]:
    """A sea or a lake several countries share: the country whose waters the report means ("the Red
    Sea" in a report from Yemen)."""
    return ctx, whose_waters(cands, ctx.tokens, ctx.focus)


# The order of the place steps, written once (as spaCy's ``nlp.pipe_names``).
PLACE_STEPS: tuple[tuple[str, Step], ...] = (
    ("find", _find),
    ("reject_traps", _reject_traps),
    ("settle", _settle),
    ("focus", _focus),
    ("fuzzy", _fuzzy),
    ("capital", _capital),
    ("regions", _regions),
    ("list_kinds", _list_kinds),
    ("near", _near),
    ("resolve", _resolve),
    ("roads", _roads),
    ("within", _within),
    ("waters", _waters),
)


def extract_mentions(article: Article, gazetteer: Gazetteer, *,
                     sentences: tuple[Sentence, ...] | None = None,
                     online: Resolver | None = None) -> tuple[Mention, ...]:
    """Every place the article names, resolved, in text order."""
    ctx = PlaceContext.of(article, gazetteer, sentences=sentences, online=online)
    if not ctx.tokens:
        return ()
    cands: list[Candidate] = []
    for _name, step in PLACE_STEPS:
        ctx, cands = step(ctx, cands)
    return tuple(_mention(ctx, cand) for cand in cands)


def _mention(ctx: PlaceContext, cand: Candidate) -> Mention:
    article, match = ctx.article, cand.matches[0]
    place = match.place
    precision = cand.precision or place.precision
    return Mention(
        article_id=article.id,
        surface=article.text[cand.start:cand.end],
        start_char=cand.start,
        end_char=cand.end,
        place_id=place.id,
        name=place.name,
        kind=place.kind,
        admin1=place.admin1,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=precision,
        role=role_of(article.text, cand.start, cand.end, place, ctx.gazetteer),
        match=match.how,
        sentence=ctx.tokens[cand.first].sentence,
    )
