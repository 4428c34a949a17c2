-- Ledger schema version 4. A problem in an assessing body's workbook (units × indicators) also says which
-- unit row and indicator column its cell belongs to, in words; NULL for every earlier problem and for the
-- units' own forms.

ALTER TABLE problem ADD COLUMN subject TEXT;
