"""Datelines (geodata.text.datelines): where a report was filed, at the head of its text."""

import pytest

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
    ("Peshawar (AFP) Gunmen shot dead two policemen.", "Peshawar"),
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
    # Capitals in brackets mid-sentence, or with no dash after, open no report.
    ("Troops shelled the town (MALAKAL) on Monday.", "MALAKAL"),
    ("Police said the BENTIU attack (BENTIU) killed six.", "BENTIU"),
    ("Kabul (the capital) Gunmen attacked.", "Kabul"),
    ("Gunmen attacked Kandahar (AFP) Police said.", "Kandahar"),
])
def test_not_datelines(text, name):
    assert not _at(text, name)
