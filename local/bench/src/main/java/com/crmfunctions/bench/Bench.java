package com.crmfunctions.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/** What every benchmark prints about its machine, and how it reads a numeric option. */
public final class Bench {

    private Bench() {}

    /** The system load average of the last minute (what "quiet" means on a shared machine). */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One line: cores, load average before and after the run, Java version. */
    public static void printMachine(PrintStream out, double loadBefore, double loadAfter) {
        out.printf(Locale.ROOT, "machine: %d cores, load average %.2f before, %.2f after; java %s%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, System.getProperty("java.version"));
    }

    /** The value of a command-line option as a whole number of at least {@code minimum}, or a clear error. */
    public static int wholeNumber(String option, String value, int minimum) {
        try {
            int number = Integer.parseInt(value);
            if (number >= minimum) return number;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a whole number >= " + minimum + ", was " + value);
    }
}
