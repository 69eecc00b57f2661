-- The pemda's emblem (lambang daerah) printed at the left of the kop surat: a PNG or JPEG in the document store.
alter table letterhead add column logo_sha256 varchar(64);
