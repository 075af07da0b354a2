package com.crmfunctions.cli.imports;

import com.crmfunctions.history.TransactionReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The order-history formats {@code crm import orders} reads, by the name a user types. */
public enum OrderFormat {
    /** The project's canonical history (functions/history): purchases only. */
    CANONICAL("canonical"),
    /** UCI Online Retail and Online Retail II exports: sales and cancellations. */
    ONLINE_RETAIL("online-retail");

    private final String cliName;

    OrderFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static OrderFormat fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown order format '" + name + "'; known: "
                        + Arrays.stream(values()).map(OrderFormat::cliName).collect(Collectors.joining(", "))));
    }

    /** Recognises a file by its header: an {@code Invoice} or {@code InvoiceNo} column means Online Retail. */
    public static OrderFormat detect(Path file) throws IOException {
        try (InputStream in = TransactionReader.decompressIfGzip(Files.newInputStream(file));
             BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = text.readLine();
            String first = header == null ? "" : header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            return first.startsWith("invoice") ? ONLINE_RETAIL : CANONICAL;
        }
    }
}
