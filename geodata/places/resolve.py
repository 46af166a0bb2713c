"""Resolve: which place each settled name stands for.

The article's focus country is inferred from the text itself (country names,
demonyms, and names that exist in one country only), then every name takes
its most plausible namesake: in the focus country, populous, named by its
own name, of the kind the text asks for ("Basra province").
One sense per discourse: a name keeps the place it first resolved to.
"""

from __future__ import annotations

from collections import Counter

from geodata.places.find import Candidate, Token, place_words
from geodata.places.gazetteer import Gazetteer, Match, Resolver, best_by_population

# Words that end names of movements and peoples, never of places ("Sadrist").
_NOT_PLACE_ENDINGS = ("ist", "ists", "ism", "ian", "ians", "ese", "ites")


def focus_country(cands: list[Candidate], tokens: list[Token], gazetteer: Gazetteer) -> str | None:
    """The country an article is about, or None when the text does not say."""
    votes: Counter[str] = Counter()
    for cand in cands:
        countries = {m.place.country for m in cand.matches if m.place.country}
        if len(countries) == 1:
            # Towns and districts say more about where an article is than
            # country names do: "US" is named in every report from Iraq.
            weight = 1 if any(m.place.kind == "country" for m in cand.matches) else 2
            votes[countries.pop()] += weight
    for tok in tokens:
        iso = gazetteer.demonyms.get(tok.key)
        if iso:
            votes[iso] += 1
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2) + [("", 0)]
    return best if n > rest[0][1] else None


# A foreign town smaller than this must stand where a place is expected
# ("in X", a list of places) to be taken: "Bush" is rarely Bush, Egypt.
FOREIGN_MINOR_POPULATION = 100_000


def choose(cands: list[Candidate], tokens: list[Token], gazetteer: Gazetteer,
           focus: str | None) -> list[tuple[Candidate, Match]]:
    """Pick one place per candidate; drop minor foreign namesakes out of a place slot."""
    chosen: list[tuple[Candidate, Match]] = []
    seen: dict[tuple[str, str], Match] = {}
    slots = _Slots(tokens, cands)
    # Countries the article names (or names a state or province of): a loose spelling may be read there.
    named = {m.place.country for c in cands if c.how == "exact" for m in c.matches
             if m.place.kind in ("country", "state", "governorate")}
    said_in = _said_in(cands, tokens)
    for cand in cands:
        if cand.place_id:
            match = next(m for m in cand.matches if m.place.id == cand.place_id)
        elif (cand.key, cand.kind_hint) in seen:
            match = seen[(cand.key, cand.kind_hint)]
        elif cand.first in said_in and any(m.place.country == said_in[cand.first] for m in cand.matches):
            # "TRIPOLI, Lebanon", "Kandahar, Afghanistan": the country written after the town.
            home = [m for m in cand.matches if m.place.country == said_in[cand.first]]
            match = best_by_population(home, country=said_in[cand.first], kind=cand.kind_hint or None)
        else:
            match = best_by_population(list(cand.matches), country=focus, kind=cand.kind_hint or None)
            if focus and match.place.country != focus and cand.how != "exact":
                # A loose spelling should first be read as a place of the focus country.
                home = [m for m in gazetteer.fuzzy_all(cand.key, country=focus) if m.place.country == focus]
                if home:
                    match = best_by_population(home, country=focus, kind=cand.kind_hint or None)
            seen[(cand.key, cand.kind_hint)] = match
        place = match.place
        if focus and place.country not in (focus, *named) and cand.how != "exact":
            continue  # a loose spelling is no licence to travel: "Chenagai" (Bajaur) is not Chennai
        if (focus and place.country != focus and place.kind == "city"
                and place.population < FOREIGN_MINOR_POPULATION and not slots.is_slot(cand.first)):
            continue
        chosen.append((cand, match))
    return chosen


def _said_in(cands: list[Candidate], tokens: list[Token]) -> dict[int, str]:
    """{first token of a candidate: the country named right after it, as in "Tripoli, Lebanon"}."""
    by_first = {c.first: c for c in cands}
    out = {}
    for c in cands:
        nxt = by_first.get(c.last + 1)
        if nxt is None or tokens[nxt.first].gap != ", ":
            continue
        countries = {m.place.country for m in nxt.matches if m.place.kind == "country"}
        if len(countries) == 1:
            out[c.first] = countries.pop()
    return out


class _Slots:
    """Answers "does a place fit here?" for a token, from the place words."""

    def __init__(self, tokens: list[Token], cands: list[Candidate]):
        words = place_words()
        self.tokens = tokens
        self.ends = {c.last for c in cands}
        self.starts = {c.first for c in cands}
        self.args = (words.get("locative", {}), words.get("list", {}), words.get("noun", {}),
                     words.get("suffix", {}))

    def is_slot(self, i: int) -> bool:
        return _place_slot(self.tokens, i, self.ends, self.starts, *self.args)


def fuzzy_candidates(tokens: list[Token], taken: list[Candidate], people: set[str],
                     gazetteer: Gazetteer, focus: str | None,
                     online: Resolver | None = None) -> list[Candidate]:
    """Unknown spellings ("Nasariyah", "Qiblas"): capitalised words in a place-like
    slot (after "in", in a list of places, before "neighbourhood") that are one
    or two letters from a name in the focus country or a major place."""
    covered = set()
    for cand in taken:
        covered.update(range(cand.first, cand.last + 1))
    ends = {c.last for c in taken}
    starts = {c.first for c in taken}
    words = place_words()
    locative, listing, nouns = words.get("locative", {}), words.get("list", {}), words.get("noun", {})
    suffixes = words.get("suffix", {})
    out: list[Candidate] = []
    resolved: dict[str, list[Match]] = {}
    for i, tok in enumerate(tokens):
        if i in covered or not tok.capitalised or tok.text.isupper():
            continue
        key = tok.key
        if (len(key) < 5 or key in gazetteer.common_words or key in gazetteer.not_places
                or key in people or key in gazetteer.demonyms or key.endswith(_NOT_PLACE_ENDINGS)):
            continue
        # A capitalised neighbour that is not a place makes this part of a
        # person's or organisation's name ("Qassem Suleimani").
        if _capitalised_neighbour(tokens, i, starts, ends):
            continue
        if not _place_slot(tokens, i, ends, starts, locative, listing, nouns, suffixes):
            continue
        if key not in resolved:
            matches = gazetteer.fuzzy_all(key, country=focus)
            if not matches and online is not None:
                place = online.resolve(tok.text, country=focus)
                matches = [Match(place, 50.0, "online", True)] if place else []
            resolved[key] = matches
        if resolved[key]:
            out.append(Candidate(tok.start, tok.end, i, i, key, tuple(resolved[key]),
                                 resolved[key][0].how))
    return out


def _capitalised_neighbour(tokens: list[Token], i: int, starts: set[int], ends: set[int]) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and tokens[j].sentence == tokens[i].sentence:
            tok = tokens[j]
            joined = (tokens[i].gap if j < i else tok.gap) in (" ", "-")
            if joined and tok.capitalised and not tok.initial and j not in starts and j not in ends:
                return True
    return False


def _place_slot(tokens: list[Token], i: int, ends: set[int], starts: set[int], locative: dict,
                listing: dict, nouns: dict, suffixes: dict) -> bool:
    tok = tokens[i]
    if i > 0 and tokens[i - 1].sentence == tok.sentence:
        prev = tokens[i - 1]
        word = prev.text.lower()
        if word in locative and not tok.gap.strip():
            return True
        # "..., Hilla, Kut and Nasariyah": a list that holds places
        if word in listing and i >= 2 and (i - 2) in ends:
            return True
        if tok.gap.strip() == "," and (i - 1) in ends:
            return True
    nxt = i + 1
    if nxt < len(tokens) and tokens[nxt].sentence == tok.sentence:
        word = tokens[nxt].text.lower()
        if word in nouns or word in suffixes:
            return True
        if tokens[nxt].gap.strip() == "," and nxt in starts:
            return True
        if word in listing and nxt + 1 in starts:
            return True
    return False
