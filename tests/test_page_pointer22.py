"""An aside pointing at the page the note is on is left off the front.

"The [facilitation model] holds that … for later ones (see the section)." (a blind review of
session 21: weak, "'(see the section)' refers to the source, which the learner cannot see").
The back keeps the author's text whole.
"""

import pytest
from support import cards_shown


@pytest.mark.parametrize("pointer", ["(see the section)", "(see Figure 3)", "(see lecture 4)",
                                     "(cf. p. 12)"])
def test_a_page_pointer_is_left_off_the_front(tmp_path, pointer):
    source = ("# Ecology\n\n## Models\n\nThe **facilitation model** holds that early species "
              f"make the site more suitable for later ones {pointer}.\n")
    [(front, back)] = cards_shown(tmp_path, source, text=True)
    assert front.replace(" .", ".") == ("The [...] holds that early species make the site more "
                                        "suitable for later ones.")
    assert pointer in back


def test_an_aside_naming_a_thing_to_see_stays_as_a_cue(tmp_path):
    source = ("# Biochemistry\n\n## Respiration\n\nPyruvate enters the **link reaction** "
              "(see Krebs cycle).\n")
    [(front, _)] = cards_shown(tmp_path, source, text=True)
    assert "(see Krebs cycle)" in front
