<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Book schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ERP Desktop&lt;/b&gt; — purchasing, stock, transfers and invoices for shops and trading companies. Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ERP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>&amp;Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (+ add, − remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost (additions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stock adjustment (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjustment (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjustment {number} (posted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft adjustment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentsTab</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every issued invoice and credit note in the list (as filtered now) is written to the folder, named by its number. Drafts are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML (UBL 2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} documents exported to {folder}; {skipped} drafts skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookActions</name>
    <message>
        <source>Opening book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book was upgraded to this version. A backup of it is at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP Desktop books (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP Desktop books (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookGuard</name>
    <message>
        <source>The book file is read-only here: nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was moved; this copy is kept read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Checks before moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, delete the unfinished earlier move in that database and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the book and the server… (a large book takes a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The book cannot be moved yet.&lt;/b&gt; Fix the {count} problem(s) listed below (or ask for help with this list), then start the move again. Nothing was written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready.&lt;/b&gt; {rows} records in {tables} tables will be copied to PostgreSQL {version} and checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID (USCC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank a&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110000600037341L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this tax ID although its check character fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, e.g. “printed so on the business licence”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed on invoices; can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators change the company profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Open connected book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book kept on your company&apos;s PostgreSQL server. Your IT person can tell you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full encrypts the connection and checks the server&apos;s certificate, so no one can listen in or pretend to be the server. Use it unless your IT person says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand at posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse {warehouse}, count of {day}; sheet made {made}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines had moved since the sheet was made: their difference was taken against the stock on hand at posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count {number} (posted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this count sheet?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsTab</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Goods returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong invoice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods come &amp;back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;everything left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit and &amp;re-issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit everything still left of invoice {number} and start a corrected copy of it as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note for invoice {number}: type how much of each line to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EInvoiceActions</name>
    <message>
        <source>Linked {linked}, already linked {already}, not matched {unmatched}, refused {refused}, rejected rows {rejected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch-issuing workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. These documents do not fit the platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the others and leave these out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {documents} invoices ({lines} lines) for the tax platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued e-invoices or a failure workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoices (*.xml *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These e-invoices match our documents by buyer, amount and date only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ERP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about your company: it is printed on your invoices and orders. You can change it later under Settings. Only the company name and your name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you will be the administrator of this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{good} rows can be imported; {bad} rows have problems (listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is imported until every row is right: correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InTransitReport</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days on the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: number, item, warehouse, carrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is on the road.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{transfers} transfer(s) on the road on {routes} route(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Move this book to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;On a PostgreSQL server, every PC of the company works in the same book at the same time.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You need:&lt;/b&gt; the address of the server, an &lt;b&gt;empty&lt;/b&gt; database made for this book (encoding UTF8), and a server user who owns it, with its password. The guide for IT persons (docs/connected-mode.md) shows how to prepare them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens:&lt;/b&gt; ERP Desktop first checks the book and the server and tells you about any problem &lt;i&gt;before&lt;/i&gt; writing anything. Then it copies every record, compares the copy with this book row by row, and only when everything matches switches over. This file stays as it is, read-only, with a note saying where the book went.&lt;/p&gt;&lt;p&gt;Nobody should work in this book while it moves.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceActions</name>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft? It has no number yet, so nothing else changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the invoice to {customer} for {total} now?

It takes the next invoice number and the goods leave stock. An issued invoice cannot be changed or deleted, only credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a customer&apos;s code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including tax (含税)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluding tax (不含税)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {number} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrects {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net {net}   Tax {tax}   Total {gross} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate}: {net} + {tax}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rate — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceLines</name>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicingPage</name>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, customer or remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit and &amp;re-issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tax p&amp;latform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From tax pla&amp;tform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} documents, {currency}: net {net}, tax {tax}, total {gross}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax-exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (offered on new documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchase unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase p&amp;rice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;le price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(positive rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19 digits, from the official code table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 日用杂品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax classification c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point and quantity per warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Item: type a code, a name or a barcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the item {code} {name}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with a header line: code, name and unit are required; specification, category, decimals, purchase unit and factor, barcode, purchase and sale price, tax rate % (or 免税, 不征税, 普通零税率, 出口退税) and the 19-digit tax classification code may follow. Chinese headers (编码, 名称, 单位, …) are understood. UTF-8 or GBK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter: type part of a code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no passwords yet. As its administrator ({name}), choose your password now: from here on everyone signs in with their own name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the user name and password your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LowStockTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested order: the reorder quantity, or more when that would not bring the stock back up to the reorder point. Set reorder points in the item form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;connected book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ERP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new book, open a book file, or connect to your company&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connected book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(company not set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} (read-only) — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only (moved): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {host}:{port} / {database} / {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was moved to {where}. This copy is kept read-only: open the book at its new place to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book file is read-only here: you can look at everything, but nothing can be saved. To work in it, copy it to a folder you can write to, or ask your IT person for permission to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database “{database}” on the server {host}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. What you typed is kept; nothing was saved since the last confirmation. ERP Desktop reconnects by itself as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is being moved to the server. Keep working: at the end, saves wait a few seconds, then the book reopens from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for this key on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterDataTab</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovePage</name>
    <message>
        <source>Moving the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and checking. Cancel stops safely: this book stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying a snapshot of the book (keep working): {table}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying what was saved meanwhile: round {round}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the server — a few seconds; saves wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the server — checking the book&apos;s own rules there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} rows/s, about {minutes} min {seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {table} against this book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done: every record was copied and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The copy does not match this book (tables: {tables}). The move was stopped; this book is unchanged and the copy on the server is marked unfinished, so nobody can use it. Keep this window&apos;s text for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToServerWizard</name>
    <message>
        <source>Move this book to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… this book stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see its movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements of {item}, oldest first; the balance runs over the places shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCountDialog</name>
    <message>
        <source>New stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item in stock there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet lists what the book has on hand now. Posting books the difference between what you counted and what is on hand at that moment, so sales and receipts made while you count are not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnHandTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;zero stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Movements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;opening stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock posted as {number}: {lines} lines worth {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns item code, warehouse code, quantity and unit cost (商品编码, 仓库编码, 数量, 单位成本). Every line is posted in one opening-stock document dated today, or none if any line is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit between warehouses (not counted above): {items} items, {quantity} units. Choose “In transit” to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is in transit between warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the &amp;amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;ive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received on this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the amendment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a&amp;mendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: {lines}    Amount: {net}    Tax: {tax}    Total: {gross} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{home} per {currency}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lines, then give a reason and save the amendment. Received quantities and prices of lines with receipts stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment {version} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of this order will not come; what was received stays.
Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be bought on this order.
Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft order? It has no number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, supplier or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to arrive (confirmed, partly received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders shown: {count}{more}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPasswordDialog</name>
    <message>
        <source>Book owner&apos;s server user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user of a server book is a user of the server. Adding one, setting a password, or enabling or disabling one changes the server&apos;s users: that needs the server user that owns the book (your IT person knows it). Its password is used for this change only and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s server &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110000600037341L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this tax ID although its check character fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why, e.g. “printed so on the business licence”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private person (自然人): no tax ID, an ID instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30 days net, 月结30天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID (USCC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type and number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank a&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time (supplier):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount % (customer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed on invoices; can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Valid unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyListWidget</name>
    <message>
        <source>New supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, name, tax ID, contact or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive parties stay on old documents but cannot be used on new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header line: code and name are required; tax ID, contact, phone, e-mail, address, bank, bank account, currency, payment terms, lead time and discount may follow. Chinese headers (编码, 名称, 纳税人识别号, …) are understood. UTF-8 or GBK. Every row is checked first; nothing is saved unless all rows are right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceCombo</name>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purchasing</name>
    <message>
        <source>Purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item (code, name or barcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt note {number} (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasingSettings</name>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more than ordered a line may receive, e.g. 5 lets 105 in on an order of 100. 0 refuses any over-receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-receipt tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityPostingDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive goods — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These goods go to another warehouse than the order&apos;s; the receipt records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the supplier&apos;s delivery note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive transfer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what arrived at {destination} on each line (leave a line empty if nothing of it came). What is not received stays on the road.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderWidget</name>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;supplier for ticked lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;draft orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Calculate to see what falls to its reorder point, counting what is on order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating reorder suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines at or below their reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs ordering: everything is above its reorder point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} draft orders made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The book is on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server everyone signs in as their own server user, and passwords kept in the file do not carry over. Choose your server password now (at least 8 characters; it may be the one you had). The other users get theirs from an administrator under Settings ▸ Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s own checks pass on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s own checks run when it is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} records in {tables} tables were copied and compared one by one: all equal. {checks} This file now opens read-only and says where the book went.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Still to arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return goods — {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. damaged in transport, wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Next numbers look like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} numbers given out: the series can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system&apos;s password store (keyring), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store, so the password cannot be remembered; you will be asked for it each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the book goes. Your IT person or the server&apos;s administrator knows these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty database, e.g. erp_book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full encrypts the connection and checks the server&apos;s certificate. “prefer” and “disable” may send the book unencrypted over the network: use them only inside a trusted office network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server address, database and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty: ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not empty; the next step tells what is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected to PostgreSQL {version}. {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is a file on this computer: {path}

When more than one PC should work in it at the same time, move it to your company&apos;s PostgreSQL server. ERP Desktop copies every record, checks the copy row by row, and only then switches over. This file stays, read-only, as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move this book to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is kept on the server {host}:{port}, database {database}, signed in to the server as {user}. Every PC that opens it there works in the same book.

File ▸ Back up book saves a checked copy of it as a file; to work offline again, see the guide for your IT person (docs/connected-mode.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortageDialog</name>
    <message>
        <source>Close transfer {number} with a shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These goods never arrived at {destination}. Closing writes them off from “in transit” to inventory adjustment, with your name and the reason:

{lines}

The transfer cannot be received any more afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose with shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New document on the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export the selected document&apos;s PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a book file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the document&apos;s main step (issue, confirm, ship…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form (asks if changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cell, then next line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line grids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillToArriveWidget</name>
    <message>
        <source>Supplier or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue (expected before today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockAsOfTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities and values as the ledger had them at the end of the chosen day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDocumentDialog</name>
    <message>
        <source>Save the document first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockSettings</name>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow stock to go below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (recommended): selling, shipping or writing off more than a warehouse holds is refused, naming the lines short. On: it is allowed, and the missing goods are valued at the item&apos;s purchase price until they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose with shortage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int transfer note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available at source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer note is printed once the transfer is shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped by {user} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished by {user} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortage ({reason}) decided by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship {lines} line(s) from {source} to {destination} now?

The goods leave {source} and are on the road until {destination} receives them. A shipped transfer cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped. The goods are on the road.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. The missing goods were written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this draft transfer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferHeader</name>
    <message>
        <source>e.g. SF Express waybill, truck 粤B·12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier / &amp;vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferList</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier / vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: number, warehouse, carrier, note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road (shipped or partly received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source holds less than this line asks for: shipping will be refused until the stock is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transfer note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user signs in with the user name and password you give here, and may do what the role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for {name}. Tell it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for signing in, e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <source>Everyone who works in this book has their own user name and password, and a role that decides what they may do. Every sign-in is recorded in the audit trail. Deactivated users can no longer sign in; what they did stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuationModel</name>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuationTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at moving-average cost per item and warehouse, read from the stock balances (the ledger proves them: erp-desktop check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users who may see costs can see stock value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>New warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (offered on new documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarehousesTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>SQLite integrity check failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows point to missing rows (first: table {table}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was altered (event {id}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers missing (a gap): {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers used twice: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers the series never gave out: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: the totals {net} + {tax} = {gross} do not match its lines ({l_net} + {l_tax} = {l_gross}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} line {line}: net + tax is not the gross.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} line {line}: credited {c_quantity} worth {c_gross}, but only {quantity} worth {gross} were invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is marked {state} but its credit notes make it {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} was issued but its PDF is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} line {line}: received says {received}, the receipts bring {came} and the returns take back {went}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number} line {line}: returned says {returned}, the returns differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {state}, but its lines say otherwise ({complete} of {count} complete, {started} with goods received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number}: the total {total} is not the sum of its lines {lines}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} at location {location}: the balance says {found_q} worth {found_v}, the moves add up to {q} worth {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more balances differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is below zero at {place}: {quantity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} has no stock at {place} but a value of {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} at {place} holds {quantity} worth {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item}: values over all places add to {total}, not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {number} line {line}: {what} says {q} worth {v}, the stock moves say {mq} worth {mv}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer stock moves point to lines that do not exist: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: in transit holds {q} worth {v}, but the transfer lines have {eq} worth {ev} on the road (shipped − received − short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {number} is {state}, but its lines say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database security: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} {number} was changed after it was issued or posted: it no longer matches its seal in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} {number} was sealed in the audit trail but is gone or lost its number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>create a new, empty book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new book at --book (a new file, or an empty PostgreSQL database). With --company the company profile and first user are stored too; otherwise the app asks for them when it first opens the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified social credit code of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first user (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the book&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade a book to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the book&apos;s schema to this version of ERP Desktop. An SQLite book is backed up next to itself first. A book that is already current is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what a book is and holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the book&apos;s kind, location, schema revision, size and row counts, without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a book to a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a book to FILE while it may be in use: a file book with SQLite&apos;s online backup, a server book as a verified snapshot in a new file (for pg_dump backups see docs/connected-mode.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new book at {where} (schema {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded {where} to {revision}. Backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is at {revision}: nothing to upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older: run “erp-desktop upgrade”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer than this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last upgraded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} (this copy opens read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished: the app refuses this book; run the move again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside ERP Desktop. Nothing was half-saved. The details are in the log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP Desktop: purchasing, stock, transfers and invoices for shops and trading companies. Without a command, the desktop app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book: an SQLite file or a postgresql:// URL (default: $ERP_DESKTOP_BOOK, else the default book in your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep data, settings and logs under DIR instead of the user folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages (default: system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the book: database integrity, the audit trail, gap-free numbering, stock balances against the stock ledger, and each area&apos;s own rules. Prints what is wrong and exits with 3 if anything is. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} numbered document(s) carry no seal (issued before this version sealed documents, or written by demo): changes to them cannot be detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book {where} is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s) found in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book file is damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book file {where} is damaged; the other checks cannot run. Restore your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a book to a PostgreSQL server, or back to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the book --book to --to: from a file to an empty PostgreSQL database (postgresql://user@server/database), or from a server to a new file. Checks first, copies, compares every row, and only then switches over; the original is left unchanged until then and opens read-only afterwards. Exits with 1 if anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the book goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an unfinished earlier move found at the target without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {source} and {target}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: fix the {count} problem(s) above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Run again with --yes to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the book was copied, {rows} changed rows were caught up in {rounds} round(s); saves waited {freeze} s at the end (the freeze).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {rows} rows in {tables} tables copied and verified in {seconds} s. The book is now at {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the unfinished earlier move? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification, table by table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    missing in the copy: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    only in the copy: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    {key} {columns}: {was} → {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    totals differ: {was} → {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The book&apos;s own checks pass on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a book with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the book with realistic demo data: items, warehouses, suppliers, customers and a year of documents. The book is created if it does not exist; a book that already holds items, parties or documents is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of stock moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to {where} in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the stored PDF of an invoice or credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF of the issued invoice or credit note NUMBER to FILE, byte for byte as it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an invoice or credit note as UBL 2.1 XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issued invoice or credit note NUMBER to FILE as UBL 2.1 XML (the subset described in docs/invoicing.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. INV-2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write (- for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in as LOGIN (SQLite books with passwords; the password is read from $ERP_DESKTOP_PASSWORD or asked for). On a server book the URL&apos;s user signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add and change the book&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users without the app. New passwords come from $ERP_DESKTOP_NEW_PASSWORD or are asked for. On a server book use the book owner&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user with a role and a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name (default: login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a user another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable a user (can no longer sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the desktop app with a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the desktop app and open BOOK (a book file or a postgresql:// URL). If the app is already running, the book opens in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book to open (default: as without a command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write issued invoices into the tax platform&apos;s batch workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issued invoices of a date range that the platform has not issued yet into its batch-issuing workbook (.xlsx) and mark them sent. Documents that do not fit the platform&apos;s limits are listed and nothing is written, unless --leave-out-problems is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also documents already sent to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special VAT invoices (增值税专用发票) for buyers with a tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the others when some documents do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link issued e-invoices (XML) or a failure workbook to our invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the platform&apos;s issued-invoice XML files (and 失败明细 .xlsx workbooks) and store each 20-digit number on the invoice it belongs to. A match found only by buyer, amount and date is linked when --confirm-matches is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link documents matched by buyer, amount and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {count} problems (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}: {documents} invoices, {lines} lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>stock adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The book has just moved to {where}. Nothing was saved here: open the book there and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was moved to {where}. This copy is kept read-only; open the book there to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book file {path} is read-only here; nothing can be saved. Copy it to a folder you can write to, or ask your IT person for permission to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds no book yet. Create one there with “erp-desktop init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds data of another program, not an ERP Desktop book. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds an unfinished move of a book, not a usable book. Run the move again from the original (Settings ▸ Move this book to a server, or “erp-desktop migrate”); it finishes or starts over safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was moved to {where}. Open the book there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book {where} must be upgraded before use: run “erp-desktop upgrade”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not empty: a book or other data is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book {where} must be upgraded before use: run “erp-desktop upgrade” with the book owner&apos;s server user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the book is full ({folder}). Nothing was saved; what you typed is kept. Free some space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the book {path} and has not let go for {seconds} seconds. Nothing was saved; what you typed is kept. Close the other program (or another ERP Desktop window on this book) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book refused the change because it conflicts with data already saved (possibly by another user at the same moment). Nothing was saved. Reload and try again. [{detail}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is busy: other users are saving the same data. Nothing was saved; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is read-only here; nothing can be saved to it. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the book was lost. What you typed is kept; try again when the server can be reached. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} refused the user name or password. Check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is disabled on the server {where}: ask your administrator to enable the user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} does not offer encrypted (TLS) connections, and this connection requires them. Ask your IT person to switch TLS on in the server (recommended), or choose “prefer” only inside a trusted office network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the server {where} could not be checked: this computer needs the company&apos;s root certificate (for verify-full), and the server address must match the certificate. See docs/connected-mode.md. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} has no such database. Ask your IT person to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server {where}. Check the address, the network and that the server is running. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an ERP Desktop book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite book needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{scheme}” books are not supported: use a file path or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid book address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must name a host: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must name a database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no book at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a book. Choose a book file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an empty file (0 bytes), not an ERP Desktop book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an ERP Desktop book (it is not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a database of another program, not an ERP Desktop book. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book file {path} is damaged ({detail}). Nothing was changed. Restore your latest backup; “erp-desktop check” lists what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book {path} is read-only here ({reason}), so it cannot be changed. Nothing was changed. Copy it to a folder you can write to, or ask your IT person for permission to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book already exists at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a book in {folder}: {reason}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this server user access to the book (permission denied). Sign in with your own user of this book, or ask the administrator to give you one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book {where} was saved by ERP Desktop {version}, newer than this program ({ours}). Install ERP Desktop {version} or later to open it. The book was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the book failed and was undone; the book is as it was. A backup is at {backup}. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at most {places} decimal places are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too large: at most {digits} digits before the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax ID “{code}” has {length} characters; a unified social credit code has 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax ID “{code}” contains characters that a unified social credit code never uses: {chars}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax ID “{code}” fails its check character: it is probably mistyped. If it is printed so on the business licence, accept it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax ID “{code}” is not a valid code ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} contains a control character (U+{code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {max} allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} “{code}” is too long: compared without case and width it becomes {length} characters (letters such as ß count twice), at most {max} allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} contains an invisible direction mark (U+{code}), which makes text print differently from how it reads. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} contains an invisible character (U+{code}); a code may hold only characters you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting “{key}” takes a {type} value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business years must run from 1900 to 2999, the first not after the last ({first}–{last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported currency “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book already has a company profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the company profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number series “{code}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number prefix has 1 to 10 letters, digits, “-” or “_” (no spaces or slashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number has between 3 and 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series {prefix} has already given out {count} numbers; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the login “{login}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not be one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may not contain the user&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is among the most common ones and is guessed first. Choose another — a few unrelated words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book already has passwords; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your own password first (select yourself, then “Set password”): once users have passwords, everyone signs in, you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book needs at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside ERP Desktop. Nothing was half-saved: the last action was either completed or undone.

The details are in the log file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not {action}. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring), so the password was not saved. You will be asked for it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “{login}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name. Wait {seconds} s, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right. (Capital letters and the input language matter.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate {rate} is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the tax {tax} differs from amount × rate by {difference}; at most {limit} is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document total: the tax differs from the sum of amounts × rates by {difference}; at most {limit} is allowed. Merge lines of the same item or split the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be more than 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot {verb} this {document}: it is {state}. Only possible when it is: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problem} The file was changed since it was checked; nothing was imported. Check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} bad rows; nothing was imported. Correct them and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity decimals must be between 0 and 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “{code}” is also on line {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code “{code}” is already used by item “{taken}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item code “{code}” was added to the book meanwhile; nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has the code “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item {code} is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active warehouse has the code “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is counted with at most {places} decimals; {quantity} has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} in this warehouse is also on line {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead time must be between 0 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “{code}” is already used by “{taken}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has {count} values but the header has {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (more than {size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel choose File ▸ Save As ▸ CSV UTF-8, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds binary data; it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not UTF-8 or GBK. Save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a quote (&quot;) opens a cell that is not closed, so the rest of the file would be read as one cell (or a cell is longer than {size} KiB). Close the quote or remove it, save the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns “{first}” and “{second}” both give {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of {number} is credited twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} {name}: {quantity} cannot be credited; {invoiced} were invoiced and {credited} already credited, so at most {remaining} is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note cannot be dated before the invoice it credits ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice or credit note has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the tax rate {rate} is not a VAT rate (13 %, 9 %, 6 %, 5 %, 3 %, 1 %, 0 % or exempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot exceed 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the item {code} {name} is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {code} is counted in whole units or at most {places} decimals; {quantity} has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: choose an item, or describe the service sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice can have at most {count} lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse the goods leave from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invoices can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company has no tax ID: enter it under Settings ▸ Company profile before issuing invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer {name} has no tax ID; a VAT invoice needs the buyer&apos;s tax ID. Enter it in the customer&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: only {left} of {name} are still with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of {number} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party must be a supplier, a customer, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {name} is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one line; cancel or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not a line of this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: goods were received on it, so it cannot be removed. Lower its quantity to what was received instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier of a confirmed order cannot change: cancel or close it and make a new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency of a confirmed order cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order date of a confirmed order cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the item and unit of an ordered line cannot change; remove the line and add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {received} were already received; the quantity cannot be less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: goods were received at the agreed price, so its price, tax rate and exchange rate cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the exchange rate: how many {home} one {currency} is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected date cannot be before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be below 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {quantity} {unit} is {base} {base_unit}, but {code} is counted in whole units or at most {places} decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line before confirming the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods were received on this order: close it instead of cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods cannot be received before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity received on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} {code}: {ordered} {unit} ordered, {received} received; {quantity} more is over the order. At most {left} more may be received (tolerance {tolerance} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The over-receipt tolerance can be at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods receipt {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one line to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} chosen lines have no supplier yet: choose one for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods cannot go back before the day they were received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity to return on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not a line of receipt {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} {code}: {received} {unit} came in on {number} and {returned} went back already; at most {left} can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason for the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjustment {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to count: no item matches the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was counted yet: enter at least one quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many base units one purchase unit holds (the factor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factor needs a purchase unit name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of {code} cannot change (or allow fewer decimals) after stock was posted in it. Make a new item instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item {code} has stock history or is used on documents, so it cannot be deleted. Deactivate it instead: it then disappears from new documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse {code} {name} is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code “{code}” is already used by another location ({taken}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse {name} still holds stock of {count} items. Transfer or adjust it out before deactivating the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods are on the road to or from {name} ({numbers}). Receive or close those transfers before deactivating the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock, nothing was posted: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting {id} has no moves to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These moves ({number}) were reversed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the location does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the warehouse {name} is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: goods must move between two places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} {code} {name}: {place} has {on_hand}, {quantity} needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {number} was already shipped by {user} at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {number} was already received in full by {user} at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {number} was already closed with a shortage by {user} at {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} {code} {name}: {quantity} cannot arrive, only {open} of the {shipped} shipped are still on the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than was shipped can never arrive; nothing was received: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the quantity that arrived on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the goods did not arrive: damaged, lost or miscounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different warehouses: goods cannot travel from {name} to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the planned date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {id} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer {number} was changed by someone else after you opened it. Nothing was saved: look at it again and repeat what you meant to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has the code or barcode “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a VAT rate (13 %, 9 %, 6 %, 5 %, 3 %, 1 %, 0 % or exempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {field}: enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the lines marked in red: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: choose an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: enter the quantity and the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines are not right yet: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: choose an item and a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some lines cannot be read: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: enter the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has passwords: sign in with --user LOGIN to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or password is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book has no active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “{login}” is too long for a server book: with the book&apos;s prefix it must stay within {count} bytes. Choose a shorter login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server user {user} owns the book but may not create roles: every ERP user is a server role. As the server&apos;s superuser run “ALTER ROLE {user} CREATEROLE”, then try again (see docs/connected-mode.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing the users of a server book needs the book owner&apos;s server user: use it for this (e.g. “erp-desktop users … --book postgresql://OWNER@…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {day} is outside the years this book accepts ({first}–{last}). An administrator can widen them under Settings ▸ Book settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book already holds items, parties or documents: demo data goes only into a new or empty book. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shipped transfer has a transfer note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax classification code “{code}” may hold digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax classification code “{code}” has {length} digits; it needs 19 (pad the official code with zeros on the right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax classification code “{code}” must start with 1 to 6 (goods, labour, services, intangibles, real estate, not taxable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown zero-rate kind “{kind}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zero-rate kind (免税, 不征税, …) needs a tax rate of 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown red-letter reason “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Goods returned” (销货退回) is not allowed for an invoice of services only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Service stopped” (服务中止) is not allowed for an invoice of goods only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} ({name}) has no tax classification code: enter the 19-digit code in the item&apos;s record before issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} has {length} characters; the platform takes at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} ({name}) has no tax classification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issued invoice waits for the platform in what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier&apos;s invoice to us: import it under received invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document of ours carries this invoice&apos;s number in its remark, and buyer, amount and date match {count} documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} already carries the platform number {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s totals ({net} + {tax} = {gross}) differ from ours ({our_net} + {our_tax} = {our_gross}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice XML has no valid amount in {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice XML has no valid issue date (“{raw}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice XML is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML declares a DOCTYPE or entities; an e-invoice never does, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not readable XML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not an e-invoice (its root is “{tag}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice number “{number}” is not the platform&apos;s 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice XML has no invoice data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft credit note asks the buyer for a red-letter confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credited invoice has no platform number: its credit note needs no red-letter confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red-letter confirmation is already {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red-letter confirmation was requested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red-letter confirmation is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credited invoice was issued on the tax platform: the buyer must confirm the red-letter invoice first (now: {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell holds a formula ({formula}); import values only (copy the column and paste it as values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {value} has more than 15 digits: Excel keeps only 15, so the rest may be lost. Format the column as Text and type the value again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for accepting the tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase unit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax classification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax code short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-receipt tolerance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier / vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migrator</name>
    <message>
        <source>A book moves from a file to a server or from a server to a file. To copy a file use “erp-desktop backup”; to copy a server book use pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped the copy: {detail}. Nothing was switched: the book is unchanged and the copy is marked unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book file was changed by another program while it was being copied. Nothing was switched; close the other program and run the move again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: a value of the wrong kind (e.g. text in a number column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: the text contains a NUL character, which PostgreSQL refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: the text is longer than the column allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: the number is too large for the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: not a valid UTC time stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: a yes/no value that is neither 0 nor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: empty (NULL) although the column requires a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was already moved to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book file is damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} row {key} points to a missing row in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} does not hold an ERP Desktop book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds an unfinished move, not a usable book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an ERP Desktop book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book was saved by a newer ERP Desktop (schema {revision}). Install that version or later to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {table} is not part of this version of ERP Desktop; it would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {table}.{column} is unknown to this version; it would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {table}.{column} has a type the mover cannot copy exactly ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}; ERP Desktop needs 13 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} uses the {encoding} encoding; Chinese text needs UTF8. Create the database with ENCODING &apos;UTF8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user may not create tables in {where}. Make the user the owner of the database (see docs/connected-mode.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} already holds other data ({count} tables: {names}). Nothing was changed. Choose an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} holds a book of a newer ERP Desktop (schema {revision}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier move was interrupted after the copy was verified; it will be checked again and finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} holds an unfinished earlier move ({which}). It will be deleted and the copy made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of another book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} already holds an ERP Desktop book. Nothing was changed. Choose an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table} {key}: the code “{code}” is too long once compared without case and width ({length} characters; letters such as ß count twice), at most {max} allowed. Change the code in the book first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target holds an unfinished earlier move. Confirm that it may be replaced (--yes) to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: pre-flight found {count} problem(s). First: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not match the original (tables: {tables}; book checks: {checks} problem(s)). The move was stopped: the original is unchanged and the copy is marked unfinished, so no one can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move was cancelled. The original book is unchanged; the copy was undone or is marked unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another move of this book is under way. Wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples and own use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits invoice {number} of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces invoice {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total with tax (in words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total with tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a tax invoice (the e-invoice is issued by the tax platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines had moved since the sheet was made: the book quantity shown is the one at posting, and the difference was taken against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed with a shortage on {date} by {user}: {reason}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier / vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (shipping warehouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (receiving warehouse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change items, warehouses and parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust and count stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive and return goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship and receive transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make and issue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see costs and stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings and users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Allow stock to go below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-receipt tolerance (% of the ordered quantity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest year of a business date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest year of a business date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to issue an invoice line without a tax classification code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed with shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partially credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tax</name>
    <message>
        <source>Exempt (免税)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taxable (不征税)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary zero rate (普通零税率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export refund (出口退税)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>01 Invoiced in error (开票有误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>02 Goods returned (销货退回)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>03 Service stopped (服务中止)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>04 Sales allowance (销售折让)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verbs</name>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close with a shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive goods on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return goods from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
