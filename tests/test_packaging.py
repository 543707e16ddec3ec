"""The package works from a wheel, not only from this checkout (editable)."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

from conftest import FIXTURES, REPO


def test_wheel_ships_code_and_curated_data_and_builds(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "whl"), str(REPO)],
                   check=True, capture_output=True)
    wheel = next((tmp_path / "whl").glob("structnews-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("structnews/build/run/pipeline.py", "structnews/schema/articles.py", "structnews/curated/gazetteer.yaml",
                     "structnews/curated/boilerplate.yaml", "structnews/schema/json/quotes.schema.json",
                     "structnews/build/use/explore_assets/explorer.css",
                     "structnews/build/use/templates/article.html.j2", "structnews/build/use/explore/site.py"):
        assert expected in names, expected
    assert not any(n.startswith(("build/", "schema/", "structnews/build/lib/")) for n in names)

    target = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(target)
    # -S: no site processing, so the editable install of this checkout is invisible; the
    # dependencies come from this environment's site-packages, structnews from the wheel.
    env = {"PYTHONPATH": f"{target}:{sysconfig.get_paths()['purelib']}", "HF_HUB_OFFLINE": "1"}
    script = (
        "import sys; from pathlib import Path; import structnews.build.run.pipeline as p; "
        "assert p.__file__.startswith(sys.argv[1]), p.__file__; "
        "r = p.build(Path(sys.argv[2]), Path(sys.argv[3])); print(r.counts['quotes'])"
    )
    result = subprocess.run([sys.executable, "-S", "-c", script, str(target), str(FIXTURES / "corpus"), str(tmp_path / "out")],
                            capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) > 0
    assert (tmp_path / "out" / "data" / "quotes" / "quotes.parquet").exists()
