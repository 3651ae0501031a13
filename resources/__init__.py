"""Package marker: installs map this folder to planner.assets (see pyproject.toml), so a wheel,
an editable install and the standalone bundle all find it through importlib.resources."""
