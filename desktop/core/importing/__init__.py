"""Importing customers from files: reading CSV, XLSX and vCard into one table shape, and turning
a table row into a customer form by a column → field mapping. Pure: no SQL, no Qt."""
