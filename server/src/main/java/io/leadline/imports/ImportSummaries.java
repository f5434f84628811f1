package io.leadline.imports;

import io.leadline.web.Times;
import io.leadline.webhooks.WebhookEvents;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A job that asked for it ({@code webhooks=summary}) announces its end once, on Leadline's list 101. */
@Component
class ImportSummaries {

    private final ImportJobs jobs;
    private final WebhookEvents webhooks;

    ImportSummaries(ImportJobs jobs, WebhookEvents webhooks) {
        this.jobs = jobs;
        this.webhooks = webhooks;
    }

    /** In the transaction that ended the job. */
    void ended(long teamId, long importId, OffsetDateTime at) {
        jobs.find(teamId, importId).filter(ImportJob::webhookSummary).ifPresent(job -> {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("importId", job.id());
            summary.put("state", job.state());
            summary.put("dryRun", job.dryRun());
            summary.put("rowsRead", job.rowsRead());
            summary.put("created", job.created());
            summary.put("updated", job.updated());
            summary.put("skipped", job.skipped());
            summary.put("failed", job.failed());
            summary.put("failure", job.failure());
            summary.put("finishedAt", Times.iso(job.finishedAt()));
            summary.put("updateTime", at.toInstant().toEpochMilli());
            webhooks.importFinished(teamId, summary, at);
        });
    }
}
