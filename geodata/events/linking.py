"""One count per killing within an article: which reports tell again of killings another counts.

Wire copy tells a toll more than once: the lead at a coarse place ("in northern Burkina Faso") and
the body at the village, the same figure again in a later paragraph, a running total ("bringing
the toll to 13") after the first count, a part of a group told before ("two of the victims died on
the spot"). Each is a report, and each keeps its figures; but only one counts the killings.
:func:`link_counts` says which: for each report whose killings another report of the article
counts, that report and why. The rules, tried on each report against the earlier ones at the same
place or at a place that holds it or that it holds (by the gazetteer: a town's province, a
province's or a region's country), whose days are at most a week apart:

* **the same figure** (the same low bound) is one toll told twice: the more precise place counts
  it, the first on a tie, whatever event type each sentence gave;
* **a running total** ("the toll rose to", "a total of", "bringing the number of dead to") counts
  the smaller tolls told before it at its place or inside it;
* **a part** ("two of the victims", "three of them") is counted in the toll before it at its place
  or at a place that holds it;
* **another estimate** ("a local resident put the death toll at nine", "officials gave a higher
  toll": the ``estimate`` phrases of ``figure_scope.csv``) of a toll told before at the same place
  and day, at most twice or half of it, is the same killings, whatever event type its own words
  give: counted once, at the lower figure (ACLED's conservative reading);
* **another count** of the day's attack at the same place, lower and of the same kind of event ("15 people
  were killed", then "The U.S. military said the blast killed 14"), neither a floor nor called the first count:
  counted once, at the lower figure too; a higher one is told again, counted at the first;
* **a total and its parts**: a toll equal to the sum of the first two or more tolls the article tells at its
  places (its own, the others of a list it was told for: "14 killed in Avdiivka and Bakhmut", then
  "nine died in Avdiivka and five in Bakhmut"; or places inside it) is counted in them;
* **a part of a sum told again**: of a toll summed from several figures ("one dead fighter ... two
  children were killed" in southern Lebanon), a figure that a later report at a place inside it tells
  again ("two children were killed in the Najjariyeh strike") is counted there, and the sum adds the
  rest (:func:`parts_told_apart`);
* and last, a toll at a coarse place (a country, a region, a province) is counted at the one more
  precise place inside it where the article tells a toll at least as big, when the two may tell
  one event: the same kind of event, or the coarse one first (a lead before its body: "at least 12
  killed in a village in the east of Congo", then "13 bodies" at Beni), or the coarse one placed
  there only for want of a place in its sentence.

Operation-wide, national and cumulative figures are never linked: they are not local tolls.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, partial
from itertools import accumulate

from geodata import datafiles
from geodata.events.dates.grammar import calendar_names
from geodata.events.kinds import ATTACK, BATTLE, EXPLOSIONS, VIOLENT_TYPES
from geodata.events.figures import side_of
from geodata.events.figures.rules import event_nouns
from geodata.events.when import When
from geodata.events.records import (COARSE_KINDS, Draft, attacker_words, counted_events, counted_sites,
                                    introduces_event, opens_elsewhere, opens_on_reference, opens_other_event, overlap,
                                    refers_back, refers_to_part, several_events, told_days_apart)
from geodata.events.tolls import Count, another_time_before
from geodata.events.where import landmark_nouns, measured_from, named_as_district, reference_point
from geodata.models import Mention, holder_id, km_between
from geodata.text.names import fold
from geodata.text.phrases import SMALL_COUNT, trie_regex

# How big a kind of place is: a toll told at two places is counted at the smaller.
SIZE = {"landmark": 0, "neighbourhood": 1, "city": 2, "governorate": 3, "state": 3, "region": 4, "country": 5}
_TOWNS = frozenset({"landmark", "neighbourhood", "city"})
_UNITS = frozenset({"governorate", "state"})
# Earlier reports tried under each key of the index: a toll is told again within a few reports of
# the same places. It bounds the work of an article of thousands of tolls at one place to its length.
_LOOK_BACK = 8
_LOOK_AHEAD = 24  # the reports after a total where its breakdown is looked for
_DEPTH = 3  # how many holders up a place is filed under: a market, its district, its province
_SMALL = 2  # a toll this small told again is the same only with the same event type or side

def _anywhere(inner: Mention, outer: Mention) -> bool:  # noqa: ARG001 - the default of ``lies_in``
    """Every place lies in every place that holds it: the gazetteer's nesting says it all."""
    return True


Link = tuple[int, str]  # the index of the report that counts the killings, and why
SAME_TOLL_WHY = "the same toll as the report at "


def link_counts(drafts: list[Draft], parents: dict[str, str], *,
                running: Callable[[Draft], bool], partitive: Callable[[Draft], bool],
                estimate: Callable[[Draft], bool], side: Callable[[Draft], str],
                added: Callable[[Draft], bool] | None = None, low: str = "",
                claim: Callable[[Draft], bool] | None = None,
                included: Callable[[Draft], frozenset[int]] | None = None,
                lies_in: Callable[[Mention, Mention], bool] = _anywhere) -> dict[int, Link]:
    """For each draft (by index into ``drafts``, in text order) whose killings another draft
    counts: that draft's index and the reason. ``running``, ``partitive`` and ``estimate`` say
    whether a draft's toll is a running total, a part of a group told before, or another
    source's figure for a toll told before; ``side``, whose dead its toll counts, where known
    (civilian, forces, militants); ``added``, whether a draft's words tell its dead as more than
    those told before ("also", "more", "another"); ``low``, the text lower-cased; ``claim``, whether a
    draft is an armed group's own account, by its spokesman; ``included``, the figures an "including"
    aside of a draft's sentence counts among its toll; ``lies_in``, whether a
    place lies in a part of a country or province the gazetteer's nesting cannot tell ("southern
    Lebanon" holds Tyre, not Qaa)."""
    links: dict[int, Link] = {}
    index = _Index(parents)
    asides: dict[int, frozenset[int]] = {}  # a draft's "including" figures, read once it is asked for
    accounts = _Accounts(low) if low else None
    retold: dict[int, int] = {}  # the last sentence that told a draft's toll again (see _told_on_after)

    def aside(i: int) -> frozenset[int]:
        if i not in asides:
            asides[i] = included(drafts[i]) if included is not None else frozenset()
        return asides[i]

    for j, d in enumerate(drafts):
        if not _local_toll(d):
            continue
        found = _earlier_same(drafts, index, j, d, running, partitive, estimate, side, claim, aside, added, low,
                              accounts, lies_in, retold)
        if found is None:
            index.file(j, d.place)
            continue
        i, keeper, why = found
        dropped = i if keeper == j else j
        links[dropped] = (keeper, why)
        if keeper == i:
            retold[i] = d.sentence
        if keeper == j:
            index.replace(i, j, d.place)
            if (accounts is not None and accounts.provisional(drafts[i])) or why.startswith(RUNNING_WHY):
                # The count that replaced a provisional one may be the lead's toll told again ("At least 47
                # people were killed", "had initially said 65", "said later that 47 people had died"); a
                # running total that took in an earlier figure may be an earlier stage of the lead's ("has
                # risen to 49", "Initially, 41 ...", "Later, ... had risen to 47").
                again = _earlier_same(drafts, index, j, d, running, partitive, estimate, side, claim, aside, added,
                                      low, None, lies_in, retold)
                if again is not None and again[0] != j and again[1] != j and again[0] not in links:
                    links[j] = (again[1], again[2])
    _headline_retold(drafts, links)
    _borrowed_repeats(drafts, links)
    _nearby_repeats(drafts, links, low)
    _vague_retold(drafts, links, parents, low)
    if low:
        _bodies_recovered(drafts, links, parents, low, added)
        _definite_repeats(drafts, links, low)
    if added is not None:
        _smaller_retold(drafts, links, added, low, parents, side)
    _total_of_parts(drafts, links, parents, lies_in, low)
    _named_in_toll(drafts, links, parents, low)
    _guess_retold(drafts, links)
    if low:
        _quoted_before_toll(drafts, links, low)
    _parts_of_covered(drafts, links, added, low)
    _guessed_total_of_parts(drafts, links, added)
    # A running total is no toll added to those before ("Four more bodies were found ..., bringing
    # the death toll to at least 15").
    _coarse_into_precise(drafts, links, parents, added and (lambda d: added(d) and not running(d)), lies_in, low, side)
    _break_cycles(drafts, links)
    return {i: _final(links, i) for i in links}


def _running_link(i: int, j: int, a: Draft, d: Draft, relation: str, low: str, is_running: Callable[[], bool],
                  lies_in: Callable[[Mention, Mention], bool], was_running: Callable[[], bool] = lambda: False,
                  is_added: Callable[[], bool] = lambda: False) -> tuple[int, int, str] | None:
    """``d`` a running total that takes in ``a``'s earlier, smaller figure; or an earlier stage of the
    running total ``a`` gave, told after it, as a running total (``is_running``: whether ``d`` is one) or as
    the event's first count, dated no later (``was_running``: whether ``a`` is one; ``is_added``: whether
    ``d``'s words add its dead to those before): the two drafts, the one that counts, and why (else None)."""
    low_a, low_d = _low(a), _low(d)
    # (a part of a country holds only the places on its side: "southeast Afghanistan" not Balkh)
    # ("Meanwhile, the death toll from two ... attacks ... has risen to 80": another event's total)
    if relation in ("same", "inner") and low_a <= low_d and is_running() \
            and (relation == "same" or lies_in(a.place, d.place)) \
            and not (low and _another_total_re().match(low, d.start, d.end)):
        return i, j, f"{RUNNING_WHY}{d.place.surface or d.place.name} includes, counted there"
    if relation == "same" and low_d < low_a and low and is_running() \
            and not _another_total_re().match(low, d.start, d.end) \
            and (low.startswith("later", d.start) or not opens_other_event(low, d.start, d.end)) \
            and not _opened_since(low, min(a.end, d.start), d.start):
        # "The death toll has risen to 49 ...", then, recounting, "Later, the death toll had risen to 47":
        # an earlier stage of the total the lead gives, counted there.
        return i, i, f"an earlier stage of the running total at {a.place.surface or a.place.name}, counted there"
    if relation == "same" and low_d < low_a and low and a.scope == "local" and not a.covers \
            and a.kind[0] in _VIOLENT and d.kind[0] in _VIOLENT and not is_disputed(low, d.start, d.end) \
            and (not d.when.dated or (d.when.lo is not None and a.when.hi is not None and d.when.lo <= a.when.hi)) \
            and was_running() and not is_added() and not _another_total_re().match(low, a.start, a.end) \
            and not opens_other_event(low, d.start, d.end) \
            and (a.kind == d.kind or not introduces_event(low, d.start, d.end)) \
            and not several_events(low, a.start, a.end):  # ("the toll in the attacks on villages in Mangu and Riyom")
        # "The death toll ... on Ganja has reached 10", then, telling the strike of the day before, "Nine
        # civilians ... were killed ... as a result of missile attacks" (and one of the wounded died later): the
        # first count of the dead the running total told first takes in, counted there (the same weapon's attack
        # told again as a new one is the same).
        return i, i, f"an earlier count of the running total at {a.place.surface or a.place.name}, counted there"
    return None


RUNNING_WHY = "a toll that the running total at "
HOSPITAL_WHY = "a hospital's"  # in the reason of a count a hospital gave of a toll told before
PART_WHY = "a part of the toll at "  # the note of a toll counted in the larger one it is a part of


def _break_cycles(drafts: list[Draft], links: dict[int, Link]) -> None:
    """Two rules may each count a toll in the other (a lead in its body's toll, the body's in the lead's):
    then none would count. The finest place's toll of such a ring counts, the first of equals."""
    for start in list(links):
        ring, at = [], start
        while at in links and at not in ring:
            ring.append(at)
            at = links[at][0]
        if at in ring:  # a ring from ``at`` on
            members = ring[ring.index(at):]
            keeper = min(members, key=lambda k: (SIZE.get(drafts[k].place.kind, 2), k))
            del links[keeper]


def narrow_in_sentence(drafts: list[Draft], parents: dict[str, str], low: str = "",
                       lies_in: Callable[[Mention, Mention], bool] = _anywhere) -> list[Draft]:
    """``drafts`` with a toll told at a province, a region or a country moved to the one finer place
    inside it that the same sentence names after it for the event, with no toll of its own:
    "Approximately 700 people were reportedly killed in West Darfur after clashes ... in El Geneina"
    is 700 killed at El Geneina. Two such places say no one of them holds the toll."""
    # By the sentence that names each place (a draft joined to the next sentence's wounded counts as
    # that sentence's).
    by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        by_sentence.setdefault(d.place.sentence, []).append(i)
    moved: dict[int, int] = {}
    for indices in by_sentence.values():
        if len(indices) < 2:
            continue
        wholes = [i for i in indices if drafts[i].scope == "local" and _has_number(drafts[i].killed)
                  and not drafts[i].inherited and drafts[i].place.kind in COARSE_KINDS]
        if len(wholes) != 1:
            continue
        whole = drafts[wholes[0]]
        parts = [j for j in indices if j != wholes[0] and drafts[j].killed is None
                 and drafts[j].place.start_char > whole.place.end_char
                 and _finer(drafts[j].place, whole.place) and _inside(whole.place, drafts[j].place, parents, lies_in)
                 and _refinable(whole, drafts[j], parents, low, lies_in=lies_in)
                 # Where the event was ("after clashes ... in El Geneina"), not where fighting spread toward
                 # or a governor visited; one place, not "Kupiansk and nearby villages".
                 and at_the_event(low, whole.place.end_char, drafts[j].place.start_char)
                 and not _AND_OTHERS_RE.match(low, drafts[j].place.end_char)
                 # (not a town of another event's clause: "at a rally in Bajaur, days after militants attacked a
                 # police station in Peshawar")
                 and not (low and another_time_before(low, whole.place.end_char, drafts[j].place.start_char))]
        if len(parts) == 1:
            moved[wholes[0]] = parts[0]
    if not moved:
        return drafts
    out = list(drafts)
    for i, j in moved.items():
        whole, part = drafts[i], out[j]
        note = f"the toll told at {whole.place.surface or whole.place.name}, at the place the sentence names for it"
        out[j] = replace(part, start=min(whole.start, part.start), end=max(whole.end, part.end),
                         killed=whole.killed, wounded=part.wounded or whole.wounded,
                         actors=whole.actors if any(whole.actors) else part.actors,
                         when=whole.when if whole.when.dated else part.when,
                         notes=[*whole.notes, *part.notes, note], also=sorted({*whole.also, *part.also}))
    return [d for i, d in enumerate(out) if i not in moved]


def refine(drafts: list[Draft], parents: dict[str, str], low: str = "",
           lies_in: Callable[[Mention, Mention], bool] = _anywhere) -> list[Draft]:
    """``drafts`` (in text order) with a toll told at a coarse place moved to the finer place inside it
    (:func:`_finer`) that one of the next two sentences names for the same kind of event, with no
    figure of its own (a vague "several were killed" gives way to the figure): "Rebels ambushed a
    police convoy in the mountains of Chechnya, killing seven officers. The ambush took place near
    the village of Vedeno." is seven killed at Vedeno. A sentence that refers to the event by name
    ("The airstrike in the town of X also wounded ...") may come up to six sentences after its lead.
    The record quotes both sentences. ``lies_in``: as for :func:`link_counts`."""
    by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        by_sentence.setdefault(d.sentence, []).append(i)
    moved: dict[int, int] = {}  # the coarse draft -> the draft that takes its toll
    # (a background total tells no toll of the sentence's own: "Saturday's explosions occurred at Zobe junction,
    # the scene of a blast in 2017 that killed more than 500 people")
    tolls = _Tolls([(d.start, d.end) for d in drafts if _has_number(d.killed) and d.scope != "cumulative"])
    # The sentences that give a toll at a place of their own (not one told again where the lead was).
    told = {d.sentence for d in drafts if _has_number(d.killed) and not d.inherited}
    # The sentences with a draft that may be a whole (_refinable asks this of the records first): a part
    # with none within reach before it has no whole, and its sentence is not read for a reference.
    leads = sorted({d.sentence for d in drafts if d.scope in ("local", "operation") and d.killed is not None})
    # (those told at a place of their own: a toll told where a sentence before put it gives way to them)
    own_leads = sorted({d.sentence for d in drafts if d.scope in ("local", "operation") and d.killed is not None
                        and (not d.inherited or d.guessed)})
    for j, p in enumerate(drafts):
        # The part has no toll of its own, or only a vague one ("several people were killed"),
        # which the whole's figure tells better; nor does its sentence tell one at another place
        # ("attacked the village of X in Kossi province ... at least 12 died": the toll is X's).
        if p.scope != "local" or _has_number(p.killed) or p.inherited or tolls.cover(p.place.start_char):
            continue
        if low and ((p.place.kind == "landmark" and _one_of_several_sites(low, p)) or measured_from(low, p.place)
                    or reference_point(low, p.place) or _unhurt_re().search(low, p.start, p.end)):
            # ("targeted the city's busy fishing market and port and the main gate of the al-Thawra hospital";
            # "about 18 miles west of Baghdad in the suburb of Abu Ghraib": the toll is none of theirs; nor of "an
            # improvised bomb exploded ... near the port of Malangas but nobody was hurt")
            continue
        first = bisect_left(leads, p.sentence - _REACH)
        if first == len(leads) or leads[first] >= p.sentence:
            continue
        # A sentence that names the event it tells again ("The airstrike in the town of X also
        # wounded ...") may follow its lead after a few sentences of other matters.
        # (so does one that says the victims were killed at its place: "The gunmen drove the Yazidis to eastern
        # Mosul, where they were lined up and shot to death")
        referring = bool(low) and (refers_back(low, p.start, p.end)
                                   or _WHERE_THEY_DIED_RE.match(low, p.place.end_char) is not None)
        if low and not referring and (before := by_sentence.get(p.sentence - 1)):
            # "A U.S. military facility north of Baghdad was targeted ...", then "The facility, a former
            # police station in the town of Tarmiyah, came under attack": the site told again.
            referring = _site_again(low, drafts[before[0]], p)
        asked = p
        if low and not referring and any(_site_placed(low, drafts[i], p) for lead in leads[first:]
                                         if lead < p.sentence for i in by_sentence.get(lead, ())):
            # "an attack on a U.N. compound in South Sudan ...", two sentences on, "the victims had sought
            # refuge at the compound in Bor after fighting erupted late last year": the site placed, the
            # sentence's date another matter's.
            referring = True
            asked = replace(p, when=_UNDATED)
        for back in range(1, (_REACH if referring else 2) + 1):
            # The sentence between told its own toll ("seven in the camp and one in ..."); or, where the part names
            # the event, its own toll at the part's place ("massacred 34 Hindus in Kashmir", "22 villagers were gunned
            # down in Thawa", then "Survivors of the Thawa attack, which also injured eight": the attack named is the
            # one told at its place since).
            if back > 1 and (_told_there(drafts, by_sentence, p, p.sentence - back + 1) if referring
                             else p.sentence - 1 in told):
                break
            # A toll moved already may move again to a place inside the one it moved to, that a sentence
            # naming the event again gives ("the central district of Moneragala", then "The attack, in
            # the town of Buttala").
            whole = next((i for i in by_sentence.get(p.sentence - back, ())
                          if (i not in moved or (referring and _within_part(p, drafts[moved[i]], parents, low,
                                                                            lies_in)))
                          and (not drafts[i].inherited or drafts[i].guessed
                               or not _lead_within(own_leads, p.sentence))
                          and _refinable(drafts[i], asked, parents, low, next_sentence=back == 1 or referring,
                                         referring=referring, lies_in=lies_in)),
                         None)
            whole = _lead_of(drafts, by_sentence, whole, moved, asked, parents, low, lies_in)
            # (nor where a sentence between told the toll again at its place: "Seven people were killed ... in Iraq's
            # Kurdish region", "The blasts hit the town of Koysinjaq ..., killing seven")
            if whole is not None and ((drafts[whole].guessed and _guess_told(drafts, drafts[whole], p, told))
                                      or (back > 1 and _told_again_between(drafts, drafts[whole], p))):
                break
            if whole is not None:
                # Two places of the sentence could each hold the toll ("raiders of Pibor County
                # attacked Uror County"): which one does is not told, so the toll stays coarse.
                # (but a town the sentence says holds the place is no other: "the Al Rawda mosque in the town
                # of Ber al Abd" is at the mosque, in the town)
                if not any(drafts[k].place.place_id != p.place.place_id
                           and not _describes(low, p.place, drafts[k].place)
                           and not _lead_names_site(low, drafts[whole], p.place, drafts[k].place)
                           and not _named_around(low, p.place, drafts[k].place) and _refinable(
                               drafts[whole], drafts[k], parents, low, next_sentence=back == 1 or referring,
                               referring=referring, lies_in=lies_in) for k in by_sentence[p.sentence]) \
                        and not (whole in moved and _named_around(low, drafts[moved[whole]].place, p.place)):
                    moved[whole] = j
                break
    if not moved:
        return drafts
    out = list(drafts)
    for i, j in moved.items():
        whole, part = drafts[i], out[j]
        told = whole.place.surface or whole.place.name
        note = f"the toll told at {told} {REFINED_NOTE}"
        covers, notes = _covers_left(low, whole, part, [drafts[k].place for k in by_sentence[part.sentence]])
        out[j] = replace(part, kind=_moved_kind(whole, part, low), start=whole.start, killed=whole.killed,
                         wounded=part.wounded or whole.wounded, covers=covers,
                         actors=whole.actors if any(whole.actors) else part.actors,
                         when=whole.when if whole.when.dated else part.when,
                         notes=[*(n for n in whole.notes if not n.startswith(_OPERATION_NOTE)), *notes, note],
                         also=sorted({*whole.also, *part.also}))
    return [d for i, d in enumerate(out) if i not in moved]


def _lead_names_site(low: str, lead: Draft, site: Mention, other: Mention) -> bool:
    """Whether ``lead``'s sentence names the kind of site ``site`` is, by the noun its name ends on, and not
    ``other``'s: "mortar strikes on the city's sprawling main market", then "civilians at the Bakara Market were hurt
    when troops positioned at the Villa Somalia presidential palace returned fire" (the market, not the palace)."""
    if not low or site.kind != "landmark":
        return False
    noun = _LAST_NOUN_RE.search(low, site.start_char, site.end_char)
    if noun is None or noun.group(1) in _NOT_SITES \
            or re.search(rf"\b{noun.group(1)}\b", low[lead.start:lead.end]) is None:
        return False
    theirs = _LAST_NOUN_RE.search(low, other.start_char, other.end_char)
    return theirs is None or re.search(rf"\b{theirs.group(1)}\b", low[lead.start:lead.end]) is None


def _covers_left(low: str, whole: Draft, part: Draft, places: list[Mention]) -> tuple[tuple[str, ...], list[str]]:
    """The other places ``part``'s figure may cover, and its notes, once ``whole``'s toll moves to it: none where
    ``whole``'s sentence names ``part``'s site by its noun and none of the other ``places`` of its sentence (the market
    the mortar strikes hit, not the palace whose troops fired)."""
    others = [m for m in places if m.place_id != part.place.place_id]
    if not others or not all(_lead_names_site(low, whole, part.place, m) for m in others):
        return part.covers, part.notes
    return (), [n for n in part.notes if not n.startswith(_COVERS_NOTE)]


def _lead_of(drafts: list[Draft], by_sentence: dict[int, list[int]], whole: int | None, moved: dict[int, int],
             part: Draft, parents: dict[str, str], low: str, lies_in: Callable[[Mention, Mention], bool]) -> int | None:
    """The draft whose toll ``part`` takes, where ``whole`` (if any) may: ``whole``, or, where its toll was told where
    the sentence before put it, that sentence's toll at the place, which stands for it and moves first ("Rebels raided
    a police station in Chechnya ... one officer dead", "Five rebels were killed", ..., "The latest deadly raid took
    place Tuesday in the village of Sernovodskaya")."""
    if whole is None or not drafts[whole].inherited or drafts[whole].guessed:
        return whole
    d = drafts[whole]
    return next((i for i in by_sentence.get(d.sentence - 1, ())
                 if i not in moved and not drafts[i].inherited and drafts[i].place.place_id == d.place.place_id
                 and _has_number(drafts[i].killed)
                 and _refinable(drafts[i], part, parents, low, next_sentence=False, referring=True, lies_in=lies_in)),
                whole)


def _moved_kind(whole: Draft, part: Draft, low: str) -> tuple[str, str]:
    """The kind of event of a toll told at ``whole`` moved to ``part``'s finer place."""
    # (the weapon the lead names, where the place's sentence names none: "A drone strike ... killed four people",
    # then "the attack occurred ... in Jibgodo ..., adding that intense fighting was occurring nearby")
    if part.kind in _GENERIC and whole.kind[0] == EXPLOSIONS:
        return whole.kind
    if low and part.kind == ATTACK and not part.actors[0] and opens_on_reference(low, part.start, part.end):
        # (nor an attack read from the event only named again, with no side: "The latest deadly raid took place
        # Tuesday in the village of Sernovodskaya", after "Rebels raided a police station ..., sparking a
        # gunbattle that left one officer dead": the lead told what it was; but "The clashes took place in ..."
        # says what it was)
        return whole.kind
    return part.kind


def _told_there(drafts: list[Draft], by_sentence: dict[int, list[int]], part: Draft, sentence: int) -> bool:
    """Whether ``sentence``, before ``part``'s, tells a toll of its own at ``part``'s place (or at a place of its name:
    "Garhi village in the district of Doda", then "the Garhi attack", read as another Garhi)."""
    return any(_has_number(drafts[i].killed) and not drafts[i].inherited
               and (drafts[i].place.place_id == part.place.place_id or drafts[i].place.name == part.place.name)
               for i in by_sentence.get(sentence, ()))


def _told_again_between(drafts: list[Draft], whole: Draft, part: Draft) -> bool:
    """Whether a sentence between ``whole`` and ``part`` tells ``whole``'s toll again, the same figure, at a place of
    its country: the toll has its place, and a later sentence's is another matter's."""
    low = _low(whole)
    return low is not None and any(
        whole.sentence < d.sentence < part.sentence and _has_number(d.killed) and _low(d) == low
        and d.place.country == whole.place.country and d.place.place_id != whole.place.place_id for d in drafts)


def _lead_within(leads: list[int], sentence: int) -> bool:
    """Whether one of ``leads`` (sentences, in order) is within reach before ``sentence``."""
    first = bisect_left(leads, sentence - _REACH)
    return first < len(leads) and leads[first] < sentence


@cache
def _unhurt_re() -> re.Pattern[str]:
    """A sentence that says its event hurt no one: "but nobody was hurt", "there were no casualties"
    (``unhurt_words.csv``; "no one" or "nobody" may be placed before the verb: "no one in the white-washed hilltop
    complex was hurt")."""
    rows = [row["words"].lower() for row in datafiles.rows("unhurt_words.csv")]
    words = trie_regex(rows, special={" ": r"\s+"})
    placed = trie_regex(sorted({row.split(" was ")[0] for row in rows if row.startswith(("no one was", "nobody was"))}),
                        special={" ": r"\s+"})
    return re.compile(rf"\b(?:{words}|(?:{placed})\s+(?:in|at|inside|aboard|on)\s+[^.;:!?]{{1,60}}?\s+was\s+"
                      r"(?:hurt|injured|killed|wounded|harmed)\b)")


REFINED_NOTE = "in a sentence before, at the place named here"  # the end of a toll's note that refine moved
_COVERS_NOTE = "the figure may also cover "  # (the builder's note of a figure's other places)
_OPERATION_NOTE = "an operation-wide figure"  # (the builder's note, gone once the toll is one town's)


def _site_again(low: str, lead: Draft, part: Draft) -> bool:
    """Whether ``part``'s sentence opens on the site ``lead``'s sentence introduced ("A U.S. military
    facility ...", then "The facility, ..."): the same noun, first with "a", then with "the"."""
    opening = _THE_NOUN_RE.match(low, part.start, min(part.end, part.start + _OPENING_REACH))
    if opening is None or opening.group(1) in _NOT_SITES:
        return False
    return re.search(rf"\b(?:a|an)\s+(?:[\w.-]+\s+){{0,3}}?{opening.group(1)}\b", low[lead.start:lead.end]) is not None


def _site_placed(low: str, lead: Draft, part: Draft) -> bool:
    """Whether ``part``'s place is given to the site ``lead``'s sentence introduced: "a U.N. compound in
    South Sudan", then "the compound in Bor" or "the Bor compound"."""
    at = part.place.start_char
    if at < 0 or not part.start <= at < part.end or not _may_place_site(low, lead, part):
        return False
    named = _THE_NOUN_IN_RE.search(low, max(part.start, at - 40), at)
    if named is None and low.endswith("the ", max(part.start, at - 4), at):
        # "an assault on an AU base in Darfur", then "the strike on the Haskanita base" (or the noun the place's own
        # name ends on: "the Karkhano checkpoint").
        named = _NOUN_AFTER_RE.match(low, part.place.end_char) \
            or _LAST_NOUN_RE.search(low, part.place.start_char, part.place.end_char)
    if named is None or named.group(1) in _NOT_SITES:
        return False
    return re.search(rf"\b(?:a|an)\s+(?:[\w.-]+\s+){{0,3}}?{named.group(1)}\b", low[lead.start:lead.end]) is not None


def _may_place_site(low: str, lead: Draft, part: Draft) -> bool:
    """Whether ``part``'s place may be the site ``lead`` introduced at its place: a site of a country or a province, or
    a town's site named, of the same days ("a security checkpoint ... between Peshawar and Khyber Agency", then "the
    attack on the Karkhano checkpoint"; not "Last year, Islamic State militants attacked the Imam Zaman Mosque in the
    city", another attack)."""
    if lead.place.kind in _COARSE_SITES:
        return True
    return lead.place.kind == "city" and part.place.kind == "landmark" \
        and (not part.when.dated or overlap(lead.when, part.when)) \
        and not _another_time_re().search(low, part.start, part.end)


_UNDATED = When(None, None, 0, None, None, False, "")
_COARSE_SITES = frozenset({"country", "governorate", "state", "region"})
_NOUN_AFTER_RE = re.compile(r"\s+([a-z]{4,})\b")
_LAST_NOUN_RE = re.compile(r"\s([a-z]{4,})\Z")
_THE_NOUN_IN_RE = re.compile(r"\bthe\s+([a-z]{4,})\s+(?:in|at)\s+(?:the\s+)?$")
_THE_NOUN_RE = re.compile(r"\s*[\"“‘']?the\s+([a-z]{4,})\b")
_OPENING_REACH = 40
# Nouns after "the" that open a sentence on something else than a site told before.
_NOT_SITES = frozenset({"same", "other", "next", "last", "first", "second", "following", "previous", "latest",
                        "government", "military", "army", "police", "ministry", "spokesman", "official", "officials",
                        "group", "statement", "report", "attackers", "victims", "dead", "wounded", "death"})


def _all_at_one_town(whole: Draft, part: Draft, low: str) -> bool:
    """Whether ``whole`` counts several events told together and ``part``'s sentence opens on them in the
    plural and puts them at one town ("The explosions ... ripped through a crowded restaurant and a rugby
    club in the capital Kampala")."""
    return (part.place.kind in _TOWNS and part.sentence == whole.sentence + 1
            and counted_events(low, whole.start, whole.end) and opens_on_reference(low, part.start, part.end)
            and several_events(low, part.start, part.end))


# A toll told as spread over several places of the coarse one: no one of them is its place.
_SPREAD_RE = re.compile(r"\b(?:different|various|several|many|multiple|separate)\s+(?:areas|parts|places|locations|"
                        r"districts|villages|towns|neighbou?rhoods|regions|provinces)\s+(?:of|in|across)\b")


def _describes(low: str, one: Mention, other: Mention) -> bool:
    """Whether one of two places is named in an apposition that says where the other lies: "near
    Sumisip, a remote town on Basilan island" (``low``: the text lower-cased)."""
    first, second = (one, other) if one.start_char < other.start_char else (other, one)
    return bool(low) and _APPOSITION_RE.match(low[first.end_char:second.start_char]) is not None


def _named_around(low: str, inner: Mention, outer: Mention) -> bool:
    """Whether the text names ``outer`` right after ``inner`` as the town or district it lies in: "the Al
    Rawda mosque in the town of Ber al Abd"."""
    # (or a site of the event named right before the place it stands in: "the attack took place on March 05 in Abo
    # church in Debos Kebele"; not where the attackers gathered before it)
    return bool(low) and inner.end_char <= outer.start_char \
        and (_LIES_IN_RE.match(low[inner.end_char:outer.start_char]) is not None
             # ("the village of Iblin in Jabal al-Zawiya")
             or (_SITE_IN_RE.fullmatch(low, inner.end_char, outer.start_char) is not None
                 and _VILLAGE_OF_BEFORE_RE.search(low, max(0, inner.start_char - 20), inner.start_char) is not None)
             or (inner.kind == "landmark" and outer.kind != "landmark"
                 and _SITE_IN_RE.fullmatch(low, inner.end_char, outer.start_char) is not None
                 and _EVENT_AT_SITE_RE.search(low, max(0, inner.start_char - 50), inner.start_char) is not None))


_LIES_IN_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|near)\s+the\s+(?:[\w-]+\s+)?(?:town|village|city|district|"
                         r"province|region)\s+of\s+$"
                         # ("Khoijumantabi village in the Meitei-majority Bishnupur district in Imphal Valley": the
                         # units it lies in, one in the next)
                         r"|\s+(?:village|town|hamlet)\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
                         r"(?:district|province|region|state|county|township|governorate)\s+in\s+(?:the\s+)?)?$")
_APPOSITION_RE = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:in|on|of|near)\s+(?:the\s+)?$")
_SITE_IN_RE = re.compile(r"\s+in\s+(?:the\s+)?")
_VILLAGE_OF_BEFORE_RE = re.compile(r"\b(?:village|hamlet|town)\s+of\s+$")
# The words that make a site the event's: "took place on March 05 in", "attack on the", "struck".
_EVENT_AT_SITE_RE = re.compile(r"\b(?:took\s+place|occurred|happened|struck|hit|attacked|stormed|raided|"
                               r"attack\s+on|assault\s+on|raid\s+on)\b[^.;]*$")


def _has_number(count) -> bool:
    return count is not None and (count.low is not None or count.high is not None)


def _refinable(whole: Draft, part: Draft, parents: dict[str, str], low: str = "", *,
               next_sentence: bool = True, referring: bool = False,
               lies_in: Callable[[Mention, Mention], bool] = _anywhere) -> bool:
    """Whether ``part`` places ``whole``'s toll: a sentence that does not open on another event
    ("Separately, ...") nor tell of one as new ("repelled an attack in Hama"), of the same type of
    event or of two violent types, at a place inside ``whole``'s, over no fewer days. A site in a
    town (a market, a quarter) takes the town's toll only from the next sentence or one that refers
    to the event, and only when the event is at it, not near it; a town the lead was only near gives
    its toll to the town of its province that a ``referring`` sentence names (:func:`_near_town`).
    Never a sentence on one of several events ("One of the strikes hit ..."). ``low``: the text
    lower-cased."""
    same_kind = whole.kind[0] == part.kind[0] or (
        bool(low) and whole.kind[0] in _VIOLENT and part.kind[0] in _VIOLENT)
    # The tests of the records alone first: the answer is no whatever the text says when one fails (and
    # most wholes asked are no local toll), so the sentences' patterns below are not run for them.
    # A toll placed only at the article's most-mentioned town gives way to a place a sentence naming the
    # event again gives ("The blast in Habbaniyah ..." after a lead that names no place).
    # So does the place a sentence says the event happened at or near ("a company in the capital's neighborhood of
    # Zayouna near where the blast occurred").
    # (read only for a guessed toll: most wholes asked are none)
    said_here = whole.guessed and referring and bool(low) and happened_here(low, part.place.end_char)
    guess = whole.guessed and referring and whole.place.country == part.place.country \
        and whole.place.place_id != part.place.place_id and (
            (opens_on_reference(low, part.start, part.end) and at_the_event(low, part.start, part.place.start_char))
            or said_here)
    # "two bomb attacks in Uganda that killed 74", then "The explosions ... ripped through a restaurant and a
    # rugby club in the capital Kampala": the events told together, all at one town the sentence names.
    together = whole.scope == "operation" and bool(low) and (_all_at_one_town(whole, part, low)
                                                              or _named_at_next(whole, part, low))
    if not ((whole.scope == "local" or together) and whole.killed is not None and same_kind
            # (an inherited toll told of the event by a definite reference, "the death toll from the attack rose to
            # 305", takes the site a sentence naming the event gives, "the attack on the Rawdah mosque"; not one of
            # other events, "In March, about 90 people were killed in two bombings")
            and (not whole.inherited or guess or (referring and (opens_on_reference(low, part.start, part.end)
                                                                 or (_names_the_event_at(low, part.place)
                                                                     and refers_back(low, whole.start, whole.end)))))
            and overlap(whole.when, part.when)):
        return False
    # Where the part lies next, before the sentence's words: most pairs asked are of places apart.
    inside = (_finer(part.place, whole.place) and _inside(whole.place, part.place, parents, lies_in)) \
        or _unknown_in_unknown_unit(part.place, whole.place) \
        or _village_in_district_town(part.place, whole.place, low) \
        or (_in_province_named_like(part.place, whole.place, low) and opens_on_reference(low, part.start, part.end))
    # (or the very next sentence that puts the event at the town: "in a mosque south of Baghdad", then "The unidentified
    # bomber struck at 8 p.m. in Musayyib, a town 35 miles south of Baghdad")
    # (the town test first: it fails at once for most pairs, where the sentence's words need not be read)
    near = not inside and _near_town(whole, part, low) \
        and (referring or (next_sentence and bool(low) and at_the_event(low, part.start, part.place.start_char)))
    if not (inside or guess or near):
        return False
    if low and (opens_other_event(low, part.start, part.end) or introduces_event(low, part.start, part.end)
                or refers_to_part(low, part.start, part.end)):
        return False  # another event, or one of the several that made the toll ("One of the strikes hit ...")
    if low and _AFTER_OTHER_RE.search(low, part.start, part.place.start_char):
        return False  # "The shelling occurred after fighters ambushed troops in Lekka": an event before
    if low and passing_place(low, part.start, part.place.start_char):
        return False  # "The shelling came as Russian forces pushed into Vovchansk": no place of the event
    if _fewer_days(part, whole, low):
        return False  # "nearly 400 killed since Thursday" in a city is not one strike's toll
    if low and _SPREAD_RE.search(low, whole.start, whole.end):
        return False  # "killed two people ... in different areas of southern Ukraine's Kherson region"
    if low and not together and counted_events(low, whole.start, whole.end) and not _named_at_next(whole, part, low):
        # "launched two major attacks ... in Baghdad, killing 30": no one of the attacks' places (but "Two
        # explosions tore through one of Syria's biggest universities ...", then "the blasts at the University of
        # Aleppo": both at the place the next sentence names them at)
        return False
    # (the words after the place may say the event was near it: "closed roads around Hammam al-Alil, near where the
    # blast occurred" is the guessed toll's place, near or not)
    # (and a guessed toll takes a place named as near it too: "The blast occurred in a village near Sadiyah" says
    # more than the most-mentioned town does; so does a toll placed at a town it was only near: "in a field outside
    # the Iraqi capital", then "The attack on the farm field took place outside Saifiya, ... south of Baghdad")
    return guess or near or not (whole.place.kind not in COARSE_KINDS and (
        not next_sentence or (low and _NEAR_BEFORE_RE.search(low, max(0, part.place.start_char - 24),
                                                             part.place.start_char))))


# The victims killed at the place right before: ", where they were lined up and shot to death".
_WHERE_THEY_DIED_RE = re.compile(r",\s+where\s+(?:they|he|she|the\s+victims|the\s+hostages|the\s+men)\s+(?:were|was)\s+"
                                 r"(?:[a-z]+\s+){0,4}?(?:shot|killed|executed|beheaded|massacred|slaughtered|"
                                 r"murdered|hanged|burned)\b"
                                 # (not an event of another time: "where they were killed by their captors months ago")
                                 r"(?![^.;]{0,60}?\b(?:ago|earlier|previously|last\s+(?:week|month|year)|"
                                 r"in\s+(?:19|20)\d\d)\b)")


def happened_here(low: str, at: int) -> bool:
    """Whether the words from ``at``, right after a place, say the event told before happened there ("Konduga,
    where the attack took place", "Zayouna near where the blast occurred")."""
    return _where_it_happened_re().match(low, at) is not None


@cache
def _where_it_happened_re() -> re.Pattern[str]:
    """The words of :func:`happened_here`: an event's noun of ``several_events.csv`` and a verb of happening."""
    return re.compile(rf",?\s+(?:near\s+|close\s+to\s+)?where\s+the\s+(?:[a-z-]+\s+)?(?:{event_nouns()}|shelling\b"
                      r"|shooting\b)\s+(?:occurred|took\s+place|happened|struck|hit)\b")


def _named_at_next(whole: Draft, part: Draft, low: str) -> bool:
    """Whether ``whole`` counts several events told together and the next sentence names them at ``part``'s
    place ("Two explosions tore through one of Syria's biggest universities ...", then "the blasts at the
    University of Aleppo")."""
    return part.sentence == whole.sentence + 1 and counted_events(low, whole.start, whole.end) \
        and _names_the_event_at(low, part.place)


def _unknown_in_unknown_unit(part: Mention, whole: Mention) -> bool:
    """Whether ``part``, a village or a site the gazetteer lacks, may lie in ``whole``, a district the
    gazetteer lacks too, both placed in the same province: "killed in the
    Bokos Local Government Area of Plateau State" and then "the attack which took place in Kwatas
    community". The text puts the toll at the village; the gazetteer cannot say which district holds
    it, and the district is the only one named."""
    holder = holder_id(whole.place_id)
    return (holder is not None and holder == holder_id(part.place_id) and whole.kind in _UNITS
            and part.kind in _TOWNS and not _name_words(part.surface) & _name_words(whole.surface))


def _guess_told(drafts: list[Draft], guess: Draft, part: Draft, told: set[int]) -> bool:
    """Whether a sentence between a toll placed by a guess and ``part`` already placed its event: with a
    toll of its own, or at the guessed place on the same days ("The junta's air force launched the
    attack on Saturday night on a monastery in Nant Thar village": the guess was right; "since the
    uprising in Fallujah in 2004" is another event)."""
    between = range(guess.sentence + 1, part.sentence)
    return any(t in told for t in between) or any(
        d.sentence in between and d.place.place_id == guess.place.place_id and d.when.dated
        and overlap(d.when, guess.when) for d in drafts)


def _within_part(p: Draft, prev: Draft, parents: dict[str, str], low: str,
                 lies_in: Callable[[Mention, Mention], bool]) -> bool:
    """Whether ``p``'s place lies inside ``prev``'s, a place a toll has already moved to."""
    return (_finer(p.place, prev.place) and _inside(prev.place, p.place, parents, lies_in)) \
        or _village_in_district_town(p.place, prev.place, low)


def _in_province_named_like(part: Mention, whole: Mention, low: str) -> bool:
    """Whether ``whole`` is a town named like its province ("Syria's rebel stronghold of Idlib"), which
    the text may mean by the name, and ``part`` a town or village of that province ("the town of Maar
    Shureen in the northwestern province of Idlib")."""
    # Not a town the text only measures from ("a district south of the capital"), nor one it calls a city.
    return (whole.kind == "city" and whole.precision != "coarse" and part.kind in _TOWNS
            and not low[max(0, whole.start_char - 12):whole.start_char].endswith("city of ")
            and part.place_id != whole.place_id
            and bool(whole.admin1) and part.admin1 == whole.admin1 and fold(whole.name) == fold(whole.admin1))


def _village_in_district_town(part: Mention, whole: Mention, low: str) -> bool:
    """Whether ``part``, a village the gazetteer lacks placed in a province, may lie in ``whole``, a
    district the text names as one ("the central district of Moneragala") that the gazetteer knows only
    by its town, in that province: "The attack, in the town of Buttala" (of Uva province) places the
    toll told at the district."""
    holder = holder_id(part.place_id)
    if not low or holder is None or part.kind not in _TOWNS or whole.kind != "city" or part.precision != "coarse" \
            or not whole.admin1 or whole.admin1 != part.admin1:
        return False
    before = low[max(0, whole.start_char - 12):whole.start_char]
    return before.endswith("district of ") or low.startswith(" district", whole.end_char)


def _name_words(name: str) -> set[str]:
    """The words of a name that say which place it is, not where in it ("North Shewa" and "the
    Northern Shewa Zone" are one zone: a place named like the district is the district)."""
    return {w for w in re.findall(r"\w{4,}", name.lower()) if not w.startswith(_DIRECTIONS)}


_DIRECTIONS = ("north", "south", "east", "west", "central", "upper", "lower")


def _near_town(whole: Draft, part: Draft, low: str) -> bool:
    """Whether ``whole``'s toll was placed at a town it was only near ("a market near Yemen's Red Sea
    port of Hodeida") and ``part``, a sentence that names the event again, gives the town it was in,
    in the same province ("The airstrike, which hit ... the town of Bayt el-Faqih, just south of
    Hodeida")."""
    w, p = whole.place, part.place
    if low and w.kind == "city" and p.kind in ("city", "landmark") and w.place_id != p.place_id \
            and w.country == p.country and _measured_again(whole, part, low):
        # "a Shi'ite mosque north of Baghdad", then "outside the Great Prophet mosque in Tuz Khurmatu, a mixed
        # ... town 160 kilometers north of Baghdad": the sentence says its place lies that way, however far
        return at_the_event(low, part.start, p.start_char)
    if not (low and w.kind == "city" and p.kind == "city" and w.place_id != p.place_id and w.country == p.country
            and (p.match != "within" or p.precision != "coarse")):
        return False
    # In its province, or (a village the gazetteer lacks placed at a town, or a town of another province)
    # a short way off: "north of Baghdad", then "east of Baqubah in the tribal village of Kanaan".
    # Of another province, only a town the sentence puts the event in ("The attack took place in the town
    # of Baqubah"), not one it names in passing ("came as Russian forces pushed into Vovchansk").
    return ((bool(w.admin1) and w.admin1 == p.admin1 and p.match != "within")
            or (km_between(w, p) <= _NEAR_TOWN_KM and at_the_event(low, part.start, p.start_char))) \
        and _NEAR_TOWN_RE.search(low, max(0, w.start_char - _NEAR_REACH), w.end_char) is not None


_WAY = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?"  # a way from a town: "north", "south-west"


def _measured_again(whole: Draft, part: Draft, low: str) -> bool:
    """Whether ``whole``'s place is a way from a town ("north of Baghdad") and ``part``'s sentence, after its place,
    measures a town from the same town the same way ("a town 160 kilometers north of Baghdad")."""
    way = _WAY_OF_RE.search(low, whole.place.start_char, whole.place.end_char)
    if way is None:
        return False
    town = low[way.end():whole.place.end_char].strip()
    found = low.find(f"{way.group(1)} of {town}", part.place.end_char, part.end)
    return bool(town) and found >= 0 and _MEASURE_BEFORE_RE.search(low, max(0, found - 30), found) is not None


_WAY_OF_RE = re.compile(rf"\b({_WAY})\s+of\s+")
_MEASURE_BEFORE_RE = re.compile(r"\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles)\s+$")


def at_the_event(low: str, start: int, place_start: int) -> bool:
    """Whether the words of a sentence (from ``start``) before a place (at ``place_start``) put the event
    there: "The attack took place in the town of X", "The airstrike, which hit a market in X", "The blast
    in X"; not a place named in passing ("came as Russian forces pushed into X", "taken to a hospital in
    X", "since Boko Haram overran X")."""
    window = low[max(start, place_start - _AT_EVENT_REACH):place_start]
    return _at_event_re().search(window) is not None and not passing_place(low, start, place_start)


def passing_place(low: str, start: int, place_start: int) -> bool:
    """Whether the words right before a place name it in passing, not as where the event told was: "The
    shelling came as Russian forces pushed into X", "were taken to a hospital in X", "the deadliest since
    Boko Haram overran X", "fled to X", "as far away as X", "a push from their base in X", "visited X"."""
    return _passing_re().search(low, max(start, place_start - _AT_EVENT_REACH), place_start) is not None


_AT_EVENT_REACH = 120  # characters before a place where the words that put the event there stand


def struck_there(low: str, start: int, place_start: int) -> str | None:
    """The verb by which the words of a sentence (from ``start``) before a place tell the event's attackers, named
    by a definite reference, acting there, or its victims, named by a pronoun, struck there: "The gunmen struck at
    around 3:30 pm in the village of X", "his men were aboard a truck when they were waylaid by rebels between X";
    "found" for the bodies of its dead found there ("Police discovered the bodies of the recruits near X"); else
    None. (A place named in passing is not the event's: "the attackers fled to X"; nor one of another time: "In
    January the gunmen had attacked a market in X".)"""
    found = _struck_re().search(low, max(start, place_start - _AT_EVENT_REACH), place_start)
    if found is None or passing_place(low, start, place_start) \
            or _another_time_re().search(low, max(start, found.start() - _AT_EVENT_REACH), place_start):
        return None  # (nor another time's: "In January the gunmen had attacked a market in X", "near X last year")
    return " ".join((found.group("verb") or found.group("hit") or "found").split())


@cache
def _another_time_re() -> re.Pattern[str]:
    """Words that put a clause at another time than the toll's: an earlier one, a month or a year of its own (the
    months of ``date_words.csv``), a past perfect."""
    months = "|".join(name.lower() for name in calendar_names().months)
    return re.compile(rf"\b(?:earlier|previously|last\s+(?:year|month|week)|a\s+(?:week|month|year)\s+(?:earlier|"
                      rf"before|ago)|in\s+(?:{months}|\d{{4}})|had\s+(?:been\s+)?[a-z]+ed)\b")


# No number nor a word of others missing before the bodies' noun: "the bodies of the three missing students".
_NO_OTHERS = rf"(?!(?:[\w-]+\s+){{0,2}}?(?:{SMALL_COUNT}|missing|kidnapped|abducted)\b)"


@cache
def _struck_re() -> re.Pattern[str]:
    verbs = _words_by_use("event_place_words.csv")["at_event"]
    attackers = attacker_words()
    bodies = _words_by_use("bodies_words.csv")
    # (or the bodies of its dead found there: "Police discovered the bodies of the police recruits ... near X")
    # (the attackers named by a definite reference acting, or victims named by a pronoun struck: "the gunmen
    # struck", "they were waylaid"; not "they hit", which may be anyone's: "Ukrainian forces said they hit a depot")
    # (the bodies of the toll's dead, not of others counted apart: "the bodies of the three missing students")
    return re.compile(rf"(?:\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{attackers})\s+(?P<verb>{verbs})"
                      rf"|\b(?:they|he|she)\s+(?:were|was)\s+(?P<hit>{verbs})"
                      rf"|\b(?:{bodies['found_before']}|discovered)\s+the\s+bod(?:y|ies)\s+of\s+the\s+{_NO_OTHERS}"
                      rf"|\bthe\s+bod(?:y|ies)\s+of\s+the\s+{_NO_OTHERS}(?:[\w-]+\s+){{1,3}}?(?:were|was)\s+"
                      rf"(?:{bodies['found_after']}|discovered))\b"
                      # (up to the place in the same clause, a few words between: "in the village of", "between")
                      r"[^.;]*?\b(?:in|at|near|between|outside)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:city|town|village|area)\s+of\s+)?$")
# A place and others like it: "the town of Kupiansk and nearby villages".
_AND_OTHERS_RE = re.compile(r"\s+and\s+(?:nearby|surrounding|other|neighbouring|neighboring)\b")


@cache
def _words_by_use(name: str) -> dict[str, str]:
    """The words of the table ``name`` (``words,use,note``) by their use, each use one pattern (a space
    stands for any run of spaces)."""
    uses: dict[str, list[str]] = {}
    for row in datafiles.rows(name):
        uses.setdefault(row["use"], []).append(row["words"].lower())
    return {use: trie_regex(words, special={" ": r"\s+"}) for use, words in uses.items()}


@cache
def _at_event_re() -> re.Pattern[str]:
    words = _words_by_use("event_place_words.csv")
    return re.compile(rf"\b(?:{words['at_event']})\b"
                      rf"|\b(?:{words['event_noun']})\b[^.;]{{0,110}}?\b(?:in|at|on|near)\s+(?:[\w-]+\s+){{0,4}}$")


@cache
def _passing_re() -> re.Pattern[str]:
    # (and a push from a base: "after Houthi forces launched a push from their base in Sirwah")
    passing = _words_by_use("event_place_words.csv")["passing"]
    # (up to the place, in the same clause: "the bus travelling to the capital Nairobi with 60 passengers was
    # hijacked 50km from the town of Mandera" names Mandera for the event)
    return re.compile(rf"\b(?:{passing}"
                      r"|from\s+(?:their|its|his|a|the)\s+(?:[\w-]+\s+)?base\s+in)\b"
                      r"(?:(?!\b(?:was|were|is)\b)[^.;])*$")


# "near Yemen's flashpoint Red Sea port of Hodeida", "north of Baghdad": the words between "near" and the town.
_NEAR_REACH = 60
# Read up to the town's end: its mention may have taken the words in ("a market north of Baghdad").
# ("near Somalia's capital, Mogadishu": the town may stand after a comma, in apposition)
_NEAR_TOWN_RE = re.compile(r"\b(?:near|outside|close\s+to|suburbs?\s+of|outskirts\s+of"
                           rf"|{_WAY}\s+of)"
                           r"\s+[^,.;]*(?:,\s+[^,.;]*)?$")
_NEAR_TOWN_KM = 100  # a town the event was near, or north of, is no farther than this from where it was


_VIOLENT = frozenset(VIOLENT_TYPES)
_REACH = 6  # how many sentences back a definite reference to an event may find its lead
_SITES = frozenset({"landmark", "neighbourhood"})


# "a home near the European Hospital": the event is beside the site, in its town.
_NEAR_BEFORE_RE = re.compile(r"\b(?:near|outside|close to|next to|beside|around|behind|opposite)\s+(?:the\s+)?$")


# An event told as the one that came before the toll's ("The shelling occurred after AA fighters
# ambushed junta troops in Lekka Village"): the places after these words are that event's.
# (or "followed" them: "Today's attack followed bombings in Songkhla, Narathiwat, and Yala over the weekend")
_AFTER_OTHER_RE = re.compile(r"\b(?:came|occurred|happened|took place|began|started|erupted)\s+"
                             # (not a time of day: "The violence erupted shortly after midnight at Khoijumantabi")
                             r"(?:\w+\s+){0,2}?(?:after|following)\b(?!\s+(?:midnight|dawn|dusk|noon|midday|nightfall|"
                             r"sunset|sunrise|daybreak|\d))|\b(?:followed|follows|comes\s+after)\s+(?:\w+\s+){0,3}?"
                             r"(?:bombings?|attacks?|strikes?|airstrikes?|raids?|clashes|fighting|shelling|blasts?|"
                             r"explosions?)\b")


# A toll told over a stretch of time: "nearly 400 people had been killed since Thursday".
_OVER_DAYS_RE = re.compile(r"\b(?:since|over the (?:past|last)|in the (?:past|last))\b")
# "the worst attack on AU troops since they deployed": a rank among events, not a span of days.
_RANKED_SINCE_RE = re.compile(r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|most|first|highest)\b[^,;.]*$")


class _Tolls:
    """The spans of the drafts with a number of killed, asked whether one covers a character by
    bisection: an article of thousands of tolls costs its length."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))  # the furthest end so far

    def cover(self, at: int) -> bool:
        """Whether the character ``at`` is in the sentences of a draft with a number of killed."""
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and self.reach[i] > at


_MONTH = 3  # a When's precision when only the month is known
_ONE_EVENT_RE = re.compile(r"\b(?:during|in)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attack|massacre|raid|assault|ambush|"
                           r"strike|airstrike|bombing|blast|explosion)\b")


def _fewer_days(part: Draft, whole: Draft, low: str) -> bool:
    """Whether ``whole``'s own words give it more days than ``part`` has ("killed since Thursday"):
    a toll over days is not the toll of one moment told more precisely."""
    if any(not _RANKED_SINCE_RE.search(low, max(whole.start, m.start() - 60), m.start())
           for m in _OVER_DAYS_RE.finditer(low, whole.start, whole.end)):
        return True
    if not whole.when.dated or whole.when.lo is None or whole.when.hi is None:
        return False
    if whole.when.precision >= _MONTH and _ONE_EVENT_RE.search(low, whole.start, whole.end) \
            and part.when.lo is not None and part.when.hi is not None \
            and whole.when.lo <= part.when.lo <= part.when.hi <= whole.when.hi:
        # "At least 600 civilians were killed during an attack in northern Ethiopia in early November", then
        # "the November 9 massacre at Mai-Kadra": one event, its day known to the month, then told.
        return False
    days = (whole.when.hi - whole.when.lo).days
    # An undated sentence has its publication's days: a month when only the month is known.
    if part.when.lo is None or part.when.hi is None:
        return days > 0
    if not part.when.dated and not whole.when.spans:
        # The whole's days are those of the sentences that told it ("said Saturday", then "late
        # Friday"), no span of its own: an undated sentence may tell where that one moment was.
        return False
    return days > (part.when.hi - part.when.lo).days


def _finer(part: Mention, whole: Mention) -> bool:
    """Whether ``part`` is a place of a finer kind than ``whole``, where a toll at ``whole`` may be
    told more precisely: a district in a province or a region, a village in one, a market or a
    quarter in a town ("warplanes struck a market in Idlib", then "the Al Hal market")."""
    if holder_id(part.place_id) == whole.place_id:
        # A place the gazetteer lacks that the text puts inside ``whole`` ("Barangay Timpook,
        # Patikul"; "the western Wollega Zone of Oromiya") is part of it, whatever its kind.
        return True
    size_part, size_whole = SIZE.get(part.kind, 2), SIZE.get(whole.kind, 2)
    return size_part < size_whole and (whole.kind in COARSE_KINDS or part.kind in _SITES)


_GENERIC = frozenset({BATTLE, ATTACK})  # a report of a fight or an attack, no weapon named
_NEAR_SENTENCES = 2  # how far apart a report with no figure and one with figures may tell one incident


def fold_unnumbered(drafts: list[Draft], low: str = "") -> list[Draft]:
    """``drafts`` (in text order) with a violent report that gives no number folded into a violent
    report with a toll at the same place, told at most two sentences before or after it, the same
    days, where the later sentence does not open on another event: one incident told by two
    sentences that give it different types ("Al-Shabaab claims responsibility for the deadly attack
    in ... Mogadishu" and "Five civilians were killed and four others were wounded in the attack on
    the administrative complex in Mogadishu"). The report with the toll keeps its type and figures
    and lists the other's sentence; reports of the same type are :func:`~records.merge`'s."""
    numbered = [i for i, d in enumerate(drafts) if d.scope == "local" and d.kind[0] in _VIOLENT
                and (_has_number(d.killed) or _has_number(d.wounded))]
    if not numbered:
        return drafts
    by_place: dict[str, list[int]] = {}  # place -> its numbered drafts, in text order
    for i in numbered:
        by_place.setdefault(drafts[i].place.place_id, []).append(i)
    sentences = {place: [drafts[i].sentence for i in found] for place, found in by_place.items()}
    into: dict[int, int] = {}
    for j, d in enumerate(drafts):
        if (d.scope != "local" or d.kind[0] not in _VIOLENT or _has_number(d.killed) or _has_number(d.wounded)
                or d.headline):
            continue
        best = None
        # Only the numbered drafts of the sentences around it: a chronology of one place stays linear. But
        # "In the Irbil bombing, several buildings were damaged" tells again of the bombing told before.
        reach = _REFERRED_SENTENCES if low and _names_the_event_at(low, d.place) else _NEAR_SENTENCES
        found, told = by_place.get(d.place.place_id, []), sentences.get(d.place.place_id, [])
        near = found[bisect_left(told, d.sentence - reach):bisect_right(told, d.sentence + _NEAR_SENTENCES)]
        for i in near:
            other = drafts[i]
            # A weapon's report stays apart from a battle's ("US air strikes in Basra", then the
            # fighting's toll): only a report of an attack or a fight, or of the same type, folds.
            if d.kind[0] != other.kind[0] and d.kind not in _GENERIC:
                continue
            gap = abs(other.sentence - d.sentence)
            if gap == 0 or gap > (reach if other.sentence < d.sentence else _NEAR_SENTENCES) \
                    or not _same_days(other, d):
                continue
            later = d if d.start > other.start else other
            if low and (opens_other_event(low, later.start, later.end)
                        or introduces_event(low, later.start, later.end)):
                continue
            if best is None or gap < abs(drafts[best].sentence - d.sentence):
                best = i
        if best is not None:
            into[j] = best
    if not into:
        return drafts
    out = list(drafts)
    for j, i in into.items():
        d, keep = drafts[j], out[i]
        out[i] = replace(keep, also=_also(keep, d), actors=keep.actors if any(keep.actors) else d.actors,
                         notes=[*keep.notes, f"also told as {d.kind[0]} at characters {d.start}-{d.end}"])
    return [d for j, d in enumerate(out) if j not in into]


def _one_of_several_sites(low: str, p: Draft) -> bool:
    """Whether the landmark of ``p`` ends a list of sites its sentence names ("the fishing market and port
    and the main gate of the al-Thawra hospital"): the toll of the town's event is none of theirs alone."""
    start = p.place.start_char
    return _sites_before_re().search(low, max(p.start, start - 90), start) is not None


@cache
def _sites_before_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, landmark_nouns())) + r")s?\b[^.;]{0,60}\band\s+[^.;]{0,50}$")


_REFERRED_SENTENCES = 6  # how far back "the Irbil bombing", "the attack in Irbil" may refer


def event_named_by_place(low: str, m: Mention) -> bool:
    """Whether place mention ``m`` names an event by its place, as a word before its noun: "the Zamfara attack",
    "the Irbil bombing"."""
    return _THE_BEFORE_RE.search(low, max(0, m.start_char - 8), m.start_char) is not None \
        and _EVENT_NOUN_AFTER_RE.match(low, m.end_char) is not None


def _names_the_event_at(low: str, m: Mention) -> bool:
    """Whether the words around place mention ``m`` name an event told before by its place: "the Irbil
    bombing", "the attack in the Kurdish city of Irbil"."""
    return event_named_by_place(low, m) or \
        _THE_EVENT_IN_RE.search(low, max(0, m.start_char - 60), m.start_char) is not None


_EVENT_NOUNS = r"(?:bombings?|attacks?|blasts?|explosions?|massacre|raid|strikes?|airstrikes?|ambush|shelling)"
_THE_BEFORE_RE = re.compile(r"\bthe\s+$")
_EVENT_NOUN_AFTER_RE = re.compile(rf"\s+{_EVENT_NOUNS}\b")
# ("the attack on the Rawdah mosque": the site's own name after "the")
_THE_EVENT_IN_RE = re.compile(rf"\bthe\s+{_EVENT_NOUNS}\s+(?:in|at|on)\s+(?:the\s+(?:(?:[\w'’-]+\s+){{0,2}}"
                              r"(?:city|town|village|university|school|market|hospital|camp|mosque|church)\s+of\s+)?)?$")


_SIDES_APART = 3  # how many sentences apart the tolls of two sides of one incident may be told


def fold_sides(drafts: list[Draft], low: str, side: Callable[[str], str],
               told_before: Callable[[Draft], bool]) -> list[Draft]:
    """``drafts`` (in text order) with the tolls of two sides of one incident made one toll: a
    later sentence at the same place, at most three sentences on, the same day, that names the event
    again ("during the attack, in which six suicide bombers were killed") and counts another side
    than the toll before it ("Five civilians were killed"): 11 killed, one record, as ACLED and the
    press's own totals count an incident. Both sides must be known (``side``: "civilian", "forces",
    "militants" for a figure's words, from ``figure_nouns.csv``): "18 people" may be among the two
    soldiers' side or not, so it stays a toll of its own. A running total, a part of a group or
    another estimate (``told_before``) is never added."""
    out = list(drafts)
    dropped: set[int] = set()
    last_at: dict[str, int] = {}  # place -> index of its latest local toll
    for j, d in enumerate(drafts):
        if not _local_toll(d) or d.killed.low is None:
            continue
        i = last_at.get(d.place.place_id)
        relation = _sides_relation(out[i], d, low, side) if i is not None else ""
        if relation and not told_before(d):
            a = out[i]
            if relation == "other":
                out[i] = replace(a, killed=_add_counts(a.killed, d.killed), wounded=a.wounded or d.wounded,
                                 also=_also(a, d),
                                 notes=[*a.notes, f"with the {d.killed.words} of the same incident told at "
                                                  f"characters {d.start}-{d.end}"])
            else:
                # (the later toll counts the earlier's side again, with more: "killed 10 suspected al-Qaeda
                # militants", then "At least 28 militants and three armed civilians died in the fighting")
                out[i] = replace(a, killed=d.killed, wounded=a.wounded or d.wounded, also=_also(a, d),
                                 notes=[*a.notes, f"the fuller count of the same incident ({d.killed.words}) told at "
                                                  f"characters {d.start}-{d.end}"])
            dropped.add(j)
            continue
        last_at[d.place.place_id] = j
    return [d for j, d in enumerate(out) if j not in dropped] if dropped else drafts


def _sides_relation(a: Draft, d: Draft, low: str, side: Callable[[str], str]) -> str:
    """How ``d``'s toll stands to ``a``'s, of the same incident (see :func:`fold_sides`): "other" where it counts
    another side, "fuller" where, told in parts, it counts ``a``'s sides again and more of them; else ""."""
    if not (0 < d.sentence - a.sentence <= _SIDES_APART and a.kind[0] in _VIOLENT and d.kind[0] in _VIOLENT
            and a.killed.low is not None and _same_days(a, d) and refers_back(low, d.start, d.end)
            and not opens_other_event(low, d.start, d.end)):
        return ""
    # (each part of a toll told in parts: "At least 28 militants and three armed civilians" counts the militants the
    # toll before counted, "killed 10 suspected al-Qaeda militants", again)
    told = {side(words) for words in a.killed.words.split(" + ")}
    own = {side(words) for words in d.killed.words.split(" + ")}
    if not (all(own) and all(told)):
        return ""
    if not own & told:
        return "other"
    return "fuller" if told < own and d.killed.low is not None and d.killed.low > a.killed.low else ""


def _also(keep: Draft, d: Draft) -> list[tuple[int, int]]:
    """The other sentences of a report that takes in draft ``d``: its own, ``d``'s, and ``d``'s sentence."""
    return sorted({*keep.also, *d.also, (d.start, d.end)})


def _add_counts(a: Count, b: Count) -> Count:
    low = a.low + b.low if a.low is not None and b.low is not None else None
    high = a.high + b.high if a.high is not None and b.high is not None else None
    return Count(low, high, a.qualifier, f"{a.words} + {b.words}", (*(a.parts or (a.low,)), b.low))


def _same_days(a: Draft, b: Draft) -> bool:
    """Whether two reports may be of one day: their own dates meet, if both sentences give one
    ("a car bomb ... on Monday", "Clashes erupted ... on Tuesday" are two)."""
    if a.when.dated and b.when.dated and None not in (a.when.lo, a.when.hi, b.when.lo, b.when.hi):
        return a.when.lo <= b.when.hi and b.when.lo <= a.when.hi
    return overlap(a.when, b.when)


def weapon_told(drafts: list[Draft], links: dict[int, Link]) -> list[Draft]:
    """``drafts`` with a report that counts another's toll as its own event taking the weapon the other
    names, where its own words name none ("A suicide bomber ... killing at least 15 mourners" in
    Nangarhar, counted in "The attack in Nangarhar's Jalalabad city ... raised the death toll to 18"): the
    record is of a suicide bombing, not an armed clash. A part of another's toll gives nothing."""
    for i in sorted(links):
        keeper, why = links[i]
        k, d = drafts[keeper], drafts[i]
        if (k.kind in _GENERIC and d.kind[0] == EXPLOSIONS and not why.startswith("a part of")
                and d.place.country == k.place.country and abs(d.sentence - k.sentence) <= _WEAPON_REACH):
            k.kind = d.kind
    return drafts


_WEAPON_REACH = 3  # sentences between two reports of one toll for one to lend the other its weapon


def fold_retold(drafts: list[Draft], links: dict[int, Link], low: str = "") -> tuple[list[Draft], dict[int, Link]]:
    """``drafts`` and ``links`` with each toll told again at the same place (the same figure, as
    :func:`link_counts` found) folded into the report that counts it: one incident told twice in an
    article is one record, quoting its first sentence and listing the others, with the wounded
    either gives ("A bomber killed four civilians ... Four civilians were killed by the blast and
    eight more were wounded": four killed and eight wounded). A toll told again at another place
    (a coarse lead, then its town) stays a record of its own, linked to the one that counts it."""
    into = {i: keeper for i, (keeper, why) in links.items()
            if why.startswith(SAME_TOLL_WHY) and drafts[i].place.place_id == drafts[keeper].place.place_id
            and keeper not in links}
    out = list(drafts)
    # A toll told again with the same killed, at the same place or with no place of its own, gives the
    # report that counts it the wounded it lacks ("killed 71 people at the Al-Mawasi camp", then "It said
    # 71 people were killed and at least 289 wounded"; "has reached 30", then an account of "30" dead and
    # "79 others hurt"): one account's wounded, shown where its killed are. Another figure's wounded are
    # another account's; another place or another weapon may be another incident of the same toll.
    for i, (k, why) in sorted(links.items()):
        d, keep = drafts[i], out[k]
        # (a coarse lead's toll counted at its town, "at least" in one of them, is that account too; not a lead of
        # several events, nor where the town's sentence tells of the wounded apart: "while the wounded were hurt in a
        # separate shooting in Uruapan")
        coarse = why.startswith(SAME_TOLL_WHY) and not (low and (several_events(low, d.start, d.end)
                                                              or counted_events(low, d.start, d.end)
                                                              or _WOUNDED_WORD_RE.search(low, keep.start, keep.end)))
        if i not in into and k not in links and keep.wounded is None and d.wounded is not None \
                and (_same_figure(d.killed, keep.killed) or (coarse and _same_low(d.killed, keep.killed))) \
                and (d.inherited or d.place.place_id == keep.place.place_id or coarse) \
                and (d.kind in _GENERIC or d.kind[0] == keep.kind[0]):
            out[k] = replace(keep, wounded=d.wounded)
    if not into:
        return out, links
    for i, k in sorted(into.items()):
        d, keep = drafts[i], out[k]
        notes = [n for n in d.notes if n not in keep.notes and not n.startswith(SAME_TOLL_WHY)]
        out[k] = replace(keep, wounded=keep.wounded or d.wounded, actors=keep.actors if any(keep.actors) else d.actors,
                         also=_also(keep, d), notes=[*keep.notes, *notes])
    new = {}  # old index -> new index
    for i in range(len(drafts)):
        if i not in into:
            new[i] = len(new)
    kept = [d for i, d in enumerate(out) if i not in into]
    relinked = {new[i]: (new[into.get(keeper, keeper)], why) for i, (keeper, why) in links.items() if i not in into}
    return kept, relinked


_WOUNDED_WORD_RE = re.compile(r"\b(?:wounded|injured|hurt|injuries)\b")


def _same_low(a: Count | None, b: Count | None) -> bool:
    """The same low bound, one told as a lower bound ("at least 16") and the other as it is ("16")."""
    return a is not None and b is not None and a.low is not None and a.low == b.low and None in (a.high, b.high)


def _same_figure(a: Count | None, b: Count | None) -> bool:
    return a is not None and b is not None and a.low is not None and (a.low, a.high) == (b.low, b.high)


def holds(outer: Mention, inner: Mention, parents: dict[str, str]) -> bool:
    """Whether the gazetteer puts place ``inner`` inside place ``outer``: the relation :class:`_Index`
    files places by, read for one pair."""
    if outer.country != inner.country or outer.place_id == inner.place_id:
        return False
    # The keys :meth:`_Index.sought` seeks ``outer``'s inner places under, met by those
    # :meth:`_Index.filed` files ``inner`` under, read pair by pair without building either.
    kind, inner_kind = outer.kind, inner.kind
    if kind == "country":  # ("below country", c)
        if inner_kind != "country":
            return True
    elif kind == "region":  # ("below region", c)
        if inner_kind != "region" and inner_kind != "country":
            return True
    elif kind in _UNITS and inner_kind in _TOWNS and inner.admin1 == outer.name:  # ("town in", admin1, c)
        return True
    return outer.place_id in _ancestors(parents, inner.place_id)  # ("child of", holder)


def _ancestors(parents: dict[str, str], place_id: str) -> Iterator[str]:
    """The places that hold ``place_id`` by ``parents``, nearest first: a market's district, then its
    province (read without an :class:`_Index`, which ``holds``, asked for many pairs, would build each time)."""
    for _ in range(_DEPTH):
        place_id = parents.get(place_id, "")
        if not place_id:
            return
        yield place_id


def _inside(outer: Mention, inner: Mention, parents: dict[str, str],
            lies_in: Callable[[Mention, Mention], bool]) -> bool:
    """:func:`holds`, and for a part of a country or province, ``inner`` on that part's side; such a part holds a
    region named for itself on its side ("northern Iraq", then "the mountainous Qandil region")."""
    return (holds(outer, inner, parents) or _named_region_in_part(outer, inner)) and lies_in(inner, outer)


def _named_region_in_part(outer: Mention, inner: Mention) -> bool:
    """Whether ``outer`` is a part of a country named for its direction ("northern Iraq") and ``inner`` a region of
    that country named for itself ("Qandil region")."""
    return outer.kind == "region" and inner.kind == "region" and inner.country == outer.country \
        and _directional(outer) and not _directional(inner)


def _directional(m: Mention) -> bool:
    return m.place_id.startswith("part:") or m.name.split(" ", 1)[0].lower() in _direction_words()


@cache
def _direction_words() -> frozenset[str]:
    """The direction words of ``directions.csv`` ("northern", "south-west"), lower-cased."""
    return frozenset(row["word"].strip().lower() for row in datafiles.rows("directions.csv"))


def parts_told_apart(drafts: list[Draft], links: dict[int, Link],
                     parents: dict[str, str], low: str = "") -> dict[int, tuple[int, str]]:
    """For a toll summed from several figures ("one dead fighter ... two Syrian children were
    killed" in southern Lebanon), the figures that a later report at a place inside it tells again
    ("two Syrian children were killed in the Najjariyeh strike"): by the summed draft's index, the
    killed it no longer adds, and why. The later report counts them. So for a lead at a province that counts
    its events ("in two attacks") and the tolls inside it whose sentences open on one of them ("In one
    incident, ..."), where they tell fewer dead than the lead: the lead keeps the rest."""
    kept = [i for i, d in enumerate(drafts) if _local_toll(d) and i not in links and _low(d) is not None]
    wholes = [i for i in kept if len(drafts[i].killed.parts) >= 2]
    # (and a lead that counts the events it sums, at a coarse place: "Eight soldiers were martyred in two terrorist
    # attacks in North Waziristan", then "In one incident, seven soldiers were martyred ... in Datakhel tehsil")
    # (or at a town, of its quarters: "two bombings in Kabul", then "In one of the attacks, ... in Dasht-e-Barchi"; or
    # of the sites it counts: "attacks on three villages in Zamfara")
    # (read only where a later toll opens on one of the events or sites: most articles have none)
    openers = {i for i in kept if _one_of_them_re().match(low, drafts[i].start)} if low else set()
    last_opener = max(openers, default=-1)
    leads = [i for i in kept if i < last_opener and len(drafts[i].killed.parts) < 2
             and (counted_events(low, drafts[i].start, drafts[i].end)
                  or counted_sites(low, drafts[i].start, drafts[i].end))]
    if not wholes and not leads:
        return {}
    index = _Index(parents, look_back=None)
    for i in kept:
        index.file(i, drafts[i].place)
    out: dict[int, tuple[int, str]] = {}
    for t in leads:
        whole = drafts[t]
        # (only a toll whose sentence opens on one of the events counted: "In one incident, ...", "In the second
        # attack, ..."; not "Separately, ..." nor the other side's dead)
        parts = [i for i, relation in index.near(whole.place) if relation == "inner" and t < i and i in openers
                 and drafts[i].sentence - whole.sentence <= _LEAD_PARTS_REACH and overlap(drafts[i].when, whole.when)]
        taken = sum(_low(drafts[i]) for i in parts)
        if 0 < taken < _low(whole):
            places = ", ".join(dict.fromkeys(drafts[i].place.surface or drafts[i].place.name for i in parts))
            out[t] = (taken, f"{taken} of these killed are counted at {places}")
    for t in wholes:
        whole = drafts[t]
        left = list(whole.killed.parts)
        taken, places = 0, []
        for i, relation in index.near(whole.place):
            if not left:
                break  # every figure of the sum is told again
            part = drafts[i]
            if relation == "inner" and i > t and overlap(part.when, whole.when) and _low(part) in left:
                left.remove(_low(part))
                taken += _low(part)
                places.append(part.place.surface or part.place.name)
        if taken:
            out[t] = (taken, f"{taken} of these killed are counted at {', '.join(dict.fromkeys(places))}")
    return out


_LEAD_PARTS_REACH = 4  # sentences after a lead that counts events in which their tolls may be told


@cache
def _one_of_them_re() -> re.Pattern[str]:
    """A sentence's opening on one of several events or sites told before: "In one incident,", "In the second attack,",
    "The first ambush", "In one village,"."""
    return re.compile(rf"\s*(?:in\s+|at\s+)?(?:one|the\s+(?:first|second|third|other|latter|former)|another)\s+"
                      rf"(?:of\s+the\s+)?(?:{event_nouns()}|incidents?|villages?|towns?|communit(?:y|ies)|sites?)\b")


def _local_toll(d: Draft) -> bool:
    return d.scope == "local" and d.killed is not None and (d.killed.low is not None or d.killed.high is not None)


def _apart(a: Draft, d: Draft) -> bool:
    """Whether two drafts' dates keep them from being one event: more than a week apart, unless ``d`` tells
    ``a``'s toll again with no date of its own ("killed at least 52 people on 8 April in Xitaxi", then "shot
    dead 52 youths in Xitaxi", in a report of 27 April)."""
    return not overlap(a.when, d.when) and (d.when.dated or _low(a) is None or _low(a) != _low(d))


def _earlier_same(drafts: list[Draft], index: _Index, j: int, d: Draft, running: Callable[[Draft], bool],
                  partitive: Callable[[Draft], bool], estimate: Callable[[Draft], bool],
                  side: Callable[[Draft], str],
                  claim: Callable[[Draft], bool] | None = None,
                  included: Callable[[int], frozenset[int]] | None = None,
                  added: Callable[[Draft], bool] | None = None, low: str = "",
                  accounts: _Accounts | None = None,
                  lies_in: Callable[[Mention, Mention], bool] = _anywhere,
                  retold: dict[int, int] | None = None) -> tuple[int, int, str] | None:
    """The earlier draft whose killings ``d`` tells again, the one of the two that counts them, and why.
    (``d``'s words are read for a running total, a part, another estimate or an armed group's account
    only once an earlier toll near it asks, and once: most tolls have none.)"""
    said: dict[str, bool] = {}

    def says(name: str, test: Callable[[Draft], bool]) -> bool:
        if name not in said:
            said[name] = test(d)
        return said[name]

    for i, relation in index.near(d.place):
        a = drafts[i]
        if i == j or _apart(a, d):
            continue  # (asked again, a draft finds itself filed in the place of the one it replaced)
        low_a, low_d = _low(a), _low(d)
        # One sentence's two figures are two tolls ("two in Al-Boleel and the others in Al-Toob"),
        # and so are the dead of two sides ("one medic in Kfartebnit", then "a soldier was killed").
        # One or two dead told twice is a weak sign of one incident: the event type or the side
        # must agree too.
        if low_a == low_d and (a.killed.high == d.killed.high or low_a is not None) \
                and a.sentence != d.sentence and _may_be_one(a, d, side):
            keeper = j if _smaller(d.place, a.place) else i
            kept = drafts[keeper].place
            return i, keeper, f"{SAME_TOLL_WHY}{kept.surface or kept.name}, counted there"
        if low_a is None or low_d is None:
            continue
        if accounts is not None and not (low and _another_event_re().search(low, d.start, d.end)) \
                and (found := accounts.one_of(drafts, i, j, relation == "same")) is not None:
            return i, *found
        if (found := _running_link(i, j, a, d, relation, low, lambda: says("running", running), lies_in,
                                   lambda: running(a), lambda: added is not None and says("added", added))) is not None:
            return found
        # (or told with no place of its own, at the town that holds the toll's site: "one of its volunteers was
        # killed in the strike", after the strike's toll at a market of the town)
        if (relation in ("same", "outer") or (relation == "inner" and d.guessed)) and low_d <= low_a \
                and says("partitive", partitive):
            return i, i, f"{PART_WHY}{a.place.surface or a.place.name}, counted there"
        if (((included is not None and relation in ("same", "inner") and low_d in included(i))
             # "12 people died in shelling and 106 were killed when ... stormed the area", then "Twelve
             # people were killed in the shelling" at the same place: a figure of the sum told again
             or (relation == "same" and len(a.killed.parts) > 1 and low_d in a.killed.parts)) and low_d < low_a
                and not (added is not None and says("added", added))
                and not (low and (opens_other_event(low, d.start, d.end) or introduces_event(low, d.start, d.end)))):
            # "At least 12 people were killed, including seven Marines and five Abu Sayyaf bandits", then
            # "seven personnel were killed in action": a part the total's own sentence named, told again
            # no more precisely (one told at a place inside the total's places it: see _total_of_parts).
            return i, i, f"{PART_WHY}{a.place.surface or a.place.name}, named with it, counted there"
        if claim is not None and relation == "same" and claim(a) != says("claim", claim):
            # "Taliban spokesman Zabihullah Mujahid told Pajhwok that three Taliban fighters were killed":
            # an armed group's own account of the fighting told before; the other account counts.
            keeper = i if said["claim"] else j
            return i, keeper, (f"an armed group's account beside the toll at {a.place.surface or a.place.name}: "
                               "counted once, at the other account's figure")
        if (relation == "same" and (a.kind[0] == d.kind[0] or {a.kind[0], d.kind[0]} <= _GUNMEN_TYPES
                                    or (d.bare and d.kind[0] in _VIOLENT))
                and a.kind[0] in _VIOLENT
                and (_one_day(a, d) or (_told_on_after(a, d, retold.get(i, a.sentence) if retold else a.sentence)
                                         and not says("estimate", estimate)))
                and _near_counts(a, low_a, low_d)
                and ((side(a) == side(d) and not _peoples_apart(a, d)) or (d.bare and "" in (side(a), side(d))))
                and not (added is not None and says("added", added)) and low
                and not introduces_event(low, d.start, d.end) and not opens_other_event(low, d.start, d.end)
                and not _opened_since(low, a.end, d.end) and not _other_sites(low, a, d)):
            # "... claimed 11 lives", then "gunmen, at about 3am on Sunday, stormed Atak Mawai ward in Zaman
            # Dabo Village ... and killed no fewer than 10 persons": the day's one event there, told again.
            return _told_again(i, j, a, d, low)
        if relation == "same" and (found := _same_event_link(
                i, a, d, lambda: says("same event", partial(_same_event_in, low)),
                lambda: added is not None and says("added", added)) or _account_link(
                i, j, a, d, low, side, lambda: added is not None and says("added", added),
                lambda: _told_with_other_places(drafts, a))) is not None:
            return found
        # (or at the town that holds the toll's site: "a hospital it supports in Sa'ada had received 29 bodies",
        # after 50 killed at the Dahyan market in Sa'ada)
        # (or a hospital's count in a town of the unit the toll was told at: "killed at least 31 villagers in Diyala
        # province", then "A medical source at Baquba hospital confirmed it had received 20 dead")
        if (relation in ("same", "inner") or (relation == "outer" and low
                                               and _HOSPITAL_COUNT_RE.search(low, d.start, d.end))) \
                and (found := _estimate_link(
                i, j, a, d, low, lambda: says("estimate", estimate) or _same_side_toll(low, a, d, side),
                lambda: running(a) and not says("running", running))) is not None:
            return found
    return None


def toll_side(d: Draft) -> str:
    """Whose dead a draft's toll counts, where its figures all count one side (those of no side named aside: "a rebel
    Islamist leader and more than 50 of his militants")."""
    if d.killed is None:
        return ""
    sides = {side_of(words) for words in d.killed.words.split(" + ")} - {""}
    return sides.pop() if len(sides) == 1 else ""


def _same_side_toll(low: str, a: Draft, d: Draft, side: Callable[[Draft], str] | None) -> bool:
    """Whether ``d``'s sentence puts the toll of ``a``'s side at its figure ("six policemen dead", then "News
    agencies put the police death toll at 11"): another estimate of that toll (not another side's: "put the
    civilian toll at 30" after 18 fighters)."""
    found = _WHOSE_TOLL_RE.search(low, d.start, d.end) \
        if low and side is not None and low.find(" toll at ", d.start, d.end) >= 0 else None
    return found is not None and bool(whose := side_of(found.group(1))) and whose == side(a)


# "put the police death toll at", "put the civilian toll at": whose toll a source gives.
_WHOSE_TOLL_RE = re.compile(r"\bput\s+the\s+([a-z]+)\s+(?:death\s+)?toll\s+at\b")


def _smaller(m: Mention, other: Mention) -> bool:
    """Whether ``m`` is a place of a smaller kind than ``other``, or of the same kind that the text puts in or near
    it ("north of Baghdad", then "in Mashahidah, 25 miles north of Baghdad": the village the event was in)."""
    size, size_other = SIZE.get(m.kind, 2), SIZE.get(other.kind, 2)
    return size < size_other or (size == size_other and holder_id(m.place_id) == other.place_id)


def _same_event_link(i: int, a: Draft, d: Draft, is_same_event: Callable[[], bool],
                     is_added: Callable[[], bool]) -> tuple[int, int, str] | None:
    """``d`` another account of ``a``'s toll at the same place, if its words call it the same event's
    (``is_same_event``): "... which documented over 100 deaths in the same attack", after "at least 300 civilians
    ... were killed in an attack on Al-Nahud", however far apart the two figures are (counted once, at the first)."""
    if a.kind[0] not in _VIOLENT or not is_same_event() or is_added():
        return None
    return i, i, (f"another account of the toll at {a.place.surface or a.place.name}, of the same event in so many "
                  f"words ({_low(d)}): counted once, at the first")


def _same_event_in(low: str, d: Draft) -> bool:
    """Whether ``d``'s sentence calls its toll the same event's as one told before (``low``: the text lower-cased)."""
    return bool(low) and _same_event_re().search(low, d.start, d.end) is not None


@cache
def _same_event_re() -> re.Pattern[str]:
    """"in the same attack", "of the same bombing": the words call a toll the event's told before (an event's
    noun of ``several_events.csv``)."""
    return re.compile(rf"\b(?:in|during|by|from|of)\s+the\s+same\s+(?:[a-z-]+\s+)?(?:{event_nouns()}|shelling\b"
                      r"|violence\b)")


_NEARLY_ALL = 10  # a count within a tenth of a toll is an estimate of it, not a part
# A hospital's count of the bodies it received ("a hospital it supports in Sa'ada had received 29 bodies"), or its
# staff's, in a quotation ('"We received about 40 martyrs today," the director of Qaim hospital told').
_HOSPITAL_COUNT_RE = re.compile(r"\b(?:hospitals?|morgues?)\b[^.;]{0,60}?\breceived\b"
                                r"|\bwe\s+(?:have\s+|had\s+)?received\b[^;]{0,160}?\b(?:hospitals?|morgues?)\b")


def _estimate_link(i: int, j: int, a: Draft, d: Draft, low: str, is_estimate: Callable[[], bool],
                   rose: Callable[[], bool]) -> tuple[int, int, str] | None:
    """``d`` as another estimate of the toll ``a`` told before at its place, if it is one: the draft that
    counts the two and why. ``is_estimate``: whether ``d``'s words call it another source's figure;
    ``rose``: whether ``a`` is a running total and ``d`` none."""
    low_a, low_d = _low(a), _low(d)
    if low_d <= low_a and low and _HOSPITAL_COUNT_RE.search(low, d.start, d.end) \
            and not _another_event_re().search(low, d.start, d.end) \
            and not (a.kind[0] != d.kind[0] and not d.bare and other_days(a, d)):
        # "a hospital it supports in Sa'ada had received 29 bodies", after 50 killed at the Dahyan market in Sa'ada:
        # one hospital's count, a part of the toll, not a lower estimate of it (nor another event's toll, whatever
        # words tell it: '"We received about 40 martyrs today," the director of Qaim hospital told Al Arabiya').
        # A count nearly the toll is another estimate of it, counted at the lower figure (after "at least 41").
        if low_d * _NEARLY_ALL >= low_a * (_NEARLY_ALL - 1):
            return i, j, (f"another estimate of the toll at {a.place.surface or a.place.name}, {HOSPITAL_WHY}: "
                          f"counted once, at the lower figure ({low_d})")
        return i, i, f"{HOSPITAL_WHY} count of the toll at {a.place.surface or a.place.name}, counted there"
    # ("He disputed the death toll, saying only 84 people had died": another account, whatever its size.)
    # (An estimate of "a separate attack" is that attack's.)
    if not ((max(low_a, low_d) <= 2 * min(low_a, low_d) and is_estimate()
             and not (low and _another_event_re().search(low, d.start, d.end)))
            or (low and (_DISPUTED_RE.search(low, d.start, d.end) or is_disputed(low, d.start, d.end)
                         or _BUT_ACCOUNT_RE.match(low, d.start, d.end)))):
        return None
    if low_d < low_a and d.when.dated and rose():
        # "The death toll from Mogadishu truck bomb on October 14 has risen to 512", then "On 20th October, the
        # Somali government ... put the death toll at 358": the count the toll has risen from.
        return i, i, (f"an earlier count of the toll at {a.place.surface or a.place.name}, which has risen "
                      f"since ({low_a}): counted once, at the latest")
    keeper = j if low_d < low_a else i
    return i, keeper, (f"another estimate of the toll at {d.place.surface or d.place.name}: "
                       f"counted once, at the lower figure ({min(low_a, low_d)})")


def _days_apart(a: When, b: When) -> bool:
    """Whether two sentences each name a day of their own, the later one a later day ("on September 27", then
    "Today"). (Not an earlier one: "Activists on Saturday raised the number of those killed ... to more than
    90", then "12 people died in shelling and 106 were killed" on Friday tells the day of the event the first
    sentence's day was the telling of.)"""
    return a.dated and b.dated and a.precision == 1 and b.precision == 1 and b.lo > a.hi


# Kinds that one armed attack on people may be told as, by the words of two sentences ("attacked ...,
# killing 14 people", "stormed ... and killed no fewer than 12"); a bomb, a strike or shelling is told as itself.
_GUNMEN = frozenset({ATTACK, BATTLE})
_GUNMEN_TYPES = frozenset({ATTACK[0], BATTLE[0]})  # a raid told as a battle in one sentence, a massacre in another
_CONFLICTING_REACH = 600  # characters before a toll where those words may stand


def _told_with_other_places(drafts: list[Draft], a: Draft) -> bool:
    """Whether ``a``'s sentence tells events at other places too ("the attacks on villages in Mangu and Riyom")."""
    # (or one merged since into a later report there, the sentence one of those that report it: "also")
    return any(o.scope == "local" and o.place.place_id != a.place.place_id
               and (o.sentence == a.sentence or any(a.start <= start < a.end for start, _ in o.also)) for o in drafts)


def _account_link(i: int, j: int, a: Draft, d: Draft, low: str, side: Callable[[Draft], str],
                  is_added: Callable[[], bool],
                  spread: Callable[[], bool] = lambda: False) -> tuple[int, int, str] | None:
    """``d`` another source's account of ``a``'s toll at the same place, told soon after with no day and
    no event of its own: the two drafts, the one that counts, and why (else None)."""
    low_a, low_d = _low(a), _low(d)
    # (the later account may date the event the first told with no day: "Some reports said 52 policemen
    # were killed in the clashes on Sunday")
    if not ((d.when.note.startswith(_NO_DATE) or a.when.note.startswith(_NO_DATE) or overlap(a.when, d.when))
            # (not two days each sentence names, the later a later day: "2 civilians were killed in Martuni on
            # September 27", then "Today there was targeted shelling in Martuni ... 4 were killed"; but a sentence
            # naming the event again tells it on its own day: "On Tuesday, the ministry said 25 people died in the
            # Baghdad market bombing")
            and not (_days_apart(a.when, d.when) and not (low and refers_back(low, d.start, d.end)))
            and 0 < d.sentence - a.sentence <= _ACCOUNT_REACH
            # ("around 300", then "littered with more than 100 dead bodies": a lower bound, no other toll)
            and (max(low_a, low_d) <= 2 * min(low_a, low_d)
                 or (low_d < low_a and d.killed.qualifier in _LOWER_BOUNDS))
            # (a toll of no side may be the same dead: "Three civilians were killed", then an official "confirmed a
            # toll of 'four dead'", the bomber with them)
            # (not a total over several places: "The death toll in the attacks on villages in Mangu and Riyom has
            # risen to 80", then "52 villagers had been killed there")
            and (side(a) == side(d) or ("" in (side(a), side(d)) and not spread()))
            and not _peoples_apart(a, d)
            and low and not introduces_event(low, d.start, d.end)
            and (not _opened_since(low, a.end, d.end) or _RECOUNT_RE.match(low, d.start, d.end) is not None)
            and not counted_events(low, a.start, a.end)  # "killing 13 in two separate battles": a total
            and _account_re().search(low, d.start, d.end) is not None and not _other_sites(low, a, d)
            and not is_added()):
        return None
    # "... seven soldiers are dead, four injured", then "RCN ... reported that nine soldiers were killed":
    # another account of the same side's dead there; counted once, at the lower figure. ("Earlier, a
    # hospital source said at least 40": an account the one before replaced, which counts.)
    if (recount := _RECOUNT_RE.match(low, d.start, d.end)) is not None and recount.group("when") == "earlier":
        return i, i, (f"an earlier account of the toll at {a.place.surface or a.place.name}: counted once, "
                      f"at the later figure ({low_a})")
    keeper = j if low_d < low_a else i
    return i, keeper, (f"another account of the toll at {d.place.surface or d.place.name}: "
                       f"counted once, at the lower figure ({min(low_a, low_d)})")


# Another source's account set against the one before: "But regional health officials were later quoted ...
# as saying that seven people had been killed" (after the ministry's "some 20 terrorists").
_BUT_ACCOUNT_RE = re.compile(r"\s*(?:but|however)\b,?[^.;]{0,120}?\b(?:said|saying|says|told|reported|quoted)\b")
# A source that disputes the toll told before: "He disputed the death toll, saying only 84 people had died".
_DISPUTED_RE = re.compile(r"\b(?:disputed|disputes|dispute|contested|contests|questioned|rejected|denied|denies)\s+"
                          r"(?:the|that|this)\s+(?:death\s+)?(?:toll|figures?|numbers?|count)\b")
_LOWER_BOUNDS = frozenset({"more than", "at least"})
_ACCOUNT_REACH = 3  # sentences after a toll where another account of it may come
# The words of a count told before a later one: "Initially, ... had reported a death toll of 14".
_FIRST_COUNT_RE = re.compile(r"\b(?:initially|originally|at\s+first|first\s+reports?|earlier)\b")


def _told_again(i: int, j: int, a: Draft, d: Draft, low: str) -> tuple[int, int, str]:
    """The link of ``d`` (draft ``j``), the day's toll at ``a``'s place (draft ``i``) told again with another figure:
    counted once, at the first; but a lower count of the same kind of event is another account of it, which counts
    by ACLED's conservative reading ("Police and hospital sources said 15 people were killed in the attack", then
    "The U.S. military said the blast killed 14 people"; "at least 20", then "received 19 bodies"). Not when the
    lower is only a floor, nor far under the first's floor (a part of them: "more than 60 civilians", then "Some 40
    bodies were buried at ... Church"), nor when the lower is the first count, told after the later one ("Initially,
    local authorities and residents had reported a death toll of 14 people", after "Civil society sources speak of
    20 dead")."""
    place = a.place.surface or a.place.name
    low_a, low_d = _low(a), _low(d)
    if (low_d < low_a and a.kind[0] == d.kind[0] and d.killed.qualifier not in _LOWER_BOUNDS
            and (a.killed.qualifier not in _LOWER_BOUNDS or low_d * _NEAR_FLOOR >= low_a)
            and not _FIRST_COUNT_RE.search(low, d.start, d.end)):
        return i, j, f"another account of the toll at {place} that day: counted once, at the lower figure ({low_d})"
    return i, i, f"the toll at {place} that day told again with another figure ({low_d}): counted once, at the first"


# A count under a floor ("at least 20") by at most a fifth of it is another account of the same dead ("19 bodies"),
# not a part of them.
_NEAR_FLOOR = 1.25
_NO_DATE = "no date in the sentence"
# The nouns of a toll, after the words that call it provisional, final or revised.
_TOLL_NOUN = r"(?:death\s+)?(?:toll|figures?|count|tally|number)\b"


@cache
def _provisional_re() -> re.Pattern[str]:
    """A count its own words call provisional: "according to a provisional death toll", "had initially
    said 65", "had earlier told Dawn.com that 34", "Earlier, the AC said 15" (``account_words.csv``)."""
    w = _words_by_use("account_words.csv")
    return re.compile(rf"\b(?:{w['provisional']})\s+{_TOLL_NOUN}|\b(?:{w['provisional_said']})\b"
                      rf"|\bearlier\s*,[^.;]{{0,80}}?\b(?:{w['earlier_said']})\b")


@cache
def _disputed_re() -> re.Pattern[str]:
    """A side's counter-account: "rebuffed accusations ...", "denied the report" (``account_words.csv``)."""
    return re.compile(rf"\b(?:{_words_by_use('account_words.csv')['disputed']})\b")


def is_disputed(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` gives its count as a side's rebuttal of a toll told before
    (see :func:`_disputed_re`)."""
    return _disputed_re().search(low, start, end) is not None


def is_provisional(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` calls its count provisional (see :func:`_provisional_re`)."""
    return _provisional_re().search(low, start, end) is not None


@cache
def _final_re() -> re.Pattern[str]:
    """A count its own words call final: "The final death toll ... was 35", "said later that 47"."""
    w = _words_by_use("account_words.csv")
    return re.compile(rf"\b(?:{w['final']})\s+{_TOLL_NOUN}|\b(?:{w['final_said']})\b")


@cache
def _revised_re() -> re.Pattern[str]:
    """A toll its own words revise: "The toll was later revised to 20", "had revised the death toll down to 21"."""
    revised = _words_by_use("account_words.csv")["revised"]
    return re.compile(rf"\b(?:toll|figure|number|count|tally)\s+(?:[\w-]+\s+){{0,4}}?(?:was|were|has\s+been|"
                      rf"had\s+been|is)\s+(?:later\s+|since\s+|then\s+|now\s+)?(?:{revised})\b"
                      rf"|\b(?:later|since|then|had|has|have)\s+(?:{revised})\s+(?:the|its|their)\s+"
                      rf"(?:death\s+)?(?:toll|figure|number|count|tally)\b")


@cache
def _conflicting_re() -> re.Pattern[str]:
    """Words that say the article's tolls are several accounts of one: "Officials gave contradicting death
    tolls", "There were conflicting reports on the exact number of people killed"."""
    conflicting = _words_by_use("account_words.csv")["conflicting"]
    return re.compile(rf"\b(?:{conflicting})\s+(?:death\s+)?"
                      r"(?:tolls|figures|casualty\s+figures|accounts\s+of\s+the\s+(?:death\s+)?toll"
                      r"|reports\s+(?:on|of|about)\s+the\s+(?:exact\s+)?(?:number\s+of\s+(?:people\s+)?"
                      r"(?:killed|dead)|(?:death\s+)?toll))\b")


@cache
def _conflicting_words() -> tuple[str, ...]:
    """The words :func:`_conflicting_re` opens on, lower-cased (their first word: a space matches any)."""
    return tuple({row["words"].lower().split()[0] for row in datafiles.rows("account_words.csv")
                  if row["use"] == "conflicting"})


@cache
def _account_re() -> re.Pattern[str]:
    """A source's account: "X said that ...", "told reporters that", "according to", "Other reports suggested"."""
    account = _words_by_use("account_words.csv")["account"]
    # ("told AFP the town was littered with ...": reported speech without its "that"; "A separatist spokesman said
    # 14 soldiers died": a count said right after the verb)
    return re.compile(rf"\b(?:{account})\b|\btold\s+[\w ]{{1,30}}?\s+(?:that|the)\b"
                      r"|\b(?:said|says|claimed|claims)\s+(?:\d[\d,]*(?![\d,])|(?:one|two|three|four|five|six|seven|eight|nine|"
                      r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds)\b)"
                      # (not the bodies recovered of the toll told: "A spokesman said 53 bodies were recovered")
                      r"(?!\s+(?:of\s+)?(?:the\s+)?(?:bodies|corpses|remains)\b)")


@cache
def _earlier_event_re() -> re.Pattern[str]:
    """A revision of an earlier event's toll: "the death toll from last month's raid", "last week's attack"."""
    words = _words_by_use("account_words.csv")["earlier_event"].replace("'", "['’]")
    return re.compile(rf"\b(?:{words})\b")


@cache
def _another_total_re() -> re.Pattern[str]:
    """A sentence that opens on another event's total ("Meanwhile, the death toll from two ... attacks ...
    has risen to 80"), not a later toll of the same ("Later a drone strike ... bringing the toll to five")."""
    words = _words_by_use("account_words.csv")["another_total"]
    return re.compile(rf"\s*[\"“‘']?(?:{words})\b")


@cache
def _another_event_re() -> re.Pattern[str]:
    """A sentence on another event than the one told before: "a separate raid", "a second bomb"."""
    w = _words_by_use("account_words.csv")
    return re.compile(rf"\b(?:{w['another']})\s+(?:[\w-]+\s+)?(?:{w['another_event']})\b")


_SENTENCE_OPENING_RE = re.compile(r"[.!?][\"”’]?\s+|\n+")


# "Earlier, a hospital source in Gao said at least 40 ...": an earlier account, not an earlier event.
_RECOUNT_RE = re.compile(r"\s*(?P<when>earlier|later)\b[^.;]{0,80}?\b(?:said|says|reported|told|put)\b")


def _opened_since(low: str, start: int, end: int) -> bool:
    """Whether a sentence that opens in ``low[start:end]`` opens on another event ("Later Monday, ...")."""
    return any(opens_other_event(low, m.end(), min(end, m.end() + 80), also=False)
               for m in _SENTENCE_OPENING_RE.finditer(low, start, end))


def _other_sites(low: str, a: Draft, d: Draft) -> bool:
    """Whether the two drafts' sentences name sites, and none the same ("at a market", then "at a
    checkpoint"): two incidents in one town."""
    one, other = _sites_named(low, a.start, a.end), _sites_named(low, d.start, d.end)
    return bool(one) and bool(other) and not one & other


def _sites_named(low: str, start: int, end: int) -> set[str]:
    return set(_site_nouns_re().findall(low, start, end))


@cache
def _site_nouns_re() -> re.Pattern[str]:
    """The nouns of sites in ``place_nouns.csv`` (a market, a checkpoint, a mosque), one word each; not
    a speaker's institution ("a hospital source said", "camp officials")."""
    nouns = sorted({r["noun"].lower() for r in datafiles.rows("place_nouns.csv")
                    if r["kind"] == "landmark" and " " not in r["noun"]}, key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(map(re.escape, nouns))})\b(?!\s+(?:sources?|officials?|director|staff|"
                      rf"workers?|doctors?|spokesm[ae]n|chief|authorities|administrators?)\b)")


def other_days(a: Draft, d: Draft) -> bool:
    """Whether both sentences date their tolls, to days that do not meet ("on Monday", then "On Wednesday")."""
    return told_days_apart(a.when, d.when)


def _dated_apart(whole: Draft, d: Draft) -> bool:
    """Whether ``d`` is dated to one day other than the first day ``whole`` was told of (its dates may
    span the sentences that told it again)."""
    return d.when.dated and d.when.precision == 1 and whole.when.first is not None and d.when.lo != whole.when.first \
        and (whole.when.dated or not whole.when.first <= d.when.lo <= whole.when.last)


def _city_quarter(part: Mention, whole: Mention) -> bool:
    """Whether ``part``, a town the gazetteer knows, lies within ``_QUARTER_KM`` of ``whole``, a city of the same
    province: a quarter of it the gazetteer keeps as a place of its own (Sadr City in Baghdad)."""
    return (whole.kind == "city" and part.kind == "city" and part.place_id != whole.place_id
            and part.match != "within" and part.country == whole.country and part.admin1 == whole.admin1
            and km_between(part, whole) <= _QUARTER_KM)


_QUARTER_KM = 12.0  # how near a city a town may lie and be read as its quarter, where a total's parts add up


def _day_before(d: Draft, whole: Draft) -> bool:
    """Whether ``d`` is dated to the day before the one day ``whole`` is dated to."""
    return (d.when.dated and whole.when.dated and d.when.precision == 1 and whole.when.precision == 1
            and d.when.lo is not None and whole.when.lo is not None and d.when.lo == d.when.hi
            and whole.when.lo == whole.when.hi and (whole.when.lo - d.when.lo).days == 1)


def _one_day(a: Draft, d: Draft) -> bool:
    """Whether both sentences date their tolls to the same single day."""
    return (a.when.dated and d.when.dated and a.when.precision == 1 and d.when.precision == 1
            and a.when.lo == a.when.hi == d.when.lo == d.when.hi)


def _near_counts(a: Draft, low_a: int, low_d: int) -> bool:
    """Whether a count told on (``low_d``) is near enough ``a``'s to be another account of the same dead: within half
    again of it, or, over a lower bound ("At least 12 civilians were killed", then "a hospital official said 20
    people died"), up to twice it."""
    if 2 * max(low_a, low_d) <= 3 * min(low_a, low_d):
        return True
    return a.killed.high is None and a.killed.qualifier in _LOWER_BOUNDS and low_a < low_d <= 2 * low_a


def _told_on_after(a: Draft, d: Draft, last: int) -> bool:
    """Whether ``d``'s sentence, dating nothing, follows ``a``'s toll of one day by a few sentences: the story
    of that day told on ("At least 35 people were killed on Sunday ...", then a priest's "We have at least 31
    dead ..."). ``last``: the last sentence that told ``a``'s toll again, from which the few are counted (the
    activists' "83 people were killed", then, five sentences on, an envoy's "82 students had died")."""
    return (not d.when.dated and not a.covers and a.when.dated and a.when.precision == 1 and a.when.lo == a.when.hi
            and 0 < d.sentence - last <= _TOLD_ON_REACH and d.sentence > a.sentence and overlap(a.when, d.when))


_TOLD_ON_REACH = 6  # sentences after a toll of one day where an undated count of the same may be told


class _Accounts:
    """What an article's words say of its tolls as accounts of one another, read once: where it calls
    tolls contradicting, and which sentences call their count provisional."""

    def __init__(self, low: str):
        self.low = low
        # Each match opens on one of the table's words: an article without them (nearly all) is not
        # scanned, where the pattern, opening on a word boundary, is tried at every character.
        self.conflicting = [m.start() for m in _conflicting_re().finditer(low)] \
            if any(w in low for w in _conflicting_words()) else []
        self._provisional: dict[int, bool] = {}

    def provisional(self, d: Draft) -> bool:
        if d.start not in self._provisional:
            self._provisional[d.start] = _provisional_re().search(self.low, d.start, d.end) is not None
        return self._provisional[d.start]

    def replaces(self, other: Draft, provisional: Draft) -> bool:
        """Whether ``other`` replaces a provisional count: a higher one ("at least 89" after 25), or one
        its words call final ("The final death toll ... was 35", after 95); not a witness's few bodies."""
        return _low(other) > _low(provisional) or _final_re().search(self.low, other.start, other.end) is not None

    def contradicting(self, a: Draft, d: Draft) -> bool:
        """Whether the article calls its tolls contradicting between a little before ``a`` and ``d``."""
        at = bisect_left(self.conflicting, max(0, a.start - _CONFLICTING_REACH))
        return at < len(self.conflicting) and self.conflicting[at] < d.start

    def revised(self, d: Draft) -> bool:
        """Whether ``d``'s words revise a toll told before ("The toll was later revised to 20")."""
        return _revised_re().search(self.low, d.start, d.end) is not None

    def one_of(self, drafts: list[Draft], i: int, j: int, same: bool = False) -> tuple[int, str] | None:
        """Which of two tolls of one event counts, and why, when the text says one replaces the other or
        both are accounts of one: a provisional count beside a higher or final one ("according to a
        provisional death toll" beside "at least 89"), a toll revised at the same place, up or down ("killed
        25 people", then "The toll was later revised to 20"), or tolls the article calls contradicting
        ("Officials gave contradicting death tolls ...", then "15 people were killed", "four people
        died")."""
        a, d = drafts[i], drafts[j]
        # (a higher count a source gave later, at no other site, is a revision too: "The police chief later
        # said 79 people had died"; not "Police said later that gunmen killed five people at a hotel")
        if same and a.sentence < d.sentence and d.kind[0] in _VIOLENT \
                and (self.revised(d) or (_low(d) > _low(a) and not _other_sites(self.low, a, d)
                                         and _final_re().search(self.low, d.start, d.end) is not None)) \
                and not self.revised(a) and not introduces_event(self.low, d.start, d.end) and not other_days(a, d) \
                and not _earlier_event_re().search(self.low, d.start, d.end):
            return j, (f"a toll revised later at {d.place.surface or d.place.name}: counted once, at the "
                       f"revised figure ({_low(d)})")
        # (not a count of another day's event, dated so: "The governor said earlier that a drone attack on
        # Sunday had killed 2 people", beside Monday's 3; nor a provisional count beside another day's toll told
        # as another event: "killed at least 100 civilians in another rural district ... last month")
        # (nor the dead of another side: "At least eight soldiers were killed ..., a spokesman said earlier", beside
        # "more than 50 of his militants")
        if (provisional := self.provisional(d)) != self.provisional(a) and not _sides_apart(a, d, toll_side) \
                and not (other_days(a, d) and _dated_in_own_words(d if provisional else a, self.low)) \
                and not (other_days(a, d) and (_another_event_re().search(self.low, d.start, d.end)
                                               or _another_place_re().search(self.low, d.start, d.end))) \
                and self.replaces(*((a, d) if provisional else (d, a))):
            keeper = i if provisional else j
            kept = drafts[keeper].place
            return keeper, (f"a provisional toll beside another of the same event at {kept.surface or kept.name}:"
                            f" counted once, at the other ({_low(drafts[keeper])})")
        if self.contradicting(a, d):
            keeper = j if _low(d) < _low(a) else i
            return keeper, (f"one of the contradicting tolls told of the event at {a.place.surface or a.place.name}:"
                            f" counted once, at the lower figure ({min(_low(a), _low(d))})")
        return None


@cache
def _another_place_re() -> re.Pattern[str]:
    """A toll told at another place of the same kind: "killed at least 100 civilians in another rural district" (the
    one-word nouns of ``place_nouns.csv``)."""
    nouns = sorted({r["noun"].lower() for r in datafiles.rows("place_nouns.csv") if " " not in r["noun"]},
                   key=len, reverse=True)
    return re.compile(rf"\bin\s+another\s+(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, nouns))})\b")


def _dated_in_own_words(d: Draft, low: str) -> bool:
    """Whether ``d``'s date is written in its own sentence ("a drone attack on Sunday"), not borrowed
    from the event the sentence refers to."""
    said = _DATE_SAID_RE.match(d.when.note)
    return bool(d.when.dated and said and low.find(said.group(1).lower(), d.start, d.end) >= 0)


_DATE_SAID_RE = re.compile(r"'([^']+)'")


def _may_be_one(a: Draft, d: Draft, side: Callable[[Draft], str]) -> bool:
    """Whether two equal tolls may count the same dead: not two sides', and a toll of one or two
    only with the same event type or the same known side."""
    one, other = side(a), side(d)
    if (one and other and one != other) or _peoples_apart(a, d):
        return False
    low = _low(a)
    return low is None or low > _SMALL or a.kind == d.kind or (one != "" and one == other)


def _toll_people(d: Draft) -> str:
    """The country of the one people's word a draft's toll counts by ("Four Armenian soldiers": AM), else ""."""
    if d.killed is None:
        return ""
    countries = _peoples_countries()
    found = {countries[w] for w in _WORD_RE.findall(d.killed.words.lower()) if w in countries}
    return found.pop() if len(found) == 1 else ""


_WORD_RE = re.compile(r"[a-z][a-z'’-]*")


@cache
def _peoples_countries() -> dict[str, str]:
    """{a people's word, lower-cased: its country} (``demonyms.csv``: "azeri" and "azerbaijani" are one)."""
    return {row["demonym"].lower(): row["country"] for row in datafiles.rows("demonyms.csv")}


def _sides_apart(a: Draft, d: Draft, side: Callable[[Draft], str]) -> bool:
    """Whether two tolls count the dead of two known sides (civilians, then policemen)."""
    one, other = side(a), side(d)
    return bool(one and other and one != other)


def _peoples_apart(a: Draft, d: Draft) -> bool:
    """Whether two tolls count two peoples' dead ("Four Armenian soldiers", then "at least four Azeri soldiers killed"):
    two tolls, whatever else they share."""
    one, other = _toll_people(a), _toll_people(d)
    return bool(one and other and one != other)


def _headline_retold(drafts: list[Draft], links: dict[int, Link]) -> None:
    """A headline's toll that the lead tells again, the same figure in the same country, at whatever place
    ("Gunmen kill 23 in Zamfara village attack", then "Gunmen killed 23 people in an attack on Kadisau
    village"): one toll, counted at the lead's place, the more precise."""
    for h, head in enumerate(drafts):
        if not head.headline or h in links or not _local_toll(head) or not _low(head):
            continue
        for j in range(h + 1, min(len(drafts), h + 1 + _LOOK_AHEAD)):
            d = drafts[j]
            if d.headline or d.sentence - head.sentence > _HEADLINE_REACH:
                break
            if j not in links and _local_toll(d) and _low(d) == _low(head) and d.place.country == head.place.country:
                links[h] = (j, f"the headline's toll, told at {d.place.surface or d.place.name}, counted there")
                break


_HEADLINE_REACH = 3  # sentences after a headline where its toll may be told again


def _borrowed_repeats(drafts: list[Draft], links: dict[int, Link]) -> None:
    """A toll told in a sentence that names no place, the same figure as a toll told just before in
    the country ("Sangha mayor Ali Dolo said 95 charred bodies were found"): the same killings,
    wherever the borrowed place is, counted at the place the earlier report names."""
    recent: list[int] = []  # the latest local tolls, in text order
    for j, d in enumerate(drafts):
        if not _local_toll(d):
            continue
        if d.inherited and j not in links:
            for i in reversed(recent):
                a = drafts[i]
                # A toll an earlier one already counts in a third ("Witnesses said earlier they had
                # counted 12", then a witness's "I counted 12 people killed"): counted at that third.
                # (a toll of one or two is too common a figure to say so but in the same town: "killed two
                # brothers" in Kirkuk, then "A roadside bomb in the capital's northeast killed two civilians")
                # (not two peoples' dead: "Four Armenian soldiers", then "at least four Azeri soldiers killed")
                if (a.place.country == d.place.country and (not a.inherited or i in links) and _low(a) == _low(d)
                        and _low(d) is not None and (_low(d) > _SMALL or _one_town(a.place, d.place))
                        and overlap(a.when, d.when) and not _peoples_apart(a, d)):
                    keep = _final(links, i)[0] if i in links else i
                    kept = drafts[keep].place
                    links[j] = (keep, f"{SAME_TOLL_WHY}{kept.surface or kept.name}, counted there")
                    break
        recent = [*recent[-(_LOOK_BACK - 1):], j]


def _one_town(a: Mention, b: Mention) -> bool:
    """Whether two places are one, or places the gazetteer lacks inside one town, or one of them inside the
    other ("Super Camp" of Timbuktu)."""
    return not {a.place_id, holder_id(a.place_id)}.isdisjoint({b.place_id, holder_id(b.place_id)} - {None})


def _nearby_repeats(drafts: list[Draft], links: dict[int, Link], low: str = "") -> None:
    """A toll told again in one of the next two sentences, the same figure, at a town a few kilometres
    from the first ("killed at least 13 civilians in the besieged enclave ... near Damascus", then "at
    least 13 people were killed in Douma"): the same killings, counted at the later, nearer place. A
    sentence that names the event again ("the deaths of six of your soldiers during the encounter
    yesterday in Basilan") may come a few sentences on and name a town further off; the toll stays
    where it was told first. A toll of one or two is too common a figure to say so."""
    recent: list[int] = []
    for j, d in enumerate(drafts):
        if not _local_toll(d) or j in links or d.inherited:
            continue
        referring: bool | None = None  # asked only of a toll that may repeat one: most do not
        for i in reversed(recent):
            a = drafts[i]
            if not (0 < d.sentence - a.sentence <= _REACH and a.place.place_id != d.place.place_id
                    and a.place.country == d.place.country and a.place.kind in _TOWNS and d.place.kind in _TOWNS
                    and _low(a) == _low(d) and (_low(d) or 0) > _SMALL
                    # "at least six" and "six": one figure, the one told with its bound
                    and (a.killed.high == d.killed.high or None in (a.killed.high, d.killed.high))
                    and overlap(a.when, d.when)):
                continue
            if low and _another_event_re().search(low, d.start, d.end):
                break  # "In a separate strike on a car near Deir al-Balah, 20 people were killed": another
            if referring is None:
                referring = bool(low) and refers_back(low, d.start, d.end)
            reach, km = (_REACH, _REFERRED_KM) if referring else (_NEAR_SENTENCES, _NEAR_KM)
            if d.sentence - a.sentence <= reach and km_between(a.place, d.place) <= km:
                keep, drop = (i, j) if referring else (j, i)
                kept = drafts[keep].place
                links[drop] = (keep, f"{SAME_TOLL_WHY}{kept.surface or kept.name}, counted there")
                break
        recent = [*recent[-(_LOOK_BACK - 1):], j]


def _vague_retold(drafts: list[Draft], links: dict[int, Link], parents: dict[str, str], low: str = "") -> None:
    """A vague toll ("killed hundreds") at a place where, or in a place holding or held by it, the
    article told a toll with a number up to ``_RETOLD_REACH`` sentences before, on days that meet ("more
    than 200 civilians were reportedly killed" in Bentiu), in a sentence that tells no new event nor opens
    on another: the same killings told loosely, counted in the numbered toll."""
    recent: list[int] = []  # the latest numbered local tolls that count, in text order
    for j, d in enumerate(drafts):
        if d.scope != "local" or d.killed is None or j in links:
            continue
        if d.killed.low is not None or d.killed.high is not None:
            recent = [*recent[-(_LOOK_BACK - 1):], j]
            continue
        if d.killed.qualifier != "vague" or (low and (introduces_event(low, d.start, d.end)
                                                       or opens_other_event(low, d.start, d.end))):
            continue
        for i in reversed(recent):
            a = drafts[i]
            # (at the same place, farther on, in a quotation: the UN's "killed hundreds of the civilians" seven
            # sentences after its "more than 200 civilians were reportedly killed" in Bentiu)
            same = a.place.place_id == d.place.place_id
            reach = _VAGUE_REACH if same and low and _QUOTE_RE.search(low, d.start, d.end) else _RETOLD_REACH
            if 0 < d.sentence - a.sentence <= reach and overlap(a.when, d.when) \
                    and (same or parents.get(d.place.place_id) == a.place.place_id
                         or parents.get(a.place.place_id) == d.place.place_id):
                links[j] = (i, f"a vague count of the toll told at {a.place.surface or a.place.name}, counted there")
                break
    _vague_lead_numbered(drafts, links, parents, low)


def _vague_lead_numbered(drafts: list[Draft], links: dict[int, Link], parents: dict[str, str], low: str) -> None:
    """A vague toll that opens an article's account ("Dozens of people have been killed in a car bombing at
    a military camp in Gao"), then, up to ``_VAGUE_REACH`` sentences on, the first numbered toll at that
    place, or one holding or held by it, on days that meet, in a sentence that tells no new event ("The
    provisional toll is 47 dead"): the same killings, counted in the number."""
    for j, d in enumerate(drafts):
        if d.scope != "local" or d.killed is None or j in links or d.killed.qualifier != "vague" \
                or d.killed.low is not None or d.killed.high is not None or d.place.kind == "country":
            continue  # (a country's vague toll is no event's: see _country_tolls_national)
        for k in range(j + 1, len(drafts)):
            b = drafts[k]
            if b.sentence - d.sentence > _VAGUE_REACH:
                break
            # (a number itself counted in another account of it still takes the vague lead: the chain of links
            # counts both there)
            if b.scope != "local" or b.killed is None or (b.killed.low is None and b.killed.high is None):
                continue
            related = b.place.place_id == d.place.place_id or parents.get(d.place.place_id) == b.place.place_id \
                or parents.get(b.place.place_id) == d.place.place_id
            if related and overlap(b.when, d.when) and low and not introduces_event(low, b.start, b.end) \
                    and not opens_other_event(low, b.start, b.end):
                links[j] = (k, f"a vague count of the toll told at {b.place.surface or b.place.name}, counted there")
            break  # (only the first numbered toll after it may tell it)


def _bodies_recovered(drafts: list[Draft], links: dict[int, Link], parents: dict[str, str], low: str,
                      added: Callable[[Draft], bool] | None) -> None:
    """A count of bodies pulled, recovered or found from the ruins, the scene or the victims of an event,
    at a place where, or in a place holding or held by it, a toll no smaller was told up to
    ``_RECOVERY_REACH`` sentences before, a few days before at most: the dead of that toll, found ("killing
    more than 100 people", then "88 bodies had been pulled from the ruins of the detention center");
    counted in it. Not bodies the words add ("another 12 bodies"), nor others ("found the bodies of five
    men, bound and shot")."""
    recent: list[int] = []  # the latest numbered local tolls that count, in text order
    found: list[int] = []  # the counts of bodies found that are a toll's, in text order
    for j, d in enumerate(drafts):
        if not _local_toll(d) or j in links:
            continue
        low_d = _low(d)
        if recent and low_d is not None and _recovered_re().search(low, d.start, d.end) \
                and not (added is not None and added(d)):
            # Bodies counted again right after ("53 bodies were recovered Sunday and 35 on Monday", after
            # "88 bodies had been pulled from the ruins"): the same dead.
            before = next((k for k in reversed(found) if 0 < d.sentence - drafts[k].sentence <= _NEAR_SENTENCES
                           and _nested(drafts[k].place, d.place, parents) and low_d <= _low(drafts[k])), None)
            if before is not None:
                links[j] = links[before]
                found.append(j)
                continue
            if not _of_the_event_re().search(low, d.start, d.end) or _another_event_re().search(low, d.start, d.end) \
                    or _bodies_of_others_re().search(low, d.start, d.end) \
                    or opens_other_event(low, d.start, d.end) or _agent_acts_re().search(low, d.start, d.end):
                recent = [*recent[-(_LOOK_BACK - 1):], j]
                continue
            for i in reversed(recent):
                a = drafts[i]
                if (0 < d.sentence - a.sentence <= _RECOVERY_REACH and i not in links and _low(a) is not None
                        and _no_more(low_d, a) and _days_after(a, d) <= _RECOVERY_DAYS
                        # Not a coarser toll: that one is counted at the finer place (a lead and its body).
                        # (But bodies buried at a site of the town are the town's dead: "Some 50 dead bodies
                        # were buried at Merawi St. Mary Church", after the killings in Merawi.)
                        and (a.place.place_id == d.place.place_id or holds(d.place, a.place, parents)
                             or (_BURIED_RE.search(low, d.start, d.end) is not None
                                 and holds(a.place, d.place, parents)))):
                    links[j] = (i, f"bodies found of the toll told at {a.place.surface or a.place.name}, counted there")
                    found.append(j)
                    break
            if j in links:
                continue
        recent = [*recent[-(_LOOK_BACK - 1):], j]


_BURIED_RE = re.compile(r"\b(?:buried|laid\s+to\s+rest)\b")


def _no_more(low_d: int, a: Draft) -> bool:
    """Whether ``low_d`` bodies are no more than ``a``'s toll says: no more than its figure, or, for an
    open one ("over 90 villagers were killed"), within half as much again of it ("about 93 bodies")."""
    if low_d <= _low(a):
        return True
    return a.killed.high is None and a.killed.qualifier in ("more than", "at least") and 2 * low_d <= 3 * _low(a)


def _nested(one: Mention, other: Mention, parents: dict[str, str]) -> bool:
    """Whether two places are one, or one holds the other."""
    return one.place_id == other.place_id or holds(one, other, parents) or holds(other, one, parents)


def _days_after(a: Draft, d: Draft) -> int:
    """How many days after ``a``'s last day ``d``'s first lies (0 when they meet or ``d`` is earlier)."""
    if a.when.last is None or d.when.first is None:
        return 0
    return max(0, (d.when.first - a.when.last).days)


@cache
def _recovered_re() -> re.Pattern[str]:
    """Bodies pulled out or found: "88 bodies had been pulled from the ruins", "rescuers recovered 53 bodies"."""
    w = _words_by_use("bodies_words.csv")
    return re.compile(rf"\bbod(?:y|ies)\b[^.;]{{0,60}}?\b(?:{w['found_after']})\b"
                      rf"|\b(?:{w['found_before']})\s+(?:[\w-]+\s+){{0,3}}?bod(?:y|ies)\b")


@cache
def _of_the_event_re() -> re.Pattern[str]:
    """Where the bodies come from says they are the event's dead: the ruins it left, its scene, its victims
    (the bodies of men found bound and shot are others)."""
    sources = _words_by_use("bodies_words.csv")["from"]
    return re.compile(rf"\b(?:from|in|inside|under|out\s+of|at|to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{sources})\b"
                      r"|\bvictims\s+of\s+the\b|\bof\s+the\s+(?:attack|strike|airstrike|air\s+strike|blast|bombing|"
                      r"explosion|massacre|shelling|raid)\b|\bburied\b")


@cache
def _agent_acts_re() -> re.Pattern[str]:
    """An event of the bodies' sentence's own: "al-Shabaab fighters attacked an army post ...; soldiers recovered
    six bodies"."""
    w = _words_by_use("bodies_words.csv")
    return re.compile(rf"\b(?:{w['agents']})\s+(?:[\w-]+\s+)?(?:{w['agent_acts']})\b")


@cache
def _bodies_of_others_re() -> re.Pattern[str]:
    """Bodies of others than the toll's dead: "the bodies of eight attackers", "bodies of five men, bound and
    shot"."""
    others = _words_by_use("bodies_words.csv")["others"]
    return re.compile(rf"\bbod(?:y|ies)\s+of\s+(?:[\w-]+\s+)?(?:{others})\b|\bbound\b"
                      r"|\bvictims\s+of\s+an?\b")


_RECOVERY_REACH = 6  # sentences after a toll where the bodies of its dead may be counted
_RECOVERY_DAYS = 3  # days after a toll's last day when its dead may still be found


def _definite_repeats(drafts: list[Draft], links: dict[int, Link], low: str) -> None:
    """A toll told as "the three", "the 12 victims", in one of the next two sentences after a toll of that
    figure in the same country: the same dead, wherever each sentence puts them ("Three persons ... were
    killed ... in Manipur's Bishnupur district", then "The three were gunned down ... at Kwakta"); counted
    at the more precise place."""
    recent: list[int] = []
    for j, d in enumerate(drafts):
        if not _local_toll(d) or j in links:
            continue
        if recent and d.killed.words and " + " not in d.killed.words and _told_as_definite(
                d.killed.words.lower(), low[d.start:d.end]):
            for i in reversed(recent):
                a = drafts[i]
                if (0 < d.sentence - a.sentence <= _NEAR_SENTENCES and _low(a) == _low(d)
                        and a.place.country == d.place.country and a.place.place_id != d.place.place_id
                        and i not in links and overlap(a.when, d.when)):
                    keep, drop = (j, i) if SIZE.get(d.place.kind, 2) <= SIZE.get(a.place.kind, 2) else (i, j)
                    kept = drafts[keep].place
                    links[drop] = (keep, f"{SAME_TOLL_WHY}{kept.surface or kept.name}, counted there")
                    break
        recent = [*recent[-(_LOOK_BACK - 1):], j]


def _told_as_definite(words: str, part: str) -> bool:
    """``part`` names the figure ``words`` (lower-cased) with the definite article: "the three",
    "the 12 victims"."""
    # The pattern is made for each figure's words, and the re module's cache has mostly let it go
    # when the words come again: compiled only where the words follow a "the" (which the pattern
    # needs, its "\s+" taking all the spaces before words that open on none).
    if not words[:1].isspace() and not _follows_the(part, words):
        return False
    return re.search(rf"\bthe\s+{re.escape(words)}\b", part) is not None


def _follows_the(part: str, words: str) -> bool:
    """Whether ``words`` (opening on no white space) stand in ``part`` right after a "the" and white space
    (``\\bthe\\s+``): each place of the words, found by ``str.find`` (most stand once, as the toll's own
    words), is looked behind, where a scan for every "the" of the sentence made a match of each."""
    at = part.find(words)
    while at >= 0:
        head = part[:at].rstrip()
        if len(head) < at and head.endswith("the") and (len(head) == 3 or not (head[-4].isalnum() or head[-4] == "_")):
            return True
        at = part.find(words, at + 1)
    return False


def _smaller_retold(drafts: list[Draft], links: dict[int, Link], added: Callable[[Draft], bool],
                    low: str = "", parents: dict[str, str] | None = None,
                    side: Callable[[Draft], str] | None = None) -> None:
    """A toll with no place of its own, in the sentence right after a toll at the place it inherits,
    of the same type of event (or two violent ones) and no larger, told with no word that adds it
    ("At least 14 fighters were killed in clashes ... in Sirte", then "the toll to now is 13 dead"):
    an earlier or partial count of the same killings, counted in the first. Not one of another side
    (``side``): "six civilians were killed", then "three policemen were killed" are nine."""
    last: dict[str, int] = {}  # place -> its latest local toll with a place of its own
    latest = -1  # the latest local toll with a place of its own, anywhere
    told: dict[int, int] = {}  # toll -> the latest sentence that told it again ("Sixteen citizens died today")
    for j, d in enumerate(drafts):
        if not _local_toll(d):
            continue
        if j in links:
            keeper = links[j][0]
            if _low(d) == _low(drafts[keeper]) and d.sentence > told.get(keeper, -1):
                told[keeper] = d.sentence
            continue
        i = last.get(d.place.place_id)
        # (or at a place of the sentence whose toll a later one placed: "killed at least 43 ... in Diyala province
        # north of Baghdad", "The gunmen struck ... in the village of Al-Dulaimat", then "Doctor Ahmed Fuad of
        # Baquba hospital confirmed it had received 20 dead", told, or guessed, where the lead's words were)
        in_lead = i is None and d.inherited and latest >= 0 \
            and drafts[latest].start <= d.place.start_char < drafts[latest].end
        if in_lead:
            i = latest
        # Or with the place named again and the event too: "Two sisters, both age 14, died as result of the
        # attack, the educational department of the Kramatorsk city council said."
        again = not d.inherited and i is not None and bool(low) and refers_back(low, d.start, d.end) \
            and d.sentence - drafts[i].sentence <= _REFERRED_REACH
        if ((d.inherited and (not d.guessed or in_lead)) or again) and i is not None:
            a = drafts[i]
            # Right after it, or a few sentences on with no toll told elsewhere between ("Suspected
            # jihadists killed 21 Malian soldiers ... "I saw at least four bodies on the ground," he said."),
            # counted from the last sentence that told the toll.
            gap = d.sentence - max(a.sentence, told.get(i, -1))
            # (further on where it names the event again: "... killing at least 34" at Sumy, then, five sentences
            # of quotes later, "At least two children were killed and 15 injured in the strike")
            reach = _REFERRED_REACH if gap > _RETOLD_REACH and low and refers_back(low, d.start, d.end) \
                else _RETOLD_REACH
            # (a toll over several places told at one of them is a part of it: see _total_of_parts)
            if not a.covers and ((gap == 1 or (i == latest and gap <= reach))
                    and (a.kind[0] == d.kind[0] or {a.kind[0], d.kind[0]} <= _VIOLENT)
                    and _low(d) is not None
                    # (a sentence that dates nothing tells of the day told before: "They killed 42 people in
                    # one place", a witness of a massacre dated June 18 in a report of July)
                    and _low(a) is not None and _low(d) <= _low(a) and (overlap(a.when, d.when) or not d.when.dated)
                    and not other_days(a, d) and not added(d) and not _peoples_apart(a, d)
                    and not (side is not None and _sides_apart(a, d, side))
                    # (nor one of several events told before, named as such: "In one of the worst attacks, a
                    # roadside bomb ... killed two soldiers" is not the toll told before at its town)
                    and not (low and (introduces_event(low, d.start, d.end) or refers_to_part(low, d.start, d.end)))):
                links[j] = (i, f"a count of the toll at {a.place.surface or a.place.name} told again, no larger, "
                               "counted there")
                continue
            if d.inherited and not d.guessed:
                continue
        if i is None and not d.guessed and latest >= 0 \
                and _equal_at_village_near(drafts[latest], d, parents or {}) and not added(d) \
                and d.sentence - drafts[latest].sentence <= _RETOLD_REACH \
                and not (low and introduces_event(low, d.start, d.end)):
            a = drafts[latest]
            links[j] = (latest, f"{SAME_TOLL_WHY}{a.place.surface or a.place.name}, told again at a village the "
                                "gazetteer lacks, counted there")
            continue
        if not d.inherited or d.guessed:
            # (a toll placed by the most-mentioned-town guess is the toll told at that town, for what follows)
            last[d.place.place_id] = latest = j


def _equal_at_village_near(a: Draft, d: Draft, parents: dict[str, str]) -> bool:
    """Whether ``d`` tells ``a``'s toll again at a village or a site the gazetteer lacks, in the unit that holds
    ``a``'s town or near it: "TEN PEOPLE ... were killed ... at an army checkpoint near ... Lamitan", then "...
    near the Magwakit Detachment in Barangay Colonia. One soldier, five militia troops and four civilians were
    killed." The same figure, above one or two, and the same kind of event, on days that meet."""
    holder = holder_id(d.place.place_id)
    return holder is not None and _low(a) == _low(d) and (_low(d) or 0) > _SMALL \
        and a.killed.high == d.killed.high and a.place.country == d.place.country \
        and a.place.kind in _TOWNS and (a.kind[0] == d.kind[0] or {a.kind[0], d.kind[0]} <= _VIOLENT) \
        and overlap(a.when, d.when) and (holder in {a.place.place_id, *_ancestors(parents, a.place.place_id)}
                                         or km_between(a.place, d.place) <= DISTRICT_KM)


def _quoted_before_toll(drafts: list[Draft], links: dict[int, Link], low: str) -> None:
    """A witness's count in quotation marks, with no place of its own, told right before a larger toll of the
    same kind of event at a place of its own ("“They dragged 10 men in front of us and killed them all at
    once,” said AbdulNor.", then "... reported that 124 people were killed in Al-Sireiha"): what the witness
    saw of it, counted there."""
    for j, d in enumerate(drafts):
        if j in links or not d.inherited or d.guessed or not _local_toll(d) or not _low(d) \
                or not low.startswith(("“", '"'), d.start):
            continue
        i = next((i for i in range(j + 1, len(drafts)) if drafts[i].sentence > d.sentence), None)
        a = drafts[i] if i is not None else None
        # (not a toll already counted in others: a total of parts the quotation may be one of)
        if a is not None and i not in links and _local_toll(a) and not a.inherited and (_low(a) or 0) > _low(d) \
                and a.sentence - d.sentence <= _QUOTED_REACH and d.kind[0] == a.kind[0] \
                and a.place.country == d.place.country and overlap(a.when, d.when):
            links[j] = (i, f"a witness's count of the toll at {a.place.surface or a.place.name}, counted there")


_QUOTED_REACH = 2  # sentences before a toll where a witness's smaller count of it may be quoted


_RETOLD_REACH = 4  # sentences after a toll where a smaller one with no place of its own may tell it again
_REFERRED_REACH = 8  # ... where it names the event again ("in the strike")
_VAGUE_REACH = 10  # ... where a vague count at its very place, in a quotation, may tell it again
_QUOTE_RE = re.compile(r"[\"“]")  # a quotation in the report's sentences
_NEAR_KM = 25.0  # how far apart two towns may be where the same toll told twice is one
_REFERRED_KM = 100.0  # the same, when the later sentence names the event again ("the encounter")


def _low(d: Draft) -> int | None:
    return d.killed.low if d.killed is not None else None


def _guess_retold(drafts: list[Draft], links: dict[int, Link]) -> None:
    """A toll placed only by a guess (the article's most-mentioned town), then the same figure told at a place
    of its own a sentence or two on ("About 22 bodies of victims of the Sunday attack ... have been buried", then
    "militiamen attacked a camp ... in the chiefdom of Bahema North. At least 22 people were killed"): one
    toll, counted where the text puts it."""
    for j, d in enumerate(drafts):
        if j in links or d.guessed or d.scope != "local" or _low(d) is None:
            continue
        i = _told_just_before(drafts, links, j, lambda a: a.guessed and a.place.country == d.place.country
                              and overlap(a.when, d.when))
        if i is not None:
            links[i] = (j, f"{SAME_TOLL_WHY}{d.place.surface or d.place.name}, counted there")
    # (and the other way: the figure told at its place first, then, a sentence or two on, by a guess: "At least
    # eight officers were killed" in Antioquia, then a quotation, "eight police officers dead and eight injured")
    for j, d in enumerate(drafts):
        if j in links or not d.guessed or d.scope != "local" or (_low(d) or 0) <= _SMALL:
            continue
        # (not two peoples' dead: "Four Armenian soldiers", then "at least four Azeri soldiers killed")
        i = _told_just_before(drafts, links, j, lambda a: not a.guessed and a.place.country == d.place.country
                              and (a.killed.high == d.killed.high or None in (a.killed.high, d.killed.high))
                              and overlap(a.when, d.when) and not _peoples_apart(a, d))
        if i is not None:
            a = drafts[i]
            links[j] = (i, f"{SAME_TOLL_WHY}{a.place.surface or a.place.name}, counted there")


def _told_just_before(drafts: list[Draft], links: dict[int, Link], j: int, also: Callable[[Draft], bool]) -> int | None:
    """The latest local toll unlinked before ``drafts[j]``, within reach, of the same figure and that ``also``
    passes, if any."""
    d = drafts[j]
    for i in range(j - 1, -1, -1):
        a = drafts[i]
        if d.sentence - a.sentence > _GUESS_REACH:
            return None
        if i not in links and a.scope == "local" and _low(a) == _low(d) and also(a):
            return i
    return None


_GUESS_REACH = 3  # sentences after a guessed toll where the same figure told at a place of its own takes it


def _named_in_toll(drafts: list[Draft], links: dict[int, Link], parents: dict[str, str], low: str = "") -> None:
    """A victim told by name alone ("killing Chechen President Akhmad Kadyrov") beside a larger toll of the
    same place a sentence or two away ("At least 10 people were killed"): one of its dead, counted there (not
    one told as another killing: "Gunmen also shot dead Ahmed Salih, a police colonel, in Kirkuk")."""
    for j, d in enumerate(drafts):
        if j in links or not (_by_name(d) or _by_title(d, low)) or (low and opens_other_event(low, d.start, d.end)):
            continue
        for i, a in enumerate(drafts):
            gap = abs(a.sentence - d.sentence)
            # (the name looked for between them only where the gap needs it)
            if i == j or i in links or a.killed is None or gap > _NAMED_AGAIN_REACH \
                    or (gap > _NAMED_REACH and not _named_before(d, a, low)) or not overlap(a.when, d.when) \
                    or _days_apart(a.when, d.when) or _days_apart(d.when, a.when) \
                    or a.scope != "local" or a.place.country != d.place.country:
                continue
            if _low(a) == 1 and a.sentence < d.sentence and a.wounded is not None and d.wounded is not None \
                    and a.wounded.low == d.wounded.low:
                # "killing a man and wounding seven relatives", then "killing Aung Kyaw Soe, 27, and wounding
                # seven members of his family": the man named, at the place the naming sentence gives.
                links[i] = (j, f"the victim named at {d.place.surface or d.place.name}, counted there")
                break
            if _low(a) == 1 and a.sentence < d.sentence and _same_noun(a, d) and (
                    holds(a.place, d.place, parents) or _one_town(a.place, d.place)):
                # "A traditional elder was killed in the Hiiraan region", then "Elmi Hagar Gure, a well-known clan
                # elder from Beledweyne, was killed near El Qohle village": the one victim named, at his place.
                links[i] = (j, f"the victim named at {d.place.surface or d.place.name}, counted there")
                break
            if (_low(a) or 0) <= 1:
                continue
            if _one_town(a.place, d.place) or holds(a.place, d.place, parents) or holds(d.place, a.place, parents):
                keep = _final(links, i)[0] if i in links else i
                kept = drafts[keep].place
                links[j] = (keep, f"a victim named in the toll at {kept.surface or kept.name}, counted there")
                break


_NAMED_REACH = 2  # sentences between a victim named and the toll that counts him
_NAMED_AGAIN_REACH = 5  # ... where his name was told between them ("Those who died were identified as ... Haokip")


def _same_noun(a: Draft, d: Draft) -> bool:
    """Whether the one victim ``a`` tells by a noun ("a traditional elder") is told by that noun after his name in
    ``d`` ("Elmi Hagar Gure, a well-known clan elder from Beledweyne")."""
    told, named = (a.killed.words.lower().split() if a.killed else []), (d.killed.words if d.killed else "")
    return bool(told) and ", " in named and told[0] in ("a", "an", "one") \
        and told[-1] in named.split(", ", 1)[1].lower().split()


def _named_before(d: Draft, a: Draft, low: str) -> bool:
    """Whether the victim ``d`` names and tells by a noun ("Haokip, a farmer") was named between the toll ``a`` and
    ``d``: told again."""
    words = d.killed.words if d.killed else ""
    name = words.split(",")[0].lower() if ", " in words else ""
    return bool(low) and len(name) > 3 and a.end <= d.start and re.compile(
        rf"\b{re.escape(name)}\b").search(low, a.end, d.start) is not None


def _by_name(d: Draft) -> bool:
    """Whether ``d``'s toll is one victim told by name alone: "Akhmad Kadyrov", "Enrique Hernández Salcedo"."""
    k = d.killed
    # (an age may stand in the words after the name: "Ahmed, a 12-year-old boy")
    if k is None or _low(d) != 1 or d.scope != "local" or not k.words or " + " in k.words \
            or any(c.isdigit() for c in k.words.split(", ", 1)[0]):
        return False
    # (or by his title as a name's: "the Commissioner of Mayom County")
    words = k.words[4:] if k.words.startswith("the ") else k.words
    return words[:1].isupper() and (words is not k.words or k.words.split()[0].lower() not in _COUNT_OPENERS)


def _by_title(d: Draft, low: str) -> bool:
    """Whether ``d``'s toll is one victim told by his office at the place it is told at: "killed the governor of
    Kunar"."""
    k = d.killed
    if not low or k is None or _low(d) != 1 or d.scope != "local" or not k.words.startswith("the ") \
            or len(k.words.split()) != 2:
        return False
    return low.find(f"{k.words.lower()} of {d.place.surface.lower()}", d.start, d.end) >= 0


_COUNT_OPENERS = frozenset({"a", "an", "one", "another", "the", "his", "her", "their", "at", "only", "just"})


def _total_of_parts(drafts: list[Draft], links: dict[int, Link], parents: dict[str, str],
                    lies_in: Callable[[Mention, Mention], bool] = _anywhere, low: str = "") -> None:
    """A toll that is the sum of the first tolls the article tells after it at its places (its own,
    the others of the list it was told for, and the places inside it): counted in them, not beside
    them. A later toll ("... two more") is an event of its own. The toll of several events the lead
    counts ("killing at least 13 civilians in two separate battles") is counted in the tolls the body
    tells at its place, each an event of its own."""
    # Each draft's local toll, read once: the look ahead below reads every draft up to 24 times.
    lows = [_low(d) if _local_toll(d) else None for d in drafts]
    for t, whole in enumerate(drafts):
        low_whole = lows[t]
        again_at = _told_again_after(links, t)
        if low_whole is None or (t in links and again_at is None):
            continue
        # A town's toll is a total only of places inside it ("12 killed in the Tyre district", then
        # villages the text puts in Tyre): two more tolls at the town itself are more killings.
        places = {whole.place.place_id, *whole.covers} if whole.covers or whole.place.kind in COARSE_KINDS else set()
        parts, total, retold, named, near = [], 0, False, False, False
        several: bool | None = None  # whether the total's sentence counts several events: asked once, if needed
        # "More than 30 people were killed", then "Thirty-one ... in Koundjili and Lemouna. At least
        # three other were killed in Bohong.": a lower bound's parts may go past it, told one after
        # the other, up to half as many again.
        bound = whole.killed.qualifier in _LOWER_BOUNDS
        ceiling = low_whole * 3 // 2 if bound else low_whole
        # The breakdown follows its total closely: a bounded look ahead keeps an article of
        # thousands of tolls linear.
        # (the parts are told before the total again)
        for i in range(t + 1, min(len(drafts) if again_at is None else again_at, t + 1 + _LOOK_AHEAD)):
            d, low_d = drafts[i], lows[i]
            # (nor a part told again with the same figure: "A mother and four children were killed", then "killing
            # the five family members", then seven at another town: 12 = 5 + 7)
            # (nor an item of a part's own breakdown: "15 in Baghdad", then "Twelve ... in the Karkh sector (three in
            # Amil, ...) and three in the Rusafa sector": 15 = 12 + 3)
            if low_d is None or (i in links and links[i][0] in parts and links[i][1].startswith(SAME_TOLL_WHY)) \
                    or not overlap(d.when, whole.when) or (parts and _broken_down(low, drafts[parts[-1]], d)) \
                    or (again_at is not None and _another_event_told(low, d)) \
                    or _next_item(low, whole, d, parents, lies_in):
                continue
            # "Some 15 civilians were killed ... in the Beit Saadan area", then "Four workers were
            # killed in the first attack" and "another airstrike, killing at least 11 more": tolls that
            # name no place, told at the total's own place, may be its parts when they add up exactly.
            again = d.inherited and d.place.place_id == whole.place.place_id and not whole.inherited
            if not again and d.place.place_id == whole.place.place_id and low and not other_days(whole, d):
                if several is None:
                    several = counted_events(low, whole.start, whole.end) or counted_sites(low, whole.start, whole.end)
                again = several
            # (a toll that names the town again may be a part too, where the parts then add up exactly:
            # "at least 85 people were reported killed" in Nalchik, then "61 militants were killed in the
            # fighting ... in Nalchik" and "12 members of the security forces and 12 civilians")
            here = not again and d.place.place_id == whole.place.place_id and not d.inherited \
                and not other_days(whole, d) and not _dated_apart(whole, d)
            # (told the day before a lead dated "today", as a part only where the parts add up exactly:
            # "the situation is under control today in Nalchik, ... where at least 85 people were reported
            # killed", then "61 militants were killed in the fighting that erupted ... yesterday")
            if not (again or here) and d.place.place_id == whole.place.place_id and not d.inherited \
                    and _day_before(d, whole):
                here = near = True
            # (a town the gazetteer keeps apart from the city around it, as a part where the parts add up exactly:
            # "killed 30 people at three markets in Baghdad", then "Twelve died at a market in Karrada and 18 in
            # Sadr City")
            # (nor an item of a breakdown its sentence opens after the total's place, where the parts add up exactly:
            # "Twelve bodies were found in the Karkh sector of western Baghdad (three in Amil, two in Bayya’, ...)")
            # (nor a total placed only by a guess, the sum of any places', where the parts add up exactly:
            # "slaughtered 412 peasants in four villages", then "176 dead in Khourba, 113 in Sahnoun, ...")
            if not (again or here) and ((_city_quarter(d.place, whole.place) and not other_days(whole, d))
                                        or _broken_down(low, whole, d) or whole.guessed):
                here = near = True
            if not (again or here or d.place.place_id in places
                    or _inside(whole.place, d.place, parents, lies_in)
                    or _in_district_of_town(d.place, whole.place)):
                continue
            named = named or here
            retold = retold or again
            if total >= low_whole and (total + low_d > ceiling or d.sentence - drafts[parts[-1]].sentence > 1):
                break
            parts.append(i)
            total += low_d
            if total >= low_whole and not bound:
                break
        if (near or again_at is not None) and total != low_whole:
            continue
        if several and parts and total < low_whole:
            _parts_of_several(drafts, links, t, parts)
        elif len(parts) >= 2 and (total == low_whole or (bound and not retold and not named
                                                          and low_whole < total <= ceiling)):
            _link_total(drafts, links, t, parts, bool(several), again_at)


def _next_item(low: str, whole: Draft, d: Draft, parents: dict[str, str],
               lies_in: Callable[[Mention, Mention], bool]) -> bool:
    """Whether ``d`` is the next item of a list of tolls by place that ``whole`` opens in its own sentence, at a
    place the text never puts inside the first: "killed seven people in Gusau, two in Kucheri and five in Rukudawa"
    (three villages' tolls, not a total and its parts, however they add up; the villages the gazetteer lacks are only
    placed at the town named first). Not a city's quarters: "15 people in Baghdad, 12 in Sadr City and three in
    Karrada" is Baghdad's toll and its parts."""
    if not low or d.sentence != whole.sentence or whole.place.end_char > d.place.start_char \
            or _NEXT_ITEM_RE.fullmatch(low, whole.place.end_char, d.place.start_char) is None:
        return False
    placed_at_first = d.place.match == "within" and holder_id(d.place.place_id) == whole.place.place_id
    return placed_at_first or not (_inside(whole.place, d.place, parents, lies_in)
                                   or _city_quarter(d.place, whole.place))


# The words between one place of a list of tolls by place and the next: ", two in ", " and five people at ".
_NEXT_ITEM_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:another\s+|)[\w-]+\s+(?:(?:more\s+|other\s+|)"
                           r"(?:people|persons|civilians|others|villagers|residents)\s+|)(?:in|at)\s+(?:the\s+)?")


def _another_event_told(low: str, d: Draft) -> bool:
    """Whether ``d``'s sentence tells of an event of its own ("In a separate attack on Tuesday, seven soldiers were
    killed near Djibo"): no part of a total told before and again after it."""
    return bool(low) and (introduces_event(low, d.start, d.end) or _another_event_re().search(low, d.start, d.end)
                          is not None)


def _told_again_after(links: dict[int, Link], t: int) -> int | None:
    """The later report that counts the toll of ``drafts[t]`` as the same toll told again at a finer place, if any:
    the total may still be the sum of the parts told between ("Thirteen people died when jihadists attacked a
    village in central-northern Burkina Faso", six and seven at Yirgou, then "the 13 dead were buried", of
    Barsalogo district's mayor)."""
    if t in links and links[t][1].startswith(SAME_TOLL_WHY) and links[t][0] > t:
        return links[t][0]
    return None


def _broken_down(low: str, whole: Draft, d: Draft) -> bool:
    """Whether ``d`` is told in the sentence of ``whole`` as an item of a breakdown a bracket, a colon or a
    semicolon opens right after the place of ``whole`` ("in the Karkh sector of western Baghdad (three in Amil,
    ..."), before the bracket closes."""
    if not low or d.sentence != whole.sentence or d.place.start_char < whole.place.end_char:
        return False
    opened = _BREAKDOWN_OPENS_RE.match(low, whole.place.end_char, d.place.start_char)
    return opened is not None and (opened.group()[-1] != "(" or low.find(")", opened.end(), d.place.start_char) < 0)


_BREAKDOWN_OPENS_RE = re.compile(r"[^,;:.()]{0,60}?[(:;]")


def _parts_of_covered(drafts: list[Draft], links: dict[int, Link], added: Callable[[Draft], bool] | None,
                      low: str = "") -> None:
    """A toll told for a list of places that its later tolls do not add up to: a smaller toll told at
    one of them, of the same day and not told as more, is a part of it ("a Najaf funeral procession and
    Karbala's main bus station ..., killing at least 60", then "In Karbala, 13 people died")."""
    for t, whole in enumerate(drafts):
        if not whole.covers or t in links or not _local_toll(whole) or _low(whole) is None:
            continue
        places = {whole.place.place_id, *whole.covers}
        for i in range(t + 1, min(len(drafts), t + 1 + _LOOK_AHEAD)):
            d = drafts[i]
            if d.sentence - whole.sentence > _COVERED_REACH:
                break
            # (told as a breakdown: with no place of its own, "In Karbala, 13 people died", or naming the
            # event again; not "Fighting in Hilla killed 45", an event of its own)
            breakdown = d.inherited or (bool(low) and (_IN_PLACE_OPENING_RE.match(low, d.start) is not None
                                                       or refers_back(low, d.start, d.end)))
            if (i not in links and breakdown and _local_toll(d) and d.place.place_id in places
                    and _low(d) is not None and _low(d) < _low(whole) and overlap(d.when, whole.when)
                    and not other_days(whole, d) and not (added is not None and added(d))):
                links[i] = (t, f"{PART_WHY}{whole.place.surface or whole.place.name}, counted there")


_COVERED_REACH = 3  # sentences after a toll told for several places where a part of it may be told
_IN_PLACE_OPENING_RE = re.compile(r"\s*[\"“]?in\s+[^,.;]{2,40},")


def _parts_of_several(drafts: list[Draft], links: dict[int, Link], t: int, parts: list[int]) -> None:
    """"killed 12 soldiers in two separate attacks near Kismayo", then "Seven soldiers died at a base
    outside Kismayo and five at a checkpoint" with the five not read: the tolls told at the total's
    place are parts of it, counted in it."""
    whole = drafts[t]
    if all(drafts[i].place.place_id == whole.place.place_id for i in parts):
        for i in parts:
            links[i] = (t, f"{PART_WHY}{whole.place.surface or whole.place.name}, counted there")


def _guessed_total_of_parts(drafts: list[Draft], links: dict[int, Link],
                            added: Callable[[Draft], bool] | None = None) -> None:
    """A toll placed only by a guess (a lead naming no place, "killing at least 134 people", put at the
    article's main town) that the tolls the body tells next at named places of its country add up to
    exactly (80 at Ramadi, then 54 at Karbala; those whose words add them to it, "Five American soldiers
    were also killed", stand apart): their total, counted in them. Only the first two or more such
    tolls, in the order told, with an exact sum, are read this way."""
    for t, whole in enumerate(drafts):
        # (a headline's toll too: "Israeli strikes kill 20 in Gaza", then the lead's 12 in Jabalia and 8 in
        # Deir al-Balah)
        if not (whole.guessed or whole.headline) or t in links or not _local_toll(whole) or not _low(whole):
            continue
        parts, total = [], 0
        for i in range(t + 1, min(len(drafts), t + 1 + _GUESSED_PARTS)):
            d = drafts[i]
            # (words that add a toll to those told before set the first part apart from the total, not a
            # later one: "six soldiers were killed in Salahuddin ... three more in Diyala" tell nine)
            if i in links or not _local_toll(d) or not _low(d) or (added is not None and not parts and added(d)):
                continue
            # (a part with no date of its own has the publication's: "yesterday"'s total may hold it)
            if d.guessed or d.place.country != whole.place.country or not (
                    overlap(d.when, whole.when) or not d.when.dated or not whole.when.dated):
                break
            parts.append(i)
            total += _low(d)
            if total >= _low(whole):
                break
        if len(parts) >= 2 and total == _low(whole):
            _link_total(drafts, links, t, parts, False)


_GUESSED_PARTS = 8  # tolls after a guessed total that may be its parts


def _link_total(drafts: list[Draft], links: dict[int, Link], t: int, parts: list[int], several: bool,
                keeper: int | None = None) -> None:
    """Count a total its parts add up to: in the parts, or, told again in parts at its own place, the
    total itself (one event there) unless it counts several events, each then an event of its own.
    ``keeper``: the later report that counts the total told again, where there is one (it is then the one
    counted in the parts, or that counts them)."""
    whole = drafts[t]
    k = t if keeper is None else keeper
    if several:
        for i in parts:  # each an event of its own, not a retelling of another part
            links.pop(i, None)
    elif all(drafts[i].place.place_id == whole.place.place_id for i in parts):
        # Told again in parts at its own place: one event there, the total its record.
        for i in parts:
            links[i] = (k, f"{PART_WHY}{whole.place.surface or whole.place.name}, counted there")
        return
    names = ", ".join(dict.fromkeys(drafts[i].place.surface or drafts[i].place.name for i in parts))
    links[k] = (parts[0], f"the total of the reports at {names}, counted there")
    if not whole.bare and whole.kind[0] in _VIOLENT:
        # (a part typed only by who was hit takes the event its total names: "Five people have been killed ... in
        # Russian strikes on Donetsk Oblast", then "One civilian has been killed in Ocheretyne" is a strike's dead)
        for i in parts:
            if drafts[i].bare:
                drafts[i].kind = whole.kind
    # (a part read as a part of the total itself counts now that the total is counted in the parts: "Ten civilians
    # were killed" in Taiz, then three at Al Noor and "killing seven of them", 10 = 3 + 7)
    # (parts that add up exactly to a total told twice: one read as the total told again, no larger, or as
    # another part told again with another figure, is a part: it counts)
    counted = {t, k, *parts} if keeper is not None else {t, k}
    for i in parts:
        if i in links and links[i][0] in counted:
            del links[i]


def _in_district_of_town(part: Mention, whole: Mention) -> bool:
    """Whether ``part``, a town, may lie in ``whole``, a district the text names after its town and the
    gazetteer only knows as the town ("today's shelling of Pokrovsk district", then tolls in Myrnohrad
    and Kurakhove): a town the gazetteer knows, of the same province, within ``DISTRICT_KM`` (not a
    place the text puts elsewhere, whose point is its holder's). Only a total that its parts add up to
    exactly is read this way."""
    if whole.kind != "city":
        return False  # (before its words are read: this is asked of every toll after a total)
    return (named_as_district(whole) and part.kind in _TOWNS
            and part.match != "within" and part.place_id != whole.place_id and part.country == whole.country
            and bool(whole.admin1) and part.admin1 == whole.admin1 and km_between(part, whole) <= DISTRICT_KM)


DISTRICT_KM = 60.0  # how far from its town, or its point, a district's other towns may lie


def _coarse_into_precise(drafts: list[Draft], links: dict[int, Link], parents: dict[str, str],
                         added: Callable[[Draft], bool] | None = None,
                         lies_in: Callable[[Mention, Mention], bool] = _anywhere, low: str = "",
                         side: Callable[[Draft], str] | None = None) -> None:
    """A coarse place's toll counted at the one more precise place inside it that tells the same
    kind of event with at least as many killed (see the module's last rule), unless the precise
    toll's words add it to those told before ("at least 15 people have been killed ... in
    southeastern Afghanistan", then "Mohsini also said 25 Taliban fighters were killed"), or the coarse one's,
    told after it ("Later, a hospital official said three more pupils had died"), or the later one's sentence
    opens on another event ("In a separate clash, three soldiers were killed in Khyber district")."""
    kept = [i for i, d in enumerate(drafts) if _local_toll(d) and i not in links]
    coarse = [k for k, i in enumerate(kept) if drafts[i].place.kind in COARSE_KINDS]
    if not coarse:
        return
    for k in coarse:
        t = kept[k]
        whole = drafts[t]
        inside = []
        # A lead and its body are told near each other: the tolls within a bounded reach on either
        # side are met, so that an article of thousands of tolls in one region stays linear.
        for i in kept[max(0, k - _LOOK_AHEAD):k + _LOOK_AHEAD + 1]:
            if i != t and i not in links and _inside(whole.place, drafts[i].place, parents, lies_in) \
                    and _one_story(whole, drafts[i]) and overlap(drafts[i].when, whole.when):
                inside.append(i)
                if len(inside) > 1:
                    break  # not the one place: no need to meet the rest
        if len(inside) != 1:
            continue
        part = drafts[inside[0]]
        # (nor the coarse toll's, told after: "Later, a hospital official said three more pupils had died")
        later = part if part.start > whole.start else whole
        # (nor the dead of another side: "killing four police officers" in a province, then "The firefight, which
        # left 13 militants dead" in its district)
        if _low(part) is not None and _low(whole) is not None and _low(part) >= _low(whole) \
                and not (added is not None and added(later)) \
                and not (side is not None and _sides_apart(whole, part, side)) \
                and not (low and (opens_other_event(low, later.start, later.end, also=False)
                                  or opens_elsewhere(low, later.start))) \
                and not _another_day_told_after(whole, part, low):
            links[t] = (inside[0], f"the toll of the event told more precisely at {part.place.surface}, counted there")


def _another_day_told_after(whole: Draft, part: Draft, low: str) -> bool:
    """Whether the coarse toll, told after the precise one, opens on a day of its own where the precise one names
    none: "Three civilians died in Bakhmut within a day", then "On October 20, invaders killed two civilians in
    Donetsk region" (a day's entry of its own, not the lead of the town's toll)."""
    return bool(low) and whole.start > part.start and whole.when.dated and not part.when.dated \
        and _opens_on_day_re().match(low, whole.start) is not None


@cache
def _opens_on_day_re() -> re.Pattern[str]:
    """A sentence (or a list's item) that opens on its day: "On October 20,", "• On 20 October", "On Monday,", "Late
    on Sunday" (not "On average," nor "On the road"): the calendar's day and month names, and the months' first three
    letters ("Oct.", "Sept.")."""
    names = calendar_names()
    words = {n.lower() for n in (*names.weekdays, *names.months)} | {n.lower()[:3] for n in names.months} | {"sept"}
    day = rf"(?:{'|'.join(sorted(words, key=len, reverse=True))})\.?"
    return re.compile(rf"[\s•*–-]*(?:(?:early|late)\s+)?on\s+(?:\d{{1,2}}\s+)?{day}(?:\s+\d{{1,2}})?"
                      r"(?:,?\s+\d{4})?,?\s")


def _one_story(whole: Draft, part: Draft) -> bool:
    """Whether a coarse toll and a precise one may tell one event: the same kind of event, or the
    coarse one first (a lead, before the body's account), or placed at its place only for want
    of a place in its sentence ("I saw at least four bodies")."""
    return whole.kind == part.kind or whole.start < part.start or whole.inherited


def _final(links: dict[int, Link], i: int) -> Link:
    """Follow a chain of links to the report that counts (a repeat of a repeat)."""
    keeper, why = links[i]
    seen = {i}
    while keeper in links and keeper not in seen:
        seen.add(keeper)
        keeper = links[keeper][0]
    return keeper, why


class _Index:
    """The drafts that count so far, filed by their place's relations to others, so that a new draft
    meets only those at its place or at a place that holds it or that it holds."""

    def __init__(self, parents: dict[str, str], look_back: int | None = _LOOK_BACK):
        self.parents = parents
        self.look_back = look_back
        self.files: dict[tuple, list[int]] = {}
        self.keys: dict[int, list[tuple]] = {}

    def file(self, i: int, m: Mention) -> None:
        keys = list(self.filed(m))
        self.keys[i] = keys
        for key in keys:
            self.files.setdefault(key, []).append(i)

    def replace(self, old: int, new: int, m: Mention) -> None:
        for key in self.keys.pop(old, ()):
            self.files[key].remove(old)
        self.file(new, m)

    def near(self, m: Mention) -> Iterator[tuple[int, str]]:
        """Filed drafts at ``m``'s place ("same"), holding it ("outer") or held by it ("inner"),
        the latest first under each key."""
        seen: set[int] = set()
        for key, relation in self.sought(m):
            found = self.files.get(key, ())
            for i in reversed(found if self.look_back is None else found[-self.look_back:]):
                if i not in seen:
                    seen.add(i)
                    yield i, relation

    def _ancestors(self, place_id: str) -> Iterator[str]:
        """The places that hold ``place_id``, nearest first: a market's district, then its province."""
        return _ancestors(self.parents, place_id)

    def _town_of_unit(self, m: Mention) -> str | None:
        """The town a unit the gazetteer lacks is placed at and named after ("Konduga Local Government Area", at
        Konduga): for the tolls told, the same place as the town (a unit placed at a province is not)."""
        if m.match == "within" and m.kind in _UNITS and m.precision == "approximate":
            return self.parents.get(m.place_id)
        return None

    def filed(self, m: Mention) -> Iterator[tuple]:
        yield ("place", m.place_id)
        if (town := self._town_of_unit(m)) is not None:
            yield ("place", town)
        for holder in self._ancestors(m.place_id):
            yield ("child of", holder)
        if m.kind in _TOWNS:
            yield ("town in", m.admin1, m.country)
        if m.kind in _UNITS:
            yield ("unit", m.name, m.country)
        if m.kind == "country":
            yield ("country", m.country)
        else:
            yield ("below country", m.country)
        if m.kind == "region":
            yield ("region", m.country)
        elif m.kind != "country":
            yield ("below region", m.country)

    def sought(self, m: Mention) -> Iterator[tuple[tuple, str]]:
        yield ("place", m.place_id), "same"
        if (town := self._town_of_unit(m)) is not None:
            yield ("place", town), "same"
        for holder in self._ancestors(m.place_id):
            yield ("place", holder), "outer"
        yield ("child of", m.place_id), "inner"
        if m.kind in _TOWNS:
            yield ("unit", m.admin1, m.country), "outer"
        if m.kind in _UNITS:
            yield ("town in", m.name, m.country), "inner"
        if m.kind == "country":
            yield ("below country", m.country), "inner"
        else:
            yield ("country", m.country), "outer"
        if m.kind == "region":
            yield ("below region", m.country), "inner"
        elif m.kind != "country":
            yield ("region", m.country), "outer"
