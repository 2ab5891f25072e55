<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>Book schema</source>
      <translation>账套结构版本</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;ERP Desktop&lt;/b&gt; — purchasing, stock, transfers and invoices for shops and trading companies. Free software under the GNU GPL v3 or later.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;ERP Desktop&lt;/b&gt; —— 面向商店和贸易公司的采购、库存、调拨与开票软件。自由软件，按 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About ERP Desktop</source>
      <translation>关于 ERP Desktop</translation>
    </message>
  </context>
  <context>
    <name>BookActions</name>
    <message>
      <source>Opening book…</source>
      <translation>正在打开账套…</translation>
    </message>
    <message>
      <source>The book was upgraded to this version. A backup of it is at {path}</source>
      <translation>账套已升级到当前版本。升级前的备份保存在 {path}</translation>
    </message>
    <message>
      <source>New book</source>
      <translation>新建账套</translation>
    </message>
    <message>
      <source>ERP Desktop books (*{suffix})</source>
      <translation>ERP Desktop 账套 (*{suffix})</translation>
    </message>
    <message>
      <source>Open book</source>
      <translation>打开账套</translation>
    </message>
    <message>
      <source>ERP Desktop books (*{suffix});;All files (*)</source>
      <translation>ERP Desktop 账套 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
      <source>Back up book</source>
      <translation>备份账套</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>备份已保存到 {path}</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <source>Checks before moving</source>
      <translation>迁移前检查</translation>
    </message>
    <message>
      <source>Nothing has been written yet.</source>
      <translation>到目前为止没有写入任何数据。</translation>
    </message>
    <message>
      <source>&amp;Move the book</source>
      <translation>开始迁移(&amp;M)</translation>
    </message>
    <message>
      <source>Yes, delete the unfinished earlier move in that database and start again</source>
      <translation>是的，删除该数据库中上次未完成的迁移并重新开始</translation>
    </message>
    <message>
      <source>Checking the book and the server… (a large book takes a while)</source>
      <translation>正在检查账套和服务器…（账套较大时需要一些时间）</translation>
    </message>
    <message>
      <source>&lt;b&gt;The book cannot be moved yet.&lt;/b&gt; Fix the {count} problem(s) listed below (or ask for help with this list), then start the move again. Nothing was written anywhere.</source>
      <translation>&lt;b&gt;账套暂时不能迁移。&lt;/b&gt;请先解决下面列出的 {count} 个问题（或把这份清单发给技术支持），然后重新开始迁移。任何地方都没有写入数据。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Ready.&lt;/b&gt; {rows} records in {tables} tables will be copied to PostgreSQL {version} and checked.</source>
      <translation>&lt;b&gt;准备就绪。&lt;/b&gt;将把 {tables} 张表中的 {rows} 条记录复制到 PostgreSQL {version} 并逐条核对。</translation>
    </message>
  </context>
  <context>
    <name>CompanyForm</name>
    <message>
      <source>Company &amp;name:</source>
      <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Tax ID (USCC):</source>
      <translation>纳税人识别号(&amp;T)：</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>地址(&amp;A)：</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>电话(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Bank:</source>
      <translation>开户银行(&amp;B)：</translation>
    </message>
    <message>
      <source>Bank a&amp;ccount:</source>
      <translation>银行账号(&amp;C)：</translation>
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation>币种(&amp;U)：</translation>
    </message>
    <message>
      <source>&amp;Language of the book:</source>
      <translation>账套语言(&amp;L)：</translation>
    </message>
    <message>
      <source>as on the business licence</source>
      <translation>与营业执照一致</translation>
    </message>
    <message>
      <source>18 characters, e.g. 91110000600037341L</source>
      <translation>18 位，例如 91110000600037341L</translation>
    </message>
    <message>
      <source>Accept this tax ID although its check character fails</source>
      <translation>校验位不符，仍然使用此纳税人识别号</translation>
    </message>
    <message>
      <source>why, e.g. “printed so on the business licence”</source>
      <translation>原因，例如“营业执照上就是这样印的”</translation>
    </message>
    <message>
      <source>Needed on invoices; can be added later.</source>
      <translation>开具发票时需要，可以稍后填写。</translation>
    </message>
    <message>
      <source>✓ Valid unified social credit code</source>
      <translation>✓ 统一社会信用代码有效</translation>
    </message>
  </context>
  <context>
    <name>CompanyPage</name>
    <message>
      <source>Company profile</source>
      <translation>公司信息</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <source>Open connected book</source>
      <translation>打开服务器账套</translation>
    </message>
    <message>
      <source>Open a book kept on your company's PostgreSQL server. Your IT person can tell you these details.</source>
      <translation>打开保存在公司 PostgreSQL 服务器上的账套。以下信息可向您的 IT 人员询问。</translation>
    </message>
    <message>
      <source>&amp;Server:</source>
      <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
      <source>P&amp;ort:</source>
      <translation>端口(&amp;O)：</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>密码(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Encryption (TLS):</source>
      <translation>加密方式(&amp;E)(TLS)：</translation>
    </message>
    <message>
      <source>verify-full (recommended)</source>
      <translation>verify-full（推荐）</translation>
    </message>
    <message>
      <source>verify-full encrypts the connection and checks the server's certificate, so no one can listen in or pretend to be the server. Use it unless your IT person says otherwise.</source>
      <translation>verify-full 会加密连接并验证服务器证书，别人既无法窃听，也无法冒充服务器。除非您的 IT 人员另有说明，请使用它。</translation>
    </message>
    <message>
      <source>Remember the password on this computer</source>
      <translation>在这台电脑上记住密码</translation>
    </message>
    <message>
      <source>Kept in the system's password store (keyring), never in a file.</source>
      <translation>保存在系统的密码库（钥匙串）中，绝不写入文件。</translation>
    </message>
    <message>
      <source>This computer has no secure password store, so the password cannot be remembered; you will be asked for it each time.</source>
      <translation>这台电脑没有安全的密码库，因此无法记住密码，每次都会询问您。</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>连接</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>Set up your company</source>
      <translation>设置公司信息</translation>
    </message>
    <message>
      <source>Welcome to ERP Desktop</source>
      <translation>欢迎使用 ERP Desktop</translation>
    </message>
    <message>
      <source>Tell us about your company: it is printed on your invoices and orders. You can change it later under Settings. Only the company name and your name are required.</source>
      <translation>请填写公司信息，它会打印在发票和订单上。以后可以在“设置”中修改。只有公司名称和您的姓名是必填的。</translation>
    </message>
    <message>
      <source>&amp;Your name:</source>
      <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
      <source>you will be the administrator of this book</source>
      <translation>您将成为此账套的管理员</translation>
    </message>
    <message>
      <source>Start working</source>
      <translation>开始使用</translation>
    </message>
  </context>
  <context>
    <name>IntroPage</name>
    <message>
      <source>Move this book to a server</source>
      <translation>把账套迁移到服务器</translation>
    </message>
    <message>
      <source>&lt;p&gt;On a PostgreSQL server, every PC of the company works in the same book at the same time.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You need:&lt;/b&gt; the address of the server, an &lt;b&gt;empty&lt;/b&gt; database made for this book (encoding UTF8), and a server user who owns it, with its password. The guide for IT persons (docs/connected-mode.md) shows how to prepare them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens:&lt;/b&gt; ERP Desktop first checks the book and the server and tells you about any problem &lt;i&gt;before&lt;/i&gt; writing anything. Then it copies every record, compares the copy with this book row by row, and only when everything matches switches over. This file stays as it is, read-only, with a note saying where the book went.&lt;/p&gt;&lt;p&gt;Nobody should work in this book while it moves.&lt;/p&gt;</source>
      <translation>&lt;p&gt;账套放在 PostgreSQL 服务器上之后，公司的每台电脑都可以同时在同一个账套中工作。&lt;/p&gt;&lt;p&gt;&lt;b&gt;您需要：&lt;/b&gt;服务器地址、一个为此账套准备的&lt;b&gt;空&lt;/b&gt;数据库（编码为 UTF8），以及拥有该数据库的服务器用户和密码。IT 人员指南（docs/connected-mode.md）说明了如何准备。&lt;/p&gt;&lt;p&gt;&lt;b&gt;迁移过程：&lt;/b&gt;ERP Desktop 先检查账套和服务器，如有问题会在&lt;i&gt;写入任何数据之前&lt;/i&gt;告诉您。然后复制每一条记录，把副本与本账套逐条比对，全部一致后才切换过去。本文件原样保留（只读），并注明账套去了哪里。&lt;/p&gt;&lt;p&gt;迁移期间请不要在此账套中工作。&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>This book has no passwords yet. As its administrator ({name}), choose your password now: from here on everyone signs in with their own name and password.</source>
      <translation>此账套还没有设置任何密码。作为管理员（{name}），请现在设置您的密码：从此以后，每个人都用自己的用户名和密码登录。</translation>
    </message>
    <message>
      <source>Sign in with the user name and password your administrator gave you.</source>
      <translation>请使用管理员给您的用户名和密码登录。</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Repeat password:</source>
      <translation>再次输入密码(&amp;R)：</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;New book…</source>
      <translation>新建账套(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open book…</source>
      <translation>打开账套(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;connected book…</source>
      <translation>打开服务器账套(&amp;C)…</translation>
    </message>
    <message>
      <source>&amp;Recent books</source>
      <translation>最近的账套(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Back up book…</source>
      <translation>备份账套(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About ERP Desktop</source>
      <translation>关于 ERP Desktop(&amp;A)</translation>
    </message>
    <message>
      <source>Opening book…</source>
      <translation>正在打开账套…</translation>
    </message>
    <message>
      <source>No book is open</source>
      <translation>没有打开的账套</translation>
    </message>
    <message>
      <source>Create a new book, open a book file, or connect to your company's server.</source>
      <translation>请新建账套、打开账套文件，或连接到公司的服务器。</translation>
    </message>
    <message>
      <source>New book…</source>
      <translation>新建账套…</translation>
    </message>
    <message>
      <source>Open book…</source>
      <translation>打开账套…</translation>
    </message>
    <message>
      <source>Open connected book…</source>
      <translation>打开服务器账套…</translation>
    </message>
    <message>
      <source>No book open</source>
      <translation>未打开账套</translation>
    </message>
    <message>
      <source>(company not set up)</source>
      <translation>（尚未设置公司）</translation>
    </message>
    <message>
      <source>Read-only (moved): {path}</source>
      <translation>只读（已迁移）：{path}</translation>
    </message>
    <message>
      <source>Offline: {path}</source>
      <translation>单机模式：{path}</translation>
    </message>
    <message>
      <source>Connected: {host}:{port} / {database} / {user}</source>
      <translation>联网模式：{host}:{port} / {database} / {user}</translation>
    </message>
    <message>
      <source>Schema {revision}</source>
      <translation>结构版本 {revision}</translation>
    </message>
    <message>
      <source>This book was moved to {where}. This copy is kept read-only: open the book at its new place to work in it.</source>
      <translation>此账套已迁移到 {where}。这个副本保持只读：请到新位置打开账套继续工作。</translation>
    </message>
    <message>
      <source>Open it there</source>
      <translation>到新位置打开</translation>
    </message>
    <message>
      <source>the database “{database}” on the server {host}:{port}</source>
      <translation>服务器 {host}:{port} 上的数据库“{database}”</translation>
    </message>
    <message>
      <source>Connected to the server again.</source>
      <translation>已重新连接到服务器。</translation>
    </message>
    <message>
      <source>The server cannot be reached. What you typed is kept; nothing was saved since the last confirmation. ERP Desktop reconnects by itself as soon as the server answers.</source>
      <translation>无法连接服务器。您输入的内容都还在；自上次确认以来没有保存任何内容。服务器一恢复响应，ERP Desktop 会自动重新连接。</translation>
    </message>
    <message>
      <source>Try again now</source>
      <translation>立即重试</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>（暂无）</translation>
    </message>
  </context>
  <context>
    <name>MovePage</name>
    <message>
      <source>Moving the book</source>
      <translation>正在迁移账套</translation>
    </message>
    <message>
      <source>Copying and checking. Cancel stops safely: this book stays as it is.</source>
      <translation>正在复制并核对。点“取消”可以安全停止：本账套保持不变。</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>表</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>记录数</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>已复制</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>已核对</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>正在开始…</translation>
    </message>
    <message>
      <source>Copying {table}…</source>
      <translation>正在复制 {table}…</translation>
    </message>
    <message>
      <source>Checking {table} against this book…</source>
      <translation>正在将 {table} 与本账套核对…</translation>
    </message>
    <message>
      <source>Checking the book's own rules on the server…</source>
      <translation>正在服务器上检查账套自身的规则…</translation>
    </message>
    <message>
      <source>Switching over…</source>
      <translation>正在切换…</translation>
    </message>
    <message>
      <source>about {minutes} min {seconds} s left</source>
      <translation>大约还需 {minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
      <source>✓ Done: every record was copied and checked.</source>
      <translation>✓ 完成：每一条记录都已复制并核对。</translation>
    </message>
    <message>
      <source>✗ The copy does not match this book (tables: {tables}). The move was stopped; this book is unchanged and the copy on the server is marked unfinished, so nobody can use it. Keep this window's text for support.</source>
      <translation>✗ 副本与本账套不一致（表：{tables}）。迁移已停止；本账套没有任何改变，服务器上的副本被标记为未完成，任何人都无法使用。请保留此窗口中的文字以便技术支持。</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
  </context>
  <context>
    <name>MoveToServerWizard</name>
    <message>
      <source>Move this book to a server</source>
      <translation>把账套迁移到服务器</translation>
    </message>
    <message>
      <source>Cancelling… this book stays as it is.</source>
      <translation>正在取消…本账套保持不变。</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>Purchasing</source>
      <translation>采购</translation>
    </message>
    <message>
      <source>Suppliers, purchase orders, goods receipts and supplier returns will be kept here. This part of ERP Desktop is not built yet.</source>
      <translation>供应商、采购订单、采购入库和采购退货将在这里管理。ERP Desktop 的这一部分尚未完成。</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Stock on hand per warehouse, adjustments, stock counts and the movement history of every item will be shown here. This part of ERP Desktop is not built yet.</source>
      <translation>各仓库的现存量、库存调整、盘点以及每个商品的出入库记录将在这里显示。ERP Desktop 的这一部分尚未完成。</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>调拨</translation>
    </message>
    <message>
      <source>Transfers of goods between your warehouses — shipped, on the road and received — will be managed here. This part of ERP Desktop is not built yet.</source>
      <translation>仓库之间的调拨（已发货、在途、已收货）将在这里管理。ERP Desktop 的这一部分尚未完成。</translation>
    </message>
    <message>
      <source>Invoicing</source>
      <translation>开票</translation>
    </message>
    <message>
      <source>Sales invoices, credit notes and their PDF and XML exports will be made here. This part of ERP Desktop is not built yet.</source>
      <translation>销售发票、红字发票及其 PDF 和 XML 导出将在这里完成。ERP Desktop 的这一部分尚未完成。</translation>
    </message>
    <message>
      <source>Master data</source>
      <translation>基础资料</translation>
    </message>
    <message>
      <source>Items, warehouses, suppliers and customers will be listed and edited here. This part of ERP Desktop is not built yet.</source>
      <translation>商品、仓库、供应商和客户将在这里列出和编辑。ERP Desktop 的这一部分尚未完成。</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Stock valuation, low stock, goods still to arrive and sales reports will be shown here. This part of ERP Desktop is not built yet.</source>
      <translation>库存金额、低库存、在途到货和销售报表将在这里显示。ERP Desktop 的这一部分尚未完成。</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Company profile and book settings.</source>
      <translation>公司信息和账套设置。</translation>
    </message>
  </context>
  <context>
    <name>OperationRunner</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>The book is on the server</source>
      <translation>账套已在服务器上</translation>
    </message>
    <message>
      <source>&amp;Open it on the server</source>
      <translation>在服务器上打开(&amp;O)</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>表</translation>
    </message>
    <message>
      <source>Records here</source>
      <translation>本地记录数</translation>
    </message>
    <message>
      <source>Records on the server</source>
      <translation>服务器记录数</translation>
    </message>
    <message>
      <source>Every record the same</source>
      <translation>每条记录一致</translation>
    </message>
    <message>
      <source>Totals the same</source>
      <translation>合计一致</translation>
    </message>
    <message>
      <source>On the server everyone signs in. Choose your password now (at least 8 characters); you add the other users under Settings ▸ Users.</source>
      <translation>在服务器上每个人都需要登录。请现在设置您的密码（至少 8 个字符）；其他用户可在“设置 ▸ 用户”中添加。</translation>
    </message>
    <message>
      <source>Your &amp;password:</source>
      <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Repeat it:</source>
      <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>NO</source>
      <translation>否</translation>
    </message>
    <message>
      <source>The book's own checks pass on the server.</source>
      <translation>账套自身的检查在服务器上全部通过。</translation>
    </message>
    <message>
      <source>The book's own checks run when it is next opened.</source>
      <translation>账套自身的检查将在下次打开时进行。</translation>
    </message>
    <message>
      <source>{rows} records in {tables} tables were copied and compared one by one: all equal. {checks} This file now opens read-only and says where the book went.</source>
      <translation>{tables} 张表中的 {rows} 条记录已复制并逐条比对：全部一致。{checks}本文件今后以只读方式打开，并注明账套去了哪里。</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>ServerPage</name>
    <message>
      <source>The server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Where the book goes. Your IT person or the server's administrator knows these.</source>
      <translation>账套要迁往的位置。您的 IT 人员或服务器管理员知道这些信息。</translation>
    </message>
    <message>
      <source>&amp;Server address:</source>
      <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>端口(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
      <source>Server &amp;user:</source>
      <translation>服务器用户(&amp;U)：</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>密码(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Encryption (TLS):</source>
      <translation>加密方式(&amp;E)(TLS)：</translation>
    </message>
    <message>
      <source>e.g. 192.168.1.10 or erp.example.com</source>
      <translation>例如 192.168.1.10 或 erp.example.com</translation>
    </message>
    <message>
      <source>an empty database, e.g. erp_book</source>
      <translation>一个空数据库，例如 erp_book</translation>
    </message>
    <message>
      <source>verify-full (recommended)</source>
      <translation>verify-full（推荐）</translation>
    </message>
    <message>
      <source>verify-full encrypts the connection and checks the server's certificate. “prefer” and “disable” may send the book unencrypted over the network: use them only inside a trusted office network.</source>
      <translation>verify-full 会加密连接并验证服务器证书。“prefer”和“disable”可能通过网络明文传送账套：只在可信的办公室内网中使用。</translation>
    </message>
    <message>
      <source>Remember the password on this computer</source>
      <translation>在这台电脑上记住密码</translation>
    </message>
    <message>
      <source>Kept in the system's password store (keyring), never in a file.</source>
      <translation>保存在系统的密码库（钥匙串）中，绝不写入文件。</translation>
    </message>
    <message>
      <source>This computer has no secure password store, so the password cannot be remembered; you will be asked for it each time.</source>
      <translation>这台电脑没有安全的密码库，因此无法记住密码，每次都会询问您。</translation>
    </message>
    <message>
      <source>&amp;Test connection</source>
      <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
      <source>Fill in the server address, database and user.</source>
      <translation>请填写服务器地址、数据库和用户。</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <source>The database is empty: ready.</source>
      <translation>数据库是空的：可以开始。</translation>
    </message>
    <message>
      <source>The database is not empty; the next step tells what is in it.</source>
      <translation>数据库不是空的；下一步会说明里面有什么。</translation>
    </message>
    <message>
      <source>✓ Connected to PostgreSQL {version}. {state}</source>
      <translation>✓ 已连接到 PostgreSQL {version}。{state}</translation>
    </message>
    <message>
      <source>This book is a file on this computer: {path}

When more than one PC should work in it at the same time, move it to your company's PostgreSQL server. ERP Desktop copies every record, checks the copy row by row, and only then switches over. This file stays, read-only, as it was.</source>
      <translation>此账套是这台电脑上的一个文件：{path}

如果需要多台电脑同时使用，请把它迁移到公司的 PostgreSQL 服务器。ERP Desktop 会复制每一条记录，逐条核对副本，确认无误后才切换过去。本文件原样保留（只读）。</translation>
    </message>
    <message>
      <source>&amp;Move this book to a server…</source>
      <translation>把账套迁移到服务器(&amp;M)…</translation>
    </message>
    <message>
      <source>This book is kept on the server {host}:{port}, database {database}, signed in to the server as {user}. Every PC that opens it there works in the same book.

File ▸ Back up book saves a checked copy of it as a file; to work offline again, see the guide for your IT person (docs/connected-mode.md).</source>
      <translation>此账套保存在服务器 {host}:{port} 的数据库 {database} 中，以服务器用户 {user} 登录。所有在那里打开它的电脑都在同一个账套中工作。

“文件 ▸ 备份账套”可把它保存为经过核对的文件副本；如需重新单机使用，请参阅 IT 人员指南（docs/connected-mode.md）。</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Only administrators manage users.</source>
      <translation>只有管理员可以管理用户。</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <source>Add a user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <source>Set a new password</source>
      <translation>设置新密码</translation>
    </message>
    <message>
      <source>The new user signs in with the user name and password you give here, and may do what the role allows.</source>
      <translation>新用户用您在这里设置的用户名和密码登录，并可以做其角色允许的事。</translation>
    </message>
    <message>
      <source>A new password for {name}. Tell it to them in person.</source>
      <translation>{name} 的新密码。请当面告诉对方。</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>角色(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <source>Repeat pass&amp;word:</source>
      <translation>再次输入密码(&amp;W)：</translation>
    </message>
    <message>
      <source>for signing in, e.g. wang.fang</source>
      <translation>用于登录，例如 wang.fang</translation>
    </message>
    <message>
      <source>at least 8 characters</source>
      <translation>至少 8 个字符</translation>
    </message>
  </context>
  <context>
    <name>UserTableModel</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>set</source>
      <translation>已设置</translation>
    </message>
    <message>
      <source>none</source>
      <translation>未设置</translation>
    </message>
    <message>
      <source>active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>已停用</translation>
    </message>
  </context>
  <context>
    <name>UsersWidget</name>
    <message>
      <source>Everyone who works in this book has their own user name and password, and a role that decides what they may do. Every sign-in is recorded in the audit trail. Deactivated users can no longer sign in; what they did stays on record.</source>
      <translation>在此账套中工作的每个人都有自己的用户名和密码，以及决定其权限的角色。每次登录都会记入审计记录。停用的用户不能再登录，但其操作记录会保留。</translation>
    </message>
    <message>
      <source>&amp;Add user…</source>
      <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
      <source>Set &amp;password…</source>
      <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Activate</source>
      <translation>启用(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>停用(&amp;D)</translation>
    </message>
    <message>
      <source>{name} was added.</source>
      <translation>已添加 {name}。</translation>
    </message>
    <message>
      <source>The password of {name} was changed.</source>
      <translation>{name} 的密码已更改。</translation>
    </message>
    <message>
      <source>{name} can sign in again.</source>
      <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
      <source>{name} can no longer sign in.</source>
      <translation>{name} 不能再登录了。</translation>
    </message>
  </context>
  <context>
    <name>checks</name>
    <message>
      <source>SQLite integrity check failed: {detail}</source>
      <translation>SQLite 完整性检查未通过：{detail}</translation>
    </message>
    <message>
      <source>{count} rows point to missing rows (first: table {table}).</source>
      <translation>有 {count} 行记录引用了不存在的记录（第一处：表 {table}）。</translation>
    </message>
    <message>
      <source>The audit trail was altered (event {id}): {detail}</source>
      <translation>审计记录被改动过（事件 {id}）：{detail}</translation>
    </message>
    <message>
      <source>Numbers missing (a gap): {numbers}</source>
      <translation>编号缺失（断号）：{numbers}</translation>
    </message>
    <message>
      <source>Numbers used twice: {numbers}</source>
      <translation>编号重复使用：{numbers}</translation>
    </message>
    <message>
      <source>Numbers the series never gave out: {numbers}</source>
      <translation>编号规则从未发出过的编号：{numbers}</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>create a new, empty book</source>
      <translation>新建一个空账套</translation>
    </message>
    <message>
      <source>Create a new book at --book (a new file, or an empty PostgreSQL database). With --company the company profile and first user are stored too; otherwise the app asks for them when it first opens the book.</source>
      <translation>在 --book 指定的位置（新文件或空的 PostgreSQL 数据库）新建账套。如果给出 --company，会同时保存公司信息和第一个用户；否则程序第一次打开账套时会询问。</translation>
    </message>
    <message>
      <source>company name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <source>unified social credit code of the company</source>
      <translation>公司的统一社会信用代码</translation>
    </message>
    <message>
      <source>first user (administrator)</source>
      <translation>第一个用户（管理员）</translation>
    </message>
    <message>
      <source>currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>language of the book's documents</source>
      <translation>账套单据的语言</translation>
    </message>
    <message>
      <source>upgrade a book to this version</source>
      <translation>将账套升级到当前版本</translation>
    </message>
    <message>
      <source>Upgrade the book's schema to this version of ERP Desktop. An SQLite book is backed up next to itself first. A book that is already current is left alone.</source>
      <translation>将账套结构升级到当前版本的 ERP Desktop。SQLite 账套会先在同一文件夹中备份。已是最新的账套不会被改动。</translation>
    </message>
    <message>
      <source>show what a book is and holds</source>
      <translation>显示账套的信息和内容</translation>
    </message>
    <message>
      <source>Show the book's kind, location, schema revision, size and row counts, without changing anything.</source>
      <translation>显示账套的类型、位置、结构版本、大小和各表记录数，不做任何修改。</translation>
    </message>
    <message>
      <source>copy a book to a backup file</source>
      <translation>将账套复制到备份文件</translation>
    </message>
    <message>
      <source>Copy a book to FILE while it may be in use: a file book with SQLite's online backup, a server book as a verified snapshot in a new file (for pg_dump backups see docs/connected-mode.md).</source>
      <translation>在账套可能正在使用时把它复制到 FILE：文件账套使用 SQLite 在线备份，服务器账套保存为经过核对的新文件快照（pg_dump 备份见 docs/connected-mode.md）。</translation>
    </message>
    <message>
      <source>backup file to write</source>
      <translation>要写入的备份文件</translation>
    </message>
    <message>
      <source>Created a new book at {where} (schema {revision}).</source>
      <translation>已在 {where} 新建账套（结构版本 {revision}）。</translation>
    </message>
    <message>
      <source>Upgraded {where} to {revision}. Backup: {backup}</source>
      <translation>已将 {where} 升级到 {revision}。备份：{backup}</translation>
    </message>
    <message>
      <source>{where} is at {revision}: nothing to upgrade.</source>
      <translation>{where} 的结构版本为 {revision}，无需升级。</translation>
    </message>
    <message>
      <source>current</source>
      <translation>最新</translation>
    </message>
    <message>
      <source>older: run “erp-desktop upgrade”</source>
      <translation>较旧：请运行“erp-desktop upgrade”</translation>
    </message>
    <message>
      <source>newer than this program</source>
      <translation>比本程序新</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Schema revision</source>
      <translation>结构版本</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <source>Last upgraded by</source>
      <translation>最后升级版本</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Moved to</source>
      <translation>已迁移到</translation>
    </message>
    <message>
      <source>{where} (this copy opens read-only)</source>
      <translation>{where}（此副本以只读方式打开）</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>迁移</translation>
    </message>
    <message>
      <source>unfinished: the app refuses this book; run the move again</source>
      <translation>未完成：程序拒绝打开此账套；请重新运行迁移</translation>
    </message>
    <message>
      <source>Moved from</source>
      <translation>迁移自</translation>
    </message>
    <message>
      <source>Rows:</source>
      <translation>记录数：</translation>
    </message>
    <message>
      <source>Backup written to {path}.</source>
      <translation>备份已保存到 {path}。</translation>
    </message>
    <message>
      <source>Error:</source>
      <translation>错误：</translation>
    </message>
    <message>
      <source>Sorry, something went wrong inside ERP Desktop. Nothing was half-saved. The details are in the log file: {path}</source>
      <translation>抱歉，ERP Desktop 内部出错了。没有任何数据被保存一半。详细信息见日志文件：{path}</translation>
    </message>
    <message>
      <source>ERP Desktop: purchasing, stock, transfers and invoices for shops and trading companies. Without a command, the desktop app starts.</source>
      <translation>ERP Desktop：面向商店和贸易公司的采购、库存、调拨与开票软件。不带命令时启动桌面程序。</translation>
    </message>
    <message>
      <source>the book: an SQLite file or a postgresql:// URL (default: $ERP_DESKTOP_BOOK, else the default book in your data folder)</source>
      <translation>账套：SQLite 文件或 postgresql:// 地址（默认：$ERP_DESKTOP_BOOK，否则为数据文件夹中的默认账套）</translation>
    </message>
    <message>
      <source>keep data, settings and logs under DIR instead of the user folders</source>
      <translation>将数据、设置和日志保存在 DIR 下，而不是用户文件夹中</translation>
    </message>
    <message>
      <source>language of messages (default: system)</source>
      <translation>提示信息的语言（默认：跟随系统）</translation>
    </message>
    <message>
      <source>verify a book</source>
      <translation>检查账套</translation>
    </message>
    <message>
      <source>Verify the book: database integrity, the audit trail, gap-free numbering, stock balances against the stock ledger, and each area's own rules. Prints what is wrong and exits with 3 if anything is. Changes nothing.</source>
      <translation>检查账套：数据库完整性、审计记录、编号连续无断号、库存余额与库存流水是否一致，以及各业务模块自身的规则。列出发现的问题，有问题时退出码为 3。不做任何修改。</translation>
    </message>
    <message>
      <source>PROBLEMS</source>
      <translation>有问题</translation>
    </message>
    <message>
      <source>The book {where} is in order.</source>
      <translation>账套 {where} 检查无误。</translation>
    </message>
    <message>
      <source>{count} problem(s) found in {where}.</source>
      <translation>在 {where} 中发现 {count} 个问题。</translation>
    </message>
    <message>
      <source>move a book to a PostgreSQL server, or back to a file</source>
      <translation>把账套迁移到 PostgreSQL 服务器，或迁回文件</translation>
    </message>
    <message>
      <source>Move the book --book to --to: from a file to an empty PostgreSQL database (postgresql://user@server/database), or from a server to a new file. Checks first, copies, compares every row, and only then switches over; the original is left unchanged until then and opens read-only afterwards. Exits with 1 if anything is wrong.</source>
      <translation>把 --book 指定的账套迁移到 --to：从文件迁到一个空的 PostgreSQL 数据库（postgresql://用户@服务器/数据库），或从服务器迁到一个新文件。先检查，再复制，逐条比对，然后才切换；在此之前原账套保持不变，之后以只读方式打开。出现任何问题时以 1 退出。</translation>
    </message>
    <message>
      <source>where the book goes</source>
      <translation>账套迁往的位置</translation>
    </message>
    <message>
      <source>replace an unfinished earlier move found at the target without asking</source>
      <translation>不再询问，直接替换目标处上次未完成的迁移</translation>
    </message>
    <message>
      <source>Checking {source} and {target}…</source>
      <translation>正在检查 {source} 和 {target}…</translation>
    </message>
    <message>
      <source>Nothing was written: fix the {count} problem(s) above first.</source>
      <translation>没有写入任何数据：请先解决上面的 {count} 个问题。</translation>
    </message>
    <message>
      <source>Nothing was written. Run again with --yes to replace it.</source>
      <translation>没有写入任何数据。如要替换，请加上 --yes 重新运行。</translation>
    </message>
    <message>
      <source>Done: {rows} rows in {tables} tables copied and verified in {seconds} s. The book is now at {target}.</source>
      <translation>完成：{tables} 张表中的 {rows} 行已复制并核对，用时 {seconds} 秒。账套现在位于 {target}。</translation>
    </message>
    <message>
      <source>Replace the unfinished earlier move? [y/N] </source>
      <translation>替换上次未完成的迁移吗？[y/N] </translation>
    </message>
    <message>
      <source>Verification, table by table:</source>
      <translation>逐表核对：</translation>
    </message>
    <message>
      <source>table</source>
      <translation>表</translation>
    </message>
    <message>
      <source>rows here</source>
      <translation>本地行数</translation>
    </message>
    <message>
      <source>rows there</source>
      <translation>目标行数</translation>
    </message>
    <message>
      <source>keys</source>
      <translation>主键</translation>
    </message>
    <message>
      <source>rows</source>
      <translation>各行</translation>
    </message>
    <message>
      <source>totals</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>DIFFERENT</source>
      <translation>不一致</translation>
    </message>
    <message>
      <source>    missing in the copy: {key}</source>
      <translation>    副本中缺少：{key}</translation>
    </message>
    <message>
      <source>    only in the copy: {key}</source>
      <translation>    仅副本中有：{key}</translation>
    </message>
    <message>
      <source>    {key} {columns}: {was} → {now}</source>
      <translation>    {key} {columns}：{was} → {now}</translation>
    </message>
    <message>
      <source>    totals differ: {was} → {now}</source>
      <translation>    合计不一致：{was} → {now}</translation>
    </message>
    <message>
      <source>  The book's own checks pass on the copy.</source>
      <translation>  账套自身的检查在副本上全部通过。</translation>
    </message>
    <message>
      <source>{seconds} s left</source>
      <translation>还需 {seconds} 秒</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>This book was moved to {where}. This copy is kept read-only; open the book there to work in it.</source>
      <translation>此账套已迁移到 {where}。这个副本保持只读；请到那里打开账套继续工作。</translation>
    </message>
    <message>
      <source>This book is open read-only; nothing can be changed.</source>
      <translation>此账套以只读方式打开，不能修改。</translation>
    </message>
    <message>
      <source>{where} holds no book yet. Create one there with “erp-desktop init”.</source>
      <translation>{where} 中还没有账套。请用“erp-desktop init”在那里新建。</translation>
    </message>
    <message>
      <source>{where} holds data of another program, not an ERP Desktop book. Nothing was changed.</source>
      <translation>{where} 中是其他程序的数据，不是 ERP Desktop 账套。未做任何修改。</translation>
    </message>
    <message>
      <source>{where} holds an unfinished move of a book, not a usable book. Run the move again from the original (Settings ▸ Move this book to a server, or “erp-desktop migrate”); it finishes or starts over safely.</source>
      <translation>{where} 中是一次未完成的账套迁移，不是可用的账套。请从原账套重新运行迁移（设置 ▸ 把账套迁移到服务器，或“erp-desktop migrate”），它会安全地完成或重新开始。</translation>
    </message>
    <message>
      <source>This book was moved to {where}. Open the book there.</source>
      <translation>此账套已迁移到 {where}。请到那里打开。</translation>
    </message>
    <message>
      <source>The book {where} must be upgraded before use: run “erp-desktop upgrade”.</source>
      <translation>账套 {where} 需要先升级才能使用：请运行“erp-desktop upgrade”。</translation>
    </message>
    <message>
      <source>{where} is not empty: a book or other data is already there.</source>
      <translation>{where} 不是空的：那里已有账套或其他数据。</translation>
    </message>
    <message>
      <source>The book refused the change because it conflicts with data already saved (possibly by another user at the same moment). Nothing was saved. Reload and try again. [{detail}]</source>
      <translation>此修改与已保存的数据冲突（可能是其他用户同时做了修改），账套拒绝了它，未保存任何内容。请刷新后重试。[{detail}]</translation>
    </message>
    <message>
      <source>The book is busy: other users are saving the same data. Nothing was saved; please try again in a moment.</source>
      <translation>账套正忙：其他用户正在保存相同的数据。未保存任何内容，请稍后重试。</translation>
    </message>
    <message>
      <source>The book is read-only here; nothing can be saved to it. ({detail})</source>
      <translation>此处的账套是只读的，无法保存。（{detail}）</translation>
    </message>
    <message>
      <source>The connection to the book was lost. What you typed is kept; try again when the server can be reached. ({detail})</source>
      <translation>与账套的连接已断开。您输入的内容已保留，服务器恢复后请重试。（{detail}）</translation>
    </message>
    <message>
      <source>The database reported an error: {detail}</source>
      <translation>数据库报告了一个错误：{detail}</translation>
    </message>
    <message>
      <source>The server {where} refused the user name or password. Check them.</source>
      <translation>服务器 {where} 拒绝了用户名或密码，请检查。</translation>
    </message>
    <message>
      <source>The server {where} does not offer encrypted (TLS) connections, and this connection requires them. Ask your IT person to switch TLS on in the server (recommended), or choose “prefer” only inside a trusted office network.</source>
      <translation>服务器 {where} 不提供加密（TLS）连接，而此连接要求加密。请让 IT 人员在服务器上开启 TLS（推荐），或仅在可信的办公室内网中选择“prefer”。</translation>
    </message>
    <message>
      <source>The certificate of the server {where} could not be checked: this computer needs the company's root certificate (for verify-full), and the server address must match the certificate. See docs/connected-mode.md. ({detail})</source>
      <translation>无法验证服务器 {where} 的证书：这台电脑需要公司的根证书（用于 verify-full），并且服务器地址必须与证书一致。参见 docs/connected-mode.md。（{detail}）</translation>
    </message>
    <message>
      <source>The server {where} has no such database. Ask your IT person to create it.</source>
      <translation>服务器 {where} 上没有这个数据库。请联系 IT 人员创建。</translation>
    </message>
    <message>
      <source>Cannot reach the server {where}. Check the address, the network and that the server is running. ({detail})</source>
      <translation>无法连接服务器 {where}。请检查地址、网络以及服务器是否在运行。（{detail}）</translation>
    </message>
    <message>
      <source>{where} is not an ERP Desktop book.</source>
      <translation>{where} 不是 ERP Desktop 账套。</translation>
    </message>
    <message>
      <source>No book was named.</source>
      <translation>没有指定账套。</translation>
    </message>
    <message>
      <source>An SQLite book needs a file path.</source>
      <translation>SQLite 账套需要一个文件路径。</translation>
    </message>
    <message>
      <source>“{scheme}” books are not supported: use a file path or a postgresql:// address.</source>
      <translation>不支持“{scheme}”类型的账套：请使用文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
      <source>“{text}” is not a valid book address.</source>
      <translation>“{text}”不是有效的账套地址。</translation>
    </message>
    <message>
      <source>The server address must name a host: {url}</source>
      <translation>服务器地址必须包含主机名：{url}</translation>
    </message>
    <message>
      <source>The server address must name a database: {url}</source>
      <translation>服务器地址必须包含数据库名：{url}</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <source>There is no book at {path}.</source>
      <translation>{path} 处没有账套。</translation>
    </message>
    <message>
      <source>{path} is a folder, not a book. Choose a book file inside it.</source>
      <translation>{path} 是一个文件夹，不是账套。请选择其中的账套文件。</translation>
    </message>
    <message>
      <source>{path} is an empty file (0 bytes), not an ERP Desktop book.</source>
      <translation>{path} 是空文件（0 字节），不是 ERP Desktop 账套。</translation>
    </message>
    <message>
      <source>{path} is not an ERP Desktop book (it is not a database file).</source>
      <translation>{path} 不是 ERP Desktop 账套（它不是数据库文件）。</translation>
    </message>
    <message>
      <source>{path} is a database of another program, not an ERP Desktop book. It was not changed.</source>
      <translation>{path} 是其他程序的数据库，不是 ERP Desktop 账套。未做任何修改。</translation>
    </message>
    <message>
      <source>A book already exists at {path}.</source>
      <translation>{path} 处已经有一个账套。</translation>
    </message>
    <message>
      <source>Cannot create a book in {folder}: {reason}. Choose a folder you can write to.</source>
      <translation>无法在 {folder} 中新建账套：{reason}。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
      <source>The book {path} cannot be written ({reason}). It may be on a read-only disk or folder: copy it to a folder you can write to.</source>
      <translation>账套 {path} 无法写入（{reason}）。它可能位于只读的磁盘或文件夹中：请将其复制到可写入的文件夹。</translation>
    </message>
    <message>
      <source>{path} already exists; choose another name.</source>
      <translation>{path} 已存在，请换一个名称。</translation>
    </message>
    <message>
      <source>The backup to {path} failed: {reason}</source>
      <translation>备份到 {path} 失败：{reason}</translation>
    </message>
    <message>
      <source>The book {where} was saved by ERP Desktop {version}, newer than this program ({ours}). Install ERP Desktop {version} or later to open it. The book was not changed.</source>
      <translation>账套 {where} 由 ERP Desktop {version} 保存，比本程序（{ours}）新。请安装 ERP Desktop {version} 或更高版本后再打开。账套未做任何修改。</translation>
    </message>
    <message>
      <source>Upgrading the book failed and was undone; the book is as it was. A backup is at {backup}. ({reason})</source>
      <translation>账套升级失败并已撤销，账套保持原样。备份位于 {backup}。（{reason}）</translation>
    </message>
    <message>
      <source>{field}: enter a number.</source>
      <translation>{field}：请输入数字。</translation>
    </message>
    <message>
      <source>{field}: “{text}” is not a number.</source>
      <translation>{field}：“{text}”不是数字。</translation>
    </message>
    <message>
      <source>{field} cannot be negative.</source>
      <translation>{field}不能为负数。</translation>
    </message>
    <message>
      <source>{field} must be more than zero.</source>
      <translation>{field}必须大于零。</translation>
    </message>
    <message>
      <source>{field}: at most {places} decimal places are allowed.</source>
      <translation>{field}：最多允许 {places} 位小数。</translation>
    </message>
    <message>
      <source>{field} is too large.</source>
      <translation>{field}太大了。</translation>
    </message>
    <message>
      <source>The amount is too large.</source>
      <translation>金额太大了。</translation>
    </message>
    <message>
      <source>The tax ID “{code}” has {length} characters; a unified social credit code has 18.</source>
      <translation>纳税人识别号“{code}”有 {length} 位，统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
      <source>The tax ID “{code}” contains characters that a unified social credit code never uses: {chars}.</source>
      <translation>纳税人识别号“{code}”含有统一社会信用代码不使用的字符：{chars}。</translation>
    </message>
    <message>
      <source>The tax ID “{code}” fails its check character: it is probably mistyped. If it is printed so on the business licence, accept it with a reason.</source>
      <translation>纳税人识别号“{code}”校验位不符，可能输错了。如果营业执照上就是这样印的，可以填写原因后接受。</translation>
    </message>
    <message>
      <source>The tax ID “{code}” is not a valid code ({reason}).</source>
      <translation>纳税人识别号“{code}”无效（{reason}）。</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>{field}为必填项。</translation>
    </message>
    <message>
      <source>{field} contains a control character (U+{code}).</source>
      <translation>{field}含有控制字符（U+{code}）。</translation>
    </message>
    <message>
      <source>{field} is too long: {length} characters, at most {max} allowed.</source>
      <translation>{field}太长：共 {length} 个字符，最多允许 {max} 个。</translation>
    </message>
    <message>
      <source>The setting “{key}” takes a {type} value.</source>
      <translation>设置“{key}”需要 {type} 类型的值。</translation>
    </message>
    <message>
      <source>Unsupported currency “{code}”.</source>
      <translation>不支持的币种“{code}”。</translation>
    </message>
    <message>
      <source>Unsupported language “{code}”.</source>
      <translation>不支持的语言“{code}”。</translation>
    </message>
    <message>
      <source>This book already has a company profile.</source>
      <translation>此账套已经设置了公司信息。</translation>
    </message>
    <message>
      <source>Set up the company profile first.</source>
      <translation>请先设置公司信息。</translation>
    </message>
    <message>
      <source>The number series “{code}” does not exist.</source>
      <translation>编号规则“{code}”不存在。</translation>
    </message>
    <message>
      <source>A user with the login “{login}” already exists.</source>
      <translation>登录名为“{login}”的用户已存在。</translation>
    </message>
    <message>
      <source>A password needs at least {count} characters.</source>
      <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
      <source>A password may not begin or end with a space.</source>
      <translation>密码的开头和结尾不能是空格。</translation>
    </message>
    <message>
      <source>This book already has passwords; sign in instead.</source>
      <translation>此账套已经设置了密码，请直接登录。</translation>
    </message>
    <message>
      <source>Set your own password first (select yourself, then “Set password”): once users have passwords, everyone signs in, you too.</source>
      <translation>请先设置您自己的密码（选中自己，再点“设置密码”）：一旦有用户设置了密码，每个人都要登录，您也一样。</translation>
    </message>
    <message>
      <source>You cannot deactivate yourself; ask another administrator.</source>
      <translation>您不能停用自己；请让另一位管理员操作。</translation>
    </message>
    <message>
      <source>The book needs at least one active administrator.</source>
      <translation>账套至少需要一位在用的管理员。</translation>
    </message>
    <message>
      <source>User {id} does not exist.</source>
      <translation>用户 {id} 不存在。</translation>
    </message>
    <message>
      <source>Sorry, something went wrong inside ERP Desktop. Nothing was half-saved: the last action was either completed or undone.

The details are in the log file:
{path}</source>
      <translation>抱歉，ERP Desktop 内部出错了。没有任何数据被保存一半：上一步操作要么已完成，要么已撤销。

详细信息见日志文件：
{path}</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <source>Cannot do that</source>
      <translation>无法执行</translation>
    </message>
    <message>
      <source>{user} may not {action}. Ask an administrator.</source>
      <translation>{user} 没有权限{action}。请联系管理员。</translation>
    </message>
    <message>
      <source>This computer has no secure password store (keyring), so the password was not saved. You will be asked for it each time.</source>
      <translation>这台电脑没有安全的密码库（钥匙串），因此密码没有保存。每次都会询问您。</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <source>The user name or password is not right. (Capital letters and the input language matter.)</source>
      <translation>用户名或密码不正确。（注意大小写和输入法。）</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Company name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <source>Reason for accepting the tax ID</source>
      <translation>接受纳税人识别号的原因</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Bank</source>
      <translation>开户银行</translation>
    </message>
    <message>
      <source>Bank account</source>
      <translation>银行账号</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
  </context>
  <context>
    <name>migrator</name>
    <message>
      <source>A book moves from a file to a server or from a server to a file. To copy a file use “erp-desktop backup”; to copy a server book use pg_dump.</source>
      <translation>账套只能从文件迁到服务器，或从服务器迁到文件。复制文件请用“erp-desktop backup”；复制服务器账套请用 pg_dump。</translation>
    </message>
    <message>
      <source>The server stopped the copy: {detail}. Nothing was switched: the book is unchanged and the copy is marked unfinished.</source>
      <translation>服务器中止了复制：{detail}。没有进行切换：账套没有改变，副本被标记为未完成。</translation>
    </message>
    <message>
      <source>The book file was changed by another program while it was being copied. Nothing was switched; close the other program and run the move again.</source>
      <translation>复制期间账套文件被其他程序修改了。没有进行切换；请关闭其他程序后重新迁移。</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: a value of the wrong kind (e.g. text in a number column)</source>
      <translation>{table} {key}，{column} 列：值的类型不对（例如数字列中有文字）</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: the text contains a NUL character, which PostgreSQL refuses</source>
      <translation>{table} {key}，{column} 列：文字中含有 NUL 字符，PostgreSQL 不接受</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: the text is longer than the column allows</source>
      <translation>{table} {key}，{column} 列：文字超过该列允许的长度</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: the number is too large for the column</source>
      <translation>{table} {key}，{column} 列：数字超出该列的范围</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: not a valid date</source>
      <translation>{table} {key}，{column} 列：不是有效的日期</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: not a valid UTC time stamp</source>
      <translation>{table} {key}，{column} 列：不是有效的 UTC 时间</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: a yes/no value that is neither 0 nor 1</source>
      <translation>{table} {key}，{column} 列：是/否值既不是 0 也不是 1</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: empty (NULL) although the column requires a value</source>
      <translation>{table} {key}，{column} 列：为空（NULL），但该列必须有值</translation>
    </message>
    <message>
      <source>{table} {key}, column {column}: the text is not valid UTF-8</source>
      <translation>{table} {key}，{column} 列：文字不是有效的 UTF-8</translation>
    </message>
    <message>
      <source>This book was already moved to {where}.</source>
      <translation>此账套已经迁移到 {where}。</translation>
    </message>
    <message>
      <source>The book file is damaged: {detail}</source>
      <translation>账套文件已损坏：{detail}</translation>
    </message>
    <message>
      <source>{table} row {key} points to a missing row in {parent}.</source>
      <translation>{table} 的第 {key} 行指向 {parent} 中不存在的行。</translation>
    </message>
    <message>
      <source>{where} does not hold an ERP Desktop book.</source>
      <translation>{where} 中没有 ERP Desktop 账套。</translation>
    </message>
    <message>
      <source>{where} holds an unfinished move, not a usable book.</source>
      <translation>{where} 中是一次未完成的迁移，不是可用的账套。</translation>
    </message>
    <message>
      <source>{path} already exists. Choose a new file name.</source>
      <translation>{path} 已经存在。请换一个文件名。</translation>
    </message>
    <message>
      <source>The folder {path} does not exist.</source>
      <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
      <source>{where} is not an ERP Desktop book.</source>
      <translation>{where} 不是 ERP Desktop 账套。</translation>
    </message>
    <message>
      <source>The book was saved by a newer ERP Desktop (schema {revision}). Install that version or later to move it.</source>
      <translation>此账套由更新版本的 ERP Desktop 保存（结构版本 {revision}）。请安装该版本或更高版本后再迁移。</translation>
    </message>
    <message>
      <source>Table {table} is not part of this version of ERP Desktop; it would be lost.</source>
      <translation>表 {table} 不属于此版本的 ERP Desktop；迁移会丢失它。</translation>
    </message>
    <message>
      <source>Column {table}.{column} is unknown to this version; it would be lost.</source>
      <translation>列 {table}.{column} 此版本不认识；迁移会丢失它。</translation>
    </message>
    <message>
      <source>Column {table}.{column} has a type the mover cannot copy exactly ({type}).</source>
      <translation>列 {table}.{column} 的类型无法精确复制（{type}）。</translation>
    </message>
    <message>
      <source>The server runs PostgreSQL {version}; ERP Desktop needs 13 or later.</source>
      <translation>服务器运行的是 PostgreSQL {version}；ERP Desktop 需要 13 或更高版本。</translation>
    </message>
    <message>
      <source>The database {where} uses the {encoding} encoding; Chinese text needs UTF8. Create the database with ENCODING 'UTF8'.</source>
      <translation>数据库 {where} 使用 {encoding} 编码；中文需要 UTF8。请用 ENCODING 'UTF8' 创建数据库。</translation>
    </message>
    <message>
      <source>The user may not create tables in {where}. Make the user the owner of the database (see docs/connected-mode.md).</source>
      <translation>该用户不能在 {where} 中建表。请让该用户成为数据库的所有者（见 docs/connected-mode.md）。</translation>
    </message>
    <message>
      <source>The database {where} already holds other data ({count} tables: {names}). Nothing was changed. Choose an empty database.</source>
      <translation>数据库 {where} 中已有其他数据（{count} 张表：{names}）。没有做任何改动。请选择一个空数据库。</translation>
    </message>
    <message>
      <source>The database {where} holds a book of a newer ERP Desktop (schema {revision}). Nothing was changed.</source>
      <translation>数据库 {where} 中是更新版本 ERP Desktop 的账套（结构版本 {revision}）。没有做任何改动。</translation>
    </message>
    <message>
      <source>An earlier move was interrupted after the copy was verified; it will be checked again and finished.</source>
      <translation>上次迁移在副本核对通过后中断了；将再次核对并完成。</translation>
    </message>
    <message>
      <source>The database {where} holds an unfinished earlier move ({which}). It will be deleted and the copy made again.</source>
      <translation>数据库 {where} 中有上次未完成的迁移（{which}）。它将被删除并重新复制。</translation>
    </message>
    <message>
      <source>of this book</source>
      <translation>属于此账套</translation>
    </message>
    <message>
      <source>of another book</source>
      <translation>属于另一个账套</translation>
    </message>
    <message>
      <source>The database {where} already holds an ERP Desktop book. Nothing was changed. Choose an empty database.</source>
      <translation>数据库 {where} 中已经有一个 ERP Desktop 账套。没有做任何改动。请选择一个空数据库。</translation>
    </message>
    <message>
      <source>The target holds an unfinished earlier move. Confirm that it may be replaced (--yes) to start again.</source>
      <translation>目标处有上次未完成的迁移。确认可以替换（--yes）后再重新开始。</translation>
    </message>
    <message>
      <source>Nothing was written: pre-flight found {count} problem(s). First: {first}</source>
      <translation>没有写入任何数据：迁移前检查发现 {count} 个问题。第一个：{first}</translation>
    </message>
    <message>
      <source>The copy does not match the original (tables: {tables}; book checks: {checks} problem(s)). The move was stopped: the original is unchanged and the copy is marked unfinished, so no one can use it.</source>
      <translation>副本与原账套不一致（表：{tables}；账套检查：{checks} 个问题）。迁移已停止：原账套没有改变，副本被标记为未完成，任何人都无法使用。</translation>
    </message>
    <message>
      <source>The move was cancelled. The original book is unchanged; the copy was undone or is marked unfinished.</source>
      <translation>迁移已取消。原账套没有改变；副本已撤销或被标记为未完成。</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <source>Owner / accountant</source>
      <translation>老板 / 会计</translation>
    </message>
    <message>
      <source>Purchaser</source>
      <translation>采购员</translation>
    </message>
    <message>
      <source>Warehouse clerk</source>
      <translation>仓库管理员</translation>
    </message>
    <message>
      <source>Sales clerk</source>
      <translation>销售员</translation>
    </message>
    <message>
      <source>change items, warehouses and parties</source>
      <translation>修改商品、仓库和往来单位</translation>
    </message>
    <message>
      <source>adjust and count stock</source>
      <translation>调整和盘点库存</translation>
    </message>
    <message>
      <source>make purchase orders</source>
      <translation>制作采购订单</translation>
    </message>
    <message>
      <source>receive and return goods</source>
      <translation>收货和退货</translation>
    </message>
    <message>
      <source>ship and receive transfers</source>
      <translation>调拨发货和收货</translation>
    </message>
    <message>
      <source>make and issue invoices</source>
      <translation>制作和开具发票</translation>
    </message>
    <message>
      <source>issue credit notes</source>
      <translation>开具红字发票</translation>
    </message>
    <message>
      <source>see costs and stock value</source>
      <translation>查看成本和库存金额</translation>
    </message>
    <message>
      <source>change settings and users</source>
      <translation>修改设置和用户</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Allow stock to go below zero</source>
      <translation>允许负库存</translation>
    </message>
    <message>
      <source>Over-receipt tolerance (% of the ordered quantity)</source>
      <translation>超收容差（占订购数量的百分比）</translation>
    </message>
  </context>
</TS>
