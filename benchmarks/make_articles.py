"""Write synthetic wire reports about war, for benchmarks and tests.

    python benchmarks/make_articles.py --count 2000 --words 800 --out benchmarks/out/articles --seed 1

Each article is a headline, a blank line, then paragraphs of sentences built
from templates that mix places (with spelling variants), people,
organisations, casualty figures, dates and filler prose. The same seed always
gives the same files.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import random
from pathlib import Path

DEFAULT_OUT = Path(__file__).parent / "out" / "articles"

CITIES = ["Baghdad", "Basra", "Mosul", "Kirkuk", "Falluja", "Fallujah", "Ramadi", "Najaf",
          "Kerbala", "Karbala", "Nassiriya", "Nasiriyah", "al-Kut", "Kut", "Hillah", "Hilla",
          "Baquba", "Samarra", "Tikrit", "Tal Afar", "Haditha", "Amara", "Diwaniya", "Irbil",
          "Sulaimaniya", "Balad", "Mahmudiya", "Iskandariya", "Latifiya", "Abu Ghraib"]
HOODS = ["Sadr City", "Adhamiya", "Kadhimiya", "Dora", "Mansour", "Karrada", "Amiriya",
         "Ghazaliya", "Shula", "Zayouna", "Hurriya", "Jihad", "Haifa Street", "the Green Zone",
         "Hayaniya", "Jumhuriya", "Qibla", "Abu al-Khaseeb"]
GOVERNORATES = ["Anbar province", "Diyala province", "Nineveh province", "Salahuddin province",
                "Babil province", "Wasit province", "Maysan province", "Dhi Qar province",
                "Basra province", "Kirkuk province", "Qadisiya province", "Muthanna province"]
COUNTRIES = ["Iran", "Syria", "Jordan", "Kuwait", "Saudi Arabia", "Turkey", "Afghanistan",
             "Lebanon", "Israel", "Egypt", "Pakistan", "Britain", "the United States", "Somalia"]
WORLD = ["Washington", "London", "Tehran", "Damascus", "Amman", "Cairo", "Beirut", "Kabul",
         "Kandahar", "Gaza", "Istanbul", "Ankara", "Riyadh", "Kuwait City", "New York", "Paris",
         "Helmand", "Mogadishu", "Islamabad"]
PEOPLE = ["Moqtada al-Sadr", "Nouri al-Maliki", "Nuri al-Maliki", "Gen. David Petraeus",
          "Ayatollah Ali al-Sistani", "Abu Musab al-Zarqawi", "Ibrahim al-Jaafari", "Iyad Allawi",
          "Jalal Talabani", "President George W. Bush", "Tony Blair", "Gen. Ray Odierno",
          "Ryan Crocker", "Donald Rumsfeld", "Condoleezza Rice", "Abdul Aziz al-Hakim"]
ORGS = ["the Mahdi Army", "al Qaeda in Iraq", "the Badr Organisation", "the Interior Ministry",
        "the U.S. military", "the British army", "the Iraqi army", "the United Nations",
        "the Red Crescent", "the Islamic Army in Iraq", "the Awakening Council", "police"]
OUTLETS = ["Reuters", "Associated Press", "Agence France-Presse", "New York Times",
           "Washington Post", "The Guardian"]
AUTHORS = ["Michael Georgy", "Ross Colvin", "Sinan Salaheddin", "Damien Cave", "Sabrina Tavernise",
           "Ernesto Londono", "Ellen Knickmeyer", "Patrick Cockburn", ""]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "a dozen", "two dozen", "dozens of", "scores of"]
ATTACKS = ["a car bomb", "a roadside bomb", "a suicide bomber", "mortar rounds", "gunmen",
           "a truck bomb", "rockets", "a bomb hidden in a minibus", "clashes"]

TEMPLATES = [
    "At least {n} people were killed and {w} wounded when {attack} struck a market in {hood} on {day}, police said.",
    "{attack_cap} killed {n} people in {city} on {day}, {org} said.",
    "In {city}, {n} policemen were killed and {w} others were wounded in an attack on a checkpoint.",
    "{person} said on {day} that the operation in {city} would go on until the city was safe.",
    "Followers of {person} clashed with {org} in {hood} and in {city}, residents said.",
    "{org_cap} said it had found the bodies of {n} men, bound and shot, in {hood}.",
    "The violence spread south to {city} and {city2}, where {w} people were wounded.",
    "A spokesman for {org} in {gov} said {n} suspected insurgents had been detained near {city}.",
    "{person} flew to {world} on {date} for talks on security in {country}.",
    "Officials in {world} said troops from {country} would stay in {gov} for at least another year.",
    "The road between {city} and {city2} was closed after {attack} hit a convoy on {date}.",
    "Refugees from {city} have crossed into {country}, the United Nations said in {world}.",
    "Residents of {hood} said they had not had electricity for {n} days.",
    "{n_cap} soldiers were killed in {gov} on {day}, the military said in a statement.",
    "The New York Times reported from {city} that {w} families had fled {hood}.",
    "According to the Washington Post, {person} met tribal leaders in {city} on {date}.",
    "Fighting in {city} killed {n} and wounded {w}, a hospital official said.",
    "U.S. and Iraqi forces raided a house in {hood}, {city}, killing {n} gunmen.",
    "Shi'ite pilgrims walked from {city} to {city2} under heavy guard on {day}.",
    "Diplomats in {world} and {world2} urged restraint after the attack in {city}.",
]
FILLER = [
    "The government has struggled to restore basic services after years of war.",
    "Prices for fuel and food have risen sharply since the start of the year.",
    "It was not possible to verify the figures independently.",
    "Many residents stayed indoors as shops closed early and streets emptied.",
    "The officials spoke on condition of anonymity because they were not authorised to talk to the media.",
    "Security has improved in some areas, but attacks remain common.",
    "Parliament is expected to debate the budget again next week.",
    "Aid agencies say that thousands of families still lack clean water.",
    "Schools reopened last month, though attendance remains low.",
    "A curfew was imposed and vehicles were banned from the streets until further notice.",
]
HEADLINES = [
    "{n_cap} killed in {city} bombing",
    "Clashes erupt in {hood} as {person_short} supporters rally",
    "Bombs kill {n} across {gov}",
    "Iraq's {person_short} vows to press on in {city}",
    "Insurgents strike convoy near {city}",
    "Talks in {world} turn to Iraq security",
    "Families flee fighting in {city}",
]


def _number(rng: random.Random) -> str:
    return str(rng.randint(2, 90)) if rng.random() < 0.6 else rng.choice(NUMBER_WORDS)


def _date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    return f"{month} {day}" if rng.random() < 0.5 else f"{day} {month} {rng.randint(2004, 2008)}"


def _fill(template: str, rng: random.Random) -> str:
    n = _number(rng)
    city, city2 = rng.sample(CITIES, 2)
    world, world2 = rng.sample(WORLD, 2)
    person = rng.choice(PEOPLE)
    attack = rng.choice(ATTACKS)
    org = rng.choice(ORGS)
    return template.format(
        n=n, n_cap=n[0].upper() + n[1:], w=_number(rng), city=city, city2=city2,
        hood=rng.choice(HOODS), gov=rng.choice(GOVERNORATES), country=rng.choice(COUNTRIES),
        world=world, world2=world2, person=person, person_short=person.split()[-1],
        org=org, org_cap=org[0].upper() + org[1:], attack=attack,
        attack_cap=attack[0].upper() + attack[1:], day=rng.choice(WEEKDAYS), date=_date(rng),
    )


def make_article(rng: random.Random, words: int) -> str:
    """One article of about ``words`` words: a headline, a blank line, paragraphs."""
    headline = _fill(rng.choice(HEADLINES), rng)
    total = len(headline.split())
    paragraphs: list[str] = []
    dateline = f"{rng.choice(CITIES).upper()}, {_date(rng)} ({rng.choice(OUTLETS)}) - "
    sentences: list[str] = []
    while total < words:
        if sentences and rng.random() < 0.25:
            paragraphs.append(" ".join(sentences))
            sentences = []
        pool = FILLER if rng.random() < 0.3 else TEMPLATES
        sentence = pool[rng.randrange(len(pool))]
        sentence = _fill(sentence, rng) if pool is TEMPLATES else sentence
        if not paragraphs and not sentences:
            sentence = dateline + sentence
        n = len(sentence.split())
        if sentences and total + n - words > words - total:
            break  # stopping short is nearer the target than overshooting
        sentences.append(sentence)
        total += n
    paragraphs.append(" ".join(sentences))
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_articles(out: Path, *, count: int, words: int, seed: int = 1) -> list[Path]:
    """Write ``count`` articles and a ``sources.csv`` into ``out``; return the article paths."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    start = datetime.date(2004, 1, 1)
    with (out / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "title", "outlet", "author", "published", "date_precision", "url", "notes"])
        for i in range(count):
            text = make_article(rng, words)
            path = out / f"{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
            published = start + datetime.timedelta(days=rng.randrange(5 * 365))
            precise = rng.random() < 0.9
            writer.writerow([
                path.name, text.split("\n", 1)[0], rng.choice(OUTLETS), rng.choice(AUTHORS),
                published.isoformat() if precise else published.isoformat()[:7],
                "day" if precise else "month",
                f"https://example.com/{published:%Y/%m/%d}/{i:05d}", "synthetic benchmark article",
            ])
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write synthetic war-report articles.")
    parser.add_argument("--count", type=int, default=2000, help="number of articles (default: 2000)")
    parser.add_argument("--words", type=int, default=800, help="words per article (default: 800)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    args = parser.parse_args(argv)
    paths = write_articles(args.out, count=args.count, words=args.words, seed=args.seed)
    print(f"wrote {len(paths)} articles and sources.csv to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
