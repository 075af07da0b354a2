package com.crmfunctions.churn.analysis;

import com.crmfunctions.churn.fit.FitSettings;
import com.crmfunctions.churn.model.ModelKind;
import com.crmfunctions.churn.scoring.ScoringSettings;
import com.crmfunctions.churn.segments.LifecycleSettings;
import com.crmfunctions.churn.segments.RfmSettings;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a churn analysis does: calibrate on purchases up to and including {@code calibrationEnd},
 * optionally check predictions against the purchases after it up to {@code holdoutEnd}, with the
 * chosen transaction model, in the chosen time unit (the fit settings follow that unit, so that a prior
 * used for lack of data is expressed in it).
 */
public record AnalysisSettings(LocalDate calibrationEnd, Optional<LocalDate> holdoutEnd, ModelKind model,
                               PeriodUnit unit, ScoringSettings scoring, FitSettings fit, RfmSettings rfm,
                               LifecycleSettings lifecycle) {

    public AnalysisSettings {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(holdoutEnd, "holdoutEnd");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(lifecycle, "lifecycle");
        if (holdoutEnd.isPresent() && !holdoutEnd.get().isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("holdout end " + holdoutEnd.get() + " must be after the calibration end "
                    + calibrationEnd);
        }
        fit = fit.withTimeUnitDays(unit.days());
    }

    /** BG/NBD (the domain's default), weeks, default scoring, fitting, RFM and lifecycle settings, no holdout. */
    public static AnalysisSettings calibratedTo(LocalDate calibrationEnd) {
        return new AnalysisSettings(calibrationEnd, Optional.empty(), ModelKind.BG_NBD, PeriodUnit.WEEKS,
                ScoringSettings.defaults(), FitSettings.defaults(), RfmSettings.defaults(), LifecycleSettings.defaults());
    }

    public AnalysisSettings withHoldoutEnd(LocalDate end) {
        return new AnalysisSettings(calibrationEnd, Optional.of(end), model, unit, scoring, fit, rfm, lifecycle);
    }

    public AnalysisSettings withModel(ModelKind kind) {
        return new AnalysisSettings(calibrationEnd, holdoutEnd, kind, unit, scoring, fit, rfm, lifecycle);
    }

    public AnalysisSettings withUnit(PeriodUnit newUnit) {
        return new AnalysisSettings(calibrationEnd, holdoutEnd, model, newUnit, scoring, fit, rfm, lifecycle);
    }

    public AnalysisSettings withScoring(ScoringSettings newScoring) {
        return new AnalysisSettings(calibrationEnd, holdoutEnd, model, unit, newScoring, fit, rfm, lifecycle);
    }

    public AnalysisSettings withFit(FitSettings newFit) {
        return new AnalysisSettings(calibrationEnd, holdoutEnd, model, unit, scoring, newFit, rfm, lifecycle);
    }

    public AnalysisSettings withRfm(RfmSettings newRfm) {
        return new AnalysisSettings(calibrationEnd, holdoutEnd, model, unit, scoring, fit, newRfm, lifecycle);
    }

    public AnalysisSettings withLifecycle(LifecycleSettings newLifecycle) {
        return new AnalysisSettings(calibrationEnd, holdoutEnd, model, unit, scoring, fit, rfm, newLifecycle);
    }
}
