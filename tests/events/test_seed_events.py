"""The seeds' events, read by hand from the text: one literal table, asserted whole.

Each row is one report: (article id prefix, start of the sentence that tells it, the
place as written, the place's gazetteer name, event type, sub-event type, event date,
time precision, geo precision, killed low, killed high, wounded low, wounded high,
count qualifier, scope).

How the table was read (the conventions of geodata.events and geodata.events.dates, applied
by hand):

* A report is one article's claim about one kind of event (the highest-priority cue
  of its clause, geodata/data/event_types.csv) at one place. Sentences of one article
  that tell of the same place, type and scope within a week of each other are one
  report: the row keeps the sentence with a figure, else one that names the place,
  else one with a date, else the first of the body; its date spans the dated ones.
* The place is where the sentence says it happened: a place in the same clause as the
  cue (or, if none is, in a clause telling of no event at all), never a travel origin
  or destination ("gone to Basra", "leave Iraq for Kuwait", "traveled to Iran"), an
  agent ("trained by the United States"), a metonym ("his masters in Washington"), a
  place that only contains a more precise one ("Baghdad's Sadr City") or only says
  where another lies ("the town, just north of Basra"). Countries and regions are
  places only for operation- or country-wide figures.
* Not reported as fact, not coded: demands, plans, fears, futures and refusals ("the
  Pentagon demanded Maliki attack", "would not shell", "clashes will return", "in
  anticipation of renewed fighting"), and cues that only refer back to an event ("the
  aim of the operation").
* A sentence with a violent cue and no place happened at the place of the sentence
  before (geo precision 2); a figure with no place joins the report of the sentence
  before, else that sentence's place, else the article's most-mentioned city.
* Dates: the sentence's own expression read against publication ("Thursday night" in
  an article of Saturday 29 March 2008 is 27 March); none: the publication date,
  precision 2; "by yesterday": a running total to that day, precision 2; a day named
  after "since ...": from that day to publication. Relative dates in quotations are
  read against the article's publication too ("this week" in a quoted Washington Post
  report is the WSWS article's week): a known limit.
* Geo precision: 1 the place itself (a city, a named neighbourhood or landmark, "Basra's
  main market"), 2 near it ("outside Basra", "a district south of the capital") or taken
  from the sentence before, 3 a governorate or the country.

Traps that yield no event: the amnesty "will start from March 28", "peaceful protest"
Sadr calls for, "his masters in Washington", "its 4,500 troops in Basra airport should
take the lead", "retire ... from Basra Palace to the Basra airport", "would not shell
the Basra airport", "leave Iraq for Kuwait", "traveled to Iran", "visit to Baghdad",
the 2004 uprisings, "British troops were driven out of Basra late last year", "residents
buried their dead".
"""

import pytest

from geodata.pipeline import extract
from tests.helpers import event_row as row, seed_events

AT, BATTLE, STRATEGIC, PROTEST, VIOLENCE = (
    "Explosions/Remote violence", "Battles", "Strategic developments", "Protests", "Violence against civilians")

# The table is tests/gold/seed_events.json, one report a line, in article order:
# 000 News Line, Saturday 29 March 2008; 001 News Line, Thursday 27 March 2008;
# 002 News Line, Thursday 26 October 2006; 003 World Socialist Web Site, Tuesday 1 April 2008;
# 004 Socialist Worker, issue of Saturday 29 March 2008.
EXPECTED = seed_events()


@pytest.fixture(scope="module")
def result():
    return extract(["seeds"])


def test_seed_events_whole_table(result):
    assert [row(e) for e in result.events] == EXPECTED


def test_each_event_quotes_its_sentence(result):
    texts = {a.id: a.text for a in result.articles}
    for e in result.events:
        assert texts[e.article_id][e.start_char:e.end_char] == e.sentence


def test_fatalities_are_the_lowest_figure(result):
    by_place = {(e.article_id[:3], e.location_text, e.event_type): e.fatalities for e in result.events
                if e.killed_low is not None or e.killed_high is not None}
    assert by_place == {
        ("000", "Basra", BATTLE): 130, ("000", "Sadr City", BATTLE): 30, ("000", "Kut", BATTLE): 44,
        ("000", "Babel", BATTLE): 8,
        ("003", "Iraq", BATTLE): None,  # an operation's total ("close to 500"): no local toll
        ("004", "a district south of the capital", AT): 0,  # "up to 60": no lower bound
    }


def test_same_event_in_different_articles_shares_a_group(result):
    groups: dict[str, set[tuple[str, str, str]]] = {}
    for e in result.events:
        groups.setdefault(e.event_group, set()).add((e.article_id[:3], e.location, e.event_type))
    shared = {frozenset(members) for members in groups.values() if len({a for a, _, _ in members}) > 1}
    assert shared == {
        # The Basra offensive: 000 (to 28 March), 001 (week to 27 March), 003 (25-31 March), 004 (from 24 March).
        frozenset({("000", "Basrah", BATTLE), ("001", "Basrah", BATTLE), ("003", "Basrah", BATTLE),
                   ("004", "Basrah", BATTLE)}),
        # Air strikes and shelling on Basra: 000 and 004 on Thursday 27 March, 003 and 004 that week.
        frozenset({("000", "Basrah", AT), ("003", "Basrah", AT), ("004", "Basrah", AT)}),
        # Sadr City: fighting told by 000 (week to 29 March) and 001 (week to 27 March); 003's is 31 March-1 April.
        frozenset({("000", "Sadr City", BATTLE), ("001", "Sadr City", BATTLE)}),
        # ... its protests: 000 since Tuesday 25 March, 004 on Thursday and Friday 27-28 March.
        frozenset({("000", "Sadr City", PROTEST), ("004", "Sadr City", PROTEST)}),
        # ... 003's IEDs and rockets (week to 1 April) and 004's air strike (27 March): one event type.
        frozenset({("003", "Sadr City", AT), ("004", "Sadr City", AT)}),
        frozenset({("000", "Al Hillah", BATTLE), ("001", "Al Hillah", BATTLE), ("004", "Al Hillah", BATTLE)}),
        frozenset({("000", "Al-Kut", BATTLE), ("004", "Al-Kut", BATTLE)}),
        frozenset({("000", "Nasiriyah", BATTLE), ("004", "Nasiriyah", BATTLE)}),
        frozenset({("001", "Karbala", BATTLE), ("004", "Karbala", BATTLE)}),
        # Air strikes on Baghdad: 003 in the week to 1 April, 004 on Wednesday 26 March.
        frozenset({("003", "Baghdad", AT), ("004", "Baghdad", AT)}),
    }
    # 000's amnesty deadline and 004's looting in Basra are both strategic developments, but not one event.
