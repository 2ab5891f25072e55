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
    <name>AdjustmentDialog</name>
    <message>
      <source>&amp;Warehouse</source>
      <translation>仓库(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>日期(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>原因(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>备注(&amp;N)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Quantity (+ add, − remove)</source>
      <translation>数量（+ 增加，− 减少）</translation>
    </message>
    <message>
      <source>Unit cost (additions)</source>
      <translation>单位成本（增加时）</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>&amp;Save draft</source>
      <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Post</source>
      <translation>过账(&amp;P)</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>删除(&amp;L)</translation>
    </message>
    <message>
      <source>P&amp;rint (PDF)…</source>
      <translation>打印 PDF(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>New stock adjustment (draft)</source>
      <translation>新建库存调整（草稿）</translation>
    </message>
    <message>
      <source>Stock adjustment (draft)</source>
      <translation>库存调整（草稿）</translation>
    </message>
    <message>
      <source>Stock adjustment {number} (posted)</source>
      <translation>库存调整 {number}（已过账）</translation>
    </message>
    <message>
      <source>Draft saved.</source>
      <translation>草稿已保存。</translation>
    </message>
    <message>
      <source>Posted as {number}.</source>
      <translation>已过账，单号 {number}。</translation>
    </message>
    <message>
      <source>Delete draft</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <source>Delete this draft adjustment?</source>
      <translation>删除这张调整草稿？</translation>
    </message>
  </context>
  <context>
    <name>AdjustmentsTab</name>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>&amp;New adjustment…</source>
      <translation>新建调整(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
  </context>
  <context>
    <name>BatchExportDialog</name>
    <message>
      <source>Export invoices</source>
      <translation>导出发票</translation>
    </message>
    <message>
      <source>Every issued invoice and credit note in the list (as filtered now) is written to the folder, named by its number. Drafts are skipped.</source>
      <translation>列表中（按当前筛选）每张已开具的发票和红字发票都会以其编号为文件名写入文件夹。草稿不导出。</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>选择(&amp;C)…</translation>
    </message>
    <message>
      <source>The PDF as issued</source>
      <translation>开具时的 PDF</translation>
    </message>
    <message>
      <source>The XML (UBL 2.1)</source>
      <translation>XML（UBL 2.1）</translation>
    </message>
    <message>
      <source>Export to folder</source>
      <translation>导出到文件夹</translation>
    </message>
    <message>
      <source>Choose a folder and at least one format.</source>
      <translation>请选择文件夹，并至少选择一种格式。</translation>
    </message>
    <message>
      <source>Exporting {done} of {total}…</source>
      <translation>正在导出第 {done} / {total} 张…</translation>
    </message>
    <message>
      <source>Exporting invoices</source>
      <translation>正在导出发票</translation>
    </message>
    <message>
      <source>{written} documents exported to {folder}; {skipped} drafts skipped.</source>
      <translation>已导出 {written} 张单据到 {folder}；跳过 {skipped} 张草稿。</translation>
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
    <name>BookGuard</name>
    <message>
      <source>The book file is read-only here: nothing can be saved.</source>
      <translation>此账套文件在本机为只读：无法保存任何内容。</translation>
    </message>
    <message>
      <source>This book was moved; this copy is kept read-only.</source>
      <translation>此账套已迁移；本副本保持只读。</translation>
    </message>
    <message>
      <source>The book is open read-only: nothing can be changed.</source>
      <translation>账套以只读方式打开：无法更改任何内容。</translation>
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
      <source>Only administrators change the company profile.</source>
      <translation>只有管理员可以修改公司资料。</translation>
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
      <source>&amp;User:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <source>verify-full encrypts the connection and checks the server's certificate, so no one can listen in or pretend to be the server. Use it unless your IT person says otherwise.</source>
      <translation>verify-full 会加密连接并验证服务器证书，别人既无法窃听，也无法冒充服务器。除非您的 IT 人员另有说明，请使用它。</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>连接</translation>
    </message>
  </context>
  <context>
    <name>CountDialog</name>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>On the sheet</source>
      <translation>盘点表数量</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <source>Difference</source>
      <translation>差异</translation>
    </message>
    <message>
      <source>On hand at posting</source>
      <translation>过账时现存量</translation>
    </message>
    <message>
      <source>&amp;Save counts</source>
      <translation>保存盘点数(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Post differences</source>
      <translation>过账差异(&amp;P)</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>删除(&amp;L)</translation>
    </message>
    <message>
      <source>P&amp;rint (PDF)…</source>
      <translation>打印 PDF(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>Warehouse {warehouse}, count of {day}; sheet made {made}.</source>
      <translation>仓库 {warehouse}，{day} 盘点；盘点表生成于 {made}。</translation>
    </message>
    <message>
      <source>Category: {category}.</source>
      <translation>类别：{category}。</translation>
    </message>
    <message>
      <source>{count} lines had moved since the sheet was made: their difference was taken against the stock on hand at posting.</source>
      <translation>有 {count} 行在生成盘点表后发生了变动：其差异按过账时的现存量计算。</translation>
    </message>
    <message>
      <source>Stock count (draft)</source>
      <translation>盘点（草稿）</translation>
    </message>
    <message>
      <source>Stock count {number} (posted)</source>
      <translation>盘点 {number}（已过账）</translation>
    </message>
    <message>
      <source>Counts saved.</source>
      <translation>盘点数已保存。</translation>
    </message>
    <message>
      <source>Posted as {number}.</source>
      <translation>已过账，单号 {number}。</translation>
    </message>
    <message>
      <source>Delete count</source>
      <translation>删除盘点</translation>
    </message>
    <message>
      <source>Delete this count sheet?</source>
      <translation>删除这张盘点表？</translation>
    </message>
  </context>
  <context>
    <name>CountsTab</name>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <source>Moved meanwhile</source>
      <translation>期间有变动</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>&amp;New count…</source>
      <translation>新建盘点(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
  </context>
  <context>
    <name>CreditDialog</name>
    <message>
      <source>Goods returned</source>
      <translation>销售退回</translation>
    </message>
    <message>
      <source>Price reduction</source>
      <translation>销售折让</translation>
    </message>
    <message>
      <source>Wrong invoice details</source>
      <translation>开票有误</translation>
    </message>
    <message>
      <source>Order cancelled</source>
      <translation>销售中止</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>货物或服务</translation>
    </message>
    <message>
      <source>Invoiced</source>
      <translation>已开票</translation>
    </message>
    <message>
      <source>Credited</source>
      <translation>已红冲</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>剩余</translation>
    </message>
    <message>
      <source>Credit now</source>
      <translation>本次红冲</translation>
    </message>
    <message>
      <source>Credit &amp;date</source>
      <translation>红冲日期(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>原因(&amp;R)</translation>
    </message>
    <message>
      <source>Goods come &amp;back to</source>
      <translation>退回仓库(&amp;B)</translation>
    </message>
    <message>
      <source>Re&amp;marks</source>
      <translation>备注(&amp;M)</translation>
    </message>
    <message>
      <source>Credit &amp;everything left</source>
      <translation>全部红冲(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Save draft</source>
      <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
      <source>Credit and &amp;re-issue</source>
      <translation>红冲并重开(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Issue credit note</source>
      <translation>开具红字发票(&amp;I)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Credit everything still left of invoice {number} and start a corrected copy of it as a new draft.</source>
      <translation>将发票 {number} 剩余的全部金额红冲，并复制一张草稿供更正后重新开具。</translation>
    </message>
    <message>
      <source>Credit note for invoice {number}: type how much of each line to credit.</source>
      <translation>发票 {number} 的红字发票：填写每行要红冲的数量。</translation>
    </message>
    <message>
      <source>Credit {number}</source>
      <translation>红冲 {number}</translation>
    </message>
  </context>
  <context>
    <name>DocumentForm</name>
    <message>
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <source>Close without saving your changes?</source>
      <translation>不保存修改就关闭吗？</translation>
    </message>
  </context>
  <context>
    <name>EInvoiceActions</name>
    <message>
      <source>Linked {linked}, already linked {already}, not matched {unmatched}, refused {refused}, rejected rows {rejected}.</source>
      <translation>已关联 {linked}，此前已关联 {already}，未匹配 {unmatched}，拒绝 {refused}，失败明细 {rejected} 行。</translation>
    </message>
    <message>
      <source>sent to platform</source>
      <translation>已提交平台</translation>
    </message>
    <message>
      <source>rejected by platform</source>
      <translation>平台未通过</translation>
    </message>
    <message>
      <source>Batch-issuing workbook</source>
      <translation>批量开票模板</translation>
    </message>
    <message>
      <source>Documents that do not fit</source>
      <translation>不符合平台要求的单据</translation>
    </message>
    <message>
      <source>Nothing was written. These documents do not fit the platform:</source>
      <translation>未写入任何内容。以下单据不符合平台要求：</translation>
    </message>
    <message>
      <source>Write the others and leave these out?</source>
      <translation>是否跳过这些单据，写入其余单据？</translation>
    </message>
    <message>
      <source>Wrote {documents} invoices ({lines} lines) for the tax platform.</source>
      <translation>已为税务平台写入 {documents} 张发票（{lines} 行明细）。</translation>
    </message>
    <message>
      <source>Issued e-invoices or a failure workbook</source>
      <translation>已开具的数电票或失败明细</translation>
    </message>
    <message>
      <source>E-invoices (*.xml *.xlsx)</source>
      <translation>数电票 (*.xml *.xlsx)</translation>
    </message>
    <message>
      <source>Confirm matches</source>
      <translation>确认匹配</translation>
    </message>
    <message>
      <source>These e-invoices match our documents by buyer, amount and date only:</source>
      <translation>以下数电票仅按购买方、金额和日期与本系统单据匹配：</translation>
    </message>
    <message>
      <source>Link them?</source>
      <translation>是否关联？</translation>
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
    <name>ImportDialog</name>
    <message>
      <source>Choose &amp;file…</source>
      <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>CSV 或 Excel 文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>正在读取文件…</translation>
    </message>
    <message>
      <source>Checking {name}…</source>
      <translation>正在检查 {name}…</translation>
    </message>
    <message>
      <source>{good} rows can be imported; {bad} rows have problems (listed below).</source>
      <translation>{good} 行可以导入；{bad} 行有问题（见下表）。</translation>
    </message>
    <message>
      <source>The first {shown} are listed.</source>
      <translation>下面列出前 {shown} 行。</translation>
    </message>
    <message>
      <source>Columns not used: {columns}.</source>
      <translation>未使用的列：{columns}。</translation>
    </message>
    <message>
      <source>Nothing is imported until every row is right: correct the file and choose it again.</source>
      <translation>所有行都正确后才会导入：请修改文件后重新选择。</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>Cancelled; nothing was imported.</source>
      <translation>已取消，没有导入任何内容。</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
  </context>
  <context>
    <name>InTransitReport</name>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>From</source>
      <translation>调出仓库</translation>
    </message>
    <message>
      <source>To</source>
      <translation>调入仓库</translation>
    </message>
    <message>
      <source>Shipped on</source>
      <translation>发运日期</translation>
    </message>
    <message>
      <source>Days on the road</source>
      <translation>在途天数</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>发出数量</translation>
    </message>
    <message>
      <source>On the road</source>
      <translation>在途数量</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>在途金额</translation>
    </message>
    <message>
      <source>Filter: number, item, warehouse, carrier…</source>
      <translation>筛选：单号、商品、仓库、承运人……</translation>
    </message>
    <message>
      <source>All routes</source>
      <translation>全部线路</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Nothing is on the road.</source>
      <translation>目前没有在途货物。</translation>
    </message>
    <message>
      <source>{transfers} transfer(s) on the road on {routes} route(s).</source>
      <translation>{routes} 条线路上共有 {transfers} 张调拨单在途。</translation>
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
    <name>InvoiceActions</name>
    <message>
      <source>Delete draft</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <source>Delete this draft? It has no number yet, so nothing else changes.</source>
      <translation>删除这张草稿？它还没有编号，其他数据不受影响。</translation>
    </message>
    <message>
      <source>Issue invoice</source>
      <translation>开具发票</translation>
    </message>
    <message>
      <source>Issue the invoice to {customer} for {total} now?

It takes the next invoice number and the goods leave stock. An issued invoice cannot be changed or deleted, only credited.</source>
      <translation>现在向 {customer} 开具金额为 {total} 的发票吗？

这将占用下一个发票号码，货物随即出库。已开具的发票不能修改或删除，只能开具红字发票冲销。</translation>
    </message>
    <message>
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <source>Export XML</source>
      <translation>导出 XML</translation>
    </message>
  </context>
  <context>
    <name>InvoiceDialog</name>
    <message>
      <source>&amp;Customer</source>
      <translation>客户(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Warehouse</source>
      <translation>仓库(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>日期(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Prices</source>
      <translation>单价(&amp;P)</translation>
    </message>
    <message>
      <source>C&amp;urrency</source>
      <translation>币种(&amp;U)</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>&amp;Remarks</source>
      <translation>备注(&amp;R)</translation>
    </message>
    <message>
      <source>Type a customer's code or name</source>
      <translation>输入客户编码或名称</translation>
    </message>
    <message>
      <source>including tax (含税)</source>
      <translation>含税</translation>
    </message>
    <message>
      <source>excluding tax (不含税)</source>
      <translation>不含税</translation>
    </message>
    <message>
      <source>&amp;Save draft</source>
      <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Issue</source>
      <translation>开具(&amp;I)</translation>
    </message>
    <message>
      <source>Delete draft</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>预览(&amp;V)</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>导出 PDF…</translation>
    </message>
    <message>
      <source>Export XML…</source>
      <translation>导出 XML…</translation>
    </message>
    <message>
      <source>Cr&amp;edit…</source>
      <translation>红冲(&amp;E)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>New invoice</source>
      <translation>新发票</translation>
    </message>
    <message>
      <source>Credit note {number} — {state}</source>
      <translation>红字发票 {number} — {state}</translation>
    </message>
    <message>
      <source>Invoice {number} — {state}</source>
      <translation>发票 {number} — {state}</translation>
    </message>
    <message>
      <source>Draft invoice</source>
      <translation>发票草稿</translation>
    </message>
    <message>
      <source>(corrects {number})</source>
      <translation>（更正 {number}）</translation>
    </message>
    <message>
      <source>Net {net}   Tax {tax}   Total {gross} {currency}</source>
      <translation>金额 {net}   税额 {tax}   价税合计 {gross} {currency}</translation>
    </message>
    <message>
      <source>{rate}: {net} + {tax}</source>
      <translation>{rate}：{net} + {tax}</translation>
    </message>
    <message>
      <source>By rate — </source>
      <translation>按税率 — </translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Issued as {number}.</source>
      <translation>已开具，编号 {number}。</translation>
    </message>
  </context>
  <context>
    <name>InvoiceLines</name>
    <message>
      <source>Exempt</source>
      <translation>免税</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>货物</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Disc. %</source>
      <translation>折扣 %</translation>
    </message>
    <message>
      <source>Tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>税额</translation>
    </message>
    <message>
      <source>Gross</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>库存</translation>
    </message>
  </context>
  <context>
    <name>InvoicingPage</name>
    <message>
      <source>Credit note</source>
      <translation>红字发票</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>Net</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>税额</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>E-invoice</source>
      <translation>数电票</translation>
    </message>
    <message>
      <source>Invoices and credit notes</source>
      <translation>发票和红字发票</translation>
    </message>
    <message>
      <source>Search number, customer or remarks</source>
      <translation>搜索编号、客户或备注</translation>
    </message>
    <message>
      <source>Invoices</source>
      <translation>发票</translation>
    </message>
    <message>
      <source>Credit notes</source>
      <translation>红字发票</translation>
    </message>
    <message>
      <source>Any state</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>&amp;New invoice</source>
      <translation>新发票(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Issue</source>
      <translation>开具(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Delete draft</source>
      <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>预览(&amp;V)</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Export &amp;XML…</source>
      <translation>导出 XML(&amp;X)…</translation>
    </message>
    <message>
      <source>&amp;Credit…</source>
      <translation>红冲(&amp;C)…</translation>
    </message>
    <message>
      <source>Credit and &amp;re-issue…</source>
      <translation>红冲并重开(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Batch export…</source>
      <translation>批量导出(&amp;B)…</translation>
    </message>
    <message>
      <source>Number &amp;series…</source>
      <translation>编号规则(&amp;S)…</translation>
    </message>
    <message>
      <source>To tax p&amp;latform…</source>
      <translation>提交税务平台(&amp;L)…</translation>
    </message>
    <message>
      <source>From tax pla&amp;tform…</source>
      <translation>从税务平台导入(&amp;T)…</translation>
    </message>
    <message>
      <source>New invoice</source>
      <translation>新建发票</translation>
    </message>
    <message>
      <source>Export the PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <source>Nothing matches.</source>
      <translation>没有符合条件的单据。</translation>
    </message>
    <message>
      <source>{count} documents, {currency}: net {net}, tax {tax}, total {gross}</source>
      <translation>{count} 张单据，{currency}：金额 {net}，税额 {tax}，价税合计 {gross}</translation>
    </message>
    <message>
      <source>A credit note cannot be credited.</source>
      <translation>红字发票不能再红冲。</translation>
    </message>
    <message>
      <source>Issued as {number}.</source>
      <translation>已开具，编号 {number}。</translation>
    </message>
  </context>
  <context>
    <name>ItemDialog</name>
    <message>
      <source>New item</source>
      <translation>新建商品</translation>
    </message>
    <message>
      <source>Edit item</source>
      <translation>编辑商品</translation>
    </message>
    <message>
      <source>13 %</source>
      <translation>13%</translation>
    </message>
    <message>
      <source>9 %</source>
      <translation>9%</translation>
    </message>
    <message>
      <source>6 %</source>
      <translation>6%</translation>
    </message>
    <message>
      <source>3 %</source>
      <translation>3%</translation>
    </message>
    <message>
      <source>1 %</source>
      <translation>1%</translation>
    </message>
    <message>
      <source>0 %</source>
      <translation>0%</translation>
    </message>
    <message>
      <source>Tax-exempt</source>
      <translation>免税</translation>
    </message>
    <message>
      <source>Active (offered on new documents)</source>
      <translation>启用（可用于新单据）</translation>
    </message>
    <message>
      <source>&amp;Code</source>
      <translation>编码(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>名称(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Specification</source>
      <translation>规格型号(&amp;S)</translation>
    </message>
    <message>
      <source>Ca&amp;tegory</source>
      <translation>类别(&amp;T)</translation>
    </message>
    <message>
      <source>decimals</source>
      <translation>小数位</translation>
    </message>
    <message>
      <source>Base &amp;unit</source>
      <translation>基本单位(&amp;U)</translation>
    </message>
    <message>
      <source>holds</source>
      <translation>含</translation>
    </message>
    <message>
      <source>base units</source>
      <translation>个基本单位</translation>
    </message>
    <message>
      <source>&amp;Purchase unit</source>
      <translation>采购单位(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Barcode</source>
      <translation>条码(&amp;B)</translation>
    </message>
    <message>
      <source>Purchase p&amp;rice</source>
      <translation>采购价(&amp;R)</translation>
    </message>
    <message>
      <source>Sa&amp;le price</source>
      <translation>销售价(&amp;L)</translation>
    </message>
    <message>
      <source>Ta&amp;x rate</source>
      <translation>税率(&amp;X)</translation>
    </message>
    <message>
      <source>(positive rate)</source>
      <translation>（非零税率）</translation>
    </message>
    <message>
      <source>At &amp;0 %</source>
      <translation>零税率类型(&amp;0)</translation>
    </message>
    <message>
      <source>19 digits, from the official code table</source>
      <translation>19 位，取自官方编码表</translation>
    </message>
    <message>
      <source>e.g. 日用杂品</source>
      <translation>例如 日用杂品</translation>
    </message>
    <message>
      <source>Tax classification c&amp;ode</source>
      <translation>税收分类编码(&amp;O)</translation>
    </message>
    <message>
      <source>Reorder point and quantity per warehouse</source>
      <translation>各仓库的再订货点和订货量</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <source>Reorder quantity</source>
      <translation>再订货量</translation>
    </message>
  </context>
  <context>
    <name>ItemPicker</name>
    <message>
      <source>Item: type a code, a name or a barcode</source>
      <translation>商品：输入编码、名称或条码</translation>
    </message>
  </context>
  <context>
    <name>ItemsTab</name>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Specification</source>
      <translation>规格型号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Sale price</source>
      <translation>销售价</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>&amp;New item…</source>
      <translation>新建商品(&amp;N)…</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>删除(&amp;L)</translation>
    </message>
    <message>
      <source>Im&amp;port…</source>
      <translation>导入(&amp;P)…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>Delete item</source>
      <translation>删除商品</translation>
    </message>
    <message>
      <source>Delete the item {code} {name}? This cannot be undone.</source>
      <translation>删除商品 {code} {name}？此操作无法撤销。</translation>
    </message>
    <message>
      <source>{count} items imported.</source>
      <translation>已导入 {count} 个商品。</translation>
    </message>
    <message>
      <source>Import items</source>
      <translation>导入商品</translation>
    </message>
    <message>
      <source>A CSV file or an Excel workbook (.xlsx) with a header line: code, name and unit are required; specification, category, decimals, purchase unit and factor, barcode, purchase and sale price, tax rate % (or 免税, 不征税, 普通零税率, 出口退税) and the 19-digit tax classification code may follow. Chinese headers (编码, 名称, 单位, …) are understood. UTF-8 or GBK.</source>
      <translation>带表头行的 CSV 文件或 Excel 工作簿（.xlsx）：编码、名称和单位为必填；其后可有规格、类别、小数位、采购单位及换算率、条码、采购价和销售价、税率 %（或 免税、不征税、普通零税率、出口退税）以及 19 位税收分类编码。可识别中文表头（编码、名称、单位等）。UTF-8 或 GBK 编码。</translation>
    </message>
  </context>
  <context>
    <name>ListExport</name>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
  </context>
  <context>
    <name>ListPanel</name>
    <message>
      <source>Filter: type part of a code or name</source>
      <translation>筛选：输入编码或名称的一部分</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation>PDF(&amp;P)…</translation>
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
    <name>LowStockTab</name>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <source>Reorder quantity</source>
      <translation>再订货量</translation>
    </message>
    <message>
      <source>Suggested order</source>
      <translation>建议订货量</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <source>Suggested order: the reorder quantity, or more when that would not bring the stock back up to the reorder point. Set reorder points in the item form.</source>
      <translation>建议订货量：再订货量；若不足以使库存回到再订货点，则补足差额。再订货点在商品资料中设置。</translation>
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
      <source>Pa&amp;ge</source>
      <translation>页面(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;New document</source>
      <translation>新建单据(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Filter the list</source>
      <translation>筛选列表(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Print or export PDF</source>
      <translation>打印或导出 PDF(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
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
      <source>{company} (read-only) — {app}</source>
      <translation>{company}（只读）— {app}</translation>
    </message>
    <message>
      <source>Read-only: {path}</source>
      <translation>只读：{path}</translation>
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
      <source>This book file is read-only here: you can look at everything, but nothing can be saved. To work in it, copy it to a folder you can write to, or ask your IT person for permission to write it.</source>
      <translation>此账套文件在这里是只读的：可以查看所有内容，但无法保存。要在其中工作，请把它复制到您可以写入的文件夹，或请 IT 人员授予写入权限。</translation>
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
      <source>This book is being moved to the server. Keep working: at the end, saves wait a few seconds, then the book reopens from the server.</source>
      <translation>此账套正在迁移到服务器。请继续工作：最后保存会等待几秒钟，然后账套将从服务器重新打开。</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>（暂无）</translation>
    </message>
    <message>
      <source>Nothing to do for this key on this page.</source>
      <translation>此按键在本页面没有可执行的操作。</translation>
    </message>
  </context>
  <context>
    <name>MasterData</name>
    <message>
      <source>Items</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Warehouses</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Suppliers</source>
      <translation>供应商</translation>
    </message>
  </context>
  <context>
    <name>MasterDataTab</name>
    <message>
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>停用(&amp;D)</translation>
    </message>
    <message>
      <source>Show &amp;inactive</source>
      <translation>显示已停用(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Activate</source>
      <translation>启用(&amp;A)</translation>
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
      <source>Copying a snapshot of the book (keep working): {table}…</source>
      <translation>正在复制账套快照（可继续工作）：{table}…</translation>
    </message>
    <message>
      <source>Copying what was saved meanwhile: round {round}…</source>
      <translation>正在复制期间保存的内容：第 {round} 轮…</translation>
    </message>
    <message>
      <source>Moving to the server — a few seconds; saves wait…</source>
      <translation>正在迁移到服务器 — 只需几秒钟，保存将稍候…</translation>
    </message>
    <message>
      <source>Moving to the server — checking the book's own rules there…</source>
      <translation>正在迁移到服务器 — 正在服务器上检查账套规则…</translation>
    </message>
    <message>
      <source>{rate} rows/s, about {minutes} min {seconds} s left</source>
      <translation>每秒 {rate} 行，大约还需 {minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
      <source>a few seconds left</source>
      <translation>还需几秒钟</translation>
    </message>
    <message>
      <source>Checking {table} against this book…</source>
      <translation>正在将 {table} 与本账套核对…</translation>
    </message>
    <message>
      <source>Switching over…</source>
      <translation>正在切换…</translation>
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
    <name>MovementsTab</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>From / to</source>
      <translation>来源 / 去向</translation>
    </message>
    <message>
      <source>In</source>
      <translation>入库</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>出库</translation>
    </message>
    <message>
      <source>Balance</source>
      <translation>结存</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Stock movements</source>
      <translation>出入库明细</translation>
    </message>
    <message>
      <source>Choose an item to see its movements.</source>
      <translation>请选择商品以查看其出入库明细。</translation>
    </message>
    <message>
      <source>Movements of {item}, oldest first; the balance runs over the places shown.</source>
      <translation>{item} 的出入库明细，按时间先后排列；结存按所显示的位置累计。</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>Purchasing</source>
      <translation>采购</translation>
    </message>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>调拨</translation>
    </message>
    <message>
      <source>Invoicing</source>
      <translation>开票</translation>
    </message>
    <message>
      <source>Master data</source>
      <translation>基础资料</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
  </context>
  <context>
    <name>NewCountDialog</name>
    <message>
      <source>New stock count</source>
      <translation>新建盘点</translation>
    </message>
    <message>
      <source>Every item in stock there</source>
      <translation>该仓库所有有库存的商品</translation>
    </message>
    <message>
      <source>&amp;Warehouse</source>
      <translation>仓库(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>日期(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Items</source>
      <translation>盘点范围(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>备注(&amp;N)</translation>
    </message>
    <message>
      <source>The sheet lists what the book has on hand now. Posting books the difference between what you counted and what is on hand at that moment, so sales and receipts made while you count are not undone.</source>
      <translation>盘点表列出账面当前的现存量。过账时按实盘数与过账那一刻的现存量之差记账，因此盘点期间发生的销售和入库不会被抵消。</translation>
    </message>
    <message>
      <source>&amp;Make sheet</source>
      <translation>生成盘点表(&amp;M)</translation>
    </message>
  </context>
  <context>
    <name>OnHandTab</name>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Specification</source>
      <translation>规格型号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Average cost</source>
      <translation>平均成本</translation>
    </message>
    <message>
      <source>Show &amp;zero stock</source>
      <translation>显示零库存(&amp;Z)</translation>
    </message>
    <message>
      <source>&amp;Movements…</source>
      <translation>出入库明细(&amp;M)…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>Import &amp;opening stock…</source>
      <translation>导入期初库存(&amp;O)…</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>{rows} lines</source>
      <translation>{rows} 行</translation>
    </message>
    <message>
      <source>Opening stock posted as {number}: {lines} lines worth {value}.</source>
      <translation>期初库存已过账，单号 {number}：{lines} 行，金额 {value}。</translation>
    </message>
    <message>
      <source>Import opening stock</source>
      <translation>导入期初库存</translation>
    </message>
    <message>
      <source>A CSV file with the columns item code, warehouse code, quantity and unit cost (商品编码, 仓库编码, 数量, 单位成本). Every line is posted in one opening-stock document dated today, or none if any line is wrong.</source>
      <translation>CSV 文件，列为商品编码、仓库编码、数量、单位成本。所有行以今天为日期过账到一张期初库存单中；只要有一行有误，就全部不导入。</translation>
    </message>
    <message>
      <source>In transit between warehouses (not counted above): {items} items, {quantity} units. Choose “In transit” to list them.</source>
      <translation>仓库间在途（未计入上表）：{items} 种商品，共 {quantity} 个单位。选择“在途”可查看明细。</translation>
    </message>
    <message>
      <source>Nothing is in transit between warehouses.</source>
      <translation>仓库之间没有在途货物。</translation>
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
    <name>OrderDialog</name>
    <message>
      <source>code or name</source>
      <translation>编码或名称</translation>
    </message>
    <message>
      <source>E&amp;xpected:</source>
      <translation>预计到货(&amp;X)：</translation>
    </message>
    <message>
      <source>&amp;Supplier:</source>
      <translation>供应商(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Receive into:</source>
      <translation>收货仓库(&amp;R)：</translation>
    </message>
    <message>
      <source>Order &amp;date:</source>
      <translation>订单日期(&amp;D)：</translation>
    </message>
    <message>
      <source>C&amp;urrency:</source>
      <translation>币种(&amp;U)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>Reason for the &amp;amendment:</source>
      <translation>变更原因(&amp;A)：</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Confirm</source>
      <translation>确认(&amp;C)</translation>
    </message>
    <message>
      <source>Rece&amp;ive…</source>
      <translation>收货(&amp;I)…</translation>
    </message>
    <message>
      <source>Re&amp;turn…</source>
      <translation>退货(&amp;T)…</translation>
    </message>
    <message>
      <source>A&amp;mend</source>
      <translation>变更(&amp;M)</translation>
    </message>
    <message>
      <source>Discard changes</source>
      <translation>放弃修改</translation>
    </message>
    <message>
      <source>Close &amp;order…</source>
      <translation>关闭订单(&amp;O)…</translation>
    </message>
    <message>
      <source>Cance&amp;l order…</source>
      <translation>取消订单(&amp;L)…</translation>
    </message>
    <message>
      <source>Delete draft…</source>
      <translation>删除草稿…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>New purchase order</source>
      <translation>新采购订单</translation>
    </message>
    <message>
      <source>Purchase order {number}</source>
      <translation>采购订单 {number}</translation>
    </message>
    <message>
      <source>(draft)</source>
      <translation>（草稿）</translation>
    </message>
    <message>
      <source>Save the order first.</source>
      <translation>请先保存订单。</translation>
    </message>
    <message>
      <source>Nothing was received on this order yet.</source>
      <translation>此订单尚未收货。</translation>
    </message>
    <message>
      <source>Save or discard the amendment first.</source>
      <translation>请先保存或放弃本次变更。</translation>
    </message>
    <message>
      <source>Save a&amp;mendment</source>
      <translation>保存变更(&amp;M)</translation>
    </message>
    <message>
      <source>Lines: {lines}    Amount: {net}    Tax: {tax}    Total: {gross} {currency}</source>
      <translation>行数：{lines}    金额：{net}    税额：{tax}    价税合计：{gross} {currency}</translation>
    </message>
    <message>
      <source>{home} per {currency}:</source>
      <translation>1 {currency} 折合 {home}：</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Confirmed as {number}.</source>
      <translation>已确认，编号 {number}。</translation>
    </message>
    <message>
      <source>Change the lines, then give a reason and save the amendment. Received quantities and prices of lines with receipts stay as they are.</source>
      <translation>修改订单行，填写原因后保存变更。已收货的数量以及已有收货的行的价格保持不变。</translation>
    </message>
    <message>
      <source>Amendment {version} saved.</source>
      <translation>第 {version} 次变更已保存。</translation>
    </message>
    <message>
      <source>Close the order</source>
      <translation>关闭订单</translation>
    </message>
    <message>
      <source>The rest of this order will not come; what was received stays.
Why?</source>
      <translation>此订单的剩余部分将不再到货；已收货的部分保留。
原因？</translation>
    </message>
    <message>
      <source>Cancel the order</source>
      <translation>取消订单</translation>
    </message>
    <message>
      <source>Nothing will be bought on this order.
Why?</source>
      <translation>此订单将不再采购任何商品。
原因？</translation>
    </message>
    <message>
      <source>Delete draft</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <source>Delete this draft order? It has no number yet.</source>
      <translation>删除此草稿订单？它还没有编号。</translation>
    </message>
    <message>
      <source>{number} posted.</source>
      <translation>{number} 已过账。</translation>
    </message>
  </context>
  <context>
    <name>OrderListWidget</name>
    <message>
      <source>New order…</source>
      <translation>新建订单…</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <source>Number, supplier or notes</source>
      <translation>编号、供应商或备注</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Still to arrive (confirmed, partly received)</source>
      <translation>未到齐（已确认、部分收货）</translation>
    </message>
    <message>
      <source>Any supplier</source>
      <translation>全部供应商</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Order date</source>
      <translation>订单日期</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>预计到货</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>Orders shown: {count}{more}</source>
      <translation>显示订单：{count}{more}</translation>
    </message>
  </context>
  <context>
    <name>OwnerPasswordDialog</name>
    <message>
      <source>Book owner's server user</source>
      <translation>账套所有者的服务器用户</translation>
    </message>
    <message>
      <source>Every user of a server book is a user of the server. Adding one, setting a password, or enabling or disabling one changes the server's users: that needs the server user that owns the book (your IT person knows it). Its password is used for this change only and not kept.</source>
      <translation>服务器账套的每个用户都是服务器上的用户。添加用户、设置密码、启用或停用用户都会更改服务器上的用户：这需要拥有该账套的服务器用户（请询问您的 IT 人员）。其密码只用于本次更改，不会保存。</translation>
    </message>
    <message>
      <source>Owner's server &amp;user:</source>
      <translation>所有者的服务器用户(&amp;U)：</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
  </context>
  <context>
    <name>PartyDialog</name>
    <message>
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>18 characters, e.g. 91110000600037341L</source>
      <translation>18 位，例如 91110000600037341L</translation>
    </message>
    <message>
      <source>Accept this tax ID although its check character fails</source>
      <translation>校验位不符，仍接受此税号</translation>
    </message>
    <message>
      <source>why, e.g. “printed so on the business licence”</source>
      <translation>原因，例如“营业执照上就是这样印的”</translation>
    </message>
    <message>
      <source>A private person (自然人): no tax ID, an ID instead</source>
      <translation>自然人：无税号，改用证件</translation>
    </message>
    <message>
      <source>e.g. 30 days net, 月结30天</source>
      <translation>例如 月结30天、款到发货</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <source>&amp;Code:</source>
      <translation>编码(&amp;C)：</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>名称(&amp;N)：</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>角色：</translation>
    </message>
    <message>
      <source>&amp;Tax ID (USCC):</source>
      <translation>税号（统一社会信用代码）(&amp;T)：</translation>
    </message>
    <message>
      <source>ID type and number:</source>
      <translation>证件类型和号码：</translation>
    </message>
    <message>
      <source>C&amp;ontact:</source>
      <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>电话(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Email:</source>
      <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>地址(&amp;A)：</translation>
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
      <source>Payment &amp;terms:</source>
      <translation>付款条件(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Lead time (supplier):</source>
      <translation>交货周期（供应商）(&amp;L)：</translation>
    </message>
    <message>
      <source>&amp;Discount % (customer):</source>
      <translation>折扣 %（客户）(&amp;D)：</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>备注(&amp;O)：</translation>
    </message>
    <message>
      <source>New supplier</source>
      <translation>新供应商</translation>
    </message>
    <message>
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <source>Needed on invoices; can be added later.</source>
      <translation>开票时需要；可以以后再填。</translation>
    </message>
    <message>
      <source>✓ Valid unified social credit code</source>
      <translation>✓ 有效的统一社会信用代码</translation>
    </message>
  </context>
  <context>
    <name>PartyListWidget</name>
    <message>
      <source>New supplier…</source>
      <translation>新建供应商…</translation>
    </message>
    <message>
      <source>New customer…</source>
      <translation>新建客户…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Im&amp;port…</source>
      <translation>导入(&amp;P)…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>Filter by code, name, tax ID, contact or phone</source>
      <translation>按编码、名称、税号、联系人或电话筛选</translation>
    </message>
    <message>
      <source>Show inactive</source>
      <translation>显示已停用</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Tax ID</source>
      <translation>税号</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <source>Inactive parties stay on old documents but cannot be used on new ones.</source>
      <translation>停用的往来单位仍保留在旧单据上，但不能用于新单据。</translation>
    </message>
    <message>
      <source>Select a row first.</source>
      <translation>请先选择一行。</translation>
    </message>
    <message>
      <source>{count} imported.</source>
      <translation>已导入 {count} 条。</translation>
    </message>
    <message>
      <source>Import suppliers</source>
      <translation>导入供应商</translation>
    </message>
    <message>
      <source>Import customers</source>
      <translation>导入客户</translation>
    </message>
    <message>
      <source>A CSV file with a header line: code and name are required; tax ID, contact, phone, e-mail, address, bank, bank account, currency, payment terms, lead time and discount may follow. Chinese headers (编码, 名称, 纳税人识别号, …) are understood. UTF-8 or GBK. Every row is checked first; nothing is saved unless all rows are right.</source>
      <translation>带表头行的 CSV 文件：编码和名称必填；纳税人识别号、联系人、电话、电子邮件、地址、开户银行、银行账号、币种、付款条件、交货周期和折扣可选。可以使用中文表头（编码、名称、纳税人识别号……）。UTF-8 或 GBK 编码。导入前会逐行检查；只要有一行有误，就不会保存任何内容。</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
  </context>
  <context>
    <name>PlaceCombo</name>
    <message>
      <source>All warehouses</source>
      <translation>全部仓库</translation>
    </message>
    <message>
      <source>In transit</source>
      <translation>在途</translation>
    </message>
  </context>
  <context>
    <name>Purchasing</name>
    <message>
      <source>Purchase orders</source>
      <translation>采购订单</translation>
    </message>
    <message>
      <source>Reorder suggestions</source>
      <translation>补货建议</translation>
    </message>
    <message>
      <source>Item (code, name or barcode)</source>
      <translation>商品（编码、名称或条码）</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Unit price (net)</source>
      <translation>单价（不含税）</translation>
    </message>
    <message>
      <source>Tax %</source>
      <translation>税率 %</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>税额</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已收货</translation>
    </message>
    <message>
      <source>Purchase order (PDF)…</source>
      <translation>采购订单 (PDF)…</translation>
    </message>
    <message>
      <source>Receipt note {number} (PDF)…</source>
      <translation>收货单 {number} (PDF)…</translation>
    </message>
  </context>
  <context>
    <name>PurchasingSettings</name>
    <message>
      <source>Purchasing</source>
      <translation>采购</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>How much more than ordered a line may receive, e.g. 5 lets 105 in on an order of 100. 0 refuses any over-receipt.</source>
      <translation>每行最多可以比订购数量多收多少，例如 5 表示订购 100 时最多可收 105。0 表示不允许超收。</translation>
    </message>
    <message>
      <source>Over-receipt tolerance:</source>
      <translation>超收允差：</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>QuantityPostingDialog</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
  </context>
  <context>
    <name>ReceiveDialog</name>
    <message>
      <source>Receive goods — {number}</source>
      <translation>收货 — {number}</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>订购</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已收</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未收</translation>
    </message>
    <message>
      <source>Receive now</source>
      <translation>本次收货</translation>
    </message>
    <message>
      <source>These goods go to another warehouse than the order's; the receipt records it.</source>
      <translation>货物收入的仓库与订单不同；收货单会记录这一点。</translation>
    </message>
    <message>
      <source>e.g. the supplier's delivery note number</source>
      <translation>例如供应商送货单号</translation>
    </message>
    <message>
      <source>Supplier:</source>
      <translation>供应商：</translation>
    </message>
    <message>
      <source>Into &amp;warehouse:</source>
      <translation>收入仓库(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>Everything open</source>
      <translation>全部未收</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>全部清空</translation>
    </message>
    <message>
      <source>&amp;Receive</source>
      <translation>收货(&amp;R)</translation>
    </message>
    <message>
      <source>Receive transfer {number}</source>
      <translation>调拨单 {number} 收货</translation>
    </message>
    <message>
      <source>Type what arrived at {destination} on each line (leave a line empty if nothing of it came). What is not received stays on the road.</source>
      <translation>请逐行填写实际到达 {destination} 的数量（未到的行留空）。未收货的部分仍算在途。</translation>
    </message>
    <message>
      <source>&amp;Everything arrived</source>
      <translation>全部到货(&amp;E)</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>收货日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>ReorderWidget</name>
    <message>
      <source>All warehouses</source>
      <translation>全部仓库</translation>
    </message>
    <message>
      <source>Item code or name</source>
      <translation>商品编码或名称</translation>
    </message>
    <message>
      <source>&amp;Calculate</source>
      <translation>计算(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Warehouse:</source>
      <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现有库存</translation>
    </message>
    <message>
      <source>Still to arrive</source>
      <translation>在途</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <source>Suggested</source>
      <translation>建议数量</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>订购</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Tick all</source>
      <translation>全选</translation>
    </message>
    <message>
      <source>Untick all</source>
      <translation>全不选</translation>
    </message>
    <message>
      <source>supplier code or name</source>
      <translation>供应商编码或名称</translation>
    </message>
    <message>
      <source>Set &amp;supplier for ticked lines</source>
      <translation>为勾选行指定供应商(&amp;S)</translation>
    </message>
    <message>
      <source>Create &amp;draft orders</source>
      <translation>生成草稿订单(&amp;D)</translation>
    </message>
    <message>
      <source>Press Calculate to see what falls to its reorder point, counting what is on order.</source>
      <translation>点击“计算”，查看库存（含在途）已降到再订货点的商品。</translation>
    </message>
    <message>
      <source>Calculating reorder suggestions…</source>
      <translation>正在计算补货建议…</translation>
    </message>
    <message>
      <source>{count} lines at or below their reorder point.</source>
      <translation>{count} 行已降到再订货点或以下。</translation>
    </message>
    <message>
      <source>Nothing needs ordering: everything is above its reorder point.</source>
      <translation>无需补货：所有商品都高于再订货点。</translation>
    </message>
    <message>
      <source>{count} draft orders made.</source>
      <translation>已生成 {count} 张草稿订单。</translation>
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
      <source>On the server everyone signs in as their own server user, and passwords kept in the file do not carry over. Choose your server password now (at least 8 characters; it may be the one you had). The other users get theirs from an administrator under Settings ▸ Users.</source>
      <translation>在服务器上，每个人都以自己的服务器用户登录，文件中保存的密码不会带过去。请现在设置您在服务器上的密码（至少 8 个字符；可以与原来的相同）。其他用户的密码由管理员在“设置 ▸ 用户”中设置。</translation>
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
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>Still to arrive</source>
      <translation>在途未到货</translation>
    </message>
    <message>
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <source>Stock on a date</source>
      <translation>某日库存</translation>
    </message>
    <message>
      <source>Stock value</source>
      <translation>库存金额</translation>
    </message>
    <message>
      <source>In transit</source>
      <translation>在途货物</translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message>
      <source>Return goods — {number}</source>
      <translation>退货 — {number}</translation>
    </message>
    <message>
      <source>e.g. damaged in transport, wrong item</source>
      <translation>例如运输损坏、发错货</translation>
    </message>
    <message>
      <source>Supplier:</source>
      <translation>供应商：</translation>
    </message>
    <message>
      <source>From &amp;receipt:</source>
      <translation>原收货单(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <source>R&amp;eason:</source>
      <translation>原因(&amp;E)：</translation>
    </message>
    <message>
      <source>Re&amp;turn to supplier</source>
      <translation>退给供应商(&amp;T)</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已收</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>已退</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <source>Return now</source>
      <translation>本次退货</translation>
    </message>
  </context>
  <context>
    <name>RowErrorModel</name>
    <message>
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
  </context>
  <context>
    <name>Saving</name>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>XML files (*.xml)</source>
      <translation>XML 文件 (*.xml)</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>另存为</translation>
    </message>
    <message>
      <source>Saved {name} in {folder}.</source>
      <translation>已保存 {name}，位于 {folder}。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>在文件夹中显示</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
  </context>
  <context>
    <name>SeriesDialog</name>
    <message>
      <source>Next numbers look like {example}</source>
      <translation>下一个编号形如 {example}</translation>
    </message>
    <message>
      <source>{count} numbers given out: the series can no longer change.</source>
      <translation>已使用 {count} 个编号：此编号规则不能再修改。</translation>
    </message>
    <message>
      <source>Number series</source>
      <translation>编号规则</translation>
    </message>
    <message>
      <source>Invoices</source>
      <translation>发票</translation>
    </message>
    <message>
      <source>Credit notes</source>
      <translation>红字发票</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>前缀</translation>
    </message>
    <message>
      <source>Start again each year</source>
      <translation>每年重新编号</translation>
    </message>
    <message>
      <source>Digits</source>
      <translation>位数</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>ServerForm</name>
    <message>
      <source>&amp;Database:</source>
      <translation>数据库(&amp;D)：</translation>
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
      <source>Server &amp;user:</source>
      <translation>服务器用户(&amp;U)：</translation>
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
      <source>verify-full encrypts the connection and checks the server's certificate. “prefer” and “disable” may send the book unencrypted over the network: use them only inside a trusted office network.</source>
      <translation>verify-full 会加密连接并验证服务器证书。“prefer”和“disable”可能通过网络明文传送账套：只在可信的办公室内网中使用。</translation>
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
      <source>Book settings</source>
      <translation>账套设置</translation>
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
    <name>ShortageDialog</name>
    <message>
      <source>Close transfer {number} with a shortage</source>
      <translation>调拨单 {number} 短缺结案</translation>
    </message>
    <message>
      <source>These goods never arrived at {destination}. Closing writes them off from “in transit” to inventory adjustment, with your name and the reason:

{lines}

The transfer cannot be received any more afterwards.</source>
      <translation>以下货物未能到达 {destination}。结案会把它们从“在途”转入库存调整（盘亏），并记录您的姓名和原因：

{lines}

结案后此调拨单不能再收货。</translation>
    </message>
    <message>
      <source>C&amp;lose with shortage</source>
      <translation>短缺结案(&amp;L)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>结案日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>决定人</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>New document on the current page</source>
      <translation>在当前页面新建单据</translation>
    </message>
    <message>
      <source>Go to the list's filter</source>
      <translation>转到列表的筛选框</translation>
    </message>
    <message>
      <source>Refresh the current page</source>
      <translation>刷新当前页面</translation>
    </message>
    <message>
      <source>Print or export the selected document's PDF</source>
      <translation>打印或导出所选单据的 PDF</translation>
    </message>
    <message>
      <source>Help: keyboard shortcuts</source>
      <translation>帮助：键盘快捷键</translation>
    </message>
    <message>
      <source>New book</source>
      <translation>新建账套</translation>
    </message>
    <message>
      <source>Open a book file</source>
      <translation>打开账套文件</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>保存单据</translation>
    </message>
    <message>
      <source>Do the document's main step (issue, confirm, ship…)</source>
      <translation>执行单据的主要操作（开具、确认、发出…）</translation>
    </message>
    <message>
      <source>Close the form (asks if changed)</source>
      <translation>关闭表单（有修改时先询问）</translation>
    </message>
    <message>
      <source>Next cell, then next line</source>
      <translation>下一单元格，然后下一行</translation>
    </message>
    <message>
      <source>Delete the line</source>
      <translation>删除该行</translation>
    </message>
    <message>
      <source>Main window</source>
      <translation>主窗口</translation>
    </message>
    <message>
      <source>Document forms</source>
      <translation>单据表单</translation>
    </message>
    <message>
      <source>Line grids</source>
      <translation>明细表格</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>适用范围</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>作用</translation>
    </message>
  </context>
  <context>
    <name>StillToArriveWidget</name>
    <message>
      <source>Supplier or item</source>
      <translation>供应商或商品</translation>
    </message>
    <message>
      <source>Any supplier</source>
      <translation>全部供应商</translation>
    </message>
    <message>
      <source>Only overdue (expected before today)</source>
      <translation>只看逾期（预计到货早于今天）</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>订购</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已收</translation>
    </message>
    <message>
      <source>Still to arrive</source>
      <translation>未到货</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>订单数</translation>
    </message>
    <message>
      <source>Earliest expected</source>
      <translation>最早预计到货</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
  </context>
  <context>
    <name>StockAsOfTab</name>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Specification</source>
      <translation>规格型号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Average cost</source>
      <translation>平均成本</translation>
    </message>
    <message>
      <source>At the end of</source>
      <translation>截至当日结束：</translation>
    </message>
    <message>
      <source>Stock on a date</source>
      <translation>某日库存</translation>
    </message>
    <message>
      <source>Quantities and values as the ledger had them at the end of the chosen day.</source>
      <translation>所选日期结束时账面上的数量和金额。</translation>
    </message>
  </context>
  <context>
    <name>StockDocumentDialog</name>
    <message>
      <source>Save the document first.</source>
      <translation>请先保存单据。</translation>
    </message>
  </context>
  <context>
    <name>StockPage</name>
    <message>
      <source>On hand</source>
      <translation>现存量</translation>
    </message>
    <message>
      <source>Adjustments</source>
      <translation>库存调整</translation>
    </message>
    <message>
      <source>Counts</source>
      <translation>盘点</translation>
    </message>
    <message>
      <source>Movements</source>
      <translation>出入库明细</translation>
    </message>
  </context>
  <context>
    <name>StockSettings</name>
    <message>
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <source>Allow stock to go below zero</source>
      <translation>允许负库存</translation>
    </message>
    <message>
      <source>Off (recommended): selling, shipping or writing off more than a warehouse holds is refused, naming the lines short. On: it is allowed, and the missing goods are valued at the item's purchase price until they arrive.</source>
      <translation>关闭（推荐）：销售、发货或报损超过仓库现存量时会被拒绝，并列出不足的行。打开：允许这样做，缺少的货物在到货前按商品的采购价计价。</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>TransferForm</name>
    <message>
      <source>← &amp;Back to the list</source>
      <translation>← 返回列表(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Save draft</source>
      <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
      <source>S&amp;hip</source>
      <translation>发运(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Receive…</source>
      <translation>收货(&amp;R)…</translation>
    </message>
    <message>
      <source>C&amp;lose with shortage…</source>
      <translation>短缺结案(&amp;L)…</translation>
    </message>
    <message>
      <source>&amp;Cancel transfer</source>
      <translation>取消调拨单(&amp;C)</translation>
    </message>
    <message>
      <source>Pr&amp;int transfer note…</source>
      <translation>打印调拨单(&amp;I)…</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Available at source</source>
      <translation>调出仓库现有</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>已发出</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>已收到</translation>
    </message>
    <message>
      <source>Short</source>
      <translation>短缺</translation>
    </message>
    <message>
      <source>On the road</source>
      <translation>在途</translation>
    </message>
    <message>
      <source>New transfer</source>
      <translation>新调拨单</translation>
    </message>
    <message>
      <source>Draft — not saved yet.</source>
      <translation>草稿——尚未保存。</translation>
    </message>
    <message>
      <source>Transfer {number}</source>
      <translation>调拨单 {number}</translation>
    </message>
    <message>
      <source>The transfer note is printed once the transfer is shipped.</source>
      <translation>调拨单发运后才能打印（单据需带有单号）。</translation>
    </message>
    <message>
      <source>shipped by {user} at {at}</source>
      <translation>{user} 于 {at} 发运</translation>
    </message>
    <message>
      <source>finished by {user} at {at}</source>
      <translation>{user} 于 {at} 完成</translation>
    </message>
    <message>
      <source>shortage ({reason}) decided by {user}</source>
      <translation>短缺（{reason}）由 {user} 决定</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Ship transfer</source>
      <translation>发运调拨单</translation>
    </message>
    <message>
      <source>Ship {lines} line(s) from {source} to {destination} now?

The goods leave {source} and are on the road until {destination} receives them. A shipped transfer cannot be cancelled.</source>
      <translation>现在把 {lines} 行货物从 {source} 发往 {destination} 吗？

货物将离开 {source}，在 {destination} 收货前一直算作在途。已发运的调拨单不能取消。</translation>
    </message>
    <message>
      <source>Shipped. The goods are on the road.</source>
      <translation>已发运，货物在途。</translation>
    </message>
    <message>
      <source>Received.</source>
      <translation>已收货。</translation>
    </message>
    <message>
      <source>Closed. The missing goods were written off.</source>
      <translation>已结案，短缺货物已转入盘亏。</translation>
    </message>
    <message>
      <source>Cancel transfer</source>
      <translation>取消调拨单</translation>
    </message>
    <message>
      <source>Cancel this draft transfer?</source>
      <translation>取消这张调拨单草稿吗？</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
  </context>
  <context>
    <name>TransferHeader</name>
    <message>
      <source>e.g. SF Express waybill, truck 粤B·12345</source>
      <translation>例如：顺丰运单号、车牌 粤B·12345</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>调出仓库(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>调入仓库(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Planned date</source>
      <translation>计划日期(&amp;P)</translation>
    </message>
    <message>
      <source>Carrier / &amp;vehicle</source>
      <translation>承运人 / 车辆(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>备注(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>TransferList</name>
    <message>
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>From</source>
      <translation>调出仓库</translation>
    </message>
    <message>
      <source>To</source>
      <translation>调入仓库</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>计划日期</translation>
    </message>
    <message>
      <source>Shipped on</source>
      <translation>发运日期</translation>
    </message>
    <message>
      <source>Carrier / vehicle</source>
      <translation>承运人 / 车辆</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Filter: number, warehouse, carrier, note…</source>
      <translation>筛选：单号、仓库、承运人、备注……</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>On the road (shipped or partly received)</source>
      <translation>在途（已发运或部分收货）</translation>
    </message>
    <message>
      <source>All warehouses</source>
      <translation>全部仓库</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>全部日期</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <source>&amp;New transfer</source>
      <translation>新建调拨单(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>Transfers</name>
    <message>
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>已发出</translation>
    </message>
    <message>
      <source>On the road</source>
      <translation>在途</translation>
    </message>
    <message>
      <source>Arrived now</source>
      <translation>本次到货</translation>
    </message>
    <message>
      <source>From</source>
      <translation>调出仓库</translation>
    </message>
    <message>
      <source>To</source>
      <translation>调入仓库</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>调拨单数</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <source>Oldest (days)</source>
      <translation>最长在途（天）</translation>
    </message>
    <message>
      <source>Over 7 days</source>
      <translation>超过 7 天</translation>
    </message>
    <message>
      <source>Value on the road</source>
      <translation>在途金额</translation>
    </message>
    <message>
      <source>The source holds less than this line asks for: shipping will be refused until the stock is there.</source>
      <translation>调出仓库现有数量少于本行数量：库存到位之前无法发运。</translation>
    </message>
    <message>
      <source>Save the transfer note</source>
      <translation>保存调拨单</translation>
    </message>
  </context>
  <context>
    <name>TransfersPage</name>
    <message>
      <source>Transfers</source>
      <translation>调拨单</translation>
    </message>
    <message>
      <source>In transit</source>
      <translation>在途货物</translation>
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
    <name>ValuationModel</name>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Items in stock</source>
      <translation>有库存的商品数</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>In transit</source>
      <translation>在途</translation>
    </message>
  </context>
  <context>
    <name>ValuationTab</name>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>Value at moving-average cost per item and warehouse, read from the stock balances (the ledger proves them: erp-desktop check).</source>
      <translation>按每个商品在每个仓库的移动平均成本计价，取自库存余额（由库存流水验证：erp-desktop check）。</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Only users who may see costs can see stock value.</source>
      <translation>只有有权查看成本的用户才能查看库存金额。</translation>
    </message>
    <message>
      <source>Stock value</source>
      <translation>库存金额</translation>
    </message>
  </context>
  <context>
    <name>WarehouseDialog</name>
    <message>
      <source>New warehouse</source>
      <translation>新建仓库</translation>
    </message>
    <message>
      <source>Edit warehouse</source>
      <translation>编辑仓库</translation>
    </message>
    <message>
      <source>Active (offered on new documents)</source>
      <translation>启用（可用于新单据）</translation>
    </message>
    <message>
      <source>&amp;Code</source>
      <translation>编码(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>名称(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>地址(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>WarehousesTab</name>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Items in stock</source>
      <translation>有库存的商品数</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>&amp;New warehouse…</source>
      <translation>新建仓库(&amp;N)…</translation>
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
    <message>
      <source>{number}: the totals {net} + {tax} = {gross} do not match its lines ({l_net} + {l_tax} = {l_gross}).</source>
      <translation>{number}：合计 {net} + {tax} = {gross} 与明细行（{l_net} + {l_tax} = {l_gross}）不符。</translation>
    </message>
    <message>
      <source>{number} line {line}: net + tax is not the gross.</source>
      <translation>{number} 第 {line} 行：金额 + 税额不等于价税合计。</translation>
    </message>
    <message>
      <source>{number} line {line}: credited {c_quantity} worth {c_gross}, but only {quantity} worth {gross} were invoiced.</source>
      <translation>{number} 第 {line} 行：已红冲 {c_quantity}（{c_gross}），但只开票 {quantity}（{gross}）。</translation>
    </message>
    <message>
      <source>{number} is marked {state} but its credit notes make it {expected}.</source>
      <translation>{number} 的状态是 {state}，但按其红字发票应为 {expected}。</translation>
    </message>
    <message>
      <source>{number} was issued but its PDF is not stored.</source>
      <translation>{number} 已开具，但没有保存其 PDF。</translation>
    </message>
    <message>
      <source>Order {number} line {line}: received says {received}, the receipts bring {came} and the returns take back {went}.</source>
      <translation>订单 {number} 第 {line} 行：已收数量为 {received}，但收货单合计 {came}，退货单合计 {went}。</translation>
    </message>
    <message>
      <source>Receipt {number} line {line}: returned says {returned}, the returns differ.</source>
      <translation>收货单 {number} 第 {line} 行：已退数量为 {returned}，与退货单不符。</translation>
    </message>
    <message>
      <source>Order {number} is {state}, but its lines say otherwise ({complete} of {count} complete, {started} with goods received).</source>
      <translation>订单 {number} 的状态为{state}，但与订单行不符（{count} 行中 {complete} 行已收齐，{started} 行有收货）。</translation>
    </message>
    <message>
      <source>Order {number}: the total {total} is not the sum of its lines {lines}.</source>
      <translation>订单 {number}：合计 {total} 不等于各行之和 {lines}。</translation>
    </message>
    <message>
      <source>Item {item} at location {location}: the balance says {found_q} worth {found_v}, the moves add up to {q} worth {v}.</source>
      <translation>商品 {item} 在位置 {location}：余额为 {found_q}（金额 {found_v}），而流水合计为 {q}（金额 {v}）。</translation>
    </message>
    <message>
      <source>… and {count} more balances differ.</source>
      <translation>……另有 {count} 个余额不一致。</translation>
    </message>
    <message>
      <source>{code} is below zero at {place}: {quantity}.</source>
      <translation>{code} 在 {place} 的库存小于零：{quantity}。</translation>
    </message>
    <message>
      <source>{code} has no stock at {place} but a value of {value}.</source>
      <translation>{code} 在 {place} 没有库存，但仍有金额 {value}。</translation>
    </message>
    <message>
      <source>{code} at {place} holds {quantity} worth {value}.</source>
      <translation>{code} 在 {place} 的数量为 {quantity}，金额却为 {value}（符号相反）。</translation>
    </message>
    <message>
      <source>Item {item}: values over all places add to {total}, not 0.</source>
      <translation>商品 {item}：各位置金额合计为 {total}，而不是 0。</translation>
    </message>
    <message>
      <source>shipped</source>
      <translation>发出</translation>
    </message>
    <message>
      <source>received</source>
      <translation>收到</translation>
    </message>
    <message>
      <source>short</source>
      <translation>短缺</translation>
    </message>
    <message>
      <source>Transfer {number} line {line}: {what} says {q} worth {v}, the stock moves say {mq} worth {mv}.</source>
      <translation>调拨单 {number} 第 {line} 行：{what}记录为 {q}（金额 {v}），而库存流水为 {mq}（金额 {mv}）。</translation>
    </message>
    <message>
      <source>Transfer stock moves point to lines that do not exist: {lines}</source>
      <translation>调拨库存流水指向不存在的明细行：{lines}</translation>
    </message>
    <message>
      <source>{code}: in transit holds {q} worth {v}, but the transfer lines have {eq} worth {ev} on the road (shipped − received − short).</source>
      <translation>{code}：在途库存为 {q}（金额 {v}），但调拨明细显示在途 {eq}（金额 {ev}）（发出 − 收到 − 短缺）。</translation>
    </message>
    <message>
      <source>Transfer {number} is {state}, but its lines say otherwise.</source>
      <translation>调拨单 {number} 的状态为{state}，但与其明细不符。</translation>
    </message>
    <message>
      <source>Database security: {detail}</source>
      <translation>数据库安全：{detail}</translation>
    </message>
    <message>
      <source>{document} {number} was changed after it was issued or posted: it no longer matches its seal in the audit trail.</source>
      <translation>{document} {number} 在开具或过账后被修改：与审计记录中的封存值不再一致。</translation>
    </message>
    <message>
      <source>{document} {number} was sealed in the audit trail but is gone or lost its number.</source>
      <translation>{document} {number} 已在审计记录中封存，但单据已不存在或失去了编号。</translation>
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
      <source>{count} numbered document(s) carry no seal (issued before this version sealed documents, or written by demo): changes to them cannot be detected.</source>
      <translation>有 {count} 张已编号单据没有封存值（开具于本版本开始封存单据之前，或由演示数据写入）：无法检测对它们的修改。</translation>
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
      <source>unreadable pages</source>
      <translation>无法读取的页</translation>
    </message>
    <message>
      <source>The book file is damaged: {detail}</source>
      <translation>账套文件已损坏：{detail}</translation>
    </message>
    <message>
      <source>The book file {where} is damaged; the other checks cannot run. Restore your latest backup.</source>
      <translation>账套文件 {where} 已损坏，无法进行其他检查。请恢复最近的备份。</translation>
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
      <source>While the book was copied, {rows} changed rows were caught up in {rounds} round(s); saves waited {freeze} s at the end (the freeze).</source>
      <translation>复制期间有 {rows} 行改动，分 {rounds} 轮补齐；最后保存等待了 {freeze} 秒（冻结）。</translation>
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
    <message>
      <source>fill a book with demo data</source>
      <translation>向账套填充演示数据</translation>
    </message>
    <message>
      <source>“{value}” is not a whole number from {low} to {high}.</source>
      <translation>“{value}”不是 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
      <source>Fill the book with realistic demo data: items, warehouses, suppliers, customers and a year of documents. The book is created if it does not exist; a book that already holds items, parties or documents is refused.</source>
      <translation>向账套填充逼真的演示数据：商品、仓库、供应商、客户以及一年的单据。账套不存在时会自动新建；已有商品、往来单位或单据的账套会被拒绝。</translation>
    </message>
    <message>
      <source>number of items</source>
      <translation>商品数量</translation>
    </message>
    <message>
      <source>number of warehouses</source>
      <translation>仓库数量</translation>
    </message>
    <message>
      <source>number of stock moves</source>
      <translation>出入库记录数量</translation>
    </message>
    <message>
      <source>random seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>Demo data written to {where} in {seconds:.1f} s.</source>
      <translation>演示数据已写入 {where}，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
      <source>write the stored PDF of an invoice or credit note</source>
      <translation>输出发票或红字发票保存的 PDF</translation>
    </message>
    <message>
      <source>Write the PDF of the issued invoice or credit note NUMBER to FILE, byte for byte as it was issued.</source>
      <translation>将编号为 NUMBER 的已开具发票或红字发票的 PDF 写入 FILE，与开具时逐字节一致。</translation>
    </message>
    <message>
      <source>write an invoice or credit note as UBL 2.1 XML</source>
      <translation>将发票或红字发票输出为 UBL 2.1 XML</translation>
    </message>
    <message>
      <source>Write the issued invoice or credit note NUMBER to FILE as UBL 2.1 XML (the subset described in docs/invoicing.md).</source>
      <translation>将编号为 NUMBER 的已开具发票或红字发票以 UBL 2.1 XML（docs/invoicing.md 所述子集）写入 FILE。</translation>
    </message>
    <message>
      <source>e.g. INV-2026-000123</source>
      <translation>例如 INV-2026-000123</translation>
    </message>
    <message>
      <source>file to write (- for standard output)</source>
      <translation>要写入的文件（- 表示标准输出）</translation>
    </message>
    <message>
      <source>Wrote {path} ({size} bytes).</source>
      <translation>已写入 {path}（{size} 字节）。</translation>
    </message>
    <message>
      <source>sign in as LOGIN (SQLite books with passwords; the password is read from $ERP_DESKTOP_PASSWORD or asked for). On a server book the URL's user signs in.</source>
      <translation>以 LOGIN 登录（设有密码的 SQLite 账簿；密码取自 $ERP_DESKTOP_PASSWORD 或提示输入）。服务器账簿由 URL 中的用户登录。</translation>
    </message>
    <message>
      <source>Password for {login}: </source>
      <translation>{login} 的密码：</translation>
    </message>
    <message>
      <source>list, add and change the book's users</source>
      <translation>列出、添加和修改账簿的用户</translation>
    </message>
    <message>
      <source>Manage users without the app. New passwords come from $ERP_DESKTOP_NEW_PASSWORD or are asked for. On a server book use the book owner's URL.</source>
      <translation>不打开程序管理用户。新密码取自 $ERP_DESKTOP_NEW_PASSWORD 或提示输入。服务器账簿请使用账簿所有者的 URL。</translation>
    </message>
    <message>
      <source>list the users</source>
      <translation>列出用户</translation>
    </message>
    <message>
      <source>add a user with a role and a password</source>
      <translation>添加用户（角色和密码）</translation>
    </message>
    <message>
      <source>full name (default: login)</source>
      <translation>姓名（默认：登录名）</translation>
    </message>
    <message>
      <source>give a user another role</source>
      <translation>更改用户的角色</translation>
    </message>
    <message>
      <source>disable a user (can no longer sign in)</source>
      <translation>停用用户（不能再登录）</translation>
    </message>
    <message>
      <source>set a user's password</source>
      <translation>设置用户的密码</translation>
    </message>
    <message>
      <source>New password: </source>
      <translation>新密码：</translation>
    </message>
    <message>
      <source>Repeat the new password: </source>
      <translation>再次输入新密码：</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>完成。</translation>
    </message>
    <message>
      <source>start the desktop app with a book</source>
      <translation>启动桌面应用并打开账套</translation>
    </message>
    <message>
      <source>Start the desktop app and open BOOK (a book file or a postgresql:// URL). If the app is already running, the book opens in its window.</source>
      <translation>启动桌面应用并打开 BOOK（账套文件或 postgresql:// 地址）。如果应用已在运行，账套会在已打开的窗口中打开。</translation>
    </message>
    <message>
      <source>the book to open (default: as without a command)</source>
      <translation>要打开的账套（默认：与不带命令启动时相同）</translation>
    </message>
    <message>
      <source>write issued invoices into the tax platform's batch workbook</source>
      <translation>把已开具的发票写入税务平台的批量开票模板</translation>
    </message>
    <message>
      <source>Write the issued invoices of a date range that the platform has not issued yet into its batch-issuing workbook (.xlsx) and mark them sent. Documents that do not fit the platform's limits are listed and nothing is written, unless --leave-out-problems is given.</source>
      <translation>把某日期范围内平台尚未开具的已开具发票写入批量开票模板（.xlsx），并标记为已提交。不符合平台限制的单据会列出，且不写入任何内容，除非指定 --leave-out-problems。</translation>
    </message>
    <message>
      <source>the workbook to write</source>
      <translation>要写入的工作簿</translation>
    </message>
    <message>
      <source>also documents already sent to the platform</source>
      <translation>也包括已提交平台的单据</translation>
    </message>
    <message>
      <source>special VAT invoices (增值税专用发票) for buyers with a tax ID</source>
      <translation>对有税号的购买方开具增值税专用发票</translation>
    </message>
    <message>
      <source>write the others when some documents do not fit</source>
      <translation>部分单据不符合时，仍写入其余单据</translation>
    </message>
    <message>
      <source>link issued e-invoices (XML) or a failure workbook to our invoices</source>
      <translation>把平台开具的数电票（XML）或失败明细工作簿关联到本系统的发票</translation>
    </message>
    <message>
      <source>Read the platform's issued-invoice XML files (and 失败明细 .xlsx workbooks) and store each 20-digit number on the invoice it belongs to. A match found only by buyer, amount and date is linked when --confirm-matches is given.</source>
      <translation>读取平台开具的发票 XML 文件（及失败明细 .xlsx 工作簿），把每个 20 位发票号码记到对应的发票上。仅凭购买方、金额和日期找到的匹配，需指定 --confirm-matches 才会关联。</translation>
    </message>
    <message>
      <source>link documents matched by buyer, amount and date</source>
      <translation>关联按购买方、金额和日期匹配的单据</translation>
    </message>
    <message>
      <source>Nothing was written: {count} problems (see above).</source>
      <translation>未写入任何内容：{count} 个问题（见上）。</translation>
    </message>
    <message>
      <source>Wrote {path}: {documents} invoices, {lines} lines.</source>
      <translation>已写入 {path}：{documents} 张发票，{lines} 行明细。</translation>
    </message>
  </context>
  <context>
    <name>csv</name>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>exempt</source>
      <translation>免税</translation>
    </message>
  </context>
  <context>
    <name>documents</name>
    <message>
      <source>stock adjustment</source>
      <translation>库存调整单</translation>
    </message>
    <message>
      <source>stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <source>opening stock</source>
      <translation>期初库存</translation>
    </message>
    <message>
      <source>reversal</source>
      <translation>冲销</translation>
    </message>
    <message>
      <source>goods receipt</source>
      <translation>采购入库单</translation>
    </message>
    <message>
      <source>supplier return</source>
      <translation>采购退货</translation>
    </message>
    <message>
      <source>transfer</source>
      <translation>调拨单</translation>
    </message>
    <message>
      <source>sales invoice</source>
      <translation>销售发票</translation>
    </message>
    <message>
      <source>credit note</source>
      <translation>红字发票</translation>
    </message>
    <message>
      <source>invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <source>purchase order</source>
      <translation>采购订单</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>The book has just moved to {where}. Nothing was saved here: open the book there and save again.</source>
      <translation>账套刚刚迁移到 {where}。此处未保存任何内容：请在那里打开账套后再保存一次。</translation>
    </message>
    <message>
      <source>This book was moved to {where}. This copy is kept read-only; open the book there to work in it.</source>
      <translation>此账套已迁移到 {where}。这个副本保持只读；请到那里打开账套继续工作。</translation>
    </message>
    <message>
      <source>The book file {path} is read-only here; nothing can be saved. Copy it to a folder you can write to, or ask your IT person for permission to write it.</source>
      <translation>账套文件 {path} 在这里是只读的，无法保存任何内容。请把它复制到您可以写入的文件夹，或请 IT 人员授予写入权限。</translation>
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
      <source>The book {where} must be upgraded before use: run “erp-desktop upgrade” with the book owner's server user.</source>
      <translation>账簿 {where} 需要升级后才能使用：请用账簿所有者的服务器用户运行“erp-desktop upgrade”。</translation>
    </message>
    <message>
      <source>The disk holding the book is full ({folder}). Nothing was saved; what you typed is kept. Free some space on that disk and try again.</source>
      <translation>存放账套的磁盘已满（{folder}）。没有保存任何内容；您输入的内容仍保留。请在该磁盘上腾出空间后重试。</translation>
    </message>
    <message>
      <source>Another program holds the book {path} and has not let go for {seconds} seconds. Nothing was saved; what you typed is kept. Close the other program (or another ERP Desktop window on this book) and try again.</source>
      <translation>另一个程序占用着账套 {path}，已经 {seconds} 秒未释放。没有保存任何内容；您输入的内容仍保留。请关闭该程序（或打开此账套的另一个 ERP Desktop 窗口）后重试。</translation>
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
      <source>This user is disabled on the server {where}: ask your administrator to enable the user again.</source>
      <translation>此用户在服务器 {where} 上已被停用：请联系管理员重新启用该用户。</translation>
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
      <source>The book file {path} is damaged ({detail}). Nothing was changed. Restore your latest backup; “erp-desktop check” lists what is wrong.</source>
      <translation>账套文件 {path} 已损坏（{detail}）。没有做任何更改。请恢复最近的备份；“erp-desktop check”会列出问题所在。</translation>
    </message>
    <message>
      <source>The book {path} is read-only here ({reason}), so it cannot be changed. Nothing was changed. Copy it to a folder you can write to, or ask your IT person for permission to write it.</source>
      <translation>账套 {path} 在这里是只读的（{reason}），无法更改。没有做任何更改。请把它复制到您可以写入的文件夹，或请 IT 人员授予写入权限。</translation>
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
      <source>{path} already exists; choose another name.</source>
      <translation>{path} 已存在，请换一个名称。</translation>
    </message>
    <message>
      <source>The backup to {path} failed: {reason}</source>
      <translation>备份到 {path} 失败：{reason}</translation>
    </message>
    <message>
      <source>The server refused this server user access to the book (permission denied). Sign in with your own user of this book, or ask the administrator to give you one.</source>
      <translation>服务器拒绝此服务器用户访问账簿（权限不足）。请用您在此账簿中的用户登录，或请管理员为您创建一个。</translation>
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
      <source>{field} is too large: at most {digits} digits before the point.</source>
      <translation>{field}太大：小数点前最多 {digits} 位数字。</translation>
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
      <source>{field} “{code}” is too long: compared without case and width it becomes {length} characters (letters such as ß count twice), at most {max} allowed.</source>
      <translation>{field}“{code}”太长：忽略大小写和全角/半角比较时为 {length} 个字符（ß 等字母算两个），最多允许 {max} 个。</translation>
    </message>
    <message>
      <source>{field} contains an invisible direction mark (U+{code}), which makes text print differently from how it reads. Remove it.</source>
      <translation>{field}含有不可见的文字方向控制符（U+{code}），会使打印出的文字与实际内容不一致。请删除它。</translation>
    </message>
    <message>
      <source>{field} contains an invisible character (U+{code}); a code may hold only characters you can see.</source>
      <translation>{field}含有不可见字符（U+{code}）；编码只能包含看得见的字符。</translation>
    </message>
    <message>
      <source>The setting “{key}” takes a {type} value.</source>
      <translation>设置“{key}”需要 {type} 类型的值。</translation>
    </message>
    <message>
      <source>Business years must run from 1900 to 2999, the first not after the last ({first}–{last}).</source>
      <translation>业务年份须在 1900 到 2999 之间，且起始年份不能晚于结束年份（{first}–{last}）。</translation>
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
      <source>A number prefix has 1 to 10 letters, digits, “-” or “_” (no spaces or slashes).</source>
      <translation>编号前缀由 1 到 10 个字母、数字、“-”或“_”组成（不能有空格或斜杠）。</translation>
    </message>
    <message>
      <source>A number has between 3 and 10 digits.</source>
      <translation>编号的位数须在 3 到 10 之间。</translation>
    </message>
    <message>
      <source>The series {prefix} has already given out {count} numbers; it can no longer be changed.</source>
      <translation>编号规则 {prefix} 已使用 {count} 个编号，不能再修改。</translation>
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
      <source>A password may not be one character repeated.</source>
      <translation>密码不能是同一个字符的重复。</translation>
    </message>
    <message>
      <source>A password may not contain the user's login.</source>
      <translation>密码不能包含该用户的登录名。</translation>
    </message>
    <message>
      <source>This password is among the most common ones and is guessed first. Choose another — a few unrelated words make a good one.</source>
      <translation>这个密码是最常见的密码之一，会被最先猜到。请换一个——几个互不相关的词组合起来就很好。</translation>
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
      <source>There is no user “{login}”.</source>
      <translation>没有用户“{login}”。</translation>
    </message>
    <message>
      <source>Too many failed sign-ins with this user name. Wait {seconds} s, then try again.</source>
      <translation>此用户名登录失败次数过多。请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
      <source>The user name or password is not right. (Capital letters and the input language matter.)</source>
      <translation>用户名或密码不正确。（注意大小写和输入法。）</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <source>Tax rate {rate} is not possible.</source>
      <translation>税率 {rate} 不可用。</translation>
    </message>
    <message>
      <source>Line {line}: the tax {tax} differs from amount × rate by {difference}; at most {limit} is allowed.</source>
      <translation>第 {line} 行：税额 {tax} 与金额 × 税率相差 {difference}，最多允许相差 {limit}。</translation>
    </message>
    <message>
      <source>Document total: the tax differs from the sum of amounts × rates by {difference}; at most {limit} is allowed. Merge lines of the same item or split the document.</source>
      <translation>单据合计：税额与各行金额 × 税率之和相差 {difference}，最多允许相差 {limit}。请合并同一商品的行，或拆分单据。</translation>
    </message>
    <message>
      <source>{field} cannot be more than 100.</source>
      <translation>{field}不能大于 100。</translation>
    </message>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
      <source>Cannot {verb} this {document}: it is {state}. Only possible when it is: {allowed}.</source>
      <translation>无法{verb}此{document}：它当前为{state}状态。只有在以下状态时才可以：{allowed}。</translation>
    </message>
    <message>
      <source>Line {line}: {problem} The file was changed since it was checked; nothing was imported. Check it again.</source>
      <translation>第 {line} 行：{problem} 文件在检查之后被修改过；没有导入任何内容。请重新检查。</translation>
    </message>
    <message>
      <source>The file has {count} bad rows; nothing was imported. Correct them and import the file again.</source>
      <translation>文件中有 {count} 行有误，未导入任何内容。请改正后重新导入。</translation>
    </message>
    <message>
      <source>The file has no rows to import.</source>
      <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
      <source>Quantity decimals must be between 0 and 4.</source>
      <translation>数量的小数位数必须在 0 到 4 之间。</translation>
    </message>
    <message>
      <source>The code “{code}” is also on line {other}.</source>
      <translation>编码“{code}”在第 {other} 行也出现了。</translation>
    </message>
    <message>
      <source>The item code “{code}” is already used by item “{taken}”.</source>
      <translation>商品编码“{code}”已被商品“{taken}”使用。</translation>
    </message>
    <message>
      <source>The item code “{code}” was added to the book meanwhile; nothing was imported. Preview the file again.</source>
      <translation>商品编码“{code}”在此期间已被加入账套；未导入任何内容。请重新预览文件。</translation>
    </message>
    <message>
      <source>No item has the code “{code}”.</source>
      <translation>没有编码为“{code}”的商品。</translation>
    </message>
    <message>
      <source>The item {code} is inactive.</source>
      <translation>商品 {code} 已停用。</translation>
    </message>
    <message>
      <source>No active warehouse has the code “{code}”.</source>
      <translation>没有编码为“{code}”的启用仓库。</translation>
    </message>
    <message>
      <source>The quantity must be more than zero.</source>
      <translation>数量必须大于零。</translation>
    </message>
    <message>
      <source>{code} is counted with at most {places} decimals; {quantity} has more.</source>
      <translation>{code} 的数量最多 {places} 位小数；{quantity} 超出了。</translation>
    </message>
    <message>
      <source>{code} in this warehouse is also on line {other}.</source>
      <translation>{code} 在该仓库的记录在第 {other} 行也出现了。</translation>
    </message>
    <message>
      <source>The lead time must be between 0 and 3650 days.</source>
      <translation>交货周期必须在 0 到 3650 天之间。</translation>
    </message>
    <message>
      <source>The code “{code}” is already used by “{taken}”.</source>
      <translation>编码“{code}”已被“{taken}”使用。</translation>
    </message>
    <message>
      <source>Line {line}: {problem} Nothing was imported.</source>
      <translation>第 {line} 行：{problem} 未导入任何内容。</translation>
    </message>
    <message>
      <source>The file has no header line.</source>
      <translation>文件没有标题行。</translation>
    </message>
    <message>
      <source>The row has {count} values but the header has {columns}.</source>
      <translation>该行有 {count} 个值，但标题行只有 {columns} 列。</translation>
    </message>
    <message>
      <source>The file is too large (more than {size} MB).</source>
      <translation>文件太大（超过 {size} MB）。</translation>
    </message>
    <message>
      <source>This is an Excel workbook, not a CSV file. In Excel choose File ▸ Save As ▸ CSV UTF-8, then import that file.</source>
      <translation>这是 Excel 工作簿，不是 CSV 文件。请在 Excel 中选择“文件 ▸ 另存为 ▸ CSV UTF-8（逗号分隔）”，再导入该文件。</translation>
    </message>
    <message>
      <source>This file holds binary data; it is not a CSV file.</source>
      <translation>该文件包含二进制数据，不是 CSV 文件。</translation>
    </message>
    <message>
      <source>The file's text encoding is not UTF-8 or GBK. Save it as “CSV UTF-8” and try again.</source>
      <translation>文件的文本编码既不是 UTF-8 也不是 GBK。请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
      <source>Line {line}: a quote (") opens a cell that is not closed, so the rest of the file would be read as one cell (or a cell is longer than {size} KiB). Close the quote or remove it, save the file and import it again.</source>
      <translation>第 {line} 行：一个引号（"）开始的单元格没有结束，文件其余部分会被读成一个单元格（或某个单元格超过 {size} KiB）。请补上或删除该引号，保存文件后重新导入。</translation>
    </message>
    <message>
      <source>The columns “{first}” and “{second}” both give {field}.</source>
      <translation>“{first}”和“{second}”两列都表示{field}。</translation>
    </message>
    <message>
      <source>The file has no column for: {fields}.</source>
      <translation>文件缺少以下列：{fields}。</translation>
    </message>
    <message>
      <source>A credit note cannot be credited.</source>
      <translation>红字发票不能再红冲。</translation>
    </message>
    <message>
      <source>Credit at least one line.</source>
      <translation>请至少红冲一行。</translation>
    </message>
    <message>
      <source>Line {line} of {number} is credited twice.</source>
      <translation>{number} 的第 {line} 行被重复红冲。</translation>
    </message>
    <message>
      <source>Line {line} {name}: {quantity} cannot be credited; {invoiced} were invoiced and {credited} already credited, so at most {remaining} is left.</source>
      <translation>第 {line} 行 {name}：不能红冲 {quantity}；开票 {invoiced}，已红冲 {credited}，最多还能红冲 {remaining}。</translation>
    </message>
    <message>
      <source>A credit note cannot be dated before the invoice it credits ({date}).</source>
      <translation>红字发票的日期不能早于被红冲的发票（{date}）。</translation>
    </message>
    <message>
      <source>Invoice {id} does not exist.</source>
      <translation>发票 {id} 不存在。</translation>
    </message>
    <message>
      <source>No invoice or credit note has the number {number}.</source>
      <translation>没有编号为 {number} 的发票或红字发票。</translation>
    </message>
    <message>
      <source>Line {line}: the tax rate {rate} is not a VAT rate (13 %, 9 %, 6 %, 5 %, 3 %, 1 %, 0 % or exempt).</source>
      <translation>第 {line} 行：税率 {rate} 不是增值税税率（13%、9%、6%、5%、3%、1%、0% 或免税）。</translation>
    </message>
    <message>
      <source>A discount cannot exceed 100 %.</source>
      <translation>折扣不能超过 100%。</translation>
    </message>
    <message>
      <source>Line {line}: the item {code} {name} is inactive.</source>
      <translation>第 {line} 行：商品 {code} {name} 已停用。</translation>
    </message>
    <message>
      <source>Line {line}: {code} is counted in whole units or at most {places} decimals; {quantity} has more.</source>
      <translation>第 {line} 行：{code} 的数量只能是整数或最多 {places} 位小数；{quantity} 的小数位太多。</translation>
    </message>
    <message>
      <source>Line {line}: choose an item, or describe the service sold.</source>
      <translation>第 {line} 行：请选择货物，或填写所售服务的名称。</translation>
    </message>
    <message>
      <source>Add at least one line.</source>
      <translation>请至少添加一行。</translation>
    </message>
    <message>
      <source>An invoice can have at most {count} lines.</source>
      <translation>一张发票最多 {count} 行。</translation>
    </message>
    <message>
      <source>Choose the warehouse the goods leave from.</source>
      <translation>请选择发货仓库。</translation>
    </message>
    <message>
      <source>The due date cannot be before the invoice date.</source>
      <translation>到期日不能早于开票日期。</translation>
    </message>
    <message>
      <source>Only invoices can be copied.</source>
      <translation>只能复制发票。</translation>
    </message>
    <message>
      <source>The company has no tax ID: enter it under Settings ▸ Company profile before issuing invoices.</source>
      <translation>公司没有纳税人识别号：请先在“设置 ▸ 公司资料”中填写，再开具发票。</translation>
    </message>
    <message>
      <source>The customer {name} has no tax ID; a VAT invoice needs the buyer's tax ID. Enter it in the customer's record.</source>
      <translation>客户 {name} 没有纳税人识别号；增值税发票需要购买方的纳税人识别号。请在客户资料中填写。</translation>
    </message>
    <message>
      <source>Line {line}: only {left} of {name} are still with the customer.</source>
      <translation>第 {line} 行：{name} 只有 {left} 仍在客户处。</translation>
    </message>
    <message>
      <source>The PDF of {number} is missing.</source>
      <translation>{number} 的 PDF 丢失了。</translation>
    </message>
    <message>
      <source>A party must be a supplier, a customer, or both.</source>
      <translation>往来单位必须是供应商、客户，或两者都是。</translation>
    </message>
    <message>
      <source>“{email}” is not an e-mail address.</source>
      <translation>“{email}”不是电子邮件地址。</translation>
    </message>
    <message>
      <source>Party {id} does not exist.</source>
      <translation>往来单位 {id} 不存在。</translation>
    </message>
    <message>
      <source>{name} is not a supplier.</source>
      <translation>{name} 不是供应商。</translation>
    </message>
    <message>
      <source>{name} is not a customer.</source>
      <translation>{name} 不是客户。</translation>
    </message>
    <message>
      <source>{code} {name} is inactive.</source>
      <translation>{code} {name} 已停用。</translation>
    </message>
    <message>
      <source>An order needs at least one line; cancel or close it.</source>
      <translation>订单至少需要一行；如不再需要，请取消或关闭订单。</translation>
    </message>
    <message>
      <source>Line {line} is not a line of this order.</source>
      <translation>第 {line} 行不属于此订单。</translation>
    </message>
    <message>
      <source>Line {line}: goods were received on it, so it cannot be removed. Lower its quantity to what was received instead.</source>
      <translation>第 {line} 行：已有收货，不能删除。请将数量改为已收数量。</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>没有任何修改。</translation>
    </message>
    <message>
      <source>The supplier of a confirmed order cannot change: cancel or close it and make a new order.</source>
      <translation>已确认订单的供应商不能更改：请取消或关闭此订单，另建新订单。</translation>
    </message>
    <message>
      <source>The currency of a confirmed order cannot change.</source>
      <translation>已确认订单的币种不能更改。</translation>
    </message>
    <message>
      <source>The order date of a confirmed order cannot change.</source>
      <translation>已确认订单的订单日期不能更改。</translation>
    </message>
    <message>
      <source>Line {line}: the item and unit of an ordered line cannot change; remove the line and add a new one.</source>
      <translation>第 {line} 行：已订购行的商品和单位不能更改；请删除该行并添加新行。</translation>
    </message>
    <message>
      <source>Line {line}: {received} were already received; the quantity cannot be less.</source>
      <translation>第 {line} 行：已收货 {received}，数量不能少于此数。</translation>
    </message>
    <message>
      <source>Line {line}: goods were received at the agreed price, so its price, tax rate and exchange rate cannot change.</source>
      <translation>第 {line} 行：已按约定价格收货，其单价、税率和汇率不能更改。</translation>
    </message>
    <message>
      <source>Enter the exchange rate: how many {home} one {currency} is.</source>
      <translation>请输入汇率：1 {currency} 折合多少 {home}。</translation>
    </message>
    <message>
      <source>The expected date cannot be before the order date.</source>
      <translation>预计到货日期不能早于订单日期。</translation>
    </message>
    <message>
      <source>Line {line}: the item does not exist.</source>
      <translation>第 {line} 行：商品不存在。</translation>
    </message>
    <message>
      <source>The tax rate must be below 100 %.</source>
      <translation>税率必须低于 100%。</translation>
    </message>
    <message>
      <source>Line {line}: {quantity} {unit} is {base} {base_unit}, but {code} is counted in whole units or at most {places} decimals.</source>
      <translation>第 {line} 行：{quantity} {unit} 等于 {base} {base_unit}，但 {code} 只能按整数或最多 {places} 位小数计量。</translation>
    </message>
    <message>
      <source>Purchase order {id} does not exist.</source>
      <translation>采购订单 {id} 不存在。</translation>
    </message>
    <message>
      <source>Add at least one line before confirming the order.</source>
      <translation>确认订单前请至少添加一行。</translation>
    </message>
    <message>
      <source>Goods were received on this order: close it instead of cancelling.</source>
      <translation>此订单已有收货：请关闭订单，而不是取消。</translation>
    </message>
    <message>
      <source>Goods cannot be received before the order date.</source>
      <translation>收货日期不能早于订单日期。</translation>
    </message>
    <message>
      <source>Enter the quantity received on at least one line.</source>
      <translation>请至少在一行填写收货数量。</translation>
    </message>
    <message>
      <source>Line {line} {code}: {ordered} {unit} ordered, {received} received; {quantity} more is over the order. At most {left} more may be received (tolerance {tolerance} %).</source>
      <translation>第 {line} 行 {code}：订购 {ordered} {unit}，已收 {received}；再收 {quantity} 将超出订单。最多还可收 {left}（允许超收 {tolerance} %）。</translation>
    </message>
    <message>
      <source>The over-receipt tolerance can be at most 100 %.</source>
      <translation>超收允差最多为 100 %。</translation>
    </message>
    <message>
      <source>Goods receipt {id} does not exist.</source>
      <translation>收货单 {id} 不存在。</translation>
    </message>
    <message>
      <source>Choose at least one line to order.</source>
      <translation>请至少选择一行订购。</translation>
    </message>
    <message>
      <source>{count} chosen lines have no supplier yet: choose one for them.</source>
      <translation>有 {count} 个所选行尚无供应商：请为其指定供应商。</translation>
    </message>
    <message>
      <source>Goods cannot go back before the day they were received.</source>
      <translation>退货日期不能早于收货日期。</translation>
    </message>
    <message>
      <source>Enter the quantity to return on at least one line.</source>
      <translation>请至少在一行填写退货数量。</translation>
    </message>
    <message>
      <source>Line {line} is not a line of receipt {number}.</source>
      <translation>第 {line} 行不属于收货单 {number}。</translation>
    </message>
    <message>
      <source>Line {line} {code}: {received} {unit} came in on {number} and {returned} went back already; at most {left} can be returned.</source>
      <translation>第 {line} 行 {code}：收货单 {number} 收入 {received} {unit}，已退 {returned}；最多还可退 {left}。</translation>
    </message>
    <message>
      <source>Choose a reason for the adjustment.</source>
      <translation>请选择调整原因。</translation>
    </message>
    <message>
      <source>Stock adjustment {id} does not exist.</source>
      <translation>库存调整单 {id} 不存在。</translation>
    </message>
    <message>
      <source>Stock count {id} does not exist.</source>
      <translation>盘点 {id} 不存在。</translation>
    </message>
    <message>
      <source>There is nothing to count: no item matches the sheet.</source>
      <translation>没有可盘点的商品：没有商品符合条件。</translation>
    </message>
    <message>
      <source>Nothing was counted yet: enter at least one quantity.</source>
      <translation>尚未录入实盘数：请至少填写一个数量。</translation>
    </message>
    <message>
      <source>Say how many base units one purchase unit holds (the factor).</source>
      <translation>请填写一个采购单位等于多少个基本单位（换算系数）。</translation>
    </message>
    <message>
      <source>A factor needs a purchase unit name.</source>
      <translation>有换算系数时必须填写采购单位。</translation>
    </message>
    <message>
      <source>Item {id} does not exist.</source>
      <translation>商品 {id} 不存在。</translation>
    </message>
    <message>
      <source>The unit of {code} cannot change (or allow fewer decimals) after stock was posted in it. Make a new item instead.</source>
      <translation>{code} 已有库存记录，不能再修改单位（或减少小数位数）。请新建一个商品。</translation>
    </message>
    <message>
      <source>The item {code} has stock history or is used on documents, so it cannot be deleted. Deactivate it instead: it then disappears from new documents.</source>
      <translation>商品 {code} 已有出入库记录或被单据使用，不能删除。请改为停用：停用后它不会再出现在新单据中。</translation>
    </message>
    <message>
      <source>Location {id} does not exist.</source>
      <translation>位置 {id} 不存在。</translation>
    </message>
    <message>
      <source>{name} is not a warehouse.</source>
      <translation>{name} 不是仓库。</translation>
    </message>
    <message>
      <source>The warehouse {code} {name} is inactive.</source>
      <translation>仓库 {code} {name} 已停用。</translation>
    </message>
    <message>
      <source>The code “{code}” is already used by another location ({taken}).</source>
      <translation>编码“{code}”已被其他位置（{taken}）使用。</translation>
    </message>
    <message>
      <source>The warehouse {name} still holds stock of {count} items. Transfer or adjust it out before deactivating the warehouse.</source>
      <translation>仓库 {name} 中还有 {count} 种商品的库存。请先调出或调整掉这些库存，再停用该仓库。</translation>
    </message>
    <message>
      <source>Goods are on the road to or from {name} ({numbers}). Receive or close those transfers before deactivating the warehouse.</source>
      <translation>有货物正在运往或运出 {name}（{numbers}）。请先收货或关闭这些调拨单，再停用该仓库。</translation>
    </message>
    <message>
      <source>There is nothing to post.</source>
      <translation>没有可过账的内容。</translation>
    </message>
    <message>
      <source>Not enough stock, nothing was posted: {lines}</source>
      <translation>库存不足，未做任何过账：{lines}</translation>
    </message>
    <message>
      <source>Posting {id} has no moves to reverse.</source>
      <translation>过账 {id} 没有可冲回的出入库记录。</translation>
    </message>
    <message>
      <source>These moves ({number}) were reversed already.</source>
      <translation>这些出入库记录（{number}）已经冲回过了。</translation>
    </message>
    <message>
      <source>Line {line}: the location does not exist.</source>
      <translation>第 {line} 行：位置不存在。</translation>
    </message>
    <message>
      <source>Line {line}: the warehouse {name} is inactive.</source>
      <translation>第 {line} 行：仓库 {name} 已停用。</translation>
    </message>
    <message>
      <source>Line {line}: goods must move between two places.</source>
      <translation>第 {line} 行：货物必须在两个不同的位置之间移动。</translation>
    </message>
    <message>
      <source>Line {line}: the quantity must be more than zero.</source>
      <translation>第 {line} 行：数量必须大于零。</translation>
    </message>
    <message>
      <source>line {line} {code} {name}: {place} has {on_hand}, {quantity} needed</source>
      <translation>第 {line} 行 {code} {name}：{place} 现有 {on_hand}，需要 {quantity}</translation>
    </message>
    <message>
      <source>Transfer {number} was already shipped by {user} at {at}.</source>
      <translation>调拨单 {number} 已由 {user} 于 {at} 发运。</translation>
    </message>
    <message>
      <source>Transfer {number} was already received in full by {user} at {at}.</source>
      <translation>调拨单 {number} 已由 {user} 于 {at} 全部收货。</translation>
    </message>
    <message>
      <source>Transfer {number} was already closed with a shortage by {user} at {at}.</source>
      <translation>调拨单 {number} 已由 {user} 于 {at} 按短缺结案。</translation>
    </message>
    <message>
      <source>Line {line}: {problem}</source>
      <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
      <source>line {line} {code} {name}: {quantity} cannot arrive, only {open} of the {shipped} shipped are still on the road</source>
      <translation>第 {line} 行 {code} {name}：不能收到 {quantity}，发出的 {shipped} 中仅有 {open} 仍在途</translation>
    </message>
    <message>
      <source>More than was shipped can never arrive; nothing was received: {lines}</source>
      <translation>收货数量不能超过发出数量，本次未收货：{lines}</translation>
    </message>
    <message>
      <source>Enter the quantity that arrived on at least one line.</source>
      <translation>请至少在一行中填写实际到货数量。</translation>
    </message>
    <message>
      <source>Say why the goods did not arrive: damaged, lost or miscounted.</source>
      <translation>请说明货物未到的原因：损坏、丢失或点错数。</translation>
    </message>
    <message>
      <source>Choose two different warehouses: goods cannot travel from {name} to itself.</source>
      <translation>请选择两个不同的仓库：货物不能从 {name} 调拨到它自己。</translation>
    </message>
    <message>
      <source>Enter the planned date.</source>
      <translation>请填写计划日期。</translation>
    </message>
    <message>
      <source>Transfer {id} does not exist.</source>
      <translation>调拨单 {id} 不存在。</translation>
    </message>
    <message>
      <source>Transfer {number} was changed by someone else after you opened it. Nothing was saved: look at it again and repeat what you meant to do.</source>
      <translation>您打开调拨单 {number} 之后，其他人修改了它。本次未保存任何内容：请重新查看后再操作。</translation>
    </message>
    <message>
      <source>No item has the code or barcode “{text}”.</source>
      <translation>没有编码或条码为“{text}”的商品。</translation>
    </message>
    <message>
      <source>Choose the customer.</source>
      <translation>请选择客户。</translation>
    </message>
    <message>
      <source>“{text}” is not a VAT rate (13 %, 9 %, 6 %, 5 %, 3 %, 1 %, 0 % or exempt).</source>
      <translation>“{text}”不是增值税税率（13%、9%、6%、5%、3%、1%、0% 或免税）。</translation>
    </message>
    <message>
      <source>Line {line}: {field}: enter a number.</source>
      <translation>第 {line} 行：{field}：请输入数字。</translation>
    </message>
    <message>
      <source>Correct the lines marked in red: {problems}</source>
      <translation>请更正标红的行：{problems}</translation>
    </message>
    <message>
      <source>Choose a supplier.</source>
      <translation>请选择供应商。</translation>
    </message>
    <message>
      <source>Line {line}: choose an item.</source>
      <translation>第 {line} 行：请选择商品。</translation>
    </message>
    <message>
      <source>Line {line}: enter the quantity and the price.</source>
      <translation>第 {line} 行：请填写数量和单价。</translation>
    </message>
    <message>
      <source>Choose a warehouse.</source>
      <translation>请选择仓库。</translation>
    </message>
    <message>
      <source>Nothing was received on this order.</source>
      <translation>此订单没有收货记录。</translation>
    </message>
    <message>
      <source>Some lines are not right yet: {problems}</source>
      <translation>有些行还不正确：{problems}</translation>
    </message>
    <message>
      <source>Line {line}: choose an item and a quantity.</source>
      <translation>第 {line} 行：请选择商品并填写数量。</translation>
    </message>
    <message>
      <source>The transfer is not saved yet.</source>
      <translation>调拨单尚未保存。</translation>
    </message>
    <message>
      <source>Some lines cannot be read: {lines}</source>
      <translation>有些行无法识别：{lines}</translation>
    </message>
    <message>
      <source>Line {line}: enter the quantity.</source>
      <translation>第 {line} 行：请填写数量。</translation>
    </message>
    <message>
      <source>This book has passwords: sign in with --user LOGIN to change it.</source>
      <translation>此账簿设有密码：要修改它，请用 --user 登录名 登录。</translation>
    </message>
    <message>
      <source>The login or password is wrong. Nothing was changed.</source>
      <translation>登录名或密码错误。未做任何更改。</translation>
    </message>
    <message>
      <source>The book has no active user.</source>
      <translation>账簿没有启用的用户。</translation>
    </message>
    <message>
      <source>The login “{login}” is too long for a server book: with the book's prefix it must stay within {count} bytes. Choose a shorter login.</source>
      <translation>登录名“{login}”对服务器账簿来说太长：加上账簿前缀后最多 {count} 字节。请选择更短的登录名。</translation>
    </message>
    <message>
      <source>The server user {user} owns the book but may not create roles: every ERP user is a server role. As the server's superuser run “ALTER ROLE {user} CREATEROLE”, then try again (see docs/connected-mode.md).</source>
      <translation>服务器用户 {user} 拥有此账簿，但无权创建角色：每个 ERP 用户都是一个服务器角色。请以服务器超级用户身份运行“ALTER ROLE {user} CREATEROLE”，然后重试（见 docs/connected-mode.md）。</translation>
    </message>
    <message>
      <source>Managing the users of a server book needs the book owner's server user: use it for this (e.g. “erp-desktop users … --book postgresql://OWNER@…”).</source>
      <translation>管理服务器账簿的用户需要账簿所有者的服务器用户：请用它来操作（例如“erp-desktop users … --book postgresql://OWNER@…”）。</translation>
    </message>
    <message>
      <source>{field} is not a date.</source>
      <translation>{field}不是有效日期。</translation>
    </message>
    <message>
      <source>{field} {day} is outside the years this book accepts ({first}–{last}). An administrator can widen them under Settings ▸ Book settings.</source>
      <translation>{field} {day} 超出本账套接受的年份范围（{first}–{last}）。管理员可在“设置 ▸ 账套设置”中放宽。</translation>
    </message>
    <message>
      <source>This book already holds items, parties or documents: demo data goes only into a new or empty book. Nothing was changed.</source>
      <translation>此账套已有商品、往来单位或单据：演示数据只能写入新的或空的账套。未做任何更改。</translation>
    </message>
    <message>
      <source>Only a shipped transfer has a transfer note.</source>
      <translation>只有已发运的调拨单才能打印调拨单。</translation>
    </message>
    <message>
      <source>The tax classification code “{code}” may hold digits only.</source>
      <translation>税收分类编码“{code}”只能包含数字。</translation>
    </message>
    <message>
      <source>The tax classification code “{code}” has {length} digits; it needs 19 (pad the official code with zeros on the right).</source>
      <translation>税收分类编码“{code}”有 {length} 位，需要 19 位（在官方编码右侧补零）。</translation>
    </message>
    <message>
      <source>The tax classification code “{code}” must start with 1 to 6 (goods, labour, services, intangibles, real estate, not taxable).</source>
      <translation>税收分类编码“{code}”必须以 1 至 6 开头（货物、劳务、服务、无形资产、不动产、不征税项目）。</translation>
    </message>
    <message>
      <source>Unknown zero-rate kind “{kind}”.</source>
      <translation>未知的零税率类型“{kind}”。</translation>
    </message>
    <message>
      <source>A zero-rate kind (免税, 不征税, …) needs a tax rate of 0.</source>
      <translation>零税率类型（免税、不征税等）要求税率为 0。</translation>
    </message>
    <message>
      <source>Unknown red-letter reason “{reason}”.</source>
      <translation>未知的红冲原因“{reason}”。</translation>
    </message>
    <message>
      <source>“Goods returned” (销货退回) is not allowed for an invoice of services only.</source>
      <translation>仅含服务的发票不能选择“销货退回”。</translation>
    </message>
    <message>
      <source>“Service stopped” (服务中止) is not allowed for an invoice of goods only.</source>
      <translation>仅含货物的发票不能选择“服务中止”。</translation>
    </message>
    <message>
      <source>Line {line} ({name}) has no tax classification code: enter the 19-digit code in the item's record before issuing.</source>
      <translation>第 {line} 行（{name}）没有税收分类编码：请先在商品资料中填写 19 位编码再开具。</translation>
    </message>
    <message>
      <source>{field} has {length} characters; the platform takes at most {max}.</source>
      <translation>{field}有 {length} 个字符，平台最多接受 {max} 个。</translation>
    </message>
    <message>
      <source>The buyer has no name.</source>
      <translation>购买方没有名称。</translation>
    </message>
    <message>
      <source>Line {line} ({name}) has no tax classification code.</source>
      <translation>第 {line} 行（{name}）没有税收分类编码。</translation>
    </message>
    <message>
      <source>No issued invoice waits for the platform in what you chose.</source>
      <translation>所选范围内没有等待提交平台的已开具发票。</translation>
    </message>
    <message>
      <source>A supplier's invoice to us: import it under received invoices.</source>
      <translation>这是供应商开给我们的发票：请在进项发票中导入。</translation>
    </message>
    <message>
      <source>No document of ours carries this invoice's number in its remark, and buyer, amount and date match {count} documents.</source>
      <translation>没有单据的备注含有此发票的流水号，按购买方、金额和日期匹配到 {count} 张单据。</translation>
    </message>
    <message>
      <source>{number} already carries the platform number {platform}.</source>
      <translation>{number} 已关联平台发票号码 {platform}。</translation>
    </message>
    <message>
      <source>The platform's totals ({net} + {tax} = {gross}) differ from ours ({our_net} + {our_tax} = {our_gross}).</source>
      <translation>平台合计（{net} + {tax} = {gross}）与本系统（{our_net} + {our_tax} = {our_gross}）不一致。</translation>
    </message>
    <message>
      <source>No document has this number.</source>
      <translation>没有单据使用此编号。</translation>
    </message>
    <message>
      <source>Cannot read the file: {reason}</source>
      <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
      <source>The e-invoice XML has no valid amount in {field}.</source>
      <translation>数电票 XML 的 {field} 中没有有效金额。</translation>
    </message>
    <message>
      <source>The e-invoice XML has no valid issue date (“{raw}”).</source>
      <translation>数电票 XML 没有有效的开票日期（“{raw}”）。</translation>
    </message>
    <message>
      <source>The e-invoice XML is too large.</source>
      <translation>数电票 XML 文件过大。</translation>
    </message>
    <message>
      <source>The XML declares a DOCTYPE or entities; an e-invoice never does, so it is refused.</source>
      <translation>该 XML 声明了 DOCTYPE 或实体；数电票从不包含这些，因此拒绝导入。</translation>
    </message>
    <message>
      <source>The file is not readable XML: {reason}</source>
      <translation>文件不是可读的 XML：{reason}</translation>
    </message>
    <message>
      <source>The XML is not an e-invoice (its root is “{tag}”).</source>
      <translation>该 XML 不是数电票（根元素为“{tag}”）。</translation>
    </message>
    <message>
      <source>The e-invoice number “{number}” is not the platform's 20 digits.</source>
      <translation>发票号码“{number}”不是平台的 20 位号码。</translation>
    </message>
    <message>
      <source>The e-invoice XML has no invoice data.</source>
      <translation>数电票 XML 中没有发票数据。</translation>
    </message>
    <message>
      <source>Only a draft credit note asks the buyer for a red-letter confirmation.</source>
      <translation>只有草稿状态的红字发票才能申请红字确认。</translation>
    </message>
    <message>
      <source>The credited invoice has no platform number: its credit note needs no red-letter confirmation.</source>
      <translation>被冲发票没有平台发票号码：其红字发票无需红字确认。</translation>
    </message>
    <message>
      <source>A red-letter confirmation is already {state}.</source>
      <translation>红字确认单已经是“{state}”状态。</translation>
    </message>
    <message>
      <source>No red-letter confirmation was requested yet.</source>
      <translation>尚未申请红字确认单。</translation>
    </message>
    <message>
      <source>The red-letter confirmation is {state}.</source>
      <translation>红字确认单状态为“{state}”。</translation>
    </message>
    <message>
      <source>The credited invoice was issued on the tax platform: the buyer must confirm the red-letter invoice first (now: {state}).</source>
      <translation>被冲发票已在税务平台开具：须先由购买方确认红字发票信息确认单（当前：{state}）。</translation>
    </message>
    <message>
      <source>The cell holds a formula ({formula}); import values only (copy the column and paste it as values).</source>
      <translation>单元格含有公式（{formula}）；只能导入值（复制该列并以“值”粘贴）。</translation>
    </message>
    <message>
      <source>The number {value} has more than 15 digits: Excel keeps only 15, so the rest may be lost. Format the column as Text and type the value again.</source>
      <translation>数字 {value} 超过 15 位：Excel 只保留 15 位有效数字，其余位可能已丢失。请将该列设为“文本”格式后重新输入。</translation>
    </message>
    <message>
      <source>The file is not a readable Excel workbook: {reason}</source>
      <translation>该文件不是可读取的 Excel 工作簿：{reason}</translation>
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
    <message>
      <source>Login</source>
      <translation>登录名</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <source>Document total</source>
      <translation>单据合计</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Discount %</source>
      <translation>折扣 %</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Specification</source>
      <translation>规格型号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Quantity decimals</source>
      <translation>数量小数位</translation>
    </message>
    <message>
      <source>Purchase unit</source>
      <translation>采购单位</translation>
    </message>
    <message>
      <source>Purchase unit factor</source>
      <translation>采购单位换算系数</translation>
    </message>
    <message>
      <source>Barcode</source>
      <translation>条码</translation>
    </message>
    <message>
      <source>Purchase price</source>
      <translation>采购价</translation>
    </message>
    <message>
      <source>Sale price</source>
      <translation>销售价</translation>
    </message>
    <message>
      <source>Tax rate %</source>
      <translation>税率%</translation>
    </message>
    <message>
      <source>Tax classification code</source>
      <translation>税收分类编码</translation>
    </message>
    <message>
      <source>Tax code short name</source>
      <translation>税收分类简称</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Item code</source>
      <translation>商品编码</translation>
    </message>
    <message>
      <source>Warehouse code</source>
      <translation>仓库编码</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Average cost</source>
      <translation>平均成本</translation>
    </message>
    <message>
      <source>Tax ID</source>
      <translation>税号</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>Payment terms</source>
      <translation>付款条件</translation>
    </message>
    <message>
      <source>Lead time (days)</source>
      <translation>交货期（天）</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reason for the credit</source>
      <translation>红冲原因</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Exchange rate</source>
      <translation>汇率</translation>
    </message>
    <message>
      <source>Expected date</source>
      <translation>预计到货日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Over-receipt tolerance %</source>
      <translation>超收允差 %</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <source>Reorder quantity</source>
      <translation>再订货量</translation>
    </message>
    <message>
      <source>Planned date</source>
      <translation>计划日期</translation>
    </message>
    <message>
      <source>Carrier / vehicle</source>
      <translation>承运人 / 车辆</translation>
    </message>
    <message>
      <source>Tax %</source>
      <translation>税率 %</translation>
    </message>
    <message>
      <source>ID type</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>证件号码</translation>
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
      <source>{table} {key}: the code “{code}” is too long once compared without case and width ({length} characters; letters such as ß count twice), at most {max} allowed. Change the code in the book first.</source>
      <translation>{table} {key}：编码“{code}”在忽略大小写和全角/半角比较时太长（{length} 个字符；ß 等字母算两个），最多允许 {max} 个。请先在账套中修改该编码。</translation>
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
    <message>
      <source>Another move of this book is under way. Wait for it to end.</source>
      <translation>此账套的另一次迁移正在进行。请等待其结束。</translation>
    </message>
  </context>
  <context>
    <name>reasons</name>
    <message>
      <source>Damaged</source>
      <translation>损坏</translation>
    </message>
    <message>
      <source>Lost or stolen</source>
      <translation>丢失或被盗</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>过期</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>盘盈找到</translation>
    </message>
    <message>
      <source>Miscounted</source>
      <translation>点错数</translation>
    </message>
    <message>
      <source>Samples and own use</source>
      <translation>样品及自用</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>更正</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Total (in words)</source>
      <translation>合计（大写）</translation>
    </message>
    <message>
      <source>(in figures)</source>
      <translation>（小写）</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Exempt</source>
      <translation>免税</translation>
    </message>
    <message>
      <source>Sales invoice</source>
      <translation>销售发票</translation>
    </message>
    <message>
      <source>Credit note</source>
      <translation>红字发票</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Tax ID</source>
      <translation>纳税人识别号</translation>
    </message>
    <message>
      <source>Address and phone</source>
      <translation>地址、电话</translation>
    </message>
    <message>
      <source>Bank and account</source>
      <translation>开户行及账号</translation>
    </message>
    <message>
      <source>Credits invoice {number} of {date}.</source>
      <translation>对应正数发票：{number}（{date}）。</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>红冲原因：{reason}</translation>
    </message>
    <message>
      <source>Replaces invoice {number}.</source>
      <translation>更正发票 {number}。</translation>
    </message>
    <message>
      <source>Subtotal {rate}</source>
      <translation>小计 {rate}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Total with tax (in words)</source>
      <translation>价税合计（大写）</translation>
    </message>
    <message>
      <source>Total with tax</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>Payment terms</source>
      <translation>付款条件</translation>
    </message>
    <message>
      <source>E-invoice number</source>
      <translation>数电票号码</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>开票人</translation>
    </message>
    <message>
      <source>Seller (seal)</source>
      <translation>销售方（章）</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Not a tax invoice (the e-invoice is issued by the tax platform)</source>
      <translation>非税务发票（数电票由税务平台开具）</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>货物或应税劳务、服务名称</translation>
    </message>
    <message>
      <source>Specification</source>
      <translation>规格型号</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>税额</translation>
    </message>
    <message>
      <source>Buyer</source>
      <translation>购买方</translation>
    </message>
    <message>
      <source>Seller</source>
      <translation>销售方</translation>
    </message>
    <message>
      <source>Payee</source>
      <translation>收款人</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>复核</translation>
    </message>
    <message>
      <source>Page {page} / {pages}</source>
      <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <source>Delivery by</source>
      <translation>交货日期</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>变更次数</translation>
    </message>
    <message>
      <source>Purchase order</source>
      <translation>采购订单</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Goods</source>
      <translation>商品名称</translation>
    </message>
    <message>
      <source>Deliver to</source>
      <translation>收货地点</translation>
    </message>
    <message>
      <source>Prepared by</source>
      <translation>制单人</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Confirmed by the supplier</source>
      <translation>供应商确认</translation>
    </message>
    <message>
      <source>Ordered into</source>
      <translation>订单收货仓库</translation>
    </message>
    <message>
      <source>Goods receipt</source>
      <translation>收货单</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>订购数量</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>实收数量</translation>
    </message>
    <message>
      <source>Delivered by</source>
      <translation>送货人</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>收货人</translation>
    </message>
    <message>
      <source>Warehouse keeper</source>
      <translation>仓管员</translation>
    </message>
    <message>
      <source>Item code</source>
      <translation>商品编码</translation>
    </message>
    <message>
      <source>Item name</source>
      <translation>商品名称</translation>
    </message>
    <message>
      <source>Unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Posted by</source>
      <translation>过账人</translation>
    </message>
    <message>
      <source>Stock adjustment</source>
      <translation>库存调整单</translation>
    </message>
    <message>
      <source>Book quantity</source>
      <translation>账面数量</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>实盘数量</translation>
    </message>
    <message>
      <source>Difference booked</source>
      <translation>记账差异</translation>
    </message>
    <message>
      <source>Sheet made</source>
      <translation>盘点表生成时间</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>{count} lines had moved since the sheet was made: the book quantity shown is the one at posting, and the difference was taken against it.</source>
      <translation>有 {count} 行在生成盘点表后发生了变动：所示账面数量为过账时的数量，差异按其计算。</translation>
    </message>
    <message>
      <source>Stock count</source>
      <translation>盘点表</translation>
    </message>
    <message>
      <source>Counted by</source>
      <translation>盘点人</translation>
    </message>
    <message>
      <source>Checked by</source>
      <translation>复核人</translation>
    </message>
    <message>
      <source>Short {quantity}</source>
      <translation>短少 {quantity}</translation>
    </message>
    <message>
      <source>Closed with a shortage on {date} by {user}: {reason}. {note}</source>
      <translation>{date} 由 {user} 短少结案：{reason}。{note}</translation>
    </message>
    <message>
      <source>Ship date</source>
      <translation>发运日期</translation>
    </message>
    <message>
      <source>Planned date</source>
      <translation>计划日期</translation>
    </message>
    <message>
      <source>Carrier / vehicle</source>
      <translation>承运人 / 车辆</translation>
    </message>
    <message>
      <source>Shipped by</source>
      <translation>发运经办人</translation>
    </message>
    <message>
      <source>Transfer note</source>
      <translation>调拨单</translation>
    </message>
    <message>
      <source>From (shipping warehouse)</source>
      <translation>调出仓库（发货方）</translation>
    </message>
    <message>
      <source>To (receiving warehouse)</source>
      <translation>调入仓库（收货方）</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>实发数量</translation>
    </message>
    <message>
      <source>{count} line(s)</source>
      <translation>共 {count} 行</translation>
    </message>
    <message>
      <source>Shipper</source>
      <translation>发货人</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>承运人</translation>
    </message>
    <message>
      <source>Receiver</source>
      <translation>收货人</translation>
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
    <message>
      <source>Earliest year of a business date</source>
      <translation>业务日期的最早年份</translation>
    </message>
    <message>
      <source>Latest year of a business date</source>
      <translation>业务日期的最晚年份</translation>
    </message>
    <message>
      <source>Refuse to issue an invoice line without a tax classification code</source>
      <translation>发票行没有税收分类编码时拒绝开具</translation>
    </message>
  </context>
  <context>
    <name>states</name>
    <message>
      <source>draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>shipped</source>
      <translation>已发运</translation>
    </message>
    <message>
      <source>partially received</source>
      <translation>部分收货</translation>
    </message>
    <message>
      <source>received</source>
      <translation>已收货</translation>
    </message>
    <message>
      <source>closed with shortage</source>
      <translation>短缺结案</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>issued</source>
      <translation>已开具</translation>
    </message>
    <message>
      <source>partially credited</source>
      <translation>部分红冲</translation>
    </message>
    <message>
      <source>credited</source>
      <translation>已红冲</translation>
    </message>
    <message>
      <source>confirmation requested</source>
      <translation>已申请确认</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>not requested</source>
      <translation>未申请</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <source>posted</source>
      <translation>已过账</translation>
    </message>
  </context>
  <context>
    <name>tax</name>
    <message>
      <source>Exempt (免税)</source>
      <translation>免税</translation>
    </message>
    <message>
      <source>Not taxable (不征税)</source>
      <translation>不征税</translation>
    </message>
    <message>
      <source>Ordinary zero rate (普通零税率)</source>
      <translation>普通零税率</translation>
    </message>
    <message>
      <source>Export refund (出口退税)</source>
      <translation>出口退税</translation>
    </message>
    <message>
      <source>01 Invoiced in error (开票有误)</source>
      <translation>01 开票有误</translation>
    </message>
    <message>
      <source>02 Goods returned (销货退回)</source>
      <translation>02 销货退回</translation>
    </message>
    <message>
      <source>03 Service stopped (服务中止)</source>
      <translation>03 服务中止</translation>
    </message>
    <message>
      <source>04 Sales allowance (销售折让)</source>
      <translation>04 销售折让</translation>
    </message>
  </context>
  <context>
    <name>verbs</name>
    <message>
      <source>edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <source>ship</source>
      <translation>发运</translation>
    </message>
    <message>
      <source>receive</source>
      <translation>收货</translation>
    </message>
    <message>
      <source>close with a shortage</source>
      <translation>短缺结案</translation>
    </message>
    <message>
      <source>cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>issue</source>
      <translation>开具</translation>
    </message>
    <message>
      <source>credit</source>
      <translation>红冲</translation>
    </message>
    <message>
      <source>copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>print or export</source>
      <translation>打印或导出</translation>
    </message>
    <message>
      <source>confirm</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>amend</source>
      <translation>变更</translation>
    </message>
    <message>
      <source>receive goods on</source>
      <translation>收货</translation>
    </message>
    <message>
      <source>close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>return goods from</source>
      <translation>退货</translation>
    </message>
    <message>
      <source>print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>post</source>
      <translation>过账</translation>
    </message>
  </context>
</TS>
