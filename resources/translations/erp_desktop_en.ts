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
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
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
        <source>verify-full encrypts the connection and checks the server&apos;s certificate, so no one can listen in or pretend to be the server. Use it unless your IT person says otherwise.</source>
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
    <message>
        <source>Connect</source>
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
        <source>&amp;Help</source>
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
        <source>(none yet)</source>
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
        <source>Copying {table}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {table} against this book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the book&apos;s own rules on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
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
    <name>Navigation</name>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers, purchase orders, goods receipts and supplier returns will be kept here. This part of ERP Desktop is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand per warehouse, adjustments, stock counts and the movement history of every item will be shown here. This part of ERP Desktop is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers of goods between your warehouses — shipped, on the road and received — will be managed here. This part of ERP Desktop is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales invoices, credit notes and their PDF and XML exports will be made here. This part of ERP Desktop is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items, warehouses, suppliers and customers will be listed and edited here. This part of ERP Desktop is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock valuation, low stock, goods still to arrive and sales reports will be shown here. This part of ERP Desktop is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile and book settings.</source>
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
        <source>On the server everyone signs in. Choose your password now (at least 8 characters); you add the other users under Settings ▸ Users.</source>
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
    <message>
        <source>The two passwords differ.</source>
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
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;user:</source>
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
        <source>e.g. 192.168.1.10 or erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty database, e.g. erp_book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full encrypts the connection and checks the server&apos;s certificate. “prefer” and “disable” may send the book unencrypted over the network: use them only inside a trusted office network.</source>
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
        <source>The book {where} is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} problem(s) found in {where}.</source>
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
</context>
<context>
    <name>errors</name>
    <message>
        <source>This book was moved to {where}. This copy is kept read-only; open the book there to work in it.</source>
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
        <source>A book already exists at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a book in {folder}: {reason}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book {path} cannot be written ({reason}). It may be on a read-only disk or folder: copy it to a folder you can write to.</source>
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
        <source>{field} is too large.</source>
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
        <source>The setting “{key}” takes a {type} value.</source>
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
        <source>The user name or password is not right. (Capital letters and the input language matter.)</source>
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
</context>
</TS>
