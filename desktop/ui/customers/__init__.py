"""The Customers page: finding, editing, merging and deleting customers."""
