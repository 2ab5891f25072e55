"""A synthetic issued-invoice XML, as the platform answers an exported document."""

from __future__ import annotations

from decimal import Decimal


def issued_xml(
    number: str,
    *,
    remark: str,
    net: Decimal,
    tax: Decimal,
    buyer_tax_id: str = "",
    buyer_name: str = "杭州客户贸易有限公司",
    seller_tax_id: str = "91330000SELLER0001",
    day: str = "2026-11-30",
) -> bytes:
    gross = net + tax
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<EInvoice>
  <Header><EIid>{number}</EIid></Header>
  <EInvoiceData>
    <SellerInformation><SellerIdNum>{seller_tax_id}</SellerIdNum></SellerInformation>
    <BuyerInformation><BuyerIdNum>{buyer_tax_id}</BuyerIdNum><BuyerName>{buyer_name}</BuyerName>
    </BuyerInformation>
    <BasicInformation><TotalAmWithoutTax>{net}</TotalAmWithoutTax><TotalTaxAm>{tax}</TotalTaxAm>
      <TotalTax-includedAmount>{gross}</TotalTax-includedAmount></BasicInformation>
    <IssuItemInformation><ItemName>*日用杂品*不锈钢保温杯</ItemName><Amount>{net}</Amount>
      <ComTaxAm>{tax}</ComTaxAm><TaxRate>0.13</TaxRate>
      <TaxClassificationCode>1070299000000000000</TaxClassificationCode></IssuItemInformation>
    <AdditionalInformation><Remark>{remark}</Remark></AdditionalInformation>
  </EInvoiceData>
  <TaxSupervisionInfo><InvoiceNumber>{number}</InvoiceNumber><IssueTime>{day} 10:20:30</IssueTime>
  </TaxSupervisionInfo>
</EInvoice>""".encode()
