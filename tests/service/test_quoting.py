"""A sentence of the letter quoted back in a question (service.quoting): the letter's item answers."""

from __future__ import annotations

from service.quoting import quotations
from tests.conftest import ask, served_client


def test_quotations_are_phrases_of_four_words_or_more() -> None:
    assert quotations("The reviewer said 'No red flags are documented.' Whose MRI?") == ("no red flags are documented",)
    assert quotations("“Given the prior history of symptoms and treatment this is somewhat unique circumstances” - "
                      "which request?") == ("given the prior history of symptoms and treatment this is somewhat unique "
                                            "circumstances",)
    assert quotations("Was the 'lumbar support' approved for the woman's back?") == ()
    # typed without the marks: the sentence before a dash and a question of which request it was
    assert quotations("Given the prior history of symptoms and treatment this is somewhat unique circumstances - "
                      "which request was the reviewer talking about") == (
                          "given the prior history of symptoms and treatment this is somewhat unique circumstances",)
    assert quotations("my knee MRI - why was it denied") == ()


client = served_client("CM17-0005246", "CM16-0248034", "CM17-0011703")


def test_a_sentence_quoted_from_a_letter_answers_with_its_item(client) -> None:
    answer = ask(client, "A reviewer wrote 'There is no documentation of radicular complaints or findings of "
                 "radiculopathy.' Whose request was that, what was it for, and did it stand?")
    assert answer["kind"] == "item"
    assert answer["answer"].startswith('Denied (Upheld): no objective findings or red flags [1]. In case CM17-0005246, '
                                       'the request for "MRI (magnetic resonance imaging) of the lumbar spine" was denied')
    answer = ask(client, "'Given the prior history of symptoms and treatment this is somewhat unique circumstances' - "
                 "which request was the reviewer talking about, and was it approved?")
    assert 'In case CM16-0248034, the request for "EMG/NCS of the bilateral upper extremities" was approved' in answer["answer"]


def test_a_sentence_quoted_without_marks_answers_with_its_item(client) -> None:
    answer = ask(client, "Given the prior history of symptoms and treatment this is somewhat unique circumstances - "
                 "which request was the reviewer talking about and was it approved")
    assert 'In case CM16-0248034, the request for "EMG/NCS of the bilateral upper extremities" was approved' in answer["answer"]
