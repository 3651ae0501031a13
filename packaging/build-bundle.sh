#!/usr/bin/env bash
# Build the one-folder standalone bundle into dist/delegation-planner/ (see docs/packaging.md).
# Uses its own virtual environment (build/bundle-venv) with the planner installed as a wheel
# would be — never an editable install, whose resources live outside the package.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=build/bundle-venv
if [ ! -x "$venv/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade "pyinstaller>=6.10,<7"
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps .
"$venv/bin/python" -m pip install --quiet .
# Run from inside build/, not the checkout: with the checkout as working directory, Python
# would import planner/ from the source tree (without its assets) instead of the install.
root=$(pwd)
(cd build && "$root/$venv/bin/python" -m PyInstaller --noconfirm --clean \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" "$root/packaging/planner.spec")
echo "bundle: $(pwd)/dist/delegation-planner  ($(du -sh dist/delegation-planner | cut -f1))"
echo "start it with: dist/delegation-planner/planner"
