package com.crmfunctions.cli.imports;

import com.crmfunctions.adapters.dynamodb.LedgerLine;
import com.crmfunctions.adapters.dynamodb.LedgerPage;
import com.crmfunctions.adapters.dynamodb.LedgerRepository;
import com.crmfunctions.adapters.dynamodb.MemberRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The books balance: for every member, the balance on the member item equals the sum of the member's ledger
 * entries, read page by page (following each page's cursor to the end, never stopping at a short page) with
 * the same repositories the functions use, and strongly consistent reads.
 */
final class InvariantCheck {

    private static final int PAGE = LedgerRepository.MAX_PAGE_SIZE;
    private static final int MAX_EXAMPLES = 5;

    private final MemberRepository members;
    private final LedgerRepository ledger;
    private final int threads;

    InvariantCheck(MemberRepository members, LedgerRepository ledger, int threads) {
        this.members = members;
        this.ledger = ledger;
        this.threads = threads;
    }

    Result check(Collection<String> memberIds) throws InterruptedException {
        LongAdder checked = new LongAdder();
        LongAdder missing = new LongAdder();
        LongAdder entries = new LongAdder();
        AtomicLong outstanding = new AtomicLong();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>(memberIds.size());
            for (String memberId : memberIds) {
                work.add(pool.submit(() -> {
                    Optional<MemberRepository.StoredMember> member = members.find(memberId);
                    if (member.isEmpty()) {
                        missing.increment();
                        return;
                    }
                    long balance = member.get().state().balance();
                    long sum = 0;
                    Optional<String> cursor = Optional.empty();
                    do {
                        LedgerPage page = ledger.page(memberId, PAGE, cursor);
                        for (LedgerLine line : page.entries()) sum += line.points();
                        entries.add(page.entries().size());
                        cursor = page.next();
                    } while (cursor.isPresent());
                    checked.increment();
                    outstanding.addAndGet(balance);
                    if (balance != sum) violations.add("member " + memberId + ": balance " + balance + ", ledger sum " + sum);
                }));
            }
            for (Future<?> future : work) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("invariant check failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(checked.sum(), entries.sum(), violations.size(), missing.sum(), outstanding.get(),
                violations.stream().sorted().limit(MAX_EXAMPLES).toList());
    }

    /**
     * @param members           members whose item was found and whose ledger was summed
     * @param entries           ledger entries read
     * @param violations        members whose balance is not their ledger sum
     * @param missing           members with no member item (none of their events was applied)
     * @param pointsOutstanding the sum of the checked members' balances
     * @param examples          a few violations, for the report
     */
    record Result(long members, long entries, long violations, long missing, long pointsOutstanding, List<String> examples) {}
}
