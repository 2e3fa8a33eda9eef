"""CSV import / export of 2D points: good files and every bad one."""

from __future__ import annotations

import numpy as np
import pytest

from training.data.user import DataError, parse_points_csv, read_points_csv, write_points_csv


def test_plain_header_label_and_separators(tmp_path):
    assert parse_points_csv("1,2\n3,4\n").x.tolist() == [[1, 2], [3, 4]]
    ps = parse_points_csv("x;y;cls\n1;2;a\n3;4;b\n5;6;a\n")
    assert ps.x.shape == (3, 2) and ps.labels.tolist() == [0, 1, 0] and ps.label_names == ("a", "b")
    assert parse_points_csv("# comment\n1\t2\n3\t4\n").x.shape == (2, 2)
    assert parse_points_csv("1 2\n3   4\n").x.shape == (2, 2)
    p = tmp_path / "pts.csv"
    write_points_csv(p, np.array([[0.5, 1e-9], [2, 3]]), np.array([1, 0]), ("u", "v"))
    back = read_points_csv(p)
    np.testing.assert_array_equal(back.x, [[0.5, 1e-9], [2, 3]])
    assert [back.label_names[i] for i in back.labels] == ["v", "u"]


@pytest.mark.parametrize("text,match", [
    ("", "empty"),
    ("x,y\n", "no data rows"),
    ("1,2\n3,abc\n", "line 2 has a non-numeric"),
    ("1,2\n3,nan\n", "NaN or infinity"),
    ("1,2\ninf,4\n", "NaN or infinity"),
    ("1,2\n", "at least 2"),
    ("1,2,3,4\n5,6,7,8\n", "4 columns"),
    ("1\n2\n", "1 columns"),
    ("1,2\n3,4,5\n", "line 2 has 3 columns"),
])
def test_bad_csv_is_explained(text, match):
    with pytest.raises(DataError, match=match):
        parse_points_csv(text)


def test_bad_files(tmp_path):
    with pytest.raises(DataError, match="not a file"):
        read_points_csv(tmp_path / "missing.csv")
    b = tmp_path / "bin.csv"
    b.write_bytes(b"\xff\xfe\x00\x00garbage\x81")
    with pytest.raises(DataError, match="UTF-8"):
        read_points_csv(b)


def test_huge_file_is_subsampled_with_a_note():
    text = "x,y\n" + "\n".join(f"{i},{i * 2}" for i in range(5000))
    ps = parse_points_csv(text, max_points=1000)
    assert ps.x.shape == (1000, 2) and "subsample of 1,000" in ps.notes[0]
