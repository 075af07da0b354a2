package com.crmfunctions.local.schedule;

import java.time.Instant;

/** One occurrence of a schedule that invoked its function: the schedule, the function and the scheduled time. */
public record ScheduleFiring(String schedule, String function, Instant time) {}
