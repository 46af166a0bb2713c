"""One count per killing within an article (geodata.events.linking), on wire-style text of our own
about places the seeds never name: each shape the press uses to tell one toll twice, and the shapes
that must stay two tolls."""

import pytest

from geodata.events.records import opens_other_event

from tests.events.test_events import events


def _rows(text: str) -> list[tuple]:
    found = events(text)
    ids = {e.event_id: e.location_text for e in found}
    return [(e.location_text, e.killed_low, e.fatalities, ids.get(e.counted_in, "")) for e in found]


def _counted(text: str, **kw) -> int:
    return sum(e.fatalities or 0 for e in events(text, **kw))


@pytest.mark.parametrize("text, expected, total", [
    # The lead at a coarse place, the body at the town: one toll, counted at the town.
    ("At least nine people were killed in a Russian missile strike in eastern Ukraine on Tuesday, officials "
     "said.\n\nThe missile hit an apartment block in Kramatorsk, killing nine people and wounding 20, the "
     "regional governor said.",
     [("eastern Ukraine", 9, None, "Kramatorsk"), ("Kramatorsk", 9, 9, "")], 9),
    # A running total counts the toll told before it.
    ("A car bomb killed four people in Baidoa on Monday.\n\nThe death toll in Baidoa rose to seven on Tuesday, "
     "a hospital official said.",
     [("Baidoa", 4, None, "Baidoa"), ("Baidoa", 7, 7, "")], 7),
    # ... and so does a toll "now at" a number.
    ("Suicide bombers struck a church in Baidoa on Sunday, killing 25 people.\n\nThe blast toll is now at 31, "
     "officials said.", [("Baidoa", 25, None, "Baidoa"), ("Baidoa", 31, 31, "")], 31),
    # A number of the dead that "increased to" a higher one is a running total of the same dead.
    ("A suicide bomber struck a mosque in Peshawar on Friday, killing 25 people, police said.\n\nThe number "
     "of martyrs has increased to 31, a hospital spokesman said.",
     [("Peshawar", 25, None, "Peshawar"), ("Peshawar", 31, 31, "")], 31),
    # A toll revised later at the same place, down or up: counted once, at the revised figure.
    ("A car bomb killed 25 people at a market in Baidoa on Monday, police said.\n\nThe toll was later revised "
     "to 20, the governor said.", [("Baidoa", 25, None, "Baidoa"), ("Baidoa", 20, 20, "")], 20),
    ("A car bomb killed 25 people at a market in Baidoa on Monday, police said.\n\nThe death toll was later "
     "raised to 31, the governor said.", [("Baidoa", 25, None, "Baidoa"), ("Baidoa", 31, 31, "")], 31),
    ("A car bomb killed 25 people at a market in Baidoa on Monday.\n\nThe governor had revised the death toll "
     "down to 21 on Monday night.", [("Baidoa", 25, None, "Baidoa"), ("Baidoa", 21, 21, "")], 21),
    # "bringing the toll to five" inside a sentence holds its "two more" and the three before.
    ("Shelling killed three people in Kherson on Sunday, among them a child, officials said. Later a drone "
     "strike on Kherson killed two more, bringing the toll to five.",
     [("Kherson", 3, None, "Kherson"), ("Kherson", 5, 5, "")], 5),
    # A part of a group told before.
    ("Militants attacked a market in Kunduz on Friday, killing 12 people. Five of them died later in hospital, "
     "a doctor said.",
     [("Kunduz", 12, 12, ""), ("Kunduz", 5, None, "Kunduz")], 12),
    # A total for a list of places, and its breakdown in the body.
    ("At least 14 people were killed and 37 wounded in shelling of Avdiivka and Bakhmut on Monday, officials "
     "said.\n\nNine died in Avdiivka and five in Bakhmut, the governor said.",
     [("Avdiivka", 14, None, "Avdiivka"), ("Bakhmut", None, 0, ""), ("Avdiivka", 9, 9, ""), ("Bakhmut", 5, 5, "")],
     14),
    # A region's total, its breakdown, then a later toll that adds to it.
    ("Russian shelling killed at least seven people in the Kherson region on Sunday, the governor said.\n\n"
     "Four people were killed in the village of Bilozerka and three in the city of Kherson. Later a strike on "
     "Kherson killed two more.",
     [("Kherson region", 7, None, "Bilozerka"), ("Bilozerka", 4, 4, ""), ("Kherson", 3, 3, ""),
      ("Kherson", 2, 2, "")], 9),
    # ... and the same with the city's running total: the breakdown still counts in the region's.
    ("Russian shelling killed at least seven people in the Kherson region on Sunday, the governor said.\n\n"
     "Four people were killed in the village of Bilozerka and three in the city of Kherson. Later a strike on "
     "Kherson killed two more, bringing the toll in the city to five.",
     [("Kherson region", 7, None, "Bilozerka"), ("Bilozerka", 4, 4, ""), ("Kherson", 3, None, "Kherson"),
      ("Kherson", 5, 5, "")], 9),
    # A lead's coarse toll, and the body's at the village's district, a higher count of the same attack.
    ("An attack by rebels left at least 12 civilians dead in a village in the east of the Democratic Republic "
     "of Congo, officials said.\n\nThe army said 14 bodies were found in Beni territory.",
     [("east of the Democratic Republic of Congo", 12, None, "Beni territory"), ("Beni territory", 14, 14, "")],
     14),
])
def test_one_toll_told_twice_is_counted_once(text, expected, total):
    assert _rows(text) == expected
    assert _counted(text) == total


@pytest.mark.parametrize("text, total", [
    # Two towns, the same toll: two events.
    ("Two people were killed in Kramatorsk on Monday. Two people were killed in Kharkiv on Monday.", 4),
    # One town, the same toll, weeks apart: two events.
    ("On March 2, two people were killed in Kramatorsk. On March 20, two people were killed in Kramatorsk.", 4),
    # A coarse lead of one attack and a smaller toll of another kind told after it: two events.
    ("Air strikes hit a market in a town in northwestern Syria on Monday, killing at least 27 people.\n\n"
     "State media said rebels shelled the town of Suqaylabiyah in Hama province, killing seven civilians.", 34),
    # The dead of the other side, told at a district inside the lead's region: more dead.
    ("Taliban insurgents attacked two checkpoints in eastern Afghanistan, killing four police officers.\n\n"
     "A spokesman said the fighting in Kamdesh district began overnight. The firefight left 13 militants dead.", 17),
    # Killings done after the event told before, at its place: more dead.
    ("A roadside bomb ripped through a bus in Batticaloa on Wednesday, killing 26 people. Rebel fighters shot "
     "five farmers dead in the area as they fled after the attack.", 31),
])
def test_different_tolls_stay_apart(text, total):
    assert all(not e.counted_in for e in events(text))
    assert _counted(text) == total


def test_a_linked_report_keeps_its_figures_and_says_why():
    text = ("At least nine people were killed in a Russian missile strike in eastern Ukraine on Tuesday.\n\n"
            "The missile hit an apartment block in Kramatorsk, killing nine people.")
    coarse, town = events(text)
    assert (coarse.killed_low, coarse.count_qualifier, coarse.fatalities) == (9, "at least", None)
    assert coarse.counted_in == town.event_id
    assert "the same toll as the report at Kramatorsk, counted there" in coarse.notes


@pytest.mark.parametrize("text, scopes", [
    ("The insurgency has killed more than 2,000 people in Borno since 2015.", ["cumulative"]),
    ("Earlier this month, a bomb killed 12 people in Maiduguri.", ["local"]),
    ("The bombing in Maiduguri was one of the deadliest attacks this year, killing 30 people.", ["local"]),
    ("More than 300 civilians have died in various attacks in Borno, according to a toll compiled by AFP.",
     ["cumulative"]),
    # A month's deaths told as what befell them, no event named: a tally of the period.
    ("At least 41 civilians were killed in and around Kupiansk in September 2007, according to a UN report.",
     ["cumulative"]),
    # ... but a month-dated act's toll is one event.
    ("In September 2007, the army shelled a school in Kupiansk, killing at least 12 people.", ["local"]),
    # ... and so are the few days of one battle.
    ("Another five civilians were killed from Sept. 7 to Sept. 9 in Kupiansk.", ["local"]),
])
def test_a_running_or_background_total_is_no_local_toll(text, scopes):
    found = events(text)
    assert [e.scope for e in found] == scopes
    assert all((e.fatalities is None) == (e.scope != "local") for e in found)


def test_many_tolls_at_one_place_link_in_linear_work(monkeypatch):
    # A chronology of tolls at one place: each report meets a bounded number of earlier ones, so
    # the reports met grow as the article, not as its square.
    from geodata.events import linking

    met = []
    near = linking._Index.near

    def counting(self, m):
        for found in near(self, m):
            met.append(found)
            yield found

    monkeypatch.setattr(linking._Index, "near", counting)

    def meetings(n: int) -> int:
        met.clear()
        events(" ".join(f"On March {1 + i % 28}, {i + 2} people were killed in Kramatorsk." for i in range(n)))
        return len(met)

    small, big = meetings(40), meetings(160)
    assert 0 < small and big <= 4.5 * small


_AMBUSH = "Gunmen ambushed an army convoy in northern Mali on Tuesday, killing nine soldiers."


def test_a_coarse_toll_moves_to_the_place_the_next_sentence_names():
    [e] = events(_AMBUSH + " The ambush took place near the town of Douentza, officials said.")
    assert (e.location_text, e.event_type, e.killed_low, e.fatalities) == ("Douentza", "Battles", 9, 9)
    assert e.sentence.startswith("Gunmen ambushed") and e.sentence.endswith("officials said.")  # both quoted
    assert "the toll told at northern Mali in a sentence before" in e.notes


@pytest.mark.parametrize("after", [
    " Separately, protesters marched in Douentza.",  # another kind of event
    # too far, and no word that refers to the ambush
    " The army said it had regained control. Officials met in Bamako. Clashes were reported near Douentza.",
    " Another ambush near Douentza killed four soldiers.",  # a toll of its own
])
def test_a_coarse_toll_stays_where_no_next_sentence_places_it(after):
    found = events(_AMBUSH + after)
    assert [(e.location_text, e.killed_low) for e in found if e.killed_low][0] == ("northern Mali", 9)


def test_a_sentence_that_names_the_event_again_places_its_toll_a_few_sentences_on():
    text = ("Air strikes hit a busy market in a rebel-held town in northern Syria on Monday, killing at least "
            "18 people, activists said.\n\nState media said the army had repelled an attack in Hama.\n\n"
            "The region has been bombed almost daily for months.\n\n"
            "The airstrike in the town of Saraqib also wounded more than 40 people, medics said.")
    found = [(e.location_text, e.killed_low, e.wounded_low) for e in events(text) if e.killed_low or e.wounded_low]
    assert found == [("Saraqib", 18, 40)]
    # The same sentence without a word for the event does not reach back so far.
    plain = text.replace("The airstrike in the town of Saraqib also", "Shelling near the town of Saraqib")
    assert ("northern Syria", 18, None) in [(e.location_text, e.killed_low, e.wounded_low) for e in events(plain)]


def test_an_event_named_again_after_its_own_toll_is_not_the_leads():
    # The lead sums two massacres; each is told at its village; "the Garhi attack" named later is the one told at
    # Garhi, not the lead: the lead stays a total of its parts, and the parts are counted.
    text = ("Suspected militants massacred 30 villagers in Kashmir in attacks on Sunday, officials said.\n\n"
            "Eighteen villagers were lined up and gunned down in Garhi village in the district of Doda.\n\n"
            "In the neighbouring district of Udhampur, 12 shepherds were shot dead.\n\n"
            "Survivors of the Garhi attack, which also injured six people, described the terror.")
    counted = [(e.location_text, e.fatalities) for e in events(text) if e.fatalities]
    assert counted == [("Garhi", 18), ("Udhampur", 12)]


@pytest.mark.parametrize("second, place", [
    # The next sentence names the site in the town: the toll is told there.
    (" The strikes hit the Souq al-Hal market, medics said.", "Souq al-Hal market"),
    # Near a site is not at it: the toll stays in the town.
    (" The strikes hit a home near the Souq al-Hal market, medics said.", "Aleppo"),
    # Two sentences on, with no word for the event: not the same strike.
    (" Medics were overwhelmed. A shell fell on the Souq al-Hal market, medics said.", "Aleppo"),
])
def test_a_town_toll_moves_to_a_site_in_it_only_when_told_at_it_next(second, place):
    text = "Warplanes struck a market in Aleppo on Wednesday, killing at least 19 people." + second
    assert [e.location_text for e in events(text) if e.killed_low] == [place]


def test_a_toll_over_several_days_in_a_town_is_not_one_sites_toll():
    text = ("Heavy fighting raged in Homs on Sunday, and a rights group said nearly 300 people had been killed "
            "since Thursday. Mortar rounds crashed into homes in the Bab Amr district.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Homs", 300)]


def test_a_toll_told_again_in_a_sentence_without_a_place_is_counted_once():
    text = ("Gunmen raided a village in central Mali, killing at least 37 people.\n\nThe raid took place in "
            "Douentza district, officials said. Aid workers reached Mopti on Monday.\n\n"
            "A local official said 37 bodies were found.")
    assert _counted(text) == 37


def test_a_part_of_a_sum_told_again_at_a_place_inside_it_is_counted_there():
    text = ("Israeli air strikes on Friday hit southern Lebanon, with Hezbollah announcing one dead fighter and "
            "state media saying two children were killed.\n\nThe agency said two children were killed in the "
            "strike on Sidon on Friday.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text)] == [
        ("southern Lebanon", 3, 1), ("Sidon", 2, 2)]
    assert "2 of these killed are counted at Sidon" in events(text)[0].notes


@pytest.mark.parametrize("text, expected, total", [
    # Another source's figure for the toll told before: counted once, at the lower figure.
    ("Gunmen killed 14 villagers in Zurmi on Sunday, police said.\n\nA local official put the death toll at 11, "
     "residents said.",
     [("Zurmi", 14, None, "Zurmi"), ("Zurmi", 11, 11, "")], 11),
    # (the toll named by whose it is, the side of the toll told before: "put the police death toll at")
    ("Insurgents attacked police in Baiji on Sunday, leaving six policemen dead, the army said.\n\nNews agencies "
     "put the police death toll at 11, citing ministry accounts.",
     [("Baiji", 6, 6, ""), ("Baiji", 11, None, "Baiji")], 6),
    # (a guard: another side's toll is no estimate of the first)
    ("Israeli strikes killed 18 Hamas fighters in Khan Younis on Tuesday, the military said.\n\nGaza health "
     "officials put the civilian toll at 30.", [("Khan Younis", 18, 18, ""), ("Khan Younis", 30, 30, "")], 48),
    ("A drone strike killed six people in Kherson on Friday.\n\nRegional officials gave a higher toll, saying "
     "nine people were killed in Friday's strike in Kherson.",
     [("Kherson", 6, 6, ""), ("Kherson", 9, None, "Kherson")], 6),
    # Another body's confirmed count, in a sentence that names no event of its own.
    ("A truck bomb exploded outside a police station in Tal Afar on Monday, killing at least 40 people.\n\n"
     "Army officials confirmed 28 dead and 60 wounded, but said the toll could rise.",
     [("Tal Afar", 40, None, "Tal Afar"), ("Tal Afar", 28, 28, "")], 28),
    ("Shelling killed 12 people in Kramatorsk on Friday.\n\nThe regional governor confirmed the deaths of "
     "nine civilians, officials said.",
     [("Kramatorsk", 12, None, "Kramatorsk"), ("Kramatorsk", 9, 9, "")], 9),
    # A hospital's director telling the toll of the same place gives another estimate of it.
    ("A suicide truck bomber attacked a crowded market in Tal Afar late yesterday, killing at least 17 people.\n\n"
     "The director of the city hospital, Saleh Qado, said that 20 people were killed and 70 wounded.",
     [("Tal Afar", 17, 17, ""), ("Tal Afar", 20, None, "Tal Afar")], 17),
    # (a guard) so do its officials
    ("A car bomb killed 12 people in Baquba on Monday.\n\nHospital officials said 15 people were killed.",
     [("Baquba", 12, 12, ""), ("Baquba", 15, None, "Baquba")], 12),
    # (a source that "gave a death toll of" a lower bound the toll told before meets)
    ("Gunmen attacked the village of Dogon Dawa in Kaduna State on Sunday, the mayor said. \"The toll is 24 dead,\" "
     "he said. The attack was confirmed by a local official, who gave a death toll of at least 15 civilians.",
     [("Dogon Dawa", 24, None, "Dogon Dawa"), ("Dogon Dawa", 15, 15, "")], 15),
])
def test_another_estimate_of_the_same_toll_is_counted_once_at_the_lower_figure(text, expected, total):
    assert _rows(text) == expected
    assert _counted(text) == total


def test_the_account_that_counts_a_toll_told_before_keeps_its_day():
    text = ("A car bomb exploded near a mosque in Kohat on Friday, killing at least 50 people.\n\nProvincial "
            "officials confirmed 42 dead and more than 100 wounded.")
    assert [(e.fatalities, e.event_date) for e in events(text)] == [(None, "2008-03-28"), (42, "2008-03-28")]


@pytest.mark.parametrize("body, counted", [
    # Another estimate told at the town that holds the toll's site: counted once, at the lower.
    ("A local official in Saada put the death toll at 40.", [None, 40]),
    # One hospital's count is a part of the toll, not a lower estimate of it.
    ("The Red Cross said a hospital it supports in Saada had received 29 bodies.", [50, None]),
    # So is one its staff tell in a quotation, whatever words open it.
    ('"We received 31 bodies today," the director of the Saada hospital told Al Arabiya.', [50, None]),
    # A hospital's count nearly the toll is another estimate of it, counted at the lower.
    ('"We received about 48 martyrs today," the director of the Saada hospital told Al Arabiya.', [None, 48]),
    # Another source that "gave the toll as" a figure gives another estimate.
    ("A tribal elder in Saada, reached by telephone, also said there had been an attack, but he gave the toll as 55 "
     "dead.", [50, None]),
    # (a hospital's count of another day's other event is that event's)
    ("Two days later, Houthi fighters clashed with tribesmen near Saada, and the Saada hospital said it had received "
     "12 bodies.", [50, 12]),
])
def test_another_account_at_the_town_of_the_site_is_counted_once(body, counted):
    text = f"An airstrike hit a school bus at the Souq Dahyan market in Saada on Thursday, killing 50 people.\n\n{body}"
    assert [e.fatalities for e in events(text)] == counted


def test_another_sources_higher_figures_are_the_high_bound_of_the_toll_they_count():
    text = ("A suicide bomber drove a fuel truck into the market of Tal Afar on Tuesday, killing 30 people, police "
            "said. A local council member in Tal Afar gave the toll as 44 dead and 70 wounded.")
    counted = [e for e in events(text) if e.fatalities]
    assert [(e.location_text, e.killed_low, e.killed_high, e.fatalities, e.wounded_low) for e in counted] == [
        ("Tal Afar", 30, 44, 30, 70)]
    assert "high bound" in counted[0].notes


def test_a_toll_told_as_a_lower_bound_in_the_lead_stays_a_lower_bound_at_its_place():
    text = ("At least 14 soldiers were killed in an attack in northern Burkina Faso on Sunday, the army said.\n\n"
            "Militants stormed the army post at Djibo on Sunday morning, killing 14 soldiers, an army source said.")
    counted = [e for e in events(text) if e.fatalities]
    assert [(e.location_text, e.killed_low, e.killed_high, e.count_qualifier) for e in counted] == [
        ("Djibo", 14, None, "at least")]
    # (a guard) Told exactly in both, it stays exact.
    exact = text.replace("At least 14", "Fourteen")
    assert [(e.killed_high, e.count_qualifier) for e in events(exact) if e.fatalities] == [(14, "exact")]


@pytest.mark.parametrize("lead", ["killed nine people", "killed at least nine people"])
def test_a_coarse_leads_wounded_go_with_its_toll_to_the_town_that_counts_it(lead):
    text = (f"Gunmen {lead} and wounded 12 in the western state of Michoacan on Sunday, authorities said.\n\n"
            "The attack took place at a cockfighting ring in the town of Apatzingan, where the gunmen killed nine "
            "people, the state prosecutor said.")
    assert [(e.location_text, e.killed_low, e.wounded_low) for e in events(text) if e.fatalities] == [
        ("Apatzingan", 9, 12)]
    # (a guard) Another toll in the lead is no account of the town's: its wounded stay its own.
    other = text.replace(f"Gunmen {lead}", "Gunmen killed 15 people")
    assert ("Apatzingan", 9, None) in [(e.location_text, e.killed_low, e.wounded_low) for e in events(other)]


def test_the_town_of_another_events_clause_is_no_town_a_toll_covers():
    # "..., hours after a drone strike east of Sanaa": that strike's place, not one the checkpoint's toll covers.
    text = ("At least 14 soldiers were killed when gunmen attacked an army checkpoint in Yemen's Marib province, the "
            "interior ministry said, hours after a drone strike east of Sanaa.\n\nThe gunmen attacked the checkpoint "
            "in the town of Harib at dawn on Thursday, a local official said.\n\nThe official had earlier placed the "
            "death toll at 12 soldiers, but the ministry raised it to 14.")
    found = events(text)
    assert [(e.location_text, e.killed_low, e.scope) for e in found if e.fatalities] == [("Harib", 14, "local")]
    assert not any("may also cover" in e.notes for e in found)


# (guards: no range before the rule either)
@pytest.mark.parametrize("body", [
    # A toll that has risen is the latest count, no range.
    "The death toll later rose to 44, police said.",
    # Another event's toll is its own.
    "Separately, gunmen killed 44 people in a village near Sinjar on Wednesday.",
])
def test_a_revised_toll_or_another_events_gives_no_high_bound(body):
    text = f"A suicide bomber drove a fuel truck into the market of Tal Afar on Tuesday, killing 30 people. {body}"
    assert all(e.killed_high in (None, e.killed_low) for e in events(text))


def test_the_counts_of_a_hospital_in_another_town_are_of_the_toll_told_before():
    # A morgue in the town where the dead were taken, named by one who works there, and bodies that "arrived at" a
    # hospital: other counts of the village's toll, not events at the hospital's town.
    text = ("GOMA, Congo (AP) - At least 20 people were killed in an attack near the village of Kalunguta in North "
            "Kivu province on Friday, a local official said. A nurse who works in the Butembo hospital morgue said "
            "it had received 18 bodies. A local activist said 23 bodies had arrived at a nearby hospital.")
    found = events(text)
    assert {e.location_text for e in found if e.killed_low} == {"Kalunguta"}
    assert sum(e.fatalities or 0 for e in found) == 18
    # (a guard) A worker of the hospital who tells of an attack in its town keeps the town.
    alone = "A nurse who works in the Butembo hospital morgue said 18 people were killed in an attack on Friday."
    assert [(e.location_text, e.fatalities) for e in events(alone)] == [("Butembo", 18)]


def test_an_estimate_dated_after_the_event_is_the_count_a_running_total_rose_from():
    text = ("KISMAYO, Somalia - The death toll from the Kismayo truck bomb on October 14 has risen to 120, officials "
            "said.\n\nOn 20 October, the government put the death toll at 90.")
    assert [(e.killed_low, e.fatalities) for e in events(text, published="2017-11-30")] == [(120, 120), (90, None)]
    # (a guard) Told as a toll, not a running total, the two are estimates counted at the lower.
    plain = text.replace("The death toll from the Kismayo truck bomb on October 14 has risen to 120",
                         "A truck bomb killed 120 people in Kismayo on October 14")
    assert [(e.killed_low, e.fatalities) for e in events(plain, published="2017-11-30")] == [(120, None), (90, 90)]


@pytest.mark.parametrize("text, total", [
    # Without a phrase that makes it another estimate, a second toll is another event.
    ("Gunmen killed 14 villagers in Zurmi on Sunday.\n\nLater, a bomb killed 11 people in Zurmi.", 25),
    # Another estimate, but far from the first (more than twice it): not read as the same killings.
    ("A drone strike killed six people in Kherson on Friday.\n\nOfficials gave a higher toll, saying 40 people "
     "were killed in Kherson.", 46),
    # A count confirmed of another event is that event's.
    ("A truck bomb killed 40 people in Tal Afar on Monday.\n\nPolice confirmed 30 dead in a separate attack "
     "in Tal Afar.", 70),
    # (a guard) so is a hospital's count of a separate attack
    ("A truck bomb killed 40 people in Tal Afar on Monday.\n\nHospital officials said 30 people were killed in a "
     "separate attack in Tal Afar.", 70),
])
def test_a_second_toll_that_is_not_another_estimate_stays_apart(text, total):
    assert _counted(text) == total


def test_a_vague_toll_at_the_place_the_next_sentence_names_gives_way_to_the_figure():
    text = ("Russian shelling killed at least nine people in the Kherson region on Sunday, officials said. "
            "The shells hit Bilozerka on Sunday, and several people were killed there.")
    assert _rows(text) == [("Bilozerka", 9, 9, "")]


def test_a_lead_toll_moves_to_the_village_the_next_sentence_names_whatever_words_it_uses():
    text = ("At least 40 civilians were killed by gunmen in an attack on a village in the Sahel region of Burkina "
            "Faso on Friday. A spokesman said the attack took place in Tankoualou village in Yagha province.")
    rows = _rows(text)
    assert rows == [("Tankoualou", 40, 40, "")]


def test_a_sentence_that_opens_on_another_event_keeps_its_own_place():
    text = ("At least 40 civilians were killed by gunmen in the Sahel region of Burkina Faso on Friday. "
            "Separately, soldiers clashed with militants in Tankoualou village in Yagha province.")
    # "the Sahel region of Burkina Faso": the region, named with its kind word.
    assert [(place, killed) for place, killed, _, _ in _rows(text) if killed] == [("Sahel region", 40)]


def test_a_lead_dated_only_by_a_month_long_publication_still_moves_to_its_town():
    # Published "in February": "Saturday" spans the month, as does the undated next sentence.
    from dataclasses import replace as _replace

    from geodata.events import extract_events
    from geodata.places.gazetteer import load_gazetteer
    from geodata.places.mentions import extract_mentions
    from geodata.text.sentences import split_sentences
    from tests.events.test_events import article

    text = ("At least seven people were killed on Saturday when a bomber struck a bank in southern Kandahar "
            "province, officials said.\n\nDozens were wounded in the blast in the city of Spin Boldak.")
    art = _replace(article(text, published="2017-02"), date_precision="month")
    sentences = split_sentences(art)
    gazetteer = load_gazetteer()
    found = extract_events(art, extract_mentions(art, gazetteer, sentences=sentences), sentences=sentences,
                           gazetteer=gazetteer)
    assert [(e.location_text, e.killed_low) for e in found if e.killed_low] == [("Spin Boldak", 7)]


def test_a_toll_told_again_at_the_same_place_is_one_record_with_both_figures():
    text = ("A suicide bomber killed four civilians in an attack on a police post in Musa Qala on Sunday, "
            "officials said.\n\nThe bomber struck as police gathered. Four civilians were killed by the blast and "
            "eight more people were wounded, the provincial police chief said.")
    found = [e for e in events(text) if e.killed_low or e.wounded_low]
    assert [(e.location_text, e.killed_low, e.wounded_low, e.fatalities, e.counted_in) for e in found] == [
        ("Musa Qala", 4, 8, 4, "")]
    assert found[0].sentence.startswith("A suicide bomber")
    assert "also reported at characters" in found[0].notes
    # At another place (the lead's country), the toll told again stays a record of its own, linked.
    coarse = text.replace("in Musa Qala on Sunday", "in Afghanistan on Sunday").replace(
        "The bomber struck as police gathered.", "The bomber struck as police gathered in Musa Qala.")
    assert len([e for e in events(coarse) if e.killed_low]) == 2


def test_an_attack_told_without_a_number_beside_its_toll_is_one_record():
    text = ("Al-Shabaab claimed responsibility for the deadly attack on the municipal headquarters in Kismayo.\n\n"
            "Five civilians were killed and four others were wounded in the attack on the compound in Kismayo, "
            "the ministry said.")
    found = events(text)
    assert [(e.location_text, e.killed_low, e.wounded_low) for e in found] == [("Kismayo", 5, 4)]
    assert "also told as Battles" in found[0].notes


@pytest.mark.parametrize("text, expected", [
    # The wounded of "the attack" in the next sentence: the bombing's, not a battle of their own.
    ("Two suicide bombers blew up a bus in Hadera on Tuesday, killing 11 people.\n\nMore than 80 others, "
     "including children, were wounded in the attack, a hospital director said.",
     [("Hadera", "Explosions/Remote violence", 11, 80)]),
    ("A car bomb exploded outside the police headquarters in Kismayo on Monday, killing three officers. "
     "Seven others were wounded during the attack, police said.",
     [("Kismayo", "Explosions/Remote violence", 3, 7)]),
    # "also" adds the event's wounded to its killed; gunmen who "also" wounded people did another thing.
    ("A car bomb exploded at a market in Kirkuk on Monday, killing 12 people. The attack also wounded 30 others.",
     [("Kirkuk", "Explosions/Remote violence", 12, 30)]),
    ("A car bomb exploded at a market in Kirkuk on Monday, killing 12 people. Gunmen also wounded 30 people at a "
     "checkpoint in Kirkuk.", [("Kirkuk", "Explosions/Remote violence", 12, None),
                               ("Kirkuk", "Violence against civilians", None, 30)]),
])
def test_the_wounded_of_the_event_in_the_next_sentence_join_its_killed(text, expected):
    assert [(e.location_text, e.event_type, e.killed_low, e.wounded_low) for e in events(text)] == expected


def test_a_toll_told_again_with_its_wounded_gives_them_to_the_report_that_counts_it():
    text = ("The health ministry said an Israeli strike on Saturday killed 38 people at the Bureij camp.\n\n"
            "Bureij, near the city of Deir al-Balah, was declared a humanitarian zone.\n\nThe ministry said 38 "
            "people were killed and at least 120 wounded.")
    found = [e for e in events(text) if e.killed_low]
    assert (found[0].location_text, found[0].killed_low, found[0].wounded_low, found[0].fatalities) == \
        ("Bureij camp", 38, 120, 38)
    assert all(e.counted_in == found[0].event_id for e in found[1:])
    # A toll told again at a place of its own with another weapon may be another incident: its wounded stay.
    other = text.replace("The ministry said 38 people were killed and at least 120 wounded.",
                         "A car bomb in Khan Younis killed 38 people and wounded at least 120, the ministry said.")
    assert [e.wounded_low for e in events(other) if e.location_text == "Bureij camp"] == [None]


def test_the_wounded_of_the_account_that_gives_the_counted_toll_are_its_wounded():
    text = ("Quetta, May 8 (EFE).- The death toll from Saturday's bombing near a mosque in Quetta has reached 30, "
            "officials said.\n\nInitial reports following the attack in a Hazara neighbourhood in the east of the "
            "provincial capital spoke of 25 dead and 52 injured.\n\n\u201cThe number of martyred people has "
            "increased to 30,\u201d a police spokesman said, while a health official told Efe that 79 others hurt in "
            "the blast were being treated at Quetta hospitals.")
    found = events(text, published="2024-05-08")
    assert [(e.killed_low, e.wounded_low, e.fatalities) for e in found if e.fatalities] == [(30, 79, 30)]


@pytest.mark.parametrize("text", [
    # A weapon's report stays apart from a fight's toll at the same place.
    "US aircraft bombed Basra on Thursday.\n\nFighting in Basra killed 40 people on Thursday, officials said.",
    # Far apart: not one incident.
    "Gunmen attacked a checkpoint in Kismayo on Monday. Officials met. Aid arrived. Talks began.\n\n"
    "Five civilians were killed in shelling of Kismayo on Monday.",
])
def test_a_report_without_a_number_stays_apart_when_it_may_be_another_incident(text):
    assert len(events(text)) == 2


@pytest.mark.parametrize("text, expected", [
    # Two sides' dead of one incident, told apart: one toll.
    ("Five civilians were killed and four others were wounded in the attack on the compound in Kismayo, the "
     "ministry said.\n\nGovernment forces rescued most officials during the attack, in which six suicide bombers "
     "were killed.", [("Kismayo", 11, 4)]),
    # A side not known ("people") may be among the toll before: two tolls.
    ("Two soldiers were shot dead in clashes in Malakal on Tuesday.\n\nThe clashes left 18 people dead, "
     "a commander said.", [("Malakal", 2, None), ("Malakal", 18, None)]),
    # The same side twice: not added.
    ("Five civilians were killed in the attack on a market in Kismayo.\n\nThe attack killed seven civilians, "
     "hospital staff said.", [("Kismayo", 5, None), ("Kismayo", 7, None)]),
    # Where a toll told in parts counts the side of the toll before again, and more, it is the fuller count of the
    # incident: one toll ("eight militants" among "At least 20 militants").
    ("Troops killed eight militants in clashes in Mudiyah on Sunday, the army said.\n\nAt least 20 militants and "
     "two soldiers died in the clashes, officials said.", [("Mudiyah", 22, None)]),
])
def test_the_dead_of_two_sides_of_one_incident_make_one_toll(text, expected):
    assert [(e.location_text, e.killed_low, e.wounded_low) for e in events(text) if e.killed_low] == expected


def test_a_towns_total_is_counted_in_the_villages_the_text_puts_in_it():
    text = ("Israeli airstrikes on several towns on Saturday in the Tyre district killed 12 paramedics.\n\n"
            "Warplanes targeted the town of Deir Kifa in the Tyre district, killing six members of the Islamic "
            "Scouts.\n\nStrikes on Deir Kifa also killed a civilian.\n\nFive members of the Islamic Scouts were "
            "killed in an airstrike on the town of Zibqin in Tyre.")
    rows = _rows(text)
    assert [(place, killed) for place, killed, _, _ in rows] == [
        ("Tyre district", 12), ("Deir Kifa", 6), ("Deir Kifa", 1), ("Zibqin", 5)]
    assert rows[0][3] == "Deir Kifa"  # the total is counted in its parts
    assert _counted(text) == 12


@pytest.mark.parametrize("text, total", [
    # A lead's total and its breakdown in the same sentence: counted once, at the parts.
    ("Russian shelling killed 14 people in the Donetsk region on Monday, nine in Pokrovsk and five in "
     "Kurakhove, the governor said.", 14),
    ("Israeli strikes killed two paramedics in south Lebanon, including one in Tebnine and another in "
     "Bint Jbeil, the health ministry said.", 2),
])
def test_a_total_broken_down_in_its_own_sentence_is_counted_once(text, total):
    assert _counted(text) == total
    assert all(e.location_text not in ("Donetsk region", "south Lebanon") for e in events(text) if e.fatalities)


@pytest.mark.parametrize("text, total", [
    # Two figures of one sentence are two tolls, even at places the gazetteer cannot tell apart.
    ("Air strikes killed four civilians, two in Hajin town and the others in Gharanij village.", 4),
    # One dead told at a village, then one soldier killed in the region that holds it: two events.
    ("A drone strike killed a paramedic in Tebnine on Saturday, the ministry said. A soldier was killed "
     "in combat in southern Lebanon on Saturday, the army said.", 2),
])
def test_small_tolls_of_other_incidents_are_not_one_toll(text, total):
    assert _counted(text) == total


def test_one_death_told_twice_of_the_same_side_is_counted_once():
    text = ("Clashes between rival militias shook Zawiya on Saturday. At least one civilian was killed.\n\n"
            "The health ministry said at least one civilian was killed and 22 others were wounded in the clashes.")
    assert _counted(text) == 1


def test_a_provinces_toll_moves_to_a_market_in_a_district_of_that_province():
    text = ("At least 25 civilians have been killed by an air strike on a market in the northern Saada province, "
            "a health official said.\n\nThe aircraft bombed the al-Qarwani market in Razih district on Saturday.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("al-Qarwani market", 25)]


def test_a_toll_moves_to_where_the_next_sentence_finds_its_victims():
    text = ("Peacekeepers found mass graves in eastern Congo containing the bodies of 42 civilians, a UN "
            "spokesman said on Wednesday.\n\nThe victims, including 12 women and six children, were discovered "
            "in the village of Nyamamba in Ituri province.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Nyamamba", 42)]


@pytest.mark.parametrize("second", [
    # Where the victims came from is not where they were killed.
    "The victims were from the village of Nyamamba in Ituri province.",
    # A sentence that does not open on the victims places nothing.
    "Peacekeepers have been deployed to the village of Nyamamba in Ituri province.",
])
def test_a_toll_stays_where_the_next_sentence_does_not_place_its_victims(second):
    text = ("Peacekeepers found mass graves in eastern Congo containing the bodies of 42 civilians, a UN "
            f"spokesman said on Wednesday.\n\n{second}")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("eastern Congo", 42)]


def test_one_of_several_strikes_does_not_take_the_whole_toll():
    text = ("Coalition air strikes pounded Raqa on Thursday, killing at least 17 civilians, a monitor said.\n\n"
            "One of the strikes hit an internet cafe in the western suburb of Jazra where most of the dead were found.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Raqa", 17)]


def test_a_lead_near_a_town_moves_to_the_town_the_body_names_for_the_event():
    text = ("A coalition airstrike at a market near Yemen's Red Sea port of Hodeida killed at least 21 civilians, "
            "the UN said on Thursday.\n\nThe airstrike, which hit a vegetable market in the town of Bayt "
            "al-Faqih, just south of Hodeida, also wounded 10 people.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Bayt al-Faqih", 21)]


@pytest.mark.parametrize("town, moved", [
    # "north of Baghdad": the event was not in Baghdad; a town a short way off that the body names for the
    # event is where it was, of another province too (Baqubah, 50 km), but not one 400 km away (Mosul).
    ("Baqubah", True), ("Mosul", False),
])
def test_a_lead_told_north_of_a_town_moves_to_the_town_the_body_names_for_the_event(town, moved):
    text = ("Gunmen killed nine people at a market north of Baghdad on Monday, police said.\n\n"
            f"The attack took place in the town of {town}, police said.")
    counted = [(e.location_text, e.fatalities) for e in events(text) if e.fatalities]
    assert counted == [(town if moved else "a market north of Baghdad", 9)]


def test_a_lead_and_its_breakdown_in_the_next_sentence_count_once_even_when_a_later_sentence_names_a_town():
    text = ("A raid by Israeli forces in the occupied West Bank has resulted in eight fatalities, the ministry "
            "said.\n\nThe ministry said seven were killed in the Tulkarem refugee camp and one in the nearby Nur "
            "Shams camp.\n\nTwo women were among those killed in Tulkarem, the ministry said.")
    assert _counted(text) == 8
    assert {e.location_text for e in events(text) if e.fatalities} == {"Tulkarem refugee camp", "Nur Shams camp"}


def test_one_camp_named_two_ways_is_one_site():
    from tests.places.test_within import mentions
    text = ("Seven were killed in the Qarawa camp near Tulkarem. One more was killed in Qarawa refugee camp "
            "near Tulkarem.")
    ids = {m.place_id for m in mentions(text) if m.surface.startswith("Qarawa")}
    assert len(ids) == 1


def test_holds_is_the_relation_the_index_files_places_by():
    # holds() reads, pair by pair, the keys _Index.sought() seeks a place's inner places under and
    # _Index.filed() files a place under: the two must agree on every pair of the seeds' places.
    from geodata.events.linking import _Index, holds
    from geodata.events.where import parents
    from geodata.io.corpus import read_corpus
    from geodata.places import extract_mentions, load_gazetteer

    def by_index(outer, inner, parents_):
        if outer.country != inner.country or outer.place_id == inner.place_id:
            return False
        index = _Index(parents_)
        sought = {key for key, relation in index.sought(outer) if relation == "inner"}
        return any(key in sought for key in index.filed(inner))

    gazetteer = load_gazetteer()
    held = pairs = 0
    for article in read_corpus(["seeds"])[0]:
        mentions = extract_mentions(article, gazetteer)
        parents_ = parents(mentions, gazetteer)
        for outer in mentions:
            for inner in mentions:
                assert holds(outer, inner, parents_) == by_index(outer, inner, parents_), (outer, inner)
                held += holds(outer, inner, parents_)
                pairs += 1
    assert pairs > 1000 and held > 10  # guards against a vacuous pass


def test_a_town_toll_moves_to_a_village_the_text_puts_in_that_town():
    # "Barangay Lumbayao, Talipao": a village the gazetteer lacks, inside the town that had the toll.
    text = ("At least five soldiers and two rebels were killed in a clash in Talipao, Sulu, on Monday, the army "
            "said.\n\nArmy troops clashed with the gunmen in Barangay Lumbayao, Talipao, the military said.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text) if e.killed_low] == [
        ("Barangay Lumbayao", 7, 7)]


def test_a_lead_toll_stays_coarse_when_the_next_sentence_names_two_places_that_could_hold_it():
    text = ("At least 21 people were killed in fighting between rival militias in Upper Nile state on Monday, "
            "officials said. The governor said fighters of the Jikany clan of Ulang County attacked Nasir County "
            "at dawn.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Upper Nile state", 21)]
    # With one place only, the toll is told there.
    one = text.replace("fighters of the Jikany clan of Ulang County", "Jikany fighters")
    assert [(e.location_text, e.killed_low) for e in events(one) if e.killed_low] == [("Nasir County", 21)]


def test_a_place_of_the_event_that_came_before_does_not_take_the_toll():
    text = ("Three villagers were killed by artillery fire in Minbya Township of Rakhine State on Monday. "
            "The shelling began after rebels attacked an army column in Pyin Chaung village, residents said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Minbya Township", 3)]
    told_there = text.replace("The shelling began after rebels attacked an army column in", "The shells hit")
    assert [(e.location_text, e.killed_low) for e in events(told_there) if e.killed_low] == [("Pyin Chaung", 3)]


def test_a_district_toll_moves_to_a_village_of_the_same_province_the_next_sentence_names():
    # Neither the township nor the village is in the gazetteer; both lie in Magway Region, and the
    # village is where the bombs fell.
    text = ("Twelve people were killed in an air strike on Gangaw Township of Magway Region on Friday. "
            "Witnesses said two jets bombed Hpaung Lin village.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Hpaung Lin", 12)]


def test_a_place_named_like_the_district_is_the_district_not_a_village_in_it():
    text = ("Ten people were killed in a drone strike in the Northern Shewa Zone of Amhara Region on Tuesday.\n\n"
            "Witnesses said the drone attacks in North Shewa and Wollo areas killed civilians.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Northern Shewa Zone", 10)]


@pytest.mark.parametrize("second, places", [
    # The same toll told again at a town a few kilometres from the first place: one toll, counted there.
    (" Officials said at least 14 people were killed in Makiivka.", [("Makiivka", 14)]),
    # Forty kilometres away, the same figure is another toll.
    (" Officials said at least 14 people were killed in Horlivka.", [("Donetsk", 14), ("Horlivka", 14)]),
])
def test_the_same_toll_told_again_at_a_nearby_town_is_counted_once(second, places):
    text = "Shells killed at least 14 civilians in a besieged district near Donetsk on Friday, officials said." + second
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == places


@pytest.mark.parametrize("second, counted", [
    # An earlier count of the same fighting, told with no place of its own: counted once, the larger.
    (' "The toll so far is 11 dead and 20 wounded," a hospital official said.', 12),
    # Told as more dead: added.
    (' "Another 11 were killed in the afternoon," a hospital official said.', 23),
])
def test_a_smaller_toll_told_right_after_without_a_place_is_the_same_killings(second, counted):
    text = ("At least 12 soldiers were killed in clashes with militants on Friday in the town of Baiji, a medical "
            "source said." + second)
    assert _counted(text) == counted


@pytest.mark.parametrize("article, counted", [
    # A sentence that names the event again ("The ambush") tells the same toll a few sentences on, at a
    # town further off: counted once, where it was first told.
    ("The ambush near Tikrit killed 14 soldiers, the ministry said on Monday.", [("Baiji", 14)]),
    # Told as an event of its own ("An ambush"), three sentences on: another toll.
    ("An ambush near Tikrit killed 14 soldiers, the ministry said on Monday.", [("Baiji", 14), ("Tikrit", 14)]),
])
def test_a_toll_told_again_by_a_sentence_that_names_its_event_is_counted_once(article, counted):
    text = ("Militants killed 14 soldiers in an ambush in Baiji on Monday, officials said. Officials gave no "
            "further details. Militants have long been active in the province. " + article)
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == counted


def test_a_town_that_only_says_where_another_lies_does_not_make_the_next_sentence_ambiguous():
    text = ("At least six soldiers were killed in a firefight with militants in the southern Philippines on "
            "Wednesday. The clash took place near Maluso, a coastal town on Basilan island, the army said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Maluso", 6)]


@pytest.mark.parametrize("district, counted", [
    # A district named after its town, known only as the town: its total is that of its towns nearby.
    ("Kramatorsk district", [("Druzhkivka", 2), ("Sloviansk", 1)]),
    # The town itself: the towns around it are other places, their tolls more killings.
    ("Kramatorsk", [("Kramatorsk", 3), ("Druzhkivka", 2), ("Sloviansk", 1)]),
])
def test_a_district_named_after_its_town_totals_the_towns_of_the_district(district, counted):
    text = (f"At least three people were killed and five wounded in Donetsk region as a result of today's shelling "
            f"of {district}, the governor said. \"In Druzhkivka, 2 people were killed and 3 wounded. In Sloviansk, "
            "one person was killed and two wounded,\" he said.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == counted


@pytest.mark.parametrize("text, low, high, counted", [
    # Two sources' figures for one toll in one sentence: a range, counted at its low bound.
    ("Reports on the death toll in Kukawa, Borno state, differed. A local militia leader said six people had "
     "died but a survivor said up to 19 were killed.", 6, 19, 6),
    # Two sides' dead told by two sources are two tolls, added.
    ("Clashes raged near Kukawa in Borno state on Sunday. In the past day, 43 Boko Haram fighters were killed, "
     "an army source said, while another source said seven soldiers died.", 50, 50, 50),
    # An armed group's claim beside the officials' count, the contrast told first.
    ("Jihadists attacked the army camp at Dioura in central Mali on Sunday. While officials reported at least 30 "
     "dead in the attack on the army camp at Dioura, JNIM alleged it had killed more than 100 soldiers.", 30, 100, 30),
    # A reporter's count of the bodies beside the residents' toll.
    ("Gunmen raided the village of Kukawa in Borno state on Saturday night. Residents said at least 30 people were "
     "killed in Kukawa, although a reporter counted 44 bodies at the hospital morgue.", 30, 44, 30),
    # The official toll, then other sources who "say" another.
    ("Gunmen raided the village of Kukawa in Borno state on Saturday night. Officially, 30 people were killed in the "
     "attack on Kukawa, but several security sources who were there say that at least 45 people were killed.",
     30, 45, 30),
    # A second source's count in the present ("claims", "estimates") is another account too.
    ("Gunmen raided the village of Kukawa in Borno state on Saturday. The Red Cross estimates that at least 80 people "
     "were killed in this attack while the United Nations claims over 33 people are dead.", 33, 80, 33),
    # (a guard) Another source's count of a second blast is a second toll, added.
    ("In Mosul, 6 people were killed by a car bomb, but police say 4 were killed in a second blast minutes later.",
     10, 10, 10),
    # (a guard) Two killings told in contrast, no claim: two tolls, added.
    ("Jihadists attacked Dioura in central Mali on Sunday. While gunmen killed 30 villagers in Dioura, troops killed "
     "12 militants in Dioura.", 42, 42, 42),
])
def test_two_sources_figures_for_one_toll_in_a_sentence_are_a_range(text, low, high, counted):
    [toll] = [e for e in events(text) if e.killed_low is not None or e.killed_high is not None]
    assert (toll.killed_low, toll.killed_high, toll.fatalities) == (low, high, counted)


def test_an_unknown_village_after_in_in_a_sentence_on_a_death_toll_is_a_place():
    text = ("Suspected militants stormed a village in north-east Nigeria, killing several people.\n\nReports on the "
            "death toll in Kolomari, Borno state, differed. A militia leader said six people had died.")
    assert [e.location_text for e in events(text) if e.fatalities] == ["Kolomari"]


@pytest.mark.parametrize("body, counted", [
    # A lower bound's parts, told one after the other, may go past it: the parts count.
    ("Twenty-two people were killed in Bozoum. At least three others were killed in Bocaranga.",
     [("Bozoum", 22), ("Bocaranga", 3)]),
    # Far past it, they are more killings than the lead told: the lead stays beside them.
    ("Twenty-two people were killed in Bozoum. At least 40 others were killed in Bocaranga.",
     [("Ouham-Pendé prefecture", 20), ("Bozoum", 22), ("Bocaranga", 40)]),
])
def test_a_lower_bound_is_the_total_of_parts_that_go_a_little_past_it(body, counted):
    text = ("More than 20 people were killed when gunmen attacked villages in the Ouham-Pendé prefecture of the "
            "Central African Republic on Tuesday, the UN said. " + body)
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == counted


def test_a_total_told_again_in_parts_at_its_own_place_is_one_event_there():
    text = ("Some 20 civilians were killed when jets struck a fuel depot in Bani Walid on Saturday, witnesses said. "
            "\"There were three explosions,\" one witness said. Eight workers were killed in the first strike. When "
            "rescuers arrived, the jets struck again, killing at least 12 more people.")
    found = events(text)
    assert [(e.location_text, e.killed_low, e.fatalities) for e in found if e.fatalities] == [("Bani Walid", 20, 20)]
    assert sum(e.fatalities or 0 for e in found) == 20


def test_a_smaller_toll_a_few_sentences_on_with_no_place_tells_the_first_again():
    text = ("Insurgents killed 18 soldiers in an attack on an army base in Bama on Sunday, military sources said. "
            "The attackers came in trucks, a second source said. \"I counted at least six bodies,\" he said.")
    assert _counted(text) == 18


def test_a_toll_added_to_a_coarse_one_is_not_its_precise_telling():
    # "also ... 20 attackers": more dead than the ten of the lead, not the lead told at the compound.
    text = ("At least 10 people were killed when militants attacked a district compound in eastern Afghanistan, "
            "officials said. The attack on the Alingar district headquarters in Laghman province lasted all night. "
            "The police chief also said 20 attackers were killed in the fighting.")
    assert _counted(text) == 30


def test_a_sentence_naming_the_encounter_again_tells_its_toll_again_at_a_town_nearby():
    # "the encounter" refers back to the firefight: the same seven, though the town named is another
    # one nearby and "at least" is dropped.
    text = ("At least seven soldiers were killed and three wounded in a firefight with Taliban fighters near "
            "Khanabad, officials said Tuesday. The clash began at dawn. Reinforcements arrived by noon. The "
            "militants withdrew toward the river. \"We mourn the seven soldiers who died in the encounter "
            "yesterday in Kunduz,\" the army said.")
    assert _counted(text) == 7


def test_a_toll_in_the_south_of_a_country_is_not_moved_to_a_town_in_its_north():
    # "southern Syria" holds Daraa, not Aleppo: the lead's toll stays where it was told.
    north = ("Gunmen killed nine people in southern Syria on Monday, officials said. The attack on the "
             "town of Aleppo began at dawn.")
    south = ("Gunmen killed nine people in southern Syria on Monday, officials said. The attack on the "
             "town of Daraa began at dawn.")
    assert [(e.location_text, e.fatalities) for e in events(north) if e.fatalities] == [("southern Syria", 9)]
    assert [(e.location_text, e.fatalities) for e in events(south) if e.fatalities] == [("Daraa", 9)]


def test_a_toll_spread_over_different_areas_of_a_region_stays_there():
    # The region's toll is of several places: not moved to the first town named next.
    text = ("Shelling killed two people on Thursday in different areas of the Kherson region, officials said. "
            "The shelling hit a school in Kherson.")
    found = [(e.location_text, e.killed_low) for e in events(text) if e.killed_low]
    assert ("Kherson region", 2) in found


def test_a_toll_in_the_south_of_a_small_country_moves_to_its_coastal_town():
    # Tyre lies as near Lebanon's south as its west: it is in southern Lebanon.
    text = ("An Israeli strike killed four people in southern Lebanon on Monday, officials said. The strike "
            "hit a house in Tyre.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Tyre", 4)]


def test_a_smaller_toll_with_no_place_is_counted_from_the_last_sentence_that_told_the_first():
    # The lead's toll told again in the third sentence ("Twelve residents died"): a witness's count
    # three sentences on is a part of it, though five sentences after the lead.
    text = ("Shells killed at least 12 people in Kadugli on Monday, a rights group said. Fighting has raged "
            "for weeks. \"Twelve residents died today when shells hit homes in Kadugli,\" the group said. "
            "Aid groups warned of hunger. Supplies were scarce. A nurse said she helped carry \"five bodies\" "
            "from the rubble.")
    assert _counted(text) == 12


def test_words_after_a_quotation_that_name_its_speaker_add_no_dead():
    # "another resident" says whose words these are; the four are a part of the six told just before.
    text = ("A mortar shell killed six people in Gao on Friday, officials said. \"Four people were killed in "
            "the house next door,\" said another resident.")
    assert _counted(text) == 6


def test_a_total_of_two_events_is_counted_in_the_tolls_the_body_tells_at_its_place():
    # The lead counts two battles; the body tells each one's toll in the same city.
    text = ("Mortars pounded the Sudanese city of El Fasher on Monday, killing at least 11 civilians in two "
            "separate battles, witnesses said.\n\nIn the first battle, fighters attacked an army base in "
            "northern El Fasher. Witnesses said seven civilians were killed.\n\nLater Monday, shells hit the "
            "city's main market. Residents said they saw at least four civilians killed.")
    assert sorted(e.fatalities for e in events(text) if e.fatalities) == [4, 7]


def test_a_part_named_in_the_totals_own_sentence_and_told_again_counts_once():
    # "including six soldiers and 14 militants", then the soldiers' dead told again at the same town.
    text = ("At least 20 people were killed, including six soldiers and 14 militants, in a clash in Kismayo "
            "on Tuesday, the army said.\n\nIn Kismayo, six soldiers were killed in action on Tuesday, the army "
            "spokesman said.")
    assert _counted(text) == 20


def test_the_same_days_toll_told_again_with_another_figure_counts_once_at_the_first():
    text = ("Gunmen attacked the village of Kukum Daji in Kaura district on Sunday, killing 14 people, the state "
            "government said.\n\nResidents said the gunmen attacked Kukum Daji at about 2am on Sunday and killed "
            "no fewer than 12 persons.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Kukum Daji", 14)]


def test_other_sources_accounts_of_a_toll_in_the_next_sentences_count_once_at_the_lowest():
    # The governor's and a radio station's figures for the soldiers killed in the same ambush.
    text = ("At least five soldiers were killed in an ambush near Mopti on Monday, the army said.\n\n"
            "In an interview with a local radio, the governor said that seven soldiers are dead in Mopti.\n\n"
            "A radio station reported that nine soldiers were killed.")
    assert _counted(text) == 5


def test_another_account_of_people_killed_with_no_side_named_counts_once():
    text = ("Shelling by the Rapid Support Forces killed at least 14 people in El Fasher on Tuesday, a local "
            "resistance committee said. The governor said that 16 people were killed.")
    assert _counted(text) == 14


def test_a_later_toll_of_the_same_side_after_an_opening_on_another_event_is_not_another_account():
    text = ("Gunmen killed six civilians in Mopti on Monday, officials said.\n\nLater, shells hit the Mopti "
            "market. Witnesses said that five civilians were killed.")
    assert _counted(text) == 11


@pytest.mark.parametrize("text", [
    # Another side's dead, at another site.
    "A car bomb killed 12 people at a market in Kirkuk on Monday, police said. Gunmen killed nine policemen "
    "at a checkpoint in Kirkuk on Monday, police said.",
    # Another incident, said so.
    "A car bomb killed 12 people in Kirkuk on Monday, police said.\n\nIn a separate incident, gunmen killed "
    "nine people in Kirkuk on Monday.",
    # A new event, told with "a".
    "Militants attacked a police station in Kirkuk on Monday, killing 12 policemen. A roadside bomb killed "
    "10 soldiers in Kirkuk on Monday.",
    # The same figure as a part named in a total's aside, in another incident.
    "At least 20 people were killed, including six soldiers and 14 militants, in a clash in Kismayo on "
    "Tuesday, the army said.\n\nIn a separate attack in Kismayo on Tuesday, six soldiers were killed.",
])
def test_two_tolls_of_one_day_at_one_town_stay_two_when_the_text_tells_two_incidents(text):
    assert all(not e.counted_in for e in events(text))


def test_the_dead_told_again_as_the_three_are_counted_once_at_the_more_precise_place():
    text = ("Three villagers were killed by gunmen in Borno state late on Friday, police said. The three were "
            "gunned down while they slept in Konduga, police said on Saturday.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Konduga", 3)]


@pytest.mark.parametrize("text, total", [
    # A smaller toll of another day, a few sentences after the toll told again, is another event.
    ("Gunmen killed 14 people in a raid near Mopti on Monday, officials said. The raid was the worst in months. "
     "\"Fourteen people died in our village,\" the mayor said. Aid groups warned of hunger. Supplies were scarce. "
     "Food prices rose. On Wednesday, gunmen shot dead six herders.", 20),
    # A toll of another day is no part of a lead that counts several events.
    ("Militants killed 13 soldiers in two separate battles near Gao on Sunday, the army said. Eight soldiers "
     "died in the first battle near Gao. On Tuesday, five soldiers were killed by a roadside bomb in Gao.", 18),
    # A part of such a lead whose other part is not read is still counted in the lead.
    ("Al-Shabaab fighters killed 12 soldiers in two separate attacks near Kismayo on Thursday. Seven soldiers "
     "died at a base outside Kismayo and five at a checkpoint. In Baidoa, a car bomb killed nine people on "
     "Thursday.", 21),
    # One day, one town, two weapons: two incidents.
    ("A roadside bomb killed six soldiers in Kirkuk on Monday, officials said. Gunmen shot dead five policemen "
     "in Kirkuk on Monday, police said.", 11),
    # A source's words that tell a new event ("that a roadside bomb killed") are no other account of a clash.
    ("Ten soldiers were killed in a clash near Jolo on Sunday, the military said. The military said that a "
     "roadside bomb killed eight soldiers near Jolo.", 18),
])
def test_tolls_of_other_days_weapons_or_events_stay_apart(text, total):
    assert _counted(text) == total


def test_a_month_dated_toll_with_its_killers_named_is_one_event():
    text = "At least 14 villagers were shot dead by soldiers in Maiduguri in February 2007, Amnesty International said."
    assert [(e.scope, e.fatalities) for e in events(text)] == [("local", 14)]


def test_the_same_area_as_a_days_event_is_that_events_place():
    text = ("A roadside bomb hit a bus near Kandahar on Monday, killing nine people.\n\nOn Tuesday, gunmen killed "
            "four policemen in Kunduz.\n\nA similar bus attack in the same area as Monday's blast killed 14 people "
            "last year.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [
        ("Kandahar", 9), ("Kunduz", 4), ("Kandahar", 14)]


def test_a_vague_toll_of_an_event_told_with_no_place_still_goes_to_the_main_town():
    text = ("Elders in Kandahar met on Sunday. Traders in Kandahar said business was slow.\n\n"
            "A suicide bomber killed dozens of people at a mosque on Friday.")
    assert [(e.location_text, e.scope, e.fatalities) for e in events(text) if e.count_qualifier == "vague"] == [
        ("Kandahar", "local", 12)]


def test_a_war_toll_told_in_passing_after_an_event_is_no_local_toll():
    text = ("Shelling killed 14 people in Taiz on Monday, medics said.\n\nThe war has pushed millions to the brink "
            "of famine. The United Nations says more than 10,000 people have been killed.")
    found = events(text)
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Taiz", 14)]
    [war] = [e for e in found if e.killed_low == 10000]
    assert war.scope == "cumulative" and war.country == "YE" and not war.fatalities


def test_a_figure_of_a_sum_told_again_at_its_place_counts_once():
    text = ("An activist said 12 people died in shelling on Kafr Nabl and 40 were killed when militiamen stormed "
            "it on Friday.\n\nTwelve people were killed in the shelling, the activist said.")
    assert _counted(text) == 52


@pytest.mark.parametrize("text, kept", [
    # A provisional count beside a higher one of the same attack: the higher counts.
    ("The death toll from Thursday's attack on an army base in Tillaberi is at least 60, security sources said.\n\n"
     "The government said on Thursday 20 soldiers were killed in Tillaberi, according to a provisional death "
     "toll.", 60),
    # ... beside a final one, lower: the final counts.
    ("The final death toll of a massacre in Bankass was 22, officials said on Wednesday.\n\nEarlier, the "
     "government gave provisional figures of 70 dead in Bankass.", 22),
    # ... but a witness's few bodies do not replace it.
    ("\"The provisional toll is 21 bodies,\" a military source said of the attack on the camp in Mopti.\n\n"
     "\"I saw at least four bodies on the ground,\" a soldier said.", 21),
])
def test_a_provisional_toll_gives_way_to_a_higher_or_final_one(text, kept):
    assert _counted(text) == kept


def test_a_count_said_earlier_and_told_again_in_a_quote_counts_in_the_later_toll():
    # (the police chief's region is whose officer he is, not a place of the attack)
    text = ("MOGADISHU – At least 18 people died on Sunday in a suicide attack on a tea shop in the central town "
            "of Jowhar, a police officer said.\n\n\"The toll so far is 18,\" Abdi Hassan, police chief of the Middle "
            "Shabelle region, said.\n\nWitnesses said earlier they had counted 11 bodies after the blast.\n\n"
            "\"I counted 11 people killed, among them soldiers,\" a shopkeeper said by telephone.")
    assert _counted(text) == 18


def test_a_leads_total_with_no_place_is_the_sum_of_the_body_tolls_at_named_places():
    text = ("KABUL -- Suicide bombers struck a mosque and a police post yesterday, killing at least 61 people, "
            "officials said.\n\nTwo soldiers were also killed by a roadside bomb in the capital.\n\n"
            "At least 40 worshippers were killed in the mosque bombing in Herat, a doctor said.\n\n"
            "A police official in Kunduz said 21 people had died there.")
    assert _counted(text) == 63


def test_the_parts_of_a_total_typed_only_by_their_dead_take_the_event_the_total_names():
    text = ("Five people have been killed in Russian strikes on Kharkiv Oblast, the governor said.\n\n"
            "Two civilians have been killed in the village of Kupiansk.\n\nThree people were killed in Izium.")
    found = [(e.location_text, e.event_type) for e in events(text) if e.fatalities]
    assert found == [("Kupiansk", "Explosions/Remote violence"), ("Izium", "Explosions/Remote violence")]


@pytest.mark.parametrize("text, total", [
    # (guards) A separate incident or the other side's dead told inside the lead's province are no part of it.
    ("Eight soldiers were killed in two militant attacks in North Waziristan on Thursday, officials said.\n\n"
     "In one incident, seven soldiers were killed when militants ambushed a convoy in Datakhel tehsil of North "
     "Waziristan district.\n\nSeparately, a drone strike killed three civilians in Mir Ali.", 11),
    ("Eight soldiers were killed in two militant attacks in North Waziristan on Thursday, officials said.\n\n"
     "Troops later killed five militants in Datakhel, officials said.", 13),
])
def test_a_lead_that_counts_its_events_keeps_its_dead_beside_other_incidents(text, total):
    assert _counted(text) == total


@pytest.mark.parametrize("text, total", [
    # At a town, of its quarter; of the sites a lead counts.
    ("Twelve people were killed in two bombings in Kabul on Tuesday, officials said.\n\nIn one of the attacks, a "
     "bomb killed nine people at a school in Dasht-e-Barchi.", 12),
    ("Gunmen killed 15 people in attacks on three villages in Zamfara state on Sunday, police said.\n\nIn one "
     "village, Kaura Namoda, nine people were killed.", 15),
])
def test_a_lead_at_a_town_or_of_counted_sites_keeps_only_what_its_parts_do_not_tell(text, total):
    assert _counted(text) == total


def test_a_lead_that_counts_its_events_keeps_only_what_its_parts_do_not_tell():
    # "in two attacks": the body tells one of them with its toll at a place inside the lead's; the rest of the
    # lead's dead (the other attack's, whose figure the body does not give) stay counted at the lead's place.
    text = ("Eight soldiers were killed in two militant attacks in Khyber district on Thursday, officials said.\n\n"
            "In one incident, seven soldiers were killed when militants ambushed a convoy in Bara tehsil of Khyber "
            "district.\n\nIn the second incident, troops clashed with militants near Jamrud.")
    assert _counted(text) == 8


def test_some_reports_of_a_dated_higher_toll_are_another_account_of_one_with_no_day():
    text = ("At least 27 soldiers were killed in an ambush near the village of Kabasalan, officials said.\n\n"
            "Some reports said 33 soldiers were killed in the ambush on Sunday.")
    assert _counted(text) == 27


@pytest.mark.parametrize("text", [
    "Militants attacked an army base in Lower Juba, killing 19 Kenyan soldiers, the army said.\n\n"
    "The group claimed it had killed 60 soldiers.",
    # (told by its spokesman, of "his group")
    "Militants attacked an army base in Lower Juba, killing 19 Kenyan soldiers, the army said.\n\n"
    "A militia spokesman said his group had killed 60 soldiers in Lower Juba.",
    # (a day or a source before the group: "On Saturday al-Shabaab claimed", "A statement from al-Shabaab said")
    "Militants attacked an army base in Lower Juba, killing 19 Kenyan soldiers, the army said.\n\n"
    "On Saturday al-Shabaab claimed to have killed 60 soldiers.",
    "Militants attacked an army base in Lower Juba, killing 19 Kenyan soldiers, the army said.\n\n"
    "A statement from al-Shabaab said its fighters had killed 60 soldiers.",
    # (the day of the claim before it, "to have killed")
    "Militants attacked an army base in Lower Juba, killing 19 Kenyan soldiers, the army said.\n\n"
    "The guerrillas claimed Monday to have killed 60 men and to have lost none.",
    # (the group by its name)
    "Militants attacked an army base in Lower Juba, killing 19 Kenyan soldiers, the army said.\n\n"
    "For its part, al-Shabaab claimed to have killed at least 60 soldiers.",
])
def test_an_armed_groups_claim_of_its_kills_counts_once_beside_the_other_account(text):
    assert _counted(text) == 19


@pytest.mark.parametrize("text, total", [
    # (guards) The group as the object of the army's act: the army's own claim, not the group's.
    ("Militants attacked a base in Middle Shabelle on Friday, killing 7 soldiers, officials said.\n\n"
     "Soldiers fighting al-Shabaab said they had killed 30 militants in the fighting.", 37),
    ("Guerrillas attacked a police post in Cauca on Friday, killing 7 policemen, officials said.\n\n"
     "Troops pursuing the guerrillas said they killed 15 rebels in the counterattack.", 22),
])
def test_an_army_fighting_a_group_claims_its_own_kills(text, total):
    assert _counted(text) == total


def test_a_headlines_toll_is_the_sum_of_the_leads_breakdown_by_place():
    from geodata.io.corpus import article_from_text
    from geodata.pipeline import analyse
    from geodata.places import load_gazetteer

    text = ("Air strikes kill 20 in Gaza\n\nGAZA CITY, Jan 12 (Reuters) - Air strikes killed at least 20 people "
            "across the Gaza Strip on Friday, including 12 in a house in Beit Lahia and eight in Nuseirat, medics "
            "said.")
    art = article_from_text(text, id="h", file="h.txt", meta={"published": "2024-01-13"})
    _, reports = analyse([art], gazetteer=load_gazetteer())
    assert art.title == "Air strikes kill 20 in Gaza"
    assert sum(r.event.fatalities or 0 for r in reports) == 20


def test_a_headlines_toll_told_again_in_the_lead_at_another_place_counts_once():
    from geodata.io.corpus import article_from_text
    from geodata.pipeline import analyse
    from geodata.places import load_gazetteer

    text = ("Gunmen kill 23 in Zamfara village attack\n\nGUSAU, Nigeria - Gunmen killed 23 people in an attack on "
            "Kadisau village in Faskari local government area of Katsina state, police said on Wednesday.")
    art = article_from_text(text, id="z", file="z.txt", meta={"published": "2024-01-13"})
    _, reports = analyse([art], gazetteer=load_gazetteer())
    assert [(r.event.location_text, r.event.fatalities) for r in reports if r.event.fatalities] == [("Kadisau", 23)]


def test_tolls_the_article_calls_contradicting_count_once_at_the_lowest():
    text = ("A car bomb exploded on Monday near a hospital in Benghazi.\n\nOfficials gave contradicting death "
            "tolls. A deputy minister said 15 people were killed in the attack.\n\nBut a health ministry "
            "spokesman later told reporters in Tripoli that four people died.\n\nA police official in Benghazi "
            "said that the car bombing killed 13 people.")
    found = events(text)
    assert _counted(text) == 4
    assert all(e.location_text != "Tripoli" for e in found if e.killed_low)  # where it was said, not where


def test_tolls_of_one_town_without_such_words_stay_apart():
    text = ("A car bomb killed 15 people near a hospital in Benghazi on Monday.\n\nIn a separate attack in "
            "Benghazi on Tuesday, gunmen killed four people.")
    assert _counted(text) == 19


@pytest.mark.parametrize("text, total", [
    # "dozens" told two sentences after "Fifteen" at the town that holds its village: the same killings.
    ("Fifteen soldiers died in fighting in the village of Periyamadu near Vavuniya on Saturday, the defence "
     "ministry said. Heavy guns were heard all day. The Tigers said they had killed dozens of troops in "
     "Vavuniya.", 15),
    # ... but not when the sentence tells another incident.
    ("Fifteen soldiers died in fighting in the village of Periyamadu near Vavuniya on Saturday, the defence "
     "ministry said. Heavy guns were heard all day. In a separate attack, dozens of troops were killed in "
     "Vavuniya.", 27),
])
def test_a_vague_count_right_after_a_numbered_toll_at_its_place_is_that_toll(text, total):
    assert _counted(text) == total


@pytest.mark.parametrize("town, moved", [
    # Iraq's gazetteer villages crowd into its north-west: read by where most of them lie, Tuz Khurmatu
    # was "central Iraq". Against how far the country reaches, it lies in its northern half; Baghdad
    # lies in the middle, Basra in the south.
    ("Tuz Khurmatu", True), ("Kirkuk", True), ("Baghdad", False), ("Basra", False),
])
def test_a_toll_in_the_north_of_a_country_moves_to_a_town_in_its_northern_half(town, moved):
    text = (f"A suicide truck bomber struck a city hall in northern Iraq on Thursday, killing at least 13 "
            f"people, an Iraqi commander said.\n\nThe explosion occurred in the town of {town}.")
    counted = [(e.location_text, e.fatalities) for e in events(text) if e.fatalities]
    assert counted == [(town if moved else "northern Iraq", 13)]


@pytest.mark.parametrize("direction, point, inside", [
    ("northern", (36.0, 44.0), True), ("northern", (33.3, 44.4), False), ("southern", (30.5, 47.8), True),
    ("western", (33.4, 41.0), True), ("western", (35.6, 45.4), False), ("northeastern", (35.5, 45.4), True),
    ("southwestern", (35.5, 45.4), False), ("central", (30.5, 47.8), True),
])
def test_which_side_of_a_whole_a_point_lies_on(direction, point, inside):
    from geodata.events.builder import on_side

    iraq = (29.5, 37.0, 39.5, 48.0)  # south, north, west, east
    assert on_side(direction, iraq, *point) is inside


def test_a_lead_told_over_two_sentences_days_moves_to_the_town_an_undated_sentence_names():
    # "said Saturday" and "late Friday" give the lead two days; the sentence that names the town gives
    # none of its own: it tells where the one clash was, not a toll of fewer days.
    text = ("Clashes killed 19 gunmen in the northern Mexican state of Sinaloa, authorities said Saturday.\n\n"
            "The incident occurred late Friday when gunmen clashed with police on a routine patrol. The "
            "confrontation began around 8:00 pm in the town of Villa Union when police repelled the gunmen's "
            "assault, officials said.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Villa Union", 19)]


def test_a_toll_moved_to_a_district_moves_again_to_the_village_a_sentence_naming_the_event_gives():
    # Sri Lanka, then "the northern district of Vavuniya" (the next sentence), then "The attack, in the
    # village of Kanavilpuram" three sentences on: the toll goes to the most precise place.
    text = ("COLOMBO - A claymore mine ripped through a bus in Sri Lanka on Monday, killing 14 people, officials "
            "said.\n\nThe military said the blast was in the northern district of Vavuniya, near the front "
            "line.\n\nSchools in the province were closed.\n\nThe attack, in the village of Kanavilpuram, was "
            "blamed on the Tamil Tigers.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Kanavilpuram", 14)]


@pytest.mark.parametrize("later, where", [
    # The lead names no place: its toll goes to the article's most-mentioned town, a guess that a
    # sentence opening on the event again outranks.
    ("The blast in Kaldara, 50 miles west of the capital, was among the deadliest this year.", "Kaldara"),
    # A sentence that only names the event in passing places nothing.
    ("Families of those killed in the attack gathered on Sunday in Kaldara.", "Fallujah"),
])
def test_a_toll_placed_by_a_guess_moves_to_the_place_a_sentence_opening_on_the_event_gives(later, where):
    text = ("BAGHDAD - A suicide truck bomber struck worshippers leaving a mosque on Saturday, killing at least "
            "39 people.\n\nThe attack carried the hallmarks of the struggle for Anbar, a hotbed of insurgents "
            "since the uprising in Fallujah in 2004. Clan chiefs in Fallujah have turned against the militants."
            f"\n\n{later}")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [(where, 39)]


@pytest.mark.parametrize("text, expected", [
    # A toll told at a state, then the town of the state where the clashes were, in the same sentence.
    ("About 700 people were killed in West Darfur after clashes between the army and the RSF in El Geneina "
     "on Saturday, the IOM said.", [("El Geneina", 700)]),
    # Two towns of the province: no one of them holds the toll.
    ("About 70 people were killed in Idlib province after air strikes on Saraqib and Sarmin on Saturday, "
     "the monitor said.", [("Idlib province", 70)]),
])
def test_a_toll_told_at_a_province_goes_to_the_one_town_of_it_its_sentence_names_for_the_event(text, expected):
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == expected


def test_a_toll_told_at_a_town_named_like_its_province_moves_to_a_village_of_the_province():
    # "Idlib" is a town and its province; the village the next sentence names lies in the province.
    text = ("At least 19 people were killed in airstrikes targeting a village in Syria's rebel stronghold of "
            "Idlib overnight, a monitor said.\n\nThe airstrikes hit the village of Qaryat Tel Sharaf in the "
            "northwestern province of Idlib, the monitor said.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Qaryat Tel Sharaf", 19)]


def test_a_sentence_opening_on_the_event_in_quotes_names_it_again():
    # 'This "bomb attack" took place in ...': the quotation marks do not hide the reference.
    text = ("At least ten people were killed on Sunday in a bomb attack at a church, officials said. "
            "Beni was calm on Monday. Beni's markets reopened.\n\nThis \u201cbomb attack\u201d took place in "
            "a church in Kasindi, a border town in the province of North Kivu, the army said.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Kasindi", 10)]


@pytest.mark.parametrize("text, total", [
    # An earlier count the article says was given first, and the one given later: counted once, the later.
    ("A truck bomb killed at least 30 people at a police academy in Gao on Thursday. Medical sources had "
     "initially said 45 people had been killed in Gao. But the health ministry said later that 30 people "
     "had died in Gao.", 30),
    # Other reports of the same toll: counted once, at the lower.
    ("A car bomb killed at least 22 people at a market in Kirkuk on Monday, the governor said. Other reports "
     "suggested at least 35 people were killed in Kirkuk.", 22),
    # Tolls the article calls conflicting reports of one number: the lowest counts.
    ("There were conflicting reports on the exact number of people killed in Kirkuk on Monday. Police said "
     "18 people were killed in the market bombing in Kirkuk. A hospital official said 26 people died in "
     "the bombing in Kirkuk.", 18),
])
def test_initial_other_and_conflicting_accounts_of_one_toll_count_once(text, total):
    assert _counted(text) == total


@pytest.mark.parametrize("text, total", [
    # Bodies pulled from the ruins the strike left are its dead, found: counted once, and so are the same
    # bodies counted again by day right after.
    ("Coalition airstrikes hit a detention center in Dhamar on Sunday, killing more than 100 people, medics "
     "said.\n\nBy late Monday, the Red Crescent said 88 bodies had been pulled from the ruins of the detention "
     "center in Dhamar. A spokesman said 53 bodies were recovered Sunday and 35 on Monday.", 100),
    # ... and so are bodies found later in the vehicle attacked.
    ("Gunmen ambushed a minibus carrying police recruits near Tal Afar on Monday, killing all 11 passengers, "
     "officials said.\n\nThe attack was the deadliest in months. Police later found nine bodies still inside the "
     "minibus, an officer said.", 11),
    # Bodies the words add are more dead.
    ("Gunmen killed 10 villagers in Kidal on Sunday. On Monday, rescuers found another 12 bodies at the scene "
     "in Kidal.", 22),
    # Bodies found bound and shot, with no word of the event, are others.
    ("Troops raided a house in Mosul on Sunday, killing 28 gunmen. Police said they found the bodies of five "
     "men, bound and shot, in Mosul.", 33),
])
def test_bodies_found_of_an_events_dead_count_once(text, total):
    assert _counted(text) == total


@pytest.mark.parametrize("text, low, high", [
    # A part with only an upper bound adds nothing to the low bound of the sum, and its bound to the high.
    ("Militias killed up to 30 civilians and six U.N. peacekeepers in the town of Bangassou on Sunday.", 6, 36),
    ("At least 31 soldiers and three army auxiliaries were killed in Djibo on Monday.", 34, None),
])
def test_a_sum_of_figures_keeps_the_low_bounds_it_knows(text, low, high):
    [e] = [e for e in events(text) if e.killed_low is not None or e.killed_high is not None]
    assert (e.killed_low, e.killed_high, e.fatalities) == (low, high, low)


@pytest.mark.parametrize("text, place, killed", [
    # A place a later sentence names in passing is not where the event told before was.
    ("Gunmen killed six soldiers at a checkpoint near Kirkuk on Monday, police said. The wounded from the attack "
     "were taken to a hospital in Tuz Khurmatu.", "Kirkuk", 6),
    ("Russian shelling killed three civilians in villages east of Kharkiv on Sunday, the governor said. The "
     "shelling came as Russian forces pushed into Vovchansk.", "east of Kharkiv", 3),
    ("Militants killed 17 soldiers in an ambush south of Maiduguri on Wednesday. The attack was the deadliest "
     "since Boko Haram overran Konduga.", "south of Maiduguri", 17),
    ("Gunmen killed 12 people in Borno state on Sunday, police said. The attack took place in the Gwoza "
     "district. The attack forced hundreds of residents to flee to the village of Pulka.", "Gwoza district", 12),
    ("A roadside bomb killed five soldiers in eastern Afghanistan on Sunday, officials said. The attack came as "
     "Taliban and government envoys met in Kabul.", "eastern Afghanistan", 5),
    ("A suicide bomber killed 15 worshippers at a Shiite mosque during Friday prayers, officials said. Residents "
     "in Kabul said the blast was heard across the city. Shops in Kabul closed early. The blast was heard as far "
     "away as Paghman.", "Kabul", 15),
    # And in its own sentence: where fighting spread toward, a governor visited, a town and villages near it.
    ("At least 40 people were killed in Darfur this week as fighting between the army and the RSF spread toward "
     "El Fasher, the UN said.", "Darfur", 40),
    ("Gunmen killed 18 villagers in Zamfara state on Sunday, days after the governor visited Gusau.",
     "Zamfara state", 18),
    ("Russian strikes killed six civilians in the Kharkiv region on Monday, including in the town of Kupiansk "
     "and nearby villages.", "Kharkiv region", 6),
    # A town named like its province, but called a city: not its province's villages.
    ("A car bomb killed eight people in the city of Aleppo on Monday. Rebels shelled government positions in "
     "Tal Rifaat, a monitor said.", "Aleppo", 8),
])
def test_a_place_named_in_passing_takes_no_toll(text, place, killed):
    counted = [(e.location_text, e.fatalities) for e in events(text) if e.fatalities]
    assert counted == [(place, killed)]


def test_bodies_buried_of_an_open_toll_count_in_it():
    # "Over 90 villagers ... were killed", then "about 93 bodies ... were buried": the same dead, counted at
    # the lead's figure (an open toll may be told again a little higher).
    text = ("Over 90 villagers of Tudun Biri in Rigasa District of Igabi Local Government Area of Kaduna State were "
            "killed on Sunday night when a drone bombed a gathering of residents.\n\nSurvivors of the attack said "
            "about 93 bodies, some mutilated, were buried in Tudun Biri as of Monday evening.")
    counted = [(e.location_text, e.fatalities) for e in events(text) if e.fatalities]
    assert counted == [("Tudun Biri", 90)]


def test_no_two_tolls_each_count_in_the_other():
    # However the rules link a lead, a found count and a later account, one of them always counts.
    text = ("An attack by Ugandan rebels has left at least 12 civilians killed in a village in the east of the "
            "Democratic Republic of Congo, officials say. The attack occurred early Monday in Ntombi village, "
            "about 40 kilometers northeast of Beni in North Kivu Province. The army gave a higher toll, saying "
            "a total of 13 bodies were found at the scene in Ntombi.")
    assert _counted(text) > 0


@pytest.mark.parametrize("text, total", [
    # A count the text says was told earlier gives way to the higher one told since.
    ("At least 52 people were killed in a suicide blast near a mosque in Mastung district on Friday. A hospital "
     "chief had earlier told reporters that 34 people were dead in Mastung. Earlier, the assistant commissioner "
     "said 15 people were killed in Mastung.", 52),
    # Bodies brought to a hospital after the blast are its dead.
    ("A suicide blast killed at least 40 people at a rally in Bajaur on Sunday. A doctor said 28 bodies had been "
     "brought to the hospital in Bajaur.", 40),
])
def test_earlier_counts_and_bodies_at_a_hospital_count_once(text, total):
    assert _counted(text) == total


def test_the_first_of_two_attacks_told_after_their_toll_is_a_part_of_it():
    # Two bombers killed 16; "The first bomber ... killing eight" is a part; the bombers' home town is
    # where they came from, not where anyone was killed.
    text = ("BEERSHEBA, Israel (UPI) -- Two suicide bombers blew themselves up on buses in the southern town of "
            "Beersheba on Tuesday, killing 16 people.\n\nThe bombers were identified as Ahmed Kawasme, 26, and "
            "Nazim Jaabari, 20, both of Hebron, a newspaper reported.\n\nThe first bomber detonated his charge on "
            "a No. 6 bus killing eight people, a rescue spokesman said.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Beersheba", 16)]


@pytest.mark.parametrize("text, total", [
    # A count told first, then another event's toll: both count.
    ("Officials had initially said 12 people were killed in an attack on Bor on Monday. Officials said later "
     "that 30 people were killed in a separate raid on a village near Bor on Monday.", 42),
    ("There were conflicting reports on the number of people killed in Monday's attack on a mosque in Kano: "
     "police said eight died while residents said 14. A separate bomb killed three people at a Kano market on "
     "Monday.", 11),
    # A later account that tells an event of its own adds its dead.
    ("A suicide bomber killed 14 people at a checkpoint in Mogadishu on Sunday. Police said later that gunmen "
     "killed five people at a hotel in the city.", 19),
    ("Gunmen killed nine worshippers at a mosque in Kano on Friday, police said. Another official said three "
     "people were killed when gunmen attacked a nearby church.", 12),
    # The dead of an earlier event named to compare, or to explain, are no toll of this one.
    ("An attack on Tuesday killed seven people in Bunia. It revived memories of the massacre of 200 civilians "
     "in the town two decades ago.", 7),
    ("The army raid on the village near Maiduguri killed 14 suspected militants on Sunday. The raid was in "
     "retaliation for the killing of 11 soldiers by the group.", 14),
    ("Rebels killed 60 mourners at a funeral in Beni territory on Monday. The group has caused many civilian "
     "deaths in previous incidents, including an attack on a church that left 38 people dead.", 60),
    ("Rebels killed 60 mourners at a funeral in Beni territory on Monday. The group was blamed for a previous "
     "attack on the town that killed 12 people.", 60),
    ("Gunmen killed 11 villagers in Kajuru on Saturday. A previous attack on the town killed 15 people in "
     "February.", 11),
    ("Gunmen killed five worshippers at a church in Benue state on Sunday. The state has seen previous incidents, "
     "including an attack on a mosque in Makurdi that left 22 people dead.", 5),
    # Bodies of another event, or others than the toll's dead, are more dead.
    ("An air strike killed 20 people in Rafah on Monday. Rescuers recovered 15 bodies from the rubble of a house "
     "hit by a separate strike in Rafah on Tuesday.", 35),
    ("Ten people were killed in an air strike on a school in Gaza City on Sunday. Police found the bodies of "
     "five men, bound and shot, near the scene on Monday.", 15),
    ("A car bomb killed 10 people in Baidoa on Sunday. On Monday, al-Shabaab fighters attacked an army post in "
     "Baidoa; the army said soldiers recovered six bodies from the scene.", 16),
])
def test_accounts_and_bodies_of_other_events_still_count(text, total):
    assert _counted(text) == total


def test_towns_that_only_situate_another_and_a_speakers_seat_take_no_toll():
    # "a coastal town between the capital Tripoli and the port of Misrata" situates Zliten; "the health ministry
    # in Tripoli, said later" is where the words were said.
    text = ("At least 47 people were killed on Thursday when a truck bomb exploded at a police training center in "
            "the town of Zliten.\n\nThe mayor said the bomb detonated as recruits were gathering at the police "
            "center in Zliten, a coastal town between the capital Tripoli and the port of Misrata.\n\nMedical "
            "sources had initially said 65 people had been killed. But the head of the crisis committee for the "
            "health ministry in Tripoli, said later that 47 people had died and 118 more were wounded.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Zliten", 47)]


def test_a_smaller_toll_told_with_the_event_again_at_its_place_is_a_part_of_the_lead():
    # The lead names no town ("an eastern Ukrainian city"); the body names it with the attack, then "Two sisters
    # ... died as result of the attack" at the same town: two of the nine.
    text = ("KYIV, Ukraine (AP) - A Russian missile attack that hit a crowded pizza restaurant in an eastern "
            "Ukrainian city on Tuesday killed at least nine people, including three children, authorities said."
            "\n\nThe attack on Kramatorsk wounded another 56 people, the ministry said, in the latest bombardment."
            "\n\nTwo "
            "sisters, both age 14, died as result of the attack, the educational department of the Kramatorsk "
            "city council said.")
    assert _counted(text) == 9


def test_a_hospitals_town_that_gave_a_toll_is_not_where_the_dead_were_killed():
    text = ("Fighters of the Rapid Support Forces killed at least 40 villagers in an attack on the village of Um "
            "Ruwaba Gharb in Sudan's Gezira state on Tuesday, local activists said.\n\nMedics at a hospital in Wad "
            "Madani had initially said 25 people were killed, but the committee said later that 40 had died.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Um Ruwaba Gharb", 40)]


def test_the_words_of_a_revised_toll_are_data_a_user_can_extend(monkeypatch):
    from geodata import datafiles
    from geodata.events import linking

    text = ("A car bomb killed 25 people at a market in Baidoa on Monday, police said.\n\nThe toll was later "
            "amended to 20, the governor said.")
    # "amended" is no word of a revision, and no toll's verb: the 25 counts.
    assert _counted(text) == 25
    read = datafiles.rows

    def with_amended(name):
        rows = read(name)
        return [*rows, {"words": "amended", "use": "revised", "note": ""}] if name == "account_words.csv" else rows

    monkeypatch.setattr(linking.datafiles, "rows", with_amended)
    for built in (linking._words_by_use, linking._revised_re):
        built.cache_clear()
    try:
        # A toll's verb is a figure rule, so the 20 is found only when told as "revised": the row alone
        # makes the revision replace the count before it.
        changed = text.replace("amended to 20", "amended, to 20 dead")
        assert [(e.killed_low, e.fatalities) for e in events(changed) if e.killed_low] == [(25, None), (20, 20)]
    finally:
        for built in (linking._words_by_use, linking._revised_re):
            built.cache_clear()


def test_a_witness_count_that_dates_nothing_is_part_of_the_massacre_told_before():
    text = ("Gunmen killed more than 200 villagers in Kafr Dan on March 3, a rights group said in a report on "
            "April 20.\n\nA survivor told the group he hid in a barn when the shooting began.\n\n\u201cThey "
            "killed 31 people in one street,\u201d he said.")
    assert [(e.killed_low, e.fatalities) for e in events(text, published="2024-04-20") if e.killed_low] == [
        (200, 200), (31, None)]


@pytest.mark.parametrize("text, expected", [
    # Two attacks told together, then in the plural at one town: the toll is the town's.
    ("Al-Shabaab said it carried out two bomb attacks in Somalia on Friday that killed 30 people.\n\nThe blasts "
     "ripped through a hotel and a market in the port city of Kismayo.", [("Kismayo", 30, 30)]),
    # At two towns: no one of them holds it.
    ("Al-Shabaab said it carried out two bomb attacks in Somalia on Friday that killed 30 people.\n\nThe blasts "
     "ripped through a hotel in Kismayo and a market in Baidoa.", [("Somalia", 30, None)]),
])
def test_several_attacks_told_together_at_one_town_are_that_towns_toll(text, expected):
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text) if e.killed_low] == expected


def test_a_site_told_again_by_its_noun_moves_the_toll_to_the_town_its_sentence_names():
    text = ("KIRKUK, Iraq -- A U.S. military outpost north of Kirkuk was targeted Monday by suicide bombers who "
            "killed four American soldiers and wounded 11.\n\nThe outpost, a former police academy in the town of "
            "Dibis, came under attack shortly before dawn, a police officer said.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text) if e.killed_low] == [("Dibis", 4, 4)]
    # Another noun opens the next sentence: nothing says the town holds the event.
    other = text.replace("The outpost, a former police academy", "The governor, who lives")
    assert [e.location_text for e in events(other) if e.fatalities] == ["north of Kirkuk"]


def test_a_journeys_end_and_a_reprisals_cause_are_no_place_of_the_toll():
    text = ("Gunmen hijacked a bus in Nigeria and killed 12 passengers, police said.\n\nPolice said the bus "
            "travelling to the capital Abuja with 40 passengers was hijacked near the town of Kankara.\n\nThe group "
            "claimed the attack on Saturday, saying it was revenge for raids by soldiers on villages near the city "
            "of Kano.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.fatalities] == [("Kankara", 12)]


def test_a_sentence_opening_on_the_attackers_tells_more_of_the_event_before():
    text = ("At least 40 people were killed when gunmen attacked a mosque in North Sinai on Friday, officials "
            "said.\n\nThe assailants detonated a bomb at the mosque in the town of Bir al-Abd, state media said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.fatalities] == [("Bir al-Abd", 40)]


def test_two_targets_each_named_by_its_town_share_the_lead_and_its_breakdown_counts_once():
    text = ("Car bombs tore through a Kirkuk vegetable market and Tikrit's main bus station on Sunday, killing at "
            "least 30 people, officials said.\n\nIn Kirkuk, police said 21 people were killed in the market blast."
            "\n\nIn Tikrit, hospital officials said nine people were killed.")
    assert _counted(text) == 30
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Kirkuk", 21), ("Tikrit", 9)]


def test_a_toll_that_names_the_town_again_is_a_part_where_the_parts_add_up_exactly():
    text = ("Militants stormed the interior ministry in Nazran on Tuesday. At least 22 people were killed, "
            "including three officials.\n\nThe medical centre said 59 injured people were hospitalized and 16 of "
            "them had died.\n\nWitnesses reported at least six more people dead in an attack on a border post on "
            "the outskirts of Nazran.")
    assert _counted(text) == 22
    # Told on another day, a toll at the town is another event.
    other = text.replace("in an attack on a border post", "on Thursday in an attack on a border post")
    assert _counted(other) == 28


def test_a_lead_dated_only_by_its_dateline_has_parts_told_the_day_before():
    # The lead's date is the dateline's: the fighting "yesterday" may be its parts.
    text = ("Makhachkala, Russia; 21 August 2009 (RFE/RL) -- Officials say at least 40 people were reported killed "
            "during an attack by militants in Makhachkala.\n\nOfficials say 28 militants were killed in the "
            "fighting that erupted after the militants stormed police buildings in Makhachkala yesterday.\n\nAt "
            "least nine policemen and three civilians were reported to have been killed.")
    counted = [e.fatalities or 0 for e in events(text, published="2009-08-21")]
    assert sum(counted) == 40 and max(counted) == 40
    # (a guard) A lead dated in its own words to another day is another event.
    other = text.replace("killed during an attack", "killed on 20 August during an attack").replace(
        "yesterday", "on 18 August")
    assert [e.fatalities for e in events(other, published="2009-08-21") if e.killed_low == 28] == [28]


def test_parts_told_the_day_before_a_lead_dated_today_are_its_parts_where_they_add_up_exactly():
    text = ("Authorities say the situation is under control today in Nazran, where at least 30 people were reported "
            "killed during an attack by militants.\n\nAuthorities say 21 militants were killed in the fighting that "
            "erupted after the militants attacked police buildings in Nazran yesterday.\n\nAt least five "
            "policemen and four civilians were reported to have been killed.")
    assert [e.fatalities for e in events(text)] == [30, None, None]
    # (a guard) Parts that do not add up to it are tolls of the day before.
    other = text.replace("21 militants", "25 militants")
    assert [e.fatalities for e in events(other) if e.killed_low == 25] == [25]


def test_a_total_told_at_two_sites_is_counted_in_the_events_told_at_each():
    text = ("MOSUL (Reuters) - Bombers killed 60 people at two Mosul markets on Friday.\n\nPolice said a suicide "
            "bomber killed 35 people at a bird market in western Mosul. Another blast killed 25 people at a market "
            "in eastern Mosul, police said.")
    assert [e.fatalities for e in events(text)] == [None, 35, 25]
    # (a guard) Told at one site, the parts are its one event, told again.
    one = text.replace("at two Mosul markets", "at a Mosul market")
    assert _counted(one) == 60


@pytest.mark.parametrize("tail, counted", [
    # Named again ("in the strike") a few sentences of quotes on, a smaller count is a part of its toll.
    (" in the strike", [20, None]),
    # (a guard) Not named again, so far on, it is a toll of its own.
    ("", [20, 3]),
])
def test_a_smaller_count_that_names_the_event_again_further_on_is_a_part_of_its_toll(tail, counted):
    text = ("Russian missiles struck a northern Ukrainian city on Sunday, killing at least 20 people and injuring 60. "
            "The governor said the missiles carried cluster munitions. \"This is terror,\" the mayor wrote. "
            "\"The strike on the city of Chernihiv is a deliberate attack on civilians.\" Rescue work went on into "
            f"the night.\n\nAt least three children were killed and 10 injured{tail}.")
    assert [e.fatalities for e in events(text) if e.killed_low] == counted


def test_towns_beside_a_city_are_parts_of_its_total_where_they_add_up_exactly():
    text = ("Shells killed 30 people at two markets in Khartoum on Tuesday. Twelve died at a market in Omdurman and 18 "
            "in Khartoum North.")
    assert [e.fatalities for e in events(text)] == [None, 12, 18]
    # (a guard) Parts that do not add up are tolls of their own.
    other = text.replace("and 18", "and 10")
    assert [e.fatalities for e in events(other)] == [30, 12, 10]


def test_a_running_total_over_the_places_told_is_not_the_toll_of_the_place_its_sentence_names():
    text = ("Israeli forces killed eight Palestinians in the Jenin camp on Monday.\n\nAdditionally, one Palestinian "
            "man was fatally shot by Israeli forces in Nablus, bringing the total death toll to nine.")
    assert [(e.location_text, e.fatalities) for e in events(text)] == [("Jenin camp", 8), ("Nablus", 1)]
    # (a guard) At the place of the toll it raises, it is that place's.
    same = text.replace("in the Jenin camp", "in Nablus")
    assert [(e.killed_low, e.fatalities) for e in events(same)] == [(8, None), (9, 9)]


def test_a_running_total_of_another_event_or_another_part_of_the_country_includes_no_toll_told_before():
    text = ("Taliban fighters killed at least 43 soldiers at an army base in Kandahar province on Thursday, "
            "officials said.\n\nElsewhere, a Taliban ambush in the northern Balkh province late Wednesday killed six "
            "police.\n\nMeanwhile, the death toll from two suicide and gun attacks on security forces in southeast "
            "Afghanistan has risen to 80, officials said.")
    counted = {e.location_text: e.fatalities for e in events(text) if e.fatalities}
    assert counted.get("Kandahar province") == 43 and counted.get("Balkh province") == 6


@pytest.mark.parametrize("text, total", [
    # A running total a hospital's medics tell is the strike's, where it was.
    ("An Israeli strike on a house in Khan Younis killed eight people on Monday. The number of martyrs has "
     "increased to 12, medics at Nasser hospital said.", 12),
    # A revision of an earlier event's toll replaces no toll of today.
    ("Gunmen killed nine villagers in Zamfara on Sunday. Officials had revised the death toll from last month's raid "
     "in Zamfara down to 21.", 30),
    # Two targets each named by its town: the parts that add up, or the one part told.
    ("Suicide bombers struck a Quetta mosque and a Peshawar market on Friday, killing 30 people.\n\nOfficials said "
     "18 died in Quetta and 12 in Peshawar.", 30),
    ("Car bombs tore through a Najaf funeral and Karbala's bus station on Sunday, killing at least 60 people.\n\n"
     "In Karbala, 13 people died.", 60),
])
def test_tolls_todays_adversarial_probes_counted_twice_or_lost(text, total):
    assert _counted(text) == total


def test_a_war_toll_in_thousands_told_as_a_running_total_is_no_local_event():
    found = events("Palestinian health officials said on Monday that the number of martyrs in Gaza has risen to "
                   "31,000.")
    assert [(e.killed_low, e.scope) for e in found] == [(31000, "cumulative")]


def test_a_toll_ranked_in_its_country_and_named_nowhere_else_stays_at_the_country():
    found = events("A suicide bomber killed 30 people at an election rally on Monday, the deadliest attack in Pakistan "
                   "this year.")
    assert [(e.location_text, e.killed_low) for e in found] == [("Pakistan", 30)]


def test_a_separate_strike_with_the_same_toll_at_a_town_nearby_is_another_event():
    text = ("Israeli strikes killed 20 people in Rafah on Monday. In a separate strike on a car near Deir al-Balah, "
            "20 people were killed and 64 wounded, the ministry said.")
    assert _counted(text) == 40


def test_a_quoted_vague_count_far_after_a_toll_at_its_place_is_that_toll_told_loosely():
    sentences = ["Rebels captured the town of Bentiu last week, the United Nations said.",
                 'The UN said "more than 200 civilians were reportedly killed" in the town\'s main mosque.',
                 "The mission said there were also attacks at a church and a hospital.",
                 "Fighters took to the radio calling for rival groups to be forced out.",
                 "The army has been fighting rebels loyal to the former vice-president.",
                 "The conflict has also taken on an ethnic dimension.",
                 "Investigators said that after rebels wrested Bentiu from government forces in heavy battles, the "
                 "gunmen spent two days hunting down their opponents.",
                 '"They searched places where civilians had taken refuge, and killed hundreds of the civilians," '
                 "the UN said."]
    assert _counted("\n\n".join(sentences)) == 200
    # Not told as a quotation, so far on, it may be another killing.
    assert _counted("\n\n".join([*sentences[:-1], "Gunmen killed hundreds of civilians in Bentiu."])) > 200


@pytest.mark.parametrize("text, total", [
    # An official's seat is where his toll was, when the article names no other place.
    ("Eleven people were killed in the bombing at a busy market, said Abdi Nur Hassan, mayor of Baidoa.", 11),
    ("The police chief of Kandahar, Abdul Raziq, said 11 civilians were killed in the blast.", 11),
    # A toll at each of several places is no total of several events.
    ("RSF attacks killed 7 people in Nyala, South Darfur, and 4 in Zalingei.", 11),
    # A ranking within the year is no tally of it.
    ("The strike on Chernihiv, which killed 17 people, was the deadliest on the city so far in 2024, the mayor "
     "said.", 17),
    # Another account of another side's dead is more dead.
    ("Israeli strikes killed 12 Palestinians in Rafah on Monday, medics said. Some reports said 10 Israeli soldiers "
     "were killed in fighting in Rafah the same day.", 22),
    # A count said earlier of another day's event is that event's.
    ("Russian drones killed 3 people in Kherson on Monday, the governor said.\n\nThe governor said earlier that a "
     "drone attack on Sunday had killed 2 people in the city.", 5),
    # A spokesman for an official may be the victim.
    ("A spokesman for the governor of Ghazni was shot dead in Ghazni city on Monday.", 1),
    # "perished" tells an event's dead.
    ("At least 17 people perished when a Russian missile struck a shopping centre in Kostiantynivka, officials "
     "said.", 17),
])
def test_probed_shapes_count_what_they_say(text, total):
    assert _counted(text) == total


def test_an_earlier_stage_of_a_running_total_told_after_the_lead_is_counted_in_it():
    text = ("The death toll has risen to 52 after a missile strike on a school in Sumy, the regional governor said.\n\n"
            "Initially, 38 people were reported dead. Later, the governor said that the death toll had risen to 45 "
            "after the strike on Sumy.")
    assert _counted(text) == 52


def test_a_smaller_running_total_of_a_separate_attack_still_counts():
    text = ("The death toll has risen to 52 after a missile strike on a school in Sumy, the governor said.\n\n"
            "In a separate attack on Sumy, the death toll from a drone strike on a bus rose to 12.")
    assert _counted(text) == 64


def test_an_earlier_account_told_after_the_latest_toll_counts_once_at_the_latest():
    text = ("A suicide car bomb hit an army camp in Menaka on Wednesday, officials said.\n\n"
            "The provisional toll is 31 dead, according to state television. Earlier, a hospital source in Menaka "
            "said at least 25 people had died.")
    assert _counted(text) == 31


def test_a_vague_lead_is_counted_in_the_first_number_told_of_it():
    text = ("Dozens of people have been killed in a car bombing at an army camp in the northern town of Kidal, "
            "Mali.\n\n"
            "The camp houses soldiers and former rebels.\n\nThe provisional toll is 31 dead, according to state "
            "television.")
    assert _counted(text) == 31


def test_a_vague_lead_is_counted_where_the_first_number_told_of_it_is_counted():
    # The first number ("more than 20") is itself counted in a later account at the station: the vague lead
    # goes there with it, not counted apart.
    text = ("Russian forces struck the bus station in Sloviansk, Donetsk region. Dozens of people were killed, more "
            "than fifty were injured. The head of the regional administration announced this on Telegram.\n\n"
            "\"Police and rescuers are on the spot,\" he wrote.\n\nHe also said that hundreds of people were at the "
            "station, waiting for buses to the west.\n\nHe stressed that the attackers knew well what they were "
            "aiming at.\n\nAccording to the bus company, more than 20 people were killed and more than 50 injured in "
            "the strike.\n\nThe president said the invaders hit the Sloviansk bus station with a missile. He also "
            "confirmed the information about 20 killed.\n\n\"About 20 killed, about 50 injured,\" the president wrote.")
    assert _counted(text) == 20


def test_a_vague_toll_of_a_country_is_not_folded_into_a_later_number():
    text = ("Hundreds of militants stormed across the border into Ruritania, killing hundreds of people, officials "
            "said.\n\nThe army said the bodies of more than 1,500 militants had been found.")
    assert _counted(text) == 0


def test_a_running_total_told_with_the_bodies_it_adds_is_the_total():
    text = ("Rebels killed at least 200 people at Odek camp, near Gulu, on Saturday.\n\n"
            "On Monday, the church said the death toll from the attack had risen to 213 after 40 more bodies were "
            "discovered in a field near the camp.")
    assert _counted(text) == 213


def test_a_toll_disputed_by_another_source_is_counted_once_at_the_lower_figure():
    text = ("Rebels killed at least 200 people at Odek camp, near Gulu, on Saturday, church officials said.\n\n"
            "The president disputed the death toll, saying only 84 people had died.")
    assert _counted(text) == 84


def test_a_total_of_and_the_final_number_in_one_sentence_count_the_final_one():
    text = ("Gunmen set fire to a casino in Torreon on Thursday.\n\n"
            "Estimates of the dead rose through the day to a total of 53 by late evening, the governor said "
            "[The final number reported was 52 dead].")
    assert _counted(text) == 52


def test_a_total_of_told_with_a_smaller_figure_is_the_total():
    text = ("Gunmen set fire to a casino in Torreon on Thursday.\n\n"
            "Nine died at the scene, and hospitals later reported a total of 31 dead.")
    assert _counted(text) == 31


def test_a_lower_bound_told_soon_after_by_another_source_is_counted_once_at_it():
    text = ("Around 300 people died when gunmen stormed the town of Banki, a senator said on Tuesday.\n\n"
            "A resident told AFP that the town was littered with more than 100 dead bodies.")
    assert _counted(text) == 100


def test_a_running_total_with_no_place_updates_the_largest_toll_not_the_last_village_told():
    text = ("More than 240 people have been reported killed following attacks in the town of Sweida in southern "
            "Syria on Wednesday.\n\nA resident of the village of Shbeki, east of Sweida, said gunmen killed her "
            "cousin.\n\nAs of Thursday, the death toll stood at 246, according to a monitoring group.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities and e.fatalities > 100] == [
        ("Sweida", 246)]


def test_the_toll_had_stood_at_is_an_earlier_stage_of_the_running_total():
    text = ("GAO, Mali - The death toll from a car bomb attack on a military camp in Gao has risen to 77, officials "
            "said on Thursday. On Wednesday, the toll had stood at 60.")
    assert _counted(text) == 77


def test_a_running_total_that_sums_the_tolls_told_before_is_no_town_toll():
    text = ("KHARTOUM - RSF attacks on El Fasher have killed 150 people this week, witnesses said.\n\n"
            "In Kutum, 12 villagers were killed on Tuesday.\n\nThe death toll stood at 162, the U.N. said.")
    assert _counted(text) == 162


@pytest.mark.parametrize("text, place", [
    ("JALALABAD, Afghanistan - A bomber blew himself up yesterday outside a police recruitment office in "
     "Jalalabad, killing 20 people and wounding 45, officials said.\n\nOfficials said the recruits had queued "
     "since dawn.\n\nThe Taliban denied any role.\n\nA second official said the dead included two guards.\n\n"
     "In the Jalalabad bombing, several shops were destroyed.", "Jalalabad"),
    ("A car bomb exploded near a market in Mandera on Monday, killing 12 people.\n\nWitnesses said the market "
     "was crowded.\n\nThe police closed the roads.\n\nAl-Shabaab said it carried out the attack in the "
     "border town of Mandera.", "Mandera"),
])
def test_an_event_named_by_its_place_a_few_sentences_on_is_the_event_told_before(text, place):
    # "the Jalalabad bombing", "the attack in the border town of Mandera": the event the article told, not
    # another one with no toll at the same place.
    found = [e for e in events(text) if e.location_text == place]
    assert len(found) == 1
    assert found[0].killed_low in (12, 20)


def test_an_event_of_another_day_named_by_its_place_stays_apart():
    found = events("A car bomb exploded near a market in Mandera on Monday, killing 12 people.\n\nWitnesses said "
                   "the market was crowded.\n\nThe police closed the roads.\n\nOn Friday, a second attack in "
                   "Mandera destroyed a telecommunications mast.")
    assert len([e for e in found if e.location_text == "Mandera"]) == 2


def test_talks_are_no_place_for_the_toll_told_after_them():
    # The ceasefire debate is in New York; the day's dead are not.
    found = events("GAZA CITY - Israeli shells killed 40 people at a school in Jabaliya on Tuesday.\n\nThe UN "
                   "Security Council is set to resume debate on a ceasefire call in New York on Wednesday.\n\n"
                   "At least 125 Palestinians were killed on Tuesday.")
    assert all(e.country != "US" for e in found if e.killed_low)


def test_the_previous_toll_is_an_earlier_account_of_the_same_dead():
    found = events("KUNDUZ, Afghanistan - Officials said 52 people had died in Tuesday's riots in Kunduz. The "
                   "previous death toll was 40.")
    assert sum(e.fatalities or 0 for e in found) == 52


def test_a_toll_is_not_moved_to_one_site_of_several_the_attack_hit():
    # The raid hit a market, a port and a hospital's gate: its toll is the city's, none of theirs alone.
    found = events("At least 40 civilians were killed in an airstrike on a market and a school in Mukalla, Yemen, "
                   "the health ministry announced.\n\nThursday's attack on the Arabian Sea port city also wounded "
                   "at least 80 people, a ministry statement said. It added that the raid, blamed on the coalition, "
                   "targeted the city's busy fish market and port and the main gate of the al-Jumhuri hospital.")
    [toll] = [e for e in found if e.killed_low]
    assert toll.location_text == "Mukalla"


@pytest.mark.parametrize("words", ["Initial reports stated that at least 30 civilians had been killed.",
                                   "Early reports said 30 people had died."])
def test_what_initial_reports_said_is_a_provisional_account(words):
    from geodata.events.linking import _provisional_re

    assert _provisional_re().search(words.lower()) is not None


@pytest.mark.parametrize("update", [
    # A running total's verb after "later" is a running total all the same.
    "The toll later rose to 79, ambulance service director Abdikadir Abdirahman said.",
    "The death toll from the bombing at the market later rose to 79, an official said.",
    # A count a source gave later revises the first.
    "The police chief of the city later said 79 people had died.",
])
def test_a_toll_told_later_of_the_same_bombing_counts_once(update):
    text = ("A suicide car bomb exploded at a market in Mogadishu on Saturday, killing at least 20 people, police "
            f"said.\n\nAl-Shabab claimed responsibility.\n\n{update}")
    assert _counted(text) == 79


def test_a_sentence_opening_on_later_still_tells_another_event():
    text = ("A suicide car bomb exploded at a market in Mogadishu on Saturday, killing at least 20 people, police "
            "said.\n\nLater, gunmen attacked a hotel in Kismayo, killing five.")
    assert sorted((e.location_text, e.fatalities) for e in events(text)) == [("Kismayo", 5), ("Mogadishu", 20)]


def test_a_source_that_later_gives_a_toll_tells_the_event_told_before():
    # "later" right before an account's verb opens no other event: the toll is the last event's, not a guess.
    text = ("Troops patrolled the streets of Mogadishu on Saturday. Shops in Mogadishu stayed shut. A suicide car "
            "bomb exploded at a market in Baidoa on Saturday, killing at least 20 people.\n\nAl-Shabab claimed the "
            "attack.\n\nPolice later said 79 people had died.")
    [counted] = [e for e in events(text) if e.fatalities]
    assert (counted.location_text, counted.fatalities) == ("Baidoa", 79)


def test_a_toll_told_over_several_towns_beside_tolls_at_them_is_an_operations():
    text = ("The death toll in the attacks on villages in Mangu and Riyom has risen to 80, officials said on "
            "Thursday.\n\nThe head of the local government in Mangu said 52 villagers had been killed there.\n\n"
            "At least 25 people were also reported dead in the Riyom area, a lawmaker said.")
    found = events(text)
    assert sorted((e.location_text, e.fatalities) for e in found if e.fatalities) == [("Mangu", 52), ("Riyom", 25)]
    assert [e.scope for e in found if e.killed_low == 80] == ["operation"]


def test_a_toll_told_over_two_towns_with_no_tolls_at_them_stays_local():
    text = "Gunmen killed 18 villagers in Mangu and Riyom on Sunday, officials said."
    assert [(e.location_text, e.scope, e.fatalities) for e in events(text) if e.killed_low] == [
        ("Mangu", "local", 18)]


def test_a_toll_authorities_had_previously_put_is_provisional():
    text = ("Gunmen killed 57 villagers in Mangu on Sunday, officials said on Thursday.\n\n"
            "Authorities had previously put the death toll at 41.")
    assert _counted(text) == 57


def test_a_toll_told_again_with_no_date_is_the_dated_ones_however_long_before_publication():
    # Published 27 April: the first sentence dates the killing to 8 April, the second gives no date.
    text = ("Police confirmed that insurgents killed at least 52 people on 8 April in the village of Xitaxi near "
            "Mueda.\n\nA police spokesman said insurgents shot dead 52 youths in the village of Xitaxi.")
    assert _counted(text, published="2020-04-27") == 52


def test_an_earlier_count_with_no_place_is_the_largest_tolls_told_before():
    # Benghazi, named in passing after the attack, is the most-mentioned town: the earlier count is not its.
    text = ("At least 141 people were killed in an attack on Brak Al-Shati air base in southern Libya on Thursday."
            "\n\nThe militia said the attack was in retaliation for shelling by militants of Benghazi. Benghazi "
            "officials denied it.\n\nEarlier local authorities and health officials had put the death toll at "
            "around 90.")
    found = events(text, published="2017-05-19")
    assert sorted((e.location_text, e.fatalities) for e in found if e.fatalities) == [
        ("Brak Al-Shati air base", 141)]
    assert [e.location_text for e in found if e.killed_low == 90] == ["Brak Al-Shati air base"]


def test_a_small_toll_with_no_place_is_not_one_told_in_another_town():
    text = ("In Kirkuk, gunmen killed two brothers execution-style on Sunday.\n\nViolence also continued in "
            "Baghdad, where gunmen kidnapped an oil executive.\n\nA roadside bomb on a highway in the capital's "
            "northeast killed two civilians.")
    assert sorted((e.location_text, e.fatalities) for e in events(text) if e.fatalities) == [
        ("Baghdad", 2), ("Kirkuk", 2)]


def test_a_small_toll_with_no_place_told_again_in_the_same_town_counts_once():
    text = ("A rocket attack left one U.N. peacekeeper dead at the Super Camp near Timbuktu on Saturday.\n\n"
            "The ministry said the latest casualty toll was one U.N. soldier dead.")
    assert _counted(text) == 1


def test_the_death_toll_told_plainly_with_no_place_is_the_largest_tolls_not_a_guessed_towns():
    # Khar is named only as where the wounded were taken, after; the toll is the mosque's tehsil's.
    text = ("Twenty-eight worshippers were killed when a suicide bomber attacked Friday prayers at a mosque in the "
            "Anbar Tehsil of Mohmand Agency, officials said.\n\nThe Jamaatul Ahrar claimed responsibility.\n\n"
            "Witnesses said the roof collapsed.\n\nRescuers worked through the night.\n\nThe bomber shouted as the "
            "worshippers stood.\n\n\"The death toll was 25,\" an official said.\n\nThe injured were taken to the "
            "Agency Headquarters Hospital in Khar.")
    found = events(text, published="2016-09-17")
    assert "Khar" not in [e.location_text for e in found if e.killed_low]
    # Two accounts of one toll: counted once, at the lower.
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Anbar Tehsil", 25)]


def test_a_toll_near_a_capital_named_in_apposition_goes_to_the_town_the_next_sentence_puts_the_event_in():
    text = ("At least four soldiers have been killed near Iraq's capital, Baghdad, in a suicide car bomb attack on "
            "an army base.\n\nSunday's explosion took place near the gate of the base in Fallujah, 60km west of "
            "Baghdad, officials said.")
    assert _counted_places(text) == [("Fallujah", 4)]


def test_a_running_total_after_a_separate_incident_is_not_an_earlier_stage_of_the_first_events():
    # (A wire report, its places changed.) The car bomb at the base (three dead) and, "in a separate incident",
    # the one at the restaurant (two).
    text = ('At least three soldiers have been killed near Iraq’s capital, Baghdad, in a suicide car bomb attack '
            'at a military base claimed by the al-Qaeda armed group.\n\nSunday’s explosion took place near the gate'
            ' of the base in Fallujah town, 60km west of Baghdad, according to security officials and al-Qaeda.\n\n'
            '“Police and military fired at a speeding suicide car bomb today and it exploded in Fallujah '
            'district. So far, we know three soldiers died,” Captain Nur Ali, a police officer, told the Reuters '
            'news agency.\n\nAl-Qaeda claimed a higher death toll.\n\n“A suicide car bomb targeted Iraqi forces who '
            'were deployed ahead of President [Nouri al] Maliki’s visit in Fallujah. We killed 11 soldiers,” '
            'Abdiasis Abu Musab, al-Qaeda’s military operation spokesman, told Reuters.\n\nResidents reported '
            'hearing a powerful explosion, followed by gunfire from the base.\n\nAddow Isse, a resident in the '
            'town, said he saw at least three bodies lying in a pool of blood, according to The Associated Press '
            'news agency.\n\nColonel Ahmed Ali told AP that fatalities could increase from the 10 injured in the '
            'blast.\n\n‘Three killed’ in Baghdad\n\nIn a separate incident on Sunday, police said a car bomb parked '
            'in front of a restaurant on a busy street in Baghdad had exploded.\n\n“A car bomb exploded at a '
            'parking in front [of] a restaurant,” Major Abdullahi Hussein, a police officer, told the Reuters '
            'news agency.\n\nAbdikar Abdirahman, director of the ambulance services said: “So far, we have taken '
            'two dead people and seven others are injured.”\n\nA Reuters witness said he saw three dead and the '
            'wreckage of three cars and an autorickshaw.\n\nEarlier, Iraqi forces killed two fighters after a gun '
            'battle erupted briefly at a checkpoint in the capital, according to police.')
    counted = _counted_places(text)
    assert ("Baghdad", 2) in counted and ("Fallujah", 3) in counted


def _counted_places(text: str) -> list[tuple[str, int]]:
    return [(e.location_text, e.fatalities) for e in events(text) if e.fatalities]


def test_another_account_of_one_sides_dead_after_a_toll_of_no_side_is_the_same_toll():
    text = ("At least 20 people were killed in clashes between troops and rebels in Maguindanao on Sunday, the army "
            "said.\n\nSome reports said 26 soldiers were killed in the clashes.")
    assert _counted_places(text) == [("Maguindanao", 20)]


def test_a_source_set_against_another_with_but_is_another_account_whatever_its_size():
    text = ("Fighting raged in Sloviansk on Friday. The army said around 500 rebels were killed in the fighting.\n\n"
            "But the rebels' chief said only about 40 rebels died.")
    assert _counted(text) == 40


def test_a_victim_named_beside_a_toll_of_the_same_place_is_one_of_its_dead():
    text = ("A bomb exploded during a parade at a stadium in Grozny, killing Mayor Ruslan Aliyev.\n\n"
            "At least 10 people were killed in the blast, officials said.")
    assert _counted(text, published="2017-01-19") == 10


def test_a_victim_told_first_as_a_man_then_by_name_is_counted_once_where_he_is_named():
    text = ("Junta troops fired artillery into a village in northern Myanmar, killing a man and wounding seven "
            "relatives, residents said.\n\nOne shell hit a home in Hkat Shu village near Myitkyina, killing Aung "
            "Kyaw Soe, 27, and wounding seven members of his family.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Hkat Shu", 1)]


def test_a_guessed_toll_told_again_at_a_place_of_its_own_counts_once_there():
    # Beni is named most; the first toll's sentence names no place, so it is guessed there.
    text = ("About 22 bodies of victims of Sunday's attack on a camp for displaced people have been buried in a "
            "mass grave.\n\nResidents of Beni, Beni's mayor said, had fled.\n\nMilitiamen attacked a camp "
            "at the village of Yivo near Bunia on Sunday. At least 22 people were killed by the militiamen.")
    assert _counted(text) == 22


def test_a_victim_named_in_a_sentence_on_another_killing_is_not_one_of_the_first_tolls_dead():
    text = "A car bomb killed 12 people in Kirkuk. Gunmen also shot dead Ahmed Salih, a police colonel, in Kirkuk."
    assert _counted(text) == 13


@pytest.mark.parametrize("text, total", [
    # Tolls at the towns on another day, or told as other events: no breakdown of the first.
    ("Airstrikes on Rafah and Khan Younis killed 40 people on Saturday. On Sunday, strikes killed 10 people in "
     "Rafah and 6 in Khan Younis.", 56),
    ("Militants killed 20 soldiers in attacks on Djibo and Arbinda. Separately, 5 civilians were killed in Djibo "
     "and 3 in Arbinda.", 28),
    # A breakdown in one sentence.
    ("The death toll in the attacks in Mangu and Riyom has risen to 80, officials said. In Mangu alone 52 people "
     "were killed, while 25 died in Riyom.", 77),
])
def test_a_toll_over_several_towns_is_an_operations_only_beside_a_breakdown_of_the_same_days(text, total):
    assert _counted(text) == total


def test_a_day_of_violences_toll_is_its_own_not_the_events_it_tells():
    text = ("In a day of violence that left 35 people dead across Iraq, a car bomb killed 20 in Baghdad and a "
            "roadside bomb killed 6 in Mosul.")
    assert _counted(text) == 26


def test_a_running_total_moves_with_the_toll_it_updates():
    text = ("A suicide car bomber struck near Iraq's capital, Baghdad, on Sunday, killing at least 16 people, police "
            "said.\n\nThe attack hit a police checkpoint in Mahmudiya, 30 km south of Baghdad.\n\nTwo of the wounded "
            "later died in hospital in Baghdad, raising the toll to 18.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Mahmudiya", 18)]


@pytest.mark.parametrize("text, local", [
    ("Russian strikes killed 25 people across Ukraine on Monday, including 11 in Kharkiv, officials said.",
     [("Kharkiv", 11)]),
    ("Two soldiers died in a rocket attack in Sderot while in Lebanon, Israeli air strikes killed 40 civilians, "
     "including 16 in Tyre.", [("Sderot", 2), ("Tyre", 16)]),
])
def test_the_one_placed_part_of_a_wider_total_is_the_local_toll_and_the_total_is_counted_apart(text, local):
    found = events(text)
    assert [(e.location_text, e.fatalities) for e in found if e.scope == "local"] == local
    wide = [e for e in found if e.scope != "local"]
    assert len(wide) == 1 and wide[0].fatalities is None and wide[0].location_text in ("Ukraine", "Lebanon")


def test_a_toll_over_several_towns_is_an_operations_beside_a_smaller_toll_at_one_of_them():
    # "... in five towns in X and in Maasim": the whole over several towns, a smaller toll at one of them.
    text = ("Rebels killed 30 people in attacks on Gamboru and Ngala on Tuesday, officials said.\n\n"
            "The rebels killed 12 in Gamboru, the governor said.")
    found = events(text)
    assert [(e.location_text, e.fatalities) for e in found if e.scope == "local" and e.fatalities] == [("Gamboru", 12)]
    assert any(e.scope == "operation" and e.killed_low == 30 for e in found)


@pytest.mark.parametrize("text, scope", [
    # A toll "in and around" a town is of several events there; not "in and around a school".
    ("Fighters killed 14 civilians in and around Bambari between 3 and 11 May, the UN mission said.", "operation"),
    ("Fighting went on in and around a school in Bambari on Monday, leaving three civilians dead.", "local"),
])
def test_a_toll_in_and_around_a_town_is_an_operations(text, scope):
    assert [e.scope for e in events(text) if e.killed_low == 14 or e.killed_low == 3] == [scope]


def test_a_sides_rebuttal_of_a_toll_is_another_count_of_the_same_dead():
    text = ("Activists said at least 40 villagers were killed on Tuesday when militiamen stormed the village of "
            "Tal Hamra in Hama province.\n\nThe UN said monitors were turned back at army checkpoints.\n\n"
            "Observers were told the roads were unsafe.\n\nThe government on Wednesday denied that its forces "
            "carried out the killings and said there had been only seven deaths.")
    # One toll, told by two sides: counted once, at the lower figure, as every dispute is; both at the village.
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text)] == [
        ("Tal Hamra", 40, None), ("Tal Hamra", 7, 7)]


def test_one_of_a_groups_people_killed_in_the_event_told_before_is_a_part_of_its_toll():
    text = ("Government warplanes struck a busy market in Maarat al-Numan on Monday, killing at least 16 people, "
            "activists said.\n\nA relief group said children were among those killed in the strikes, which hit the "
            "Souq al-Hal market.\n\nFighting in the rebel-held province has gone on despite a ceasefire agreed "
            "between Russia and Turkey.\n\nA rescuer said most of the wounded were in a critical condition.\n\n"
            "The Syrian Civil Defence said one of its volunteers was killed in the strike.")
    assert _counted(text) == 16


def test_bodies_buried_at_a_site_of_the_town_are_the_towns_dead_whatever_else_the_sentence_says():
    text = ("Residents of Dangila said soldiers shot dead more than 60 civilians in the town on Monday.\n\n"
            "Some 40 bodies were buried at Dangila St. George Church, whereas other victims were laid to rest "
            "elsewhere, a resident said.")
    assert _counted(text) == 60


@pytest.mark.parametrize("text, total", [
    # A part of a group, then the event's larger toll in a relative clause: one toll.
    ("The Red Crescent said one of its paramedics was killed in the strike on Jabalia, which killed 9 people.", 9),
    ("Two of the soldiers were killed in the ambush near Menaka, which killed 12 people in all.", 12),
    # (but a part of another group, listed beside the first, is more dead)
    ("Five soldiers and two of the attackers were killed in Menaka.", 7),
])
def test_a_part_of_a_group_told_before_the_events_larger_toll_is_one_of_its_dead(text, total):
    assert _counted(text) == total


def test_one_events_toll_dated_to_the_month_moves_to_the_town_the_next_sentence_dates_to_the_day():
    text = ("At least 300 civilians were killed during an attack in northern Mozambique in early June, a "
            "commission said on Tuesday.\n\nIn its report into the June 4 massacre at Xitaxi, a village in "
            "Cabo Delgado province, the commission said insurgents went from house to house, killing hundreds.")
    found = events(text, published="2020-06-23")
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Xitaxi", 300)]


def test_a_final_toll_told_at_a_region_goes_where_its_earlier_account_put_it():
    text = ("The final death toll of a massacre at a village in central Mali was 41, officials said on Wednesday.\n\n"
            "Six people were arrested, they said.\n\n"
            "Earlier, the government gave provisional figures of 80 dead in the village of Sangha Da.")
    found = events(text)
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Sangha Da", 41)]


@pytest.mark.parametrize("text", [
    # The second part adds to the first ("three more"), not to the total.
    ("A suicide bomber killed 30 people in Kabul on Monday.\n\nSchools in Kabul were shut.\n\nNine soldiers were "
     "killed on Monday, the military announced.\n\nIn Helmand province, six soldiers were killed by a roadside "
     "bomb, the military said.\n\nIn Kandahar province, three more soldiers were killed in a similar attack."),
    # The others told beside the first part's dead are wounded, not more dead.
    ("A suicide bomber killed 30 people in Kabul on Monday.\n\nSchools in Kabul were shut.\n\nNine soldiers were "
     "killed on Monday, the military announced.\n\nIn Helmand province, six soldiers were killed by a roadside "
     "bomb, and three other soldiers were wounded.\n\nIn Kandahar province, three soldiers were killed in a "
     "similar attack."),
])
def test_a_total_with_no_place_is_counted_in_parts_told_next_though_one_adds_to_the_other(text):
    found = events(text, published="2010-03-02")
    assert sorted((e.location_text, e.fatalities) for e in found if e.fatalities) == [
        ("Helmand province", 6), ("Kabul", 30), ("Kandahar province", 3)]


@pytest.mark.parametrize("text, expected", [
    # The running total told first, then the strike told from its start, with the first count of its dead
    # (one of the wounded died later): counted once, at the running total.
    ("The death toll as a result of the missile strike on the city of Kramatorsk by Russia has reached 10 "
     "people, prosecutors said on Oct. 12.\n\nOn October 11, Russian forces fired missiles at apartment "
     "buildings in the centre of Kramatorsk.\n\nNine civilians were killed and 35 people were injured as a "
     "result of missile attacks on an apartment building.\n\nOne of the wounded died in hospital on October 12.",
     [("Kramatorsk", 10)]),
    # (a guard: another toll the words add to it stays its own)
    ("The death toll from the shelling of Kramatorsk has reached 10 people, prosecutors said on Oct. 12.\n\n"
     "On October 11, Russian shells hit the centre of Kramatorsk.\n\nNine more civilians were also killed by "
     "shelling in Kramatorsk on October 12.", [("Kramatorsk", 10), ("Kramatorsk", 9)]),
    # (a guard: a disputed count is another account, counted at its own figure as before)
    ("The death toll from the attack on the camp near Lira has reached 213, the church said on Monday.\n\n"
     "A spokesman for the army disputed the toll, saying only 84 people had died in Lira.",
     [("Lira", 84)]),
])
def test_a_first_count_told_after_the_running_total_that_holds_it_is_counted_there(text, expected):
    found = events(text, published="2020-10-14")
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == expected


_MALUSO = ("TEN PEOPLE, including troops and civilians, were killed when an explosion tore through a van at an army "
           "checkpoint near the town of Maluso early Tuesday.\n\nThe powerful explosion happened after soldiers "
           "stopped the vehicle on the outskirts of Maluso, which is on the island province of Basilan.\n\n"
           "The command, in a statement, said troops acted upon a report of a van suspected to be carrying an "
           "improvised explosive device (IED) near the Tigbao Detachment in Barangay Tumbak.\n\n{}")


@pytest.mark.parametrize("toll, expected", [
    # The lead's toll at a town, then the statement's account at a village the gazetteer lacks near it: one
    # toll, counted at the town.
    ("One soldier, five militia troops and four civilians were killed.", 10),
    # (a guard: a smaller toll there is no telling again)
    ("One soldier and four civilians were killed.", 15),
])
def test_a_toll_told_again_at_a_village_the_gazetteer_lacks_near_the_town_is_counted_once(toll, expected):
    found = events(_MALUSO.format(toll), published="2018-07-31")
    assert sum(e.fatalities or 0 for e in found) == expected
    assert ("Maluso", 10) in [(e.location_text, e.fatalities) for e in found]


def test_the_place_a_sentence_puts_the_blast_at_takes_the_toll_beside_an_earlier_events_toll_told_there():
    text = ("A suicide bomber blew himself up on Thursday among a crowd of police recruits in northern Iraq, killing "
            "at least 16 men, an official said.\n\nThe blast occurred about 11 a.m. local time in Tal Afar, a town "
            "near the Syrian border that was the site of a truck bombing last year that killed about "
            "150 people.")
    found = events(text, published="2008-05-29")
    assert [(e.location_text, e.fatalities) for e in found if e.killed_low == 16] == [("Tal Afar", 16)]


@pytest.mark.parametrize("last, expected", [
    # The toll told where the lead put the attack moves to the site a sentence naming it again gives.
    ("Saturday's explosions occurred at Kilometre Four junction, the scene of a truck bomb in 2017 that killed "
     "more than 500 people.", "Kilometre Four junction"),
    # (a guard: the site of the earlier attacks the day's followed is not the day's)
    ("Saturday's attack followed bombings at Kilometre Four junction over the weekend.", "Mogadishu"),
])
def test_a_toll_told_where_the_lead_put_the_attack_moves_to_the_site_named_again(last, expected):
    text = ("Twin car bombings rocked the education ministry in Mogadishu on Saturday, police said.\n\n"
            "A police officer guarding the ministry said he saw at least 12 bodies.\n\n"
            "The ambulance service said its driver was hurt.\n\nThere was no claim of responsibility.\n\n" + last)
    found = events(text, published="2022-10-29")
    assert [e.location_text for e in found if e.fatalities] == [expected]


def test_a_toll_told_where_a_sentence_before_put_it_gives_way_to_the_leads_own_toll():
    # (a guard: the lead's toll at a place of its own moves to the town named again, not the next sentence's)
    text = ("Airstrikes hit a busy market in a rebel-held town in northwestern Syria on Monday, killing at least 27 "
            "people.\n\nShortly afterward, state media said rebels shelled a government-held village, killing "
            "seven.\n\nThe airstrike in the town of Maaret al-Numan also wounded more than 30 people.")
    found = events(text, published="2019-07-22")
    assert ("Maaret al-Numan", 27) in [(e.location_text, e.fatalities) for e in found]


def test_a_witness_count_quoted_before_a_larger_toll_at_a_place_is_part_of_it():
    text = ("The militiamen executed several men in the village centre for all to witness.\n"
            "\u201cThey dragged 10 men in front of us and killed them all at once,\u201d said Ahmed.\n"
            "The resistance committee reported that 124 people were killed in Al-Sireiha, in Gezira State.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Al-Sireiha", 124)]


_BENI = ("At least 35 people were killed on Sunday when rebels attacked a Catholic church in the town of Beni in "
         "northeastern Congo, local sources said.\n\nThe rebels carried out the assault, residents said.\n\n"
         "Worshippers had gathered for prayer when the raid occurred.\n\n{}\n\nThe army confirmed the attack.\n\n{}")


@pytest.mark.parametrize("quote, later, expected", [
    # Counts of the day's dead told on, with no date of their own, are accounts of the lead's toll.
    ("\u201cWe have at least 31 dead members of the parish, and some young people were kidnapped,\u201d the priest of "
     "Beni told AFP.", "A rights group in Beni gave a provisional death toll of 38.", 35),
    # (a guard: a toll the words add stays its own)
    ("\u201cWe have at least 31 dead members of the parish,\u201d the priest of Beni told AFP.",
     "Gunmen also killed 30 more people in Beni.", 65),
])
def test_counts_told_on_after_a_toll_of_one_day_are_accounts_of_it(quote, later, expected):
    found = events(_BENI.format(quote, later), published="2025-07-27")
    assert sum(e.fatalities or 0 for e in found) == expected


def test_two_blasts_told_at_a_country_go_where_the_next_sentence_names_them_at():
    text = ("Two explosions tore through one of Iraq's biggest universities on the first day of exams Tuesday, killing "
            "more than 60 people, officials said.\n\nEach side blamed the other for the blasts at the University of "
            "Mosul, in a government-held area of the city.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Mosul", 60)]


def test_a_victim_told_by_his_title_is_one_of_the_toll_told_next_that_names_him_again():
    text = ("The UN condemned Friday's attack that killed the Commissioner of Mayom County and several others, in "
            "Unity State.\n\nLast week, rebels assassinated the Commissioner of Mayom County and 11 other members "
            "of the organized forces.")
    assert _counted(text, published="2022-07-27") == 12


def test_a_toll_after_a_separate_incident_is_that_incidents_and_a_quotation_of_it_counts_once():
    text = ("In the western city of Cali, a car bomb killed five people at a military school on Thursday.\n\n"
            "Officials in Cali banned large trucks.\n\nThe attack in Cali coincided with a separate incident in "
            "the northern department of Antioquia, where a police helicopter was downed by a drone. At least eight "
            "officers were killed, the government said.\n\nThe helicopter was carrying police on a coca eradication "
            "mission, the president said.\n\n\"We have the unfortunate news of eight police officers dead,\" he "
            "wrote.")
    found = [(e.location_text, e.fatalities) for e in events(text, published="2025-08-22") if e.fatalities]
    assert found == [("Cali", 5), ("Antioquia", 8)]


@pytest.mark.parametrize("text", [
    # A victim told by his office where he served is one of the toll told next that counts him.
    "Gunmen killed the governor of Kunar and several others on Saturday. Four people, including the governor, died "
    "in the ambush in Kunar, officials said.",
    "Suspected cartel gunmen killed the mayor of Tacámbaro and several others on Saturday. Four people, including "
    "the mayor, died in the ambush in Michoacán state, prosecutors said.",
])
def test_a_victim_told_by_his_office_is_one_of_the_toll_told_next(text):
    assert _counted(text, published="2024-05-06") == 4


def test_a_toll_at_a_quarters_market_stays_at_the_market_before_the_town_named_after_it():
    # The market lies in the quarter, the quarter in the town: the town named after the market only says where.
    text = "A car bomb exploded in the Dora market in southern Baghdad on Monday, killing seven people."
    assert [(e.location_text, e.fatalities) for e in events(text)] == [("Dora market", 7)]


@pytest.mark.parametrize("later, expected", [
    # A count of the day's dead told on in a sentence that names no event ("had died") is an account of the
    # lead's toll, whichever kind of event its victims alone would make it; the wounded "more" than the dead
    # are no more dead.
    ("A city health official said 22 pupils had died and 40 more were wounded.", 20),
    # (a guard: dead the words add stay their own)
    ("A city health official said 22 more pupils had died overnight.", 42),
])
def test_a_count_told_on_in_a_sentence_naming_no_event_is_an_account_of_the_days_toll(later, expected):
    text = ("A missile struck a school in Kharkiv on Tuesday, killing more than 20 people, officials said.\n\n"
            "Rescuers searched the rubble through the night.\n\nThe governor declared a day of mourning.\n\n" + later)
    assert _counted(text, published="2024-05-08") == expected


def test_the_few_sentences_a_toll_is_told_on_within_count_from_its_last_retelling():
    # The monitor's count retells the lead's toll; the envoy's, six sentences after it and eight after the lead,
    # is the same toll told on again.
    text = ("Two explosions tore through a university in Aleppo on Tuesday, killing more than 80 people, officials "
            "said.\n\nEach side blamed the other.\n\nThe Observatory said 83 people were killed and dozens wounded.\n\n"
            "Doctors said dozens were in critical condition.\n\nState television showed a body in the street.\n\n"
            "One of the buildings was damaged.\n\nVideo footage showed students running.\n\nThe envoy called it a "
            "cowardly act.\n\nHe said 82 students had died and 162 more were wounded.")
    assert _counted(text, published="2013-01-16") == 80


@pytest.mark.parametrize("last, expected", [
    # A toll the words call the same event's is another account of the toll told before, however far apart.
    ("The figure is far higher than the toll given by a doctors' group on Friday, which documented over 40 deaths "
     "in the same attack.", 120),
    # (a guard: one the words call another event's stays its own)
    ("A doctors' group documented over 40 deaths in a separate attack in Kadugli on Friday.", 160),
])
def test_a_toll_the_words_call_the_same_events_is_another_account_of_it(last, expected):
    text = ("At least 120 civilians were killed in an attack on Kadugli, rights monitors said on Saturday.\n\n" + last)
    assert _counted(text, published="2025-05-03") == expected


def test_the_hurt_told_beside_a_toll_told_again_add_no_dead():
    # "also sustained injuries" adds the hurt, not the dead: the second count is the first toll told again.
    text = ("At least 10 militants were killed in retaliatory fire after a police post came under attack in Jiribam "
            "district on Monday, an official said.\n\nEleven suspected militants were killed in the gunfight with "
            "security forces on Monday in Jiribam district. Two police officers also sustained injuries during the "
            "exchange of fire.")
    assert _counted(text, published="2024-11-12") == 10


@pytest.mark.parametrize("words, expected", [
    # A toll placed only by a guess at the most-mentioned town moves to the place a sentence says the event
    # happened near.
    ("near where the blast occurred", "Shejaiya neighbourhood"),
    # (a guard: a place the sentence only names is no place of the event)
    ("that was spared", "Gaza City"),
])
def test_a_guessed_toll_moves_to_where_a_sentence_says_the_event_happened(words, expected):
    text = ("GAZA CITY -- Just as residents were welcoming in the new year with hopes for calm, a suicide bomber "
            "reminded them of the unrest still racking the territory with one of the deadliest attacks to hit Gaza "
            "City in months.\n\nAt least 20 people were killed and 30 wounded yesterday when the attacker detonated "
            "an explosive vest at a crowded funeral, medics said.\n\nMany of yesterday's victims were members of one "
            f"family.\n\nA shopkeeper in the Shejaiya neighbourhood {words} described the scene as horrifying.")
    assert [(e.location_text, e.fatalities) for e in events(text, published="2024-01-02") if e.fatalities] \
        == [(expected, 20)]


@pytest.mark.parametrize("last, expected", [
    # The place the words after it say the event happened at, though the sentence's own verb is a journey's
    # ("deployed to") or puts it near ("around"), takes the toll a guess placed at the most-mentioned town.
    ("Soldiers were deployed to Konduga, where the attack took place.", "Konduga"),
    ("Security forces closed roads around Konduga, near where the blast occurred.", "Konduga"),
    # (a guard: a town the soldiers were only sent to is no place of the event)
    ("Soldiers were deployed to Konduga on Wednesday.", "Maiduguri"),
])
def test_a_place_the_words_say_the_event_happened_at_takes_a_guessed_toll(last, expected):
    text = ("Suicide bombers killed at least 18 people on Tuesday, emergency officials said. The injured were rushed "
            "to hospitals in Maiduguri. Maiduguri, the capital of Borno state, has long been the centre of the "
            f"insurgency. {last}")
    assert [(e.location_text, e.fatalities) for e in events(text, published="2024-05-06") if e.fatalities] \
        == [(expected, 18)]



def test_a_toll_spread_over_a_territory_is_the_territorys_not_a_towns_inside_it():
    text = ("At least 40 Palestinians were killed by Israeli strikes across Gaza on Sunday, including two dozen when a "
            "residential building in the northern town of Jabalia was hit, health officials said.")
    found = [(e.location_text, e.scope, e.killed_low) for e in events(text, published="2024-11-11")]
    assert ("Gaza", "operation", 40) in found


@pytest.mark.parametrize("later, total", [
    # "Later," with the wounded who died since: more dead of the event told before, at its place.
    ("Later, a hospital official said three more pupils had died of their wounds.", 13),
    ("Later, officials said three more pupils succumbed in hospital.", 13),
    # (a guard: "Later" with another event is not the last one's: its toll, told at no place, is no local one's)
    ("Later, gunmen shot three more pupils dead on a road.", 10),
])
def test_later_the_wounded_who_died_are_more_dead_of_the_event_told(later, total):
    text = ("Gunmen attacked a primary school in Katsina state on Wednesday, killing 10 pupils, police said. The "
            f"attackers escaped into a nearby forest. Troops were deployed to the area. {later}")
    found = events(text, published="2024-05-06")
    assert sum(e.fatalities or 0 for e in found if e.location_text == "Katsina state") == total


def test_a_coarse_toll_told_after_with_words_that_add_it_is_not_the_precise_ones():
    # "three more" at the state, told after ten at a town in it, are more dead, not the town's toll told again.
    text = ("Gunmen attacked a primary school in Katsina state on Wednesday, killing 10 pupils, police said. The "
            "attackers escaped into a nearby forest. Troops were deployed to the area. Later, a hospital official "
            "said three more pupils had died of their wounds.")
    found = {e.killed_low: e for e in events(text, published="2024-05-06")}
    assert found[3].counted_in != found[10].event_id


@pytest.mark.parametrize("second, separate", [
    # A coarse toll told after a precise one, in a sentence that opens on another event, is that event's.
    ("In a separate clash, three militants were killed in Khyber district.", True),
    ("Elsewhere, three militants were killed in Khyber district.", True),
    # (a guard: with no such words, the coarse toll of the same side told after is read as the precise one's, as
    # before; the other side's dead are more dead)
    ("Three militants were killed in Khyber district.", False),
    ("Three soldiers were killed in Khyber district.", True),
])
def test_a_coarse_toll_in_a_sentence_on_another_event_is_not_the_precise_ones(second, separate):
    text = f"Pakistani troops killed eight militants in a raid in Tank district on Friday, the army said. {second}"
    found = {e.killed_low: e for e in events(text, published="2024-05-06")}
    assert (found[3].counted_in != found[8].event_id) == separate


@pytest.mark.parametrize("text, published, day", [
    # A toll that rose is dated as the event it counts, not as the day it rose.
    ("A Russian missile strike on a restaurant in Kramatorsk on Tuesday evening killed eight people, officials said. "
     "The death toll later rose to 11, including three children, the regional governor said on Wednesday.",
     "2023-06-28", "2023-06-27"),
    ("A bomb exploded at a market in Kaya on Thursday, killing 17 people, officials said. Two more people died in "
     "hospital on Friday, bringing the death toll to 19, a health official said.", "2024-05-11", "2024-05-09"),
])
def test_a_running_total_is_dated_as_the_event_it_counts(text, published, day):
    [kept] = [e for e in events(text, published=published) if e.fatalities]
    assert kept.event_date == day


@pytest.mark.parametrize("second, scope", [
    # The dead of a year told with no one act: a tally of the period, not a local event.
    ("Armed groups killed more than 2,600 civilians in northwest Nigeria last year, according to ACLED.",
     "cumulative"),
    # (guards: one act, or a toll ranked among the year's, stays an event's)
    ("Last year, gunmen stormed a school in Kankara and killed 2,600 pupils.", "local"),
    ("In 2023, a truck bombing in Kankara killed 2,600 people.", "local"),
])
def test_the_dead_of_a_year_with_no_one_act_are_a_tally(second, scope):
    text = f"Bandits killed eight villagers in Zamfara state on Monday, police said. {second}"
    [year] = [e for e in events(text, published="2024-05-06") if e.killed_low == 2600]
    assert year.scope == scope


@pytest.mark.parametrize("unit", ["Konduga Local Government Area", "Konduga"])
def test_a_unit_named_after_its_town_is_the_towns_place_for_its_tolls(unit):
    # The unit the gazetteer lacks, placed at its town, and the town: a resident's count there is another account.
    text = (f"No fewer than 24 persons were killed by a female suicide bomber on Friday night at {unit} of Borno.\n\n"
            "A resident of Konduga said over 20 people were killed in the blast that occurred at a food joint.")
    assert _counted(text, published="2025-06-22") == 24


@pytest.mark.parametrize("second, total", [
    # "another wounded" adds no dead: the one killed is one of the toll told before.
    ("Police said one soldier was killed and another wounded in the attack.", 12),
    # (a guard: "another killed" does)
    ("Police said one more soldier was killed in a second attack on Tuesday.", 13),
])
def test_another_wounded_adds_no_dead(second, total):
    text = f"Gunmen killed 12 people in an attack on a hotel in Kidal on Monday, police said. {second}"
    assert _counted(text, published="2024-05-08") == total


@pytest.mark.parametrize("second", [
    # Who some of the dead told before were is no toll of its own.
    "Police said one soldier was killed and another wounded, while the rest of the dead were civilians.",
    "Police said one soldier was killed, and the others were civilians.",
])
def test_one_of_the_dead_named_with_the_rest_is_part_of_the_toll(second):
    text = f"Police said 32 people died in an attack on a beach hotel in Mogadishu on Friday. {second}"
    found = [e for e in events(text, published="2024-08-03")]
    assert sum(e.fatalities or 0 for e in found) == 32


@pytest.mark.parametrize("second, day", [
    # "The same day" is the day of the event told before.
    ("A separate drone strike the same day hit a bus near Bahir Dar, killing six passengers.", "2024-05-05"),
    ("Later that day, gunmen killed six passengers on a bus near Bahir Dar.", "2024-05-05"),
    # (a guard: a sentence with no such words is of some day of the week before publication, as before)
    ("A separate drone strike hit a bus near Bahir Dar, killing six passengers.", "2024-05-06"),
])
def test_the_same_day_is_the_day_of_the_event_told_before(second, day):
    text = f"A drone strike on a market in Debre Markos killed 11 people on Sunday, residents said. {second}"
    found = {e.killed_low: e for e in events(text, published="2024-05-06")}
    assert found[6].event_date == day


@pytest.mark.parametrize("sentence, other", [
    ("Another victim has died of injuries sustained in the explosion.", False),  # one more of the same dead
    ("Another resident said an entire family was killed.", False),
    ("Another attack hit the market on Sunday.", True),
])
def test_another_opens_another_event_unless_a_person_follows(sentence, other):
    low = sentence.lower()
    assert opens_other_event(low, 0, len(low)) == other


@pytest.mark.parametrize("lead, expected", [
    # The toll moved to the place a later sentence names keeps the weapon the lead names, where that sentence
    # names none of its own ("the attack ... fighting").
    ("A drone strike", "Explosions/Remote violence"),
    # (a guard: a lead that names no weapon lends none; the attack on a village, no armed side named, that killed
    # three children is on civilians)
    ("An attack", "Violence against civilians"),
])
def test_a_toll_moved_to_the_place_named_later_keeps_the_leads_weapon(lead, expected):
    text = (f"{lead} in Zurmi district, Zamfara state, on Thursday killed four people, including three children. "
            "A resident told reporters that the attack occurred on Thursday in Gidan Bako village of Zurmi district, "
            "adding that intense fighting was going on nearby.")
    found = [(e.location_text, e.event_type) for e in events(text, published="2025-02-15") if e.fatalities]
    assert found == [("Gidan Bako", expected)]


def test_the_look_for_words_after_the_finds_what_the_scan_of_every_the_found():
    # _follows_the looks behind each place of the words where _told_as_definite scanned for every "the": it
    # must answer as that scan does (random lower-cased sentences, white space of every kind, word characters
    # of every kind before "the").
    import random
    import re

    from geodata.events.linking import _follows_the

    pieces = ("the", "th", "e", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "three", "3", "12", "victims", "x",
              "_", "-", ".", "é", "1", "bathe", "the three", "the 12 victims", "ſ")
    words_list = ("three", "12", "12 victims", "3-", "-3", "e three", "three.", ".", "victims", "the", "t")
    rng = random.Random(43)
    hits = 0
    for _ in range(30_000):
        part = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        words = rng.choice(words_list)
        expected = any(part.startswith(words, m.end()) for m in re.finditer(r"\bthe\s+", part))
        assert _follows_the(part, words) == expected, (part, words)
        hits += expected
    assert hits > 1000


@pytest.mark.parametrize("second, total", [
    # One of the wounded the sentence counts who died since: one more dead.
    ("Two police officers also sustained injuries and one of them later died in hospital, officials said.", 4),
    # (a guard: one of those told dead before is no more dead)
    ("One of them was a police officer, officials said.", 3),
])
def test_one_of_the_wounded_who_died_is_one_more_dead(second, total):
    text = f"Gunmen shot dead three people at a checkpoint in Culiacan on Monday. {second}"
    assert _counted(text, published="2024-05-06") == total


def test_a_toll_put_at_the_country_moves_to_where_a_later_sentence_says_it_happened():
    text = ("Gunmen killed 13 worshippers during evening prayers on Friday, the army said. Survivors were taken to the "
            "regional hospital in Maradi. Officials in Maradi said the toll could rise. Troops were sent to Guidan "
            "Roumdji, where the attack took place.")
    [toll] = [e for e in events(text, published="2024-05-06") if e.fatalities]
    assert (toll.location_text, toll.scope, toll.fatalities) == ("Guidan Roumdji", "local", 13)


@pytest.mark.parametrize("opening", ["To the north, in a Kurdish area near the border with Iran,",
                                     "Further north, near the border with Iran,"])
def test_a_toll_told_elsewhere_near_a_border_goes_where_the_next_sentence_puts_the_blast(opening):
    # Not at the town of the last event ("To the north"), nor at the neighbour whose border it is near (Iran), but
    # where the next sentence says the blast occurred, near as it is.
    text = ("Clashes erupted on Friday in the southern city of Samawah, killing two people. "
            f"{opening} a suicide car bomber struck Friday night outside a cafe, killing at least 19 people. "
            "The blast occurred in a village near Sadiyah, about 100 miles northeast of Baghdad.")
    found = {e.killed_low: e for e in events(text, published="2007-07-07") if e.fatalities}
    assert (found[19].location_text, found[19].country, found[19].scope) == ("Sadiyah", "IQ", "local")


@pytest.mark.parametrize("second, total", [
    # A higher count told on, up to twice a lower bound of the day's toll, is another account of it.
    ("A hospital official said 20 people died.", 12),
    # (guards: within half again of an exact toll, as before; far above a lower bound, more dead)
    ("A hospital official said 14 people died.", 12),
    ("A hospital official said 40 people died.", 52),
])
def test_a_higher_count_told_on_over_a_lower_bound_is_another_account(second, total):
    text = f"At least 12 civilians were killed by drone strikes in Kidal on Tuesday, a local official said. {second}"
    assert _counted(text, published="2023-11-07") == total


def test_a_total_told_after_its_parts_at_the_province_that_holds_them_is_counted_in_them():
    text = ("A drone strike killed three people in Kupiansk on Thursday, the governor said. Separately, shelling "
            "killed two people in Vovchansk. In total, five people died in the Kharkiv region.")
    assert _counted(text) == 5
    [total] = [e for e in events(text) if e.killed_low == 5]
    assert total.scope == "operation" and total.fatalities is None


def test_two_peoples_dead_told_with_the_same_figure_are_both_counted():
    # Each side lost four: "Four Armenian soldiers", then "at least four Azeri soldiers" in a sentence with no place.
    text = ("YEREVAN - Four Armenian soldiers were killed in clashes with Azerbaijan near the Armenian town of Ijevan "
            "on Sunday. Azerbaijani units attacked Armenian positions before being repelled, with at least four Azeri "
            "soldiers killed, according to the Azerbaijani Ministry of Defense.")
    assert _counted(text) == 8


def test_a_count_a_toll_was_revised_from_is_no_toll_of_its_own_anywhere_in_the_article():
    text = ("KERMAN -- The health minister on Wednesday revised the death toll from 103 to 95.\n\n"
            "On Thursday the interior minister revised from 95 to 84 the death toll from two explosions in Kerman.")
    assert _counted_places(text) == [("Kerman", 84)]
    text = ("Gunmen killed 14 villagers in Bokkos on Sunday, police said.\n\n"
            "On Tuesday the state government raised the death toll in the attack from 14 to 31.")
    assert _counted(text) == 31


def test_a_sides_lower_count_it_maintains_is_another_account_placed_at_the_province_of_the_first():
    text = ("KABUL: A UN team said on Sunday that 60 civilians were killed in air strikes on a village in the "
            "southern province of Kandahar on Friday.\n\nThe finding added pressure on the U.S. military, which "
            "has maintained that only 20 militants and 4 civilians were killed in the strikes.")
    assert _counted_places(text) == [("Kandahar", 24)]


@pytest.mark.parametrize("text, counted", [
    # Residents who contest the army's account with their own count give another account of the same dead.
    ("DAMASCUS -- An air strike left at least 9 dead in the village of Tal Hamees, east of Aleppo, the military "
     "said.\n\nThe statement said 9 militants were killed in the strike.\n\nResidents in Tal Hamees, about 40 miles "
     "east of Aleppo, contested the military account, saying that 13 people were killed and that the men were "
     "farmers.", 9),
    # (a guard: a town contested by peoples is no account of a toll)
    ("KIRKUK -- A suicide bomber killed at least 17 people in a cafe in Tuz Khurmatu on Sunday.\n\nGunmen in "
     "Kirkuk, a city contested by Kurds, Arabs and Turkmens, killed two brothers execution-style.", 19),
])
def test_a_count_that_contests_an_account_is_another_account_of_it(text, counted):
    assert _counted(text) == counted


def test_a_provisional_toll_is_not_another_account_of_a_toll_told_at_another_place_on_another_day():
    text = ("Armed assailants killed at least 18 civilians in western Niger on Monday, a local official said, the "
            "latest deadly attack in an area marred by militant activity.\n\n"
            "The attackers raided a rural commune in the department of Torodi, around 40 kilometres from the border "
            "with Burkina Faso, between late Sunday night and early Monday morning, the governor said.\n\n"
            "\"The provisional death toll of this terrorist attack is 18 dead, several wounded,\" it said.\n\n"
            "Troops have been deployed to the scene.\n\n"
            "Armed men killed at least 70 civilians in another rural district in western Niger last month.")
    assert sorted(n for _, n in _counted_places(text)) == [18, 70]


def test_a_count_said_right_after_the_verb_is_another_account_of_the_toll_told_before():
    text = ("Nine soldiers were killed when separatists attacked an army post near Kumba on Thursday, a military "
            "source said. A separatist spokesman said 14 soldiers died.")
    assert _counted_places(text) == [("Kumba", 9)]


def test_a_groups_claim_of_its_kills_gives_way_to_the_other_sides_count_told_after():
    text = ("Separatist fighters said they killed 20 soldiers in an ambush near Bamenda on Friday. The army said "
            "four soldiers were killed in the ambush.")
    assert _counted_places(text) == [("Bamenda", 4)]


def test_a_group_claiming_an_attack_and_its_kills_gives_way_to_the_officials_count():
    text = ("Five soldiers were killed when militants attacked an army base in Guriel on Saturday, the district "
            "commissioner said.\n\nAl-Shabab claimed responsibility for the attack, saying its fighters killed 61 "
            "soldiers.")
    assert _counted(text) == 5


@pytest.mark.parametrize("text, place", [
    # A toll told at a coarse place moves to the town a sentence soon after names as where the event was.
    ("Gunmen ambushed a convoy of trucks north of Baghdad on Sunday, killing four drivers, police said.\n\n"
     "The ambush occurred near Taji, about 20 miles north of the capital.", "Taji"),
    ("At least 12 people were killed when an Israeli airstrike hit a family home in southern Lebanon on "
     "Tuesday.\n\nA local official said the deadly airstrike in Qana came without warning.", "Qana"),
    # ... or puts the event's attackers, or its victims, at it there by a definite reference; a toll of one event's
    # dead of two kinds included.
    ("Gunmen killed at least 12 farmers and three vigilantes in Zamfara State on Tuesday, police said.\n\n"
     "The gunmen struck shortly after dawn in the village of Kurya in Zamfara, a police spokesman said.", "Kurya"),
    # (a district's town the gazetteer files under the province only: near the district's point)
    ("Five soldiers were killed in an ambush by communist rebels in Ifugao province on Sunday, the army said.\n\n"
     "The troops were on patrol when they were ambushed by about 30 rebels near Lagawe, a spokesman said.", "Lagawe"),
    # ... or the bodies of its dead found there.
    ("At least nine villagers were killed by gunmen in Zamfara State on Sunday, police said.\n\nThe bodies of the "
     "slain villagers were found in the village of Kurya in Zamfara, a spokesman said.", "Kurya"),
    # A toll of a sentence with no place, guessed at the most-mentioned town, moves the same way.
    ("Gunmen ambushed a minibus carrying police recruits near the Syrian border on Monday, killing all 11 "
     "passengers, officials said.\n\nThe ambush came a week after a sweep began in Mosul. Mosul has been calm "
     "since.\n\nPolice discovered the bodies of the recruits near Tal Afar, an officer said.", "Tal Afar"),
    # ... named in a relative clause of the event's noun.
    ("An Israeli air strike has killed 12 members of a family in the northern Gaza Strip, the rescue agency said.\n\n"
     "The bombing, which took place in Jabalia, saw victims pulled from the rubble of the family home.", "Jabalia"),
    # ... named by its site in the town, after four sentences of background.
    ("BAGHDAD, Oct. 21 -- Mortar rounds rained on a crowded market Saturday, killing 32 people in a mainly Shiite "
     "city south of Baghdad, hospital officials said.\n\nAttacks on troops rose this month. The U.S. military said "
     "so this week. Officials called for calm. Many shops stayed shut.\n\nThe attack on the market in Mahmudiyah, "
     "about 15 miles south of Baghdad, came days before the holiday.", "Mahmudiyah"),
])
def test_a_coarse_toll_moves_to_the_town_a_later_sentence_names_as_the_events(text, place):
    assert [p for p, _ in _counted_places(text)] == [place]


def test_a_toll_with_no_place_goes_where_the_last_toll_was_not_where_that_sentence_named_last():
    # The lead's toll at Tsafe, the homes burned near Gusau: "killing a woman and four men" tells Tsafe's dead again.
    text = ("At least five civilians lost their lives in clashes in the town of Tsafe, Zamfara State, and 18 homes "
            "were burned near Gusau, residents said.\n\nThe incident occurred on Monday, when bandits and troops "
            "exchanged gunfire.\n\nEyewitnesses reported that the forces opened fire, killing a woman and four men.")
    assert _counted_places(text) == [("Tsafe", 5)]
    assert [(place, killed) for place, killed, _, _ in _rows(text) if killed] == [("Tsafe", 5)]


@pytest.mark.parametrize("text, place", [
    # A place the attackers pass through is not the event's ...
    ("Gunmen killed at least 12 farmers in Zamfara State on Tuesday, police said.\n\n"
     "The gunmen fled to the village of Kurya in Zamfara, a police spokesman said.", "Zamfara State"),
    # ... nor one where others strike back ("they hit" may be anyone's) ...
    ("Russian shelling killed five civilians in Donetsk region on Monday, the governor said. Ukrainian forces said "
     "they hit a Russian ammunition depot near Horlivka overnight.", "Donetsk region"),
    # ... nor one the attackers struck at another time ...
    ("Gunmen killed 14 villagers in Zamfara state on Sunday, police said. In January the gunmen had attacked a "
     "market in Gusau.", "Zamfara state"),
    # ... nor where other dead were found.
    ("Clashes killed 9 people in Sinaloa state, authorities said. Police discovered the bodies of the three missing "
     "students near Culiacan.", "Sinaloa state"),
])
def test_a_toll_does_not_move_to_a_place_of_another_act(text, place):
    assert [p for p, _ in _counted_places(text)] == [place]


def test_a_later_sentence_naming_another_kind_of_event_moves_no_toll():
    text = ("Rebels shelled a village in northern Syria on Monday, killing seven people, state media said.\n\n"
            "The airstrike in Idlib earlier also wounded 30 people.")
    assert "Idlib" not in [p for p, _ in _counted_places(text)]


def test_an_unnamed_village_of_a_region_is_the_datelines_small_town_there():
    text = ("SINJIL: A Palestinian man was shot dead on Friday in an occupied West Bank village as settlers attacked "
            "homes, the health ministry said.")
    assert _counted_places(text) == [("SINJIL", 1)]
    # (a capital's dateline is where the reporter sits, not the village)
    text = text.replace("SINJIL:", "RAMALLAH:")
    assert _counted_places(text) == [("West Bank", 1)]


@pytest.mark.parametrize("text, expected", [
    # The lead near a town, the body at the village the text measures from it: one toll, at the village.
    ("A mortar attack on an army base north of Kandahar on Monday killed three soldiers and wounded 12, officials "
     "said.\n\nThe soldiers were at their morning parade when the shells hit the base in an attack in Dand Ghazak, "
     "20 miles north of Kandahar, a spokesman said. Three soldiers were killed and 12 wounded, he said.",
     [("an army base north of Kandahar", 3, None, "Dand Ghazak"), ("Dand Ghazak", 3, 3, "")]),
])
def test_a_toll_near_a_town_told_again_at_the_village_measured_from_it_counts_at_the_village(text, expected):
    assert _rows(text) == expected


def test_a_smaller_toll_of_another_side_told_next_is_another_toll():
    """Six civilians killed, then three policemen killed at the scene: nine dead, not six told twice."""
    text = ("Militants killed six civilians in an attack on farmers in the village of Tal Kharab, south of Hawija, "
            "on Monday, officials said. A police unit that arrived on the scene was ambushed and three policemen "
            "were killed.")
    assert sum(e.fatalities or 0 for e in events(text)) == 9


def test_a_round_ups_breakdown_after_a_colon_counts_each_killing_once():
    text = "BAGHDAD - Police found 9 bodies across Baghdad on Monday: 3 in Dora, 4 in Amil and 2 in Saidiya."
    found = events(text)
    assert sum(e.fatalities or 0 for e in found) == 9
    assert {(e.location_text, e.fatalities) for e in found if e.fatalities} == {("Dora", 3), ("Amil", 4),
                                                                                ("Saidiya", 2)}


def test_a_part_told_again_is_not_counted_twice_in_the_total():
    """The lead's total, a part, the same part told again in a quote, then the other part: 12 = 5 + 7."""
    text = ("Attacks by rebels in northern Burkina Faso have killed 12 civilians over two days, officials said on "
            "Sunday.\n\nA mother and four children were killed by a rebel rocket in the village of Tangaye on "
            "Sunday, a local official said.\n\n\"The rebels targeted the village of Tangaye, killing the five family "
            "members,\" local media reported.\n\nOn Saturday, seven members of a family were killed in an attack in "
            "the town of Djibo, officials said.")
    found = events(text, published="2019-05-19")
    assert sum(e.fatalities or 0 for e in found) == 12
    assert sorted(e.fatalities for e in found if e.fatalities) == [5, 7]


@pytest.mark.parametrize("lead", [
    "",
    # (a lead's total is the sum of the sub-totals, not of their items)
    "Police found 16 bodies in the capital on Monday. ",
])
def test_a_total_broken_down_in_brackets_is_counted_in_its_parts(lead):
    text = (f"BAGHDAD - {lead}Fourteen bodies were found on Monday in the Karkh sector of western Baghdad (five in "
            "Mansour, four in Amil and five in Dora) and two in the Rusafa sector of eastern Baghdad (one in Adhamiya "
            "and one in Shaab).")
    found = events(text, published="2007-08-20")
    assert sum(e.fatalities or 0 for e in found) == 16
    assert {(e.location_text, e.fatalities) for e in found if e.fatalities} == {
        ("Mansour", 5), ("Amil", 4), ("Dora", 5), ("Adhamiya", 1), ("Shaab", 1)}


def test_a_later_toll_of_the_sentence_after_a_closed_bracket_is_no_part():
    """Only the items inside the bracket are the parts: the two told after it stand apart."""
    text = "Gunmen killed five people in the Karkh sector (three in Mansour and two in Amil) and two in Kadhimiya."
    found = events(text, published="2007-08-20")
    assert sum(e.fatalities or 0 for e in found) == 7
    assert ("Kadhimiya", 2) in {(e.location_text, e.fatalities) for e in found}


_TAL_KAYF = ("More than 70 people were killed when four bombs hit markets in Tal Kayf on Monday, a provincial official "
             "said.")
_KASSALA = "More than 100 civilians died in the shelling of Kassala, local officials said."


@pytest.mark.parametrize("first, second, counted", [
    (_TAL_KAYF, "The army gave a lower death toll of 25.", 25),
    (_TAL_KAYF, "Police gave a lower toll of 25 dead.", 25),
    (_KASSALA, "The army gave a lower figure of 20.", 20),
    (_KASSALA, "Rebel commanders gave a much lower figure of 20.", 20),
])
def test_a_lower_toll_given_by_another_source_is_the_one_counted_whatever_the_gap(first, second, counted):
    found = events(f"{first} {second}", published="2007-08-15")
    assert sum(e.fatalities or 0 for e in found) == counted


def test_a_lead_toll_told_again_at_a_town_does_not_move_to_a_later_town():
    text = ("Seven people were killed in a double bomb attack in Iraq's Kurdish region, a senior official said.\n\n"
            "The blasts hit the town of Koysinjaq on Tuesday, killing seven people.\n\n"
            "The attack also left people wounded.\n\nThe Islamic State group, which Kurdish forces have battled in "
            "the north, including in the operation to recapture Mosul, is the usual culprit for attacks in the "
            "region.")
    found = events(text, published="2016-12-20")
    assert sum(e.fatalities or 0 for e in found) == 7
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Koysinjaq", 7)]


def test_a_running_total_among_a_group_holds_the_parts_its_sentence_tells():
    # "bringing the total death toll among the farmers to 14" is the total of the ten and the four more.
    text = ("Gunmen killed farmers near Konduga on Saturday, residents said.\n\nTen bodies were recovered from the "
            "scene, with four more discovered on Sunday, bringing the total death toll among the farmers to 14.")
    assert sum(e.fatalities or 0 for e in events(text)) == 14


@pytest.mark.parametrize("days", [("on Saturday", "on Friday"), ("yesterday", "on Friday"),
                                  ("on March 3", "on March 5")])
def test_a_clause_of_another_day_told_any_way_is_not_the_places(days):
    text = ("At least 16 people were killed in Gwoza Local Government Area of Borno State.\n\nLocal sources said "
            f"14 farmers were murdered {days[0]}, while two vigilantes were ambushed and killed {days[1]} near "
            "Kirawa.")
    assert [(e.location_text, e.killed_low) for e in events(text, published="2020-03-07")
            if e.location_text == "Kirawa"] == [("Kirawa", 2)]


def test_a_clause_of_another_day_before_a_place_is_not_that_places():
    # The 14 of Saturday are not the two of Friday's ambush near Kirawa.
    text = ("At least 16 people were killed in Gwoza Local Government Area of Borno State.\n\nLocal sources said "
            "14 farmers were murdered on Saturday, while two vigilantes were ambushed and killed on Friday near "
            "Kirawa.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.location_text == "Kirawa"] == [("Kirawa", 2)]


@pytest.mark.parametrize("text, tolls", [
    # (a guard: the wounded of a clause after "while" are the same event's, at its place)
    ("Seven soldiers were killed, while nine were wounded in a firefight in Patikul on Saturday.",
     [("Patikul", 7, 9)]),
    # (a guard: two clauses of one day are one event's, at the place after them)
    ("Seven soldiers were killed on Saturday, while five rebels died in fighting in Patikul on Saturday.",
     [("Patikul", 12, None)]),
])
def test_clauses_of_one_event_share_the_place_after_them(text, tolls):
    assert [(e.location_text, e.killed_low, e.wounded_low) for e in events(text) if e.killed_low] == tolls


def test_a_toll_near_a_town_goes_to_the_town_a_later_sentence_puts_the_event_near():
    # "outside the Iraqi capital", then "The attack ... took place outside Mahmudiya": the nearer reference.
    text = ("Gunmen attacked women picking vegetables in a field outside the Iraqi capital, killing six adults and "
            "two young girls.\n\nPolice said the gunmen were seeking to drive families out.\n\nThe attack on the farm "
            "field took place outside Mahmudiya, a mixed town south of Baghdad.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Mahmudiya", 8)]
    # The event's noun may stand well before the place, a clause telling the act between them.
    text = ("A suicide bomber detonated a car bomb at a checkpoint outside Somalia's capital on Sunday, killing at "
            "least nine soldiers.\n\nAl-Shabaab claimed responsibility for the attack, in which the bomber drove a "
            "truck packed with explosives into a base manned by the army at Afgooye, about 30 km west of Mogadishu.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Afgooye", 9)]


@pytest.mark.parametrize("text, counted", [
    # Two days each sentence names, the later a later day: two events, both counted.
    ("The ombudsman said two civilians were killed in Martuni on September 27, an old man and a child.\n\n"
     "Today there was targeted shelling in Martuni, as a result of which, according to preliminary data, four were "
     "killed, the ombudsman said.", 6),
    # (a guard: a later day on which the event is named again is a day of telling: one toll)
    ("A car bomb killed 20 people at a market in Baghdad on Monday, police said.\n\nOn Tuesday, the health ministry "
     "said 25 people died in the Baghdad market bombing.", 20),
    # (a guard: a day of telling first, then the event's earlier day: one toll, told twice)
    ("Activists on Saturday raised the number of those killed in the shelling of Houla to more than 90.\n\n"
     "A local activist said 95 people were killed when troops shelled Houla on Friday.", 90),
])
def test_an_account_of_a_later_day_is_another_event(text, counted):
    assert sum(e.fatalities or 0 for e in events(text, published="2020-10-03")) == counted


@pytest.mark.parametrize("text, counted", [
    # The others a wound's verb counts add no dead: the two of one shell are of the four told before.
    ("At least four civilians were killed and nine injured in Mogadishu on Thursday by mortar shells, witnesses "
     "said.\n\nOne shell landed on a house, killing two people and injuring five others, a resident said.", 4),
    # (a guard: one of several events told before, named as such, is no retelling of the toll at its town)
    ("Gunmen wearing army uniforms entered a village east of Baghdad on Friday and killed 15 people, police "
     "said.\n\nMeanwhile five US soldiers were killed in four separate attacks in Iraq, the military said.\n\nIn "
     "one of the worst attacks, a roadside bomb followed by gunfire killed two soldiers and wounded two others in "
     "northeastern Baghdad on Friday, the military said.", 17),
])
def test_a_smaller_toll_told_after_is_the_same_dead_unless_it_adds(text, counted):
    assert sum(e.fatalities or 0 for e in events(text, published="2021-03-26")) == counted


def test_a_total_told_again_later_is_still_the_sum_of_the_parts_told_between():
    # A lead total, its parts at a village (one quoted), then the total told again at the district: the parts count.
    text = ("Fourteen people died when gunmen attacked a village in northern Mali, local sources said on Wednesday.\n\n"
            "Gunmen on motorbikes attacked the village of Ogossagou in Bankass district on Tuesday morning, \"killing "
            "eight people, including the village chief\", a security official said.\n\n\"Six Dogon hunters were "
            "lynched in reprisal,\" the official said.\n\nThe mayor of Bankass district said the 14 dead were buried "
            "at nightfall on Tuesday.")
    found = events(text)
    assert sorted(e.fatalities for e in found if e.fatalities) == [6, 8]
    assert all(e.counted_in for e in found if e.killed_low == 14)
    # (a guard: an attack told as separate is no part of the total)
    text = ("Thirteen people died when jihadists attacked a village in central-northern Burkina Faso on Tuesday.\n\n"
            "Gunmen attacked Yirgou in Barsalogo district, killing six people, a security source said.\n\nIn a "
            "separate attack on Tuesday, seven soldiers were killed near Djibo.\n\nThe 13 dead were buried in Yirgou "
            "on Wednesday, the mayor said.")
    assert 7 in [e.fatalities for e in events(text) if e.location_text == "Djibo"]


def test_a_part_read_as_part_of_the_lead_counts_once_the_lead_is_the_sum_of_its_parts():
    # "killing seven of them" reads as a part of the lead's ten; but three and seven add up to the ten, told at a
    # quarter of the lead's town: the lead is counted in its parts, and the seven count.
    text = ("Ten civilians were killed and six others injured when rebels shelled a poor residential area of "
            "Hodeidah city, a volunteer rescuer said on Thursday.\n\nThree people were killed when the rebels "
            "shelled a home in the government-held Al Jamhouri neighbourhood on Wednesday night. When rescuers "
            "arrived on the scene to help the victims, the rebels struck at them too, killing seven of them, said "
            "rescuer Ali Saleh.\n\nFighters loyal to the government have maintained control of Al Jamhouri, in "
            "western Hodeidah city.")
    assert _counted(text, published="2017-01-19") == 10


def test_another_account_told_with_what_was_done_after_the_attack_adds_no_dead():
    # ("after the attack" of another clause, the dead told in the passive: the same dead, another account)
    text = ("A car bomb exploded in Kirkuk on Monday, killing at least 10 people. Police said 12 people were killed "
            "and roads were sealed after the attack.")
    assert _counted(text) == 10


@pytest.mark.parametrize("second, rows", [
    ("On 4 May, gunmen attacked a camp for displaced people in Bambari and burned shelters.",
     [("Bambari", 3, None, "2007-05-03"), ("Bambari", None, None, "2007-05-04")]),
    # (nor its wounded told the next day: no half of the first account)
    ("On 4 May, gunmen attacked a camp for displaced people in Bambari, wounding five.",
     [("Bambari", 3, None, "2007-05-03"), ("Bambari", None, 5, "2007-05-04")]),
])
def test_attacks_dated_to_days_apart_at_one_place_are_two_events(second, rows):
    text = f"On 3 May gunmen opened fire on four civilians in Bambari, killing three. {second}"
    assert [(e.location_text, e.killed_low, e.wounded_low, e.event_date) for e in events(text)] == rows


def test_events_dated_to_days_apart_at_one_place_are_two_events():
    # (an attack told with no toll, dated the day after another's at the same place, is no part of it)
    text = ("On 3 May gunmen opened fire on four civilians in Bambari, killing three. On 4 May, gunmen attacked a "
            "camp for displaced people in Bambari and burned shelters.")
    assert [(e.location_text, e.killed_low, e.event_date) for e in events(text)] == [
        ("Bambari", 3, "2007-05-03"), ("Bambari", None, "2007-05-04")]


def test_a_toll_of_several_places_stays_where_it_was_told_when_a_part_of_it_is_placed():
    # Where one of the dead died is no other account of the whole toll: the toll stays at the region.
    text = ("Suspected militants killed eight people and injured 30 others in Indian Kashmir, police said yesterday. "
            "One of the civilian deaths was caused when militants tossed a grenade near the main hospital in Sopore "
            "town, police said.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text)] == [
        ("Indian Kashmir", 8, 8), ("Sopore", 1, None)]


def test_a_sentence_that_places_a_lead_keeps_it_though_a_later_toll_is_told_there():
    # The place a sentence gives the lead's event ("the scene of the ambush, near the town of Goundam") takes the
    # lead's toll, though a later sentence tells another toll there (a claim): not merged into that later toll first.
    text = ("Six peacekeepers were killed and five wounded when their convoy was attacked in northern Mali on "
            "Thursday, the mission said. The mission said it had sent reinforcements to the scene of the ambush, "
            "near the town of Goundam. Attack helicopters were sent to the region. The militant spokesman said "
            "seven peacekeepers were killed near Goundam.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text, published="2008-03-29")] == [
        ("Goundam", 6, 6), ("Goundam", 7, None)]


def test_a_wars_background_told_between_a_lead_and_its_place_does_not_hold_the_lead_back():
    # "Gunmen have been waging attacks ... since 2015" is no part of Sunday's attack: merged into it, it spread its
    # days over years, and the village named next could not take the toll.
    text = ("An attack blamed on jihadists killed 19 people and burned 200 homes in Mali’s Mopti region on Sunday, "
            "authorities said.\n\nGunmen have been waging attacks on villages in the region since 2015, causing "
            "thousands to flee.\n\nThe latest attack targeted Koulogon village, 20 km from the border, the "
            "government said in a statement.")
    assert [(e.location_text, e.fatalities) for e in events(text, published="2019-01-03") if e.killed_low] == [
        ("Koulogon", 19)]


def test_a_place_measured_far_from_the_capital_is_no_quarter_of_it():
    # "Baghdadi, 120 miles northwest of the capital" lies in Iraq, not in Baghdad: it takes the lead's toll told at
    # western Iraq, and leaves Baghdad's own toll where it was told.
    text = ("A suicide bomber blew up a car at a police checkpoint in western Iraq on Monday, killing seven "
            "policemen.\n\nAlso Monday, two American soldiers were killed in a roadside bomb explosion in "
            "northwestern Baghdad, the U.S. command said.\n\nU.S. forces sealed off the road after the attack "
            "against Iraqi security forces in Baghdadi, 120 miles northwest of the capital, police said.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text, published="2004-11-29")
            if e.killed_low] == [("northwestern Baghdad", 2, 2), ("Baghdadi", 7, 7)]


@pytest.mark.parametrize("text", [
    ("Militants raided an army post in Dagestan, sparking a gunbattle that left two soldiers dead and five others "
     "wounded, officials said on Tuesday.\n\nThe deadly raid took place on Monday night in the village of Gimry, "
     "police said."),
    # (a guard: the attack named again was a fight before as well)
    ("Gunmen attacked a police checkpoint in Kunar province, sparking a firefight that left three policemen dead, "
     "officials said on Tuesday.\n\nThe attack took place in the Dangam district, a spokesman said."),
])
def test_a_raid_only_named_again_at_its_place_keeps_the_fight_the_lead_told(text):
    # The sentence that moves the lead's toll to its village only names the raid: the lead says it was a fight.
    (moved,) = [e for e in events(text) if e.killed_low]
    assert moved.event_type == "Battles"


def test_a_lead_out_of_reach_moves_before_the_toll_that_only_followed_it():
    # The village that places the raid is seven sentences after the lead, one after the sentence that only added the
    # militants killed there: the lead's toll is the one that moves.
    text = ("Militants attacked a police post in Dagestan, sparking a gunbattle that left two officers dead and six "
            "wounded, officials said on Wednesday. Three militants were killed and two were captured, they said.\n\n"
            "In a separate incident, a bomb damaged a rail line near the village of Khasavyurt, police said. No one "
            "was hurt.\n\nThe region has seen years of violence. Rebels mount regular attacks from the mountains. "
            "Officials blame the attacks on militants.\n\nThe latest deadly attack took place on Tuesday in the "
            "village of Gimry, an Interior Ministry spokesman said.")
    tolls = {e.location_text: (e.killed_low, e.wounded_low) for e in events(text) if e.fatalities}
    assert tolls["Gimry"] == (2, 6)


def test_a_place_where_nobody_was_hurt_takes_no_toll_told_before():
    text = ("Four policemen were killed in an ambush near midnight in Balabagan town, officials said.\n\n"
            "Before the Balabagan ambush, an improvised bomb exploded in a vacant lot near the port of Malabang but "
            "nobody was hurt, the police said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Balabagan", 4)]


def test_a_coarse_toll_that_opens_on_a_day_of_its_own_is_not_the_towns_told_before():
    # The town's toll has no day of its own; the region's, told after it, opens on its own: another day's entry.
    text = ("ZAPORIZHZHIA, Ukraine - The governor reported on those killed by Russian shelling the day before.\n\n"
            "Two civilians died in Orikhiv at the hands of the Russians within a day.\n\n"
            "  • On October 20, invaders killed one civilian in Zaporizhzhia region.")
    found = events(text, published="2022-10-22")
    assert sorted((e.location_text, e.fatalities) for e in found if e.killed_low) == [
        ("Orikhiv", 2), ("Zaporizhzhia region", 1)]
    # (a guard) A region's lead with no day of its own before the town is the town's toll told coarsely.
    lead = ("Russian shelling killed two civilians in Zaporizhzhia region, the governor said.\n\n"
            "The shells hit a market in Orikhiv, killing two people.")
    assert [(e.location_text, e.fatalities) for e in events(lead, published="2022-10-22") if e.fatalities] == [
        ("Orikhiv", 2)]


def test_a_list_of_tolls_by_place_is_no_total_and_its_parts():
    # Seven at the first village is its own toll, not the total of the two and five after it.
    text = "Gunmen killed seven people in Gusau, two in Kucheri and five in Rukudawa on Sunday, residents said."
    assert [(e.location_text, e.fatalities) for e in events(text) if e.killed_low] == [
        ("Gusau", 7), ("Kucheri", 2), ("Rukudawa", 5)]


def test_an_item_of_a_list_at_a_place_not_found_is_not_added_to_another_items_place():
    # "at" gives each item its place; the last item's village is not found, and its five are not Kucheri's.
    text = ("Gunmen also shot dead seven people at Tsafe, two at Kucheri and five people at Rukudawa Dankule "
            "communities, residents said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Tsafe", 7), ("Kucheri", 2)]
    # (a guard) A people's word after "in" is no place of its own: the wounded stay with the killed.
    shelling = ("A civilian was killed and another wounded in Russian shelling in Ukraine's Kharkiv region, while "
                "seven were injured in a village in Zaporizhzhia, officials said.")
    assert [(e.killed_low, e.wounded_low) for e in events(shelling) if e.killed_low] == [(1, 1)]


def test_a_citys_toll_and_its_quarters_listed_after_it_are_one_toll():
    # (a guard) Quarters the gazetteer puts in the city are its parts, not items beside it.
    text = "Bombings killed 15 people in Baghdad, 12 in Sadr City and three in Karrada, police said on Sunday."
    assert _counted(text) == 15


def test_bodies_counted_after_a_fresh_raid_are_its_own_toll():
    # (a guard) A later raid's dead, counted by residents, are no other estimate of the first toll.
    text = ("KADUNA, Nigeria (AP) - Gunmen killed 12 people in Kajuru on Saturday, police said. After a fresh raid on "
            "Monday, residents counted 20 bodies in Kajuru.")
    assert _counted(text) == 32


def test_a_site_named_before_the_unit_it_stands_in_takes_the_lead_toll():
    # The church is the site; the kebele after "in" only says where it stands: not a second place that could hold
    # the toll.
    text = ("Twenty people were killed in Oromia region, residents said on Tuesday. They said the attack took place "
            "on Sunday in Kidane Mihret church in Gida Kebele, where worshippers had gathered.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Kidane Mihret church", 20)]
    # (a guard) A site where the attackers gathered before the attack is none of its.
    gathered = ("Twenty people were killed in Oromia region, residents said on Tuesday. They said the attackers had "
                "gathered at Kidane Mihret church in Gida Kebele before the attack.")
    assert [(e.location_text, e.fatalities) for e in events(gathered) if e.fatalities] == [("Oromia region", 20)]


def test_a_lead_toll_of_events_counted_after_it_is_no_towns():
    # "killed at least 19 ... in three attacks on villages": the toll of three events, told over their parts.
    text = ("Gunmen have killed at least 19 civilians in northwestern Nigeria in three attacks on farming villages, "
            "officials said on Monday.\n\nSeven were killed in the village of Kadisau, a local official said.\n\n"
            "Attacks on villages in the neighbouring Maru area killed another 12 civilians, residents said.")
    counted = [(e.location_text, e.fatalities) for e in events(text) if e.fatalities]
    assert sum(n for _, n in counted) == 19
    assert all(place != "northwestern Nigeria" for place, _ in counted)



@pytest.mark.parametrize("text, counted", [
    # Two attacks in one district on one day: the district's toll.
    ("Militants killed 9 soldiers in North Waziristan in two attacks on Monday.", [("North Waziristan", 9, 9)]),
    # A lead's "more than" over a week is no lower bound of a town's toll of one day.
    ("More than 30 people were killed in Sudan's North Darfur state this week. On Tuesday, RSF shelling killed 30 "
     "people in El Fasher.", [("El Fasher", 30, 30)]),
    # A town the running total's clause names is where the toll was.
    ("Fighting raged across North Darfur on Monday. Eight civilians were killed, bringing the number of dead in El "
     "Fasher since Friday to 60.", [("El Fasher", 8, 8)]),
    # Another event's town after "days after" takes no toll.
    ("A suicide bomber killed 15 people at a rally in Bajaur, days after militants attacked a police station in "
     "Peshawar.", [("Bajaur", 15, 15)]),
])
def test_review_of_the_round_tolls_stay_where_and_as_told(text, counted):
    assert [(e.location_text, e.killed_low, e.killed_high) for e in events(text) if e.fatalities] == counted


@pytest.mark.parametrize("text", [
    # The wounded told apart, or of a lead of two bombings, or after another side's attack: not the town's.
    "Gunmen killed nine people and wounded 12 in Michoacan on Sunday. Nine people died at a cockfight in Apatzingan, "
    "while the wounded were hurt in a separate shooting in Uruapan.",
    "At least 12 people were killed and 30 wounded in two bombings in Nineveh province on Thursday. A car bomb killed "
    "12 people in Tal Afar.",
    "An air strike killed 15 civilians in the town of Saada on Monday, residents said. The coalition denied targeting "
    "civilians. The Houthis shelled Saudi border posts in response. Eleven people were wounded.",
])
def test_review_of_the_round_wounded_told_apart_stay_apart(text):
    assert all(e.wounded_low is None for e in events(text) if e.fatalities)


def test_a_toll_told_in_a_part_of_a_country_then_in_a_region_on_its_side_is_one_toll():
    text = ("Turkish jets bombed villages inside northern Iraq on Friday, killing three civilians, Kurdish officials "
            "said.\n\n\"The jets hit several villages near the mountainous Qandil region and killed three civilians,\" "
            "a local official said.")
    assert sum(e.fatalities or 0 for e in events(text)) == 3


def test_a_victim_named_again_after_the_list_of_the_dead_is_one_of_them():
    # The three killed, then their names, then one of them told by name and trade: counted once, in the three.
    text = ("At least three persons were killed and two were injured early on Friday after armed men attacked "
            "Khoken, a village on the boundary of the Kangpokpi and Imphal West districts.\n\nThe state has seen "
            "clashes since May that have left more than 100 persons dead. On Thursday an adviser had said there "
            "had been no violence in the preceding 48 hours.\n\nThose who died on Friday were identified as a "
            "67-year-old woman named Domkhohoi Haokip, a 37-year-old man named Jangpao Touthang and a 52-year-old "
            "man named Khaimang Guite, according to the village chief's brother. Haokip, a farmer, was found dead "
            "in a church.")
    local = [(e.killed_low, e.fatalities) for e in events(text) if e.scope == "local" and e.killed_low]
    assert sorted(local) == [(1, None), (3, 3)]


def test_one_victim_of_the_lead_named_in_the_body_is_counted_once_at_his_place():
    # (a guard) The lead's one elder, then his name and trade at his village: one death, at the village.
    text = ("A traditional elder was killed in the Hiiraan region on Thursday during fighting between government "
            "forces and al-Shabaab.\n\nElmi Hagar Gure, a well-known clan elder from Beledweyne, was killed near "
            "the village of El Qohle, east of Beledweyne.")
    assert _counted(text) == 1
    assert [e.location_text for e in events(text) if e.fatalities] == ["El Qohle"]


def test_several_sources_counts_of_one_massacre_are_one_toll_with_a_range():
    # Each organisation's count, told in turn: counted once, at the lowest, the highest its high bound; a source
    # still looking into reports of more dead tells no more dead.
    text = ("Aid workers found the bodies of up to 600 people in the town of Bunia, a charity said.\n\nThe Red Cross "
            "said its staff discovered more than 400 bodies of people who were clearly local civilians.\n\nA "
            "spokesman for a Catholic charity said his team had counted 600 bodies. The UN said that it already "
            "logged 250 killed in Bunia and was still investigating reports of more dead in the town.")
    assert _counted(text) == 250
    assert [(e.killed_low, e.killed_high) for e in events(text) if e.fatalities] == [(250, 600)]


def test_a_toll_already_this_week_is_a_tally_of_other_killings():
    text = ("Gunmen killed 98 villagers in Kidal on Sunday. At least 225 people had been killed already this week "
            "before the massacre, officials said.")
    assert [(e.killed_low, e.scope) for e in events(text) if e.killed_low] == [(98, "local"), (225, "cumulative")]


def test_a_lead_placed_by_a_guess_is_the_total_of_a_list_of_villages_that_adds_up_to_it():
    # The lead names no place; the body confirms each village's dead (a phrase of confirmation opening the list),
    # then the total again; a villager's bodies pulled "from one house and 30 from another" are the village's dead.
    text = ("Gangs armed with knives and axes slaughtered 412 peasants in four western villages in a night of horror."
            "\n\nThe killings took place in four hamlets around the town of Relizane. Hospital sources and rescue "
            "workers confirmed 176 dead in Khourba, 113 in Sahnoun, 73 in El Abadel and 50 in Ouled Taieb.\n\nThe "
            "total death toll of 412 was first reported by an independent daily.\n\n``I pulled out 50 mutilated "
            "bodies from one house and 30 from another,″ said a villager in Khourba.")
    assert _counted(text) == 412
    assert sorted((e.location_text, e.fatalities) for e in events(text) if e.fatalities) == [
        ("El Abadel", 73), ("Khourba", 176), ("Ouled Taieb", 50), ("Sahnoun", 113)]


@pytest.mark.parametrize("text, total", [
    # A victim named with his age is one of the toll told before at his place.
    ("Israeli strikes killed 20 people in Rafah on Saturday, the health ministry said. Ahmed, a 12-year-old boy, "
     "was killed in Rafah.", 20),
    # A clause's opening word is no name: the policeman is another death.
    ("A suicide bomber killed 12 people at a market in Kandahar on Tuesday, officials said. Nearby, a policeman was "
     "shot dead by gunmen in Kandahar, police said.", 13),
    # A victim named on another day is another death.
    ("Gunmen killed five people at a market in Quetta on Wednesday, police said.\n\nPolice chief Abdul Khan said the "
     "attackers fled on motorbikes.\n\nMohammad Khan, a shopkeeper, was shot dead in Quetta on Thursday.", 6),
    # A clause that opens on "Already this week" tells one act; one killed "already this week" is a tally.
    ("A car bomb killed 22 people at a market in Baqubah on Wednesday, police said. Already this week, a roadside "
     "bomb killed four soldiers near Baqubah.", 26),
    # Fatal wounds are a death.
    ("A policeman suffered fatal wounds in an ambush near Bannu.", 1),
])
def test_the_review_of_the_named_victim_and_tally_rules(text, total):
    assert _counted(text, published="2024-05-03") == total


def test_wounds_received_are_an_events_wounded():
    text = "A civilian received shrapnel wounds in the shelling of Kherson on Monday."
    assert [(e.location_text, e.wounded_low) for e in events(text)] == [("Kherson", 1)]


def test_the_dead_of_two_sides_are_two_tolls_whatever_a_source_said_earlier():
    # The militants with their leader, then the soldiers a spokesman counted "earlier": no provisional count of the
    # militants' toll, and a leader with no side named does not hide the militants' side.
    text = ("Pakistani forces stormed the mosque complex in Islamabad, killing a rebel Islamist leader and more than "
            "50 of his militants yesterday.\n\nAt least eight soldiers were killed and 29 wounded in the assault on "
            "the mosque in Islamabad, a military spokesman said earlier.")
    assert _counted(text) == 59


def test_took_the_death_toll_to_is_a_running_total_that_takes_in_the_toll_told_before():
    text = ("Fighting raged in Kafr Nabuda in Hama province on Tuesday, killing 50 combatants. Fresh fighting in Kafr "
            "Nabuda on Wednesday took the death toll to 52, the Observatory said.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Kafr Nabuda", 52)]


def test_a_period_told_after_a_semicolon_is_not_the_days_toll():
    # "from January to June" after the semicolon dates the state's 120, not the Sunday's eight.
    text = ("Gunmen killed 8 people in Kajuru on Sunday; the state says 120 people died in the area from January to "
            "June.")
    assert [(e.location_text, e.killed_low, e.scope) for e in events(text) if e.killed_low] == [
        ("Kajuru", 8, "local"), ("Kajuru", 120, "cumulative")]


@pytest.mark.parametrize("middle, place", [
    # A sentence that says the victims were killed at its place refers to the event, however far after its lead.
    ("Armed men stopped the bus as it was carrying workers to their hometown of Bashika. The gunmen checked the "
     "passengers' identification cards, then asked all Christians to get off the bus, a police officer said.",
     "eastern Mosul"),
])
def test_a_place_the_victims_were_killed_at_takes_the_toll_sentences_after_its_lead(middle, place):
    text = ("Gunmen shot and killed 23 members of an ancient religious sect in northern Iraq on Sunday after stopping "
            f"their bus. {middle} The gunmen drove the Yazidis to eastern Mosul, where they were lined up and shot to "
            "death, the officer said.")
    assert [(at, killed) for at, killed, _, _ in _rows(text) if killed] == [(place, 23)]


@pytest.mark.parametrize("text, place", [
    # A toll told only near a town moves to the town the very next sentence puts the event at, within reach of it.
    ("A suicide bomber detonated an explosive belt Saturday in a mosque south of Baghdad, killing at least 54 people, "
     "police said. The unidentified bomber struck at 8 p.m. in Musayyib, a town 35 miles south of Baghdad.",
     "Musayyib"),
    ("At least 50 people were killed on Saturday when the regime targeted a town in an opposition-held suburb of "
     "Damascus with barrel bombs, a medical source said. The source told reporters that aircraft had targeted Douma, "
     "the largest town in the Eastern Ghouta suburb.", "Douma"),
    # (a guard) a town the next sentence only names in passing takes nothing
    ("A suicide bomber killed at least 54 people in a mosque south of Baghdad on Saturday, police said. The wounded "
     "were taken to hospitals in Hillah.", "a mosque south of Baghdad"),
])
def test_a_toll_near_a_town_moves_to_the_town_the_next_sentence_puts_it_at(text, place):
    assert [at for at, killed, _, _ in _rows(text) if killed] == [place]


def test_a_place_victims_were_killed_at_long_ago_takes_no_toll_of_the_day():
    text = ("Israeli strikes killed 33 people in the Gaza Strip on Monday, health officials said. Many were women and "
            "children. Hospitals ran short of fuel. The U.N. condemned the strikes. Three hostages had been held in "
            "Rafah, where they were killed by their captors months ago, the army said.")
    assert [(at, killed) for at, killed, _, _ in _rows(text) if killed] == [("Gaza Strip", 33)]


def test_an_event_named_by_its_state_is_at_the_village_told_there():
    # An event named by its wider place ("the Sokoto attack") is the one a sentence before told at a village of it;
    # one told after, where a sentence names it again by that place ("In the Katsina attack, ..."), is that village's.
    text = ("Bandits killed 18 people in Unguwar Tsoho village of Sabon Birni Local Government Area of Sokoto State "
            "and Gidan Dawa village of Katsina State on Sunday.\n\nWhile 11 persons were killed in the Sokoto attack, "
            "seven died in the Katsina attack.\n\nIn the Katsina attack, the bandits stormed Gidan Dawa village at "
            "night, killing seven people.")
    rows = {(place, killed) for place, killed, _, _ in _rows(text) if killed}
    assert not {place for place, _ in rows} & {"Sokoto", "Katsina"}, rows
    assert {("Unguwar Tsoho", 11), ("Gidan Dawa", 7)} <= rows


def test_violence_that_erupted_at_a_village_after_midnight_takes_the_states_toll():
    # "shortly after midnight" is a time, no event before this one; the village lies in a district of the state.
    text = ("Five persons were killed in fresh violence in Assam on Sunday. The violence erupted shortly after "
            "midnight at Kalabari Pathar village in the Bodo-majority Kokrajhar district in the Bodoland region.")
    assert [(at, killed) for at, killed, _, _ in _rows(text) if killed] == [("Kalabari Pathar", 5)]


def test_a_toll_told_of_the_event_goes_to_the_site_the_next_sentence_names_as_its():
    # The toll's sentence names no place (its place is the lead's); the next names the attack on the mosque.
    text = ("Gunmen stormed a mosque in North Sinai on Friday. The army sent in air strikes as the death toll from "
            "the attack rose from 200 to 250. A further 90 people were injured in the attack on the Bir Ghazal mosque "
            "in Bir al-Abd.")
    assert [at for at, killed, _, _ in _rows(text) if killed] == ["Bir Ghazal mosque"]


def test_a_second_source_meanwhile_reporting_a_toll_is_another_estimate():
    text = ("Dozens of people were killed in the port city of Mariupol on Friday after a theatre went up in flames. "
            "The Interior Ministry reports that at least 25 people died in the fire. The city council, meanwhile, "
            "reports that 33 were killed and another 80 injured.")
    assert _counted(text) == 25


def test_a_groups_claim_made_with_its_responsibility_is_its_own_account():
    # "claimed responsibility ... and said that its fighters had killed 61": the group's account, beside the officials'.
    text = ("Five soldiers were killed when militants attacked an army base in Guriel on Saturday, the district "
            "commissioner said.\n\nAl-Shabab claimed responsibility for the attack and said that its fighters had "
            "killed 61 soldiers.")
    assert _counted(text) == 5


def test_an_event_named_by_its_state_of_another_month_stays_apart():
    text = ("Gunmen killed four farmers in Unguwar Tsoho village in Sokoto State on Monday, police said. Separately, "
            "the death toll from the Sokoto attack last month rose to 52, officials said.")
    assert ("Unguwar Tsoho", 52) not in {(place, killed) for place, killed, _, _ in _rows(text)}


def test_an_inherited_toll_of_other_events_keeps_its_place_when_the_next_sentence_names_the_days_event():
    # "In March, about 90 people were killed in two bombings" tells other events than the one the next sentence
    # names ("the Karrada bombing"): its toll does not move to the day's market (an undated report, as a user's file).
    text = ("BAGHDAD, June 17 -- Dozens of people were killed Tuesday evening when a car bomb blew up at a crowded "
            "market in Baghdad.\n\nThe attack killed 46 people and wounded more than 80, an Interior Ministry official "
            "said. The U.S. military put the death toll at 27.\n\nThe explosives ravaged several shops in the Karrada "
            "market, which is frequented by women and children.\n\nOfficials said they did not know who was "
            "responsible for the attack. It recalled other large bombings at markets in Shiite areas.\n\nMass "
            "casualty bombings, which were routine last year, had become rare in Baghdad in recent months.\n\nIn "
            "March, about 90 people were killed in two bombings targeting markets.\n\nThe prime minister's office "
            "issued a statement Tuesday night calling the Karrada bombing an \"ugly crime\".")
    assert [at for at, killed, _, _ in _rows_undated(text) if killed == 90] == ["Baghdad"]


def _rows_undated(text: str) -> list[tuple]:
    found = events(text, published="")
    ids = {e.event_id: e.location_text for e in found}
    return [(e.location_text, e.killed_low, e.fatalities, ids.get(e.counted_in, "")) for e in found]


def test_a_running_total_at_a_province_stays_there_whatever_town_one_of_its_tolls_was_told_at():
    text = ("Three people were found dead Friday in separate locations in the Acapulco beach resort, authorities "
            "said. News media reported at least one other fatality, for a total of 13 bodies discovered in Guerrero "
            "in less than 18 hours.")
    assert _rows(text) == [("Acapulco", 3, None, "Guerrero"), ("Guerrero", 13, 13, "")]


def test_a_towns_site_introduced_then_named_takes_the_toll():
    text = ("ISLAMABAD: At least 35 worshipers were killed and more than 70 injured after three suicide bombers "
            "detonated their explosives inside a mosque during Friday prayers in the Shiite neighborhood of the city "
            "of Kandahar in southern Afghanistan.\nThe incident took place a week after dozens of people were killed "
            "in an attack on a Shia mosque in northern Kunduz province.\nLocal residents said three explosions "
            "occurred, one after another, at the Bibi Fatima Mosque in the heart of Kandahar City.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Bibi Fatima Mosque", 35)]


def test_a_village_named_in_the_unit_it_lies_in_takes_the_toll_told_at_the_region():
    text = ("Syrian government attacks on the Idlib region, the opposition's last bastion in Syria's northwest, killed "
            "seven civilians, including four children, on Thursday. Army shelling of the village of Iblin in Jabal "
            "al-Zawiya, south of Idlib, seriously wounded seven others from one family.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Iblin", 7)]


@pytest.mark.parametrize("second, expected", [
    # Another, lower count of the same attack that day: counted once, at the lower figure (ACLED's reading).
    ("The army said the blast killed 16 people, among them nine soldiers.",
     [("Gao", 18, None, "Gao"), ("Gao", 16, 16, "")]),
    # ... but not a count the article calls the first, told after the later one,
    ("Initially, local officials had reported a death toll of 16 people.",
     [("Gao", 18, 18, ""), ("Gao", 16, None, "Gao")]),
    # ... nor a count that says it is only a floor.
    ("At least 16 people were killed in the blast, the army said.",
     [("Gao", 18, 18, ""), ("Gao", 16, None, "Gao")]),
])
def test_a_lower_count_of_the_same_attack_counts_unless_told_as_the_first_or_a_floor(second, expected):
    text = ("GAO, Mali (Reuters) - Eighteen people were killed when a car bomb exploded at a checkpoint in Gao on "
            "Sunday, hospital sources said.\n\nPolice said the bomber drove up to the checkpoint at midday.\n\n"
            + second)
    assert [r for r in _rows(text) if r[1]] == expected


def test_a_count_just_under_a_floor_is_another_account_of_the_same_dead():
    text = ("GAO, Mali (Reuters) - At least 20 people were killed when a car bomb exploded at a checkpoint in Gao on "
            "Sunday, hospital sources said.\n\nPolice said the bomber drove up to the checkpoint at midday.\n\n"
            "The army said the blast killed 17 people.")
    assert [r for r in _rows(text) if r[1]] == [("Gao", 20, None, "Gao"), ("Gao", 17, 17, "")]


def test_a_towns_toll_moves_to_the_site_its_lead_names_by_its_noun_not_to_one_where_no_one_was_hurt():
    text = ("Hospitals in Mogadishu overflowed with the wounded on Sunday and the death toll from mortar strikes on "
            "the city's main market reached at least 17.\n\nScores of civilians at the Bakara Market were hurt on "
            "Saturday when troops at the Villa Somalia presidential palace returned fire against insurgents who "
            "attacked it with mortar bombs, witnesses said.\n\nThe president was meeting a foreign minister at Villa "
            "Somalia at the time of the attack, but no one in the hilltop complex was hurt.")
    assert [(e.location_text, e.killed_low, e.fatalities, e.scope) for e in events(text) if e.killed_low] \
        == [("Bakara Market", 17, 17, "local")]
