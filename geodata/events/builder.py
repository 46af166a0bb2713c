"""The reports of one article, built sentence by sentence.

Per sentence with a cue: the cues it tells as fact, the places where they happened,
the casualty figures, the sentence's facts (:mod:`geodata.events.facts`); then one
draft per place and scope, merged with the article's earlier drafts of the same event.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache, partial
from itertools import accumulate
from typing import TYPE_CHECKING

from geodata.counting import WIDE_SCOPES
from geodata.datafiles import rows
from geodata.events.actors import group_claim
from geodata.events.cues import (AFTER_EVENT, ANY_TYPE, NEEDS_FIGURE, Cue, anaphoric, clause_of, clauses, real_cues,
                                 scan_cues)
from geodata.events.dates import find_dates
from geodata.events.dates.grammar import calendar_names
from geodata.events.figures.rules import event_nouns
from geodata.events.facts import GEO_PRECISION, SentenceFacts, new_draft, read_facts
from geodata.events.headings import heading_of, headings
from geodata.events.figures import (Figure, find_figures, in_own_bracket, included_figures, is_other_estimate,
                                    is_running_total, sharing_places, side_of)
from geodata.events.kinds import ATTACK, EXPLOSIONS, VIOLENT_TYPES, resolve_type
from geodata.events.linking import (DISTRICT_KM, HOSPITAL_WHY, PART_WHY, REFINED_NOTE, RUNNING_WHY, SAME_TOLL_WHY,
                                    at_the_event, event_named_by_place, fold_retold, fold_sides, fold_unnumbered,
                                    happened_here, holds, is_disputed, is_provisional, link_counts, narrow_in_sentence,
                                    other_days, parts_told_apart, refine, struck_there, toll_side, weapon_told)
from geodata.events.records import (Draft, Drafts, counted_events, event_fields, event_id, introduces_event,
                                    join_halves, killed_during_events, opens_elsewhere, opens_on_reference,
                                    opens_other_event, overlap, refers_back, series_of_events, several_events)
from geodata.events.tolls import (LOCAL_KINDS, Count, TollPlaces, add_figures, another_time_before, country_mention,
                                  country_of, estimates, is_dateline, main_city)
from geodata.events.when import When, sentence_when
from geodata.events.where import (IN_UNIT_REACH, SAID_AFTER_RE, SITE_KINDS, announced_by, contains, distance_opens,
                                  excluded, hospitals_town, landmark_nouns, measured_from, parents, reference_point,
                                  referred_place, SITE_REACH, site_told_after, situated_by, speakers_office,
                                  unknown_settlement)
from geodata.models import Article, Event, Mention, Report, Sentence, holder_id, km_between, within_geo_precision
from geodata.text.names import fold
from geodata.text.phrases import lowered, starred_alternation, trie_regex
from geodata.text.sentences import split_sentences

if TYPE_CHECKING:
    from geodata.places.gazetteer import Gazetteer

# Event types told without a place that happened where the sentence before says.
# Agreements and "Other" developments are made anywhere.
_NOT_INHERITED = {("Strategic developments", "Agreement"), ("Strategic developments", "Other")}
_NAME_WORD_RE = re.compile(r"[A-Z][\w'’-]*")
# What may stand between a place and one inside it named right after: "Baghdad's Sadr City"
# (as geodata.events.where reads it).
_POSSESSIVE_RE = re.compile(r"['’]s?\s+")
_FEW_PLACES = 8  # up to this many places in a sentence, trying every pair is quicker than an index

_WIDE_NOTES = {
    "operation": "an operation-wide figure, not a local toll",
    "national": "a nationwide figure, not a local toll",
    "cumulative": "a cumulative figure (a running or background total), not a local toll",
}
_TOTAL_REACH = 40  # characters before a figure where "bringing the toll to" makes it a running total
# "The final number reported was", "the final death toll stood at": a figure that replaces the others.
_FINAL_BEFORE_RE = re.compile(r"\bfinal\s+(?:death\s+)?(?:toll|number|count|tally|figure)\b[^.;]*$")
# "two of the victims", "three of them": a part of a group counted before; not "six members of the
# Islamic Scouts" (an organisation's name, capitalised in the text) nor "of the same family" or "of the
# security forces" (a group named for the first time).
_PARTITIVE_RE = re.compile(r"\s+of\s+(?:them|those|whom|these|the\s+(?!same\b|security\b|armed\b)(?=\S))")
_WHICH_KILLED_RE = re.compile(r"\b(?:which|that)\s+(?:also\s+|)(?:killed|left|claimed)\b")
_OF_A_GROUP_RE = re.compile(r"\s+of\s+(?:its|their|his|her|the|them|those|these)\b")
_OF_ITS_RE = re.compile(r"\s+of\s+(?:its|their)\s")
# A sentence on one of several events told together: "The first bomber ...", "The second blast ...".
_ONE_OF_TWO_RE = re.compile(r"the\s+(?:first|second|third|other|latter|former)\s+(?:[a-z-]+\s+)?(?:bombers?|bombs?|"
                            r"blasts?|explosions?|attacks?|attackers?|strikes?|airstrikes?|missiles?|rockets?|"
                            r"shells?|car\s+bombs?)\b")


def _finds(text: str, words: str, start: int, end: int) -> Iterable[int]:
    """Where ``words`` stands in ``text[start:end]``."""
    at = text.find(words, start, end)
    while at >= 0:
        yield at
        at = text.find(words, at + 1, end)

_Drafts = dict[tuple[str, str], Draft]  # a sentence's drafts by place id and scope


def extract_events(article: Article, mentions: Iterable[Mention], *,
                   sentences: tuple[Sentence, ...] | None = None,
                   gazetteer: Gazetteer | None = None) -> tuple[Event, ...]:
    """The events ``article`` reports: one per place, type, scope and date, in text order.

    ``mentions`` are its place mentions. The ``gazetteer``, if given, says which
    city a neighbourhood lies in and places a country-wide figure in a country
    the article does not name.
    """
    return tuple(r.event for r in extract_reports(article, mentions, sentences=sentences, gazetteer=gazetteer))


def extract_reports(article: Article, mentions: Iterable[Mention], *,
                    sentences: tuple[Sentence, ...] | None = None,
                    gazetteer: Gazetteer | None = None) -> tuple[Report, ...]:
    """As :func:`extract_events`, each event with the days it may cover."""
    if sentences is None:
        sentences = split_sentences(article)
    builder = _Builder(article, [m for m in mentions if m.article_id == article.id], gazetteer)
    cues = scan_cues(article.text, builder.low)  # one pass over the text
    at = 0
    for sentence in sentences:
        while at < len(cues) and cues[at].start < sentence.start:
            at += 1
        first = at
        while at < len(cues) and cues[at].start < sentence.end:
            at += 1
        # A sentence with no cue right after one that told a toll may place it ("The victims were
        # found in ...": _Builder._victims_again; "The incident took place in ...": _Builder._event_again).
        if first < at or (builder.last_index == sentence.index - 1 and builder.opens_on_victims_or_event(sentence)):
            builder.sentence(sentence, cues[first:at])
    return builder.reports()


# "26 killed in bomb attacks in Iraq, including two car bombings that left 21 dead": the later figure
# is a part of the earlier.
_PART_AFTER_RE = re.compile(r"\b(?:including|among them|of whom|of them)\b")
# Words that tell a toll as more dead than those told before: "two more", "also killed", "another".
# ("more than 100" is a lower bound, not more dead)
# (Nor the others wounded beside the dead: "six soldiers were killed ... three other soldiers were wounded",
# "82 students had died and 162 more were wounded".)
_NOT_WOUNDED = r"(?!\s+(?:(?:[\w-]+\s+){0,2}(?:were|was)\s+(?:\w+\s+)?)?(?:wounded|injured|hurt)\b)"
# ("Two CRPF personnel also sustained injuries": the hurt beside the dead)
_NOT_HURT = (r"(?!\s+(?:(?:were|was)\s+)?(?:wounded|injured|hurt"
             r"|(?:sustained|suffered|received)\s+(?!fatal\b|mortal\b)(?:\w+\s+)?(?:injuries|wounds))\b)")
# (not dead the sentence only looks for: "was still investigating reports of more dead in the town")
_ADDED_RE = re.compile(r"\b(?:also" + _NOT_HURT + r"|(?<!reports\sof\s)(?<!investigating\s)(?<!fears\sof\s)"
                       r"more(?!\s+than\b)" + _NOT_WOUNDED + r"|others" + _NOT_WOUNDED
                       + r"|further|additional|separately|besides|too|as well|then"
                       # "other sources said", "said later that": another account of the same dead, no more dead.
                       # (nor where the dead came from: "50 bodies from one house and 30 from another")
                       r"|(?<!from\s)(?:other|another)"
                       r"(?!\s+(?:sources?|reports?|accounts?|officials?|witnesses|estimates?|"
                       r"figures?|media|outlets?)\b)" + _NOT_WOUNDED
                       # ("Police later found nine bodies": the dead told, found; see linking._bodies_recovered)
                       + r"|(?<!said\s)later(?!\s+(?:said|put|revised|lowered|raised|gave|confirmed|found|recovered|"
                       r"retrieved|pulled|discovered)\b))\b")
_HURT_BEFORE_RE = re.compile(r"\b(?:injur|wound|hurt)\w*\s+(?:[\w-]+\s+){1,3}$")
# The end of a quotation, before the words that say whose it is.
_QUOTE_END_RE = re.compile(r"[,.!?][\"”]")


def _adds(low: str, start: int, end: int) -> bool:
    """Whether the sentence ``low[start:end]`` tells its dead as more than those told before, in its
    own words: not in the words after a quotation that say whose it is ("..., including two
    children,” said another resident")."""
    last = None
    for last in _QUOTE_END_RE.finditer(low, start, end):
        pass
    stop = last.end() if last else end
    # (nor in a clause set against its own: "Some 50 dead bodies were buried at the church, whereas other
    # victims were laid to rest in various churches")
    whereas = low.find(", whereas ", start, stop)
    stop = whereas if whereas >= 0 else stop
    for found in _ADDED_RE.finditer(low, start, stop):
        # (nor the others a wound's verb counts: "killing two people and injuring five others")
        if found.group() != "others" \
                or _HURT_BEFORE_RE.search(low, max(start, found.start() - 40), found.start()) is None:
            return True
    # "Tiger fighters shot five farmers dead in the area as they fled after the attack": killings of their own,
    # done after the event told before.
    if _KILLED_AFTER_RE.search(low, start, stop):
        return True
    # "Police said later that gunmen killed five people at a hotel": an account word, but an event of its own.
    return _ACCOUNT_WORD_RE.search(low, start, stop) is not None and _OWN_EVENT_RE.search(low, start, stop) is not None


# (in the active voice, the killers its subject: not "12 people were killed and roads were sealed after the attack",
# another account of the dead)
_KILLED_AFTER_RE = re.compile(r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?:shot|killed|gunned\s+down|executed|"
                              r"hacked)\b(?:(?!,\s+and\b|\band\s+\w+\s+(?:was|were)\b|\bsaid\b)[^.;]){0,60}?"
                              r"\b(?:after|following)\s+the\s+(?:attack|blast|bombing|explosion|ambush|raid|assault|"
                              r"massacre)\b")
_ACCOUNT_WORD_RE = re.compile(r"\b(?:said\s+later|later\s+said|(?:other|another)\s+(?:sources?|reports?|officials?|"
                              r"witnesses|media))\b")
_OWN_EVENT_RE = re.compile(r"\b(?:gunmen|militants|fighters|attackers|troops|soldiers|(?:a|an)\s+(?:[\w-]+\s+)?"
                           r"(?:drone|bomb|strike|airstrike|missile|shell|rocket))\s+(?:[\w-]+\s+)?"
                           r"(?:killed|attacked|stormed|shot|hit|struck|exploded)\b"
                           r"|\b(?:when|as|after)\s+(?:[\w-]+\s+){0,3}(?:attacked|stormed|exploded|hit|struck|"
                           r"opened\s+fire)\b")


def _apart_from_places(text: str, low: str, figures: tuple[Figure, ...], places: list[Mention]) -> frozenset[int]:
    """The starts of the ``figures`` (one sentence's, in text order) that stand before all its ``places`` in a
    clause of their own, of another day than the clause of the next figure of their kind ("while", "whereas"
    or a semicolon opening it): "14 farmers were murdered on Saturday, while two vigilantes were killed on
    Friday near Sabon-Gari" puts the two there, not the 14 (but "12 were killed, while nine were wounded in a
    firefight in Patikul" is one event). One pass, from the last figure back."""
    if len(figures) < 2 or not places:
        return frozenset()
    first = min(m.start_char for m in places)
    out: set[int] = set()
    following: dict[str, Figure] = {}  # kind -> the next figure of that kind before the places
    for fig in reversed(figures):
        if fig.end > first:
            continue
        later = following.get(fig.kind)
        gap = _OTHER_CLAUSE_RE.search(low, fig.end, later.start) if later is not None else None
        if gap is not None:
            # (each look bounded: a long sentence's clauses cost their number, not its square)
            own = _day_told(text, max(fig.end, gap.start() - _DAY_REACH), gap.start())
            other = _day_told(text, later.end, min(first + _DAY_AFTER_REACH, later.end + _DAY_REACH))
            if own is not None and other is not None and own != other:
                out.add(fig.start)
        following[fig.kind] = fig
    return frozenset(out)


_OTHER_CLAUSE_RE = re.compile(r",?\s+(?:while|whereas)\s|;\s")
_DAY_AFTER_REACH = 40  # characters after a clause's first place where its day may stand ("in Kherson on Sunday")
_DAY_REACH = 200  # characters of a clause read for its day


def _day_told(text: str, start: int, end: int) -> str | None:
    """The first day ``text[start:end]`` names ("on Saturday", "yesterday", "on March 3"), lower-cased; None if none."""
    return next((d.text.lower() for d in find_dates(text, start, min(end, len(text))) if d.rank == 0), None)


# The figure's clause on to "in" or "during" (a few words, no comma): where events it counts may stand.
_IN_EVENTS_AFTER_RE = re.compile(r"[^,;.]{0,60}?\s(?:in|during)\s")
_COUNTED_REACH = 40  # characters after "in" where the events counted stand ("three coordinated attacks")


def _places_before_running(low: str, fig: Figure, places: list[Mention], end: int) -> list[Mention]:
    """``places``, or none where all of them are countries or regions standing in the running total's clause after
    ``fig``, a local toll with no place of its own: "At least five people were killed and 12 wounded, bringing the
    number of dead in five days of fighting throughout Lebanon to 49" tells the five where the sentence before does
    (Aley), not in Lebanon."""
    if not places or fig.scope != "local" or fig.place_start >= 0 or ", " not in low[fig.end:places[0].start_char]:
        return places
    opener = _RUNNING_OPENER_RE.search(low, fig.end, places[0].start_char)
    # (a town there is where the toll was: "Eight civilians were killed, bringing the number of dead in El Fasher
    # since Friday to 60")
    return [] if opener is not None and _RUNNING_TO_RE.search(low, places[-1].end_char, end) \
        and all(m.kind in ("country", "region") for m in places) else places


# A running total's clause after a toll, and its figure after the places: ", bringing the number of dead in ... to".
_RUNNING_OPENER_RE = re.compile(r",\s+(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+"
                                r"(?:overall\s+|total\s+|)(?:death\s+toll|toll|number|tally|total)\b")
_RUNNING_TO_RE = re.compile(r"\bto\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|)\d")


def _running_totals(low: str, start: int, figs: list[Figure]) -> list[Figure]:
    """The figures of ``figs`` (one sentence's, in text order, from ``start``) that running totals' words
    give. The words stand after the figure before: "risen to 213 after 40 more bodies were found" makes 213
    the total, not 40."""
    totals, after = [], start
    for f in figs:
        # (to the figure's end: its own words may say so, "a total of 53")
        if is_running_total(low, max(after, f.start - _TOTAL_REACH), f.end):
            totals.append(f)
        after = max(after, f.end)
    return totals


def _part_of(low: str, start: int, end: int) -> bool:
    """Whether the words between two figures (``low[start:end]``) open a part of the first that holds
    the second: "..., including two car bombings that left 21 dead"; not an aside on the first item
    before another ("nine members of the family, five of them children, and two other people")."""
    found = None
    for found in _PART_AFTER_RE.finditer(low, start, end):
        pass
    return found is not None and not _CLAUSE_GAP_RE.search(low, found.end(), end)


_CLAUSE_GAP_RE = re.compile(r"[,;:]")
# Between two figures of one sentence, another source's word for the same toll.
_OTHER_SOURCE_RE = re.compile(r"\b(?:but|while|whereas|however|although)\b[^.;]{0,60}?"
                              r"\b(?:said|says|say|put|puts|told|reported|reports|claimed|claims|claim|gave|gives|estimated|"
                              r"estimates|estimate|counted|counts|recorded|records|tallied)\b")
_RESIDENT_AFTER_RE = re.compile(r"\s+residents?\b")
_ANOTHER_EVENT_AFTER_RE = re.compile(r"[^.;]{0,60}?\b(?:second|another|separate|other|more|further|new)\b")
# How many sentences back the one place named inside the article's town may stand (see _one_place_in).
_INNER_REACH = 3
# Local sources a wire report quotes by their town: "police in Baquba said", "hospital officials in Tal Afar said".
_LOCAL_SOURCE_RE = re.compile(r"\b(?:police|policemen|police\s+(?:officials?|sources?|officers?)|security\s+sources"
                              r"|hospital\s+(?:officials?|sources?|staff)|doctors|medics|morgue\s+officials?)"
                              r"\s+in\s+(?:the\s+(?:city|town)\s+of\s+)?$")
_LOCAL_SOURCE_REACH = 40
# Between a place and another it is said to lie near: "Jebel Halla near the administrative unit of Burush".
_NEAR_GAP_RE = re.compile(r"\s+(?:near|close\s+to)\s+(?:the\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?)?")
_MAIN_CITY = "the article's most-mentioned city"  # the guess's reason (see _guessed)
_INNER_PLACE = "the one place the article names in its most-mentioned city"  # ... and a guess inside it
_MAIN_CITY_GUESSES = (_MAIN_CITY, _INNER_PLACE)
_SUM_NOTE = "the sum of the local tolls told before, at a place that may hold them: counted in them"
_SUM_HOLDERS = frozenset({"governorate", "state", "region", "country"})
_TOLD_SINCE = "the place of the last event told, no place named since"
_TOLD_LONG_AGO = "the place of the last event told, no place named since, many sentences back"  # (a guess)
_MAIN_UNIT = "the province the article names most, where it names no town"
_FIELD_DATELINE = "the dateline's town, a small one, the one town of its country the article names"
_FIELD_TOWN_POPULATION = 200_000  # a dateline's town this big may be a bureau's, which reports on a wide area
_COUNTRY_GUESS = "the report's country"  # ... and where it names no town where anything happened
_GUESSES = (*_MAIN_CITY_GUESSES, _TOLD_LONG_AGO, _FIELD_DATELINE, _MAIN_UNIT)  # the reasons of a place guessed
# The days a toll is told over: "in recent days", "over the past few weeks".
_RECENT_DAYS_RE = re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?"
                             r"(?:days|weeks|months)\b")
# A separate event told at the place after it: "a separate incident in the northern department of".
_SEPARATE_BEFORE_RE = re.compile(r"\b(?:separate|another|second|different)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|"
                                 r"assault|bombing|blast|explosion|strike|raid|ambush)\s+(?:in|at|near|on)\s+"
                                 r"(?:the\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?)?$")
_SEPARATE_REACH = 80
# An event named as the one another followed: "Shortly after the Baiji bombing", "following Monday's attack in".
_AFTER_EVENT_RE = re.compile(r"\b(?:after|following)\s+(?:the|(?:[\w-]+['\u2019]s))\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:(?:in|at|on|near)\s+(?:the\s+)?)?$")
_AFTER_EVENT_REACH = 50
# Some of the dead a sentence opens on: "About two dozen of the dead were", "Most of the victims were".
_SOME_OF_THE_DEAD_RE = re.compile(r"(?:^|[.!?\n]\s*)[\"“]?(?:[\w-]+\s+){1,3}of\s+(?:the|those)\s+"
                                  r"(?:dead|victims|killed)\b")
_DEAD_OPENING_REACH = 240  # characters of the next sentence before its place where it may open on the dead
_CONTRAST_OPENING_RE = re.compile(r"\s*[\"“]?(?:while|whereas|although|though)\b")
_CLAIMED_RE = re.compile(r"\b(?:alleged|claimed|claims|claiming)\b")
_SEVERAL_REACH = 50  # characters before a figure where a plural of events makes it their total
_CLAUSE_BREAK_RE = re.compile(r"[;:]")
_VICTIMS_PLACE_REACH = 2  # sentences after a toll where a town of the dead's people may be named
_REGION_REACH_KM = 400  # from a named region's point to its farthest place (Darfur is about 700 km across)
_CAPITAL_IN_REGION_KM = 60  # a capital this near a region's point may lie in it (Ramallah, the West Bank)
# The parts of a country or province (geodata.build_units), and those beside each: a place whose
# nearest part is one of these lies in it, as far as a point can tell.
_PART_NEIGHBOURS = {
    "northern": ("northern", "northeastern", "northwestern"),
    "southern": ("southern", "southeastern", "southwestern"),
    "eastern": ("eastern", "northeastern", "southeastern"),
    "western": ("western", "northwestern", "southwestern"),
    "northeastern": ("northeastern", "northern", "eastern"),
    "northwestern": ("northwestern", "northern", "western"),
    "southeastern": ("southeastern", "southern", "eastern"),
    "southwestern": ("southwestern", "southern", "western"),
    "central": ("central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
                "southeastern", "southwestern"),
}


def on_side(direction: str, extent: tuple[float, float, float, float], latitude: float, longitude: float) -> bool:
    """Whether a point lies in the part of a whole a direction names, the whole reaching over
    ``extent`` (south, north, west, east): "northern" is its northern half, past a margin (Tuz
    Khurmatu is in northern Iraq, Baghdad is not); "north-eastern", past the middle toward that corner
    (the northern or eastern part beside it too, as the press uses them loosely); "central", anywhere."""
    south, north, west, east = extent
    # How far the point lies to the north and to the east of the middle, in halves of the span: -1 to 1.
    up = 2 * (latitude - south) / (north - south) - 1
    right = 2 * (longitude - west) / (east - west) - 1
    toward = {"northern": up, "southern": -up, "eastern": right, "western": -right,
              "northeastern": up + right, "northwestern": up - right, "southeastern": right - up,
              "southwestern": -up - right}.get(direction)
    return toward is None or toward > _SIDE_MARGIN


_SIDE_MARGIN = 0.12  # a point this close to the middle (an eighth of the half-span) is on no side


def _referred_back(drafts: list[Draft], low: str) -> list[Draft]:
    """``drafts`` with a toll told at a country, in a sentence that names the event again by a definite
    noun ("The bombings killed 796 people"), given to the event told in the sentences just before at a
    place inside that country with no toll of its own: the country was named for something else."""
    out: list[Draft] = []
    for d in drafts:
        if (d.scope == "local" and d.place.kind == "country" and d.killed is not None
                and refers_back(low, d.start, d.end)):
            earlier = next((i for i in range(len(out) - 1, -1, -1)
                            if 0 < d.sentence - out[i].sentence <= _REFERRED_BACK
                            and out[i].scope == "local" and out[i].place.country == d.place.country
                            and out[i].place.kind in LOCAL_KINDS and not out[i].has_figures
                            and not out[i].inherited), None)
            if earlier is not None:
                e = out[earlier]
                note = f"the toll of the event told before at {e.place.surface or e.place.name}, told again"
                out[earlier] = replace(e, killed=d.killed, wounded=d.wounded, end=d.end, sentence=d.sentence,
                                       notes=[*e.notes, note])
                continue
        out.append(d)
    return out


def _site_of_named_event(drafts: list[Draft], low: str, parents: dict[str, str]) -> list[Draft]:
    """``drafts`` with a toll told of an event named by a wider place ("While 12 persons were killed in the Zamfara
    attack", after "Bandits have killed 15 people in Unguwar Yabo village of ... Zamfara State") moved to the site
    inside that place where a sentence before told the event, or a later one that names the event again by the same
    place, of the same days: the state names the attack, the village is where it was."""
    out: list[Draft] = []
    for d in drafts:
        if d.scope == "local" and d.killed is not None and not d.inherited and d.start <= d.place.start_char < d.end \
                and event_named_by_place(low, d.place):
            # (of the same days: "Separately, the death toll from the Zamfara attack last month rose to 52" is
            # no toll of the village attacked on Monday)
            site = next((e for e in reversed(out) if 0 < d.sentence - e.sentence <= _NAMED_EVENT_BACK
                         and e.scope == "local" and _named_state_holds(d.place, e.place, parents)
                         and overlap(e.when, d.when)), None)
            # (or after, where that sentence names the event again by the wider place: "three persons lost their
            # lives in the Katsina attack", then "In the Katsina attack, bandits unleashed terror on Marar-Zamfarawa
            # village, reportedly killing three people")
            site = site or next((e for e in drafts if 0 < e.sentence - d.sentence <= _NAMED_EVENT_AHEAD
                                 and e.scope == "local" and _named_state_holds(d.place, e.place, parents)
                                 and overlap(e.when, d.when) and _names_event_again(low, e, d.place)), None)
            if site is not None:
                note = (f"the {d.place.surface or d.place.name} event told before at "
                        f"{site.place.surface or site.place.name}")
                d = replace(d, place=site.place, geo_precision=site.geo_precision, notes=[*d.notes, note])
        out.append(d)
    return out


def _named_state_holds(outer: Mention, inner: Mention, parents: dict[str, str]) -> bool:
    """Whether ``outer`` holds ``inner``, or names the state ``inner`` lies in by the name it shares with its capital
    ("the Sokoto attack", after a village of Sokoto State)."""
    return holds(outer, inner, parents) or (
        outer.country == inner.country and bool(inner.admin1) and outer.place_id != inner.place_id
        and fold(inner.admin1) == fold(outer.surface or outer.name))


def _names_event_again(low: str, e: Draft, place: Mention) -> bool:
    """Whether the sentence of ``e`` names the event by ``place`` as a word before its noun ("the Katsina attack")."""
    name = (place.surface or place.name).lower()
    at = low.find(name, e.start, e.end)
    while at >= 0:
        if event_named_by_place(low, replace(place, start_char=at, end_char=at + len(name))):
            return True
        at = low.find(name, at + 1, e.end)
    return False


_NAMED_EVENT_BACK = 6  # sentences back where the event named by its wider place ("the Zamfara attack") was told
_NAMED_EVENT_AHEAD = 10  # sentences on where it may be told, named again by that place
_REFERRED_BACK = 3  # sentences back where a definite reference's event may have been told
# "south of ", "north-west of the ": the way a place is measured from a town, right before the town.
_MEASURED_RE = re.compile(r"\b((?:north|south)?-?(?:east|west)?)(?:ern)?\s+of\s+(?:the\s+)?$")
_MEASURED_IN_RE = re.compile(r"\b((?:north|south)?-?(?:east|west)?)(?:ern)?\s+of\s+")
_MEASURED_KM = 80  # how far a dateline's town may lie from the town a sentence measures from
# A coarse mention that describes a town told before by the way it lies: "the town south of the Iraqi capital",
# "the city 60 miles north of Baghdad".
_TOWN_DESCRIBED_RE = re.compile(r"the\s+(?:town|city|village)\s+(?:[\w-]+\s+){0,3}?"
                                r"((?:north|south)?-?(?:east|west)?)(?:ern)?\s+of\s+")
_DESCRIBED_REACH = 3  # sentences back where the town described may be named
# A distance in a place's words: "5km from Maiduguri", "some 30 kilometres west of".
_DISTANCE_IN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:km|kms|kilometres|kilometers|mi|miles)\b")
# A village named as one: "the village of Dalori", "Dalori village".
_VILLAGE_OF_BEFORE_RE = re.compile(r"\b(?:village|hamlet|settlement)\s+of\s+$")
_VILLAGE_AFTER_RE = re.compile(r"\s+(?:village|hamlet)\b")
# An event's noun of another event than the one told before: "a fresh attack", "the second raid".
_OTHER_EVENT_BEFORE_RE = re.compile(r"\b(?:fresh|new|second|third|another|later|separate|latest)\s+(?:[\w'’-]+\s+)?$")


@cache
def _site_apposition_re() -> re.Pattern[str]:
    """An event's noun, then a comma and the words that say where it was: "Saturday night's attack, ", "the site of
    the massacre, some "."""
    return re.compile(rf"\b{event_nouns()},\s+(?:(?:some|about|around|nearly|roughly|just)\s+)?$")
# "in this Shiite-dominated city south of Baghdad": the article's words for the dateline's town, which may lie far
# from the town it is measured from.
# ("in this holy city 100 miles south of Baghdad", "in this Shiite-dominated city, 80 miles south of Baghdad")
_THIS_TOWN_BEFORE_RE = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,2}(?:city|town|port|capital|stronghold),?\s+"
                                  r"(?:(?:about|some|around|nearly|roughly)\s+)?"
                                  r"(?:[\d.,]+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{0,20}\)\s+)?)?$")
_THIS_TOWN_KM = 1000  # (the town lies that way, however far: the article says it is that town)
_SETTLEMENT_BEFORE_RE = re.compile(r"\b(?:village|villages|town|towns|hamlet|city|settlement|camp)\s+(?:[\w-]+\s+)?$")


def _lies_that_way(origin: Mention, town: Mention, way: str, reach: float = _MEASURED_KM) -> bool:
    """Whether ``town`` lies within ``reach`` km of ``origin`` and on the side ``way`` ("south", "north-west") says."""
    if not way.strip("-") or km_between(origin, town) > reach:
        return False
    north = town.latitude - origin.latitude
    east = (town.longitude - origin.longitude) * math.cos(math.radians(origin.latitude))
    return all((part != "north" or north > 0) and (part != "south" or north < 0)
               and (part != "east" or east > 0) and (part != "west" or east < 0)
               for part in re.findall(r"north|south|east|west", way))


def _country_tolls_national(drafts: list[Draft], links: dict[int, tuple[int, str]], low: str = "") -> list[Draft]:
    """``drafts`` with a toll still told only at a country, no place finer found for it in the article
    and no other toll counted in it, made country-wide ("Israel was taken by surprise when hundreds of
    Hamas militants stormed across the border ... and killed hundreds"): no point inside the country
    is its place, and the map draws no circle at the country's centre."""
    keepers = {keeper for keeper, _ in links.values()}
    out = []
    for i, d in enumerate(drafts):
        if (d.scope == "local" and d.place.kind == "country" and d.killed is not None and i not in links
                and i not in keepers and not (low and _ONE_ACT_AT_RE.search(low, d.start, d.end))):
            d = replace(d, scope="national", notes=[*d.notes, _COUNTRY_NOTE])
        out.append(d)
    return out


_COUNTRY_NOTE = "a toll told only at a country: a nationwide figure, not a local toll"
# One act at one site the text does not name: "killed 10 villagers in a remote farming community", "in a village".
_ONE_ACT_AT_RE = re.compile(r"\b(?:in|at|on|near)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:village|community|town|hamlet|"
                            r"market|mosque|church|school|camp|checkpoint|farm|settlement)\b")


# A day or two from the event told before: "A day earlier, a strike killed five", "the following day".
# (set off by a comma: "The attack came a day after gunmen killed four" dates the other event, and "The next day a
# communique said" only the telling)
_DAYS_FROM_RE = re.compile(r"\b(?:(?P<n>a|one|two|three)\s+(?P<unit>day|week)s?\s+(?P<way>earlier|before|later|after)"
                           r"|the\s+(?P<the>previous|following|next)\s+(?:day|morning|night|evening)"
                           r"|the\s+day\s+(?P<dayb>before)),")
_EARLIER_WORDS = frozenset({"earlier", "before", "previous"})
# The day of the event told before: "A separate drone strike the same day hit a bus".
_SAME_DAY_RE = re.compile(r"\b(?:the\s+same\s+(?:day|night|morning|afternoon|evening)|later\s+that\s+(?:day|night)"
                          r"|earlier\s+that\s+day|(?:hours|minutes)\s+(?:later|earlier),|(?:earlier|later)\s+in\s+the\s+day,)")


def _keepers_dated(drafts: list[Draft], links: dict[int, tuple[int, str]]) -> list[Draft]:
    """``drafts`` with a toll that counts another account of it, and whose sentence gives no date, dated as
    that account is ("A car bomb ... on Friday, killing at least 50", then "Provincial officials confirmed 42
    dead": Friday's); and a running total dated as the earlier toll it takes in, where that is dated before it:
    the day of the event, not the day the toll rose ("A missile strike on a restaurant in Kramatorsk on Tuesday
    evening killed eight people", then "The death toll later rose to 11, ... the governor said on Wednesday")."""
    dated: dict[int, When] = {}
    for i, (keeper, why) in sorted(links.items()):
        d, k = drafts[i], drafts[keeper]
        if keeper in dated or not d.when.dated or not overlap(d.when, k.when):
            continue
        if not k.when.dated:
            dated[keeper] = d.when
        elif why.startswith(RUNNING_WHY) and d.when.last is not None and k.when.first is not None \
                and d.when.last < k.when.first:
            dated[keeper] = replace(d.when, note=f"{d.when.note}; the day of the toll this running total takes in")
    if not dated:
        return drafts
    return [replace(d, when=dated[i]) if i in dated else d for i, d in enumerate(drafts)]


def _estimates_as_range(drafts: list[Draft], links: dict[int, tuple[int, str]]) -> list[Draft]:
    """``drafts`` with a toll that counts other sources' higher figures for it at its place given their highest as
    its high bound, as UCDP keeps a low and a high estimate ("Police put the death toll at 115", then "the police
    commander of the district said 155 were killed": 115–155, counted at 115); the wounded too, or the other
    sources' wounded where its own sources give none. Not a count the toll has risen from or to: a revised toll is
    the latest, no range. And a toll that counts the same figure told as a lower bound ("At least 19 people were
    killed in Hiraan region", then "the blasts in Mahas killed 19") is that lower bound: at least 19."""
    out = list(drafts)
    for i, (keeper, why) in sorted(links.items()):
        d, k = drafts[i], out[keeper]
        if k.killed is None:
            continue
        if why.startswith(SAME_TOLL_WHY) and d.killed is not None and d.killed.high is None \
                and d.killed.qualifier in _LOWER_BOUNDS and k.killed.low == d.killed.low == k.killed.high \
                and _lead_of_one_event(d, k):
            out[keeper] = replace(k, killed=replace(k.killed, high=None, qualifier=d.killed.qualifier),
                                  notes=[*k.notes, f"told elsewhere as a lower bound ({d.killed.words})"])
            continue
        if not why.startswith(_OTHER_ESTIMATE) or d.place.place_id != k.place.place_id:
            continue
        killed, wounded = _wider(k.killed, d.killed), _wider(k.wounded, d.wounded) if k.wounded else d.wounded
        if (killed, wounded) != (k.killed, k.wounded):
            out[keeper] = replace(k, killed=killed, wounded=wounded,
                                  notes=[*k.notes, "another source's higher figures for it give its high bounds"])
    return out


_LOWER_BOUNDS = frozenset({"at least"})  # ("more than 30" over a week is no lower bound of a day's 30)


def _lead_of_one_event(lead: Draft, town: Draft) -> bool:
    """Whether ``lead``, a coarse toll counted at ``town``, tells its toll over no more days than the town's: not
    "More than 30 people were killed in North Darfur this week" over Tuesday's 30 at a town."""
    a, b = lead.when, town.when
    return not a.dated or not b.dated or None in (a.first, a.last, b.first, b.last) \
        or a.last - a.first <= b.last - b.first


def _wider(count: Count | None, other: Count | None) -> Count | None:
    """``count`` with ``other``'s highest figure as its high bound, where that is higher than its own."""
    if count is None or other is None or count.low is None or other.low is None:
        return count
    top = max(other.low, other.high or 0)
    return replace(count, high=top) if top > max(count.low, count.high or 0) else count


_OTHER_ESTIMATE = ("another estimate of the toll at ", "another account of the toll at ")


def _follow_refined(before: list[Draft], after: list[Draft]) -> list[Draft]:
    """``after`` (the drafts :func:`refine` gave) with a toll placed at the largest toll's place told before
    moved with that toll, where refine moved it: "killing at least 16 people" near Baghdad, then "The attack
    hit a police checkpoint in Mahmudiya", then "raising the toll to 18" is Mahmudiya's running total."""
    kept = {(d.start, d.place.place_id) for d in after}
    gone: dict[int, set[str]] = {}
    for d in before:
        if (d.start, d.place.place_id) not in kept:
            gone.setdefault(d.start, set()).add(d.place.place_id)
    # (the draft refine moved a toll to keeps the toll's start and says so in a note)
    moved = {pid: d.place for d in after if d.start in gone and any(n.endswith(REFINED_NOTE) for n in d.notes)
             for pid in gone[d.start] if pid != d.place.place_id}
    if not moved:
        return after
    return [replace(d, place=(to := moved[d.place.place_id]),
                    notes=[*d.notes, f"moved with that toll to {to.surface or to.name}"])
            if d.place.place_id in moved and any(n.startswith(_NO_PLACE + _LARGEST) for n in d.notes) else d
            for d in after]


_NO_PLACE = "no place in the sentence: "  # (the opening of the note of a figure placed by _continuation)
_LARGEST = "the place of the largest toll told before"


def _several_places_totals(drafts: list[Draft], links: dict[int, tuple[int, str]], low: str) -> list[Draft]:
    """``drafts`` with a toll told over several towns at once ("The death toll in the attack in Bokkos and
    Barkin-Ladi has risen to 195") made an operation's, where other sentences count the dead at two or more
    of those towns ("148 Bokkos villagers", "At least 50 ... in the Barkin Ladi area"): the parts are the
    local tolls, the whole is told beside them, as a coder codes a coordinated attack's total."""
    out = list(drafts)
    # The towns each sentence names with no toll of their own, and those of reports told again in it (filed by
    # the sentence's start): read once, not for every toll.
    named: dict[int, set[str]] = {}
    for e in drafts:
        if e.place.kind not in LOCAL_KINDS:
            continue
        # (not a town of another event's clause: "..., hours after a drone strike east of Sanaa")
        if e.killed is None and not another_time_before(low, e.start, e.place.start_char):
            named.setdefault(e.start, set()).add(e.place.place_id)
        for a, _ in e.also:
            named.setdefault(a, set()).add(e.place.place_id)
    for i, d in enumerate(drafts):
        if d.scope != "local" or d.killed is None or i in links:
            continue
        # (the towns the toll may cover: those it is told with, or its sentence's other towns with no toll; a
        # town of the sentence may have been told again with its own toll, the two reports one: "in Bokkos and
        # Barkin-Ladi has risen to 195", then "50 died in Barkin Ladi")
        places = {d.place.place_id, *d.covers, *named.get(d.start, ())}
        if len(places) < 2:
            continue
        # (of the same days, and not told as other events: "On Sunday, strikes killed 10 people in Rafah and 6
        # in Khan Younis" after Saturday's 40, "Separately, 5 civilians were killed in Djibo")
        told = {e.place.place_id: e for k, e in enumerate(drafts)
                if k != i and k not in links and e.start != d.start and e.scope == "local"
                and e.place.place_id in places and e.killed is not None and e.killed.low
                and not other_days(d, e) and not opens_other_event(low, e.start, e.end, also=False)}
        if len(told) >= 2 or (len(told) == 1 and _one_smaller_part(d, next(iter(told.values())))):
            out[i] = replace(d, scope="operation", notes=[*d.notes, _SEVERAL_PLACES_NOTE])
    return out


def _one_smaller_part(whole: Draft, part: Draft) -> bool:
    """Whether ``part``, the one toll told at a town of ``whole``'s several, is a smaller toll at ``whole``'s own
    town or one its figure is told with, undated or of its one day: "killed 30 people in attacks on Gamboru and
    Ngala", then "The rebels killed 12 in Gamboru". (A place measured from a town is not the town; and one victim told
    by name is one of the dead told before: "Haokip, a farmer, was found dead in a church".)"""
    return (whole.killed.low is not None and part.killed.low < whole.killed.low
            and not (part.killed.low == 1 and part.killed.words[:1].isupper() and ", " in part.killed.words)
            and part.place.place_id in (whole.place.place_id, *whole.covers) and whole.place.precision != "coarse"
            and (not part.when.dated or (part.when.lo == part.when.hi and whole.when.lo == whole.when.hi
                                         and part.when.lo == whole.when.lo)))


_IN_AND_AROUND_RE = re.compile(r"\bin\s+and\s+around\s+(?!an?\s)")
_SEVERAL_PLACES_NOTE = "a toll of several towns, beside the tolls told at them: an operation-wide figure"


# A toll's verb of reaching a number, right before it: "had reached 1,200", "has risen to 30".
_REACHED_RE = re.compile(r"\b(?:reached|risen\s+to|rose\s+to|climbed\s+to|stands\s+at|stood\s+at|hit|passed|"
                         r"exceeded|topped)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|)$")
# "the Hodan district of ", right before a town's name.
_QUARTER_OF_RE = re.compile(r"\bthe\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
                            r"(?:district|neighbou?rhood|quarter|area|suburb)\s+of\s+$")
# "in the same area as Wednesday night's blast": the place of an event told before, named by no noun of its own.
_SAME_PLACE_AS_RE = re.compile(r"\b(?:in|at|near)\s+the\s+same\s+(?:area|place|location|spot|site|region|district|"
                               r"village|town|neighbou?rhood)\s+as\s+[^,;.]{0,40}?\b(?:attack|blast|bombing|"
                               r"explosion|strike|airstrike|raid|ambush|shelling|clash|massacre|killings?|incident)s?\b")
_COARSE_KINDS = frozenset({"region", "country"})  # places no one event's toll is drawn at
_UNIT_KINDS = frozenset({"governorate", "state"})  # a province: a series of events over it is no one event
_TOLD_REACH = 4  # sentences after an event's where a toll with no place may still be told of its place
# ... and farther, as a guess a later sentence that says where may correct ("Four people were killed, including the
# bomber", six sentences of quotes and the feast after the village was named; "... seen at least 70 bodies", then
# "the videos ... just outside the coastal town of Maungdaw")
_TOLD_GUESS_REACH = 8
# The dead told right after a place a sentence names otherwise (a speaker's seat): "the mayor of Yoro, where 24
# people were killed".
_DEAD_HERE_RE = re.compile(r",\s+where\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:were|was|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|wounded|injured)\b")
_STRIFE_RE = re.compile(r"(?:conflict|war|insurgency|violence|rebellion|uprising|fighting|unrest)\b")
# Words that put a town named after the event somewhere else than its site: where people went or came from, the
# hospital, the statement ("heading to Kabul", "came from Fallujah", "taken to a hospital in Zabid", "a statement
# issued in Samarra").
_AWAY_FROM_SITE_RE = re.compile(r"(?:\b(?:hospitals?|clinics?|morgues?|statement|heading|headed|returning|travell?ing|"
                                r"fled|taken|rushed|evacuated|transferred|hails?|hailed|born|based|"
                                r"speech|spoke|visit|visits|visited|visiting|meeting|conference|interview|condemned|"
                                # (not when it came: "The blast came in the late afternoon, when the", "came as the")
                                r"(?:came|comes)(?!\s+(?:as|when|while|shortly|just|late|early|at|in|on|during)\b))\b"
                                r"[^.;]{0,40}|\b(?:to|from)\s+)$")
# Where people gathered after an event, right before a site's name: "Mourners later gathered at the".
# (not "among mourners at the", "worshippers gathered at the": the attack's site told again)
_GATHERED_AT_RE = re.compile(r"\b(?:(?:later|afterwards|then)\s+(?:gathered|assembled|held|buried)|funerals?|burials?|"
                             r"buried)\b[^.;]{0,40}$")
# Another time than the event told, before a site's name in its sentence: "Last year, militants attacked the".
_ANOTHER_TIME_IN_RE = re.compile(r"\b(?:last\s+(?:year|month|week)|previously|in\s+(?:19|20)\d\d|"
                                 r"(?:years|months)\s+ago|earlier\s+this\s+(?:year|month)|in\s+the\s+past)\b")
# Someone's home, right before its name: "a resident of the village of Naranseina", "who lives in the Hodan district".
_HOME_BEFORE_RE = re.compile(r"\b(?:(?:residents?|natives?|inhabitants?)\s+of|(?:lives?|lived|living)\s+in)\s+"
                             r"(?:the\s+)?(?:[a-z]+\s+of\s+)?$")
# A toll changed from one count to another: "the death toll ... had risen from an initial 12 to 27", "revised from
# 95 to 84 the death toll".
_REVISED_FROM_RE = re.compile(
    r"\b(?:toll|number\s+of\s+(?:the\s+)?dead)\b[^.;:\d]{0,120}?\bfrom\s+(?:an?\s+(?:initial|earlier|previous)\s+)?"
    r"(\d[\d,]*)\s+to\s+\d"
    r"|\b(?:revised|raised|lowered|rose|risen|climbed)\s+from\s+(\d[\d,]*)\s+to\s+\d[\d,]*\s+the\s+(?:death\s+)?toll")
# What every such revision holds, looked for first (a literal's quick scan: most articles have none).
_FROM_A_COUNT_RE = re.compile(r"from\s+(?:an?\s+[a-z]+\s+)?\d")
# The wounded of an event told before who died since: "died of their wounds", "succumbed", "died in hospital".
_DIED_OF_WOUNDS_RE = re.compile(r"\b(?:died\s+(?:of|from)\s+(?:their|his|her|the)\s+(?:wounds|injuries)|succumbed"
                                r"|(?:later\s+)?died\s+(?:later\s+)?in\s+(?:a\s+|the\s+)?hospital)\b")
# A sentence that opens on its source saying more: "It added that", "He also said", "The ministry added".
_ADDED_OPENING_RE = re.compile(r"(?:it|he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:also\s+)?(?:added|said)\b")
_PERFECT_DEATHS = r"been\s+killed|died|been\s+slain|lost\s+their\s+lives"
_PRESENT_PERFECT_RE = re.compile(rf"\b(?:have|has)\s+(?:also\s+)?(?:{_PERFECT_DEATHS})\b")
# A tally told up to now, in the present perfect, active or passive: "have killed", "have been killed".
_SINCE_PERFECT_RE = re.compile(rf"\b(?:have|has)\s+(?:also\s+)?(?:killed|{_PERFECT_DEATHS})\b")
_SPREAD_DAYS = 7  # a toll told over this many days or more, of several events, is no local event's
_SPREAD_NOTE = "a toll of several events over a week or more, not one local event"


def _cues_that_count(cues: list[Cue], figures: bool, after_event: bool) -> list[Cue]:
    """``cues`` less those that count only beside a casualty figure, where the sentence has none, and those that
    count only right after a sentence that told an event, where it does not follow one (``after_event``)."""
    return [c for c in cues if (figures or c.sub_event_type != NEEDS_FIGURE)
            and (after_event or c.sub_event_type != AFTER_EVENT)]


def _told_in_body(headline: Draft, body: list[Mention], parents: dict[str, str]) -> bool:
    """Whether the body tells the headline's event at its place or inside it (``body``: the places it tells it at)."""
    return any(m.place_id == headline.place.place_id or holds(headline.place, m, parents) for m in body)


@cache
def _weekdays() -> tuple[str, ...]:
    """The days' names lower-cased, Monday first (as ``date.weekday()`` counts), from ``date_words.csv``."""
    return tuple(name.lower() for name in calendar_names().weekdays)


@cache
def _weekday_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(_weekdays())})\b")


@cache
def _since_a_day_re() -> re.Pattern[str]:
    """"since Sunday", "since last Friday": a span of days from a day of the week."""
    return re.compile(rf"\bsince\s+(?:last\s+)?(?:{'|'.join(_weekdays())})\b")


_BY_RE = re.compile(r"\s+by\b")
# A toll with no place this large, and this many times every local toll told before it, is a background total.
_BACKGROUND_FLOOR = 1000
_BACKGROUND_RATIO = 5
_TALLY_FLOOR = 100  # the least a tally told in the present perfect, beyond the local tolls, counts (see _tally_beyond)
# How far after a casualty verb a figure is its object ("killing at least 12 people", "killed as many as 40").
_OBJECT_REACH = 16


def _told_again_in_quotes(text: str, floor: int, figs: list[Figure]) -> bool:
    """Whether the first of two equal figures stands in quotation marks the sentence opened before it
    (a quoted title or words): one toll told twice. (Where the quotation closes is not asked: the press
    closes one opened with a double mark with a single one as well.)"""
    first, second = figs
    return (first.low, first.high) == (second.low, second.high) and _open_quotes(text, floor, first.start)


def _open_quotes(text: str, floor: int, at: int) -> bool:
    """Whether quotation marks opened between ``floor`` and ``at`` are still open at ``at``."""
    span = text[floor:at]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _over_seasons(facts: SentenceFacts) -> bool:
    """Whether the sentence's own date spans a season or more ("last year", "in 2023", "between March and
    August")."""
    when = facts.when
    return when.spans and (when.hi - when.lo).days + 1 >= _SEASON_DAYS


_SEASON_DAYS = 90
# One act on a target, as a verb: "militants stormed a school in Peshawar"; or the toll ranked among the period's
# ("The death toll of at least 84 was Thailand's second highest for an incident this year").
_ACTED_ON = "attacked|struck|stormed|bombed|raided|hit|targeted|ambushed|shelled"  # verbs of an act done to a target
_ONE_ACT_RE = re.compile(rf"\b(?:(?:{_ACTED_ON}|overran)\s+(?:an?|the|one)|deadliest|worst|bloodiest|highest|largest"
                         r"|biggest|incident)\b")


# Acts done to one target: "targeted a peace rally", "struck a wedding party" (not "hit a number of villages").
_ONE_TARGET_RE = re.compile(rf"\b(?:{_ACTED_ON}|tore\s+through|ripped\s+through)\s+an?\s+(?!(?:number|series|string|"
                            r"spate|wave|host|range|couple|few|total|dozen|handful)\b)")


# Another target listed after the first: "a church, a mosque", "a school and several villages".
_MORE_TARGETS_RE = re.compile(r"[^,.;]{0,40}?(?:,\s+(?:an?|the|several|two|three|\d+)\s|\s+and\s+(?:an?|the|several|"
                              r"many|other|two|three|four|five|\d+|dozens)\s)")


def _over_weeks(facts: SentenceFacts) -> bool:
    """Whether the sentence's own date spans a week or more ("Between 7 and 25 July", "in September")."""
    when = facts.when
    return when.spans and (when.hi - when.lo).days + 1 >= _SPREAD_DAYS


def _acts_apart(best: dict, figures, low: str, told_before: Callable[[Cue], bool]) -> frozenset[tuple[int, int]]:
    """The clauses whose own cue tells one violent act (not a bare killing, nor several: "witnessed several
    attacks") whose own words hold no figure of a wider scope than one place's."""
    wide = [f.start for f in figures if f.scope in WIDE_SCOPES]
    out = set()
    for span, cue in best.items():
        if cue is None or cue.event_type not in VIOLENT_TYPES \
                or _STRIFE_RE.match(low, cue.start) or told_before(cue):
            continue  # (nor a war's noun, nor an act told before: "the attack was linked to a conflict in Tigray")
        # (the act's own words, up to the comma after its cue: "..., the latest in a week of bombings" or ",
        # ending a bloody week in which 45 people died" is no part of them)
        comma = low.find(", ", cue.start, span[1])
        end = span[1] if comma < 0 else comma
        if not any(span[0] <= at < end for at in wide) and not several_events(low, span[0], end) \
                and not counted_events(low, span[0], end):
            out.add(span)
    return frozenset(out)


def _draft(drafts: _Drafts, facts: SentenceFacts, m: Mention, cue: Cue, *,
           scope: str = "local", inherited: bool = False, kind: tuple[str, str] | None = None) -> Draft:
    """The sentence's one draft for ``m`` and ``scope``: the first to ask for it makes it."""
    key = (m.place_id, scope)
    if key not in drafts:
        drafts[key] = new_draft(facts, m, cue, scope=scope, inherited=inherited, kind=kind)
    return drafts[key]


class _Builder:
    """One article's drafts so far, fed one sentence with cues at a time."""

    def __init__(self, article: Article, mentions: list[Mention], gazetteer: Gazetteer | None):
        self.article = article
        self.text = article.text
        self.low = lowered(article.text)
        self.gazetteer = gazetteer
        self.parents = parents(mentions, gazetteer)
        self.mentions = mentions
        # A dateline is where the report was filed, never where anything happened (see is_dateline).
        self.datelines = {m.start_char for m in mentions if is_dateline(m, article.text)}
        self.dateline_town: Mention | None | bool = None  # read when first asked (see _measured)
        self.field_town: Mention | None | bool = None  # read when first asked (see _field_dateline)
        self.called_here: Mention | None | bool = None  # read when first asked (see _called_here)
        self.body_mentions = [m for m in mentions if m.start_char not in self.datelines]
        self.sites: list[Mention] | None = None  # see _sites
        self.home: str | None = None  # see _home
        self.claims: dict[tuple[int, int], bool] = {}  # see _claim
        self.by_sentence: dict[int, list[Mention]] = {}
        self.all_by_sentence: dict[int, list[Mention]] | None = None  # see _in_sentence
        self.told_sentences: set[int] | None = None  # the sentences with reports, once the article is read
        self.revised_from: frozenset[int] | None = None  # the counts a toll was revised from, once read
        self.headings: tuple | None = None  # the lines that name only a town, heading what follows (see _heading)
        self.figure_sentences: set[int] = set()  # the sentences a killed count was read in
        self.cued: set[int] = set()  # the sentences with a cue word of an event, so far
        self.calls: dict[str, set[str]] = {}  # the places the article calls by a noun (see referred_place)
        for m in mentions:
            if m.role == "location":
                self.by_sentence.setdefault(m.sentence, []).append(m)
        self.title = " ".join(article.title.split())
        self.drafts = Drafts()
        # The last sentence with a cue, and the reports it made.
        self.last_index = -2
        self.last_drafts: list[Draft] = []
        # The last sentence that told a local event, and where.
        self.told: tuple[int, Mention] | None = None
        # Each weekday's last local event told, by the weekday's index: "in the same area as Monday's blast".
        self.told_on: dict[int, Mention] = {}
        self.last_day: When | None = None  # the date of the last local event told on one day
        self.most_killed = 0  # the largest local killed figure told so far (0: none)
        self.most_killed_at: Mention | None = None  # ... and its place
        self.local_killed = 0  # the sum of the local killed figures told so far, each place's largest
        self.tolls = TollPlaces([], self.text)  # the current sentence's
        self._overlaps: tuple | None = None  # a sentence's places, filed for _own_place and _site_in_unit
        # Where a country is named as a state (its mention's end): "Lebanon protested" is no crowd's protest.
        self.states = {m.end_char for m in mentions if m.role == "metonymy"}

    def sentence(self, s: Sentence, found: list[Cue]) -> None:
        """Add the reports of sentence ``s``, whose cue words are ``found``."""
        text = self.text
        if self.told is not None and opens_other_event(self.low, s.start, s.end, also=False) \
                and not _DIED_OF_WOUNDS_RE.search(self.low, s.start, s.end):
            # "Later Monday, residents reported missiles pounding Mogadishu's main market": another event,
            # whose toll the last one's place does not take (but "Later, a hospital official said three more
            # pupils had died of their wounds" tells more dead of the last one).
            self.told = None
        found = [c for c in found if not _in_proper_name(text, c, s.start) and not self._states_complaint(c)]
        if found:
            self.cued.add(s.index)
        casualties = any(c.event_type in (ANY_TYPE, ATTACK[0]) for c in found)
        if not (casualties or s.index in self.by_sentence or self.last_index == s.index - 1):
            return  # nothing to place, no figure, no place to take from the sentence before
        spans = clauses(text, s.start, s.end)
        cues = real_cues(text, self.low, found, spans)
        casualties = any(c.event_type in (ANY_TYPE, ATTACK[0]) for c in cues)
        figures = self._read_figures(s) if casualties else ()
        cues = _cues_that_count(cues, bool(figures), self.last_index == s.index - 1)
        cues = cues or self._victims_again(s) or self._event_again(s)
        if not cues:
            return
        if all(c.event_type == ANY_TYPE for c in cues) and _disaster_re().search(self.low, s.start, s.end):
            # "A boat carrying migrants capsized off Lampedusa, killing 41": deaths no armed party caused, no
            # conflict event (an attack, a strike or a clash told in the sentence makes one all the same).
            self.last_index, self.last_drafts = s.index, []
            return
        best: dict[tuple[int, int], Cue | None] = dict.fromkeys(spans)
        for c in cues:  # each clause's cue of the highest priority
            span = clause_of(spans, c.start)
            if span[0] <= c.start < span[1] and (best[span] is None or _priority(c) > _priority(best[span])):
                best[span] = c
        top = max(cues, key=_priority)
        places = self._places(s, spans, best, found,
                              referring=not figures and all(anaphoric(self.low, s.start, c) for c in cues))
        before = self._before(s)
        # (a region the sentence names for its event is where it was: "militants attacked a checkpoint in Bajaur
        # district", after a toll in Tank, is no event in Tank)
        region = next((m for m in places if m.kind == "region" and _UNIT_NOUN_END_RE.search(m.surface)), None) \
            if not any(m.kind in LOCAL_KINDS for m in places) else None
        inherit = bool(before) and region is None and not any(m.kind in LOCAL_KINDS for m in places) \
            and not anaphoric(self.low, s.start, top)
        if not (places or figures or inherit):
            self.last_index, self.last_drafts = s.index, []
            return
        facts = self._same_day(read_facts(self.article, self.low, self.title, s, spans, figures))
        drafts: _Drafts = {}
        self.tolls = TollPlaces(places, text)
        cue_at, violent, clause_cue = _toll_cues(cues, best, spans, top, self.low)
        for m in places:
            _draft(drafts, facts, m, clause_cue(m.start_char))
        earlier = self._count(figures, facts, drafts, places, cue_at, top, violent,
                              bare=tuple(c.end for c in cues) if all(c.event_type == ANY_TYPE for c in cues) else None)
        beside = self._beside_earlier(drafts, earlier, s)
        wide = {d.place.place_id for d in drafts.values() if d.scope in WIDE_SCOPES} - beside
        # (but an act its own clause tells at the place stays an event there: "A suicide bomber struck a police
        # station north of Baghdad, the latest in a week of bombings that have killed nearly 80 people")
        acts = _acts_apart(best, figures, self.low, partial(anaphoric, self.low, s.start)) if wide else frozenset()
        added = [d for d in drafts.values()
                 if (d.place.kind in LOCAL_KINDS or d.scope in WIDE_SCOPES or d.has_figures
                     or (region is not None and d.place is region))
                 and not (d.scope == "local" and not d.has_figures and d.place.place_id in wide
                          and clause_of(spans, d.place.start_char) not in acts)]
        if not added and inherit:
            kind = resolve_type(top, facts.actors, facts.victims, facts.civilian)
            if kind not in _NOT_INHERITED:
                # An event told without a place happened where the sentence before says.
                m = before[0]
                d = _draft(drafts, facts, m, top, inherited=True)
                d.notes.append(f"no place in the sentence: the place of the sentence before ({m.surface})")
                added.append(d)
        for d in added:
            self._note_unknown_village(d, s)
            self.drafts.add(d)
            self._note_largest(d)
        self.last_index, self.last_drafts = s.index, added
        # (Not an agreement's: a toll told next is not the place of a debate's "in New York".)
        # (the one with a toll first: "At least five civilians lost their lives ... in the rural town of Agona,
        # Estre District of South Gondar Zone" told its event at Agona, the zone only perhaps)
        at_home = [d for d in reversed(added) if d.scope == "local" and d.place.kind in LOCAL_KINDS
                   and d.kind[1] != _AGREEMENT]
        local = next((d for d in at_home if d.killed is not None or d.wounded is not None),
                     at_home[0] if at_home else None)
        if local is not None:
            self.told = (s.index, local.place)
            if local.when.dated and local.when.lo is not None and local.when.lo == local.when.hi:
                self.told_on[local.when.lo.weekday()] = local.place
                self.last_day = local.when

    def _wider_scope(self, fig: Figure, s: Sentence, bare: tuple[int, ...] | None, dated: bool) -> str | None:
        """The wider scope of a figure read as local, where its sentence gives one; else None (``dated``: the
        sentence gives a date of its own)."""
        if self.low.find("around", s.start, s.end) >= 0 and _IN_AND_AROUND_RE.search(self.low, s.start, s.end):
            # "killed 11 civilians ... in and around Batangafo between 30 October and 06 November": the
            # toll of several events in a town and around it (not "in and around a hospital").
            return "operation"
        if bare is not None and (fig.low or 0) >= _BACKGROUND_FLOOR \
                and is_running_total(self.low, max(s.start, fig.start - _TOTAL_REACH), fig.start):
            # "the number of martyrs in Gaza has risen to 31,000": a war's dead in thousands told as a
            # running total, with no event but deaths, is no event at a place.
            return "cumulative"
        if bare is not None and _since_a_day_re().search(self.low, s.start, s.end) and not self._in_sentence(s.index):
            # "More than 60 people have been reported killed since Sunday": deaths over days, told with no event and
            # no place of their own, are a tally, not the toll of the event told before.
            return "cumulative"
        if self._tally_beyond(fig, s, dated):
            return "cumulative"
        if self._in_country_clause(fig, s):
            return "national"
        # (nor a war's tally told on by its source: "since the war erupted Jan. 17, 416 army soldiers ... have been
        # killed", then "It added that approximately 136 Houthis have been killed")
        return self._tally_told_on(s, dated)

    def _in_country_clause(self, fig: Figure, s: Sentence) -> bool:
        """Whether ``fig`` stands in a clause of its own after the sentence's towns, whose events it puts in a
        country only: "a suicide car bombing ... in Mosul killed five people and injured 53, and three roadside bombs
        in Iraq killed four" (the four are the country's, at no town of the clause before)."""
        brk = self.low.rfind(", and ", s.start, fig.start)
        if brk < 0:
            return False
        mentions = self.by_sentence.get(s.index, ())
        # (no town in the clause, before the figure or after it: "and in Russia, a drone strike killed two in Belgorod"
        # is Belgorod's)
        if any(brk < m.start_char and m.kind != "country" for m in mentions) \
                or not any(m.start_char < brk and m.kind in LOCAL_KINDS for m in mentions):
            return False
        return any(brk < m.start_char < fig.start and m.kind == "country"
                   and self.low.endswith(" in ", 0, m.start_char) for m in mentions)

    def _tally_since(self, s: Sentence) -> bool:
        """Whether sentence ``s``, dated over a week or more, tells a tally up to now: "since" its day, in the present
        perfect, with no one act ("since 1 June 2007, IOF have killed 72 Palestinians in the Gaza Strip")."""
        return self.low.find("since", s.start, s.end) >= 0 and _SINCE_PERFECT_RE.search(self.low, s.start, s.end) \
            is not None and not self._one_act(s)

    def _tally_beyond(self, fig: Figure, s: Sentence, dated: bool) -> bool:
        """Whether ``fig`` is a tally of the war told in passing: in the present perfect ("at least 180 civilians have
        been killed, most of them by the Rwandan Hutu militias"), with no place, no day and no act of its own, a hundred
        or more and more than ``_BACKGROUND_RATIO`` times every local toll told before it (a jail raid's nine dead)."""
        # (nor right after a sentence that told an event: "In a second, larger blast minutes later, a truck bomb tore
        # through the crowded market. Hospital officials said at least 120 people have been killed")
        return (fig.low is not None and fig.low >= _TALLY_FLOOR and self.most_killed > 0
                and fig.low > _BACKGROUND_RATIO * self.most_killed and not dated
                and _PRESENT_PERFECT_RE.search(self.low, s.start, s.end) is not None
                and not self._in_sentence(s.index) and not self._one_act(s)
                and not (self.last_index == s.index - 1 and self.last_drafts))

    def _tally_told_on(self, s: Sentence, dated: bool) -> str | None:
        """The scope of the tolls of the sentence before, where they were all a war's or an operation's tally of one
        scope and the sentence opens on its source adding to them ("It added that ...", "He also said") and tells
        its own in the present perfect ("have been killed"), with no place, no day and no act of its own (not "It
        added that at least 40 people have been killed in an attack on a market in Omdurman on Sunday"); else
        None. (``dated``: the sentence gives a date of its own.)"""
        if self.last_index != s.index - 1 or dated \
                or _ADDED_OPENING_RE.match(self.low, _space_after(self.text, s.start, s.end)) is None \
                or self._in_sentence(s.index) or self._one_act(s):
            return None
        scopes = {d.scope for d in self.last_drafts if d.killed is not None}
        if len(scopes) != 1 or not scopes.issubset(WIDE_SCOPES) \
                or _PRESENT_PERFECT_RE.search(self.low, s.start, s.end) is None:
            return None
        return scopes.pop()

    def _one_act(self, s: Sentence) -> bool:
        """Whether the sentence tells one act: an event named ("a truck bombing", "the attack") or done to a
        target ("stormed a school")."""
        return introduces_event(self.low, s.start, s.end) or refers_back(self.low, s.start, s.end) \
            or _ONE_ACT_RE.search(self.low, s.start, s.end) is not None

    def _one_target(self, s: Sentence) -> bool:
        """Whether the sentence's acts struck one target ("suicide bombings ... targeted a peace rally"), not a
        list of them ("struck a church, a mosque and several villages") nor as many as it counts ("10 attacks")."""
        one = _ONE_TARGET_RE.search(self.low, s.start, s.end)
        return one is not None and _MORE_TARGETS_RE.match(self.low, one.end(), s.end) is None \
            and not counted_events(self.low, s.start, s.end)

    def _same_day(self, facts: SentenceFacts) -> SentenceFacts:
        """``facts``, dated as the event told before where the sentence gives no date but "the same day" ("A
        separate drone strike the same day hit a bus near Bahir Dar"), or a day or two from it ("A day earlier,
        a strike killed five people in Deir al-Balah", "the following day")."""
        s = facts.sentence
        if facts.when.dated or self.last_day is None:
            return facts
        if _SAME_DAY_RE.search(self.low, s.start, s.end):
            return replace(facts, when=replace(self.last_day, note=f"{self.last_day.note}; 'the same day' as the "
                                                                    "event told before"))
        # (a day or a week is named in each of its phrases: a quick look first)
        days = _DAYS_FROM_RE.search(self.low, s.start, s.end) if self.low.find("day", s.start, s.end) >= 0 \
            or self.low.find("week", s.start, s.end) >= 0 else None
        day = self.last_day
        if days is None or day.lo is None or day.hi is None or day.lo != day.hi:
            return facts
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(days.group("n") or "a", 1) * (
            7 if days.group("unit") == "week" else 1)
        way = days.group("way") or days.group("the") or days.group("dayb")
        shift = dt.timedelta(days=-n if way in _EARLIER_WORDS else n)
        return replace(facts, when=replace(day, lo=day.lo + shift, hi=day.hi + shift, first=day.lo + shift,
                                           last=day.hi + shift,
                                           note=f"'{days.group().strip()}': {(day.lo + shift).isoformat()}, "
                                                f"from the day of the event told before ({day.lo.isoformat()})"))

    def _dated_in_bracket(self, d: Draft, fig: Figure, s: Sentence, bracketed: bool) -> None:
        """Date ``d`` by the bracket ``fig`` stands in, where it does and the bracket gives a date ("Garissa
        University (April 2015, 148 dead)": the bracket's own date, not the sentence's)."""
        if not bracketed:
            return
        when = sentence_when(self.text, replace(s, start=self.text.rfind("(", 0, fig.start), end=fig.start),
                             self.article)
        if when.dated:
            d.when = when

    def _beside_earlier(self, drafts: _Drafts, earlier: set[int], s: Sentence) -> set[str]:
        """The places where the sentence tells its own event beside the toll of an earlier one told there
        (``earlier``: the ids of the drafts of such tolls only): "The blast occurred ... in Sinjar, a town ...
        that was the site of ... bombings in August 2007 that killed about 500 people". Their drafts with no
        figure stay, dated by the words up to the place (the date after it is the earlier event's)."""
        beside = {d.place.place_id for d in drafts.values()
                  if id(d) in earlier and at_the_event(self.low, s.start, d.place.start_char)}
        for d in drafts.values():
            if d.place.place_id in beside and d.scope == "local" and not d.has_figures:
                d.when = sentence_when(self.text, replace(s, end=d.place.end_char), self.article)
        return beside

    def _states_complaint(self, cue: Cue) -> bool:
        """Whether protest word ``cue`` is a state's complaint, not a crowd's: right after a country named as
        a state ("Lebanon protested") or a word of ``diplomatic_words.csv`` ("the government protested",
        "lodged a formal protest")."""
        if cue.event_type != "Protests":
            return False
        before = self.text[max(0, cue.start - 40):cue.start]
        if cue.start - (len(before) - len(before.rstrip())) in self.states:
            return True
        return _diplomatic_re().search(self.low, max(0, cue.start - 40), cue.start) is not None

    def _count(self, figures: tuple[Figure, ...], facts: SentenceFacts, drafts: _Drafts, places: list[Mention],
               cue_at: Callable[[int], Cue], top: Cue, violent: Cue | None = None, *,
               bare: tuple[int, ...] | None = None) -> set[int]:
        """Add each of the sentence's ``figures`` to the draft it counts for (``cue_at``: the cue of the
        clause at a character; ``violent``: the sentence's violent cue of the highest priority, if any;
        ``bare``: where its cues end, when they tell deaths and no event). Returns the ids of the drafts that
        count only earlier events' tolls told with no place of their own."""
        s = facts.sentence
        counted: dict[tuple[int, str], tuple[Draft, list[Figure]]] = {}  # each draft's figures of each kind
        earlier: dict[int, bool] = {}  # draft id -> whether all its figures are earlier events' with no place
        weeks = _over_weeks(facts)
        # (not several that made one act: "In October, suicide bombings ... targeted a peace rally outside the main
        # train station in Ankara, killing 102 people")
        spread = weeks and several_events(self.low, s.start, s.end) and not self._one_target(s)
        # "At least 36 civilians ... were killed in and around Ilovaisk in August 2014, according to a UN
        # report": the deaths of weeks, told as what befell them and with no event, are a tally of the
        # period ("In September 2022, the Burma Air Force struck a school ..., killing at least 12": the
        # toll of an act, one event).
        # ("shot dead by soldiers": an act with its agent, one event)
        tally = weeks and bare is not None and not any(_BY_RE.match(self.low, end) for end in bare)
        totals = self._totals_of_several(figures, s.start)
        seasons = _over_seasons(facts)  # (the sentence's own date spans a season: its one act read if asked)
        since = weeks and self._tally_since(s)  # (read once a sentence, not once a figure)
        apart = _apart_from_places(self.text, self.low, figures, places)
        owned: list[frozenset[str]] = []  # (read once a sentence, if asked: _orphan_item)
        for fig in figures:
            if fig.start in totals:
                # "killing at least 15 ... in the bloodiest of several attacks yesterday that claimed 30
                # lives": the larger figure is the day's toll of several events, the smaller this one's.
                fig = replace(fig, scope="operation")
            if fig.scope == "local" and self._toll_of_counted_events(fig, s, places):
                # "Two separate airstrikes ... claimed the lives of at least 21 civilians in northern
                # Yemen", "The death toll from the two attacks was put at around 100": the toll of the
                # events the sentence counts, at no one town.
                fig = replace(fig, scope="operation")
            # ("Armed groups killed more than 2,600 civilians in northwest Nigeria last year, according to ACLED":
            # the dead of a year told with no one act, a tally of the period too; not "In 2017, a truck bombing in
            # the city killed more than 500 people", one event)
            if fig.scope == "local" and ((tally and not any(0 <= fig.start - end <= _OBJECT_REACH for end in bare))
                                         or (seasons and not self._one_act(s)) or since):
                fig = replace(fig, scope="cumulative")
            if fig.scope == "local" and (wide := self._wider_scope(fig, s, bare, facts.when.dated)) is not None:
                fig = replace(fig, scope=wide)
            # (but one of them told in brackets after its place is its own: "attacks ... against the Westgate
            # shopping mall in Nairobi (September 2013, 67 dead), Garissa University (April 2015, 148 dead)")
            bracketed = in_own_bracket(self.text, fig)
            spread_over = spread and not bracketed
            if spread_over and fig.scope == "local":
                # "Between 7 and 25 July, armed groups carried out 10 attacks on villages ..., killing
                # at least 30": the toll of many events over weeks is no one event's.
                fig = replace(fig, scope="operation")
            if self._orphan_item(fig, figures, s, owned):
                continue
            d = self._place_figure(fig, facts, drafts, _places_before_running(self.low, fig, places, s.end),
                                   cue_at(fig.start), top, fig.start in apart, bracketed)
            if d is None:
                continue
            self._dated_in_bracket(d, fig, s, bracketed)
            if spread_over and _SPREAD_NOTE not in d.notes:
                d.notes.append(_SPREAD_NOTE)
            earlier[id(d)] = earlier.get(id(d), True) and fig.earlier and fig.place_start < 0
            counted.setdefault((id(d), fig.kind), (d, []))[1].append(fig)
        for (_, kind), (d, figs) in counted.items():
            if kind == "killed" and violent is not None and d.kind[0] == _DEVELOPMENTS:
                # "A policeman, a woman and a girl were killed in two hours of fighting ..., and police
                # arrested three men": the dead are the fighting's, not the arrests'.
                d.kind = resolve_type(violent, facts.actors, facts.victims, facts.civilian)
            if len(figs) > 1:
                figs = self._totals_or_parts(d, kind, figs, s)
            if len(figs) == 2 and _told_again_in_quotes(self.text, s.start, figs):
                # 'in a statement titled, "Eleven confirmed killed ...", said 11 people were killed': the
                # quoted title's figure is the toll the sentence then tells, not another part of it.
                setattr(d, kind, add_figures(getattr(d, kind), figs[1:], self.text))
                continue
            if len(figs) == 2 and self._two_accounts(figs, s):
                # "A local militia leader said six people had died but a survivor said up to 19 were
                # killed": two sources' figures for one toll, not two tolls (but "43 Houthi fighters
                # ..., while another source said seven loyalists died" counts two sides' dead).
                setattr(d, kind, estimates(getattr(d, kind), figs, self.text))
                continue
            setattr(d, kind, add_figures(getattr(d, kind), figs, self.text))
        return {key for key, only in earlier.items() if only}

    def _without_parts_of_later(self, figs: list[Figure]) -> list[Figure]:
        """``figs`` (one draft's, of one kind) without a part of a group told before a larger toll of the same
        event in a clause of its own: "one of its volunteers was killed in the strike on Deir al-Balah, which
        killed 8 people" (not "Five soldiers and two of the attackers were killed": more dead)."""
        last = figs[-1]
        return [f for f in figs if not (f is not last and (f.low or 0) < (last.low or 0)
                                        and _OF_A_GROUP_RE.search(self.low, f.start, f.end)
                                        and _WHICH_KILLED_RE.search(self.low, f.end, last.start))]

    def _toll_of_counted_events(self, fig: Figure, s: Sentence, places: list[Mention]) -> bool:
        """Whether ``fig`` is the toll of two or more events the sentence counts before it, with no
        clause break between, and it would go to no town: to a region, a country, or no place of its
        sentence ("two explosions at a market in Baghdad killed 20" is one event's toll, at the town);
        or of killings "during" events in the plural ("during retaliatory strikes"), at a region or a
        country."""
        low = self.low
        # (counted in the figure's own clause: after a dateline's colon too, "Guwahati : Terror gripped Assam after a
        # series of 11 bomb blasts rocked the state Thursday killing at least 48 people")
        opens = max(low.rfind(";", s.start, fig.start), low.rfind(":", s.start, fig.start), s.start - 1) + 1
        counted = counted_events(low, opens, fig.start)
        series = series_of_events(low, opens, fig.start)
        after = None if counted or series else _IN_EVENTS_AFTER_RE.match(low, fig.end)
        counted_after = after is not None and counted_events(low, after.end() - 1, after.end() + _COUNTED_REACH)
        if not (counted or series or counted_after) and not killed_during_events(low, fig.end, s.end):
            return False
        own = self._own_place(s.index, fig) if fig.place_start >= 0 else None
        where = own or (self.tolls.place(fig)[0] if places else None)
        if counted_after:
            # (or counted in the figure's own clause after it, over a country or a part of one: "killed at least 27
            # civilians in central Mali in three attacks on ... villages"; not "killed 9 soldiers in North Waziristan
            # in two attacks on Monday", one district's)
            return where is not None and (where.kind == "country" or where.place_id.startswith("part:"))
        if where is None:
            # (not a series told at no place of its own: "Inside the city, a wave of missile strikes killed 11 men" is
            # the city's)
            return counted
        # Killed during events in the plural, over a region or a country: "In the Gaza Strip, health
        # officials said 1,055 people had been killed during retaliatory strikes by Israel".
        # ("carried out six attacks that killed at least 35 people" in and around a city: no one event's toll)
        # (or a series of them over a province: "a series of 11 bomb blasts rocked the state ... killing at least 48",
        # "a string of bombings rocked Borno state"; not "11 people were killed in three explosions in Kokrajhar
        # district, 12 in Barpeta district")
        return where.kind in _COARSE_KINDS or (series and where.kind in _UNIT_KINDS) \
            or (counted and _MANY_EVENTS_RE.search(low, s.start, fig.start) is not None
                and _SPREAD_RE.search(low, s.start, fig.start) is not None)

    def _totals_of_several(self, figures: tuple[Figure, ...], floor: int) -> set[int]:
        """Where the sentence's local killed figures that total several events start, when the sentence
        also gives a smaller one: the figure before "including ... 21 dead in the capital", or the only
        one told of several events ("several attacks that claimed 30 lives")."""
        killed = [f for f in figures if f.kind == "killed" and f.scope == "local" and f.low is not None]
        if len(killed) < 2 or len({f.place_text for f in killed if f.place_text}) == len(killed):
            return set()  # (a toll at each of several places: "attacks killed 7 in Nyala and 4 in Zalingei")
        low = self.low
        out = {a.start for a, b in zip(killed, killed[1:]) if a.low > b.low and _part_of(low, a.end, b.start)}
        if out:
            return out
        near = [f for f in killed if several_events(low, max(floor, f.start - _SEVERAL_REACH), f.start, ranked=True)
                and not _CLAUSE_BREAK_RE.search(low, max(floor, f.start - _SEVERAL_REACH), f.start)]
        if len(near) == 1 and all(near[0].low > f.low for f in killed if f is not near[0]):
            return {near[0].start}
        return set()

    def _victims_again(self, s: Sentence) -> list[Cue]:
        """For a sentence with no cue that opens on the victims of the toll the sentence before told
        ("The victims ... were discovered in the village of Nyamamba"), a cue of that toll's event: its
        places are where the event was, and :func:`refine` may move the toll there."""
        told = self._told_just_before(s)
        if told is None:
            return []
        m = self._victims_at(s)
        if m is None or _ORIGIN_RE.search(self.low, s.start, s.end):
            return []  # "The victims were from the village of X": where they lived, not where they died
        return [Cue(m.start(), m.end(), told.kind[0], told.kind[1], 0)]

    def _told_just_before(self, s: Sentence) -> Draft | None:
        """The local toll the sentence right before ``s`` told with a place of its own, if any."""
        if self.last_index != s.index - 1:
            return None
        return next((d for d in self.last_drafts if d.scope == "local" and d.killed is not None and not d.inherited),
                    None)

    def _event_again(self, s: Sentence) -> list[Cue]:
        """For a sentence with no cue that opens on the event of the toll the sentence before told, by a noun that
        only refers to it, and says where it took place ("The incident took place ... at the El Estadio bar in the
        town of Apaseo el Grande"), a cue of that toll's event: :func:`refine` may move the toll there."""
        told = self._told_just_before(s)
        m = _event_again_re().match(self.low, _space_after(self.text, s.start, s.end)) if told is not None else None
        return [Cue(m.start(), m.end(), told.kind[0], told.kind[1], 0)] if m is not None else []

    def opens_on_victims_or_event(self, s: Sentence) -> bool:
        """Whether sentence ``s`` opens on the victims of an event ("The victims ...", "The bodies ...") or on the
        event named again, said to have taken place ("The incident took place ...")."""
        at = _space_after(self.text, s.start, s.end)
        return self._victims_at(s) is not None or _event_again_re().match(self.low, at) is not None

    def _victims_at(self, s: Sentence) -> re.Match[str] | None:
        return _victims_re().match(self.low, _space_after(self.text, s.start, s.end))

    def _note_unknown_village(self, d: Draft, s: Sentence) -> None:
        """Say so when an event is at a place the gazetteer lacks, or at a province that names one."""
        holder = holder_id(d.place.place_id)
        if holder is not None:
            named = next((m for m in self.mentions if m.place_id == holder), None) or (
                self.gazetteer.get(holder) if self.gazetteer is not None else None)
            where = f"{named.name} ({named.kind})" if named else "the place the article says holds it"
            note = f"{d.place.name} is not in the gazetteer: placed at {where}"
            if named and (named.latitude, named.longitude) != (d.place.latitude, d.place.longitude):
                # "Sulaiman Bek, 100 miles north of Baghdad": placed by the distance, not at the town (a place measured
                # far from its town is held by the country: "in Iraq", not "from Iraq").
                note = f"{d.place.name} is not in the gazetteer: placed where the text measures it " + (
                    f"from {named.name}" if named.kind != "country" else f"to lie, in {named.name}")
            if note not in d.notes:
                d.notes.append(note)
            return
        if d.place.kind not in _HOLDS_VILLAGES or d.inherited:
            return
        village = unknown_settlement(self.text, s.start, s.end, self.by_sentence.get(s.index, ()))
        note = f"{village} is not in the gazetteer: placed at the {d.place.kind} the sentence names"
        if village and note not in d.notes:
            d.notes.append(note)

    def _new_heading(self, heading: Mention, s: Sentence) -> bool:
        """Whether ``heading`` stands after the events the sentence before ``s`` told, if any: under one heading
        a sentence with no place tells on of the one before it."""
        before = self._before(s)
        line = self.text.rfind("\n", 0, heading.start_char) + 1
        return not before or all(m.start_char < line for m in before)

    def _heading(self, s: Sentence) -> Mention | None:
        """The place of the heading ``s`` stands under, in a round-up that files its incidents under their
        towns' names (see :mod:`geodata.events.headings`)."""
        if self.headings is None:
            # (a heading may read as a dateline: "Baidoa:", "BAQUBA - ")
            self.headings = headings(self.text, [m for m in self.mentions if m.kind in LOCAL_KINDS]) \
                if "\n" in self.text else ((), ())
        return heading_of(self.headings, s.start)

    def _last_told(self) -> list[Draft]:
        """The drafts of the sentence before, but for an event it names as the one its own followed, where it tells
        another: "Shortly after the Baiji bombing, a suicide bomber ... in the city of Baquba" tells of Baquba."""
        told = [d for d in self.last_drafts if not _AFTER_EVENT_RE.search(
            self.low, max(0, d.place.start_char - _AFTER_EVENT_REACH), d.place.start_char)]
        return told or self.last_drafts

    def _before(self, s: Sentence) -> list[Mention]:
        """The places the sentence before ``s`` told events of, if it did (and ``s`` does not open on another part
        of the country: "To the north, ...")."""
        if self.last_index != s.index - 1 or opens_elsewhere(self.low, s.start):
            return []
        told = [d for d in self._last_told() if not d.inherited and d.scope == "local" and d.kind[1] != _AGREEMENT]
        # (a toll's place first: "Shortly after the Baiji bombing, a suicide bomber ... in the city of Baquba,
        # killing at least four" tells its dead at Baquba, and "10 Iraqis were killed" next is Baquba's)
        return [d.place for d in sorted(told, key=lambda d: not d.has_figures)]

    def _places(self, s: Sentence, spans: list[tuple[int, int]], best: dict, found: list[Cue],
                referring: bool = False) -> list[Mention]:
        """Where the sentence's events happened (``referring``: its cues only refer back)."""
        # (and a place the words after it say the event happened at, wherever else the sentence puts it: "Soldiers
        # were deployed to Konduga, where the attack took place")
        candidates = [self._measured(m, s) for m in self.by_sentence.get(s.index, ())
                      if m.start_char not in self.datelines and (not excluded(self.text, self.low, s.start, m)
                                                                 or happened_here(self.low, m.end_char)
                                                                 or _DEAD_HERE_RE.match(self.low, m.end_char))]
        places = [m for m in candidates if best[clause_of(spans, m.start_char)] is not None
                  or happened_here(self.low, m.end_char)]
        if not places and referring:
            # "The attack prompted ..., and Annan condemned it before the Security Council in
            # New York": an event told before happened where it was told, not in a clause
            # that only mentions it.
            return []
        if not places:
            # No place beside a cue: the places of clauses that tell of no event at
            # all stand ("In Nasariyah eyewitnesses said that ... had taken control");
            # a clause whose cues are all unreal is no event's place.
            told = {span for c in found for span in [clause_of(spans, c.start)] if span[0] <= c.start}
            places = [m for m in candidates if clause_of(spans, m.start_char) not in told]
        if not candidates and (heading := self._heading(s)) is not None and self._new_heading(heading, s):
            # a round-up's line naming the town the incidents below it happened in (the sentence before's event,
            # under the same heading, is one told on: "Police, who put the death toll at eight, said ...")
            return [heading]
        if any(m.kind != "landmark" for m in places):
            # "exploded near the Imam Hussein shrine in Karbala": the shrine only says where in the town.
            places = [m for m in places if not reference_point(self.low, m)]
        if len(places) > 1:
            # ("Bacha Khan University in Charsadda district, roughly 50 kilometres (30 miles) from the city of
            # Peshawar, ..., killing 20 people": the distance says where the district lies, not where the event was)
            places = [m for m in places if not self._situates_a_name(m)] or places
        # "an attack on the village of Jebel Halla near the administrative unit of Burush": the second only says where
        # the first lies
        # (a town "near" a coarser place is not told where it lies: "in southern Lebanon near the town of Nabatieh")
        places = [m for i, m in enumerate(places)
                  if not (i and places[i - 1].kind in SITE_KINDS
                          and _NEAR_GAP_RE.fullmatch(self.low, places[i - 1].end_char, m.start_char))]
        kept = dict.fromkeys(situated_by(self.text, s.start, m, candidates) or m  # "the town, just north of Basra"
                             for m in places)
        # (the village named before whose site a place measured from a town tells, once the places that hold the
        # measured place have given way to it: "the site of the massacre, some 30 km west of Oicha, in North Kivu")
        return [(m.precision == "coarse" and self._village_of_the_site(m, s)) or m
                for m in _most_precise(list(kept), self.text, self.parents)]

    def _orphan_item(self, fig: Figure, figures: tuple[Figure, ...], s: Sentence,
                     owned: list[frozenset[str]]) -> bool:
        """Whether ``fig`` is the item of a list of tolls by place whose place is not found ("seven people at Madaba,
        two at Mairairai and five people at Arzikin Da communities"), beside items of its kind with a place of their
        own: not to be added to another item's place (Mairairai's two are not seven). ``owned``: the kinds of the
        sentence's figures that have such items, read once a sentence when first asked."""
        if not self._unknown_item(fig, s):
            return False
        if not owned:
            owned.append(frozenset(f.kind for f in figures
                                   if f.place_start >= 0 and self._own_place(s.index, f) is not None))
        return fig.kind in owned[0]

    def _unknown_item(self, fig: Figure, s: Sentence) -> bool:
        """Whether ``fig`` has place words of its own that name no place found, a settlement's noun or the clause's
        end after them ("five people at Arzikin Da communities"): not a site in a town ("at Mararaban Tipper in
        Nzhwerenvi village"), a people's word ("in Russian shelling") nor a group's or a feast's name ("in RSF drone
        strikes", "at Christmas Eve services")."""
        return fig.place_start >= 0 and fig.place_text[:1].isupper() and self._own_place(s.index, fig) is None \
            and not _SITE_IN_TOWN_RE.match(self.text, fig.place_end) \
            and _SETTLEMENT_OR_END_RE.match(self.text, fig.place_end) is not None \
            and not (self.gazetteer is not None and fig.place_text.split()[0].lower() in self.gazetteer.demonyms)

    def _place_figure(self, fig: Figure, facts: SentenceFacts, drafts: _Drafts,
                      places: list[Mention], cue: Cue, top: Cue, apart: bool = False,
                      bracketed: bool = False) -> Draft | None:
        """The draft figure ``fig`` counts for, if any (the caller adds the sentence's figures to it; ``apart``:
        its clause is not that of the sentence's places, :func:`_apart_from_places`; ``bracketed``: it stands in a
        bracket after its place, :func:`in_own_bracket`)."""
        s = facts.sentence
        own = self._own_place(s.index, fig) if fig.place_start >= 0 else None
        if own is not None and bracketed:
            # ("the Westgate shopping mall in Nairobi (September 2013, 67 dead)": at the site in the town)
            own = next((m for m in places if m.kind == "landmark" and self.text[m.end_char:own.start_char] == " in "),
                       own)
        # (the sentence's one town, unless a part of the toll names it: "killed 90 people over the past two days,
        # including 20 in Khan Younis" is no town's toll)
        town = own or (places[0] if len(places) == 1
                       and not _PART_AFTER_RE.search(self.low, fig.end, places[0].start_char) else None)
        if fig.scope == "operation" and town is not None and town.kind in SITE_KINDS \
                and _DAYS_OF_FIGHTING_RE.search(self.low, s.start, s.end) is not None \
                and _OPERATIONS_RE.search(self.low, s.start, s.end) is None and " of " not in town.surface \
                and not _AROUND_BEFORE_RE.search(self.low, max(s.start, town.start_char - 40), town.start_char):
            # "killed in four days of fighting in the southern city of Sabha": the town's toll over the days, one
            # place's, as the annotators of real reports count it (not an operation's over many places; nor one
            # "around the village of Kaloosha", which the fighting spread about, nor "west of Marib", an area)
            fig = replace(fig, scope="local")
        if fig.scope in WIDE_SCOPES:
            # ("killed by Israeli strikes across Gaza on Sunday, including two dozen ... in the northern town of
            # Jabalia": the territory the strikes were spread over, not the town inside it)
            # (a nationwide toll spread over parts of the country is the country's: "across northern, eastern and
            # southern Ukraine")
            spread = self._spread_over(s)
            if spread is not None and fig.scope == "national" and spread.kind != "country":
                spread = None
            where = (own or spread or (places[0] if fig.scope != "national" and places else None)
                     or country_of(places, self.mentions, self.gazetteer, self.article.id))
            if where is None:
                return None
            d = _draft(drafts, facts, where, cue, scope=fig.scope)
            note = _WIDE_NOTES[fig.scope]
            if note not in d.notes:
                d.notes.append(note)
        elif (whole := own or (places[0] if places else None)) is not None and whole.kind in _SUM_HOLDERS \
                and self._sum_told(fig, s):
            # "A drone strike killed four people in Nikopol ... Russian shelling killed two people in Marhanets. In
            # all, six people died in the Dnipropetrovsk region": the sum of the tolls told, at the region that
            # holds them, counted in them.
            d = _draft(drafts, facts, whole, cue, scope="operation")
            if _SUM_NOTE not in d.notes:
                d.notes.append(_SUM_NOTE)
        elif own is not None:
            d = _draft(drafts, facts, self._site_in_unit(s, own) or own, cue)
        elif places and not apart:
            where, others = self.tolls.place(fig)
            # ("during operations in central and northern Iraq": the toll of several regions, at none of them)
            d = _draft(drafts, facts, where, cue, scope="operation" if self.tolls.regions_listed(where) else "local")
            if d.scope == "operation" and _WIDE_NOTES["operation"] not in d.notes:
                d.notes.append(_WIDE_NOTES["operation"])
            if others:
                note = f"the figure may also cover {', '.join(m.surface for m in others)}"
                if note not in d.notes:
                    d.notes.append(note)
                d.covers = tuple(dict.fromkeys((*d.covers, *(m.place_id for m in others))))
        else:
            d = self._continuation(fig, facts, drafts, cue, top)
        return d

    def _site_in_unit(self, s: Sentence, unit: Mention) -> Mention | None:
        """The town or site in ``unit``, a province or a district a toll is told in, that the sentence then puts the
        event at ("killed in the Kharkiv region following a strike on Vovchansk"), if any: where an ACLED coder
        puts it (and the unit is then no place of an event of the sentence: :func:`contains`)."""
        if unit.kind == "country":
            return None
        # (the places right after the unit only, found by bisection: a long sentence's figures cost their number)
        _, places, starts, _ = self._filed(s.index)
        if not starts:
            return None
        at = bisect_right(starts, unit.end_char)
        site = next((m for m in places[at:bisect_right(starts, unit.end_char + SITE_REACH, at)]
                     if m.kind in SITE_KINDS), None)
        # (one site, not the first of a list: "as Russian forces shelled Kupiansk, Izium and Balakliia")
        return site if site is not None and site_told_after(self.text, unit.end_char, site.start_char) \
            and not _LIST_GOES_ON_RE.match(self.text, site.end_char) \
            and contains(unit, site, self.text, self.parents) else None

    def _spread_over(self, s: Sentence) -> Mention | None:
        """The place sentence ``s`` spreads its events over ("across Gaza", "throughout Darfur"), if it names one."""
        return next((m for m in self.by_sentence.get(s.index, ()) if m.start_char not in self.datelines
                     and _SPREAD_BEFORE_RE.search(self.low, max(s.start, m.start_char - 20), m.start_char)), None)

    def _filed(self, index: int) -> tuple:
        """Sentence ``index``'s places, their starts and the most end so far of each, when in text order (else
        None twice): filed once for the sentence's figures."""
        if self._overlaps is None or self._overlaps[0] != index:
            found = self.by_sentence.get(index, [])
            starts = [m.start_char for m in found]
            if starts != sorted(starts):
                self._overlaps = (index, found, None, None)
            else:  # in text order: the first place that ends after a point is found by bisection
                most_end = list(accumulate((m.end_char for m in found), max))
                self._overlaps = (index, found, starts, most_end)
        return self._overlaps

    def _own_place(self, index: int, fig: Figure) -> Mention | None:
        """The first of sentence ``index``'s places that the words right after ``fig`` name."""
        _, found, starts, most_end = self._filed(index)
        if starts is None:
            own = next((m for m in found if m.start_char < fig.place_end and fig.place_start < m.end_char), None)
        else:
            first = bisect_right(most_end, fig.place_start)
            own = found[first] if first < bisect_left(starts, fig.place_end) else None
        if own is not None and own.start_char < fig.start and announced_by(self.low, 0, own):
            return None  # ("The official death toll, announced ... by the public prosecutor in Ouahigouya, was ...")
        return self._quarter_before(own, found) if own is not None else None

    def _quarter_before(self, town: Mention, found: list[Mention]) -> Mention:
        """``town``, or the quarter the words before it name as its own: "killed two civilians in the
        Hodan district of Mogadishu" is at Hodan, a quarter the gazetteer puts in Mogadishu (not "the
        Homs district of Khaldiyeh", where the place after "of" is the quarter)."""
        before = _QUARTER_OF_RE.search(self.text, max(0, town.start_char - 60), town.start_char)
        if before is None:
            return town
        # The quarter's surface may hold its noun ("the Baba Amr district" of a town the gazetteer lacks).
        return next((m for m in found if m.start_char == before.start("name") and m.end_char <= before.end()
                     and m.kind in ("neighbourhood", "landmark") and self.parents.get(m.place_id) == town.place_id),
                    town)

    def _continuation(self, fig: Figure, facts: SentenceFacts, drafts: _Drafts,
                      cue: Cue, top: Cue) -> Draft | None:
        """Where a figure with no place in its sentence goes.

        A sentence that only gives a toll completes the report of the sentence
        before ("Clashes broke out in Kut. Twelve people were killed."); else the
        figure goes to the place of the sentence before, else to the article's
        most-mentioned city.
        """
        s = facts.sentence
        # ("At least 45 people were killed in that attack": a toll of the event the sentence before told.)
        that = _THAT_EVENT_RE.search(self.low, s.start, s.end) is not None \
            or _THE_EVENT_KILLED_RE.match(self.low, s.start) is not None
        updated = self._updated_total(fig, s)
        # (a running total of the largest toll told before does not complete the sentence before's report)
        if self.last_index == s.index - 1 and (top.event_type == ANY_TYPE or that) and updated is None:
            # ("The Security Council is set to resume debate on a ceasefire call in New York. At least 125
            # Palestinians ... were killed on Tuesday": talks are no place of killings.)
            lacking = [d for d in self._last_told() if getattr(d, fig.kind) is None and d.kind[1] != _AGREEMENT]
            if lacking:
                # (the place of a separate event the sentence before told beside one told before: "The attack in
                # Cali coincided with a separate incident in the northern department of Antioquia, where a police
                # helicopter was downed. At least eight officers were killed")
                prior = next((d for d in lacking if _SEPARATE_BEFORE_RE.search(
                    self.low, max(0, d.place.start_char - _SEPARATE_REACH), d.place.start_char)), lacking[0])
                d = _draft(drafts, facts, prior.place, cue, scope=prior.scope, kind=prior.kind,
                           inherited=prior.inherited)
                d.geo_precision, d.joins = prior.geo_precision, True
                if that and not d.when.dated:
                    d.when = prior.when  # ("... late last year. At least 45 were killed in that attack.")
                return d
        if (d := self._wide_draft(fig, s, facts, drafts, cue)) is not None:
            return d
        before = self._before(s)
        referred, referred_why = self._referred(s)
        if self.told is not None and (same := _SAME_PLACE_AS_RE.search(self.low, s.start, s.end)) is not None:
            # "A similar bus attack in the same area as Wednesday night's blast killed 64 people last year":
            # where the event it is likened to happened (the last told, or the last of the day it names).
            day = _weekday_re().search(same.group())
            where = self.told_on.get(_weekdays().index(day.group()), self.told[1]) if day else self.told[1]
            why = "the place of the event the sentence likens it to"
        elif referred is not None:
            where, why = referred, referred_why
        elif (largest := updated or self._earlier_count(fig, s)) is not None:
            where = largest
            why = f"{_LARGEST}, " + (
                "which this running total updates" if updated else "of which this is another count")
        elif (here := self._here(s)) is not None:
            where, why = here, "the dateline's town, which the sentence calls \"here\" or \"the city\""
        elif len(before) > 1 and several_events(self.low, s.start, s.end):
            # "Today's attack followed bombings in Songkhla, Narathiwat, and Yala over the weekend ... The
            # attacks killed six people": the toll of the events told at several places, at none of them.
            d = _draft(drafts, facts, before[0], cue, scope="operation")
            note = f"the toll of the events told at {', '.join(dict.fromkeys(m.surface for m in before))}"
            if note not in d.notes:
                d.notes.append(note)
            return d
        elif before:
            where, why = self._victims_place(s, before[0]) or (before[0], "the place of the sentence before")
        elif (told := self._told_place(s)) is not None:
            where, why = told
        elif self._overall(fig, s) or self._vague_only(fig, s, top) or self._days_told_nowhere(s):
            # "Israel said on Wednesday the death toll from the Hamas attacks had reached 1,200 people":
            # a running total of many events, told nowhere: the war's, not the most-mentioned town's.
            return self._country_draft("operation", facts, drafts, cue)
        else:
            where, why = self._guessed(s)
            if where is None:
                return None
        d = _draft(drafts, facts, where, cue, inherited=True)
        d.notes.append(f"{_NO_PLACE}{why} ({where.surface or where.name})")
        # (a toll put at the country, no town named, is a guess as well: a later sentence that says where the event
        # happened places it, "Troops were sent to Guidan Roumdji, where the attack took place")
        d.guessed = why in _GUESSES or why.startswith(_COUNTRY_GUESS)
        return d

    def _referred(self, s: Sentence) -> tuple[Mention | None, str]:
        """The place a sentence with no place of its own refers to by a definite noun (:func:`referred_place`) or by
        "there" (:meth:`_there`), and why."""
        if (referred := referred_place(self.low, s.start, s.end, s.index, self.by_sentence, self.datelines,
                                       self.calls)) \
                is not None:
            return referred, "the place the sentence refers to"
        return self._there(s), "the place the sentence calls \"there\", named in a sentence before"

    def _there(self, s: Sentence) -> Mention | None:
        """The place a sentence with no place of its own calls "there" ("Al-Shabab fighters hijacked a bus there in
        November 2014"): the last place below a country that the few sentences before name ("However, Mandera county
        remains a volatile area."). Not "there" of being ("there were no casualties") nor of going ("from there")."""
        there = _THERE_RE.search(self.low, s.start, s.end)
        if there is None or _open_quotes(self.text, s.start, there.start()):
            return None  # (nor a speaker's "there", in a quotation: "We cannot allow this to continue there")
        named = [m for index in range(s.index - 1, s.index - _THERE_REACH - 1, -1)
                 for m in reversed(self.by_sentence.get(index, ())) if m.role == "location" and m.kind != "country"
                 and m.start_char not in self.datelines and not excluded(self.text, self.low, 0, m)]
        return named[0] if named else None  # (the latest)

    def _days_told_nowhere(self, s: Sentence) -> bool:
        """Whether the sentence tells its dead over days ("a war monitor reported that government and allied
        forces killed more than 500 civilians ... in recent days") and names no place for them but a guess would
        give: the dead of days told at no place are no one town's, the guessed one's least of all."""
        return _RECENT_DAYS_RE.search(self.low, s.start, s.end) is not None \
            and self._guessed(s)[1] in _MAIN_CITY_GUESSES

    def _measured(self, m: Mention, s: Sentence) -> Mention:
        """``m``, or the dateline's town where the sentence measures its event from ``m`` the way the town
        lies ("ISKANDARIYAH, Iraq - ... a police station south of Baghdad"), within reach of it. A
        dateline alone is never where anything happened; told so, it is."""
        if m.precision != "coarse":
            return m
        if (described := self._town_described(m, s)) is not None:
            return described
        if not self.datelines or m.kind in ("country", "region"):
            # ("a village in the troubled north of Burkina Faso" is in a part of the country or region, not a way
            # measured from its centre, which may lie beside its capital's dateline)
            return m
        town = self._dateline_town()
        if town is None or m.place_id == town.place_id:
            return m
        # The way may be told before the town or inside the mention ("a market south of Baghdad").
        way = _MEASURED_RE.search(self.low, max(s.start, m.start_char - 30), m.start_char) \
            or _MEASURED_IN_RE.search(self.low, m.start_char, m.end_char)
        if way is None:
            return m
        if _THIS_TOWN_BEFORE_RE.search(self.low, max(s.start, way.start() - 90), way.start()):
            # "DIWANIYAH, Iraq - ... gunbattles ... in this Shiite-dominated city south of Baghdad": the town the
            # report is filed from, told so, however far it lies
            return town if _lies_that_way(m, town, way.group(1), _THIS_TOWN_KM) else m
        if _SETTLEMENT_BEFORE_RE.search(self.low, max(s.start, way.start() - 20), way.start()):
            return m  # ("a village south of Dnipro" is another place than the dateline's city)
        return town if _lies_that_way(m, town, way.group(1)) else m

    def _town_described(self, m: Mention, s: Sentence) -> Mention | None:
        """The town named a few sentences before that ``m`` describes by the way it lies from another ("the
        town south of the Iraqi capital", after "a fiery suicide attack ... in Musayyib")."""
        found = _TOWN_DESCRIBED_RE.match(self.low, m.start_char, m.end_char)
        if found is None:
            return None
        for index in range(s.index, s.index - _DESCRIBED_REACH - 1, -1):
            towns = [t for t in self.by_sentence.get(index, ()) if t.kind == "city" and t.precision != "coarse"
                     and t.start_char < m.start_char and t.place_id != m.place_id
                     and t.start_char not in self.datelines]
            for town in reversed(towns):
                if _lies_that_way(m, town, found.group(1)):
                    return town
        return None

    def _village_of_the_site(self, m: Mention, s: Sentence) -> Mention | None:
        """The one village the gazetteer lacks, named as one a few sentences before, whose site ``m`` measures from a
        town, set off by a comma after the event's noun: "Pictures from the village of Dalori ...", then "after
        Saturday night's attack, 5km from Maiduguri" (the attack's site, which the text named before), where the town
        measured from lies in the place that holds the village. Not the site of a fresh or another attack ("in a fresh
        attack, 20km from Gusau"), nor a town the text names otherwise (where survivors fled, a hospital's town)."""
        told = _site_apposition_re().search(self.low, max(s.start, m.start_char - 60), m.start_char)
        if told is None or _OTHER_EVENT_BEFORE_RE.search(self.low, max(s.start, told.start() - 30), told.start()):
            return None
        if _DISTANCE_IN_RE.search(self.low, m.start_char, m.end_char) is None \
                and _MEASURED_IN_RE.search(self.low, m.start_char, m.end_char) is None:
            return None  # (not a place measured from a town)
        found = {t.place_id: t for index in range(s.index, s.index - _DESCRIBED_REACH - 1, -1)
                 for t in self.by_sentence.get(index, ())
                 if t.match == "within" and t.kind == "city" and t.start_char < m.start_char
                 and t.start_char not in self.datelines and self._named_village(t)
                 and self._measured_in_holder(m, t)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_village(self, t: Mention) -> bool:
        """Whether the text names ``t`` as a village ("the village of Dalori", "Dalori village") where nothing puts
        it elsewhere than an event's site (a journey's end, a hospital's town)."""
        return (_VILLAGE_OF_BEFORE_RE.search(self.low, max(0, t.start_char - 20), t.start_char) is not None
                or _VILLAGE_AFTER_RE.match(self.low, t.end_char) is not None) \
            and not excluded(self.text, self.low, 0, t) and not hospitals_town(self.text, t)

    def _measured_in_holder(self, m: Mention, village: Mention) -> bool:
        """Whether ``m``, a place measured from a town, lies in the place that holds ``village`` (a village the
        gazetteer lacks, placed at its holder)."""
        holder = holder_id(village.place_id)
        return any(h.place_id == holder and contains(h, m, self.text, self.parents) and self._lies_in(m, h)
                   for h in self.mentions)

    def _note_largest(self, d: Draft) -> None:
        """Keep the largest local killed figure told so far, and its place."""
        if d.scope != "local" or d.killed is None or d.killed.low is None:
            return
        self.local_killed += d.killed.low
        if d.killed.low > self.most_killed:
            self.most_killed, self.most_killed_at = d.killed.low, d.place

    def _two_accounts(self, figs: list[Figure], s: Sentence) -> bool:
        """Whether a sentence's two figures of one kind at one place are two sources' accounts of one toll."""
        sides = {side_of(self.text[f.start:f.end]) for f in figs}
        if _OTHER_SOURCE_RE.search(self.low, figs[0].end, figs[1].start):
            # (not a count of another event: "but police say 4 were killed in a second blast minutes later")
            return len(sides) == 1 and not _ANOTHER_EVENT_AFTER_RE.match(self.low, figs[1].end)
        # "While officials reported at least 30 dead in the first attack at Boulkessi Sunday, JNIM alleged it had
        # killed more than 100 personnel": an armed group's claim beside the officials' count.
        return len(sides - {""}) <= 1 and _CONTRAST_OPENING_RE.match(self.low, s.start, figs[0].start) is not None \
            and _CLAIMED_RE.search(self.low, figs[0].end, figs[1].start) is not None

    def _totals_or_parts(self, d: Draft, kind: str, figs: list[Figure], s: Sentence) -> list[Figure]:
        """Of several figures of one kind one sentence tells at ``d``'s place, those its toll counts."""
        figs = self._without_parts_of_later(figs)
        # "killed two more, bringing the toll to five": the total holds the sentence's other figures.
        # ("a total of 53 ... [The final number reported was 52 dead]": the final figure.)
        finals = [f for f in figs if _FINAL_BEFORE_RE.search(self.low, max(s.start, f.start - _TOTAL_REACH), f.start)]
        running = _running_totals(self.low, s.start, figs)[-1:]
        if running and kind == "killed" and self._article_total(d, figs, running[0]):
            # "one Palestinian man was fatally shot ... in Ramallah, bringing the total death toll to nine", after
            # eight dead in the Jenin camp: the day's total over the places told, not Ramallah's.
            figs, running = [f for f in figs if f is not running[0]], []
        return finals[-1:] or running or figs

    def _article_total(self, d: Draft, figs: list[Figure], running: Figure) -> bool:
        """Whether ``running``, a running total told with the sentence's other ``figs`` at ``d``'s place, is
        the sum of those and of the local tolls told before at other places, none at this one."""
        others = [f.low for f in figs if f is not running]
        if running.low is None or not self.local_killed or None in others \
                or running.low != self.local_killed + sum(others):
            return False
        return not any(e.place.place_id == d.place.place_id and e.killed is not None for e in self.drafts.items)

    def _sum_told(self, fig: Figure, s: Sentence) -> bool:
        """Whether ``fig``, a running total in a sentence with no place, is the sum of two or more local tolls
        told before it."""
        return (fig.low is not None and fig.low == self.local_killed and fig.low > self.most_killed
                and is_running_total(self.low, max(s.start, fig.start - _TOTAL_REACH), fig.end))

    def _updated_total(self, fig: Figure, s: Sentence) -> Mention | None:
        """The place of the largest local toll told so far, where ``fig`` (in a sentence with no place) is a
        running total no smaller ("More than 240 people have been reported killed ... in Sweida", then, after
        a paragraph on a village, "As of Thursday, the death toll stood at 246"). Only a town's: a region's or a
        country's toll is refined by the places told after it."""
        if self.most_killed_at is None or self.most_killed_at.kind not in ("city", "neighbourhood", "landmark") \
                or fig.low is None or fig.low < self.most_killed \
                or fig.low > 2 * self.most_killed or not is_running_total(
                    self.low, max(s.start, fig.start - _TOTAL_REACH), fig.end):
            return None
        # (not a sentence that also tells the dead it adds: "had risen to 213 after 40 more bodies were found")
        if sum(f.kind == "killed" for f in find_figures(self.text, s.start, s.end)) > 1:
            return None
        return self.most_killed_at

    def _earlier_count(self, fig: Figure, s: Sentence) -> Mention | None:
        """The place of the largest local toll told so far, where ``fig`` (in a sentence with no place) is a
        count its words call earlier or provisional, or the death toll told plainly, no larger and not far
        smaller ("at least 141 people were killed in an attack on Brak Al-Shati air base", then "Earlier local
        authorities had put the death toll at around 90"; "Twenty-eight worshippers were killed ... in the
        Anbar Tehsil", then, a quotation further on, "The death toll was 25")."""
        at = self.most_killed_at
        if at is None or (at.kind not in ("city", "neighbourhood", "landmark") and at.match != "within") \
                or fig.low is None or fig.low > self.most_killed:
            return None
        if is_disputed(self.low, s.start, fig.start):
            # "The Syrian government ... rebuffed accusations that it carried out the massacre and reported there
            # had been only nine deaths": a side's count of the same dead, however much smaller.
            return at
        if 2 * fig.low < self.most_killed:
            return None
        plain = _THE_TOLL_WAS_RE.search(self.low, max(s.start, fig.start - _TOTAL_REACH), fig.start)
        return at if plain is not None or is_provisional(self.low, s.start, s.end) else None

    def _field_dateline(self) -> Mention | None:
        """The dateline's town where it is a small one (no capital, no city a news bureau sits in, which reports
        on a province or a country), the body names no other town of its country and the lead no place abroad:
        "BEIT HANOUN, Gaza Strip --" over a report that names no other town of Gaza; not "KANDAHAR, Afghanistan
        (Reuters) -", nor "CUKURCA, Turkey (AP) — A Turkish helicopter crashed in Iraq" (a border town, the
        fighting across the border)."""
        if self.field_town is None:
            self.field_town = self._read_field_dateline() or False
        return self.field_town or None

    def _read_field_dateline(self) -> Mention | None:
        """:meth:`_field_dateline`, read once an article."""
        town = self._dateline_town()
        if town is None:
            return None
        capital = self.gazetteer.capital(town.country)
        place = self.gazetteer.get(town.place_id)
        if (capital is not None and capital.id == town.place_id) or place is None \
                or place.population >= _FIELD_TOWN_POPULATION:
            return None
        if any(m.kind == "city" and m.country == town.country for m in self._sites()):
            return None
        if any(m.role == "location" and m.country != town.country for m in self.by_sentence.get(town.sentence, ())):
            return None
        return town

    def _main_unit(self) -> Mention | None:
        """The province the article names most as a place (twice at least, more than any other), where it names no
        town and has told no event at a place: not where a toll told after an event's may be another count of it
        ("their fighters killed 11 police in their pre-dawn attack"), nor the seat of officials the article names
        ("the Mayom county commissioner")."""
        if self.told is not None:
            return None
        sites = [m for m in self.body_mentions if m.role == "location" and m.kind in _UNIT_KINDS]
        top = Counter(m.place_id for m in sites).most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        return next(m for m in sites if m.place_id == top[0][0])

    def _dateline_town(self) -> Mention | None:
        """The one town the dateline names, if it names one."""
        if self.dateline_town is None:
            towns = [d for d in self.mentions if d.start_char in self.datelines and d.kind == "city"]
            self.dateline_town = towns[0] if len(towns) == 1 else False
        return self.dateline_town or None

    def _here(self, s: Sentence) -> Mention | None:
        """The dateline's town, where a sentence with no place of its own says the event was "here" ("Three
        bomb blasts tore through hotels here Wednesday night", under "AMMAN, Jordan —") or in "the city" (no
        earlier sentence naming one: see referred_place): in wire copy the words stand for the town the
        report was filed from."""
        if not self.datelines or not (_says_here(self.low, s.start, s.end) or (
                _THE_CITY_RE.search(self.low, s.start, s.end) and not any(
                    m.kind == "city" and m.start_char < s.end and m.start_char not in self.datelines
                    for m in self.mentions))):
            return None  # ("Officials in Kandahar said ... in the city": Kandahar is the city)
        return self._dateline_town()

    def _victims_place(self, s: Sentence, place: Mention) -> tuple[Mention, str] | None:
        """Where the one people sentence ``s`` counts ("10 Palestinians") is told, a town of their country the next
        sentences name, where ``place``, told before, is of another ("A woman was killed in Ashdod. ... Israeli
        warplanes killed 10 Palestinians in attacks on Hamas buildings. Missiles flattened five ministries in Gaza
        City"); None where they are of ``place``'s country, or no town of theirs follows."""
        # (a people's plural ends on "s": a sentence with no word so ending counts none, read before the demonyms)
        if place.kind == "country" or "s " not in self.low[s.start:s.end]:
            return None
        people = self._victims_country(s)
        if people is None or people.country == place.country:
            return None
        # (its town rather than a site in it: "a structure belonging to the Islamic University in Gaza City")
        named = [m for k in range(s.index + 1, s.index + 1 + _VICTIMS_PLACE_REACH) for m in self._in_sentence(k)
                 if m.role == "location" and m.kind in LOCAL_KINDS and m.country == people.country]
        town = next((m for m in named if m.kind == "city"), named[0] if named else None)
        return (town, "the town of the people the sentence counts, named next") if town is not None else None

    def _victims_country(self, s: Sentence) -> Mention | None:
        """The country of the one people sentence ``s`` counts by a plural of its name ("125 Palestinians",
        "12 Afghans"), as a place: named in the article, else the gazetteer's; None if none or several."""
        if self.gazetteer is None:
            return None
        demonyms = self.gazetteer.demonyms
        found = {demonyms[w] for w in _PLURAL_WORD_RE.findall(self.low, s.start, s.end) if w in demonyms}
        if len(found) != 1:
            return None
        country = found.pop()
        dateline = self._dateline_town()
        if dateline is not None and dateline.country != country:
            # "BAGHDAD, Iraq - ... pushing the number of Americans killed in combat this month to 99": troops
            # abroad, not a toll of their country.
            return None
        return country_mention(country, self.mentions, self.gazetteer, self.article.id)

    def _guessed(self, s: Sentence) -> tuple[Mention | None, str]:
        """Where a figure goes when neither its sentence nor those before say: the dateline's town the
        article calls "this city", else its most-mentioned city, else the seat of the official who gives
        the toll, else the report's country; and why."""
        if (town := self._called_here()) is not None:
            # "TAL AFAR, Iraq - ... swept into this insurgent stronghold ...": the article is the
            # dateline town's, whichever town it names most.
            return town, "the dateline's town, which the article calls \"here\" or \"this city\""
        town = next((m for m in self._in_sentence(s.index) if m.role == "modifier" and m.kind == "city"
                     and _RESIDENT_AFTER_RE.match(self.low, m.end_char)), None) if "resident" in self.low[
            s.start:s.end] else None
        if town is not None:
            # "Baniyas resident Samir Haidar, 67, told AFP two of his brothers and his niece were killed": where
            # the one who tells of his dead lives, the nearest the sentence comes to saying where.
            return town, "the town of the resident who tells of the dead"
        town = self._local_source(s) or self._dead_placed_next(s)
        if town is not None:
            # "Five children were killed ... where a bomb planted by insurgents exploded. The roof ... collapsed
            # on them, police in Baquba said": the town whose police tell of the dead, where the article names
            # no place for them; wire copy names the police of the town where the dead were.
            return town, "the town whose police or hospital tell of the dead, or where the next sentence puts them"
        where = main_city(self._sites())
        if where is not None and self._home() not in ("", where.country):
            # "KABUL (AP) One Afghan official said ... villagers transported an estimated 30 bodies to a provincial
            # capital", and the one town named in the body "Karzai meets with President Barack Obama in Washington":
            # a town abroad is no guess at where the article's events were.
            where = None
        people = self._victims_country(s)
        if people is not None and (where is None or where.country != people.country):
            # "The Security Council is set to resume debate ... in New York. At least 125 Palestinians were
            # killed on Tuesday": the dead's people say whose country, not the town of the talks.
            return people, "the country of the people the sentence counts"
        if where is not None and not opens_elsewhere(self.low, s.start):
            if (inner := self._one_place_in(where, s)) is not None:
                # "Within the dense warren of shops ... of the Shorja market ... At least 78 Iraqis were killed in
                # the attack": the one place the article names inside its town is nearer than the town.
                return inner, _INNER_PLACE
            return where, _MAIN_CITY
        if where is not None:
            # "To the north, a drone attack killed two farmers in a field": not the town named most, somewhere else
            # in its country
            return (country_of([where], self.mentions, self.gazetteer, self.article.id) or where,
                    f"{_COUNTRY_GUESS} (the sentence tells of a place elsewhere, away from the town named most)")
        # "Eleven people were killed ..., said Abdi Nur Hassan, mayor of Baidoa", and no other town:
        # the official's seat, the nearest the article comes to saying where.
        where = next((m for m in self.by_sentence.get(s.index, ())
                      if speakers_office(self.text, self.low, s.start, m)), None)
        if where is not None:
            return where, "the seat of the official who gives the toll"
        if (town := self._field_dateline()) is not None:
            return town, _FIELD_DATELINE
        if (unit := self._main_unit()) is not None:
            # "Police can confirm that 49 bodies have been recovered", in a report that names no town, and Enga,
            # the province, again and again
            return unit, _MAIN_UNIT
        # Only a dateline, a source or a speaker's seat names a town: none says where anything
        # happened, so the event is placed no closer than its country.
        return (country_of([], self.mentions, self.gazetteer, self.article.id),
                f"{_COUNTRY_GUESS} (no town it names is where anything happened: a dateline, a "
                "source, a speaker's seat or a journey's end)")

    def _home(self) -> str:
        """The country most of the body's places below a country lie in, read once; "" if none, or if two countries
        tie (a dateline is where the report was filed: "BEIRUT (AP)" over a report of Douma is no home)."""
        if self.home is None:
            counts = Counter(m.country for m in self.body_mentions if m.role == "location" and m.kind != "country")
            top = counts.most_common(2)
            self.home = top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""
        return self.home

    def _local_source(self, s: Sentence) -> Mention | None:
        """The one town whose police, hospital or medics the sentence, or the next or the last one that goes on
        with the account and names no other place, quotes ("police in Baquba said", "hospital officials in
        Baquba said")."""
        found = []
        told_before = any(i < s.index for i in self.figure_sentences)
        for index in (s.index, s.index + 1, s.index - 1):
            mentions = [m for m in self._in_sentence(index) if m.start_char not in self.datelines]
            if index != s.index and len(mentions) != 1:
                continue
            # (or a town named as a speaking hospital's, where no toll was told before whose count it may be: "Officials
            # at the Quetta hospital said 70 people were killed")
            found += [m for m in mentions if m.kind == "city" and ((_LOCAL_SOURCE_RE.search(
                self.low, max(0, m.start_char - _LOCAL_SOURCE_REACH), m.start_char)
                and SAID_AFTER_RE.match(self.low, m.end_char)) or (not told_before and hospitals_town(self.text, m)))]
            if found:
                break
        return found[0] if len({m.place_id for m in found}) == 1 else None

    def _in_sentence(self, index: int) -> list[Mention]:
        """Every mention of sentence ``index``, whatever its role (read into a table when first asked)."""
        if self.all_by_sentence is None:
            self.all_by_sentence = {}
            for m in self.mentions:
                self.all_by_sentence.setdefault(m.sentence, []).append(m)
        return self.all_by_sentence.get(index, [])

    def _dead_placed_next(self, s: Sentence) -> Mention | None:
        """The one place the next sentence gives, where it opens on some of the dead: "... an explosives-filled
        SUV killed at least 27 Iraqis", then "About two dozen of the dead were youngsters who had been playing
        near U.S. soldiers at an impromptu checkpoint in Jadida"."""
        after = [m for m in self.by_sentence.get(s.index + 1, ()) if m.kind in LOCAL_KINDS]
        if len(after) != 1:
            return None
        start = min(m.start_char for m in self._in_sentence(s.index + 1))
        opening = self.low[max(s.end, start - _DEAD_OPENING_REACH):start]
        return after[0] if _SOME_OF_THE_DEAD_RE.search(opening) else None

    def _called_here(self) -> Mention | None:
        """The dateline's town, where the article calls it "this city", or "here" in its lead (read once)."""
        if self.called_here is None:
            town = self._dateline_town() if self.datelines else None
            # "here" counts in the lead only: later, in a quotation or of "the force headquarters here",
            # it says where a speaker is, not what the article is about.
            lead = self.low.find("\n")  # (the first paragraph, whether paragraphs are parted by one line break or two)
            # (nor "this city" in a quotation: "'I came ... to serve this city,' the police commander said" is his)
            self.called_here = town if town is not None and (
                any(not _open_quotes(self.text, self.low.rfind("\n", 0, m.start()) + 1, m.start())
                    for m in _THIS_TOWN_RE.finditer(self.low))
                or _says_here(self.low, 0, lead if lead > 0 else len(self.low))
            ) else False
        return self.called_here or None

    def _claim(self, d: Draft) -> bool:
        """Whether ``d``'s sentence is an armed side's own account of its kills (geodata.events.actors.group_claim;
        read once a sentence: the linking asks of an earlier toll once for each later one near it)."""
        key = (d.start, d.end)
        if key not in self.claims:
            self.claims[key] = group_claim(self.text, self.low, d.start, d.end)
        return self.claims[key]

    def _one_place_in(self, town: Mention, s: Sentence) -> Mention | None:
        """The one place the body names inside ``town`` (a site, a quarter, a village) up to ``s``, where it
        names one: in the few sentences before, or anywhere before where ``s`` names its event again ("the
        attack"). Not a home ("a resident of the village of Naranseina", "who lives in"), nor the place of a toll told
        before.
        """
        floor = 0 if refers_back(self.low, s.start, s.end) else s.index - _INNER_REACH
        inside = {m.place_id: m for m in self._sites() if floor <= m.sentence <= s.index
                  and m.role == "location" and contains(town, m, self.text, self.parents)
                  and not _HOME_BEFORE_RE.search(self.low, max(0, m.start_char - 40), m.start_char)}
        if len(inside) != 1 or any(m.place_id not in inside for m in self._in_sentence(s.index)):
            return None  # (a sentence that names another place, as a hospital's or a source's: no site is meant)
        inner = next(iter(inside.values()))
        if self.told is not None and self.told[1].place_id == town.place_id and inner.sentence not in self.cued:
            # (an event told at the town itself, the inner place named since in passing, in no event's words:
            # "Government troops later took up positions around the Bakara market")
            return None
        if any(d.place.place_id == inner.place_id and d.killed is not None for d in self.drafts.items):
            return None  # (the place of a toll told before: the story moved on from it, see _told_since)
        return inner

    def _sites(self) -> list[Mention]:
        """The body's mentions that may be where something happened: not a toll's source, a speaker's
        seat or a journey's end ("According to Stepanakert, ...", "told reporters in Kabul"), nor a town
        a distance is measured from ("a security base some 450km east of the capital")."""
        if self.sites is None:
            self.sites = [m for m in self.body_mentions if not excluded(self.text, self.low, 0, m)
                          and not measured_from(self.low, m) and not self._situates_a_name(m)]
        return self.sites

    def _situates_a_name(self, m: Mention) -> bool:
        """Whether ``m`` is a distance from a town that situates the name in apposition before it ("the village of
        Mukaisheefa, about 80 miles north of Baghdad"; the distance before the town's name: "Bacha Khan University in
        Charsadda district, roughly 50 kilometres (30 miles) from the city of Peshawar"): the place is the name, not a
        point that far from the town."""
        if distance_opens(self.low, m):
            found = _NAME_APPOSED_RE.search(self.text, max(0, m.start_char - 60), m.start_char) \
                if m.precision == "coarse" else None
        else:
            lo = max(0, m.start_char - 120)
            # (a substring look first: most places are measured from nothing)
            found = _APPOSED_DISTANCE_RE.search(self.text, lo, m.start_char) if any(
                self.low.find(unit, lo, m.start_char) >= 0 for unit in ("km", "kilomet", "mile")) else None
        # The name is a town's, a quarter's or a site's the sentence names, or its province's right after it ("the town
        # of Guicán, Boyacá, about 240 miles northeast of the capital"); not a weekday's, an armed group's, nor a
        # province's alone, coarser than the point measured ("in Sagaing Region, about 15 miles north of the town of
        # Monywa").
        if found is None:
            return False
        named = self.by_sentence.get(m.sentence, ())
        name = next((o for o in named if o.end_char == found.end("name")), None)
        return name is not None and (name.kind in SITE_KINDS or (
            name.kind in ("governorate", "state") and any(
                o.kind in SITE_KINDS and _APPOSED_COMMA_RE.fullmatch(self.text, o.end_char, name.start_char)
                for o in named)))

    def _vague_only(self, fig: Figure, s: Sentence, top: Cue) -> bool:
        """Whether ``fig``, in a sentence with no place, nothing before to place it and no event but
        deaths, is one of vague counts only: "was also told about the hundreds and thousands killed by the
        enemy" is nowhere's toll, and the most-mentioned town too weak a guess to draw "thousands" at ("A
        suicide bomber killed dozens of people at a mosque" tells an event: it is not asked)."""
        return (fig.low is None and fig.high is None and top.event_type == ANY_TYPE
                and all(f.low is None and f.high is None for f in find_figures(self.text, s.start, s.end)))

    def _country_draft(self, scope: str, facts: SentenceFacts, drafts: _Drafts, cue: Cue) -> Draft | None:
        """The sentence's draft of ``scope`` at the article's country, noted as such (None if it has none)."""
        where = country_of([], self.mentions, self.gazetteer, self.article.id)
        if where is None:
            return None
        d = _draft(drafts, facts, where, cue, scope=scope)
        if _WIDE_NOTES[scope] not in d.notes:
            d.notes.append(_WIDE_NOTES[scope])
        return d

    def _wide_draft(self, fig: Figure, s: Sentence, facts: SentenceFacts, drafts: _Drafts, cue: Cue) -> Draft | None:
        """The draft of a toll wider than one event's that ``fig``, in a sentence with no place, tells, if it
        tells one: an operation's or a war's toll told before, told again ("At least 191 terrorists have been
        killed since the battle for Marawi erupted ...", then "So far 191 were confirmed dead"); the sum of the
        tolls told before, at no one of their places ("... killed 150 in El Fasher ... In Kutum, 12 villagers
        were killed ... The death toll stood at 162"); a war's toll told in passing ("The U.N. says more than
        9,000 people have been killed", after a massacre's 118)."""
        if (again := self._wide_again(fig)) is not None:
            d = _draft(drafts, facts, again.place, cue, scope=again.scope, kind=again.kind)
            note = f"the {again.scope} toll told before at {again.place.surface or again.place.name}, told again"
            if note not in d.notes:
                d.notes.append(note)
            return d
        wide = "operation" if self._sum_told(fig, s) else "cumulative" if self._background(fig) else None
        return self._country_draft(wide, facts, drafts, cue) if wide else None

    def _wide_again(self, fig: Figure) -> Draft | None:
        """The report of an operation's or a war's toll told before that ``fig`` (in a sentence with no place)
        tells again, figure for figure; else None."""
        if fig.low is None:
            return None
        # (An operation's toll told at a country or a region may yet be refined to the town the text names
        # later: "Seven people were killed in air strikes in Syria", then the hospital near Murat al-Numan.)
        return next((d for d in self.drafts.items if (d.scope == "cumulative" or (
                     d.scope == "operation" and d.place.kind in LOCAL_KINDS))
                     and (c := getattr(d, fig.kind)) is not None and c.low == fig.low), None)

    def _background(self, fig: Figure) -> bool:
        """Whether ``fig``, in a sentence with no place, is far beyond every local toll told before it (a
        thousand or more, and more than ``_BACKGROUND_RATIO`` times the largest): a war's toll, not the
        last event's."""
        return (fig.low is not None and fig.low >= _BACKGROUND_FLOOR and self.most_killed > 0
                and fig.low > _BACKGROUND_RATIO * self.most_killed)

    def _overall(self, fig: Figure, s: Sentence) -> bool:
        """Whether ``fig``, in a sentence with no place, is a running total of events the sentence names
        in the plural ("the death toll from the attacks had reached 1,200", "the toll of the strikes rose
        to 30")."""
        low = self.low
        running = is_running_total(low, max(s.start, fig.start - _TOTAL_REACH), fig.start) or bool(
            _REACHED_RE.search(low, max(s.start, fig.start - _TOTAL_REACH), fig.start))
        return running and several_events(low, s.start, s.end)

    def _told_place(self, s: Sentence) -> tuple[Mention, str] | None:
        """The place of the last event told (:meth:`_told_since`), or the site the story named since
        (:meth:`_site_told_since`), and why."""
        if (told := self._told_since(s)) is not None:
            return told, _TOLD_SINCE if s.index - self.told[0] <= _TOLD_REACH else _TOLD_LONG_AGO
        if (site := self._site_told_since(s)) is not None:
            return site, "the place the story named since the event told near it"
        return None

    def _site_told_since(self, s: Sentence) -> Mention | None:
        """The one town named since the last local event, told only coarsely ("a police station north of Baghdad"),
        where ``s`` names the event again by a definite reference: "The truck was allowed through the main gate of
        the complex in Beiji ... The blast ... killed eight people" (the story moved to the event's site)."""
        if self.told is None or not refers_back(self.low, s.start, s.end):
            return None
        at, place = self.told
        if place.precision != "coarse" or s.index - at > _TOLD_REACH:
            return None
        # (only a town the story puts the event's site in: "the main gate of the complex in Beiji"; not a journey's
        # end, a bomber's home or the hospital's town)
        named = {m.place_id: m for i in range(at + 1, s.index) for m in self.by_sentence.get(i, ())
                 if m.role == "location" and m.kind in SITE_KINDS
                 and not _AWAY_FROM_SITE_RE.search(self.low, max(0, m.start_char - 60), m.start_char)}
        return next(iter(named.values())) if len(named) == 1 else None

    def _told_since(self, s: Sentence) -> Mention | None:
        """The place of the last local event, told a few sentences before ``s`` with no place named in
        between: "Some 15 civilians were killed ... in the Beit Saadan area. "We heard three explosions
        ...," a witness said. Four workers were killed in the first attack." (the quotation between
        moves the story nowhere)."""
        if self.told is None or opens_elsewhere(self.low, s.start):
            return None  # ("To the north, in a Kurdish area ..., a suicide car bomber struck": somewhere else)
        at, place = self.told
        if s.index - at > _TOLD_GUESS_REACH or any(i in self.by_sentence for i in range(at + 1, s.index)):
            return None
        return place

    def reports(self) -> tuple[Report, ...]:
        # A headline sums up the body: its reports stand only for places the body tells nothing of, at
        # them or inside them ("RSF attack kills dozens in Sudan's Gezira state", then a village of it).
        # (a headline's toll stands where the body tells the event there with no figure: "... beheaded the village
        # chief, killed two other inhabitants" over "The attack was the first that targeted Manilha")
        body = [d.place for d in self.drafts.items if not d.headline]
        counted = [d.place for d in self.drafts.items if not d.headline and (d.killed or d.wounded)]
        drafts = sorted((d for d in self.drafts.items if not (d.headline and _told_in_body(
                            d, counted if d.killed and d.killed.low else body, self.parents))),
                        key=lambda d: (d.start, d.place.start_char))
        # The killed, then the wounded in the next sentence: one account.
        drafts = join_halves(drafts, self.low)
        # A coarse place's toll, then the place itself in the next sentences: one report there.
        drafts = narrow_in_sentence(drafts, self.parents, self.low, self._lies_in)
        drafts = _follow_refined(drafts, refine(drafts, self.parents, self.low, self._lies_in))
        # "razed a camp for displaced people in the Central African Republic", then "the camp in the town of
        # Kaga-Bandoro": the site's town, told in a sentence with no event of its own.
        placed = [self._dateline_village(self._event_placed_later(self._site_placed_later(d))) for d in drafts]
        drafts = _with_left_behind(drafts, placed)
        # "... struck the Yazidi towns of Qahtaniya and Jazeera ... The bombings killed 796 people, ...
        # the deadliest attack since the 2003 invasion of Iraq": the toll of the event told before, there.
        drafts = _referred_back(drafts, self.low)
        # "... in Unguwar Yabo village of ... Zamfara State", then "12 persons were killed in the Zamfara attack": the
        # village's.
        drafts = _site_of_named_event(drafts, self.low, self.parents)
        # One incident, two types: a violent report with no number, beside one with a toll there.
        drafts = fold_unnumbered(drafts, self.low)
        # One incident, two sides' dead told apart: one toll.
        # (an armed group's own account is never added: it is linked beside the other below)
        drafts = fold_sides(drafts, self.low, side_of, lambda d: self._running_total(d) or self._partitive(d)
                            or is_other_estimate(self.low, d.start, d.end) or self._claim(d))
        # One count per killing: a toll told again, a running total, a lead and its breakdown.
        links = link_counts(drafts, self.parents, running=self._running_total, partitive=self._partitive,
                            estimate=lambda d: is_other_estimate(self.low, d.start, d.end),
                            side=toll_side, added=lambda d: _adds(self.low, d.start, d.end),
                            low=self.low, lies_in=self._lies_in, claim=self._claim,
                            included=lambda d: included_figures(self.text, d.start, d.end))
        drafts = weapon_told(drafts, links)
        drafts, links = fold_retold(drafts, links, self.low)
        drafts = self._keepers_at_finer_places(drafts, links)
        drafts = _country_tolls_national(drafts, links, self.low)
        drafts = _keepers_dated(drafts, links)
        drafts = _estimates_as_range(drafts, links)
        drafts = _several_places_totals(drafts, links, self.low)
        shared = parts_told_apart(drafts, links, self.parents, self.low)
        ids = [event_id(self.article, d) for d in drafts]
        reports = []
        for i, d in enumerate(drafts):
            keeper, why = links.get(i, (None, ""))
            less, why = shared.get(i, (0, why))
            counted_in = ids[keeper] if keeper is not None else ""
            event = Event(**event_fields(self.article, d, ident=ids[i], counted_in=counted_in, why=why, less=less))
            reports.append(Report(event, d.when.first, d.when.last))
        return tuple(reports)

    def _keepers_at_finer_places(self, drafts: list[Draft], links: dict[int, tuple[int, str]]) -> list[Draft]:
        """``drafts`` with a toll that counts another account of it told at a province, a region or a country
        placed where that account puts it, a town inside ("The final death toll of a massacre at a village in
        central Mali was 35", then "provisional figures of 95" at Sobane Da): one place, the finer, for one toll
        (when its accounts give just one)."""
        finer: dict[int, set[int]] = {}
        for j, (i, why) in links.items():
            if HOSPITAL_WHY in why or why.startswith((PART_WHY, RUNNING_WHY)):
                # (where the dead were taken, not where the event was; where some of the dead died, not all; one of
                # the tolls a running total adds up: "Three other people were found dead ... in the Acapulco beach
                # resort", then "for a total of 13 bodies discovered in Guerrero")
                continue
            # (a province is finer than its country: "in the western province of Herat", then the U.S. military's
            # lower count with no place, the country's)
            finer_kinds = ("city", "neighbourhood", "landmark") if drafts[i].place.kind not in ("country", "region") \
                else ("city", "neighbourhood", "landmark", "governorate", "state")
            if i != j and drafts[i].scope == "local" and drafts[i].place.kind in _SITE_HOLDERS \
                    and drafts[j].place.kind in finer_kinds and holds(drafts[i].place, drafts[j].place, self.parents):
                finer.setdefault(i, set()).add(j)
        if not finer:
            return drafts
        out = list(drafts)
        for i, found in finer.items():
            if len({drafts[j].place.place_id for j in found}) == 1:
                m = drafts[next(iter(found))].place
                out[i] = _moved_to(drafts[i], m, f"placed at {m.surface or m.name}, where another account of it is")
        return out

    def _dateline_village(self, d: Draft) -> Draft:
        """``d``, a toll told in "a West Bank village" or "a village in Borno" with no name, moved to the dateline's
        town where that is a small town lying in the region told ("TURMUS AYYA: A Palestinian man was killed
        Wednesday in an occupied West Bank village"): a report filed from the village it tells of. (Not a big
        town's dateline: a capital is where the reporter sits.)"""
        if d.killed is None or d.scope != "local" or d.place.kind not in _COARSE_HOLDERS | {"country"}:
            return d
        # ("GUADALUPE, Colombia -- Paramilitary gunmen terrorising rural Colombia dumped the bodies of ten peasants
        # on the central square of this small farming village": the village the report calls "this", its dateline's)
        this = _THIS_VILLAGE_RE.search(self.low, d.start, d.end) is not None
        if not (this or _AN_UNNAMED_VILLAGE_RE.search(self.low, d.start, d.end)) or self.gazetteer is None:
            return d
        town = self._dateline_town()
        place = self.gazetteer.get(town.place_id) if town is not None and town.country == d.place.country else None
        if place is None or (place.population >= _DATELINE_VILLAGE_POPULATION and not this) or (
                d.place.kind != "country" and not self._holds_village(d.place, town)):
            return self._village_named_later(d)
        return _moved_to(d, town, f"an unnamed village of {d.place.surface or d.place.name}: the dateline's town, "
                                  f"{town.surface}")

    def _holds_village(self, where: Mention, town: Mention) -> bool:
        """Whether a village ``town`` lies in the province or region ``where``."""
        return holds(where, town, self.parents) or holder_id(town.place_id) == where.place_id \
            or (where.kind == "region" and self._lies_in(town, where) and km_between(town, where) <= _REGION_KM)

    def _village_named_later(self, d: Draft) -> Draft:
        """``d``, a toll told in "a village in Niger's restive Tillaberi region", moved to the village a sentence soon
        after names as one ("an attack ... on the village of Djambala") in that region, in a sentence with no killed
        count of its own (which would tell another event)."""
        if d.place.kind == "country":
            return d
        for k in range(d.sentence + 1, d.sentence + _SITE_REACH + 1):
            if k in self.figure_sentences:
                continue
            for m in self.by_sentence.get(k, ()):
                if m.kind == "city" and m.country == d.place.country and m.start_char not in self.datelines \
                        and _THE_TOWN_OF_RE.search(self.low, max(0, m.start_char - 30), m.start_char) \
                        and self._holds_village(d.place, m):
                    return _moved_to(d, m, f"an unnamed village of {d.place.surface or d.place.name}, named "
                                           f"{m.surface} in a sentence after")
        return d

    def _event_placed_later(self, d: Draft) -> Draft:
        """``d``, a toll told at a coarse place ("north of Baghdad", "southern Lebanon", a province), moved to the
        town a sentence soon after names as where the event was, by a definite reference ("The ambush occurred
        near Nibaie", "the deadly strike in Teffahta"), when that town lies in or near the coarse place."""
        if d.killed is None or d.scope != "local" or d.headline or d.place.match == "within" or not (
                d.place.precision == "coarse" or d.place.kind in _COARSE_HOLDERS or d.guessed) \
                or (len(d.killed.parts) > 1 and not self._one_list_of_victims(d)):
            # (a named site told at its province is placed already: "al-Mashnaq market", Saada's; a sum of several
            # events' dead has no one town, but one event's dead of several kinds may: "killed at least 35 policemen
            # and eight anti-Qaeda fighters in Diyala province")
            return d
        # (the places of the next few sentences only, filed by sentence; not one with a killed count of its own,
        # which tells a part or another event: "two children were killed in the strike on Sidon")
        # (a count nationwide is no toll of its own: "The bombings in Baghdad's western al-Amel neighborhood ... came
        # amid a series of savage attacks that killed at least 51 people and wounded 230 nationwide")
        later = (m for k in range(d.sentence + 1, d.sentence + _EVENT_PLACED_REACH + 1)
                 if k not in self.figure_sentences or not self._local_toll_in(k) for m in self.by_sentence.get(k, ()))
        for m in later:
            if m.start_char in self.datelines or m.kind not in ("city", "neighbourhood", "landmark") \
                    or m.country != d.place.country or m.place_id == d.place.place_id:
                continue
            the = _THE_EVENT_AT_RE.search(self.low, max(0, m.start_char - 70), m.start_char)
            # (or its attackers or its victims at it there: "The gunmen struck ... in the village of X")
            # (from the last full stop before it: the sentence, or its end)
            verb = struck_there(self.low, self.low.rfind(". ", 0, m.start_char) + 1, m.start_char) \
                if the is None else None
            noun = the.group("noun") if the is not None else _STRUCK_NOUNS.get(verb, "attack") if verb else ""
            if not noun or not _same_kind_of_event(noun, d.kind):
                continue
            # (several told as one lie at one place only if the sentence names no other: not "The attacks on the
            # Shi'ite holy city of Karbala, about 60 miles southwest of Baghdad, and Ramadi")
            if the is not None and the.group("many") and self._another_town_beside(m):
                continue
            kind = d.place.kind
            # (a town by a coarse town's distance, a unit's by its nesting, a region's part by where it lies; a
            # guessed town anywhere in its country)
            if kind in ("city", "neighbourhood", "landmark"):
                near = d.guessed or km_between(m, d.place) <= _NEAR_KM
            elif kind in ("governorate", "state"):
                near = holds(d.place, m, self.parents) or _in_district(m, d.place)
            else:
                near = self._lies_in(m, d.place) and km_between(m, d.place) <= _REGION_KM
            if near:
                return _moved_to(d, m, f"the event told at {d.place.surface or d.place.name}, placed at {m.surface} "
                                        "where a sentence after names it again")
        return d

    def _another_town_beside(self, m: Mention) -> bool:
        """Whether ``m``'s sentence names a place of a town's size or finer other than ``m`` and what holds it."""
        holder = self.parents.get(m.place_id)
        inside = {m.place_id, holder, self.parents.get(holder)}
        return any(o.kind in LOCAL_KINDS and o.place_id not in inside for o in self.by_sentence.get(m.sentence, ()))

    def _local_toll_in(self, index: int) -> bool:
        """Whether sentence ``index`` tells a local count of the dead."""
        return any(d.sentence == index and d.killed is not None and d.scope == "local" for d in self.drafts.items)

    def _one_list_of_victims(self, d: Draft) -> bool:
        """Whether the figures summed in ``d``'s killed count stand in one list, no place nor clause between them
        ("35 policemen and eight anti-Qaeda fighters"): one event's dead, not several events'."""
        words = [w.lower() for w in d.killed.words.split(" + ")]
        first = self.low.find(words[0], d.start, d.end)
        last = self.low.find(words[-1], first + len(words[0]), d.end) if first >= 0 else -1
        return last >= 0 and _BETWEEN_EVENTS_RE.search(self.low, first + len(words[0]), last) is None

    def _site_placed_later(self, d: Draft) -> Draft:
        """``d``, a toll told at a country or a province with a site ("a camp", "a U.N. compound"), moved to
        the town a sentence soon after puts that site in ("the camp in the town of Kaga-Bandoro"), when no
        draft there took it already."""
        # (or at a town guessed for a sentence with no place: "A Saudi-led coalition airstrike hit a prison run
        # by Yemen's Houthi rebels", and, at the report's end, "the rebel-run prison in the northern city of Saada")
        if d.killed is None or d.scope != "local" or d.headline:
            return d
        # (the words right before a town: "a small coastal town near Odesa", "a Sunni Arab neighborhood in Baghdad")
        at = d.place.start_char
        town = d.place.kind == "city" and at >= 0
        if town and _A_TOWN_NEAR_RE.search(self.low, max(d.start, at - 60), at):
            return self._town_near_named_later(d)
        # (a toll told on at the place of the sentence before reads that sentence's words: "... blew up at a crowded
        # market in northwestern Baghdad", then "The attack killed 46 people")
        lo = max(d.start if at >= d.start else self._sentence_opening(at), at - 60)
        before = self.low[lo:at] if at >= 0 and (town or d.place.kind in _SITE_HOLDERS) else ""
        # (a look for "a" or "an" as a word first: most tolls name no site so)
        site = _a_part_in_town_re().search(self.low, lo, at) \
            if " a " in before or " an " in before or before.startswith(("a ", "an ")) else None
        # (not one of two sites: "an airstrike on a market and hospital in Hodeidah", then "the al-Thawra hospital")
        if site is not None and _TWO_SITES_RE.search(site.group(0)) is None:
            moved = self._part_named_later(d, _site_noun(site.group(1)), town=town)
            if town or moved is not d:
                return moved
        # (the town's name before the noun: "a mortar barrage slammed into a mainly Shiite east Baghdad neighborhood")
        if town and (part := _town_part_re().search(d.place.surface.lower())) is not None \
                and _A_BEFORE_RE.search(self.low, lo, at) is not None:
            return self._part_named_later(d, _site_noun(part.group(1)), placed=True)
        # (the noun right after the town's name: "exploded in the center of a crowded Baghdad market", then "the Sadriya
        # market was crowded")
        if town and (noun := _noun_after_town_re().match(self.low, d.place.end_char)) is not None \
                and _A_BEFORE_RE.search(self.low, lo, at) is not None:
            return self._part_named_later(d, _site_noun(noun.group(1)))
        # (or at a town it was only told to lie a way from: "a police station north of Baghdad", then "To Baghdad's
        # north, police said a police station in the village of Albu-Ajeel was largely destroyed")
        # (the way may be in the place's own words: "north of Baghdad")
        away = town and d.place.precision == "coarse" \
            and (_WAY_FROM_RE.search(self.low, max(d.start, at - 20), at) is not None
                 or _WAY_OPENS_RE.match(self.low, at) is not None)
        if d.place.kind not in _SITE_HOLDERS and not d.guessed and not away:
            return d
        nouns = {m.group(1) for m in _site_nouns_re().finditer(self.low, d.start, d.end)}
        if not nouns:
            return d
        reach = d.sentence + (_GUESSED_SITE_REACH if d.guessed or away else _SITE_REACH)
        for m in self.body_mentions:
            if m.role != "location" or not d.sentence < m.sentence <= reach \
                    or m.kind not in LOCAL_KINDS or m.country != d.place.country:
                continue
            the = _SITE_IN_RE.search(self.low, max(0, m.start_char - 50), m.start_char)
            if the is not None and the.group("noun") in nouns and (the.group("art") == "the" or away) \
                    and not (away and m.place_id == d.place.place_id):
                note = f"the site told at {d.place.surface or d.place.name}, placed at {m.surface} in a sentence after"
                return _moved_to(d, m, note)
        return d

    def _read_figures(self, s: Sentence) -> tuple[Figure, ...]:
        """The casualty figures of ``s``, the sentences with a killed count filed (see _event_placed_later)."""
        figures = self._not_revised(sharing_places(self.text, find_figures(self.text, s.start, s.end)))
        if any(f.kind == "killed" for f in figures):
            self.figure_sentences.add(s.index)
        return figures

    def _not_revised(self, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
        """``figures`` less a count of the dead the article says a toll was revised from ("revised the death toll
        from 103 to 95", "the toll rose from 12 to 27"): a toll of that count told elsewhere is superseded."""
        if not figures:
            return figures
        if self.revised_from is None:
            self.revised_from = frozenset(
                int((m.group(1) or m.group(2)).replace(",", "")) for m in _REVISED_FROM_RE.finditer(self.low)) \
                if _FROM_A_COUNT_RE.search(self.low) is not None else frozenset()
        old = self.revised_from
        return tuple(f for f in figures if not (f.kind == "killed" and f.low == f.high and f.low in old)) \
            if old else figures

    def _told_sentences(self) -> set[int]:
        """The sentences with a report of their own (read once, for the few tolls that ask)."""
        if self.told_sentences is None:
            self.told_sentences = {e.sentence for e in self.drafts.items}
        return self.told_sentences

    def _part_named_later(self, d: Draft, noun: str, *, town: bool = True, placed: bool = False) -> Draft:
        """``d``, a toll told in "a Sunni Arab neighborhood in Baghdad", moved to the part of the town a sentence
        soon after names with the same noun ("the al-Jihad neighborhood in western Baghdad"), in a sentence that
        tells no event of its own or tells it again with no figure ("A shell fell on the Souq al-Hal market" is
        another); or to the one site of the town the story names by its own name with that noun, later ("a bakery
        in Dhaka", then "the gunmen raided the Holey Artisan Bakery"), in a sentence that tells the event again;
        else ``d``. A site in a quarter of the town is the town's ("the Hurriyah market", in Hurriya, in Baghdad)."""
        told = self._told_sentences()
        found = None
        for m in self.body_mentions:
            if m.sentence <= d.sentence or m.kind not in ("neighbourhood", "landmark") or reference_point(self.low, m):
                continue
            # (a site named by its own name, "the Holey Artisan Bakery", "Mustansiriya University", may come later
            # in the story than a quarter named by a word or two, "the al-Jihad neighborhood"; and in a province or
            # a country, only a site so named: "a cathedral in Sulu province", then "the Cathedral of Our Lady of
            # Mount Carmel in Jolo")
            named = _named_site(m.surface, noun)
            holder = self.parents.get(m.place_id)
            if not (d.place.place_id in (holder, self.parents.get(holder)) if town
                    else named and contains(d.place, m, self.text, self.parents)):
                continue
            # (the noun may follow the name's mention: "in the Ubaidi neighborhood")
            after = _NOUN_AFTER_NAME_RE.match(self.low, m.end_char)
            the_noun = after is not None and _site_noun(after.group(1)) == noun \
                and self.low.endswith("the ", 0, m.start_char)
            if not (named or the_noun or _site_noun(m.surface.rsplit(" ", 1)[-1].lower()) == noun) \
                    or (not named and m.sentence > d.sentence + _SITE_REACH):
                continue
            if placed and not self._someone_in_quarter(m):
                continue
            if m.sentence in told and not self._tells_it_again(m.sentence):
                continue
            # (a site is named apart by the words before it, a quarter by its own name or another time only: "a
            # statement said the rounds landed in the al-Jihad neighborhood" tells where they fell)
            if ((named or m.kind == "landmark") and self._site_named_apart(m)) or self._another_time_at(m) \
                    or (named and self._site_of_another_toll(m, noun, d)):
                continue  # ("the Ghazil pet market", another blast's: later "At the Ghazil market, ...")
            if found is not None and found.place_id != m.place_id:
                return d  # (two sites of the noun in the town: which one is not told)
            found = found or m
        if found is None:
            return d
        note = f"a {noun} of {d.place.surface or d.place.name}, named {found.surface} in a sentence after"
        return _moved_to(d, found, note)

    def _someone_in_quarter(self, m: Mention) -> bool:
        """Whether the words right before quarter ``m`` put someone or something in it or of it ("The mayor of the
        Amiriyah neighborhood", "a shopkeeper in the Dasht-e-Barchi neighbourhood"), not a way to or from it ("fled
        to", "fired from", "out of"), nor a talk held there ("at a news conference in"), nor another time."""
        opens = self._sentence_opening(m.start_char)
        before = self.low[max(opens, m.start_char - 60):m.start_char]
        return _IN_OR_OF_THE_RE.search(before) is not None and _TALK_OR_TIME_RE.search(before) is None \
            and not self._another_time_at(m) \
            and _later_time_re().match(self.low, m.end_char) is None

    def _site_of_another_toll(self, m: Mention, noun: str, lead: Draft) -> bool:
        """Whether a toll was told before ``lead``'s at a site named like ``m`` (a word of its name beside
        ``noun``): another event's site (a toll told there later may be ``lead``'s told again)."""
        words = {w for w in m.surface.lower().split() if w != noun}
        return any(d.killed is not None and d.place.kind in ("neighbourhood", "landmark")
                   and 0 <= d.place.start_char < lead.place.start_char
                   and words & set(d.place.surface.lower().split()) for d in self.drafts.items)

    def _site_named_apart(self, m: Mention) -> bool:
        """Whether the sentence names site ``m`` for another time or another matter than the event told before:
        "Last year, militants attacked the Imam Zaman Mosque", "The wounded were transferred to the Saudi Hospital",
        "Mourners later gathered at the Pul-e-Khishti Mosque"."""
        opens = self._sentence_opening(m.start_char)
        return _AWAY_FROM_SITE_RE.search(self.low, max(opens, m.start_char - 60), m.start_char) is not None \
            or _GATHERED_AT_RE.search(self.low, max(opens, m.start_char - 60), m.start_char) is not None \
            or self._another_time_at(m)

    def _another_time_at(self, m: Mention) -> bool:
        """Whether the words before ``m`` in its sentence tell another time: "Last year, militants attacked the"."""
        return _ANOTHER_TIME_IN_RE.search(self.low, self._sentence_opening(m.start_char), m.start_char) is not None

    def _sentence_opening(self, at: int) -> int:
        """Where the words before ``at`` begin, read back to a full stop or a line's start (a look, not the
        sentence splitter's answer)."""
        return max(self.low.rfind(".", 0, at), self.low.rfind("\n", 0, at)) + 1

    def _tells_it_again(self, index: int) -> bool:
        """Whether sentence ``index`` tells no figure of its own and no new event: it tells the one before
        again ("Witnesses described chaotic scenes when the gunmen raided the Holey Artisan Bakery")."""
        there = [d for d in self.drafts.items if d.sentence == index]
        return all(d.killed is None and d.wounded is None and self._no_new_event(d) for d in there)

    def _town_near_named_later(self, d: Draft) -> Draft:
        """``d``, a toll told at "a small coastal town near Odesa", moved to the town the next sentences name
        as one ("the town of Serhiyivka"), near the first, in a sentence that tells no event of its own
        ("Separately, shelling damaged homes in the town of Nova Kakhovka"); else ``d``."""
        told = self._told_sentences()
        for m in self.body_mentions:
            if not d.sentence < m.sentence <= d.sentence + _SITE_REACH or m.kind != "city" \
                    or m.place_id == d.place.place_id or m.country != d.place.country \
                    or km_between(m, d.place) > _NEAR_KM:
                continue
            # (or named and then described as a town, in a sentence that goes on with the toll: "The deaths would bring
            # the toll from an offensive ... on Daraya, a working class Sunni Muslim town on the southwestern edge of
            # Damascus, to 270")
            if (m.sentence not in told and _THE_TOWN_OF_RE.search(self.low, max(0, m.start_char - 30), m.start_char)) \
                    or (_A_TOWN_AFTER_RE.match(self.low, m.end_char) is not None
                        and _EVENT_ON_RE.search(self.low, max(0, m.start_char - 60), m.start_char) is not None
                        and not _CAME_AS_RE.search(self.low, max(0, m.start_char - 120), m.start_char)
                        and self._tells_it_on(m.sentence)):
                note = f"a town near {d.place.surface or d.place.name}, named {m.surface} in a sentence after"
                return _moved_to(d, m, note)
        return d

    def _tells_it_on(self, index: int) -> bool:
        """Whether sentence ``index`` tells no event of its own, or opens on the one told before ("The deaths would
        bring the toll ...") and tells no new one."""
        there = [d for d in self.drafts.items if d.sentence == index]
        return not there or all(opens_on_reference(self.low, d.start, d.end) and self._no_new_event(d) for d in there)

    def _no_new_event(self, d: Draft) -> bool:
        """Whether ``d``'s sentence introduces no event and opens on no other one than the story's."""
        return not introduces_event(self.low, d.start, d.end) and not opens_other_event(self.low, d.start, d.end)

    def _lies_in(self, inner: Mention, outer: Mention) -> bool:
        """Whether ``inner`` lies in ``outer`` where ``outer`` is a part of a country or a province
        ("southern Lebanon"): its nearest part is that one or one beside it (Tyre is in southern
        Lebanon, Qaa, in the north-east, is not). Any other place: True (the gazetteer's nesting
        says the rest)."""
        if self.gazetteer is None:
            return True
        if outer.place_id.startswith("part:"):
            whole, _, direction = outer.place_id[len("part:"):].rpartition(":")
        else:
            # A curated region named for its direction: "Southern Lebanon", "Northern Iraq".
            first = outer.name.split(" ", 1)[0].lower()
            country = self.gazetteer.country(outer.country) if outer.kind == "region" else None
            if country is not None and first not in _PART_NEIGHBOURS:
                # A region named for itself ("Khyber Agency", "Darfur"): not the capital far from it ("officials
                # from Islamabad and Kabul"), nor a place farther than any such region reaches.
                capital = self.gazetteer.capital(inner.country)
                far = km_between(inner, outer)
                return far <= _REGION_REACH_KM and not (capital is not None and capital.id == inner.place_id
                                                         and far > _CAPITAL_IN_REGION_KM)
            if country is None or first not in _PART_NEIGHBOURS:
                return True
            whole, direction = country.id, first
        nearest = self.gazetteer.nearest_parts(whole, inner.latitude, inner.longitude)
        if not nearest or not nearest.isdisjoint(_PART_NEIGHBOURS.get(direction, (direction,))):
            return True
        # The parts' points lie where most villages crowd (Iraq's in its north-west, so Tuz Khurmatu
        # is nearest its "central" point): the side of the whole's span says it too, well past its middle,
        # and never of the capital, which the press names apart ("envoys met in Kabul").
        capital = self.gazetteer.capital(inner.country)
        if capital is not None and capital.id == inner.place_id:
            return False
        extent = self.gazetteer.extent(whole)
        return extent is not None and on_side(direction, extent, inner.latitude, inner.longitude)

    def _running_total(self, d: Draft) -> bool:
        """Whether the draft's toll is a running total ("the toll rose to 13", "a total of 13")."""
        return is_running_total(self.low, d.start, d.end)

    def _partitive(self, d: Draft) -> bool:
        """Whether the draft's toll is a part of a group told before ("two of the victims")."""
        words = d.killed.words.split(" + ")[0].lower() if d.killed else ""
        if d.wounded is not None and _DIED_OF_WOUNDS_RE.search(self.low, d.start, d.end):
            # "Two police officers also sustained injuries and one of them later died in hospital": one of the
            # wounded the sentence counts, dead since: more dead, not some of those told before
            return False
        # The figure's words hold the group ("two of the victims") or stand right before it; or the
        # sentence opens on one of the events told ("The first bomber detonated his charge on a No. 6 bus
        # killing eight people", after two bombers killed 16).
        return bool(words) and (_PARTITIVE_RE.search(words) is not None or any(
            self._group_told(at + len(words)) for at in _finds(self.low, words, d.start, d.end))
            or _ONE_OF_TWO_RE.match(self.low, _space_after(self.text, d.start, d.end)) is not None
            # "The Syrian Civil Defence said one of its volunteers was killed in the strike": one of a group's
            # people, killed in the event told before.
            or (_OF_ITS_RE.search(words) is not None and refers_back(self.low, d.start, d.end))
            # "one soldier was killed and another wounded, while the rest of the dead were civilians": who some of
            # the dead told before were
            or _REST_OF_DEAD_RE.search(self.low, d.start, d.end) is not None)

    def _group_told(self, at: int) -> bool:
        """Whether a group told before follows a figure ending at ``at``: " of the victims", not " of
        the Islamic Scouts" (a name)."""
        m = _PARTITIVE_RE.match(self.low, at)
        return m is not None and not self.text[m.end():m.end() + 1].isupper()


_REST_OF_DEAD_RE = re.compile(r"\bthe\s+(?:rest|remainder|others)\s+"
                              r"(?:of\s+the\s+(?:dead|victims|killed|fatalities)\s+)?(?:were|was)\b")


# Places that hold villages: an event there may be at a village the gazetteer lacks.
_HOLDS_VILLAGES = frozenset({"governorate", "state", "region"})
_SPREAD_BEFORE_RE = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$")


_ORIGIN_RE = re.compile(r"\b(?:were|was|are|is|came|come|hailed|all)\s+(?:originally\s+)?from\b")


@cache
def _victims_re() -> re.Pattern[str]:
    words = sorted((r["word"].strip() for r in rows("victim_references.csv")), key=len, reverse=True)
    return re.compile(rf"[\"“‘']?(?:the|their|those)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(map(re.escape, words))})\b")


@cache
def _event_again_re() -> re.Pattern[str]:
    """An event named again by a noun of ``event_references.csv`` and said to have taken place: "The incident took
    place", "The encounter occurred"."""
    words = sorted((r["word"].strip() for r in rows("event_references.csv")), key=len, reverse=True)
    return re.compile(rf"(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, words))})\s+"
                      r"(?:[^.;]{0,40}?\s)?(?:took\s+place|occurred|happened)\b")


def _space_after(text: str, start: int, end: int) -> int:
    """The first offset of ``text[start:end]`` that is not a space."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _most_precise(kept: list[Mention], text: str, parents: dict[str, str]) -> list[Mention]:
    """``kept`` without the places that only contain another of them (:func:`contains`).

    The same as testing every pair, in time linear in the places: what the gazetteer says is
    looked up in sets of the places' ids, parents, governorates and countries; what the words
    between two places say is tried only on the places right next to each one. A few places are
    simply tried in pairs.
    """
    if len(kept) <= _FEW_PLACES:
        return [m for m in kept if not any(contains(m, other, text, parents) for other in kept)]
    children: dict[str, set[str]] = {}  # parent id -> ids of the places it holds
    in_admin1: dict[tuple[str, str], set[str]] = {}  # (governorate, country) -> ids of its towns
    in_country: dict[str, set[str]] = {}  # country -> ids of its places below a region
    by_start: dict[int, list[Mention]] = {}
    by_end: dict[int, list[Mention]] = {}
    for m in kept:
        if (holder := parents.get(m.place_id)) is not None:
            children.setdefault(holder, set()).add(m.place_id)
            if (upper := parents.get(holder)) is not None:
                children.setdefault(upper, set()).add(m.place_id)
        if m.kind in ("landmark", "neighbourhood", "city"):
            in_admin1.setdefault((m.admin1, m.country), set()).add(m.place_id)
        if m.kind not in ("country", "region"):
            in_country.setdefault(m.country, set()).add(m.place_id)
        by_start.setdefault(m.start_char, []).append(m)
        by_end.setdefault(m.end_char, []).append(m)
    starts, ends = sorted(by_start), sorted(by_end)

    def holds(ids: set[str] | None, m: Mention) -> bool:
        return bool(ids) and (len(ids) > 1 or m.place_id not in ids)

    def outer(m: Mention) -> bool:
        if holds(children.get(m.place_id), m) \
                or (m.kind == "governorate" and holds(in_admin1.get((m.name, m.country)), m)) \
                or (m.kind in ("country", "region") and holds(in_country.get(m.country), m)):
            return True
        near = []
        gap = _POSSESSIVE_RE.match(text, m.end_char)  # "Baghdad's Sadr City": the place right after
        if gap:
            lo, hi = bisect_left(starts, m.end_char + 1), bisect_right(starts, gap.end())
            near += [o for at in starts[lo:hi] for o in by_start[at]]
        if m.match == "within" or m.kind in ("governorate", "state"):  # "Solhan village in Yagha province"
            lo, hi = bisect_left(ends, m.start_char - IN_UNIT_REACH), bisect_right(ends, m.start_char)
            near += [o for at in ends[lo:hi] for o in by_end[at]]
        if _after_of(text, m.start_char):  # "Sadr City of Baghdad": the place a few words before
            lo, hi = bisect_left(ends, _part_of_floor(text, m.start_char)), bisect_right(ends, m.start_char)
            near += [o for at in ends[lo:hi] for o in by_end[at]]
        return any(contains(m, other, text, parents) for other in near)

    return [m for m in kept if not outer(m)]


def _after_of(text: str, pos: int) -> bool:
    """Whether ``text[:pos]`` ends in "of " or "of the ", as a gap "X of the" must."""
    at = _space_before(text, pos)
    if at == pos:
        return False
    if text[at - 3:at] == "the":
        before = _space_before(text, at - 3)
        if before < at - 3 and text[before - 2:before] == "of":
            return True
    return text[at - 2:at] == "of"


def _space_before(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _part_of_floor(text: str, pos: int) -> int:
    """Where a gap "X of the" ending at ``pos`` may start at the earliest: four words back."""
    at = pos
    for _ in range(4):
        while at > 0 and text[at - 1].isspace():
            at -= 1
        while at > 0 and not text[at - 1].isspace():
            at -= 1
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _toll_cues(cues: list[Cue], best: dict[tuple[int, int], Cue | None], spans: list[tuple[int, int]],
               top: Cue, low: str = "") -> tuple[Callable[[int], Cue], Cue | None, Callable[[int], Cue]]:
    """The cue a figure at a character counts for, and the sentence's violent cue of the highest priority.
    A toll's clause may hold only the words of a development ("a car bombing ... that left 21 dead, raising
    questions ... in the wake of a peace deal"): the toll is the sentence's violent event's. A relative
    clause with deaths alone tells the toll of the event its antecedent names ("arrested three suspects in
    the bombing that killed 11 people": the bombing's)."""
    violent = max((c for c in cues if c.event_type in _TOLL_TYPES), key=_priority, default=None)

    def clause_cue(at: int) -> Cue:
        span = clause_of(spans, at)
        cue = best[span] or top
        if cue.event_type == ANY_TYPE and low and _RELATIVE_RE.match(low, span[0]) and span in spans:
            before = spans.index(span) - 1
            prior = spans[before] if before >= 0 else None
            earlier = max((c for c in cues if prior is not None and prior[0] <= c.start < prior[1]
                           and c.event_type in VIOLENT_TYPES), key=_priority, default=None)
            if earlier is not None:
                return earlier
        return cue

    def cue_at(at: int) -> Cue:
        cue = clause_cue(at)
        return violent if violent is not None and cue.event_type == _DEVELOPMENTS else cue

    return cue_at, violent, clause_cue


_TOLL_TYPES = frozenset({*VIOLENT_TYPES, ANY_TYPE})  # the kinds of event a toll may be told of
_RELATIVE_RE = re.compile(r"\s*(?:that|which)\b")  # a relative clause's opening, from its clause's start
_DEVELOPMENTS = "Strategic developments"  # arrests, agreements, looting: no one's death
# Three or more events counted: "six attacks", "a series of bombings" (two may be one incident: "two explosions
# at a market").
_MANY_EVENTS_RE = re.compile(r"\b(?:three|four|five|six|seven|eight|nine|ten|a\s+(?:series|wave|string|spate)\s+of|"
                             r"several|multiple|[3-9]|\d\d)\s+(?:[a-z-]+\s+)?(?:attacks|bombings|blasts|explosions|"
                             r"strikes|airstrikes|air\s+strikes|raids|ambushes)\b")
# ... spread over a town and more: "in and around Baghdad", "across the capital" (not "three missile strikes on
# Kharkiv", one town's toll).
_SPREAD_RE = re.compile(r"\b(?:in\s+and\s+around|across|throughout|in\s+several|in\s+various|in\s+different)\b")
# A number, then a people's name in the plural: "125 Palestinians", "at least 12 Afghans" (lower-cased).
_PLURAL_WORD_RE = re.compile(r"\b(?:\d[\d,]*|[a-z]+)\s+([a-z]+s)\b")
_AGREEMENT = "Agreement"  # (its sub-type of talks, ceasefires and deadlines)


def _priority(cue: Cue) -> tuple[int, int]:
    return cue.priority, -cue.start


@cache
def _diplomatic_re() -> re.Pattern[str]:
    words = trie_regex((r["words"].strip().lower() for r in rows("diplomatic_words.csv")), special={" ": r"\s+"})
    return re.compile(rf"\b{words}\s+(?:(?:an?|formal|strong|official)\s+){{0,2}}$")


# "The death toll was ", "the toll stands at ": the toll of the article's event, told plainly before its number.
_THE_TOLL_WAS_RE = re.compile(r"\bthe\s+(?:death\s+)?toll\s+(?:was|is|stands\s+at|stood\s+at)\s+"
                              r"(?:at\s+least\s+|about\s+|some\s+|)$")
_SITE_HOLDERS = frozenset({"country", "governorate", "state", "region"})
_SITE_REACH = 3  # sentences after a site's toll in which its town may be told
_EVENT_PLACED_REACH = 6  # ... in which the event, named again by a definite reference, may be placed
_COARSE_HOLDERS = frozenset({"region", "governorate", "state"})
# Another place after a place, in a list: ", Izium and Balakliia", " and Izium" (not ", Governor Oleh Syniehubov said").
_LIST_GOES_ON_RE = re.compile(r"\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|\band\b|\bor\b)|\s+(?:and|or)\s+[A-Z]")
_AROUND_BEFORE_RE = re.compile(r"\b(?:around|across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$")
# A few days of fighting, or the past few days: a toll told over them (with "several", "few" or a number).
_DAYS_OF_FIGHTING_RE = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+days\s+of\s+"
    r"(?:heavy\s+|fierce\s+|intense\s+)?(?:fighting|clashes|battles?|street\s+battles)\b"
    r"|\bover\s+the\s+(?:past|last)\s+(?:\d{1,2}|two|three|four|five|six|seven|several|few)\s+days\b"
    r"|\b(?:over|in)\s+the\s+(?:past|last)\s+(?:\d{1,2}|few|several)\s+hours\b")
# Several operations that killed over the days: "95 Houthis were killed ... in operations carried out in the last 24
# hours in Marib" is no town's toll, whatever one town the sentence names (but "killed in three days of fighting in
# El Fasher, as RSF operations intensified" is El Fasher's).
_OPERATIONS_RE = re.compile(r"\b(?:killed|died|dead)\s+(?:in|during)\s+(?:[\w-]+\s+){0,2}?operations\b")
# Words between two figures that tell them apart as several events' or places': "five in Kherson and three in".
_BETWEEN_EVENTS_RE = re.compile(r"\b(?:in|at|near|on|while|after|before|when|earlier|later)\b|[;:(]")
# The event a verb of its attackers or victims names ("the gunmen struck", "they were waylaid"), as a noun.
_STRUCK_NOUNS = {"ambushed": "ambush", "ambushing": "ambush", "waylaid": "ambush", "shelled": "shelling",
                 "bombed": "bombing", "exploded": "blast", "went off": "blast"}
# A region the text names as a unit ("Khyber district", "Bajaur Agency"): a unit's place, where an event may be.
_UNIT_NOUN_END_RE = re.compile(r"\s(?:district|agency|county|province|territory|township)$", re.IGNORECASE)
# An unnamed village a toll is told in: "in an occupied West Bank village", "in a village in Borno".
_AN_UNNAMED_VILLAGE_RE = re.compile(r"\b(?:in|at|on)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:village|hamlet)\b")
# (not a place far from it: "killed 12 soldiers in eastern Colombia, far from this small town")
_THIS_VILLAGE_RE = re.compile(r"(?<!\bfrom\s)\bthis\s+(?:[\w-]+\s+){0,3}?(?:village|hamlet|town)\b")
_DATELINE_VILLAGE_POPULATION = 15_000  # a dateline's town smaller than this may be the village told of (a village)
_REGION_KM = 600  # how far from a region's point a town it holds may lie
# The event named again by a definite reference, right before where it was: "The ambush occurred near ", "the
# deadly strike in ", "the attack on the village of ".
# (or several told as one, in a quarter of the town: "The bombings in Baghdad's western (al-Amel neighborhood)")
_THE_EVENT_AT_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?P<noun>ambush|attack|strike|airstrike|air\s+strike|bombing|"
                              r"blast|explosion|raid|massacre|shelling)(?P<many>s)?"
                              # ("The bombing, which took place in Jabalia, saw victims pulled from the rubble")
                              r"(?:,\s+(?:which|that)\s+|\s+)(?:(?:occurred|took\s+place|happened|was|were)\s+)?"
                              r"(?:in|at|near|on)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}(?:city|town|village)\s+of\s+|"
                              r"[\w-]+['’]s\s+(?:[a-z]+ern\s+)?|"
                              # (or on its site in the town: "The attack on the market in Mahmudiyah")
                              r"(?:the|an?)\s+(?:[a-z'’-]+\s+){1,3}?(?:in|at|near)\s+)?$")
# "in a small coastal town near Odesa", then "the town of Serhiyivka": a town the lead does not name, and the
# words that name it after.
_A_TOWN_NEAR_RE = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|settlement)\s+"
                             r"(?:near|outside|close\s+to)\s+(?:the\s+)?(?:[a-z]+\s+)?$")


@cache
def _a_part_in_town_re() -> re.Pattern[str]:
    """A part of a town the words before it name with "a" and a noun of a quarter or a site of
    ``place_nouns.csv``, not its name ("rampaged through a Sunni Arab neighborhood in ", "a bakery in ")."""
    return re.compile(rf"\b(?:an?)\s+(?:[\w-]+\s+){{0,3}}?({_part_nouns()})\s+(?:in|of|at)\s+(?:the\s+)?"
                      r"(?:[a-z]+\s+)?$")


def _with_left_behind(before: list[Draft], after: list[Draft]) -> list[Draft]:
    """``after`` (``before`` with some tolls moved to the site a later sentence names for the words they were told
    at: "a west Baghdad neighborhood", then "the Amiriyah neighborhood") with the drafts of no figure told at the
    same words, in the toll's sentence or in the one that names the site, moved there too: they are events at the
    same quarter (the same incident told as another kind of event is folded with the toll after). A draft that
    only inherits the words in another sentence may be another event ("Hours later, attackers struck back")."""
    moved = {b.place.start_char: (a.place, {b.sentence, a.place.sentence}) for b, a in zip(before, after)
             if a.place is not b.place and b.killed is not None and a.place.kind in ("neighbourhood", "landmark")}
    if not moved:
        return after
    return [replace(a, place=moved[a.place.start_char][0])
            if a.place is b.place and a.killed is None and a.wounded is None and a.place.start_char in moved
            and a.sentence in moved[a.place.start_char][1] else a
            for b, a in zip(before, after)]


@cache
def _town_part_re() -> re.Pattern[str]:
    """A part of a town named by the town's name before a noun of :func:`_part_nouns`, the place's words ending on it
    ("west baghdad neighborhood"): the noun."""
    return re.compile(rf"\s({_part_nouns()})$")


# "in the ", "of the " right before a quarter's name (not "out of the ").
_IN_OR_OF_THE_RE = re.compile(r"(?<!\bout\s)\b(?:in|of)\s+the\s+$")
# A talk held at a quarter, or another time, in the words before it.
_TALK_OR_TIME_RE = re.compile(r"\b(?:conference|briefing|speaking|spoke|speech|visit(?:ed|ing)?|meeting|earlier|later|"
                              r"last|previously)\b")


@cache
def _later_time_re() -> re.Pattern[str]:
    """Another time right after a quarter's noun: "(out of the Mulazmin neighbourhood) in October" (the months of
    ``date_words.csv``, by their full names)."""
    months = "|".join(name.lower() for name in calendar_names().months)
    return re.compile(rf"\s+\w+\s+(?:in|on|since|last)\s+(?:[a-z]+\s+)?(?:{months}|\d{{4}}|week|month|year)\b")


# A name in apposition right before a distance ("Mukaisheefa, about ").
_NAME_APPOSED_RE = re.compile(r"(?P<name>[A-Z][\w'’-]*),\s+(?:(?:about|some|around|nearly|roughly|just)\s+)?$")
# A name and its unit's noun in apposition before a distance that ends right before a town's name: "Charsadda district,
# roughly 50 kilometres (30 miles) from the city of ".
_APPOSED_DISTANCE_RE = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:district|county|town|village|city|camp))?),\s+"
    r"(?:(?:about|some|around|nearly|roughly|just)\s+)?\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles)\s+"
    r"(?:\([^()]{1,30}\)\s+)?(?:away\s+)?(?:(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of|from)\s+"
    r"(?:(?:the|[A-Z][\w'’-]*['’]s)\s+(?:[a-z’']+\s+){0,2}?(?:capital,?|city\s+of|town\s+of)\s+)?$")
_APPOSED_COMMA_RE = re.compile(r",\s+")
# Two sites or more in the words that name a site with "a": "a market and hospital in", "a school or a mosque in".
_TWO_SITES_RE = re.compile(r"\band\b|\bor\b|,")
# "a ", "an ", and up to three words, right before a place's words ("a mainly shiite ").
_A_BEFORE_RE = re.compile(r"\b(?:an?)\s+(?:[\w-]+\s+){0,3}?$")
# The word right after a place's name: "(the Ubaidi) neighborhood".
_NOUN_AFTER_NAME_RE = re.compile(r"\s+([a-z]+)\b")


@cache
def _part_nouns() -> str:
    """The nouns of :func:`_a_part_in_town_re`, as one alternation."""
    return starred_alternation(["neighborhood", "neighbourhood", "district", "quarter", "suburb",
                                *(n for n in landmark_nouns() if n.isalpha())])


@cache
def _noun_after_town_re() -> re.Pattern[str]:
    """A noun of :func:`_part_nouns` right after a town's name ("(Baghdad) market")."""
    return re.compile(rf"\s+({_part_nouns()})\b")


def _named_site(surface: str, noun: str) -> bool:
    """Whether ``surface`` is a site's own name with ``noun`` in it ("Holey Artisan Bakery", "University of
    Aleppo", "Nahda terminal"), not a word or two and the noun ("al-Jihad neighborhood")."""
    words = surface.split()
    return len(words) > 1 and words[0][:1].isupper() and (
        _site_noun(words[-1].lower()) == noun or (words[0].lower() == noun and len(words) > 2 and words[1] == "of"))


@cache
def _disaster_re() -> re.Pattern[str]:
    """A death no armed party caused: ``disaster_words.csv`` ("capsized", "earthquake", "floods")."""
    alt = starred_alternation(r["words"].strip().lower() for r in rows("disaster_words.csv"))
    return re.compile(rf"\b(?:{alt})\b".replace(r"\ ", r"\s+"))  # (a space matches any run of white space)


def _in_district(town: Mention, unit: Mention) -> bool:
    """Whether ``town``, of no known district, lies in ``unit``, a province's district: in the same province, near
    the district's point (the gazetteer files towns under provinces only: Bontoc in Mountain Province)."""
    return unit.admin1 != unit.name and bool(unit.admin1) and town.admin1 == unit.admin1 \
        and km_between(town, unit) <= DISTRICT_KM


def _same_kind_of_event(noun: str, kind: tuple[str, str]) -> bool:
    """Whether an event named again by ``noun`` ("the airstrike in ...") may be one told as ``kind``: an air
    strike is no shelling, an ambush a fight, a bombing an explosion; an attack, a raid, a strike may be any."""
    noun = " ".join(noun.split())
    if noun in ("airstrike", "air strike"):
        return kind[1] == "Air or drone strike"
    if noun == "shelling":
        return kind[1].startswith("Shelling")
    if noun == "ambush":
        return kind[0] == "Battles"
    if noun in ("bombing", "blast", "explosion"):
        return kind[0] == EXPLOSIONS
    return True


def _moved_to(d: Draft, m: Mention, note: str) -> Draft:
    """``d`` told at ``m`` instead, with ``m``'s geo precision (if finer) and ``note``."""
    geo = GEO_PRECISION.get(m.kind, 1) if m.match != "within" else within_geo_precision(m.kind, m.precision)
    return replace(d, place=m, geo_precision=min(d.geo_precision, geo), notes=[*d.notes, note])


def _site_noun(word: str) -> str:
    return "neighborhood" if word == "neighbourhood" else word


# The event named right before a town, at it: "an offensive by President Bashar al-Assad's forces on (Daraya)".
_EVENT_ON_RE = re.compile(r"\b(?:offensive|attack|assault|raid|strikes?|shelling|bombardment|bombing|siege|massacre)\s+"
                          r"(?:[\w'’-]+\s+){0,6}?(?:on|in|at|against)\s+$")
# Words that tell another event beside the one told: "The attack followed a raid on", "came as", "a day after".
_CAME_AS_RE = re.compile(r"\b(?:followed|follows|following|came\s+as|comes\s+as|after|since|before|amid)\b[^.;]*$")
# A town's name, then what it is: ", a working class Sunni Muslim town".
_A_TOWN_AFTER_RE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,5}?(?:town|village|city|suburb|settlement)\b")
_THE_TOWN_OF_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:town|village|city|settlement)\s+of\s+$")
_NEAR_KM = 80  # how far from the town a lead's "town near" it may lie
_WAY_FROM_RE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:capital\s+)?$")
_WAY_OPENS_RE = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s")
_GUESSED_SITE_REACH = 12  # sentences after a toll with a guessed town in which its site may be placed
# "the camp in the town of ", "the compound in ", right before the site's town ("the rebel-run prison in the northern
# city of ": a word may describe the site, and one the town); with "a" only after a lead a way from a town ("a police
# station in the village of ", the site told again).
_SITE_IN_RE = re.compile(r"\b(?P<art>the|an?)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]{4,})\s+(?:in|at)\s+(?:the\s+)?"
                         r"(?:(?:[a-z]+\s+)?(?:town|city|village|district)\s+of\s+)?$")


@cache
def _site_nouns_re() -> re.Pattern[str]:
    """A site introduced with "a" or "an" ("a camp for displaced people", "a U.N. compound"): the nouns of
    sites of ``place_nouns.csv``, one word each."""
    nouns = [n for n in landmark_nouns() if " " not in n]
    return re.compile(rf"\b(?:a|an)\s+(?:[\w.-]+\s+){{0,3}}?({'|'.join(map(re.escape, nouns))})\b")


def _in_proper_name(text: str, cue: Cue, floor: int) -> bool:
    """True for a cue word inside a name: "Basra Operations Command", "Operation Iraqi Freedom"."""
    if not text[cue.start].isupper() or not text[floor:cue.start].strip():
        return False
    before = text[max(floor, cue.start - 40):cue.start].split()
    after = _NAME_WORD_RE.match(text, cue.end + 1) if text[cue.end:cue.end + 1] == " " else None
    return bool(after) or bool(before and before[-1][:1].isupper() and before[-1][-1:].isalpha())


# "tore through hotels here Wednesday", "killed near here", "in a bombing here": "here" as the place of an
# event (not "here is", "here's", "here to stay", "here and there", "up to here").
_HERE_RE = re.compile(r"(?<![\w'’])(?:near |from |in |out )?here(?! is\b| are\b| to\b| and there\b|'s|’s)\b(?![\w'’])")
# "this insurgent stronghold", "this northern city": the town a datelined report was filed from.
_THIS_TOWN_RE = re.compile(r"\bthis (?:[a-z-]+ ){0,2}(?:city|town|village|stronghold|port|enclave|capital)\b")
# "killed in that attack", "in the same attack": the event the sentence before told.
# One event named in the singular, as a sentence refers back to it: "that attack", "The strike".
_ONE_EVENT = r"(?:attack|bombing|blast|explosion|assault|raid|strike|airstrike|ambush|massacre|incident)"
_THAT_EVENT_RE = re.compile(rf"\b(?:in|during|by)\s+(?:that|this|the\s+same)\s+(?:[a-z-]+\s+)?{_ONE_EVENT}\b")


# "there" as a place, after a word of the sentence: not of being ("there were", "there has been"), nor whence or
# whither ("from there", "back there"), nor a sentence's first word.
_THERE_RE = re.compile(r"(?<!\bfrom\s)(?<!\bback\s)(?<=[a-z,]\s)there\b(?!\s+(?:(?:also|still|now|then|already|never|"
                       r"not|just|reportedly)\s+)?(?:is|are|was|were|has|have|had|will|would|could|might|may|must|"
                       r"should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|being|been|isn|aren|"
                       r"wasn|weren|hasn|haven|hadn)\b|['’]s\b)")
_THERE_REACH = 2  # sentences back where the place a sentence calls "there" may be named
# The place words of a figure that go on to the town they are in: "at Mararaban Tipper in Nzhwerenvi village".
_SITE_IN_TOWN_RE = re.compile(r"\s+(?:in|near)\s+(?:the\s+)?[A-Z]")
# A settlement's noun, or the clause's end, right after a figure's place words: what makes them a place the gazetteer
# lacks ("five people at Arzikin Da communities"), not an armed group's or a feast's name ("in RSF drone strikes",
# "at Christmas Eve services").
_SETTLEMENT_OR_END_RE = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:communit(?:y|ies)|villages?|hamlets?|settlements?|towns?)\b")
# A sentence (or a list's item) that opens on the event told before, in the singular, and its toll: "The attack killed a
# 40-year-old man", "• The strike also wounded five" (not "The attacks killed six people", after bombings in three
# towns: the toll of all of them).
_THE_EVENT_KILLED_RE = re.compile(rf"[\s•*\"“‘'-]*(?:the|that|this)\s+(?:[a-z'’-]+\s+)?(?:{_ONE_EVENT}|shelling|"
                                  r"bombardment)\s+(?:also\s+)?(?:killed|left|claimed|wounded|injured)\b")


def _says_here(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` puts an event "here"; not a source there ("Officials here said", "said
    here", "told reporters here"), which says where words were spoken."""
    return any(not _SOURCE_HERE_RE.search(low, max(start, m.start() - 40), m.end() + 12)
               for m in _HERE_RE.finditer(low, start, end))


_SOURCE_HERE_RE = re.compile(r"\b(?:officials?|sources?|police|authorities|spokesm[ae]n|diplomats?|analysts|observers|"
                             r"commanders?|officers?|correspondents?|reporters|journalists|residents)\s+here\b"
                             r"|\bhere\s+(?:said|say|says|told|added|confirmed|reported)\b"
                             r"|\b(?:said|told\s+[\w ]{1,30}?|speaking|spoke|briefing|conference)\s+here\b")
# "on the outskirts of the city", "the northern city's": the town a datelined report was filed from, where
# no sentence before names another.
_THE_CITY_RE = re.compile(r"\bthe\s+(?:(?:northern|southern|eastern|western|central|coastal|port|besieged|"
                          r"frontline)\s+)?(?:city|town)(?:['’]s)?\b(?!\s+of\b)")
