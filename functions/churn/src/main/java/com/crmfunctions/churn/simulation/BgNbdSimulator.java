package com.crmfunctions.churn.simulation;

import com.crmfunctions.churn.model.BgNbdParameters;
import com.crmfunctions.churn.model.ModelKind;
import org.hipparchus.random.RandomDataGenerator;

/**
 * Simulates a customer base from the BG/NBD or MBG/NBD process, for parameter-recovery tests and
 * benchmarks: each customer gets a purchase rate from Gamma(r, alpha) and a dropout probability from
 * Beta(a, b), an age T uniform in {@code (0, maxAge]}, and buys at Poisson times until dropping out
 * after a purchase (MBG/NBD: also possibly right after the first). Times are floored to a grid of
 * {@code resolution} (e.g. one day when the unit is weeks: 1/7), and purchases on one grid point are one
 * purchase, as in real data.
 */
public final class BgNbdSimulator {

    private BgNbdSimulator() {}

    /** Summaries per customer. */
    public record Customers(int[] x, double[] tx, double[] bigT) {

        public int size() { return x.length; }
    }

    public static Customers simulate(ModelKind kind, BgNbdParameters p, int customers, double maxAge, double resolution,
                                     long seed) {
        if (kind != ModelKind.BG_NBD && kind != ModelKind.MBG_NBD) {
            throw new IllegalArgumentException("BG/NBD or MBG/NBD only, not " + kind);
        }
        if (!(maxAge > 0) || !(resolution > 0) || customers < 0) {
            throw new IllegalArgumentException("need customers >= 0, maxAge > 0 and resolution > 0");
        }
        RandomDataGenerator random = new RandomDataGenerator(seed);
        int[] x = new int[customers];
        double[] tx = new double[customers];
        double[] bigT = new double[customers];
        for (int i = 0; i < customers; i++) {
            double age = Math.max(resolution, Math.ceil(random.nextDouble() * maxAge / resolution) * resolution);
            double rate = random.nextGamma(p.r(), 1.0 / p.alpha());
            double dropout = random.nextBeta(p.a(), p.b());
            bigT[i] = age;
            boolean alive = kind == ModelKind.BG_NBD || random.nextDouble() >= dropout;
            double time = 0;
            double lastSlot = 0;
            int repeats = 0;
            while (alive) {
                time += random.nextExponential(1.0 / rate);
                if (time >= age) {
                    break;
                }
                double slot = Math.floor(time / resolution) * resolution;
                if (slot > lastSlot) {
                    repeats++;
                    lastSlot = slot;
                }
                alive = random.nextDouble() >= dropout;
            }
            x[i] = repeats;
            tx[i] = repeats == 0 ? 0 : lastSlot;
        }
        return new Customers(x, tx, bigT);
    }
}
