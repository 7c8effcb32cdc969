-- Every identity document SIMAT's Anexo 6A table lists (../shared/reference/simat-anexo-6a.md §3.1): NIP, an
-- indigenous cabildo's certificate, a visa and the border mobility card join the types a student may have.
ALTER TABLE students DROP CONSTRAINT students_document_type_check;
ALTER TABLE students ADD CONSTRAINT students_document_type_check
  CHECK (document_type IN ('RC', 'TI', 'CC', 'CE', 'NUIP', 'PA', 'PEP', 'PPT', 'NES', 'NIP', 'CABILDO', 'VISA', 'TMF'));
