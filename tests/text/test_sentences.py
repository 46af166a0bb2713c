import random
import re
from pathlib import Path

import pytest

from geodata.io.corpus import read_article, read_corpus
from geodata.models import Article, Sentence, Span
from geodata.text import sentences
from geodata.text.sentences import abbreviations, split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def article(text: str, body: tuple[Span, ...] | None = None) -> Article:
    if body is None:
        body = (Span(0, len(text)),)
    return Article(id="t", file="t.txt", title="", outlet="", text=text, body=body)


def sentence_texts(a: Article) -> list[str]:
    return [a.text[s.start : s.end] for s in split_sentences(a)]


CASES = [
    (
        "titles",
        "Mr. Maliki met Gen. Petraeus in Baghdad. They talked.",
        ["Mr. Maliki met Gen. Petraeus in Baghdad.", "They talked."],
    ),
    (
        "stacked titles",
        "Iraqi MPs appealed to Brig. Gen. Qassem Suleimani in Iran. The talks worked.",
        ["Iraqi MPs appealed to Brig. Gen. Qassem Suleimani in Iran.", "The talks worked."],
    ),
    (
        "initial",
        "US President George W. Bush praised the attack. Troops moved on Basra.",
        ["US President George W. Bush praised the attack.", "Troops moved on Basra."],
    ),
    (
        "dotted abbreviations",
        "The U.S. Embassy was hit. The U.N. left Baghdad. Dr. Ali stayed.",
        ["The U.S. Embassy was hit.", "The U.N. left Baghdad.", "Dr. Ali stayed."],
    ),
    (
        "No. versus no.",
        "He went to No. 10 Downing Street. He said no. Then he left.",
        ["He went to No. 10 Downing Street.", "He said no.", "Then he left."],
    ),
    (
        "months and e.g.",
        "Troops left on Sept. 5 for Kut, e.g. Brigade 4. Fighting followed in Oct. Basra was quiet.",
        ["Troops left on Sept. 5 for Kut, e.g. Brigade 4.", "Fighting followed in Oct. Basra was quiet."],
    ),
    (
        "abbreviation after an opening bracket",
        "The raid (Gen. Odierno approved it) failed. Kut fell.",
        ["The raid (Gen. Odierno approved it) failed.", "Kut fell."],
    ),
    (
        "curly quotes keep their closing mark",
        "They shouted: ‘Maliki you are a coward! How can you strike Basra!’ Then they marched.",
        ["They shouted: ‘Maliki you are a coward!", "How can you strike Basra!’", "Then they marched."],
    ),
    (
        "straight quotes",
        '"I will not be surprised," the official said. "Everything is possible." He left.',
        ['"I will not be surprised," the official said.', '"Everything is possible."', "He left."],
    ),
    (
        "closing bracket",
        "He spoke (in Basra.) Then he left. [Fighting continued.] It ended.",
        ["He spoke (in Basra.)", "Then he left.", "[Fighting continued.]", "It ended."],
    ),
    (
        "question and exclamation",
        "What now? Nobody knows! 30 died?! Yes.",
        ["What now?", "Nobody knows!", "30 died?!", "Yes."],
    ),
    (
        "lowercase after a stop does not split",
        "The plan was to disarm militias etc. and hold elections. it failed.",
        ["The plan was to disarm militias etc. and hold elections. it failed."],
    ),
    (
        "decimal numbers",
        "Basra has 1.5 million people. 1,200 were wounded.",
        ["Basra has 1.5 million people.", "1,200 were wounded."],
    ),
    (
        "spaced ellipsis",
        "to stop sectarian violence. . . Enacting an oil law. . . and more. . . 2008 came.",
        ["to stop sectarian violence. . .", "Enacting an oil law. . . and more. . . 2008 came."],
    ),
    (
        "ellipsis characters",
        "Please wait... Basra fell… Then Kut… and Hilla.",
        ["Please wait...", "Basra fell…", "Then Kut… and Hilla."],
    ),
    (
        "line break inside a sentence",
        "Mr. Maliki's political capital has\n\nbeen severely depleted by the Basra campaign.",
        ["Mr. Maliki's political capital has\n\nbeen severely depleted by the Basra campaign."],
    ),
    (
        "single line break before lowercase",
        "The army left Basra\nand went north. Kut fell.",
        ["The army left Basra\nand went north.", "Kut fell."],
    ),
    (
        "headline and body",
        "Revolt spreads across Iraq\n\nA mass revolt has broken out. Troops fled.",
        ["Revolt spreads across Iraq", "A mass revolt has broken out.", "Troops fled."],
    ),
    (
        "markdown heading",
        "## US-backed assault on Basra\n\nRelative calm returned.\n\n# Kut\nFighting went on.",
        ["US-backed assault on Basra", "Relative calm returned.", "Kut", "Fighting went on."],
    ),
    (
        "line break before a quote, digit or emphasis",
        "He said so\n“The army is large.”\n2,000 fled\n*Azzaman* reported it",
        ["He said so", "“The army is large.”", "2,000 fled", "*Azzaman* reported it"],
    ),
    (
        "abbreviation at the end of a paragraph",
        "He met the Gov.\n\nThe talks failed.",
        ["He met the Gov.", "The talks failed."],
    ),
    ("no stop at the end", "Basra rose in revolt", ["Basra rose in revolt"]),
    (
        "a bullet after a line break opens a sentence, with no stop before it",
        "In other developments:\n\n• Two police commandos are killed in Dora\n\n- A civilian dies in Baquba.",
        ["In other developments:", "• Two police commandos are killed in Dora", "- A civilian dies in Baquba."],
    ),
    (
        "a full stop a copy glued to the next sentence ends it; an abbreviation's and an address's do not",
        "Eleven policemen were killed, local officials said.Seven fighters also died. Reuters.com quoted the U.S.Army.",
        ["Eleven policemen were killed, local officials said.", "Seven fighters also died.",
         "Reuters.com quoted the U.S.Army."],
    ),
    (
        "a dash's aside on a line of its own is no list's item",
        "Gunmen killed 12 villagers\n- including women and children -\nin Zamfara state, police said.",
        ["Gunmen killed 12 villagers\n- including women and children -\nin Zamfara state, police said."],
    ),
    (
        "old AP copy opens a quotation with two backticks and closes it with a double prime",
        "Gangs slaughtered 412 peasants in four villages.\n\n``We're almost done here,″ a gang leader said. "
        "``Run.″ Survivors fled.",
        ["Gangs slaughtered 412 peasants in four villages.", "``We're almost done here,″ a gang leader said.",
         "``Run.″", "Survivors fled."],
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split(text, expected):
    assert sentence_texts(article(text)) == expected


def test_sentences_stay_inside_body_spans():
    text = "By Simon Assaf\nBasra fell. Kut fell.\nLatest News\nHilla rose up.\nOne-off"
    a = article(text, body=(Span(15, 36), Span(49, 63)))
    assert split_sentences(a) == (
        Sentence("t", 0, 15, 26),
        Sentence("t", 1, 27, 36),
        Sentence("t", 2, 49, 63),
    )
    assert sentence_texts(a) == ["Basra fell.", "Kut fell.", "Hilla rose up."]


def test_empty_body_has_no_sentences():
    assert split_sentences(article("Latest News", body=())) == ()


def test_offsets_index_normalised_text(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"\xef\xbb\xbfBasra fell\r\n\r\nMr. Sadr spoke.\r\nTroops left.\r\n")
    a = read_article(tmp_path / "crlf.txt")
    assert split_sentences(a) == (
        Sentence("crlf", 0, 0, 10),
        Sentence("crlf", 1, 12, 27),
        Sentence("crlf", 2, 28, 40),
    )
    assert sentence_texts(a) == ["Basra fell", "Mr. Sadr spoke.", "Troops left."]


def seeds() -> list[Article]:
    articles, errors = read_corpus([SEEDS])
    assert errors == []
    return articles


@pytest.mark.parametrize(
    "article_id, count",
    [
        ("000_45552ef480e63792", 28),
        ("001_eefc80d53b7e9bf4", 23),
        ("002_4c8e0b7573c1e50d", 26),
        ("003_da1223952fc45d8f", 64),
        ("004_b394796c3655e125", 31),
    ],
)
def test_seed_sentences_are_trimmed_ordered_and_in_body(article_id, count):
    [a] = [a for a in seeds() if a.id == article_id]
    sentences = split_sentences(a)
    assert len(sentences) == count
    assert [s.index for s in sentences] == list(range(count))
    assert {s.article_id for s in sentences} == {article_id}
    previous_end = 0
    for s in sentences:
        piece = a.text[s.start : s.end]
        assert piece and piece == piece.strip()
        assert previous_end <= s.start
        assert any(span.start <= s.start and s.end <= span.end for span in a.body)
        previous_end = s.end


def test_seed_003_line_break_stays_in_one_sentence():
    [a] = [a for a in seeds() if a.id == "003_da1223952fc45d8f"]
    texts = sentence_texts(a)
    [joined] = [t for t in texts if "political capital has" in t]
    assert "been severely depleted" in joined
    assert texts[0] == "US-backed assault on Basra ends in humiliation for Maliki government"
    assert "Brig. Gen. Qassem Suleimani" in texts[22]
    assert texts[22].startswith("According to a report published Sunday")


def test_seed_004_opening_sentences():
    [a] = [a for a in seeds() if a.id == "004_b394796c3655e125"]
    assert sentence_texts(a)[:4] == [
        "Revolt spreads across Iraq",
        "A mass revolt has broken out across Iraq against attempts by the US "
        "and its allies to crush the Shia Muslim resistance to the occupation.",
        "This began when Iraqi troops backed by US forces laid siege to Basra earlier this week.",
        "British troops were driven out of Basra late last year.",
    ]


def test_abbreviations_data():
    words = abbreviations()
    assert {"Mr.", "Gen.", "Brig.", "U.S.", "e.g.", "Sept."} <= words
    assert all(word.endswith(".") and " " not in word for word in words)




# -- Unicode format characters (the reliability review's M6) ----------------------------------------


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"])
def test_format_characters_after_a_full_stop_do_not_stop_the_splitter(mark):
    text = (f"{mark}Fighting in Basra killed 12 people.{mark} " * 50).strip()
    a = article(text)
    sentences = split_sentences(a)
    assert len(sentences) == 50
    for s in sentences:  # the offsets contract: text[start:end] is the sentence, trimmed of space
        piece = text[s.start:s.end]
        assert piece == piece.strip() and "Fighting in Basra killed 12 people." in piece
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))


def test_right_to_left_marks_split_as_plain_text_does():
    plain = "Fighting in Basra killed 12 people. " * 50
    marked = "\u200fFighting in Basra killed 12 people.\u200f " * 50
    assert len(split_sentences(article(plain.strip()))) == 50
    assert len(split_sentences(article(marked))) == 50  # trailing space and marks at the end too
    assert [t.replace("\u200f", "") for t in sentence_texts(article(marked))] == sentence_texts(article(plain.strip()))


def test_format_characters_are_transparent_not_spaces():
    # A zero-width space with no real space is no gap: "people.\u200bFighting" reads as "people.Fighting".
    assert len(split_sentences(article("Fighting in Basra killed 12 people.\u200bFighting went on."))) == 1
    # Around a line break (marks after the break go with the gap), and after an abbreviation.
    assert sentence_texts(article("Clashes in Kut.\u200f\n\u200fMore later.")) == ["Clashes in Kut.\u200f",
                                                                                "More later."]
    assert len(split_sentences(article("Gen.\u200f Petraeus spoke. Then he left."))) == 2


def test_text_ending_in_space_splits():
    assert sentence_texts(article("Fighting in Basra. Clashes in Kut. \n")) == ["Fighting in Basra.", "Clashes in Kut."]


# The pattern the splitter read its breaks with before: a look-ahead for the characters a break opens on,
# the space and the tab among them, then the stop's branch or the bare line break's.
_F = sentences._F
_LOOKAHEAD_BREAK_RE = re.compile(
    rf"(?=[.!?… \t\n{_F}])"
    rf"(?:(?P<stop>[.!?…](?:[ \t{_F}]?[.!?…])*)[{re.escape(sentences._CLOSERS)}{_F}]*(?P<gap>[{_F}]*\s[\s{_F}]*)"
    rf"|[ \t{_F}]*\n[\s{_F}]*)"
)
_PIECES = ("word", "Word", "3", ".", ".", "!", "?", "…", "...", " ", " ", " ", "  ", "\t", "\n", "\n\n", " \n",
           "\u200b", "\u200f", "\ufeff", "”", "’", "\"", "'", ")", "]", "»", "\r", "\x0b", "\u2028", "\xa0", "(", "é")


def test_the_breaks_are_those_of_the_look_ahead_pattern():
    # A break found from its stop, its line break or a format character before that, with the spaces and
    # tabs before it taken in: the same breaks, with the same stops and white space after, as the pattern
    # that tried every space (random text of stops, marks, spaces, line breaks and format characters).
    rng = random.Random(17)
    bare = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        want = [(m.start(), m.end(), m["stop"], m.start("gap")) for m in _LOOKAHEAD_BREAK_RE.finditer(text, start, end)]
        assert list(sentences._breaks(text, start, end)) == want, (text, start, end)
        bare += sum(stop is None for _, _, stop, _ in want)
    assert bare > 2_000
