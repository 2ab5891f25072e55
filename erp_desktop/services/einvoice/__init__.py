"""The tax bureau's e-invoice platform (数电票): codes on lines, the batch-issuing
workbook, issued invoices imported back, red-letter confirmations."""
