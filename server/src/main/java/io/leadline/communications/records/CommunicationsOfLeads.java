package io.leadline.communications.records;

import io.leadline.communications.Channel;
import io.leadline.leads.LeadRecords;
import io.leadline.web.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A lead's calls, emails and texts for its export, each as {@code GET /v1.0/communication/call|email|text} reads it,
 * under its channel: {@code {"channel": "call", "record": {…}}}.
 */
@Component
class CommunicationsOfLeads implements LeadRecords {

    private final CommunicationReads reads;

    CommunicationsOfLeads(CommunicationReads reads) {
        this.reads = reads;
    }

    /** One communication and its channel. */
    record ChannelRecord(String channel, Object record) {}

    @Override
    public String name() {
        return "communications";
    }

    @Override
    public List<?> of(Caller caller, long leadId) {
        List<ChannelRecord> all = new ArrayList<>();
        all.addAll(channel(caller, leadId, Channel.CALL, CommunicationResponses::call));
        all.addAll(channel(caller, leadId, Channel.EMAIL, CommunicationResponses::email));
        all.addAll(channel(caller, leadId, Channel.TEXT, CommunicationResponses::text));
        return all;
    }

    private List<ChannelRecord> channel(Caller caller, long leadId, Channel channel, Function<Communication, Object> shape) {
        List<ChannelRecord> records = new ArrayList<>();
        Long after = null;
        while (true) {
            List<Communication> page = reads.forLead(caller, leadId, channel, 0, CommunicationReads.LEAD_LIMIT_MAX, after)
                    .entries();
            page.forEach(communication -> records.add(new ChannelRecord(channel.name().toLowerCase(Locale.ROOT),
                    shape.apply(communication))));
            if (page.size() < CommunicationReads.LEAD_LIMIT_MAX) {
                return records;
            }
            after = page.getLast().id();
        }
    }
}
