"""Direct quotes: a speaker named by age ('the 41-year-old said'), invented sentences.

The age may be given with the name first ('Ann Lind, 45,') or appear only in the reference, which
then goes on with the person the sentences before are about (build/extract/quotes/ages.py).
"""

from __future__ import annotations

from helpers_nlp import analyse


def test_an_age_given_with_the_name_still_finds_its_person():
    a = analyse('Pia Norgaard, 52, runs the bakery. Her neighbour Olaf Brandt said it was busy.\n\n'
                '“We bake from four in the morning,” the 52-year-old said.')
    assert a.speaker(a.direct("We bake")) == "Pia Norgaard"


def test_an_age_first_given_in_the_reference_is_the_topical_subject():
    a = analyse('The harbour firm Veltra lost the files of 9,000 clients, the news site Portside reported.\n\n'
                'Veltra\'s founder, Ida Kemppainen, posted a video message on Tuesday evening.\n\n'
                '“I take the blame for this,” the 38-year-old said.')
    assert a.speaker(a.direct("I take the blame")) == "Ida Kemppainen"


def test_a_person_given_another_age_is_not_the_one():
    a = analyse('Rolf Aas, 70, chaired the meeting.\n\n“The vote was fair,” the 44-year-old said.')
    assert a.speaker(a.direct("The vote was fair")) is None


def test_an_indefinite_age_is_somebody_new():
    a = analyse('Mayor Lene Dahl opened the bridge on Monday. “It shakes when trucks pass,” a 61-year-old '
                'driver said.')
    assert a.speaker(a.direct("It shakes")) is None


def test_the_father_of_five_is_the_topical_subject_the_father_of_the_victim_is_not():
    # 'of' with a bare number makes an epithet of the person the story is about
    a = analyse('Queues grew on Monday. Tomas Reiter, a bus driver, said he had waited since dawn. '
                '“I have earned nothing today,” the father of five said.')
    assert a.speaker(a.direct("I have earned nothing")) == "Tomas Reiter"
    a = analyse('Tomas Reiter said the queue was long. Police said a man had been shot. '
                '“He was my only son,” the father of the victim said.')
    assert a.speaker(a.direct("He was my only son")) is None
