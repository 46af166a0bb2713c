import csv
import random
import re
from importlib.resources import files

import pytest

import geodata.events.dates as dates_module

from geodata.events.dates import EventDate, event_date, find_dates, settle_dates
from geodata.exc import ConfigError

SAT = "2008-03-29"  # a Saturday
THU = "2006-10-26"  # a Thursday
TUE = "2008-04-01"  # a Tuesday

# (id, published, sentence, (date, end, precision, text)) for articles dated to the day
CASES = [
    # days relative to publication
    ("yesterday", SAT,
     "The amnesty for militia fighters in Basra ran out yesterday, officials said.",
     ("2008-03-28", "", 1, "yesterday")),
    ("YESTERDAY in capitals", THU,
     "YESTERDAY was the first day after the US ambassador announced a timetable.",
     ("2006-10-25", "", 1, "YESTERDAY")),
    ("today", TUE,
     "Mortar rounds hit the Green Zone in Baghdad today, the US embassy said.",
     ("2008-04-01", "", 1, "today")),
    ("this morning", THU,
     "A car bomb exploded in a market in Kut this morning, killing five people.",
     ("2006-10-26", "", 1, "this morning")),
    ("last night", TUE,
     "US aircraft bombed Basra's Hayaniya district last night, residents said.",
     ("2008-03-31", "", 1, "last night")),
    ("days ago", TUE,
     "Three days ago, a roadside bomb killed four soldiers near Amara.",
     ("2008-03-29", "", 1, "Three days ago")),
    # weekdays: on or before publication; "last" strictly before
    ("on Thursday", SAT,
     "Gunmen killed 12 people in Baqubah on Thursday, police said.",
     ("2008-03-27", "", 1, "Thursday")),
    ("Thursday night", SAT,
     "Maliki's forces had to call upon US air power on Thursday night to bomb mortar teams.",
     ("2008-03-27", "", 1, "Thursday night")),
    ("on Wednesday", THU,
     "Maliki told a press conference in Baghdad on Wednesday that the raid was not approved.",
     ("2006-10-25", "", 1, "Wednesday")),
    ("weekday of publication is that day", TUE,
     "Gunmen killed 12 people in Baqubah on Tuesday, police said.",
     ("2008-04-01", "", 1, "Tuesday")),
    ("bare weekday, wire style", TUE,
     "The Iraqi Interior Ministry announced Monday that it was dismissing 1,300 policemen.",
     ("2008-03-31", "", 1, "Monday")),
    ("last Tuesday, published a Tuesday", TUE,
     "Maliki launched his offensive on Basra last Tuesday.",
     ("2008-03-25", "", 1, "last Tuesday")),
    ("last Tuesday, published a Saturday", SAT,
     "Maliki launched his offensive on Basra last Tuesday.",
     ("2008-03-25", "", 1, "last Tuesday")),
    ("weekday of last week", TUE,
     "Iraqi troops stormed the main market in Basra on Tuesday of last week.",
     ("2008-03-25", "", 1, "Tuesday of last week")),
    ("since Tuesday", SAT,
     "Since Tuesday there have been huge protests in Baghdad's Sadr City.",
     ("2008-03-25", "2008-03-29", 2, "Since Tuesday")),
    ("since yesterday", SAT,
     "Fighting in Kut since yesterday has killed at least 40 people.",
     ("2008-03-28", "2008-03-29", 2, "since yesterday")),
    # weeks
    ("earlier this week", SAT,
     "Iraqi troops backed by US forces laid siege to Basra earlier this week.",
     ("2008-03-24", "2008-03-29", 2, "earlier this week")),
    ("this week, published a Thursday", THU,
     "Clashes in Sadr City this week killed 30 people.",
     ("2006-10-23", "2006-10-26", 2, "this week")),
    ("last week", TUE,
     "The offensive was hailed last week as a defining moment by President Bush.",
     ("2008-03-24", "2008-03-30", 2, "last week")),
    ("the past week", TUE,
     "The intense violence of the past week in Basra left hundreds dead.",
     ("2008-03-26", "2008-04-01", 2, "the past week")),
    ("the past 72 hours", TUE,
     "More than 100 people have been killed in Basra in the past 72 hours.",
     ("2008-03-29", "2008-04-01", 2, "the past 72 hours")),
    ("over the weekend", TUE,
     "Police in Basra surrendered their weapons to the Mahdi Army over the weekend.",
     ("2008-03-29", "2008-03-30", 2, "over the weekend")),
    ("over the weekend, published a Saturday", SAT,
     "Police found 20 bodies in Baghdad over the weekend.",
     ("2008-03-22", "2008-03-23", 2, "over the weekend")),
    ("next week", TUE,
     "Parliament will debate the security agreement next week.",
     ("2008-04-07", "2008-04-13", 2, "next week")),
    # ranges: precision 1 one day, 2 up to seven days, 3 longer
    ("from March 28 to April 8", SAT,
     "The curfew in Basra will run from March 28 to April 8, officials said.",
     ("2008-03-28", "2008-04-08", 3, "from March 28 to April 8")),
    ("March 28 to April 8", "2008-04-20",
     "A curfew ran March 28 to April 8 in Basra.",
     ("2008-03-28", "2008-04-08", 3, "March 28 to April 8")),
    ("25-28 March", TUE,
     "Fighting on 25-28 March killed 300 people in Basra.",
     ("2008-03-25", "2008-03-28", 2, "25-28 March")),
    ("between 25 and 28 March", TUE,
     "Between 25 and 28 March at least 300 people were killed.",
     ("2008-03-25", "2008-03-28", 2, "Between 25 and 28 March")),
    ("range across new year", "2008-01-10",
     "Troops sealed off Fallujah from December 28 to January 3.",
     ("2007-12-28", "2008-01-03", 2, "from December 28 to January 3")),
    # explicit dates
    ("25 October 2006", THU,
     "US troops raided Sadr City on 25 October 2006, the ministry said.",
     ("2006-10-25", "", 1, "25 October 2006")),
    ("October 25, 2006", THU,
     "US and Iraqi troops raided Sadr City on October 25, 2006.",
     ("2006-10-25", "", 1, "October 25, 2006")),
    ("abbreviated month", THU,
     "US and Iraqi troops raided Sadr City on Oct. 25, 2006.",
     ("2006-10-25", "", 1, "Oct. 25, 2006")),
    ("March 28", TUE,
     "The amnesty expired on March 28, the government said.",
     ("2008-03-28", "", 1, "March 28")),
    ("on 1 April", TUE,
     "Relative calm returned to Basra on 1 April after a week of fighting.",
     ("2008-04-01", "", 1, "1 April")),
    ("the 28th of March", TUE,
     "The ceasefire was agreed on the 28th of March in Qom.",
     ("2008-03-28", "", 1, "the 28th of March")),
    ("weekday with date", TUE,
     "On Tuesday, March 25, the army attacked the Mahdi Army in Basra.",
     ("2008-03-25", "", 1, "Tuesday, March 25")),
    ("last December, not next", "2008-01-05",
     "Police found 15 bodies in Baghdad on December 28.",
     ("2007-12-28", "", 1, "December 28")),
    ("May 1 is a date, may is not", SAT,
     "Dockworkers will stop work on May 1, and the British forces may well need the goodwill of the "
     "Mahdi army.",
     ("2008-05-01", "", 1, "May 1")),
    # A sentence that tells what happened: its day lies before publication, not weeks after it.
    ("a past day weeks after the publication day is last year's", "2024-01-10",
     "Government troops killed 33 civilians in the village of Karma on March 3.",
     ("2023-03-03", "", 1, "March 3")),
    ("a day told in a telling clause is the day it was told", "2024-01-10",
     "A U.N. report released on Wednesday said troops killed 33 civilians in Karma on March 3.",
     ("2023-03-03", "", 1, "March 3")),
    ("a day a source's report was told on is the telling's", "2023-05-13",
     "Troops killed about 500 people in Moura over five days in March 2022, the U.N. said in a report on Friday.",
     ("2022-03-01", "2022-03-31", 3, "in March 2022")),
    ("a day before an attribution after a comma is the event's", "2024-02-10",
     "Airstrikes killed three women in Minbya on Wednesday, said a resident of Myit Nar village.",
     ("2024-02-07", "", 1, "Wednesday")),
    ("since a day the clause after it tells: that day, no span", "2009-10-26",
     "It was the deadliest attack in the capital since August 19, when truck bombs killed 95 people.",
     ("2009-08-19", "", 1, "since August 19")),
    ("a span's start lies before publication, in a sentence of what is to come too", "2024-08-20",
     "The war, which will soon enter its second year, has killed 40,000 people since Oct. 7.",
     ("2023-10-07", "2024-08-20", 3, "since Oct. 7")),
    ("a dateline's day a day past the publication stamp stays this year's", "2024-03-02",
     "Gunmen killed five people in Zamfara on March 3.",
     ("2024-03-03", "", 1, "March 3")),
    # months and years
    ("in March", TUE,
     "Attacks on US forces in Baghdad rose in March, the Pentagon said.",
     ("2008-03-01", "2008-03-31", 3, "in March")),
    ("in March 30 people", TUE,
     "In March 30 people were killed in Amara.",
     ("2008-03-01", "2008-03-31", 3, "In March")),
    ("last month", TUE,
     "Sadr extended the ceasefire last month.",
     ("2008-03-01", "2008-03-31", 3, "last month")),
    ("last year", SAT,
     "British troops were driven out of Basra late last year.",
     ("2007-01-01", "2007-12-31", 3, "last year")),
    ("earlier this year", TUE,
     "Earlier this year the Mahdi Army clashed with police in Karbala.",
     ("2008-01-01", "2008-04-01", 3, "Earlier this year")),
    ("last August", TUE,
     "The ceasefire decreed by Sadr beginning last August broke apart.",
     ("2007-08-01", "2007-08-31", 3, "last August")),
    ("last March, published in March", SAT,
     "The Mahdi Army fought British troops in Basra last March.",
     ("2007-03-01", "2007-03-31", 3, "last March")),
    ("last August, published in October", "2008-10-10",
     "The militia left Karbala last August.",
     ("2008-08-01", "2008-08-31", 3, "last August")),
    ("in March 2003", "2008-03-27",
     "The war was launched by Bush and Blair in March 2003.",
     ("2003-03-01", "2003-03-31", 3, "in March 2003")),
    ("in 2003", SAT,
     "Sadr founded the Mahdi Army within weeks of the US occupation of Iraq in 2003.",
     ("2003-01-01", "2003-12-31", 3, "in 2003")),
    ("in 2004", SAT,
     "The Mehdi Army fought alongside Sunni insurgents during the first uprising in 2004.",
     ("2004-01-01", "2004-12-31", 3, "in 2004")),
    ("since 2003", TUE,
     "The unions have taken part in anti-war protests since 2003.",
     ("2003-01-01", "2008-04-01", 3, "since 2003")),
    # several expressions: days and dates first, weeks, months and years, "since" last; then the first
    ("day beats since", TUE,
     "Gunmen killed 12 people on Tuesday, the worst attack since March 25.",
     ("2008-04-01", "", 1, "Tuesday")),
    ("day beats year", SAT,
     "The Mahdi Army, founded in 2003, took control of Nasiriyah yesterday.",
     ("2008-03-28", "", 1, "yesterday")),
    ("first of two days", TUE,
     "A statement issued Sunday by Sadr was brokered by Iranians on Friday.",
     ("2008-03-30", "", 1, "Sunday")),
    ("since loses to a later day", SAT,
     "Since Tuesday the army has shelled Basra, and on Thursday it took the port.",
     ("2008-03-27", "", 1, "Thursday")),
    # no date: the publication date, precision 2; numbers and words that are not dates
    ("no date", SAT,
     "Gunmen killed 12 people in Baqubah, police said.",
     ("2008-03-29", "", 2, "")),
    ("numbers that are not dates", SAT,
     "Maliki gave a 72-hour ultimatum to 30,000 troops, Issue 2094 reported, and 2.5 million people "
     "fled within 10 days.",
     ("2008-03-29", "", 2, "")),
    ("may as a verb", SAT,
     "The British forces may well need the goodwill of the Mahdi army.",
     ("2008-03-29", "", 2, "")),
    ("Bloody Sunday is not a Sunday", TUE,
     "Marchers in Basra recalled Bloody Sunday.",
     ("2008-04-01", "", 2, "")),
    ("month not licensed by a cue", TUE,
     "Provincial elections are scheduled for October.",
     ("2008-04-01", "", 2, "")),
    # unknown publication date
    ("unknown: relative day", "",
     "Gunmen killed 12 people in Baqubah on Tuesday, police said.",
     ("", "", 0, "Tuesday")),
    ("unknown: full date still works", "",
     "US troops raided Sadr City on October 25, 2006.",
     ("2006-10-25", "", 1, "October 25, 2006")),
    ("unknown: year still works", "",
     "Sadr founded the Mahdi Army in 2003.",
     ("2003-01-01", "2003-12-31", 3, "in 2003")),
    # more wire phrasings
    ("since late March", TUE,
     "Clashes in Basra since late March have killed 500 people.",
     ("2008-03-01", "2008-04-01", 3, "since late March")),
    ("mid-March", TUE,
     "Fighting in mid-March killed 300 people in Kut.",
     ("2008-03-01", "2008-03-31", 3, "in mid-March")),
    ("since last week", TUE,
     "Since last week 300 people have died in Basra.",
     ("2008-03-24", "2008-04-01", 3, "Since last week")),
    ("weeks ago", TUE,
     "Two weeks ago US troops arrived in Diwaniya.",
     ("2008-03-18", "", 2, "Two weeks ago")),
    ("a year ago", TUE,
     "A year ago, the surge of US troops began in Baghdad.",
     ("2007-04-01", "2007-04-30", 3, "A year ago")),
    ("from Monday to Wednesday", TUE,
     "Curfews in Kut lasted from Monday to Wednesday.",
     ("2008-03-24", "2008-03-26", 2, "from Monday to Wednesday")),
    ("a newspaper is not a Sunday", TUE,
     "The Sunday Times reported on Monday that 20 soldiers were hurt.",
     ("2008-03-31", "", 1, "Monday")),
    ("a year far ahead is not a year", TUE,
     "In 2094 the city will flood.",
     ("2008-04-01", "", 2, "")),
]

# (id, published, date_precision, sentence, (date, end, precision, text))
PRECISION_CASES = [
    ("unknown: no date", "", "",
     "Gunmen killed 12 people in Baqubah.",
     ("", "", 0, "")),
    ("month: relative day", "2008-03", "month",
     "The amnesty ran out yesterday.",
     ("2008-03-01", "2008-03-31", 3, "yesterday")),
    ("month precision overrides a full date", SAT, "month",
     "Gunmen killed 12 people on Thursday.",
     ("2008-03-01", "2008-03-31", 3, "Thursday")),
    ("month: last year resolves", "2008-03", "month",
     "British troops left Basra last year.",
     ("2007-01-01", "2007-12-31", 3, "last year")),
    ("month: no date", "2008-03", "month",
     "Gunmen killed 12 people in Baqubah.",
     ("2008-03-01", "2008-03-31", 3, "")),
    ("year: relative week", "2008", "year",
     "Clashes in Sadr City last week killed 30.",
     ("2008-01-01", "2008-12-31", 3, "last week")),
    ("year: last month", "2008", "year",
     "Sadr extended the ceasefire last month.",
     ("2008-01-01", "2008-12-31", 3, "last month")),
]


def check(sentence, published, date_precision, expected):
    got = event_date(sentence, 0, len(sentence), published, date_precision=date_precision)
    assert (got.date, got.end, got.precision, got.text) == expected
    if got.text:
        assert sentence[got.start : got.end_char] == got.text
    else:
        assert (got.start, got.end_char) == (-1, -1)


@pytest.mark.parametrize("published, sentence, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_event_date(published, sentence, expected):
    check(sentence, published, "day", expected)


@pytest.mark.parametrize("published, date_precision, sentence, expected", [c[1:] for c in PRECISION_CASES],
                         ids=[c[0] for c in PRECISION_CASES])
def test_event_date_for_articles_dated_coarsely_or_not_at_all(published, date_precision, sentence, expected):
    check(sentence, published, date_precision, expected)


def test_every_case_id_is_unique():
    ids = [c[0] for c in CASES + PRECISION_CASES]
    assert len(ids) == len(set(ids))


def test_offsets_are_absolute_and_stay_in_the_sentence():
    text = "Basra, March 29. Gunmen killed 12 people on Thursday. Police said on Friday it was calm."
    start = text.index("Gunmen")
    end = text.index("Police") - 1
    got = event_date(text, start, end, SAT)
    at = text.index("Thursday")
    assert got == EventDate("2008-03-27", "", 1, "Thursday", at, at + 8,
                            "'Thursday' = the Thursday on or before publication 2008-03-29 (Saturday)")
    assert text[got.start : got.end_char] == "Thursday"


def test_notes_say_how_the_date_was_derived():
    note = event_date("It ran out yesterday.", 0, 21, SAT).note
    assert note == "'yesterday' = day before publication 2008-03-29"
    assert event_date("Gunmen killed 12.", 0, 17, SAT).note == "no date in the sentence: publication date"
    assert event_date("It ran out yesterday.", 0, 21, "").note == (
        "'yesterday' is relative to the publication date, which is unknown")
    assert "year before publication" in event_date("On December 28 it ended.", 0, 24, "2008-01-05").note


def test_find_then_settle():
    sentence = "Since Tuesday the army has shelled Basra, and on Thursday it took the port."
    found = find_dates(sentence)
    assert [(c.text, c.rule, c.rank) for c in found] == [
        ("Since Tuesday", "since_weekday", 3), ("Thursday", "weekday", 0)]
    assert settle_dates(found).text == "Thursday"
    assert settle_dates([]) is None


def test_longest_of_overlapping_expressions_stands():
    sentence = "The curfew will run from March 28 to April 8."
    assert [c.text for c in find_dates(sentence)] == ["from March 28 to April 8", "March 28", "April 8"]
    assert settle_dates(find_dates(sentence)).text == "from March 28 to April 8"
    assert settle_dates(find_dates("Marchers recalled Bloody Sunday.")) is None


@pytest.mark.parametrize("published, date_precision", [
    ("29 March 2008", "day"), ("2008-02-30", "day"), ("2008-13", "month"), (SAT, "week"),
])
def test_bad_dates_and_precisions_fail_early(published, date_precision):
    with pytest.raises(ConfigError):
        event_date("Gunmen killed 12 people yesterday.", 0, 34, published, date_precision=date_precision)


def test_precision_as_written_when_not_given():
    assert event_date("It ran out yesterday.", 0, 21, "2008-03", date_precision="").precision == 3
    assert event_date("It ran out yesterday.", 0, 21, SAT, date_precision="").date == "2008-03-28"


def test_a_dateless_sentence_stops_at_the_precheck(monkeypatch):
    # Most sentences hold no date: the one-regex pre-check must turn them away before
    # the grammar's patterns run (speed is measured by the benchmark, not here).
    sentence = ("Gunmen loyal to the Mahdi Army attacked Iraqi police checkpoints in Basra and Nasiriyah, "
                "and British forces at the airport were shelled by mortar teams, witnesses told reporters.")

    def fail(*args, **kwargs):
        raise AssertionError("find_dates ran on a dateless sentence")

    monkeypatch.setattr(dates_module, "find_dates", fail)
    assert event_date(sentence, 0, len(sentence), SAT).date == SAT
    with pytest.raises(AssertionError):
        event_date("Gunmen attacked on Monday.", 0, 26, SAT)


def date_words(kind):
    with (files("geodata") / "data" / "date_words.csv").open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if row["kind"] == kind]


def test_date_words_kinds_are_known():
    with (files("geodata") / "data" / "date_words.csv").open(encoding="utf-8", newline="") as fh:
        kinds = {row["kind"] for row in csv.DictReader(fh)}
    assert kinds == {"month", "weekday", "number", "relative", "cue", "not_date", "telling", "ahead"}


def test_every_month_and_weekday_is_there():
    assert sorted({int(r["arg"]) for r in date_words("month")}) == list(range(1, 13))
    assert sorted(int(r["arg"]) for r in date_words("weekday")) == list(range(7))


@pytest.mark.parametrize("row", date_words("month"), ids=lambda r: r["phrase"])
def test_every_month_word_reads(row):
    sentence = f"Police found 15 bodies on {row['phrase']} 5, 2007."
    got = event_date(sentence, 0, len(sentence), TUE)
    assert got.date == f"2007-{int(row['arg']):02d}-05"


@pytest.mark.parametrize("row", date_words("relative"), ids=lambda r: r["phrase"])
def test_every_relative_phrase_is_found_and_resolves(row):
    sentence = f"Gunmen attacked a checkpoint {row['phrase']}, police said."
    got = event_date(sentence, 0, len(sentence), TUE)
    assert got.text == row["phrase"] and got.date and got.precision in (1, 2, 3)


@pytest.mark.parametrize("row", date_words("cue"), ids=lambda r: r["phrase"])
def test_every_cue_licenses_a_month(row):
    space = "" if row["phrase"].endswith("-") else " "
    sentence = f"Gunmen attacked a checkpoint {row['phrase']}{space}August, police said."
    got = event_date(sentence, 0, len(sentence), TUE)
    assert got.text == f"{row['phrase']}{space}August" and got.precision == 3
    assert got.date.endswith("-08-01")


@pytest.mark.parametrize("row", date_words("not_date"), ids=lambda r: r["phrase"])
def test_every_non_date_is_no_date(row):
    sentence = f"Reporters recalled the {row['phrase']} in Basra."
    assert event_date(sentence, 0, len(sentence), TUE).text == ""


@pytest.mark.parametrize("sentence, expected", [
    # The day something was said gives way to the day of the event.
    ("Gunmen killed 15 civilians in northern Burkina Faso over the weekend, security sources said Monday.",
     ("2024-03-02", "2024-03-03", 2, "over the weekend")),
    ("Two soldiers died in the ambush on Sunday, the army told AFP on Tuesday.",
     ("2024-03-03", "", 1, "Sunday")),
    ("Militants attacked the post in Kunar province on Sunday, the governor told The Associated Press late Tuesday.",
     ("2024-03-03", "", 1, "Sunday")),
    # With no other date, the day of telling still dates the report.
    ("At least nine people were killed, police said Tuesday.", ("2024-03-05", "", 1, "Tuesday")),
    # A day before the verb is the event's own: "said gunmen attacked the village on Monday".
    ("Officials said gunmen attacked the village on Monday.", ("2024-03-04", "", 1, "Monday")),
])
def test_the_day_something_was_said_dates_the_event_last(sentence, expected):
    check(sentence, "2024-03-06", "day", expected)


def test_a_cue_matched_without_case_through_a_long_s_is_read_not_raised():
    # The date patterns match without case: "ſince" (a long s) matches "since", which lower() does not
    # give back. It is read as "since", not a crash on a key.
    text = "Fighting has gone on ſince March 2008, and ſince 2004 in the south."
    assert [(c.start, c.end, c.rule, c.args) for c in find_dates(text)] == \
        [(c.start, c.end, c.rule, c.args) for c in find_dates(text.replace("ſ", "s"))]


def test_a_day_told_without_its_year_takes_the_year_the_article_gave_its_month():
    # "in August 2014" earlier in the article dates "Aug. 7" and "from Aug. 27 to Aug. 29" in 2014, not in
    # the year the report was published.
    text = ("Fighting raged around Shakhtarsk in August 2014, the monitors said. The town was shelled on Aug. 7. "
            "Residents fled from Aug. 27 to Aug. 29.")
    day = text.index("The town")
    got = event_date(text, day, text.index("Residents") - 1, "2018-08-10")
    assert (got.date, got.note) == ("2014-08-07", "'Aug. 7' = 2014-08-07, the year of 'August 2014', told before")
    span = text.index("Residents")
    got = event_date(text, span, len(text), "2018-08-10")
    assert (got.date, got.end) == ("2014-08-27", "2014-08-29")
    # Another month keeps the year of publication.
    text = "Fighting raged in August 2014. The town was shelled on March 3."
    assert event_date(text, text.index("The town"), len(text), "2018-08-10").date == "2018-03-03"


def test_the_day_a_report_was_presented_is_not_the_day_of_its_events():
    sentence = ("At least 36 civilians were killed around Ilovaisk in August 2014, according to a report "
                "presented on Aug. 9.")
    got = event_date(sentence, 0, len(sentence), "2018-08-10")
    assert (got.date, got.end, got.precision) == ("2014-08-01", "2014-08-31", 3)
    assert got.note == "'in August 2014' = 2014-08, stated"


@pytest.mark.parametrize("sentence, expected", [
    # A year or a month inside a clause "since" opens dates a span's start, not the event.
    ("Nine peacekeepers were killed, the worst attack on the mission since it deployed in Mali in 2013.",
     "2016-05-02"),
    ("The toll is the highest since the rebels took the town in March 2014.", "2016-05-02"),
    # ... while "since" right before the date still makes a span.
    ("The fighting has killed 40 people since March 2016.", "2016-03-01"),
])
def test_a_year_inside_a_since_clause_is_no_date_of_the_event(sentence, expected):
    assert event_date(sentence, 0, len(sentence), "2016-05-02").date == expected


@pytest.mark.parametrize("sentence, date", [
    # A date in brackets after a source's name is the day the source published, not the event's.
    ("Police confirmed the story first published in Savana (10 April) that insurgents killed at least 52 people "
     "on 8 April in Xitaxi.", "2020-04-08"),
    ("Cited by Radio Mozambique (21 Apr), a police spokesman said insurgents shot dead 52 youths in Xitaxi.", ""),
    ("The newspaper (Savana 24 April) says the dead were not all young men.", ""),
])
def test_a_date_in_brackets_after_a_source_is_no_date_of_the_event(sentence, date):
    found = event_date(sentence, 0, len(sentence), "2020-04-27")
    assert (found.date if found.text else "") == date


def test_the_precheck_as_a_trie_finds_a_word_where_the_flat_alternation_does():
    # The precheck's words and years as one trie: it finds one of them in a window exactly where the
    # alternation of them all, one by one, does (random text made of the words' pieces, in any case).
    from geodata.events.dates.grammar import date_grammar, precheck_words

    grammar = date_grammar()
    words = precheck_words(grammar.months, grammar.weekdays, grammar.relative)
    flat = re.compile("|".join(sorted(words)) + r"|1[89]\d\d|20\d\d")
    pieces = [w[:k] for w in sorted(words) for k in range(1, len(w) + 1)] + [w.swapcase() for w in words] + [
        " ", ", ", "x", "É", "ŞA"]
    digits = ["1", "18", "19", "20", "2", "0", "7", "99", "8", "1999", "2024", " "]
    rng = random.Random(16)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(rng.choice((pieces, digits, digits))) for _ in range(rng.randint(1, 8)))
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        want = flat.search(text, start, end) is not None
        assert (grammar.precheck.search(text, start, end) is not None) == want, (text, start, end)
        found += want
    assert 2_000 < found < 18_000


def test_the_year_told_before_a_date_is_the_full_scans():
    # _year_told_before scans back for the month's year only where a name of the month stands in reach: its
    # answers must be those of the scan run for every date (random texts of months, years, days and words).
    from dataclasses import replace

    from geodata.events.dates import _YEAR_REACH, _month_year_re, _year_told_before
    from geodata.events.dates.grammar import DateCandidate, date_grammar
    from geodata.text.phrases import plain_text

    def full_scan(text, start, c):
        month = c.args[1]
        last = None
        for m in _month_year_re(plain_text(text)).finditer(text, max(0, start - _YEAR_REACH), start):
            if date_grammar().months.get(m["month"]) == month:
                last = m
        return (c, None) if last is None else (replace(c, args=(int(last["year"]), *c.args[1:])), last.group())

    pieces = ("August", "Aug.", "Aug", "Sept.", "Sept", "September", "Sep", "May", "MAY", "March", "Mar", "2014",
              "2003", "1999", "7,", "19", "in", "on", "killed", "é", "Augusta", "Jun", "June", "July", "\n", ",")
    rng = random.Random(59)
    told = 0
    for _ in range(8000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        month = rng.choice((3, 5, 6, 8, 9))
        rule, args = rng.choice((("date", (None, month, 7)), ("range", (None, month, 7, None, 9))))
        c = DateCandidate(start, start, "7", rule, args, 0)
        expected = full_scan(text, start, c)
        assert _year_told_before(text, start, c) == expected, (text, start, month)
        told += expected[1] is not None
    assert told > 150
