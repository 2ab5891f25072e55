"""The platform's batch-issuing workbook (批量开票-导入开票模板): layout and limits.

Headers as public tools that fill template V260401 write them (row 1 the
instructions, row 2 the hints, row 3 the headers, data from row 4; the sheets
joined by 发票流水号). Readers map columns by header text, never by position,
since positions moved between template versions.
"""

from __future__ import annotations

TEMPLATE_VERSION = "pt:20260401"
VERSION_SHEET = "excelVersion"
BASIC_SHEET = "1-发票基本信息"
DETAIL_SHEET = "2-发票明细信息"
HEADER_ROW = 3
FIRST_DATA_ROW = 4

BASIC_HEADERS = (
    "发票流水号",
    "发票类型",
    "特定业务类型",
    "是否含税",
    "受票方自然人标识",
    "购买方名称",
    "购买方纳税人识别号",
    "购买方证件类型",
    "购买方证件号码",
    "购买方国籍（或地区）",
    "购买方地址",
    "购买方电话",
    "购买方开户银行",
    "购买方银行账号",
    "是否展示购买方地址电话银行账号",
    "备注",
    "报废产品销售类型",
    "销售方开户行",
    "销售方银行账号",
    "是否展示销售方地址电话银行账号",
    "购买方邮箱",
    "购买方经办人姓名",
    "购买方经办人证件类型",
    "购买方经办人证件号码",
    "经办人国籍(地区)",
    "经办人自然人纳税人识别号",
    "放弃享受减按1%征收率原因",
    "收款人",
    "复核人",
)
DETAIL_HEADERS = (
    "发票流水号",
    "项目名称",
    "商品和服务税收编码",
    "规格型号",
    "单位",
    "数量",
    "单价",
    "金额",
    "税率",
    "折扣金额",
    "是否使用优惠政策",
    "优惠政策类型",
)
# Character limits from the template's hint row; a value over one keeps its document out.
LIMITS = {
    "发票流水号": 20,
    "购买方名称": 100,
    "购买方纳税人识别号": 20,
    "购买方证件号码": 30,
    "购买方地址": 100,
    "购买方电话": 60,
    "购买方开户银行": 100,
    "购买方银行账号": 100,
    "备注": 230,
    "购买方邮箱": 72,
    "项目名称": 100,
    "规格型号": 150,
    "单位": 22,
    "数量": 16,
    "单价": 16,
    "金额": 18,
}


def hint(header: str) -> str:
    limit = LIMITS.get(header)
    return f"限{limit}字符" if limit else ""
