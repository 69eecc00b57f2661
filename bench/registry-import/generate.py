#!/usr/bin/env python3
"""Writes N valid, realistic SIAK export rows (CSV, UTF-8) for Kota Tangerang to stdout.

Households of 1-6 people with the kepala keluarga first; every NIK starts with a real kecamatan code and
carries the birth date (women: day + 40) and a serial unique per prefix; every Nomor KK carries the
family's kecamatan and an issue date in the past. Serials start at 5001 so they never meet the demo
residents (whose serials start at 1). Deterministic for a given seed.
"""
import random
import sys
from datetime import date, timedelta

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
kelurahan = [line.strip() for line in open(sys.argv[2]) if line.strip()]
rnd = random.Random(4_03)

MALE = ["Ahmad", "Budi", "Joko", "Agus", "Dedi", "Rudi", "Hendra", "Bambang", "Slamet", "Yusuf", "Rizky", "Fajar",
        "Andi", "Eko", "Wahyu", "Hadi", "Teguh", "Imam", "Arif", "Bayu", "Dimas", "Gilang", "Ilham", "Reza"]
FEMALE = ["Siti", "Sri", "Dewi", "Nur", "Rina", "Wati", "Lestari", "Ayu", "Fitri", "Indah", "Putri", "Ratna",
          "Yuni", "Dian", "Wulan", "Maya", "Nanda", "Sari", "Tuti", "Eka", "Intan", "Laras", "Mega", "Nisa"]
LAST = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Pratama", "Rahmawati",
        "Susanti", "Hasibuan", "Siregar", "Nasution", "Tan", "Lim", "Gunawan", "Permana", "Sitompul", "Lubis", "Halim"]
PLACES = ["Tangerang", "Jakarta", "Bandung", "Serang", "Bogor", "Semarang", "Surabaya", "Medan", "Padang", "Lebak"]
RELIGION = ["ISLAM"] * 85 + ["KRISTEN"] * 7 + ["KATOLIK"] * 3 + ["BUDHA"] * 3 + ["HINDU", "KONGHUCU"]
WORK = ["KARYAWAN SWASTA", "WIRASWASTA", "PEDAGANG", "BURUH HARIAN LEPAS", "PEGAWAI NEGERI SIPIL", "GURU",
        "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "PENSIUNAN", "SOPIR", "PERAWAT", "BELUM/TIDAK BEKERJA"]
STREETS = ["Jl. Merdeka", "Jl. Sudirman", "Jl. Daan Mogot", "Jl. Imam Bonjol", "Jl. Perintis Kemerdekaan",
           "Jl. KH Hasyim Ashari", "Jl. Gatot Subroto", "Perumahan Banjar Wijaya Blok", "Jl. Otista", "Gg. Masjid"]
TODAY = date.today()
serials = {}


def number(area, d):
    prefix = area + d
    s = serials.get(prefix, 5000) + 1
    serials[prefix] = s
    return prefix + "%04d" % s


def person(area, born, female, rel, marital, last):
    nik = number(area, "%02d%02d%02d" % (born.day + (40 if female else 0), born.month, born.year % 100))
    first = rnd.choice(FEMALE if female else MALE)
    name = "%s %s" % (first, last) if rnd.random() < 0.8 else first
    age = (TODAY - born).days // 365
    work = "PELAJAR/MAHASISWA" if age < 22 else rnd.choice(WORK)
    return [nik, None, name.upper(), rnd.choice(PLACES), born.isoformat(), "P" if female else "L", None, marital,
            work, None, None, None, None, rel]


def day(start_year, years):
    return date(start_year, 1, 1) + timedelta(days=rnd.randrange(365 * years))


out = sys.stdout
out.write("nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,agama,status_perkawinan,pekerjaan,alamat,rt,rw,"
          "kode_wilayah,hubungan_keluarga\n")
written = 0
while written < n:
    kel = rnd.choice(kelurahan)
    area = kel[:8].replace(".", "")
    last = rnd.choice(LAST)
    religion = rnd.choice(RELIGION)
    street = '"%s No. %d"' % (rnd.choice(STREETS), rnd.randrange(1, 200))
    rt, rw = "%03d" % rnd.randrange(1, 16), "%03d" % rnd.randrange(1, 13)
    head_born = day(1950, 50)
    people = [person(area, head_born, False, "KEPALA KELUARGA", "KAWIN", last)]
    if rnd.random() < 0.9:
        people.append(person(area, head_born + timedelta(days=rnd.randrange(-700, 2500)), True, "ISTRI", "KAWIN", last))
        first_child = head_born + timedelta(days=365 * 24 + rnd.randrange(0, 3000))
        for i in range(rnd.randrange(0, 5)):
            born = first_child + timedelta(days=i * 700 + rnd.randrange(0, 300))
            if born < TODAY - timedelta(days=30):
                people.append(person(area, born, rnd.random() < 0.5, "ANAK", "BELUM KAWIN", last))
    else:
        people[0][7] = "BELUM KAWIN"
    issued = min(TODAY - timedelta(days=1), date(2005, 1, 1) + timedelta(days=rnd.randrange(0, 7000)))
    kk = number(area, "%02d%02d%02d" % (issued.day, issued.month, issued.year % 100))
    for p in people[: n - written]:
        p[1], p[6], p[9], p[10], p[11], p[12] = kk, religion, street, rt, rw, kel
        out.write(",".join(p) + "\n")
        written += 1
