package io.leadline.webhooks;

import io.leadline.database.NodeNotifications;
import org.springframework.stereotype.Component;

/**
 * Wakes this node's dispatchers when any node commits webhook events ({@link WebhookEvents}): delivery starts within
 * milliseconds on whichever node is free, and idle dispatchers need only a slow safety poll (LL-13). After
 * (re)connecting it wakes them once, for anything written while it was not listening.
 */
@Component
class WakeOnNotify implements NodeNotifications.Listener {

    static final String CHANNEL = "leadline_webhook_events";

    private final Dispatcher dispatcher;

    WakeOnNotify(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void notified() {
        dispatcher.wake();
    }

    @Override
    public void connected() {
        dispatcher.wake();
    }

    @Override
    public void disconnected() {
        // dispatchers keep their safety poll
    }
}
