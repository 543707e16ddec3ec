"""Cues v77: diseases and viruses named like places or people ('Marburg virus', 'cholera',
'Alzheimer's') are no entities of any OntoNotes type (curated ``non_entities``). Invented text."""

from __future__ import annotations

from helpers_nlp import analyse


def test_diseases_are_no_entities() -> None:
    names = [e.name for e in analyse(
        "Health body declares Marburg outbreak an emergency\n\nThe agency on Thursday declared an outbreak of Marburg "
        "virus disease in Uganda an emergency. Marburg, a close cousin of Ebola, spreads fast. A regulator in Europe "
        "rejected the company's Alzheimer's drug, and Cholera killed more than 600 people in Sudan.").entities]
    assert not {"Marburg", "Alzheimer", "Cholera"} & set(names), names
    assert {"Uganda", "Sudan"} <= set(names), names
