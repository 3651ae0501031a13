@echo off
rem Build the one-folder standalone bundle on Windows into dist\delegation-planner\.
rem Run from a "Developer" or plain command prompt with Python 3.11 on PATH.
cd /d "%~dp0\.."
if not exist build\bundle-venv\Scripts\python.exe py -3.11 -m venv build\bundle-venv || goto :error
build\bundle-venv\Scripts\python -m pip install --quiet "pyinstaller>=6.10" . || goto :error
rem From inside build\, so the installed planner (with its assets) is bundled, not the source tree.
set root=%cd%
pushd build
"%root%\build\bundle-venv\Scripts\python" -m PyInstaller --noconfirm --clean --distpath "%root%\dist" --workpath "%root%\build\pyinstaller" "%root%\packaging\planner.spec" || goto :error
popd
echo bundle: %cd%\dist\delegation-planner
exit /b 0
:error
echo build failed
exit /b 1
