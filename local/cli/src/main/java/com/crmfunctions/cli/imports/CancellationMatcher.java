package com.crmfunctions.cli.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the orders an Online Retail cancellation refunds. A {@code C} invoice does not name the invoice it
 * cancels, so each of its lines is matched by this rule:
 * <ol>
 *   <li>the returned units go to the same customer's <b>latest</b> order placed <b>no later than</b> the
 *       cancellation that <b>contains the stock code</b> and still has units of it not returned by earlier
 *       cancellations (a line at the cancellation's unit price first, when the order has the code at two prices);</li>
 *   <li>units beyond what that order has left go on to the next-latest such order, and so on;</li>
 *   <li>units that no order can take are <b>parked</b>: not sent, counted, listed ({@link ParkedLine}).</li>
 * </ol>
 * So no unit is returned twice, and a refund never takes back more than its order earned. Cancellations must
 * be fed in time order with the sales ({@link Invoice#CHRONOLOGICAL}).
 */
final class CancellationMatcher {

    /** Per customer, their orders so far, oldest first. */
    private final Map<String, List<SaleUnits>> sales = new HashMap<>();

    void sale(Invoice sale) {
        if (sale.cancellation()) throw new IllegalArgumentException(sale.number() + " is a cancellation");
        sales.computeIfAbsent(sale.customerId(), c -> new ArrayList<>()).add(new SaleUnits(sale));
    }

    Match cancel(Invoice cancellation) {
        if (!cancellation.cancellation()) throw new IllegalArgumentException(cancellation.number() + " is not a cancellation");
        List<SaleUnits> orders = sales.getOrDefault(cancellation.customerId(), List.of());
        List<Part> parts = new ArrayList<>();
        List<ParkedLine> parked = new ArrayList<>();
        for (Invoice.Line line : cancellation.lines()) {
            int units = line.quantity();
            for (int i = orders.size() - 1; i >= 0 && units > 0; i--) {
                units -= orders.get(i).take(line, units, parts);
            }
            if (units > 0) {
                parked.add(new ParkedLine(cancellation.number(), cancellation.customerId(), cancellation.at(), line.stockCode(),
                        units, line.unitPrice()));
            }
        }
        return new Match(cancellation, parts, parked);
    }

    /**
     * Units of a cancellation line returned to one line of one order.
     *
     * @param returned the cancellation line (its unit price is the refund's)
     */
    record Part(Invoice order, Invoice.Line orderLine, Invoice.Line returned, int units) {}

    /** What one cancellation refunds, and what it could not place. */
    record Match(Invoice cancellation, List<Part> parts, List<ParkedLine> parked) {

        Match {
            parts = List.copyOf(parts);
            parked = List.copyOf(parked);
        }

        /** The parts grouped by the number of the order they refund, in the order of the cancellation's lines. */
        Map<String, List<Part>> byOrder() {
            Map<String, List<Part>> byOrder = new LinkedHashMap<>();
            parts.forEach(part -> byOrder.computeIfAbsent(part.order().number(), o -> new ArrayList<>()).add(part));
            return byOrder;
        }
    }

    /** An order and the units of each line not yet returned. */
    private static final class SaleUnits {
        final Invoice order;
        final int[] left;

        SaleUnits(Invoice order) {
            this.order = order;
            this.left = order.lines().stream().mapToInt(Invoice.Line::quantity).toArray();
        }

        /** Takes up to {@code wanted} units of the returned line's stock code; returns how many it took. */
        int take(Invoice.Line returned, int wanted, List<Part> parts) {
            int taken = 0;
            // First the line at the returned price, then the code's other lines in order.
            for (int pass = 0; pass < 2 && taken < wanted; pass++) {
                for (int i = 0; i < left.length && taken < wanted; i++) {
                    Invoice.Line line = order.lines().get(i);
                    boolean samePrice = line.unitPrice().compareTo(returned.unitPrice()) == 0;
                    if (left[i] == 0 || !line.stockCode().equals(returned.stockCode()) || samePrice != (pass == 0)) continue;
                    int units = Math.min(left[i], wanted - taken);
                    left[i] -= units;
                    taken += units;
                    parts.add(new Part(order, line, returned, units));
                }
            }
            return taken;
        }
    }
}
