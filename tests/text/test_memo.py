"""Answers kept for the text last asked about (geodata.text.memo)."""

from geodata.text.memo import LastText


def test_answers_are_kept_for_the_same_text_and_dropped_for_another():
    memo = LastText()
    one, other = "Gunmen killed five people in Kidal.", "Shelling hit Kharkiv."
    memo.answers(one)[(0, 6)] = True
    assert memo.answers(one) == {(0, 6): True}
    assert memo.answers(other) == {}  # another text: none kept
    assert memo.answers(one) == {}  # ... and the first text's are gone, so the memory holds one text's at most


def test_a_text_is_known_by_identity_not_by_equality():
    # (two equal texts built apart are two asks; the pipeline passes one string object along an article)
    memo = LastText()
    text = "".join(["Gunmen killed ", "five people."])
    memo.answers(text)[(0, 6)] = False
    assert memo.answers("".join(["Gunmen killed ", "five people."])) == {}


def test_forget_drops_the_answers():
    memo = LastText()
    text = "Gunmen killed five people."
    memo.answers(text)[(0, 6)] = True
    memo.forget()
    assert memo.answers(text) == {}
