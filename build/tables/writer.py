"""The one writer of tables: records -> Arrow -> Parquet files, byte-for-byte reproducible.

(Reading a built folder back is :mod:`structnews.build.tables.folder`.)

Rows are sorted by each table's ``sort_by`` key; the Parquet writer is given fixed options and
no timestamps, so the same records always give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from structnews.schema.base import Record
from structnews.schema.projections import arrow_schema
from structnews.schema.tables import TableSpec

PARQUET_OPTIONS = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "data_page_size": 1 << 20,
}


class TableWriter:
    """Streams records into one Parquet file in fixed-size row groups (bounded memory).

    Rows must arrive in the table's sort order; the row-group size is fixed, so the bytes
    depend only on the rows.
    """

    def __init__(self, spec: TableSpec, path: Path, rows_per_group: int = 8_192):
        self.spec = spec
        self.schema = arrow_schema(spec)
        self.rows_per_group = rows_per_group
        self.buffer: list[dict] = []
        self.rows = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        options = {k: v for k, v in PARQUET_OPTIONS.items()}
        self.writer = pq.ParquetWriter(path, self.schema, **options)

    def add(self, records: list[Record]) -> None:
        self.buffer.extend(r.model_dump(mode="python") for r in records)
        while len(self.buffer) >= self.rows_per_group:
            self._flush(self.buffer[: self.rows_per_group])
            self.buffer = self.buffer[self.rows_per_group :]

    def _flush(self, rows: list[dict]) -> None:
        columns = {f.name: [row[f.name] for row in rows] for f in self.schema}
        self.writer.write_table(pa.Table.from_pydict(columns, schema=self.schema), row_group_size=self.rows_per_group)
        self.rows += len(rows)

    def close(self) -> int:
        if self.buffer or self.rows == 0:
            self._flush(self.buffer)
            self.buffer = []
        self.writer.close()
        return self.rows
