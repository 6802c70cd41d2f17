"""Search means the same on both engines: case and diacritics do not matter, and the characters
that are wildcards to SQL LIKE (PostgreSQL's trigram search) match only themselves."""

from __future__ import annotations

from desktop.services.customers.search import CustomerQueries, CustomerQuery
from tests.services.customers.conftest import World


def _found(world: World, typed: str) -> set[int]:
    service = CustomerQueries(world.register, world.lukija)
    return {row.id for row in service.page(CustomerQuery(text=typed))}


def test_case_and_diacritics_do_not_matter(world: World) -> None:
    assert _found(world, "ASIAK") == {world.anna}
    assert _found(world, "bergstrom") == _found(world, "Bergström") == {world.bertta}
    assert _found(world, "AS") == {world.anna}  # two letters: the start of the sort name


def test_like_wildcards_match_only_themselves(world: World) -> None:
    assert _found(world, "as%as") == set()  # '%' would match "asiakas"
    assert _found(world, "an_a") == set()  # '_' would match "anna"
    assert _found(world, "as\\ia") == set()
