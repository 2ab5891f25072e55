"""Sales invoices and credit notes (红字发票).

- ``documents``: workflows, number series, finding and locking a document, tax rates;
- ``drafts``: create, edit, delete drafts; "credit and re-issue" copies;
- ``amounts``: the one place that asks ``domain.tax`` for line amounts and checks;
- ``credits``: what is left to credit, credit note drafts, the credited state;
- ``issuing``: issue a draft in one transaction (number, checks, stock, PDF);
- ``views``: plain snapshots of a document for the form, the PDF and the XML;
- ``queries``: the invoice list, its totals, stock shown in the line grid;
- ``ubl``: the UBL 2.1 XML export; ``export``: batch export to a folder;
- ``series``: number series settings.
"""
