"""An assault told with where the blow landed ("punched in the face") is recorded by a case summary that
records an injury of that place (service.mechanism.recorded_share): the tune letter CM17-0010885 (a
50-year-old woman) never says "assault", only "face contusion"; a summary that records an assault but no
injury there records it by half."""

from __future__ import annotations

from service.mechanism import blow_place, mechanisms, recorded_share

# CM17-0010885's case summary, word for word
_FACE = ("The injured worker is a 50-year-old female, with a reported date of injury of 10-18-2016. The diagnoses "
         "include facial pain, adjustment disorder, neck muscle strain, traumatic brain injury, and face contusion.")


def test_where_the_blow_landed() -> None:
    text = "my mom is 50 and got punched in the face at work. did IMR help her at all?"
    assert mechanisms(text) == ("assault",)
    assert blow_place(text) == "face"
    assert blow_place("the guy who was punched on the jaw") == "jaw"
    assert blow_place("the woman who was assaulted") == ""


def test_an_injury_of_the_place_records_the_blow() -> None:
    assert recorded_share("assault", _FACE, "face") == 1.0
    assert recorded_share("assault", "She was assaulted by a customer and hurt her neck.", "face") == 0.5
    assert recorded_share("assault", "She injured her neck lifting boxes.", "face") == 0.0
    # no place told: the mechanism's own words only
    assert recorded_share("assault", _FACE, "") == 0.0
    assert recorded_share("assault", "She was assaulted by a customer.", "") == 1.0
