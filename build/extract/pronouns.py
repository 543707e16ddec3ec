"""Pronouns: which words are pronouns of which kind, and the subject chain they are resolved from.

Quotes (a speaker written as 'he' or 'it') and events (an actor written as 'they') resolve
pronouns with the same small centering model: the subjects of the article, in text order, are
the antecedents, and a pronoun refers to the latest subject before it of the kind it can stand
for. This module holds the two things they share - one table of pronoun forms, from which each
caller takes the class it needs by its grammatical features, and :class:`SubjectChain`, the
antecedents and the look-up.

What differs stays with the caller, because it differs for a reason: a quote's speaker may be an
unnamed source ('a senior official ... he said') and is looked for without a distance limit (a
speaker is often named paragraphs before), while an event's participant must be an entity
and is looked for within three sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

Person = Literal[1, 2, 3]
Number = Literal["singular", "plural"]
Gender = Literal["masculine", "feminine", "neuter"]
Case = Literal["subject", "object", "possessive"]
Kind = Literal["personal", "relative"]


@dataclass(frozen=True)
class Form:
    """One written form of a pronoun with its grammatical features (None: not marked for it)."""

    word: str
    kind: Kind
    person: Person | None = None
    number: Number | None = None
    gender: Gender | None = None
    case: Case | None = None


# The one definition of the pronouns. A word with two uses has two rows ('her': object and
# possessive; 'that': subject and object relative).
FORMS: tuple[Form, ...] = (
    Form("i", "personal", 1, "singular", None, "subject"),
    Form("me", "personal", 1, "singular", None, "object"),
    Form("my", "personal", 1, "singular", None, "possessive"),
    Form("we", "personal", 1, "plural", None, "subject"),
    Form("us", "personal", 1, "plural", None, "object"),
    Form("our", "personal", 1, "plural", None, "possessive"),
    Form("you", "personal", 2, None, None, "subject"),
    Form("you", "personal", 2, None, None, "object"),
    Form("your", "personal", 2, None, None, "possessive"),
    Form("he", "personal", 3, "singular", "masculine", "subject"),
    Form("him", "personal", 3, "singular", "masculine", "object"),
    Form("his", "personal", 3, "singular", "masculine", "possessive"),
    Form("she", "personal", 3, "singular", "feminine", "subject"),
    Form("her", "personal", 3, "singular", "feminine", "object"),
    Form("her", "personal", 3, "singular", "feminine", "possessive"),
    Form("hers", "personal", 3, "singular", "feminine", "possessive"),
    Form("it", "personal", 3, "singular", "neuter", "subject"),
    Form("it", "personal", 3, "singular", "neuter", "object"),
    Form("its", "personal", 3, "singular", "neuter", "possessive"),
    Form("they", "personal", 3, "plural", None, "subject"),
    Form("them", "personal", 3, "plural", None, "object"),
    Form("their", "personal", 3, "plural", None, "possessive"),
    Form("theirs", "personal", 3, "plural", None, "possessive"),
    Form("who", "relative", case="subject"),
    Form("whom", "relative", case="object"),
    Form("which", "relative", case="subject"),
    Form("which", "relative", case="object"),
    Form("that", "relative", case="subject"),
    Form("that", "relative", case="object"),
)

PERSONAL_GENDERS: frozenset[Gender] = frozenset({"masculine", "feminine"})


def words(
    kind: Kind = "personal",
    *,
    person: Person | None = None,
    number: Number | None = None,
    genders: Iterable[Gender] | None = None,
    cases: Iterable[Case] | None = None,
) -> frozenset[str]:
    """The pronoun words of a kind that have all the given features (None: any)."""
    gender_set = None if genders is None else set(genders)
    case_set = None if cases is None else set(cases)
    return frozenset(
        f.word for f in FORMS
        if f.kind == kind
        and (person is None or f.person == person)
        and (number is None or f.number == number)
        and (gender_set is None or f.gender in gender_set)
        and (case_set is None or f.case in case_set)
    )


# The classes the extractors ask for.
HE_SHE = words(person=3, number="singular", genders=PERSONAL_GENDERS)  # he him his she her hers
HE_SHE_SUBJECT = words(person=3, number="singular", genders=PERSONAL_GENDERS, cases={"subject"})  # he she
HE_SHE_ARGUMENT = words(person=3, number="singular", genders=PERSONAL_GENDERS, cases={"subject", "object"})  # he she him her
THEY = words(person=3, number="plural")  # they them their theirs
THEY_SUBJECT = words(person=3, number="plural", cases={"subject"})  # they
PLURAL_SUBJECT = words(number="plural", cases={"subject"})  # they we
IT = words(person=3, genders={"neuter"})  # it its
IT_SUBJECT = words(person=3, genders={"neuter"}, cases={"subject"})  # it
RELATIVE = words("relative")  # who whom which that
RELATIVE_SUBJECT = words("relative", cases={"subject"})  # who which that
# Subjects that never start a chain: pronouns are resolved from it, not added to it, and
# demonstratives and expletive 'there' name nothing. Not 'us' and 'me': lower-cased, they are
# also 'US' and 'ME', which are names.
NON_ANTECEDENTS = (HE_SHE | words(cases={"subject", "object"}) | frozenset({"this", "that", "there"})) - {"us", "me"}


AntecedentKind = Literal["person", "party", "group", "other"]
R = TypeVar("R")


@dataclass(frozen=True)
class Antecedent(Generic[R]):
    """A subject a later pronoun may refer to.

    ``token`` is the index of the last token it is hidden from: a pronoun at a greater index can
    refer to it (for a subject, its own token; for an antecedent that only counts once its
    sentence is over, the sentence's last token)."""

    token: int
    sentence: int
    kind: AntecedentKind  # person: one person; party: an organisation or country; group: several
    referent: R


@dataclass
class SubjectChain(Generic[R]):
    """The article's antecedents in text order (they must be added in that order)."""

    entries: list[Antecedent[R]] = field(default_factory=list)

    def add(self, token: int, sentence: int, kind: AntecedentKind, referent: R) -> None:
        self.entries.append(Antecedent(token, sentence, kind, referent))

    def latest(
        self,
        before: int,
        kind: AntecedentKind,
        since_sentence: int | None = None,
        where: Callable[[Antecedent[R]], bool] | None = None,
    ) -> Antecedent[R] | None:
        """The latest antecedent of this kind that a pronoun at token ``before`` can see,
        not earlier than ``since_sentence``."""
        for entry in reversed(self.entries):
            if entry.token >= before:
                continue
            if since_sentence is not None and entry.sentence < since_sentence:
                break
            if entry.kind == kind and (where is None or where(entry)):
                return entry
        return None
