"""Dating a report's sentence: publication dates at the calendar's ends never raise (M1)."""

import datetime as dt

import pytest

from geodata.events import when as when_module
from geodata.events.when import sentence_when
from geodata.models import Article
from geodata.pipeline import extract_records
from geodata.text.sentences import split_sentences

SENTENCES = [
    "Fighting in Basra killed 12 people.",  # no date: a week before publication
    "Fighting in Basra killed 3 people yesterday.",
    "The clashes had killed 130 people by yesterday.",
    "Gunmen attacked Kut on Thursday and Friday.",
    "The number killed since the offensive began last Tuesday rose to 40.",
]
EXTREMES = ["9999-12-31", "9999-12", "9999", "0001-01-01", "0001", "1799-12-31", "2201-01-01"]


def whens(published: str, date_precision: str = ""):
    text = "Basra clashes\n\n" + " ".join(SENTENCES) + "\n"
    art = Article.from_text(text, published=published, date_precision=date_precision)
    return [sentence_when(text, s, art) for s in split_sentences(art)]


@pytest.mark.parametrize("published", EXTREMES)
def test_publication_date_out_of_range_counts_as_unknown(published):
    found = whens(published)
    assert len(found) == 1 + len(SENTENCES)
    for when in found:
        assert (when.lo, when.hi, when.first, when.last, when.dated) == (None, None, None, None, False)
        assert when.note.startswith(f"publication date {published} not used (outside the years 1800 to 2200); ")


def test_publication_dates_in_range_are_used():
    found = whens("2008-03-29")  # a Saturday
    assert [(w.lo, w.first) for w in found[1:3]] == [
        (dt.date(2008, 3, 29), dt.date(2008, 3, 23)), (dt.date(2008, 3, 28), dt.date(2008, 3, 28))]
    assert all("not used" not in w.note for w in found)
    assert whens("1800-01-01")[1].first == dt.date(1799, 12, 26)  # a week before, although before 1800


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_article_built_in_code_with_such_a_date_is_extracted(published):
    """The whole run once ended in OverflowError: ``lo - 6 days`` here, ``last + 6 days`` in the records."""
    text = ("Basra clashes\n\nFighting in Basra killed 12 people on Monday. "
            "Fighting in Basra killed 3 more people yesterday. Fighting in Basra wounded 20 people.\n")
    _, events = extract_records([Article.from_text(text, published=published, date_precision="day")])
    assert events
    assert {e.event_date for e in events} == {""}
    assert all(f"publication date {published} not used" in e.notes for e in events)


def test_day_arithmetic_stops_at_the_calendar_ends():
    assert when_module._shift(dt.date.min, -6) == dt.date.min
    assert when_module._shift(dt.date.max, 6) == dt.date.max
    assert when_module._shift(dt.date(2008, 3, 29), -6) == dt.date(2008, 3, 23)


@pytest.mark.parametrize("text, published, precision, spans", [
    ("Between 3 and 21 March, gunmen attacked villages.", "2022-04-01", "day", True),
    ("Fighting raged in the town in September.", "2021-11-02", "day", True),
    ("Fighting raged in the town on Thursday and Friday.", "2021-11-02", "day", True),
    ("Fighting raged in the town on Thursday.", "2021-11-02", "day", False),
    # The span is only the publication's: "yesterday" in an article dated to the month.
    ("Fighting raged in the town yesterday.", "2021-11", "month", False),
])
def test_a_sentence_says_whether_its_words_give_a_span_of_days(text, published, precision, spans):
    art = Article.from_text(text, published=published, date_precision=precision)
    [s] = [s for s in split_sentences(art) if "raged" in art.text[s.start:s.end] or "March" in art.text[s.start:s.end]]
    text = art.text
    when = sentence_when(text, s, art)
    assert when.dated and when.spans is spans


@pytest.mark.parametrize("sentence, dated", [
    # When a war began is no date of the event the sentence tells.
    ("A bomb killed 36 people on a bus in one of the bloodiest attacks since the revolt began nine years ago.",
     False),
    # An offensive's beginning a few days before is the span its toll covers.
    ("The number killed since the offensive began last Tuesday rose to 40.", True),
])
def test_the_day_a_war_began_dates_no_event(sentence, dated):
    text = f"Nepal bombing\n\n{sentence}\n"
    art = Article.from_text(text, published="2005-06-06")
    [_, s] = split_sentences(art)
    assert sentence_when(text, s, art).dated is dated


@pytest.mark.parametrize("text, dated", [
    # A dateline's date is the day the report was filed: its events may be of the days before.
    ("Grozny, Russia; 12 March 2006 (RFE/RL) -- At least 30 people were reported killed in an attack on the "
     "town's police.", False),
    ("KABUL, June 4 (Reuters) - At least 30 people were killed in an attack on a police post.", False),
    ("September 18, 2017 (BENTIU) - At least 30 people were killed in an attack on a police post.", False),
    # The same date in the report's own words dates its event.
    ("At least 30 people were killed on 12 March 2006 in an attack on a police post.", True),
    ("Police said on June 4 - the day of the attack - that 30 people were killed.", True),
])
def test_a_datelines_date_does_not_date_the_lead(text, dated):
    art = Article.from_text(text, published="2006-06-30")
    [s] = split_sentences(art)
    when = sentence_when(art.text, s, art)
    assert when.lo is not None and when.dated is dated


def test_the_leads_own_date_is_read_after_the_datelines():
    art = Article.from_text("KABUL, June 4 (Reuters) - A bomb killed five people in Kabul on Monday.",
                            published="2009-06-04")
    [s] = split_sentences(art)
    when = sentence_when(art.text, s, art)
    assert when.dated and when.lo == when.hi == dt.date(2009, 6, 1)


@pytest.mark.parametrize("text, expected", [
    # The date of the event a sentence likens its own to is not its own.
    ("Like a similar explosion last month at a pet market, the blast at the square came on a busy day.", None),
    ("Unlike the attack on Monday, the bombing on Wednesday struck a crowded market.", dt.date(2009, 6, 3)),
    # (a guard: a sentence that likens nothing keeps its date)
    ("The explosion last month at a pet market came on a busy day.", dt.date(2009, 5, 1)),
])
def test_the_date_of_an_event_a_sentence_likens_its_own_to_dates_nothing(text, expected):
    art = Article.from_text(text, published="2009-06-04")
    [s] = split_sentences(art)
    when = sentence_when(art.text, s, art)
    assert (when.lo if when.dated else None) == expected


def test_the_looks_before_by_and_since_find_what_their_patterns_find():
    # _by_before and _since_before look at the words before a date before their patterns, which are tried at
    # each character: each must answer as its pattern does (random words, in any case and spacing, with the
    # characters sre reads as "s" and "i" free of case and one whose lower case is two characters).
    import random

    from geodata.events.when import _BY_BEFORE_RE, _SINCE_BEFORE_RE, _by_before, _since_before

    pieces = ("by", "BY", "By", "since", "SINCE", "Since", "ſince", "sınce", "the", "killed", "x", "nearby", "b",
              "y", ",", ".", ";", "İ", "rinse")
    spaces = (" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "")
    rng = random.Random(23)
    found = {"by": 0, "since": 0}
    for _ in range(20_000):
        before = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randrange(0, 7)))
        by = _BY_BEFORE_RE.search(before) is not None
        since = _SINCE_BEFORE_RE.search(before) is not None
        assert _by_before(before) == by, before
        assert _since_before(before) == since, before
        found["by"] += by
        found["since"] += since
    assert min(found.values()) > 500


@pytest.mark.parametrize("second, day", [
    ("A day earlier, a strike killed five people in Rafah.", dt.date(2024, 5, 5)),
    ("The following day, a drone killed five people in Rafah.", dt.date(2024, 5, 7)),
    ("Two days later, a strike killed five people in Rafah.", dt.date(2024, 5, 8)),
    ("The day before, a strike killed five people in Rafah.", dt.date(2024, 5, 5)),
    ("A week earlier, a strike killed five people in Rafah.", dt.date(2024, 4, 29)),
    ("Hours later, a strike killed five people in Rafah.", dt.date(2024, 5, 6)),
])
def test_a_day_or_two_from_the_event_told_before_dates_a_sentence_with_no_date(second, day):
    text = "Israeli strikes killed three people in Khan Younis on Monday, medics said. " + second
    found = extract_records([Article.from_text(text, published="2024-05-09")])[1]
    assert [(e.location_text, e.event_date) for e in found] == [("Khan Younis", "2024-05-06"),
                                                                ("Rafah", day.isoformat())]


@pytest.mark.parametrize("sentence, spans", [
    ("Gunmen carried out several attacks in Daraa province last week, killing six people.", True),
    ("Gunmen carried out several attacks in Daraa province last month, killing six people.", True),
    # (the month a publication is known to is no span the words give)
    ("Gunmen killed six people in Daraa province yesterday.", False),
])
def test_a_span_the_words_give_stays_a_span_when_the_publication_day_is_unknown(sentence, spans):
    text = "Daraa attacks\n\n" + sentence + "\n"
    art = Article.from_text(text, published="2023-01")
    when = [sentence_when(text, s, art) for s in split_sentences(art)][-1]
    assert when.spans is spans


def test_several_attacks_last_week_are_an_operations_toll_whatever_the_publication_day():
    text = ("Daraa attacks\n\nSyria's southern governorate of Daraa witnessed several attacks by gunmen which "
            "claimed the lives of six people last week.\n")
    events = extract_records([Article.from_text(text, published="2023-01")])[1]
    assert [(e.scope, e.killed_low) for e in events if e.killed_low] == [("operation", 6)]


@pytest.mark.parametrize("published", ["2005-06", "2005-06-30"])
def test_a_toll_since_a_day_is_a_running_total_whatever_the_publication_day(published):
    # A publication known only to the month ends with it: "since ... April 28" in a June report is a span.
    text = ("Iraq round-up\n\nA bomb killed two people in Balad on Friday.\n\nSince a new government was named on "
            "April 28, more than 800 Iraqis have been killed.\n")
    events = extract_records([Article.from_text(text, published=published)])[1]
    assert [(e.scope, e.killed_low) for e in events if e.killed_low] == [("local", 2), ("cumulative", 800)]


@pytest.mark.parametrize("sentence, lo, hi", [
    # Killed overnight, told a day after a speaker's verb: the night before that day, and that day.
    ("Seven soldiers were killed during clashes in Kunduz overnight, a local official said Friday.",
     "2018-11-01", "2018-11-02"),
    ("Militants stormed a checkpoint overnight, killing four policemen, officials told reporters on Friday.",
     "2018-11-01", "2018-11-02"),
    # (a guard: a day told with no night before it is that day)
    ("Seven soldiers were killed during clashes in Kunduz, a local official said Friday.", "2018-11-02", "2018-11-02"),
    # (nor a night of something else than the act: "an overnight ceasefire", "arrived overnight")
    ("Despite an overnight ceasefire, seven soldiers were killed in Kunduz, a local official said Friday.",
     "2018-11-02", "2018-11-02"),
])
def test_a_night_before_the_day_a_toll_was_told_spans_both_days(sentence, lo, hi):
    text = f"Afghan clashes\n\n{sentence}\n"
    art = Article.from_text(text, published="2018-11-02")
    [_, s] = split_sentences(art)
    when = sentence_when(text, s, art)
    assert (when.lo.isoformat(), when.hi.isoformat()) == (lo, hi)
