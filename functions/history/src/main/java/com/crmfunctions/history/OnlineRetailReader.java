package com.crmfunctions.history;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the UCI "Online Retail" (InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
 * CustomerID, Country) and "Online Retail II" (Invoice, ..., Price, Customer ID, Country) exports, with
 * the cleaning practitioners apply before churn analysis. A row is dropped, and counted under the first
 * reason that applies, when:
 * <ol>
 *   <li>it has no customer id ({@link DropReason#MISSING_CUSTOMER_ID});</li>
 *   <li>its invoice starts with {@code C}, a cancellation ({@link DropReason#CANCELLATION});</li>
 *   <li>its quantity is zero or negative ({@link DropReason#NON_POSITIVE_QUANTITY});</li>
 *   <li>its unit price is zero or negative ({@link DropReason#NON_POSITIVE_PRICE}).</li>
 * </ol>
 * Each kept row is one transaction line: amount = quantity × unit price (sterling, so currency GBP),
 * order id = invoice, sku = stock code. The rows themselves (dates, decimal customer ids) are read by
 * {@link OnlineRetailRows}.
 *
 * <p>Source: UCI Machine Learning Repository, "Online Retail" and "Online Retail II", donor Daqing Chen,
 * licence CC BY 4.0.
 */
final class OnlineRetailReader implements TransactionReader {

    private final OnlineRetailRows rows = new OnlineRetailRows();

    @Override
    public ReadReport read(InputStream text, Consumer<? super Transaction> sink) throws IOException {
        ReadReport.Tally tally = new ReadReport.Tally();
        rows.read(text, row -> {
            tally.row();
            if (!row.hasCustomer()) {
                tally.drop(DropReason.MISSING_CUSTOMER_ID);
            } else if (row.cancellation()) {
                tally.drop(DropReason.CANCELLATION);
            } else if (row.quantity() <= 0) {
                tally.drop(DropReason.NON_POSITIVE_QUANTITY);
            } else if (row.price().signum() <= 0) {
                tally.drop(DropReason.NON_POSITIVE_PRICE);
            } else {
                sink.accept(new Transaction(row.customerId(), row.invoiceDate(),
                        row.price().multiply(BigDecimal.valueOf(row.quantity())), row.quantity(),
                        row.invoice().isEmpty() ? Optional.empty() : Optional.of(row.invoice()),
                        row.stockCode().isEmpty() ? Optional.empty() : Optional.of(row.stockCode()),
                        Optional.empty(), Optional.of("GBP")));
                tally.accept();
            }
        });
        return tally.report();
    }
}
