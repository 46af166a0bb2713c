"""Place mentions of an article: find, settle, resolve, set.

    >>> mentions = extract_mentions(article, load_gazetteer())

Each stage is a small function of its own module; this one only chains them.
"""

from __future__ import annotations

from geodata.places import context
from geodata.places.find import Candidate, find_names, tokenize
from geodata.places.gazetteer import Gazetteer, Match, Resolver
from geodata.models import Article, Mention, Sentence
from geodata.places.resolve import choose, focus_country, fuzzy_candidates
from geodata.places.roles import role_of
from geodata.text.sentences import split_sentences
from geodata.places.settle import reject_traps, resolve_overlaps


def extract_mentions(article: Article, gazetteer: Gazetteer, *,
                     sentences: tuple[Sentence, ...] | None = None,
                     online: Resolver | None = None) -> tuple[Mention, ...]:
    """Every place the article names, resolved, in text order."""
    if sentences is None:
        sentences = split_sentences(article)
    tokens = tokenize(article, sentences)
    if not tokens:
        return ()
    found = find_names(tokens, gazetteer, article.text)
    kept, people = reject_traps(found, tokens, gazetteer, article.text)
    settled = resolve_overlaps(kept)
    focus = focus_country(settled, tokens, gazetteer)
    settled = resolve_overlaps(settled + fuzzy_candidates(tokens, settled, people, gazetteer,
                                                          focus, online=online))
    settled = resolve_overlaps(settled + context.capital_mentions(article.text, sentences, tokens, gazetteer, focus))
    settled = context.regions(settled, tokens, article.text, gazetteer)
    settled = context.list_kinds(settled, tokens)
    settled = context.near(settled, article.text)
    settled.sort(key=lambda c: c.start)
    return tuple(_mention(article, cand, match, tokens[cand.first].sentence, gazetteer)
                 for cand, match in choose(settled, tokens, gazetteer, focus))


def _mention(article: Article, cand: Candidate, match: Match, sentence: int,
             gazetteer: Gazetteer) -> Mention:
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
        role=role_of(article.text, cand.start, cand.end, place, gazetteer),
        match=match.how,
        sentence=sentence,
    )
