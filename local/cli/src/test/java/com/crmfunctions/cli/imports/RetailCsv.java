package com.crmfunctions.cli.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Online Retail II rows written as the UCI export writes them, read into invoices or a plan. */
final class RetailCsv {

    static final String HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n";

    private final StringBuilder csv = new StringBuilder(HEADER);

    static RetailCsv rows() {
        return new RetailCsv();
    }

    /** A row: invoice, stock code, quantity, {@code yyyy-MM-dd HH:mm}, price, customer (empty for none). */
    RetailCsv row(String invoice, String stockCode, int quantity, String time, String price, String customer) {
        csv.append(invoice).append(',').append(stockCode).append(",ITEM ").append(stockCode).append(',').append(quantity).append(',')
                .append(time).append(":00,").append(price).append(',').append(customer).append(",United Kingdom\n");
        return this;
    }

    OnlineRetailInvoices invoices() throws IOException {
        return OnlineRetailInvoices.read(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), ImportSettings.LONDON);
    }

    ImportPlan plan() throws IOException {
        return ImportPlan.onlineRetail(invoices(), "online-retail");
    }

    List<Invoice> invoiceList() throws IOException {
        return invoices().invoices();
    }
}
