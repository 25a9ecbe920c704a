"""The real engine with its packaged models reads generated screenshots and photos of them (a small
subset of ``python -m bench evidence_read``; the benchmark reports the accuracy on the whole set)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("rapidocr", reason="the OCR engine is not installed (bash scripts/setup.sh)")

from app.domain.errors import InvalidInput
from app.services.evidence_reader.reading import read_image_bytes, read_image_file
from bench.evidence.samples import samples

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PAYMENT_FIELDS = ("kind", "amount", "paid_at", "year_shown", "payee", "transaction_no", "order_no", "card_tail")


@pytest.mark.parametrize(
    ("layout", "photographed"), [("transfer_bill", False), ("qr_bill", True), ("red_envelope_open", False)]
)
def test_a_screenshot_or_a_photo_of_it_gives_the_fields_printed_on_it(layout, photographed):
    for sample in samples(1, seed=11, layouts=[layout]):
        if sample.photographed != photographed:
            continue
        reading = read_image_bytes(sample.data, sample.name, file_date=sample.file_date)
        got = {name: getattr(reading, name) for name in PAYMENT_FIELDS}
        want = {name: getattr(sample.truth, name) for name in PAYMENT_FIELDS}
        assert got == want, sample.name


def test_a_chat_screenshot_gives_its_messages_as_text():
    sample = next(samples(1, seed=5, layouts=["chat_light"]))
    reading = read_image_bytes(sample.data, sample.name)
    assert reading.kind == "chat"
    assert reading.amount is None
    compact = "".join(reading.text.split())
    assert sum(message in compact for message in sample.truth.messages) >= len(sample.truth.messages) - 1


def test_a_file_that_is_no_image_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "转账.png"
    bad.write_bytes(b"not a picture")
    with pytest.raises(InvalidInput, match="不是可识别的图片文件"):
        read_image_file(bad)


def test_the_command_prints_one_object_per_image_and_refuses_a_bad_file(tmp_path):
    paths = [s.save(tmp_path) for s in samples(1, seed=3, layouts=["qr_success", "red_envelope_sent"], photos=False)]
    done = subprocess.run(
        [sys.executable, "main.py", "evidence", "read", *map(str, paths), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert [r["file"] for r in records] == [str(p) for p in paths]
    for record in records:
        assert set(record) >= {"file", "kind", "amount", "paid_at", "year_shown", "payee", "transaction_no"}
        assert record["kind"] in ("qr_payment", "red_envelope")
        assert len(record["amount"].split(".")[1]) == 2
        assert len(record["paid_at"]) == len("2026-11-03T14:25")
    (tmp_path / "bad.jpg").write_text("x", encoding="utf-8")
    refused = subprocess.run(
        [sys.executable, "main.py", "evidence", "read", str(tmp_path / "bad.jpg"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "Traceback" not in refused.stderr
