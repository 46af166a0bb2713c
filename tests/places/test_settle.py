import pytest

from geodata.models import Article
from geodata.places.find import tokenize
from geodata.places.gazetteer import load_gazetteer
from geodata.places.settle import capitalised_runs
from geodata.text.sentences import split_sentences


@pytest.mark.parametrize(("text", "runs"), [
    # A sentence's first common word stays out; a capital initial and its stop stay in.
    ("Yesterday Moqtada al-Sadr met George W. Bush in Baghdad.", ["Moqtada al Sadr", "George W Bush", "Baghdad"]),
    ("The New York Times said Abu Musab al-Zarqawi was killed near Baqubah.",
     ["New York Times", "Abu Musab al Zarqawi", "Baqubah"]),
    # A run ends with its sentence.
    ("In Basra, the Iraq Body Count said. Police in Al Kut and as-Samawah were attacked.",
     ["Basra", "Iraq Body Count", "Al Kut", "Samawah"]),
    ("Clashes broke out between the Sudan Liberation Army and RSF fighters in El Fasher.",
     ["Sudan Liberation Army", "RSF", "El Fasher"]),
    # A hyphen joins; a possessive ends the run; a particle joins the words around it.
    ("Officials of the US-UK coalition visited Bint Jbeil on Monday; Ali bin Hussein's aides spoke.",
     ["US UK", "Bint Jbeil", "Monday", "Ali bin Hussein"]),
    # A day's name after a name is when, not more of the name; a day's name may still open one.
    ("A bomb killed 10 people in Ramadi Tuesday near the Herat Friday Mosque.",
     ["Ramadi", "Tuesday", "Herat", "Friday Mosque"]),
])
def test_capitalised_runs(text, runs):
    article = Article.from_text(text)
    tokens = tokenize(article, split_sentences(article))
    found = capitalised_runs(tokens, load_gazetteer())
    assert [" ".join(t.text for t in tokens[r.first:r.last + 1]) for r in found] == runs


@pytest.mark.parametrize("text, places", [
    # A nickname in quotes inside a person's name: neither name is a place (Joaquin and Chapo are towns
    # of Mexico's gazetteer).
    ('The battle followed the capture of its leader Joaquin "Chapo" Guzman in Culiacan.', ["Culiacan"]),
    ("Police said Ali \u201cChemical Ali\u201d Hassan al-Majid was seen in Tikrit.", ["Tikrit"]),
    # A place in quotes between two other words stays one.
    ('Residents said Israeli strikes hit Rafah and "Gaza" was dark.', ["Rafah", "Gaza"]),
])
def test_a_persons_name_with_a_nickname_in_quotes_names_no_place(text, places):
    from geodata.places import extract_mentions

    assert [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())] == places


@pytest.mark.parametrize("text, places", [
    # A name run into a web address is a site, not a place.
    ("Officials confirmed the casualties to Dawn.com on Friday in Mastung.", ["Mastung"]),
    ("The ministry said on www.Kabul.gov that fighting went on in Kandahar.", ["Kandahar"]),
    # A sentence's last word before its stop is no address.
    ("Fighting raged in Mosul. Fighters were seen.", ["Mosul"]),
    # The people of a region are no place, however near a town's name is spelled ("Chechen").
    ("Putin ordered a crackdown on Chechen supporters blamed for the siege in Beslan.", ["Beslan"]),
])
def test_a_web_address_or_a_regions_people_names_no_place(text, places):
    from geodata.places import extract_mentions

    assert [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())] == places


@pytest.mark.parametrize("text, places", [
    # A site of a town named in quotes after the town's possessive is no nicknamed person: the town stays.
    ('A Russian bomb hit Mariupol\'s "Drama" Theatre, killing at least 300 people sheltering inside.',
     ["Mariupol"]),
    ('A suicide bomber struck near Kabul\'s "Green Zone" Gate, killing eight people.', ["Kabul"]),
    # A missing space after a full stop is no web address.
    ("Two suicide bombers killed 18 people in Kabul.News agencies said the group claimed the attack.", ["Kabul"]),
])
def test_a_towns_quoted_site_or_a_missing_space_keeps_the_town(text, places):
    from geodata.places import extract_mentions

    assert [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())] == places


def test_a_first_name_after_a_title_stays_a_persons_name():
    from geodata.places import extract_mentions

    text = ('General Aden Mohamed Dheere said troops killed 12 militants near Baidoa. "The enemy fled," said Aden '
            "after the battle.")
    assert [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())] == ["Baidoa"]


@pytest.mark.parametrize("text, town", [
    # A town right after a post's title and before a rank names the post's town, then the man: it stays a place
    # elsewhere in the story.
    ("A missile struck a mosque in Bahawalpur, killing 13 people. Corps Commander Bahawalpur Lt Gen Aqeel visited "
     "the injured.", "Bahawalpur"),
    ("Shelling killed four people in Kandahar. Police Chief Kandahar Brig Abdul Raziq said the dead were farmers.",
     "Kandahar"),
])
def test_a_town_between_a_title_and_a_rank_is_no_first_name(text, town):
    from geodata.places import extract_mentions

    assert town in [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())]


def test_the_last_word_of_a_longer_places_name_is_no_persons_name():
    from geodata.places import extract_mentions

    text = ("Workers were killed by Free West Papua armed groups on Sunday.\n\n"
            "Police said the attack took place in Nduga Regency, Papua.")
    assert "Papua" in [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())]


def test_an_armed_groups_name_is_no_place():
    from geodata.places import extract_mentions

    text = ("Al-Shabab fighters attacked an African Union base in Lower Shabelle, killing 54 Ugandan soldiers, "
            "Uganda's president said.")
    assert "Al-Shabab" not in [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())]


def _runs_word_by_word(tokens, gazetteer):
    """capitalised_runs as first written: one Python step for every word of the article."""
    from geodata.places.settle import _JOIN_GAPS, _particle
    from geodata.places.words import FUNCTION_WORDS

    runs, start, common = [], None, gazetteer.common_words
    for i, tok in enumerate(tokens):
        inside = tok.capitalised and tok.text.lower() not in FUNCTION_WORDS \
            and not (tok.initial and tok.key in common)
        if start is None:
            if inside:
                start = i
            continue
        joined_gap = tok.gap in _JOIN_GAPS
        if not inside and joined_gap and i + 1 < len(tokens) and tokens[i + 1].capitalised:
            inside = _particle(tok.text.lower(), tokens[i + 1])
        prev = tokens[i - 1]
        if inside and prev.sentence == tok.sentence and not prev.possessive \
                and (joined_gap or (len(prev.text) == 1 and prev.text.isupper() and tok.gap == ". ")):
            continue
        runs.append((start, i - 1))
        start = i if inside else None
    if start is not None:
        runs.append((start, len(tokens) - 1))
    return runs


_RUN_PIECES = ("Baghdad", "al", "Al", "bin", "as", "of", "the", "The", "Yesterday", "in", "W", "Bush's", "US",
               "killed", "province", "Sadr", "el", "Abu", "May", "an")
_RUN_GAPS = (" ", " ", " ", "-", ", ", ". ", " (", "; ", "\n\n", " - ")


def test_capitalised_runs_are_the_word_by_word_runs():
    """The runs found by visiting only the words that may open one are those of the plain loop over
    every word (random texts of names, particles, initials, possessives and sentence breaks)."""
    import random

    rng = random.Random(11)
    gazetteer = load_gazetteer()
    runs_seen = 0
    for _ in range(2_000):
        text = "".join(rng.choice(_RUN_PIECES) + rng.choice(_RUN_GAPS) for _ in range(rng.randint(1, 25)))
        article = Article.from_text(text)
        tokens = tokenize(article, split_sentences(article))
        found = [(r.first, r.last) for r in capitalised_runs(tokens, gazetteer)]
        assert found == _runs_word_by_word(tokens, gazetteer), text
        runs_seen += len(found)
    assert runs_seen > 1_000


@pytest.mark.parametrize(("text", "place"), [
    # Wire copy writes the day right after the town: the town is still named.
    ("A roadside bomb killed 10 people in Ramadi Tuesday, police said.", "Ramadi"),
    ("Gunmen killed seven Marines in Patikul town in Sulu Saturday morning.", "Sulu"),
    ("Militants massacred civilians in the kibbutz of Kfar Aza Tuesday, the army said.", "Kfar Aza"),
])
def test_a_town_before_a_days_name_is_named(text, place):
    from geodata.places import extract_mentions

    assert place in [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())]


@pytest.mark.parametrize("text, places", [
    # A country at the end of an armed group's name names no place.
    ("The Jamaatul Ahrar, a faction of the Tehreek-e-Taliban Pakistan (TTP), claimed the bombing in Peshawar.",
     ["Peshawar"]),
    # A country that opens the name says whose forces they are, and stays.
    ("US troops and Afghan forces attacked Taliban positions in Kunduz.", ["US", "Kunduz"]),
])
def test_a_place_inside_an_armed_groups_name_after_its_first_word_is_no_place(text, places):
    from geodata.places import extract_mentions

    assert [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())] == places


def test_the_look_for_an_opening_quote_finds_what_the_pattern_found():
    # _opens_quote finds the marks by str.find where sre scanned for them: it must answer as the pattern did
    # (random texts of marks, capitals, small letters and white space of every kind, the marks at either end).
    import random
    import re

    from geodata.places.settle import _opens_quote

    pattern = re.compile(r"[\"“‘'](?<=\s.)[A-Z]")
    pieces = ('"', "“", "”", "‘", "’", "'", "`", " ", "\n", "\t", "\u2003", "\u00a0", "\x1c", "\u200b", "A", "Z", "a",
              "É", "Chapo", "x", "1", "[", "@")
    rng = random.Random(41)
    hits = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = pattern.search(text) is not None
        assert _opens_quote(text) == expected, text
        hits += expected
    assert hits > 300
