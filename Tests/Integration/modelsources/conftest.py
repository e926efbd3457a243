"""Model files written once per session by the reference writers (write_model_files.py).

    VRAMLINT=.build/release/vramlint pytest Tests/Integration/modelsources
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import write_model_files  # noqa: E402


@pytest.fixture(scope="session")
def model_files(tmp_path_factory):
    return write_model_files.write_all(tmp_path_factory.mktemp("model-files"))


@pytest.fixture(scope="session")
def files_dir(model_files):
    return Path(model_files["hf"]["path"]).parent
