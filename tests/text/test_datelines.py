"""Datelines (geodata.text.datelines): where a report was filed, at the head of its text."""

import random

import pytest

from geodata.text import datelines
from geodata.text.datelines import is_dateline


def _at(text: str, name: str) -> bool:
    start = text.index(name)
    return is_dateline(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("BAGHDAD (Reuters) - Gunmen killed four people.", "BAGHDAD"),
    ("MOSUL, Iraq, Feb 8 (AFP) - A bomb exploded.", "MOSUL"),
    ("QUETTA/KARACHI - Gunmen attacked a bus.", "KARACHI"),
    ("TRIPOLI, Lebanon (Reuters) - Troops shelled a camp.", "Lebanon"),
    ("Qamishli (Syria) (AFP) - Coalition jets pounded Raqa.", "Qamishli"),
    ("Deir Ezzor Province – The Observatory said two were killed.", "Deir Ezzor Province"),
    ("AMMAN A Syrian army bombardment killed ten people.", "AMMAN"),
    ("Shelling hit Kharkiv.\n\nKYIV (Reuters) - More shelling.", "KYIV"),
    # A name in ordinary case, then a date, then the colon or dash.
    ("Colombo, Nov 9: Troops killed eight rebels in the north.", "Colombo"),
    ("Kabul, June 4 (Reuters) - Gunmen attacked a checkpoint.", "Kabul"),
    # An agency's name in brackets ends it, with no mark after.
    ("Srinagar, May 27 (IANS) At least six militants were killed.", "Srinagar"),
    # ... and so does an agency's name between bars, after a country of two capitals' initials and a name.
    ("Kananga, DR Congo | AFP | Seventeen militiamen were killed in an army ambush.", "Kananga"),
    ("Peshawar (AFP) Gunmen shot dead two policemen.", "Peshawar"),
    # ... and so does a date, with no mark after it.
    ("Khartoum, Oct 7 At least seven people were killed in an artillery strike in El Fasher.", "Khartoum"),
    # The town in capitals, its country with no comma between.
    ("GAROWE Somalia (Reuters) - Militants stormed a base.", "GAROWE"),
    ("GAROWE Somalia (Reuters) - Militants stormed a base.", "Somalia"),
    # The bracketed town after a date, with or without its country.
    ("March 3, 2016 (MALAKAL) – Fighting broke out at the camp.", "MALAKAL"),
    ("June 2, 2008 (ABYEI, Sudan) — Troops clashed in the town.", "ABYEI"),
    ("June 2, 2008 (ABYEI, Sudan) — Troops clashed in the town.", "Sudan"),
    # A scraped page that lost the line break after the country.
    ("Nairobi, KenyaAt least 600 civilians were killed in northern Ethiopia.", "Nairobi"),
    # The dash typed as two hyphens.
    ("KHARTOUM -- Gunmen killed four people.", "KHARTOUM"),
    ("Mogadishu (AP) -- A bomb went off.", "Mogadishu"),
    # Old AP copy types its dash as an underscore.
    ("Kandahar (AP) _ A roadside bomb killed three soldiers.", "Kandahar"),
    ("Jalalabad, Afghanistan, March 4 (AP) _ Gunmen fired on a convoy.", "Jalalabad"),
    # A name in ordinary case, then its country.
    ("Mosul, Iraq (Reuters) - Gunmen killed four policemen.", "Mosul"),
    ("Beni, Congo - Rebels attacked a village overnight.", "Beni"),
])
def test_datelines(text, name):
    assert _at(text, name)


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed four people in Baghdad - police said.", "Baghdad"),
    ("Kabul is calm. Gunmen attacked a post in Kandahar.", "Kabul"),
    ("Militants attacked Kandahar (the city) on Monday.", "Kandahar"),
    ("US forces shelled the town.", "US"),
    ("Kabul, Herat and Kandahar were hit: twelve people died.", "Kabul"),
    ("Kabul, KandaharAirport was shut.", "Kabul"),
    # (a town and a day opening a sentence, not a line)
    ("Shelling went on. Kherson, May 5 Some residents fled.", "Kherson"),
    ("Kherson, Mykolaiv and Odesa were shelled on May 5.", "Kherson"),
    # Capitals in brackets mid-sentence, or with no dash after, open no report.
    ("Troops shelled the town (MALAKAL) on Monday.", "MALAKAL"),
    ("Police said the BENTIU attack (BENTIU) killed six.", "BENTIU"),
    ("Kabul (the capital) Gunmen attacked.", "Kabul"),
    ("Gunmen attacked Kandahar (AFP) Police said.", "Kandahar"),
    # (a list of towns opening a line, not a town and its country)
    ("Kirkuk, Mosul and Tikrit - three cities where gunmen struck.", "Kirkuk"),
    ("Beni, Butembo - the two towns were hit.", "Beni"),
    ("Troops shelled Beni, Congo (the town) on Monday.", "Beni"),
])
def test_not_datelines(text, name):
    assert not _at(text, name)


def _read_afresh(text: str, start: int, end: int) -> bool:
    """is_dateline with no answer kept from an earlier question (the memory emptied first)."""
    datelines.ANSWERS.forget()
    return is_dateline(text, start, end)


_PIECES = ("BAGHDAD", "Baghdad", "KABUL", "Kabul", "Iraq", "Lebanon", "Nairobi", "Kenya", ", ", " (Reuters) - ",
           " (AFP) ", " - ", " -- ", " — ", ": ", "\n", "\n\n", " ", " ", "gunmen killed", "At least", "said",
           "(MALAKAL)", "March 3, 2016 ", "Nov 9", "/", "the town")


def test_the_answers_kept_for_a_text_are_those_read_afresh():
    # Names asked of several texts in turn, some more than once: each answer is the one read afresh, the
    # memory of the text last asked replaced when another is asked of.
    rng = random.Random(19)
    asks = []
    for _ in range(400):
        pieces = [rng.choice(_PIECES) for _ in range(rng.randint(1, 16))]
        text, spans, at = "".join(pieces), [], 0
        for k, piece in enumerate(pieces):  # the names' spans, some with the piece after them, and a few others
            if piece[:1].isupper() and piece.isalpha() or rng.random() < 0.1:
                spans.append((at, at + len(piece)))
                if k + 1 < len(pieces) and rng.random() < 0.5:
                    spans.append((at, at + len(piece) + len(pieces[k + 1])))
            at += len(piece)
        asks += [(text, *span) for span in spans]
    want = [_read_afresh(*ask) for ask in asks]
    datelines.ANSWERS.forget()
    for _ in range(3):
        order = list(range(len(asks)))
        rng.shuffle(order)
        for k in order[: len(order) // 2] + sorted(order[len(order) // 2:]):
            assert is_dateline(*asks[k]) == want[k], asks[k]
    assert 50 < sum(want) < len(want) - 50


@pytest.mark.parametrize("text, name", [
    # A dash typed three times, or a long dash with no space after, opens the report too.
    ("GARISSA--- At least 12 people were killed in an attack on a bus.", "GARISSA"),
    ("GARISSA—Gunmen attacked a bus on Monday, killing 12.", "GARISSA"),
    # (a guard) a spaced long dash, as before
    ("Garissa — Gunmen attacked a bus on Monday.", "Garissa"),
])
def test_datelines_with_a_tripled_or_unspaced_dash(text, name):
    assert _at(text, name)
