@echo off
rem Build the one-folder standalone bundle on Windows into dist\delegation-planner\.
rem Run from a "Developer" or plain command prompt with Python 3.11 on PATH.
cd /d "%~dp0\.."
if not exist build\bundle-venv\Scripts\python.exe py -3.11 -m venv build\bundle-venv || goto :error
build\bundle-venv\Scripts\python -m pip install --quiet "pyinstaller>=6.10" . || goto :error
build\bundle-venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\planner.spec || goto :error
echo bundle: %cd%\dist\delegation-planner
exit /b 0
:error
echo build failed
exit /b 1
