package com.crmfunctions.functions.churn;

import com.crmfunctions.adapters.EventPublisher;
import com.crmfunctions.adapters.JsonLog;
import com.crmfunctions.adapters.OutgoingEvent;
import com.crmfunctions.adapters.dynamodb.MemberItems;
import com.crmfunctions.functions.churn.domain.ContractTerms;
import com.crmfunctions.functions.churn.domain.MemberScore;
import com.crmfunctions.functions.churn.domain.MemberScorer;
import com.crmfunctions.functions.churn.domain.MemberSummary;
import com.crmfunctions.functions.churn.domain.ScoreChange;
import com.crmfunctions.functions.churn.domain.SegmentTask;
import com.crmfunctions.functions.churn.domain.StoredScores;
import com.crmfunctions.loyalty.ProgrammeConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Scores one segment of a run: page by page, every member with orders is scored with the run's model version, its
 * scores written to its item, and a CustomerScored published where its stage or segment changed.
 *
 * <p><b>Exactly one event per change, under redelivery.</b> The score write is conditioned on the item's
 * {@code scoredRunId} being the one read, and keeps the values it replaces as {@code previousStage} /
 * {@code previousSegment}; a second delivery of the segment finds its own run id there, decides the change from the
 * kept values, and writes the same scores again. Events are published after the page's writes (requests of ten,
 * side by side on the writer threads), and each published member is then marked with {@code scoreEmittedRunId}; a
 * member already marked is not published again.
 * A crash between publishing and marking republishes those members once more on redelivery: consumers key
 * CustomerScored by (runId, memberId).
 *
 * <p><b>Failures.</b> DynamoDB or EventBridge errors fail the segment at once (SQS redelivers it). A member item
 * that cannot be read or scored is logged with its id and skipped; the segment goes on with the others and fails at
 * its end, so it is retried and, if the item stays broken, dead-lettered with the reason.
 *
 * <p><b>Time.</b> When the invocation has less than {@code reserveSeconds} left, the worker stops after the
 * current page and sends a continuation of its segment (same run, starting after the last member read).
 */
final class WorkerService {

    private static final String LOGGER = "ChurnScoringWorker";
    private static final int WRITE_ATTEMPTS = 3;

    private final MemberScan scan;
    private final ModelStore models;
    private final MemberWrites writes;
    private final EventPublisher publisher;
    private final SegmentMessages messages;
    private final ProgrammeConfig programme;
    private final ExecutorService writers;
    private final long reserveMillis;
    private final JsonLog log;
    private volatile MemberScorer scorer;

    WorkerService(MemberScan scan, ModelStore models, MemberWrites writes, EventPublisher publisher,
                  SegmentMessages messages, ProgrammeConfig programme, ExecutorService writers, long reserveMillis,
                  JsonLog log) {
        this.scan = Objects.requireNonNull(scan, "scan");
        this.models = Objects.requireNonNull(models, "models");
        this.writes = Objects.requireNonNull(writes, "writes");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.programme = Objects.requireNonNull(programme, "programme");
        this.writers = Objects.requireNonNull(writers, "writers");
        this.reserveMillis = reserveMillis;
        this.log = Objects.requireNonNull(log, "log");
    }

    /** What scoring a segment (or the part of it one invocation did) came to. */
    record SegmentResult(long itemsRead, long scored, long published, long withoutOrders, long gone, long superseded,
                         long failed, Optional<String> continuedAfter) {

        Map<String, Object> fields(SegmentTask task) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("runId", task.runId());
            fields.put("segment", task.segment());
            fields.put("totalSegments", task.totalSegments());
            fields.put("startAfter", task.startAfter());
            fields.put("itemsRead", itemsRead);
            fields.put("scored", scored);
            fields.put("published", published);
            fields.put("withoutOrders", withoutOrders);
            fields.put("gone", gone);
            fields.put("superseded", superseded);
            fields.put("failed", failed);
            fields.put("continuedAfter", continuedAfter.orElse(null));
            return fields;
        }
    }

    /** A segment in which some members could not be scored (the others were). */
    static final class SegmentIncompleteException extends RuntimeException {
        SegmentIncompleteException(String message) {
            super(message);
        }
    }

    /**
     * @param remainingMillis the invocation's remaining time
     * @throws SegmentIncompleteException when some members could not be scored (after scoring the others)
     */
    SegmentResult score(SegmentTask task, LongSupplier remainingMillis) {
        Run run = new Run(task, scorerFor(task));
        Optional<String> stoppedAt = scan.segment(task.segment(), task.totalSegments(), task.continuation(), items -> {
            run.page(items);
            return remainingMillis.getAsLong() > reserveMillis;
        });
        SegmentResult result = run.result(stoppedAt);
        // The rest of the segment goes on first: a failure below must not leave the members after stoppedAt unscored
        // (the redelivery of this task rescans from its own start, and its members' writes are conditional on the run).
        stoppedAt.ifPresent(memberId -> messages.send(List.of(task.continuingAfter(memberId))));
        if (result.failed() > 0) {
            throw new SegmentIncompleteException("segment " + task.segment() + "/" + task.totalSegments() + " of run "
                    + task.runId() + ": " + result.failed() + " of " + result.itemsRead() + " members could not be scored, "
                    + "e.g. " + run.firstFailure + "; the others were");
        }
        return result;
    }

    /** The scorer of the task's model version, loaded once per version and execution environment. */
    private MemberScorer scorerFor(SegmentTask task) {
        if (!task.model().equals(ModelItems.CHURN_SCORING)) {
            throw new IllegalArgumentException("segment message names model " + task.model() + "; this worker scores with "
                    + ModelItems.CHURN_SCORING);
        }
        MemberScorer current = scorer;
        if (current == null || !current.version().fittedAt().equals(task.fittedAt())) {
            current = new MemberScorer(models.version(task.fittedAt()));
            scorer = current;
        }
        if (!current.version().runId().equals(task.runId())) {
            throw new IllegalArgumentException("segment message of run " + task.runId() + " names model version "
                    + task.fittedAt() + ", which run " + current.version().runId() + " fitted");
        }
        return current;
    }

    private enum Outcome { SCORED, WITHOUT_ORDERS, GONE, SUPERSEDED, FAILED }

    /** One member's result; the event to publish, if a change is due. */
    private record MemberResult(String memberId, Outcome outcome, OutgoingEvent event) {}

    /** The state of one segment invocation. */
    private final class Run {
        private final SegmentTask task;
        private final MemberScorer scorer;
        private final LocalDate today;
        private long itemsRead;
        private long scored;
        private long published;
        private long withoutOrders;
        private long gone;
        private long superseded;
        private long failed;
        private String firstFailure;

        Run(SegmentTask task, MemberScorer scorer) {
            this.task = task;
            this.scorer = scorer;
            this.today = LocalDate.ofInstant(task.now(), programme.zone());
        }

        void page(List<Map<String, AttributeValue>> items) {
            itemsRead += items.size();
            List<Callable<MemberResult>> members = new ArrayList<>(items.size());
            for (Map<String, AttributeValue> item : items) {
                members.add(() -> member(item));
            }
            List<MemberResult> changed = new ArrayList<>();
            for (MemberResult result : all(members)) {
                count(result.outcome());
                if (result.event() != null) {
                    changed.add(result);
                }
            }
            List<Callable<Void>> sends = new ArrayList<>();
            for (int from = 0; from < changed.size(); from += EventPublisher.MAX_ENTRIES_PER_REQUEST) {
                int to = Math.min(changed.size(), from + EventPublisher.MAX_ENTRIES_PER_REQUEST);
                List<OutgoingEvent> chunk = new ArrayList<>();
                for (MemberResult result : changed.subList(from, to)) {
                    chunk.add(result.event());
                }
                sends.add(() -> {
                    publisher.publish(chunk);
                    return null;
                });
            }
            all(sends);
            published += changed.size();
            List<Callable<Boolean>> marks = new ArrayList<>();
            for (MemberResult result : changed) {
                marks.add(() -> writes.update(result.memberId(), ScoreItems.emitted(task.runId())));
            }
            all(marks);
        }

        /** Scores one member from its scanned item, reading it again when it changed since the scan. */
        private MemberResult member(Map<String, AttributeValue> scanned) {
            String memberId = scanned.get(ScoreItems.MEMBER_ID).s();
            try {
                Map<String, AttributeValue> item = scanned;
                for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
                    StoredScores stored = ScoreItems.stored(item);
                    if (stored.scoredAfter(task.now())) {
                        return new MemberResult(memberId, Outcome.SUPERSEDED, null);
                    }
                    Optional<MemberSummary> summary = MemberSummary.of(memberId,
                            MemberItems.fromItem(item, programme).statistics(), today);
                    if (summary.isEmpty()) {
                        return new MemberResult(memberId, Outcome.WITHOUT_ORDERS, null);
                    }
                    MemberScore score = scorer.score(List.of(summary.get())).get(0);
                    StoredScores.Previous previous = stored.previousFor(task.runId());
                    ScoreChange change = ScoreChange.between(previous, score);
                    OutgoingEvent event = change.any() && !stored.emitted(task.runId())
                            ? OutgoingEvent.from(ContractTerms.customerScored(score, change, scorer.version(),
                                    programme.currencies().base(), task.segment()))
                            : null;
                    if (writes.update(memberId, ScoreItems.scores(score, previous, task.runId(), task.now(),
                            programme.currencies().base(), stored.runId()))) {
                        return new MemberResult(memberId, Outcome.SCORED, event);
                    }
                    Optional<Map<String, AttributeValue>> current = writes.read(memberId);
                    if (current.isEmpty()) {
                        return new MemberResult(memberId, Outcome.GONE, null);
                    }
                    item = current.get();
                }
                throw new IllegalStateException("member " + memberId + " changed under every one of " + WRITE_ATTEMPTS
                        + " score writes");
            } catch (IllegalStateException | IllegalArgumentException e) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("runId", task.runId());
                fields.put("segment", task.segment());
                fields.put("memberId", memberId);
                fields.put("errorType", e.getClass().getName());
                fields.put("error", e.getMessage());
                log.error(LOGGER, "member not scored", fields);
                synchronized (this) {
                    if (firstFailure == null) {
                        firstFailure = "member " + memberId + ": " + e.getMessage();
                    }
                }
                return new MemberResult(memberId, Outcome.FAILED, null);
            }
        }

        private void count(Outcome outcome) {
            switch (outcome) {
                case SCORED: scored++; break;
                case WITHOUT_ORDERS: withoutOrders++; break;
                case GONE: gone++; break;
                case SUPERSEDED: superseded++; break;
                default: failed++; break;
            }
        }

        SegmentResult result(Optional<String> stoppedAt) {
            return new SegmentResult(itemsRead, scored, published, withoutOrders, gone, superseded, failed, stoppedAt);
        }
    }

    /** Runs the calls on the writer threads and waits for all; the first unexpected error is thrown. */
    private <T> List<T> all(List<Callable<T>> calls) {
        try {
            List<T> results = new ArrayList<>(calls.size());
            for (Future<T> future : writers.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring members", e);
        }
    }
}
