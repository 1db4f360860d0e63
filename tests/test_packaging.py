"""One importable package: flows/, transforms/ and expectations/ install under `newsfacts` (issue 13)."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {
    "newsfacts": "newsfacts",
    "flows": "newsfacts.flows",
    "transforms": "newsfacts.transforms",
    "expectations": "newsfacts.expectations",
}


def test_every_package_folder_is_installed_under_newsfacts():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = set()
    for folder, package in FOLDERS.items():
        assert setuptools["package-dir"][package] == folder
        for init in (ROOT / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((package, *parts)))
    assert set(setuptools["packages"]) == found  # a new subpackage must be listed, or a wheel leaves it out


def test_the_installed_project_adds_only_newsfacts_to_site_packages():
    top_level = importlib.metadata.distribution("newsfacts").read_text("top_level.txt")
    assert top_level.split() == ["newsfacts"]


def test_the_folders_import_under_the_package_name():
    import newsfacts.expectations.runner
    import newsfacts.flows.pipeline
    import newsfacts.transforms.events

    assert Path(newsfacts.transforms.events.__file__).parent == ROOT / "transforms" / "events"
    assert Path(newsfacts.flows.pipeline.__file__).parent == ROOT / "flows"
    assert newsfacts.expectations.runner.__name__ == "newsfacts.expectations.runner"
