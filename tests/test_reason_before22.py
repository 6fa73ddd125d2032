"""A sentence pointing from inside at the reason the one before gave keeps that one.

"In negative sentences は often replaces が or […] for this reason." was shown alone, and "this
reason" was nowhere on the card (a blind review of session 21: weak, "a dangling 'for this
reason'"). A sentence that says its fact alone is still shown alone.
"""

import pytest
from support import cards_shown

_FIRST = ("The myelin sheath insulates the axon everywhere except at the small gaps called "
          "the nodes of Ranvier. ")


@pytest.mark.parametrize("pointer", ["for this reason", "as a result", "because of this"])
def test_a_pointer_at_the_reason_before_keeps_that_sentence(tmp_path, pointer):
    source = (f"# Neurons\n\n## Conduction\n\n{_FIRST}Impulses **jump from node to node** "
              f"in myelinated axons {pointer}.\n")
    [(front, _)] = cards_shown(tmp_path, source, text=True)
    assert front.startswith("The myelin sheath insulates the axon")
    assert front.endswith(f"Impulses [...] in myelinated axons {pointer}.")


def test_a_sentence_saying_its_fact_alone_is_still_shown_alone(tmp_path):
    source = (f"# Neurons\n\n## Conduction\n\n{_FIRST}Impulses **jump from node to node** "
              "in myelinated axons of large mammals.\n")
    [(front, _)] = cards_shown(tmp_path, source, text=True)
    assert front == "Impulses [...] in myelinated axons of large mammals."
