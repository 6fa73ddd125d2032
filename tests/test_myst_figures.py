"""MyST (Jupyter Book) figures, typed as fences ("```{figure} heart.png", options, caption):
read as code, their image and caption were lost ("code makes no card"); they are figures of
their section as `![caption](heart.png)` is."""

from __future__ import annotations

from support import png
from test_markdown_idioms import build, check

ARTICLE = ("# Heart\n\n## Chambers\n\n"
           "```{figure} heart.png\n:name: fig-heart\n:width: 60%\n\n"
           "The four chambers of the heart: two atria above two ventricles.\n```\n\n"
           "The **left ventricle** pumps oxygenated blood into the aorta.\n\n"
           "```{figure} heart.png\n---\nname: fig-atrium\n---\n"
           "The **right atrium** receives deoxygenated blood from the venae cavae.\n```\n")


def test_a_myst_figure_is_an_image_with_its_caption(tmp_path):
    (tmp_path / "in").mkdir(parents=True)
    (tmp_path / "in" / "heart.png").write_bytes(png())
    shown, _, _ = build(tmp_path, ARTICLE)
    sources = {answers[0]: source for _, answers, *_, source in shown}
    # An unmarked caption: the figure goes on the back of its section's cards.
    assert "The four chambers of the heart" in sources["left ventricle"], sources
    # A marked phrase in the caption is asked, with the image on the card.
    assert "right atrium" in sources, sources


def test_a_myst_figure_is_no_code_block_to_check(tmp_path):
    (tmp_path / "check").mkdir(parents=True)
    (tmp_path / "check" / "heart.png").write_bytes(png())
    assert "code block ({figure})" not in check(tmp_path, ARTICLE)
