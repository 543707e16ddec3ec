"""FORMAT name -> importer: `structnews import FORMAT SOURCE...`. A new format is one module and one line here."""

from __future__ import annotations

from structnews.build.ingest.importers.base import Importer
from structnews.build.ingest.importers.dumps import (
    CsvImporter,
    JsonlImporter,
    ParquetImporter,
)
from structnews.build.ingest.importers.html import HtmlImporter
from structnews.build.ingest.importers.warc import WarcImporter

IMPORTERS: dict[str, type[Importer]] = {
    "html": HtmlImporter,
    "warc": WarcImporter,
    "jsonl": JsonlImporter,
    "csv": CsvImporter,
    "parquet": ParquetImporter,
}
