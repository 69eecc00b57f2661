-- What Padu's process steps made for an application (JSON of strings), e.g. the NIK the registry issued to a
-- newborn for Akta Kelahiran, so the signed output can name it.
alter table service_application add column step_results varchar(2000);

-- Running numbers may run per value of a form field as well (a health card's number per puskesmas), so the
-- key is the service code and that value.
alter table service_document_sequence alter column service_code set data type varchar(100);

-- The holder's name, for the few document types whose public verification must name the holder (a patient's
-- card shown at the puskesmas counter); null for every other document.
alter table issued_document add column holder_name varchar(200);
