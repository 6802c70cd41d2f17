"""Writing the customer list in the formats other address books read back: vCard 3.0 and 4.0
(phones, Outlook, Thunderbird, Apple and Google Contacts), Google Contacts CSV and Outlook CSV.
Pure: the service reads the customers into `Contact`s and writes the bytes."""
