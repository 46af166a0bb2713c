import random

from geodata.places.words import actor_aliases_text, in_actor_aliases


def test_in_actor_aliases_is_the_look_through_the_aliases_text():
    # The kept answer is the look it keeps: names inside an alias, across two aliases, and not in any.
    text = actor_aliases_text()
    rng = random.Random(5)
    keys = ["pakistan", "taliban pakistan", "boko", "kabul", "baghdad", "", "|", "s|b", "army|arakan"]
    for _ in range(300):
        at = rng.randrange(len(text))
        keys.append(text[at:at + rng.randrange(1, 25)])
        keys.append("".join(rng.choice("abeilnorst |") for _ in range(rng.randrange(1, 8))))
    for key in keys:
        assert in_actor_aliases(key) == (key in text), key
        assert in_actor_aliases(key) == (key in text), key  # asked again: the kept answer
