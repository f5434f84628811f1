-- leadTransaction on a lead write now creates a row in lead_transactions (V17), like POST /leads/{id}/transaction.
ALTER TABLE leads DROP COLUMN lead_transaction;
