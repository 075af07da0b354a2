package com.crmfunctions.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Field parsers shared by the readers; every failure names the line, the field and the value. */
final class Fields {

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Fields() {}

    static BigDecimal decimal(long line, String field, String value) throws HistoryFormatException {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new HistoryFormatException(line, field + " '" + value + "' is not a number");
        }
    }

    static int integer(long line, String field, String value) throws HistoryFormatException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            BigDecimal asDecimal = decimal(line, field, value);
            try {
                return asDecimal.intValueExact();
            } catch (ArithmeticException notWhole) {
                throw new HistoryFormatException(line, field + " '" + value + "' is not a whole number");
            }
        }
    }

    /** {@code yyyyMMdd}, as CDNOW writes dates. */
    static LocalDate basicDate(long line, String field, String value) throws HistoryFormatException {
        try {
            return LocalDate.parse(value, BASIC_DATE);
        } catch (DateTimeParseException e) {
            throw new HistoryFormatException(line, field + " '" + value + "' is not a date (yyyyMMdd)");
        }
    }

    /**
     * An ISO-8601 time stamp with offset (converted to local time in {@code zone}), a local date-time
     * (taken as it is) or a date (start of that day).
     */
    static LocalDateTime isoTime(long line, String field, String value, ZoneId zone) throws HistoryFormatException {
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay();
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDateTime();
            }
            return LocalDateTime.parse(value.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new HistoryFormatException(line, field + " '" + value
                    + "' is not an ISO-8601 date, local date-time or date-time with offset");
        }
    }

    private static boolean hasOffset(String value) {
        if (value.endsWith("Z") || value.endsWith("z")) {
            return true;
        }
        int timeStart = value.indexOf('T') >= 0 ? value.indexOf('T') : value.indexOf(' ');
        return timeStart >= 0 && (value.indexOf('+', timeStart) >= 0 || value.indexOf('-', timeStart) >= 0);
    }

    /** Drops leading zeros of an all-digit id ({@code 00004} and {@code 4} are one customer). */
    static String numericId(String id) {
        int i = 0;
        while (i < id.length() - 1 && id.charAt(i) == '0') {
            i++;
        }
        for (int j = i; j < id.length(); j++) {
            if (!Character.isDigit(id.charAt(j))) {
                return id;
            }
        }
        return id.substring(i);
    }
}
