"""The Windows installer, its workflow and the bundle spec name the same things.

They are built only on a Windows runner; here they are read, so a rename in one of them
(the bundle folder, a program's name, the spec's path) fails before a release does.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = (ROOT / "installers" / "studio.spec").read_text("utf-8")
ISS = (ROOT / "installers" / "windows" / "studio.iss").read_text("utf-8")
WINDOWS_CI = (ROOT / ".github" / "workflows" / "windows.yml").read_text("utf-8")
MAKEFILE = (ROOT / "Makefile").read_text("utf-8")


def test_the_installer_takes_the_folder_and_programs_the_spec_makes():
    assert re.search(r'COLLECT\([^)]*name="studio"', SPEC, re.S), "bundle folder: dist/studio"
    assert '_exe("studio",' in SPEC and '_exe("studio-cli",' in SPEC
    assert '#define BundleDir AddBackslash(SourcePath) + "..\\..\\dist\\studio"' in ISS
    assert '#define MainExe "studio.exe"' in ISS
    assert "studio-cli.exe" in ISS, "the self-test shortcut runs the console program"
    assert 'Source: "{#BundleDir}\\*"' in ISS


def test_the_workflow_builds_what_the_installer_and_make_use():
    assert "--distpath dist installers/studio.spec" in WINDOWS_CI
    assert "--distpath dist" in MAKEFILE and "installers/studio.spec" in MAKEFILE
    assert "installers\\windows\\studio.iss" in WINDOWS_CI
    assert "dist\\studio\\studio-cli.exe --self-test" in WINDOWS_CI
    # the installer's file name, as the .iss writes it, is what the workflow uploads
    assert "OutputBaseFilename=studio-{#AppVersion}-setup" in ISS
    assert "dist/studio-*-setup.exe" in WINDOWS_CI


def test_one_version_for_the_programs_and_the_installer():
    version = re.search(
        r'^__version__ = "([^"]+)"', (ROOT / "studio" / "__init__.py").read_text("utf-8"), re.M
    )
    assert version, "studio/__init__.py holds the version"
    assert 'vi.StringStruct("ProductVersion", VERSION)' in SPEC
    # without /DAppVersion the installer reads the version the spec wrote into studio.exe
    assert 'GetStringFileInfo(BundleDir + "\\" + MainExe, "ProductVersion")' in ISS


@pytest.mark.parametrize("workflow", sorted((ROOT / ".github" / "workflows").glob("*.yml")))
def test_the_workflows_are_valid_for_github(workflow):
    """A misspelt key (runs_on, a step with neither run nor uses) is rejected, as GitHub would."""
    checked = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema",
         "vendor.github-workflows", str(workflow)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
