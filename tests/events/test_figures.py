"""Casualty figures in single sentences: the seeds, wire copy, number styles, and numbers that are not casualties.

Each row: a sentence and the figures expected in it, in text order, as
(kind, low, high, qualifier, place_text, scope).
"""

import csv
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

import geodata.events.figures as figures_module
import geodata.events.figures.rules as figures_rules
from geodata.io.corpus import read_article
from geodata.events.figures import KINDS, QUALIFIERS, SCOPES, Figure, find_figures
from geodata.text.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
K, W = "killed", "wounded"


def checked(text: str, start: int = 0, end: int | None = None) -> tuple[Figure, ...]:
    """find_figures, with the invariants every result must keep."""
    found = find_figures(text, start, end)
    stop = len(text) if end is None else end
    for f in found:
        assert start <= f.start < f.end <= stop
        assert text[f.start:f.end] == text[f.start:f.end].strip() != ""
        assert f.kind in KINDS and f.qualifier in QUALIFIERS and f.scope in SCOPES
        if f.place_text:
            assert text[f.place_start:f.place_end] == f.place_text
            assert f.end <= f.place_start or f.place_end <= f.start
        else:
            assert (f.place_start, f.place_end) == (-1, -1)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start, "figures overlap or are out of order"
    return found


def figures(text: str) -> list[tuple]:
    return [(f.kind, f.low, f.high, f.qualifier, f.place_text, f.scope) for f in checked(text)]


SEED_SENTENCES = [
    ("The US-supported Iraqi Army’s attack on Basra had killed at least 130 people and wounded "
     "another 350 by yesterday.",
     [(K, 130, None, "at least", "", "local"), (W, 350, 350, "exact", "", "local")]),
    ("After Maliki’s attack on Basra, the Mahdi Army stepped up its operations in Sadr City, Hilla, "
     "Kut and Nasariyah, with US sources saying that fighting had left 44 people dead in Kut, 30 in "
     "Sadr City and eight in Babel.",
     [(K, 44, 44, "exact", "Kut", "local"), (K, 30, 30, "exact", "Sadr City", "local"),
      (K, 8, 8, "exact", "Babel", "local")]),
    ("Official tallies put the number killed since the US-backed government of Nouri al-Maliki "
     "launched its abortive military offensive last Tuesday at close to 500, though the real death "
     "toll may well be considerably higher.",
     [(K, 500, 500, "approximately", "", "operation")]),
    ("At least 1,200 people are known to have been wounded.",
     [(W, 1200, None, "at least", "", "local")]),
    ("On Wednesday up to 60 people were killed in an air strike on a district south of the capital.",
     [(K, None, 60, "up to", "", "local")]),
]

NUMBER_STYLES = [
    # Whose side the dead were on, between the number and its cue.
    ("The clashes left 18 people from his side dead.", [(K, 18, 18, "exact", "", "local")]),
    ("The fighting killed 30 fighters on both sides.", [(K, 30, 30, "exact", "", "local")]),
    # Victims named by what they were: staff and patients of a hospital, with an aside before the verb.
    ("Twelve staff members and ten patients, including three children, were killed in the bombing.",
     [(K, 12, 12, "exact", "", "local"), (K, 10, 10, "exact", "", "local")]),
    # Whichever hyphen joins a number in words or a range: a word processor's U+2010, a non-breaking U+2011.
    ("Twenty\u2010one people were wounded in the shelling.", [(W, 21, 21, "exact", "", "local")]),
    ("Thirty\u2011two soldiers were killed.", [(K, 32, 32, "exact", "", "local")]),
    ("The raid killed 10\u201015 fighters.", [(K, 10, 15, "range", "", "local")]),
    ("A US air strike killed two dozen militants near Kandahar, NATO said.",
     [(K, 24, 24, "exact", "Kandahar", "local")]),
    ("The bombing in Mosul killed a dozen people.", [(K, 12, 12, "exact", "", "local")]),
    ("More than a dozen people were killed.", [(K, 12, None, "more than", "", "local")]),
    # Half a multiple is half of it; an age between the number and its noun qualifies the noun.
    ("Half a dozen villagers were killed in the raid.", [(K, 6, 6, "exact", "", "local")]),
    ("Gunmen shot dead a half-dozen farmers.", [(K, 6, 6, "exact", "", "local")]),
    ("Two 16-year-old boys were killed by a mine.", [(K, 2, 2, "exact", "", "local")]),
    ("The shelling killed three 20-year-old conscripts.", [(K, 3, 3, "exact", "", "local")]),
    # A unit "of" a country is in the unit, no nationwide toll; a town's quarter after "of" is the place.
    ("Seven people were killed in the Mopti region of Mali on Sunday.", [(K, 7, 7, "exact", "Mopti", "local")]),
    ("Nine died in the Afar region of Ethiopia.", [(K, 9, 9, "exact", "Afar", "local")]),
    ("Six were killed in the Helmand province of Afghanistan.", [(K, 6, 6, "exact", "Helmand", "local")]),
    ("Four were killed in the Mosul district of Zanjili.", [(K, 4, 4, "exact", "Zanjili", "local")]),
    # A list of tolls by place goes on past the province of an item.
    ("An air strike killed 7 in Nyala, South Darfur, and 4 in Zalingei.",
     [(K, 7, 7, "exact", "Nyala", "local"), (K, 4, 4, "exact", "Zalingei", "local")]),
    # The place an attack hit is the toll's: "died in strikes on Rafah".
    ("Officials said 30 civilians died in strikes on Jabalia.", [(K, 30, 30, "exact", "Jabalia", "local")]),
    ("Two people were killed in Russian shelling of Nikopol.", [(K, 2, 2, "exact", "Nikopol", "local")]),
    # A relative after one victim, an age before the noun: two dead.
    ("A 31-year-old woman and her 3-year-old daughter were killed by a missile.",
     [(K, 1, 1, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    # A breakdown by place with the site before each town.
    ("Air strikes killed at least 20 people across the Strip on Friday, including 12 in a house in Beit Lahia "
     "and eight in Nuseirat, medics said.",
     [(K, 12, 12, "exact", "Beit Lahia", "local"), (K, 8, 8, "exact", "Nuseirat", "local")]),
    # A list item may name its site before its town too.
    ("Strikes killed 12 in a house in Beit Lahia and 8 in a school in Nuseirat, medics said.",
     [(K, 12, 12, "exact", "Beit Lahia", "local"), (K, 8, 8, "exact", "Nuseirat", "local")]),
    # An elided item after an upper bound is a count of its own.
    ("As many as 12 people were killed in Mandera and four in Wajir.",
     [(K, None, 12, "up to", "Mandera", "local"), (K, 4, 4, "exact", "Wajir", "local")]),
    # "-plus" is more than the number.
    ("The raids left 1,500-plus villagers dead.", [(K, 1500, None, "more than", "", "local")]),
    # A running total is no other estimate.
    ("Four more bodies were pulled from the rubble in Antakya, bringing the toll from the strike to 15.",
     [(K, 4, 4, "exact", "", "local"), (K, 15, 15, "exact", "", "local")]),
    # "-odd" is a few more than the number; "perished" is died.
    ("Twenty-odd villagers were killed in the raid.", [(K, 20, None, "more than", "", "local")]),
    ("The strike killed 30-odd fighters.", [(K, 30, None, "more than", "", "local")]),
    ("At least 14 passengers perished when the bus was hit.", [(K, 14, None, "at least", "", "local")]),
    ("Forty-four bodies were found in Baghdad on Wednesday.", [(K, 44, 44, "exact", "Baghdad", "local")]),
    ("Twenty Afghan policemen were killed in an ambush in Helmand.",
     [(K, 20, 20, "exact", "Helmand", "local")]),
    ("Gunmen killed nine policemen in Mosul and wounded four others, officials said.",
     [(K, 9, 9, "exact", "Mosul", "local"), (W, 4, 4, "exact", "", "local")]),
    ("Twelve people were killed in Ramadi when a roadside bomb struck a minibus.",
     [(K, 12, 12, "exact", "Ramadi", "local")]),
    ("Around three hundred people were injured in the stampede.",
     [(W, 300, 300, "approximately", "", "local")]),
    ("A hundred people died in Mosul.", [(K, 100, 100, "exact", "Mosul", "local")]),
    ("The army said it killed 1,200 militants in Fallujah.", [(K, 1200, 1200, "exact", "Fallujah", "local")]),
    # Thousands set apart by a space (a plain, a no-break or a thin one), as French and some wire styles write them.
    ("The army said it killed 1 200 militants in Fallujah.", [(K, 1200, 1200, "exact", "Fallujah", "local")]),
    ("Fighting left 12\u00a0300 dead in Fallujah.", [(K, 12300, 12300, "exact", "Fallujah", "local")]),
    # Killings told by how they were done.
    ("A mob burned alive at least two men accused of being rebel spies.", [(K, 2, None, "at least", "", "local")]),
    ("Two men were burned alive by a mob in Freetown.", [(K, 2, 2, "exact", "Freetown", "local")]),
    ("Three women were stoned to death in Kismayo.", [(K, 3, 3, "exact", "Kismayo", "local")]),
    # (not "mowed down", which a car does to the hurt as well, nor "buried alive", of survivors too)
    ("A driver mowed down 15 pedestrians at a market, killing 5.", [(K, 5, 5, "exact", "", "local")]),
    ("Ten people were buried alive in the rubble but 8 were rescued.", []),
    # A group joined to the list before the cue.
    ("Two gunmen along with 12 hostages died in the attack.",
     [(K, 2, 2, "exact", "", "local"), (K, 12, 12, "exact", "", "local")]),
    # Thousands set apart by full stops, as much of Europe writes them (and translations from its languages); a full
    # stop before a multiple, or before fewer than three digits, is a decimal point.
    ("At least 1.200 people have been killed in Tigray since November.",
     [(K, 1200, None, "at least", "Tigray", "cumulative")]),
    ("Shelling killed 2.350 civilians in Mariupol.", [(K, 2350, 2350, "exact", "Mariupol", "local")]),
    ("Between 1.200 and 1.500 fighters were killed in Bakhmut.", [(K, 1200, 1500, "range", "Bakhmut", "local")]),
    ("About 1.200.000 people have fled and 1.100 were killed in Tigray.",
     [(K, 1100, 1100, "exact", "Tigray", "local")]),
    ("The war has killed 1.200.000 people.", [(K, 1200000, 1200000, "exact", "", "cumulative")]),
    ("The war has killed 1.200.000, officials said.", [(K, 1200000, 1200000, "exact", "", "cumulative")]),
    ("The war has killed 1.2 million people.", [(K, 1200000, 1200000, "exact", "", "cumulative")]),
    ("The army said it killed 1\u202f200 militants and wounded 2 500 in Fallujah.",
     [(K, 1200, 1200, "exact", "", "local"), (W, 2500, 2500, "exact", "Fallujah", "local")]),
    # (a guard: a day's number and a count after it stay apart)
    ("Gunmen killed 12 people in Fallujah on 5 May, 300 others fled.", [(K, 12, 12, "exact", "Fallujah", "local")]),
    ("Clashes in Mogadishu left scores dead, witnesses said.", [(K, None, None, "vague", "", "local")]),
    ("The bomb killed one person and wounded nine.",
     [(K, 1, 1, "exact", "", "local"), (W, 9, 9, "exact", "", "local")]),
]

QUALIFIER_ROWS = [
    ("As many as 60 people may have been killed, a police official said.",
     [(K, None, 60, "up to", "", "local")]),
    ("Nearly 40 people were killed in Baghdad on Monday.", [(K, 40, 40, "approximately", "Baghdad", "local")]),
    ("Some 20 Iraqi soldiers were wounded.", [(W, 20, 20, "approximately", "", "local")]),
    ("Roughly 300 people were hurt in Tal Afar.", [(W, 300, 300, "approximately", "Tal Afar", "local")]),
    ("About 30 people died and almost 90 were injured in Baqubah.",
     [(K, 30, 30, "approximately", "", "local"), (W, 90, 90, "approximately", "Baqubah", "local")]),
    ("Approximately 70 civilians were killed in Kandahar.",
     [(K, 70, 70, "approximately", "Kandahar", "local")]),
    # "more than" and "over" keep the stated bound: low 50, not 51.
    ("More than 50 people were killed and about 100 wounded in a double bombing in Fallujah.",
     [(K, 50, None, "more than", "", "local"), (W, 100, 100, "approximately", "Fallujah", "local")]),
    ("Over 50 civilians died in Kandahar province last week.", [(K, 50, None, "more than", "Kandahar", "local")]),
    # Vague amounts: no number is invented.
    ("Dozens of people were killed and hundreds wounded in clashes in Sadr City.",
     [(K, None, None, "vague", "", "local"), (W, None, None, "vague", "", "local")]),
    ("Scores of civilians were wounded in the shelling of Mogadishu.",
     [(W, None, None, "vague", "Mogadishu", "local")]),
    ("Several people were injured in Kandahar.", [(W, None, None, "vague", "Kandahar", "local")]),
    # A war's toll is a background figure, no event at a place.
    ("Five years of war have killed many Iraqis.", [(K, None, None, "vague", "", "cumulative")]),
    ("The war that began in 2003 has killed tens of thousands of Iraqis.",
     [(K, None, None, "vague", "", "cumulative")]),
]

CUE_ROWS = [
    # The cue after the number...
    ("Eleven people died and 35 were injured in the blast.",
     [(K, 11, 11, "exact", "", "local"), (W, 35, 35, "exact", "", "local")]),
    ("Nine soldiers lost their lives in Helmand.", [(K, 9, 9, "exact", "Helmand", "local")]),
    ("Five soldiers met their death when their truck hit a mine near Kismayo.",
     [(K, 5, 5, "exact", "", "local")]),
    ("Six fishermen met their tragic end in the shelling of Kherson.", [(K, 6, 6, "exact", "Kherson", "local")]),
    ("Three soldiers laid down their lives in the clash near Miranshah.", [(K, 3, 3, "exact", "Miranshah", "local")]),
    ("Two farmers were clubbed to death near Maiduguri.", [(K, 2, 2, "exact", "Maiduguri", "local")]),
    ("A man was found tortured to death in Culiacan.", [(K, 1, 1, "exact", "Culiacan", "local")]),
    ("There were 12 fatalities in Kandahar.", [(K, 12, 12, "exact", "Kandahar", "local")]),
    # Killings, murders and homicides counted are the dead.
    ("Investigators confirmed six killings by the militia in Kandahar.", [(K, 6, 6, "exact", "Kandahar", "local")]),
    ("Police recorded 14 murders in Culiacan.", [(K, 14, 14, "exact", "Culiacan", "local")]),
    ("Officials counted 31 homicides in Culiacan.", [(K, 31, 31, "exact", "Culiacan", "local")]),
    ("US forces lost 12 dead and 30 wounded in Tal Afar.",
     [(K, 12, 12, "exact", "", "local"), (W, 30, 30, "exact", "Tal Afar", "local")]),
    ("The bombing caused 12 civilian deaths in Kirkuk.", [(K, 12, 12, "exact", "Kirkuk", "local")]),
    ("At least 10 people, most of them women, were killed.", [(K, 10, None, "at least", "", "local")]),
    ("Seven people were shot dead at a checkpoint near Ramadi.", [(K, 7, 7, "exact", "Ramadi", "local")]),
    # "Fatally" shot, stabbed or wounded: killed.
    ("A soldier was fatally wounded at a checkpoint near Ramadi.", [(K, 1, 1, "exact", "Ramadi", "local")]),
    ("One man was fatally shot at a checkpoint near Ramadi.", [(K, 1, 1, "exact", "Ramadi", "local")]),
    ("Troops fatally shot two protesters at a checkpoint near Ramadi.", [(K, 2, 2, "exact", "Ramadi", "local")]),
    ("A soldier was seriously wounded at a checkpoint near Ramadi.", [(W, 1, 1, "exact", "Ramadi", "local")]),
    # ... or before it.
    ("A suicide car bomb exploded near a police station in Baqubah on Tuesday, killing at least 12 "
     "people and wounding 30, police said.",
     [(K, 12, None, "at least", "", "local"), (W, 30, 30, "exact", "", "local")]),
    ("Police found the bodies of 15 men in Baghdad.", [(K, 15, 15, "exact", "Baghdad", "local")]),
    ("The ambush near Tal Afar left nine policemen dead and 14 wounded.",
     [(K, 9, 9, "exact", "", "local"), (W, 14, 14, "exact", "", "local")]),
    ("The blast killed 12 civilians and injured more than 40 in Kirkuk.",
     [(K, 12, 12, "exact", "", "local"), (W, 40, None, "more than", "Kirkuk", "local")]),
    ("Twelve people were killed and 30 others were wounded in Kirkuk.",
     [(K, 12, 12, "exact", "", "local"), (W, 30, 30, "exact", "Kirkuk", "local")]),
    ("Bombs claimed the lives of 12 people in Baqubah.", [(K, 12, 12, "exact", "Baqubah", "local")]),
    ("The war has cost 4,000 American lives.", [(K, 4000, 4000, "exact", "", "cumulative")]),
    ("12 people, eight of them civilians, were killed in Ramadi.", [(K, 12, 12, "exact", "Ramadi", "local")]),
    ("The blast wounded at least 60 people, six of them seriously.", [(W, 60, None, "at least", "", "local")]),
    ("Nineteen wounded soldiers were flown to Germany.", [(W, 19, 19, "exact", "", "local")]),
    ("One hundred and twenty people were killed in Mosul.", [(K, 120, 120, "exact", "Mosul", "local")]),
    # The subject of an active verb is not a casualty.
    ("Some 300 US troops killed 12 insurgents in Ramadi.", [(K, 12, 12, "exact", "Ramadi", "local")]),
    ("Twelve gunmen killed a policeman in Mosul.", [(K, 1, 1, "exact", "Mosul", "local")]),
    ("Two suicide bombers killed at least 40 people in Baqubah.", [(K, 40, None, "at least", "Baqubah", "local")]),
    ("The 30,000 troops, backed by jets, killed 12 militants.", [(K, 12, 12, "exact", "", "local")]),
    ("Some 300 troops have killed 12 militants near Fallujah.", [(K, 12, 12, "exact", "Fallujah", "local")]),
    # Tolls: the number can come long after the cue.
    ("The death toll from Thursday's twin bombings in Tal Afar rose to 45, police said.",
     [(K, 45, 45, "exact", "Tal Afar", "local")]),
    ("The death toll stood at 45.", [(K, 45, 45, "exact", "", "local")]),
    # Another estimate of the same toll in the sentence: the lower counts (ACLED's conservative reading).
    ("Somali officials said 12 Ethiopian soldiers had been killed in Mogadishu, but witnesses put "
     "the toll at over 30.",
     [(K, 12, 12, "exact", "Mogadishu", "local")]),
    ("Witnesses put the toll at over 30.", [(K, 30, None, "more than", "", "local")]),
    ("The number of dead rose to 70 in Kandahar.", [(K, 70, 70, "exact", "Kandahar", "local")]),
    # Risen from one count to another: the second is the toll, the first none of its own.
    ("The death toll from the bombing of a shrine in Sehwan has risen from 52 to 70, police said.",
     [(K, 70, 70, "exact", "Sehwan", "local")]),
    # ... from an initial count, by how many it rose, or raised by those who count it
    ("Doctors said the death toll from the shelling of a market in Kadugli had risen from an initial 9 to 23.",
     [(K, 23, 23, "exact", "Kadugli", "local")]),
    ("The death toll from the strike on a school in Zaporizhzhia rose by five to 19 on Tuesday.",
     [(K, 19, 19, "exact", "Zaporizhzhia", "local")]),
    ("Officials raised the death toll in the attack on a camp near Diffa from 14 to 31.",
     [(K, 31, 31, "exact", "Diffa", "local")]),
    ("Officials increased the death toll from Friday's bombing of a mosque in Quetta by seven to 40 on Sunday.",
     [(K, 40, 40, "exact", "Quetta", "local")]),
    ("Officials raised the toll from Friday's blast at a mosque in Kunduz from an earlier 23 to 35.",
     [(K, 35, 35, "exact", "Kunduz", "local")]),
    ("The toll from clashes between Druze fighters and Bedouin tribesmen in Sweida province was raised by five "
     "to 26 on Sunday, a war monitor said.", [(K, 26, 26, "exact", "Sweida", "local")]),
    ("Hospital officials put the death toll at 17.", [(K, 17, 17, "exact", "", "local")]),
    # AP's running count puts the number first.
    ("The bombing brought to 3,245 the number of U.S. service members killed in Iraq since the war "
     "began in March 2003, according to an AP count.", [(K, 3245, 3245, "exact", "Iraq", "national")]),
]

LIST_ROWS = [
    # Elliptical lists: later items take the kind and the qualifier of the first.
    ("At least 12 people were killed in Ramadi, nine in Fallujah and two dozen in Baqubah.",
     [(K, 12, None, "at least", "Ramadi", "local"), (K, 9, None, "at least", "Fallujah", "local"),
      (K, 24, None, "at least", "Baqubah", "local")]),
    ("The bombing killed 30 and wounded 50 in Ramadi, 20 in Fallujah.",
     [(K, 30, 30, "exact", "", "local"), (W, 50, 50, "exact", "Ramadi", "local"),
      (W, 20, 20, "exact", "Fallujah", "local")]),
    # An item told by its day after the first's day, or by its place after it.
    ("Shelling killed four people in Kherson on Monday and two more on Tuesday, officials said.",
     [(K, 4, 4, "exact", "Kherson", "local"), (K, 2, 2, "exact", "", "local")]),
    ("Four people were killed in Sumy on Monday night and three in Okhtyrka.",
     [(K, 4, 4, "exact", "Sumy", "local"), (K, 3, 3, "exact", "Okhtyrka", "local")]),
    # (but not the wounded told after the day)
    ("Shelling killed four people in Kherson on Monday and wounded two.",
     [(K, 4, 4, "exact", "Kherson", "local"), (W, 2, 2, "exact", "", "local")]),
    # Coordinated counts share the cue.
    ("Gunmen killed six soldiers and three civilians in Mosul.",
     [(K, 6, 6, "exact", "", "local"), (K, 3, 3, "exact", "Mosul", "local")]),
    ("Four policemen and two civilians were killed in Tal Afar.",
     [(K, 4, 4, "exact", "", "local"), (K, 2, 2, "exact", "Tal Afar", "local")]),
    # A count inside an aside is part of the first figure, not a figure of its own.
    ("The explosion killed 12 people, including three children, in Mosul.", [(K, 12, 12, "exact", "", "local")]),
    # A day's violence, or an operation, that left or killed them: its total, not one event's.
    ("An oil executive was kidnapped in a day of violence that left more than 30 Iraqis dead.",
     [(K, 30, None, "more than", "", "operation")]),
    ("The army ended an offensive that killed 400 militants in Swat.", [(K, 400, 400, "exact", "Swat", "operation")]),
    # (where it was may stand between; the first clause's toll is its own event's)
    ("A security secretary and 12 police officers were shot dead in Guerrero state, the worst episode in a day of "
     "violence across southwestern Mexico that killed at least 19 people.",
     [(K, 1, 1, "exact", "Guerrero", "local"), (K, 12, 12, "exact", "Guerrero", "local"),
      (K, 19, None, "at least", "", "operation")]),
    # Three words may describe the counted before their noun, and the list goes on after it.
    ("The gun battle has taken the lives of 42 presumed crime gang members and a Federal Police officer.",
     [(K, 42, 42, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    # One victim told by name alone, after a killing verb or "the killing of".
    ("Gunmen shot dead Enrique Hernandez, a candidate for mayor, in Yurecuaro.", [(K, 1, 1, "exact", "", "local")]),
    # (a word of the name may be two joined)
    ("Gunmen shot dead Ali Abdul-Hussein, the imam of a mosque, in Kirkuk.", [(K, 1, 1, "exact", "", "local")]),
    # The gunmen who shot dead a victim are no victims: "shot" and "dead" are one active verb.
    ("That evening, two gunmen shot dead a policeman in Kirkuk.", [(K, 1, 1, "exact", "Kirkuk", "local")]),
    ("That evening, two gunmen shot dead Ali Abdul-Hussein, the imam of a mosque, in Kirkuk.",
     [(K, 1, 1, "exact", "", "local")]),
    # (a name in any script's letters)
    ("Two gunmen shot dead José Luis Ramírez outside his home in Culiacán.", [(K, 1, 1, "exact", "", "local")]),
    ("Two gunmen shot dead Şükrü Yılmaz outside his shop in Diyarbakır.", [(K, 1, 1, "exact", "", "local")]),
    ("Gunmen shot dead Ömer Çelik, a village guard, in Hakkari.", [(K, 1, 1, "exact", "", "local")]),
    # (but the dead of a day are dead: "shot dead Monday")
    ("Two policemen shot dead Monday in Kirkuk were buried.", [(K, 2, 2, "exact", "Kirkuk", "local")]),
    # A group's name and a title may come before the victim's name.
    ("Israeli strikes killed Hamas leader Saleh al-Arouri in Beirut.", [(K, 1, 1, "exact", "Beirut", "local")]),
    # Each name of a list counts one.
    ("Gunmen killed Ahmed Ali, Hassan Jaber and Omar Saleh in Kirkuk.",
     [(K, 1, 1, "exact", "Kirkuk", "local")] * 3),
    # "The killing of X" names a killing, perhaps told before or long ago: no count.
    ("Police sought suspects in the killing of journalist Daniel Pearl in Karachi.", []),
    ("A bomb killed Chechen President Akhmad Kadyrov in Grozny.", [(K, 1, 1, "exact", "Grozny", "local")]),
    # Not a name: a place's people ("Abu Ghraib prison guards"), nor a general truth in the present.
    ("Troops killed Abu Ghraib prison guards.", []),
    ("A journalist is killed every week in Tijuana, a press group says.", []),
    ("A journalist is killed when he crosses a cartel, a press group says.", []),
    # (but one who died "when" something happened is one victim)
    ("Another person died when a tank shell hit a home in Shejaiya.", [(K, 1, 1, "exact", "", "local")]),
    ("A man was killed when a drone struck his car near Kherson.", [(K, 1, 1, "exact", "", "local")]),
    # No name there: a place after a preposition, a people's fighters.
    ("One was killed in Nur Shams refugee camp.", [(K, 1, 1, "exact", "Nur Shams", "local")]),
    ("Troops killed Islamic State fighters in Raqqa.", []),
    # A noun in quotation marks is still the noun the number counts.
    ('The ministry said some 20 "terrorists" had been killed in the battle.',
     [(K, 20, 20, "approximately", "", "local")]),
    # The present of headlines and bulleted briefs.
    ("A civilian dies in a gun attack against a judge in Baquba.", [(K, 1, 1, "exact", "", "local")]),
    ("A policeman is killed in a roadside bombing.", [(K, 1, 1, "exact", "", "local")]),
    # A wounded toll counts the wounded.
    ("Police gave a lower wounded toll of 151.", [(W, 151, 151, "exact", "", "local")]),
    ("The injury toll rose to 40 on Monday.", [(W, 40, 40, "exact", "", "local")]),
    # The family the dead belonged to counts no one ("one family"), and an aside may follow it.
    ("Five members of one family were killed in the strike.", [(K, 5, 5, "exact", "", "local")]),
    ("Five members of a family, including three children, were killed when their home was hit.",
     [(K, 5, 5, "exact", "", "local")]),
]

PLACE_ROWS = [
    ("At least 40 people were killed in Baghdad's Sadr City.", [(K, 40, None, "at least", "Sadr City", "local")]),
    # A unit's type word before the possessive: the place is the second name.
    ("Gunmen killed 31 villagers in Zamfara state's Maru district late Saturday.",
     [(K, 31, 31, "exact", "Maru", "local")]),
    ("Shelling killed four civilians in Kherson region’s Beryslav district.",
     [(K, 4, 4, "exact", "Beryslav", "local")]),
    ("At least seven people were wounded in the northern city of Mosul.",
     [(W, 7, None, "at least", "Mosul", "local")]),
    ("A suicide bomber killed 17 people Tuesday in Baqubah, police said.",
     [(K, 17, 17, "exact", "Baqubah", "local")]),
    ("A car bomb killed 18 people on Sunday in the northern city of Kirkuk and wounded 45 others.",
     [(K, 18, 18, "exact", "Kirkuk", "local"), (W, 45, 45, "exact", "", "local")]),
    ("Three people were killed on May 1 in Ramadi.", [(K, 3, 3, "exact", "Ramadi", "local")]),
    # Settlers, migrants, pupils and peoples named by their demonym are counted.
    ("Two Jewish settlers -- brothers Avi Cohen, 19, and Dov Cohen, 23 -- were shot dead near Nablus.",
     [(K, 2, 2, "exact", "Nablus", "local")]),
    ("Seven Ukrainians, who had stayed in the village through the winter, were killed in Kherson on Monday.",
     [(K, 7, 7, "exact", "Kherson", "local")]),
    # Who the dead were, listed after a colon: counted once, in the toll (not parts by place: those are the toll).
    ("Twelve villagers were killed: four women, three children trapped in a burning hut, and five men.",
     [(K, 12, 12, "exact", "", "local")]),
    # (not the wounded told after the colon)
    ("Twenty people were killed in Bunia on Tuesday: the attack lasted three hours, and 15 others were wounded.",
     [(K, 20, 20, "exact", "Bunia", "local"), (W, 15, 15, "exact", "", "local")]),
    # Where they lived, between their noun and the verb.
    ("Four members of a family living in the Shejaiya neighbourhood were killed in a strike.",
     [(K, 4, 4, "exact", "", "local")]),
    # Who they were, in a relative clause, with or without its closing comma.
    ("Two aid workers, who had been delivering food to the camp for a month, were killed in Pibor.",
     [(K, 2, 2, "exact", "Pibor", "local")]),
    ("Three engineers, who worked for a Chinese road builder were wounded in the blast in Gwadar.",
     [(W, 3, 3, "exact", "Gwadar", "local")]),
    # Who the dead were, between dashes after their number: counted once, in the number.
    ("Four Britons – one aid worker and three security contractors – were killed on Sunday in Marib.",
     [(K, 4, 4, "exact", "Marib", "local")]),
    ("Three Turkish engineers – a surveyor and two road builders – were killed in Afgooye.",
     [(K, 3, 3, "exact", "Afgooye", "local")]),
    # A day after the event's words, before its town; the unit the dead served in between them and the verb.
    ("Nine soldiers were killed in the ambush Friday morning in Tillaberi.",
     [(K, 9, 9, "exact", "Tillaberi", "local")]),
    ("Eleven officers assigned to the state Attorney General's Office were killed in the attack on Tuesday in "
     "Uruapan.", [(K, 11, 11, "exact", "Uruapan", "local")]),
    # One victim, with where she lived in two steps, or a name and an age between commas before it.
    ("A woman from Kyauk Pyin village in Pale Township was killed on Friday.",
     [(K, 1, 1, "exact", "", "local")]),
    ("A mother of two, Daw Aye Mya, 38, from Kyauk Pyin village was killed on Friday.",
     [(K, 1, 1, "exact", "", "local")]),
    # A district named with its capitalised noun, then "of" and its province: the district's toll.
    ("At least 11 policemen were killed in the Andar District of Ghazni province, officials said.",
     [(K, 11, None, "at least", "Andar District", "local")]),
    # Who took the dead before they were killed, between them and the verb.
    ("Twelve shepherds kidnapped on Sunday by suspected rebels were shot dead in Udhampur.",
     [(K, 12, 12, "exact", "Udhampur", "local")]),
    ("Nine teachers abducted by gunmen last week were found dead near Gusau.",
     [(K, 9, 9, "exact", "Gusau", "local")]),
    ("The bomb, hidden in a vegetable cart, killed 23 in Ramadi.", [(K, 23, 23, "exact", "Ramadi", "local")]),
    ("Twin car bombs killed 19 people and wounded more than 100 in the Shiite holy city of Karbala.",
     [(K, 19, 19, "exact", "", "local"), (W, 100, None, "more than", "Karbala", "local")]),
    ("A bomb killed 12 people in a crowded market in Baqubah.", [(K, 12, 12, "exact", "Baqubah", "local")]),
    # Where the dead were buried is not where they died.
    ("Twelve people killed in the attack were buried in Najaf.", [(K, 12, 12, "exact", "", "local")]),
]

SCOPE_ROWS = [
    ("Close to 500 people have died since the offensive began.", [(K, 500, 500, "approximately", "", "operation")]),
    ("The offensive has killed 300 militants, the army said.", [(K, 300, 300, "exact", "", "operation")]),
    ("The campaign in Swat has left more than 1,000 dead.", [(K, 1000, None, "more than", "", "operation")]),
    ("An estimated 600 people have been killed since the siege of Fallujah began.",
     [(K, 600, 600, "approximately", "", "operation")]),
    ("The army said it killed 1,200 militants during the offensive.", [(K, 1200, 1200, "exact", "", "operation")]),
    # Days of a named operation; a superlative that ranks another operation does not make it one event's.
    ("More than 300 people have been killed in nine days of Operation Northern Shield in the Kivus, officials said.",
     [(K, 300, None, "more than", "", "operation")]),
    ("At least 200 militants have been killed in 12 days of Operation Rah-e-Haq, the deadliest since the 2009 "
     "operation in Swat, the army said.", [(K, 200, None, "at least", "", "operation")]),
    # Words between the fighting and its start: who fought, or where.
    ("The ministry said 230 people have died since the fighting between the army and the rebels began on Monday.",
     [(K, 230, 230, "exact", "", "operation")]),
    ("At least 90 people have been killed since clashes in the north of the region erupted last week.",
     [(K, 90, None, "at least", "", "operation")]),
    ("More than 3,000 people have been killed since the conflict in the east of the country began in 2019.",
     [(K, 3000, None, "more than", "", "cumulative")]),
    ("Officials said 500 people were killed after the war in the north started.",
     [(K, 500, 500, "exact", "", "cumulative")]),
    # The toll of an event months before, told at the same place: no part of this one's.
    ("A bomber attacked the Imam Ali mosque in Kirkuk, killing 11 people, two months after 80 people were killed "
     "there.", [(K, 11, 11, "exact", "", "local"), (K, 80, 80, "exact", "", "cumulative")]),
    ("Fighting killed 40 people in Aleppo on Monday, a year after the offensive in which 300 people were killed.",
     [(K, 40, 40, "exact", "Aleppo", "local"), (K, 300, 300, "exact", "", "cumulative")]),
    ("A car bomb killed 20 people in Kirkuk on Monday, a day after five people were killed there.",
     [(K, 20, 20, "exact", "Kirkuk", "local"), (K, 5, 5, "exact", "", "cumulative")]),
    # ... "nearly" a year after it too ("nearly" is no "early", which would date the phrase's own event).
    ("A car bomb killed 20 people in Kirkuk on Monday, nearly two days after five people were killed there.",
     [(K, 20, 20, "exact", "Kirkuk", "local"), (K, 5, 5, "exact", "", "cumulative")]),
    # A noun written with a hyphen counts its dead as the one without ("peace-keepers", "peacekeepers").
    ("At least four United Nations peace-keepers in Sierra Leone have been killed, three wounded and 49 observers "
     "captured in clashes with rebels.", [(K, 4, None, "at least", "", "local"), (W, 3, 3, "exact", "", "local")]),
    # (a guard) Told with a place of its own, it is an event of its own.
    ("The attack comes a month after 13 soldiers were killed in an ambush on the Dornapal road.",
     [(K, 13, 13, "exact", "", "local")]),
    ("The shelling came a day after seven people were killed when rockets hit a district of Misrata.",
     [(K, 7, 7, "exact", "", "local")]),
    # A toll told with the day of its event between ("on October 14"), or "now at" its number.
    ("The death toll from the Kismayo truck bomb on October 14 has risen to 120.",
     [(K, 120, 120, "exact", "", "local")]),
    ("The chairman said the blast toll is now at 120.", [(K, 120, 120, "exact", "", "local")]),
    # A period right after a running total is the total's, not the toll told before it.
    ("A man was fatally shot in Mandalay, raising the total death toll to 45 since the coup.",
     [(K, 1, 1, "exact", "Mandalay", "local"), (K, 45, 45, "exact", "", "cumulative")]),
    # Killed "since", a time told before: a total of the days since, no one event's.
    ("More than 190 people have been killed since, a health ministry spokesman said.",
     [(K, 190, None, "more than", "", "cumulative")]),
    ("At least 40 people have died since.", [(K, 40, None, "at least", "", "cumulative")]),
    ("At least 35 people were killed across Iraq on Tuesday, police said.",
     [(K, 35, None, "at least", "", "national")]),
    ("Violence nationwide killed 60 people.", [(K, 60, 60, "exact", "", "national")]),
    # A country's border is one place by it, not the country: a local toll.
    ("Police found the bodies of 22 men shot dead in an area near the Iran border.",
     [(K, 22, 22, "exact", "Iran", "local")]),
    ("Eight soldiers were killed in an ambush near the Syria border.", [(K, 8, 8, "exact", "Syria", "local")]),
    ("Eight soldiers were killed in Lebanon on Monday.", [(K, 8, 8, "exact", "Lebanon", "national")]),  # (a guard)
    ("Bombings killed 120 people throughout the country.", [(K, 120, 120, "exact", "", "national")]),
    # A total told with its verb after it, then broken down by place.
    ("Three soldiers were killed on Monday: two in Kandahar and one in Helmand province.",
     [(K, 2, 2, "exact", "Kandahar", "local"), (K, 1, 1, "exact", "Helmand", "local")]),
    # ... after a longer account of where the attacks fell.
    ("Jihadists killed 15 soldiers in two attacks in northern Mali on Wednesday, nine near Gao and six near Timbuktu.",
     [(K, 9, 9, "exact", "Gao", "local"), (K, 6, 6, "exact", "Timbuktu", "local")]),
    ("Gunmen killed 30 people in attacks on two villages in Zamfara state on Saturday: 12 in Gidan Ruwa and 18 in "
     "Tungar Kudaku.", [(K, 12, 12, "exact", "Gidan Ruwa", "local"), (K, 18, 18, "exact", "Tungar Kudaku", "local")]),
    # ... nor another figure's, nor another clause's.
    ("Fighting in Khartoum killed at least 56 civilians on Saturday and wounded hundreds across the country.",
     [(K, 56, None, "at least", "", "local"), (W, None, None, "vague", "", "national")]),
    # (but a series of attacks that killed and wounded nationwide counts both across the country)
    ("The bombings came amid a series of savage attacks that killed at least 51 people and wounded 230 nationwide.",
     [(K, 51, None, "at least", "", "national"), (W, 230, 230, "exact", "", "national")]),
    ("Homicides nationwide fell in March, but in Culiacan gunmen killed 12 people over the weekend.",
     [(K, 12, 12, "exact", "", "local")]),
    # ... near the figure only: a clause about the country after the event's place is not its toll.
    ("A car bomb killed 30 people and wounded over 300 in the Hamra district of Beirut, in an incident that "
     "was followed by tighter security throughout the country.",
     [(K, 30, 30, "exact", "", "local"), (W, 300, None, "more than", "Beirut", "local")]),
    ("At least 75 people were killed in Iraq this month.", [(K, 75, None, "at least", "Iraq", "national")]),
    ("Roadside bombs killed 14 NATO soldiers across Afghanistan this week.",
     [(K, 14, 14, "exact", "", "national")]),
    ("The number of US troops killed in Iraq since 2003 reached 4,000 on Sunday.",
     [(K, 4000, 4000, "exact", "Iraq", "national")]),
    # A region, a single attack, or the first day of an offensive is not a total.
    ("Fighting across southern Iraq killed 35 people.", [(K, 35, 35, "exact", "", "local")]),
    ("It was the first day of the offensive and 12 soldiers were killed.", [(K, 12, 12, "exact", "", "local")]),
]

NOT_CASUALTIES = [
    # Troop strength, populations, crowds.
    ("The Iraqi puppet government was forced to back down – despite deploying 30,000 troops and police "
     "trained by the United States and Britain in four days of fighting in Basra – because followers of "
     "Moqtada al-Sadr’s Mahdi Army still control densely-populated neighbourhoods of the southern Iraqi city.",
     []),
    ("The army deployed 30,000 troops and police, and at least 20 people were killed in the first day "
     "of fighting.", [(K, 20, None, "at least", "", "local")]),
    ("The US was unable to persuade the British government that its 4,500 troops in Basra airport "
     "should take the lead.", []),
    ("The 4,500 British troops in Basra suffered heavy casualties, with 12 killed.",
     [(K, 12, 12, "exact", "", "local")]),
    ("The surge brought US troop levels in Iraq up to 160,000, and the killing went on.", []),
    ("Launched last Tuesday, the offensive failed to wrest control of Basra—Iraq's strategic oil port "
     "with a population of 1.5 million—from the Mahdi Army.", []),
    ("They are attempting to drive out the 2.5 million civilians trapped inside the city, where "
     "dozens have been killed.", [(K, None, None, "vague", "", "local")]),
    ("There have been huge protests in Sadr City, with tens of thousands taking to the streets.", []),
    ("Demonstrations of hundreds of thousands on Thursday followed the killing of a cleric.", []),
    ("Hundreds of thousands marched in Kandahar on Thursday.", []),
    ("The war took a heavy toll on the city, home to 1.5 million.", []),
    # Dates and years.
    ("This will start from March 28 to April 8, after the killings.", []),
    ("Three soldiers killed on March 28 were buried in Tal Afar.", [(K, 3, 3, "exact", "", "local")]),
    ("Unions will strike on May 1 over the deaths.", []),
    ("A bomb on 1 April 2008 killed 12 people in Mosul.", [(K, 12, 12, "exact", "Mosul", "local")]),
    ("In 2005, 300 people died in Ramadi.", [(K, 300, 300, "exact", "Ramadi", "local")]),
    ("In 2004 twelve soldiers were killed.", [(K, 12, 12, "exact", "", "local")]),
    ("Sadr founded the Mahdi Army in 2003, and dead fighters were honoured in 2005.", []),
    # Ages, sums, durations, issue numbers, percentages, ordinals.
    ("A 12-year-old boy was killed in Tal Afar.", [(K, 1, 1, "exact", "Tal Afar", "local")]),
    # How badly they were hurt, between the aux and the cue.
    ("Five people were seriously injured in the raid on Mocimboa.", [(W, 5, 5, "exact", "Mocimboa", "local")]),
    ("The blast killed three and left 12 critically wounded.",
     [(K, 3, 3, "exact", "", "local"), (W, 12, 12, "exact", "", "local")]),
    ("11 civilians have been savagely killed in Beni.", [(K, 11, 11, "exact", "Beni", "local")]),
    # The wounded told as dying later are no wounded (and their deaths a toll told elsewhere counts).
    ("Later on another three severely wounded people passed away in the hospital.", []),
    ("Four wounded colleagues later succumbed to their wounds in hospital.", []),
    # (but the wounded and the dead told as two groups are both counted)
    ("At least 30 people were wounded and five died in hospital in Omdurman.",
     [(W, 30, None, "at least", "", "local"), (K, 5, 5, "exact", "", "local")]),
    # An aside between em dashes typed with no spaces.
    ("Five villagers—four men and a boy—were also killed in Magway.", [(K, 5, 5, "exact", "Magway", "local")]),
    # A list of ages is no count, and the counted stand before it.
    ("Two brothers aged 38 and 39 were killed in Sumy.", [(K, 2, 2, "exact", "Sumy", "local")]),
    ("Three boys aged between 12 and 15 were killed in Gaza.", [(K, 3, 3, "exact", "Gaza", "local")]),
    # Two modifiers joined after a people's name.
    ("Eleven Afghan army and police officers were killed in Kunduz.", [(K, 11, 11, "exact", "Kunduz", "local")]),
    # (a guard: a noun before "and" ends a list's item)
    ("He said two of his brothers and his niece were killed by armed groups.",
     [(K, 2, 2, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    # The day's toll is of all the day's events, not one place's; the toll told before its aside is its own.
    ("A car bomb killed 10 people in Balad, bringing the day's death toll to 49.",
     [(K, 10, 10, "exact", "Balad", "local"), (K, 49, 49, "exact", "", "operation")]),
    ("The bombing brought the day’s death toll to 49.", [(K, 49, 49, "exact", "", "operation")]),
    # (a guard: the day's toll of one bombing is its own)
    ("The day's death toll from the market bombing in Kirkuk rose to 30.", [(K, 30, 30, "exact", "Kirkuk", "local")]),
    ("A car bomb killed 10 people in Balad, bringing Sunday's death toll to 49.",
     [(K, 10, 10, "exact", "Balad", "local"), (K, 49, 49, "exact", "", "operation")]),
    ("A car bomb killed nine people in Mosul and raised the day's toll to 40.",
     [(K, 9, 9, "exact", "Mosul", "local"), (K, 40, 40, "exact", "", "operation")]),
    # (three ages; ages between commas; ages then single victims; one victim with an age)
    ("Three sisters aged 60, 64 and 71, and two grandsons were killed in Gaza.",
     [(K, 3, 3, "exact", "", "local"), (K, 2, 2, "exact", "Gaza", "local")]),
    ("Two sisters, aged 5 and 7, and their grandmother were killed in Rafah.",
     [(K, 2, 2, "exact", "", "local"), (K, 1, 1, "exact", "Rafah", "local")]),
    ("Two policemen aged 28 and 31, a soldier and four civilians were killed in the blast in Quetta.",
     [(K, 2, 2, "exact", "", "local"), (K, 1, 1, "exact", "Quetta", "local"), (K, 4, 4, "exact", "Quetta", "local")]),
    ("A man aged 45 was killed in Kherson.", [(K, 1, 1, "exact", "Kherson", "local")]),
    # (a comma may close the ages)
    ("Two men aged 48 and 30, were shot dead outside a mosque in Yala.", [(K, 2, 2, "exact", "", "local")]),
    # An abbreviated month's day is no count.
    ("On Nov. 19, 2005, a bomb exploded; the civilians who died in Haditha on Nov. 19 were killed by Marines.", []),
    # (a guard: a day after a month's abbreviation, then a comma and the count)
    ("Just days earlier, on Aug. 11, two students, aged 15 and 17, were slain by gunmen in Leyva.",
     [(K, 2, 2, "exact", "Leyva", "local")]),
    # Two single victims with the plural past and no aux: both died.
    ("A man and a woman died in the strike on Kherson.",
     [(K, 1, 1, "exact", "Kherson", "local"), (K, 1, 1, "exact", "Kherson", "local")]),
    ("A father and his son died when the shell hit their house in Kupiansk.",
     [(K, 1, 1, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    # (a guard: a subject of another verb is no victim of a "died" after it)
    ("A soldier and his unit repelled the attack in which two died.", [(K, 2, 2, "exact", "", "local")]),
    # A gendarme is a victim as a soldier is.
    ("Seven soldiers, a gendarme and two civilians were killed in Djibo.",
     [(K, 7, 7, "exact", "", "local"), (K, 1, 1, "exact", "Djibo", "local"), (K, 2, 2, "exact", "Djibo", "local")]),
    # An adult and a toddler are victims as a woman and a child are.
    ("Gunmen opened fire on a field, killing six adults and two young girls.",
     [(K, 6, 6, "exact", "", "local"), (K, 2, 2, "exact", "", "local")]),
    # (but a month before a number in words, or a day before the month, is no date of it)
    ("In Sept. two soldiers were killed in Kidal.", [(K, 2, 2, "exact", "Kidal", "local")]),
    ("On 19 Nov. six people were killed in Gao.", [(K, 6, 6, "exact", "Gao", "local")]),
    ("In September two soldiers were killed in Kidal.", [(K, 2, 2, "exact", "Kidal", "local")]),
    # A counted item before single victims is one of the list too.
    ("Three soldiers, a policeman and two civilians were killed in Kidal.",
     [(K, 3, 3, "exact", "", "local"), (K, 1, 1, "exact", "Kidal", "local"), (K, 2, 2, "exact", "Kidal", "local")]),
    ("Two students, a teacher and a guard were slain in Leyva.",
     [(K, 2, 2, "exact", "", "local"), (K, 1, 1, "exact", "Leyva", "local"), (K, 1, 1, "exact", "Leyva", "local")]),
    # (and a list's items go on past an item's ages: one toll of all of them)
    ("A grandmother, two women aged 69 and 61, and two brothers aged 38 and 39 were killed in Sumy.",
     [(K, 1, 1, "exact", "Sumy", "local"), (K, 2, 2, "exact", "", "local"), (K, 2, 2, "exact", "Sumy", "local")]),
    # (but a count after an age is a count: "a woman aged 80 and 2 children")
    ("The shelling killed a woman aged 80 and 2 children were wounded in Kherson.",
     [(K, 1, 1, "exact", "", "local"), (W, 2, 2, "exact", "Kherson", "local")]),
    ("The victims, aged 35 and 40, died in hospital.", []),
    ("Bombs killed 12 people and caused damage worth $5 million.", [(K, 12, 12, "exact", "", "local")]),
    ("Compensation of 500 dollars was paid for each of the 12 people killed.", [(K, 12, 12, "exact", "", "local")]),
    ("Maliki gave the militias 72 hours to surrender after fighting killed 40 people in Basra.",
     [(K, 40, 40, "exact", "Basra", "local")]),
    ("The curfew was extended by another 10 days after 19 people died in Ramadi.",
     [(K, 19, 19, "exact", "Ramadi", "local")]),
    ("Two soldiers were killed 12 hours after the ceasefire.", [(K, 2, 2, "exact", "", "local")]),
    ("He spent 19 hours on a block where 12 people were killed.", [(K, 12, 12, "exact", "", "local")]),
    ("Issue 2094 reported that 60 people were killed.", [(K, 60, 60, "exact", "", "local")]),
    ("Civilian deaths rose by 40 percent in March.", []),
    ("Forty per cent of the wounded were children.", []),
    ("Unions called eight-hour stoppages after nine workers were killed.", [(K, 9, 9, "exact", "", "local")]),
    ("The first day of the assault left the dead unburied.", []),
    ("No one was killed in the attack on Mogadishu airport.", []),
    # Victims' nouns of other wars ("vigilantes", "herdsmen", "commuters").
    ("Bandits killed 14 vigilantes near Gusau.", [(K, 14, 14, "exact", "Gusau", "local")]),
    ("Gunmen shot dead nine herdsmen in Plateau.", [(K, 9, 9, "exact", "Plateau", "local")]),
    ("Two of the wounded later died.", []),
]

TABLE = (SEED_SENTENCES + NUMBER_STYLES + QUALIFIER_ROWS + CUE_ROWS + LIST_ROWS + PLACE_ROWS + SCOPE_ROWS
         + NOT_CASUALTIES)


@pytest.mark.parametrize("text, expected", TABLE)
def test_figures(text, expected):
    assert figures(text) == expected


def test_the_table_is_big_and_covers_wire_towns():
    assert len(TABLE) >= 45
    text = " ".join(t for t, _ in TABLE)
    for town in ("Baqubah", "Ramadi", "Fallujah", "Mosul", "Tal Afar", "Kandahar", "Mogadishu"):
        assert town in text


@pytest.mark.parametrize("text, phrases", [
    ("The US-supported Iraqi Army’s attack on Basra had killed at least 130 people and wounded "
     "another 350 by yesterday.", ["at least 130 people", "another 350"]),
    ("Fighting had left 44 people dead in Kut, 30 in Sadr City and eight in Babel.",
     ["44 people", "30", "eight"]),
    ("Official tallies put the number killed at close to 500.", ["close to 500"]),
    ("At least 1,200 people are known to have been wounded.", ["At least 1,200 people"]),
    ("Dozens of people were killed.", ["Dozens of people"]),
    ("A US air strike killed two dozen militants.", ["two dozen militants"]),
    ("The war has killed tens of thousands of Iraqis.", ["tens of thousands of Iraqis"]),
    ("The death toll rose to forty-four.", ["forty-four"]),
])
def test_phrase_is_the_whole_figure(text, phrases):
    assert [text[f.start:f.end] for f in checked(text)] == phrases


def test_elliptical_list_places_are_exact_slices():
    text = "fighting had left 44 people dead in Kut, 30 in Sadr City and eight in Babel."
    found = checked(text)
    assert [(f.place_text, f.place_start, f.place_end) for f in found] == [
        ("Kut", text.index("Kut"), text.index("Kut") + 3),
        ("Sadr City", text.index("Sadr City"), text.index("Sadr City") + 9),
        ("Babel", text.index("Babel"), text.index("Babel") + 5),
    ]


def test_offsets_are_absolute_when_a_sentence_is_given():
    text = ("Basra was quiet. At least 12 people were killed in Ramadi, nine in Fallujah. "
            "Police said 30 were wounded in Mosul.")
    first_end = text.index(" Police")
    second = checked(text, text.index("At least"), first_end)
    third = checked(text, first_end + 1)
    assert [(text[f.start:f.end], f.place_text) for f in second] == [
        ("At least 12 people", "Ramadi"), ("nine", "Fallujah")]
    assert [(text[f.start:f.end], f.place_text) for f in third] == [("30", "Mosul")]
    assert checked(text, 0, text.index(" At least")) == ()
    # Whole text and sentence by sentence agree.
    assert checked(text) == second + third


def test_a_figure_is_frozen_with_default_place_and_scope():
    fig = Figure(0, 2, "killed", 12, 12, "exact")
    assert (fig.place_text, fig.place_start, fig.place_end, fig.scope) == ("", -1, -1, "local")
    with pytest.raises(AttributeError):
        fig.low = 13  # type: ignore[misc]


# ---------------------------------------------------------------- seeds


EXPECTED_SEED_FIGURES = {
    "000_45552ef480e63792.txt": [
        ("at least 130 people", K, 130, None, "at least", "", "local"),
        ("another 350", W, 350, 350, "exact", "", "local"),
        ("44 people", K, 44, 44, "exact", "Kut", "local"),
        ("30", K, 30, 30, "exact", "Sadr City", "local"),
        ("eight", K, 8, 8, "exact", "Babel", "local"),
    ],
    "001_eefc80d53b7e9bf4.txt": [],
    "002_4c8e0b7573c1e50d.txt": [],
    "003_da1223952fc45d8f.txt": [
        ("close to 500", K, 500, 500, "approximately", "", "operation"),
        ("At least 1,200 people", W, 1200, None, "at least", "", "local"),
    ],
    "004_b394796c3655e125.txt": [
        ("up to 60 people", K, None, 60, "up to", "", "local"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_SEED_FIGURES))
def test_seed_articles_have_exactly_these_figures(name):
    """Every sentence of every seed: the casualty figures and nothing else (no troop
    strengths, populations, crowds, dates, durations or issue numbers)."""
    article = read_article(SEEDS / name)
    found = []
    for sentence in split_sentences(article):
        for f in checked(article.text, sentence.start, sentence.end):
            found.append((article.text[f.start:f.end], f.kind, f.low, f.high, f.qualifier,
                          f.place_text, f.scope))
    assert found == EXPECTED_SEED_FIGURES[name]


def test_every_seed_is_in_the_expectations():
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(EXPECTED_SEED_FIGURES)


# ---------------------------------------------------------------- data


def _rows(name: str) -> list[dict[str, str]]:
    with (files("geodata") / "data" / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_number_words_are_data_and_each_one_reads():
    rows = _rows("figure_words.csv")
    assert {"one", "twelve", "twenty", "forty", "dozen", "hundred", "dozens", "scores", "several"} <= {
        r["word"] for r in rows}
    for row in rows:
        value = row["value"]
        assert value == "vague" or value.isdigit() or (value[0] == "x" and value[1:].isdigit()), row
        if value.isdigit():
            text = f"{row['word'].capitalize()} people were killed in Mosul."
            assert figures(text) == [(K, int(value), int(value), "exact", "Mosul", "local")], text
        elif value == "vague":
            # (the dead counted by the thousand are a war's over time, no one event's)
            text = f"{row['word'].capitalize()} were killed."
            scope = "cumulative" if row["word"].endswith("thousands") else "local"
            assert figures(text) == [(K, None, None, "vague", "", scope)], text


def test_cues_qualifiers_and_scopes_are_data_with_known_values():
    cues = _rows("figure_cues.csv")
    assert {r["kind"] for r in cues} == set(KINDS)
    assert {r["where"] for r in cues} <= {"before", "after", "both", "toll"}
    assert {"killed", "dead", "died", "deaths", "death toll", "bodies", "lives", "fatalities",
            "wounded", "injured", "hurt", "wounding", "killing"} <= {r["word"] for r in cues}
    assert {r["qualifier"] for r in _rows("figure_qualifiers.csv")} == set(QUALIFIERS) - {"exact", "range", "vague"}
    # "running" marks a running total ("the toll rose to"), which sets no scope; "superseded" an
    # earlier count the text replaces, which is no figure; "period" the days a running total counts;
    # "earlier" an earlier event named to compare, whose toll is a background one.
    assert {r["scope"] for r in _rows("figure_scope.csv")} == set(SCOPES) - {"local"} | {"running", "estimate",
                                                                                        "superseded", "denied",
                                                                                        "period", "earlier"}
    assert all(r["where"] in ("before", "after") and r["why"] for r in _rows("figure_not_counts.csv"))
    countries = _rows("figure_countries.csv")
    assert all(r["name"] and len(r["country"]) == 2 and r["source"].startswith("GeoNames ") for r in countries)


@pytest.mark.parametrize("cue, kind", [(r["word"], r["kind"]) for r in _rows("figure_cues.csv")
                                       if r["where"] in ("after", "both")])
def test_every_after_cue_reads_after_a_number(cue, kind):
    text = f"Police said 17 people {cue} in Mosul."
    if cue in ("killed", "wounded", "injured", "hurt", "dead", "slain", "massacred"):
        text = f"Police said 17 people were {cue} in Mosul."
    assert figures(text) == [(kind, 17, 17, "exact", "Mosul", "local")]


@pytest.mark.parametrize("cue, kind", [(r["word"], r["kind"]) for r in _rows("figure_cues.csv")
                                       if r["where"] in ("before", "both")])
def test_every_before_cue_reads_before_a_number(cue, kind):
    text = f"The bomb {cue} 17 people in Mosul."
    assert figures(text) == [(kind, 17, 17, "exact", "Mosul", "local")]


def test_number_words_can_be_extended_in_the_data(monkeypatch):
    read = figures_rules._rows

    def with_score(name):
        rows = read(name)
        return rows + [{"word": "score", "value": "x20"}] if name == "figure_words.csv" else rows

    figures_rules._rules.cache_clear()
    monkeypatch.setattr(figures_rules, "_rows", with_score)
    try:
        assert figures("Three score people were killed in Mosul.") == [(K, 60, 60, "exact", "Mosul", "local")]
    finally:
        figures_rules._rules.cache_clear()


# ---------------------------------------------------------------- speed


def test_import_does_no_work():
    code = "import geodata.events.figures as f; print(f._rules.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=SEEDS.parent)
    assert out.stdout.strip() == "0"


def test_a_sentence_without_a_cue_stops_at_the_first_regex(monkeypatch):
    def fail(*args):
        raise AssertionError("the gate let through a sentence without a cue")

    monkeypatch.setattr(figures_module, "_candidates", fail)
    assert find_figures("Deploying 30,000 troops and police in four days of fighting in Basra.") == ()
    assert find_figures("Soldiers stayed in the base on May 1, 2008.") == ()


# One victim named by a singular noun counts 1; a perpetrator ("a suicide bomber") does not.
SINGULARS = [
    ("A man was killed and two others hurt in a drive-by shooting in Mosul.",
     [(K, 1, 1, "exact", "", "local"), (W, 2, 2, "exact", "Mosul", "local")]),
    ("A roadside bomb killed a U.S. soldier in Baghdad on Sunday.", [(K, 1, 1, "exact", "Baghdad", "local")]),
    ("Gunmen shot dead a policeman in Kirkuk.", [(K, 1, 1, "exact", "Kirkuk", "local")]),
    ("One civilian was wounded in the clashes in Sadr City.", [(W, 1, 1, "exact", "Sadr City", "local")]),
    ("A suicide bomber was killed when his vest exploded.", []),
    ("A car bomb killed one person and wounded three in Hilla.",
     [(K, 1, 1, "exact", "", "local"), (W, 3, 3, "exact", "Hilla", "local")]),
    # The first of a list of victims, and a relative after one.
    ("A woman and her two children were killed in Jenin.",
     [(K, 1, 1, "exact", "Jenin", "local"), (K, 2, 2, "exact", "Jenin", "local")]),
    ("A soldier and two civilians were killed in Goma.",
     [(K, 1, 1, "exact", "Goma", "local"), (K, 2, 2, "exact", "Goma", "local")]),
    # Each victim of the list is where the list says.
    ("The strike killed a father and his son in Khan Younis.",
     [(K, 1, 1, "exact", "Khan Younis", "local"), (K, 1, 1, "exact", "Khan Younis", "local")]),
    ("A man and a woman were wounded in Gao.",
     [(W, 1, 1, "exact", "Gao", "local"), (W, 1, 1, "exact", "Gao", "local")]),
    ("A spokesman and his deputy said 12 people were killed.", [(K, 12, 12, "exact", "", "local")]),
    # A counted group after single victims is more victims: their people too ("two of his bodyguards").
    ("A roadside bomb killed a soldier and two civilians in Kandahar.",
     [(K, 1, 1, "exact", "Kandahar", "local"), (K, 2, 2, "exact", "Kandahar", "local")]),
    ("A roadside bomb killed a district governor and two of his bodyguards in Helmand.",
     [(K, 1, 1, "exact", "Helmand", "local"), (K, 2, 2, "exact", "Helmand", "local")]),
    ("The air strike killed a woman and her three children in Rafah.",
     [(K, 1, 1, "exact", "Rafah", "local"), (K, 3, 3, "exact", "Rafah", "local")]),
    ("Gunmen killed a policeman and two of the attackers were arrested.", [(K, 1, 1, "exact", "", "local")]),
    # "along with", and a victim named again at the head of the list, by title and name.
    ("A commander along with four fighters were killed in Idlib.",
     [(K, 1, 1, "exact", "Idlib", "local"), (K, 4, 4, "exact", "Idlib", "local")]),
    ("The district governor Massoud Khan along with two bodyguards were martyred in the blast.",
     [(K, 1, 1, "exact", "", "local"), (K, 2, 2, "exact", "", "local")]),
    # ... with where he served and his name in commas, or his title capitalised before his name.
    ("The governor of Zabul, Haji Rahim, and three of his guards were killed in the ambush.",
     [(K, 1, 1, "exact", "", "local"), (K, 3, 3, "exact", "", "local")]),
    ("Commissioner John Deng and two bodyguards were killed near Bor.",
     [(K, 1, 1, "exact", "Bor", "local"), (K, 2, 2, "exact", "Bor", "local")]),
    ("A police colonel and three of his guards were shot dead.",
     [(K, 1, 1, "exact", "", "local"), (K, 3, 3, "exact", "", "local")]),
    ("The commander of the 5th Division, Brig. Omar Hamdi, and four soldiers were killed near Sirte.",
     [(K, 1, 1, "exact", "Sirte", "local"), (K, 4, 4, "exact", "Sirte", "local")]),
    ("Police chief Jorge Ruiz and three officers were killed in Uruapan.",
     [(K, 1, 1, "exact", "Uruapan", "local"), (K, 3, 3, "exact", "Uruapan", "local")]),
    # (but not a source, nor a title not opening the list: "a" before a noun is another pattern's)
    ("A provincial official and witnesses said the four were killed in a bar.", [(K, 4, 4, "exact", "", "local")]),
    ("The officer said the attackers and five civilians were killed.", [(K, 5, 5, "exact", "", "local")]),
    # An "including" aside with no commas counts some of the figure before it, no one more.
    ("Five people including a 14-year-old suicide bomber died in Fotokol after a suicide attack.",
     [(K, 5, 5, "exact", "Fotokol", "local")]),
    ("Seven people including two children were killed in Kaya.", [(K, 7, 7, "exact", "Kaya", "local")]),
    # "one of the highest" ranks a toll; it counts no one.
    ("That death toll is one of the highest for any single event since the uprising began.", []),
    # Victims by office: a ministry's director, a prosecutor.
    ("Gunmen killed the director of finance at the Ministry of Industry in a drive-by shooting in Mosul.",
     [(K, 1, 1, "exact", "", "local")]),
    ("Gunmen shot dead a prosecutor in Kandahar.", [(K, 1, 1, "exact", "Kandahar", "local")]),
    # ... but a director who speaks is no victim.
    ("The director of the hospital said 12 people were killed.", [(K, 12, 12, "exact", "", "local")]),
    # ... nor one named by another's office, nor one whose place runs into a verb of speech.
    ("A spokesman for the governor of Zabul said nine people were killed.", [(K, 9, 9, "exact", "", "local")]),
    ("A deputy governor of Zabul said nine people were killed.", [(K, 9, 9, "exact", "", "local")]),
    ("A district chief of Zabul province was killed.", [(K, 1, 1, "exact", "", "local")]),
    # The subject's words are no victim's ("A drone killed a man" is no "A ... man" hurt), and "another" with no
    # noun after a wounding is one more hurt.
    ("A drone killed a man in Kupiansk and injured another, the governor said.",
     [(K, 1, 1, "exact", "Kupiansk", "local"), (W, 1, 1, "exact", "", "local")]),
    ("Gunmen killed two farmers and wounded another near Gusau on Sunday.",
     [(K, 2, 2, "exact", "", "local"), (W, 1, 1, "exact", "Gusau", "local")]),
    # "... and another killed" after a victim told in the passive: one more, of the verb after it.
    ("One villager was wounded and another killed in a grenade attack in Sittwe on Monday.",
     [(W, 1, 1, "exact", "", "local"), (K, 1, 1, "exact", "Sittwe", "local")]),
    ("Two policemen were killed and another was injured in the ambush near Gao.",
     [(K, 2, 2, "exact", "", "local"), (W, 1, 1, "exact", "Gao", "local")]),
    # (but not "another" that acts on others: the bomb killed six, no seventh)
    ("One car bomb exploded near a police station in Kirkuk and another killed six people at a bus stop.",
     [(K, 6, 6, "exact", "", "local")]),
    # A force numbered after "the" is no count, and its name no victim's ("the 31 Assam Rifles was killed" is the
    # jawan's); a number before a force's men counts them.
    ("A jawan of the 44 Assam Rifles was killed in an ambush near Tamenglong.",
     [(K, 1, 1, "exact", "Tamenglong", "local")]),
    ("Two soldiers of the 17 Dogra regiment were killed near Kupwara.", [(K, 2, 2, "exact", "Kupwara", "local")]),
    ("Militants killed 12 Assam Rifles personnel in Chandel.", [(K, 12, 12, "exact", "Chandel", "local")]),
    # A victim told in the passive with a verb of murder: one. (The figure's place words stop at a lowercase word.)
    ("A village chief was beheaded in Mocimboa da Praia on Saturday.",
     [(K, 1, 1, "exact", "Mocimboa", "local")]),
    ("A teacher was murdered in Pemba, police said.", [(K, 1, 1, "exact", "Pemba", "local")]),
    ("A tribal elder was executed near Tal Afar on Sunday.", [(K, 1, 1, "exact", "Tal Afar", "local")]),
    ("A local councillor was gunned down in Culiacan, officials said.", [(K, 1, 1, "exact", "Culiacan", "local")]),
    ("A man was lynched by a mob in Bunia on Sunday.", [(K, 1, 1, "exact", "Bunia", "local")]),
    # (but not the killer of an act with no article before its victims: "a soldier executed prisoners")
    ("A soldier executed Ukrainian prisoners of war near Bakhmut, officials said.", []),
    # (a victim named after a day's number still counts: "On October 16 Yahya Sinwar was killed")
    ("On October 16 Yahya Sinwar was killed in Rafah.", [(K, 1, 1, "exact", "Rafah", "local")]),
    # (a force's men told after it count: "the 40 Azov Regiment fighters"; "at" gives their place as "in" does)
    ("Officials said the 40 Azov Regiment fighters were killed at Olenivka.",
     [(K, 40, 40, "exact", "Olenivka", "local")]),
    # ("another" with a number after it acts on others)
    ("One car bomb exploded outside a mosque in Kirkuk and another killed fifteen people near a market.",
     [(K, 15, 15, "exact", "", "local")]),
    # (an airman, a sailor, a trooper are soldiers: "killing two soldiers and an airman" is three)
    ("Two convoys struck roadside bombs, killing two soldiers and an airman.",
     [(K, 2, 2, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    ("A sailor was killed in Sevastopol on Sunday.", [(K, 1, 1, "exact", "Sevastopol", "local")]),
]


@pytest.mark.parametrize("text, expected", SINGULARS)
def test_singular_victims(text, expected):
    assert figures(text) == expected


# A stated range keeps both ends ("range"); a change of figure ("rose from 10 to 15") is no range.
RANGES = [
    ("Between 10 and 15 civilians were killed when a helicopter fired on a house in Ishaqi.",
     [(K, 10, 15, "range", "", "local")]),
    ("Gunmen killed 10 to 15 people in Mosul on Sunday.", [(K, 10, 15, "range", "Mosul", "local")]),
    ("A car bomb killed 20-25 people in Kirkuk and wounded forty.",
     [(K, 20, 25, "range", "Kirkuk", "local"), (W, 40, 40, "exact", "", "local")]),
    ("Between twelve and fifteen policemen died in the ambush near Khalis.",
     [(K, 12, 15, "range", "Khalis", "local")]),
    ("Fighting between 200 militants and police killed four in Samarra.",
     [(K, 4, 4, "exact", "Samarra", "local")]),
    ("Shelling killed 4 and wounded 12 in Jaffna.", [(K, 4, 4, "exact", "", "local"),
                                                     (W, 12, 12, "exact", "Jaffna", "local")]),
]


@pytest.mark.parametrize("text, expected", RANGES)
def test_ranges(text, expected):
    assert figures(text) == expected


def test_a_population_is_no_toll():
    text = ("Aid workers said an unknown number of civilians had been killed inside the camp, home to some "
            "31,000 refugees.")
    assert all(f.low != 31000 for f in checked(text))


@pytest.mark.parametrize("text, place", [
    # A unit noun after a name without "the" is that name's: the toll is in Shopian, not in the state.
    ("Militants killed four policemen in Shopian district of Jammu and Kashmir.", "Shopian"),
    ("Gunmen killed six people in Kajo Keji county of Central Equatoria.", "Kajo Keji"),
    # After "the", capitalised words may describe the noun: the place is the name after "of".
    ("A strike killed nine people in the southern Gaza city of Khan Younis.", "Khan Younis"),
    ("A bomb killed three soldiers in the Syrian town of Azaz.", "Azaz"),
])
def test_the_place_after_a_figure_is_the_name_a_unit_noun_belongs_to(text, place):
    assert [f.place_text for f in checked(text)] == [place]


@pytest.mark.parametrize("text, place", [
    # After a country's possessive, the place is the name that follows, past a direction word.
    ("At least nine people were killed in Sri Lanka’s northern Vanni region.", "Vanni"),
    ("Six people were killed in Iraq's restive Anbar province.", "Anbar"),
    # A country's possessive with no name after it is a part of the country, not the country.
    ("Nine people were killed in Syria's north.", ""),
])
def test_a_figure_after_a_possessive_is_at_the_name_that_follows(text, place):
    assert [(f.place_text, f.scope) for f in checked(text)] == [(place, "local")]


@pytest.mark.parametrize("text, expected", [
    # A range after its verb: "between" stands between the cue and the number.
    ("Gunmen killed between 10 and 15 people at a checkpoint in Gardez.", [(K, 10, 15, "range")]),
    ("The raid killed between twenty and 30 civilians.", [(K, 20, 30, "range")]),
    # One victim named by an office or a trade.
    ("A roadside bomb killed a district council member as he drove to work.", [(K, 1, 1, "exact")]),
    ("A drone strike killed a senior Taliban commander in Kunar.", [(K, 1, 1, "exact")]),
    # A vague part of the figure just told adds no one: "47 men, many of them bound".
    ("Police found the bodies of 47 men, many of them bound and shot, in Dora.", [(K, 47, 47, "exact")]),
    ("Twelve people were killed, dozens of them children.", [(K, 12, 12, "exact")]),
    # A doer is no victim.
    ("A gunman killed three people in Jalalabad.", [(K, 3, 3, "exact")]),
])
def test_ranges_after_a_verb_single_victims_and_vague_parts(text, expected):
    assert [(f.kind, f.low, f.high, f.qualifier) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Two estimates of one toll in one sentence: the lower counts, not their sum.
    ("The strike killed 28 civilians, 16 of them children, according to a rights group; early reports had "
     "put the toll at more than 50.", [(K, 28, 28, "exact")]),
    ("Gunmen killed 14 villagers on Sunday; a local official put the death toll at 11.", [(K, 11, 11, "exact")]),
    # (a guard: a count of another group, however sourced, is a toll of its own)
    ("Nine soldiers were killed in the ambush, and 14 civilians died in the crossfire, sources said.",
     [(K, 9, 9, "exact"), (K, 14, 14, "exact")]),
    # A part the words after it break off from the rest, who died too, is among the count before it.
    ("Police said 60 bodies were found and it appears that a dozen died from shelling and the rest were shot at "
     "close range.", [(K, 60, 60, "exact")]),
    ("Rescuers pulled 31 bodies from the rubble; nine died in the blast while the others were crushed.",
     [(K, 31, 31, "exact")]),
    # (a guard: the others who fled are no part of the dead)
    ("Twelve soldiers were killed, and 20 civilians died while the others fled.",
     [(K, 12, 12, "exact"), (K, 20, 20, "exact")]),
    # (a guard: a toll of its own, the rest wounded)
    ("Rebels killed 50 civilians in Kidal, and in a separate ambush near Gao 11 soldiers were killed and the rest "
     "were wounded.", [(K, 50, 50, "exact"), (K, 11, 11, "exact")]),
    # A family counted whole.
    ("Israeli jets flattened an apartment block in Tyre, killing a family of 11.", [(K, 11, 11, "exact")]),
    ("The strike killed an entire family of seven in Rafah.", [(K, 7, 7, "exact")]),
])
def test_estimates_in_one_sentence_and_a_family_counted_whole(text, expected):
    assert [(f.kind, f.low, f.high, f.qualifier) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Who the dead were, listed in an aside with commas between its items: the count before it.
    ("Officials said 13 civilians, including four men, seven women and two girls, were killed in the strike on the "
     "mosque.", [(K, 13, 13, "exact")]),
    ("Nine people, including two children, a woman and an old man, died when the shell hit the market.",
     [(K, 9, 9, "exact")]),
    # ... or after the count: the later items count no one more.
    ("The ministry confirmed the deaths of 60 people in Kunduz, including 21 soldiers, 30 policemen and nine "
     "civilians.", [(K, 60, 60, "exact")]),
    # (a guard: the wounded after an aside are another count)
    ("The strike killed 30 people, including three children, and wounded 20.", [(K, 30, 30, "exact"),
                                                                                 (W, 20, 20, "exact")]),
    # (a guard: an item with a place of its own is another toll)
    ("Russian shelling killed 14 people, including a child, in Kharkiv and 6 people died in Sumy.",
     [(K, 14, 14, "exact"), (K, 6, 6, "exact")]),
])
def test_asides_listing_the_dead(text, expected):
    assert [(f.kind, f.low, f.high, f.qualifier) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Each victim of a list after the verb counts one.
    ("A missile killed a man and a woman in Odesa.", [(K, 1), (K, 1)]),
    ("Shelling killed a man, a woman and a child in Kherson.", [(K, 1), (K, 1), (K, 1)]),
    # Another verb ends the list: the second victim is wounded.
    ("A missile killed a man and injured a woman.", [(K, 1), (W, 1)]),
])
def test_each_victim_of_a_list_after_the_verb_counts_one(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # The group the counted belong to stands between their noun and the verb.
    ("Five members of the Islamic Scouts were killed in an airstrike on Hanouiyeh.", [(K, 5)]),
    ("Three members of the same family were killed when a shell hit their house.", [(K, 3)]),
    # "of the wounded" is no group: the figure is of the wounded, and tells no new death.
    ("Two of the wounded later died.", []),
    # Or the unit they came from.
    ("Three more soldiers from the same task force were killed in a similar attack.", [(K, 3)]),
    ("Two Marines from the 2nd Marine Division died in Helmand province on Sunday.", [(K, 2)]),
    ("Four policemen from the Rapid Intervention Brigade were killed near Kidal.", [(K, 4)]),
    ("Six fighters from the Free Syrian Army's 13th Division were killed in clashes near Maaret al-Numan.", [(K, 6)]),
    # Or where they were, or what they were doing.
    ("Fifteen people manning a security checkpoint were killed when it was attacked by gunmen.", [(K, 15)]),
    ("At least 12 guests at a wedding in the village were killed by the strike.", [(K, 12)]),
    ("Nine passengers on board the bus died when it hit a mine.", [(K, 9)]),
    ("Four worshippers praying inside the mosque were wounded.", [(W, 4)]),
    # Or what they did, in a clause of "who".
    ("More than 20 villagers who refused to hand over their cattle were summarily executed.", [(K, 20)]),
    ("Twelve farmers who had gone to their fields were shot dead by gunmen.", [(K, 12)]),
    ("At least 30 civilians who had sheltered in the school were killed.", [(K, 30)]),
    # (guards: a witness who tells the count is not counted, nor those who were where another died)
    ("Two people who saw the attack said five people were killed.", [(K, 5)]),
    ("Ten civilians who had gathered where a soldier was killed were arrested in Fallujah.", [(K, 1)]),
    # (a guard: a dateline's day is no count of the people after it)
    ("Khartoum, Oct 7 At least seven people were killed in an artillery strike.", [(K, 7)]),
])
def test_a_figure_with_the_group_its_counted_belong_to(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # An aside between dashes, or an "including" that runs to the verb: the figure before counts.
    ("Four militants -- all of them foreigners -- died in the encounter.", [(K, 4)]),
    ("Eight persons, including one army trooper and seven militants were killed in Kupwara.", [(K, 8)]),
    ("Twelve people were killed, including three children, and 20 wounded.", [(K, 12), (W, 20)]),
    ("Three other troopers, including a major, were injured.", [(W, 3)]),
    # A list that ends on one victim: every item counts.
    ("Three militants and a soldier were killed in the encounter.", [(K, 3), (K, 1)]),
    ("Two policemen and a civilian were wounded.", [(W, 2), (W, 1)]),
])
def test_asides_and_lists_that_end_on_one_victim(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A day between the verb's helpers; "not less than" is at least.
    ("No fewer than 13 persons were on Monday confirmed killed in a fresh attack.", [(K, 13, None, "at least")]),
    ("Not less than 20 people were killed in the attack.", [(K, 20, None, "at least")]),
])
def test_a_day_inside_the_verb_and_not_less_than(text, expected):
    assert [(f.kind, f.low, f.high, f.qualifier) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A total, then its parts at their places: the parts are the figures.
    ("Russian shelling killed 14 people in the Donetsk region on Monday, nine in Pokrovsk and five in "
     "Kurakhove, the governor said.",
     [(K, 9, 9, "exact", "Pokrovsk", "local"), (K, 5, 5, "exact", "Kurakhove", "local")]),
    ("Drone strikes killed 11 people, six in Kupiansk and five in Vovchansk.",
     [(K, 6, 6, "exact", "Kupiansk", "local"), (K, 5, 5, "exact", "Vovchansk", "local")]),
    # "including one in X and another in Y", and a wounded figure after the breakdown kept.
    ("Israeli strikes killed two paramedics in south Lebanon, including one in Tebnine and another in "
     "Bint Jbeil, and wounded three other rescuers.",
     [(K, 1, 1, "exact", "Tebnine", "local"), (K, 1, 1, "exact", "Bint Jbeil", "local"),
      (W, 3, 3, "exact", "", "local")]),
    # "the others" are the total less the parts told; a colon opens the parts.
    ("The raids caused the death of 5 citizens, three in Hajin town and the others in Gharanij village.",
     [(K, 3, 3, "exact", "Hajin", "local"), (K, 2, 2, "exact", "Gharanij", "local")]),
    ("The bombing killed seven people: four in Kafr Nabl and the remaining three in Hass.",
     [(K, 4, 4, "exact", "Kafr Nabl", "local"), (K, 3, 3, "exact", "Hass", "local")]),
    ("Airstrikes killed 11 people in Idlib province, six of them in Ariha and five of them in Saraqib.",
     [(K, 6, 6, "exact", "Ariha", "local"), (K, 5, 5, "exact", "Saraqib", "local")]),
    # Parts that leave some of the dead unplaced: the parts, and the rest counted nowhere rather
    # than twice.
    ("Clashes killed 14 people on Sunday, nine in Bentiu and three in Rubkona.",
     [(K, 9, 9, "exact", "Bentiu", "local"), (K, 3, 3, "exact", "Rubkona", "local")]),
])
def test_a_total_broken_down_by_place_gives_the_parts(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A town's toll and more towns' tolls: three tolls, even when they happen to add up.
    ("Fighting left 20 people dead in Gao, 12 in Menaka and eight in Ansongo.",
     [(K, 20, 20, "exact", "Gao", "local"), (K, 12, 12, "exact", "Menaka", "local"),
      (K, 8, 8, "exact", "Ansongo", "local")]),
    # One part is no breakdown.
    ("Clashes killed 14 people, including nine in Bentiu.",
     [(K, 14, 14, "exact", "", "local")]),
])
def test_a_list_that_is_no_breakdown_keeps_its_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A total over a country or a unit, and one part of it placed: the part is the town's toll, the total
    # a wider one (a country's, as its words say; else an operation's).
    ("Russian strikes killed 25 people across Ukraine on Monday, including 11 in Kharkiv.",
     [(K, 25, 25, "exact", "", "national"), (K, 11, 11, "exact", "Kharkiv", "local")]),
    ("Militants killed 40 soldiers in Burkina Faso last week, including 15 near Djibo.",
     [(K, 40, 40, "exact", "Burkina Faso", "national"), (K, 15, 15, "exact", "Djibo", "local")]),
    # "N of them in X": a part named as some of the total's dead.
    ("Shelling killed 16 people across the Nuba Mountains region, six of them in Kauda.",
     [(K, 16, 16, "exact", "", "operation"), (K, 6, 6, "exact", "Kauda", "local")]),
    ("At least 20 people were killed in Zaporizhzhia region, including nine in Orikhiv.",
     [(K, 20, None, "at least", "Zaporizhzhia", "operation"), (K, 9, 9, "exact", "Orikhiv", "local")]),
    # The wider place named before a total without place words is its place.
    ("In Sudan, air strikes killed 30 people, including 12 in Nyala.",
     [(K, 30, 30, "exact", "Sudan", "national"), (K, 12, 12, "exact", "Nyala", "local")]),
])
def test_a_total_over_a_wider_place_and_its_one_placed_part_are_both_kept(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The press of Pakistan and Kashmir writes "martyred" for soldiers and police killed; armies of the
    # Sahel and Cameroon write "neutralised" for fighters killed.
    ("Six Pakistan Army personnel were martyred in a bomb attack near Razmak.",
     [(K, 6, 6, "exact", "Razmak", "local")]),
    ("The blast resulted in the martyrdom of one officer and five soldiers.",
     [(K, 1, 1, "exact", "", "local"), (K, 5, 5, "exact", "", "local")]),
    ("Troops neutralised 12 terrorists near Barsalogho on Friday.",
     [(K, 12, 12, "exact", "Barsalogho", "local")]),
    ("Twelve secessionists were also neutralized, the army said.", [(K, 12, 12, "exact", "", "local")]),
    ("The shelling caused the death of 7 civilians in Marib.", [(K, 7, 7, "exact", "Marib", "local")]),
    # Palestinian, Syrian and Iraqi sources count the dead as martyrs.
    ("The strike on Jabalia left 14 martyrs and dozens wounded.",
     [(K, 14, 14, "exact", "", "local"), (W, None, None, "vague", "", "local")]),
    ("The number of martyrs has increased to 30, the ministry said.", [(K, 30, 30, "exact", "", "local")]),
    # The wounded told by their injuries.
    ("20 people sustained serious injuries.", [(W, 20, 20, "exact", "", "local")]),
    # Deaths told by how they died.
    ("At least 78 detainees suffocated or were crushed to death in army trucks.",
     [(K, 78, None, "at least", "", "local")]),
    ("Four men were beaten to death by the crowd.", [(K, 4, 4, "exact", "", "local")]),
    ("Gunmen ambushed a car on a downtown street, executing three election officials.",
     [(K, 3, 3, "exact", "", "local")]),
    # A toll revised: "was later revised to", "revised upward to".
    ("The toll was later revised to 20, the governor said.", [(K, 20, 20, "exact", "", "local")]),
    ("The death toll was revised upward to 40 on Monday.", [(K, 40, 40, "exact", "", "local")]),
])
def test_other_presses_words_for_the_killed(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The violence has killed more than 4,500 people in the three southernmost provinces of Yala, Pattani and "
    "Narathiwat since a decades-old separatist rebellion resurfaced in January 2004.",
    "According to the government, 109 security forces have been killed since the armed insurgency started.",
    "Since Jan. 9, a series of attacks has left at least 57 civilians dead in the Djugu territory.",
    "At least 300 people have died since the rebellion erupted in the region.",
    "More than 70 soldiers have lost their lives fighting the insurgency since the government deployed the troops "
    "in January.",
])
def test_a_toll_since_a_conflict_began_is_cumulative(text):
    assert [f[5] for f in figures(text)] == ["cumulative"]


@pytest.mark.parametrize("text, scopes", [
    # The dead of various or several raids or attacks, whatever word says what they were, are no one event's.
    ("At least 33 people have so far died in various cattle raids within Jonglei state, officials said.",
     ["cumulative"]),
    ("Unknown gunmen have killed at least 40 people in several night-time raids on villages across the county.",
     ["cumulative"]),
    # (a guard) One attack's are its own.
    ("Two civilians were killed in a bomb attack in Narathiwat on Wednesday.", ["local"]),
])
def test_the_dead_of_various_or_several_attacks_are_no_one_events(text, scopes):
    assert [f[5] for f in figures(text)] == scopes


@pytest.mark.parametrize("text, scopes", [
    # A toll "during the war" is the war's, and so are the wounded its clause tells after it.
    ("In total, during the full-scale war, Russian forces killed at least 1,500 civilians of Kharkiv region, and "
     "wounded 3,900.", ["cumulative", "cumulative"]),
    ("During the civil war, the militias killed 2,000 people and wounded 5,000 in the province.",
     ["cumulative", "cumulative"]),
    # (a guard) The wounded of another clause, told at their own place, keep their own scope.
    ("Since 2014 the war has killed 2,000 people, and a bomb wounded 12 in Yala on Monday.",
     ["cumulative", "local"]),
])
def test_the_wounded_told_with_a_wars_killed_are_the_wars(text, scopes):
    assert [f[5] for f in figures(text)] == scopes


@pytest.mark.parametrize("text", [
    "The militants, who have held the town since January, killed 12 people on Monday.",
    "The militants, who have held the town since seizing it in 2019, killed 12 people in the market on Monday.",
])
def test_a_period_before_a_toll_of_one_day_is_another_clauses(text):
    assert [f[5] for f in figures(text)] == ["local"]


@pytest.mark.parametrize("text, expected", [
    # An earlier count the sentence says was replaced is no figure.
    ("The strike also wounded 10 people. Initial reports had five dead but the toll climbed overnight.",
     [(W, 10, 10, "exact", "", "local")]),
    ("Officials had initially reported three killed before the army confirmed the deaths of nine soldiers.",
     [(K, 9, 9, "exact", "", "local")]),
    # A count revised, and the one it replaced: the new one only.
    ("At least 61 people were killed, the UN said, revising up a death toll it initially estimated at 48.",
     [(K, 61, None, "at least", "", "local")]),
    ("The toll rose to 23 dead, up from an earlier 17, the ministry said.", [(K, 23, 23, "exact", "", "local")]),
])
def test_a_superseded_count_is_no_figure(text, expected):
    assert figures(text) == expected


def test_a_toll_someone_had_earlier_placed_at_a_count_is_no_figure():
    text = "The governor had earlier placed the death toll at 9, but the ministry raised it to 11."
    assert 9 not in [f[1] for f in figures(text)]


@pytest.mark.parametrize("text, expected", [
    # "among the eight killed" restates a group told before: no count of its own.
    ("The ministry said that among the eight killed, one was killed in Nur Shams refugee camp.",
     [(K, 1, 1, "exact", "Nur Shams", "local")]),
    # A list goes on after the place's noun, and a place may follow "the nearby".
    ("The ministry said seven were killed in the Tulkarem refugee camp and one in the nearby Nur Shams camp.",
     [(K, 7, 7, "exact", "Tulkarem", "local"), (K, 1, 1, "exact", "Nur Shams", "local")]),
    # A toll across a territory or a province is no toll at one place.
    ("At least 40 Palestinians were killed by Israeli strikes across Gaza on Sunday.",
     [(K, 40, None, "at least", "", "operation")]),
    ("Fighting throughout Darfur killed 200 people last month.", [(K, 200, 200, "exact", "", "operation")]),
])
def test_groups_told_again_lists_after_a_noun_and_tolls_over_a_territory(text, expected):
    assert figures(text) == expected


def test_a_period_that_ranks_the_event_makes_no_operation_total():
    ranked = ("At least 20 people were killed when a hospital was shelled in what one doctor described as "
              "the worst day of bloodshed since the start of the military campaign.")
    assert figures(ranked) == [(K, 20, None, "at least", "", "local")]
    assert figures("At least 300 people have been killed since the start of the military campaign.") == \
        [(K, 300, None, "at least", "", "operation")]
    # The ranking may name who was hit and where before its period.
    far = ("Officials said 22 people were killed in one of the most devastating attacks against Americans in "
           "Iraq since the start of the war.")
    assert [f[5] for f in figures(far)] == ["local"]


def test_a_long_including_aside_keeps_the_total():
    text = ("Sathiyamorthy said 22 people, including an 18-month-old child and a medical worker, were killed "
            "and 283 injured in the attack.")
    assert figures(text) == [(K, 22, 22, "exact", "", "local"), (W, 283, 283, "exact", "", "local")]


def test_a_string_of_attacks_on_one_day_is_a_local_toll_and_since_a_month_makes_it_running():
    assert figures("Bandits killed 20 villagers in a string of attacks in Tillaberi on Sunday.") == \
        [(K, 20, 20, "exact", "", "local")]
    assert figures("Since March, a string of attacks has killed 57 civilians in Djugu.")[0][5] != "local"


KILLING_VERBS = [
    ("Insurgents attacked a Land Cruiser, and butchered the ten people inside it.",
     [(K, 10, 10, "exact", "", "local")]),
    ("Gunmen gunned down four policemen in Quetta.", [(K, 4, 4, "exact", "Quetta", "local")]),
    ("Six villagers were hacked to death in Beni.", [(K, 6, 6, "exact", "Beni", "local")]),
    ("Terrorists murdered and beheaded five people in Mucojo.", [(K, 5, 5, "exact", "Mucojo", "local")]),
    ("The blast killed all 12 passengers.", [(K, 12, 12, "exact", "", "local")]),
    # One victim of a killing "to death", in either voice.
    ("A teenager was shot to death in Karachi.", [(K, 1, 1, "exact", "Karachi", "local")]),
    ("A man was stabbed to death in Jos.", [(K, 1, 1, "exact", "Jos", "local")]),
    ("Gunmen shot to death a polio worker in Quetta.", [(K, 1, 1, "exact", "Quetta", "local")]),
    # The one who kills is no victim.
    ("A man shot dead two people in a market in Herat.", [(K, 2, 2, "exact", "Herat", "local")]),
    # A relative named with a possessive is one victim.
    ("Her cousin and his wife were both killed.", [(K, 1, 1, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    ("Gunmen killed his nephew in Bannu.", [(K, 1, 1, "exact", "Bannu", "local")]),
    ("Police found 14 men shot to death in Baquba.", [(K, 14, 14, "exact", "Baquba", "local")]),
    ("Gunmen shot to death three policemen in Samarra.", [(K, 3, 3, "exact", "Samarra", "local")]),
    # Another thing done to the victims before the verb that kills them.
    ("Police found 18 men who had been handcuffed and shot dead in Mahmudiya.",
     [(K, 18, 18, "exact", "Mahmudiya", "local")]),
    ("Nine villagers were rounded up and executed in Djibo.", [(K, 9, 9, "exact", "Djibo", "local")]),
    # ... but in "killed and wounded" the first verb is the cue: the count stays one of the dead.
    ("Dozens of people were killed and wounded in Laiza.", [(K, None, None, "vague", "", "local")]),
    # The dead carried away are the dead already counted.
    ("The protestors took the bodies of the three persons to the house of the MLA.", []),
]


@pytest.mark.parametrize("text, expected", KILLING_VERBS)
def test_verbs_of_killing_and_a_definite_group_after_them(text, expected):
    assert figures(text) == expected


def test_a_claim_the_sentence_calls_false_counts_no_one():
    assert figures("The separatists announced that 9 soldiers were killed during the attack but colonel "
                   "Badjeck said it was \u201cfake news.\u201d") == []
    assert figures("Officials dismissed as false claims reports that 40 villagers had been killed.") == []
    # Denying a part in the attack denies no toll.
    assert figures("The army denied involvement in the attack that killed 12 civilians.") == \
        [(K, 12, 12, "exact", "", "local")]


def test_a_cue_in_quotation_marks():
    assert figures("12 secessionists were also \u201cneutralized\u201d and several others escaped.") == \
        [(K, 12, 12, "exact", "", "local")]
    assert figures("Four militants were \u201cneutralised\u201d in Kidal.") == [(K, 4, 4, "exact", "Kidal", "local")]


def test_only_the_claim_called_false_is_dropped():
    text = ("The attackers also gunned down four farmers near the town of Hasaheisa, a committee said, adding "
            "that the army said the reports of 40 dead were \u201cfake news\u201d.")
    assert figures(text) == [(K, 4, 4, "exact", "Hasaheisa", "local")]


@pytest.mark.parametrize("text, scope", [
    # "West" in a place's name ranks nothing: the toll since a date is a background total.
    ("At least 210 Palestinians have been killed by Israeli forces across the occupied West Bank since "
     "March 4, officials said.", "cumulative"),
    ("Some 40 people have died in the unrest in the Northwest Province since January, police said.", "cumulative"),
    # A true superlative still ranks one event among the others.
    ("It was the deadliest attack since March 4, killing 12 people.", "local"),
    # (and "one" stands for the event it ranks)
    ("In the most lethal one involving children since September, a car bomb killed at least 27 people.", "local"),
    # A toll over the period another sentence gave, and an overall number, are background totals.
    ("At least nine people have been killed by shells fired by rebels over the same period.", "cumulative"),
    ("The strikes raised the overall number of people killed in the province to 140.", "cumulative"),
])
def test_a_period_or_an_overall_number_makes_a_background_total(text, scope):
    [fig] = find_figures(text)
    assert fig.scope == scope


@pytest.mark.parametrize("text, expected", [
    # A group joined to a toll right after its cue: more dead of the same toll.
    ("Three of the commander's guards were killed, along with four civilians, but the commander survived.",
     [(K, 3, 3, "exact", "", "local"), (K, 4, 4, "exact", "", "local")]),
    ("Two soldiers were killed together with five passengers.",
     [(K, 2, 2, "exact", "", "local"), (K, 5, 5, "exact", "", "local")]),
    # No count after it: nothing added.
    ("Four policemen were killed, as well as dozens of horses.", [(K, 4, 4, "exact", "", "local")]),
])
def test_a_group_joined_after_the_cue_counts_too(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # After a killing, a definite victim counts one, and the list after it counts too.
    ("Bandits killed the village chief and four residents.",
     [(K, 1, 1, "exact", "", "local"), (K, 4, 4, "exact", "", "local")]),
    ("A roadside bomb killed the district governor on Monday.", [(K, 1, 1, "exact", "", "local")]),
    # Not after a wounding: "the district governor" is one of the wounded told before.
    ("The attacker targeted and injured the district governor, Hamesha Gul.", []),
    # Nor a plural: the rebels are not counted.
    ("Troops killed the rebels.", []),
])
def test_a_definite_victim_after_a_killing_counts_one(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The first item's complement and an aside on it stand before the next item of the list.
    ("A missile hit a house, killing nine members of one family and two other people.",
     [(K, 9, 9, "exact", "", "local"), (K, 2, 2, "exact", "", "local")]),
    ("A missile levelled a building, killing nine members of the Dalu family, five of them children, and two "
     "other people, medics said.", [(K, 9, 9, "exact", "", "local"), (K, 2, 2, "exact", "", "local")]),
    # An aside then another act is no item.
    ("The strike killed nine people, five of them children, and wounded 12.",
     [(K, 9, 9, "exact", "", "local"), (W, 12, 12, "exact", "", "local")]),
])
def test_a_list_of_victims_goes_on_after_a_complement_or_an_aside(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An earlier count whose words follow it: replaced by the toll told before.
    ("The death toll rose through the day, with at least 12 people initially reported dead in the strike.", []),
    # A habit, not an event: many strikes "have killed dozens of people at a time".
    ("Strikes on the crowded Maghazi camp have killed dozens of people at a time.",
     [(K, None, None, "vague", "", "cumulative")]),
    # The words of saying after a toll do not replace it.
    ("At least 12 people were killed, police initially reported.", [(K, 12, None, "at least", "", "local")]),
    # Previous events' toll, in the plural and with a word between.
    ("Previous major attacks in Iraq have killed many women and men together.",
     [(K, None, None, "vague", "", "cumulative")]),
])
def test_an_earlier_count_or_a_habit_is_no_local_toll(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, scopes", [
    # A running total over days gone counts many days' events: cumulative.
    ("The latest deaths brought to at least 200 the number of civilians killed since Monday, the monitor said.",
     [(200, "cumulative")]),
    ("Two more died on Tuesday, bringing the toll since Saturday to 45.", [(2, "local"), (45, "cumulative")]),
    ("Three more bodies were found, raising the death toll since last week to 31.", [(3, "local"), (31, "cumulative")]),
    # Days with no word of a total: one town's battle, local. A running total with no days: local.
    ("Nearly 300 people had been killed since Friday in the fighting in Aleppo, a rights group said.",
     [(300, "local")]),
    ("Two more died in hospital, bringing the death toll to 12.", [(2, "local"), (12, "local")]),
])
def test_a_running_total_since_a_day_gone_is_cumulative(text, scopes):
    assert [(f.low, f.scope) for f in find_figures(text)] == scopes


@pytest.mark.parametrize("text, counts", [
    # A list of victims goes on past a victim's name in commas, and through "his", "her", "their".
    ("Bandits killed the village head, Alhaji Musa Bello, his personal assistant and four other residents.",
     [1, 1, 4]),
    ("Bandits killed the village head, his servant and abducted some people.", [1, 1]),
    ("Gunmen killed a man, his wife and their three children.", [1, 1, 3]),
    # "his unit" is no victim.
    ("Gunmen killed a soldier and his unit withdrew.", [1]),
])
def test_a_list_of_single_victims_with_names_and_kin(text, counts):
    assert [f.low for f in find_figures(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # "along with" after the place or day of the toll still joins more victims to it, and its list goes on.
    ("Fifty-five herdsmen were killed in the raid on Monday, along with 17 attackers and three soldiers.",
     [(55, "local"), (17, "local"), (3, "local")]),
    # A background total that names its own figure makes only that one cumulative.
    ("Two people were killed on Monday, and the overall toll stood at 300.", [(2, "local"), (300, "cumulative")]),
    ("Two people were killed on Monday, raising the previous overall toll of 56 dead.",
     [(2, "local"), (56, "cumulative")]),
])
def test_joined_victims_and_a_background_total_of_its_own(text, counts):
    assert [(f.low, f.scope) for f in find_figures(text)] == counts


def test_since_then_makes_a_background_total():
    text = "The campaign began three weeks ago. Officials say more than 500 people have died since then."
    assert [(f.low, f.scope) for f in find_figures(text)] == [(500, "cumulative")]


def test_between_one_number_to_another_is_a_range():
    text = "Radio reports said between 20 to 40 soldiers were killed."
    assert [(f.low, f.high, f.qualifier) for f in find_figures(text)] == [(20, 40, "range")]


@pytest.mark.parametrize("text, counts", [
    # Who said it is no victim of the toll told after the verb of speech.
    ("A government official and witnesses said on Sunday the four were killed in a bar.", [(4, "local")]),
    # "the battle for" a town is an operation: its toll is no one event's.
    ("The battle for the capital has left 300 dead, including dozens of civilians.", [(300, "operation")]),
])
def test_speakers_are_no_victims_and_a_battle_for_a_town_is_an_operation(text, counts):
    assert [(f.low, f.scope) for f in find_figures(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # Fighting "that has killed": a background total, the other toll of the sentence stays local.
    ("A roadside bomb killed five soldiers in a town west of the capital, as troops tried to contain "
     "sectarian fighting in Balad that has killed close to 100 people.", [(5, "local"), (100, "cumulative")]),
    # An event "that has killed" is that event's toll.
    ("A suicide bombing that has killed at least 12 people struck a market in Kandahar.", [(12, "local")]),
    # And with a relative clause between commas: "The war, which began in April 2023, has killed ..."
    ("An RSF drone attack on a power station in Atbara killed two workers on Thursday. The war, which began in "
     "April 2023, has killed tens of thousands of people.", [(2, "local"), (None, "cumulative")]),
    ("The conflict in Sudan, which erupted in April 2023, has claimed more than 20,000 lives.",
     [(20000, "cumulative")]),
    # A count "in less than two weeks", "within a month": many events' running total.
    ("In less than two weeks, more than 60 people have been killed by the rebels in the territories of Beni and "
     "Irumu.", [(60, "cumulative")]),
    ("Gunmen have killed 35 villagers in Zamfara within three months, residents said.", [(35, "cumulative")]),
    # The dead "as a result of" a campaign are its own toll.
    ("A total of 52 soldiers were killed as a result of the military campaign in Marib.", [(52, "operation")]),
    # A rate is no toll: "have died a day"; nor a year's count of "acts of violence" (not "a day after").
    ("Officials estimate that about 40 people have died a day in the fighting around Khartoum.",
     [(40, "cumulative")]),
    ("A UN report says at least 12,000 civilians in Myanmar were killed last year in acts of violence.",
     [(12000, "cumulative")]),
    ("Three policemen were killed a day after the raid on the market in Garowe.", [(3, "local")]),
    # A rebellion, an uprising or a revolt is such a war too.
    ("The patrol was heading to Rueso district in Narathiwat, one of the provinces hit by a decade-long rebellion "
     "which has claimed more than 6,000 lives.", [(6000, "cumulative")]),
    ("Two protesters were shot dead in Homs on Friday, in an uprising that has killed more than 900 people.",
     [(2, "local"), (900, "cumulative")]),
    # A long clause naming the sides: the war stands far from its toll.
    ("Aid groups say the war, which erupted in March 2015 between the Saudi-backed government of President "
     "Abed Rabbo Mansour Hadi and the Iran-aligned Houthi movement, has killed more than 150,000 people.",
     [(150000, "cumulative")]),
])
def test_fighting_that_has_killed_is_a_background_total(text, counts):
    assert [(f.low, f.scope) for f in find_figures(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # The group after "of": described, with its acronym in brackets; or the place they live in.
    ("Three soldiers and nine members of the outlawed Kurdistan Workers Party (PKK) were killed in a clash.",
     [3, 9]),
    ("Ten residents of the village were killed in the raid.", [10]),
])
def test_a_counted_group_of_a_named_party_or_a_place(text, counts):
    assert [f.low for f in find_figures(text)] == counts


def test_have_recently_killed_is_a_background_total():
    text = ("Violent confrontations between criminal groups in the north of the state have recently killed at "
            "least a dozen people.")
    assert [(f.low, f.scope) for f in find_figures(text)] == [(12, "cumulative")]


def test_a_toll_across_a_village_is_local():
    # A village or a town is one place, not a territory the events spread over.
    text = ("No fewer than 60 villagers have reportedly been killed in attacks across Tatakourou village of "
            "northern Mali.")
    assert [(f.low, f.scope) for f in find_figures(text)] == [(60, "local")]
    # (guards: across a province, no one place; nor "town by town", nor a town and a village)
    text = "At least 60 villagers were killed in attacks across Mopti region."
    assert [(f.low, f.scope) for f in find_figures(text)] == [(60, "operation")]
    text = "Air strikes across Idlib village by village have killed 90 people this week."
    assert [(f.low, f.scope) for f in find_figures(text)] == [(90, "operation")]
    text = "At least 20 people were killed in attacks across Kidal town by gunmen on Sunday."
    assert [(f.low, f.scope) for f in find_figures(text)] == [(20, "local")]
    text = "At least 12 people were killed in raids across Mpeketoni town and nearby Kibaoni village."
    assert [(f.low, f.scope) for f in find_figures(text)] == [(12, "operation")]


def test_a_toll_across_a_part_of_a_province_is_not_local():
    text = ("At least ten people have been killed and 29 more injured in the fighting across northern Shan State "
            "that began on Sunday, state media announced.")
    assert [(f.low, f.scope) for f in find_figures(text)] == [(10, "operation"), (29, "operation")]


@pytest.mark.parametrize("text, counts", [
    ("The governor said a 75-year-old woman had died in her apartment.", [1]),
    ("The body of a man was found under rubble.", [1]),
    # "had" before an active verb makes no toll of the woman (her husband, killed, is the one victim);
    # "the body of the soldier" is one already counted.
    ("A woman had killed her husband.", [1]),
    ("The body of the soldier was returned to his family.", []),
])
def test_one_victim_who_had_died_or_whose_body_was_found(text, counts):
    found = find_figures(text)
    assert [f.low for f in found] == counts
    assert not any(text[f.start:f.end].startswith("A woman had") for f in found)


@pytest.mark.parametrize("text, low", [
    # A killing told as a noun, its count after "of".
    ("Amnesty condemned the killing of 12 civilians in Kidal on Monday.", 12),
    ("A man lost his family during the killings of over 400 residents in the village on June 18.", 400),
    ("Rights groups documented the massacre of at least 40 villagers.", 40),
    ("The murder of three aid workers shocked the town.", 3),
])
def test_a_killing_told_as_a_noun_counts_the_dead_after_of(text, low):
    assert [(f[0], f[1]) for f in figures(text)] == [(K, low)]


def test_the_dead_told_with_the_villages_they_lived_in_before_the_verb():
    text = ("Over 90 villagers of Tudun Biri in Rigasa District of Igabi Local Government Area of Kaduna State "
            "were killed Sunday night.")
    assert [(f[0], f[1]) for f in figures(text)] == [(K, 90)]


@pytest.mark.parametrize("text, low", [
    # One victim, with where they lived or were, and a few words of who they were, before the verb.
    ("A villager in Pale Township, Sagaing Region, was killed in another airstrike on Tuesday.", 1),
    ("A female Kyar Si villager in Pale Township was killed in another airstrike on Tuesday.", 1),
    ("Two villagers in Pale Township, Sagaing Region, were killed in an airstrike on Tuesday.", 2),
])
def test_a_victim_told_with_where_they_were_before_the_verb(text, low):
    assert [(f[0], f[1]) for f in figures(text)] == [(K, low)]


@pytest.mark.parametrize("text, low", [
    # A side's lower account set against another's in one sentence: the lower, ACLED's conservative reading.
    ("Residents said 30 people were killed in a drone strike on a market in Dessie, but the government maintained "
     "that only two civilians died.", 2),
    ("Rebels said they killed 40 soldiers near Djibo, but the army insisted that only six soldiers died.", 6),
    # (a list of parts after "only" is one account: 25 and 5)
    ("The military has maintained that only 25 militants and 5 civilians were killed in the strikes.", 25),
])
def test_a_lower_account_in_the_same_sentence_is_the_count(text, low):
    assert [f.low for f in find_figures(text) if f.kind == "killed"][:1] == [low]


@pytest.mark.parametrize("text, low", [
    # The only count is no superseded one, and words of an earlier count take only the number after them.
    ("The death toll, initially estimated at 30 by local volunteers, could rise, they said.", 30),
    ("The toll from the drone strike in Sumy, initially given as eight, rose to 11 after three wounded died.", 11),
])
def test_a_count_given_first_is_the_count_when_it_is_the_only_one(text, low):
    assert [f[1] for f in figures(text) if f[0] == K] == [low]


@pytest.mark.parametrize("text", [
    "Medics had initially said 25 people were killed, but the committee said later that 40 had died and dozens "
    "more were wounded.",
    "Medics said initially that 25 people were killed, but the committee said later that 40 had died and dozens "
    "more were wounded.",
])
def test_a_count_the_sentence_says_was_given_first_gives_way_to_its_later_one(text):
    assert [f[1] for f in figures(text) if f[0] == K] == [40]


@pytest.mark.parametrize("text, expected", [
    # "of whom", "of them" between the number and its cue: the part of a group told that died.
    ("A total of 58 people had been rescued from the rubble, 51 of whom were killed.",
     [(K, 51, 51, "exact", "", "local")]),
    ("Gunmen seized 40 passengers; 12 of them were killed.", [(K, 12, 12, "exact", "", "local")]),
    # A force's name and its acronym before who it counts; the force they belong to after them.
    ("At least 42 central reserve police force (CRPF) personnel were killed and 38 others injured.",
     [(K, 42, None, "at least", "", "local"), (W, 38, 38, "exact", "", "local")]),
    ("The attack left at least 42 personnel of the force dead.", [(K, 42, None, "at least", "", "local")]),
    ("At least 12 members of the security forces and 14 civilians were killed.",
     [(K, 12, None, "at least", "", "local"), (K, 14, 14, "exact", "", "local")]),
    ("The ministries reported that ten security and government officials had lost their lives.",
     [(K, 10, 10, "exact", "", "local")]),
    ("Gunmen attacked two churches, killing at least 15 law enforcement officials and four civilians.",
     [(K, 15, None, "at least", "", "local"), (K, 4, 4, "exact", "", "local")]),
    # How many nations they came from is no count of them, and stands between them and their cue.
    ("The minister said 37 foreigners of eight nationalities and one Algerian worker were killed.",
     [(K, 37, 37, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    ("Twelve tourists of five nationalities were killed in the attack.", [(K, 12, 12, "exact", "", "local")]),
    ("Troops from 12 countries patrol the border; two soldiers were killed.", [(K, 2, 2, "exact", "", "local")]),
])
def test_the_dead_of_a_group_told_before_them(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A superlative before the toll ranks something else: the war's dead since April stay a background total.
    ("The fighting in Khartoum, the worst urban warfare in Africa in decades, has killed more than 5,000 people "
     "since April.", [(K, 5000, None, "more than", "", "cumulative")]),
    # A superlative ranks an event only before its noun or its period: "the worst-hit state" ranks a place.
    ("Militants have killed more than 1,200 people in Borno, the worst-hit state in Nigeria since the insurgency "
     "began in 2009.", [(K, 1200, None, "more than", "Borno", "cumulative")]),
    # One victim ends a list of counted ones; a speaker after "and" is none.
    ("A suicide bomber killed five Chinese nationals and their Pakistani driver in Dasu on Tuesday.",
     [(K, 5, 5, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    ("A bomb killed five soldiers and a civilian.", [(K, 5, 5, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    ("The attack came a day after peacekeepers found the bodies of 42 civilians, a UN spokesman said.",
     [(K, 42, 42, "exact", "", "local")]),
    # The group the dead are told of is no more dead.
    ("The bus carried 40 people, 23 of whom were killed.", [(K, 23, 23, "exact", "", "local")]),
    # A count revised in its own sentence: the revised one.
    ("Gunmen killed 25 people at a market in Baidoa, a toll police later raised to 27.",
     [(K, 27, 27, "exact", "", "local")]),
    ("A car bomb killed seven; authorities later revised that toll to nine.", [(K, 9, 9, "exact", "", "local")]),
    # A period before a toll of one night is another clause's.
    ("Since the ceasefire collapsed in January, shelling in Avdiivka killed 12 people in a single night.",
     [(K, 12, 12, "exact", "", "local")]),
    # The dead a crowd commemorates are no toll.
    ("Hundreds gathered in Aleppo on Monday to commemorate the 12 martyrs of the 2016 siege of the city.", []),
])
def test_what_todays_adversarial_probes_found(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "In the current year, Pakistan has already recorded a total of 4,260 terrorism-linked fatalities.",
    "A total of 4,897 fatalities were recorded in the corresponding period of 2013.",
])
def test_a_years_tally_is_cumulative(text):
    assert [f.scope for f in find_figures(text)] == ["cumulative"]


@pytest.mark.parametrize("text, scopes", [
    # A news agency's tally named as the source counts a day's dead as well as a war's.
    ("Israeli strikes killed at least 27 people in Gaza City on Thursday, according to a Reuters tally of figures "
     "from hospitals.", ["local"]),
    # (a guard: a period after the source's tally still makes a running total)
    ("According to an AFP tally, at least 14 schools have been hit since July 6, killing more than 280 people.",
     ["cumulative"]),
])
def test_a_tally_named_as_the_source_is_no_period(text, scopes):
    assert [f.scope for f in find_figures(text) if f.kind == "killed"] == scopes


def test_number_phrases_open_on_a_word_character():
    # The number pattern opens on a word boundary (quicker inside a word); that drops no phrase only while
    # every phrase opens on a word character, whatever the tables add.
    import re

    from geodata.text.phrases import first_chars

    pattern = figures_rules._rules().number.pattern
    assert pattern.startswith("\\b(?=")
    gate = first_chars(pattern[2:])
    assert all(re.match(r"\w", ch) for ch in re.fullmatch(r"\(\?=\[(.*)\]\)", gate).group(1).replace("\\d", "0"))


@pytest.mark.parametrize("text, expected", [
    # The counted are the object of a first verb, and the cue comes on "them" after a clause.
    ("Police said gunmen dragged 17 people out of their homes just north of Baghdad and killed them.", [(K, 17)]),
    ("Militants abducted 12 farmers near Maiduguri and later executed them.", [(K, 12)]),
    ("Armed men pulled 11 passengers off a bus in Musakhel district and shot them dead, officials said.", [(K, 11)]),
    # (a guard: "shot them" alone may have wounded them)
    ("Gunmen stopped 30 passengers near Mandera and shot them.", []),
    # (a guard: what is done to them is no cue)
    ("Soldiers detained 20 men in Tal Afar and questioned them.", []),
])
def test_a_count_killed_as_them_after_another_verb(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A definite victim after "assassinated", and the list after where he served.
    ("Rebels assassinated the governor and 11 other members of the organized forces.", [(K, 1), (K, 11)]),
    ("Last week, rebels assassinated the Commissioner of Mayom County and 11 other members of the organized "
     "forces.", [(K, 1), (K, 11)]),
    ("Gunmen killed the mayor of Iguala and two bodyguards.", [(K, 1), (K, 2)]),
])
def test_a_definite_victim_and_the_list_after_where_he_served(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A clause that opens on the dead told before breaks them down: the group is no new count.
    ("(UPDATE as of noon: of the four killed, three died inside the gymnasium while the fourth died in hospital)",
     [(K, 3)]),
    ("Of the 12 dead, nine were soldiers, the army said.", []),
    ("Of the four fatalities, two of them are from the Ararat region.", []),
    ("Of the 30 deaths, 18 were recorded at the district hospital.", []),
    # (a guard: "two of the 12 killed" counts the twelve as the sentence's own toll, as before)
    ("Relatives buried two of the 12 killed, police said.", [(K, 12)]),
])
def test_a_clause_opening_on_the_dead_told_before_counts_no_new_group(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "including" opens an aside, not a noun phrase ("people including relatives"), and a group may be the
    # speaker's ("from my village").
    ("More than 16 people including relatives from my father's side and my mother's side were all killed.",
     [(K, 16)]),
    ("Twelve people from our village were killed, a farmer said.", [(K, 12)]),
    # A toll's number may stand in quotation marks.
    ("Sources said the number dead was \u201cover 30\u201d and that the baby survived.", [(K, 30)]),
    ("The death toll rose to \"45\", officials said.", [(K, 45)]),
])
def test_a_count_with_an_aside_or_its_number_in_quotation_marks(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # The dead and the hurt counted together are neither a toll nor a count of wounded.
    ("A suicide blast inside a mosque in Kunduz killed and wounded at least 100 people.", []),
    ("Officials said more than 100 people were killed and injured in the blast.", []),
    ("The shelling left some 40 people dead or wounded, residents said.", []),
    # (nor a vague count of the dead or the hurt: "hundreds dead or injured" may be all hurt)
    ("Fighting raged on numerous fronts in the province, leaving hundreds dead or injured.", []),
    ("Dozens of people were killed and/or wounded in the shelling, residents said.", []),
    # (guards: each counted apart, as before)
    ("The blast killed five people and wounded 20 others.", [(K, 5), (W, 20)]),
    ("Five people were killed and 20 wounded in the blast.", [(K, 5), (W, 20)]),
])
def test_the_dead_and_the_hurt_counted_together_are_no_toll(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


@pytest.mark.parametrize("text, scope", [
    # Attacks told over a span of days said as one word are an operation's toll, not one event's.
    ("Multiple army attacks killed six civilians and injured 16 others over a two-day period, residents said.",
     "operation"),
    ("Air strikes killed 14 people in a 48-hour period across the province, monitors said.", "operation"),
    # (a guard: one day is one event's)
    ("An air strike killed 14 people on Monday, monitors said.", "local"),
    # The dead of "the recent attacks" on a town are many events', however told.
    ("At least 57 residents were killed and more than 150 wounded in the recent attacks on civilian areas of the "
     "Afghan capital.", "operation"),
    ("Twelve people have been killed in recent rocket attacks on the city, officials said.", "operation"),
    # (a guard: one recent attack is one event)
    ("Twelve people were killed in the recent attack on the city, officials said.", "local"),
    # A day's toll of the whole country, or bodies found "mostly in" two towns, are no one event's.
    ("The bloodshed came on a day that saw sectarian violence claim 10 other Iraqi lives, police said.", "operation"),
    ("The bodies of 50 torture victims were also found, most of them in Baghdad and the city of Baqouba.",
     "operation"),
])
def test_a_toll_over_a_span_of_days_is_an_operations(text, scope):
    assert [f.scope for f in find_figures(text) if f.kind == K] == [scope]


def test_an_including_aside_may_name_the_one_it_includes():
    text = ("A health worker said that three people, including the chief imam of the area, Akilu Dan Malam, were "
            "killed.")
    assert [f.low for f in find_figures(text) if f.kind == K] == [3]


@pytest.mark.parametrize("text, scope", [
    # A day in the toll's own clause dates it to that day, whatever period an aside before it gives.
    ("In Minbya township, under rebel control since Feb. 6, airstrikes by the air force killed three women and "
     "injured seven more people on Wednesday, said a resident.", "local"),
    # (a guard: a period that scopes the sentence, with no day, makes a background total)
    ("Since Feb. 6, airstrikes by the air force have killed 30 people in the township, said a resident.",
     "cumulative"),
])
def test_a_day_in_the_tolls_clause_outweighs_an_asides_period(text, scope):
    assert [f.scope for f in find_figures(text) if f.kind == K][:1] == [scope]


@pytest.mark.parametrize("text, scope", [
    # A period in a clause after a toll dated to one day is that clause's, not the toll's.
    ("A car bomb exploded at the city's busiest intersection Friday, killing at least eight people, underscoring "
     "the violence still facing the country despite a drop in attacks in recent months.", "local"),
    # (a guard: with no day before it, the period after the toll makes it a background total)
    ("Car bombs have killed at least 80 people, underscoring the violence in recent months.", "cumulative"),
])
def test_a_period_in_a_later_clause_leaves_a_toll_of_one_day_alone(text, scope):
    assert [f.scope for f in find_figures(text) if f.kind == K] == [scope]


def test_a_background_total_in_a_later_clause_stays_one_and_the_days_toll_local():
    text = ("Armed men attacked a family home in Tibu on Sunday, killing seven people, adding to the more than 80 "
            "deaths in the region since January.")
    assert [(f.low, f.scope) for f in find_figures(text) if f.kind == K] == [(7, "local"), (80, "cumulative")]


@pytest.mark.parametrize("text, expected", [
    # The wounded who die later are dead: "succumbed", "sustained fatal injuries".
    ("Two soldiers later succumbed to their injuries, the army said.", [(K, 2)]),
    ("Two children and two adults also succumbed to their wounds on Thursday.", [(K, 2), (K, 2)]),
    ("Two civilians also sustained fatal injuries, the army said.", [(K, 2)]),
    # (a guard: injuries that are not fatal are the wounded's)
    ("Two civilians also sustained serious injuries, the army said.", [(W, 2)]),
])
def test_the_wounded_who_die_later_are_counted_dead(text, expected):
    assert [(f.kind, f.low) for f in checked(text)] == expected


def test_a_search_kept_by_window_is_the_search():
    # _scopes asks the cumulative pattern once a window of its sentence (_search_once): every answer must be the
    # pattern's own search of that window, the windows cut anywhere, past the sentence's end too.
    import random

    from geodata.events.figures import _search_once
    from geodata.events.figures.rules import _rules

    pattern = _rules().periods["cumulative"]
    pieces = ("since 2011", "since", "this year", "so far this year", "killed", "12 people", "in the past two weeks",
              "over the years", "the war", "that has killed", "x", ",", ".", " ", "  ", "2011", "tally")
    rng = random.Random(47)
    found = 0
    for _ in range(1500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        searched: dict = {}
        for _ in range(12):
            pos = rng.randint(0, len(text) + 3)
            endpos = rng.randint(pos, len(text) + 300) if rng.random() < 0.7 else len(text) + rng.randint(0, 300)
            expected = pattern.search(text, pos, endpos)
            got = _search_once(pattern, text, pos, endpos, searched)
            assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group())), \
                (text, pos, endpos)
            found += expected is not None
    assert found > 1000


@pytest.mark.parametrize("text", [
    "Hundreds gathered in Odesa on Sunday to mark two years since a Russian missile strike on a shopping centre "
    "that killed 22 people.",
    "Residents on Friday marked the fifth anniversary of the bombing of a wedding hall in which 63 people died.",
    "Survivors on Monday remembered the 2019 attack on the Ogossagou village, when gunmen killed 160 people.",
    # Other wordings of the same: "where", a date between the years and "since", ", which killed", "left ... dead"
    "Villagers on Saturday remembered the 2015 massacre in Baga, where militants killed more than 150 people.",
    "Families in Quetta marked five years on Friday since the suicide bombing at the civil hospital, which killed 70.",
    "The prayers, held two years after a car bomb at a market in Sadr City left 60 people dead, drew thousands.",
    "Families commemorated the 2015 Garissa University massacre, in which al-Shabaab gunmen killed 147 students.",
    "Mourners marched to commemorate the 2022 missile strike on the station, in which 52 people were killed.",
    "The 2014 assault on the school in Peshawar left 150 people dead, most of them children.",
    "The strike came two years to the day after an air strike on the theatre in Mariupol killed hundreds.",
    "The ambush came five years after a suicide bomber killed 40 police in Pulwama.",
    "Yazidis marked ten years since fighters overran Kocho, where the militants killed some 400 men.",
])
def test_the_toll_of_an_event_remembered_is_an_earlier_events(text):
    [f] = find_figures(text)
    assert f.earlier and f.scope != "local"


def test_an_event_weeks_before_told_with_its_toll_is_still_counted():
    """The annotators count an attack of days or weeks before as an event of its own: only years make it
    a memory."""
    [f] = find_figures("The raid came two weeks after a bombing at a market in Kano killed 30 people.")
    assert not f.earlier and f.low == 30


@pytest.mark.parametrize("when", ["last week", "earlier this month", "in March", "two years ago"])
def test_a_toll_of_a_time_gone_by_in_a_where_clause_after_the_sentences_toll_is_an_earlier_events(when):
    # "in an area where 40 villagers were killed ... last week" says where the post lies: the twelve soldiers' toll
    # is the sentence's, the 40 an earlier event's, not added to it. ("two years ago" is a guard: years made it a
    # memory before.)
    text = (f"Twelve soldiers were killed in an attack on an army post near Diffa, in an area where 40 villagers were "
            f"killed in an ambush {when}, the government said.")
    assert [(f.low, f.scope == "local") for f in find_figures(text)] == [(12, True), (40, False)]


@pytest.mark.parametrize("text", [
    # (guards) The time of a clause inside the "where" clause dates no killing.
    "A car bomb killed 20 people in Mogadishu, where 7 soldiers who had returned from training in Turkey last year "
    "also died.",
    "Troops killed 12 insurgents in Gwoza, where 3 soldiers deployed in January were killed.",
])
def test_a_time_inside_a_clause_of_the_where_clause_makes_no_earlier_event(text):
    assert all(f.scope == "local" for f in find_figures(text))


def test_a_toll_of_last_week_in_a_where_clause_alone_in_its_sentence_is_its_event():
    # (a guard) With no toll of its own before it, the clause's toll is the sentence's event.
    text = "Several loud explosions rocked the town of Diffa on Sunday near military bases where one peacekeeper was " \
        "killed last week."
    assert [(f.low, f.scope == "local") for f in find_figures(text)] == [(1, True)]


@pytest.mark.parametrize("text, expected", [
    # A toll over months told by their names is a background total.
    ("Between October and December, close to 300 people were killed in attacks in the Beni area.",
     [(300, "killed", "cumulative")]),
    ("From January to March, more than 200 civilians were killed in the province.", [(200, "killed", "cumulative")]),
    # (a guard) A few days told by their dates are one battle's.
    ("Another five civilians were killed from Sept. 7 to Sept. 9 in the town.", [(5, "killed", "local")]),
    # A killer's confession counts killings over years, at no one place.
    ("A former police officer confessed on television on Wednesday night to killing 113 people.",
     [(113, "killed", "cumulative")]),
    # "took the death toll to" a total since a day gone is a running total over days.
    ("Clashes since Saturday took the death toll from the violence to at least 110, officials said.",
     [(110, "killed", "cumulative")]),
    # (a guard) Bodies taken are no toll's total.
    ("Gunmen killed 5 people in Kajuru and took the bodies of 2 soldiers.",
     [(5, "killed", "local"), (2, "killed", "local")]),
])
def test_months_by_name_confessions_and_took_the_toll_to(text, expected):
    assert [(f.low, f.kind, f.scope) for f in find_figures(text)] == expected


def test_a_countrys_formal_name_owns_the_province_after_it():
    text = "Rebels killed 22 civilians in the Democratic Republic of the Congo's Ituri province on Tuesday."
    assert [(f.low, f.place_text) for f in find_figures(text)] == [(22, "Ituri")]


def test_a_toll_of_two_days_is_an_operations_and_attacks_across_communities_are_placed():
    text = "Thirty-one people have been killed in Zamfara State in two days as bandits went on a rampage."
    assert [(f.low, f.scope) for f in find_figures(text)] == [(31, "operation")]
    text = "Nine others were killed on Tuesday in attacks across communities in Maru LGA of the state."
    assert [(f.low, f.place_text) for f in find_figures(text)] == [(9, "Maru LGA")]


def test_the_second_attack_in_two_days_is_one_events_toll():
    text = "A suicide bomber killed 12 people in Kano on Monday, the second such attack in two days."
    assert [(f.low, f.scope) for f in find_figures(text)] == [(12, "local")]


@pytest.mark.parametrize("text", [
    "The rebels, who said they had killed dozens of soldiers, could not be reached at their base in Kidal.",
    "The group, which claimed to have killed more than 40 troops, attacked an army post near Diffa on Monday.",
    "The militia, which boasted of killing 60 soldiers in a video, overran a camp near Djibo.",
    "Hezbollah, which has said it killed dozens of Israeli soldiers, fired rockets at Metula on Tuesday.",
    # (its words may run long before the count)
    "JNIM, which said on its Telegram channels that it had killed more than 70 soldiers, attacked a post in Boni.",
    "The RSF, which claimed in a statement to have killed 300 soldiers, attacked the city of Babanusa on Sunday.",
    "The Pakistani Taliban, who took responsibility and said their fighters had killed 15 soldiers, attacked a post.",
])
def test_a_sides_boast_in_an_aside_counts_no_one(text):
    assert find_figures(text) == ()


@pytest.mark.parametrize("text, low", [
    # A dash typed as a hyphen between spaces sets an aside off as a dash does.
    ("At least 11 people - including a two-year-old child - have been killed in shelling of Sloviansk.", 11),
    ("Nine people - five soldiers and four attackers - were killed in the raid on the base.", 9),
])
def test_an_aside_between_spaced_hyphens_counts_no_one_more(text, low):
    assert [(f.kind, f.low) for f in find_figures(text)] == [("killed", low)]


@pytest.mark.parametrize("text, low, qualifier", [
    # The part of a group the sentence says died, not the group.
    ("Five of the 17 passengers on a minibus were killed when it struck a mine near Gao.", 5, "exact"),
    ("At least 40 of the 120 worshippers were killed in the attack on the mosque.", 40, "at least"),
    # (the group died where its cue stands in its own words: the part only says who some were)
    ("Officials said at least two of the 19 people found shot to death near the border were migrants.", 19, "exact"),
    # ("out of", and the group told first, the part after a comma)
    ("Nine out of the 14 soldiers manning the post were killed when jihadists attacked it.", 9, "exact"),
    ("Of the 30 passengers, 12 were killed when a roadside bomb hit a minibus in Nad Ali district.", 12, "exact"),
])
def test_a_part_of_a_group_is_the_count_where_the_part_is_what_died(text, low, qualifier):
    assert [(f.kind, f.low, f.qualifier) for f in find_figures(text)] == [("killed", low, qualifier)]


@pytest.mark.parametrize("text, expected", [
    # The wounded who died are dead: their count's verb after the hurt's cue says so.
    ("Another three people wounded in the strike died in hospital later.", [("killed", 3)]),
    ("Two soldiers wounded in the ambush near Bama later died.", [("killed", 2)]),
    # (another subject between: the hurt stay hurt, one of them is one more dead)
    ("Four people were wounded and one of them died later.", [("wounded", 4), ("killed", 1)]),
])
def test_the_wounded_who_died_are_counted_dead(text, expected):
    assert [(f.kind, f.low) for f in find_figures(text)] == expected


def test_a_war_that_killed_many_is_the_wars_toll():
    [f] = find_figures("The fighting has turned into a full-fledged civil war that killed tens of thousands of people.")
    assert f.scope == "cumulative"


def test_the_dead_since_an_invasion_are_a_running_tally():
    [f] = find_figures("Ukraine says more than 550 children have been killed since the full-scale invasion began.")
    assert f.scope == "cumulative"


@pytest.mark.parametrize("text, scope", [
    ("Russian strikes across northern, eastern and southern Ukraine killed at least six people, officials said.",
     "national"),
    ("Air strikes across northern and central Yemen killed at least six people, medics said.", "national"),
    # (one part stays that part's toll: see test_a_toll_across_a_part_of_a_province_is_not_local)
    ("Air strikes across northern Yemen killed at least six people, medics said.", "local"),
])
def test_a_toll_across_several_parts_of_a_country_is_no_one_place(text, scope):
    assert [(f.low, f.scope) for f in find_figures(text)] == [(6, scope)]


@pytest.mark.parametrize("text, expected", [
    ("A drone struck a bus near Kupiansk, resulting in one fatality and two injuries.", [(K, 1), (W, 2)]),
    ("The shelling of the market caused one fatality, the governor said.", [(K, 1)]),
    ("The blast left one injury among the guards.", [(W, 1)]),
])
def test_one_fatality_or_injury_is_one_victim(text, expected):
    assert [(f.kind, f.low) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked the town of Jalawla, killing six residents, two Iraqi security officials said.", [6]),
    ("A car bomb killed four shoppers, three police officers told Reuters.", [4]),
    # (a list of the dead goes on)
    ("A car bomb killed four shoppers, two police officers and a child.", [4, 2, 1]),
])
def test_a_counted_speaker_after_a_toll_is_no_item_of_its_list(text, expected):
    assert [f.low for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Police found 9 bodies across Baghdad: 3 in Dora, 4 in Amil, 2 in Saidiya.",
     [(9, ""), (3, "Dora"), (4, "Amil"), (2, "Saidiya")]),
    # (a colon after a toll that opens no list of places)
    ("The toll was 9: officials said most were civilians.", [(9, "")]),
])
def test_a_round_ups_breakdown_after_a_colon_is_the_tolls_parts(text, expected):
    assert [(f.low, f.place_text) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("A local source said Omar al-Hariri was killed by unknown gunmen in the town of Nawa.", [(K, 1)]),
    ("Fatima al-Zoubi was shot to death on the road near her home.", [(K, 1)]),
    ("Khaled Abu Saleh died of his wounds in hospital on Sunday.", [(K, 1)]),
    ("On Sunday night, local man Saw Kyaw Win was fatally shot by soldiers on the Hpasawng road.", [(K, 1)]),
    # (not a place, a body, a determiner and a people, or a name the counted noun before it tells)
    ("A farmer in Maungdaw Township was killed in the shelling.", [(K, 1)]),
    ("A member of the Red Crescent was killed in the attack.", [(K, 1)]),
    ("Another Palestinian was shot dead near the checkpoint.", [(K, 1)]),  # (one of a people, counted once)
    ("One officer named Rahim Khan was killed in the exchange of fire.", []),
])
def test_one_victim_named_by_name_in_the_passive(text, expected):
    assert [(f.kind, f.low) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Unknown gunmen shot a woman teacher to death in the town of Nawa.", [(K, 1)]),
    ("Soldiers shot a man dead at the checkpoint on Sunday.", [(K, 1)]),
    ("Gunmen shot a man in the leg outside his home.", []),
])
def test_one_victim_between_the_verb_and_to_death(text, expected):
    assert [(f.kind, f.low) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The boy was holding bread when a missile killed him and 19 other people fleeing their village.", [1, 19]),
    ("A drone strike killed her and four others near the market.", [1, 4]),
    ("They killed five soldiers and 12 civilians.", [5, 12]),
])
def test_one_told_before_the_number_that_the_verb_counts_with_it(text, expected):
    assert [f.low for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Another Palestinian, 22, was also killed by Israeli forces in the town of Yabad.", [1]),
    ("Troops shot dead an Afghan at the checkpoint on Sunday.", [1]),
    # (a people's word before a noun is no victim of its own)
    ("A Somali official said two people were killed.", [2]),
])
def test_one_of_a_people_is_one_victim(text, expected):
    assert [f.low for f in find_figures(text)] == expected


def test_a_breakdown_glued_to_the_full_stop_before_it_is_read():
    """"in Mosul.4 in Hadba": a full stop typed with no space after it opens the round-up's breakdown (and
    is no decimal point: a word stands before it)."""
    text = "Police found 11 bodies in Mosul.4 in Hadba, 3 in Zanjili and 4 in Yarmouk."
    assert [(f.low, f.place_text) for f in find_figures(text)] == [
        (11, "Mosul"), (4, "Hadba"), (3, "Zanjili"), (4, "Yarmouk")]
    assert [f.low for f in find_figures("The town lost 2.5 percent of its people; 12 were killed.")] == [12]


def test_a_breakdown_in_brackets_and_the_list_after_it_are_read():
    text = ("Fourteen bodies were found in the Karkh district of the city (five in Mansour, four in Jihad and five in "
            "Amiriya) and two in the Rusafa district (one in Adhamiya and one in Shaab).")
    assert [(f.low, f.place_text) for f in find_figures(text)] == [
        (14, "Karkh"), (5, "Mansour"), (4, "Jihad"), (5, "Amiriya"), (2, "Rusafa"), (1, "Adhamiya"), (1, "Shaab")]


def test_a_bracket_that_holds_no_breakdown_opens_none():
    text = "Gunmen killed 12 people in Dora (a mainly Sunni district) on Monday and 3 in Amil."
    assert [(f.low, f.place_text) for f in find_figures(text)] == [(12, "Dora")]


def test_an_item_named_with_a_closing_ayn_lets_the_list_go_on():
    text = "Police found 7 bodies across Baghdad: 2 in Saba’, 3 in Hurriya and 2 in Amil."
    assert [f.low for f in find_figures(text)] == [7, 2, 3, 2]


@pytest.mark.parametrize("text, scopes", [
    ("Security developments in Iraq on Monday:\n\nIraqis reported killed: 48. Iraqis reported wounded: 61.",
     ["national", "national"]),
    ("Daily update, 3 March:\n\nCivilians killed: 12.", ["national"]),
    # (nor is a sentence that tells the count after a colon a tally line)
    ("The governor gave the toll: 12 people were killed in the shelling of Kherson.", ["local"]),
])
def test_a_round_ups_tally_line_is_a_nationwide_count(text, scopes):
    assert [f.scope for f in find_figures(text)] == scopes


@pytest.mark.parametrize("text", [
    # "the latest in a week of ..." is the most recent of them, no rank: the week's dead are many events'
    "A car bomb hit a checkpoint in Tal Afar, the latest in a week of bombings that have killed nearly 60 people.",
    "The raid in Tal Afar capped a deadly week in which nearly 60 people were killed.",
    "A week of attacks has killed 60 people in Nineveh.",
])
def test_a_weeks_toll_is_no_one_events(text):
    assert [f.scope for f in find_figures(text) if f.low == 60] == ["operation"]


@pytest.mark.parametrize("text, scopes", [
    # An ordinal ranks the event its clause names, not the period a clause after a comma counts.
    ("It was the third rocket attack on the base in a week, sparking clashes that have killed more than 40 people.",
     ["cumulative"]),
    # (a guard: with no comma between, it ranks the period's event)
    ("It was one of the deadliest attacks this year, police said, and killed 40 people.", ["local"]),
    # (nor over an apposition's or a source's commas, which open no clause)
    ("A car bomb killed 60 people in Mogadishu on Saturday, the deadliest attack in the Somali capital, Mogadishu, "
     "since 2017.", ["local"]),
    ("Russian missiles killed 23 people in Dnipro on Friday, the deadliest strike on the city, officials said, since "
     "the war began.", ["local"]),
    ("Gunmen killed 30 villagers in Zamfara state, the worst attack in the state, a bandit stronghold, this year.",
     ["local"]),
    ("Russian missiles killed 23 people in Dnipro on Friday, the deadliest strike on the city, according to officials, "
     "since the war began.", ["local"]),
    ("RSF fighters killed 100 people in El Fasher on Friday, the deadliest attack on the city, which has been under "
     "siege since May.", ["local"]),
])
def test_a_rank_does_not_reach_over_a_clauses_comma(text, scopes):
    assert [f.scope for f in find_figures(text)] == scopes


def test_the_latest_ranks_where_it_ranks_an_event():
    """(a guard) "the deadliest attack in ..." still ranks an event: the toll is the event's own."""
    text = "A car bomb killed 60 people in Tal Afar, the deadliest attack in a week of violence."
    assert [f.scope for f in find_figures(text)] == ["local"]


@pytest.mark.parametrize("text, scopes", [
    # The dead counted by the thousand, no number: a war's or a region's over time, no one event's
    ("The attack was not linked to the conflict in Darfur, which began in 2023 and has killed thousands and "
     "displaced millions.", ["cumulative"]),
    ("The violence has spread across the Sahel, where armed groups have seized territory, killed thousands and "
     "displaced millions.", ["cumulative"]),
    # (a guard: "hundreds" may be one massacre's)
    ("Hundreds were killed when gunmen stormed the village of Kauda.", ["local"]),
])
def test_dead_counted_by_the_thousand_are_no_one_events(text, scopes):
    assert [f.scope for f in find_figures(text)] == scopes


@pytest.mark.parametrize("text, expected", [
    # A series of single victims after a number, to its "and": each one more
    ("The blasts hit the town on Tuesday, killing five members of the party, a member of the security forces and a "
     "child, an official said.", [5, 1, 1]),
    ("Gunmen killed four soldiers, a police officer and a teacher in Kidal.", [4, 1, 1]),
    # (an aside on the group, no series to an "and": no more)
    ("Gunmen killed three villagers, a local official said.", [3]),
])
def test_a_series_of_single_victims_after_a_number_counts_each(text, expected):
    assert [f.low for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A toll told before an aside that holds a week's toll is its own event's
    ("Air strikes killed 9 people in Khan Younis on Monday, the latest in a week of strikes that have killed nearly "
     "100 people.", [(9, "local"), (100, "operation")]),
    ("A car bomb killed 12 people in Kirkuk, capping a bloody week in which 45 people died.",
     [(12, "local"), (45, "operation")]),
])
def test_a_toll_before_an_aside_on_a_weeks_toll_is_its_own(text, expected):
    assert [(f.low, f.scope) for f in find_figures(text)] == expected


def test_a_breakdown_whose_items_open_on_an_article_is_read():
    text = "Police found eight bodies in Mosul on Monday (three in al-Zanjili, three in al-Faisaliya and two in Hadba)."
    assert [f.low for f in find_figures(text)] == [8, 3, 3, 2]


@pytest.mark.parametrize("text, expected", [
    # (guards of the series rule) an apposition that describes the people counted, and the speakers
    ("A roadside bomb in Kandahar on Monday killed two people, a police officer and a civilian.", [2]),
    ("An air strike in Idlib on Monday killed four people, a man and his three sons.", [4]),
    ("A car bomb in Kirkuk on Monday killed 12 people, a police spokesman and a health official said.", [12]),
    ("Gunmen killed four soldiers, a police spokesman and a health official said.", [4]),
])
def test_an_apposition_on_the_people_counted_adds_none(text, expected):
    assert [f.low for f in find_figures(text)] == expected


def test_an_operations_toll_before_an_aside_that_opens_on_after_stays_the_operations():
    """(a guard) Only "the latest in", "capping" and "ending" open an aside that sets a toll apart from a week's."""
    text = "More than 600 civilians have been killed in Fallujah, after fighting intensified during the siege."
    assert [f.scope for f in find_figures(text)] == ["operation"]


@pytest.mark.parametrize("text, expected", [
    ("Police gave a lower figure of 20.", [20]),
    # (guards: a figure of a person, of an age)
    ("A key figure of the party, 45, was arrested.", []),
    ("He cut a lonely figure of 45 years.", []),
])
def test_a_lower_figure_of_a_toll_is_a_toll(text, expected):
    assert [f.low for f in find_figures(text)] == expected


def test_a_figure_in_brackets_after_a_name_takes_the_name_as_its_place_words():
    from geodata.events.figures import in_own_bracket, sharing_places

    text = ("attacks on the Westgate shopping mall in Nairobi (September 2013, 67 dead) and Garissa University "
            "(148 killed).")
    found = sharing_places(text, find_figures(text))
    assert [(f.low, f.place_text) for f in found] == [(67, "Nairobi"), (148, "Garissa University")]
    assert all(in_own_bracket(text, f) for f in found)
    # (a figure in brackets before other words, or after no name, has none)
    text = "Gunmen attacked the town of Gao (12 killed, police said) on Sunday."
    assert [f.place_text for f in sharing_places(text, find_figures(text))] == [""]
    text = "Gunmen attacked the town, police said (12 killed)."
    assert [f.place_text for f in sharing_places(text, find_figures(text))] == [""]


@pytest.mark.parametrize("text, expected", [
    # One number that counts several nouns together, listed with "and".
    ("At least 212 men, women and children were killed in Kiwanja, UN investigators said.", [(212, "killed")]),
    ("Officials said 40 women and children died in the strike on Rafah.", [(40, "killed")]),
    ("Twelve soldiers and policemen were wounded in the ambush near Kidal.", [(12, "wounded")]),
    # (a guard: a list of counted items is still two figures, and a comma before a speaker closes no list)
    ("A roadside bomb in Baqubah killed four women and three children, police said.",
     [(4, "killed"), (3, "killed")]),
])
def test_one_number_may_count_several_nouns_listed_with_and(text, expected):
    assert [(f.low, f.kind) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text", [
    # A number of people moved, freed, seized or sent, then a clause of others' deaths: no toll of them.
    "The army evacuated 300 villagers, and soldiers died when their truck hit a mine near Menaka.",
    "The militants seized 20 soldiers, and civilians were killed in the crossfire near Kidal.",
    "Kenya sent 400 police and soldiers were killed when their convoy hit a mine near Mandera.",
    "Commandos freed 30 hostages and soldiers died in the rescue operation near Gao.",
])
def test_a_number_moved_or_freed_lends_no_later_clause_its_dead(text):
    assert not any(f.low for f in find_figures(text))


@pytest.mark.parametrize("text, low", [
    # The group the counted belong to may be named or described by a few words before its noun.
    ("At least 43 members of the Arab Torjam tribe were killed on Saturday, a rebel leader said.", 43),
    ("Officials said 11 members of the Hawadle clan were killed in the clashes.", 11),
    ("Six members of a local Christian congregation were shot dead.", 6),
])
def test_the_group_the_counted_belong_to_may_be_named_before_its_noun(text, low):
    assert [(f.low, f.kind) for f in find_figures(text)] == [(low, "killed")]


@pytest.mark.parametrize("text, expected", [
    # One holder of a post, named by "the" in the passive, is one victim.
    ("The leader of the Jubur tribe was killed by a roadside bomb near Tikrit on Tuesday.", [(1, "killed")]),
    ("The village chief was shot dead by gunmen in Kauran Namoda.", [(1, "killed")]),
    ("The mayor of Sinjar, Ali Hussein, was wounded in the blast.", [(1, "wounded")]),
    # (a guard: "the" before one who is no post's holder is one told before, not counted again)
    ("The soldier was killed by a sniper.", []),
])
def test_the_holder_of_a_post_told_in_the_passive_is_one_victim(text, expected):
    assert [(f.low, f.kind) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A toll estimated "to be" a number, or a range after "between", or "as high as" a bound.
    ("Local officials estimated the death toll to be 45.", [(K, 45, 45, "exact", "", "local")]),
    ("The death toll was estimated to be at least 45.", [(K, 45, None, "at least", "", "local")]),
    ("Other officials estimated the civilian toll to be between 40 and 90.", [(K, 40, 90, "range", "", "local")]),
    ("Officials put the death toll at between 40 and 90.", [(K, 40, 90, "range", "", "local")]),
    ("A doctor said the toll could be as high as 60.", [(K, None, 60, "up to", "", "local")]),
    ("Villagers said the toll may be 30.", [(K, 30, 30, "exact", "", "local")]),
    # (guards: "between" two of something is no range; a temperature "as high as" is no toll; nor a multiple)
    ("The toll is between two rival groups.", []),
    ("Activists said the real death toll could be two or three times the official count.", []),
    ("Temperatures as high as 45 degrees killed 12 people.", [(K, 12, 12, "exact", "", "local")]),
])
def test_a_toll_estimated_to_be_a_number_or_a_range(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A victim named with his age in commas is one dead, and the age no count.
    ("Corporal Tomas Berger, 27, was killed and four other soldiers were wounded.",
     [(K, 1, 1, "exact", "", "local"), (W, 4, 4, "exact", "", "local")]),
    ("Marine Lance Cpl. Dan Keller, 22, of Ohio, was killed in Anbar.", [(K, 1, 1, "exact", "Anbar", "local")]),
    # (guards: a place or a source, and a count in commas)
    ("In Mosul, 12, including three children, were killed.", [(K, 12, 12, "exact", "", "local")]),
    ("In Sadr City, 12, including three children, were killed.", [(K, 12, 12, "exact", "", "local")]),
    ("According to the United Nations, 300, mostly civilians, have been killed.",
     [(K, 300, 300, "exact", "", "local")]),
])
def test_a_named_victims_age_is_no_count(text, expected):
    assert figures(text) == expected


def test_an_age_after_a_name_is_no_count_where_no_verb_counts_the_victim():
    # ("died" alone after the name's asides counts no one yet; the age is still no toll)
    assert 21 not in [f[1] for f in figures("Private Dan Keller, 21, of Ohio, died in the blast.")]


@pytest.mark.parametrize("text, scope", [
    # An operation named by its name: its toll is the operation's.
    ("The army said 14 soldiers were killed and 60 injured during Operation Zarb-e-Azb in North Waziristan.",
     "operation"),
    ("Some 1,400 Palestinians were killed in Operation Cast Lead, rights groups said.", "operation"),
    # (guards: an operation with no name, to do something, is one raid; so is "an operation"; a checkpoint "in
    # operation"; an operation named in another clause than the toll)
    ("Two soldiers were killed in operation to clear the village of Baiji on Monday.", "local"),
    ("Three militants were killed during operation launched by police in Kupwara on Monday.", "local"),
    ("A police checkpoint in operation since 2005 was bombed in Baquba on Monday, killing three policemen.", "local"),
    ("A car bomb killed 12 soldiers in Ramadi on Monday, where troops are engaged in Operation Lightning.", "local"),
    ("Two soldiers were killed in an operation near Baiji on Monday.", "local"),
])
def test_a_toll_during_an_operation_named_by_its_name_is_the_operations(text, scope):
    assert {f[5] for f in figures(text) if f[0] == K} == {scope}


@pytest.mark.parametrize("text, expected", [
    # A list of victims goes on after a counted item: singles and counted items after it are more dead.
    ("A suicide bomber killed the head of a local peace committee, three of his guards and two others on Friday.",
     [(K, 1, 1, "exact", "", "local"), (K, 3, 3, "exact", "", "local"), (K, 2, 2, "exact", "", "local")]),
    ("A roadside bomb killed the mayor of Kunduz, two of his bodyguards and a driver on Monday.",
     [(K, 1, 1, "exact", "", "local"), (K, 2, 2, "exact", "", "local"), (K, 1, 1, "exact", "", "local")]),
    ("Gunmen killed a member of the provincial council and his driver in Baquba.",
     [(K, 1, 1, "exact", "Baquba", "local"), (K, 1, 1, "exact", "Baquba", "local")]),
    # (guards: "a mother of three" names no more dead; nor do the sources after the list)
    ("The strike killed a mother of three in Rafah.", [(K, 1, 1, "exact", "", "local")]),
    ("A bomb killed the mayor of a small town, three officials said.", [(K, 1, 1, "exact", "", "local")]),
])
def test_a_list_of_victims_goes_on_after_a_counted_item(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    # (guards) One event told "during" an invasion, a conflict or a war's raid is its own, with its day.
    "Gunmen killed 12 villagers during an invasion of Kagoro community in Kaduna State on Sunday, police said.",
    "An American journalist was killed in Irpin on March 13 during the Russian invasion, police said.",
    "Israeli troops killed five Palestinians in Jenin on Tuesday during the war's deadliest raid on the camp.",
    # (guards) Nor are hours of fighting or raids on several communities many events over time.
    "Twenty soldiers died in several hours of fighting in Kidal on Monday, the army said.",
    "Bandits killed 30 people in various communities of Zurmi in coordinated attacks on Sunday night, police said.",
])
def test_one_event_told_during_a_war_or_over_hours_is_local(text):
    assert [f[5] for f in figures(text)] == ["local"]


def test_the_wounded_of_a_clause_of_their_own_keep_their_scope():
    # (a guard) A day and an act of their own: Monday's wounded are no part of the insurgency's tally.
    text = ("Since the insurgency began in 2009, Boko Haram has killed 35,000 people, and eight soldiers were wounded "
            "on Monday when a bomb exploded at a market in Konduga, the army said.")
    assert [f[5] for f in figures(text)] == ["cumulative", "local"]


def test_the_country_of_a_running_totals_clause_is_not_the_tolls_before_it():  # (a guard)
    text = ("At least seven people were killed and 15 wounded, bringing the number of dead in four days of fighting "
            "throughout Syria to 61.")
    assert [(f.low, f.scope) for f in find_figures(text)] == [(7, "local"), (15, "local"), (61, "operation")]



@pytest.mark.parametrize("text, counts", [
    # A time measured from another event is no span counted over; "a week into" an offensive is a day of it.
    ("A car bomb killed 9 people in Kandahar within three months of the peace deal being signed.", [(9, "local")]),
    ("Ten soldiers were killed a week into the offensive on Avdiivka, the general staff said.", [(10, "local")]),
    ("Four policemen were killed a day apart in two attacks on checkpoints in Bannu.", [(4, "local")]),
    # An earlier count with no later one is the only count there is.
    ("The health ministry, which had earlier put the death toll at 20, did not give an updated figure for the strike "
     "on Hodeidah port.", [(20, "local")]),
    # A prison's revolt is one event.
    ("The revolt has left 7 dead, prison officials said.", [(7, "local")]),
    # The dead remembered at a tribute are no toll.
    ("Villagers laid wreaths in memory of the 14 soldiers who died in the ambush near Kupwara.", []),
])
def test_spans_rates_earlier_counts_and_tributes_that_are_no_running_totals(text, counts):
    assert [(f.low, f.scope) for f in find_figures(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # Another act done to the victims before the cue, its participle irregular: "shot and killed".
    ("Two soldiers were shot and killed in Tikrit on Sunday, the military said.", [(K, 2, 2)]),
    ("A policeman was shot and killed outside his home in Pattani.", [(K, 1, 1)]),
    ("A tribal elder was shot and wounded in Khost on Monday.", [(W, 1, 1)]),
    ("A shopkeeper was stabbed and killed in Kandahar.", [(K, 1, 1)]),
    ("Three farmers were struck and injured by shrapnel near Kupiansk.", [(W, 3, 3)]),
    # (where the first act was done, in a few words)
    ("Nine passengers were offloaded from a bus near Noshki and shot dead.", [(K, 9, 9)]),
    ("At least 35 villagers were taken from their homes near Moso and burnt to death.", [(K, 35, None)]),
    # (the unit that sent them between the noun and the verb)
    ("Fourteen officers dispatched from Montelibano were ambushed and killed near Tierralta.", [(K, 14, 14)]),
    # (a guard) "killed and wounded" stays two cues.
    ("Two men were killed and three wounded in Mosul.", [(K, 2, 2), (W, 3, 3)]),
])
def test_an_act_before_the_cue_does_not_hide_the_count(text, counts):
    assert [(f.kind, f.low, f.high) for f in checked(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # "As many" wounded as killed: the killed figure's bounds, read from its clause.
    ("A roadside bomb killed two policemen and wounded as many in Helmand.", [(K, 2, 2), (W, 2, 2)]),
    ("Three children were killed and as many injured when a shell hit their house in Idlib.", [(K, 3, 3), (W, 3, 3)]),
    ("The blast killed at least four people, while as many others were hurt.", [(K, 4, None), (W, 4, None)]),
    # (guards) "as many as 40" is a number of its own; "twice as many" is no count of the same.
    ("A bomb killed three people and wounded as many as 40 in Kandahar.", [(K, 3, 3), (W, None, 40)]),
    ("A bomb killed three people and wounded twice as many in Kandahar.", [(K, 3, 3)]),
])
def test_as_many_wounded_as_killed(text, counts):
    assert [(f.kind, f.low, f.high) for f in checked(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # A victim who "sustained injuries" is one wounded, as many victims who did are already.
    ("A soldier sustained gun injuries when militants fired on a checkpoint in Bannu.", [(W, 1, 1)]),
    ("A police constable received minor injuries in the grenade attack in Sopore.", [(W, 1, 1)]),
    ("A policeman sustained fatal injuries in the ambush near Dir.", [(K, 1, 1)]),
    # The subject of a clause of its own is no object of the killing before it.
    ("The raiders killed one civilian and one soldier sustained gun injuries, he said.", [(K, 1, 1), (W, 1, 1)]),
    ("Gunmen killed a policeman in Kandahar and two soldiers were wounded.", [(K, 1, 1), (W, 2, 2)]),
    # (guards) a numbered subject, and a list of victims that still counts each.
    ("Gunmen killed two civilians in Kandahar and three soldiers were wounded.", [(K, 2, 2), (W, 3, 3)]),
    ("Gunmen killed a man and a woman in Kandahar.", [(K, 1, 1), (K, 1, 1)]),
    ("The blast killed the mayor, two of his bodyguards and a driver.", [(K, 1, 1), (K, 2, 2), (K, 1, 1)]),
])
def test_a_victims_own_clause_and_injuries_sustained(text, counts):
    assert [(f.kind, f.low, f.high) for f in checked(text)] == counts


def test_a_misspelt_soldier_is_still_a_victim():
    # "solider" is how a part of the South Asian press often prints it.
    text = "In Isham area of the district, a solider was martyred in a clash with terrorists."
    assert [(f.kind, f.low) for f in checked(text)] == [(K, 1)]


@pytest.mark.parametrize("text, counts", [
    # "shot them to death", a clause or two after the counted.
    ("Insurgents rounded up eight police officers at a checkpoint outside the western city of Ramadi, then marched "
     "them into their office and shot them to death, police said.", [(K, 8, 8)]),
    # "a cop killed": the press's word for a policeman.
    ("A bomb went off at the entrance of the town, leaving a cop killed and three others wounded.",
     [(K, 1, 1), (W, 3, 3)]),
    ("Two cops were killed when gunmen opened fire on their patrol in Culiacan.", [(K, 2, 2)]),  # (a guard)
])
def test_them_shot_to_death_and_a_cop(text, counts):
    assert [(f.kind, f.low, f.high) for f in checked(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # One victim "found dead", who took the victim between the noun and the verb.
    ("A shepherd was found dead near Kupwara on Monday.", [(K, 1, "Kupwara")]),
    ("A man abducted by regime forces was later found dead in Jassem.", [(K, 1, "Jassem")]),
    # The place after the verb and the means or the hand, with no article: "by sniper fire in Douma".
    ("Gunmen shot at a checkpoint, while a man and a woman were killed by sniper fire in Douma.",
     [(K, 1, "Douma"), (K, 1, "Douma")]),
    ("Two soldiers were wounded by shrapnel in Kharkiv on Monday.", [(W, 2, "Kharkiv")]),
])
def test_one_found_dead_and_the_place_after_the_means(text, counts):
    assert [(f.kind, f.low, f.place_text) for f in checked(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # A unit's name before "was killed" is no victim's name: the soldier is counted once.
    ("A soldier of the 19th Infantry Division was killed near Tikrit.", [(K, 1, "A soldier")]),
    # Where the victim served may take five words, and a stray comma may stand before the helper.
    ("A soldier from the army's 19th Infantry Division was martyred in clashes near Baqubah.", [(K, 1, "A soldier")]),
    ("A policeman from the Fifth Division of the Iraqi Federal Police, was killed by militants in Mariam Bag.",
     [(K, 1, "A policeman")]),
    # The victim's name opens the sentence before the noun that counts him: his toll's words hold the name.
    ("Haokip, a farmer, was found dead in a church.", [(K, 1, "Haokip, a farmer")]),
    # (guards) nor a clause's opening word, a day or a place after "In".
    ("Meanwhile, a man was killed in Kandahar.", [(K, 1, "a man")]),
    ("Sunday, a man was killed in Kandahar.", [(K, 1, "a man")]),
    ("In Kandahar, a man was killed on Monday.", [(K, 1, "a man")]),
    # (a guard) a comma before the helper does not make the victim of an act a wounded one.
    ("Gunmen killed a soldier, wounded three others and fled.", [(K, 1, "a soldier"), (W, 3, "three others")]),
])
def test_one_victim_served_in_a_unit_or_named_first(text, counts):
    assert [(f.kind, f.low, text[f.start:f.end]) for f in checked(text)] == counts


@pytest.mark.parametrize("text, counts", [
    # The dead "or" another fate: no one of them need be dead.
    ("This would indicate that 16 to 34 hostages are either dead or still in rebel hands.", []),
    ("Twelve villagers are dead or missing after the raid on Kidal.", []),
    ("The army said 40 militants were killed or captured near Kidal.", []),
    ("Then 56 to 74 hostages were either killed in the battle or are still prisoners.", []),
    # (guards) "or" with a place, or the hurt, is no other fate.
    ("Five soldiers were killed in Kidal or nearby towns.", [(K, 5)]),
    ("A hospital director said another strike killed 22 people in Gaza City.", [(K, 22)]),
])
def test_the_dead_or_another_fate_are_no_count_of_dead(text, counts):
    assert [(f.kind, f.low) for f in checked(text)] == counts


def test_a_list_after_a_phrase_of_confirmation_keeps_its_first_count():
    # "confirmed 176 dead" opens the list: its items are more places' dead, not lower estimates of the 176.
    text = "Rescue workers confirmed 176 dead in Khourba, 113 in Sahnoun and 73 in El Abadel."
    assert [(f.low, f.place_text) for f in checked(text)] == [(176, "Khourba"), (113, "Sahnoun"), (73, "El Abadel")]


@pytest.mark.parametrize("text, counts", [
    # Another subject with its own count between the killed and "or": the killed stand.
    ("At least 40 people were killed and 20 wounded or missing after the raid on Kidal.", [(K, 40), (W, 20)]),
    ("Twelve soldiers were killed and 30 missing or captured after the attack on a base near Djibo.", [(K, 12)]),
    # The first of a coordinated subject is no object of the killing before it.
    ("Strikes killed 12 people in Rafah, and a man and a woman were wounded in Khan Younis.",
     [(K, 12), (W, 1), (W, 1)]),
    ("Gunmen killed a farmer, a woman and a child were wounded in Bokkos.", [(K, 1), (W, 1), (W, 1)]),
    # (a guard) a relative clause's subject is the victims'.
    ("Gunmen killed a man and a woman who were returning from a farm in Bokkos.", [(K, 1), (K, 1)]),
    # A unit's name of three words is no victim's.
    ("A member of the State Border Guard Service was killed in Sumy.", [(K, 1)]),
    ("An officer of the Counter Terrorism Department was shot dead in Quetta.", [(K, 1)]),
])
def test_the_review_of_the_new_victim_rules(text, counts):
    assert [(f.kind, f.low) for f in checked(text)] == counts


def test_last_sunday_is_no_victims_name():
    # A comma-opened name is the victim's only where the apposition closes before the helper.
    text = "Last Sunday, a soldier was killed in Bakhmut."
    assert [text[f.start:f.end] for f in checked(text)] == ["a soldier"]


@pytest.mark.parametrize("text, counts", [
    # A fighter is a victim too, told one by one.
    ("A militant was killed and a soldier was injured in an encounter in Anantnag.", [(K, 1), (W, 1)]),
    ("Troops killed an insurgent near Kandahar on Monday.", [(K, 1)]),
    ("On Monday, the ministry announced the first death in the crackdown, a militant killed in Mosul.", [(K, 1)]),
    # (a guard) The victim's last noun counts him, a fighter's word before it only describing him.
    ("Troops stormed the complex, killing a rebel Islamist leader and more than 50 of his militants.",
     [(K, 1), (K, 50)]),
    # (a guard) nor is a fighter who acts a victim.
    ("A militant opened fire on a checkpoint in Anantnag, killing two soldiers.", [(K, 2)]),
])
def test_one_fighter_killed_is_one_death(text, counts):
    assert [(f.kind, f.low) for f in checked(text)] == counts


@pytest.mark.parametrize("text, places", [
    # The tolls told "respectively" go to the names listed before them, in order...
    ("They raided Majbuong and Juoljok, killing 4 and 1 person, respectively.", ["Majbuong", "Juoljok"]),
    ("Shells hit Kafr Nabuda and Maarat al-Numan, killing 12 and 7 people respectively.",
     ["Kafr Nabuda", "Maarat al-Numan"]),
    # ... or after them, after "in".
    ("Blasts on Tuesday killed 3 and 2 soldiers respectively in Trincomalee and Jaffna.", ["Trincomalee", "Jaffna"]),
    # (a guard) Not as many names as tolls: no name is given.
    ("Blasts in Trincomalee on Tuesday killed 3 and 2 soldiers respectively.", ["", ""]),
])
def test_tolls_told_respectively_take_the_names_listed_in_order(text, places):
    from geodata.events.figures import sharing_places
    assert [f.place_text for f in sharing_places(text, find_figures(text))] == places


@pytest.mark.parametrize("text, count", [
    # The group the dead belong to may be named by whose it is, a name's possessive.
    ("At least 20 members of rebel cleric Muqtada al-Sadr's Mahdi Army militia also died in the violence in Kufa.",
     20),
    ("Three members of Hamas's armed wing were killed in an air strike on Gaza City.", 3),
    ("Seven members of Algeria's security forces were killed in an ambush.", 7),
])
def test_a_group_named_by_its_owner_counts_its_dead(text, count):
    assert [(f.kind, f.low) for f in checked(text)] == [(K, count)]


@pytest.mark.parametrize("text, scope", [
    # "So far" and the past perfect: the tally of the strikes up to the day it was given, however the day is said.
    ("So far, the waves of airstrikes had killed over 400 Palestinians, including dozens of women and children, "
     "health officials reported Sunday.", "cumulative"),
    ("The bombardment had so far killed 230 people, officials said.", "cumulative"),
    # (a guard) a day in the toll's own clause still dates it to one event
    ("Since January, shelling in Avdiivka killed 12 people on Monday, officials said.", "local"),
    # A running total's words may stand far back in the figure's clause when "to" stands right before it.
    ("These raids and other incidents, including a bomb attack, in several parts of northern Algeria took the death "
     "toll from violence blamed on Islamic extremists opposed to the secular state to at least 110 since Saturday.",
     "cumulative"),
    # (a guard) not with no period counted over
    ("The attacks took the death toll from violence to 110.", "local"),
])
def test_a_tally_so_far_or_brought_to_a_figure_over_days_is_no_one_events(text, scope):
    assert [f.scope for f in checked(text) if f.kind == K] == [scope]


@pytest.mark.parametrize("text, items", [
    # An item of a list may be told on a road between towns: the first town is its place.
    ("Gunmen attacked nearby villages on April 20, killing six in Dinguiri, two in Ménè, and three on the road "
     "between Ouahigouya and Barga.", [(6, "Dinguiri"), (2, "Ménè"), (3, "Ouahigouya")]),
    ("Gunmen killed four in Kandahar and two on the highway linking Kabul and Jalalabad.",
     [(4, "Kandahar"), (2, "Kabul")]),
])
def test_an_item_told_on_a_road_between_towns_is_placed_at_the_first(text, items):
    assert [(f.low, f.place_text) for f in checked(text) if f.kind == K] == items


@pytest.mark.parametrize("text, counts", [
    # An event an "including" aside names at its own place, with its own toll, keeps the toll: one event's of the
    # several the figure before counts.
    ("At least 17 people died in other attacks, including a car bombing in Mosul that killed nine; a mortar strike "
     "in Baghdad that killed five.", [17, 9, 5]),
    # (a guard) the people an aside counts are some of the figure's, no toll of their own
    ("At least 17 people died in the attacks, including nine policemen.", [17]),
])
def test_an_event_included_at_its_own_place_keeps_its_own_toll(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, tolls", [
    # The included events' tolls are theirs, at their places, not more of the whole's.
    ("Russian strikes killed 21 civilians across Ukraine, including a missile strike on Odesa that killed eight.",
     [(21, "national", ""), (8, "local", "Odesa")]),
    ("Gunmen killed 40 people across Plateau state, including an attack at Bokkos that killed 23 and a raid in Mangu "
     "that killed nine.", [(40, "operation", ""), (23, "local", "Bokkos"), (9, "local", "Mangu")]),
])
def test_an_event_included_in_a_wide_toll_is_its_own_places(text, tolls):
    assert [(f.low, f.scope, f.place_text) for f in checked(text) if f.kind == K] == tolls


@pytest.mark.parametrize("text, counts", [
    # "were among the 51 people killed" states the toll...
    ("The son, along with his wife and mother, were among the 51 people killed in the attack.", [51]),
    ("A local journalist was among the 12 people killed in the raid.", [12]),
    # ... "among the eight killed" opening a sentence is a group told before (a guard)
    ("Among the eight killed, one was killed in Kabul.", [1]),
    # ... and so are the dead of an event dated before (a guard)
    ("Their father was among the 149 killed in the 2014 Peshawar school attack.", []),
    ("The hostage, whose brother was among the 1,200 killed in the Oct. 7 attack on Israel, was freed on Monday.", []),
])
def test_those_among_the_dead_state_the_toll(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, counts", [
    # A victim named by name may bear a title of three words, and a count may follow him in the list.
    ("Israel's attack on Dahieh in late July killed Hezbollah senior military commander Fuad Shukr and seven "
     "civilians.", [1, 7]),
    ("The drone strike killed Shabaab senior intelligence chief Aden Hashi and two bodyguards.", [1, 2]),
])
def test_a_titled_victim_named_by_name_opens_a_list(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, counts", [
    # Those an army or the press hires, and those who lead or judge, are counted as any victims.
    ("The blast killed four soldiers, three interpreters and 11 civilians near the base.", [4, 3, 11]),
    ("Gunmen shot dead two judges and a lawyer outside the court.", [2, 1]),
    # (a guard) a plural noun right after the verb was counted before its row
    ("The bombing killed five sheikhs of the tribal council.", [5]),
    ("The shelling killed two reporters and a cameraman.", [2, 1]),
])
def test_interpreters_judges_sheikhs_and_reporters_are_counted(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, counts", [
    # A killing told by the throat cut counts its dead.
    ("Militants raided the hamlet at night, and six villagers had their throats cut.", [6]),
    ("The attackers slit the throats of nine herders before fleeing.", [9]),
    ("Two guards had their throats slit during the raid.", [2]),
])
def test_a_killing_told_by_the_throat_cut_counts(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, counts", [
    # A people's word that qualifies a group is no one victim.
    ("Soldiers were accused of executing an unarmed Afghan family at their home.", []),
    ("The strike killed a Palestinian family of seven.", [7]),
    # (a guard) a people's word alone is one
    ("Soldiers shot dead an Afghan at the checkpoint.", [1]),
])
def test_a_peoples_word_before_a_group_is_no_single_victim(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, counts", [
    # A title may stand before each name of a list, not the first only.
    ("Rebels killed police inspector Ram Bahadur Thapa and assistant sub inspector Hari Lal Shrestha in the ambush.",
     [1, 1]),
    ("Gunmen shot dead deputy mayor Ahmed Karim, council member Yusuf Omar and driver Ali Hassan.", [1, 1, 1]),
    # (a guard) a verb after "and" opens another act, no victim of the list
    ("Gunmen killed Ahmed Karim and wounded Yusuf Omar outside the mosque.", [1]),
])
def test_each_titled_name_of_a_list_counts_one(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, toll", [
    ("More than 200 people have been killed since the militia, led by Maj. Gen. Adamu Garba, launched an offensive on "
     "the city in March.", 200),
    ("At least 90 people have died since the rebels, under Col. Jean Mbala, began a siege of the town.", 90),
])
def test_an_abbreviated_title_inside_a_since_clause_keeps_the_operations_toll(text, toll):
    assert [(f.low, f.scope) for f in checked(text) if f.kind == K] == [(toll, "operation")]


@pytest.mark.parametrize("text", [
    # The event a first, the worst or the deadliest is ranked against since, told in the passive after "when" or "in
    # which": its toll is that earlier event's.
    "It was the first attack on the port since rebels were blamed for a bombing of a navy ship in early June when "
    "four sailors were killed.",
    "It was the deadliest raid in the province since the ambush in which 12 policemen were killed.",
])
def test_the_event_a_rank_looks_back_to_is_no_toll_of_the_day(text):
    found = [f for f in checked(text) if f.kind == K]
    assert found and all(f.scope == "cumulative" for f in found)


def test_a_clause_after_a_victims_noun_is_no_place_he_was_in():
    # "a navy commander in early June when ..." is no victim "in" a place and then killed: the clause is another's.
    text = "Rebels were blamed for a bombing against a navy commander in early June when four sailors were killed."
    assert [f.low for f in checked(text) if f.kind == K] == [4]


@pytest.mark.parametrize("text, counts", [
    # A number written twice, in figures and in words, is one count.
    ("It is further reported that 2 (two) home guards were killed in the firing.", [2]),
    ("Police said five (5) farmers were hacked to death in the village.", [5]),
])
def test_a_number_written_again_in_brackets_is_one_count(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, counts", [
    # A victim named by his age alone is one.
    ("Church officials said the 81-year-old was found beheaded on Monday near the mission.", [1]),
    ("The 19-year-old was shot dead at the checkpoint, his family said.", [1]),
    # (a guard) an age before the noun leaves the noun to count
    ("The shell killed a 30-year-old shopkeeper and his son.", [1, 1]),
    # A parent of so many children is one victim, not his children.
    ("A mother of three was killed when the shell hit her home.", [1]),
    # (a guard) after the verb, as before
    ("Gunmen shot dead a father of six outside the mosque.", [1]),
])
def test_a_victim_named_by_his_age_or_his_children_counts_one(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, counts", [
    # Women and men told by an adjective each, the noun shared, are two counts.
    ("Soldiers found 11 female and nine male bodies in the grave.", [11, 9]),
    ("Gunmen killed six state police officers and four prosecution investigators.", [6, 4]),
])
def test_counts_told_by_sex_or_by_an_investigators_office_are_counted(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


@pytest.mark.parametrize("text, scopes", [
    # "most of the 90 killed in those protests" counts the dead of events the sentence told before; the dead a rank
    # looks back to right after "since" are an event of their own date, as annotators of real reports code them.
    ("It was the country's deadliest day since more than 40 people were killed in Maidan Square in February, most of "
     "the 90 killed in those protests.", [(40, "local"), (90, "cumulative")]),
    # (a guard) "of the N killed in the clashes", with no "those", is no earlier group
    ("Police fired on protesters in Kyiv, killing 12; most of the 20 killed in the clashes were students.",
     [(12, "local"), (20, "local")]),
])
def test_the_dead_of_those_events_are_a_group_told_before(text, scopes):
    assert [(f.low, f.scope) for f in checked(text) if f.kind == K] == scopes

@pytest.mark.parametrize("text, counts", [
    # (a guard) a verb after "and" or after a comma opens another act or the speaker, no victim of the list
    ("The gunman killed Yusuf Omar and shot Musa Idris in the leg at a checkpoint in Kano.", [1]),
    ("Gunmen killed Yusuf Omar and beat Musa Idris at a checkpoint in Kano.", [1]),
    ("In Kunduz, insurgents killed district chief Haji Wali, said provincial spokesman Mahmood Danish.", [1]),
])
def test_a_verb_or_a_speaker_after_a_named_victim_is_no_second_victim(text, counts):
    assert [f.low for f in checked(text) if f.kind == K] == counts


def test_a_toll_ranked_as_the_highest_since_an_offensive_is_the_days_own():
    text = ("Five civilians were killed in shelling of Sirte on Sunday, the highest daily toll since Gen. Haftar's "
            "forces launched their offensive.")
    assert [(f.low, f.scope) for f in checked(text) if f.kind == K] == [(5, "local")]


def test_the_latest_attack_in_a_wave_that_has_killed_more_is_one_toll_and_a_running_total():
    text = ("A suicide car bomber detonated his device outside a mosque in Tikrit on Friday, killing 11 and wounding "
            "21, in the latest attack in a three-day orgy of violence that has killed more than 200 people.")
    assert [(f.low, f.scope) for f in find_figures(text) if f.kind == "killed"] == [(11, "local"), (200, "cumulative")]


def test_a_part_who_died_at_a_place_is_that_places_toll():
    text = "Two suicide bombs killed 29 people in Iraq on Tuesday, including 25 who died at a checkpoint in Baiji."
    assert [(f.low, f.place_text) for f in find_figures(text) if f.kind == "killed"] == [(29, "Iraq"), (25, "Baiji")]


def test_a_count_of_the_events_between_the_verb_and_the_place_leaves_the_place_the_figures():
    text = "Eleven people were killed in three explosions in Kokrajhar district, 12 in Barpeta district, police said."
    assert [(f.low, f.place_text) for f in find_figures(text) if f.kind == "killed"] == [(11, "Kokrajhar"),
                                                                                         (12, "Barpeta")]


@pytest.mark.parametrize("text", [
    "According to eyewitnesses, nine actors and movie technicians were killed when a rocket hit the studio.",
    "Nine vendors and mechanics were killed when the shell hit the market.",
])
def test_people_counted_by_their_trade_are_counted(text):
    assert [(f.low, f.kind) for f in find_figures(text)] == [(9, "killed")]


def test_a_part_reads_past_the_events_noun_and_its_site():
    # a part "who died" in an event at a site of a town, under a national total
    text = ("Violence across Pakistan killed 35 people on Friday, including 18 who died in a blast at a Shiite mosque "
            "in Parachinar.")
    assert [(f.low, f.place_text) for f in find_figures(text) if f.kind == "killed"] == [(35, "Pakistan"),
                                                                                         (18, "Parachinar")]


def test_the_deadliest_in_a_wave_that_has_killed_more_is_ranked_in_the_wave_whose_toll_runs_on():
    text = ("The bombing in Hilla, which killed 70, was the deadliest in a wave of violence that has killed more than "
            "500 this month.")
    assert [(f.low, f.scope) for f in find_figures(text) if f.kind == "killed"] == [(70, "local"), (500, "cumulative")]
