"""Packages: everything under planner/, plus resources/ installed as planner.assets.

pyproject.toml holds the rest of the build configuration; only the package list lives here,
because setuptools' automatic discovery cannot add a package mapped from another folder.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["planner", "planner.*"]), "planner.assets"])
