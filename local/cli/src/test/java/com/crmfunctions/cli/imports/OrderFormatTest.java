package com.crmfunctions.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderFormatTest {

    @TempDir
    Path dir;

    @Test
    void recognisesOnlineRetailByItsInvoiceColumnPlainOrGzipped() throws Exception {
        Path gzipped = dir.resolve("retail.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(RetailCsv.HEADER.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(OrderFormat.detect(gzipped)).isEqualTo(OrderFormat.ONLINE_RETAIL);
        assertThat(OrderFormat.detect(Files.writeString(dir.resolve("old.csv"), "\uFEFFInvoiceNo,StockCode,Quantity\n")))
                .isEqualTo(OrderFormat.ONLINE_RETAIL);
        assertThat(OrderFormat.detect(Files.writeString(dir.resolve("c.csv"), "customerId,orderId,occurredAt,amount\n")))
                .isEqualTo(OrderFormat.CANONICAL);
    }

    @Test
    void namesAreTheCommandLineOnes() {
        assertThat(OrderFormat.fromName("Online-Retail")).isEqualTo(OrderFormat.ONLINE_RETAIL);
        assertThatThrownBy(() -> OrderFormat.fromName("cdnow")).hasMessageContaining("canonical, online-retail");
    }
}
