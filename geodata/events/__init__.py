"""Events: one record per report, an article's claim about what happened at one place.

    >>> events = extract_events(article, mentions, sentences=sentences, gazetteer=gazetteer)

How events are found, sentence by sentence over the sentences and place mentions of
the place stage (:mod:`geodata.events.builder`):

1. **What**: the event cues of the sentence (:mod:`geodata.events.cues`); the highest-priority
   cue of a place's clause sets the type, and the actors decide casualty words
   (:mod:`geodata.events.kinds`).
2. **Only what is told as fact**: a cue after a demand, plan, fear, condition, future,
   refusal or negation in its clause is dropped (:mod:`geodata.events.cues`).
3. **Where**: the places of role ``location`` in a clause with a cue; travel, agents,
   speakers and containers are dropped (:mod:`geodata.events.where`). A violent event
   told without a place happened where the sentence before says.
4. **Figures** (:mod:`geodata.events.figures`, only with a casualty cue) go to the place
   they name, else the place told nearest before them or the first of the list they
   close, else complete the report of the sentence before (:mod:`geodata.events.tolls`).
5. **When** (:mod:`geodata.events.dates`, only where there is a report): the sentence's
   date read against the article's publication date, and the spans "by yesterday",
   "since ...", "on Thursday and Friday" (:mod:`geodata.events.when`).
6. **Who**: the actors of the sentence (:mod:`geodata.events.actors`), those named up to
   the end of the cue's clause; who tells is no actor (:mod:`geodata.events.facts`).
7. **One article, one report per event**: reports of one place, type and scope within a
   week of each other become one record (:mod:`geodata.events.records`).
8. **Across articles**: reports of one event in different articles share an
   ``event_group`` (:mod:`geodata.events.grouping`).
"""

from geodata.events.builder import extract_events, extract_reports
from geodata.events.figures import Figure, find_figures
from geodata.events.grouping import GroupKey, bucket_groups, group_id, group_keys, group_reports
from geodata.events.tolls import fatalities

__all__ = ["Figure", "GroupKey", "bucket_groups", "extract_events", "extract_reports", "fatalities", "find_figures",
           "group_id", "group_keys", "group_reports"]
