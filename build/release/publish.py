"""``structnews publish``: upload a release folder to the Hugging Face Hub and tag it ``vX.Y.Z``.

The folder is checked before anything is sent (a card, a descriptor with a version, every shard
listed there present with the recorded SHA-256, the card written for this repository), so a
half-made or edited release is never published. The upload is one commit (``upload_folder``)
and the tag points at that commit, so ``revision="vX.Y.Z"`` always means exactly these bytes.
An existing tag is never moved: publishing the same version twice fails at ``create_tag``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from structnews.build.tables.descriptor import sha256_file


class HubApi(Protocol):
    """The part of ``huggingface_hub.HfApi`` publishing uses (a fake stands in for it in tests)."""

    def create_repo(self, repo_id: str, *, repo_type: str, exist_ok: bool, private: bool | None) -> Any: ...
    def upload_folder(self, *, repo_id: str, folder_path: str, repo_type: str, commit_message: str,
                      commit_description: str) -> Any: ...
    def create_tag(self, repo_id: str, *, tag: str, tag_message: str, revision: str | None, repo_type: str) -> Any: ...


class PublishError(Exception):
    """The folder is not a publishable release (nothing was uploaded)."""


@dataclass
class Published:
    repo_id: str
    version: str
    tag: str
    commit: str | None
    url: str


def check_release(folder: Path, repo_id: str) -> str:
    """The release's version, after checking the folder is complete and unmodified."""
    problems: list[str] = []
    card = folder / "README.md"
    desc_path = folder / "datapackage.json"
    if not card.exists():
        problems.append("README.md (the dataset card) is missing")
    if not desc_path.exists():
        raise PublishError(f"{folder}: no datapackage.json; is this a folder made by `structnews release`?")
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    version = desc.get("version")
    if not version:
        problems.append("datapackage.json has no version")
    for res in desc.get("resources", []):
        files = res.get("structnews:files")
        if not files:
            problems.append(f"resource {res.get('name')}: no structnews:files (not a release descriptor)")
            continue
        for f in files:
            path = folder / f["path"]
            if not path.exists():
                problems.append(f"{f['path']} is missing")
            elif sha256_file(path) != f["sha256"]:
                problems.append(f"{f['path']} differs from the SHA-256 recorded in datapackage.json")
    if card.exists() and f"datasets/{repo_id}" not in card.read_text(encoding="utf-8"):
        problems.append(f"the card was written for another repository; run `structnews release --repo-id {repo_id}`")
    if problems:
        raise PublishError(f"{folder} cannot be published: " + "; ".join(problems))
    return str(version)


def publish(folder: Path, repo_id: str, token: str | None = None, private: bool = False, api: HubApi | None = None) -> Published:
    """Upload ``folder`` as one commit to the dataset repo ``repo_id`` and tag it ``v<version>``."""
    version = check_release(folder, repo_id)
    if api is None:
        from huggingface_hub import HfApi

        api = HfApi(token=token)
    tag = f"v{version}"
    api.create_repo(repo_id, repo_type="dataset", exist_ok=True, private=private or None)  # None: leave as is
    info = api.upload_folder(repo_id=repo_id, folder_path=str(folder), repo_type="dataset",
                             commit_message=f"Release {tag}", commit_description=f"structnews {version}, made by `structnews release`.")
    commit = getattr(info, "oid", None)
    api.create_tag(repo_id, tag=tag, tag_message=f"structnews {version}", revision=commit, repo_type="dataset")
    return Published(repo_id, version, tag, commit, f"https://huggingface.co/datasets/{repo_id}/tree/{tag}")
