package com.crmfunctions.churn.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood in log-parameters inside a box, from several starts.
 *
 * <p>With analytic derivatives: a projected Newton method. Each step solves the Newton system on the
 * free parameters (those not pinned to a bound by their gradient) through a symmetric eigen-decomposition
 * from Hipparchus, with eigenvalues that are not clearly negative replaced by negative ones (so the step
 * always goes uphill), caps the step length and backtracks until the Armijo condition holds. It stops
 * when the Newton decrement (the predicted gain) is below 1e-10 at a negative-definite Hessian: close to
 * the optimum it converges quadratically, which is what makes a BG/NBD fit cost a few likelihood
 * evaluations. It also stops when a step gains less than 1e-12 of the log-likelihood, which is how it
 * ends on a flat ridge running to a bound (no visible dropout: the standard errors then say the
 * parameters along the ridge are not identified). Without derivatives (Pareto/NBD): Hipparchus' BOBYQA, then a finite-difference Hessian
 * for the standard errors.
 */
final class MaximumLikelihood {

    private static final double DECREMENT_TOLERANCE = 1e-10;
    private static final double FLAT_TOLERANCE = 1e-12;
    private static final double EDGE = 1e-9;
    private static final double MAX_STEP = 2.0;

    private MaximumLikelihood() {}

    /** The best point of all starts. */
    record Optimum(double[] theta, double value, boolean converged, boolean[] atBound, double[][] hessian,
                   int evaluations, int startsAtBest, int startsRun) {

        boolean anyAtBound() {
            for (boolean b : atBound) {
                if (b) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Run(double[] theta, double value, boolean converged, int evaluations) {}

    static Optimum maximise(LogLikelihood f, List<double[]> starts, double bound, int maxIterations) {
        List<Run> runs = new ArrayList<>();
        int evaluations = 0;
        for (double[] start : starts) {
            Run run = f.hasDerivatives() ? newton(f, start, bound, maxIterations) : bobyqa(f, start, bound, maxIterations);
            evaluations += run.evaluations();
            if (Double.isFinite(run.value())) {
                runs.add(run);
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalStateException("the log-likelihood is not finite at any starting point");
        }
        Run best = runs.get(0);
        for (Run run : runs) {
            if (run.value() > best.value() || (run.value() == best.value() && run.converged() && !best.converged())) {
                best = run;
            }
        }
        int atBest = 0;
        for (Run run : runs) {
            if (Math.abs(run.value() - best.value()) <= 1e-6 * Math.max(1.0, Math.abs(best.value()))) {
                atBest++;
            }
        }
        int n = f.dimension();
        double[][] hessian = new double[n][n];
        if (f.hasDerivatives()) {
            f.valueAndDerivatives(best.theta(), new double[n], hessian);
        } else {
            hessian = numericalHessian(f, best.theta());
        }
        evaluations += f.hasDerivatives() ? 1 : 1 + n + n * (n + 1) / 2;
        boolean[] atBound = new boolean[n];
        for (int i = 0; i < n; i++) {
            atBound[i] = Math.abs(Math.abs(best.theta()[i]) - bound) < 1e-6;
        }
        return new Optimum(best.theta(), best.value(), best.converged(), atBound, hessian, evaluations, atBest,
                runs.size());
    }

    private static Run newton(LogLikelihood f, double[] start, double bound, int maxIterations) {
        int n = f.dimension();
        double[] theta = clamp(start.clone(), bound);
        double[] gradient = new double[n];
        double[][] hessian = new double[n][n];
        double value = f.valueAndDerivatives(theta, gradient, hessian);
        int evaluations = 1;
        if (!Double.isFinite(value)) {
            return new Run(theta, value, false, evaluations);
        }
        double[] trial = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int[] free = freeParameters(theta, gradient, bound);
            if (free.length == 0) {
                return new Run(theta, value, true, evaluations);
            }
            Step step = newtonStep(gradient, hessian, free, n);
            if (!step.modified() && step.decrement() < DECREMENT_TOLERANCE) {
                return new Run(theta, value, true, evaluations);
            }
            double longest = 0;
            for (double d : step.direction()) {
                longest = Math.max(longest, Math.abs(d));
            }
            double scale = longest > MAX_STEP ? MAX_STEP / longest : 1.0;
            boolean accepted = false;
            double trialValue = Double.NaN;
            for (int halving = 0; halving < 60 && !accepted; halving++, scale *= 0.5) {
                double gain = 0;
                for (int i = 0; i < n; i++) {
                    trial[i] = Math.max(-bound, Math.min(bound, theta[i] + scale * step.direction()[i]));
                    gain += gradient[i] * (trial[i] - theta[i]);
                }
                trialValue = f.value(trial);
                evaluations++;
                accepted = Double.isFinite(trialValue) && trialValue >= value + 1e-4 * gain;
            }
            if (!accepted) {
                return new Run(theta, value, step.decrement() < 1e-6, evaluations);
            }
            System.arraycopy(trial, 0, theta, 0, n);
            double previous = value;
            value = f.valueAndDerivatives(theta, gradient, hessian);
            evaluations++;
            if (value - previous <= FLAT_TOLERANCE * (1 + Math.abs(value))) {
                // no progress at the 12th digit: a flat ridge (e.g. towards no dropout) or round-off
                return new Run(theta, value, true, evaluations);
            }
        }
        return new Run(theta, value, false, evaluations);
    }

    private record Step(double[] direction, double decrement, boolean modified) {}

    /** Ascent direction on the free parameters from the eigen-decomposition of their Hessian block. */
    private static Step newtonStep(double[] gradient, double[][] hessian, int[] free, int n) {
        int m = free.length;
        double[][] block = new double[m][m];
        double[] g = new double[m];
        for (int i = 0; i < m; i++) {
            g[i] = gradient[free[i]];
            for (int j = 0; j < m; j++) {
                block[i][j] = hessian[free[i]][free[j]];
            }
        }
        double[] direction = new double[n];
        boolean modified = false;
        double decrement = 0;
        if (!allFinite(block) || !allFinite(g)) {
            return new Step(direction, Double.POSITIVE_INFINITY, true);
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(block, false));
        double[] eigenvalues = eigen.getEigenvalues();
        double largest = 0;
        for (double lambda : eigenvalues) {
            largest = Math.max(largest, Math.abs(lambda));
        }
        double floor = Math.max(1e-10 * largest, 1e-12);
        double[] d = new double[m];
        for (int k = 0; k < m; k++) {
            double lambda = eigenvalues[k];
            if (!(lambda < -floor)) {
                modified = true;
                lambda = -Math.max(Math.abs(lambda), floor);
            }
            RealVector v = eigen.getEigenvector(k);
            double projection = 0;
            for (int i = 0; i < m; i++) {
                projection += v.getEntry(i) * g[i];
            }
            for (int i = 0; i < m; i++) {
                d[i] -= projection / lambda * v.getEntry(i);
            }
        }
        for (int i = 0; i < m; i++) {
            direction[free[i]] = d[i];
            decrement += d[i] * g[i];
        }
        return new Step(direction, decrement, modified);
    }

    /** Parameters not held at a bound by a gradient pointing out of the box. */
    private static int[] freeParameters(double[] theta, double[] gradient, double bound) {
        int[] free = new int[theta.length];
        int count = 0;
        for (int i = 0; i < theta.length; i++) {
            boolean pinnedLow = theta[i] <= -bound + EDGE && gradient[i] < 0;
            boolean pinnedHigh = theta[i] >= bound - EDGE && gradient[i] > 0;
            if (!pinnedLow && !pinnedHigh) {
                free[count++] = i;
            }
        }
        return Arrays.copyOf(free, count);
    }

    private static Run bobyqa(LogLikelihood f, double[] start, double bound, int maxIterations) {
        int n = f.dimension();
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(lower, -bound);
        Arrays.fill(upper, bound);
        BestSoFar best = new BestSoFar(20 * (2 * n + 1));
        ObjectiveFunction objective = new ObjectiveFunction(theta -> best.offer(theta, f.value(theta)));
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.5, 1e-6);
        try {
            optimizer.optimize(new MaxEval(maxIterations * 10), objective, GoalType.MAXIMIZE,
                    new InitialGuess(clamp(start.clone(), bound)), new SimpleBounds(lower, upper));
            return new Run(best.theta, best.value, true, best.evaluations);
        } catch (BestSoFar.Flat flat) {
            return new Run(best.theta, best.value, true, best.evaluations);
        } catch (MathIllegalStateException tooManyEvaluations) {
            return new Run(best.theta, best.value, false, best.evaluations);
        }
    }

    /**
     * Keeps BOBYQA's best point and stops it once {@code patience} evaluations in a row have not gained
     * 1e-12 of the log-likelihood: the same flat-ridge rule as the Newton method's.
     */
    private static final class BestSoFar {
        private final int patience;
        private double[] theta;
        private double value = Double.NEGATIVE_INFINITY;
        private int evaluations;
        private int lastGain;

        BestSoFar(int patience) { this.patience = patience; }

        double offer(double[] point, double candidate) {
            evaluations++;
            if (Double.isFinite(candidate) && candidate > value) {
                if (candidate - value > FLAT_TOLERANCE * (1 + Math.abs(candidate))) {
                    lastGain = evaluations;
                }
                value = candidate;
                theta = point.clone();
            }
            if (evaluations - lastGain > patience) {
                throw new Flat();
            }
            return Double.isFinite(candidate) ? candidate : -Double.MAX_VALUE / 4;
        }

        /** Thrown through BOBYQA to end a run that no longer makes progress. */
        static final class Flat extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Flat() { super("no progress", null, false, false); }
        }
    }

    /**
     * Forward finite differences of the value, step 1e-4 in log-parameters: {@code 1 + n + n(n+1)/2}
     * evaluations (15 for four parameters), accurate to about 1e-4 relative, plenty for standard errors.
     */
    static double[][] numericalHessian(LogLikelihood f, double[] theta) {
        int n = theta.length;
        double h = 1e-4;
        double center = f.value(theta);
        double[] single = new double[n];
        double[] point = theta.clone();
        for (int i = 0; i < n; i++) {
            point[i] = theta[i] + h;
            single[i] = f.value(point);
            point[i] = theta[i];
        }
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                point[i] += h;
                point[j] += h;
                double both = f.value(point);
                point[i] = theta[i];
                point[j] = theta[j];
                hessian[i][j] = (both - single[i] - single[j] + center) / (h * h);
                hessian[j][i] = hessian[i][j];
            }
        }
        return hessian;
    }

    /**
     * Standard errors of the natural parameters {@code phi = scale * e^theta} from the inverse observed
     * information, or null when the Hessian is not negative definite.
     */
    static double[] standardErrors(double[][] hessian, double[] phi) {
        int n = phi.length;
        if (!allFinite(hessian)) {
            return null;
        }
        RealMatrix information = new Array2DRowRealMatrix(hessian).scalarMultiply(-1);
        try {
            RealMatrix covariance = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().getInverse();
            double[] errors = new double[n];
            for (int i = 0; i < n; i++) {
                double variance = covariance.getEntry(i, i);
                if (!(variance > 0) || !Double.isFinite(variance)) {
                    return null;
                }
                errors[i] = phi[i] * Math.sqrt(variance);
            }
            return errors;
        } catch (RuntimeException notPositiveDefinite) {
            return null;
        }
    }

    private static double[] clamp(double[] theta, double bound) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] = Math.max(-bound, Math.min(bound, theta[i]));
        }
        return theta;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allFinite(double[][] values) {
        for (double[] row : values) {
            if (!allFinite(row)) {
                return false;
            }
        }
        return true;
    }
}
