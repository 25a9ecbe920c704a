"""A SQLite file on a network share is recognised (UNC paths, mapped drives, NFS/CIFS mounts) and
warned about; a local file is not."""

from __future__ import annotations

from app.services.network_paths import DRIVE_REMOTE, network_mount, network_warning, windows_network

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/office /mnt/office cifs rw,vers=3.0 0 0
nas:/export/weiquan /srv/weiquan nfs4 rw,hard 0 0
/dev/sdb1 /mnt/office/local\\040disk ext4 rw 0 0
"""


def test_unc_paths_are_network_shares():
    assert windows_network(r"\\fileserver\office\weiquan.db") is not None
    assert windows_network("//fileserver/office/weiquan.db") is not None


def test_mapped_drive_is_judged_by_its_drive_type():
    assert windows_network(r"Z:\weiquan\weiquan.db", drive_type=DRIVE_REMOTE) is not None
    assert windows_network(r"C:\Users\wang\weiquan.db", drive_type=3) is None


def test_cifs_and_nfs_mounts_are_network_shares():
    cifs = network_mount("/mnt/office/weiquan/weiquan.db", MOUNTS)
    assert cifs is not None and "cifs" in cifs.how and "//fileserver/office" in cifs.how
    assert network_mount("/srv/weiquan/weiquan.db", MOUNTS) is not None


def test_a_local_disk_mounted_inside_a_share_is_local():
    assert network_mount("/mnt/office/local disk/weiquan.db", MOUNTS) is None
    assert network_mount("/home/wang/weiquan.db", MOUNTS) is None
    assert network_mount("/mnt/officer/weiquan.db", MOUNTS) is None


def test_no_warning_for_a_local_file_or_a_server(sqlite_db):
    assert network_warning(sqlite_db) is None
