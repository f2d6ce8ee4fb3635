"""A synthetic news corpus about fictional families, deterministic from a seed.

`Corpus(seed, size)` describes a world scaled to `size` documents (about one family per twenty
documents, one organization per two hundred) and generates document `i` on demand, on its own
random stream, so any document can be produced alone, in any order, in constant memory:

- `corpus.text(i)` is the article as a file would hold it (title on the first line, a dateline,
  a teaser line of junk, paragraphs), for benchmarks that run the real pipeline on it;
- `corpus.analysis(i)` is the same document as a `DocumentAnalysis` built directly, with the
  mentions (local cluster keys p1, p2... and organization:/place: keys), claims and quotes the
  real pipeline would produce, every offset slicing the text, so a large store can be filled
  through `KnowledgeBase.add_analyses` without paying for spaCy.

Stories mix the same facts retold (marriages, births, meetings, siblings, jobs), contradictions
(a wedding year off by one, an age that implies another birth year), quotes told to outlets and
syndicated copies (about one document in ten is a lightly edited copy of an earlier one).
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..model import DocumentAnalysis, Interval, year_interval
from . import synthetic_names as W
from .synthetic_text import Builder as _Builder

COPY_RATE = 0.1


@dataclass(frozen=True)
class Person:
    first: str
    surname: str
    gender: str  # "f" | "m"
    birth: dt.date
    occupation: str
    employer: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass(frozen=True)
class Family:
    number: int
    a: Person
    b: Person
    met: int
    married: int
    city: str
    children: tuple[Person, ...]
    sibling: Person


class Corpus:
    """The fictional world behind `size` documents; documents are generated on demand."""

    def __init__(self, seed: int = 7, size: int = 1000):
        self.seed = seed
        self.size = size
        self.n_families = max(8, size // 20)
        self._families: dict[int, Family] = {}

    # ------------------------------------------------------------------ the world
    @cached_property
    def organizations(self) -> tuple[str, ...]:
        rng = random.Random(f"{self.seed}:orgs")
        names = [f"{h} {t}" for h in W.ORG_HEADS for t in W.ORG_TAILS]
        names += [f"{c} {h} {t}" for c in W.CITIES for h in W.ORG_HEADS for t in W.ORG_TAILS]
        want = min(len(names), 40 + self.size // 200)
        head = names[:len(W.ORG_HEADS) * len(W.ORG_TAILS)]
        rng.shuffle(head)
        return tuple((head + names[len(head):])[:want])

    def family(self, n: int) -> Family:
        if n not in self._families:
            self._families[n] = self._make_family(n)
        return self._families[n]

    def _person(self, rng: random.Random, surname: str, gender: str, born: int) -> Person:
        first = rng.choice(W.FIRST_F if gender == "f" else W.FIRST_M)
        birth = dt.date(born, rng.randint(1, 12), rng.randint(1, 28))
        return Person(first, surname, gender, birth, rng.choice(W.OCCUPATIONS),
                      rng.choice(self.organizations))

    def _make_family(self, n: int) -> Family:
        rng = random.Random(f"{self.seed}:family:{n}")
        surname = W.SURNAMES[(n * 7919 + self.seed) % len(W.SURNAMES)]
        ga = rng.choice("fm")
        gb = "m" if ga == "f" else "f"
        a = self._person(rng, surname, ga, rng.randint(1960, 1985))
        b_surname = surname if rng.random() < 0.4 else rng.choice(W.SURNAMES)
        b = self._person(rng, b_surname, gb, a.birth.year + rng.randint(-4, 4))
        met = max(a.birth.year, b.birth.year) + rng.randint(20, 28)
        married = met + rng.randint(1, 6)
        children = tuple(self._person(rng, surname, rng.choice("fm"), married + 1 + 2 * k
                                      + rng.randint(0, 1)) for k in range(rng.randint(1, 3)))
        sibling = self._person(rng, surname, rng.choice("fm"), a.birth.year + rng.randint(-6, 6))
        return Family(n, a, b, met, married, rng.choice(W.CITIES), children, sibling)

    # ------------------------------------------------------------------ documents
    def text(self, i: int) -> str:
        return self._compose(i).text

    def name(self, i: int) -> str:
        return f"{i:07d}.txt"

    def analysis(self, i: int) -> DocumentAnalysis:
        return self._compose(i).analysis(f"synthetic/{self.name(i)}")

    def texts(self, stop: int, start: int = 0) -> Iterator[str]:
        return (self.text(i) for i in range(start, stop))

    def analyses(self, stop: int, start: int = 0) -> Iterator[DocumentAnalysis]:
        return (self.analysis(i) for i in range(start, stop))

    def write_texts(self, folder: Path, stop: int, start: int = 0) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(start, stop):
            path = folder / self.name(i)
            path.write_text(self.text(i), encoding="utf-8")
            paths.append(path)
        return paths

    def copy_of(self, i: int) -> int | None:
        """The earlier document that document `i` is a syndicated copy of, if any."""
        rng = random.Random(f"{self.seed}:kind:{i}")
        if i > 0 and rng.random() < COPY_RATE:
            return rng.randrange(i)
        return None

    def _compose(self, i: int) -> _Builder:
        original = self.copy_of(i)
        if original is None:
            return _story(self, random.Random(f"{self.seed}:doc:{i}"), None)
        variant = random.Random(f"{self.seed}:copy:{i}")
        return _story(self, random.Random(f"{self.seed}:doc:{original}"), variant)


def _age_interval(age: int, on: dt.date, text: str) -> Interval:
    """An age stated on a day: born after `on` minus age+1 years, on or before `on` minus age."""
    return Interval(_years_before(on, age + 1) + dt.timedelta(days=1), _years_before(on, age),
                    "year", text)


def _years_before(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # 29 February
        return d.replace(year=d.year - n, day=28)


def _age(p: Person, on: dt.date) -> int:
    return on.year - p.birth.year - ((on.month, on.day) < (p.birth.month, p.birth.day))


def _story(corpus: Corpus, rng: random.Random, copy: random.Random | None) -> _Builder:
    """One article about one family; `copy` (a second random stream) makes a syndicated copy:
    another outlet, a later day, a credit line at the end, the same story otherwise."""
    fam = corpus.family(rng.randrange(corpus.n_families))
    a, b = fam.a, fam.b
    b_ = _Builder()
    published = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
    outlet = rng.choice(W.OUTLETS)
    original_outlet = outlet
    if copy is not None:
        published += dt.timedelta(days=copy.randint(0, 3))
        outlet = copy.choice([o for o in W.OUTLETS if o != original_outlet])
    b_.outlet, b_.published = outlet, published
    married = fam.married + (rng.choice((-1, 1)) if rng.random() < 0.12 else 0)
    met = fam.met + (rng.choice((-1, 1)) if rng.random() < 0.12 else 0)

    # title line, dateline
    pa = b_.person(a)
    b_.add(" and ")
    pb = b_.person(b)
    b_.add(" " + rng.choice(("Open Up About Family Life", "Mark Another Anniversary",
                             "Share Their Love Story", "Talk Work, Kids and Marriage")))
    b_.title = b_.text
    b_.add(f"\n\nPublished {W.MONTHS[published.month - 1]} {published.day}, {published.year}\n\n")

    # lead: the marriage
    b_.begin()
    b_.person(a)
    b_.add(" and ")
    b_.person(b)
    b_.add(f" have been married since {married}")
    b_.claim(pa, "spouse", "married", object=pb)
    b_.claim(pa, "marriage", "married", object=pb, time=year_interval(married, str(married)))
    b_.end()

    paragraphs = [_meeting, _children, _sibling, _job_a, _job_b, _quote_a, _quote_b]
    rng.shuffle(paragraphs)
    paragraphs = paragraphs[:rng.randint(3, 5)]
    teaser_at = rng.randrange(len(paragraphs))
    for n, paragraph in enumerate(paragraphs):
        b_.add("\n\n")
        paragraph(b_, rng, corpus, fam, pa, pb, met=met)
        for _ in range(rng.randint(1, 3)):
            b_.add(" " + _filler(rng))
        if n == teaser_at:
            b_.add("\n\n")
            start, end = b_.add("RELATED: " + rng.choice(W.TEASERS))
            b_.removed.append((start, end, "teaser_headline"))
    if copy is not None:
        b_.add(f"\n\nThis article originally appeared in {original_outlet}.")
    b_.add("\n")
    return b_


def _filler(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(W.FILLERS)
    words = {k: rng.choice(v) for k, v in W.FILLER_WORDS.items()}
    text = rng.choice(W.FILLER_TEMPLATES).format(
        n=rng.randint(200, 90000), m=rng.randint(2, 60), city=rng.choice(W.CITIES),
        month=rng.choice(W.MONTHS), Crowd=words["crowd"].capitalize(), **words)
    return text


def _meeting(b_: _Builder, rng, corpus, fam: Family, pa, pb, met: int) -> None:
    age = _age(fam.a, b_.published)
    if rng.random() < 0.1:
        age += rng.choice((-1, 1)) * rng.randint(2, 6)  # a contradiction: another birth year
    b_.begin()
    b_.person(fam.a, _short(fam, fam.a))
    b_.add(f", {age}, met ")
    b_.person(fam.b, "first")
    b_.add(f" in {met} in ")
    place = b_.org(fam.city, "place")
    b_.claim(pa, "date_of_birth", str(age), time=_age_interval(age, b_.published, str(age)))
    b_.claim(pa, "first_met", "met", object=pb, time=year_interval(met, str(met)), place=place)
    b_.end()


def _children(b_: _Builder, rng, corpus, fam: Family, pa, pb, met: int) -> None:
    for n, child in enumerate(fam.children):
        born = child.birth.year + (rng.choice((-1, 1)) if rng.random() < 0.08 else 0)
        if n:
            b_.add(" ")
        b_.begin()
        b_.add("Their " + ("daughter" if child.gender == "f" else "son") + ", ")
        pc = b_.person(child)
        b_.add(f", was born in {born}")
        b_.claim(pa, "child", "daughter" if child.gender == "f" else "son", object=pc)
        b_.claim(pb, "child", "daughter" if child.gender == "f" else "son", object=pc)
        b_.claim(pc, "date_of_birth", "born", time=year_interval(born, str(born)))
        b_.end()


def _sibling(b_: _Builder, rng, corpus, fam: Family, pa, pb, met: int) -> None:
    s = fam.sibling
    word = "sister" if s.gender == "f" else "brother"
    b_.begin()
    b_.person(fam.a, "first")
    b_.add(f"'s {word}, ")
    ps = b_.person(s)
    b_.add(f", works as {_a(s.occupation)} at ")
    org = b_.org(s.employer)
    b_.claim(pa, "sibling", word, object=ps)
    b_.claim(ps, "occupation", s.occupation, value=s.occupation)
    b_.claim(ps, "employer", "works", object=org)
    b_.end()


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _short(fam: Family, p: Person) -> str:
    """How a later sentence names a spouse: the surname, or the first name when both spouses
    share the surname (as a reporter would, to stay unambiguous)."""
    return "first" if fam.a.surname == fam.b.surname else "surname"


def _job(b_: _Builder, rng, fam: Family, p: Person, key: str, with_age: bool) -> None:
    b_.begin()
    b_.person(p, _short(fam, p))
    if with_age:
        age = _age(p, b_.published)
        if rng.random() < 0.1:
            age += rng.choice((-1, 1)) * rng.randint(2, 6)
        b_.add(f", {age},")
        b_.claim(key, "date_of_birth", str(age), time=_age_interval(age, b_.published, str(age)))
    b_.add(f" is {_a(p.occupation)} at ")
    org = b_.org(p.employer)
    b_.claim(key, "occupation", p.occupation, value=p.occupation)
    b_.claim(key, "employer", "is a", object=org)
    b_.end()
    b_.add(" ")
    b_.pronoun(p, capital=True)
    b_.add(" has worked there for " + rng.choice(("years", "a decade", "a long time")) + ".")


def _job_a(b_, rng, corpus, fam, pa, pb, met):
    _job(b_, rng, fam, fam.a, pa, with_age=False)


def _job_b(b_, rng, corpus, fam, pa, pb, met):
    _job(b_, rng, fam, fam.b, pb, with_age=True)


def _quote(b_: _Builder, rng, fam: Family, p: Person, key: str) -> None:
    text = rng.choice(W.QUOTES)
    b_.add("\u201c")
    start, end = b_.add(text)
    b_.add(",\u201d ")
    b_.person(p, _short(fam, p))
    b_.add(" ")
    cs, ce = b_.add("told")
    b_.add(" ")
    outlet = b_.outlet
    b_.org(outlet)
    b_.add(".")
    b_.quotes.append((start, end, text, key, outlet, cs, ce))


def _quote_a(b_, rng, corpus, fam, pa, pb, met):
    _quote(b_, rng, fam, fam.a, pa)


def _quote_b(b_, rng, corpus, fam, pa, pb, met):
    _quote(b_, rng, fam, fam.b, pb)
