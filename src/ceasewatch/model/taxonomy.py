"""The target taxonomy and the acts: hierarchical ids with names in English, Ukrainian and Russian.

A category id is a dotted path (``energy.oil.refinery``); its ancestors are its prefixes (``energy.oil``,
``energy``). Scopes name categories at any level, and a category is covered when it or an ancestor is included and
neither it nor an ancestor is excluded (:func:`covered`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, NamedTuple

from pydantic import AfterValidator, WithJsonSchema

__all__ = [
    "ACTS",
    "CATEGORIES",
    "MILITARY_TARGETS",
    "ActId",
    "CategoryId",
    "Term",
    "ancestors",
    "covered",
    "is_act",
    "is_category",
    "is_military_target",
]


class Term(NamedTuple):
    """One node of a taxonomy, with its names in three languages."""

    id: str
    en: str
    uk: str
    ru: str


_CATEGORY_TERMS: tuple[Term, ...] = (
    Term("energy", "energy infrastructure", "енергетична інфраструктура", "энергетическая инфраструктура"),
    Term("energy.electricity", "electricity", "електроенергетика", "электроэнергетика"),
    Term("energy.electricity.generation", "power plant", "електростанція", "электростанция"),
    Term(
        "energy.electricity.generation.nuclear",
        "nuclear power plant",
        "атомна електростанція",
        "атомная электростанция",
    ),
    Term(
        "energy.electricity.generation.hydro",
        "hydroelectric plant or dam",
        "гідроелектростанція",
        "гидроэлектростанция",
    ),
    Term(
        "energy.electricity.generation.thermal",
        "thermal power plant",
        "теплова електростанція",
        "тепловая электростанция",
    ),
    Term(
        "energy.electricity.generation.renewable",
        "solar or wind plant",
        "сонячна або вітрова електростанція",
        "солнечная или ветровая электростанция",
    ),
    Term("energy.electricity.substation", "substation, transformer or distributor", "підстанція", "подстанция"),
    Term("energy.electricity.line", "power line", "лінія електропередачі", "линия электропередачи"),
    Term("energy.electricity.traction", "railway traction substation", "тягова підстанція", "тяговая подстанция"),
    Term("energy.oil", "oil", "нафта", "нефть"),
    Term("energy.oil.production", "oil field or well", "нафтовидобування", "нефтедобыча"),
    Term("energy.oil.refinery", "oil refinery", "нафтопереробний завод", "нефтеперерабатывающий завод"),
    Term("energy.oil.pipeline", "oil pipeline", "нафтопровід", "нефтепровод"),
    Term(
        "energy.oil.pumping_station",
        "oil pumping station",
        "нафтоперекачувальна станція",
        "нефтеперекачивающая станция",
    ),
    Term("energy.oil.storage", "oil depot or storage", "нафтобаза", "нефтебаза"),
    Term("energy.gas", "gas", "газ", "газ"),
    Term("energy.gas.production", "gas field or well", "газовидобування", "газодобыча"),
    Term("energy.gas.pipeline", "gas pipeline", "газопровід", "газопровод"),
    Term("energy.gas.compressor_station", "gas compressor station", "компресорна станція", "компрессорная станция"),
    Term(
        "energy.gas.metering_station", "gas metering station", "газовимірювальна станція", "газоизмерительная станция"
    ),
    Term(
        "energy.gas.distribution_station",
        "gas distribution station",
        "газорозподільна станція",
        "газораспределительная станция",
    ),
    Term("energy.gas.storage", "gas storage", "газове сховище", "газовое хранилище"),
    Term("energy.heat", "heating plant or network", "теплопостачання", "теплоснабжение"),
    Term("military", "military target", "військовий об'єкт", "военный объект"),
    Term("military.airbase", "airbase", "аеродром", "аэродром"),
    Term("military.naval_base", "naval base", "військово-морська база", "военно-морская база"),
    Term("military.depot", "military depot", "військовий склад", "военный склад"),
    Term("military.unit", "military unit or position", "військовий підрозділ", "воинское подразделение"),
    Term("military.industry", "defence industry", "оборонна промисловість", "оборонная промышленность"),
    Term("civilian", "civilian object", "цивільний об'єкт", "гражданский объект"),
    Term("civilian.residential", "housing", "житловий будинок", "жилой дом"),
    Term("civilian.medical", "hospital or clinic", "медичний заклад", "медицинское учреждение"),
    Term("civilian.education", "school or university", "навчальний заклад", "учебное заведение"),
    Term("civilian.transport", "transport", "транспорт", "транспорт"),
    Term("civilian.port", "port", "порт", "порт"),
    Term("civilian.industry", "civilian industry", "цивільна промисловість", "гражданская промышленность"),
    Term("civilian.other", "other civilian object", "інший цивільний об'єкт", "иной гражданский объект"),
    Term("maritime", "maritime", "морський об'єкт", "морской объект"),
    Term("maritime.vessel", "vessel", "судно", "судно"),
    Term("maritime.vessel.civilian", "civilian vessel", "цивільне судно", "гражданское судно"),
    Term("maritime.vessel.military", "warship", "військовий корабель", "военный корабль"),
    Term("unknown", "unknown target", "невідома ціль", "неизвестная цель"),
)

_ACT_TERMS: tuple[Term, ...] = (
    Term("strike", "strike", "удар", "удар"),
    Term("strike.drone", "drone strike", "удар дроном", "удар беспилотником"),
    Term("strike.missile", "missile strike", "ракетний удар", "ракетный удар"),
    Term("strike.air", "air strike", "авіаудар", "авиаудар"),
    Term("strike.artillery", "artillery strike", "артилерійський обстріл", "артиллерийский обстрел"),
    Term("strike.naval", "naval attack", "удар з моря", "удар с моря"),
    Term("sabotage", "sabotage", "диверсія", "диверсия"),
    Term("ground", "ground action", "наземні дії", "наземные действия"),
    Term("ground.assault", "ground assault", "наземний штурм", "наземный штурм"),
    Term("deployment", "deployment", "розгортання", "развертывание"),
    Term("deployment.naval", "warship movement", "переміщення військових кораблів", "перемещение военных кораблей"),
    Term("unknown", "unknown act", "невідома дія", "неизвестное действие"),
)

CATEGORIES: dict[str, Term] = {t.id: t for t in _CATEGORY_TERMS}
"""Every target category, by id."""

ACTS: dict[str, Term] = {t.id: t for t in _ACT_TERMS}
"""Every act, by id."""

MILITARY_TARGETS: tuple[str, ...] = ("military", "maritime.vessel.military")
"""The categories of military targets (with :func:`covered`): a truce on energy or civilians does not cover strikes
on them, and extraction leaves them out unless asked (``military=True``), as a full ceasefire needs them."""


def is_military_target(category: str) -> bool:
    """Whether ``category`` is a military target (under ``military``, or a warship).

    >>> is_military_target("military.airbase"), is_military_target("maritime.vessel.civilian")
    (True, False)
    """
    return covered(category, MILITARY_TARGETS)


def is_category(value: str) -> bool:
    """Whether ``value`` is a target category id."""
    return value in CATEGORIES


def is_act(value: str) -> bool:
    """Whether ``value`` is an act id."""
    return value in ACTS


def ancestors(node: str) -> list[str]:
    """The node and its ancestors, nearest first.

    >>> ancestors("energy.oil.refinery")
    ['energy.oil.refinery', 'energy.oil', 'energy']
    """
    parts = node.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


def covered(node: str, include: Iterable[str], exclude: Iterable[str] = ()) -> bool:
    """Whether ``node`` falls in a scope: it or an ancestor is included, and neither it nor an ancestor is excluded.

    >>> covered("energy.oil.refinery", ["energy.oil"], ["energy.oil.production"])
    True
    >>> covered("energy.oil.production", ["energy.oil"], ["energy.oil.production"])
    False
    """
    lineage = set(ancestors(node))
    return bool(lineage.intersection(include)) and not lineage.intersection(exclude)


def _check_category(value: str) -> str:
    if value not in CATEGORIES:
        raise ValueError(f"unknown target category '{value}'")
    return value


def _check_act(value: str) -> str:
    if value not in ACTS:
        raise ValueError(f"unknown act '{value}'")
    return value


CategoryId = Annotated[
    str,
    AfterValidator(_check_category),
    WithJsonSchema({"type": "string", "enum": sorted(CATEGORIES), "description": "a target category id"}),
]
"""A target category id, checked against the taxonomy (and listed as an enum in the published schema)."""

ActId = Annotated[
    str,
    AfterValidator(_check_act),
    WithJsonSchema({"type": "string", "enum": sorted(ACTS), "description": "an act id"}),
]
"""An act id, checked against the list of acts."""
