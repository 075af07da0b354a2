package com.crmfunctions.functions.churn;

import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.dynamodb.MemberItems;
import com.crmfunctions.functions.churn.domain.ChurnSettings;
import com.crmfunctions.functions.churn.domain.FitData;
import com.crmfunctions.functions.churn.domain.MemberSummary;
import com.crmfunctions.functions.churn.domain.ModelFit;
import com.crmfunctions.functions.churn.domain.ModelVersion;
import com.crmfunctions.functions.churn.domain.SegmentPlanning;
import com.crmfunctions.functions.churn.domain.SegmentTask;
import com.crmfunctions.functions.churn.domain.SummaryColumns;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One scoring run's coordination: read the members' statistics (all of them, or a hash sample of a large table),
 * fit the models, store the version and the latest pointer, and send one message per worker segment.
 *
 * <p>A run is named by its time ({@code churn-<ISO instant>}, to the second): a retried invocation of the same
 * schedule firing is the same run, rewrites the same version and sends the same segments again, which the workers
 * handle as redeliveries.
 */
final class CoordinatorService {

    private static final String LOGGER = "ChurnScoringCoordinator";

    private final MemberScan scan;
    private final ModelStore models;
    private final SegmentMessages messages;
    private final ProgrammeConfig programme;
    private final ChurnSettings settings;
    private final JsonLog log;

    CoordinatorService(MemberScan scan, ModelStore models, SegmentMessages messages, ProgrammeConfig programme,
                       ChurnSettings settings, JsonLog log) {
        this.scan = Objects.requireNonNull(scan, "scan");
        this.models = Objects.requireNonNull(models, "models");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.programme = Objects.requireNonNull(programme, "programme");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** What a run did. */
    record RunSummary(String runId, Instant now, ModelVersion version, int workerSegments, boolean latest, long fitMillis) {

        Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("runId", runId);
            fields.put("purchaseModel", version.purchase().model());
            fields.put("purchaseStatus", version.purchase().status().name());
            fields.put("parameters", version.purchase().parameters().asMap().toString());
            fields.put("spendStatus", version.spend().status().name());
            fields.put("itemsRead", version.data().itemsRead());
            fields.put("customers", version.data().customers());
            fields.put("population", version.data().population());
            fields.put("sampled", version.data().sampled());
            fields.put("unreadable", version.data().unreadable());
            fields.put("workerSegments", workerSegments);
            fields.put("latest", latest);
            fields.put("fitMillis", fitMillis);
            return fields;
        }
    }

    /** The run id of a run at {@code now}. */
    static String runId(Instant now) {
        return "churn-" + now.truncatedTo(ChronoUnit.SECONDS);
    }

    RunSummary run(Instant eventTime) {
        Instant now = eventTime.truncatedTo(ChronoUnit.SECONDS);
        String runId = runId(now);
        long started = System.nanoTime();
        long tableItems = scan.itemCount();
        SegmentPlanning.FitScan plan = SegmentPlanning.fitScan(tableItems, settings.sampleSize(), settings.scanThreads(), runId);
        Sample sample = read(plan, LocalDate.ofInstant(now, programme.zone()));
        long population = plan.population(sample.itemsRead, sample.limitReached, tableItems);
        FitData data = new FitData(tableItems, sample.itemsRead, population, sample.columns.size(), sample.unreadable,
                !plan.readsEverything() || sample.limitReached);
        ModelVersion version = ModelFit.fit(sample.columns, settings, runId, now, data);
        long fitMillis = (System.nanoTime() - started) / 1_000_000;

        int planned = SegmentPlanning.workerSegments(population, settings.membersPerSegment(), settings.maxSegments());
        ModelStore.Saved saved = models.save(version, new ModelItems.RunFacts(planned, fitMillis));
        int segments = saved.workerSegments();
        if (saved.latest()) {
            List<SegmentTask> tasks = new ArrayList<>(segments);
            for (int segment = 0; segment < segments; segment++) {
                tasks.add(new SegmentTask(runId, ModelItems.CHURN_SCORING, now, segment, segments, now, null));
            }
            messages.send(tasks);
        } // else a later run has already been saved: scoring with this older one would flip members back and forth
        return new RunSummary(runId, now, saved.version(), segments, saved.latest(), fitMillis);
    }

    /** The members read for the fit, as columns. */
    private static final class Sample {
        final SummaryColumns columns = new SummaryColumns();
        long itemsRead;
        int unreadable;
        boolean limitReached;
    }

    /** Reads the planned segments side by side, one thread each, and merges what they read. */
    private Sample read(SegmentPlanning.FitScan plan, LocalDate today) {
        ExecutorService threads = Executors.newFixedThreadPool(plan.segments().size());
        try {
            List<Future<Sample>> reads = new ArrayList<>();
            for (int segment : plan.segments()) {
                reads.add(threads.submit(() -> readSegment(segment, plan, today)));
            }
            Sample all = new Sample();
            for (Future<Sample> read : reads) {
                Sample part = read.get();
                all.columns.addAll(part.columns);
                all.itemsRead += part.itemsRead;
                all.unreadable += part.unreadable;
                all.limitReached |= part.limitReached;
            }
            return all;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException("reading the members failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the members", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private Sample readSegment(int segment, SegmentPlanning.FitScan plan, LocalDate today) {
        Sample sample = new Sample();
        Optional<String> stoppedAt = scan.segment(segment, plan.totalSegments(), Optional.empty(), items -> {
            for (Map<String, AttributeValue> item : items) {
                sample.itemsRead++;
                try {
                    MemberSummary.of(memberId(item), MemberItems.fromItem(item, programme).statistics(), today)
                            .ifPresent(sample.columns::add);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    sample.unreadable++;
                    logUnreadable(item, e);
                }
            }
            return sample.itemsRead < plan.itemLimit();
        });
        sample.limitReached = stoppedAt.isPresent();
        return sample;
    }

    /**
     * An item that is not a valid member item is left out of the fit, logged with its id and counted in the
     * version's data: one bad item does not stop the weekly fit (the workers fail its segment, so it is seen).
     */
    private void logUnreadable(Map<String, AttributeValue> item, RuntimeException e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("memberId", memberId(item));
        fields.put("error", e.getMessage());
        log.warn(LOGGER, "member item left out of the fit: not a valid member item", fields);
    }

    private static String memberId(Map<String, AttributeValue> item) {
        AttributeValue id = item.get(ScoreItems.MEMBER_ID);
        return id == null ? null : id.s();
    }
}
