"""Things asked in the plural and counted are each of them (service.flows.chosen._counted): "I'm 54, ..., they turned
down my two creams, the ones with lidocaine, why?" explained one of the 54-year-old woman's two lidocaine creams."""

from __future__ import annotations

from service.flows.chosen import _counted
from service.understand import understand
from tests.conftest import ask, served_client

STORY = ("I work as a sewing machine operator, I'm 54, my right elbow and wrist hurt, they turned down my two creams, the "
         "ones with lidocaine, why?")
FLURBIPROFEN = "Flurbiprofen 10%/Dextromethorphan 5%/Lidocaine 5%, 120grams #1"
AMITRIPTYLINE = "Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1"

# CM17-0013716: a 54-year-old woman (sewing machine), naproxen, pantoprazole and two compounded creams, all upheld
client = served_client("CM17-0013716")


def test_a_count_before_the_things_asked():
    assert _counted(understand(STORY))
    assert _counted(understand("why were her 2 creams denied?"))
    assert not _counted(understand("why were her creams denied?"))
    assert not _counted(understand("why was the cream denied 2 times?"))


def test_each_counted_thing_is_explained(client) -> None:
    # (over this one letter "creams" is no word the index knows: "lidocaine creams" names them)
    answer = ask(client, "I'm 54, I work a sewing machine, they turned down my two lidocaine creams, why?")
    titles = {c["request"] for c in answer["citations"]}
    assert {FLURBIPROFEN, AMITRIPTYLINE} <= titles
    assert answer["answer"].count("was denied (Upheld: not authorised)") == 2
